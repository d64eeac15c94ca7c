"""The complaint categoriser under Pyodide (Python 3.14) answers byte for byte as on CPython."""

from __future__ import annotations

import json
from typing import Any

from decision_engine.bridge import handle
from tests.support.complaint_aside import ASIDE
from tests.support.complaint_heldaside import ASIDE3_ROWS, BLIND3_ROWS, BLIND_ROWS
from tests.support.complaint_heldaside import ROWS as HELDASIDE
from tests.support.complaint_heldout import HELD_OUT, LATE_PROBE
from tests.support.complaint_probe import PROBE
from tests.support.complaint_table import MORE, TABLE, TWO_TYPES
from tests.support.pyodide import RunInPyodide

TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    "tuning": TABLE + MORE,
    "held-out": HELD_OUT,
    "late probe": LATE_PROBE,
    "two types": tuple((text, kind) for text, kind, _ in TWO_TYPES),
    "reading probe": tuple((row.text, row.expected) for row in PROBE),
    "reading aside": ASIDE,
    "held-aside 1 (development)": tuple((text, kind) for kind, _, text in HELDASIDE),
    "held-aside 2 (development since the third round)": tuple((text, kind) for kind, _, text in BLIND_ROWS),
    "aside 3 (the third round's own)": tuple((text, kind) for kind, _, text in ASIDE3_ROWS),
    "held-aside 3 (blind, measured once)": tuple((text, kind) for kind, _, text in BLIND3_ROWS),
}
ROWS = [row for rows in TABLES.values() for row in rows]

# Triages as the page makes them: boxes with their texts, effort answers, and categories chosen by box.
TRIAGE_STATES: list[dict[str, Any]] = [
    {
        "answers": {},
        "complaints": ["p99 latency spikes at peak", "enterprise customers want SSO and audit logs", "", "", ""],
        "overrides": {},
    },
    {
        "answers": {"effort_technical": "most"},
        "complaints": ["p99 latency spikes at peak", "", "enterprise customers want SSO and audit logs", "", ""],
        "overrides": {},
    },
    {
        "answers": {
            "failure_mode": "regressions",
            "effort_technical": "none",
            "effort_process": "some",
            "effort_user": "most",
        },
        "complaints": [
            "deploys break prod every Friday",
            "Morale is low after the reorg",
            "Our AWS bill doubled since January",
            "Prospects ask if we're SOC 2 compliant and we aren't",
            "The on-call rotation is two people and both are burning out",
        ],
        "overrides": {"1": "user", "2": "uncategorized"},
    },
    {"answers": {"effort_process": "most"}, "complaints": ["Deploys cause outages"], "overrides": {"0": "technical"}},
    # Format characters Python 3.11's Unicode does not know and Python 3.14's does (complaints.BLANK_ADDED), beside
    # ones both know: the same boxes are empty (an attack review: CPython counted a box of U+13439 as complaint #1).
    {
        "answers": {},
        "complaints": ["\U00013439", "p99 latency spikes at peak", "\U0001343f\u200b", "\U00013438", "\U00013440"],
        "overrides": {},
    },
]

BAD_STATES: list[dict[str, Any]] = [
    {"answers": {}, "complaints": [5], "overrides": {}},
    {"answers": {}, "complaints": ["slow"], "overrides": {"first": "user"}},
    {"answers": {}, "complaints": ["slow"], "overrides": {"3": "user"}},
    {"answers": {}, "complaints": ["slow"], "overrides": {"0": "lots"}},
    {"answers": {}, "complaints": ["slow"] * 6, "overrides": {}},
]


def _box(text: str) -> dict[str, Any]:
    return {"command": "session", "payload": {"state": {"answers": {}, "complaints": [text], "overrides": {}}}}


def _accuracy(replies: list[str]) -> dict[str, float]:
    """The share of each table's rows whose box reading has the expected type."""
    types = iter(json.loads(reply)["result"]["boxes"][0]["reading"]["categorization"]["type"] for reply in replies)
    return {name: sum(next(types) == kind for _, kind in rows) / len(rows) for name, rows in TABLES.items()}


def test_complaint_table_matches_cpython(run_in_pyodide: RunInPyodide) -> None:
    """Every complaint of every table, read in a box of the page's state, a few triages and bad states give
    CPython's bytes."""
    requests = [_box(text) for text, _ in ROWS]
    requests += [{"command": "session", "payload": {"state": state}} for state in TRIAGE_STATES]
    requests += [{"command": "session", "payload": {"state": state}} for state in BAD_STATES]
    replies = run_in_pyodide(requests)
    cpython = [handle(json.dumps(request)) for request in requests]
    assert replies == cpython
    good = len(requests) - len(BAD_STATES)
    assert [json.loads(reply)["ok"] for reply in replies] == [True] * good + [False] * len(BAD_STATES)

    accuracy = _accuracy(replies[: len(ROWS)])
    assert accuracy == _accuracy(cpython[: len(ROWS)])
    assert accuracy["tuning"] >= 0.90, accuracy
    assert accuracy["reading probe"] >= 0.95, accuracy
