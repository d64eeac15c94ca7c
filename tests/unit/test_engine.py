"""recommend(): the whole result, the sequence and its reasons, the verdict, and the rubric data."""

from __future__ import annotations

import dataclasses
import itertools
from types import MappingProxyType

import pytest

from decision_engine import (
    GUIDANCE,
    QUESTIONS,
    RUBRIC_VERSION,
    Confidence,
    Evidence,
    FailureMode,
    QuestionKind,
    Recommendation,
    ScalingType,
    Sequence,
    TradeOff,
    UnderInvested,
    Watch,
    WouldChange,
    check_rubric,
    engine,
    recommend,
    rubric_fingerprint,
    triage,
)
from decision_engine.engine import CONDITIONS_JOINER, condition_words, option_label
from decision_engine.model import Action, Condition, Effect, Example, Guidance, LeadRule, NextRule, Question
from decision_engine.report import result_sections
from decision_engine.rules import (
    COMFORT_DIFFERS,
    COMFORT_UNSURE,
    CONFIDENCE_TEXTS,
    CONFIDENCE_WORDS,
    REASON_FIRM,
    REASON_FIRM_DEALS,
    REASON_FIRM_DEALS_KEEP,
    REASON_FIRM_NAMED,
    REASON_FIRM_OPEN,
    REASON_FIRM_SAME_LEAD,
    SUMMARY_FIRM_OPEN,
    UNDER_UNKNOWN,
)

TECHNICAL, PROCESS, USER = ScalingType.TECHNICAL, ScalingType.PROCESS, ScalingType.USER

#: The rubric's fingerprint for each rubric version. When a test below fails because the fingerprint
#: changed, bump RUBRIC_VERSION in decision_engine/rules.py and add the new pair here: share links
#: made with the old rubric must be able to tell that the result may differ.
RUBRIC_FINGERPRINTS = {
    "1": "d6c49cef32da9d0f",
    "2": "798cb41c989c1b4c",
    "3": "240c9c7251294292",
    "4": "5d2c539a4862d29c",  # a type given "most" of the effort is never under-invested
}


def _open(count: int) -> str:
    """What a firm reason adds while questions that weigh in are unanswered or "Not sure"."""
    return REASON_FIRM_OPEN.format(count=count, are="is" if count == 1 else "are")


def test_outages_alone_gives_the_whole_technical_recommendation() -> None:
    """Only the deciding question answered: every part of the result, drawn from the rubric's data."""
    technical = GUIDANCE[TECHNICAL]
    assert recommend({"failure_mode": "outages"}) == Recommendation(
        headline="Invest in technical scaling first.",
        lead=TECHNICAL,
        failure_mode=FailureMode("outages", "Outages / latency", stated=True),
        sequence=Sequence(
            (TECHNICAL, PROCESS, USER),
            (
                "Technical scaling leads: you named outages and latency as the most expensive failure.",
                "Process scaling comes next: no answer counts for it or for user scaling, and the default sequence "
                "(technical, then process, then user) puts it before user scaling.",
                "User scaling comes last: no answer counts for it or for process scaling, and the default sequence "
                "puts it after process scaling.",
            ),
        ),
        evidence=(
            Evidence(TECHNICAL, 0, 1, "leads: you named it"),
            Evidence(PROCESS, 0, 2, "2nd"),
            Evidence(USER, 0, 3, "3rd"),
        ),
        flags=(),
        # No single answer; the blocked deals, said to cost more, would (the guide's exception).
        would_change=WouldChange(
            "No other single answer would change the lead, but two together would: if you answered “Yes” to “Are "
            "enterprise deals blocked on missing controls?” and then “The blocked deals” to “Which costs you more "
            "right now: the failure you named, or the blocked deals?”, user scaling would lead.",
            (),
        ),
        confidence=Confidence(
            "firm",
            "firm so far",
            CONFIDENCE_TEXTS["firm"],
            (REASON_FIRM + _open(5),),
            SUMMARY_FIRM_OPEN.format(count=5, questions="questions", weigh="weigh", are="are"),
        ),
        comfort=None,
        trade_off=TradeOff(TECHNICAL, technical.trade_off, technical.keep_in_check),
        first_actions=technical.first_actions,
        watch=(Watch(PROCESS, GUIDANCE[PROCESS].ignored), Watch(USER, GUIDANCE[USER].ignored)),
        rationale=(),
        under_invested=UnderInvested(None, None, UNDER_UNKNOWN, None, None, None, None),
        exercise=None,
        asked=tuple(q.id for q in QUESTIONS if q.id != "costs_more"),
        answers=MappingProxyType({"failure_mode": "outages"}),
        rubric_version=RUBRIC_VERSION,
    )


def test_answers_come_back_in_questionnaire_order() -> None:
    """The validated answers are echoed in the questionnaire's order, whatever order they came in."""
    rec = recommend({"effort_user": "none", "adoption": "upmarket", "failure_mode": "governance"})
    assert list(rec.answers) == ["failure_mode", "adoption", "effort_user"]


def test_one_answer_can_move_two_types_and_each_move_is_a_rationale_line() -> None:
    """Mid-market adoption adds a point to process and to user, each with its own rationale line."""
    rec = recommend({"failure_mode": "outages", "adoption": "mid_market"})
    assert [(item.type, item.points, item.question, item.option) for item in rec.rationale] == [
        (PROCESS, 1, "adoption", "mid_market"),
        (USER, 1, "adoption", "mid_market"),
    ]
    assert [(e.type, e.points) for e in rec.evidence] == [(TECHNICAL, 0), (PROCESS, 1), (USER, 1)]


def test_the_named_type_leads_against_more_evidence_for_another() -> None:
    """Regressions named, outages weekly: process leads with fewer points, and its role says why in words. The
    evidence comes in the sequence's order, lead first."""
    rec = recommend({"failure_mode": "regressions", "freq_outages": "weekly", "freq_regressions": "rarely"})
    assert rec.lead is PROCESS
    assert [(e.type, e.points, e.role) for e in rec.evidence] == [
        (PROCESS, -2, "leads: you named it"),
        (TECHNICAL, 2, "2nd"),
        (USER, 0, "3rd"),
    ]
    assert [e.type for e in rec.evidence] == list(rec.sequence.order)


def test_every_reason_is_true_of_the_sequence_shown() -> None:
    """One reason per place, each starting with that place's type; evidence decides after the rules."""
    rec = recommend({"failure_mode": "governance", "freq_regressions": "weekly", "freq_outages": "monthly"})
    assert rec.sequence.order == (USER, PROCESS, TECHNICAL)
    assert rec.sequence.reasons == (
        "User scaling leads: you named governance, trust and permissions as the most expensive failure.",
        "Process scaling comes next: it has more evidence (2 points) than technical scaling (1 point).",
        "Technical scaling comes last (1 point of evidence).",
    )
    for kind, reason in zip(rec.sequence.order, rec.sequence.reasons, strict=True):
        assert reason.startswith(kind.title)


def test_the_tie_break_is_said_once() -> None:
    """With every type at the same points and 'Not sure', the full tie-break sentence appears once in the result."""
    monthly = {f"freq_{pain}": "monthly" for pain in ("outages", "regressions", "governance")}
    rec = recommend({"failure_mode": "not_sure", **monthly})
    text = " ".join(rec.sequence.reasons)
    assert text.count("the default sequence (technical, then process, then user) breaks the tie") == 1
    assert rec.sequence.reasons[0].startswith("Technical scaling leads: you were not sure")
    assert (
        "all three types tie on how often their pain hurts: “About monthly” for each (1 point each)"
        in (rec.sequence.reasons[0])
    )


def test_a_tie_of_pains_said_to_hurt_rarely_names_the_answer() -> None:
    """A reader's review: "all three types tie on how often their pain hurts (-2 points)" read as a lead with
    negative evidence; the sentence names the answer each gave."""
    rarely = {f"freq_{pain}": "rarely" for pain in ("outages", "regressions", "governance")}
    rec = recommend({"failure_mode": "not_sure", **rarely})
    assert (
        "all three types tie on how often their pain hurts: “Rarely” for each (-2 points each); the default"
        in (rec.sequence.reasons[0])
    )


@pytest.mark.parametrize(
    ("frequencies", "pains", "lead"),
    [
        ({}, "any of the three pains hurts", ScalingType.TECHNICAL),
        (
            {"freq_outages": "not_sure", "freq_governance": "not_sure"},
            "any of the three pains hurts",
            ScalingType.TECHNICAL,
        ),
    ],
)
def test_a_tie_of_pains_nobody_rated_is_said_as_such(
    frequencies: dict[str, str], pains: str, lead: ScalingType
) -> None:
    """A reader's review: the one-question pages (no JavaScript) never ask how often each pain hurts, and their result
    said "all three types tie on how often their pain hurts (0 points)". Where no answer rates the tied pains, the
    result says so, and that the default sequence decides."""
    rec = recommend({"failure_mode": "not_sure", **frequencies})
    assert rec.lead is lead
    assert rec.sequence.reasons[0] == (
        f"{lead.title} leads: you were not sure of the most expensive failure, and no answer says how often "
        f"{pains}, so the default sequence (technical, then process, then user) decides."
    )
    # A diff review: not "all three tie on how often their pain hurts" where no answer says how often any does.
    assert rec.evidence[0].role == "leads: no answer says how often any pain hurts; first in the default sequence"


@pytest.mark.parametrize(
    ("frequencies", "below", "lead", "other"),
    [
        ({"freq_outages": "rarely"}, "outages or latency breaches", ScalingType.PROCESS, ScalingType.USER),
        ({"freq_regressions": "rarely"}, "regressions or firefighting", ScalingType.TECHNICAL, ScalingType.USER),
        (
            {"freq_governance": "rarely", "freq_outages": "not_sure"},
            "lost deals",
            ScalingType.TECHNICAL,
            ScalingType.PROCESS,
        ),
    ],
)
def test_a_tie_of_two_unrated_pains_names_the_pain_said_to_hurt_rarely(
    frequencies: dict[str, str], below: str, lead: ScalingType, other: ScalingType
) -> None:
    """A guide review: "Not sure" with outages said to hurt rarely gave process scaling the lead "so the default
    sequence (technical, then process, then user) decides", which starts with technical. The answer that put
    technical out of the tie is named, and the evidence says whom the lead ties with, and on what (a diff review:
    "first of the two tied" beside points that were not tied)."""
    rec = recommend({"failure_mode": "not_sure", **frequencies})
    assert rec.lead is lead
    reason = rec.sequence.reasons[0]
    assert reason.startswith(f"{lead.title} leads: you were not sure of the most expensive failure, you said {below}")
    assert "hurt rarely (-2 points)" in reason
    assert f"no answer says how often the pains of {lead.title.lower()} and {other.title.lower()} hurt" in reason
    assert reason.endswith("decides between them.")
    assert rec.evidence[0].role == (
        f"leads: tied with {other.title.lower()} (no answer says how often either pain hurts); first of the two in "
        "the default sequence"
    )


def test_a_tie_of_two_pains_rated_the_same_says_so() -> None:
    """Rated the same ("About monthly" each), the two tie on how often their pain hurts."""
    rated = recommend(
        {
            "failure_mode": "not_sure",
            "freq_outages": "monthly",
            "freq_regressions": "monthly",
            "freq_governance": "rarely",
        }
    )
    assert rated.lead is ScalingType.TECHNICAL
    assert rated.evidence[0].role == (
        "leads: ties with process scaling on how often its pain hurts; first of the two in the default sequence"
    )


def test_a_tie_after_the_lead_that_no_answer_counts_for_is_said_as_such() -> None:
    """A diff review: after the lead, "it ties with user scaling at 0 points" still said a tie of answers where no
    answer counted for either type. Said as such, with the default sequence named in full the first time only."""
    unsure = recommend({"failure_mode": "not_sure"}).sequence.reasons
    assert unsure[1:] == (
        "Process scaling comes next: no answer counts for it or for user scaling, and the default sequence puts it "
        "before user scaling.",
        "User scaling comes last: no answer counts for it or for process scaling, and the default sequence puts it "
        "after process scaling.",
    )
    named = recommend({"failure_mode": "governance", "deals_blocked": "yes"}).sequence.reasons
    assert named[1] == (
        "Technical scaling comes next: no answer counts for it or for process scaling, and the default sequence "
        "(technical, then process, then user) puts it before process scaling."
    )
    # Answers that move both to the same points: a tie of answers, said as before.
    even = recommend({"failure_mode": "governance", "freq_outages": "monthly", "freq_regressions": "monthly"})
    assert even.sequence.reasons[1].startswith("Technical scaling comes next: it ties with process scaling at 1 point")


def test_no_reason_says_a_pain_hurts_that_the_reader_did_not_rate() -> None:
    """A review (rubric 2): with "Not sure" and two pains rated rarely, the third, never rated, led because "its pain
    hurts most often (0 points)"; a type with no points came next because "it has more evidence (0 points)". The
    reasons now say what decided: the others hurt rarely, and it has more evidence, counting the answers against
    each."""
    unsure = recommend({"failure_mode": "not_sure", "freq_outages": "rarely", "freq_regressions": "rarely"})
    assert unsure.lead is ScalingType.USER
    assert unsure.sequence.reasons[0] == (
        "User scaling leads: you were not sure of the most expensive failure, and you said the other two pains hurt "
        "rarely, while you did not say that its pain does (0 points; the other two -2 each)."
    )
    assert unsure.evidence[0].role == "leads: the other two pains hurt rarely"  # the chart said "hurts most often"
    friday = recommend({"failure_mode": "regressions", "freq_regressions": "weekly", "freq_outages": "rarely"})
    assert friday.sequence.reasons[1] == (
        "User scaling comes next: it has more evidence (0 points) than technical scaling (-2 points), counting the "
        "answers against each."
    )
    # A reader's review: an answer counted for it ("Mid-market", +1), and it was said that none did.
    mid_market = recommend(
        {"failure_mode": "regressions", "adoption": "mid_market", "freq_outages": "rarely", "freq_governance": "rarely"}
    )
    assert mid_market.sequence.reasons[1] == (
        "User scaling comes next: it has more evidence (-1 point) than technical scaling (-2 points), counting the "
        "answers against each."
    )
    # A reader's review: with every answer "Not sure", the type in second place was said to be put "first".
    unsure_all = recommend({"failure_mode": "not_sure"})
    assert unsure_all.sequence.reasons[1] == (
        "Process scaling comes next: no answer counts for it or for user scaling, and the default sequence puts it "
        "before user scaling."
    )
    weekly = recommend({"failure_mode": "not_sure", "freq_regressions": "weekly"})
    assert "its pain hurts most often (2 points)" in weekly.sequence.reasons[0]


def test_a_weekly_pain_is_flagged_when_the_blocked_deals_lead() -> None:
    """The guide (Sequencing): the questionnaire flags weekly outages when you named something else. With regressions
    named and the blocked deals said to cost more, the flag's other reading names outages as costing most, more than
    the deals too; it kept "the blocked deals cost more", which left user scaling leading and hid the flag."""
    rec = recommend(
        {"failure_mode": "regressions", "deals_blocked": "yes", "costs_more": "blocked_deals", "freq_outages": "weekly"}
    )
    assert [(flag.id, flag.other_lead) for flag in rec.flags] == [("other_weekly", ScalingType.TECHNICAL)]
    assert rec.confidence.level == "check"
    # The chart shows process second at 0 points, technical third at 2: its label says why (a reader review).
    assert [(item.type, item.points, item.role) for item in rec.evidence[1:]] == [
        (ScalingType.PROCESS, 0, "2nd: the failure you named"),
        (ScalingType.TECHNICAL, 2, "3rd"),
    ]
    assert rec.flags[0].text == (
        "You named regressions and firefighting as the most expensive failure, but outages or latency breaches hurt "
        "weekly or more, and you have not said how often regressions or firefighting do. If outages and latency cost "
        "you most, technical scaling would lead."
    )
    said = recommend({"failure_mode": "regressions", "freq_outages": "weekly", "freq_regressions": "monthly"})
    assert "while regressions or firefighting do not." in said.flags[0].text


def test_blocked_deals_are_evidence_for_user_scaling() -> None:
    """The exercise's worked team (governance named, deals blocked, effort: technical most, process some, user none)
    is under-invested in user scaling by its answers alone: blocked deals count 2 points for user scaling (rubric 3;
    it counted none, and "None stands out")."""
    rec = recommend(
        {
            "failure_mode": "governance",
            "deals_blocked": "yes",
            "effort_technical": "most",
            "effort_process": "some",
            "effort_user": "none",
        }
    )
    assert {item.type: item.points for item in rec.evidence}[ScalingType.USER] == 2
    assert rec.under_invested.type is ScalingType.USER
    assert rec.under_invested.source == "answers"


def test_blocked_deals_that_cost_more_put_the_named_type_second() -> None:
    """The follow-up's 'blocked deals': user leads, the named failure's type next, with their reasons."""
    rec = recommend({"failure_mode": "regressions", "deals_blocked": "yes", "costs_more": "blocked_deals"})
    assert rec.sequence.order == (USER, PROCESS, TECHNICAL)
    assert rec.sequence.reasons[:2] == (
        "User scaling leads: enterprise deals are blocked, and you said they cost more than regressions and "
        "firefighting.",
        "Process scaling comes next: you named regressions and firefighting as the most expensive failure.",
    )
    assert rec.evidence[0].role == "leads: the blocked deals cost more"


@pytest.mark.parametrize(
    "answers",
    [
        {"failure_mode": "outages"},
        {"failure_mode": "not_sure", "deals_blocked": "yes"},
        {"failure_mode": "outages", "deals_blocked": "yes", "freq_outages": "rarely"},
        {"failure_mode": "governance", "freq_regressions": "weekly"},
    ],
)
def test_effort_answers_never_change_the_lead(answers: dict[str, str]) -> None:
    """Every combination of effort answers leaves the sequence, flags and confidence as they were."""
    base = recommend(answers)
    effort_ids = [q.id for q in QUESTIONS if q.kind is QuestionKind.EFFORT]
    for count in range(1, 4):
        for questions in itertools.combinations(effort_ids, count):
            for levels in itertools.product(("none", "some", "most"), repeat=count):
                rec = recommend({**answers, **dict(zip(questions, levels, strict=True))})
                assert (rec.sequence, rec.flags, rec.confidence) == (base.sequence, base.flags, base.confidence)


def test_under_invested_from_answers_is_the_largest_gap_between_evidence_and_effort() -> None:
    """No complaints: evidence net of effort decides; user 2 - 0 beats technical 2 - 2; ties by the default order."""
    answers = {"failure_mode": "outages", "freq_outages": "weekly", "freq_governance": "weekly"}
    verdict = recommend({**answers, "effort_technical": "some", "effort_user": "none"}).under_invested
    assert (verdict.type, verdict.source, verdict.from_answers, verdict.from_complaints) == (
        USER,
        "answers",
        USER,
        None,
    )
    assert verdict.text == (
        "User scaling is under-invested, going by your answers: it has 2 points of evidence and got “None” effort "
        "last quarter (it counts 0), the widest gap between evidence and effort of any type."
    )
    tie = recommend({**answers, "effort_technical": "none", "effort_user": "none"}).under_invested
    assert tie.type is TECHNICAL
    covered = recommend({**answers, "effort_technical": "most", "effort_user": "some"}).under_invested
    assert (covered.type, covered.text) == (
        None,
        "None stands out: no type whose effort is given has more evidence than the effort it got last quarter "
        "(technical scaling has 2 points of evidence and got “Most” effort, which counts 5; user scaling has 2 points "
        "of evidence and got “Some” effort, which counts 2).",
    )


def test_under_invested_complaints_decide_and_name_the_other_source() -> None:
    """Complaints categorised: they decide, with the effort answers as the triage's investment; the answers'
    own pick is named when it differs."""
    answers = {"failure_mode": "outages", "freq_outages": "weekly", "effort_technical": "none", "effort_user": "some"}
    complaints = ["enterprise customers want SSO and audit logs"]
    rec = recommend(answers, complaints)
    assert rec.exercise == triage(complaints, {"technical": "none", "user": "some"})
    verdict = rec.under_invested
    assert (verdict.type, verdict.source, verdict.from_complaints, verdict.from_answers) == (
        USER,
        "complaints",
        USER,
        TECHNICAL,
    )
    assert verdict.text.startswith("User scaling is under-invested, going by your complaints: complaint #1 points")
    assert verdict.other == (
        "Your answers alone would point at technical scaling; your complaints decide, because they name what hurts "
        "in your own words."
    )


def test_under_invested_complaints_that_point_only_where_most_effort_went_name_none() -> None:
    """Complaints categorised, each type they point at given most of the effort: the complaints decide, and name no
    type (the answers' own pick is named, not followed). By the answers alone, a type given most of the effort is
    never under-invested either, however much evidence it has (user scaling's 6 points here, over "most"'s 5)."""
    answers = {
        "failure_mode": "outages",
        "effort_technical": "most",
        "effort_process": "none",
        "freq_regressions": "weekly",
    }
    verdict = recommend(answers, ["The API times out at peak", "Search takes ten seconds"]).under_invested
    assert (verdict.type, verdict.source, verdict.from_complaints, verdict.from_answers) == (
        None,
        "complaints",
        None,
        PROCESS,
    )
    assert verdict.text == (
        "None stands out, going by your complaints: complaints #1 and #2 point at technical scaling, which got most "
        "of last quarter's effort already, so none is under-invested; if the pain goes on, check that the effort goes "
        "at its cause."
    )
    assert verdict.other is not None
    assert verdict.other.startswith("Your answers alone would point at process scaling")
    assert verdict.against_lead is None
    heavy = {"failure_mode": "not_sure", "deals_blocked": "yes", "adoption": "upmarket", "freq_governance": "weekly"}
    assert [e.points for e in recommend(heavy).evidence if e.type is USER] == [6]
    covered = recommend({**heavy, "effort_user": "most"}).under_invested
    assert (covered.type, covered.text) == (
        None,
        "None stands out: user scaling has more evidence (6 points) than the effort it got last quarter, but it got "
        "most of that effort already.",
    )
    both = recommend({**heavy, "effort_user": "most", "effort_process": "none"}).under_invested
    assert both.type is None  # process's 0 points are no more than its effort
    assert recommend({**heavy, "effort_user": "some"}).under_invested.type is USER


def test_under_invested_with_only_uncategorised_complaints_falls_back_to_the_answers() -> None:
    """No complaint categorised (overridden to uncategorized): the answers decide."""
    answers = {"failure_mode": "outages", "freq_outages": "weekly", "effort_technical": "none"}
    rec = recommend(answers, ["deploys break prod every Friday"], {0: "uncategorized"})
    assert (rec.under_invested.type, rec.under_invested.source, rec.under_invested.from_complaints) == (
        TECHNICAL,
        "answers",
        None,
    )


def test_under_invested_with_complaints_but_no_effort_is_the_pain_alone() -> None:
    """Complaints without effort answers: the triage's pain alone decides."""
    rec = recommend({"failure_mode": "outages"}, ["p99 latency spikes at peak"])
    assert (rec.under_invested.type, rec.under_invested.source) == (TECHNICAL, "complaints")


def test_an_under_invested_type_that_is_not_the_lead_gets_the_exercises_check() -> None:
    """The exercise (docs/exercise.md, step 3) checks the under-invested type against the deciding question: when they
    disagree, the verdict says to price both, in the failure's own words; it never changes the lead. Agreeing, or
    no type named, it says nothing more."""
    sso = ["enterprise customers want SSO and audit logs"]
    named = recommend({"failure_mode": "outages"}, sso)
    assert (named.lead, named.under_invested.type) == (TECHNICAL, USER)
    assert named.under_invested.against_lead == (
        "User scaling is not the type that leads: you named outages and latency as the most expensive failure, and "
        "that points at technical scaling. As the exercise says, price both: technical scaling stays first unless what "
        "user scaling would fix costs you more."
    )
    assert recommend({"failure_mode": "outages"}).lead is TECHNICAL  # the check moved nothing
    unsure = recommend({"failure_mode": "not_sure", "freq_outages": "weekly"}, sso)
    assert (unsure.lead, unsure.under_invested.against_lead) == (
        TECHNICAL,
        "User scaling is not the type that leads (technical scaling does, from your other answers). As the exercise "
        "says, price both and go with the more expensive one.",
    )
    # No answer tells them apart: the default sequence put the lead first, not "your other answers" (a reader's
    # review: said where no other answer was given).
    defaulted = recommend({"failure_mode": "not_sure"}, sso)
    assert (defaulted.lead, defaulted.under_invested.against_lead) == (
        TECHNICAL,
        "User scaling is not the type that leads (technical scaling does, first in the default sequence: no answer "
        "tells the two apart). As the exercise says, price both and go with the more expensive one.",
    )
    assert recommend({"failure_mode": "governance"}, sso).under_invested.against_lead is None
    # From the answers too: user evidence 2 above no effort, under outages named.
    answers = {"failure_mode": "outages", "freq_governance": "weekly", "effort_user": "none"}
    by_answers = recommend(answers).under_invested
    assert (by_answers.source, by_answers.type) == ("answers", USER)
    assert by_answers.against_lead is not None
    assert by_answers.against_lead.startswith("User scaling is not the type that leads: you named outages and latency")
    assert recommend({"failure_mode": "outages"}).under_invested.against_lead is None  # no type named


def test_when_the_blocked_deals_lead_over_the_failure_named_the_result_says_so() -> None:
    """Regressions named, deals blocked and said to cost more: user scaling leads, and neither the confidence's
    reason nor the exercise's check says the failure named put it there (a reader's review: "No answer conflicts with
    the failure you named" and "you named regressions ..., and that points at user scaling"). Where the complaints
    point at the failure's own type, the reader has weighed the two already, in the follow-up."""
    answers = {"failure_mode": "regressions", "deals_blocked": "yes", "costs_more": "blocked_deals"}
    rec = recommend(answers, ["flaky tests block every merge"])
    assert (rec.lead, rec.confidence.level, rec.under_invested.type) == (USER, "firm", PROCESS)
    assert rec.confidence.text == CONFIDENCE_TEXTS["firm"]
    assert rec.confidence.reasons == (
        "You said the blocked deals cost more than the failure you named, and no answer conflicts with that."
        + _open(4),
    )
    assert rec.under_invested.against_lead == (
        "Process scaling is not the type that leads: it is what regressions and firefighting point at, and you said "
        "the blocked deals cost more, which puts user scaling first. You weighed the two in that answer."
    )
    other = recommend(answers, ["p99 latency doubles at every traffic peak"]).under_invested
    assert other.type is TECHNICAL
    assert other.against_lead == (
        "Technical scaling is not the type that leads: you said the blocked deals cost more than regressions and "
        "firefighting, and that points at user scaling. As the exercise says, price both and go with the more "
        "expensive one."
    )
    named = recommend({**answers, "costs_more": "named_failure"}, ["p99 latency doubles at every traffic peak"])
    assert named.lead is PROCESS
    assert named.confidence.reasons == (REASON_FIRM_NAMED + _open(4),)
    assert named.under_invested.against_lead is not None
    assert named.under_invested.against_lead.startswith(
        "Technical scaling is not the type that leads: you named regressions"
    )


def test_a_firm_result_with_an_unflagged_conflict_does_not_say_nothing_conflicts() -> None:
    """A review: outages named and all three pains said to hurt rarely gave "No answer conflicts with the failure you
    named". The named failure rated rarely is a conflict; it is not flagged because read the other way ("Not sure")
    it gives the same lead, and the firm result says so."""
    all_rarely = {f"freq_{pain}": "rarely" for pain in ("outages", "regressions", "governance")}
    unflagged = recommend({"failure_mode": "outages", **all_rarely})
    assert (unflagged.lead, unflagged.flags, unflagged.confidence.level) == (TECHNICAL, (), "firm")
    assert unflagged.confidence.reasons == (
        REASON_FIRM_SAME_LEAD.format(answer="“Rarely” for how often outages or latency breaches hurt") + _open(2),
    )
    # A guide review: "An answer conflicts ..." under "none of your answers pulls against the lead" read as a
    # contradiction; the reason names the answer and says it does not pull against the lead.
    assert "does not pull against the lead" in unflagged.confidence.reasons[0]
    assert "conflicts" not in unflagged.confidence.reasons[0]
    assert unflagged.confidence.summary == SUMMARY_FIRM_OPEN.format(
        count=2, questions="questions", weigh="weigh", are="are"
    )
    flagged = recommend({"failure_mode": "outages", "freq_outages": "rarely"})
    assert [flag.id for flag in flagged.flags] == ["named_rarely"]
    assert flagged.confidence.level == "check"
    monthly = recommend({"failure_mode": "outages", "freq_outages": "monthly"})
    assert monthly.confidence.reasons == (REASON_FIRM + _open(4),)
    # A review: with the blocked deals leading, the lead rests on them: their reason stays (a weekly governance pain,
    # a conflict with the outages named, is no conflict with the deals).
    deals = {
        "failure_mode": "outages",
        "deals_blocked": "yes",
        "costs_more": "blocked_deals",
        "freq_governance": "weekly",
    }
    assert recommend(deals).confidence.reasons == (REASON_FIRM_DEALS + _open(3),)
    # A reader's review: the failure named said to cost more than the blocked deals gave "No answer conflicts with the
    # failure you named", as if the deals had been forgotten.
    named = {"failure_mode": "regressions", "deals_blocked": "yes", "costs_more": "named_failure"}
    assert recommend(named).confidence.reasons == (REASON_FIRM_NAMED + _open(4),)


def test_the_rubric_data_is_sound() -> None:
    """Every rule names a real question and option, ids are unique, and first actions name real examples."""
    assert check_rubric() == []


def test_check_rubric_finds_every_kind_of_problem() -> None:
    """Broken data: each problem is reported, naming the rule, question or example at fault."""
    by_id = {question.id: question for question in QUESTIONS}
    first, effort, follow_up = by_id["failure_mode"], by_id["effort_user"], by_id["costs_more"]
    questions = (
        first,
        dataclasses.replace(first, id="second_deciding", options=(*first.options, first.options[0])),
        dataclasses.replace(effort, about=None),
        dataclasses.replace(
            effort,
            id="effort_moves",
            about=USER,
            options=(dataclasses.replace(effort.options[0], effects=(Effect(USER, 1, "x"),), stands_for="costs_more"),),
        ),
        dataclasses.replace(follow_up, asked_when=(Condition("nope", ("yes",)),)),
        *(q for q in QUESTIONS if q.kind in (QuestionKind.FREQUENCY, QuestionKind.COMFORT)),
        first,
    )
    lead_rules = (LeadRule("bad_lead", (Condition("failure_mode", ("maybe",)),), USER, True, "x"),)
    next_rules = (NextRule("bad_next", (Condition("gone", ("x",)),), USER, "x"),)
    guidance = {
        TECHNICAL: Guidance(
            TECHNICAL,
            "f",
            (Example("caching", "Caching", "s"),),
            "t",
            "k",
            (),
            (Action("x", "x", "nope"), Action("Cache the reads.", "Cache"), Action("Cache it.", "Index")),
        )
    }
    assert check_rubric(questions, lead_rules, next_rules, guidance) == [
        "question ids are not unique",
        "there must be exactly one deciding question",
        "there must be one effort question about each type, got ['user']",
        "question 'second_deciding': option ids are not unique",
        "question 'effort_user': frequency and effort questions, and only they, name their type",
        "question 'effort_moves': only frequency and context answers move evidence",
        "question 'effort_moves': answer 'none' stands for 'costs_more', not a question before it",
        "question 'costs_more': unknown question 'nope'",
        "lead rule 'bad_lead': question 'failure_mode' has no option 'maybe'",
        "next rule 'bad_next': unknown question 'gone'",
        "no guidance for process",
        "no guidance for user",
        "guidance technical: first action names unknown example 'nope'",
        "guidance technical: first action's bold words 'Index' do not start its text",
        "lead rule 'bad_lead' has no role text",
        "next rule 'bad_next' has no role text",
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
    index = next(i for i, q in enumerate(QUESTIONS) if q.id == "freq_outages")
    question = QUESTIONS[index]
    weekly = question.options[0]

    def with_effect(effect: Effect) -> tuple[Question, ...]:
        option = dataclasses.replace(weekly, effects=(effect,))
        changed = dataclasses.replace(question, options=(option, *question.options[1:]))
        return (*QUESTIONS[:index], changed, *QUESTIONS[index + 1 :])

    monkeypatch.setattr(engine, "QUESTIONS", with_effect(dataclasses.replace(weekly.effects[0], rationale="Reworded.")))
    assert rubric_fingerprint() == before
    monkeypatch.setattr(engine, "QUESTIONS", with_effect(dataclasses.replace(weekly.effects[0], points=3)))
    assert rubric_fingerprint() != before


def test_question_and_option_ids_are_the_published_ones() -> None:
    """Share links store these ids: changing one breaks old links, so it must be deliberate."""
    assert {question.id: question.option_ids for question in QUESTIONS} == {
        "failure_mode": ("outages", "regressions", "governance", "not_sure"),
        "deals_blocked": ("yes", "no", "not_sure"),
        "costs_more": ("named_failure", "blocked_deals", "not_sure"),
        "adoption": ("same_customers", "mid_market", "upmarket", "not_sure"),
        "freq_outages": ("weekly", "monthly", "rarely", "not_sure"),
        "freq_regressions": ("weekly", "monthly", "rarely", "not_sure"),
        "freq_governance": ("weekly", "monthly", "rarely", "not_sure"),
        "effort_technical": ("none", "some", "most"),
        "effort_process": ("none", "some", "most"),
        "effort_user": ("none", "some", "most"),
        "comfort": ("technical", "process", "user", "not_sure"),
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


def test_under_invested_with_no_complaint_categorised_and_no_effort_says_why() -> None:
    """Complaints given, none categorised, no effort answered: no type, with the triage's reason."""
    verdict = recommend({"failure_mode": "outages"}, ["the weather is nice"]).under_invested
    assert (verdict.type, verdict.source) == (None, None)
    assert verdict.text.startswith("None stands out, going by your complaints: no complaint points at a type")


def test_check_rubric_finds_answers_that_name_types_wrongly() -> None:
    """Naming and conditions: every deciding answer but 'Not sure' names a type, only the follow-up is conditional."""
    by_id = {question.id: question for question in QUESTIONS}
    first, deals = by_id["failure_mode"], by_id["deals_blocked"]
    broken_first = dataclasses.replace(
        first, options=(dataclasses.replace(first.options[0], names=None), *first.options[1:])
    )
    broken_deals = dataclasses.replace(
        deals,
        options=(dataclasses.replace(deals.options[0], names=USER), *deals.options[1:]),
        asked_when=(Condition("failure_mode", ("outages",)),),
    )
    questions = tuple({**by_id, "failure_mode": broken_first, "deals_blocked": broken_deals}.values())
    assert check_rubric(questions) == [
        "question 'failure_mode': every answer but 'Not sure' names a type",
        "question 'deals_blocked': only the deciding and comfort questions name types",
        "question 'deals_blocked': the follow-up, and only it, is asked on conditions",
    ]


@pytest.mark.parametrize(
    ("answers", "level", "summary"),
    [
        # A reader's review: "firm" after one click said nothing of the questions still open.
        (
            {"failure_mode": "outages"},
            "firm",
            "no answer pulls against it, and 5 questions that weigh in are unanswered or not sure",
        ),
        (
            {"failure_mode": "outages", "deals_blocked": "no", "adoption": "same_customers", "freq_outages": "weekly"}
            | {"freq_regressions": "rarely"},
            "firm",
            "no answer pulls against it, and 1 question that weighs in is unanswered or not sure",
        ),
        (
            {"failure_mode": "outages", "deals_blocked": "no", "adoption": "same_customers", "freq_outages": "weekly"}
            | {"freq_regressions": "rarely", "freq_governance": "rarely"},
            "firm",
            "no answer pulls against it",
        ),
        # A diff review: "Not sure" is no answer that settles anything.
        (
            {"failure_mode": "outages", "deals_blocked": "not_sure", "adoption": "not_sure", "freq_outages": "weekly"}
            | {"freq_regressions": "rarely", "freq_governance": "rarely"},
            "firm",
            "no answer pulls against it, and 2 questions that weigh in are unanswered or not sure",
        ),
        ({"failure_mode": "not_sure"}, "tentative", "you were not sure of the most expensive failure"),
        ({"failure_mode": "outages", "freq_outages": "rarely"}, "check", "answers pull against it: see the flag"),
        (
            {"failure_mode": "outages", "freq_outages": "rarely", "freq_regressions": "weekly"},
            "check",
            "answers pull against it: see the 2 flags",
        ),
        ({"failure_mode": "outages", "deals_blocked": "yes"}, "check", "say which costs more"),
        (
            {"failure_mode": "outages", "deals_blocked": "yes", "costs_more": "not_sure"},
            "check",
            "you were not sure which costs more",
        ),
        (
            {"failure_mode": "outages", "deals_blocked": "yes", "freq_outages": "rarely"},
            "check",
            "answers pull against it: see the flag; say which costs more",
        ),
        (
            {"failure_mode": "not_sure", "deals_blocked": "yes", "freq_regressions": "weekly"},
            "tentative",
            "you were not sure of the most expensive failure; answers pull against it: see the flag",
        ),
    ],
)
def test_the_confidence_summary_shortens_each_reason(answers: dict[str, str], level: str, summary: str) -> None:
    """The few words shown after the level beside the questions (the bar, the spot under the deciding question) say
    what the level rests on, one part per reason in the reasons' order: "Confidence: check" alone left a reader
    asking what to check."""
    confidence = recommend(answers).confidence
    assert (confidence.level, confidence.summary) == (level, summary)
    assert len(confidence.summary.split("; ")) == len(confidence.reasons)
    # Firm while questions that weigh in are open reads "firm so far" (two reader's reviews: "Confidence: firm" after
    # one answer, beside "this may change as you answer").
    assert confidence.word == (
        "firm so far" if level == "firm" and "unanswered" in summary else CONFIDENCE_WORDS[level]
    )


def test_watch_for_later_says_when_an_answer_says_the_failure_already_hurts() -> None:
    """A reader's review: "Watch for later" named, as a risk to come, the failure the reader had just named. The entry
    of a type left for later says so first when the deciding answer named its failure, or its pain hurts weekly."""
    deals_first = recommend({"failure_mode": "outages", "deals_blocked": "yes", "costs_more": "blocked_deals"})
    assert [(watch.type, watch.now) for watch in deals_first.watch] == [
        (
            TECHNICAL,
            "It hurts already: you named outages and latency as the most expensive failure. Left for later, it grows:",
        ),
        (PROCESS, None),
    ]
    weekly = recommend({"failure_mode": "governance", "freq_regressions": "weekly", "freq_outages": "monthly"})
    assert [(watch.type, watch.now) for watch in weekly.watch] == [
        (
            PROCESS,
            "It hurts already: you said regressions or firefighting hurt weekly or more. Left for later, it grows:",
        ),
        (TECHNICAL, None),
    ]
    unsure = recommend({"failure_mode": "not_sure", "freq_outages": "rarely"})
    assert all(watch.now is None for watch in unsure.watch)
    # A review: with the deals blocked and the named failure leading, user scaling's entry listed stalled enterprise
    # deals as a risk to come. The blocked deals say so first, before a weekly pain.
    blocked = {"failure_mode": "outages", "deals_blocked": "yes", "costs_more": "named_failure"}
    deals = "It hurts already: you said enterprise deals are blocked on missing controls. Left for later, it grows:"
    for extra in ({}, {"freq_governance": "weekly"}):
        assert [(watch.type, watch.now) for watch in recommend(blocked | extra).watch] == [
            (USER, deals),
            (PROCESS, None),
        ]
    (watch,) = [section for section in result_sections(deals_first) if section.heading == "Watch for later"]
    assert watch.items[0] == (
        "Technical scaling: It hurts already: you named outages and latency as the most expensive failure. Left for "
        "later, it grows:"
    )
    assert watch.sublist(0)[0].startswith("Outages and slow pages")  # each failure an item of its own


def test_a_condition_reads_in_its_questions_words_whole_or_narrowed() -> None:
    """The words the Markdown and the page (through the contract) give a kept answer's conditions: the question's
    prompt and its options' labels, all of them or those asked for, in the condition's order."""
    follow_up = next(q for q in QUESTIONS if q.id == "costs_more")
    deals, failure = follow_up.asked_when
    assert condition_words(deals) == "“Are enterprise deals blocked on missing controls?” is answered “Yes”"
    assert condition_words(failure) == (
        "“What is the most expensive failure mode right now?” is answered “Outages / latency” or “Regressions / "
        "firefighting”"
    )
    assert condition_words(failure, ("regressions",)) == (
        "“What is the most expensive failure mode right now?” is answered “Regressions / firefighting”"
    )
    # Narrowed to options in another order: the condition's order stays; an option it does not hold is not named.
    assert condition_words(failure, ("regressions", "outages", "governance")) == condition_words(failure)
    assert CONDITIONS_JOINER == " and "


def test_an_answer_that_stands_for_another_names_it() -> None:
    """ "The failure I named" reads with the failure named, in the deciding question's words; with none named (not
    answered, "Not sure", or an id it does not know) as written. Other answers read as written."""
    follow_up = next(q for q in QUESTIONS if q.id == "costs_more")
    named = {"failure_mode": "governance"}
    assert option_label(follow_up, "named_failure", named) == "The failure I named (Governance / trust / permissions)"
    for answers in ({}, {"failure_mode": "not_sure"}, {"failure_mode": "fire"}):
        assert option_label(follow_up, "named_failure", answers) == "The failure I named"
    assert option_label(follow_up, "blocked_deals", named) == "The blocked deals"
    # What would change the lead says it as the page shows it (a diff review: it said "The failure I named").
    rec = recommend({"failure_mode": "outages", "deals_blocked": "yes", "costs_more": "blocked_deals"})
    (text,) = [c.text for c in rec.would_change.changes if c.option == "named_failure"]
    assert text.startswith("If you answered “The failure I named (Outages / latency)” to “Which costs you more")


def test_most_of_the_effort_given_to_more_than_one_type_is_said() -> None:
    """A reader's review: "Most" for all three effort questions was taken without a word. The verdict says that most
    of one quarter's effort could only have gone to one type, and asks for a check; one "Most" says nothing of it."""
    said = "each got most of last quarter's effort: most of it could only have gone to one of them, so check those "
    said += "answers."
    every = {f"effort_{kind}": "most" for kind in ("technical", "process", "user")}
    three = recommend({"failure_mode": "outages", **every})
    assert three.under_invested.text.endswith(" You said technical scaling, process scaling and user scaling " + said)
    two = recommend({"failure_mode": "outages", **every, "effort_process": "none"})
    assert two.under_invested.text.endswith(" You said technical scaling and user scaling " + said)
    one = recommend({"failure_mode": "outages", **every, "effort_process": "none", "effort_user": "some"})
    assert "each got most" not in one.under_invested.text


def test_a_habit_that_is_the_named_failures_type_is_said_as_such() -> None:
    """A reader's review: with outages named and the blocked deals said to cost more, a team that reaches for
    technical work was told to follow "the pain, not the habit", as if the failure it named were its comfort."""
    answers = {"failure_mode": "outages", "deals_blocked": "yes", "costs_more": "blocked_deals", "comfort": "technical"}
    rec = recommend(answers)
    assert rec.lead is ScalingType.USER
    assert rec.comfort == (
        "Your team reaches for technical work first, the work the failure you named calls for; but you said the "
        "blocked deals cost more, and user scaling leads here. Teams usually pick the scaling they are most "
        "comfortable with: check that your next quarter follows what costs most, not the habit."
    )
    # Another habit, or the named failure leading, keeps the general sentence.
    assert recommend({**answers, "comfort": "process"}).comfort == COMFORT_DIFFERS.format(
        comfort_work="process work", lead_lower="user scaling"
    )


def test_the_under_invested_deals_type_is_priced_already_when_the_named_failure_costs_more() -> None:
    """A guide review: with the blocked deals said to cost less than the outages named, the under-invested verdict for
    user scaling still said "price both: technical scaling stays first unless what user scaling would fix costs you
    more", which the follow-up had just asked. It says the two are priced; without that answer, it still asks."""
    answers = {
        "failure_mode": "outages",
        "freq_outages": "weekly",
        "deals_blocked": "yes",
        "adoption": "upmarket",
        "effort_technical": "none",
        "effort_user": "none",
    }
    priced = recommend({**answers, "costs_more": "named_failure"})
    assert priced.under_invested.type is USER
    assert priced.under_invested.against_lead == (
        "User scaling is not the type that leads: you named outages and latency as the most expensive failure, and "
        "said that failure costs more than the blocked deals, which puts technical scaling first. You weighed the two "
        "in that answer."
    )
    unpriced = recommend(answers)
    assert unpriced.under_invested.type is USER
    assert unpriced.under_invested.against_lead is not None
    assert "price both" in unpriced.under_invested.against_lead
    # A diff review: under a flag that questions the pricing (governance hurts weekly), the reader is told to price.
    flagged = recommend(
        {**answers, "costs_more": "named_failure", "freq_governance": "weekly", "freq_outages": "monthly"}
    )
    assert [flag.id for flag in flagged.flags] == ["other_weekly"]
    assert flagged.under_invested.type is USER
    assert flagged.under_invested.against_lead is not None
    assert "price both" in flagged.under_invested.against_lead


def test_the_habit_is_said_in_its_answers_words() -> None:
    """A guide review: "Your team reaches for user work first" named no answer; the option is "User-facing controls"."""
    rec = recommend({"failure_mode": "outages", "comfort": "user"})
    assert rec.comfort is not None
    assert rec.comfort.startswith("Your team reaches for user-facing controls first, but technical scaling leads here")


def test_a_pain_said_to_hurt_rarely_beside_blocked_deals_is_named_in_a_firm_result() -> None:
    """A guide review: governance named, deals blocked, governance said to hurt rarely is no flag (the blocked deals
    are that pain now), but the firm reason said no answer about how often a pain hurts points away, beside the
    answer's -2 for user scaling."""
    rec = recommend({"failure_mode": "governance", "deals_blocked": "yes", "freq_governance": "rarely"})
    assert (rec.lead, rec.confidence.level, rec.flags) == (USER, "firm", ())
    answer = "“Rarely” for how often lost deals, security questionnaires or admin requests hurt"
    assert rec.confidence.reasons == (REASON_FIRM_DEALS_KEEP.format(answer=answer) + _open(3),)
    # Not blocked: the same answer is a conflict, flagged (a diff review: "not in its reasons" held of any result).
    unblocked = recommend({"failure_mode": "governance", "deals_blocked": "no", "freq_governance": "rarely"})
    assert (unblocked.confidence.level, [flag.id for flag in unblocked.flags]) == ("check", ["named_rarely"])


def test_the_habit_beside_a_lead_nobody_named_asks_what_costs_most() -> None:
    """A guide review: with "Not sure" the lead comes from the other answers or the default order, and "follows the
    pain, not the habit" named a pain the reader had not."""
    rec = recommend({"failure_mode": "not_sure", "comfort": "user"})
    assert rec.lead is TECHNICAL
    assert rec.comfort == COMFORT_UNSURE.format(comfort_work="user-facing controls", lead_lower="technical scaling")
    assert recommend({"failure_mode": "outages", "comfort": "user"}).comfort == COMFORT_DIFFERS.format(
        comfort_work="user-facing controls", lead_lower="technical scaling"
    )


def test_a_type_with_evidence_and_no_effort_answer_is_named_not_weighed() -> None:
    """A reader's review: "None stands out" stood beside user scaling's 4 points of evidence, its effort not answered,
    with no word that it was left out of the weighing."""
    answers = {
        "failure_mode": "outages",
        "effort_technical": "most",
        "freq_governance": "weekly",
        "deals_blocked": "yes",
    }
    verdict = recommend(answers).under_invested
    assert verdict.type is None
    assert verdict.text.startswith("None stands out: no type whose effort is given has more evidence")
    assert verdict.text.endswith(
        "User scaling has 4 points of evidence, but its effort last quarter is not given: answer its effort question "
        "to weigh it."
    )
    both = {
        "failure_mode": "outages",
        "effort_technical": "none",
        "freq_governance": "weekly",
        "freq_regressions": "weekly",
    }
    assert recommend(both).under_invested.text.endswith(
        "Process scaling and user scaling have 2 points of evidence each, but their effort last quarter is not given: "
        "answer their effort questions to weigh them."
    )
    # Every type's effort given: nothing to add.
    given = {**both, "effort_process": "some", "effort_user": "most"}
    assert "not given" not in recommend(given).under_invested.text


def test_a_type_with_no_effort_answer_is_named_beside_most_effort() -> None:
    """A diff review: "None stands out: user scaling ... got most of that effort already" said nothing of the types
    with evidence whose effort was not given."""
    answers = {
        "failure_mode": "governance",
        "freq_governance": "weekly",
        "deals_blocked": "yes",
        "adoption": "upmarket",
        "effort_user": "most",
        "freq_outages": "weekly",
        "freq_regressions": "weekly",
    }
    text = recommend(answers).under_invested.text
    assert text.startswith("None stands out: user scaling has more evidence")
    assert text.endswith(
        "Technical scaling and process scaling have 2 points of evidence each, but their effort last quarter is not "
        "given: answer their effort questions to weigh them."
    )


def test_second_place_by_a_rule_says_it_outranks_more_points() -> None:
    """A reader's review: "User scaling 2nd: going upmarket, 0 points" stood above "Technical scaling 3rd, 1 point"
    and nothing said why; the reason says the rule puts it there whatever the points, and only where it does."""
    answers = {
        "failure_mode": "regressions",
        "deals_blocked": "no",
        "adoption": "upmarket",
        "freq_outages": "monthly",
        "freq_regressions": "weekly",
        "freq_governance": "rarely",
    }
    rec = recommend(answers)
    assert rec.sequence.reasons[1] == (
        "User scaling comes next: the product is going upmarket. That puts it before technical scaling, whatever the "
        "points (0 points against 1 point)."
    )
    even = recommend({**answers, "freq_outages": "rarely"})
    assert even.sequence.reasons[1] == "User scaling comes next: the product is going upmarket."
