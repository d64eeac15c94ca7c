"""Complaints: categorise what hurts, and find the type under-invested in (pure functions).

``categorize(text)`` finds the cues of ``decision_engine.cues`` in one complaint and says which scaling type
it points at, how sure it is, and why. ``triage(complaints, ...)`` does the guidance's exercise: up to five
complaints, the first weighing most, and the type whose complaints weigh most relative to last quarter's
effort on it (never one that got most of that effort).

How a complaint is read:

1. Words are runs of ASCII letters and digits; case, punctuation and hyphens are ignored ("On-Call" is
   "on call"), an apostrophe inside a word is dropped ("can't" is "cant"), a number glued to a unit is two
   words ("300ms"; "9s" is "9 seconds"), and "IT" in capitals is the IT department (unless the whole
   complaint is in capitals).
   A misspelt word of 5+ letters one edit from exactly one cue word is read as it ("latancy" is "latency";
   ``decision_engine.reading.Speller``), and one of 4 letters with two neighbours swapped ("slwo" is "slow"), unless
   it is a common English word (``cues.REAL_WORDS``: "police" is no "policy", "lots" no "lost").
2. Abbreviations, spellings and synonyms become one canonical form ("k8s" is "kubernetes", "CI/CD" is "ci",
   "SOC 2" is "soc2", "PRs" is "pr"); where two forms start at the same word the longer one wins.
3. Each word is reduced to a simple stem: plurals and the endings "-ing" and "-ed" go, and a final "e"
   ("releases", "released" and "releasing" are all "releas").
4. Cues (normalised by the same steps) are found left to right, the longest cue at each word first.
   Neutral phrases ("deal with") are matched the same way and count for nothing, so the cue words inside
   them do not fire.
5. Each cue is read in its clause (``decision_engine.reading``): in a clause that says something is fine or
   not the problem, or right after a negation if it is a symptom ("no outage"), it is discounted (counts 0);
   an ambiguous cue (``cues.CONTEXT_RULES``) without a supporting word nearby counts only to break a tie; a
   misspelt one counts ``cues.TYPO_PENALTY`` less; one in the clause that carries the complaint ("but ...",
   "the problem is ...") counts STRESS_BONUS more. A cue counts once however often it appears (where it
   counts most). A step of the workflow or the response nobody took ("nobody reviewed it") counts
   ``cues.MISSING_STEP_BONUS`` more. Then the sentence and the complaint are read as a whole: a cue in the label
   the complaint opens with that names where it was written ("Sales note:", "pager:") counts only to break a tie;
   a feature of the user type named in a sentence where a system's slowness or strong failure counts is where it
   hurts, and counts only to break a tie ("SSO login is slow"), and so does a customer it hurts ("slow for our
   largest customers"), unless the sentence asks for something; a change of a feature of the user type is an admin's
   task and counts only to break a tie ("change their settings for them"); a cue that
   measures load near a word for people and no word for a system is the team's load and counts for process ("our
   reviewers can't keep up"); and when a
   cue counts in the clause that carries the complaint, the plain clauses before it that do not complain on their
   own are conceded and discounted ("SSO shipped last quarter, but search takes 9 seconds"). A type's score is the
   sum of what its cues count, plus the weight of each combination whose tags all matched among the cues not
   discounted (a change causing a failure counts for process).
6. The type with the highest score is the category; a tie goes to the type with more tie-breaker weight,
   then to the default sequence (technical, process, user). When no cue counts, the fallback model
   (``decision_engine.complaint_fallback``) reads what is not ruled out and may guess, always at
   FALLBACK_CONFIDENCE ("low"), saying so; otherwise the complaint is "uncategorized". A second type is
   named when its score reaches SECONDARY_RATIO (2/5) of the leading score.
7. Confidence = (leading score / all scores) x (leading score / (leading score + CONFIDENCE_HALF)), two
   decimals: one decisive cue alone gives 0.5 ("medium"); "high" needs 0.6, i.e. several agreeing cues.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, NamedTuple

from decision_engine import cues as _cues
from decision_engine import questions
from decision_engine.complaint_fallback import FALLBACK_CONFIDENCE, read_unknown
from decision_engine.complaint_model import (
    UNCATEGORIZED,
    Categorization,
    ContextRule,
    Cue,
    CueMatch,
    EffortFlag,
    Example,
    FallbackReading,
    Triage,
    TriagedComplaint,
    TypeScore,
    TypeTally,
    by_note,
    single_quoted,
)
from decision_engine.errors import ComplaintError, ComplaintTooLongError, EmptyComplaintError, TriageInputError
from decision_engine.model import ScalingType
from decision_engine.reading import APOSTROPHES as _APOSTROPHES
from decision_engine.reading import (
    FINE,
    PLAIN,
    STRESSED,
    SUPPOSITIONS,
    Clause,
    Speller,
    Words,
    absent_step,
    bare_denial,
    carried_by_its_words,
    clause_at,
    clauses,
    concedes,
    fold_accents,
    lesser_after_than,
    loss_of_another_kind,
    mild_wish,
    mistaken_before,
    negated_symptom,
    paling_before,
    plain_words,
    ranking_ending,
    ranks_first,
    says_long_ago,
    sentence_at,
    sentences,
    sums_up,
)
from decision_engine.reading import WORD as _WORD
from decision_engine.rules import UNDER_MOST_TWICE, UNDER_NEVER_EFFORT, UNDER_REPEATED

MAX_COMPLAINT_CHARS = 500
"""The longest complaint accepted, in characters (a complaint is a sentence or two, not an essay)."""

MAX_COMPLAINTS = 5
"""The most complaints one triage takes."""

BLANK_CATEGORIES: tuple[str, ...] = ("Zs", "Zl", "Zp", "Cc", "Cf")
"""The Unicode general categories of text a reader sees as nothing: spaces, line and paragraph separators, control
characters and format characters (a byte-order mark, a zero-width space, a direction mark). A complaint made only of
them is blank. The page reads the same list from the contract: Python's ``str.strip`` and JavaScript's ``trim`` each
leave some of these (a byte-order mark; U+0085), so neither is the test."""

BLANK_ADDED: tuple[tuple[int, int], ...] = ((0x13439, 0x1343F),)
"""Code points (first, last) of those categories in a newer Unicode than Python 3.11's (14.0), blank to every runtime
all the same: the Egyptian hieroglyph format controls, format characters since Unicode 15.0, which Pyodide's Python
3.14 (16.0) and the browser know (an attack review: a box holding U+13439 was empty on the page and complaint #1, with
its weight, on the command line). The tests compare every code point with the page's JavaScript and these with
Pyodide's engine."""

_BLANK_ADDED = frozenset(chr(code) for first, last in BLANK_ADDED for code in range(first, last + 1))

COMPLAINT_WEIGHTS: tuple[int, ...] = (5, 4, 3, 2, 1)
"""The weight of each complaint by its place: the first (the one that hurts most) weighs 5, the fifth 1."""

EFFORT_LEVELS: dict[str, int] = {"none": 0, "some": 1, "most": 2}
"""Last quarter's effort on a type, as in the questionnaire's effort answers, and its rank."""

MISSING_EFFORT = "some"
"""When effort is given for some types but not this one, it counts as "some" (neither end)."""

SECONDARY_RATIO = (2, 5)
"""A second type is named when its score is at least this share (numerator, denominator) of the leading
type's score. Integers, compared by cross-multiplying: exact, and importing ``fractions`` cost about 40 ms
of the engine's start in the browser."""

CONFIDENCE_HALF = 3
"""The score at which the strength part of the confidence is one half (one decisive cue)."""

CONFIDENCE_WORDS: tuple[tuple[float, str], ...] = ((0.6, "high"), (0.35, "medium"), (0.0, "low"))
"""The word for a confidence: the first whose threshold the number reaches (0 itself is "none")."""

UNSURE_CONFIDENCE = round(CONFIDENCE_WORDS[1][0] - 0.05, 2)
"""The most an unsure reading says (``_concede``): under medium's threshold, low, so the page asks the reader to
confirm it."""

CONFIRM_CONFIDENCE_WORDS: tuple[str, ...] = (CONFIDENCE_WORDS[-1][1],)
"""Readings this unsure are put to the reader to confirm or correct (the page asks; the engine never guesses)."""

_TYPE_ORDER: tuple[ScalingType, ...] = tuple(ScalingType)
_TYPE_VALUES: tuple[str, ...] = tuple(t.value for t in _TYPE_ORDER)
OVERRIDE_TYPES: tuple[str, ...] = (*_TYPE_VALUES, UNCATEGORIZED)
"""What a reader may set a complaint's type to in triage: a type, or "uncategorized" to leave it out."""


# A normalised word: its stem, and where the words it came from start and end in the text.
_Token = tuple[str, int, int]
# Where a cue said in other words ends, from the words at an index: its last word's index, else None.
_Reach = Callable[[list[_Token], int, str], int | None]


# ---------------------------------------------------------------------------------------------
# Normalisation
# ---------------------------------------------------------------------------------------------


_NUMBER_WITH_UNIT = re.compile(r"([0-9]+)([a-z]+)")


def _plain_words(text: str) -> list[_Token]:
    """The words of ``text``, lower case, apostrophes dropped, with their places in the text.

    A number glued to a unit ("300ms", "4TB") is two words, the number and the unit; a short duration ("9s",
    "40s": at most ``cues.SECONDS_DIGITS`` digits) is the number and "seconds" ("500s" stays a status code, "sev-1s"
    incidents of a severity).
    """
    out: list[_Token] = []
    for m in _WORD.finditer(fold_accents(text)):
        word = m.group().translate(_APOSTROPHES).lower()
        glued = _NUMBER_WITH_UNIT.fullmatch(word)
        if glued and glued.group(2) in _cues.UNITS:
            out += [(glued.group(1), m.start(), m.end()), (glued.group(2), m.start(), m.end())]
        elif glued and glued.group(2) == "s" and len(glued.group(1)) <= _cues.SECONDS_DIGITS and not _labelled(text, m):
            out += [(glued.group(1), m.start(), m.end()), ("seconds", m.start(), m.end())]
        else:
            out.append((word, m.start(), m.end()))
    return out


def _labelled(text: str, m: re.Match[str]) -> bool:
    """Whether the word at ``m`` ends a label joined by a hyphen to a word ("sev-1s", "p-2s"), not a duration (a
    reader's review: "we had 4 sev-1s" counted one second)."""
    return m.start() >= 2 and text[m.start() - 1] == "-" and text[m.start() - 2].isalpha()


_CASE_SENSITIVE: dict[str, tuple[str, ...]] = {
    form: tuple(word for word, _, _ in _plain_words(entry.canonical))
    for entry in _cues.CASE_SENSITIVE_ABBREVIATIONS
    for form in entry.forms
}


def _words(text: str) -> list[_Token]:
    """Like ``_plain_words``, but a case-sensitive form ("IT") becomes its canonical words, unless the whole
    text is in capitals (where "IT" may be the pronoun)."""
    if text.isupper():
        return _plain_words(text)
    out: list[_Token] = []
    for word, start, end in _plain_words(text):
        canonical = _CASE_SENSITIVE.get(text[start:end])
        out.extend([(c, start, end) for c in canonical] if canonical else [(word, start, end)])
    return out


def _build_abbreviations() -> dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]]:
    """Forms by first word, longest first; a canonical form is also a form (so "PRs" becomes "pr")."""
    index: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for entry in _cues.ABBREVIATIONS:
        canonical = tuple(word for word, _, _ in _plain_words(entry.canonical))
        for form in (entry.canonical, *entry.forms):
            form_words = tuple(word for word, _, _ in _plain_words(form))
            index.setdefault(form_words[0], []).append((form_words, canonical))
    for candidates in index.values():
        candidates.sort(key=lambda item: -len(item[0]))
    return index


_ABBREVIATIONS = _build_abbreviations()


def _form_matches(form: tuple[str, ...], words: list[_Token], start: int) -> bool:
    """Whether the words at ``start`` spell ``form``; its last word may carry a plural "s"."""
    end = start + len(form)
    if end > len(words):
        return False
    if any(words[start + k][0] != form[k] for k in range(len(form) - 1)):
        return False
    return words[end - 1][0] in (form[-1], form[-1] + "s")


def _expand(words: list[_Token]) -> list[_Token]:
    """Replace abbreviations, spellings and synonyms by their canonical words, longest form first."""
    out: list[_Token] = []
    i = 0
    while i < len(words):
        word = words[i][0]
        candidates = _ABBREVIATIONS.get(word, []) + (_ABBREVIATIONS.get(word[:-1], []) if word.endswith("s") else [])
        if len(candidates) > 1:
            candidates.sort(key=lambda item: -len(item[0]))
        match = next((c for c in candidates if _form_matches(c[0], words, i)), None) if candidates else None
        if match is None:
            out.append(words[i])
            i += 1
            continue
        form, canonical = match
        start, end = words[i][1], words[i + len(form) - 1][2]
        out.extend((c, start, end) for c in canonical)
        i += len(form)
    return out


def _undouble(word: str) -> str:
    """ "stopp" -> "stop", "shipp" -> "ship"; "call", "pass" and "buzz" keep their double letter."""
    if len(word) >= 4 and word[-1] == word[-2] and word[-1] not in "lsz":
        return word[:-1]
    return word


def _stem(word: str) -> str:
    """A simple stem: plurals, "-ing", "-ed" and a final "e" removed. Words with digits stay as they are."""
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("sses"):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if word.endswith("ied") and len(word) > 4:
        return word[:-3] + "y"
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = _undouble(word[: -len(suffix)])
            break
    if word.endswith("e") and len(word) >= 4:
        word = word[:-1]
    return word


def _normalise(text: str) -> list[_Token]:
    """The stems of ``text`` after abbreviations are expanded, each with its place in the text."""
    return [(_stem(word), start, end) for word, start, end in _expand(_words(text))]


def normalise(text: str) -> tuple[str, ...]:
    """The normalised words of ``text`` (how cues and complaints are compared), e.g. for "SSO logins"
    ``("sso", "login")``."""
    return tuple(word for word, _, _ in _normalise(text))


# ---------------------------------------------------------------------------------------------
# The cue index, built once from the data
# ---------------------------------------------------------------------------------------------

_EXAMPLES: dict[str, Example] = {example.id: example for example in _cues.EXAMPLES}


#: An entry of the cue index: its normalised words, the cue (None for a neutral phrase), and the words as written
#: where it matches only so (cues.NEUTRAL_AS_WRITTEN), else None.
_IndexEntry = tuple[tuple[str, ...], Cue | None, tuple[str, ...] | None]


@functools.cache
def _cue_index() -> dict[str, list[_IndexEntry]]:
    """Cues (and neutral phrases, as None) by their first normalised word, longest first.

    Built on first use, not at import: importing the engine in the browser stays fast for readers who
    never write a complaint."""
    index: dict[str, list[_IndexEntry]] = {}
    entries: list[_IndexEntry] = [(normalise(cue.phrase), cue, None) for cue in _cues.CUES]
    entries += [(normalise(phrase), None, None) for phrase in _cues.NEUTRAL_PHRASES]
    entries += [(normalise(p), None, tuple(_WORD.findall(p.lower()))) for p in _cues.NEUTRAL_AS_WRITTEN]
    for entry in entries:
        index.setdefault(entry[0][0], []).append(entry)
    for candidates in index.values():  # longest first; of the same words, one matched only as written first
        candidates.sort(key=lambda item: (-len(item[0]), item[2] is None))
    return index


@dataclasses.dataclass(frozen=True)
class _Found:
    """A cue found in the complaint: which, and where (its words, and its characters in the text)."""

    cue: Cue
    first: int
    length: int
    start: int
    end: int


def _walk_strings(value: object) -> Iterator[str]:
    """Every string inside ``value`` (dataclasses, tuples, lists, mappings), depth first."""
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _walk_strings(getattr(value, field.name))
    elif isinstance(value, Mapping):
        for item in value.values():
            yield from _walk_strings(item)
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from _walk_strings(item)


@functools.cache
def _speller() -> Speller:
    """The misspelling reader: cue words (of cues and abbreviations) as targets; every word of the engine's
    own text (cues, guidance, questions, rules, and the words that steer reading: "complaint", "fine",
    "problem") as known words, never read as another word."""
    from decision_engine import rules  # noqa: PLC0415
    from decision_engine.guidance import GUIDANCE  # noqa: PLC0415 (only needed once a complaint is read)
    from decision_engine.questions import QUESTIONS  # noqa: PLC0415

    vocabulary = [cue.phrase for cue in _cues.CUES]
    vocabulary += [form for entry in _cues.ABBREVIATIONS for form in (entry.canonical, *entry.forms)]
    text = [*vocabulary, *_walk_strings(GUIDANCE), *_walk_strings(QUESTIONS)]
    text += [*_walk_strings(rules.LEAD_RULES), *_walk_strings(rules.NEXT_RULES), *_walk_strings(rules.FLAG_TEXTS)]
    text += [
        *_cues.NEUTRAL_PHRASES,
        *_cues.NEUTRAL_AS_WRITTEN,
        *_walk_strings(_cues.EXAMPLES),
        *_walk_strings(_cues.CONTEXT_RULES),
    ]
    text += [word for words in _cues.READING_WORDS for word in words]  # "complaint" is never "compliant"
    text += _cues.REAL_WORDS  # "senior" is never "sensor"
    # One pass of the word pattern over all the text at once (a speller is built on the first complaint).
    targets = _WORD.findall(" ".join(vocabulary).translate(_APOSTROPHES).lower())
    known = set(_WORD.findall(" ".join(text).translate(_APOSTROPHES).lower()))
    return Speller(targets, known, _stem)


# Where a misspelt word starts in the text: (the word as written, the cue word it is read as).
_Corrections = dict[int, tuple[str, str]]


def _may_be_a_slip(written: str, word: str) -> bool:
    """Whether ``word``, written as ``written``, may be read as a misspelt cue word: any of five letters or more; a
    shorter one only written in lower case, as no name or acronym is ("Seta", "DoDs", "CIOs": an attack review; a
    sentence's first word capitalised read "Leka" as "leak" and "Roel" as "role": a diff review)."""
    return len(word) >= _cues.TYPO_MIN_LETTERS or written.islower()


def _read_words(text: str) -> tuple[list[_Token], _Corrections]:
    """The complaint's normalised words, misspellings read as cue words, and the corrections made."""
    corrected: list[_Token] = []
    corrections: _Corrections = {}
    for written, start, end in _words(text):
        word = _speller().unheld(written)
        read_as = _speller().correct(word) if _may_be_a_slip(text[start:end], word) else None
        if read_as is not None:
            corrections[start] = (text[start:end], read_as)
        corrected.append((read_as or word, start, end))
    return [(_stem(word), start, end) for word, start, end in _expand(corrected)], corrections


_AUDIT_QUESTION = next(cue for cue in _cues.CUES if cue.phrase == _cues.AUDIT_QUESTION_CUE)
_OPEN_TO_ALL = next(cue for cue in _cues.CUES if cue.phrase == _cues.OPEN_TO_ALL_CUE)
_ONES_HEAD = next(cue for cue in _cues.CUES if cue.phrase == _cues.ONES_HEAD_CUE)
_FROZE = next(cue for cue in _cues.CUES if cue.phrase == _cues.FROZE_CUE)
_OTHERS_DATA = next(cue for cue in _cues.CUES if cue.phrase == _cues.OTHERS_DATA_CUE)
_LEFT_US = next(cue for cue in _cues.CUES if cue.phrase == _cues.LEFT_US_CUE)
_FILLS_UP = next(cue for cue in _cues.CUES if cue.phrase == _cues.FILLS_UP_CUE)
_SHOWS_UP_LATE = next(cue for cue in _cues.CUES if cue.phrase == _cues.SHOWS_UP_LATE_CUE)
_FROM_MEMORY = next(cue for cue in _cues.CUES if cue.phrase == _cues.FROM_MEMORY_CUE)
_UNREVIEWED = next(cue for cue in _cues.CUES if cue.phrase == _cues.UNREVIEWED_CUE)
_KNOWN_BY_FEW = next(cue for cue in _cues.CUES if cue.phrase == _cues.KNOWN_BY_FEW_CUE)
_IN_A_LANGUAGE = next(cue for cue in _cues.CUES if cue.phrase == _cues.IN_A_LANGUAGE_CUE)
_BLIND_USERS = next(cue for cue in _cues.CUES if cue.phrase == _cues.BLIND_USERS_CUE)


_DATA_PLACE = next(cue for cue in _cues.CUES if cue.phrase == _cues.DATA_PLACE_CUE)
_DATA_ASKED_WHERE = next(cue for cue in _cues.CUES if cue.phrase == _cues.DATA_WHERE_CUE)


def _stems(words: tuple[str, ...]) -> frozenset[str]:
    """Words as a token holds them, stemmed: "everyone" is "everyon", "whose" is "whos"."""
    return frozenset(_stem(word) for word in words)


_OPEN_WHO = _stems(_cues.OPEN_TO_ALL_WHO)
_OPEN_WHAT = _stems(_cues.OPEN_TO_ALL_WHAT)
_OPEN_VERBS = _stems(_cues.OPEN_TO_ALL_VERBS)
_OPEN_ANY = _stems(_cues.OPEN_TO_ALL_ANY)
_OPEN_RELATIVES = _stems(_cues.OPEN_TO_ALL_RELATIVES)
_OPEN_REACHED = _stems(_cues.OPEN_TO_ALL_REACHED)
_OPEN_HOLDERS = _stems(_cues.OPEN_TO_ALL_HOLDERS)
_OPEN_PUBLIC = _stems(_cues.OPEN_TO_ALL_PUBLIC)
_OPEN_TRAILING = _stems(_cues.OPEN_TO_ALL_TRAILING)
_OPEN_AMOUNTS = _stems(_cues.OPEN_TO_ALL_AMOUNTS)
_OPEN_OWN = _stems(_cues.OPEN_TO_ALL_OWN)
_OPEN_THEIR = _stems(_cues.OPEN_TO_ALL_THEIR)
_OPEN_THEY = _stems(_cues.OPEN_TO_ALL_THEY)
_OPEN_MEMBER = _stems(_cues.OPEN_TO_ALL_MEMBER)
_OPEN_A_MEMBER = _stems(("a", "member"))
_OPEN_DENIALS = _stems(_cues.OPEN_TO_ALL_DENIALS)
_OPEN_PEOPLE = _stems(_cues.OPEN_TO_ALL_PEOPLE)
_OPEN_PLACED_BY = _stems(_cues.OPEN_TO_ALL_PLACED_BY)
_OPEN_PLACE_DETERMINERS = _stems(_cues.OPEN_TO_ALL_PLACE_DETERMINERS)
_OPEN_PLACES = _stems(_cues.OPEN_TO_ALL_PLACES)
_OPEN_HOLDING = _stems(_cues.OPEN_TO_ALL_HOLDING_VERBS)
_OPEN_TEAM_THINGS = _stems(_cues.OPEN_TO_ALL_TEAM_THINGS)
_HEAD_OWNERS = _stems(_cues.ONES_HEAD_OWNERS)
_HEAD_NOT = _stems(_cues.ONES_HEAD_NOT)
_HEAD_SINGLE = _stems(_cues.ONES_HEAD_SINGLE)
_HEAD_OUTSIDERS = _stems(_cues.ONES_HEAD_OUTSIDERS)
_HEADS_OF = frozenset(tuple(_stem(word) for word in said) for said in (_cues.ONES_HEAD_OF, _cues.ONES_MEMORY_OF))
_HEAD_PEOPLE = _stems(_cues.ONES_HEAD_PEOPLE)
_HEAD_OF_OUTSIDERS = _stems(
    (*_cues.ONES_HEAD_OUTSIDERS, *_cues.CUSTOMER_WORDS, *_cues.ONBOARDED_CUSTOMERS, *_cues.OTHERS_CUSTOMERS)
)
_HEAD_NOT_AFTER = _stems(_cues.ONES_HEAD_NOT_AFTER)
_FROZEN_PLANS = _stems(_cues.FROZEN_PLANS)
_AUDIT_OBJECTS = _stems(_cues.AUDIT_QUESTION_OBJECTS)
_AUDIT_WHO_LEADS = _stems(_cues.AUDIT_WHO_LEADS)


def _written(tokens: list[_Token], k: int, text: str) -> str:
    """The word at ``k`` as written, lower case."""
    return text[tokens[k][1] : tokens[k][2]].lower()


def _clause_ends_after(tokens: list[_Token], k: int, text: str, marks: str = ",.;:!?") -> bool:
    """Whether one of ``marks`` stands between the word at ``k`` and the next (its clause ends there)."""
    between = text[tokens[k][2] : tokens[k + 1][1]]
    return any(mark in between for mark in marks)


def _possessive_as_written(written: str) -> bool:
    """Whether a word as written ends in "'s" (a straight or curly apostrophe, any case): "Dave's", "CLIENT'S"."""
    return written[-2:-1] in ("'", "\u2019") and written[-1:] in ("s", "S")


def _data_place(tokens: list[_Token], i: int, text: str) -> int | None:
    """Where the words from ``i`` say where data is kept ("data stored in the EU", "data physically sit"): the place
    word's index, else None."""

    def said(first: int, last: int) -> list[str]:
        return [text[start:end].lower() for _, start, end in tokens[max(0, first) : last]]

    noun = _written(tokens, i, text)
    if noun not in _cues.DATA_NOUNS and noun not in _cues.DATA_OWNED_NOUNS:
        return None  # most words: nothing more to read
    after = said(i, i + 1 + _cues.DATA_PLACE_REACH)
    first = max(0, i - _cues.DATA_VERB_REACH)
    before = said(first, i)
    # A verb before the noun whose object it is: in its sentence, not before an "-ing" ("we keep hitting ...").
    verb_before = any(
        word in _cues.DATA_VERBS_BEFORE
        and not (k + 1 < len(before) and before[k + 1].endswith("ing"))
        and not any(mark in text[tokens[first + k][2] : tokens[i][1]] for mark in ".!?;")
        for k, word in enumerate(before)
    )
    # The owner right before the noun, or one word before it ("their camera footage").
    if noun not in _cues.DATA_NOUNS and _cues.DATA_OWNERS.isdisjoint(before[-2:]):
        return None
    for j, word in enumerate(after[1:], 1):
        # "in the EU", "never leaves the Nordic region": the lead before "the" and at most one word.
        the = next((k for k in (j - 1, j - 2) if k >= 1 and after[k] == "the"), None)
        lead = after[the - 1] if the is not None else after[j - 1]
        named = said(i + j + 1, i + j + 2)  # the word after the place, past the window too, in its clause
        joined = bool(named) and not _clause_ends_after(tokens, i + j, text)
        labelled = joined and named[0] in _cues.DATA_PLACE_LABELS  # "the Finland datacenter"
        placed = word in _cues.DATA_PLACES and lead in _cues.DATA_PLACE_LEADS and not labelled
        physically = word == _cues.DATA_PLACE_ALONE and j + 1 < len(after) and after[j + 1] in _cues.DATA_PLACE_VERBS
        if (placed or physically) and (verb_before or any(w in _cues.DATA_PLACE_VERBS for w in after[: j + 2])):
            return i + j
    return None


def _data_where(tokens: list[_Token], i: int, text: str) -> int | None:
    """Where the words from ``i`` ask where data is kept ("asking where their data lives", "no idea where the patient
    records are stored"): "where", the noun (``_asked_where``), then one of ``cues.DATA_PLACE_VERBS`` after at most
    ``cues.DATA_WHERE_GAP`` words of ``cues.DATA_WHERE_BETWEEN``, all in one clause (set 44 read as a development
    set), and no system's place after it: the verb's index, read as the cue ``cues.DATA_WHERE_CUE``."""
    noun = _asked_where(tokens, i, text)
    if noun is None:
        return None
    owned = any(_written(tokens, j, text) in _cues.DATA_WHERE_OWNERS for j in range(i + 1, noun))
    for k in range(noun + 1, min(len(tokens), noun + 2 + _cues.DATA_WHERE_GAP)):
        said = _written(tokens, k, text)
        if said in _cues.DATA_PLACE_VERBS:
            after = range(k + 1, min(k + 1 + _cues.DATA_WHERE_GAP + 1, len(tokens)))
            return None if any(_written(tokens, j, text) in _cues.DATA_WHERE_SYSTEMS for j in after) else k
        ends = k + 1 == len(tokens) or _clause_ends_after(tokens, k, text)
        if ends and said in _cues.DATA_WHERE_IS and owned:
            return k  # "Customers ask where their data is" (a diff review: a crash at the text's end)
        if said not in _cues.DATA_WHERE_BETWEEN or ends:
            return None  # "where the data pipeline config lives" asks of a pipeline
    return None


def _asked_where(tokens: list[_Token], i: int, text: str) -> int | None:
    """The index of the data noun (``cues.DATA_NOUNS``, ``cues.DATA_OWNED_NOUNS``) at most ``cues.DATA_WHERE_GAP``
    words after a "where" at ``i``, in its clause: not "where" after a word it tells of (``cues.DATA_WHERE_NOT_AFTER``:
    "the point where"), nor of the team's own data (``cues.DATA_WHERE_NOT``: "where the test data lives")."""
    if _written(tokens, i, text) != "where" or (i > 0 and _written(tokens, i - 1, text) in _cues.DATA_WHERE_NOT_AFTER):
        return None
    nouns = (*_cues.DATA_NOUNS, *_cues.DATA_OWNED_NOUNS)
    start = i + 1
    while start < len(tokens) and _written(tokens, start, text) in _cues.DATA_WHERE_ADVERBS:
        start += 1  # "where exactly their viewers' data would be stored"
    reach = range(start, min(len(tokens), start + 1 + _cues.DATA_WHERE_GAP))
    noun = next((k for k in reach if _written(tokens, k, text) in nouns), None)
    if noun is None or any(_clause_ends_after(tokens, k, text) for k in range(i, noun)):
        return None
    return None if any(_written(tokens, k, text) in _cues.DATA_WHERE_NOT for k in range(i + 1, noun)) else noun


def _audit_question(tokens: list[_Token], i: int, text: str) -> bool:
    """Whether the words at ``i`` ask who reached which data: "who opened which records", "who printed what"."""
    if i + 2 >= len(tokens) or tokens[i][0] != _cues.AUDIT_QUESTION_OPENER:
        return False
    verb = _written(tokens, i + 1, text)
    if verb in _cues.AUDIT_VERBS_WHAT_ONLY:
        return _who_saw_what(tokens, i, text)
    return verb in _cues.AUDIT_VERBS and tokens[i + 2][0] in _AUDIT_OBJECTS


def _audit_of_record(tokens: list[_Token], i: int, text: str) -> int | None:
    """Where the words from ``i`` ask who reached one record ("who looked at a shipment record", "who opened each
    student record"), or which of some people did ("asked which technicians opened one patient's results"): the index
    of the record's word (``cues.AUDIT_RECORDS``)."""
    # "which technicians", "which night nurses", "which of our nurses": the people named after "which" (set 36 read; an
    # attack review), then the verb.
    which = 0
    if tokens[i][0] == _cues.AUDIT_WHICH:
        named = tokens[i + 1 : i + 2 + _cues.AUDIT_WHICH_WORDS]
        verb = next((k for k, token in enumerate(named) if k and token[0] in _AUDIT_VERB_WORDS), None)
        if verb is None or any(token[0] in _SYSTEM_PARTS for token in named[:verb]):
            return None  # no people named, or a system's: "which services had opened the order records"
        which = verb
    if (tokens[i][0] != _cues.AUDIT_QUESTION_OPENER and not which) or i + 3 + which >= len(tokens):
        return None
    if not any(token[0] in _AUDIT_WHO_LEADS for token in tokens[max(0, i - _cues.AUDIT_WHO_LEAD_REACH) : i]):
        return None  # "Doctors who read a patient record": described, not asked
    i += which
    verb = i + 2 if _written(tokens, i + 1, text) in _cues.AUDIT_PERFECT else i + 1  # "who had looked at"
    at = verb + len(_cues.AUDIT_LOOKED) if _said_from(tokens, verb, text, _cues.AUDIT_LOOKED) else verb + 1
    if at == verb + 1 and _written(tokens, verb, text) not in _cues.AUDIT_VERBS:
        return None
    if at >= len(tokens) or tokens[at][0] not in _cues.AUDIT_RECORD_DETERMINERS:
        return None
    return _record_after(tokens, at, text)


_AUDIT_PERSONS = _stems(_cues.AUDIT_PERSONS)
_AUDIT_VERB_WORDS = _stems((*_cues.AUDIT_VERBS, *_cues.AUDIT_PERFECT, _cues.AUDIT_LOOKED[0]))


def _owner_at(tokens: list[_Token], j: int, text: str) -> bool:
    """Whether the word at ``j`` is said as an owner: "patient's" (a straight or curly apostrophe), or "patients'" (its
    apostrophe after it)."""
    start, end = tokens[j][1], tokens[j][2]
    written = text[start:end]
    return _possessive_as_written(written) or (written[-1:] in ("s", "S") and text[end : end + 1] in ("'", "\u2019"))


def _record_after(tokens: list[_Token], at: int, text: str) -> int | None:
    """The index of the record's word within AUDIT_RECORD_REACH words after the determiner at ``at``: a record, or a
    person's notes, file or chart said as someone's ("a player's injury notes", "her chart"; not "the file": a diff
    review, the team's own); not after AUDIT_RECORD_NOT_AFTER ("the deploy record")."""
    for k in range(at + 1, min(at + 1 + _cues.AUDIT_RECORD_REACH, len(tokens))):
        written = _written(tokens, k, text)
        if written not in _cues.AUDIT_RECORDS and written not in _cues.AUDIT_PERSONAL_RECORDS:
            continue
        said = [_written(tokens, j, text) for j in range(at, k)]
        owners = [j for j in range(at, k) if _owner_at(tokens, j, text)]
        owned = bool(owners) or any(word in _cues.AUDIT_PERSONAL_OWNERS for word in said)
        if written in _cues.AUDIT_PERSONAL_RECORDS and not owned:
            return None
        person = any(tokens[j][0] in _AUDIT_PERSONS for j in owners) or any(w in _AUDIT_PERSONS for w in said)
        if written in _cues.AUDIT_PEOPLES_RECORDS and not person:
            return None  # "the build's results", "the AWS bill's details": no person's record
        return None if said[-1] in _cues.AUDIT_RECORD_NOT_AFTER else k
    return None


def _said_from(tokens: list[_Token], i: int, text: str, words: tuple[str, ...]) -> bool:
    """Whether the words from ``i`` are ``words``, as written."""
    return i + len(words) <= len(tokens) and all(_written(tokens, i + k, text) == word for k, word in enumerate(words))


def _who_saw_what(tokens: list[_Token], i: int, text: str) -> bool:
    """ "who saw what" as a name ("who-saw-what logging") or ending its clause ("we need to know who saw what."), not
    of a thing ("who saw which alerts", "who saw what ticket", "who saw what first": on-call's, reviews)."""
    if _written(tokens, i + 2, text) != "what":
        return False
    hyphenated = text[tokens[i][2] : tokens[i + 1][1]] == "-" == text[tokens[i + 1][2] : tokens[i + 2][1]]
    if hyphenated or i + 3 == len(tokens):
        return True
    return _clause_ends_after(tokens, i + 2, text) or tokens[i + 3][0] in _cues.AUDIT_WHAT_JOINERS


def _others_data(tokens: list[_Token], i: int, text: str) -> int | None:
    """Where the words from ``i`` say one customer reached another's data ("opened another museum's valuations"): a
    verb of ``cues.OTHERS_VERBS``, then "another" and a possessive not of ``cues.OTHERS_NOT``, or an owner said
    without a noun ("edited another's service alerts", "can see the others' manifests"; set 36 read), not said of the
    team's own people ("the devs overwrite each other's branches"): the possessive's index."""
    if i + 1 >= len(tokens) or _written(tokens, i, text) not in _cues.OTHERS_VERBS:
        return None
    reach = min(i + 1 + _cues.OTHERS_UNNAMED_WORDS, len(tokens))
    unnamed = next((k for k in range(i + 1, reach) if _unnamed_owner(tokens, k, text)), None)
    if unnamed is not None:
        pair = " ".join(tokens[k][0] for k in range(i + 1, unnamed + 1))
        return unnamed if pair in _cues.OTHERS_UNNAMED and _a_customer_does(tokens, i, unnamed, text) else None
    # "another" or "the other" before the owner: "could open the other firm's client folders" (set 42 read as a
    # development set).
    other = 1 if _written(tokens, i + 1, text) == "another" else 2 if _the_other_at(tokens, i + 1, text) else 0
    if not other or i + 1 + other >= len(tokens) or not _a_customer_finds(tokens, i, text):
        return None
    return _another_owner(tokens, i + 1 + other, text)


def _the_other_at(tokens: list[_Token], k: int, text: str) -> bool:
    """Whether the words at ``k`` are "the other"."""
    return k + 1 < len(tokens) and _written(tokens, k, text) == "the" and _written(tokens, k + 1, text) == "other"


def _another_owner(tokens: list[_Token], i: int, text: str) -> int | None:
    """``i`` when the word there, after "another", is an owner not of ``cues.OTHERS_NOT``: a possessive, or one
    written without its apostrophe."""
    owner = text[tokens[i][1] : tokens[i][2]]
    if _possessive_as_written(owner):
        return i if owner[:-2].lower() not in _cues.OTHERS_NOT else None
    # "saw another districts records": the apostrophe left out, as "another" names one owner, never owners, when a
    # word follows in its clause (set 40 read as a development set).
    said = owner.lower()
    # Not a word whose own ending is an "s" ("another crisis", "another bonus", "another series": a diff review).
    dropped = said.endswith("s") and not said.endswith(_cues.OTHERS_NOT_OWNER_ENDINGS)
    dropped = dropped and len(said) > _cues.OTHERS_BARE_OWNER_LETTERS
    if not dropped or said[:-1] in _cues.OTHERS_NOT or i + 1 >= len(tokens) or _clause_ends_after(tokens, i, text):
        return None
    return i


_OTHERS_TEAM_THINGS = _stems(_cues.OTHERS_TEAM_THINGS)
_OTHERS_OURS = _stems((*_cues.OTHERS_TEAM_PEOPLE, *_cues.OTHERS_NOT, *_cues.OTHERS_OURS))
_OTHERS_CUSTOMERS = _stems(_cues.OTHERS_CUSTOMERS)
_OTHERS_DENIALS = _stems(_cues.OTHERS_DENIALS)
_SENTENCE_MARKS = frozenset(".!?;")  # between two words, where who does something is no longer read


def _doers_from(tokens: list[_Token], verb: int, text: str) -> int:
    """Where the words that say who does the ``verb`` may begin: its sentence's start, at most ``cues.OTHERS_REACH``
    words before it."""
    first = verb
    while first > max(0, verb - _cues.OTHERS_REACH) and _SENTENCE_MARKS.isdisjoint(
        text[tokens[first - 1][2] : tokens[first][1]]
    ):
        first -= 1
    return first


def _a_customer_finds(tokens: list[_Token], verb: int, text: str) -> bool:
    """Whether a verb of finding (``cues.OTHERS_FOUND_VERBS``) is said of a customer (``cues.OTHERS_CUSTOMERS``):
    "a dance school found another school's names", not "Support found another customer's bug report"."""
    if _written(tokens, verb, text) not in _cues.OTHERS_FOUND_VERBS:
        return True
    return not _OTHERS_CUSTOMERS.isdisjoint(token[0] for token in tokens[_doers_from(tokens, verb, text) : verb])


def _a_customer_does(tokens: list[_Token], verb: int, owner: int, text: str) -> bool:
    """Whether who reaches another's data at ``verb`` (the owner said without a noun at ``owner``) is a customer, not
    the team's own people or things, and is not denied it (``cues.OTHERS_CUSTOMERS``, ``cues.OTHERS_REACH``)."""
    first = _doers_from(tokens, verb, text)
    who = {token[0] for token in tokens[first:verb]}
    if not _OTHERS_DENIALS.isdisjoint(
        token[0] for token in tokens[max(first, verb - _cues.OTHERS_DENIAL_REACH) : verb]
    ):
        return False
    if not _OTHERS_CUSTOMERS.isdisjoint(who):
        return True
    thing = tokens[owner + 1][0] if owner + 1 < len(tokens) else ""
    return _OTHERS_OURS.isdisjoint(who) and thing not in _OTHERS_TEAM_THINGS


def _unnamed_owner(tokens: list[_Token], k: int, text: str) -> bool:
    """Whether the word at ``k`` is an owner said without a noun: "another's", "other's", "others'" (``_owner_at``)."""
    return tokens[k][0] in _UNNAMED_OWNERS and _owner_at(tokens, k, text)


_UNNAMED_OWNERS = frozenset(("another", "other"))


def _left_us(tokens: list[_Token], i: int, text: str) -> bool:
    """Whether the words at ``i`` say one of the team's people left ("our best engineer quit in June", "since our
    senior developer left,"): see ``cues.LEFT_US_CUE``."""
    who = _written(tokens, i, text).rstrip("s")
    if i + 1 >= len(tokens) or who not in (*_cues.LEFT_WHO, *_cues.LEFT_GROUPS):
        return False
    if who == "lead" and (i == 0 or _written(tokens, i - 1, text) not in _cues.LEFT_LEADS):
        return False  # a sales lead
    verbs = _cues.LEFT_GROUP_VERBS if who in _cues.LEFT_GROUPS else _cues.LEFT_VERBS
    if _written(tokens, i + 1, text) not in verbs:
        return False
    before = [_written(tokens, k, text).replace("\u2019", "'") for k in range(max(0, i - _cues.LEFT_REACH), i)]
    # The word that opens the leaver's noun phrase decides, the nearest before it: "our", "the team's" (ours); "their",
    # "a", "a client's" (someone else's: "one of their engineers left", a review); none (ours: "two devs quit").
    owner = next(
        (w for w in reversed(before) if w in _cues.LEFT_OURS or w in _cues.LEFT_CUSTOMERS or _possessive(w)), ""
    )
    if owner in _cues.LEFT_CUSTOMERS or (_possessive(owner) and owner not in _cues.LEFT_OURS):
        return False
    if i + 2 == len(tokens) or _clause_ends_after(tokens, i + 1, text):
        return True  # the clause ends
    after = [_written(tokens, k, text) for k in range(i + 2, min(i + 4, len(tokens)))]
    in_time = after[0] == "in" and after[1:2] != [] and after[1] in _cues.LEFT_IN_TIMES  # "quit in June"
    return after[0] in _cues.LEFT_AFTER or in_time or after[:2] in (["the", "company"], ["the", "team"])


def _only_at(tokens: list[_Token], i: int, text: str) -> int | None:
    """The index of the last word of "only" said from ``i``: "only" (not "not only"), or one of
    ``cues.BUT_AS_EXCEPT_AFTER`` and "but" ("Nobody but Sam understands it", read from "Nobody" on); None if not."""
    if _written(tokens, i, text) == "only":
        return None if i > 0 and _written(tokens, i - 1, text) == "not" else i
    # "No one" is one token, as it reads as "nobody".
    opens = i + 1 < len(tokens) and _written(tokens, i + 1, text) == "but"
    return i + 1 if opens and " ".join(_written(tokens, i, text).split()) in _cues.BUT_AS_EXCEPT_AFTER else None


def _known_by_few(tokens: list[_Token], i: int, text: str) -> int | None:
    """Where the words from ``i`` say few people know something ("only one engineer understands the pipeline"): the
    knowing verb's index; see ``cues.KNOWN_BY_FEW_CUE``."""
    only = _only_at(tokens, i, text)
    if only is None:
        return None
    person = False
    for k in range(only + 1, min(only + 2 + _cues.KNOWN_BY_FEW_REACH, len(tokens))):
        if _clause_ends_after(tokens, k - 1, text):
            return None
        said = _written(tokens, k, text)
        able = k + 1 < len(tokens) and said in ("can", "could") and _written(tokens, k + 1, text) in _KNOWN_BY_FEW_ABLE
        if able:
            return k + 1 if person else None
        # Or "who" / "that" and the verb: "the only engineer who knows the billing service", "the only one that
        # understands our SAML set-up".
        relative = (
            said in _KNOWN_BY_FEW_RELATIVES
            and k + 1 < len(tokens)
            and _written(tokens, k + 1, text) in _KNOWING_AS_WRITTEN
        )
        if relative or said in _KNOWING_AS_WRITTEN:
            person = person or (relative and _written(tokens, k - 1, text) == "one")
            return k + relative if person else None  # someone named between: not "only knows", nor "only the one knows"
        role = said.removesuffix("s")
        named = _named_person(tokens, k, text)
        if not (named or said in _KNOWN_BY_FEW_WHO or role in _KNOWN_BY_FEW_PEOPLE or said.isdigit()):
            return None  # "only 2 people": a number as digits too
        person = person or named or role in _KNOWN_BY_FEW_PEOPLE
    return None


def _away(tokens: list[_Token], i: int, text: str) -> int | None:
    """Where the words from ``i`` say work waits for one person's absence ("When Tom is on holiday, nothing in the
    payments area moves", "if our DBA is off sick"): one of ``cues.AWAY_WHEN``, then who (a name or a person, with
    words of ``cues.KNOWN_BY_FEW_WHO`` only), one of ``cues.AWAY_VERBS`` and one of ``cues.AWAY_STATES``: the
    state's last word's index; read as few people knowing the work (sets 44 and 45 read as development sets)."""
    if _written(tokens, i, text) not in _cues.AWAY_WHEN:
        return None
    person = named = False
    for k in range(i + 1, min(i + 2 + _cues.KNOWN_BY_FEW_REACH, len(tokens))):
        said = _written(tokens, k, text)
        # "When Tom is away", or "When Tom's away" (an attack review); the state after the verb, or after the name.
        contracted = said.endswith(_CONTRACTED_IS) and _named_person(tokens, k, text)
        if (said in _cues.AWAY_VERBS and person) or contracted:
            return _away_state(tokens, k + 1, text, named=named or contracted)
        role = said.removesuffix("s") in _KNOWN_BY_FEW_PEOPLE
        named = named or _named_person(tokens, k, text)
        if not (named or role or said in _KNOWN_BY_FEW_WHO):
            return None
        person = person or named or role
    return None


def _away_state(tokens: list[_Token], k: int, text: str, *, named: bool) -> int | None:
    """The last index of a state of ``cues.AWAY_STATES`` said from ``k``: not one of ``cues.AWAY_NAMED_NOT`` after a
    name, which a tool has as often ("If Datadog is off, we get no alerts": a diff review), nor "off" before a
    determiner ("got off the call")."""
    for state in _AWAY_STATES:
        if not _said_from(tokens, k, text, state) or (named and " ".join(state) in _cues.AWAY_NAMED_NOT):
            continue
        after = k + len(state)
        if state == ("off",) and after < len(tokens) and _written(tokens, after, text) in _cues.NOT_THE_DETERMINERS:
            continue
        return after - 1
    return None


_AWAY_STATES = tuple(sorted((tuple(state.split()) for state in _cues.AWAY_STATES), key=len, reverse=True))
_CONTRACTED_IS = ("'s", "\u2019s")


def _named_person(tokens: list[_Token], k: int, text: str) -> bool:
    """Whether the word at ``k`` is a name: capitalised as written in a text not all in capitals, and no word of
    ``cues.KNOWN_BY_FEW_WHO``, no cue's word ("Only Okta knows the users" names a product) nor a part of an
    organisation ("Only Finance understands the AWS bill": a diff review), nor a people's name ("Only Europeans
    understand why GDPR exports matter": a language's, or one of ``cues.PEOPLES``)."""
    written = text[tokens[k][1] : tokens[k][2]]
    said = written.lower()
    if not written[:1].isupper() or text.isupper() or said in _KNOWN_BY_FEW_WHO:
        return False
    if said in _LANGUAGES or said in _PEOPLES:
        return False
    return tokens[k][0] not in _cue_index() and said.removesuffix("s") not in _cues.ORGANISATION_PARTS


_KNOWN_BY_FEW_WHO = frozenset(_cues.KNOWN_BY_FEW_WHO)
_PEOPLES = frozenset(_cues.PEOPLES)
_KNOWN_BY_FEW_RELATIVES = frozenset(_cues.KNOWN_BY_FEW_RELATIVES)
_KNOWING_AS_WRITTEN = frozenset(_cues.KNOWN_BY_FEW_VERBS)
_KNOWN_BY_FEW_PEOPLE = frozenset(_cues.KNOWN_BY_FEW_PEOPLE)
_KNOWN_BY_FEW_ABLE = frozenset(_cues.KNOWN_BY_FEW_ABLE)


def _in_a_language(tokens: list[_Token], i: int, text: str) -> bool:
    """Whether the words at ``i`` are "in" and a language ("in French") said of the product: see
    ``cues.IN_A_LANGUAGE_CUE``."""
    if i + 1 >= len(tokens) or _written(tokens, i, text) != "in" or _written(tokens, i + 1, text) not in _LANGUAGES:
        return False
    ends = i + 2 == len(tokens) or _clause_ends_after(tokens, i + 1, text)
    if not ends and _written(tokens, i + 2, text) not in _cues.IN_A_LANGUAGE_AFTER:
        return False  # "in Korean evenings": a noun goes on
    before = {_written(tokens, k, text) for k in range(max(0, i - _cues.IN_A_LANGUAGE_REACH), i)}
    return before.isdisjoint(_cues.IN_A_LANGUAGE_OWN)


_LANGUAGES = frozenset(_cues.LANGUAGES)


def _blind_people(tokens: list[_Token], i: int, text: str) -> bool:
    """Whether the words at ``i`` are "blind" before people ("blind volunteers"): see ``cues.BLIND_PEOPLE``."""
    if i + 1 >= len(tokens) or _written(tokens, i, text) != "blind":
        return False
    if i > 0 and _written(tokens, i - 1, text) in _cues.BLIND_NOT_AFTER:
        return False
    said = _written(tokens, i + 1, text)
    if i + 2 < len(tokens) and _written(tokens, i + 2, text) in _cues.BLIND_NOT_BEFORE:
        return False  # "a blind customer study"
    return said in _BLIND_PEOPLE or (said.endswith("s") and said[:-1] in _BLIND_PEOPLE)


_BLIND_PEOPLE = frozenset(_cues.BLIND_PEOPLE)


def _possessive(word: str) -> bool:
    """Whether a word as written (its apostrophes straight) is a possessive: "client's", "customers'"."""
    return word.endswith(("'s", "s'"))


def _from_memory(tokens: list[_Token], i: int, text: str) -> bool:
    """Whether the words at ``i`` say work is done "from memory", no system's ("we serve feeds from memory"): see
    ``cues.FROM_MEMORY_CUE``."""
    if i + 1 >= len(tokens) or _written(tokens, i, text) != "from" or _written(tokens, i + 1, text) != "memory":
        return False
    before = {_written(tokens, k, text) for k in range(max(0, i - _cues.MEMORY_REACH), i)}
    if not before.isdisjoint(_cues.MEMORY_SYSTEM_VERBS):
        return False
    # It ends its clause or goes on with one of MEMORY_TAILS: not "from memory pressure", "from memory dumps".
    ends = i + 2 == len(tokens) or _clause_ends_after(tokens, i + 1, text, ",.;:!?)")
    return ends or _written(tokens, i + 2, text) in _cues.MEMORY_TAILS


def _unreviewed_change(tokens: list[_Token], i: int, text: str) -> bool:
    """Whether the word at ``i`` is "unreviewed" said of a change ("an unreviewed N+1 query change"): see
    ``cues.UNREVIEWED_CUE``."""
    if _written(tokens, i, text) != "unreviewed":
        return False
    for k in range(i + 1, min(i + 1 + _cues.REVIEWED_REACH, len(tokens))):
        word = _written(tokens, k, text)
        if word in _cues.REVIEWED_CHANGES:
            return True
        if len(word) > 3 and word.endswith("s"):
            return False  # another thing unreviewed, a plural noun: "unreviewed posts change order"
    return False


def _open_to_all(tokens: list[_Token], i: int, text: str) -> int | None:
    """Where the words from ``i`` say everyone can do anything ("anyone can edit anything", "any user can delete any
    project"): the last word's index."""
    can = _open_who(tokens, i, text)
    if can is None:
        return None
    if _holder_before(tokens, i) and tokens[can + 1][0] in _OPEN_REACHED:
        # "a shared table that any member can query": the thing before the relative clause is reached
        end = can + 2 if can + 2 < len(tokens) and tokens[can + 2][0] in _OPEN_TRAILING else can + 1
        if end + 1 == len(tokens) or _clause_ends_after(tokens, end, text) or tokens[end + 1][0] in _OPEN_HOLDING:
            return end
    for k, token in enumerate(tokens[can + 1 : can + 1 + _cues.OPEN_TO_ALL_REACH]):
        at = can + 1 + k
        if token[0] in _OPEN_WHAT:
            return at if k > 0 else None  # a verb between: "anyone can anything" says nothing
        if token[0] in _OPEN_ANY and k > 0 and at + 1 < len(tokens):
            # "any project", "every record"; not "any number of", "all day", "every project they own", nor the team's
            # own work items ("anyone can open any pull request": an attack review)
            reached = tokens[at + 1][0]
            anything = reached not in _OPEN_AMOUNTS and reached not in _OPEN_TEAM_THINGS
            return at + 1 if anything and not _their_own(tokens, at + 1, text) else None
        if token[0] not in _OPEN_VERBS:
            return None
    return None


def _holder_before(tokens: list[_Token], i: int) -> bool:
    """Whether a thing that holds data (``cues.OPEN_TO_ALL_HOLDERS``) stands right before everyone said at ``i``, or
    before "that"/"which" there: "a table that any member can query", "a table anybody can query"; not one made
    public ("a public data dump that anyone can download": ``cues.OPEN_TO_ALL_PUBLIC``)."""
    at = i - 2 if i > 1 and tokens[i - 1][0] in _OPEN_RELATIVES else i - 1
    if at < 0 or tokens[at][0] not in _OPEN_HOLDERS:
        return False
    return not any(token[0] in _OPEN_PUBLIC for token in tokens[max(0, at - _cues.OPEN_TO_ALL_PUBLIC_REACH) : at])


def _their_own(tokens: list[_Token], k: int, text: str) -> bool:
    """Whether what is reached, at ``k``, is narrowed to one's own in the words after it in its clause ("every
    project they are a member of", "any report they created", "all of their own"); not a pronoun of another clause
    ("any repo they find" is any; "every channel, their DMs included": a diff review)."""
    after: list[str] = []
    for j in range(k + 1, min(k + 1 + _cues.OPEN_TO_ALL_OWN_REACH, len(tokens))):
        if _clause_ends_after(tokens, j - 1, text):
            break
        after.append(tokens[j][0])
    if any(word in _OPEN_OWN for word in after):
        return True
    pairs = list(itertools.pairwise(after))
    made = any(word in _OPEN_THEY and then in _OPEN_THEIR for word, then in pairs)
    member = any(word in _OPEN_MEMBER and then in _OPEN_A_MEMBER for word, then in pairs)
    return made or member


def _open_who(tokens: list[_Token], i: int, text: str) -> int | None:
    """The index of "can" after everyone said from ``i``: "anyone can", "any user can", "every member can"."""
    if i > 0 and tokens[i - 1][0] in _OPEN_DENIALS and not _clause_ends_after(tokens, i - 1, text):
        return None  # "Not every user can ..." (not "No. Every user can ...")
    if tokens[i][0] in _OPEN_WHO:
        can = i + 1
    elif tokens[i][0] in _OPEN_ANY and i + 1 < len(tokens) and tokens[i + 1][0] in _OPEN_PEOPLE:
        can = i + 2
    else:
        return None
    can = _past_their_place(tokens, can)
    return can if can + 1 < len(tokens) and tokens[can][0] == "can" else None


def _past_their_place(tokens: list[_Token], at: int) -> int:
    """The index after everyone's place, if one follows ``at`` ("in the company", "with a login":
    ``cues.OPEN_TO_ALL_PLACES``), else ``at``."""
    if at >= len(tokens) or tokens[at][0] not in _OPEN_PLACED_BY:
        return at
    place = at + 2 if at + 1 < len(tokens) and tokens[at + 1][0] in _OPEN_PLACE_DETERMINERS else at + 1
    return place + 1 if place < len(tokens) and tokens[place][0] in _OPEN_PLACES else at


def _ones_head(tokens: list[_Token], i: int, text: str) -> int | None:
    """Where the words from ``i`` say knowledge is in one person's head ("in Dave's head", "in one postdoc's head"):
    the index of "head"."""
    if tokens[i][0] != "in":
        return None
    at = i + 1
    while at < min(len(tokens), i + 3) and tokens[at][0] in _HEAD_SINGLE:  # "in one postdoc's head"
        at += 1
    if at + 1 >= len(tokens) or tokens[at + 1][0] != "head":  # "heads" is read as "head"
        return None
    if at > i + 1 and tokens[at][0] in _HEAD_OUTSIDERS:
        return None  # "in the customer's head", "in one buyer's head": not the team's knowledge
    if any(token[0] in _HEAD_NOT_AFTER for token in tokens[max(0, i - _cues.ONES_HEAD_NOT_REACH) : i]):
        return None  # "the capacity math (all) in their heads": reckoning, no knowledge kept
    owner, head = tokens[at], at + 1
    if owner[0] not in _HEAD_OWNERS and not _possessive_as_written(text[owner[1] : owner[2]]):  # a name's: "Dave's"
        return None
    return head if head + 1 == len(tokens) or tokens[head + 1][0] not in _HEAD_NOT else None


def _heads_of(tokens: list[_Token], i: int, text: str) -> int | None:
    """Where the words from ``i`` say knowledge is in the heads of the team's people ("in the heads of the two original
    contractors", set 37 read): the index of the word for them, within ``cues.ONES_HEAD_OF_REACH`` words after "in the
    heads of", none of them an outsider ("in the heads of our customers")."""
    if tokens[i][0] != "in" or tuple(token[0] for token in tokens[i + 1 : i + 4]) not in _HEADS_OF:
        return None
    at = i + 4
    reach = tokens[at : at + _cues.ONES_HEAD_OF_REACH]
    people = next((k for k, token in enumerate(reach) if token[0] in _HEAD_PEOPLE), None)
    if people is None or any(token[0] in _HEAD_OF_OUTSIDERS for token in reach[: people + 1]):
        return None  # "in the heads of each tenant's admins", "of the hospital's admin people"
    after = at + people + 1
    believed = after < len(tokens) and tokens[after][0] == _cues.ONES_HEAD_OF_BELIEF
    return None if believed else at + people  # "in the heads of our engineers that Kafka is the problem": a belief


def _said_in_words(tokens: list[_Token], i: int, text: str) -> tuple[Cue, int] | None:
    """A cue said in other words from ``i`` (no cue's own phrase starts there): the cue, and its last word's index."""
    for cue, reach in _SAID_IN_WORDS:
        last = reach(tokens, i, text)
        if last is not None:
            return cue, last
    return None


def _spanning(found: Callable[[list[_Token], int, str], bool], length: int) -> _Reach:
    """A test of the words at ``i`` as a reach: its last word's index (``length`` words from ``i``), else None."""
    return lambda tokens, i, text: i + length - 1 if found(tokens, i, text) else None


def _storage_fills(tokens: list[_Token], i: int, text: str) -> int | None:
    """Where the words from ``i`` say storage fills up ("the disk on the metrics box fills up"): "up"'s index; see
    ``cues.FILLS_UP_CUE``."""
    if _written(tokens, i, text) not in _cues.FILLING_VERBS or i + 1 >= len(tokens):
        return None
    if _written(tokens, i + 1, text) != "up":
        return None
    subject: list[str] = []  # the words before the verb, in its clause, in order
    for k in range(i - 1, max(-1, i - 1 - _cues.FILLING_REACH), -1):
        if _clause_ends_after(tokens, k, text):
            break
        subject.insert(0, _written(tokens, k, text))
    while subject and subject[-1] in _FILLING_GAP:  # "the disk keeps filling up"
        subject.pop()
    # Its head: the word right before it ("the same disk filling up"), or before the first preposition ("the disk on
    # the metrics box fills up").
    at = next((k for k, word in enumerate(subject) if word in _FILLING_PREPOSITIONS), len(subject))
    heads = {subject[-1] if subject else "", subject[at - 1] if at > 0 else ""}
    # What it fills, right after "up", before a preposition: "fills up the root volume" (not "... with log lines").
    filled = itertools.takewhile(
        lambda word: word not in _FILLING_PREPOSITIONS and word != "with",
        (_written(tokens, k, text) for k in range(i + 2, min(i + 5, len(tokens)))),
    )
    # Filled up with something: only what holds bytes fills so ("the disk fills up with core dumps"), not logs or a
    # server said to fill with errors ("Our logs fill up with permission-denied errors": an attack review).
    heads_of = (
        _FILLING_CAPACITY if i + 2 < len(tokens) and _written(tokens, i + 2, text) == "with" else _FILLING_STORAGE
    )
    stored = not heads_of.isdisjoint(heads) or not _FILLING_STORAGE.isdisjoint(filled)
    return i + 1 if stored else None


_FILLING_STORAGE = frozenset(_cues.FILLING_STORAGE)
_FILLING_CAPACITY = frozenset(_cues.FILLING_CAPACITY)
_FILLING_PREPOSITIONS = frozenset(_cues.FILLING_PREPOSITIONS)
_FILLING_GAP = frozenset((*_cues.SUBJECT_GAP_WORDS, "again", "gets"))  # "keeps", "still": gap words already


def _froze(tokens: list[_Token], i: int, text: str) -> bool:
    """Whether the word at ``i`` is "froze" said of a system ("the app froze"), not of a plan someone froze ("Legal
    froze the new contract": one of ``cues.FROZEN_PLANS`` within ``cues.FROZEN_REACH`` words, in its clause)."""
    if _written(tokens, i, text) != _cues.FROZE_WORD:
        return False
    for k in range(i + 1, min(i + 1 + _cues.FROZEN_REACH, len(tokens))):
        if _clause_ends_after(tokens, k - 1, text):
            return True  # the clause ends first
        if tokens[k][0] in _FROZEN_PLANS:
            return False
    return True


def _phrase_end(tokens: list[_Token], k: int, text: str, phrases: tuple[tuple[str, ...], ...]) -> int | None:
    """Where the first of ``phrases`` (each its words, apostrophes dropped) said from ``k`` ends: its last index."""
    for phrase in phrases:
        end = k + len(phrase)
        if end <= len(tokens) and all(
            _written(tokens, at, text).translate(_APOSTROPHES) == word for at, word in enumerate(phrase, k)
        ):
            return end - 1
    return None


def _shows_up_late(tokens: list[_Token], i: int, text: str) -> int | None:
    """Where the words from ``i`` say something shows up late (``cues.SHOWS_UP_LATE_CUE``): "don't show up" with
    "until" after it in its clause; the index of the verb's last word."""
    negated = _phrase_end(tokens, i, text, _LATE_NEGATIONS)
    if negated is None or negated + 1 >= len(tokens):
        return None
    # "won't show until"; "cannot show" may end the text (a word-prefix test), so the word after it is looked for first.
    shown_until = (
        negated + 2 < len(tokens)
        and _written(tokens, negated + 1, text) in _cues.LATE_SHOW
        and not _clause_ends_after(tokens, negated + 1, text)
        and _written(tokens, negated + 2, text) in _cues.LATE_UNTIL
    )
    if shown_until:
        return negated + 1
    verb = _phrase_end(tokens, negated + 1, text, _LATE_VERBS)
    if verb is None:
        return None
    for k in range(verb + 1, min(verb + 1 + _cues.LATE_REACH, len(tokens))):
        if _clause_ends_after(tokens, k - 1, text):
            return None
        if _written(tokens, k, text) in _cues.LATE_UNTIL:
            return verb
    return None


_LATE_NEGATIONS = tuple(tuple(phrase.replace("'", "").split()) for phrase in _cues.LATE_NEGATIONS)
_LATE_VERBS = tuple(tuple(phrase.split()) for phrase in _cues.LATE_VERBS)


# Each cue said in other words, with where its words from ``i`` end (None: not said there), tried in this order.
_SAID_IN_WORDS: tuple[tuple[Cue, _Reach], ...] = (
    (_AUDIT_QUESTION, _spanning(_audit_question, 3)),
    (_AUDIT_QUESTION, _audit_of_record),
    (_OPEN_TO_ALL, _open_to_all),
    (_DATA_ASKED_WHERE, _data_where),
    (_ONES_HEAD, _ones_head),
    (_ONES_HEAD, _heads_of),
    (_OTHERS_DATA, _others_data),
    (_LEFT_US, _spanning(_left_us, 2)),
    (_KNOWN_BY_FEW, _known_by_few),
    (_KNOWN_BY_FEW, _away),
    (_IN_A_LANGUAGE, _spanning(_in_a_language, 2)),
    (_BLIND_USERS, _spanning(_blind_people, 2)),
    (_FROM_MEMORY, _spanning(_from_memory, 2)),
    (_UNREVIEWED, _spanning(_unreviewed_change, 1)),
    (_FROZE, _spanning(_froze, 1)),
    (_FILLS_UP, _storage_fills),
    (_SHOWS_UP_LATE, _shows_up_late),
)


_OWNER_WORDS = _stems(_cues.OWNER_WORDS)
_OWNED_NOUNS = _stems(_cues.OWNED_CUE_NOUNS)


def _owned_cue(words: list[str], i: int) -> tuple[int, Cue] | None:
    """A cue of several words said with one of ``cues.OWNER_WORDS`` before its last word ("remove their users" for
    "remove users", "add and remove their users"): how many words it spans, and the cue."""
    for j in range(i + 1, min(i + _cues.OWNED_CUE_WORDS, len(words) - 1)):
        if words[j] not in _OWNER_WORDS:
            continue
        if words[j + 1] not in _OWNED_NOUNS:
            return None
        said = (*words[i:j], words[j + 1])
        for phrase, cue, as_written in _cue_index().get(words[i], []):
            if phrase == said and cue is not None and as_written is None:
                return len(said) + 1, cue
        return None
    return None


def _find_cues(tokens: list[_Token], text: str) -> list[_Found]:
    """Every cue occurrence in ``tokens``, in order; the longest cue at a word wins."""
    words = [word for word, _, _ in tokens]
    found: list[_Found] = []
    i = 0

    def written(i: int, length: int, as_written: tuple[str, ...] | None) -> bool:
        """Whether the words at ``i`` are the entry's as written, where it must be matched so."""
        if as_written is None:
            return True
        said = text[tokens[i][1] : tokens[i + length - 1][2]].translate(_APOSTROPHES).lower()
        return tuple(_WORD.findall(said)) == as_written

    while i < len(tokens):
        match = next(
            (
                c
                for c in _cue_index().get(words[i], [])
                if tuple(words[i : i + len(c[0])]) == c[0] and written(i, len(c[0]), c[2])
            ),
            None,
        )
        owned = _owned_cue(words, i) if match is None else None
        if owned is not None:  # "add and remove their users": the cue's words with an owner's word between
            found.append(_Found(owned[1], i, owned[0], tokens[i][1], tokens[i + owned[0] - 1][2]))
            i += owned[0]
            continue
        overridable = match is None or match[1] is None or match[1].phrase in _cues.DATA_PLACE_OVERRIDES
        place = _data_place(tokens, i, text) if overridable else None
        if place is not None:
            found.append(_Found(_DATA_PLACE, i, place - i + 1, tokens[i][1], tokens[place][2]))
            i = place + 1
            continue
        said = _said_in_words(tokens, i, text) if match is None else None
        if said is not None:
            found.append(_Found(said[0], i, said[1] - i + 1, tokens[i][1], tokens[said[1]][2]))
            i = said[1] + 1
            continue
        if match is None:
            i += 1
            continue
        length, cue = len(match[0]), match[1]
        if cue is not None:
            found.append(_Found(cue, i, length, tokens[i][1], tokens[i + length - 1][2]))
        i += length
    return found


def _cue_match(
    cue: str,
    matched: str,
    type_: ScalingType,
    weight: int,
    example: str,
    *,
    kind: str = "cue",
    counted: int | None = None,
    correction: str | None = None,
    note: str | None = None,
) -> CueMatch:
    return CueMatch(
        cue=cue,
        matched=matched,
        kind=kind,
        type=type_,
        weight=weight,
        example=example,
        example_label=_EXAMPLES[example].label,
        counted=weight if counted is None else counted,
        correction=correction,
        note=note,
    )


_TAGS_OF: dict[str, tuple[str, ...]] = {cue.phrase: cue.tags for cue in _cues.CUES}


def _combinations(
    found: list[CueMatch], of_long_ago: frozenset[str] = frozenset()
) -> tuple[list[CueMatch], dict[str, CueMatch]]:
    """The combinations whose tags all appear among the matched cues (the first cue with each tag shows), and for
    each cue phrase that is part of one, the first combination it is part of. The cues of a sentence of long ago
    combine only among themselves: "We shipped RBAC last year. Now the nightly import falls over" is no change
    causing a failure (a reader's review)."""
    extra: list[CueMatch] = []
    part_of: dict[str, CueMatch] = {}
    apart = [m for m in found if m.cue in of_long_ago]
    eras = [apart, [m for m in found if m.cue not in of_long_ago]] if apart else [found]
    for combination in _cues.COMBINATIONS:
        present: list[CueMatch] = []
        for era in eras:
            first_with_tag = [next((m for m in era if tag in _TAGS_OF[m.cue]), None) for tag in combination.requires]
            present = [m for m in first_with_tag if m is not None]
            if len(present) == len(combination.requires):
                break
        if len(present) == len(combination.requires):
            matched = " + ".join(m.matched for m in present)
            made = _cue_match(
                combination.label,
                matched,
                combination.type,
                combination.weight,
                combination.example,
                kind="combination",
            )
            extra.append(made)
            for m in present:
                part_of.setdefault(m.cue, made)
    return extra, part_of


# ---------------------------------------------------------------------------------------------
# Reading: clause scope, negation, misspellings and context change what a cue counts
# ---------------------------------------------------------------------------------------------

STRESS_BONUS = 1
"""What each cue in the clause that carries the complaint ("but ...", "the problem is ...") counts extra."""

CONTEXT_WINDOW = 6
"""How many words either side of an ambiguous cue may hold the word that supports it."""

TIE_BREAKER = "tie-breaker"
LABEL_TIE_BREAKER = "tie-breaker, a label"  # a channel's word in the label ("Pager note:"): in no combination either
_TIE_NOTE = "counted only to break a tie"
_WISHES = frozenset(_cues.WISH_WORDS)
_STEP_TAGS = frozenset((_cues.WORKFLOW, _cues.RESPONSE))
_CHANNELS = frozenset(word for phrase in _cues.CHANNEL_WORDS for word in normalise(phrase))
_CUSTOMERS = frozenset(word for phrase in _cues.CUSTOMER_WORDS for word in normalise(phrase))
_PREDICATES = frozenset(word for phrase in _cues.PREDICATE_WORDS for word in normalise(phrase))
_SHIPPED_TO = frozenset(word for phrase in _cues.CHANGED_WORDS for word in normalise(phrase))
_CHANGE_VERBS = frozenset(_cues.CHANGE_VERBS)
_CONCESSION_BREAKERS = frozenset((*_cues.NEGATIONS, *_cues.VERB_NEGATIONS, *_cues.PROBLEM_WORDS, *_cues.WISH_WORDS))
DISCOUNTED = "discounted"
_NEGATION_REACH = 6  # words back to a negation's first word: "never had a major"
_BELIEFS = frozenset(_cues.BELIEF_WORDS)
_NEGATIONS = frozenset((*_cues.NEGATIONS, *_cues.VERB_NEGATIONS, "none"))
_MINDED = frozenset(_cues.MINDED_WORDS)
_MINDED_TAILS = frozenset(_cues.MINDED_TAILS)
_CORRECTIONS = frozenset(_cues.CORRECTION_WORDS)
_CLAIMS = frozenset(_cues.CLAIM_WORDS)
_CONTRASTS = frozenset(_cues.CONTRAST_WORDS)
_PRODUCT = frozenset(word for phrase in _cues.PRODUCT_WORDS for word in normalise(phrase))
# The cues that, without their supporting words, name something else: they make no combination.
_OTHER_SENSES = frozenset(rule.cue for rule in _cues.CONTEXT_RULES if rule.another_sense)


# The supporting words of a context rule, normalised, by their first word.
_Needs = dict[str, tuple[tuple[str, ...], ...]]


@functools.cache
def _context_rules() -> dict[str, tuple[ContextRule, _Needs]]:
    """The context rules by cue phrase, each with its supporting words normalised (by first word)."""
    return {rule.cue: (rule, _needs_of(_not_its_own(rule))) for rule in _cues.CONTEXT_RULES}


def _not_its_own(rule: ContextRule) -> tuple[str, ...]:
    """A rule's supporting words but its cue's own: a second "branch" is no word of code, and "meeting invites" need
    more than "meeting" (a diff review: "branching" normalised to "branch" let another branch support one)."""
    own = {(word,) for word in normalise(rule.cue)}
    return tuple(word for word in rule.needs if normalise(word) not in own)


@functools.cache  # a rule's words, normalised once (an audit cue's question reads its own list on every complaint)
def _needs_of(words: tuple[str, ...]) -> _Needs:
    """Words to look for near a cue, normalised, by their first word."""
    needs: dict[str, list[tuple[str, ...]]] = {}
    for word in words:
        normalised = normalise(word)
        needs.setdefault(normalised[0], []).append(normalised)
    return {first: tuple(found) for first, found in needs.items()}


def _near(found: _Found, reading: _Reading, needs: _Needs, *, said_of: bool = False) -> str | None:
    """The first of ``needs`` within CONTEXT_WINDOW words of the cue (outside the cue itself), as read; or None.
    ``said_of``: what a cue is said of, not past its sentence's end nor in a clause said to be fine ("Our engineers
    are great. The nightly batch throughput collapses", "Why is throughput so bad? The team has no idea", "Nothing is
    wrong with the servers. The bottleneck is our two reviewers": an attack review)."""
    words = reading.words
    low, high = max(0, found.first - CONTEXT_WINDOW), min(len(words), found.first + found.length + CONTEXT_WINDOW)
    if said_of:
        high = min(high, bisect_left(reading.word_starts, sentence_at(reading.sentences, found.start)[1]))
    for i in (*range(low, found.first), *range(found.first + found.length, high)):
        if said_of and _in_fine_clause(reading, reading.word_starts[i]):
            continue
        for need in needs.get(words[i], ()):
            if tuple(words[i : i + len(need)]) == need and (not said_of or i + len(need) <= high):
                return " ".join(need)
    return None


def _in_fine_clause(reading: _Reading, position: int) -> bool:
    """Whether the character at ``position`` is in a clause said to be fine."""
    clause = clause_at(reading.clauses, position)
    return clause is not None and clause.role == FINE


def _opens_a_question(found: _Found, reading: _Reading, about: _Needs) -> bool:
    """Whether the cue opens a sentence that ends with "?" and names one of ``about`` after it: "Who deleted the
    customer's invoices? We have no idea."; not "Who changed the deploy script?" (an attack review)."""
    start, end = sentence_at(reading.sentences, found.start)
    if reading.text[start : found.start].strip() or reading.text[end : end + 1] != "?":
        return False
    return _names(normalise(reading.text[found.end : end]), about)


def _names(words: tuple[str, ...], needs: _Needs) -> bool:
    """Whether one of ``needs`` stands anywhere in ``words`` (normalised)."""
    return any(tuple(words[i : i + len(need)]) == need for i, word in enumerate(words) for need in needs.get(word, ()))


def _supported(found: _Found, reading: _Reading, rule: tuple[ContextRule, _Needs]) -> bool:
    """Whether a supporting word stands within CONTEXT_WINDOW words of the cue (outside the cue itself); for a rule
    with an object reach, within that many words after it in its clause: what it acts on ("add or remove their own
    staff"; not "add or remove servers, user sessions drop": an attack review)."""
    if rule[0].asked and _opens_a_question(found, reading, _needs_of(rule[0].asked)):
        return True
    if not rule[0].object_reach:
        return _near(found, reading, rule[1]) is not None
    clause = clause_at(reading.clauses, found.start)
    after = normalise(" ".join(reading.plain.between(found.end, clause.end if clause else len(reading.text))))
    return _names(after[: rule[0].object_reach], rule[1])


_SYMPTOMS = frozenset(
    cue.phrase
    for cue in _cues.CUES
    if (set(cue.tags) & set(_cues.SYMPTOM_TAGS) or cue.phrase in _cues.SYMPTOM_CUES)
    and cue.phrase not in _cues.NOT_SYMPTOMS
)


@functools.cache  # normalised once the stemmer knows the vocabulary, never at import
def _symptom_words() -> frozenset[str]:
    """The symptoms of one word and the words for a problem, normalised (not "lost data": "no data or a 502" lists
    no like with like)."""
    symptoms = (said[0] for said in map(normalise, _SYMPTOMS) if len(said) == 1)
    return frozenset((*symptoms, *(word for problem in _cues.ALIKE_PROBLEMS for word in normalise(problem))))


# The symptoms that decide what a feature named with them is: slowness, and failures of the system itself (a
# strong cue: "outage", "5xx", "time out"; not "dies" or "breaks", which a plan or a deal may do).
_DECIDING = frozenset(
    cue.phrase
    for cue in _cues.CUES
    if cue.phrase in _SYMPTOMS
    and cue.type is ScalingType.TECHNICAL
    and cue.phrase not in _cues.DURATION_CUES
    and (_cues.FAILURE not in cue.tags or cue.weight >= _cues.STRONG_WEIGHT)
)


@dataclasses.dataclass(frozen=True)
class _Reading:
    """What reading a complaint gives besides its words: its clauses, corrections and normalised words."""

    text: str
    clauses: tuple[Clause, ...]
    corrections: _Corrections
    words: list[str]
    word_starts: list[int]  # where each of ``words`` starts in the text
    plain: Words  # the words as the clause reader reads them, with their places
    sentences: tuple[tuple[int, int], ...]  # where each sentence starts and ends


def _compared(found: _Found, reading: _Reading, clause: Clause | None, matched: str) -> str | None:
    """Why a cue a ranking or a comparison holds does not count: "cost" in "the audit logs cost us more" (a ranking
    names no bill), what follows "worse than" (it hurts less), "cost" in "costing us the big accounts" (a loss of
    another kind); else None."""
    # Only where something comes before it to rank against: "Datadog costs us more", alone, is a bill (a diff review).
    if found.cue.phrase in _cues.RANKING_HELD_CUES and clause is not None and clause is not reading.clauses[0]:
        ranking = ranking_ending(reading.plain.between(clause.start, clause.end))
        if ranking is not None and matched.lower() in ranking.split():
            return f"discounted: '{ranking}' ranks the complaint, it names no bill"
    lesser = lesser_after_than(reading.plain.between(clause.start, found.start)) if clause is not None else None
    if lesser is not None:
        return f"discounted: '{lesser} {matched}' names what hurts less"
    paling = paling_before(reading.plain.between(found.end, clause.end)) if clause is not None else None
    if paling is not None:
        return f"discounted: '{matched}' comes before '{paling}': it hurts less"
    quoted = reading.text[found.start - 1 : found.start] in _cues.MISTAKEN_QUOTES if found.start else False
    mistaken = (
        mistaken_before(
            reading.plain.between(found.end, clause.end), reading.plain.between(clause.start, found.start), quoted
        )
        if clause is not None
        else None
    )
    if mistaken is not None:
        return f"discounted: '{matched}' {mistaken} something else"
    if found.cue.phrase in _cues.LOSS_HELD_CUES:
        loss = loss_of_another_kind(reading.plain.between(found.end, sentence_at(reading.sentences, found.start)[1]))
        if loss is not None:
            return f"discounted: '{matched} {loss}' is a loss of another kind, no bill"
    return None


def _carried_by(marker: str) -> str:
    """What makes a clause carry the complaint, as a reason says it: "'the real problem'", or "after the 'though'
    clause" for the clause after a leading concession ("Though X, Y": ``cues.LEADING_CONCESSION_MARKERS``)."""
    if marker == _cues.RANKED_FIRST:
        return "first in a ranked list"  # no words of the complaint's (a diff review: 'ranked first' was quoted)
    leading = marker in _cues.LEADING_CONCESSION_MARKERS
    return f"after the '{marker.rstrip(',')}' clause" if leading else f"'{marker}'"


def _conceded_by(marker: str) -> str:
    """How a clause was conceded, as a reason says it: "conceded before 'but'", or "conceded by 'though'"."""
    if marker == _cues.RANKED_FIRST:
        return "before the first of a ranked list"
    leading = marker in _cues.LEADING_CONCESSION_MARKERS
    return f"conceded by '{marker.rstrip(',')}'" if leading else f"conceded before '{marker}'"


def _set_aside(found: _Found, reading: _Reading, matched: str) -> tuple[str, str] | None:
    """Why a cue does not count here, and how ("discounted" or "tie-breaker"), or None when it counts."""
    clause = clause_at(reading.clauses, found.start)
    if clause is not None and clause.role == FINE:
        said = f", said to be '{clause.verdict}'" if clause.verdict else ""
        said = f", {_cues.RANKED_LOWER}" if clause.marker == _cues.RANKED_LOWER else said
        return DISCOUNTED, f"discounted: '{clause.text}'{said}"
    if _an_article_abroad(found, reading, matched):
        return DISCOUNTED, f"discounted: '{matched}' opens a sentence as another language's article"
    compared = _compared(found, reading, clause, matched)
    if compared is not None:
        return DISCOUNTED, compared
    negated_from = _negation_start(reading, found)
    if negated_from is not None:
        return DISCOUNTED, f"discounted: '{reading.text[negated_from : found.end]}'"
    tie = _only_a_tie_breaker(found, reading, matched)
    return None if tie is None else (TIE_BREAKER, f"{_TIE_NOTE}: {tie}")


def _only_a_tie_breaker(found: _Found, reading: _Reading, matched: str) -> str | None:
    """Why a cue counts only to break a tie here: it names a service or a team, it is a failure said of a measure
    ("velocity actually went down") or slowness of people's work, a setting up no customer's, no load taken, or its
    context rule is not met."""
    named = _names_a_service_or_team(found, reading)
    if named is not None:
        head = reading.plain.between(found.end, len(reading.text))[0]
        return f"it names a {named} ('{matched} {head}')"
    unlike = (
        _said_of_no_system(found, reading) or _setup_not_a_customers(found, reading) or _no_load_taken(found, reading)
    )
    if unlike is not None:
        return unlike
    rule = _context_rules().get(found.cue.phrase)
    subject = (
        _said_of(found, reading.words, rule[0].not_of, object_read=bool(rule[0].object_reach))
        if rule is not None
        else None
    )
    if rule is not None and subject is not None:
        return f"said of '{subject}', not of {rule[0].about}"
    if rule is not None and not _supported(found, reading, rule):
        where = "right after it" if rule[0].object_reach else "nearby"
        return f"it needs a word about {rule[0].about} {where}"
    return None


_FALLING_FAILURES = frozenset(_cues.FALLING_FAILURES)
_SLOW_WORK_CUES = frozenset(_cues.SLOW_WORK_CUES)


def _said_of_no_system(found: _Found, reading: _Reading) -> str | None:
    """Why a failure or slowness is no system's here, if it is not: said of a measure that falls (``cues.FALLING_
    MEASURES``: "velocity actually went down") or of people's work (``cues.SLOW_WORK``: "Onboarding is our
    bottleneck", "Slow onboarding", the work right after the word too)."""
    if found.cue.phrase in _FALLING_FAILURES:
        # Not past a subject's head: "the revenue feed is down" is the feed's (an attack review).
        measure = _said_of(found, reading.words, _cues.FALLING_MEASURES, heads=False)
        if measure is None or _measure_not_the_subject(found, reading):
            return None
        return f"said of '{measure}', a measure that falls, not of a system"
    if found.cue.phrase not in _SLOW_WORK_CUES:
        return None
    clause = clause_at(reading.clauses, found.start)
    start, end = (clause.start, clause.end) if clause is not None else (0, len(reading.text))
    # Within the cue's clause only (a diff review: "Checkout is slow. Onboarding is fine though." was onboarding's).
    within = range(bisect_left(reading.word_starts, start), bisect_left(reading.word_starts, end))
    work = _slow_work_at(found, reading.words, within)
    return None if work is None else f"said of '{_written_at(reading, work)}', people's work, not a system's"


def _written_at(reading: _Reading, at: int, count: int = 1) -> str:
    """The ``count`` words from ``at`` of ``reading.words`` as written ("recruitment", not its normalised "recruit";
    "one more")."""
    last = _WORD.match(reading.text, reading.word_starts[at + count - 1])
    if last is None:
        return " ".join(reading.words[at : at + count])
    return reading.text[reading.word_starts[at] : last.end()]


def _measure_not_the_subject(found: _Found, reading: _Reading) -> bool:
    """Whether the measure before a failure is no subject of it (a diff review): a system earlier in its clause ("The
    billing system that processes revenue went down"), or a preposition or a relative pronoun at most two words before
    the measure ("The storefront during holiday sales is down": ``cues.MEASURE_NOT_SUBJECT_AFTER``)."""
    clause = clause_at(reading.clauses, found.start)
    first = bisect_left(reading.word_starts, clause.start) if clause is not None else 0
    before = reading.words[first : found.first]
    systems = _normalised_words(_cues.SYSTEM_WORDS)
    not_after = _normalised_words(_cues.MEASURE_NOT_SUBJECT_AFTER)
    measure = len(before) - 1
    while measure >= 0 and before[measure] in _normalised_words(_cues.SUBJECT_GAP_WORDS):
        measure -= 1
    return any(word in systems for word in before[:measure]) or any(
        word in not_after for word in before[max(0, measure - 2) : measure]
    )


def _slow_work_at(found: _Found, words: list[str], within: range) -> int | None:
    """Where the people's work (``cues.SLOW_WORK``) a slowness is said of stands, if any: right after it, past a
    copula and determiners ("Slow onboarding", "Our biggest bottleneck is recruiting"), or before it, past
    ``cues.SUBJECT_GAP_WORDS``, determiners and ``cues.SLOW_WORK_DEGREES`` ("Onboarding is our biggest bottleneck"),
    in the cue's clause (``within``, word indices). Right after it, whose work it is may stand between
    (``cues.SLOW_WORK_WHOSE``: "Slow customer onboarding"). Not the work of a thing ("device onboarding is slow": a
    word before it other than a determiner, ``cues.SLOW_WORK_WHOSE`` or ``cues.SLOW_WORK_JOINS``), nor a part of the
    product or a system named after it ("slow onboarding flow", "slow checkout": ``cues.PRODUCT_WORDS``,
    ``cues.SYSTEM_WORDS``; an attack and a diff review)."""
    work, skipped = _normalised_words(_cues.SLOW_WORK), _normalised_words(_SLOW_WORK_SKIPPED)
    whose = _normalised_words(_cues.SLOW_WORK_WHOSE)
    after = found.first + found.length
    while after < within.stop and (words[after] in skipped or words[after] in whose):
        after += 1  # "Slow customer onboarding", "bottleneck is recruiting"
    at: int | None = after if after < within.stop and words[after] in work else None
    if at is None:
        if after < within.stop and words[after] in _normalised_words(_SLOW_WORK_NOT_AFTER):
            return None  # "Onboarding done, slow checkout": the slowness is the checkout's
        back = found.first - 1
        while back >= within.start and words[back] in skipped:
            back -= 1
        at = back if back >= within.start and words[back] in work else None
        if at is None or (at > 0 and words[at - 1] not in _normalised_words(_SLOW_WORK_BEFORE)):
            return None  # "Device onboarding is slow"
    next_word = words[at + 1] if at + 1 < len(words) else None
    return None if next_word in _normalised_words(_SLOW_WORK_NOT_AFTER) else at


_SETUP_ASKS = frozenset((*_cues.SELF_SETUP_ASKS, *_cues.SETUP_BY_PROXY))
_LOADS_TAKEN = frozenset(_cues.LOADS_NOT_TAKEN)


def _setup_not_a_customers(found: _Found, reading: _Reading) -> str | None:
    """Why a setting up that cannot be worked out, or is asked of us (``cues.SELF_SETUP_ASKS``,
    ``cues.SETUP_BY_PROXY``), is no customer's here, if it is one and is not: no customer (``cues.SETTING_UP_WHO``)
    before it in its sentence, or one that is a team's ("every team member"), or a system set up (``cues.SETUP_
    SYSTEMS`` right after it)."""
    if found.cue.phrase not in _SETUP_ASKS:
        return None
    words, who = reading.words, _normalised_words(_cues.SETTING_UP_WHO)
    sentence_start = sentence_at(reading.sentences, found.start)[0]
    first = max(bisect_left(reading.word_starts, sentence_start), found.first - _cues.SETTING_UP_REACH)
    customer = any(
        words[at] in who and (at == 0 or words[at - 1] not in _normalised_words(_cues.SETUP_NOT_AFTER))
        for at in range(first, found.first)
    )
    if not customer:
        return "it needs a customer before it (an account, a school, a firm)"
    end = found.first + found.length
    systems = _normalised_words(_cues.SETUP_SYSTEMS)
    reach = range(end, min(end + _cues.SETUP_OBJECT_REACH, len(words)))
    system = next((at for at in reach if words[at] in systems), None)
    return None if system is None else f"it sets up '{_written_at(reading, system)}', a system, not a customer's"


def _no_load_taken(found: _Found, reading: _Reading) -> str | None:
    """Why a load not taken (``cues.LOADS_NOT_TAKEN``) is none here, if it is not: one thing more or a time right after
    it (``cues.LOADS_NOT_TAKEN_AFTER``: "won't take one more login", "can't take another month of pages", "it won't
    take long before traffic doubles")."""
    if found.cue.phrase not in _LOADS_TAKEN:
        return None
    end = found.first + found.length
    for said in _not_taken_after():
        if tuple(reading.words[end : end + len(said)]) == said:
            return f"'{_written_at(reading, end, len(said))}' says no load"
    return None


@functools.cache  # normalised once the stemmer knows the vocabulary ("more" is read "mor": a diff review)
def _not_taken_after() -> tuple[tuple[str, ...], ...]:
    return tuple(normalise(words) for words in _cues.LOADS_NOT_TAKEN_AFTER)


_SLOW_WORK_SKIPPED = (*_cues.SUBJECT_GAP_WORDS, *_cues.DETERMINERS, *_cues.SLOW_WORK_DEGREES)
_SLOW_WORK_BEFORE = (*_cues.DETERMINERS, *_cues.SLOW_WORK_WHOSE, *_cues.SLOW_WORK_JOINS)
_SLOW_WORK_NOT_AFTER = (*_cues.PRODUCT_WORDS, *_cues.SYSTEM_WORDS, "flow", "wizard")


def _a_service_wanted(found: _Found, reading: _Reading) -> bool:
    """Whether one of ``cues.WANTED_SERVICE_WORDS`` stands before the cue, within ``cues.WANTED_REACH`` words, with
    nothing but adjectives between ("a new audit log service"); another determiner ends the search ("once a week the
    audit log service crashes": a diff review)."""
    wanted = _normalised_words(_cues.WANTED_SERVICE_WORDS)
    others = _normalised_words(_cues.DETERMINERS)
    for at in range(found.first - 1, max(-1, found.first - 1 - _cues.WANTED_REACH), -1):
        if reading.words[at] in wanted:
            return True
        if reading.words[at] in others:
            return False
    return False


def _an_article_abroad(found: _Found, reading: _Reading, matched: str) -> bool:
    """Whether the cue is another language's article (``cues.ARTICLES_ABROAD``): written so, opening its sentence, and
    a capitalised word after it ("Die Kunden warten": German, not servers that die)."""
    if matched not in _cues.ARTICLES_ABROAD:
        return False
    # Its sentence's first word, whatever stands before it ("Hallo. Die ...", a quote, a bullet: a diff review).
    opening = reading.text[sentence_at(reading.sentences, found.start)[0] : found.start]
    if any(character.isalnum() for character in opening):
        return False
    after = reading.text[found.end :].split(maxsplit=1)
    return bool(after) and after[0][:1].isupper()


def _names_a_service_or_team(found: _Found, reading: _Reading) -> str | None:
    """ "service" or "team" when the cue's words name the one right after them (``cues.NAMED_SERVICES``,
    ``cues.NAMED_TEAMS``: "the translation microservice", "the backend team"); only a technical cue names a team."""
    after = found.first + found.length
    if after >= len(reading.words) or reading.words[after - 1] in _normalised_words(_cues.DETERMINERS):
        return None  # "without telling the team": the cue's words end before what they act on
    between = reading.text[reading.word_starts[after - 1] : reading.word_starts[after]].strip()
    if _possessive_as_written(between) or any(mark in between for mark in ",;:"):
        return None  # "edited another's service alerts": whose, not which; "SSO, service accounts": a list
    if reading.words[after] in _normalised_words(_cues.NAMED_SERVICES):
        # A service wanted names what is missing: "until we have a proper audit log service" (an attack review), "a
        # new audit log service" (a diff review).
        return None if _a_service_wanted(found, reading) else "service"
    if reading.words[after] in _normalised_words(_cues.NAMED_TEAMS) and found.cue.type is ScalingType.TECHNICAL:
        return "team"
    return None


def _said_of(
    found: _Found, words: list[str], subjects: tuple[str, ...], *, object_read: bool = False, heads: bool = True
) -> str | None:
    """The one of ``subjects`` a cue is said of, if any (``ContextRule.not_of``): the word right before it, past
    ``cues.SUBJECT_GAP_WORDS``, or the word before a subject's head ("revenue stream collapsed"); none when the cue
    takes an object, its subject then the cause ("Customer demand collapsed the cluster": a diff review), unless the
    rule reads its object itself (``object_read``: "reviewers can't handle the PR volume", an attack review); past a
    subject's head only with ``heads``."""
    after = found.first + found.length
    if not object_read and after < len(words) and words[after] in _normalised_words(_cues.DETERMINERS):
        return None
    at = found.first - 1
    while at >= 0 and words[at] in _normalised_words(_cues.SUBJECT_GAP_WORDS):
        at -= 1
    if heads and at > 0 and words[at] in _normalised_words(_cues.SUBJECT_HEADS):
        at -= 1
    return _normalised_words(subjects).get(words[at]) if at >= 0 else None


@functools.cache
def _normalised_words(words: tuple[str, ...]) -> dict[str, str]:
    """Each of ``words`` by its normalised form ("revenu": "revenue"); the first of two alike ("deal", "deals")."""
    found: dict[str, str] = {}
    for word in words:
        found.setdefault(normalise(word)[0], word)
    return found


# What may stand between a denial's clause and a limit's: a comma, brackets, a dash, a colon, quotes; not a semicolon
# ("Nothing is slow (except checkout)", "Nothing is down — until it is": a third diff review).
_LIMIT_JOINS = frozenset(" ,()[]-\u2013\u2014:\"\u201c\u201d'\u2018\u2019")
_LIMIT_NOT_JOINED = frozenset(("and", *_cues.CONTRAST_WORDS))


def _limit_end(reading: _Reading, clause: Clause | None, found: _Found) -> int:
    """Where what limits a denial may be read to: the end of the symptom's clause, or of the next clause of its sentence
    when no more than a comma stands between them ("Nothing is slow | unless it's Monday", "Nothing is down on
    staging, | only in production"; not "Nothing is slow; | when a release breaks, ...": a diff review)."""
    sentence_end = sentence_at(reading.sentences, found.start)[1]
    end = clause.end if clause is not None else sentence_end
    joined = next((c for c in reading.clauses if end <= c.start < sentence_end), None)
    if joined is None or not set(reading.text[end : joined.start]) <= _LIMIT_JOINS:
        return end
    opener = reading.plain.between(joined.start, joined.end)[:1]
    # A clause of its own, another complaint (a third diff review: "Nothing is slow, but when a release breaks, ...").
    return end if opener and opener[0] in _LIMIT_NOT_JOINED else joined.end


def _negation_start(reading: _Reading, found: _Found) -> int | None:
    """Where the negation before a symptom starts in the text ("don't have outages", "never had a major outage",
    "Nothing is slow": read from the negation's first word, in the words before), so that the note quotes it as written
    ("dont have outages" was shown: a reader's review) and the fallback model never reads it ("nothing" was read as a
    process word: a guide review); None when the symptom is not negated."""
    if found.cue.phrase not in _SYMPTOMS:
        return None
    clause = clause_at(reading.clauses, found.start)
    since = clause.start if clause is not None else sentence_at(reading.sentences, found.start)[0]
    failure = _cues.FAILURE in found.cue.tags
    limit = _limit_end(reading, clause, found)
    negation = negated_symptom(reading.plain, found.start, since, limit, failure=failure, alike=_names_a_symptom)
    if negation is None:
        return None
    first = negation.split(maxsplit=1)[0]
    at = bisect_left(reading.plain.starts, found.start)
    back = next(
        (k for k in range(at - 1, max(-1, at - 1 - _NEGATION_REACH), -1) if reading.plain.words[k] == first), None
    )
    return reading.plain.starts[back] if back is not None else found.start


def _names_a_symptom(word: str) -> bool:
    """Whether a word, as written, is a symptom of one word or a word for a problem: "bugs" in "no bugs or outages"."""
    said = normalise(word)
    return len(said) == 1 and said[0] in _symptom_words()


def _correction(found: _Found, corrections: _Corrections) -> str | None:
    """ "latancy \u2192 latency" when a misspelt word is part of the cue."""
    said = [corrections[at] for at in sorted(corrections) if found.start <= at < found.end]
    return ", ".join(f"{written} \u2192 {read_as}" for written, read_as in said) or None


def _opens_a_setting_aside(found: _Found, reading: _Reading, matched: str) -> bool:
    """Whether a cue is only the opener of what a clause sets aside ("Setting the slow dashboards aside, ...": the
    settings cue, listed as set aside, was the reader's own opener: a reader's and a diff review)."""
    clause = clause_at(reading.clauses, found.start)
    opener = clause is not None and clause.role == FINE and clause.marker in _SET_ASIDE_AROUND_OPENERS
    return opener and clause is not None and found.start == clause.start and matched.lower() == clause.marker


_SET_ASIDE_AROUND_OPENERS = frozenset(opener for opener, _ in _cues.SET_ASIDE_AROUND)


def _read_match(found: _Found, reading: _Reading) -> tuple[CueMatch, str | None] | None:
    """The cue as it counts here, and whether it was set aside; None for a misspelt weak hint or a clause's opener."""
    cue = found.cue
    matched = reading.text[found.start : found.end]
    if _opens_a_setting_aside(found, reading, matched):
        return None
    correction = _correction(found, reading.corrections)
    counted, note = cue.weight, None
    if correction is not None:
        counted -= _cues.TYPO_PENALTY
        if counted <= 0:
            return None
        note = f"misspelt: counted {_cues.TYPO_PENALTY} less than its weight"
    aside = _set_aside(found, reading, matched)
    if aside is not None:
        return _cue_match(
            cue.phrase, matched, cue.type, cue.weight, cue.example, counted=0, correction=correction, note=aside[1]
        ), aside[0]
    step = absent_step(reading.plain, found.start) if _STEP_TAGS.intersection(cue.tags) else None
    if step is not None:
        counted += _cues.MISSING_STEP_BONUS
        missing = f"+{_cues.MISSING_STEP_BONUS}: a step not taken ('{step} {matched}')"
        note = missing if note is None else f"{note}; {missing}"
    clause = clause_at(reading.clauses, found.start)
    if clause is not None and clause.role == STRESSED:
        counted += STRESS_BONUS
        stress = f"+{STRESS_BONUS} in the clause that carries the complaint ({_carried_by(clause.marker)})"
        note = stress if note is None else f"{note}; {stress}"
    match = _cue_match(
        cue.phrase, matched, cue.type, cue.weight, cue.example, counted=counted, correction=correction, note=note
    )
    return match, None


_Read = tuple[_Found, tuple[CueMatch, str | None] | None]


def _complains(clause: Clause, symptoms: list[int], reading: _Reading, carrier: Clause) -> bool:
    """Whether a clause complains on its own: a symptom counts in it, or it holds a negation, a word for a problem
    or a wish ("we have no runbooks", "deploys are a pain", "they want one contract"); never one that says what
    someone believed or blamed (``cues.BELIEF_WORDS``: "the retro blamed on-call") when the clause that carries the
    complaint corrects it (``cues.CORRECTION_WORDS``: "but the actual cause was ..."; any contrast corrects a
    supposition, ``cues.SUPPOSITION_WORDS``), nor one that wishes its thing
    only a little better (``cues.MILD_WISHES``: "page loads could be faster")."""
    said, carried = reading.plain.between(clause.start, clause.end), reading.plain.between(carrier.start, carrier.end)
    # A bare denial ("It wasn't: ...", reading.clauses) corrects what was believed as the carrier's correction words do
    denied = bare_denial(plain_words(carrier.marker), "") is not None
    corrects = denied or not _CORRECTIONS.isdisjoint(carried)
    if corrects and not _BELIEFS.isdisjoint(said):
        return False  # what someone believed, which the carrier corrects ("but the actual cause was ...")
    # A supposition is corrected by any contrast ("Everyone assumed it was a capacity problem, yet ..."); blame is not
    # ("Everyone blames on-call after each incident, but nothing changes" complains of the blame too).
    if carrier.marker in _cues.CONTRAST_WORDS and not SUPPOSITIONS.isdisjoint(said):
        return False
    if mild_wish(said):
        return False  # "page loads could be faster, but ...": only a little, beside what the carrier says
    if any(word in _CONCESSION_BREAKERS for word in said):
        return True
    return any(clause.start <= at < clause.end for at in symptoms)


def _nobody_minds(words: list[str]) -> bool:
    """Whether words say nobody minds: one of ``cues.MINDED_WORDS`` after a negation within ``cues.MINDED_REACH`` words,
    ending them or before one of ``cues.MINDED_TAILS`` ("no customer has churned over it", "none of the accounts has
    raised it"), not a thing missing ("audit trails we don't have"), nor a loss before a negation ("we lose a week ...
    with no clear ownership"), nor a negated cause ("not having SSO lost us the Acme deal")."""
    reach, tail = _cues.MINDED_REACH, _cues.MINDED_TAIL_REACH

    def negated(j: int) -> bool:
        """A negation within reach before ``j``, with no "until" between ("never noticed until customers complained"
        says they did)."""
        before = words[max(0, j - reach) : j]
        last = max((k for k, w in enumerate(before) if w in _NEGATIONS), default=None)
        undone = _cues.WAITED_FOR[0] in before[last:] or _cues.WAITED_FOR[0] in words[j + 1 : j + 1 + reach]
        return last is not None and not undone

    return any(
        word in _MINDED
        and negated(j)
        and (j + 1 == len(words) or not _MINDED_TAILS.isdisjoint(words[j + 1 : j + 1 + tail]))
        for j, word in enumerate(words)
    )


def _concede(reads: list[_Read], reading: _Reading) -> tuple[list[_Read], bool]:
    """When a clause carries the complaint ("but ...", "what's killing us is ...") and a cue counts in it, the
    plain clauses before it that do not complain on their own are what the complaint concedes ("SSO and SCIM
    all shipped last quarter, but search takes 9 seconds"): their cues are discounted. A clause a tag concedes ("Code
    review is slow, I'll admit.") is conceded before such a clause, cue or none; but when nothing would be left to
    count, what the carrier says may be the conceded complaint's cost ("The app takes twelve seconds to load, true.
    What hurts is that shoppers leave": an attack review): it counts, and the reading is unsure (the second value)."""
    counting = [(found, clause_at(reading.clauses, found.start)) for found, read in reads if read and read[1] is None]
    carrier = next((c for _, c in counting if c is not None and c.role == STRESSED), None)
    tagged = _tagged(reading)
    cueless = carrier is None
    if carrier is None and tagged:
        after = min(clause.end for clause in tagged)
        carrier = next((c for c in reading.clauses if c.role == STRESSED and c.start >= after), None)
    if carrier is None:
        return reads, False
    if _nobody_minds(_with_until(reading, carrier)):
        return _nobody_minds_it(reads, reading, carrier), False
    symptoms = [found.start for found, read in reads if read and read[1] is None and found.cue.phrase in _SYMPTOMS]
    # A carrier that ranks its complaint above the rest concedes what came before, complaint or not; so does one after
    # a clause that sums up what came before in its sentence ("slow pipeline, flaky tests, both annoying, but ..."; not
    # "... audit logs. All of them, but we keep shipping features").
    sentence = sentence_at(reading.sentences, carrier.start)
    before = [c for c in reading.clauses if sentence[0] <= c.start and c.end <= carrier.start]
    summed = len(before) > 1 and sums_up(reading.plain.between(before[-1].start, before[-1].end))
    ranked = summed or ranks_first(reading.plain.between(carrier.start, carrier.end))
    out: list[_Read] = []
    for found, read in reads:
        clause = clause_at(reading.clauses, found.start)
        if (
            read is not None
            and read[1] is None
            and clause is not None
            and clause.role == PLAIN
            and clause.end <= carrier.start
            and (ranked or clause in tagged or not _complains(clause, symptoms, reading, carrier))
        ):
            note = f"discounted: '{clause.text}', {_conceded_by(carrier.marker)}"
            out.append((found, _set_aside_as(read[0], note, DISCOUNTED)))
        else:
            out.append((found, read))
    if cueless and not any(read is not None and read[1] is None for _, read in out):
        unsure = f"{_conceded_by(carrier.marker)}, which names nothing known: counted, and the reading is unsure"
        return [(found, _noted(read, unsure)) for found, read in reads], True
    return out, False


def _claim_denied(reads: list[_Read], reading: _Reading) -> list[_Read]:
    """A clause that says what someone claims or believes ("People blame our deploy process", "The retailer says our
    API is too slow") right before a clause of its sentence that opens with a contrast and says that a thing of the
    same example is fine ("but deploys are fine", "but latency is fine"; not "Users say the app crashes every day, but
    latency is fine": a diff review): the claim is denied, and its cues of that example's type are discounted (sets
    17, 19 and 37 read)."""
    out = list(reads)
    for claim, verdict in itertools.pairwise(reading.clauses):
        if claim.role != PLAIN or verdict.role != FINE:
            continue
        if sentence_at(reading.sentences, claim.start) != sentence_at(reading.sentences, verdict.start):
            continue
        said = reading.plain.between(verdict.start, verdict.end)
        claimed = reading.plain.between(claim.start, claim.end)
        if not said or said[0] not in _CONTRASTS or _CLAIMS.isdisjoint(claimed) or _limited_verdict(said, verdict):
            continue
        stems = frozenset(_stem(word) for word in claimed)
        themes = {
            read[0].example
            for found, read in reads
            if read and verdict.start <= found.start < verdict.end and _names_the_claimed(found, stems)
        }
        reads_said = [(k, found, read) for k, (found, read) in enumerate(out) if claim.start <= found.start < claim.end]
        denied = {read[0].type for _, _, read in reads_said if read and read[1] is None and read[0].example in themes}
        for k, found, read in reads_said:
            if read and read[1] is None and read[0].type in denied:
                note = f"discounted: '{claim.text}', denied by '{verdict.text}'"
                out[k] = (found, _set_aside_as(read[0], note, DISCOUNTED))
    return out


def _limited_verdict(said: list[str], verdict: Clause) -> bool:
    """Whether more than ``cues.POINTER_TAIL_WORDS`` words follow a verdict's marker in its clause, which limit it
    ("but reviews are fine once picked up": an attack review), so that it denies no claim."""
    marker = verdict.marker.split()
    ends = [j + len(marker) for j in range(len(said) - len(marker) + 1) if said[j : j + len(marker)] == marker]
    return not ends or len(said) - ends[-1] > _cues.POINTER_TAIL_WORDS


def _names_the_claimed(found: _Found, claimed: frozenset[str]) -> bool:
    """Whether a fine clause's cue may speak of what a claim names (its words stemmed: ``claimed``): a quality or a way
    of working ("but latency is fine", "but deploys are fine"), not another part of the system ("Customers say the
    export is slow, but the API is fine": the export is still slow; an attack review), unless the claim names it too."""
    words = normalise(found.cue.phrase)
    return _SYSTEM_PARTS.isdisjoint(words) or claimed.issuperset(words)


_SYSTEM_PARTS = _stems(_cues.LOAD_SYSTEM_WORDS)


def _set_aside_as(match: CueMatch, note: str, aside: str) -> tuple[CueMatch, str]:
    """A cue's reading set aside (``aside``: discounted, or a tie-breaker of some kind), counting nothing, with why."""
    return dataclasses.replace(match, counted=0, note=note), aside


def _noted(read: tuple[CueMatch, str | None] | None, note: str) -> tuple[CueMatch, str | None] | None:
    """A counted cue with ``note`` added to its own; anything else as it was."""
    if read is None or read[1] is not None:
        return read
    said = f"{read[0].note}; {note}" if read[0].note else note
    return dataclasses.replace(read[0], note=said), None


def _tagged(reading: _Reading) -> set[Clause]:
    """The clauses a tag concedes: right after them in their sentence ("Code review is slow, I'll admit."), or
    opening the sentence right before them ("Admittedly, search is slow, ...")."""
    tagged = set()
    for first, second in zip(reading.clauses, reading.clauses[1:], strict=False):
        sentence = sentence_at(reading.sentences, first.start)
        if sentence != sentence_at(reading.sentences, second.start):
            continue
        if concedes(reading.plain.between(second.start, second.end)):
            tagged.add(first)
        elif not reading.plain.between(sentence[0], first.start) and concedes(
            reading.plain.between(first.start, first.end), leading=True
        ):
            tagged.add(second)
    return tagged


def _with_until(reading: _Reading, clause: Clause) -> list[str]:
    """The clause's words, and the next clause's when it opens with "until" ("... was never noticed | until customers
    complained": the negation is undone)."""
    words = reading.plain.between(clause.start, clause.end)
    after = [c for c in reading.clauses if c.start >= clause.end]
    going_on = reading.plain.between(after[0].start, after[0].end) if after else []
    return words + going_on if going_on[:1] and going_on[0] in _cues.WAITED_FOR else words


def _nobody_minds_it(reads: list[_Read], reading: _Reading, carrier: Clause) -> list[_Read]:
    """A carrier that says nobody minds ("Search could be quicker, but no deal has been lost over it": an attack
    review) concedes nothing, and what it names is ruled out: the clauses before it complain."""
    out: list[_Read] = []
    for found, read in reads:
        if read is not None and read[1] is None and clause_at(reading.clauses, found.start) == carrier:
            note = f"discounted: '{carrier.text}' says nobody minds"
            out.append((found, _set_aside_as(read[0], note, DISCOUNTED)))
        else:
            out.append((found, read))
    return out


def _label(reading: _Reading) -> Clause | None:
    """The label the complaint opens with ("Sales note:", "Support ticket #4412 -", "pager 02:14:"): a first clause
    of at most ``cues.LABEL_WORDS`` words before a colon or a dash."""
    first = reading.clauses[0] if reading.clauses else None
    if first is None or len(reading.plain.between(first.start, first.end)) > _cues.LABEL_WORDS:
        return None
    return first if reading.text[first.end : first.end + 2].strip()[:1] in (":", "-", "\u2013", "\u2014") else None


def _channel(reads: list[_Read], reading: _Reading) -> list[_Read]:
    """In the label a complaint opens with, a cue that names where it was written ("Sales note:", "pager:",
    "Ticket:"; ``cues.CHANNEL_WORDS``) says who writes, not what hurts: it counts only to break a tie."""
    label = _label(reading)
    out: list[_Read] = []
    for found, read in reads:
        if (
            label is not None
            and read
            and read[1] is None
            and label.start <= found.start < label.end
            and _CHANNELS.issuperset(normalise(found.cue.phrase))
        ):
            note = f"{_TIE_NOTE}: '{label.text}' says where the complaint was written, not what hurts"
            out.append((found, _set_aside_as(read[0], note, LABEL_TIE_BREAKER)))
        else:
            out.append((found, read))
    return out


def _wishes(words: list[str]) -> bool:
    """Whether ``words`` ask for something: a wish word not followed by a number ("they need SSO", not "reports need
    5 minutes")."""
    return any(word in _WISHES and not "".join(words[i + 1 : i + 2]).isdigit() for i, word in enumerate(words))


def _customer_end(found: _Found, reading: _Reading) -> int | None:
    """Where the customer a cue names ends (the index of the word after it): a customer word in the cue ("large
    customer") or the word right after it, with no punctuation between ("enterprise clients"); None when it names
    none."""
    words, after = reading.words, found.first + found.length
    if not _CUSTOMERS.isdisjoint(words[found.first : after]):
        return after
    joined = reading.text[found.end :].lstrip()[:1].isalnum()
    return after + 1 if after < len(words) and words[after] in _CUSTOMERS and joined else None


def _hurts_customer(found: _Found, symptom: _Found, reading: _Reading) -> bool:
    """Whether a cue names a customer the symptom hurts: in the symptom's clause, within ``CONTEXT_WINDOW`` words of
    it, and not its subject with only a verb such as "is" between ("large customers are slow to adopt it": people
    slow, not a system)."""
    end = _customer_end(found, reading)
    if end is None or clause_at(reading.clauses, found.start) != clause_at(reading.clauses, symptom.start):
        return False
    if symptom.first < found.first:
        return found.first - (symptom.first + symptom.length) <= CONTEXT_WINDOW
    between = reading.words[end : symptom.first]
    return len(between) <= CONTEXT_WINDOW and not set(between) <= _PREDICATES


_PAPERWORK = frozenset(_cues.PAPERWORK_CUES)


def _names_product(found: _Found, reading: _Reading) -> bool:
    """Whether a word for a part of the product follows the cue closely ("the security review page"):
    ``cues.PRODUCT_WORDS`` within ``cues.PRODUCT_REACH`` words after it."""
    after = found.first + found.length
    return not _PRODUCT.isdisjoint(reading.words[after : after + _cues.PRODUCT_REACH])


def _conceded_to(symptom: _Found, found: _Found, reading: _Reading) -> bool:
    """Whether the symptom stands in a clause before the one that carries the complaint, where the cue is: "CI is slow,
    but the thing blocking our renewal is that their admins can't restrict exports" concedes the slowness."""
    held, where = clause_at(reading.clauses, symptom.start), clause_at(reading.clauses, found.start)
    if held is None or where is None or held.role == STRESSED:
        return False
    # The cue in the carrier, or in a clause that goes on from it with no mark between ("the thing blocking revenue is
    # that they won't go live | until their security team can set permissions"); not after a comma ("Queries take 30
    # seconds, but only on big accounts, when their admins open the provisioning screen": an attack review).
    return any(
        c.role == STRESSED and held.end <= c.start and (c is where or _goes_on(c, where, reading))
        for c in reading.clauses
    )


def _goes_on(carrier: Clause, clause: Clause, reading: _Reading) -> bool:
    """Whether ``clause`` comes right after ``carrier`` with no punctuation between (a word split them: "until")."""
    after = next((c for c in reading.clauses if c.start >= carrier.end), None)
    return after is clause and not any(mark in reading.text[carrier.end : clause.start] for mark in ",;:.!?")


# A question of who may do or did what, said as one nobody can answer ("nobody can tell who changed their settings"), is
# asked for, never where a symptom hurts (a reader's review: "the admin dashboard is slow and nobody can tell who
# changed their settings" set the audit question aside). Not a feature that answers it: "the audit export that shows
# who accessed patient records times out" is the export's delay (an attack review).
_ASKED_WHO = "who "
_ASKED_LACKS = frozenset((*_cues.NEGATIONS, *_cues.VERB_NEGATIONS, "nobody", "cannot", "cant", "no"))


def _asked_for(found: _Found, reading: _Reading) -> bool:
    """A cue of ``_ASKED_WHO`` with a lack (a negation, "nobody") in the ``cues.ASKED_WHO_REACH`` words before it."""
    if not found.cue.phrase.startswith(_ASKED_WHO):
        return False
    before = reading.plain.between(sentence_at(reading.sentences, found.start)[0], found.start)
    return not _ASKED_LACKS.isdisjoint(before[-_cues.ASKED_WHO_REACH :])


def _broken_by_a_change(counting: list[_Found], reading: _Reading) -> list[_Found]:
    """The failures (cues tagged ``cues.FAILURE``) said in a clause with a change (tagged ``cues.CHANGE``): "SAML
    login breaks for Okta customers after almost every release" is a change that breaks the feature, where it hurts
    (a reader's review: the guide labels "deploys cause outages" process, the tool said user). In its clause only
    (a diff review: "Permissions are a mess for our admins and the last deploy broke checkout" names two things)."""
    changes = [clause_at(reading.clauses, f.start) for f in counting if _cues.CHANGE in f.cue.tags]
    return [
        f
        for f in counting
        if _cues.FAILURE in f.cue.tags
        and f.cue.type is ScalingType.TECHNICAL
        and clause_at(reading.clauses, f.start) in changes
    ]


def _another_complaint(found: _Found, symptom: _Found, symptoms: list[_Found], reading: _Reading) -> bool:
    """Whether ``found`` stands in another clause than ``symptom``, after one of ``cues.ANOTHER_COMPLAINT_WORDS`` or
    ``cues.ANOTHER_COMPLAINT_LACKS`` in its own ("..., and they also complain they can't restrict who sees what",
    "Login is slow and customers can't restrict who sees what"): a second complaint. Not when its own
    clause has a symptom of ``symptoms``: "Checkout is slow and additionally the SSO callback times out" names where
    that one hurts (an attack review)."""
    clause = clause_at(reading.clauses, found.start)
    if clause is None or clause == clause_at(reading.clauses, symptom.start):
        return False
    if any(clause.start <= other.start < clause.end for other in symptoms):
        return False
    return not _ANOTHER_COMPLAINT.isdisjoint(reading.plain.between(clause.start, found.start))


_ANOTHER_COMPLAINT = frozenset((*_cues.ANOTHER_COMPLAINT_WORDS, *_cues.ANOTHER_COMPLAINT_LACKS))


def _symptom_decides(reads: list[_Read], reading: _Reading) -> list[_Read]:
    """A feature named in a sentence where a technical symptom counts is where it hurts, not what is asked for:
    in "SSO login is slow" the symptom decides, and the feature's cue counts only to break a tie. So does a customer
    it hurts (the user type's generic example naming a customer, ``cues.CUSTOMER_WORDS``, near the symptom in its
    clause: "slow for our largest customers"; ``_hurts_customer``): the guide labels a complaint by its cause. Not
    when the sentence asks for something or says it is missing (``cues.WISH_WORDS``: "they need SSO, the app is
    slow"), never for a review or a document the customer runs on the vendor (``cues.PAPERWORK_CUES``: "a slow
    security review" is how long trust takes), and not by a symptom conceded before the clause that carries the
    complaint, where the feature is (``_conceded_to``)."""
    counting = [found for found, read in reads if read and read[1] is None]
    symptoms = [found for found in counting if found.cue.phrase in _DECIDING]
    broken = _broken_by_a_change(counting, reading)
    out: list[_Read] = []
    for found, read in reads:
        sentence = sentence_at(reading.sentences, found.start)
        clause = clause_at(reading.clauses, found.start)
        symptom = next(
            (s for s in symptoms if sentence[0] <= s.start < sentence[1] and not _conceded_to(s, found, reading)), None
        ) or next((f for f in broken if clause_at(reading.clauses, f.start) == clause), None)
        if (
            symptom is not None
            and read
            and read[1] is None
            and found.cue.type is ScalingType.USER
            and (found.cue.phrase not in _PAPERWORK or _names_product(found, reading))
            # A language or an accessibility gap is what is missing, never where a symptom hurts: "The app is
            # unusable in French" (a second reader's review: the guide's user page gives "a rollout ... stalls
            # because nothing is translated" as user scaling's signal).
            and found.cue.example != _cues.LOCALISATION_EXAMPLE
            and not _asked_for(found, reading)
            and (not _EXAMPLES[found.cue.example].generic or _hurts_customer(found, symptom, reading))
            and not _wishes(reading.plain.between(*sentence))
            and not _another_complaint(found, symptom, symptoms, reading)
        ):
            said = reading.text[symptom.start : symptom.end]
            where = "the customer it hurts" if _EXAMPLES[found.cue.example].generic else "where it hurts"
            note = f"{_TIE_NOTE}: it names {where}, and the symptom '{said}' decides"
            out.append((found, _set_aside_as(read[0], note, TIE_BREAKER)))
        else:
            out.append((found, read))
    return out


_PAGING = frozenset(_cues.PAGING_CUES)


def _failure_decides_note(failure: str) -> str:
    """Why a cue of the team's response (a page, a rollback) counts only to break a tie: the failure said with it."""
    return f"{_TIE_NOTE}: it is where '{failure}' hurts the team, and the failure decides"


def _ranked_below(failure: _Found, found: _Found, reading: _Reading) -> bool:
    """Whether ``failure`` is conceded before the clause of ``found`` (``_conceded_to``) and that clause says by its
    own words that it carries the complaint ("the real problem is", "what burns us out is"), not by a contrast alone."""
    clause = clause_at(reading.clauses, found.start)
    words = reading.plain.between(clause.start, clause.end) if clause is not None else []
    return _conceded_to(failure, found, reading) and carried_by_its_words(words)


def _nobody_pages(found: _Found, reading: _Reading) -> bool:
    """ "nobody knew who was on call", "no idea who exactly is supposed to be on call", "Nobody is on call when ...": a
    word of ``cues.PAGING_LACKS`` in the paging cue's clause before it says the team's failing (not "the engineer who
    is on call gets paged": a diff review)."""
    clause = clause_at(reading.clauses, found.start)
    return any(word in _cues.PAGING_LACKS for word in reading.plain.between(clause.start if clause else 0, found.start))


def _failure_decides(reads: list[_Read], reading: _Reading) -> list[_Read]:
    """Being paged in a sentence where a system's delay or strong failure counts (``_DECIDING``) is where it hurts the
    team: the paging cue counts only to break a tie and combines with nothing (``cues.PAGING_CUES``)."""
    counting = [found for found, read in reads if read and read[1] is None]
    failures = [found for found in counting if found.cue.phrase in _DECIDING]
    # The team's own failings said with it keep the paging theirs: another cue of process in the sentence ("the
    # on-call engineers are burned out"), or nobody on call (``_nobody_pages``).
    # Not when the pages come ("paged every weekend because the metrics volume fills up": ``cues.PAGED_WHEN``).
    failings = [
        f
        for f in counting
        if f.cue.type is ScalingType.PROCESS and f.cue.phrase not in _PAGING and f.cue.phrase not in _PAGED_WHEN
    ]
    out: list[_Read] = []
    for found, read in reads:
        if not (read and read[1] is None and found.cue.phrase in _PAGING):
            out.append((found, read))
            continue
        sentence = sentence_at(reading.sentences, found.start)
        # Not a failure ranked below the paging: "The database falls over now and then, but the real problem is that
        # on-call gets paged at 3am" (a diff review); a contrast alone keeps it ("... ran out of connections; meanwhile
        # the on-call engineer was paged forty times").
        failure = next(
            (f for f in failures if sentence[0] <= f.start < sentence[1] and not _ranked_below(f, found, reading)), None
        )
        failing = any(sentence[0] <= f.start < sentence[1] for f in failings) or _nobody_pages(found, reading)
        if failure is not None and not failing:
            said = reading.text[failure.start : failure.end]
            note = _failure_decides_note(said)
            out.append((found, _set_aside_as(read[0], note, LABEL_TIE_BREAKER)))
        else:
            out.append((found, read))
    return out


def _rolled_back_for(reads: list[_Read], reading: _Reading) -> list[_Read]:
    """A change rolled back because of a system's failure is where the failure hurts the team, not a change that broke
    things: "We roll back every release because the service falls over under peak traffic" (set 46 read as a
    development set; a blind set's row wrong at high confidence). After a rollback cue (``cues.ROLLBACK_CUES``), one
    of ``cues.CAUSE_WORDS`` and then, in its sentence, a technical failure, symptom or ceiling
    (``cues.CEILING_PHRASES``, ``cues.LOADS_NOT_HANDLED``, ``cues.LOADS_NOT_TAKEN``) that counts: the rollback, and
    the changes rolled back before the cause word, count only to break a tie and combine with nothing (no change
    caused it). Not a cause of the team's own ("because tests miss regressions")."""
    counting = [found for found, read in reads if read and read[1] is None]
    aside: dict[int, str] = {}  # the cues set aside (by their start), and the failure each gives way to
    for found in counting:
        if found.cue.phrase not in _ROLLBACKS:
            continue
        sentence = sentence_at(reading.sentences, found.start)
        end = bisect_left(reading.word_starts, sentence[1])  # the first word after its sentence
        cause = next((k for k in range(found.first + found.length, end) if reading.words[k] in _CAUSES), None)
        if cause is None:
            continue
        failure = next(
            (
                other
                for other in counting
                if other.first > cause
                and other.start < sentence[1]
                and other.cue.type is ScalingType.TECHNICAL
                and (_a_symptom(other.cue.phrase) or _cues.FAILURE in other.cue.tags or other.cue.phrase in _CEILINGS)
            ),
            None,
        )
        if failure is None:
            continue
        # Not when the change itself is said to cause it: "because it introduced a memory leak", "due to regressions
        # that cause timeouts" (an attack review): a word of cues.CHANGE_CAUSED_IT, or a process cue of the team's
        # failing, before the failure; not the change named as what fails ("the new build cannot cope with traffic").
        between = reading.words[cause + 1 : failure.first]
        theirs = any(
            other.cue.type is ScalingType.PROCESS
            and cause < other.first < failure.first
            and _cues.WORKFLOW not in other.cue.tags
            and _cues.CHANGE not in other.cue.tags
            for other in counting
        )
        if theirs or not _CHANGE_CAUSED_IT.isdisjoint(between):
            continue
        said = reading.text[failure.start : failure.end]
        aside[found.start] = said
        for change in counting:
            if _cues.CHANGE in change.cue.tags and sentence[0] <= change.start and change.first < cause:
                aside.setdefault(change.start, said)
    out: list[_Read] = []
    for found, read in reads:
        if read and read[1] is None and found.start in aside:
            note = _failure_decides_note(aside[found.start])
            out.append((found, _set_aside_as(read[0], note, LABEL_TIE_BREAKER)))
        else:
            out.append((found, read))
    return out


_ROLLBACKS = frozenset(_cues.ROLLBACK_CUES)
_CAUSES = _stems(_cues.CAUSE_WORDS)
_CHANGE_CAUSED_IT = _stems(_cues.CHANGE_CAUSED_IT)
# A load a system does not bear: "can't cope with production traffic", "can't handle production traffic levels" (a
# blind set's row, read right with "handle" a ceiling, was read wrong again once its forms had a list of their own).
_CEILINGS = frozenset((*_cues.CEILING_PHRASES, *_cues.LOADS_NOT_HANDLED, *_cues.LOADS_NOT_TAKEN))


def _object_decides(reads: list[_Read], reading: _Reading) -> list[_Read]:
    """A change of a feature the user type names ("asking us to change their settings for them") is an admin's task,
    not a change the team ships: the change cue counts only to break a tie (``cues.CHANGE_VERBS``, with the object
    within ``cues.OBJECT_REACH`` words after it in the same clause; not a generic example's cue: "an API contract").
    Not in a sentence with a symptom or another cue of the process type: a change that breaks something, or goes out
    untested, is one the team ships ("every change to the SSO flow breaks production")."""
    users = [
        found
        for found, read in reads
        if read and read[1] is None and found.cue.type is ScalingType.USER and not _EXAMPLES[found.cue.example].generic
    ]
    shipping = [
        found
        for found, read in reads
        if read
        and read[1] is None
        and (found.cue.phrase in _SYMPTOMS or found.cue.type is ScalingType.PROCESS)
        and found.cue.phrase not in _CHANGE_VERBS
    ]
    out: list[_Read] = []
    for found, read in reads:
        if found.cue.phrase not in _CHANGE_VERBS or not read or read[1] is not None:
            out.append((found, read))
            continue
        sentence = sentence_at(reading.sentences, found.start)
        after = found.first + found.length
        clause = clause_at(reading.clauses, found.start)
        changed = next(
            (
                user
                for user in users
                if after <= user.first <= after + _cues.OBJECT_REACH
                and clause_at(reading.clauses, user.start) == clause
                and _SHIPPED_TO.isdisjoint(reading.words[after : user.first])
            ),
            None,
        )
        # A change that breaks something, or goes out untested, is one the team ships.
        if changed is not None and not any(sentence[0] <= other.start < sentence[1] for other in shipping):
            said = reading.text[changed.start : changed.end]
            note = f"{_TIE_NOTE}: what it changes ('{said}') is the user type's, an admin's task"
            out.append((found, _set_aside_as(read[0], note, TIE_BREAKER)))
        else:
            out.append((found, read))
    return out


def _known_decides(reads: list[_Read], reading: _Reading) -> list[_Read]:
    """What few people know is not what hurts: after a cue of ``cues.KNOWING_PEOPLE_CUES`` and one of
    ``cues.KNOWN_BY_FEW_VERBS`` in its clause ("the only person who understands the lab data pipeline retires"), a
    technical cue right after the verb (at most ``cues.KNOWN_OBJECT_REACH`` words, none of ``cues.KNOWN_OBJECT_STOPS``
    between), in that clause, counts only to break a tie (set 45 read as a development set). Not a cue of the user
    type: what only one person understands of data residency or roles is often the complaint itself (an attack
    review). Not when a symptom follows the verb in its sentence ("only one engineer knows why the database is slow").
    What nobody owns, or whose owner is asked, is read alike after "owns" (``cues.OWNING_CUES``: "Nobody owns the ETL
    jobs", sets 46 and 47 read as development sets), and what nobody documented (``cues.DOCUMENTING_CUES``); and
    what waits while one person is away, in the clause it is said in (``_away_object_clause``: "When Ahmed is on
    annual leave, the Kafka cluster is effectively unmanaged", an item an attack left).
    """
    counting = [found for found, read in reads if read and read[1] is None]
    known: list[_Known] = []
    for found in counting:
        clause = clause_at(reading.clauses, found.start)
        sentence = sentence_at(reading.sentences, found.start)
        last = found.first + found.length - 1
        away = found.cue.phrase == _cues.KNOWN_BY_FEW_CUE and reading.words[found.first] in _AWAY_WHEN
        if away:
            verb: int | None = last  # the state: "on annual leave"
            what, clause = "what waits while one person is away", _away_object_clause(clause, last, reading)
            reach = bisect_left(reading.word_starts, sentence[1]) - 1  # its sentence's last word
        elif found.cue.phrase in _OWNING_PEOPLE or found.cue.phrase in _DOCUMENTING_PEOPLE:
            verb = last  # "owns", "documented": the cue's own last word
            what = (
                "what nobody documented"
                if found.cue.phrase in _DOCUMENTING_PEOPLE
                else "what nobody owns"
                if found.cue.phrase == _NOBODY_OWNS
                else "whose owner is asked"
            )
            reach = verb + _cues.KNOWN_OBJECT_REACH
        elif found.cue.phrase in _KNOWING_PEOPLE:
            near = range(found.first, min(last + 1 + _cues.KNOWING_VERB_REACH, len(reading.words)))
            verb = next((k for k in near if reading.words[k] in _KNOWING_STEMS), None)
            what = "what few people know"
            reach = (verb or 0) + _cues.KNOWN_OBJECT_REACH
        else:
            continue
        if verb is None or clause is None:
            continue
        if not away and clause_at(reading.clauses, reading.word_starts[verb]) != clause:
            continue
        # Not when what they know is said to fail, in its sentence: "only one engineer knows why the database is slow",
        # "only one person knows the Kafka cluster and it keeps falling over", "understands the slow queries" (a diff
        # review: a symptom's word in a cue of its own, or in the next clause, was set aside).
        failing = any(
            other.first > verb
            and sentence[0] <= other.start < sentence[1]
            and (_a_symptom(other.cue.phrase) or (away and _a_failure_or_a_bill(other.cue)))
            for other in counting
        )
        if not failing:
            known.append(_Known(clause, verb, what, reach, away))
    out: list[_Read] = []
    for found, read in reads:
        object_of = next(
            (
                one
                for one in known
                if read
                and read[1] is None
                and found.cue.type is ScalingType.TECHNICAL
                and found.cue.example not in _cues.KNOWN_OBJECT_HURTS
                and one.verb < found.first <= one.reach
                and not _a_symptom(found.cue.phrase)
                and clause_at(reading.clauses, found.start) == one.clause
                # Its object: before a word that goes on to say something else; in the clause after one person away.
                and (one.away or _KNOWN_OBJECT_STOPS.isdisjoint(reading.words[one.verb + 1 : found.first]))
            ),
            None,
        )
        if object_of is not None and read:
            # From the verb ("understands the data pipeline"); after one person away, the cue alone, as the note ends.
            said = reading.text[reading.word_starts[object_of.verb] : found.end]
            quoted = "" if object_of.away else f" ('{said}')"
            note = f"{_TIE_NOTE}: it is {object_of.what}{quoted}, not what hurts"
            out.append((found, _set_aside_as(read[0], note, TIE_BREAKER)))
        else:
            out.append((found, read))
    return out


class _Known(NamedTuple):
    """A cue that says few people know, own or document something, and where its object may stand: its clause, from
    after ``verb`` to ``reach`` (a word index); ``away``: after one person away, anywhere in that clause."""

    clause: Clause
    verb: int
    what: str
    reach: int
    away: bool


def _away_object_clause(clause: Clause | None, last: int, reading: _Reading) -> Clause | None:
    """Where what waits while one person is away is said: the rest of the away cue's clause ("If our DBA is off sick
    nobody touches the ledger"), or, when the cue ends its clause, the next clause of its sentence ("When Ahmed is on
    annual leave, the Kafka cluster is effectively unmanaged"), unless that one carries the complaint on its own ("...
    we cope, but honestly the real problem is that the Postgres database needs sharding": a diff review)."""
    if clause is None:
        return None
    if last + 1 < len(reading.words) and reading.word_starts[last + 1] < clause.end:
        return clause
    later = [other for other in reading.clauses if other.start >= clause.end]
    if not later or sentence_at(reading.sentences, later[0].start) != sentence_at(reading.sentences, clause.start):
        return None
    return None if later[0].role == STRESSED else later[0]


def _a_failure_or_a_bill(cue: Cue) -> bool:
    """Whether a cue says a system failed, hit a limit or cost more: what happened while one person was away, not what
    waited ("we hit the 10k connection limit on Postgres", "our CDN bill doubled": an attack review)."""
    limited = cue.phrase in _CEILINGS or "limit" in cue.phrase.split()
    return _cues.FAILURE in cue.tags or limited or cue.example in _cues.KNOWN_OBJECT_HURTS


def _a_symptom(phrase: str) -> bool:
    """Whether a cue says something fails or is slow: a symptom, or a cue with a one-word symptom in it ("slow queries",
    "replication lag")."""
    return phrase in _SYMPTOMS or not _SYMPTOM_WORDS.isdisjoint(phrase.split())


_SYMPTOM_WORDS = frozenset(phrase for phrase in _SYMPTOMS if " " not in phrase)
_KNOWING_PEOPLE = frozenset(_cues.KNOWING_PEOPLE_CUES)
_PAGED_WHEN = frozenset(word.removesuffix("s") for word in _cues.PAGED_WHEN)  # the cue "weekend" of "weekends"
_OWNING_PEOPLE = frozenset(_cues.OWNING_CUES)
_NOBODY_OWNS = "nobody owns"  # of OWNING_CUES, the one that says nobody does
_AWAY_WHEN = _stems(_cues.AWAY_WHEN)
_DOCUMENTING_PEOPLE = frozenset(_cues.DOCUMENTING_CUES)
_KNOWN_OBJECT_STOPS = _stems(_cues.KNOWN_OBJECT_STOPS)
_KNOWING_STEMS = _stems(_cues.KNOWN_BY_FEW_VERBS)


@functools.cache
def _people_and_systems() -> tuple[_Needs, _Needs]:
    """The words for people and for systems a load cue is read against (``cues.PEOPLE_WORDS``,
    ``LOAD_SYSTEM_WORDS``)."""
    return _needs_of(_cues.PEOPLE_WORDS), _needs_of(_cues.LOAD_SYSTEM_WORDS)


_LOAD_CUES = frozenset(_cues.LOAD_CUES)
_ONBOARDING_CUES = frozenset(_cues.ONBOARDING_CUES)


@functools.cache
def _newcomers_and_customers() -> tuple[_Needs, _Needs]:
    """The words for the team's new people and for customers onboarding is read against (``cues.ONBOARDED_PEOPLE``,
    ``cues.CUSTOMER_WORDS``, ``cues.ONBOARDED_CUSTOMERS``)."""
    return _needs_of(_cues.ONBOARDED_PEOPLE), _needs_of((*_cues.CUSTOMER_WORDS, *_cues.ONBOARDED_CUSTOMERS))


def _said_of_people(reads: list[_Read], reading: _Reading) -> list[_Read]:
    """A load cue near a word for the people who do the work (or their work items) and near no word for a system is
    the team's load ("the team has no capacity left", "our reviewers can't keep up"): it counts for process, as
    ``cues.PEOPLE_LOAD_EXAMPLE``, with its weight and its notes."""
    people, systems = _people_and_systems()
    newcomers, customers = _newcomers_and_customers()
    example = _EXAMPLES[_cues.PEOPLE_LOAD_EXAMPLE]
    out: list[_Read] = []
    for found, read in reads:
        counted = read is not None and read[1] is None
        load, onboarding = counted and found.cue.phrase in _LOAD_CUES, counted and found.cue.phrase in _ONBOARDING_CUES
        who = _near(found, reading, people, said_of=True) if load else None
        whose = _near(found, reading, newcomers, said_of=True) if onboarding else None
        if whose is not None and _near(found, reading, customers, said_of=True) is None:
            said = f"said of the team's new people ('{whose}'), not of customers: counted for {example.type.value}"
        elif who is not None and _near(found, reading, systems, said_of=True) is None:
            said = f"said of people ('{who}'), not of a system: the team's load, counted for {example.type.value}"
        else:
            said = ""
        if said and read:
            note = said if read[0].note is None else f"{read[0].note}; {said}"
            match = dataclasses.replace(
                read[0], type=example.type, example=example.id, example_label=example.label, note=note
            )
            out.append((found, (match, None)))
        else:
            out.append((found, read))
    return out


@dataclasses.dataclass(frozen=True)
class _CuesRead:
    """The cues that count, the tie-breakers, those of them that may make a combination (not a channel's word in
    the label, nor a cue in another sense), the discounted ones (each cue once: where it counts most), the
    stretches of text ruled out (the clauses that say something is fine, the negated symptoms), whether the
    reading is unsure (``_concede``), and the cues said in a sentence of long ago (``of_long_ago``)."""

    counting: list[CueMatch]
    tie: list[CueMatch]
    combining: list[CueMatch]
    discounted: list[CueMatch]
    ruled_out: list[tuple[int, int]]
    unsure: bool
    of_long_ago: frozenset[str]


def _read_cues(text: str) -> _CuesRead:
    """What the cues of ``text`` count, read as a person reads it (``_CuesRead``)."""
    tokens, corrections = _read_words(text)
    plain = Words(text, _speller().unheld)
    words = [word for word, _, _ in tokens]
    starts = [start for _, start, _ in tokens]
    reading = _Reading(text, clauses(text, plain), corrections, words, starts, plain, sentences(text))
    ruled_out = [(c.start, c.end) for c in reading.clauses if c.role == FINE]
    reads = [(found, _read_match(found, reading)) for found in _find_cues(tokens, text)]
    reads = _claim_denied(_said_of_people(_channel(reads, reading), reading), reading)
    reads, unsure = _concede(
        _known_decides(
            _object_decides(
                _rolled_back_for(_failure_decides(_symptom_decides(reads, reading), reading), reading), reading
            ),
            reading,
        ),
        reading,
    )
    best: dict[str, tuple[int, CueMatch, str | None]] = {}
    for found, read in reads:
        if read is not None and read[1] == DISCOUNTED:
            negated_from = _negation_start(reading, found)
            ruled_out.append((found.start if negated_from is None else negated_from, found.end))
        elif read is not None and read[1] == TIE_BREAKER and found.cue.phrase in _OTHER_SENSES:
            # A cue in another sense names something else: the fallback model, trained on the cue, would read it as
            # the cue's type ("Binary translation under Rosetta ..." was a guess of user: an attack review).
            ruled_out.append((found.start, found.end))
        if read is not None:
            kept = best.get(read[0].cue)
            if kept is None or read[0].counted > kept[1].counted:
                best[read[0].cue] = (found.start, *read)
    ordered = [(m, aside) for _, m, aside in sorted(best.values(), key=lambda item: item[0])]
    counting = [m for m, aside in ordered if aside is None]
    tie = [m for m, aside in ordered if aside in (TIE_BREAKER, LABEL_TIE_BREAKER)]
    combining = [m for m, aside in ordered if aside == TIE_BREAKER and m.cue not in _OTHER_SENSES]
    discounted = [m for m, aside in ordered if aside is not None]
    # A cue is of long ago when it is said only there: "Deploys were rare last year. Now we deploy daily and every one
    # breaks checkout" names deploys now too (a diff review).
    long_ago = [span for span in reading.sentences if says_long_ago(reading.plain.between(*span))]
    said_at: dict[str, list[bool]] = {}
    for found, read in reads:
        if read is not None and read[1] is None:  # counted: a mention ruled out says nothing of now (a diff review)
            said_at.setdefault(read[0].cue, []).append(any(s <= found.start < e for s, e in long_ago))
    of_long_ago = frozenset(cue for cue, then in said_at.items() if all(then))
    return _CuesRead(counting, tie, combining, discounted, sorted(ruled_out), unsure, of_long_ago)


# ---------------------------------------------------------------------------------------------
# categorize
# ---------------------------------------------------------------------------------------------


def is_blank(text: str) -> bool:
    """Whether ``text`` has nothing a reader would see (every character in BLANK_CATEGORIES or BLANK_ADDED)."""
    return all(char in _BLANK_ADDED or unicodedata.category(char) in BLANK_CATEGORIES for char in text)


def _check_text(text: object, *, what: str = "the complaint") -> str:
    """``text`` itself if it is usable; otherwise a clear error naming the problem and the limit."""
    if not isinstance(text, str):
        raise ComplaintError(f"{what} must be text (a string), got {type(text).__name__}: {text!r:.60}")
    if len(text) > MAX_COMPLAINT_CHARS:
        raise ComplaintTooLongError(
            f"{what} is {len(text)} characters long ({text[:40]!r}...); the limit is {MAX_COMPLAINT_CHARS}: "
            "name the one thing that hurts most in a sentence or two"
        )
    if is_blank(text):
        raise EmptyComplaintError(
            f"{what} is empty ({text!r}); write what hurts in a sentence, e.g. 'deploys break prod'"
        )
    return text


def _confidence(ranked: list[TypeScore]) -> float:
    """Share of the evidence held by the leading type, times its strength (score / (score + CONFIDENCE_HALF))."""
    top = ranked[0].score
    total = sum(s.score for s in ranked)
    if top == 0:
        return 0.0
    return round((top / total) * (top / (top + CONFIDENCE_HALF)), 2)


def _confidence_word(confidence: float) -> str:
    if confidence == 0:
        return "none"
    return next(word for threshold, word in CONFIDENCE_WORDS if confidence >= threshold)


def _said(m: CueMatch) -> str:
    """How a match is quoted in a reason: the words as written, a misspelling with what it was read as."""
    said = f"'{m.correction}'" if m.correction else f"'{m.matched}'"
    return said if m.kind == "cue" else f"{m.cue} '{m.matched}'"


def _describe(matches: list[CueMatch], type_: ScalingType) -> str:
    """The matches of one type grouped by example, in the order they appear: "release trains ('deploys')"."""
    groups: dict[str, list[str]] = {}
    for m in matches:
        if m.type is type_:
            groups.setdefault(m.example_label.lower(), []).append(_said(m))
    return ", ".join(f"{label} ({', '.join(said)})" for label, said in groups.items())


def _reading_notes(matches: list[CueMatch], discounted: list[CueMatch]) -> list[str]:
    """What reading changed, for the reason: misspellings, stressed clauses, discounted cues."""
    corrected = [m.correction for m in matches if m.correction]
    notes = [f"misspelt, counted {_cues.TYPO_PENALTY} less: {', '.join(corrected)}"] if corrected else []
    missing = [m.note.split("'")[1] for m in matches if m.note and "a step not taken" in m.note]
    if missing:
        said = ", ".join(f"'{words}'" for words in missing)
        notes.append(f"{said}: a step not taken, +{_cues.MISSING_STEP_BONUS} each")
    stressed = [m for m in matches if m.note and "carries the complaint" in m.note]
    if stressed:
        notes.append(
            f"{', '.join(_said(m) for m in stressed)} in the clause that carries the complaint (+{STRESS_BONUS} each)"
        )
    notes += [f"{note} ({', '.join(_said(m) for m in said)})" for note, said in by_note(discounted)]
    return notes


def _reason(
    category: str,
    secondary: str | None,
    matches: list[CueMatch],
    discounted: list[CueMatch],
    fallback: FallbackReading | None,
    *,
    tie: tuple[list[ScalingType], str] | None = None,
) -> str:
    notes = _reading_notes(matches, discounted)
    if fallback is not None:
        reason = (
            f"{category}, a guess: no cue counted, and the fallback model (character n-grams of the cue vocabulary"
            f" and the guide's examples) finds the wording closest to {category}"
            + fallback.mostly_in(single_quoted)
            + "; check it, or choose the type yourself"
        )
    elif category == UNCATEGORIZED:
        reason = "no cue matched: say what hurts in other words, or choose the type yourself"
        if discounted:
            reason = "no cue counted: say what hurts in other words, or choose the type yourself"
    else:
        reason = f"{category}: {_describe(matches, ScalingType(category))}"
        if tie is not None:
            # Every type with the top score, each with its words ("Flaky tests, audit logs, caching": three).
            tied, rule = tie
            reason += "".join(f"; {kind.value} ties with it: {_describe(matches, kind)}" for kind in tied)
            reason += f"; {rule}"
        elif secondary is not None:
            reason += f"; {secondary} second: {_describe(matches, ScalingType(secondary))}"
    return "; ".join([reason, *notes])


def _tie_said(
    ranked: list[TypeScore], tie_cues: Sequence[CueMatch], tie_weights: Mapping[ScalingType, int]
) -> tuple[list[ScalingType], str] | None:
    """The types with the first's score, in the default sequence, and why the first goes first, as the reason says it
    (the docs' rule: more tie-breaker cues, then the default sequence); None when no other type has its score (a CLI
    review: a tie was said as "user second")."""
    top = ranked[0]
    scores = {score.type: score.score for score in ranked}
    tied = [kind for kind in _TYPE_ORDER if kind is not top.type and scores[kind] == top.score > 0]
    if not tied:
        return None
    by_cues = [kind for kind in tied if tie_weights[top.type] > tie_weights[kind]]
    by_order = [kind for kind in tied if kind not in by_cues]
    said = ", ".join(_said(m) for m in tie_cues if m.type is top.type)
    on_cues = f"on its tie-breaker cues ({said})"
    in_order = "in the default sequence (technical, process, user)"
    if not by_order:
        return tied, f"{top.type.value} goes first {on_cues}"
    if not by_cues:
        return tied, f"{top.type.value} goes first {in_order}"
    # Each rule over the types it decided (a diff review: "process goes first in the default sequence" of a tie with
    # technical, which comes before it there, when its tie-breaker cues put it ahead of user).
    return tied, (
        f"{top.type.value} goes first {on_cues} over {listed([k.value for k in by_cues])}, and {in_order} over"
        f" {listed([k.value for k in by_order])}"
    )


def _outside(text: str, ruled_out: list[tuple[int, int]]) -> str:
    """The text without the stretches ruled out (what the fallback model may read)."""
    kept, last = [], 0
    for start, end in ruled_out:
        kept.append(text[last:start])
        last = max(last, end)
    return " ".join(" ".join([*kept, text[last:]]).split())


def categorize(text: str) -> Categorization:
    """The scaling type one complaint points at, how sure, and the cues that say why.

    Raises ``EmptyComplaintError`` for empty or blank text, ``ComplaintTooLongError`` above
    ``MAX_COMPLAINT_CHARS`` characters and ``ComplaintError`` for anything that is not a string.
    """
    _check_text(text)
    read = _read_cues(text)
    combined, part_of = _combinations(read.counting + read.combining, read.of_long_ago)
    matches = read.counting + combined
    # A cue counted in a combination is not set aside (a reader's review: "breaks" was listed as set aside, for want
    # of a system near it, under "deploy + breaks", which counted it): the combination says why it counts.
    discounted = [m for m in read.discounted if not (m in read.combining and m.cue in part_of)]
    scores = {t: sum(m.counted for m in matches if m.type is t) for t in _TYPE_ORDER}
    ties = {t: sum(m.weight for m in read.tie if m.type is t) for t in _TYPE_ORDER}
    ranked = sorted((TypeScore(t, scores[t]) for t in _TYPE_ORDER), key=lambda s: (-s.score, -ties[s.type]))
    top, second = ranked[0], ranked[1]
    category = top.type.value if top.score > 0 else UNCATEGORIZED
    share, of_top = SECONDARY_RATIO
    secondary = second.type.value if second.score > 0 and second.score * of_top >= top.score * share else None
    confidence = min(_confidence(ranked), UNSURE_CONFIDENCE) if read.unsure else _confidence(ranked)
    fallback = None if top.score > 0 else read_unknown(_outside(text, read.ruled_out))
    tie = _tie_said(ranked, read.tie, ties)
    if fallback is not None:
        category, confidence = fallback.type.value, FALLBACK_CONFIDENCE
    return Categorization(
        text=text.strip(),
        type=category,
        secondary=secondary,
        confidence=confidence,
        confidence_word=_confidence_word(confidence),
        scores=tuple(TypeScore(t, scores[t]) for t in _TYPE_ORDER),
        cues=tuple(matches),
        reason=_reason(category, secondary, matches, discounted, fallback, tie=tie),
        discounted=tuple(discounted),
        fallback=fallback,
        tied_with=tuple(kind.value for kind in tie[0]) if tie is not None else (),
    )


# ---------------------------------------------------------------------------------------------
# triage
# ---------------------------------------------------------------------------------------------


def _check_complaints(complaints: object) -> list[str]:
    if isinstance(complaints, str) or not isinstance(complaints, Sequence):
        raise TriageInputError(
            f"complaints must be a list of texts, got {type(complaints).__name__}: {complaints!r:.60}"
        )
    if not 1 <= len(complaints) <= MAX_COMPLAINTS:
        raise TriageInputError(
            f"give 1 to {MAX_COMPLAINTS} complaints, got {len(complaints)}: "
            "keep the ones that hurt most, the worst first"
        )
    return [_check_text(text, what=f"complaint {i + 1}") for i, text in enumerate(complaints)]


def _check_overrides(overrides: object, count: int) -> dict[int, str]:
    if overrides is None:
        return {}
    if not isinstance(overrides, Mapping):
        raise TriageInputError(f"overrides must map a complaint index to a type, got {type(overrides).__name__}")
    checked: dict[int, str] = {}
    for index, value in overrides.items():
        if isinstance(index, bool) or not isinstance(index, int):
            # A CLI review: the key "0" was said to name no complaint, with 0 listed as valid.
            raise TriageInputError(
                f"override index {index!r} must be an int (0 to {count - 1}), got {type(index).__name__}"
            )
        if not 0 <= index < count:
            raise TriageInputError(
                f"override index {index!r} names no complaint; valid indexes (0-based): 0 to {count - 1}"
            )
        if not isinstance(value, str) or value not in OVERRIDE_TYPES:
            raise TriageInputError(
                f"override {value!r} for complaint index {index} is not a type; valid: {', '.join(OVERRIDE_TYPES)}"
            )
        checked[index] = str(value) if not isinstance(value, ScalingType) else value.value
    return checked


def _complaint_numbers(value: object, name: str, count: int | None = None) -> list[int]:
    """``value`` as complaint numbers: a list (of ``count`` numbers, when given) of whole numbers from 1 up, each
    above the one before; else ``TriageInputError`` naming the argument ``name``."""
    if isinstance(value, str) or not isinstance(value, Sequence):
        raise TriageInputError(f"{name} must be a list of complaint numbers, got {type(value).__name__}")
    checked = list(value)
    if count is not None and len(checked) != count:
        raise TriageInputError(f"{name} must name each of the {count} complaints, got {len(checked)} numbers")
    whole = all(isinstance(n, int) and not isinstance(n, bool) for n in checked)
    if not whole or (checked and checked[0] < 1) or not all(a < b for a, b in itertools.pairwise(checked)):
        raise TriageInputError(
            f"{name} must be whole numbers from 1 up, each above the one before, got {checked!r:.80}"
        )
    return checked


def _check_numbers(numbers: object, count: int) -> list[int]:
    """The numbers the reader knows the complaints by: 1 to ``count`` unless given, else increasing box numbers."""
    return list(range(1, count + 1)) if numbers is None else _complaint_numbers(numbers, "numbers", count)


def check_left_out(left_out: object, numbers: Sequence[int]) -> list[int]:
    """The numbers of complaints left out for their length (``recommend``'s ``left_out``): whole numbers from 1 up,
    each above the one before, none of them a complaint that is read (``numbers``)."""
    checked = _complaint_numbers(left_out, "left_out")
    both = sorted(set(checked) & set(numbers))
    if both:
        raise TriageInputError(f"left_out names complaints that are read: {both!r:.80}")
    return checked


def _check_investment(investment: object) -> dict[ScalingType, str] | None:
    if investment is None:
        return None
    if not isinstance(investment, Mapping):
        raise TriageInputError(f"investment must map a type to an effort level, got {type(investment).__name__}")
    checked: dict[ScalingType, str] = {}
    for key, level in investment.items():
        if not isinstance(key, str) or key not in _TYPE_VALUES:
            raise TriageInputError(f"investment names an unknown type {key!r}; valid: {', '.join(_TYPE_VALUES)}")
        if not isinstance(level, str) or level not in EFFORT_LEVELS:
            raise TriageInputError(
                f"effort {level!r} for {ScalingType(key).value} is not a level; valid: {', '.join(EFFORT_LEVELS)}"
            )
        checked[ScalingType(key)] = str(level)
    return checked


def listed(names: Sequence[str]) -> str:
    """Names in a sentence: "a", "a and b", "a, b and c"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def ordinals(numbers: Sequence[int]) -> str:
    """Complaints by the numbers the reader knows them by: "#2", "#1 and #3", "#1, #2 and #4"."""
    return listed([f"#{n}" for n in numbers])


def _pressure(weight: int, effort: str | None, investment_given: bool) -> float:
    """Complaint weight relative to effort: weight / (rank + 1); without any effort answers, the weight.

    A float is exact enough to rank: weights are small integers and the divisors 1 to 3, so two different
    pressures are at least 1/9 apart and equal ones divide to the same float.
    """
    if not investment_given:
        return float(weight)
    return weight / (EFFORT_LEVELS[effort or MISSING_EFFORT] + 1)


def _tallies(items: list[TriagedComplaint], investment: dict[ScalingType, str] | None) -> list[TypeTally]:
    tallies = []
    for t in _TYPE_ORDER:
        mine = [item for item in items if item.type == t.value]
        weight = sum(item.weight for item in mine)
        effort = None if investment is None else investment.get(t)
        pressure = _pressure(weight, effort, investment is not None)
        tallies.append(TypeTally(t, weight, tuple(item.index for item in mine), effort, round(pressure, 2)))
    return tallies


def _under_invested(
    tallies: list[TypeTally],
    investment: dict[ScalingType, str] | None,
    numbers: Sequence[int],
    unsure: frozenset[int] = frozenset(),
) -> tuple[ScalingType | None, str]:
    """The type with the highest complaint weight relative to its effort, and why (naming the complaints by
    ``numbers``, the numbers the reader knows them by). When every complaint behind it is one of ``unsure`` (read
    with low confidence, its type not chosen by the reader), the reason says so: the verdict is no surer than they are.

    Ties go to the type of the earlier (heavier) complaint. Only a type that some complaint points at
    can be under-invested in, and not one that got "most" of last quarter's effort: the exercise's type is the one
    the complaints point at that got the least (a reader's review: complaints all about technical scaling, which got
    most of the effort, called it under-invested).
    """
    pointed = [tally for tally in tallies if tally.complaint_weight > 0]
    if not pointed:
        return None, (
            "no complaint points at a type (each is uncategorized: no cue matched it, or its type was set so): "
            "reword them or choose their types yourself"
        )
    given = investment is not None
    candidates = [tally for tally in pointed if not (given and tally.effort == UNDER_NEVER_EFFORT)]
    if not candidates:
        return None, _all_got_most(pointed, numbers)
    best = min(
        candidates,
        key=lambda tally: (-_pressure(tally.complaint_weight, tally.effort, given), tally.complaints[0]),
    )
    total = sum(tally.complaint_weight for tally in tallies)
    first_counted = min((numbers[index] for tally in tallies for index in tally.complaints), default=None)
    which = "complaint" if len(best.complaints) == 1 else "complaints"
    verb = "points" if len(best.complaints) == 1 else "point"
    named = [numbers[index] for index in best.complaints]
    why = f"{best.type.value}: {which} {ordinals(named)} {verb} at it, " + (
        "the only type your complaints point at"
        if best.complaint_weight == total
        else f"with {best.complaint_weight} of your complaints' total weight of {total} ({_weighs_most(first_counted)})"
    )
    # Sentences of their own (a reader's review: three clauses joined by semicolons were hard to read).
    if investment is None:
        why += ". The effort it got last quarter was not given, so this is the pain alone"
    else:
        # A reader's review: "was not given, counted as some" read as a slip.
        # Quoted as the answers' labels are, “Some”, given or not (a guide review: straight quotes beside the curly
        # ones; a diff review: "was some" beside "taken as “Some”").
        quoted = f"“{_effort_label(best.effort or MISSING_EFFORT)}”"
        effort = quoted if best.effort else f"not given, so it is taken as {quoted}"
        why += f", and the effort it got last quarter was {effort}"
    pressure = _pressure(best.complaint_weight, best.effort, given)
    tied = [t for t in candidates if t is not best and _pressure(t.complaint_weight, t.effort, given) == pressure]
    if tied:
        # Said with the rule that broke it (a diff review: five complaints tying 5/5/5 named one type, silently).
        said = listed([t.type.value for t in tied])
        why += (
            f". {said[0].upper()}{said[1:]} scaling {'ties' if len(tied) == 1 else 'tie'} with it: the type of the "
            "earlier complaint goes first"
        )
    if set(best.complaints) <= unsure:
        # A reader's review: one vague complaint read at low confidence gave as firm a verdict as a clear one.
        one = len(best.complaints) == 1
        why += (
            f". But {which} {ordinals(named)} {'was' if one else 'were'} read with low confidence: check "
            f"{'its' if one else 'their'} type, and choose it yourself if it is wrong"
        )
    return best.type, why


def _repeated(items: Sequence[TriagedComplaint]) -> str:
    """The sentences that name weighed complaints saying the same thing (``rules.UNDER_REPEATED``), each group once,
    or "". Said the same: case, spaces, a closing mark and the kind of apostrophe aside. A complaint left out of the
    weighing (uncategorized, or set so) is no repeat that counts (a diff review)."""
    groups: dict[str, list[int]] = {}
    for item in items:
        if item.type == UNCATEGORIZED:
            continue
        said = unicodedata.normalize("NFKC", item.text).translate(_APOSTROPHES).casefold()
        groups.setdefault(" ".join(said.split()).rstrip(".!?\u2026 "), []).append(item.number)
    repeats = [numbers for numbers in groups.values() if len(numbers) > 1]
    return "".join(". " + UNDER_REPEATED.format(numbers=f"Complaints {ordinals(numbers)}") for numbers in repeats)


def _weighs_most(first_counted: int | None) -> str:
    """Which of the complaints counted weighs most, in words: "the first you wrote", or the first counted when the
    first box is not (a reader's review: "complaint #2 ... (the first you wrote counts most)" beside a first box over
    the limit; a later one, beside a first complaint left out), said beside a weight, the complaints' own measure (a
    reader's review: "points" of complaints beside the evidence's)."""
    return (
        "the first you wrote weighs most"
        if first_counted is None or first_counted == 1
        else f"#{first_counted}, the first one counted, weighs most"
    )


def _effort_label(effort: str) -> str:
    """An effort answer as the questionnaire labels it (“Some”): the option's own label, not its id capitalised (noted
    at stop 54), so a new label is said here too."""
    return next(option.label for option in questions.EFFORT_TECHNICAL.options if option.id == effort)


def _all_got_most(pointed: list[TypeTally], numbers: Sequence[int]) -> str:
    """Why no type is under-invested when every type the complaints point at got "most" of the effort: which
    complaints point at which type ("complaints #1 and #2 point at technical scaling and #3 at process scaling": a CLI
    review read "#1, #2 and #3 point at technical, process and user" as one each, in order)."""
    said = []
    for k, tally in enumerate(pointed):
        named = ordinals([numbers[index] for index in tally.complaints])
        one = len(tally.complaints) == 1
        lead = ("complaint " if one else "complaints ") if k == 0 else ""
        verb = ("points at " if one else "point at ") if k == 0 else "at "
        said.append(f"{lead}{named} {verb}{tally.type.value} scaling")
    got = "which got" if len(pointed) == 1 else "which each got"
    return (
        f"{listed(said)}, {got} most of last quarter's effort already, so none is under-invested; if the pain goes on, "
        "check that the effort goes at its cause"
    )


def _effort_flags(tallies: list[TypeTally]) -> tuple[EffortFlag, ...]:
    return tuple(
        EffortFlag(
            type=tally.type,
            effort=tally.effort,
            message=(
                # A reader's review: "none ... points at it" beside a complaint that names the type second.
                f"most of last quarter's effort went to {tally.type.value} scaling, "
                "but none of these complaints is mainly about it"
            ),
        )
        for tally in tallies
        if tally.effort == "most" and tally.complaint_weight == 0
    )


def _effort_check(tallies: list[TypeTally]) -> str | None:
    """What the questionnaire's verdict says of more than one type given most of the effort, else None."""
    most = [tally.type.title.lower() for tally in tallies if tally.effort == UNDER_NEVER_EFFORT]
    return UNDER_MOST_TWICE.format(types=listed(most)).strip() if len(most) > 1 else None


def triage(
    complaints: Sequence[str],
    investment: Mapping[str, str] | None = None,
    overrides: Mapping[int, str] | None = None,
    *,
    numbers: Sequence[int] | None = None,
) -> Triage:
    """The exercise: categorise up to five complaints and name the type under-invested in.

    ``complaints``: 1 to ``MAX_COMPLAINTS`` texts, the one that hurts most first; complaint *i* (0-based)
    weighs ``COMPLAINT_WEIGHTS[i]`` (5, 4, 3, 2, 1).
    ``numbers``: the number the reader knows each complaint by, increasing (the questionnaire's box numbers, an
    empty box skipped: complaints in boxes 2 and 3 are "#2" and "#3", and weigh 5 and 4); by default 1, 2, 3...
    ``overrides``: the reader's own type for a complaint, by 0-based index: "technical", "process", "user",
    or "uncategorized" to leave that complaint out of the weighing.
    ``investment``: last quarter's effort per type, "none", "some" or "most", keyed by "technical",
    "process", "user" (the questionnaire's effort answers); a type left out counts as "some".

    The under-invested type has the highest complaint weight divided by (effort rank + 1), ranks none 0,
    some 1, most 2; without ``investment``, the highest complaint weight. Ties go to the type of the
    earlier complaint. With ``investment``, a type that got "most" of the effort is never under-invested, and a flag
    names each type that got "most" while no complaint is mainly about it.
    """
    texts = _check_complaints(complaints)
    chosen = _check_overrides(overrides, len(texts))
    efforts = _check_investment(investment)
    named = _check_numbers(numbers, len(texts))
    items = []
    for index, text in enumerate(texts):
        categorization = categorize(text)
        items.append(
            TriagedComplaint(
                index=index,
                text=categorization.text,
                weight=COMPLAINT_WEIGHTS[index],
                type=chosen.get(index, categorization.type),
                overridden=index in chosen,
                categorization=categorization,
                number=named[index],
            )
        )
    tallies = _tallies(items, efforts)
    unsure = frozenset(i.index for i in items if not i.overridden and i.categorization.confidence_word == "low")
    under_invested, reason = _under_invested(tallies, efforts, named, unsure)
    return Triage(
        complaints=tuple(items),
        tallies=tuple(tallies),
        under_invested=under_invested,
        reason=reason + _repeated(items),
        investment_given=efforts is not None,
        effort_flags=_effort_flags(tallies) if efforts is not None else (),
        effort_check=_effort_check(tallies),
    )


# ---------------------------------------------------------------------------------------------
# Plain data: results and the vocabulary
# ---------------------------------------------------------------------------------------------


def vocabulary() -> dict[str, list[dict[str, Any]]]:
    """The cues per type as JSON data: for each type its examples, each with its cues' phrases and weights."""
    result: dict[str, list[dict[str, Any]]] = {}
    for t in _TYPE_ORDER:
        examples = []
        for example in (e for e in _cues.EXAMPLES if e.type is t):
            cues = [
                {
                    "phrase": cue.phrase,
                    "weight": cue.weight,
                    "tags": list(cue.tags),
                    "words": list(normalise(cue.phrase)),
                }
                for cue in _cues.CUES
                if cue.example == example.id
            ]
            examples.append({"example": example.id, "label": example.label, "generic": example.generic, "cues": cues})
        result[t.value] = examples
    return result


def abbreviations() -> list[dict[str, Any]]:
    """The abbreviations and synonyms as JSON data: each canonical form with the forms that become it."""
    return [{"canonical": entry.canonical, "forms": list(entry.forms)} for entry in _cues.ABBREVIATIONS]
