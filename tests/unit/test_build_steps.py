"""The build steps in build/: the engine wheel, the Pyodide runtime copy and the page fragments."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT, load_build_module


def test_wheel_is_pure_python_and_reproducible(tmp_path: Path) -> None:
    """The wheel is py3-none-any, holds the package and py.typed, and builds byte-for-byte the same twice."""
    engine_wheel = load_build_module("engine_wheel")
    first = engine_wheel.build_wheel(tmp_path / "one")
    second = engine_wheel.build_wheel(tmp_path / "two")
    assert first.name.endswith("-py3-none-any.whl")
    assert first.sha256 == second.sha256
    names = zipfile.ZipFile(first.path).namelist()
    assert "decision_engine/__init__.py" in names
    assert "decision_engine/py.typed" in names
    assert "decision_engine/bridge.py" in names
    assert not [n for n in names if n.startswith(("tests/", "build/", "docs/"))]
    assert not (ROOT / "build" / "lib").exists(), "the wheel build wrote into ./build"


def test_runtime_copy_has_the_boot_files(tmp_path: Path) -> None:
    """The runtime lands under a versioned folder with exactly the boot files, no maps or consoles."""
    runtime = load_build_module("pyodide_runtime")
    dest = runtime.copy_runtime(tmp_path)
    assert dest == tmp_path / "assets" / "pyodide" / runtime.pinned_version()
    assert sorted(p.name for p in dest.iterdir()) == sorted(runtime.BOOT_FILES)
    assert runtime.pinned_version() == runtime.installed_version() == "314.0.7"


def test_unknown_placeholder_fails_the_build() -> None:
    """A page naming a placeholder without a renderer is an error that names it and the known ones."""
    render = load_build_module("site_render")
    ctx = render.RenderContext(page_url="x/", runtime_url="../r/", wheel_url="../r/w.whl")
    with pytest.raises(render.UnknownPlaceholderError, match=r"'no-such-thing'.*engine-status"):
        render.fill_placeholders("intro\n<!-- scale-what: no-such-thing -->\n", ctx)


def test_engine_status_placeholder_points_at_runtime_and_wheel() -> None:
    """The engine-status fragment carries the runtime and wheel URLs the page script boots from."""
    render = load_build_module("site_render")
    ctx = render.RenderContext(page_url="tool/", runtime_url="../r/", wheel_url="../r/w.whl?v=1")
    html = render.fill_placeholders("<!-- scale-what: engine-status -->", ctx)
    assert 'data-runtime="../r/"' in html
    assert 'data-wheel="../r/w.whl?v=1"' in html
    assert 'aria-live="polite"' in html
