"""The questionnaire page boots the self-hosted engine; guide pages never download Pyodide."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from tests.support import ROOT
from tests.support.browser import BOOT_TIMEOUT_MS, ENGINE_WORKER, PageWatch

ENGINE_READY = re.compile(r"^Scale What\? decision engine \d+\.\d+\.\d+ ready on Python 3\.14\.\d+$")


def test_engine_ready_on_tool_page(page: Page, watch: PageWatch) -> None:
    """The tool page reports the engine and Python versions asked from Python in the worker to the console (info)
    and in the "About this result" details, not in the reader's view."""
    infos: list[str] = []
    page.on("console", lambda message: infos.append(message.text) if message.type == "info" else None)
    page.goto("tool/")
    expect(page.locator("#sw-tool")).to_have_attribute("data-engine-stage", "ready", timeout=BOOT_TIMEOUT_MS)
    expect(page.locator("#sw-engine-status")).to_have_text(
        "The decision engine is ready: your recommendation updates as you answer."
    )
    expect(page.locator(".sw-about [data-about]")).to_contain_text(
        re.compile(r"version \d+\.\d+\.\d+, on Python 3\.14\.\d+")
    )
    assert [m for m in infos if ENGINE_READY.match(m)]
    assert any(url.endswith("/pyodide.asm.wasm") for url in watch.requests)
    assert any(re.search(r"/decision_engine-[^/]+-py3-none-any\.whl\?v=", url) for url in watch.requests)


# engine-worker.js's bound on its wait for the page's start, read from the script.
_WORKER = ROOT / "docs/assets/javascripts/engine-worker.js"
_CAP = re.search(r"const PAGE_START_CAP_MS = ([\d_]+);", _WORKER.read_text(encoding="utf-8"))
assert _CAP is not None, "engine-worker.js no longer names PAGE_START_CAP_MS"
PAGE_START_CAP_MS = int(_CAP[1].replace("_", ""))


def test_a_first_visit_compiles_the_runtime_once_the_page_has_started(page: Page, watch: PageWatch) -> None:
    """On a first visit the worker asks for the WebAssembly at once, but compiles it and starts Python only after the
    page's load event: that work, run during Material's start-up on two cores, doubled its longest tasks."""
    page.goto("tool/")
    expect(page.locator("#sw-tool")).to_have_attribute("data-engine-stage", "ready", timeout=BOOT_TIMEOUT_MS)
    [worker] = [w for w in page.workers if ENGINE_WORKER.search(w.url)]
    seen = worker.evaluate(
        """() => {
          const mark = performance.getEntriesByName("engine-runtime-compile")[0];
          const wasm = performance.getEntriesByType("resource").find((e) => e.name.endsWith("/pyodide.asm.wasm"));
          return { origin: performance.timeOrigin, compile: mark.startTime, waited: mark.detail.waited,
                   asked: wasm ? wasm.startTime : null };
        }"""
    )
    loaded = page.evaluate("performance.timeOrigin + performance.getEntriesByType('navigation')[0].loadEventEnd")
    assert seen["waited"] is True, seen
    # Or at the worker's cap (3 s from its start, so 3 s after the page's origin at the earliest) should the page's
    # load event come later than that, as it can on a loaded machine: the wait is bounded on purpose.
    assert seen["origin"] + seen["compile"] >= min(loaded, seen["origin"] + PAGE_START_CAP_MS), (seen, loaded)
    assert seen["asked"] is not None, seen
    assert seen["asked"] < seen["compile"], seen


def test_guide_pages_fetch_no_pyodide(page: Page, watch: PageWatch) -> None:
    """Opening the home page and a guide page downloads no Pyodide file."""
    page.goto("")
    page.wait_for_load_state("networkidle")
    page.goto("sequencing/")
    page.wait_for_load_state("networkidle")
    assert watch.requests, "the pages made no request at all: the watch is not recording"
    assert [url for url in watch.requests if "/assets/pyodide/" in url] == []
