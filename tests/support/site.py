"""The built site as the `built_site` fixture (tests/conftest.py) hands it to the site and browser tests, and the
pages mkdocs.yml's nav lists."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scale_what_build.project_config import mkdocs_config
from scale_what_build.pyodide_runtime import built_folder


@dataclass(frozen=True)
class BuiltSite:
    """The site built with --strict for a server on 127.0.0.1, and that server's base URL."""

    root: Path
    url: str  # ends with "/"
    origin: str  # e.g. "http://127.0.0.1:41234"

    @property
    def runtime(self) -> str:
        """The runtime's folder, relative to the root (named by the files it ships: pyodide_runtime.built_folder)."""
        return built_folder(self.root)


NOT_FOUND = "404.html"


def _nav_files(items: list[Any]) -> list[str]:
    """The Markdown files of mkdocs.yml's nav, in order, sections flattened."""
    files = []
    for item in items:
        value = next(iter(item.values())) if isinstance(item, dict) else item
        if isinstance(value, list):
            files.extend(_nav_files(value))
        elif isinstance(value, str) and value.endswith(".md"):
            files.append(value)
    return files


def page_path(md_file: str) -> str:
    """The built page's path relative to the site root ("" for the home page)."""
    stem = md_file.removesuffix(".md")
    if stem == "index":
        return ""
    return stem.removesuffix("/index") + "/"


CONFIG = mkdocs_config()
NAV_FILES = _nav_files(CONFIG["nav"])
PAGES = [page_path(f) for f in NAV_FILES] + [NOT_FOUND]
