"""The questionnaire in Chromium: answers in the form, the engine's recommendation out, and the failures."""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import BrowserContext, Page, Route, Worker, expect

from decision_engine import ScalingType, dumps, recommend
from tests.support.answer_sets import sample_answer_sets
from tests.support.browser import BOOT_TIMEOUT_MS, PageWatch, answer, expect_engine_ready, open_tool
from tests.support.rule_table import RULE_TABLE

TITLES = {
    ScalingType.TECHNICAL: "Technical scaling",
    ScalingType.PROCESS: "Process scaling",
    ScalingType.USER: "User scaling",
}


def engine_workers(page: Page) -> list[Worker]:
    """The page's engine workers (Material's search runs in a worker of its own)."""
    return [w for w in page.workers if w.url.endswith("/engine-worker.js")]


def expect_failure_shown(page: Page, reason: re.Pattern[str]) -> None:
    """The plain-words message with a retry button, and the static mapping for the deciding answer."""
    problem = page.locator("#sw-engine-problem")
    expect(problem).to_be_visible(timeout=BOOT_TIMEOUT_MS)
    expect(page.locator("#sw-engine-problem-text")).to_have_text(reason)
    expect(page.get_by_role("button", name="Try again")).to_be_visible()
    expect(page.locator("#sw-fallback")).to_be_visible()


@pytest.fixture
def tool(page: Page) -> Page:
    open_tool(page)
    return page


def test_rule_table_through_the_form(tool: Page) -> None:
    """Every row of the engine's rule table, answered in the form, shows its lead as the result heading."""
    for name, answers, lead in RULE_TABLE:
        tool.get_by_role("button", name="Clear my answers").click()
        expect(tool.locator("#sw-result-summary")).to_have_text(re.compile("Answer the deciding question"))
        for question, option in answers.items():
            answer(tool, question, option)
        expect(tool.locator("#sw-result-lead"), name).to_have_text(TITLES[lead])
        expect(tool.locator("#sw-tool")).to_have_attribute("data-lead", lead.value)


def test_result_explains_itself(tool: Page) -> None:
    """The result shows the chart with its text, sequence, trade-off, actions, rationale, confidence,
    under-invested note, guide links and rubric version, all from the engine's recommendation."""
    answers = {"failure_mode": "outages", "adoption": "upmarket", "effort_technical": "most", "effort_user": "none"}
    for question, option in answers.items():
        answer(tool, question, option)
    rec = json.loads(dumps(recommend(answers)))
    body = tool.locator("#sw-result-body")
    expect(tool.locator("#sw-result-lead")).to_have_text("Technical scaling")
    rows = tool.locator(".sw-chart__row")
    expect(rows).to_have_text(
        [f"{TITLES[ScalingType(r['type'])]}{r['score']} point{'s' * (abs(r['score']) != 1)}" for r in rec["ranking"]]
    )
    assert [t["type"] for t in rec["ranking"]][1] == "user"
    expect(body.locator("h3", has_text="The sequence").locator("xpath=..").locator("ol li")).to_have_text(
        [TITLES[ScalingType(t)] for t in rec["sequence"]["order"]]
    )
    expect(body).to_contain_text(rec["trade_off"]["trade_off"])
    expect(body).to_contain_text(rec["trade_off"]["keep_in_check"])
    for action in rec["first_actions"]:
        expect(body).to_contain_text(action["text"])
    for item in rec["rationale"]:
        expect(body).to_contain_text(item["text"])
    expect(body).to_contain_text(rec["under_invested"]["text"])
    expect(tool.locator("#sw-result-summary")).to_have_text(
        f"Technical scaling first. Confidence: {rec['confidence']['level']} ({rec['confidence']['score']} out of 100)."
    )
    expect(body.get_by_role("link", name="Technical scaling in the guide")).to_have_attribute(
        "href", re.compile(r"/technical/$")
    )
    expect(body).to_contain_text(f"Rubric version {rec['rubric_version']}.")
    marks = tool.evaluate(
        "['form-usable', 'engine-ready', 'answer-to-result'].map(n => performance.getEntriesByName(n).length)"
    )
    form_usable, engine_ready, updates = marks
    assert form_usable >= 1
    assert engine_ready == 1
    assert updates >= len(answers)


def test_browser_matches_cpython_for_generated_answers(tool: Page) -> None:
    """For 300 generated answer sets the engine in the browser exports exactly CPython's JSON."""
    answer_sets = sample_answer_sets(300, seed=6)
    exported = tool.evaluate(
        """async (sets) => {
            const out = [];
            for (const answers of sets) {
                out.push(JSON.parse(await window.scaleWhatEngine.request("export", { answers })).result);
            }
            return out;
        }""",
        answer_sets,
    )
    assert exported == [dumps(recommend(a)) for a in answer_sets]


def test_keyboard_only_from_home_to_result(page: Page) -> None:
    """From the home page to an explained recommendation with the keyboard alone."""
    page.goto("")
    for _ in range(80):
        page.keyboard.press("Tab")
        href = page.evaluate("document.activeElement && document.activeElement.getAttribute('href')")
        if href and re.search(r"(^|/)tool/$", href):
            break
    else:
        pytest.fail("no link to the questionnaire reachable with Tab from the home page")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/tool/$"))
    expect_engine_ready(page)
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.name") == "failure_mode":
            break
    else:
        pytest.fail("the deciding question is not reachable with Tab")
    page.keyboard.press("ArrowRight")  # radio group: arrows move and select: "Regressions / firefighting"
    expect(page.locator("#sw-failure_mode-regressions")).to_be_checked()
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent") == "Show my recommendation":
            break
    else:
        pytest.fail("the submit button is not reachable with Tab")
    page.keyboard.press("Enter")
    expect(page.locator("#sw-result-lead")).to_have_text("Process scaling")
    expect(page.locator("#sw-result")).to_be_focused()


def test_instant_navigation_reuses_one_engine(page: Page, watch: PageWatch) -> None:
    """Leaving through the site's own links and coming back keeps one worker, one Pyodide and the answers."""
    open_tool(page)
    page.evaluate("window.__sameDocument = true")
    answer(page, "failure_mode", "governance")
    expect(page.locator("#sw-result-lead")).to_have_text("User scaling")
    page.locator("nav.md-nav--primary").get_by_role("link", name="Sequencing").click()
    expect(page).to_have_url(re.compile(r"/sequencing/$"))
    assert page.evaluate("window.__sameDocument") is True, "instant navigation fell back to a full reload"
    page.locator("nav.md-nav--primary").get_by_role("link", name="The questionnaire").click()
    expect(page).to_have_url(re.compile(r"/tool/$"))
    assert page.evaluate("window.__sameDocument") is True
    expect(page.locator("#sw-failure_mode-governance")).to_be_checked()
    expect(page.locator("#sw-result-lead")).to_have_text("User scaling")
    answer(page, "failure_mode", "regressions")
    expect(page.locator("#sw-result-lead")).to_have_text("Process scaling")
    assert len(engine_workers(page)) == 1
    assert [u for u in watch.requests if u.endswith("/pyodide.asm.wasm")] == [
        watch.origin + "/assets/pyodide/314.0.7/pyodide.asm.wasm"
    ]


def test_phone_width_has_no_horizontal_scroll(page: Page) -> None:
    """At 375 px wide, with a full result shown, the questionnaire page does not scroll sideways."""
    page.set_viewport_size({"width": 375, "height": 800})
    open_tool(page)
    for question, option in {"failure_mode": "outages", "deals_blocked": "yes", "effort_user": "none"}.items():
        answer(page, question, option)
    expect(page.locator("#sw-result-lead")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")


def test_wide_screen_shows_the_result_beside_the_form(page: Page) -> None:
    """At 1280 px the form fills the left column and the result sits beside it, in view at the top."""
    page.set_viewport_size({"width": 1280, "height": 900})
    open_tool(page)
    answer(page, "failure_mode", "regressions")
    expect(page.locator("#sw-result-lead")).to_be_visible()
    boxes = page.evaluate(
        """() => Object.fromEntries(['#sw-tool', '.sw-tool__main', '.sw-tool__aside', '#sw-result-lead']
            .map((s) => [s, document.querySelector(s).getBoundingClientRect().toJSON()]))"""
    )
    tool, main, aside = boxes["#sw-tool"], boxes[".sw-tool__main"], boxes[".sw-tool__aside"]
    assert main["left"] == tool["left"], "the form starts at the tool's left edge"
    assert aside["left"] >= main["right"], "the result column is to the right of the form"
    assert abs(aside["top"] - main["top"]) < 1, "the form and the result start on the same row"
    assert 0 <= boxes["#sw-result-lead"]["top"] < 900, "the lead is on screen without scrolling"


def test_data_saver_waits_for_the_first_answer(context: BrowserContext, watch: PageWatch) -> None:
    """With Save-Data on, nothing of Pyodide downloads until the reader answers; then the result comes."""
    context.add_init_script("Object.defineProperty(navigator, 'connection', { value: { saveData: true } })")
    page = context.new_page()
    open_tool(page, wait_ready=False)
    expect(page.locator("#sw-engine-status")).to_have_text(re.compile(r"^Data saver is on"))
    page.wait_for_timeout(500)
    assert [u for u in watch.requests if "/assets/pyodide/" in u] == []
    answer(page, "failure_mode", "outages")
    expect(page.locator("#sw-result-lead")).to_have_text("Technical scaling", timeout=BOOT_TIMEOUT_MS)


# ---------------------------------------------------------------------------------------------
# Faults: a plain message, a retry button, the answers kept, the static mapping, no uncaught error
# ---------------------------------------------------------------------------------------------


def test_blocked_wasm_then_retry(context: BrowserContext, watch: PageWatch) -> None:
    """The runtime's download fails: the page says so; after the network recovers, Try again works."""
    watch.expect_console_error(r"Failed to load resource|pyodide|wasm|WebAssembly|Failed to fetch|ERR_FAILED")
    blocked = {"on": True}

    def block_wasm(route: Route) -> None:
        if blocked["on"]:
            route.abort("failed")
        else:
            route.fallback()

    context.route(re.compile(r".*/pyodide\.asm\.wasm$"), block_wasm)
    # The failed download is reported at once; the watchdog only needs to tolerate a slow, loaded machine.
    context.add_init_script("window.__scaleWhatWatchdogMs = 20000")
    page = context.new_page()
    open_tool(page, wait_ready=False)
    answer(page, "failure_mode", "regressions")
    expect_failure_shown(page, re.compile(r"could not be downloaded|stopped loading"))
    expect(page.locator("#sw-failure_mode-regressions")).to_be_checked()
    expect(page.locator('.sw-mapping-row[aria-current="true"]')).to_contain_text("Process scaling")
    blocked["on"] = False
    page.get_by_role("button", name="Try again").click()
    expect(page.locator("#sw-result-lead")).to_have_text("Process scaling", timeout=BOOT_TIMEOUT_MS)
    expect(page.locator("#sw-engine-problem")).to_be_hidden()
    expect(page.locator("#sw-fallback")).to_be_hidden()


def test_wasm_with_wrong_mime_type(context: BrowserContext, watch: PageWatch) -> None:
    """The wasm served as application/octet-stream (Pyodide then hangs): the watchdog reports it."""
    # Chromium may log the MIME mismatch; the watchdog turns Pyodide's silent hang into the message.
    watch.expect_console_error(r"wasm|WebAssembly|MIME|Incorrect response")

    def wrong_type(route: Route) -> None:
        response = route.fetch()
        route.fulfill(response=response, headers={**response.headers, "content-type": "application/octet-stream"})

    context.route(re.compile(r".*/pyodide\.asm\.wasm$"), wrong_type)
    context.add_init_script("window.__scaleWhatWatchdogMs = 4000")
    page = context.new_page()
    open_tool(page, wait_ready=False)
    answer(page, "failure_mode", "governance")
    expect_failure_shown(page, re.compile(r"stopped loading|wrong type|went wrong"))
    expect(page.locator("#sw-failure_mode-governance")).to_be_checked()
    expect(page.locator('.sw-mapping-row[aria-current="true"]')).to_contain_text("User scaling")


def test_without_webassembly(context: BrowserContext, watch: PageWatch) -> None:
    """WebAssembly removed before the page loads: a clear message at once, no download."""
    context.add_init_script("delete window.WebAssembly")
    page = context.new_page()
    open_tool(page, wait_ready=False)
    expect_failure_shown(page, re.compile(r"cannot run WebAssembly"))
    answer(page, "failure_mode", "outages")
    expect(page.locator('.sw-mapping-row[aria-current="true"]')).to_contain_text("Technical scaling")
    expect(page.locator("#sw-result-summary")).to_have_text(re.compile("not available"))
    assert [u for u in watch.requests if "/assets/pyodide/" in u] == []


def test_worker_dies_while_reading(context: BrowserContext, watch: PageWatch) -> None:
    """The worker is terminated while the reader is on the page: the next answer reports it, nothing lost."""
    context.add_init_script("window.__scaleWhatReplyTimeoutMs = 1500")
    page = context.new_page()
    open_tool(page)
    answer(page, "failure_mode", "outages")
    expect(page.locator("#sw-result-lead")).to_have_text("Technical scaling")
    (worker,) = engine_workers(page)
    worker.evaluate("self.close()")
    answer(page, "deals_blocked", "yes")
    expect_failure_shown(page, re.compile(r"stopped working"))
    expect(page.locator("#sw-failure_mode-outages")).to_be_checked()
    expect(page.locator("#sw-deals_blocked-yes")).to_be_checked()
    expect(page.locator("#sw-result-lead")).to_have_count(0)
    page.get_by_role("button", name="Try again").click()
    expect(page.locator("#sw-engine-status")).to_have_text(re.compile(r"^Engine ready"), timeout=BOOT_TIMEOUT_MS)
    expected = recommend({"failure_mode": "outages", "deals_blocked": "yes"}).lead
    expect(page.locator("#sw-result-lead")).to_have_text(TITLES[expected])
