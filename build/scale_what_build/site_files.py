"""Tidy the built site: leave out files the theme copies in but this site never loads, and point the
vendor scripts' third-party fallbacks at the site's own files."""

from __future__ import annotations

import re
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from scale_what_build import ROOT

SEARCH_LANGUAGE_DIR = Path("assets/javascripts/lunr")


def remove_unused_search_languages(site_dir: Path, languages: Sequence[str]) -> bool:
    """Material copies lunr's stemmers for every language into every site; an English-only search loads
    none of them. Remove them (about 1 MB, several licences) when search is English only; return whether
    anything was removed."""
    folder = site_dir / SEARCH_LANGUAGE_DIR
    if list(languages) != ["en"] or not folder.is_dir():
        return False
    shutil.rmtree(folder)
    return True


# ---- Vendor fallbacks: the theme's and the runtime's code names hosts this site never asks ---------
#
# Material's bundle and Pyodide's loader each hold a few URLs on other hosts that they fetch only in a
# case this site avoids. The site promises that a reader's browser asks no other host, whatever the case:
# the build points each of them at the site itself, and ships the one file such a case can need.

NODE_MODULES = ROOT / "node_modules"
MATERIAL_BUNDLE = "assets/javascripts/bundle.*.min.js"
#: Pyodide's loader in the runtime's folder (pyodide_runtime.copy_runtime writes it localised).
RUNTIME_LOADER = "assets/pyodide/*/pyodide.mjs"
VENDOR_DIR = "assets/vendor"


@dataclass(frozen=True)
class Fallback:
    """One URL in a shipped vendor script, and the site's own address that replaces it."""

    file: str  # a glob under the site's root that matches exactly one file
    url: str  # exactly as it appears in that file
    local: str  # relative to the site's root; "{runtime}" is the versioned Pyodide folder
    why: str  # when the vendor code fetches it, and why this site never needs the third-party copy
    shipped_from: str | None = None  # the file under node_modules the build copies to `local`, if any


FALLBACKS = (
    Fallback(
        MATERIAL_BUNDLE,
        "https://unpkg.com/resize-observer-polyfill",
        f"{VENDOR_DIR}/resize-observer-polyfill.js",
        "browsers without ResizeObserver load a polyfill: the site ships it (npm resize-observer-polyfill)",
        shipped_from="resize-observer-polyfill/dist/ResizeObserver.js",
    ),
    Fallback(
        MATERIAL_BUNDLE,
        "https://unpkg.com/mermaid@11/dist/mermaid.min.js",
        f"{VENDOR_DIR}/mermaid.min.js",
        "pages with a mermaid diagram load mermaid: this site draws its diagrams as inline SVG and the build "
        "refuses a page with a mermaid diagram, so the file is not shipped",
    ),
    *(
        Fallback(
            MATERIAL_BUNDLE,
            f"https://api.github.com/{kind}/",
            f"{VENDOR_DIR}/github-api/{kind}/",
            "the repository facts in the header are asked from GitHub when repo_url is set: the build "
            "refuses repo_url, so nothing is asked",
        )
        for kind in ("repos", "users")
    ),
    Fallback(
        RUNTIME_LOADER,
        "https://cdn.jsdelivr.net/pyodide/v${U}/full/",
        "{runtime}/",
        "packages not in the runtime folder are fetched from Pyodide's CDN: the engine loads none, and the "
        "place to look for one is this site's own copy of the same release",
    ),
)

SOURCE_MAP_COMMENT = re.compile(r"\n//# sourceMappingURL=(\S+)\s*$")
MERMAID_DIAGRAM = re.compile(r"""class=["'][^"']*\bmermaid\b""")


class VendorFallbackError(RuntimeError):
    """A vendor script changed under us, or the site uses a feature whose fallback it does not ship."""


def root_path(site_url: str | None) -> str:
    """The path the site is served under (from site_url), with a trailing slash: "/" or "/docs/"."""
    path = urlsplit(site_url or "/").path or "/"
    return path if path.endswith("/") else path + "/"


def refuse_unshipped_fallbacks(site_dir: Path, repo_url: str | None) -> None:
    """Stop the build when a page would need a fallback the site does not ship (mermaid, repo facts)."""
    if repo_url:
        raise VendorFallbackError(
            f"repo_url is set ({repo_url}): Material would ask the repository's host for its stars and "
            "forks from every page. Leave repo_url out, or link the repository from a page."
        )
    pages = sorted(
        p.relative_to(site_dir).as_posix()
        for p in site_dir.rglob("*.html")
        if MERMAID_DIAGRAM.search(p.read_text("utf-8"))
    )
    if pages:
        raise VendorFallbackError(
            f"{', '.join(pages)}: a mermaid diagram, and this site does not ship mermaid (Material would load "
            "it from unpkg.com). Draw the diagram as inline SVG, or self-host mermaid from npm."
        )


def localise_fallbacks(site_dir: Path, site_root: str, runtime_dir: str) -> None:
    """Point every fallback URL in the built vendor scripts at the site, and copy in the files they need.

    Each URL must be found exactly once (or already replaced: `mkdocs serve` keeps files, and the runtime's loader
    comes localised from pyodide_runtime.copy_runtime): a theme or runtime upgrade that moves one stops the build
    instead of shipping a third-party address.
    """
    for fallback in FALLBACKS:
        if fallback.shipped_from:
            target = site_dir / fallback.local
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(NODE_MODULES / fallback.shipped_from, target)
    for file in dict.fromkeys(fallback.file for fallback in FALLBACKS):
        matches = list(site_dir.glob(file))
        if len(matches) != 1:
            raise VendorFallbackError(f"expected one file matching {file} in {site_dir}, found {len(matches)}")
        script = matches[0]
        text = script.read_bytes().decode("utf-8")  # bytes as they are: the runtime's loader is hashed as shipped
        comment = SOURCE_MAP_COMMENT.search(text)
        if comment is not None:  # a changed script's source map no longer matches it
            (script.parent / comment.group(1)).unlink(missing_ok=True)
        changed = localised(file, script.name, text, site_root, runtime_dir)
        if changed != text:
            script.write_bytes(changed.encode("utf-8"))


def localised(file: str, name: str, text: str, site_root: str, runtime_dir: str) -> str:
    """``text``, the vendor script FALLBACKS name by the glob ``file`` (``name`` in messages), with each of its
    fallback URLs pointed at the site served under ``site_root`` and without the comment naming its source map."""
    for fallback in FALLBACKS:
        if fallback.file != file:
            continue
        local = site_root + fallback.local.format(runtime=runtime_dir)
        found = text.count(fallback.url)
        if found == 1:
            text = text.replace(fallback.url, local)
        elif not (found == 0 and local in text):
            raise VendorFallbackError(
                f"{name}: expected {fallback.url!r} once, found it {found} times (it was there because "
                f"{fallback.why}). The theme or runtime changed: check what fetches it now and update FALLBACKS "
                "in build/site_files.py"
            )
    comment = SOURCE_MAP_COMMENT.search(text)
    return text if comment is None else text[: comment.start()] + "\n"
