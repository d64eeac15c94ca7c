"""The engine under Pyodide (Python 3.14) gives byte-identical JSON to the same engine on CPython."""

from __future__ import annotations

import json

from decision_engine import dumps, recommend
from decision_engine.bridge import handle
from tests.support.answer_sets import sample_answer_sets
from tests.support.pyodide import RunInPyodide

ANSWER_SETS = sample_answer_sets(300, seed=20261126)


def test_recommendations_match_cpython(run_in_pyodide: RunInPyodide) -> None:
    """For 300 generated answer sets, the exported JSON and the bridge replies match CPython byte for byte."""
    requests = [{"command": "export", "payload": {"answers": a}} for a in ANSWER_SETS]
    requests += [{"command": "recommend", "payload": {"answers": a}} for a in ANSWER_SETS]
    replies = run_in_pyodide(requests)
    exported = [json.loads(reply)["result"] for reply in replies[: len(ANSWER_SETS)]]
    assert exported == [dumps(recommend(a)) for a in ANSWER_SETS]
    assert replies == [handle(json.dumps(r)) for r in requests]
    assert len({json.loads(e)["lead"] for e in exported}) == 3, "the sample should reach every lead"


def test_questionnaire_and_errors_match_cpython(run_in_pyodide: RunInPyodide) -> None:
    """The questionnaire, the guidance and bad requests answer the same under Pyodide as on CPython."""
    requests = [
        {"command": "questions", "payload": {}},
        {"command": "guidance", "payload": {}},
        {"command": "recommend", "payload": {"answers": {}}},
        {"command": "recommend", "payload": {"answers": {"failure_mode": "meteor"}}},
        {"command": "recommend", "payload": {"answers": {"no_such_question": "x", "failure_mode": "outages"}}},
        {"command": "recommend", "payload": {"answers": ["failure_mode"]}},
    ]
    replies = run_in_pyodide(requests)
    assert replies == [handle(json.dumps(r)) for r in requests]
    assert [json.loads(r)["ok"] for r in replies] == [True, True, False, False, False, False]
