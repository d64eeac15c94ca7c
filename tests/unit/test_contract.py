"""The contract block the questionnaire page carries, and the TypeScript declarations generated for the page."""

from __future__ import annotations

import dataclasses
import enum
import html.parser
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any, TypedDict

import pytest

from decision_engine import QUESTIONS, RUBRIC_VERSION, ScalingType
from decision_engine.bridge import COMMANDS
from decision_engine.complaints import MAX_COMPLAINT_CHARS, MAX_COMPLAINTS, OVERRIDE_TYPES, is_blank
from decision_engine.engine import CONDITIONS_JOINER, condition_words
from decision_engine.errors import error_classes
from decision_engine.session import MAX_SHARE_CHARS, MAX_STATE_CHARS, Session
from scale_what_build import contract, page_data, tool_render, typedefs
from tests.support import ROOT
from tests.support.render import render_context


class _Contract(html.parser.HTMLParser):
    """The data-contract attribute of the tool's root element (the parser unescapes it)."""

    def __init__(self) -> None:
        super().__init__()
        self.text: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if found.get("id") == page_data.ELEMENT_IDS["root"]:
            self.text = found.get("data-contract")


def _page_contract() -> Any:
    parser = _Contract()
    parser.feed(tool_render.questionnaire_form(render_context()))
    assert parser.text is not None, "the tool's root carries the contract"
    return json.loads(parser.text)


def test_the_page_carries_the_contract_with_the_engines_values() -> None:
    """One JSON contract in the page: the engine's questions, types, limits and codes, as the engine has them."""
    found = _page_contract()
    assert found == json.loads(json.dumps(contract.contract()))
    assert found["deciding"] == "failure_mode" == next(q.id for q in QUESTIONS if q.required)
    assert [q["id"] for q in found["questions"]] == [q.id for q in QUESTIONS]
    follow_up = next(q for q in found["questions"] if q["kind"] == "follow_up")
    # Each condition with its words, whole and narrowed to each option (the page's kept rows say them).
    assert follow_up["asked_when"] == [
        {
            "question": c.question,
            "options": list(c.options),
            "words": condition_words(c),
            "words_for": {option: condition_words(c, (option,)) for option in c.options},
        }
        for c in next(q for q in QUESTIONS if q.id == follow_up["id"]).asked_when
    ]
    assert found["conditions_joiner"] == CONDITIONS_JOINER
    assert found["types"] == [{"id": t.value, "title": t.title} for t in ScalingType]
    assert (found["override_types"], found["uncategorized"]) == (list(OVERRIDE_TYPES), "uncategorized")
    # The page asks the reader to confirm exactly the lowest confidence word's readings.
    assert found["confirm_confidence"] == ["low"]
    assert found["limits"]["complaint_chars"] == MAX_COMPLAINT_CHARS
    assert found["limits"]["complaints"] == MAX_COMPLAINTS == len(found["boxes"])
    assert found["limits"]["state_chars"] == MAX_STATE_CHARS < found["limits"]["request_chars"]
    assert found["limits"]["share_link_chars"] == MAX_SHARE_CHARS < MAX_STATE_CHARS
    assert found["error_codes"] == [cls.code for cls in error_classes()]
    assert found["stages"] == list(page_data.STAGES)
    assert set(found["failure_codes"]) >= {
        "download",
        "wasm-unavailable",
        "stalled",
        "crashed",
        "timeout",
        "engine-error",
    }
    assert found["commands"] == sorted(COMMANDS)
    assert found["rubric_version"] == RUBRIC_VERSION
    # The guide's abbreviations, as every guide page defines them (the result drawn in the page defines them too).
    assert {"term": "SLO", "title": "Service level objective"} in found["abbreviations"]
    lines = [line for line in contract.GLOSSARY.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert [f"*[{a['term']}]: {a['title']}" for a in found["abbreviations"]] == lines


def test_a_glossary_line_of_another_shape_is_a_build_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    glossary = tmp_path / "abbreviations.md"
    glossary.write_text("*[SLO]: Service level objective\n\nSLA means service level agreement\n", encoding="utf-8")
    monkeypatch.setattr(contract, "GLOSSARY", glossary)
    with pytest.raises(ValueError, match=r"abbreviations\.md, line 3: not an abbreviation"):
        contract.glossary()


def test_every_element_id_in_the_contract_is_in_the_markup_once() -> None:
    """The ids the contract gives the JavaScript are the markup's (the result's verdict section is made by the
    page, so it is the one id only the script writes)."""
    markup = tool_render.questionnaire_form(render_context())
    ids = re.findall(r'\bid="([^"]+)"', markup)
    found = _page_contract()
    wanted = [*found["elements"].values(), *(i for box in found["boxes"] for i in box.values())]
    wanted += [q["element_id"] for q in found["questions"]]
    wanted += [o["element_id"] for q in found["questions"] for o in q["options"]]
    made_by_the_script = {page_data.ELEMENT_IDS["result_under_invested"]}
    assert {i: ids.count(i) for i in wanted if i not in made_by_the_script} == {
        i: 1 for i in wanted if i not in made_by_the_script
    }
    assert len(ids) == len(set(ids)), "an id is used twice"


def test_hostile_text_cannot_close_the_contracts_script_element() -> None:
    """Engine text that looks like markup stays inside the JSON: <, > and & are written as escapes."""
    text = contract.script_json({"prompt": "</script><script>alert(1)</script> & <!--"})
    assert "<" not in text
    assert ">" not in text
    assert "&" not in text
    assert json.loads(text) == {"prompt": "</script><script>alert(1)</script> & <!--"}


def test_the_declarations_name_every_field_the_session_sends() -> None:
    """The generated .d.ts declares Session and each type inside it with exactly its dataclass fields."""
    text = typedefs.render()
    for cls in (Session, *_nested_dataclasses(Session)):
        block = re.search(rf"export interface {cls.__name__} \{{\n(.*?)\n\}}", text, re.DOTALL)
        assert block is not None, cls.__name__
        fields = re.findall(r"readonly (\w+):", block.group(1))
        assert fields == sorted(f.name for f in dataclasses.fields(cls)), cls.__name__
    assert 'export type BoxStatus = "empty" | "over_limit" | "read";' in text
    assert "export type SessionReply = BridgeReply<Session>;" in text
    assert "readonly no_recommendation: NoRecommendation | null;" in text
    codes = re.search(r"export type EngineErrorCode = (.*);", text)
    assert codes is not None
    assert codes.group(1).count('"') == 2 * len(error_classes())
    assert "export interface Contract {" in text
    assert "readonly limits: Limits;" in text


def _nested_dataclasses(cls: type) -> list[type]:
    found: list[type] = []
    todo = [cls]
    while todo:
        for field in dataclasses.fields(todo.pop()):
            for name in re.findall(r"\b[A-Z]\w+", str(field.type)):
                nested = _find(name)
                if nested is not None and nested not in found and nested is not cls:
                    found.append(nested)
                    todo.append(nested)
    return found


def _find(name: str) -> type | None:
    from decision_engine import complaint_model, model, session  # noqa: PLC0415

    for module in (session, model, complaint_model):
        value = getattr(module, name, None)
        if isinstance(value, type) and dataclasses.is_dataclass(value):
            return value
    return None


def test_the_declarations_refuse_what_they_cannot_declare() -> None:
    """Two types of one name, a type with no TypeScript form, and a non-string literal each stop the generator."""
    found = typedefs._Declarations({})

    class Colour(enum.Enum):
        RED = "red"

    @dataclasses.dataclass
    class Pair:
        both: tuple[int, str]
        maybe: Any

    assert found.type_of(Colour) == "Colour"
    assert found.type_of(Pair) == "Pair"
    assert "readonly both: readonly [number, string];" in found.blocks["Pair"]
    assert "readonly maybe: unknown;" in found.blocks["Pair"]

    class Other(TypedDict):
        x: int

    Other.__name__ = "Colour"
    with pytest.raises(ValueError, match="two types are both named 'Colour'"):
        found.type_of(Other)
    with pytest.raises(TypeError, match="no TypeScript type"):
        found.type_of(set[int])
    with pytest.raises(TypeError, match="only string literals"):
        typedefs._literal(1)


def test_the_declarations_are_written_by_a_command_into_an_ignored_file(tmp_path: Path) -> None:
    """`python -m scale_what_build.typedefs PATH` writes the file (again only when it changed); the default path
    is git-ignored."""
    target = tmp_path / "types" / "engine.d.ts"
    run = subprocess.run(
        [sys.executable, "-m", "scale_what_build.typedefs", str(target)], capture_output=True, text=True, check=True
    )
    assert run.stdout.strip() == str(target)
    assert target.read_text(encoding="utf-8") == typedefs.render()
    before = target.stat().st_mtime_ns
    typedefs.write(target)
    assert target.stat().st_mtime_ns == before
    ignored = subprocess.run(["git", "check-ignore", "-q", str(typedefs.OUTPUT)], cwd=ROOT, check=False)
    assert ignored.returncode == 0, "the generated declarations must stay untracked"
    assert typedefs.main([str(target)]) == 0


def _type_check(tmp_path: Path, declarations: str) -> subprocess.CompletedProcess[str]:
    """tsc over a copy of the site's JavaScript with these declarations in place of the generated ones."""
    scripts = tmp_path / "docs" / "assets" / "javascripts"
    scripts.mkdir(parents=True)
    for script in (ROOT / "docs" / "assets" / "javascripts").glob("*.js"):
        (scripts / script.name).write_text(script.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "types").mkdir()
    (tmp_path / "types" / "engine.d.ts").write_text(declarations, encoding="utf-8")
    (tmp_path / "node_modules").symlink_to(ROOT / "node_modules")
    (tmp_path / "package.json").write_text((ROOT / "package.json").read_text(encoding="utf-8"), encoding="utf-8")
    config = json.loads((ROOT / "jsconfig.json").read_text(encoding="utf-8"))
    config["include"] = ["docs/assets/javascripts/**/*.js", "types/**/*.d.ts"]
    (tmp_path / "jsconfig.json").write_text(json.dumps(config), encoding="utf-8")
    tsc = ROOT / "node_modules" / ".bin" / "tsc"
    return subprocess.run(
        [str(tsc), "--noEmit", "-p", "jsconfig.json"], cwd=tmp_path, capture_output=True, text=True, check=False
    )


def test_javascript_reading_a_field_the_engine_no_longer_sends_fails_the_type_check(tmp_path: Path) -> None:
    """Drop one field the page reads from the session's generated declaration (as if the engine stopped sending
    it) and tsc fails, and only because of that field (`make lint` checks the declarations as generated)."""
    declarations = typedefs.render()
    field = "  readonly no_recommendation: NoRecommendation | null;\n"
    assert field in declarations
    failed = _type_check(tmp_path, declarations.replace(field, ""))
    errors = [line for line in failed.stdout.splitlines() if "error TS" in line]
    assert failed.returncode != 0
    assert errors
    assert all("Property 'no_recommendation' does not exist on type 'Session'" in line for line in errors), errors


BLANK_IN_NODE = """
import { parseContract } from "./docs/assets/javascripts/contract.js";
let text = "";
for await (const chunk of process.stdin) text += chunk;
const contract = parseContract(text);
const blank = [];
for (let code = 0; code <= 0x10ffff; code++) if (contract.isBlank(String.fromCodePoint(code))) blank.push(code);
console.log(JSON.stringify(blank));
"""


def test_the_page_and_the_engine_find_the_same_characters_blank() -> None:
    """Every character is blank to the page's JavaScript (the contract's categories and code points, read by
    contract.js) exactly when it is blank to the engine (complaints.is_blank), those Python 3.11's Unicode database
    does not know included (an attack review: Node's newer Unicode found U+13439 blank, the engine did not)."""
    run = subprocess.run(
        ["node", "--input-type=module", "-e", BLANK_IN_NODE],
        cwd=ROOT,
        input=json.dumps(contract.contract()),
        capture_output=True,
        text=True,
        check=True,
    )
    in_node = set(json.loads(run.stdout))
    assert [code for code in range(0x110000) if (code in in_node) != is_blank(chr(code))] == []
    assert len(in_node) > 200  # the categories reached the page: spaces, controls and format characters
