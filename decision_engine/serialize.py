"""JSON at the edge: the one serializer for every result, and the one parser for JSON input.

``dumps`` is exactly what ``python -m decision_engine ... --json`` prints, and what the bridge's ``export``
command returns: keys sorted, two-space indent, non-ASCII kept, a final newline, and nothing that depends
on the run (no timestamps, no versions of the interpreter). ``to_dict`` is the same structure as Python
data; the bridge's ``recommend`` command returns it.
"""

from __future__ import annotations

import dataclasses
import enum
import json
import re
from collections.abc import Iterable, Mapping
from functools import partial
from typing import TypeAlias

from decision_engine.errors import InvalidJSONError, OversizedInputError
from decision_engine.model import Question
from decision_engine.questions import QUESTIONS

JSON: TypeAlias = "bool | int | float | str | list[JSON] | dict[str, JSON] | None"

#: JSON text longer than this is refused before it is parsed (a full set of answers is under 1,000).
MAX_JSON_CHARS = 100_000
#: A JSON integer with more digits than this is refused (the engine takes no number anywhere near it).
MAX_INT_DIGITS = 100
#: JSON nested deeper than this is refused before it is parsed (a bridge request nests 3 levels).
MAX_JSON_DEPTH = 20

# A string (closed or running to the end of the text) or one bracket: one linear pass, no backtracking.
# (A string's plain runs are taken whole, not one character at a time: five times faster on long complaints.)
_TOKENS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"?|[\[\]{}]', re.DOTALL)


#: Each dataclass's field names, read once: dataclasses.fields() on every object took a third of a session reply.
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}
#: Values that are their own JSON, by exact type (a str-valued enum is not one of them: it is a subclass).
_AS_THEY_ARE = frozenset({str, int, float, bool, type(None)})


def to_dict(value: object) -> JSON:  # noqa: PLR0911  # one return per kind of value, the commonest first
    """Plain JSON data for a result: dataclasses become objects (field name to value), enums their value.

    Accepts any mix of frozen dataclasses, enums, mappings with string keys, tuples, lists and JSON
    scalars, so every result type (recommendations, complaint triage ...) goes through this one function.
    """
    # The commonest cases first, by exact type: a session reply is a few hundred calls, half of them strings.
    kind = type(value)
    if kind in _AS_THEY_ARE:
        return value  # type: ignore[return-value]  # one of JSON's scalars, by the set's members
    names = _FIELD_NAMES.get(kind)
    if names is not None:
        return {name: to_dict(getattr(value, name)) for name in names}
    if isinstance(value, enum.Enum):
        return to_dict(value.value)
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        names = _FIELD_NAMES[type(value)] = tuple(field.name for field in dataclasses.fields(value))
        return {name: to_dict(getattr(value, name)) for name in names}
    if isinstance(value, Mapping):
        return {_key(key): to_dict(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [to_dict(item) for item in value]
    raise TypeError(f"cannot serialise {type(value).__name__} to JSON")


def _key(key: object) -> str:
    if isinstance(key, enum.Enum):
        key = key.value
    if not isinstance(key, str):
        raise TypeError(f"JSON object keys must be strings, got {type(key).__name__}")
    return key


def json_type(value: object) -> str:
    """The JSON name of a value's type ("a string", "an array" ...), for messages CLI and browser users read."""
    names = ((bool, "a boolean"), (int | float, "a number"), (str, "a string"), (list | tuple, "an array"))
    for kinds, name in names:
        if isinstance(value, kinds):
            return name
    if value is None:
        return "null"
    return "an object" if isinstance(value, Mapping) else type(value).__name__


#: A surrogate code point on its own: text from JavaScript can hold one, and it has no UTF-8 form.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def dumps(value: object) -> str:
    """The engine's JSON text for a result, ending with a newline: deterministic, byte for byte. A lone surrogate in
    the reader's text is written as JSON's escape (``\\ud800``), which reads back as the same text: the file keeps
    what the reader entered exactly, where a UTF-8 encoder would replace it (a browser's download) or fail (a file)."""
    text = json.dumps(to_dict(value), ensure_ascii=False, sort_keys=True, indent=2, allow_nan=False)
    return _LONE_SURROGATE.sub(lambda found: f"\\u{ord(found.group()):04x}", text) + "\n"


def questionnaire(questions: Iterable[Question] = QUESTIONS) -> list[JSON]:
    """The questionnaire as the CLI's ``questions --json`` and the bridge's ``questions`` command give it."""
    return [
        {
            "id": question.id,
            "prompt": question.prompt,
            "help": question.help,
            "required": question.required,
            "kind": question.kind.value,
            "asked_when": [
                {"question": condition.question, "options": list(condition.options)}
                for condition in question.asked_when
            ],
            "options": [{"id": option.id, "label": option.label} for option in question.options],
        }
        for question in questions
    ]


def parse_json(text: str, what: str = "the input", limit: int = MAX_JSON_CHARS) -> object:
    """Parse JSON text from a user, at most ``limit`` characters of it; errors name what was wrong (``what`` says
    which input)."""
    if len(text) > limit:
        # The command line reads one character past the limit, no more: "got 100001" of a 2 MB file was untrue.
        got = f"more than {limit}" if len(text) == limit + 1 else str(len(text))
        raise OversizedInputError(f"{what} must be at most {limit} characters long, got {got}")
    if _depth(text) > MAX_JSON_DEPTH:
        raise OversizedInputError(f"{what} must not nest arrays and objects more than {MAX_JSON_DEPTH} levels deep")
    if not text.strip(" \t\n\r"):  # JSON's own whitespace: a non-breaking space is invalid JSON, not emptiness
        raise InvalidJSONError(f"{what} must be valid JSON, and the text is empty")
    try:
        return json.loads(
            text,
            parse_int=partial(_parse_int, what),
            parse_constant=partial(_refuse_constant, what),
            object_pairs_hook=partial(_unique_keys, what),
        )
    except json.JSONDecodeError as exc:
        raise InvalidJSONError(
            f"{what} must be valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
        ) from None


def _parse_int(what: str, digits: str) -> int:
    """A JSON integer, refused by name when it is longer than any number the engine takes (Python itself refuses
    more than 4,300 digits with a ValueError that is not a JSON error)."""
    if len(digits.lstrip("-")) > MAX_INT_DIGITS:
        raise OversizedInputError(
            f"{what} must not hold a number of more than {MAX_INT_DIGITS} digits; "
            f"got one of {len(digits.lstrip('-'))} digits ({digits[:12]}...)"
        )
    return int(digits)


def _unique_keys(what: str, pairs: list[tuple[str, object]]) -> dict[str, object]:
    """A JSON object whose keys each appear once: Python's json keeps the last of two, and the first would be lost
    without a word ({"failure_mode": "outages", "failure_mode": "governance"})."""
    found: dict[str, object] = {}
    for key, value in pairs:
        if key in found:
            shown = key if len(key) <= 40 else key[:40] + "..."
            raise InvalidJSONError(f"{what} must give each key once, and {shown!r} appears twice")
        found[key] = value
    return found


def _refuse_constant(what: str, name: str) -> object:
    """NaN, Infinity and -Infinity: Python's json reads them, JSON does not have them."""
    raise InvalidJSONError(f"{what} must be valid JSON: {name} is not a JSON value")


def _depth(text: str) -> int:
    """How deeply arrays and objects nest, outside strings (an over-count for malformed text is harmless).

    Checked before parsing: on Pyodide, deeply nested JSON exhausts the WebAssembly stack and kills the
    runtime instead of raising RecursionError.
    """
    depth = deepest = 0
    for token in _TOKENS.findall(text):
        if token in ("[", "{"):
            depth += 1
            deepest = max(deepest, depth)
        elif token in ("]", "}"):
            depth -= 1
    return deepest
