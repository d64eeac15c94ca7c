"""The built site has no broken internal link or anchor, raw HTML included."""

from __future__ import annotations

from pathlib import Path

from tests.site.linkcheck import broken_links
from tests.support.site import BuiltSite


def test_built_site_links_and_anchors(built_site: BuiltSite) -> None:
    """Every internal href/src in every built page points at a file, and every #fragment at an id."""
    assert (built_site.root / "index.html").is_file()
    # 404.html uses absolute URLs from site_url: they are checked as internal links too.
    assert broken_links(built_site.root, site_url=built_site.url) == []


def test_linkcheck_finds_broken_links(tmp_path: Path) -> None:
    """The checker reports a missing file and a missing anchor, and accepts good ones."""
    (tmp_path / "a").mkdir()
    (tmp_path / "index.html").write_text(
        '<a href="a/">ok</a><a href="a/#here">ok anchor</a><a href="#top" id="top">self</a>'
        '<a href="missing/">bad</a><a href="a/#nowhere">bad anchor</a>'
        '<a href="https://example.org/">external</a><script src="x.js"></script>'
        '<a href="http://127.0.0.1:9/a/">own absolute</a><a href="http://127.0.0.1:9/gone/">own absolute, bad</a>'
    )
    (tmp_path / "a" / "index.html").write_text('<h2 id="here">Here</h2>')
    assert broken_links(tmp_path, site_url="http://127.0.0.1:9/") == [
        "index.html: missing/ (no file missing/index.html)",
        "index.html: a/#nowhere (no anchor #nowhere)",
        "index.html: x.js (no file x.js)",
        "index.html: http://127.0.0.1:9/gone/ (no file gone/index.html)",
    ]
