"""Markdown/HTML fragments rendered from the engine's data at build time (one source of truth).

A page asks for a fragment with a placeholder on a line of its own: ``<!-- scale-what: NAME -->``.
Each NAME maps to a renderer in RENDERERS; an unknown NAME fails the build.

A worked scenario states its answers, and the engine decides what it shows (the guide's claims are executed):

- ``<!-- scale-what: points-to failure_mode=outages deals_blocked=yes -->`` renders the scenario's "Points to"
  line from the engine's result for those answers;
- ``<!-- scale-what: claim failure_mode=governance deals_blocked=yes lead=user second=technical -->`` renders
  nothing, and fails the build unless the engine's result for those answers has that lead and second place
  (and, with ``level=...``, that confidence level; with ``under=...``, that under-invested type, or ``none``). It
  stands after any sentence that names a type's place.

A page's include of a shared part of the guide (``--8<-- "docs/includes/NAME.md"``, pymdownx.snippets' syntax) is
inlined by ``inline_includes`` before the placeholders are filled: a claim in an include is checked on every page
that shows it (snippets would inline it after, its claims unread).

The engine is imported inside the renderers, after the hook has dropped any stale copy from sys.modules.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # types only: the engine itself is imported fresh inside the renderers
    from decision_engine.model import Condition, Option, Recommendation

# Indented placeholders work inside admonitions and content tabs: the fragment gets the same indentation.
PLACEHOLDER = re.compile(r"^([ \t]*)<!-- scale-what: ([a-z0-9-]+)((?: [a-z0-9_]+=[a-z0-9_]+)*) -->$(\n?)", re.MULTILINE)

# An include on a line of its own, indented like the block it stands in (an admonition's body).
INCLUDE = re.compile(r'^([ \t]*)--8<-- "(docs/includes/[a-z0-9-]+\.md)"[ \t]*$', re.MULTILINE)


def inline_includes(markdown: str, root: Path) -> str:
    """``markdown`` with each include replaced by the file's text (from the project's ``root``), every line indented
    as the include line was."""

    def inline(match: re.Match[str]) -> str:
        indent, path = match.groups()
        text = (root / path).read_text(encoding="utf-8").rstrip("\n")
        return "\n".join(indent + line if line else line for line in text.split("\n"))

    return INCLUDE.sub(inline, markdown)


@dataclass(frozen=True)
class RenderContext:
    """What a renderer may need about the page and the build."""

    page_url: str  # the page's URL relative to the site root, e.g. "tool/"
    runtime_url: str  # the Pyodide folder, relative to the page, ending with "/"
    wheel_url: str  # the engine wheel, relative to the page, with a cache-busting query
    runtime_bytes: int  # the size of the runtime's boot files plus the wheel, for download progress
    runtime_sent_bytes: int  # the same files as a server sends the build's compressed copies (compress.sent_size)
    site_root: str  # the site root relative to the page, e.g. "../"


class UnknownPlaceholderError(ValueError):
    """A page names a placeholder that has no renderer, or gives arguments to one that takes none."""


class ScenarioMismatchError(ValueError):
    """A sentence of the guide says something about a scenario that the engine does not decide."""


# ---------------------------------------------------------------------------------------------
# Scenarios: the guide's worked answers, decided by the engine when the site is built
# ---------------------------------------------------------------------------------------------

#: Arguments of a claim that state what the guide expects, not answers: the lead, the second place, the confidence
#: level, the under-invested type ("none" when none stands out) and the types left for later whose entry says they
#: already hurt (in the order of the sequence, joined by commas; "none" when none does).
EXPECTATIONS = ("lead", "second", "level", "under", "hurting")


def _scenario(ctx: RenderContext, args: Mapping[str, str]) -> Recommendation:
    from decision_engine import DecisionEngineError, recommend  # noqa: PLC0415 (fresh per build)

    answers = {key: value for key, value in args.items() if key not in EXPECTATIONS}
    try:
        return recommend(answers)
    except DecisionEngineError as exc:
        raise ScenarioMismatchError(f"page {ctx.page_url!r}: the scenario {answers} is not valid: {exc}") from None


def points_to(ctx: RenderContext, args: Mapping[str, str]) -> str:
    """The scenario's "Points to" line: the lead and the order of the other two, as the engine decides them."""
    if set(args) & set(EXPECTATIONS):
        raise UnknownPlaceholderError(f"page {ctx.page_url!r}: points-to takes answers only, got {sorted(args)}")
    rec = _scenario(ctx, args)
    lead, *rest = (kind.title.lower() for kind in rec.sequence.order)
    return f"**Points to: {lead}**, then {rest[0]}, then {rest[1]}."


def claim(ctx: RenderContext, args: Mapping[str, str]) -> str:
    """Nothing on the page; the build fails when the engine's result differs from what the sentence says."""
    if not {"lead", "second"} <= set(args):
        raise UnknownPlaceholderError(f"page {ctx.page_url!r}: a claim names lead= and second=, got {sorted(args)}")
    rec = _scenario(ctx, args)
    said = {key: args[key] for key in EXPECTATIONS if key in args}
    under = rec.under_invested.type
    found = {
        "lead": rec.sequence.order[0].value,
        "second": rec.sequence.order[1].value,
        "level": rec.confidence.level,
        "under": under.value if under is not None else "none",
        "hurting": ",".join(watch.type.value for watch in rec.watch if watch.now) or "none",
    }
    wrong = {key: found[key] for key, value in said.items() if found[key] != value}
    if wrong:
        raise ScenarioMismatchError(
            f"page {ctx.page_url!r}: the guide says {said} for the answers "
            f"{ {k: v for k, v in args.items() if k not in EXPECTATIONS} }, but the engine decides {wrong}"
        )
    return ""


def first_actions(ctx: RenderContext, args: Mapping[str, str]) -> str:
    """A type page's "First actions" list: the engine's, which the tool shows when that type leads (One voice)."""
    from decision_engine import ScalingType  # noqa: PLC0415 (fresh per build)
    from decision_engine.guidance import GUIDANCE  # noqa: PLC0415

    if set(args) != {"type"} or args["type"] not in {kind.value for kind in ScalingType}:
        raise UnknownPlaceholderError(f"page {ctx.page_url!r}: first-actions takes type=technical|process|user")
    actions = GUIDANCE[ScalingType(args["type"])].first_actions
    return "\n".join(
        f"{number}. **{_md(action.bold)}**{_md(action.text[len(action.bold) :])}"
        for number, action in enumerate(actions, 1)
    )


# ---------------------------------------------------------------------------------------------
# "How the tool decides": the rubric, rendered from the engine's data (Markdown, phone-width friendly:
# lists and two-column tables only)
# ---------------------------------------------------------------------------------------------

#: Answer sets shown as worked examples: rows of the doctrine's decision table. The engine computes each result.
WORKED_EXAMPLES: tuple[dict[str, str], ...] = (
    {"failure_mode": "outages"},
    {"failure_mode": "regressions"},
    {"failure_mode": "governance"},
    {"failure_mode": "not_sure"},
    {"failure_mode": "not_sure", "deals_blocked": "yes"},
    {"failure_mode": "not_sure", "freq_regressions": "weekly"},
    {"failure_mode": "outages", "deals_blocked": "yes"},
    {"failure_mode": "outages", "deals_blocked": "yes", "costs_more": "named_failure"},
    {"failure_mode": "outages", "deals_blocked": "yes", "costs_more": "blocked_deals"},
    {"failure_mode": "outages", "deals_blocked": "yes", "freq_outages": "rarely"},
    {"failure_mode": "outages", "adoption": "upmarket"},
    {"failure_mode": "regressions", "freq_outages": "weekly"},
    {"failure_mode": "governance", "deals_blocked": "yes", "adoption": "upmarket", "freq_outages": "rarely"},
)

MINUS = "\N{MINUS SIGN}"
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]])")


def _md(text: str) -> str:
    """Text as literal Markdown: HTML and Markdown markup characters escaped."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


def _signed(points: int) -> str:
    return f"+{points}" if points > 0 else f"{MINUS}{-points}"


def _condition(question_id: str, option_ids: tuple[str, ...]) -> str:
    from decision_engine import QUESTIONS  # noqa: PLC0415 (fresh per build)

    question = next(q for q in QUESTIONS if q.id == question_id)
    labels = " or ".join(f"*{_md(question.option(option_id).label)}*" for option_id in option_ids)
    return f"the answer to [{_md(question.prompt)}](#{question.id}) is {labels}"


def _rule_links(question_id: str, option_id: str) -> list[str]:
    """Links to the sections whose rules look at this answer (the lead, the sequence, the flags)."""
    from decision_engine import rules  # noqa: PLC0415 (fresh per build)

    def uses(conditions: tuple[Condition, ...]) -> bool:
        return any(c.question == question_id and option_id in c.options for c in conditions)

    links = []
    if any(uses(rule.when) for rule in rules.LEAD_RULES):
        links.append("[the lead](#the-lead)")
    if any(uses(rule.when) for rule in rules.NEXT_RULES):
        links.append("[the sequence](#the-sequence)")
    return links


def _option_line(question_id: str, option: Option, effort_question: bool) -> str:
    head = f"- **{_md(option.label)}**"
    links = " and ".join(_rule_links(question_id, option.id))
    if option.effects:
        moves = [f"**{_signed(e.points)} {e.type.value}**. {_md(e.rationale)}" for e in option.effects]
        used = f" The rules for {links} use it." if links else ""
        if len(moves) == 1:
            return f"{head}: {moves[0]}{used}"
        return f"{head}:{used}\n" + "\n".join(f"    - {move}" for move in moves)
    if option.names is not None:
        return f"{head}: names {option.names.title.lower()}."
    if effort_question:
        return f"{head}: counts as {option.effort} {'point' if option.effort == 1 else 'points'} of effort."
    return f"{head}: no evidence points{f'; the rules for {links} use it' if links else ''}."


_ROLE = {
    "deciding": "Required. Decides the lead.",
    "follow_up": "Asked only when {when}.",
    "context": "Optional. Orders the types after the lead.",
    # A context question a rule for the lead uses (a guide review: "Orders the types after the lead" said of the
    # deals question, which decides the lead with *Not sure* or with the follow-up).
    "context_lead": "Optional. Orders the types after the lead, and can decide it: the rules for the lead use it.",
    "frequency": "Optional. Evidence for {about}; with *Not sure* as the deciding answer, it can decide the lead.",
    "effort": "Optional. Decides the under-invested verdict.",
    # It adds a sentence to the result, so "never changes the result" was untrue (a guide review).
    "comfort": "Optional. Never changes the lead or the order: the tool only says when the lead differs from it.",
}


def rules_questions(ctx: RenderContext) -> str:
    """Every question, what its answers do (the type they name, or the evidence points they move, and why)."""
    from decision_engine import QUESTIONS, QuestionKind  # noqa: PLC0415 (fresh per build)
    from decision_engine.rules import LEAD_RULES  # noqa: PLC0415

    leading = {condition.question for rule in LEAD_RULES for condition in rule.when}
    parts = []
    for question in QUESTIONS:
        parts.append(f"### {_md(question.prompt)} {{#{question.id}}}")
        when = " and ".join(_condition(c.question, c.options) for c in question.asked_when)
        about = question.about.title.lower() if question.about else ""
        role = question.kind.value
        role = "context_lead" if question.kind is QuestionKind.CONTEXT and question.id in leading else role
        parts.append(f"{_ROLE[role].format(when=when, about=about)} {_md(question.help)}")
        effort = question.kind is QuestionKind.EFFORT
        parts.append("\n".join(_option_line(question.id, option, effort) for option in question.options))
    return "\n\n".join(parts)


def rules_lead(ctx: RenderContext) -> str:
    """How the lead is chosen: the named type, the rules that put another first, and "Not sure"."""
    from decision_engine import QUESTIONS, QuestionKind  # noqa: PLC0415 (fresh per build)
    from decision_engine.rules import LEAD_RULES, UNSURE_LEAD_FROM  # noqa: PLC0415

    deciding = next(q for q in QUESTIONS if q.kind is QuestionKind.DECIDING)
    named = "; ".join(
        f"*{_md(o.label)}* → **{o.names.title.lower()}**" for o in deciding.options if o.names is not None
    )
    lines = [f"1. **The type your answer names leads**: {named}."]
    for rule in LEAD_RULES:
        when = " and ".join(_condition(c.question, c.options) for c in rule.when)
        then = ", and the type you named comes second" if rule.then_named else ""
        lines.append(f"1. Except when {when}: **{rule.lead.title.lower()}** leads{then}.")
    kinds = " and ".join(kind.value for kind in UNSURE_LEAD_FROM)
    lines.append(
        f"1. With *Not sure* and no rule above, the type with the most points from the {kinds} questions leads "
        "(a tie goes to the default sequence: technical, process, user)."
    )
    return "\n".join(lines)


def rules_sequence(ctx: RenderContext) -> str:
    """After the lead: the rules that put a type next, then the evidence, ties by the default sequence."""
    from decision_engine.rules import DEFAULT_SEQUENCE, NEXT_RULES  # noqa: PLC0415 (fresh per build)

    default = ", then ".join(kind.title.lower() for kind in DEFAULT_SEQUENCE)
    rules = "\n".join(
        f"- When {' and '.join(_condition(c.question, c.options) for c in rule.when)}: "
        f"{rule.type.title.lower()} comes next, unless it leads."
        for rule in NEXT_RULES
    )
    return (
        "When the blocked deals lead, the type you named comes second. Otherwise, the first of these that holds "
        f"puts its type straight after the lead:\n\n{rules}\n\n"
        "The types not yet placed follow by their evidence (the points of the frequency, blocked-deals and adoption "
        f"answers), a tie going to the default sequence ({default}). Each place in the result carries its reason."
    )


def rules_flags(ctx: RenderContext) -> str:
    """The conflicts the result flags, each with the other reading whose lead it names."""
    from decision_engine import rules  # noqa: PLC0415 (fresh per build)

    exempt = " and ".join(kind.title.lower() for kind in rules.RARELY_EXEMPT_WHEN_BLOCKED)
    unsure = ", or ".join(rules.PAIN_WORDS[kind] for kind in rules.UNSURE_WEEKLY_TYPES)
    unsure += "," if len(rules.UNSURE_WEEKLY_TYPES) > 1 else ""  # "outages or ..., or regressions or ...,"
    items = [
        "- **The failure you named hurts rarely.** You said its pain hurts *Rarely* (for "
        f"{exempt}, only when deals are not blocked). The other reading: you are not sure of the failure mode.",
        "- **Another pain hurts every week.** Another pain hurts *Weekly or more* while the one you named does not. "
        "The other reading: you named that pain.",
        f"- **Not sure, with deals blocked, while {unsure} hurt every week.** The other reading: you named that pain.",
        "- **The blocked deals cost more, while the failure you named hurts every week.** You said the blocked deals "
        "cost more, and the named failure's pain hurts *Weekly or more*. The other reading: the failure you named "
        "costs more.",
    ]
    return (
        "A conflict between answers is flagged, never resolved silently. Each flag names the answers in conflict "
        "and the lead under the other reading; a flag whose other reading gives the same lead is not shown.\n\n"
        + "\n".join(items)
    )


def rules_confidence(ctx: RenderContext) -> str:
    """The three confidence words, in the order they are tried, and what each means."""
    from decision_engine import rules  # noqa: PLC0415 (fresh per build)

    when = {
        rules.CONFIDENCE_TENTATIVE: "you answered *Not sure* to the deciding question",
        rules.CONFIDENCE_CHECK: "a flag is shown, or the follow-up is asked and not answered (or *Not sure*)",
        rules.CONFIDENCE_FIRM: "otherwise",
    }
    lines = []
    for level, condition in when.items():
        word = rules.CONFIDENCE_WORDS[level]
        as_json = f" (`{level}` in the JSON)" if word != level else ""
        lines.append(f"1. **{word}**{as_json} when {condition}: {_md(rules.CONFIDENCE_TEXTS[level])}")
    firm = next(k for k, level in enumerate(when) if level == rules.CONFIDENCE_FIRM)
    lines[firm] += (
        f" It reads **{rules.CONFIDENCE_FIRM_SO_FAR}** while a question that weighs in (how often each pain hurts, the "
        "blocked deals, where adoption heads) is unanswered or *Not sure*: the reasons say how many, as an answer "
        f"to them may change the lead (`{rules.CONFIDENCE_FIRM}` in the JSON all the same)."
    )
    return (
        "Confidence is a word, not a score: the rubric is a set of rules, and a number would look like a "
        "probability it is not. The first that matches:\n\n" + "\n".join(lines)
    )


def rules_under_invested(ctx: RenderContext) -> str:
    """The one under-invested verdict: complaints first, else evidence net of effort."""
    from decision_engine import QUESTIONS, QuestionKind  # noqa: PLC0415 (fresh per build)

    effort = next(q for q in QUESTIONS if q.kind is QuestionKind.EFFORT)
    points = ", ".join(f"*{_md(option.label)}* {option.effort}" for option in effort.options)
    return (
        "There is one verdict. When at least one of your complaints is categorised, the complaints decide it "
        "(the [exercise](exercise.md), weighed as described [below](#complaints), net of last quarter's effort). "
        "Otherwise your answers decide it: for each type whose effort is given, its evidence points minus its "
        f"effort points ({points}); the largest positive gap wins, a tie going to the default sequence. A type with "
        "evidence whose effort is not given is not weighed: the verdict names it and asks for its effort. "
        f"{_most_effort_rule()} When the source that did not decide would pick another type, the result names it and "
        f"says why it was not followed. {_against_lead_rule()}"
    )


def _most_effort_rule() -> str:
    """A type given the most effort is never the under-invested one, said with the engine's verdict for an example."""
    from decision_engine import QUESTIONS, QuestionKind, recommend  # noqa: PLC0415 (fresh per build)
    from decision_engine.rules import UNDER_NEVER_EFFORT  # noqa: PLC0415

    effort = next(q for q in QUESTIONS if q.kind is QuestionKind.EFFORT)
    most = effort.option(UNDER_NEVER_EFFORT)
    rec = recommend({"failure_mode": "outages", effort.id: most.id}, ["Checkout times out at peak"])
    if rec.under_invested.type is not None or rec.under_invested.source != "complaints":
        raise ValueError("the example of a type given the most effort no longer names no under-invested type")
    return (
        f"A type that got *{_md(most.label.lower())}* of last quarter's effort is never the under-invested one, from "
        "either source: the exercise looks for a type the complaints point at that got little of it. When every type "
        f"your complaints point at got it, none stands out: “{_md(rec.under_invested.text)}”"
    )


def _against_lead_rule() -> str:
    """The exercise's check, stated with the engine's own sentence for an example it computes."""
    from decision_engine import recommend  # noqa: PLC0415 (fresh per build)

    rec = recommend({"failure_mode": "outages"}, ["Enterprise customers are asking for SSO and audit logs"])
    against = rec.under_invested.against_lead
    under = rec.under_invested.type
    if against is None or under is None:
        raise ValueError("the example for the under-invested check no longer puts another type under-invested")
    return (
        "When the under-invested type is not the one that leads, the result applies the "
        "[exercise's](exercise.md#under-invested) check and says so, without changing the lead: with outages named "
        f"and a complaint about SSO and audit logs, {rec.lead.title.lower()} leads, {under.title.lower()} is "
        f"under-invested, and the result adds: “{_md(against)}”"
    )


def _answers_text(answers: dict[str, str]) -> str:
    from decision_engine import QUESTIONS  # noqa: PLC0415 (fresh per build)
    from decision_engine.engine import option_label  # noqa: PLC0415

    parts = []
    for question in QUESTIONS:
        if question.id in answers:
            parts.append(f"{_md(question.prompt)} *{_md(option_label(question, answers[question.id], answers))}*")
    return "; ".join(parts)


def rules_examples(ctx: RenderContext) -> str:
    """The decision table's answer sets with the engine's result for each, computed at build time."""
    from decision_engine import recommend  # noqa: PLC0415 (fresh per build)

    items = []
    for answers in WORKED_EXAMPLES:
        rec = recommend(answers)
        order = ", then ".join(kind.title.lower() for kind in rec.sequence.order)
        flags = "".join(f" Flag: {_md(flag.text)}" for flag in rec.flags)
        items.append(f"- {_answers_text(answers)}.\n  **{order}**; confidence *{rec.confidence.word}*.{flags}")
    return "Other questions unanswered.\n\n" + "\n".join(items)


def runtime_size(ctx: RenderContext) -> str:
    """The runtime's size, as its files are and as the site's server sends them (the questionnaire names the same
    sizes while it downloads): one sentence, for the privacy page."""
    return (
        f"On the questionnaire page it is about {ctx.runtime_bytes / 1e6:.1f} MB as its files are, "
        f"{ctx.runtime_sent_bytes / 1e6:.1f} MB as this site sends it (compressed), fetched once and then usually "
        "kept in your browser's cache."
    )


def rubric_version(ctx: RenderContext) -> str:
    """The rubric version and fingerprint this build of the site runs."""
    from decision_engine import RUBRIC_VERSION, __version__, rubric_fingerprint  # noqa: PLC0415 (fresh per build)

    return (
        f"This site runs **rubric version {RUBRIC_VERSION}** (fingerprint `{rubric_fingerprint()}`), "
        f"in decision engine {__version__}."
    )


# ---------------------------------------------------------------------------------------------
# The complaint vocabulary (the exercise's categoriser), rendered from decision_engine.cues
# ---------------------------------------------------------------------------------------------


def _weighted_cue(phrase: str, weight: int) -> str:
    """A cue phrase marked by its weight: **decisive** (3), plain (2), *weak* (1)."""
    text = _md(phrase)
    return f"**{text}**" if weight >= 3 else text if weight == 2 else f"*{text}*"


def complaint_vocabulary(ctx: RenderContext) -> str:
    """The cues per type, grouped by the guidance example they belong to, then the combinations and the
    abbreviations. Definition lists and comma-joined phrases: no wide table, so it reads on a phone."""
    from decision_engine.complaints import abbreviations, vocabulary  # noqa: PLC0415 (fresh per build)
    from decision_engine.cues import COMBINATIONS, LONG_AGO  # noqa: PLC0415 (fresh per build)

    parts = [
        "A cue in **bold** is decisive (weight 3), a plain one a clear pointer (2), one in *italics* a weak "
        "hint (1). Plurals, verb endings, case, hyphens and the spellings listed at the end count as the same cue."
    ]
    vocab = vocabulary()
    for type_value, examples in vocab.items():
        count = sum(len(example["cues"]) for example in examples)
        parts.append(f"### {type_value.capitalize()} scaling {{#vocabulary-{type_value}}}")
        listed = []
        for example in examples:
            ordered = sorted(example["cues"], key=lambda cue: (-cue["weight"], cue["phrase"]))
            phrases = ", ".join(_weighted_cue(cue["phrase"], cue["weight"]) for cue in ordered)
            listed.append(f"{_md(example['label'])}\n:   {phrases}")
        # Folded (a reader's review: the vocabulary was 13,600 px on a phone), its count in the title.
        parts.append(_folded(f"The {count} cues, by the guide's {len(examples)} examples", "\n\n".join(listed)))
    parts.append("### When two cues meet {#vocabulary-combinations}")
    lines = [f"- **+{c.weight} {c.type.value}** for *{_md(c.label)}*: {_md(c.description)}." for c in COMBINATIONS]
    parts.append("\n".join(lines))
    parts.append(
        f"The cues of a sentence that says its time was long ago ({_quoted(LONG_AGO[:2])}…) meet only each other: "
        "a change shipped last year caused no failure said in another sentence."
    )
    forms = "\n".join(
        f"    - **{_md(entry['canonical'])}**: {', '.join(_md(form) for form in entry['forms'])}"
        for entry in abbreviations()
    )
    parts.append(f'??? note "Abbreviations and other spellings read as one cue"\n\n{forms}')
    return _search_excluded("\n\n".join(parts))


_HEADING_WITH_ID = re.compile(r"^(#{2,6} .*\{#[a-z0-9-]+)\}$", re.MULTILINE)


def _search_excluded(markdown: str) -> str:
    """Markdown whose sections are left out of the site search (Material's ``data-search-exclude`` on each
    heading drops the heading and the text under it): the generated word lists would crowd the guide out."""
    return _HEADING_WITH_ID.sub(r"\1 data-search-exclude}", markdown)


#: The complaints of the worked triage example on "How the tool decides": one clear complaint per type.
TRIAGE_EXAMPLE: tuple[str, ...] = (
    "p99 latency spikes at peak",
    "deploys break prod every Friday",
    "enterprise customers want SSO and audit logs",
)
TRIAGE_EXAMPLE_INVESTMENT: dict[str, str] = {"technical": "most", "process": "some", "user": "none"}


TIMES, DIVIDED = "\N{MULTIPLICATION SIGN}", "\N{DIVISION SIGN}"


def _ratio(ratio: tuple[int, int]) -> str:
    """A (numerator, denominator) pair with its percentage: "2/5 (40%)"."""
    numerator, denominator = ratio
    return f"{numerator}/{denominator} ({numerator / denominator:.0%})"


def complaint_rules(ctx: RenderContext) -> str:
    """How a complaint is scored and how triage names the under-invested type, with the engine's numbers,
    and a worked triage computed at build time. A list, not a table: it reads on a phone."""
    from decision_engine import UNCATEGORIZED  # noqa: PLC0415 (fresh per build)
    from decision_engine import complaints as c  # noqa: PLC0415 (fresh per build)
    from decision_engine.rules import UNDER_NEVER_EFFORT  # noqa: PLC0415 (fresh per build)

    words = ", ".join(f"**{word}** from {threshold}" for threshold, word in c.CONFIDENCE_WORDS if threshold > 0)
    low = next(word for threshold, word in c.CONFIDENCE_WORDS if threshold == 0)
    weights = ", ".join(str(weight) for weight in c.COMPLAINT_WEIGHTS[:-1]) + f" and {c.COMPLAINT_WEIGHTS[-1]}"
    ranks = ", ".join(f"{level} {rank}" for level, rank in c.EFFORT_LEVELS.items())
    # The questionnaire's boxes: with box 1 left empty, what the engine makes of boxes 2 and 3.
    boxed = c.triage(TRIAGE_EXAMPLE[:2], numbers=[2, 3]).complaints
    boxes = " and ".join(str(item.number) for item in boxed)
    boxed_weights = " and ".join(str(item.weight) for item in boxed)
    boxed_names = " and ".join(f"#{item.number}" for item in boxed)
    rules = [
        f"**Limits.** A complaint is at most {c.MAX_COMPLAINT_CHARS} characters; a triage takes 1 to "
        f"{c.MAX_COMPLAINTS} complaints. Empty text, longer text or more complaints are refused with a message.",
        "**Category.** The type with the highest score; a tie goes to the type with more tie-breaker cues, then to "
        "the default sequence (technical, process, user). When no cue counts, the fallback model may guess, at "
        f"low confidence (below); otherwise the complaint is `{UNCATEGORIZED}`.",
        f"**Second type.** Named when its score reaches {_ratio(c.SECONDARY_RATIO)} of the leading score.",
        f"**Confidence** = (leading score {DIVIDED} all scores) {TIMES} (leading score {DIVIDED} (leading score + "
        f"{c.CONFIDENCE_HALF})), two decimals. One decisive cue (weight 3) alone gives "
        f"{round(3 / (3 + c.CONFIDENCE_HALF), 2)}. It reads {words}, "
        f"**{low}** above 0, and **none** when no cue matched.",
        f"**Weight by place.** The first complaint written is the one that hurts most: in the order written they "
        f"weigh {weights}. On the questionnaire an empty box, or one over {c.MAX_COMPLAINT_CHARS} characters "
        "(not read), is skipped and each complaint keeps its box's number: with box 1 left empty, the complaints in "
        f"boxes {boxes} weigh {boxed_weights}, and the verdict calls them {boxed_names}. You can override any "
        f"complaint's type, or set it to `{UNCATEGORIZED}` to leave it out.",
        f"**Under-invested type.** For each type, the weight of its complaints {DIVIDED} (effort rank + 1), with the "
        f"ranks {ranks} for last quarter's effort; a type whose effort you leave out counts as "
        f"*{c.MISSING_EFFORT}*. Without any effort answers it is simply the heaviest type. The highest wins; "
        "a tie goes to the type of the earlier complaint, and the verdict says so. Only a type some complaint points "
        f"at can be named, and not one that got *{UNDER_NEVER_EFFORT}* of the effort. Complaints that say the same "
        "thing (case, spaces and a closing mark aside) are each weighed, and the verdict names them, so that you can "
        "merge them.",
        "**Effort flag.** When you give effort, each type that got *most* of it while no complaint points at "
        "it is flagged: the effort went where it does not hurt.",
    ]
    result = c.triage(TRIAGE_EXAMPLE, TRIAGE_EXAMPLE_INVESTMENT)
    example = [
        f"{item.index + 1}. *{_md(item.text)}*: **{item.type}** (weight {item.weight}, confidence "
        f"{item.categorization.confidence_word})"
        for item in result.complaints
    ]
    effort = ", ".join(f"{kind} *{level}*" for kind, level in TRIAGE_EXAMPLE_INVESTMENT.items())
    under = result.under_invested.value if result.under_invested else "none"
    why = result.reason.removeprefix(f"{under}: ")
    flags = "".join(f" Flag: {_md(flag.message)}." for flag in result.effort_flags)
    return (
        "\n".join(f"{n}. {rule}" for n, rule in enumerate(rules, 1))
        + "\n\nFor example, with last quarter's effort "
        + effort
        + ", the engine reads three complaints like this when this page is built:\n\n"
        + "\n".join(example)
        + f"\n\nUnder-invested: **{under}**: {_md(why)}.{flags}"
    )


#: Complaints the reading section shows as the engine reads them when the page is built.
READING_EXAMPLES: tuple[str, ...] = (
    "Latency is not the problem, but nobody owns incidents at night",
    "outtages every week since the move",
    "the search cluster went red overnight",
    "Deploys, CI, code review: all working. What hurts is that checkout takes 9s",
    "Engineers keep pushing to master",
    "Sales note: the admin console takes 12 seconds to open",
    "Search takes ten seconds for our largest customers",
)


def _quoted(words: tuple[str, ...]) -> str:
    return ", ".join(f"*{_md(word)}*" for word in words)


def complaint_reading(ctx: RenderContext) -> str:
    """How clauses, negation, misspellings, ambiguous cues and the fallback model change what a cue counts,
    with the engine's own word lists and numbers, and examples read by the engine at build time."""
    from decision_engine import complaint_fallback as f  # noqa: PLC0415 (fresh per build)
    from decision_engine import complaints as c  # noqa: PLC0415
    from decision_engine import cues  # noqa: PLC0415

    documents = f.training_documents()
    counts = {t: sum(1 for kind, _, _ in documents if kind == t) for t in ("technical", "process", "user")}
    steps = [
        "**Clauses.** The complaint is cut at punctuation and at the words "
        f"{_quoted(cues.CONTRAST_WORDS + cues.CONCESSION_WORDS)}. A clause after {_quoted(cues.CONTRAST_WORDS)}, "
        f"or with {_quoted(cues.STRESS_PHRASES[:6])} and the like, carries the complaint: each of its cues counts "
        f"{c.STRESS_BONUS} more; so does a clause that ends with {_quoted(cues.TRAILING_CONTRASTS)} (*search is "
        "slow though*). So does a clause where a word for a problem meets a verb "
        f"({_quoted(cues.PROBLEM_COPULAS[1:])}: *their complaint is ...*, *my worry is ...*), and a pseudo-cleft: "
        f"{_quoted(cues.PSEUDO_CLEFT_OPENERS[:1])}, up to {cues.PSEUDO_CLEFT_WORDS} words, then *is* (*what breaks "
        "every week is the import*). A heading that names the problem passes its stress over a colon to the clause "
        "after it (*The thing actually hurting: ...*). A list ranked by its cost, announced in its sentence before a "
        f"colon ({_quoted(cues.RANK_VERBS[:2])}… opening it, *worst first*, {_quoted(cues.RANK_PHRASES[:2])}…, with "
        f"a word such as {_quoted(cues.RANKED_BY[:3])}; not with {_quoted(cues.NOT_RANKED_BY[:3])}…), is carried by "
        "its first item, and the items after it in its sentence (or numbered *2.*, *3.* after it) are ranked lower "
        "and discounted (*Priority order: audit trail first, flaky tests second, query "
        "tuning third* is user).",
        "**Conceded clauses.** When a cue counts in the clause that carries the complaint, a plain clause before it "
        "that does not complain on its own (no symptom, no negation, no word for a problem, no wish such as "
        f"{_quoted(cues.WISH_WORDS[:3])}…) is what the complaint concedes, and its cues are *discounted* (*SSO and "
        "SCIM shipped last quarter, but the on-call rota is two people* is process). A clause that ranks its "
        "complaint above the rest (*the worst is*, *top of my list*, or a pseudo-cleft with "
        f"{_quoted(cues.RANKING_CLEFT_ADVERBS)}: *what actually hurts is ...*) concedes the clauses before it even "
        "when they complain (*Every deploy breaks prod, but what truly worries us is the lack of roles* is user), and "
        f"the words that rank name no type ({_quoted(cues.FIRE_STRESS_PHRASES[2:3])}, *the expensive failure*, "
        "*costs us* before *is*). Before such a clause, a clause "
        f"that a tag right after it concedes ({_quoted(cues.CONCESSION_TAGS[:3])}…), or one opening its sentence "
        f"before it ({_quoted(cues.CONCESSION_LEADING_TAGS[:2])}…), is conceded even when it complains (*Our "
        "deploys break prod every week, granted. What hurts is that admins can't set roles* is user, the deploys set "
        "aside; *Admittedly, the export times out, but nobody owns incidents at night* is process, the export set "
        "aside). A want put off "
        f"({_quoted(cues.DEFERRALS[:2])}… after a wish such as {_quoted(cues.DEFERRED_WISHES[:2])}…, or opening the "
        "clause right before it: *At some point we need ...*) is set aside, and "
        "never counts, before a clause that carries the "
        f"complaint, in its sentence or the next, or one that opens with {_quoted(cues.DEFERRAL_NOW[:2])}… "
        "(*Enterprise buyers want audit logs eventually, but right now checkout times out at peak* is technical; "
        "alone, *We'll "
        "need audit logs eventually* is user). What someone supposed, then a piece that only denies it "
        f"({_quoted(cues.BARE_DENIALS[:2])}…, *It wasn't*), is conceded to the clause after that piece, which carries "
        "the complaint (*We assumed it was the release process. It wasn't: checkout times out at peak* is technical). "
        "Before a clause that carries the complaint with no cue "
        "word, when nothing else would count, the conceded clause counts, at low confidence, and the page asks you to "
        "check it. Alone, a conceded clause complains as any other. A sentence that opens with "
        f"{_quoted(cues.LEADING_CONCESSIONS)} is carried after its comma, as if *but* stood there (*Though deploys "
        "could be smoother, customers can see each other's invoices* is user), unless a relative clause follows the "
        "comma.",
        "**The symptom decides.** In a sentence where a system's delay or a strong failure counts (a failure "
        f"cue of weight {cues.STRONG_WEIGHT}: *outage*, *5xx*; not *dies*, which a deal may do), or any failure beside "
        "a change (*SAML login breaks for Okta customers after almost every release* is process: the change is the "
        "cause), a feature of the user "
        "type named with it is where it hurts, not what is asked for: it counts only to break a tie (*the admin "
        "console takes 12 seconds* is technical). So is a customer it hurts, named by a cue of enterprise adoption "
        f"with a word such as {_quoted(cues.CUSTOMER_WORDS[:3])} (*search takes ten seconds for our largest "
        "customers*); other cues of enterprise adoption keep counting (*the deal*, *procurement*, *an enterprise "
        "admin*). Not when the sentence asks for something or says it is missing "
        f"({_quoted(cues.WISH_WORDS[:6])}…), nor in a clause of its own after "
        f"{_quoted(cues.ANOTHER_COMPLAINT_WORDS[:2])}… or a lack ({_quoted(cues.ANOTHER_COMPLAINT_LACKS[:2])}…), a "
        "second complaint (*the export times out for our largest tenants, and they also can't restrict who sees what* "
        "is technical, and names user too), nor a language or an accessibility gap, which is what is missing (*The app "
        "is unusable in French* is user), and never "
        f"for a duration ({_quoted(cues.DURATION_CUES[:3])}…: people take long too). So is being paged "
        f"({_quoted(cues.PAGING_CUES[:3])}…) in a sentence where such a symptom counts: it counts only to break a tie "
        "and combines with nothing, the symptom deciding (*The database falls over at every traffic spike and "
        "on-call gets paged at 3am* is technical), unless the team's own failing is said with it (another cue of "
        "process in its sentence, or *nobody knew who was on call*), or the failure is conceded before the clause "
        "that carries the complaint. A question of who did what said after a lack (*nobody can tell who changed "
        "their settings*) is asked for, never where a symptom hurts.",
        f"**What a change changes.** {_quoted(cues.CHANGE_VERBS)} followed, within {cues.OBJECT_REACH} words in its "
        "clause, by a feature of the user type (*settings*, *roles*, *permissions*) is an admin's task done for "
        "customers, not a change the team ships: it counts only to break a tie (*customers keep asking us to change "
        "their settings for them* is user).",
        "**Said of no system.** A failure said right after a measure that falls "
        f"({_quoted(cues.FALLING_MEASURES[:4])}…: *velocity actually went down*, *morale is down*), and "
        # Few words that start "slo": the site's search matches prefixes, and more of them put this page above the
        # guide's for "SLO" (a fresh-clone CI).
        f"a delay said of people's work ({_quoted(cues.SLOW_WORK[:3])}…), before it or right after it "
        "(*Onboarding is our bottleneck*), count only to break a tie: what the work is for decides "
        "(a customer's onboarding is user, a new engineer's process). In the delay's own clause only; not the work "
        "of a thing (*device onboarding*) nor a part of the product (*the onboarding page*). Nor a measure that is no "
        "subject of the failure (*the billing system that processes revenue went down*).",
        "**A customer's setting up.** What someone cannot work out how to set up or add "
        f"({_quoted(cues.SELF_SETUP_ASKS[:2])}…), or must ask us to set up or remove "
        f"({_quoted(cues.SETUP_BY_PROXY[:3])}…), "
        f"is an admin control the product lacks (user) when a customer ({_quoted(cues.SETTING_UP_WHO[:4])}…) "
        f"stands before it in its sentence, within {cues.SETTING_UP_REACH} words and not a team's or its staff's "
        f"(*every team member*), and no system ({_quoted(cues.SETUP_SYSTEMS[:4])}…) is set up right after it; else "
        "it counts only to break a tie (*new engineers can't figure out how to set up the local environment* is "
        "process).",
        "**A load said of people.** A cue that measures load "
        f"({_quoted(cues.LOAD_CUES[:6])}…) within {c.CONTEXT_WINDOW} words of a word for the people who do the work "
        f"or their work items ({_quoted(cues.PEOPLE_WORDS[:8])}…), and of no word for a system, is the team's "
        "load: it counts for process (*our reviewers can't keep up*). Those words are read before it, in the "
        "sentence before too, and after it up to its sentence's end, never in a clause said to be fine (*Our "
        "engineers are great. The nightly batch throughput collapses* is technical). *Onboarding* near a word for "
        "the team's new people "
        f"({_quoted(cues.ONBOARDED_PEOPLE[:4])}…) and no word for a customer counts for process the same way (*we "
        "can't onboard an engineer in under two months*). With a system named near it, it is the system's "
        "(*the team says the cluster is at capacity* is technical).",
        "**Everyone can do everything.** "
        f"{_quoted(cues.OPEN_TO_ALL_WHO)}, or *any* or *every* and a person, before *can* (placed or not: "
        f"{_quoted(cues.OPEN_TO_ALL_PLACED_BY[:3])} and a place such as {_quoted(cues.OPEN_TO_ALL_PLACES[:3])}…), "
        "then a verb and *anything* or *every* thing, says no roles stand between people and the data: "
        "*Anyone in the company can export every invoice* is user. Not the team's own work items "
        f"({_quoted(cues.OPEN_TO_ALL_TEAM_THINGS[:5])}…), which anyone may open by the team's choice. A thing that "
        f"holds data ({_quoted(cues.OPEN_TO_ALL_HOLDERS[:3])}…) before *that anyone can query* is reached when the "
        f"relative clause ends there or the holder's own verb follows ({_quoted(cues.OPEN_TO_ALL_HOLDING_VERBS)}): "
        "*a table that anyone can query holds customer PII* is user.",
        f"**Labels.** A label the complaint opens with (at most {cues.LABEL_WORDS} words before a colon or a dash: "
        "*Sales note:*, *Support ticket #4412:*, *pager:*) says where it was written: its words "
        f"{_quoted(cues.CHANNEL_WORDS[:6])}… count only to break a tie.",
        "**Fine or not the problem.** A clause that says its subject is fine is *discounted*: its cues count 0 and "
        "the explanation quotes it; a statement joined by *and* is read on its own (*SSO is fine and the "
        "dashboards are slow* discounts only *SSO is fine*). It is fine when a verb such as *is*, *are*, *looks* "
        "or *has been* meets "
        f"{_quoted(cues.FINE_STATES[:10])}…, when such a state ends a clause of at most "
        f"{cues.VERBLESS_SUBJECT_WORDS} words before it with no verb, pronoun or hedge (*Deploys okay. Checkout not "
        "okay: it times out* is technical; not asked, *Capacity okay?*, nor wished for after a colon, *Goal for "
        f"Q3: custom roles in place*), when it says {_quoted(cues.FINE_PHRASES[:6])}…, when a "
        "negation "
        f"({_quoted(cues.NEGATIONS)}; apostrophes are dropped, so *isnt* is *isn't*) stands before a word for a "
        f"problem ({_quoted(cues.PROBLEM_WORDS[:8])}…; after a verb such as {_quoted(cues.HAVING_VERBS[:4])}… "
        f"up to {cues.NOUN_PHRASE_WORDS} words may stand between: *we've never had latency or uptime complaints*; "
        f"{_quoted(cues.VERB_NEGATIONS[:3])}… count too, only before the problem word: *we don't have a latency "
        "problem*), "
        f"or when it says {_quoted(cues.RULED_OUT_PHRASES[:6])} and the like (*less about* up to *than*: *It's less "
        "about server capacity than about who can see the payroll exports* is user; who says it may be placed: "
        "*Nobody at the branch offices complains about latency*, *Nobody here is asking for custom roles*; not "
        "caring or struggling is undone by a limit after "
        f"it, {_quoted(cues.RULED_OUT_LIMITS[:2])}…); so is a clause that opens with "
        f"{_quoted(cues.SET_ASIDE_OPENERS[:3])}… or {_quoted(cues.EXCEPTION_OPENERS[:2])}… before a comma (an "
        "exception is the complaint when what follows says the rest is fine or opens with *nothing*: *Except for "
        "checkout, everything is fast*); a fine clause whose subject is "
        f"only {_quoted(cues.POINTERS[:1] + cues.POINTERS[-1:])} speaks of the clause right before it, in its sentence "
        "or the one before (*Code review drags on for days. But that isn't what hurts; checkout times out at peak* is "
        "technical); so is the subject of a cause denied right after *isn't*, *wasn't*, *is not* and the like "
        f"({_quoted(cues.NOT_WHAT_CAUSES[:2])}…: *Latency wasn't the reason we lost them; the missing audit log was* "
        "is user), while what it caused still counts; so is what someone else claims or believes "
        f"({_quoted(cues.CLAIM_WORDS[:2])}, {_quoted(cues.BELIEF_WORDS[:2])}…) when the next clause of its sentence "
        "opens with a contrast and says a thing of the same example is fine, a quality or a way of working rather "
        "than another part of the system: the claim's cues of that example's type are discounted (*People blame our "
        "deploy process, but deploys are fine; the database locks up under write load* is technical; *the export times "
        "out, but the API is fine* and *users say the app crashes, but latency is fine* still complain); so "
        "is a piece that ends a sentence "
        "after a verdict (a verb such as *is*, *are* or *hurts*) and is only *not*, one of "
        f"{_quoted(cues.NOT_THE_DETERMINERS[:3])}… "
        f"and at most {cues.NOT_THE_REACH} words (*Onboarding is painful, not the infra*; *not a single runbook*, "
        "*not the first outage* and *we log API calls, not the admin actions* still complain); so is a clause that "
        f"opens with {_quoted(cues.CLEFT_OPENERS[:2])}… and a determiner (*it's not the reviews*), or with bare "
        f"words joined by {_quoted(cues.CLEFT_JOINS)} to a determiner's phrase that ends the clause (*It isn't flaky "
        "tests or the deploy pipeline; the database times out under load* is technical); so is a clause that ends "
        f"with a phrase that makes it lesser, puts it off or says it is finished ({_quoted(cues.MINOR_PHRASES[:2])}, "
        "*a nice-to-have*, *not urgent*, *are done*…: *Custom roles and data residency are a nice-to-have for next "
        "year. The API times out every morning* is technical; not after a negation, *was not a rounding error*, nor "
        "put off again and again, in someone's view or as a wish: *always a later problem*, *management says*…, "
        f"*would be nice to have*), and a list whose every item is a word of praise ({_quoted(cues.PRAISE_WORDS[:3])}…)"
        f" and at most {cues.PRAISED_WORDS} words more, none a verb (*Good reviews, good runbooks, good on-call. The "
        "API times out at peak* is technical; *Good engineers quit* is no praise). A wish "
        f"(after {_quoted(cues.MODALS[:5])}…), "
        f"*how it works*, and a negated fine word (*nothing works*) are not fine: they complain. Nor is a fine word "
        f"limited to a part ({_quoted(cues.PARTIAL_WORDS[:4])}… within {cues.PARTIAL_REACH} words after it: *works "
        "for small teams*), nor a fine phrase in a clause that says it carries the complaint (*the blocker is their "
        "works council*), nor one right after "
        f"{_quoted(cues.RELATIVE_PRONOUNS)} with a noun before it, which describes a thing (*every release breaks "
        "something that worked*; after *which* it stays a verdict: *the database, which works fine*).",
        "**Verdicts without a subject.** A clause made only of a fine state, fillers (*all*, *mostly*…) and "
        "participles in *-ed* (*all shipped and working*, *Solved.*) is a verdict on what stands just before it: a "
        "list of short items before a colon, a comma or a dash, or a question (*Latency? "
        "Solved.*). The verdict and its subjects are discounted, and the explanation names the verdict. A "
        "fine clause that is nothing but its fine words (*no complaints*, *not an issue*) is a verdict too. A full "
        "stop or a statement in between stops it (*Deploys keep breaking prod. All sorted now?* rules nothing "
        f"out). A fragment of at most {cues.CONCEDED_WORDS} words besides fillers (*all mature*) after such a list "
        f"is conceded the same way when the next clause opens with {_quoted(cues.CONTRAST_WORDS[:2])}… or ends "
        f"with {_quoted(cues.TRAILING_CONTRASTS[:1])}.",
        f"**Negated symptoms.** A symptom right after {_quoted(cues.SYMPTOM_NEGATIONS)} (*no outage*, *no latency "
        "alarms*) is discounted on its own. So is one denied of everything (*Nothing is down*, *nothing's "
        f"crashing*), unless {_quoted(cues.NOTHING_LIMITS[:3])}… follows in its clause or the next after a comma "
        "(*nothing is down until Black Friday* complains), and a failure denied in the perfect (*hasn't crashed in a "
        "year*, *has never been down*). A negation reaches past *or* in its clause to a symptom listed with another "
        f"symptom or a problem, with at most {cues.DENIED_ALTERNATIVE_WORDS} words between it and *or* (*not a bug "
        "or an outage*, *no crashes or outages*); not after *either*, nor where *or* says what would happen "
        "otherwise (*zero visibility or the crash would have been caught*). A missing capability still counts: "
        "*no runbook* is the "
        "complaint. A step "
        f"of the team's workflow or response after {_quoted(cues.ABSENT_STEP_WORDS[:4])}… is a step not taken (*nobody "
        f"reviewed it*): a missing safeguard, it counts {cues.MISSING_STEP_BONUS} more.",
        f"**Misspellings.** A word of {cues.TYPO_MIN_LETTERS} letters or more that is not a word of the engine's own "
        "text and is one edit (a letter added, dropped or changed, or two neighbours swapped) from exactly one "
        "word of the vocabulary, with the same first letter, is read as that word, and its cue counts "
        f"{cues.TYPO_PENALTY} less (a cue of weight {cues.TYPO_PENALTY}, such as *load*, misspelt counts nothing). "
        "The explanation shows it: *latancy → latency*; a word that drops the *g* of *-ing* is read with it "
        "(*firefightin → firefight*). A shorter word, of "
        f"{cues.SWAP_MIN_LETTERS} letters written in lower case (no name, no acronym), is read so only when two "
        "neighbours after its first letter were swapped (*dwon → down*). Not one of "
        f"{len(cues.REAL_WORDS)} common English words that happen to be one edit from a cue word (*police* is no "
        "*policy*, *guess* no *guest*), so a slip that makes another real word (*outrage* for *outage*) is not read "
        "either.",
        f"**Ambiguous cues.** The {len(cues.CONTEXT_RULES)} cues below count only with a supporting word within "
        f"{c.CONTEXT_WINDOW} words; alone they only break a tie between types.",
        "**The fallback model.** When no cue counts, a naive Bayes model over character n-grams "
        f"({', '.join(str(n) for n in f.NGRAM_SIZES)} letters of each word) reads the rest of the complaint. It "
        f"is trained when the engine is built, on {len(documents)} texts ({counts['technical']} technical, "
        f"{counts['process']} process, {counts['user']} user) and nothing else: every cue (counted as often as its "
        "weight), each spelling of an abbreviation that is a cue, the examples' labels, and the guide's examples. "
        f"It speaks only when some word shares {f.RECOGNISED_NGRAMS} five-letter n-grams with one type's texts "
        "and not with the next type's, always at confidence "
        f"{f.FALLBACK_CONFIDENCE} (*low*), and its explanation names those words and says it is a guess. It does "
        "not read a cue taken in another sense (an ambiguous cue without its words, below: *binary translation*).",
    ]
    # The phrases of one rule (the same words needed, the same reason) in one bullet: a reader met the same reason
    # two or three times in a row ("went dark", "goes dark", "unreachable").
    grouped: dict[tuple[str, str, tuple[str, ...], int], list[str]] = {}
    for rule in cues.CONTEXT_RULES:
        grouped.setdefault((rule.about, rule.reason, rule.not_of, rule.object_reach), []).append(rule.cue)
    rules = "\n\n".join(
        f"- {c.listed([f'*{_md(cue)}*' for cue in phrases])} {'needs' if len(phrases) == 1 else 'need'} a word about "
        f"{_md(about)}{f' within {reach} words after it' if reach else ''}: {_md(reason)}"
        # Its own example of a subject it is never said of (a diff review: every rule said "engagement collapsed").
        + (f"; never said of {_quoted(not_of[:4])}… (*{not_of[0]} {phrases[0]}*)" if not_of else "")
        + "."
        for (about, reason, not_of, reach), phrases in grouped.items()
    )
    examples = "\n".join(
        f"- *{_md(text)}*: **{(r := c.categorize(text)).type}** ({r.confidence_word}): {_md(r.reason)}."
        for text in READING_EXAMPLES
    )
    # Folded, each under a title that says what it holds: on a phone the section was 20,000 px, 30 screens (a
    # reader's review); the examples the engine read stay open.
    return (
        _folded(
            f"The reading, step by step: {len(steps)} steps, from clauses to the fallback model",
            "\n".join(f"{n}. {step}" for n, step in enumerate(steps, 1)),
        )
        + "\n\n"
        + _folded(f"The {len(cues.CONTEXT_RULES)} ambiguous cues, and why", rules.replace("\n\n", "\n"))
        + "\n\nRead by the engine when this page is built:\n\n"
        + examples
    )


def _folded(title: str, markdown: str) -> str:
    """Markdown in a block the reader opens (Material's collapsible admonition), under ``title``."""
    body = "\n".join(f"    {line}" if line else "" for line in markdown.split("\n"))
    return f'??? note "{title}"\n\n{body}'


#: The guide's reference fragments. The questionnaire page's markup is in tool_render.py; the hook
#: passes both tables to fill_placeholders.
RENDERERS: dict[str, Callable[[RenderContext], str]] = {
    "rules-questions": rules_questions,
    "rules-lead": rules_lead,
    "rules-sequence": rules_sequence,
    "rules-flags": rules_flags,
    "rules-confidence": rules_confidence,
    "rules-under-invested": rules_under_invested,
    "rules-examples": rules_examples,
    "rubric-version": rubric_version,
    "runtime-size": runtime_size,
    "complaint-reading": complaint_reading,
    "complaint-rules": complaint_rules,
    "complaint-vocabulary": complaint_vocabulary,
}

#: Placeholders that take arguments: the answers of a scenario, or the type whose first actions a page lists.
SCENARIO_RENDERERS: dict[str, Callable[[RenderContext, Mapping[str, str]], str]] = {
    "points-to": points_to,
    "claim": claim,
    "first-actions": first_actions,
}


def _arguments(ctx: RenderContext, name: str, text: str) -> dict[str, str]:
    pairs = [pair.partition("=") for pair in text.split()]
    args = {key: value for key, _, value in pairs}
    if len(args) != len(pairs):
        raise UnknownPlaceholderError(f"page {ctx.page_url!r}: placeholder {name!r} repeats an argument: {text!r}")
    return args


def fill_placeholders(
    markdown: str,
    ctx: RenderContext,
    renderers: Mapping[str, Callable[[RenderContext], str]] = RENDERERS,
    scenario_renderers: Mapping[str, Callable[[RenderContext, Mapping[str, str]], str]] = SCENARIO_RENDERERS,
) -> str:
    """Replace every placeholder in ``markdown``; raise on an unknown one or a scenario the engine contradicts."""

    def replace(match: re.Match[str]) -> str:
        indent, name, text, newline = match.groups()
        rendered = render(name, text.strip())
        # A claim renders nothing: its line goes whole, so the paragraph around it stays one paragraph.
        if not rendered:
            return ""
        return "\n".join(indent + line if line else line for line in rendered.split("\n")) + newline

    def render(name: str, text: str) -> str:
        if name in scenario_renderers:
            return scenario_renderers[name](ctx, _arguments(ctx, name, text))
        renderer = renderers.get(name)
        if renderer is None:
            known = ", ".join(sorted([*renderers, *scenario_renderers]))
            raise UnknownPlaceholderError(f"page {ctx.page_url!r} asks for placeholder {name!r}; known: {known}")
        if text:
            raise UnknownPlaceholderError(f"page {ctx.page_url!r}: placeholder {name!r} takes no arguments")
        return renderer(ctx)

    return PLACEHOLDER.sub(replace, markdown)
