"""What the questionnaire page shows for the answers it holds: one call per change.

The page keeps every answer the reader gave, also to a question that is not asked now (the follow-up, after the
reader changed what it depends on), so that nothing the reader chose is lost. ``evaluate`` sets such answers
aside instead of refusing them, says which questions are asked, and gives the recommendation once the deciding
question is answered.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from decision_engine.complaint_model import Triage
from decision_engine.complaints import triage
from decision_engine.engine import asked_questions, check_answer_ids, effort_given, only_asked, recommend
from decision_engine.model import QuestionKind, Recommendation
from decision_engine.questions import QUESTIONS

_DECIDING_ID = next(question.id for question in QUESTIONS if question.kind is QuestionKind.DECIDING)


@dataclass(frozen=True)
class Evaluation:
    """Which questions are asked, the answers set aside (kept, not asked), and the result when there is one.

    ``recommendation`` is None until the deciding question is answered; ``exercise`` is the complaints' triage
    whenever any complaint is given (the recommendation carries the same).
    """

    asked: tuple[str, ...]
    kept_not_asked: Mapping[str, str]
    recommendation: Recommendation | None
    exercise: Triage | None


def evaluate(
    answers: Mapping[str, str], complaints: Sequence[str] = (), overrides: Mapping[int, str] | None = None
) -> Evaluation:
    """The page's view of its answers and complaints; bad ids, options or complaints raise as elsewhere."""
    given = check_answer_ids(answers)
    applied = only_asked(given)
    kept = {question_id: option for question_id, option in given.items() if question_id not in applied}
    if _DECIDING_ID in applied:
        rec = recommend(applied, complaints, overrides)
        exercise = rec.exercise
    else:
        rec = None
        exercise = triage(complaints, effort_given(applied), overrides) if complaints else None
    return Evaluation(asked_questions(applied), MappingProxyType(kept), rec, exercise)
