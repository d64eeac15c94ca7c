"""Measure the built site in Chromium against the questionnaire's budgets (`make bench`, not a test).

Builds the site (mkdocs build --strict) for a static server on 127.0.0.1, adds a bare-Pyodide page
(the same runtime files booted by a minimal module worker: the reference for "engine ready"), then
loads the pages in Debian's Chromium through Playwright, cold (a new browser context per load, so an
empty cache) and warm (one persistent profile with a disk cache kept for the whole run, every page
loaded once before measuring). The server sends `Cache-Control: no-cache`, so warm loads revalidate
(304) instead of downloading. Each round loads the guide page, the questionnaire and the bare page back
to back; a ratio budget is the median over rounds of the two pages' ratio.

What the questionnaire page records with the User Timing API is read back from the page:
`form-usable`, `engine-ready` (marks) and `answer-to-result` (one measure per update). Long tasks,
long animation frames (which name the scripts a long task ran) and the engine's stages (the page's
`data-engine-stage` attribute) are observed from outside; no page code is wrapped. Bytes are counted
by the server (response bodies; it does not compress).

Prints medians with min and max and the budget verdicts; writes everything to bench/out/results.json.
bench/wasm_cache.py tells whether a page's return visit reuses Chromium's compiled WebAssembly.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import complaints  # bench/complaints.py, beside this script: the categoriser under Pyodide in Node
from playwright.sync_api import Browser, BrowserContext, Page, Request, sync_playwright

from scale_what_build import ROOT, pyodide_runtime
from scale_what_build.chromium import CHROMIUM_ARGS, ChromiumNotFoundError, chromium_path
from scale_what_build.site_server import Sent, Server, built_and_served

HERE = Path(__file__).resolve().parent
OUT_FILE = HERE / "out" / "results.json"

GUIDE_PAGE = "sequencing/"
TOOL_PAGE = "tool/"
BARE_PAGE = "bench-bare/"
GUIDE_BYTES_PAGES = ("", "sequencing/", "technical/")  # home and two guide pages
READY_TIMEOUT_MS = 120_000
# A Pyodide page stays open this long after engine-ready, as a reader would: Chromium writes the
# compiled WebAssembly into its code cache only once compilation has finished in the background,
# and a warm load can only reuse what was written.
SETTLE_MS = 3_000
CACHE_CONTROL = "no-cache"

RATIO_BUDGET = 1.1
ANSWER_BUDGET_MS = 16.0
LONG_TASK_BUDGET_MS = 50.0

# Installed before any page script runs. Long tasks are the main-thread tasks over 50 ms. The engine's
# stages are read from the questionnaire's own `data-engine-stage` attribute (no page code is wrapped).
PAGE_OBSERVERS = """
(() => {
  window.__benchLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        window.__benchLongTasks.push({ start: entry.startTime, duration: entry.duration });
      }
    }).observe({ type: "longtask", buffered: true });
  } catch (error) {
    window.__benchLongTasks = null; // not supported: reported as such
  }
  // Long animation frames name the scripts that ran in them: what a long task was busy with.
  window.__benchFrames = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        window.__benchFrames.push({
          start: entry.startTime,
          duration: entry.duration,
          scripts: entry.scripts.map((script) => ({
            source: script.sourceURL,
            invoker: script.invoker,
            start: script.startTime,
            duration: script.duration,
            layout: script.forcedStyleAndLayoutDuration,
          })),
        });
      }
    }).observe({ type: "long-animation-frame", buffered: true });
  } catch (error) {
    // older browsers: long tasks are reported without their scripts
  }
  window.__benchStages = [];
  new MutationObserver((records) => {
    for (const record of records) {
      const stage = record.target.getAttribute("data-engine-stage");
      const last = window.__benchStages[window.__benchStages.length - 1];
      if (!last || last[0] !== stage) window.__benchStages.push([stage, performance.now()]);
    }
  }).observe(document, { attributes: true, attributeFilter: ["data-engine-stage"], subtree: true });
})();
"""

BARE_PAGE_HTML = """<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Bare Pyodide boot (benchmark reference)</title></head>
<body>
<p id="status">Booting Pyodide in a module worker…</p>
<script>
  // The benchmark's reference: the same runtime files booted by a minimal module worker.
  performance.mark("worker-start");
  const worker = new Worker(new URL("worker.mjs", location.href), { type: "module" });
  worker.onmessage = (event) => {
    const status = document.getElementById("status");
    if (event.data.type === "ready") {
      performance.mark("engine-ready");
      status.textContent = `Pyodide ${event.data.version} ready`;
    } else {
      window.__benchError = event.data.message;
      status.textContent = `Pyodide failed: ${event.data.message}`;
    }
  };
</script>
</body>
</html>
"""

BARE_WORKER_JS = """import { loadPyodide } from "../{runtime}/pyodide.mjs";

const indexURL = new URL("../{runtime}/", import.meta.url).href;
try {
  const pyodide = await loadPyodide({ indexURL, stdout: () => {}, stderr: () => {} });
  self.postMessage({ type: "ready", version: pyodide.version });
} catch (error) {
  self.postMessage({ type: "fatal", message: String(error && error.message ? error.message : error) });
}
"""

READY_OR_FAILED = """() => performance.getEntriesByName("engine-ready").length > 0
  || document.querySelector("[data-engine-stage=failed]") !== null
  || window.__benchError !== undefined"""

FAILURE_TEXT = """() => window.__benchError || (document.querySelector("[data-engine-stage=failed]")
  ? document.getElementById("sw-engine-problem-text").textContent : null)"""

QUESTION_OPTIONS = """() => {
  const questions = {};
  for (const input of document.querySelectorAll("#sw-form fieldset:not([hidden]) input[type=radio]")) {
    const question = (questions[input.name] ??= { options: [], checked: null });
    question.options.push(input.value);
    if (input.checked) question.checked = input.value;
  }
  return Object.entries(questions).map(([name, q]) => [name, q.options, q.checked]);
}"""

# The first answer-to-result measure that started at or after `since` (a click), once there is one.
RESULT_SINCE = """since => {
  const entry = performance.getEntriesByName("answer-to-result").find((e) => e.startTime >= since);
  return entry ? entry.duration : null;
}"""


def write_bare_page(site_dir: Path, runtime_path: str) -> None:
    """Add bench-bare/ (a page and a module worker that only boots Pyodide) to the built site."""
    folder = site_dir / BARE_PAGE
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "index.html").write_text(BARE_PAGE_HTML)
    (folder / "worker.mjs").write_text(BARE_WORKER_JS.replace("{runtime}", runtime_path))


# -------------------------------------------------------------------------------------------------
# Recording
# -------------------------------------------------------------------------------------------------


@dataclass
class Recorder:
    """Samples per metric and mode, plus what went wrong along the way."""

    origin: str
    samples: dict[str, list[float]] = field(default_factory=dict)
    foreign_requests: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)

    def add(self, metric: str, mode: str, value: float) -> None:
        self.samples.setdefault(f"{metric}.{mode}", []).append(value)

    def get(self, metric: str, mode: str) -> list[float]:
        return self.samples.get(f"{metric}.{mode}", [])

    def watch(self, context: BrowserContext) -> None:
        def on_request(request: Request) -> None:
            parts = urlsplit(request.url)
            if parts.scheme in {"http", "https", "ws", "wss"} and f"{parts.scheme}://{parts.netloc}" != self.origin:
                self.foreign_requests.append(request.url)

        context.add_init_script(PAGE_OBSERVERS)
        context.on("request", on_request)
        context.on("page", lambda page: page.on("pageerror", lambda error: self.page_errors.append(str(error))))


def mark_time(page: Page, name: str) -> float:
    """The start time (ms since navigation start) of the first User Timing entry called ``name``."""
    value: float = page.evaluate("name => performance.getEntriesByName(name)[0].startTime", name)
    return value


def wait_ready(page: Page) -> float:
    """Wait for the page's "engine-ready" mark; fail loudly when the page reports a failure instead."""
    page.wait_for_function(READY_OR_FAILED, timeout=READY_TIMEOUT_MS)
    failure = page.evaluate(FAILURE_TEXT)
    if failure:
        raise RuntimeError(f"{page.url}: the engine failed to start: {failure}")
    return mark_time(page, "engine-ready")


def settle(page: Page, ready: float) -> None:
    """Keep the page open until SETTLE_MS after engine-ready."""
    page.wait_for_function("t => performance.now() >= t", arg=ready + SETTLE_MS, timeout=SETTLE_MS + 10_000)


def body_bytes(sent: list[Sent], prefix: str = "/") -> int:
    return sum(s.body_bytes for s in sent if s.path.startswith(prefix))


# -------------------------------------------------------------------------------------------------
# One page load each
# -------------------------------------------------------------------------------------------------


def nav_dcl(page: Page) -> float:
    """DOMContentLoaded of the page (end of its handlers, ms since navigation start)."""
    value: float = page.evaluate('() => performance.getEntriesByType("navigation")[0].domContentLoadedEventEnd')
    return value


def long_tasks(page: Page) -> list[dict[str, float]]:
    """The long tasks (main-thread tasks over 50 ms) the page has seen so far."""
    tasks: list[dict[str, float]] | None = page.evaluate("() => window.__benchLongTasks")
    if tasks is None:
        raise RuntimeError("this Chromium does not report long tasks (PerformanceObserver 'longtask')")
    return tasks


def attribute(page: Page, tasks: list[dict[str, float]]) -> list[dict[str, Any]]:
    """Each long task with the scripts (from long-animation-frame entries) that ran inside it."""
    frames: list[dict[str, Any]] = page.evaluate("() => window.__benchFrames")
    out = []
    for task in tasks:
        end = task["start"] + task["duration"]
        scripts = [
            {
                "script": short_url(script["source"]) or "(no URL)",
                "invoker": short_url(script["invoker"]),
                "ms": round(script["duration"]),
                "forced_style_layout_ms": round(script["layout"]),
            }
            for frame in frames
            for script in frame["scripts"]
            if script["start"] < end
            and script["start"] + script["duration"] > task["start"]
            and script["duration"] >= 5
        ]
        out.append({**task, "scripts": scripts})
    return out


def short_url(url: str) -> str:
    """A script URL without the server's origin (for reading)."""
    parts = urlsplit(url)
    return parts.path if parts.scheme in {"http", "https"} else url


def longest(tasks: list[dict[str, float]], start: float, end: float) -> float:
    """The longest of ``tasks`` that overlaps [start, end] (0 when none does)."""
    overlapping = [t["duration"] for t in tasks if t["start"] < end and t["start"] + t["duration"] > start]
    return max(overlapping, default=0.0)


def measure_guide(context: BrowserContext, server: Server, rec: Recorder, mode: str) -> None:
    """DOMContentLoaded of a guide page, and its longest task up to the load event (for comparison)."""
    page = context.new_page()
    page.goto(server.url + GUIDE_PAGE)
    rec.add("guide_dcl", mode, nav_dcl(page))
    rec.add("guide_longest_task", mode, longest(long_tasks(page), 0, float("inf")))
    page.close()


def next_answer(page: Page, step: int) -> tuple[str, str]:
    """The ``step``-th answer change: the deciding question first, then the questions the form shows now in turn,
    each to its next option.

    Read from the form before every click, because a question asked only on conditions (the follow-up) comes and
    goes as answers change, and a returning reader's saved answers are restored, so every click changes an answer.
    """
    questions: list[tuple[str, list[str], str | None]] = page.evaluate(QUESTION_OPTIONS)
    questions.sort(key=lambda q: q[0] != "failure_mode")
    name, options, checked = questions[step % len(questions)]
    index = (options.index(checked) + 1) % len(options) if checked is not None else 0
    return name, options[index]


def answer_to_result(page: Page, count: int) -> list[float]:
    """Click through ``count`` answer changes by their labels; the page's answer-to-result measure of each."""
    durations = []
    for step in range(count):
        question, option = next_answer(page, step)
        since: float = page.evaluate("() => performance.now()")
        page.locator(f'label[for="sw-{question}-{option}"]').click()
        handle = page.wait_for_function(RESULT_SINCE, arg=since, timeout=10_000)
        durations.append(float(handle.json_value()))
    return durations


def measure_tool(context: BrowserContext, server: Server, rec: Recorder, mode: str, answers: int) -> None:
    """The questionnaire: form usable, engine ready, long tasks while booting, bytes, answer-to-result."""
    server.log.clear()
    page = context.new_page()
    page.goto(server.url + TOOL_PAGE)
    ready = wait_ready(page)
    sent = server.log.snapshot()
    stages: dict[str, float] = {}
    for stage, at in page.evaluate("() => window.__benchStages"):
        stages.setdefault(stage, at)  # the first time the page showed each stage
    # The client marks "engine-start" as it creates the worker (the page's stage attribute only follows
    # when the page script mounts, after Material's start-up).
    engine_start = mark_time(page, "engine-start")
    tasks = long_tasks(page)
    rec.add("tool_dcl", mode, nav_dcl(page))
    rec.add("tool_form_usable", mode, mark_time(page, "form-usable"))
    rec.add("tool_engine_ready", mode, ready)
    rec.add("tool_engine_start", mode, engine_start)
    rec.add("tool_boot_from_start", mode, ready - engine_start)
    if "installing" in stages:
        rec.add("tool_install", mode, ready - stages["installing"])
    rec.add("tool_longest_task", mode, longest(tasks, 0, ready))
    rec.add("tool_longest_task_boot", mode, longest(tasks, engine_start, ready))
    rec.details.setdefault(f"long_tasks.{mode}", []).append(attribute(page, [t for t in tasks if t["start"] < ready]))
    rec.details.setdefault(f"stages.{mode}", []).append(stages)
    rec.add("tool_bytes", mode, body_bytes(sent))
    rec.add("tool_runtime_bytes", mode, body_bytes(sent, "/assets/pyodide/"))
    rec.details.setdefault(f"tool_responses.{mode}", [[s.path, s.status, s.body_bytes] for s in sent])
    for duration in answer_to_result(page, answers):
        rec.add("answer_to_result", mode, duration)
    settle(page, ready)
    page.close()


def measure_bare(context: BrowserContext, server: Server, rec: Recorder, mode: str) -> None:
    """The reference: the same Pyodide runtime booted by a minimal module worker page."""
    server.log.clear()
    page = context.new_page()
    page.goto(server.url + BARE_PAGE)
    ready = wait_ready(page)
    rec.add("bare_engine_ready", mode, ready)
    rec.add("bare_engine_start", mode, mark_time(page, "worker-start"))
    rec.add("bare_boot_from_start", mode, ready - mark_time(page, "worker-start"))
    rec.add("bare_bytes", mode, body_bytes(server.log.snapshot()))
    settle(page, ready)
    page.close()


def measure_guide_bytes(browser: Browser, server: Server, rec: Recorder) -> None:
    """Load home and two guide pages in a fresh context: bytes and requests under /assets/pyodide/."""
    context = browser.new_context()
    rec.watch(context)
    requested: list[str] = []
    context.on("request", lambda r: requested.append(r.url) if "/assets/pyodide/" in r.url else None)
    server.log.clear()
    for path in GUIDE_BYTES_PAGES:
        page = context.new_page()
        page.goto(server.url + path)
        page.wait_for_load_state("networkidle")
        page.close()
    rec.add("guide_pyodide_bytes", "cold", body_bytes(server.log.snapshot(), "/assets/pyodide/"))
    rec.add("guide_pyodide_requests", "cold", len(requested))
    context.close()


# -------------------------------------------------------------------------------------------------
# The run
# -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Browsers:
    """The browser for cold loads (a new, empty context per load) and the kept context for warm loads.

    The warm context is a persistent profile with a disk cache, as a returning reader has: Chromium's
    in-memory cache (what a new_context() gets) does not keep the 9.6 MB pyodide.asm.wasm.
    """

    cold: Browser
    warm: BrowserContext


def run(browsers: Browsers, server: Server, runs: int, answers: int) -> Recorder:
    """``runs`` rounds; each measures every page cold (a new context per load) and warm (the kept profile)."""
    rec = Recorder(origin=server.url.rstrip("/"))
    loads: dict[str, Callable[[BrowserContext, str], None]] = {
        "guide": lambda ctx, mode: measure_guide(ctx, server, rec, mode),
        "tool": lambda ctx, mode: measure_tool(ctx, server, rec, mode, answers),
        "bare": lambda ctx, mode: measure_bare(ctx, server, rec, mode),
    }
    rec.watch(browsers.warm)
    for name in ("guide", "tool", "bare"):  # fill the cache once; these loads are not recorded
        loads[name](browsers.warm, "prime")
    for i in range(runs):
        # Alternate which of the two Pyodide pages goes first, so neither always has the quieter machine.
        order = ("guide", "tool", "bare") if i % 2 == 0 else ("guide", "bare", "tool")
        for name in order:
            cold = browsers.cold.new_context()
            rec.watch(cold)
            loads[name](cold, "cold")
            cold.close()
        for name in order:
            loads[name](browsers.warm, "warm")
        measure_guide_bytes(browsers.cold, server, rec)
        print(f"  run {i + 1}/{runs} done", flush=True)
    for store in (rec.samples, rec.details):
        for key in [k for k in store if k.endswith(".prime")]:
            del store[key]
    return rec


# -------------------------------------------------------------------------------------------------
# Summary, verdicts, output
# -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Verdict:
    """One budget: what was compared, the measured value, the limit, and whether it holds."""

    name: str
    mode: str
    value: float
    limit: float
    unit: str
    passed: bool
    detail: str


def summary(values: list[float]) -> dict[str, float]:
    return {"median": statistics.median(values), "min": min(values), "max": max(values), "n": len(values)}


def ratio_verdict(rec: Recorder, name: str, mode: str, measured: str, reference: str) -> Verdict:
    """A ratio budget: the median over rounds of measured / reference, the two loaded back to back in each round.

    Pairing keeps a busy moment on a shared machine from landing on one side only; the ratio of the
    two medians is shown as well.
    """
    tops, bottoms = rec.get(measured, mode), rec.get(reference, mode)
    paired = [top / bottom for top, bottom in zip(tops, bottoms, strict=True)]
    ratio = statistics.median(paired)
    top, bottom = statistics.median(tops), statistics.median(bottoms)
    detail = (
        f"per round {min(paired):.2f}-{max(paired):.2f}x; medians {top:.0f} / {bottom:.0f} ms = {top / bottom:.2f}x"
    )
    return Verdict(name, mode, ratio, RATIO_BUDGET, "x", ratio <= RATIO_BUDGET, detail)


def long_task_verdict(rec: Recorder, name: str, mode: str, metric: str) -> Verdict:
    """No main-thread task over 50 ms in any load (the worst load decides, not the median)."""
    worst = rec.get(metric, mode)
    over = sum(1 for t in worst if t > LONG_TASK_BUDGET_MS)
    detail = f"a task over 50 ms in {over} of {len(worst)} loads"
    return Verdict(name, mode, max(worst), LONG_TASK_BUDGET_MS, "ms", over == 0, detail)


def verdicts(rec: Recorder) -> list[Verdict]:
    out = []
    for mode in ("cold", "warm"):
        out.append(ratio_verdict(rec, "form usable / guide DOMContentLoaded", mode, "tool_form_usable", "guide_dcl"))
        out.append(
            ratio_verdict(rec, "engine ready / bare Pyodide boot", mode, "tool_engine_ready", "bare_engine_ready")
        )
        median = statistics.median(rec.get("answer_to_result", mode))
        out.append(
            Verdict("answer-to-result (median)", mode, median, ANSWER_BUDGET_MS, "ms", median <= ANSWER_BUDGET_MS, "")
        )
        out.append(long_task_verdict(rec, "task over 50 ms, navigation -> ready", mode, "tool_longest_task"))
        out.append(long_task_verdict(rec, "task over 50 ms, engine start -> ready", mode, "tool_longest_task_boot"))
    pyodide_bytes = max(rec.get("guide_pyodide_bytes", "cold"))
    requests = max(rec.get("guide_pyodide_requests", "cold"))
    out.append(
        Verdict(
            "Pyodide bytes on guide pages",
            "cold",
            pyodide_bytes,
            0,
            "B",
            pyodide_bytes == 0 and requests == 0,
            f"{int(requests)} requests under /assets/pyodide/",
        )
    )
    return out


LABELS = {
    "guide_dcl": ("guide page DOMContentLoaded", "ms"),
    "tool_dcl": ("questionnaire DOMContentLoaded", "ms"),
    "tool_form_usable": ("questionnaire form-usable", "ms"),
    "tool_engine_ready": ("questionnaire engine-ready", "ms"),
    "bare_engine_ready": ("bare Pyodide engine-ready", "ms"),
    "answer_to_result": ("answer-to-result", "ms"),
    "tool_engine_start": ("questionnaire engine worker start", "ms"),
    "bare_engine_start": ("bare Pyodide worker start", "ms"),
    "tool_boot_from_start": ("questionnaire boot, start -> ready", "ms"),
    "bare_boot_from_start": ("bare Pyodide boot, start -> ready", "ms"),
    "tool_install": ("questionnaire installing -> ready", "ms"),
    "guide_longest_task": ("guide page longest task (to load)", "ms"),
    "tool_longest_task": ("questionnaire longest task, nav -> ready", "ms"),
    "tool_longest_task_boot": ("questionnaire longest task, boot", "ms"),
    "tool_bytes": ("questionnaire bytes (all)", "B"),
    "tool_runtime_bytes": ("questionnaire bytes (runtime)", "B"),
    "bare_bytes": ("bare page bytes", "B"),
    "guide_pyodide_bytes": ("Pyodide bytes, 3 guide pages", "B"),
    "guide_pyodide_requests": ("Pyodide requests, 3 guide pages", ""),
}


def fmt(value: float, unit: str) -> str:
    if unit == "B":
        return f"{value / 1_000_000:.2f} MB" if value >= 100_000 else f"{value:.0f} B"
    if unit == "ms":
        return f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"
    return f"{value:g}"


def print_table(rec: Recorder, checks: list[Verdict], reference_bytes: int) -> None:
    print(f"\n{'metric':42} {'mode':5} {'median':>10} {'min':>10} {'max':>10} {'n':>4}")
    for metric, (label, unit) in LABELS.items():
        for mode in ("cold", "warm"):
            values = rec.get(metric, mode)
            if values:
                s = summary(values)
                figures = " ".join(f"{fmt(s[k], unit):>10}" for k in ("median", "min", "max"))
                print(f"{label:42} {mode:5} {figures} {len(values):>4}")
    print(f"{'runtime files (BOOT_FILES + wheel)':42} {'':5} {fmt(reference_bytes, 'B'):>10}")
    print("\nbudgets")
    for v in checks:
        limit = f"<= {v.limit:g}{v.unit}" if v.unit != "B" else "0 B"
        value = f"{v.value:.2f}x" if v.unit == "x" else fmt(v.value, v.unit)
        print(f"  {'PASS' if v.passed else 'MISS'}  {v.name:40} {v.mode:5} {value:>9} ({limit}) {v.detail}")
    cold_bytes = statistics.median(rec.get("tool_bytes", "cold"))
    print(
        f"  info  questionnaire cold bytes {fmt(cold_bytes, 'B')} = {cold_bytes / reference_bytes:.3f}x "
        f"the runtime's own files ({fmt(reference_bytes, 'B')})"
    )


def task_cause(task: dict[str, Any]) -> str:
    """The longest script in a long task, with what ran it (or that no script ran long)."""
    if not task["scripts"]:
        return "no script over 5 ms (style, layout, parsing or garbage collection)"
    top = max(task["scripts"], key=lambda script: script["ms"])
    invoker = "its evaluation" if top["invoker"] == top["script"] else top["invoker"]
    return f"{top['script']} ({invoker})"


def print_long_task_causes(rec: Recorder) -> list[dict[str, Any]]:
    """Which scripts the questionnaire's long tasks (navigation to engine-ready) ran, over all loads."""
    causes: dict[str, list[float]] = {}
    for mode in ("cold", "warm"):
        for load in rec.details.get(f"long_tasks.{mode}", []):
            for task in load:
                causes.setdefault(task_cause(task), []).append(task["duration"])
    print("\nlong tasks on the questionnaire, navigation -> engine-ready, by the longest script in them:")
    summary_rows = []
    for cause, durations in sorted(causes.items(), key=lambda item: -len(item[1])):
        print(f"  {len(durations):3} x up to {max(durations):4.0f} ms  {cause}")
        summary_rows.append({"cause": cause, "count": len(durations), "max_ms": max(durations)})
    return summary_rows


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def memory_gb() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 1_048_576, 1)
    except OSError:
        pass
    return None


def source_state() -> dict[str, Any]:
    """The commit measured, and which tracked files differed from it (the build uses the working tree)."""

    def git(*args: str) -> str:
        result = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=False)
        return result.stdout  # not stripped: a porcelain status line starts with a space (" M path")

    changed = [line[3:] for line in git("status", "--porcelain", "--untracked-files=no").splitlines()]
    return {"commit": git("rev-parse", "--short", "HEAD").strip(), "uncommitted_changes": changed}


def machine(browser: Browser) -> dict[str, Any]:
    return {
        "platform": platform.platform(),
        "cpu_count": os.cpu_count(),
        "cpu_model": cpu_model(),
        "memory_gb": memory_gb(),
        "chromium": browser.version,
        "python": platform.python_version(),
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "load_average_at_start": list(os.getloadavg()),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="rounds of measurements (default 5)")
    parser.add_argument("--answers", type=int, default=20, help="answer changes per questionnaire load (default 20)")
    parser.add_argument("--out", type=Path, default=OUT_FILE, help=f"JSON results (default {OUT_FILE})")
    parser.add_argument("--complaint-rounds", type=int, default=3, help="Pyodide-in-Node complaint runs (default 3)")
    args = parser.parse_args()

    print("measuring the complaint categoriser under Pyodide in Node…", flush=True)
    complaint_results = complaints.measure(args.complaint_rounds)
    complaints.print_results(complaint_results)

    try:
        chromium = chromium_path()
    except ChromiumNotFoundError as exc:
        sys.exit(str(exc))
    with tempfile.TemporaryDirectory(prefix="scale-what-bench-") as tmp, sync_playwright() as pw:
        site_dir = Path(tmp) / "site"
        print("building the site (mkdocs build --strict)…", flush=True)
        with built_and_served(site_dir, CACHE_CONTROL) as server:
            write_bare_page(site_dir, pyodide_runtime.site_path())
            wheels = sorted((site_dir / pyodide_runtime.site_path()).glob("*.whl"))
            reference_bytes = pyodide_runtime.boot_bytes() + sum(w.stat().st_size for w in wheels)
            browser = pw.chromium.launch(executable_path=chromium, args=list(CHROMIUM_ARGS))
            warm = pw.chromium.launch_persistent_context(
                Path(tmp) / "warm-profile", executable_path=chromium, args=list(CHROMIUM_ARGS)
            )
            about = machine(browser)
            print(f"measuring {server.url} in Chromium {browser.version}, {args.runs} runs…", flush=True)
            rec = run(Browsers(cold=browser, warm=warm), server, args.runs, args.answers)
            warm.close()
            browser.close()
    about["load_average_at_end"] = list(os.getloadavg())
    checks = verdicts(rec)
    print_table(rec, checks, reference_bytes)
    causes = print_long_task_causes(rec)
    source = source_state()
    results = {
        "machine": about,
        "source": source,
        "settings": {
            "runs": args.runs,
            "answers_per_load": args.answers,
            "cache_control": CACHE_CONTROL,
            "pages": {"guide": GUIDE_PAGE, "tool": TOOL_PAGE, "bare": BARE_PAGE, "guide_bytes": GUIDE_BYTES_PAGES},
            "pyodide": pyodide_runtime.pinned_version(),
        },
        "runtime_files_bytes": reference_bytes,
        "complaints": complaint_results,
        "metrics": {key: {**summary(values), "samples": values} for key, values in sorted(rec.samples.items())},
        "budgets": [v.__dict__ for v in checks],
        "long_task_causes": causes,
        "foreign_requests": rec.foreign_requests,
        "page_errors": rec.page_errors,
        "details": rec.details,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n")
    print(f"\nsource: commit {source['commit']}; uncommitted changes in {source['uncommitted_changes'] or 'none'}")
    print(
        f"machine: {about['cpu_model']}, {about['cpu_count']} CPUs, {about['platform']}, Chromium {about['chromium']}"
    )
    print(f"load average at start {about['load_average_at_start']}, at end {about['load_average_at_end']}")
    if rec.foreign_requests or rec.page_errors:
        print(f"WARNING: {len(rec.foreign_requests)} foreign requests, {len(rec.page_errors)} page errors (see JSON)")
    complaints.print_results(complaint_results)
    print(f"results written to {args.out}")


if __name__ == "__main__":
    main()
