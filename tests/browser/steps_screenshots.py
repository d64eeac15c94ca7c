"""Screenshots of the questionnaire without JavaScript (tool/steps/), to look at as a reader: the first question,
the follow-up with the answers so far, and a result, at 375 and 1280 px; light and dark with JavaScript (Material's
palette follows the system), and with JavaScript off (Material then shows its default, light, scheme).

Run: ``.venv/bin/python -m tests.browser.steps_screenshots``. The pictures go to tests/browser/screenshots/steps/
(git ignores the folder). Not a test: nothing here can fail but the build.
"""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Browser

from tests.support.shots import shoot_built_site
from tests.support.views import WIDTHS, Scheme

OUT = Path(__file__).resolve().parent / "screenshots" / "steps"
PAGES = {
    "first": "tool/steps/",
    "follow-up": "tool/steps/regressions/yes/",
    "result": "tool/steps/regressions/yes/blocked_deals/",
}
MODES: tuple[tuple[str, Scheme, bool], ...] = (
    ("light", "light", True),
    ("dark", "dark", True),
    ("nojs", "light", False),
)


def shoot(browser: Browser, url: str, width: int, mode: tuple[str, Scheme, bool]) -> None:
    name, scheme, script = mode
    context = browser.new_context(
        base_url=url, viewport={"width": width, "height": 812}, color_scheme=scheme, java_script_enabled=script
    )
    page = context.new_page()
    for stem, path in PAGES.items():
        page.goto(path)
        page.screenshot(path=OUT / f"{stem}-{width}-{name}.png", full_page=True)
    context.close()


def main() -> None:
    def shots(browser: Browser, url: str) -> None:
        for mode in MODES:
            for width in WIDTHS:
                shoot(browser, url, width, mode)

    shoot_built_site(OUT, shots)


if __name__ == "__main__":
    main()
