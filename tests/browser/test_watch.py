"""The browser tests' watch really catches what the project's rule forbids."""

from __future__ import annotations

from playwright.sync_api import BrowserContext

from tests.support.browser import PageWatch, watch_context, watch_page
from tests.support.site import BuiltSite


def test_watch_catches_foreign_requests_errors_and_console(context: BrowserContext, built_site: BuiltSite) -> None:
    """A request to another host is blocked and recorded; page and console errors are recorded."""
    watch: PageWatch = watch_context(context, built_site.origin)
    page = context.new_page()
    watch_page(page, watch)
    page.goto("")
    page.evaluate("fetch('http://example.invalid/track.gif').catch(() => {})")
    page.evaluate("console.error('deliberate console error')")
    page.evaluate("setTimeout(() => { throw new Error('deliberate page error') }, 0)")
    page.wait_for_timeout(300)
    assert watch.foreign_requests == ["http://example.invalid/track.gif"]
    assert watch.page_errors == ["deliberate page error"]
    # Chromium also logs the blocked request; the foreign request itself already fails the rule.
    assert watch.unexpected_console_errors() == [
        "Failed to load resource: net::ERR_BLOCKED_BY_CLIENT.Inspector",
        "deliberate console error",
    ]
    watch.expect_console_error(r"^deliberate console|ERR_BLOCKED_BY_CLIENT")
    assert watch.unexpected_console_errors() == []
