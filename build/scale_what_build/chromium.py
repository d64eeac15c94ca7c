"""Debian's Chromium for the browser tests, the benchmark and the social card (one set of launch settings).

Playwright's own browser download cannot work offline, so everything drives Debian's `chromium`.
As root it needs --no-sandbox; the background-networking flags keep it from calling Google's hosts,
which a machine without internet access refuses (and which the site's tests must never see).
"""

from __future__ import annotations

import os
import shutil

CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


class ChromiumNotFoundError(RuntimeError):
    """No Chromium binary: install Debian's chromium or set $CHROMIUM."""


def chromium_path() -> str:
    """$CHROMIUM, or `chromium` on the PATH."""
    path = os.environ.get("CHROMIUM") or shutil.which("chromium")
    if not path:
        raise ChromiumNotFoundError(
            "Chromium not found: install Debian's chromium (`make chromium`) or set CHROMIUM=/path/to/chromium"
        )
    return path
