"""The questionnaire without JavaScript, as the build renders it: the path's pages from the engine."""

from __future__ import annotations

import dataclasses
import gzip
import json
import posixpath
import re
from pathlib import Path

import pytest
from mkdocs.utils import meta

from decision_engine import QUESTIONS, recommend
from decision_engine.engine import asked_questions, only_asked
from decision_engine.report import result_sections
from decision_engine.rules import CONFIDENCE_FIRM, CONFIDENCE_TEXTS, REASON_FIRM
from scale_what_build import static_path


def test_the_path_is_the_deciding_question_blocked_deals_and_the_follow_up() -> None:
    """The questions of the path come from the engine's kinds and conditions, in the order they are asked."""
    assert [q.id for q in static_path.path_questions()] == ["failure_mode", "deals_blocked", "costs_more"]


def test_one_page_per_question_asked_and_one_result_per_path() -> None:
    """Every set of answers the path can hold has its page: a question page while the engine asks a question of
    the path, else a result page; the follow-up is asked exactly where the engine asks it."""
    pages = static_path.pages()
    by_answers = {page.answers: page for page in pages}
    assert len(by_answers) == len(pages) == len({page.src for page in pages})
    path_ids = [q.id for q in static_path.path_questions()]
    for page in pages:
        given = dict(page.answers)
        waiting = [qid for qid in path_ids if qid not in given and qid in asked_questions(given)]
        assert page.question == (waiting[0] if waiting else None), page.src
        assert page.src == "/".join(["tool/steps", *given.values(), "index.md"])
    results = [page for page in pages if page.question is None]
    assert len(results) == 16  # 4 deciding answers x 3 blocked-deals answers, 2 x 1 of which ask the follow-up (3)
    follow_up = next(q for q in QUESTIONS if q.id == "costs_more")
    assert sum(page.question == "costs_more" for page in pages) == 2
    assert len(follow_up.options) == 3


def test_a_result_page_gives_the_engines_sections_and_the_way_back() -> None:
    """The result page: the engine's headline as its heading, its sections, the answers with links to change
    them, a link to start again and one to the full questionnaire; left out of the search."""
    answers = (("failure_mode", "regressions"), ("deals_blocked", "yes"), ("costs_more", "blocked_deals"))
    page = next(page for page in static_path.pages() if page.answers == answers)
    rec = recommend(dict(answers))
    text = page.markdown
    front = "search:\n  exclude: true\nhide:\n  - navigation\n  - toc\n---\n"
    title = json.dumps(f"Your recommendation: {rec.headline.rstrip('.')}")
    assert text.startswith("---\n# ")
    assert f"\ntitle: {title}\n{front}" in text
    assert f"\n# {rec.headline}\n" in text
    assert "\n## The sequence\n" in text
    assert f"1. {static_path.md(rec.sequence.reasons[0])}" in text
    assert "- What is the most expensive failure mode right now? **Regressions / firefighting** [Change" in text
    assert "](change-failure_mode/index.md)" in text  # change the deciding answer: its change page, below this one
    assert "[Start again](../../../index.md){ .md-button }" in text
    assert "[The full questionnaire](../../../../../tool.md)" in text
    assert "[Back](../index.md)" in text


def test_a_result_page_asks_nothing_the_path_does_not_ask() -> None:
    """A reader's review: the path's result asked them to categorise a complaint or answer the effort questions, and
    named frequency questions as changes, none of which the path asks. The verdict no answer of the path can give is
    left out; a change to a question of the full questionnaire says the full questionnaire asks it."""
    results = [page for page in static_path.pages() if page.question is None]
    assert all("\n## Under-invested\n" not in page.markdown for page in results)
    assert all("the effort questions" not in page.markdown for page in results)
    page = next(page for page in results if page.answers == (("failure_mode", "not_sure"), ("deals_blocked", "no")))
    changes = recommend(dict(page.answers)).would_change.changes
    path = {question.id for question in static_path.path_questions()}
    assert {change.question for change in changes} >= {"freq_outages", "deals_blocked"}
    for change in changes:
        suffix = "" if change.question in path else f" {static_path.md(static_path.FULL_QUESTIONNAIRE_ONLY)}"
        assert f"- {static_path.md(change.text)}{suffix}\n" in page.markdown


def test_a_question_page_links_each_answer_to_its_next_page() -> None:
    """The first page asks the deciding question, one button link per option, and goes back to the tool."""
    first = static_path.pages()[0]
    assert first.src == "tool/steps/index.md"
    assert first.question == "failure_mode"
    assert "[Outages / latency](outages/index.md){ .md-button }" in first.markdown
    assert "[Not sure](not\\_sure/index.md)" not in first.markdown
    assert "[Not sure](not_sure/index.md){ .md-button }" in first.markdown
    assert "[Back](../../tool.md)" in first.markdown
    assert "Your answers so far" not in first.markdown


def test_a_question_page_says_out_of_how_many() -> None:
    """Each question page says how many questions the path asks in all (a reader's review: "Question 2", no total):
    a number when every answer from here asks as many, else the most, said so ("up to 3": the follow-up is asked
    after two deciding answers only)."""
    said = {
        page.answers: re.search(r"^Question \d+ of (.+)$", page.markdown, re.MULTILINE)
        for page in static_path.pages()
        if page.question is not None
    }
    assert None not in said.values()
    totals = {answers: found.group(1) for answers, found in said.items() if found is not None}
    assert totals[()] == "up to 3"
    assert totals[(("failure_mode", "outages"),)] == "up to 3"
    assert totals[(("failure_mode", "governance"),)] == "2"
    assert totals[(("failure_mode", "outages"), ("deals_blocked", "yes"))] == "3"


def test_engine_text_is_escaped_for_markdown() -> None:
    """Markup characters in the engine's text are shown as written."""
    assert static_path.md("a*b_c [d] `e` <f> & #g") == "a\\*b\\_c \\[d\\] \\`e\\` &lt;f&gt; &amp; \\#g"


def test_the_sitemap_loses_the_path_and_keeps_the_rest(tmp_path: Path) -> None:
    """sitemap.xml and its gzip copy keep every page but those under tool/steps/; without a sitemap, nothing."""
    assert static_path.drop_from_sitemap(tmp_path) == 0
    entries = "".join(
        f"\n    <url>\n      <loc>https://example.org/{loc}</loc>\n      <lastmod>2026-11-30</lastmod>\n    </url>"
        for loc in ("", "tool/", "tool/steps/", "tool/steps/outages/yes/")
    )
    (tmp_path / "sitemap.xml").write_text(f'<?xml version="1.0"?>\n<urlset>{entries}\n</urlset>', encoding="utf-8")
    (tmp_path / "sitemap.xml.gz").write_bytes(b"")
    assert static_path.drop_from_sitemap(tmp_path) == 2
    kept = (tmp_path / "sitemap.xml").read_text(encoding="utf-8")
    assert kept.count("<url>") == 2
    assert "steps" not in kept
    assert gzip.decompress((tmp_path / "sitemap.xml.gz").read_bytes()).decode("utf-8") == kept
    assert static_path.drop_from_sitemap(tmp_path) == 0


def test_a_title_in_front_matter_reads_back_as_written() -> None:
    """A step page's title survives MkDocs' own front-matter reader whatever it holds: quotes, a colon, a hash, a
    backslash, markup characters, an accent and an emoji (JSON's surrogate-pair escape of which MkDocs refuses)."""
    for title in ['Say "no": #1 \\ café 🚀', "Question 1: What is the most expensive failure?", "- [y] {z} & <w> *a*"]:
        _, data = meta.get_data(f"---\ntitle: {static_path.yaml_string(title)}\n---\n\nThe page.\n")
        assert data["title"] == title


def test_the_follow_up_names_the_failure_on_its_page_and_in_the_answers_so_far() -> None:
    """Without JavaScript too, "The failure I named" says which failure: the one the path answered."""
    pages = {page.src: page for page in static_path.pages()}
    follow_up = pages["tool/steps/regressions/yes/index.md"]
    assert follow_up.question == "costs_more"
    assert "[The failure I named (Regressions / firefighting)](named_failure/index.md)" in follow_up.markdown
    result = pages["tool/steps/regressions/yes/named_failure/index.md"].markdown
    assert "The failure I named (Regressions / firefighting)" in result


def _target(change: static_path.ChangePage, link: str) -> str:
    """The source path a change page's link leads to."""
    return posixpath.normpath(posixpath.join(posixpath.dirname(change.src), link))


def test_every_answer_has_a_change_page_that_keeps_the_other_answers() -> None:
    """A reader's review: without JavaScript, "Change" went back to the question's first page, and every later answer
    had to be given again. Each answer on each page links to a page that asks its question again; each answer there
    leads to the page the other answers reach with that one changed: those still asked are kept, in the order asked,
    and the page asks the next question none of them answers."""
    steps = static_path.pages()
    by_src = {page.src: page for page in steps}
    changes = static_path.change_pages(steps)
    assert len(changes) == sum(len(page.answers) for page in steps) == len({c.src for c in changes})
    questions = {q.id: q for q in QUESTIONS}
    for change in changes:
        page = by_src[static_path.src_for(change.answers)]
        assert f"](change-{change.question}/index.md)" in page.markdown, page.src  # its Change link
        assert not set(by_src) & {change.src}
        links = re.findall(r"^\[[^\]]+\]\(([^)]+)\)\{ \.md-button", change.markdown, re.M)
        options = questions[change.question].options
        assert len(links) == len(options)
        for option, link in zip(options, links, strict=True):
            changed = {**dict(change.answers), change.question: option.id}
            reached = by_src[_target(change, link)]
            assert dict(reached.answers) == {q: a for q, a in only_asked(changed).items() if q in dict(reached.answers)}
            kept = only_asked(changed)
            missing = [q for q in kept if q not in dict(reached.answers)]
            assert not missing or reached.question is not None, (change.src, option.id)
        assert "[Back](../index.md)" in change.markdown


def test_a_change_of_the_deciding_answer_from_a_result_lands_on_the_result_with_the_rest_kept() -> None:
    """From the result of outages, deals blocked, the failure named: the deciding answer changed to regressions goes
    to the result of regressions, deals blocked, the failure named; the current answer is the primary button; an
    answer that no longer asks the follow-up says the follow-up's answer goes."""
    changes = {c.src: c for c in static_path.change_pages()}
    change = changes["tool/steps/outages/yes/named_failure/change-failure_mode/index.md"]
    text = change.markdown
    assert 'title: "Change your answer: What is the most expensive failure mode right now?"' in text
    assert "Your answer now: **Outages / latency**.\n\nYour other answers are kept, but:\n\n- Your answer" in text
    assert "[Outages / latency](../index.md){ .md-button .md-button--primary }" in text
    # Another failure named: the follow-up, which weighed outages against the blocked deals, is asked again (reviews:
    # the result said "you said regressions and firefighting cost more" of an answer given for outages).
    assert "[Regressions / firefighting](../../../../regressions/yes/index.md){ .md-button }" in text
    follow_up = (
        "Your answer “The failure I named (Outages / latency)” to “Which costs you more right now: the failure you "
        "named, or the blocked deals?” goes if you pick "
    )
    assert (
        f"{follow_up}“Regressions / firefighting”: it weighed the failure you named before, so it is asked again."
        in text
    )
    assert f"{follow_up}“Governance / trust / permissions” or “Not sure”: that question is not asked then." in text
    assert "[Governance / trust / permissions](../../../../governance/yes/index.md){ .md-button }" in text
    # From the deals question's page before the follow-up: a change there keeps nothing later (there is nothing).
    first = changes["tool/steps/not_sure/change-failure_mode/index.md"]
    assert "[Outages / latency](../../outages/index.md){ .md-button }" in first.markdown
    assert "goes if you pick" not in first.markdown
    assert "Your answer now: **Not sure**.\n\n[" in first.markdown  # no "other answers": there are none
    # A change that newly asks the follow-up stops at its question page.
    deals = changes["tool/steps/outages/no/change-deals_blocked/index.md"]
    assert "[Yes](../../yes/index.md){ .md-button }" in deals.markdown
    assert "Your answer now: **No**.\n\nYour other answers are kept.\n\n[Yes]" in deals.markdown
    # A change of the follow-up itself keeps the failure named.
    own = changes["tool/steps/outages/yes/named_failure/change-costs_more/index.md"]
    assert "[The blocked deals](../../blocked_deals/index.md){ .md-button }" in own.markdown
    assert "goes if you pick" not in own.markdown


def test_an_option_named_like_a_change_page_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """A change page's folder sits beside the answers' folders: an option whose id starts the same would share it."""
    first, *rest = static_path.path_questions()
    option = dataclasses.replace(first.options[0], id="change-x")
    clash = dataclasses.replace(first, options=(*first.options, option))
    monkeypatch.setattr(static_path, "path_questions", lambda: (clash, *rest))
    with pytest.raises(ValueError, match="change-x"):
        static_path.change_pages([])


def test_a_not_sure_result_says_the_frequencies_it_does_not_ask_would_pick_the_lead() -> None:
    """A reader's review: "Not sure" without the deals blocked got the default order, explained by "no answer says how
    often any of the three pains hurts", on pages that never ask it. Where a frequency answer would change the lead
    (the engine's would_change), the line under the headline says the full questionnaire leads with the pain that
    hurts most often; elsewhere it keeps its words."""
    said = "here the lead would come from how often each pain hurts, which [the\nfull questionnaire]("
    results = {page.answers: page.markdown for page in static_path.pages() if page.question is None}
    unsure = results[(("failure_mode", "not_sure"), ("deals_blocked", "no"))]
    assert said in unsure
    assert "asks and these pages do not" in unsure
    # The confidence line and the sequence's first reason say "you were not sure"; the line under the headline does
    # not say it a third time (a reader's review).
    assert unsure.count("you were not sure of the most expensive failure") == 2
    for answers in (
        (("failure_mode", "not_sure"), ("deals_blocked", "yes")),
        (("failure_mode", "outages"), ("deals_blocked", "no")),
    ):
        assert said not in results[answers]
        assert (
            "also asks how often each pain\nhurts and where adoption is heading, which can reorder the types after the "
            "lead or flag\nthis result" in (results[answers])
        )
    # A reader's review: "can change" read as if those answers could change a lead the reader named.
    assert (
        "never change the lead you named (it needs" in results[(("failure_mode", "outages"), ("deals_blocked", "no"))]
    )
    assert "never change" not in results[(("failure_mode", "not_sure"), ("deals_blocked", "yes"))]
    # A diff review: said under "Invest in user scaling first", where the blocked deals lead over the failure named.
    deals_lead = (("failure_mode", "outages"), ("deals_blocked", "yes"), ("costs_more", "blocked_deals"))
    assert "# Invest in user scaling first." in results[deals_lead]
    assert "never change" not in results[deals_lead]
    assert "never change" in results[(*deals_lead[:2], ("costs_more", "named_failure"))]
    # A guide review: where the blocked deals lead over the failure named, its type comes next whatever the
    # frequencies say: they can flag the result, never reorder it; nor beside the blocked deals when the failure named
    # leads (a diff review). Tried with the engine.
    assert "which can flag\nthis result (it needs JavaScript)" in results[deals_lead]
    for fixed in (deals_lead, (*deals_lead[:2], ("costs_more", "named_failure"))):
        assert "reorder" not in results[fixed]
    assert "where adoption is heading, last quarter's effort" in results[deals_lead]


def test_a_result_with_no_evidence_counted_leaves_out_the_evidence() -> None:
    """A reader's review: the path's result showed "Evidence per type" with 0 points for each type, under a sentence
    on how often each pain hurts, which the path never asks. Where an answer of the path counts (the deals blocked),
    the section stays."""
    results = {page.answers: page.markdown for page in static_path.pages() if page.question is None}
    assert "## Evidence per type" not in results[(("failure_mode", "regressions"), ("deals_blocked", "no"))]
    assert "## Evidence per type" in results[(("failure_mode", "governance"), ("deals_blocked", "yes"))]


def test_a_firm_result_on_the_path_is_firm_on_its_answers_only() -> None:
    """A reader's review: "Confidence: firm — ... none of your answers pulls against the lead" stood under "the full
    questionnaire ... can flag this result". On the path, firm is firm on its answers, and the reason about how often
    each pain hurts, which the path never asks, is left out."""
    results = [page for page in static_path.pages() if page.question is None]
    firm = [page for page in results if recommend(dict(page.answers)).confidence.level == CONFIDENCE_FIRM]
    assert firm
    for page in firm:
        assert static_path.md(static_path.steps_firm()) in page.markdown
        assert f"— {static_path.md(CONFIDENCE_TEXTS[CONFIDENCE_FIRM])}" not in page.markdown
        assert static_path.md(REASON_FIRM) not in page.markdown
    others = [page for page in results if page not in firm]
    assert others
    assert all(static_path.md(static_path.steps_firm()) not in page.markdown for page in others)


def test_a_firm_result_on_the_path_counts_no_question_it_does_not_ask() -> None:
    """A reader's review: "Of the questions that weigh in, 4 are unanswered or not sure, so this may change as you
    answer" ended the reason of a firm result on a page that asks none of those questions."""
    results = [page for page in static_path.pages() if page.question is None]
    firm = [page for page in results if recommend(dict(page.answers)).confidence.level == CONFIDENCE_FIRM]

    def engine_says(page: static_path.StepPage) -> str:
        return " ".join(" ".join((*s.paragraphs, *s.items)) for s in result_sections(recommend(dict(page.answers))))

    assert [page for page in firm if "unanswered or not sure" in engine_says(page)]
    for page in firm:
        assert "unanswered or not sure" not in page.markdown
        assert "may change as you answer" not in page.markdown
