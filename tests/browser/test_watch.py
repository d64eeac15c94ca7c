"""The browser tests' watch really catches what the project's rule forbids."""

from __future__ import annotations

import pytest
from playwright.sync_api import BrowserContext

from tests.support.browser import PageWatch, watch_context, watch_page
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
    page.wait_for_timeout(500)
    assert watch.foreign_requests == ["http://example.invalid/track.gif"]
    assert watch.page_errors == ["deliberate page error"]
    assert any("connect-src 'self'" in text for text in watch.csp_violations)
    assert watch.unexpected_console_errors() == ["deliberate console error"]
    watch.expect_console_error(r"^deliberate console")
    assert watch.unexpected_console_errors() == []


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
