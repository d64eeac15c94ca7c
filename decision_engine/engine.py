"""Pure functions: answers in, an explained Recommendation out. No I/O, no clock, no randomness.

``validate_answers`` is the one place answers are checked; ``recommend`` calls it first.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from decision_engine import rules
from decision_engine.complaint_model import Triage
from decision_engine.complaints import MAX_COMPLAINT_CHARS, check_left_out, listed, ordinals, triage
from decision_engine.errors import (
    MissingAnswerError,
    NotAskedError,
    OversizedInputError,
    TriageInputError,
    UnknownOptionError,
    UnknownQuestionError,
    WrongTypeError,
)
from decision_engine.guidance import GUIDANCE
from decision_engine.model import (
    Change,
    Condition,
    Confidence,
    Evidence,
    FailureMode,
    Flag,
    Guidance,
    LeadRule,
    NextRule,
    Option,
    Question,
    QuestionKind,
    RationaleItem,
    Recommendation,
    ScalingType,
    TradeOff,
    UnderInvested,
    Watch,
    WouldChange,
)
from decision_engine.model import (
    Sequence as InvestmentSequence,
)
from decision_engine.questions import QUESTIONS
from decision_engine.serialize import json_type

#: More entries than this in one set of answers is refused before anything else is looked at.
MAX_ANSWERS = 64
#: Question and option ids are short; a longer string is refused (and shown shortened in the message).
MAX_ID_CHARS = 64

_BY_ID: Mapping[str, Question] = MappingProxyType({question.id: question for question in QUESTIONS})

#: Joins the conditions of one question's asking: "“…” is answered “Yes” and “…” is answered …" (the page joins them
#: with it too: the contract carries it).
CONDITIONS_JOINER = " and "


def _one(kind: QuestionKind) -> Question:
    return next(question for question in QUESTIONS if question.kind is kind)


_DECIDING: Question = _one(QuestionKind.DECIDING)
_FOLLOW_UP: Question = _one(QuestionKind.FOLLOW_UP)
_COMFORT: Question = _one(QuestionKind.COMFORT)
_UNSURE_ID: str = next(option.id for option in _DECIDING.options if option.unsure)
_FREQUENCY: Mapping[ScalingType, Question] = MappingProxyType(
    {q.about: q for q in QUESTIONS if q.kind is QuestionKind.FREQUENCY and q.about is not None}
)
_EFFORT: tuple[tuple[ScalingType, Question], ...] = tuple(
    (q.about, q) for q in QUESTIONS if q.kind is QuestionKind.EFFORT and q.about is not None
)
#: The questions whose answers are a type's evidence: how often each pain hurts, blocked deals, where adoption heads.
_EVIDENCE_KINDS: tuple[QuestionKind, ...] = (QuestionKind.FREQUENCY, QuestionKind.CONTEXT)


# ---------------------------------------------------------------------------------------------
# Validation: the one place answers are checked
# ---------------------------------------------------------------------------------------------


def _shown(value: object) -> str:
    """A value as a message shows it: its repr, shortened when long."""
    text = repr(value)
    return text if len(text) <= MAX_ID_CHARS + 2 else text[:MAX_ID_CHARS] + "..."


def _got(value: object) -> str:
    """What a wrong value was, for "got ...": "null", or its JSON type and the value as JSON ("a boolean true")."""
    if value is None:
        return "null"
    try:
        text = json.dumps(value, ensure_ascii=False, default=repr)
    except (TypeError, ValueError):  # a library caller's value JSON cannot write (a tuple key, a list in itself)
        return f"{json_type(value)} {_shown(value)}"
    return f"{json_type(value)} {text if len(text) <= MAX_ID_CHARS + 2 else text[:MAX_ID_CHARS] + '...'}"


def _meant(value: str, ids: Iterable[str], labels: Mapping[str, str] | None = None) -> str:
    """ " (did you mean 'outages'?)" when ``value`` is one of ``ids`` but for case, spaces or hyphens ("Outages", "not
    sure", "failure-mode"), or an option's label as a reader sees it ("Outages / latency"); else "" (a CLI review: an
    answers file's ids are case-sensitive, and the message did not say which was meant)."""
    key = "_".join(value.strip().lower().replace("-", " ").split())
    folded = value.strip().casefold()
    meant = next((i for i in ids if i == key), None) or next(
        (i for i, label in (labels or {}).items() if label.casefold() == folded), None
    )
    return f" (did you mean {meant!r}? ids are lower case, with underscores)" if meant and meant != value else ""


def _question_for(key: object) -> Question:
    if not isinstance(key, str):
        raise WrongTypeError(f"a question id must be a string, got {_got(key)}")
    question = _BY_ID.get(key)
    if question is None:
        if len(key) > MAX_ID_CHARS:
            raise OversizedInputError(f"question id {_shown(key)} is longer than {MAX_ID_CHARS} characters")
        raise UnknownQuestionError(
            f"unknown question id {_shown(key)}{_meant(key, _BY_ID)}; valid question ids: {', '.join(_BY_ID)}"
        )
    return question


def _option_for(question: Question, value: object) -> str:
    valid = ", ".join(question.option_ids)
    if not isinstance(value, str):
        raise WrongTypeError(
            f"the answer to {question.id!r} must be an option id (a string), got {_got(value)}; valid options: {valid}"
        )
    if value not in question.option_ids:
        if len(value) > MAX_ID_CHARS:
            raise OversizedInputError(
                f"the answer to {question.id!r}, {_shown(value)}, is longer than {MAX_ID_CHARS} characters; "
                f"valid options: {valid}"
            )
        meant = _meant(value, question.option_ids, {option.id: option.label for option in question.options})
        raise UnknownOptionError(
            f"unknown option {_shown(value)} for question {question.id!r}{meant}; valid options: {valid}"
        )
    return value


def check_answer_ids(answers: object) -> dict[str, str]:
    """Check that answers ``{question_id: option_id}`` name real questions and options; return them in order.

    No check of which questions must or may be answered: ``validate_answers`` adds those.
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
    return {question.id: given[question.id] for question in QUESTIONS if question.id in given}


def validate_answers(answers: object) -> dict[str, str]:
    """Check answers ``{question_id: option_id}``; return them in questionnaire order or raise an error.

    The deciding question must be answered, and a question asked only on conditions (the follow-up) may be
    answered only when they hold. Raises a ``DecisionEngineError`` subclass whose message names the bad value
    and the valid ones.
    """
    given = check_answer_ids(answers)
    for question in QUESTIONS:
        if question.required and question.id not in given:
            raise MissingAnswerError(
                f"the deciding question {question.id!r} ({question.prompt}) has no answer; "
                f"answer one of: {', '.join(question.option_ids)}"
            )
        if question.id in given and not _holds(question.asked_when, given):
            raise NotAskedError(
                f"{question.id!r} ({question.prompt}) is asked only when {_describe(question.asked_when)}; "
                f"with these answers it is not asked, so leave it out"
            )
    return given


def _describe(conditions: tuple[Condition, ...]) -> str:
    """Conditions in words for a message, e.g. "'deals_blocked' is 'yes' and 'failure_mode' is 'outages' or ..."."""
    return CONDITIONS_JOINER.join(
        f"{condition.question!r} is {' or '.join(repr(option) for option in condition.options)}"
        for condition in conditions
    )


# ---------------------------------------------------------------------------------------------
# Which questions are asked, and the evidence
# ---------------------------------------------------------------------------------------------


def _option(question_id: str, option_id: str) -> Option:
    return _BY_ID[question_id].option(option_id)


def _unit(count: int) -> str:
    return "point" if abs(count) == 1 else "points"


def _holds(conditions: Iterable[Condition], answers: Mapping[str, str]) -> bool:
    return all(answers.get(condition.question) in condition.options for condition in conditions)


def asked_questions(answers: Mapping[str, str]) -> tuple[str, ...]:
    """The ids of the questions asked with these answers (some or none of them given): every question whose conditions
    hold, in order. Answers that name no question or option raise a ``DecisionEngineError`` (a CLI review: ``None``
    gave a traceback, an unknown id was passed over)."""
    return _asked(check_answer_ids(answers))


def _asked(answers: Mapping[str, str]) -> tuple[str, ...]:
    """``asked_questions`` of answers already checked."""
    return tuple(
        question.id for question in QUESTIONS if not question.asked_when or _holds(question.asked_when, answers)
    )


def option_label(question: Question, option_id: str, answers: Mapping[str, str]) -> str:
    """An option's label as the reader sees it with these answers: "The failure I named" names the failure ("The
    failure I named (Outages / latency)"), unless none is named (not answered, or "Not sure")."""
    option = question.option(option_id)
    if option.stands_for is None:
        return option.label
    stood = _BY_ID[option.stands_for]
    named = answers.get(stood.id)
    named_option = stood.option(named) if named in stood.option_ids else None
    return option.label_naming(named_option.label if named_option is not None and not named_option.unsure else None)


def condition_words(condition: Condition, options: Sequence[str] | None = None) -> str:
    """A condition in its question's words: "“Are enterprise deals blocked on missing controls?” is answered “Yes”";
    with ``options``, those of its options alone (the page names the one failure a follow-up answer compared). The
    Markdown and, through the contract, the page say a kept answer's conditions in these words."""
    question = _BY_ID[condition.question]
    chosen = [option for option in condition.options if options is None or option in options]
    return f"“{question.prompt}” is answered " + " or ".join(f"“{question.option(o).label}”" for o in chosen)


def only_asked(answers: Mapping[str, str]) -> dict[str, str]:
    """The answers to the questions asked with them (an answer set aside can make another not asked)."""
    kept = dict(answers)
    while True:
        asked = set(_asked(kept))
        dropped = [question_id for question_id in kept if question_id not in asked]
        if not dropped:
            return kept
        for question_id in dropped:
            del kept[question_id]


def _points(answers: Mapping[str, str], kinds: tuple[QuestionKind, ...]) -> dict[ScalingType, int]:
    """Each type's points from the answers to questions of these kinds."""
    points = dict.fromkeys(rules.DEFAULT_SEQUENCE, 0)
    for question_id, option_id in answers.items():
        if _BY_ID[question_id].kind in kinds:
            for effect in _option(question_id, option_id).effects:
                points[effect.type] += effect.points
    return points


def _moved(answers: Mapping[str, str], kind: ScalingType) -> bool:
    """Whether any answer moves this type's evidence (its points can add up to 0 all the same)."""
    return any(
        effect.type is kind and effect.points
        for question_id, option_id in answers.items()
        if _BY_ID[question_id].kind in _EVIDENCE_KINDS
        for effect in _option(question_id, option_id).effects
    )


def _rationale(answers: Mapping[str, str]) -> tuple[RationaleItem, ...]:
    """One line for every answer that moved a type's evidence."""
    return tuple(
        RationaleItem(effect.rationale, effect.points, effect.type, question_id, option_id)
        for question_id, option_id in answers.items()
        for effect in _option(question_id, option_id).effects
    )


def _named(answers: Mapping[str, str]) -> ScalingType | None:
    """The type the deciding answer names; None for "Not sure"."""
    return _DECIDING.option(answers[_DECIDING.id]).names


def _naming_option(kind: ScalingType) -> str:
    """The deciding option that names this type."""
    return next(option.id for option in _DECIDING.options if option.names is kind)


def _titles(kinds: list[ScalingType]) -> str:
    """E.g. "technical scaling and process scaling"."""
    return listed([kind.title.lower() for kind in kinds])


def _by_evidence(kinds: Iterable[ScalingType], points: Mapping[ScalingType, int]) -> list[ScalingType]:
    """Most points first; equal points keep the default sequence (sorted is stable)."""
    return sorted((kind for kind in rules.DEFAULT_SEQUENCE if kind in kinds), key=lambda kind: -points[kind])


# ---------------------------------------------------------------------------------------------
# The lead and the sequence (rules 1 to 4)
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Decision:
    order: tuple[ScalingType, ...]
    reasons: tuple[str, ...]
    lead_role: str
    second_role: str = rules.ROLE_PLACES[1]


def _lead_rule(answers: Mapping[str, str]) -> LeadRule | None:
    return next((rule for rule in rules.LEAD_RULES if _holds(rule.when, answers)), None)


def _deals_over_named(answers: Mapping[str, str]) -> bool:
    """Whether a lead rule puts another type before the failure named (the blocked deals, said to cost more)."""
    rule = _lead_rule(answers)
    named = _named(answers)
    return rule is not None and named is not None and rule.lead is not named


def _failure_words(answers: Mapping[str, str]) -> str:
    return rules.FAILURE_WORDS.get(answers[_DECIDING.id], "")


def _named_lead_reason(answers: Mapping[str, str], lead: ScalingType) -> str:
    """The lead's reason when the named failure leads, with what the follow-up said."""
    text = rules.LEAD_NAMED
    if _FOLLOW_UP.id in _asked(answers):
        answer = answers.get(_FOLLOW_UP.id)
        text = (
            rules.LEAD_NAMED_OPEN
            if answer is None
            else rules.LEAD_NAMED_UNSURE
            if _FOLLOW_UP.option(answer).unsure
            else rules.LEAD_NAMED_ASKED
        )
    return text.format(lead=lead.title, failure=_failure_words(answers))


def _lead_basis(answers: Mapping[str, str]) -> tuple[ScalingType, LeadRule | None, dict[ScalingType, int] | None]:
    """The lead and what put it there: a lead rule (the rule); the named failure (neither); or, when the deciding
    answer is "Not sure", the evidence (its points). No words: trying other answers (_lead_of) needs the lead alone."""
    rule = _lead_rule(answers)
    if rule is not None:
        return rule.lead, rule, None
    named = _named(answers)
    if named is not None:
        return named, None, None
    pain = _points(answers, rules.UNSURE_LEAD_FROM)
    return _by_evidence(rules.DEFAULT_SEQUENCE, pain)[0], None, pain


def _lead(answers: Mapping[str, str]) -> tuple[ScalingType, str, str, bool]:
    """The lead, its reason, its role in words, and whether its reason already broke a tie."""
    lead, rule, pain = _lead_basis(answers)
    if rule is not None:
        reason = rule.text.format(lead=rule.lead.title, failure=_failure_words(answers))
        return lead, reason, rules.ROLE_LEAD_RULE.format(why=rules.ROLE_LEAD_RULE_WHY[rule.id]), False
    if pain is None:
        return lead, _named_lead_reason(answers, lead), rules.ROLE_LEAD_NAMED, False
    top = pain[lead]
    tied = [kind for kind in _by_evidence(rules.DEFAULT_SEQUENCE, pain) if pain[kind] == top]
    if len(tied) > 1:
        all_three = len(tied) == len(rules.DEFAULT_SEQUENCE)
        below = [kind for kind in rules.DEFAULT_SEQUENCE if kind not in tied]
        if all(_unsaid(answers, kind) for kind in tied) and below:
            # Below a tie at 0 points is only a pain said to hurt rarely (no other frequency has fewer points).
            reason = rules.LEAD_UNSURE_UNSAID_BELOW.format(
                lead=lead.title,
                below=rules.PAIN_WORDS[below[0]],
                points=pain[below[0]],
                unit=_unit(pain[below[0]]),
                pains=f"the pains of {_titles(tied)}",
            )
        elif all(_unsaid(answers, kind) for kind in tied):
            reason = rules.LEAD_UNSURE_UNSAID.format(lead=lead.title, pains=rules.ANY_PAIN, s="s")
        else:
            tied_words = rules.ALL_THREE if all_three else _titles(tied)
            # Rated, as every tied pain is here: an unrated pain has 0 points, a rated one never has.
            frequency = _FREQUENCY[lead].option(answers[_FREQUENCY[lead].id]).label
            reason = rules.LEAD_UNSURE_TIE.format(
                lead=lead.title, tied=tied_words, frequency=frequency, points=top, unit=_unit(top)
            )
        unsaid = all(_unsaid(answers, kind) for kind in tied)
        if all_three:
            role = rules.ROLE_LEAD_UNSURE_UNSAID if unsaid else rules.ROLE_LEAD_UNSURE_TIE
        else:
            other = next(kind for kind in tied if kind is not lead)
            two = rules.ROLE_LEAD_UNSURE_UNSAID_TWO if unsaid else rules.ROLE_LEAD_UNSURE_TIE_TWO
            role = two.format(other_lower=other.title.lower())
        return lead, reason, role, True
    if top > 0:
        reason = rules.LEAD_UNSURE_EVIDENCE.format(lead=lead.title, points=top, unit=_unit(top))
        return lead, reason, rules.ROLE_LEAD_UNSURE, False
    low = sorted({pain[kind] for kind in rules.DEFAULT_SEQUENCE if kind is not lead}, reverse=True)
    others = f"{low[0]} each" if len(low) == 1 else " and ".join(str(points) for points in low)
    reason = rules.LEAD_UNSURE_OTHERS_RARELY.format(lead=lead.title, points=top, unit=_unit(top), others=others)
    return lead, reason, rules.ROLE_LEAD_UNSURE_RARELY, False


def _next_by_rule(answers: Mapping[str, str], lead: ScalingType) -> tuple[ScalingType, str, str] | None:
    """The type a rule puts straight after the lead, why, and its role in words; None when the evidence decides."""
    rule = _lead_rule(answers)
    named = _named(answers)
    if rule is not None and rule.then_named and named is not None and named is not lead:
        reason = rules.NEXT_NAMED.format(type=named.title, failure=_failure_words(answers))
        return named, reason, rules.ROLE_SECOND_RULE.format(why=rules.ROLE_SECOND_NAMED)
    for next_rule in rules.NEXT_RULES:
        if next_rule.type is not lead and _holds(next_rule.when, answers):
            role = rules.ROLE_SECOND_RULE.format(why=rules.ROLE_NEXT_RULE_WHY[next_rule.id])
            return next_rule.type, next_rule.text.format(type=next_rule.type.title), role
    return None


def _decide(answers: Mapping[str, str]) -> _Decision:
    """The order to invest in and one true reason for each place (answers already validated)."""
    evidence = _points(answers, _EVIDENCE_KINDS)
    lead, lead_reason, role, tie_said = _lead(answers)
    rest = [kind for kind in rules.DEFAULT_SEQUENCE if kind is not lead]
    by_rule = _next_by_rule(answers, lead)
    second_role = rules.ROLE_PLACES[1]
    if by_rule is not None:
        second, second_reason, second_role = by_rule
        third = next(kind for kind in rest if kind is not second)
        if evidence[second] < evidence[third]:
            second_reason = rules.NEXT_OVER_POINTS.format(
                reason=second_reason,
                other_lower=third.title.lower(),
                points=evidence[second],
                unit=_unit(evidence[second]),
                other_points=evidence[third],
                other_unit=_unit(evidence[third]),
            )
        third_reason = rules.LAST.format(type=third.title, points=evidence[third], unit=_unit(evidence[third]))
    else:
        second, third = _by_evidence(rest, evidence)
        fill = {
            "type": second.title,
            "points": evidence[second],
            "unit": _unit(evidence[second]),
            "other_lower": third.title.lower(),
            "other_points": evidence[third],
            "other_unit": _unit(evidence[third]),
        }
        if evidence[second] > evidence[third]:
            second_reason = (rules.NEXT_MORE if evidence[second] > 0 else rules.NEXT_LESS_AGAINST).format(**fill)
            third_reason = rules.LAST.format(type=third.title, points=evidence[third], unit=_unit(evidence[third]))
        elif not (_moved(answers, second) or _moved(answers, third)):
            second_reason = (rules.NEXT_UNSAID_AGAIN if tie_said else rules.NEXT_UNSAID).format(**fill)
            third_reason = rules.LAST_UNSAID.format(type=third.title, other_lower=second.title.lower())
        else:
            second_reason = (rules.NEXT_TIE_AGAIN if tie_said else rules.NEXT_TIE).format(**fill)
            third_reason = rules.LAST_TIE.format(
                type=third.title, other_lower=second.title.lower(), points=evidence[third], unit=_unit(evidence[third])
            )
    return _Decision((lead, second, third), (lead_reason, second_reason, third_reason), role, second_role)


def _lead_of(answers: Mapping[str, str]) -> ScalingType:
    """The lead these answers would give (the answers to questions they do not ask left out), as _decide puts it."""
    return _lead_basis(only_asked(answers))[0]


def _evidence(evidence: Mapping[ScalingType, int], decision: _Decision) -> tuple[Evidence, ...]:
    """Each type's points and its place, in the order of the sequence (so the chart reads as "The sequence" above it
    does, lead first); the lead's role says why it leads."""
    items = []
    for place, kind in enumerate(decision.order, start=1):
        role = decision.lead_role if place == 1 else decision.second_role if place == 2 else rules.ROLE_PLACES[2]
        items.append(Evidence(kind, evidence[kind], place, role))
    return tuple(items)


# ---------------------------------------------------------------------------------------------
# Flags, what would change the lead, confidence (rules 5 to 7)
# ---------------------------------------------------------------------------------------------


def _frequency(answers: Mapping[str, str], kind: ScalingType) -> str | None:
    return answers.get(_FREQUENCY[kind].id)


def _unsaid(answers: Mapping[str, str], kind: ScalingType) -> bool:
    """Whether no answer says how often this type's pain hurts: its question unanswered, or "Not sure"."""
    said = _frequency(answers, kind)
    return said is None or _FREQUENCY[kind].option(said).unsure


def _flag(
    flag_id: str, answers: Mapping[str, str], lead: ScalingType, reading: dict[str, str], pain: ScalingType
) -> Flag | None:
    """A flag with the lead under the other reading; None when that lead is the same."""
    other = _lead_of(reading)
    if other is lead:
        return None
    named = _named(answers)
    said = _frequency(answers, named) if named is not None else None
    unsaid = named is not None and (said is None or _FREQUENCY[named].option(said).unsure)
    words = rules.FLAG_OTHER_WEEKLY_UNSAID if flag_id == rules.FLAG_OTHER_WEEKLY and unsaid else flag_id
    text = rules.FLAG_TEXTS[words].format(
        failure=_failure_words(answers),
        pain=rules.PAIN_WORDS[pain],
        named_pain=rules.PAIN_WORDS[named] if named is not None else "",
        other_failure=rules.FAILURE_WORDS.get(reading[_DECIDING.id], ""),
        other_lower=other.title.lower(),
    )
    first = _FOLLOW_UP.id if flag_id == rules.FLAG_DEALS_OVER_WEEKLY else _DECIDING.id
    questions = sorted({first, _FREQUENCY[pain].id} | ({"deals_blocked"} if named is None else set()))
    order = [question.id for question in QUESTIONS]
    return Flag(flag_id, text, tuple(sorted(questions, key=order.index)), other)


def _named_costing_more(answers: Mapping[str, str]) -> dict[str, str]:
    """The answers with the follow-up saying the failure named costs more than the blocked deals (where that question
    is asked; _lead_of drops it elsewhere)."""
    condition = rules.OTHER_COSTS_MORE
    return {**answers, condition.question: condition.options[0]}


def _costing_most(answers: Mapping[str, str], kind: ScalingType) -> dict[str, str]:
    """The other reading of a weekly pain: its failure named as the most expensive, so it costs more than the blocked
    deals too. Keeping the reader's "the blocked deals cost more" would weigh the deals against the failure first
    named, and hide the flag (a review: weekly outages with regressions named and the deals said to cost more gave a
    firm result)."""
    return _named_costing_more({**answers, _DECIDING.id: _naming_option(kind)})


#: A conflict between answers: its flag's id, the answers read the other way, and the pain it is about.
_Conflict = tuple[str, dict[str, str], ScalingType]


def _conflicts(answers: Mapping[str, str]) -> list[_Conflict]:
    """The conflicts between answers (rule 5), whatever lead their other reading gives."""
    named = _named(answers)
    blocked = _holds((rules.DEALS_BLOCKED,), answers)
    found: list[_Conflict] = []
    if named is not None:
        if _frequency(answers, named) == rules.RARELY and not _rarely_exempt(answers, named):
            found.append((rules.FLAG_NAMED_RARELY, {**answers, _DECIDING.id: _UNSURE_ID}, named))
        if _frequency(answers, named) == rules.WEEKLY and _deals_over_named(answers):
            found.append((rules.FLAG_DEALS_OVER_WEEKLY, _named_costing_more(answers), named))
        if _frequency(answers, named) != rules.WEEKLY:
            found.extend(
                (rules.FLAG_OTHER_WEEKLY, _costing_most(answers, kind), kind)
                for kind in rules.DEFAULT_SEQUENCE
                if kind is not named and _frequency(answers, kind) == rules.WEEKLY
            )
    elif blocked:
        found.extend(
            (rules.FLAG_UNSURE_WEEKLY, _costing_most(answers, kind), kind)
            for kind in rules.UNSURE_WEEKLY_TYPES
            if _frequency(answers, kind) == rules.WEEKLY
        )
    return found


def _flags(
    answers: Mapping[str, str], lead: ScalingType, conflicts: list[_Conflict]
) -> tuple[tuple[Flag, ...], list[str]]:
    """The conflicts shown, those whose other reading gives another lead; and, in words, the answers of the others,
    whose other reading gives the same lead (not flagged): "“Rarely” for how often outages or latency breaches
    hurt". Each other reading is tried once."""
    flags: list[Flag] = []
    unshown: list[str] = []
    for flag_id, reading, pain in conflicts:
        flag = _flag(flag_id, answers, lead, reading, pain)
        if flag is not None:
            flags.append(flag)
        else:
            unshown.append(_frequency_words(answers, pain))
    return tuple(flags), unshown


def _rarely_kept_by_deals(answers: Mapping[str, str]) -> str | None:
    """The answer that the failure named hurts rarely, in words, when blocked deals keep it from conflicting
    (``_rarely_exempt``); None otherwise."""
    named = _named(answers)
    if named is None or not _rarely_exempt(answers, named) or _frequency(answers, named) != rules.RARELY:
        return None
    return _frequency_words(answers, named)


def _rarely_exempt(answers: Mapping[str, str], named: ScalingType) -> bool:
    """Whether the failure named may be said to hurt rarely without a conflict: blocked deals are that pain now
    (``rules.RARELY_EXEMPT_WHEN_BLOCKED``)."""
    return named in rules.RARELY_EXEMPT_WHEN_BLOCKED and _holds((rules.DEALS_BLOCKED,), answers)


def _frequency_words(answers: Mapping[str, str], pain: ScalingType) -> str:
    """The answer for how often ``pain`` hurts, in words: "“Rarely” for how often ... hurt"."""
    label = _FREQUENCY[pain].option(answers[_FREQUENCY[pain].id]).label
    return rules.UNSHOWN_ANSWER.format(label=label, pain=rules.PAIN_WORDS[pain])


def _would_change(answers: Mapping[str, str], lead: ScalingType, kept: Mapping[str, str]) -> WouldChange:
    """Every change to one answer (the deciding question aside) that changes the lead, found by trying it."""
    changes = []
    for question_id in _asked(answers):
        question = _BY_ID[question_id]
        if question.kind is QuestionKind.DECIDING:
            continue
        for option in question.options:
            if answers.get(question_id) == option.id:
                continue
            other = _lead_of({**answers, question_id: option.id})
            if other is not lead:
                label = option_label(question, option.id, answers)
                text = rules.CHANGE.format(label=label, prompt=question.prompt, lead_lower=other.title.lower())
                changes.append(Change(question_id, option.id, other, text))
    if changes:
        return WouldChange(rules.CHANGES_SUMMARY, tuple(changes))
    # With "Not sure", two answers together may change it (a diff review): no more is said than was tried.
    alone = rules.NO_CHANGE_NAMED if _named(answers) is not None else rules.NO_CHANGE
    return WouldChange(_two_changes(answers, lead, kept) or alone, ())


def _two_changes(answers: Mapping[str, str], lead: ScalingType, kept: Mapping[str, str]) -> str | None:
    """Where no single change gives another lead: an answer that opens a question not asked now (the follow-up, by
    one condition other than the deciding question), with an answer to it that does, found by trying them. The
    reader's kept answer to that question is tried first, and said as theirs (a diff review: the result asked for
    "The blocked deals", kept from before)."""
    asked = _asked(answers)
    openings = (
        (question, _BY_ID[unmet[0].question], unmet[0].options)
        for question in QUESTIONS
        if question.id not in asked
        for unmet in [[c for c in question.asked_when if answers.get(c.question) not in c.options]]
        if len(unmet) == 1 and _BY_ID[unmet[0].question].kind is not QuestionKind.DECIDING
    )
    trials = (
        (
            question,
            opening,
            opening_option,
            option.id,
            _lead_of({**answers, opening.id: opening_option, question.id: option.id}),
        )
        for question, opening, opening_options in openings
        for opening_option in opening_options
        for option in sorted(question.options, key=lambda option: option.id != kept.get(question.id))
    )
    found = next((trial for trial in trials if trial[4] is not lead), None)
    if found is None:
        return None
    question, opening, opening_option, option_id, other = found
    opened = {**answers, opening.id: opening_option}
    words = rules.TWO_CHANGES_KEPT if kept.get(question.id) == option_id else rules.TWO_CHANGES
    return words.format(
        opening_label=option_label(opening, opening_option, opened),
        opening_prompt=opening.prompt,
        label=option_label(question, option_id, opened),
        prompt=question.prompt,
        lead_lower=other.title.lower(),
    )


def _confidence(answers: Mapping[str, str], flags: tuple[Flag, ...], unshown: list[str]) -> Confidence:
    """Tentative when not sure of the failure mode; check with a flag or an open follow-up; firm otherwise. Each
    reason comes with its few words for the summary, so the two always say the same things in the same order.
    ``unshown``: the answers in conflicts whose other reading gives the same lead (a firm result must not then say
    that no answer conflicts, nor that one does while saying none pulls against the lead: a guide review)."""
    open_count = _open_count(answers)
    reasons: list[tuple[str, str]] = []
    unsure = _named(answers) is None
    if unsure:
        reasons.append((rules.REASON_UNSURE, rules.SUMMARY_UNSURE))
    if len(flags) == 1:
        reasons.append((rules.REASON_FLAGS.format(flags="A flag"), rules.SUMMARY_FLAG))
    elif flags:
        reasons.append(
            (rules.REASON_FLAGS.format(flags=f"{len(flags)} flags"), rules.SUMMARY_FLAGS.format(count=len(flags)))
        )
    follow_up = answers.get(_FOLLOW_UP.id)
    follow_up_asked = _FOLLOW_UP.id in _asked(answers)
    open_follow_up = follow_up_asked and (follow_up is None or _FOLLOW_UP.option(follow_up).unsure)
    if open_follow_up:
        reasons.append(
            (rules.REASON_OPEN, rules.SUMMARY_OPEN)
            if follow_up is None
            else (rules.REASON_OPEN_UNSURE, rules.SUMMARY_OPEN_UNSURE)
        )
    level = rules.CONFIDENCE_TENTATIVE if unsure else rules.CONFIDENCE_CHECK if reasons else rules.CONFIDENCE_FIRM
    if not reasons:
        # What a firm lead rests on: the blocked deals when they lead, whatever else pulls; else the failure named,
        # with a conflict whose other reading gives the same lead, or said to cost more than the blocked deals.
        if _deals_over_named(answers):
            firm = rules.REASON_FIRM_DEALS
        elif unshown:
            # One at most: of the conflicts a firm lead may have, only its own pain said to hurt rarely can read the
            # other way to the same lead (another pain weekly names another type).
            firm = rules.REASON_FIRM_SAME_LEAD.format(answer=unshown[0])
        elif follow_up_asked and follow_up == rules.OTHER_COSTS_MORE.options[0]:
            firm = rules.REASON_FIRM_NAMED
        elif (kept_by_deals := _rarely_kept_by_deals(answers)) is not None:
            firm = rules.REASON_FIRM_DEALS_KEEP.format(answer=kept_by_deals)
        else:
            firm = rules.REASON_FIRM
        reasons.append(_firm_reason(firm, open_count))
    so_far = level == rules.CONFIDENCE_FIRM and open_count > 0
    return Confidence(
        level,
        rules.CONFIDENCE_FIRM_SO_FAR if so_far else rules.CONFIDENCE_WORDS[level],
        rules.CONFIDENCE_TEXTS[level],
        tuple(reason for reason, _ in reasons),
        "; ".join(words for _, words in reasons),
    )


def _open_count(answers: Mapping[str, str]) -> int:
    """How many of the questions that weigh in (``_EVIDENCE_KINDS``) are unanswered or answered "Not sure"."""
    return sum(
        1
        for question in QUESTIONS
        if question.kind in _EVIDENCE_KINDS
        and (question.id not in answers or question.option(answers[question.id]).unsure)
    )


def _firm_reason(firm: str, open_count: int) -> tuple[str, str]:
    """A firm lead's reason and its few words, each with how many of the questions that weigh in (``_EVIDENCE_KINDS``:
    how often each pain hurts, the blocked deals, where adoption heads) are still unanswered or answered "Not sure" (a
    reader's review: "firm" after one click read as settled; a diff review: five "Not sure" answers did too): the
    ``open_count`` of ``_open_count``."""
    if not open_count:
        return firm, rules.SUMMARY_FIRM
    one = open_count == 1
    words = {
        "count": open_count,
        "questions": "question" if one else "questions",
        "weigh": "weighs" if one else "weigh",
        "are": "is" if one else "are",
    }
    return firm + rules.REASON_FIRM_OPEN.format(**words), rules.SUMMARY_FIRM_OPEN.format(**words)


# ---------------------------------------------------------------------------------------------
# The under-invested verdict and the comfort zone (rules 8 and 9)
# ---------------------------------------------------------------------------------------------


def effort_given(answers: Mapping[str, str]) -> dict[str, str] | None:
    """Last quarter's effort per type, as the triage takes it; None when no effort question was answered."""
    given = {kind.value: answers[question.id] for kind, question in _EFFORT if question.id in answers}
    return given or None


def _under_from_answers(
    answers: Mapping[str, str], evidence: Mapping[ScalingType, int]
) -> tuple[ScalingType, int, str] | None:
    """The type whose evidence most exceeds last quarter's effort on it (its points, its effort in words). Not a type
    that got the most effort there is, as with the complaints (complaints.py's _under_invested)."""
    best: tuple[ScalingType, int, str] | None = None
    best_gap = 0
    for kind, question in _EFFORT:
        if question.id in answers:
            option = question.option(answers[question.id])
            if option.id == rules.UNDER_NEVER_EFFORT:
                continue
            gap = evidence[kind] - option.effort
            if gap > best_gap:
                effort = rules.UNDER_EFFORT.format(effort=option.label, effort_points=option.effort)
                best, best_gap = (kind, evidence[kind], effort), gap
    return best


def _effort_figures(answers: Mapping[str, str], evidence: Mapping[ScalingType, int]) -> str:
    """Each type whose effort was given: its evidence against that effort, in points."""
    figures = []
    for kind, question in _EFFORT:
        if question.id in answers:
            option = question.option(answers[question.id])
            figures.append(
                rules.UNDER_FIGURE.format(
                    type_lower=kind.title.lower(),
                    points=evidence[kind],
                    unit=_unit(evidence[kind]),
                    effort=option.label,
                    effort_points=option.effort,
                )
            )
    return "; ".join(figures)


def _effort_not_given(answers: Mapping[str, str], evidence: Mapping[ScalingType, int]) -> str:
    """What a verdict by the answers adds of the types with evidence whose effort is not given (they are not weighed),
    or "" when there are none."""
    missing = [kind for kind, question in _EFFORT if question.id not in answers and evidence[kind] > 0]
    if not missing:
        return ""
    one = len(missing) == 1
    points = [evidence[kind] for kind in missing]
    return rules.UNDER_EFFORT_NOT_GIVEN.format(
        types=_titles(missing).capitalize(),
        has="has" if one else "have",
        points=f"{points[0]} {_unit(points[0])}"
        if len(set(points)) == 1
        else f"{listed([str(p) for p in points])} points",
        each=" each" if len(points) > 1 and len(set(points)) == 1 else "",
        its="its" if one else "their",
        questions="question" if one else "questions",
        it="it" if one else "them",
    )


def _most_over_effort(answers: Mapping[str, str], evidence: Mapping[ScalingType, int]) -> list[ScalingType]:
    """The types given the most effort whose evidence exceeds it: not under-invested, but the verdict says so (a diff
    review: "no type has more evidence than the effort it got" was untrue of them)."""
    return [
        kind
        for kind, question in _EFFORT
        if answers.get(question.id) == rules.UNDER_NEVER_EFFORT
        and evidence[kind] > question.option(rules.UNDER_NEVER_EFFORT).effort
    ]


def _against_lead(answers: Mapping[str, str], under: ScalingType, lead: ScalingType, flagged: bool) -> str | None:
    """The exercise's check when the under-invested type is not the lead; None when they agree. When the blocked
    deals lead over the failure named, the failure did not put the lead there, and the reader has weighed the
    failure's type against the deals already. ``flagged``: the result shows a flag."""
    if under is lead:
        return None
    named = _named(answers)
    if named is None:
        _, rule, pain = _lead_basis(answers)
        # The lead's evidence ties with the under-invested type's: the default sequence, not an answer, put it first.
        defaulted = rule is None and pain is not None and pain[under] == pain[lead]
        text = rules.UNDER_AGAINST_UNSURE_DEFAULT if defaulted else rules.UNDER_AGAINST_UNSURE
        return text.format(under=under.title, lead_lower=lead.title.lower())
    fill = {
        "failure": _failure_words(answers),
        "lead_lower": lead.title.lower(),
        "under": under.title,
        "under_lower": under.title.lower(),
    }
    if _deals_over_named(answers):
        return (rules.UNDER_AGAINST_DEALS_PRICED if under is named else rules.UNDER_AGAINST_DEALS).format(**fill)
    priced = under is rules.DEALS_OVER_NAMED.lead and _holds((rules.DEALS_BLOCKED, rules.OTHER_COSTS_MORE), answers)
    # Not under a flag, which questions that pricing (a diff review: "You have priced the two already" under "If
    # governance, trust and permissions cost you most, user scaling would lead").
    if priced and not flagged:
        return rules.UNDER_AGAINST_NAMED_PRICED.format(**fill)
    return rules.UNDER_AGAINST_NAMED.format(**fill)


def _left_out(numbers: Sequence[int]) -> str:
    """What the verdict says of complaints left out for their length: a reader's review found the verdict turned to
    another type, with nothing next to it saying the first complaint was not weighed."""
    many = len(numbers) > 1
    return rules.UNDER_LEFT_OUT.format(
        which="complaints" if many else "complaint",
        numbers=ordinals(numbers),
        limit=MAX_COMPLAINT_CHARS,
        them="them" if many else "it",
    )


def _under_invested(
    answers: Mapping[str, str],
    evidence: Mapping[ScalingType, int],
    exercise: Triage | None,
    lead: ScalingType,
    left_out: Sequence[int],
    *,
    flagged: bool,
) -> UnderInvested:
    """One verdict, what it says of more than one type given most of the effort, and the complaints left out for their
    length: the complaints decide when any is categorised, otherwise the answers' evidence net of effort.
    ``flagged``: the result shows a flag."""
    verdict = _verdict(answers, evidence, exercise, lead, flagged)
    added = _added(answers, left_out)
    return dataclasses.replace(verdict, text=verdict.text + added) if added else verdict


def _added(answers: Mapping[str, str], left_out: Sequence[int]) -> str:
    """What a verdict adds, with or without a recommendation: more than one type said to have got most of the effort,
    and the complaints left out for their length."""
    most = [kind for kind, question in _EFFORT if answers.get(question.id) == rules.UNDER_NEVER_EFFORT]
    return (rules.UNDER_MOST_TWICE.format(types=_titles(most)) if len(most) > 1 else "") + (
        _left_out(left_out) if left_out else ""
    )


def _by_complaints(exercise: Triage | None) -> tuple[ScalingType | None, str] | None:
    """The complaints' own verdict and its sentence, when any complaint is categorised: the type they name (None when
    each type they point at got most of last quarter's effort); else None."""
    if exercise is None:
        return None
    if exercise.under_invested is not None:
        why = exercise.reason.removeprefix(f"{exercise.under_invested.value}: ")
        return exercise.under_invested, rules.UNDER_COMPLAINTS.format(type=exercise.under_invested.title, why=why)
    if any(tally.complaint_weight for tally in exercise.tallies):
        return None, rules.UNDER_NONE_COMPLAINTS.format(why=exercise.reason)
    return None


def under_invested_before_lead(
    exercise: Triage, answers: Mapping[str, str], left_out: Sequence[int] = ()
) -> UnderInvested | None:
    """The complaints' verdict while the deciding question is unanswered (the exercise on its own: list, categorise,
    find the type under-invested in), or None when no complaint is categorised; with what the recommendation's adds
    of the effort ``answers`` and the complaints ``left_out``. Once it is answered, the recommendation's verdict
    weighs it with the answers and the lead."""
    found = _by_complaints(exercise)
    if found is None:
        return None
    kind, text = found
    text += rules.UNDER_BEFORE_LEAD + _added(answers, left_out)
    return UnderInvested(kind, "complaints", text, kind, None, None, None)


def _verdict(
    answers: Mapping[str, str],
    evidence: Mapping[ScalingType, int],
    exercise: Triage | None,
    lead: ScalingType,
    flagged: bool,
) -> UnderInvested:
    """One verdict: the complaints decide when any is categorised, otherwise the answers' evidence net of effort."""
    by_answers = _under_from_answers(answers, evidence)
    from_answers = by_answers[0] if by_answers else None
    by_complaints = _by_complaints(exercise)
    if by_complaints is not None:
        from_complaints, text = by_complaints
        # Another type by the answers is said; with none named by the complaints, any type the answers name is.
        other = (
            rules.UNDER_OTHER.format(other_lower=from_answers.title.lower())
            if from_answers is not None and from_answers is not from_complaints
            else None
        )
        against = _against_lead(answers, from_complaints, lead, flagged) if from_complaints is not None else None
        return UnderInvested(from_complaints, "complaints", text, from_complaints, from_answers, other, against)
    if by_answers is not None:
        kind, points, effort = by_answers
        text = rules.UNDER_ANSWERS.format(type=kind.title, points=points, unit=_unit(points), effort=effort)
        text += _effort_not_given(answers, evidence)
        return UnderInvested(kind, "answers", text, None, kind, None, _against_lead(answers, kind, lead, flagged))
    over = _most_over_effort(answers, evidence)
    if over:
        one = len(over) == 1
        text = rules.UNDER_NONE_MOST.format(
            types=_titles(over),
            has="has" if one else "have",
            points=", ".join(f"{evidence[kind]} {_unit(evidence[kind])}" for kind in over),
            it="it" if one else "they",
        )
    elif effort_given(answers) is not None:
        text = rules.UNDER_NONE_ANSWERS.format(figures=_effort_figures(answers, evidence))
    else:
        text = rules.UNDER_NONE_COMPLAINTS.format(why=exercise.reason) if exercise is not None else rules.UNDER_UNKNOWN
        return UnderInvested(None, None, text, None, None, None, None)
    # A verdict of the answers' effort names each type it could not weigh, as the verdict of the answers above does.
    return UnderInvested(None, None, text + _effort_not_given(answers, evidence), None, None, None, None)


def _watch(answers: Mapping[str, str], kind: ScalingType) -> Watch:
    """What fails when ``kind`` is left for later, and the answer that says it already hurts, if one does."""
    now = None
    if _DECIDING.option(answers[_DECIDING.id]).names is kind:
        now = rules.WATCH_NAMED.format(failure=_failure_words(answers))
    else:
        said = (text for when, about, text in rules.WATCH_ANSWERS if about is kind and _holds((when,), answers))
        now = next(said, None)
    if now is None and answers.get(_FREQUENCY[kind].id) == "weekly":
        now = rules.WATCH_WEEKLY.format(pain=rules.PAIN_WORDS[kind])
    return Watch(kind, GUIDANCE[kind].ignored, now)


def _comfort(answers: Mapping[str, str], lead: ScalingType) -> str | None:
    """One sentence when the work the team reaches for first is not the lead (it never changes the lead)."""
    comfort = _COMFORT.option(answers[_COMFORT.id]).names if _COMFORT.id in answers else None
    if comfort is None or comfort is lead:
        return None
    if _named(answers) is None:
        said = rules.COMFORT_UNSURE
    elif _deals_over_named(answers) and comfort is _named(answers):
        said = rules.COMFORT_NAMED
    else:
        said = rules.COMFORT_DIFFERS
    return said.format(comfort_work=rules.COMFORT_WORK[comfort], lead_lower=lead.title.lower())


# ---------------------------------------------------------------------------------------------
# The recommendation
# ---------------------------------------------------------------------------------------------


def recommend(
    answers: Mapping[str, str],
    complaints: Sequence[str] = (),
    overrides: Mapping[int, str] | None = None,
    *,
    numbers: Sequence[int] | None = None,
    left_out: Sequence[int] = (),
    kept: Mapping[str, str] | None = None,
) -> Recommendation:
    """Answers ``{question_id: option_id}`` in (and, optionally, the reader's complaints), the explained result out.

    ``complaints``: up to five complaints, the worst first, ``overrides`` the reader's own type for some of them by
    0-based index, and ``numbers`` the numbers the reader knows them by, as ``triage`` takes them; they decide the
    under-invested verdict when any is categorised (overrides or numbers without complaints are refused, not
    dropped). ``left_out``: the numbers of complaints the reader wrote that
    are too long to categorise (the questionnaire's boxes over the limit), which the verdict names. ``kept``: the
    page's answers to questions not asked with these (``session.py``), which only the words of what would change the
    lead take into account. Deterministic:
    the same input gives an equal result. Bad input raises a ``DecisionEngineError``.
    """
    valid = validate_answers(answers)
    # The kept answers name questions and options too (a CLI review: a number gave a traceback, unknown ids passed).
    kept = check_answer_ids(kept) if kept is not None else {}
    if not complaints and (overrides or numbers):
        # Said, not dropped (a CLI review: the command line refuses the same input).
        given = "overrides" if overrides else "numbers"
        raise TriageInputError(f"{given} were given for the complaints, and there are none: pass the complaints too")
    exercise = triage(complaints, effort_given(valid), overrides, numbers=numbers) if complaints else None
    left_out = check_left_out(left_out, [item.number for item in exercise.complaints] if exercise else [])
    decision = _decide(valid)
    lead = decision.order[0]
    evidence = _points(valid, _EVIDENCE_KINDS)
    flags, unshown = _flags(valid, lead, _conflicts(valid))
    guidance = GUIDANCE[lead]
    option = _DECIDING.option(valid[_DECIDING.id])
    return Recommendation(
        headline=rules.HEADLINE.format(lead_lower=lead.title.lower()),
        lead=lead,
        failure_mode=FailureMode(option.id, option.label, stated=not option.unsure),
        sequence=InvestmentSequence(decision.order, decision.reasons),
        evidence=_evidence(evidence, decision),
        flags=flags,
        would_change=_would_change(valid, lead, kept),
        confidence=_confidence(valid, flags, unshown),
        comfort=_comfort(valid, lead),
        trade_off=TradeOff(lead, guidance.trade_off, guidance.keep_in_check),
        first_actions=guidance.first_actions,
        watch=tuple(_watch(valid, kind) for kind in decision.order[1:]),
        rationale=_rationale(valid),
        under_invested=_under_invested(valid, evidence, exercise, lead, left_out, flagged=bool(flags)),
        exercise=exercise,
        asked=_asked(valid),
        answers=MappingProxyType(valid),
        rubric_version=rules.RUBRIC_VERSION,
    )


# ---------------------------------------------------------------------------------------------
# The rubric: its fingerprint, and a check that the data hangs together
# ---------------------------------------------------------------------------------------------


def _rubric_data() -> dict[str, object]:
    """Everything that decides a result (ids, kinds, conditions, points, rules), without the texts."""
    return {
        "questions": [
            {
                "id": question.id,
                "kind": question.kind.value,
                "about": question.about.value if question.about else None,
                "asked_when": _conditions(question.asked_when),
                "options": [
                    {
                        "id": option.id,
                        "unsure": option.unsure,
                        "effort": option.effort,
                        "names": option.names.value if option.names else None,
                        "effects": [[effect.type.value, effect.points] for effect in option.effects],
                    }
                    for option in question.options
                ],
            }
            for question in QUESTIONS
        ],
        "default_sequence": [kind.value for kind in rules.DEFAULT_SEQUENCE],
        "lead_rules": [
            [rule.id, _conditions(rule.when), rule.lead.value, rule.then_named] for rule in rules.LEAD_RULES
        ],
        "unsure_lead_from": [kind.value for kind in rules.UNSURE_LEAD_FROM],
        "next_rules": [[rule.id, _conditions(rule.when), rule.type.value] for rule in rules.NEXT_RULES],
        "flags": {
            "rarely": rules.RARELY,
            "weekly": rules.WEEKLY,
            "rarely_exempt_when_blocked": [kind.value for kind in rules.RARELY_EXEMPT_WHEN_BLOCKED],
            "unsure_weekly_types": [kind.value for kind in rules.UNSURE_WEEKLY_TYPES],
            "other_costs_more": _conditions((rules.OTHER_COSTS_MORE,)),
            "ids": [
                rules.FLAG_NAMED_RARELY,
                rules.FLAG_OTHER_WEEKLY,
                rules.FLAG_UNSURE_WEEKLY,
                rules.FLAG_DEALS_OVER_WEEKLY,
            ],
        },
        "evidence_kinds": [kind.value for kind in _EVIDENCE_KINDS],
        "under_never_effort": rules.UNDER_NEVER_EFFORT,
    }


def _conditions(conditions: tuple[Condition, ...]) -> list[list[object]]:
    return [[condition.question, list(condition.options)] for condition in conditions]


def rubric_fingerprint() -> str:
    """A short hash of the rubric (questions, points, rules); a change needs a new RUBRIC_VERSION."""
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


_ONE_EACH = (QuestionKind.DECIDING, QuestionKind.FOLLOW_UP, QuestionKind.COMFORT)
_ABOUT_A_TYPE = (QuestionKind.FREQUENCY, QuestionKind.EFFORT)
_NAMING = (QuestionKind.DECIDING, QuestionKind.COMFORT)


def _question_problems(questions: tuple[Question, ...]) -> list[str]:
    problems = []
    if len({question.id for question in questions}) != len(questions):
        problems.append("question ids are not unique")
    problems.extend(
        f"there must be exactly one {kind.value} question"
        for kind in _ONE_EACH
        if sum(1 for question in questions if question.kind is kind) != 1
    )
    for kind in _ABOUT_A_TYPE:
        about = sorted(question.about.value for question in questions if question.kind is kind and question.about)
        if about != sorted(t.value for t in ScalingType):
            problems.append(f"there must be one {kind.value} question about each type, got {about}")
    earlier: set[str] = set()
    for question in questions:
        problems.extend(_one_question_problems(question))
        problems.extend(
            f"question {question.id!r}: answer {option.id!r} stands for {option.stands_for!r}, not a question before it"
            for option in question.options
            if option.stands_for is not None and option.stands_for not in earlier
        )
        earlier.add(question.id)
    return problems


def _one_question_problems(question: Question) -> list[str]:
    problems = []
    if len(set(question.option_ids)) != len(question.options):
        problems.append(f"question {question.id!r}: option ids are not unique")
    if (question.kind in _ABOUT_A_TYPE) != (question.about is not None):
        problems.append(f"question {question.id!r}: frequency and effort questions, and only they, name their type")
    if question.kind not in (QuestionKind.FREQUENCY, QuestionKind.CONTEXT) and any(o.effects for o in question.options):
        problems.append(f"question {question.id!r}: only frequency and context answers move evidence")
    if question.kind in _NAMING and any((o.names is None) != o.unsure for o in question.options):
        problems.append(f"question {question.id!r}: every answer but 'Not sure' names a type")
    if question.kind not in _NAMING and any(o.names is not None for o in question.options):
        problems.append(f"question {question.id!r}: only the deciding and comfort questions name types")
    if (question.kind is QuestionKind.FOLLOW_UP) != bool(question.asked_when):
        problems.append(f"question {question.id!r}: the follow-up, and only it, is asked on conditions")
    return problems


def _guidance_problems(guidance: Mapping[ScalingType, Guidance]) -> list[str]:
    problems = [f"no guidance for {kind.value}" for kind in ScalingType if kind not in guidance]
    for kind, entry in guidance.items():
        examples = {example.id for example in entry.examples}
        problems.extend(
            f"guidance {kind.value}: first action names unknown example {action.example!r}"
            for action in entry.first_actions
            if action.example is not None and action.example not in examples
        )
        problems.extend(
            f"guidance {kind.value}: first action's bold words {action.bold!r} do not start its text"
            for action in entry.first_actions
            if not action.bold or not action.text.startswith(action.bold)
        )
    return problems


def _text_problems(
    questions: tuple[Question, ...], lead_rules: tuple[LeadRule, ...], next_rules: tuple[NextRule, ...]
) -> list[str]:
    deciding = [q for q in questions if q.kind is QuestionKind.DECIDING]
    named = {option.id for question in deciding for option in question.options if not option.unsure}
    problems = (
        [] if set(rules.FAILURE_WORDS) == named else ["FAILURE_WORDS must name each deciding answer but 'Not sure'"]
    )
    problems.extend(
        f"lead rule {rule.id!r} has no role text" for rule in lead_rules if rule.id not in rules.ROLE_LEAD_RULE_WHY
    )
    problems.extend(
        f"next rule {rule.id!r} has no role text" for rule in next_rules if rule.id not in rules.ROLE_NEXT_RULE_WHY
    )
    return problems


def check_rubric(
    questions: tuple[Question, ...] = QUESTIONS,
    lead_rules: tuple[LeadRule, ...] = rules.LEAD_RULES,
    next_rules: tuple[NextRule, ...] = rules.NEXT_RULES,
    guidance: Mapping[ScalingType, Guidance] = GUIDANCE,
) -> list[str]:
    """Problems in the data (empty when sound): every rule names a real question and option, and so on."""
    by_id = {question.id: question for question in questions}
    problems = _question_problems(questions)
    for question in questions:
        problems.extend(_condition_problems(f"question {question.id!r}", question.asked_when, by_id))
    for lead_rule in lead_rules:
        problems.extend(_condition_problems(f"lead rule {lead_rule.id!r}", lead_rule.when, by_id))
    for next_rule in next_rules:
        problems.extend(_condition_problems(f"next rule {next_rule.id!r}", next_rule.when, by_id))
    problems.extend(_guidance_problems(guidance))
    problems.extend(_text_problems(questions, lead_rules, next_rules))
    return problems
