"""The only module JavaScript calls: a JSON string in, a JSON string out.

A request is ``{"command": NAME, "payload": {...}}``. A reply is
``{"ok": true, "result": ...}`` or ``{"ok": false, "error": {"type", "message"}}``.
Errors are returned as data, never raised across into JavaScript.
"""

from __future__ import annotations

import json
import platform
import sys
from collections.abc import Callable
from typing import Any

from decision_engine import __version__
from decision_engine.errors import DecisionEngineError

MAX_REQUEST_CHARS = 100_000


def _version(payload: dict[str, Any]) -> dict[str, Any]:
    del payload  # the version request takes no arguments
    return {
        "engine": __version__,
        "python": platform.python_version(),
        "implementation": sys.implementation.name,
        "platform": sys.platform,
    }


COMMANDS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "version": _version,
}


def _parse(request_json: str) -> tuple[str, dict[str, Any]]:
    if not isinstance(request_json, str):
        raise DecisionEngineError(f"the request must be a JSON string, got {type(request_json).__name__}")
    if len(request_json) > MAX_REQUEST_CHARS:
        raise DecisionEngineError(
            f"the request is {len(request_json)} characters long; the limit is {MAX_REQUEST_CHARS}"
        )
    try:
        request = json.loads(request_json)
    except json.JSONDecodeError as exc:
        raise DecisionEngineError(f"the request is not valid JSON: {exc.msg} at position {exc.pos}") from None
    if not isinstance(request, dict):
        raise DecisionEngineError(f"the request must be a JSON object, got {type(request).__name__}")
    command = request.get("command")
    if command not in COMMANDS:
        raise DecisionEngineError(f"unknown command {command!r}; valid commands: {', '.join(sorted(COMMANDS))}")
    payload = request.get("payload", {})
    if not isinstance(payload, dict):
        raise DecisionEngineError(f"the payload must be a JSON object, got {type(payload).__name__}")
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
