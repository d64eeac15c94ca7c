"""Build the site for a local origin and serve it on 127.0.0.1, counting the bytes of every response.

Used by the browser tests (tests/conftest.py) and the benchmark (bench/run.py). The site is built with
SITE_URL matching the server, so Material's instant navigation takes over the site's links; the server
sends the MIME types Pyodide needs (.wasm as application/wasm, .mjs as JavaScript), a Cache-Control
header (the runtime's versioned folder immutable, as deploy/nginx.conf; the rest revalidated), the security
headers of deploy/ (the site's Content-Security-Policy, so every browser test runs under it), and logs what it
sent, so the benchmark can say how many bytes a page really transferred.
"""

from __future__ import annotations

import functools
import http.server
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scale_what_build import ROOT, csp

MIME_TYPES = {
    ".js": "text/javascript",
    ".mjs": "text/javascript",
    ".wasm": "application/wasm",
    ".json": "application/json",
    ".whl": "application/zip",
    ".zip": "application/zip",
}


@dataclass(frozen=True)
class Sent:
    """One response the server sent: the path asked for, the status, the body bytes."""

    path: str
    status: int
    body_bytes: int


class SentLog:
    """Every response the server sent since the last ``clear()`` (thread-safe: the server is threaded)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sent: list[Sent] = []

    def add(self, sent: Sent) -> None:
        with self._lock:
            self._sent.append(sent)

    def clear(self) -> None:
        with self._lock:
            self._sent.clear()

    def snapshot(self) -> list[Sent]:
        with self._lock:
            return list(self._sent)


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Static files with the MIME types the site needs, a Cache-Control header, and a log of responses."""

    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **MIME_TYPES}  # noqa: RUF012
    cache_control = "no-cache"
    #: As deploy/nginx.conf: the runtime's versioned folder is cached for a year. The service worker leaves Pyodide's
    #: modules to the browser's HTTP cache, and a return visit asks the server nothing only where that copy is fresh.
    IMMUTABLE_PREFIX = "/assets/pyodide/"
    sent_log: SentLog | None = None
    #: The security headers deploy/ sends (the Content-Security-Policy among them), set once the site is built.
    security_headers: dict[str, str] = {}  # noqa: RUF012 (each server's class gets its own)

    def send_response(self, code: int, message: str | None = None) -> None:
        self._status = code
        self._length = 0
        super().send_response(code, message)

    def send_header(self, keyword: str, value: str) -> None:
        if keyword.lower() == "content-length":
            self._length = int(value)
        super().send_header(keyword, value)

    def end_headers(self) -> None:
        immutable = self.path.startswith(self.IMMUTABLE_PREFIX)
        self.send_header("Cache-Control", "public, max-age=31536000, immutable" if immutable else self.cache_control)
        for name, value in self.security_headers.items():
            self.send_header(name, value)
        if self.sent_log is not None:
            body = 0 if self.command == "HEAD" or self._status == 304 else self._length
            self.sent_log.add(Sent(self.path.split("?", 1)[0], self._status, body))
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


class QuietServer(http.server.ThreadingHTTPServer):
    """A threaded server that ignores connections the browser drops (a page closed mid-download)."""

    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:  # noqa: ANN401 (typeshed's private types)
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@dataclass(frozen=True)
class Server:
    """A running static server: its base URL (ends with "/") and the log of what it sent."""

    url: str
    log: SentLog


def build_site(dest: Path, site_url: str) -> None:
    """Build the site with --strict into ``dest`` for ``site_url``; raise with mkdocs' output if it fails."""
    env = {**os.environ, "SITE_URL": site_url, "NO_MKDOCS_2_WARNING": "1"}
    mkdocs = Path(sys.executable).with_name("mkdocs")
    result = subprocess.run(
        [str(mkdocs), "build", "--strict", "--clean", "--site-dir", str(dest)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"mkdocs build --strict failed:\n{result.stdout}\n{result.stderr}")


@contextmanager
def built_and_served(site_dir: Path, cache_control: str = "no-cache") -> Iterator[Server]:
    """Bind a port on 127.0.0.1, build the site for it into ``site_dir``, and serve it while the block runs."""
    log = SentLog()
    headers: dict[str, str] = {}  # filled once the site is built: its policy hashes the built pages' scripts
    handler_class = type(
        "BenchSiteHandler",
        (SiteHandler,),
        {"cache_control": cache_control, "sent_log": log, "security_headers": headers},
    )
    handler = functools.partial(handler_class, directory=str(site_dir))
    server = QuietServer(("127.0.0.1", 0), handler)
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        build_site(site_dir, url)
        headers.update(csp.security_headers(site_dir))
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield Server(url=url, log=log)
        finally:
            server.shutdown()
    finally:
        server.server_close()
