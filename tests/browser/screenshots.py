"""Screenshots of the questionnaire's result, to look at as a reader: a firm, a check (with the follow-up shown)
and a tentative result, at 375 and 1280 px, light and dark.

Run: ``.venv/bin/python -m tests.browser.screenshots``. The pictures go to tests/browser/screenshots/, a folder
git ignores (it holds its own .gitignore). Not a test: nothing here can fail but the build or the engine's boot.
"""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Browser, FloatRect, Page, expect

from tests.support.browser import BOOT_TIMEOUT_MS, expect_result
from tests.support.shots import shoot_built_site
from tests.support.views import SCHEMES, WIDTHS, Scheme

OUT = Path(__file__).resolve().parent / "screenshots"
RESULTS = {
    "firm": {"failure_mode": "outages", "effort_technical": "most", "effort_user": "none"},
    "check": {"failure_mode": "outages", "deals_blocked": "yes", "adoption": "upmarket", "comfort": "process"},
    "tentative": {
        "failure_mode": "not_sure",
        "deals_blocked": "yes",
        "freq_outages": "weekly",
        "effort_technical": "none",
        "effort_user": "most",
    },
}
COMPLAINTS = {
    "firm": ["Every Friday deploy breaks prod", "Customers keep asking for SSO"],
    "tentative": ["Every Friday deploy breaks prod"],  # the answers alone would name another type
}
TILE = 700  # px of the result per picture, so each stays legible
# For the pictures only: the whole result in the page's flow, without the sticky header over it.
UNSTICK = (
    ".sw-bar-dock, .sw-bar { position: static !important; height: auto !important; }"
    " .md-header, .md-tabs { display: none !important; }"
)
UNSTICK_ON = """css => {
  window.__unstick = new CSSStyleSheet();
  window.__unstick.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, window.__unstick];
}"""
UNSTICK_OFF = """() => {
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== window.__unstick);
}"""


def show(page: Page, answers: dict[str, str], complaints: list[str]) -> None:
    """Answer as a reader does and wait for the engine's result."""
    page.get_by_role("button", name="Clear my answers").click()
    for question, option in answers.items():
        page.locator(f'label[for="sw-{question}-{option}"]').click()
    for n, text in enumerate(complaints, start=1):
        page.fill(f"#sw-complaint-{n}", text)
    expect_result(page, answers, tuple(complaints))  # the last reply, not one an earlier answer shares the lead with


def shoot_result(page: Page, stem: str) -> None:
    """The result in tiles of TILE px (document coordinates)."""
    box = page.evaluate(
        """() => { const r = document.querySelector('#sw-result').getBoundingClientRect();
                   return { x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height }; }"""
    )
    top, part = box["y"], 1
    while top < box["y"] + box["height"]:
        height = min(TILE, box["y"] + box["height"] - top)
        clip: FloatRect = {"x": box["x"], "y": top, "width": box["width"], "height": height}
        page.screenshot(path=OUT / f"{stem}-{part}.png", full_page=True, clip=clip)
        top, part = top + TILE, part + 1


def shoot(browser: Browser, url: str, width: int, scheme: Scheme) -> None:
    context = browser.new_context(base_url=url, viewport={"width": width, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    page.goto("tool/")
    expect(page.locator("#sw-tool")).to_have_attribute("data-engine-stage", "ready", timeout=BOOT_TIMEOUT_MS)
    for name, answers in RESULTS.items():
        show(page, answers, COMPLAINTS.get(name, []))
        if name == "check":  # the follow-up in place, as the reader sees it
            page.locator("#sw-q-deals_blocked").scroll_into_view_if_needed()
            page.screenshot(path=OUT / f"{name}-{width}-{scheme}-follow-up.png")
        # A constructed style sheet: the site's Content-Security-Policy refuses an inline <style> (add_style_tag).
        page.evaluate(UNSTICK_ON, UNSTICK)
        shoot_result(page, f"{name}-{width}-{scheme}-result")
        if name in COMPLAINTS:  # each box's reading and the effort notes, beside the one verdict
            page.locator("#sw-complaints").screenshot(path=OUT / f"{name}-{width}-{scheme}-complaints.png")
        page.evaluate(UNSTICK_OFF)
    context.close()


def main() -> None:
    OUT.mkdir(exist_ok=True)
    (OUT / ".gitignore").write_text("*\n", encoding="utf-8")

    def shots(browser: Browser, url: str) -> None:
        for scheme in SCHEMES:
            for width in WIDTHS:
                shoot(browser, url, width, scheme)

    shoot_built_site(OUT, shots)


if __name__ == "__main__":
    main()
