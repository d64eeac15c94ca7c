"""The views the browser tests and the screenshot scripts read the site in: a phone and a laptop, light and dark.

Playwright's colour schemes are "light" and "dark"; Material shows them as its "default" and "slate" palettes. A
test or script that needs another size (a zoomed window, a taller picture) says so where it sets it.
"""

from __future__ import annotations

from typing import Literal

from playwright.sync_api import ViewportSize

Scheme = Literal["light", "dark"]
SCHEMES: tuple[Scheme, ...] = ("light", "dark")
MATERIAL_SCHEME: dict[Scheme, str] = {"light": "default", "dark": "slate"}

PHONE: ViewportSize = {"width": 375, "height": 812}
LAPTOP: ViewportSize = {"width": 1280, "height": 800}
VIEWPORTS: dict[str, ViewportSize] = {"375px": PHONE, "1280px": LAPTOP}
WIDTHS: tuple[int, ...] = (PHONE["width"], LAPTOP["width"])
