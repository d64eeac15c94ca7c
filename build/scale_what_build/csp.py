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
#: Pyodide's WebAssembly (and nothing else: JavaScript eval stays refused). Scripts and styles written inline in
#: the pages are allowed by their hashes alone, so no 'unsafe-inline' anywhere. The pages hold no inline style (in a
#: <noscript>, one would be a real style once Material's instant navigation swaps the page in: it parses pages with
#: scripting off). Material sets
#: its styles from script through the CSSOM, which a policy does not govern, and the pages carry no style
#: attribute (the browser tests fail on any refusal).
DIRECTIVES = (
    ("default-src", "'self'"),
    ("script-src", "'self' 'wasm-unsafe-eval'"),  # + the inline scripts' hashes
    ("worker-src", "'self'"),
    ("connect-src", "'self'"),
    ("img-src", "'self' data:"),
    ("style-src", "'self'"),  # + the inline styles' hashes
    ("font-src", "'self'"),
    ("manifest-src", "'self'"),
    ("object-src", "'none'"),
    ("base-uri", "'none'"),
    ("frame-ancestors", "'none'"),
    ("form-action", "'none'"),
)


class _Inline(html.parser.HTMLParser):
    """The text of every inline script a browser would run and of every <style> element, as the page holds them
    (inside <noscript> too: a reader without JavaScript gets its content as markup)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.found: dict[str, list[str]] = {"script": [], "style": []}
        self._tag = ""
        self._current: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "style":
            self._tag, self._current = tag, []
        elif tag == "script":
            attributes = dict(attrs)
            kind = (attributes.get("type") or "").strip().lower()
            runs = "src" not in attributes and kind in SCRIPT_TYPES
            self._tag, self._current = tag, [] if runs else None

    def handle_data(self, data: str) -> None:
        if self._current is not None:
            self._current.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == self._tag and self._current is not None:
            self.found[tag].append("".join(self._current))
        if tag == self._tag:
            self._tag, self._current = "", None


def _inline(page: str) -> dict[str, list[str]]:
    parser = _Inline()
    parser.feed(page)
    parser.close()
    return parser.found


def inline_scripts(page: str) -> list[str]:
    """The inline scripts of one HTML page that a browser runs (not `src` scripts, not JSON data blocks)."""
    return _inline(page)["script"]


def inline_styles(page: str) -> list[str]:
    """The text of every <style> element of one HTML page."""
    return _inline(page)["style"]


def script_hash(script: str) -> str:
    """The CSP source for one inline script or style: 'sha256-…' of its UTF-8 text."""
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return f"'sha256-{digest}'"


@dataclass(frozen=True)
class Hashes:
    """The distinct hashes of a site's inline scripts and inline styles, sorted (a stable policy)."""

    scripts: tuple[str, ...]
    styles: tuple[str, ...]


def site_hashes(pages: Iterable[Path]) -> Hashes:
    """The hashes of every inline script and style in ``pages``."""
    scripts: set[str] = set()
    styles: set[str] = set()
    for page in pages:
        found = _inline(page.read_text(encoding="utf-8"))
        scripts.update(script_hash(text) for text in found["script"])
        styles.update(script_hash(text) for text in found["style"])
    return Hashes(tuple(sorted(scripts)), tuple(sorted(styles)))


def policy(hashes: Hashes) -> str:
    """The site's Content-Security-Policy header value with ``hashes`` allowed as scripts and styles."""
    extra = {"script-src": hashes.scripts, "style-src": hashes.styles}
    return "; ".join(" ".join([name, value, *extra.get(name, ())]) for name, value in DIRECTIVES)


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
        "Cross-Origin-Opener-Policy": "same-origin",
        "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
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
