"""Render docs/assets/images/social-card.png, the link-preview image (og:image), with Chromium.

Not part of the site build: the PNG is a committed source asset, so building the site needs no
browser and no network. Run this by hand after changing the card:

    .venv/bin/python -m scale_what_build.render_social_card

The card is drawn in HTML with system fonts and rendered by Debian's Chromium through Playwright.
Its middle 630 x 630 square carries the title on its own, because some previewers (a Twitter/X
"summary" card among them) crop the image to a centred square.
"""

from __future__ import annotations

import sys

from playwright.sync_api import sync_playwright

from scale_what_build import ROOT
from scale_what_build.chromium import CHROMIUM_ARGS, ChromiumNotFoundError, chromium_path

OUT = ROOT / "docs" / "assets" / "images" / "social-card.png"
WIDTH, HEIGHT = 1200, 630

# Material's "stairs-up" icon, the site logo (Apache-2.0, Pictogrammers' Material Design Icons).
STAIRS = "M15 6h7v3h-4v4h-4v4h-4v4H3v-3h4v-4h4v-4h4zm-4.83.66-5.51 5.51-1.83-1.83 5.51-5.51L6.5 3H12v5.5z"

CARD = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><style>
  html, body {{ margin: 0; width: {WIDTH}px; height: {HEIGHT}px; }}
  body {{
    display: flex; flex-direction: column; align-items: center; justify-content: center;
    background: #283593; color: #fff;
    font-family: "DejaVu Sans", "Liberation Sans", sans-serif; text-align: center;
  }}
  svg {{ width: 96px; height: 96px; fill: #fff; }}
  h1 {{ margin: 8px 0 18px; font-size: 104px; line-height: 1; letter-spacing: -2px; }}
  p {{ margin: 0; font-size: 34px; color: #e8eaf6; }}
  ul {{ display: flex; gap: 28px; list-style: none; padding: 0; margin: 32px 0 0; }}
  li {{ font-size: 30px; font-weight: 700; padding: 10px 26px; border: 3px solid #c5cae9; border-radius: 40px; }}
</style></head><body>
  <svg viewBox="0 0 24 24" aria-hidden="true"><path d="{STAIRS}"/></svg>
  <h1>Scale<br>what?</h1>
  <p>Which kind of scaling to invest in first</p>
  <ul><li>Technical</li><li>Process</li><li>User</li></ul>
</body></html>
"""


def main() -> int:
    try:
        chromium = chromium_path()
    except ChromiumNotFoundError as exc:
        print(exc, file=sys.stderr)
        return 1
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=list(CHROMIUM_ARGS))
        page = browser.new_page(viewport={"width": WIDTH, "height": HEIGHT})
        page.set_content(CARD)
        page.screenshot(path=str(OUT), type="png")
        browser.close()
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
