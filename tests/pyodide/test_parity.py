"""The engine under Pyodide (Python 3.14) gives byte-identical JSON to the same engine on CPython."""

from __future__ import annotations

import json
from typing import Any

from decision_engine import dumps, recommend
from decision_engine.bridge import handle
from tests.support.answer_sets import sample_answer_sets
from tests.support.doctrine_table import TABLE
from tests.support.pyodide import RunInPyodide
from tests.support.states import sample_states

ANSWER_SETS = sample_answer_sets(300, seed=20261126)
NO_BOXES = ["", "", "", "", ""]


def _state(answers: dict[str, str]) -> dict[str, Any]:
    return {"answers": answers, "complaints": NO_BOXES, "overrides": {}}


def test_recommendations_match_cpython(run_in_pyodide: RunInPyodide) -> None:
    """For 300 generated answer sets, the session replies and the JSON downloads match CPython byte for byte, and
    the download's recommendation is the engine's JSON for the same answers."""
    requests = [{"command": "report", "payload": {"state": _state(a), "format": "json"}} for a in ANSWER_SETS]
    requests += [{"command": "session", "payload": {"state": _state(a)}} for a in ANSWER_SETS]
    replies = run_in_pyodide(requests)
    assert replies == [handle(json.dumps(r)) for r in requests]
    exported = [json.loads(json.loads(reply)["result"]) for reply in replies[: len(ANSWER_SETS)]]
    assert [e["recommendation"] for e in exported] == [json.loads(dumps(recommend(a))) for a in ANSWER_SETS]
    assert len({e["recommendation"]["lead"] for e in exported}) == 3, "the sample should reach every lead"


def test_errors_match_cpython(run_in_pyodide: RunInPyodide) -> None:
    """Bad states and requests answer the same under Pyodide as on CPython, with the same codes."""
    requests: list[dict[str, Any]] = [
        {"command": "session", "payload": {"state": _state({"failure_mode": "meteor"})}},
        {"command": "session", "payload": {"state": _state({"no_such_question": "x", "failure_mode": "outages"})}},
        {"command": "session", "payload": {"state": {"answers": ["failure_mode"], "complaints": [], "overrides": {}}}},
        {"command": "session", "payload": {"state": {"answers": {}}}},
        {"command": "report", "payload": {"state": _state({}), "format": "json"}},
        {"command": "report", "payload": {"state": _state({"failure_mode": "outages"}), "format": "pdf"}},
    ]
    replies = run_in_pyodide(requests)
    assert replies == [handle(json.dumps(r)) for r in requests]
    assert [json.loads(r)["error"]["code"] for r in replies] == [
        "unknown-option",
        "unknown-question",
        "wrong-type",
        "invalid-state",
        "missing-answer",
        "invalid-request",
    ]


def test_the_decision_table_matches_cpython(run_in_pyodide: RunInPyodide) -> None:
    """Every row of the doctrine's table: lead, second place, confidence, flags and would-change, byte-identical
    under Pyodide through the page's session command, and as the table says; a download too."""
    requests = [{"command": "session", "payload": {"state": _state(row.answers)}} for row in TABLE]
    requests += [
        {
            "command": "report",
            "payload": {"state": _state({"failure_mode": "not_sure", "deals_blocked": "yes"}), "format": "markdown"},
        },
    ]
    replies = run_in_pyodide(requests)
    assert replies == [handle(json.dumps(r)) for r in requests]
    for row, reply in zip(TABLE, replies, strict=False):
        result = json.loads(reply)["result"]["recommendation"]
        assert (result["sequence"]["order"][:2], result["confidence"]["level"]) == (
            [row.lead.value, row.second.value],
            row.level,
        )
        assert [(flag["id"], flag["other_lead"]) for flag in result["flags"]] == [(i, t.value) for i, t in row.flags]
    assert json.loads(replies[-1])["result"].startswith("# ")


STATES = sample_states(200, seed=20261130)


def test_the_session_matches_cpython(run_in_pyodide: RunInPyodide) -> None:
    """The page's command, byte-identical under Pyodide: every row of the doctrine table as a page state, 200
    generated states (answers kept but not asked, no deciding answer, empty and over-long boxes, category choices),
    the downloads of some of them, and states of the wrong shape."""
    table = [{"answers": row.answers, "complaints": ["", "", "", "", ""], "overrides": {}} for row in TABLE]
    requests = [{"command": "session", "payload": {"state": state}} for state in [*table, *STATES]]
    decided = [state for state in STATES if "failure_mode" in state["answers"]][:20]
    requests += [
        {"command": "report", "payload": {"state": state, "format": fmt}}
        for state in decided
        for fmt in ("json", "markdown")
    ]
    requests += [
        {"command": "session", "payload": {"state": {"answers": {}, "complaints": [""], "overrides": {"3": "user"}}}},
        {
            "command": "session",
            "payload": {"state": {"answers": {"failure_mode": 1}, "complaints": [], "overrides": {}}},
        },
        {"command": "report", "payload": {"state": STATES[0] | {"answers": {}}, "format": "json"}},
    ]
    replies = run_in_pyodide(requests)
    assert replies == [handle(json.dumps(r)) for r in requests]
    results = [json.loads(reply) for reply in replies]
    for row, reply in zip(TABLE, results, strict=False):
        assert reply["result"]["recommendation"]["sequence"]["order"][:2] == [row.lead.value, row.second.value]
    sessions = [reply["result"] for reply in results[len(table) : len(table) + len(STATES)]]
    assert any(s["kept_not_asked"] for s in sessions), "some generated states keep an answer not asked"
    assert any(s["recommendation"] is None for s in sessions), "some have no deciding answer"
    assert {box["status"] for s in sessions for box in s["boxes"]} == {"empty", "over_limit", "read"}
    assert [r["error"]["code"] for r in results[-3:]] == ["invalid-state", "wrong-type", "missing-answer"]
