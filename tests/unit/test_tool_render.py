"""The questionnaire's markup comes from autoescaping templates: engine text is always written as text."""

from __future__ import annotations

import dataclasses
import html
import html.parser
import json
import re
from types import SimpleNamespace

import jinja2
import pytest

import decision_engine
from scale_what_build import page_data, tool_render
from tests.support import ROOT
from tests.support.render import render_context

HOSTILE = "</legend><img src=x onerror=\"alert('x')\"> & </script><!--"


class _Text(html.parser.HTMLParser):
    """The page's text and attribute values as a browser reads them, and every tag name."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.values: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.values.extend(value for _, value in attrs if value)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_hostile_text_in_the_engines_data_is_escaped(monkeypatch: pytest.MonkeyPatch) -> None:
    """A prompt, a help text and an option label that look like markup come out as text, and the contract's
    JSON keeps them inside its attribute."""
    first, *rest = decision_engine.QUESTIONS
    hostile = dataclasses.replace(
        first,
        prompt=HOSTILE,
        help=HOSTILE,
        options=(dataclasses.replace(first.options[0], label=HOSTILE), *first.options[1:]),
    )
    monkeypatch.setattr(decision_engine, "QUESTIONS", (hostile, *rest))
    markup = tool_render.questionnaire_form(render_context())
    assert HOSTILE not in markup
    assert "<img" not in markup
    page = _Text()
    page.feed(markup)
    assert "img" not in page.tags
    text = "".join(page.text)
    # legend, help, option label, the check row (twice), the clear button's hidden text, the mapping's two lines
    assert text.count(HOSTILE) >= 6
    root = re.search(rf'<div id="{page_data.ELEMENT_IDS["root"]}" [^>]*data-contract="([^"]*)"', markup)
    assert root is not None
    contract = json.loads(html.unescape(root.group(1)))
    assert contract["questions"][0]["prompt"] == HOSTILE


def test_the_templates_escape_by_default_and_refuse_an_undefined_value() -> None:
    """Autoescape is on for every template, and a value a template needs but is not given stops the build."""
    env = tool_render.environment()
    assert env.autoescape is True
    assert env.from_string("{{ value }}").render(value="<b>&") == "&lt;b&gt;&amp;"
    with pytest.raises(jinja2.UndefinedError):
        tool_render.render("mapping.html", ctx=render_context())


def test_the_markup_has_no_blank_line() -> None:
    """A blank line would end the raw HTML block in the Markdown page the markup is placed in."""
    assert "\n\n" not in tool_render.questionnaire_form(render_context())


def test_each_group_needs_its_questions() -> None:
    """A question kind no group holds, or a group with no question, is a build error."""
    questions = decision_engine.QUESTIONS
    odd = dataclasses.replace(questions[0], kind=SimpleNamespace(value="odd"))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="belong to no group"):
        tool_render._groups((*questions, odd))
    with pytest.raises(ValueError, match="expects each group"):
        tool_render._groups(tuple(q for q in questions if q.kind.value != "comfort"))


class _Headings(html.parser.HTMLParser):
    """The h2 headings of the markup, in order, as (id, text)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.headings: list[tuple[str, str]] = []
        self._open: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "h2":
            self._open = dict(attrs).get("id") or ""
            self.headings.append((self._open, ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "h2":
            self._open = None

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            heading_id, text = self.headings[-1]
            self.headings[-1] = (heading_id, text + data)


def test_the_complaints_have_a_heading_of_their_own() -> None:
    """A reader review: the exercise's boxes sat under "Your team's habit" in the page's outline. Their legend is an
    h2, after the last group's heading, as the deciding question's is."""
    page = _Headings()
    page.feed(tool_render.questionnaire_form(render_context()))
    ids = [heading_id for heading_id, _ in page.headings]
    complaints = page_data.group_id("complaints")
    assert complaints in ids
    assert ids.index(complaints) == ids.index(page_data.group_id("comfort")) + 1
    assert dict(page.headings)[complaints] == "Your top scaling complaints (optional)"


def test_the_context_hint_says_when_those_answers_move_the_lead() -> None:
    """A reader's review: the hint said these answers only order the other types and flag, while a blocked deal or a
    "Not sure" moved the lead; it names the guide's two cases (docs/includes/deciding-question.md, whose claims the
    build runs against the engine)."""
    hint = next(group[3] for group in tool_render.GROUPS if group[0] == "context")
    guide = (ROOT / "docs" / "includes" / "deciding-question.md").read_text(encoding="utf-8")
    assert "They move the lead only in\ntwo cases" in guide
    assert "move the lead only when blocked deals cost more" in hint
    assert "not sure which failure costs most" in hint
    assert "If you say the blocked deals cost more" in guide
    assert "You are not sure which failure costs most" in guide
