"""Without JavaScript (switched off, or the page scripts failing to load): no request carries an answer, and the
questions that decide the lead can still be answered, one page at a time, to every lead (issue 17)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Route, expect

from decision_engine import ScalingType, recommend
from scale_what_build import static_path
from tests.support.browser import PageWatch, watch_context, watch_page
from tests.support.site import BuiltSite


def _no_script_page(browser: Browser, built_site: BuiltSite, **options: Any) -> Iterator[tuple[Page, PageWatch]]:
    """A page with JavaScript switched off (and the context's other ``options``), watched by the project's rule."""
    context = browser.new_context(base_url=built_site.url, java_script_enabled=False, **options)
    watch = watch_context(context, built_site.origin)
    page = context.new_page()
    watch_page(page, watch)
    yield page, watch
    watch.assert_clean()
    context.close()


@pytest.fixture
def no_script(browser: Browser, built_site: BuiltSite) -> Iterator[tuple[Page, PageWatch]]:
    """A page with JavaScript switched off, watched by the project's rule."""
    yield from _no_script_page(browser, built_site)


def _blocked_scripts(context: BrowserContext, watch: PageWatch) -> None:
    """Every script of the site fails to load (as behind a filter or on a broken connection)."""

    def refuse(route: Route) -> None:
        route.abort("blockedbyclient")

    context.route("**/*.js", refuse)
    context.route("**/*.mjs", refuse)
    watch.expect_console_error(r"Failed to load resource: net::ERR_BLOCKED_BY_CLIENT")


def _expect_heading(page: Page, text: str) -> None:
    """The page's heading (its permalink mark aside) is ``text``."""
    expect(page.locator("article h1")).to_have_text(re.compile(rf"^{re.escape(text)}¶?$"))


#: The one query a request may carry: the build's version on an asset (the wheel, the service worker's script),
#: a hash the build wrote, never anything the reader chose.
_VERSION_QUERY = re.compile(r"v=[0-9a-f]{16}")


def _queries(watch: PageWatch) -> list[str]:
    """Requests with a query string other than an asset's version."""
    return [
        url
        for url in watch.requests
        if (parts := urlsplit(url)).query
        and not (parts.path.startswith("/assets/") and _VERSION_QUERY.fullmatch(parts.query))
    ]


def test_the_static_path_fits_a_phone_without_javascript(no_script: tuple[Page, PageWatch]) -> None:
    """A reader's review: at 375 px with JavaScript off, every page of the questions one at a time was 388 px wide
    (the header's hidden second title, a long question, slid 1.25rem to the right), so the page scrolled sideways."""
    page, _ = no_script
    page.set_viewport_size({"width": 375, "height": 812})
    for page_ in static_path.all_pages():
        page.goto(page_.src.removesuffix("index.md"))
        width = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        assert width[0] <= width[1], (page_.src, width)


def test_the_static_path_reaches_every_lead_without_javascript(no_script: tuple[Page, PageWatch]) -> None:
    """From tool/steps/, following the answer links (JavaScript off) reaches every page of the path; each result
    page gives the engine's headline for the answers in its address, every lead is reached, and no request had
    a query string."""
    page, watch = no_script
    expected = {page_.src.removesuffix("index.md"): page_ for page_ in static_path.pages()}
    root = static_path.ROOT + "/"
    seen: dict[str, str] = {}
    queue = [root]
    while queue:
        path = queue.pop(0)
        page.goto(path)
        heading = page.locator("article h1").first.inner_text().removesuffix("¶").strip()
        seen[path] = heading
        step = expected[path]
        if step.question is None:
            rec = recommend(dict(step.answers))
            assert heading == rec.headline
            assert page.get_by_role("link", name="Start again").count() == 1
        else:
            links = page.locator("article a.md-button")
            hrefs = [urlsplit(href).path.lstrip("/") for href in links.evaluate_all("els => els.map(e => e.href)")]
            assert len(hrefs) == len(next(q for q in static_path.path_questions() if q.id == step.question).options)
            queue += [href for href in hrefs if href not in seen]
    assert sorted(seen) == sorted(expected)
    leads = {heading for path, heading in seen.items() if expected[path].question is None}
    assert {f"Invest in {kind.title.lower()} first." for kind in ScalingType} <= leads
    assert _queries(watch) == []


@pytest.mark.parametrize("script", [False, True], ids=["javascript-off", "javascript-on"])
def test_a_reader_clicks_through_to_a_result_and_changes_an_answer(
    browser: Browser, built_site: BuiltSite, script: bool
) -> None:
    """By clicks alone, with JavaScript off and on (Material's scripts then run on these pages too): the deciding
    question, blocked deals, the follow-up, a result with its reasons; "Change" asks that question again, another
    answer gives another lead, and the other answers are kept (a reader's review: "Change" went back to the
    question's first page, and the later answers had to be given again)."""
    context = browser.new_context(base_url=built_site.url, java_script_enabled=script)
    watch = watch_context(context, built_site.origin)
    page = context.new_page()
    watch_page(page, watch)
    page.goto(static_path.ROOT + "/")
    _expect_heading(page, "What is the most expensive failure mode right now?")
    page.get_by_role("link", name="Outages / latency").click()
    _expect_heading(page, "Are enterprise deals blocked on missing controls?")
    page.get_by_role("link", name="Yes", exact=True).click()
    _expect_heading(page, "Which costs you more right now: the failure you named, or the blocked deals?")
    page.get_by_role("link", name="The blocked deals").click()
    rec = recommend({"failure_mode": "outages", "deals_blocked": "yes", "costs_more": "blocked_deals"})
    _expect_heading(page, rec.headline)
    # Right under the headline, what the result does not know (a reader's review: "firm" here, "check" with the
    # frequencies the full questionnaire asks, and the caveat 3,900 px down).
    expect(page.locator("article h1 + p")).to_contain_text("From the questions that decide the lead only")
    expect(page.locator("article")).to_contain_text(rec.sequence.reasons[0])
    assert rec.watch[0].now is not None
    expect(page.locator("article")).to_contain_text(rec.watch[0].now)  # the failure named, no risk to come
    page.get_by_role("link", name="Change your answer to: Which costs you more right now").click()
    _expect_heading(page, "Which costs you more right now: the failure you named, or the blocked deals?")
    expect(page.locator("article")).to_contain_text("Your answer now: The blocked deals. Your other answers are kept.")
    page.get_by_role("link", name="The failure I named").click()
    _expect_heading(page, "Invest in technical scaling first.")
    assert urlsplit(page.url).path.endswith("/tool/steps/outages/yes/named_failure/")
    # The deciding answer changed from the result: the deals answer kept; the follow-up, which weighed outages
    # against the deals, asked again (the page says so first).
    page.get_by_role("link", name="Change your answer to: What is the most expensive failure mode right now?").click()
    _expect_heading(page, "What is the most expensive failure mode right now?")
    expect(page.locator("article")).to_contain_text("it weighed the failure you named before, so it is asked again")
    page.get_by_role("link", name="Regressions / firefighting").click()
    _expect_heading(page, "Which costs you more right now: the failure you named, or the blocked deals?")
    page.get_by_role("link", name="The failure I named (Regressions / firefighting)").click()
    rec = recommend({"failure_mode": "regressions", "deals_blocked": "yes", "costs_more": "named_failure"})
    _expect_heading(page, rec.headline)
    assert urlsplit(page.url).path.endswith("/tool/steps/regressions/yes/named_failure/")
    expect(page.locator("article")).to_contain_text("Are enterprise deals blocked on missing controls? Yes")
    assert _queries(watch) == []
    watch.assert_clean()
    context.close()


@pytest.mark.parametrize("how", ["javascript-off", "scripts-blocked"])
def test_the_questionnaire_sends_no_answer_without_its_scripts(
    browser: Browser, built_site: BuiltSite, how: str
) -> None:
    """The questionnaire with JavaScript off, or its scripts failing to load: answering, typing a complaint,
    pressing Enter in it and clicking "Show my recommendation" make no request with a query string."""
    context = browser.new_context(base_url=built_site.url, java_script_enabled=how != "javascript-off")
    watch = watch_context(context, built_site.origin)
    if how == "scripts-blocked":
        _blocked_scripts(context, watch)
    page = context.new_page()
    watch_page(page, watch)
    page.goto("tool/")
    if how == "javascript-off":
        # The questions are not shown without JavaScript (they would take answers and do nothing: a reader's review);
        # clicked anyway (dispatched, as assistive technology could), nothing is sent.
        expect(page.locator("#sw-form")).to_be_hidden()
        for target in ('label[for="sw-failure_mode-outages"]', 'label[for="sw-deals_blocked-yes"]', "#sw-show-result"):
            page.locator(target).dispatch_event("click")
    else:
        page.locator('label[for="sw-failure_mode-outages"]').click()
        page.fill("#sw-complaint-1", "deploys break prod every Friday")
        page.press("#sw-complaint-1", "Enter")
        page.locator('label[for="sw-deals_blocked-yes"]').click()
        page.press("#sw-deals_blocked-yes", "Enter")
        button = page.get_by_role("button", name="Show my recommendation")
        if button.count():
            button.click()
    page.wait_for_timeout(500)
    assert _queries(watch) == []
    assert urlsplit(page.url).query == ""
    watch.assert_clean()
    context.close()


@pytest.fixture
def no_script_dark(browser: Browser, built_site: BuiltSite) -> Iterator[tuple[Page, PageWatch]]:
    """A page with JavaScript switched off in a system that asks for the dark scheme."""
    yield from _no_script_page(browser, built_site, color_scheme="dark")


#: What a page draws, element by element, for a comparison of two schemes: each selector's first match's colours.
DRAWN = """(selectors) => selectors.map((selector) => {
  const node = document.querySelector(selector);
  if (!node) return [selector, null];
  const style = getComputedStyle(node);
  return [selector, [style.color, style.backgroundColor, style.borderTopColor, style.colorScheme]];
})"""
SAMPLED = [
    "body",
    ".md-header",
    ".md-typeset h1",
    ".md-typeset p",
    ".md-typeset a[href]",
    ".md-typeset .md-button",
    ".md-typeset .md-button--primary",
    ".md-nav__link",
    ".md-footer",
    ".sw-step__answers a",
]


@pytest.mark.parametrize("path", ["", "tool/steps/", "tool/steps/outages/yes/", "sequencing/"])
def test_without_javascript_a_system_that_asks_for_dark_gets_it(
    no_script_dark: tuple[Page, PageWatch], browser: Browser, built_site: BuiltSite, path: str
) -> None:
    """A reader's review: with JavaScript off, a reader whose system asks for dark got the light scheme (Material
    follows the system from its script). The pages' <noscript> stylesheet (no_js_dark.py) draws Material's dark
    scheme then: every sampled element in the colours the page has with JavaScript in the dark scheme, which the
    site's pages test checks with axe-core (axe cannot run where scripts do not)."""
    page, _ = no_script_dark
    page.goto(path)
    without = page.evaluate(DRAWN, SAMPLED)
    context = browser.new_context(base_url=built_site.url, color_scheme="dark")
    watch = watch_context(context, built_site.origin)
    try:
        scripted = context.new_page()
        watch_page(scripted, watch)
        scripted.goto(path)
        expect(scripted.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
        with_script = scripted.evaluate(DRAWN, SAMPLED)
    finally:
        context.close()
    watch.assert_clean()
    assert sum(drawn is not None for _, drawn in without) >= 7, without
    assert without == with_script
    assert dict(without)["body"][1] == "rgb(30, 33, 41)"  # Material's slate: hsla(225deg, 15%, 14%)
    assert dict(without)["body"][3] == "dark"  # form controls and scroll bars drawn dark too


def test_without_javascript_a_system_that_asks_for_light_keeps_it(no_script: tuple[Page, PageWatch]) -> None:
    page, _ = no_script
    page.emulate_media(color_scheme="light")
    page.goto("tool/")
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(255, 255, 255)"


#: The element the keyboard is on: its tag, its name (or id) and whether it is in the navigation drawer.
FOCUSED = """() => {
  const el = document.activeElement;
  return [el.tagName.toLowerCase(), el.getAttribute("name") || el.id, Boolean(el.closest(".md-sidebar--primary"))];
}"""


#: How opaque an element is drawn: the product of its own opacity and its ancestors'.
DRAWN_OPACITY = """el => {
  let opacity = 1;
  for (let node = el; node; node = node.parentElement) opacity *= Number(getComputedStyle(node).opacity);
  return opacity;
}"""


def test_without_javascript_the_keyboard_opens_the_menu_on_a_phone(no_script: tuple[Page, PageWatch]) -> None:
    """A reader's review: with JavaScript off at phone width, the keyboard could not open the navigation drawer (its
    menu is a label, which takes no focus), and the scheme switch's radio buttons, 0 px wide and doing nothing
    without a script, were Tab stops. The drawer's checkbox is the first Tab stop, named, its focus ring drawn
    around the menu icon; Space opens the drawer and Tab goes into its links; no Tab stop is the scheme switch."""
    page, _ = no_script
    page.set_viewport_size({"width": 375, "height": 812})
    page.goto("sequencing/")
    page.keyboard.press("Tab")
    menu = page.get_by_role("checkbox", name="Site navigation")
    expect(menu).to_be_focused()
    icon = page.locator('.md-header label[for="__drawer"]')
    assert icon.evaluate("el => getComputedStyle(el).outlineStyle") == "solid"
    drawer = page.locator(".md-sidebar--primary")
    expect(drawer).to_be_hidden()
    page.keyboard.press("Space")
    expect(menu).to_be_checked()
    expect(drawer).to_be_visible()
    for _ in range(40):  # slid in (no wait_for_function: it polls with the page's own scripts, which are off)
        if page.evaluate("document.querySelector('.md-sidebar--primary').getBoundingClientRect().x >= 0"):
            break
        page.wait_for_timeout(50)
    stops = []
    for _ in range(6):
        page.keyboard.press("Tab")
        stops.append(page.evaluate(FOCUSED))
        if stops[-1][2]:
            break
    assert stops[-1][2], f"the drawer's links were not reached: {stops}"
    assert not [stop for stop in stops if stop[1] == "__palette"], stops
    # The drawer's logo first, then its links; a section's panel's links on the screen as the focus reaches them (the
    # first was a panel's width off it).
    for name in ("Home", "Technical scaling", "Process scaling"):
        page.keyboard.press("Tab")
        link = drawer.get_by_role("link", name=name, exact=True)
        expect(link).to_be_focused()
        box = link.bounding_box()
        assert box is not None, name
        assert box["x"] >= 0, (name, box)
        assert box["x"] + box["width"] <= 375, (name, box)
        assert link.evaluate(DRAWN_OPACITY) == 1, name  # its panel not left transparent
    # Past the drawer's last link the focus goes on into the page, which no script closes the drawer for: the
    # drawer steps aside while the focus is there, so the focus is never under it.
    for _ in range(60):
        page.keyboard.press("Tab")
        if not page.evaluate(FOCUSED)[2]:
            break
    assert page.evaluate("document.activeElement.closest('.md-content') !== null"), page.evaluate(FOCUSED)
    expect(drawer).to_be_hidden()
    expect(menu).to_be_checked()
    # Back to the menu's checkbox: the drawer is back, its title ringed and saying what Space does, which closes it.
    for _ in range(60):
        page.keyboard.press("Shift+Tab")
        if page.evaluate("document.activeElement.id") == "__drawer":
            break
    expect(menu).to_be_focused()
    expect(drawer).to_be_visible()
    title = drawer.locator(".md-nav--primary > .md-nav__title")
    assert title.evaluate("el => getComputedStyle(el).outlineStyle") == "solid"
    assert "Space closes the menu" in title.evaluate("el => getComputedStyle(el, '::after').content")
    page.keyboard.press("Space")
    expect(menu).not_to_be_checked()
    expect(drawer).to_be_hidden()


def test_without_javascript_the_menu_on_a_page_in_a_section_shows_each_link_the_keyboard_is_on(
    no_script: tuple[Page, PageWatch],
) -> None:
    """A diff review: on a page inside a section (Technical scaling, in "The three types"), the drawer opens on that
    section's panel, as Material marks it; Tab then went through the top list's links under that panel. Every link
    the keyboard is on in the drawer is the element at its own middle: on screen, under nothing."""
    page, _ = no_script
    page.set_viewport_size({"width": 375, "height": 812})
    page.goto("technical/")
    page.keyboard.press("Tab")
    page.keyboard.press("Space")
    drawer = page.locator(".md-sidebar--primary")
    expect(drawer).to_be_visible()
    seen = []
    for _ in range(14):
        page.keyboard.press("Tab")
        if not page.evaluate(FOCUSED)[2]:
            continue
        page.wait_for_timeout(300)  # a panel sliding out has gone
        seen.append(page.evaluate(ON_TOP))
    assert len(seen) >= 8, seen
    assert all(on_top for _, on_top in seen), seen


#: The focused element's text, and whether it is the element at its own middle (on screen, under nothing).
ON_TOP = """() => {
  const el = document.activeElement, box = el.getBoundingClientRect();
  const x = box.left + box.width / 2, y = box.top + box.height / 2;
  return [el.textContent.trim().slice(0, 40), x >= 0 && y >= 0 && x < innerWidth && y < innerHeight
          && el.contains(document.elementFromPoint(x, y))];
}"""


def test_without_javascript_a_wide_screen_has_no_menu_tab_stop(no_script: tuple[Page, PageWatch]) -> None:
    """On a wide screen the navigation is always shown and Material shows no menu: the drawer's checkbox takes no
    Tab stop there, and the first is the skip link."""
    page, _ = no_script
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto("sequencing/")
    page.keyboard.press("Tab")
    assert page.evaluate(FOCUSED)[0] == "a"
    expect(page.locator(".md-skip")).to_be_focused()


def test_the_not_found_page_offers_no_search_box_it_cannot_show(no_script: tuple[Page, PageWatch]) -> None:
    """A reader's review: without JavaScript the 404 page pointed to "the search box at the top of the page", which
    Material shows only with its script."""
    page, _ = no_script
    page.goto("404.html")  # the page nginx sends for an address with none (test_served_by_nginx.py)
    expect(page.locator("h1")).to_have_text("Page not found")
    expect(page.get_by_text("Answer the questionnaire")).to_be_visible()
    expect(page.get_by_text("search the guide with the search box")).to_be_hidden()
