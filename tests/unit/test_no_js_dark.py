"""The no-JavaScript dark stylesheet (build/scale_what_build/no_js_dark.py): the dark scheme's rules, read from the
site's stylesheets and said of the light scheme's markup, only where the system asks for dark."""

from __future__ import annotations

from pathlib import Path

import pytest

from scale_what_build import no_js_dark
from tests.support import ROOT

PALETTE = (
    "@media screen{[data-md-color-scheme=slate]{color-scheme:dark;--md-hue:225deg}"
    "[data-md-color-scheme=slate][data-md-color-primary=indigo]{--md-typeset-a-color:#5488e8}}"
    "[data-md-color-primary=black]:not([data-md-color-scheme=slate]){--md-typeset-a-color:#000}"
    '[data-md-color-scheme=default]{color-scheme:light}@font-face{font-family:"x{";src:url(a.woff)}'
)


def test_the_dark_rules_are_said_of_the_light_markup_where_the_system_asks_for_dark() -> None:
    css = no_js_dark.stylesheet([PALETTE])
    body = css.split("\n", 1)[1]
    assert body == (
        '@media (prefers-color-scheme: dark){@media screen{[data-md-color-scheme="default"]'
        '{color-scheme:dark;--md-hue:225deg}[data-md-color-scheme="default"][data-md-color-primary=indigo]'
        "{--md-typeset-a-color:#5488e8}}}\n"
    )


def test_a_rule_that_excludes_the_dark_scheme_is_left_out() -> None:
    """ ":not([data-md-color-scheme=slate])" selects the light scheme: said of it, it would turn around."""
    assert ":not(" not in no_js_dark.stylesheet([PALETTE])


def test_quoted_selectors_lists_strings_and_comments() -> None:
    """site.css writes the attribute quoted, lists selectors, and has comments; a brace in a string or a comment
    opens no block, and a comma in :is() splits no list."""
    css = (
        '/* a { comment */ @charset "utf-8"; a::before{content:"}{"}'
        "[data-md-color-scheme=\"slate\"] .x, .y, [data-md-color-scheme='slate'] :is(.a, .b) {\n"
        "  color: red; /* why */\n  --q: 'a{b';\n}"
    )
    out = no_js_dark.stylesheet([css])
    assert (
        '[data-md-color-scheme="default"] .x,[data-md-color-scheme="default"] :is(.a, .b){color: red; --q: \'a{b\';}'
    ) in out
    assert ".y" not in out
    assert "content" not in out


def test_no_dark_rule_or_a_block_left_open_is_refused() -> None:
    with pytest.raises(no_js_dark.NoJsDarkError, match="no rule of the dark scheme"):
        no_js_dark.stylesheet(["a{color:red}"])
    with pytest.raises(no_js_dark.NoJsDarkError, match="not closed"):
        no_js_dark.stylesheet(["[data-md-color-scheme=slate]{color:red"])


def test_write_reads_the_palette_and_site_css_of_the_built_site(tmp_path: Path) -> None:
    folder = tmp_path / "assets" / "stylesheets"
    folder.mkdir(parents=True)
    (folder / "palette.0123abcd.min.css").write_text(PALETTE, encoding="utf-8")
    (folder / "site.css").write_text((ROOT / "docs/assets/stylesheets/site.css").read_text(encoding="utf-8"))
    out = no_js_dark.write(tmp_path)
    assert out == tmp_path / no_js_dark.OUTPUT
    text = out.read_text(encoding="utf-8")
    assert '[data-md-color-scheme="default"] .sw-tool{' in text  # site.css's own dark rules
    assert "slate" not in text.split("\n", 1)[1]


def test_write_needs_each_stylesheet_once(tmp_path: Path) -> None:
    (tmp_path / "assets" / "stylesheets").mkdir(parents=True)
    with pytest.raises(no_js_dark.NoJsDarkError, match=r"expected one stylesheet assets/stylesheets/palette"):
        no_js_dark.write(tmp_path)
