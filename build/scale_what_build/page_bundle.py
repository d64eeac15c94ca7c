"""Bundle the questionnaire's page scripts: its two entry modules and the 17 they import, in three files.

The questionnaire's markup loads ``tool-page.js`` and ``engine-client.js``, ES modules that import the rest of the
page's code from the same folder. Served one file per module, the browser finds each import only once the module
that names it has arrived: four rounds of requests before the page's script runs, and Material's start-up (its
DOMContentLoaded handler) waits for them. Bundled, the page asks for three files in two rounds. Lighthouse's mobile
run of the questionnaire, 4 rounds back to back on this machine (bench/lighthouse_ab.py): blocking time median
326 -> 249 ms, scores 88-92 -> 93-98.

esbuild (npm, pinned in package.json) bundles both entries with code splitting, so what they share (the engine
client and its state) is one module instance in a chunk of its own, as it was one file before. ``offline.js`` stays
a file of its own: every page of the site loads it, and its one instance registers the service worker. The source
modules only the bundles hold are then removed from the site (the service worker would cache them for no page);
those the site's other module scripts import stay.

The engine's worker and the two modules it imports are bundled into one file named by its content's hash
(``engine-worker.<8 hex>.min.js``, which the site's server caches for a year, deploy/nginx.conf), and the pages
that start it are pointed at that name. A return visit then starts the worker from the browser's cache without
asking the server: served as three unversioned files, each was revalidated on every visit, and its imports only
once the worker's script had arrived, two round trips before the engine could start. ``runtime-check.js``, which
the worker imports only on a first visit, stays a file of its own.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from pathlib import Path

from scale_what_build import ROOT, asset_names

#: The modules the questionnaire's markup loads (templates/tool/questionnaire.html), in assets/javascripts/.
ENTRIES = ("tool-page.js", "engine-client.js")
#: Imports left as they are: modules other pages load too, which must stay one instance per document.
EXTERNAL = ("./offline.js",)
#: The shared chunk's name (one chunk: esbuild stops if it would write two of that name). asset_names.py then names
#: it, and the entries, by their content.
CHUNK_NAMES = "tool-shared"
#: The site's other module scripts, loaded as they are (on every page, the prefetch and the service worker's
#: registration): what they import stays in the site.
UNBUNDLED = ("prefetch.js", "offline.js")
#: The engine's worker: bundled on its own, into a file named by its hash.
WORKER = "engine-worker.js"
#: What the worker imports only when it needs it (a dynamic import), left a file of its own.
WORKER_EXTERNAL = ("./runtime-check.js",)


class BundleError(RuntimeError):
    """esbuild is missing or refused the page's modules."""


def esbuild_path() -> Path:
    """The pinned esbuild that `npm ci` installs (make deps)."""
    path = ROOT / "node_modules" / ".bin" / "esbuild"
    if not path.exists():
        raise BundleError(f"esbuild is not installed at {path}: run `make deps` (npm ci)")
    return path


def _run_esbuild(arguments: list[str], what: str, *, cwd: Path | None = None, stdin: str | None = None) -> str:
    """Run the pinned esbuild with ``arguments`` (warnings and errors only); its output, or BundleError saying it
    could not do ``what`` with esbuild's own words."""
    done = subprocess.run(
        [str(esbuild_path()), *arguments, "--log-level=warning"],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise BundleError(f"esbuild could not {what}:\n{done.stderr.strip()}")
    return done.stdout


def _esbuild(scripts_dir: Path, entries: tuple[str, ...], out: Path, *options: str) -> set[str]:
    """Bundle ``entries`` into ``out``; returns the names of the modules in ``scripts_dir`` that went in."""
    meta = out / "meta.json"
    arguments = [*entries, "--bundle", "--format=esm", f"--outdir={out}", f"--metafile={meta}", *options]
    _run_esbuild(arguments, f"bundle {', '.join(entries)}", cwd=scripts_dir)
    inputs = json.loads(meta.read_text(encoding="utf-8"))["inputs"]
    meta.unlink()
    return {name for name in inputs if "/" not in name}


def minified_script(text: str, name: str) -> str:
    """A classic script's text minified by esbuild (its comments and spaces gone, nothing else changed); ``name``
    names it in errors."""
    return _run_esbuild(["--minify", "--target=es2022", "--loader=js"], f"minify {name}", stdin=text)


def worker_name(bundle: bytes) -> str:
    """The bundled worker's file name: its content's hash in the form the server caches as versioned."""
    return asset_names.versioned_name(WORKER, bundle)


def bundle_page_scripts(scripts_dir: Path) -> list[str]:
    """Replace the entries in ``scripts_dir`` by their bundles, write the shared chunk beside them, bundle the
    engine's worker under its hashed name and remove the modules only the bundles need; returns the names written
    (the worker's among them)."""
    with tempfile.TemporaryDirectory(prefix="scale-what-bundle-") as tmp:
        out, elsewhere, worker_out = Path(tmp) / "page", Path(tmp) / "other", Path(tmp) / "worker"
        bundled = _esbuild(
            scripts_dir,
            ENTRIES,
            out,
            "--splitting",
            "--minify",
            "--target=es2022",
            f"--chunk-names={CHUNK_NAMES}",
            *(f"--external:{name}" for name in EXTERNAL),
        )
        if (scripts_dir / WORKER).exists():
            bundled |= _esbuild(
                scripts_dir,
                (WORKER,),
                worker_out,
                "--minify",
                "--target=es2022",
                *(f"--external:{name}" for name in WORKER_EXTERNAL),
            )
            bundle = (worker_out / WORKER).read_bytes()
            (out / worker_name(bundle)).write_bytes(bundle)
        present = tuple(name for name in UNBUNDLED if (scripts_dir / name).exists())
        needed = _esbuild(scripts_dir, present, elsewhere) if present else set()
        written = sorted(path.name for path in out.iterdir())
        for name in written:
            shutil.copyfile(out / name, scripts_dir / name)
    for name in sorted(bundled - needed - set(written)):
        (scripts_dir / name).unlink()
    return written


def point_pages_at_worker(site_dir: Path, written: list[str]) -> list[Path]:
    """Point the pages that start the engine's worker (their ``data-worker`` addresses) at its bundle's hashed name;
    returns the pages changed."""
    names = [name for name in written if name.startswith("engine-worker.") and name.endswith(".min.js")]
    if not names:
        return []
    [name] = names
    return asset_names.point_pages(site_dir, {f"assets/javascripts/{WORKER}": f"assets/javascripts/{name}"})
