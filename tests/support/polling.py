"""Waiting on asynchronous page state (Cache Storage, service workers): Playwright's wait_for_function does not
await a promise (an async predicate counts as true at once), so these poll with evaluate, which does."""

from __future__ import annotations

import time
from collections.abc import Callable

from playwright.sync_api import Page

POLL_S = 0.25


def wait_until(page: Page, expression: str, timeout_ms: float, arg: object = None) -> None:
    """Evaluate ``expression`` (a JavaScript function, may be async) until it returns true; fail after the timeout."""
    deadline = time.monotonic() + timeout_ms / 1000
    last: object = None
    while time.monotonic() < deadline:
        last = page.evaluate(expression, arg)
        if last is True:
            return
        time.sleep(POLL_S)
    raise AssertionError(f"not true within {timeout_ms:.0f} ms (last value {last!r}): {expression}")


def wait_for(page: Page, condition: Callable[[], bool], what: str, timeout_ms: float = 5_000) -> None:
    """Let the page run (its events reach the test's listeners) until ``condition`` holds; fail after the timeout."""
    deadline = time.monotonic() + timeout_ms / 1000
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {timeout_ms:.0f} ms: {what}")
        page.wait_for_timeout(POLL_S * 1000)
