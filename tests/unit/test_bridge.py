"""The bridge: JSON string in, JSON string out, errors as data."""

from __future__ import annotations

import json
import platform
from typing import Any

import pytest

from decision_engine import GUIDANCE, RUBRIC_VERSION, __version__, dumps, recommend, rubric_fingerprint, to_dict
from decision_engine.bridge import COMMANDS, handle
from decision_engine.serialize import questionnaire


def _call(command: str, payload: object = None) -> Any:
    request: dict[str, object] = {"command": command}
    if payload is not None:
        request["payload"] = payload
    return json.loads(handle(json.dumps(request)))


def test_the_bridge_has_exactly_the_documented_commands() -> None:
    """version, questions, recommend, export and guidance; nothing else is callable from JavaScript."""
    assert sorted(COMMANDS) == ["export", "guidance", "questions", "recommend", "version"]


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


def test_questions_is_the_questionnaire() -> None:
    """The questions command returns the questionnaire the CLI prints with questions --json."""
    assert _call("questions", {}) == {"ok": True, "result": questionnaire()}


def test_recommend_returns_the_serializer_data() -> None:
    """The recommend command's result is to_dict of the engine's recommendation."""
    answers = {"failure_mode": "regressions", "deals_blocked": "yes", "freq_regressions": "rarely"}
    reply = _call("recommend", {"answers": answers})
    assert reply == {"ok": True, "result": to_dict(recommend(answers))}
    assert reply["result"]["lead"] == "user"


def test_export_returns_the_cli_json_text() -> None:
    """The export command's result is the JSON text dumps() gives, byte for byte."""
    answers = {"failure_mode": "outages", "adoption": "upmarket"}
    assert _call("export", {"answers": answers}) == {"ok": True, "result": dumps(recommend(answers))}


def test_guidance_lists_the_three_types_in_the_default_sequence() -> None:
    """The guidance command returns the guide's data for technical, process and user."""
    assert _call("guidance") == {"ok": True, "result": to_dict(tuple(GUIDANCE.values()))}


def test_the_reply_is_compact_sorted_json() -> None:
    """Replies are compact and key-sorted, so the same request always gives the same bytes."""
    reply = handle('{"command": "recommend", "payload": {"answers": {"failure_mode": "not_sure"}}}')
    assert reply.startswith('{"ok":true,"result":{"answers":{"failure_mode":"not_sure"},"confidence":{')
    assert reply == handle('{"payload": {"answers": {"failure_mode": "not_sure"}}, "command": "recommend"}')


@pytest.mark.parametrize(
    ("request_json", "error_type", "message"),
    [
        ("not json", "InvalidJSONError", "the request must be valid JSON: Expecting value (line 1, column 1)"),
        ("[1]", "WrongTypeError", "the request must be a JSON object, got an array"),
        (
            '{"command": "shutdown"}',
            "UnknownCommandError",
            "unknown command 'shutdown'; valid commands: export, guidance, questions, recommend, version",
        ),
        (
            '{"payload": {}}',
            "UnknownCommandError",
            "unknown command None; valid commands: export, guidance, questions, recommend, version",
        ),
        ('{"command": "version", "payload": []}', "WrongTypeError", "the payload must be a JSON object, got an array"),
        (
            '{"command": "version", "payload": {"verbose": true}}',
            "InvalidRequestError",
            "the 'version' payload has an unknown field 'verbose'; 'version' takes no fields",
        ),
        (
            '{"command": "recommend", "payload": {}}',
            "InvalidRequestError",
            "the 'recommend' payload lacks the field 'answers'; 'recommend' takes the fields 'answers'",
        ),
        (
            '{"command": "recommend", "payload": {"answers": {}, "debug": 1}}',
            "InvalidRequestError",
            "the 'recommend' payload has an unknown field 'debug'; 'recommend' takes the fields 'answers'",
        ),
        (
            '{"command": "recommend", "payload": {"answers": {"failure_mode": "fire"}}}',
            "UnknownOptionError",
            "unknown option 'fire' for question 'failure_mode'; valid options: outages, regressions, governance, "
            "not_sure",
        ),
        (
            '{"command": "export", "payload": {"answers": []}}',
            "WrongTypeError",
            "the answers must be an object mapping question ids to option ids, got an array",
        ),
        (
            "[" * 60_000,
            "OversizedInputError",
            "the request must not nest arrays and objects more than 20 levels deep",
        ),
        (
            " " * 100_001,
            "OversizedInputError",
            "the request must be at most 100000 characters long, got 100001",
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
    """Every bad request is answered with ok false, the error's class name and its message."""
    assert json.loads(handle(request_json)) == {"ok": False, "error": {"type": error_type, "message": message}}


def test_a_request_that_is_not_a_string_is_an_error_too() -> None:
    """A non-string request (a JavaScript object passed by mistake) is an error reply, not an exception."""
    reply = json.loads(handle({"command": "version"}))  # type: ignore[arg-type]
    assert reply == {
        "ok": False,
        "error": {"type": "WrongTypeError", "message": "the request must be a JSON string, got an object"},
    }
