"""A returning reader's browser: one browser context, shared by the tests that use it, that has opened the
questionnaire once, so that its service worker keeps the runtime and the engine's memory snapshot is kept.

Why: a first visit boots Python plainly and then keeps the runtime and a snapshot, ~7 s a test on this 2-core
machine; a return visit boots from the snapshot in ~2 s. Tests of what the reader does with the form, the result,
links and saved answers run as a returning reader would (most visits are not the first); the first visit, the
snapshot's life, failures, offline use and the service worker keep fresh contexts of their own.

Each test gets fresh pages and a fresh PageWatch: the route that blocks other hosts is installed once and records in
the running test's watch; before each test every page left open is closed and the origin's local storage (the
reader's saved answers, Material's palette) emptied; sessionStorage is a tab's own; after it, its pages are closed
and any permission it granted is taken back. What a test changes on a page (viewport, colour scheme, the page's own
init scripts and routes) goes with the page. A test here must not change the shared context itself
(``page.context.route``, ``add_init_script``, ``set_offline``, ``set_extra_http_headers``): such a test takes a
fresh context. Like any routed context, this one has the browser's HTTP cache off (watch_context), so a page asks
the server again for what a reader's browser would take from its HTTP cache; the service worker's caches work.
"""

from __future__ import annotations

from playwright.sync_api import BrowserContext, Page

from tests.support.browser import BOOT_TIMEOUT_MS, PageWatch, expect_engine_ready, watch_page, watch_requests
from tests.support.kept_snapshot import IS_KEPT
from tests.support.polling import wait_until
from tests.support.sw_caches import wait_cached


class ReturningProfile:
    """One browser context on the built site, primed by one visit to the questionnaire; see the module's text."""

    def __init__(self, context: BrowserContext, origin: str) -> None:
        self.context = context
        self.origin = origin
        self.watch = PageWatch(origin=origin)  # between tests: the priming visit, then what comes after a test
        watch_requests(context, lambda: self.watch)
        context.on("page", lambda page: watch_page(page, self.watch))

    def prime(self, runtime_urls: set[str]) -> None:
        """Open the questionnaire once and wait until the runtime and the engine's snapshot are kept."""
        page = self.context.new_page()
        page.goto("tool/")
        expect_engine_ready(page)
        wait_until(page, IS_KEPT, BOOT_TIMEOUT_MS)
        wait_cached(page, "scale-what-runtime", runtime_urls)
        page.close()

    def begin_test(self) -> PageWatch:
        """Close what is left open (a test that failed half-way), empty the origin's local storage, and give the
        test that starts a fresh watch."""
        self._close_pages()
        page = self.context.new_page()
        session = self.context.new_cdp_session(page)
        session.send("Storage.clearDataForOrigin", {"origin": self.origin, "storageTypes": "local_storage"})
        session.detach()
        page.close()
        self.check_between_tests()
        self.watch = PageWatch(origin=self.origin)
        return self.watch

    def new_page(self) -> Page:
        """A page of this profile, watched by the running test's watch."""
        return self.context.new_page()

    def end_test(self) -> None:
        """Close every page the test opened and take back any permission it granted; then apply the project's rule
        to what the test's pages did. What comes after it (a request still on its way) is watched until the next
        test begins, and checked then."""
        test_watch = self.watch
        self._close_pages()
        self.context.clear_permissions()
        self.watch = PageWatch(origin=self.origin)
        test_watch.assert_clean()

    def check_between_tests(self) -> None:
        """The project's rule for what happened outside any test: the priming visit, and after the last test."""
        self.watch.assert_clean()

    def _close_pages(self) -> None:
        for page in self.context.pages:
            page.close()
