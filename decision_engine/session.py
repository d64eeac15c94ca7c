"""What the questionnaire page shows for the state it holds: one call per change.

A *state* is exactly what the page holds, saves in the browser and puts in a share link (the engine takes one of up
to ``MAX_STATE_CHARS`` as JSON; a share link holds up to ``MAX_SHARE_CHARS``, and saved answers twice that)::

    {"answers": {question_id: option_id}, "complaints": [text, ...], "overrides": {"<box index>": type}}

``complaints`` holds the page's complaint boxes in order (at most ``MAX_COMPLAINTS``, an empty string for an
empty box); ``overrides`` the reader's own category for a box, keyed by the box's 0-based index as a string.

``evaluate(state)`` never drops or cuts anything the reader entered. An answer to a question that is not asked
now (the follow-up, after the reader changed what it depends on) is kept and reported in ``kept_not_asked``;
a box whose text is over the complaint limit is reported as such (not categorised) and its text stays in the
state; a category chosen for an empty box stays too. The result is everything the page shows: which questions
are asked, the recommendation or why there is none, each box's reading by box, the one under-invested verdict,
the effort flags, the flags, and the rows of "Check your answers".
"""

from __future__ import annotations

import enum
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from decision_engine.complaint_model import EffortFlag, Triage, TriagedComplaint
from decision_engine.complaints import MAX_COMPLAINT_CHARS, MAX_COMPLAINTS, OVERRIDE_TYPES, is_blank, triage
from decision_engine.engine import (
    asked_questions,
    check_answer_ids,
    effort_given,
    only_asked,
    option_label,
    recommend,
    under_invested_before_lead,
)
from decision_engine.errors import InvalidStateError, OversizedInputError
from decision_engine.model import Flag, QuestionKind, Recommendation, UnderInvested
from decision_engine.questions import QUESTIONS
from decision_engine.serialize import MAX_JSON_CHARS, json_type

#: The fields of a state, all required.
STATE_FIELDS: tuple[str, ...] = ("answers", "complaints", "overrides")
#: A share link's state as compact JSON text is at most this long: the link must fit a browser's address, and the
#: page reads no longer one (saved answers hold two such states at most).
MAX_SHARE_CHARS = MAX_JSON_CHARS - 10_000
#: A state the engine takes is at most this long as compact JSON. Far more than five complaints of the longest length
#: it categorises: complaints pasted whole, each too long to categorise and said so in its box, leave the
#: recommendation standing (a reader's review: five of 40,000 characters, under the share link's limit before, took
#: the whole result away). A state of 985,000 characters is answered in 17-36 ms under Pyodide (Node, this machine).
MAX_STATE_CHARS = 990_000

DECIDING_ID: str = next(question.id for question in QUESTIONS if question.kind is QuestionKind.DECIDING)

NO_RECOMMENDATION_TEXT = "Answer the deciding question to see a recommendation."
OVER_LIMIT_NOTE = "not categorised: over {limit} characters"

_INDEX = re.compile(r"0|[1-9][0-9]{0,8}")


class BoxStatus(enum.StrEnum):
    """What became of a complaint box: left empty, over the length limit (kept, not categorised), or read."""

    EMPTY = "empty"
    OVER_LIMIT = "over_limit"
    READ = "read"


class NoRecommendationCode(enum.StrEnum):
    """Why there is no recommendation yet."""

    DECIDING_UNANSWERED = "deciding_unanswered"


@dataclass(frozen=True)
class NoRecommendation:
    """Why there is no recommendation: a code, the question to answer, and the sentence the page shows."""

    code: NoRecommendationCode
    question: str
    text: str


@dataclass(frozen=True)
class Box:
    """One complaint box of the page, by its 0-based ``index``.

    ``position`` is the complaint's 0-based place among those the triage read (its weight follows from it),
    ``reading`` the triage's reading of it; both None unless ``status`` is ``read``. ``override`` is the
    reader's category for the box as the state holds it (applied only to a box that is read). ``note`` says
    why a box that has text is not categorised.
    """

    index: int
    status: BoxStatus
    chars: int
    override: str | None
    position: int | None
    reading: TriagedComplaint | None
    note: str | None


@dataclass(frozen=True)
class CheckRow:
    """One row of "Check your answers": the question, the answer chosen (its id and label) or None, and
    whether the question is asked with these answers. An answer kept but not asked is reported here with ``asked``
    false: the page hides its row and its question until they are asked again, and the answer stays in the state."""

    question: str
    prompt: str
    answer: str | None
    label: str | None
    asked: bool


@dataclass(frozen=True)
class Session:
    """Everything the questionnaire page shows for one state.

    ``recommendation`` is None until the deciding question is answered, and ``no_recommendation`` then says why;
    ``under_invested`` is the recommendation's, or without one the complaints' own verdict (None when no complaint is
    categorised either); ``flags`` are the recommendation's (empty without one); ``effort_flags`` the complaints'
    triage's (empty without a categorised complaint or an effort answer).
    """

    asked: tuple[str, ...]
    kept_not_asked: Mapping[str, str]
    recommendation: Recommendation | None
    no_recommendation: NoRecommendation | None
    boxes: tuple[Box, ...]
    under_invested: UnderInvested | None
    effort_flags: tuple[EffortFlag, ...]
    flags: tuple[Flag, ...]
    check: tuple[CheckRow, ...]


@dataclass(frozen=True)
class _State:
    answers: dict[str, str]
    complaints: tuple[str, ...]
    overrides: dict[int, str]


def _check_complaints(complaints: object) -> tuple[str, ...]:
    if isinstance(complaints, str) or not isinstance(complaints, Sequence):
        raise InvalidStateError(
            f"the state's complaints must be a list of the boxes' texts, got {json_type(complaints)}"
        )
    if len(complaints) > MAX_COMPLAINTS:
        raise InvalidStateError(f"the state has {len(complaints)} complaint boxes; the page has {MAX_COMPLAINTS}")
    for index, text in enumerate(complaints):
        if not isinstance(text, str):
            raise InvalidStateError(
                f"complaint box {index + 1} must hold text (a string, empty for an empty box), got {json_type(text)}"
            )
    return tuple(complaints)


def _check_overrides(overrides: object, boxes: int) -> dict[int, str]:
    if not isinstance(overrides, Mapping):
        raise InvalidStateError(
            f"the state's overrides must map a box's 0-based index (\"0\" for the first) to a type, "
            f"got {json_type(overrides)}"
        )
    checked: dict[int, str] = {}
    for key, value in overrides.items():
        if not isinstance(key, str) or not _INDEX.fullmatch(key) or int(key) >= boxes:
            raise InvalidStateError(
                f"override key {key!r} names no complaint box; use a box's 0-based index as a string, "
                f'"0" to "{boxes - 1}"'
                if boxes
                else f"override key {key!r} names no complaint box; the state has none"
            )
        if not isinstance(value, str) or value not in OVERRIDE_TYPES:
            raise InvalidStateError(
                # Numbered from 1, as every other message says a box (a CLI review: "box 1" was the second box here).
                f"override {value!r} for complaint box {int(key) + 1} (key {key!r}) is not a category; valid: "
                f"{', '.join(OVERRIDE_TYPES)}"
            )
        checked[int(key)] = value
    return checked


def _check_state(state: object) -> _State:
    """The state's parts, checked: its shape, its size, and the answers' question and option ids."""
    if not isinstance(state, Mapping):
        raise InvalidStateError(
            f"the state must be an object with the fields {', '.join(STATE_FIELDS)}, got {json_type(state)}"
        )
    unknown = sorted(str(key) for key in state if key not in STATE_FIELDS)
    missing = [name for name in STATE_FIELDS if name not in state]
    if unknown or missing:
        bad = f"has an unknown field {unknown[0]!r}" if unknown else f"lacks the field {missing[0]!r}"
        raise InvalidStateError(f"the state {bad}; a state has the fields {', '.join(STATE_FIELDS)}")
    complaints = _check_complaints(state["complaints"])
    overrides = _check_overrides(state["overrides"], len(complaints))
    answers = check_answer_ids(state["answers"])
    size = len(json.dumps({name: state[name] for name in STATE_FIELDS}, ensure_ascii=False, separators=(",", ":")))
    if size > MAX_STATE_CHARS:
        raise OversizedInputError(
            f"the answers and complaints come to {size:,} characters as JSON, and the limit is {MAX_STATE_CHARS:,}: "
            "shorten the longest complaints"
        )
    return _State(answers, complaints, overrides)


def _status(text: str) -> BoxStatus:
    if is_blank(text):
        return BoxStatus.EMPTY
    return BoxStatus.OVER_LIMIT if len(text) > MAX_COMPLAINT_CHARS else BoxStatus.READ


def _boxes(state: _State, exercise: Triage | None, read: list[int]) -> tuple[Box, ...]:
    boxes = []
    for index, text in enumerate(state.complaints):
        status = _status(text)
        position = read.index(index) if status is BoxStatus.READ else None
        boxes.append(
            Box(
                index=index,
                status=status,
                chars=len(text),
                override=state.overrides.get(index),
                position=position,
                reading=exercise.complaints[position] if exercise is not None and position is not None else None,
                note=OVER_LIMIT_NOTE.format(limit=MAX_COMPLAINT_CHARS) if status is BoxStatus.OVER_LIMIT else None,
            )
        )
    return tuple(boxes)


def _check_rows(answers: Mapping[str, str], asked: tuple[str, ...]) -> tuple[CheckRow, ...]:
    rows = []
    for question in QUESTIONS:
        answer = answers.get(question.id)
        label = option_label(question, answer, answers) if answer is not None else None
        rows.append(CheckRow(question.id, question.prompt, answer, label, question.id in asked))
    return tuple(rows)


@dataclass(frozen=True)
class _Applied:
    """What of a state the engine applies: the answers to the questions asked, and the complaints it can read."""

    answers: dict[str, str]
    kept: dict[str, str]
    texts: list[str]
    read: list[int]  # the box index of each text
    overrides: dict[int, str]  # by position among the texts

    @property
    def numbers(self) -> list[int]:
        """The box number of each text: what the reader calls it (box 2's text is "complaint #2", box 1 empty)."""
        return [index + 1 for index in self.read]

    left_out: list[int]  # the box number of each text over the complaint limit (kept, not categorised)


def _applied(state: _State) -> _Applied:
    applied = only_asked(state.answers)
    kept = {question_id: option for question_id, option in state.answers.items() if question_id not in applied}
    read = [index for index, text in enumerate(state.complaints) if _status(text) is BoxStatus.READ]
    overrides = {position: state.overrides[index] for position, index in enumerate(read) if index in state.overrides}
    left_out = [index + 1 for index, text in enumerate(state.complaints) if _status(text) is BoxStatus.OVER_LIMIT]
    return _Applied(applied, kept, [state.complaints[index] for index in read], read, overrides, left_out)


def evaluate(state: object) -> Session:
    """What the page shows for ``state``; a state of the wrong shape, or with an unknown id, raises."""
    checked = _check_state(state)
    applied = _applied(checked)
    rec: Recommendation | None = None
    missing: NoRecommendation | None = None
    if DECIDING_ID in applied.answers:
        rec = _recommend(applied)
        exercise = rec.exercise
    else:
        missing = NoRecommendation(NoRecommendationCode.DECIDING_UNANSWERED, DECIDING_ID, NO_RECOMMENDATION_TEXT)
        efforts = effort_given(applied.answers)
        exercise = triage(applied.texts, efforts, applied.overrides, numbers=applied.numbers) if applied.texts else None
    asked = asked_questions(applied.answers)
    return Session(
        asked=asked,
        kept_not_asked=MappingProxyType(applied.kept),
        recommendation=rec,
        no_recommendation=missing,
        boxes=_boxes(checked, exercise, applied.read),
        under_invested=_under_invested(rec, exercise, applied),
        effort_flags=exercise.effort_flags if exercise is not None else (),
        flags=rec.flags if rec is not None else (),
        check=_check_rows(checked.answers, asked),
    )


def _under_invested(rec: Recommendation | None, exercise: Triage | None, applied: _Applied) -> UnderInvested | None:
    """The recommendation's verdict; before the deciding question is answered, the complaints' own (a reader's review:
    the exercise alone gave no verdict)."""
    if rec is not None:
        return rec.under_invested
    return under_invested_before_lead(exercise, applied.answers, applied.left_out) if exercise is not None else None


def recommend_state(state: object) -> Recommendation:
    """The strict recommendation for ``state`` (the download's): the answers to the questions asked now and the
    complaints the engine can read; the deciding question must be answered (else ``MissingAnswerError``)."""
    applied = _applied(_check_state(state))
    return _recommend(applied)


def _recommend(applied: _Applied) -> Recommendation:
    """The recommendation for what of a state the engine applies (its answers, complaints and kept answers)."""
    return recommend(
        applied.answers,
        applied.texts,
        applied.overrides,
        numbers=applied.numbers,
        left_out=applied.left_out,
        kept=applied.kept,
    )
