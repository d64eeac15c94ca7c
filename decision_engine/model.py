"""Typed, frozen data types shared by the questionnaire, the rules and the results.

The field names of the result types are the keys of the engine's JSON (see ``serialize.py``):
renaming a field changes the JSON that the CLI prints and the browser receives.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # complaint_model imports ScalingType from here
    from decision_engine.complaint_model import Triage


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
    """What a question contributes to the recommendation."""

    DECIDING = "deciding"  # required; the most expensive failure mode: it decides the lead
    FOLLOW_UP = "follow_up"  # asked only when its conditions hold; the source's exception
    CONTEXT = "context"  # optional; orders the types after the lead (and moves evidence)
    FREQUENCY = "frequency"  # optional; how often one type's pain hurts: evidence for that type
    EFFORT = "effort"  # optional; never moves evidence, only the under-invested verdict
    COMFORT = "comfort"  # optional; the work the team reaches for first: one sentence, never the lead


@dataclass(frozen=True)
class Condition:
    """Holds when the answer to ``question`` is one of ``options``."""

    question: str
    options: tuple[str, ...]


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
    unsure: bool = False  # "Not sure": no evidence
    effort: int = 0  # effort questions only: the points of effort this answer stands for
    names: ScalingType | None = None  # deciding and comfort questions: the type this answer names
    stands_for: str | None = None  # the question whose answer this one stands for ("The failure I named")

    def label_naming(self, named: str | None) -> str:
        """The label as a reader sees it: one that stands for another answer names it, when there is one ("The
        failure I named (Outages / latency)"); ``engine.option_label`` finds it."""
        return f"{self.label} ({named})" if self.stands_for is not None and named else self.label


@dataclass(frozen=True)
class Question:
    """One question of the questionnaire. ``id`` is stable: share links store it."""

    id: str
    prompt: str
    help: str
    kind: QuestionKind
    options: tuple[Option, ...]
    about: ScalingType | None = None  # frequency and effort questions: the type whose pain or effort is asked
    asked_when: tuple[Condition, ...] = ()  # asked only when every condition holds (empty: always asked)

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
class LeadRule:
    """Puts ``lead`` first when every condition holds: the source's exception, or a "Not sure" rule.

    ``then_named``: the type the deciding answer named comes straight after the lead.
    """

    id: str
    when: tuple[Condition, ...]
    lead: ScalingType
    then_named: bool
    text: str  # the lead's reason; placeholders {lead} and {named} (titles) and {failure} (the named failure)


@dataclass(frozen=True)
class NextRule:
    """Puts ``type`` straight after the lead when every condition holds and it is not the lead."""

    id: str
    when: tuple[Condition, ...]
    type: ScalingType
    text: str


@dataclass(frozen=True)
class Flag:
    """A conflict between answers, never resolved silently: what conflicts, and the lead under the other reading."""

    id: str  # "named_rarely", "other_weekly" or "unsure_weekly"
    text: str
    questions: tuple[str, ...]  # the ids of the questions whose answers conflict
    other_lead: ScalingType  # the lead if the deciding question were answered as the text says


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
    """A first action for a team starting this week: the type page's list and the tool's, one list."""

    text: str
    bold: str  # the words the type page sets in bold: the start of ``text``
    example: str | None = None  # the Example id of the same type the action puts to work, if one


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
class Evidence:
    """One type's evidence (the points its frequency and adoption answers give it) and its place in the sequence.

    ``role`` says in words why the type stands where it does ("leads: you named it", "2nd", "3rd"), so a lead
    with fewer points than another type is not misread.
    """

    type: ScalingType
    points: int
    place: int  # 1 for the lead
    role: str


@dataclass(frozen=True)
class FailureMode:
    """The most expensive failure mode as answered; ``stated`` is False when the reader was not sure."""

    id: str  # an option id of the deciding question
    label: str
    stated: bool


@dataclass(frozen=True)
class Sequence:
    """The order to invest in, and one reason for each position (``reasons[i]`` explains ``order[i]``)."""

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
    """The failure modes to watch in a type left for later, and ``now``: where an answer says its failure already hurts
    (the failure named, a pain weekly), that answer in words, leading into the failure modes; else None."""

    type: ScalingType
    failure_modes: tuple[str, ...]
    now: str | None = None


@dataclass(frozen=True)
class RationaleItem:
    """An answer that moved a type's evidence: which answer, for which type, by how many points, and why."""

    text: str
    points: int
    type: ScalingType
    question: str
    option: str


@dataclass(frozen=True)
class Change:
    """A change to one answer that would change the lead, found by trying it."""

    question: str
    option: str
    lead: ScalingType  # the lead with this answer
    text: str


@dataclass(frozen=True)
class WouldChange:
    """Every change to one answer (the deciding question aside) that would change the lead, and a summary."""

    summary: str
    changes: tuple[Change, ...]


@dataclass(frozen=True)
class Confidence:
    """How firm the answer is: "firm", "check" (a conflict or an open follow-up) or "tentative" ("Not sure"); ``word``
    is the level as the reader reads it ("conditional" for "check", "firm so far" for "firm" while a question that
    weighs in is unanswered or "Not sure")."""

    level: str
    word: str
    text: str  # what the level means for this result
    reasons: tuple[str, ...]
    summary: str  # the reasons in a few words, for the places that show the lead beside the questions


@dataclass(frozen=True)
class UnderInvested:
    """The one under-invested verdict: decided by the complaints when any is categorised, else by the answers.

    ``type`` is None when neither source names a type (``text`` says why). ``from_complaints`` and
    ``from_answers`` are each source's own pick; ``other`` says why the source that did not decide was not
    followed when it would pick another type. ``against_lead`` is the exercise's check when ``type`` is not the
    lead: price both, go with the more expensive one (it never changes the lead).
    """

    type: ScalingType | None
    source: str | None  # "complaints", "answers" or None
    text: str
    from_complaints: ScalingType | None
    from_answers: ScalingType | None
    other: str | None
    against_lead: str | None


@dataclass(frozen=True)
class Recommendation:
    """The engine's answer: the lead, the sequence, and everything that explains them."""

    headline: str
    lead: ScalingType
    failure_mode: FailureMode
    sequence: Sequence
    evidence: tuple[Evidence, ...]  # in the default sequence (technical, process, user)
    flags: tuple[Flag, ...]
    would_change: WouldChange
    confidence: Confidence
    comfort: str | None  # one sentence when the lead differs from the work the team reaches for first
    trade_off: TradeOff
    first_actions: tuple[Action, ...]
    watch: tuple[Watch, ...]
    rationale: tuple[RationaleItem, ...]
    under_invested: UnderInvested
    exercise: Triage | None  # the complaints, categorised and weighed, when the reader wrote any
    asked: tuple[str, ...]  # the ids of the questions asked with these answers, in questionnaire order
    answers: Mapping[str, str]  # the validated answers, by question id, in questionnaire order
    rubric_version: str
