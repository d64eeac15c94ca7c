"""Fuzzing the engine's two boundaries, the bridge and the command line: whatever comes in, a result or a clear
error comes out, never an exception escaping (issue 17: a 4,301-digit integer used to raise across both).

The example counts add up to several thousand cases per run (``FUZZ_CASES``); the node tests fuzz the page's
decoders with several thousand more.
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from decision_engine import QUESTIONS, cli
from decision_engine.bridge import handle
from decision_engine.complaints import MAX_COMPLAINT_CHARS, MAX_COMPLAINTS, OVERRIDE_TYPES
from decision_engine.errors import error_classes

#: How many cases each property runs: together FUZZ_CASES per run of the unit tests.
BRIDGE_CASES = {"raw": 1000, "requests": 1500, "states": 1500}
CLI_CASES = {"arguments": 600, "answers": 800}
FUZZ_CASES = sum(BRIDGE_CASES.values()) + sum(CLI_CASES.values())

_FUZZ = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

#: Any code point, lone surrogates and control characters included (JSON's "\ud800" reads as a lone surrogate).
ANY_CHAR = st.characters(codec=None, categories=None)
ANY_TEXT = st.text(ANY_CHAR, max_size=40)
#: Names that are prototype lookups in JavaScript and special attributes in Python.
ODD_NAMES = st.sampled_from(
    ["__proto__", "constructor", "toString", "__class__", "__dict__", "hasOwnProperty", "0", "-1", "", "\u202e"]
)
ANSWER_IDS = st.sampled_from(
    [q.id for q in QUESTIONS] + [option for q in QUESTIONS for option in q.option_ids] + list(OVERRIDE_TYPES)
)
HUGE_INTEGERS = st.integers(min_value=1, max_value=12_000).map(lambda n: "9" * n) | st.integers(4_290, 4_310).map(
    lambda n: "-" + "1" * n
)
NUMBERS = st.sampled_from(
    ["NaN", "Infinity", "-Infinity", "1e999", "-0", "0.0", "1E400", "-1e-400", "12345678901234567890"]
)


def _leaf_json() -> st.SearchStrategy[str]:
    """One JSON value as text, from the ordinary to the hostile: huge integers, NaN, odd strings and names."""
    strings = (ANY_TEXT | ODD_NAMES | ANSWER_IDS).map(json.dumps)
    return strings | HUGE_INTEGERS | NUMBERS | st.sampled_from(["true", "false", "null", "{}", "[]"])


def _json_text() -> st.SearchStrategy[str]:
    """JSON text (mostly well-formed) nesting objects and arrays of hostile leaves, with hostile keys."""
    keys = (ANY_TEXT | ODD_NAMES | ANSWER_IDS).map(json.dumps)
    return st.recursive(
        _leaf_json(),
        lambda children: (
            st.lists(children, max_size=5).map(lambda items: "[" + ",".join(items) + "]")
            | st.lists(st.tuples(keys, children), max_size=5).map(
                lambda pairs: "{" + ",".join(f"{k}:{v}" for k, v in pairs) + "}"
            )
        ),
        max_leaves=15,
    )


def _deep(opening: str, closing: str) -> st.SearchStrategy[str]:
    return st.integers(1, 6_000).map(lambda n: opening * n + "1" + closing * n)


DEEP = _deep("[", "]") | _deep('{"a":', "}") | st.integers(1, 6_000).map(lambda n: "[" * n)

#: Complaint texts: real ones, hostile markup, control and bidi characters, over the limit, empty.
COMPLAINTS = (
    st.sampled_from(
        [
            "deploys break prod every Friday",
            "p99 latency spikes at peak",
            "enterprise customers want SSO",
            "mean![](//example.org/x.png)recovery",
            "<img src=x onerror=alert(1)> *SSO*",
            "\u202eresu\u202c SSO\x00 please",
            "",
            "   ",
            "x" * (MAX_COMPLAINT_CHARS + 1),
        ]
    )
    | ANY_TEXT
    | st.text(ANY_CHAR, min_size=MAX_COMPLAINT_CHARS - 5, max_size=MAX_COMPLAINT_CHARS + 5)
)


@st.composite
def _states(draw: st.DrawFn) -> dict[str, Any]:
    """Page states near the valid shape: valid answers mostly, sometimes a hostile value or key in any field."""
    answers: dict[str, Any] = {q.id: draw(st.sampled_from(q.option_ids)) for q in QUESTIONS if draw(st.booleans())}
    complaints: list[Any] = draw(st.lists(COMPLAINTS, max_size=MAX_COMPLAINTS + 1))
    overrides: dict[str, Any] = draw(
        st.dictionaries(
            st.sampled_from(["0", "1", "4", "5", "01", "99999999999"]) | ODD_NAMES,
            st.sampled_from(OVERRIDE_TYPES),
            max_size=3,
        )
    )
    state: dict[str, Any] = {"answers": answers, "complaints": complaints, "overrides": overrides}
    hostile = draw(st.sampled_from(["none", "answer", "complaint", "override", "field"]))
    value: Any = draw(st.none() | st.integers() | st.floats() | ANY_TEXT | st.lists(st.integers(), max_size=3))
    if hostile == "answer":
        answers[draw(ANSWER_IDS | ODD_NAMES)] = value
    elif hostile == "complaint":
        complaints.append(value)
    elif hostile == "override":
        overrides[draw(ODD_NAMES | ANY_TEXT)] = value
    elif hostile == "field":
        state[draw(ODD_NAMES | ANY_TEXT)] = value
    return state


def _assert_a_reply(request_json: str) -> dict[str, Any]:
    """The property: a JSON reply, ok or a named error of the engine's (never its internal-error fault)."""
    text = handle(request_json)
    text.encode("utf-8")  # a reply JavaScript can take: no lone surrogate left in the text
    reply: dict[str, Any] = json.loads(text)
    if reply["ok"]:
        assert sorted(reply) == ["ok", "result"]
    else:
        assert sorted(reply) == ["error", "ok"]
        assert reply["error"]["code"] in {cls.code for cls in error_classes()} - {"internal-error"}, reply
        assert reply["error"]["message"], reply
        assert len(reply["error"]["message"]) < 1_000, "an error names the bad value, it does not echo it all"
    return reply


@given(st.text(ANY_CHAR, max_size=200) | _json_text() | DEEP | HUGE_INTEGERS)
@settings(_FUZZ, max_examples=BRIDGE_CASES["raw"])
def test_any_text_sent_to_the_bridge_gets_a_reply(request_json: str) -> None:
    """Any string (unicode, deep nesting, huge numbers, arbitrary JSON) comes back as a reply, never raised."""
    _assert_a_reply(request_json)


@given(
    st.sampled_from(["session", "report", "version", "__proto__", "constructor"]),
    _json_text() | DEEP,
    st.sampled_from(["state", "format", "date", "link", "__proto__"]),
)
@settings(_FUZZ, max_examples=BRIDGE_CASES["requests"])
def test_any_payload_of_any_command_gets_a_reply(command: str, value: str, field: str) -> None:
    """Hostile JSON as a payload, or as one field of it, for every command: a reply, never raised."""
    _assert_a_reply(f'{{"command": {json.dumps(command)}, "payload": {value}}}')
    _assert_a_reply(f'{{"command": {json.dumps(command)}, "payload": {{{json.dumps(field)}: {value}}}}}')


@given(_states(), st.sampled_from(["session", "json", "markdown"]), st.sampled_from(["", "1" * 4_301, "NaN"]))
@settings(_FUZZ, max_examples=BRIDGE_CASES["states"])
def test_any_page_state_gets_a_session_or_a_download_or_an_error(state: dict[str, Any], what: str, number: str) -> None:
    """States near the page's shape (hostile answers, boxes, categories, fields): the session or the download, or
    a named error; a huge integer or NaN anywhere in the state is refused by name."""
    payload = {"state": state} if what == "session" else {"state": state, "format": what}
    request = json.dumps({"command": "session" if what == "session" else "report", "payload": payload})
    reply = _assert_a_reply(request)
    if reply["ok"] and what == "markdown":
        assert reply["result"].startswith("# ")
    if number:
        spliced = request.replace('"answers": {', f'"answers": {{"failure_mode": {number}, ', 1)
        refused = _assert_a_reply(spliced)
        assert refused["error"]["code"] in {"oversized-input", "invalid-json"}, refused


# ---------------------------------------------------------------------------------------------
# The command line, run in-process with real UTF-8 streams (as a terminal or a pipe has them)
# ---------------------------------------------------------------------------------------------


@contextlib.contextmanager
def _streams(stdin: bytes) -> Iterator[tuple[io.BytesIO, io.BytesIO]]:
    """stdin from bytes; stdout and stderr as strict UTF-8 streams, as under a UTF-8 locale."""
    out, err = io.BytesIO(), io.BytesIO()
    saved = (sys.stdin, sys.stdout, sys.stderr)
    wrappers = (
        io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"),
        io.TextIOWrapper(out, encoding="utf-8", write_through=True),
        io.TextIOWrapper(err, encoding="utf-8", write_through=True, errors="backslashreplace"),
    )
    sys.stdin, sys.stdout, sys.stderr = wrappers
    try:
        yield out, err
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved
        for wrapper in wrappers:
            wrapper.detach()  # the byte buffers stay open to be read


def _run_cli(argv: list[str], stdin: bytes = b"") -> tuple[int, str]:
    """The exit status and stderr of one run; a traceback would fail the test by raising here."""
    with _streams(stdin) as (out, err):
        try:
            status = cli.main(argv)
        except SystemExit as exc:  # argparse's usage errors (and --help, --version)
            status = int(exc.code or 0)
    stderr = err.getvalue().decode("utf-8")
    out.getvalue().decode("utf-8")
    assert status in (0, 2), (argv, status, stderr)
    assert "Traceback" not in stderr
    if status == 2:
        assert "error" in stderr or "usage:" in stderr, stderr
        assert len(stderr) < 3_000, "an error names the bad value, it does not echo it all"
    return status, stderr


#: Command-line arguments: real values, hostile text, undecodable bytes (surrogate-escaped, as Python gives them).
ARGUMENTS = (
    ANY_TEXT
    | ANSWER_IDS
    | HUGE_INTEGERS
    | st.sampled_from(
        ["1=user", "0=user", "9=process", "=", "technical=most", "user=", "-", "--json", "1" * 4_301 + "=user"]
    )
    | HUGE_INTEGERS.map(lambda digits: digits + "=technical")
    | st.binary(max_size=20).map(lambda raw: raw.decode("utf-8", "surrogateescape"))
)


@given(
    st.sampled_from(["categorize", "triage", "recommend", "questions"]),
    st.lists(
        st.tuples(st.sampled_from(["", "--override", "--investment", "--complaint", "--answers"]), ARGUMENTS),
        max_size=4,
    ),
)
@settings(_FUZZ, max_examples=CLI_CASES["arguments"])
@example("recommend", [("--answers", "\x00")])  # found by this test: open() raised ValueError on a NUL in a name
def test_any_command_line_exits_0_or_2_with_a_message(command: str, pairs: list[tuple[str, str]]) -> None:
    """Any arguments to any subcommand (huge numbers in --override, undecodable bytes, hostile text): exit 0, or
    2 with a message; never a traceback. stdin is empty, so --answers - is an empty input."""
    argv = [command]
    for flag, value in pairs:
        argv += [flag, value] if flag else [value]
    _run_cli([arg for arg in argv if arg != "--answers" or command == "recommend"])


@given(
    _json_text() | DEEP | st.text(ANY_CHAR, max_size=200) | HUGE_INTEGERS.map(lambda n: f'{{"failure_mode": {n}}}'),
    st.sampled_from(["utf-8", "utf-16", "latin-1"]),
    st.booleans(),
)
@settings(_FUZZ, max_examples=CLI_CASES["answers"])
def test_any_answers_on_stdin_exit_0_or_2_with_a_message(text: str, encoding: str, as_json: bool) -> None:
    """Anything on stdin for ``recommend --answers -`` (any JSON, deep nesting, huge integers, bytes in another
    encoding): exit 0, or 2 with a message; never a traceback."""
    raw = text.encode(encoding, "replace" if encoding == "latin-1" else "surrogatepass")
    _run_cli(["recommend", "--answers", "-", *(["--json"] if as_json else [])], raw)


def test_the_fuzzing_runs_thousands_of_cases() -> None:
    """The counts this module runs per ``make test``: the bridge and the command line together."""
    assert FUZZ_CASES >= 5_000


@pytest.mark.parametrize(
    ("argv", "stdin", "message"),
    [
        (["recommend", "--answers", "-"], b'{"failure_mode": ' + b"1" * 4_301 + b"}", "more than 100 digits"),
        (["recommend", "--answers", "-"], b'{"failure_mode": NaN}', "NaN is not a JSON value"),
        (
            ["triage", "deploys break prod", "--override", "1" * 4_301 + "=user"],
            b"",
            "N must be 1: there is only one complaint",
        ),
        (["triage", "deploys \udcff break prod"], b"", "'deploys \\xff break prod' is not valid UTF-8 text"),
        (["categorize", "\ud800"], b"", "'\\ud800' is not valid UTF-8 text"),
        (["recommend", "--answers", "-"], b"[" * 5_000, "more than 20 levels deep"),
    ],
    ids=["huge-integer-answer", "nan-answer", "huge-override", "undecodable-argument", "lone-surrogate", "deep-stdin"],
)
def test_the_attacks_of_issue_17_exit_2_with_their_message(argv: list[str], stdin: bytes, message: str) -> None:
    """The inputs that used to raise (a 4,301-digit integer in an answer and in --override) and their cousins."""
    status, stderr = _run_cli(argv, stdin)
    assert status == 2
    assert message in stderr
    assert stderr.count("\n") == 1
