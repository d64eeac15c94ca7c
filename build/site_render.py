"""Markdown/HTML fragments rendered from the engine's data at build time (one source of truth).

A page asks for a fragment with a placeholder on a line of its own: ``<!-- scale-what: NAME -->``.
Each NAME maps to a renderer in RENDERERS; an unknown NAME fails the build.
The engine is imported inside the renderers, after the hook has dropped any stale copy from sys.modules.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

PLACEHOLDER = re.compile(r"^<!-- scale-what: ([a-z0-9-]+) -->$", re.MULTILINE)


@dataclass(frozen=True)
class RenderContext:
    """What a renderer may need about the page and the build."""

    page_url: str  # the page's URL relative to the site root, e.g. "tool/"
    runtime_url: str  # the Pyodide folder, relative to the page, ending with "/"
    wheel_url: str  # the engine wheel, relative to the page, with a cache-busting query
    runtime_bytes: int  # the size of the runtime's boot files plus the wheel, for download progress
    site_root: str  # the site root relative to the page, e.g. "../"


class UnknownPlaceholderError(ValueError):
    """A page names a placeholder that has no renderer."""


#: The guide's reference fragments. The questionnaire page's markup is in tool_render.py; the hook
#: passes both tables to fill_placeholders.
RENDERERS: dict[str, Callable[[RenderContext], str]] = {}


def fill_placeholders(
    markdown: str, ctx: RenderContext, renderers: Mapping[str, Callable[[RenderContext], str]] = RENDERERS
) -> str:
    """Replace every placeholder in ``markdown``; raise on an unknown one."""

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        renderer = renderers.get(name)
        if renderer is None:
            raise UnknownPlaceholderError(
                f"page {ctx.page_url!r} asks for placeholder {name!r}; known: {', '.join(sorted(renderers))}"
            )
        return renderer(ctx)

    return PLACEHOLDER.sub(replace, markdown)
