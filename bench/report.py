"""Write bench/README.md, the benchmark's report, from its JSON (bench/out/results.json) and bench/notes.md.

`make bench` runs this after bench/run.py; by hand: .venv/bin/python bench/report.py [--results FILE] [--out FILE].
The report is committed although it is generated: a run takes about five minutes in Chromium, so it is the
record of the last run, not a build artefact. Everything in it comes from the JSON, except the hand-written
notes (bench/notes.md), which are copied to its end as they are.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

from run import LABELS, OUT_FILE, Verdict, fmt, target

HERE = Path(__file__).resolve().parent
REPORT = HERE / "README.md"
NOTES = HERE / "notes.md"
MODES = ("cold", "warm")
DASH = "\N{EN DASH}"


class ResultsError(ValueError):
    """The results file is not what bench/run.py writes."""


@dataclass(frozen=True)
class Summary:
    """One metric in one mode: median, min, max over its samples."""

    median: float
    min: float
    max: float
    n: int


@dataclass(frozen=True)
class Results:
    """What the report shows of one run."""

    commit: str
    uncommitted: tuple[str, ...]
    machine: dict[str, object]
    runs: int
    answers_per_load: int
    pyodide: str
    runtime_files_bytes: float
    metrics: dict[str, Summary]
    verdicts: tuple[Verdict, ...]
    long_task_causes: tuple[tuple[str, int, float], ...]
    foreign_requests: int
    page_errors: int


def _object(value: object, where: str) -> dict[str, object]:
    if not isinstance(value, dict) or not all(isinstance(key, str) for key in value):
        raise ResultsError(f"{where}: expected an object, got {type(value).__name__}")
    return value


def _list(value: object, where: str) -> list[object]:
    if not isinstance(value, list):
        raise ResultsError(f"{where}: expected an array, got {type(value).__name__}")
    return value


def _field(obj: dict[str, object], key: str, where: str) -> object:
    if key not in obj:
        raise ResultsError(f"{where}: the key {key!r} is missing (keys: {', '.join(sorted(obj)) or 'none'})")
    return obj[key]


def _number(obj: dict[str, object], key: str, where: str) -> float:
    value = _field(obj, key, where)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ResultsError(f"{where}.{key}: expected a number, got {value!r}")
    return float(value)


def _text(obj: dict[str, object], key: str, where: str) -> str:
    value = _field(obj, key, where)
    if not isinstance(value, str):
        raise ResultsError(f"{where}.{key}: expected a string, got {value!r}")
    return value


def parse(data: object) -> Results:
    """The parts of bench/run.py's JSON the report shows; a missing or mistyped key raises ResultsError."""
    top = _object(data, "results")
    source = _object(_field(top, "source", "results"), "results.source")
    settings = _object(_field(top, "settings", "results"), "results.settings")
    metrics = _object(_field(top, "metrics", "results"), "results.metrics")
    summaries = {}
    for key, value in metrics.items():
        where = f"results.metrics.{key}"
        metric = _object(value, where)
        summaries[key] = Summary(
            _number(metric, "median", where),
            _number(metric, "min", where),
            _number(metric, "max", where),
            int(_number(metric, "n", where)),
        )
    verdicts = []
    for index, value in enumerate(_list(_field(top, "verdicts", "results"), "results.verdicts")):
        where = f"results.verdicts[{index}]"
        verdict = _object(value, where)
        verdicts.append(
            Verdict(
                _text(verdict, "name", where),
                _text(verdict, "mode", where),
                _number(verdict, "value", where),
                _number(verdict, "limit", where),
                _text(verdict, "unit", where),
                _field(verdict, "passed", where) is True,
                _text(verdict, "detail", where),
                _text(verdict, "table", where),
                _field(verdict, "at_least", where) is True,
            )
        )
    causes = []
    for index, value in enumerate(_list(_field(top, "long_task_causes", "results"), "results.long_task_causes")):
        where = f"results.long_task_causes[{index}]"
        cause = _object(value, where)
        causes.append(
            (_text(cause, "cause", where), int(_number(cause, "count", where)), _number(cause, "max_ms", where))
        )
    uncommitted = _list(_field(source, "uncommitted_changes", "results.source"), "results.source.uncommitted_changes")
    return Results(
        commit=_text(source, "commit", "results.source"),
        uncommitted=tuple(str(path) for path in uncommitted),
        machine=_object(_field(top, "machine", "results"), "results.machine"),
        runs=int(_number(settings, "runs", "results.settings")),
        answers_per_load=int(_number(settings, "answers_per_load", "results.settings")),
        pyodide=_text(settings, "pyodide", "results.settings"),
        runtime_files_bytes=_number(top, "runtime_files_bytes", "results"),
        metrics=summaries,
        verdicts=tuple(verdicts),
        long_task_causes=tuple(causes),
        foreign_requests=len(_list(_field(top, "foreign_requests", "results"), "results.foreign_requests")),
        page_errors=len(_list(_field(top, "page_errors", "results"), "results.page_errors")),
    )


def _cell(text: str) -> str:
    """Text for a Markdown table cell: a pipe would end the cell."""
    return text.replace("|", "\\|")


def _summary(summary: Summary | None, unit: str) -> str:
    if summary is None:
        return ""
    return f"{fmt(summary.median, unit)} ({fmt(summary.min, unit)}{DASH}{fmt(summary.max, unit)})"


def _machine(machine: dict[str, object]) -> str:
    def get(key: str) -> str:
        value = machine.get(key)
        if isinstance(value, list):  # a load average: 1, 5 and 15 minutes
            return " / ".join(f"{v:.1f}" if isinstance(v, int | float) else str(v) for v in value)
        return "unknown" if value is None else str(value)

    return (
        f"{get('cpu_model')}, {get('cpu_count')} CPUs, {get('memory_gb')} GB RAM, {get('platform')}, "
        f"Chromium {get('chromium')}, Python {get('python')}; load average (1, 5, 15 min) "
        f"{get('load_average_at_start')} at the start, {get('load_average_at_end')} at the end; {get('date')}"
    )


def render(results: Results, notes: str) -> str:
    """The report's Markdown: the run, issue 15's two tables, every measure, the long tasks' causes, then the notes."""
    changes = ", ".join(f"`{path}`" for path in results.uncommitted) or "none"
    lines = [
        "# Benchmark report",
        "",
        "<!-- Generated by bench/report.py: edit bench/notes.md or the benchmark, not this file. -->",
        "",
        "Generated by `bench/report.py` from the JSON of the last `make bench` run (`bench/out/results.json`),",
        "with the hand-written notes of `bench/notes.md` at the end. It is committed although it is generated:",
        "a run takes about five minutes in Chromium, so this is the report of a run, not a build artefact.",
        "How to run the benchmark and what it measures: the README's Performance section (../README.md).",
        "",
        "## The run",
        "",
        f"- Commit {results.commit}; uncommitted changes in {changes}.",
        f"- {results.runs} round{'' if results.runs == 1 else 's'}, {results.answers_per_load} answer changes per "
        "questionnaire load "
        f"({results.runs * results.answers_per_load} per mode); Pyodide {results.pyodide}.",
        f"- Machine: {_machine(results.machine)}.",
        f"- Requests to other hosts: {results.foreign_requests}; uncaught page errors: {results.page_errors}.",
        "",
        "## Issue 15's figures",
        "",
        "A ratio is the median over rounds of the questionnaire and the bare Pyodide page loaded back to back.",
        "Why a figure misses, and its size: the notes below.",
    ]
    for table, title in (("must", "Must hold"), ("reported", "Reported")):
        lines += [
            "",
            f"### {title}",
            "",
            "| figure | mode | measured | target | verdict | detail |",
            "|---|---|---|---|---|---|",
        ]
        for v in results.verdicts:
            if v.table == table:
                verdict = "pass" if v.passed else "**miss**"
                lines.append(
                    f"| {_cell(v.name)} | {v.mode} | {fmt(v.value, v.unit)} | {_cell(target(v))} | {verdict} "
                    f"| {_cell(v.detail)} |"
                )
    lines += ["", "## Every measure", "", f"Median (min{DASH}max) over the run's loads.", ""]
    lines += ["| measure | cold | warm |", "|---|---|---|"]
    for metric, (label, unit) in LABELS.items():
        cells = [_summary(results.metrics.get(f"{metric}.{mode}"), unit) for mode in MODES]
        if any(cells):
            lines.append(f"| {_cell(label)} | {cells[0]} | {cells[1]} |")
    tool_bytes = results.metrics.get("tool_bytes.cold")
    if tool_bytes is not None and results.runtime_files_bytes > 0:
        ratio = tool_bytes.median / results.runtime_files_bytes
        lines += [
            "",
            f"The questionnaire's cold load moved {fmt(tool_bytes.median, 'B')}, {ratio:.3f}x the runtime's own files "
            f"({fmt(results.runtime_files_bytes, 'B')}: the boot files and the wheel).",
        ]
    lines += ["", "## Long tasks on the questionnaire", ""]
    if results.long_task_causes:
        lines += [
            "Main-thread tasks over 50 ms between navigation and engine-ready, in every load, grouped by the",
            "longest script in them.",
            "",
            "| tasks | longest | script (what ran it) |",
            "|---|---|---|",
        ]
        lines += [
            f"| {count} | {fmt(longest, 'ms')} | {_cell(cause)} |" for cause, count, longest in results.long_task_causes
        ]
    else:
        lines.append("None: no main-thread task over 50 ms between navigation and engine-ready.")
    lines += ["", "## Notes", "", notes.strip(), ""]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--results", type=Path, default=OUT_FILE, help=f"bench/run.py's JSON (default {OUT_FILE})")
    parser.add_argument("--notes", type=Path, default=NOTES, help=f"hand-written notes (default {NOTES})")
    parser.add_argument("--out", type=Path, default=REPORT, help=f"the report to write (default {REPORT})")
    args = parser.parse_args()
    try:
        data = json.loads(args.results.read_text(encoding="utf-8"))
        results = parse(data)
        notes = args.notes.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        print(f"bench/report.py: {exc.filename} does not exist (run `make bench` first)", file=sys.stderr)
        return 1
    except (json.JSONDecodeError, ResultsError) as exc:
        print(f"bench/report.py: {args.results}: {exc}", file=sys.stderr)
        return 1
    args.out.write_text(render(results, notes), encoding="utf-8")
    print(f"report written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
