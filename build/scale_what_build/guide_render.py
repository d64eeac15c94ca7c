"""The guide's own build-time fragments (issue 14, "Guide on a phone").

- ``home-glimpse``: one worked answer on the home page, computed by the engine when the site is built, so
  the glimpse of what the questionnaire gives can never disagree with the questionnaire.
- ``stack_tables``: labels each body cell of the guide's Markdown tables with its column heading, so a
  narrow screen can show every row as a stacked card (docs/assets/stylesheets/site.css) instead of a
  table that scrolls sideways. Same data, same order; wide screens keep the table.

Only stable fields of the engine's result are read: ``lead``, ``sequence.order``, ``headline``, and the
question and option labels of ``decision_engine.QUESTIONS``. The engine is imported inside the renderer,
after the hook has dropped any stale copy from sys.modules.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping
from typing import Any

from scale_what_build.site_render import RenderContext

#: The home page's worked answer: the deciding question alone, answered with a clear failure mode.
GLIMPSE_ANSWERS: Mapping[str, str] = {"failure_mode": "outages"}


GLIMPSE_CAPTION = "An example: one team's answer, and what the tool says"


class GlimpseError(ValueError):
    """The home page's worked answer does not give the firm result the glimpse needs."""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def home_glimpse(ctx: RenderContext | None, answers: Mapping[str, str] = GLIMPSE_ANSWERS) -> str:
    """The questions answered, the engine's headline and its order of the three types, as a small figure.

    The build fails if an answer names no question, or if the answers leave a type out of the order."""
    from decision_engine import QUESTIONS, recommend  # noqa: PLC0415 (fresh per build)

    by_id = {question.id: question for question in QUESTIONS}
    unknown = sorted(set(answers) - set(by_id))
    if unknown:
        raise GlimpseError(f"the home page's worked answer names unknown questions {unknown}; known: {sorted(by_id)}")
    rec = recommend(dict(answers))
    order = tuple(rec.sequence.order)
    if not order or order[0] != rec.lead or len(set(order)) != len(order):
        raise GlimpseError(f"the engine's order {[t.value for t in order]} does not start with its lead {rec.lead}")
    asked = "\n".join(
        f"<div><dt>{_e(question.prompt)}</dt><dd>{_e(question.option(answers[question.id]).label)}</dd></div>"
        for question in QUESTIONS
        if question.id in answers
    )
    steps = "".join(f'<li class="sw-glimpse__step">{_e(kind.title)}</li>' for kind in order)
    return (
        '<figure class="sw-glimpse" aria-labelledby="sw-glimpse-caption">\n'
        # Said to be one team's example: above the guide, a bare verdict read as the site's answer for everyone (a
        # reader's review), and "when this page was built" was the builders' word.
        f'<figcaption id="sw-glimpse-caption" class="sw-glimpse__caption">{_e(GLIMPSE_CAPTION)}</figcaption>\n'
        f'<dl class="sw-glimpse__answers">\n{asked}\n</dl>\n'
        f'<p class="sw-glimpse__headline">{_e(rec.headline)}</p>\n'
        f'<div class="sw-glimpse__order"><span id="sw-glimpse-order">The order:</span> '
        f'<ol aria-labelledby="sw-glimpse-order">{steps}</ol></div>\n'
        "</figure>"
    )


#: The guide's fragments; the hook merges this table with site_render's and tool_render's.
RENDERERS: dict[str, Callable[[Any], str]] = {
    "home-glimpse": home_glimpse,
}


# ---------------------------------------------------------------------------------------------
# Tables that reflow on a phone
# ---------------------------------------------------------------------------------------------

# Python-Markdown writes a table as a bare <table> (no attributes); raw HTML tables keep their own markup
# and are left alone. Markdown tables cannot nest, so the first </table> closes the table.
_TABLE = re.compile(r"<table>(.*?)</table>", re.DOTALL)
_HEAD = re.compile(r"<thead>(.*?)</thead>", re.DOTALL)
_HEADER_CELL = re.compile(r"<th\b[^>]*>(.*?)</th>", re.DOTALL)
_BODY = re.compile(r"<tbody>(.*?)</tbody>", re.DOTALL)
_ROW = re.compile(r"<tr>(.*?)</tr>", re.DOTALL)
_BODY_CELL = re.compile(r"<td\b")
_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")

#: Tables with at least this many columns reflow into stacked rows on narrow screens.
STACK_FROM_COLUMNS = 3


def _plain(cell_html: str) -> str:
    """A header cell's text: tags dropped, entities read, white space collapsed."""
    return _SPACE.sub(" ", html.unescape(_TAG.sub("", cell_html))).strip()


def _label_row(row: str, labels: list[str]) -> str:
    cells = iter(labels)

    def label(match: re.Match[str]) -> str:
        name = next(cells, "")
        return f'<td role="cell" data-label="{_e(name)}"' if name else '<td role="cell"'

    return '<tr role="row">' + _BODY_CELL.sub(label, row) + "</tr>"


def _stack_table(match: re.Match[str]) -> str:
    inner = match.group(1)
    head = _HEAD.search(inner)
    labels = [_plain(cell) for cell in _HEADER_CELL.findall(head.group(1))] if head else []
    if len(labels) < STACK_FROM_COLUMNS or not all(labels):
        return match.group(0)

    def header(found: re.Match[str]) -> str:
        cells = found.group(1).replace("<tr>", '<tr role="row">').replace("<th", '<th role="columnheader"')
        return f'<thead role="rowgroup">{cells}</thead>'

    def body(found: re.Match[str]) -> str:
        rows = _ROW.sub(lambda row: _label_row(row.group(1), labels), found.group(1))
        return f'<tbody role="rowgroup">{rows}</tbody>'

    return f'<table role="table" data-sw-stack="">{_BODY.sub(body, _HEAD.sub(header, inner))}</table>'


def stack_tables(page_html: str) -> str:
    """Mark each Markdown table of three or more named columns for stacking on narrow screens.

    Each body cell gets ``data-label`` (its column's heading as plain text), which the stylesheet shows
    beside the cell when the rows stack. The table, its body, rows and cells get their ARIA roles, because
    a browser may drop table semantics once CSS changes their display. Other tables are unchanged."""
    return _TABLE.sub(_stack_table, page_html)
