"""The site's search (Material's lunr index in a web worker) finds each of the guide's fifteen example terms
on the page of the scaling type it belongs to, driven through the search box as a reader would."""

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

RESULT_PAGES = """() => [...new Set(
  [...document.querySelectorAll(".md-search-result__item > .md-search-result__link")]
    .map(a => new URL(a.href).pathname)
)]"""
PLACEHOLDER = "Type to start searching"
SEARCH_DONE = re.compile(r"^(\d+ matching documents?|No matching documents)$")


def _search(page: Page, term: str) -> list[str]:
    """Open the search with "/", replace the query with ``term``; the result pages in ranked order."""
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
    page.keyboard.press("Escape")
    return pages


def test_search_finds_each_example_on_its_type_page(page: Page, watch: PageWatch) -> None:
    """For each example term, the top result other than the glossary is the page of the term's type."""
    page.goto("")
    found = {}
    for term in EXAMPLES:
        pages = _search(page, term)
        found[term] = next((p for p in pages if p != GLOSSARY), None)
    assert found == EXAMPLES


def test_search_reports_no_match_for_an_unknown_word(page: Page, watch: PageWatch) -> None:
    """A word the guide never uses finds nothing (the results above are not shown for every query)."""
    page.goto("")
    assert _search(page, "xylophone") == []
