"""The one JSON serializer and the JSON input parser."""

from __future__ import annotations

import dataclasses
import enum
import json
from typing import Any

import pytest

from decision_engine import QUESTIONS, InvalidJSONError, OversizedInputError, ScalingType, dumps, recommend, to_dict
from decision_engine.report import export_json, state_report
from decision_engine.serialize import MAX_JSON_CHARS, json_type, parse_json, questionnaire


class Colour(enum.Enum):
    RED = 1


@dataclasses.dataclass(frozen=True)
class Inner:
    kind: ScalingType
    note: str | None


@dataclasses.dataclass(frozen=True)
class Outer:
    items: tuple[Inner, ...]
    counts: dict[ScalingType, int]
    ratio: float
    flag: bool
    colour: Colour


def test_to_dict_turns_dataclasses_enums_tuples_and_mappings_into_json_data() -> None:
    """Fields become keys, enums their values, tuples lists, enum keys strings; scalars stay as they are."""
    value = Outer((Inner(ScalingType.USER, None),), {ScalingType.PROCESS: 2}, 0.5, True, Colour.RED)
    assert to_dict(value) == {
        "items": [{"kind": "user", "note": None}],
        "counts": {"process": 2},
        "ratio": 0.5,
        "flag": True,
        "colour": 1,
    }
    assert type(to_dict(ScalingType.USER)) is str


def test_to_dict_keeps_subclasses_of_json_scalars_as_their_values() -> None:
    """The fast path takes JSON's scalars by exact type; a subclass that is not an enum is its value all the same."""

    class Name(str):
        __slots__ = ()

    class Count(int):
        pass

    assert to_dict({"name": Name("deploys"), "count": Count(3), "flag": True}) == {
        "name": "deploys",
        "count": 3,
        "flag": True,
    }
    assert json.dumps(to_dict([Name("a"), Count(1)])) == '["a", 1]'


def test_to_dict_refuses_what_json_cannot_hold() -> None:
    """A set, a class or a non-string key is a programming error, reported as TypeError."""
    with pytest.raises(TypeError, match="cannot serialise set to JSON"):
        to_dict({1, 2})
    with pytest.raises(TypeError, match="cannot serialise type to JSON"):
        to_dict(Inner)
    with pytest.raises(TypeError, match="JSON object keys must be strings, got int"):
        to_dict({1: "x"})


def test_dumps_is_sorted_indented_unicode_with_a_final_newline() -> None:
    """Keys sorted, two-space indent, non-ASCII kept as is, and one newline at the end."""
    assert (
        dumps({"b": "naïve — ok", "a": [1, (2,)]})
        == '{\n  "a": [\n    1,\n    [\n      2\n    ]\n  ],\n  "b": "naïve — ok"\n}\n'
    )


def test_dumps_writes_a_lone_surrogate_as_its_escape_and_keeps_the_rest_readable() -> None:
    """A lone surrogate (JavaScript text can hold one; an attack review saw the JSON download turn it into U+FFFD)
    is written as JSON's escape, so the text is valid UTF-8 and reads back exactly; a pair, as one character, and
    other non-ASCII text are written as they are."""
    text = dumps({"complaint": "lone \ud800 surrogate, \udfff too; é and \U0001f600 stay"})
    assert text == '{\n  "complaint": "lone \\ud800 surrogate, \\udfff too; é and \U0001f600 stay"\n}\n'
    assert text.encode("utf-8")
    assert json.loads(text) == {"complaint": "lone \ud800 surrogate, \udfff too; é and \U0001f600 stay"}
    report = export_json(
        state_report({"answers": {"failure_mode": "outages"}, "complaints": ["x\ud83d"], "overrides": {}})
    )
    assert json.loads(report)["state"]["complaints"][0] == "x\ud83d"


def test_dumps_of_a_recommendation_is_its_to_dict() -> None:
    """The JSON text parses back to exactly the serializer's data, with the keys the CLI promises."""
    rec = recommend({"failure_mode": "governance", "freq_governance": "weekly", "effort_user": "none"})
    data = json.loads(dumps(rec))
    assert data == to_dict(rec)
    assert sorted(data) == [
        "answers",
        "asked",
        "comfort",
        "confidence",
        "evidence",
        "exercise",
        "failure_mode",
        "first_actions",
        "flags",
        "headline",
        "lead",
        "rationale",
        "rubric_version",
        "sequence",
        "trade_off",
        "under_invested",
        "watch",
        "would_change",
    ]
    assert data["evidence"] == [
        {"type": "user", "points": 2, "place": 1, "role": "leads: you named it"},
        {"type": "technical", "points": 0, "place": 2, "role": "2nd"},
        {"type": "process", "points": 0, "place": 3, "role": "3rd"},
    ]
    assert data["under_invested"]["type"] == "user"


def test_questionnaire_lists_every_question_with_its_options() -> None:
    """The questionnaire as JSON data: id, prompt, help, required and the options' ids and labels."""
    data: Any = questionnaire()
    assert [item["id"] for item in data] == [question.id for question in QUESTIONS]
    assert data[0] == {
        "id": "failure_mode",
        "prompt": "What is the most expensive failure mode right now?",
        "help": QUESTIONS[0].help,
        "required": True,
        "kind": "deciding",
        "asked_when": [],
        "options": [
            {"id": "outages", "label": "Outages / latency"},
            {"id": "regressions", "label": "Regressions / firefighting"},
            {"id": "governance", "label": "Governance / trust / permissions"},
            {"id": "not_sure", "label": "Not sure"},
        ],
    }
    assert [item["required"] for item in data] == [True] + [False] * 10
    assert next(item for item in data if item["id"] == "costs_more")["asked_when"] == [
        {"question": "deals_blocked", "options": ["yes"]},
        {"question": "failure_mode", "options": ["outages", "regressions"]},
    ]


@pytest.mark.parametrize(
    ("value", "name"),
    [(None, "null"), (True, "a boolean"), (1.5, "a number"), ("x", "a string"), ([], "an array"), ({}, "an object")],
)
def test_json_type_names_values_as_json_does(value: object, name: str) -> None:
    """Messages name the JSON type a user sent, not the Python one."""
    assert json_type(value) == name


def test_json_type_of_a_non_json_value_is_its_class_name() -> None:
    """A Python value with no JSON type is named by its class."""
    assert json_type({1}) == "set"


def test_parse_json_reads_json_and_names_what_is_wrong() -> None:
    """Valid JSON comes back as data; bad, oversized or too deeply nested text raises a named error."""
    assert parse_json('{"failure_mode": "outages"}') == {"failure_mode": "outages"}
    with pytest.raises(InvalidJSONError) as invalid:
        parse_json('{"a": 1,\n}', "the answers")
    assert str(invalid.value) == (
        "the answers must be valid JSON: Expecting property name enclosed in double quotes (line 2, column 1)"
    )
    with pytest.raises(OversizedInputError) as oversized:
        parse_json(" " * (MAX_JSON_CHARS + 2))
    assert (
        str(oversized.value) == f"the input must be at most {MAX_JSON_CHARS} characters long, got {MAX_JSON_CHARS + 2}"
    )
    # One past the limit is all the command line reads of a longer file (a CLI review: "got 100001" of 2 MB).
    with pytest.raises(OversizedInputError) as cut:
        parse_json(" " * (MAX_JSON_CHARS + 1))
    assert str(cut.value).endswith(f"characters long, got more than {MAX_JSON_CHARS}")
    with pytest.raises(OversizedInputError) as nested:
        parse_json("[" * 50_000 + "]" * 50_000, "the request")
    assert str(nested.value) == "the request must not nest arrays and objects more than 20 levels deep"


def test_parse_json_counts_nesting_outside_strings_only() -> None:
    """Twenty levels parse; brackets inside strings (escaped quotes included) do not count as nesting."""
    assert parse_json("[" * 20 + "]" * 20) == [[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]
    text = '{"a": "[[[[\\"[[[[[[[[[[[[[[[[[[[[[[[[[["}'
    assert parse_json(text) == {"a": '[[[["' + "[" * 26}
    with pytest.raises(OversizedInputError):
        parse_json("[" * 21 + "]" * 21)
