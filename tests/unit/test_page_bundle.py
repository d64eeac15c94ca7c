"""The questionnaire's scripts bundled by the pinned esbuild (scale_what_build.page_bundle), on small modules of
the same shape: two entries that share a module with state, and an import left as it is."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from scale_what_build import page_bundle

MODULES = {
    # One instance of this state per document: both entries must see the same object.
    "shared.js": "export const engine = { started: 0 };\nexport function start() { engine.started += 1; }\n",
    "offline.js": "export const registers = true;\n",
    "view.js": 'import { engine } from "./shared.js";\nexport const view = () => engine.started;\n',
    # Imported by the page and by the engine's worker, both bundled: it goes.
    "names.js": 'export const name = "engine";\n',
    # The worker imports one module only when it needs it: that one stays a file.
    "engine-worker.js": (
        'import { name } from "./names.js";\nexport const worker = name;\n'
        'export const check = () => import("./runtime-check.js");\n'
    ),
    "runtime-check.js": "export const mismatch = () => null;\n",
    # Imported by a script that is not bundled (prefetch.js): it stays in the site.
    "prefetch-list.js": "export const list = [];\n",
    "prefetch.js": 'import { list } from "./prefetch-list.js";\nexport const prefetch = list;\n',
    "tool-page.js": (
        'import { engine, start } from "./shared.js";\nimport { view } from "./view.js";\n'
        'import { registers } from "./offline.js";\nimport { name } from "./names.js";\n'
        "start();\nexport { engine, view, registers, name };\n"
    ),
    "engine-client.js": 'export { engine, start } from "./shared.js";\n',
}
IMPORTS = re.compile(r'(?<![\w$.\-])(?:from|import)\s*"([^"]+)"')


def write_modules(folder: Path) -> None:
    for name, text in MODULES.items():
        (folder / name).write_text(text, encoding="utf-8")


def test_the_entries_share_one_instance_and_import_only_their_chunk(tmp_path: Path) -> None:
    """Two entries and one shared chunk are written; each entry imports nothing but the chunk (and the module left
    external); the modules only the bundles hold are removed, those an unbundled script imports stay; run in Node,
    both entries see one engine state, as the separate files did."""
    write_modules(tmp_path)
    written = page_bundle.bundle_page_scripts(tmp_path)
    left = {path.name for path in tmp_path.iterdir()}
    assert left == {*written, "offline.js", "prefetch.js", "prefetch-list.js", "runtime-check.js"}
    chunks = [n for n in written if n.startswith("tool-shared")]
    workers = [n for n in written if n.startswith("engine-worker.")]
    assert sorted(set(written) - {*chunks, *workers}) == ["engine-client.js", "tool-page.js"]
    assert chunks == ["tool-shared.js"]  # named by its content afterwards (asset_names.py)
    for entry in page_bundle.ENTRIES:
        imported = set(IMPORTS.findall((tmp_path / entry).read_text(encoding="utf-8")))
        assert imported <= {f"./{chunks[0]}", "./offline.js"}, entry
        assert f"./{chunks[0]}" in imported
    check = (
        'const page = await import("./tool-page.js"); const client = await import("./engine-client.js");'
        "client.start(); console.log(JSON.stringify([page.engine === client.engine, page.view(), page.registers]));"
    )
    (tmp_path / "check.mjs").write_text(check, encoding="utf-8")
    out = subprocess.run(["node", "check.mjs"], cwd=tmp_path, capture_output=True, text=True, check=True).stdout
    assert json.loads(out) == [True, 2, True]


def test_a_module_esbuild_cannot_read_is_named(tmp_path: Path) -> None:
    """A syntax error stops the build with esbuild's own words, file and line."""
    write_modules(tmp_path)
    (tmp_path / "view.js").write_text("export const view = (;\n", encoding="utf-8")
    with pytest.raises(page_bundle.BundleError, match=r"could not bundle(.|\n)*view\.js:1"):
        page_bundle.bundle_page_scripts(tmp_path)


def test_without_esbuild_the_build_says_how_to_install_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(page_bundle, "ROOT", tmp_path)
    with pytest.raises(page_bundle.BundleError, match=r"esbuild is not installed .*make deps"):
        page_bundle.esbuild_path()


def test_the_worker_is_one_file_named_by_its_hash_and_the_pages_point_at_it(tmp_path: Path) -> None:
    """The worker and what it imports become one file, engine-worker.<8 hex>.min.js (the hash of its bytes, which
    the server caches as versioned); its one dynamic import stays a file; it runs in Node; the pages that started
    the unversioned worker now start the bundle, and a changed worker gets a new name."""
    scripts = tmp_path / "assets" / "javascripts"
    scripts.mkdir(parents=True)
    write_modules(scripts)
    page = tmp_path / "tool" / "index.html"
    page.parent.mkdir()
    page.write_text('<div data-worker="../assets/javascripts/engine-worker.js"></div>', encoding="utf-8")
    (tmp_path / "index.html").write_text("<p>a guide page</p>", encoding="utf-8")
    written = page_bundle.bundle_page_scripts(scripts)
    [worker] = [n for n in written if n.startswith("engine-worker.")]
    bundle = (scripts / worker).read_bytes()
    assert re.fullmatch(r"engine-worker\.[0-9a-f]{8}\.min\.js", worker)
    assert worker == page_bundle.worker_name(bundle)
    assert not (scripts / "engine-worker.js").exists()
    assert set(IMPORTS.findall(bundle.decode())) == set()  # nothing static
    assert "./runtime-check.js" in bundle.decode()
    (scripts / "check.mjs").write_text(
        f'const w = await import("./{worker}"); console.log(JSON.stringify([w.worker, (await w.check()).mismatch()]));',
        encoding="utf-8",
    )
    out = subprocess.run(["node", "check.mjs"], cwd=scripts, capture_output=True, text=True, check=True).stdout
    assert json.loads(out) == ["engine", None]
    assert page_bundle.point_pages_at_worker(tmp_path, written) == [page]
    assert page.read_text(encoding="utf-8") == f'<div data-worker="../assets/javascripts/{worker}"></div>'
    assert page_bundle.worker_name(bundle + b"\n") != worker


def test_without_a_worker_no_page_is_changed(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text('<div data-worker="x/engine-worker.js"></div>', encoding="utf-8")
    assert page_bundle.point_pages_at_worker(tmp_path, ["tool-page.js"]) == []
