"""categorize() measured against the complaint tables (tests/support): accuracy, confidence, second types."""

from __future__ import annotations

from decision_engine.complaints import categorize
from tests.support.complaint_heldout import HELD_OUT, LATE_PROBE
from tests.support.complaint_table import MORE, TABLE, TWO_TYPES


def _misses(rows: tuple[tuple[str, str], ...]) -> list[tuple[str, str, str, str]]:
    """The rows categorize() gets wrong: (complaint, expected, got, confidence word)."""
    misses = []
    for text, expected in rows:
        result = categorize(text)
        if result.type != expected:
            misses.append((text, expected, result.type, result.confidence_word))
    return misses


def _report(name: str, rows: tuple[tuple[str, str], ...], misses: list[tuple[str, str, str, str]]) -> float:
    accuracy = 1 - len(misses) / len(rows)
    print(f"\n{name}: {len(rows) - len(misses)}/{len(rows)} right ({accuracy:.1%})")
    for text, expected, got, word in misses:
        print(f"  MISS {text!r}: expected {expected}, got {got} ({word} confidence)")
    return accuracy


def test_table_is_large_and_covers_every_type() -> None:
    """The tuning table has at least 60 complaints, at least 15 for each type, and no complaint twice."""
    rows = TABLE + MORE
    counts = {t: sum(1 for _, expected in rows if expected == t) for t in ("technical", "process", "user")}
    assert len(TABLE) >= 60
    assert min(counts.values()) >= 15, counts
    assert len({text for text, _ in rows + HELD_OUT + LATE_PROBE}) == len(rows + HELD_OUT + LATE_PROBE)


def test_table_accuracy_at_least_90_percent() -> None:
    """At least 90% of the tuning table is categorised as expected."""
    misses = _misses(TABLE + MORE)
    assert _report("tuning table", TABLE + MORE, misses) >= 0.90, misses


def test_no_wrong_answer_with_high_confidence() -> None:
    """No complaint in any table is categorised wrongly with high confidence."""
    every = TABLE + MORE + HELD_OUT + LATE_PROBE
    confident_misses = [miss for miss in _misses(every) if miss[3] == "high"]
    assert confident_misses == []


def test_held_out_accuracy_at_least_85_percent() -> None:
    """At least 85% of the held-out complaints (never tuned against) are categorised as expected."""
    misses = _misses(HELD_OUT)
    assert len(HELD_OUT) == 30
    assert _report("held-out set", HELD_OUT, misses) >= 0.85, misses


def test_late_probe_accuracy_at_least_85_percent() -> None:
    """At least 85% of the late probe (written after the last tuning, never tuned against) is right."""
    misses = _misses(LATE_PROBE)
    assert _report("late probe", LATE_PROBE, misses) >= 0.85, misses


def test_two_type_complaints_name_the_second_type() -> None:
    """A complaint that points at two types names both: a change causing a failure is process, then technical."""
    got = [(text, categorize(text).type, categorize(text).secondary) for text, _, _ in TWO_TYPES]
    assert got == list(TWO_TYPES)
