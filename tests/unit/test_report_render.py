"""The Markdown download rendered by real Markdown renderers: nothing in it comes from the reader's text but text.

Two renderers read every report: markdown-it-py (CommonMark, raw HTML on, as GitHub-like viewers have it) and
Python-Markdown (the one MkDocs uses, with its "extra" extensions). The reader's text carries a marker word; the
rendered HTML may hold it only inside code (a code span or a code block), and holds no element of the reader's
making: no image, no link but the one back to the tool, no emphasis, no raw HTML.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from html.parser import HTMLParser
from typing import Any

import markdown
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from decision_engine.bridge import handle
from decision_engine.complaints import MAX_COMPLAINT_CHARS, is_blank
from decision_engine.report import Removed, code_span

LINK = "https://example.org/scale-what/tool/"
MARK = "attacker"
ANSWERS = {"failure_mode": "outages", "deals_blocked": "yes", "effort_technical": "most", "effort_user": "none"}

#: What the reader may type, from issue 17's attacks on: images, links, emphasis, raw HTML, block syntax, fences
#: and backtick runs, escapes, direction controls, NUL and terminal escapes, blank lines, tables, the length limit.
HOSTILE = (
    f"mean![](//{MARK}.example/x.png)recovery",
    f"[click](https://{MARK}.example/) <https://{MARK}.example/> www.{MARK}.example {MARK}@mail.example",
    f"*{MARK}* _{MARK}_ **{MARK}** __{MARK}__ ~~{MARK}~~",
    f"<img src=x onerror=alert(1)> <script>{MARK}()</script> <!-- {MARK} --> &lt;b&gt; &#60;i&#62;{MARK}",
    f"``` fenced\n# {MARK} heading\n\n- item\n> quote\n    indented {MARK}\n---\n===",
    f"back`tick and ``double`` {MARK} ```",
    "```",
    "`",
    f"\\*{MARK}\\* ends with a backslash \\",
    f"\u202e{MARK} desrever\u202c and \u2066isolate\u2069 \u200f",
    f"NUL\x00 bell\x07 escape\x1b[31m {MARK}\x7f\x85",
    f"a\n\nb ![x](//{MARK}.example/y.png)\n\n\n<div>\n\n{MARK}",
    "x" * (MAX_COMPLAINT_CHARS + 1) + f" ![](//{MARK}.example/long.png)",
    f"| a | b |\n|---|---|\n| ![](//{MARK}.example/t.png) | *{MARK}* |",
    f"SSO is *fine* ![](//{MARK}.example/z.png), but the latancy at checkout is awful",
    f"[{MARK}]: https://{MARK}.example/ref\n[deploys break][{MARK}]",
    f"deploys break prod {MARK}\r\nevery\rFriday\t<b>{MARK}</b>",
)

#: The elements the report's own Markdown makes.
ENGINE_TAGS = {"h1", "h2", "h3", "p", "ul", "ol", "li", "strong", "code", "pre", "hr", "a"}


def _report(complaints: list[str], overrides: dict[str, str] | None = None) -> str:
    state = {"answers": ANSWERS, "complaints": complaints, "overrides": overrides or {}}
    payload = {"state": state, "format": "markdown", "date": "2026-11-30", "link": LINK}
    reply = json.loads(handle(json.dumps({"command": "report", "payload": payload})))
    assert reply["ok"], reply
    text: str = reply["result"]
    return text


class _Elements(HTMLParser):
    """Every element in rendered HTML, and where the marker word shows: inside code or outside it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.open: list[str] = []
        self.marked_outside: list[str] = []
        self.marked_in_code = 0
        self.strong: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in {"hr", "br", "img"}:
            self.open.append(tag)
        if any(MARK in (value or "") for _, value in attrs):
            self.marked_outside.append(f"<{tag} {attrs}>")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.open:
            del self.open[len(self.open) - 1 - self.open[::-1].index(tag) :]

    def handle_data(self, data: str) -> None:
        if "strong" in self.open:
            self.strong.append(data)
        if MARK in data:
            if "code" in self.open or "pre" in self.open:
                self.marked_in_code += data.count(MARK)
            else:
                self.marked_outside.append(data)

    def handle_comment(self, data: str) -> None:
        self.marked_outside.append(f"<!--{data}-->")


def _python_markdown(text: str) -> str:
    return markdown.markdown(text, extensions=["extra"])


def _rendered(text: str) -> dict[str, _Elements]:
    found = {}
    renderers: dict[str, Callable[[str], str]] = {
        "markdown-it (CommonMark, HTML on)": MarkdownIt("commonmark", {"html": True}).render,
        "Python-Markdown (extra)": _python_markdown,
    }
    for name, render in renderers.items():
        elements = _Elements()
        elements.feed(render(text))
        elements.close()
        found[name] = elements
    return found


def _assert_inert(text: str, marked: int) -> None:
    """Rendered by both renderers: only the report's own elements; the marker only inside code."""
    for name, elements in _rendered(text).items():
        tags = {tag for tag, _ in elements.tags}
        assert tags <= ENGINE_TAGS, (name, tags - ENGINE_TAGS)
        assert [attrs for tag, attrs in elements.tags if tag == "a"] == [{"href": LINK}], name
        assert elements.marked_outside == [], name
        assert elements.marked_in_code >= marked, name
        labels = {"Outages / latency", "Yes", "Most", "None", "Not answered"}
        assert set(elements.strong) <= labels, (name, set(elements.strong) - labels)


CASES = [list(HOSTILE[start : start + 5]) for start in range(0, len(HOSTILE), 5)]


@pytest.mark.parametrize("complaints", CASES, ids=[f"attacks-{i + 1}" for i in range(len(CASES))])
def test_no_element_of_the_readers_making(complaints: list[str]) -> None:
    """Issue 17's attacks, five boxes at a time (a category chosen for one): rendered, the report has no image,
    no link but the way back, no emphasis and no HTML from the reader, and the reader's words only inside code."""
    text = _report(complaints, {"1": "user"})
    _assert_inert(text, sum(MARK in complaint for complaint in complaints))
    assert "\x00" not in text
    assert not any(unicodedata.category(char) == "Cc" and char not in "\n\t" for char in text)
    assert not any(
        unicodedata.bidirectional(char) in {"LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"}
        for char in text
    )


def test_a_complaints_spaces_and_blank_lines_are_kept() -> None:
    """A reader's review: a complaint that ended in two spaces lost them in the Markdown, which the page, the JSON and
    the link kept; blank lines at its ends, and spaces at the ends of its lines, are the reader's too."""
    complaint = "\n  deploys break prod  \n\nevery Friday  \n\n"
    text = _report([complaint])
    assert "\n    \n      deploys break prod  \n    \n    every Friday  \n    \n    \n" in text


def test_every_box_under_its_own_number_with_its_text_in_full() -> None:
    """Empty boxes leave their number unused; an over-long complaint is listed, flagged and kept in full; a box
    read after a skipped one says which place among those written it weighs as; nothing is renumbered."""
    long_text = "the dashboards are slow and nobody owns the release process " * 10
    text = _report(["", long_text, "deploys break prod every Friday", "", "p99 latency spikes at peak"])
    headings = [line for line in text.splitlines() if line.startswith("### ")]
    assert headings == [
        f"### Complaint 2: not categorised: over {MAX_COMPLAINT_CHARS} characters",
        "### Complaint 3: Process scaling (confidence medium)",
        "### Complaint 5: Technical scaling (confidence high)",
    ]
    assert f"    {long_text}\n" in text  # its last space too
    assert "Weight 5, as the first complaint read." in text
    assert "Weight 4, as the second complaint read." in text
    assert "complaint #3 points at it" in text  # the verdict names it by its box too
    document = json.loads(
        handle(
            json.dumps(
                {
                    "command": "report",
                    "payload": {
                        "state": {"answers": ANSWERS, "complaints": ["", long_text], "overrides": {}},
                        "format": "json",
                    },
                }
            )
        )
    )["result"]
    assert json.loads(document)["boxes"] == [
        {"box": 1, "status": "empty", "chars": 0, "note": None, "position": None},
        {
            "box": 2,
            "status": "over_limit",
            "chars": len(long_text),
            "note": f"not categorised: over {MAX_COMPLAINT_CHARS} characters",
            "position": None,
        },
    ]
    assert json.loads(document)["state"]["complaints"][1] == long_text


def test_what_was_removed_is_said_in_the_file() -> None:
    """Direction controls and control characters are removed from the reader's text, and the file says how many;
    a report with clean text says nothing about it."""
    text = _report(["\u202eSSO\u202c please\x00", "deploys break prod"])
    assert (
        "Removed from your text in this file: 2 text-direction control characters and 1 control character (such "
        "as NUL)."
    ) in text
    assert "    SSO please\n" in text
    assert "Removed from your text" not in _report(["SSO please"])
    # Counted in the text once, not again in each of its words the reading quotes (an attack review: one override in
    # "deploys", quoted as a cue and in a combination, was said as three).
    once = _report(["dep\u202eloys fail every week"])
    assert "`deploys`" in once
    assert "Removed from your text in this file: 1 text-direction control character." in once


@pytest.mark.parametrize(
    ("words", "span", "shown"),
    [
        ("SSO", "`SSO`", "<code>SSO</code>"),
        ("audit`` logs", "```audit`` logs```", "<code>audit`` logs</code>"),
        ("`SSO`", "`` `SSO` ``", "<code>`SSO`</code>"),
        ("a\n\n  b\tc", "`a b c`", "<code>a b c</code>"),
        ("\x00\u202e", "(empty)", "(empty)"),
    ],
    ids=["plain", "backtick-run", "backtick-ends", "line-breaks", "nothing-left"],
)
def test_a_code_span_holds_exactly_the_readers_words(words: str, span: str, shown: str) -> None:
    """Backtick runs get a longer fence, backticks at an end get a space of padding, line breaks and runs of
    spaces read as one space (a blank line would end the span): rendered, the code holds the words as written."""
    assert code_span(words, Removed()) == span
    assert MarkdownIt("commonmark").renderInline(span) == shown


def test_a_complaint_in_its_block_reads_exactly_as_written() -> None:
    """The complaint's own block holds its text, backticks and line breaks included (blank lines at its ends, which
    would end the block, left out)."""
    text = _report(["\n \n``audit`` logs `SSO` please\n\nand\n    more\n \n"])
    html = MarkdownIt("commonmark").render(text)
    assert "<pre><code>``audit`` logs `SSO` please\n\nand\n    more\n</code></pre>" in html
    assert "<code>audit`` logs</code> (audit logs)" in html


_ANY_TEXT = st.text(st.characters(codec=None, categories=None), max_size=80) | st.sampled_from(HOSTILE)


@given(st.lists(_ANY_TEXT, min_size=1, max_size=5))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_text_renders_to_the_reports_own_elements_only(complaints: list[str]) -> None:
    """Any text in any box (any code point, markup, backticks): the CommonMark rendering has exactly the report's
    own structure: no image, no raw HTML, no emphasis, one link, and headings only for the report's parts."""
    text = _report(complaints)
    plain = _report([""] * len(complaints))
    tokens = _flat(MarkdownIt("commonmark", {"html": True}).parse(text))
    kinds = {token.type for token in tokens}
    assert not kinds & {"image", "html_inline", "html_block", "em_open", "fence"}
    assert sum(token.type == "link_open" for token in tokens) == 1
    strong = sum(token.type == "strong_open" for token in tokens)
    assert strong == sum(token.type == "strong_open" for token in _flat(MarkdownIt("commonmark").parse(plain)))
    headings = sum(token.type == "heading_open" for token in tokens)
    boxes = sum(1 for complaint in complaints if not is_blank(complaint))
    expected = sum(token.type == "heading_open" for token in _flat(MarkdownIt("commonmark").parse(plain)))
    assert headings == expected + (1 + boxes if boxes else 0)


def _flat(tokens: list[Any]) -> list[Any]:
    return [found for token in tokens for found in [token, *_flat(token.children or [])]]
