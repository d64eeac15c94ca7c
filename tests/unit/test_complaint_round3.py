"""The third round of issue 16: its own aside set, and the complaints it was tuned on.

tests/support/complaint_aside3.tsv (columns: type, kind, text; 60 rows, 20 per type; plain 12, symptom 11, ambiguous
10, contrast 9, negation 9, typo 9) was written by hand at the start of the round (committed as 802d442) before any
change to the categoriser, in the voices of tickets, pager notes, Slack, sales notes and 1:1s, and measured twice:

- before the round (the categoriser of 38f84db): 53/60 (88.3%), no wrong answer at high confidence;
- after the round's last change to the categoriser: 53/60 (88.3%), no wrong answer at high confidence (high 19,
  medium 32, low 9; before: high 15, medium 32, low 13). The same seven rows miss before and after: a misspelt
  cue outweighed by a correct one of another type, data residency named by a country alone, two negations the
  reader does not see ("X is not what worries me", "it's not the uptime they worry about"), a recurring bug
  told as a story, a customer's reorganisation done by hand, and an uptime SLA asked for in a contract.

It was not tuned against: its misses were read only after the second measurement. So the round's changes, which
lifted every development table, did not move this set: the reading generalises less than the development figures
say, and the next blind set is the measure.

tests/support/complaint_round3_dev.tsv (291 rows) holds the complaints written during the round in seven batches
(kind round3-1 to round3-7): each batch was measured once when it was written (first measurements, in order:
40/45, 37/45, 37/45, 39/45, 41/45, 29/36, 26/30) and then tuned on. A development set: the figure pins what was
reached.
"""

from __future__ import annotations

from collections import Counter

from tests.support.complaint_heldaside import ASIDE3_ROWS, ROUND3_DEV_ROWS, misses

ASIDE3_RIGHT = 54
"""Rows of the aside set categorised as labelled, before and after the round (of 60): 53; 54 since set 18's readings
(test_complaint_heldaside.py), where "is not what" rules out what follows ("Performance is not what worries me")."""

ROUND3_DEV_RIGHT = 279
"""Rows of the round's development set categorised as labelled at the round's end (of 291)."""


def test_aside3_table_is_the_set_written_first() -> None:
    """60 distinct rows, 20 per type, in the kinds it was written with."""
    assert len(ASIDE3_ROWS) == len({text for _, _, text in ASIDE3_ROWS}) == 60
    assert Counter(expected for expected, _, _ in ASIDE3_ROWS) == {"technical": 20, "process": 20, "user": 20}
    assert Counter(kind for _, kind, _ in ASIDE3_ROWS) == {
        "plain": 12,
        "symptom": 11,
        "ambiguous": 10,
        "contrast": 9,
        "negation": 9,
        "typo": 9,
    }


def test_aside3_accuracy_holds_what_was_measured() -> None:
    """At least the 53 of 60 measured before and after the round (88.3%)."""
    wrong = misses(ASIDE3_ROWS, "aside 3")
    assert len(ASIDE3_ROWS) - len(wrong) >= ASIDE3_RIGHT, wrong


def test_round3_dev_accuracy_holds_what_was_reached() -> None:
    """At least what the round reached on the complaints it was tuned on."""
    assert len(ROUND3_DEV_ROWS) == len({text for _, _, text in ROUND3_DEV_ROWS}) == 291
    wrong = misses(ROUND3_DEV_ROWS, "round 3 development")
    assert len(ROUND3_DEV_ROWS) - len(wrong) >= ROUND3_DEV_RIGHT, wrong


def test_no_wrong_answer_at_high_confidence() -> None:
    """The issue's rule, on both tables."""
    confident = [text for _, _, _, word, text in misses(ASIDE3_ROWS + ROUND3_DEV_ROWS, "round 3") if word == "high"]
    assert confident == []
