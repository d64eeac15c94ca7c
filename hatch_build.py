"""Hatchling build hook: generate the complaint fallback model before the wheel or the editable install.

The model (decision_engine/complaint_fallback_model.json) is trained from the engine's own data on every build,
deterministically, so it is never tracked and the wheel stays reproducible. hatchling runs this hook for the
wheel and for `pip install -e .`; `python hatch_build.py` regenerates the model by hand (e.g. after editing
the cues in an editable install; `make` does it when the data changed).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

ROOT = Path(__file__).resolve().parent
MODEL = "decision_engine/complaint_fallback_model.json"


def write_model(root: Path = ROOT) -> Path:
    """Train the model from the engine in ``root`` and write it into the package; return its path."""
    sys.path.insert(0, str(root))
    try:
        from decision_engine import complaint_fallback  # noqa: PLC0415 (the engine of this tree, not an installed one)

        return complaint_fallback.write_model(root / MODEL)
    finally:
        sys.path.remove(str(root))


class CustomBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    """Writes the model, and ships it in the wheel although git ignores it."""

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        write_model(Path(self.root))
        build_data["artifacts"].append(MODEL)


if __name__ == "__main__":
    print(write_model())
