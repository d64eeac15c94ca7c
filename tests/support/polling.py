"""Waiting on asynchronous page state (Cache Storage, service workers): Playwright's wait_for_function does not
await a promise (an async predicate counts as true at once), so these poll with evaluate, which does."""

from __future__ import annotations

import time

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
