"""The built site loads nothing from another host: no CDN, web font or API in any page, stylesheet or script.

The browser tests block and report every foreign request of the pages they visit; this reads every
built file instead, so a page or a code path those tests do not reach is covered too. Links to other
sites (<a href>) are fine: a reader chooses to follow them.
"""

from __future__ import annotations

import html.parser
import re
from pathlib import Path
from urllib.parse import urlsplit

from tests.support.site import BuiltSite

# Hosts a default MkDocs/Material or Pyodide set-up loads from: Google Fonts, the CDNs Material and Pyodide fall
# back to, and the GitHub API behind repo_url.
KNOWN_THIRD_PARTY = (
    "fonts.googleapis.com",
    "fonts.gstatic.com",
    "unpkg.com",
    "jsdelivr.net",
    "cdnjs",
    "api.github.com",
)

# Elements and attributes that make the browser fetch something.
RESOURCE_ATTRIBUTES = {
    ("script", "src"),
    ("img", "src"),
    ("img", "srcset"),
    ("source", "src"),
    ("source", "srcset"),
    ("iframe", "src"),
    ("audio", "src"),
    ("video", "src"),
    ("video", "poster"),
    ("embed", "src"),
    ("object", "data"),
    ("image", "href"),  # SVG
    ("use", "href"),  # SVG
}
# <link rel=...> values that fetch (or open a connection to) their href.
FETCHING_LINK_RELS = {
    "stylesheet",
    "preconnect",
    "dns-prefetch",
    "preload",
    "modulepreload",
    "prefetch",
    "icon",
    "manifest",
}
CSS_URL = re.compile(r"""(?:url\(|@import)\s*(?:url\(\s*)?["']?([^"')\s;]+)""")


class _Resources(html.parser.HTMLParser):
    """Every URL a page makes the browser fetch: resource attributes, fetching <link>s, CSS in <style> and style=."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.urls: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        for name, value in values.items():
            if (tag, name) in RESOURCE_ATTRIBUTES:
                # srcset: "url 1x, url 2x"
                self.urls += [part.split()[0] for part in value.split(",") if part.strip()]
            if name == "style":
                self.urls += CSS_URL.findall(value)
        if tag == "link" and FETCHING_LINK_RELS & set(values.get("rel", "").lower().split()):
            self.urls.append(values.get("href", ""))
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.urls += CSS_URL.findall(data)


def foreign_urls(urls: list[str], own_origin: str) -> list[str]:
    """The URLs in ``urls`` that point at another host (relative, data: and own-origin URLs are fine)."""
    foreign = []
    for url in urls:
        parts = urlsplit(url.strip())
        if parts.scheme in {"data", "blob"} or not parts.netloc:
            continue
        if f"{parts.scheme or 'http'}://{parts.netloc}" != own_origin:
            foreign.append(url)
    return foreign


def html_resources(text: str) -> list[str]:
    parser = _Resources()
    parser.feed(text)
    return parser.urls


def _files(root: Path, *suffixes: str) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.suffix in suffixes and p.is_file())


def test_pages_load_resources_only_from_the_site(built_site: BuiltSite) -> None:
    """No built page has a script, stylesheet, image, font or preconnect pointing at another host."""
    pages = _files(built_site.root, ".html")
    assert len(pages) > 10
    found = {}
    for path in pages:
        foreign = foreign_urls(html_resources(path.read_text(encoding="utf-8")), built_site.origin)
        if foreign:
            found[path.relative_to(built_site.root).as_posix()] = foreign
    assert found == {}


def test_stylesheets_import_nothing_from_another_host(built_site: BuiltSite) -> None:
    """No built stylesheet has a url() or @import pointing at another host (e.g. a web font)."""
    sheets = _files(built_site.root, ".css")
    assert sheets
    found = {}
    for path in sheets:
        foreign = foreign_urls(CSS_URL.findall(path.read_text(encoding="utf-8")), built_site.origin)
        if foreign:
            found[path.relative_to(built_site.root).as_posix()] = foreign
    assert found == {}


def _hosts_named(path: Path) -> set[str]:
    text = path.read_text(encoding="utf-8", errors="replace")
    return {host for host in KNOWN_THIRD_PARTY if host in text}


def test_no_built_file_names_a_third_party_host(built_site: BuiltSite) -> None:
    """No page, script, stylesheet or data file names a CDN or API host, not even in a fallback.

    Material's bundle would fetch a ResizeObserver polyfill and mermaid from unpkg and repository facts
    from api.github.com, and Pyodide's loader packages from jsdelivr, each in a case this site avoids;
    the build points those URLs at the site itself (build/site_files.py), so no case can reach another host.
    """
    files = _files(built_site.root, ".html", ".js", ".mjs", ".css", ".json", ".map", ".xml", ".txt")
    assert len(files) > 20
    named = {}
    for path in files:
        hosts = _hosts_named(path)
        if hosts:
            named[path.relative_to(built_site.root).as_posix()] = hosts
    assert named == {}


def test_site_config_avoids_the_default_third_party_loads() -> None:
    """mkdocs.yml turns Google Fonts off and sets no repo_url (Material would call api.github.com)."""
    config = (Path(__file__).resolve().parents[2] / "mkdocs.yml").read_text(encoding="utf-8")
    assert re.search(r"^\s+font: false\s*$", config, re.MULTILINE)
    assert not re.search(r"^repo_url:", config, re.MULTILINE)


def test_checker_finds_foreign_resources_and_ignores_links() -> None:
    """The checker reports foreign scripts, fonts, images and CSS imports, and ignores <a href> and own URLs."""
    own = "http://127.0.0.1:9"
    page = (
        '<link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>'
        '<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto">'
        '<link rel="canonical" href="https://example.org/page/">'
        '<link rel="stylesheet" href="assets/site.css">'
        '<script src="https://unpkg.com/mermaid@11/dist/mermaid.min.js"></script>'
        '<script src="http://127.0.0.1:9/assets/own.js"></script>'
        '<img src="data:image/png;base64,AAAA" srcset="//cdnjs.example/a.png 1x, b.png 2x">'
        '<a href="https://github.com/">a link is fine</a>'
        '<style>@import url("https://fonts.googleapis.com/css2");</style>'
        '<div style="background: url(https://api.github.com/x.png)"></div>'
    )
    assert foreign_urls(html_resources(page), own) == [
        "https://fonts.gstatic.com",
        "https://fonts.googleapis.com/css?family=Roboto",
        "https://unpkg.com/mermaid@11/dist/mermaid.min.js",
        "//cdnjs.example/a.png",
        "https://fonts.googleapis.com/css2",
        "https://api.github.com/x.png",
    ]
