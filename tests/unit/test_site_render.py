"""The "How the tool decides" fragments: rendered from the engine's data, so the page cannot drift from the code."""

from __future__ import annotations

from types import ModuleType

import pytest

from decision_engine import QUESTIONS, RUBRIC_VERSION, __version__, recommend, rubric_fingerprint, triage
from decision_engine.rules import CONFIDENCE, NOTES, SEQUENCE_RULES
from tests.conftest import ROOT, load_build_module

PAGE = ROOT / "docs" / "how-it-decides.md"


@pytest.fixture(scope="module")
def render() -> ModuleType:
    return load_build_module("site_render")


def _ctx(render: ModuleType) -> object:
    return render.RenderContext(
        page_url="how-it-decides/", runtime_url="../r/", wheel_url="../r/w.whl", runtime_bytes=1, site_root="../"
    )


def test_the_page_uses_every_rules_fragment_and_renders_completely(render: ModuleType) -> None:
    """The page asks for each rules and complaint fragment once, in order; after rendering none is left."""
    markdown = PAGE.read_text(encoding="utf-8")
    names = render.PLACEHOLDER.findall(markdown)
    assert names == [
        "rules-questions",
        "rules-notes",
        "rules-tiebreak",
        "rules-sequence",
        "rules-confidence",
        "rules-under-invested",
        "rules-examples",
        "rubric-version",
        "complaint-reading",
        "complaint-rules",
        "complaint-vocabulary",
    ]
    filled = render.fill_placeholders(markdown, _ctx(render))
    assert render.PLACEHOLDER.search(filled) is None
    assert filled.startswith("---\ndescription: ")


def test_questions_fragment_names_every_question_option_and_weight(render: ModuleType) -> None:
    """Every question id and prompt, every option id and label, and every move with its points and reason."""
    text = render.rules_questions(_ctx(render))
    for question in QUESTIONS:
        assert f"### {question.prompt} {{#{question.id}}}" in text
        assert f"`{question.id}`, {'required' if question.required else 'optional'}. {question.help}" in text
        for option in question.options:
            assert f"- **{option.label}** (`{option.id}`)" in text
            for effect in option.effects:
                sign = "+" if effect.points > 0 else render.MINUS
                assert f"**{sign}{abs(effect.points)} {effect.type.value}**. {effect.rationale}" in text
    assert "- **Most** (`most`): counts as 5 points of effort." in text
    assert "- **No** (`no`): no evidence either way." in text
    assert "- **Not sure** (`not_sure`): no evidence; lowers confidence." in text


def test_mid_market_moves_are_a_nested_list(render: ModuleType) -> None:
    """An option that moves two types lists each move on its own line."""
    text = render.rules_questions(_ctx(render))
    assert (
        "- **Mid-market** (`mid_market`):\n"
        "    - **+1 process**. Adoption is widening to the mid-market: more customers notice every regression.\n"
        "    - **+1 user**. Adoption is widening to the mid-market: buyers start to ask for roles and admin controls."
    ) in text


def test_notes_and_sequence_fragments_list_every_rule(render: ModuleType) -> None:
    """Each note and sequence rule appears with its id, its condition and its text."""
    notes = render.rules_notes(_ctx(render))
    condition = "the answer to [Are enterprise deals blocked on missing controls?](#deals_blocked) is *Yes*"
    for note in NOTES:
        assert f"- When {condition}, and **{note.lead.title.lower()}** leads (`{note.id}`): {note.text}" in notes
    sequence = render.rules_sequence(_ctx(render))
    assert sequence.startswith(
        "The sequence is the lead, then the other two in the default order (technical scaling, then process "
        "scaling, then user scaling), except:\n\n"
    )
    for rule in SEQUENCE_RULES:
        assert f"user scaling moves ahead of process scaling (`{rule.id}`)." in sequence
    assert "[Where is adoption heading?](#adoption) is *Going upmarket (enterprise)*" in sequence


def test_tiebreak_fragment_is_the_default_sequence(render: ModuleType) -> None:
    """The tie-break is stated once, with the default sequence as an ordered list."""
    assert render.rules_tiebreak(_ctx(render)) == (
        "When two or three types share the top score, the one that comes first in the default sequence leads, "
        "and the rationale says so:\n\n1. Technical scaling\n2. Process scaling\n3. User scaling"
    )


def test_confidence_fragment_has_every_setting(render: ModuleType) -> None:
    """Each penalty, the floor and the level thresholds come from the engine's confidence rules."""
    text = render.rules_confidence(_ctx(render))
    assert f"| You answered *Not sure* to the deciding question | {render.MINUS}{CONFIDENCE.deciding_unsure} |" in text
    assert f"| Each other *Not sure* answer | {render.MINUS}{CONFIDENCE.context_unsure} |" in text
    assert f"| Each context question left unanswered | {render.MINUS}{CONFIDENCE.unanswered} |" in text
    assert f"| The top two types tie | {render.MINUS}{CONFIDENCE.tie} |" in text
    assert f"| The top two are at most 1 point apart | {render.MINUS}{CONFIDENCE.near_tie} |" in text
    assert (
        f"It never drops below {CONFIDENCE.floor}. From {CONFIDENCE.high} up it reads **high**, "
        f"from {CONFIDENCE.medium} **medium**"
    ) in text


def test_under_invested_fragment_has_the_effort_points(render: ModuleType) -> None:
    """The effort table lists each effort option with its points."""
    text = render.rules_under_invested(_ctx(render))
    assert "| None (`none`) | 0 |\n| Some (`some`) | 2 |\n| Most (`most`) | 5 |" in text


def test_worked_examples_are_computed_by_the_engine(render: ModuleType) -> None:
    """Each worked example's row shows the lead and scores that recommend() gives for it."""
    text = render.rules_examples(_ctx(render))
    rows = text.splitlines()[2:]
    assert len(rows) == len(render.WORKED_EXAMPLES)
    for answers, row in zip(render.WORKED_EXAMPLES, rows, strict=True):
        rec = recommend(answers)
        scores = ", ".join(f"{ranked.type.value} {ranked.score}" for ranked in rec.ranking)
        assert row.endswith(f"| **{rec.lead.title}** ({scores}); confidence {rec.confidence.level} |")
    assert rows[5] == (
        "| `failure_mode`: Outages / latency; `deals_blocked`: Yes; `freq_outages`: Weekly or more "
        "| **Technical scaling** (technical 5, user 2, process 0); confidence high |"
    )


def test_rubric_version_fragment(render: ModuleType) -> None:
    """The rubric version, its fingerprint and the engine version this build runs."""
    assert render.rubric_version(_ctx(render)) == (
        f"This site runs **rubric version {RUBRIC_VERSION}** (fingerprint `{rubric_fingerprint()}`), "
        f"in decision engine {__version__}."
    )


def test_markdown_in_engine_text_is_escaped(render: ModuleType) -> None:
    """Markup characters in engine text show literally instead of formatting the page."""
    assert render._md("a*b_c [d] `e` <f> & g\\") == "a\\*b\\_c \\[d\\] \\`e\\` &lt;f&gt; &amp; g\\\\"


def test_complaint_rules_fragment_states_the_engine_numbers_and_a_computed_triage(render: ModuleType) -> None:
    """The complaint rules give the engine's numbers, and the issue's three examples as triage() reads them."""
    text = render.complaint_rules(_ctx(render))
    rules, example = text.split("\n\nFor example, ", 1)
    assert [line.split("**")[1] for line in rules.splitlines()] == [
        "Limits.",
        "Category.",
        "Second type.",
        "Confidence",
        "Weight by place.",
        "Under-invested type.",
        "Effort flag.",
    ]
    assert "A complaint is at most 500 characters; a triage takes 1 to 5 complaints." in rules
    assert "Named when its score reaches 2/5 (40%) of the leading score." in rules
    assert "(leading score + 3)), two decimals. One decisive cue (weight 3) alone gives 0.5." in rules
    assert "It reads **high** from 0.6, **medium** from 0.35, **low** above 0, and **none** when no cue" in rules
    assert "#1 weighs 5, #2 weighs 4, #3 weighs 3, #4 weighs 2, #5 weighs 1." in rules
    assert "with the ranks none 0, some 1, most 2 for last quarter's effort" in rules
    result = triage(render.TRIAGE_EXAMPLE, render.TRIAGE_EXAMPLE_INVESTMENT)
    reason = result.reason.removeprefix("user: ")
    assert example == (
        "with last quarter's effort technical *most*, process *some*, user *none*, the engine reads three "
        "complaints like this when this page is built:\n\n"
        "1. *p99 latency spikes at peak*: **technical** (weight 5, confidence high)\n"
        "2. *deploys break prod every Friday*: **process** (weight 4, confidence medium)\n"
        "3. *enterprise customers want SSO and audit logs*: **user** (weight 3, confidence high)\n\n"
        f"Under-invested: **user**: {reason}."
    )
    assert reason == "complaint #3 points at it, weighing 3 of 12, and the effort it got last quarter was none"


def test_complaint_reading_fragment_comes_from_the_engine(render: ModuleType) -> None:
    """The reading section gives the engine's numbers and word lists, every context rule with its reason, the
    fallback's training data, and the examples as categorize() reads them when the page is built."""
    from decision_engine import complaint_fallback, cues  # noqa: PLC0415
    from decision_engine.complaints import categorize  # noqa: PLC0415

    text = render.complaint_reading(_ctx(render))
    steps = [line.split("**")[1] for line in text.split("\n\nThe ambiguous cues")[0].splitlines()]
    assert steps == [
        "Clauses.",
        "Fine or not the problem.",
        "Negated symptoms.",
        "Misspellings.",
        "Ambiguous cues.",
        "The fallback model.",
    ]
    assert f"A word of {cues.TYPO_MIN_LETTERS} letters or more" in text
    assert f"its cue counts {cues.TYPO_PENALTY} less" in text
    assert f"on {len(complaint_fallback.training_documents())} texts (" in text
    assert f"always at confidence {complaint_fallback.FALLBACK_CONFIDENCE} (*low*)" in text
    for rule in cues.CONTEXT_RULES:
        assert (
            f"- *{render._md(rule.cue)}* needs a word about {render._md(rule.about)}: {render._md(rule.reason)}."
            in text
        )
    for complaint in render.READING_EXAMPLES:
        result = categorize(complaint)
        assert f"- *{render._md(complaint)}*: **{result.type}** ({result.confidence_word}): " in text
    assert "discounted: 'Latency is not the problem'" in text
    assert "outtages \u2192 outage" in text
    assert "a guess: no cue counted" in text
