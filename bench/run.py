"""Measure the built site in Chromium against issue 15's targets (`make bench`, not a test).

Builds the site (mkdocs build --strict) and serves it through Debian's nginx with the project's own
configuration (deploy/nginx.conf: precompressed brotli and gzip, the runtime cached immutably, the
Content-Security-Policy), as a host that follows deploy/ serves it. Adds a bare-Pyodide page (the same runtime
files booted by a minimal module worker, with Pyodide's own runtime module instead of the one the build edits for a
faster boot: the reference for "engine ready"), then loads the pages in Debian's
Chromium through Playwright, cold (a new browser context per load, so an empty cache) and warm (one persistent
profile with a disk cache kept for the whole run, every page loaded once before measuring). Each round loads the
guide page, the questionnaire and the bare page back to back; a ratio is the median over rounds of the two pages'
ratio. Then, once each: the questionnaire cold through a link of 10 Mbit/s and 40 ms (bench/throttle.py, a shaping
proxy between Chromium and the server: it shapes the page, the engine's worker and the service worker alike, which
DevTools' emulation on the page did not), through nginx and through the uncompressed test server (site_server.py);
the site offline after the warm visits; Lighthouse (npm, pinned; mobile preset, performance) on a guide page and
the questionnaire with the machine's Chromium, five runs each, the run with the median score reported, and in the
same rounds on a bare Material site built from the guide page's Markdown (bench/material_reference.py): what Material
alone scores on this machine, shown beside the guide page's and questionnaire's scores.

What the questionnaire page records with the User Timing API is read back from the page:
`form-usable`, `engine-ready` (marks), `answer-to-result` (the engine's round trip, one measure per update) and
`change-to-result-drawn` (an answer's change event to the frame after its result is drawn). Long tasks,
long animation frames (which name the scripts a long task ran) and the engine's stages (the page's
`data-engine-stage` attribute) are observed from outside; no page code is wrapped. Bytes are counted
by nginx's access log (response bodies as sent, compressed).

Prints issue 15's two tables (must hold; reported with the size and reason of a miss), medians with min and max,
and the long tasks by script; writes everything to bench/out/results.json. `--only throttled` runs the throttled
loads alone and prints them (no JSON unless --out is given).
bench/wasm_cache.py tells whether a page's return visit reuses Chromium's compiled WebAssembly.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeAlias
from urllib.parse import urlsplit

import complaints  # bench/complaints.py, beside this script: the categoriser under Pyodide in Node
import material_reference  # bench/material_reference.py: a bare Material site, the Lighthouse reference
import throttle  # bench/throttle.py: the shaping proxy for the throttled loads
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, Request, sync_playwright

from scale_what_build import ROOT, compress, nginx_server, pyodide_runtime, site_server
from scale_what_build.chromium import CHROMIUM_ARGS, ChromiumNotFoundError, chromium_path
from scale_what_build.site_server import Sent

#: nginx with deploy/nginx.conf for every measure; the test server only for the throttled comparison.
Server: TypeAlias = nginx_server.NginxServer | site_server.Server

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
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
LIGHTHOUSE_PAGES = {"guide page": GUIDE_PAGE, "questionnaire": TOOL_PAGE}
#: Measured in the same rounds as LIGHTHOUSE_PAGES and shown beside their scores; judged against nothing.
LIGHTHOUSE_REFERENCE = "bare Material site"
#: Lighthouse runs per page, alternating pages; the run with the median score is reported. One run's score swings by
#: 5-8 points on this machine between runs of the same build (bench/notes.md): with three runs the median moved by 2
#: points between two benches of builds that differ in nothing a guide page loads (100, then 99); five hold it better.
LIGHTHOUSE_RUNS = 5
#: A run whose trace lost the navigation (NO_NAVSTART) is run again, at most this many times in all.
LIGHTHOUSE_TRIES = 3
#: The throttled loads' link: DevTools' "10 Mbit/s, 40 ms" preset, made by bench/throttle.py's proxy for every byte
#: (DevTools' emulation is per target and left the engine's worker unshaped). Written to the JSON in DevTools' terms.
THROTTLE = throttle.TEN_MBIT_40_MS
THROTTLE_NOTE = (
    "shaped by bench/throttle.py: a TCP proxy between Chromium and the server, one 10 Mbit/s link per direction "
    "shared by every connection, 20 ms each way, one round trip per new connection; no DevTools emulation"
)

# Issue 15's targets.
RETURN_RATIO_TARGET = 0.25
FIRST_RATIO_TARGET = 1.0
ANSWER_TARGET_MS = 16.0
LONG_TASK_MS = 50.0
FIRST_VISIT_BYTES_TARGET = 4_000_000
THROTTLED_TARGET_MS = 5_000.0
LIGHTHOUSE_TARGETS = {"guide page": 100.0, "questionnaire": 99.0}

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
<!-- A script file, not an inline script: the site's Content-Security-Policy applies to this page too. -->
<script type="module" src="bare.mjs"></script>
</body>
</html>
"""

BARE_PAGE_JS = """// The benchmark's reference: the same runtime files booted by a minimal module worker.
performance.mark("worker-start");
const worker = new Worker(new URL("worker.mjs", import.meta.url), { type: "module" });
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
"""

# Pyodide's runtime module as Pyodide ships it, written beside the site's edited one (pyodide_runtime: the compile hint
# and runtime_patch's edits, which make every boot faster): the reference is Pyodide's own boot, not the site's work.
# In the runtime folder, so that the browser caches it as it caches the edited one (the service worker leaves both
# to the browser).
STOCK_MODULE = "pyodide.asm.stock.mjs"

BARE_WORKER_JS = """import { loadPyodide } from "../{runtime}/pyodide.mjs";

const indexURL = new URL("../{runtime}/", import.meta.url).href;
try {
  // Imported where Pyodide's loader would import its own (after the loader), from Pyodide's unedited copy.
  const { default: createPyodideModule } = await import("../{runtime}/{stock}");
  const pyodide = await loadPyodide({ indexURL, createPyodideModule, stdout: () => {}, stderr: () => {} });
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

# The first measure called `name` that started at or after `since` (a click), once there is one.
RESULT_SINCE = """([name, since]) => {
  const entry = performance.getEntriesByName(name).find((e) => e.startTime >= since);
  return entry ? entry.duration : null;
}"""


def write_bare_page(site_dir: Path, runtime_path: str) -> None:
    """Add bench-bare/ (a page and a module worker that only boots Pyodide) to the built site, and Pyodide's unedited
    runtime module beside the edited one (STOCK_MODULE), with its precompressed copies as the build makes them."""
    folder = site_dir / BARE_PAGE
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "index.html").write_text(BARE_PAGE_HTML)
    (folder / "bare.mjs").write_text(BARE_PAGE_JS)
    worker = BARE_WORKER_JS.replace("{runtime}", runtime_path).replace("{stock}", STOCK_MODULE)
    (folder / "worker.mjs").write_text(worker)
    stock = site_dir / runtime_path / STOCK_MODULE
    shutil.copyfile(pyodide_runtime.PYODIDE_PACKAGE / pyodide_runtime.HINTED, stock)
    compress.compress_file(stock, compress.cache_dir())


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


def answer_to_result(page: Page, count: int) -> dict[str, list[float]]:
    """Click through ``count`` answer changes by their labels; the page's two measures of each: answer-to-result
    (the engine's round trip, issue 15's figure) and change-to-result-drawn (the change event to the frame after
    the result is drawn)."""
    durations: dict[str, list[float]] = {"answer_to_result": [], "change_to_result_drawn": []}
    for step in range(count):
        question, option = next_answer(page, step)
        since: float = page.evaluate("() => performance.now()")
        page.locator(f'label[for="sw-{question}-{option}"]').click()
        for metric, values in durations.items():
            handle = page.wait_for_function(RESULT_SINCE, arg=[metric.replace("_", "-"), since], timeout=10_000)
            values.append(float(handle.json_value()))
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
    rec.add("tool_runtime_bytes", mode, body_bytes(sent, "/assets/pyodide/"))
    rec.add("tool_runtime_requests", mode, sum(1 for s in sent if s.path.startswith("/assets/pyodide/")))
    settle(page, ready)
    page.wait_for_load_state("networkidle")
    idle = server.log.snapshot()  # every byte until the page is idle
    rec.add("tool_bytes", mode, body_bytes(idle))
    rec.details.setdefault(f"tool_responses.{mode}", [[s.path, s.status, s.body_bytes] for s in idle])
    for metric, durations in answer_to_result(page, answers).items():
        for duration in durations:
            rec.add(metric, mode, duration)
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


def measure_throttled(browser: Browser, server: Server, rec: Recorder, metric: str) -> None:
    """The questionnaire on a first visit through the shaped link (THROTTLE): engine ready, and bytes.

    Chromium opens the site at the proxy's address, so every request of the page, its workers and its service
    worker crosses the link (a request to the server's own address would be counted as foreign). The bytes are the
    server's (bodies, as for every other load); the link's own count (headers too, until engine-ready) gives the
    floor no load can beat: bytes x 8 / 10 Mbit/s.
    """
    origin = rec.origin
    with throttle.running(server.url, THROTTLE) as link:
        rec.origin = link.url.rstrip("/")
        context = browser.new_context()
        rec.watch(context)
        page = context.new_page()
        server.log.clear()
        started = time.monotonic()
        page.goto(link.url + TOOL_PAGE, timeout=READY_TIMEOUT_MS)
        ready = wait_ready(page)
        to_browser, to_server = link.counters.down_bytes, link.counters.up_bytes
        last_byte = link.counters.last_down_at
        stages: dict[str, float] = {}
        for stage, at in page.evaluate("() => window.__benchStages"):
            stages.setdefault(stage, round(at))
        rec.add(metric, "cold", ready)
        rec.add(f"{metric}_bytes", "cold", body_bytes(server.log.snapshot()))
        floor = to_browser * 8 / THROTTLE.down_bits_per_s * 1000
        rec.details[metric] = {
            "link_bytes_to_browser": to_browser,
            "link_bytes_to_server": to_server,
            "connections": link.counters.connections,
            "transfer_floor_ms": floor,
            # from the call that opened the page (a little before its navigation start) to the last chunk
            "last_byte_to_browser_ms": None if last_byte is None else (last_byte - started) * 1000,
            "stages_ms": stages,
            "engine_ready_ms": ready,
            "ready_at_or_after_floor": ready >= floor,
        }
        context.close()
    rec.origin = origin


def measure_offline(context: BrowserContext, server: Server, rec: Recorder) -> None:
    """After the warm visits, the network off: does a guide page open, and does the questionnaire's engine start?"""
    context.set_offline(True)
    results = {}
    try:
        for name, path in (("guide", GUIDE_PAGE), ("tool", TOOL_PAGE)):
            page = context.new_page()
            try:
                response = page.goto(server.url + path, timeout=20_000)
                works = response is not None and response.ok
                if works and path == TOOL_PAGE:
                    page.wait_for_function(READY_OR_FAILED, timeout=30_000)
                    works = page.evaluate(FAILURE_TEXT) is None
            except Exception as exc:  # any failure offline is the answer: it does not work
                works = False
                rec.details.setdefault("offline_errors", []).append(f"{path}: {str(exc).splitlines()[0]}")
            results[name] = works
            page.close()
    finally:
        context.set_offline(False)
    rec.details["offline"] = results


def median_run(results: list[dict[str, float]]) -> dict[str, Any]:
    """The run with the median score (its own metrics, not medians of each), with every run's score beside it."""
    ranked = sorted(results, key=lambda result: result["score"])
    return {**ranked[(len(ranked) - 1) // 2], "scores": [result["score"] for result in results]}


def lighthouse(url: str, chromium: str, out: Path) -> dict[str, float]:
    """Lighthouse's mobile preset (performance only) on ``url`` with the machine's Chromium: score and metrics."""
    flags = " ".join(["--headless=new", *CHROMIUM_ARGS])
    command = [str(LIGHTHOUSE), url, "--only-categories=performance", "--output=json", f"--output-path={out}"]
    command += ["--quiet", f"--chrome-path={chromium}", f"--chrome-flags={flags}"]
    for _ in range(LIGHTHOUSE_TRIES):
        result = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
        # Lighthouse's own advice for a trace it lost the navigation in ("Please run Lighthouse again"): it did so in
        # 2 of ~30 runs once the site sent Cross-Origin-Opener-Policy, which moves the page to another process.
        if "NO_NAVSTART" not in result.stderr:
            break
    if result.returncode != 0 or not out.is_file():
        raise RuntimeError(f"lighthouse failed on {url}:\n{result.stderr[-2000:]}")
    report = json.loads(out.read_text())
    audits = report["audits"]
    return {
        "score": round(report["categories"]["performance"]["score"] * 100),
        "first_contentful_paint_ms": audits["first-contentful-paint"]["numericValue"],
        "largest_contentful_paint_ms": audits["largest-contentful-paint"]["numericValue"],
        "total_blocking_time_ms": audits["total-blocking-time"]["numericValue"],
        "cumulative_layout_shift": audits["cumulative-layout-shift"]["numericValue"],
        "total_byte_weight": audits["total-byte-weight"]["numericValue"],
    }


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
    measure_offline(browsers.warm, server, rec)
    for store in (rec.samples, rec.details):
        for key in [k for k in store if k.endswith(".prime")]:
            del store[key]
    return rec


# -------------------------------------------------------------------------------------------------
# Summary, verdicts, output
# -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Verdict:
    """One figure of issue 15's tables, judged: the measured value against its target, and whether it holds.

    bench/report.py reads the same shape back from the JSON (one shape for the run and the report).
    ``table`` is "must" (must hold) or "reported" (reported with the size and reason of a miss); ``at_least``
    turns the target into a floor (Lighthouse scores); ``unit`` is "x", "ms", "B", "score" or "count".
    """

    name: str
    mode: str
    value: float
    limit: float
    unit: str
    passed: bool
    detail: str
    table: str = "must"
    at_least: bool = False


def judged(name: str, value: float, limit: float, unit: str, detail: str, **kwargs: Any) -> Verdict:  # noqa: ANN401
    """A verdict whose value must stay at or under its limit (at or over it with at_least=True)."""
    at_least = bool(kwargs.get("at_least", False))
    passed = value >= limit if at_least else value <= limit
    return Verdict(
        name, kwargs.get("mode", "cold"), value, limit, unit, passed, detail, kwargs.get("table", "must"), at_least
    )


def summary(values: list[float]) -> dict[str, float]:
    return {"median": statistics.median(values), "min": min(values), "max": max(values), "n": len(values)}


def ratio_verdict(rec: Recorder, name: str, mode: str, limit: float, table: str) -> Verdict:
    """Engine ready on the questionnaire / the bare Pyodide boot: the median over rounds of the two loaded back to
    back (pairing keeps a busy moment on a shared machine from landing on one side only); the ratio of the two
    medians is shown as well."""
    tops, bottoms = rec.get("tool_engine_ready", mode), rec.get("bare_engine_ready", mode)
    paired = [top / bottom for top, bottom in zip(tops, bottoms, strict=True)]
    ratio = statistics.median(paired)
    top, bottom = statistics.median(tops), statistics.median(bottoms)
    detail = (
        f"per round {min(paired):.2f}-{max(paired):.2f}x; medians {top:.0f} / {bottom:.0f} ms = {top / bottom:.2f}x"
    )
    return judged(name, ratio, limit, "x", detail, mode=mode, table=table)


def lighthouse_detail(result: dict[str, Any]) -> str:
    """A page's Lighthouse runs in words: every run's score, and the median run's metrics."""
    return (
        f"median of {len(result['scores'])} runs (scores {', '.join(f'{s:.0f}' for s in result['scores'])}); "
        f"that run: LCP {result['largest_contentful_paint_ms']:.0f} ms, "
        f"TBT {result['total_blocking_time_ms']:.0f} ms, {fmt(result['total_byte_weight'], 'B')}"
    )


def lighthouse_verdicts(scores: dict[str, dict[str, Any]]) -> list[Verdict]:
    """The pages' Lighthouse scores against their targets; the bare Material site's beside each, judged against
    nothing."""
    out = []
    reference = scores.get(LIGHTHOUSE_REFERENCE)
    for label, result in scores.items():
        if label == LIGHTHOUSE_REFERENCE:
            continue
        detail = lighthouse_detail(result)
        if reference is not None:
            detail += (
                f". In the same rounds a {LIGHTHOUSE_REFERENCE} (bench/material_reference.py) scored "
                f"{reference['score']:.0f}: {lighthouse_detail(reference)}"
            )
        out.append(
            judged(
                f"Lighthouse mobile performance, {label}",
                result["score"],
                LIGHTHOUSE_TARGETS[label],
                "score",
                detail,
                at_least=True,
            )
        )
    return out


def must_hold(rec: Recorder, scores: dict[str, dict[str, Any]]) -> list[Verdict]:
    """Issue 15's first table."""
    requests = max(rec.get("tool_runtime_requests", "warm"))
    pyodide_bytes = max(rec.get("guide_pyodide_bytes", "cold"))
    guide_requests = max(rec.get("guide_pyodide_requests", "cold"))
    offline = rec.details.get("offline", {})
    works = [name for name, ok in offline.items() if ok]
    answer = statistics.median(rec.get("answer_to_result", "cold") + rec.get("answer_to_result", "warm"))
    out = [
        ratio_verdict(rec, "engine ready on a return visit / bare Pyodide boot", "warm", RETURN_RATIO_TARGET, "must"),
        judged(
            "runtime requests on a return visit",
            requests,
            0,
            "count",
            f"most in one warm load; {fmt(max(rec.get('tool_runtime_bytes', 'warm')), 'B')} of runtime",
            mode="warm",
        ),
        Verdict(
            "second visit offline (a guide page, the questionnaire)",
            "warm",
            len(works),
            len(offline),
            "count",
            bool(offline) and len(works) == len(offline),
            "; ".join(f"{name}: {'works' if ok else 'fails'}" for name, ok in offline.items()),
            "must",
            True,
        ),
        judged(
            "Pyodide bytes on guide pages, without a prefetch signal",
            pyodide_bytes + guide_requests,
            0,
            "B",
            f"{fmt(pyodide_bytes, 'B')} in {int(guide_requests)} requests, home and two guide pages",
        ),
    ]
    out += lighthouse_verdicts(scores)
    drawn = statistics.median(rec.get("change_to_result_drawn", "cold") + rec.get("change_to_result_drawn", "warm"))
    detail = f"the engine's round trip, cold and warm loads; the change event to the result drawn: {drawn:.1f} ms"
    out.append(judged("answer -> result (median)", answer, ANSWER_TARGET_MS, "ms", detail, mode="both"))
    return out


def reported(rec: Recorder) -> list[Verdict]:
    """Issue 15's second table."""
    first_bytes = statistics.median(rec.get("tool_bytes", "cold"))
    runtime_bytes = statistics.median(rec.get("tool_runtime_bytes", "cold"))
    out = [
        judged(
            "questionnaire bytes on a first visit, until idle",
            first_bytes,
            FIRST_VISIT_BYTES_TARGET,
            "B",
            f"of which the runtime {fmt(runtime_bytes, 'B')} (brotli)",
            table="reported",
        ),
        ratio_verdict(rec, "engine ready on a first visit / bare Pyodide boot", "cold", FIRST_RATIO_TARGET, "reported"),
    ]
    out += throttled_verdicts(rec)
    loads = [load for mode in ("cold", "warm") for load in rec.details.get(f"long_tasks.{mode}", [])]
    over = [task for load in loads for task in load if task["duration"] > LONG_TASK_MS]
    causes = sorted({task_cause(task) for task in over})
    out.append(
        judged(
            "main-thread tasks over 50 ms, navigation -> engine ready",
            len(over),
            0,
            "count",
            f"in {len(loads)} loads: " + ("; ".join(causes) or "none"),
            mode="both",
            table="reported",
        )
    )
    return out


def throttled_verdicts(rec: Recorder) -> list[Verdict]:
    """The throttled first visits of issue 15's second table (those measured)."""
    out = []
    for metric, where in (("throttled_nginx", "nginx"), ("throttled_plain", "test server, uncompressed")):
        values = rec.get(metric, "cold")
        if values:
            moved = fmt(statistics.median(rec.get(f"{metric}_bytes", "cold")), "B")
            floor = rec.details[metric]["transfer_floor_ms"]
            out.append(
                judged(
                    f"engine ready, first visit, 10 Mbit/s / 40 ms ({where})",
                    statistics.median(values),
                    THROTTLED_TARGET_MS,
                    "ms",
                    f"{moved} moved (bench/throttle.py link; its bytes alone take {fmt(floor, 'ms')})",
                    table="reported",
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
    "change_to_result_drawn": ("change event -> result drawn", "ms"),
    "tool_engine_start": ("questionnaire engine worker start", "ms"),
    "bare_engine_start": ("bare Pyodide worker start", "ms"),
    "tool_boot_from_start": ("questionnaire boot, start -> ready", "ms"),
    "bare_boot_from_start": ("bare Pyodide boot, start -> ready", "ms"),
    "tool_install": ("questionnaire installing -> ready", "ms"),
    "guide_longest_task": ("guide page longest task (to load)", "ms"),
    "tool_longest_task": ("questionnaire longest task, nav -> ready", "ms"),
    "tool_longest_task_boot": ("questionnaire longest task, boot", "ms"),
    "tool_bytes": ("questionnaire bytes (all, until idle)", "B"),
    "tool_runtime_bytes": ("questionnaire bytes (runtime)", "B"),
    "tool_runtime_requests": ("questionnaire runtime requests", ""),
    "bare_bytes": ("bare page bytes", "B"),
    "guide_pyodide_bytes": ("Pyodide bytes, 3 guide pages", "B"),
    "guide_pyodide_requests": ("Pyodide requests, 3 guide pages", ""),
    "throttled_nginx": ("engine-ready, 10 Mbit/s, nginx", "ms"),
    "throttled_nginx_bytes": ("bytes, 10 Mbit/s, nginx", "B"),
    "throttled_plain": ("engine-ready, 10 Mbit/s, test server", "ms"),
    "throttled_plain_bytes": ("bytes, 10 Mbit/s, test server", "B"),
}


def fmt(value: float, unit: str) -> str:
    if unit == "B":
        return f"{value / 1_000_000:.2f} MB" if value >= 100_000 else f"{value:.0f} B"
    if unit == "ms":
        return f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"
    if unit == "x":
        return f"{value:.2f}x"
    return f"{value:g}"


def target(verdict: Verdict) -> str:
    """The target as the issue writes it: "<= 0.25x", ">= 99", "0"."""
    if verdict.limit == 0 and not verdict.at_least:
        return "0"
    return f"{'>=' if verdict.at_least else '<='} {fmt(verdict.limit, verdict.unit)}"


def print_table(rec: Recorder, checks: list[Verdict]) -> None:
    print(f"\n{'metric':42} {'mode':5} {'median':>10} {'min':>10} {'max':>10} {'n':>4}")
    for metric, (label, unit) in LABELS.items():
        for mode in ("cold", "warm"):
            values = rec.get(metric, mode)
            if values:
                s = summary(values)
                figures = " ".join(f"{fmt(s[k], unit):>10}" for k in ("median", "min", "max"))
                print(f"{label:42} {mode:5} {figures} {len(values):>4}")
    for table, title in (("must", "must hold"), ("reported", "reported (size and reason of a miss in bench/notes.md)")):
        print(f"\n{title}")
        for v in checks:
            if v.table == table:
                verdict = "PASS" if v.passed else "MISS"
                print(f"  {verdict}  {v.name:58} {fmt(v.value, v.unit):>9} (target {target(v)}) {v.detail}")


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


def measure_site(
    chromium: str, args: argparse.Namespace
) -> tuple[Recorder, dict[str, Any], dict[str, dict[str, Any]], int]:
    """Build and serve the site through nginx and measure everything in Chromium and Lighthouse; then the throttled
    load through the test server. Returns the recording, the machine, the Lighthouse results, the runtime's size."""
    with tempfile.TemporaryDirectory(prefix="scale-what-bench-") as tmp, sync_playwright() as pw:
        # Started as root, nginx reads the site as `nobody`: the folder must be open to it.
        Path(tmp).chmod(0o755)
        site_dir = Path(tmp) / "site"
        print("building the site (mkdocs build --strict) and starting nginx…", flush=True)
        with nginx_server.built_and_served(site_dir, Path(tmp) / "nginx") as server:
            runtime_folder = pyodide_runtime.built_folder(site_dir)
            write_bare_page(site_dir, runtime_folder)
            runtime_dir = site_dir / runtime_folder
            reference_bytes = sum(
                p.stat().st_size for p in runtime_dir.iterdir() if p.suffix not in {".br", ".gz"} and p.is_file()
            )
            browser = pw.chromium.launch(executable_path=chromium, args=list(CHROMIUM_ARGS))
            warm = pw.chromium.launch_persistent_context(
                Path(tmp) / "warm-profile", executable_path=chromium, args=list(CHROMIUM_ARGS)
            )
            about = machine(browser)
            print(f"measuring {server.url} (nginx) in Chromium {browser.version}, {args.runs} runs…", flush=True)
            rec = run(Browsers(cold=browser, warm=warm), server, args.runs, args.answers)
            warm.close()
            print("the questionnaire throttled to 10 Mbit/s, 40 ms, through nginx…", flush=True)
            measure_throttled(browser, server, rec, "throttled_nginx")
            browser.close()
            print("building the bare Material site (the Lighthouse reference)…", flush=True)
            reference_dir, reference_port = Path(tmp) / "material-reference", nginx_server.free_port()
            material_reference.build(reference_dir, f"http://127.0.0.1:{reference_port}/")
            with nginx_server.serve(reference_dir, Path(tmp) / "nginx-reference", reference_port) as reference_server:
                pages = {label: server.url + path for label, path in LIGHTHOUSE_PAGES.items()}
                pages[LIGHTHOUSE_REFERENCE] = reference_server.url
                runs: dict[str, list[dict[str, float]]] = {label: [] for label in pages}
                for number in range(LIGHTHOUSE_RUNS):
                    for label, url in pages.items():
                        print(f"Lighthouse (mobile) on the {label}, run {number + 1} of {LIGHTHOUSE_RUNS}…", flush=True)
                        report = Path(tmp) / f"lighthouse-{label}-{number}.json"
                        runs[label].append(lighthouse(url, chromium, report))
            scores = {label: median_run(results) for label, results in runs.items()}
        if not args.skip_plain:
            measure_throttled_plain(pw, chromium, Path(tmp) / "plain-site", rec)
    return rec, about, scores, reference_bytes


def measure_throttled_plain(pw: Playwright, chromium: str, site_dir: Path, rec: Recorder) -> None:
    """The throttled load through the uncompressed test server (site_server.py), built into ``site_dir``."""
    print("the same throttled load through the uncompressed test server (site_server.py)…", flush=True)
    with site_server.built_and_served(site_dir) as plain:
        browser = pw.chromium.launch(executable_path=chromium, args=list(CHROMIUM_ARGS))
        measure_throttled(browser, plain, rec, "throttled_plain")
        browser.close()


def measure_throttled_only(chromium: str, args: argparse.Namespace) -> tuple[Recorder, dict[str, Any]]:
    """`--only throttled`: the throttled loads alone, through nginx and (unless --skip-plain) the test server."""
    with tempfile.TemporaryDirectory(prefix="scale-what-bench-") as tmp, sync_playwright() as pw:
        Path(tmp).chmod(0o755)  # nginx reads the site as `nobody`
        print("building the site (mkdocs build --strict) and starting nginx…", flush=True)
        with nginx_server.built_and_served(Path(tmp) / "site", Path(tmp) / "nginx") as server:
            rec = Recorder(origin=server.url.rstrip("/"))
            browser = pw.chromium.launch(executable_path=chromium, args=list(CHROMIUM_ARGS))
            about = machine(browser)
            print("the questionnaire throttled to 10 Mbit/s, 40 ms, through nginx…", flush=True)
            measure_throttled(browser, server, rec, "throttled_nginx")
            browser.close()
        if not args.skip_plain:
            measure_throttled_plain(pw, chromium, Path(tmp) / "plain-site", rec)
    return rec, about


def throttled_main(chromium: str, args: argparse.Namespace) -> None:
    """Run and print the throttled loads alone; write their JSON only to an --out given."""
    rec, about = measure_throttled_only(chromium, args)
    about["load_average_at_end"] = list(os.getloadavg())
    checks = throttled_verdicts(rec)
    print_table(rec, checks)
    for metric in ("throttled_nginx", "throttled_plain"):
        if metric in rec.details:
            link = rec.details[metric]
            print(
                f"  {metric}: engine ready {fmt(link['engine_ready_ms'], 'ms')}; through the link until then "
                f"{fmt(link['link_bytes_to_browser'], 'B')} to the browser in {link['connections']} connections, "
                f"alone {fmt(link['transfer_floor_ms'], 'ms')} at 10 Mbit/s, the last reached the browser at "
                f"{fmt(link['last_byte_to_browser_ms'], 'ms')}: "
                + ("consistent" if link["ready_at_or_after_floor"] else "IMPOSSIBLE (faster than the link)")
            )
            print(f"    engine stages (ms from navigation): {link['stages_ms']}")
    print(f"load average at start {about['load_average_at_start']}, at end {about['load_average_at_end']}")
    if rec.foreign_requests or rec.page_errors:
        print(f"WARNING: foreign requests {rec.foreign_requests}, page errors {rec.page_errors}")
    if args.out is not None:
        settings = {"throttle": THROTTLE.as_devtools(), "throttle_note": THROTTLE_NOTE}
        write_results(args.out, {"machine": about, "source": source_state(), "settings": settings}, rec, checks)
        print(f"results written to {args.out}")


def write_results(path: Path, head: dict[str, Any], rec: Recorder, checks: list[Verdict]) -> None:
    """The run's JSON: ``head`` (what was measured, where), then every run's samples, verdicts and what went wrong."""
    results = {
        **head,
        "metrics": {key: {**summary(values), "samples": values} for key, values in sorted(rec.samples.items())},
        "verdicts": [v.__dict__ for v in checks],
        "foreign_requests": rec.foreign_requests,
        "page_errors": rec.page_errors,
        "details": rec.details,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, indent=2) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="rounds of measurements (default 5)")
    parser.add_argument("--answers", type=int, default=20, help="answer changes per questionnaire load (default 20)")
    parser.add_argument(
        "--out", type=Path, default=None, help=f"JSON results (default {OUT_FILE}; with --only, none unless given)"
    )
    parser.add_argument("--complaint-rounds", type=int, default=3, help="Pyodide-in-Node complaint runs (default 3)")
    parser.add_argument(
        "--skip-plain", action="store_true", help="skip the throttled load through the uncompressed test server"
    )
    parser.add_argument(
        "--only", choices=["throttled"], help="run only the throttled first visits (nginx, then the test server)"
    )
    args = parser.parse_args()
    if args.only == "throttled":
        try:
            throttled_main(chromium_path(), args)
        except ChromiumNotFoundError as exc:
            sys.exit(str(exc))
        return
    args.out = args.out or OUT_FILE

    print("measuring the complaint categoriser under Pyodide in Node…", flush=True)
    complaint_results = complaints.measure(args.complaint_rounds)
    complaints.print_results(complaint_results)

    try:
        chromium = chromium_path()
    except ChromiumNotFoundError as exc:
        sys.exit(str(exc))
    rec, about, scores, reference_bytes = measure_site(chromium, args)
    about["load_average_at_end"] = list(os.getloadavg())
    checks = must_hold(rec, scores) + reported(rec)
    print_table(rec, checks)
    causes = print_long_task_causes(rec)
    source = source_state()
    head = {
        "machine": about,
        "source": source,
        "settings": {
            "runs": args.runs,
            "answers_per_load": args.answers,
            "server": "nginx with deploy/nginx.conf",
            "throttle": THROTTLE.as_devtools(),
            "throttle_note": THROTTLE_NOTE,
            "pages": {"guide": GUIDE_PAGE, "tool": TOOL_PAGE, "bare": BARE_PAGE, "guide_bytes": GUIDE_BYTES_PAGES},
            "pyodide": pyodide_runtime.pinned_version(),
        },
        "runtime_files_bytes": reference_bytes,
        "complaints": complaint_results,
        "lighthouse": scores,
        "long_task_causes": causes,
    }
    write_results(args.out, head, rec, checks)
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
