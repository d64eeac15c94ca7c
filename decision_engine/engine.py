"""Pure functions: answers in, an explained Recommendation out. No I/O, no clock, no randomness.

``validate_answers`` is the one place answers are checked; ``recommend`` calls it first.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from types import MappingProxyType

from decision_engine import rules
from decision_engine.errors import (
    MissingAnswerError,
    OversizedInputError,
    UnknownOptionError,
    UnknownQuestionError,
    WrongTypeError,
)
from decision_engine.guidance import GUIDANCE
from decision_engine.model import (
    Condition,
    Confidence,
    ConfidenceReason,
    FailureMode,
    Guidance,
    Note,
    Option,
    Question,
    QuestionKind,
    Ranked,
    RationaleItem,
    Recommendation,
    ScalingType,
    Sequence,
    SequenceRule,
    TradeOff,
    UnderInvested,
    Watch,
)
from decision_engine.questions import QUESTIONS
from decision_engine.serialize import json_type

#: More entries than this in one set of answers is refused before anything else is looked at.
MAX_ANSWERS = 64
#: Question and option ids are short; a longer string is refused (and shown shortened in the message).
MAX_ID_CHARS = 64

_BY_ID: Mapping[str, Question] = MappingProxyType({question.id: question for question in QUESTIONS})
_DECIDING: Question = next(question for question in QUESTIONS if question.kind is QuestionKind.DECIDING)


# ---------------------------------------------------------------------------------------------
# Validation: the one place answers are checked
# ---------------------------------------------------------------------------------------------


def _shown(value: object) -> str:
    """A value as a message shows it: its repr, shortened when long."""
    text = repr(value)
    return text if len(text) <= MAX_ID_CHARS + 2 else text[:MAX_ID_CHARS] + "..."


def _question_for(key: object) -> Question:
    if not isinstance(key, str):
        raise WrongTypeError(f"a question id must be a string, got {json_type(key)} {_shown(key)}")
    question = _BY_ID.get(key)
    if question is None:
        if len(key) > MAX_ID_CHARS:
            raise OversizedInputError(f"question id {_shown(key)} is longer than {MAX_ID_CHARS} characters")
        raise UnknownQuestionError(f"unknown question id {_shown(key)}; valid question ids: {', '.join(_BY_ID)}")
    return question


def _option_for(question: Question, value: object) -> str:
    valid = ", ".join(question.option_ids)
    if not isinstance(value, str):
        raise WrongTypeError(
            f"the answer to {question.id!r} must be an option id (a string), got {json_type(value)} {_shown(value)}; "
            f"valid options: {valid}"
        )
    if value not in question.option_ids:
        if len(value) > MAX_ID_CHARS:
            raise OversizedInputError(
                f"the answer to {question.id!r}, {_shown(value)}, is longer than {MAX_ID_CHARS} characters; "
                f"valid options: {valid}"
            )
        raise UnknownOptionError(f"unknown option {_shown(value)} for question {question.id!r}; valid options: {valid}")
    return value


def validate_answers(answers: object) -> dict[str, str]:
    """Check answers ``{question_id: option_id}``; return them in questionnaire order or raise an error.

    Raises a ``DecisionEngineError`` subclass whose message names the bad value and the valid ones.
    """
    if not isinstance(answers, Mapping):
        raise WrongTypeError(
            f"the answers must be an object mapping question ids to option ids, got {json_type(answers)}"
        )
    if len(answers) > MAX_ANSWERS:
        raise OversizedInputError(
            f"{len(answers)} answers is more than the {MAX_ANSWERS} accepted; the questionnaire has "
            f"{len(QUESTIONS)} questions: {', '.join(_BY_ID)}"
        )
    given: dict[str, str] = {}
    for key, value in answers.items():
        question = _question_for(key)
        given[question.id] = _option_for(question, value)
    for question in QUESTIONS:
        if question.required and question.id not in given:
            raise MissingAnswerError(
                f"the deciding question {question.id!r} ({question.prompt}) has no answer; "
                f"answer one of: {', '.join(question.option_ids)}"
            )
    return {question.id: given[question.id] for question in QUESTIONS if question.id in given}


# ---------------------------------------------------------------------------------------------
# Scoring
# ---------------------------------------------------------------------------------------------


def _option(question_id: str, option_id: str) -> Option:
    return _BY_ID[question_id].option(option_id)


def _points(count: int) -> str:
    return "point" if abs(count) == 1 else "points"


def _holds(conditions: Iterable[Condition], answers: Mapping[str, str]) -> bool:
    return all(answers.get(condition.question) in condition.options for condition in conditions)


def _evidence(answers: Mapping[str, str]) -> tuple[dict[ScalingType, int], list[RationaleItem]]:
    """Each type's score, and one rationale line for every answer that moved it."""
    scores = dict.fromkeys(rules.DEFAULT_SEQUENCE, 0)
    lines: list[RationaleItem] = []
    for question_id, option_id in answers.items():
        for effect in _option(question_id, option_id).effects:
            scores[effect.type] += effect.points
            lines.append(RationaleItem(effect.rationale, effect.points, effect.type, question_id, option_id))
    return scores, lines


def _rank(scores: Mapping[ScalingType, int]) -> tuple[Ranked, ...]:
    """Best first; equal scores keep the default sequence (sorted is stable)."""
    order = sorted(rules.DEFAULT_SEQUENCE, key=lambda kind: -scores[kind])
    return tuple(Ranked(kind, scores[kind]) for kind in order)


def _tied(ranking: tuple[Ranked, ...]) -> list[ScalingType]:
    return [ranked.type for ranked in ranking if ranked.score == ranking[0].score]


def _titles(kinds: list[ScalingType]) -> str:
    """E.g. "Technical scaling and process scaling"."""
    names = [kind.title.lower() for kind in kinds]
    text = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
    return text[0].upper() + text[1:]


def _lead_reason(ranking: tuple[Ranked, ...]) -> str:
    lead = ranking[0]
    tied = _tied(ranking)
    if len(tied) > 1:
        return rules.TIE_BREAK.format(
            tied=_titles(tied), score=lead.score, points=_points(lead.score), lead_lower=lead.type.title.lower()
        )
    return rules.LEAD_REASON.format(lead=lead.type.title, score=lead.score, points=_points(lead.score))


def _named_type(option_id: str) -> ScalingType | None:
    """The type a deciding answer points at: the one it gives the most points (None for "Not sure")."""
    effects = _DECIDING.option(option_id).effects
    return max(effects, key=lambda effect: effect.points).type if effects else None


def _rule_lines(answers: Mapping[str, str], ranking: tuple[Ranked, ...]) -> list[RationaleItem]:
    """Rationale lines from rules: the tie-break, a lead against the named failure mode, and the notes."""
    lead = ranking[0].type
    scores = {ranked.type: ranked.score for ranked in ranking}
    lines: list[RationaleItem] = []
    if len(_tied(ranking)) > 1:
        lines.append(RationaleItem(_lead_reason(ranking), rule="tie_break"))
    named = _named_type(answers[_DECIDING.id])
    if named is not None and scores[named] < scores[lead]:  # on a tie, the tie-break line says it all
        text = rules.OVERRULED.format(
            lead=lead.title,
            failure=_DECIDING.option(answers[_DECIDING.id]).label,
            lead_score=scores[lead],
            points=_points(scores[lead]),
            named_score=scores[named],
            named_lower=named.title.lower(),
        )
        lines.append(RationaleItem(text, rule="overruled"))
    if len(_tied(ranking)) == 1:  # notes explain an outright lead; a tie has its own line
        lines.extend(
            RationaleItem(note.text, rule=note.id)
            for note in rules.NOTES
            if note.lead is lead and _holds(note.when, answers)
        )
    return lines


def _failure_mode(answers: Mapping[str, str], lead: ScalingType) -> FailureMode:
    """The failure mode as answered; for "Not sure", the one that points most at the lead."""
    option = _DECIDING.option(answers[_DECIDING.id])
    if not option.unsure:
        return FailureMode(option.id, option.label, stated=True)
    inferred = max(
        (candidate for candidate in _DECIDING.options if not candidate.unsure),
        key=lambda candidate: sum(effect.points for effect in candidate.effects if effect.type is lead),
    )
    return FailureMode(inferred.id, inferred.label, stated=False)


def _sequence(answers: Mapping[str, str], ranking: tuple[Ranked, ...]) -> Sequence:
    """The lead, then the others in the default sequence, as the sequence rules reorder them."""
    lead = ranking[0].type
    rest = [kind for kind in rules.DEFAULT_SEQUENCE if kind is not lead]
    reasons = [_lead_reason(ranking)]
    for rule in rules.SEQUENCE_RULES:
        if rule.move in rest and rule.ahead_of in rest and _holds(rule.when, answers):
            if rest.index(rule.move) > rest.index(rule.ahead_of):
                rest.remove(rule.move)
                rest.insert(rest.index(rule.ahead_of), rule.move)
            reasons.append(rule.text)
    if len(reasons) == 1:
        reasons.append(rules.DEFAULT_ORDER_REASON)
    return Sequence((lead, *rest), tuple(reasons))


def _plural(count: int, one: str, many: str) -> str:
    return one if count == 1 else many


def _confidence(answers: Mapping[str, str], ranking: tuple[Ranked, ...]) -> Confidence:
    """Starts high; drops for "Not sure" answers, unanswered context questions and a (near) tie."""
    settings = rules.CONFIDENCE
    reasons: list[ConfidenceReason] = []
    if _DECIDING.option(answers[_DECIDING.id]).unsure:
        reasons.append(ConfidenceReason(-settings.deciding_unsure, rules.CONFIDENCE_DECIDING_UNSURE))
    unsure = sum(
        1
        for question_id, option_id in answers.items()
        if question_id != _DECIDING.id and _option(question_id, option_id).unsure
    )
    if unsure:
        text = rules.CONFIDENCE_CONTEXT_UNSURE.format(
            count=unsure, answers=_plural(unsure, "answer was", "answers were")
        )
        reasons.append(ConfidenceReason(-settings.context_unsure * unsure, text))
    unanswered = sum(
        1 for question in QUESTIONS if question.kind is QuestionKind.CONTEXT and question.id not in answers
    )
    if unanswered:
        text = rules.CONFIDENCE_UNANSWERED.format(
            count=unanswered, questions=_plural(unanswered, "question was", "questions were")
        )
        reasons.append(ConfidenceReason(-settings.unanswered * unanswered, text))
    margin = ranking[0].score - ranking[1].score
    if margin == 0:
        reasons.append(ConfidenceReason(-settings.tie, rules.CONFIDENCE_TIE))
    elif margin <= settings.near_tie_margin:
        text = rules.CONFIDENCE_NEAR_TIE.format(margin=margin, points=_points(margin))
        reasons.append(ConfidenceReason(-settings.near_tie, text))
    score = max(settings.floor, settings.start + sum(reason.points for reason in reasons))
    level = "high" if score >= settings.high else "medium" if score >= settings.medium else "low"
    return Confidence(score, level, tuple(reasons))


def _under_invested(answers: Mapping[str, str], scores: Mapping[ScalingType, int]) -> UnderInvested | None:
    """The type whose evidence most exceeds last quarter's effort on it; None if effort was not answered."""
    best: UnderInvested | None = None
    for question in QUESTIONS:
        kind = question.about
        if question.kind is QuestionKind.EFFORT and kind is not None and question.id in answers:
            option = question.option(answers[question.id])
            gap = scores[kind] - option.effort
            if gap > 0 and (best is None or gap > best.gap):
                text = rules.UNDER_INVESTED.format(
                    type=kind.title, effort=option.label.lower(), evidence=scores[kind], points=_points(scores[kind])
                )
                best = UnderInvested(kind, scores[kind], option.id, gap, text)
    return best


def recommend(answers: Mapping[str, str]) -> Recommendation:
    """Answers ``{question_id: option_id}`` in, the explained recommendation out.

    Deterministic: the same answers give an equal result. Ties are broken by the default sequence
    (technical, process, user). Bad answers raise a ``DecisionEngineError`` subclass.
    """
    valid = validate_answers(answers)
    scores, evidence = _evidence(valid)
    ranking = _rank(scores)
    lead = ranking[0].type
    guidance = GUIDANCE[lead]
    sequence = _sequence(valid, ranking)
    return Recommendation(
        headline=rules.HEADLINE.format(lead_lower=lead.title.lower()),
        lead=lead,
        ranking=ranking,
        failure_mode=_failure_mode(valid, lead),
        sequence=sequence,
        trade_off=TradeOff(lead, guidance.trade_off, guidance.keep_in_check),
        first_actions=guidance.first_actions,
        watch=tuple(Watch(kind, GUIDANCE[kind].ignored) for kind in sequence.order[1:]),
        rationale=(*evidence, *_rule_lines(valid, ranking)),
        confidence=_confidence(valid, ranking),
        under_invested=_under_invested(valid, scores),
        answers=MappingProxyType(valid),
        rubric_version=rules.RUBRIC_VERSION,
    )


# ---------------------------------------------------------------------------------------------
# The rubric: its fingerprint, and a check that the data hangs together
# ---------------------------------------------------------------------------------------------


def _rubric_data() -> dict[str, object]:
    """Everything that decides a result (ids, kinds, points, conditions), without the texts."""
    return {
        "questions": [
            {
                "id": question.id,
                "kind": question.kind.value,
                "about": question.about.value if question.about else None,
                "options": [
                    {
                        "id": option.id,
                        "unsure": option.unsure,
                        "effort": option.effort,
                        "effects": [[effect.type.value, effect.points] for effect in option.effects],
                    }
                    for option in question.options
                ],
            }
            for question in QUESTIONS
        ],
        "default_sequence": [kind.value for kind in rules.DEFAULT_SEQUENCE],
        "notes": [[note.id, _conditions(note.when), note.lead.value] for note in rules.NOTES],
        "sequence_rules": [
            [rule.id, _conditions(rule.when), rule.move.value, rule.ahead_of.value] for rule in rules.SEQUENCE_RULES
        ],
        "confidence": vars(rules.CONFIDENCE),
    }


def _conditions(conditions: tuple[Condition, ...]) -> list[list[object]]:
    return [[condition.question, list(condition.options)] for condition in conditions]


def rubric_fingerprint() -> str:
    """A short hash of the rubric (questions, weights, rules); a change needs a new RUBRIC_VERSION."""
    canonical = json.dumps(_rubric_data(), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def _condition_problems(owner: str, conditions: tuple[Condition, ...], by_id: Mapping[str, Question]) -> list[str]:
    problems = []
    for condition in conditions:
        question = by_id.get(condition.question)
        if question is None:
            problems.append(f"{owner}: unknown question {condition.question!r}")
            continue
        problems.extend(
            f"{owner}: question {question.id!r} has no option {option!r}"
            for option in condition.options
            if option not in question.option_ids
        )
    return problems


def _question_problems(questions: tuple[Question, ...]) -> list[str]:
    problems = []
    if len({question.id for question in questions}) != len(questions):
        problems.append("question ids are not unique")
    if sum(1 for question in questions if question.kind is QuestionKind.DECIDING) != 1:
        problems.append("there must be exactly one deciding question")
    for question in questions:
        if len(set(question.option_ids)) != len(question.options):
            problems.append(f"question {question.id!r}: option ids are not unique")
        if (question.kind is QuestionKind.EFFORT) != (question.about is not None):
            problems.append(f"question {question.id!r}: effort questions, and only they, name the type they are about")
        if question.kind is QuestionKind.EFFORT and any(option.effects for option in question.options):
            problems.append(f"question {question.id!r}: effort answers must not move evidence")
    return problems


def _guidance_problems(guidance: Mapping[ScalingType, Guidance]) -> list[str]:
    problems = [f"no guidance for {kind.value}" for kind in ScalingType if kind not in guidance]
    for kind, entry in guidance.items():
        examples = {example.id for example in entry.examples}
        problems.extend(
            f"guidance {kind.value}: first action names unknown example {action.example!r}"
            for action in entry.first_actions
            if action.example not in examples
        )
    return problems


def check_rubric(
    questions: tuple[Question, ...] = QUESTIONS,
    notes: tuple[Note, ...] = rules.NOTES,
    sequence_rules: tuple[SequenceRule, ...] = rules.SEQUENCE_RULES,
    guidance: Mapping[ScalingType, Guidance] = GUIDANCE,
) -> list[str]:
    """Problems in the data (empty when sound): every rule names a real question and option, and so on."""
    by_id = {question.id: question for question in questions}
    problems = _question_problems(questions)
    for note in notes:
        problems.extend(_condition_problems(f"note {note.id!r}", note.when, by_id))
    for rule in sequence_rules:
        problems.extend(_condition_problems(f"sequence rule {rule.id!r}", rule.when, by_id))
    problems.extend(_guidance_problems(guidance))
    return problems
