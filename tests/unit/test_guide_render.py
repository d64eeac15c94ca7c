"""The guide's build-time fragments (build/guide_render.py) and the sequencing diagram's claims, checked
against the engine, so the home page's worked answer and the diagram cannot drift from the code."""

from __future__ import annotations

import html
import re

import pytest

from decision_engine import QUESTIONS, ScalingType, categorize, recommend
from scale_what_build import guide_render as guide
from scale_what_build import site_render
from tests.support import ROOT


def _text(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


def test_home_page_asks_for_the_glimpse_once() -> None:
    """The home page names the worked answer's placeholder once, inside the hero, after the main action."""
    markdown = (ROOT / "docs" / "index.md").read_text(encoding="utf-8")
    assert [match[1] for match in site_render.PLACEHOLDER.findall(markdown)].count("home-glimpse") == 1
    hero = markdown[markdown.index('<div class="sw-hero"') : markdown.index("</div>")]
    assert hero.index("[Answer the questionnaire](tool.md){ .md-button .md-button--primary }") < hero.index(
        "<!-- scale-what: home-glimpse -->"
    )


def test_glimpse_shows_the_engines_answer() -> None:
    """The worked answer shows the question, the answer's label, the engine's headline and its order."""
    fragment = guide.home_glimpse(None)
    rec = recommend(dict(guide.GLIMPSE_ANSWERS))
    deciding = next(q for q in QUESTIONS if q.id == "failure_mode")
    assert guide.GLIMPSE_ANSWERS == {"failure_mode": "outages"}
    assert re.findall(r"<dt>(.*?)</dt><dd>(.*?)</dd>", fragment) == [
        (html.escape(deciding.prompt), html.escape(deciding.option("outages").label))
    ]
    assert re.findall(r'<p class="sw-glimpse__headline">(.*?)</p>', fragment) == [html.escape(rec.headline)]
    assert re.findall(r"<li [^>]*>(.*?)</li>", fragment) == [kind.title for kind in rec.sequence.order]
    assert rec.lead is ScalingType.TECHNICAL
    assert _text(fragment).count("Technical scaling") == 1
    assert re.findall(r"<figcaption [^>]*>(.*?)</figcaption>", fragment) == [html.escape(guide.GLIMPSE_CAPTION)]
    assert guide.GLIMPSE_CAPTION.startswith("An example")


def test_glimpse_renders_any_answer_set_from_the_engine() -> None:
    """Other answers give their own result: the fragment is computed, not written."""
    answers = {"failure_mode": "regressions", "deals_blocked": "yes", "freq_regressions": "rarely"}
    fragment = guide.home_glimpse(None, answers)
    rec = recommend(answers)
    assert [dd for _, dd in re.findall(r"<dt>(.*?)</dt><dd>(.*?)</dd>", fragment)] == [
        "Regressions / firefighting",
        "Yes",
        "Rarely",
    ]
    assert f'<p class="sw-glimpse__headline">{html.escape(rec.headline)}</p>' in fragment
    assert re.findall(r"<li [^>]*>(.*?)</li>", fragment) == [kind.title for kind in rec.sequence.order]


def test_glimpse_refuses_an_unknown_question() -> None:
    """A worked answer naming a question the engine does not have stops the build with the known ids."""
    with pytest.raises(guide.GlimpseError, match=r"unknown questions \['failure'\]; known: .*'failure_mode'"):
        guide.home_glimpse(None, {"failure": "outages"})


def test_stack_tables_labels_each_cell_with_its_column() -> None:
    """A Markdown table of three columns gets roles and each body cell its column's plain-text heading."""
    table = (
        "<table>\n<thead>\n<tr>\n<th>Type</th>\n<th>Focus &amp; <em>scope</em></th>\n"
        '<th style="text-align: right;">Trade-off</th>\n</tr>\n</thead>\n<tbody>\n'
        '<tr>\n<td><a href="t/">Technical</a></td>\n<td>Systems</td>\n<td style="text-align: right;">Time</td>\n</tr>\n'
        "<tr>\n<td>User</td>\n<td>Adoption</td>\n<td>Complexity</td>\n</tr>\n</tbody>\n</table>"
    )
    page = f"<p>before</p>\n{table}\n<p>after</p>"
    assert guide.stack_tables(page) == (
        '<p>before</p>\n<table role="table" data-sw-stack="">\n<thead role="rowgroup">\n<tr role="row">\n'
        '<th role="columnheader">Type</th>\n<th role="columnheader">Focus &amp; <em>scope</em></th>\n'
        '<th role="columnheader" style="text-align: right;">Trade-off</th>\n</tr>\n</thead>\n<tbody role="rowgroup">\n'
        '<tr role="row">\n<td role="cell" data-label="Type"><a href="t/">Technical</a></td>\n'
        '<td role="cell" data-label="Focus &amp; scope">Systems</td>\n'
        '<td role="cell" data-label="Trade-off" style="text-align: right;">Time</td>\n</tr>\n'
        '<tr role="row">\n<td role="cell" data-label="Type">User</td>\n'
        '<td role="cell" data-label="Focus &amp; scope">Adoption</td>\n'
        '<td role="cell" data-label="Trade-off">Complexity</td>\n</tr>\n</tbody>\n</table>\n<p>after</p>'
    )


def test_stack_tables_leaves_narrow_and_raw_tables_alone() -> None:
    """Two-column tables, tables with an unnamed column and raw HTML tables (with attributes) are unchanged."""
    two = (
        "<table>\n<thead>\n<tr>\n<th>A</th>\n<th>B</th>\n</tr>\n</thead>\n"
        "<tbody>\n<tr>\n<td>1</td>\n<td>2</td>\n</tr>\n</tbody>\n</table>"
    )
    unnamed = two.replace("<th>B</th>", "<th>B</th>\n<th></th>").replace("<td>2</td>", "<td>2</td>\n<td>3</td>")
    raw = '<table class="x">\n<tr><td>1</td><td>2</td><td>3</td></tr>\n</table>'
    page = "\n".join([two, unnamed, raw])
    assert guide.stack_tables(page) == page


def test_every_guide_table_of_three_columns_is_labelled() -> None:
    """Every Markdown table of three or more columns in the guide is stacked on phones (none is missed)."""
    import markdown  # noqa: PLC0415 (the docs' own renderer)

    missed: dict[str, list[int]] = {}
    for path in sorted((ROOT / "docs").glob("*.md")):
        rendered = markdown.markdown(path.read_text(encoding="utf-8"), extensions=["tables", "attr_list"])
        stacked = guide.stack_tables(rendered)
        for table in re.findall(r"<table\b.*?</table>", stacked, re.DOTALL):
            columns = len(re.findall(r"<th\b", table.split("</thead>")[0]))
            if columns >= guide.STACK_FROM_COLUMNS and "data-sw-stack" not in table:
                missed.setdefault(path.name, []).append(columns)
    assert missed == {}
    takeaways = guide.stack_tables(
        markdown.markdown((ROOT / "docs" / "takeaways.md").read_text(encoding="utf-8"), extensions=["tables"])
    )
    assert re.findall(r'data-label="([^"]*)"', takeaways)[:4] == ["Type", "Focus", "Examples", "Trade-off"]


def _diagram_rows() -> dict[str, list[str]]:
    page = (ROOT / "docs" / "sequencing.md").read_text(encoding="utf-8")
    rows = re.findall(r'<g data-order="([a-z-]+)">(.*?)</g>', page, re.DOTALL)
    return {key: re.findall(r'<text class="sw-seq__name"[^>]*>(\w+)</text>', body) for key, body in rows}


def test_sequencing_diagram_draws_the_engines_orders() -> None:
    """The diagram's rows are the engine's default order and its order when enterprise deals are blocked."""
    default = recommend({"failure_mode": "not_sure"}).sequence.order
    blocked = recommend({"failure_mode": "not_sure", "deals_blocked": "yes"}).sequence.order
    assert _diagram_rows() == {
        "default": [kind.value.capitalize() for kind in default],
        "deals-blocked": [kind.value.capitalize() for kind in blocked],
    }
    assert blocked[0] is ScalingType.USER
    assert default[-1] is ScalingType.USER


def test_vocabulary_sections_are_left_out_of_search() -> None:
    """Every heading of the generated complaint vocabulary carries data-search-exclude; nothing else changes."""
    ctx = site_render.RenderContext(
        page_url="how-it-decides/",
        runtime_url="../r/",
        wheel_url="../r/w.whl",
        runtime_bytes=1,
        runtime_sent_bytes=1,
        site_root="../",
    )
    fragment = site_render.complaint_vocabulary(ctx)
    headings = re.findall(r"^#{2,6} .*$", fragment, re.MULTILINE)
    assert headings == [
        "### Technical scaling {#vocabulary-technical data-search-exclude}",
        "### Process scaling {#vocabulary-process data-search-exclude}",
        "### User scaling {#vocabulary-user data-search-exclude}",
        "### When two cues meet {#vocabulary-combinations data-search-exclude}",
    ]
    assert site_render._search_excluded("## A {#a}\n\ntext {#b}\n") == "## A {#a data-search-exclude}\n\ntext {#b}\n"


def test_each_examples_signal_on_a_type_page_is_read_as_that_type() -> None:
    """One voice: "A signal that you need it" under each example of a type page, typed into the exercise as a
    complaint, is read as that page's type (a review typed the pages' sentences into the tool). Paragraph by paragraph,
    links as their words."""
    read: dict[str, list[str]] = {}
    for kind in ("technical", "process", "user"):
        page = (ROOT / "docs" / f"{kind}.md").read_text(encoding="utf-8")
        signals = re.findall(r"\*\*A signal that you need it\.\*\* (.*?)\n\n", page, re.DOTALL)
        assert len(signals) == {"user": 6}.get(kind, 5), kind  # user's sixth: everyone in the organisation
        for signal in signals:
            text = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", " ".join(signal.split()))
            read.setdefault(categorize(text).type, []).append(f"{kind}: {text}")
    assert {kind: len(texts) for kind, texts in read.items()} == {"technical": 5, "process": 5, "user": 6}, read
    for kind, texts in read.items():
        assert all(text.startswith(f"{kind}: ") for text in texts), texts


def test_the_questions_words_for_each_types_pain_and_work_are_read_as_that_type() -> None:
    """One voice: what the frequency and effort questions say a type's pain and work are (their help texts: "Deals
    lost or stalled on controls, security reviews, customers asking you to change their settings"), typed into the
    exercise as a complaint, is read as that type (a reader typed the questionnaire's own words into it)."""
    asked = [question for question in QUESTIONS if question.about is not None]
    assert len(asked) == 6
    assert {q.id: categorize(q.help).type for q in asked} == {q.id: q.about.value for q in asked if q.about}
