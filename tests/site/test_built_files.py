"""What the built site ships: its own files, the runtime on the questionnaire's path, nothing unused."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import BuiltSite, load_build_module


def test_unused_search_languages_are_not_shipped(built_site: BuiltSite) -> None:
    """Material's lunr language files (English-only search never loads them) are left out; search still ships."""
    assert not (built_site.root / "assets" / "javascripts" / "lunr").exists()
    assert (built_site.root / "search" / "search_index.json").is_file()
    assert list((built_site.root / "assets" / "javascripts" / "workers").glob("search.*.min.js"))


def test_search_language_pruning_only_for_english(tmp_path: Path) -> None:
    """The folder is removed for an English-only search and kept when another language is searched."""
    files = load_build_module("site_files")
    folder = tmp_path / "assets" / "javascripts" / "lunr"
    folder.mkdir(parents=True)
    assert files.remove_unused_search_languages(tmp_path, ["en", "de"]) is False
    assert folder.is_dir()
    assert files.remove_unused_search_languages(tmp_path, ["en"]) is True
    assert not folder.exists()
    assert files.remove_unused_search_languages(tmp_path, ["en"]) is False


def test_runtime_and_wheel_ship_beside_each_other(built_site: BuiltSite) -> None:
    """The versioned runtime folder holds the boot files and the engine's wheel, nothing else."""
    runtime = load_build_module("pyodide_runtime")
    folder = built_site.root / runtime.site_path()
    names = sorted(p.name for p in folder.iterdir())
    wheels = [n for n in names if n.endswith("-py3-none-any.whl")]
    assert len(wheels) == 1
    assert sorted(set(names) - set(wheels)) == sorted(runtime.BOOT_FILES)
