"""Fixtures shared by every test folder: the engine's wheel and the built, served site.

The helpers that test modules import (types, tables, page actions) are in tests/support/.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from scale_what_build import nginx_server
from scale_what_build.engine_wheel import build_wheel
from scale_what_build.site_server import built_and_served
from tests.support.site import BuiltSite

# No time limit per generated example: these machines are shared and noisy, and timing is make bench's job.
settings.register_profile("project", deadline=None)
settings.load_profile("project")


@pytest.fixture(scope="session")
def engine_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The engine's wheel, built fresh from the working tree for this test session."""
    return build_wheel(tmp_path_factory.mktemp("wheel")).path


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BuiltSite]:
    """Build the site with --strict (SITE_URL = the server's address) and serve it for the whole session."""
    root = tmp_path_factory.getbasetemp() / "site"
    try:
        with built_and_served(root) as server:
            yield BuiltSite(root=root, url=server.url, origin=server.url.rstrip("/"))
    except RuntimeError as exc:
        pytest.fail(str(exc))


@pytest.fixture(scope="session")
def nginx_site() -> Iterator[BuiltSite]:
    """The site built for, and served by, Debian's nginx with deploy/nginx.conf (as the build renders it).

    Not under pytest's temporary folder, which only its owner may enter: started as root, nginx serves files as
    the unprivileged user `nobody`."""
    root = Path(tempfile.mkdtemp(prefix="scale-what-nginx-"))
    root.chmod(0o755)
    try:
        with nginx_server.built_and_served(root / "site", root / "state") as server:
            yield BuiltSite(root=server.site_dir, url=server.url, origin=server.url.rstrip("/"))
    except RuntimeError as exc:
        pytest.fail(str(exc))
    finally:
        shutil.rmtree(root, ignore_errors=True)
