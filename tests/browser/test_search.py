"""The site's search (Material's lunr index in a web worker) finds each of the guide's fifteen example terms
on the page of the scaling type it belongs to, and lists a guide page first for the terms readers look up
("SSO", "SLO", "audit log"), driven through the search box as a reader would. The generated complaint
vocabulary of "How the tool decides" is left out of the index, so it never crowds the guide out."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import unquote, urlsplit

import pytest
from playwright.sync_api import Browser, Page, Request, Route, expect

from tests.support.browser import (
    BOOT_TIMEOUT_MS,
    SEARCH_DONE,
    PageWatch,
    expect_engine_ready,
    expect_instant_navigation,
    follow_site_links,
    phone_page,
    search_for,
)
from tests.support.polling import wait_for, wait_until
from tests.support.site import BuiltSite

pytestmark = pytest.mark.browser

# The fifteen examples of the guidance, each with the page of its type.
EXAMPLES = {
    "caching": "/technical/",
    "indexing": "/technical/",
    "queueing": "/technical/",
    "retries": "/technical/",
    "cost optimisation": "/technical/",
    "release trains": "/process/",
    "quality gates": "/process/",
    "on-call": "/process/",
    "runbooks": "/process/",
    "postmortems": "/process/",
    "RBAC": "/user/",
    "audit logs": "/user/",
    "governance": "/user/",
    "templates": "/user/",
    "admin controls": "/user/",
}
# The glossary's short definition of a term may rank above the type page; no other page may.
GLOSSARY = "/glossary/"
# The guide's own pages (not the tool's pages, nor the About section).
GUIDE_PAGES = {
    "/",
    "/technical/",
    "/process/",
    "/user/",
    "/sequencing/",
    "/prioritising/",
    "/exercise/",
    "/takeaways/",
    GLOSSARY,
}
# Terms a reader looks up that the complaint vocabulary also lists.
LOOKUPS = ("SSO", "SLO", "audit log")

# When the page asked for Material's search worker (its index is built there), from its resource timing.
SEARCH_WORKER_ASKED = """() => performance.getEntriesByType("resource")
  .find(entry => /\\/assets\\/javascripts\\/workers\\/search\\./.test(entry.name))?.startTime ?? null"""
VOCABULARY = re.compile(r"#(complaint-vocabulary|vocabulary-)")
# What the reader types into the search box, and its words as they could show up in an address.
SEARCHED = "enterprise deals blocked"
SEARCHED_WORDS = re.compile(r"enterprise|deals|blocked", re.IGNORECASE)


def test_search_finds_each_example_on_its_type_page(page: Page, watch: PageWatch) -> None:
    """For each example term, the top result other than the glossary is the page of the term's type, and no
    result points into the generated complaint vocabulary."""
    page.goto("")
    found: dict[str, str | None] = {}
    links: list[str] = []
    for term in EXAMPLES:
        pages = search_for(page, term, links)
        found[term] = next((p for p in pages if p != GLOSSARY), None)
    assert found == EXAMPLES
    assert links
    assert [link for link in links if VOCABULARY.search(link)] == []


def test_search_lists_a_guide_page_first_for_lookups(page: Page, watch: PageWatch) -> None:
    """ "SSO", "SLO" and "audit log" list guide pages first (the first two results are guide pages), and no
    result points into the generated complaint vocabulary."""
    page.goto("")
    first_two: dict[str, list[str]] = {}
    links: list[str] = []
    for term in LOOKUPS:
        first_two[term] = search_for(page, term, links)[:2]
    assert {term: len(pages) for term, pages in first_two.items()} == dict.fromkeys(LOOKUPS, 2)
    assert {term: [p for p in pages if p not in GUIDE_PAGES] for term, pages in first_two.items()} == {
        term: [] for term in LOOKUPS
    }
    assert [link for link in links if VOCABULARY.search(link)] == []


def _carrying_words(urls: list[str], site: BuiltSite) -> list[str]:
    """The addresses that carry one of SEARCHED's words: in a query or a fragment, or in a path that is none of the
    built site's own files (the site has pages named for the blocked deals, which the service worker may keep
    for offline use while the test runs: they carry nothing the reader typed)."""
    carrying = []
    base = urlsplit(site.url)
    for url in urls:
        parts = urlsplit(url)
        site_file = site.root / unquote(parts.path).removeprefix(base.path)
        own = parts.netloc == base.netloc and (site_file.is_file() or (site_file / "index.html").is_file())
        if SEARCHED_WORDS.search(parts.query + parts.fragment) or (SEARCHED_WORDS.search(parts.path) and not own):
            carrying.append(url)
    return carrying


def test_search_words_stay_in_the_browser(page: Page, watch: PageWatch, built_site: BuiltSite) -> None:
    """An attack review: the theme's search highlighting put the reader's search words into the address of the hit
    they followed (?h=...), so into the request for that page and into the service worker's cache. Following a hit
    now asks for the page by its address alone, and no request carries the words."""
    follow_site_links(page)
    page.goto("privacy/")
    expect_instant_navigation(page)
    page.keyboard.press("/")
    query = page.locator("input.md-search__input")
    query.fill(SEARCHED)
    query.press("End")  # Material searches on keyup
    expect(page.locator(".md-search-result__meta")).to_have_text(SEARCH_DONE, timeout=15_000)
    hit = page.locator(".md-search-result__link").first
    expect(hit).not_to_have_attribute("href", re.compile(r"\?"))
    hit.click()
    expect(page).not_to_have_url(re.compile(r"/privacy/"))
    expect(page.locator(".md-content h1")).to_be_visible()
    assert _carrying_words(watch.requests, built_site) == []
    assert "?" not in page.url
    # A page's address with a query (a link someone tagged) is the same page: kept by its address alone, if at all.
    wait_until(page, "() => navigator.serviceWorker.controller !== null", BOOT_TIMEOUT_MS)
    page.goto("sequencing/?q=enterprise+deals")
    expect(page.locator(".md-content h1")).to_be_visible()
    page.wait_for_timeout(500)  # the service worker's copy, if it made one, is in its cache
    kept = page.evaluate("""async () => {
      const urls = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
      }
      return urls;
    }""")
    assert [url for url in kept if "enterprise" in url] == []


def test_words_typed_into_the_closed_search_box_are_never_sent(page: Page, watch: PageWatch) -> None:
    """An attack review: after a hit followed with Enter, the focus stayed in the closed search box, and Enter there
    sent what was typed as a form (GET ?query=...), which the Content-Security-Policy refused with a console error
    (a host without that header would have sent it). The search form is never sent; nothing is asked with the words."""
    page.goto("")
    page.keyboard.press("s")
    query = page.locator("input.md-search__input")
    expect(query).to_be_focused()
    page.keyboard.type("glossary")
    expect(page.locator(".md-search-result__meta")).to_have_text(SEARCH_DONE, timeout=15_000)
    page.keyboard.press("Enter")  # Material follows the first hit
    expect(page).to_have_url(re.compile(r"/glossary/"))
    page.keyboard.type(" our team acme")
    page.keyboard.press("Enter")
    page.wait_for_timeout(1_000)
    assert "query=" not in page.url
    assert [url for url in watch.requests if "acme" in url or "query=" in url] == []


def test_search_reports_no_match_for_an_unknown_word(page: Page, watch: PageWatch) -> None:
    """A word the guide never uses finds nothing (the results above are not shown for every query)."""
    page.goto("")
    assert search_for(page, "xylophone") == []


def _open_the_questionnaire_with_its_engine_stalled(page: Page) -> list[Request]:
    """Open the questionnaire with its WebAssembly never answered (the engine stays on its download), until the page
    script has mounted; the stalled requests."""
    stalled: list[Request] = []

    def stall(route: Route) -> None:
        stalled.append(route.request)  # never answered

    page.context.route("**/pyodide.asm.wasm", stall)
    page.goto("tool/")
    page.wait_for_function("() => performance.getEntriesByName('form-usable').length > 0")
    return stalled


def test_the_questionnaire_starts_search_once_its_engine_is_ready(returning_page: Page) -> None:
    """On a visit that lands on the questionnaire, Material's search worker (whose index build took a core from the
    engine's boot) starts once the engine has booted, not as the page mounts search; search then works there."""
    page = returning_page
    page.goto("tool/")
    expect_engine_ready(page)
    page.wait_for_function(f"() => ({SEARCH_WORKER_ASKED})() !== null")
    asked: float = page.evaluate(SEARCH_WORKER_ASKED)
    booted: float = page.evaluate("performance.getEntriesByName('engine-booted')[0].startTime")
    mounted: float = page.evaluate("performance.getEntriesByName('form-usable')[0].startTime")
    # The worker starts on the engine's "ready" message, a moment before the page marks it booted.
    assert asked >= booted - 50, f"the search worker was asked for at {asked:.0f} ms, the engine booted at {booted:.0f}"
    assert asked > mounted
    assert [found for found in search_for(page, "caching") if found != GLOSSARY][:1] == [EXAMPLES["caching"]]


def test_search_on_the_questionnaire_works_while_its_engine_is_still_starting(page: Page, watch: PageWatch) -> None:
    """A reader who heads for search before the engine is up is not kept waiting for it: focus in the search box
    starts the held search worker at once, and the search finds what it finds on any page."""
    stalled = _open_the_questionnaire_with_its_engine_stalled(page)
    wait_for(page, lambda: bool(stalled), "the engine asking for its WebAssembly", timeout_ms=BOOT_TIMEOUT_MS)
    expect(page.locator("#sw-tool")).to_have_attribute("data-engine-stage", "downloading")
    # (The service worker's install caches the search worker's script: the page's own timing tells them apart.)
    assert page.evaluate(SEARCH_WORKER_ASKED) is None, "the search worker started while the engine was starting"
    found = [found for found in search_for(page, "caching") if found != GLOSSARY]
    assert found[:1] == [EXAMPLES["caching"]]
    assert page.evaluate(SEARCH_WORKER_ASKED) is not None
    expect(page.locator("#sw-tool")).to_have_attribute("data-engine-stage", "downloading")


def test_search_starts_at_materials_address_when_the_pages_address_changed_during_the_hold(
    page: Page, watch: PageWatch
) -> None:
    """Material's address for its search worker is relative to the page. Instant navigation changes the page's address
    (history.pushState) without a new document: should it do so before the hold ends (today every page it reaches
    is one level deep, where the address resolves the same), the search worker still starts from Material's file."""
    _open_the_questionnaire_with_its_engine_stalled(page)
    page.evaluate("history.pushState(null, '', 'steps/deeper/')")
    expect(page).to_have_url(re.compile(r"/tool/steps/deeper/$"))
    assert page.evaluate(SEARCH_WORKER_ASKED) is None
    found = [found for found in search_for(page, "caching") if found != GLOSSARY]
    assert found[:1] == [EXAMPLES["caching"]]


# Whether the element a fragment names shows right under the header, clear of it (as a link to it lands).
HEADING_AT_TOP = """(id) => {
  const heading = document.getElementById(id);
  if (!heading) return false;
  const top = heading.getBoundingClientRect().top;
  const header = document.querySelector('.md-header').getBoundingClientRect().bottom;
  return top >= header && top < header + 100;
}"""


@pytest.fixture
def phone(browser: Browser, built_site: BuiltSite) -> Iterator[Page]:
    """A page in a phone's browser (a resized desktop window lands differently), watched as every browser test is."""
    with phone_page(browser, built_site) as page:
        follow_site_links(page)
        yield page


def _read_down_to(page: Page, y: int) -> str:
    """Scroll the page to ``y`` as a reader would, wait until the tracking names the heading in view; the address."""
    page.wait_for_timeout(300)
    page.evaluate("(y) => scrollTo(0, y - 1)", y)
    page.wait_for_timeout(100)
    page.evaluate("scrollBy(0, 1)")
    page.wait_for_function("() => location.hash !== ''", timeout=5_000)
    page.wait_for_timeout(400)  # and Material has written the entry's offset
    return page.url


def _follow_a_phone_hit(page: Page, term: str, href: re.Pattern[str]) -> None:
    """As a reader on a phone: tap the search icon, type ``term``, wait until Material has locked the page under
    its full-screen search, and tap the first hit whose address matches ``href``."""
    page.locator('label.md-header__button[for="__search"]').tap()
    query = page.locator("input.md-search__input")
    expect(query).to_be_focused()
    query.fill("")  # the last query stays in the box
    query.press_sequentially(term, delay=20)
    expect(page.locator(".md-search-result__meta")).to_have_text(SEARCH_DONE, timeout=15_000)
    # The case this is about: the page under the search is locked (Material takes the lock 400 ms after opening).
    expect(page.locator("body")).to_have_attribute("data-md-scrolllock", "", timeout=5_000)
    hits = page.locator(".md-search-result__link")
    hit = next(hits.nth(i) for i in range(hits.count()) if href.search(hits.nth(i).get_attribute("href") or ""))
    hit.tap()


def test_a_hit_followed_on_a_phone_lands_where_it_points_and_back_returns(phone: Page) -> None:
    """On a phone Material's search is full screen and locks the page under it. A hit on another page's heading
    opened that page at the old page's offset (not at the heading), Back then returned to the old page's top, and a
    hit on a page opened it at the old page's offset (history-guard.js). Now each lands as on a wide screen; a
    search closed with nothing followed still leaves the page and its address as they were."""
    page = phone
    page.goto("technical/")
    expect_instant_navigation(page)
    at_heading = _read_down_to(page, 3000)

    # Search opened and closed with nothing followed: the page and its address stay as they were (nothing lands).
    page.locator('label.md-header__button[for="__search"]').tap()
    expect(page.locator("body")).to_have_attribute("data-md-scrolllock", "", timeout=5_000)
    page.wait_for_timeout(600)
    page.keyboard.press("Escape")
    expect(page.locator("body")).not_to_have_attribute("data-md-scrolllock", "")
    page.wait_for_timeout(400)
    assert (page.url, page.evaluate("scrollY")) == (at_heading, 3000)

    _follow_a_phone_hit(page, "audit log", re.compile(r"glossary/#audit-log$"))
    expect(page).to_have_url(re.compile(r"/glossary/#audit-log$"))
    page.wait_for_function(HEADING_AT_TOP, arg="audit-log", timeout=5_000)
    page.wait_for_timeout(400)
    assert page.evaluate(HEADING_AT_TOP, "audit-log"), "the page moved away from the heading"

    page.go_back()
    expect(page).to_have_url(at_heading)
    page.wait_for_function("() => Math.abs(scrollY - 3000) < 2", timeout=5_000)
    page.wait_for_timeout(400)  # Material closes its search 125 ms after any navigation, Back included
    expect(page.locator("#__search")).not_to_be_checked()

    _follow_a_phone_hit(page, "audit log", re.compile(r"/user/$"))
    expect(page).to_have_url(re.compile(r"/user/$"))
    page.wait_for_function("() => document.querySelector('.md-content h1')?.textContent?.includes('User')")
    # Under the search's lock scrollY reads 0 whatever the offset: the lock is gone first.
    expect(page.locator("body")).not_to_have_attribute("data-md-scrolllock", "")
    page.wait_for_function("() => scrollY === 0", timeout=5_000)
    page.wait_for_timeout(600)
    assert page.evaluate("scrollY") == 0, "a hit on a page opened it away from its top"


def test_a_hit_on_the_page_on_screen_followed_on_a_phone_lands_on_its_heading_and_back_returns(phone: Page) -> None:
    """A page loaded directly, read a little way down: a hit on one of its own headings lands on it, clear of the
    header (Material's offset of the entry pushed for the hit had been given the old offset, so Material scrolled
    there, and the heading, not made :target, lost its scroll margin), and Back returns to where the reader was (the
    browser restored the offset it had read under the lock, 0, over Material's)."""
    page = phone
    page.goto("user/")
    expect_instant_navigation(page)
    at_heading = _read_down_to(page, 600)
    _follow_a_phone_hit(page, "audit log", re.compile(r"/user/#audit-logs$"))
    page.wait_for_function(HEADING_AT_TOP, arg="audit-logs", timeout=5_000)
    page.wait_for_timeout(400)
    assert page.evaluate(HEADING_AT_TOP, "audit-logs"), "the page moved away from the heading"
    page.go_back()
    expect(page).to_have_url(at_heading)
    page.wait_for_function("() => scrollY === 600", timeout=5_000)
    page.wait_for_timeout(600)  # and it stays there
    assert page.evaluate("scrollY") == 600
