"""The site's own scripts and stylesheet named by their content (scale_what_build.asset_names), on a small site of
the built site's shape: a stylesheet, two scripts every page loads, two page bundles sharing a chunk, the worker's
unversioned helper, and pages at several depths."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
from pathlib import Path

import pytest

from scale_what_build import ROOT, asset_names

SCRIPTS = {
    "offline.js": "export const registers = true;\n",
    "prefetch.js": 'export const MANIFEST = "runtime-files.json";\n',
    "tool-shared.js": 'import{registers as r}from"./offline.js";export const engine={started:0,registers:r};\n',
    "tool-page.js": 'import{engine as e}from"./tool-shared.js";e.started+=1;export{e as engine};\n',
    "engine-client.js": 'import{engine as e}from"./tool-shared.js";export{e as engine};\n',
    # Left as it is (the worker's bundle imports it by this name), but pointed at the renamed prefetch.js.
    "runtime-check.js": 'import { MANIFEST } from "./prefetch.js";\nexport const manifest = MANIFEST;\n',
    # Not one of the site's versioned files: untouched.
    "service-worker.js": "self.version = 1;\n",
}
STYLESHEET = "body { margin: 0 }\n"
HEAD = (
    '<link rel="stylesheet" href="{root}assets/stylesheets/site.css">'
    '<script>for(const p of["assets/javascripts/prefetch.js","assets/javascripts/offline.js"]){}</script>'
)
PAGES = {
    "index.html": HEAD.replace("{root}", ""),
    "tool/index.html": HEAD.replace("{root}", "../")
    + '<script type="module" src="../assets/javascripts/engine-client.js"></script>'
    + '<script type="module" src="../assets/javascripts/tool-page.js"></script>',
    "404.html": HEAD.replace("{root}", "https://example.org/guide/"),
    "tool/steps/a/index.html": HEAD.replace("{root}", "../../../"),
}


def make_site(root: Path, scripts: dict[str, str] = SCRIPTS) -> Path:
    (root / "assets" / "javascripts").mkdir(parents=True)
    (root / "assets" / "stylesheets").mkdir(parents=True)
    for name, text in scripts.items():
        (root / "assets" / "javascripts" / name).write_text(text, encoding="utf-8")
    (root / "assets" / "stylesheets" / "site.css").write_text(STYLESHEET, encoding="utf-8")
    for path, html in PAGES.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(html, encoding="utf-8")
    return root


def scripts_in(site: Path) -> set[str]:
    return {path.name for path in (site / "assets" / "javascripts").iterdir()}


def test_each_file_is_named_by_its_content_and_nothing_else_is_renamed(tmp_path: Path) -> None:
    site = make_site(tmp_path)
    renames = asset_names.version_site_files(site)
    assert set(renames) == {
        f"assets/{'stylesheets' if n == 'site.css' else 'javascripts'}/{n}"
        for n in ("site.css", "offline.js", "prefetch.js", "tool-shared.js", "tool-page.js", "engine-client.js")
    }
    for old, new in renames.items():
        assert not (site / old).exists()
        content = (site / new).read_bytes()
        assert new == f"{old.rsplit('/', 1)[0]}/{asset_names.versioned_name(old.rsplit('/', 1)[1], content)}"
        assert hashlib.sha256(content).hexdigest()[:8] in new
    assert renames["assets/stylesheets/site.css"].endswith(".css")
    assert (site / renames["assets/stylesheets/site.css"]).read_text(encoding="utf-8") == STYLESHEET
    # The bundles esbuild minified say so in their names, as Material's do; the others do not.
    assert renames["assets/javascripts/tool-page.js"].endswith(".min.js")
    assert not renames["assets/javascripts/offline.js"].endswith(".min.js")
    assert {"runtime-check.js", "service-worker.js"} <= scripts_in(site)
    assert (site / "assets/javascripts/service-worker.js").read_text(encoding="utf-8") == SCRIPTS["service-worker.js"]


def test_imports_scripts_and_pages_name_the_new_files(tmp_path: Path) -> None:
    """Every import and page points at the renamed files, at any depth and from an absolute address; nothing
    names an old one."""
    site = make_site(tmp_path)
    renames = asset_names.version_site_files(site)
    texts = {path: path.read_text(encoding="utf-8") for path in site.rglob("*") if path.is_file()}
    for text in texts.values():
        for old in renames:
            assert f'/{old.rsplit("/", 1)[1]}"' not in text
    for page in PAGES:
        html = texts[site / page]
        assert f'{renames["assets/stylesheets/site.css"]}"' in html
        assert f'"{renames["assets/javascripts/prefetch.js"]}"' in html
        assert f'"{renames["assets/javascripts/offline.js"]}"' in html
    assert f'src="../{renames["assets/javascripts/tool-page.js"]}"' in texts[site / "tool/index.html"]
    check = texts[site / "assets/javascripts/runtime-check.js"]
    assert f'"./{renames["assets/javascripts/prefetch.js"].rsplit("/", 1)[1]}"' in check


def test_the_renamed_modules_load_and_share_one_instance(tmp_path: Path) -> None:
    """In Node, the entries import the renamed chunk, which imports the renamed offline.js: one state for both."""
    site = make_site(tmp_path)
    renames = asset_names.version_site_files(site)
    page, client = (renames[f"assets/javascripts/{n}"].rsplit("/", 1)[1] for n in ("tool-page.js", "engine-client.js"))
    folder = site / "assets" / "javascripts"
    (folder / "check.mjs").write_text(
        f'const page = await import("./{page}"); const client = await import("./{client}");'
        "console.log(JSON.stringify([page.engine === client.engine, client.engine.started, client.engine.registers]));",
        encoding="utf-8",
    )
    out = subprocess.run(["node", "check.mjs"], cwd=folder, capture_output=True, text=True, check=True).stdout
    assert json.loads(out) == [True, 1, True]


def test_a_change_renames_the_file_and_the_files_that_import_it(tmp_path: Path) -> None:
    """A new offline.js is a new name for it, the chunk that imports it and the entries that import the chunk, so
    no reader's cache holds a page's code from two builds; prefetch.js, unchanged, keeps its name."""
    before = asset_names.version_site_files(make_site(tmp_path / "a"))
    changed = {**SCRIPTS, "offline.js": "export const registers = false;\n"}
    after = asset_names.version_site_files(make_site(tmp_path / "b", changed))
    differ = {old.rsplit("/", 1)[1] for old in before if before[old] != after[old]}
    assert differ == {"offline.js", "tool-shared.js", "tool-page.js", "engine-client.js"}
    assert asset_names.version_site_files(make_site(tmp_path / "c")) == before  # the same files, the same names


def test_every_versioned_name_is_one_the_server_caches_for_a_year(tmp_path: Path) -> None:
    """deploy/nginx.conf's rule for year-long caching matches each new name, and no file that keeps its name."""
    conf = (ROOT / "deploy" / "nginx.conf").read_text(encoding="utf-8")
    rules = [re.compile(rule) for rule in re.findall(r'location ~ "([^"]+)"', conf)]
    assert rules
    site = make_site(tmp_path)
    renames = asset_names.version_site_files(site)
    for new in renames.values():
        assert any(rule.search(f"/{new}") for rule in rules), new
        assert asset_names.VERSIONED_NAME.search(new)
    for kept in ("runtime-check.js", "service-worker.js"):
        assert not any(rule.search(f"/assets/javascripts/{kept}") for rule in rules)


def test_files_that_import_each_other_in_a_circle_are_refused(tmp_path: Path) -> None:
    circle = {
        **SCRIPTS,
        "offline.js": 'import"./tool-page.js";\n',
    }
    names = re.escape("engine-client.js, offline.js, tool-page.js, tool-shared.js")
    with pytest.raises(asset_names.AssetNameError, match=f"in a circle: {names}$"):
        asset_names.version_site_files(make_site(tmp_path, circle))


def test_a_site_without_the_files_is_left_alone(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text("<p>plain</p>", encoding="utf-8")
    assert asset_names.version_site_files(tmp_path) == {}
    assert (tmp_path / "index.html").read_text(encoding="utf-8") == "<p>plain</p>"
