"""Name the site's own page scripts and stylesheet by their content's hash, so that a return visit asks for none.

Material names its bundles and stylesheets by a hash (``bundle.<8 hex>.min.js``) and the site's server caches such
files for a year without asking again (deploy/nginx.conf). The site's own files kept their names from build to
build, so every visit revalidated them: on a warm return visit to the questionnaire, six of its thirteen requests
were 304s for ``site.css`` (which holds back the first paint), the page's two entry scripts, their shared chunk
(asked only once an entry had arrived: a second round trip) and ``offline.js``/``prefetch.js``. Named by their
content, they are asked once per build.

A file's name changes with the names of the files it imports: they are renamed in the order of their imports (a
file after the files it names), each one's references to those already renamed rewritten before its hash is taken.
Then every other script in the folder (``runtime-check.js``, which the worker imports) and every page are pointed at
the new names. Files that must keep their names stay as they are: ``sw.js`` and the script it imports (the browser
checks them for updates itself), the worker's ``runtime-check.js`` (the worker bundle, named by its hash already,
imports it) and the runtime's file list.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

#: The files named by their content, as paths relative to the site's root. The page bundles are minified
#: (page_bundle.py), the other two scripts and the stylesheet are served as written.
VERSIONED = (
    "assets/stylesheets/site.css",
    "assets/stylesheets/no-js-dark.css",
    "assets/javascripts/history-guard.js",
    "assets/javascripts/menu-button.js",
    "assets/javascripts/offline.js",
    "assets/javascripts/page-focus.js",
    "assets/javascripts/prefetch.js",
    "assets/javascripts/tool-shared.js",
    "assets/javascripts/tool-page.js",
    "assets/javascripts/engine-client.js",
)
#: The files esbuild minified (these, and the engine's worker, which page_bundle.py names the same way): their names
#: say so, as Material's do.
MINIFIED = frozenset({"tool-shared.js", "tool-page.js", "engine-client.js", "engine-worker.js"})
#: A versioned name, as the server's rule for year-long caching matches it (deploy/nginx.conf).
VERSIONED_NAME = re.compile(r"\.[0-9a-f]{8}(\.min)?\.(js|css)$")


class AssetNameError(RuntimeError):
    """Files to version import each other in a circle: no order names each after the files it imports."""


def versioned_name(name: str, content: bytes) -> str:
    """``name`` with the first 8 hex digits of its content's SHA-256 before its extension (and ``.min`` for a
    minified bundle): ``offline.js`` -> ``offline.1a2b3c4d.js``, ``tool-page.js`` -> ``tool-page.1a2b3c4d.min.js``."""
    stem, _, extension = name.rpartition(".")
    minified = ".min" if name in MINIFIED else ""
    return f"{stem}.{hashlib.sha256(content).hexdigest()[:8]}{minified}.{extension}"


def _reference(name: str) -> str:
    """How a module in the same folder names ``name`` in an import (esbuild writes it so, minified or not)."""
    return f'"./{name}"'


def _pointed(text: str, renamed: dict[str, str]) -> str:
    for old, new in renamed.items():
        text = text.replace(_reference(old), _reference(new))
    return text


def _in_import_order(files: dict[str, Path]) -> list[str]:
    """The files' names, each after the files it imports."""
    texts = {name: path.read_text(encoding="utf-8") for name, path in files.items()}
    ordered: list[str] = []
    pending = set(files)
    while pending:
        ready = sorted(
            name for name in pending if not any(_reference(other) in texts[name] for other in pending - {name})
        )
        if not ready:
            names = ", ".join(sorted(pending))
            raise AssetNameError(f"no file can be named before the others, some import each other in a circle: {names}")
        ordered += ready
        pending -= set(ready)
    return ordered


def version_site_files(site_dir: Path) -> dict[str, str]:
    """Rename the VERSIONED files present in ``site_dir`` by their content, rewrite the imports, scripts and pages
    that name them, and return the renames (old -> new, paths relative to the site's root)."""
    present = [site_dir / path for path in VERSIONED if (site_dir / path).exists()]
    renames: dict[str, str] = {}
    for folder in sorted({path.parent for path in present}):
        files = {path.name: path for path in present if path.parent == folder}
        renamed: dict[str, str] = {}
        for name in _in_import_order(files):
            content = _pointed(files[name].read_text(encoding="utf-8"), renamed).encode("utf-8")
            new = versioned_name(name, content)
            (folder / new).write_bytes(content)
            files[name].unlink()
            renamed[name] = new
        # The folder's other scripts (the worker's runtime-check.js imports prefetch.js).
        for script in sorted(folder.glob("*.js")):
            text = script.read_text(encoding="utf-8")
            if (pointed := _pointed(text, renamed)) != text:
                script.write_text(pointed, encoding="utf-8")
        prefix = folder.relative_to(site_dir).as_posix()
        renames |= {f"{prefix}/{old}": f"{prefix}/{new}" for old, new in renamed.items()}
    point_pages(site_dir, renames)
    return renames


def point_pages(site_dir: Path, renames: dict[str, str]) -> list[Path]:
    """Point every page at the renamed files (an address ends with the path and a closing quote, whatever comes
    before it: ``../``, the site's root, an absolute URL); returns the pages changed."""
    changed = []
    for page in sorted(site_dir.rglob("*.html")):
        html = page.read_text(encoding="utf-8")
        pointed = html
        for old, new in renames.items():
            pointed = pointed.replace(f'{old}"', f'{new}"')
        if pointed != html:
            page.write_text(pointed, encoding="utf-8")
            changed.append(page)
    return changed
