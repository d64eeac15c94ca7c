"""Fixtures shared by every test folder: the project root and the build steps in build/."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import settings

# Hypothesis's 200 ms deadline per example measures the machine, not the engine: on the shared 2-core machine a
# first example took 345 ms (then 1.5 ms) and failed a fresh-clone `make test`. Property tests check results.
settings.register_profile("shared-machine", deadline=None)
settings.load_profile("shared-machine")

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


@dataclass(frozen=True)
class BuiltSite:
    """The site built with --strict for a server on 127.0.0.1, and that server's base URL."""

    root: Path
    url: str  # ends with "/"
    origin: str  # e.g. "http://127.0.0.1:41234"


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BuiltSite]:
    """Build the site with --strict (SITE_URL = the server's address) and serve it for the whole session."""
    root = tmp_path_factory.getbasetemp() / "site"
    try:
        with load_build_module("site_server").built_and_served(root) as server:
            yield BuiltSite(root=root, url=server.url, origin=server.url.rstrip("/"))
    except RuntimeError as exc:
        pytest.fail(str(exc))
