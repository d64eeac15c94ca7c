"""The decision rules, as data only: the default sequence, notes, sequence rules, confidence and texts.

``RUBRIC_VERSION`` names the scoring rubric: the questions' ids and weights (``questions.py``) and the
rules below. Share links store it. The unit tests record the rubric's fingerprint for each version and
fail when the rubric changes without a new version. Texts can change without one.
"""

from __future__ import annotations

from decision_engine.model import Condition, ConfidenceRules, Note, ScalingType, SequenceRule

RUBRIC_VERSION = "1"

TECHNICAL = ScalingType.TECHNICAL
PROCESS = ScalingType.PROCESS
USER = ScalingType.USER

#: Technical, then process, then user, as the product goes upmarket and adoption widens. Also breaks ties.
DEFAULT_SEQUENCE: tuple[ScalingType, ...] = (TECHNICAL, PROCESS, USER)

DEALS_BLOCKED = Condition("deals_blocked", ("yes",))
GOING_UPMARKET = Condition("adoption", ("upmarket",))

#: Sentences added to the rationale when their conditions hold and the lead is the one named.
NOTES: tuple[Note, ...] = (
    Note(
        id="stability_first",
        when=(DEALS_BLOCKED,),
        lead=TECHNICAL,
        text=(
            "Enterprise deals are blocked, yet stability still leads: the evidence for outages and latency is "
            "stronger. A product that goes down loses the enterprise deal anyway, because buyers check uptime and "
            "incident history before they check permissions, and every control you add has to run on a system "
            "that stays up. User scaling comes straight after."
        ),
    ),
    Note(
        id="delivery_first",
        when=(DEALS_BLOCKED,),
        lead=PROCESS,
        text=(
            "Enterprise deals are blocked, yet predictable delivery still leads: the evidence for regressions and "
            "firefighting is stronger. Controls shipped by a team that is fighting fires arrive late and break; "
            "with quality gates and a release rhythm in place, the work that unblocks the deals ships on time."
        ),
    ),
    Note(
        id="controls_first",
        when=(DEALS_BLOCKED,),
        lead=USER,
        text=(
            "Enterprise deals are blocked on missing controls, so user scaling leads, ahead of the default "
            "sequence: start with the controls the blocked deals name."
        ),
    ),
)

#: Changes to the default order of the types after the lead.
SEQUENCE_RULES: tuple[SequenceRule, ...] = (
    SequenceRule(
        id="deals_blocked_user_before_process",
        when=(DEALS_BLOCKED,),
        move=USER,
        ahead_of=PROCESS,
        text="User scaling comes before process scaling: enterprise deals are blocked on missing controls.",
    ),
    SequenceRule(
        id="upmarket_user_before_process",
        when=(GOING_UPMARKET,),
        move=USER,
        ahead_of=PROCESS,
        text="User scaling comes before process scaling: the product is going upmarket.",
    ),
)

CONFIDENCE = ConfidenceRules(
    start=100,
    deciding_unsure=35,
    context_unsure=10,
    unanswered=6,
    tie=30,
    near_tie=15,
    near_tie_margin=1,
    floor=5,
    high=75,
    medium=50,
)

# Texts the engine fills in. Placeholders: {lead} and {type} are titles such as "Technical scaling".
HEADLINE = "Invest in {lead_lower} first."
LEAD_REASON = "{lead} leads: it has the most evidence ({score} {points})."
TIE_BREAK = (
    "{tied} tie at {score} {points}; the default sequence (technical, then process, then user) breaks the tie, "
    "so {lead_lower} leads."
)
DEFAULT_ORDER_REASON = (
    "The others follow the default sequence: technical, then process, then user, as the product goes upmarket "
    "and adoption widens."
)
OVERRULED = (
    "{lead} leads although you named {failure} as the most expensive failure mode: your other answers add up to "
    "more evidence for it ({lead_score} {points} against {named_score} for {named_lower})."
)
CONFIDENCE_DECIDING_UNSURE = "You were not sure of the most expensive failure mode."
CONFIDENCE_CONTEXT_UNSURE = "{count} other {answers} 'Not sure'."
CONFIDENCE_UNANSWERED = "{count} context {questions} left unanswered."
CONFIDENCE_TIE = "The top two types tie."
CONFIDENCE_NEAR_TIE = "The top two types are only {margin} {points} apart."
UNDER_INVESTED = (
    "{type} has {evidence} {points} of evidence but got {effort} of last quarter's effort: "
    "of the types whose effort you gave, it is the most under-invested."
)
