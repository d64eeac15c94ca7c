"""The guide on a phone and on a laptop (issue 14), in both colour schemes: the home page's main action and
its worked answer above the fold, every Prioritising scenario reachable by tap and keyboard, no table wider
than its container at 375 px, and the sequencing diagram legible with the exception drawn as a move to the front.
A screenshot of every page, for a person to look at, is written by tests/browser/page_screenshots.py.

Accessibility (axe-core) and sideways scrolling of every page are checked in test_site_pages.py.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page, ViewportSize, expect

from decision_engine import QUESTIONS, recommend
from tests.support.browser import PageWatch, expect_instant_navigation, follow_site_links, phone_page
from tests.support.site import BuiltSite
from tests.support.views import LAPTOP, MATERIAL_SCHEME, PHONE, SCHEMES, VIEWPORTS, Scheme

pytestmark = pytest.mark.browser

VIEWS = [(scheme, name) for scheme in SCHEMES for name in VIEWPORTS]
VIEW_IDS = [f"{scheme}-{name}" for scheme, name in VIEWS]

#: The pages whose tables carry the guide's argument.
TABLE_PAGES = ("takeaways/", "exercise/", "prioritising/", "technical/", "process/", "user/")


def _open(page: Page, path: str, scheme: Scheme, viewport: ViewportSize) -> None:
    page.emulate_media(color_scheme=scheme)
    page.set_viewport_size(viewport)
    page.goto(path)
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", MATERIAL_SCHEME[scheme])


@pytest.mark.parametrize(("scheme", "viewport"), VIEWS, ids=VIEW_IDS)
def test_home_main_action_and_worked_answer_above_the_fold(
    page: Page, watch: PageWatch, built_site: BuiltSite, scheme: Scheme, viewport: str
) -> None:
    """The questionnaire button and the whole worked answer are inside the first screen, and the answer is
    the engine's: the deciding question, the answer given, the headline and the order."""
    size = VIEWPORTS[viewport]
    _open(page, "", scheme, size)
    action = page.locator(".sw-hero__actions .md-button--primary")
    expect(action).to_have_text("Answer the questionnaire")
    assert action.get_attribute("href") == built_site.url + "tool/"
    glimpse = page.locator(".sw-glimpse")
    boxes = {"action": action.bounding_box(), "glimpse": glimpse.bounding_box()}
    assert all(box is not None for box in boxes.values())
    below_fold = {
        name: round(box["y"] + box["height"])
        for name, box in boxes.items()
        if box is not None and (box["y"] < 0 or box["y"] + box["height"] > size["height"])
    }
    assert below_fold == {}

    rec = recommend({"failure_mode": "outages"})
    deciding = next(q for q in QUESTIONS if q.id == "failure_mode")
    expect(glimpse.locator("dt")).to_have_text([deciding.prompt])
    expect(glimpse.locator("dd")).to_have_text([deciding.option("outages").label])
    expect(glimpse.locator(".sw-glimpse__headline")).to_have_text(rec.headline)
    expect(glimpse.locator("ol > li")).to_have_text([kind.title for kind in rec.sequence.order])


def test_home_cards_read_before_they_link(page: Page, watch: PageWatch, built_site: BuiltSite) -> None:
    """Each of the three type cards has one link, to its type's page, after the text that explains it."""
    _open(page, "", "light", PHONE)
    cards = page.locator(".sw-types > ul > li")
    expect(cards).to_have_count(3)
    links = [cards.nth(i).locator("a").evaluate_all("as => as.map(a => a.getAttribute('href'))") for i in range(3)]
    assert links == [[built_site.url + "technical/"], [built_site.url + "process/"], [built_site.url + "user/"]]
    for i in range(3):
        expect(cards.nth(i).locator("p").last.locator("a")).to_have_count(1)


SCENARIOS = ("The report that times out", "Friday deploys", "The deal stuck in security review", "Two fires at once")


def _visible_scenario(page: Page) -> list[str]:
    """The labels of the scenarios whose text is shown."""
    shown: list[str] = page.evaluate(
        """() => {
          const set = document.querySelector(".tabbed-set");
          const labels = [...set.querySelectorAll(".tabbed-labels > label")].map(l => l.textContent.trim());
          return [...set.querySelectorAll(".tabbed-block")]
            .map((block, i) => block.getBoundingClientRect().height > 0 ? labels[i] : null)
            .filter(Boolean);
        }"""
    )
    return shown


@pytest.mark.parametrize("scheme", SCHEMES)
def test_prioritising_scenarios_all_in_view_and_open_by_tap(
    browser: Browser, built_site: BuiltSite, scheme: Scheme
) -> None:
    """At 375 px every scenario's label is wholly on screen (none cut off, no scrolling row), and tapping
    each one shows its scenario and only that one."""
    with phone_page(browser, built_site, scheme) as page:
        page.goto("prioritising/")
        labels = page.locator(".tabbed-set .tabbed-labels > label")
        expect(labels).to_have_text(list(SCENARIOS))
        row = page.locator(".tabbed-set .tabbed-labels")
        assert row.evaluate("r => r.scrollWidth <= r.clientWidth")
        for i in range(len(SCENARIOS)):
            box = labels.nth(i).bounding_box()
            assert box is not None
            assert box["x"] >= 0, SCENARIOS[i]
            assert box["x"] + box["width"] <= PHONE["width"], SCENARIOS[i]
        for i, name in reversed(list(enumerate(SCENARIOS))):
            labels.nth(i).tap()
            expect(page.locator(".tabbed-set > input").nth(i)).to_be_checked()
            assert _visible_scenario(page) == [name]


def test_prioritising_scenarios_open_by_keyboard(page: Page, watch: PageWatch) -> None:
    """From the heading before them, Tab reaches the scenarios; the arrow keys open each in turn, with a
    visible focus ring on the focused scenario's label."""
    _open(page, "prioritising/", "light", PHONE)
    page.locator("#worked-scenarios a.headerlink").focus()
    page.keyboard.press("Tab")
    radios = page.locator(".tabbed-set > input")
    expect(radios.nth(0)).to_be_focused()
    assert _visible_scenario(page) == [SCENARIOS[0]]
    for i in range(1, len(SCENARIOS)):
        page.keyboard.press("ArrowRight")
        expect(radios.nth(i)).to_be_focused()
        expect(radios.nth(i)).to_be_checked()
        assert _visible_scenario(page) == [SCENARIOS[i]]
        outline = (
            page.locator(".tabbed-set .tabbed-labels > label").nth(i).evaluate("l => getComputedStyle(l).outlineStyle")
        )
        assert outline == "solid"


TABLES = """() => [...document.querySelectorAll("article table")].map(table => {
  const box = table.getBoundingClientRect();
  const article = document.querySelector("article").getBoundingClientRect();
  const wrap = table.closest(".md-typeset__scrollwrap");
  const cells = [...table.querySelectorAll("tbody td")];
  return {
    tableWidth: Math.round(box.width),
    articleWidth: Math.round(article.width),
    left: Math.round(box.left - article.left),
    tableScrolls: table.scrollWidth > table.clientWidth,
    wrapScrolls: wrap ? wrap.scrollWidth > wrap.clientWidth : false,
    hiddenCells: cells.filter(td => td.getBoundingClientRect().width === 0).length,
    cellTexts: cells.map(td => td.textContent.trim()),
    labels: cells.map(td => td.dataset.label ?? null),
    shownLabels: cells.map(td => getComputedStyle(td, "::before").content),
  };
})"""


@pytest.mark.parametrize("scheme", SCHEMES)
def test_no_guide_table_wider_than_its_container_on_a_phone(page: Page, watch: PageWatch, scheme: Scheme) -> None:
    """At 375 px, every table on the argument-carrying pages fits its column without scrolling sideways;
    its rows stack with each cell under its column's name, the same cells in the same order as at 1280 px."""
    problems, stacked = {}, 0
    for path in TABLE_PAGES:
        _open(page, path, scheme, LAPTOP)
        wide = page.evaluate(TABLES)
        _open(page, path, scheme, PHONE)
        narrow = page.evaluate(TABLES)
        assert narrow, f"{path} has no table"
        for n, (table, at_laptop) in enumerate(zip(narrow, wide, strict=True)):
            issues = []
            if table["tableWidth"] > table["articleWidth"] or table["left"] < 0:
                issues.append(f"{table['tableWidth']} px table in a {table['articleWidth']} px column")
            if table["tableScrolls"] or table["wrapScrolls"]:
                issues.append("scrolls sideways")
            if table["hiddenCells"]:
                issues.append(f"{table['hiddenCells']} cells hidden")
            if table["cellTexts"] != at_laptop["cellTexts"]:
                issues.append("cells differ from the wide layout")
            if all(table["labels"]):
                stacked += 1
                shown = [content.strip('"') for content in table["shownLabels"]]
                if shown != table["labels"]:
                    issues.append("column names not shown beside the cells")
            if issues:
                problems[f"{path} table {n + 1}"] = issues
    assert problems == {}
    assert stacked >= len(TABLE_PAGES)


DIAGRAM = """() => {
  const svg = document.querySelector("svg.sw-seq");
  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  const sizes = [...svg.querySelectorAll("text")].map(t => parseFloat(getComputedStyle(t).fontSize) * scale);
  const arrow = svg.querySelector("path.sw-seq__line--alt");
  const end = arrow.getPointAtLength(arrow.getTotalLength());
  const box = rect => ({x: rect.x.baseVal.value, y: rect.y.baseVal.value,
                        w: rect.width.baseVal.value, h: rect.height.baseVal.value});
  const rows = [...svg.querySelectorAll("g[data-order]")].map(g => ({
    order: g.dataset.order,
    names: [...g.querySelectorAll(".sw-seq__name")].map(t => t.textContent),
    first: box(g.querySelector("rect")),
  }));
  const arrowStart = arrow.getPointAtLength(0);
  return {
    smallest: Math.min(...sizes),
    width: svg.getBoundingClientRect().width,
    rows,
    start: {x: arrowStart.x, y: arrowStart.y},
    end: {x: end.x, y: end.y},
    lastOfDefault: box([...svg.querySelectorAll('g[data-order="default"] rect')].pop()),
    label: [...svg.getAttribute("aria-labelledby").split(" ")].map(id => document.getElementById(id).textContent),
    altColour: getComputedStyle(svg.querySelector(".sw-seq__text--alt")).fill,
    background: getComputedStyle(document.body).backgroundColor,
  };
}"""


def _luminance(css: str) -> float:
    red, green, blue = (int(v) / 255 for v in re.findall(r"\d+", css)[:3])

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)


def _contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("scheme", SCHEMES)
def test_sequencing_diagram_draws_user_scaling_moving_to_the_front(
    page: Page, watch: PageWatch, scheme: Scheme
) -> None:
    """At 375 px the diagram's smallest text renders at 12 px or more; the dashed exception arrow leaves the
    last step of the default row and ends on the first step of the second row, which is user scaling; the
    text alternative names both orders; the exception's text contrasts with the page at 4.5:1 or more."""
    _open(page, "sequencing/", scheme, PHONE)
    diagram = page.evaluate(DIAGRAM)
    assert diagram["smallest"] >= 12
    assert diagram["width"] <= PHONE["width"]
    rows = {row["order"]: row["names"] for row in diagram["rows"]}
    assert rows == {"default": ["Technical", "Process", "User"], "deals-blocked": ["User", "Technical", "Process"]}
    last, first = diagram["lastOfDefault"], diagram["rows"][1]["first"]
    assert last["x"] <= diagram["start"]["x"] <= last["x"] + last["w"]
    assert diagram["start"]["y"] == pytest.approx(last["y"] + last["h"], abs=2)
    assert first["x"] <= diagram["end"]["x"] <= first["x"] + first["w"]
    assert diagram["end"]["y"] == pytest.approx(first["y"], abs=6)
    title, description = diagram["label"]
    assert "exception" in title
    assert "1, technical scaling; 2, process scaling; 3, user scaling" in description
    assert "1, user scaling; 2, technical scaling; 3, process scaling" in description
    assert _contrast(diagram["altColour"], diagram["background"]) >= 4.5


def test_the_exercise_goes_straight_to_the_complaint_boxes_on_a_phone(page: Page, watch: PageWatch) -> None:
    """A reader's review: from the exercise, "Answer the questionnaire" landed at the questionnaire's top, and the
    complaint boxes were six screens further down on a phone. The exercise also links to them: the link lands with
    the complaints' heading on the screen."""
    page.set_viewport_size(PHONE)
    follow_site_links(page)
    page.goto("exercise/")
    expect_instant_navigation(page)
    page.get_by_role("link", name="Go to the complaint boxes").click()
    expect(page).to_have_url(re.compile(r"/tool/#sw-complaints$"))
    expect(page.get_by_role("heading", name="Your top scaling complaints (optional)")).to_be_in_viewport(ratio=1)
    expect(page.locator("#sw-complaint-1")).to_be_in_viewport()
