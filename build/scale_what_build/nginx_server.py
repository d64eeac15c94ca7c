"""Serve a built site through Debian's nginx with the project's own configuration (deploy/nginx.conf).

Used by the tests (the `nginx_site` fixture) and `make bench`: the site is measured as a host that follows
deploy/ serves it, precompressed files and cache headers included. nginx runs unprivileged on 127.0.0.1, in the
foreground, with its pid file, logs and temporary folders in a folder of its own, and is stopped by its pid.
Its access log records the bytes of every response body as sent (compressed), which ``NginxLog`` reads back with
the interface of site_server.SentLog, so the benchmark counts bytes the same way for both servers.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from scale_what_build.site_server import Sent, build_site

BROTLI_MODULE = Path("/usr/lib/nginx/modules/ngx_http_brotli_static_module.so")
MIME_TYPES = Path("/etc/nginx/mime.types")
TEMP_PATHS = ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
#: One access-log line per response: the path, the status, the body bytes sent, the encoding.
LOG_FORMAT = "'$request_uri $status $body_bytes_sent \"$sent_http_content_encoding\"'"

MAIN_CONF = """# Written by scale_what_build/nginx_server.py: an unprivileged nginx for one built site.
load_module {module};
daemon off;
master_process on;
worker_processes 1;
pid {state}/nginx.pid;
error_log {state}/error.log warn;
events {{ worker_connections 256; }}
http {{
    log_format sizes {log_format};
    access_log {state}/access.log sizes;
{temp_paths}
    sendfile on;
    server {{
        listen 127.0.0.1:{port};
        server_name 127.0.0.1;
        root {site};
        include {site}/_deploy/nginx.conf;
    }}
}}
"""


class NginxError(RuntimeError):
    """nginx is missing or did not start: the message says why and what to install."""


def nginx_path() -> str:
    """$NGINX, or `nginx` on the PATH (Debian puts it in /usr/sbin)."""
    path = os.environ.get("NGINX") or shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin:/usr/local/sbin")
    if not path:
        raise NginxError("nginx not found: run `bash build/ensure-nginx.sh` as root (Debian's nginx) or set NGINX")
    if not BROTLI_MODULE.is_file():
        raise NginxError(f"{BROTLI_MODULE} not found: install Debian's libnginx-mod-http-brotli-static")
    return path


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def main_conf(site_dir: Path, state: Path, port: int) -> str:
    """The top-level nginx.conf for one site: its own pid, logs and temp folders, the site's _deploy/nginx.conf."""
    temp_paths = "\n".join(f"    {name}_temp_path {state}/{name};" for name in TEMP_PATHS)
    return MAIN_CONF.format(
        module=BROTLI_MODULE,
        state=state,
        log_format=LOG_FORMAT,
        temp_paths=temp_paths,
        port=port,
        site=site_dir,
    )


class NginxLog:
    """The responses nginx logged since the last ``clear()``, as site_server.Sent (the interface of SentLog)."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._offset = 0
        self._lock = threading.Lock()

    def _size(self) -> int:
        return self._path.stat().st_size if self._path.exists() else 0

    def clear(self) -> None:
        with self._lock:
            self._offset = self._size()

    def snapshot(self) -> list[Sent]:
        with self._lock, self._path.open("rb") as log:
            log.seek(self._offset)
            lines = log.read().decode("utf-8", "replace").splitlines()
        return [parse_line(line) for line in lines if line.strip()]


def parse_line(line: str) -> Sent:
    """One access-log line of LOG_FORMAT."""
    path, status, size, _encoding = line.split(" ", 3)
    return Sent(path.split("?", 1)[0], int(status), int(size))


@dataclass(frozen=True)
class NginxServer:
    """A running nginx: its base URL (ends with "/"), the log of what it sent, its folder of state."""

    url: str
    log: NginxLog
    state: Path
    site_dir: Path


def _wait_until_up(url: str, process: subprocess.Popen[bytes], error_log: Path) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if process.poll() is not None:
            errors = error_log.read_text() if error_log.exists() else ""
            raise NginxError(f"nginx exited {process.returncode}:\n{errors}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError:
            return  # it answers
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.1)
    raise NginxError(f"nginx did not answer on {url} within 20 s")


@contextmanager
def serve(site_dir: Path, state: Path, port: int | None = None) -> Iterator[NginxServer]:
    """Run nginx on the already built ``site_dir`` while the block runs (state: a folder for its own files)."""
    binary = nginx_path()
    port = port or free_port()
    state.mkdir(parents=True, exist_ok=True)
    for name in TEMP_PATHS:
        (state / name).mkdir(exist_ok=True)
    # The site's configuration includes `mime.types`, which nginx looks for beside the main configuration.
    shutil.copyfile(MIME_TYPES, state / "mime.types")
    conf = state / "nginx.conf"
    conf.write_text(main_conf(site_dir.resolve(), state.resolve(), port), encoding="utf-8")
    command = [binary, "-p", str(state), "-c", str(conf)]
    test = subprocess.run([*command, "-t"], capture_output=True, text=True, check=False)
    if test.returncode != 0:
        raise NginxError(f"nginx refused the configuration:\n{test.stderr}")
    process = subprocess.Popen(command, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/"
    try:
        _wait_until_up(url, process, state / "error.log")
        log = NginxLog(state / "access.log")
        log.clear()
        yield NginxServer(url=url, log=log, state=state, site_dir=site_dir)
    finally:
        process.terminate()  # SIGTERM: nginx's fast shutdown
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def built_and_served(site_dir: Path, state: Path) -> Iterator[NginxServer]:
    """Build the site with --strict for a free port on 127.0.0.1, then serve it through nginx there."""
    port = free_port()
    build_site(site_dir, f"http://127.0.0.1:{port}/")
    with serve(site_dir, state, port) as server:
        yield server
