"""The test server's caching headers follow deploy/nginx.conf where the service worker relies on them."""

from __future__ import annotations

import functools
import threading
import urllib.request
from pathlib import Path

from scale_what_build.site_server import QuietServer, SiteHandler


def test_the_runtime_folder_is_immutable_and_the_rest_is_revalidated(tmp_path: Path) -> None:
    """Pyodide's versioned folder is cached for a year (the service worker leaves its modules to the browser's HTTP
    cache: a return visit then asks nothing); every other file is revalidated, so a new build is seen at once."""
    runtime = tmp_path / "assets" / "pyodide" / "314.0.7"
    runtime.mkdir(parents=True)
    (runtime / "pyodide.mjs").write_text("export const version = '314.0.7';\n")
    (tmp_path / "index.html").write_text("<h1>Home</h1>\n")
    server = QuietServer(("127.0.0.1", 0), functools.partial(SiteHandler, directory=str(tmp_path)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        with urllib.request.urlopen(base + "assets/pyodide/314.0.7/pyodide.mjs") as response:
            assert response.headers["Cache-Control"] == "public, max-age=31536000, immutable"
            assert response.headers["Content-Type"].startswith("text/javascript")
        with urllib.request.urlopen(base) as response:
            assert response.headers["Cache-Control"] == "no-cache"
    finally:
        server.shutdown()
        server.server_close()
