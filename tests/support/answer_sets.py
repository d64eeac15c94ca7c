"""Generated answer sets for tests that compare the engine across runtimes (e.g. CPython and Pyodide)."""

from __future__ import annotations

import random

from decision_engine import QUESTIONS
from decision_engine.engine import only_asked


def sample_answer_sets(n: int, seed: int) -> list[dict[str, str]]:
    """``n`` valid answer sets, the same for the same ``seed``: the deciding question always answered,
    each optional question answered about half the time, every option equally likely, and answers to a question
    not asked with the others (the follow-up) left out."""
    rng = random.Random(seed)
    sets: list[dict[str, str]] = []
    for _ in range(n):
        answers: dict[str, str] = {}
        for question in QUESTIONS:
            if question.required or rng.random() < 0.5:
                answers[question.id] = rng.choice(question.option_ids)
        sets.append(only_asked(answers))
    return sets
