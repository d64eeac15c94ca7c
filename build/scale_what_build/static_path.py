"""The questionnaire without JavaScript: one question per page, linked, and one result page per path.

Readers whose browser runs no script (or no WebAssembly) answer the questions that decide the lead one at a
time, as plain pages under ``tool/steps/`` (the GOV.UK pattern: a page per question, a link per answer, no form
and no script), and reach a result page per path that gives the lead and why, in the engine's own sections
(``report.result_sections``, which the CLI and the downloads format too). The build renders every page from the
engine: the path is the deciding question, the questions the follow-up depends on, and the follow-up, each page
asking the next question of the path that the engine asks with the answers so far (``asked_questions``).

The answers travel in the page's address as folders (``tool/steps/outages/yes/``): no query string, nothing
sent to a server that it could keep. "Change" beside an answer opens a page of its own under the page it is on
(``.../change-deals_blocked/``) that asks that question again; each answer there leads to the page the other answers
reach, so a change keeps them (GOV.UK's "check answers" pattern; a reader's review: "Change" went back to the
question's first page and the later answers had to be given again).

The pages are generated MkDocs pages (styled like the rest of the site), left out of the navigation, the search
index (``search: exclude``) and the sitemap (``drop_from_sitemap``).
"""

from __future__ import annotations

import dataclasses
import functools
import gzip
import html
import itertools
import json
import posixpath
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import jinja2
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel

from scale_what_build import page_data

if TYPE_CHECKING:  # types only: the engine itself is imported fresh inside the functions
    from decision_engine.model import Question, Recommendation
    from decision_engine.report import Section

TEMPLATES = Path(__file__).parent / "templates"
#: Where the pages live in the docs (and so in the site): ``tool/steps/`` holds the first question.
ROOT = page_data.STEPS_PATH.rstrip("/")
#: The questionnaire page's source, for the links to the full tool.
TOOL_PAGE = "tool.md"

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#+!|~])")


def md(text: str) -> str:
    """The engine's text as literal Markdown: HTML and Markdown markup characters escaped."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


def yaml_string(text: str) -> str:
    """``text`` as a YAML string for a page's front matter: JSON's quoting, which YAML reads as it is. Characters
    outside ASCII stay as they are: JSON's surrogate-pair escapes (an emoji) are refused by MkDocs' YAML reader."""
    return json.dumps(text, ensure_ascii=False)


@dataclass(frozen=True)
class Answered:
    """An answer given on the way to a page: the question's id and prompt, and the answer's label."""

    question: str
    prompt: str
    label: str


@dataclass(frozen=True)
class StepPage:
    """One generated page: its source path in the docs (``tool/steps/.../index.md``) and its Markdown."""

    src: str
    answers: tuple[tuple[str, str], ...]  # (question id, option id) in the order asked
    question: str | None  # the question it asks; None for a result page
    markdown: str


@dataclass(frozen=True)
class ChangePage:
    """A page that asks an answered question again: the answers of the page it is reached from, the question, and
    its Markdown. Each of its answers leads to the page those answers reach with that one changed."""

    src: str
    answers: tuple[tuple[str, str], ...]
    question: str
    markdown: str


#: The folder of a change page, under the page whose answer it changes (no option id starts with it: checked).
CHANGE_FOLDER = "change-"

#: After a change the path does not ask about (how often a pain hurts): where the reader can give that answer.
FULL_QUESTIONNAIRE_ONLY = "(The full questionnaire asks this.)"

#: A firm result on the path is firm on the answers it asks, which leave out how often each pain hurts (a reader's
#: review: "Confidence: firm" under "the full questionnaire ... can flag this result"): the engine's words, then these.
STEPS_FIRM_TAIL = "how often each pain hurts, which these pages do not ask, could still flag it."


def steps_firm() -> str:
    """The confidence line of a firm result on the path: the engine's words for firm while questions that weigh in are
    open (they are on the path, which never asks how often each pain hurts: a diff review found "firm" here beside the
    engine's "firm so far" for the same answers)."""
    from decision_engine.rules import CONFIDENCE_FIRM, CONFIDENCE_FIRM_SO_FAR, CONFIDENCE_TEXTS  # noqa: PLC0415

    said = CONFIDENCE_TEXTS[CONFIDENCE_FIRM].removesuffix(".")
    return f"Confidence: {CONFIDENCE_FIRM_SO_FAR} on these answers — {said}; {STEPS_FIRM_TAIL}"


def path_questions() -> tuple[Question, ...]:
    """The questions of the path: the deciding one, those the follow-up's conditions name, the follow-up."""
    from decision_engine import QUESTIONS, QuestionKind  # noqa: PLC0415 (fresh per build)

    deciding = [q for q in QUESTIONS if q.kind is QuestionKind.DECIDING]
    follow_ups = [q for q in QUESTIONS if q.kind is QuestionKind.FOLLOW_UP]
    named = {c.question for q in follow_ups for c in q.asked_when}
    between = [q for q in QUESTIONS if q.id in named and q not in deciding]
    return (*deciding, *between, *follow_ups)


def src_for(answers: tuple[tuple[str, str], ...]) -> str:
    """The page's source path for these answers: one folder per answer, in the order asked."""
    return "/".join([ROOT, *(option for _, option in answers), "index.md"])


def change_src(answers: tuple[tuple[str, str], ...], question_id: str) -> str:
    """The source path of the page that changes the answer to ``question_id``, under the page of ``answers``."""
    return src_for(answers).removesuffix("index.md") + f"{CHANGE_FOLDER}{question_id}/index.md"


def reached(answers: dict[str, str]) -> tuple[tuple[str, str], ...]:
    """The answers of the page a reader reaches with these answers: the path's questions in the order the engine
    asks them, each as answered, up to the first one asked and not answered. An answer to a question no longer asked
    is left out (``only_asked``)."""
    from decision_engine.engine import asked_questions, only_asked  # noqa: PLC0415 (fresh per build)

    kept = only_asked(answers)
    found: tuple[tuple[str, str], ...] = ()
    while True:
        given = dict(found)
        asked = asked_questions(given)
        question = next((q for q in path_questions() if q.id not in given and q.id in asked), None)
        if question is None or question.id not in kept:
            return found
        found = (*found, (question.id, kept[question.id]))


def _link(target: str, src: str) -> str:
    """A Markdown link target from page ``src`` to page ``target`` (both docs source paths)."""
    return posixpath.relpath(target, posixpath.dirname(src))


def environment() -> jinja2.Environment:
    """Templates that write Markdown: no HTML autoescape (``md`` escapes the engine's text), strict names."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=False,  # Markdown, not HTML: every engine text goes through the md filter
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = md
    env.filters["yaml_string"] = yaml_string
    return env


def _answered(answers: tuple[tuple[str, str], ...], questions: dict[str, Question]) -> list[Answered]:
    from decision_engine.engine import option_label  # noqa: PLC0415 (fresh per build)

    return [
        Answered(qid, questions[qid].prompt, option_label(questions[qid], oid, dict(answers))) for qid, oid in answers
    ]


_NOT_ASKED_WHY = "that question is not asked then"
_COMPARED_WHY = "it weighed the failure you named before, so it is asked again"


def _compared(question: Question, given: dict[str, str], option_id: str) -> str | None:
    """The follow-up whose answer a change of the deciding answer to ``option_id`` makes stale, or None: it compared
    the failure named before, and another one is named now."""
    from decision_engine import QUESTIONS, QuestionKind  # noqa: PLC0415 (fresh per build)

    if question.kind is not QuestionKind.DECIDING or given.get(question.id) == option_id:
        return None
    return next((q.id for q in QUESTIONS if q.kind is QuestionKind.FOLLOW_UP and q.id in given), None)


def _change_page(env: jinja2.Environment, answers: tuple[tuple[str, str], ...], question: Question) -> ChangePage:
    """The page that asks ``question`` again from the page of ``answers``; each answer keeps the others, and says
    which it leaves out (a question that answer no longer asks)."""
    from decision_engine import QUESTIONS  # noqa: PLC0415 (fresh per build)
    from decision_engine.engine import asked_questions, option_label  # noqa: PLC0415

    by_id = {q.id: q for q in QUESTIONS}
    given = dict(answers)
    src = change_src(answers, question.id)
    options = []
    # (a later question's id, why its answer goes): the labels of the answers here that drop it
    dropping: dict[tuple[str, str], list[str]] = {}
    for option in question.options:
        label = option_label(question, option.id, given)
        changed = {**given, question.id: option.id}
        compared = _compared(question, given, option.id)
        if compared is not None:
            # The follow-up compared the failure named before with the blocked deals: another failure named, it would
            # say something the reader never said (as the full questionnaire clears it: follow-up-watch.js).
            del changed[compared]
        target = reached(changed)
        options.append(
            {"label": label, "href": _link(src_for(target), src), "current": given[question.id] == option.id}
        )
        for qid in given:
            if qid not in dict(target):
                why = _COMPARED_WHY if qid == compared and qid in asked_questions(changed) else _NOT_ASKED_WHY
                dropping.setdefault((qid, why), []).append(f"“{md(label)}”")
    notes = [
        f"Your answer “{md(option_label(by_id[qid], given[qid], given))}” to “{md(by_id[qid].prompt)}” goes if you "
        f"pick {' or '.join(labels)}: {why}."
        for (qid, why), labels in dropping.items()
    ]
    text = env.get_template("steps/change.md").render(
        title=f"Change your answer: {question.prompt}",
        question=question,
        current=option_label(question, given[question.id], given),
        others=len(answers) > 1,
        options=options,
        notes=notes,
        back=_link(src_for(answers), src),
        tool=_link(TOOL_PAGE, src),
    )
    return ChangePage(src, answers, question.id, text)


def _without_open_count(reason: str) -> str:
    """A firm reason without the engine's count of the questions that weigh in left open (``rules.REASON_FIRM_OPEN``,
    for any count): the path asks none of them."""
    from decision_engine import QUESTIONS  # noqa: PLC0415 (fresh per build)
    from decision_engine.rules import REASON_FIRM_OPEN  # noqa: PLC0415

    for count in range(1, len(QUESTIONS) + 1):
        one = count == 1
        words = {"questions": "question" if one else "questions", "weigh": "weighs" if one else "weigh"}
        tail = REASON_FIRM_OPEN.format(count=count, are="is" if one else "are", **words)
        if reason.endswith(tail):
            return reason.removesuffix(tail)
    return reason


def _sections_markdown(rec: Recommendation) -> tuple[str, list[str]]:
    """The headline as the engine words it, and the rest of the engine's result sections as Markdown, every text
    escaped."""
    from decision_engine.report import Section, result_sections, section_markdown  # noqa: PLC0415
    from decision_engine.rules import CONFIDENCE_FIRM, REASON_FIRM  # noqa: PLC0415

    def escaped(section: Section) -> Section:
        return Section(
            md(section.heading) if section.heading else "",
            tuple(md(p) for p in section.paragraphs),
            tuple(md(i) for i in section.items),
            section.numbered,
            tuple(tuple(md(sub) for sub in sublist) for sublist in section.sublists),
        )

    def on_this_path(section: Section) -> Section | None:
        # A reader's review: the path's result asked them to "categorise a complaint or answer the effort
        # questions", and named frequency questions, none of which the path asks. The verdict nobody can give here
        # goes (the page's last paragraph says what the full questionnaire adds); a change to a question of the full
        # questionnaire says so.
        if section.heading == "Under-invested" and rec.under_invested.type is None:
            return None
        # A reader's review: "Evidence per type" gave 0 points to each type, under a sentence on how often each pain
        # hurts, which the path never asks. With no answer of the path counting, the section says nothing.
        if section.heading == "Evidence per type" and all(item.points == 0 for item in rec.evidence):
            return None
        if section.heading == "What would change the lead":
            asked = {question.id for question in path_questions()}
            items = tuple(
                change.text if change.question in asked else f"{change.text} {FULL_QUESTIONNAIRE_ONLY}"
                for change in rec.would_change.changes
            )
            return dataclasses.replace(section, items=items)
        return section

    first, *rest = result_sections(rec)
    if rec.confidence.level == CONFIDENCE_FIRM:
        # The reason that no frequency points away says nothing where none is asked, nor does its count of questions
        # left open, whatever reason it ends: steps_firm says what the path does not ask (a reader's review: "4 are
        # unanswered or not sure, so this may change as you answer" stood on a page that asks none of them).
        items = tuple(_without_open_count(item) for item in first.items if not item.startswith(REASON_FIRM))
        first = Section("", (first.paragraphs[0], steps_firm()), items)
    lines = section_markdown(escaped(Section("", first.paragraphs[1:], first.items)))
    for section in rest:
        shown = on_this_path(section)
        if shown is not None:
            lines += section_markdown(escaped(shown))
    return first.paragraphs[0], lines


@functools.cache
def _can_reorder(answers: tuple[tuple[str, str], ...]) -> bool:
    """Whether an answer the path does not ask (how often each pain hurts, where adoption is heading: alone or together)
    can reorder the types after the lead of the path's result for ``answers``, tried with the engine (a guide review
    and a diff review: "can reorder the types after the lead" where the blocked deals, or the failure named beside
    them, fix the order whatever those answers say)."""
    from decision_engine import QUESTIONS, recommend  # noqa: PLC0415 (fresh per build)
    from decision_engine.model import QuestionKind  # noqa: PLC0415
    from decision_engine.questions import ADOPTION  # noqa: PLC0415

    given = dict(answers)
    order = recommend(given).sequence.order
    unasked = [q for q in QUESTIONS if q.kind is QuestionKind.FREQUENCY or q is ADOPTION]
    choices = [[None, *(o.id for o in q.options)] for q in unasked]
    for picked in itertools.product(*choices):
        more = {q.id: o for q, o in zip(unasked, picked, strict=True) if o is not None}
        if recommend({**given, **more}).sequence.order[1:] != order[1:]:
            return True
    return False


def pages() -> list[StepPage]:
    """Every page of the path, the first question first: a question page for each set of answers that leaves a
    question of the path to ask, a result page for each that does not."""
    from decision_engine import QUESTIONS, recommend  # noqa: PLC0415 (fresh per build)
    from decision_engine.engine import asked_questions, option_label  # noqa: PLC0415
    from decision_engine.model import QuestionKind  # noqa: PLC0415

    env = environment()
    path = path_questions()
    by_id = {q.id: q for q in QUESTIONS}
    deciding = next(q for q in QUESTIONS if q.kind is QuestionKind.DECIDING)
    found: list[StepPage] = []

    def next_question(answers: tuple[tuple[str, str], ...]) -> Question | None:
        """The path's next question to ask after ``answers``, if any."""
        given, asked = dict(answers), asked_questions(dict(answers))
        return next((q for q in path if q.id not in given and q.id in asked), None)

    def totals(answers: tuple[tuple[str, str], ...]) -> tuple[int, int]:
        """The fewest and the most questions the path asks in all, answered from ``answers`` on."""
        question = next_question(answers)
        if question is None:
            return len(answers), len(answers)
        ends = [totals((*answers, (question.id, o.id))) for o in question.options]
        return min(fewest for fewest, _ in ends), max(most for _, most in ends)

    def visit(answers: tuple[tuple[str, str], ...]) -> None:
        given = dict(answers)
        src = src_for(answers)
        common = {
            "answered": [
                {"prompt": a.prompt, "label": a.label, "change": _link(change_src(answers, a.question), src)}
                for a in _answered(answers, by_id)
            ],
            "start": _link(src_for(()), src),
            "back": _link(src_for(answers[:-1]), src) if answers else _link(TOOL_PAGE, src),
            "tool": _link(TOOL_PAGE, src),
        }
        question = next_question(answers)
        if question is None:
            rec = recommend(given)
            headline, sections = _sections_markdown(rec)
            title = f"Your recommendation: {headline.rstrip('.')}"  # the site's name follows it
            # "Not sure": a frequency answer, which these pages do not ask, would pick the lead (a reader's review: the
            # result said no answer says how often a pain hurts, of questions it never asked).
            frequencies_decide = any(by_id[c.question].kind is QuestionKind.FREQUENCY for c in rec.would_change.changes)
            text = env.get_template("steps/result.md").render(
                title=title,
                headline=headline,
                sections=sections,
                frequencies_decide=frequencies_decide,
                # The lead is the one the reader named: not when the blocked deals, said to cost more, lead (a diff
                # review: "never change the lead you named" under "Invest in user scaling first").
                named=deciding.option(rec.failure_mode.id).names is rec.lead,
                reorder=_can_reorder(answers),
                **common,
            )
            found.append(StepPage(src, answers, None, text))
            return
        options = [
            {
                "label": option_label(question, o.id, dict(answers)),
                "href": _link(src_for((*answers, (question.id, o.id))), src),
            }
            for o in question.options
        ]
        number = len(answers) + 1
        title = f"Question {number}: {question.prompt}"
        # Out of how many: the follow-up is asked after some answers only (a reader's review: "Question 2", no total).
        fewest, most = totals(answers)
        total = str(most) if fewest == most else f"up to {most}"
        text = env.get_template("steps/question.md").render(
            title=title, question=question, options=options, number=number, total=total, **common
        )
        found.append(StepPage(src, answers, question.id, text))
        for option in question.options:
            visit((*answers, (question.id, option.id)))

    visit(())
    return found


def change_pages(steps: list[StepPage] | None = None) -> list[ChangePage]:
    """A change page for every answer of every page of the path (``steps``, else ``pages()``)."""
    from decision_engine import QUESTIONS  # noqa: PLC0415 (fresh per build)

    by_id = {q.id: q for q in QUESTIONS}
    taken = {o.id for q in path_questions() for o in q.options if o.id.startswith(CHANGE_FOLDER)}
    if taken:
        raise ValueError(f"an option's id starts as a change page's folder ({CHANGE_FOLDER}): {sorted(taken)}")
    env = environment()
    return [
        _change_page(env, page.answers, by_id[qid])
        for page in (pages() if steps is None else steps)
        for qid, _ in page.answers
    ]


def all_pages() -> list[StepPage | ChangePage]:
    """The path's pages and their change pages: every page under ``tool/steps/``."""
    steps = pages()
    return [*steps, *change_pages(steps)]


def add_pages(files: Files, config: MkDocsConfig) -> None:
    """Add every page under ``tool/steps/`` to the site's files, outside the navigation (MkDocs would warn of pages
    not in it)."""
    for page in all_pages():
        files.append(File.generated(config, page.src, content=page.markdown, inclusion=InclusionLevel.NOT_IN_NAV))


def drop_from_sitemap(site_dir: Path) -> int:
    """Take the path's pages out of ``sitemap.xml`` (and its gzip copy); returns how many entries were dropped.

    MkDocs lists every page in the sitemap; these are steps of a form, not pages to find."""
    sitemap = site_dir / "sitemap.xml"
    if not sitemap.exists():
        return 0
    text = sitemap.read_text(encoding="utf-8")
    entry = re.compile(r"\s*<url>\s*<loc>[^<]*/" + re.escape(ROOT) + r"/[^<]*</loc>.*?</url>", re.DOTALL)
    kept, dropped = entry.subn("", text)
    if dropped:
        sitemap.write_text(kept, encoding="utf-8")
        compressed = site_dir / "sitemap.xml.gz"
        if compressed.exists():
            compressed.write_bytes(gzip.compress(kept.encode("utf-8"), mtime=0))
    return dropped
