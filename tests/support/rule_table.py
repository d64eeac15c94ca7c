"""The rule table: for each deciding situation, the answers and the lead the rubric must give (other
questions unanswered unless named). Checked against the engine (tests/unit/test_rules_table.py) and through
the form in Chromium (tests/browser/test_questionnaire.py)."""

from __future__ import annotations

from decision_engine import ScalingType

TECHNICAL, PROCESS, USER = ScalingType.TECHNICAL, ScalingType.PROCESS, ScalingType.USER

RULE_TABLE: list[tuple[str, dict[str, str], ScalingType]] = [
    ("outages alone", {"failure_mode": "outages"}, TECHNICAL),
    ("regressions alone", {"failure_mode": "regressions"}, PROCESS),
    ("governance alone", {"failure_mode": "governance"}, USER),
    ("not sure alone", {"failure_mode": "not_sure"}, TECHNICAL),
    ("not sure + deals blocked", {"failure_mode": "not_sure", "deals_blocked": "yes"}, USER),
    (
        "outages + deals blocked + outages weekly",
        {"failure_mode": "outages", "deals_blocked": "yes", "freq_outages": "weekly"},
        TECHNICAL,
    ),
    (
        "outages + deals blocked + outages rarely",
        {"failure_mode": "outages", "deals_blocked": "yes", "freq_outages": "rarely"},
        USER,
    ),
    (
        "regressions + deals blocked + regressions weekly",
        {"failure_mode": "regressions", "deals_blocked": "yes", "freq_regressions": "weekly"},
        PROCESS,
    ),
    (
        "regressions + deals blocked + regressions rarely",
        {"failure_mode": "regressions", "deals_blocked": "yes", "freq_regressions": "rarely"},
        USER,
    ),
    ("outages + going upmarket", {"failure_mode": "outages", "adoption": "upmarket"}, TECHNICAL),
]
