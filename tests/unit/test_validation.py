"""Bad answers: one error class per kind of mistake, each message naming the bad value and the valid ones."""

from __future__ import annotations

import pytest

from decision_engine import (
    QUESTIONS,
    DecisionEngineError,
    MissingAnswerError,
    OversizedInputError,
    TriageInputError,
    UnknownOptionError,
    UnknownQuestionError,
    WrongTypeError,
    asked_questions,
    errors,
    recommend,
    validate_answers,
)

QUESTION_IDS = (
    "failure_mode, deals_blocked, costs_more, adoption, freq_outages, freq_regressions, freq_governance, "
    "effort_technical, effort_process, effort_user, comfort"
)
FAILURE_OPTIONS = "outages, regressions, governance, not_sure"

BAD_ANSWERS: list[tuple[str, object, type[DecisionEngineError], str]] = [
    (
        "not an object",
        ["failure_mode", "outages"],
        WrongTypeError,
        "the answers must be an object mapping question ids to option ids, got an array",
    ),
    (
        "null",
        None,
        WrongTypeError,
        "the answers must be an object mapping question ids to option ids, got null",
    ),
    (
        "a string",
        '{"failure_mode": "outages"}',
        WrongTypeError,
        "the answers must be an object mapping question ids to option ids, got a string",
    ),
    (
        "empty",
        {},
        MissingAnswerError,
        "the deciding question 'failure_mode' (What is the most expensive failure mode right now?) has no answer; "
        f"answer one of: {FAILURE_OPTIONS}",
    ),
    (
        "deciding question missing",
        {"deals_blocked": "yes"},
        MissingAnswerError,
        "the deciding question 'failure_mode' (What is the most expensive failure mode right now?) has no answer; "
        f"answer one of: {FAILURE_OPTIONS}",
    ),
    (
        "unknown question",
        {"failure_mode": "outages", "budget": "high"},
        UnknownQuestionError,
        f"unknown question id 'budget'; valid question ids: {QUESTION_IDS}",
    ),
    (
        "unknown option",
        {"failure_mode": "outage"},
        UnknownOptionError,
        f"unknown option 'outage' for question 'failure_mode'; valid options: {FAILURE_OPTIONS}",
    ),
    (
        "label instead of id",
        {"failure_mode": "Outages / latency"},
        UnknownOptionError,
        "unknown option 'Outages / latency' for question 'failure_mode' (did you mean 'outages'? ids are lower case, "
        f"with underscores); valid options: {FAILURE_OPTIONS}",
    ),
    (
        "unknown effort option",
        {"failure_mode": "outages", "effort_user": "not_sure"},
        UnknownOptionError,
        "unknown option 'not_sure' for question 'effort_user'; valid options: none, some, most",
    ),
    (
        "number as option",
        {"failure_mode": 1},
        WrongTypeError,
        "the answer to 'failure_mode' must be an option id (a string), got a number 1; "
        f"valid options: {FAILURE_OPTIONS}",
    ),
    (
        "boolean as option",
        {"failure_mode": "outages", "deals_blocked": True},
        WrongTypeError,
        "the answer to 'deals_blocked' must be an option id (a string), got a boolean true; "
        "valid options: yes, no, not_sure",
    ),
    (
        "null as option",
        {"failure_mode": None},
        WrongTypeError,
        f"the answer to 'failure_mode' must be an option id (a string), got null; valid options: {FAILURE_OPTIONS}",
    ),
    (
        "list as option",
        {"failure_mode": ["outages"] * 20},
        WrongTypeError,
        "the answer to 'failure_mode' must be an option id (a string), got an array "
        '["outages", "outages", "outages", "outages", "outages", "outages...; '
        f"valid options: {FAILURE_OPTIONS}",
    ),
    (
        "object as option",
        {"failure_mode": {"id": "outages"}},
        WrongTypeError,
        'the answer to \'failure_mode\' must be an option id (a string), got an object {"id": "outages"}; '
        f"valid options: {FAILURE_OPTIONS}",
    ),
    (
        "number as question id",
        {1: "outages"},
        WrongTypeError,
        "a question id must be a string, got a number 1",
    ),
    (
        "oversized question id",
        {"q" * 1000: "outages"},
        OversizedInputError,
        f"question id '{'q' * 63}... is longer than 64 characters",
    ),
    (
        "oversized option id",
        {"failure_mode": "o" * 1000},
        OversizedInputError,
        f"the answer to 'failure_mode', '{'o' * 63}..., is longer than 64 characters; valid options: {FAILURE_OPTIONS}",
    ),
    (
        "too many answers",
        {f"q{index}": "x" for index in range(65)},
        OversizedInputError,
        f"65 answers is more than the 64 accepted; the questionnaire has 11 questions: {QUESTION_IDS}",
    ),
]


@pytest.mark.parametrize(
    ("answers", "error", "message"), [row[1:] for row in BAD_ANSWERS], ids=[row[0] for row in BAD_ANSWERS]
)
def test_bad_answers_raise_a_named_error(answers: object, error: type[DecisionEngineError], message: str) -> None:
    """Each bad input raises its own DecisionEngineError subclass with a message naming value and valid ones."""
    with pytest.raises(error) as caught:
        recommend(answers)  # type: ignore[arg-type]
    assert type(caught.value) is error
    assert str(caught.value) == message


def test_the_first_bad_answer_is_reported() -> None:
    """Answers are checked in the order given: the first bad one names the error."""
    with pytest.raises(UnknownOptionError, match=r"^unknown option 'x' for question 'adoption'"):
        validate_answers({"adoption": "x", "nope": "y"})


def test_every_engine_error_is_a_value_error_with_a_docstring() -> None:
    """The error classes share one base (a ValueError) and each says in one line what it means."""
    classes = [value for value in vars(errors).values() if isinstance(value, type) and issubclass(value, Exception)]
    assert errors.UnknownOptionError in classes
    for cls in classes:
        assert issubclass(cls, errors.DecisionEngineError)
        assert issubclass(cls, ValueError)
        assert cls.__doc__ is not None
        assert len(cls.__doc__.splitlines()) == 1


def test_a_value_json_cannot_write_is_still_a_named_error() -> None:
    """A library caller's answer that JSON cannot write (a tuple key, a list that holds itself) is a WrongTypeError
    that shows the value, not a TypeError or ValueError from the message's own JSON (a review)."""
    looped: list[object] = []
    looped.append(looped)
    for value in ({(1, 2): "x"}, looped):
        with pytest.raises(WrongTypeError, match="must be an option id"):
            recommend({"failure_mode": value})  # type: ignore[dict-item]  # the wrong type is the point


@pytest.mark.parametrize("answers", [None, "failure_mode", ["failure_mode"], {"failure_mode": 5}, {"bogus": "x"}])
def test_asked_questions_checks_the_answers_it_is_given(answers: object) -> None:
    """A CLI review: None, a string or a list gave an AttributeError; an unknown id or a number was passed over."""
    with pytest.raises(DecisionEngineError):
        asked_questions(answers)  # type: ignore[arg-type]


def test_asked_questions_of_some_answers_or_none() -> None:
    assert asked_questions({}) == tuple(q.id for q in QUESTIONS if not q.asked_when)
    assert "costs_more" in asked_questions({"failure_mode": "outages", "deals_blocked": "yes"})


@pytest.mark.parametrize("kept", [5, {"bogus": "x"}, {"failure_mode": "nope"}])
def test_kept_answers_are_checked(kept: object) -> None:
    """A CLI review: kept=5 gave an AttributeError, unknown ids were accepted without a word."""
    with pytest.raises(DecisionEngineError):
        recommend({"failure_mode": "outages"}, kept=kept)  # type: ignore[arg-type]


@pytest.mark.parametrize(("overrides", "numbers"), [({3: "bogus"}, None), ({0: "user"}, None), (None, [2])])
def test_overrides_or_numbers_without_complaints_are_refused(
    overrides: dict[int, str] | None, numbers: list[int] | None
) -> None:
    """A CLI review: they were dropped without a word, where the command line refuses them."""
    with pytest.raises(TriageInputError, match="there are none: pass the complaints too"):
        recommend({"failure_mode": "outages"}, [], overrides, numbers=numbers)


@pytest.mark.parametrize(
    ("answers", "error", "meant"),
    [
        ({"failure_mode": "Outages"}, UnknownOptionError, "'outages'"),
        ({"failure_mode": "not sure"}, UnknownOptionError, "'not_sure'"),
        ({"failure_mode": " NOT-SURE "}, UnknownOptionError, "'not_sure'"),
        ({"Failure-Mode": "outages"}, UnknownQuestionError, "'failure_mode'"),
        ({"failure_mode": "outage"}, UnknownOptionError, None),
        ({"budget": "high"}, UnknownQuestionError, None),
    ],
)
def test_an_id_written_in_another_case_or_with_spaces_says_which_was_meant(
    answers: dict[str, str], error: type[DecisionEngineError], meant: str | None
) -> None:
    """A CLI review: an answers file's ids are case-sensitive, and the message named none as the one meant."""
    with pytest.raises(error) as caught:
        validate_answers(answers)
    hint = f"(did you mean {meant}? ids are lower case, with underscores)"
    assert (hint in str(caught.value)) if meant else ("did you mean" not in str(caught.value))
