"""Exports of a result: the JSON document and the Markdown report the reader downloads.

The JSON export is ``{"recommendation", "answers", "complaints", "meta"}``: ``recommendation`` is exactly
the engine's JSON for these answers (``recommend --json``), ``complaints`` the triaged complaints (empty
when none were written), and ``meta`` the versions plus the exercise's summary. Nothing depends on the run
(no timestamps), so the same input gives the same bytes on CPython and in the browser.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from decision_engine import __version__
from decision_engine.complaint_model import UNCATEGORIZED, Categorization, Triage
from decision_engine.complaints import triage
from decision_engine.engine import recommend
from decision_engine.errors import InvalidRequestError
from decision_engine.model import RationaleItem, Recommendation, ScalingType
from decision_engine.questions import QUESTIONS
from decision_engine.rules import RUBRIC_VERSION
from decision_engine.serialize import JSON, dumps, to_dict

FORMATS = ("json", "markdown")


@dataclass(frozen=True)
class Report:
    """A recommendation and, when the reader wrote complaints, their triage."""

    recommendation: Recommendation
    triage: Triage | None


def build_report(
    answers: Mapping[str, str],
    complaints: Sequence[str] = (),
    investment: Mapping[str, str] | None = None,
    overrides: Mapping[int, str] | None = None,
) -> Report:
    """Validate everything (the engine's errors say what was wrong) and compute both results."""
    recommendation = recommend(answers)
    triaged = triage(complaints, investment=investment, overrides=overrides) if complaints else None
    return Report(recommendation, triaged)


def export_document(report: Report) -> JSON:
    """The JSON export as data."""
    exercise: JSON = None
    if report.triage is not None:
        exercise = {
            "under_invested": to_dict(report.triage.under_invested),
            "reason": report.triage.reason,
            "effort_flags": to_dict(report.triage.effort_flags),
        }
    return {
        "recommendation": to_dict(report.recommendation),
        "answers": to_dict(report.recommendation.answers),
        "complaints": to_dict(report.triage.complaints) if report.triage else [],
        "meta": {
            "generator": "Scale What? decision engine",
            "engine_version": __version__,
            "rubric_version": RUBRIC_VERSION,
            "exercise": exercise,
        },
    }


def export_json(report: Report) -> str:
    """The JSON export as text, through the one serializer."""
    return dumps(export_document(report))


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+\-.!|~&])")


def _md(text: str) -> str:
    """Reader-written text, escaped so a Markdown viewer shows it literally (never as markup or HTML)."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _title(value: str) -> str:
    return ScalingType(value).title if value != UNCATEGORIZED else "No category"


def _rationale_line(item: RationaleItem) -> str:
    moved = f" ({item.points:+d} for {item.type.title.lower()})" if item.type else ""
    return f"- {item.text}{moved}"


def _recommendation_markdown(rec: Recommendation) -> list[str]:
    lines = [
        f"**{rec.headline}** Confidence: {rec.confidence.level} ({rec.confidence.score} out of 100).",
        "",
        "## Evidence per type",
        "",
        *[f"- {r.type.title}: {r.score} point{'s' if abs(r.score) != 1 else ''}" for r in rec.ranking],
        "",
        "## The sequence",
        "",
        *[f"{n}. {t.title}" for n, t in enumerate(rec.sequence.order, 1)],
        "",
        *[line for reason in rec.sequence.reasons for line in (reason, "")],
        "## Because you answered",
        "",
        *[_rationale_line(item) for item in rec.rationale],
        "",
        "## The trade-off to watch",
        "",
        rec.trade_off.trade_off,
        "",
        f"Keep it in check: {rec.trade_off.keep_in_check}",
        "",
        "## First actions",
        "",
        *[f"- {action.text}" for action in rec.first_actions],
        "",
        "## Watch for later",
        "",
    ]
    for watch in rec.watch:
        lines += [f"{watch.type.title}:", "", *[f"- {mode}" for mode in watch.failure_modes], ""]
    if rec.under_invested:
        lines += ["## Under-invested", "", rec.under_invested.text, ""]
    return lines


def _answers_markdown(rec: Recommendation) -> list[str]:
    lines = ["## Your answers", ""]
    for question in QUESTIONS:
        chosen = rec.answers.get(question.id)
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
    if result.under_invested:
        kind = _title(result.under_invested)
        lines.append(f"Under-invested according to your complaints: **{kind}**, because {result.reason}.")
    lines += [f"Note: {flag.message}." for flag in result.effort_flags]
    return [*lines, ""]


def export_markdown(report: Report) -> str:
    """The Markdown report: the recommendation explained, the answers, and the complaints."""
    rec = report.recommendation
    lines = ["# Scale What? recommendation", "", *_recommendation_markdown(rec), *_answers_markdown(rec)]
    if report.triage is not None:
        lines += _complaints_markdown(report.triage)
    lines += ["---", "", f"Rubric version {rec.rubric_version}, decision engine {__version__}."]
    return "\n".join(lines) + "\n"


def export(report: Report, fmt: str) -> str:
    """The export in ``fmt`` ("json" or "markdown")."""
    if fmt == "json":
        return export_json(report)
    if fmt == "markdown":
        return export_markdown(report)
    raise InvalidRequestError(f"unknown export format {fmt!r}; valid formats: {', '.join(FORMATS)}")
