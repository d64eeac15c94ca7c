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

import datetime
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import cast

from decision_engine import __version__
from decision_engine.complaint_model import UNCATEGORIZED, UNCATEGORIZED_TITLE, CueMatch, TriagedComplaint, by_note
from decision_engine.engine import CONDITIONS_JOINER, condition_words, option_label, recommend
from decision_engine.errors import InvalidRequestError
from decision_engine.model import Condition, Question, Recommendation, ScalingType
from decision_engine.questions import QUESTIONS
from decision_engine.rules import RUBRIC_VERSION
from decision_engine.serialize import JSON, dumps, json_type, to_dict
from decision_engine.session import BoxStatus, evaluate, recommend_state

FORMATS = ("json", "markdown")


@dataclass(frozen=True)
class Section:
    """One part of the result: a heading (empty for the opening), paragraphs, then a list of items, each with its
    own list under it where ``sublists`` gives one (by position; "Watch for later" lists each type's failures)."""

    heading: str
    paragraphs: tuple[str, ...] = ()
    items: tuple[str, ...] = ()
    numbered: bool = False
    sublists: tuple[tuple[str, ...], ...] = ()

    def sublist(self, index: int) -> tuple[str, ...]:
        """The list under item ``index`` (none: an empty tuple)."""
        return self.sublists[index] if index < len(self.sublists) else ()


def _points(count: int) -> str:
    return f"{count} point" if abs(count) == 1 else f"{count} points"


def confidence_line(rec: Recommendation) -> str:
    """The confidence word, said once, with what it means."""
    return f"Confidence: {rec.confidence.word} — {rec.confidence.text}"


def result_sections(rec: Recommendation) -> tuple[Section, ...]:
    """What a recommendation says, in order; every renderer (CLI text, Markdown) formats exactly these."""
    under = rec.under_invested
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
                # A reader's review: "the deciding question decides the lead" is not so when they were not sure of
                # it, and a chart with another type ahead of the lead then read as a contradiction.
                # A later one: said in one sentence, it was hard going; in short sentences, the same rule.
                # A reader's review: second place with fewer points than third was not explained either.
                "Points from how often each pain hurts, blocked deals and where adoption is heading. The lead need "
                "not have the most points. The failure you named picks it, or the blocked deals do: when you said "
                "they cost more, or when you were not sure of the failure. Otherwise, how often each pain hurts picks "
                "it. Nor need second place: blocked deals or a product going upmarket put user scaling next, and where "
                "the blocked deals lead, the failure you named comes next.",
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
    sections += [
        Section(
            "The trade-off to watch", (rec.trade_off.trade_off, f"Keep it in check: {rec.trade_off.keep_in_check}")
        ),
        Section("First actions", items=tuple(action.text for action in rec.first_actions)),
        Section(
            "Watch for later",
            # Each type's failures as a list of their own, as the page shows them (a reader's review: the Markdown
            # ran them together as one paragraph).
            items=tuple(f"{watch.type.title}:{' ' + watch.now if watch.now else ''}" for watch in rec.watch),
            sublists=tuple(watch.failure_modes for watch in rec.watch),
        ),
        Section(
            "Under-invested",
            tuple(text for text in (under.text, under.other, under.against_lead) if text is not None),
        ),
    ]
    return tuple(sections)


@dataclass(frozen=True)
class ReportBox:
    """One complaint box in a download, under its own number (the page's box, from 1; never renumbered)."""

    number: int
    text: str
    status: BoxStatus
    note: str | None  # why a box with text is not categorised ("not categorised: over N characters")
    reading: TriagedComplaint | None  # the triage's reading, for a box that was read


@dataclass(frozen=True)
class Report:
    """A recommendation (with the reader's complaints, when any) to download, and the page's state it came from.

    ``boxes`` are the page's complaint boxes by number (None for a report made from a list of complaints, which
    are all read and numbered in order); ``date`` is the day the download was made (ISO, the reader's own when
    the page gives it); ``link`` the tool's address, for the way back; ``reopen`` the page's share link of the answers,
    which opens them again in the tool; ``kept`` the state's answers to questions not asked with the others (the
    follow-up, once deals are not blocked), listed with the answers that ask them again.
    """

    recommendation: Recommendation
    state: JSON = None
    boxes: tuple[ReportBox, ...] | None = None
    date: str = ""
    link: str | None = None
    reopen: str | None = None
    kept: Mapping[str, str] = field(default_factory=dict)


def today() -> str:
    """Today's date in UTC as YYYY-MM-DD: the download's date when the page does not give the reader's own."""
    return datetime.datetime.now(datetime.UTC).date().isoformat()


def build_report(
    answers: Mapping[str, str],
    complaints: Sequence[str] = (),
    overrides: Mapping[int, str] | None = None,
) -> Report:
    """Validate everything (the engine's errors say what was wrong) and compute the result."""
    return Report(recommend(answers, complaints, overrides), date=today())


MAX_LINK_CHARS = 500
#: What a link back may be: an http(s) address with nothing a Markdown autolink cannot hold.
_LINK = re.compile(r"https?://[^\s<>\x00-\x1f\x7f-\x9f`]+", re.ASCII)


def check_context(date: object, link: object) -> tuple[str, str | None]:
    """The download's date (YYYY-MM-DD, a real day) and link back (an http or https address), checked."""
    if not isinstance(date, str) or not _ISO_DATE.fullmatch(date) or not _real_day(date):
        raise InvalidRequestError(f"the date must be a day as YYYY-MM-DD, e.g. 2026-11-30; got {_shown(date)}")
    if link is not None and (not isinstance(link, str) or len(link) > MAX_LINK_CHARS or not _LINK.fullmatch(link)):
        raise InvalidRequestError(
            f"the link must be the tool's http or https address (at most {MAX_LINK_CHARS} characters, no spaces, "
            f"quotes or angle brackets); got {_shown(link)}"
        )
    return date, link


_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

MAX_REOPEN_CHARS = 4_000
"""A share link of the answers alone (the page leaves the complaints out of it: they are in the download) is a few
hundred characters; this bounds what the Markdown carries."""
_FRAGMENT = re.compile(r"#[A-Za-z0-9_=-]+", re.ASCII)


def check_reopen(reopen: object, link: str | None) -> str | None:
    """The share link that reopens the answers in the tool, checked: the tool's address as given in ``link``, then a
    fragment of the characters a share link's data has (so a Markdown autolink holds it whole)."""
    if reopen is None:
        return None
    if (
        link is None
        or not isinstance(reopen, str)
        or len(reopen) > MAX_REOPEN_CHARS
        or not reopen.startswith(link)
        or not _FRAGMENT.fullmatch(reopen[len(link) :])
    ):
        raise InvalidRequestError(
            "reopen must be the tool's address given as the link, then a share link's fragment (letters, digits, "
            f"'-', '_' and '=', at most {MAX_REOPEN_CHARS} characters in all); got {_shown(reopen)}"
        )
    return reopen


def _real_day(date: str) -> bool:
    try:
        datetime.date.fromisoformat(date)
    except ValueError:
        return False
    return True


def _shown(value: object) -> str:
    shown = repr(value) if isinstance(value, str) else json_type(value)
    return shown if len(shown) <= 60 else shown[:60] + "..."


def state_report(state: object, date: str | None = None, link: str | None = None, reopen: str | None = None) -> Report:
    """The download for the page's state: its strict recommendation (``session.recommend_state``: the deciding
    question must be answered), the state as sent, and every box under its own number."""
    session = evaluate(state)
    rec = session.recommendation if session.recommendation is not None else recommend_state(state)
    texts = _state_texts(state)
    boxes = tuple(
        ReportBox(box.index + 1, texts[box.index], box.status, box.note, box.reading) for box in session.boxes
    )
    return Report(rec, to_dict(state), boxes, date or today(), link, reopen, dict(session.kept_not_asked))


def _state_texts(state: object) -> list[str]:
    """The boxes' texts of a state that ``evaluate`` accepted (so a mapping with a list of texts)."""
    return list(cast("Mapping[str, list[str]]", state)["complaints"])


def _boxes_document(boxes: tuple[ReportBox, ...]) -> JSON:
    return [
        {
            "box": box.number,
            "status": box.status.value,
            "chars": len(box.text),
            "note": box.note,
            "position": box.reading.index if box.reading is not None else None,
        }
        for box in boxes
    ]


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
    if report.boxes is not None:
        document["boxes"] = _boxes_document(report.boxes)
    return document


def export_json(report: Report) -> str:
    """The JSON export as text, through the one serializer."""
    return dumps(export_document(report))


# ---------------------------------------------------------------------------------------------
# The Markdown report: the reader's text is inert wherever a Markdown viewer shows it
# ---------------------------------------------------------------------------------------------

#: Characters that reorder text (bidirectional controls): removed, so a label reads as written.
_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
#: Control characters but tab and newline, and lone surrogates: removed (NUL and the like have no place in text).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


@dataclass
class Removed:
    """What cleaning took out of the reader's text, counted for the note the report carries."""

    bidi: int = 0
    control: int = 0


def _clean(text: str, removed: Removed) -> str:
    """The reader's text without direction controls and control characters (line breaks made plain ``\\n``)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text, bidi = _BIDI.subn("", text)
    text, control = _CONTROL.subn("", text)
    removed.bidi += bidi
    removed.control += control
    return text


def code_span(text: str, removed: Removed) -> str:
    """Reader text as a Markdown code span: shown as written, never markup. Line breaks and runs of spaces read
    as one space; the backtick fence is longer than any run of backticks inside."""
    words = " ".join(_clean(text, removed).split())
    if not words:
        return "(empty)"
    fence = "`" * (max((len(run) for run in re.findall("`+", words)), default=0) + 1)
    pad = " " if words.startswith("`") or words.endswith("`") else ""
    return f"{fence}{pad}{words}{pad}{fence}"


def indented_block(text: str, removed: Removed) -> list[str]:
    """Reader text as an indented code block (every Markdown flavour has them): kept whole, line breaks, spaces at
    the ends of lines and blank lines at its ends all (a reader's review: spaces typed at a complaint's end were cut
    from the Markdown, kept by the page, the JSON and the link), shown as written, never markup. Each line is
    indented, blank ones too, so the file holds every character; a viewer shows the block from its first line that
    holds more than spaces."""
    return [f"    {line}" for line in _clean(text, removed).split("\n")]


def _title(value: str) -> str:
    return ScalingType(value).title if value != UNCATEGORIZED else UNCATEGORIZED_TITLE


def section_markdown(section: Section) -> list[str]:
    """One section as Markdown lines (the engine's own texts: no reader text goes through here)."""
    lines = [f"## {section.heading}", ""] if section.heading else []
    for paragraph in section.paragraphs:
        lines += [paragraph, ""]
    if section.items:
        marks = [f"{n}." for n in range(1, len(section.items) + 1)] if section.numbered else ["-"] * len(section.items)
        for index, (mark, item) in enumerate(zip(marks, section.items, strict=True)):
            # Four spaces: a sub-list both to CommonMark (a viewer of the download) and to Python-Markdown (MkDocs,
            # the pages without JavaScript), which wants four where CommonMark takes two.
            lines += [f"{mark} {item}", *(f"    - {sub}" for sub in section.sublist(index))]
        lines.append("")
    return lines


def _answers_markdown(rec: Recommendation, kept: Mapping[str, str]) -> list[str]:
    """Each question asked, answered or not, and each answer kept for a question not asked (an attack review: the
    Markdown left it out, while the page, the JSON and the share link carry it), with the answers that ask it again.
    Not "counted only when": the page may ask it again rather than count it (a follow-up answer read back compared a
    failure it does not know). A kept "The failure I named" names no failure, for the same reason."""
    lines = ["## Your answers", ""]
    for question in QUESTIONS:
        chosen = rec.answers.get(question.id)
        if question.id in kept:
            label, why = kept_answer(question, kept[question.id], rec.answers)
            lines.append(f"- {question.prompt} **{label}** ({why})")
            continue
        if chosen is None and question.id not in rec.asked:
            continue
        label = option_label(question, chosen, rec.answers) if chosen else "Not answered"
        lines.append(f"- {question.prompt} **{label}**")
    return [*lines, ""]


def kept_answer(question: Question, option_id: str, answers: Mapping[str, str]) -> tuple[str, str]:
    """A follow-up answer kept but not counted, in words: its option's label, and why it is not counted (the answers
    that ask it again). The Markdown's answers and the CLI's note say it so."""
    unmet = _unmet_words(question.asked_when, answers)
    return option_label(question, option_id, {}), f"kept, but not counted: the questionnaire asks it again when {unmet}"


def _unmet_words(conditions: tuple[Condition, ...], answers: Mapping[str, str]) -> str:
    """The conditions these answers do not meet, in the questions' words (the page's `unmetConditions`, tool-view.js,
    joins the same words, which the contract carries)."""
    return CONDITIONS_JOINER.join(
        condition_words(condition)
        for condition in conditions
        if answers.get(condition.question) not in condition.options
    )


def _cue_words(match: CueMatch, removed: Removed) -> str:
    return f"{code_span(match.matched, removed)} ({match.example_label.lower()})"


def _reading_markdown(item: TriagedComplaint, removed: Removed) -> list[str]:
    """How the complaint was read, one item each: the words that support its type, the words pointing elsewhere,
    misspellings, cues set aside, the fallback's guess. Every word quoted from the reader is a code span."""
    result = item.categorization
    supports = [_cue_words(m, removed) for m in result.cues if m.type.value == item.type]
    elsewhere = [f"{m.type.value}: {_cue_words(m, removed)}" for m in result.cues if m.type.value != item.type]
    lines = [f"- Because of: {', '.join(supports)}"] if supports else []
    lines += [f"- Also mentions: {'; '.join(elsewhere)}"] if elsewhere else []
    lines += [
        f"- Read as a misspelling, counted less: {code_span(m.correction, removed)}"
        for m in result.cues
        if m.correction
    ]
    lines += [
        f"- Set aside: {', '.join(code_span(m.matched, removed) for m in matches)} ({code_span(note, removed)})"
        for note, matches in by_note(result.discounted)
    ]
    if result.fallback is not None:
        # As the page says it (a reader's review: "closest to ... in people" read as a broken sentence).
        lines.append(
            "- A guess by the fallback model (low confidence): no cue counted, and the wording is closest to "
            f"{result.fallback.type.value}" + result.fallback.mostly_in(lambda word: code_span(word, removed))
        )
    elif result.type == UNCATEGORIZED:
        lines.append("- No cue counted: say what hurts in other words, or choose the type yourself.")
    return lines


_READ = ("first", "second", "third", "fourth", "fifth")  # a complaint's place among those read (at most five)


def _box_markdown(box: ReportBox, removed: Removed) -> list[str]:
    item = box.reading
    if item is None:
        heading = f"### Complaint {box.number}: {box.note}"
    elif item.overridden:
        said = item.categorization.type
        also = f"; read as {_title(said)}" if said != item.type else ""
        heading = f"### Complaint {box.number}: {_title(item.type)} (your choice{also})"
    else:
        guess = ", a guess" if item.categorization.fallback is not None else ""
        word = item.categorization.confidence_word
        heading = f"### Complaint {box.number}: {_title(item.type)} (confidence {word}{guess})"
    lines = [heading, "", *indented_block(box.text, removed), ""]
    if item is not None:
        # A box after an empty one, or after one too long to be read, weighs as its place among the complaints read,
        # not as its box number (a reader's review: "as the first complaint written" under box 2, box 1 written but
        # too long).
        counted = f", as the {_READ[item.index]} complaint read" if item.index + 1 != box.number else ""
        # Said as the command line's text says it (a CLI review: the weights listed, the total without it, unsaid).
        left = ", left out of the count: it has no category" if item.type == UNCATEGORIZED else ""
        # The reading quotes the text's words again: what they lose was counted in the text (an attack review: one
        # override character in a cue's word was said as three).
        lines += [f"Weight {item.weight}{counted}{left}.", "", *_reading_markdown(item, Removed()), ""]
    return lines


def _report_boxes(report: Report) -> tuple[ReportBox, ...]:
    """The boxes to list: the page's, or for a report made from a list of complaints, each in order."""
    if report.boxes is not None:
        return tuple(box for box in report.boxes if box.status is not BoxStatus.EMPTY)
    exercise = report.recommendation.exercise
    items = exercise.complaints if exercise is not None else ()
    return tuple(ReportBox(item.index + 1, item.text, BoxStatus.READ, None, item) for item in items)


def _complaints_markdown(report: Report) -> list[str]:
    boxes = _report_boxes(report)
    if not boxes:
        return []
    removed = Removed()
    listed = [line for box in boxes for line in _box_markdown(box, removed)]
    exercise = report.recommendation.exercise
    flags = [f"Note: {flag.message}." for flag in (exercise.effort_flags if exercise is not None else ())]
    intro = "Each complaint as you wrote it, under the number of its box; the first complaint weighs most."
    return ["## Your top complaints", "", intro, "", *_removed_note(removed), *listed, *flags, *([""] if flags else [])]


def _removed_note(removed: Removed) -> list[str]:
    parts = []
    if removed.bidi:
        parts.append(f"{removed.bidi} text-direction control character{'s' if removed.bidi > 1 else ''}")
    if removed.control:
        parts.append(f"{removed.control} control character{'s' if removed.control > 1 else ''} (such as NUL)")
    if not parts:
        return []
    return [
        f"Removed from your text in this file: {' and '.join(parts)}. They are invisible, and could reorder or hide "
        "what the text says; the JSON download keeps your text exactly as you entered it.",
        "",
    ]


def export_markdown(report: Report) -> str:
    """The Markdown report: the result's sections, the answers, the complaints, the date, the way back and, when the
    page gives one, the share link that opens the answers again.

    Only the engine's own words are Markdown; every piece of the reader's text is a code span or an indented
    code block, so a Markdown viewer shows it as written and makes nothing of it (no image, link or emphasis).
    """
    rec = report.recommendation
    where = f"Scale What? <{report.link}>" if report.link else "the Scale What? decision tool"
    lines = [
        "# Scale What? recommendation",
        "",
        f"Made on {report.date or today()} with {where}, rubric version {rec.rubric_version}.",
        "",
    ]
    if report.reopen:
        written = any(box.status is not BoxStatus.EMPTY for box in report.boxes or ())
        holds = " (the link holds your answers; your complaints are below)" if written else ""
        lines += [f"Open these answers again in the tool{holds}: <{report.reopen}>", ""]
    for section in result_sections(rec):
        lines += section_markdown(section)
    lines += [*_answers_markdown(rec, report.kept), *_complaints_markdown(report)]
    lines += ["---", "", f"Rubric version {rec.rubric_version}, decision engine {__version__}."]
    return "\n".join(lines) + "\n"


def export(report: Report, fmt: str) -> str:
    """The export in ``fmt`` ("json" or "markdown")."""
    if fmt == "json":
        return export_json(report)
    if fmt == "markdown":
        return export_markdown(report)
    raise InvalidRequestError(f"unknown export format {fmt!r}; valid formats: {', '.join(FORMATS)}")
