"""The "How the tool decides" fragments: rendered from the engine's data, so the page cannot drift from the code."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from decision_engine import QUESTIONS, RUBRIC_VERSION, ScalingType, __version__, recommend, rubric_fingerprint, triage
from decision_engine.guidance import GUIDANCE
from decision_engine.rules import LEAD_RULES, NEXT_RULES
from scale_what_build import guide_render, tool_render
from scale_what_build import site_render as render
from tests.support import ROOT
from tests.support.render import render_context

PAGE = ROOT / "docs" / "how-it-decides.md"


def test_the_page_uses_every_rules_fragment_and_renders_completely() -> None:
    """The page asks for each rules and complaint fragment once, in order (its claims aside); after rendering none is
    left."""
    markdown = PAGE.read_text(encoding="utf-8")
    names = [match[1] for match in render.PLACEHOLDER.findall(markdown) if match[1] != "claim"]
    assert names == [
        "rules-questions",
        "rules-lead",
        "rules-sequence",
        "rules-flags",
        "rules-confidence",
        "rules-under-invested",
        "rules-examples",
        "rubric-version",
        "complaint-reading",
        "complaint-rules",
        "complaint-vocabulary",
    ]
    filled = render.fill_placeholders(markdown, render_context("how-it-decides/"))
    assert render.PLACEHOLDER.search(filled) is None
    assert filled.startswith("---\ndescription: ")


def test_questions_fragment_names_every_question_option_and_weight() -> None:
    """Every question and its role, every option label, the type it names or each move with its points and reason."""
    text = render.rules_questions(render_context("how-it-decides/"))
    for question in QUESTIONS:
        assert f"### {question.prompt} {{#{question.id}}}" in text
        for option in question.options:
            assert f"- **{option.label}**" in text
            for effect in option.effects:
                sign = "+" if effect.points > 0 else render.MINUS
                assert f"**{sign}{abs(effect.points)} {effect.type.value}**. {effect.rationale}" in text
    assert "- **Outages / latency**: names technical scaling." in text
    assert "- **Most**: counts as 5 points of effort." in text
    assert (
        "Asked only when the answer to [Are enterprise deals blocked on missing controls?](#deals_blocked) is *Yes* "
        "and the answer to [What is the most expensive failure mode right now?](#failure_mode) is *Outages / latency* "
        "or *Regressions / firefighting*."
    ) in text
    assert "Required. Decides the lead." in text


def test_mid_market_moves_are_a_nested_list() -> None:
    """An option that moves two types lists each move on its own line."""
    text = render.rules_questions(render_context("how-it-decides/"))
    assert (
        "- **Mid-market**:\n"
        "    - **+1 process**. Adoption is widening to the mid-market: more customers notice every regression.\n"
        "    - **+1 user**. Adoption is widening to the mid-market: buyers start to ask for roles and admin controls."
    ) in text


def test_lead_and_sequence_fragments_list_every_rule() -> None:
    """The lead rules and next rules each appear with their conditions, from the engine's data."""
    lead = render.rules_lead(render_context("how-it-decides/"))
    assert lead.startswith(
        "1. **The type your answer names leads**: *Outages / latency* → **technical scaling**; *Regressions / "
        "firefighting* → **process scaling**; *Governance / trust / permissions* → **user scaling**."
    )
    assert len(lead.splitlines()) == len(LEAD_RULES) + 2
    assert "*The blocked deals*: **user scaling** leads, and the type you named comes second." in lead
    sequence = render.rules_sequence(render_context("how-it-decides/"))
    for rule in NEXT_RULES:
        assert f"{rule.type.title.lower()} comes next, unless it leads." in sequence
    assert "[Where is adoption heading?](#adoption) is *Going upmarket (enterprise)*" in sequence


def test_flags_confidence_and_verdict_fragments() -> None:
    """Three flags, the three confidence words in the order they are tried, one verdict with its effort points."""
    assert render.rules_flags(render_context("how-it-decides/")).count("\n- **") == 4
    confidence = render.rules_confidence(render_context("how-it-decides/"))
    assert [line.split("**")[1] for line in confidence.splitlines() if line.startswith("1.")] == [
        "tentative",
        "conditional",
        "firm",
    ]
    # The level as the JSON names it, beside the word shown where the two differ.
    assert "1. **conditional** (`check` in the JSON) when a flag is shown" in confidence
    under = render.rules_under_invested(render_context("how-it-decides/"))
    assert "*None* 0, *Some* 2, *Most* 5" in under
    # The exercise's check, in the engine's own sentence for the example the page names.
    example = recommend({"failure_mode": "outages"}, ["Enterprise customers are asking for SSO and audit logs"])
    assert example.under_invested.against_lead is not None
    assert "[exercise's](exercise.md#under-invested) check" in under
    assert f"the result adds: “{example.under_invested.against_lead}”" in under


def test_worked_examples_are_computed_by_the_engine() -> None:
    """Each worked example shows the order and confidence that recommend() gives for it, and its flags."""
    items = render.rules_examples(render_context("how-it-decides/")).split("\n- ")[1:]
    assert len(items) == len(render.WORKED_EXAMPLES)
    for answers, item in zip(render.WORKED_EXAMPLES, items, strict=True):
        rec = recommend(answers)
        order = ", then ".join(kind.title.lower() for kind in rec.sequence.order)
        assert f"**{order}**; confidence *{rec.confidence.word}*." in item
        assert item.count("Flag: ") == len(rec.flags)


# ---------------------------------------------------------------------------------------------
# Scenarios: the guide's claims, executed
# ---------------------------------------------------------------------------------------------


def test_points_to_renders_the_engine_order_with_the_indentation() -> None:
    """A scenario's Points-to line comes from the engine, indented like its placeholder (inside a tab)."""
    answers = "failure_mode=outages deals_blocked=yes costs_more=blocked_deals"
    markdown = f'=== "Tab"\n\n    <!-- scale-what: points-to {answers} -->\n    More.\n'
    assert render.fill_placeholders(markdown, render_context("how-it-decides/")) == (
        '=== "Tab"\n\n    **Points to: user scaling**, then technical scaling, then process scaling.\n    More.\n'
    )


def test_a_claim_renders_nothing_and_keeps_the_paragraph() -> None:
    """A true claim's whole line goes, so the sentences around it stay one paragraph."""
    markdown = "One.\n<!-- scale-what: claim failure_mode=governance lead=user second=technical level=firm -->\nTwo.\n"
    assert render.fill_placeholders(markdown, render_context("how-it-decides/")) == "One.\nTwo.\n"


def test_an_include_is_inlined_with_its_indentation_so_its_claims_are_checked(tmp_path: Path) -> None:
    """An include's text takes the place of its line, indented as it was (inside an admonition): its claims are then
    read by the build on every page that shows it. A claim the engine contradicts fails that page."""
    includes = tmp_path / "docs" / "includes"  # a project of its own, with one include
    includes.mkdir(parents=True)
    (includes / "said.md").write_text(
        "Outages lead.\n\n<!-- scale-what: claim failure_mode=outages lead=user second=technical -->\n",
        encoding="utf-8",
    )
    markdown = '!!! note\n\n    --8<-- "docs/includes/said.md"\n\nAfter.\n'
    inlined = render.inline_includes(markdown, tmp_path)
    assert inlined == (
        "!!! note\n\n    Outages lead.\n\n"
        "    <!-- scale-what: claim failure_mode=outages lead=user second=technical -->\n\nAfter.\n"
    )
    with pytest.raises(render.ScenarioMismatchError, match=re.escape("the engine decides {'lead': 'technical'")):
        render.fill_placeholders(inlined, render_context("index/"))


def test_the_deciding_questions_include_says_what_the_engine_decides() -> None:
    """The include's claims (the blocked deals that cost more, "Not sure") hold, and it renders no marker."""
    include = '--8<-- "docs/includes/deciding-question.md"\n'
    filled = render.fill_placeholders(render.inline_includes(include, ROOT), render_context("index/"))
    assert "scale-what" not in filled
    assert "**You are not sure which failure costs most.** Your other answers pick the lead" in filled


@pytest.mark.parametrize(
    ("claim", "message"),
    [
        ("failure_mode=outages lead=user second=technical", "the engine decides {'lead': 'technical'"),
        ("failure_mode=outages lead=technical second=user", "the engine decides {'second': 'process'}"),
        ("failure_mode=outages lead=technical second=process level=check", "{'level': 'firm'}"),
        ("failure_mode=outages lead=technical second=process under=technical", "{'under': 'none'}"),
        (
            "failure_mode=governance deals_blocked=yes effort_user=most lead=user second=technical under=user",
            "{'under': 'none'}",
        ),
        ("failure_mode=outages lead=technical second=process hurting=process", "{'hurting': 'none'}"),
        (
            "failure_mode=outages deals_blocked=yes costs_more=blocked_deals lead=user second=technical hurting=none",
            "{'hurting': 'technical'}",
        ),
    ],
)
def test_a_wrong_claim_fails_the_build(claim: str, message: str) -> None:
    """A sentence whose lead, second place, confidence, under-invested type or types said to hurt already the engine
    does not give stops the build."""
    with pytest.raises(render.ScenarioMismatchError, match=re.escape(message)):
        render.fill_placeholders(f"<!-- scale-what: claim {claim} -->\n", render_context("how-it-decides/"))


@pytest.mark.parametrize(
    ("line", "error"),
    [
        ("<!-- scale-what: points-to failure_mode=outages costs_more=blocked_deals -->", "ScenarioMismatchError"),
        ("<!-- scale-what: points-to failure_mode=maybe -->", "ScenarioMismatchError"),
        ("<!-- scale-what: points-to failure_mode=outages lead=technical -->", "UnknownPlaceholderError"),
        ("<!-- scale-what: claim failure_mode=outages lead=technical -->", "UnknownPlaceholderError"),
        ("<!-- scale-what: rules-lead failure_mode=outages -->", "UnknownPlaceholderError"),
        ("<!-- scale-what: no-such-thing -->", "UnknownPlaceholderError"),
        ("<!-- scale-what: first-actions type=ops -->", "UnknownPlaceholderError"),
        ("<!-- scale-what: first-actions type=user lead=user -->", "UnknownPlaceholderError"),
        (
            "<!-- scale-what: claim lead=user lead=user second=process failure_mode=governance -->",
            "UnknownPlaceholderError",
        ),
    ],
)
def test_bad_placeholders_fail_the_build(line: str, error: str) -> None:
    """Invalid answers, expectations on points-to, a claim without lead and second, or arguments where none belong."""
    with pytest.raises(getattr(render, error)):
        render.fill_placeholders(line + "\n", render_context("how-it-decides/"))


def test_a_type_pages_first_actions_are_the_tools() -> None:
    """A review: the tool's first actions were not the type page's. The page's list is the engine's, in its order,
    the bold words first; the tool shows the same actions when the type leads."""
    for kind in ScalingType:
        markdown = render.fill_placeholders(
            f"<!-- scale-what: first-actions type={kind.value} -->\n", render_context(f"{kind.value}/")
        )
        items = markdown.splitlines()
        actions = GUIDANCE[kind].first_actions
        assert len(items) == len(actions) >= 5
        for number, (item, action) in enumerate(zip(items, actions, strict=True), 1):
            assert item.startswith(f"{number}. **{action.bold}**")
            assert item.replace("**", "").replace("\\", "") == f"{number}. {action.text}"
    answers = {"technical": "outages", "process": "regressions", "user": "governance"}
    for kind in ScalingType:
        assert recommend({"failure_mode": answers[kind.value]}).first_actions == GUIDANCE[kind].first_actions


def test_every_guide_page_renders_and_its_scenarios_hold() -> None:
    """Every page of docs/ renders: each claim agrees with the engine, no placeholder is left."""
    renderers = {**render.RENDERERS, **tool_render.RENDERERS, **guide_render.RENDERERS}
    scenarios = 0
    for page in sorted((ROOT / "docs").rglob("*.md")):
        markdown = page.read_text(encoding="utf-8")
        scenarios += sum(1 for match in render.PLACEHOLDER.findall(markdown) if match[1] in render.SCENARIO_RENDERERS)
        assert (
            render.PLACEHOLDER.search(render.fill_placeholders(markdown, render_context("how-it-decides/"), renderers))
            is None
        )
    assert scenarios >= 15


def test_the_deciding_question_is_described_in_one_place() -> None:
    """The include is the one description, used on the four pages; no other page states its role its own way."""
    include = (ROOT / "docs" / "includes" / "deciding-question.md").read_text(encoding="utf-8")
    assert include.startswith("**The deciding question decides the lead.** What is the most expensive failure")
    users = sorted(
        page.name
        for page in (ROOT / "docs").rglob("*.md")
        if '--8<-- "docs/includes/deciding-question.md"' in page.read_text(encoding="utf-8")
    )
    assert {"index.md", "sequencing.md", "prioritising.md", "how-it-decides.md"} <= set(users)
    for page in (ROOT / "docs").rglob("*.md"):
        text = page.read_text(encoding="utf-8").lower()
        for phrase in ("tie-breaker", "always wins", "outweigh", "decides the lead"):
            if page.name != "deciding-question.md":
                assert phrase not in text, f"{page.relative_to(ROOT)} states the deciding question's role: {phrase!r}"


def test_the_source_is_credited_on_home_and_credits() -> None:
    """The source by title on Home and Credits, its diagnosis on Home."""
    title = "Tech vs Process vs User Scaling: Three Scaling Types (and the Tradeoffs)"
    home = " ".join((ROOT / "docs" / "index.md").read_text(encoding="utf-8").split())
    assert title in home
    assert title in " ".join((ROOT / "docs" / "credits.md").read_text(encoding="utf-8").split())
    assert "teams usually pick the scaling they are most comfortable with" in home


def test_rubric_version_fragment() -> None:
    """The rubric version, its fingerprint and the engine version this build runs."""
    assert render.rubric_version(render_context("how-it-decides/")) == (
        f"This site runs **rubric version {RUBRIC_VERSION}** (fingerprint `{rubric_fingerprint()}`), "
        f"in decision engine {__version__}."
    )


def test_runtime_size_fragment_continues_its_list_item() -> None:
    """The privacy page's runtime sizes come from the build (1,234 bytes as the files are, 345 as sent), on the
    line of the list item that holds the placeholder."""
    markdown = "- **Loaded only by the questionnaire.**\n  <!-- scale-what: runtime-size -->\n"
    assert render.fill_placeholders(markdown, render_context()) == (
        "- **Loaded only by the questionnaire.**\n  On the questionnaire page it is about 0.0 MB as its files are, "
        "0.0 MB as this site sends it (compressed), fetched once and then usually kept in your browser's cache.\n"
    )
    ctx = dataclasses.replace(render_context(), runtime_bytes=14_049_000, runtime_sent_bytes=3_651_000)
    assert "about 14.0 MB as its files are, 3.7 MB as this site sends it" in render.runtime_size(ctx)


def test_markdown_in_engine_text_is_escaped() -> None:
    """Markup characters in engine text show literally instead of formatting the page."""
    assert render._md("a*b_c [d] `e` <f> & g\\") == "a\\*b\\_c \\[d\\] \\`e\\` &lt;f&gt; &amp; g\\\\"


def test_complaint_rules_fragment_states_the_engine_numbers_and_a_computed_triage() -> None:
    """The complaint rules give the engine's numbers, and the issue's three examples as triage() reads them."""
    text = render.complaint_rules(render_context("how-it-decides/"))
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
    assert (
        "The first complaint written is the one that hurts most: in the order written they weigh 5, 4, 3, 2 and 1."
        in rules
    )
    assert (
        "an empty box, or one over 500 characters (not read), is skipped and each complaint keeps its box's number: "
        "with box 1 left empty, the complaints in boxes 2 and 3 weigh 5 and 4, and the verdict calls them #2 and #3."
    ) in rules
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
    assert reason == (
        "complaint #3 points at it, with 3 of your complaints' total weight of 12 (the first you wrote weighs most),"
        " and the effort it got last quarter was “None”"
    )


def test_answers_the_rules_look_at_link_to_those_rules() -> None:
    """An answer without points that a rule uses says so, with links to the rules' sections."""
    text = render.rules_questions(render_context("how-it-decides/"))
    assert (
        "- **Yes**: **+2 user**. Enterprise deals are blocked on missing controls: strong evidence for user scaling. "
        "The rules for [the lead](#the-lead) and [the sequence](#the-sequence) use it." in text
    )
    assert "- **The blocked deals**: no evidence points; the rules for [the lead](#the-lead) use it." in text
    assert "before they roll it out widely. The rules for [the sequence](#the-sequence) use it." in text
    assert "- **No**: no evidence points." in text


def test_complaint_reading_fragment_comes_from_the_engine() -> None:
    """The reading section gives the engine's numbers and word lists, every context rule with its reason, the
    fallback's training data, and the examples as categorize() reads them when the page is built."""
    from decision_engine import complaint_fallback, cues  # noqa: PLC0415
    from decision_engine.complaints import categorize  # noqa: PLC0415

    text = render.complaint_reading(render_context("how-it-decides/"))
    # Folded, each under a title (a reader's review: the section was 30 phone screens).
    assert text.startswith(
        '??? note "The reading, step by step: 15 steps, from clauses to the fallback model"\n\n    1. '
    )
    assert f'\n\n??? note "The {len(cues.CONTEXT_RULES)} ambiguous cues, and why"\n\n    - ' in text
    folded_steps = text.split("\n\n??? note")[0].split("\n\n", 1)[1]
    steps = [line.split("**")[1] for line in folded_steps.splitlines()]
    assert steps == [
        "Clauses.",
        "Conceded clauses.",
        "The symptom decides.",
        "What a change changes.",
        "Said of no system.",
        "A customer's setting up.",
        "A load said of people.",
        "Everyone can do everything.",
        "Labels.",
        "Fine or not the problem.",
        "Verdicts without a subject.",
        "Negated symptoms.",
        "Misspellings.",
        "Ambiguous cues.",
        "The fallback model.",
    ]
    assert f"A word of {cues.TYPO_MIN_LETTERS} letters or more" in text
    assert f"its cue counts {cues.TYPO_PENALTY} less" in text
    assert f"up to {cues.PSEUDO_CLEFT_WORDS} words, then *is*" in text
    assert f"up to {cues.NOUN_PHRASE_WORDS} words may stand between" in text
    assert f"A fragment of at most {cues.CONCEDED_WORDS} words" in text
    assert f"a failure cue of weight {cues.STRONG_WEIGHT}" in text
    assert f"at most {cues.LABEL_WORDS} words before a colon or a dash" in text
    assert f"within {cues.PARTIAL_REACH} words after it" in text
    assert "says where the complaint was written" in text
    assert f"a missing safeguard, it counts {cues.MISSING_STEP_BONUS} more" in text
    assert "the symptom 'seconds' decides" in text
    assert f"on {len(complaint_fallback.training_documents())} texts (" in text
    assert f"always at confidence {complaint_fallback.FALLBACK_CONFIDENCE} (*low*)" in text
    for rule in cues.CONTEXT_RULES:
        # Each cue in the one bullet of its rule's phrases (the same words needed, the same reason: said once).
        within = f" within {rule.object_reach} words after it" if rule.object_reach else ""
        said = f" a word about {render._md(rule.about)}{within}: {render._md(rule.reason)}"
        (bullet,) = [line for line in text.splitlines() if line.lstrip().startswith("- ") and said in line]
        assert f"*{render._md(rule.cue)}*" in bullet.split(" need", 1)[0], bullet
        assert said + ("; never said of *" if rule.not_of else ".") in bullet
    assert "- *went dark*, *goes dark*, *unreachable* and *stop answering* need a word about a system" in text
    assert "*hasn't crashed in a year*" in text  # a failure denied in the perfect
    assert "is carried after its comma" in text  # a leading concession
    for complaint in render.READING_EXAMPLES:
        result = categorize(complaint)
        assert f"- *{render._md(complaint)}*: **{result.type}** ({result.confidence_word}): " in text
    assert "discounted: 'Latency is not the problem'" in text
    assert "outtages \u2192 outage" in text
    assert "a guess: no cue counted" in text


def test_the_reading_sections_prose_examples_are_what_the_engine_decides() -> None:
    """One voice: an example said in the prose ("*... two people* is process") is categorised so, as the listed
    examples are."""
    from decision_engine.complaints import categorize  # noqa: PLC0415

    text = render.complaint_reading(render_context("how-it-decides/"))
    said = re.findall(r"\*([^*]+)\* is (technical|process|user)\b", text)
    assert len(said) >= 5
    for example, kind in said:
        assert categorize(example.replace("\\", "")).type == kind, example


def test_the_misspellings_examples_are_what_the_engine_reads() -> None:
    """A guide review: *laod → load* was the example of a swap, but "load" weighs what a misspelling costs, so "the
    laod is too high" counted nothing. The page says so, and its examples are read as it says."""
    from decision_engine import cues  # noqa: PLC0415
    from decision_engine.complaints import categorize  # noqa: PLC0415

    text = render.complaint_reading(render_context("how-it-decides/"))
    assert next(cue.weight for cue in cues.CUES if cue.phrase == "load") == cues.TYPO_PENALTY
    assert f"a cue of weight {cues.TYPO_PENALTY}, such as *load*, misspelt counts nothing" in text
    assert categorize("the laod is too high").cues == ()
    # "slow" is kept off the page: Material's search reads "SLO" as its prefix (the search test's guide pages first).
    for written, read in (("dwon", "down"), ("latancy", "latency")):
        assert f"*{written} → {read}*" in text
        match = next(m for m in categorize(f"the pages are {written} again").cues if m.matched == written)
        assert (match.cue, match.counted) == (read, match.weight - cues.TYPO_PENALTY)
    # A dropped "g" (set 33 read): read with it, as a misspelling.
    assert "(*firefightin → firefight*)" in text
    match = next(m for m in categorize("we were firefightin all week").cues if m.matched == "firefightin")
    assert (match.cue, match.counted) == ("firefight", match.weight - cues.TYPO_PENALTY)


def test_the_denial_of_everything_is_said_as_the_engine_reads_it() -> None:
    """A diff review: the page did not say that "Nothing is ..." denies a symptom, nor what keeps it counted."""
    from decision_engine import cues  # noqa: PLC0415
    from decision_engine.complaints import categorize  # noqa: PLC0415

    text = render.complaint_reading(render_context("how-it-decides/"))
    assert "So is one denied of everything (*Nothing is down*, *nothing's crashing*)" in text
    assert f"unless {render._quoted(cues.NOTHING_LIMITS[:3])}… follows in its clause or the next after a comma" in text
    assert categorize("Nothing is down").type == "uncategorized"
    assert categorize("nothing's crashing").type == "uncategorized"
    assert categorize("nothing is down until Black Friday").type == "technical"


@pytest.mark.parametrize(
    ("example", "tag", "set_aside"),
    [
        (
            "Our deploys break prod every week, granted. What hurts is that admins can't set roles.",
            ", granted",
            "deploy",
        ),
        ("Admittedly, the export times out, but nobody owns incidents at night.", "Admittedly, ", "time out"),
    ],
)
def test_the_concession_examples_show_what_the_tag_does(example: str, tag: str, set_aside: str) -> None:
    """A second diff review: the page's example read the same without its tag. With the tag the clause is set aside;
    without it, it counts."""
    from decision_engine.complaints import categorize  # noqa: PLC0415

    text = render.complaint_reading(render_context("how-it-decides/"))
    assert f"*{example.removesuffix('.')}*" in text
    untagged = example.replace(tag, "").replace("the export", "The export", 1)
    assert set_aside in [m.cue for m in categorize(example).discounted]
    assert set_aside in [m.cue for m in categorize(untagged).cues]


def test_the_page_says_who_everyone_is_from_the_engines_lists() -> None:
    """The reading of everyone reaching everything, its places, the team's own work items it leaves alone and a
    holder's verbs, said from the engine's lists (its examples are executed by the prose test above)."""
    from decision_engine import cues  # noqa: PLC0415

    text = render.complaint_reading(render_context("how-it-decides/"))
    for words in (
        cues.OPEN_TO_ALL_WHO,
        cues.OPEN_TO_ALL_PLACED_BY[:3],
        cues.OPEN_TO_ALL_PLACES[:3],
        cues.OPEN_TO_ALL_TEAM_THINGS[:5],
        cues.OPEN_TO_ALL_HOLDING_VERBS,
    ):
        assert render._quoted(words) in text
    assert "*Anyone in the company can export every invoice* is user" in text
