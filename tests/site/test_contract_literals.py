"""The site's JavaScript writes no contract value itself: it reads them from the contract the build puts in the page.

Every question id, type id, category choice, stage name, failure and error code, element id and limit in the
contract (build/scale_what_build/contract.py) is looked for in the string and number literals of
docs/assets/javascripts/*.js (comments left out); a value found fails the test unless the allowlist file
(contract_literals_allowlist.txt) lists it with its reason. The two allowlisted lists, the stages and the failure
codes, must equal the unions engine-client.js declares, so the type check ties each literal use to the contract.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from scale_what_build.contract import contract

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = ROOT / "docs" / "assets" / "javascripts"
ALLOWLIST = Path(__file__).with_name("contract_literals_allowlist.txt")
NUMBER = re.compile(r"(?<![\w.])\d[\d_]*(?![\w.])")


class _Scanner:
    """Splits JavaScript into the static text of its string and template literals and the code outside them and
    outside comments (enough for the site's own scripts: a regular expression literal is read as code)."""

    def __init__(self, code: str) -> None:
        self.code = code
        self.strings: list[str] = []
        self.outside: list[str] = []

    def string(self, i: int) -> int:
        """Read the quoted string at ``i``; the index after it."""
        quote, j = self.code[i], i + 1
        while self.code[j] != quote:
            j += 2 if self.code[j] == "\\" else 1
        self.strings.append(self.code[i + 1 : j])
        return j + 1

    def template(self, i: int) -> int:
        """Read the template literal at ``i`` (its ${...} parts are code); the index after it."""
        code, part, i = self.code, "", i + 1
        while code[i] != "`":
            if code.startswith("${", i):
                self.strings.append(part)
                part, i = "", self.scan(i + 2, inside_braces=True)
            else:
                step = 2 if code[i] == "\\" else 1
                part, i = part + code[i : i + step], i + step
        self.strings.append(part)
        return i + 1

    def skip_comment(self, i: int) -> int:
        if self.code.startswith("//", i):
            end = self.code.find("\n", i)
            return len(self.code) if end < 0 else end
        return self.code.index("*/", i) + 2

    def scan(self, i: int, *, inside_braces: bool = False) -> int:
        """Read code from ``i`` to its end, or to the brace closing a template's ${ when ``inside_braces``."""
        code, depth, start = self.code, 0, i
        while i < len(code):
            c = code[i]
            if c == "}" and inside_braces and depth == 0:
                break
            depth += (c == "{") - (c == "}")
            readers = {"'": self.string, '"': self.string, "`": self.template}
            if code.startswith(("//", "/*"), i) or c in readers:
                self.outside.append(code[start:i])
                i = start = self.skip_comment(i) if c == "/" else readers[c](i)
            else:
                i += 1
        self.outside.append(code[start:i])
        return i + 1


def literals(code: str) -> tuple[list[str], list[str]]:
    """The static text of every string and template literal, and the code outside strings and comments."""
    scanner = _Scanner(code)
    scanner.scan(0)
    return scanner.strings, scanner.outside


def contract_values() -> dict[str, set[str]]:
    """The contract's values the JavaScript must not write, by the kind of value."""
    c = contract()
    return {
        "question ids": {q["id"] for q in c["questions"]} | {c["deciding"]},
        "type ids": {t["id"] for t in c["types"]} | set(c["override_types"]) | {c["uncategorized"]},
        "stages": set(c["stages"]),
        "failure_codes": set(c["failure_codes"]),
        "error codes": set(c["error_codes"]),
        "element ids": {
            *c["elements"].values(),
            *(box[key] for box in c["boxes"] for key in ("text", "result", "override")),
            *(q["element_id"] for q in c["questions"]),
            *(o["element_id"] for q in c["questions"] for o in q["options"]),
        },
        "limits": {str(value) for value in c["limits"].values()},
    }


def allowlist() -> dict[str, str]:
    entries: dict[str, str] = {}
    for line in ALLOWLIST.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            value, reason = line.split("\t")
            assert len(reason) > 40, f"the allowlist entry {value!r} needs its reason"
            entries[value] = reason
    return entries


def found_in(code: str, values: dict[str, set[str]]) -> Iterator[tuple[str, str]]:
    """(kind, value) for every contract value in the literals of ``code``."""
    strings, outside = literals(code)
    numbers = {m.group().replace("_", "") for part in outside for m in NUMBER.finditer(part)}
    for kind, wanted in values.items():
        for value in sorted(wanted):
            if kind == "limits":
                if value in numbers:
                    yield kind, value
            elif any(re.search(rf"(?<![\w-]){re.escape(value)}(?![\w-])", text) for text in strings):
                yield kind, value


def test_the_scanner_finds_literals_and_skips_comments() -> None:
    code = 'const a = "sw-form"; // "sw-notices"\n/* "sw-result" */ const b = `#${x} sw-print ${"in"}`; f(500, 5_000);'
    strings, _ = literals(code)
    assert strings == ["sw-form", "#", " sw-print ", "in", ""]
    values = {"element ids": {"sw-form", "sw-notices", "sw-result", "sw-print"}, "limits": {"500", "5"}}
    found = sorted(found_in(code, values))
    assert found == [("element ids", "sw-form"), ("element ids", "sw-print"), ("limits", "500")]


@pytest.mark.parametrize("script", sorted(SCRIPTS.glob("*.js")), ids=lambda p: p.name)
def test_no_contract_value_is_written_in_the_javascript(script: Path) -> None:
    allowed = allowlist()
    found = [
        f"{kind}: {value!r}"
        for kind, value in found_in(script.read_text(encoding="utf-8"), contract_values())
        if value not in allowed and f"@{kind}" not in allowed
    ]
    assert found == [], f"{script.name} writes contract values itself; read them from the contract"


def _union(code: str, start: str, end: str) -> set[str]:
    block = code[code.index(start) : code.index(end, code.index(start))]
    return set(re.findall(r'"([^"]+)"', block))


def test_the_allowlisted_lists_are_the_unions_the_type_check_holds_to() -> None:
    """The client's stage and failure-code unions are exactly the contract's lists (the allowlist's reason)."""
    code = (SCRIPTS / "engine-client.js").read_text(encoding="utf-8")
    c = contract()
    assert _union(code, "@typedef {", "} FailureCode") == set(c["failure_codes"])
    assert _union(code, "@typedef {{stage:", "}} EngineState") - {"stage"} == set(c["stages"])


def test_every_allowlist_entry_is_still_needed() -> None:
    values = contract_values()
    scripts = [p.read_text(encoding="utf-8") for p in SCRIPTS.glob("*.js")]
    hits = {value for code in scripts for kind, value in found_in(code, values)}
    hit_kinds = {kind for code in scripts for kind, value in found_in(code, values)}
    for entry in allowlist():
        needed = entry[1:] in hit_kinds if entry.startswith("@") else entry in hits
        assert needed, f"the allowlist entry {entry!r} is no longer needed"
