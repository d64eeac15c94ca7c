"""The built site as the `built_site` fixture (tests/conftest.py) hands it to the site and browser tests."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class BuiltSite:
    """The site built with --strict for a server on 127.0.0.1, and that server's base URL."""

    root: Path
    url: str  # ends with "/"
    origin: str  # e.g. "http://127.0.0.1:41234"
