"""Hostile requests under Pyodide: the same error replies as CPython, byte for byte, and nothing raised across
into JavaScript (issue 17: a 4,301-digit integer raised through the bridge)."""

from __future__ import annotations

import json
import sys
from typing import Any

from decision_engine.bridge import handle
from tests.support.pyodide import RunInPyodide

STATE = {"answers": {"failure_mode": "outages"}, "complaints": [], "overrides": {}}
HUGE_DIGITS = "1" * 5_000


def _requests() -> list[dict[str, Any]]:
    markdown = {
        "answers": {"failure_mode": "outages"},
        "complaints": ["mean![](//example.org/x.png)recovery", "\u202eSSO\u202c\x00 deploys \ud800 break prod"],
        "overrides": {},
    }
    return [
        {"command": "session", "payload": {"state": {**STATE, "answers": {"failure_mode": int(HUGE_DIGITS)}}}},
        {"command": "session", "payload": {"state": {**STATE, "answers": {"failure_mode": float("nan")}}}},
        {"command": "session", "payload": {"state": {**STATE, "complaints": ["deploys \ud800 break prod"]}}},
        {"command": "report", "payload": {"state": markdown, "format": "markdown", "date": "2026-11-30"}},
        {"command": "report", "payload": {"state": STATE, "format": "markdown", "link": "javascript:alert(1)"}},
        {"command": "__proto__", "payload": {"constructor": {"prototype": 1}}},
    ]


def test_hostile_requests_get_the_same_replies_as_on_cpython(run_in_pyodide: RunInPyodide) -> None:
    """A huge integer, NaN, a lone surrogate, hostile Markdown and an odd command: error replies or results,
    identical under Pyodide and CPython; a reply holding a lone surrogate is ASCII-escaped JSON."""
    limit = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)  # only so that the test can write the huge integer into the request
    try:
        requests = _requests()
        expected = [handle(json.dumps(request)) for request in requests]
        replies = run_in_pyodide(requests)
    finally:
        sys.set_int_max_str_digits(limit)
    assert replies == expected
    codes = [json.loads(reply).get("error", {}).get("code") for reply in replies]
    assert codes == ["oversized-input", "invalid-json", None, None, "invalid-request", "unknown-command"]
    assert replies[2].isascii()
    assert "SSO deploys  break prod" in json.loads(replies[3])["result"]
