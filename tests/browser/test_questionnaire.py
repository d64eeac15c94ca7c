"""The questionnaire in Chromium: answers in the form, the engine's recommendation out, and the failures."""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pytest
from playwright.sync_api import BrowserContext, Locator, Page, Route, Worker, expect

from decision_engine import QUESTIONS, ScalingType, dumps, recommend
from decision_engine.serialize import to_dict
from decision_engine.session import evaluate
from tests.support.answer_sets import sample_answer_sets
from tests.support.browser import (
    BOOT_TIMEOUT_MS,
    ENGINE_WORKER,
    STATUS_WORDS,
    PageWatch,
    answer,
    expect_engine_ready,
    expect_instant_navigation,
    expect_lead,
    expect_result,
    fill_every_complaint,
    follow_site_links,
    go_by_side_menu,
    open_tool,
    slow_network,
)
from tests.support.doctrine_table import TABLE
from tests.support.engine_hold import hold_engine_messages
from tests.support.polling import wait_for
from tests.support.site import BuiltSite
from tests.support.views import MATERIAL_SCHEME, SCHEMES, Scheme

TITLES = {
    ScalingType.TECHNICAL: "Technical scaling",
    ScalingType.PROCESS: "Process scaling",
    ScalingType.USER: "User scaling",
}


def engine_workers(page: Page) -> list[Worker]:
    """The page's engine workers (Material's search runs in a worker of its own)."""
    return [w for w in page.workers if ENGINE_WORKER.search(w.url)]


def tune(context: BrowserContext, **timings: int) -> None:
    """Shorter waits for the engine client in this context (its sessionStorage tuning, read by the client)."""
    script = f"try {{ sessionStorage.setItem('scale-what:tuning', {json.dumps(json.dumps(timings))}) }} catch {{}}"
    context.add_init_script(script)


def expect_failure_shown(page: Page, code: str) -> None:
    """The engine failed with exactly this code: a plain-words message right under the deciding question with a
    retry button and the way without JavaScript (tool/steps/), and the static mapping for the deciding answer."""
    problem = page.locator("#sw-engine-problem")
    expect(problem).to_be_visible(timeout=BOOT_TIMEOUT_MS)
    expect(page.locator("#sw-tool")).to_have_attribute("data-engine-failure", code)
    expect(page.locator("#sw-engine-problem-text")).not_to_be_empty()
    expect(page.get_by_role("button", name="Try again")).to_be_visible()
    steps = problem.get_by_role("link", name="Answer one question at a time (no JavaScript needed)")
    expect(steps).to_have_attribute("href", re.compile(r"/tool/steps/$"))
    assert page.evaluate("document.querySelector('#sw-q-failure_mode').nextElementSibling.id") == "sw-engine"
    expect(page.locator("#sw-fallback")).to_be_visible()


@pytest.fixture
def tool(returning_page: Page) -> Page:
    """The questionnaire open and its engine ready, in a returning reader's browser."""
    open_tool(returning_page)
    return returning_page


def test_decision_table_through_the_form(tool: Page) -> None:
    """Every row of the doctrine's decision table, answered in the form (the follow-up where the engine asks it),
    shows its lead, second place, confidence level and flags."""
    for row in TABLE:
        tool.get_by_role("button", name="Clear my answers").click()
        expect(tool.locator("#sw-result-summary")).to_have_text(re.compile("Answer the deciding question"))
        for question, option in row.answers.items():
            answer(tool, question, option)
        rec = expect_result(tool, row.answers)  # the last answer's reply, not only a lead an earlier one shares
        expect(tool.locator("#sw-tool"), row.name).to_have_attribute("data-lead", row.lead.value)
        expect(tool.locator("#sw-tool"), row.name).to_have_attribute("data-confidence", row.level)
        expect(tool.locator("#sw-result-summary"), row.name).to_have_text(rec.headline)
        expect(tool.locator(".sw-sequence li").nth(1), row.name).to_have_text(rec.sequence.reasons[1])
        assert rec.sequence.order[1] is row.second
        expect(tool.locator(".sw-result__flags li"), row.name).to_have_text([flag.text for flag in rec.flags])


ANSWER_TO_RESULT = "answer-to-result"
MEASURED_AT_LEAST = f"n => performance.getEntriesByName({ANSWER_TO_RESULT!r}).length >= n"


def test_result_explains_itself(tool: Page) -> None:
    """The result shows the confidence, the sequence with a reason per place, the evidence chart with each type's
    points and place in words (a lead with fewer points than another is labelled as the lead), the flags, what
    would change the lead, the rationale, trade-off, actions, the under-invested verdict, guide links and rubric
    version, all from the engine's recommendation."""
    answers = {
        "failure_mode": "outages",
        "adoption": "upmarket",
        "freq_regressions": "weekly",
        "effort_technical": "most",
        "effort_user": "none",
    }
    measured = tool.evaluate(f"performance.getEntriesByName({ANSWER_TO_RESULT!r}).length")
    for question, option in answers.items():
        answer(tool, question, option)
        measured += 1  # each answer's result is shown (and measured) before the next click
        tool.wait_for_function(MEASURED_AT_LEAST, arg=measured, timeout=BOOT_TIMEOUT_MS)
    rec = json.loads(dumps(recommend(answers)))
    body = tool.locator("#sw-result-body")
    expect_lead(tool, "technical")
    expect(tool.locator("#sw-result-summary")).to_have_text(rec["headline"])
    points = {e["type"]: e["points"] for e in rec["evidence"]}
    assert points["process"] > points["technical"], "the lead has fewer points than another type here"
    expect(tool.locator(".sw-chart__row")).to_have_text(
        [
            f"{TITLES[ScalingType(e['type'])]}{e['role']}{e['points']} point{'s' * (abs(e['points']) != 1)}"
            for e in rec["evidence"]
        ]
    )
    expect(tool.locator(".sw-chart__row--lead .sw-chart__role")).to_have_text("leads: you named it")
    expect(tool.locator(".sw-sequence li")).to_have_text(rec["sequence"]["reasons"])
    # The confidence stays with the headline, before "Keep or share" (a phone showed it a screen further down).
    expect(tool.locator("#sw-result-confidence .sw-result__confidence")).to_contain_text(
        f"Confidence: {rec['confidence']['word']} — {rec['confidence']['text']}"
    )
    in_order = "() => [...document.querySelectorAll('#sw-result-summary, #sw-result-confidence, #sw-keep')]"
    assert tool.evaluate(f"{in_order}.map((e) => e.id)") == ["sw-result-summary", "sw-result-confidence", "sw-keep"]
    assert rec["flags"], "the weekly regressions pull against the named outages"
    expect(body.locator(".sw-result__flags li")).to_have_text([flag["text"] for flag in rec["flags"]])
    expect(body).to_contain_text(rec["would_change"]["summary"])
    for change in rec["would_change"]["changes"]:
        expect(body).to_contain_text(change["text"])
    expect(body).to_contain_text(rec["trade_off"]["trade_off"])
    expect(body).to_contain_text(rec["trade_off"]["keep_in_check"])
    for action in rec["first_actions"]:
        expect(body).to_contain_text(action["text"])
    # The guide's abbreviations are defined in the result as on the guide's pages (a reader's review: "p99" and
    # "SLO" unexplained); only whole words.
    expect(body.locator("abbr", has_text=re.compile(r"^SLO$")).first).to_have_attribute(
        "title", "Service level objective"
    )
    expect(body.locator("abbr", has_text=re.compile(r"^p99$")).first).to_have_attribute("title", re.compile("^99th"))
    # The first of each is marked, for a touch screen to spell it out; the others are not.
    firsts = body.locator("abbr.sw-abbr-first")
    assert firsts.count() == len(set(firsts.all_text_contents())) > 0
    for item in rec["rationale"]:
        expect(body).to_contain_text(item["text"])
    expect(tool.locator("#sw-result-under-invested")).to_contain_text(rec["under_invested"]["text"])
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
    # The last answer's whole wait (make bench reports it) holds its engine round trip, on the same clock.
    tool.wait_for_function("() => performance.getEntriesByName('change-to-result-drawn').length >= 1")
    drawn, trips = tool.evaluate(
        "['change-to-result-drawn', 'answer-to-result'].map(n => performance.getEntriesByName(n)"
        ".map(e => [e.startTime, e.startTime + e.duration]))"
    )
    start, end = drawn[-1]
    assert any(start <= trip_start < trip_end <= end for trip_start, trip_end in trips), (drawn, trips)


# Every message the page posts to a worker, as the worker receives it (structured clone through JSON), and the
# address and name of every worker it starts.
RECORD_WORKER_MESSAGES = """
window.__sentToWorker = [];
const post = Worker.prototype.postMessage;
Worker.prototype.postMessage = function (message, ...rest) {
  window.__sentToWorker.push(JSON.parse(JSON.stringify(message)));
  return post.call(this, message, ...rest);
};
window.__workersStarted = [];
const NativeWorker = window.Worker;
window.Worker = class extends NativeWorker {
  constructor(url, options) {
    window.__workersStarted.push([String(url), String(options?.name ?? "")]);
    super(url, options);
  }
};
"""


def engine_requests(page: Page) -> list[dict[str, Any]]:
    """The engine requests the page has sent so far ({command, payload}, decoded from the JSON text the client
    encodes)."""
    sent: list[dict[str, Any]] = page.evaluate("window.__sentToWorker")
    return [json.loads(message["json"]) for message in sent if message.get("type") == "request"]


def answer_that_the_blocked_deals_cost_more(page: Page, failure: str = "outages") -> None:
    """Name ``failure``, say enterprise deals are blocked, and answer the follow-up that the blocked deals cost more:
    user scaling leads."""
    answer(page, "failure_mode", failure)
    answer(page, "deals_blocked", "yes")
    answer(page, "costs_more", "blocked_deals")
    expect_lead(page, "user")


def test_the_guides_mapping_marks_no_row_under_a_result(returning_page: Page) -> None:
    """A reader's review: the guide's mapping (the deciding answer alone, for a reader without the engine) marked
    "Outages / latency: technical scaling leads" under a result for user scaling, the blocked deals leading. With a
    result, no row is marked, and the mapping has stepped aside (a later review: it read as a second verdict)."""
    page = returning_page
    open_tool(page)
    answer_that_the_blocked_deals_cost_more(page)
    expect(page.locator("#sw-fallback")).to_be_hidden()
    expect(page.locator('.sw-mapping-row[aria-current="true"]')).to_have_count(0)
    expect(page.locator(".sw-mapping-row--current")).to_have_count(0)


def test_a_follow_up_answer_for_another_failure_is_cleared_with_a_way_back(returning_page: Page) -> None:
    """The follow-up compares the failure named with the blocked deals: naming another failure clears its answer
    (the result never claims the reader said the new one costs more), says so under the deciding question with the
    words the reader saw, and "Keep my answer" puts it back as given for the failure named now."""
    page = returning_page
    open_tool(page)
    named = page.locator('label[for="sw-costs_more-named_failure"] > span')
    check_row = page.locator('.sw-check__row[data-question="costs_more"] .sw-check__answer')
    answer(page, "failure_mode", "outages")
    answer(page, "deals_blocked", "yes")
    # The answer says which failure it means (a reader's review: "The failure I named" did not), here and below.
    expect(named).to_have_text("The failure I named (Outages / latency)")
    answer(page, "costs_more", "named_failure")
    expect(check_row).to_have_text("The failure I named (Outages / latency)")
    expect(page.locator("#sw-tool")).to_have_attribute("data-confidence", "firm")
    expect(page.locator("#sw-result-body")).to_contain_text("you said outages and latency cost more")

    answer(page, "failure_mode", "regressions")
    expect(page.locator("#sw-costs_more-named_failure")).not_to_be_checked()
    expect(named).to_have_text("The failure I named (Regressions / firefighting)")
    notice = page.locator('#sw-follow-up-notice [data-sw-notice-shown="follow-up-cleared"]')
    # Under the deciding question, where the answer was just changed (in the notices row above the questions, only
    # its button showed under the header: a reader's review).
    expect(notice).to_be_in_viewport(ratio=1)
    prompt = next(question.prompt for question in QUESTIONS if question.id == "costs_more")
    expect(notice).to_have_text(
        f"Your answer to “{prompt}” is cleared. It compared Outages / latency with the blocked deals, and you have "
        "named Regressions / firefighting since: answer it again for that.Keep my answer"
    )
    open_follow_up = recommend({"failure_mode": "regressions", "deals_blocked": "yes"})
    expect(page.locator("#sw-tool")).to_have_attribute("data-confidence", open_follow_up.confidence.level)
    expect(page.locator("#sw-result-body")).not_to_contain_text("you said regressions and firefighting cost more")
    assert page.evaluate("JSON.parse(localStorage.getItem('scale-what:v1')).state.answers.costs_more") is None

    notice.get_by_role("button", name="Keep my answer").click()
    expect(page.locator("#sw-costs_more-named_failure")).to_be_checked()
    expect(page.locator("#sw-costs_more-named_failure")).to_be_focused()
    expect(notice).to_have_count(0)
    kept = recommend({"failure_mode": "regressions", "deals_blocked": "yes", "costs_more": "named_failure"})
    expect(page.locator("#sw-tool")).to_have_attribute("data-confidence", kept.confidence.level)
    expect(page.locator("#sw-result-body")).to_contain_text("you said regressions and firefighting cost more")
    answer(page, "failure_mode", "governance")  # not asked now: the answer waits, untouched
    expect_lead(page, "user")  # the reply to it, where a stale follow-up would be cleared
    expect(page.locator("#sw-costs_more-named_failure")).to_be_checked()
    expect(notice).to_have_count(0)


def test_on_a_phone_the_result_spells_out_each_abbreviation_once(returning_phone: Page) -> None:
    """A reader's review: "p99" and "SLO" in the result were explained only in a title, which a phone never shows.
    On a touch screen the first of each says what it stands for; the rest stay as written."""
    page = returning_phone
    open_tool(page)
    answer(page, "failure_mode", "outages")
    expect_lead(page, "technical")
    after = "(e) => getComputedStyle(e, '::after').content"
    first = page.locator("#sw-result abbr.sw-abbr-first", has_text=re.compile(r"^p99$"))
    expect(first).to_have_count(1)
    title = first.get_attribute("title")
    assert title
    assert title in first.evaluate(after)
    others = page.locator("#sw-result abbr:not(.sw-abbr-first)")
    if others.count():
        assert others.first.evaluate(after) == "none"


def test_a_follow_up_answer_cleared_from_the_deals_question_is_said_where_the_reader_is(returning_phone: Page) -> None:
    """A reader's review: the follow-up's answer, kept while deals were not blocked and another failure was named, is
    cleared when deals are blocked again, and its notice went under the deciding question, a screen and more above
    the deals question on a phone. It now stands right above the follow-up, on the screen; a later change of the
    deciding answer puts it back under the deciding question."""
    page = returning_phone
    open_tool(page)
    notice = page.locator('[data-sw-notice-shown="follow-up-cleared"]')
    answer_that_the_blocked_deals_cost_more(page)
    answer(page, "deals_blocked", "no")
    answer(page, "failure_mode", "regressions")
    expect_lead(page, "process")
    answer(page, "deals_blocked", "yes")
    expect(notice).to_contain_text("It compared Outages / latency with the blocked deals")
    expect(notice).to_be_in_viewport(ratio=1)
    placed = "n => [n.parentElement.previousElementSibling.id, n.parentElement.nextElementSibling.id]"
    assert notice.evaluate(placed) == ["sw-q-deals_blocked", "sw-q-costs_more"]
    expect(page.locator("#sw-costs_more-blocked_deals")).not_to_be_checked()

    answer(page, "failure_mode", "outages")  # the failure it was given for: back, and said (a later reader's review)
    expect(page.locator("#sw-costs_more-blocked_deals")).to_be_checked()
    expect(notice).to_have_count(0)
    back = page.locator('[data-sw-notice-shown="follow-up-back"]')
    expect(back).to_have_text(
        "Your answer to “Which costs you more right now: the failure you named, or the blocked deals?” is back: “The "
        "blocked deals”, given when you named Outages / latency, as you have again."
    )
    expect(back).to_be_in_viewport(ratio=1)
    page.fill("#sw-complaint-1", "Deploys break prod")  # the next change, a complaint's too (a later attack review)
    expect(back).to_have_count(0)
    answer(page, "failure_mode", "regressions")  # cleared from the deciding question: the notice under it
    expect(notice).to_be_visible()
    expect(back).to_have_count(0)
    assert notice.evaluate("n => n.parentElement.previousElementSibling.id") == "sw-engine"


def test_the_notice_of_a_cleared_follow_up_answer_follows_the_deciding_answer(returning_page: Page) -> None:
    """A reader review: once the follow-up's answer was cleared, its notice went on naming the failure named then,
    and "Keep my answer" put the answer into a question no longer asked (the keyboard's focus lost with it). Naming
    a failure the follow-up is not asked for now takes the notice away, with nothing checked in the hidden question;
    naming again the failure the answer was given for brings the answer back as the reader left it, even through a
    failure the follow-up is not asked for (another review: Regressions, Outages, Governance, Regressions lost it)."""
    page = returning_page
    open_tool(page)
    notice = page.locator('#sw-follow-up-notice [data-sw-notice-shown="follow-up-cleared"]')
    follow_up = page.locator("#sw-q-costs_more")
    answer_that_the_blocked_deals_cost_more(page, "regressions")
    # "Watch for later" says the failure named hurts already (it named it as a risk to come).
    expect(page.locator("#sw-result-body")).to_contain_text(
        "It hurts already: you named regressions and firefighting as the most expensive failure. Left for later, it "
        "grows:"
    )

    answer(page, "failure_mode", "outages")
    expect(notice).to_contain_text(
        "It compared Regressions / firefighting with the blocked deals, and you have named Outages / latency since"
    )
    answer(page, "failure_mode", "governance")
    expect(follow_up).to_be_hidden()
    expect(notice).to_have_count(0)
    expect(page.locator("#sw-q-costs_more input:checked")).to_have_count(0)
    answer(page, "failure_mode", "outages")  # asked again, for another failure than its answer's: the notice is back
    expect(follow_up).to_be_visible()
    expect(page.locator("#sw-q-costs_more input:checked")).to_have_count(0)
    expect(notice).to_contain_text("It compared Regressions / firefighting with the blocked deals")
    answer(page, "failure_mode", "governance")
    expect(notice).to_have_count(0)
    answer(page, "failure_mode", "regressions")  # the failure it was given for: back as the reader left it
    expect(follow_up).to_be_visible()
    expect(page.locator("#sw-costs_more-blocked_deals")).to_be_checked()
    expect(notice).to_have_count(0)
    expect_lead(page, "user")

    answer(page, "failure_mode", "outages")
    expect(notice).to_be_visible()
    expect(page.locator("#sw-costs_more-blocked_deals")).not_to_be_checked()
    answer(page, "failure_mode", "regressions")  # the failure the answer was given for
    expect(page.locator("#sw-costs_more-blocked_deals")).to_be_checked()
    expect(notice).to_have_count(0)
    expect_result(page, {"failure_mode": "regressions", "deals_blocked": "yes", "costs_more": "blocked_deals"})


def test_follow_up_asked_in_place_and_kept_when_not_asked(returning_page: Page) -> None:
    """The follow-up appears under the deals question when the engine asks it, disappears when deals are not
    blocked (its answer kept in the form, the saved answers and the share link, never sent), comes back still
    answered; "The blocked deals" puts user scaling first. One request per change, each with only asked answers."""
    page = returning_page
    page.add_init_script(RECORD_WORKER_MESSAGES)
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    open_tool(page)
    follow_up = page.locator("#sw-q-costs_more")
    check_row = page.locator('.sw-check__row[data-question="costs_more"]')
    expect(follow_up).to_be_hidden()
    answer(page, "failure_mode", "outages")
    expect_lead(page, "technical")
    expect(follow_up).to_be_hidden()
    answer(page, "deals_blocked", "yes")
    expect(follow_up).to_be_visible()
    expect(page.locator("#sw-tool")).to_have_attribute("data-confidence", "check")
    assert page.evaluate("document.querySelector('#sw-q-costs_more').previousElementSibling.id") == (
        "sw-q-deals_blocked"
    ), "the follow-up stands right under the deals question"
    expect(check_row).to_be_visible()

    before = len(engine_requests(page))
    answer(page, "costs_more", "blocked_deals")
    expect_lead(page, "user")
    deals_cost_more = recommend({"failure_mode": "outages", "deals_blocked": "yes", "costs_more": "blocked_deals"})
    expect(page.locator("#sw-result-summary")).to_have_text(deals_cost_more.headline)
    page.wait_for_timeout(300)  # nothing else on its way
    assert [m["command"] for m in engine_requests(page)[before:]] == ["session"], "one request per change"

    answer(page, "deals_blocked", "no")
    expect(follow_up).to_be_hidden()
    expect_check_row(check_row, "The blocked deals", kept=True)
    expect_lead(page, "technical")
    expect(page.locator("#sw-costs_more-blocked_deals")).to_be_checked()  # kept, not shown
    page.get_by_role("button", name="Copy a share link").click()
    link = page.input_value("#sw-share-url")
    shared = json.loads(base64.urlsafe_b64decode(link.split("#answers=")[1] + "=" * 3).decode())
    assert shared["version"] == 2
    assert shared["state"]["answers"]["costs_more"] == "blocked_deals"
    with page.expect_download() as download:
        page.get_by_role("button", name="Download as JSON").click()
    document = json.loads(download.value.path().read_text(encoding="utf-8"))
    assert document["answers"] == {"failure_mode": "outages", "deals_blocked": "no"}  # the answers asked
    assert document["state"]["answers"]["costs_more"] == "blocked_deals"  # the state, as the page keeps it
    assert_whole_state_sent(page, download_made=True)

    page.reload()
    expect(page.locator("#sw-tool")).to_have_attribute("data-engine-stage", "ready", timeout=BOOT_TIMEOUT_MS)
    expect_lead(page, "technical")
    expect(follow_up).to_be_hidden()
    expect(page.locator("#sw-costs_more-blocked_deals")).to_be_checked()  # kept across the reload
    known_after_a_reload_not_from_a_link(page, check_row, link)


def known_after_a_reload_not_from_a_link(page: Page, check_row: Locator, link: str) -> None:
    """The follow-up's answer "The blocked deals", kept while not asked and read back after a reload, is saved with the
    failure it was given for (a reader's review: it was cleared as given for a failure not known): counted again when
    the deals are blocked again, with no notice. From a share link, which says nothing of it, it is not known."""
    expect_check_row(check_row, "The blocked deals", kept=True)
    answer(page, "deals_blocked", "yes")
    expect(page.locator("#sw-costs_more-blocked_deals")).to_be_checked()
    expect(page.locator('#sw-follow-up-notice [data-sw-notice-shown="follow-up-cleared"]')).to_have_count(0)
    expect_lead(page, "user")
    assert_whole_state_sent(page)  # since the reload

    page.evaluate("localStorage.clear()")  # no answers of the reader's own: the link's are shown as theirs
    page.goto(link)
    expect(page.locator("#sw-tool")).to_have_attribute("data-engine-stage", "ready", timeout=BOOT_TIMEOUT_MS)
    expect(page.locator("#sw-costs_more-blocked_deals")).to_be_checked()
    keep_the_answer_read_back(page, check_row)


def keep_the_answer_read_back(page: Page, check_row: Locator) -> None:
    """The follow-up's answer "The blocked deals", read back while not asked, compared a failure not known (an attack
    review: it was taken as given for the next one asked): the deals answered Yes ask it again, with a button that
    keeps it."""
    expect_check_row(check_row, "The blocked deals", kept=True, given_for=None)
    answer(page, "deals_blocked", "yes")
    expect(page.locator("#sw-q-costs_more")).to_be_visible()
    notice = page.locator('#sw-follow-up-notice [data-sw-notice-shown="follow-up-cleared"]')
    expect(notice).to_contain_text(
        "This page does not know which failure it compared with the blocked deals, and you have named Outages / "
        "latency: answer it again for that."
    )
    expect(page.locator("#sw-costs_more-blocked_deals")).not_to_be_checked()
    notice.get_by_role("button", name="Keep my answer").click()
    expect(page.locator("#sw-costs_more-blocked_deals")).to_be_checked()
    expect_lead(page, "user")
    expect_check_row(check_row, "The blocked deals")


DEALS_YES = "“Are enterprise deals blocked on missing controls?” is answered “Yes”"
CLEAR_KEPT = (
    " Clear it: your kept answer to Which costs you more right now: the failure you named, or the blocked deals?"
)


def expect_check_row(row: Locator, answer: str, *, kept: bool = False, given_for: str | None = "") -> None:
    """A row of "Check your answers" shows the answer in words. An answer kept for a question not asked now is listed
    (a reader's review: its row was hidden, while the share link carried it) and says which answers would count it
    (``given_for``: the failure it compared, when the deciding answer is another; None: not known, read back), with a
    button to clear it and no Change link to a question not shown."""
    expect(row).to_be_visible()
    if not kept:
        note = ""
    elif given_for is None:
        note = f" (kept, but not counted: asked again when {DEALS_YES}, as the failure it compared is not known)"
    else:
        failure = f" and “What is the most expensive failure mode right now?” is answered “{given_for}”"
        note = f" (kept, but counted only when {DEALS_YES}{failure if given_for else ''})"
    expect(row.locator(".sw-check__answer")).to_have_text(answer + note + (CLEAR_KEPT if kept else ""))
    change = row.locator(".sw-check__change")
    if kept:
        expect(change).to_be_hidden()
    else:
        expect(change).to_be_visible()


def test_a_kept_follow_up_answer_is_cleared_from_check_your_answers(returning_page: Page) -> None:
    """A reader's review: a follow-up answer kept while its question is hidden could be neither seen nor cleared.
    "Check your answers" lists it with the answer that would count it, and "Clear it" clears it (from the form and the
    saved answers); its row goes, and the focus goes to the next row's Change link."""
    page = returning_page
    open_tool(page)
    answer_that_the_blocked_deals_cost_more(page)
    answer(page, "deals_blocked", "no")
    row = page.locator('.sw-check__row[data-question="costs_more"]')
    expect_check_row(row, "The blocked deals", kept=True)
    # Given for outages, it counts under outages alone (another failure would clear it): that failure is named.
    answer(page, "failure_mode", "governance")
    expect_check_row(row, "The blocked deals", kept=True, given_for="Outages / latency")
    answer(page, "failure_mode", "outages")
    expect_check_row(row, "The blocked deals", kept=True)
    row.get_by_role("button", name="Clear it").click()
    expect(row).to_be_hidden()
    expect(page.locator('input[name="costs_more"]:checked')).to_have_count(0)
    expect(page.locator('.sw-check__row[data-question="adoption"] .sw-check__change')).to_be_focused()
    page.reload()
    expect(page.locator("#sw-tool")).to_have_attribute("data-engine-stage", "ready", timeout=BOOT_TIMEOUT_MS)
    answer(page, "deals_blocked", "yes")
    expect(page.locator("#sw-q-costs_more")).to_be_visible()
    expect(page.locator('input[name="costs_more"]:checked')).to_have_count(0)


def test_a_kept_answer_naming_the_failure_names_the_one_it_compared(returning_page: Page) -> None:
    """ "The failure I named", kept while another failure is named, named that other failure ("The failure I named
    (Governance ...)", counted only under Outages): it names the failure it compared, after a reload too, since the
    failure is saved with it (a reader's review); none once that is not known (read back from a share link)."""
    page = returning_page
    open_tool(page)
    answer(page, "failure_mode", "outages")
    answer(page, "deals_blocked", "yes")
    answer(page, "costs_more", "named_failure")
    answer(page, "failure_mode", "governance")
    expect_lead(page, "user")
    row = page.locator('.sw-check__row[data-question="costs_more"] .sw-check__answer')
    expect(row).to_contain_text(
        "The failure I named (Outages / latency) (kept, but counted only when “What is the most expensive failure "
        "mode right now?” is answered “Outages / latency”)"
    )
    page.get_by_role("button", name="Copy a share link").click()
    link = page.input_value("#sw-share-url")
    page.reload()
    expect(page.locator("#sw-tool")).to_have_attribute("data-engine-stage", "ready", timeout=BOOT_TIMEOUT_MS)
    expect(row).to_contain_text(
        "The failure I named (Outages / latency) (kept, but counted only when “What is the most expensive failure "
        "mode right now?” is answered “Outages / latency”)"
    )
    page.evaluate("localStorage.clear()")  # no answers of the reader's own: the link's are shown as theirs
    page.goto(link)
    expect(page.locator("#sw-tool")).to_have_attribute("data-engine-stage", "ready", timeout=BOOT_TIMEOUT_MS)
    expect(row).to_contain_text("The failure I named (kept, but not counted: asked again when “What is the most")


def assert_whole_state_sent(page: Page, *, download_made: bool = False) -> None:
    """Every request was a session (or the download's report) carrying the page's whole state: five boxes, the
    answers with the follow-up's kept while it was not asked; the engine, not the page, decides what is asked."""
    requests = engine_requests(page)
    assert {m["command"] for m in requests} <= {"session", "report"}
    states = [m["payload"]["state"] for m in requests]
    assert all(len(state["complaints"]) == 5 for state in states)
    kept = [s["answers"] for s in states if s["answers"].get("deals_blocked") == "no" and "costs_more" in s["answers"]]
    assert kept, "the follow-up's answer stayed in the state while it was not asked"
    if download_made:
        report = next(m for m in requests if m["command"] == "report")
        assert report["payload"]["state"]["answers"]["costs_more"] == "blocked_deals"


def test_one_round_trip_per_click(returning_page: Page) -> None:
    """Each answer clicked posts exactly one message to the engine's worker, a session with the whole state."""
    page = returning_page
    page.add_init_script(RECORD_WORKER_MESSAGES)
    open_tool(page)
    clicks = [
        ("failure_mode", "outages"),
        ("deals_blocked", "yes"),
        ("costs_more", "blocked_deals"),
        ("adoption", "upmarket"),
    ]
    for question, option in clicks:
        before = len(engine_requests(page))
        answer(page, question, option)
        expect(page.locator("#sw-tool")).to_have_attribute("data-lead", re.compile(".+"), timeout=BOOT_TIMEOUT_MS)
        page.wait_for_timeout(250)  # anything else the click sent would have been posted by now
        sent = engine_requests(page)[before:]
        assert [m["command"] for m in sent] == ["session"], f"{question}: {sent}"
        assert sent[0]["payload"]["state"]["answers"][question] == option


def test_browser_matches_cpython_for_generated_answers(tool: Page) -> None:
    """For 300 generated answer sets the engine in the browser answers the page's session command exactly as
    CPython does (the follow-up answered at random: an answer not asked is kept and reported, never an error)."""
    states = [{"answers": a, "complaints": [""] * 5, "overrides": {}} for a in sample_answer_sets(300, seed=6)]
    sessions = tool.evaluate(
        """async (states) => {
            // The page's own client: a module is evaluated once per document, so this is the running engine.
            const client = document.querySelector("script[src*='/engine-client.']").src;
            const engine = await import(client);
            const out = [];
            for (const state of states) {
                const reply = await engine.request("session", { state });
                out.push(reply.ok ? reply.result : reply);
            }
            return out;
        }""",
        states,
    )
    assert sessions == [json.loads(json.dumps(to_dict(evaluate(state)))) for state in states]


def test_keyboard_only_from_home_to_result(returning_page: Page) -> None:
    """From the home page to an explained recommendation with the keyboard alone."""
    page = returning_page
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
    expect_lead(page, "process")
    expect(page.locator("#sw-result")).to_be_focused()


# Where the focused control is and whether Material's "Back to top" pill (shown while the page scrolls up) covers it.
FOCUS_AND_PILL = """() => {
  const focused = document.activeElement.getBoundingClientRect();
  const pill = document.querySelector('.md-top');
  const box = pill && !pill.hidden ? pill.getBoundingClientRect() : null;
  const covered = box !== null && box.bottom > focused.top && box.top < focused.bottom
    && box.right > focused.left && box.left < focused.right;
  return {
    top: focused.top, covered, inTool: document.activeElement.closest('#sw-tool') !== null,
    said: document.activeElement.id || document.activeElement.textContent.slice(0, 40),
  };
}"""


@pytest.mark.parametrize("width", [1280, 375])
def test_shift_tab_back_up_the_page_never_leaves_the_focus_under_the_header(returning_page: Page, width: int) -> None:
    """A reader's review: at 1280 px, Shift+Tab from "Copy a share link" back to "Show my recommendation" scrolled it
    to the window's top edge, behind Material's sticky header. Each control reached going up is below it, and below
    Material's "Back to top" pill, which the scroll up brings out under the header (a reader's review at 375 px)."""
    page = returning_page
    page.set_viewport_size({"width": width, "height": 800})
    page.emulate_media(reduced_motion="reduce")  # every scroll at once: what the test reads is where it ends
    open_tool(page)
    answer(page, "failure_mode", "regressions")
    expect_lead(page, "process")
    page.get_by_role("button", name="Show my recommendation").click()
    expect(page.locator("#sw-result")).to_be_focused()
    page.locator("#sw-copy-link").focus()
    header = page.locator("header.md-header").bounding_box()
    assert header is not None
    reached = []
    for _ in range(40):  # up to the questionnaire's top, past every complaint box and question
        page.keyboard.press("Shift+Tab")
        page.evaluate("new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))")
        page.wait_for_timeout(300)  # Material shows the pill on the scroll event's next frames
        seen = page.evaluate(FOCUS_AND_PILL)
        if not seen["inTool"]:
            break
        reached.append(seen["said"])
        assert seen["top"] >= header["y"] + header["height"], (seen, header)
        assert not seen["covered"], seen
    assert "sw-complaint-1" in reached, reached
    assert reached[-1] == "sw-failure_mode-regressions", reached


def test_a_pause_in_typing_does_not_say_the_result_again(returning_page: Page) -> None:
    """A JavaScript review: with no recommendation yet, each pause in typing a complaint wrote the result's live
    summary again with the same words, which a screen reader announces each time."""
    page = returning_page
    open_tool(page)
    summary = page.locator("#sw-result-summary")
    expect(summary).to_have_text("Answer the deciding question to see a recommendation.")
    page.evaluate(
        """() => {
          window.__summaryWrites = 0;
          const count = (records) => { window.__summaryWrites += records.length; };
          new MutationObserver(count).observe(document.getElementById("sw-result-summary"),
                                              { childList: true, characterData: true, subtree: true });
        }"""
    )
    box = page.locator("#sw-complaint-1")
    for words in ("Deploys break", " prod every", " Friday"):
        box.press_sequentially(words)
        expect(page.locator("#sw-complaint-1-result")).to_contain_text("Process scaling")
        page.wait_for_timeout(300)  # past the 120 ms pause that asks the engine again
    assert page.evaluate("window.__summaryWrites") == 0
    expect(summary).to_have_text("Answer the deciding question to see a recommendation.")


def clear_a_follow_up_answer(page: Page) -> Locator:
    """The follow-up answered for outages, then regressions named: its answer cleared, and the notice that says so."""
    answer(page, "failure_mode", "outages")
    answer(page, "deals_blocked", "yes")
    answer(page, "costs_more", "named_failure")
    answer(page, "failure_mode", "regressions")
    notice = page.locator('#sw-follow-up-notice [data-sw-notice-shown="follow-up-cleared"]')
    expect(notice).to_be_visible()
    return notice


def test_a_cleared_follow_up_answer_is_offered_back_after_leaving_and_coming_back(returning_page: Page) -> None:
    """A JavaScript review: the notice of a cleared follow-up answer, left behind by the site's own links and come
    back to, was gone for good (the page thought it still shown); "Keep my answer" is offered again."""
    page = returning_page
    follow_site_links(page)
    open_tool(page)
    expect_instant_navigation(page)
    notice = clear_a_follow_up_answer(page)
    page.evaluate("window.__sameDocument = true")
    go_by_side_menu(page, "Sequencing", r"/sequencing/$")
    go_by_side_menu(page, "The questionnaire", r"/tool/$")
    assert page.evaluate("window.__sameDocument") is True, "instant navigation fell back to a full reload"
    expect(notice).to_be_visible()
    notice.get_by_role("button", name="Keep my answer").click()
    expect(page.locator("#sw-costs_more-named_failure")).to_be_checked()


def test_a_cleared_follow_up_answer_is_offered_back_after_clear_and_undo(returning_page: Page) -> None:
    """A reader's review: after "Clear my answers" and Undo, the form was back but a follow-up answer cleared before
    was gone for good (naming its failure again did not bring it back, and its notice was gone). The undo brings back
    what the page knew of it."""
    page = returning_page
    open_tool(page)
    notice = clear_a_follow_up_answer(page)
    page.get_by_role("button", name="Clear my answers").click()
    expect(notice).to_have_count(0)
    page.get_by_role("button", name="Undo").click()
    expect(page.locator("#sw-failure_mode-regressions")).to_be_checked()
    expect(notice).to_contain_text("It compared Outages / latency with the blocked deals")
    answer(page, "failure_mode", "outages")  # the failure it was given for: back, and said
    expect(page.locator("#sw-costs_more-named_failure")).to_be_checked()
    expect(page.locator('[data-sw-notice-shown="follow-up-back"]')).to_contain_text("given when you named Outages")


# The questionnaire's radio or checkbox the keyboard is on, if any, and its option's outline (style, width) as drawn.
FOCUSED_OPTION = """() => {
  const input = document.activeElement;
  if (!(input instanceof HTMLInputElement) || !["radio", "checkbox"].includes(input.type)) return null;
  if (!input.closest("#sw-tool")) return null; // the header's colour switch is Material's
  const option = input.closest(".sw-option");
  const style = option && getComputedStyle(option);
  return { id: input.id, style: style?.outlineStyle, width: style?.outlineWidth };
}"""


def test_a_change_of_confidence_is_announced_and_an_unchanged_result_is_not(returning_page: Page) -> None:
    """A reader review: the headline was the only live region of the result, so a confidence that changed under
    the same headline ("firm" to "check") was never announced. The confidence is a polite live region too; an
    answer that leaves the headline and the confidence as they were rewrites neither (nothing is announced again),
    and one that changes the confidence rewrites it alone."""
    page = returning_page
    open_tool(page)
    confidence = page.locator("#sw-result-confidence")
    expect(confidence).to_have_attribute("aria-live", "polite")
    expect(page.locator("#sw-result-summary")).to_have_attribute("aria-live", "polite")
    answer(page, "failure_mode", "regressions")
    expect_result(page, {"failure_mode": "regressions"})
    same = {"failure_mode": "regressions", "effort_user": "some"}
    assert recommend(same).confidence == recommend({"failure_mode": "regressions"}).confidence
    marked = """() => { for (const id of ["sw-result-summary", "sw-result-confidence"]) {
      document.getElementById(id).firstChild.swSeen = true; } }"""
    still = """() => ["sw-result-summary", "sw-result-confidence"]
      .map((id) => document.getElementById(id).firstChild.swSeen === true)"""
    page.evaluate(marked)
    answer(page, "effort_user", "some")
    expect_result(page, same)
    assert page.evaluate(still) == [True, True], "a result with the same words was written again"
    answer(page, "deals_blocked", "yes")
    checked = recommend({**same, "deals_blocked": "yes"})
    assert checked.headline == recommend(same).headline
    assert checked.confidence.level == "check"
    expect_result(page, {**same, "deals_blocked": "yes"})
    assert page.evaluate(still) == [True, False], "the confidence that changed was not written"


@pytest.mark.parametrize("scheme", SCHEMES)
def test_every_option_shows_keyboard_focus(returning_page: Page, scheme: Scheme) -> None:
    """Material's reset takes the browser's focus ring off every input (a reader review: none of the 37 radios nor
    the link's checkbox showed where the keyboard was). Tab through the questionnaire: each option it reaches draws
    a 2 px ring around itself, in both colour schemes; an option the keyboard is not on draws none."""
    page = returning_page
    page.emulate_media(color_scheme=scheme)
    open_tool(page)
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", MATERIAL_SCHEME[scheme])
    page.fill("#sw-complaint-1", "Deploys break prod")  # the link's checkbox is offered once there is a complaint
    expect(page.locator("#sw-share-complaints")).to_be_visible()
    page.locator("a.md-skip").focus()  # and Tab from the top of the page
    seen: dict[str, tuple[str, str]] = {}
    for _ in range(120):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED_OPTION)
        if focused:
            seen[focused["id"]] = (focused["style"], focused["width"])
        if page.evaluate("document.activeElement.id") == "sw-share-complaints":
            break
    else:
        pytest.fail(f"Tab did not reach the link's checkbox; options reached: {sorted(seen)}")
    shown_groups = page.locator("#sw-form fieldset:not([hidden]) .sw-options").count()
    assert len(seen) == shown_groups + 1, sorted(seen)  # one stop per group of radios, and the checkbox
    assert set(seen.values()) == {("solid", "2px")}, seen
    assert page.locator(".sw-option").first.evaluate("o => getComputedStyle(o).outlineStyle") == "none"


def test_instant_navigation_reuses_one_engine(page: Page, watch: PageWatch, built_site: BuiltSite) -> None:
    """Leaving through the site's own links and coming back keeps one worker, one Pyodide and the answers."""
    follow_site_links(page)
    open_tool(page)
    expect_instant_navigation(page)
    page.evaluate("window.__sameDocument = true")
    answer(page, "failure_mode", "governance")
    expect_lead(page, "user")
    go_by_side_menu(page, "Sequencing", r"/sequencing/$")
    assert page.evaluate("window.__sameDocument") is True, "instant navigation fell back to a full reload"
    go_by_side_menu(page, "The questionnaire", r"/tool/$")
    assert page.evaluate("window.__sameDocument") is True
    expect(page.locator("#sw-failure_mode-governance")).to_be_checked()
    expect_lead(page, "user")
    answer(page, "failure_mode", "regressions")
    expect_lead(page, "process")
    assert len(engine_workers(page)) == 1
    assert [u for u in watch.requests if u.endswith("/pyodide.asm.wasm")] == [
        f"{watch.origin}/{built_site.runtime}/pyodide.asm.wasm"
    ]


TOOL_SCRIPTS = re.compile(r"/assets/javascripts/(tool-page|engine-client)\.[0-9a-f]{8}\.min\.js$")


def engine_starts(page: Page) -> list[dict[str, list[str]]]:
    """The start-up settings of each engine worker the page has started, read from its name (RECORD_WORKER_MESSAGES);
    Material's search worker left out."""
    started: list[tuple[str, str]] = page.evaluate("window.__workersStarted")
    names = [name for url, name in started if ENGINE_WORKER.search(url)]
    assert all(name.startswith("scale-what-engine?") for name in names), names
    return [parse_qs(name.split("?", 1)[1]) for name in names]


def test_the_worker_starts_while_the_page_is_parsed(context: BrowserContext, watch: PageWatch) -> None:
    """The engine's worker is started by the tool's inline script while the parser is still reading the page
    (before Material's bundle and the page's modules), and the engine client takes it over: one worker, whose
    name carries the page's own runtime and wheel."""
    context.add_init_script(RECORD_WORKER_MESSAGES)
    page = context.new_page()
    open_tool(page)
    started, parsed = page.evaluate(
        """() => [performance.getEntriesByName("engine-start")[0].startTime,
                  performance.getEntriesByType("navigation")[0].domInteractive]"""
    )
    assert started < parsed
    assert page.evaluate("window.scaleWhatEarlyEngine.adopted") is True
    root = page.locator("#sw-tool")
    (settings,) = engine_starts(page)
    assert settings["runtime"] == [
        page.evaluate("(path) => new URL(path, location.href).href", root.get_attribute("data-runtime"))
    ]
    assert settings["wheel"] == [
        page.evaluate("(path) => new URL(path, location.href).href", root.get_attribute("data-wheel"))
    ]
    assert settings["keep"] == ["1"], "the runtime is kept for the site's service worker"
    assert len(engine_workers(page)) == 1
    answer(page, "failure_mode", "outages")
    expect_lead(page, "technical")


def test_from_a_guide_page_instant_navigation_brings_the_tool(context: BrowserContext, watch: PageWatch) -> None:
    """A guide page loads none of the questionnaire's scripts; a reader who goes from it to the questionnaire through
    the site's own links (no reload; Material swaps the page in and runs its scripts) gets them then: a working tool
    mounted once, one engine started once; going away and back keeps both."""
    context.add_init_script(RECORD_WORKER_MESSAGES)
    page = context.new_page()
    follow_site_links(page)
    page.goto("sequencing/")
    page.wait_for_load_state("load")
    assert [u for u in watch.requests if TOOL_SCRIPTS.search(u)] == []
    expect_instant_navigation(page)
    page.evaluate("window.__sameDocument = true")
    go_by_side_menu(page, "The questionnaire", r"/tool/$")
    expect_engine_ready(page)
    assert page.evaluate("window.__sameDocument") is True, "instant navigation fell back to a full reload"
    answer(page, "failure_mode", "regressions")
    expect_lead(page, "process")
    assert page.evaluate("performance.getEntriesByName('form-usable').length") == 1, "the tool was mounted twice"
    go_by_side_menu(page, "Sequencing", r"/sequencing/$")
    go_by_side_menu(page, "The questionnaire", r"/tool/$")
    expect_lead(page, "process")
    assert page.evaluate("window.__sameDocument") is True
    assert len(engine_starts(page)) == 1
    assert len(engine_workers(page)) == 1


def test_back_and_reload_land_where_the_reader_was(returning_page: Page) -> None:
    """A reader who follows a link from low on the questionnaire and comes back (the Back button, or a reload) lands
    where they were, though the result is drawn only once the engine has replied. Before, the page came back at its
    end: the offset was restored while the page was shorter, and scroll anchoring carried it down as the result was
    drawn above. A reader who went back to the top just before a reload stays at the top."""
    page = returning_page
    follow_site_links(page)
    open_tool(page)
    expect_instant_navigation(page)
    answer(page, "failure_mode", "outages")
    expect_lead(page, "technical")
    link = page.locator("main a:visible", has_text="Process scaling in the guide").first
    link.scroll_into_view_if_needed()
    left_at = page.evaluate("scrollY")
    # Material writes the offset into the history entry (history.state.y) 100 ms after the page last moved.
    page.wait_for_function("(y) => Math.abs((history.state?.y ?? -1) - y) < 1", arg=left_at, timeout=5_000)
    assert left_at > 2 * page.evaluate("innerHeight"), "the link is low on the page"
    seen_at = link.evaluate("(a) => a.getBoundingClientRect().top")

    def expect_where_the_reader_was(how: str) -> None:
        expect_lead(page, "technical")
        page.wait_for_function("(y) => Math.abs(scrollY - y) < 1", arg=left_at, timeout=5_000)
        page.wait_for_timeout(300)  # and nothing moves it afterwards
        assert abs(page.evaluate("scrollY") - left_at) < 1, how
        assert abs(link.evaluate("(a) => a.getBoundingClientRect().top") - seen_at) < 1, how

    link.click()
    expect(page).to_have_url(re.compile(r"/process/$"))
    page.go_back()
    expect(page).to_have_url(re.compile(r"/tool/"))
    expect_where_the_reader_was("back from the guide")
    assert page.url.endswith("/tool/"), f"the guide page gave its heading to the questionnaire: {page.url}"
    page.reload()
    expect_where_the_reader_was("reloaded")
    page.evaluate("scrollTo(0, 0)")
    page.reload()  # at once: Material's own record of the offset still says where the reader was before
    expect_lead(page, "technical")
    page.wait_for_timeout(300)
    assert page.evaluate("scrollY") == 0


def test_phone_width_has_no_horizontal_scroll(returning_phone: Page) -> None:
    """On a phone (375 px, a mobile viewport), with a full result shown, the questionnaire page does not scroll
    sideways."""
    page = returning_phone
    open_tool(page)
    answers = {"failure_mode": "outages", "deals_blocked": "yes", "effort_user": "none"}
    for question, option in answers.items():
        answer(page, question, option)
    expect_result(page, answers)
    assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")


def test_a_return_visit_says_the_engine_starts_never_that_it_downloads(returning_page: Page) -> None:
    """A returning reader's engine boots from the runtime kept in this browser: followed from a guide page (the
    page's own script then hears each step of the boot), the status says the engine is starting, and never gives a
    download's percentage (it said "Downloading the decision engine: 20% of 14.0 MB" for files read from this
    browser's storage, a reader's review)."""
    page = returning_page
    follow_site_links(page)
    page.goto("sequencing/")
    expect_instant_navigation(page)
    page.evaluate(STATUS_WORDS)
    page.locator("article a[href$='tool/']").first.click()
    expect_engine_ready(page)
    said = page.evaluate("window.__statusWords")
    assert said[-1] == "The decision engine is ready: your recommendation updates as you answer."
    assert len(said) > 1, "the steps of the boot were heard"
    assert not [w for w in said if w.startswith("Downloading")], said


def test_check_your_answers_numbers_each_complaint_as_its_box_and_keeps_its_lines(returning_page: Page) -> None:
    """ "Check your answers" lists the complaints written, each under its box's number (box 4 left blank, box 5 was
    listed as "4.", a reader's review) and with its lines as written (they ran together)."""
    page = returning_page
    open_tool(page)
    boxes = {1: "Deploys break prod", 2: "On-call burns people out.\nHandovers are lost.", 3: "SSO", 5: "Audit logs"}
    for box, text in boxes.items():
        page.fill(f"#sw-complaint-{box}", text)
    items = page.locator('.sw-check__row[data-question="complaints"] li')
    expect(items).to_have_count(4)
    assert items.evaluate_all("lis => lis.map((li) => li.value)") == [1, 2, 3, 5]
    assert items.nth(1).locator("bdi").inner_text() == boxes[2]
    assert items.nth(3).locator("bdi").inner_text() == boxes[5]


def test_a_blank_first_box_says_which_complaint_weighs_most(returning_page: Page) -> None:
    """A reader's review: complaint 1 emptied still read "hurts most, weighs most" while the verdict gave complaint 3
    the weight (the engine weighs the complaints written, the first of them most)."""
    page = returning_page
    open_tool(page)
    first = page.locator("#sw-complaint-1-result")
    page.fill("#sw-complaint-3", "Deploys break prod every week")
    expect(first).to_have_text("Empty, so complaint 3, the first you wrote, weighs most.", timeout=5_000)
    page.fill("#sw-complaint-1", "SSO is missing")
    expect(first).not_to_contain_text("Empty", timeout=5_000)
    suggested = page.locator('#sw-override-1 option[value=""]')
    expect(suggested).to_have_text("The suggested one (User scaling)")
    page.fill("#sw-complaint-1", "")
    expect(first).to_have_text("Empty, so complaint 3, the first you wrote, weighs most.", timeout=5_000)
    expect(suggested).to_have_text("The suggested one")  # a diff review: it kept the emptied text's type
    page.fill("#sw-complaint-3", "")
    expect(first).to_have_text("", timeout=5_000)


# Two more complaints written while the engine's reply about the first is on its way, then the reply let go, and the
# complaints Check your answers lists once the reply is drawn (before the update the edits asked for).
WRITE_MORE_THEN_RELEASE = """async (boxes) => {
  for (const [id, text] of boxes) {
    const box = document.getElementById(id);
    box.value = text;
    box.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText" }));
  }
  window.__releaseEngine();
  await new Promise((resolve) => setTimeout(resolve, 0));
  return [...document.querySelectorAll('.sw-check__row[data-question="complaints"] li')].map((li) => li.value);
}"""


def test_a_reply_about_earlier_complaints_never_takes_check_your_answers_back(returning_page: Page) -> None:
    """The engine's reply about the complaints as they were when it was asked, arriving after the reader wrote more,
    is not drawn: Check your answers listed four complaints, then one (a CI run on a busy machine), until the update
    the later edits asked for came back."""
    page = returning_page
    page.add_init_script(hold_engine_messages(from_start=False))
    open_tool(page)
    page.evaluate("window.__holdEngine = true")
    page.fill("#sw-complaint-1", "Deploys break prod")
    wait_for(
        page,
        lambda: page.evaluate("window.__held.some((held) => held.text.includes('Deploys break prod'))"),
        "the engine's reply about the first complaint, held",
    )
    boxes = [["sw-complaint-2", "SSO is missing"], ["sw-complaint-3", "Audit logs"]]
    assert page.evaluate(WRITE_MORE_THEN_RELEASE, boxes) == [1, 2, 3]
    expect(page.locator("#sw-complaint-3-result")).to_contain_text("user scaling", ignore_case=True)


def test_check_your_answers_lists_a_pasted_long_complaint_up_to_what_the_tool_reads(returning_page: Page) -> None:
    """A reader pastes 400,000 characters into a box: its box keeps all of them, and "Check your answers" lists the
    first 500 (the engine's limit, an emoji counted as one) with a note that says so (not that the tool reads them:
    it reads no part of a longer complaint, a diff review). Laid out in full there at each
    keystroke, a 4 MB paste took 1.2 s a key (before: the row held the whole text)."""
    page = returning_page
    open_tool(page)
    head = "😀" + "x" * 499
    pasted = head + "Deploys break prod. " * 19_999
    page.evaluate(
        """(text) => {
          const box = document.getElementById("sw-complaint-1");
          box.focus();
          box.value = text;
          box.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
        }""",
        pasted,
    )
    item = page.locator('.sw-check__row[data-question="complaints"] li')
    note = " (cut here at 500 characters, the most the tool reads in a complaint; box 1 keeps all of it, on screen)"
    expect(item).to_have_text(f"{head}…{note}")
    page.keyboard.type("!")
    expect(page.locator("#sw-complaint-1")).to_have_value(f"{pasted}!")
    expect(item).to_have_text(f"{head}…{note}")
    expect(page.locator("#sw-complaint-1-result")).to_contain_text("over 500 characters")


# Counts the changes to complaint 1's reading, to the complaints' summary (a live region) and to the live region that
# says a reading once the reader pauses, with what the last said.
COUNT_LIVE_CHANGES = """() => {
  window.liveChanges = {reading: 0, summary: 0, said: []};
  const said = document.querySelector('[data-live="complaint-said"]');
  for (const [name, node] of [["reading", document.getElementById("sw-complaint-1-result")],
                              ["summary", document.getElementById("sw-triage-summary")], ["said", said]]) {
    new MutationObserver(() => {
      if (name === "said") window.liveChanges.said.push(said.textContent);
      else window.liveChanges[name] += 1;
    }).observe(node, {childList: true, subtree: true, characterData: true});
  }
}"""


def test_a_complaint_typed_key_by_key_changes_its_live_reading_only_as_it_changes(returning_page: Page) -> None:
    """A reader's review: typing a complaint rebuilt its reading (a live region, announced) at nearly every key, and
    wrote the same summary sentence again each time. They change only when what they say does (the words typed are
    not shown in them)."""
    page = returning_page
    open_tool(page)
    answer(page, "failure_mode", "outages")
    expect_lead(page, "technical")
    page.evaluate(COUNT_LIVE_CHANGES)
    typed = "Deploys break prod every Friday"
    page.locator("#sw-complaint-1").press_sequentially(typed, delay=150)  # as a reader types
    expect(page.locator("#sw-complaint-1-result")).to_contain_text("Process scaling")
    page.wait_for_timeout(500)  # the last key's reply is drawn
    changes = page.evaluate("window.liveChanges")
    # Before: one change of each per key (31 and 31); measured after: 9 and 1 (a word's start may read otherwise
    # than the whole word: a guess, a misspelling).
    assert changes["summary"] <= 2, changes
    assert changes["reading"] < len(typed) / 2, (changes, len(typed))
    # Another reader's review heard the reading 8 times for one complaint: the reading is no live region, and what it
    # says is said once the reader pauses, in a live region of its own.
    expect(page.locator("#sw-complaint-1-result")).not_to_have_attribute("aria-live", re.compile(r"."))
    said = page.locator('[data-live="complaint-said"]')
    expect(said).to_have_attribute("aria-live", "polite")
    expect(said).to_have_text(re.compile(r"^Complaint 1: Process scaling — \w+ confidence"), timeout=3_000)
    assert len(page.evaluate("window.liveChanges.said")) <= 2, page.evaluate("window.liveChanges")
    # Typed on after a pause: a reading said already is not said again.
    before = page.evaluate("window.liveChanges.said")
    page.locator("#sw-complaint-1").press_sequentially(" again", delay=100)
    page.wait_for_timeout(1_500)
    after = page.evaluate("window.liveChanges.said")
    assert before[-1] not in after[len(before) :], (before, after)


def test_the_readers_words_are_never_offered_to_page_translation(returning_page: Page) -> None:
    """An attack review: a complaint's words shown on the page (its reading, "Check your answers") had no
    translate="no", so a browser's page translation would send them to its maker's service. Every text on the page
    that holds the reader's words is marked, and so is the box."""
    page = returning_page
    open_tool(page)
    answer(page, "failure_mode", "outages")
    expect_lead(page, "technical")
    # A part set aside too: its note quotes the reader's words (a diff review).
    page.fill("#sw-complaint-1", "Zorblax deploys break prod every Friday. Releases are painful, not the Quuxfoo db.")
    expect(page.locator("#sw-complaint-1-result")).to_contain_text("Process scaling")
    expect(page.locator("#sw-complaint-1-result")).to_contain_text("Quuxfoo")
    page.get_by_role("button", name="Show my recommendation").click()
    expect(page.locator("#sw-result")).to_contain_text("Invest in")
    unmarked = page.evaluate("""() => {
      const found = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (/Zorblax|Friday|Quuxfoo/.test(node.textContent) && !node.parentElement.closest('[translate="no"]')) {
          found.push(`${node.parentElement.tagName}: ${node.textContent.slice(0, 60)}`);
        }
      }
      return found;
    }""")
    shown = page.evaluate("() => document.body.innerText.includes('Zorblax')")
    assert shown, "the complaint is shown on the page (Check your answers)"
    assert unmarked == [], unmarked
    expect(page.locator("#sw-complaint-1")).to_have_attribute("translate", "no")


def test_a_reading_that_comes_after_the_readers_pause_is_said_when_it_comes(returning_page: Page) -> None:
    """A diff review: what a box's reading says was said only when the reader paused; a reading still to come then (a
    slow reply, the engine starting) was never said. It is said when it comes."""
    page = returning_page
    page.add_init_script(hold_engine_messages(from_start=False))
    open_tool(page)
    answer(page, "failure_mode", "outages")
    expect_lead(page, "technical")
    page.evaluate("window.__holdEngine = true")
    page.locator("#sw-complaint-1").press_sequentially("Customers keep asking for SSO", delay=40)
    wait_for(
        page,
        lambda: page.evaluate("window.__held.some((held) => held.text.includes('asking for SSO'))"),
        "the engine's reply about the complaint, held",
    )
    page.wait_for_timeout(1_500)  # the reader's pause, the reply still held
    said = page.locator('[data-live="complaint-said"]')
    expect(said).not_to_contain_text("User scaling")
    page.evaluate("window.__releaseEngine()")
    expect(said).to_have_text(re.compile(r"^Complaint 1: User scaling"), timeout=5_000)
    # Edited, its new reading slow to come: the one on screen until then is the old text's, not said again as the
    # reading; the new one is said when it comes (a later diff review).
    page.evaluate("window.__holdEngine = true")
    box = page.locator("#sw-complaint-1")
    box.press("ControlOrMeta+a")
    box.press_sequentially("Deploys break prod every Friday", delay=40)
    page.wait_for_timeout(1_500)
    expect(said).to_have_text(re.compile(r"^Complaint 1: User scaling"))
    page.evaluate("window.__releaseEngine()")
    expect(said).to_have_text(re.compile(r"^Complaint 1: Process scaling"), timeout=5_000)


def test_complaints_too_long_to_categorise_leave_the_recommendation_standing(returning_page: Page) -> None:
    """A reader's review: five complaints of 40,000 characters took the whole result away (the engine's limit was a
    share link's, 90,000 characters), so nothing could be downloaded either. The recommendation stands, each box says
    why it is not categorised, the download works, and the saving line says they are too long to save."""
    page = returning_page
    open_tool(page)
    answer(page, "failure_mode", "outages")
    expect_lead(page, "technical")
    long = "x" * 40_000
    fill_every_complaint(page, long)
    for box in range(1, 6):
        expect(page.locator(f"#sw-complaint-{box}-result")).to_have_text(
            "Not categorised: over 500 characters (this one has 40,000): shorten it to have it categorised. Your "
            "text is kept as it is."
        )
    expect(page.locator("#sw-result-summary")).to_have_text("Invest in technical scaling first.")
    # Another review: the verdict turned with nothing saying a complaint was not weighed; it names them all.
    left_out = "Left out: complaints #1, #2, #3, #4 and #5, over 500 characters; shorten them to have them weighed."
    expect(page.locator("#sw-result-under-invested")).to_contain_text(left_out)
    with page.expect_download() as event:
        page.get_by_role("button", name="Download as Markdown").click()
    download = Path(event.value.path()).read_text(encoding="utf-8")
    assert long in download
    assert left_out in download
    expect(page.locator("#sw-save-status")).to_contain_text("too long to save in this browser")


def test_a_category_chosen_for_a_complaint_too_long_to_read_is_said_to_wait(returning_page: Page) -> None:
    """An attack review: a category chosen in the list of a complaint over the limit was shown there while the box
    said only that the text was not categorised. The box says the choice counts once the text is shortened; it counts
    then."""
    page = returning_page
    open_tool(page)
    answer(page, "failure_mode", "outages")
    expect_lead(page, "technical")
    page.fill("#sw-complaint-1", "deploys break prod " * 30)
    result = page.locator("#sw-complaint-1-result")
    expect(result).to_contain_text("Not categorised: over 500 characters (this one has 570)")
    expect(result).not_to_contain_text("Your choice")
    page.select_option("#sw-override-1", "user")
    expect(result).to_contain_text(
        "Your text is kept as it is. Your choice, User scaling, counts once it is shortened."
    )
    page.select_option("#sw-override-1", "uncategorized")
    expect(result).to_contain_text("Your choice to leave it out counts once it is shortened.")
    page.select_option("#sw-override-1", "user")
    page.fill("#sw-complaint-1", "deploys break prod")
    expect(result).to_contain_text("User scaling (your choice)")


def test_answers_too_long_for_the_engine_say_so_in_the_result_and_under_each_complaint(returning_page: Page) -> None:
    """Five complaints of 198,100 characters, 990,500 or so as JSON (past the 990,000 the engine takes; a request of
    100,000 once got the request's generic words): the engine refuses the answers, and the result says why and what
    to do (the engine's words); each complaint says it was not categorised and where the reason is, not that its
    category appears when the engine is ready (it is ready: an attack review). The text stays in the boxes."""
    page = returning_page
    open_tool(page)
    answer(page, "failure_mode", "outages")
    expect_lead(page, "technical")
    long = "x" * 198_100
    fill_every_complaint(page, long)
    expect(page.locator("#sw-result-summary")).to_have_text(
        re.compile(
            r"^The answers and complaints come to [\d,]+ characters as JSON, and the limit is 990,000: "
            r"shorten the longest complaints\.$"
        )
    )
    for box in range(1, 6):
        expect(page.locator(f"#sw-complaint-{box}-result")).to_have_text(
            "Not categorised: the decision engine could not read your answers (the reason is in your recommendation, "
            "below)."
        )
        expect(page.locator(f"#sw-complaint-{box}")).to_have_value(long)
    # A download says the same, as a sentence too (it showed the engine's clause, lower case, no full stop), as
    # what became of the press (a review: the sentence read twice, the same, above and under the buttons).
    page.get_by_role("button", name="Download as Markdown").click()
    expect(page.locator("#sw-keep-status")).to_have_text(
        re.compile(
            r"^Not downloaded\. The answers and complaints come to [\d,]+ characters as JSON, and the limit is "
            r"990,000: .*\.$"
        )
    )
    # The saving line is apart from it and stays.
    expect(page.locator("#sw-save-status")).to_contain_text("too long to save in this browser")


def test_data_saver_waits_for_the_first_answer(context: BrowserContext, watch: PageWatch) -> None:
    """With Save-Data on, nothing of Pyodide downloads until the reader answers, and the page says how much will:
    the size the site's server sends, compressed; then the result comes. This test server does not compress, so the
    download's progress names the files' own size."""
    context.add_init_script("Object.defineProperty(navigator, 'connection', { value: { saveData: true } })")
    context.add_init_script(STATUS_WORDS)
    page = context.new_page()
    open_tool(page, wait_ready=False)
    sent = int(page.locator("#sw-tool").get_attribute("data-runtime-sent-bytes") or 0)
    unpacked = int(page.locator("#sw-tool").get_attribute("data-runtime-bytes") or 0)
    expect(page.locator("#sw-engine-status")).to_have_text(
        f"Data saver is on: the decision engine (about {sent / 1e6:.1f} MB, compressed) downloads when you answer "
        "the first question."
    )
    page.wait_for_timeout(500)
    assert [u for u in watch.requests if "/assets/pyodide/" in u] == []
    slow_network(page, 100)  # 14 MB in about a second: the progress is reported, as on a real link
    answer(page, "failure_mode", "outages")
    expect_lead(page, "technical")
    progress = [w for w in page.evaluate("window.__statusWords") if w.startswith("Downloading the decision engine,")]
    assert progress, "the download's progress was shown"
    assert progress[-1].startswith(f"Downloading the decision engine, {unpacked / 1e6:.1f} MB"), progress


# ---------------------------------------------------------------------------------------------
# Faults: a plain message, a retry button, the answers kept, the static mapping, no uncaught error
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("module", ["pyodide.mjs", "pyodide.asm.mjs"])
def test_a_pyodide_module_that_cannot_be_fetched_is_a_download_failure(
    context: BrowserContext, watch: PageWatch, module: str
) -> None:
    """One of Pyodide's two JavaScript modules cannot be fetched (offline, a server error): the page says the files
    could not be downloaded and names the file, never that the engine crashed in the browser's own words."""
    watch.expect_console_error(r"Failed to load resource|Failed to fetch|ERR_FAILED|pyodide")
    # Its address and the one the worker asks when that fails (the service worker's kept copy, none on a first visit).
    context.route(re.compile(rf".*/{re.escape(module)}(\?kept)?$"), lambda route: route.abort("failed"))
    page = context.new_page()
    open_tool(page, wait_ready=False)
    expect_failure_shown(page, "download")
    text = page.locator("#sw-engine-problem-text")
    expect(text).to_contain_text("could not be downloaded")
    expect(text).to_contain_text(module)
    expect(text).not_to_contain_text("dynamically imported")


def test_a_pyodide_module_that_arrives_but_throws_is_a_crash(context: BrowserContext, watch: PageWatch) -> None:
    """Pyodide's loader arrives but throws as it runs (a browser it does not support): the engine stopped working,
    in the page's words; it is not called a download failure, which a retry could mend."""
    watch.expect_console_error(r"pyodide|not supported here")
    context.route(
        re.compile(r".*/pyodide\.mjs(\?kept)?$"),
        lambda route: route.fulfill(body='throw new TypeError("not supported here");', content_type="text/javascript"),
    )
    page = context.new_page()
    open_tool(page, wait_ready=False)
    expect_failure_shown(page, "crashed")
    expect(page.locator("#sw-engine-problem-text")).not_to_contain_text("could not be downloaded")


PORTAL_PAGE = "<!doctype html><title>Sign in to the Wi-Fi</title>"


def test_a_page_in_place_of_a_pyodide_module_is_a_damaged_file(context: BrowserContext, watch: PageWatch) -> None:
    """A captive portal or a proxy answers Pyodide's loader with its own page (200, HTML): the files arrived damaged,
    which a retry can mend; not a crash, nor the browser's words about MIME types."""
    watch.expect_console_error(r"MIME type|pyodide|module script")
    context.route(
        re.compile(r".*/pyodide\.mjs(\?kept)?$"),
        lambda route: route.fulfill(body=PORTAL_PAGE, content_type="text/html"),
    )
    page = context.new_page()
    open_tool(page, wait_ready=False)
    expect_failure_shown(page, "damaged")
    text = page.locator("#sw-engine-problem-text")
    expect(text).to_contain_text("pyodide.mjs")
    expect(text).not_to_contain_text("MIME")


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
    tune(context, watchdogMs=20000)
    page = context.new_page()
    open_tool(page, wait_ready=False)
    answer(page, "failure_mode", "regressions")
    expect_failure_shown(page, "download")
    # The file is named; the browser's own words ("Failed to fetch" here) go to the console only.
    expect(page.locator("#sw-engine-problem-text")).to_contain_text("(pyodide.asm.wasm.)")
    expect(page.locator("#sw-failure_mode-regressions")).to_be_checked()
    expect(page.locator('.sw-mapping-row[aria-current="true"]')).to_contain_text("Process scaling")
    blocked["on"] = False
    page.get_by_role("button", name="Try again").click()
    # The button hides with the problem: the focus goes to the line that says how the new attempt goes (a review:
    # it fell to the page's top).
    expect(page.locator("#sw-engine-status")).to_be_focused()
    expect_lead(page, "process")
    expect(page.locator("#sw-engine-problem")).to_be_hidden()
    expect(page.locator("#sw-fallback")).to_be_hidden()  # the engine is ready: the guide's mapping steps aside
    # With a result, no row is marked: the row is the deciding answer alone, the result says more.
    expect(page.locator('.sw-mapping-row[aria-current="true"]')).to_have_count(0)


def test_wasm_with_wrong_mime_type(context: BrowserContext, watch: PageWatch) -> None:
    """The wasm served as application/octet-stream (Pyodide then hangs): the worker names it at once, not the
    watchdog a minute later (an attack review; test_engine_failures.py has the network's sign-in page)."""
    # Chromium may log the MIME mismatch.
    watch.expect_console_error(r"wasm|WebAssembly|MIME|Incorrect response")

    def wrong_type(route: Route) -> None:
        response = route.fetch()
        route.fulfill(response=response, headers={**response.headers, "content-type": "application/octet-stream"})

    context.route(re.compile(r".*/pyodide\.asm\.wasm$"), wrong_type)
    page = context.new_page()
    open_tool(page, wait_ready=False)
    answer(page, "failure_mode", "governance")
    expect_failure_shown(page, "wrong-file-type")
    expect(page.locator("#sw-failure_mode-governance")).to_be_checked()
    expect(page.locator('.sw-mapping-row[aria-current="true"]')).to_contain_text("User scaling")


def test_without_webassembly(context: BrowserContext, watch: PageWatch) -> None:
    """WebAssembly removed before the page loads: a clear message at once, no download."""
    context.add_init_script("delete window.WebAssembly")
    page = context.new_page()
    open_tool(page, wait_ready=False)
    expect_failure_shown(page, "wasm-unavailable")
    answer(page, "failure_mode", "outages")
    expect(page.locator('.sw-mapping-row[aria-current="true"]')).to_contain_text("Technical scaling")
    expect(page.locator("#sw-result-summary")).to_have_text(re.compile("not available"))
    assert [u for u in watch.requests if "/assets/pyodide/" in u] == []


def test_worker_dies_while_reading(context: BrowserContext, watch: PageWatch) -> None:
    """The worker is terminated while the reader is on the page: the next answer reports it, nothing lost."""
    tune(context, replyTimeoutMs=1500)
    page = context.new_page()
    open_tool(page)
    answer(page, "failure_mode", "outages")
    expect_lead(page, "technical")
    (worker,) = engine_workers(page)
    worker.evaluate("self.close()")
    answer(page, "deals_blocked", "yes")
    expect_failure_shown(page, "timeout")
    expect(page.locator("#sw-failure_mode-outages")).to_be_checked()
    expect(page.locator("#sw-deals_blocked-yes")).to_be_checked()
    expect(page.locator("#sw-tool")).not_to_have_attribute("data-lead", re.compile(".*"))
    page.get_by_role("button", name="Try again").click()
    expect(page.locator("#sw-tool")).to_have_attribute("data-engine-stage", "ready", timeout=BOOT_TIMEOUT_MS)
    expected = recommend({"failure_mode": "outages", "deals_blocked": "yes"}).lead
    expect_lead(page, expected)


@pytest.mark.parametrize(("width", "shown"), [(375, False), (1280, True)])
def test_the_back_to_top_pill_is_not_shown_on_the_questionnaire_on_a_phone(
    returning_page: Page, width: int, shown: bool
) -> None:
    """A reader's review at 375 px: the questionnaire's own scrolls (the title after "Clear my answers", a follow-up
    question) brought Material's "Back to top" pill out over what a thumb aims at. On a phone it is never shown there;
    on a laptop it is, as on every guide page."""
    page = returning_page
    page.set_viewport_size({"width": width, "height": 800})
    open_tool(page)
    answer(page, "failure_mode", "outages")
    page.mouse.wheel(0, 3000)
    page.wait_for_timeout(200)
    page.mouse.wheel(0, -1500)  # a scroll up: Material shows the pill
    page.wait_for_timeout(500)
    display = page.evaluate("() => getComputedStyle(document.querySelector('.md-top')).display")
    assert (display != "none") is shown, display


def test_a_follow_up_answer_kept_unasked_is_known_after_a_reload(returning_page: Page) -> None:
    """A reader's review: the follow-up answered for regressions, the deals answered No (the answer kept, not asked),
    the page reloaded the next day, the deals answered Yes again: the answer was cleared, "This page does not know
    which failure it compared with the blocked deals", though the failure named never changed. The failure it was
    given for is saved with it, by every edit (a complaint typed too); read back where it is asked, as before, it is
    known too."""
    page = returning_page
    open_tool(page)
    answer(page, "failure_mode", "regressions")
    answer(page, "deals_blocked", "yes")
    answer(page, "costs_more", "named_failure")
    notice = page.locator('#sw-follow-up-notice [data-sw-notice-shown="follow-up-cleared"]')
    for deals_when_reloaded in ("no", "yes"):
        answer(page, "deals_blocked", deals_when_reloaded)
        # A complaint typed then saved the answers without it (a diff review).
        typed = f"Deploys break on Fridays ({deals_when_reloaded})"
        page.locator("#sw-complaint-1").fill(typed)
        page.wait_for_function("t => (localStorage.getItem('scale-what:v1') ?? '').includes(t)", arg=typed)
        page.reload()
        expect(page.locator("#sw-tool")).to_have_attribute("data-engine-stage", "ready", timeout=BOOT_TIMEOUT_MS)
        expect(page.locator("#sw-costs_more-named_failure")).to_be_checked()
        answer(page, "deals_blocked", "no" if deals_when_reloaded == "yes" else "yes")
        answer(page, "deals_blocked", "yes")
        expect(page.locator("#sw-costs_more-named_failure")).to_be_checked()
        expect(notice).to_have_count(0)
