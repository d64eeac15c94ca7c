"""The reading probe (issue 16) measured against categorize(): contrast, negation, typos, ambiguous words.

Before the reading changes (commit 040a855, the categoriser of 4d74c54) the probe scored 48/66 (72.7%):
contrast 12/20, negation 8/10, typo 11/16, ambiguous 11/13, symptom 6/7; 10 of the 30 contrast and negation
rows went to the type the complaint rules out; none was wrong at high confidence.

The aside table (tests/unit/complaint_aside.py), written with the probe and never looked at in between, scored
29/30 (96.7%) before the change and 29/30 after the last change to the categoriser (the same miss: "SSO is done
and customers love it, but search is unusable on big workspaces" stays user), none wrong at high confidence.
"""

from __future__ import annotations

from collections import Counter

from decision_engine.complaints import categorize
from tests.support.complaint_aside import ASIDE
from tests.support.complaint_probe import PROBE, ProbeRow

KINDS = ("contrast", "negation", "typo", "ambiguous", "symptom")
VOICES = ("ticket", "pager", "sales", "1:1")


def _report(rows: tuple[ProbeRow, ...]) -> dict[str, tuple[int, int]]:
    """Right and total per kind, printed with every miss."""
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for row in rows:
        result = categorize(row.text)
        total[row.kind] += 1
        right[row.kind] += result.type == row.expected
        if result.type != row.expected:
            print(f"  MISS [{row.kind}] {row.text!r}: expected {row.expected}, got {result.type}")
    print(
        f"\nprobe: {sum(right.values())}/{len(rows)} right; " + ", ".join(f"{k} {right[k]}/{total[k]}" for k in KINDS)
    )
    return {kind: (right[kind], total[kind]) for kind in KINDS}


def test_probe_is_large_varied_and_labelled() -> None:
    """At least 60 rows, every kind and voice present, contrast and negation rows name the ruled-out type."""
    assert len(PROBE) >= 60
    assert {row.kind for row in PROBE} == set(KINDS)
    assert {row.voice for row in PROBE} == set(VOICES)
    assert len({row.text for row in PROBE}) == len(PROBE)
    for row in PROBE:
        assert row.expected in ("technical", "process", "user")
        assert (row.ruled_out is not None) == (row.kind in ("contrast", "negation"))
        assert row.ruled_out != row.expected


def test_probe_accuracy_at_least_95_percent() -> None:
    """At least 95% of the probe is read as a person reads it (48/66 before the reading changes)."""
    figures = _report(PROBE)
    assert sum(r for r, _ in figures.values()) / len(PROBE) >= 0.95, figures


def test_no_contrast_or_negation_row_goes_to_the_type_it_rules_out() -> None:
    """Not one contrast or negation row is categorised as the type it declares fine (10 of 30 before)."""
    ruled_out = [row.text for row in PROBE if row.ruled_out and categorize(row.text).type == row.ruled_out]
    assert ruled_out == []


def test_probe_has_no_wrong_answer_at_high_confidence() -> None:
    """A wrong type is never given with high confidence."""
    wrong = [
        row.text for row in PROBE if (r := categorize(row.text)).type != row.expected and r.confidence_word == "high"
    ]
    assert wrong == []


def test_typo_rows_are_categorised_and_show_their_corrections() -> None:
    """Every misspelt-word row gets its type (5 of 16 did not before); at least 14 show a correction
    ("latnecy \u2192 latency"): a misspelt weak hint (weight 1) counts for nothing, and a known word ("trial") is
    never corrected."""
    typos = [row for row in PROBE if row.kind == "typo"]
    results = [categorize(row.text) for row in typos]
    assert [r.type for r in results] == [row.expected for row in typos]
    corrected = [r for r in results if any(m.correction for m in r.cues)]
    assert len(corrected) >= 14
    for result in corrected:
        assert all(m.note and m.note.startswith("misspelt") for m in result.cues if m.correction)


def test_aside_accuracy_at_least_96_percent_and_never_wrong_when_sure() -> None:
    """The aside table, never tuned against: at least 96% right (29/30 measured), no wrong answer at high."""
    results = [(categorize(text), expected, text) for text, expected in ASIDE]
    misses = [(text, expected, r.type, r.confidence_word) for r, expected, text in results if r.type != expected]
    print(f"\naside: {len(ASIDE) - len(misses)}/{len(ASIDE)}; misses: {misses}")
    assert (len(ASIDE) - len(misses)) / len(ASIDE) >= 0.96, misses
    assert [m for m in misses if m[3] == "high"] == []
