"""The first held-aside set of issue 16, a DEVELOPMENT set since its first measurement.

tests/support/complaint_heldaside16.tsv (columns: type, kind, text; 120 rows: contrast 30, negation 15, typo 20,
ambiguous 20, symptom 15, plain 20; 40 per type) was written by hand on 2026-11-30 by someone who had not seen
the project or its vocabulary, and copied in unchanged after the categoriser's last change (commit 67ab542).
Measured once each while it was still blind:

- the categoriser of 4d74c54 (before issue 16): 104/120 (86.7%), no wrong answer at high confidence;
- the first round of issue 16 (merged as 4901176): 112/120 (93.3%), one wrong answer at high confidence
  ("SAML, SCIM, custom roles: all shipped and working. Acme's complaint is purely that reports take 3 minutes to
  load." read as user).

Since then its misses have been studied (branch issue-16b) to find ways of reading that were missing: a verdict
without a subject that rules out the list or question before it, a fragment conceded by a contrast after it, a
problem word with a verb and a pseudo-cleft carrying the complaint, "never had X or Y complaints", "in decent
shape", and words of the reading data never read as misspellings ("complaint" was read as "compliant"). None of
its words were added to the vocabulary. With those: 116/120 (96.7%), no wrong answer at high confidence. So this
set no longer measures generalisation: it is a development set, and these figures pin what was reached, so a
change that loses ground fails. The blind measure is the next held-aside set (test_complaint_heldaside2.py).

The four misses left: "We didn't lose the deal on latency. We lost it because admins have no way to see or revoke
other users' API tokens." (a correction across two sentences), two symptom rows with no cue at all where the
fallback model stays silent, and "Their lawyers want to know which country our servers keep their files in ..."
(data residency said without a word of the vocabulary). Do not add the words of a row here to make it pass.

The third round of issue 16 (conceded clauses, the symptom deciding what a feature named with it is, channel labels,
partial verdicts, missing steps, and a broader vocabulary of how each type's pain is described) took it to 119/120
(99.2%), no wrong answer at high confidence; the miss left is the correction across two sentences.
"""

from __future__ import annotations

from collections import Counter

from tests.support.complaint_heldaside import ROWS, misses

MEASURED_RIGHT = 119
"""Rows categorised as labelled after the third round (of 120): 116 after the second, 112 when it was blind."""


def _misses() -> list[tuple[str, str, str, str, str]]:
    return misses(ROWS, "held-aside")


def test_heldaside_table_is_the_blind_set() -> None:
    """120 distinct rows, 40 per type, the six kinds in the counts the set was written with."""
    assert len(ROWS) == len({text for _, _, text in ROWS}) == 120
    assert Counter(expected for expected, _, _ in ROWS) == {"technical": 40, "process": 40, "user": 40}
    assert Counter(kind for _, kind, _ in ROWS) == {
        "contrast": 30,
        "negation": 15,
        "typo": 20,
        "ambiguous": 20,
        "symptom": 15,
        "plain": 20,
    }


def test_heldaside_accuracy_holds_what_was_measured() -> None:
    """At least the 119 of 120 reached on the development set (99.2%; 112 when it was blind)."""
    misses = _misses()
    assert len(ROWS) - len(misses) >= MEASURED_RIGHT, misses


def test_heldaside_has_no_wrong_answer_at_high_confidence() -> None:
    """The issue's rule: a wrong type is never given at high confidence (one was, when the set was blind)."""
    assert [text for _, _, _, word, text in _misses() if word == "high"] == []
