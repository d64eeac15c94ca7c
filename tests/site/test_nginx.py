"""The built site through Debian's nginx with deploy/nginx.conf: MIME types, precompressed encodings, cache headers,
the security headers (the Content-Security-Policy among them) and the 404 page, as a reader's browser gets them."""

from __future__ import annotations

import gzip
import re
import socket
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from email.message import Message

import brotli  # type: ignore[import-untyped]
import pytest

from scale_what_build import csp, pyodide_runtime
from tests.support.site import BuiltSite

#: The runtime's folder, named by the files it ships (pyodide_runtime.built_folder): resolved per site.
RUNTIME = "<runtime>"
IMMUTABLE = "public, max-age=31536000, immutable"


@dataclass(frozen=True)
class Reply:
    status: int
    headers: Message
    body: bytes


def get(site: BuiltSite, path: str, accept_encoding: str = "br, gzip") -> Reply:
    request = urllib.request.Request(site.url + resolved(site, path), headers={"Accept-Encoding": accept_encoding})
    try:
        with urllib.request.urlopen(request, timeout=20) as response:
            return Reply(response.status, response.headers, response.read())
    except urllib.error.HTTPError as error:
        return Reply(error.code, error.headers, error.read())


def decoded(reply: Reply) -> bytes:
    encoding = reply.headers.get("Content-Encoding")
    if encoding == "br":
        result: bytes = brotli.decompress(reply.body)
        return result
    if encoding == "gzip":
        return gzip.decompress(reply.body)
    assert encoding is None
    return reply.body


#: The engine's worker, bundled into a file named by its hash (scale_what_build.page_bundle): resolved per site.
WORKER = "assets/javascripts/engine-worker.*.min.js"


#: The site's own scripts and stylesheet, named by their content (asset_names.py).
PAGE_SCRIPT = "assets/javascripts/tool-page.*.min.js"
OFFLINE_SCRIPT = "assets/javascripts/offline.*.js"
STYLESHEET = "assets/stylesheets/site.*.css"


def resolved(site: BuiltSite, path: str) -> str:
    """``path``, its runtime folder the site's own; a path with a ``*`` (WORKER, a versioned file) the one built
    file it matches."""
    path = path.replace(RUNTIME, site.runtime)
    if "*" not in path:
        return path
    (built,) = site.root.glob(path)
    return built.relative_to(site.root).as_posix()


def assert_security_headers(site: BuiltSite, headers: Message | dict[str, str]) -> None:
    """Every security header of the site's policy, with its value."""
    expected = csp.security_headers(site.root)
    assert {name: headers[name] for name in expected} == expected


def wheel_path(site: BuiltSite) -> str:
    (wheel,) = (site.root / site.runtime).glob("*.whl")
    return f"{site.runtime}/{wheel.name}"


@pytest.mark.parametrize(
    ("path", "content_type"),
    [
        ("", "text/html; charset=utf-8"),
        ("tool/", "text/html; charset=utf-8"),
        (f"{RUNTIME}/pyodide.asm.wasm", "application/wasm"),
        (f"{RUNTIME}/pyodide.mjs", "text/javascript; charset=utf-8"),
        (f"{RUNTIME}/pyodide.asm.mjs", "text/javascript; charset=utf-8"),
        (f"{RUNTIME}/python_stdlib.zip", "application/zip"),
        (f"{RUNTIME}/pyodide-lock.json", "application/json; charset=utf-8"),
        (WORKER, "application/javascript; charset=utf-8"),
        (STYLESHEET, "text/css; charset=utf-8"),
        (PAGE_SCRIPT, "application/javascript; charset=utf-8"),
        ("search/search_index.json", "application/json; charset=utf-8"),
        ("<wheel>", "application/zip"),
    ],
)
def test_mime_types(nginx_site: BuiltSite, path: str, content_type: str) -> None:
    """Each kind of file comes with the type its consumer needs (.wasm as application/wasm, .mjs as JavaScript); the
    engine's wheel as the zip it is, not as text."""
    reply = get(nginx_site, wheel_path(nginx_site) if path == "<wheel>" else path)
    assert (reply.status, reply.headers["Content-Type"]) == (200, content_type)


@pytest.mark.parametrize(
    "path",
    [
        "",
        "tool/",
        f"{RUNTIME}/pyodide.asm.wasm",
        f"{RUNTIME}/python_stdlib.zip",
        f"{RUNTIME}/pyodide.asm.mjs",
        f"{RUNTIME}/pyodide.mjs",
        f"{RUNTIME}/decision_engine-*-py3-none-any.whl",  # its entries stored: engine_wheel.py
        WORKER,
        "search/search_index.json",
    ],
)
@pytest.mark.parametrize(("accept", "encoding"), [("br, gzip", "br"), ("gzip", "gzip"), ("identity", None)])
def test_precompressed_encodings(nginx_site: BuiltSite, path: str, accept: str, encoding: str | None) -> None:
    """nginx sends the build's .br to a browser that takes brotli, the .gz to one that takes only gzip, the file
    itself otherwise; each decodes to exactly the file, and the reply varies on Accept-Encoding."""
    path = resolved(nginx_site, path)
    reply = get(nginx_site, path, accept)
    original = (nginx_site.root / (path + "index.html" if path == "" or path.endswith("/") else path)).read_bytes()
    assert reply.headers.get("Content-Encoding") == encoding
    assert reply.headers["Vary"] == "Accept-Encoding"
    assert decoded(reply) == original
    if encoding is not None:
        assert len(reply.body) < len(original)


@pytest.mark.parametrize(
    "path", ["tool/index.html.gz", "tool/index.html.br", f"{RUNTIME}/pyodide.asm.wasm.br", "sw.js.gz"]
)
def test_precompressed_copies_are_not_served_at_their_own_names(nginx_site: BuiltSite, path: str) -> None:
    """An attack review: a .br or .gz asked for by its own name came as its compressed bytes, typed text/plain. It is
    not found: the site's 404 page, revalidated."""
    path = resolved(nginx_site, path)
    assert (nginx_site.root / path).is_file()
    reply = get(nginx_site, path)
    assert (reply.status, reply.headers["Cache-Control"]) == (404, "no-cache")
    assert b"Page not found" in decoded(reply)


def test_the_gzipped_sitemap_is_served_at_its_own_name(nginx_site: BuiltSite) -> None:
    """A diff review: MkDocs writes sitemap.xml.gz for crawlers, a file of its own (the build keeps it current), which
    the rule above refused too. It is served, as gzip."""
    reply = get(nginx_site, "sitemap.xml.gz")
    assert (reply.status, reply.headers["Content-Type"]) == (200, "application/gzip")
    assert reply.body == (nginx_site.root / "sitemap.xml.gz").read_bytes()


def test_runtime_moves_compressed(nginx_site: BuiltSite) -> None:
    """The runtime a first visit downloads (boot files and wheel) moves in brotli at under a third of its size."""
    names = [*(f"{nginx_site.runtime}/{name}" for name in pyodide_runtime.BOOT_FILES), wheel_path(nginx_site)]
    sent = sum(len(get(nginx_site, name).body) for name in names)
    raw = sum((nginx_site.root / name).stat().st_size for name in names)
    assert sent < raw / 3, f"{sent} bytes sent for {raw} bytes of runtime"


def test_the_questionnaire_names_the_runtimes_size_as_sent_and_as_unpacked(nginx_site: BuiltSite) -> None:
    """The sizes the questionnaire's download progress names are the runtime's exactly: the bytes nginx sends for it
    (brotli) and its files' own; the privacy page says the same, in MB."""
    names = [*(f"{nginx_site.runtime}/{name}" for name in pyodide_runtime.BOOT_FILES), wheel_path(nginx_site)]
    sent = sum(len(get(nginx_site, name).body) for name in names)
    raw = sum((nginx_site.root / name).stat().st_size for name in names)
    page = decoded(get(nginx_site, "tool/")).decode()
    assert re.search(rf'data-runtime-bytes="{raw}" data-runtime-sent-bytes="{sent}"', page)
    privacy = decoded(get(nginx_site, "privacy/")).decode()
    assert f"about {raw / 1e6:.1f} MB as its files are, {sent / 1e6:.1f} MB as this site sends it" in privacy


@pytest.mark.parametrize(
    ("path", "cache_control"),
    [
        ("", "no-cache"),
        ("tool/", "no-cache"),
        (PAGE_SCRIPT, IMMUTABLE),
        (OFFLINE_SCRIPT, IMMUTABLE),
        (WORKER, IMMUTABLE),
        (STYLESHEET, IMMUTABLE),
        ("assets/javascripts/service-worker.js", "no-cache"),
        ("sw.js", "no-cache"),
        (f"{RUNTIME}/pyodide.asm.wasm", IMMUTABLE),
        (f"{RUNTIME}/python_stdlib.zip", IMMUTABLE),
        (f"{RUNTIME}/pyodide.mjs", IMMUTABLE),
    ],
)
def test_cache_headers(nginx_site: BuiltSite, path: str, cache_control: str) -> None:
    """Versioned files are cached for a year without revalidation; pages and files that keep their names between
    builds are revalidated on every use."""
    assert get(nginx_site, path).headers["Cache-Control"] == cache_control


def test_material_bundles_are_immutable(nginx_site: BuiltSite) -> None:
    """Material's bundle and stylesheet carry a content hash in their names: cached for a year."""
    bundles = sorted(nginx_site.root.glob("assets/javascripts/bundle.*.min.js"))
    styles = sorted(nginx_site.root.glob("assets/stylesheets/main.*.min.css"))
    assert bundles
    assert styles
    for path in (*bundles, *styles):
        assert get(nginx_site, str(path.relative_to(nginx_site.root))).headers["Cache-Control"] == IMMUTABLE


def test_versioned_wheel_is_immutable(nginx_site: BuiltSite) -> None:
    """The engine's wheel (its URL carries a content hash) is cached like the runtime."""
    assert get(nginx_site, wheel_path(nginx_site) + "?v=0123456789abcdef").headers["Cache-Control"] == IMMUTABLE


def test_missing_page_gets_the_sites_404(nginx_site: BuiltSite) -> None:
    """A mistyped address answers 404 with the site's own page-not-found page, security headers included."""
    reply = get(nginx_site, "no-such-page/", "identity")
    assert reply.status == 404
    assert reply.body == (nginx_site.root / "404.html").read_bytes()
    assert reply.headers["Content-Security-Policy"] == csp.site_policy(nginx_site.root)


def test_a_share_link_as_long_as_the_page_takes_reaches_the_page_in_a_query(nginx_site: BuiltSite) -> None:
    """A share link whose "#" became "?" carries its answers in the request line: up to the page's limit for a link
    (4 x 90,000 + 4 base64 characters, for text outside ASCII) it gets the questionnaire, which says what happened (an
    attack review: nginx's own 414 page over 8 KB)."""
    reply = get(nginx_site, "tool/?answers=" + "A" * 360_004, "identity")
    assert reply.status == 200
    assert b'id="sw-tool"' in reply.body


@pytest.mark.parametrize("path", ["assets/", "assets/javascripts/", f"{RUNTIME}/"])
def test_a_folder_without_a_page_gets_the_sites_404(nginx_site: BuiltSite, path: str) -> None:
    """A folder of files, not a page, is not found like any other address: the site's 404 page with the site's
    headers, not nginx's own 403 page naming the server."""
    assert (nginx_site.root / resolved(nginx_site, path)).is_dir()
    reply = get(nginx_site, path, "identity")
    assert reply.status == 404
    assert reply.body == (nginx_site.root / "404.html").read_bytes()
    assert_security_headers(nginx_site, reply.headers)


@pytest.mark.parametrize("path", [f"{RUNTIME}/nope.js", "assets/javascripts/nope.12345678.js", "_deploy/nginx.conf"])
def test_a_404_under_a_year_long_cache_rule_is_revalidated(nginx_site: BuiltSite, path: str) -> None:
    """A missing file where versioned files live gets the site's 404 page, revalidated like every page (a 404 cached
    for a year would outlive the file's arrival), with the site's headers."""
    reply = get(nginx_site, path, "identity")
    assert (reply.status, reply.headers["Cache-Control"]) == (404, "no-cache")
    assert_security_headers(nginx_site, reply.headers)


@pytest.mark.parametrize(("path", "cache_control"), [("tool/", "no-cache"), (PAGE_SCRIPT, IMMUTABLE)])
def test_a_304_keeps_its_cache_rule_and_headers(nginx_site: BuiltSite, path: str, cache_control: str) -> None:
    """A revalidation answered 304 (not modified) carries the same cache rule and security headers as the 200."""
    etag = get(nginx_site, path).headers["ETag"]
    url = nginx_site.url + resolved(nginx_site, path)
    request = urllib.request.Request(url, headers={"Accept-Encoding": "br, gzip", "If-None-Match": etag})
    with pytest.raises(urllib.error.HTTPError) as answered:  # urllib raises on a 304
        urllib.request.urlopen(request, timeout=20)
    assert (answered.value.code, answered.value.headers["Cache-Control"]) == (304, cache_control)
    assert_security_headers(nginx_site, answered.value.headers)


def test_a_malformed_request_gets_the_security_headers(nginx_site: BuiltSite) -> None:
    """nginx answers a request it cannot parse (here a bare carriage return in the request line) with its own 400
    page, before it picks any location: that answer carries the site's security headers too, and no cache rule."""
    host, port = urllib.parse.urlsplit(nginx_site.url).netloc.split(":")
    with socket.create_connection((host, int(port)), timeout=20) as connection:
        connection.sendall(b"GET /\r HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        raw = b""
        while chunk := connection.recv(65536):
            raw += chunk
    head = raw.split(b"\r\n\r\n", 1)[0].decode("latin-1").split("\r\n")
    assert head[0] == "HTTP/1.1 400 Bad Request"
    headers = dict(line.split(": ", 1) for line in head[1:])
    assert_security_headers(nginx_site, headers)
    assert "Cache-Control" not in headers
    assert headers["Server"] == "nginx"  # no version


def raw_reply(
    site: BuiltSite, target: str, host: str = "127.0.0.1", method: str = "GET"
) -> tuple[str, dict[str, str], bytes]:
    """The status line, headers and body nginx answers to ``method target`` sent as written (urllib would tidy it)."""
    address, port = urllib.parse.urlsplit(site.url).netloc.split(":")
    with socket.create_connection((address, int(port)), timeout=20) as connection:
        length = "Content-Length: 0\r\n" if method in {"POST", "PUT"} else ""
        request = (
            f"{method} {target} HTTP/1.1\r\nHost: {host}\r\nAccept-Encoding: identity\r\n{length}"
            "Connection: close\r\n\r\n"
        )
        connection.sendall(request.encode())
        raw = b""
        while chunk := connection.recv(65536):
            raw += chunk
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    return lines[0], dict(line.split(": ", 1) for line in lines[1:]), body


def raw_get(site: BuiltSite, target: str, host: str = "127.0.0.1") -> tuple[str, dict[str, str]]:
    """The status line and headers nginx answers to ``GET target`` sent as written."""
    status, headers, _ = raw_reply(site, target, host)
    return status, headers


@pytest.mark.parametrize(
    ("target", "location"),
    [
        ("/tool//", "/tool/"),
        ("//tool/", "/tool/"),
        ("///evil.example/x", "/evil.example/x"),
        ("/tool//steps/?a=b//c", "/tool/steps/?a=b//c"),
        ("/tool//%0d%0aSet-Cookie:x", "/tool/%0d%0aSet-Cookie:x"),
    ],
)
def test_a_doubled_slash_is_redirected_to_one(nginx_site: BuiltSite, target: str, location: str) -> None:
    """An attack review: /tool// served the page with every relative link one folder too deep (no styles, the engine
    never started). A run of slashes in the path is redirected to one, on this site (never //host), as written
    (an encoded line break stays encoded), the query untouched; with the site's headers."""
    status, headers = raw_get(nginx_site, target)
    assert (status, headers["Location"]) == ("HTTP/1.1 301 Moved Permanently", location)
    assert "Set-Cookie" not in headers
    assert headers["Cache-Control"] == "no-cache"
    assert_security_headers(nginx_site, headers)


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "OPTIONS"])
def test_another_method_on_a_versioned_file_is_refused_and_not_cached(nginx_site: BuiltSite, method: str) -> None:
    """An attack review: a POST (or PUT, DELETE, OPTIONS) to a versioned file got nginx's 405 with the file's rule,
    cached for a year. Refused, revalidated, with the site's headers; the file itself keeps its rule."""
    runtime = "/" + resolved(nginx_site, RUNTIME) + "/pyodide.asm.wasm"
    script = "/assets/javascripts/" + next(
        path.name for path in (nginx_site.root / "assets" / "javascripts").glob("tool-page.*.min.js")
    )
    for target in (runtime, script):
        status, headers, _ = raw_reply(nginx_site, target, method=method)
        assert status == "HTTP/1.1 405 Not Allowed", (target, status)
        assert headers["Cache-Control"] == "no-cache", target
        assert_security_headers(nginx_site, headers)
        assert raw_get(nginx_site, target)[1]["Cache-Control"] == IMMUTABLE


def test_the_runtimes_folder_without_its_slash_is_redirected_and_revalidated(nginx_site: BuiltSite) -> None:
    """An attack review: the runtime's folder named without its slash got nginx's redirect to it with a slash,
    marked immutable for a year under the runtime's cache rule. A folder is no versioned file: revalidated."""
    folder = "/" + resolved(nginx_site, RUNTIME)
    status, headers = raw_get(nginx_site, folder)
    assert (status, headers["Location"]) == ("HTTP/1.1 301 Moved Permanently", f"{folder}/")
    assert headers["Cache-Control"] == "no-cache"
    assert_security_headers(nginx_site, headers)
    assert raw_get(nginx_site, f"{folder}/pyodide.asm.wasm")[1]["Cache-Control"] == IMMUTABLE


@pytest.mark.parametrize(
    "target", ["/tool/%2F/", "/tool%2F%2F", "/tool/%2f", "/assets%2Fjavascripts/", "/\\evil.example//x", "/a\\b"]
)
def test_an_encoded_slash_or_a_backslash_is_not_found(nginx_site: BuiltSite, target: str) -> None:
    """Reviews: nginx decodes %2F and merges it like a doubled slash, and /tool/%2F/ served the page with its links
    one folder too deep; /\\evil.example//x was redirected to /\\evil.example/x, another host to a browser. No file of
    the site has either in its name: the site's own 404 page (not nginx's), with its headers."""
    status, headers, body = raw_reply(nginx_site, target)
    assert status == "HTTP/1.1 404 Not Found"
    assert "Location" not in headers
    assert body == (nginx_site.root / "404.html").read_bytes()
    assert headers["Cache-Control"] == "no-cache"
    assert_security_headers(nginx_site, headers)


def test_a_redirect_does_not_name_the_requests_host(nginx_site: BuiltSite) -> None:
    """An attack review: the folder redirect (/tool to /tool/) named whatever Host the request sent, over http. It is
    a path on this site."""
    status, headers = raw_get(nginx_site, "/tool", host="evil.example")
    assert (status, headers["Location"]) == ("HTTP/1.1 301 Moved Permanently", "/tool/")
    assert_security_headers(nginx_site, headers)


@pytest.mark.parametrize("path", ["_deploy/nginx.conf", "_headers"])
def test_deploy_files_are_not_served(nginx_site: BuiltSite, path: str) -> None:
    """The configuration files the build writes into the site are not pages: nginx answers 404."""
    assert (nginx_site.root / path).is_file()
    assert get(nginx_site, path).status == 404


@pytest.mark.parametrize("path", ["", "tool/", "how-it-decides/", WORKER, f"{RUNTIME}/pyodide.asm.wasm"])
def test_security_headers(nginx_site: BuiltSite, path: str) -> None:
    """Pages and the engine's worker script carry the site's Content-Security-Policy, nosniff, no referrer and
    no framing."""
    headers = get(nginx_site, path).headers
    assert_security_headers(nginx_site, headers)
    assert headers["Server"] == "nginx"  # no version


def test_policy_is_strict(nginx_site: BuiltSite) -> None:
    """The policy: scripts and styles from the site or by hash (no 'unsafe-inline', no 'unsafe-eval'), WebAssembly
    allowed, nothing from elsewhere, no plugins, base, framing or form submission; a hash for every inline script
    and style."""
    policy = csp.site_policy(nginx_site.root)
    directives = {part.split(" ", 1)[0]: part.split(" ", 1)[1] for part in policy.split("; ")}
    script_src = directives["script-src"].split()
    assert script_src[:2] == ["'self'", "'wasm-unsafe-eval'"]
    assert all(source.startswith("'sha256-") for source in script_src[2:])
    pages = sorted(nginx_site.root.rglob("*.html"))
    inline = {csp.script_hash(s) for page in pages for s in csp.inline_scripts(page.read_text(encoding="utf-8"))}
    assert set(script_src[2:]) == inline
    # Material's few inline scripts differ only by the page's depth (the base URL they carry): one hash each per
    # depth of the site's folders, the questions one at a time going deepest (a change page sits one folder below
    # the deepest answers); the site's own head scripts are the same text on every page (its loader of the small
    # modules, its guard of Material's storage helpers), the questionnaire has two of its own (the engine's early
    # start, the watch for modules that never mounted it), and the 404 page one (a link whose "#" became "%23").
    assert 0 < len(inline) <= 16
    style_src = directives["style-src"].split()
    styles = {csp.script_hash(s) for page in pages for s in csp.inline_styles(page.read_text(encoding="utf-8"))}
    assert style_src[0] == "'self'"
    assert set(style_src[1:]) == styles
    assert {k: v for k, v in directives.items() if k not in {"script-src", "style-src"}} == {
        "default-src": "'self'",
        "worker-src": "'self'",
        "connect-src": "'self'",
        "img-src": "'self' data:",
        "font-src": "'self'",
        "manifest-src": "'self'",
        "object-src": "'none'",
        "base-uri": "'none'",
        "frame-ancestors": "'none'",
        "form-action": "'none'",
    }


def test_headers_file_carries_the_same_rules(nginx_site: BuiltSite) -> None:
    """site/_headers (Netlify, Cloudflare Pages) sends the same policy and headers on every path and caches the
    versioned runtime for a year."""
    text = (nginx_site.root / "_headers").read_text(encoding="utf-8")
    rules: dict[str, dict[str, str]] = {}
    current: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if not line[0].isspace():
            current = rules.setdefault(line.strip(), {})
        else:
            name, value = line.strip().split(": ", 1)
            current[name] = value
    assert rules == {
        "/*": csp.security_headers(nginx_site.root),
        f"/{pyodide_runtime.FOLDERS}/*": {"Cache-Control": IMMUTABLE},
    }


def test_a_request_for_many_ranges_gets_the_whole_file_once(nginx_site: BuiltSite) -> None:
    """An attack review: a request for 2,000 ranges of the runtime was answered with each range (206). One range is
    answered as asked; more than one get the whole file, once (max_ranges 1)."""
    url = nginx_site.url + resolved(nginx_site, f"{RUNTIME}/pyodide.asm.wasm")
    size = (nginx_site.root / resolved(nginx_site, f"{RUNTIME}/pyodide.asm.wasm")).stat().st_size

    def ask(ranges: str) -> tuple[int, int]:
        request = urllib.request.Request(url, headers={"Accept-Encoding": "identity", "Range": f"bytes={ranges}"})
        with urllib.request.urlopen(request, timeout=20) as response:
            return response.status, len(response.read())

    assert ask("0-99") == (206, 100)
    assert ask(",".join(f"{i * 10}-{i * 10 + 4}" for i in range(2_000))) == (200, size)
