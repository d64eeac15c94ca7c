"""Scale What? decision engine: which kind of scaling to invest in first.

Pure Python, standard library only. The same code runs on CPython and, in the
reader's browser, on Pyodide. This module is the public face: import from here.
"""

from __future__ import annotations

from decision_engine.errors import DecisionEngineError
from decision_engine.model import ScalingType

__version__ = "0.1.0"

__all__ = [
    "DecisionEngineError",
    "ScalingType",
    "__version__",
]
