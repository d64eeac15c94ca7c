"""What the build knows of each runtime file it ships: its length and SHA-256, so the browser keeps only the file
this build made.

A copy that reaches the reader's browser cut short or changed (a proxy that truncates the 9.6 MB WebAssembly file,
a captive portal answering 200 with its own page) would otherwise be kept in the service worker's runtime cache and
served from there on every later visit, offline too. The build writes these figures once, from the files in the
built site, into both lists the browser reads: sw.js's manifest (service_worker.py, for the service worker's
cache-first fetch) and runtime-files.json (prefetch.py, for the engine worker that keeps a first visit's runtime).
The browser compares what it is about to cache with them and caches nothing that differs.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class FileCheck:
    """A file's length in bytes and the hex SHA-256 of its bytes (the bytes a browser reads after decoding)."""

    size: int
    sha256: str

    @classmethod
    def of_bytes(cls, data: bytes) -> FileCheck:
        return cls(len(data), hashlib.sha256(data).hexdigest())

    def as_dict(self) -> dict[str, int | str]:
        """The JSON form both lists carry: ``{"bytes": length, "sha256": hex}``."""
        return {"bytes": self.size, "sha256": self.sha256}


def file_of(site_dir: Path, url: str) -> Path:
    """The built file a URL relative to the site's root names (its cache-busting query dropped)."""
    return site_dir / url.split("?", 1)[0]


def checks(site_dir: Path, urls: Iterable[str]) -> dict[str, dict[str, int | str]]:
    """``{url: {"bytes": ..., "sha256": ...}}`` for runtime URLs relative to the site's root, read from the site."""
    return {url: FileCheck.of_bytes(file_of(site_dir, url).read_bytes()).as_dict() for url in urls}
