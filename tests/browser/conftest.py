"""Playwright in Debian's Chromium against the built site on 127.0.0.1.

Every test gets a `watch` that enforces the project's rule for browser tests: no request to another
host (such requests are also blocked, so nothing leaves the machine), no uncaught page error, and no
console error except ones the test lists with `watch.expect_console_error(...)`. The rule is checked
when the test ends, so no test can forget it. PageWatch and the page helpers are in tests/support/browser.py.
`returning_page` is a page in the shared browser of a reader who has opened the questionnaire before
(tests/support/returning.py), under the same rule.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, sync_playwright

from scale_what_build import service_worker
from scale_what_build.chromium import CHROMIUM_ARGS, ChromiumNotFoundError, chromium_path
from tests.support.browser import PageWatch, watch_context, watch_page
from tests.support.returning import ReturningProfile
from tests.support.site import BuiltSite
from tests.support.views import PHONE

HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test in this folder carries the `browser` marker (`-m "not browser"` skips them all)."""
    for item in items:
        if Path(str(item.fspath)).resolve().parent == HERE:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as pw:
        yield pw


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    try:
        executable = chromium_path()
    except ChromiumNotFoundError as exc:
        pytest.fail(str(exc))
    browser = playwright.chromium.launch(executable_path=executable, args=list(CHROMIUM_ARGS))
    yield browser
    browser.close()


@pytest.fixture
def context(browser: Browser, built_site: BuiltSite) -> Iterator[BrowserContext]:
    context = browser.new_context(base_url=built_site.url)
    yield context
    context.close()


@pytest.fixture
def watch(context: BrowserContext, built_site: BuiltSite) -> Iterator[PageWatch]:
    watch = watch_context(context, built_site.origin)
    context.on("page", lambda page: watch_page(page, watch))
    yield watch
    watch.assert_clean()


@pytest.fixture
def page(context: BrowserContext, watch: PageWatch) -> Page:
    """A fresh page in a fresh context, watched by the project's rule."""
    return context.new_page()


def _returning(browser: Browser, site: BuiltSite, *, phone: bool = False) -> Iterator[ReturningProfile]:
    """A new context on the built site (a phone's when ``phone``), primed by one visit to the questionnaire, checked
    after the last test."""
    if phone:
        context = browser.new_context(base_url=site.url, viewport=PHONE, has_touch=True, is_mobile=True)
    else:
        context = browser.new_context(base_url=site.url)
    try:
        profile = ReturningProfile(context, site.origin)
        profile.prime({site.url + url for url in service_worker.manifest(site.root).runtime})
        yield profile
        profile.check_between_tests()
    finally:
        context.close()


@pytest.fixture(scope="session")
def returning_profile(browser: Browser, built_site: BuiltSite) -> Iterator[ReturningProfile]:
    """The browser of a reader who has opened the questionnaire before (tests/support/returning.py), shared."""
    yield from _returning(browser, built_site)


@pytest.fixture(scope="session")
def returning_phone_profile(browser: Browser, built_site: BuiltSite) -> Iterator[ReturningProfile]:
    """The same reader on a phone: 375 px, a mobile viewport and touch (a narrow desktop window hid a phone's
    behaviour before), shared by the tests that read the questionnaire as a phone shows it."""
    yield from _returning(browser, built_site, phone=True)


@pytest.fixture
def returning_watch(returning_profile: ReturningProfile) -> Iterator[PageWatch]:
    """The project's rule for this test's pages in the returning reader's browser (checked when the test ends)."""
    watch = returning_profile.begin_test()
    yield watch
    returning_profile.end_test()


@pytest.fixture
def returning_page(returning_profile: ReturningProfile, returning_watch: PageWatch) -> Page:
    """A fresh page in the browser of a reader who has opened the questionnaire before: the engine boots from its
    kept snapshot; no answers are saved."""
    return returning_profile.new_page()


@pytest.fixture
def returning_phone(returning_phone_profile: ReturningProfile) -> Iterator[Page]:
    """A fresh page in the returning reader's phone browser, under the project's rule (checked when the test ends)."""
    returning_phone_profile.begin_test()
    yield returning_phone_profile.new_page()
    returning_phone_profile.end_test()
