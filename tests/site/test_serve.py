"""`mkdocs serve` shows an edit to the engine or a build step on the next rebuild (no stale module or wheel)."""

from __future__ import annotations

import html
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urljoin

import pytest

import decision_engine
from tests.support import ROOT

PROJECT_FILES = (
    "decision_engine",
    "build",
    "deploy",
    "docs",
    "overrides",
    "mkdocs.yml",
    "pyproject.toml",
    "hatch_build.py",
    "package.json",
)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            body: bytes = response.read()
            return body.decode("utf-8", "replace")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def _wait_for(predicate: Callable[[], str | None], what: str, server: subprocess.Popen[str], log: Path) -> str:
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        found = predicate()
        if found:
            return found
        if server.poll() is not None:
            pytest.fail(f"mkdocs serve exited {server.returncode}:\n{log.read_text()[-3000:]}")
        time.sleep(0.5)
    pytest.fail(f"timed out waiting for {what}:\n{log.read_text()[-3000:]}")


def test_engine_and_build_step_edits_show_after_rebuild(tmp_path: Path) -> None:
    """With `mkdocs serve` running, a new engine version appears in the page and as the served wheel, and an
    edited build step renders the next rebuild."""
    project = tmp_path / "project"
    project.mkdir()
    for name in PROJECT_FILES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, project / name, ignore=shutil.ignore_patterns("out", "__pycache__"))
        else:
            shutil.copyfile(source, project / name)
    (project / "node_modules").symlink_to(ROOT / "node_modules")
    (project / "README.md").write_text("copy for the serve test\n")

    port = _free_port()
    url = f"http://127.0.0.1:{port}/"
    # The copy's engine and build steps come first on sys.path, as the editable install puts the real
    # ones (the project root and build/) in `make serve`.
    python_path = os.pathsep.join([str(project), str(project / "build")])
    env = {**os.environ, "PYTHONPATH": python_path, "SITE_URL": url, "NO_MKDOCS_2_WARNING": "1"}
    log = tmp_path / "serve.log"
    mkdocs = str(Path(sys.executable).with_name("mkdocs"))
    with log.open("w") as log_file:
        server = subprocess.Popen(
            [mkdocs, "serve", "--no-strict", "--dev-addr", f"127.0.0.1:{port}"],
            cwd=project,
            env=env,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            text=True,
        )
    try:

        def engine_version() -> str | None:
            page = _get(url + "tool/")
            match = re.search(r'data-engine-version="([^"]+)"', page or "")
            return match.group(1) if match else None

        assert _wait_for(engine_version, "the first build", server, log) == decision_engine.__version__
        # A build must not change a watched file (a rebuild loop reloads the reader's page forever).
        time.sleep(3)
        assert log.read_text().count("Detected file changes") == 0

        init = project / "decision_engine" / "__init__.py"
        init.write_text(re.sub(r'__version__ = "[^"]+"', '__version__ = "9.9.9"', init.read_text()))

        _wait_for(lambda: "9.9.9" if engine_version() == "9.9.9" else None, "the rebuilt page", server, log)
        wheel = re.search(r'data-wheel="([^"]+)"', _get(url + "tool/") or "")
        assert wheel is not None
        assert "/decision_engine-9.9.9-py3-none-any.whl?v=" in wheel.group(1)
        wheel_url = urljoin(url + "tool/", html.unescape(wheel.group(1)))
        with urllib.request.urlopen(wheel_url, timeout=5) as response:
            assert response.status == 200

        # A build step edited while serving: the next rebuild renders with the new code.
        step = project / "build" / "scale_what_build" / "site_render.py"
        step.write_text(
            step.read_text() + '\nRENDERERS["rubric-version"] = lambda ctx: "Rendered by the edited step."\n'
        )
        _wait_for(
            lambda: "edited" if "Rendered by the edited step." in (_get(url + "how-it-decides/") or "") else None,
            "the page rendered by the edited build step",
            server,
            log,
        )
    finally:
        server.terminate()
        server.wait(timeout=20)
