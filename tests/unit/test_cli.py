"""python -m decision_engine: subprocess runs, in-process runs, and prompting on a pseudo-terminal."""

from __future__ import annotations

import argparse
import codecs
import contextlib
import datetime
import importlib
import io
import json
import os
import re
import runpy
import select
import signal
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from decision_engine import (
    MAX_COMPLAINT_CHARS,
    QUESTIONS,
    RUBRIC_VERSION,
    __version__,
    bridge,
    categorize,
    cli,
    dumps,
    recommend,
    report,
    triage,
)
from decision_engine.serialize import questionnaire
from decision_engine.session import recommend_state

FAILURE_OPTIONS = "outages, regressions, governance, not_sure"


def _run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "decision_engine", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=60,
    )


class _Terminal(io.StringIO):
    """Typed lines on a terminal: a text stream that says it is a TTY."""

    def isatty(self) -> bool:
        return True


# ---------------------------------------------------------------------------------------------
# In a subprocess: the commands as a user runs them
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("failure_mode", "lead"), [("outages", "technical"), ("regressions", "process"), ("governance", "user")]
)
def test_done_when_command_prints_the_lead(failure_mode: str, lead: str) -> None:
    """echo '{"failure_mode": ...}' | python -m decision_engine recommend --answers - --json names the lead."""
    answers = {"failure_mode": failure_mode}
    result = _run("recommend", "--answers", "-", "--json", stdin=json.dumps(answers) + "\n")
    assert (result.returncode, result.stderr) == (0, "")
    assert f'"lead": "{lead}"' in result.stdout
    assert result.stdout == dumps(recommend(answers))


def test_version_names_engine_and_rubric() -> None:
    """--version prints the engine and rubric versions and exits 0."""
    result = _run("--version")
    assert (result.returncode, result.stdout, result.stderr) == (
        0,
        f"decision_engine {__version__} (rubric {RUBRIC_VERSION})\n",
        "",
    )


def test_questions_json_is_the_questionnaire() -> None:
    """questions --json prints the questionnaire through the one serializer."""
    result = _run("questions", "--json")
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == dumps(questionnaire())
    assert [item["id"] for item in json.loads(result.stdout)] == [question.id for question in QUESTIONS]


def test_bad_answers_exit_2_with_one_line_on_stderr() -> None:
    """An unknown option: exit 2, nothing on stdout, one message line on stderr, no traceback."""
    result = _run("recommend", "--answers", "-", "--json", stdin='{"failure_mode": "fire"}')
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        "python -m decision_engine: error: unknown option 'fire' for question 'failure_mode'; "
        f"valid options: {FAILURE_OPTIONS}\n"
    )


def test_answers_on_stdin_that_are_not_utf8_are_refused_as_from_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """An attack review: stdin's own decoding let bytes that are not UTF-8 through, named as an unknown option; they
    are refused as a file's are, saying where."""
    sent = b'{"failure_mode": "\xff\xfe"}'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(sent), errors="surrogateescape"))
    assert cli.main(["recommend", "--answers", "-"]) == 2
    piped = capsys.readouterr()
    (tmp_path / "answers.json").write_bytes(sent)
    assert cli.main(["recommend", "--answers", str(tmp_path / "answers.json")]) == 2
    filed = capsys.readouterr()
    reason = (
        "'utf-8' codec can't decode byte 0xff in position 18: invalid start byte; it is not UTF-8 text: save it as "
        "UTF-8\n"
    )
    assert piped.out == filed.out == ""
    assert piped.err == f"python -m decision_engine: error: cannot read the answers from stdin: {reason}"
    assert filed.err.endswith(f"answers.json': {reason}")


def test_prompts_on_a_pseudo_terminal() -> None:
    """On a terminal, recommend asks each question, accepts numbers, ids or Enter, and prints the result."""
    controller, terminal = os.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "decision_engine", "recommend"],
        stdin=terminal,
        stdout=terminal,
        stderr=terminal,
        close_fds=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    os.close(terminal)
    # failure_mode: a wrong entry, then 2 (regressions); deals_blocked: yes; the follow-up (asked now) and adoption:
    # skipped; freq_outages: rarely (by id); the rest skipped with Enter.
    typed = ["9", "2", "yes", "", "", "rarely", "", "", "", "", "", ""]
    os.write(controller, "".join(line + "\n" for line in typed).encode())
    output = b""
    while True:
        ready, _, _ = select.select([controller], [], [], 60)
        if not ready:
            proc.kill()
            break
        try:
            chunk = os.read(controller, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        output += chunk
    os.close(controller)
    assert proc.wait(timeout=60) == 0
    text = output.decode("utf-8").replace("\r\n", "\n")
    assert "[1/10] What is the most expensive failure mode right now?\n" in text
    assert "  2. Regressions / firefighting\n" in text
    assert "is not one of its answers: type a number from 1 to 4, or an answer's words.\n" in text
    assert "[2/10] Are enterprise deals blocked on missing controls? (optional: press Enter to skip)\n" in text
    assert "[follow-up] Which costs you more right now: the failure you named, or the blocked deals?" in text
    assert "[3/10] Where is adoption heading?" in text
    assert "[10/10] Which kind of scaling work does your team reach for first?" in text
    expected = recommend({"failure_mode": "regressions", "deals_blocked": "yes", "freq_outages": "rarely"})
    assert expected.lead.value == "process"
    assert cli._recommendation_text(expected) in text


# ---------------------------------------------------------------------------------------------
# In process: the same code paths, measured by coverage
# ---------------------------------------------------------------------------------------------


def test_recommend_text_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Without --json, recommend prints the whole recommendation as readable text."""
    answers_file = tmp_path / "answers.json"
    answers_file.write_text('{"failure_mode": "outages", "deals_blocked": "yes", "effort_user": "none"}')
    assert cli.main(["recommend", "--answers", str(answers_file)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert out == EXPECTED_TEXT


EXPECTED_TEXT = """\
Invest in technical scaling first.
Confidence: conditional — look at what is open or pulls the other way, below, before you
commit.
  - You have not said which costs more: the failure you named or the blocked deals.

The sequence:
    1. Technical scaling leads: you named outages and latency as the most expensive
       failure. Enterprise deals are blocked too, and you have not said which costs
       more: if the blocked deals do, user scaling may need to lead.
    2. User scaling comes next: enterprise deals are blocked on missing controls.
    3. Process scaling comes last (0 points of evidence).

Evidence per type:
  Points from how often each pain hurts, blocked deals and where adoption is heading.
  The lead need not have the most points. The failure you named picks it, or the blocked
  deals do: when you said they cost more, or when you were not sure of the failure.
  Otherwise, how often each pain hurts picks it. Nor need second place: blocked deals or
  a product going upmarket put user scaling next, and where the blocked deals lead, the
  failure you named comes next.
    - Technical scaling: 0 points (leads: you named it)
    - User scaling: 2 points (2nd: deals are blocked)
    - Process scaling: 0 points (3rd)

What would change the lead:
  A different answer to one of these would change the lead:
    - If you answered “The blocked deals” to “Which costs you more right now: the
      failure you named, or the blocked deals?”, user scaling would lead.

Because you answered:
    - Enterprise deals are blocked on missing controls: strong evidence for user
      scaling. (+2 for user scaling)

The trade-off to watch:
  It can consume engineering time without changing the customer experience unless it is
  productised.
  Keep it in check: Tie each piece of work to a target customers feel (an SLO, a latency
  budget, a cost per customer) and stop when it is met; productise the gain: higher
  limits, faster exports, a status page.

First actions:
    - Pick the three user journeys that matter most (sign in, the core action, the one
      that earns money) and put their p99 latency and error rate on one dashboard.
    - Write a first SLO for one of them, even a rough one, so “too slow” has a
      definition.
    - Read the slow-query log and fix the top one or two with an index or a query
      change.
    - Audit your retries: every outbound call should have a timeout, a capped number of
      attempts and backoff with jitter.
    - Find the one piece of slow work inside a request (an export, an email, a webhook)
      and move it to a queue.
    - Put a price on the system: cost per customer, roughly, from last month's bill.

Watch for later:
    - User scaling: It hurts already: you said enterprise deals are blocked on missing
      controls. Left for later, it grows:
        - Enterprise deals stalled on security questionnaires and missing controls.
        - Support drowning in admin requests customers could handle themselves.
        - Adoption capped at the team that bought the product, with no safe way to roll
          it out further.
    - Process scaling:
        - Regressions in every release, and customers who stop trusting updates.
        - Firefighting that crowds out planned work.
        - Incidents handled differently each time, by whoever happens to be online.

Under-invested:
  User scaling is under-invested, going by your answers: it has 2 points of evidence and
  got “None” effort last quarter (it counts 0), the widest gap between evidence and
  effort of any type.
  User scaling is not the type that leads: you named outages and latency as the most
  expensive failure, and that points at technical scaling. As the exercise says, price
  both: technical scaling stays first unless what user scaling would fix costs you more.

Rubric version 4.
"""


@pytest.mark.parametrize(
    ("answers", "line"),
    [
        (
            {"failure_mode": "outages"},
            "Under-invested: Not known yet: categorise a complaint or answer the effort questions to see which type",
        ),
        (
            {"failure_mode": "outages", "effort_technical": "most"},
            "Under-invested: None stands out: no type whose effort is given has more evidence than the effort it got "
            "last quarter (technical scaling has 0 points of evidence and got “Most” effort, which counts 5).",
        ),
        (
            {"failure_mode": "not_sure"},
            "Confidence: tentative — you were not sure of the most expensive failure, so the lead comes from your",
        ),
    ],
    ids=["effort unanswered", "effort covers evidence", "not sure"],
)
def test_recommend_text_lines(
    answers: dict[str, str], line: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The text output says when under-invested is unknown or empty, and the confidence word with its meaning."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(answers)))
    assert cli.main(["recommend", "--answers", "-"]) == 0
    assert line in " ".join(capsys.readouterr().out.split())


def test_questions_text_lists_ids_and_labels(capsys: pytest.CaptureFixture[str]) -> None:
    """questions without --json prints each question id, prompt, help and option ids with labels."""
    assert cli.main(["questions"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(
        "failure_mode (required): What is the most expensive failure mode right now?\n"
        "    The one that costs you most this quarter: in revenue, customers, or the team's time.\n"
        "    Your answer decides which kind of scaling leads.\n"
        "    outages      Outages / latency\n"
        "    regressions  Regressions / firefighting\n"
        "    governance   Governance / trust / permissions\n"
        "    not_sure     Not sure\n"
        "\n"
        "deals_blocked (optional): Are enterprise deals blocked on missing controls?\n"
    )
    assert out.endswith(
        'Answers file: a JSON object {"question_id": "option_id", ...}; failure_mode is required.\n'
        "A question with 'asked when' is asked, and answered, only when its conditions hold.\n"
    )
    assert "    Asked when deals_blocked is yes and failure_mode is outages or regressions.\n" in out
    for question in QUESTIONS:
        assert f"\n{question.id} ({'required' if question.required else 'optional'}): " in f"\n{out}"


def test_prompting_in_process(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Typed answers by number, id and label; Enter skips an optional question; the input may end early."""
    typed = "nonsense\n\n2\nNO\n\nweekly or more\n"
    monkeypatch.setattr(sys, "stdin", _Terminal(typed))
    assert cli.main(["recommend", "--json"]) == 0
    out, err = capsys.readouterr()
    assert out == dumps(recommend({"failure_mode": "regressions", "deals_blocked": "no", "freq_outages": "weekly"}))
    # What was typed is named, and what is taken said (a CLI review: "Please type a number" said neither).
    assert "  “nonsense” is not one of its answers: type a number from 1 to 4, or an answer's words.\n" in err
    assert "  It needs an answer: type a number from 1 to 4, or an answer's words.\n" in err
    assert err.startswith("Scale What? Answer what you can; only the first question is required.\n\n[1/10] ")
    assert "[follow-up]" not in err  # not asked: deals are not blocked
    # A review: the numbers skipped 3 where the follow-up was not asked; the questions always asked are numbered.
    assert "\n[3/10] Where is adoption heading? (optional: press Enter to skip)\n" in err
    # Wrapped at 88 columns, the note kept whole on a line of its own.
    assert "[4/10] How often do outages or latency breaches hurt now?\n       (optional: press Enter to skip)\n" in err
    assert "[5/10]" in err
    assert "[6/10]" not in err  # the input ended during question 5
    # A review: the result came with no word that the questions after it had been skipped.
    assert "\nThe input ended at question 5 of 10: it and the ones after it are left unanswered.\n" in err


def test_prompting_that_ends_at_the_follow_up_says_so(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Input that ends at the follow-up question names it, not a number it does not have."""
    monkeypatch.setattr(sys, "stdin", _Terminal("1\nyes\n"))
    assert cli.main(["recommend", "--json"]) == 0
    out, err = capsys.readouterr()
    assert out == dumps(recommend({"failure_mode": "outages", "deals_blocked": "yes"}))
    assert "\n[follow-up] Which costs you more right now" in err
    assert "\n  1. The failure I named (Outages / latency)\n" in err  # which failure, as answered above
    assert "\nThe input ended at the follow-up question: it and the ones after it are left unanswered.\n" in err


def test_prompting_that_ends_before_the_deciding_answer_is_bad_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Input that ends before the deciding question is answered: exit 2 with the missing-answer message."""
    monkeypatch.setattr(sys, "stdin", _Terminal(""))
    assert cli.main(["recommend"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.endswith(
        "python -m decision_engine: error: the deciding question 'failure_mode' (What is the most expensive failure "
        f"mode right now?) has no answer; answer one of: {FAILURE_OPTIONS}\n"
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        # A fifth CLI review: the file was not named.
        (
            b"{",
            "the answers in {path} must be valid JSON: Expecting property name enclosed in double quotes (line 1, "
            "column 2)",
        ),
        (b"[]", "the answers must be an object mapping question ids to option ids, got an array"),
        (b"\xff\x7b", "cannot read the answers from {path}: 'utf-8' codec can't decode byte 0xff in position 0: "),
        # A CLI review: a Latin-1 "é" got Python's words alone.
        (
            '{"failure_mode": "caf\u00e9"}'.encode("latin-1"),
            "cannot read the answers from {path}: 'utf-8' codec can't decode byte 0xe9 in position 21: invalid "
            "continuation byte; it is not UTF-8 text: save it as UTF-8\n",
        ),
        # A CLI review: PowerShell's default file encoding was named only as an undecodable byte.
        ('{"failure_mode": "outages"}'.encode("utf-16"), "cannot read the answers from {path}: it is UTF-16 text"),
        (b"{}", "the deciding question 'failure_mode' (What is the most expensive failure mode right now?) has no "),
    ],
    ids=["invalid JSON", "not an object", "not UTF-8", "Latin-1", "UTF-16", "no deciding answer"],
)
def test_bad_answer_files_exit_2(
    content: bytes, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each bad answers file: exit 2, nothing on stdout, the message on stderr."""
    path = tmp_path / "answers.json"
    path.write_bytes(content)
    assert cli.main(["recommend", "--answers", str(path), "--json"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("python -m decision_engine: error: " + message.format(path=repr(str(path))))


def test_a_missing_answers_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file that does not exist: exit 2 and the OS reason."""
    missing = tmp_path / "nope.json"
    assert cli.main(["recommend", "--answers", str(missing)]) == 2
    assert capsys.readouterr().err == (
        f"python -m decision_engine: error: cannot read the answers from {str(missing)!r}: No such file or directory\n"
    )


def test_no_answers_and_no_terminal_exits_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """recommend with stdin not a terminal and no --answers says how to give answers."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert cli.main(["recommend"]) == 2
    assert capsys.readouterr().err == (
        "python -m decision_engine: error: no answers: pass --answers FILE (or --answers - to read them from stdin), "
        "or run on a terminal to be asked\n"
    )


def test_no_subcommand_prints_help_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    """Without a subcommand: the usage on stderr, exit 2."""
    assert cli.main([]) == 2
    assert capsys.readouterr().err.startswith("usage: python -m decision_engine [-h] [--version] COMMAND ...\n")


def test_an_unknown_option_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """argparse refuses an unknown flag with exit 2 and its usage message."""
    with pytest.raises(SystemExit) as exited:
        cli.main(["recommend", "--yaml"])
    assert exited.value.code == 2
    assert "error: unrecognized arguments: --yaml" in capsys.readouterr().err


def test_interrupt_exits_130(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Ctrl-C while prompting ends quietly with status 130, no traceback."""

    def interrupted(stdin: object, out: object) -> dict[str, str]:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "_prompt_answers", interrupted)
    monkeypatch.setattr(sys, "stdin", _Terminal(""))
    assert cli.main(["recommend"]) == 130
    assert capsys.readouterr() == ("", "\n")


class _InterruptedTerminal:
    """A terminal where the reader presses Ctrl-C once the typed lines run out."""

    def __init__(self, typed: str) -> None:
        self._lines = typed.splitlines(keepends=True)

    def isatty(self) -> bool:
        return True

    def readline(self) -> str:
        if not self._lines:
            raise KeyboardInterrupt
        return self._lines.pop(0)


def test_an_interrupt_keeps_the_answers_given(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Ctrl-C at the fourth question: status 130, no result, and the three answers given written out as the answers
    file that gives their result (a CLI review: they were dropped)."""
    monkeypatch.setattr(sys, "stdin", _InterruptedTerminal("2\nno\nupmarket\n"))
    assert cli.main(["recommend"]) == 130
    out, err = capsys.readouterr()
    assert out == ""
    kept = {"failure_mode": "regressions", "deals_blocked": "no", "adoption": "upmarket"}
    saved = (  # wrapped at 88 columns (a CLI review: it was 104 wide)
        "\nStopped at question 4 of 10. The answers given so far, to save as a file for `recommend\n--answers FILE`:\n"
    )
    assert err.endswith(saved + json.dumps(kept, indent=2) + "\n\n")
    path = tmp_path / "answers.json"
    path.write_text(err.partition(saved)[2])
    assert cli.main(["recommend", "--answers", str(path), "--json"]) == 0
    assert capsys.readouterr().out == dumps(recommend(kept))


def test_an_interrupt_at_the_first_question_says_nothing_of_answers(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ctrl-C before any answer: status 130 and no empty answers file shown."""
    monkeypatch.setattr(sys, "stdin", _InterruptedTerminal(""))
    assert cli.main(["recommend"]) == 130
    out, err = capsys.readouterr()
    assert out == ""
    assert "Stopped" not in err
    assert err.endswith("> \n")


def test_every_subcommand_in_the_table_is_on_the_command_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The parser offers exactly the subcommands registered in SUBCOMMANDS, each with its help line."""
    monkeypatch.setenv("COLUMNS", "200")  # each help line on one line
    with pytest.raises(SystemExit):
        cli.build_parser().parse_args(["--help"])
    help_text = capsys.readouterr().out
    for name, subcommand in cli.SUBCOMMANDS.items():
        assert re.search(rf"^    {name}\s", help_text, re.MULTILINE), name
        assert subcommand.help in help_text
    assert {"questions", "recommend", "categorize", "triage"} <= set(cli.SUBCOMMANDS)


def test_module_entry_point_runs_the_cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """python -m decision_engine (run here through runpy) exits with main()'s status."""
    monkeypatch.setattr(sys, "argv", ["decision_engine", "questions", "--json"])
    with pytest.raises(SystemExit) as exited:
        runpy.run_module("decision_engine", run_name="__main__")
    assert exited.value.code == 0
    assert capsys.readouterr().out == dumps(questionnaire())


def test_importing_the_entry_module_runs_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    """Importing decision_engine.__main__ (not running it) starts no command line."""
    sys.modules.pop("decision_engine.__main__", None)
    module = importlib.import_module("decision_engine.__main__")
    assert module.main is cli.main
    assert capsys.readouterr() == ("", "")


# What the command line says on stderr before the answers typed on a terminal, as JSON to save.
_TYPED_NOTE = "The answers given, to save as a file for `recommend --answers FILE`:\n"


def test_prompting_every_question(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """All eleven questions answered on the terminal (the follow-up asked) give the same result as from a file."""
    answers = {question.id: question.option_ids[0] for question in QUESTIONS}
    monkeypatch.setattr(sys, "stdin", _Terminal("".join(f"{option_id}\n" for option_id in answers.values())))
    assert cli.main(["recommend", "--json"]) == 0
    out, err = capsys.readouterr()
    assert out == dumps(recommend(answers))
    assert "[follow-up] Which costs you more right now" in err
    asked, said = err.split(_TYPED_NOTE, 1)
    assert asked.endswith("  4. Not sure\n> \n")
    assert json.loads(said) == answers  # said after the result, to save (a fifth CLI review)


def test_the_questions_wrap_to_the_terminal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A CLI review: a prompt and an answer ran past the terminal's width; each wraps under its own start now."""
    answers = {question.id: question.option_ids[0] for question in QUESTIONS}
    monkeypatch.setattr(sys, "stdin", _Terminal("".join(f"{option_id}\n" for option_id in answers.values())))
    monkeypatch.setattr(cli, "_width", lambda stream=None: 40)
    assert cli.main(["recommend", "--json"]) == 0
    err = capsys.readouterr().err
    questions = err.split("\n\n", 1)[1].split(_TYPED_NOTE)[0]  # the greeting is one line of its own
    assert max(len(line) for line in questions.splitlines()) <= 40
    # A long answer goes on under its text, not under its number.
    assert re.search(r"\n  \d\. [^\n]+\n     \S", questions)


def test_the_questions_take_the_width_of_the_terminal_they_are_asked_on(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A CLI review: with stdout a file ("recommend > result.txt") the questions, asked on stderr's terminal, were 88
    columns wide on a 40-column terminal. "(optional: press Enter to skip)" stays whole at 40 to 42 columns, where it
    was broken inside, on the follow-up's line or one of its own."""
    answers = {question.id: question.option_ids[0] for question in QUESTIONS}
    monkeypatch.setattr(sys, "stdin", _Terminal("".join(f"{option_id}\n" for option_id in answers.values())))
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setenv("COLUMNS", "40")
    assert cli.main(["recommend"]) == 0
    asked = terminal.getvalue().split(_TYPED_NOTE)[0]  # the answers said at the end, JSON to save, are not wrapped
    assert max(len(line) for line in asked.splitlines()) <= 40
    assert max(len(line) for line in capsys.readouterr().out.splitlines()) > 40  # the result, in a file: 88 wide
    follow_up = next(question for question in QUESTIONS if question.asked_when)
    for width in (40, 41, 42, 88):
        lines = cli._prompt_lines(follow_up, "[follow-up]", width).splitlines()
        assert max(len(line) for line in lines) <= width
        assert lines[-1].endswith("(optional: press Enter to skip)")


def test_triage_fits_a_40_column_terminal(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """A third CLI review: the type's line and the scores' were 46 and 45 columns wide on a 40-column terminal."""
    monkeypatch.setattr(cli, "_width", lambda stream=None: 40)
    assert (
        cli.main(["triage", "Checkout p99 doubled at every promotion", "Admins cannot set roles for contractors"]) == 0
    )
    assert max(len(line) for line in capsys.readouterr().out.splitlines()) <= 40
    # Escaped before it is wrapped: each [U+202E] added seven columns after the wrap.
    shown = "slow \u202e pages \u202e and \u202e more \u202e words \u202e here \u202e to wrap"
    assert cli.main(["triage", shown]) == 0
    assert max(len(line) for line in capsys.readouterr().out.splitlines()) <= 40
    # Characters two columns wide counted as two (a line of Chinese was 64 columns wide).
    chinese = "部署后数据库经常超时\uff0c结账页面加载很慢\uff0c客户抱怨很多次了\uff0c我们需要更多的服务器"
    assert cli.main(["triage", chinese]) == 0
    columns = [
        sum(1 + (unicodedata.east_asian_width(c) in "WF") for c in line)
        for line in capsys.readouterr().out.splitlines()
    ]
    assert max(columns) <= 40


@pytest.mark.parametrize("width", range(40, 46))
def test_a_long_word_of_wide_characters_is_cut_within_the_width(width: int) -> None:
    """A diff review: a long word of wide characters cut between a character and its second column came out one
    column over (41 at 40); emoji outside a hand-written table counted one column each."""
    for text in ("字" * 60, "🚀" * 30, "ab 字字字 " * 10):
        for indent in ("", "   ", "       "):
            wrapped = cli._wrap(text, indent, None, width)
            assert (
                max(sum(1 + (unicodedata.east_asian_width(c) in "WF") for c in line) for line in wrapped.split("\n"))
                <= width
            )
            assert wrapped.replace("\n", "").replace(" ", "") == text.replace(" ", "")  # nothing lost


def test_a_columns_value_that_is_no_number_is_passed_over(monkeypatch: pytest.MonkeyPatch) -> None:
    """A diff review: COLUMNS=² on a terminal raised ValueError ("²".isdigit() is true; int() refuses it)."""
    monkeypatch.setenv("COLUMNS", "\u00b2")
    assert cli._width(_Terminal()) == cli.WIDTH


def test_a_typed_answer_that_is_not_utf8_is_asked_again(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A CLI review: a byte that is not UTF-8, typed at a question, ended in a traceback and lost the answers typed
    before it. It is said, and the question asked again; three such lines in a row end the input, the answers kept."""

    class Unreadable:
        """A terminal's input whose lines given as None are not UTF-8."""

        def __init__(self, lines: list[str | None]) -> None:
            self.lines = lines

        def isatty(self) -> bool:
            return True

        def readline(self) -> str:
            line = self.lines.pop(0) if self.lines else ""
            if line is None:
                raise UnicodeDecodeError("utf-8", b"\xe9", 0, 1, "invalid continuation byte")
            return line

    monkeypatch.setattr(sys, "stdin", Unreadable(["2\n", None, "no\n"]))
    assert cli.main(["recommend", "--json"]) == 0
    out, err = capsys.readouterr()
    assert out == dumps(recommend({"failure_mode": "regressions", "deals_blocked": "no"}))
    assert "  That answer was not UTF-8 text, so it could not be read: type a number from 1 to 3.\n" in err
    monkeypatch.setattr(sys, "stdin", Unreadable(["2\n", None, None, None, "no\n"]))
    assert cli.main(["recommend", "--json"]) == 0
    out, err = capsys.readouterr()
    assert out == dumps(recommend({"failure_mode": "regressions"}))
    assert "The input ended at question 2 of 10: it and the ones after it are left unanswered." in err


def test_recommend_takes_complaints_and_overrides(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """--complaint and --override go to the one under-invested verdict; the complaints print after the result."""
    path = tmp_path / "answers.json"
    path.write_text('{"failure_mode": "outages"}')
    args = ["recommend", "--answers", str(path), "--complaint", "SSO please", "--complaint", "p99 spikes"]
    assert cli.main([*args, "--override", "2=process", "--json"]) == 0
    assert capsys.readouterr().out == dumps(
        recommend({"failure_mode": "outages"}, ["SSO please", "p99 spikes"], {1: "process"})
    )
    assert cli.main(args) == 0
    out = capsys.readouterr().out
    assert "Under-invested:\n  User scaling is under-invested, going by your complaints: complaint #1" in out
    assert "User scaling is not the type that leads: you named outages and latency as the most" in " ".join(out.split())
    assert "Complaints (the first weighs most):\n  #1 (weight 5) SSO please\n" in out
    assert out.count("under-invested") == 1
    assert cli.main([*args, "--override", "3=user"]) == 2
    assert "--override 3=user: N must be a complaint's number, 1 to 2" in capsys.readouterr().err


def test_a_follow_up_answer_when_not_asked_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """The follow-up answered while deals are not blocked: exit 2, with when it is asked."""
    path = tmp_path / "answers.json"
    path.write_text('{"failure_mode": "outages", "deals_blocked": "no", "costs_more": "blocked_deals"}')
    assert cli.main(["recommend", "--answers", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "is asked only when 'deals_blocked' is 'yes' and 'failure_mode' is 'outages' or 'regressions'" in err


# ---------------------------------------------------------------------------------------------
# categorize and triage: the complaint exercise
# ---------------------------------------------------------------------------------------------


def test_categorize_json_is_the_serializer_output() -> None:
    """categorize TEXT --json prints dumps(categorize(TEXT)) exactly: here a process complaint."""
    text = "deploys break prod every Friday"
    result = _run("categorize", text, "--json")
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == dumps(categorize(text))
    assert json.loads(result.stdout)["type"] == "process"


def test_triage_json_is_the_serializer_output() -> None:
    """triage TEXT... --investment TYPE=LEVEL --json prints dumps(triage(...)) exactly, with the under-invested type."""
    complaints = ["p99 latency spikes at peak", "enterprise customers want SSO and audit logs"]
    result = _run("triage", *complaints, "--investment", "technical=most", "--json")
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == dumps(triage(complaints, {"technical": "most"}))
    data = json.loads(result.stdout)
    assert ([item["type"] for item in data["complaints"]], data["under_invested"]) == (["technical", "user"], "user")


def test_an_empty_complaint_exits_2_without_a_traceback() -> None:
    """categorize "": exit 2, nothing on stdout, the engine's message on stderr."""
    result = _run("categorize", "", "--json")
    assert (result.returncode, result.stdout, result.stderr) == (
        2,
        "",
        "python -m decision_engine: error: the complaint is empty (''); write what hurts in a sentence, "
        "e.g. 'deploys break prod'\n",
    )


def test_triage_override_numbers_count_from_one(capsys: pytest.CaptureFixture[str]) -> None:
    """--override 2=user sets the second complaint's type: index 1 in the library; TYPE and LEVEL in any case."""
    complaints = ["p99 latency spikes at peak", "Morale is low after the reorg"]
    args = ["triage", *complaints, "--override", "2=User", "--investment", " Technical = MOST ", "--json"]
    assert cli.main(args) == 0
    out, err = capsys.readouterr()
    assert (out, err) == (dumps(triage(complaints, {"technical": "most"}, {1: "user"})), "")


def test_categorize_text_output(capsys: pytest.CaptureFixture[str]) -> None:
    """Without --json, categorize prints the type, confidence, second type, reason, scores and each cue."""
    assert cli.main(["categorize", "Deploys cause outages"]) == 0
    assert capsys.readouterr() == (CATEGORIZE_TEXT, "")


CATEGORIZE_TEXT = """\
Process scaling (confidence medium, 0.39); technical second
  Why: process: release trains ('Deploys'), quality gates (a change causing a failure
    'Deploys + outages'); technical second: reliability and capacity ('outages')
  Scores: technical 3, process 5, user 0
  +2 process   'Deploys': Release trains
  +3 technical 'outages': Reliability and capacity
  +3 process   a change causing a failure ('Deploys + outages'): Quality gates
"""


def test_categorize_text_for_an_uncategorized_complaint(capsys: pytest.CaptureFixture[str]) -> None:
    """A complaint with no cue prints "No category" (as the page and the report say it: a fourth CLI review) and how
    to fix it, never a guess."""
    assert cli.main(["categorize", "Morale is low after the reorg"]) == 0
    assert capsys.readouterr().out == (
        "No category: no cue matched: say what hurts in other words, or choose the type yourself.\n"
    )


def test_categorize_text_shows_the_reading(capsys: pytest.CaptureFixture[str]) -> None:
    """The text shows a misspelling read as a cue, a discounted clause, a stressed clause and the set-aside cues."""
    assert cli.main(["categorize", "SSO is fine, but the latancy at checkout is awful"]) == 0
    assert capsys.readouterr() == (READING_TEXT, "")


READING_TEXT = """\
Technical scaling (confidence medium, 0.50)
  Why: technical: performance and latency ('latancy \u2192 latency'); misspelt, counted 1
    less: latancy \u2192 latency; 'latancy \u2192 latency' in the clause that carries the
    complaint (+1 each); discounted: 'SSO is fine' ('SSO')
  Scores: technical 3, process 0, user 0
  +3 technical 'latancy' read as latency: Performance and latency (misspelt: counted 1
      less than its weight; +1 in the clause that carries the complaint ('but'))
  Set aside:
   0 user      'SSO': Admin controls and identity (discounted: 'SSO is fine')
"""


def test_categorize_text_shows_a_fallback_guess(capsys: pytest.CaptureFixture[str]) -> None:
    """A complaint with no cue that the fallback model reads is a guess at low confidence, and says so."""
    assert cli.main(["categorize", "Engineers keep pushing to master"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Process scaling (confidence low, 0.20, a guess by the fallback model)\n")
    assert "  Fallback: no cue counted; the model's n-grams lean to process, mostly in 'Engineers'" in out


def test_triage_text_output(capsys: pytest.CaptureFixture[str]) -> None:
    """Without --json, triage prints each complaint, overrides, weight per type, the under-invested type, flags."""
    args = ["triage", "p99 latency spikes at peak", "Morale is low after the reorg", "Deploys cause outages"]
    args += ["--override", "2=process", "--investment", "User = MOST", "--investment", "technical=none"]
    assert cli.main(args) == 0
    assert capsys.readouterr() == (TRIAGE_TEXT, "")


TRIAGE_TEXT = """\
Complaints (the first weighs most):
  #1 (weight 5) p99 latency spikes at peak
     Technical scaling (confidence high, 0.75)
       Why: technical: performance and latency ('p99', 'latency', 'spikes', 'peak')
       Scores: technical 9, process 0, user 0
       +3 technical 'p99': Performance and latency
       +3 technical 'latency': Performance and latency
       +1 technical 'spikes': Performance and latency
       +2 technical 'peak': Performance and latency
  #2 (weight 4) Morale is low after the reorg
     Your type: Process scaling (the categoriser said No category: no cue matched)
  #3 (weight 3) Deploys cause outages
     Process scaling (confidence medium, 0.39); technical second
       Why: process: release trains ('Deploys'), quality gates (a change causing a
         failure 'Deploys + outages'); technical second: reliability and capacity
         ('outages')
       Scores: technical 3, process 5, user 0
       +2 process   'Deploys': Release trains
       +3 technical 'outages': Reliability and capacity
       +3 process   a change causing a failure ('Deploys + outages'): Quality gates

Complaint weight per type:
  Technical scaling  5 of 12, complaints: #1; effort: none
  Process scaling    7 of 12, complaints: #2 #3; effort: not given (counts as some)
  User scaling       0 of 12, complaints: none; effort: most

Under-invested: Technical scaling
  Why: complaint #1 points at it, with 5 of your complaints' total weight of 12 (the
    first you wrote weighs most), and the effort it got last quarter was “None”.
Flag: Most of last quarter's effort went to user scaling, but none of these complaints
  is mainly about it.
"""


def test_triage_text_without_investment_or_types(capsys: pytest.CaptureFixture[str]) -> None:
    """Without effort, triage suggests giving it; with no typed complaint, it names no under-invested type."""
    assert cli.main(["triage", "p99 latency spikes at peak"]) == 0
    assert capsys.readouterr().out.endswith(
        "Complaint weight per type:\n"
        "  Technical scaling  5 of 5, complaints: #1\n"
        "  Process scaling    0 of 5, complaints: none\n"
        "  User scaling       0 of 5, complaints: none\n"
        "\n"
        "Under-invested: Technical scaling\n"
        "  Why: complaint #1 points at it, the only type your complaints point at. The effort it\n"
        "    got last quarter was not given, so this is the pain alone.\n"
        "  Give last quarter's effort with --investment TYPE=LEVEL to weigh it in.\n"
    )
    assert cli.main(["triage", "Morale is low after the reorg"]) == 0
    assert capsys.readouterr().out.endswith(
        "\nUnder-invested: none\n"
        "  Why: no complaint points at a type (each is uncategorized: no cue matched it, or its\n"
        "    type was set so): reword them or choose their types yourself.\n"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["categorize", "x" * 501], "the complaint is 501 characters long ('" + "x" * 40 + "'...); the limit is 500"),
        (["triage", "a b", "c d", "e f", "g h", "i j", "k l"], "give 1 to 5 complaints, got 6: keep the ones"),
        (["triage", "slow", " "], "complaint 2 is empty (' '); write what hurts in a sentence"),
        (["triage", "slow", "--override", "2"], "--override '2' is not N=TYPE, e.g. --override 2=process"),
        (["triage", "slow", "--override", "=user"], "--override '=user' is not N=TYPE, e.g. --override 2=process"),
        (["triage", "slow", "--override", "2=user"], "--override 2=user: N must be 1: there is only one complaint"),
        (["triage", "slow", "--override", "0=user"], "--override 0=user: N must be 1: there is only one complaint"),
        (["triage", "slow", "--override", "one=user"], "--override one=user: N must be 1: there is only one complaint"),
        # ASCII digits only, as in a share link (an attack review): an Arabic-Indic one is no complaint's number.
        (
            ["triage", "slow", "--override", "\u0661=user"],
            "--override \u0661=user: N must be 1: there is only one complaint",
        ),
        (
            ["triage", "slow", "--override", "1=users"],
            "--override 1=users: TYPE must be one of technical, process, user, uncategorized",
        ),
        (
            ["triage", "slow", "--override", "1=user", "--override", "01=process"],
            "--override sets complaint 1 twice; give each complaint one type",
        ),
        (
            ["triage", "slow", "--investment", "technical"],
            "--investment 'technical' is not TYPE=LEVEL, e.g. --investment technical=most",
        ),
        (
            ["triage", "slow", "--investment", "technical="],
            "--investment 'technical=' is not TYPE=LEVEL, e.g. --investment technical=most",
        ),
        (
            ["triage", "slow", "--investment", "infra=most"],
            "--investment infra=most: TYPE must be one of technical, process, user",
        ),
        (
            ["triage", "slow", "--investment", "user=lots"],
            "--investment user=lots: LEVEL must be one of none, some, most",
        ),
        (
            ["triage", "slow", "--investment", "user=none", "--investment", "User=most"],
            "--investment sets user twice; give each type one level",
        ),
    ],
    ids=[
        "complaint too long",
        "six complaints",
        "blank complaint",
        "override without =",
        "override without N",
        "override N too high",
        "override N zero",
        "override N a word",
        "override N not ASCII",
        "override unknown type",
        "override twice",
        "investment without =",
        "investment without level",
        "investment unknown type",
        "investment unknown level",
        "investment twice",
    ],
)
def test_bad_complaint_input_exits_2(args: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Each bad categorize or triage input: exit 2, nothing on stdout, one error line on stderr."""
    assert cli.main([*args, "--json"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(f"python -m decision_engine: error: {message}")
    assert err.count("\n") == 1


def test_triage_says_the_weight_it_leaves_out(capsys: pytest.CaptureFixture[str]) -> None:
    """A CLI review: "5 of 9" beside three complaints of weights 5, 4 and 3 left the third's 3 unexplained."""
    assert cli.main(["triage", "deploys break prod every week", "no SSO for the bank", "xyzzy plugh"]) == 0
    out = capsys.readouterr().out
    assert "Process scaling    5 of 9, complaints: #1\n" in out
    assert "No category        3 left out of the count, complaints: #3\n" in out


@pytest.mark.parametrize("command", ["categorize", "triage"])
@pytest.mark.parametrize("columns", ["60", "200"])
def test_text_is_shown_as_required_and_wrapped_by_argparse(
    command: str, columns: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """TEXT is taken as nargs="*" (an unknown option alone is named first), shown as the "+" it is; argparse wraps the
    usage to the terminal (a diff review: a usage written by hand was wrapped at 80 columns whatever the width)."""
    monkeypatch.setenv("COLUMNS", columns)
    assert cli.main([command, "--help"]) == 0
    usage = capsys.readouterr().out.split("\n\n")[0]
    reference = argparse.ArgumentParser(prog=f"{cli.PROG} {command}", allow_abbrev=False)
    subparser = cli.build_parser().parse_known_args([command])[0].subparser
    for action in subparser._actions[1:]:  # after its --help
        if action.dest in ("text", "complaints"):
            reference.add_argument(action.dest, metavar="TEXT", nargs="+")
        else:
            reference._add_action(action)
    assert usage == reference.format_usage().rstrip("\n")
    assert ("\n" in usage) == (columns == "60")


def test_triage_needs_a_complaint(capsys: pytest.CaptureFixture[str]) -> None:
    """triage without any complaint is a usage error: exit 2 and argparse's message."""
    with pytest.raises(SystemExit) as exited:
        cli.main(["triage", "--json"])
    assert exited.value.code == 2
    assert "error: the following arguments are required: TEXT" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("stdin", "message"),
    [
        # Python's json keeps the last of two keys: the first answer was dropped without a word (a review).
        ('{"failure_mode": "outages", "failure_mode": "governance"}', "must give each key once, and 'failure_mode'"),
        ("", "the answers in stdin must be valid JSON, and the text is empty"),
        ("  \n", "the answers in stdin must be valid JSON, and the text is empty"),
        ('{"failure_mode": null}', "must be an option id (a string), got null; valid options"),
        ('{"failure_mode": [true]}', "must be an option id (a string), got an array [true]; valid options"),
    ],
)
def test_answers_on_stdin_that_cannot_be_used_say_why(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], stdin: str, message: str
) -> None:
    """Duplicate keys, empty input and values of the wrong type each get their own message, exit 2."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    assert cli.main(["recommend", "--answers", "-"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert message in err


def test_an_override_without_complaints_says_what_is_missing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """--override with no --complaint said "N must be a complaint's number, 1 to 0" (a review)."""
    answers = tmp_path / "answers.json"
    answers.write_text('{"failure_mode": "outages"}')
    assert cli.main(["recommend", "--answers", str(answers), "--override", "1=user"]) == 2
    assert "--override sets the type of a complaint, and there is none: give them with --complaint" in (
        capsys.readouterr().err
    )


def test_an_unquoted_complaint_is_read_whole(capsys: pytest.CaptureFixture[str]) -> None:
    """The words of an unquoted complaint are one complaint (argparse refused all but the first word)."""
    assert cli.main(["categorize", "deploys", "break", "prod", "every", "Friday", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == json.loads(dumps(categorize("deploys break prod every Friday")))


def test_the_follow_up_takes_its_answer_as_shown(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "The failure I named" is shown with the failure named; typed as shown, or as written, it is that answer."""
    for typed in ("The failure I named (Regressions / firefighting)", "the failure i named"):
        monkeypatch.setattr(sys, "stdin", _Terminal(f"2\nyes\n{typed}\n"))
        assert cli.main(["recommend", "--json"]) == 0
        out, _ = capsys.readouterr()
        want = {"failure_mode": "regressions", "deals_blocked": "yes", "costs_more": "named_failure"}
        assert out == dumps(recommend(want))


def test_what_a_terminal_would_act_on_is_shown_not_sent(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An attack review: a complaint's escape sequences (a clear-screen, a hidden hyperlink) and a right-to-left
    override went to the terminal as they were. In text they are written as [U+XXXX], in JSON as \\uXXXX (a diff
    review: a C1 control and the override went out as they were there), in every error too."""
    complaint = "\x1b[2Jdeploys\x1b]8;;http://evil/\x07 break\u202e prod"
    assert cli.main(["triage", complaint]) == 0
    out = capsys.readouterr().out
    assert "#1 (weight 5) [U+001B][2Jdeploys[U+001B]]8;;http://evil/[U+0007] break[U+202E] prod" in out
    assert not re.search("[\x1b\x07\u202e]", out)
    assert cli.main(["categorize", complaint]) == 0
    assert not re.search("[\x1b\x07\u202e]", capsys.readouterr().out)
    assert cli.main(["triage", "--override", "9=\x1b[2J", "x"]) == 2
    assert "--override 9=[U+001B][2j:" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        cli.main(["triage", "--\x1b[2Jbogus", "x"])  # argparse's own error
    assert "--[U+001B][2Jbogus" in capsys.readouterr().err
    assert cli.main(["categorize", "--json", "slow \u202e \x9b x"]) == 0
    out = capsys.readouterr().out
    assert not re.search("[\x9b\u202e]", out)
    assert json.loads(out)["text"] == "slow \u202e \x9b x"
    # A later attack review: an argument that is not UTF-8 was quoted raw in its error; a line separator in a
    # complaint started a line of its own in the recommendation's text.
    assert cli.main(["categorize", "a\x1b[2J\udcff"]) == 2
    assert "a[U+001B][2J" in capsys.readouterr().err
    answers = tmp_path / "answers.json"
    answers.write_text('{"failure_mode": "outages"}', encoding="utf-8")
    for separator in ("\x85", "\u2028", "\x1e"):
        complaint = f"deploys break{separator}Under-invested: spoofed"
        assert cli.main(["recommend", "--answers", str(answers), "--complaint", complaint]) == 0
        shown = f"deploys break[U+{ord(separator):04X}]Under-invested: spoofed"
        assert [line for line in capsys.readouterr().out.splitlines() if "spoofed" in line] == [
            f"  #1 (weight 5) {shown}"
        ]


def test_triage_says_when_more_than_one_type_got_most_of_the_effort(capsys: pytest.CaptureFixture[str]) -> None:
    """As the questionnaire's verdict does (rules.UNDER_MOST_TWICE): one quarter's effort can go mostly to one type."""
    efforts = ["--investment", "technical=most", "--investment", "user=most"]
    assert cli.main(["triage", "deploys break prod weekly", *efforts]) == 0
    assert capsys.readouterr().out.endswith(
        "Check: You said technical scaling and user scaling each got most of last quarter's\n"
        "  effort: most of it could only have gone to one of them, so check those answers.\n"
    )
    assert cli.main(["triage", "deploys break prod weekly", "--investment", "user=most"]) == 0
    assert "Check:" not in capsys.readouterr().out


def test_triage_json_carries_the_check_the_text_prints(capsys: pytest.CaptureFixture[str]) -> None:
    """``triage --json`` had no field for the "Check:" line (noted at stop 48): the triage's ``effort_check``."""
    efforts = ["--investment", "technical=most", "--investment", "process=most", "--investment", "user=most"]
    assert cli.main(["triage", "deploys break prod weekly", *efforts, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["effort_check"] == (
        "You said technical scaling, process scaling and user scaling each got most of last quarter's effort: most of "
        "it could only have gone to one of them, so check those answers."
    )
    assert cli.main(["triage", "deploys break prod weekly", "--investment", "user=most", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["effort_check"] is None


def test_stdin_is_read_no_further_than_the_limit_needs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A diff review: the whole of stdin was read before the limit applied (an endless pipe never ended). Reading
    stops once the limit is passed, and a character split between two reads is decoded whole."""

    class Endless:
        reads = 0

        def read(self, size: int, /) -> bytes:
            Endless.reads += 1
            return b"y\n" * (size // 2)

    assert cli._read_utf8(Endless(), 10) == "y\n" * 5
    assert Endless.reads == 1
    monkeypatch.setattr(cli, "_STDIN_CHUNK", 1)  # one byte at a time: "é" and "€" each cut between reads
    assert cli._read_utf8(io.BytesIO("é€x".encode()), 5) == "é€x"


def test_stdin_ends_at_a_short_read_drops_a_byte_order_mark_and_names_an_error_where_it_is() -> None:
    """An attack review: on a terminal, Ctrl-D once gave the answers to a read shorter than asked, and the next read
    waited for a second one; a byte-order mark was refused; an error's place was counted in one read, not in stdin."""

    class Terminal:
        def __init__(self, typed: bytes) -> None:
            self.typed: bytes | None = typed

        def read(self, size: int, /) -> bytes:
            typed, self.typed = self.typed, None
            assert typed is not None, "read again after the end"
            return typed

    assert cli._read_utf8(Terminal(b'{"failure_mode": "outages"}\n'), 100) == '{"failure_mode": "outages"}\n'
    assert cli._read_utf8(Terminal(codecs.BOM_UTF8 + b"{}"), 100) == "{}"
    with pytest.raises(UnicodeDecodeError, match="position 70000"):
        cli._read_utf8(io.BytesIO(b" " * 70_000 + b"\xff"), 100_000)


# ---------------------------------------------------------------------------------------------
# A CLI review (2026-12-05): answers lost to a flag, output that could not be written, text that hides a character
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("flags", "message"),
    [
        (
            ["--complaint", "latency", "--override", "3=user"],
            "--override 3=user: N must be 1: there is only one complaint",
        ),
        (["--complaint", " "], "complaint 1 is empty"),
        (["--complaint", "x" * 501], "complaint 1 is 501 characters long"),
    ],
)
def test_complaints_and_overrides_are_checked_before_any_question_is_asked(
    flags: list[str], message: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ten answers typed on the terminal were lost to a bad --override or --complaint checked only after them."""
    monkeypatch.setattr(sys, "stdin", _Terminal("1\n" * 10))
    assert cli.main(["recommend", *flags]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "Scale What? Answer what you can" not in err, "no question was asked"
    assert message in err


_FULL_DISK = "python -m decision_engine: error: cannot write the result: No space left on device\n"


def _to_a_full_disk(arguments: list[str]) -> subprocess.CompletedProcess[str]:
    """The command line run with its output to /dev/full, whose every write fails as a full disk's does."""
    with open("/dev/full", "w", encoding="utf-8") as full:
        return subprocess.run(
            [sys.executable, "-m", "decision_engine", *arguments],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )


@pytest.mark.parametrize("arguments", [["--help"], ["--version"], ["recommend", "--help"]])
def test_help_that_cannot_be_written_is_said_too(arguments: list[str]) -> None:
    """A second CLI review: argparse dropped a failed write of --help or --version and exited 0."""
    done = _to_a_full_disk(arguments)
    assert (done.returncode, done.stderr) == (1, _FULL_DISK)


@pytest.mark.parametrize("arguments", [["--help"], ["--version"], ["recommend", "--help"]])
def test_help_into_a_closed_pipe_exits_1(arguments: list[str]) -> None:
    """A third CLI review: into a pipe whose reader had gone (`| head` done), --help and --version exited 0 (argparse
    drops the failed write); now 1, with nothing said, as a result into that pipe."""
    reader, writer = os.pipe()
    os.close(reader)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "decision_engine", *arguments],
            stdout=writer,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    finally:
        os.close(writer)
    assert (done.returncode, done.stderr) == (1, "")


def test_help_written_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--version"]) == 0
    assert capsys.readouterr().out == f"decision_engine {__version__} (rubric {RUBRIC_VERSION})\n"


def test_help_with_stdout_closed_is_an_error(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """With stdout closed, argparse prints the help to stderr: said as the failure it is, exit 1."""
    monkeypatch.setattr(sys, "stdout", None)
    assert cli.main(["--version"]) == 1
    assert capsys.readouterr().err.endswith("error: cannot write the result: standard output is closed\n")


def test_a_result_that_cannot_be_written_is_said_in_one_line() -> None:
    """A full disk and a closed stdout gave tracebacks; a reader that stops reading (`| head`) is no error to say."""
    done = _to_a_full_disk(["questions", "--json"])
    assert (done.returncode, done.stderr) == (1, _FULL_DISK)
    closed = subprocess.run(
        [sys.executable, "-m", "decision_engine", "questions"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        check=False,
    )
    assert closed.returncode == 0  # the null device takes it all
    shut = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, sys; os.close(1); sys.stdout = None; from decision_engine.cli import main; "
            "sys.exit(main(['questions']))",
        ],
        stderr=subprocess.PIPE,
        text=True,
        check=False,
    )
    assert (shut.returncode, shut.stderr) == (
        1,
        "python -m decision_engine: error: cannot write the result: standard output is closed\n",
    )
    piped = subprocess.Popen(
        [sys.executable, "-m", "decision_engine", "questions", "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert piped.stdout is not None
    assert piped.stderr is not None
    piped.stdout.close()  # the reader gone before a byte was read
    assert piped.wait(timeout=60) == 1
    assert piped.stderr.read() == b""


def test_a_terminal_that_is_not_utf8_gets_escapes_not_a_traceback() -> None:
    """An ASCII stdout (PYTHONIOENCODING=ascii): the text's dash was a UnicodeEncodeError; JSON escapes every
    character past ASCII, as JSON may."""
    answers = json.dumps({"failure_mode": "outages"})
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    text = subprocess.run(
        [sys.executable, "-m", "decision_engine", "recommend", "--answers", "-"],
        input=answers.encode(),
        capture_output=True,
        env=env,
        check=False,
    )
    assert text.returncode == 0, text.stderr
    assert b"Confidence: firm so far \\u2014 the answers" in text.stdout
    complaint = "p99 latency \u2014 \U0001f525 every day"
    js = subprocess.run(
        [sys.executable, "-m", "decision_engine", "categorize", "--json", complaint],
        capture_output=True,
        env=env,
        check=False,
    )
    assert js.returncode == 0, js.stderr
    assert js.stdout.isascii()
    assert json.loads(js.stdout)["text"] == complaint


def test_markdown_into_a_file_is_utf8_whatever_the_locale() -> None:
    """A fifth CLI review: with a Latin-1 stdout (a Windows code page's, redirected), the Markdown report held
    "\\u2014" and "\\u5355" where the complaint had a dash and Chinese, without a word. A file gets UTF-8, Markdown's
    encoding, with a note on stderr."""
    complaint = "SSO f\u00fcr Kunden \u2014 \u5355\u70b9\u767b\u5f55"
    written = subprocess.run(
        [
            sys.executable,
            "-m",
            "decision_engine",
            "recommend",
            "--answers",
            "-",
            "--complaint",
            complaint,
            "--markdown",
        ],
        input=json.dumps({"failure_mode": "outages"}).encode(),
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": "latin-1"},
        check=False,
    )
    assert written.returncode == 0, written.stderr
    assert complaint in written.stdout.decode("utf-8")
    assert b"\\u" not in written.stdout
    assert written.stderr.decode() == (
        "note: the Markdown is written in UTF-8, Markdown's encoding, not in the locale's iso8859-1\n"
    )


def test_invisible_characters_are_shown_and_read_as_part_of_their_word(capsys: pytest.CaptureFixture[str]) -> None:
    """ "lat\\u200bency spikes" looked like "latency" on screen and was read as "lat" (then "late")."""
    assert cli.main(["triage", "lat\u200bency spikes"]) == 0
    out = capsys.readouterr().out
    assert "#1 (weight 5) lat[U+200B]ency spikes" in out
    assert "'lat[U+200B]ency': Performance and latency" in out
    assert categorize("scal\u00adability is the bottleneck").type == "technical"
    # Tag characters, which no font shows, alike (a third CLI review: read as "lat", shown as nothing).
    assert cli.main(["triage", "lat\U000e0061ency spikes"]) == 0
    assert "'lat[U+E0061]ency': Performance and latency" in capsys.readouterr().out


class _FullStream(io.StringIO):
    """A stream on a full disk: every write fails."""

    def write(self, text: str, /) -> int:
        raise OSError(28, "No space left on device")


@pytest.mark.parametrize("stderr", [_FullStream(), None], ids=["full", "closed"])
def test_bad_input_exits_2_whatever_stderr_can_take(monkeypatch: pytest.MonkeyPatch, stderr: object) -> None:
    """A CLI review: `categorize "" 2>&-` exited 1, the status of a result that could not be written."""
    monkeypatch.setattr(sys, "stderr", stderr)
    assert cli.main(["categorize", ""]) == 2
    assert cli.main(["triage", "one", "two"]) == 0  # the note on one-word complaints is left unsaid


def test_a_lone_surrogate_in_a_download_is_shown_not_a_traceback(tmp_path: Path) -> None:
    """An attack review: a page's download whose complaint holds "\\ud800" (JSON allows it, and so does the page's
    share link) ended `recommend --answers` in a UnicodeEncodeError traceback on a UTF-8 stdout."""
    path = tmp_path / "download.json"
    state = {"answers": {"failure_mode": "outages"}, "complaints": ["Latency spikes \ud800 every day"], "overrides": {}}
    path.write_text(json.dumps({"version": 2, "rubric": RUBRIC_VERSION, "state": state, "previous": None}))
    shown = _run("recommend", "--answers", str(path))
    assert (shown.returncode, shown.stderr) == (0, "")
    assert "#1 (weight 5) Latency spikes [U+D800] every day" in shown.stdout
    as_json = _run("recommend", "--answers", str(path), "--json")
    assert json.loads(as_json.stdout)["exercise"]["complaints"][0]["text"] == "Latency spikes \ud800 every day"


def test_unquoted_words_given_to_triage_are_said_to_be_complaints_each(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["triage", "p99", "latency", "spikes"]) == 0
    assert capsys.readouterr().err == (
        'note: each argument is one complaint (3 given; of one word: "p99", "latency", "spikes"); quote a complaint '
        "of several words\n"
    )
    assert cli.main(["triage", "p99 latency spikes", "flaky"]) == 0
    assert capsys.readouterr().err == ""
    # A second CLI review: quoted complaints beside unquoted words were split without a word.
    assert cli.main(["triage", "deploys break prod", "SSO", "missing"]) == 0
    assert capsys.readouterr().err == (
        'note: each argument is one complaint (3 given; of one word: "SSO", "missing"); quote a complaint of several '
        "words\n"
    )


class _FailingOut(io.StringIO):
    """A stdout whose writes fail as ``error`` does, with no file descriptor."""

    def __init__(self, error: OSError) -> None:
        super().__init__()
        self.error = error

    def write(self, text: str) -> int:
        raise self.error


@pytest.mark.parametrize(
    ("out", "said"),
    [
        (_FailingOut(OSError(28, "No space left on device")), "cannot write the result: No space left on device\n"),
        (_FailingOut(OSError("no reason")), "cannot write the result: no reason\n"),
        (_FailingOut(BrokenPipeError(32, "Broken pipe")), ""),
        (None, "cannot write the result: standard output is closed\n"),
    ],
    ids=["full", "no strerror", "broken pipe", "closed"],
)
def test_each_failed_write_is_status_1(
    out: io.StringIO | None, said: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdout", out)
    assert cli.main(["categorize", "latency"]) == 1
    assert capsys.readouterr().err == (f"python -m decision_engine: error: {said}" if said else "")


def test_an_ascii_stdout_is_reconfigured_and_gets_json_escapes(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = io.BytesIO()
    ascii_out = io.TextIOWrapper(raw, encoding="ascii")
    monkeypatch.setattr(sys, "stdout", ascii_out)
    assert cli.main(["categorize", "--json", "latency \u2014 \U0001f525"]) == 0
    assert ascii_out.errors == "backslashreplace"
    shown = raw.getvalue().decode("ascii")
    assert json.loads(shown)["text"] == "latency \u2014 \U0001f525"
    assert "\\u2014" in shown
    assert "\\ud83d\\udd25" in shown


def test_the_quoting_note_comes_before_an_error_that_counts_the_words(capsys: pytest.CaptureFixture[str]) -> None:
    """A diff review: seven unquoted words were refused as seven complaints with no word about quoting."""
    assert cli.main(["triage", "p99", "latency", "spikes", "at", "peak", "every", "day"]) == 2
    assert capsys.readouterr().err == (
        'note: each argument is one complaint (7 given; of one word: "p99", "latency", "spikes", "at", "peak", '
        '"every", "day"); quote a complaint of several words\n'
        "python -m decision_engine: error: give 1 to 5 complaints, got 7: "
        "keep the ones that hurt most, the worst first\n"
    )


# ---------------------------------------------------------------------------------------------
# A CLI review (2026-12-05): a closed stdin, a repeated or shortened option, complaints quoted apart
# ---------------------------------------------------------------------------------------------


def test_a_closed_stdin_is_bad_input_not_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`recommend <&-` and `recommend --answers - <&-` raised AttributeError (exit 1)."""
    monkeypatch.setattr(sys, "stdin", None)
    assert cli.main(["recommend"]) == 2
    assert "error: no answers (standard input is closed): pass --answers FILE" in capsys.readouterr().err
    assert cli.main(["recommend", "--answers", "-"]) == 2
    assert capsys.readouterr().err == (
        "python -m decision_engine: error: cannot read the answers from stdin: standard input is closed\n"
    )


def test_questions_with_stderr_closed_or_full_end_as_bad_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A fourth CLI review: on a terminal, with stderr (where the questions are asked) closed or full, `recommend`
    ended in an AttributeError or an OSError: exit 2, as with no terminal, and nothing on stdout."""
    monkeypatch.setattr(sys, "stdin", _Terminal("1\n" * 12))
    monkeypatch.setattr(sys, "stderr", None)
    assert cli.main(["recommend"]) == 2
    full = open("/dev/full", "w", encoding="utf-8")  # noqa: SIM115 (its close fails too: what it holds cannot go)
    try:
        monkeypatch.setattr(sys, "stdin", _Terminal("1\n" * 12))
        monkeypatch.setattr(sys, "stderr", full)
        assert cli.main(["recommend"]) == 2
    finally:
        with contextlib.suppress(OSError):
            full.close()
    assert capsys.readouterr().out == ""


def test_answers_given_twice_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A second --answers silently replaced the first."""
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    first.write_text('{"failure_mode": "outages"}', encoding="utf-8")
    second.write_text('{"failure_mode": "governance"}', encoding="utf-8")
    with pytest.raises(SystemExit) as exited:
        cli.main(["recommend", "--answers", str(first), "--answers", str(second)])
    assert exited.value.code == 2
    assert "recommend: error: argument --answers: given twice: pass one file" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        # The top level's, with the top level's, before a subcommand too.
        (["--bogus"], "python -m decision_engine: error: unrecognized arguments: --bogus"),
        (["--bogus", "questions"], "python -m decision_engine: error: unrecognized arguments: --bogus"),
        # A subcommand's unknown option is said with its own usage.
        (["triage", "latency spikes", "--bogus"], "usage: python -m decision_engine triage "),
        # An unknown option alone is named, not "TEXT is required" (a CLI review).
        (["categorize", "--bogus"], "categorize: error: unrecognized arguments: --bogus\n"),
        (["triage", "--bogus"], "triage: error: unrecognized arguments: --bogus\n"),
        (["categorize", "--json"], "categorize: error: the following arguments are required: TEXT\n"),
        (["categorize"], "usage: python -m decision_engine categorize [-h] [--json] TEXT [TEXT ...]\n"),
        # No shortened options.
        (["recommend", "--answer", "x.json"], "recommend: error: unrecognized arguments: --answer x.json"),
        (["questions", "--js"], "questions: error: unrecognized arguments: --js"),
        # An option close to one the subcommand takes is named (a CLI review); not one that is far from any.
        (["recommend", "--answer", "x.json"], "--answer x.json; did you mean --answers?\n"),
        (["questions", "--jsn"], "--jsn; did you mean --json?\n"),
        (["recommend", "--markdwon"], "--markdwon; did you mean --markdown?\n"),
        # At the top level, in any case, with one dash; the top level's own option after a subcommand (a third review).
        (["--verison"], "unrecognized arguments: --verison; did you mean --version?\n"),
        (["recommend", "--JSON"], "--JSON; did you mean --json?\n"),
        # A value given to a flag that takes none is said (a fourth CLI review: "--JSON=1" was told "--json" alone).
        (["questions", "--JSON=1"], "--JSON=1; did you mean --json (it takes no value)?\n"),
        (["recommend", "--Answers=x.json"], "--Answers=x.json; did you mean --answers?\n"),
        (["recommend", "-answers", "x.json"], "-answers x.json; did you mean --answers?\n"),
        (["recommend", "--version"], "--version; --version goes before the subcommand (python -m decision_engine"),
        # Words after an option: quote the complaint, or give the complaints together; no such hint where none is taken.
        (["categorize", "latency", "--json", "spikes"], "spikes; quote the complaint as one argument, before or after"),
        (["triage", "a b c", "--json", "d e f"], "d e f; give the complaints together, before or after the options"),
        (["questions", "extra"], "questions: error: unrecognized arguments: extra\n"),
        # A misspelt subcommand, a value that starts with a dash (a fourth CLI review).
        (
            ["categorise", "p99"],
            "(choose from 'questions', 'recommend', 'categorize', 'triage'); did you mean categorize?",
        ),
        (["recommend", "--complaint", "-slow"], "expected one argument; give it after the option, and a value that "),
        (["recommend", "--complaint", "deploys", "break"], "break; quote each complaint after --complaint as one"),
        # Quoted already: what is missing is a second --complaint (a third CLI review).
        (["recommend", "--complaint", "slow pages", "SSO missing"], "SSO missing; give each complaint its own"),
        # Only what came before the subcommand is said by the top level (a review: it listed triage's words too).
        (
            ["--bogus", "triage", "a b", "--json", "c d"],
            "python -m decision_engine: error: unrecognized arguments: --bogus\n",
        ),
    ],
)
def test_usage_errors_name_the_subcommand(
    argv: list[str], said: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", _Terminal(""))  # nothing piped in
    with pytest.raises(SystemExit) as exited:
        cli.main(argv)
    assert exited.value.code == 2
    assert said in capsys.readouterr().err


def test_categorize_refuses_complaints_quoted_apart(capsys: pytest.CaptureFixture[str]) -> None:
    """Two quoted complaints were read as one, and the text output never shows the complaint; unquoted words are one."""
    assert cli.main(["categorize", "p99 latency spikes at peak", "enterprise customers want SSO"]) == 2
    assert "and got 2 arguments, 2 of them quoted with spaces: quote the whole" in capsys.readouterr().err
    # One quoted among unquoted words, or quoted with a tab, is said as such.
    assert cli.main(["categorize", "deploys", "break", "prod every Friday"]) == 2
    assert "and got 3 arguments, 1 of them quoted with spaces" in capsys.readouterr().err
    assert cli.main(["categorize", "deploys\tbreak", "prod"]) == 2
    capsys.readouterr()
    # A blank argument is no word: one quoted complaint beside it is read (a script's empty "$EXTRA").
    assert cli.main(["categorize", "p99 latency spikes at peak", ""]) == 0
    assert capsys.readouterr().out.startswith("Technical scaling")
    assert cli.main(["categorize", "p99", "latency", "spikes"]) == 0
    assert capsys.readouterr().out.startswith("Technical scaling")


_PAGE_STATE: dict[str, object] = {
    # A kept follow-up answer the page does not count, a complaint over the limit the page leaves out, an empty box.
    "answers": {"failure_mode": "outages", "deals_blocked": "no", "costs_more": "blocked_deals", "effort_user": "none"},
    "complaints": ["deploys break prod every Friday", "x" * 600, "", "no SSO for the big banks"],
    "overrides": {},
}


def _page_download(state: dict[str, object]) -> str:
    """The JSON download the page saves for ``state``, through the bridge the page calls."""
    request = {"command": "report", "payload": {"state": state, "format": "json"}}
    reply = json.loads(bridge.handle(json.dumps(request)))
    assert reply["ok"], reply
    return str(reply["result"])


def test_a_download_from_the_page_gives_the_pages_recommendation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A second CLI review: a download was refused as "unknown question id 'answers'", and the same answers and
    complaints given by hand were refused (a complaint over the limit, a kept answer) where the page gave a result.
    The download, or the page's state itself, gives the page's recommendation, byte for byte."""
    download = _page_download(_PAGE_STATE)
    saved = tmp_path / "scale-what.json"
    saved.write_text(download, encoding="utf-8")
    assert cli.main(["recommend", "--answers", str(saved), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == json.loads(download)["recommendation"]
    state = tmp_path / "state.json"
    state.write_text(json.dumps(_PAGE_STATE), encoding="utf-8")
    assert cli.main(["recommend", "--answers", str(state)]) == 0
    out = capsys.readouterr().out
    assert "Left out: complaint #2, over 500 characters" in " ".join(out.split())
    assert "#4 (weight 4) no SSO for the big banks" in out


def test_a_download_with_complaints_of_its_own_refuses_more(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    saved = tmp_path / "scale-what.json"
    saved.write_text(_page_download(_PAGE_STATE), encoding="utf-8")
    said = (
        "python -m decision_engine: error: the answers file is a download from the page (or its state), whose "
        "complaints and chosen types are read from it, as the page read them, even when it has none: leave out "
        "--complaint and --override, or pass the answers alone (the download's top-level “answers”, the ones its "
        "result counted)\n"
    )
    assert cli.main(["recommend", "--answers", str(saved), "--complaint", "search is slow"]) == 2
    assert capsys.readouterr().err == said
    # A diff review: an override beside a download was checked against the complaints given by hand (none).
    assert cli.main(["recommend", "--answers", str(saved), "--override", "1=user"]) == 2
    assert capsys.readouterr().err == said


def test_a_state_missing_a_field_is_said_to_be_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A diff review: a state without its complaints was refused as "unknown question id 'answers'"."""
    saved = tmp_path / "state.json"
    saved.write_text(json.dumps({"answers": {"failure_mode": "outages"}, "overrides": {}}), encoding="utf-8")
    # Said as what the object was taken for (a second CLI review: "the state lacks ..." of a file that names none).
    lacks = (
        "python -m decision_engine: error: an object with “answers” is read as the page's state, {answers, "
        'complaints, overrides}, and this one lacks “complaints”: add it ("complaints": [], "overrides": {}), or give '
        'the answers alone, as {"failure_mode": "outages"}\n'
    )
    assert cli.main(["recommend", "--answers", str(saved)]) == 2
    assert capsys.readouterr().err == lacks
    # A third: a state of null is a state, not answers; said as null (a second CLI review).
    saved.write_text(json.dumps({"state": None}), encoding="utf-8")
    assert cli.main(["recommend", "--answers", str(saved)]) == 2
    assert "the download's “state” is null" in capsys.readouterr().err
    # A download with its state removed (a second CLI review: "the state has an unknown field 'boxes'").
    saved.write_text(json.dumps({"answers": {"failure_mode": "outages"}, "meta": {}, "boxes": []}), encoding="utf-8")
    assert cli.main(["recommend", "--answers", str(saved)]) == 2
    assert "a download from the page without its “state”" in capsys.readouterr().err
    saved.write_text(json.dumps({"answers": {"failure_mode": "outages"}, "overrides": {}}), encoding="utf-8")
    # A second diff review: beside --complaint, the same file was said to hold complaints of its own.
    assert cli.main(["recommend", "--answers", str(saved), "--complaint", "deploys break prod"]) == 2
    assert capsys.readouterr().err == lacks


def test_a_download_of_long_complaints_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A diff review: a download over the 100,000 characters of an answers object was refused; the page keeps
    complaints of any length, and leaves out of the count those over the limit."""
    state: dict[str, object] = {
        "answers": {"failure_mode": "outages"},
        "complaints": ["deploys break prod", "x" * 150_000],
        "overrides": {},
    }
    saved = tmp_path / "scale-what.json"
    download = _page_download(state)
    assert len(download) > 150_000
    saved.write_text(download, encoding="utf-8")
    assert cli.main(["recommend", "--answers", str(saved), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == json.loads(download)["recommendation"]


def test_saved_answers_of_every_version_the_page_reads_give_its_recommendation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A CLI review: the page's saved answers of version 1 ({version, rubric, current, previous}), which the page
    still reads, were "unknown question id 'version'"; those of version 2 hold the state under "state"."""
    expected = dumps(recommend_state(_PAGE_STATE))
    for document in (
        {"version": 1, "rubric": RUBRIC_VERSION, "current": _PAGE_STATE, "previous": None},
        {"version": 2, "rubric": RUBRIC_VERSION, "state": _PAGE_STATE, "previous": None},
    ):
        path = tmp_path / "saved.json"
        path.write_text(json.dumps(document), encoding="utf-8")
        assert cli.main(["recommend", "--answers", str(path), "--json"]) == 0
        out, err = capsys.readouterr()
        assert out == expected
        assert err.startswith("note: the answer “The blocked deals”")  # its kept follow-up answer, and nothing else
        assert err.count("\n") == 1
        # The reader's own answers kept beside them are said, not read (a fourth CLI review).
        path.write_text(json.dumps({**document, "previous": {"answers": {}, "complaints": [], "overrides": {}}}))
        assert cli.main(["recommend", "--answers", str(path), "--json"]) == 0
        out, err = capsys.readouterr()
        assert out == expected
        assert "note: the saved answers also keep “previous” (your own answers" in err


def test_a_file_saved_under_another_rubric_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A CLI review: a download from an older rubric was read without a word, where the page names the rubric of a
    link made under another."""
    download = json.loads(_page_download(_PAGE_STATE))
    download["meta"]["rubric_version"] = "1"
    saved = {"version": 2, "rubric": "3", "state": _PAGE_STATE, "previous": None}
    note = "note: the answers file was saved under rubric version {}; this is rubric version " + RUBRIC_VERSION
    for document, rubric in ((download, "1"), (saved, "3")):
        path = tmp_path / "old.json"
        path.write_text(json.dumps(document), encoding="utf-8")
        assert cli.main(["recommend", "--answers", str(path), "--json"]) == 0
        out, err = capsys.readouterr()
        assert out == dumps(recommend_state(_PAGE_STATE))
        assert err.startswith(note.format(rubric))


def test_a_saved_recommendation_is_read_back(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A fifth CLI review: nothing the command line wrote could be read back (`recommend --json` saved and given to
    --answers was refused). Its answers, complaints and chosen types are read; the result is the same, byte for byte."""
    saved = recommend(
        {"failure_mode": "outages", "deals_blocked": "no"},
        ["SSO missing for the big accounts", "deploys break prod", "xyzzy"],
        {1: "technical", 2: "uncategorized"},
    )
    path = tmp_path / "result.json"
    path.write_text(dumps(saved), encoding="utf-8")
    assert cli.main(["recommend", "--answers", str(path), "--json"]) == 0
    out, err = capsys.readouterr()
    assert out == dumps(saved)
    assert err == (
        "note: read the saved recommendation's answers, complaints and chosen types; the rest is worked out again\n"
    )
    assert cli.main(["recommend", "--answers", str(path), "--markdown"]) == 0
    assert "deploys break prod" in capsys.readouterr().out


def test_a_saved_recommendation_that_cannot_be_given_again_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A diff review: a result that had left out a complaint for its length (its text is in no saved result) was read
    back as the same without a word, and one saved under another rubric without the rubric's note; a chosen type
    marked other than true or false was dropped."""
    state = {"answers": {"failure_mode": "outages"}, "complaints": ["Deploys", "x " * 300, "SSO"], "overrides": {}}
    saved = recommend_state(state)  # as the page reads it: the long complaint left out
    path = tmp_path / "result.json"
    path.write_text(dumps(saved), encoding="utf-8")
    assert cli.main(["recommend", "--answers", str(path), "--json"]) == 0
    out, err = capsys.readouterr()
    assert out != dumps(saved)
    assert "note: this result differs from the saved one" in err
    document = json.loads(dumps(recommend({"failure_mode": "outages"}, ["slow search"])))
    document["rubric_version"] = "0-old"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert cli.main(["recommend", "--answers", str(path)]) == 0
    assert "note: the answers file was saved under rubric version 0-old" in capsys.readouterr().err
    document["exercise"]["complaints"][0]["overridden"] = "yes"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert cli.main(["recommend", "--answers", str(path)]) == 2
    err = capsys.readouterr().err
    assert "complaint 1 has “overridden” a string, where `recommend --json` writes true or false" in err
    assert "note:" not in err  # said only of a file read


def test_a_saved_recommendation_keeps_its_own_complaints(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Complaints given beside a saved recommendation are refused (its own are read), as beside a download; a saved
    recommendation whose complaints are not as `recommend --json` writes them is refused, saying what is wrong."""
    path = tmp_path / "result.json"
    path.write_text(dumps(recommend({"failure_mode": "outages"}, ["slow search"])), encoding="utf-8")
    assert cli.main(["recommend", "--answers", str(path), "--complaint", "SSO"]) == 2
    assert "is a saved recommendation (`recommend --json`)" in capsys.readouterr().err
    document = json.loads(path.read_text(encoding="utf-8"))
    del document["exercise"]["complaints"][0]["text"]
    path.write_text(json.dumps(document), encoding="utf-8")
    assert cli.main(["recommend", "--answers", str(path)]) == 2
    assert "complaint 1 lacks its “text”, “number” or “type”" in capsys.readouterr().err
    document["answers"] = ["outages"]
    path.write_text(json.dumps(document), encoding="utf-8")
    assert cli.main(["recommend", "--answers", str(path)]) == 2
    assert "the saved recommendation's “answers” is a list, where it is an object" in capsys.readouterr().err


def test_a_file_refused_says_nothing_of_its_rubric(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A diff review: the note on another rubric came before the refusal of complaints given beside the file."""
    path = tmp_path / "old.json"
    path.write_text(json.dumps({"version": 1, "rubric": "3", "current": _PAGE_STATE, "previous": None}))
    assert cli.main(["recommend", "--answers", str(path), "--complaint", "slow search"]) == 2
    err = capsys.readouterr().err
    assert "note:" not in err
    assert err.startswith("python -m decision_engine: error: the answers file is a download from the page")


def test_a_complaint_from_stdin_for_a_dash() -> None:
    """A CLI review: `echo ... | categorize -` categorised "-" itself, and `triage -` listed "-" as complaint #1."""
    one = _run("categorize", "-", "--json", stdin="Our checkout API times out at lunch\n")
    assert one.returncode == 0, one.stderr
    assert json.loads(one.stdout)["text"] == "Our checkout API times out at lunch"
    several = _run("triage", "-", "--json", stdin="Checkout times out\n\nEnterprise buyers want SSO\n")
    assert several.returncode == 0, several.stderr
    assert [item["text"] for item in json.loads(several.stdout)["complaints"]] == [
        "Checkout times out",
        "Enterprise buyers want SSO",
    ]


@pytest.mark.parametrize(
    ("args", "stdin", "said"),
    [
        (("triage", "-", "flaky tests"), "", '"-" reads the complaints from stdin, one a line: give it alone'),
        (("triage", "-"), "\n  \n", "no complaint on stdin: write one a line"),
    ],
)
def test_a_dash_for_the_complaints_is_alone_and_names_what_is_missing(
    args: tuple[str, ...], stdin: str, said: str
) -> None:
    result = _run(*args, stdin=stdin)
    assert result.returncode == 2
    assert said in result.stderr


def test_a_files_overrides_are_said_by_complaint_number(tmp_path: Path) -> None:
    """A CLI review: a page state's override "1" (a 0-based box) retyped complaint #2 without a word."""
    state = {
        "answers": {"failure_mode": "outages"},
        "complaints": ["slow pages", "SSO needed"],
        "overrides": {"1": "process"},
    }
    path = tmp_path / "state.json"
    path.write_text(json.dumps(state), encoding="utf-8")
    result = _run("recommend", "--answers", str(path))
    assert result.returncode == 0, result.stderr
    assert (
        'note: the file\'s overrides count its boxes from 0, as the page saves them ("1" is complaint #2)'
        in result.stderr
    )


def test_a_tie_is_said_as_one_in_the_headline() -> None:
    """A diff review: the headline said "user second" above "user ties with it"."""
    result = _run("categorize", "Flaky tests and missing audit logs.")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "Process scaling (confidence low, 0.25); tied with user"
    assert "second" not in result.stdout.splitlines()[0]
    three = _run("categorize", "Flaky tests, audit logs, caching.")
    assert three.stdout.splitlines()[0] == "Technical scaling (confidence low, 0.17); tied with process and user"


def test_several_lines_on_stdin_to_categorize_are_said_to_be_one_complaint() -> None:
    """A CLI review: `printf 'a\\nb\\n' | categorize -` merged the lines without a word."""
    result = _run("categorize", "-", stdin="deploys break prod\nlatency is bad\n")
    assert result.returncode == 0, result.stderr
    assert (
        result.stderr == "note: the 2 lines on stdin are read as one complaint; triage - reads one complaint a line\n"
    )
    assert _run("categorize", "-", stdin="deploys break prod\n").stderr == ""


def test_an_overridden_uncategorized_complaint_drops_the_advice_it_took(capsys: pytest.CaptureFixture[str]) -> None:
    """A CLI review: "... or choose the type yourself" stood under "Your type: User scaling"."""
    assert cli.main(["triage", "The database falls over", "xyzzy plugh", "--override", "2=user"]) == 0
    out = capsys.readouterr().out
    assert "     Your type: User scaling (the categoriser said No category: no cue matched)\n" in out
    assert "choose the type yourself" not in out


def test_an_answer_edited_in_a_downloads_shown_copy_alone_is_refused_by_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A CLI review: a download's "answers" (shown first, where a user edits) was ignored for its "state" without a
    word. The same answers in both are read; a shown answer that differs is refused, naming it and both values."""
    document = json.loads(_page_download(_PAGE_STATE))
    document["answers"]["failure_mode"] = "regressions"
    saved = tmp_path / "edited.json"
    saved.write_text(json.dumps(document), encoding="utf-8")
    assert cli.main(["recommend", "--answers", str(saved)]) == 2
    err = capsys.readouterr().err
    assert 'failure_mode: "regressions" in “answers”, "outages" in “state”' in err
    assert "the answers are read from “state”" in err
    # Both shown copies edited alike (a second CLI review: read without a word, as if "state" had been edited alone,
    # which cannot be told from it): refused the same.
    document["recommendation"]["answers"]["failure_mode"] = "regressions"
    saved.write_text(json.dumps(document), encoding="utf-8")
    assert cli.main(["recommend", "--answers", str(saved)]) == 2
    assert 'failure_mode: "regressions" in “answers”, "outages" in “state”' in capsys.readouterr().err
    document["state"]["answers"]["failure_mode"] = "regressions"  # changed in all: read
    saved.write_text(json.dumps(document), encoding="utf-8")
    assert cli.main(["recommend", "--answers", str(saved), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["lead"] == "process"
    # Changed under "state", with the shown copies removed as the message says: read.
    document["state"]["answers"]["failure_mode"] = "governance"
    del document["answers"], document["recommendation"]
    saved.write_text(json.dumps(document), encoding="utf-8")
    assert cli.main(["recommend", "--answers", str(saved), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["lead"] == "user"
    # An answer removed from the shown copy alone is an edit too.
    document = json.loads(_page_download(_PAGE_STATE))
    del document["answers"]["effort_user"]
    saved.write_text(json.dumps(document), encoding="utf-8")
    assert cli.main(["recommend", "--answers", str(saved)]) == 2
    assert 'effort_user: not answered in “answers”, "none" in “state”' in capsys.readouterr().err
    # A third CLI review: "recommendation" edited alone, and an answer removed from both shown copies, were read
    # without a word; and "answers": null was passed over.
    document = json.loads(_page_download(_PAGE_STATE))
    document["recommendation"]["answers"]["failure_mode"] = "regressions"
    saved.write_text(json.dumps(document), encoding="utf-8")
    assert cli.main(["recommend", "--answers", str(saved)]) == 2
    err = " ".join(capsys.readouterr().err.split())
    assert 'failure_mode: "regressions" in “recommendation.answers”, "outages" in “state”' in err
    assert "or remove “answers” and “recommendation”" in err
    document = json.loads(_page_download(_PAGE_STATE))
    del document["answers"]["effort_user"], document["recommendation"]["answers"]["effort_user"]
    saved.write_text(json.dumps(document), encoding="utf-8")
    assert cli.main(["recommend", "--answers", str(saved)]) == 2
    assert 'effort_user: not answered in “answers”, "none" in “state”' in capsys.readouterr().err
    document["answers"] = None
    saved.write_text(json.dumps(document), encoding="utf-8")
    assert cli.main(["recommend", "--answers", str(saved)]) == 2
    assert "the download's “answers” is null, where the page writes" in capsys.readouterr().err
    document["answers"], document["recommendation"]["answers"] = document["state"]["answers"], []  # a diff review
    saved.write_text(json.dumps(document), encoding="utf-8")
    assert cli.main(["recommend", "--answers", str(saved)]) == 2
    assert "the download's “recommendation.answers” is a list, where the page writes" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("saved", "said"),
    [
        ({"version": 1, "current": None}, "the page's saved answers hold none (their “current” is null)"),
        ({"version": 2, "current": {}}, "saved answers of version 2, with “current”, which only version 1 had"),
    ],
)
def test_saved_answers_that_hold_none_or_are_of_another_version_are_said_as_such(
    saved: dict[str, object], said: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A third CLI review: "the state lacks the field 'answers'" and "unknown question id 'version'" named neither."""
    path = tmp_path / "saved.json"
    path.write_text(json.dumps(saved), encoding="utf-8")
    assert cli.main(["recommend", "--answers", str(path)]) == 2
    assert said in " ".join(capsys.readouterr().err.split())


def test_categorize_counts_lines_on_stdin_as_triage_reads_them(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A third CLI review: a U+2028 counted as a line break in the note, where triage - reads one complaint."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("slow pages\u2028deploys break".encode()), "utf-8"))
    assert cli.main(["categorize", "-"]) == 0
    assert "lines on stdin" not in capsys.readouterr().err


def test_a_kept_follow_up_answer_is_said_on_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A CLI review: a follow-up answer the page kept but did not count was left out without a word, where the page
    and the Markdown say so. The note says it in the Markdown's words, for text and JSON alike."""
    state = tmp_path / "state.json"
    state.write_text(json.dumps(_PAGE_STATE), encoding="utf-8")
    for json_flag in ([], ["--json"]):
        assert cli.main(["recommend", "--answers", str(state), *json_flag]) == 0
        err = " ".join(capsys.readouterr().err.split())
        assert "note: the answer “The blocked deals” to “Which costs you more right now" in err
        assert "is kept, but not counted: the questionnaire asks it again when" in err


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (
            ("recommend", "--investment", "technical=most"),
            "--investment is an option of triage; recommend reads last quarter's effort from its answers",
        ),
        (("categorize", "--investment", "x", "slow"), "--investment is an option of triage, not of categorize"),
        (("--json", "questions"), "--json goes after the subcommand (questions --json)"),
        # A second CLI review: these said "unrecognized arguments", or pointed elsewhere, without the why.
        (("triage", "--complaint", "a b"), "triage takes the complaints themselves as arguments, each quoted"),
        (("--investment", "questions"), "--investment is an option of triage, not of questions"),
    ],
)
def test_an_option_of_another_place_says_where_it_belongs(args: tuple[str, ...], said: str) -> None:
    """A CLI review: "recommend --investment" and "--json" before the subcommand were "unrecognized arguments" alone;
    a second, more options of other places."""
    result = _run(*args)
    assert result.returncode == 2
    assert said in " ".join(result.stderr.split())


def test_recommend_prints_the_pages_markdown_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A CLI review: the page downloads a Markdown report, the command line had none. --markdown prints the page's
    report for a file's state (its kept answer and its over-long complaint as the page shows them), and for answers and
    complaints given; it is refused beside --json."""
    state = tmp_path / "state.json"
    state.write_text(json.dumps(_PAGE_STATE), encoding="utf-8")
    assert cli.main(["recommend", "--answers", str(state), "--markdown"]) == 0
    out = capsys.readouterr().out
    assert out == report.export_markdown(report.state_report(_PAGE_STATE))  # the page's own report, dated today
    assert out.startswith(f"# Scale What? recommendation\n\nMade on {report.today()} with the Scale What? decision")
    assert "**The blocked deals** (kept, but not counted" in out
    assert "## Your answers" in out
    assert "deploys break prod every Friday" in out  # the state's complaints, as written
    assert "over 500 characters" in out
    result = _run(
        "recommend",
        "--answers",
        "-",
        "--complaint",
        "SSO for the big banks",
        "--markdown",
        stdin='{"failure_mode": "outages"}',
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("# Scale What? recommendation\n")
    assert "SSO for the big banks" in result.stdout
    both = _run("recommend", "--answers", "-", "--json", "--markdown", stdin='{"failure_mode": "outages"}')
    assert both.returncode == 2
    assert "not allowed with argument --json" in both.stderr


@pytest.mark.parametrize("command", [["questions"], ["triage", "p99 latency spikes at peak every evening", "SSO"]])
def test_a_narrow_terminal_narrows_the_text(command: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """A CLI review: the text was 88 columns wide whatever the terminal (COLUMNS=40 narrowed --help only), and two lines
    of `questions` were wider. On a terminal the prose takes its width (not under 40); in a pipe it keeps 88."""
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stdout", terminal)
    monkeypatch.setenv("COLUMNS", "50")
    assert cli.main(command) == 0
    prose = [line for line in terminal.getvalue().splitlines() if not line.startswith("    ") or " " in line.strip()]
    assert max(len(line) for line in prose) <= 50, max(prose, key=len)
    piped = io.StringIO()
    monkeypatch.setattr(sys, "stdout", piped)
    assert cli.main(command) == 0
    assert max(len(line) for line in piped.getvalue().splitlines()) <= cli.WIDTH
    assert max(len(line) for line in piped.getvalue().splitlines()) > 50


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("categorize", "-", "extra"), '"-" reads the complaint from stdin: give it alone'),
        (("recommend", "--answers", "-", "--complaint", "-"), '--complaint "-": give each complaint as text'),
    ],
)
def test_a_dash_beside_words_or_as_a_complaint_is_refused(args: tuple[str, ...], said: str) -> None:
    """A CLI review: "categorize - extra" categorised "- extra", and "--complaint -" weighed "-" as complaint #1."""
    result = _run(*args, stdin='{"failure_mode": "outages"}')
    assert result.returncode == 2, result.stdout
    assert said in result.stderr


def test_markdown_and_json_keep_what_no_terminal_acts_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A second CLI review: a joiner inside an emoji and a soft hyphen were written as [U+200D] in --markdown and as
    \\u200d in --json, where the page writes them as they are. A direction override is still escaped in JSON, and
    removed from the Markdown (the report's own rule)."""
    state = {
        "answers": {"failure_mode": "outages"},
        "complaints": ["deploys break prod \U0001f469\u200d\U0001f4bb every Fri\u00adday", "SSO \u202e please"],
        "overrides": {},
    }
    path = tmp_path / "state.json"
    path.write_text(json.dumps(state), encoding="utf-8")
    assert cli.main(["recommend", "--answers", str(path), "--markdown"]) == 0
    out = capsys.readouterr().out
    assert out == report.export_markdown(report.state_report(state))
    assert "\U0001f469\u200d\U0001f4bb every Fri\u00adday" in out
    assert "\u202e" not in out
    assert cli.main(["recommend", "--answers", str(path), "--json"]) == 0
    out = capsys.readouterr().out
    assert "\U0001f469\u200d\U0001f4bb" in out
    assert "\u202e" not in out
    assert "\\u202e" in out


def test_complaints_on_stdin_are_lines_and_no_arguments(monkeypatch: pytest.MonkeyPatch) -> None:
    """A second CLI review: `triage -` cut a complaint at U+2028 (the page reads it whole), and its note spoke of
    arguments to quote."""
    result = _run("triage", "-", "--json", stdin="latency at peak\u2028Acme wants SSO\nflaky\nslow\n")
    assert result.returncode == 0, result.stderr
    assert [item["text"] for item in json.loads(result.stdout)["complaints"]] == [
        "latency at peak\u2028Acme wants SSO",
        "flaky",
        "slow",
    ]
    assert result.stderr == ""


def test_a_type_chosen_for_a_box_that_is_not_read_is_said_to_change_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A second CLI review: a state's type for an empty box, or for one over the limit, was dropped without a word."""
    state = {
        "answers": {"failure_mode": "outages"},
        "complaints": ["slow pages", "", "x" * 600, "SSO"],
        "overrides": {"1": "user", "2": "process", "3": "user"},
    }
    path = tmp_path / "state.json"
    path.write_text(json.dumps(state), encoding="utf-8")
    assert cli.main(["recommend", "--answers", str(path)]) == 0
    err = capsys.readouterr().err
    assert 'note: the type the file chooses for complaint #2 ("1") changes nothing: its box is empty' in err
    assert 'complaint #3 ("2") changes nothing: it is over the length limit, and left out' in err
    assert 'complaint #4 ("3") changes nothing' not in err


def test_a_download_edited_in_many_answers_names_five(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A second CLI review: 20,000 keys added to the shown answers made a one-line error of 829 KB."""
    document = json.loads(_page_download(_PAGE_STATE))
    document["answers"].update({f"extra_{n}": "x" for n in range(2000)})
    path = tmp_path / "many.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert cli.main(["recommend", "--answers", str(path)]) == 2
    err = capsys.readouterr().err
    assert "; and 1995 more)" in err
    assert len(err) < 1000


def test_the_markdown_says_a_complaint_without_a_category_is_left_out() -> None:
    """A second CLI review: the Markdown listed weights 5, 4, 3 and 2 beside a verdict of "total weight of 9", where
    the text says the uncategorized complaint's 5 is left out."""
    result = _run(
        "recommend", "--answers", "-", "--markdown", "--override", "1=uncategorized",
        *("--complaint", "slow pages", "--complaint", "flaky tests", "--complaint", "SSO", "--complaint", "p99"),
        stdin='{"failure_mode": "outages"}',
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Weight 5, left out of the count: it has no category." in result.stdout
    assert "total weight of 9" in result.stdout


def test_answers_typed_on_a_terminal_outlive_a_failed_write(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A second CLI review: with stdout on a full disk, the answers typed at the questions were lost with the result."""
    monkeypatch.setattr(sys, "stdin", _Terminal("1\nno\n"))
    monkeypatch.setattr(sys, "stdout", _FullStream())
    assert cli.main(["recommend"]) == 1
    err = capsys.readouterr().err
    assert "cannot write the result" in err
    said = err.split("The answers given, to save as a file for `recommend --answers FILE`:\n", 1)[1]
    assert json.loads(said[: said.index("}") + 1]) == {"failure_mode": "outages", "deals_blocked": "no"}


# ---------------------------------------------------------------------------------------------
# A fourth CLI review (2026-12-07): answers lost to a gone reader or a signal, a download's shown complaints edited,
# stdin past the limit, the report's day, a Markdown report given as answers, an answer's words
# ---------------------------------------------------------------------------------------------


class _GoneReader(io.StringIO):
    """A stdout whose reader has gone (`| jq` that exited): every write is a broken pipe."""

    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def test_answers_typed_are_kept_when_the_reader_of_the_result_has_gone(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Eleven answers typed, then `| jq` gone: exit 1 and the answers lost without a word."""
    monkeypatch.setattr(sys, "stdin", _Terminal("1\n" * 12))
    monkeypatch.setattr(sys, "stdout", _GoneReader())
    assert cli.main(["recommend", "--json"]) == 1
    err = capsys.readouterr().err
    assert "The answers given, to save as a file for `recommend --answers FILE`:" in err
    assert '"failure_mode": "outages"' in err


class _Terminated(_Terminal):
    """Typed lines, and SIGTERM (`timeout`, a supervisor) sent while the third question waits."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.reads = 0

    def readline(self, size: int = -1, /) -> str:  # type: ignore[override]  # as StringIO reads a line
        self.reads += 1
        if self.reads == 3:
            os.kill(os.getpid(), signal.SIGTERM)
        return super().readline(size)


def test_sigterm_during_the_questions_keeps_the_answers(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """SIGTERM killed the command with the answers typed: they are said as Ctrl-C says them, exit 143."""

    def unhandled(number: int, _frame: object) -> None:  # what the command does not handle fails this test, not pytest
        raise AssertionError(f"signal {number} reached the handler in place before the questions")

    before = signal.signal(signal.SIGTERM, unhandled)
    try:
        monkeypatch.setattr(sys, "stdin", _Terminated("1\n" * 12))
        assert cli.main(["recommend"]) == 128 + signal.SIGTERM
        assert signal.getsignal(signal.SIGTERM) is unhandled  # the handler before the questions is back
    finally:
        signal.signal(signal.SIGTERM, before)
    err = capsys.readouterr().err
    assert "Stopped at the follow-up question. The answers given so far" in " ".join(err.split())
    assert '"deals_blocked": "yes"' in err


def test_a_complaint_edited_in_a_downloads_shown_copy_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A complaint's text changed in "recommendation" alone was ignored without a word: refused, quoted from a little
    before where the copies part (a diff review: cut before it, both read alike). A type that differs is said, not
    refused: an unedited download of an earlier build may show another (a diff review: it was refused as edited)."""
    download = json.loads(_page_download(_PAGE_STATE))
    shown = download["recommendation"]["exercise"]["complaints"]
    saved = tmp_path / "scale-what.json"
    shown[0]["text"] = "deploys break prod every Friday and every Monday morning too"
    saved.write_text(json.dumps(download), encoding="utf-8")
    assert cli.main(["recommend", "--answers", str(saved)]) == 2
    assert capsys.readouterr().err == (
        "python -m decision_engine: error: the download's “recommendation” and its “state” differ on complaint 1 "
        "(“...prod every Friday and every Monday morni...” in “recommendation”, “...prod every Friday” in "
        "“state”): complaints and their chosen types are read from “state” (its “complaints” and “overrides”); make "
        "the change in “state” and “recommendation” alike, or remove “recommendation”\n"
    )
    shown[0]["text"] = "deploys break prod every Friday"
    shown[1]["type"] = "technical"
    saved.write_text(json.dumps(download), encoding="utf-8")
    assert cli.main(["recommend", "--answers", str(saved)]) == 0
    assert (
        "note: the download shows complaint 4 as technical, and it is read now as user (a reading that changed since "
        "the file was saved, or an edit: a type is chosen under “state” “overrides”)\n"
    ) in capsys.readouterr().err


def test_complaints_on_stdin_past_the_limit_are_refused_whole(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`triage -` dropped what came after 1,980,000 characters without a word; `categorize -` called the cut text's
    length the complaint's."""
    flood = "p99 latency\n" + "\n" * cli.ANSWERS_FILE_CHARS + "deploys break prod\n"
    for argv in (["triage", "-"], ["categorize", "-"]):
        monkeypatch.setattr(sys, "stdin", io.StringIO(flood))
        assert cli.main(argv) == 2
        out, err = capsys.readouterr()
        assert out == ""
        assert "stdin holds more than 1,980,000 characters" in err


def test_the_markdown_report_is_dated_on_the_users_day(tmp_path: Path) -> None:
    """The report said UTC's date: at UTC+14 a day behind the user's."""
    answers = tmp_path / "answers.json"
    answers.write_text('{"failure_mode": "outages"}', encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "decision_engine", "recommend", "--answers", str(answers), "--markdown"],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "TZ": "Etc/GMT-14"},  # POSIX's sign: 14 hours east of Greenwich
    )
    east = datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=14))).date().isoformat()
    assert f"Made on {east} " in done.stdout
    # And 12 hours west: at any hour one of the two is another day than UTC's (a diff review).
    done = subprocess.run(
        [sys.executable, "-m", "decision_engine", "recommend", "--answers", str(answers), "--markdown"],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "TZ": "Etc/GMT+12"},
    )
    west = datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=-12))).date().isoformat()
    assert f"Made on {west} " in done.stdout


def test_the_pages_markdown_report_given_as_answers_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "must be valid JSON: Expecting value (line 1, column 1)" named neither the file nor what it was."""
    report = tmp_path / "scale-what.md"
    report.write_text("# Scale What? recommendation\n\nTechnical scaling leads.\n", encoding="utf-8")
    assert cli.main(["recommend", "--answers", str(report)]) == 2
    assert f"the answers in '{report}' are Markdown (the page's “Download as Markdown” report?)" in (
        capsys.readouterr().err
    )


def test_an_answers_words_are_taken_when_one_answer_holds_them(capsys: pytest.CaptureFixture[str]) -> None:
    """The hint says "or an answer's words", and "latency" was refused; words two answers hold are asked again."""
    out = io.StringIO()
    typed = _Terminal("latency\n")
    assert cli._ask(QUESTIONS[0], "[1/10]", {}, typed, out) == "outages"
    assert out.getvalue().endswith("  Taken as “Outages / latency”.\n")  # said back
    # Words too small to name an answer by are asked again (a diff review: "i" was "The failure I named").
    out = io.StringIO()
    assert cli._ask(QUESTIONS[2], "follow-up", {}, _Terminal("i\n1\n"), out) == QUESTIONS[2].options[0].id
    assert "“i” is not one of its answers" in out.getvalue()
    assert cli._ask(QUESTIONS[3], "[2/10]", {}, _Terminal("mid market\n"), out) == QUESTIONS[3].options[1].id
    out = io.StringIO()
    assert cli._ask(QUESTIONS[2], "follow-up", {}, _Terminal("the\n2\n"), out) == "blocked_deals"
    assert "“the” is not one of its answers" in out.getvalue()  # two answers hold "the"


def test_text_piped_in_but_not_asked_for_is_told_how(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fourth CLI review: `echo ... | triage` said only that TEXT was required."""
    for command in ("triage", "categorize"):
        monkeypatch.setattr(sys, "stdin", io.StringIO("p99 latency\n"))
        with pytest.raises(SystemExit):
            cli.main([command])
        assert capsys.readouterr().err.endswith("the following arguments are required: TEXT; “-” reads it from stdin\n")


def test_joiners_that_spell_or_build_an_emoji_are_kept_in_the_text(capsys: pytest.CaptureFixture[str]) -> None:
    """A fifth CLI review: the text output broke Persian's zero-width non-joiner and an emoji's zero-width joiner
    into [U+200C] and [U+200D], and a subdivision flag's tag characters into [U+E0067] ..., which the JSON and the
    Markdown keep as typed. A joiner between ASCII letters still shows, as any character hidden in a word does."""
    persian = "SSO \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u06cc\u0645"
    scotland = "\U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f"
    emoji = f"latency \U0001f3f3\ufe0f\u200d\U0001f308 {scotland}"
    hidden = "slow \U0001f3f4\U000e0069\U000e0067\U000e006e\U000e006f\U000e0072\U000e0065\U000e007f"  # "ignore"
    cyrillic = "\u0437\u0430\u0434\u0435\u0440\u200d\u0436\u043a\u0430"
    assert cli.main(["triage", persian, emoji, "lat\u200dency spikes", cyrillic, hidden]) == 0
    out = capsys.readouterr().out
    assert f"#1 (weight 5) {persian}\n" in out
    assert f"#2 (weight 4) {emoji}\n" in out
    # A diff review: a joiner in a script that does not spell with it, and a run of tags that is no flag, hide text.
    assert "#3 (weight 3) lat[U+200D]ency spikes\n" in out
    assert "#4 (weight 2) \u0437\u0430\u0434\u0435\u0440[U+200D]\u0436\u043a\u0430\n" in out
    assert "#5 (weight 1) slow \U0001f3f4[U+E0069][U+E0067][U+E006E][U+E006F][U+E0072][U+E0065][U+E007F]\n" in out


def test_a_german_article_is_no_server_that_dies(capsys: pytest.CaptureFixture[str]) -> None:
    """A fifth CLI review: "Die Kunden warten zu lange auf Antworten" was technical at medium confidence, read as the
    English "die", where the README says a complaint in another language stays uncategorized."""
    assert cli.main(["categorize", "Die Kunden warten zu lange auf Antworten"]) == 0
    assert capsys.readouterr().out.startswith("No category")
    assert categorize("Workers die under load").type == "technical"
    # Its sentence's first word whatever stands before it (a diff review: only at the text's very start).
    for opening in ("Hallo. Die Kunden warten zu lange", ' "Die Kunden warten zu lange"', "- Die Kunden warten"):
        assert categorize(opening).type == "uncategorized", opening
    assert categorize("Pods die. Die! Everything dies at peak.").type == "technical"
    # Written lower case before a capitalised noun (a sixth CLI review); not before an English word.
    assert categorize("die Seite lädt sehr langsam").type == "uncategorized"
    assert categorize("die when traffic spikes").type == "technical"


def test_an_override_takes_the_british_spelling(capsys: pytest.CaptureFixture[str]) -> None:
    """A fifth CLI review: the help says "categorise", and "--override 2=uncategorised" was refused; the line under
    an override named the categoriser's type by its id ("said uncategorized", "said user"), not as "Your type" does."""
    assert cli.main(["triage", "xyzzy", "SSO for the big accounts", "--override", "2=uncategorised"]) == 0
    out = capsys.readouterr().out
    assert "Your type: No category (the categoriser said User scaling)\n" in out


def test_the_help_lists_the_exit_statuses(capsys: pytest.CaptureFixture[str]) -> None:
    """A fifth CLI review: a script could not learn from --help what each exit status means."""
    assert cli.main(["--help"]) == 0
    said = " ".join(capsys.readouterr().out.split())
    assert "exit status: 0 done; 1 the result could not be written" in said
    assert "2 bad input, said in one line on stderr; 130 interrupted (Ctrl-C); 128+N ended by signal N" in said


def test_categorize_from_stdin_counts_no_line_break_at_the_end_and_reads_crlf_as_triage_does() -> None:
    """A sixth CLI review: `echo` adds a line break, and a complaint of 500 characters was refused as 501 long (502
    with "\\r\\n"), where triage - took it; "\\r\\n" was kept inside where triage - reads "\\n"."""
    complaint = "x" * 495 + " slow"
    assert len(complaint) == MAX_COMPLAINT_CHARS
    for ending in ("\n", "\r\n", "\n\n"):
        done = _run("categorize", "-", "--json", stdin=complaint + ending)
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["text"] == complaint
    crlf = _run("categorize", "-", "--json", stdin="p99 latency\r\nspikes at peak\r\n")
    assert json.loads(crlf.stdout)["text"] == "p99 latency\nspikes at peak"
