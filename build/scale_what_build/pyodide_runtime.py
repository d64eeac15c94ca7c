"""Copy the self-hosted Pyodide runtime from node_modules into the built site."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

from scale_what_build import ROOT

PYODIDE_PACKAGE = ROOT / "node_modules" / "pyodide"

# The files Pyodide needs to boot without loading extra packages (the browser tests boot the engine from a
# site that ships only these). Not needed: source maps, type declarations, the console pages, the
# classic-script pyodide.js.
BOOT_FILES = (
    "pyodide.mjs",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
    "pyodide-lock.json",
)


# V8's explicit compile hint (https://v8.dev/blog/explicit-compile-hints), as the first line of Pyodide's 1.2 MB
# runtime module: V8 compiles every function of the module up front, so the code cache the browser keeps beside its
# HTTP-cached copy holds the module's factory too. Without it a return visit compiled the factory afresh, 110-200 ms
# on the boot's path (bench/notes.md). A comment: the module runs as before everywhere else.
COMPILE_HINT = b"//# allFunctionsCalledOnLoad\n"
HINTED = "pyodide.asm.mjs"


class RuntimeMissingError(RuntimeError):
    """node_modules has no Pyodide (or not the pinned version): run `npm ci`."""


def pinned_version() -> str:
    """The exact Pyodide version package.json pins."""
    spec: str = json.loads((ROOT / "package.json").read_text())["dependencies"]["pyodide"]
    if not spec[:1].isdigit():
        raise RuntimeMissingError(f"package.json must pin pyodide exactly (e.g. 314.0.7), found {spec!r}")
    return spec


def installed_version() -> str:
    """The version of the Pyodide package in node_modules."""
    manifest = PYODIDE_PACKAGE / "package.json"
    if not manifest.is_file():
        raise RuntimeMissingError(f"{manifest} not found: run `npm ci` (or `make build`) first")
    version: str = json.loads(manifest.read_text())["version"]
    return version


# The runtime's folder is cached for a year without asking again (deploy/): its name must change whenever the bytes
# shipped in it change for the same Pyodide version. The build changes one of Pyodide's files (the compile hint above),
# so the folder carries a short hash of that change beside the version.
EDITION = hashlib.sha256(COMPILE_HINT).hexdigest()[:8]


def site_path() -> str:
    """Where the runtime lives in the built site, relative to its root (versioned, so it can be cached forever)."""
    return f"assets/pyodide/{pinned_version()}-{EDITION}"


def boot_bytes() -> int:
    """The total size of the boot files: what a reader downloads on the questionnaire's first visit."""
    return sum((PYODIDE_PACKAGE / name).stat().st_size for name in BOOT_FILES)


def copy_runtime(site_dir: Path) -> Path:
    """Copy the boot files into ``site_dir``; return the folder they went to."""
    pinned, installed = pinned_version(), installed_version()
    if pinned != installed:
        raise RuntimeMissingError(f"node_modules has pyodide {installed}, package.json pins {pinned}: run `npm ci`")
    dest = site_dir / site_path()
    dest.mkdir(parents=True, exist_ok=True)
    for name in BOOT_FILES:
        source = PYODIDE_PACKAGE / name
        target = dest / name
        hint = COMPILE_HINT if name == HINTED else b""
        # mkdocs serve rebuilds often: skip the 13 MB copy when the file is already there.
        if target.exists() and target.stat().st_size == source.stat().st_size + len(hint):
            continue
        if hint:
            target.write_bytes(hint + source.read_bytes())
        else:
            shutil.copyfile(source, target)
    return dest
