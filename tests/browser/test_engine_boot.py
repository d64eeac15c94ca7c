"""The questionnaire page boots the self-hosted engine; guide pages never download Pyodide."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from tests.support.browser import BOOT_TIMEOUT_MS, PageWatch

ENGINE_READY = re.compile(r"^Engine ready \(decision_engine \d+\.\d+\.\d+, Python 3\.14\.\d+\)$")


def test_engine_ready_on_tool_page(page: Page, watch: PageWatch) -> None:
    """The tool page shows the engine and Python versions asked from Python in the worker."""
    page.goto("tool/")
    expect(page.locator("#sw-engine-status")).to_have_text(ENGINE_READY, timeout=BOOT_TIMEOUT_MS)
    assert any(url.endswith("/pyodide.asm.wasm") for url in watch.requests)
    assert any(re.search(r"/decision_engine-[^/]+-py3-none-any\.whl\?v=", url) for url in watch.requests)


def test_guide_pages_fetch_no_pyodide(page: Page, watch: PageWatch) -> None:
    """Opening the home page and a guide page downloads no Pyodide file."""
    page.goto("")
    page.wait_for_load_state("networkidle")
    page.goto("sequencing/")
    page.wait_for_load_state("networkidle")
    assert watch.requests, "the pages made no request at all: the watch is not recording"
    assert [url for url in watch.requests if "/assets/pyodide/" in url] == []
