"""Errors the engine raises for bad input. Every message names the bad value and the valid ones."""

from __future__ import annotations


class DecisionEngineError(ValueError):
    """Base class: bad input to the engine. The message says what was wrong and how to fix it."""
