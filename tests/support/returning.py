"""A returning reader's browser: one browser context, shared by the tests that use it, that has opened the
questionnaire once, so that its service worker keeps the runtime and the engine's memory snapshot is kept.

Why: a first visit boots Python plainly and then keeps the runtime and a snapshot, ~7 s of CPU a test on this
2-core machine; a return visit boots from the snapshot in ~2 s. Tests of what the reader does with the form, the
result, links and saved answers run as a returning reader would (most visits are not the first); the first visit,
the snapshot's life, failures, offline use and the service worker keep fresh contexts of their own.

Each test gets a fresh page and a fresh PageWatch: the route that blocks other hosts is installed once and records in
the running test's watch; the origin's local storage (the reader's saved answers, Material's palette) is emptied
before each test, sessionStorage is a tab's own, and every page, and any permission granted, is gone after it.
"""

from __future__ import annotations

from playwright.sync_api import BrowserContext, Page, Request, Route

from tests.support.browser import (
    BOOT_TIMEOUT_MS,
    SECURITY_POLICY_WATCH,
    PageWatch,
    expect_engine_ready,
    is_own,
    watch_page,
)
from tests.support.kept_snapshot import IS_KEPT
from tests.support.polling import wait_until

# Whether the service worker's runtime cache holds every URL given (absolute).
RUNTIME_KEPT = """async (expected) => {
  if (!navigator.serviceWorker.controller) return false;
  const cache = await caches.open('scale-what-runtime');
  const urls = new Set((await cache.keys()).map((request) => request.url));
  return expected.every((url) => urls.has(url));
}"""


class ReturningProfile:
    """One browser context on the built site, primed by one visit to the questionnaire; see the module's text."""

    def __init__(self, context: BrowserContext, origin: str) -> None:
        self.context = context
        self.origin = origin
        self.watch = PageWatch(origin=origin)
        context.route("**/*", self._route)
        context.on("request", self._on_request)
        context.on("page", lambda page: watch_page(page, self.watch))
        context.add_init_script(SECURITY_POLICY_WATCH)

    def _route(self, route: Route) -> None:
        if is_own(route.request.url, self.origin):
            route.fallback()
        else:
            self.watch.foreign_requests.append(route.request.url)
            route.abort("blockedbyclient")

    def _on_request(self, request: Request) -> None:
        self.watch.on_request(request)

    def prime(self, runtime_urls: list[str]) -> None:
        """Open the questionnaire once and wait until the runtime and the engine's snapshot are kept."""
        page = self.context.new_page()
        page.goto("tool/")
        expect_engine_ready(page)
        wait_until(page, IS_KEPT, BOOT_TIMEOUT_MS)
        wait_until(page, RUNTIME_KEPT, BOOT_TIMEOUT_MS, runtime_urls)
        self.end_test()

    def begin_test(self) -> PageWatch:
        """A fresh watch for the test that starts, and no saved answers in the browser."""
        self.watch = PageWatch(origin=self.origin)
        page = self.context.new_page()
        session = self.context.new_cdp_session(page)
        session.send("Storage.clearDataForOrigin", {"origin": self.origin, "storageTypes": "local_storage"})
        session.detach()
        page.close()
        return self.watch

    def new_page(self) -> Page:
        """A page of this profile, watched by the running test's watch."""
        return self.context.new_page()

    def end_test(self) -> None:
        """Close every page the test opened and take back any permission it granted; then apply the project's
        rule to what the test's pages did."""
        for page in self.context.pages:
            page.close()
        self.context.clear_permissions()
        self.watch.assert_clean()
