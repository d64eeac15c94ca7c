"""bench/run.py's pure parts: which Lighthouse run stands for a page, and how the pages' scores are judged."""

from __future__ import annotations

import sys

from tests.support import ROOT

# bench/ holds scripts, not a package: its modules import each other by their own names (as `python bench/run.py`
# runs them).
sys.path.insert(0, str(ROOT / "bench"))
from run import LIGHTHOUSE_REFERENCE, LIGHTHOUSE_TARGETS, lighthouse_verdicts, median_run


def run_with(score: float, tbt: float) -> dict[str, float]:
    return {"score": score, "total_blocking_time_ms": tbt}


def test_the_median_scored_run_stands_for_the_page_with_every_score_beside_it() -> None:
    """Its own metrics (a run's figures belong together), not each metric's median; the scores in run order."""
    chosen = median_run([run_with(90, 400), run_with(99, 60), run_with(94, 100)])
    assert chosen == {"score": 94, "total_blocking_time_ms": 100, "scores": [90, 99, 94]}


def test_with_an_even_number_of_runs_the_lower_middle_run_is_taken() -> None:
    """No score is made up by averaging two runs: the lower of the two middle ones is reported."""
    assert median_run([run_with(97, 1), run_with(91, 2), run_with(99, 3), run_with(93, 4)])["score"] == 93
    assert median_run([run_with(100, 0)]) == {"score": 100, "total_blocking_time_ms": 0, "scores": [100]}


def lighthouse_run(*scores: float) -> dict[str, object]:
    """A page's median run as median_run() gives it (the metrics made up, the scores in run order)."""
    figures = {"largest_contentful_paint_ms": 1234.0, "total_blocking_time_ms": 56.0, "total_byte_weight": 110_000.0}
    return median_run([{**figures, "score": score} for score in scores])


def test_each_page_is_judged_against_its_target_and_the_bare_material_site_against_nothing() -> None:
    """The reference is measured in the same rounds and shown beside each page's score; it is never a verdict, so
    it can neither pass nor fail the run."""
    scores = {"guide page": lighthouse_run(95, 97, 93), "questionnaire": lighthouse_run(99, 98, 100)}
    scores[LIGHTHOUSE_REFERENCE] = lighthouse_run(99, 100, 98)
    verdicts = lighthouse_verdicts(scores)
    assert [(v.name, v.value, v.limit, v.passed, v.at_least) for v in verdicts] == [
        ("Lighthouse mobile performance, guide page", 95, LIGHTHOUSE_TARGETS["guide page"], False, True),
        ("Lighthouse mobile performance, questionnaire", 99, LIGHTHOUSE_TARGETS["questionnaire"], True, True),
    ]
    guide = verdicts[0].detail
    assert guide.startswith("median of 3 runs (scores 95, 97, 93); that run: LCP 1234 ms, TBT 56 ms")
    assert f"In the same rounds a {LIGHTHOUSE_REFERENCE} (bench/material_reference.py) scored 99: " in guide
    assert guide.endswith("median of 3 runs (scores 99, 100, 98); that run: LCP 1234 ms, TBT 56 ms, 0.11 MB")


def test_without_the_reference_the_pages_are_judged_alone() -> None:
    verdicts = lighthouse_verdicts({"guide page": lighthouse_run(100)})
    assert [v.passed for v in verdicts] == [True]
    assert LIGHTHOUSE_REFERENCE not in verdicts[0].detail
