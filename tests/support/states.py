"""Generated page states (what the questionnaire saves and sends to the session command), for cross-runtime tests."""

from __future__ import annotations

import random
from typing import Any

from decision_engine import QUESTIONS
from decision_engine.complaints import MAX_COMPLAINT_CHARS, MAX_COMPLAINTS, OVERRIDE_TYPES

#: Box texts: complaints of each type, one that names none, blank ones, and one over the length limit.
BOX_TEXTS: tuple[str, ...] = (
    "p99 latency spikes at peak",
    "deploys break prod every Friday",
    "enterprise customers want SSO and audit logs",
    "Morale is low after the reorg",
    "Prospects ask if we're SOC 2 compliant and we aren't",
    "",
    "   ",
    "the dashboards are slow and nobody owns the release process " * (MAX_COMPLAINT_CHARS // 50),
)


def sample_states(n: int, seed: int) -> list[dict[str, Any]]:
    """``n`` states, the same for the same ``seed``: each question answered about half the time (the deciding one
    too, so some states have no recommendation; the follow-up whatever the other answers, so some are kept but
    not asked), five boxes drawn from ``BOX_TEXTS``, and a category chosen for about a quarter of the boxes."""
    rng = random.Random(seed)
    states: list[dict[str, Any]] = []
    for _ in range(n):
        answers = {q.id: rng.choice(q.option_ids) for q in QUESTIONS if rng.random() < 0.5}
        complaints = [rng.choice(BOX_TEXTS) for _ in range(MAX_COMPLAINTS)]
        overrides = {str(i): rng.choice(OVERRIDE_TYPES) for i in range(MAX_COMPLAINTS) if rng.random() < 0.25}
        states.append({"answers": answers, "complaints": complaints, "overrides": overrides})
    return states
