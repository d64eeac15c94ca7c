"""Screenshots of the notices about kept answers, to look at as a reader: a shared link's banner, the undo after a
clear, another tab's change, the other tab's answers loaded (with their undo), a share link refused for its size, a
first link's edits replaced by a second link's (with its undo), "Show my own answers" with its undo and unreadable
saved answers kept aside, at 375 and 1280 px, light and dark.

Run: ``.venv/bin/python -m tests.browser.storage_screenshots``. The pictures go to tests/browser/screenshots/storage/,
inside the folder git ignores. Not a test: nothing here can fail but the build or the engine's boot.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path

from playwright.sync_api import Browser, expect

from decision_engine import RUBRIC_VERSION
from decision_engine.session import MAX_SHARE_CHARS
from tests.support.browser import BOOT_TIMEOUT_MS
from tests.support.shots import shoot_built_site
from tests.support.views import SCHEMES, WIDTHS, Scheme

OUT = Path(__file__).resolve().parent / "screenshots" / "storage"


def link(answers: dict[str, str], complaint: str = "Customers ask for SSO") -> str:
    state = {"answers": answers, "complaints": [complaint], "overrides": {}}
    text = json.dumps({"version": 2, "rubric": RUBRIC_VERSION, "state": state, "previous": None})
    return "tool/#answers=" + base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def shoot(browser: Browser, url: str, width: int, scheme: Scheme) -> None:
    context = browser.new_context(base_url=url, viewport={"width": width, "height": 800}, color_scheme=scheme)
    page = context.new_page()
    stem = f"{width}-{scheme}"
    page.goto("tool/")
    ready = page.locator("#sw-tool")
    expect(ready).to_have_attribute("data-engine-stage", "ready", timeout=BOOT_TIMEOUT_MS)
    page.locator('label[for="sw-failure_mode-outages"]').click()
    page.goto("about:blank")
    page.goto(link({"failure_mode": "governance"}))
    expect(page.get_by_role("button", name="Show my own answers")).to_be_visible()
    page.locator("#sw-notices").scroll_into_view_if_needed()
    page.screenshot(path=OUT / f"{stem}-shared.png")
    page.get_by_role("button", name="Show my own answers").click()
    page.get_by_role("button", name="Clear my answers").click()
    page.screenshot(path=OUT / f"{stem}-cleared.png")
    page.get_by_role("button", name="Undo").click()
    other = context.new_page()
    other.goto("tool/")
    other.locator('label[for="sw-failure_mode-regressions"]').click()
    expect(page.get_by_role("button", name="Keep this tab's answers")).to_be_visible()
    page.locator("#sw-notices").scroll_into_view_if_needed()
    page.screenshot(path=OUT / f"{stem}-other-tab.png")
    page.get_by_role("button", name="Keep this tab's answers").click()
    other.reload()  # the other tab saw this tab's keep: reloaded, it saves again
    other.locator('label[for="sw-failure_mode-governance"]').click()
    page.get_by_role("button", name="Load the other tab's answers").click()
    expect(page.get_by_text("The other tab's answers are shown")).to_be_visible()
    page.locator("#sw-notices").scroll_into_view_if_needed()
    page.screenshot(path=OUT / f"{stem}-other-loaded.png")
    page.get_by_role("button", name="Undo").click()
    page.fill("#sw-complaint-1", "x" * (MAX_SHARE_CHARS + 10))
    page.check("#sw-share-complaints")
    page.get_by_role("button", name="Copy a share link").click()
    page.locator("#sw-keep-status").scroll_into_view_if_needed()
    page.screenshot(path=OUT / f"{stem}-link-too-long.png")
    context.close()


def shoot_replaced(browser: Browser, url: str, width: int, scheme: Scheme) -> None:
    """Link B edited, link C opened and typed in: the notice that B's edits were replaced; after its Undo and "Show
    my own answers", the notice with that undo."""
    context = browser.new_context(base_url=url, viewport={"width": width, "height": 800}, color_scheme=scheme)
    page = context.new_page()
    stem = f"{width}-{scheme}"
    page.goto("tool/")
    expect(page.locator("#sw-tool")).to_have_attribute("data-engine-stage", "ready", timeout=BOOT_TIMEOUT_MS)
    page.locator('label[for="sw-failure_mode-outages"]').click()
    page.goto("about:blank")
    page.goto(link({"failure_mode": "regressions"}, "Every Friday deploy breaks prod"))
    page.fill("#sw-complaint-2", "Flaky tests block merges")
    page.goto("about:blank")
    page.goto(link({"failure_mode": "governance"}))
    page.locator("#sw-complaint-2").press_sequentially("Admins")
    expect(page.get_by_role("button", name="Undo")).to_be_visible()
    page.locator("#sw-notices").scroll_into_view_if_needed()
    page.screenshot(path=OUT / f"{stem}-replaced.png")
    page.get_by_role("button", name="Undo").click()
    page.get_by_role("button", name="Show my own answers").click()
    expect(page.get_by_role("button", name="Undo")).to_be_visible()
    page.locator("#sw-notices").scroll_into_view_if_needed()
    page.screenshot(path=OUT / f"{stem}-own-back.png")
    context.close()


def shoot_aside(browser: Browser, url: str, width: int, scheme: Scheme) -> None:
    """Saved answers cut short: the notice that they are kept aside, with their download and delete."""
    context = browser.new_context(base_url=url, viewport={"width": width, "height": 800}, color_scheme=scheme)
    page = context.new_page()
    page.goto("tool/")
    page.evaluate('localStorage.setItem(\'scale-what:v1\', \'{"version":2,"state":{"answers":{"fail\')')
    page.reload()
    expect(page.get_by_role("button", name="Delete it")).to_be_visible()
    page.locator("#sw-notices").scroll_into_view_if_needed()
    page.screenshot(path=OUT / f"{width}-{scheme}-aside.png")
    context.close()


def main() -> None:
    def shots(browser: Browser, url: str) -> None:
        for scheme in SCHEMES:
            for width in WIDTHS:
                shoot(browser, url, width, scheme)
                shoot_replaced(browser, url, width, scheme)
                shoot_aside(browser, url, width, scheme)

    shoot_built_site(OUT, shots)


if __name__ == "__main__":
    main()
