"""What the guide says about each scaling type, as data only.

Example ids are stable: the complaint cues and the first actions refer to them.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from decision_engine.model import Action, Example, Guidance, ScalingType

TECHNICAL_GUIDANCE = Guidance(
    type=ScalingType.TECHNICAL,
    focus="Systems performance and reliability: the product stays up and fast as load grows.",
    examples=(
        Example("caching", "Caching", "Serve repeated reads from memory instead of recomputing them."),
        Example("indexing", "Indexing", "Let the database find rows without scanning whole tables."),
        Example("queueing", "Queueing", "Move slow or bursty work off the request path."),
        Example("retries", "Retries", "Recover from transient failures with timeouts, backoff and jitter."),
        Example(
            "cost_optimisation", "Cost optimisation", "Keep the infrastructure cost per customer flat as usage grows."
        ),
    ),
    trade_off="It can consume engineering time without changing the customer experience unless it is productised.",
    keep_in_check=(
        "Tie each piece of work to a target customers feel (an SLO, a latency budget, a cost per customer) "
        "and stop when it is met; productise the gain: higher limits, faster exports, a status page."
    ),
    ignored=(
        "Outages and slow pages that grow with every new customer.",
        "Incidents that eat the roadmap.",
        "Infrastructure costs that grow faster than revenue.",
    ),
    first_actions=(
        Action(
            "Pick the three user journeys that matter most (sign in, the core action, the one that earns money) "
            "and put their p99 latency and error rate on one dashboard.",
            "Pick the three user journeys that matter most",
        ),
        Action(
            "Write a first SLO for one of them, even a rough one, so “too slow” has a definition.",
            "Write a first SLO for one of them",
        ),
        Action(
            "Read the slow-query log and fix the top one or two with an index or a query change.",
            "Read the slow-query log",
            "indexing",
        ),
        Action(
            "Audit your retries: every outbound call should have a timeout, a capped number of attempts and "
            "backoff with jitter.",
            "Audit your retries",
            "retries",
        ),
        Action(
            "Find the one piece of slow work inside a request (an export, an email, a webhook) and move it to a queue.",
            "Find the one piece of slow work inside a request",
            "queueing",
        ),
        Action(
            "Put a price on the system: cost per customer, roughly, from last month's bill.",
            "Put a price on the system",
            "cost_optimisation",
        ),
    ),
)

PROCESS_GUIDANCE = Guidance(
    type=ScalingType.PROCESS,
    focus="Predictable delivery and incident response: the team ships on a rhythm and recovers the same way each time.",
    examples=(
        Example(
            "release_trains", "Release trains", "Ship on a fixed schedule; a late change waits for the next train."
        ),
        Example("quality_gates", "Quality gates", "Checks a change must pass before it ships."),
        Example("on_call", "On-call", "A named owner for incidents at every hour, with a way to escalate."),
        Example("runbooks", "Runbooks", "Written steps for known incidents, so anyone on call can act."),
        Example("postmortems", "Postmortems", "Blameless reviews that turn each incident into fixes."),
    ),
    trade_off="It can feel slow in the short term but raises throughput and quality long term.",
    keep_in_check=(
        "Keep each step as light as the risk allows: measure lead time and change failure rate, "
        "and automate or drop any step that does not move them."
    ),
    ignored=(
        "Regressions in every release, and customers who stop trusting updates.",
        "Firefighting that crowds out planned work.",
        "Incidents handled differently each time, by whoever happens to be online.",
    ),
    first_actions=(
        Action(
            "Count last month's unplanned work: incidents, hotfixes and rollbacks, and the hours they took. This "
            "is your baseline.",
            "Count last month's unplanned work",
        ),
        Action(
            "Name an on-call owner for this week, route your alerts to them, and write down how to escalate.",
            "Name an on-call owner for this week",
            "on_call",
        ),
        Action(
            "Write one runbook for the alert that fired most often last month, and link it from the alert.",
            "Write one runbook",
            "runbooks",
        ),
        Action(
            "Add one quality gate aimed at your most common regression: the missing test, the migration check, "
            "the smoke test on staging.",
            "Add one quality gate",
            "quality_gates",
        ),
        Action(
            "Hold a blameless postmortem for the last significant incident, with three actions at most, each with "
            "an owner and a date.",
            "Hold a blameless postmortem",
            "postmortems",
        ),
        Action(
            "Agree a release rhythm (a day and time) and ship on it, small, even when little is ready.",
            "Agree a release rhythm",
            "release_trains",
        ),
    ),
)

USER_GUIDANCE = Guidance(
    type=ScalingType.USER,
    focus="Adoption in larger organisations: the product can be bought, governed and rolled out by many teams.",
    examples=(
        Example("rbac", "RBAC", "Role-based access control: who may see and do what."),
        Example("audit_logs", "Audit logs", "A record of who did what, and when."),
        Example("governance", "Governance", "Policies an organisation can set and enforce across its teams."),
        Example("templates", "Templates", "Approved starting points that spread good practice across teams."),
        Example("admin_controls", "Admin controls", "Settings customer admins manage without asking support."),
    ),
    trade_off="It adds complexity but enables enterprise expansion and reduces operational risk.",
    keep_in_check=(
        "Build the controls that named deals and customers ask for, in one permission model rather than "
        "one-off switches per customer, and remove settings nobody uses."
    ),
    ignored=(
        "Enterprise deals stalled on security questionnaires and missing controls.",
        "Support drowning in admin requests customers could handle themselves.",
        "Adoption capped at the team that bought the product, with no safe way to roll it out further.",
    ),
    first_actions=(
        Action(
            "List the last five deals that stalled or were lost and the control each customer asked for. The "
            "repeats are your backlog.",
            "List the last five deals that stalled or were lost",
        ),
        Action(
            "Collect the security questionnaires you answered this year and mark every “no” or “partial”.",
            "Collect the security questionnaires",
        ),
        Action(
            "Start an audit log for the riskiest events (sign-in, permission change, export, deletion), even "
            "before there is a screen to show it.",
            "Start an audit log",
            "audit_logs",
        ),
        Action(
            "Define three built-in roles (for example viewer, member, admin) and move the permission checks into "
            "one place in the code.",
            "Define three built-in roles",
            "rbac",
        ),
        Action(
            "Count the admin tickets your team handled by hand last month, and pick the most common to turn into "
            "a self-service admin control.",
            "Count the admin tickets",
            "admin_controls",
        ),
    ),
)

#: The guidance for each type, in the default sequence.
GUIDANCE: Mapping[ScalingType, Guidance] = MappingProxyType(
    {
        ScalingType.TECHNICAL: TECHNICAL_GUIDANCE,
        ScalingType.PROCESS: PROCESS_GUIDANCE,
        ScalingType.USER: USER_GUIDANCE,
    }
)
