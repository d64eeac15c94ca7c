"""The third held-aside set of issue 16: blind, measured once, never tuned against.

tests/support/complaint_heldaside3.tsv (columns: type, kind, text; 150 rows: technical, process and user 50 each;
every kind "blind": the writer labelled types only) was written on 2026-11-30 by a helper who opened no file of the
project or of the earlier sets, from the three types' definitions alone, in varied voices (pager notes, tickets,
Slack, sales notes, 1:1s, retros, customer emails) with plain symptoms, contrast and negation, misspellings and
words of other types used in passing. It stayed outside the project (/work/heldaside3, sha256 b89e33b1...) while
the third round of issue 16 changed the categoriser; after that round's last change (1cf4a12, merged into main)
it was copied in (columns renamed, rows unchanged) and measured once:

145/150 (96.7%); no wrong answer at high confidence (high right 65/65, medium 65/67, low 15/16, two
uncategorized). The five misses: a map view that "goes blank" (uncategorized), "every release breaks something
that worked last week" (uncategorized), a merge queue backed up (technical, medium), EU data stored in Frankfurt
(technical, medium), headcount doubled and velocity down (technical, low).

The figures pin what was measured, so a change that loses ground fails. Whoever reads its misses to change the
categoriser makes it a development set from then on and says so here. Never add the words of a row here to make
it pass.
"""

from __future__ import annotations

from collections import Counter

from decision_engine.complaints import categorize
from tests.support.complaint_heldaside import BLIND3_ROWS, misses

MEASURED_RIGHT = 145
"""Rows categorised as labelled when the set was measured blind (of 150)."""


def test_heldaside3_table_is_the_blind_set() -> None:
    """150 distinct rows, 50 per type, as written."""
    assert len(BLIND3_ROWS) == len({text for _, _, text in BLIND3_ROWS}) == 150
    assert Counter(expected for expected, _, _ in BLIND3_ROWS) == {"technical": 50, "process": 50, "user": 50}


def test_heldaside3_accuracy_holds_what_was_measured() -> None:
    """At least the 145 of 150 measured blind (96.7%, the issue's target is 96%)."""
    wrong = misses(BLIND3_ROWS, "held-aside 3")
    assert len(BLIND3_ROWS) - len(wrong) >= MEASURED_RIGHT, wrong


def test_heldaside3_has_no_wrong_answer_at_high_confidence() -> None:
    """A sure reading is never the wrong type."""
    sure_and_wrong = [
        text
        for expected, _, text in BLIND3_ROWS
        if (result := categorize(text)).confidence_word == "high" and result.type != expected
    ]
    assert sure_and_wrong == []
