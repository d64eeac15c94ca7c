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
            "retries",
            "Put timeouts and retries with backoff and jitter on calls to other services, "
            "so one slow dependency does not take the product down.",
        ),
        Action("caching", "Find the slowest, most-used reads and put a cache with a clear expiry in front of them."),
        Action("queueing", "Move slow work (exports, emails, webhooks) off the request path into a queue."),
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
            "quality_gates",
            "Add a quality gate to the release path: the tests that would have caught the last three "
            "regressions must pass before a change ships.",
        ),
        Action("postmortems", "Hold a blameless postmortem after each incident and track its follow-ups to done."),
        Action("on_call", "Set up an on-call rota with a clear escalation path, so every incident has an owner."),
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
            "rbac",
            "List the controls that blocked deals asked for, and start with roles and permissions in one model.",
        ),
        Action("audit_logs", "Record who did what, and when, in an audit log that customer admins can export."),
        Action("admin_controls", "Give customer admins self-serve settings for the requests support handles most."),
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
