"""The questionnaire page's markup, rendered at build time from the engine's question data.

The form is plain HTML (fieldsets, legends, radio buttons, labels): usable and keyboard-complete the
moment the page shows, before Python has started. The page script only adds the live result.

The markup is in Jinja2 templates (templates/tool/, the page as a whole in questionnaire.html) with
autoescaping on, so every value from the engine is written as text; the only value marked safe is the
contract's JSON, which contract.script_json escapes for a script element. Element ids come from
page_data.py, which the contract hands to the JavaScript. The engine is imported inside each renderer,
after the hook has dropped any stale copy.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jinja2
import markupsafe

from scale_what_build import ROOT, page_bundle, page_data
from scale_what_build.contract import contract, script_json
from scale_what_build.site_render import RenderContext as Context

if TYPE_CHECKING:  # types only: the engine itself is imported fresh inside the renderers
    from decision_engine.model import Question

TEMPLATES = Path(__file__).parent / "templates"
#: The script that starts the engine's worker early, written inline into the tool's root element.
EARLY_ENGINE_SCRIPT = ROOT / "docs" / "assets" / "javascripts" / "engine-early.js"
MOUNT_WATCH_SCRIPT = ROOT / "docs" / "assets" / "javascripts" / "mount-watch.js"

# The form's groups, each listing the question kinds it holds; questions keep the questionnaire's order inside a
# group, so the follow-up stands right under the question it follows up (hidden until the engine asks it).
GROUPS: tuple[tuple[str, tuple[str, ...], str, str], ...] = (
    ("deciding", ("deciding",), "The deciding question", "Required. Scale the thing that is killing you first."),
    (
        "context",
        ("context", "follow_up", "frequency"),
        "Context",
        # As the guide's deciding-question include says (a reader's review: this said only "order" and "flag").
        "Optional. These answers order the other two types and raise a flag when they pull against your deciding"
        " answer. They move the lead only when blocked deals cost more than the failure you named, or when you are"
        " not sure which failure costs most. Skip what you do not know.",
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


def environment() -> jinja2.Environment:
    """The templates' environment: autoescape on, an undefined name is an error, no blank lines from tags."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        ids=page_data.ELEMENT_IDS,
        question_id=page_data.question_id,
        help_id=page_data.help_id,
        option_id=page_data.option_id,
        group_id=page_data.group_id,
        error_id=page_data.error_id,
        required_error=required_error,
    )
    return env


#: What the engine's spot under the deciding question says before the page script has started the engine.
STARTING = "The recommendation appears here once the decision engine has started (it needs JavaScript)."


def required_error(question: Mapping[str, Any]) -> str:
    """The error message of a required question left unanswered (the GOV.UK pattern: what to do, in words)."""
    return f"Choose an answer to: {question['prompt']}"


def _question(question: Question) -> dict[str, Any]:
    """A question as the templates take it (``conditional``: asked only when its conditions hold)."""
    return {
        "id": question.id,
        "kind": question.kind.value,
        "prompt": question.prompt,
        "help": question.help,
        "required": question.required,
        "options": [{"id": o.id, "label": o.label} for o in question.options],
        "conditional": bool(question.asked_when),
    }


def _groups(questions: tuple[Question, ...]) -> list[dict[str, Any]]:
    grouped = {kind for _, kinds, _, _ in GROUPS for kind in kinds}
    ungrouped = sorted({q.kind.value for q in questions} - grouped)
    if ungrouped:
        raise ValueError(f"questions of kind {ungrouped[0]!r} belong to no group of the questionnaire page")
    groups = []
    for group, kinds, title, intro in GROUPS:
        members = [_question(q) for q in questions if q.kind.value in kinds]
        if not members:
            raise ValueError(f"no questions of the kinds {kinds!r}: the questionnaire page expects each group")
        groups.append({"id": group, "title": title, "intro": intro, "questions": members})
    return groups


def questionnaire_form(ctx: Context) -> str:
    """The whole tool (templates/tool/questionnaire.html) for the engine as it is now."""
    from decision_engine import QUESTIONS, ScalingType, __version__  # noqa: PLC0415 (fresh per build)
    from decision_engine.complaint_model import UNCATEGORIZED  # noqa: PLC0415
    from decision_engine.complaints import MAX_COMPLAINT_CHARS, MAX_COMPLAINTS  # noqa: PLC0415
    from decision_engine.session import NO_RECOMMENDATION_TEXT  # noqa: PLC0415

    return render(
        "questionnaire.html",
        ctx=ctx,
        engine_version=__version__,
        max_complaints=MAX_COMPLAINTS,
        max_complaint_chars=MAX_COMPLAINT_CHARS,
        evidence_note=_evidence_note(),
        contract_json=script_json(contract()),  # an attribute: autoescaped like every other value
        groups=_groups(QUESTIONS),
        questions=[_question(q) for q in QUESTIONS],
        boxes=[{"index": i, "number": i + 1, "ids": page_data.box_ids(i)} for i in range(MAX_COMPLAINTS)],
        types=[{"id": t.value, "title": t.title} for t in ScalingType],
        uncategorized=UNCATEGORIZED,
        no_recommendation=NO_RECOMMENDATION_TEXT,
        mapping=_mapping(),
        steps_href=ctx.site_root + page_data.STEPS_PATH,
        starting=STARTING,
        mount_watch=inline_script(MOUNT_WATCH_SCRIPT),
    )


def holds_questionnaire(html: str) -> bool:
    """Whether a page's rendered content holds the questionnaire (its root element)."""
    return f'<div id="{page_data.ELEMENT_IDS["root"]}" ' in html


def early_engine_head(ctx: Context) -> markupsafe.Markup:
    """The questionnaire page's <head> script that starts the engine's worker (templates/tool/early-engine.html)."""
    return markupsafe.Markup(render("early-engine.html", ctx=ctx, script=early_engine_script()).strip())


def early_engine_script() -> markupsafe.Markup:
    """engine-early.js's text, to be written inline in the questionnaire's <head> (inline_script)."""
    return inline_script(EARLY_ENGINE_SCRIPT)


def inline_script(script: Path) -> markupsafe.Markup:
    """A script's text, to be written inline in a <script> element: it must not close the element, nor hold a blank
    line (kept from when it was written into a raw HTML block of a Markdown page, which a blank line ends: the rule
    costs nothing and keeps the script movable). Minified: every load of the questionnaire carries it, and its
    comments were two thirds of it."""
    text = script.read_text(encoding="utf-8")
    if "</script" in text.lower() or "<!--" in text or "\n\n" in text.replace("\r\n", "\n"):
        raise ValueError(f"{script} cannot be written inline: it contains '</script', '<!--' or a blank line")
    return markupsafe.Markup(page_bundle.minified_script(text, script.name).strip())


def remove_inlined_script(site_dir: Path) -> bool:
    """Remove the inlined scripts (engine-early.js, mount-watch.js) from the built site, where MkDocs copied them:
    the page holds them inline, and no page loads the files (the service worker would cache them for every reader).
    Returns whether any was there."""
    removed = False
    for script in (EARLY_ENGINE_SCRIPT, MOUNT_WATCH_SCRIPT):
        copied = site_dir / script.relative_to(ROOT / "docs")
        if copied.exists():
            copied.unlink()
            removed = True
    return removed


def render(name: str, **values: object) -> str:
    """One template of templates/tool/ with these values."""
    return environment().get_template(f"tool/{name}").render(**values)


def _evidence_note() -> str:
    """What the evidence chart counts, in the engine's own words (the result's "Evidence per type" section)."""
    from decision_engine import QUESTIONS, recommend  # noqa: PLC0415 (fresh per build)
    from decision_engine.report import result_sections  # noqa: PLC0415

    deciding = QUESTIONS[0]
    for section in result_sections(recommend({deciding.id: deciding.options[0].id})):
        if section.heading == "Evidence per type" and len(section.paragraphs) == 1:
            return section.paragraphs[0]
    raise ValueError("the engine's result has no 'Evidence per type' section with one paragraph for the chart")


def _mapping() -> Mapping[str, object]:
    """The guidance's mapping for the deciding answer: the engine's reason for the lead with that answer alone, and the
    guide's exceptions to it (a reader's review: without JavaScript, "Not sure" read as technical scaling whatever the
    blocked deals), each the engine's lead with the answers of a lead rule, in the engine's words."""
    from decision_engine import QUESTIONS, QuestionKind, recommend  # noqa: PLC0415 (fresh per build)
    from decision_engine.engine import CONDITIONS_JOINER, asked_questions, condition_words  # noqa: PLC0415
    from decision_engine.rules import LEAD_RULES  # noqa: PLC0415

    deciding = next(q for q in QUESTIONS if q.kind is QuestionKind.DECIDING)
    rows = []
    for option in deciding.options:
        rec = recommend({deciding.id: option.id})
        exceptions = []
        for rule in LEAD_RULES:
            if any(c.question == deciding.id and option.id not in c.options for c in rule.when):
                continue  # the rule needs another deciding answer
            others = [c for c in rule.when if c.question != deciding.id]
            answers = {deciding.id: option.id, **{c.question: c.options[0] for c in others}}
            if not set(answers) <= set(asked_questions(answers)):
                continue  # its questions are not all asked with this deciding answer
            excepted = recommend(answers)  # the engine's own lead with the rule's answers, not the rule's word
            if excepted.lead is not rec.lead:
                when = CONDITIONS_JOINER.join(condition_words(c) for c in others)
                exceptions.append(f"Except when {when}: {excepted.lead.title.lower()} leads instead.")
        rows.append(
            {
                "option": option.id,
                "label": option.label,
                "reason": rec.sequence.reasons[0],
                "exceptions": exceptions,
                "lead": rec.lead.value,
                "title": rec.lead.title,
            }
        )
    return {"prompt": deciding.prompt, "rows": rows}


def static_mapping(ctx: Context) -> str:
    """The mapping shown when the engine is unavailable (templates/tool/mapping.html)."""
    return render("mapping.html", ctx=ctx, mapping=_mapping(), steps_href=ctx.site_root + page_data.STEPS_PATH)


RENDERERS: dict[str, Callable[[Context], str]] = {
    "questionnaire": questionnaire_form,
}
