"""The site's search (Material's lunr index in a web worker) finds each of the guide's fifteen example terms
on the page of the scaling type it belongs to, and lists a guide page first for the terms readers look up
("SSO", "SLO", "audit log"), driven through the search box as a reader would. The generated complaint
vocabulary of "How the tool decides" is left out of the index, so it never crowds the guide out."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.support.browser import PageWatch

pytestmark = pytest.mark.browser

# The fifteen examples of the guidance, each with the page of its type.
EXAMPLES = {
    "caching": "/technical/",
    "indexing": "/technical/",
    "queueing": "/technical/",
    "retries": "/technical/",
    "cost optimisation": "/technical/",
    "release trains": "/process/",
    "quality gates": "/process/",
    "on-call": "/process/",
    "runbooks": "/process/",
    "postmortems": "/process/",
    "RBAC": "/user/",
    "audit logs": "/user/",
    "governance": "/user/",
    "templates": "/user/",
    "admin controls": "/user/",
}
# The glossary's short definition of a term may rank above the type page; no other page may.
GLOSSARY = "/glossary/"
# The guide's own pages (not the tool's pages, nor the About section).
GUIDE_PAGES = {
    "/",
    "/technical/",
    "/process/",
    "/user/",
    "/sequencing/",
    "/prioritising/",
    "/exercise/",
    "/takeaways/",
    GLOSSARY,
}
# Terms a reader looks up that the complaint vocabulary also lists.
LOOKUPS = ("SSO", "SLO", "audit log")

RESULT_PAGES = """() => [...new Set(
  [...document.querySelectorAll(".md-search-result__item > .md-search-result__link")]
    .map(a => new URL(a.href).pathname)
)]"""
# Every result link, sections included, as path and anchor.
RESULT_LINKS = """() => [...document.querySelectorAll(".md-search-result__link")]
  .map(a => new URL(a.href).pathname + new URL(a.href).hash)"""
VOCABULARY = re.compile(r"#(complaint-vocabulary|vocabulary-)")
PLACEHOLDER = "Type to start searching"
SEARCH_DONE = re.compile(r"^(\d+ matching documents?|No matching documents)$")


def _search(page: Page, term: str, links: list[str] | None = None) -> list[str]:
    """Open the search with "/", replace the query with ``term``; the result pages in ranked order.
    Every result link (sections included) is appended to ``links`` when given."""
    query = page.locator("input.md-search__input")
    meta = page.locator(".md-search-result__meta")
    page.keyboard.press("/")
    expect(query).to_be_focused()
    # Material searches on keyup. Clear first and wait for the empty state, so that no list left
    # from the previous term can be mistaken for this one's.
    query.press("Control+A")
    query.press("Backspace")
    expect(meta).to_have_text(PLACEHOLDER)
    # The whole term, then one keyup: exactly one search runs, so the next list shown is this term's.
    query.fill(term)
    query.press("End")
    expect(meta).to_have_text(SEARCH_DONE, timeout=15_000)
    pages: list[str] = page.evaluate(RESULT_PAGES)
    if links is not None:
        links.extend(page.evaluate(RESULT_LINKS))
    page.keyboard.press("Escape")
    return pages


def test_search_finds_each_example_on_its_type_page(page: Page, watch: PageWatch) -> None:
    """For each example term, the top result other than the glossary is the page of the term's type, and no
    result points into the generated complaint vocabulary."""
    page.goto("")
    found: dict[str, str | None] = {}
    links: list[str] = []
    for term in EXAMPLES:
        pages = _search(page, term, links)
        found[term] = next((p for p in pages if p != GLOSSARY), None)
    assert found == EXAMPLES
    assert links
    assert [link for link in links if VOCABULARY.search(link)] == []


def test_search_lists_a_guide_page_first_for_lookups(page: Page, watch: PageWatch) -> None:
    """ "SSO", "SLO" and "audit log" list guide pages first (the first two results are guide pages), and no
    result points into the generated complaint vocabulary."""
    page.goto("")
    first_two: dict[str, list[str]] = {}
    links: list[str] = []
    for term in LOOKUPS:
        first_two[term] = _search(page, term, links)[:2]
    assert {term: len(pages) for term, pages in first_two.items()} == dict.fromkeys(LOOKUPS, 2)
    assert {term: [p for p in pages if p not in GUIDE_PAGES] for term, pages in first_two.items()} == {
        term: [] for term in LOOKUPS
    }
    assert [link for link in links if VOCABULARY.search(link)] == []


def test_search_reports_no_match_for_an_unknown_word(page: Page, watch: PageWatch) -> None:
    """A word the guide never uses finds nothing (the results above are not shown for every query)."""
    page.goto("")
    assert _search(page, "xylophone") == []
