"""Build the engine's pure-Python wheel (py3-none-any) that the browser installs into Pyodide.

Its entries are stored, not deflated, like the runtime's stdlib zip (stdlib_trim.py): the host's brotli (compress.py)
then compresses the whole file, across its modules, to 141 KB where hatchling's deflated wheel is 192 KB and sent as
it is (measured at 54b0863). A wheel's RECORD holds its files' hashes, not their compression: it is a wheel still.

Its modules ship without their comments, line for line (a traceback's line numbers are the repository's): comments
are a sixth of what every first visit fetched of the engine, and no browser reads them. Nor does one read the
docstrings of its functions and classes, another 28 KB of every first visit with brotli (measured at 836e862): each is
shipped empty, its lines kept. A module's own docstring stays.
"""

from __future__ import annotations

import ast
import base64
import copy
import hashlib
import io
import subprocess
import sys
import tempfile
import tokenize
import zipfile
from dataclasses import dataclass
from pathlib import Path

from scale_what_build import ROOT


@dataclass(frozen=True)
class Wheel:
    """A built wheel: where it is, and a short content hash for cache-busting URLs."""

    path: Path
    sha256: str

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def query(self) -> str:
        """The cache-busting query every URL of the wheel carries (the page, the prefetch list, the service worker)."""
        return version_query(self.sha256)


def version_query(sha256: str) -> str:
    """A URL's cache-busting query from a file's SHA-256: its first 16 hex digits."""
    return f"?v={sha256[:16]}"


def build_wheel(out_dir: Path) -> Wheel:
    """Build the wheel with hatchling into ``out_dir`` (outside the watched folders), replacing any older one."""
    with tempfile.TemporaryDirectory(prefix="engine-wheel-") as tmp:
        # hatchling writes nothing into ./build (setuptools would) and its wheel is reproducible.
        subprocess.run(
            [sys.executable, "-m", "hatchling", "build", "--target", "wheel", "--directory", tmp],
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        )
        wheels = sorted(Path(tmp).glob("decision_engine-*-py3-none-any.whl"))
        if len(wheels) != 1:
            raise RuntimeError(f"expected one py3-none-any wheel from hatchling, got {[w.name for w in wheels]}")
        out_dir.mkdir(parents=True, exist_ok=True)
        for old in out_dir.glob("decision_engine-*.whl"):
            old.unlink()
        target = out_dir / wheels[0].name
        target.write_bytes(stored_wheel(wheels[0]))
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    return Wheel(path=target, sha256=digest)


#: What no browser runs: the command line (its module, ``python -m``'s entry and the console script's entry point).
#: The trimmed runtime leaves out what it imports already (stdlib_imports.mjs); 10 KB of every first visit with brotli.
BROWSER_OMITS = ("decision_engine/cli.py", "decision_engine/__main__.py")
_ENTRY_POINTS = ".dist-info/entry_points.txt"


def _omitted(name: str) -> bool:
    return name in BROWSER_OMITS or name.endswith(_ENTRY_POINTS)


def stored_wheel(wheel: Path) -> bytes:
    """The wheel's bytes with every entry stored (uncompressed), in the same order, with the same names, dates and
    attributes: still reproducible. Its METADATA keeps its headers without the long description (the README, 30 KB,
    which no browser reads: 8 KB of every first visit with brotli), its modules lose their comments and the
    docstrings of their functions and classes (``shipped_module``), the command line is left out (``BROWSER_OMITS``),
    and RECORD says so."""
    with zipfile.ZipFile(wheel) as source, io.BytesIO() as out:
        changed = {name: _headers_only(source.read(name)) for name in source.namelist() if name.endswith(_METADATA)}
        changed |= {name: shipped_module(source.read(name)) for name in source.namelist() if name.endswith(".py")}
        with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as target:
            for info in source.infolist():
                if _omitted(info.filename):
                    continue
                data = source.read(info.filename)  # read as it was written, before its copy is set to stored
                if info.filename.endswith(_RECORD):
                    data = _recorded(data, changed)
                entry = copy.copy(info)
                entry.compress_type = zipfile.ZIP_STORED
                target.writestr(entry, changed.get(info.filename, data))
        return out.getvalue()


_METADATA = ".dist-info/METADATA"
_RECORD = ".dist-info/RECORD"


def shipped_module(module: bytes) -> bytes:
    """A module as the browser gets it: without comments (``without_comments``), and with every function's and
    class's docstring emptied (``with_empty_docstrings``), line for line."""
    return with_empty_docstrings(without_comments(module))


def with_empty_docstrings(module: bytes) -> bytes:
    """A Python module's source with each function's and class's docstring written as an empty string on its first
    line, the lines it took left empty: every other node keeps its line and column (test_build_steps.py). The
    module's own docstring stays."""
    source = module.decode("utf-8")
    # As bytes: a node's column is an offset in its line's UTF-8 bytes ("—" in a docstring is three).
    lines = [line.encode("utf-8") for line in io.StringIO(source, newline="").readlines()]
    found = [doc for node in ast.walk(ast.parse(source)) if (doc := _docstring(node)) is not None]
    for doc in sorted(found, key=lambda doc: doc.lineno, reverse=True):
        last = (doc.end_lineno or doc.lineno) - 1  # always set by ast.parse
        first = doc.lineno - 1
        ending = lines[last][len(lines[last].rstrip(b"\r\n")) :]
        end = doc.end_col_offset or 0
        # On one line, what follows keeps its column (a statement after a semicolon): the empty string padded to the
        # docstring's width; what follows a docstring of several lines would move, and the check below says so.
        pad = b" " * (end - doc.col_offset - 2) if first == last and lines[last][end:].strip() else b""
        lines[first] = lines[first][: doc.col_offset] + b'""' + pad + lines[last][end:]
        for k in range(first + 1, last + 1):
            lines[k] = ending
    shipped = b"".join(lines).decode("utf-8")
    if _tree_without_docstrings(shipped) != _tree_without_docstrings(source):
        raise ValueError("emptying the docstrings changed the module's syntax tree")
    return shipped.encode("utf-8")


def _docstring(node: ast.AST) -> ast.Expr | None:
    """The docstring of a function or a class, if it has one."""
    if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        return None
    first = node.body[0]
    if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
        return first
    return None


def _tree_without_docstrings(source: str) -> str:
    """The syntax tree of ``source``, positions and all, but each function's and class's docstring emptied, with
    where it and its function or class end (a function of only a docstring ends with it)."""
    tree = ast.parse(source)
    for node in ast.walk(tree):
        doc = _docstring(node)
        if doc is None or not isinstance(node, ast.stmt) or not isinstance(doc.value, ast.Constant):
            continue
        doc.value.value = ""
        ended: tuple[ast.stmt | ast.expr, ...] = (node, doc, doc.value)
        for each in ended:
            each.end_lineno = each.end_col_offset = None
    return ast.dump(tree, include_attributes=True)


def without_comments(module: bytes) -> bytes:
    """A Python module's source without its comments, line for line: each comment and the spaces before it are cut
    from its line, a line of only a comment is left empty, so every statement keeps its line and column (the same
    syntax tree, positions and all: test_build_steps.py). Docstrings are ``with_empty_docstrings``'s to empty."""
    source = module.decode("utf-8")
    # Lines as Python ends them (\n, \r\n, \r): not str.splitlines, which also breaks at \x0c or \u2028 inside a
    # comment, leaving its tail as code (a diff review).
    lines = io.StringIO(source, newline="").readlines()
    readline = iter(lines).__next__
    for token in tokenize.generate_tokens(readline):
        if token.type == tokenize.COMMENT:
            row, column = token.start
            line = lines[row - 1]
            ending = line[len(line.rstrip("\r\n")) :]
            lines[row - 1] = line[:column].rstrip() + ending
    shipped = "".join(lines)
    if ast.dump(ast.parse(shipped), include_attributes=True) != ast.dump(ast.parse(source), include_attributes=True):
        raise ValueError("cutting the comments changed the module's syntax tree")
    return shipped.encode("utf-8")


def _headers_only(metadata: bytes) -> bytes:
    """A METADATA file's headers, without the description that follows them (and the header naming its type)."""
    headers = metadata.split(b"\n\n", 1)[0].split(b"\n")
    return b"\n".join(line for line in headers if not line.startswith(b"Description-Content-Type:")) + b"\n"


def _recorded(record: bytes, changed: dict[str, bytes]) -> bytes:
    """RECORD with the hash and size of each changed file as it now is (urlsafe base64 of its SHA-256, unpadded),
    without the files left out (``BROWSER_OMITS``)."""
    lines = []
    for line in record.decode("utf-8").splitlines():
        name = line.rsplit(",", 2)[0]
        if _omitted(name):
            continue
        data = changed.get(name)  # b"" too: a module of only a comment is empty once shipped (a diff review)
        if data is None:
            lines.append(line)
            continue
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        lines.append(f"{name},sha256={digest},{len(data)}")
    return ("\n".join(lines) + "\n").encode("utf-8")
