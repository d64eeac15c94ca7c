"""bench/run.py's pure parts: which Lighthouse run stands for a page, how the pages' scores are judged, and the bare
Pyodide page it adds to the site."""

from __future__ import annotations

import sys
from pathlib import Path

from scale_what_build import pyodide_runtime
from tests.support import ROOT

# bench/ holds scripts, not a package: its modules import each other by their own names (as `python bench/run.py`
# runs them).
sys.path.insert(0, str(ROOT / "bench"))
from run import LIGHTHOUSE_REFERENCE, LIGHTHOUSE_TARGETS, STOCK_MODULE, lighthouse_verdicts, median_run, write_bare_page


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


def test_the_bare_page_boots_pyodides_own_runtime_module_from_the_sites_runtime_folder(tmp_path: Path) -> None:
    """The reference is Pyodide's boot, not the site's: its worker imports Pyodide's unedited runtime module (the
    build edits the site's copy for a faster boot), written into the runtime folder beside the edited one and
    precompressed, and hands it to Pyodide's loader from that folder."""
    runtime = "assets/pyodide/314.0.7-0123abcd"
    (tmp_path / runtime).mkdir(parents=True)
    write_bare_page(tmp_path, runtime)
    stock = tmp_path / runtime / STOCK_MODULE
    assert stock.read_bytes() == (pyodide_runtime.PYODIDE_PACKAGE / "pyodide.asm.mjs").read_bytes()
    assert {p.name for p in stock.parent.iterdir()} == {STOCK_MODULE, f"{STOCK_MODULE}.br", f"{STOCK_MODULE}.gz"}
    worker = (tmp_path / "bench-bare" / "worker.mjs").read_text()
    assert f'import("../{runtime}/{STOCK_MODULE}")' in worker
    assert f'from "../{runtime}/pyodide.mjs"' in worker
    assert "loadPyodide({ indexURL, createPyodideModule," in worker
    assert "{" + "runtime}" not in worker
    assert "{" + "stock}" not in worker
