"""Compare built sites in Lighthouse, back to back (not a test; not part of `make bench`).

Serves each site folder through nginx with its own deploy configuration (the folder's _deploy/nginx.conf, as
`make bench` does), then runs Lighthouse (mobile preset, performance: bench/run.py's `lighthouse`) on each page of
each site, alternating sites within a round so that none always gets the quieter machine. Prints each run's score,
paints, blocking time, the largest paint's element, the render-blocking requests, the long tasks and the load
average, then the medians. On a shared machine single scores swing with the load: compare medians, several rounds.

    .venv/bin/python bench/lighthouse_ab.py --build /tmp/now            # build this tree into /tmp/now, measure it
    .venv/bin/python bench/lighthouse_ab.py --rounds 5 before=/tmp/a after=/tmp/b --pages sequencing/,tool/

A folder built by hand must be built for the address it is served at only if you follow links in it (instant
navigation); Lighthouse loads one page.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

from run import lighthouse  # bench/run.py, beside this script

from scale_what_build import nginx_server, site_server
from scale_what_build.chromium import chromium_path


def details(report: dict[str, Any]) -> list[str]:
    """The lines that say why: the largest paint's element, render-blocking requests, long tasks."""
    audits = report["audits"]
    lines = []
    for table in audits["largest-contentful-paint-element"].get("details", {}).get("items", []):
        for row in table.get("items", []):
            if "node" in row:
                lines.append(f"    largest paint: {row['node'].get('selector')}")
            elif "phase" in row:
                lines.append(f"    {row['phase']}: {row['timing']:.0f} ms")
    for row in audits["render-blocking-resources"].get("details", {}).get("items", []):
        lines.append(f"    render-blocking: {row['url'].split('/', 3)[-1]} ({row['totalBytes']} B)")
    for row in audits["long-tasks"].get("details", {}).get("items", []):
        lines.append(f"    long task: {str(row['url']).rsplit('/', 1)[-1] or '(none)'} {row['duration']:.0f} ms")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sites", nargs="*", help="NAME=SITE_FOLDER (built, with _deploy/nginx.conf)")
    parser.add_argument("--build", type=Path, help="build this tree into the folder and measure it as 'now'")
    parser.add_argument("--pages", default="sequencing/,,tool/", help="comma-separated paths ('' is the home page)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--quiet", action="store_true", help="the figures only, not the details")
    args = parser.parse_args()
    sites = [tuple(site.split("=", 1)) for site in args.sites]  # checked below
    if args.build:
        args.build.parent.mkdir(parents=True, exist_ok=True)
        site_server.build_site(args.build, "http://127.0.0.1:8000/")
        sites.append(("now", str(args.build)))
    if not sites or any(len(site) != 2 for site in sites):
        parser.error("give NAME=SITE_FOLDER pairs or --build FOLDER")
    chromium = chromium_path()
    results: dict[tuple[str, str], list[dict[str, float]]] = {}
    with tempfile.TemporaryDirectory(prefix="lighthouse-ab-") as tmp, contextlib.ExitStack() as stack:
        Path(tmp).chmod(0o755)
        servers = {}
        for name, folder in sites:
            Path(folder).chmod(0o755)  # started as root, nginx reads the site as `nobody`
            servers[name] = stack.enter_context(nginx_server.serve(Path(folder), Path(tmp) / name))
        for i in range(args.rounds):
            for page in args.pages.split(","):
                for name, _folder in sites:
                    out = Path(tmp) / f"{name}-{i}.json"
                    figures = lighthouse(servers[name].url + page, chromium, out)
                    results.setdefault((name, page or "home"), []).append(figures)
                    print(
                        f"[{i}] {name:10} {page or 'home':14} score {figures['score']:3.0f}"
                        f"  FCP {figures['first_contentful_paint_ms']:5.0f}"
                        f"  LCP {figures['largest_contentful_paint_ms']:5.0f}"
                        f"  TBT {figures['total_blocking_time_ms']:4.0f}"
                        f"  {figures['total_byte_weight'] / 1e6:.2f} MB  load {os.getloadavg()[0]:.1f}",
                        flush=True,
                    )
                    if not args.quiet:
                        print("\n".join(details(json.loads(out.read_text()))), flush=True)
    print("\nmedians:")
    for (name, page), runs in results.items():
        median = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
        print(
            f"  {name:10} {page:14} scores {[round(run['score']) for run in runs]}"
            f"  FCP {median['first_contentful_paint_ms']:.0f}  LCP {median['largest_contentful_paint_ms']:.0f}"
            f"  TBT {median['total_blocking_time_ms']:.0f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
