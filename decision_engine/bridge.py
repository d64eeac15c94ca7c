"""The only module JavaScript calls: a JSON string in, a JSON string out.

A request is ``{"command": NAME, "payload": {...}}``. A reply is
``{"ok": true, "result": ...}`` or ``{"ok": false, "error": {"type", "message"}}``.
Errors are returned as data, never raised across into JavaScript.

Commands (payload fields in brackets):

- ``version`` (none): the engine, rubric and Python versions;
- ``questions`` (none): the questionnaire, as ``python -m decision_engine questions --json`` prints it;
- ``recommend`` (``answers``: ``{question_id: option_id}``): the recommendation, the same structure the
  CLI prints with ``recommend --json``;
- ``export`` (``answers``): the recommendation as JSON text, byte for byte what the CLI prints;
- ``guidance`` (none): what the guide says about each type, in the default sequence.
"""

from __future__ import annotations

import json
import platform
import sys
from collections.abc import Callable
from typing import Any

from decision_engine import __version__
from decision_engine.engine import recommend, rubric_fingerprint
from decision_engine.errors import DecisionEngineError, InvalidRequestError, UnknownCommandError, WrongTypeError
from decision_engine.guidance import GUIDANCE
from decision_engine.rules import RUBRIC_VERSION
from decision_engine.serialize import JSON, MAX_JSON_CHARS, dumps, json_type, parse_json, questionnaire, to_dict

MAX_REQUEST_CHARS = MAX_JSON_CHARS


def _fields(payload: dict[str, Any], command: str, required: tuple[str, ...] = ()) -> None:
    """Refuse a payload that lacks a required field or has one the command does not take."""
    unknown = sorted(set(payload) - set(required))
    missing = [name for name in required if name not in payload]
    if unknown or missing:
        bad = f"has an unknown field {unknown[0]!r}" if unknown else f"lacks the field {missing[0]!r}"
        takes = f"the fields {', '.join(repr(name) for name in required)}" if required else "no fields"
        raise InvalidRequestError(f"the {command!r} payload {bad}; {command!r} takes {takes}")


def _version(payload: dict[str, Any]) -> JSON:
    _fields(payload, "version")
    return {
        "engine": __version__,
        "rubric_version": RUBRIC_VERSION,
        "rubric_fingerprint": rubric_fingerprint(),
        "python": platform.python_version(),
        "implementation": sys.implementation.name,
        "platform": sys.platform,
    }


def _questions(payload: dict[str, Any]) -> JSON:
    _fields(payload, "questions")
    return questionnaire()


def _recommend(payload: dict[str, Any]) -> JSON:
    _fields(payload, "recommend", ("answers",))
    return to_dict(recommend(payload["answers"]))


def _export(payload: dict[str, Any]) -> JSON:
    _fields(payload, "export", ("answers",))
    return dumps(recommend(payload["answers"]))


def _guidance(payload: dict[str, Any]) -> JSON:
    _fields(payload, "guidance")
    return to_dict(tuple(GUIDANCE.values()))


COMMANDS: dict[str, Callable[[dict[str, Any]], JSON]] = {
    "version": _version,
    "questions": _questions,
    "recommend": _recommend,
    "export": _export,
    "guidance": _guidance,
}


def _parse(request_json: str) -> tuple[str, dict[str, Any]]:
    if not isinstance(request_json, str):
        raise WrongTypeError(f"the request must be a JSON string, got {json_type(request_json)}")
    request = parse_json(request_json, "the request")
    if not isinstance(request, dict):
        raise WrongTypeError(f"the request must be a JSON object, got {json_type(request)}")
    command = request.get("command")
    if not isinstance(command, str) or command not in COMMANDS:
        raise UnknownCommandError(f"unknown command {command!r}; valid commands: {', '.join(sorted(COMMANDS))}")
    payload = request.get("payload", {})
    if not isinstance(payload, dict):
        raise WrongTypeError(f"the payload must be a JSON object, got {json_type(payload)}")
    return command, payload


def handle(request_json: str) -> str:
    """Answer one request; bad input comes back as ``{"ok": false, "error": ...}``."""
    try:
        command, payload = _parse(request_json)
        result = COMMANDS[command](payload)
    except DecisionEngineError as exc:
        reply: dict[str, Any] = {"ok": False, "error": {"type": type(exc).__name__, "message": str(exc)}}
    else:
        reply = {"ok": True, "result": result}
    return json.dumps(reply, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
