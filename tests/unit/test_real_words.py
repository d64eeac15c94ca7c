"""Common English words are never read as a misspelling of a cue word (``cues.REAL_WORDS``), kept in step with the cues.

The speller reads a word one edit from a cue word as that word ("latancy" is "latency"). A common English word one
edit from a cue word is a word of its own ("guess" is no "guest", "police" no "policy"), so ``cues.REAL_WORDS`` lists
them as known words. That list was drawn once from wordfreq's English words; a cue word added later can bring new
neighbours. This test reads the same English words (tests/support/common_english_words.txt) through the speller the
engine builds: each is read as itself, or as the cue word it is a form of (OWN_FORMS: "delivered" is "delivery"). A
failure names the word: add it to ``cues.REAL_WORDS`` when it is a word of its own, to OWN_FORMS when it is a form.
"""

from __future__ import annotations

from pathlib import Path

from decision_engine import complaints, cues

WORDS_FILE = Path(__file__).parents[1] / "support" / "common_english_words.txt"

# Common words the speller reads as a cue word they are a form or a spelling of: what they say is the cue's meaning.
OWN_FORMS = {
    # A dropped "g" is the word itself ("workin'"): the speller reads it so (set 33 read: "firefightin").
    **{word: word + "g" for word in ("comin", "movin", "nothin", "somethin", "tellin", "waitin", "workin")},
    "controlled": "control",
    "controlling": "control",
    "deliver": "delivery",
    "delivered": "delivery",
    "delivering": "delivery",
    "delivers": "delivery",
    "doesn": "doesnt",
    "faulty": "fault",
    "flake": "flaky",
    "flakes": "flaky",
    "labelled": "label",
    "labelling": "label",
    "levelled": "level",
    "rebuilt": "rebuild",
    "regulatory": "regulator",
    "replicated": "replica",
    "residence": "residency",
    # Undone, as a revert is ("half our releases get reversed within a day": a diff review).
    "reversed": "revert",
    "reverses": "revert",
    "reversing": "revert",
    "residences": "residency",
    "spent": "spend",
    "staffed": "staff",
    "visibly": "visible",
}


# Words below the list's frequency that an attack review found read as a cue word by a swap of two letters: names
# and words ("pref" as "perf", "cots" as "cost"), and slips of other words ("smal" as "saml", "unti" as "unit").
LESS_COMMON = frozenset(
    (
        "mena",
        "hera",
        "coed",
        "hots",
        "cots",
        "dela",
        "tali",
        "hier",
        "brun",
        "leda",
        "tema",
        "roto",
        "pref",
        "clod",
        "seta",
        "sime",
        "reda",
        "gose",
        "smal",
        "sese",
        "ptah",
        "geos",
        "salm",
        "unti",
        "plie",
        "hepa",
        "cios",
    )
)


def common_words() -> list[str]:
    lines = WORDS_FILE.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("#")]


def test_the_word_list_is_read() -> None:
    words = common_words()
    assert len(words) > 20_000
    assert {"guess", "police", "latency", "senior", "lots", "form"} <= set(words)


def test_no_common_word_is_read_as_another_cue_word() -> None:
    speller = complaints._speller()
    read_as = {word: speller.correct(word) for word in common_words()}
    misread = {word: cue for word, cue in read_as.items() if cue is not None and OWN_FORMS.get(word) != cue}
    assert misread == {}


def test_every_own_form_is_still_read_as_its_cue_word() -> None:
    """An entry no longer read as its cue word (the cue was renamed or dropped) is taken out."""
    speller = complaints._speller()
    assert {word: speller.correct(word) for word in OWN_FORMS} == OWN_FORMS


def test_every_real_word_is_common_and_one_edit_from_a_cue_word() -> None:
    """A word left in the list after its cue word was dropped is taken out; the list holds only the common words and
    the less common ones an attack review found (LESS_COMMON)."""
    speller = complaints._speller()
    common = set(common_words())

    def near_a_cue(word: str) -> bool:
        if len(word) < cues.TYPO_MIN_LETTERS:  # a short word: two neighbours swapped after its first letter
            return word in speller._swaps
        return bool(speller.one_edit_from(word))

    assert sorted(cues.REAL_WORDS - common - LESS_COMMON) == []
    assert sorted(word for word in cues.REAL_WORDS if not near_a_cue(word)) == []
