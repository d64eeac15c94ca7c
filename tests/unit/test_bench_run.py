"""bench/run.py's pure parts: which Lighthouse run stands for a page."""

from __future__ import annotations

import sys

from tests.support import ROOT

# bench/ holds scripts, not a package: its modules import each other by their own names (as `python bench/run.py`
# runs them).
sys.path.insert(0, str(ROOT / "bench"))
from run import median_run


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
