"""A page context for calling the build's renderers (scale_what_build.site_render, tool_render) directly."""

from __future__ import annotations

from scale_what_build.site_render import RenderContext


def render_context(page_url: str = "tool/") -> RenderContext:
    """A RenderContext for a page one level down, with the runtime under ../r/: 1,234 bytes, 345 compressed."""
    return RenderContext(
        page_url=page_url,
        runtime_url="../r/",
        wheel_url="../r/w.whl?v=1",
        runtime_bytes=1234,
        runtime_sent_bytes=345,
        site_root="../",
    )
