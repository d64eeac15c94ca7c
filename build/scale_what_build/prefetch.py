"""The list of runtime files a guide page fetches ahead of the reader (docs/assets/javascripts/prefetch.js).

When a reader on a guide page focuses or points at a link to the questionnaire, prefetch.js reads this list and
fetches each file at low priority, so the questionnaire opens with its engine's runtime already in the browser's
cache. The list is written at build time beside the script, with the URLs (relative to the site's root) that the
questionnaire's worker asks for: Pyodide's boot files and the engine's wheel with its content-hash query, and under
``check`` each file's length and SHA-256 (runtime_check.py): the engine's worker keeps a first visit's runtime for
the service worker only where the bytes it read are these.
"""

from __future__ import annotations

import json
from pathlib import Path

from scale_what_build import pyodide_runtime, runtime_check
from scale_what_build.engine_wheel import Wheel

MANIFEST = "assets/javascripts/runtime-files.json"


def runtime_files(folder: str, wheel: Wheel) -> list[str]:
    """The URLs, relative to the site's root, of the files the questionnaire's worker fetches on a first visit, from
    the runtime's ``folder`` (pyodide_runtime.Runtime.folder)."""
    return [*(f"{folder}/{name}" for name in pyodide_runtime.BOOT_FILES), f"{folder}/{wheel.name}{wheel.query}"]


def write_manifest(site_dir: Path, folder: str, wheel: Wheel) -> Path:
    """Write the list into the built site (its runtime folder copied, its wheel in it); return its path."""
    target = site_dir / MANIFEST
    target.parent.mkdir(parents=True, exist_ok=True)
    files = runtime_files(folder, wheel)
    listed = {"files": files, "check": runtime_check.checks(site_dir, files)}
    target.write_text(json.dumps(listed, indent=1) + "\n", encoding="utf-8")
    return target
