"""Run a screenshot script: build the site into a temporary folder, serve it, launch the machine's Chromium, and
hand the browser and the site's URL to the script's own shots, after emptying its output folder of old pictures."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import Browser, sync_playwright

from scale_what_build.chromium import CHROMIUM_ARGS, chromium_path
from scale_what_build.site_server import built_and_served


def shoot_built_site(out: Path, shots: Callable[[Browser, str], None]) -> None:
    """Write ``shots``' pictures of a freshly built site into ``out`` (its old pictures removed first)."""
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.png"):
        old.unlink()
    with (
        tempfile.TemporaryDirectory() as tmp,
        built_and_served(Path(tmp) / "site") as server,
        sync_playwright() as pw,
    ):
        browser = pw.chromium.launch(executable_path=chromium_path(), args=list(CHROMIUM_ARGS))
        shots(browser, server.url)
        browser.close()
    print(f"screenshots in {out}")
