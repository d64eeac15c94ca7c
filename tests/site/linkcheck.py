"""Check the built site's internal links and anchors, raw HTML included.

`mkdocs build --strict` only sees Markdown links; this reads every built HTML file, so links written
as raw HTML, in templates or by the hook are checked too.
"""

from __future__ import annotations

import html.parser
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

LINK_ATTRIBUTES = {("a", "href"), ("link", "href"), ("script", "src"), ("img", "src"), ("source", "src")}


@dataclass
class _Page(html.parser.HTMLParser):
    ids: set[str] = field(default_factory=set)
    links: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__(convert_charrefs=True)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value is None:
                continue
            if name in {"id", "name"} and (name == "id" or tag == "a"):
                self.ids.add(value)
            if (tag, name) in LINK_ATTRIBUTES:
                self.links.append(value)


def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def _target_file(site: Path, page_path: Path, link: str, site_url: str) -> tuple[Path, str] | None:
    """The file and fragment an internal link points at; None for external or special links."""
    if site_url and link.startswith(site_url):
        link = "/" + link.removeprefix(site_url)  # absolute URLs on the site's own address (404.html)
    base = "/" + page_path.relative_to(site).as_posix()
    resolved = urlsplit(urljoin(base, link))
    if resolved.scheme or resolved.netloc or link.startswith(("mailto:", "javascript:", "data:")):
        return None
    target = site / unquote(resolved.path).lstrip("/")
    if resolved.path.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target, unquote(resolved.fragment)


def broken_links(site: Path, site_url: str = "") -> list[str]:
    """Every internal link or anchor in ``site`` that points nowhere, as 'page: link (why)'.

    ``site_url`` (ending with "/") marks absolute links to the site itself as internal.
    """
    pages = {path: _parse(path) for path in sorted(site.rglob("*.html"))}
    problems = []
    for path, page in pages.items():
        for link in page.links:
            target = _target_file(site, path, link, site_url)
            if target is None:
                continue
            file, fragment = target
            where = f"{path.relative_to(site)}: {link}"
            if not file.is_file():
                problems.append(f"{where} (no file {file.relative_to(site)})")
            elif fragment and file.suffix == ".html" and fragment not in pages[file].ids:
                problems.append(f"{where} (no anchor #{fragment})")
    return problems
