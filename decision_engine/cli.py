"""``python -m decision_engine``: the questionnaire, the recommendation and the complaint exercise.

Each subcommand is one entry in ``SUBCOMMANDS``: its help line, a function that adds its arguments, and a
function that runs it and returns the exit status. Exit 0 on success, 2 on bad input with a one-line
message on stderr (never a traceback), 1 when the result cannot be written (a full disk, a closed stdout; a
reader that stops reading ends it quietly), 130 when interrupted.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import datetime
import difflib
import json
import os
import re
import signal
import sys
import textwrap
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, NoReturn, Protocol, TextIO

from decision_engine import __version__
from decision_engine.complaint_model import (
    UNCATEGORIZED,
    UNCATEGORIZED_TITLE,
    Categorization,
    CueMatch,
    Triage,
    single_quoted,
)
from decision_engine.complaints import (
    EFFORT_LEVELS,
    MAX_COMPLAINT_CHARS,
    MAX_COMPLAINTS,
    OVERRIDE_TYPES,
    categorize,
    triage,
)
from decision_engine.engine import asked_questions, option_label, recommend
from decision_engine.errors import DecisionEngineError, InvalidStateError, TriageInputError, UnreadableInputError
from decision_engine.model import Question, Recommendation, ScalingType
from decision_engine.questions import QUESTIONS
from decision_engine.reading import INVISIBLE_IN_WORDS
from decision_engine.report import Report, Section, export_markdown, kept_answer, result_sections, state_report
from decision_engine.rules import RUBRIC_VERSION

if TYPE_CHECKING:
    from _typeshed import SupportsWrite
from decision_engine.serialize import dumps, parse_json, questionnaire
from decision_engine.session import MAX_STATE_CHARS, STATE_FIELDS, BoxStatus, Session, evaluate, recommend_state

PROG = "python -m decision_engine"
WIDTH = 88  # the text's width in a file or a pipe, where the same input gives the same bytes
MIN_WIDTH = 40  # the narrowest a terminal's width makes it


@dataclass(frozen=True)
class Subcommand:
    """One subcommand: its help line, how it adds its arguments, and what it runs."""

    help: str
    configure: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


def _width(stream: TextIO | None = None) -> int:
    """The width of text written to ``stream`` (stdout by default): WIDTH, or a narrower terminal's (a CLI review:
    "COLUMNS=40" narrowed --help only). The questions go to stderr, and take its terminal's width when stdout is a
    file (a later review: "recommend > result.txt" asked them 88 columns wide on a 40-column terminal)."""
    shown = sys.stdout if stream is None else stream
    if shown is None or not shown.isatty():
        return WIDTH
    columns = os.environ.get("COLUMNS", "")
    if not (columns.isascii() and columns.isdigit()):  # not "²", which isdigit() takes and int() does not
        try:
            columns = str(os.get_terminal_size(shown.fileno()).columns or WIDTH)  # 0: a terminal that gives no size
        except (OSError, ValueError):  # no descriptor of its own (io.UnsupportedOperation is both)
            columns = str(WIDTH)
    return max(MIN_WIDTH, min(WIDTH, int(columns)))


def _wrap(text: str, indent: str = "", first: str | None = None, width: int | None = None) -> str:
    # Shown as [U+XXXX] before it is wrapped, so that a line is as wide as it is written out (a CLI review: each
    # escape added seven columns after the wrap); the writers' own _visible finds nothing more. A character a terminal
    # shows two columns wide counts as two (a CLI review: a line of Chinese was 64 columns wide at 40 columns).
    wrapper = _ColumnWrapper(
        _width() if width is None else width,
        initial_indent=indent if first is None else first,
        subsequent_indent=indent,
        break_on_hyphens=False,
    )
    shown = _visible(text)
    wide = "".join(f"{character}{_SECOND_COLUMN}" if _two_columns(character) else character for character in shown)
    return wrapper.fill(wide).replace(_SECOND_COLUMN, "")


_SECOND_COLUMN = "\0"  # stands for a wide character's second column while wrapping (_visible leaves no NUL)


def _two_columns(character: str) -> bool:
    """Whether a terminal shows the character two columns wide: East Asian Wide or Fullwidth."""
    return unicodedata.east_asian_width(character) in "WF"


class _ColumnWrapper(textwrap.TextWrapper):
    """textwrap's wrapper, which never cuts a long word between a wide character and the mark of its second column
    (the character would count as one column on the next line: a diff review, 41 columns at 40)."""

    def _handle_long_word(self, reversed_chunks: list[str], cur_line: list[str], cur_len: int, width: int) -> None:
        chunk = reversed_chunks[-1]
        end = max(width - cur_len, 1)
        if end < len(chunk) and chunk[end] == _SECOND_COLUMN:
            end -= 1  # the wide character goes to the next line with its mark
        if end == 0 and not cur_line:
            end = 2  # a line with room for none: the character alone, rather than no progress
        cur_line.append(chunk[:end])
        reversed_chunks[-1] = chunk[end:]


# ---------------------------------------------------------------------------------------------
# questions
# ---------------------------------------------------------------------------------------------


def _configure_questions(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print the questionnaire as JSON")


def _questions_text(questions: Sequence[Question]) -> str:
    lines: list[str] = []
    for question in questions:
        need = "required" if question.required else "optional"
        lines.append(_wrap(f"{question.id} ({need}): {question.prompt}"))
        lines.append(_wrap(question.help, "    "))
        if question.asked_when:
            when = " and ".join(f"{c.question} is {' or '.join(c.options)}" for c in question.asked_when)
            lines.append(_wrap(f"Asked when {when}.", "    "))
        width = max(len(option.id) for option in question.options)
        lines.extend(
            _wrap(option.label, " " * (width + 6), f"    {option.id:<{width}}  ") for option in question.options
        )
        lines.append("")
    lines.append(_wrap('Answers file: a JSON object {"question_id": "option_id", ...}; failure_mode is required.'))
    lines.append(_wrap("A question with 'asked when' is asked, and answered, only when its conditions hold."))
    return "\n".join(lines) + "\n"


def _run_questions(args: argparse.Namespace) -> int:
    _write(dumps(questionnaire()) if args.json else _questions_text(QUESTIONS))
    return 0


# ---------------------------------------------------------------------------------------------
# recommend
# ---------------------------------------------------------------------------------------------


def _add_override_argument(parser: argparse.ArgumentParser) -> None:
    """--override N=TYPE, the reader's own type for complaint N (recommend and triage take it alike)."""
    parser.add_argument(
        "--override",
        metavar="N=TYPE",
        action="append",
        default=[],
        help=f"set complaint N's type yourself (N from 1); TYPE is one of {', '.join(OVERRIDE_TYPES)} "
        "(uncategorized leaves the complaint out of the count)",
    )


class _Once(argparse.Action):
    """An option given at most once: a second --answers silently replaced the first (a CLI review)."""

    def __call__(
        self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: object, option: str | None = None
    ) -> None:
        if getattr(namespace, self.dest, None) is not None:
            raise argparse.ArgumentError(self, "given twice: pass one file")
        setattr(namespace, self.dest, values)


def _configure_recommend(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--answers",
        metavar="FILE",
        action=_Once,
        help='a JSON object {"question_id": "option_id"} in FILE, or a JSON download from the page (its answers, '
        'complaints and chosen types are used, as the page used them), or on stdin with "-"; without it the questions '
        "are asked on the terminal",
    )
    parser.add_argument(
        "--complaint",
        metavar="TEXT",
        action="append",
        default=[],
        help=f"one of your top complaints, at most {MAX_COMPLAINT_CHARS} characters (up to {MAX_COMPLAINTS}, the worst "
        "first): the type they point at most, against last quarter's effort, is the one named under-invested",
    )
    _add_override_argument(parser)
    shown = parser.add_mutually_exclusive_group()
    shown.add_argument("--json", action="store_true", help="print the recommendation as JSON")
    # The page's other download (a CLI review: the page offers a Markdown report, the command line did not).
    shown.add_argument(
        "--markdown",
        action="store_true",
        help="print the Markdown report the page downloads: the result, your answers and complaints, dated today",
    )


_STDIN_CHUNK = 1 << 16  # bytes read from stdin at a time


class _Bytes(Protocol):
    """A stream of bytes, as stdin's buffer is."""

    def read(self, size: int, /) -> bytes:
        """Up to ``size`` bytes; none at the end."""


def _read_utf8(stream: _Bytes, limit: int) -> str:
    """Up to ``limit`` characters of ``stream``, decoded strictly as UTF-8 (a byte-order mark before them is dropped,
    as from a file), reading no more than they can take: 4 bytes a character (a diff review: a whole endless pipe was
    read before the limit applied). A read shorter than asked is the end: a buffered stream returns one only there, and
    on a terminal a second read would wait for a second Ctrl-D (an attack review). Decoded at once, so that an error
    names its place in the stream, as from a file; cut short by the bound, a character split there waits undecoded."""
    bound = 4 * limit + len(codecs.BOM_UTF8)
    read = bytearray()
    ended = False
    while not ended and len(read) < bound:
        chunk = stream.read(_STDIN_CHUNK)
        read += chunk
        ended = len(chunk) < _STDIN_CHUNK
    return codecs.getincrementaldecoder("utf-8-sig")().decode(bytes(read), final=ended)[:limit]


#: An answers file may be a download from the page: the page's state (up to MAX_STATE_CHARS) and the recommendation
#: for it, which quotes the complaints it read again (a diff review: a download of long complaints was refused at
#: serialize.MAX_JSON_CHARS, which the page never asked of them).
ANSWERS_FILE_CHARS = 2 * MAX_STATE_CHARS
STDIN = "-"  # a file argument, or a complaint, that means standard input


def _read_complaints_stdin(what: str) -> str:
    """Complaints read from stdin, refused whole past ``ANSWERS_FILE_CHARS`` characters: what came after was dropped
    without a word, and a complaint said "1980001 characters long" (a fourth CLI review)."""
    text = _read_text(STDIN, what)
    if len(text) > ANSWERS_FILE_CHARS:
        raise TriageInputError(
            f"stdin holds more than {ANSWERS_FILE_CHARS:,} characters, more than {what} can be: none was categorised; "
            "give fewer or shorter complaints"
        )
    return text


def _read_text(path: str, what: str = "the answers") -> str:
    """The text of FILE, or of stdin for "-", up to one character over the limit (parse_json refuses it); ``what``
    names what is read in an error ("the answers", "the complaints")."""
    try:
        if path == "-":
            if sys.stdin is None:  # started with stdin closed (`<&-`): a CLI review, a traceback
                raise OSError(0, "standard input is closed")
            # Decoded as a file is, strictly (an attack review: the terminal's decoding let bytes that are not UTF-8
            # through, named as an unknown option).
            buffer = getattr(sys.stdin, "buffer", None)
            if buffer is None:  # a stream of text already (a test's)
                return sys.stdin.read(ANSWERS_FILE_CHARS + 1)
            return _read_utf8(buffer, ANSWERS_FILE_CHARS + 1)
        with open(path, encoding="utf-8-sig") as handle:  # a byte-order mark (a Windows editor's) is no character
            return handle.read(ANSWERS_FILE_CHARS + 1)
    except (OSError, UnicodeDecodeError, ValueError) as exc:  # ValueError: a NUL in the name ("embedded null byte")
        where = "stdin" if path == "-" else repr(_short(path, 200))
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        if isinstance(exc, UnicodeDecodeError) and exc.object[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
            reason = "it is UTF-16 text (a Windows editor's or PowerShell's default), not UTF-8: save it as UTF-8"
        elif isinstance(exc, UnicodeDecodeError):
            # What to do, as for UTF-16 (a CLI review: a Latin-1 "é" got Python's words alone).
            reason += "; it is not UTF-8 text: save it as UTF-8"
        raise UnreadableInputError(f"cannot read {what} from {where}: {reason}") from None


def _choose(question: Question, choice: str, answers: dict[str, str]) -> tuple[str, bool] | None:
    """The option id a typed choice names, and whether it names it by words only: its number, its id or its label, as
    written or as shown (any case); else words of at least ``_WORD_LETTERS`` letters that only one option's label
    holds ("latency", "mid market": a fourth CLI review, as the hint promises; not "i" nor "of": a diff review)."""
    typed = _words(choice)
    named: list[str] = []
    for number, option in enumerate(question.options, 1):
        shown = option_label(question, option.id, answers)
        if choice.casefold() in {str(number), option.id.casefold(), option.label.casefold(), shown.casefold()}:
            return option.id, False
        if typed and typed <= _words(f"{option.label} {shown}"):
            named.append(option.id)
    short = any(len(word) < _WORD_LETTERS for word in typed)
    return (named[0], True) if len(named) == 1 and not short else None


_WORD_LETTERS = 3  # a word shorter is too small to name an answer by ("i", "of", "or")


def _words(text: str) -> frozenset[str]:
    """A text's words, in any case ("Mid-market" holds "mid" and "market")."""
    return frozenset(re.findall(r"\w+", text.casefold()))


class _InputEndedError(Exception):
    """The terminal's input ended (Ctrl-D) while a question was asked."""


def _ask(question: Question, position: str, answers: dict[str, str], stdin: TextIO, out: TextIO) -> str | None:
    """Ask one question (its answers labelled as they read after ``answers``) until it gets a valid answer; None when
    skipped. Raises _InputEndedError at the end."""
    width = _width(out)
    # Wrapped to the terminal the questions are asked on, each line under its own start (a CLI review: a prompt ran
    # past 80 columns).
    out.write(f"\n{_prompt_lines(question, position, width)}\n{_wrap(question.help, '    ', width=width)}\n")
    for number, option in enumerate(question.options, 1):
        mark = f"  {number}. "
        out.write(f"{_wrap(option_label(question, option.id, answers), ' ' * len(mark), mark, width)}\n")
    numbers = f"type a number from 1 to {len(question.options)}"
    unreadable = 0
    while True:
        out.write("> ")
        out.flush()
        try:
            line = stdin.readline()
        except UnicodeDecodeError:
            # A byte that is not UTF-8 (a CLI review: a traceback, and every answer typed before it lost). What the
            # terminal had sent with it is gone; more of them in a row end the input, the answers kept.
            unreadable += 1
            if unreadable == _UNREADABLE_LINES:
                raise _InputEndedError from None
            out.write(f"  That answer was not UTF-8 text, so it could not be read: {numbers}.\n")
            continue
        if not line:
            raise _InputEndedError
        choice = line.strip()
        if not choice and not question.required:
            return None
        chosen = _choose(question, choice, answers)
        if chosen is not None:
            option_id, by_words = chosen
            if by_words:  # said, so a word that named another answer than meant is seen (a diff review)
                out.write(_wrap(f"Taken as “{option_label(question, option_id, answers)}”.", "  ", width=width) + "\n")
            return option_id
        # What was typed, and what is taken (a CLI review: "Please type a number" said neither).
        typed = f"“{_visible(_short(choice))}” is not one of its answers" if choice else "It needs an answer"
        out.write(_wrap(f"{typed}: {numbers}, or an answer's words.", "  ", width=width) + "\n")


_UNREADABLE_LINES = 3  # lines in a row that are not UTF-8 before the input is taken as ended


def _prompt_lines(question: Question, position: str, width: int) -> str:
    """A question's prompt wrapped under its start, and "(optional: press Enter to skip)" whole: on its last line if it
    fits, else on a line of its own (a CLI review: at 40 columns it was broken inside)."""
    indent = " " * (len(position) + 1)
    prompt = _wrap(f"{position} {question.prompt}", indent, "", width)
    if question.required:
        return prompt
    last = prompt.rsplit("\n", 1)[-1]
    if len(last) + 1 + len(_OPTIONAL) <= width:
        return f"{prompt} {_OPTIONAL}"
    return f"{prompt}\n{indent if len(indent) + len(_OPTIONAL) <= width else ''}{_OPTIONAL}"


_OPTIONAL = "(optional: press Enter to skip)"


def _question_marks() -> dict[str, str]:
    """How the terminal marks each question: the ones always asked are numbered ("2/10"), and a question asked only
    after some answers is marked a follow-up, so the numbers never skip one when it is not asked."""
    always = [question.id for question in QUESTIONS if not question.asked_when]
    marks = {question_id: f"{number}/{len(always)}" for number, question_id in enumerate(always, 1)}
    return {question.id: marks.get(question.id, "follow-up") for question in QUESTIONS}


def _prompt_answers(stdin: TextIO, out: TextIO) -> dict[str, str]:
    """Ask every question on the terminal (prompts on stderr, so stdout stays the result)."""
    out.write(_wrap("Scale What? Answer what you can; only the first question is required.", width=_width(out)) + "\n")
    answers: dict[str, str] = {}
    marks = _question_marks()
    try:
        for question in QUESTIONS:
            if question.id not in asked_questions(answers):
                continue  # the follow-up, when the answers so far do not call for it
            option_id = _ask(question, f"[{marks[question.id]}]", answers, stdin, out)
            if option_id is not None:
                answers[question.id] = option_id
    except _InputEndedError:
        # The questions not reached stay unanswered, and the reader is told so before the result.
        ended = f"The input ended at {_where(question, marks)}: it and the ones after it are left unanswered."
        out.write(f"\n{_wrap(ended, width=_width(out))}\n")
    except KeyboardInterrupt:
        # Stopped on purpose: no result, but the answers typed are not lost (a CLI review: Ctrl-C at the ninth
        # question dropped eight answers). They are the answers file that gives their result.
        if answers:
            stopped = (
                f"Stopped at {_where(question, marks)}. The answers given so far, to save as a file for "
                "`recommend --answers FILE`:"
            )
            out.write(f"\n{_wrap(stopped, width=_width(out))}\n{json.dumps(answers, indent=2)}\n")
        raise
    out.write("\n")
    return answers


def _where(question: Question, marks: dict[str, str]) -> str:
    """The question the terminal stopped at, as its mark shows it."""
    return "the follow-up question" if question.asked_when else f"question {marks[question.id].replace('/', ' of ')}"


def _section_lines(section: Section) -> list[str]:
    lines = [section.heading + ":"] if section.heading else []
    indent = "  " if section.heading else ""
    lines += [_wrap(paragraph, indent) for paragraph in section.paragraphs]
    for number, item in enumerate(section.items, 1):
        mark = f"{number}. " if section.numbered else "- "
        lines.append(_wrap(item, indent + "  " + " " * len(mark), indent + "  " + mark))
        under = indent + "  " + " " * len(mark)
        lines += [_wrap(sub, under + "    ", under + "  - ") for sub in section.sublist(number - 1)]
    return [*lines, ""]


def _recommendation_text(rec: Recommendation) -> str:
    lines = [line for section in result_sections(rec) for line in _section_lines(section)]
    if rec.exercise is not None:
        # At its own line breaks only: splitlines() broke a complaint at U+0085 or U+2028 into lines of their own,
        # before they could be shown as [U+XXXX] (a later attack review).
        lines += [*_triage_text(rec.exercise, verdict=False).removesuffix("\n").split("\n"), ""]
    lines.append(f"Rubric version {rec.rubric_version}.")
    return "\n".join(lines) + "\n"


def _saved_state(value: object) -> object | None:
    """The page's state in an answers file: a JSON download from the page holds it under "state", and a state is
    ``{"answers", "complaints", "overrides"}``; None for answers alone (a CLI review: a download was refused as
    "unknown question id 'answers'"). No question's id is "state" or "answers", so an object with either is a state
    or a download, and what it lacks is named (a diff review: ``{"answers": ..., "overrides": {}}`` was refused as an
    unknown question)."""
    if isinstance(value, dict) and "state" in value:
        # A state of null is a state still (a third diff review: it read as answers, "unknown question id 'state'").
        state: object = value["state"]
        if state is None:  # said as what it is (a CLI review: "the state lacks the field 'answers'")
            raise InvalidStateError(f"the download's “state” is null, where {_STATE_HOLDS}: {_DOWNLOAD_AGAIN}")
        _check_shown_answers(value, state)
        return state
    if isinstance(value, dict) and value.get("version") == 1 and "current" in value:
        # The page's saved answers of version 1 ({version, rubric, current, previous}), which the page still reads (a
        # CLI review: "unknown question id 'version'").
        current: object = value["current"]
        if current is None:  # said as what it is (a CLI review: "the state lacks the field 'answers'")
            raise InvalidStateError(
                "the page's saved answers hold none (their “current” is null): answer on the page and download them "
                'again, or give the answers alone, as {"failure_mode": "outages"}'
            )
        return current
    if isinstance(value, dict) and "current" in value and "version" in value:
        # Saved answers of another version than 1, whose parts the page names otherwise (a CLI review: "unknown
        # question id 'version'").
        raise InvalidStateError(
            f"the answers file holds the page's saved answers of version {_short(json.dumps(value['version']))}, with "
            "“current”, which only version 1 had: download the answers from the page again"
        )
    if isinstance(value, dict) and not _DOWNLOAD_PARTS.isdisjoint(value):
        # A download with its "state" removed (a CLI review: "the state has an unknown field 'boxes'").
        raise InvalidStateError(
            f"the answers file is a download from the page without its “state”, where {_STATE_HOLDS}: {_DOWNLOAD_AGAIN}"
        )
    if isinstance(value, dict) and "answers" in value:
        lacking = [name for name in STATE_FIELDS if name not in value]
        if lacking and set(value) <= set(STATE_FIELDS):
            # Said as what the object was taken for (a CLI review: "the state lacks the field 'complaints'", of
            # {"answers": {...}}, which names no state).
            said = " and ".join(f"“{name}”" for name in lacking)
            raise InvalidStateError(
                f"an object with “answers” is read as the page's state, {{{', '.join(STATE_FIELDS)}}}, and this one "
                f"lacks {said}: add {'it' if len(lacking) == 1 else 'them'} "
                '("complaints": [], "overrides": {}), or give the answers alone, as {"failure_mode": "outages"}'
            )
        return value
    return None


@dataclass(frozen=True)
class _SavedResult:
    """What a saved ``recommend --json`` holds to be read back: the answers it counted, its complaints in order, the
    types chosen for them (0-based) and the numbers they were known by."""

    answers: Mapping[str, object]
    complaints: list[str]
    overrides: dict[int, str]
    numbers: list[int]
    rubric: str | None  # the rubric version it was made under, as it says


def _saved_result(value: object) -> _SavedResult | None:
    """A saved ``recommend --json`` (its "answers" and "headline"), read back by its answers and its complaints with
    the types chosen for them (a fifth CLI review: it was refused, so nothing the command line wrote could be read
    back); everything else in it is worked out again. None for any other file."""
    if not (isinstance(value, dict) and "answers" in value and "headline" in value):
        return None
    answers = value["answers"]
    if not isinstance(answers, dict):
        raise InvalidStateError(f"the saved recommendation's “answers” is {_json_kind(answers)}, where it is an object")
    rubric = value.get("rubric_version")
    said = rubric if isinstance(rubric, str) else None if rubric is None else json.dumps(rubric)
    exercise = value.get("exercise")
    if exercise is None:
        return _SavedResult(answers, [], {}, [], said)
    listed = exercise.get("complaints") if isinstance(exercise, dict) else None
    if not isinstance(listed, list) or not all(isinstance(item, dict) for item in listed):
        raise InvalidStateError(
            "the saved recommendation's “exercise” holds no list of complaints as `recommend --json` writes it: save "
            "it again, or give the answers alone"
        )
    complaints, overrides, numbers = [], {}, []
    for at, item in enumerate(listed):
        text, number, kind = item.get("text"), item.get("number"), item.get("type")
        if not isinstance(text, str) or type(number) is not int or not isinstance(kind, str):
            raise InvalidStateError(
                f"the saved recommendation's complaint {at + 1} lacks its “text”, “number” or “type” as `recommend "
                "--json` writes them: save it again, or give the answers alone"
            )
        overridden = item.get("overridden")
        if not isinstance(overridden, bool):
            # A chosen type is never dropped without a word (a diff review: "yes" read as not chosen).
            raise InvalidStateError(
                f"the saved recommendation's complaint {at + 1} has “overridden” {_json_kind(overridden)}, where "
                "`recommend --json` writes true or false: save it again, or give the answers alone"
            )
        complaints.append(text)
        numbers.append(number)
        if overridden:
            overrides[at] = kind
    return _SavedResult(answers, complaints, overrides, numbers, said)


_STATE_HOLDS = "the page keeps the answers, complaints and chosen types that are read"
_DOWNLOAD_AGAIN = 'download it again from the page, or give the answers alone, as {"failure_mode": "outages"}'
_DOWNLOAD_PARTS = frozenset(("recommendation", "meta", "boxes"))


def _tell_kept(session: Session, rec: Recommendation) -> None:
    """Say each follow-up answer the file keeps but the result does not count, as the page and the Markdown do (a CLI
    review: "The blocked deals" kept after the deciding answer changed was left out without a word)."""
    for question in QUESTIONS:
        if question.id in session.kept_not_asked:
            label, why = kept_answer(question, session.kept_not_asked[question.id], rec.answers)
            _tell(_visible(f"note: the answer “{label}” to “{question.prompt}” is {why}\n"))


def _tell_previous(document: object) -> None:
    """The page's saved answers keep "previous" (the reader's own answers, kept while a shared link's were open) beside
    what is read: said, not read (a fourth CLI review: passed over without a word), once the file is known to be read
    (a diff review: said before a refusal)."""
    if isinstance(document, dict) and document.get("previous") is not None:
        read = "state" if "state" in document else "current"
        _tell(
            "note: the saved answers also keep “previous” (your own answers, kept while a shared link's were open); "
            f"only “{read}” is read\n"
        )


def _check_shown_answers(document: Mapping[str, object], state: object) -> None:
    """A download shows the answers its result used under "answers" and in "recommendation", and keeps everything the
    page had under "state", which is what is read back. An edit to a shown copy alone would be ignored without a word
    (CLI reviews: the shown "answers"; then both shown copies alike; then "recommendation" alone, and an answer
    removed from both), and which copy was edited cannot be told, so a shown copy that differs from the state's
    answers the result counts is refused, naming each answer (at most ``_ANSWERS_NAMED``) and saying how to have it
    read: the same in all, or the shown copies removed. The state may hold more (a follow-up answer kept but not
    counted). A shown "answers" that is no object is refused too (null was passed over)."""
    recommendation = document.get("recommendation")
    holders: dict[str, Mapping[str, object]] = {
        "answers": document,
        "recommendation.answers": recommendation if isinstance(recommendation, dict) else {},
    }
    copies: list[tuple[str, Mapping[str, object]]] = []  # each shown copy, by the name an error gives it
    for name, holder in holders.items():
        if "answers" not in holder:
            continue
        copy = holder["answers"]
        if not isinstance(copy, dict):
            raise InvalidStateError(
                f"the download's “{name}” is {_json_kind(copy)}, where the page writes the answers it shows as an "
                "object: remove “answers” and “recommendation”, and the answers are read from “state”"
            )
        copies.append((name, copy))
    kept = state.get("answers") if isinstance(state, dict) else None
    if not isinstance(kept, dict):
        return
    try:
        asked = asked_questions(kept)
    except DecisionEngineError:
        asked = ()  # an answer no question has: said when the state is read
    counted = {key for key in kept if key in asked}  # what the result used, shown in each copy
    for name, copy in copies:
        differ = [key for key in sorted({*copy, *counted}, key=str) if copy.get(key) != kept.get(key)]
        if not differ:
            continue
        said = "; ".join(
            f"{_short(str(key))}: {_said_answer(copy, key)} in “{name}”, {_said_answer(kept, key)} in “state”"
            for key in differ[:_ANSWERS_NAMED]
        )
        more = f"; and {len(differ) - _ANSWERS_NAMED} more" if len(differ) > _ANSWERS_NAMED else ""
        raise InvalidStateError(
            f"the download's “{name}” and its “state” differ ({_visible(said)}{more}): the answers are read from "
            "“state”, which holds everything the page kept; make the change in “state”, “answers” and "
            "“recommendation.answers” alike, or remove “answers” and “recommendation”"
        )


def _check_shown_complaints(document: Mapping[str, object], rec: Recommendation) -> None:
    """A download shows each complaint its result read, with its type, under "recommendation" "exercise"; what is read
    back is "state" (its "complaints" and "overrides"), as for the answers. A text edited in one of them alone was
    ignored without a word (a fourth CLI review): which copy was edited cannot be told, so a text that differs is
    refused, naming the complaint and where they part. A type that differs is said, not refused: the readings change
    between builds of the same rubric, so an unedited older download may show another (a diff review: one was
    refused as edited); a type is chosen under "state" "overrides"."""
    recommendation = document.get("recommendation")
    exercise = recommendation.get("exercise") if isinstance(recommendation, dict) else None
    shown = exercise.get("complaints") if isinstance(exercise, dict) else None
    if not isinstance(shown, list):
        return  # no complaint shown, or the shown copy removed: nothing to differ
    read = rec.exercise.complaints if rec.exercise is not None else ()
    for k in range(max(len(shown), len(read))):
        mine: object = shown[k] if k < len(shown) else None
        as_shown: Mapping[str, object] = mine if isinstance(mine, dict) else {}
        text = as_shown.get("text")
        if k >= len(read) or text != read[k].text:
            number = read[k].number if k < len(read) else k + 1  # its box's number, as the page shows it
            theirs = read[k].text if k < len(read) else None
            raise InvalidStateError(
                f"the download's “recommendation” and its “state” differ on complaint {number} "
                f"({_parting(text, theirs)}): complaints and their chosen types are read from “state” (its "
                "“complaints” and “overrides”); make the change in “state” and “recommendation” alike, or remove "
                "“recommendation”"
            )
        if as_shown.get("type") != read[k].type:
            _tell(
                f"note: the download shows complaint {read[k].number} as {_visible(_short(str(as_shown.get('type'))))}"
                f", and it is read now as {read[k].type} (a reading that changed since the file was saved, or an edit:"
                " a type is chosen under “state” “overrides”)\n"
            )


_PARTING_CONTEXT = 15  # characters shown before the first one two texts differ at


def _parting(shown: object, kept: str | None) -> str:
    """Where a shown complaint and the state's part, quoted from a little before the first character that differs
    (a diff review: both were quoted alike, cut before it), from a word: “...peak every day” in “recommendation”, ..."""
    texts = [text if isinstance(text, str) else None for text in (shown, kept)]
    both = [text for text in texts if text is not None]
    same = len(os.path.commonprefix(both)) if len(both) == 2 else 0  # noqa: RUF071 (characters are meant)
    start = both[0].rfind(" ", 0, same - _PARTING_CONTEXT) + 1 if same > _PARTING_CONTEXT else 0  # at a word
    said = ["none" if text is None else f"“{'...' if start else ''}{_visible(_short(text[start:]))}”" for text in texts]
    return f"{said[0]} in “recommendation”, {said[1]} in “state”"


def _json_kind(value: object) -> str:
    """What a JSON value is, as an error names it: "null", "a list", "a number" ..."""
    if value is None:
        return "null"
    kinds = ((bool, "true or false"), (str, "a string"), (int, "a number"), (float, "a number"), (list, "a list"))
    return next((kind for type_, kind in kinds if isinstance(value, type_)), "an object")


_ANSWERS_NAMED = 5  # the differing answers an error names (a CLI review: 20,000 of them made one 829 KB line)


def _said_answer(answers: Mapping[str, object], key: str) -> str:
    """An answer of a file as the error names it: its JSON, or "not answered"."""
    return _short(json.dumps(answers[key])) if key in answers else "not answered"


def _tell_box_overrides(state: object, session: Session) -> None:
    """Say which complaint a state's override keys name: the page saves them from 0 ("1" is #2), where --override
    counts from 1 (a CLI review: a hand-written "1" retyped complaint #2 without a word)."""
    overrides = state.get("overrides") if isinstance(state, dict) else None
    keys = sorted((key for key in overrides if key.isdigit()), key=int) if isinstance(overrides, dict) else []
    if keys:
        said = ", ".join(f'"{key}" is complaint #{int(key) + 1}' for key in keys)
        _tell(f"note: the file's overrides count its boxes from 0, as the page saves them ({said})\n")
    # One for a box that is not read changes nothing, and says so (a CLI review: it was dropped without a word).
    status = {box.index: box.status for box in session.boxes}
    for key in keys:
        unread = _UNREAD_BOX.get(status.get(int(key), BoxStatus.READ))
        if unread is not None:
            _tell(
                f'note: the type the file chooses for complaint #{int(key) + 1} ("{key}") changes nothing: {unread}\n'
            )


_UNREAD_BOX = {
    BoxStatus.EMPTY: "its box is empty",
    BoxStatus.OVER_LIMIT: "it is over the length limit, and left out",
}


def _saved_rubric(value: object) -> str | None:
    """The rubric version a file from the page was saved under (a download's ``meta``, or a saved document's
    ``rubric``), when it names one."""
    document: dict[str, object] = value if isinstance(value, dict) else {}
    meta = document.get("meta")
    said = meta.get("rubric_version") if isinstance(meta, dict) else document.get("rubric")
    return said if isinstance(said, str) else None


def _asked_on_terminal() -> object:
    """The answers asked on the terminal, when there is one."""
    instead = "pass --answers FILE (or --answers - to read them from stdin)"
    if sys.stdin is not None and sys.stdin.isatty():
        # The questions are asked on stderr: closed or full, the command ends as with no terminal, no traceback (a
        # CLI review); its message is said where it can be.
        if sys.stderr is None:
            raise UnreadableInputError(
                f"no answers (standard error, where the questions are asked, is closed): {instead}"
            )
        try:
            with _signals_stop_questions():
                return _prompt_answers(sys.stdin, sys.stderr)
        except OSError as exc:
            raise UnreadableInputError(f"the questions could not be asked ({exc.strerror or exc}): {instead}") from None
    closed = " (standard input is closed)" if sys.stdin is None else ""
    raise UnreadableInputError(f"no answers{closed}: {instead}, or run on a terminal to be asked")


def _answers_file(path: str) -> object:
    """The answers file's JSON; the page's Markdown report given instead is named as such (a fourth CLI review: "must
    be valid JSON: Expecting value (line 1, column 1)" said neither which file nor what it was)."""
    text = _read_text(path)
    where = _visible("stdin" if path == STDIN else repr(_short(path, 200)))
    if text.lstrip().startswith("# "):
        raise UnreadableInputError(
            f"the answers in {where} are Markdown (the page's “Download as Markdown” report?), where the "
            "answers are JSON: give the page's “Download as JSON”, or the answers alone, as "
            '{"failure_mode": "outages"}'
        )
    # Named in every error of its JSON (a fifth CLI review: "the answers must be valid JSON" said no file).
    return parse_json(text, f"the answers in {where}", ANSWERS_FILE_CHARS)


def _recommend_from_state(args: argparse.Namespace, given: object, state: object) -> Recommendation:
    """The recommendation for a download from the page (or its state), as the page read it, with what the file keeps
    said on stderr."""
    # The state's own check first: a file of answers alone is told what it lacks, not that it holds complaints
    # (a second diff review).
    # The page's own reading, once: long complaints left out, kept answers not counted (the deciding answer missing,
    # recommend_state says so).
    session = evaluate(state)
    rec = session.recommendation if session.recommendation is not None else recommend_state(state)
    if args.complaint or args.override:
        raise InvalidStateError(
            "the answers file is a download from the page (or its state), whose complaints and chosen types are "
            "read from it, as the page read them, even when it has none: leave out --complaint and --override, or "
            "pass the answers alone (the download's top-level “answers”, the ones its result counted)"
        )
    if isinstance(given, dict) and "state" in given:
        _check_shown_complaints(given, rec)
    _tell_box_overrides(state, session)  # once the file is known to be read (a CLI review: said before a refusal)
    _tell_previous(given)
    # As the page says of a link from another rubric (a CLI review: an older download was read without a word),
    # once the file is known to be read (a diff review: said before a refusal).
    _tell_rubric(_saved_rubric(given))
    _tell_kept(session, rec)
    return rec


def _tell_rubric(saved: str | None) -> None:
    """Say that a file saved under another rubric version is read under this one (its result may differ)."""
    if saved is not None and saved != RUBRIC_VERSION:
        _tell(
            f"note: the answers file was saved under rubric version {_visible(_short(saved))}; this is rubric "
            f"version {RUBRIC_VERSION}'s recommendation, which may differ from what was said when it was saved\n"
        )


def _recommend_from_arguments(args: argparse.Namespace, given: object, result: _SavedResult | None) -> Recommendation:
    """The recommendation for answers given (a file of answers, a saved ``recommend --json``, or asked on a terminal)
    and complaints given with --complaint and --override."""
    if STDIN in args.complaint:
        # A CLI review: "--complaint -" was the complaint "-"; stdin is the answers' (--answers -) or nobody's.
        raise TriageInputError(
            f'--complaint "{STDIN}": give each complaint as text after --complaint; triage - reads complaints from '
            "stdin, one a line"
        )
    if result is not None:
        if args.complaint or args.override:
            raise InvalidStateError(
                "the answers file is a saved recommendation (`recommend --json`), whose complaints and chosen types "
                "are read from it, even when it has none: leave out --complaint and --override, or pass its "
                "“answers” alone"
            )
        rec = recommend(
            result.answers,  # type: ignore[arg-type]  # validated inside
            result.complaints,
            result.overrides,
            numbers=result.numbers or None,
        )
        # Said once the file is known to be read (a diff review: said before a refusal).
        _tell(
            "note: read the saved recommendation's answers, complaints and chosen types; the rest is worked out again\n"
        )
        _tell_rubric(result.rubric)
        if json.loads(dumps(rec)) != given:
            # What the file does not hold (a complaint left out for its length, an answer kept but not counted), an
            # edit, or another rubric's reading: said, the file left as it is (a diff review: said to be the same).
            _tell(
                "note: this result differs from the saved one (a saved result holds no complaint left out for its "
                "length and no answer kept but not counted, and may have been edited or made under another rubric)\n"
            )
        return rec
    overrides = _cli_overrides(args.override, len(args.complaint))
    if args.complaint:
        # Checked before any question is asked (a CLI review: ten answers typed, then lost to a bad --override).
        triage(args.complaint, None, overrides)
    answers = given if args.answers is not None else _asked_on_terminal()
    return recommend(answers, args.complaint, overrides)  # type: ignore[arg-type]  # validated inside


def _run_recommend(args: argparse.Namespace) -> int:
    # A file is read first: a download holds its own complaints, which --complaint and --override would be checked
    # against (a diff review: "--override 1=user" beside a download said to give complaints with --complaint).
    given = None if args.answers is None else _answers_file(args.answers)
    result = _saved_result(given)  # before the state: a saved result holds "answers", as a state does
    state = _saved_state(given) if result is None else None
    if state is not None:
        rec = _recommend_from_state(args, given, state)
    else:
        rec = _recommend_from_arguments(args, given, result)
    if args.markdown:
        # The page's report for the same input: a file's state as the page sent it, or the answers and complaints given.
        # Dated on the user's own day, as the page dates it on the reader's (a fourth CLI review: UTC's).
        day = datetime.date.today().isoformat()
        report = state_report(state, date=day) if state is not None else Report(rec, date=day)
        # As the page writes it (a CLI review: a joiner inside an emoji was written as [U+200D]); the report itself
        # removes what a terminal would act on (control characters, direction controls), and a stdout that is not
        # UTF-8 escapes what it cannot write (``_keep_unencodable``), as for the text.
        shown = export_markdown(report)
        _markdown_in_utf8()
    else:
        shown = _visible_json(dumps(rec)) if args.json else _visible(_recommendation_text(rec))
    try:
        _write(shown)
    finally:
        # Answers typed on the terminal are said on stderr, to save: after the result (a fifth CLI review: a terminal
        # session left nothing to read back), and when it could not be written (a CLI review: a full disk dropped
        # them; a fourth: a reader that has gone, `| jq` that failed).
        if args.answers is None and rec.answers:
            typed = json.dumps(dict(rec.answers), indent=2)
            _tell(f"The answers given, to save as a file for `recommend --answers FILE`:\n{typed}\n")
    return 0


# ---------------------------------------------------------------------------------------------
# categorize and triage: the complaint exercise
# ---------------------------------------------------------------------------------------------


def _configure_categorize(parser: argparse.ArgumentParser) -> None:
    # The words of an unquoted complaint arrive as many arguments: they are one complaint, read as typed.
    parser.add_argument(
        "text",
        metavar="TEXT",
        nargs="*",  # required, but after an unknown option is named (main): "categorize --bogus" said "TEXT required"
        help=f'one complaint, best quoted, e.g. "deploys break prod every Friday" (at most {MAX_COMPLAINT_CHARS} '
        'characters); "-" reads it from stdin',
    )
    parser.add_argument("--json", action="store_true", help="print the categorisation as JSON")


def _type_title(value: str) -> str:
    return ScalingType(value).title if value != UNCATEGORIZED else UNCATEGORIZED_TITLE


_ARROW = " \u2192 "


def _match_line(match: CueMatch, indent: str) -> str:
    """One cue as it counted: "+2 technical  'latancy' read as latency: Performance and latency (misspelt ...)"."""
    if match.kind == "combination":
        what = f"{match.cue} ('{match.matched}')"
    elif match.correction:
        what = f"'{match.matched}' read as {match.correction.split(_ARROW)[-1]}"
    else:
        what = f"'{match.matched}'"
    note = f" ({match.note})" if match.note else ""
    sign = "+" if match.counted else " "
    return _wrap(
        f"{what}: {match.example_label}{note}",
        indent + "      ",
        f"{indent}  {sign}{match.counted} {match.type.value:<9} ",
    )


def _categorization_lines(result: Categorization, indent: str = "") -> list[str]:
    """What a categorisation found: the type and confidence, the second type, the reason, every cue as it
    counted, the cues set aside, and the fallback model's reading."""
    set_aside = [_match_line(match, indent) for match in result.discounted]
    if result.type == UNCATEGORIZED:
        lines = [_wrap(f"{UNCATEGORIZED_TITLE}: {result.reason}.", indent + "  ", indent)]
        return lines + ([f"{indent}  Set aside:", *set_aside] if set_aside else [])
    # A tie said as one, every type in it (a diff review: "user second" above "user ties with it").
    second = (
        f"; tied with {' and '.join(result.tied_with)}"
        if result.tied_with
        else f"; {result.secondary} second"
        if result.secondary
        else ""
    )
    guess = ", a guess by the fallback model" if result.fallback else ""
    # Each line wrapped (a CLI review: the type's line and the scores' ran past a 40-column terminal).
    headline = (
        f"{_type_title(result.type)} (confidence {result.confidence_word}, {result.confidence:.2f}{guess}){second}"
    )
    scores = ", ".join(f"{score.type.value} {score.score}" for score in result.scores)
    lines = [
        _wrap(headline, indent + "  ", indent),
        _wrap(result.reason, indent + "    ", indent + "  Why: "),
        _wrap(scores, indent + "    ", indent + "  Scores: "),
    ]
    lines += [_match_line(match, indent) for match in result.cues]
    if set_aside:
        lines += [f"{indent}  Set aside:", *set_aside]
    if result.fallback:
        lines.append(
            _wrap(
                f"no cue counted; the model's n-grams lean to {result.fallback.type.value}"
                + result.fallback.mostly_in(single_quoted)
                + f" ({result.fallback.ngrams} n-grams known, lead {result.fallback.margin}/1000 per n-gram)",
                indent + "    ",
                f"{indent}  Fallback: ",
            )
        )
    return lines


def _run_categorize(args: argparse.Namespace) -> int:
    # Unquoted words are one complaint; arguments quoted with spaces in them are several (a CLI review: they were read
    # as one, and the result never showed the text).
    # Blank arguments are no words (a script's empty "$EXTRA"; a review).
    given = [text for text in args.text if text.strip()]
    quoted = sum(len(text.split()) > 1 for text in given)
    if len(given) > 1 and quoted:
        raise TriageInputError(
            f"categorize reads one complaint, quoted as one argument or as unquoted words, and got {len(given)} "
            f"arguments, {quoted} of them quoted with spaces: quote the whole complaint as one argument, or use triage "
            "to categorise several"
        )
    # "-" alone reads the complaint from stdin (a CLI review: `echo ... | categorize -` categorised "-"); beside words
    # it is refused, as triage refuses it (a later one: "categorize - extra" categorised "- extra").
    if STDIN in args.text and len(args.text) > 1:
        raise TriageInputError(f'"{STDIN}" reads the complaint from stdin: give it alone')
    # Line breaks as triage - reads them, and none counted at the end (a sixth CLI review: `echo` added one, and a
    # complaint of 500 characters was refused as 501 long; "\r\n" was kept where triage - reads "\n").
    if args.text == [STDIN]:
        text = _read_complaints_stdin("the complaint").replace("\r\n", "\n").replace("\r", "\n").rstrip("\n")
    else:
        text = " ".join(args.text)
    # Lines as triage - reads them, at "\n" only (a CLI review: a U+2028 counted as a line here).
    lines = sum(1 for line in text.split("\n") if line.strip()) if args.text == [STDIN] else 1
    if lines > 1:
        # A CLI review: several lines were merged without a word; a paragraph may be one complaint, so it is read.
        _tell(f"note: the {lines} lines on stdin are read as one complaint; triage - reads one complaint a line\n")
    result = categorize(text)
    _write(_visible_json(dumps(result)) if args.json else _visible("\n".join(_categorization_lines(result)) + "\n"))
    return 0


def _configure_triage(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "complaints",
        metavar="TEXT",
        nargs="*",  # required, as categorize's TEXT
        help=f"1 to {MAX_COMPLAINTS} complaints, the one that hurts most first, each quoted (each argument is one "
        f'complaint) and at most {MAX_COMPLAINT_CHARS} characters long; "-" reads them from stdin, one a line',
    )
    _add_override_argument(parser)
    parser.add_argument(
        "--investment",
        metavar="TYPE=LEVEL",
        action="append",
        default=[],
        help="last quarter's effort on a type (technical, process or user): none, some or most; "
        "a type left out counts as some",
    )
    parser.add_argument("--json", action="store_true", help="print the triage as JSON")


def _pairs(flag: str, values: Sequence[str], shape: str) -> list[tuple[str, str]]:
    """``NAME=VALUE`` arguments of one flag as (name, value) pairs, lower case, spaces around them dropped."""
    pairs = []
    for value in values:
        name, equals, setting = (part.strip().casefold() for part in value.partition("="))
        if not equals or not name or not setting:
            raise TriageInputError(f"{flag} {_short(value)!r} is not {shape}, e.g. {flag} {_SHAPE_EXAMPLES[shape]}")
        pairs.append((name, setting))
    return pairs


def _short(text: str, limit: int = 40) -> str:
    """Text quoted back in a message, cut with "..." when long (the reader typed it; the message only names it)."""
    return text if len(text) <= limit else text[:limit] + "..."


#: What a terminal would act on rather than show: control characters but tab and newline (a clear-screen, a hidden
#: hyperlink), the line and paragraph separators, and the characters that reorder text.
_NOT_ASCII = re.compile("[^\x00-\x7f]")
# Characters a terminal acts on, and ones it shows as nothing (a CLI review: "lat\u200bency" looked like "latency"):
# the same invisible characters the complaints read as part of a word.
# A lone surrogate too: no encoding can write it (an attack review: a page's download with "\ud800" in a complaint,
# which JSON allows, ended in a UnicodeEncodeError traceback).
# What a terminal acts on: controls, direction controls, line and paragraph separators, lone surrogates. JSON escapes
# them; the text escapes these and the other characters that show as nothing (_UNSEEN).
_ACTING = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]"
)
_UNSEEN = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029{INVISIBLE_IN_WORDS}\ud800-\udfff]")


# A subdivision's flag (England's, Scotland's): a black flag, a region's tag letters and digits, and their end, drawn
# as one flag; no other run of tag characters, which would hide text (a diff review: any run was written raw).
_TAG_FLAG = re.compile(
    "\U0001f3f4[\U000e0061-\U000e007a]{2}[\U000e0030-\U000e0039\U000e0061-\U000e007a]{1,3}\U000e007f"
)
_ZWNJ, _ZWJ = "\u200c", "\u200d"
# Scripts whose spelling uses the joiners (Persian's "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u06cc\u0645", Hindi's
# conjuncts): a joiner between two of their letters is part of a word as written.
_JOINING_SCRIPTS = (
    *("ARABIC", "SYRIAC", "NKO", "MONGOLIAN", "DEVANAGARI", "BENGALI", "GURMUKHI", "GUJARATI", "ORIYA", "TAMIL"),
    *("TELUGU", "KANNADA", "MALAYALAM", "SINHALA", "KHMER", "MYANMAR", "TIBETAN"),
)


def _visible(text: str) -> str:
    """Text for the terminal, the reader's words in it shown as written: each character a terminal would act on, or
    that hides inside a word, written as [U+XXXX] (an attack review: a complaint's escape sequences cleared the screen;
    a CLI review: "lat\u200bency" looked like "latency"). Not a joiner between two letters of a script that spells
    with it, nor a zero-width joiner inside an emoji, nor a subdivision flag's tag characters (a fifth CLI review:
    each was broken up in the text, kept in the JSON and the Markdown)."""

    def shown(m: re.Match[str]) -> str:
        at, character, around = m.start(), m.group(), m.string
        if character in (_ZWNJ, _ZWJ) and 0 < at < len(around) - 1:
            before, after = around[at - 1], around[at + 1]
            if _spells_with_joiners(before) and _spells_with_joiners(after):
                return character
            if character == _ZWJ and _in_an_emoji(before) and unicodedata.category(after) == "So":
                return character
        return f"[U+{ord(character):04X}]"

    parts = _TAG_FLAG.split(text)
    flags = _TAG_FLAG.findall(text)
    return "".join(_UNSEEN.sub(shown, part) + (flags[k] if k < len(flags) else "") for k, part in enumerate(parts))


def _spells_with_joiners(character: str) -> bool:
    """Whether ``character`` is a letter or mark of a script that spells with the zero-width (non-)joiner."""
    if unicodedata.category(character)[0] not in "LM":
        return False
    return unicodedata.name(character, "").startswith(_JOINING_SCRIPTS)


def _in_an_emoji(character: str) -> bool:
    """Whether ``character`` ends an emoji a zero-width joiner goes on from: a symbol, its presentation selector, or
    a skin tone."""
    return unicodedata.category(character) in ("So", "Sk") or character == "\ufe0f"


def _visible_json(text: str) -> str:
    """JSON for stdout: the characters a terminal would act on escaped as \\uXXXX (the serializer keeps text as
    written, but for the C0 controls: a C1 control or a direction override went out as it was, a diff review). They
    stand only inside strings, so the JSON reads the same. On a stdout that is not UTF-8, every character past ASCII
    is escaped so (a character beyond U+FFFF as its two halves), as JSON allows."""
    # Only what a terminal acts on: a joiner inside an emoji is written as the page writes it (a CLI review).
    seen = _ACTING.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    if _stdout_is_utf():
        return seen
    return _NOT_ASCII.sub(lambda m: json.dumps(m.group()).strip('"'), seen)


class _OutputError(Exception):
    """The result could not be written to stdout (a full disk, a closed stream)."""


def _write(text: str) -> None:
    """Write the result to stdout and flush it, so that a failed write is this command's error with its own message,
    not Python's traceback at exit (a CLI review: a full disk, a closed stdout). A broken pipe (`| head`) goes up."""
    stream = sys.stdout
    if stream is None:  # started with stdout closed (`>&-`)
        raise _OutputError("standard output is closed")
    try:
        stream.write(text)
        stream.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise _OutputError(exc.strerror or str(exc)) from None


def _tell(text: str) -> None:
    """Say ``text`` on stderr, if it can be written: a closed or full stderr leaves the exit status as it is (a CLI
    review: bad input with `2>&-` exited 1, the status of a result that could not be written, not 2)."""
    try:
        sys.stderr.write(text)
        sys.stderr.flush()
    except (AttributeError, OSError, ValueError):
        pass


def _silence_stdout() -> None:
    """Point stdout at the null device, so that Python's own flush at exit finds nothing left to fail on."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
    except (AttributeError, OSError, ValueError):
        pass  # no stdout, or one with no file descriptor (a test's): nothing is flushed at exit


def _keep_unencodable() -> None:
    """On a terminal whose encoding cannot show every character (LANG=C: ASCII), write the others as escapes
    (\\u2014) rather than fail on them (a CLI review: a UnicodeEncodeError traceback)."""
    if not _stdout_is_utf() and hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="backslashreplace")


def _markdown_in_utf8() -> None:
    """Markdown written to a file or a pipe is UTF-8, whatever the locale's encoding (a fifth CLI review: with a
    Latin-1 or a Windows code page's stdout, a complaint's "—" became the letters "\\u2014" in the report); on a
    terminal it is shown in the terminal's encoding, escaped where it cannot be (``_keep_unencodable``)."""
    stream = sys.stdout
    if stream is None or _stdout_is_utf() or stream.isatty() or not hasattr(stream, "reconfigure"):
        return
    encoding = stream.encoding
    stream.reconfigure(encoding="utf-8", errors="strict")
    _tell(f"note: the Markdown is written in UTF-8, Markdown's encoding, not in the locale's {_short(encoding)}\n")


def _stdout_is_utf() -> bool:
    """Whether stdout's encoding is one of Unicode's (none, as when it is closed, counts as UTF-8)."""
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    return codecs.lookup(encoding).name.startswith("utf")


_SHAPE_EXAMPLES = {"N=TYPE": "2=process", "TYPE=LEVEL": "technical=most"}


# British spellings of a TYPE, read as the engine's.
_SPELLINGS = {"uncategorised": "uncategorized"}


def _cli_overrides(values: Sequence[str], count: int) -> dict[int, str] | None:
    """--override N=TYPE arguments (N from 1) as triage's overrides (0-based)."""
    if not values:
        return None
    if count == 0:
        raise TriageInputError("--override sets the type of a complaint, and there is none: give them with --complaint")
    overrides: dict[int, str] = {}
    for number, typed in _pairs("--override", values, "N=TYPE"):
        # A complaint's number has at most 3 significant digits: int() of thousands of digits is refused by Python.
        # ASCII digits only, as a share link's (an attack review: "\u0661=user", an Arabic-Indic 1, was complaint 1).
        ascii_digits = number.isascii() and number.isdecimal()
        if not ascii_digits or len(number.lstrip("0")) > 3 or not 1 <= int(number) <= count:
            # A CLI review: "1 to 1" for a single complaint.
            numbers = "1: there is only one complaint" if count == 1 else f"a complaint's number, 1 to {count}"
            raise TriageInputError(f"--override {_short(number)}={_short(typed)}: N must be {numbers}")
        kind = _SPELLINGS.get(typed, typed)  # as the help spells it (a fifth CLI review: "uncategorised" was refused)
        if kind not in OVERRIDE_TYPES:
            raise TriageInputError(
                f"--override {number}={_short(kind)}: TYPE must be one of {', '.join(OVERRIDE_TYPES)}"
            )
        if int(number) - 1 in overrides:
            raise TriageInputError(f"--override sets complaint {int(number)} twice; give each complaint one type")
        overrides[int(number) - 1] = kind
    return overrides


def _cli_investment(values: Sequence[str]) -> dict[str, str] | None:
    """--investment TYPE=LEVEL arguments as triage's investment."""
    if not values:
        return None
    types = tuple(t.value for t in ScalingType)
    investment: dict[str, str] = {}
    for kind, level in _pairs("--investment", values, "TYPE=LEVEL"):
        if kind not in types:
            raise TriageInputError(
                f"--investment {_short(kind)}={_short(level)}: TYPE must be one of {', '.join(types)}"
            )
        if level not in EFFORT_LEVELS:
            raise TriageInputError(
                f"--investment {kind}={_short(level)}: LEVEL must be one of {', '.join(EFFORT_LEVELS)}"
            )
        if kind in investment:
            raise TriageInputError(f"--investment sets {kind} twice; give each type one level")
        investment[kind] = level
    return investment


def _triage_text(result: Triage, *, verdict: bool = True) -> str:
    """The triage in words; inside a recommendation (``verdict`` False) the one verdict is the recommendation's."""
    lines = ["Complaints (the first weighs most):"]
    for item in result.complaints:
        lines.append(_wrap(item.text, "       ", f"  #{item.number} (weight {item.weight}) "))
        reading = _categorization_lines(item.categorization, "     ")
        if item.overridden:
            # By the type's title, as "Your type" is (a fifth CLI review: "No category (the categoriser said
            # uncategorized ...)" named one thing twice).
            said = _type_title(item.categorization.type)
            if item.categorization.type == UNCATEGORIZED:
                # Its advice ("... or choose the type yourself") is taken: the override says why it had no type (a
                # CLI review: the advice stood under "Your type").
                said = f"{said}: {item.categorization.reason.split(':', 1)[0]}"
                reading = reading[1:]
            lines.append(
                _wrap(f"Your type: {_type_title(item.type)} (the categoriser said {said})", "       ", "     ")
            )
        lines += reading
    lines += ["", "Complaint weight per type:"]
    total = sum(tally.complaint_weight for tally in result.tallies)
    width = max(len(t.title) for t in ScalingType)
    for tally in result.tallies:
        which = " ".join(f"#{result.complaints[index].number}" for index in tally.complaints) or "none"
        effort = f"; effort: {tally.effort or 'not given (counts as some)'}" if result.investment_given else ""
        said = f"{tally.complaint_weight} of {total}, complaints: {which}{effort}"
        lines.append(_wrap(said, " " * (width + 4), f"  {tally.type.title:<{width}}  "))
    # Said, not dropped silently (a CLI review: "6 of 14 points" left an uncategorized complaint's weight unexplained).
    left_out = [item for item in result.complaints if item.type == UNCATEGORIZED]
    if left_out:
        points = sum(item.weight for item in left_out)
        which = " ".join(f"#{item.number}" for item in left_out)
        said = f"{points} left out of the count, complaints: {which}"
        lines.append(_wrap(said, " " * (width + 4), f"  {UNCATEGORIZED_TITLE:<{width}}  "))
    if not verdict:
        pass  # the recommendation's own under-invested verdict stands for both
    elif result.under_invested is None:
        # Said as the other verdict is, its reason on a "Why:" line (a CLI review: "Under-invested: none: no ...").
        lines += ["", "Under-invested: none", _wrap(f"{result.reason}.", "    ", "  Why: ")]
    else:
        why = result.reason.removeprefix(f"{result.under_invested.value}: ")
        lines += ["", f"Under-invested: {result.under_invested.title}", _wrap(f"{why}.", "    ", "  Why: ")]
        if not result.investment_given:
            lines.append(_wrap("Give last quarter's effort with --investment TYPE=LEVEL to weigh it in.", "    ", "  "))
    lines += [_wrap(flag.message[0].upper() + flag.message[1:] + ".", "  ", "Flag: ") for flag in result.effort_flags]
    if verdict and result.effort_check:  # inside a recommendation, its under-invested verdict says it
        lines.append(_wrap(result.effort_check, "  ", "Check: "))
    return "\n".join(lines) + "\n"


_WORDS_SHOWN = 8  # the unquoted words a note names, each cut by _short: a message names, it does not echo


def _stdin_complaints(given: list[str]) -> list[str]:
    """The complaints as given, or, for "-" alone, read from stdin, one a line (blank lines skipped): a CLI review found
    `triage -` categorising "-"."""
    if STDIN not in given:
        return given
    if len(given) > 1:
        raise TriageInputError(f'"{STDIN}" reads the complaints from stdin, one a line: give it alone')
    # At line breaks only, as "one a line" says (a CLI review: U+2028 and \\x1c split a complaint the page reads whole).
    text = _read_complaints_stdin("the complaints").replace("\r\n", "\n").replace("\r", "\n")
    lines = [line for line in text.split("\n") if line.strip()]
    if not lines:
        raise TriageInputError("no complaint on stdin: write one a line, the one that hurts most first")
    return lines


def _run_triage(args: argparse.Namespace) -> int:
    from_stdin = args.complaints == [STDIN]
    args.complaints = _stdin_complaints(args.complaints)
    single = [text for text in args.complaints if len(text.split()) == 1]
    if len(single) > 1 and not from_stdin:  # lines from stdin are complaints as written (a CLI review)
        # A CLI review: `triage p99 latency spikes at peak` was five complaints of one word each, said nowhere; and
        # `triage "deploys break prod" SSO missing` three, with "SSO" and "missing" apart (a second CLI review); one
        # word beside quoted complaints may be one ("flaky"). Said first, before an error that would count them.
        shown = [f'"{_short(text.strip())}"' for text in single[:_WORDS_SHOWN]]
        words = _visible(", ".join(shown + ["..."] * (len(single) > _WORDS_SHOWN)))
        _tell(
            f"note: each argument is one complaint ({len(args.complaints)} given; of one word: {words}); quote a "
            "complaint of several words\n"
        )
    overrides = _cli_overrides(args.override, len(args.complaints))
    result = triage(args.complaints, _cli_investment(args.investment), overrides)
    _write(_visible_json(dumps(result)) if args.json else _visible(_triage_text(result)))
    return 0


# ---------------------------------------------------------------------------------------------
# The command line
# ---------------------------------------------------------------------------------------------

#: The subcommands, by name. A new subcommand is one more entry here.
SUBCOMMANDS: dict[str, Subcommand] = {
    "questions": Subcommand("show the questionnaire", _configure_questions, _run_questions),
    "recommend": Subcommand("answer the questions and get a recommendation", _configure_recommend, _run_recommend),
    "categorize": Subcommand(
        "say which type of scaling one complaint points at, and why", _configure_categorize, _run_categorize
    ),
    "triage": Subcommand(
        "categorise up to five complaints and find the type under-invested in", _configure_triage, _run_triage
    ),
}


#: What to say of words left over after an option, by subcommand: a complaint's words after "--json" (a CLI review).
_STRAY_WORDS = {
    "categorize": "; quote the complaint as one argument, before or after the options",
    "triage": "; give the complaints together, before or after the options, each quoted",
    "recommend": "; quote each complaint after --complaint as one argument",
}


# An option of another subcommand, said where it was given: what a user means by it there (a CLI review: "recommend
# --investment technical=most" was refused with "unrecognized arguments" alone, beside docs that name both).
_MEANT_HERE = {
    ("triage", "--complaint"): "; triage takes the complaints themselves as arguments, each quoted",
    ("recommend", "--investment"): (
        "; recommend reads last quarter's effort from its answers (effort_technical, effort_process, effort_user, each "
        "none, some or most), in the --answers file or asked on a terminal"
    ),
}


def _owners(parser: argparse.ArgumentParser, option: str) -> list[str]:
    """The subcommands that take ``option``, in the order of SUBCOMMANDS."""
    # argparse keeps its subcommands' parsers and their options in fields of its own only.
    subcommands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return [name for name, sub in subcommands.choices.items() if option in sub._option_string_actions]


def _options(unknown: Sequence[str]) -> list[str]:
    """The long options among unknown arguments, without a value given with "="."""
    return [word.split("=", 1)[0] for word in unknown if word.startswith("--")]


def _taken_elsewhere(parser: argparse.ArgumentParser, unknown: Sequence[str], command: str) -> str:
    """Words for the first unknown option that another subcommand takes ("--investment is an option of triage"), and
    what the user means by it here where the command says it another way; "" if none."""
    for option in _options(unknown):
        owners = [name for name in _owners(parser, option) if name != command]
        if owners:
            meant = _MEANT_HERE.get((command, option), f", not of {command}")
            return f"; {option} is an option of {' and '.join(owners)}{meant}"
    return ""


def _meant_option(parser: argparse.ArgumentParser, unknown: Sequence[str]) -> str:
    """Words for the first unknown option close to a long one this parser takes ("--answer": did you mean
    --answers?), in any case and with one dash too ("--JSON", "-answers"); "" if none is close (CLI reviews)."""
    known = {option.lower(): option for option in parser._option_string_actions if option.startswith("--")}
    for word in unknown:
        if not word.startswith("-") or word == "-":
            continue
        name = word.split("=", 1)[0].lower()
        option = name if name.startswith("--") else f"-{name}"
        close = difflib.get_close_matches(option, list(known), n=1, cutoff=_CLOSE_ENOUGH)
        if close:
            meant = known[close[0]]
            # A value given to a flag that takes none ("--JSON=1": a CLI review) is said, not suggested again.
            flag = "=" in word and parser._option_string_actions[meant].nargs == 0
            return f"; did you mean {meant}{' (it takes no value)' if flag else ''}?"
    return ""


def _given_before(parser: argparse.ArgumentParser, unknown: Sequence[str]) -> str:
    """Words for the first unknown option the top level takes ("recommend --version"): it goes before the
    subcommand (a CLI review); "" if none."""
    option = next((word for word in _options(unknown) if word in parser._option_string_actions), None)
    return "" if option is None else f"; {option} goes before the subcommand ({PROG} {option})"


_CLOSE_ENOUGH = 0.75  # "--answer", "--jsn", "--markdwon" are close; "--bogus" and "--yaml" are not


def _taken_after(parser: argparse.ArgumentParser, unknown: Sequence[str], command: str | None) -> str:
    """Words for the first option given before the subcommand that a subcommand takes ("--json questions"): it goes
    after the subcommand (a CLI review: "unrecognized arguments: --json" alone); "" if none."""
    for option in _options(unknown):
        owners = _owners(parser, option)
        if owners and command is not None and command not in owners:
            return f"; {option} is an option of {' and '.join(owners)}, not of {command}"
        if owners:
            shown = [command] if command in owners else owners
            return f"; {option} goes after the subcommand ({', '.join(f'{name} {option}' for name in shown)})"
    return ""


class _Formatter(argparse.HelpFormatter):
    """argparse's help, with TEXT taken as nargs="*" (so that an unknown option is named before a missing TEXT is)
    shown as the required argument it is: "TEXT [TEXT ...]"."""

    def _format_args(self, action: argparse.Action, default_metavar: str) -> str:
        if action.metavar == "TEXT" and action.nargs == argparse.ZERO_OR_MORE:
            return "TEXT [TEXT ...]"
        return super()._format_args(action, default_metavar)


class _Parser(argparse.ArgumentParser):
    """argparse's parser, whose usage errors quote a long argument cut short (it would echo megabytes)."""

    def error(self, message: str) -> NoReturn:
        super().error(_visible(_short(message, 300)) + _error_hint(self, message))

    def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
        """--help and --version on stdout, written and flushed: argparse drops a failed write without a word (a CLI
        review: `--help` into a pipe already closed exited 0), here it ends the command with exit status 1."""
        if message and file is not None and file is sys.stdout:
            status = _guarded(lambda: _printed(message))
            if status:
                raise SystemExit(status)
            return
        super()._print_message(message, file)


# The subcommand given, as argparse quotes it (its list of choices is quoted otherwise on newer Pythons: read from the
# parser instead).
_INVALID_CHOICE = re.compile(r"invalid choice: '(?P<given>[^']*)'")
_EXPECTED_VALUE = re.compile(r"^argument (?P<option>--[\w-]+)(?:/[\w-]+)?: expected one argument$")


def _error_hint(parser: argparse.ArgumentParser, message: str) -> str:
    """What argparse's usage error leaves unsaid (a fourth CLI review): the subcommand meant by one misspelt
    ("categorise"), and how to give an option a value that starts with a dash ("--complaint=-slow")."""
    invalid = _INVALID_CHOICE.search(message)
    if invalid is not None:
        commands = [
            choice for action in parser._actions for choice in (action.choices or ()) if action.nargs == argparse.PARSER
        ]
        close = difflib.get_close_matches(invalid["given"].lower(), commands, n=1, cutoff=_CLOSE_ENOUGH)
        return f"; did you mean {close[0]}?" if close else ""
    expected = _EXPECTED_VALUE.search(message)
    if expected is not None:
        # Said whether a value is missing or starts with a dash (the parser does not tell them apart).
        return f"; give it after the option, and a value that starts with “-” as {expected['option']}=VALUE"
    return ""


EXIT_STATUSES = (
    "exit status: 0 done; 1 the result could not be written (stdout closed or full); 2 bad input, said in one line on "
    "stderr; 130 interrupted (Ctrl-C); 128+N ended by signal N"
)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, with one sub-parser for each entry of SUBCOMMANDS."""
    parser = _Parser(
        prog=PROG,
        description="Scale What? Which kind of scaling (technical, process, user) to invest in first.",
        # What a script may test (a fifth CLI review: --help did not list them).
        epilog=EXIT_STATUSES,
        allow_abbrev=False,
    )
    parser.add_argument(
        "--version", action="version", version=f"decision_engine {__version__} (rubric {RUBRIC_VERSION})"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, subcommand in SUBCOMMANDS.items():
        # No shortened options ("--answer", "--js"): a script could come to rely on a form no help names (a CLI review).
        sub = commands.add_parser(
            name, help=subcommand.help, description=subcommand.help, allow_abbrev=False, formatter_class=_Formatter
        )
        subcommand.configure(sub)
        # What a subcommand does not know is said with its own usage, not the top level's (a CLI review).
        sub.set_defaults(subparser=sub)
    return parser


def _is_text(argument: str) -> bool:
    """Whether an argument is Unicode text: undecodable bytes on the command line arrive as lone surrogates."""
    try:
        argument.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _as_passed(argument: str) -> str:
    """An argument that is not text, shown readably: the bytes the system passed (undecodable ones as \\xNN), or,
    for a lone surrogate that stands for no byte (an argument list given by a caller), the surrogate as \\uNNNN."""
    try:
        return argument.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return argument.encode("utf-8", "backslashreplace").decode("utf-8")


def _run(args: argparse.Namespace) -> int:
    """Run the subcommand; its errors as an exit status with a one-line message."""
    return _guarded(lambda: SUBCOMMANDS[args.command].run(args))


def _printed(text: str = "") -> int:
    """``text`` (what --help or --version says) written to stdout and flushed; with no text, what argparse printed
    is flushed: it prints to stderr when stdout is closed, which is this command's error (a CLI review: `--help >
    /dev/full` exited 0)."""
    _write(text)
    return 0


class _Signalled(KeyboardInterrupt):
    """A signal that stops the questions as Ctrl-C does (SIGTERM from `timeout` or a supervisor, SIGHUP when the
    terminal closes): the answers given so far are said (a fourth CLI review: they were lost), and the exit status is
    the signal's, 128 and its number."""

    def __init__(self, number: int) -> None:
        super().__init__(number)
        self.number = number


_STOPPING_SIGNALS = ("SIGTERM", "SIGHUP")  # by name: Windows has no SIGHUP


@contextlib.contextmanager
def _signals_stop_questions() -> Iterator[None]:
    """While the questions are asked, SIGTERM and SIGHUP raise ``_Signalled`` where the reader is."""

    def stop(number: int, _frame: object) -> None:
        raise _Signalled(number)

    saved: dict[int, object] = {}
    for name in _STOPPING_SIGNALS:
        number = getattr(signal, name, None)
        if isinstance(number, int):
            with contextlib.suppress(ValueError):  # not the main thread: left as they are
                saved[number] = signal.signal(number, stop)
    try:
        yield
    finally:
        for number, handler in saved.items():
            signal.signal(number, handler)  # type: ignore[arg-type]  # what signal.signal returned


def _guarded(action: Callable[[], int]) -> int:
    """The action's exit status, its errors as one with a one-line message."""
    try:
        return action()
    except BrokenPipeError:
        _silence_stdout()  # whoever read the result stopped reading (`| head`): nothing more to say
        return 1
    except _OutputError as exc:
        _silence_stdout()
        _tell(f"{PROG}: error: cannot write the result: {exc}\n")
        return 1
    except DecisionEngineError as exc:
        _tell(_visible(f"{PROG}: error: {exc}\n"))
        return 2
    except _Signalled as exc:
        return 128 + exc.number
    except KeyboardInterrupt:
        _tell("\n")
        return 130


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 the result could not be written, 2 bad input, 130
    interrupted)."""
    parser = build_parser()
    arguments = sys.argv[1:] if argv is None else list(argv)
    undecodable = next((argument for argument in arguments if not _is_text(argument)), None)
    if undecodable is not None:
        shown = _as_passed(undecodable)
        _tell(_visible(f"{PROG}: error: the argument '{_short(shown)}' is not valid UTF-8 text\n"))
        return 2
    _keep_unencodable()
    try:
        args, unknown = parser.parse_known_args(arguments)
    except SystemExit as done:
        if done.code == 0:  # --help or --version
            return _guarded(_printed)
        raise
    # What comes before the subcommand is the top level's to refuse (a diff review: "--bogus questions" was blamed on
    # questions), and what comes after it, the subcommand's, with its own usage.
    before = arguments[: arguments.index(args.command)] if args.command in arguments else arguments
    if unknown and (args.command is None or any(word in before for word in unknown)):
        stray = [word for word in unknown if word in before]
        words = _taken_after(parser, stray, args.command) or _meant_option(parser, stray)
        parser.error(f"unrecognized arguments: {' '.join(stray)}{words}")
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    if unknown:
        if any(word.startswith("-") for word in unknown):
            words = (
                _taken_elsewhere(parser, unknown, args.command)
                or _given_before(parser, unknown)
                or _meant_option(args.subparser, unknown)
            )
        elif args.command == "recommend" and any(len(word.split()) > 1 for word in unknown):
            words = "; give each complaint its own --complaint"  # quoted already (a CLI review: told to quote it)
        else:
            words = _STRAY_WORDS.get(args.command, "")
        args.subparser.error(f"unrecognized arguments: {' '.join(unknown)}{words}")
    if getattr(args, "text", None) == [] or getattr(args, "complaints", None) == []:
        # Piped in but not asked for (a fourth CLI review: `echo ... | triage` said only "TEXT required").
        piped = sys.stdin is not None and not sys.stdin.isatty()
        args.subparser.error(
            f"the following arguments are required: TEXT{'; “-” reads it from stdin' if piped else ''}"
        )
    return _run(args)
