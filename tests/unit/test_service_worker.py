"""The build's service worker manifest: the guide and the runtime listed apart, and a version that follows every
served file."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from scale_what_build import service_worker
from scale_what_build.pyodide_runtime import FOLDERS, pinned_version

#: A runtime folder as the build names it (the version, then a hash of the files).
RUNTIME = f"{FOLDERS}/{pinned_version()}-0123abcd"


def _site(root: Path) -> Path:
    """A small built site: two pages, an asset, the runtime folder with a wheel, and files nobody fetches."""
    files = {
        "index.html": "<h1>Home</h1>",
        "technical/index.html": "<h1>Technical</h1>",
        "tool/steps/index.html": "<h1>The first question</h1>",
        "tool/steps/outages/index.html": "<h1>The next question</h1>",
        "404.html": "<h1>Not found</h1>",
        service_worker.LOGIC: "// logic",
        "assets/stylesheets/site.css": "body {}",
        "sitemap.xml.gz": "zipped",
        service_worker.LINK_PREVIEW: "PNG of the link preview",
        f"{RUNTIME}/pyodide.mjs": "export {}",
        f"{RUNTIME}/pyodide.asm.wasm": "\0asm",
        f"{RUNTIME}/decision_engine-0.1.0-py3-none-any.whl": "wheel bytes",
    }
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return root


def test_manifest_lists_the_guide_the_steps_and_the_runtime_apart(tmp_path: Path) -> None:
    """Pages are listed by their folder, the questionnaire without JavaScript apart from the guide, the runtime by
    its versioned paths (the wheel with the hash query the pages use); compressed copies, the link-preview image and
    sw.js itself are left out."""
    site = _site(tmp_path)
    found = service_worker.manifest(site)
    wheel_hash = hashlib.sha256(b"wheel bytes").hexdigest()[:16]
    assert found.guide == ("404.html", service_worker.LOGIC, "assets/stylesheets/site.css", "", "technical/")
    assert found.steps == ("tool/steps/", "tool/steps/outages/")
    assert json.loads(found.as_json())["steps"] == list(found.steps)
    assert found.runtime == (
        f"{RUNTIME}/decision_engine-0.1.0-py3-none-any.whl?v={wheel_hash}",
        f"{RUNTIME}/pyodide.asm.wasm",
        f"{RUNTIME}/pyodide.mjs",
    )
    assert found.runtime_prefix == f"{RUNTIME}/"
    assert len(found.version) == 16


def test_version_follows_every_served_file(tmp_path: Path) -> None:
    """A changed page (a step of the questionnaire without JavaScript too), asset or runtime file gives a new version;
    sw.js and compressed copies do not count."""
    site = _site(tmp_path)
    first = service_worker.manifest(site).version
    (site / service_worker.SERVICE_WORKER).write_text("anything")
    (site / "sitemap.xml.gz").write_text("other")
    assert service_worker.manifest(site).version == first
    versions = {first}
    changed = ["technical/index.html", "tool/steps/outages/index.html", "assets/stylesheets/site.css"]
    for name in [*changed, f"{RUNTIME}/pyodide.asm.wasm"]:
        (site / name).write_text((site / name).read_text() + " changed")
        versions.add(service_worker.manifest(site).version)
    assert len(versions) == 5


def test_sw_js_sets_the_manifest_and_imports_the_logic_by_its_hash(tmp_path: Path) -> None:
    """sw.js carries the manifest as JSON and imports the logic with its content hash (a new logic, a new sw.js)."""
    site = _site(tmp_path)
    text = service_worker.write(site).read_text()
    manifest_line, import_line = text.splitlines()[1:3]
    prefix = "self.SCALE_WHAT_OFFLINE = "
    assert manifest_line.startswith(prefix)
    assert json.loads(manifest_line.removeprefix(prefix).removesuffix(";")) == json.loads(
        service_worker.manifest(site).as_json()
    )
    logic_hash = hashlib.sha256(b"// logic").hexdigest()[:16]
    assert import_line == f'importScripts("{service_worker.LOGIC}?v={logic_hash}");'


def test_missing_logic_is_refused(tmp_path: Path) -> None:
    """A site without the service worker's logic gets no sw.js: the build stops with the reason."""
    site = _site(tmp_path)
    (site / service_worker.LOGIC).unlink()
    with pytest.raises(FileNotFoundError, match="service worker's logic"):
        service_worker.write(site)
    assert not (site / service_worker.SERVICE_WORKER).exists()
