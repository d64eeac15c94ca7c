"""``python -m decision_engine``: see ``cli.py``."""

from __future__ import annotations

from decision_engine.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
