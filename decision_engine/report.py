"""The result in words, and the downloads: the JSON document and the Markdown report the reader saves.

``result_sections`` is the one place that decides what a recommendation says and in which order: the headline
once, the confidence word once, one reason for each place in the sequence, the flags, what would change the lead,
the comfort sentence, the under-invested verdict. The CLI's text and the Markdown report both format these
sections, so they cannot say different things.

The JSON export is ``{"recommendation", "answers", "meta"}``, and ``state`` when the page made it (the page's
state as it sent it, see ``session.py``: everything the reader entered, also what the result leaves aside).
``recommendation`` is exactly the engine's JSON for the same input (``recommend --json``, complaints included).
Nothing depends on the run (no timestamps), so the same input gives the same bytes on CPython and in the browser.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from decision_engine import __version__
from decision_engine.complaint_model import UNCATEGORIZED, Categorization, Triage
from decision_engine.engine import recommend
from decision_engine.errors import InvalidRequestError
from decision_engine.guidance import GUIDANCE
from decision_engine.model import Recommendation, ScalingType
from decision_engine.questions import QUESTIONS
from decision_engine.rules import RUBRIC_VERSION
from decision_engine.serialize import JSON, dumps, to_dict
from decision_engine.session import recommend_state

FORMATS = ("json", "markdown")


@dataclass(frozen=True)
class Section:
    """One part of the result: a heading (empty for the opening), paragraphs, then a list of items."""

    heading: str
    paragraphs: tuple[str, ...] = ()
    items: tuple[str, ...] = ()
    numbered: bool = False


def _points(count: int) -> str:
    return f"{count} point" if abs(count) == 1 else f"{count} points"


def confidence_line(rec: Recommendation) -> str:
    """The confidence word, said once, with what it means."""
    return f"Confidence: {rec.confidence.level} — {rec.confidence.text}"


def result_sections(rec: Recommendation) -> tuple[Section, ...]:
    """What a recommendation says, in order; every renderer (CLI text, Markdown) formats exactly these."""
    sections = [
        Section("", (rec.headline, confidence_line(rec)), rec.confidence.reasons),
        Section(
            "The sequence",
            items=rec.sequence.reasons,
            numbered=True,
        ),
        Section(
            "Evidence per type",
            (
                "Points from how often each pain hurts and where adoption is heading; the deciding question is not "
                "counted here, it decides the lead.",
            ),
            tuple(f"{e.type.title}: {_points(e.points)} ({e.role})" for e in rec.evidence),
        ),
    ]
    if rec.flags:
        sections.append(Section("Flags", items=tuple(flag.text for flag in rec.flags)))
    sections.append(
        Section(
            "What would change the lead", (rec.would_change.summary,), tuple(c.text for c in rec.would_change.changes)
        )
    )
    if rec.comfort is not None:
        sections.append(Section("Your team's habit", (rec.comfort,)))
    if rec.rationale:
        sections.append(
            Section(
                "Because you answered",
                items=tuple(f"{item.text} ({item.points:+d} for {item.type.title.lower()})" for item in rec.rationale),
            )
        )
    examples = {example.id: example.name for example in GUIDANCE[rec.lead].examples}
    sections += [
        Section(
            "The trade-off to watch", (rec.trade_off.trade_off, f"Keep it in check: {rec.trade_off.keep_in_check}")
        ),
        Section("First actions", items=tuple(f"{examples[a.example]}: {a.text}" for a in rec.first_actions)),
        Section(
            "Watch for later",
            items=tuple(f"{watch.type.title}: {' '.join(watch.failure_modes)}" for watch in rec.watch),
        ),
        Section(
            "Under-invested",
            tuple(text for text in (rec.under_invested.text, rec.under_invested.other) if text is not None),
        ),
    ]
    return tuple(sections)


@dataclass(frozen=True)
class Report:
    """A recommendation (with the reader's complaints, when any) to download, and the page's state it came from."""

    recommendation: Recommendation
    state: JSON = None


def build_report(
    answers: Mapping[str, str],
    complaints: Sequence[str] = (),
    overrides: Mapping[int, str] | None = None,
) -> Report:
    """Validate everything (the engine's errors say what was wrong) and compute the result."""
    return Report(recommend(answers, complaints, overrides))


def state_report(state: object) -> Report:
    """The download for the page's state: its strict recommendation (``session.recommend_state``) and the state."""
    return Report(recommend_state(state), to_dict(state))


def export_document(report: Report) -> JSON:
    """The JSON export as data."""
    rec = report.recommendation
    document: dict[str, JSON] = {
        "recommendation": to_dict(rec),
        "answers": to_dict(rec.answers),
        "meta": {
            "generator": "Scale What? decision engine",
            "engine_version": __version__,
            "rubric_version": RUBRIC_VERSION,
        },
    }
    if report.state is not None:
        document["state"] = report.state
    return document


def export_json(report: Report) -> str:
    """The JSON export as text, through the one serializer."""
    return dumps(export_document(report))


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+\-.!|~&])")


def _md(text: str) -> str:
    """Reader-written text, escaped so a Markdown viewer shows it literally (never as markup or HTML)."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _title(value: str) -> str:
    return ScalingType(value).title if value != UNCATEGORIZED else "No category"


def section_markdown(section: Section) -> list[str]:
    """One section as Markdown lines (the engine's own texts: no reader text goes through here)."""
    lines = [f"## {section.heading}", ""] if section.heading else []
    for paragraph in section.paragraphs:
        lines += [paragraph, ""]
    if section.items:
        marks = [f"{n}." for n in range(1, len(section.items) + 1)] if section.numbered else ["-"] * len(section.items)
        lines += [*(f"{mark} {item}" for mark, item in zip(marks, section.items, strict=True)), ""]
    return lines


def _answers_markdown(rec: Recommendation) -> list[str]:
    lines = ["## Your answers", ""]
    for question in QUESTIONS:
        chosen = rec.answers.get(question.id)
        if chosen is None and question.id not in rec.asked:
            continue
        label = question.option(chosen).label if chosen else "Not answered"
        lines.append(f"- {question.prompt} **{label}**")
    return [*lines, ""]


def _reading_markdown(result: Categorization) -> list[str]:
    """How the complaint was read, one nested item each: misspellings, cues set aside, the fallback's guess.
    Everything quoted from the reader is escaped."""
    lines = []
    for match in result.cues:
        if match.correction:
            lines.append(f"   - Read as a misspelling, counted less: {_md(match.correction)}")
    for match in result.discounted:
        lines.append(f"   - Set aside: {_md(match.matched)}, {_md(match.note or '')}")
    if result.fallback is not None:
        words = ", ".join(result.fallback.words)
        lines.append(
            f"   - A guess by the fallback model (low confidence): no cue counted, and the wording is closest to "
            f"{result.fallback.type.value} in {_md(words)}"
        )
    return lines


def _complaints_markdown(result: Triage) -> list[str]:
    lines = ["## Your top complaints", ""]
    for item in result.complaints:
        why = " (your choice)" if item.overridden else f" — {_md(item.categorization.reason)}"
        lines.append(f"{item.index + 1}. {_md(item.text)}: **{_title(item.type)}**{why}")
        lines += _reading_markdown(item.categorization)
    lines.append("")
    lines += [f"Note: {flag.message}." for flag in result.effort_flags]
    return [*lines, ""]


def export_markdown(report: Report) -> str:
    """The Markdown report: the result's sections, the answers, and the complaints."""
    rec = report.recommendation
    lines = ["# Scale What? recommendation", ""]
    for section in result_sections(rec):
        lines += section_markdown(section)
    lines += _answers_markdown(rec)
    if rec.exercise is not None:
        lines += _complaints_markdown(rec.exercise)
    lines += ["---", "", f"Rubric version {rec.rubric_version}, decision engine {__version__}."]
    return "\n".join(lines) + "\n"


def export(report: Report, fmt: str) -> str:
    """The export in ``fmt`` ("json" or "markdown")."""
    if fmt == "json":
        return export_json(report)
    if fmt == "markdown":
        return export_markdown(report)
    raise InvalidRequestError(f"unknown export format {fmt!r}; valid formats: {', '.join(FORMATS)}")
