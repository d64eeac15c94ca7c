"""What the built site ships: its own files, the runtime on the questionnaire's path, nothing unused."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from scale_what_build import asset_names, pyodide_runtime, site_files
from tests.support.site import BuiltSite


def test_unused_search_languages_are_not_shipped(built_site: BuiltSite) -> None:
    """Material's lunr language files (English-only search never loads them) are left out; search still ships."""
    assert not (built_site.root / "assets" / "javascripts" / "lunr").exists()
    assert (built_site.root / "search" / "search_index.json").is_file()
    assert list((built_site.root / "assets" / "javascripts" / "workers").glob("search.*.min.js"))


def test_search_language_pruning_only_for_english(tmp_path: Path) -> None:
    """The folder is removed for an English-only search and kept when another language is searched."""
    folder = tmp_path / "assets" / "javascripts" / "lunr"
    folder.mkdir(parents=True)
    assert site_files.remove_unused_search_languages(tmp_path, ["en", "de"]) is False
    assert folder.is_dir()
    assert site_files.remove_unused_search_languages(tmp_path, ["en"]) is True
    assert not folder.exists()
    assert site_files.remove_unused_search_languages(tmp_path, ["en"]) is False


def test_runtime_and_wheel_ship_beside_each_other(built_site: BuiltSite) -> None:
    """The versioned runtime folder holds the boot files and the engine's wheel, and their precompressed copies
    (.br, .gz: compress.py), nothing else."""
    folder = built_site.root / built_site.runtime
    names = sorted(p.name for p in folder.iterdir() if p.suffix not in {".br", ".gz"})
    wheels = [n for n in names if n.endswith("-py3-none-any.whl")]
    assert len(wheels) == 1
    assert sorted(set(names) - set(wheels)) == sorted(pyodide_runtime.BOOT_FILES)


def test_runtime_folder_is_named_by_the_files_it_ships(built_site: BuiltSite) -> None:
    """The folder is cached for a year without asking (deploy/): it is named by the runtime the build prepared, and
    every file in it is that runtime's file as shipped (the hinted module, the localised loader, the trimmed stdlib
    zip), which its name's hash covers (tests/unit/test_build_steps.py)."""
    folder = built_site.root / built_site.runtime
    (wheel,) = folder.glob("*.whl")
    runtime = pyodide_runtime.prepare(wheel, "/")
    assert built_site.runtime == runtime.folder
    for name in pyodide_runtime.BOOT_FILES:
        assert (folder / name).read_bytes() == runtime.shipped_bytes(name, runtime.folder), name


def test_vendor_fallbacks_point_at_the_site(built_site: BuiltSite) -> None:
    """The theme's and the runtime's third-party fallbacks ask the site itself; the polyfill is shipped."""
    bundle = next((built_site.root / "assets" / "javascripts").glob("bundle.*.min.js"))
    text = bundle.read_text(encoding="utf-8")
    assert '_t("/assets/vendor/resize-observer-polyfill.js")' in text
    assert '_t("/assets/vendor/mermaid.min.js")' in text
    assert "`/assets/vendor/github-api/repos/${e}/${t}`" in text
    assert not (bundle.parent / f"{bundle.name}.map").exists(), "a changed script keeps no stale source map"
    assert "sourceMappingURL" not in text
    polyfill = built_site.root / "assets" / "vendor" / "resize-observer-polyfill.js"
    assert (
        polyfill.read_bytes()
        == (site_files.NODE_MODULES / "resize-observer-polyfill/dist/ResizeObserver.js").read_bytes()
    )
    loader = (built_site.root / built_site.runtime / "pyodide.mjs").read_text(encoding="utf-8")
    assert f"e.cdnUrl=k(e.packageBaseUrl??`/{built_site.runtime}/`)" in loader


def _vendor_tree(root: Path) -> Path:
    """A built site's vendor scripts, each holding its fallback URLs once, as the real ones do."""
    for fallback in site_files.FALLBACKS:
        script = root / fallback.file.replace("*", "x")
        script.parent.mkdir(parents=True, exist_ok=True)
        with script.open("a", encoding="utf-8") as out:
            out.write(f'load("{fallback.url}");\n')
    for script in {root / f.file.replace("*", "x") for f in site_files.FALLBACKS}:
        with script.open("a", encoding="utf-8") as out:
            out.write(f"//# sourceMappingURL={script.name}.map\n")
        (script.parent / f"{script.name}.map").write_text("{}", encoding="utf-8")
    return root


def test_localising_fallbacks_is_repeatable_and_stops_on_a_changed_vendor_file(tmp_path: Path) -> None:
    """Each URL is replaced once (a second run, as under `mkdocs serve`, changes nothing); a URL that is
    missing or doubled stops the build with a message naming it."""
    site = _vendor_tree(tmp_path / "site")
    site_files.localise_fallbacks(site, "/docs/", "assets/pyodide/1.2.3")
    bundle = site / "assets/javascripts/bundle.x.min.js"
    first = bundle.read_text(encoding="utf-8")
    assert first == (
        'load("/docs/assets/vendor/resize-observer-polyfill.js");\n'
        'load("/docs/assets/vendor/mermaid.min.js");\n'
        'load("/docs/assets/vendor/github-api/repos/");\n'
        'load("/docs/assets/vendor/github-api/users/");\n'
    )
    assert (site / "assets/pyodide/x/pyodide.mjs").read_text(
        encoding="utf-8"
    ) == 'load("/docs/assets/pyodide/1.2.3/");\n'
    assert not list(site.rglob("*.map"))
    assert (site / "assets/vendor/resize-observer-polyfill.js").is_file()
    loader = (site / "assets/pyodide/x/pyodide.mjs").stat().st_mtime_ns
    site_files.localise_fallbacks(site, "/docs/", "assets/pyodide/1.2.3")
    assert bundle.read_text(encoding="utf-8") == first
    # Already localised (mkdocs serve; the runtime's loader as copy_runtime wrote it): left as it is, not rewritten.
    assert (site / "assets/pyodide/x/pyodide.mjs").stat().st_mtime_ns == loader

    changed = _vendor_tree(tmp_path / "changed")
    bundle = changed / "assets/javascripts/bundle.x.min.js"
    bundle.write_text(bundle.read_text(encoding="utf-8").replace("mermaid@11", "mermaid@12"), encoding="utf-8")
    with pytest.raises(
        site_files.VendorFallbackError, match=r"'https://unpkg.com/mermaid@11/dist/mermaid.min.js' once, found it 0"
    ):
        site_files.localise_fallbacks(changed, "/", "assets/pyodide/1.2.3")


def test_root_path_follows_site_url() -> None:
    assert site_files.root_path("http://127.0.0.1:8000/") == "/"
    assert site_files.root_path("https://example.org/guides/scale-what") == "/guides/scale-what/"
    assert site_files.root_path(None) == "/"


def test_the_build_refuses_what_would_need_an_unshipped_fallback(tmp_path: Path) -> None:
    """repo_url (repository facts from the host's API) and a mermaid diagram (mermaid from a CDN) stop the build."""
    (tmp_path / "page").mkdir()
    page = tmp_path / "page" / "index.html"
    page.write_text('<p class="note">mermaid is named in prose only</p>', encoding="utf-8")
    site_files.refuse_unshipped_fallbacks(tmp_path, None)
    with pytest.raises(site_files.VendorFallbackError, match="repo_url is set"):
        site_files.refuse_unshipped_fallbacks(tmp_path, "https://github.com/example/scale-what")
    page.write_text('<pre class="mermaid"><code>graph LR; a --> b</code></pre>', encoding="utf-8")
    with pytest.raises(site_files.VendorFallbackError, match=r"page/index.html: a mermaid diagram"):
        site_files.refuse_unshipped_fallbacks(tmp_path, None)


#: An ES module's static import (`from "./x.js"`, `import "./x.js"`), not a word or a CSS property that ends
#: in "from" in minified code.
MODULE_IMPORT = re.compile(r'(?<![\w$.\-])(?:from|import)\s*"([^"]+)"')


def test_the_questionnaire_scripts_are_bundled(built_site: BuiltSite) -> None:
    """The questionnaire's two entry scripts import nothing but their shared chunk and offline.js (one instance per
    document, every page loads it): the page asks for its code in two rounds, not four. All are named by their
    content, and every import names the file as built."""
    scripts = built_site.root / "assets" / "javascripts"
    (chunk,) = (p.name for p in scripts.glob("tool-shared.*.min.js"))
    (offline,) = (p.name for p in scripts.glob("offline.*.js"))
    for entry in ("tool-page", "engine-client"):
        (bundle,) = scripts.glob(f"{entry}.*.min.js")
        imported = set(MODULE_IMPORT.findall(bundle.read_text(encoding="utf-8")))
        assert imported <= {f"./{chunk}", f"./{offline}"}, entry
        assert f"./{chunk}" in imported
    shared = (scripts / chunk).read_text(encoding="utf-8")
    assert set(MODULE_IMPORT.findall(shared)) <= {f"./{offline}"}


def test_the_sites_own_scripts_and_stylesheet_are_named_by_their_content(built_site: BuiltSite) -> None:
    """Every page names the site's stylesheet and scripts by the names they were built under (a return visit asks
    for none of them again), each named by the hash of its content; no page, script or the service worker's list
    names a file the build renamed."""
    assets = built_site.root / "assets"
    for old in asset_names.VERSIONED:
        folder, name = (assets.parent / old).parent, old.rsplit("/", 1)[1]
        stem = name.rsplit(".", 1)[0]
        (built,) = (p for p in folder.glob(f"{stem}.*") if asset_names.VERSIONED_NAME.search(p.name))
        assert built.name == asset_names.versioned_name(name, built.read_bytes())
    texts = [p.read_text(encoding="utf-8") for p in built_site.root.rglob("*") if p.suffix in {".html", ".js"}]
    for old in asset_names.VERSIONED:
        name = old.rsplit("/", 1)[1]
        assert not [t for t in texts if f'/{name}"' in t or f'"./{name}"' in t], name
    assert not (assets / "javascripts" / "engine-early.js").exists(), "the page holds it inline"
    page = (built_site.root / "tool" / "index.html").read_text(encoding="utf-8")
    for stem in ("site", "offline", "prefetch", "tool-page", "engine-client"):
        assert re.search(rf'assets/(javascripts|stylesheets)/{stem}\.[0-9a-f]{{8}}(\.min)?\.(js|css)"', page), stem


def test_every_page_carries_the_mark_the_service_worker_keeps_pages_by(built_site: BuiltSite) -> None:
    """The service worker keeps a page only when it carries the site's mark (an attack review: a captive portal's page
    was kept as the questionnaire): every page the build writes carries it, the 404 page and the questions one at a
    time included, and the worker looks for the same words."""
    source = (Path(__file__).parents[2] / "docs/assets/javascripts/service-worker.js").read_text(encoding="utf-8")
    found = re.search(r"const PAGE_MARK = '([^']+)';", source)
    assert found is not None
    pages = sorted(built_site.root.rglob("*.html"))
    assert len(pages) > 20
    assert [page for page in pages if found.group(1) not in page.read_text(encoding="utf-8")] == []
