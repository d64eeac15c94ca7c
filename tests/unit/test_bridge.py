"""The bridge: JSON string in, JSON string out, errors as data."""

from __future__ import annotations

import json
import platform
from typing import Any

import pytest

from decision_engine import (
    GUIDANCE,
    RUBRIC_VERSION,
    __version__,
    categorize,
    dumps,
    recommend,
    rubric_fingerprint,
    to_dict,
    triage,
    vocabulary,
)
from decision_engine.bridge import COMMANDS, handle
from decision_engine.complaints import abbreviations, combinations
from decision_engine.errors import error_classes
from decision_engine.serialize import questionnaire


def _call(command: str, payload: object = None) -> Any:
    request: dict[str, object] = {"command": command}
    if payload is not None:
        request["payload"] = payload
    return json.loads(handle(json.dumps(request)))


def _error(error_type: str, message: str) -> dict[str, str]:
    """The error reply for an error class: its stable code, its name and the message."""
    code = next(cls.code for cls in error_classes() if cls.__name__ == error_type)
    return {"code": code, "type": error_type, "message": message}


def test_the_bridge_has_exactly_the_documented_commands() -> None:
    """The engine's commands, the complaint exercise's and the report; nothing else is callable from JavaScript."""
    assert sorted(COMMANDS) == [
        "categorize",
        "evaluate",
        "export",
        "guidance",
        "questions",
        "recommend",
        "report",
        "session",
        "triage",
        "version",
        "vocabulary",
    ]


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
    answers = {"failure_mode": "regressions", "deals_blocked": "yes", "costs_more": "blocked_deals"}
    reply = _call("recommend", {"answers": answers})
    assert reply == {"ok": True, "result": to_dict(recommend(answers))}
    assert reply["result"]["lead"] == "user"


def test_recommend_and_export_take_complaints_and_overrides() -> None:
    """Complaints and overrides go to the one verdict; export gives the same result as CLI JSON text."""
    payload = {
        "answers": {"failure_mode": "outages"},
        "complaints": ["SSO please", "p99 spikes"],
        "overrides": {"1": "process"},
    }
    expected = recommend({"failure_mode": "outages"}, ["SSO please", "p99 spikes"], {1: "process"})
    assert _call("recommend", payload) == {"ok": True, "result": to_dict(expected)}
    assert _call("export", payload) == {"ok": True, "result": dumps(expected)}


def test_evaluate_keeps_answers_not_asked_and_needs_no_deciding_answer() -> None:
    """The page's command: the follow-up kept aside when not asked; no recommendation before the deciding answer."""
    kept = _call("evaluate", {"answers": {"failure_mode": "outages", "deals_blocked": "no", "costs_more": "not_sure"}})
    assert kept["result"]["kept_not_asked"] == {"costs_more": "not_sure"}
    assert kept["result"]["recommendation"]["lead"] == "technical"
    waiting = _call("evaluate", {"answers": {}, "complaints": ["SSO please"]})
    assert waiting["result"]["recommendation"] is None
    assert waiting["result"]["exercise"]["under_invested"] == "user"
    assert _call("evaluate", {"answers": {"failure_mode": "x"}})["error"]["type"] == "UnknownOptionError"


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
    assert reply.startswith('{"ok":true,"result":{"answers":{"failure_mode":"not_sure"},"asked":["failure_mode",')
    assert reply == handle('{"payload": {"answers": {"failure_mode": "not_sure"}}, "command": "recommend"}')


VALID_COMMANDS = (
    "categorize, evaluate, export, guidance, questions, recommend, report, session, triage, version, vocabulary"
)


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
            '{"command": "recommend", "payload": {}}',
            "InvalidRequestError",
            "the 'recommend' payload lacks the field 'answers'; 'recommend' takes the fields 'answers', and optionally "
            "'complaints', 'overrides'",
        ),
        (
            '{"command": "recommend", "payload": {"answers": {}, "debug": 1}}',
            "InvalidRequestError",
            "the 'recommend' payload has an unknown field 'debug'; 'recommend' takes the fields 'answers', and "
            "optionally 'complaints', 'overrides'",
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


def test_categorize_returns_the_whole_categorization() -> None:
    """categorize gives the type, second type, confidence, scores, cues and reason; text trimmed."""
    assert _call("categorize", {"text": "  Our SOC 2 audit "}) == {
        "ok": True,
        "result": {
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
        },
    }


@pytest.mark.parametrize(
    "text", ["deploys break prod every Friday", "Deploys cause outages", "Morale is low after the reorg"]
)
def test_categorize_is_the_serializer_data_of_the_library_call(text: str) -> None:
    """The categorize reply's result is to_dict(categorize(text)), whatever the type (uncategorized too)."""
    assert _call("categorize", {"text": text}) == {"ok": True, "result": to_dict(categorize(text))}


def test_triage_converts_string_override_keys_to_indexes() -> None:
    """Overrides arrive keyed by "1" (JSON keys are strings) and reach triage as index 1."""
    complaints = ["p99 latency spikes at peak", "Morale is low after the reorg", "deploys break prod every Friday"]
    investment = {"technical": "most", "user": "none"}
    reply = _call("triage", {"complaints": complaints, "investment": investment, "overrides": {"1": "user"}})
    expected = triage(complaints, investment, {1: "user"})
    assert reply == {"ok": True, "result": to_dict(expected)}
    assert [item["type"] for item in reply["result"]["complaints"]] == ["technical", "user", "process"]
    assert reply["result"]["under_invested"] == "user"


@pytest.mark.parametrize(
    "extra",
    [{}, {"investment": None, "overrides": None}, {"overrides": {}}],
    ids=["left out", "null", "no overrides"],
)
def test_triage_without_investment_or_overrides(extra: dict[str, object]) -> None:
    """Investment and overrides left out, null or empty give the plain triage of the complaints."""
    complaints = ["enterprise customers want SSO and audit logs", "deploys break prod every Friday"]
    reply = _call("triage", {"complaints": complaints, **extra})
    assert reply == {"ok": True, "result": to_dict(triage(complaints))}
    assert (reply["result"]["under_invested"], reply["result"]["investment_given"]) == ("user", False)


def test_triage_flags_effort_that_went_elsewhere() -> None:
    """With most effort on a type no complaint points at, the reply carries the effort flag."""
    reply = _call("triage", {"complaints": ["p99 latency spikes at peak"], "investment": {"user": "most"}})
    assert reply["ok"] is True
    assert reply["result"]["effort_flags"] == [
        {
            "effort": "most",
            "message": "most of last quarter's effort went to user scaling, but none of these complaints points at it",
            "type": "user",
        }
    ]


def test_vocabulary_returns_the_cues_in_order_and_the_limits() -> None:
    """vocabulary gives the types in the default sequence, the combinations, the abbreviations and the limits."""
    expected: dict[str, object] = {
        "types": [{"type": kind, "examples": to_dict(examples)} for kind, examples in vocabulary().items()],
        "combinations": to_dict(combinations()),
        "abbreviations": to_dict(abbreviations()),
        "limits": {
            "max_complaint_chars": 500,
            "max_complaints": 5,
            "complaint_weights": [5, 4, 3, 2, 1],
            "override_types": ["technical", "process", "user", "uncategorized"],
            "effort_levels": ["none", "some", "most"],
        },
    }
    assert _call("vocabulary") == {"ok": True, "result": expected}
    assert [entry["type"] for entry in _call("vocabulary")["result"]["types"]] == ["technical", "process", "user"]


COMPLAINTS_ERRORS = [
    (
        {},
        "InvalidRequestError",
        "the 'categorize' payload lacks the field 'text'; 'categorize' takes the fields 'text'",
    ),
    (
        {"text": "slow", "lang": "en"},
        "InvalidRequestError",
        "the 'categorize' payload has an unknown field 'lang'; 'categorize' takes the fields 'text'",
    ),
    (
        {"text": " "},
        "EmptyComplaintError",
        "the complaint is empty (' '); write what hurts in a sentence, e.g. 'deploys break prod'",
    ),
    (
        {"text": "x" * 501},
        "ComplaintTooLongError",
        "the complaint is 501 characters long ('" + "x" * 40 + "'...); the limit is 500: name the one thing that "
        "hurts most in a sentence or two",
    ),
    ({"text": 5}, "ComplaintError", "the complaint must be text (a string), got int: 5"),
]


@pytest.mark.parametrize(
    ("payload", "error_type", "message"),
    COMPLAINTS_ERRORS,
    ids=["no text", "extra field", "blank", "too long", "not a string"],
)
def test_bad_categorize_requests_come_back_as_errors(payload: dict[str, object], error_type: str, message: str) -> None:
    """A categorize request without usable text is answered with the error's class name and message."""
    assert _call("categorize", payload) == {"ok": False, "error": _error(error_type, message)}


TWO = ["p99 latency spikes at peak", "deploys break prod every Friday"]


@pytest.mark.parametrize(
    ("payload", "error_type", "message"),
    [
        (
            {"investment": {}},
            "InvalidRequestError",
            "the 'triage' payload lacks the field 'complaints'; 'triage' takes the fields 'complaints', "
            "and optionally 'investment', 'overrides'",
        ),
        (
            {"complaints": TWO, "override": {}},
            "InvalidRequestError",
            "the 'triage' payload has an unknown field 'override'; 'triage' takes the fields 'complaints', "
            "and optionally 'investment', 'overrides'",
        ),
        (
            {"complaints": "deploys break prod"},
            "WrongTypeError",
            "the complaints must be a JSON array of strings, got a string",
        ),
        (
            {"complaints": []},
            "TriageInputError",
            "triage takes 1 to 5 complaints, got 0: keep the ones that hurt most, the worst first",
        ),
        (
            {"complaints": TWO * 3},
            "TriageInputError",
            "triage takes 1 to 5 complaints, got 6: keep the ones that hurt most, the worst first",
        ),
        (
            {"complaints": [TWO[0], ""]},
            "EmptyComplaintError",
            "complaint 2 is empty (''); write what hurts in a sentence, e.g. 'deploys break prod'",
        ),
        (
            {"complaints": TWO, "investment": ["technical"]},
            "WrongTypeError",
            'the investment must be a JSON object mapping a type to an effort level, e.g. {"technical": "most"}, '
            "got an array",
        ),
        (
            {"complaints": TWO, "investment": {"technical": "lots"}},
            "TriageInputError",
            "effort 'lots' for technical is not a level; valid: none, some, most",
        ),
        (
            {"complaints": TWO, "investment": {"infra": "most"}},
            "TriageInputError",
            "investment names an unknown type 'infra'; valid: technical, process, user",
        ),
        (
            {"complaints": TWO, "overrides": ["user"]},
            "WrongTypeError",
            'the overrides must be a JSON object mapping a complaint\'s 0-based index ("0" for the first) to a type, '
            "got an array",
        ),
        (
            {"complaints": TWO, "overrides": {"first": "user"}},
            "TriageInputError",
            "override key 'first' is not a complaint index; use the complaint's 0-based index as a string, "
            '"0" for the first',
        ),
        (
            {"complaints": TWO, "overrides": {"-1": "user"}},
            "TriageInputError",
            "override key '-1' is not a complaint index; use the complaint's 0-based index as a string, "
            '"0" for the first',
        ),
        (
            {"complaints": TWO, "overrides": {"01": "user"}},
            "TriageInputError",
            "override key '01' is not a complaint index; use the complaint's 0-based index as a string, "
            '"0" for the first',
        ),
        (
            {"complaints": TWO, "overrides": {"2": "user"}},
            "TriageInputError",
            "override index 2 names no complaint; valid indexes (0-based): 0 to 1",
        ),
        (
            {"complaints": TWO, "overrides": {"0": "users"}},
            "TriageInputError",
            "override 'users' for complaint index 0 is not a type; valid: technical, process, user, uncategorized",
        ),
        (
            {"complaints": TWO, "overrides": {"0": None}},
            "TriageInputError",
            "override None for complaint index 0 is not a type; valid: technical, process, user, uncategorized",
        ),
    ],
    ids=[
        "no complaints field",
        "unknown field",
        "complaints a string",
        "no complaints",
        "six complaints",
        "a blank complaint",
        "investment an array",
        "unknown effort level",
        "unknown investment type",
        "overrides an array",
        "override key a word",
        "override key negative",
        "override key with a leading zero",
        "override index out of range",
        "override to an unknown type",
        "override to null",
    ],
)
def test_bad_triage_requests_come_back_as_errors(payload: dict[str, object], error_type: str, message: str) -> None:
    """Each bad triage request is answered with ok false, the error's class name and its message."""
    assert _call("triage", payload) == {"ok": False, "error": _error(error_type, message)}


def test_vocabulary_takes_no_fields() -> None:
    """A vocabulary request with a payload field is refused like any other command's."""
    assert _call("vocabulary", {"type": "user"}) == {
        "ok": False,
        "error": _error(
            "InvalidRequestError", "the 'vocabulary' payload has an unknown field 'type'; 'vocabulary' takes no fields"
        ),
    }
