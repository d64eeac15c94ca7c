"""Browser helpers: the watch that enforces the project's rule for browser tests, and reader actions.

The `watch` fixture (tests/browser/conftest.py) uses PageWatch for every test's context; a test that opens a
context of its own calls watch_context and watch_page.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from playwright.sync_api import Browser, BrowserContext, ConsoleMessage, Dialog, Page, Request, Route, expect
from playwright.sync_api import Error as PlaywrightError

from decision_engine import MAX_COMPLAINTS, Recommendation, ScalingType, recommend
from decision_engine.report import Section, result_sections
from tests.support.polling import wait_for
from tests.support.site import BuiltSite
from tests.support.views import PHONE, Scheme

#: How long a test waits for the engine (Pyodide boot in a worker, cold cache) before it fails.
BOOT_TIMEOUT_MS = 60_000
#: The engine's worker script: one bundle named by its hash (scale_what_build.page_bundle).
ENGINE_WORKER = re.compile(r"/assets/javascripts/engine-worker\.[0-9a-f]{8}\.min\.js$")
# The engine's wheel, at its address with the build's ?v= hash.
WHEEL = re.compile(r".*/decision_engine-[^/]+-py3-none-any\.whl(\?.*)?$")


#: How the engine booted ("snapshot" or "plain") and why ("kept snapshot", "no snapshot kept", "the kept snapshot
#: was damaged" ...), as the engine client marks it; null before it has.
BOOTED = (
    "() => { const d = performance.getEntriesByName('engine-booted')[0]?.detail; return d ? [d.boot, d.why] : null }"
)


@dataclass
class PageWatch:
    """What a page did that the project's rule forbids, collected while the test runs."""

    origin: str
    foreign_requests: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    expected_console_errors: list[re.Pattern[str]] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    csp_violations: list[str] = field(default_factory=list)
    expected_csp_violations: list[re.Pattern[str]] = field(default_factory=list)

    def expect_csp_violation(self, pattern: str) -> None:
        """Allow Content-Security-Policy refusals matching ``pattern`` (only for a test that serves a policy built to
        refuse something, to prove the page reports it)."""
        self.expected_csp_violations.append(re.compile(pattern))

    def expect_console_error(self, pattern: str) -> None:
        """Allow console errors matching ``pattern`` (a regular expression) in this test."""
        self.expected_console_errors.append(re.compile(pattern))

    def on_request(self, request: Request) -> None:
        self.requests.append(request.url)

    def on_console(self, message: ConsoleMessage) -> None:
        """A page's or its workers' console message (the site's service worker's arrive once, through the context:
        on_service_worker_console)."""
        if from_service_worker(message):
            return
        if CSP_VIOLATION.search(message.text):
            self.csp_violations.append(message.text)
        elif message.type == "error":
            self.console_errors.append(message.text)

    def on_service_worker_console(self, message: ConsoleMessage) -> None:
        """A console message of the context's: only the site's service worker's are recorded here, as a page's."""
        if from_service_worker(message) and message.type == "error":
            self.console_errors.append(message.text)

    def unexpected_console_errors(self) -> list[str]:
        return [e for e in self.console_errors if not any(p.search(e) for p in self.expected_console_errors)]

    def assert_clean(self) -> None:
        """No request to another host, no uncaught page error, no unexpected console error, no CSP violation."""
        assert self.foreign_requests == [], "requests to other hosts"
        violations = [v for v in self.csp_violations if not any(p.search(v) for p in self.expected_csp_violations)]
        assert not violations, f"Content-Security-Policy violations: {violations}"
        assert self.page_errors == [], "uncaught page errors"
        assert self.unexpected_console_errors() == [], "unexpected console errors"


#: What Chromium logs when the Content-Security-Policy refuses something ("Refused to execute inline script because
#: it violates ..."), and what SECURITY_POLICY_WATCH logs for a `securitypolicyviolation` event. Never allowed by
#: expect_console_error: every page and the engine's worker run under the site's policy (site_server.py).
CSP_VIOLATION = re.compile(r"Refused to |Content Security Policy|securitypolicyviolation")

#: Installed in every page before its scripts: a violation the console might not show is logged all the same.
SECURITY_POLICY_WATCH = """
document.addEventListener("securitypolicyviolation", (event) => {
  console.error(`securitypolicyviolation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"}`);
});
"""


def is_own(url: str, origin: str) -> bool:
    """Whether ``url`` is the site's own (its origin, or data:, blob:, about:)."""
    parts = urlsplit(url)
    if parts.scheme in {"data", "blob", "about"}:
        return True
    return f"{parts.scheme}://{parts.netloc}" == origin


def watch_context(context: BrowserContext, origin: str, *, block: bool = True) -> PageWatch:
    """Record every request of ``context`` and block (and record) those to other hosts. With ``block`` false they
    are recorded only: Playwright turns the browser's HTTP cache off while a context routes requests, and a test of
    what a return visit takes from that cache needs it on."""
    watch = PageWatch(origin=origin)
    watch_requests(context, lambda: watch, block=block)
    return watch


def from_service_worker(message: ConsoleMessage) -> bool:
    """Whether ``message`` was logged by the site's service worker (sw.js, at the site's root)."""
    return message.worker is not None and urlsplit(message.worker.url).path.endswith("/sw.js")


def watch_requests(context: BrowserContext, current: Callable[[], PageWatch], *, block: bool = True) -> None:
    """Record every request of ``context`` in the watch ``current()`` gives at the time (one per test; a context
    shared by tests changes it), block those to other hosts (unless ``block`` is false, see watch_context), install
    SECURITY_POLICY_WATCH in its pages, and record the service worker's console errors. Playwright sends a service
    worker's console only to a context that listens for console messages (then to the pages in its scope as well):
    a page's watch alone missed them."""

    def route(route: Route) -> None:
        watch = current()
        if is_own(route.request.url, watch.origin):
            route.fallback()
        else:
            watch.foreign_requests.append(route.request.url)
            route.abort("blockedbyclient")

    def record(request: Request) -> None:
        watch = current()
        if not block and not is_own(request.url, watch.origin):
            watch.foreign_requests.append(request.url)
        watch.on_request(request)

    if block:
        context.route("**/*", route)
    context.on("request", record)
    context.on("console", lambda message: current().on_service_worker_console(message))
    context.add_init_script(SECURITY_POLICY_WATCH)


def watch_page(page: Page, watch: PageWatch) -> None:
    """Record ``page``'s console errors (its workers' too) and uncaught errors in ``watch``."""
    page.on("console", watch.on_console)
    page.on("worker", lambda worker: worker.on("console", watch.on_console))
    page.on("pageerror", lambda error: watch.page_errors.append(str(error)))


#: Installed in a page by follow_site_links: notes when Material has parsed the site's sitemap. Its instant navigation
#: takes over a click only on a link to a page in that sitemap, which it asks for (XMLHttpRequest) after the page's
#: scripts run and which does not hold the load event: a click before it has arrived is an ordinary page load, as it
#: would be for a reader. The note is set in the task that hands the sitemap to the click handler.
SITEMAP_WATCH = """
{
  const parse = DOMParser.prototype.parseFromString;
  DOMParser.prototype.parseFromString = function (text, type) {
    const parsed = parse.call(this, text, type);
    if (type === "text/xml" && parsed.querySelector("urlset") !== null) window.__sitemapParsed = true;
    return parsed;
  };
}
"""


# Every text the engine's status line shows, in order, from the page's first mutation on.
STATUS_WORDS = """new MutationObserver(() => {
  const text = document.getElementById("sw-engine-status")?.textContent;
  const said = (window.__statusWords ??= []);
  if (text && said[said.length - 1] !== text) said.push(text);
}).observe(document, { childList: true, subtree: true, characterData: true });"""


def slow_network(page: Page, megabits: float) -> None:
    """Throttle ``page``'s network (its workers' too) to ``megabits`` per second, so a download lasts long enough for
    the page to report its progress (on localhost it can end before the first report, 100 ms in)."""
    session = page.context.new_cdp_session(page)
    session.send("Network.enable")
    per_second = megabits * 1_000_000 / 8
    session.send(
        "Network.emulateNetworkConditions",
        {"offline": False, "latency": 0, "downloadThroughput": per_second, "uploadThroughput": per_second},
    )


def follow_site_links(page: Page) -> None:
    """Before the page's first navigation: let the test wait (expect_instant_navigation) for Material's own links."""
    page.add_init_script(SITEMAP_WATCH)


def expect_instant_navigation(page: Page) -> None:
    """Wait until a click on one of the site's links is Material's instant navigation (needs follow_site_links)."""
    page.wait_for_function("() => window.__sitemapParsed === true", timeout=BOOT_TIMEOUT_MS)


#: How long a click on the side menu may take to change the address: Material's instant navigation fetches the page
#: first, and under a fresh-clone CI's load (two browser workers on two cores) that once took over the 5 s default.
SIDE_MENU_TIMEOUT_MS = 20_000


def go_by_side_menu(page: Page, link: str, lands_on: str) -> None:
    """Click the side menu's link named ``link`` and wait until the address matches the pattern ``lands_on``."""
    page.locator("nav.md-nav--primary").get_by_role("link", name=link).click()
    expect(page).to_have_url(re.compile(lands_on), timeout=SIDE_MENU_TIMEOUT_MS)


def expect_engine_ready(page: Page) -> None:
    """Wait until the questionnaire says its engine is ready (fails after BOOT_TIMEOUT_MS)."""
    expect(page.locator("#sw-tool")).to_have_attribute("data-engine-stage", "ready", timeout=BOOT_TIMEOUT_MS)


def open_tool(page: Page, *, wait_ready: bool = True) -> None:
    """Open the questionnaire and, unless ``wait_ready`` is false, wait until the engine is ready."""
    page.goto("tool/")
    if wait_ready:
        expect_engine_ready(page)


def dismissed_dialogs(page: Page) -> list[str]:
    """From now on, every dialog the page opens is dismissed (a beforeunload's: the page stays), its type recorded."""
    opened: list[str] = []

    def dismiss(dialog: Dialog) -> None:
        opened.append(dialog.type)
        dialog.dismiss()

    page.on("dialog", dismiss)
    return opened


def expect_close_asks_first(page: Page, dialogs: list[str]) -> None:
    """Closing the page as a reader does makes the browser ask first (one more beforeunload in ``dialogs``, which
    ``dismissed_dialogs`` records): dismissed, the page stays."""
    before = len(dialogs)
    page.close(run_before_unload=True)
    wait_for(page, lambda: len(dialogs) > before, "the browser asking before the page closes")
    assert dialogs[before:] == ["beforeunload"]
    assert not page.is_closed()


def answer(page: Page, question: str, option: str) -> None:
    """Choose an option the way a reader does: by clicking its label."""
    page.locator(f'label[for="sw-{question}-{option}"]').click()


def fill_every_complaint(page: Page, text: str) -> None:
    """Write ``text`` in every complaint box, the way a reader pastes it."""
    for box in range(1, MAX_COMPLAINTS + 1):
        page.fill(f"#sw-complaint-{box}", text)


def come_back(page: Page) -> None:
    """The page loaded again at its top, as a reader who comes back finds it (a plain reload would bring back the
    scroll the page had)."""
    page.evaluate("scrollTo(0, 0)")
    page.reload()


def answer_and_come_back(page: Page) -> None:
    """A reader who answered and comes back: the questionnaire opened, weekly regressions named, one complaint read
    as process scaling, then the page loaded again (the answers restored from this browser; the lead is process)."""
    open_tool(page)
    answer(page, "failure_mode", "regressions")
    answer(page, "freq_regressions", "weekly")
    page.fill("#sw-complaint-1", "flaky tests block every merge")
    page.select_option("#sw-override-1", "process")
    come_back(page)


def expect_lead(page: Page, lead: ScalingType | str) -> None:
    """The result shows a recommendation whose lead is ``lead``."""
    expect(page.locator("#sw-tool")).to_have_attribute("data-lead", ScalingType(lead).value, timeout=BOOT_TIMEOUT_MS)


# The result's sections whose every sentence the page says once: the opening (headline, confidence line and its
# reasons), the sequence, the flags, and what would change the lead.
SAID_ONCE = ("", "The sequence", "Flags", "What would change the lead")


def result_sentences(sections: tuple[Section, ...]) -> list[str]:
    """Every paragraph and item of the sections the page says once, in order."""
    said = [s for s in sections if s.heading in SAID_ONCE]
    assert [s.heading for s in said][:2] == ["", "The sequence"], "result_sections changed shape"
    return [text for s in said for text in (*s.paragraphs, *s.items)]


def expect_result(
    page: Page, answers: dict[str, str], complaints: tuple[str, ...] = (), overrides: dict[int, str] | None = None
) -> Recommendation:
    """The result drawn is the engine's for exactly these answers and complaints: its lead, confidence, every
    sentence it says once and its under-invested verdict, each waited for. An earlier answer's reply can share the
    lead, the headline and the confidence, so waiting on those alone and then reading the page once reads it
    early. Returns the recommendation."""
    rec = recommend(answers, complaints, overrides)
    expect_lead(page, rec.lead)
    expect(page.locator("#sw-tool")).to_have_attribute("data-confidence", rec.confidence.level)
    result = page.locator("#sw-result")
    for sentence in result_sentences(result_sections(rec)):
        expect(result).to_contain_text(sentence)
    expect(page.locator("#sw-result-under-invested")).to_contain_text(rec.under_invested.text)
    return rec


def fulfil_changed(route: Route, change: Callable[[bytes], bytes], headers: dict[str, str] | None = None) -> None:
    """Answer with the real response's body changed (status and headers kept unless ``headers`` is given); nothing
    when the page dropped the request meanwhile (the engine's worker is stopped as soon as a failure is named)."""
    try:
        response = route.fetch()
        route.fulfill(response=response, body=change(response.body()), headers=headers or response.headers)
    except PlaywrightError as error:
        if "disposed" not in str(error) and "closed" not in str(error):
            raise


@contextmanager
def phone_page(browser: Browser, site: BuiltSite, scheme: Scheme = "light") -> Iterator[Page]:
    """A page in a phone's browser (375 px, touch, a mobile viewport), watched under the project's rule: the rule's
    assertions run when the block ends without an error."""
    context = browser.new_context(
        base_url=site.url, viewport=PHONE, has_touch=True, is_mobile=True, color_scheme=scheme
    )
    watch = watch_context(context, site.origin)
    page = context.new_page()
    watch_page(page, watch)
    try:
        yield page
    finally:
        context.close()
    watch.assert_clean()


# Material's search: the pages and links it lists, and what its summary line says while empty and once done.
RESULT_PAGES = """() => [...new Set(
  [...document.querySelectorAll(".md-search-result__item > .md-search-result__link")]
    .map(a => new URL(a.href).pathname)
)]"""
# Every result link, sections included, as path and anchor.
RESULT_LINKS = """() => [...document.querySelectorAll(".md-search-result__link")]
  .map(a => new URL(a.href).pathname + new URL(a.href).hash)"""

PLACEHOLDER = "Type to start searching"
SEARCH_DONE = re.compile(r"^(\d+ matching documents?|No matching documents)$")


def search_for(page: Page, term: str, links: list[str] | None = None) -> list[str]:
    """Open the search with "/", replace the query with ``term``; the result pages in ranked order.
    Every result link (sections included) is appended to ``links`` when given."""
    query = page.locator("input.md-search__input")
    meta = page.locator(".md-search-result__meta")
    page.keyboard.press("/")
    expect(query).to_be_focused()
    # Material searches on keyup. Clear first and wait for the empty state, so that no list left
    # from the previous term can be mistaken for this one's.
    query.press("Control+A")
    query.press("Backspace")
    expect(meta).to_have_text(PLACEHOLDER)
    # The whole term, then one keyup: exactly one search runs, so the next list shown is this term's.
    query.fill(term)
    query.press("End")
    expect(meta).to_have_text(SEARCH_DONE, timeout=15_000)
    pages: list[str] = page.evaluate(RESULT_PAGES)
    if links is not None:
        links.extend(page.evaluate(RESULT_LINKS))
    page.keyboard.press("Escape")
    return pages
