"""The complaint categoriser under Pyodide in Node: categorize on 500-character complaints, and the cost of
the fallback model (importing its module, and its first use, which reads the generated model).

Run by `make bench` (bench/run.py) before the browser measurements, or alone:
`.venv/bin/python bench/complaints.py [--rounds 3] [--calls 300]`. Each round is a fresh Node process that
boots Pyodide, installs the engine's wheel (built fresh) and times in Python (time.perf_counter; in Pyodide
that is wall time, so a busy machine shows in the tail): see bench/complaints_probe.py. Printed, never
asserted: the issue's figures are p95 <= 5 ms and import + first use <= 20 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from scale_what_build import ROOT
from scale_what_build.engine_wheel import build_wheel

HERE = Path(__file__).resolve().parent

P95_TARGET_MS = 5.0
FALLBACK_TARGET_MS = 20.0


def run_round(wheel: Path, calls: int) -> dict[str, Any]:
    """One fresh Pyodide in Node: the timings bench/complaints_probe.py returns."""
    node = shutil.which("node")
    if node is None:
        sys.exit("node is not installed: the complaint benchmark needs Node.js 20 or later")
    with tempfile.TemporaryFile() as log:
        done = subprocess.run(
            [node, str(HERE / "complaints_node.mjs"), str(wheel), str(calls)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=log,
            check=False,
            text=True,
        )
        if done.returncode != 0:
            log.seek(0)
            sys.exit(f"Pyodide in Node exited {done.returncode}:\n{log.read().decode()[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def measure(rounds: int = 3, calls: int = 300) -> dict[str, Any]:
    """``rounds`` fresh runs of ``calls`` categorize calls per complaint; every round and the medians."""
    load_before = list(os.getloadavg())
    with tempfile.TemporaryDirectory(prefix="complaint-bench-") as tmp:
        wheel = build_wheel(Path(tmp)).path
        runs = [run_round(wheel, calls) for _ in range(rounds)]
    medians: dict[str, float] = {}
    for key in ("engine_import_ms", "fallback_import_ms", "fallback_first_use_ms", "categorize_first_call_ms"):
        medians[key] = statistics.median(run[key] for run in runs)
    medians["fallback_import_and_first_use_ms"] = statistics.median(
        run["fallback_import_ms"] + run["fallback_first_use_ms"] for run in runs
    )
    for name in ("reading", "fallback"):
        for stat in ("p50_ms", "p95_ms"):
            medians[f"categorize_500_{name}_{stat}"] = statistics.median(
                run["categorize_500"][name][stat] for run in runs
            )
    return {
        "rounds": runs,
        "medians": medians,
        "calls_per_round": calls,
        "load_average_before": load_before,
        "load_average_after": list(os.getloadavg()),
    }


def print_results(results: dict[str, Any]) -> None:
    """The figures: per round, then the medians against the issue's targets (never a verdict that fails)."""
    runs, medians = results["rounds"], results["medians"]
    print(f"\ncomplaints under Pyodide {runs[0]['python']} in Node, {len(runs)} rounds of {results['calls_per_round']}")
    print("  round  import  fallback import  first use  categorize 500 chars p50/p95 (cues)  (no cue: fallback)")
    for n, run in enumerate(runs, 1):
        reading, fallback = run["categorize_500"]["reading"], run["categorize_500"]["fallback"]
        print(
            f"  {n:>5}  {run['engine_import_ms']:>6.0f}  {run['fallback_import_ms']:>15.1f}  "
            f"{run['fallback_first_use_ms']:>9.1f}  {reading['p50_ms']:>6.2f} / {reading['p95_ms']:>6.2f} ms"
            f"{'':>17}{fallback['p50_ms']:>6.2f} / {fallback['p95_ms']:>6.2f} ms"
        )
    p95 = max(medians["categorize_500_reading_p95_ms"], medians["categorize_500_fallback_p95_ms"])
    cost = medians["fallback_import_and_first_use_ms"]
    print(
        f"  median categorize p95 (500 characters): {medians['categorize_500_reading_p95_ms']:.2f} ms with cues, "
        f"{medians['categorize_500_fallback_p95_ms']:.2f} ms through the fallback; target <= {P95_TARGET_MS} ms: "
        f"{'within' if p95 <= P95_TARGET_MS else 'OVER'}"
    )
    print(
        f"  median fallback import + first use: {medians['fallback_import_ms']:.1f} + "
        f"{medians['fallback_first_use_ms']:.1f} = {cost:.1f} ms; target <= {FALLBACK_TARGET_MS} ms: "
        f"{'within' if cost <= FALLBACK_TARGET_MS else 'OVER'}"
    )
    best = min(runs, key=lambda run: run["categorize_500"]["reading"]["p95_ms"])
    print(
        f"  quietest round: p95 {best['categorize_500']['reading']['p95_ms']:.2f} / "
        f"{best['categorize_500']['fallback']['p95_ms']:.2f} ms; fallback import + first use "
        f"{best['fallback_import_ms'] + best['fallback_first_use_ms']:.1f} ms (a busy machine shows in the tail)"
    )
    print(
        f"  (first categorize, building the cue index and the speller: {medians['categorize_first_call_ms']:.0f} ms; "
        f"load average {results['load_average_before'][0]:.1f} before, {results['load_average_after'][0]:.1f} after)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="fresh Pyodide runs (default 3)")
    parser.add_argument("--calls", type=int, default=300, help="categorize calls per complaint per run (default 300)")
    args = parser.parse_args()
    print_results(measure(args.rounds, args.calls))


if __name__ == "__main__":
    main()
