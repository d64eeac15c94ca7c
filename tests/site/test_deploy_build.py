"""The build steps behind deploy/: precompression, the stdlib trim, the policy's script hashes, the templates."""

from __future__ import annotations

import gzip
import html
import json
import os
import re
import zipfile
from pathlib import Path
from urllib.parse import urljoin

import brotli  # type: ignore[import-untyped]
import pytest

from scale_what_build import compress, csp, nginx_server, prefetch, pyodide_runtime, stdlib_trim
from scale_what_build.site_server import Sent
from tests.support.site import BuiltSite


def test_compress_writes_both_encodings_that_decode_to_the_file(tmp_path: Path) -> None:
    """A text file gets a .br and a .gz beside it, each decoding to the file's exact bytes."""
    page = tmp_path / "page.html"
    page.write_text("<p>scaling</p>\n" * 400)
    (result,) = compress.compress_site(tmp_path, tmp_path / "cache")
    assert set(result.encoded) == {"br", "gz"}
    assert brotli.decompress((tmp_path / "page.html.br").read_bytes()) == page.read_bytes()
    assert gzip.decompress((tmp_path / "page.html.gz").read_bytes()) == page.read_bytes()


def test_compress_skips_what_does_not_compress_and_removes_stale_copies(tmp_path: Path) -> None:
    """Random bytes do not compress: no .br or .gz is written, and an old one left from an earlier build goes."""
    blob = tmp_path / "runtime.wasm"
    blob.write_bytes(os.urandom(50_000))
    (tmp_path / "runtime.wasm.br").write_bytes(b"stale")
    (result,) = compress.compress_site(tmp_path, tmp_path / "cache")
    assert result.encoded == {}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache", "runtime.wasm"]


def test_compress_leaves_small_and_unlisted_files(tmp_path: Path) -> None:
    """A file under MIN_SIZE and a PNG are not candidates."""
    (tmp_path / "tiny.css").write_text("a{}")
    (tmp_path / "card.png").write_bytes(b"\x89PNG" + b"\0" * 4000)
    assert list(compress.candidates(tmp_path)) == []


def test_sent_size_is_what_a_host_of_the_compressed_copies_sends(tmp_path: Path) -> None:
    """sent_size gives the .br copy's size where compress writes one, and the file's own size where it does not
    (random bytes, a small file, a PNG)."""
    files = {
        "page.html": b"<p>scaling</p>\n" * 400,
        "runtime.wasm": os.urandom(50_000),
        "tiny.css": b"a{}",
        "card.png": b"\x89PNG" + b"\0" * 4000,
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    compress.compress_site(tmp_path, tmp_path / "cache")
    for name, data in files.items():
        copy = tmp_path / f"{name}.br"
        expected = copy.stat().st_size if copy.is_file() else len(data)
        assert compress.sent_size(data, name, tmp_path / "cache") == expected, name
    assert (tmp_path / "page.html.br").is_file()


def test_compress_refuses_an_unknown_encoding() -> None:
    """Only br and gz are written."""
    with pytest.raises(ValueError, match="unknown encoding 'zstd'"):
        compress.encode(b"x", "zstd")


def test_every_compressible_built_file_has_its_encodings(built_site: BuiltSite) -> None:
    """In the built site, the runtime's files and every page have a .br and a .gz beside them; the lock file, shipped
    with no packages, is too small to be worth it."""
    lock = built_site.root / built_site.runtime / pyodide_runtime.LOCK_FILE
    assert lock.stat().st_size < compress.MIN_SIZE
    for name in set(pyodide_runtime.BOOT_FILES) - {pyodide_runtime.LOCK_FILE}:
        for encoding in compress.ENCODINGS:
            assert (built_site.root / built_site.runtime / f"{name}.{encoding}").is_file(), f"{name}.{encoding}"
    for page in built_site.root.rglob("*.html"):
        assert page.with_name(page.name + ".br").is_file(), page


def test_built_stdlib_is_trimmed_and_stored(built_site: BuiltSite) -> None:
    """The site's stdlib zip holds only what the engine needs (far fewer entries than Pyodide's), each stored, and
    says so in its comment."""
    with zipfile.ZipFile(built_site.root / built_site.runtime / stdlib_trim.STDLIB_ZIP) as trimmed:
        infos = trimmed.infolist()
        assert trimmed.comment == stdlib_trim.MARK
        names = {info.filename for info in infos}
    with zipfile.ZipFile(pyodide_runtime.PYODIDE_PACKAGE / stdlib_trim.STDLIB_ZIP) as shipped:
        assert len(infos) < len(shipped.infolist()) / 3
    assert {info.compress_type for info in infos} == {zipfile.ZIP_STORED}
    assert {"json/__init__.py", "dataclasses.py", "re/__init__.py", "pyodide/__init__.py"} <= names
    assert not any(name.startswith(("tkinter/", "unittest/", "email/", "xml/")) for name in names)


def test_trim_refuses_names_the_zip_lacks(tmp_path: Path) -> None:
    """A module list that names a file the zip does not hold is an error, not a smaller zip."""
    source = tmp_path / "stdlib.zip"
    with zipfile.ZipFile(source, "w") as out:
        out.writestr("json/__init__.py", "")
    with zipfile.ZipFile(source) as zipped, pytest.raises(stdlib_trim.TrimError, match=r"no missing\.py"):
        stdlib_trim.stored_zip(zipped, ["json/__init__.py", "missing.py"])


def test_trimmed_zip_is_reproducible(tmp_path: Path) -> None:
    """The same modules give the same bytes (fixed dates, sorted entries)."""
    source = tmp_path / "stdlib.zip"
    with zipfile.ZipFile(source, "w", compression=zipfile.ZIP_DEFLATED) as out:
        out.writestr("b.py", "b = 1\n")
        out.writestr("a.py", "a = 1\n")
    with zipfile.ZipFile(source) as zipped:
        first = stdlib_trim.stored_zip(zipped, ["b.py", "a.py"])
        second = stdlib_trim.stored_zip(zipped, ["a.py", "b.py"])
    assert first == second


def test_inline_scripts_are_the_ones_a_browser_runs() -> None:
    """Classic and module inline scripts count; scripts with src and JSON data blocks do not; text is kept as is."""
    page = (
        '<script>var a = "<b>";</script><script src="x.js"></script>'
        '<script id="__config" type="application/json">{"x": 1}</script>'
        '<script type="module">\nimport "./y.js";\n</script>'
    )
    assert csp.inline_scripts(page) == ['var a = "<b>";', '\nimport "./y.js";\n']


def test_inline_styles_include_noscript_ones() -> None:
    """A <style> inside <noscript> counts: a reader without JavaScript gets it as markup, under the same policy."""
    page = "<style>a{color:red}</style><noscript><p>x</p><style>#f { display: block; }</style></noscript>"
    assert csp.inline_styles(page) == ["a{color:red}", "#f { display: block; }"]
    assert csp.inline_scripts(page) == []


def test_policy_lists_hashes_in_their_directives() -> None:
    """Script hashes go to script-src, style hashes to style-src, and nothing else changes."""
    value = csp.policy(csp.Hashes(scripts=("'sha256-a'",), styles=("'sha256-b'",)))
    assert "script-src 'self' 'wasm-unsafe-eval' 'sha256-a'; " in value
    assert "style-src 'self' 'sha256-b'; " in value
    assert "unsafe-inline" not in value


def test_script_hash_is_the_csp_source_for_the_text() -> None:
    """The hash of `alert(1)` as browsers compute it (the example of the CSP specification's tooling)."""
    assert csp.script_hash("alert(1)") == "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"


def test_template_without_the_placeholder_is_refused() -> None:
    """A deploy template that lost its placeholder would ship no policy: the build stops."""
    with pytest.raises(ValueError, match="no @CONTENT_SECURITY_POLICY@"):
        csp.render("add_header X-Frame-Options DENY;", "default-src 'self'")


def test_nginx_log_lines_read_back() -> None:
    """An access-log line gives the path without its query, the status and the body bytes."""
    assert nginx_server.parse_line('/assets/x.whl?v=ab 200 1234 "br"') == Sent("/assets/x.whl", 200, 1234)


def test_prefetch_list_is_what_the_questionnaire_fetches(built_site: BuiltSite) -> None:
    """The runtime list guide pages prefetch names Pyodide's boot files and the wheel at the very URL (content-hash
    query included) the questionnaire's markup gives its worker, and each file exists."""
    listed = json.loads((built_site.root / prefetch.MANIFEST).read_text(encoding="utf-8"))["files"]
    tool_page = (built_site.root / "tool" / "index.html").read_text(encoding="utf-8")
    match = re.search(r'data-wheel="([^"]+)"', tool_page)
    assert match is not None
    wheel = urljoin(built_site.url + "tool/", html.unescape(match.group(1))).removeprefix(built_site.url)
    assert listed == [*(f"{built_site.runtime}/{name}" for name in pyodide_runtime.BOOT_FILES), wheel]
    for url in listed:
        assert (built_site.root / url.split("?")[0]).is_file(), url


def test_the_static_hosts_headers_send_what_nginx_sends(built_site: BuiltSite) -> None:
    """`_headers` (Netlify, Cloudflare Pages) gives every page the security headers deploy/nginx.conf does, with the
    same values (the tests' nginx checks its own: test_nginx.py)."""
    text = (built_site.root / "_headers").read_text(encoding="utf-8")
    every_page = text.split("\n/*\n", 1)[1].split("\n\n", 1)[0].splitlines()
    sent = dict(line.strip().split(": ", 1) for line in every_page)
    assert sent == csp.security_headers(built_site.root)
