"""The questionnaire without JavaScript as built: one page per question and per result, none of them in the
sitemap or the search index, none with a form."""

from __future__ import annotations

import html
import json
import re

from scale_what_build import static_path
from tests.support.site import BuiltSite


def test_every_step_page_is_built_without_a_form(built_site: BuiltSite) -> None:
    """Each page of the path and each change page is in the site and holds no form (nothing to submit)."""
    pages = static_path.all_pages()
    for page in pages:
        built = built_site.root / page.src.removesuffix("index.md") / "index.html"
        html = built.read_text(encoding="utf-8")
        assert "<form" not in html.split('<div class="md-content"')[1].split("</article>")[0], page.src
    assert len(pages) == len(list((built_site.root / static_path.ROOT).rglob("index.html")))


def test_step_pages_are_left_out_of_the_sitemap_and_the_search(built_site: BuiltSite) -> None:
    """The sitemap and the search index name no page under tool/steps/; the guide's pages are still there."""
    sitemap = (built_site.root / "sitemap.xml").read_text(encoding="utf-8")
    assert static_path.ROOT not in sitemap
    assert f"{built_site.url}tool/" in sitemap
    index = json.loads((built_site.root / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = [doc["location"] for doc in index["docs"]]
    assert not [loc for loc in locations if loc.startswith(static_path.ROOT)]
    assert "tool/" in locations
    assert not re.search(r"<loc>[^<]*steps", sitemap)


def _title_and_heading(built_site: BuiltSite, src: str) -> tuple[str, str]:
    text = (built_site.root / src.removesuffix("index.md") / "index.html").read_text(encoding="utf-8")
    title = html.unescape(re.search(r"<title>(.*?)</title>", text, re.S).group(1))  # type: ignore[union-attr]
    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", text, re.S).group(1)  # type: ignore[union-attr]
    return title, html.unescape(re.sub(r"<[^>]+>", "", h1)).removesuffix("\u00b6")  # without its permalink


def test_each_step_page_is_titled_by_its_question_or_its_result(built_site: BuiltSite) -> None:
    """A browser tab, the history and a screen reader's page announcement name the question asked or the result,
    or the answer being changed, never the page's file name."""
    for page in static_path.pages():
        title, heading = _title_and_heading(built_site, page.src)
        if page.question is None:
            assert title == f"Your recommendation: {heading.rstrip('.')} - Scale What?", page.src
        else:
            assert re.fullmatch(rf"Question \d: {re.escape(heading)} - Scale What\?", title), page.src
    for change in static_path.change_pages():
        title, heading = _title_and_heading(built_site, change.src)
        assert title == f"Change your answer: {heading} - Scale What?", change.src
