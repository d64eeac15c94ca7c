"""The result's words on the page are the engine's: one firm, one check and one tentative result show the same
headline, confidence word, sequence reasons, flags and "would change" sentences as the CLI text and the Markdown
report (``decision_engine.report.result_sections``), each exactly once."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from decision_engine import recommend
from decision_engine.report import result_sections
from tests.support.browser import answer, expect_result, open_tool, result_sentences

RESULTS = (
    ("firm", {"failure_mode": "outages"}),
    ("check", {"failure_mode": "outages", "deals_blocked": "yes"}),
    ("tentative", {"failure_mode": "not_sure", "deals_blocked": "yes", "freq_outages": "weekly"}),
)


def test_three_results_say_the_engines_words_once(returning_page: Page) -> None:
    """Firm, check and tentative: the page's result says each of the engine's sentences exactly once, and the
    confidence word once."""
    page = returning_page
    open_tool(page)
    for level, answers in RESULTS:
        rec = recommend(answers)
        assert rec.confidence.level == level
        page.get_by_role("button", name="Clear my answers").click()
        for question, option in answers.items():
            answer(page, question, option)
        expect_result(page, answers)
        expect(page.locator("#sw-result-summary")).to_have_text(rec.headline)
        text = page.locator("#sw-result").inner_text()
        expected = result_sentences(result_sections(rec))
        assert rec.headline in expected
        assert f"Confidence: {rec.confidence.word} — {rec.confidence.text}" in expected
        # The level "check" is shown as "conditional" (a reader's review: "Confidence: check" read as an instruction),
        # and "firm" as "firm so far" while questions that weigh in are open, as they are here (two reader's reviews).
        assert rec.confidence.word == {"check": "conditional", "firm": "firm so far"}.get(level, level)
        assert "Confidence: check" not in text
        assert set(rec.sequence.reasons) <= set(expected)
        assert {flag.text for flag in rec.flags} <= set(expected)
        assert rec.would_change.summary in expected
        if level == "tentative":
            assert rec.flags, "the tentative case carries a flag"
        if level == "check":
            assert rec.would_change.changes, "the check case names the follow-up as a change"
            expect(page.locator("#sw-q-costs_more")).to_be_visible()
        counts = {sentence: text.count(sentence) for sentence in expected}
        assert counts == dict.fromkeys(expected, 1), f"{level}: each sentence once"
        assert text.count("Confidence:") == 1, f"{level}: the confidence word once"
