"""Precompress the built site: a `.br` and a `.gz` beside every file that compresses (issue 15, "Fewer bytes").

A host that serves precompressed files (nginx's `brotli_static` and `gzip_static`, deploy/nginx.conf) then
sends the smallest encoding the browser accepts without compressing anything per request, at the highest
levels (brotli 11, gzip 9), which are too slow to run on the fly. Brotli comes from the `brotli` package
(PyPI, pinned in pyproject's dev extra); gzip from the standard library, with no file name or time in the
header, so a build is reproducible.

Compressing the 9.6 MB WebAssembly runtime at brotli 11 takes tens of seconds, and it is the same file in
every build: results are kept in a cache folder keyed by the input's SHA-256 (``cache_dir()``), so only
files that changed are compressed again.
"""

from __future__ import annotations

import gzip
import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import brotli  # type: ignore[import-untyped]  # (the package ships no type information)

#: What is worth compressing: text, the WebAssembly runtime, the stdlib zip and the engine's wheel (both with stored
#: entries, see stdlib_trim.py and engine_wheel.py) and a memory snapshot. Not images (PNG is compressed already).
SUFFIXES = frozenset(
    {
        ".html",
        ".css",
        ".js",
        ".mjs",
        ".json",
        ".xml",
        ".svg",
        ".txt",
        ".map",
        ".wasm",
        ".zip",
        ".whl",
        ".snapshot",
        ".bin",
    }
)
#: A compressed copy is written only when it saves at least this share of the file and at least MIN_SAVED
#: bytes: otherwise the host would send a file barely smaller and pay a lookup for it.
MIN_RATIO = 0.95
MIN_SAVED = 256
#: Files smaller than this are sent as they are (the headers cost more than the saving).
MIN_SIZE = 512
ENCODINGS = ("br", "gz")


@dataclass(frozen=True)
class Compressed:
    """One file and the sizes of what was written beside it (absent encodings did not pay)."""

    path: Path
    size: int
    encoded: dict[str, int]


def cache_root() -> Path:
    """Where build results are kept between builds: $SCALE_WHAT_CACHE, else ~/.cache/scale-what."""
    base = os.environ.get("SCALE_WHAT_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "scale-what"
    )
    return Path(base)


def cache_dir() -> Path:
    """Where compressed results are kept between builds."""
    return cache_root() / "compressed"


def encode(data: bytes, encoding: str) -> bytes:
    """``data`` compressed as ``encoding`` ("br" or "gz") at the highest level."""
    if encoding == "br":
        result: bytes = brotli.compress(data, quality=11)
        return result
    if encoding == "gz":
        return gzip.compress(data, compresslevel=9, mtime=0)
    raise ValueError(f"unknown encoding {encoding!r}: expected one of {', '.join(ENCODINGS)}")


def _cached_encode(data: bytes, encoding: str, cache: Path | None) -> bytes:
    if cache is None:
        return encode(data, encoding)
    key = cache / f"{hashlib.sha256(data).hexdigest()}.{encoding}"
    if key.is_file():
        return key.read_bytes()
    result = encode(data, encoding)
    cache.mkdir(parents=True, exist_ok=True)
    partial = key.with_suffix(f".{encoding}.{os.getpid()}.part")
    partial.write_bytes(result)
    partial.replace(key)  # atomic: two builds at once never read half a file
    return result


def pays(size: int, encoded: int) -> bool:
    """Whether a compressed copy of ``encoded`` bytes is worth writing beside a file of ``size`` bytes."""
    return encoded <= size * MIN_RATIO and size - encoded >= MIN_SAVED


def sent_size(data: bytes, name: str, cache: Path | None) -> int:
    """The bytes a host that serves the build's precompressed copies (deploy/: brotli first) sends for a file named
    ``name`` holding ``data``: its brotli copy where the build writes one, else the file as it is."""
    if Path(name).suffix not in SUFFIXES or len(data) < MIN_SIZE:
        return len(data)
    encoded = len(_cached_encode(data, "br", cache))
    return encoded if pays(len(data), encoded) else len(data)


def candidates(site_dir: Path) -> Iterator[Path]:
    """The files of ``site_dir`` worth compressing, in a stable order."""
    for path in sorted(site_dir.rglob("*")):
        if path.is_file() and path.suffix in SUFFIXES and path.stat().st_size >= MIN_SIZE:
            yield path


def compress_file(path: Path, cache: Path | None) -> Compressed:
    """Write ``path``.br and ``path``.gz when each pays (MIN_RATIO, MIN_SAVED); remove stale ones that do not."""
    data = path.read_bytes()
    encoded = {}
    for encoding in ENCODINGS:
        target = path.with_name(f"{path.name}.{encoding}")
        result = _cached_encode(data, encoding, cache)
        if pays(len(data), len(result)):
            target.write_bytes(result)
            encoded[encoding] = len(result)
        else:
            target.unlink(missing_ok=True)
    return Compressed(path, len(data), encoded)


def compress_site(site_dir: Path, cache: Path | None = None) -> list[Compressed]:
    """Precompress every file of the built site that compresses (the last build step: files change before)."""
    use = cache if cache is not None else cache_dir()
    return [compress_file(path, use) for path in candidates(site_dir)]
