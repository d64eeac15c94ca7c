"""A bare Material for MkDocs site: the reference beside the guide page in `make bench`'s Lighthouse runs.

Lighthouse's mobile score simulates a slow phone by counting each main-thread task at 4x its observed length, so on
a shared, loaded machine it moves with the machine as much as with the page (bench/notes.md). This site shows what
Material alone scores on the same machine, in the same runs: the guide page's own Markdown (docs/sequencing.md) as
the only page, built with mkdocs.yml's theme settings (features, palette, icons, no web fonts) and Markdown
extensions, but without the project's overrides, hooks, style sheet or scripts, and with Material's search plugin.
It is precompressed and served by nginx with the deploy configuration and its own Content-Security-Policy, as the
site is. The figure is context for the guide page's score, not a target: no verdict reads it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

from scale_what_build import ROOT, compress, csp
from scale_what_build.project_config import mkdocs_config

#: The guide page the benchmark measures (run.py's GUIDE_PAGE), as the reference site's only page.
PAGE = ROOT / "docs" / "sequencing.md"
#: The theme's settings that are the project's own files rather than Material's.
PROJECT_THEME_KEYS = frozenset({"custom_dir"})
#: The icons of the project's overrides (overrides/.icons/scale-what/), which a bare Material site has not: Material's
#: own stand in for them.
PROJECT_ICONS = "scale-what/"


class ReferenceBuildError(RuntimeError):
    """mkdocs could not build the reference site."""


def reference_config(project: dict[str, Any], site_url: str) -> dict[str, Any]:
    """The reference site's mkdocs.yml: the project's theme (without its overrides) and Markdown extensions, one page,
    Material's search; no hooks, extra CSS or JavaScript."""
    theme = {key: value for key, value in project["theme"].items() if key not in PROJECT_THEME_KEYS}
    if "icon" in theme:
        theme["icon"] = {name: icon for name, icon in theme["icon"].items() if not icon.startswith(PROJECT_ICONS)}
    return {
        "site_name": "Material for MkDocs, bare",
        "site_url": site_url,
        "theme": theme,
        "plugins": ["search"],
        "markdown_extensions": project.get("markdown_extensions", []),
        "nav": [{"Sequencing": "index.md"}],
    }


def build(site_dir: Path, site_url: str) -> None:
    """Build the reference site into ``site_dir`` (precompressed, with `_deploy/nginx.conf`), as `make build` does."""
    with tempfile.TemporaryDirectory(prefix="material-reference-") as tmp:
        docs = Path(tmp) / "docs"
        docs.mkdir()
        shutil.copyfile(PAGE, docs / "index.md")
        config = Path(tmp) / "mkdocs.yml"
        config.write_text(
            yaml.safe_dump(reference_config(mkdocs_config(), site_url), sort_keys=False), encoding="utf-8"
        )
        # From the project's root: the snippets extension reads the abbreviations from docs/includes/. Not --strict:
        # the page's links to the guide's other pages have nothing to point at here (their warnings are dropped).
        command = [sys.executable, "-m", "mkdocs", "build", "--quiet", "-f", str(config)]
        done = subprocess.run(
            [*command, "-d", str(site_dir)], cwd=ROOT, capture_output=True, text=True, check=False, timeout=300
        )
        if done.returncode != 0:
            raise ReferenceBuildError(f"mkdocs could not build the bare Material site:\n{done.stderr.strip()}")
    # In the build hook's order: the host's files, then compression last, when every file is final.
    csp.write_deploy_files(site_dir)
    compress.compress_site(site_dir)
