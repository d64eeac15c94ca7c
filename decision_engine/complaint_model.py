"""Typed, frozen data types for the complaint vocabulary and its results (no logic).

Every field holds a JSON-friendly value (str, int, float, bool, None, a str-valued enum, a tuple or another
of these dataclasses), so a generic dataclass-to-dict conversion serialises any result.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from decision_engine.model import ScalingType

UNCATEGORIZED = "uncategorized"
"""The category of a complaint in which no cue matched."""
# What the page, the Markdown report and the command line call a complaint no type claimed (a fourth CLI review: the
# command line said "Uncategorized" where the others said "No category").
UNCATEGORIZED_TITLE = "No category"


@dataclass(frozen=True)
class Example:
    """An example of the guidance a cue belongs to, e.g. caching for technical scaling."""

    id: str
    type: ScalingType
    label: str
    generic: bool = False  # True for the catch-all example of a type (e.g. "performance")


@dataclass(frozen=True)
class Cue:
    """A phrase that points at one scaling type.

    ``phrase`` is written as people write it ("audit logs", "on-call"); the categoriser normalises it with
    the same rules as the complaint text (case, punctuation, hyphens, abbreviations, plurals and verb
    endings), so "audit logs" also matches "Audit-Log" and "on-call" matches "oncall".
    ``weight``: 1 a weak hint, 2 a clear pointer, 3 a decisive one.
    ``tags`` name roles that combinations look for (e.g. "change", "failure").
    """

    phrase: str
    type: ScalingType
    weight: int
    example: str
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Abbreviation:
    """Written forms (abbreviations, spellings, synonyms) that normalise to one canonical phrase."""

    canonical: str
    forms: tuple[str, ...]


@dataclass(frozen=True)
class Combination:
    """A rule: when cues with every tag in ``requires`` match, ``type`` gains ``weight``.

    It resolves the process-versus-technical question: a change (deploy, release, merge) that causes a
    failure (outage, errors, regression) is a process problem first and a technical one second.
    """

    id: str
    label: str
    requires: tuple[str, ...]
    type: ScalingType
    weight: int
    example: str
    description: str  # when it applies, in words, for the docs


@dataclass(frozen=True)
class CueMatch:
    """A cue (or a combination) found in a complaint: what matched, and what it counts for."""

    cue: str  # the cue's phrase, or the combination's label
    matched: str  # the words of the complaint that matched, as written ("deploys + outages" for a combination)
    kind: str  # "cue" or "combination"
    type: ScalingType
    weight: int  # the cue's own weight (the data)
    example: str
    example_label: str
    counted: int = 0  # what it added to its type's score in this complaint (0 when discounted)
    correction: str | None = None  # a misspelling read as a cue's word: "latancy \u2192 latency"
    note: str | None = None  # why ``counted`` differs from ``weight``, in words


@dataclass(frozen=True)
class ContextRule:
    """A cue that is ambiguous alone: it counts fully only with a word of ``needs`` near it.

    Without one it counts only to break a tie between types. ``about`` names what the supporting words are
    about ("builds or tests"); ``reason`` says why the cue is ambiguous, for the docs and the explanation.
    ``another_sense``: without its words the cue names something else altogether (a "lesson planner" is no lesson
    learned), so it does not make a combination either. ``not_of``: said right after one of these (its subject, or the
    word before a subject of ``cues.SUBJECT_HEADS``: "revenue stream"), it counts only to break a tie, its words near
    or not ("Mobile app engagement collapsed"). ``object_reach``: its words count only as what it acts on, right
    after it ("add or remove their own staff"; not "add or remove servers, user sessions drop"). ``asked``: a
    question the cue opens supports it when it names one of these (a customer's things, not "Who changed the deploy
    script?").
    """

    cue: str  # a cue's phrase, exactly as in CUES
    needs: tuple[str, ...]  # supporting words (normalised like the complaint)
    about: str
    reason: str
    another_sense: bool = False
    not_of: tuple[str, ...] = ()  # subjects it is said of in another sense, even beside its words ("engagement")
    object_reach: int = 0  # when set, its words stand within this many words after it: what it acts on
    asked: tuple[str, ...] = ()  # what a question it opens names to support it: "Who deleted the customer's invoices?"


def single_quoted(word: str) -> str:
    """A word as the engine's reasons and the command line quote it: 'people'."""
    return f"'{word}'"


@dataclass(frozen=True)
class FallbackReading:
    """What the fallback model read in a complaint in which no cue counted (always low confidence).

    ``type`` is the type its character n-grams are closest to; ``words`` the complaint's words that lean
    most towards it; ``margin`` the lead over the next type, in thousandths of a natural log per n-gram;
    ``ngrams`` how many of the complaint's n-grams the model knows.
    """

    type: ScalingType
    words: tuple[str, ...]
    margin: int
    ngrams: int

    def mostly_in(self, quote: Callable[[str], str]) -> str:
        """Where the guess leans, as the engine, the command line and the Markdown say it (", mostly in 'people'"),
        each word quoted by ``quote``; "" without words. The page says it the same way (complaint-view.js)."""
        return f", mostly in {', '.join(map(quote, self.words))}" if self.words else ""


@dataclass(frozen=True)
class TypeScore:
    """The summed weight of the cues of one type in one complaint."""

    type: ScalingType
    score: int


def by_note(discounted: Sequence[CueMatch]) -> tuple[tuple[str, tuple[CueMatch, ...]], ...]:
    """Cues set aside, grouped by their note in the order first met: a note is said once for all its cues (a reader's
    review: "'on-call', 'gets paged', '3am'" each repeated on the page that it is where the failure hurts the team)."""
    grouped: dict[str, list[CueMatch]] = {}
    for match in discounted:
        grouped.setdefault(match.note or "", []).append(match)
    return tuple((note, tuple(matches)) for note, matches in grouped.items())


@dataclass(frozen=True)
class Categorization:
    """The category of one complaint, how sure it is, and the cues that say why.

    ``type`` is "technical", "process", "user" or "uncategorized" (no cue matched: never a guess).
    ``secondary`` is the second type when the complaint also points at it clearly, else None.
    ``confidence`` is 0..1 (two decimals); ``confidence_word`` is "high", "medium", "low" or "none".
    ``cues`` are the matches that count (a misspelt one with its ``correction``); ``discounted`` the ones
    found but set aside; ``fallback`` the model's reading when no cue counted (the type is then its guess,
    at low confidence).
    """

    text: str
    type: str
    secondary: str | None
    confidence: float
    confidence_word: str
    scores: tuple[TypeScore, ...]
    cues: tuple[CueMatch, ...]
    reason: str
    discounted: tuple[CueMatch, ...] = ()  # cues found but not counted: in a clause that says it is fine, or
    # ambiguous without a supporting word (then only a tie-breaker); each ``note`` says which
    fallback: FallbackReading | None = None  # the fallback model's reading, when no cue counted
    # The types with the same score as ``type``, in the default sequence (``secondary`` is one of them); ``type`` goes
    # first by the tie rule, which the reason says. One field for the page and the command line alike (a diff
    # review: a bool named only ``secondary`` of a three-way tie, and the CLI summed the scores again).
    tied_with: tuple[str, ...] = ()


@dataclass(frozen=True)
class TriagedComplaint:
    """One complaint in a triage: its place (0-based), its weight, its category and the reader's override, and the
    number the reader knows it by (its box on the questionnaire, where an empty box is skipped: else place + 1)."""

    index: int
    text: str
    weight: int
    type: str  # the category used: the override if there is one, else the categoriser's
    overridden: bool
    categorization: Categorization
    number: int


@dataclass(frozen=True)
class TypeTally:
    """How much of the complaints' weight points at one type, against last quarter's effort on it."""

    type: ScalingType
    complaint_weight: int
    complaints: tuple[int, ...]  # 0-based indexes of the complaints of this type
    effort: str | None  # "none", "some", "most", or None when not given
    pressure: float  # complaint weight / (effort rank + 1), two decimals


@dataclass(frozen=True)
class EffortFlag:
    """Most of last quarter's effort went to a type that none of the complaints point at."""

    type: ScalingType
    effort: str
    message: str


@dataclass(frozen=True)
class Triage:
    """The exercise's result: the complaints categorised and weighted, and the type under-invested in."""

    complaints: tuple[TriagedComplaint, ...]
    tallies: tuple[TypeTally, ...]  # one per type, in the default sequence
    under_invested: ScalingType | None
    reason: str
    investment_given: bool
    effort_flags: tuple[EffortFlag, ...]
    # More than one type given "most" of last quarter's effort, which one quarter cannot do: the sentence that asks the
    # reader to check those answers (rules.UNDER_MOST_TWICE), else None. Said, never corrected.
    effort_check: str | None
