"""How a complaint is read before its cues count: clauses, negation and misspellings (pure functions).

The data (which words end a clause, say something is fine, or point at the complaint) is in
``decision_engine.cues``; ``decision_engine.complaints`` uses these functions while it scores.

- ``clauses(text)``: the complaint cut into clauses, each ``plain``, ``stressed`` (it carries the complaint:
  after "but", or "the problem is ...") or ``fine`` (it says something is fine or not the problem).
- ``negated_symptom(text, start)``: whether a negation stands right before the words at ``start``
  ("no outage").
- ``Speller``: reads a misspelt word as the one cue word it is one edit away from.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from itertools import pairwise

from decision_engine import cues as _cues

PLAIN = "plain"
STRESSED = "stressed"
FINE = "fine"

# A word: letters and digits of any script, with inner apostrophes ("isn't"). Read in ASCII only, "pröblem" was
# the words "pr" and "blem", and "pr" a pull request (a reader's review). As they count, words drop apostrophes and
# the accents of text typed already decomposed (a letter, then its combining accent: fold_accents folds only letters
# written whole).
# Characters that show as nothing inside a word are part of it, and dropped as it counts: a soft hyphen, zero-width
# spaces and joiners, direction marks and isolates, a word joiner, a byte-order mark (a CLI review: "lat\u200bency" was
# read as "lat", then "late"). The command line shows each as [U+XXXX] (cli.py reads this string too).
INVISIBLE_IN_WORDS = "".join(
    chr(code)
    for first, last in (
        (0xAD, 0xAD),
        (0x61C, 0x61C),
        (0x180E, 0x180E),
        (0x200B, 0x200F),
        (0x202A, 0x202E),
        (0x2060, 0x2064),
        (0x2066, 0x2069),
        (0xFEFF, 0xFEFF),
        # Tag characters, which no font shows (a CLI review: "lat\U000e0061ency" showed as "latency", read as "lat").
        (0xE0000, 0xE007F),
    )
    for code in range(first, last + 1)
)
_LETTER = r"(?:[^\W_]|[\u0300-\u036f])"
_RUN = rf"{_LETTER}(?:(?:{_LETTER}|[{INVISIBLE_IN_WORDS}])*{_LETTER})?"
WORD = re.compile(rf"{_RUN}(?:['\u2019]{_RUN})*")
APOSTROPHES = str.maketrans("", "", "'\u2019" + INVISIBLE_IN_WORDS + "".join(map(chr, range(0x300, 0x370))))


@functools.cache
def _folded(character: str) -> str:
    decomposed = unicodedata.normalize("NFD", character)
    marks = decomposed[1:]
    return decomposed[0] if marks and decomposed[0].isascii() and all(map(unicodedata.combining, marks)) else character


def fold_accents(text: str) -> str:
    """Latin letters with accents as the letter without them, one character for one, so places in the text hold:
    "pröblem" is read as "problem", "déploys" as "deploys"."""
    return text if text.isascii() else "".join(map(_folded, text))


# Punctuation that ends a clause: . ! ? ; , : before a space or the end (a closing quote may stand between: 'when they
# leave." Performance has been fine' is two clauses), brackets, a spaced dash, a new line.
_PUNCTUATION = r"[.!?;,:][\"\u201d\u2019]?(?=\s|$)|[()\[\]\n]|\s[-\u2013\u2014]+\s|\s--\s"
_BOUNDARY = re.compile(
    _PUNCTUATION + r"|\b(" + "|".join((*_cues.CONTRAST_WORDS, *_cues.CONCESSION_WORDS)) + r")\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Clause:
    """A stretch of the complaint between two clause boundaries, and how it is read."""

    start: int  # where it starts and ends in the text
    end: int
    role: str  # PLAIN, STRESSED or FINE
    text: str  # as written, without the surrounding spaces
    marker: str  # the words that gave the role ("is fine", "but", "the problem is"), or ""
    verdict: str = ""  # a subject of a verdict that follows it ("SAML" in "SAML, SCIM: all shipped"): the verdict


_KEEP_S = frozenset(("it", "that", "what", "there", "here", "who", "he", "she", "let"))


class Words:
    """The words of a text (as ``plain_words`` reads them), each with where it starts: read once per complaint,
    then sliced by character range (clause boundaries never cut a word). ``unheld``, when given, reads a word with a
    letter held for stress as the word it stresses (``Speller.unheld``: "SSO is fiiiine" says SSO is fine)."""

    def __init__(self, text: str, unheld: Callable[[str], str] | None = None) -> None:
        self.words: list[str] = []
        self.starts: list[int] = []
        for m in WORD.finditer(fold_accents(text)):
            word = m.group().lower()
            base = word[:-2]
            if len(word) > 2 and word[-2] in "'\u2019" and word[-1] == "s" and base not in _KEEP_S:
                self.words += [base.translate(APOSTROPHES), "s"]
                self.starts += [m.start(), m.start()]
            else:
                plain = word.translate(APOSTROPHES)
                self.words.append(unheld(plain) if unheld is not None else plain)
                self.starts.append(m.start())

    def between(self, start: int, end: int) -> list[str]:
        """The words that start at a character from ``start`` up to (not including) ``end``."""
        return self.words[bisect_left(self.starts, start) : bisect_left(self.starts, end)]


def plain_words(text: str) -> list[str]:
    """The words of ``text``, lower case, apostrophes dropped ("isn't" is "isnt"); a word's "'s" is a word of
    its own ("uptime's fine" is "uptime s fine"), except in "it's", "that's" and the like ("its")."""
    return Words(text).words


# Phrases as word tuples by their first word, in the order of the data.
_PhraseIndex = dict[str, tuple[tuple[str, ...], ...]]


def _phrases(phrases: Iterable[str]) -> _PhraseIndex:
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = tuple(plain_words(phrase))
        index.setdefault(words[0], []).append(words)
    return {first: tuple(found) for first, found in index.items()}


_FINE_STATES = _phrases(_cues.FINE_STATES)
_FINE_PHRASES = _phrases(_cues.FINE_PHRASES)
_PROBLEM_WORDS = _phrases(_cues.PROBLEM_WORDS)
_RULED_OUT = _phrases(_cues.RULED_OUT_PHRASES)
_RULED_OUT_WHO = _phrases(_cues.RULED_OUT_WHO)
_MINOR = _phrases(_cues.MINOR_PHRASES)
_MINOR_SAID = frozenset(" ".join(plain_words(phrase)) for phrase in _cues.MINOR_PHRASES)
_NO_HELP = _phrases(_cues.NO_HELP_PHRASES)
_SET_ASIDE = _phrases(_cues.SET_ASIDE_OPENERS)
_CLEFT = _phrases(_cues.CLEFT_OPENERS)
_STRESS = _phrases(_cues.STRESS_PHRASES)
_RANKING = _phrases(_cues.RANKING_PHRASES)
_COMPARISONS = _phrases(_cues.COMPARISONS)
_RANKING_ENDINGS = _phrases(_cues.RANKING_ENDINGS)
_MILD_WISHES = _phrases(_cues.MILD_WISHES)


def _phrase_at(words: list[str], i: int, phrases: _PhraseIndex) -> tuple[str, ...] | None:
    """The first of ``phrases`` that ``words`` spell from place ``i``, if any."""
    for phrase in phrases.get(words[i], ()) if i < len(words) else ():
        if tuple(words[i : i + len(phrase)]) == phrase:
            return phrase
    return None


def _placed_ruled_out(words: list[str], i: int) -> tuple[str, ...] | None:
    """A phrase of ``cues.RULED_OUT_PHRASES`` whose who (``cues.RULED_OUT_WHO``) is placed before its verb, from ``i``:
    "nobody at the cider press complains about", "nobody here is asking for" (the words as said)."""
    who = _phrase_at(words, i, _RULED_OUT_WHO)
    at = i + len(who) if who is not None else len(words)
    if who is None or at >= len(words):
        return None
    if words[at] in _cues.RULED_OUT_ADVERBS:
        verbs_at = range(at + 1, at + 2)
    elif words[at] in _cues.RULED_OUT_PLACES:
        verbs_at = range(at + 2, min(at + _cues.RULED_OUT_PLACE_WORDS, len(words)) + 1)
    else:
        return None
    for verb_at in verbs_at:
        phrase = _phrase_at([*who, *words[verb_at:]], 0, _RULED_OUT)  # the phrase as if the place were not there
        if phrase is not None and len(phrase) > len(who):
            return tuple(words[i : verb_at + len(phrase) - len(who)])
    return None


def _ruled_out(words: list[str]) -> tuple[int, tuple[str, ...]] | None:
    """The first phrase of ``cues.RULED_OUT_PHRASES`` in ``words`` (its who maybe placed: ``_placed_ruled_out``), and
    where, but a comparison after one of ``cues.COMPARED_NOT_AFTER`` ("more or less about slow search", "no less about
    uptime": a diff review)."""
    for i in range(len(words)):
        phrase = _phrase_at(words, i, _RULED_OUT) or _placed_ruled_out(words, i)
        if phrase is not None and _limited(words, i, phrase):
            continue
        if (
            phrase is not None
            and not _RULED_OUT_BELIEFS.isdisjoint(phrase)
            and _needs_no_thing(words[i + len(phrase) :])
        ):
            continue
        compared = phrase is not None and " ".join(phrase) in _cues.COMPARED_RULED_OUT
        if phrase is not None and not (compared and i > 0 and words[i - 1] in _cues.COMPARED_NOT_AFTER):
            return i, phrase
    return None


_RULED_OUT_BELIEFS = frozenset(_cues.RULED_OUT_BELIEFS)


def _needs_no_thing(after: list[str]) -> bool:
    """Whether what a need denied by a belief names is an act of telling or a proof, not a thing: "don't think we need
    to explain how bad the outages are", "... more proof that ..." (``cues.RULED_OUT_NEED_NOT_BEFORE``,
    ``cues.RULED_OUT_NEED_TO``)."""
    if after[:1] == ["to"]:
        return after[1:2] != [] and after[1] in _cues.RULED_OUT_NEED_TO
    return any(word in _cues.RULED_OUT_NEED_NOT_BEFORE for word in after[: _cues.RULED_OUT_NEED_REACH])


def _limited(words: list[str], i: int, phrase: tuple[str, ...]) -> bool:
    """Whether not caring or struggling (``cues.RULED_OUT_LIMITED_VERBS``) at ``i`` is limited after it in ``words``
    ("until the day they get breached", "more than our support team") or asked ("Who doesn't struggle with ...?")."""
    if not _limited_care(phrase):
        return False
    if i > 0 and words[i - 1] in _cues.RULED_OUT_ASKED_BY:
        return True
    after = words[i + len(phrase) :]
    compared = _cues.RULED_OUT_LIKE in after and after[-1] in _cues.RULED_OUT_LIKE_ENDS  # "like our hospitals do"
    return compared or _find(after, _RULED_OUT_LIMITS) is not None


_LIMITED_VERBS = frozenset(_cues.RULED_OUT_LIMITED_VERBS)
_CARE_VERBS = frozenset(_cues.RULED_OUT_CARE_VERBS)


def _limited_care(said: Iterable[str]) -> bool:
    """Whether a ruling-out phrase's words say no one cares, struggles or asks (``cues.RULED_OUT_LIMITED_VERBS``),
    which a limit after it undoes ("until ...")."""
    return not _LIMITED_VERBS.isdisjoint(said)


_RULED_OUT_LIMITS = _phrases(_cues.RULED_OUT_LIMITS)


def _find(words: list[str], phrases: _PhraseIndex) -> tuple[int, tuple[str, ...]] | None:
    """The first place (and phrase) where one of ``phrases`` occurs in ``words``."""
    for i, word in enumerate(words):
        phrase = _phrase_at(words, i, phrases) if word in phrases else None
        if phrase is not None:
            return i, phrase
    return None


def _negation_at(words: list[str], i: int, negations: tuple[str, ...] = _cues.NEGATIONS) -> bool:
    """A negation that rules something out (not "not having", "no one", "not enough")."""
    following = words[i + 1] if i + 1 < len(words) else ""
    return words[i] in negations and following not in _cues.ABSENCE_WORDS


_BEFORE_PROBLEM = (*_cues.NEGATIONS, *_cues.VERB_NEGATIONS)


def _problem_after_negation(words: list[str], i: int) -> str | None:
    """ "not a performance issue", "no problem with", "nothing wrong with", "aren't the worry", "never had SSO or
    permissions complaints", "not really an outage problem" (from ``i``)."""
    start, width, open_phrase = i + 1, 3, words[i] == "no"
    if start + 1 < len(words) and words[start] in _cues.NEGATION_HEDGES and words[start + 1] in _cues.DETERMINERS:
        start += 1  # "not really an outage problem": the hedge stands outside the noun phrase
    if start < len(words) and words[start] in _cues.HAVING_VERBS:
        start, width, open_phrase = start + 1, _cues.NOUN_PHRASE_WORDS, True
    if words[start : start + 1] and words[start] in _cues.DETERMINERS:
        width += 1  # "isn't a customer governance thing": the determiner takes no place of the noun phrase's
    for j in range(start, min(start + width, len(words))):
        if j > start and not open_phrase and words[start] not in _cues.DETERMINERS:
            return None
        if words[j] in _cues.NOUN_PHRASE_BREAKS:
            return None
        problem = _phrase_at(words, j, _PROBLEM_WORDS)
        if problem is not None:
            return " ".join(words[i : j + len(problem)])
    return None


def _negation_after_problem(words: list[str], i: int) -> str | None:
    """ "the problem isn't latency", "the issue is not the database" (a problem word at ``i``)."""
    problem = _phrase_at(words, i, _PROBLEM_WORDS)
    if problem is None:
        return None
    after = i + len(problem)
    after += 1 if after < len(words) and words[after] in _cues.COPULAS else 0
    if after < len(words) and words[after] != "no" and _negation_at(words, after):
        return " ".join(words[i : after + 1])
    return None


def _negated_problem(words: list[str]) -> str | None:
    """A problem word ruled out by a negation before or right after it."""
    for i, word in enumerate(words):
        found = _problem_after_negation(words, i) if _negation_at(words, i, _BEFORE_PROBLEM) else None
        if found is None and word in _PROBLEM_WORDS:
            found = _negation_after_problem(words, i)
        if found is not None:
            return found
    return None


def _fine_state(words: list[str]) -> str | None:
    """ "<something> is fine", "has been great", "are all sorted": a copula, fillers, a fine state."""
    for i, word in enumerate(words):
        if word not in _cues.COPULAS or any(w in _cues.MODALS for w in words[max(0, i - 2) : i]):
            continue
        if any(w in _cues.WAITED_FOR for w in words[max(0, i - _cues.WAITED_REACH) : i]):
            continue  # "rerun until the pipeline is green": waited for
        if _in_relative_clause(words, i):  # "a page that was fine yesterday"
            continue
        j = i + 1
        while j < len(words) and j - i <= 2 and words[j] in _cues.FILLERS:
            j += 1
        if j < len(words) and words[j] in _cues.STATE_PREFIXES:  # "in decent shape", "in a good place"
            j += 1 + (j + 1 < len(words) and words[j + 1] in _cues.STATE_ARTICLES)
        state = _phrase_at(words, j, _FINE_STATES)
        after = words[j + len(state)] if state is not None and j + len(state) < len(words) else ""
        if state is not None and state[-1].endswith("ing") and after in _cues.STATE_VERB_PARTICLES:
            continue  # "they are working on it": a verb, not a state
        if state is not None and " ".join(state) in _cues.SMALL_STATES and word in _cues.PAST_COPULAS:
            continue  # "was manageable at ten customers": small then
        if state is not None and not _partial(words, j + len(state)):
            return " ".join(words[i : j + len(state)])
    return None


def _verbless_fine(words: list[str]) -> str | None:
    """ "Release cadence okay", "Roles and SSO all good": a short subject with no verb (at most
    ``cues.VERBLESS_SUBJECT_WORDS`` words, none a negation, a pronoun, a modal, a copula, a preposition, a verb of
    ``cues.VERBLESS_VERBS`` or a hedge of ``cues.VERBLESS_HEDGES``), fillers, then a fine state that ends the clause:
    the terse verdict of notes and retros (set 36 read); the fillers and the state are its marker. Not "not okay",
    nor a small state ("Latency minor"), nor a verdict on a list before it ("Uptime, latency: all sorted")."""
    for i in range(1, min(len(words), _cues.VERBLESS_SUBJECT_WORDS + 1)):
        state = _phrase_at(words, i, _FINE_STATES)
        if state is None or i + len(state) != len(words) or " ".join(state) in _cues.SMALL_STATES:
            continue
        if _verdict(words) is not None:
            return None  # a verdict on what came before: "Uptime, latency: all sorted and green"
        said = i
        while said > 0 and words[said - 1] in _cues.FILLERS:  # "Roles and SSO all good": the verdict "all good"
            said -= 1
        subject = words[:said]
        if subject and _VERBLESS_NOT.isdisjoint(subject):
            return " ".join(words[said:])
    return None


def _praised(words: list[str]) -> str | None:
    """ "good reviews, good runbooks", "solid reviews and decent tests": an item (or items joined by
    ``cues.LIST_JOINERS``) that opens with a word of ``cues.PRAISE_WORDS`` and has at most ``cues.PRAISED_WORDS`` words
    more, none of them a verb, negation or hedge the verbless verdict refuses: praise said without a verb. The praise
    word is its marker. Not "Great, another outage" (no word after it), nor "quick fixes pile up" (no praise word)."""
    for item in _list_parts(words):
        if not 2 <= len(item) <= 1 + _cues.PRAISED_WORDS or item[0] not in _PRAISE:
            return None
        # No verb after it: "Good engineers quit", "Good tests needed", "Decent docs missing" (a diff review).
        if not _VERBLESS_NOT.isdisjoint(item[1:]) or any(_a_verb_after_praise(word) for word in item[2:]):
            return None
    return words[0]


def _a_verb_after_praise(word: str) -> bool:
    """Whether a word after a praised noun is a verb: one of ``cues.PRAISE_VERBS``, or a participle in -ed or -ing."""
    return word in _cues.PRAISE_VERBS or word.endswith(("ed", "ing"))


_PRAISE = frozenset(_cues.PRAISE_WORDS)
_VERBLESS_NOT = frozenset(
    (
        *_cues.NEGATIONS,
        *_cues.COPULAS,
        *_cues.MODALS,
        *_cues.VERBLESS_NOT_SUBJECTS,
        *_cues.NOTHING_SUBJECTS,
        *_cues.WAITED_FOR,
        *_cues.VERB_NEGATIONS,
        *_cues.VERBLESS_VERBS,
        *_cues.VERBLESS_HEDGES,
    )
)


_CONTRACTED = frozenset(_cues.CONTRACTED_NEGATIONS)
_NOT_FINE_BEFORE = frozenset((*_cues.NEGATIONS, *_cues.FINE_VETOES, *_CONTRACTED, *_cues.MODALS, "meant"))


_HOURS_COUNT_WORDS = 2  # "through the night", "every single weekend"


def _hours_worked(after: list[str]) -> bool:
    """Whether the words after "works" or "worked" are someone's hours ("part time", "four weekends", "every
    night"), a count of them (a number too) maybe first."""
    for _ in range(_HOURS_COUNT_WORDS):
        if after and (after[0] in _cues.WORKS_HOURS_COUNTS or after[0].isdigit()):
            after = after[1:]
    return after[:1] != [] and after[0] in _cues.WORKS_HOURS


def _fine_phrase(words: list[str]) -> str | None:
    """ "works", "went smoothly", "happy with": not after a negation ("nothing works", "not happy with"), nor in a
    relative clause ("breaks something that worked")."""
    found = _find(words, _FINE_PHRASES)
    if found is None:
        return None
    i, phrase = found
    before = words[max(0, i - 3) : i]
    # Said of nothing, however far back its subject opens ("Nothing in our environment works as intended": an attack
    # review); not "No complaints", a fine phrase of its own.
    nothing = i > 0 and words[0] in _cues.NOTHING_SUBJECTS
    # Nor a wish ("We want search to work fine at peak": a diff review), as a copula's state after a modal is none.
    if nothing or any(w in _NOT_FINE_BEFORE for w in before):
        return None
    # Not in a question ("knows how the stock sync works"), nor a relative clause; nor "without problems" said before
    # more or after a negation ("we cannot ship without problems appearing in prod" complains); nor someone's hours.
    troubled = phrase in _WITHOUT_TROUBLE and not _ends_unnegated(words, i, len(phrase))
    hours = phrase in _WORKS and _hours_worked(words[i + 1 : i + 2 + _HOURS_COUNT_WORDS])  # "works part time"
    if _asked_of(words, i) or _in_relative_clause(words, i) or troubled or hours:
        return None
    if any(word == "used" and words[k + 1 : k + 2] == ["to"] for k, word in enumerate(words[:i])):
        return None  # "used to handle it without breaking a sweat" was so once (an attack review)
    if any(word in _cues.DEMANDED_PROOF for word in words[:i]):
        return None  # "A tender wants proof the app works with a screen reader": asked for (a reader's review)
    return None if _partial(words, i + len(phrase)) else " ".join(phrase)


def _coped_fine(words: list[str]) -> str | None:
    """ "The database handles the load fine", "the cluster copes with peak traffic just fine": a verb of
    ``cues.COPING_VERBS``, at most ``cues.COPING_REACH`` words, then a word of ``cues.COPED_WELL`` that ends its
    clause (fillers aside), with no negation, modal, "nobody", "rarely" or doubt before it (set 45 read as a
    development set), and no limit to now or figure after it. Its marker runs from the verb to the clause's end."""
    for i, word in enumerate(words):
        if word not in _COPING_VERBS:
            continue
        if not _NOT_FINE_BEFORE.isdisjoint(words[:i]) or not _COPING_NOT.isdisjoint(words[:i]):
            return None  # "nobody handles incidents well", "the API can't handle the load fine"
        end = len(words)
        while end > i + 1 and words[end - 1] in _cues.FILLERS:
            end -= 1
        well = next((w for w in _COPED_WELL if tuple(words[end - len(w) : end]) == w and end - len(w) > i), None)
        if well is None or end - len(well) - i - 1 > _cues.COPING_REACH or _in_relative_clause(words, i):
            continue
        between = words[i + 1 : end]
        if _COPING_LIMITS.isdisjoint(between) and not any(char.isdigit() for word in between for char in word):
            return " ".join(words[i:end])
    return None


_COPING_VERBS = frozenset(_cues.COPING_VERBS)
_COPING_NOT = frozenset((*_cues.NOTHING_SUBJECTS, *_cues.SCARCELY, *_cues.COPING_NOBODY, *_cues.COPING_DOUBTS))
_COPING_LIMITS = frozenset(_cues.COPING_LIMITS)
_COPED_WELL = tuple(sorted((tuple(w.split()) for w in _cues.COPED_WELL), key=len, reverse=True))


def _ends_unnegated(words: list[str], i: int, length: int) -> bool:
    """Whether the phrase of ``length`` words at ``i`` ends its clause (fillers aside) with no negation anywhere before
    it: a negation of ``cues.NEGATIONS``, a contracted one, or a word of ``cues.SCARCELY`` ("Customers can't get
    through a single checkout without a hiccup", "Not one checkout goes through without a hiccup": an attack review;
    "not one" is no absence here)."""
    return all(w in _cues.FILLERS for w in words[i + length :]) and _UNLESS_WITHOUT.isdisjoint(words[:i])


_WITHOUT_TROUBLE = frozenset(tuple(phrase.split()) for phrase in _cues.WITHOUT_TROUBLE)
_UNLESS_WITHOUT = frozenset((*_cues.NEGATIONS, *_cues.CONTRACTED_NEGATIONS, *_cues.SCARCELY))
_WORKS = frozenset((("works",), ("worked",)))


def _asked_of(words: list[str], i: int) -> bool:
    """Whether the word at ``i`` is in a question someone knows or asks: one of ``cues.QUESTION_WORDS`` after one of
    ``cues.KNOWING_WORDS`` (at most one word between) before it."""
    return any(
        words[j] in _cues.QUESTION_WORDS and any(w in _cues.KNOWING_WORDS for w in words[max(0, j - 2) : j])
        for j in range(i)
    )


def _in_relative_clause(words: list[str], i: int) -> bool:
    """Whether the word at ``i`` is the verb of a relative clause ("something that (always) worked"), which describes a
    thing, rather than the clause's own verdict."""
    j = i - 1
    while j > 0 and i - j <= _cues.RELATIVE_GAP and (words[j] in _cues.FILLERS or words[j] in _cues.RELATIVE_GAP_WORDS):
        j -= 1
    return j > 0 and words[j] in _cues.RELATIVE_PRONOUNS and words[j - 1] not in _cues.NOT_ANTECEDENTS


def _partial(words: list[str], after: int) -> bool:
    """Whether a fine word is limited to a part ("works for small teams", "fine for most accounts"): one of
    ``cues.PARTIAL_WORDS`` within PARTIAL_REACH words after it. A partial verdict complains about the rest."""
    return any(w in _cues.PARTIAL_WORDS for w in words[after : after + _cues.PARTIAL_REACH])


def _verdict(words: list[str]) -> str | None:
    """A verdict without a subject ("all shipped and working", "solved"): fillers, fine states, "-ed"
    participles and VERDICT_JOINERS only, with at least one fine state. It is fine only with a subject before
    it (``_subjects``): alone ("Fast.") it says nothing."""
    i, state = 0, False
    while i < len(words):
        phrase = _phrase_at(words, i, _FINE_STATES)
        if phrase is not None:
            state, i = True, i + len(phrase)
        elif words[i] in _cues.FILLERS or words[i] in _cues.VERDICT_JOINERS or _participle(words[i]):
            i += 1
        else:
            return None
    return " ".join(words) if state else None


def _participle(word: str) -> bool:
    return len(word) > 4 and word.endswith("ed")


def _opening(words: list[str]) -> int:
    """Where a clause's own words start: after one of FILLERS or CLEFT_LEADS ("honestly", "and", "so"), if any."""
    return 1 if words and (words[0] in _cues.FILLERS or words[0] in _cues.CLEFT_LEADS) else 0


def _cleft_negation(words: list[str]) -> str | None:
    """ "it's not our deploy pipeline (that's slow)", "it isn't the reviews": a clause that opens by saying what it
    is not (``cues.CLEFT_OPENERS``, then a determiner; not "it's not the first time")."""
    start = _opening(words)
    opener = _phrase_at(words, start, _CLEFT) if start < len(words) else None
    if opener is None:
        return None
    after = start + len(opener)
    if after < len(words) and words[after] in _cues.CLEFT_ADDITIVES:
        return None
    if not _cleft_said(words[after : after + 2]) and not _cleft_joined(words, after):
        return None
    return " ".join(words[start:after])


def _cleft_said(said: list[str]) -> bool:
    """A determiner, then a word that is no count ("the reviews", not "the first time")."""
    return len(said) == 2 and said[0] in _cues.CLEFT_DETERMINERS and said[1] not in _cues.NOT_CLEFT_WORDS


def _cleft_joined(words: list[str], after: int) -> bool:
    """ "it isn't code review or the release process": a bare noun joined by ``cues.CLEFT_JOINS`` to a determiner's
    phrase, within ``cues.CLEFT_JOIN_REACH`` words of the opener, denies both (set 33 read). A bare word alone does
    not: "it isn't reliable, ..." is a complaint."""
    for i in range(after + 1, min(after + 1 + _cues.CLEFT_JOIN_REACH, len(words))):
        if _participle(words[i - 1]):
            return False  # a state, not a thing: "It wasn't reviewed or the bug would have been caught"
        if words[i] in _cues.CLEFT_JOINS:
            # A thing that ends the clause, not a clause of its own: "... or the on-call engineer would have seen it"
            # (an attack review), "It's not stable or the database keeps timing out" (a diff review).
            thing = words[i + 1 : i + 1 + _cues.CLEFT_JOINED_WORDS]
            ends = len(words) - i - 1 <= _cues.CLEFT_JOINED_WORDS or any(w in _cues.CLEFT_RELATIVES for w in thing)
            return _cleft_said(words[i + 1 : i + 3]) and ends
    return False


def _neither_nor(words: list[str]) -> str | None:
    """ "neither our processes nor our controls are at fault", "neither X nor Y is the bottleneck": a clause that opens
    with "neither" (after at most one of FILLERS), names what it rules out after "nor", then the first copula after
    it and a problem word within NOUN_PHRASE_WORDS words."""
    start = 1 if words and words[0] in _cues.FILLERS else 0
    if words[start : start + 1] != ["neither"] or "nor" not in words:
        return None
    # The first copula after "nor", then its noun phrase up to the problem word ("is the core issue", "was ever the
    # problem"), never past a word that opens a clause: not "neither SSO nor RBAC is available, which is the real
    # problem" (a later attack review).
    j = next((j for j in range(words.index("nor") + 1, len(words)) if words[j] in _cues.PROBLEM_COPULAS), len(words))
    for k in range(j + 1, min(j + 1 + _cues.NOUN_PHRASE_WORDS, len(words))):
        problem = _phrase_at(words, k, _PROBLEM_WORDS)
        if problem is not None:
            return " ".join(words[start : k + len(problem)])
        if words[k] in _cues.NEITHER_PHRASE_BREAKS:
            return None
    return None


def _not_the(words: list[str], ends_sentence: bool) -> str | None:
    """A piece that ends its sentence and is only "not", a determiner of ``cues.NOT_THE_DETERMINERS`` and a short noun
    phrase ("Onboarding big customers is painful, not the infra", "Not our CI."): what it names is ruled out (a
    reader's review: "infra" counted). Not "not a single runbook", "not enough reviewers" (a lack, complained of), nor
    "not the first outage" (``cues.NOT_THE_COUNTED``), nor a list going on ("not our runbooks, not our escalation,
    nothing is written": a diff review)."""
    if not ends_sentence or not 3 <= len(words) <= 2 + _cues.NOT_THE_REACH or words[0] != "not":
        return None
    if words[1] not in _cues.NOT_THE_DETERMINERS or words[2] in _cues.NOT_THE_COUNTED:
        return None
    return " ".join(words[:2])


_NOT_WHAT_CAUSES = _phrases(_cues.NOT_WHAT_CAUSES)


def _negated_copula(words: list[str], i: int) -> int | None:
    """Where the words after a negated copula at ``i`` start ("isn't", "is not"), or None."""
    if words[i] in _cues.NOT_WHAT_NEGATIONS:
        return i + 1
    return i + 2 if words[i] in _cues.NOT_WHAT_COPULAS and words[i + 1 : i + 2] == ["not"] else None


def denied_cause(words: list[str]) -> tuple[int, int] | None:
    """A cause denied right after a negated copula (``cues.NOT_WHAT_CAUSES``: "the release process isn't why ...",
    "latency wasn't the reason ..."): where the negation starts and where the cause phrase ends. What follows it, what
    was caused, is a statement of its own (``_ruled_out_ends``)."""
    for i in range(len(words)):
        at = _negated_copula(words, i)
        cause = _phrase_at(words, at, _NOT_WHAT_CAUSES) if at is not None else None
        if at is not None and cause is not None:
            return i, at + len(cause)
    return None


def _not_what(words: list[str]) -> str | None:
    """ "latency isn't what keeps me up", "performance is not what worries me": a negated copula, "what" and a verb of
    ``cues.NOT_WHAT_VERBS``; or a cause denied (``denied_cause``)."""
    cause = denied_cause(words)
    if cause is not None:
        return " ".join(words[cause[0] : cause[1]])
    for i in range(len(words)):
        at = _negated_copula(words, i)
        if at is None:
            continue
        said = words[at : at + 2]
        # "what's killing us", not "what's promised in the SLA" nor "what's being sold" (falls short: a complaint,
        # later reviews)
        hurting = said[:1] == ["whats"] and said[1:] and said[1].endswith("ing") and said[1] != "being"
        if hurting or (said[:1] == ["what"] and said[1:] and said[1] in _cues.NOT_WHAT_VERBS):
            return " ".join(words[i : at + 1])
    return None


def _set_aside_around(words: list[str], start: int) -> str | None:
    """ "putting the SSO requests to one side", "setting the dashboards aside": an opener at ``start`` and its closer
    ending the clause (``cues.SET_ASIDE_AROUND``); the opener, or None."""
    for opener, closer in _cues.SET_ASIDE_AROUND:
        enclosed = len(words) > start + len(closer) + 1 and tuple(words[-len(closer) :]) == closer
        if words[start : start + 1] == [opener] and enclosed:
            return opener
    return None


def _set_aside(words: list[str], apart_by: str, then: str = "") -> str | None:
    """ "rather than a performance issue", "instead of more servers", "forget the org charts": a clause that opens with
    one of ``cues.SET_ASIDE_OPENERS`` (after at most one of FILLERS or CLEFT_LEADS), not "forget to"; set apart from
    what follows by ``apart_by``, a comma or the like, or a full stop after an imperative ("Forget the flaky tests.
    ...": not "Instead of fixing flaky tests we keep rerunning the pipeline."). ``then``: the word after that mark,
    "more" after a "Less X," opener (``cues.LESS_OPENERS``)."""
    start = _opening(words)
    around = _set_aside_around(words, start)
    if around is not None and apart_by in _APART_ENDS:
        return around
    opener = _phrase_at(words, start, _SET_ASIDE)
    after = start + len(opener) if opener is not None else 0
    following = words[after] if after < len(words) else ""
    if opener is None or following in _cues.NOT_SET_ASIDE_AFTER:
        return None
    said = " ".join(opener)
    if apart_by not in _APART_ENDS and said not in _cues.SET_ASIDE_IMPERATIVES:
        return None
    if said in _cues.SET_ASIDE_COMPARISONS and following in _cues.SYMPTOM_VERBS:
        return None  # the symptom said: "rather than waiting 9 seconds, users give up"
    if said in _cues.LESS_OPENERS and then != _cues.LESS_THEN_WORD:
        return None  # "less" as "minus": "Less the time we lose to flaky tests, our CI would take ten minutes"
    return said


def _ending(words: list[str], phrases: _PhraseIndex, tails: tuple[str, ...]) -> tuple[int, str] | None:
    """Where the first of ``phrases`` in ``words`` stands, and the phrase, when nothing but ``tails`` follows it:
    "scaling the database wouldn't help (either)", "latency is further down (the list)"."""
    found = _find(words, phrases)
    if found is None:
        return None
    at, phrase = found
    return (at, " ".join(phrase)) if all(w in tails for w in words[at + len(phrase) :]) else None


def _no_help(words: list[str]) -> str | None:
    """ "scaling the database wouldn't help", "more nodes won't fix it": a phrase of ``cues.NO_HELP_PHRASES`` that ends
    the statement, whose subject is a fix (a verb in "-ing" or one of ``cues.NO_HELP_SUBJECTS`` opens it), not a person
    ("our SSO vendor won't help")."""
    found = _ending(words, _NO_HELP, _cues.NO_HELP_TAILS)
    start = _opening(words)
    subject = words[start] if start < len(words) else ""
    fix = subject.endswith("ing") or subject in _cues.NO_HELP_SUBJECTS
    return found[1] if found is not None and fix else None


def _minor(words: list[str]) -> str | None:
    """ "the staging environment can wait", "latency is further down the list": a phrase of ``cues.MINOR_PHRASES``
    that ends the statement, not negated: none of ``cues.NOT_MINOR_WORDS`` in the NOT_MINOR_REACH words before it
    ("not a rounding error"), or before it at all for ``cues.MINOR_LIVED_WITH``, nor "used to be" ("it used to be a
    rounding error")."""
    found = _ending(words, _MINOR, _cues.MINOR_TAILS)
    if found is None:
        return None
    # What "we can live with" says is negated from anywhere before it ("... will never be something we can live with",
    # "no customer can live with": an attack review, diff reviews), but not by a negation in a relative clause of its
    # subject, from "that" to its copula ("Queries that we never index are something we can live with").
    lived_with = found[1] in _cues.MINOR_LIVED_WITH
    before = (
        _outside_relatives(words[: found[0]])
        if lived_with
        else words[max(0, found[0] - _cues.NOT_MINOR_REACH) : found[0]]
    )
    negations = _LIVED_WITH_NEGATIONS if lived_with else _NOT_MINOR
    past = _cues.NOT_MINOR_PAST
    if not negations.isdisjoint(before) or any(tuple(words[i : i + len(past)]) == past for i in range(found[0])):
        return None
    # Nor put off in someone's view or a wish ("Management says flaky tests are a later problem", "SSO would be nice to
    # have": a diff review): the writer's complaint, or a want.
    near = words[max(0, found[0] - _cues.NOT_MINOR_REACH) : found[0]]
    if not _NOT_MINOR_SAID.isdisjoint(words[: found[0]]) or not _WISHES.isdisjoint(near):
        return None
    return found[1]


def _outside_relatives(words: list[str]) -> list[str]:
    """Words but those of a relative clause: from one of ``cues.RELATIVE_OPENERS`` to the next copula."""
    kept: list[str] = []
    inside = False
    for word in words:
        inside = (inside or word in _cues.RELATIVE_OPENERS) and word not in _cues.COPULAS
        if not inside:
            kept.append(word)
    return kept


_NOT_MINOR = frozenset(_cues.NOT_MINOR_WORDS)
_NOT_MINOR_SAID = frozenset((*_cues.CLAIM_WORDS, *_cues.NOT_MINOR_ANYWHERE))  # the claims hold the beliefs
_WISHES = frozenset(_cues.MODALS) - {"to"}  # "the capacity work we used to prioritise can wait" is put off
_LIVED_WITH_NEGATIONS = frozenset((*_cues.NOT_MINOR_WORDS, *_cues.NEGATIONS))


def _also_not(words: list[str], after_fine: bool) -> str | None:
    """ "and neither is our release cadence", "nor would a new roles model": "neither" or "nor" and an auxiliary verb
    open the statement (after at most one of CLEFT_LEADS or "but"), saying of its subject what the one before said:
    only ``after_fine``, a statement that said something is fine or not the problem ("latency is not acceptable, and
    neither is the error rate" complains twice: a diff review)."""
    if not after_fine:
        return None
    start = 1 if words and (words[0] in _cues.CLEFT_LEADS or words[0] == "but") else 0
    said = words[start : start + 2]
    if len(said) == 2 and said[0] in _cues.ALSO_NOT_WORDS and said[1] in _cues.ALSO_NOT_AUXILIARIES:
        return " ".join(said)
    return None


def _fine_marker(words: list[str], apart_by: str, after_fine: bool, ends_a_verdict: bool, then: str = "") -> str | None:
    """The words that say this clause is fine or not the problem, if any. A fine phrase does not make fine a clause
    that says it carries the complaint ("the blocker is their works council ...": "works" is no verdict there).
    ``apart_by``: the mark that ends a clause that opens a sentence (``_apart_by``), where an opener can set aside what
    it names ("Rather than X, Y"; not "Instead of fixing flaky tests we keep rerunning the pipeline").
    ``after_fine``: the statement before it was fine, which "and neither is X" says of X too. ``ends_a_verdict``: it
    ends its sentence after a verdict (``_ends_a_verdict``), where "not the X" rules X out. ``then``: the first word
    after the mark that ends it, which a "Less X," opener needs to be "more" (``_set_aside``)."""
    ruled_out = _ruled_out(words)
    if ruled_out is not None:
        return " ".join(ruled_out[1])
    cleft = _cleft_negation(words) or _neither_nor(words) or _not_what(words) or _also_not(words, after_fine)
    cleft = cleft or _not_the(words, ends_a_verdict)
    cleft = cleft or _no_help(words) or _minor(words)
    cleft = cleft or (_set_aside(words, apart_by, then) if apart_by else None)
    if cleft is not None:
        return cleft
    found = _negated_problem(words) or _fine_state(words)
    if found is not None:
        return found
    phrase = _fine_phrase(words)
    return phrase if phrase is not None and _stress_marker(words) is None else None


def _pieces(text: str) -> list[tuple[int, int, str]]:
    """The text cut at clause boundaries: (start, end, the contrast or concession word that opened it)."""
    pieces: list[tuple[int, int, str]] = []
    start, opener = 0, ""
    for m in _BOUNDARY.finditer(text):
        if m.group(1) and _BUT_AS_EXCEPT.search(text, max(0, m.start() - _BUT_AS_EXCEPT_REACH), m.end()):
            continue  # "Nobody but Sam understands it": no contrast
        if m.group(1) and _instead_of_midway(text, m.start(), m.end()):
            continue  # "tuning slow queries instead of building features": what is done, said with what is not
        pieces.append((start, m.start(), opener))
        word = m.group(1)
        start, opener = (m.start(), word.lower()) if word else (m.end(), "")
    pieces.append((start, len(text), opener))
    return pieces


_OF_NEXT = re.compile(r"\s+of\b", re.IGNORECASE)


def _instead_of_midway(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is "instead" of an "instead of" inside a sentence: no contrast, as the words
    before it say what is done ("spends every sprint tuning slow queries instead of building features" complains of
    the queries). Where a sentence opens, "Instead of ..." stays a boundary (SET_ASIDE_OPENERS read it)."""
    if text[start:end].lower() != "instead" or _OF_NEXT.match(text, end) is None:
        return False
    before = text[:start].rstrip()
    return bool(before) and before[-1] not in _SENTENCE_OPENS


_AND = re.compile(r"\band\b", re.IGNORECASE)
# "but" as "except" right after one of cues.BUT_AS_EXCEPT_AFTER, ending the text searched.
_BUT_AS_EXCEPT_REACH = 20  # characters before "but" that hold the word before it ("no one", spaces and all)
_BUT_AS_EXCEPT = re.compile(r"\b(?:" + "|".join(_cues.BUT_AS_EXCEPT_AFTER) + r")\s+but$", re.IGNORECASE)


_SUBJECT_WORDS = 3  # words before "and" with no verb we know are a subject ("SSO", "our admin console")


def _is_statement(words: list[str]) -> bool:
    """Whether words before an "and" say something of their own (a copula, a negation, a fine phrase, or more
    than a short subject: "deploys break prod every Friday"), rather than being part of the next statement's
    subject ("SSO and audit logs are sorted")."""
    if len(words) > _SUBJECT_WORDS or any(w in _cues.COPULAS or w in _cues.NEGATIONS for w in words):
        return True
    return _find(words, _FINE_PHRASES) is not None


def _list_parts(words: list[str]) -> list[list[str]]:
    """Words cut at ``cues.LIST_JOINERS`` ("SCIM and audit logs" is two parts); a part may be empty."""
    parts: list[list[str]] = [[]]
    for word in words:
        if word in _cues.LIST_JOINERS:
            parts.append([])
        else:
            parts[-1].append(word)
    return parts


def _is_list_item(words: list[str]) -> bool:
    """Whether words are an item of a list (or a few joined by "and" / "or"), not a statement of their own."""
    return all(part and not _is_statement(part) for part in _list_parts(words))


def _statements(text: str, words: Words, begin: int, end: int) -> list[tuple[int, int]]:
    """A clause (``text[begin:end]``) cut at "and" into statements (spans in ``text``): "Tests are green and CI
    is quick" is two; "SSO and audit logs are sorted" is one."""
    spans: list[tuple[int, int]] = []
    start = begin
    # What a set-aside opener sets aside may be a list joined by "and" ("Setting aside the slow dashboards and the
    # timeouts, admins cannot manage roles": a reader's review found it technical): one statement.
    if _phrase_at(words.between(begin, end), 0, _SET_ASIDE) is not None:
        return [(begin, end)]
    ands = list(_AND.finditer(text, begin, end))
    for k, m in enumerate(ands):
        before = words.between(start, m.start())
        after = words.between(m.end(), ands[k + 1].start() if k + 1 < len(ands) else end)
        if _is_statement(before) and not _list_goes_on(before, after):
            spans.append((start, m.start()))
            start = m.start()
    spans.append((start, end))
    return spans


def _list_goes_on(before: list[str], after: list[str]) -> bool:
    """Whether "and" joins one more item to a preposition's object ("happy with roles and permissions"): one of
    ``cues.LIST_PREPOSITIONS`` at most ``cues.LIST_ITEM_WORDS`` words before it, and after it a short item with no
    verb (at most that many words, none a negation, copula, modal or participle: "The API is fine and SSO missing"
    is two statements), or an idiom of ``cues.AND_IDIOMS``. Set 45 read as a development set: "permissions" counted
    apart from "roles"."""
    if before and after and f"{before[-1]} and {after[0]}" in _cues.AND_IDIOMS:
        return True  # "now and then", "again and again": one phrase
    if not after or len(after) > _cues.LIST_ITEM_WORDS or not _VERBLESS_NOT.isdisjoint(after):
        return False
    if any(word.endswith(("ing", "ed")) for word in after):
        return False
    return any(word in _cues.LIST_PREPOSITIONS for word in before[-1 - _cues.LIST_ITEM_WORDS : -1])


def _problem_stress(words: list[str]) -> str | None:
    """ "their complaint is ...", "my worry is ...", "the thing killing renewals is ...", "the real drag is ...": a
    problem word (or one of FOCUS_ADJECTIVES and a noun), at most PSEUDO_CLEFT_WORDS words, then a copula, then more."""
    for i in range(len(words)):
        problem = _phrase_at(words, i, _PROBLEM_WORDS)
        marked = i > 0 and (words[i - 1] in _cues.DETERMINERS or words[i - 1] in _cues.NOUN_MARKS)
        if problem is None and marked and _focus_at(words, i):
            problem = (words[i], words[i + 1])  # "the real drag is": the adjective makes the noun the problem's
        copula = i + 1 < len(words) and words[i + 1] in _cues.PROBLEM_COPULAS
        if words[i] in _cues.VERB_PROBLEM_WORDS and not marked and not copula:
            problem = None  # "deploys cause outages and ... are": a verb
        far = problem is not None and " ".join(problem) not in _cues.PSEUDO_CLEFT_THAT_NOT_AFTER
        copula_at = _copula_after(words, i + len(problem), far) if problem is not None else None
        if copula_at is not None:
            return " ".join(words[i : copula_at + 1])
    return None


def _copula_after(words: list[str], after: int, far: bool = False) -> int | None:
    """Where a copula of ``cues.PROBLEM_COPULAS`` stands from ``after``, within ``cues.PSEUDO_CLEFT_WORDS`` words
    and before more ("the real drag is ...": a problem's stress); with ``far``, also a copula of
    ``cues.PSEUDO_CLEFT_THAT_COPULAS`` before "that" within ``cues.PSEUDO_CLEFT_THAT_WORDS`` words ("the biggest
    blocker to selling to travel agencies is that ...")."""
    reach = _cues.PSEUDO_CLEFT_THAT_WORDS if far else _cues.PSEUDO_CLEFT_WORDS
    for j in range(after, min(after + 1 + reach, len(words) - 1)):
        if j <= after + _cues.PSEUDO_CLEFT_WORDS and words[j] in _cues.PROBLEM_COPULAS:
            return j
        if words[j] in _cues.PSEUDO_CLEFT_THAT_COPULAS and words[j + 1] == "that":
            return j
    return None


def _pseudo_cleft(words: list[str]) -> str | None:
    """ "what isn't is ...", "what breaks every week is ...": "what", a few words, a copula, then more."""
    for i, word in enumerate(words):
        j = _cleft_copula(words, i) if word in _cues.PSEUDO_CLEFT_OPENERS else None
        if j is not None:
            return " ".join(words[i : j + 1])
    return None


def _cleft_copula(words: list[str], opener: int) -> int | None:
    """Where the first copula of ``cues.PROBLEM_COPULAS`` stands after a pseudo-cleft's opener at ``opener``: one to
    ``cues.PSEUDO_CLEFT_WORDS`` words after it, with more after the copula."""
    for j in range(opener + 2, min(opener + 2 + _cues.PSEUDO_CLEFT_WORDS, len(words) - 1)):
        if words[j] in _cues.PROBLEM_COPULAS:
            return j
    return None


def ranking_ending(words: list[str]) -> str | None:
    """The phrase of ``cues.RANKING_ENDINGS`` that ends ``words`` (but for RANKING_TAILS), if any: "cost us more"."""
    found = _ending(words, _RANKING_ENDINGS, _cues.RANKING_TAILS)
    return found[1] if found is not None else None


_LOSS_PAYERS = tuple(tuple(payer.split()) for payer in _cues.LOSS_PAYERS)


def _an_amount(word: str) -> bool:
    """Whether a word says an amount of money: a number, or one of ``cues.LOSS_AMOUNTS`` ("thousands", "per")."""
    return any(char.isdigit() for char in word) or word in _cues.LOSS_AMOUNTS


def loss_of_another_kind(after: list[str]) -> str | None:
    """The words after a cost that make it a loss of another kind than money ("us the big accounts", "us a week"):
    one of ``cues.LOSS_PAYERS``, then one of ``cues.LOSS_WORDS`` (or its plural) within ``cues.LOSS_REACH`` words, or a
    copula right after the payer ("us is": what it costs is named after it)."""
    payer = next((p for p in _LOSS_PAYERS if tuple(after[: len(p)]) == p), None)
    if payer is None:
        return None
    # What it costs is the sentence's subject: "what really costs us is hand-run deploys" ranks them (set 39 read);
    # not an amount ("what the idle cluster costs us is about $40k a month": a diff review).
    if after[len(payer) : len(payer) + 1] and after[len(payer)] in _cues.PROBLEM_COPULAS:
        named = after[len(payer) + 1 : len(payer) + 1 + _cues.LOSS_REACH]
        return None if any(map(_an_amount, named)) else " ".join(after[: len(payer) + 1])
    for i in range(len(payer), min(len(payer) + _cues.LOSS_REACH, len(after))):
        # An amount before it is money: "costs us $40k a month", "costs us thousands a month" (an attack review).
        if _an_amount(after[i]):
            return None
        if after[i] in _cues.LOSS_WORDS or after[i].removesuffix("s") in _cues.LOSS_WORDS:
            return " ".join(after[: i + 1])
    return None


def lesser_after_than(words: list[str]) -> str | None:
    """The comparison of ``cues.COMPARISONS`` in ``words`` (a clause up to a cue), with what follows it: "worse than
    the missing" names what hurts less."""
    found = _find(words, _COMPARISONS)
    if found is None:
        return None
    start, phrase = found
    after = words[start + len(phrase) :]
    if any(
        words[i] in _cues.COMPARISON_NONE and (i == 0 or words[i - 1] not in _cues.COMPARISON_NONE_NOT_AFTER)
        for i in range(max(0, start - 3), start)
    ):
        return None
    if (after[:1] and after[0] in _cues.COMPARISON_TIMES) or any(word in _cues.COMPARISON_BREAKS for word in after):
        return None
    return " ".join(words[start:])


def says_long_ago(words: list[str]) -> bool:
    """Whether words (a sentence) say their time was long ago: one of ``cues.LONG_AGO`` ("last year"), not within
    LONG_AGO_REACH words after one of ``cues.LONG_AGO_NOT_AFTER`` ("since early last year" runs to now), or "back in"
    before a year."""
    back_in = _cues.LONG_AGO_BACK_IN
    for i in range(len(words)):
        if tuple(words[i : i + 2]) == back_in and _YEAR.fullmatch(words[i + 2] if i + 2 < len(words) else ""):
            return True  # "Back in 2022 we shipped SSO"
        before = words[max(0, i - _cues.LONG_AGO_REACH) : i]
        right_after = i > 0 and words[i - 1] in _cues.LONG_AGO_NOT_RIGHT_AFTER
        if _phrase_at(words, i, _LONG_AGO) is not None and _LONG_AGO_NOT_AFTER.isdisjoint(before) and not right_after:
            return True
    return False


def mild_wish(words: list[str]) -> bool:
    """Whether words wish a thing only a little better: one of ``cues.MILD_WISHES`` ("could be faster")."""
    return _find(words, _MILD_WISHES) is not None


def sums_up(words: list[str]) -> bool:
    """Whether a clause sums up what came before it, and no more: "both annoying", "all real", "all three of them"
    (one of ``cues.SUMMING_WORDS``, at most ``cues.SUMMING_LENGTH`` words)."""
    if not words or words[0] not in _cues.SUMMING_WORDS or len(words) > _cues.SUMMING_LENGTH:
        return False
    return not (len(words) > 1 and words[1] in _cues.SUMMING_NOT)


_CONCESSION_TAGS = frozenset(tuple(tag.split()) for tag in _cues.CONCESSION_TAGS)
_CONCESSION_LEADING_TAGS = frozenset(tuple(tag.split()) for tag in _cues.CONCESSION_LEADING_TAGS)


def concedes(words: list[str], *, leading: bool = False) -> bool:
    """Whether a clause is only a tag that concedes the clause before it: "I'll admit", "granted", "fair enough"
    (``cues.CONCESSION_TAGS``); ``leading``: the clause after it, the tag opening its sentence ("Admittedly, ...":
    ``cues.CONCESSION_LEADING_TAGS``)."""
    return tuple(words) in (_CONCESSION_LEADING_TAGS if leading else _CONCESSION_TAGS)


def ranks_first(words: list[str]) -> bool:
    """Whether words rank their complaint above the rest: one of ``cues.RANKING_PHRASES`` ("the slow pages hurt
    most"), of ``cues.RANKING_ENDINGS`` where it ends them ("the audit logs cost us more"), or the problem named real
    ("the real drag is", "the actual problem is": what came before was not)."""
    return (
        _find(words, _RANKING) is not None
        or ranking_ending(words) is not None
        or _names_the_real(words)
        or _said_to_be_the_real(words)
        or _pales_before_a_problem(words)
        or _real_pseudo_cleft(words)
        or _cost_cleft(words) is not None
    )


_RANKING_CLEFT_LEADS = frozenset((*_cues.CONTRAST_WORDS, *_cues.FILLERS, *_cues.RANKING_CLEFT_LEADS))
_RANKING_CLEFT_ADVERBS = frozenset(_cues.RANKING_CLEFT_ADVERBS)


def _real_pseudo_cleft(words: list[str]) -> bool:
    """ "what really costs us is ...", "what's actually killing us is ...", "the thing actually costing us is ...": an
    opener of ``cues.PSEUDO_CLEFT_OPENERS`` (or "thing" after a determiner), then within ``cues.PSEUDO_CLEFT_WORDS``
    words one of ``cues.RANKING_CLEFT_ADVERBS`` before a copula, and more after it."""
    for i, word in enumerate(words):
        thing = word == "thing" and i > 0 and words[i - 1] in _cues.DETERMINERS
        if not (word in _cues.PSEUDO_CLEFT_OPENERS or thing):
            continue
        # Opening its clause (after a contrast or a filler), not a question inside it: "admins can't see what actually
        # is happening" (a diff review), nor after "and" ("..., and what actually breaks is ...": an attack review).
        if any(w not in _RANKING_CLEFT_LEADS for w in words[: i - 1 if thing else i]):
            continue
        j = _cleft_copula(words, i)
        if j is not None and not _RANKING_CLEFT_ADVERBS.isdisjoint(words[i + 1 : j]):
            return True
    return False


def _cost_cleft(words: list[str]) -> str | None:
    """ "what is losing us money is ...", "... is what's costing us revenue": an opener of
    ``cues.PSEUDO_CLEFT_OPENERS`` that opens its clause (as ``_real_pseudo_cleft`` reads it, or after one of
    ``cues.COST_CLEFT_LEADS``) or follows a copula, then within ``cues.COST_CLEFT_WORDS`` words one of
    ``cues.COST_CLEFT_VERBS`` and "us": its words."""
    for i, word in enumerate(words):
        if word not in _cues.PSEUDO_CLEFT_OPENERS:
            continue
        opens = all(w in _RANKING_CLEFT_LEADS or w in _cues.COST_CLEFT_LEADS for w in words[:i])
        if not (opens or (i > 0 and words[i - 1] in _cues.PROBLEM_COPULAS)):
            continue
        for j in range(i + 1, min(i + 2 + _cues.COST_CLEFT_WORDS, len(words) - 1)):
            if words[j] in _UNLESS_WITHOUT:
                break  # "what is not costing us much is SSO" (a diff review)
            if words[j] in _cues.COST_CLEFT_VERBS and words[j + 1] == "us":
                return " ".join(words[i : j + 2])
    return None


def _names_the_real(words: list[str]) -> bool:
    """ "the real drag is", "our actual problem is": a determiner, ``_focus_at``, then a copula within
    ``cues.PSEUDO_CLEFT_WORDS`` words, before more (as ``_problem_stress`` reads it), wherever it stands: not only in
    the first problem phrase ("My worry is that the real bottleneck is search", a review)."""
    return any(
        words[i - 1] in _cues.DETERMINERS and _focus_at(words, i) and _copula_after(words, i + 2) is not None
        for i in range(1, len(words) - 2)
    )


def _said_to_be_the_real(words: list[str]) -> bool:
    """ "... but the alert system taking 40 minutes is the real fire", "the missing audit log is the real problem": a
    subject, a copula, a determiner and ``_focus_at``, ending the clause (but for ``cues.REAL_AFTER_WORDS`` words at
    most: "is the real problem here"). Not denied: "isn't the real problem" has no copula of its own."""
    for i in range(1, len(words) - 3):
        if (
            words[i] not in _cues.PROBLEM_COPULAS
            or words[i + 1] not in _cues.DETERMINERS
            or not _focus_at(words, i + 2)
            or not _UNLESS_WITHOUT.isdisjoint(words[:i])  # "I don't think SSO is the real problem" (a diff review)
        ):
            continue
        noun = _phrase_at(words, i + 3, _PROBLEM_WORDS)
        end = i + 3 + (len(noun) if noun is not None else 1)
        if len(words) - end <= _cues.REAL_AFTER_WORDS:
            return True
    return False


def _focus_at(words: list[str], i: int) -> bool:
    """Whether one of ``cues.FOCUS_ADJECTIVES`` or ``cues.RANKING_ADJECTIVES`` stands at ``i`` before one of
    ``cues.FOCUS_NOUNS`` or ``cues.PROBLEM_WORDS`` ("real drag", "actual problem", "bigger fire")."""
    if words[i] not in _FOCUS_ADJECTIVES or i + 1 >= len(words):
        return False
    return words[i + 1] in _FOCUS_NOUNS or _phrase_at(words, i + 1, _PROBLEM_WORDS) is not None


def _paling(words: list[str]) -> tuple[int, tuple[str, ...]] | None:
    """Where a phrase of ``cues.PALING_PHRASES`` stands in ``words``, and which, unless negated ("SSO gaps don't pale
    next to the flaky deploys" says they do not hurt less, a review)."""
    found = _find(words, _PALING)
    # The project's own negations, not any word in "-nt": "Slow exports for one tenant pale next to ..." pales.
    if found is None or (found[0] > 0 and words[found[0] - 1] in _BEFORE_PROBLEM):
        return None
    return found


def paling_before(words: list[str]) -> str | None:
    """The phrase of ``cues.PALING_PHRASES`` in ``words`` (what follows a cue in its clause), if any: what stands
    before it hurts less ("SSO setup and audit logs pale next to the flaky deploys")."""
    found = _paling(words)
    return " ".join(found[1]) if found is not None else None


def mistaken_before(after: list[str], before: list[str], quoted: bool) -> str | None:
    """The phrase of ``cues.MISTAKEN_PHRASES`` in ``after`` (what follows a cue in its clause), if any, when the cue is
    ``quoted`` or one of ``cues.MISTAKEN_LEADS`` is in ``before`` (its clause before it): what it names was mistaken
    for the problem ("the "outage" turned out to be staff locked out", "what looked like an outage turned out to
    be ...")."""
    found = _find(after, _MISTAKEN)
    if found is None or not (quoted or _find(before, _MISTAKEN_LEADS) is not None):
        return None
    return " ".join(found[1])


def _pales_before_a_problem(words: list[str]) -> bool:
    """Whether a phrase of ``cues.PALING_PHRASES`` names a problem after it ("both pale next to the outages",
    "... next to this search latency"), not a word of ``cues.PALING_POINTERS`` that ends the clause, pointing back
    ("pale next to that")."""
    found = _paling(words)
    if found is None:
        return False
    after = words[found[0] + len(found[1]) :]
    return bool(after) and not (len(after) == 1 and after[0] in _cues.PALING_POINTERS)


_PALING = _phrases(_cues.PALING_PHRASES)
_LONG_AGO = _phrases(_cues.LONG_AGO)
_LONG_AGO_NOT_AFTER = frozenset(_cues.LONG_AGO_NOT_AFTER)
_YEAR = re.compile(r"(19|20)\d\d")
_MISTAKEN = _phrases(_cues.MISTAKEN_PHRASES)
_MISTAKEN_LEADS = _phrases(_cues.MISTAKEN_LEADS)
_SMALL_COMPARED = _phrases(_cues.SMALL_COMPARED)
_FOCUS_NOUNS = frozenset(_cues.FOCUS_NOUNS) | {f"{noun}s" for noun in _cues.FOCUS_NOUNS}
_FOCUS_ADJECTIVES = frozenset((*_cues.FOCUS_ADJECTIVES, *_cues.RANKING_ADJECTIVES))


def _where_it_hurts(words: list[str]) -> str | None:
    """ "onboarding is where we're stuck": a copula of ``cues.WHERE_COPULAS``, "where", then one of
    ``cues.WHERE_PAIN`` within ``cues.WHERE_REACH`` words."""
    for i in range(1, len(words) - 1):
        if words[i] == "where" and words[i - 1] in _cues.WHERE_COPULAS:
            reach = words[i + 1 : i + 1 + _cues.WHERE_REACH]
            if any(word in _cues.WHERE_PAIN for word in reach):
                return " ".join(words[i - 1 : i + 1])
    return None


def _stress_marker(words: list[str]) -> str | None:
    """The words that say this clause carries the complaint, if any (besides a contrast word)."""
    stress = _find(words, _STRESS)
    if stress is not None and not _supposed(words[: stress[0]]):
        return " ".join(stress[1])
    paling = paling_before(words) if _pales_before_a_problem(words) else None
    stressed = ranking_ending(words) or _problem_stress(words) or _pseudo_cleft(words) or _where_it_hurts(words)
    return stressed or paling or _cost_cleft(words)


def carried_by_its_words(words: list[str]) -> bool:
    """Whether a clause's own words say it carries the complaint (a stress phrase, a ranking, a pseudo-cleft ...),
    whatever contrast word opens it."""
    return _stress_marker(words) is not None


def _role(words: list[str], opener: str, carry: Clause | None) -> tuple[str, str]:
    """The role of a clause that is not fine, and its marker: stressed after a contrast word, with a stress
    phrase ("the problem is", "their complaint is", "what hurts is"), or after a stressed clause that ended in
    ":"."""
    stress = _stress_marker(words)
    if opener in _cues.CONTRAST_WORDS:
        return STRESSED, opener
    if stress is not None:
        return STRESSED, stress
    if carry is not None:
        return STRESSED, carry.marker
    return PLAIN, ""


def _clause(text: str, words: list[str], span: tuple[int, int], role: str, marker: str) -> Clause | None:
    if not words:
        return None
    start, end = span
    raw = text[start:end]
    lead = len(raw) - len(raw.lstrip())
    return Clause(start + lead, start + len(raw.rstrip()), role, raw.strip(), marker)


_SENTENCE_OPENS = ".!?;:-\u2013\u2014\n"
_APART_ENDS = ",:;-\u2013\u2014"
_SENTENCE_CLOSES = ".!"


def _apart_by(text: str, start: int, end: int) -> str:
    """The mark that sets ``text[start:end]`` apart from what follows, when it opens a sentence (nothing but spaces
    before it, or a mark of SENTENCE_OPENS): a comma, colon, semicolon or dash, or a full stop or "!" before another
    sentence; else ""."""
    before, after = text[:start].rstrip(), text[end:].lstrip()
    if (before and before[-1] not in _SENTENCE_OPENS) or not after:
        return ""
    mark = after[0]
    if mark in _APART_ENDS or (mark in _SENTENCE_CLOSES and after[1:].strip()):
        return mark
    return ""


def _read_piece(
    text: str, words: Words, piece: tuple[int, int, str], carry: Clause | None, after_fine: bool
) -> list[Clause]:
    """One piece between boundaries as clauses: the statements that say something is fine are FINE (each on
    its own), the rest takes the piece's role. ``after_fine``: the clause before the piece is FINE."""
    start, end, opener = piece
    role, marker = _role(words.between(start, end), opener, carry)
    out: list[Clause] = []
    for s, e in (
        part for statement in _statements(text, words, start, end) for part in _ruled_out_ends(words, *statement)
    ):
        said = words.between(s, e)
        apart_by = _apart_by(text, s, e)
        fine = _fine_marker(
            said,
            apart_by,
            out[-1].role == FINE if out else after_fine,
            _ends_a_verdict(text, words, s, e),
            _word_after_mark(text, e) if apart_by else "",  # only an opener set apart reads it ("Less X, more Y")
        )
        if fine is None and not _in_a_question(text, e) and _stress_marker(said) is None:
            # Not asked ("Can the database handle the load well?": a diff review).
            fine = _coped_fine(said)
        if fine is None:
            verbless = _verbless_fine(said)
            # Praise asked of its list is no praise ("Good tests, good reviews? Not here": an attack review).
            praised = _praised(said) if verbless is None and not _in_a_question(text, e) else None
            verbless = verbless or praised
            fine = verbless if verbless is not None and _stands_as_a_verdict(text, s, e) else None
        clause = _clause(text, said, (s, e), *((FINE, fine) if fine is not None else (role, marker)))
        if clause is not None:
            out.append(clause)
    return out


def _in_a_question(text: str, end: int) -> bool:
    """Whether the sentence that goes on at ``end`` ends with a question mark."""
    closing = re.search(r"[.!?\n]", text[end:])
    return closing is not None and closing.group() == "?"


def _stands_as_a_verdict(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` may be a verdict said without a verb: not asked ("Capacity okay? Not even
    close"), nor wished for after a colon ("Goal for Q3: audit logs in place": ``cues.VERBLESS_WISH_LABELS``)."""
    if text[end:].lstrip()[:1] == "?":
        return False
    before = text[:start]
    opened = max(before.rfind(mark) for mark in ".!?\n")
    label = before[opened + 1 :]
    return ":" not in label or _VERBLESS_WISHES.isdisjoint(plain_words(label[: label.rfind(":")]))


_VERBLESS_WISHES = frozenset(_cues.VERBLESS_WISH_LABELS)


def _word_after_mark(text: str, end: int) -> str:
    """The first word after the mark that ends a statement at ``end``, lower case ("more" in "Less X, more Y")."""
    m = _WORD_AFTER_MARK.match(text, end)
    return m.group(1).lower() if m else ""


# A filler set off by commas stands aside: "Less our outages, honestly, more our on-call" (an attack's row).
_WORD_AFTER_MARK = re.compile(
    r"\s*[,;:\u2013\u2014-]\s*(?:(?:" + "|".join(map(re.escape, _cues.FILLERS)) + r")\s*,\s*)?(\w+)", re.IGNORECASE
)


def _ends_a_verdict(text: str, words: Words, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends its sentence after a verdict said with a copula or a verb of hurting
    (``cues.NOT_THE_VERDICT_VERBS``), in its sentence or, opening one, in the sentence before ("Onboarding big customers
    is painful, not the infra"; "The admin console is the pain. Not our performance work."; "Onboarding hurts, not the
    infra"): not after a verb and its object ("We log API calls, not the admin actions"), nor in a list of such
    sentences ("Not our SSO. Not our audit logs.": an attack review)."""
    if text[end:].lstrip()[:1] not in ("", ".", "!", "?"):
        return False
    # Sentence ends: a mark before a space or the end ("2.5 weeks" is one sentence: a diff review).
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    opening = ends[-1] if ends else 0
    if not text[opening:start].strip():  # it opens its sentence: the sentence before says the verdict
        opening = ends[-2] if len(ends) > 1 else 0
    before = words.between(opening, start)
    return any(word in _cues.COPULAS or word in _cues.NOT_THE_VERDICT_VERBS for word in before)


_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


def _ruled_out_ends(words: Words, start: int, end: int) -> list[tuple[int, int]]:
    """A statement cut where what a ruling-out phrase rules out ends: at the first of ``cues.RULED_OUT_SCOPE_ENDS``
    after the phrase ("customers haven't asked for anything new | because the app is down": the cause is read as a
    statement of its own; "we don't need SSO | since nobody uses it" keeps SSO ruled out). Else the statement whole."""
    said = words.between(start, end)
    cause = denied_cause(said)
    if cause is not None and cause[1] < len(said):
        # "The database isn't the cause | of every regression we ship": what it caused still complains
        at = words.starts[bisect_left(words.starts, start) + cause[1]]
        return [(start, at), (at, end)]
    found = _ruled_out(said)
    after = found[0] + len(found[1]) if found is not None else len(said)
    compared = found is not None and " ".join(found[1]) in _cues.COMPARED_RULED_OUT
    cares = found is not None and not _CARE_VERBS.isdisjoint(found[1])
    ends = (
        _cues.RULED_OUT_SCOPE_ENDS
        + (_cues.COMPARED_SCOPE_ENDS if compared else ())
        + (_cues.RULED_OUT_CARE_ENDS if cares else ())
    )
    cut = next((j for j in range(after, len(said)) if said[j] in ends), None)
    if cut is None:
        return [(start, end)]
    at = words.starts[bisect_left(words.starts, start) + cut]
    return [(start, at), (at, end)]


def _subjects(text: str, words: Words, found: list[Clause], at: int) -> list[int]:
    """The clauses a verdict at ``found[at]`` speaks of: the short phrases just before it, joined by
    VERDICT_MARKS to it and by LIST_MARKS to each other ("SAML, SCIM, custom roles: all shipped", "Latency?
    Solved."); none when a full stop or a statement stands between."""
    subjects: list[int] = []
    marks = _cues.VERDICT_MARKS
    for j in range(at - 1, -1, -1):
        between = text[found[j].end : found[j + 1].start].strip()
        said = words.between(found[j].start, found[j].end)
        if between not in marks or found[j].role != PLAIN or not _is_list_item(said):
            break
        subjects.append(j)
        marks = _cues.LIST_MARKS
    return subjects


def _whole_verdict(clause: Clause, words: list[str]) -> str | None:
    """A fine clause that is nothing but its fine words (and fillers): "no complaints", "not an issue"; or a lesser
    complaint's words and their tails: "Latency? Further down the list." (a reader's review)."""
    minor = clause.marker in _MINOR_SAID
    rest = [w for w in words if w not in _cues.FILLERS and not (minor and w in _cues.MINOR_TAILS)]
    return clause.marker if clause.role == FINE and " ".join(rest) == clause.marker else None


def _conceded(words: list[str], following: Clause | None) -> str | None:
    """A fragment whose polarity the next clause gives: a few words with no verb we know ("all mature"), then a
    clause that opens with a contrast word ("Yet every pilot dies ...") or ends with one ("... though"): it is
    what the complaint is not."""
    contrasts = (*_cues.CONTRAST_WORDS, *_cues.TRAILING_CONTRASTS)
    if following is None or following.role != STRESSED or following.marker not in contrasts:
        return None
    judged = [w for w in words if w not in _cues.FILLERS and w not in _cues.VERDICT_JOINERS]
    if not judged or len(judged) > _cues.CONCEDED_WORDS or _is_statement(judged) or len(judged) == len(words):
        return None
    return f"{' '.join(words)}, then '{following.marker}'"


def _apply_verdicts(text: str, words: Words, found: list[Clause]) -> list[Clause]:
    """Each subject of a verdict is fine too, and names the verdict; so is a fragment conceded by a contrast
    after it ("Runbooks, paging - all mature. Yet ..."), with its subjects."""
    out = list(found)
    for at, clause in enumerate(found):
        said = words.between(clause.start, clause.end)
        following = found[at + 1] if at + 1 < len(found) else None
        verdict = _verdict(said) or _conceded(said, following) if clause.role == PLAIN else None
        verdict = verdict or _whole_verdict(clause, said)
        subjects = _subjects(text, words, out, at) if verdict is not None else []
        for j in (at, *subjects) if subjects else ():
            out[j] = replace(out[j], role=FINE, marker=verdict or "", verdict=clause.text if j != at else "")
    return out


_BARE_DENIALS = frozenset(_cues.BARE_DENIALS)
_BELIEFS = frozenset(_cues.BELIEF_WORDS)


def _believed_to_be(said: list[str]) -> bool:
    """Whether words say what someone believed something was: a belief word, then a copula and a determiner ("We thought
    it was the release process"); not a step or a state believed ("Each team assumed the other had reviewed the
    migration", "We thought the release was safe", where a denial says the step was not taken or the state did not
    hold: an attack review, a diff review)."""
    return any(
        w in _BELIEFS
        and any(
            c in _cues.COPULAS and said[j + 1 : j + 2] and said[j + 1] in _cues.DETERMINERS
            for j, c in enumerate(said[k + 1 :], k + 1)
        )
        for k, w in enumerate(said)
    )


def bare_denial(said: list[str], opener: str) -> str | None:
    """A piece that is only a denial (``cues.BARE_DENIALS``), after its contrast word if any: that word ("but" in "but
    no"), else the denial's words ("it wasnt"); None for any other piece."""
    contrast = opener in _cues.CONTRAST_WORDS and said[:1] == [opener]
    denial = " ".join(said[1:] if contrast else said)
    return (opener if contrast else denial) if denial in _BARE_DENIALS else None


def _carried(text: str, words: Words, last: Clause) -> Clause | None:
    """What a clause before a colon passes on: its stress, or, for a heading that names the problem ("The thing
    actually hurting:", "Biggest pain right now:": a word for a problem, then at most PSEUDO_CLEFT_WORDS words),
    the stress of the heading."""
    if last.role == STRESSED:
        return last
    said = words.between(last.start, last.end)
    for i in range(len(said)) if last.role == PLAIN else ():
        problem = _phrase_at(said, i, _PROBLEM_WORDS)
        if problem is not None and len(said) - i - len(problem) <= _cues.PSEUDO_CLEFT_WORDS:
            return replace(last, role=STRESSED, marker=" ".join(said[i:]))
    return None


def _not_then_but(text: str, words: Words, clause: Clause) -> bool:
    """Whether ``clause`` opens its sentence with "not" and names a short thing ruled out before a "but" ("Not
    performance but ownership", "not the cloud bill but the on-call rota"): at most ``cues.NOT_THE_REACH`` words after
    "not" and a determiner, none a lack or a hedge of ``cues.NOT_BUT_NOT`` ("not enough reviewers but ...", "not sure
    but ..."), nor a count ("not the first outage but ...")."""
    said = words.between(clause.start, clause.end)
    before = text[: clause.start].rstrip()
    if (before and before[-1] not in _SENTENCE_OPENS) or len(said) < 2 or said[0] != "not":
        return False
    bare = said[1] not in _cues.NOT_THE_DETERMINERS
    named = said[1:] if bare else said[2:]
    if not 1 <= len(named) <= _cues.NOT_THE_REACH or named[0] in _cues.NOT_THE_COUNTED:
        return False
    # A bare word that says how a thing is, not what it is: "Not translated but ...", "Not compliant but ..." (a diff
    # review: the complaint itself was ruled out).
    if bare and (named[0].endswith(_cues.NOT_BUT_STATE_ENDINGS) or named[0] in _cues.NOT_BUT_STATES):
        return False
    return _NOT_BUT_NOT.isdisjoint(said[1:])


_NOT_BUT_NOT = frozenset((*_cues.NOT_BUT_NOT, *_cues.COPULAS, *_cues.MODALS))


def clauses(text: str, words: Words | None = None) -> tuple[Clause, ...]:
    """The clauses of ``text`` in order, each with its role; a stressed clause that ends in ":" passes its
    stress on to the next one ("Real issue: the runbook is out of date"); a verdict without a subject makes
    its subjects fine ("SAML, SCIM: all shipped"). ``words``: ``Words(text)``, when the caller has it."""
    words = Words(text) if words is None else words
    out: list[Clause] = []
    carry: Clause | None = None
    for start, end, opener in _pieces(text):
        if opener in _cues.TRAILING_CONTRASTS and words.between(start, end) == [opener] and out:
            # "The dashboards take 20 seconds though.": the word closes its clause, which carries the complaint
            out[-1] = replace(out[-1], role=STRESSED, marker=opener) if out[-1].role == PLAIN else out[-1]
            continue
        if opener in _cues.RULED_OUT_LIMITS and out and out[-1].role == FINE and _limited_care(out[-1].marker.split()):
            # "Customers never care about audit logs | until the day they get breached": not caring, limited
            out[-1] = replace(out[-1], role=PLAIN, marker="")
        if opener in _cues.NOT_BUT_CONTRASTS and out and out[-1].role == PLAIN and _not_then_but(text, words, out[-1]):
            # "Not performance but ownership": what the "not" names is ruled out, and the rest is the complaint
            out[-1] = replace(out[-1], role=FINE, marker="not")
        found = _read_piece(text, words, (start, end, opener), carry, bool(out) and out[-1].role == FINE)
        out += found
        last = found[-1] if found else None
        # A carried stress passes over a fine clause to the next ("Nope: the query was fine, the team never reviewed
        # the PR": an attack review).
        kept = (
            carry
            if carry is not None and last is not None and last.role == FINE and text[end : end + 1] == ","
            else None
        )
        carry = _carried(text, words, last) if last is not None and text[end : end + 1] == ":" else kept
        if last is not None and last.role == PLAIN and _concedes_its_sentence(text, words, start, end, opener):
            carry = replace(last, role=STRESSED, marker=f"{opener},")  # "Though X, Y": Y carries the complaint
        elif last is not None and last.role == FINE and _less_then_more(text, end, last.marker):
            carry = replace(last, role=STRESSED, marker=_cues.LESS_THEN_WORD)  # "Less X, more Y": Y carries it
        # A denial is rare: the belief before it is read only then (every piece comes here).
        denial = bare_denial(words.between(start, end), opener) if last is not None else None
        believed = denial is not None and len(out) > 1 and _believed_to_be(words.between(out[-2].start, out[-2].end))
        if last is not None and denial is not None and believed and text[end:].strip():
            # "We thought it was X but no, Y", "We assumed X. It wasn't: Y": Y carries the complaint, and corrects X
            carry = replace(last, role=STRESSED, marker=opener if denial == opener else last.text.rstrip(".!,:;"))
    read = _apply_verdicts(text, words, _exceptions(words, out))
    read = _small_beside_a_comparison(text, words, _pointed_back(text, words, read))
    return tuple(_deferred(text, words, _ranked_list(text, words, read)))


def _announces_a_ranking(said: list[str]) -> bool:
    """Whether a sentence's words up to a colon rank what follows by its cost, and say so as a ranking: opening with
    one of ``cues.RANK_VERBS`` ("Ranking our pains", "Ranked by pain"), or one of ``cues.RANKED_BY`` right before
    "first" ("worst first", "most expensive first"), or one of ``cues.RANK_PHRASES`` ("priority order"); with a word
    of RANKED_BY, and none of ``cues.NOT_RANKED_BY`` ("Ranked by how often, not by cost", "cheapest first": an attack
    review). Not "Issues with order sync:", "Search ranking problems:", "Problems we saw first after launch:" (a diff
    review)."""
    start = _opening(said)
    ranked = (
        (start < len(said) and said[start] in _cues.RANK_VERBS)
        or any(word in _cues.RANKED_BY and after == "first" for word, after in pairwise(said))
        or _find(said, _RANK_PHRASES) is not None
    )
    by = any(word in _cues.RANKED_BY for word in said)
    return ranked and by and not any(word in _cues.NOT_RANKED_BY for word in said)


_RANK_PHRASES = _phrases(_cues.RANK_PHRASES)


def _numbered_end(words: Words, spans: tuple[tuple[int, int], ...], end: int, pending: bool) -> int:
    """Where a list numbered across sentences ends ("Ranked by pain: 1. The checkout falls over. 2. Review takes a
    week."): each sentence that opens with the next number, and the one after a number standing alone (``pending``:
    the colon's sentence ended with "1" alone)."""
    number = 2
    for start, stop in spans:
        said = words.between(start, stop)
        if start < end or not said:
            continue
        if said[0] == str(number):
            end, number, pending = stop, number + 1, len(said) == 1
        elif pending:
            end, pending = stop, False
        else:
            break
    return end


def _ranked_list(text: str, words: Words, found: list[Clause]) -> list[Clause]:
    """A ranked list, announced before a colon (``_announces_a_ranking``: "Priority order: audit trail first, flaky
    tests second", "Ranking our pains: 1) the database locks up, 2) flaky CI", "most expensive first: handoffs, then a
    slow search page"): its first item carries the complaint (a label's carries it already: "Ranked by pain: ..."),
    the items after it in its sentence, or numbered across sentences (``_numbered_end``), are ranked lower and
    discounted (set 32 read). Items are the clauses with a word beside ``cues.RANK_MARKERS`` and ``cues.FILLERS``
    ("1", "a distant second", "honestly"), neither denied ("not the servers") nor fine."""
    spans = sentences(text)
    k = next(
        (
            k
            for k, clause in enumerate(found)
            if text[clause.end : clause.end + 1] == ":"
            and _announces_a_ranking(words.between(sentence_at(spans, clause.start)[0], clause.end))
        ),
        None,
    )
    if k is None:
        return found
    end = sentence_at(spans, found[k].end)[1]
    first = words.between(found[k].end, end)
    if first[:1] == ["1"]:  # "Ranked by pain: 1. ... 2. ..." (a diff review)
        end = _numbered_end(words, spans, end, first == ["1"])
    items = [
        clause
        for clause in found[k + 1 :]
        if clause.end <= end
        and any(
            word not in _cues.RANK_MARKERS and word not in _cues.FILLERS
            for word in words.between(clause.start, clause.end)
        )
    ]
    # A denied or fine item ranks nothing ("Priority order: not the servers, they're fine; it's release regressions").
    items = [c for c in items if c.role != FINE and words.between(c.start, c.end)[:1] != ["not"]]
    if len(items) < 2:
        return found
    lower = {clause.start for clause in items[1:] if clause.role == PLAIN}
    return [
        replace(clause, role=STRESSED, marker=_cues.RANKED_FIRST)
        if clause is items[0] and clause.role == PLAIN
        else replace(clause, role=FINE, marker=_cues.RANKED_LOWER)
        if clause.start in lower
        else clause
        for clause in found
    ]


def _exceptions(words: Words, found: list[Clause]) -> list[Clause]:
    """An exception (``cues.EXCEPTION_OPENERS``) sets aside what it names only when the clause after it complains: it
    is the complaint before one that says the rest is fine or opens by denying it ("Except for checkout, everything is
    fast", "Other than the login page, nothing is slow": ``cues.EXCEPTION_REVERSERS``). The clause after it is the next
    one that is no relative clause ("Except for deploys, which take hours, nothing is slow": a diff review)."""
    out = list(found)
    for at, clause in enumerate(found):
        if clause.role != FINE or clause.marker not in _cues.EXCEPTION_OPENERS:
            continue
        said = [words.between(c.start, c.end) for c in found[at + 1 :]]
        after = next((k for k, w in enumerate(said) if w[:1] and w[0] not in _cues.CLAUSE_RELATIVES), None)
        if after is None:
            continue
        opening = said[after][:1]
        if found[at + 1 + after].role == FINE or (opening and opening[0] in _EXCEPTION_REVERSERS):
            out[at] = replace(clause, role=PLAIN, marker="")
    return out


_EXCEPTION_REVERSERS = frozenset(_cues.EXCEPTION_REVERSERS)


def _less_then_more(text: str, end: int, marker: str) -> bool:
    """Whether a fine clause ending at ``end`` says less of a thing (``cues.LESS_OPENERS``, "less about") and the next
    clause opens with "more": "Less about latency, more about who owns the cache layer" (an attack review)."""
    less = marker in _cues.LESS_OPENERS or marker in _cues.COMPARED_RULED_OUT
    return less and _word_after_mark(text, end) == _cues.LESS_THEN_WORD


def _concedes_its_sentence(text: str, words: Words, start: int, end: int, opener: str) -> bool:
    """Whether a piece is a leading concession (``cues.LEADING_CONCESSIONS``) that opens its sentence and ends at a
    comma, so that the piece after it carries the complaint: "Though page loads could be snappier, buyers leave ...";
    not when a relative clause follows the comma ("Although SSO, which buyers want, is missing, ...": a diff review)."""
    if opener not in _cues.LEADING_CONCESSIONS or text[end : end + 1] != ",":
        return False  # the common case, before any slicing: every piece of every complaint comes here
    following = words.between(end, len(text))[:1]
    if following and following[0] in _cues.CLAUSE_RELATIVES:
        return False
    before = text[:start].rstrip()
    lead = before.rsplit(None, 1)[-1] if before else ""
    if lead.lower() in _cues.LEADING_CONCESSION_LEADS:  # "Even though X, Y"
        before = before[: -len(lead)].rstrip()
    return not before or before[-1] in _SENTENCE_OPENS


def _pointed_back(text: str, words: Words, found: list[Clause]) -> list[Clause]:
    """The plain clause a fine clause points back to (its subject only one of ``cues.POINTERS``: "But that's not
    what's hurting", "..., which isn't the problem") is fine too, and names it: the clause right before it, in its
    sentence or the one before ("ticket scans lag, sales asked about an admin console but that can wait"; "The login
    falls over every Monday, and sales keeps asking about SSO. That can wait.": an attack review). Not a verdict
    limited after it, past a comma or by a limit ("..., which is fine, until it isn't"; "but that's fine, apparently";
    "which is fine on staging but not in production": that review and a diff review)."""
    out = list(found)
    for at, clause in enumerate(found):
        if clause.role != FINE or not clause.marker or at == 0:
            continue
        after = text[clause.end :].lstrip()
        limited = after[:1] == "," or after.split(" ", 1)[0].lower() in _cues.POINTER_LIMITS
        pointed = not limited and _points_back(words.between(clause.start, clause.end), clause.marker)
        if pointed and out[at - 1].role == PLAIN:
            out[at - 1] = replace(out[at - 1], role=FINE, marker=clause.marker, verdict=clause.text)
    return out


def _points_back(said: list[str], marker: str) -> bool:
    """Whether a fine clause's subject, the words before its marker but fillers and a contrast word, is one of
    ``cues.POINTERS`` alone ("but that isn't the problem"; not "but the search that we built isn't the problem"), or
    the marker opens with one ("but that's not what's hurting": "thats not whats"); its verdict sets it aside
    (``_sets_aside``) and is not limited to another time ("which was fine last year", "used to be fine")."""
    found = _find(said, _marker_index(marker))
    if found is None or not _sets_aside(marker, said) or says_long_ago(said) or not _POINTER_TIMES.isdisjoint(said):
        return False
    subject = [w for w in said[: found[0]] if w not in _cues.FILLERS and w not in _cues.CONTRAST_WORDS]
    if len(said) - found[0] - len(found[1]) > _cues.POINTER_TAIL_WORDS:
        return False  # more is said of it: "That's not a problem for customers who wait, but ..."
    return subject in ([], *([w] for w in _cues.POINTERS)) and (subject or [found[1][0]])[0] in _cues.POINTERS


@functools.lru_cache(maxsize=256)
def _marker_index(marker: str) -> _PhraseIndex:
    """A fine clause's marker as a phrase index, kept for the markers met most (most are the cues' own phrases; a
    placed ruled-out phrase keeps the text's own words: ``_placed_ruled_out``)."""
    return _phrases((marker,))


def _sets_aside(marker: str, said: list[str]) -> bool:
    """Whether a fine clause's marker sets its subject aside as no pain: "not what hurts", "can wait", "not the
    problem", "not our problem", "fine"; not a size denied ("That's not a small problem" complains), nor a state said
    with sarcasm ("That's just great": a diff review)."""
    words = marker.split()
    if not _NOT_WHAT_WORDS.isdisjoint(words) or marker in _MINOR_SAID or words[-1] in _POINTER_SMALL:
        return True  # "but that's minor compared to ...", "which is nothing compared to ..." (never "not nothing")
    if not _POINTER_NEGATIONS.isdisjoint(words):
        # "not the problem", "wasn't our problem", "not the real issue"; not "a rare problem", "a new problem" (said of
        # its kind, a third diff review) nor "a small problem" (of its size).
        return len(words) > 1 and words[-1] in _PROBLEM_NOUNS and words[-2] in _cues.POINTER_PROBLEM_WORDS
    # A state of now only: "but that's fine", "but that's minor compared to ..."; not "which was fine back then", nor
    # praise said with sarcasm ("which is great" of a crash).
    return words[-1] in _POINTER_STATES and _SARCASM.isdisjoint(said) and _PAST.isdisjoint(said)


_NOT_WHAT_WORDS = frozenset(("what", "whats"))
_PROBLEM_NOUNS = frozenset(word for phrase in _cues.PROBLEM_WORDS for word in phrase.split()[-1:])
_POINTER_NEGATIONS = frozenset((*_cues.NEGATIONS, *_cues.NOT_WHAT_NEGATIONS))
_POINTER_STATES = frozenset(_cues.POINTER_STATES)
_POINTER_SMALL = frozenset(_cues.POINTER_SMALL_STATES)
_POINTER_TIMES = frozenset(_cues.POINTER_TIMES)
_PAST = frozenset(_cues.POINTER_PAST)
_SARCASM = frozenset(_cues.POINTER_SARCASM)


_BACK_REFERENCES = frozenset(_cues.BACK_REFERENCES)
# What someone supposed stresses nothing: "We thought the release process was killing us, but it turned out the
# database ..." (an attack review); nor does a contrast after a supposition set aside (complaints.py).
SUPPOSITIONS = frozenset(_cues.SUPPOSITION_WORDS)


def _supposed(words: list[str]) -> bool:
    """Whether words say what someone supposed (``cues.SUPPOSITION_WORDS``), not found out ("We figured out what's
    really killing us": a diff review)."""
    return any(word in SUPPOSITIONS and words[k + 1 : k + 2] != ["out"] for k, word in enumerate(words))


def _refers_back(words: list[str]) -> bool:
    """Whether words speak of what came before (``cues.BACK_REFERENCES``), not "that" opening what a copula says."""
    return any(
        word in _BACK_REFERENCES and not (word == "that" and k > 0 and words[k - 1] in _cues.BACK_REFERENCE_NOT_AFTER)
        for k, word in enumerate(words)
    )


def _small_beside_a_comparison(text: str, words: Words, found: list[Clause]) -> list[Clause]:
    """A clause fine only by one of ``cues.SMALL_STATES`` ("feels minor") stays fine only with one of
    ``cues.SMALL_COMPARED`` in its sentence ("compared with the handoff mess, ..."); else it is plain: "the outages
    are minor but daily" complains (a diff review)."""
    out = []
    spans: tuple[tuple[int, int], ...] = ()  # the sentences, read only for a clause fine by a small state
    for k, clause in enumerate(found):
        small = clause.role == FINE and any(clause.marker.endswith(state) for state in _cues.SMALL_STATES)
        spans = spans or (sentences(text) if small else ())
        compared = small and _find(words.between(*sentence_at(spans, clause.start)), _SMALL_COMPARED) is not None
        # The next sentence opens with a clause that carries another complaint: the comparison is made ("Page loads
        # are tolerable. What costs us is ...": set 27 read); not the same one ("The outages are minor. What hurts is
        # that they happen daily"), nor in its own sentence ("minor but daily").
        after = found[k + 1] if small and k + 1 < len(found) else None
        outweighed = (
            after is not None
            and after.role == STRESSED
            and sentence_at(spans, after.start) != sentence_at(spans, clause.start)
            and not _refers_back(words.between(after.start, after.end))
        )
        out.append(replace(clause, role=PLAIN, marker="") if small and not (compared or outweighed) else clause)
    return out


_DEFERRALS = _phrases(_cues.DEFERRALS)
_DEFERRED_WISHES = _phrases(_cues.DEFERRED_WISHES)
_DEFERRAL_NOW = _phrases(_cues.DEFERRAL_NOW)


def _carries_now(later: Clause, words: Words) -> bool:
    """Whether a clause after a want put off says what hurts now: it carries the complaint, or opens with
    ``cues.DEFERRAL_NOW`` (within its first words: "and right now", "the cost right now is"); and it does not speak of
    the thing put off ("..., and right now two customers threaten to leave over it": an attack review)."""
    said = words.between(later.start, later.end)
    rest = _after_now(said)
    return (later.role == STRESSED or len(rest) < len(said)) and not _speaks_of_it(rest)


def _speaks_of_it(said: list[str]) -> bool:
    """Whether words name a thing said before (``cues.DEFERRED_BACK_REFERENCES``: "leave over it"), not people ("before
    anyone reviews them"), nor "that" opening what a copula says."""
    return any(
        word in _cues.DEFERRED_BACK_REFERENCES
        and not (word == "that" and k > 0 and said[k - 1] in _cues.BACK_REFERENCE_NOT_AFTER)
        for k, word in enumerate(said)
    )


def _after_now(said: list[str]) -> list[str]:
    """A clause's words without the ``cues.DEFERRAL_NOW`` it opens with, within its first ``cues.DEFERRAL_NOW_REACH``
    words ("the cost right now is ..."), if any: "this quarter" is no back reference, "It now takes ..." keeps its
    "It"."""
    for start in range(min(_cues.DEFERRAL_NOW_REACH, len(said))):
        now = _phrase_at(said, start, _DEFERRAL_NOW)
        if now is not None:
            return said[:start] + said[start + len(now) :]
    return said


# The last word of a stressing marker that is only a wish ("we need").
_WISHED_MARKS = frozenset(word for word in _cues.DEFERRED_WISHES if " " not in word)


def _deferred(text: str, words: Words, found: list[Clause]) -> list[Clause]:
    """A want put off (``cues.DEFERRALS`` after a wish: "the zoo buyers want audit logs eventually") is fine before a
    clause that carries the complaint, in its sentence or the next, or opens with ``cues.DEFERRAL_NOW`` ("..., but right
    now the ticket database melts every weekend"); alone it complains."""
    out = list(found)
    spans: tuple[tuple[int, int], ...] = ()
    for k, clause in enumerate(found):
        said = words.between(clause.start, clause.end)
        # A clause stressed by its wish alone ("we need") puts it off as a plain one does.
        wished = clause.role == STRESSED and (clause.marker.split() or [""])[-1] in _WISHED_MARKS
        deferral = _find(said, _DEFERRALS) if clause.role == PLAIN or wished else None
        wish = _find(said, _DEFERRED_WISHES) if deferral is not None else None
        # The wish before the deferral ("want audit logs eventually"), or the deferral opening the clause right
        # before it ("At some point we need better onboarding docs": an attack review).
        if deferral is None or wish is None:
            continue
        opening = deferral[0] <= _opening(said)
        ahead = opening and wish[0] - deferral[0] - len(deferral[1]) <= _cues.DEFERRAL_OPENING_REACH
        if wish[0] > deferral[0] and not ahead:
            continue
        spans = spans or sentences(text)
        sentence = spans.index(sentence_at(spans, clause.start))
        now = (
            later
            for later in found[k + 1 :]
            if spans.index(sentence_at(spans, later.start)) <= sentence + 1 and _carries_now(later, words)
        )
        # Or an add-on to what its sentence or the one before said first: "... searches take 30 seconds at peak, they've
        # also mentioned wanting SSO someday" (a reader's review's mend let the SSO count there).
        added = "also" in said and any(
            spans.index(sentence_at(spans, earlier.start)) >= sentence - 1 and earlier.role != FINE
            for earlier in found[:k]
        )
        # Not when a later clause says it hurts now: "Customers also need SSO eventually, and it's blocking two deals
        # right now" (a diff review); a clause that carries the complaint speaks of its own ("but right now three
        # hospitals need data residency this quarter").
        spoken = (
            spans.index(sentence_at(spans, later.start)) <= sentence + 1
            and later.role != STRESSED
            and _speaks_of_it(words.between(later.start, later.end))
            for later in found[k + 1 :]
        )
        added = added and not any(spoken)
        if added or next(now, None) is not None:
            out[k] = replace(clause, role=FINE, marker=" ".join(deferral[1]))
    return out


def clause_at(found: tuple[Clause, ...], position: int) -> Clause | None:
    """The clause that holds the character at ``position``."""
    return next((c for c in found if c.start <= position < c.end), None)


# A closing quote or bracket may stand between the mark and the space ('... they leave." Performance has been fine').
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*(?=\s|$)|\n")


def sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Where each sentence of ``text`` starts and ends (a full stop, "!" or "?" before a space or the end, or a new
    line, ends a sentence)."""
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return tuple(spans)


def sentence_at(spans: tuple[tuple[int, int], ...], position: int) -> tuple[int, int]:
    """The sentence of ``spans`` (from ``sentences``) that holds the character at ``position``."""
    return next((span for span in spans if position <= span[1]), spans[-1])


def absent_step(words: Words, start: int) -> str | None:
    """The words that say a step was not taken, in the two words before the character ``start``: "nobody" in
    "nobody reviewed it", "no one" in "no one tested it", "without" in "without review"."""
    at = bisect_left(words.starts, start)
    before = words.words[max(0, at - 2) : at]
    first = next((i for i, word in enumerate(before) if word in _cues.ABSENT_STEP_WORDS), None)
    return None if first is None else " ".join(before[first:])


def negated_symptom(
    words: Words,
    start: int,
    since: int = 0,
    until: int | None = None,
    *,
    failure: bool = False,
    alike: Callable[[str], bool] = lambda word: False,
) -> str | None:
    """The negation right before the character ``start`` of the text ``words`` was read from, or before one of
    DETERMINERS there: "no" in "no latency alarms" and in "no major outage", not in "never write down", nor after "to"
    and a wish in the same clause, from the character ``since`` ("need it to not time out"); a denial is read from
    ``since`` and its limits up to the character ``until``, the end of its clause or of a limit's clause joined to it
    ("Nothing is slow unless it's Monday"; not "Nothing is slow; when a release breaks, ...": a diff review).
    ``alike``: whether a word names a symptom or a problem too, which a negation before "or" denies with the symptom
    after it (``_denied_alternative``)."""
    at = bisect_left(words.starts, start)
    opening = bisect_left(words.starts, since)  # not a negation of the sentence before ("No. Outages hit us weekly.")
    before = words.words[max(0, opening, at - 2) : at]
    if before and before[-1] in _cues.SYMPTOM_NEGATIONS:
        wished = words.words[max(bisect_left(words.starts, since), at - 2 - _cues.WISHED_REACH) : at - 2]
        if len(before) == 2 and before[0] == "to" and any(word in _cues.WISHES for word in wished):
            return None  # "need the page to not time out": it times out
        return before[-1]
    if len(before) == 2 and before[0] in _cues.SYMPTOM_NEGATIONS and before[1] in _cues.DETERMINERS:
        return " ".join(before)
    perfect = _perfect_denial(before) if failure else None
    if perfect is not None:
        return perfect
    ending = len(words.starts) if until is None else bisect_left(words.starts, until)
    alternative = _denied_alternative(
        words.words[max(0, opening, at - _ALTERNATIVE_REACH) : at],
        words.words[at : min(ending, at + _OTHERWISE_REACH)],
        alike,
    )
    if alternative is not None:
        return alternative
    first = max(opening, at - 2 - _HAD_DETERMINERS, 0)
    before, said = words.words[first:at], words.words[at:ending]
    return _negated_having(before, said[1 : 1 + _HAD_UNTIL]) or _nothing_is(before, said)


_ALTERNATIVE_REACH = 1 + _cues.DENIED_ALTERNATIVE_WORDS + 2  # "not a bug or an": the negation, its words, "or an"


_OTHERWISE_REACH = 4  # the symptom's words and those after it, read for "would": "or the crash ... would have"


def _denied_alternative(before: list[str], after: list[str], alike: Callable[[str], bool]) -> str | None:
    """A negation that reaches past "or" to the symptom after it (set 53 read as a development set: "not a bug or an
    outage, customers just can't set up their team" counted the outage): the words from the negation, when a negation
    (``cues.SYMPTOM_NEGATIONS``, not "no one") stands with at most ``cues.DENIED_ALTERNATIVE_WORDS`` words between it
    and "or" in the same clause, the word before "or" a symptom or a problem too (``alike``: like listed with like,
    "no bugs or outages", "not slow or down"; not "no data or a 502", an attack review), with at most one determiner
    between "or" and the symptom; not after "either" ("either fail with no error or hang"), nor where "or" says what
    would happen otherwise ("zero visibility or the crash would have been caught": ``cues.OTHERWISE_WORDS``, in the
    symptom's clause), nor where a preposition between the negation and "or" shows it denies something else ("no
    alerts for crashes or outages", "No day without bugs or outages": ``cues.NEGATION_ELSEWHERE``, a diff review)."""
    if before[-1:] and before[-1] in _cues.DETERMINERS:
        before = before[:-1]
    if len(before) < 2 or before[-1] != "or" or not alike(before[-2]) or "either" in before:
        return None
    if any(word in _cues.OTHERWISE_WORDS for word in after):
        return None
    for k in range(len(before) - 2, max(-1, len(before) - 3 - _cues.DENIED_ALTERNATIVE_WORDS), -1):
        if before[k] in _cues.SYMPTOM_NEGATIONS:
            elsewhere = any(word in _cues.NEGATION_ELSEWHERE for word in before[k + 1 : -1])
            return None if elsewhere or before[k + 1] in _cues.ABSENCE_WORDS else " ".join(before[k:])
    return None


def _perfect_denial(before: list[str]) -> str | None:
    """The words right before a failure that deny it in the perfect (``cues.PERFECT_NEGATIONS``), if any: "hasnt" in
    "hasn't crashed", "hasnt gone" in "hasn't gone down", "never been" in "has never been down"."""
    if before[-1:] and before[-1] in _cues.PERFECT_NEGATIONS:
        return before[-1]
    denied = len(before) == 2 and before[0] in (*_cues.PERFECT_NEGATIONS, *_cues.SYMPTOM_NEGATIONS)
    return " ".join(before) if denied and before[1] in _cues.PERFECT_PARTICIPLES else None


def _nothing_is(before: list[str], said: list[str]) -> str | None:
    """ "Nothing is slow", "nothing's crashing", "Nothing is down" (a reader's review: "slow" counted): one of
    ``cues.NOTHING_SUBJECTS`` and a copula right before the symptom (or opening it: "is down"); not with a limit or an
    exception after it in its clause ("nothing is slow until Black Friday", "unless it's Monday", "except checkout",
    "other than checkout": ``cues.NOTHING_LIMITS``), nor said by someone else ("Our SRE says nothing is slow":
    ``cues.NOTHING_NOT_AFTER``). ``said``: the symptom's words and those after it in its clause."""
    copula_in_cue = bool(said) and said[0] in _cues.PROBLEM_COPULAS
    subject = len(before) - (1 if copula_in_cue else 2)
    if subject < 0 or before[subject] not in _cues.NOTHING_SUBJECTS:
        return None
    if not copula_in_cue and before[-1] not in _cues.PROBLEM_COPULAS:
        return None
    if subject > 0 and before[subject - 1] in _cues.NOTHING_NOT_AFTER:
        return None
    pairs = pairwise([*said[1 : 1 + _HAD_UNTIL], ""])  # near it: "Nothing is slow and the team ships only on Fridays"
    if any(word in _cues.NOTHING_LIMITS or (word, then) == _cues.NOTHING_OTHER_THAN for word, then in pairs):
        return None
    return " ".join(before[subject:])


_HAD_NEGATIONS = frozenset((*_cues.SYMPTOM_NEGATIONS, *_cues.VERB_NEGATIONS))
_HAD_DETERMINERS = 2  # "a major"
_HAVING = frozenset(("have", "has", "had"))  # not "seen": "we haven't seen the latency improve" complains
_HAD_UNTIL = 4  # words after the symptom read for a limit of time or measure


def _negated_having(before: list[str], after: list[str]) -> str | None:
    """ "we don't have outages", "haven't had any 5xx", "never had a major outage": a negation, have/has/had and at
    most two of DETERMINERS right before the symptom; not with a limit after it ("never had outages until we passed
    10k users", "never had an outage this bad": cues.HAD_LIMITS)."""
    for _ in range(_HAD_DETERMINERS):
        if before and before[-1] in _cues.DETERMINERS:
            before = before[:-1]
    if any(word in _cues.HAD_LIMITS for word in after[:_HAD_UNTIL]):
        return None
    if len(before) >= 2 and before[-2] in _HAD_NEGATIONS and before[-1] in _HAVING:
        return " ".join(before[-2:])
    return None


# ---------------------------------------------------------------------------------------------
# Misspellings
# ---------------------------------------------------------------------------------------------


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by exactly one insertion, deletion, substitution or swap of neighbours."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


# A letter written three times or more in a row: no English word has one.
_HELD_LETTER = re.compile(r"([^\W\d_])\1{2,}")


def _deletes(word: str) -> set[str]:
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


# The endings of a cue word's forms that the stemmer strips, and how they are written with a letter dropped
# ("crashng", "firefightin": set 33 read; "crashd"). The stemmer does not know an ending with a letter dropped, so the
# word's stem would keep it and be two edits from the cue's. Not a swap ("de" made "stampede" "stamped").
_SLIPPED_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ing", ("ng", "ig", "in")),
    ("ed", ("d",)),
)


def _endings_repaired(word: str) -> list[str]:
    """``word`` with a slipped ending written out in full: "crashng" as "crashing", "deployd" as "deployed"."""
    return [
        word[: -len(slip)] + ending
        for ending, slips in _SLIPPED_ENDINGS
        if not word.endswith(ending)
        for slip in slips
        if word.endswith(slip) and len(word) > len(slip) + 2
    ]


_MEMO_SIZE = 4096  # words whose reading is remembered (a reader types the same words again and again)


def _forms(word: str) -> set[str]:
    """A cue word and its plural and verb forms: "outage", "outages", "outaged", "outaging" (not "rerund", which
    made "refund" one edit from "rerun")."""
    base = word[:-1] if word.endswith("e") else word
    return {word, word + "s", word + "es", word + "ed", word + "ing", base + "ing", base + "ed"}


class Speller:
    """Reads a misspelt word as a cue word: one edit away from exactly one of them (or from one of its plural
    and verb forms: "outtages" is one edit from "outages"), with the same first letter.

    ``targets`` are the cue words a misspelling may be read as; ``known`` the words never read as anything
    else (every word of the engine's own text, and words that stem like one of them). Candidates are found
    through the one-letter deletions of their stems, then checked letter by letter against the written forms.
    """

    def __init__(self, targets: Iterable[str], known: Iterable[str], stem: Callable[[str], str]) -> None:
        self._stem = stem
        self._memo: dict[str, str | None] = {}
        self._known = set(known)
        self._known |= {stem(word) for word in self._known}
        self._targets = frozenset(targets)
        self._index: dict[str, list[str]] = {}
        # Short cue words by each of their swaps after the first letter (several cue words for one swap: none).
        self._swaps: dict[str, set[str]] = {}
        for target in sorted(self._targets):
            if len(target) >= _cues.TYPO_MIN_LETTERS and target.isalpha():
                for key in _deletes(stem(target)):
                    self._index.setdefault(key, []).append(target)
            elif len(target) >= _cues.SWAP_MIN_LETTERS and target.isalpha():
                for i in range(1, len(target) - 1):
                    swapped = target[:i] + target[i + 1] + target[i] + target[i + 2 :]
                    if swapped != target:
                        self._swaps.setdefault(swapped, set()).add(target)

    def unheld(self, word: str) -> str:
        """A word with a letter held for stress ("sloooow", "outaaages") as the word it stresses: each run as two
        letters ("stalll" is "stall", not "stale") or as one, whichever is a word the engine knows; else as one, to
        be read as any other word. Not a misspelling: its cue counts in full (a reader's review: "sloooow" had no
        category; a diff review: then it counted less than "slow"). The clauses are read with it too ("SSO is fiiiine"
        says SSO is fine: ``Words``)."""
        if not _HELD_LETTER.search(word) or not word.isalpha():
            return word
        single = _HELD_LETTER.sub(r"\1", word)
        for collapsed in (_HELD_LETTER.sub(r"\1\1", word), single):
            if collapsed in self._targets or collapsed in self._known or self._stem(collapsed) in self._known:
                return collapsed
        return single

    def correct(self, word: str) -> str | None:
        """The cue word ``word`` (lower case) is read as, or None when it is known, short or ambiguous."""
        if word not in self._memo:
            if len(self._memo) >= _MEMO_SIZE:
                self._memo.clear()
            self._memo[word] = self._correct(word)
        return self._memo[word]

    def one_edit_from(self, word: str) -> list[str]:
        """The cue words (sorted) one edit from ``word`` or from one of their forms, with its first letter."""
        keys = _deletes(self._stem(word))
        for repaired in _endings_repaired(word):
            keys |= _deletes(self._stem(repaired))
        candidates = {target for key in keys for target in self._index.get(key, ())}
        return sorted(
            target
            for target in candidates
            if target[0] == word[0] and any(_one_edit(word, form) for form in _forms(target))
        )

    def _correct(self, word: str) -> str | None:
        if not word.isalpha() or word in self._known or word in self._targets:
            return None
        if len(word) < _cues.TYPO_MIN_LETTERS:
            swapped = self._swaps.get(word, set())
            return next(iter(swapped)) if len(swapped) == 1 else None
        stemmed = self._stem(word)
        if stemmed in self._known:
            return None
        targets = self.one_edit_from(word)
        meanings = {self._stem(target) for target in targets}  # "terabyte" and "terabytes" are one word
        return targets[0] if len(meanings) == 1 else None
