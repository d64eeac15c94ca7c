"""Typed, frozen data types shared by the questionnaire, the rules and the results."""

from __future__ import annotations

import enum


class ScalingType(str, enum.Enum):
    """The three kinds of scaling, in the default sequence (technical, process, user)."""

    TECHNICAL = "technical"
    PROCESS = "process"
    USER = "user"

    @property
    def title(self) -> str:
        """The heading used for this type, e.g. "Technical scaling"."""
        return f"{self.value.capitalize()} scaling"
