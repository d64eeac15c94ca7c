"""Run bridge requests under the npm Pyodide in Node (one Pyodide boot for each mode, serving every test)."""

from __future__ import annotations

import itertools
import json
import os
import select
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from scale_what_build import pyodide_runtime
from tests.support import ROOT
from tests.support.pyodide import RunInPyodide

RUNNER = Path(__file__).with_name("run_bridge.mjs")
#: How long one job may take, the boot included (the first job waits for it).
JOB_TIMEOUT_S = 300


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
) -> Iterator[RunInPyodide]:
    """Send bridge requests to the engine under Pyodide; return the raw JSON reply strings, in order. Every test
    runs twice: on a plain boot, and on a Pyodide booted from a memory snapshot as the page does on a return
    visit (run_bridge.mjs); both on the trimmed runtime. One Node process, booted once, serves every test of a
    mode, as the page's one worker serves a reader's every answer."""
    mode: str = request.param
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is not installed: the Pyodide tests need Node.js 20 or later")
    work = tmp_path_factory.mktemp(f"pyodide-{mode}")
    log_file = work / "node.log"
    with log_file.open("w") as log:
        server = subprocess.Popen(
            [node, str(RUNNER), str(engine_wheel), mode],
            cwd=ROOT,
            env={**os.environ, "PYODIDE_DIR": str(pyodide_dir)},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=log,
            text=True,
        )
    stdin, stdout = server.stdin, server.stdout
    assert stdin is not None
    assert stdout is not None
    jobs = itertools.count()

    def run(requests: list[dict[str, Any]]) -> list[str]:
        job = next(jobs)
        requests_file, replies_file = work / f"requests-{job}.jsonl", work / f"replies-{job}.jsonl"
        requests_file.write_text("".join(json.dumps(r) + "\n" for r in requests), encoding="utf-8")
        try:
            stdin.write(json.dumps({"requests": str(requests_file), "replies": str(replies_file)}) + "\n")
            stdin.flush()
        except BrokenPipeError:
            pass  # the process has exited: said below
        ready, _, _ = select.select([stdout], [], [], JOB_TIMEOUT_S)
        said = stdout.readline() if ready else ""
        if said != "done\n":
            server.kill()
            pytest.fail(
                f"Pyodide in Node ({mode}) {'did not answer' if not ready else f'exited {server.wait()}'}:\n"
                f"{log_file.read_text()[-4000:]}"
            )
        return replies_file.read_text(encoding="utf-8").splitlines()

    yield run
    stdin.close()
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        server.kill()
