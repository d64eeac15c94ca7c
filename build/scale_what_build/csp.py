"""The site's Content-Security-Policy (issue 17), and the deployment files that send it (issue 15).

One strict policy for every page, and for the engine's worker script (a worker's policy is the one sent with its
script). Material leaves a few small inline scripts in every page (the colour palette, the tabs' state, the
storage scope): they run only because the policy lists their SHA-256, computed here from the built pages, so a
new Material version or a page that adds an inline script shows as a test failure rather than a silent block.

The build renders the templates in deploy/ (the nginx server configuration and Netlify's or Cloudflare Pages'
`_headers`) with the policy filled in, into the built site: `_headers` at its root, where those hosts read it,
and the nginx configuration under `_deploy/`, which that configuration itself refuses to serve.
"""

from __future__ import annotations

import base64
import hashlib
import html.parser
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from scale_what_build import ROOT

DEPLOY = ROOT / "deploy"
TEMPLATES = {"nginx.conf": "_deploy/nginx.conf", "_headers": "_headers"}
PLACEHOLDER = "@CONTENT_SECURITY_POLICY@"

#: Script types a browser runs (an inline JSON block such as Material's `__config` is data, not script).
SCRIPT_TYPES = frozenset({"", "text/javascript", "application/javascript", "module"})

#: The policy, each directive with the reason it is what it is. 'wasm-unsafe-eval' lets the worker compile
#: Pyodide's WebAssembly (and nothing else: JavaScript eval stays refused). Styles: Material's own pages carry
#: no inline style, but its bundle sets style attributes from script for the search, the header's and the
#: table of contents' positions and the instant-navigation progress bar (checked with the browser tests: each
#: is a "Refused to apply inline style" without 'unsafe-inline'); styles cannot run code, scripts stay strict.
DIRECTIVES = (
    ("default-src", "'self'"),
    ("script-src", "'self' 'wasm-unsafe-eval'"),  # + the inline scripts' hashes
    ("worker-src", "'self'"),
    ("connect-src", "'self'"),
    ("img-src", "'self' data:"),
    ("style-src", "'self'"),
    ("font-src", "'self'"),
    ("manifest-src", "'self'"),
    ("object-src", "'none'"),
    ("base-uri", "'none'"),
    ("frame-ancestors", "'none'"),
    ("form-action", "'none'"),
)


class _InlineScripts(html.parser.HTMLParser):
    """The text of every inline script a browser would run, as the page holds it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.scripts: list[str] = []
        self._current: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "script":
            return
        attributes = dict(attrs)
        kind = (attributes.get("type") or "").strip().lower()
        self._current = [] if "src" not in attributes and kind in SCRIPT_TYPES else None

    def handle_data(self, data: str) -> None:
        if self._current is not None:
            self._current.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._current is not None:
            self.scripts.append("".join(self._current))
            self._current = None


def inline_scripts(page: str) -> list[str]:
    """The inline scripts of one HTML page that a browser runs (not `src` scripts, not JSON data blocks)."""
    parser = _InlineScripts()
    parser.feed(page)
    parser.close()
    return parser.scripts


def script_hash(script: str) -> str:
    """The CSP source for one inline script: 'sha256-…' of its UTF-8 text."""
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return f"'sha256-{digest}'"


def site_hashes(pages: Iterable[Path]) -> list[str]:
    """The distinct hashes of every inline script in ``pages``, sorted (a stable policy for the same site)."""
    return sorted({script_hash(s) for page in pages for s in inline_scripts(page.read_text(encoding="utf-8"))})


def policy(hashes: Iterable[str]) -> str:
    """The site's Content-Security-Policy header value with ``hashes`` allowed as scripts."""
    parts = []
    for name, value in DIRECTIVES:
        extra = " ".join(hashes) if name == "script-src" else ""
        parts.append(f"{name} {value} {extra}".strip())
    return "; ".join(parts)


@dataclass(frozen=True)
class Deployed:
    """The policy the build computed and the files it wrote (relative to the site)."""

    policy: str
    files: tuple[str, ...]


def site_policy(site_dir: Path) -> str:
    """The policy for the built site in ``site_dir`` (its pages' inline scripts hashed)."""
    return policy(site_hashes(sorted(site_dir.rglob("*.html"))))


def security_headers(site_dir: Path) -> dict[str, str]:
    """The headers deploy/ sends with every response, for a server of the tests (site_server.py) to send too."""
    return {
        "Content-Security-Policy": site_policy(site_dir),
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "X-Frame-Options": "DENY",
    }


def render(template: str, content_security_policy: str) -> str:
    """A deploy/ template with the policy filled in; a template without the placeholder is refused."""
    if PLACEHOLDER not in template:
        raise ValueError(f"a deploy template has no {PLACEHOLDER} placeholder")
    return template.replace(PLACEHOLDER, content_security_policy)


def write_deploy_files(site_dir: Path) -> Deployed:
    """Write `_headers` and `_deploy/nginx.conf` into the built site, with its policy; return what was written."""
    value = site_policy(site_dir)
    for template, target in TEMPLATES.items():
        out = site_dir / target
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(render((DEPLOY / template).read_text(encoding="utf-8"), value), encoding="utf-8")
    return Deployed(value, tuple(TEMPLATES.values()))
