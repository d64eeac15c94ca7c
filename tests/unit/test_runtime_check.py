"""What the build tells the browser of each runtime file (its length and SHA-256): one set of figures, written into
sw.js's manifest and into runtime-files.json, from the bytes the site serves."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from scale_what_build import prefetch, pyodide_runtime, runtime_check, service_worker
from scale_what_build.engine_wheel import Wheel
from scale_what_build.pyodide_runtime import FOLDERS, pinned_version

WHEEL = "decision_engine-0.1.0-py3-none-any.whl"

#: A runtime folder as the build names it (the version, then a hash of the files).
RUNTIME = f"{FOLDERS}/{pinned_version()}-0123abcd"


def _site(root: Path) -> tuple[Path, Wheel]:
    """A built site's runtime folder: Pyodide's boot files (each its own bytes) and the engine's wheel."""
    folder = root / RUNTIME
    folder.mkdir(parents=True)
    for name in pyodide_runtime.BOOT_FILES:
        (folder / name).write_bytes(f"bytes of {name}".encode())
    (folder / WHEEL).write_bytes(b"wheel bytes")
    (root / service_worker.LOGIC).parent.mkdir(parents=True)
    (root / service_worker.LOGIC).write_text("// logic")
    return root, Wheel(folder / WHEEL, hashlib.sha256(b"wheel bytes").hexdigest())


def test_a_file_check_is_its_length_and_sha256() -> None:
    """The figures are the bytes' length and their SHA-256 in lower-case hex, as JSON {bytes, sha256}."""
    found = runtime_check.FileCheck.of_bytes(b"\0asm cut")
    assert found.as_dict() == {"bytes": 8, "sha256": hashlib.sha256(b"\0asm cut").hexdigest()}


def test_the_query_names_the_same_file(tmp_path: Path) -> None:
    """A URL's cache-busting query is dropped to find its file."""
    assert runtime_check.file_of(tmp_path, "a/b.whl?v=12") == tmp_path / "a" / "b.whl"


def test_runtime_list_and_service_worker_carry_the_same_checks(tmp_path: Path) -> None:
    """runtime-files.json checks every file it lists, sw.js's manifest every runtime file, with the same figures
    (the wheel under its URL with the hash query), each the file's real length and SHA-256."""
    site, wheel = _site(tmp_path)
    listed = json.loads(prefetch.write_manifest(site, RUNTIME, wheel).read_text(encoding="utf-8"))
    from_sw = json.loads(service_worker.manifest(site).as_json())["check"]
    assert listed["check"] == from_sw
    assert sorted(listed["check"]) == sorted(listed["files"])
    for url, check in listed["check"].items():
        data = (site / url.split("?")[0]).read_bytes()
        assert check == {"bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}, url
    assert f"{RUNTIME}/{WHEEL}{wheel.query}" in listed["check"]
