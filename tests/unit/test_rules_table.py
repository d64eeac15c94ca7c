"""The rule table (tests/support/rule_table.py): answers in, the lead out; effort never changes the lead."""

from __future__ import annotations

import itertools

import pytest

from decision_engine import RationaleItem, ScalingType, recommend
from decision_engine.rules import NOTES
from tests.support.rule_table import PROCESS, RULE_TABLE, TECHNICAL, USER

EFFORT_QUESTIONS = ("effort_technical", "effort_process", "effort_user")
EFFORT_LEVELS = ("none", "some", "most")


@pytest.mark.parametrize(("answers", "lead"), [row[1:] for row in RULE_TABLE], ids=[row[0] for row in RULE_TABLE])
def test_rule_table(answers: dict[str, str], lead: ScalingType) -> None:
    """Each row of the rule table gives its lead."""
    assert recommend(answers).lead is lead


def test_not_sure_alone_falls_back_to_the_default_sequence_with_low_confidence() -> None:
    """'Not sure' alone: all three tie at 0, technical leads on the default sequence, confidence is low."""
    rec = recommend({"failure_mode": "not_sure"})
    assert [(ranked.type, ranked.score) for ranked in rec.ranking] == [(TECHNICAL, 0), (PROCESS, 0), (USER, 0)]
    assert rec.sequence.order == (TECHNICAL, PROCESS, USER)
    assert (rec.confidence.level, rec.confidence.score) == ("low", 5)
    assert [item.rule for item in rec.rationale] == ["tie_break"]


def test_outages_weekly_with_deals_blocked_says_why_stability_still_leads() -> None:
    """Outages weekly outweigh blocked deals; the rationale carries the stability note and user comes next."""
    rec = recommend({"failure_mode": "outages", "deals_blocked": "yes", "freq_outages": "weekly"})
    stability = next(note for note in NOTES if note.id == "stability_first")
    assert rec.rationale[-1] == RationaleItem(stability.text, rule="stability_first")
    assert "stability still leads" in stability.text
    assert [(ranked.type, ranked.score) for ranked in rec.ranking] == [(TECHNICAL, 5), (USER, 2), (PROCESS, 0)]
    assert rec.sequence.order == (TECHNICAL, USER, PROCESS)


def test_outages_going_upmarket_ranks_user_second() -> None:
    """Going upmarket adds user evidence: technical leads, user is second in the ranking and the sequence."""
    rec = recommend({"failure_mode": "outages", "adoption": "upmarket"})
    assert [(ranked.type, ranked.score) for ranked in rec.ranking] == [(TECHNICAL, 3), (USER, 2), (PROCESS, 0)]
    assert rec.sequence.order == (TECHNICAL, USER, PROCESS)


@pytest.mark.parametrize(("answers", "lead"), [row[1:] for row in RULE_TABLE], ids=[row[0] for row in RULE_TABLE])
def test_effort_answers_never_change_the_lead(answers: dict[str, str], lead: ScalingType) -> None:
    """Every combination of effort answers (including none) leaves lead, ranking and sequence as they were."""
    base = recommend(answers)
    for count in range(1, 4):
        for questions in itertools.combinations(EFFORT_QUESTIONS, count):
            for levels in itertools.product(EFFORT_LEVELS, repeat=count):
                rec = recommend({**answers, **dict(zip(questions, levels, strict=True))})
                assert (rec.lead, rec.ranking, rec.sequence) == (lead, base.ranking, base.sequence)


def test_effort_answers_change_the_under_invested_note() -> None:
    """The same context with different effort answers names different under-invested types."""
    answers = {"failure_mode": "outages", "deals_blocked": "yes", "freq_outages": "weekly"}
    none_on_user = recommend({**answers, "effort_technical": "most", "effort_user": "none"}).under_invested
    none_on_technical = recommend({**answers, "effort_technical": "none", "effort_user": "none"}).under_invested
    assert none_on_user is not None
    assert none_on_technical is not None
    assert (none_on_user.type, none_on_technical.type) == (USER, TECHNICAL)
