"""A static server for the offline tests: serves one built site, then another at the same address (a new build
deployed), and logs what it sent. Built on the test server of scale_what_build.site_server (same MIME types)."""

from __future__ import annotations

import base64
import functools
import hashlib
import io
import re
import shutil
import threading
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from scale_what_build import prefetch, service_worker
from scale_what_build.engine_wheel import Wheel
from scale_what_build.pyodide_runtime import FOLDERS, built_folder
from scale_what_build.site_server import QuietServer, SentLog, SiteHandler


@dataclass
class SwitchServer:
    """The server's address, what it sent, and the folder it serves now (``serve`` changes it)."""

    url: str
    log: SentLog
    folder: list[Path]
    damaged: set[str]

    def serve(self, site: Path) -> None:
        """Serve ``site`` from now on (the next request gets it)."""
        self.folder[0] = site

    def damage_once(self, path: str) -> None:
        """Answer the next request for ``path`` (from the site's root, no query) with the first half of the file, as
        a whole response of that length with the file's headers: a proxy that cut it short, or a site copied while
        it was read. The browser's HTTP cache keeps it like any other answer."""
        self.damaged.add(path)

    def runtime_requests(self) -> list[str]:
        """The paths under the Pyodide runtime folder the server answered since the log was cleared."""
        return [s.path for s in self.log.snapshot() if s.path.startswith(f"/{FOLDERS}/")]


@contextmanager
def switch_server(site: Path, policy: str | None = None) -> Iterator[SwitchServer]:
    """Serve ``site`` on a free port of 127.0.0.1 while the block runs; with ``policy``, every response carries it
    as its Content-Security-Policy (pages, scripts, workers, the service worker)."""
    log = SentLog()
    folder = [site]
    damaged: set[str] = set()

    class Handler(SiteHandler):
        sent_log = log

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, directory=str(folder[0]), **kwargs)

        def send_head(self) -> Any:
            path = urlsplit(self.path).path
            if path not in damaged:
                return super().send_head()
            damaged.discard(path)
            body = (folder[0] / path.lstrip("/")).read_bytes()
            half = body[: len(body) // 2]
            self.send_response(200)
            self.send_header("Content-Type", self.guess_type(path))
            self.send_header("Content-Length", str(len(half)))
            self.end_headers()
            return io.BytesIO(half)

        def end_headers(self) -> None:
            if policy is not None:
                self.send_header("Content-Security-Policy", policy)
            super().end_headers()

    server = QuietServer(("127.0.0.1", 0), functools.partial(Handler))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield SwitchServer(url=f"http://127.0.0.1:{server.server_address[1]}/", log=log, folder=folder, damaged=damaged)
    finally:
        server.shutdown()
        server.server_close()


INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.DOTALL)


def inline_script_hashes(site: Path) -> list[str]:
    """The CSP source expressions ('sha256-...') of every distinct inline script in the built site's pages."""
    found = {
        base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        for page in site.rglob("*.html")
        for body in INLINE_SCRIPT.findall(page.read_text(encoding="utf-8"))
    }
    return [f"'sha256-{digest}'" for digest in sorted(found)]


def with_engine_version(wheel: bytes, version: str) -> bytes:
    """The engine's wheel with the version its decision_engine/__init__.py reports changed to ``version``."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(wheel)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "decision_engine/__init__.py":
                text = data.decode()
                (line,) = [x for x in text.splitlines() if x.startswith("__version__ = ")]
                data = text.replace(line, f'__version__ = "{version}"').encode()
            target.writestr(item, data)
    return out.getvalue()


def rebuilt_with_engine_version(site: Path, dest: Path, version: str) -> Path:
    """A copy of the built ``site`` in ``dest`` as a new build would be: its engine reports ``version`` (the
    wheel's decision_engine/__init__.py changed), the pages point at the new wheel's hash, the runtime list and sw.js
    are rewritten."""
    shutil.copytree(site, dest)
    folder = built_folder(dest)
    (wheel,) = (dest / folder).glob("decision_engine-*.whl")
    old_query = service_worker.wheel_query(wheel)
    wheel.write_bytes(with_engine_version(wheel.read_bytes(), version))
    new_query = service_worker.wheel_query(wheel)
    for page in dest.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        if old_query in text:
            page.write_text(text.replace(old_query, new_query), encoding="utf-8")
    prefetch.write_manifest(dest, folder, Wheel(wheel, hashlib.sha256(wheel.read_bytes()).hexdigest()))
    service_worker.write(dest)
    return dest
