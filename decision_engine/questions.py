"""The questionnaire, as data only: questions, options, when a question is asked, and the evidence each answer gives.

Question and option ids are stable: share links store them. Changing an id, a kind, a condition, a point value
or an effort value changes the rubric fingerprint and needs a new ``RUBRIC_VERSION`` (see ``rules.py``).
Texts (prompts, labels, rationales) can change without one.
"""

from __future__ import annotations

from decision_engine.model import Condition, Effect, Option, Question, QuestionKind, ScalingType

TECHNICAL = ScalingType.TECHNICAL
PROCESS = ScalingType.PROCESS
USER = ScalingType.USER

NOT_SURE = Option(id="not_sure", label="Not sure", unsure=True)


def _frequency_options(kind: ScalingType, pain: str) -> tuple[Option, ...]:
    """Weekly / monthly / rarely / not sure for one failure mode: the same points for each type."""
    title = kind.title.lower()
    return (
        Option(
            id="weekly",
            label="Weekly or more",
            effects=(Effect(kind, 2, f"{pain} weekly or more: strong evidence for {title}."),),
        ),
        Option(
            id="monthly",
            label="About monthly",
            effects=(Effect(kind, 1, f"{pain} about monthly: some evidence for {title}."),),
        ),
        Option(
            id="rarely",
            label="Rarely",
            effects=(Effect(kind, -2, f"{pain} rarely: evidence against {title} now."),),
        ),
        NOT_SURE,
    )


def _effort_options() -> tuple[Option, ...]:
    """None / some / most of last quarter's effort; the ids match the complaint triage's ``investment``."""
    return (
        Option(id="none", label="None", effort=0),
        Option(id="some", label="Some", effort=2),
        Option(id="most", label="Most", effort=5),
    )


FAILURE_MODE = Question(
    id="failure_mode",
    prompt="What is the most expensive failure mode right now?",
    help="The one that costs you most this quarter: in revenue, customers, or the team's time. Your answer decides "
    "which kind of scaling leads.",
    kind=QuestionKind.DECIDING,
    options=(
        Option(id="outages", label="Outages / latency", names=TECHNICAL),
        Option(id="regressions", label="Regressions / firefighting", names=PROCESS),
        Option(id="governance", label="Governance / trust / permissions", names=USER),
        NOT_SURE,
    ),
)

DEALS_BLOCKED = Question(
    id="deals_blocked",
    prompt="Are enterprise deals blocked on missing controls?",
    help="Permissions, audit logs, single sign-on, admin settings: a buyer said no, or waits, for want of them.",
    kind=QuestionKind.CONTEXT,
    options=(
        Option(
            id="yes",
            label="Yes",
            effects=(
                Effect(USER, 2, "Enterprise deals are blocked on missing controls: strong evidence for user scaling."),
            ),
        ),
        Option(id="no", label="No"),
        NOT_SURE,
    ),
)

COSTS_MORE = Question(
    id="costs_more",
    prompt="Which costs you more right now: the failure you named, or the blocked deals?",
    help="Put both in the same unit (revenue lost or delayed this quarter, customers, the team's time). If the "
    "blocked deals cost more, user scaling may need to lead.",
    kind=QuestionKind.FOLLOW_UP,
    options=(
        Option(id="named_failure", label="The failure I named", stands_for="failure_mode"),
        Option(id="blocked_deals", label="The blocked deals"),
        NOT_SURE,
    ),
    asked_when=(Condition("deals_blocked", ("yes",)), Condition("failure_mode", ("outages", "regressions"))),
)

ADOPTION = Question(
    id="adoption",
    prompt="Where is adoption heading?",
    help="The customers you expect to win over the next two quarters.",
    kind=QuestionKind.CONTEXT,
    options=(
        Option(id="same_customers", label="More of the same kind of customers"),
        Option(
            id="mid_market",
            label="Mid-market",
            effects=(
                Effect(PROCESS, 1, "Adoption is widening to the mid-market: more customers notice every regression."),
                Effect(
                    USER, 1, "Adoption is widening to the mid-market: buyers start to ask for roles and admin controls."
                ),
            ),
        ),
        Option(
            id="upmarket",
            label="Going upmarket (enterprise)",
            effects=(
                Effect(
                    USER,
                    2,
                    "The product is going upmarket: larger organisations need governance, audit and admin controls "
                    "before they roll it out widely.",
                ),
            ),
        ),
        NOT_SURE,
    ),
)


def _frequency_question(kind: ScalingType, question_id: str, prompt: str, help_text: str, pain: str) -> Question:
    return Question(
        id=question_id,
        prompt=prompt,
        help=help_text,
        kind=QuestionKind.FREQUENCY,
        options=_frequency_options(kind, pain),
        about=kind,
    )


FREQ_OUTAGES = _frequency_question(
    TECHNICAL,
    "freq_outages",
    "How often do outages or latency breaches hurt now?",
    "Incidents, pages, or response times over what you promised.",
    "Outages or latency breaches hurt",
)
FREQ_REGRESSIONS = _frequency_question(
    PROCESS,
    "freq_regressions",
    "How often do regressions or firefighting hurt now?",
    "Releases that break something that worked, hotfixes, plans dropped to fight fires.",
    "Regressions or firefighting hurt",
)
FREQ_GOVERNANCE = _frequency_question(
    USER,
    "freq_governance",
    "How often do lost deals, security questionnaires or admin requests hurt now?",
    "Deals lost or stalled on controls, security reviews, customers asking you to change their settings.",
    "Lost deals, security questionnaires or admin requests hurt",
)


def _effort_question(kind: ScalingType, examples: str) -> Question:
    return Question(
        id=f"effort_{kind.value}",
        prompt=f"How much of last quarter's effort went to {kind.title.lower()}?",
        help=f"Work such as {examples}. This changes the under-invested verdict, never the lead.",
        kind=QuestionKind.EFFORT,
        options=_effort_options(),
        about=kind,
    )


EFFORT_TECHNICAL = _effort_question(TECHNICAL, "caching, indexing, queueing, retries or cost optimisation")
EFFORT_PROCESS = _effort_question(PROCESS, "release trains, quality gates, on-call, runbooks or postmortems")
EFFORT_USER = _effort_question(USER, "RBAC, audit logs, governance, templates or admin controls")

COMFORT = Question(
    id="comfort",
    prompt="Which kind of scaling work does your team reach for first?",
    help="The work that feels most natural to the team when something hurts. Teams usually pick the scaling they "
    "are most comfortable with; this answer never changes the recommendation, it only says when they differ.",
    kind=QuestionKind.COMFORT,
    options=(
        Option(id="technical", label="Technical work (systems, performance)", names=TECHNICAL),
        Option(id="process", label="Process work (releases, on-call, reviews)", names=PROCESS),
        Option(id="user", label="User-facing controls (roles, audit, admin)", names=USER),
        NOT_SURE,
    ),
)

#: The questionnaire, in the order it is asked. The follow-up stands right after what it depends on.
QUESTIONS: tuple[Question, ...] = (
    FAILURE_MODE,
    DEALS_BLOCKED,
    COSTS_MORE,
    ADOPTION,
    FREQ_OUTAGES,
    FREQ_REGRESSIONS,
    FREQ_GOVERNANCE,
    EFFORT_TECHNICAL,
    EFFORT_PROCESS,
    EFFORT_USER,
    COMFORT,
)
