"""Does Chromium reuse its compiled Pyodide WebAssembly on a return visit? (a diagnostic, not a test)

Usage: .venv/bin/python bench/wasm_cache.py [--loads 4] [PAGE ...]   (default pages: tool/ bench-bare/)

Builds and serves the site like bench/run.py, then loads each page several times in its own persistent
profile (a disk cache, as a returning reader has) while recording a Chromium trace of V8's WebAssembly
events. For each load it prints the engine-ready time and whether V8 wrote its compiled module to the
code cache (`v8.wasm.cachedModule`) or loaded it from there (`v8.wasm.moduleCacheHit`): a warm boot
that hits the cache skips compiling the 9.6 MB pyodide.asm.wasm. V8 writes the cache once enough code
has been optimised, so on a busy machine a page may need more than one visit before it does.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright
from run import BARE_PAGE, PAGE_OBSERVERS, TOOL_PAGE, settle, wait_ready, write_bare_page

from scale_what_build import pyodide_runtime
from scale_what_build.chromium import CHROMIUM_ARGS, chromium_path
from scale_what_build.site_server import built_and_served

# Blink records its WebAssembly code-cache events under DevTools' timeline category.
TRACE_CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline"]
EVENTS = ("v8.wasm.cachedModule", "v8.wasm.moduleCacheHit", "v8.wasm.moduleCacheInvalid")


def describe(trace: Path) -> str:
    """What V8 did with its WebAssembly code cache during one traced load."""
    events = [e for e in json.loads(trace.read_text())["traceEvents"] if e["name"] in EVENTS]
    hits = [e["args"].get("consumedCacheSize", 0) for e in events if e["name"] == "v8.wasm.moduleCacheHit"]
    written = [e["args"].get("producedCacheSize", 0) for e in events if e["name"] == "v8.wasm.cachedModule"]
    invalid = sum(1 for e in events if e["name"] == "v8.wasm.moduleCacheInvalid")
    parts = [f"code cache HIT ({max(hits) / 1e6:.1f} MB)" if hits else "code cache miss"]
    parts.append(f"wrote {max(written) / 1e6:.1f} MB to it" if written else "wrote nothing to it")
    if invalid:
        parts.append(f"{invalid} cached module(s) rejected")
    return "; ".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", nargs="*", default=[TOOL_PAGE, BARE_PAGE], help="site paths, e.g. tool/")
    parser.add_argument("--loads", type=int, default=4, help="loads per page, in one profile (default 4)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="scale-what-wasm-cache-") as tmp, sync_playwright() as pw:
        site_dir = Path(tmp) / "site"
        with built_and_served(site_dir) as server:
            write_bare_page(site_dir, pyodide_runtime.built_folder(site_dir))
            for number, path in enumerate(args.pages):
                profile = Path(tmp) / f"profile-{number}"  # one profile per page: no cache shared
                context = pw.chromium.launch_persistent_context(
                    profile, executable_path=chromium_path(), args=list(CHROMIUM_ARGS)
                )
                context.add_init_script(PAGE_OBSERVERS)
                browser = context.browser
                if browser is None:
                    raise RuntimeError("Playwright gave no browser for the persistent context: cannot trace")
                for load in range(1, args.loads + 1):
                    page = context.new_page()
                    trace = Path(tmp) / "trace.json"
                    browser.start_tracing(page=page, path=trace, categories=TRACE_CATEGORIES)
                    page.goto(server.url + path)
                    ready = wait_ready(page)
                    settle(page, ready)
                    browser.stop_tracing()
                    page.close()
                    print(f"{path:12} load {load}: engine-ready {ready:6.0f} ms  {describe(trace)}", flush=True)
                context.close()


if __name__ == "__main__":
    main()
