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
    # Imported by the page and by the engine's worker, which is not bundled: it stays in the site.
    "names.js": 'export const name = "engine";\n',
    "engine-worker.js": 'import { name } from "./names.js";\nexport const worker = name;\n',
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
    external); the modules only the bundles hold are removed, those the worker imports stay; run in Node, both
    entries see one engine state, as the separate files did."""
    write_modules(tmp_path)
    written = page_bundle.bundle_page_scripts(tmp_path)
    left = {path.name for path in tmp_path.iterdir()}
    assert left == {*written, "offline.js", "names.js", "engine-worker.js"}
    chunks = [n for n in written if n.startswith("tool-shared-")]
    assert sorted(set(written) - set(chunks)) == ["engine-client.js", "tool-page.js"]
    assert len(chunks) == 1
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
