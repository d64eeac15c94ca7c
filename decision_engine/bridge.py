"""The only module JavaScript calls: a JSON string in, a JSON string out.

A request is ``{"command": NAME, "payload": {...}}``. A reply is
``{"ok": true, "result": ...}`` or ``{"ok": false, "error": {"code", "type", "message"}}``: ``code`` is the
error's stable code (``errors.py``; the page's contract lists them all), ``type`` its class name (for the CLI and
the tests, never for a reader). Errors are returned as data, never raised across into JavaScript.

Commands (payload fields in brackets):

- ``session`` (``state``: the page's state, ``{"answers", "complaints", "overrides"}``, see ``session.py``):
  everything the questionnaire page shows for it (``Session``), one call per change;

- ``version`` (none): the engine, rubric and Python versions;
- ``questions`` (none): the questionnaire, as ``python -m decision_engine questions --json`` prints it;
- ``recommend`` (``answers``: ``{question_id: option_id}``; optional ``complaints`` and ``overrides`` as for
  ``triage``, which decide the under-invested verdict when any is categorised): the recommendation, the same
  structure the CLI prints with ``recommend --json``;
- ``evaluate`` (as ``recommend``, but answers to questions not asked now are set aside, not refused, and the
  deciding question may be unanswered): ``{"asked", "kept_not_asked", "recommendation", "exercise"}``, what the
  questionnaire page shows after each change (``recommendation`` null until the deciding question is answered);
- ``export`` (as ``recommend``): the recommendation as JSON text, byte for byte what the CLI prints;
- ``guidance`` (none): what the guide says about each type, in the default sequence;
- ``categorize`` (``text``: one complaint, a string): its ``Categorization`` (``type``: ``"technical"``,
  ``"process"``, ``"user"`` or ``"uncategorized"``; ``secondary``, ``confidence``, ``confidence_word``,
  ``scores``, ``cues`` (each with what it ``counted``, a ``correction`` and a ``note``), ``reason``,
  ``discounted``, ``fallback``), the structure ``categorize TEXT --json`` prints;
- ``triage`` (``complaints``: 1 to 5 strings, the worst first; optional ``investment``: ``{type: "none" |
  "some" | "most"}``; optional ``overrides``: ``{"0": type}``, keyed by the complaint's 0-based index as a
  string, type one of the three or ``"uncategorized"``; ``null`` is the same as leaving either out): the
  ``Triage`` (``complaints``, ``tallies``, ``under_invested``, ``reason``, ``investment_given``,
  ``effort_flags``), the structure ``triage ... --json`` prints;
- ``vocabulary`` (none): the complaint vocabulary (``types``: ``[{"type", "examples"}]`` in the default
  sequence, each example with its cues; ``combinations``; ``abbreviations``) and the limits a form needs
  (``limits``: ``max_complaint_chars``, ``max_complaints``, ``complaint_weights``, ``override_types``,
  ``effort_levels``);
- ``report`` (``state`` as for ``session``, ``format``: "json" or "markdown"; or, until the page sends its state,
  ``answers`` and optional ``complaints`` and ``overrides`` as for ``recommend``): the download the reader saves,
  as text (see ``report.py``); the JSON download holds the state and the result.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from typing import Any, TypedDict

from decision_engine import __version__
from decision_engine.complaints import (
    COMPLAINT_WEIGHTS,
    EFFORT_LEVELS,
    MAX_COMPLAINT_CHARS,
    MAX_COMPLAINTS,
    OVERRIDE_TYPES,
    abbreviations,
    categorize,
    combinations,
    triage,
    vocabulary,
)
from decision_engine.engine import recommend, rubric_fingerprint
from decision_engine.errors import (
    DecisionEngineError,
    InvalidRequestError,
    TriageInputError,
    UnknownCommandError,
    WrongTypeError,
)
from decision_engine.guidance import GUIDANCE
from decision_engine.model import Recommendation
from decision_engine.report import FORMATS, build_report, export, state_report
from decision_engine.rules import RUBRIC_VERSION
from decision_engine.serialize import JSON, MAX_JSON_CHARS, dumps, json_type, parse_json, questionnaire, to_dict
from decision_engine.session import evaluate, evaluate_answers

MAX_REQUEST_CHARS = MAX_JSON_CHARS


def _fields(
    payload: dict[str, Any], command: str, required: tuple[str, ...] = (), optional: tuple[str, ...] = ()
) -> None:
    """Refuse a payload that lacks a required field or has one the command does not take."""
    unknown = sorted(set(payload) - set(required) - set(optional))
    missing = [name for name in required if name not in payload]
    if unknown or missing:
        bad = f"has an unknown field {unknown[0]!r}" if unknown else f"lacks the field {missing[0]!r}"
        takes = f"the fields {', '.join(repr(name) for name in required)}" if required else "no fields"
        if optional:
            takes += f", and optionally {', '.join(repr(name) for name in optional)}"
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


def _questions(payload: dict[str, Any]) -> JSON:
    _fields(payload, "questions")
    return questionnaire()


def _recommendation(payload: dict[str, Any], command: str) -> Recommendation:
    """The recommendation for a ``recommend`` or ``export`` payload (answers, optional complaints and overrides)."""
    _fields(payload, command, ("answers",), ("complaints", "overrides"))
    complaints, _, overrides = _complaint_args(payload)
    return recommend(payload["answers"], complaints, overrides)


def _recommend(payload: dict[str, Any]) -> JSON:
    return to_dict(_recommendation(payload, "recommend"))


def _evaluate(payload: dict[str, Any]) -> JSON:
    _fields(payload, "evaluate", ("answers",), ("complaints", "overrides"))
    complaints, _, overrides = _complaint_args(payload)
    return to_dict(evaluate_answers(payload["answers"], complaints, overrides))


def _session(payload: dict[str, Any]) -> JSON:
    _fields(payload, "session", ("state",))
    return to_dict(evaluate(payload["state"]))


def _export(payload: dict[str, Any]) -> JSON:
    return dumps(_recommendation(payload, "export"))


def _guidance(payload: dict[str, Any]) -> JSON:
    _fields(payload, "guidance")
    return to_dict(tuple(GUIDANCE.values()))


def _categorize(payload: dict[str, Any]) -> JSON:
    _fields(payload, "categorize", ("text",))
    return to_dict(categorize(payload["text"]))


_INDEX = re.compile(r"0|[1-9][0-9]{0,8}")


def _overrides(overrides: object) -> dict[int, str] | None:
    """JSON overrides ``{"0": "process"}`` as triage takes them, ``{0: "process"}``; the types are checked there."""
    if overrides is None:
        return None
    if not isinstance(overrides, dict):
        raise WrongTypeError(
            f'the overrides must be a JSON object mapping a complaint\'s 0-based index ("0" for the first) to a type, '
            f"got {json_type(overrides)}"
        )
    converted: dict[int, str] = {}
    for key, value in overrides.items():
        if not _INDEX.fullmatch(key):
            raise TriageInputError(
                f"override key {key!r} is not a complaint index; use the complaint's 0-based index as a string, "
                '"0" for the first'
            )
        converted[int(key)] = value
    return converted


def _complaint_args(payload: dict[str, Any]) -> tuple[list[Any], dict[str, Any] | None, dict[int, str] | None]:
    """The complaints, investment and overrides of a triage or report payload, their JSON types checked."""
    complaints, investment = payload.get("complaints", []), payload.get("investment")
    if not isinstance(complaints, list):
        raise WrongTypeError(f"the complaints must be a JSON array of strings, got {json_type(complaints)}")
    if investment is not None and not isinstance(investment, dict):
        raise WrongTypeError(
            f'the investment must be a JSON object mapping a type to an effort level, e.g. {{"technical": "most"}}, '
            f"got {json_type(investment)}"
        )
    return complaints, investment, _overrides(payload.get("overrides"))


def _triage(payload: dict[str, Any]) -> JSON:
    _fields(payload, "triage", ("complaints",), ("investment", "overrides"))
    return to_dict(triage(*_complaint_args(payload)))


def _report(payload: dict[str, Any]) -> JSON:
    if "state" in payload:
        _fields(payload, "report", ("state", "format"))
    else:
        _fields(payload, "report", ("answers", "format"), ("complaints", "overrides"))
    fmt = payload["format"]
    if fmt not in FORMATS:
        raise InvalidRequestError(f"unknown export format {fmt!r}; valid formats: {', '.join(FORMATS)}")
    if "state" in payload:
        return export(state_report(payload["state"]), fmt)
    complaints, _, overrides = _complaint_args(payload)
    return export(build_report(payload["answers"], complaints, overrides), fmt)


def _vocabulary(payload: dict[str, Any]) -> JSON:
    _fields(payload, "vocabulary")
    return {
        "types": [{"type": kind, "examples": to_dict(examples)} for kind, examples in vocabulary().items()],
        "combinations": to_dict(combinations()),
        "abbreviations": to_dict(abbreviations()),
        "limits": {
            "max_complaint_chars": MAX_COMPLAINT_CHARS,
            "max_complaints": MAX_COMPLAINTS,
            "complaint_weights": list(COMPLAINT_WEIGHTS),
            "override_types": list(OVERRIDE_TYPES),
            "effort_levels": list(EFFORT_LEVELS),
        },
    }


COMMANDS: dict[str, Callable[[dict[str, Any]], JSON]] = {
    "version": _version,
    "questions": _questions,
    "recommend": _recommend,
    "evaluate": _evaluate,
    "session": _session,
    "export": _export,
    "guidance": _guidance,
    "categorize": _categorize,
    "triage": _triage,
    "vocabulary": _vocabulary,
    "report": _report,
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
        error = {"code": exc.code, "type": type(exc).__name__, "message": str(exc)}
        reply: dict[str, Any] = {"ok": False, "error": error}
    else:
        reply = {"ok": True, "result": result}
    return json.dumps(reply, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
