"""The bridge: JSON string in, JSON string out, errors as data; only the commands the page calls."""

from __future__ import annotations

import json
import platform
from typing import Any

import pytest

from decision_engine import RUBRIC_VERSION, __version__, categorize, rubric_fingerprint, to_dict
from decision_engine.bridge import COMMANDS, handle
from decision_engine.errors import error_classes


def _call(command: str, payload: object = None) -> Any:
    request: dict[str, object] = {"command": command}
    if payload is not None:
        request["payload"] = payload
    return json.loads(handle(json.dumps(request)))


def _error(error_type: str, message: str) -> dict[str, str]:
    """The error reply for an error class: its stable code, its name and the message."""
    code = next(cls.code for cls in error_classes() if cls.__name__ == error_type)
    return {"code": code, "type": error_type, "message": message}


def test_the_bridge_has_exactly_the_commands_the_page_calls() -> None:
    """The engine's version (once, at start-up), the session (per change) and the report (the downloads)."""
    assert sorted(COMMANDS) == ["report", "session", "version"]


def test_version_names_engine_rubric_and_runtime() -> None:
    """The engine version, rubric version and fingerprint, and the Python that runs them."""
    assert _call("version") == {
        "ok": True,
        "result": {
            "engine": __version__,
            "rubric_version": RUBRIC_VERSION,
            "rubric_fingerprint": rubric_fingerprint(),
            "python": platform.python_version(),
            "implementation": "cpython",
            "platform": "linux",
        },
    }


def test_the_reply_is_compact_sorted_json() -> None:
    """Replies are compact and key-sorted, so the same request always gives the same bytes."""
    state = '{"answers": {"failure_mode": "not_sure"}, "complaints": [], "overrides": {}}'
    reply = handle('{"command": "session", "payload": {"state": %s}}' % state)  # noqa: UP031
    assert reply.startswith('{"ok":true,"result":{"asked":["failure_mode",')
    assert reply == handle('{"payload": {"state": %s}, "command": "session"}' % state)  # noqa: UP031


VALID_COMMANDS = "report, session, version"


@pytest.mark.parametrize(
    ("request_json", "error_type", "message"),
    [
        ("not json", "InvalidJSONError", "the request must be valid JSON: Expecting value (line 1, column 1)"),
        ("[1]", "WrongTypeError", "the request must be a JSON object, got an array"),
        (
            '{"command": "shutdown"}',
            "UnknownCommandError",
            f"unknown command 'shutdown'; valid commands: {VALID_COMMANDS}",
        ),
        (
            '{"payload": {}}',
            "UnknownCommandError",
            f"unknown command None; valid commands: {VALID_COMMANDS}",
        ),
        ('{"command": "version", "payload": []}', "WrongTypeError", "the payload must be a JSON object, got an array"),
        (
            '{"command": "version", "payload": {"verbose": true}}',
            "InvalidRequestError",
            "the 'version' payload has an unknown field 'verbose'; 'version' takes no fields",
        ),
        (
            '{"command": "session", "payload": {}}',
            "InvalidRequestError",
            "the 'session' payload lacks the field 'state'; 'session' takes the fields 'state'",
        ),
        (
            '{"command": "report", "payload": {"state": {}, "format": "json", "debug": 1}}',
            "InvalidRequestError",
            "the 'report' payload has an unknown field 'debug'; 'report' takes the fields 'state', 'format' "
            "(and optionally 'date', 'link', 'reopen')",
        ),
        (
            '{"command": "session", "payload": {"state": {"answers": {"failure_mode": "fire"}, "complaints": [],'
            ' "overrides": {}}}}',
            "UnknownOptionError",
            "unknown option 'fire' for question 'failure_mode'; valid options: outages, regressions, governance, "
            "not_sure",
        ),
        (
            '{"command": "session", "payload": {"state": {"answers": [], "complaints": [], "overrides": {}}}}',
            "WrongTypeError",
            "the answers must be an object mapping question ids to option ids, got an array",
        ),
        (
            "[" * 60_000,
            "OversizedInputError",
            "the request must not nest arrays and objects more than 20 levels deep",
        ),
        (
            " " * 1_000_001,
            "OversizedInputError",
            "the request is 1,000,001 characters long, and the engine reads at most 1,000,000: the answers and "
            "complaints in it may come to 990,000 characters as JSON, so shorten the longest complaints",
        ),
    ],
    ids=[
        "not json",
        "not an object",
        "unknown command",
        "no command",
        "payload not an object",
        "unknown field",
        "missing answers",
        "extra field",
        "bad option",
        "answers not an object",
        "deeply nested",
        "oversized",
    ],
)
def test_bad_requests_come_back_as_errors(request_json: str, error_type: str, message: str) -> None:
    """Every bad request is answered with ok false, the error's code, its class name and its message."""
    assert json.loads(handle(request_json)) == {"ok": False, "error": _error(error_type, message)}


def test_a_request_that_is_not_a_string_is_an_error_too() -> None:
    """A non-string request (a JavaScript object passed by mistake) is an error reply, not an exception."""
    reply = json.loads(handle({"command": "version"}))  # type: ignore[arg-type]
    assert reply == {
        "ok": False,
        "error": _error("WrongTypeError", "the request must be a JSON string, got an object"),
    }


# ---------------------------------------------------------------------------------------------
# The complaint exercise: categorize, triage, vocabulary
# ---------------------------------------------------------------------------------------------


def test_a_box_reading_is_the_whole_categorization() -> None:
    """A box's reading carries the type, second type, confidence, scores, cues and reason; text trimmed."""
    state = {"answers": {}, "complaints": ["  Our SOC 2 audit "], "overrides": {}}
    (box,) = _call("session", {"state": state})["result"]["boxes"]
    assert box["reading"]["categorization"] == to_dict(categorize("  Our SOC 2 audit "))
    assert box["reading"]["categorization"] == {
        "confidence": 0.62,
        "confidence_word": "high",
        "cues": [
            {
                "cue": "soc2",
                "example": "governance",
                "example_label": "Governance and compliance",
                "kind": "cue",
                "matched": "SOC 2",
                "type": "user",
                "weight": 3,
                "counted": 3,
                "correction": None,
                "note": None,
            },
            {
                "cue": "audit",
                "example": "governance",
                "example_label": "Governance and compliance",
                "kind": "cue",
                "matched": "audit",
                "type": "user",
                "weight": 2,
                "counted": 2,
                "correction": None,
                "note": None,
            },
        ],
        "reason": "user: governance and compliance ('SOC 2', 'audit')",
        "scores": [
            {"score": 0, "type": "technical"},
            {"score": 0, "type": "process"},
            {"score": 5, "type": "user"},
        ],
        "secondary": None,
        "text": "Our SOC 2 audit",
        "type": "user",
        "discounted": [],
        "fallback": None,
        "tied_with": [],
    }


def test_a_fault_of_the_engine_is_a_reply_not_an_exception(monkeypatch: pytest.MonkeyPatch) -> None:
    """Should a command raise something that is not bad input (a bug), the bridge still replies: the code
    internal-error and the exception's name and message, cut short; nothing is raised into JavaScript."""

    def broken(payload: dict[str, Any]) -> None:
        raise RuntimeError("x" * 500)

    monkeypatch.setitem(COMMANDS, "version", broken)
    message = f"the engine failed on this request (RuntimeError: {'x' * 200})"
    assert _call("version") == {"ok": False, "error": _error("InternalError", message)}


def test_a_lone_surrogate_comes_back_escaped_and_unchanged() -> None:
    """A complaint holding a lone surrogate (JSON's "\\ud800") comes back as ASCII-escaped JSON text, which reads
    back as the same string: the reply is always text JavaScript can take."""
    state = {"answers": {}, "complaints": ["deploys \ud800 break prod"], "overrides": {}}
    reply = handle(json.dumps({"command": "session", "payload": {"state": state}}))
    assert reply.isascii()
    assert json.loads(reply)["result"]["boxes"][0]["reading"]["text"] == "deploys \ud800 break prod"
    plain = handle(json.dumps({"command": "session", "payload": {"state": {**state, "complaints": ["déploys"]}}}))
    assert "déploys" in plain


@pytest.mark.parametrize("command", ["session", "report"])
def test_a_request_with_pages_of_complaints_gets_the_states_own_sentence(command: str) -> None:
    """Five complaints of about 200,000 characters (a request just under the 1,000,000 the engine reads, and more
    than a state may hold): the reply is the state's sentence, with its exact length and what to shorten, as for a
    state just over its limit, not a limit of the request's."""
    complaints = ["deploys break prod " * 10_500] * 5
    state = {"answers": {"failure_mode": "outages"}, "complaints": complaints, "overrides": {}}
    size = len(json.dumps(state, ensure_ascii=False, separators=(",", ":")))
    payload: dict[str, Any] = {"state": state} | ({"format": "markdown"} if command == "report" else {})
    request = json.dumps({"command": command, "payload": payload})
    assert 990_000 < len(request) < 1_000_000
    reply = json.loads(handle(request))
    assert reply["error"]["code"] == "oversized-input"
    assert reply["error"]["message"] == (
        f"the answers and complaints come to {size:,} characters as JSON, and the limit is 990,000: "
        "shorten the longest complaints"
    )


def test_complaints_too_long_to_categorise_leave_the_recommendation_standing() -> None:
    """A reader's review: five complaints of 40,000 characters (200,000 as JSON, over a share link's 90,000) took the
    whole result away. The engine takes them: the recommendation stands, and each box says why it is not read."""
    state = {"answers": {"failure_mode": "outages"}, "complaints": ["x" * 40_000] * 5, "overrides": {}}
    reply = json.loads(handle(json.dumps({"command": "session", "payload": {"state": state}})))
    assert reply["ok"], reply
    assert reply["result"]["recommendation"]["lead"] == "technical"
    assert [box["note"] for box in reply["result"]["boxes"]] == ["not categorised: over 500 characters"] * 5
