"""Run bridge requests under the npm Pyodide in Node (one Pyodide boot per call)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from scale_what_build import pyodide_runtime
from tests.support import ROOT
from tests.support.pyodide import RunInPyodide

RUNNER = Path(__file__).with_name("run_bridge.mjs")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test in this folder carries the `pyodide` marker."""
    for item in items:
        if Path(str(item.fspath)).resolve().parent == RUNNER.parent:
            item.add_marker(pytest.mark.pyodide)


@pytest.fixture(scope="session")
def pyodide_dir(engine_wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The runtime as the build prepares it for the site: Pyodide's boot files with the stdlib zip trimmed to what the
    engine needs (stdlib_trim.py), so a module the trim leaves out fails these tests."""
    runtime = pyodide_runtime.prepare(engine_wheel, "/")
    return pyodide_runtime.copy_runtime(tmp_path_factory.mktemp("pyodide-site"), runtime)


@pytest.fixture(scope="session", params=["plain", "snapshot"])
def run_in_pyodide(
    request: pytest.FixtureRequest, engine_wheel: Path, pyodide_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> RunInPyodide:
    """Send bridge requests to the engine under Pyodide; return the raw JSON reply strings, in order. Every test
    runs twice: on a plain boot, and on a Pyodide booted from a memory snapshot as the page does on a return
    visit (run_bridge.mjs); both on the trimmed runtime."""
    mode: str = request.param
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is not installed: the Pyodide tests need Node.js 20 or later")

    def run(requests: list[dict[str, Any]]) -> list[str]:
        work = tmp_path_factory.mktemp("pyodide-run")
        requests_file, replies_file, log_file = work / "requests.jsonl", work / "replies.jsonl", work / "node.log"
        requests_file.write_text("".join(json.dumps(r) + "\n" for r in requests), encoding="utf-8")
        with log_file.open("w") as log:
            result = subprocess.run(
                [node, str(RUNNER), str(engine_wheel), str(requests_file), str(replies_file), mode],
                cwd=ROOT,
                env={**os.environ, "PYODIDE_DIR": str(pyodide_dir)},
                stdout=log,
                stderr=subprocess.STDOUT,
                timeout=300,
                check=False,
            )
        if result.returncode != 0:
            pytest.fail(f"Pyodide in Node exited {result.returncode}:\n{log_file.read_text()[-4000:]}")
        return replies_file.read_text(encoding="utf-8").splitlines()

    return run
