"""Fixtures shared by every test folder: the project root and the build steps in build/."""

from __future__ import annotations

import functools
import http.server
import importlib.util
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def load_build_module(name: str) -> ModuleType:
    """Import build/<name>.py by path (build/ is a folder of scripts, not a package named `build`)."""
    spec = importlib.util.spec_from_file_location(f"scale_what_build_{name}", ROOT / "build" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def engine_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The engine's wheel, built fresh from the working tree for this test session."""
    wheel = load_build_module("engine_wheel").build_wheel(tmp_path_factory.mktemp("wheel"))
    return Path(wheel.path)


class _SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Static files with the MIME types the site needs (module scripts, wasm), quietly."""

    extensions_map = {  # noqa: RUF012 (the base class declares it as a plain dict)
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".wasm": "application/wasm",
        ".json": "application/json",
        ".whl": "application/zip",
        ".zip": "application/zip",
    }

    def log_message(self, format: str, *args: object) -> None:
        pass


@dataclass(frozen=True)
class BuiltSite:
    """The site built with --strict for a server on 127.0.0.1, and that server's base URL."""

    root: Path
    url: str  # ends with "/"
    origin: str  # e.g. "http://127.0.0.1:41234"


def build_site(dest: Path, site_url: str) -> None:
    """Build the site into ``dest`` with ``site_url`` (instant navigation needs it to match the server)."""
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
        pytest.fail(f"mkdocs build --strict failed:\n{result.stdout}\n{result.stderr}")


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BuiltSite]:
    """Build the site with --strict and serve it on 127.0.0.1 for the whole session."""
    handler = functools.partial(_SiteHandler, directory=str(tmp_path_factory.getbasetemp() / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    origin = f"http://127.0.0.1:{server.server_address[1]}"
    root = tmp_path_factory.getbasetemp() / "site"
    build_site(root, origin + "/")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield BuiltSite(root=root, url=origin + "/", origin=origin)
    finally:
        server.shutdown()
        server.server_close()
