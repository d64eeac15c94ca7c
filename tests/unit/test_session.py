"""The page's session: evaluate(state) and the bridge's session and report commands on the page's state."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from decision_engine import ScalingType, recommend, rules, to_dict, triage
from decision_engine.bridge import handle
from decision_engine.complaints import MAX_COMPLAINT_CHARS, MAX_COMPLAINTS
from decision_engine.errors import (
    DecisionEngineError,
    InvalidStateError,
    MissingAnswerError,
    OversizedInputError,
    TriageInputError,
    UnknownOptionError,
    UnknownQuestionError,
    error_classes,
)
from decision_engine.questions import QUESTIONS
from decision_engine.report import export_document, export_markdown, state_report
from decision_engine.session import (
    MAX_STATE_CHARS,
    NO_RECOMMENDATION_TEXT,
    BoxStatus,
    NoRecommendationCode,
    evaluate,
    recommend_state,
)
from tests.support.doctrine_table import TABLE

LONG = "our p99 latency spikes every evening " * 20  # over the limit, and still a readable complaint


def _state(answers: dict[str, str] | None = None, complaints: list[str] | None = None, **overrides: str) -> Any:
    boxes = (complaints or []) + [""] * (MAX_COMPLAINTS - len(complaints or []))
    return {
        "answers": answers or {},
        "complaints": boxes,
        "overrides": {k.removeprefix("box"): v for k, v in overrides.items()},
    }


def _call(command: str, payload: object) -> Any:
    return json.loads(handle(json.dumps({"command": command, "payload": payload})))


def test_a_box_the_reader_sees_as_empty_is_empty_to_the_engine() -> None:
    """A box holding only a byte-order mark or a zero-width space (which str.strip() keeps) is empty: it takes no
    place among the complaints, so the written ones keep their weights."""
    state = _state({"failure_mode": "outages"}, ["\ufeff", "deploys break prod", "\u200b \u200e", "SSO please"])
    session = evaluate(state)
    empty, read = BoxStatus.EMPTY, BoxStatus.READ
    assert [box.status for box in session.boxes] == [empty, read, empty, read, empty]
    assert [box.position for box in session.boxes] == [None, 0, None, 1, None]
    expected = recommend({"failure_mode": "outages"}, ["deploys break prod", "SSO please"], numbers=[2, 4])
    assert session.recommendation == expected
    assert [item.weight for item in expected.exercise.complaints] == [5, 4]  # type: ignore[union-attr]


def test_the_verdict_names_a_complaint_by_its_box() -> None:
    """With box 1 left empty, the complaint in box 2 is "complaint #2" in the verdict (the reader's name for it), not
    "#1", while it weighs as the first written; the recommendation without boxes (the CLI's list) counts from 1."""
    answers = {"failure_mode": "outages"}
    session = evaluate(_state(answers, ["", "deploys break prod every Friday", "", "p99 latency spikes at peak"]))
    assert session.under_invested is not None
    # Which weighs most, said by its number when the first box is not weighed (a reader's review: "the first you
    # wrote" beside a first box over the limit).
    assert (
        "complaint #2 points at it, with 5 of your complaints' total weight of 9 (#2, the first one counted, weighs "
        "most)" in (session.under_invested.text)
    )
    # A first complaint left out ("Leave it out") is not counted either (a later reader's review: "the first you wrote
    # weighs most" beside a total that left it out).
    left_out = recommend(answers, ["SSO please", "deploys break prod every Friday", "p99 spikes"], {0: "uncategorized"})
    assert left_out.under_invested is not None
    assert "(#2, the first one counted, weighs most)" in left_out.under_invested.text
    assert [(box.reading.number, box.reading.weight) for box in session.boxes if box.reading] == [(2, 5), (4, 4)]
    listed = recommend(answers, ["deploys break prod every Friday", "p99 latency spikes at peak"])
    assert listed.under_invested is not None
    assert (
        "complaint #1 points at it, with 5 of your complaints' total weight of 9 (the first you wrote weighs most)"
        in (listed.under_invested.text)
    )
    untold = evaluate(_state({}, ["", "", "SSO please", "deploys break prod"]))
    assert untold.recommendation is None
    assert untold.under_invested is not None  # the complaints' own verdict, below
    assert "complaint #3 points at it" in untold.under_invested.text
    assert [box.reading.number for box in untold.boxes if box.reading] == [3, 4]


def test_each_box_is_read_by_box_and_the_triage_gets_the_readable_ones_in_order() -> None:
    """Empty and over-limit boxes are reported, not sent to the triage; the others keep their order, and each
    box's category choice goes with its box (the position mapping the page used to do)."""
    assert len(LONG) > MAX_COMPLAINT_CHARS
    state = _state(
        {"failure_mode": "outages"}, ["SSO please", "", LONG, "deploys break prod", "  "], box1="process", box3="user"
    )
    session = evaluate(state)
    assert [box.status for box in session.boxes] == [
        BoxStatus.READ,
        BoxStatus.EMPTY,
        BoxStatus.OVER_LIMIT,
        BoxStatus.READ,
        BoxStatus.EMPTY,
    ]
    assert [box.position for box in session.boxes] == [0, None, None, 1, None]
    assert [box.override for box in session.boxes] == [None, "process", None, "user", None]
    assert [box.chars for box in session.boxes] == [10, 0, len(LONG), 18, 2]
    over = session.boxes[2]
    assert (over.reading, over.note) == (None, f"not categorised: over {MAX_COMPLAINT_CHARS} characters")
    expected = recommend(
        {"failure_mode": "outages"}, ["SSO please", "deploys break prod"], {1: "user"}, numbers=[1, 4], left_out=[3]
    )
    assert session.recommendation == expected
    assert expected.exercise is not None
    # A reader's review: the verdict turned with nothing next to it saying a complaint was not weighed.
    assert session.under_invested is not None
    assert session.under_invested.text.endswith(
        f" Left out: complaint #3, over {MAX_COMPLAINT_CHARS} characters; shorten it to have it weighed."
    )
    assert [box.reading for box in session.boxes] == [
        expected.exercise.complaints[0],
        None,
        None,
        expected.exercise.complaints[1],
        None,
    ]
    assert session.boxes[3].reading is not None
    assert session.boxes[3].reading.overridden
    assert (session.under_invested, session.flags, session.no_recommendation) == (
        expected.under_invested,
        expected.flags,
        None,
    )


def test_an_answer_not_asked_is_kept_and_shown_in_the_check_rows() -> None:
    """The follow-up answered while deals are not blocked: kept, not applied, never an error; its row says so."""
    answers = {"failure_mode": "outages", "deals_blocked": "no", "costs_more": "blocked_deals"}
    session = evaluate(_state(answers))
    assert dict(session.kept_not_asked) == {"costs_more": "blocked_deals"}
    assert "costs_more" not in session.asked
    kept = {"costs_more": "blocked_deals"}
    assert session.recommendation == recommend({"failure_mode": "outages", "deals_blocked": "no"}, kept=kept)
    # What would change the lead says the kept answer is the reader's (a diff review: it asked them to give it).
    assert session.recommendation.would_change.summary.endswith(
        "again, and your kept answer, “The blocked deals”, if you keep it, puts user scaling first."
    )
    rows = {row.question: row for row in session.check}
    assert [row.question for row in session.check] == [q.id for q in QUESTIONS]
    follow_up = rows["costs_more"]
    assert (follow_up.answer, follow_up.label, follow_up.asked) == ("blocked_deals", "The blocked deals", False)
    assert (rows["failure_mode"].label, rows["failure_mode"].asked) == ("Outages / latency", True)
    assert (rows["comfort"].answer, rows["comfort"].label, rows["comfort"].asked) == (None, None, True)
    asked = evaluate(_state({**answers, "deals_blocked": "yes"}))
    assert (dict(asked.kept_not_asked), "costs_more" in asked.asked) == ({}, True)
    named = evaluate(_state({**answers, "deals_blocked": "yes", "costs_more": "named_failure"}))
    assert {row.question: row.label for row in named.check}["costs_more"] == "The failure I named (Outages / latency)"


def test_without_the_deciding_answer_there_is_a_reason_and_the_boxes_are_still_read() -> None:
    """No recommendation: a code and the question to answer; the complaints are read and the effort flags given."""
    session = evaluate(_state({"effort_technical": "most"}, ["SSO please"]))
    assert session.recommendation is None
    assert session.no_recommendation is not None
    assert (session.no_recommendation.code, session.no_recommendation.question, session.no_recommendation.text) == (
        NoRecommendationCode.DECIDING_UNANSWERED,
        "failure_mode",
        NO_RECOMMENDATION_TEXT,
    )
    expected = triage(["SSO please"], {"technical": "most"})
    assert session.boxes[0].reading == expected.complaints[0]
    assert session.effort_flags == expected.effort_flags != ()
    assert session.flags == ()
    empty = evaluate({"answers": {}, "complaints": [], "overrides": {}})
    assert (empty.boxes, empty.effort_flags, empty.recommendation is None, empty.under_invested) == ((), (), True, None)


def test_before_the_deciding_answer_the_complaints_give_their_own_verdict() -> None:
    """A reader's review: the exercise alone (list, categorise, find the type under-invested in) gave no verdict, only
    "Answer the deciding question to see a recommendation". The complaints' verdict is given, as the recommendation
    gives it, with the deciding question to set it beside the lead; the boxes left out for their length are named."""
    complaints = ["deploys break prod every Friday", "flaky tests block every merge", LONG, "search is slow at peak"]
    session = evaluate(_state({}, complaints))
    verdict = session.under_invested
    assert verdict is not None
    assert (verdict.type, verdict.source, verdict.from_answers, verdict.against_lead) == (
        ScalingType.PROCESS,
        "complaints",
        None,
        None,
    )
    listed = recommend({"failure_mode": "not_sure"}, complaints[:2] + complaints[3:], numbers=[1, 2, 4])
    assert listed.under_invested is not None
    assert verdict.text.startswith(listed.under_invested.text.split(" Left out")[0])
    assert verdict.text.endswith(
        " Answer the deciding question to see this verdict beside the type that leads. Left out: complaint #3, over "
        "500 characters; shorten it to have it weighed."
    )
    # With each type the complaints point at given most of last quarter's effort: none stands out, said so; and most
    # of the effort said of two types is said to be checked, as the recommendation says it (a diff review).
    both = {"effort_process": "most", "effort_technical": "most"}
    mostly = evaluate(_state(both, ["deploys break prod every Friday"]))
    assert mostly.under_invested is not None
    assert (mostly.under_invested.type, mostly.under_invested.text[:17]) == (None, "None stands out, ")
    said = rules.UNDER_BEFORE_LEAD + " You said technical scaling and process scaling each got most of last quarter's"
    assert said in mostly.under_invested.text


@pytest.mark.parametrize("row", TABLE, ids=[row.name for row in TABLE])
def test_the_doctrine_table_through_the_session(row: Any) -> None:
    """Every row of the doctrine's table gives the same result through the page's state as through recommend."""
    session = evaluate(_state(row.answers))
    assert session.recommendation == recommend(row.answers)
    assert session.recommendation.sequence.order[:2] == (row.lead, row.second)


@pytest.mark.parametrize(
    ("state", "error", "message"),
    [
        (["answers"], InvalidStateError, "the state must be an object with the fields answers, complaints, overrides"),
        ({"answers": {}, "complaints": []}, InvalidStateError, "the state lacks the field 'overrides'"),
        ({"answers": {}, "complaints": [], "overrides": {}, "v": 2}, InvalidStateError, "unknown field 'v'"),
        ({"answers": {}, "complaints": "slow", "overrides": {}}, InvalidStateError, "got a string"),
        ({"answers": {}, "complaints": [""] * 6, "overrides": {}}, InvalidStateError, "has 6 complaint boxes"),
        ({"answers": {}, "complaints": ["", 5], "overrides": {}}, InvalidStateError, "box 2 must hold text"),
        ({"answers": {}, "complaints": [""], "overrides": []}, InvalidStateError, "got an array"),
        ({"answers": {}, "complaints": [""], "overrides": {"first": "user"}}, InvalidStateError, '"0" to "0"'),
        ({"answers": {}, "complaints": ["", ""], "overrides": {"01": "user"}}, InvalidStateError, "'01' names no"),
        ({"answers": {}, "complaints": [""], "overrides": {"1": "user"}}, InvalidStateError, "'1' names no"),
        ({"answers": {}, "complaints": [], "overrides": {"0": "user"}}, InvalidStateError, "the state has none"),
        (
            {"answers": {}, "complaints": [""], "overrides": {"0": "ops"}},
            InvalidStateError,
            "'ops' for complaint box 1 (key '0')",
        ),
        (
            {"answers": {}, "complaints": [""], "overrides": {"0": None}},
            InvalidStateError,
            "None for complaint box 1 (key '0')",
        ),
        ({"answers": {"x": "y"}, "complaints": [], "overrides": {}}, UnknownQuestionError, "'x'"),
        ({"answers": {"failure_mode": "x"}, "complaints": [], "overrides": {}}, UnknownOptionError, "'x'"),
        (
            {"answers": {}, "complaints": ["x" * 330_000] * 3, "overrides": {}},
            OversizedInputError,
            f"come to 990,053 characters as JSON, and the limit is {MAX_STATE_CHARS:,}: shorten the longest",
        ),
    ],
    ids=[
        "not an object",
        "missing field",
        "unknown field",
        "complaints a string",
        "six boxes",
        "box not text",
        "overrides an array",
        "override key a word",
        "override key leading zero",
        "override key out of range",
        "override with no boxes",
        "override unknown type",
        "override null",
        "unknown question",
        "unknown option",
        "oversized",
    ],
)
def test_a_state_of_the_wrong_shape_is_a_clear_error(state: object, error: type[Exception], message: str) -> None:
    """Each way a state can be wrong names the problem; the bridge answers with the error's code."""
    with pytest.raises(error, match=re.escape(message)):
        evaluate(state)
    reply = _call("session", {"state": state})
    assert (reply["ok"], reply["error"]["code"]) == (False, getattr(error, "code", None))


def test_a_long_state_within_the_limit_is_evaluated_and_its_text_kept_whole() -> None:
    """Five boxes far over the complaint limit, under the state limit: every box reported, no text cut."""
    state = _state({"failure_mode": "outages"}, ["x" * 17_000] * MAX_COMPLAINTS)
    session = evaluate(state)
    assert {box.status for box in session.boxes} == {BoxStatus.OVER_LIMIT}
    assert [box.chars for box in session.boxes] == [17_000] * MAX_COMPLAINTS
    assert (
        json.loads(
            json.loads(handle(json.dumps({"command": "report", "payload": {"state": state, "format": "json"}})))[
                "result"
            ]
        )["state"]
        == state
    )


def test_the_session_command_is_evaluate_as_json() -> None:
    """One command per change: the page's state in, the session's JSON out; it takes no other field."""
    state = _state(
        {"failure_mode": "governance", "costs_more": "not_sure"}, ["", "the nightly batch is slow"], box1="user"
    )
    assert _call("session", {"state": state}) == {"ok": True, "result": to_dict(evaluate(state))}
    refused = _call("session", {"state": state, "answers": {}})
    assert (refused["error"]["code"], refused["error"]["message"]) == (
        "invalid-request",
        "the 'session' payload has an unknown field 'answers'; 'session' takes the fields 'state'",
    )


def test_the_report_takes_the_state_and_the_json_download_holds_it() -> None:
    """The download: the strict recommendation (answers asked, readable boxes) and the whole state, as sent."""
    state = _state(
        {"failure_mode": "outages", "deals_blocked": "no", "costs_more": "blocked_deals"},
        ["", LONG, "SSO please"],
        box2="process",
    )
    answers = {"failure_mode": "outages", "deals_blocked": "no"}
    kept = {"costs_more": "blocked_deals"}
    expected = recommend(answers, ["SSO please"], {0: "process"}, numbers=[3], left_out=[2], kept=kept)
    assert recommend_state(state) == expected
    left_out = " Left out: complaint #2, over 500 characters; shorten it to have it weighed."
    assert expected.under_invested.text.endswith(left_out)
    document: Any = export_document(state_report(state))
    assert (document["state"], document["recommendation"]) == (state, to_dict(expected))
    reply = _call("report", {"state": state, "format": "json"})
    assert json.loads(reply["result"]) == document
    markdown = _call("report", {"state": state, "format": "markdown"})["result"]
    assert markdown.startswith("# ")
    assert "SSO please" in markdown
    assert (
        "**The blocked deals** (kept, but not counted: the questionnaire asks it again when “Are enterprise" in markdown
    )
    no_lead = _call("report", {"state": _state({}, ["SSO please"]), "format": "json"})
    assert no_lead["error"]["code"] == MissingAnswerError.code


def test_every_error_has_its_own_stable_code() -> None:
    """Codes are kebab-case words, one per error class, and none is a Python class name."""
    classes = error_classes()
    codes = [cls.code for cls in classes]
    assert classes[0] is DecisionEngineError
    assert len(set(codes)) == len(codes) == len(classes)
    assert all(re.fullmatch(r"[a-z]+(-[a-z]+)*", code) for code in codes)
    assert InvalidStateError in classes
    assert all("Error" not in code for code in codes)


def test_complaints_too_long_to_weigh_are_named_in_the_verdict_whatever_decides_it() -> None:
    """The verdict names every box left out for its length, when the complaints decide it, when the effort answers
    do, and when nothing can (every complaint too long, no effort answered)."""
    answers = {"failure_mode": "outages", "effort_technical": "none", "effort_process": "none", "effort_user": "none"}
    both = " Left out: complaints #1 and #3, over 500 characters; shorten them to have them weighed."
    by_complaints = evaluate(_state(answers, [LONG, "the dashboard is slow", LONG]))
    assert by_complaints.under_invested is not None
    assert by_complaints.under_invested.source == "complaints"
    assert by_complaints.under_invested.text.endswith(both)
    none_read = evaluate(_state(answers, [LONG, "", LONG]))
    assert none_read.under_invested is not None
    none_given = "; ".join(
        f"{kind} scaling has 0 points of evidence and got “None” effort, which counts 0"
        for kind in ("technical", "process", "user")
    )
    assert none_read.under_invested.text == rules.UNDER_NONE_ANSWERS.format(figures=none_given) + both
    unknown = evaluate(_state({"failure_mode": "outages"}, [LONG]))
    assert unknown.under_invested is not None
    assert unknown.under_invested.text == (
        rules.UNDER_UNKNOWN + " Left out: complaint #1, over 500 characters; shorten it to have it weighed."
    )


@pytest.mark.parametrize(
    ("left_out", "message"),
    [
        ("13", "left_out must be a list of complaint numbers, got str"),
        ([0], "left_out must be whole numbers from 1 up, each above the one before, got [0]"),
        ([1, 1], "left_out must be whole numbers from 1 up, each above the one before, got [1, 1]"),
        ([True], "left_out must be whole numbers from 1 up, each above the one before, got [True]"),
        ([2], "left_out names complaints that are read: [2]"),
    ],
)
def test_left_out_that_cannot_be_complaints_left_out_is_refused(left_out: object, message: str) -> None:
    """A diff review: recommend(left_out=...) took "13" as #1 and #3, and 0, repeats and a complaint it read."""
    with pytest.raises(TriageInputError) as raised:
        recommend({"failure_mode": "outages"}, ["slow pages"], numbers=[2], left_out=left_out)  # type: ignore[arg-type]
    assert str(raised.value) == message


def test_the_markdown_lists_an_answer_kept_for_a_question_not_asked() -> None:
    """An attack review: the Markdown download left out the follow-up's answer kept while it is not asked, which the
    page, the JSON download and the share link carry. It is listed with the answers that ask it again; a kept "The
    failure I named" names no failure, as the one it compared is not known."""
    kept = {"failure_mode": "governance", "deals_blocked": "no", "costs_more": "named_failure"}
    markdown = export_markdown(state_report(_state(kept), date="2026-12-04"))
    prompt = next(question.prompt for question in QUESTIONS if question.id == "costs_more")
    assert (
        f"- {prompt} **The failure I named** (kept, but not counted: the questionnaire asks it again when “Are "
        "enterprise deals blocked on missing controls?” is answered “Yes” and “What is the most expensive failure "
        "mode right now?” is answered "
        "“Outages / latency” or “Regressions / firefighting”)"
    ) in markdown.splitlines()
    asked = export_markdown(state_report(_state({**kept, "failure_mode": "outages", "deals_blocked": "yes"})))
    assert f"- {prompt} **The failure I named (Outages / latency)**" in asked.splitlines()
    assert "kept, but" not in asked
