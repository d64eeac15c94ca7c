"""The browser tests' watch really catches what the project's rule forbids, in a test's own browser context and in
the returning reader's shared one."""

from __future__ import annotations

import pytest
from playwright.sync_api import BrowserContext, expect

from tests.support.browser import BOOTED, PageWatch, answer, expect_lead, open_tool, watch_context, watch_page
from tests.support.polling import wait_for
from tests.support.returning import ReturningProfile
from tests.support.site import BuiltSite


def test_watch_catches_foreign_requests_errors_and_console(context: BrowserContext, built_site: BuiltSite) -> None:
    """A request to another host is blocked and recorded (a fetch is refused by the site's policy first, a window
    opened on another host by the watch); page and console errors are recorded."""
    watch: PageWatch = watch_context(context, built_site.origin)
    page = context.new_page()
    watch_page(page, watch)
    page.goto("")
    page.evaluate("fetch('http://example.invalid/track.gif').catch(() => {})")
    page.evaluate("window.open('http://example.invalid/track.gif')")
    page.evaluate("console.error('deliberate console error')")
    page.evaluate("setTimeout(() => { throw new Error('deliberate page error') }, 0)")
    # The window opened is routed in the test's process, later on a loaded machine: wait for it, not a fixed time.
    wait_for(page, lambda: bool(watch.foreign_requests and watch.page_errors), "the request and the page error")
    page.wait_for_timeout(300)  # anything recorded twice has been by now
    assert watch.foreign_requests == ["http://example.invalid/track.gif"]
    assert watch.page_errors == ["deliberate page error"]
    assert any("connect-src 'self'" in text for text in watch.csp_violations)
    assert watch.unexpected_console_errors() == ["deliberate console error"]
    watch.expect_console_error(r"^deliberate console")
    assert watch.unexpected_console_errors() == []


def test_watch_catches_the_service_workers_console_errors(context: BrowserContext, built_site: BuiltSite) -> None:
    """The site's service worker runs beside the pages: an error it logs reaches the test's watch once (through the
    context: Playwright sends a service worker's console only to a context that listens), so the rule covers it."""
    watch: PageWatch = watch_context(context, built_site.origin)
    page = context.new_page()
    watch_page(page, watch)
    page.goto("")
    page.wait_for_function("() => navigator.serviceWorker.ready.then(() => true)")
    (service_worker,) = context.service_workers
    service_worker.evaluate("console.error('deliberate error in the service worker')")
    page.wait_for_timeout(500)
    assert watch.unexpected_console_errors() == ["deliberate error in the service worker"]


def test_watch_fails_on_a_policy_refusal(context: BrowserContext, built_site: BuiltSite) -> None:
    """An inline script the site's Content-Security-Policy refuses is recorded, cannot be allowed as an expected
    console error, and fails the rule."""
    watch: PageWatch = watch_context(context, built_site.origin)
    page = context.new_page()
    watch_page(page, watch)
    page.goto("")
    page.evaluate("document.body.append(Object.assign(document.createElement('script'), {textContent: 'void 0'}))")
    page.wait_for_timeout(300)
    watch.expect_console_error(".*")
    assert watch.csp_violations
    with pytest.raises(AssertionError, match="Content-Security-Policy violations"):
        watch.assert_clean()


def test_the_returning_profile_watches_each_test_and_keeps_no_answers(returning_profile: ReturningProfile) -> None:
    """The shared browser of a returning reader: its engine boots from the kept snapshot; a test's answers are gone
    when the next test starts, with every page it opened; a request to another host and a console error are recorded
    in the running test's watch only, which then fails the rule."""
    first = returning_profile.begin_test()
    page = returning_profile.new_page()
    open_tool(page)
    assert page.evaluate(BOOTED) == ["snapshot", "kept snapshot"]
    answer(page, "failure_mode", "outages")
    expect_lead(page, "technical")
    assert page.evaluate("localStorage.length") > 0
    returning_profile.new_page()
    page.evaluate("window.open('http://example.invalid/track.gif')")
    page.evaluate("console.error('deliberate console error')")
    wait_for(page, lambda: bool(first.foreign_requests), "the window's request")
    page.wait_for_timeout(300)  # anything recorded twice has been by now
    assert first.foreign_requests == ["http://example.invalid/track.gif"]
    assert first.unexpected_console_errors() == ["deliberate console error"]
    with pytest.raises(AssertionError, match="requests to other hosts"):
        returning_profile.end_test()
    assert returning_profile.context.pages == []

    second = returning_profile.begin_test()
    page = returning_profile.new_page()
    open_tool(page)
    assert page.evaluate(BOOTED) == ["snapshot", "kept snapshot"]
    assert page.evaluate("localStorage.getItem('scale-what:v1')") is None
    expect(page.locator("#sw-failure_mode-outages")).not_to_be_checked()
    returning_profile.end_test()
    assert (second.foreign_requests, second.console_errors, second.page_errors) == ([], [], [])
    assert len(first.foreign_requests) == 1
