"""The doctrine's decision table (rubric version 4), shared by the CPython and the Pyodide tests.

Each row: the answers, the lead and second place, the confidence level, the flags (id, lead under the other
reading), and, where the row says, the questions `would_change` names.
"""

from __future__ import annotations

from dataclasses import dataclass

from decision_engine import ScalingType

T, P, U = ScalingType.TECHNICAL, ScalingType.PROCESS, ScalingType.USER


@dataclass(frozen=True)
class Row:
    """One row: the answers, the lead and second place, the confidence level, and each flag as (id, other lead)."""

    name: str
    answers: dict[str, str]
    lead: ScalingType
    second: ScalingType
    level: str = "firm"
    flags: tuple[tuple[str, ScalingType], ...] = ()
    change_questions: tuple[str, ...] | None = None  # the questions `would_change` names, when the row says


FM, DB, CM, AD = "failure_mode", "deals_blocked", "costs_more", "adoption"
FO, FR, FG, CF = "freq_outages", "freq_regressions", "freq_governance", "comfort"

TABLE: tuple[Row, ...] = (
    Row("outages", {FM: "outages"}, T, P),
    Row("regressions", {FM: "regressions"}, P, T),
    Row("governance", {FM: "governance"}, U, T, change_questions=()),
    Row("governance, deals blocked", {FM: "governance", DB: "yes"}, U, T, change_questions=()),
    Row("not sure", {FM: "not_sure"}, T, P, "tentative"),
    Row("not sure, deals blocked", {FM: "not_sure", DB: "yes"}, U, T, "tentative"),
    Row("not sure, regressions weekly", {FM: "not_sure", FR: "weekly"}, P, T, "tentative"),
    Row("not sure, mid-market", {FM: "not_sure", AD: "mid_market"}, T, P, "tentative"),
    Row(
        "not sure, deals blocked, outages weekly",
        {FM: "not_sure", DB: "yes", FO: "weekly"},
        U,
        T,
        "tentative",
        (("unsure_weekly", T),),
    ),
    Row("outages, deals blocked, follow-up open", {FM: "outages", DB: "yes"}, T, U, "check", change_questions=(CM,)),
    Row("outages, deals blocked, follow-up: named", {FM: "outages", DB: "yes", CM: "named_failure"}, T, U),
    Row("outages, deals blocked, follow-up: deals", {FM: "outages", DB: "yes", CM: "blocked_deals"}, U, T),
    # "As long as it is not falling over" (Sequencing): the named failure weekly, the deals said to cost more, is
    # flagged (rubric 3; two reviews found it firm).
    Row(
        "outages, deals blocked, follow-up: deals, outages weekly",
        {FM: "outages", DB: "yes", CM: "blocked_deals", FO: "weekly"},
        U,
        T,
        "check",
        (("deals_over_weekly", T),),
    ),
    Row("outages, deals blocked, follow-up: not sure", {FM: "outages", DB: "yes", CM: "not_sure"}, T, U, "check"),
    Row(
        "outages, deals blocked, upmarket",
        {FM: "outages", DB: "yes", AD: "upmarket"},
        T,
        U,
        "check",
        change_questions=(CM,),
    ),
    Row(
        "outages, deals blocked, outages rarely",
        {FM: "outages", DB: "yes", FO: "rarely"},
        T,
        U,
        "check",
        (("named_rarely", U),),
    ),
    Row("outages, deals not sure", {FM: "outages", DB: "not_sure"}, T, P),
    Row("regressions, deals blocked, follow-up: deals", {FM: "regressions", DB: "yes", CM: "blocked_deals"}, U, P),
    # A weekly pain that is not the failure named is flagged with the deals said to cost more too: its other reading
    # has that failure cost most, more than the deals (rubric 3; a review found these firm, with no flag).
    Row(
        "regressions, deals blocked, follow-up: deals, outages weekly",
        {FM: "regressions", DB: "yes", CM: "blocked_deals", FO: "weekly"},
        U,
        P,
        "check",
        (("other_weekly", T),),
    ),
    Row(
        "outages, deals blocked, follow-up: deals, regressions weekly",
        {FM: "outages", DB: "yes", CM: "blocked_deals", FR: "weekly"},
        U,
        T,
        "check",
        (("other_weekly", P),),
    ),
    Row("not sure, outages and regressions rarely", {FM: "not_sure", FO: "rarely", FR: "rarely"}, U, T, "tentative"),
    Row("outages, upmarket", {FM: "outages", AD: "upmarket"}, T, U),
    Row("regressions, regressions weekly, outages monthly", {FM: "regressions", FR: "weekly", FO: "monthly"}, P, T),
    Row("regressions, outages weekly", {FM: "regressions", FO: "weekly"}, P, T, "check", (("other_weekly", T),)),
    Row(
        "governance, deals no, governance rarely",
        {FM: "governance", DB: "no", FG: "rarely"},
        U,
        T,
        "check",
        (("named_rarely", T),),
    ),
    Row(
        "governance, deals blocked, regressions weekly",
        {FM: "governance", DB: "yes", FR: "weekly"},
        U,
        P,
        "check",
        (("other_weekly", P),),
    ),
    Row(
        "governance, deals blocked, upmarket, outages weekly",
        {FM: "governance", DB: "yes", AD: "upmarket", FO: "weekly"},
        U,
        T,
        "check",
        (("other_weekly", T),),
    ),
    Row(
        "Two fires at once: governance, deals blocked, upmarket, outages rarely",
        {FM: "governance", DB: "yes", AD: "upmarket", FO: "rarely"},
        U,
        P,
    ),
    Row("outages, comfort: process", {FM: "outages", CF: "process"}, T, P),
)
