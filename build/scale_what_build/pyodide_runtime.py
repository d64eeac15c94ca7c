"""Copy the self-hosted Pyodide runtime from node_modules into the built site."""

from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from scale_what_build import ROOT, compress, runtime_patch, site_files, stdlib_trim

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

# Pyodide's lock file lists its 357 packages (119 KB) for loadPackage and for the hint an import of one of them gets
# when it is missing. The engine loads no package, and every boot (from a snapshot too) fetches the file, parses it
# and indexes every package's imports on the worker's one thread. The site ships it with its `info` (the ABI
# version Pyodide checks) and no packages.
LOCK_FILE = "pyodide-lock.json"


def packageless_lock(data: bytes) -> bytes:
    """Pyodide's lock file with its ``info`` as it is and no packages."""
    info = json.loads(data)["info"]
    return json.dumps({"info": info, "packages": {}}, separators=(",", ":"), sort_keys=True).encode()


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


# The runtime's folder is cached for a year without asking again (deploy/): its name must change whenever a byte
# shipped in it changes, for the same Pyodide version too. The build changes four of Pyodide's files: the runtime
# module (the compile hint above, runtime_patch's edits); the stdlib zip, trimmed to what the engine imports (so it
# changes with the engine's imports); the lock file, without its packages; and the loader pyodide.mjs, whose CDN
# address site_files.localised points at this folder under the site's root path. So the folder is named by the
# version and a short hash of the boot files as shipped, the loader's own address in it left as a placeholder (the
# name cannot hash itself). The engine's wheel, beside them, carries its content hash in its URL
# (engine_wheel.Wheel.query).
FOLDERS = "assets/pyodide"
EDITION_LENGTH = 8
LOADER = "pyodide.mjs"


@dataclass(frozen=True, eq=False)  # compared and hashed as itself: its sources are a dict, its edition cached
class Runtime:
    """The boot files as the site ships them: where each one's bytes come from, and the folder they go to."""

    sources: dict[str, Path]  # file name -> the file whose bytes it ships (Pyodide's, or the trimmed stdlib zip)
    site_root: str  # the path the site is served under ("/", "/docs/"): the loader's fallback address names it

    def shipped_bytes(self, name: str, folder: str) -> bytes:
        """The file ``name`` as the site serves it from ``folder``: the runtime module hinted and edited
        (runtime_patch), the loader's fallback address pointed at the folder."""
        data = self.sources[name].read_bytes()
        if name == HINTED:
            return COMPILE_HINT + runtime_patch.patched(data)
        if name == LOCK_FILE:
            return packageless_lock(data)
        if name == LOADER:
            text = site_files.localised(site_files.RUNTIME_LOADER, name, data.decode(), self.site_root, folder)
            return text.encode()
        return data

    @cached_property
    def edition(self) -> str:
        """A short hash of every boot file as shipped: the folder's name changes whenever one of them does."""
        unnamed = f"{FOLDERS}/{pinned_version()}-"  # the loader's address, the folder's hash left out
        digest = hashlib.sha256()
        for name in BOOT_FILES:
            digest.update(f"{name}\0{hashlib.sha256(self.shipped_bytes(name, unnamed)).hexdigest()}\n".encode())
        return digest.hexdigest()[:EDITION_LENGTH]

    @property
    def folder(self) -> str:
        """Where the runtime lives in the built site, relative to its root (named by its content: cached forever)."""
        return f"{FOLDERS}/{pinned_version()}-{self.edition}"

    @cached_property
    def boot_bytes(self) -> int:
        """The total size of the boot files as shipped: what a reader downloads on the questionnaire's first visit."""
        return sum(len(self.shipped_bytes(name, self.folder)) for name in BOOT_FILES)

    @cached_property
    def sent_bytes(self) -> int:
        """The boot files' size as a host serving the build's precompressed copies sends them (compress.sent_size:
        the same compressed results, cached, that the build writes beside them)."""
        cache = compress.cache_dir()
        return sum(compress.sent_size(self.shipped_bytes(name, self.folder), name, cache) for name in BOOT_FILES)


def check_installed() -> None:
    """Refuse a node_modules whose Pyodide is not the pinned one."""
    pinned, installed = pinned_version(), installed_version()
    if pinned != installed:
        raise RuntimeMissingError(f"node_modules has pyodide {installed}, package.json pins {pinned}: run `npm ci`")


def prepare(wheel: Path, site_root: str) -> Runtime:
    """The runtime the site served under ``site_root`` ships with this engine: Pyodide's pinned boot files, its stdlib
    zip trimmed to what the engine's ``wheel`` imports (stdlib_trim: booted in Node once per engine, then kept in the
    build cache)."""
    check_installed()
    sources = {name: PYODIDE_PACKAGE / name for name in BOOT_FILES}
    sources[stdlib_trim.STDLIB_ZIP] = stdlib_trim.trimmed_zip(PYODIDE_PACKAGE, wheel)
    return Runtime(sources, site_root)


def built_folder(site_dir: Path) -> str:
    """The runtime's folder in a built site, relative to its root: the one folder of the pinned version."""
    found = sorted(p for p in (site_dir / FOLDERS).glob(f"{pinned_version()}-*") if p.is_dir())
    if len(found) != 1:
        raise RuntimeMissingError(
            f"{site_dir / FOLDERS} should hold one runtime folder of Pyodide "
            f"{pinned_version()}, found {[p.name for p in found]}"
        )
    return found[0].relative_to(site_dir).as_posix()


def copy_runtime(site_dir: Path, runtime: Runtime) -> Path:
    """Write the boot files as shipped into ``site_dir`` (any other build's runtime folder removed); return their
    folder."""
    dest = site_dir / runtime.folder
    for old in (site_dir / FOLDERS).glob("*"):
        if old != dest and old.is_dir():
            shutil.rmtree(old)  # mkdocs serve rebuilds into the same folder: one runtime, as deployed
    dest.mkdir(parents=True, exist_ok=True)
    for partial in dest.glob("*.part"):
        partial.unlink()  # a build stopped while copying: the service worker would list the piece
    for name in BOOT_FILES:
        target = dest / name
        data = runtime.shipped_bytes(name, runtime.folder)
        if target.is_file() and target.read_bytes() == data:
            continue  # mkdocs serve rebuilds often: the file is there already
        partial = target.with_name(f"{name}.part")
        partial.write_bytes(data)
        partial.replace(target)
    return dest
