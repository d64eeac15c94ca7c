"""The Pyodide tests run on the runtime the site ships: its stdlib zip trimmed to what the engine imports."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from scale_what_build import stdlib_trim
from tests.support.pyodide import RunInPyodide


def test_suite_runs_on_the_trimmed_stdlib(pyodide_dir: Path, run_in_pyodide: RunInPyodide) -> None:
    """The runtime these tests boot holds the trimmed, stored stdlib zip, and the engine answers on it."""
    with zipfile.ZipFile(pyodide_dir / stdlib_trim.STDLIB_ZIP) as stdlib:
        assert stdlib.comment == stdlib_trim.MARK
        assert len(stdlib.infolist()) < 200
    (reply,) = run_in_pyodide([{"command": "version", "payload": {}}])
    assert json.loads(reply)["result"]["python"].startswith("3.14")
