"""The type of the `run_in_pyodide` fixture (tests/pyodide/conftest.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

RunInPyodide = Callable[[list[dict[str, Any]]], list[str]]
"""Send bridge requests (JSON objects) to the engine under Pyodide; get the raw JSON reply strings, in order."""
