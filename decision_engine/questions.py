"""The questionnaire, as data only: questions, options and how each answer moves each type's evidence.

Question and option ids are stable: share links store them. Changing an id, a kind, a point value or
an effort value changes the rubric fingerprint and needs a new ``RUBRIC_VERSION`` (see ``rules.py``).
Texts (prompts, labels, rationales) can change without one.
"""

from __future__ import annotations

from decision_engine.model import Effect, Option, Question, QuestionKind, ScalingType

TECHNICAL = ScalingType.TECHNICAL
PROCESS = ScalingType.PROCESS
USER = ScalingType.USER

NOT_SURE = Option(id="not_sure", label="Not sure", unsure=True)


def _frequency_options(kind: ScalingType, pain: str) -> tuple[Option, ...]:
    """Weekly / monthly / rarely / not sure for one failure mode: the same weights for each type."""
    title = kind.title
    return (
        Option(
            id="weekly",
            label="Weekly or more",
            effects=(Effect(kind, 2, f"{pain} weekly or more: strong evidence for {title.lower()}."),),
        ),
        Option(
            id="monthly",
            label="About monthly",
            effects=(Effect(kind, 1, f"{pain} about monthly: some evidence for {title.lower()}."),),
        ),
        Option(
            id="rarely",
            label="Rarely",
            effects=(Effect(kind, -2, f"{pain} rarely: evidence against {title.lower()} leading now."),),
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
    help="The one that costs you most this quarter: in revenue, customers, or the team's time.",
    kind=QuestionKind.DECIDING,
    options=(
        Option(
            id="outages",
            label="Outages / latency",
            effects=(
                Effect(
                    TECHNICAL,
                    3,
                    "Outages and latency are the most expensive failure: a systems problem, "
                    "which technical scaling fixes.",
                ),
            ),
        ),
        Option(
            id="regressions",
            label="Regressions / firefighting",
            effects=(
                Effect(
                    PROCESS,
                    3,
                    "Regressions and firefighting are the most expensive failure: a delivery problem, "
                    "which process scaling fixes.",
                ),
            ),
        ),
        Option(
            id="governance",
            label="Governance / trust / permissions",
            effects=(
                Effect(
                    USER,
                    3,
                    "Governance, trust and permissions are the most expensive failure: an adoption problem "
                    "in larger organisations, which user scaling fixes.",
                ),
            ),
        ),
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
                Effect(
                    USER,
                    2,
                    "Enterprise deals are blocked on missing controls: revenue waits on user scaling.",
                ),
            ),
        ),
        Option(id="no", label="No"),
        NOT_SURE,
    ),
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
                Effect(
                    PROCESS,
                    1,
                    "Adoption is widening to the mid-market: more customers notice every regression.",
                ),
                Effect(
                    USER,
                    1,
                    "Adoption is widening to the mid-market: buyers start to ask for roles and admin controls.",
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
                    "The product is going upmarket: larger organisations need governance, audit and "
                    "admin controls before they roll it out widely.",
                ),
            ),
        ),
        NOT_SURE,
    ),
)

FREQ_OUTAGES = Question(
    id="freq_outages",
    prompt="How often do outages or latency breaches hurt now?",
    help="Incidents, pages, or response times over what you promised.",
    kind=QuestionKind.CONTEXT,
    options=_frequency_options(TECHNICAL, "Outages or latency breaches hurt"),
)

FREQ_REGRESSIONS = Question(
    id="freq_regressions",
    prompt="How often do regressions or firefighting hurt now?",
    help="Releases that break something that worked, hotfixes, plans dropped to fight fires.",
    kind=QuestionKind.CONTEXT,
    options=_frequency_options(PROCESS, "Regressions or firefighting hurt"),
)

FREQ_GOVERNANCE = Question(
    id="freq_governance",
    prompt="How often do lost deals, security questionnaires or admin requests hurt now?",
    help="Deals lost or stalled on controls, security reviews, customers asking you to change their settings.",
    kind=QuestionKind.CONTEXT,
    options=_frequency_options(USER, "Lost deals, security questionnaires or admin requests hurt"),
)


def _effort_question(kind: ScalingType, examples: str) -> Question:
    return Question(
        id=f"effort_{kind.value}",
        prompt=f"How much of last quarter's effort went to {kind.title.lower()}?",
        help=f"Work such as {examples}. This changes the under-invested note, never the lead.",
        kind=QuestionKind.EFFORT,
        options=_effort_options(),
        about=kind,
    )


EFFORT_TECHNICAL = _effort_question(TECHNICAL, "caching, indexing, queueing, retries or cost optimisation")
EFFORT_PROCESS = _effort_question(PROCESS, "release trains, quality gates, on-call, runbooks or postmortems")
EFFORT_USER = _effort_question(USER, "RBAC, audit logs, governance, templates or admin controls")

#: The questionnaire, in the order it is asked.
QUESTIONS: tuple[Question, ...] = (
    FAILURE_MODE,
    DEALS_BLOCKED,
    ADOPTION,
    FREQ_OUTAGES,
    FREQ_REGRESSIONS,
    FREQ_GOVERNANCE,
    EFFORT_TECHNICAL,
    EFFORT_PROCESS,
    EFFORT_USER,
)
