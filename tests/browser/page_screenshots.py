"""A full-page screenshot of every page of the guide at 375 and 1280 px, light and dark, to look at as a reader.

Run: ``.venv/bin/python -m tests.browser.page_screenshots``. The pictures go to tests/browser/screenshots/pages/
(git ignores the folder). Not a test: nothing here can fail but the build and the palette's check. The same
pages at the same widths and schemes are checked in test_site_pages.py (palette, sideways scroll, axe-core, the
watch's rule).
"""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Browser, expect

from tests.support.shots import shoot_built_site
from tests.support.site import PAGES
from tests.support.views import MATERIAL_SCHEME, SCHEMES, VIEWPORTS

OUT = Path(__file__).resolve().parent / "screenshots" / "pages"


def shots(browser: Browser, url: str) -> None:
    """A fresh context per scheme: Material keeps the palette it first chose for the rest of the visit."""
    for scheme in SCHEMES:
        context = browser.new_context(base_url=url, color_scheme=scheme)
        page = context.new_page()
        for name, size in VIEWPORTS.items():
            page.set_viewport_size(size)
            for path in PAGES:
                page.goto(path)
                expect(page.locator("body")).to_have_attribute("data-md-color-scheme", MATERIAL_SCHEME[scheme])
                stem = path.strip("/").removesuffix(".html") or "home"
                page.screenshot(path=str(OUT / f"{stem}-{name}-{scheme}.png"), full_page=True)
        context.close()


def main() -> None:
    shoot_built_site(OUT, shots)


if __name__ == "__main__":
    main()
