"""Typed, frozen data types shared by the questionnaire, the rules and the results.

The field names of the result types are the keys of the engine's JSON (see ``serialize.py``):
renaming a field changes the JSON that the CLI prints and the browser receives.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass


class ScalingType(enum.StrEnum):
    """The three kinds of scaling, in the default sequence (technical, process, user)."""

    TECHNICAL = "technical"
    PROCESS = "process"
    USER = "user"

    @property
    def title(self) -> str:  # type: ignore[override]  # a heading, in place of str.title()
        """The heading used for this type, e.g. "Technical scaling"."""
        return f"{self.value.capitalize()} scaling"


# ---------------------------------------------------------------------------------------------
# The questionnaire
# ---------------------------------------------------------------------------------------------


class QuestionKind(enum.StrEnum):
    """What a question contributes: the deciding answer, context evidence, or last quarter's effort."""

    DECIDING = "deciding"  # required; the most expensive failure mode
    CONTEXT = "context"  # optional; moves evidence
    EFFORT = "effort"  # optional; never moves evidence, only the under-invested note


@dataclass(frozen=True)
class Effect:
    """How one answer moves one type's evidence, and why."""

    type: ScalingType
    points: int
    rationale: str


@dataclass(frozen=True)
class Option:
    """One answer to a question. ``id`` is stable: share links store it."""

    id: str
    label: str
    effects: tuple[Effect, ...] = ()
    unsure: bool = False  # "Not sure": no evidence, lowers confidence
    effort: int = 0  # effort questions only: the points of effort this answer stands for


@dataclass(frozen=True)
class Question:
    """One question of the questionnaire. ``id`` is stable: share links store it."""

    id: str
    prompt: str
    help: str
    kind: QuestionKind
    options: tuple[Option, ...]
    about: ScalingType | None = None  # effort questions: the type whose effort is asked

    @property
    def required(self) -> bool:
        """Only the deciding question must be answered."""
        return self.kind is QuestionKind.DECIDING

    @property
    def option_ids(self) -> tuple[str, ...]:
        """The option ids, in the order the question offers them."""
        return tuple(option.id for option in self.options)

    def option(self, option_id: str) -> Option:
        """The option with this id (the caller has validated it)."""
        return next(option for option in self.options if option.id == option_id)


# ---------------------------------------------------------------------------------------------
# The rules: conditions are data, so they serialise and render into the docs
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Condition:
    """Holds when the answer to ``question`` is one of ``options``."""

    question: str
    options: tuple[str, ...]


@dataclass(frozen=True)
class Note:
    """A sentence added to the rationale when every condition holds and ``lead`` leads outright (no tie)."""

    id: str
    when: tuple[Condition, ...]
    lead: ScalingType
    text: str


@dataclass(frozen=True)
class SequenceRule:
    """Moves ``move`` ahead of ``ahead_of`` in the sequence when every condition holds."""

    id: str
    when: tuple[Condition, ...]
    move: ScalingType
    ahead_of: ScalingType
    text: str


@dataclass(frozen=True)
class ConfidenceRules:
    """How confidence (0 to 100) drops, and the words for its levels."""

    start: int
    deciding_unsure: int  # the deciding question answered "Not sure"
    context_unsure: int  # each other question answered "Not sure"
    unanswered: int  # each context question left unanswered
    tie: int  # the top two types have the same score
    near_tie: int  # the top two are at most ``near_tie_margin`` points apart
    near_tie_margin: int
    floor: int  # confidence never drops below this
    high: int  # at least this is "high"
    medium: int  # at least this is "medium"; below it "low"


# ---------------------------------------------------------------------------------------------
# Guidance per type
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Example:
    """One example practice of a scaling type. ``id`` is stable: complaint cues refer to it."""

    id: str
    name: str
    summary: str


@dataclass(frozen=True)
class Action:
    """A first action, drawn from one of the type's examples."""

    example: str  # an Example id of the same type
    text: str


@dataclass(frozen=True)
class Guidance:
    """What the guide says about one scaling type."""

    type: ScalingType
    focus: str
    examples: tuple[Example, ...]
    trade_off: str
    keep_in_check: str
    ignored: tuple[str, ...]  # the predictable failure modes when this type is ignored
    first_actions: tuple[Action, ...]


# ---------------------------------------------------------------------------------------------
# The recommendation
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Ranked:
    """One type's place in the ranking."""

    type: ScalingType
    score: int


@dataclass(frozen=True)
class FailureMode:
    """The most expensive failure mode: as answered, or inferred from the lead when "Not sure"."""

    id: str  # an option id of the deciding question
    label: str
    stated: bool  # False when the reader answered "Not sure" and the engine inferred it


@dataclass(frozen=True)
class Sequence:
    """The order to invest in, and why."""

    order: tuple[ScalingType, ...]
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class TradeOff:
    """The lead's trade-off and how to keep it in check."""

    type: ScalingType
    trade_off: str
    keep_in_check: str


@dataclass(frozen=True)
class Watch:
    """The failure modes to watch in a type left for later."""

    type: ScalingType
    failure_modes: tuple[str, ...]


@dataclass(frozen=True)
class RationaleItem:
    """One line of the rationale: an answer that moved a type's evidence, or a rule that applied.

    Evidence lines have ``question``, ``option``, ``type`` and non-zero ``points``; rule lines have
    ``rule`` and ``points`` 0 (the other fields null).
    """

    text: str
    points: int = 0
    type: ScalingType | None = None
    question: str | None = None
    option: str | None = None
    rule: str | None = None


@dataclass(frozen=True)
class ConfidenceReason:
    """Why confidence dropped, and by how many points (negative)."""

    points: int
    text: str


@dataclass(frozen=True)
class Confidence:
    """How sure the recommendation is: a number from 0 to 100 and a word (low, medium, high)."""

    score: int
    level: str
    reasons: tuple[ConfidenceReason, ...]


@dataclass(frozen=True)
class UnderInvested:
    """The type with the most evidence relative to last quarter's effort on it."""

    type: ScalingType
    evidence: int  # the type's score
    effort: str  # the effort option id answered for it (none, some, most)
    gap: int  # evidence minus the effort's points; always positive
    text: str


@dataclass(frozen=True)
class Recommendation:
    """The engine's answer: which type leads, the ranking, the sequence and everything that explains it."""

    headline: str
    lead: ScalingType
    ranking: tuple[Ranked, ...]
    failure_mode: FailureMode
    sequence: Sequence
    trade_off: TradeOff
    first_actions: tuple[Action, ...]
    watch: tuple[Watch, ...]
    rationale: tuple[RationaleItem, ...]
    confidence: Confidence
    under_invested: UnderInvested | None
    answers: Mapping[str, str]  # the validated answers, by question id
    rubric_version: str
