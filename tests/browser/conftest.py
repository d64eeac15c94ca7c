"""Playwright in Debian's Chromium against the built site on 127.0.0.1.

Every test gets a `watch` that enforces the project's rule for browser tests: no request to another
host (such requests are also blocked, so nothing leaves the machine), no uncaught page error, and no
console error except ones the test lists with `watch.expect_console_error(...)`. The rule is checked
when the test ends, so no test can forget it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import (
    Browser,
    BrowserContext,
    ConsoleMessage,
    Page,
    Playwright,
    Request,
    Route,
    sync_playwright,
)

from tests.conftest import BuiltSite, load_build_module

HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test in this folder carries the `browser` marker (`-m "not browser"` skips them all)."""
    for item in items:
        if Path(str(item.fspath)).resolve().parent == HERE:
            item.add_marker(pytest.mark.browser)


CHROMIUM = load_build_module("chromium")


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as pw:
        yield pw


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    try:
        executable = CHROMIUM.chromium_path()
    except CHROMIUM.ChromiumNotFoundError as exc:
        pytest.fail(str(exc))
    browser = playwright.chromium.launch(executable_path=executable, args=list(CHROMIUM.CHROMIUM_ARGS))
    yield browser
    browser.close()


@dataclass
class PageWatch:
    """What a page did that the project's rule forbids, collected while the test runs."""

    origin: str
    foreign_requests: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    expected_console_errors: list[re.Pattern[str]] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def expect_console_error(self, pattern: str) -> None:
        """Allow console errors matching ``pattern`` (a regular expression) in this test."""
        self.expected_console_errors.append(re.compile(pattern))

    def on_request(self, request: Request) -> None:
        self.requests.append(request.url)

    def on_console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.console_errors.append(message.text)

    def unexpected_console_errors(self) -> list[str]:
        return [e for e in self.console_errors if not any(p.search(e) for p in self.expected_console_errors)]

    def assert_clean(self) -> None:
        """No request to another host, no uncaught page error, no unexpected console error."""
        assert self.foreign_requests == [], "requests to other hosts"
        assert self.page_errors == [], "uncaught page errors"
        assert self.unexpected_console_errors() == [], "unexpected console errors"


def _is_own(url: str, origin: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme in {"data", "blob", "about"}:
        return True
    return f"{parts.scheme}://{parts.netloc}" == origin


def watch_context(context: BrowserContext, origin: str) -> PageWatch:
    """Record every request of ``context`` and block (and record) those to other hosts."""
    watch = PageWatch(origin=origin)

    def route(route: Route) -> None:
        if _is_own(route.request.url, origin):
            route.fallback()
        else:
            watch.foreign_requests.append(route.request.url)
            route.abort("blockedbyclient")

    context.route("**/*", route)
    context.on("request", watch.on_request)
    return watch


def watch_page(page: Page, watch: PageWatch) -> None:
    page.on("console", watch.on_console)
    page.on("pageerror", lambda error: watch.page_errors.append(str(error)))


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
