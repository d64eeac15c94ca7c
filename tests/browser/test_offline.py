"""The service worker: a return visit asks nothing for the runtime, the site works offline after one visit (the
guide only, unless the questionnaire was opened), and a new build's engine is used at once."""

from __future__ import annotations

import base64
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Route, expect
from playwright.sync_api import Error as PlaywrightError

from decision_engine import RUBRIC_VERSION
from scale_what_build import service_worker
from tests.support import ROOT
from tests.support.browser import (
    BOOT_TIMEOUT_MS,
    BOOTED,
    PageWatch,
    answer,
    expect_engine_ready,
    expect_instant_navigation,
    expect_lead,
    follow_site_links,
    fulfil_changed,
    go_by_side_menu,
    watch_context,
    watch_page,
)
from tests.support.kept_snapshot import IS_KEPT, NOT_A_SNAPSHOT_CHECKSUM, SNAPSHOT_FOLDER, SPOIL
from tests.support.polling import wait_until
from tests.support.site import PAGES, BuiltSite
from tests.support.sw_caches import CACHED, wait_cached
from tests.support.switch_server import SwitchServer, inline_script_hashes, rebuilt_with_engine_version, switch_server

# Each URL in the runtime cache with the length of the body kept for it.
CACHED_SIZES = """async () => {
  await navigator.serviceWorker.ready;
  const cache = await caches.open('scale-what-runtime');
  const sizes = {};
  for (const request of await cache.keys()) {
    sizes[request.url] = (await (await cache.match(request)).arrayBuffer()).byteLength;
  }
  return sizes;
}"""
CONTROLLED = "() => navigator.serviceWorker.controller !== null"
WASM = re.compile(r".*/pyodide\.asm\.wasm$")
LOCK = re.compile(r".*/pyodide-lock\.json$")


def free_port() -> int:
    """A port nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture
def server(built_site: BuiltSite) -> Iterator[SwitchServer]:
    """The session's built site on an address of its own (its own service worker and caches)."""
    with switch_server(built_site.root) as running:
        yield running


@pytest.fixture
def offline_context(browser: Browser, server: SwitchServer) -> Iterator[tuple[BrowserContext, PageWatch]]:
    """A fresh context on the server's address, watched by the project's rule."""
    context = browser.new_context(base_url=server.url)
    watch = watch_context(context, server.url.rstrip("/"))
    context.on("page", lambda page: watch_page(page, watch))
    yield context, watch
    context.close()
    watch.assert_clean()


@pytest.fixture
def cached_context(browser: Browser, server: SwitchServer) -> Iterator[tuple[BrowserContext, PageWatch]]:
    """As offline_context, with the browser's HTTP cache on (requests to other hosts recorded, not routed)."""
    context = browser.new_context(base_url=server.url)
    watch = watch_context(context, server.url.rstrip("/"), block=False)
    context.on("page", lambda page: watch_page(page, watch))
    yield context, watch
    context.close()
    watch.assert_clean()


def manifest_urls(site: Path, server: SwitchServer) -> tuple[set[str], set[str]]:
    """The guide's and the runtime's absolute URLs, as the build's sw.js lists them."""
    found = service_worker.manifest(site)
    return {server.url + u for u in found.guide}, {server.url + u for u in found.runtime}


def step_urls(site: Path, server: SwitchServer) -> set[str]:
    """The absolute URLs of the questionnaire without JavaScript (tool/steps/), as sw.js lists them."""
    return {server.url + u for u in service_worker.manifest(site).steps}


def cached_steps(page: Page) -> list[str]:
    """The pages of the questionnaire without JavaScript in the guide's cache."""
    urls: list[str] = page.evaluate(CACHED, "scale-what-guide-")
    return [u for u in urls if "/tool/steps/" in u]


def visit_questionnaire(page: Page, site: Path, server: SwitchServer) -> None:
    """Open the questionnaire, wait for its engine, and until the guide, the runtime and the snapshot are kept."""
    page.goto("tool/")
    expect_engine_ready(page)
    guide, runtime = manifest_urls(site, server)
    wait_cached(page, "scale-what-guide-", guide)
    wait_cached(page, "scale-what-runtime", runtime)
    wait_until(page, IS_KEPT, BOOT_TIMEOUT_MS)


def test_return_visit_asks_nothing_for_the_runtime(
    cached_context: tuple[BrowserContext, PageWatch], server: SwitchServer, built_site: BuiltSite
) -> None:
    """After one visit to the questionnaire, the next visit's engine boots from the kept snapshot and the server
    is asked for no runtime file at all (not even a 304): Pyodide's modules come from the browser's HTTP cache (the
    server marks the runtime immutable, as deploy/ does), the rest from the service worker's cache."""
    context, _ = cached_context
    page = context.new_page()
    visit_questionnaire(page, built_site.root, server)
    assert server.runtime_requests() != []  # the first visit downloaded the runtime from this server
    server.log.clear()
    page.reload()
    expect_engine_ready(page)
    assert page.evaluate(BOOTED) == ["snapshot", "kept snapshot"]
    answer(page, "failure_mode", "outages")
    expect_lead(page, "technical")
    assert server.runtime_requests() == []


def test_offline_after_one_questionnaire_visit(
    offline_context: tuple[BrowserContext, PageWatch], server: SwitchServer, built_site: BuiltSite
) -> None:
    """One visit to the questionnaire, then offline: every page of the guide opens, and the questionnaire's engine
    starts and answers."""
    context, _ = offline_context
    page = context.new_page()
    visit_questionnaire(page, built_site.root, server)
    assert cached_steps(page) == [], "the questionnaire without JavaScript is kept only where the engine cannot run"
    context.set_offline(True)
    for path in PAGES:
        response = page.goto(path)
        assert response is not None
        assert response.status == 200, path  # 404.html is a file of its own
        expect(page.locator("h1").first).to_be_visible()
    # Written as a reader might (an attack review: "not found" offline, while online the server sends them on).
    for path in ("tool", "tool/index.html"):
        response = page.goto(path)
        assert response is not None
        assert (response.status, urlparse(page.url).path) == (200, "/tool/"), path
    expect_engine_ready(page)
    answer(page, "failure_mode", "regressions")
    expect_lead(page, "process")


def test_offline_a_page_not_kept_says_so_and_an_address_with_no_page_is_not_found(
    offline_context: tuple[BrowserContext, PageWatch], server: SwitchServer, built_site: BuiltSite
) -> None:
    """An attack review: offline, a page of the questionnaire without JavaScript (not kept once the engine runs) said
    "There is no page at this address ... the link may have a typo". It says the reader is offline and the page opens
    once back online; an address with no page is still not found."""
    context, watch = offline_context
    watch.expect_console_error(r"^Failed to load resource: the server responded with a status of (503|404) \(\)$")
    page = context.new_page()
    visit_questionnaire(page, built_site.root, server)
    context.set_offline(True)
    response = page.goto("tool/steps/outages/")
    assert response is not None
    assert response.status == 503
    expect(page.locator("h1")).to_have_text("You're offline")
    expect(page.locator("article")).to_contain_text("opens once you're back online")
    expect(page.get_by_text("Page not found")).to_have_count(0)
    expect(page.get_by_role("link", name="Answer the questionnaire")).to_be_visible()
    response = page.goto("tool/steps/no-such-step/")
    assert response is not None
    assert response.status == 404
    expect(page.locator("h1")).to_have_text("Page not found")


def test_offline_a_percent_23_link_opens_and_says_nothing_of_a_server(
    offline_context: tuple[BrowserContext, PageWatch], server: SwitchServer, built_site: BuiltSite
) -> None:
    """A "%23" share link opened offline: the service worker's copy of the 404 page opens it as online, but the
    request never left the browser, so nothing says the site's server can have seen its answers (noted at stop 48:
    it said so)."""
    context, watch = offline_context
    # The service worker's 404 has no status text.
    watch.expect_console_error(r"^Failed to load resource: the server responded with a status of 404 \(\)$")
    page = context.new_page()
    visit_questionnaire(page, built_site.root, server)
    context.set_offline(True)
    state = {"answers": {"failure_mode": "regressions"}, "complaints": [], "overrides": {}}
    link = {"version": 2, "rubric": RUBRIC_VERSION, "state": state, "previous": None}
    data = base64.urlsafe_b64encode(json.dumps(link).encode()).decode().rstrip("=")
    page.goto("about:blank")
    page.goto("tool/%23answers=" + data)
    expect(page.locator("#sw-failure_mode-regressions")).to_be_checked()
    expect(page.locator("#sw-notices")).to_contain_text("These answers were shared with you.")
    expect(page.locator("#sw-notices")).not_to_contain_text("can have seen")
    assert urlparse(page.url).path == "/tool/"


def test_a_module_the_browser_cannot_give_comes_from_the_kept_copy(
    offline_context: tuple[BrowserContext, PageWatch], server: SwitchServer, built_site: BuiltSite
) -> None:
    """Online, the service worker leaves Pyodide's two modules to the browser (its HTTP cache keeps V8's compiled
    code). Where the browser cannot give one (its copy gone, the network failing or answering with something else),
    the engine's worker asks for the runtime cache's copy, and the engine starts."""
    context, watch = offline_context
    page = context.new_page()
    visit_questionnaire(page, built_site.root, server)
    watch.expect_console_error(r"Failed to load resource|ERR_FAILED|pyodide")
    refused: list[str] = []

    def refuse(route: Route) -> None:
        refused.append(route.request.url)
        route.abort("failed")

    context.route(re.compile(r".*/pyodide(\.asm)?\.mjs$"), refuse)  # not the ?kept addresses
    server.log.clear()
    page.reload()
    expect_engine_ready(page)
    assert {u.rsplit("/", 1)[1] for u in refused} == {"pyodide.asm.mjs", "pyodide.mjs"}
    assert server.runtime_requests() == [], "the kept copies came from the runtime cache, not the server"
    answer(page, "failure_mode", "regressions")
    expect_lead(page, "process")


def test_guide_visit_caches_the_guide_and_the_steps_not_the_runtime(
    offline_context: tuple[BrowserContext, PageWatch], server: SwitchServer, built_site: BuiltSite
) -> None:
    """A visit to guide pages alone caches the guide, not Pyodide: no runtime file is asked or cached, and the
    guide's pages open offline. The questionnaire opened offline then cannot start its engine: the questionnaire
    without JavaScript it offers instead is kept too, and works."""
    context, watch = offline_context
    page = context.new_page()
    page.goto("")
    page.goto("sequencing/")
    guide, _ = manifest_urls(built_site.root, server)
    wait_cached(page, "scale-what-guide-", guide | step_urls(built_site.root, server))
    assert page.evaluate(CACHED, "scale-what-runtime") == []
    assert server.runtime_requests() == []
    context.set_offline(True)
    for path in [p for p in PAGES if p != "tool/"]:
        response = page.goto(path)
        assert response is not None, path
        expect(page.locator("h1").first).to_be_visible()
    assert server.runtime_requests() == []
    watch.expect_console_error(r"Failed to load resource|ERR_INTERNET_DISCONNECTED|net::ERR_FAILED")
    page.goto("tool/")
    problem = page.locator("#sw-engine-problem")
    expect(problem).to_be_visible(timeout=BOOT_TIMEOUT_MS)
    expect(problem).to_contain_text("could not be downloaded")
    expect(problem).not_to_contain_text("Failed to fetch")  # the browser's words go to the console
    problem.get_by_role("link", name="Answer one question at a time (no JavaScript needed)").click()
    expect(page).to_have_url(re.compile(r"/tool/steps/$"))
    page.get_by_role("link", name="Regressions / firefighting").click()
    expect(page.locator("h1").first).to_have_text(re.compile(r"Are enterprise deals blocked"))


def test_where_the_engine_cannot_run_the_steps_are_kept_offline(
    offline_context: tuple[BrowserContext, PageWatch], server: SwitchServer, built_site: BuiltSite
) -> None:
    """A browser without WebAssembly gets the questionnaire without JavaScript instead: the page asks the service
    worker to keep its pages, and they open offline, a question and a result alike."""
    context, _ = offline_context
    context.add_init_script("delete window.WebAssembly")
    page = context.new_page()
    page.goto("tool/")
    expect(page.locator("#sw-tool")).to_have_attribute("data-engine-stage", "failed")
    steps = step_urls(built_site.root, server)
    assert len(steps) > 10
    wait_cached(page, "scale-what-guide-", steps)
    context.set_offline(True)
    page.goto("tool/steps/")
    page.get_by_role("link", name="Outages / latency").click()
    expect(page).to_have_url(re.compile(r"/tool/steps/outages/$"))
    for path in sorted(steps):
        response = page.goto(path.removeprefix(server.url))
        assert response is not None, path
        assert response.status == 200, path
        expect(page.locator("h1").first).to_be_visible()


def test_with_save_data_the_questionnaire_keeps_no_steps(
    context: BrowserContext, watch: PageWatch, built_site: BuiltSite
) -> None:
    """With Save-Data the questionnaire does not start its engine as it loads (it starts once the reader answers), but
    its engine can run: the page does not ask for the questionnaire without JavaScript (~118 KB) to be kept. Should
    the reader leave without answering, for a guide page (Material's instant navigation), the engine was never
    downloaded: then they are kept, as after any guide page. (The session's server: instant navigation takes over
    only links to the address the site was built for.)"""
    context.add_init_script("Object.defineProperty(navigator, 'connection', { value: { saveData: true } })")
    page = context.new_page()
    follow_site_links(page)
    page.goto("tool/")
    found = service_worker.manifest(built_site.root)
    wait_cached(page, "scale-what-guide-", {built_site.url + u for u in found.guide})
    page.wait_for_timeout(1_500)  # a page's message to keep them is answered once the worker is active
    assert cached_steps(page) == []
    expect_instant_navigation(page)
    page.evaluate("window.__sameDocument = true")
    go_by_side_menu(page, "Sequencing", r"/sequencing/$")
    assert page.evaluate("window.__sameDocument") is True, "instant navigation fell back to a full reload"
    wait_cached(page, "scale-what-guide-", {built_site.url + u for u in found.steps})


def test_a_new_build_is_used_at_once(
    offline_context: tuple[BrowserContext, PageWatch], server: SwitchServer, built_site: BuiltSite, tmp_path: Path
) -> None:
    """Build A visited (engine, snapshot and runtime cached), then build B served at the same address: the next
    visit runs B's engine (booted plainly: A's snapshot is stale), the one after boots from B's snapshot, with B's
    runtime cached."""
    context, _ = offline_context
    page = context.new_page()
    visit_questionnaire(page, built_site.root, server)
    about = page.locator(".sw-about [data-about]")
    expect(about).to_contain_text(re.compile(r"version 0\.1\.0, on Python "))
    site_b = rebuilt_with_engine_version(built_site.root, tmp_path / "site-b", "0.1.0.post99")
    server.serve(site_b)
    page.goto("tool/")
    b_ready = re.compile(r"version 0\.1\.0\.post99, on Python ")
    expect(about).to_contain_text(b_ready, timeout=BOOT_TIMEOUT_MS)
    assert page.evaluate(BOOTED) == ["plain", "the kept snapshot was made by another Pyodide, runtime or engine"]
    wait_until(page, IS_KEPT, BOOT_TIMEOUT_MS)
    page.reload()
    expect(about).to_contain_text(b_ready, timeout=BOOT_TIMEOUT_MS)
    _, runtime_b = manifest_urls(site_b, server)
    wait_cached(page, "scale-what-runtime", runtime_b)


def readdressed(site: Path, dest: Path, old: str, new: str) -> Path:
    """A copy of ``site`` in ``dest`` built for the address ``new`` instead of ``old``: its pages' links and the
    sitemap Material's instant navigation follows (it takes over only links to pages the sitemap lists)."""
    shutil.copytree(site, dest)
    for file in (*dest.rglob("*.html"), dest / "sitemap.xml"):
        file.write_text(file.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    return dest


def test_a_new_build_met_by_instant_navigation_is_used_at_once(
    offline_context: tuple[BrowserContext, PageWatch], server: SwitchServer, built_site: BuiltSite, tmp_path: Path
) -> None:
    """A JavaScript review: a reader who keeps the tab open across a deploy and goes from a guide page back to the
    questionnaire by the site's own links (Material's instant navigation, no load) got the new build's page on the old
    build's engine, which stays for the tab's life. The page loads again instead, and runs the new engine."""
    site_a = readdressed(built_site.root, tmp_path / "site-a", built_site.url, server.url)
    server.serve(site_a)
    context, _ = offline_context
    page = context.new_page()
    follow_site_links(page)
    visit_questionnaire(page, site_a, server)
    answer(page, "failure_mode", "outages")
    expect_lead(page, "technical")
    expect_instant_navigation(page)
    page.evaluate("window.__sameDocument = true")
    go_by_side_menu(page, "Sequencing", r"/sequencing/$")
    assert page.evaluate("window.__sameDocument") is True, "instant navigation fell back to a full reload"
    server.serve(rebuilt_with_engine_version(site_a, tmp_path / "site-b", "0.1.0.post99"))
    go_by_side_menu(page, "The questionnaire", r"/tool/$")
    about = page.locator(".sw-about [data-about]")
    expect(about).to_contain_text(re.compile(r"version 0\.1\.0\.post99, on Python "), timeout=BOOT_TIMEOUT_MS)
    expect(page.locator("#sw-failure_mode-outages")).to_be_checked()  # the reader's answers came along
    expect_lead(page, "technical")


def build_sizes(site: Path, server: SwitchServer) -> dict[str, int]:
    """Every runtime file's absolute URL with the length of the file the build wrote."""
    return {
        server.url + url: (site / url.split("?")[0]).stat().st_size for url in service_worker.manifest(site).runtime
    }


def expect_kept_whole_and_offline(page: Page, site: Path, server: SwitchServer) -> None:
    """The runtime cache holds every runtime file with the build's length, and the questionnaire then works offline."""
    _, runtime = manifest_urls(site, server)
    wait_cached(page, "scale-what-runtime", runtime)
    assert page.evaluate(CACHED_SIZES) == build_sizes(site, server)
    page.context.set_offline(True)
    page.reload()
    expect_engine_ready(page)
    answer(page, "failure_mode", "outages")
    expect_lead(page, "technical")


def test_a_captive_portals_page_is_never_kept_as_the_sites(
    offline_context: tuple[BrowserContext, PageWatch], server: SwitchServer
) -> None:
    """An attack review: a captive portal answering the questionnaire's address with its own 200 login page was kept
    in its place, and shown offline (fetching its logo from another host). The service worker keeps only pages that
    carry the site's mark: offline, the questionnaire kept before is the one shown."""
    context, _ = offline_context
    page = context.new_page()
    page.goto("")
    wait_until(page, CONTROLLED, BOOT_TIMEOUT_MS)
    page.goto("tool/")
    expect(page.locator("h1").first).to_contain_text("The questionnaire")
    # Its own icon: the browser would ask the site's server for /favicon.ico, which answers 404.
    portal = '<!doctype html><link rel="icon" href="data:,"><title>Hotel WiFi</title><h1>Hotel WiFi login</h1>'
    context.route(server.url + "tool/", lambda route: route.fulfill(status=200, content_type="text/html", body=portal))
    page.goto("tool/")
    expect(page.locator("h1")).to_have_text("Hotel WiFi login")
    context.unroute(server.url + "tool/")
    context.set_offline(True)
    page.goto("tool/")
    expect(page.locator("h1").first).to_contain_text("The questionnaire")


def test_a_runtime_file_cut_short_is_never_cached(
    offline_context: tuple[BrowserContext, PageWatch], server: SwitchServer, built_site: BuiltSite
) -> None:
    """The service worker in control, the WebAssembly runtime answers 200 but cut to half its size (a proxy cutting
    it short): the page gets it and names the damage, and the runtime cache keeps nothing of it; the next visit, the
    network whole again, boots, the cache then holds the build's bytes and the questionnaire works offline."""
    context, watch = offline_context
    watch.expect_console_error(r"WebAssembly|wasm|Aborted|CompileError")
    page = context.new_page()
    page.goto("")
    wait_until(page, CONTROLLED, BOOT_TIMEOUT_MS)
    context.route(WASM, lambda route: fulfil_changed(route, lambda body: body[: len(body) // 2]))
    page.goto("tool/")
    expect(page.locator("#sw-tool")).to_have_attribute("data-engine-failure", "damaged", timeout=BOOT_TIMEOUT_MS)
    assert server.url + f"{built_site.runtime}/pyodide.asm.wasm" not in page.evaluate(CACHED, "scale-what-runtime")
    context.unroute(WASM)
    page.reload()
    expect_engine_ready(page)
    expect_kept_whole_and_offline(page, built_site.root, server)


def test_a_runtime_file_changed_on_a_first_visit_is_never_kept(
    offline_context: tuple[BrowserContext, PageWatch], server: SwitchServer, built_site: BuiltSite
) -> None:
    """A first visit whose pyodide-lock.json answers 200 with a changed body (still JSON: the engine starts): the
    runtime is kept for the service worker, that file excepted; the next visit fetches the build's copy, the cache
    then holds the build's bytes and the questionnaire works offline."""
    context, _ = offline_context
    context.route(LOCK, lambda route: fulfil_changed(route, lambda body: body + b"\n"))
    page = context.new_page()
    said: list[str] = []
    page.on("worker", lambda worker: worker.on("console", lambda message: said.append(message.text)))
    page.goto("tool/")
    expect_engine_ready(page)
    assert page.evaluate(BOOTED) == ["plain", "no snapshot kept"]
    wait_until(page, IS_KEPT, BOOT_TIMEOUT_MS)  # a plain boot keeps the runtime, then the snapshot
    _, runtime = manifest_urls(built_site.root, server)
    lock = server.url + f"{built_site.runtime}/pyodide-lock.json"
    wait_cached(page, "scale-what-runtime", runtime - {lock})
    assert lock not in page.evaluate(CACHED, "scale-what-runtime")
    # The engine's worker compared what it read with the build's list (whether or not the service worker saw it).
    size = service_worker.manifest(built_site.root).check[f"{built_site.runtime}/pyodide-lock.json"].size
    why = f"{size + 1} bytes instead of {size}"
    assert [t for t in said if t.startswith("[engine] not kept")] == [
        f"[engine] not kept for offline use: {lock} is not the file this build made ({why})"
    ]
    context.unroute(LOCK)
    page.reload()
    expect_engine_ready(page)
    expect_kept_whole_and_offline(page, built_site.root, server)


def cut_kept_copy_in_half(page: Page, url: str) -> None:
    """Damage the runtime cache's copy of ``url`` as a disk might: cut to half its length, its headers kept."""
    page.evaluate(
        """async (url) => {
          const cache = await caches.open("scale-what-runtime");
          const kept = await cache.match(url);
          const bytes = await kept.arrayBuffer();
          await cache.put(url, new Response(bytes.slice(0, bytes.byteLength / 2), { headers: kept.headers }));
        }""",
        url,
    )


def expect_damaged_then_mended_by_try_again(page: Page) -> None:
    """The engine fails as damaged on this visit and the next; "Try again" boots it, and so does the visit after."""
    expect(page.locator("#sw-tool")).to_have_attribute("data-engine-failure", "damaged", timeout=BOOT_TIMEOUT_MS)
    page.reload()  # a new visit finds the same damaged copy: nothing of it was thrown away
    expect(page.locator("#sw-tool")).to_have_attribute("data-engine-failure", "damaged", timeout=BOOT_TIMEOUT_MS)
    page.get_by_role("button", name="Try again").click()
    expect_engine_ready(page)
    answer(page, "failure_mode", "outages")
    expect_lead(page, "technical")
    page.reload()
    expect_engine_ready(page)


@pytest.mark.parametrize("name", ["pyodide.asm.wasm", "python_stdlib.zip"])
def test_a_runtime_file_damaged_in_the_http_cache_is_mended_by_try_again(
    cached_context: tuple[BrowserContext, PageWatch], server: SwitchServer, built_site: BuiltSite, name: str
) -> None:
    """An attack review: a runtime file answered 200 but cut to half its length (a proxy, or a site copied while it
    was read) stays in the browser's HTTP cache at its year-long immutable address. The service worker keeps none of
    it, but every later visit, and "Try again", read the browser's copy and failed the same way. "Try again" now asks
    the server past every cache, and the visits after it boot."""
    context, watch = cached_context
    watch.expect_console_error(r"WebAssembly|wasm|Aborted|CompileError|zip|damaged|Failed to load resource")
    page = context.new_page()
    page.goto("")
    wait_until(page, CONTROLLED, BOOT_TIMEOUT_MS)
    server.damage_once(f"/{built_site.runtime}/{name}")
    page.goto("tool/")
    expect_damaged_then_mended_by_try_again(page)


def test_a_runtime_file_damaged_in_the_runtime_cache_is_mended_by_try_again(
    offline_context: tuple[BrowserContext, PageWatch], server: SwitchServer, built_site: BuiltSite
) -> None:
    """An attack review: a copy in the service worker's runtime cache damaged on the disk (cut to half) was read on
    every visit, "Try again" included, since copies are checked only on their way in. "Try again" now asks the
    server's copy past it (cache: "reload"), which the service worker serves and keeps in its place."""
    context, watch = offline_context
    watch.expect_console_error(r"WebAssembly|wasm|Aborted|CompileError|Failed to load resource")
    page = context.new_page()
    page.goto("tool/")
    expect_engine_ready(page)
    wasm = server.url + f"{built_site.runtime}/pyodide.asm.wasm"
    wait_cached(page, "scale-what-runtime", {wasm})
    cut_kept_copy_in_half(page, wasm)
    page.reload()
    expect_damaged_then_mended_by_try_again(page)


def test_a_runtime_file_damaged_in_the_runtime_cache_is_mended_on_a_page_no_service_worker_controls(
    offline_context: tuple[BrowserContext, PageWatch], server: SwitchServer, built_site: BuiltSite
) -> None:
    """A diff review: on a page no service worker controls (a hard reload, or service workers blocked), the engine
    compiles the runtime kept in the runtime cache itself, and "Try again" downloads it afresh from the server; but
    keeping the runtime skipped a file already kept, so the damaged copy stayed and every later visit failed again.
    A worker starting afresh keeps the server's copy in its place."""
    context, watch = offline_context
    watch.expect_console_error(r"WebAssembly|wasm|Aborted|CompileError|Failed to load resource")
    page = context.new_page()
    page.goto("tool/")
    expect_engine_ready(page)
    wasm = server.url + f"{built_site.runtime}/pyodide.asm.wasm"
    wait_cached(page, "scale-what-runtime", {wasm})
    # From here on no service worker controls the page: the one registered goes, and none may register again.
    context.add_init_script(
        "ServiceWorkerContainer.prototype.register = () => Promise.reject(new Error('blocked by the test'));"
    )
    page.evaluate(
        "async () => { for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister(); }"
    )
    cut_kept_copy_in_half(page, wasm)
    page.reload()
    assert page.evaluate("navigator.serviceWorker.controller") is None
    expect_damaged_then_mended_by_try_again(page)
    assert page.evaluate("navigator.serviceWorker.controller") is None
    size = (built_site.root / built_site.runtime / "pyodide.asm.wasm").stat().st_size
    kept = page.evaluate(
        "async (url) => (await (await (await caches.open('scale-what-runtime')).match(url)).arrayBuffer()).byteLength",
        wasm,
    )
    assert kept == size, "the runtime cache holds the build's file again"


def test_offline_a_plain_boot_still_keeps_its_snapshot(
    offline_context: tuple[BrowserContext, PageWatch], server: SwitchServer, built_site: BuiltSite
) -> None:
    """A diff review: the wheel's check before a snapshot is kept reads the build's list, which no cache holds, so
    offline a plain boot (the kept snapshot gone) kept none, and every offline visit after booted plainly. A wheel
    read from the runtime cache was checked on its way in: its snapshot is kept."""
    context, _ = offline_context
    page = context.new_page()
    page.goto("tool/")
    expect_engine_ready(page)
    wait_until(page, IS_KEPT, BOOT_TIMEOUT_MS)
    _, runtime = manifest_urls(built_site.root, server)
    wait_cached(page, "scale-what-runtime", runtime)
    page.evaluate(SPOIL, [SNAPSHOT_FOLDER, "half-written", NOT_A_SNAPSHOT_CHECKSUM])
    context.set_offline(True)
    page.reload()
    expect_engine_ready(page)
    assert page.evaluate(BOOTED) == ["plain", "no snapshot kept"]
    wait_until(page, IS_KEPT, BOOT_TIMEOUT_MS)
    page.reload()
    expect_engine_ready(page)
    assert page.evaluate(BOOTED) == ["snapshot", "kept snapshot"]


def served_page(page: Page) -> bool:
    """Whether the dev server answers the home page yet."""
    try:
        response = page.goto("")
    except PlaywrightError:  # connection refused while mkdocs builds
        return False
    return response is not None and response.ok


def test_dev_server_keeps_no_service_worker(browser: Browser, tmp_path: Path) -> None:
    """Under `mkdocs serve` no service worker is registered, and one left by a built site served earlier on the same
    address is removed, so live reload sees every edit."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    env = {**os.environ, "SITE_URL": url, "NO_MKDOCS_2_WARNING": "1"}
    log = tmp_path / "serve.log"
    with log.open("w") as log_file:
        served = subprocess.Popen(
            [str(Path(sys.executable).with_name("mkdocs")), "serve", "--no-strict", "--dev-addr", f"127.0.0.1:{port}"],
            cwd=ROOT,
            env=env,
            stdout=log_file,
            stderr=subprocess.STDOUT,
        )
    context = browser.new_context(base_url=url)
    watch = watch_context(context, url.rstrip("/"))
    context.on("page", lambda page: watch_page(page, watch))
    try:
        page = context.new_page()
        deadline = time.monotonic() + 120
        while not served_page(page):
            assert served.poll() is None, log.read_text()[-3000:]
            assert time.monotonic() < deadline, log.read_text()[-3000:]
            time.sleep(1)
        assert page.evaluate("typeof livereload") == "function"
        # Live reload keeps a request open (never "networkidle"): the page's modules have run by "load"; a
        # registration would show within moments.
        page.wait_for_load_state("load")
        page.wait_for_timeout(2000)
        assert page.evaluate("async () => (await navigator.serviceWorker.getRegistrations()).length") == 0
        # A registration a built site left on this address (the same sw.js is in the served site).
        page.evaluate(
            "async () => { await navigator.serviceWorker.register('/sw.js'); await navigator.serviceWorker.ready; }"
        )
        page.reload()
        wait_until(page, "async () => (await navigator.serviceWorker.getRegistrations()).length === 0", 10_000)
    finally:
        context.close()
        served.terminate()
        served.wait(timeout=20)
    watch.assert_clean()


def test_under_a_strict_content_security_policy(browser: Browser, built_site: BuiltSite) -> None:
    """Every response under a strict policy (scripts from the site only, WebAssembly allowed, the remaining inline
    scripts by their hashes, workers from the site only): the engine starts, the service worker installs and
    caches the runtime, a return visit boots from the snapshot, and the guide opens offline; no violation."""
    policy = "; ".join(
        [
            "default-src 'self'",
            f"script-src 'self' 'wasm-unsafe-eval' {' '.join(inline_script_hashes(built_site.root))}",
            "worker-src 'self'",
            "connect-src 'self'",
            "img-src 'self' data:",
            "style-src 'self' 'unsafe-inline'",  # Material sets style attributes from its scripts
            "object-src 'none'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
            "form-action 'none'",
        ]
    )
    with switch_server(built_site.root, policy) as server:
        context = browser.new_context(base_url=server.url)
        watch = watch_context(context, server.url.rstrip("/"))
        context.on("page", lambda page: watch_page(page, watch))
        try:
            page = context.new_page()
            visit_questionnaire(page, built_site.root, server)
            assert page.evaluate(BOOTED) == ["plain", "no snapshot kept"]
            page.reload()
            expect_engine_ready(page)
            assert page.evaluate(BOOTED) == ["snapshot", "kept snapshot"]
            context.set_offline(True)
            page.goto("technical/")
            expect(page.locator("h1").first).to_contain_text("Technical scaling")
        finally:
            context.close()
        watch.assert_clean()
