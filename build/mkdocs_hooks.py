"""MkDocs hooks: thin callers of the build steps in this folder.

Build-time work lives in plain functions (engine_wheel, pyodide_runtime, site_render) so it can move
to another generator. Under `mkdocs serve` every rebuild loads those modules and the engine afresh:
MkDocs keeps the first import in sys.modules and restores sys.path after loading this hook.
"""

from __future__ import annotations

import atexit
import importlib.util
import shutil
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

HERE = Path(__file__).resolve().parent
# The wheel is built outside the watched folders: writing it under build/ would make `mkdocs serve`
# see a change after every build and rebuild forever.
_WHEEL_DIR = Path(tempfile.mkdtemp(prefix="scale-what-wheel-"))
atexit.register(shutil.rmtree, _WHEEL_DIR, ignore_errors=True)
_state: dict[str, Any] = {}


def _load_build_module(name: str) -> ModuleType:
    """Load build/<name>.py from its file, fresh (a plain import would keep a stale copy)."""
    spec = importlib.util.spec_from_file_location(f"scale_what_build_{name}", HERE / f"{name}.py")
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load build step {name!r} from {HERE}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses need the module registered while it executes
    spec.loader.exec_module(module)
    return module


def _forget_engine() -> None:
    """Drop the engine from sys.modules so this build imports the code as it is now (editable install)."""
    for name in [n for n in sys.modules if n == "decision_engine" or n.startswith("decision_engine.")]:
        del sys.modules[name]


def on_pre_build(config: MkDocsConfig) -> None:
    _forget_engine()
    _state["render"] = _load_build_module("site_render")
    _state["guide"] = _load_build_module("guide_render")
    _state["renderers"] = {
        **_state["render"].RENDERERS,
        **_load_build_module("tool_render").RENDERERS,
        **_state["guide"].RENDERERS,
    }
    _state["runtime"] = _load_build_module("pyodide_runtime")
    _state["files"] = _load_build_module("site_files")
    _state["wheel"] = _load_build_module("engine_wheel").build_wheel(_WHEEL_DIR)


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    render = _state["render"]
    if not render.PLACEHOLDER.search(markdown):
        return markdown
    runtime_dir = _state["runtime"].site_path()
    wheel = _state["wheel"]
    ctx = render.RenderContext(
        page_url=page.url,
        runtime_url=get_relative_url(runtime_dir, page.url).rstrip("/") + "/",
        wheel_url=f"{get_relative_url(f'{runtime_dir}/{wheel.name}', page.url)}?v={wheel.sha256[:16]}",
        runtime_bytes=_state["runtime"].boot_bytes() + wheel.path.stat().st_size,
        site_root=get_relative_url(".", page.url).rstrip("/") + "/",
    )
    result: str = render.fill_placeholders(markdown, ctx, _state["renderers"])
    return result


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    result: str = _state["guide"].stack_tables(html)
    return result


def on_post_build(config: MkDocsConfig) -> None:
    search = config.plugins.get("search")
    languages = search.config["lang"] if search is not None else []
    site_dir = Path(config["site_dir"])
    files = _state["files"]
    files.remove_unused_search_languages(site_dir, languages or ["en"])
    dest = _state["runtime"].copy_runtime(site_dir)
    wheel = _state["wheel"]
    shutil.copyfile(wheel.path, dest / wheel.name)
    files.refuse_unshipped_fallbacks(site_dir, config.repo_url)
    files.localise_fallbacks(site_dir, files.root_path(config.site_url), _state["runtime"].site_path())
