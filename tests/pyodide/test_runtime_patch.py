"""The runtime module the site ships (runtime_patch's edits) links Pyodide exactly as the original does.

Both runtimes boot in Node from the same folder (the trimmed stdlib, the same WebAssembly), plainly and each from
the other's memory snapshot: a snapshot holds addresses of functions in the table, so a boot from the other
runtime's snapshot answers only if every address is the same.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from scale_what_build import pyodide_runtime
from tests.support import ROOT

DIGEST = Path(__file__).with_name("link_digest.mjs")
#: Each JavaScript function the module takes the address of gets a wrapper (the edits make them in one module).
MIN_WRAPPERS = 200


def boot(runtime: Path, wheel: Path, out: Path, *snapshot: str) -> dict[str, Any]:
    """Run link_digest.mjs on ``runtime`` and return what it wrote."""
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is not installed: the Pyodide tests need Node.js 20 or later")
    done = subprocess.run(
        # Type reflection: each table slot's WebAssembly type is compared, not only its parameter count.
        [node, "--experimental-wasm-type-reflection", str(DIGEST), str(runtime), str(wheel), str(out), *snapshot],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, f"{runtime.name} {snapshot}: {done.stderr[-3000:]}"
    digest: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return digest


def test_the_edited_runtime_links_every_address_as_pyodide_does(
    pyodide_dir: Path, engine_wheel: Path, tmp_path: Path
) -> None:
    """Every GOT entry has the same address (read by name and listed), every table slot a function of the same
    WebAssembly type (the wrappers only come from one module instead of one each), and each runtime boots from the
    other's snapshot and answers the same."""
    original = tmp_path / "original"
    shutil.copytree(pyodide_dir, original)
    module = pyodide_runtime.HINTED
    (original / module).write_bytes((pyodide_runtime.PYODIDE_PACKAGE / module).read_bytes())
    assert (original / module).read_bytes() != (pyodide_dir / module).read_bytes()

    made = {"original": str(tmp_path / "original.snapshot"), "edited": str(tmp_path / "edited.snapshot")}
    runs = {
        "original, plain": boot(original, engine_wheel, tmp_path / "1.json", "--make-snapshot", made["original"]),
        "edited, plain": boot(pyodide_dir, engine_wheel, tmp_path / "2.json", "--make-snapshot", made["edited"]),
        "original, from the edited one's snapshot": boot(original, engine_wheel, tmp_path / "3.json", made["edited"]),
        "edited, from the original's snapshot": boot(pyodide_dir, engine_wheel, tmp_path / "4.json", made["original"]),
    }
    reference = runs["original, plain"]
    assert len(reference["got"]) > 8000
    assert isinstance(reference["table"][-1][1], dict), "slot types are reflected (node's flag)"
    assert sum(1 for _, address in reference["byName"] if address is not None) > 8000
    for name, run in runs.items():
        assert json.loads(run["reply"])["ok"], name
        assert run["reply"] == reference["reply"], name
        assert run["got"] == reference["got"], f"{name}: a GOT entry differs"
        assert run["byName"] == reference["byName"], f"{name}: a GOT entry read by name differs"
        assert len(run["table"]) == len(reference["table"]), f"{name}: the function table differs in length"

    for name, run in runs.items():
        edited = name.startswith("edited")
        differing = [slot for slot, (a, b) in enumerate(zip(reference["table"], run["table"], strict=True)) if a != b]
        if not edited:
            assert differing == [], name
            continue
        # A wrapper made alone is function 0 of its own module; made together, function i of one module. The same
        # slots, the same WebAssembly types.
        assert len(differing) >= MIN_WRAPPERS, f"{name}: the wrappers were not made (the edit did not run?)"
        for slot in differing:
            before, after = reference["table"][slot], run["table"][slot]
            assert before is not None, f"{name}: slot {slot}"
            assert after is not None, f"{name}: slot {slot}"
            assert before[0] == "0", f"{name}: slot {slot} held {before} before the edits, {after} after"
            assert before[1] == after[1], f"{name}: slot {slot} holds a function of another type"
