"""The engine's start-up failures are named fast and truthfully: a damaged runtime or engine package and a
Content-Security-Policy that refuses WebAssembly are reported with their cause well inside the 60 s watchdog (left
at its default here), and the reader never sees a Python traceback (it goes to the console)."""

from __future__ import annotations

import io
import re
import zipfile

import pytest
from playwright.sync_api import BrowserContext, Page, Route, expect
from playwright.sync_api import Error as PlaywrightError

from tests.support.browser import (
    ENGINE_WORKER,
    WHEEL,
    PageWatch,
    answer,
    expect_instant_navigation,
    expect_lead,
    follow_site_links,
    fulfil_changed,
    open_tool,
)
from tests.support.polling import wait_for

# Well inside the client's 60 s watchdog, with room for a loaded machine: a failure seen later is the watchdog's.
NAMED_WITHIN_MS = 25_000

WASM = re.compile(r".*/pyodide\.asm\.wasm$")


def expect_named(page: Page, code: str) -> str:
    """The engine failed with ``code`` within NAMED_WITHIN_MS, the guide's mapping shown; the reader's text."""
    expect(page.locator("#sw-tool")).to_have_attribute("data-engine-failure", code, timeout=NAMED_WITHIN_MS)
    expect(page.locator("#sw-engine-problem")).to_be_visible()
    expect(page.locator("#sw-fallback")).to_be_visible()
    text = page.locator("#sw-engine-problem-text").inner_text()
    assert "Traceback" not in text
    assert 'File "' not in text
    return text


def rewritten_wheel(wheel: bytes, bridge_source: str) -> bytes:
    """The engine's wheel with decision_engine/bridge.py replaced by ``bridge_source``."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(wheel)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "decision_engine/bridge.py":
                data = bridge_source.encode()
            target.writestr(item, data)
    return out.getvalue()


def test_truncated_wasm_is_named_at_once(context: BrowserContext, watch: PageWatch) -> None:
    """The WebAssembly runtime cut to half its size (served whole, 200, application/wasm): the page says the
    files arrived damaged, not that the connection is slow, long before the watchdog."""
    watch.expect_console_error(r"WebAssembly|wasm|Aborted|CompileError")

    context.route(WASM, lambda route: fulfil_changed(route, lambda body: body[: len(body) // 2]))
    page = context.new_page()
    open_tool(page, wait_ready=False)
    answer(page, "failure_mode", "outages")
    text = expect_named(page, "damaged")
    assert "pyodide.asm.wasm" in text
    assert "connection" not in text
    expect(page.locator('.sw-mapping-row[aria-current="true"]')).to_contain_text("Technical scaling")


STDLIB = re.compile(r".*/python_stdlib\.zip$")


def test_a_standard_library_of_its_own_length_but_other_bytes_is_named_damaged(
    context: BrowserContext, watch: PageWatch
) -> None:
    """An attack review: the standard library overwritten with as many bytes of junk (as a copy damaged where it was
    kept) made Python exit, and the page said "The decision engine stopped working. (Program terminated with
    exit(1).)". Its bytes are checked against the build's once the boot has failed: it is named as damaged, which "Try
    again" downloads afresh."""
    watch.expect_console_error(r"exit|Aborted|zip|stdlib|encodings|Python|Fatal|Error")
    context.route(STDLIB, lambda route: fulfil_changed(route, lambda body: bytes(len(body))))
    page = context.new_page()
    open_tool(page, wait_ready=False)
    text = expect_named(page, "damaged")
    assert "python_stdlib.zip" in text, text
    assert "exit(1)" not in text


def test_wasm_sent_as_a_sign_in_page_is_named_at_once(context: BrowserContext, watch: PageWatch) -> None:
    """An attack review: the runtime sent as a network's sign-in page (text/html) left "Starting Python…" for a
    minute, then said the connection may be slow. The page names the type it was sent as, long before the watchdog
    (application/octet-stream: test_questionnaire.py)."""
    sent = "text/html"
    watch.expect_console_error(r"WebAssembly|wasm|MIME")
    context.route(
        WASM,
        lambda route: fulfil_changed(route, lambda body: b"<html>Sign in to the WiFi</html>", {"Content-Type": sent}),
    )
    page = context.new_page()
    open_tool(page, wait_ready=False)
    text = expect_named(page, "wrong-file-type")
    assert f"(pyodide.asm.wasm was sent as “{sent}”, not as application/wasm.)" in text
    assert "connection" not in text
    # Offline, trying again needs a connection, said as the browser goes offline and unsaid as it comes back.
    problem = page.locator("#sw-engine-problem-text")
    context.set_offline(True)
    expect(problem).to_contain_text("This browser is offline: trying again needs a connection.")
    context.set_offline(False)
    expect(problem).not_to_contain_text("offline")


def test_csp_without_wasm_unsafe_eval_is_named_before_any_download(context: BrowserContext, watch: PageWatch) -> None:
    """A Content-Security-Policy without 'wasm-unsafe-eval' on the page and its worker: the page names the
    policy as the cause before the worker fetches any of the runtime."""
    watch.expect_console_error(r"WebAssembly|wasm-unsafe-eval|Content Security Policy")
    watch.expect_csp_violation(r"^\[engine\] WebAssembly\.Module\(\): .*'unsafe-eval' is not an allowed source")
    # The site's policy (csp.py) but without 'wasm-unsafe-eval'; Material's icons are data: images.
    page_policy = (
        "default-src 'self'; script-src 'self' 'unsafe-inline'; worker-src 'self'; style-src 'self' "
        "'unsafe-inline'; img-src 'self' data:"
    )
    worker_policy = "default-src 'self'; script-src 'self'; worker-src 'self'"

    def with_policy(route: Route) -> None:
        path = route.request.url.split("?")[0]
        policy = worker_policy if ENGINE_WORKER.search(path) else page_policy
        try:
            response = route.fetch()
            route.fulfill(response=response, headers={**response.headers, "content-security-policy": policy})
        except PlaywrightError as error:
            if "disposed" not in str(error) and "closed" not in str(error):
                raise

    context.route(lambda url: url.endswith("/tool/") or bool(ENGINE_WORKER.search(url)), with_policy)
    page = context.new_page()
    open_tool(page, wait_ready=False)
    text = expect_named(page, "wasm-blocked")
    assert "Content-Security-Policy" in text
    assert "wasm-unsafe-eval" in text
    assert [u for u in watch.requests if "/assets/pyodide/" in u and not u.endswith("/pyodide.mjs")] == []


def test_corrupt_wheel_shows_no_traceback(context: BrowserContext, watch: PageWatch) -> None:
    """The engine's wheel arrives as half its bytes (not a zip any more): the page says the engine's package
    is damaged; Python's own words go to the console only."""
    watch.expect_console_error(r"\[engine\] installing decision_engine-.* failed")

    context.route(WHEEL, lambda route: fulfil_changed(route, lambda body: body[: len(body) // 2]))
    page = context.new_page()
    console: list[str] = []
    page.on("console", lambda message: console.append(message.text))
    open_tool(page, wait_ready=False)
    text = expect_named(page, "damaged")
    assert re.search(r"decision_engine-[^ ]+\.whl\) could not be installed", text)
    assert any("Traceback" in line or "Error" in line for line in console if line.startswith("[engine] installing"))


def test_error_naming_a_url_is_not_a_download_problem(context: BrowserContext, watch: PageWatch) -> None:
    """An engine whose import raises an error that names a URL (every file downloaded fine): reported as the
    engine's package failing, never as a download problem, and without Python's traceback."""
    watch.expect_console_error(r"\[engine\] installing decision_engine-.* failed")

    source = 'raise RuntimeError("see http://127.0.0.1/assets/pyodide/pyodide.asm.wasm (HTTP 404)")\n'
    context.route(WHEEL, lambda route: fulfil_changed(route, lambda body: rewritten_wheel(body, source)))
    page = context.new_page()
    open_tool(page, wait_ready=False)
    text = expect_named(page, "damaged")
    assert "downloaded" not in text
    assert "http://" not in text


def test_storage_too_full_to_keep_the_runtime_costs_offline_use_only(page: Page, watch: PageWatch) -> None:
    """A JavaScript review: with the browser's storage full, keeping the runtime for offline use (work done after the
    engine said "ready") threw, and the page showed "The decision engine stopped working" over an engine that worked.
    The origin's quota is set to 1 MB before the first visit (Chromium's own storage limit, not a stand-in): the
    engine stays ready and answers, and the worker says in the console what was not kept."""
    said: list[str] = []
    page.on("worker", lambda worker: worker.on("console", lambda message: said.append(message.text)))
    session = page.context.new_cdp_session(page)
    session.send("Storage.overrideQuotaForOrigin", {"origin": watch.origin, "quotaSize": 1_000_000})
    open_tool(page)
    tool = page.locator("#sw-tool")

    def settled() -> bool:
        refused = any("not kept for offline use" in text for text in said)
        return refused or tool.get_attribute("data-engine-failure") is not None

    wait_for(page, settled, "the runtime refused for offline use, or the engine failed", NAMED_WITHIN_MS)
    assert tool.get_attribute("data-engine-failure") is None, page.locator("#sw-engine-problem-text").inner_text()
    expect(tool).to_have_attribute("data-engine-stage", "ready")
    answer(page, "failure_mode", "outages")
    expect_lead(page, "technical")
    expect(page.locator("#sw-engine-problem")).to_be_hidden()


@pytest.mark.parametrize("way", ["loaded", "instant"])
def test_a_questionnaire_whose_modules_never_run_says_so_and_claims_no_saving(
    context: BrowserContext, watch: PageWatch, way: str
) -> None:
    """An attack review: with the page's own module blocked (a content blocker, a deploy that had not uploaded it
    yet), the form took answers and said "Your answers are saved in this browser as you go", kept none and lost them
    on reload. Some seconds after the load the page says its scripts did not load, offers the pages that work
    without JavaScript, and shows no saving line nor a control that does nothing: loaded in full, and reached by the
    site's own links (Material's instant navigation, which runs no <head> script: a diff review)."""
    watch.expect_console_error(r"Failed to load resource|ERR_FAILED|tool-page")
    context.route(re.compile(r".*/tool-page\.[0-9a-f]+\.min\.js$"), lambda route: route.abort("failed"))
    page = context.new_page()
    if way == "loaded":
        page.goto("tool/")
    else:
        follow_site_links(page)
        page.goto("")
        expect_instant_navigation(page)
        page.locator('.md-content a[href$="tool/"]').first.click()
        expect(page.locator("#sw-tool")).to_be_attached()
        assert page.evaluate("performance.getEntriesByType('navigation').length") == 1
        assert page.evaluate("performance.getEntriesByType('navigation')[0].name").endswith("/")
    notice = page.locator("#sw-scripts-failed")
    expect(notice).to_be_visible(timeout=15_000)
    expect(notice).to_contain_text("This page's scripts did not load")
    expect(notice.get_by_role("link", name="Answer one question at a time (no JavaScript needed)")).to_have_attribute(
        "href", re.compile(r"steps/$")
    )
    for gone in ("#sw-keep", "#sw-show-result", "#sw-clear-all"):
        expect(page.locator(gone)).to_be_hidden()
    expect(page.get_by_text("Your answers are saved in this browser as you go.")).to_be_hidden()


def test_a_questionnaire_without_materials_bundle_still_answers(context: BrowserContext, watch: PageWatch) -> None:
    """An attack review: with Material's bundle blocked (a content blocker, a deploy half done), the questionnaire's
    module threw (it waited for Material's page views) and the page said its scripts did not load. The questionnaire
    mounts on the load itself, answers, and no error is thrown."""
    watch.expect_console_error(r"Failed to load resource|ERR_FAILED")
    context.route(re.compile(r".*/assets/javascripts/bundle\.[0-9a-f]+\.min\.js$"), lambda route: route.abort("failed"))
    page = context.new_page()
    page.goto("tool/")
    expect(page.locator("#sw-tool")).to_have_attribute("data-mounted", "")
    expect(page.locator("#sw-tool")).to_have_attribute("data-engine-stage", "ready", timeout=60_000)
    answer(page, "failure_mode", "outages")
    expect_lead(page, "technical")
    page.wait_for_timeout(500)
    expect(page.locator("#sw-scripts-failed")).to_be_hidden()


def test_a_questionnaire_mounted_late_takes_the_scripts_notice_back(context: BrowserContext) -> None:
    """The page's module arrives after the watch's grace (a slow connection, reached by the site's own links, which
    run the modules after the load event): the notice that its scripts did not load shows, then goes once the module
    mounts the questionnaire, and the page's controls and saving line come back."""
    held: list[Route] = []

    def hold(route: Route) -> None:
        held.append(route)

    context.route(re.compile(r".*/tool-page\.[0-9a-f]+\.min\.js$"), hold)
    page = context.new_page()
    follow_site_links(page)
    page.goto("")
    expect_instant_navigation(page)
    page.locator('.md-content a[href$="tool/"]').first.click()
    notice = page.locator("#sw-scripts-failed")
    expect(notice).to_be_visible(timeout=15_000)
    expect(page.locator("#sw-show-result")).to_be_hidden()
    assert held, "the module was asked for, and held"
    for route in held:  # the page's request, and the service worker's for it
        route.continue_()
    expect(page.locator("#sw-tool")).to_have_attribute("data-mounted", "")
    expect(notice).to_be_hidden()
    expect(page.locator("#sw-tool")).not_to_have_attribute("data-scripts", "failed")
    expect(page.locator("#sw-show-result")).to_be_visible()
    expect(page.get_by_text("Your answers are saved in this browser as you go.")).to_be_visible()


def test_a_mounted_questionnaire_never_shows_the_scripts_notice(page: Page) -> None:
    """The same watch on a page whose modules ran: past its grace, the notice stays hidden and the page says it
    saves."""
    open_tool(page)
    page.wait_for_timeout(5_000)  # past the watch's 4 s after the load
    expect(page.locator("#sw-scripts-failed")).to_be_hidden()
    expect(page.locator("#sw-tool")).to_have_attribute("data-mounted", "")
    expect(page.get_by_text("Your answers are saved in this browser as you go.")).to_be_visible()
