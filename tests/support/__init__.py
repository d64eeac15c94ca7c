"""Helpers shared by the test folders: data tables, types and functions that test modules and conftest
files import. Fixtures live in the conftest.py files; no module here holds a test, and no test module
imports another test module or a conftest (tests/unit/test_test_imports.py checks it)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
"""The project's root folder (the one holding mkdocs.yml)."""
