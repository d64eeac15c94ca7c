"""The questionnaire page's markup, rendered at build time from the engine's question data.

The form is plain HTML (fieldsets, legends, radio buttons, labels): usable and keyboard-complete the
moment the page shows, before Python has started. The page script only adds the live result.
The engine is imported inside each renderer, after the hook has dropped any stale copy.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from scale_what_build.contract import contract_block
from scale_what_build.site_render import RenderContext as Context

if TYPE_CHECKING:  # types only: the engine itself is imported fresh inside the renderers
    from decision_engine.model import Question

# The form's groups, each listing the question kinds it holds; questions keep the questionnaire's order inside a
# group, so the follow-up stands right under the question it follows up (hidden until the engine asks it).
GROUPS: tuple[tuple[str, tuple[str, ...], str, str], ...] = (
    ("deciding", ("deciding",), "The deciding question", "Required. Scale the thing that is killing you first."),
    (
        "context",
        ("context", "follow_up", "frequency"),
        "Context",
        "Optional. These answers order the other two types and raise a flag when they pull against your deciding"
        " answer; skip what you do not know.",
    ),
    (
        "effort",
        ("effort",),
        "Last quarter's effort",
        "Optional. Never changes the lead, only the under-invested verdict.",
    ),
    (
        "comfort",
        ("comfort",),
        "Your team's habit",
        "Optional. Never changes the recommendation; the result says when it differs from your habit.",
    ),
)


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _question(question: Question) -> str:
    qid = question.id
    help_id = f"sw-help-{qid}"
    required = ' <span class="sw-required">(required)</span>' if question.required else ""
    options = "\n".join(
        f'<label class="sw-option" for="sw-{qid}-{option.id}">'
        f'<input type="radio" id="sw-{qid}-{option.id}" name="{qid}" value="{_e(option.id)}"'
        f"{' required' if question.required else ''}> <span>{_e(option.label)}</span></label>"
        for option in question.options
    )
    clear = (
        ""
        if question.required
        else f'<button type="button" class="sw-clear-answer md-button" data-clear="{qid}" hidden>'
        f'Clear this answer<span class="sw-visually-hidden">: {_e(question.prompt)}</span></button>'
    )
    # A question asked only under conditions starts hidden; the page shows it when the engine lists it as asked.
    # Its conditions travel as data, so the page can leave its answer out of a request while it is not asked.
    conditional = ""
    if question.asked_when:
        when = [{"question": c.question, "options": list(c.options)} for c in question.asked_when]
        conditional = f' data-asked-when="{_e(json.dumps(when, separators=(",", ":")))}" hidden'
    return (
        f'<fieldset class="sw-question" id="sw-q-{qid}" data-question="{qid}" data-kind="{question.kind.value}"'
        f' aria-describedby="{help_id}"{conditional}>\n'
        f"<legend>{_e(question.prompt)}{required}</legend>\n"
        f'<p class="sw-help" id="{help_id}">{_e(question.help)}</p>\n'
        f'<div class="sw-options">\n{options}\n</div>\n{clear}\n</fieldset>'
    )


def questionnaire_form(ctx: Context) -> str:
    """The whole tool: the form (questions, then the complaints exercise), the answers to check, and
    beside them the engine's status, the result, sharing and export, and the static fallback."""
    from decision_engine import QUESTIONS, RUBRIC_VERSION, __version__  # noqa: PLC0415 (fresh per build)
    from decision_engine.complaints import MAX_COMPLAINT_CHARS, MAX_COMPLAINTS  # noqa: PLC0415

    parts = [
        f'<div id="sw-tool" class="sw-tool" data-runtime="{_e(ctx.runtime_url)}" data-wheel="{_e(ctx.wheel_url)}"'
        f' data-runtime-bytes="{ctx.runtime_bytes}" data-site-root="{_e(ctx.site_root)}"'
        f' data-engine-version="{_e(__version__)}" data-rubric-version="{_e(RUBRIC_VERSION)}"'
        f' data-max-complaints="{MAX_COMPLAINTS}" data-max-complaint-chars="{MAX_COMPLAINT_CHARS}"'
        f' data-worker="{_e(ctx.site_root)}assets/javascripts/engine-worker.js"'
        f' data-evidence-note="{_e(_evidence_note())}">',
        # Everything the page's JavaScript knows about the engine and this markup (contract.py).
        contract_block(),
        _early_engine_client(ctx),
        # Messages about saved answers and share links: what was kept, what could not be read.
        '<div id="sw-notices" class="sw-notices" role="status" aria-live="polite"></div>',
        '<div class="sw-tool__main">',
        '<form id="sw-form" class="sw-form" novalidate aria-label="Which scaling first? Questionnaire">',
    ]
    grouped = {kind for _, kinds, _, _ in GROUPS for kind in kinds}
    ungrouped = sorted({q.kind.value for q in QUESTIONS} - grouped)
    if ungrouped:
        raise ValueError(f"questions of kind {ungrouped[0]!r} belong to no group of the questionnaire page")
    for group, kinds, title, intro in GROUPS:
        questions = [q for q in QUESTIONS if q.kind.value in kinds]
        if not questions:
            raise ValueError(f"no questions of the kinds {kinds!r}: the questionnaire page expects each group")
        parts.append(f'<h2 id="sw-group-{group}">{_e(title)}</h2>\n<p class="sw-group-intro">{_e(intro)}</p>')
        parts.extend(_question(q) for q in questions)
    parts.append(_complaints(MAX_COMPLAINTS, MAX_COMPLAINT_CHARS))
    parts.append(
        '<p class="sw-form-actions">'
        '<button type="submit" class="md-button md-button--primary">Show my recommendation</button> '
        '<button type="button" class="md-button" id="sw-clear-all">Clear my answers</button></p>'
    )
    parts.append("</form>")
    parts.append(_check_answers(QUESTIONS))
    parts.append("</div>")
    # Beside the form on wide screens (sticky), after it on narrow ones.
    parts.append('<div class="sw-tool__aside">')
    parts.append(_status())
    parts.append(
        '<section id="sw-result" class="sw-result" aria-labelledby="sw-result-title" tabindex="-1">\n'
        '<h2 id="sw-result-title">Your recommendation</h2>\n'
        '<p id="sw-result-summary" role="status" aria-live="polite" aria-atomic="true">'
        "Answer the deciding question to see a recommendation.</p>\n"
        '<div id="sw-result-body"></div>\n</section>'
    )
    parts.append(_keep_and_share(ctx))
    parts.append(static_mapping(ctx))
    parts.append("</div>\n</div>")
    return "\n".join(parts)


def _evidence_note() -> str:
    """What the evidence chart counts, in the engine's own words (the result's "Evidence per type" section)."""
    from decision_engine import QUESTIONS, recommend  # noqa: PLC0415 (fresh per build)
    from decision_engine.report import result_sections  # noqa: PLC0415

    deciding = QUESTIONS[0]
    for section in result_sections(recommend({deciding.id: deciding.options[0].id})):
        if section.heading == "Evidence per type" and len(section.paragraphs) == 1:
            return section.paragraphs[0]
    raise ValueError("the engine's result has no 'Evidence per type' section with one paragraph for the chart")


def _early_engine_client(ctx: Context) -> str:
    """The engine client, loaded async right after the tool's root element.

    It starts the worker as soon as it runs, which is usually before Material's bundle at the end of the
    page is evaluated (the extra_javascript copy only runs after it). Async, so it never holds up the
    page: measured with `make bench`, an inline copy started the worker ~150 ms sooner but delayed the
    form (DOMContentLoaded) on a 2-core machine more than it gained. Whichever copy runs second, and
    Material's re-run of page scripts on instant navigation, see the first client and do nothing. A module
    script: the page's modules import the same URL, so the browser evaluates it once per document.
    """
    return f'<script type="module" async src="{_e(ctx.site_root)}assets/javascripts/engine-client.js"></script>'


def _complaints(count: int, max_chars: int) -> str:
    """The guidance's exercise: the reader's top complaints, categorised as they type."""
    from decision_engine import ScalingType  # noqa: PLC0415 (fresh per build)

    choices = "".join(f'<option value="{t.value}">{_e(t.title)}</option>' for t in ScalingType)
    boxes = []
    for n in range(1, count + 1):
        hint = " (hurts most, weighs most)" if n == 1 else ""
        boxes.append(
            f'<div class="sw-complaint" data-index="{n - 1}">\n'
            f'<label for="sw-complaint-{n}">Complaint {n}{hint}</label>\n'
            f'<textarea id="sw-complaint-{n}" name="complaint-{n}" rows="2" spellcheck="true"'
            f' aria-describedby="sw-complaint-{n}-result"></textarea>\n'
            f'<div class="sw-complaint__result" id="sw-complaint-{n}-result" aria-live="polite"></div>\n'
            f'<p class="sw-complaint__override"><label for="sw-override-{n}">Your category for complaint {n}</label>'
            f' <select id="sw-override-{n}" name="override-{n}">'
            f'<option value="">The suggested one</option>{choices}'
            '<option value="uncategorized">Leave it out</option></select></p>\n'
            "</div>"
        )
    return (
        '<fieldset id="sw-complaints" class="sw-complaints" aria-describedby="sw-complaints-help">\n'
        "<legend>Your top scaling complaints (optional)</legend>\n"
        '<p class="sw-help" id="sw-complaints-help">The guide\'s exercise: write the complaints you hear most,'
        f" the one that hurts most first (up to {count}, {max_chars} characters each). Each is sorted into a"
        " scaling type as you type, with the words that decided it; change the category where you know better."
        " When any complaint is categorised, your complaints, weighed against last quarter's effort above, decide"
        " the under-invested verdict in your recommendation.</p>\n"
        + "\n".join(boxes)
        + '\n<p id="sw-triage-summary" class="sw-triage-summary" aria-live="polite"></p>\n</fieldset>'
    )


def _check_answers(questions: Sequence[Question]) -> str:
    """Every answer at a glance, each with a link back to its question (filled in by the page script).

    A question asked only under conditions is hidden here too until the engine asks it."""
    rows = "\n".join(
        f'<div class="sw-check__row" data-question="{q.id}"{" hidden" if q.asked_when else ""}><dt>{_e(q.prompt)}</dt>'
        f'<dd><div class="sw-check__answer">Not answered</div>'
        f'<a href="#sw-q-{q.id}" class="sw-check__change" data-change="{q.id}">Change'
        f'<span class="sw-visually-hidden"> the answer to: {_e(q.prompt)}</span></a></dd></div>'
        for q in questions
    )
    return (
        '<section id="sw-check" class="sw-check" aria-labelledby="sw-check-title">\n'
        '<h2 id="sw-check-title">Check your answers</h2>\n'
        f'<dl class="sw-check__list">\n{rows}\n'
        '<div class="sw-check__row" data-question="complaints"><dt>Your top complaints</dt>'
        '<dd><div class="sw-check__answer">None written</div>'
        '<a href="#sw-complaints" class="sw-check__change" data-change="complaints">Change'
        '<span class="sw-visually-hidden"> your complaints</span></a></dd></div>\n</dl>\n</section>'
    )


def _keep_and_share(ctx: Context) -> str:
    """Share link, downloads and print: the reader keeps or passes on the result."""
    return (
        '<section id="sw-keep" class="sw-keep" aria-labelledby="sw-keep-title">\n'
        '<h2 id="sw-keep-title">Keep or share</h2>\n'
        '<p class="sw-help">Your answers are saved in this browser as you go (see'
        f' <a href="{ctx.site_root}privacy/">what is kept, and how to clear it</a>). A share link carries them'
        " in the part after #, which is never sent to a server.</p>\n"
        '<p><label class="sw-option" for="sw-share-complaints"><input type="checkbox" id="sw-share-complaints">'
        " <span>Include my complaints in the link</span></label></p>\n"
        '<p class="sw-keep__actions">'
        '<button type="button" class="md-button" id="sw-copy-link">Copy a share link</button> '
        '<button type="button" class="md-button" id="sw-export-markdown">Download as Markdown</button> '
        '<button type="button" class="md-button" id="sw-export-json">Download as JSON</button> '
        '<button type="button" class="md-button" id="sw-print">Print</button></p>\n'
        '<p><label for="sw-share-url">Share link</label><br>'
        '<input type="text" id="sw-share-url" class="sw-share-url" readonly value=""></p>\n'
        '<p id="sw-keep-status" role="status" aria-live="polite"></p>\n</section>'
    )


def _status() -> str:
    return (
        '<div id="sw-engine" class="sw-engine">\n'
        '<p id="sw-engine-status" class="sw-engine-status" role="status" aria-live="polite">'
        "The decision engine starts when this page opens.</p>\n"
        '<progress id="sw-engine-progress" class="sw-engine-progress" max="1" value="0" hidden'
        ' aria-label="Decision engine download"></progress>\n'
        '<div id="sw-engine-problem" class="admonition failure" hidden>\n'
        '<p class="admonition-title">The decision engine could not start</p>\n'
        '<p id="sw-engine-problem-text"></p>\n'
        "<p>Your answers are kept. The guide's mapping for your deciding answer is shown below.</p>\n"
        '<p><button type="button" class="md-button md-button--primary" id="sw-engine-retry">'
        "Try again</button></p>\n</div>\n"
        "<noscript><p>The recommendation needs JavaScript. The guide's mapping below works without it.</p>"
        "<style>#sw-fallback { display: block !important; }</style></noscript>\n</div>"
    )


def static_mapping(ctx: Context) -> str:
    """The guidance's mapping for the deciding answer: shown when the engine is unavailable.

    Each row is the engine's own reason for the lead with that answer alone, computed at build time.
    """
    from decision_engine import QUESTIONS, QuestionKind, recommend  # noqa: PLC0415 (fresh per build)

    deciding = next(q for q in QUESTIONS if q.kind is QuestionKind.DECIDING)
    rows = []
    for option in deciding.options:
        rec = recommend({deciding.id: option.id})
        rows.append(
            f'<div class="sw-mapping-row" data-option="{_e(option.id)}"><dt>{_e(option.label)}</dt>'
            f"<dd>{_e(rec.sequence.reasons[0])} "
            f'<a href="{ctx.site_root}{rec.lead.value}/">{_e(rec.lead.title)} in the guide</a></dd></div>'
        )
    return (
        '<section id="sw-fallback" class="sw-fallback" aria-labelledby="sw-fallback-title" hidden>\n'
        '<h2 id="sw-fallback-title">The guide\'s mapping</h2>\n'
        f"<p>Without the engine, the deciding question alone points the way: {_e(deciding.prompt)}</p>\n"
        f'<dl class="sw-mapping">\n{"".join(rows)}\n</dl>\n</section>'
    )


RENDERERS: dict[str, Callable[[Context], str]] = {
    "questionnaire": questionnaire_form,
}
