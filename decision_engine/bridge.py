"""The only module JavaScript calls: a JSON string in, a JSON string out.

A request is ``{"command": NAME, "payload": {...}}``. A reply is
``{"ok": true, "result": ...}`` or ``{"ok": false, "error": {"code", "type", "message"}}``: ``code`` is the
error's stable code (``errors.py``; the page's contract lists them all), ``type`` its class name (for the CLI and
the tests, never for a reader). Errors are returned as data, never raised across into JavaScript.

The commands are the ones the questionnaire page calls (payload fields in brackets):

- ``version`` (none): the engine, rubric and Python versions (``Version``), asked once when the engine starts;
- ``session`` (``state``: the page's state, ``{"answers", "complaints", "overrides"}``, see ``session.py``):
  everything the questionnaire page shows for it (``Session``), one call per change;
- ``report`` (``state`` as for ``session``, ``format``: "json" or "markdown"; optionally ``date``, the reader's
  day as YYYY-MM-DD, today in UTC when left out, ``link``, the tool's address for the way back, and ``reopen``, a
  share link of the answers that opens them again, written in the Markdown): the download the reader saves, as text
  (see ``report.py``); the JSON download holds the state, every box and the result.

The library (``recommend``, ``categorize``, ``triage`` ...) and the CLI offer the rest.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any, TypedDict

from decision_engine import __version__
from decision_engine.engine import rubric_fingerprint
from decision_engine.errors import (
    DecisionEngineError,
    InternalError,
    InvalidRequestError,
    OversizedInputError,
    UnknownCommandError,
    WrongTypeError,
)
from decision_engine.report import FORMATS, check_context, check_reopen, export, state_report, today
from decision_engine.rules import RUBRIC_VERSION
from decision_engine.serialize import JSON, json_type, parse_json, to_dict
from decision_engine.session import MAX_STATE_CHARS, evaluate

#: A request longer than this is refused unread. It is above the longest state the engine takes
#: (session.MAX_STATE_CHARS) so that the page's request for a state that is too long is read and answered with the
#: state's own sentence: how long it is, and what to shorten. A request just over 1,000,000 characters is refused
#: in 10-15 ms under Pyodide (Node, this machine).
MAX_REQUEST_CHARS = MAX_STATE_CHARS + 10_000


def _fields(
    payload: dict[str, Any], command: str, required: tuple[str, ...] = (), optional: tuple[str, ...] = ()
) -> None:
    """Refuse a payload that lacks a field the command needs or has one it does not take."""
    unknown = sorted(set(payload) - set(required) - set(optional))
    missing = [name for name in required if name not in payload]
    if unknown or missing:
        bad = f"has an unknown field {unknown[0]!r}" if unknown else f"lacks the field {missing[0]!r}"
        takes = f"the fields {', '.join(repr(name) for name in required)}" if required else "no fields"
        takes += f" (and optionally {', '.join(repr(name) for name in optional)})" if optional else ""
        raise InvalidRequestError(f"the {command!r} payload {bad}; {command!r} takes {takes}")


class Version(TypedDict):
    """The ``version`` command's result: the engine, its rubric, and the Python running it."""

    engine: str
    rubric_version: str
    rubric_fingerprint: str
    python: str
    implementation: str
    platform: str


def _version(payload: dict[str, Any]) -> JSON:
    _fields(payload, "version")
    version: Version = {
        "engine": __version__,
        "rubric_version": RUBRIC_VERSION,
        "rubric_fingerprint": rubric_fingerprint(),
        # Not platform.python_version(): importing `platform` costs about 30 ms of the browser's boot.
        "python": ".".join(str(part) for part in sys.version_info[:3]),
        "implementation": sys.implementation.name,
        "platform": sys.platform,
    }
    return to_dict(version)


def _session(payload: dict[str, Any]) -> JSON:
    _fields(payload, "session", ("state",))
    return to_dict(evaluate(payload["state"]))


def _report(payload: dict[str, Any]) -> JSON:
    _fields(payload, "report", ("state", "format"), ("date", "link", "reopen"))
    fmt = payload["format"]
    if not isinstance(fmt, str) or fmt not in FORMATS:
        raise InvalidRequestError(f"unknown export format {fmt!r:.60}; valid formats: {', '.join(FORMATS)}")
    date, link = check_context(payload.get("date", today()), payload.get("link"))
    reopen = check_reopen(payload.get("reopen"), link)
    return export(state_report(payload["state"], date, link, reopen), fmt)


COMMANDS: dict[str, Callable[[dict[str, Any]], JSON]] = {
    "version": _version,
    "session": _session,
    "report": _report,
}


def _parse(request_json: str) -> tuple[str, dict[str, Any]]:
    if not isinstance(request_json, str):
        raise WrongTypeError(f"the request must be a JSON string, got {json_type(request_json)}")
    if len(request_json) > MAX_REQUEST_CHARS:
        raise OversizedInputError(
            f"the request is {len(request_json):,} characters long, and the engine reads at most "
            f"{MAX_REQUEST_CHARS:,}: the answers and complaints in it may come to {MAX_STATE_CHARS:,} characters as "
            "JSON, so shorten the longest complaints"
        )
    request = parse_json(request_json, "the request", MAX_REQUEST_CHARS)
    if not isinstance(request, dict):
        raise WrongTypeError(f"the request must be a JSON object, got {json_type(request)}")
    command = request.get("command")
    if not isinstance(command, str) or command not in COMMANDS:
        raise UnknownCommandError(f"unknown command {command!r}; valid commands: {', '.join(sorted(COMMANDS))}")
    payload = request.get("payload", {})
    if not isinstance(payload, dict):
        raise WrongTypeError(f"the payload must be a JSON object, got {json_type(payload)}")
    return command, payload


def _error(exc: DecisionEngineError) -> dict[str, Any]:
    return {"ok": False, "error": {"code": exc.code, "type": type(exc).__name__, "message": str(exc)}}


def handle(request_json: str) -> str:
    """Answer one request; bad input comes back as ``{"ok": false, "error": ...}``, and so does a fault of the
    engine's own (``internal-error``, never seen in the tests): nothing is raised across into JavaScript."""
    try:
        command, payload = _parse(request_json)
        reply: dict[str, Any] = {"ok": True, "result": COMMANDS[command](payload)}
    except DecisionEngineError as exc:
        reply = _error(exc)
    except Exception as exc:  # the boundary's promise: a reply, whatever went wrong
        fault = InternalError(f"the engine failed on this request ({type(exc).__name__}: {str(exc)[:200]})")
        reply = _error(fault)
    return _dumps(reply)


def _dumps(reply: dict[str, Any]) -> str:
    """The reply as compact JSON. Text with a lone surrogate (JSON's "\\ud800" reads as one) cannot be UTF-8:
    such a reply is written with every non-ASCII character escaped, which JavaScript reads back the same."""
    text = json.dumps(reply, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(reply, ensure_ascii=True, sort_keys=True, separators=(",", ":"))
    return text
