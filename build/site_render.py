"""Markdown/HTML fragments rendered from the engine's data at build time (one source of truth).

A page asks for a fragment with a placeholder on a line of its own: ``<!-- scale-what: NAME -->``.
Each NAME maps to a renderer in RENDERERS; an unknown NAME fails the build.
The engine is imported inside the renderers, after the hook has dropped any stale copy from sys.modules.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass

PLACEHOLDER = re.compile(r"^<!-- scale-what: ([a-z0-9-]+) -->$", re.MULTILINE)


@dataclass(frozen=True)
class RenderContext:
    """What a renderer may need about the page and the build."""

    page_url: str  # the page's URL relative to the site root, e.g. "tool/"
    runtime_url: str  # the Pyodide folder, relative to the page, ending with "/"
    wheel_url: str  # the engine wheel, relative to the page, with a cache-busting query


class UnknownPlaceholderError(ValueError):
    """A page names a placeholder that has no renderer."""


def _engine_status(ctx: RenderContext) -> str:
    """The tool's root element and its status line: the page script boots the engine from it."""
    from decision_engine import __version__  # noqa: PLC0415 (imported fresh for each build)

    return (
        f'<div id="sw-tool" class="sw-tool" data-runtime="{html.escape(ctx.runtime_url)}" '
        f'data-wheel="{html.escape(ctx.wheel_url)}" data-engine-version="{html.escape(__version__)}">\n'
        '<p id="sw-engine-status" class="sw-engine-status" role="status" aria-live="polite">'
        "The decision engine starts when this page opens.</p>\n"
        "<noscript><p>The decision engine needs JavaScript; the guide's pages work without it.</p></noscript>\n"
        "</div>"
    )


RENDERERS: dict[str, Callable[[RenderContext], str]] = {
    "engine-status": _engine_status,
}


def fill_placeholders(markdown: str, ctx: RenderContext) -> str:
    """Replace every placeholder in ``markdown``; raise on an unknown one."""

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        renderer = RENDERERS.get(name)
        if renderer is None:
            raise UnknownPlaceholderError(
                f"page {ctx.page_url!r} asks for placeholder {name!r}; known: {', '.join(sorted(RENDERERS))}"
            )
        return renderer(ctx)

    return PLACEHOLDER.sub(replace, markdown)
