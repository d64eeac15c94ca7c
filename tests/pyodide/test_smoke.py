"""The engine's wheel installs and runs under Pyodide (Python 3.14) in Node."""

from __future__ import annotations

import json
import platform
from typing import Any

import decision_engine
from decision_engine.bridge import handle
from tests.support.pyodide import RunInPyodide


def test_version_under_pyodide(run_in_pyodide: RunInPyodide) -> None:
    """The bridge's version request answers from Pyodide's Python 3.14 with the engine's version."""
    (reply,) = run_in_pyodide([{"command": "version", "payload": {}}])
    result = json.loads(reply)
    assert result["ok"] is True
    assert result["result"]["engine"] == decision_engine.__version__
    assert result["result"]["python"].startswith("3.14.")
    assert result["result"]["platform"] == "emscripten"
    assert platform.python_version() != result["result"]["python"]  # really another interpreter


def test_bad_request_is_data_under_pyodide(run_in_pyodide: RunInPyodide) -> None:
    """A bad request comes back as the same error data under Pyodide as on CPython."""
    requests: list[dict[str, Any]] = [{"command": "no-such-command"}, {"command": "version", "payload": []}]
    assert run_in_pyodide(requests) == [handle(json.dumps(r)) for r in requests]
