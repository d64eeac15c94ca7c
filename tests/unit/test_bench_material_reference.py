"""bench/material_reference.py: the bare Material site measured beside the guide page in `make bench`'s Lighthouse
runs is Material with the project's theme settings and the guide page's Markdown, and nothing of the project's own."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from scale_what_build import csp
from scale_what_build.project_config import mkdocs_config
from tests.support import ROOT

sys.path.insert(0, str(ROOT / "bench"))  # bench/ holds scripts, not a package (as in test_bench_run.py)
from material_reference import PAGE, reference_config
from material_reference import build as build_reference

SITE_URL = "http://127.0.0.1:8000/"


def test_the_reference_has_the_projects_theme_without_its_overrides() -> None:
    """Same features, palette, icons and fonts as the site; Material's own templates (no custom_dir) and icons (the
    site's menu icon is in its overrides); no hooks, extra style sheets or scripts; the site's Markdown extensions, so
    the page renders as the guide page does."""
    project = mkdocs_config()
    config = reference_config(project, SITE_URL)
    assert "custom_dir" in project["theme"]  # what is left out is there to leave out
    assert project["theme"]["icon"]["menu"] == "scale-what/menu"
    assert config["theme"] == {
        **{key: value for key, value in project["theme"].items() if key != "custom_dir"},
        "icon": {name: icon for name, icon in project["theme"]["icon"].items() if name != "menu"},
    }
    assert config["theme"]["features"] == project["theme"]["features"]
    assert config["markdown_extensions"] == project["markdown_extensions"]
    assert config["plugins"] == ["search"]
    assert not {"hooks", "extra_css", "extra_javascript", "extra"} & set(config)
    assert config["nav"] == [{"Sequencing": "index.md"}]
    assert PAGE == ROOT / "docs" / "sequencing.md"


@pytest.fixture(scope="module")
def reference_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = tmp_path_factory.mktemp("reference") / "site"
    build_reference(site, SITE_URL)
    return site


def test_the_reference_site_is_the_guide_pages_text_in_bare_material(reference_site: Path) -> None:
    page = (reference_site / "index.html").read_text(encoding="utf-8")
    assert "<h1" in page
    assert "The default order" in page
    assert re.search(r'<script src="assets/javascripts/bundle\.[0-9a-f]+\.min\.js">', page)
    assert 'data-md-component="palette"' in page
    assert 'data-md-component="search"' in page
    # Nothing of the project's: its overrides' link-preview tags, its style sheet, its scripts.
    assert 'property="og:title"' not in page
    assert "site.css" not in page
    assert not re.search(r"(prefetch|offline|tool-page)\.js", page)


def test_the_reference_site_is_served_as_the_site_is(reference_site: Path) -> None:
    """Precompressed, with the deploy configuration and a policy that lets its own inline scripts run."""
    assert (reference_site / "index.html.br").is_file()
    assert next((reference_site / "assets" / "javascripts").glob("bundle.*.min.js.br"))
    conf = (reference_site / "_deploy" / "nginx.conf").read_text(encoding="utf-8")
    scripts = csp.inline_scripts((reference_site / "index.html").read_text(encoding="utf-8"))
    assert scripts
    for script in scripts:
        assert csp.script_hash(script) in conf
