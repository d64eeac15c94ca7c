"""Bundle the questionnaire's page scripts: its two entry modules and the 16 they import, in three files.

The questionnaire's markup loads ``tool-page.js`` and ``engine-client.js``, ES modules that import the rest of the
page's code from the same folder. Served one file per module, the browser finds each import only once the module
that names it has arrived: four rounds of requests before the page's script runs, and Material's start-up (its
DOMContentLoaded handler) waits for them. Bundled, the page asks for three files in two rounds. Lighthouse's mobile
run of the questionnaire, 4 rounds back to back on this machine (bench/lighthouse_ab.py): blocking time median
326 -> 249 ms, scores 88-92 -> 93-98.

esbuild (npm, pinned in package.json) bundles both entries with code splitting, so what they share (the engine
client and its state) is one module instance in a chunk of its own, as it was one file before. ``offline.js`` stays
a file of its own: every page of the site loads it, and its one instance registers the service worker. The source
modules stay in the site beside the bundles (the engine's worker imports two of them; the tests import others).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from scale_what_build import ROOT

#: The modules the questionnaire's markup loads (templates/tool/questionnaire.html), in assets/javascripts/.
ENTRIES = ("tool-page.js", "engine-client.js")
#: Imports left as they are: modules other pages load too, which must stay one instance per document.
EXTERNAL = ("./offline.js",)
#: The shared chunk's name; the hash of its content makes a new build's chunk a new file.
CHUNK_NAMES = "tool-shared-[hash]"


class BundleError(RuntimeError):
    """esbuild is missing or refused the page's modules."""


def esbuild_path() -> Path:
    """The pinned esbuild that `npm ci` installs (make deps)."""
    path = ROOT / "node_modules" / ".bin" / "esbuild"
    if not path.exists():
        raise BundleError(f"esbuild is not installed at {path}: run `make deps` (npm ci)")
    return path


def bundle_page_scripts(scripts_dir: Path) -> list[str]:
    """Replace the entries in ``scripts_dir`` by their bundles and write the shared chunk beside them; returns the
    names written."""
    with tempfile.TemporaryDirectory(prefix="scale-what-bundle-") as out:
        command = [
            str(esbuild_path()),
            *ENTRIES,
            "--bundle",
            "--splitting",
            "--format=esm",
            "--minify",
            "--target=es2022",
            f"--chunk-names={CHUNK_NAMES}",
            *(f"--external:{name}" for name in EXTERNAL),
            f"--outdir={out}",
            "--log-level=warning",
        ]
        done = subprocess.run(command, cwd=scripts_dir, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise BundleError(f"esbuild could not bundle the questionnaire's scripts:\n{done.stderr.strip()}")
        written = sorted(path.name for path in Path(out).iterdir())
        for name in written:
            shutil.copyfile(Path(out) / name, scripts_dir / name)
    return written
