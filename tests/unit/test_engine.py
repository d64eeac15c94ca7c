"""recommend(): the whole result, the sequence, confidence, the under-invested note, and the rubric data."""

from __future__ import annotations

import dataclasses
from types import MappingProxyType

import pytest

from decision_engine import (
    GUIDANCE,
    QUESTIONS,
    RUBRIC_VERSION,
    Confidence,
    ConfidenceReason,
    FailureMode,
    Ranked,
    RationaleItem,
    Recommendation,
    ScalingType,
    Sequence,
    TradeOff,
    UnderInvested,
    Watch,
    check_rubric,
    engine,
    recommend,
    rubric_fingerprint,
)
from decision_engine.model import Action, Condition, Effect, Example, Guidance, Note, Question, SequenceRule
from decision_engine.rules import DEFAULT_ORDER_REASON, NOTES, SEQUENCE_RULES

TECHNICAL, PROCESS, USER = ScalingType.TECHNICAL, ScalingType.PROCESS, ScalingType.USER

#: The rubric's fingerprint for each rubric version. When a test below fails because the fingerprint
#: changed, bump RUBRIC_VERSION in decision_engine/rules.py and add the new pair here: share links
#: made with the old rubric must be able to tell that the result may differ.
RUBRIC_FINGERPRINTS = {
    "1": "d6c49cef32da9d0f",
}


def _rule(rec: Recommendation, rule_id: str) -> str:
    return next(item.text for item in rec.rationale if item.rule == rule_id)


def test_outages_alone_gives_the_whole_technical_recommendation() -> None:
    """Only the deciding question answered: every part of the result, drawn from the rubric's data."""
    technical = GUIDANCE[TECHNICAL]
    outages = QUESTIONS[0].option("outages")
    assert recommend({"failure_mode": "outages"}) == Recommendation(
        headline="Invest in technical scaling first.",
        lead=TECHNICAL,
        ranking=(Ranked(TECHNICAL, 3), Ranked(PROCESS, 0), Ranked(USER, 0)),
        failure_mode=FailureMode("outages", "Outages / latency", stated=True),
        sequence=Sequence(
            (TECHNICAL, PROCESS, USER),
            ("Technical scaling leads: it has the most evidence (3 points).", DEFAULT_ORDER_REASON),
        ),
        trade_off=TradeOff(TECHNICAL, technical.trade_off, technical.keep_in_check),
        first_actions=technical.first_actions,
        watch=(Watch(PROCESS, GUIDANCE[PROCESS].ignored), Watch(USER, GUIDANCE[USER].ignored)),
        rationale=(RationaleItem(outages.effects[0].rationale, 3, TECHNICAL, "failure_mode", "outages"),),
        confidence=Confidence(70, "medium", (ConfidenceReason(-30, "5 context questions were left unanswered."),)),
        under_invested=None,
        answers=MappingProxyType({"failure_mode": "outages"}),
        rubric_version=RUBRIC_VERSION,
    )


def test_answers_come_back_in_questionnaire_order() -> None:
    """The validated answers are echoed in the questionnaire's order, whatever order they came in."""
    rec = recommend({"effort_user": "some", "adoption": "mid_market", "failure_mode": "regressions"})
    assert list(rec.answers.items()) == [
        ("failure_mode", "regressions"),
        ("adoption", "mid_market"),
        ("effort_user", "some"),
    ]


def test_one_answer_can_move_two_types_and_each_move_is_a_rationale_line() -> None:
    """Mid-market adoption adds a point to process and to user, each with its own rationale line."""
    rec = recommend({"failure_mode": "outages", "adoption": "mid_market"})
    moves = [(item.question, item.option, item.type, item.points) for item in rec.rationale]
    assert moves == [
        ("failure_mode", "outages", TECHNICAL, 3),
        ("adoption", "mid_market", PROCESS, 1),
        ("adoption", "mid_market", USER, 1),
    ]
    assert rec.ranking == (Ranked(TECHNICAL, 3), Ranked(PROCESS, 1), Ranked(USER, 1))


def test_context_that_outweighs_the_named_failure_mode_is_explained() -> None:
    """Outages that rarely hurt plus blocked deals: user leads, and the rationale says it overrules the answer."""
    rec = recommend({"failure_mode": "outages", "deals_blocked": "yes", "freq_outages": "rarely"})
    assert rec.lead is USER
    assert _rule(rec, "overruled") == (
        "User scaling leads although you named Outages / latency as the most expensive failure mode: your other "
        "answers add up to more evidence for it (2 points against 1 for technical scaling)."
    )
    assert [item.rule for item in rec.rationale if item.rule] == ["overruled", "controls_first"]


def test_a_named_failure_mode_that_only_ties_gets_the_tie_break_line() -> None:
    """Regressions named but rarely hurting (1 point) tie with monthly outages (1 point): tie-break, no overrule."""
    rec = recommend({"failure_mode": "regressions", "freq_regressions": "rarely", "freq_outages": "monthly"})
    assert rec.ranking == (Ranked(TECHNICAL, 1), Ranked(PROCESS, 1), Ranked(USER, 0))
    assert [item.rule for item in rec.rationale if item.rule] == ["tie_break"]


def test_notes_explain_only_an_outright_lead() -> None:
    """Deals blocked but technical leads only on the tie-break: no 'stability still leads' note."""
    rec = recommend({"failure_mode": "not_sure", "deals_blocked": "yes", "freq_outages": "weekly"})
    assert rec.ranking == (Ranked(TECHNICAL, 2), Ranked(USER, 2), Ranked(PROCESS, 0))
    assert [item.rule for item in rec.rationale if item.rule] == ["tie_break"]


def test_regressions_with_deals_blocked_explain_why_delivery_still_leads() -> None:
    """Regressions weekly outweigh blocked deals: the delivery note, and technical before user in the sequence."""
    rec = recommend({"failure_mode": "regressions", "deals_blocked": "yes", "freq_regressions": "weekly"})
    assert [item.rule for item in rec.rationale if item.rule] == ["delivery_first"]
    assert rec.sequence.order == (PROCESS, TECHNICAL, USER)
    assert rec.sequence.reasons == ("Process scaling leads: it has the most evidence (5 points).", DEFAULT_ORDER_REASON)


def test_a_tie_is_broken_by_the_default_sequence_and_said_so() -> None:
    """Process and user tie at 3: process leads (default sequence) and the tie-break is in the rationale."""
    rec = recommend({"failure_mode": "regressions", "adoption": "upmarket", "freq_governance": "monthly"})
    assert rec.ranking == (Ranked(PROCESS, 3), Ranked(USER, 3), Ranked(TECHNICAL, 0))
    expected = (
        "Process scaling and user scaling tie at 3 points; the default sequence (technical, then process, then "
        "user) breaks the tie, so process scaling leads."
    )
    assert _rule(rec, "tie_break") == expected
    assert rec.sequence.reasons == (expected, DEFAULT_ORDER_REASON)


def test_a_three_way_tie_names_all_three() -> None:
    """All three at one point: the tie-break line names the three types."""
    rec = recommend({"failure_mode": "not_sure", "freq_outages": "monthly", "adoption": "mid_market"})
    assert _rule(rec, "tie_break").startswith("Technical scaling, process scaling and user scaling tie at 1 point;")


@pytest.mark.parametrize(
    ("answers", "order", "rule_texts"),
    [
        ({"failure_mode": "outages", "deals_blocked": "yes"}, (TECHNICAL, USER, PROCESS), [0]),
        ({"failure_mode": "outages", "adoption": "upmarket"}, (TECHNICAL, USER, PROCESS), [1]),
        (
            {"failure_mode": "outages", "deals_blocked": "yes", "adoption": "upmarket", "freq_outages": "weekly"},
            (TECHNICAL, USER, PROCESS),
            [0, 1],
        ),
        ({"failure_mode": "governance", "deals_blocked": "yes"}, (USER, TECHNICAL, PROCESS), []),
        ({"failure_mode": "regressions", "adoption": "upmarket"}, (PROCESS, TECHNICAL, USER), []),
    ],
    ids=["deals blocked", "upmarket", "both", "user leads", "process leads"],
)
def test_sequence_moves_user_ahead_of_process_when_deals_are_blocked_or_going_upmarket(
    answers: dict[str, str], order: tuple[ScalingType, ...], rule_texts: list[int]
) -> None:
    """The lead, then the default order; user moves ahead of process for each sequence rule that applies."""
    sequence = recommend(answers).sequence
    assert sequence.order == order
    expected = [SEQUENCE_RULES[index].text for index in rule_texts] or [DEFAULT_ORDER_REASON]
    assert list(sequence.reasons[1:]) == expected


def test_every_answer_counted_gives_full_confidence() -> None:
    """All context questions answered, no 'Not sure' and a clear margin: 100, high, no reasons."""
    answers = {
        "failure_mode": "outages",
        "deals_blocked": "no",
        "adoption": "same_customers",
        "freq_outages": "weekly",
        "freq_regressions": "rarely",
        "freq_governance": "rarely",
    }
    assert recommend(answers).confidence == Confidence(100, "high", ())


def test_confidence_drops_for_not_sure_unanswered_and_near_ties() -> None:
    """Each kind of doubt costs its points, listed with a reason: 100 - 20 - 12 - 15 = 53, medium."""
    answers = {
        "failure_mode": "outages",
        "deals_blocked": "not_sure",
        "adoption": "not_sure",
        "freq_regressions": "weekly",
    }
    assert recommend(answers).confidence == Confidence(
        53,
        "medium",
        (
            ConfidenceReason(-20, "2 other answers were 'Not sure'."),
            ConfidenceReason(-12, "2 context questions were left unanswered."),
            ConfidenceReason(-15, "The top two types are only 1 point apart."),
        ),
    )


def test_confidence_levels() -> None:
    """One 'Not sure' and four unanswered is medium (66); 'Not sure' of the failure mode is low (41)."""
    medium = recommend({"failure_mode": "outages", "deals_blocked": "not_sure"}).confidence
    assert medium == Confidence(
        66,
        "medium",
        (
            ConfidenceReason(-10, "1 other answer was 'Not sure'."),
            ConfidenceReason(-24, "4 context questions were left unanswered."),
        ),
    )
    low = recommend({"failure_mode": "not_sure", "deals_blocked": "yes"}).confidence
    assert low == Confidence(
        41,
        "low",
        (
            ConfidenceReason(-35, "You were not sure of the most expensive failure mode."),
            ConfidenceReason(-24, "4 context questions were left unanswered."),
        ),
    )


def test_not_sure_of_the_failure_mode_names_the_one_the_evidence_points_to() -> None:
    """'Not sure' with blocked deals: the failure mode named is governance, marked as not stated."""
    rec = recommend({"failure_mode": "not_sure", "deals_blocked": "yes"})
    assert rec.failure_mode == FailureMode("governance", "Governance / trust / permissions", stated=False)


def test_no_under_invested_note_without_effort_answers() -> None:
    """Effort unanswered: no under-invested type, whatever the evidence."""
    assert recommend({"failure_mode": "governance", "freq_governance": "weekly"}).under_invested is None


def test_under_invested_is_the_largest_gap_between_evidence_and_effort() -> None:
    """User: 5 points, no effort (gap 5) beats technical: 3 points, no effort (gap 3)."""
    rec = recommend(
        {
            "failure_mode": "governance",
            "deals_blocked": "yes",
            "freq_outages": "weekly",
            "effort_technical": "none",
            "effort_process": "none",
            "effort_user": "none",
        }
    )
    assert rec.under_invested == UnderInvested(
        USER,
        5,
        "none",
        5,
        "User scaling has 5 points of evidence but got none of last quarter's effort: of the types whose effort you "
        "gave, it is the most under-invested.",
    )


def test_under_invested_ties_go_to_the_default_sequence() -> None:
    """Technical and user both 3 points against some effort (gap 1 each): technical is named."""
    rec = recommend(
        {
            "failure_mode": "outages",
            "deals_blocked": "yes",
            "freq_governance": "monthly",
            "effort_technical": "some",
            "effort_user": "some",
        }
    )
    assert rec.under_invested == UnderInvested(
        TECHNICAL,
        3,
        "some",
        1,
        "Technical scaling has 3 points of evidence but got some of last quarter's effort: of the types whose effort "
        "you gave, it is the most under-invested.",
    )


def test_no_type_is_under_invested_when_effort_covers_the_evidence() -> None:
    """Most of the effort went to the only type with evidence: nothing is under-invested."""
    assert (
        recommend({"failure_mode": "outages", "effort_technical": "most", "effort_user": "none"}).under_invested is None
    )


def test_the_rubric_data_is_sound() -> None:
    """Every rule names a real question and option, ids are unique, and first actions name real examples."""
    assert check_rubric() == []


def test_check_rubric_finds_every_kind_of_problem() -> None:
    """Broken data: each problem is reported, naming the rule, question or example at fault."""
    first = QUESTIONS[0]
    effort = QUESTIONS[-1]
    questions = (
        first,
        dataclasses.replace(first, id="second_deciding", options=(*first.options, first.options[0])),
        dataclasses.replace(effort, about=None),
        dataclasses.replace(
            effort,
            id="effort_moves",
            options=(dataclasses.replace(effort.options[0], effects=(Effect(USER, 1, "x"),)),),
        ),
        first,
    )
    notes = (Note("bad_note", (Condition("nope", ("yes",)), Condition("failure_mode", ("maybe",))), TECHNICAL, "x"),)
    rules = (SequenceRule("bad_rule", (Condition("gone", ("x",)),), USER, PROCESS, "x"),)
    guidance = {
        TECHNICAL: Guidance(TECHNICAL, "f", (Example("caching", "Caching", "s"),), "t", "k", (), (Action("nope", "x"),))
    }
    assert check_rubric(questions, notes, rules, guidance) == [
        "question ids are not unique",
        "there must be exactly one deciding question",
        "question 'second_deciding': option ids are not unique",
        "question 'effort_user': effort questions, and only they, name the type they are about",
        "question 'effort_moves': effort answers must not move evidence",
        "note 'bad_note': unknown question 'nope'",
        "note 'bad_note': question 'failure_mode' has no option 'maybe'",
        "sequence rule 'bad_rule': unknown question 'gone'",
        "no guidance for process",
        "no guidance for user",
        "guidance technical: first action names unknown example 'nope'",
    ]


def test_rubric_fingerprint_is_recorded_for_the_rubric_version() -> None:
    """A change to questions, weights or rules without a new RUBRIC_VERSION fails here."""
    assert RUBRIC_FINGERPRINTS.get(RUBRIC_VERSION) == rubric_fingerprint(), (
        f"the rubric changed (fingerprint {rubric_fingerprint()}): bump RUBRIC_VERSION in decision_engine/rules.py "
        "and record the new fingerprint in RUBRIC_FINGERPRINTS"
    )


def test_rubric_fingerprint_follows_weights_not_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Changing a point value changes the fingerprint; rewording a rationale does not."""
    before = rubric_fingerprint()
    first = QUESTIONS[0]
    outages = first.options[0]

    def with_effect(effect: Effect) -> tuple[Question, ...]:
        option = dataclasses.replace(outages, effects=(effect,))
        return (dataclasses.replace(first, options=(option, *first.options[1:])), *QUESTIONS[1:])

    monkeypatch.setattr(
        engine, "QUESTIONS", with_effect(dataclasses.replace(outages.effects[0], rationale="Reworded."))
    )
    assert rubric_fingerprint() == before
    monkeypatch.setattr(engine, "QUESTIONS", with_effect(dataclasses.replace(outages.effects[0], points=4)))
    assert rubric_fingerprint() != before


def test_question_and_option_ids_are_the_published_ones() -> None:
    """Share links store these ids: changing one breaks old links, so it must be deliberate."""
    assert {question.id: question.option_ids for question in QUESTIONS} == {
        "failure_mode": ("outages", "regressions", "governance", "not_sure"),
        "deals_blocked": ("yes", "no", "not_sure"),
        "adoption": ("same_customers", "mid_market", "upmarket", "not_sure"),
        "freq_outages": ("weekly", "monthly", "rarely", "not_sure"),
        "freq_regressions": ("weekly", "monthly", "rarely", "not_sure"),
        "freq_governance": ("weekly", "monthly", "rarely", "not_sure"),
        "effort_technical": ("none", "some", "most"),
        "effort_process": ("none", "some", "most"),
        "effort_user": ("none", "some", "most"),
    }
    assert [question.id for question in QUESTIONS if question.required] == ["failure_mode"]
    assert [option.label for option in QUESTIONS[0].options] == [
        "Outages / latency",
        "Regressions / firefighting",
        "Governance / trust / permissions",
        "Not sure",
    ]


def test_guidance_examples_have_the_published_ids() -> None:
    """The fifteen examples, five per type, with the ids complaint cues refer to."""
    assert {kind.value: [example.id for example in entry.examples] for kind, entry in GUIDANCE.items()} == {
        "technical": ["caching", "indexing", "queueing", "retries", "cost_optimisation"],
        "process": ["release_trains", "quality_gates", "on_call", "runbooks", "postmortems"],
        "user": ["rbac", "audit_logs", "governance", "templates", "admin_controls"],
    }
    assert list(GUIDANCE) == [TECHNICAL, PROCESS, USER]


def test_notes_each_apply_to_one_lead() -> None:
    """The three deals-blocked notes: one per lead type."""
    assert [(note.id, note.lead) for note in NOTES] == [
        ("stability_first", TECHNICAL),
        ("delivery_first", PROCESS),
        ("controls_first", USER),
    ]
