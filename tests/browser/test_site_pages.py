"""Every page in the nav (and the 404 page) in Chromium: accessible in both colour schemes, no sideways
scrolling on a phone or at 200% zoom, link-preview tags, headings in order.

One test per colour scheme and viewport loops over the pages in one browser page, so the whole file
stays fast; the `watch` fixture checks every page load for foreign requests and console errors. The
questionnaire page starts booting Pyodide when it loads; these tests do not wait for it.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from mkdocs.utils.meta import get_data
from playwright.sync_api import BrowserContext, Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from tests.support import ROOT
from tests.support.axe import axe_violations
from tests.support.browser import PageWatch, expect_instant_navigation, follow_site_links, go_by_side_menu
from tests.support.site import CONFIG, NAV_FILES, NOT_FOUND, PAGES, BuiltSite, page_path
from tests.support.views import MATERIAL_SCHEME, Scheme

pytestmark = pytest.mark.browser


@dataclass(frozen=True)
class View:
    """A colour scheme and a viewport width in CSS pixels, and whether axe-core runs there."""

    scheme: Scheme
    width: int
    axe: bool

    @property
    def material_scheme(self) -> str:
        return MATERIAL_SCHEME[self.scheme]


# 375 px: a phone. 640 px: a 1280 px wide window zoomed to 200% lays out like a 640 px viewport.
VIEWS = [
    View("light", 1280, axe=True),
    View("dark", 1280, axe=True),
    View("light", 375, axe=True),
    View("dark", 375, axe=True),
    View("light", 640, axe=False),
    View("dark", 640, axe=False),
]

PAGE_STATE = """() => ({
  scheme: document.body.getAttribute("data-md-color-scheme"),
  scrollWidth: document.documentElement.scrollWidth,
  clientWidth: document.documentElement.clientWidth,
})"""


def test_axe_core_injection_reports_a_violation(page: Page, built_site: BuiltSite) -> None:
    """The axe-core run used below reports a known violation (an image without alt text)."""
    page.goto("")
    page.evaluate("document.querySelector('article').append(Object.assign(new Image(), {src: 'data:,'}))")
    assert [v["rule"] for v in axe_violations(page)] == ["image-alt"]


@pytest.mark.parametrize("view", VIEWS, ids=lambda v: f"{v.scheme}-{v.width}px")
def test_every_page_accessible_and_without_sideways_scroll(page: Page, watch: PageWatch, view: View) -> None:
    """Each page shows the scheme's palette, scrolls only vertically and, where checked, has no axe-core violation."""
    page.emulate_media(color_scheme=view.scheme)
    page.set_viewport_size({"width": view.width, "height": 800})
    schemes, overflowing, violations = {}, {}, {}
    for path in PAGES:
        page.goto(path)
        state = page.evaluate(PAGE_STATE)
        schemes[path] = state["scheme"]
        if state["scrollWidth"] > state["clientWidth"]:
            overflowing[path] = f"{state['scrollWidth']} px wide content in a {state['clientWidth']} px viewport"
        if view.axe:
            found = axe_violations(page)
            if found:
                violations[path] = found
    assert schemes == dict.fromkeys(PAGES, view.material_scheme)
    assert overflowing == {}
    assert violations == {}


def _front_matter_description(md_file: str) -> str:
    _, meta = get_data((ROOT / "docs" / md_file).read_text(encoding="utf-8"))
    return str(meta.get("description", ""))


PAGE_HEAD = """() => {
  const attr = (selector, name) => document.querySelector(selector)?.getAttribute(name) ?? null;
  return {
    description: attr('meta[name="description"]', "content"),
    canonical: attr('link[rel="canonical"]', "href"),
    ogTitle: attr('meta[property="og:title"]', "content"),
    ogDescription: attr('meta[property="og:description"]', "content"),
    ogUrl: attr('meta[property="og:url"]', "content"),
    ogImage: attr('meta[property="og:image"]', "content"),
    twitterCard: attr('meta[name="twitter:card"]', "content"),
    headings: [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")].map(h => Number(h.tagName[1])),
  };
}"""


def _heading_problems(levels: list[int]) -> list[str]:
    """What is wrong with a page's heading levels, in document order: one h1, first, no level skipped."""
    problems = []
    if levels.count(1) != 1:
        problems.append(f"{levels.count(1)} h1 elements")
    if levels and levels[0] != 1:
        problems.append(f"first heading is h{levels[0]}")
    problems += [f"h{a} followed by h{b}" for a, b in itertools.pairwise(levels) if b > a + 1]
    return problems


def test_heading_problems_finds_skips_and_extra_h1() -> None:
    """The heading rule accepts h1 h2 h3 h2 and reports a skipped level, a second h1 and a late h1."""
    assert _heading_problems([1, 2, 3, 2, 3, 4, 2]) == []
    assert _heading_problems([1, 3, 1]) == ["2 h1 elements", "h1 followed by h3"]
    assert _heading_problems([2, 1]) == ["first heading is h2"]


def test_every_page_has_sharing_tags_and_ordered_headings(page: Page, watch: PageWatch, built_site: BuiltSite) -> None:
    """Each page has its own description, og:title/og:description/canonical/og:url, and headings in order."""
    site_description = " ".join(CONFIG["site_description"].split())
    heads = {}
    for path in PAGES:
        page.goto(path)
        heads[path] = page.evaluate(PAGE_HEAD)

    expected_descriptions = {page_path(f): _front_matter_description(f) for f in NAV_FILES}
    assert all(expected_descriptions.values()), "every nav page sets `description:` in its front matter"
    expected_descriptions[NOT_FOUND] = site_description
    assert {p: h["description"] for p, h in heads.items()} == expected_descriptions
    assert len({expected_descriptions[p] for p in PAGES}) == len(PAGES), "two pages share a description"
    assert {p: h["ogDescription"] for p, h in heads.items()} == expected_descriptions

    og_titles = {p: h["ogTitle"] for p, h in heads.items()}
    assert all(og_titles.values())
    assert len(set(og_titles.values())) == len(PAGES), "two pages share an og:title"

    # The 404 page is served at any missing address: it has no canonical URL of its own.
    canonicals = {p: built_site.url + p for p in PAGES if p != NOT_FOUND} | {NOT_FOUND: None}
    assert {p: h["canonical"] for p, h in heads.items()} == canonicals
    assert {p: h["ogUrl"] for p, h in heads.items()} == canonicals

    card = built_site.url + "assets/images/social-card.png"
    assert {h["ogImage"] for h in heads.values()} == {card}
    assert (built_site.root / "assets" / "images" / "social-card.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert {h["twitterCard"] for h in heads.values()} == {"summary_large_image"}

    assert {p: _heading_problems(h["headings"]) for p, h in heads.items()} == {p: [] for p in PAGES}


def test_nav_pages_match_the_built_sitemap(built_site: BuiltSite) -> None:
    """The pages these tests visit are exactly the pages in the built sitemap, plus the 404 page."""
    sitemap = (built_site.root / "sitemap.xml").read_text(encoding="utf-8")
    locs = re.findall(r"<loc>([^<]+)</loc>", sitemap)
    assert sorted(loc.removeprefix(built_site.url) for loc in locs) == sorted(PAGES[:-1])
    assert Path(built_site.root / NOT_FOUND).is_file()


def test_theme_polyfill_comes_from_the_site(context: BrowserContext, watch: PageWatch) -> None:
    """In a browser without ResizeObserver, Material loads its polyfill from this site (never from unpkg),
    and the page works: the header shows the page title once the reader scrolls."""
    context.add_init_script("delete window.ResizeObserver")
    page = context.new_page()
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto("sequencing/")
    expect(page.locator(".md-header__title--active")).to_have_count(0)
    page.mouse.wheel(0, 1500)
    expect(page.locator(".md-header__title--active")).to_have_count(1)
    assert page.evaluate("typeof ResizeObserver") == "function"
    # The page's request, and the service worker's when it caches the guide (sw.js): both to this site.
    assert {u for u in watch.requests if "resize-observer" in u} == {
        watch.origin + "/assets/vendor/resize-observer-polyfill.js"
    }


def test_back_and_forward_land_where_the_reader_was_on_a_guide_page(page: Page) -> None:
    """A reader halfway down a guide page who goes Back, then Forward, lands where they were, and the page they went
    back to keeps its own address. Material's anchor tracking wrote the history entry as `{}` once a heading
    passed (the offset gone: Forward opened the page at its top), and went on tracking the page being left under
    the next page's address (history-guard.js)."""
    follow_site_links(page)
    page.goto("technical/")
    expect_instant_navigation(page)
    go_by_side_menu(page, "Process scaling", r"/process/$")
    page.wait_for_function("() => document.querySelector('h1')?.textContent?.includes('Process')")
    page.wait_for_timeout(300)
    for _ in range(4):  # as a reader scrolls: the tracking names the heading in view once the page stops
        page.mouse.wheel(0, 400)
        page.wait_for_timeout(100)
    page.wait_for_function("() => location.hash !== ''", timeout=5_000)
    page.wait_for_timeout(400)  # and has written the entry (250 ms after the page stopped)
    left_at = page.evaluate("scrollY")
    assert left_at > 1000
    page.go_back()
    expect(page).to_have_url(re.compile(r"/technical/$"))
    page.wait_for_timeout(800)
    assert page.url.endswith("/technical/"), f"the page left gave its heading to this one: {page.url}"
    page.go_forward()
    expect(page).to_have_url(re.compile(r"/process/#"))
    page.wait_for_function("(y) => Math.abs(scrollY - y) < 1", arg=left_at, timeout=5_000)


MENU_BUTTON = ".md-header button.sw-menu-button"
FOCUSED = """() => { const e = document.activeElement, r = e.getBoundingClientRect();
  const hit = document.elementFromPoint(Math.max(0, r.x) + r.width / 2, r.y + r.height / 2);
  return {text: (e.textContent || "").trim().replace(/\\s+/g, " ").slice(0, 40),
          onScreen: r.right > 0 && r.left < innerWidth, seen: e === hit || e.contains(hit),
          inDrawer: !!e.closest(".md-sidebar--primary"), menu: e.matches("button.sw-menu-button")} }"""


def focused_once_settled(page: Page) -> dict[str, object]:
    """The focused element, once the drawer's or a panel's slide has brought it into view (at most 2 s)."""
    with contextlib.suppress(PlaywrightTimeoutError):  # not seen: the caller's assertion says which
        page.wait_for_function(f"() => ({FOCUSED})().seen", timeout=2_000)
    focused: dict[str, object] = page.evaluate(FOCUSED)
    return focused


def test_a_keyboard_reader_on_a_phone_opens_the_navigation_and_meets_no_hidden_link(page: Page) -> None:
    """At 375 px Material's closed navigation drawer sits off the screen: its links were 24 Tab stops nobody could
    see on a guide page, and its menu (a label) was no Tab stop at all. Now a menu button is the Tab stop after "Skip
    to content", Enter opens the drawer and its links come into view, Escape closes it and gives the focus back."""
    page.set_viewport_size({"width": 375, "height": 740})
    page.goto("sequencing/")
    menu = page.get_by_role("button", name="Site navigation")
    expect(menu).to_have_attribute("aria-expanded", "false")
    expect(page.locator('.md-header label[for="__drawer"]')).to_be_hidden()
    drawer_link = page.locator("nav.md-nav--primary").get_by_role("link", name="Process scaling")
    expect(drawer_link).to_be_hidden()
    stops = []
    for _ in range(12):
        page.keyboard.press("Tab")
        stops.append(page.evaluate(FOCUSED))
    # Material's search box and its results take the focus as they slide in: only the drawer is this test's.
    assert [s for s in stops if s["inDrawer"]] == []
    assert stops[1]["menu"], stops[:3]
    page.locator("a.md-skip").focus()
    page.keyboard.press("Tab")
    assert page.evaluate(FOCUSED)["menu"]
    page.keyboard.press("Enter")
    expect(menu).to_have_attribute("aria-expanded", "true")
    expect(drawer_link).to_be_visible()
    assert page.evaluate(FOCUSED)["inDrawer"], "the open drawer did not take the focus"
    page.keyboard.press("Tab")
    focused = focused_once_settled(page)
    assert focused["inDrawer"], focused
    assert focused["seen"], focused
    page.keyboard.press("Escape")
    expect(menu).to_have_attribute("aria-expanded", "false")
    expect(drawer_link).to_be_hidden()
    assert page.evaluate(FOCUSED)["menu"]
    before = page.evaluate("scrollY")
    page.keyboard.press(" ")
    expect(menu).to_have_attribute("aria-expanded", "true")
    assert page.evaluate("scrollY") == before  # Space opened the menu, it did not scroll the page


# The focused element's box, or for the colour scheme's radio button the label drawn after it (Material's palette:
# each radio is followed by the label that switches to the other scheme): whether it is on the screen, uncovered.
SHOWN = """() => { const e = document.activeElement, drawn = e.matches("input.md-option") ? e.nextElementSibling : e;
  const r = drawn.getBoundingClientRect();
  const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
  return {name: e.getAttribute("aria-label") || e.className, seen: r.width > 0 && r.height > 0
    && (drawn === hit || drawn.contains(hit) || e === hit)} }"""


# Two frames drawn: a transition the last key press started is running by then.
TWO_FRAMES = "() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))"
# No animation or transition running on the page (the search sliding in or out, the header's title fading).
SETTLED = "() => document.getAnimations().every(animation => animation.playState !== 'running')"


@pytest.mark.parametrize("width", [375, 1280])
def test_every_tab_stop_of_the_header_is_seen(page: Page, watch: PageWatch, width: int) -> None:
    """A reader's review: after the search field, Tab went to Material's closed search results (an empty box, a Tab
    stop because it scrolls), so the focus vanished for one press. Every stop from "Skip to content" to the page's
    first link is on the screen and uncovered once the page has settled; Tab from the search field closes it."""
    page.set_viewport_size({"width": width, "height": 740})
    page.goto("sequencing/")
    stops = []
    for _ in range(5):
        page.keyboard.press("Tab")
        page.evaluate(TWO_FRAMES)  # a slide the focus starts has started
        page.wait_for_function(SETTLED, timeout=5_000)
        stops.append(page.evaluate(SHOWN))
    assert [stop for stop in stops if not stop["seen"]] == []
    assert "Search" in [stop["name"] for stop in stops]
    expect(page.locator("#__search")).not_to_be_checked()


def test_on_a_wide_screen_the_navigation_is_in_the_tab_order(page: Page) -> None:
    """At 1280 px the navigation is a sidebar on the screen: its links stay Tab stops, and no menu button is shown.
    With a pointer on a phone, the menu opens the drawer as Material's did."""
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto("sequencing/")
    expect(page.locator(MENU_BUTTON)).to_have_attribute("aria-expanded", "false")
    expect(page.locator(MENU_BUTTON)).to_be_hidden()
    link = page.locator("nav.md-nav--primary").get_by_role("link", name="Process scaling")
    expect(link).to_be_visible()
    for _ in range(12):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.textContent.trim()") == "Process scaling":
            break
    assert page.evaluate(FOCUSED)["inDrawer"]
    page.set_viewport_size({"width": 375, "height": 740})
    link = page.locator("nav.md-nav--primary").get_by_role("link", name="Prioritising")
    expect(link).to_be_hidden()
    page.locator(MENU_BUTTON).click()
    expect(link).to_be_visible()
    link.click()
    expect(page).to_have_url(re.compile(r"/prioritising/$"))
    expect(link).to_be_hidden()
    expect(page.locator(MENU_BUTTON)).to_have_attribute("aria-expanded", "false")


def test_every_link_of_the_open_drawer_is_seen_as_the_keyboard_reaches_it(page: Page) -> None:
    """In the open drawer on a phone a section's links and the page's contents sit in panels that slide in when their
    label is tapped (labels a keyboard cannot reach): 14 of the drawer's 24 links on the sequencing page were Tab
    stops hidden under another panel. Opened from the keyboard, the drawer takes the focus at its top, every link
    comes in order and the panel that holds it slides in; Shift+Tab from the top goes back to the menu; Tab past the
    last link closes it. Closed, the panels are as Material had them: a pointer opens the section's panel, the focus
    left on the menu."""
    page.set_viewport_size({"width": 375, "height": 740})
    page.goto("technical/")
    menu = page.get_by_role("button", name="Site navigation")
    section_link = page.locator("nav.md-nav--primary").get_by_role("link", name="Process scaling")
    expect(menu).to_have_attribute("aria-expanded", "false")
    menu.focus()
    page.keyboard.press("Enter")
    top = focused_once_settled(page)  # the drawer's top: its link home, the site's logo
    assert top["inDrawer"], top
    page.keyboard.press("Shift+Tab")
    assert page.evaluate(FOCUSED)["menu"]
    expect(menu).to_have_attribute("aria-expanded", "true")
    page.keyboard.press("Tab")
    reached = [focused_once_settled(page)]
    for _ in range(60):
        page.keyboard.press("Tab")
        focused = focused_once_settled(page)
        if not focused["inDrawer"]:
            break
        reached.append(focused)
    assert [f["text"] for f in reached if not f["seen"]] == []
    texts = [f["text"] for f in reached]
    assert texts.index("Home") < texts.index("Caching") < texts.index("Process scaling") < texts.index("Sequencing")
    assert {"User scaling", "Prioritising", "How the tool decides", "Privacy", "Credits and licences"} <= set(texts)
    # Tab past the last link: the drawer closes, as the focus would go under its overlay, and the page shows it.
    expect(menu).to_have_attribute("aria-expanded", "false")
    assert focused_once_settled(page)["seen"]
    menu.click()
    expect(section_link).to_be_visible()
    assert not page.evaluate(FOCUSED)["inDrawer"], "a pointer's click took the focus into the drawer"
    page.wait_for_function(
        """(l) => { const r = l.getBoundingClientRect(); return document.elementFromPoint(r.x + 5, r.y + 5) === l }""",
        arg=section_link.element_handle(),
        timeout=2_000,
    )  # its section's panel, as Material opened it


def test_the_scheme_follows_the_system_until_the_reader_picks_one(page: Page, watch: PageWatch) -> None:
    """A reader's review: Material kept the scheme of the first visit for good (a phone switched to dark at night
    still got light pages). The system's scheme is followed, as it changes, until the reader picks one with the
    toggle (light, dark, then the system's again); a pick is kept across pages and reloads."""
    scheme = page.locator("body")
    page.emulate_media(color_scheme="light")
    page.goto("")
    expect(scheme).to_have_attribute("data-md-color-scheme", "default")
    page.emulate_media(color_scheme="dark")
    expect(scheme).to_have_attribute("data-md-color-scheme", "slate")
    page.goto("sequencing/")
    expect(scheme).to_have_attribute("data-md-color-scheme", "slate")
    toggle = page.locator(".md-header__option label:visible")
    expect(toggle).to_have_attribute("title", "Switch to light mode")
    toggle.click()
    expect(scheme).to_have_attribute("data-md-color-scheme", "default")  # the reader's pick, over the system's
    page.reload()
    expect(scheme).to_have_attribute("data-md-color-scheme", "default")
    expect(toggle).to_have_attribute("title", "Switch to dark mode")
    toggle.click()
    expect(scheme).to_have_attribute("data-md-color-scheme", "slate")
    page.emulate_media(color_scheme="light")
    page.reload()
    expect(scheme).to_have_attribute("data-md-color-scheme", "slate")  # picked: the system's change is not followed
    expect(toggle).to_have_attribute("title", "Switch to the system's scheme")
    toggle.click()
    expect(scheme).to_have_attribute("data-md-color-scheme", "default")  # the system's again, light now


def test_a_scheme_kept_before_the_systems_came_first_is_not_read_as_another(page: Page, watch: PageWatch) -> None:
    """A diff review: Material keeps the palette by its place in the list, and the system's scheme now comes first,
    so a reader's dark palette kept by an earlier build (place 1) was read as light. A palette kept at a place that
    now names another scheme is forgotten: the system's scheme is followed, here dark."""
    page.add_init_script(
        """try { if (!sessionStorage.getItem("seeded")) { sessionStorage.setItem("seeded", "1");
          localStorage.setItem(new URL(".", location).pathname.replace(/[^/]*$/, "") + ".__palette", JSON.stringify(
            {index: 1, color: {media: "(prefers-color-scheme: dark)", scheme: "slate", primary: "indigo",
                               accent: "indigo"}})); } } catch (e) {}"""
    )
    page.emulate_media(color_scheme="dark")
    page.goto("")
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    page.wait_for_timeout(500)  # Material's palette, once mounted, keeps its choice
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    expect(page.locator(".md-header__option label:visible")).to_have_attribute("title", "Switch to light mode")


@pytest.mark.parametrize(
    "kept",
    [
        '"x"',
        "7",
        "[]",
        '{"index": 0}',
        '{"index": 9, "color": {}}',
        # A later attack review: Material sets each colour key as an attribute's name ("x y" threw on every page).
        '{"index": 0, "color": {"media": "(prefers-color-scheme)", "x y": "1"}}',
        '{"index": 0, "color": {"media": "(prefers-color-scheme)", "scheme": "a b"}}',
    ],
)
def test_a_palette_kept_in_another_shape_is_forgotten(page: Page, kept: str) -> None:
    """An attack review: a palette kept as '"x"' made Material throw on every page; its search stayed at
    "Initializing search" and the scheme's toggles were hidden. A kept palette that is not one Material wrote for
    this site is forgotten: the page works, its search finds pages."""
    seed = """try { if (!sessionStorage.getItem("seeded")) { sessionStorage.setItem("seeded", "1");
          localStorage.setItem(new URL(".", location).pathname.replace(/[^/]*$/, "") + ".__palette", KEPT); } }
        catch (e) {}"""
    page.add_init_script(seed.replace("KEPT", json.dumps(kept)))
    page.goto("")  # the site's root: Material's scope for what it keeps
    expect(page.locator(".md-header__option label:visible")).to_have_count(1)
    page.keyboard.press("/")
    query = page.locator("input.md-search__input")
    query.fill("outage")
    query.press("End")  # Material searches on keyup, once its index is built (never, with the palette that threw)
    expect(page.locator(".md-search-result__meta")).to_contain_text("matching document", timeout=15_000)
