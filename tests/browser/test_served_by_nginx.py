"""The site as a host serves it: through Debian's nginx with deploy/nginx.conf (precompressed files, immutable
runtime, the Content-Security-Policy), the questionnaire end to end, and the runtime fetched ahead of a reader
heading for it, never otherwise."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, Response, expect

from decision_engine import RUBRIC_VERSION, recommend
from scale_what_build import csp, pyodide_runtime
from scale_what_build.chromium import CHROMIUM_ARGS, chromium_path
from tests.support.browser import (
    ENGINE_WORKER,
    STATUS_WORDS,
    PageWatch,
    answer,
    expect_engine_ready,
    expect_lead,
    slow_network,
    watch_context,
    watch_page,
)
from tests.support.site import BuiltSite

RUNTIME = f"/{pyodide_runtime.FOLDERS}/"
GUIDE = "sequencing/"


@pytest.fixture
def nginx_context(browser: Browser, nginx_site: BuiltSite) -> Iterator[tuple[BrowserContext, PageWatch]]:
    """A context on the nginx-served site, watched by the project's rule (other hosts blocked)."""
    context = browser.new_context(base_url=nginx_site.url)
    watch = watch_context(context, nginx_site.origin)
    context.on("page", lambda page: watch_page(page, watch))
    yield context, watch
    context.close()
    watch.assert_clean()


def test_questionnaire_end_to_end_through_nginx(
    nginx_context: tuple[BrowserContext, PageWatch], nginx_site: BuiltSite
) -> None:
    """Through nginx the engine boots in its worker under the site's policy ('wasm-unsafe-eval' on the worker
    script), from brotli-encoded runtime files, and an answer gives the engine's recommendation. While it
    downloads, the status names the size nginx sends (compressed), not the files' own size, nearly four times
    larger."""
    context, _watch = nginx_context
    responses: list[Response] = []
    context.on("response", lambda response: responses.append(response))  # noqa: PLW0108 (Playwright needs a function it can tag)
    context.add_init_script(STATUS_WORDS)
    page = context.new_page()
    slow_network(page, 40)  # 3.7 MB in about a second: the progress is reported, as on a real link
    page.goto("tool/")
    expect_engine_ready(page)
    sent = int(page.locator("#sw-tool").get_attribute("data-runtime-sent-bytes") or 0)
    unpacked = int(page.locator("#sw-tool").get_attribute("data-runtime-bytes") or 0)
    assert 0 < sent < unpacked / 3
    progress = [w for w in page.evaluate("window.__statusWords") if w.startswith("Downloading the decision engine,")]
    assert progress, "the download's progress was shown"
    assert all(w.startswith(f"Downloading the decision engine, {sent / 1e6:.1f} MB") for w in progress), progress
    answer(page, "failure_mode", "governance")
    expect_lead(page, recommend({"failure_mode": "governance"}).lead)

    by_path = {response.url.removeprefix(nginx_site.origin).split("?")[0]: response for response in responses}
    policy = csp.site_policy(nginx_site.root)
    assert by_path["/tool/"].headers["content-security-policy"] == policy
    [worker] = [response for path, response in by_path.items() if ENGINE_WORKER.search(path)]
    assert worker.headers["cache-control"] == "public, max-age=31536000, immutable"
    assert "'wasm-unsafe-eval'" in worker.headers["content-security-policy"]
    assert worker.headers["content-security-policy"] == policy
    for name in ("pyodide.asm.wasm", "python_stdlib.zip", "pyodide.asm.mjs"):
        headers = by_path[f"/{nginx_site.runtime}/{name}"].headers
        assert headers["content-encoding"] == "br", name
        assert headers["cache-control"] == "public, max-age=31536000, immutable", name


def runtime_bytes(nginx_site: BuiltSite, since: int) -> tuple[int, list[str]]:
    """Body bytes nginx sent for the runtime folder after access-log line ``since``, and the paths."""
    lines = (nginx_site.root.parent / "state" / "access.log").read_text().splitlines()[since:]
    sent = [line.split(" ") for line in lines]
    runtime = [(path.split("?")[0], int(size)) for path, _status, size, *_ in sent if path.startswith(RUNTIME)]
    return sum(size for _, size in runtime), [path for path, _ in runtime]


def log_length(nginx_site: BuiltSite) -> int:
    return len((nginx_site.root.parent / "state" / "access.log").read_text().splitlines())


@pytest.fixture
def cached_context(
    playwright: Playwright, nginx_site: BuiltSite, tmp_path: Path
) -> Iterator[tuple[BrowserContext, PageWatch]]:
    """A profile with a disk cache, as a reader's browser has (a new context's memory cache does not keep the 9.6 MB
    WebAssembly, and a watched context routes every request, which turns the cache off): requests are recorded and
    any to another host fails the test, console errors and CSP refusals too."""
    context = playwright.chromium.launch_persistent_context(
        tmp_path / "profile", executable_path=chromium_path(), args=list(CHROMIUM_ARGS), base_url=nginx_site.url
    )
    watch = PageWatch(origin=nginx_site.origin)
    context.on("request", watch.on_request)
    context.on("page", lambda page: watch_page(page, watch))
    yield context, watch
    context.close()
    watch.foreign_requests = [url for url in watch.requests if not url.startswith(nginx_site.origin)]
    watch.assert_clean()


def open_guide(context: BrowserContext) -> Page:
    page = context.new_page()
    page.goto(GUIDE)
    page.wait_for_load_state("networkidle")
    return page


def test_guide_pages_load_no_runtime_without_a_signal(
    cached_context: tuple[BrowserContext, PageWatch], nginx_site: BuiltSite
) -> None:
    """The home page and two guide pages, read and scrolled without touching a link to the questionnaire, fetch
    0 bytes of Pyodide and not even the runtime list."""
    context, watch = cached_context
    start = log_length(nginx_site)
    for path in ("", GUIDE, "technical/"):
        page = context.new_page()
        page.goto(path)
        page.mouse.wheel(0, 2000)
        page.wait_for_load_state("networkidle")
        page.close()
    assert runtime_bytes(nginx_site, start) == (0, [])
    assert not [url for url in watch.requests if "/assets/pyodide/" in url or "runtime-files.json" in url]


def test_hovering_a_link_to_the_questionnaire_fetches_the_runtime_ahead(
    cached_context: tuple[BrowserContext, PageWatch], nginx_site: BuiltSite
) -> None:
    """A pointer over the link to the questionnaire fetches the whole runtime at low priority; the questionnaire
    then boots its engine without asking the server for any runtime byte."""
    context, _watch = cached_context
    page = open_guide(context)
    start = log_length(nginx_site)
    link = page.locator("a[href$='tool/']").first
    link.hover()
    page.wait_for_load_state("networkidle")
    page.wait_for_function(
        "n => performance.getEntriesByType('resource').filter(e => e.name.includes('/assets/pyodide/')).length >= n",
        arg=len(pyodide_runtime.BOOT_FILES) + 1,
    )
    sent, paths = runtime_bytes(nginx_site, start)
    assert sorted(p.rsplit("/", 1)[1] for p in paths) == sorted(
        [*pyodide_runtime.BOOT_FILES, next((nginx_site.root / nginx_site.runtime).glob("*.whl")).name]
    )
    assert sent > 2_000_000  # compressed, the WebAssembly alone is about 2.7 MB

    before_tool = log_length(nginx_site)
    link.click()
    expect_engine_ready(page)
    assert runtime_bytes(nginx_site, before_tool) == (0, [])


def test_save_data_turns_the_prefetch_off(
    cached_context: tuple[BrowserContext, PageWatch], nginx_site: BuiltSite
) -> None:
    """With Save-Data on, the same hover fetches nothing."""
    context, watch = cached_context
    context.add_init_script("Object.defineProperty(navigator.connection, 'saveData', { get: () => true })")
    page = open_guide(context)
    start = log_length(nginx_site)
    page.locator("a[href$='tool/']").first.hover()
    page.locator("a[href$='tool/']").first.focus()
    page.wait_for_timeout(1000)
    page.wait_for_load_state("networkidle")
    assert runtime_bytes(nginx_site, start) == (0, [])
    assert not [url for url in watch.requests if "runtime-files.json" in url]


def test_a_link_whose_hash_became_percent_23_is_opened_and_said(
    nginx_context: tuple[BrowserContext, PageWatch], nginx_site: BuiltSite
) -> None:
    """An attack review: a share link whose "#" a mail program wrote as "%23" asked the server for a page that does not
    exist, and the reader got "Page not found" (its answers in the server's log all the same). The 404 page sends a
    link on the questionnaire's own path to the questionnaire with its "#" back, which says what happened; a request
    goes out for the questionnaire with a flag, never with the answers. Elsewhere the 404 page stays."""
    context, watch = nginx_context
    # Chromium logs the addresses that find no page (the server answers them 404, as it should).
    watch.expect_console_error(r"^Failed to load resource: the server responded with a status of 404 \(Not Found\)$")
    requested: list[str] = []
    context.on("request", lambda request: requested.append(request.url))
    state = {"answers": {"failure_mode": "governance"}, "complaints": ["Admins cannot set roles"], "overrides": {}}
    data = (
        base64.urlsafe_b64encode(
            json.dumps({"version": 2, "rubric": RUBRIC_VERSION, "state": state, "previous": None}).encode()
        )
        .decode()
        .rstrip("=")
    )
    page = context.new_page()
    page.goto("tool/%23answers=" + data)
    expect(page.locator("#sw-failure_mode-governance")).to_be_checked()
    expect(page.locator("#sw-complaint-1")).to_have_value("Admins cannot set roles")
    notices = page.locator("#sw-notices")
    expect(notices).to_contain_text("This share link came with “%23answers=” where it should have “#answers=”")
    expect(notices).to_contain_text("These answers were shared with you.")
    assert page.url == nginx_site.url + "tool/#answers=" + data
    pages = [url for url in requested if url.startswith(nginx_site.url + "tool/")]
    assert pages[:2] == [nginx_site.url + "tool/%23answers=" + data, nginx_site.url + "tool/?answers-in-path"], pages
    # Its "=" encoded too ("%3D", a diff review): opened the same way.
    page.goto("about:blank")
    page.goto("tool/%23answers%3D" + data)
    expect(page.locator("#sw-failure_mode-governance")).to_be_checked()
    assert page.url == nginx_site.url + "tool/#answers=" + data
    # Not the questionnaire's path: the page that says there is none.
    page.goto("sequencing/%23answers=" + data)
    expect(page.locator("h1")).to_have_text("Page not found")
    assert page.url == nginx_site.url + "sequencing/%23answers=" + data


def test_a_percent_23_link_on_the_questionnaires_other_addresses_opens_and_the_flag_alone_says_nothing(
    nginx_context: tuple[BrowserContext, PageWatch], nginx_site: BuiltSite
) -> None:
    """A later attack review: "%23" links made on "tool/index.html", or written "tool%23...", or encoded twice
    ("%2523"), got a bare "Page not found"; and the flag the 404 page adds, put in a link by hand, made the page say
    that the server had seen answers it never had. Each of those addresses opens, and says so; the flag alone does
    not."""
    context, watch = nginx_context
    watch.expect_console_error(r"^Failed to load resource: the server responded with a status of 404 \(Not Found\)$")
    state = {"answers": {"failure_mode": "regressions"}, "complaints": [], "overrides": {}}
    link = {"version": 2, "rubric": RUBRIC_VERSION, "state": state, "previous": None}
    data = base64.urlsafe_b64encode(json.dumps(link).encode()).decode().rstrip("=")
    page = context.new_page()
    said = "This share link came with “%23answers=” where it should have “#answers=”"
    for address in ("tool/index.html%23answers=", "tool%23answers=", "tool/%2523answers=", "tool/%2523answers%253D"):
        page.goto("about:blank")
        page.goto(address + data)
        expect(page.locator("#sw-failure_mode-regressions")).to_be_checked()
        expect(page.locator("#sw-notices")).to_contain_text(said)
        assert page.url == nginx_site.url + "tool/#answers=" + data, address
    page.goto("about:blank")
    page.goto("tool/?answers-in-path#answers=" + data)
    expect(page.locator("#sw-failure_mode-regressions")).to_be_checked()
    expect(page.locator("#sw-notices")).to_contain_text("These answers were shared with you.")
    expect(page.locator("#sw-notices")).not_to_contain_text(said)
    assert page.url == nginx_site.url + "tool/#answers=" + data
