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
from decision_engine.engine import only_asked
from decision_engine.errors import NotAskedError
from decision_engine.rules import CHANGES_SUMMARY, NO_CHANGE

_ANY_ANSWERS = st.fixed_dictionaries(
    {question.id: st.sampled_from(question.option_ids) for question in QUESTIONS if question.required},
    optional={question.id: st.sampled_from(question.option_ids) for question in QUESTIONS if not question.required},
)
#: Valid answer sets: any answers, less those to a question that is not asked with the others.
VALID_ANSWERS = _ANY_ANSWERS.map(only_asked)

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=20), children, max_size=4),
    max_leaves=12,
)

QUESTION_IDS = [question.id for question in QUESTIONS]


def _assert_valid(rec: Recommendation, answers: Mapping[str, str]) -> None:
    """Everything a recommendation promises, checked against the answers it came from."""
    # the sequence: a permutation that starts with the lead, one reason per place naming its type
    assert sorted(rec.sequence.order) == sorted(ScalingType)
    assert rec.sequence.order[0] is rec.lead
    for kind, reason in zip(rec.sequence.order, rec.sequence.reasons, strict=True):
        assert reason.startswith(kind.title)
    assert tuple(watch.type for watch in rec.watch) == rec.sequence.order[1:]
    # the lead: the named type, unless the blocked deals were said to cost more
    named = {"outages": ScalingType.TECHNICAL, "regressions": ScalingType.PROCESS, "governance": ScalingType.USER}
    if answers.get("costs_more") == "blocked_deals":
        assert rec.lead is ScalingType.USER
        assert rec.sequence.order[1] is named[answers["failure_mode"]]
    elif answers["failure_mode"] in named:
        assert rec.lead is named[answers["failure_mode"]]
    # evidence: exactly the sum of the rationale lines, each naming an answer given; in the sequence's order, lead first
    points = dict.fromkeys(ScalingType, 0)
    for item in rec.rationale:
        points[item.type] += item.points
        assert answers[item.question] == item.option
    assert {e.type: e.points for e in rec.evidence} == points
    assert [e.type for e in rec.evidence] == list(rec.sequence.order)
    assert [e.place for e in rec.evidence] == [1, 2, 3]
    # confidence: one of three words, first match wins
    if answers["failure_mode"] == "not_sure":
        assert rec.confidence.level == "tentative"
    elif rec.flags or ("costs_more" in rec.asked and answers.get("costs_more", "not_sure") == "not_sure"):
        assert rec.confidence.level == "check"
    else:
        assert rec.confidence.level == "firm"
    # flags name another lead; would-change is empty exactly when the summary says so
    assert all(flag.other_lead is not rec.lead for flag in rec.flags)
    assert all(change.lead is not rec.lead for change in rec.would_change.changes)
    assert (rec.would_change.summary == CHANGES_SUMMARY) is bool(rec.would_change.changes)
    assert rec.would_change.changes or rec.would_change.summary.startswith(NO_CHANGE.removesuffix("."))
    # the verdict, from the answers only here: a type whose effort was answered
    if rec.under_invested.type is not None:
        assert rec.under_invested.source == "answers"
        assert f"effort_{rec.under_invested.type.value}" in answers
    assert dict(rec.answers) == dict(answers)
    assert rec.failure_mode.stated is (answers["failure_mode"] != "not_sure")


@given(VALID_ANSWERS)
@settings(max_examples=300)
def test_every_valid_answer_set_gives_a_valid_recommendation(answers: dict[str, str]) -> None:
    """Any valid answers: a recommendation whose sequence, evidence, confidence and flags agree with the rules."""
    _assert_valid(recommend(answers), answers)


@given(_ANY_ANSWERS)
def test_any_answers_are_a_result_or_a_not_asked_error(answers: dict[str, str]) -> None:
    """Answers with the follow-up where it is not asked are refused by name; with it set aside they are fine."""
    if answers == only_asked(answers):
        recommend(answers)
    else:
        with pytest.raises(NotAskedError, match="'costs_more'"):
            recommend(answers)


@given(VALID_ANSWERS)
def test_comfort_never_changes_the_result_but_its_sentence(answers: dict[str, str]) -> None:
    """With or without the comfort answer, everything but the comfort sentence and the echoed answers is equal."""
    with_comfort = to_dict(recommend({**answers, "comfort": "process"}))
    without = to_dict(recommend({key: value for key, value in answers.items() if key != "comfort"}))
    assert isinstance(with_comfort, dict)
    assert isinstance(without, dict)
    for key in ("comfort", "answers"):
        del with_comfort[key], without[key]
    assert with_comfort == without


@given(VALID_ANSWERS)
def test_recommend_is_deterministic(answers: dict[str, str]) -> None:
    """The same answers, in any order, give an equal result and byte-identical JSON."""
    first = recommend(answers)
    second = recommend(dict(reversed(list(answers.items()))))
    assert first == second
    assert dumps(first) == dumps(second)


@given(VALID_ANSWERS)
def test_effort_answers_only_change_the_under_invested_verdict(answers: dict[str, str]) -> None:
    """Removing the effort answers changes nothing but the verdict and the echoed answers."""
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


@given(
    st.text(max_size=200)
    | JSON_VALUES.map(lambda value: json.dumps({"command": "session", "payload": {"state": value}}))
    | JSON_VALUES.map(lambda value: json.dumps({"command": "report", "payload": value}))
)
def test_the_bridge_always_answers_with_json(request_json: str) -> None:
    """Any string sent to the bridge comes back as a JSON reply with ok true or false, never an exception."""
    reply = json.loads(handle(request_json))
    assert reply["ok"] in (True, False)
    assert sorted(reply) == (["ok", "result"] if reply["ok"] else ["error", "ok"])
