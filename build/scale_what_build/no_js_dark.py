"""The dark scheme for a reader without JavaScript who asks for it.

Material follows the system's colour scheme from its script: without JavaScript every page keeps the scheme its
markup starts with, ``data-md-color-scheme="default"`` (light), whatever the reader's system asks for (a reader's
review). This module writes ``assets/stylesheets/no-js-dark.css`` from the site's own stylesheets: every rule of the
dark scheme ("slate"), as Material's palette and ``site.css`` write it, said of the scheme the markup starts with,
and only where the system asks for dark (``@media (prefers-color-scheme: dark)``). Pages load it inside
``<noscript>`` (overrides/main.html): a browser that runs scripts never fetches it, and Material's own switch stays the
only one there. Generated at every build from the stylesheets shipped, so Material's palette and ours stay its source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

OUTPUT = "assets/stylesheets/no-js-dark.css"
#: The stylesheets the dark rules are read from, as globs under the site's root, in the order pages load them.
SOURCES = ("assets/stylesheets/palette.*.min.css", "assets/stylesheets/site.css")

#: The dark scheme's attribute selector as the stylesheets write it (Material's minifier drops the quotes).
_SLATE = re.compile(r"""\[data-md-color-scheme=(["']?)slate\1\]""")
_DEFAULT = '[data-md-color-scheme="default"]'


class NoJsDarkError(RuntimeError):
    """A stylesheet the dark rules are read from is missing, or none of them holds a rule of the dark scheme."""


@dataclass(frozen=True)
class _Rule:
    """A style rule (``prelude`` its selectors, ``body`` its declarations) or a block at-rule (``rules`` inside)."""

    prelude: str
    body: str = ""
    rules: tuple[_Rule, ...] | None = None


def _skip_string(css: str, at: int) -> int:
    """The index just past the string that opens at ``at`` (its quote), escapes included."""
    quote, at = css[at], at + 1
    while at < len(css) and css[at] != quote:
        at += 2 if css[at] == "\\" else 1
    return at + 1


def _until(css: str, at: int, stops: str) -> int:
    """The index of the first of ``stops`` from ``at`` that is outside strings, comments and parentheses."""
    depth = 0
    while at < len(css):
        char = css[at]
        if char in "\"'":
            at = _skip_string(css, at)
            continue
        if css.startswith("/*", at):
            end = css.find("*/", at + 2)
            at = len(css) if end < 0 else end + 2
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif depth == 0 and char in stops:
            return at
        at += 1
    return at


def _block_end(css: str, at: int) -> int:
    """The index of the ``}`` that closes the block whose ``{`` is at ``at``."""
    depth = 0
    while at < len(css):
        at = _until(css, at, "{}")
        if at >= len(css):
            break
        depth += 1 if css[at] == "{" else -1
        if depth == 0:
            return at
        at += 1
    raise NoJsDarkError("a block of the stylesheet is not closed")


def parse(css: str) -> tuple[_Rule, ...]:
    """The rules of ``css`` in order: style rules, and block at-rules (``@media``, ``@supports``...) with theirs.
    Statements (``@import``, ``@charset``) and comments are left out."""
    rules: list[_Rule] = []
    at = 0
    while at < len(css):
        stop = _until(css, at, "{;}")
        prelude = re.sub(r"/\*.*?\*/", "", css[at:stop], flags=re.S).strip()
        if stop >= len(css) or css[stop] != "{":
            at = stop + 1  # a statement, or a stray "}"
            continue
        end = _block_end(css, stop)
        inside = css[stop + 1 : end]
        if prelude.startswith("@"):
            rules.append(_Rule(prelude, rules=parse(inside) if not prelude.startswith("@font-face") else ()))
        else:
            rules.append(_Rule(prelude, body=" ".join(re.sub(r"/\*.*?\*/", "", inside, flags=re.S).split())))
        at = end + 1
    return tuple(rules)


def _selectors(prelude: str) -> list[str]:
    """A selector list's selectors (commas inside parentheses or strings do not split it)."""
    out, at = [], 0
    while at <= len(prelude):
        stop = _until(prelude, at, ",")
        out.append(prelude[at:stop].strip())
        at = stop + 1
    return [selector for selector in out if selector]


def _dark(selector: str) -> str | None:
    """The selector said of the light scheme, when it selects the dark one; None otherwise, and for a selector that
    names the dark scheme only to exclude it (``:not([data-md-color-scheme=slate])``): it would turn around."""
    if not _SLATE.search(selector) or re.search(r":not\([^)]*data-md-color-scheme", selector):
        return None
    return _SLATE.sub(lambda _: _DEFAULT, selector)


def dark_rules(rules: tuple[_Rule, ...]) -> list[str]:
    """The rules of the dark scheme among ``rules``, as CSS said of the light scheme's markup (at-rules kept)."""
    out: list[str] = []
    for rule in rules:
        if rule.rules is not None:
            inner = dark_rules(rule.rules)
            if inner:
                out.append(f"{rule.prelude}{{{''.join(inner)}}}")
            continue
        selectors = [dark for selector in _selectors(rule.prelude) if (dark := _dark(selector)) is not None]
        if selectors:
            out.append(f"{','.join(selectors)}{{{rule.body}}}")
    return out


def stylesheet(sources: list[str]) -> str:
    """The no-JavaScript dark stylesheet for the stylesheets ``sources`` (their text, in the order pages load them)."""
    rules = [rule for css in sources for rule in dark_rules(parse(css))]
    if not rules:
        raise NoJsDarkError("no rule of the dark scheme ([data-md-color-scheme=slate]) in the site's stylesheets")
    header = "/* Generated by build/scale_what_build/no_js_dark.py: the dark scheme without JavaScript. */\n"
    return header + "@media (prefers-color-scheme: dark){" + "".join(rules) + "}\n"


def write(site_dir: Path) -> Path:
    """Write OUTPUT into the built site from its SOURCES (each must be there, once)."""
    texts = []
    for pattern in SOURCES:
        found = sorted(site_dir.glob(pattern))
        if len(found) != 1:
            raise NoJsDarkError(f"expected one stylesheet {pattern} in {site_dir}, found {len(found)}")
        texts.append(found[0].read_text(encoding="utf-8"))
    out = site_dir / OUTPUT
    out.write_text(stylesheet(texts), encoding="utf-8")
    return out
