"""Markdown/HTML fragments rendered from the engine's data at build time (one source of truth).

A page asks for a fragment with a placeholder on a line of its own: ``<!-- scale-what: NAME -->``.
Each NAME maps to a renderer in RENDERERS; an unknown NAME fails the build.
The engine is imported inside the renderers, after the hook has dropped any stale copy from sys.modules.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # types only: the engine itself is imported fresh inside the renderers
    from decision_engine.model import Option

PLACEHOLDER = re.compile(r"^<!-- scale-what: ([a-z0-9-]+) -->$", re.MULTILINE)


@dataclass(frozen=True)
class RenderContext:
    """What a renderer may need about the page and the build."""

    page_url: str  # the page's URL relative to the site root, e.g. "tool/"
    runtime_url: str  # the Pyodide folder, relative to the page, ending with "/"
    wheel_url: str  # the engine wheel, relative to the page, with a cache-busting query
    runtime_bytes: int  # the size of the runtime's boot files plus the wheel, for download progress
    site_root: str  # the site root relative to the page, e.g. "../"


class UnknownPlaceholderError(ValueError):
    """A page names a placeholder that has no renderer."""


# ---------------------------------------------------------------------------------------------
# "How the tool decides": the rubric, rendered from the engine's data (Markdown, phone-width friendly:
# lists and two-column tables only)
# ---------------------------------------------------------------------------------------------

#: Answer sets shown as worked examples: the issue's rule table. The engine computes each result.
WORKED_EXAMPLES: tuple[dict[str, str], ...] = (
    {"failure_mode": "outages"},
    {"failure_mode": "regressions"},
    {"failure_mode": "governance"},
    {"failure_mode": "not_sure"},
    {"failure_mode": "not_sure", "deals_blocked": "yes"},
    {"failure_mode": "outages", "deals_blocked": "yes", "freq_outages": "weekly"},
    {"failure_mode": "outages", "deals_blocked": "yes", "freq_outages": "rarely"},
    {"failure_mode": "regressions", "deals_blocked": "yes", "freq_regressions": "weekly"},
    {"failure_mode": "regressions", "deals_blocked": "yes", "freq_regressions": "rarely"},
    {"failure_mode": "outages", "adoption": "upmarket"},
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


def _option_line(option: Option, effort_question: bool) -> str:
    head = f"- **{_md(option.label)}** (`{option.id}`)"
    if option.effects:
        moves = [f"**{_signed(e.points)} {e.type.value}**. {_md(e.rationale)}" for e in option.effects]
        if len(moves) == 1:
            return f"{head}: {moves[0]}"
        return head + ":\n" + "\n".join(f"    - {move}" for move in moves)
    if option.unsure:
        return f"{head}: no evidence; lowers confidence."
    if effort_question:
        return f"{head}: counts as {option.effort} {'point' if option.effort == 1 else 'points'} of effort."
    return f"{head}: no evidence either way."


def rules_questions(ctx: RenderContext) -> str:
    """Every question with its id, whether it is required, and each option's points per type with the reason."""
    from decision_engine import QUESTIONS, QuestionKind  # noqa: PLC0415 (fresh per build)

    parts = []
    for question in QUESTIONS:
        need = "required" if question.required else "optional"
        parts.append(f"### {_md(question.prompt)} {{#{question.id}}}")
        parts.append(f"`{question.id}`, {need}. {_md(question.help)}")
        effort = question.kind is QuestionKind.EFFORT
        parts.append("\n".join(_option_line(option, effort) for option in question.options))
    return "\n\n".join(parts)


def rules_notes(ctx: RenderContext) -> str:
    """The notes added to the rationale: when each applies and what it says."""
    from decision_engine.rules import NOTES  # noqa: PLC0415 (fresh per build)

    lines = []
    for note in NOTES:
        when = " and ".join(_condition(c.question, c.options) for c in note.when)
        lines.append(f"- When {when}, and **{note.lead.title.lower()}** leads (`{note.id}`): {_md(note.text)}")
    return "\n".join(lines)


def rules_tiebreak(ctx: RenderContext) -> str:
    """The tie-break: the default sequence, in order."""
    from decision_engine.rules import DEFAULT_SEQUENCE  # noqa: PLC0415 (fresh per build)

    order = "\n".join(f"{place}. {kind.title}" for place, kind in enumerate(DEFAULT_SEQUENCE, 1))
    return (
        "When two or three types share the top score, the one that comes first in the default sequence leads, "
        "and the rationale says so:\n\n" + order
    )


def rules_sequence(ctx: RenderContext) -> str:
    """The sequence rule: the lead, then the default order, changed by the sequence rules listed."""
    from decision_engine.rules import DEFAULT_SEQUENCE, SEQUENCE_RULES  # noqa: PLC0415 (fresh per build)

    default = ", then ".join(kind.title.lower() for kind in DEFAULT_SEQUENCE)
    rules = "\n".join(
        f"- When {' and '.join(_condition(c.question, c.options) for c in rule.when)}: "
        f"{rule.move.title.lower()} moves ahead of {rule.ahead_of.title.lower()} (`{rule.id}`)."
        for rule in SEQUENCE_RULES
    )
    return (
        f"The sequence is the lead, then the other two in the default order ({default}), except:\n\n{rules}\n\n"
        "A rule that would move the lead itself does not apply: the lead always comes first."
    )


def rules_confidence(ctx: RenderContext) -> str:
    """What lowers confidence and by how much, and the words for its levels."""
    from decision_engine.rules import CONFIDENCE as C  # noqa: PLC0415 (fresh per build)

    rows = [
        ("You answered *Not sure* to the deciding question", C.deciding_unsure),
        ("Each other *Not sure* answer", C.context_unsure),
        ("Each context question left unanswered", C.unanswered),
        ("The top two types tie", C.tie),
        (f"The top two are at most {C.near_tie_margin} point apart", C.near_tie),
    ]
    table = "\n".join(f"| {what} | {MINUS}{points} |" for what, points in rows)
    return (
        f"Confidence starts at {C.start} and drops for each kind of doubt:\n\n"
        f"| What lowers it | Points |\n|---|--:|\n{table}\n\n"
        f"It never drops below {C.floor}. From {C.high} up it reads **high**, from {C.medium} **medium**, "
        "below that **low**. Effort questions left unanswered do not count: they never change the lead."
    )


def rules_under_invested(ctx: RenderContext) -> str:
    """How effort answers count against evidence to name the under-invested type."""
    from decision_engine import QUESTIONS, QuestionKind  # noqa: PLC0415 (fresh per build)

    effort = next(q for q in QUESTIONS if q.kind is QuestionKind.EFFORT)
    points = "\n".join(f"| {_md(option.label)} (`{option.id}`) | {option.effort} |" for option in effort.options)
    return (
        "Each effort answer counts as points of effort:\n\n"
        f"| Effort last quarter | Points |\n|---|--:|\n{points}\n\n"
        "For each type whose effort you gave, the engine subtracts its effort points from its evidence points. "
        "The type with the largest positive gap is the under-invested one (a tie goes to the default sequence). "
        "If no gap is positive, or you gave no effort answers, no type is named."
    )


def _answers_text(answers: dict[str, str]) -> str:
    from decision_engine import QUESTIONS  # noqa: PLC0415 (fresh per build)

    parts = []
    for question in QUESTIONS:
        if question.id in answers:
            label = question.option(answers[question.id]).label
            parts.append(f"`{question.id}`: {_md(label)}")
    return "; ".join(parts)


def rules_examples(ctx: RenderContext) -> str:
    """The rule table's answer sets with the engine's result for each, computed at build time."""
    from decision_engine import recommend  # noqa: PLC0415 (fresh per build)

    rows = []
    for answers in WORKED_EXAMPLES:
        rec = recommend(answers)
        scores = ", ".join(f"{ranked.type.value} {ranked.score}" for ranked in rec.ranking)
        result = f"**{rec.lead.title}** ({scores}); confidence {rec.confidence.level}"
        rows.append(f"| {_answers_text(answers)} | {result} |")
    return "| Answers (others unanswered) | Result |\n|---|---|\n" + "\n".join(rows)


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
    from decision_engine.complaints import abbreviations, combinations, vocabulary  # noqa: PLC0415 (fresh per build)

    parts = [
        "A cue in **bold** is decisive (weight 3), a plain one a clear pointer (2), one in *italics* a weak "
        "hint (1). Plurals, verb endings, case, hyphens and the spellings listed at the end count as the same cue."
    ]
    vocab = vocabulary()
    for type_value, examples in vocab.items():
        count = sum(len(example["cues"]) for example in examples)
        parts.append(f"### {type_value.capitalize()} scaling {{#vocabulary-{type_value}}}")
        parts.append(f"{count} cues.")
        for example in examples:
            ordered = sorted(example["cues"], key=lambda cue: (-cue["weight"], cue["phrase"]))
            phrases = ", ".join(_weighted_cue(cue["phrase"], cue["weight"]) for cue in ordered)
            parts.append(f"{_md(example['label'])}\n:   {phrases}")
    parts.append("### When two cues meet {#vocabulary-combinations}")
    lines = [
        f"- **+{c['weight']} {c['type']}** for *{_md(c['label'])}*: {_md(c['description'])}." for c in combinations()
    ]
    parts.append("\n".join(lines))
    forms = "\n".join(
        f"    - **{_md(entry['canonical'])}**: {', '.join(_md(form) for form in entry['forms'])}"
        for entry in abbreviations()
    )
    parts.append(f'??? note "Abbreviations and other spellings read as one cue"\n\n{forms}')
    return "\n\n".join(parts)


#: The complaints of the worked triage example on "How the tool decides": the issue's three examples.
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
    from decision_engine import complaints as c  # noqa: PLC0415 (fresh per build)

    words = ", ".join(f"**{word}** from {threshold}" for threshold, word in c.CONFIDENCE_WORDS if threshold > 0)
    low = next(word for threshold, word in c.CONFIDENCE_WORDS if threshold == 0)
    weights = ", ".join(f"#{place} weighs {weight}" for place, weight in enumerate(c.COMPLAINT_WEIGHTS, 1))
    ranks = ", ".join(f"{level} {rank}" for level, rank in c.EFFORT_LEVELS.items())
    rules = [
        f"**Limits.** A complaint is at most {c.MAX_COMPLAINT_CHARS} characters; a triage takes 1 to "
        f"{c.MAX_COMPLAINTS} complaints. Empty text, longer text or more complaints are refused with a message.",
        "**Category.** The type with the highest score; a tie goes to the type with more tie-breaker cues, then to "
        "the default sequence (technical, process, user). When no cue counts, the fallback model may guess, at "
        f"low confidence (below); otherwise the complaint is `{c.UNCATEGORIZED}`.",
        f"**Second type.** Named when its score reaches {_ratio(c.SECONDARY_RATIO)} of the leading score.",
        f"**Confidence** = (leading score {DIVIDED} all scores) {TIMES} (leading score {DIVIDED} (leading score + "
        f"{c.CONFIDENCE_HALF})), two decimals. One decisive cue (weight 3) alone gives "
        f"{round(3 / (3 + c.CONFIDENCE_HALF), 2)}. It reads {words}, "
        f"**{low}** above 0, and **none** when no cue matched.",
        f"**Weight by place.** The first complaint is the one that hurts most: {weights}. You can override any "
        f"complaint's type, or set it to `{c.UNCATEGORIZED}` to leave it out.",
        f"**Under-invested type.** For each type, the weight of its complaints {DIVIDED} (effort rank + 1), with the "
        f"ranks {ranks} for last quarter's effort; a type whose effort you leave out counts as "
        f"*{c.MISSING_EFFORT}*. Without any effort answers it is simply the heaviest type. The highest wins; "
        "a tie goes to the type of the earlier complaint. Only a type some complaint points at can be named.",
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
    "Engineers keep pushing straight to master",
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
        f"{c.STRESS_BONUS} more.",
        "**Fine or not the problem.** A clause that says its subject is fine is *discounted*: its cues count 0 and "
        "the explanation quotes it; a statement joined by *and* is read on its own (*SSO is fine and the "
        "dashboards are slow* discounts only *SSO is fine*). It is fine when a verb such as *is*, *are*, *looks* "
        "or *has been* meets "
        f"{_quoted(cues.FINE_STATES[:10])}…, when it says {_quoted(cues.FINE_PHRASES[:6])}…, when a negation "
        f"({_quoted(cues.NEGATIONS)}; apostrophes are dropped, so *isnt* is *isn't*) stands before a word for a "
        f"problem ({_quoted(cues.PROBLEM_WORDS[:8])}…), "
        f"or when it says {_quoted(cues.RULED_OUT_PHRASES[:6])} and the like. A wish "
        f"(after {_quoted(cues.MODALS[:5])}…), "
        f"*how it works*, and a negated fine word (*nothing works*) are not fine: they complain.",
        f"**Negated symptoms.** A symptom right after {_quoted(cues.SYMPTOM_NEGATIONS)} (*no outage*, *no latency "
        "alarms*) is discounted on its own. A missing capability still counts: *no runbook* is the complaint.",
        f"**Misspellings.** A word of {cues.TYPO_MIN_LETTERS} letters or more that is not a word of the engine's own "
        "text and is one edit (a letter added, dropped or changed, or two neighbours swapped) from exactly one "
        "word of the vocabulary, with the same first letter, is read as that word, and its cue counts "
        f"{cues.TYPO_PENALTY} less. The explanation shows it: *latancy → latency*.",
        f"**Ambiguous cues.** The {len(cues.CONTEXT_RULES)} cues below count only with a supporting word within "
        f"{c.CONTEXT_WINDOW} words; alone they only break a tie between types.",
        "**The fallback model.** When no cue counts, a naive Bayes model over character n-grams "
        f"({', '.join(str(n) for n in f.NGRAM_SIZES)} letters of each word) reads the rest of the complaint. It "
        f"is trained when the engine is built, on {len(documents)} texts ({counts['technical']} technical, "
        f"{counts['process']} process, {counts['user']} user) and nothing else: every cue (counted as often as its "
        "weight), each spelling of an abbreviation that is a cue, the examples' labels, and the guide's examples. "
        f"It speaks only when some word shares {f.RECOGNISED_NGRAMS} five-letter n-grams with one type's texts "
        "and not with the next type's, always at confidence "
        f"{f.FALLBACK_CONFIDENCE} (*low*), and its explanation names those words and says it is a guess.",
    ]
    rules = "\n\n".join(
        f"- *{_md(rule.cue)}* needs a word about {_md(rule.about)}: {_md(rule.reason)}." for rule in cues.CONTEXT_RULES
    )
    examples = "\n".join(
        f"- *{_md(text)}*: **{(r := c.categorize(text)).type}** ({r.confidence_word}): {_md(r.reason)}."
        for text in READING_EXAMPLES
    )
    return (
        "\n".join(f"{n}. {step}" for n, step in enumerate(steps, 1))
        + "\n\nThe ambiguous cues, and why:\n\n"
        + rules.replace("\n\n", "\n")
        + "\n\nRead by the engine when this page is built:\n\n"
        + examples
    )


#: The guide's reference fragments. The questionnaire page's markup is in tool_render.py; the hook
#: passes both tables to fill_placeholders.
RENDERERS: dict[str, Callable[[RenderContext], str]] = {
    "rules-questions": rules_questions,
    "rules-notes": rules_notes,
    "rules-tiebreak": rules_tiebreak,
    "rules-sequence": rules_sequence,
    "rules-confidence": rules_confidence,
    "rules-under-invested": rules_under_invested,
    "rules-examples": rules_examples,
    "rubric-version": rubric_version,
    "complaint-reading": complaint_reading,
    "complaint-rules": complaint_rules,
    "complaint-vocabulary": complaint_vocabulary,
}


def fill_placeholders(
    markdown: str, ctx: RenderContext, renderers: Mapping[str, Callable[[RenderContext], str]] = RENDERERS
) -> str:
    """Replace every placeholder in ``markdown``; raise on an unknown one."""

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        renderer = renderers.get(name)
        if renderer is None:
            raise UnknownPlaceholderError(
                f"page {ctx.page_url!r} asks for placeholder {name!r}; known: {', '.join(sorted(renderers))}"
            )
        return renderer(ctx)

    return PLACEHOLDER.sub(replace, markdown)
