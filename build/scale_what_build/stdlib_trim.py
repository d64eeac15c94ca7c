"""Rebuild the runtime's stdlib zip with only what Pyodide's start-up and the engine import, stored uncompressed.

Pyodide ships `python_stdlib.zip` (2.55 MB, 614 entries, each deflated, so the zip barely compresses again on the
wire). The engine needs a small part of it. This step runs before the pages are rendered (pyodide_runtime.prepare:
the runtime's folder is named by what it ships, this zip included): it boots Pyodide's package from node_modules in
Node as the worker boots it (the module imports do not depend on the build's compile hint), installs the engine's
wheel, imports every engine module, sends the bridge each command (and bad requests, so the error paths import
what they need), and lists the modules loaded from the zip (stdlib_imports.mjs). The zip is then rewritten
with those entries alone, *stored*: the host's brotli or gzip (compress.py) then compresses the whole file at
once, which beats compressing 150 small members one by one.

The parity suite (tests/pyodide) runs on a runtime trimmed by this same function, so a module the engine needs
and the list missed fails a test, not a reader. Results are kept in compress.cache_root() keyed by the SHA-256 of
the original zip, the wheel and the trim's own code: a rebuild with the same engine does not boot Node again.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from scale_what_build import compress

STDLIB_ZIP = "python_stdlib.zip"
LISTER = Path(__file__).with_name("stdlib_imports.mjs")
#: Written as the trimmed zip's comment: tells the trimmed zip from Pyodide's.
MARK = b"scale-what: trimmed to the modules the engine imports, entries stored"
#: A fixed date for every entry, so the same modules give the same bytes (a reproducible build).
DATE = (1980, 1, 1, 0, 0, 0)


class TrimError(RuntimeError):
    """The runtime could not be booted to list what the engine imports."""


def imported_files(runtime_dir: Path, wheel: Path) -> list[str]:
    """The stdlib zip's entries that Pyodide's start-up and the engine import, booting ``runtime_dir`` in Node."""
    node = shutil.which("node")
    if node is None:
        raise TrimError("node is not installed: trimming the stdlib zip boots Pyodide in Node.js 20 or later")
    with tempfile.TemporaryDirectory(prefix="scale-what-trim-") as tmp:
        out = Path(tmp) / "imports.json"
        result = subprocess.run(
            [node, str(LISTER), str(runtime_dir), str(wheel), str(out)],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        if result.returncode != 0 or not out.is_file():
            raise TrimError(f"listing the engine's imports under Pyodide failed:\n{result.stdout}\n{result.stderr}")
        listing = json.loads(out.read_text(encoding="utf-8"))
    files: list[str] = listing["files"]
    return files


def stored_zip(source: zipfile.ZipFile, names: list[str]) -> bytes:
    """A new zip of ``names`` from ``source``, entries stored (uncompressed), sorted, dated DATE."""
    missing = sorted(set(names) - set(source.namelist()))
    if missing:
        raise TrimError(f"the stdlib zip has no {', '.join(missing)}")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as out:
        for name in sorted(set(names)):
            info = zipfile.ZipInfo(name, date_time=DATE)
            info.external_attr = 0o644 << 16
            out.writestr(info, source.read(name))
        out.comment = MARK
    return buffer.getvalue()


def _digest(*paths: Path) -> str:
    sha = hashlib.sha256()
    for path in paths:
        sha.update(hashlib.sha256(path.read_bytes()).digest())
    return sha.hexdigest()


def trimmed_zip(runtime_dir: Path, wheel: Path, cache: Path | None = None) -> Path:
    """The stdlib zip of ``runtime_dir`` with the entries the engine in ``wheel`` needs, stored: a file in the build
    cache, made (booting ``runtime_dir`` in Node) only when no build has made it for this zip and this wheel."""
    original = runtime_dir / STDLIB_ZIP
    folder = cache if cache is not None else compress.cache_root() / "stdlib"
    # Keyed by what makes the zip: Pyodide's, the engine's wheel, and the code that lists and writes the entries.
    kept = folder / f"{_digest(original, wheel, LISTER, Path(__file__))}.zip"
    if not kept.is_file():
        names = imported_files(runtime_dir, wheel)
        with zipfile.ZipFile(original) as source:
            data = stored_zip(source, names)
        folder.mkdir(parents=True, exist_ok=True)
        partial = kept.with_suffix(f".{os.getpid()}.part")
        partial.write_bytes(data)
        partial.replace(kept)
    return kept
