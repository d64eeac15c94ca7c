"""Properties over generated answers: valid sets give valid, deterministic results; anything else a named error."""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Mapping

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from decision_engine import (
    QUESTIONS,
    DecisionEngineError,
    QuestionKind,
    Recommendation,
    ScalingType,
    dumps,
    recommend,
    to_dict,
)
from decision_engine.bridge import handle
from decision_engine.rules import CONFIDENCE, DEFAULT_SEQUENCE

VALID_ANSWERS = st.fixed_dictionaries(
    {question.id: st.sampled_from(question.option_ids) for question in QUESTIONS if question.required},
    optional={question.id: st.sampled_from(question.option_ids) for question in QUESTIONS if not question.required},
)

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=20), children, max_size=4),
    max_leaves=12,
)

QUESTION_IDS = [question.id for question in QUESTIONS]


def _assert_valid(rec: Recommendation, answers: Mapping[str, str]) -> None:
    """Everything a recommendation promises, checked against the answers it came from."""
    scores = {ranked.type: ranked.score for ranked in rec.ranking}
    # the ranking: all three types, best first, ties in the default sequence, the lead first
    assert sorted(scores) == sorted(ScalingType)
    assert list(rec.ranking) == sorted(rec.ranking, key=lambda r: (-r.score, DEFAULT_SEQUENCE.index(r.type)))
    assert rec.lead is rec.ranking[0].type
    # the scores are exactly the sum of the evidence lines in the rationale
    evidence = dict.fromkeys(ScalingType, 0)
    for item in rec.rationale:
        if item.type is not None:
            evidence[item.type] += item.points
            assert answers[item.question or ""] == item.option
    assert evidence == scores
    # the sequence: a permutation that starts with the lead; the watch list is the rest, in order
    assert sorted(rec.sequence.order) == sorted(ScalingType)
    assert rec.sequence.order[0] is rec.lead
    assert tuple(watch.type for watch in rec.watch) == rec.sequence.order[1:]
    # confidence: within bounds, its word matches its number, and its reasons add up
    confidence = rec.confidence
    assert CONFIDENCE.floor <= confidence.score <= CONFIDENCE.start
    assert confidence.score == max(CONFIDENCE.floor, CONFIDENCE.start + sum(r.points for r in confidence.reasons))
    expected_level = "high" if confidence.score >= 75 else "medium" if confidence.score >= 50 else "low"
    assert confidence.level == expected_level
    # under-invested only for a type whose effort was answered, with a positive gap
    if rec.under_invested is not None:
        assert rec.under_invested.gap > 0
        assert answers[f"effort_{rec.under_invested.type.value}"] == rec.under_invested.effort
    assert dict(rec.answers) == dict(answers)
    assert rec.failure_mode.stated is (answers["failure_mode"] != "not_sure")


@given(VALID_ANSWERS)
@settings(max_examples=300)
def test_every_valid_answer_set_gives_a_valid_recommendation(answers: dict[str, str]) -> None:
    """Any valid answers: a recommendation whose ranking agrees with its scores and its rationale."""
    _assert_valid(recommend(answers), answers)


@given(VALID_ANSWERS)
def test_recommend_is_deterministic(answers: dict[str, str]) -> None:
    """The same answers, in any order, give an equal result and byte-identical JSON."""
    first = recommend(answers)
    second = recommend(dict(reversed(list(answers.items()))))
    assert first == second
    assert dumps(first) == dumps(second)


@given(VALID_ANSWERS)
def test_effort_answers_only_change_the_under_invested_note(answers: dict[str, str]) -> None:
    """Removing the effort answers changes nothing but the under-invested note and the echoed answers."""
    effort = {question.id for question in QUESTIONS if question.kind is QuestionKind.EFFORT}
    with_effort = to_dict(recommend(answers))
    without = to_dict(recommend({key: value for key, value in answers.items() if key not in effort}))
    assert isinstance(with_effort, dict)
    assert isinstance(without, dict)
    for key in ("under_invested", "answers"):
        del with_effort[key], without[key]
    assert with_effort == without


@given(JSON_VALUES)
def test_any_json_value_is_a_recommendation_or_a_named_error(answers: object) -> None:
    """Arbitrary JSON as answers never raises anything but a DecisionEngineError."""
    with contextlib.suppress(DecisionEngineError):
        recommend(answers)  # type: ignore[arg-type]


@given(VALID_ANSWERS, st.sampled_from(QUESTION_IDS), JSON_VALUES)
def test_a_bad_answer_in_a_valid_set_is_always_a_named_error(
    answers: dict[str, str], question_id: str, bad: object
) -> None:
    """Replacing one answer with a value its question does not offer always raises a DecisionEngineError."""
    question = next(question for question in QUESTIONS if question.id == question_id)
    if bad in question.option_ids:
        bad = f"{bad}!"
    with pytest.raises(DecisionEngineError, match=re.escape(repr(question_id))):
        recommend({**answers, question_id: bad})  # type: ignore[dict-item]


@given(VALID_ANSWERS, st.text(min_size=1, max_size=30).filter(lambda key: key not in QUESTION_IDS))
def test_an_unknown_question_is_always_a_named_error(answers: dict[str, str], key: str) -> None:
    """An extra key that is not a question id always raises a DecisionEngineError naming it."""
    with pytest.raises(DecisionEngineError, match=re.escape(repr(key)[:30])):
        recommend({**answers, key: "yes"})


@given(st.text(max_size=200) | JSON_VALUES.map(lambda value: json.dumps({"command": "recommend", "payload": value})))
def test_the_bridge_always_answers_with_json(request_json: str) -> None:
    """Any string sent to the bridge comes back as a JSON reply with ok true or false, never an exception."""
    reply = json.loads(handle(request_json))
    assert reply["ok"] in (True, False)
    assert sorted(reply) == (["ok", "result"] if reply["ok"] else ["error", "ok"])
