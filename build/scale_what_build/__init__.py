"""The build steps that turn decision_engine/ and Pyodide into site assets, and the tools around them.

One package, imported one way everywhere: `import scale_what_build.<module>`. `make deps` installs the
project editable with build/ on sys.path (pyproject: dev-mode-dirs), so the hook, the tests and the
benchmark all find it there. It is not named `build`, so it never shadows the PyPA `build` tool.
Under `mkdocs serve` the hook (build/mkdocs_hooks.py) drops these modules from sys.modules before each
build, so an edit shows on the next rebuild.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
"""The project's root folder (the one holding mkdocs.yml)."""
