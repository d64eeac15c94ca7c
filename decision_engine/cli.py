"""``python -m decision_engine``: the questionnaire and the recommendation on the command line.

Each subcommand is one entry in ``SUBCOMMANDS``: its help line, a function that adds its arguments, and a
function that runs it and returns the exit status. Exit 0 on success, 2 on bad input with a one-line
message on stderr (never a traceback).
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TextIO

from decision_engine import __version__
from decision_engine.engine import recommend
from decision_engine.errors import DecisionEngineError, UnreadableInputError
from decision_engine.guidance import GUIDANCE
from decision_engine.model import Question, Recommendation
from decision_engine.questions import QUESTIONS
from decision_engine.rules import RUBRIC_VERSION
from decision_engine.serialize import MAX_JSON_CHARS, dumps, parse_json, questionnaire

PROG = "python -m decision_engine"
WIDTH = 88


@dataclass(frozen=True)
class Subcommand:
    """One subcommand: its help line, how it adds its arguments, and what it runs."""

    help: str
    configure: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


def _wrap(text: str, indent: str = "", first: str | None = None) -> str:
    return textwrap.fill(
        text, WIDTH, initial_indent=indent if first is None else first, subsequent_indent=indent, break_on_hyphens=False
    )


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
        width = max(len(option.id) for option in question.options)
        lines.extend(f"    {option.id:<{width}}  {option.label}" for option in question.options)
        lines.append("")
    lines.append('Answers file: a JSON object {"question_id": "option_id", ...}; only failure_mode is required.')
    return "\n".join(lines) + "\n"


def _run_questions(args: argparse.Namespace) -> int:
    sys.stdout.write(dumps(questionnaire()) if args.json else _questions_text(QUESTIONS))
    return 0


# ---------------------------------------------------------------------------------------------
# recommend
# ---------------------------------------------------------------------------------------------


def _configure_recommend(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--answers",
        metavar="FILE",
        help='a JSON object {"question_id": "option_id"} in FILE, or on stdin with "-"; '
        "without it the questions are asked on the terminal",
    )
    parser.add_argument("--json", action="store_true", help="print the recommendation as JSON")


def _read_text(path: str) -> str:
    """The text of FILE, or of stdin for "-", up to one character over the limit (parse_json refuses it)."""
    try:
        if path == "-":
            return sys.stdin.read(MAX_JSON_CHARS + 1)
        with open(path, encoding="utf-8") as handle:
            return handle.read(MAX_JSON_CHARS + 1)
    except (OSError, UnicodeDecodeError) as exc:
        where = "stdin" if path == "-" else repr(path)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise UnreadableInputError(f"cannot read the answers from {where}: {reason}") from None


def _choose(question: Question, choice: str) -> str | None:
    """The option id a typed choice names: its number, its id or its label (any case)."""
    for number, option in enumerate(question.options, 1):
        if choice.casefold() in {str(number), option.id.casefold(), option.label.casefold()}:
            return option.id
    return None


class _InputEndedError(Exception):
    """The terminal's input ended (Ctrl-D) while a question was asked."""


def _ask(question: Question, position: str, stdin: TextIO, out: TextIO) -> str | None:
    """Ask one question until it gets a valid answer; None when skipped. Raises _InputEndedError at the end."""
    need = "" if question.required else " (optional: press Enter to skip)"
    out.write(f"\n{position} {question.prompt}{need}\n{_wrap(question.help, '    ')}\n")
    for number, option in enumerate(question.options, 1):
        out.write(f"  {number}. {option.label}\n")
    while True:
        out.write("> ")
        out.flush()
        line = stdin.readline()
        if not line:
            raise _InputEndedError
        choice = line.strip()
        if not choice and not question.required:
            return None
        option_id = _choose(question, choice)
        if option_id is not None:
            return option_id
        out.write(f"  Please type a number from 1 to {len(question.options)}.\n")


def _prompt_answers(stdin: TextIO, out: TextIO) -> dict[str, str]:
    """Ask every question on the terminal (prompts on stderr, so stdout stays the result)."""
    out.write("Scale What? Answer what you can; only the first question is required.\n")
    answers: dict[str, str] = {}
    try:
        for index, question in enumerate(QUESTIONS, 1):
            option_id = _ask(question, f"[{index}/{len(QUESTIONS)}]", stdin, out)
            if option_id is not None:
                answers[question.id] = option_id
    except _InputEndedError:
        pass  # the questions not reached stay unanswered
    out.write("\n")
    return answers


def _ranking_lines(rec: Recommendation) -> list[str]:
    width = max(len(ranked.type.title) for ranked in rec.ranking)
    return [
        f"  {place}. {ranked.type.title:<{width}}  {ranked.score:>3}" for place, ranked in enumerate(rec.ranking, 1)
    ]


def _rationale_lines(rec: Recommendation) -> list[str]:
    lines = []
    for item in rec.rationale:
        mark = f"{item.points:+d} {item.type.value}" if item.type is not None else "note"
        lines.append(_wrap(item.text, "    ", f"  - [{mark}] "))
    return lines


def _advice_lines(rec: Recommendation) -> list[str]:
    examples = {example.id: example.name for example in GUIDANCE[rec.lead].examples}
    lines = [
        "",
        _wrap(rec.trade_off.trade_off, "  ", "Trade-off: "),
        _wrap(rec.trade_off.keep_in_check, "  ", "Keep it in check: "),
    ]
    lines += ["", "First actions:"]
    lines += [_wrap(action.text, "    ", f"  - {examples[action.example]}: ") for action in rec.first_actions]
    lines += ["", "Watch in the types left for later:"]
    for watch in rec.watch:
        lines.append(f"  {watch.type.title}:")
        lines += [_wrap(mode, "      ", "    - ") for mode in watch.failure_modes]
    return lines


def _recommendation_text(rec: Recommendation) -> str:
    inferred = "" if rec.failure_mode.stated else " (inferred: you were not sure)"
    lines = [
        rec.headline,
        "",
        f"Lead: {rec.lead.title}  (confidence {rec.confidence.level}, {rec.confidence.score}/100)",
        f"Most expensive failure mode: {rec.failure_mode.label}{inferred}",
        "",
        "Ranking (evidence points):",
        *_ranking_lines(rec),
        "",
        "Sequence: " + " -> ".join(kind.title for kind in rec.sequence.order),
        *[_wrap(reason, "    ", "  - ") for reason in rec.sequence.reasons],
        "",
        "Why:",
        *_rationale_lines(rec),
        *_advice_lines(rec),
        "",
        _wrap(rec.under_invested.text if rec.under_invested else _no_under_invested(rec), "  ", "Under-invested: "),
        "",
        f"Confidence: {rec.confidence.score}/100 ({rec.confidence.level})",
        *[_wrap(reason.text, "    ", f"  {reason.points:+d}  ") for reason in rec.confidence.reasons],
        "",
        f"Rubric version {rec.rubric_version}.",
    ]
    return "\n".join(lines) + "\n"


def _no_under_invested(rec: Recommendation) -> str:
    if any(question_id.startswith("effort_") for question_id in rec.answers):
        return "none: no type has more evidence than the effort it got last quarter."
    return "not known: answer the effort questions to see it."


def _run_recommend(args: argparse.Namespace) -> int:
    if args.answers is not None:
        answers = parse_json(_read_text(args.answers), "the answers")
    elif sys.stdin.isatty():
        answers = _prompt_answers(sys.stdin, sys.stderr)
    else:
        raise UnreadableInputError(
            "no answers: pass --answers FILE (or --answers - to read them from stdin), or run on a terminal to be asked"
        )
    rec = recommend(answers)  # type: ignore[arg-type]  # validated inside: any JSON value is accepted
    sys.stdout.write(dumps(rec) if args.json else _recommendation_text(rec))
    return 0


# ---------------------------------------------------------------------------------------------
# The command line
# ---------------------------------------------------------------------------------------------

#: The subcommands, by name. A new subcommand is one more entry here.
SUBCOMMANDS: dict[str, Subcommand] = {
    "questions": Subcommand("show the questionnaire", _configure_questions, _run_questions),
    "recommend": Subcommand("answer the questions and get a recommendation", _configure_recommend, _run_recommend),
}


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, with one sub-parser for each entry of SUBCOMMANDS."""
    parser = argparse.ArgumentParser(
        prog=PROG, description="Scale What? Which kind of scaling (technical, process, user) to invest in first."
    )
    parser.add_argument(
        "--version", action="version", version=f"decision_engine {__version__} (rubric {RUBRIC_VERSION})"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, subcommand in SUBCOMMANDS.items():
        subcommand.configure(commands.add_parser(name, help=subcommand.help, description=subcommand.help))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 2 bad input, 130 interrupted)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        return SUBCOMMANDS[args.command].run(args)
    except DecisionEngineError as exc:
        sys.stderr.write(f"{PROG}: error: {exc}\n")
        return 2
    except KeyboardInterrupt:
        sys.stderr.write("\n")
        return 130
