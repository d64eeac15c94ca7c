"""The doctrine, as data only: which type leads, what comes next, which conflicts are flagged, and the texts.

1. The named failure mode decides the lead (outages/latency -> technical, regressions/firefighting -> process,
   governance/trust/permissions -> user). Context never outweighs it.
2. The source's exception, applied by asking: with deals blocked and outages or regressions named, the follow-up
   asks which costs more; "the blocked deals" puts user scaling first and the named type second.
3. "Not sure": deals blocked puts user first; otherwise the type with the most frequency points leads.
4. After the lead: user scaling comes next when deals are blocked or the product goes upmarket; the rest follow by
   their evidence, ties by the default sequence.
5. Conflicts are flagged with the lead under the other reading; 6. the changes to one answer that would change
   the lead are found by trying them; 7. confidence is a word, never a number; 8. one under-invested verdict;
   9. the comfort zone is said, never weighed.

``RUBRIC_VERSION`` names the rubric: the questions' ids, kinds, conditions and points (``questions.py``) and the
rules below. Share links store it. The unit tests record the rubric's fingerprint for each version and fail when
the rubric changes without a new version. Texts can change without one.
"""

from __future__ import annotations

from decision_engine.model import Condition, LeadRule, NextRule, QuestionKind, ScalingType

RUBRIC_VERSION = "4"

TECHNICAL = ScalingType.TECHNICAL
PROCESS = ScalingType.PROCESS
USER = ScalingType.USER

#: Technical, then process, then user, as the product goes upmarket and adoption widens. Also breaks ties.
DEFAULT_SEQUENCE: tuple[ScalingType, ...] = (TECHNICAL, PROCESS, USER)

DEALS_BLOCKED = Condition("deals_blocked", ("yes",))
GOING_UPMARKET = Condition("adoption", ("upmarket",))
FAILURE_NOT_SURE = Condition("failure_mode", ("not_sure",))

#: Rules that put a type other than the named one first, tried in order; the first that holds decides.
LEAD_RULES: tuple[LeadRule, ...] = (
    LeadRule(
        id="blocked_deals_cost_more",
        when=(DEALS_BLOCKED, Condition("costs_more", ("blocked_deals",))),
        lead=USER,
        then_named=True,
        text="{lead} leads: enterprise deals are blocked, and you said they cost more than {failure}.",
    ),
    LeadRule(
        id="unsure_deals_blocked",
        when=(FAILURE_NOT_SURE, DEALS_BLOCKED),
        lead=USER,
        then_named=False,
        text="{lead} leads: you were not sure of the most expensive failure, and enterprise deals are blocked.",
    ),
)
#: The blocked deals said to cost more than the failure named: its lead is the type the deals are a pain of.
DEALS_OVER_NAMED = LEAD_RULES[0]

#: With "Not sure" and no lead rule holding, the type with the most points from these questions leads.
UNSURE_LEAD_FROM: tuple[QuestionKind, ...] = (QuestionKind.FREQUENCY,)

#: After the lead, the first rule that holds puts its type next (when it is not the lead).
NEXT_RULES: tuple[NextRule, ...] = (
    NextRule(
        id="deals_blocked_user_next",
        when=(DEALS_BLOCKED,),
        type=USER,
        text="{type} comes next: enterprise deals are blocked on missing controls.",
    ),
    NextRule(
        id="upmarket_user_next",
        when=(GOING_UPMARKET,),
        type=USER,
        text="{type} comes next: the product is going upmarket.",
    ),
)

# The conflicts flagged (rule 5), by id: the named failure's own frequency is "rarely"; another pain is weekly
# while the named one is not; "Not sure" with deals blocked while outages or regressions hurt weekly; the blocked
# deals said to cost more while the named failure hurts weekly (FLAG_DEALS_OVER_WEEKLY, below).
FLAG_NAMED_RARELY = "named_rarely"
FLAG_OTHER_WEEKLY = "other_weekly"
FLAG_UNSURE_WEEKLY = "unsure_weekly"
#: The blocked deals said to cost more than the failure named, whose pain hurts weekly: "as long as it is not falling
#: over" (the guide, Sequencing).
FLAG_DEALS_OVER_WEEKLY = "deals_over_weekly"
#: The text of FLAG_OTHER_WEEKLY when the named failure's own frequency is not given (the flag's id is the same).
FLAG_OTHER_WEEKLY_UNSAID = "other_weekly_unsaid"
#: The frequency answer that raises a flag for the named failure, and the one for another pain.
RARELY = "rarely"
WEEKLY = "weekly"
#: The named failure rated "rarely" is no conflict for these types while deals are blocked: the deals are the pain.
RARELY_EXEMPT_WHEN_BLOCKED: tuple[ScalingType, ...] = (USER,)
#: "Not sure" with deals blocked is flagged when one of these types' pain is weekly.
UNSURE_WEEKLY_TYPES: tuple[ScalingType, ...] = (TECHNICAL, PROCESS)
#: A weekly pain's other reading ("if {other failure} cost you most") names that failure, and it costs more than
#: the blocked deals too: the follow-up's answer in that reading.
OTHER_COSTS_MORE = Condition("costs_more", ("named_failure",))

# ---------------------------------------------------------------------------------------------
# Texts the engine fills in. {lead}, {type}, {named}: titles such as "Technical scaling"; {failure}: the named
# failure in words, e.g. "outages and latency".
# ---------------------------------------------------------------------------------------------

HEADLINE = "Invest in {lead_lower} first."
#: The named failure in a sentence, by deciding option id.
FAILURE_WORDS: dict[str, str] = {
    "outages": "outages and latency",
    "regressions": "regressions and firefighting",
    "governance": "governance, trust and permissions",
}
#: The pain a frequency question asks about, in a sentence, by type.
PAIN_WORDS: dict[ScalingType, str] = {
    TECHNICAL: "outages or latency breaches",
    PROCESS: "regressions or firefighting",
    USER: "lost deals, security questionnaires or admin requests",
}
#: "Watch for later" lists what fails when a type is left for later; where an answer says that failure already hurts,
#: it says so first (a reader's review: it named, as a future risk, the failure the reader had just named).
_WATCH_LATER = " Left for later, it grows:"  # after the sentence that says it hurts already, before the list
WATCH_NAMED = "It hurts already: you named {failure} as the most expensive failure." + _WATCH_LATER
WATCH_WEEKLY = "It hurts already: you said {pain} hurt weekly or more." + _WATCH_LATER
#: Answers that say a type's failure already hurts without naming it (a review: with deals blocked, user scaling's entry
#: listed stalled enterprise deals as a risk to come); tried after the named failure, before a weekly pain.
WATCH_ANSWERS: tuple[tuple[Condition, ScalingType, str], ...] = (
    (
        DEALS_BLOCKED,
        USER,
        "It hurts already: you said enterprise deals are blocked on missing controls." + _WATCH_LATER,
    ),
)
LEAD_NAMED = "{lead} leads: you named {failure} as the most expensive failure."
LEAD_NAMED_ASKED = (
    "{lead} leads: you named {failure} as the most expensive failure. Enterprise deals are blocked too: "
    "you said {failure} cost more."
)
LEAD_NAMED_OPEN = (
    "{lead} leads: you named {failure} as the most expensive failure. Enterprise deals are blocked too, and you have "
    "not said which costs more: if the blocked deals do, user scaling may need to lead."
)
LEAD_NAMED_UNSURE = (
    "{lead} leads: you named {failure} as the most expensive failure. Enterprise deals are blocked too, and you were "
    "not sure which costs more: if the blocked deals do, user scaling may need to lead."
)
LEAD_UNSURE_EVIDENCE = (
    "{lead} leads: you were not sure of the most expensive failure, and its pain hurts most often ({points} {unit})."
)
#: The lead's own pain has no points (not answered, or "Not sure") and the other two hurt rarely: it hurts no
#: more often than they do as far as the answers say, so the words say what decided.
LEAD_UNSURE_OTHERS_RARELY = (
    "{lead} leads: you were not sure of the most expensive failure, and you said the other two pains hurt rarely, "
    "while you did not say that its pain does ({points} {unit}; the other two {others})."
)
#: Every tied pain was rated, each with the same answer (an unrated pain has 0 points, a rated one never does), which
#: the sentence names: "(-2 points)" alone read as a lead with negative evidence (a reader's review).
LEAD_UNSURE_TIE = (
    "{lead} leads: you were not sure of the most expensive failure, and {tied} tie on how often their pain hurts: "
    "“{frequency}” for each ({points} {unit} each); the default sequence (technical, then process, then user) breaks "
    "the tie."
)
#: The same tie when no answer says how often any of the tied types' pain hurts (unanswered or "Not sure"): no tie
#: was said (a reader's review: the one-question pages, which do not ask how often, reported a tie of 0 points).
LEAD_UNSURE_UNSAID = (
    "{lead} leads: you were not sure of the most expensive failure, and no answer says how often {pains} hurt{s}, so "
    "the default sequence (technical, then process, then user) decides."
)
#: The same, with the third type's pain said to hurt rarely: that answer put it out of the tie (a guide review: "the
#: default sequence (technical, then process, then user) decides" read as if technical should lead).
LEAD_UNSURE_UNSAID_BELOW = (
    "{lead} leads: you were not sure of the most expensive failure, you said {below} hurt rarely ({points} {unit}), "
    "and no answer says how often {pains} hurt, so the default sequence (technical, then process, then user) decides "
    "between them."
)
ANY_PAIN = "any of the three pains"
ALL_THREE = "all three types"
NEXT_NAMED = "{type} comes next: you named {failure} as the most expensive failure."
#: The other type's points with their unit (a reader's review: "than user scaling (-2)").
NEXT_MORE = (
    "{type} comes next: it has more evidence ({points} {unit}) than {other_lower} ({other_points} {other_unit})."
)
#: Second place at 0 points or fewer, ahead of a type with fewer: what counts against each decides (a reader's review:
#: "neither has any evidence" read as untrue of a type at -2).
#: Not "no answer counts for it": one may, with more against it (a reader's review: "Mid-market" counted +1 for user
#: scaling, at -1 with its pain said to hurt rarely).
NEXT_LESS_AGAINST = (
    "{type} comes next: it has more evidence ({points} {unit}) than {other_lower} ({other_points} {other_unit}), "
    "counting the answers against each."
)
NEXT_TIE = (
    "{type} comes next: it ties with {other_lower} at {points} {unit}, and the default sequence (technical, then "
    "process, then user) breaks the tie."
)
#: After the lead's own tie was said to be broken by the default sequence (a reader's review: "puts it first" of the
#: type in second place).
NEXT_TIE_AGAIN = (
    "{type} comes next: it ties with {other_lower} at {points} {unit}, and the default sequence puts it before "
    "{other_lower}."
)
#: A tie of two types no answer counts for (a diff review: "it ties with user scaling at 0 points" said a tie of
#: answers where none was given, as on the one-question pages).
NEXT_UNSAID = (
    "{type} comes next: no answer counts for it or for {other_lower}, and the default sequence (technical, then "
    "process, then user) puts it before {other_lower}."
)
NEXT_UNSAID_AGAIN = (
    "{type} comes next: no answer counts for it or for {other_lower}, and the default sequence puts it before "
    "{other_lower}."
)
LAST_UNSAID = (
    "{type} comes last: no answer counts for it or for {other_lower}, and the default sequence puts it after "
    "{other_lower}."
)
#: After a rule's reason for second place, where the type behind it has more points (a reader's review: "User scaling
#: 2nd, 0 points" above "Technical scaling 3rd, 1 point", and nothing said why).
NEXT_OVER_POINTS = (
    "{reason} That puts it before {other_lower}, whatever the points ({points} {unit} against {other_points} "
    "{other_unit})."
)
LAST = "{type} comes last ({points} {unit} of evidence)."
LAST_TIE = (
    "{type} comes last: it ties with {other_lower} at {points} {unit}, and the default sequence puts it after "
    "{other_lower}."
)
ROLE_LEAD_NAMED = "leads: you named it"
ROLE_LEAD_RULE = "leads: {why}"
ROLE_LEAD_RULE_WHY: dict[str, str] = {
    "blocked_deals_cost_more": "the blocked deals cost more",
    "unsure_deals_blocked": "deals are blocked",
}
ROLE_LEAD_UNSURE = "leads: its pain hurts most often"
ROLE_LEAD_UNSURE_RARELY = "leads: the other two pains hurt rarely"
#: The tie is on how often each pain hurts, not on the points beside it, which count adoption too (a diff review:
#: "first of the two tied" beside 2 points and 4); rated the same, or not rated at all (a later diff review: "ties on
#: how often its pain hurts" beside "no answer says how often"). Two tied: the third is behind them, and the default
#: sequence need not start with the lead (a guide review).
ROLE_LEAD_UNSURE_TIE = "leads: all three tie on how often their pain hurts; first in the default sequence"
ROLE_LEAD_UNSURE_UNSAID = "leads: no answer says how often any pain hurts; first in the default sequence"
ROLE_LEAD_UNSURE_TIE_TWO = (
    "leads: ties with {other_lower} on how often its pain hurts; first of the two in the default sequence"
)
ROLE_LEAD_UNSURE_UNSAID_TWO = (
    "leads: tied with {other_lower} (no answer says how often either pain hurts); first of the two in the default "
    "sequence"
)
ROLE_PLACES = ("", "2nd", "3rd")
#: Second place when a rule put it there, not its evidence (the chart shows it beside fewer points than the third).
ROLE_SECOND_RULE = "2nd: {why}"
ROLE_SECOND_NAMED = "the failure you named"
ROLE_NEXT_RULE_WHY: dict[str, str] = {
    "deals_blocked_user_next": "deals are blocked",
    "upmarket_user_next": "going upmarket",
}

FLAG_TEXTS: dict[str, str] = {
    FLAG_NAMED_RARELY: (
        "You named {failure} as the most expensive failure, but said {pain} hurt rarely. If you are not sure of the "
        "most expensive failure, {other_lower} would lead."
    ),
    FLAG_OTHER_WEEKLY: (
        "You named {failure} as the most expensive failure, but {pain} hurt weekly or more while {named_pain} do not. "
        "If {other_failure} cost you most, {other_lower} would lead."
    ),
    # The same where the reader has not said how often the named failure's pain hurts (unanswered or "Not sure").
    FLAG_OTHER_WEEKLY_UNSAID: (
        "You named {failure} as the most expensive failure, but {pain} hurt weekly or more, and you have not said how "
        "often {named_pain} do. If {other_failure} cost you most, {other_lower} would lead."
    ),
    FLAG_DEALS_OVER_WEEKLY: (
        "You said the blocked deals cost more than {failure}, but {pain} hurt weekly or more: a product that fails "
        "that often may not pass an enterprise evaluation, or renew. If {failure} cost more, {other_lower} would lead."
    ),
    FLAG_UNSURE_WEEKLY: (
        "You were not sure of the most expensive failure and enterprise deals are blocked, so user scaling leads, but "
        "{pain} hurt weekly or more. If {other_failure} cost you most, {other_lower} would lead."
    ),
}

CHANGE = "If you answered “{label}” to “{prompt}”, {lead_lower} would lead."
CHANGE_CLEARED = "If you left “{prompt}” unanswered, {lead_lower} would lead."
CHANGES_SUMMARY = "A different answer to one of these would change the lead:"
NO_CHANGE = "No other single answer would change the lead."
#: With a failure named: nothing but the deciding question changes the lead, alone or with the follow-up it opens.
NO_CHANGE_NAMED = f"{NO_CHANGE.removesuffix('.')}: only a different answer to the deciding question would."
#: No single change gives another lead, but an answer that opens a question (the follow-up) with its answer does (a
#: reader's review: "only the deciding question" denied the guide's exception, the blocked deals).
TWO_CHANGES = (
    "No other single answer would change the lead, but two together would: if you answered “{opening_label}” to "
    "“{opening_prompt}” and then “{label}” to “{prompt}”, {lead_lower} would lead."
)
#: The same, where the opened question's answer is the reader's, kept while it is not asked.
TWO_CHANGES_KEPT = (
    "No other single answer would change the lead, but “{opening_label}” to “{opening_prompt}” would: it asks "
    "“{prompt}” again, and your kept answer, “{label}”, if you keep it, puts {lead_lower} first."
)

CONFIDENCE_TENTATIVE = "tentative"
CONFIDENCE_CHECK = "check"
CONFIDENCE_FIRM = "firm"
#: Each level as the reader reads it, after "Confidence:". The level "check" is shown as "conditional": "Confidence:
#: check" read as an instruction (a reader's review); the lead holds on what is open or pulls the other way. The
#: levels themselves stay as they are in the JSON and on the page's elements.
CONFIDENCE_WORDS: dict[str, str] = {
    CONFIDENCE_TENTATIVE: "tentative",
    CONFIDENCE_CHECK: "conditional",
    CONFIDENCE_FIRM: "firm",
}
#: The firm level's word while questions that weigh in are unanswered or "Not sure" (two reader's reviews: "Confidence:
#: firm" after one answer read oddly beside "this may change as you answer"). The level stays "firm".
CONFIDENCE_FIRM_SO_FAR = "firm so far"
#: What each level means, shown after the level's word (so the word itself is said once).
CONFIDENCE_TEXTS: dict[str, str] = {
    CONFIDENCE_TENTATIVE: (
        "you were not sure of the most expensive failure, so the lead comes from your other answers, and from the "
        "default order where they do not decide."
    ),
    CONFIDENCE_CHECK: "look at what is open or pulls the other way, below, before you commit.",
    # "the answers that decide the lead are given" read as untrue beside "What would change the lead", which names
    # answers not given (a reader's review): the lead rests on the answers given.
    CONFIDENCE_FIRM: "the answers the lead rests on are given, and none of your answers pulls against it.",
}
REASON_UNSURE = "You answered “Not sure” to the deciding question."
REASON_FLAGS = "{flags} below: answers that pull against the lead."
REASON_OPEN = "You have not said which costs more: the failure you named or the blocked deals."
REASON_OPEN_UNSURE = "You were not sure which costs more: the failure you named or the blocked deals."
#: Says what was checked (a reader's review: "No answer conflicts ..." repeated "none of your answers pulls against the
#: lead" just above it): the frequencies are the answers that can conflict with the failure named.
REASON_FIRM = "No answer about how often each pain hurts points away from the failure you named."
#: When the follow-up says the failure named costs more than the blocked deals: with deals blocked, "No answer
#: conflicts" read as if they had been forgotten (a reader's review).
REASON_FIRM_NAMED = (
    "You said the failure you named costs more than the blocked deals, and no answer conflicts with that."
)
#: When an answer conflicts with the failure named but its other reading gives the same lead (a review: all three pains
#: said to hurt rarely gave "No answer conflicts", beside the named failure said to hurt rarely).
#: It names the answer, and says it does not pull against the lead, as a firm level says of every answer (a guide
#: review: "An answer conflicts ..." under "none of your answers pulls against the lead" read as a contradiction).
REASON_FIRM_SAME_LEAD = (
    "Your {answer} sits oddly with the failure you named, but it does not pull against the lead: read the other way, "
    "the lead is the same, so there is no flag."
)
UNSHOWN_ANSWER = "“{label}” for how often {pain} hurt"
#: When the failure named (user scaling's) is said to hurt rarely and deals are blocked, which keeps it from conflicting
#: (RARELY_EXEMPT_WHEN_BLOCKED): said, with why there is no flag (a guide review: "No answer about how often each pain
#: hurts points away" stood beside "-2 for user scaling" from that answer).
REASON_FIRM_DEALS_KEEP = (
    "Your {answer} sits oddly with the failure you named, but you said enterprise deals are blocked on missing "
    "controls: that pain is there now, so there is no flag."
)
#: When the blocked deals lead over the failure named: that answer is what the lead rests on, not the failure.
REASON_FIRM_DEALS = (
    "You said the blocked deals cost more than the failure you named, and no answer conflicts with that."
)
#: The reasons in a few words, after the level's word where the lead is shown beside the questions (under the
#: deciding question and in the bar at the bottom of the screen), which have no room for the reasons themselves.
SUMMARY_UNSURE = "you were not sure of the most expensive failure"
#: What pulls, then where it is said (a reader's review: "conditional — a flag: answers pull against it" was awkward).
SUMMARY_FLAG = "answers pull against it: see the flag"
SUMMARY_FLAGS = "answers pull against it: see the {count} flags"
SUMMARY_OPEN = "say which costs more"
SUMMARY_OPEN_UNSURE = "you were not sure which costs more"
#: Said of the answers, not of who gave them: a shared link's notice shows it to someone who answered nothing (a
#: reader's review: "nothing you answered" read so).
SUMMARY_FIRM = "no answer pulls against it"
#: Firm while questions that weigh in are unanswered or "Not sure" (a reader's review: "Confidence: firm — no answer
#: pulls against it" after one click read as settled, while the result said two answers could change the lead). One
#: part of the summary, so no semicolon: each part is one reason.
SUMMARY_FIRM_OPEN = "no answer pulls against it, and {count} {questions} that {weigh} in {are} unanswered or not sure"
#: The same, after a firm lead's reason, where the result and the command line show it (a diff review: the count was
#: in the page's few words only).
REASON_FIRM_OPEN = (
    " Of the questions that weigh in, {count} {are} unanswered or not sure, so this may change as you answer."
)

#: The habit in the words of its answer ("user work" read as no answer given: a guide review).
COMFORT_WORK: dict[ScalingType, str] = {
    TECHNICAL: "technical work",
    PROCESS: "process work",
    USER: "user-facing controls",
}
COMFORT_DIFFERS = (
    "Your team reaches for {comfort_work} first, but {lead_lower} leads here: teams usually pick the scaling "
    "they are most comfortable with, so check that your next quarter follows the pain, not the habit."
)
#: The same when the reader was not sure of the most expensive failure: the lead comes from the other answers or the
#: default order, not from a pain named (a guide review: "follows the pain" when no pain was named).
COMFORT_UNSURE = (
    "Your team reaches for {comfort_work} first, but {lead_lower} leads here: teams usually pick the scaling "
    "they are most comfortable with, so find out which failure costs you most before the habit picks next quarter's "
    "work."
)
#: The same when the habit is the type of the failure named and the blocked deals, said to cost more, lead: the habit
#: follows a pain the reader named (a reader's review: "not the habit" read as if the named failure were comfort).
COMFORT_NAMED = (
    "Your team reaches for {comfort_work} first, the work the failure you named calls for; but you said the "
    "blocked deals cost more, and {lead_lower} leads here. Teams usually pick the scaling they are most comfortable "
    "with: check that your next quarter follows what costs most, not the habit."
)

UNDER_COMPLAINTS = "{type} is under-invested, going by your complaints: {why}."
#: In the words of the figures "None stands out" gives (a reader's review: "its evidence (2 points) is the most above
#: the effort it got last quarter (“None”, 0 points)" put the effort back in points, and "most above" read awkwardly).
UNDER_ANSWERS = (
    "{type} is under-invested, going by your answers: it has {points} {unit} of evidence and got {effort}, the widest "
    "gap between evidence and effort of any type."
)
UNDER_NONE_COMPLAINTS = "None stands out, going by your complaints: {why}."
#: With each type's evidence against its effort in points (a reader's review: that "Some" counts 2 was said only in the
#: guide, and the verdict could not be checked from the result).
#: "whose effort is given", not "you gave": a colleague opening a share link gave none of them (a reader's review).
UNDER_NONE_ANSWERS = (
    "None stands out: no type whose effort is given has more evidence than the effort it got last quarter ({figures})."
)
#: Added to a verdict by the answers when a type with evidence has no effort answer: the answers weigh only the types
#: whose effort is given, and the reader is told which they left out (a reader's review: "None stands out" stood
#: beside user scaling's 4 points, its effort not answered, while the complaints take a missing effort as "Some").
UNDER_EFFORT_NOT_GIVEN = (
    " {types} {has} {points} of evidence{each}, but {its} effort last quarter is not given: answer {its} effort "
    "{questions} to weigh {it}."
)
#: What the effort counts is said as the effort's (a reader's review: "2 points against “Some”, 2 points" did not say
#: that "Some" counts 2), each figure in a clause of its own (another: "2 points of evidence against 2 for “Some”
#: effort" was hard to follow).
UNDER_FIGURE = "{type_lower} has {points} {unit} of evidence and got “{effort}” effort, which counts {effort_points}"
#: Last quarter's effort, its answer and what it counts.
UNDER_EFFORT = "“{effort}” effort last quarter (it counts {effort_points})"
#: The effort level whose type is never under-invested, from the complaints or the answers: the exercise's type got
#: the least effort (docs/exercise.md, step 3), and this one got the most (rubric 4; a reader's review).
UNDER_NEVER_EFFORT = "most"
#: No verdict by the answers when the types with more evidence than effort all got it.
UNDER_NONE_MOST = (
    "None stands out: {types} {has} more evidence ({points}) than the effort {it} got last quarter, but {it} got most "
    "of that effort already."
)
#: Added to the complaints' verdict while the deciding question is unanswered (a reader's review: the exercise alone
#: gave no verdict, only "Answer the deciding question to see a recommendation").
#: "it" read as nothing (a guide review): the verdict is named.
UNDER_BEFORE_LEAD = " Answer the deciding question to see this verdict beside the type that leads."
UNDER_UNKNOWN = "Not known yet: categorise a complaint or answer the effort questions to see which type you neglect."
#: Added to the verdict when more than one type is said to have got most of last quarter's effort, which one quarter's
#: effort cannot do (a reader's review: all three "Most" was taken without a word). Said, never corrected.
UNDER_MOST_TWICE = (
    " You said {types} each got most of last quarter's effort: most of it could only have gone to one of them, so "
    "check those answers."
)
#: Added to the complaints' reason when two or more complaints say the same thing (case, spaces and a closing mark
#: aside): each is still weighed on its own, as nothing the reader wrote is dropped, and the reader is told, as the
#: exercise asks them to merge duplicates (a CLI review: repeats were counted silently).
UNDER_REPEATED = "{numbers} say the same thing: each is weighed on its own, so merge them if they are one complaint"
#: Added to the verdict when complaints the reader wrote are too long to categorise: it is not weighed without them.
UNDER_LEFT_OUT = " Left out: {which} {numbers}, over {limit} characters; shorten {them} to have {them} weighed."
#: The exercise's check (docs/exercise.md, step 3) when the under-invested type is not the lead: said, never weighed.
#: The reader named the failure, which prices it against the others (a reader's review: "price both" read as a
#: question they had answered): what is left to price is the under-invested type's own pain.
#: Each names the type under-invested (a reader's review: "It is not the type that leads: ... point at it" was hard
#: to follow), and says the reader weighed the two where an answer did (a reader's review: "priced" was the guide's
#: word, not theirs).
UNDER_AGAINST_NAMED = (
    "{under} is not the type that leads: you named {failure} as the most expensive failure, and that points at "
    "{lead_lower}. As the exercise says, price both: {lead_lower} stays first unless what {under_lower} would fix "
    "costs you more."
)
#: When the reader said the failure named costs more than the blocked deals, and the deals' type is the one under-
#: invested: they have priced the two already (a guide review: "price both" after the follow-up had asked just that).
UNDER_AGAINST_NAMED_PRICED = (
    "{under} is not the type that leads: you named {failure} as the most expensive failure, and said that failure "
    "costs more than the blocked deals, which puts {lead_lower} first. You weighed the two in that answer."
)
#: When the blocked deals lead over the failure named: the reader compared two types already, in the follow-up.
UNDER_AGAINST_DEALS = (
    "{under} is not the type that leads: you said the blocked deals cost more than {failure}, and that points at "
    "{lead_lower}. As the exercise says, price both and go with the more expensive one."
)
UNDER_AGAINST_DEALS_PRICED = (
    "{under} is not the type that leads: it is what {failure} point at, and you said the blocked deals cost more, "
    "which puts {lead_lower} first. You weighed the two in that answer."
)
UNDER_AGAINST_UNSURE = (
    "{under} is not the type that leads ({lead_lower} does, from your other answers). As the exercise says, price both "
    "and go with the more expensive one."
)
#: When no answer told the types apart and the default sequence put the lead first (a reader's review: "from your
#: other answers" was said where no other answer was given).
UNDER_AGAINST_UNSURE_DEFAULT = (
    "{under} is not the type that leads ({lead_lower} does, first in the default sequence: no answer tells the two "
    "apart). As the exercise says, price both and go with the more expensive one."
)
UNDER_OTHER = (
    "Your answers alone would point at {other_lower}; your complaints decide, because they name what hurts in your "
    "own words."
)
