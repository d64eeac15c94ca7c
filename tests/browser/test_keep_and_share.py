"""Keep and share in Chromium: the complaints exercise, check your answers, share links, saved answers,
downloads and print."""

from __future__ import annotations

import base64
import json
import re

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from decision_engine import RUBRIC_VERSION, dumps, recommend
from decision_engine.session import evaluate
from tests.support.browser import (
    PageWatch,
    answer,
    answer_and_come_back,
    dismissed_dialogs,
    expect_engine_ready,
    expect_instant_navigation,
    expect_lead,
    follow_site_links,
    go_by_side_menu,
    open_tool,
    watch_context,
    watch_page,
)
from tests.support.site import BuiltSite
from tests.support.views import PHONE

XSS = "<img src=x onerror=alert(1)>"
STORAGE_KEY = "scale-what:v1"


def share_fragment(payload: object) -> str:
    """A share link's fragment as the page writes it: base64url of the JSON, no padding."""
    data = base64.urlsafe_b64encode(json.dumps(payload).encode()).decode().rstrip("=")
    return f"#answers={data}"


def new_watched_page(browser: Browser, built_site: BuiltSite) -> tuple[BrowserContext, Page, PageWatch]:
    """A second browser context (another reader, another browser profile) under the project's rule."""
    context = browser.new_context(base_url=built_site.url)
    watch = watch_context(context, built_site.origin)
    page = context.new_page()
    watch_page(page, watch)
    return context, page, watch


def test_exercise_categorises_as_you_type_and_override_changes_under_invested(returning_page: Page) -> None:
    """Typed complaints get a category and their cues; the one under-invested verdict, in the recommendation,
    follows them (an override changes it, and so does the effort answered above); the complaints section
    keeps each box's reading and gives no verdict of its own."""
    page = returning_page
    open_tool(page)
    answer(page, "failure_mode", "outages")
    complaints = [
        "Every Friday deploy breaks prod and we spend the weekend on hotfixes",
        "Big customers keep asking for SSO and an audit trail before they sign",
    ]
    page.fill("#sw-complaint-1", complaints[0])
    page.fill("#sw-complaint-2", complaints[1])
    first, second = page.locator("#sw-complaint-1-result"), page.locator("#sw-complaint-2-result")
    expect(first).to_contain_text("Process scaling")
    expect(first).to_contain_text("deploy")
    expect(second).to_contain_text("User scaling")
    expect(second).to_contain_text("SSO")
    verdict = page.locator("#sw-result-under-invested")
    answers = {"failure_mode": "outages"}
    expected = recommend(answers, complaints).under_invested
    assert expected.type is not None
    assert expected.type.value == "process"
    expect(verdict).to_contain_text(expected.text)
    page.select_option("#sw-override-1", "technical")
    expect(first).to_contain_text("Technical scaling (your choice)")
    expected = recommend(answers, complaints, {0: "technical"}).under_invested
    assert expected.type is not None
    assert expected.type.value == "technical"
    expect(verdict).to_contain_text(expected.text)
    # Effort answered above: most effort went to technical, so user (nothing spent) is now under-invested.
    answer(page, "effort_technical", "most")
    answer(page, "effort_user", "none")
    answers |= {"effort_technical": "most", "effort_user": "none"}
    expected = recommend(answers, complaints, {0: "technical"}).under_invested
    assert expected.type is not None
    assert expected.type.value == "user"
    expect(verdict).to_contain_text(expected.text)
    # The answers alone would name another type: the verdict says which, and why the complaints decide.
    answer(page, "freq_regressions", "weekly")
    answer(page, "effort_process", "none")
    answers |= {"freq_regressions": "weekly", "effort_process": "none"}
    expected = recommend(answers, complaints, {0: "technical"}).under_invested
    assert expected.other is not None
    expect(verdict).to_contain_text(expected.text)
    expect(verdict).to_contain_text(expected.other)
    # One verdict on the screen: the complaints section has none of its own.
    expect(page.locator("#sw-complaints")).not_to_contain_text(expected.text)
    expect(page.locator("#sw-complaints")).not_to_contain_text("Under-invested")


def test_the_exercise_alone_gives_the_complaints_verdict_until_the_deciding_answer(returning_page: Page) -> None:
    """A reader's review: three complaints typed before the deciding question were each sorted, and the only verdict
    was "Answer the deciding question to see a recommendation". The complaints section gives the engine's verdict of
    the complaints alone until then; once answered, the one verdict is the recommendation's."""
    page = returning_page
    open_tool(page)
    complaints = ["Every Friday deploy breaks prod", "Flaky tests block every merge", "Search is slow at peak"]
    for number, text in enumerate(complaints, 1):
        page.fill(f"#sw-complaint-{number}", text)
    expect(page.locator("#sw-complaint-3-result")).to_contain_text("Technical scaling")
    session = evaluate({"answers": {}, "complaints": complaints, "overrides": {}})
    assert session.under_invested is not None
    summary = page.locator("#sw-triage-summary")
    expect(summary).to_have_text(session.under_invested.text)
    expect(summary).to_contain_text("Process scaling is under-invested, going by your complaints")
    answer(page, "failure_mode", "outages")
    verdict = recommend({"failure_mode": "outages"}, complaints).under_invested
    assert verdict is not None
    assert verdict.type is not None
    # Its type said where the exercise's reader looks (a reader's review: four phone screens below, after the sharing
    # buttons).
    expect(summary).to_have_text(
        f"The under-invested verdict is in your recommendation, below: {verdict.type.title.lower()}."
    )
    expect(page.locator("#sw-result-under-invested")).to_contain_text(verdict.text)


def test_exercise_shows_how_each_complaint_was_read(returning_page: Page) -> None:
    """A misspelt cue shows what it was read as, a clause that says "fine" is set aside with its words (its note said
    once for its two cues), and a complaint no cue knows gets the fallback model's guess, at low confidence, said to be
    a guess."""
    page = returning_page
    open_tool(page)
    answer(page, "failure_mode", "outages")
    page.fill("#sw-complaint-1", "SSO and roles are fine, but the latancy at checkout is awful")
    page.fill("#sw-complaint-2", "Engineers keep pushing to master")
    first, second = page.locator("#sw-complaint-1-result"), page.locator("#sw-complaint-2-result")
    expect(first.locator(".sw-complaint__category")).to_have_text("Technical scaling — medium confidence")
    expect(first.locator(".sw-complaint__cues")).to_have_text(
        "Because of: latancy read as latency (performance and latency)"
    )
    expect(first.locator(".sw-complaint__cues q")).to_have_text("latancy")
    # Each quoted word isolated for direction inside its quotes (an attack review: a typed right-to-left override
    # carried the closing quote into the word).
    expect(first.locator(".sw-complaint__cues q > bdi")).to_have_text("latancy")
    expect(first.locator(".sw-complaint__aside")).to_have_text(
        "Set aside: SSO, roles (discounted: 'SSO and roles are fine')"
    )
    expect(first.locator(".sw-complaint__aside q")).to_have_text(["SSO", "roles"])
    expect(second.locator(".sw-complaint__category")).to_have_text("Process scaling — low confidence, a guess")
    expect(second.locator(".sw-complaint__fallback")).to_contain_text(
        "closest to the guide's words for this type, mostly in"
    )
    expect(second.locator(".sw-complaint__fallback q")).to_have_text("Engineers")
    expect(second.locator(".sw-complaint__fallback q > bdi")).to_have_text("Engineers")


def test_a_tie_between_two_types_is_said_as_one(returning_page: Page) -> None:
    """A CLI review: two types with the same score were said as "with user scaling second"; the page says the tie,
    and the second of two unequal types stays "second"."""
    page = returning_page
    open_tool(page)
    answer(page, "failure_mode", "outages")
    page.fill("#sw-complaint-1", "Flaky tests and missing SSO.")
    page.fill("#sw-complaint-2", "Deploys are slow and SSO is missing")
    first, second = page.locator("#sw-complaint-1-result"), page.locator("#sw-complaint-2-result")
    expect(first.locator(".sw-complaint__category")).to_contain_text("Process scaling — ")
    expect(first.locator(".sw-complaint__category")).to_contain_text(", tied with user scaling")
    expect(second.locator(".sw-complaint__category")).to_contain_text(", with user scaling second")
    # A three-way tie names both types the lead ties with (a diff review: only `secondary` was named).
    page.fill("#sw-complaint-3", "Flaky tests, audit logs, caching.")
    expect(page.locator("#sw-complaint-3-result .sw-complaint__category")).to_contain_text(
        "Technical scaling — low confidence, tied with process scaling and user scaling"
    )


def test_oversized_complaint_is_kept_with_a_clear_message(returning_page: Page) -> None:
    """A complaint over the limit stays in its box, untouched, with a message naming the limit."""
    page = returning_page
    open_tool(page)
    text = "Our p99 latency spikes at peak. " * 20
    page.fill("#sw-complaint-1", text)
    expect(page.locator("#sw-complaint-1-result")).to_have_text(
        re.compile(rf"^Not categorised: over 500 characters \(this one has {len(text)}\): .*Your text is kept")
    )
    expect(page.locator("#sw-complaint-1")).to_have_value(text)


def test_markup_in_complaints_and_links_stays_text(returning_page: Page, returning_watch: PageWatch) -> None:
    """A complaint and a share link carrying an <img onerror> are shown as literal text; no script runs."""
    page, watch = returning_page, returning_watch
    dialogs = dismissed_dialogs(page)  # an injected script's alert() would be one
    page.goto("tool/" + share_fragment({"v": "1", "a": {"failure_mode": "outages"}, "c": [XSS + " SSO please"]}))
    expect_engine_ready(page)
    expect(page.locator("#sw-complaint-1")).to_have_value(XSS + " SSO please")
    page.fill("#sw-complaint-2", XSS)
    check = page.locator('.sw-check__row[data-question="complaints"]')
    expect(check).to_contain_text(XSS)
    expect(page.locator("#sw-complaint-1-result")).to_contain_text("User scaling")
    # Box 2's reading (its matched words quoted) is drawn only with the reply to its text, after the check row.
    expect(page.locator("#sw-complaint-2-result")).to_contain_text("Process scaling")
    expect(page.locator("#sw-tool img")).to_have_count(0)
    page.wait_for_timeout(300)
    assert dialogs == []
    assert not [u for u in watch.requests if u.endswith("/x")]


def test_a_right_to_left_override_in_a_complaint_does_not_turn_the_pages_words_around(returning_page: Page) -> None:
    """The reader's text is isolated where the page lists or quotes it: an unclosed U+202E in a complaint stays in its
    own run, and the page's note after it (cut at 500 characters) reads left to right, on screen and in print (an
    attack review: the note came out reversed and mixed into the complaint)."""
    page = returning_page
    open_tool(page)
    answer(page, "failure_mode", "outages")
    text = "Refunds are \u202enot slow, the database times out " + "x" * 500
    page.fill("#sw-complaint-1", text)
    item = page.locator(".sw-check__complaints li").first
    expect(item.locator("bdi")).to_have_text(text[:500] + "…")
    expect(item.locator("bdi + .sw-check__cut")).to_contain_text("(cut here at 500 characters")
    page.fill("#sw-complaint-1", "The database \u202etimes out at peak")
    expect(page.locator("#sw-complaint-1-result q").first).to_be_visible()
    assert page.locator("#sw-complaint-1-result q").first.evaluate("q => getComputedStyle(q).unicodeBidi") == "isolate"
    expect(item.locator("bdi")).to_have_text("The database \u202etimes out at peak")


def test_a_box_that_looks_empty_is_empty_to_the_page_and_the_engine(returning_page: Page) -> None:
    """A box holding only a byte-order mark and a zero-width space looks empty: no reading under it (it says which
    complaint weighs most, as an empty first box does), left out of "Check your answers", and not counted by the
    engine, so the written complaints keep their weights; the verdict names each by its box ("complaint #2" for box
    2)."""
    page = returning_page
    written = ["Every Friday deploy breaks prod", "Customers ask for SSO before they sign"]
    expected = recommend({"failure_mode": "outages"}, written, numbers=[2, 3]).under_invested
    assert expected is not None
    assert "complaint #2 points at it, with 5 of your complaints' total weight of 9" in expected.text
    open_tool(page)
    answer(page, "failure_mode", "outages")
    page.fill("#sw-complaint-1", "\ufeff\u200b")
    page.fill("#sw-complaint-2", written[0])
    page.fill("#sw-complaint-3", written[1])
    expect(page.locator("#sw-result-under-invested")).to_contain_text(expected.text)
    # No reading under it; it says which complaint weighs most instead, as an empty box does (a reader's review).
    expect(page.locator("#sw-complaint-1-result")).to_have_text(
        "Empty, so complaint 2, the first you wrote, weighs most."
    )
    check = page.locator('.sw-check__row[data-question="complaints"] li')
    expect(check.locator("bdi")).to_have_text(written)


def test_check_your_answers_change_link_moves_focus(returning_page: Page) -> None:
    """Every answer is summarised; its change link takes the keyboard focus to that question."""
    page = returning_page
    open_tool(page)
    answer(page, "failure_mode", "regressions")
    answer(page, "adoption", "upmarket")
    rows = page.locator(".sw-check__row")
    expect(rows.filter(has_text="What is the most expensive failure mode right now?")).to_contain_text(
        "Regressions / firefighting"
    )
    expect(rows.filter(has_text="Are enterprise deals blocked")).to_contain_text("Not answered")
    page.get_by_role("link", name="Change the answer to: Where is adoption heading?").click()
    expect(page.locator("#sw-adoption-upmarket")).to_be_focused()
    page.get_by_role("link", name="Change the answer to: Are enterprise deals blocked on missing controls?").click()
    expect(page.locator("#sw-deals_blocked-yes")).to_be_focused()


def expect_a_new_reader_keeps_the_link(other: Page, link: str) -> None:
    """A reader with no answers of their own, on a link: one banner, nothing written, the link in the address (a
    reload keeps it; away through the site's links and back, or a jump within the page, puts it back), until "Keep
    these instead" saves the
    answers and the fragment leaves the address."""
    # One notice: the banner for a reader with no answers of their own (a link read in full says nothing more).
    notices = other.locator("#sw-notices")
    expect(notices.locator(".sw-notice")).to_have_count(1)
    expect(notices).to_contain_text("These answers were shared with you. Nothing is saved in this browser")
    expect(notices.get_by_role("button", name="Show my own answers")).to_have_count(0)  # there are none
    # The saving line agrees (a reader's review: it said "saved in this browser as you go" under that notice).
    saving = other.locator("#sw-save-status")
    expect(saving).to_have_text(
        "The shared answers are not saved in this browser until you change one or keep them (above)."
    )
    assert other.evaluate(f"localStorage.getItem('{STORAGE_KEY}')") is None, "opening a link writes nothing"
    # Nothing is saved yet, so the link stays in the address: a reload (or a bookmark) keeps its answers.
    expect(other).to_have_url(link)  # the address as the page left it (Playwright learns of it a moment later)
    other.reload()
    expect(other.locator("#sw-complaint-1")).to_have_value("Admins cannot manage user permissions themselves")
    expect_lead(other, "user")
    # Away through the site's own links and back (one document): the link is put back in the address.
    expect_instant_navigation(other)
    other.evaluate("window.__sameDocument = true")
    go_by_side_menu(other, "Sequencing", r"/sequencing/$")
    other.locator("nav.md-nav--primary").get_by_role("link", name="The questionnaire").click()
    expect(other.locator("#sw-complaint-1")).to_have_value("Admins cannot manage user permissions themselves")
    assert other.evaluate("window.__sameDocument") is True
    expect(other).to_have_url(link)  # the address as the page left it (Playwright learns of it a moment later)
    # A jump within the page ("Skip to content") takes the link's place in the address for a moment: the link goes
    # back, so a reload still keeps the answers.
    other.get_by_role("link", name="Skip to content").focus()
    other.keyboard.press("Enter")
    other.wait_for_function("() => location.hash !== ''", timeout=5_000)
    other.wait_for_function("(link) => location.href === link", arg=link, timeout=5_000)
    other.reload()
    expect(other.locator("#sw-complaint-1")).to_have_value("Admins cannot manage user permissions themselves")
    expect_lead(other, "user")
    # Back to the page before (the guide, in the same document) leaves that page's address alone, and Forward
    # brings the questionnaire back with the link in its address.
    go_by_side_menu(other, "Sequencing", r"/sequencing/$")
    other.locator("nav.md-nav--primary").get_by_role("link", name="The questionnaire").click()
    expect(other.locator("#sw-complaint-1")).to_have_value("Admins cannot manage user permissions themselves")
    other.go_back()
    expect(other).to_have_url(re.compile(r"/sequencing/$"))
    other.wait_for_timeout(500)
    assert other.url.endswith("/sequencing/"), f"the questionnaire's link was written on another page: {other.url}"
    other.go_forward()
    expect(other.locator("#sw-complaint-1")).to_have_value("Admins cannot manage user permissions themselves")
    other.wait_for_function("(link) => location.href === link", arg=link, timeout=5_000)
    other.get_by_role("button", name="Keep these answers").click()
    expect(notices).to_contain_text("These answers are now your own, saved in this browser.")
    expect(saving).to_have_text("Your answers are saved in this browser as you go.")
    expect(notices.get_by_role("button", name="Undo")).to_have_count(0)  # nothing of the reader's was replaced
    expect(notices).not_to_contain_text("shared with you")
    assert "#" not in other.url, "once kept, the fragment leaves the address"
    other.reload()
    expect(other.locator("#sw-effort_user-none")).to_be_checked()
    expect(other.locator("#sw-complaint-1")).to_have_value("Admins cannot manage user permissions themselves")


def test_share_link_round_trips_in_a_new_context(returning_page: Page, browser: Browser, built_site: BuiltSite) -> None:
    """Copy link puts the answers (and, when ticked, the complaints) in the fragment; another browser
    opening it sees the same answers and result."""
    page = returning_page
    open_tool(page)
    for question, option in {"failure_mode": "governance", "deals_blocked": "yes", "effort_user": "none"}.items():
        answer(page, question, option)
    page.fill("#sw-complaint-1", "Admins cannot manage user permissions themselves")
    page.get_by_role("button", name="Copy a share link").click()
    without = page.input_value("#sw-share-url")
    assert "#answers=" in without
    page.check("#sw-share-complaints")
    page.get_by_role("button", name="Copy a share link").click()
    with_complaints = page.input_value("#sw-share-url")
    assert with_complaints != without

    other_context, other, other_watch = new_watched_page(browser, built_site)
    follow_site_links(other)
    try:
        other.goto(with_complaints)
        expect_engine_ready(other)
        expect(other.locator("#sw-failure_mode-governance")).to_be_checked()
        expect(other.locator("#sw-deals_blocked-yes")).to_be_checked()
        expect(other.locator("#sw-effort_user-none")).to_be_checked()
        expect(other.locator("#sw-complaint-1")).to_have_value("Admins cannot manage user permissions themselves")
        expect_lead(other, "user")
        expect_a_new_reader_keeps_the_link(other, with_complaints)
        other_watch.assert_clean()
    finally:
        other_context.close()
    assert all("#answers=" not in u for u in other_watch.requests), "the fragment never reaches the server"


def test_a_shared_link_on_a_phone_shows_its_recommendation_on_the_first_screen(
    browser: Browser, built_site: BuiltSite
) -> None:
    """A colleague opening a link on a phone sees the link's recommendation in its notice, on the first screen, and
    its link goes to the full result (a reader's review: the summary bar steps aside for the notice, and the result
    is screens below, so the first screen had none). Kept, the notice goes, and its line with it."""
    context = browser.new_context(base_url=built_site.url, viewport=PHONE)
    watch = watch_context(context, built_site.origin)
    page = context.new_page()
    watch_page(page, watch)
    answers = {"failure_mode": "regressions", "deals_blocked": "no"}
    try:
        page.goto("tool/" + share_fragment({"v": "1", "a": answers}))
        expect_engine_ready(page)
        line = page.locator("#sw-notices .sw-notice__lead")
        expect(line).to_contain_text(f"For these answers: {recommend(answers).headline} Confidence:")
        expect(line).to_be_in_viewport(ratio=1)
        line.get_by_role("link", name="See the full result").click()
        expect(page.locator("#sw-result-title")).to_be_in_viewport()
        expect(page.locator("#sw-result")).to_be_focused()
        page.get_by_role("button", name="Keep these answers").click()
        expect(line).to_have_count(0)
        watch.assert_clean()
    finally:
        context.close()


def test_a_links_complaint_of_line_breaks_alone_is_left_out_and_said(returning_page: Page) -> None:
    """A link whose complaint holds thousands of line breaks and nothing else: left out with a note naming it, the
    page no taller than with an empty box (an attack review: the box grew to 227,825 px, the result a million pixels
    down, and it was saved as the reader's own at the first edit)."""
    page = returning_page
    open_tool(page)
    normal = page.evaluate("document.documentElement.scrollHeight")
    page.goto("about:blank")
    state = {
        "answers": {"failure_mode": "outages"},
        "complaints": ["Checkout times out", "\n" * 8_900],
        "overrides": {},
    }
    page.goto("tool/" + share_fragment({"version": 2, "rubric": RUBRIC_VERSION, "state": state, "previous": None}))
    expect(page.locator("#sw-complaint-1")).to_have_value("Checkout times out")
    expect(page.locator("#sw-notices")).to_contain_text(
        "left out: complaint 2 (blank: 8900 spaces, line breaks or other invisible characters)"
    )
    expect(page.locator("#sw-complaint-2")).to_have_value("")
    assert page.evaluate("document.documentElement.scrollHeight") < normal + 2_000
    # One letter and the same line breaks (not blank): kept whole, its box and its listing scroll past most of a
    # screen instead of stretching the page (an attack review: 227,825 px).
    heights = []
    for text in ("x" * 501, "x" + "\n" * 8_900):  # against a complaint as long without its line breaks
        state["complaints"] = [text]
        page.goto("about:blank")
        page.goto("tool/" + share_fragment({"version": 2, "rubric": RUBRIC_VERSION, "state": state, "previous": None}))
        expect(page.locator("#sw-complaint-1")).to_have_value(text)
        expect(page.locator("#sw-complaint-1-result")).to_contain_text("over 500 characters")
        heights.append(page.evaluate("document.documentElement.scrollHeight"))
    expect(page.locator(".sw-check__complaints li")).to_have_count(1)
    height = page.evaluate("innerHeight")
    for part in ("#sw-complaint-1", ".sw-check__complaints bdi"):
        assert page.locator(part).evaluate("e => e.getBoundingClientRect().height") <= 0.7 * height + 1, part
    assert heights[1] < heights[0] + 2 * height, heights


def test_a_long_word_in_a_complaint_never_widens_the_page(returning_phone: Page) -> None:
    """An attack review: a pasted address in a complaint made the page 523 px wide on a 375 px phone (500 x's: 4,495
    px), its listing in "Check your answers" as wide as its longest word, and ran off the printed page. On screen and
    in print the page keeps its width, and the words are all there."""
    page = returning_phone
    address = "https://grafana.internal.example.com/d/aBcDeFgH12/checkout-latency?orgId=1&from=now-7d&var-region=eu-w1"
    state = {
        "answers": {"failure_mode": "outages"},
        "complaints": [f"checkout is slow, see {address}", "x" * 480],
        "overrides": {},
    }
    page.goto("about:blank")
    page.goto("tool/" + share_fragment({"version": 2, "rubric": RUBRIC_VERSION, "state": state, "previous": None}))
    listing = page.locator(".sw-check__complaints bdi")
    expect(listing).to_have_count(2)
    expect(listing.first).to_have_text(f"checkout is slow, see {address}")
    for media in ("screen", "print"):
        page.emulate_media(media=media)
        widths = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        assert widths[0] <= widths[1], (media, widths)
        for n in range(2):
            box = listing.nth(n).evaluate("e => [e.scrollWidth, e.clientWidth]")
            assert box[0] <= box[1], (media, n, box)  # wrapped, not scrolled sideways out of sight
    page.emulate_media(media="screen")


def test_a_mistyped_link_pasted_into_the_open_page_is_said_once(returning_page: Page) -> None:
    """An attack review: a mistyped share link pasted into the open questionnaire's address bar was said nowhere the
    first time (Material swapped in a new page view), then three times at each paste. Each paste is said once, in
    place of what was said of the address before."""
    page = returning_page
    open_tool(page)
    near = page.locator("#sw-notices [data-sw-near]")
    for pasted in ("#answer=abc", "#answer=abc2", "#answerz=q", "#answerz=q"):
        page.evaluate("hash => { location.hash = hash; }", pasted)
        expect(near).to_have_count(1)
        expect(near).to_contain_text(f"This address ends with “{pasted.split('=')[0]}=…”")
        page.wait_for_timeout(300)  # every jump event the paste fires has run
        expect(near).to_have_count(1)


def test_a_shared_link_without_complaints_says_so(returning_page: Page) -> None:
    """A reader's review: a link copied without its sender's complaints showed its reader another under-invested
    type than the sender's, and nothing said the complaints were left out. The banner says so; a link with
    complaints says nothing of the kind."""
    page = returning_page
    said = "The link holds no complaints: its sender's, if any, are not in the result."
    notices = page.locator("#sw-notices")
    for complaints, shown in (([], True), (["Admins cannot set roles"], False)):
        state = {"answers": {"failure_mode": "governance"}, "complaints": complaints, "overrides": {}}
        page.goto("about:blank")
        page.goto("tool/" + share_fragment({"version": 2, "rubric": RUBRIC_VERSION, "state": state, "previous": None}))
        expect(notices).to_contain_text("These answers were shared with you.")
        if shown:
            expect(notices).to_contain_text(said)
        else:
            expect(notices).not_to_contain_text(said)
    # Said of the link as it came: over the reader's own answers, its complaint emptied, then back on the page through
    # the site's links (a later attack review: the banner, made again, said the link held none).
    page.goto("about:blank")
    page.goto("tool/")
    answer(page, "failure_mode", "outages")
    state = {"answers": {"failure_mode": "governance"}, "complaints": ["Admins cannot set roles"], "overrides": {}}
    page.goto("about:blank")
    page.goto("tool/" + share_fragment({"version": 2, "rubric": RUBRIC_VERSION, "state": state, "previous": None}))
    expect(notices).to_contain_text("These answers were shared with you. Your own answers are kept.")
    page.fill("#sw-complaint-1", "")
    page.locator(".md-nav__link", has_text="Privacy").first.click()
    expect(page).to_have_url(re.compile(r"/privacy/$"))
    page.locator(".md-nav__link", has_text="The questionnaire").first.click()
    expect(notices).to_contain_text("These answers were shared with you.")
    expect(page.locator("#sw-complaint-1")).to_have_value("")
    expect(notices).not_to_contain_text(said)


@pytest.mark.parametrize(
    ("where", "prefix"),
    [("", "#answers="), ("privacy/", "#answers="), ("tool/steps/", "#answers="), ("privacy/", "#Answers%3D")],
)
def test_a_share_link_opened_on_another_page_goes_to_the_questionnaire(
    returning_page: Page, where: str, prefix: str
) -> None:
    """An attack review: a share link on the site's root, a guide page or the pages without JavaScript was ignored
    without a word. It goes to the questionnaire, its fragment kept, and opens there; so does a link whose prefix a
    mail program changed, which the questionnaire reads (a diff review)."""
    page = returning_page
    state = {"answers": {"failure_mode": "governance"}, "complaints": [], "overrides": {}}
    fragment = share_fragment({"version": 2, "rubric": RUBRIC_VERSION, "state": state, "previous": None})
    fragment = prefix + fragment.removeprefix("#answers=")
    page.goto("about:blank")
    page.goto(where + fragment)
    expect(page).to_have_url(re.compile(r"/tool/#answers(=|%3d)", re.IGNORECASE))
    expect(page.locator("#sw-failure_mode-governance")).to_be_checked()
    expect(page.locator("#sw-notices")).to_contain_text("These answers were shared with you.")
    assert page.url.endswith("tool/" + fragment)


def test_a_share_link_pasted_into_a_guide_page_already_open_goes_to_the_questionnaire(returning_page: Page) -> None:
    """An attack review: a share link pasted into the address bar of a guide page already open changes only its
    fragment (no load), and was ignored without a word. It goes to the questionnaire too."""
    page = returning_page
    state = {"answers": {"failure_mode": "governance"}, "complaints": [], "overrides": {}}
    fragment = share_fragment({"version": 2, "rubric": RUBRIC_VERSION, "state": state, "previous": None})
    page.goto("glossary/")
    expect(page.locator(".md-content h1")).to_be_visible()
    page.evaluate("(fragment) => { location.hash = fragment; }", fragment)
    expect(page).to_have_url(re.compile(r"/tool/#answers="))
    expect(page.locator("#sw-failure_mode-governance")).to_be_checked()
    expect(page.locator("#sw-notices")).to_contain_text("These answers were shared with you.")


def test_a_link_whose_hash_became_a_question_mark_is_opened_and_said(returning_page: Page) -> None:
    """A share link whose "#" a mail program or a redirect turned into "?" sent its answers with the request: the
    page says so, opens them as a link and takes them out of the address (an attack review: it opened empty, with no
    word, while the server's log held the answers and complaints). Answers inside another value of the query are not
    opened, but leave the address, said."""
    page = returning_page
    state = {"answers": {"failure_mode": "governance"}, "complaints": ["Admins cannot set roles"], "overrides": {}}
    fragment = share_fragment({"version": 2, "rubric": RUBRIC_VERSION, "state": state, "previous": None})
    page.goto("about:blank")
    page.goto("tool/?" + fragment.removeprefix("#"))
    expect(page.locator("#sw-failure_mode-governance")).to_be_checked()
    expect(page.locator("#sw-complaint-1")).to_have_value("Admins cannot set roles")
    notices = page.locator("#sw-notices")
    expect(notices).to_contain_text("This share link came with “?answers=” where it should have “#answers=”")
    expect(notices).to_contain_text("These answers were shared with you.")
    assert "?" not in page.url
    assert page.url.endswith("tool/" + fragment), "the link's answers stay after the #, saved nowhere yet"
    page.reload()  # the notice was this load's: the address now holds the link as it should
    expect(page.locator("#sw-failure_mode-governance")).to_be_checked()
    expect(notices).not_to_contain_text("“?answers=”")
    other = share_fragment({"v": "1", "a": {"failure_mode": "regressions"}})
    # Two in the query: the first opens, and the second is said (an attack review: it went unsaid).
    page.goto("about:blank")
    page.goto("tool/?" + fragment.removeprefix("#") + "&" + other.removeprefix("#"))
    expect(page.locator("#sw-failure_mode-governance")).to_be_checked()
    expect(notices).to_contain_text("It held more than one share link: only the first was read")
    assert page.url.endswith("tool/" + fragment)
    # Beside a share link of its own: that one opens, and the query leaves the address, said.
    page.goto("about:blank")
    page.goto("tool/?" + fragment.removeprefix("#") + other)
    expect(page.locator("#sw-failure_mode-regressions")).to_be_checked()
    expect(notices).to_contain_text("This address also held answers after “?answers=”")
    assert page.url.endswith("tool/" + other)
    # Inside another value of the query (a path), not opened: taken out of the address all the same, and said (an
    # attack review: the address kept them, each reload sent them again, and the page said nothing).
    page.goto("about:blank")
    page.goto("tool/?utm_content=news/2026?" + fragment.removeprefix("#"))
    expect(notices).to_contain_text("The page did not open them, as they were not where a share link puts them")
    expect(page.locator("#sw-complaint-1")).not_to_have_value("Admins cannot set roles")
    assert "?" not in page.url
    assert "answers" not in page.url


LINK_OUTDATED = "Your answers or the link's options changed since the link was copied: copy a new link to share them."


def test_a_copied_link_that_no_longer_holds_the_answers_is_taken_away(returning_page: Page) -> None:
    """A reader's review: after "Copy a share link", ticking "Include my complaints in the link" left the old link in
    its field and the line saying "(not your complaints)"; with nothing answered, the refusal came beside an empty
    field. A change the copied link does not hold (the tick, an answer) takes the link away and says so; a refused
    link shows no field."""
    page = returning_page
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    open_tool(page)
    copy = page.get_by_role("button", name="Copy a share link")
    field = page.locator("#sw-share-url")
    status = page.locator("#sw-keep-status")
    copy.click()
    expect(status).not_to_be_empty()
    expect(field).to_be_hidden()
    answer(page, "failure_mode", "outages")
    page.fill("#sw-complaint-1", "Checkout p99 is four seconds")
    copy.click()
    expect(status).to_have_text(
        "Link copied. It holds your answers, not your complaints: the result it shows goes by your answers alone."
    )
    expect(field).to_be_visible()
    page.check("#sw-share-complaints")
    expect(status).to_have_text(LINK_OUTDATED)
    expect(field).to_be_hidden()
    copy.click()
    expect(status).to_have_text("Link copied. It holds your answers and your complaints.")
    assert page.evaluate("navigator.clipboard.readText()") == field.input_value()
    answer(page, "deals_blocked", "no")
    expect(status).to_have_text(LINK_OUTDATED)
    expect(field).to_be_hidden()


def test_link_over_different_saved_answers_keeps_both(returning_page: Page) -> None:
    """Opening a link over different saved answers shows the link's and keeps the reader's own, which one click
    brings back. A reload shows the link's answers again (a reader's review: the link left the address at once, and a
    reload dropped the shared answers, never saved); once the reader's own are back, a reload shows theirs."""
    page = returning_page
    open_tool(page)
    answer(page, "failure_mode", "outages")
    page.fill("#sw-complaint-1", "my own complaint")
    link = "tool/" + share_fragment({"v": "1", "a": {"failure_mode": "regressions"}})
    page.goto("about:blank")
    page.goto(link)
    expect(page.locator("#sw-failure_mode-regressions")).to_be_checked()
    notices = page.locator("#sw-notices")
    expect(notices).to_contain_text("These answers were shared with you. Your own answers are kept.")
    expect(page.locator("#sw-save-status")).to_have_text(
        "The shared answers are not saved in this browser until you change one or keep them; your own stay saved."
    )
    assert page.url.endswith(link), "saved nowhere, the link's answers stay in the address"
    page.reload()  # nothing was edited: the link's answers again, over the reader's own kept answers
    expect(page.locator("#sw-failure_mode-regressions")).to_be_checked()
    expect(notices).to_contain_text("These answers were shared with you. Your own answers are kept.")
    page.get_by_role("button", name="Show my own answers").click()
    expect(page.locator("#sw-failure_mode-outages")).to_be_checked()
    expect(page.locator("#sw-save-status")).to_have_text("Your answers are saved in this browser as you go.")
    expect(page.locator("#sw-complaint-1")).to_have_value("my own complaint")
    expect(notices).to_contain_text("Your own answers are back.")
    expect_lead(page, "technical")
    assert "#" not in page.url, "the reader's own answers shown: the link leaves the address"
    page.reload()
    expect(page.locator("#sw-failure_mode-outages")).to_be_checked()
    expect(notices).not_to_contain_text("shared with you")


def test_malformed_tampered_and_old_links_say_what_was_kept(returning_page: Page) -> None:
    """A damaged link keeps nothing; a tampered one keeps the valid answers; an old-rubric one says so."""
    page = returning_page
    open_tool(page, wait_ready=False)
    notices = page.locator("#sw-notices")

    page.goto("tool/#answers=%%%not-base64")
    expect(notices).to_contain_text("This share link is damaged")
    # A review: it said "Your own answers are shown instead" to a reader who had none.
    expect(notices).to_contain_text("The questionnaire starts empty: no answers of yours are saved in this browser.")
    expect(page.locator("#sw-form input[type=radio]:checked")).to_have_count(0)

    # A link whose "=" a mail program percent-encoded, or whose word it capitalised, was ignored without a word.
    passed_on = share_fragment({"v": "1", "a": {"failure_mode": "regressions"}}).replace("#answers=", "#Answers%3D")
    page.goto("about:blank")
    page.goto("tool/" + passed_on)
    expect(page.locator("#sw-failure_mode-regressions")).to_be_checked()
    expect(notices).to_contain_text("made with rubric version 1")

    # A share link mistyped ("#answerz=") opened the questionnaire without a word (a reader's review).
    page.goto("about:blank")
    page.goto("tool/" + passed_on.replace("#Answers%3D", "#answerz="))
    expect(notices).to_contain_text(
        "This address ends with “#answerz=…”, which is not how a share link's answers start (“#answers=”), so "
        "nothing was read from it. Check the link you were sent."
    )
    # Pasted into the address bar of the open page (a hashchange, no load), it is said too (a diff review).
    page.evaluate("document.querySelectorAll('[data-sw-notice-shown]').forEach((n) => n.remove())")
    page.evaluate("location.hash = '#answer:eyJ2'")
    expect(notices).to_contain_text("This address ends with “#answer:…”, which is not how a share link's answers start")

    # Cut right after its name, or a soft hyphen where its answers start: said (an attack review: ignored).
    page.goto("about:blank")
    page.goto("tool/#answers")
    expect(notices).to_contain_text("the start of a share link with no answers after it (it may have been cut short)")
    page.goto("about:blank")
    page.goto("tool/" + passed_on.replace("#Answers%3D", "#answers%C2%AD="))
    expect(notices).to_contain_text("This share link holds spaces or invisible characters")

    # A link of a later format says where it came from, not that it is damaged.
    page.goto("about:blank")
    page.goto("tool/" + share_fragment({"version": 3, "rubric": RUBRIC_VERSION, "state": {"answers": {}}}))
    expect(notices).to_contain_text("This share link was made by a newer version of this site than this page")

    # A key given twice: the page read the last of the two, the engine refuses such text (an attack review).
    page.goto("about:blank")
    twice = '{"v": "1", "a": {"failure_mode": "outages", "failure_mode": "governance"}}'
    page.goto("tool/#answers=" + base64.urlsafe_b64encode(twice.encode()).decode().rstrip("="))
    expect(notices).to_contain_text("This share link gives “failure_mode” twice, so nothing was read from it")
    expect(page.locator("#sw-form input[type=radio]:checked")).to_have_count(0)

    page.goto("about:blank")
    tampered = {"v": "1", "a": {"failure_mode": "outages", "deals_blocked": "maybe", "bogus": "x"}}
    page.goto("tool/" + share_fragment(tampered))
    expect(notices).to_contain_text("could not be used and were left out")
    expect(notices).to_contain_text("“maybe” is not one of its options")
    expect(notices).to_contain_text("unknown question (“bogus”)")
    expect(notices).to_contain_text("Kept from the link: 1 answer.")
    expect(page.locator("#sw-failure_mode-outages")).to_be_checked()

    page.goto("about:blank")
    page.goto("tool/" + share_fragment({"v": "0", "a": {"failure_mode": "governance"}}))
    expect(notices).to_contain_text(f"made with rubric version 0; this page uses version {RUBRIC_VERSION}")
    expect(page.locator("#sw-failure_mode-governance")).to_be_checked()


RUBRIC_1_ANSWERS = {
    "failure_mode": "outages",
    "deals_blocked": "yes",
    "adoption": "upmarket",
    "freq_outages": "weekly",
    "effort_user": "none",
}


def test_rubric_1_link_and_saved_answers_keep_every_answer(returning_page: Page) -> None:
    """A share link and saved answers made with rubric version 1 open with the clear message and keep every
    answer, complaint and category choice; the follow-up rubric 2 asks is shown, unanswered."""
    page = returning_page
    open_tool(page, wait_ready=False)
    link = {"v": "1", "a": RUBRIC_1_ANSWERS, "c": ["Our p99 latency doubles at peak"], "o": {"0": "technical"}}
    page.goto("about:blank")
    page.goto("tool/" + share_fragment(link))
    notices = page.locator("#sw-notices")
    expect(notices).to_contain_text(f"made with rubric version 1; this page uses version {RUBRIC_VERSION}")
    expect(notices).to_contain_text(f"Kept from the link: {len(RUBRIC_1_ANSWERS)} answers and the complaints.")
    expect(notices).not_to_contain_text("left out")
    for question, option in RUBRIC_1_ANSWERS.items():
        expect(page.locator(f"#sw-{question}-{option}")).to_be_checked()
    expect(page.locator("#sw-complaint-1")).to_have_value("Our p99 latency doubles at peak")
    expect(page.locator("#sw-override-1")).to_have_value("technical")
    rec = recommend(RUBRIC_1_ANSWERS, ["Our p99 latency doubles at peak"], {0: "technical"})
    expect_lead(page, rec.lead)
    expect(page.locator("#sw-tool")).to_have_attribute("data-confidence", rec.confidence.level)
    expect(page.locator("#sw-q-costs_more")).to_be_visible()
    expect(page.locator("#sw-q-costs_more input:checked")).to_have_count(0)

    saved = {
        "version": 1,
        "rubric": "1",
        "current": {"answers": RUBRIC_1_ANSWERS, "complaints": ["SSO please"], "overrides": {"0": "user"}},
    }
    page.evaluate(f"localStorage.setItem('{STORAGE_KEY}', {json.dumps(json.dumps(saved))})")
    page.goto("about:blank")  # the link's answers were never saved, so it stayed in the address: leave it
    page.goto("tool/")
    expect(notices).to_contain_text(f"made with rubric version 1; this page uses version {RUBRIC_VERSION}")
    expect(notices).not_to_contain_text("left out")
    for question, option in RUBRIC_1_ANSWERS.items():
        expect(page.locator(f"#sw-{question}-{option}")).to_be_checked()
    expect(page.locator("#sw-complaint-1")).to_have_value("SSO please")
    expect(page.locator("#sw-override-1")).to_have_value("user")
    expect_lead(page, rec.lead)
    page.reload()  # saved again with this page's rubric: no message the second time
    expect(page.locator("#sw-complaint-1")).to_have_value("SSO please")
    expect_lead(page, rec.lead)
    expect(notices).to_have_text("")


#: What a failed clear leaves to read: the notices, the focus, the engine's stage, the saved answers, the result.
CLEAR_STATE = f"""() => ({{
  notices: document.getElementById("sw-notices")?.innerText,
  focused: document.activeElement?.id || document.activeElement?.outerHTML.slice(0, 120),
  stage: document.getElementById("sw-tool")?.dataset.engineStage,
  lead: document.getElementById("sw-tool")?.dataset.lead,
  saved: localStorage.getItem("{STORAGE_KEY}"),
  scrollY,
}})"""


def test_reload_keeps_answers_and_clear_removes_them(returning_page: Page) -> None:
    """Answers and complaints survive a reload; "Clear my answers" empties the form and the storage."""
    page = returning_page
    answer_and_come_back(page)
    expect(page.locator("#sw-failure_mode-regressions")).to_be_checked()
    expect(page.locator("#sw-freq_regressions-weekly")).to_be_checked()
    expect(page.locator("#sw-complaint-1")).to_have_value("flaky tests block every merge")
    expect(page.locator("#sw-override-1")).to_have_value("process")
    expect_lead(page, "process")
    page.get_by_role("button", name="Clear my answers").click()
    try:
        expect(page.locator("#sw-form input[type=radio]:checked")).to_have_count(0)
    except AssertionError as error:  # seen once in CI (not reproduced in 28 runs under load): say what the page shows
        seen = page.evaluate(CLEAR_STATE)
        raise AssertionError(f"{error}\nthe page after the click: {seen}") from None
    expect(page.locator("#sw-complaint-1")).to_have_value("")
    assert page.evaluate(f"localStorage.getItem('{STORAGE_KEY}')") is None
    page.reload()
    expect(page.locator("#sw-form input[type=radio]:checked")).to_have_count(0)


def test_corrupted_and_outdated_storage_get_a_message(returning_page: Page) -> None:
    """Unreadable saved data is kept aside with a message; saved data of an older rubric keeps what fits."""
    page = returning_page
    page.goto("privacy/")
    page.evaluate(f"localStorage.setItem('{STORAGE_KEY}', '{{not json')")
    open_tool(page, wait_ready=False)
    expect(page.locator("#sw-notices")).to_contain_text("Saved answers in this browser could not be read in full")
    assert page.evaluate(f"localStorage.getItem('{STORAGE_KEY}')") is None
    assert page.evaluate(f"localStorage.getItem('{STORAGE_KEY}:unreadable')") == "{not json"

    old = {"version": 1, "rubric": "0", "current": {"answers": {"failure_mode": "outages", "gone": "x"}}}
    page.evaluate(f"localStorage.setItem('{STORAGE_KEY}', {json.dumps(json.dumps(old))})")
    page.reload()
    notices = page.locator("#sw-notices")
    expect(notices).to_contain_text("made with rubric version 0")
    expect(notices).to_contain_text("unknown question (“gone”)")
    expect(page.locator("#sw-failure_mode-outages")).to_be_checked()


def test_json_export_matches_cpython_and_markdown_names_the_lead(returning_page: Page) -> None:
    """The downloaded JSON's recommendation is the CPython engine's JSON; the Markdown names its date (the reader's
    own), the way back to the page, the rubric, the lead and the complaint under its box's number."""
    page = returning_page
    answers = {"failure_mode": "outages", "adoption": "upmarket", "effort_technical": "some"}
    open_tool(page)
    for question, option in answers.items():
        answer(page, question, option)
    page.fill("#sw-complaint-1", "p99 latency spikes at peak")
    expect(page.locator("#sw-complaint-1-result")).to_contain_text("Technical scaling")
    with page.expect_download() as json_download:
        page.get_by_role("button", name="Download as JSON").click()
    document = json.loads(json_download.value.path().read_text(encoding="utf-8"))
    assert json_download.value.suggested_filename == "scale-what-recommendation.json"
    assert document["recommendation"] == json.loads(dumps(recommend(answers, ["p99 latency spikes at peak"])))
    assert document["answers"] == answers
    assert [c["text"] for c in document["recommendation"]["exercise"]["complaints"]] == ["p99 latency spikes at peak"]
    with page.expect_download() as md_download:
        page.get_by_role("button", name="Download as Markdown").click()
    markdown = md_download.value.path().read_text(encoding="utf-8")
    rec = recommend(answers, ["p99 latency spikes at peak"])
    day = page.evaluate("(() => { const d = new Date(); return [d.getFullYear(), d.getMonth() + 1, d.getDate()]; })()")
    link = page.evaluate("location.origin + location.pathname")
    # After the way back, a link that opens the answers again (a reader's review: the download had none), the
    # complaints left out of it.
    opening = re.compile(
        re.escape(
            f"# Scale What? recommendation\n\nMade on {day[0]:04d}-{day[1]:02d}-{day[2]:02d} with Scale What? "
            f"<{link}>, rubric version {rec.rubric_version}.\n\nOpen these answers again in the tool (the link holds "
            "your answers; your complaints are below): <"
        )
        + r"([^>]+)"
        + re.escape(f">\n\n{rec.headline}\n\nConfidence: {rec.confidence.word} — ")
    )
    found = opening.match(markdown)
    assert found, markdown[:600]
    assert "### Complaint 1: Technical scaling (confidence high)\n\n    p99 latency spikes at peak\n" in markdown
    reopen = found.group(1)
    assert reopen.startswith(f"{link}#answers=")
    shared = json.loads(base64.urlsafe_b64decode(reopen.split("#answers=")[1] + "=" * 3).decode())
    assert (shared["state"]["answers"], shared["state"]["complaints"]) == (answers, [])


def test_print_shows_result_and_answers_only(returning_page: Page) -> None:
    """Printed, the page holds the result and the answers, and no navigation, search, form or button. The
    complaints to check name their category, as the engine read each one, and whose choice it is (a reader's review:
    the printout listed them without it); while a complaint is being changed, none until it is read again."""
    page = returning_page
    open_tool(page)
    answer(page, "failure_mode", "governance")
    expect_lead(page, "user")
    page.fill("#sw-complaint-1", "Checkout times out at peak")
    page.fill("#sw-complaint-2", "Admins cannot set roles for their own teams")
    items = page.locator(".sw-check__complaints li")
    expect(items.nth(0)).to_have_text("Checkout times out at peak — Technical scaling (suggested)")
    expect(items.nth(1)).to_have_text("Admins cannot set roles for their own teams — User scaling (suggested)")
    page.select_option("#sw-override-1", "process")
    expect(items.nth(0)).to_have_text("Checkout times out at peak — Process scaling (your choice)")
    page.emulate_media(media="print")
    expect(page.locator("#sw-result")).to_be_visible()
    expect(page.locator("#sw-check")).to_be_visible()
    expect(items.nth(1)).to_be_visible()
    for hidden in [".md-header", ".md-sidebar--primary", ".md-footer", "#sw-form", ".md-search", "#sw-keep"]:
        expect(page.locator(hidden).first).to_be_hidden()
    assert page.locator("button:visible").count() == 0


# The colour of the text of every visible element in the result and "Check your answers", in document order.
PRINTED_COLOURS = """() => [...document.querySelectorAll('#sw-result *, #sw-check *')]
  .filter((el) => el.getClientRects().length > 0 && [...el.childNodes].some((n) => n.nodeType === 3 && n.data.trim()))
  .map((el) => [el.tagName + '.' + el.className, getComputedStyle(el).color])"""


def test_print_is_dark_text_on_white_in_either_scheme(returning_page: Page) -> None:
    """A reader's review: printed from the dark scheme, the prompts under "Check your answers" and the chart's notes
    came out near-white on the white paper. Printed, the dark scheme's text has the light scheme's colours."""
    page = returning_page
    open_tool(page)
    answer(page, "failure_mode", "governance")
    expect_lead(page, "user")
    page.emulate_media(media="print")
    printed = {}
    for scheme in ("default", "slate"):
        page.evaluate(f"document.body.setAttribute('data-md-color-scheme', '{scheme}')")
        printed[scheme] = page.evaluate(PRINTED_COLOURS)
    assert len(printed["default"]) > 20, printed["default"]
    assert printed["slate"] == printed["default"]
    page.emulate_media(media="screen")
    page.evaluate("document.body.setAttribute('data-md-color-scheme', 'slate')")
    assert page.evaluate(PRINTED_COLOURS) != printed["default"], "on screen the dark scheme is itself"


def tab_to(page: Page, predicate: str, what: str, limit: int = 120) -> None:
    """Press Tab until ``predicate`` (a JS expression on document.activeElement) holds."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"(el => Boolean({predicate}))(document.activeElement)"):
            return
    raise AssertionError(f"{what} is not reachable with Tab")


def test_keyboard_only_from_home_to_a_shared_exported_recommendation(returning_page: Page) -> None:
    """Home page to a share link and a JSON download with the keyboard alone."""
    page = returning_page
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    follow_site_links(page)
    page.goto("")
    # Enter below is instant navigation, and page-focus.js (loaded after the load event) is there to place the focus:
    # a race review found the test would otherwise depend on how fast a loaded machine got that far.
    expect_instant_navigation(page)
    page.wait_for_load_state("networkidle")
    tab_to(page, "el.getAttribute('href') && /(^|\\/)tool\\/$/.test(el.getAttribute('href'))", "the tool link")
    page.keyboard.press("Enter")
    expect_engine_ready(page)
    # Swapped in by instant navigation, the page has the focus at its heading: the focus was left on <body>, and the
    # questions were 21 Tabs away, through the header and the navigation (a reader's review).
    expect(page.locator("article h1")).to_be_focused()
    # The intro's two links (Privacy, How the tool decides), then the first question.
    tab_to(page, "el.name === 'failure_mode'", "the deciding question", limit=4)
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")  # Governance / trust / permissions
    expect_lead(page, "user")
    tab_to(page, "el.id === 'sw-complaint-1'", "the first complaint box")
    page.keyboard.type("Customers want SSO and audit logs")
    tab_to(page, "el.id === 'sw-share-complaints'", "the include-complaints box")
    page.keyboard.press("Space")
    tab_to(page, "el.id === 'sw-copy-link'", "the copy-link button")
    page.keyboard.press("Enter")
    expect(page.locator("#sw-keep-status")).to_have_text("Link copied. It holds your answers and your complaints.")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == page.input_value("#sw-share-url")
    assert "#answers=" in copied
    tab_to(page, "el.id === 'sw-export-json'", "the JSON download button")
    with page.expect_download() as download:
        page.keyboard.press("Enter")
    document = json.loads(download.value.path().read_text(encoding="utf-8"))
    assert document["recommendation"]["lead"] == "user"
    assert document["recommendation"]["exercise"]["complaints"][0]["text"] == "Customers want SSO and audit logs"


def test_the_complaints_are_offered_for_the_link_only_once_one_is_written(returning_page: Page) -> None:
    """ "Include my complaints in the link" showed, and could be ticked, with every complaint box empty (a reader's
    review). It is offered once a complaint is written, hidden again when the boxes are emptied, and a tick is kept
    while it is hidden."""
    page = returning_page
    open_tool(page)
    answer(page, "failure_mode", "outages")
    include = page.locator("#sw-share-complaints")
    expect(page.get_by_role("button", name="Copy a share link")).to_be_visible()
    expect(include).to_be_hidden()
    page.fill("#sw-complaint-2", "   ")
    page.wait_for_timeout(300)  # the boxes are read 120 ms after the last key
    expect(include).to_be_hidden()
    page.fill("#sw-complaint-2", "Deploys break prod every Friday")
    expect(include).to_be_visible()
    page.check("#sw-share-complaints")
    page.fill("#sw-complaint-2", "")
    expect(include).to_be_hidden()
    page.fill("#sw-complaint-1", "Search takes ten seconds")
    expect(include).to_be_visible()
    expect(include).to_be_checked()
