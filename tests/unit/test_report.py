"""The reader's downloads: the JSON export and the Markdown report."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import markdown
import pytest

from decision_engine import DecisionEngineError, cli, dumps, recommend, to_dict, triage
from decision_engine.bridge import handle
from decision_engine.report import (
    MAX_REOPEN_CHARS,
    Section,
    build_report,
    export,
    export_json,
    export_markdown,
    section_markdown,
    today,
)

ANSWERS = {"failure_mode": "regressions", "deals_blocked": "yes", "effort_process": "most", "effort_user": "none"}
COMPLAINTS = ["Deploys break prod every Friday", "Enterprise customers want SSO and audit logs"]


def test_json_export_embeds_the_engine_json_exactly() -> None:
    """The export is {recommendation, answers, meta}; recommendation is the CLI's JSON for the same input."""
    document = json.loads(export_json(build_report(ANSWERS, COMPLAINTS, {1: "user"})))
    assert list(document) == ["answers", "meta", "recommendation"]
    assert document["recommendation"] == json.loads(dumps(recommend(ANSWERS, COMPLAINTS, {1: "user"})))
    assert document["answers"] == ANSWERS
    assert document["meta"] == {
        "generator": "Scale What? decision engine",
        "engine_version": "0.1.0",
        "rubric_version": "4",
    }
    assert document["recommendation"]["exercise"] == to_dict(
        triage(COMPLAINTS, {"process": "most", "user": "none"}, {1: "user"})
    )


def test_json_export_without_complaints() -> None:
    """With no complaints there is no exercise."""
    document = json.loads(export(build_report({"failure_mode": "outages"}), "json"))
    assert document["recommendation"]["exercise"] is None
    assert document["recommendation"]["lead"] == "technical"


def test_markdown_report_names_the_lead_answers_and_complaints() -> None:
    """The Markdown names its date and rubric, the lead, every question asked with its answer, and each complaint
    under its number, as written (an indented block), with its category and the words that count for it."""
    report = replace(build_report(ANSWERS, COMPLAINTS), date="2026-11-30", link="https://example.org/tool/")
    text = export_markdown(report)
    rec = recommend(ANSWERS, COMPLAINTS)
    assert text.startswith(
        "# Scale What? recommendation\n\n"
        "Made on 2026-11-30 with Scale What? <https://example.org/tool/>, rubric version 4.\n\n"
        f"{rec.headline}\n\nConfidence: conditional — "
    )
    assert "- What is the most expensive failure mode right now? **Regressions / firefighting**" in text
    assert "- Which costs you more right now: the failure you named, or the blocked deals? **Not answered**" in text
    assert "- Where is adoption heading? **Not answered**" in text
    assert (
        "### Complaint 1: Process scaling (confidence medium)\n\n    Deploys break prod every Friday\n\nWeight 5.\n\n"
        "- Because of: `Deploys` (release trains), `Friday` (release trains), `Deploys + break` (quality gates)\n"
        "- Also mentions: technical: `break` (reliability and capacity)\n"
    ) in text
    assert (
        "### Complaint 2: User scaling (confidence high)\n\n    Enterprise customers want SSO and audit logs\n" in text
    )
    assert text.endswith("Rubric version 4, decision engine 0.1.0.\n")


def test_markdown_report_without_a_link_names_the_tool_and_today() -> None:
    """A report made without the page (the library) carries today's date in UTC and names the tool."""
    text = export_markdown(build_report({"failure_mode": "outages"}))
    assert text.splitlines()[2] == f"Made on {today()} with the Scale What? decision tool, rubric version 4."


@pytest.mark.parametrize(
    "answers",
    [
        {"failure_mode": "outages"},
        {"failure_mode": "outages", "deals_blocked": "yes", "freq_outages": "rarely", "comfort": "process"},
        {"failure_mode": "not_sure", "deals_blocked": "yes", "freq_outages": "weekly"},
    ],
    ids=["firm", "check", "tentative"],
)
def test_cli_text_and_markdown_say_the_same_words_once(answers: dict[str, str]) -> None:
    """Firm, check and tentative: the headline, the confidence word, each reason, flag and would-change sentence
    appear exactly once in both the CLI text and the Markdown report."""
    rec = recommend(answers)
    markdown = " ".join(export_markdown(build_report(answers)).split())
    cli_text = " ".join(cli._recommendation_text(rec).split())
    said = [
        rec.headline,
        f"Confidence: {rec.confidence.word}",
        *rec.sequence.reasons,
        *(flag.text for flag in rec.flags),
        rec.would_change.summary,
        *(change.text for change in rec.would_change.changes),
        *([rec.comfort] if rec.comfort else []),
    ]
    for sentence in said:
        assert markdown.count(sentence) == 1, sentence
        assert cli_text.count(sentence) == 1, sentence
    for word in ("firm", "conditional", "tentative"):
        assert markdown.count(f"{word} —") + markdown.count(f"{word}.") <= 1


def test_report_through_the_bridge_and_its_errors() -> None:
    """The bridge's report command returns the export text for the page's state; a bad format or answer is an
    error reply."""
    state = {"answers": ANSWERS, "complaints": [*COMPLAINTS, "", "", ""], "overrides": {}}
    request = {"command": "report", "payload": {"state": state, "format": "markdown"}}
    reply = json.loads(handle(json.dumps(request)))
    assert reply == {"ok": True, "result": export_markdown(build_report(ANSWERS, COMPLAINTS))}
    bad_format = json.loads(handle(json.dumps({"command": "report", "payload": {"state": state, "format": "pdf"}})))
    assert bad_format["error"]["message"] == "unknown export format 'pdf'; valid formats: json, markdown"
    bad_answer = {"answers": {"failure_mode": "x"}, "complaints": [], "overrides": {}}
    reply = json.loads(handle(json.dumps({"command": "report", "payload": {"state": bad_answer, "format": "json"}})))
    assert reply["error"]["code"] == "unknown-option"
    with pytest.raises(DecisionEngineError, match="unknown export format"):
        export(build_report(ANSWERS), "pdf")


def test_markdown_report_without_complaints_and_with_unclassified_ones() -> None:
    """No complaints: no complaints section. Only uncategorised complaints: the answers decide, flags kept."""
    plain = export(build_report({"failure_mode": "outages"}), "markdown")
    assert plain == export_markdown(build_report({"failure_mode": "outages"}))
    assert "## Your top complaints" not in plain
    answers = {"failure_mode": "outages", "effort_technical": "most"}
    unclear = export_markdown(build_report(answers, ["the weather is nice"]))
    assert "### Complaint 1: No category (confidence none)\n\n    the weather is nice\n" in unclear
    assert "- No cue counted: say what hurts in other words, or choose the type yourself." in unclear
    assert "going by your complaints" not in unclear
    assert "Note: most of last quarter's effort went to technical scaling" in unclear


def test_markdown_report_shows_the_reading_with_reader_text_in_code_spans() -> None:
    """Misspellings, discounted clauses and fallback guesses are listed under their complaint; every word quoted
    from the reader (a discounted clause too) is a code span, so it shows as written and runs nothing. The cues set
    aside under one note are listed together, the note said once."""
    complaints = [
        "<b>SSO</b> and roles are *fine*, but the latancy at checkout is awful",
        "Engineers keep pushing to master",
    ]
    section = export_markdown(build_report({"failure_mode": "outages"}, complaints)).split("## Your top complaints")[1]
    assert section.splitlines()[4:] == [
        "### Complaint 1: Technical scaling (confidence medium)",
        "",
        "    <b>SSO</b> and roles are *fine*, but the latancy at checkout is awful",
        "",
        "Weight 5.",
        "",
        "- Because of: `latancy` (performance and latency)",
        "- Read as a misspelling, counted less: `latancy \u2192 latency`",
        "- Set aside: `SSO`, `roles` (`discounted: '<b>SSO</b> and roles are *fine*'`)",
        "",
        "### Complaint 2: Process scaling (confidence low, a guess)",
        "",
        "    Engineers keep pushing to master",
        "",
        "Weight 4.",
        "",
        "- A guess by the fallback model (low confidence): no cue counted, and the wording is closest to process, "
        "mostly in `Engineers`",
        "",
        "---",
        "",
        "Rubric version 4, decision engine 0.1.0.",
    ]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("date", "30/11/2026", "the date must be a day as YYYY-MM-DD, e.g. 2026-11-30; got '30/11/2026'"),
        ("date", "2026-02-30", "the date must be a day as YYYY-MM-DD, e.g. 2026-11-30; got '2026-02-30'"),
        ("date", 20261130, "the date must be a day as YYYY-MM-DD, e.g. 2026-11-30; got a number"),
        ("link", "javascript:alert(1)", "the link must be the tool's http or https address"),
        ("link", "https://example.org/a b", "the link must be the tool's http or https address"),
        ("link", "https://example.org/>![](//x)", "the link must be the tool's http or https address"),
        (
            "link",
            "https://example.org/" + "a" * 500,
            "got 'https://example.org/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...",
        ),
        ("link", ["https://example.org/"], "got an array"),
    ],
)
def test_the_date_and_link_of_a_download_are_checked(field: str, value: object, message: str) -> None:
    """The page gives the reader's date and the tool's address; anything else is an invalid-request reply."""
    state = {"answers": ANSWERS, "complaints": [], "overrides": {}}
    payload = {"state": state, "format": "markdown", field: value}
    reply = json.loads(handle(json.dumps({"command": "report", "payload": payload})))
    assert reply["error"]["code"] == "invalid-request"
    assert message in reply["error"]["message"]


def test_the_page_given_date_and_link_head_the_markdown() -> None:
    """With the reader's date and the tool's address, the Markdown opens with both and the rubric version."""
    state = {"answers": ANSWERS, "complaints": [], "overrides": {}}
    payload = {"state": state, "format": "markdown", "date": "2026-12-01", "link": "http://127.0.0.1:8000/tool/"}
    text = json.loads(handle(json.dumps({"command": "report", "payload": payload})))["result"]
    assert (
        text.splitlines()[2] == "Made on 2026-12-01 with Scale What? <http://127.0.0.1:8000/tool/>, rubric version 4."
    )


def test_the_markdown_names_the_failure_the_follow_up_means() -> None:
    """ "The failure I named" in the download says which failure, as the page does."""
    answers = {"failure_mode": "outages", "deals_blocked": "yes", "costs_more": "named_failure"}
    text = export_markdown(build_report(answers, []))
    assert "or the blocked deals? **The failure I named (Outages / latency)**" in text


TOOL = "http://127.0.0.1:8000/tool/"


def _markdown(payload: dict[str, object]) -> dict[str, Any]:
    state = payload.pop("state", {"answers": ANSWERS, "complaints": [], "overrides": {}})
    request = {"command": "report", "payload": {"state": state, "format": "markdown", "link": TOOL, **payload}}
    return dict(json.loads(handle(json.dumps(request))))


def test_the_markdown_carries_the_link_that_opens_the_answers_again() -> None:
    """The page's share link of the answers, after the way back: with complaints written, it says they are not in
    it (they are in the download); with none, it says nothing of them. Not in the JSON, which holds the state."""
    reopen = TOOL + "#answers=eyJ2ZXJzaW9uIjoyfQ"
    lines = _markdown({"reopen": reopen})["result"].splitlines()
    assert lines[2:5] == [lines[2], "", f"Open these answers again in the tool: <{reopen}>"]
    written = {"answers": ANSWERS, "complaints": ["", "Deploys break prod"], "overrides": {}}
    text = _markdown({"reopen": reopen, "state": written})["result"]
    assert (
        f"Open these answers again in the tool (the link holds your answers; your complaints are below): <{reopen}>"
    ) in text
    assert "Open these answers again" not in _markdown({})["result"]


@pytest.mark.parametrize(
    "reopen",
    [
        "http://evil.example/tool/#answers=eyJ2",  # not the tool's address
        TOOL + "#answers=eyJ2>![](//x)",  # what an autolink cannot hold
        TOOL + "?q=1#answers=eyJ2",  # more than a fragment after the address
        TOOL,  # no fragment
        TOOL + "#answers=" + "a" * MAX_REOPEN_CHARS,
        ["x"],
    ],
)
def test_a_link_to_open_the_answers_again_is_checked(reopen: object) -> None:
    """Only the tool's address given as the link, then a share link's fragment, within the length: else a clear
    invalid-request reply, and nothing written."""
    error = _markdown({"reopen": reopen})["error"]
    assert error["code"] == "invalid-request"
    assert error["message"].startswith("reopen must be the tool's address given as the link, then a share link's")


def test_a_link_to_open_the_answers_again_needs_the_tools_address() -> None:
    """Without the link it must start with, a reopen link is refused too."""
    state = {"answers": ANSWERS, "complaints": [], "overrides": {}}
    request = {"command": "report", "payload": {"state": state, "format": "markdown", "reopen": TOOL + "#answers=a"}}
    error = json.loads(handle(json.dumps(request)))["error"]
    assert (error["code"], error["message"].split(";")[0]) == (
        "invalid-request",
        "reopen must be the tool's address given as the link, then a share link's fragment (letters, digits, '-', '_'"
        " and '=', at most 4000 characters in all)",
    )


def test_watch_for_later_lists_each_types_failures_under_it() -> None:
    """A reader's review: the Markdown ran each type's failures together into one paragraph, where the page lists
    them. Each is an item of a list under its type, nested for Python-Markdown (MkDocs, the pages without JavaScript)
    as for CommonMark, and in the CLI's text."""
    rec = recommend({"failure_mode": "outages", "deals_blocked": "yes", "costs_more": "named_failure"})
    text = export_markdown(replace(build_report(dict(rec.answers), []), date="2026-11-30"))
    section = text.split("## Watch for later\n\n")[1].split("\n\n")[0]
    html = markdown.markdown(section)
    assert html.count("<ul>") == 1 + len(rec.watch)
    for watch in rec.watch:
        for failure in watch.failure_modes:
            assert f"<li>{failure.replace('&', '&amp;')}</li>" in html
    assert section.splitlines()[1] == f"    - {rec.watch[0].failure_modes[0]}"
    assert f"\n        - {rec.watch[1].failure_modes[0]}\n" in cli._recommendation_text(rec)


def test_a_numbered_item_takes_its_list_under_it_too() -> None:
    """The sub-list's four spaces nest under a numbered item as well (both Markdown readers)."""
    lines = section_markdown(Section("Steps", items=("one", "two"), numbered=True, sublists=((), ("a", "b"))))
    assert lines == ["## Steps", "", "1. one", "2. two", "    - a", "    - b", ""]
    assert markdown.markdown("\n".join(lines[2:])) == (
        "<ol>\n<li>one</li>\n<li>two<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n</li>\n</ol>"
    )
