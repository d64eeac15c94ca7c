"""MkDocs hooks: thin callers of the build steps in the package scale_what_build (this folder).

Build-time work lives in plain functions (engine_wheel, pyodide_runtime, site_render ...) so it can move
to another generator. Under `mkdocs serve` every rebuild imports those modules and the engine afresh:
MkDocs keeps the first import in sys.modules, so the hook drops them from it before each build.
"""

from __future__ import annotations

import atexit
import importlib
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

# Each build step is used through the package's attribute (`scale_what_build.site_render`), which the
# import in on_pre_build points at the fresh module. The package itself stays imported, so its
# submodules are found through it even though MkDocs restores sys.path after loading this file.
import scale_what_build
import scale_what_build.asset_names
import scale_what_build.compress
import scale_what_build.csp
import scale_what_build.engine_wheel
import scale_what_build.guide_render
import scale_what_build.no_js_dark
import scale_what_build.page_bundle
import scale_what_build.prefetch
import scale_what_build.pyodide_runtime
import scale_what_build.service_worker
import scale_what_build.site_files
import scale_what_build.site_render
import scale_what_build.static_path
import scale_what_build.tool_render
import scale_what_build.typedefs

# The wheel is built outside the watched folders: writing it under build/ would make `mkdocs serve`
# see a change after every build and rebuild forever.
_WHEEL_DIR = Path(tempfile.mkdtemp(prefix="scale-what-wheel-"))
atexit.register(shutil.rmtree, _WHEEL_DIR, ignore_errors=True)


@dataclass
class _Build:
    """What on_pre_build made for the pages and on_post_build of the same build."""

    wheel: scale_what_build.engine_wheel.Wheel | None = None
    runtime: scale_what_build.pyodide_runtime.Runtime | None = None
    wheel_sent_bytes: int = 0  # the wheel as a host serving the build's precompressed copies sends it
    renderers: dict[str, Callable[[scale_what_build.site_render.RenderContext], str]] = field(default_factory=dict)


_build = _Build()


def _import_fresh() -> None:
    """Import the engine and the build steps as they are now (editable install), not as first imported."""
    steps = [name for name in sys.modules if name.startswith(f"{scale_what_build.__name__}.")]
    for name in [*steps, *(n for n in sys.modules if n.split(".")[0] == "decision_engine")]:
        del sys.modules[name]
    for name in steps:  # the engine is imported again by the steps that use it
        importlib.import_module(name)  # also points the package's attribute at the fresh module


def _wheel() -> scale_what_build.engine_wheel.Wheel:
    if _build.wheel is None:
        raise RuntimeError("the engine wheel is built in on_pre_build, which has not run")
    return _build.wheel


def _runtime() -> scale_what_build.pyodide_runtime.Runtime:
    if _build.runtime is None:
        raise RuntimeError("the runtime is prepared in on_pre_build, which has not run")
    return _build.runtime


def on_pre_build(config: MkDocsConfig) -> None:
    _import_fresh()
    _build.renderers = {
        **scale_what_build.site_render.RENDERERS,
        **scale_what_build.tool_render.RENDERERS,
        **scale_what_build.guide_render.RENDERERS,
    }
    _build.wheel = scale_what_build.engine_wheel.build_wheel(_WHEEL_DIR)
    compress = scale_what_build.compress  # its entries are stored: sent compressed, measured once per build
    _build.wheel_sent_bytes = compress.sent_size(
        _build.wheel.path.read_bytes(), _build.wheel.name, compress.cache_dir()
    )
    # Before any page: the pages name the runtime's folder, which is named by the files it ships.
    site_root = scale_what_build.site_files.root_path(config.site_url)
    _build.runtime = scale_what_build.pyodide_runtime.prepare(_build.wheel.path, site_root)
    # The JavaScript's type declarations, outside the watched folders (written only when they change).
    scale_what_build.typedefs.write()


def on_files(files: Files, config: MkDocsConfig) -> Files:
    scale_what_build.static_path.add_pages(files, config)  # the questionnaire without JavaScript, tool/steps/
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    render = scale_what_build.site_render
    markdown = render.inline_includes(markdown, Path(config.config_file_path).parent)
    if not render.PLACEHOLDER.search(markdown):
        return markdown
    runtime = _runtime()
    runtime_dir = runtime.folder
    wheel = _wheel()
    ctx = render.RenderContext(
        page_url=page.url,
        runtime_url=get_relative_url(runtime_dir, page.url).rstrip("/") + "/",
        wheel_url=f"{get_relative_url(f'{runtime_dir}/{wheel.name}', page.url)}{wheel.query}",
        runtime_bytes=runtime.boot_bytes + wheel.path.stat().st_size,
        runtime_sent_bytes=runtime.sent_bytes + _build.wheel_sent_bytes,
        site_root=get_relative_url(".", page.url).rstrip("/") + "/",
    )
    filled = render.fill_placeholders(markdown, ctx, _build.renderers)
    tool = scale_what_build.tool_render
    if tool.holds_questionnaire(filled):
        # overrides/main.html writes it at the top of the page's <head>.
        page.meta["scale_what_head"] = tool.early_engine_head(ctx)
    return filled


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    return scale_what_build.guide_render.stack_tables(html)


def on_post_build(config: MkDocsConfig) -> None:
    search = config.plugins.get("search")
    languages = search.config["lang"] if search is not None else []
    site_dir = Path(config["site_dir"])
    files = scale_what_build.site_files
    files.remove_unused_search_languages(site_dir, languages or ["en"])
    runtime = _runtime()
    dest = scale_what_build.pyodide_runtime.copy_runtime(site_dir, runtime)
    wheel = _wheel()
    shutil.copyfile(wheel.path, dest / wheel.name)
    files.refuse_unshipped_fallbacks(site_dir, config.repo_url)
    files.localise_fallbacks(site_dir, runtime.site_root, runtime.folder)
    scale_what_build.static_path.drop_from_sitemap(site_dir)
    bundled = scale_what_build.page_bundle.bundle_page_scripts(site_dir / "assets" / "javascripts")
    scale_what_build.page_bundle.point_pages_at_worker(site_dir, bundled)
    scale_what_build.no_js_dark.write(site_dir)  # from site.css as written: before it is named by its content
    scale_what_build.asset_names.version_site_files(site_dir)
    scale_what_build.tool_render.remove_inlined_script(site_dir)
    scale_what_build.csp.write_deploy_files(site_dir)
    scale_what_build.prefetch.write_manifest(site_dir, runtime.folder, wheel)
    # It lists (and hashes) every file the site serves, so only compression comes after it.
    scale_what_build.service_worker.write(site_dir)
    # Last: every file is final once the steps above have run.
    scale_what_build.compress.compress_site(site_dir)
