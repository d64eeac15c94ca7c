"""The blind held-aside set of issue 16, measured against categorize(); never tuned against.

tests/support/complaint_heldaside16.tsv (columns: type, kind, text; 120 rows: contrast 30, negation 15, typo 20,
ambiguous 20, symptom 15, plain 20; 40 per type) was written by hand on 2026-11-30 by someone who had not seen
the project or its vocabulary, and copied in unchanged after the categoriser's last change (commit 67ab542).
Measured once each, before any further change:

- the categoriser of 4d74c54 (before issue 16): 104/120 (86.7%), no wrong answer at high confidence;
- this branch: 112/120 (93.3%), below the issue's 96% target, and one wrong answer at high confidence.

The figures below pin what was measured, so a change that loses ground fails; the rule "no wrong answer at high
confidence" is stated as a strict expected failure until the categoriser earns it. Do not add the words of a
row here to the vocabulary to make it pass.
"""

from __future__ import annotations

from collections import Counter

import pytest

from decision_engine.complaints import categorize
from tests.support.complaint_heldaside import ROWS

MEASURED_RIGHT = 112
"""Rows categorised as labelled when the set was first measured on this branch (of 120)."""

KNOWN_HIGH_CONFIDENCE_MISSES = (
    "SAML, SCIM, custom roles: all shipped and working. Acme's complaint is purely that reports take 3 minutes "
    "to load.",
)
"""The wrong answers at high confidence found by that measurement: 'all shipped and working' rules out only its
own comma-separated clause, so SAML and SCIM still count for user."""


def _misses() -> list[tuple[str, str, str, str, str]]:
    """The rows categorised wrongly: (kind, expected, got, confidence word, text), printed with the totals."""
    misses, right, total = [], Counter[str](), Counter[str]()
    for expected, kind, text in ROWS:
        result = categorize(text)
        total[kind] += 1
        right[kind] += result.type == expected
        if result.type != expected:
            misses.append((kind, expected, result.type, result.confidence_word, text))
    print(
        f"\nheld-aside: {len(ROWS) - len(misses)}/{len(ROWS)}; "
        + ", ".join(f"{k} {right[k]}/{total[k]}" for k in total)
    )
    for miss in misses:
        print(f"  MISS {miss}")
    return misses


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
    """At least the 112 of 120 measured when the set was first run (93.3%; the issue's target is 96%)."""
    misses = _misses()
    assert len(ROWS) - len(misses) >= MEASURED_RIGHT, misses


def test_heldaside_high_confidence_misses_are_only_the_known_one() -> None:
    """No new wrong answer at high confidence beyond the one measured."""
    confident = tuple(text for _, _, _, word, text in _misses() if word == "high")
    assert set(confident) <= set(KNOWN_HIGH_CONFIDENCE_MISSES), confident


@pytest.mark.xfail(reason="one known wrong answer at high confidence (KNOWN_HIGH_CONFIDENCE_MISSES)", strict=True)
def test_heldaside_has_no_wrong_answer_at_high_confidence() -> None:
    """The issue's rule: a wrong type is never given at high confidence."""
    assert [text for _, _, _, word, text in _misses() if word == "high"] == []
