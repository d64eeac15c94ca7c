"""A shaping TCP proxy: the benchmark's "10 Mbit/s, 40 ms" access link, for every byte the browser moves.

Why not DevTools' emulation: `Network.emulateNetworkConditions` is set on one CDP target. The questionnaire's
engine runs in a Web Worker (created while the page is still parsed) and the site has a service worker: both are
targets of their own, and their downloads were not shaped (16 MB "arrived" in 5 s at "10 Mbit/s"). This proxy sits
between Chromium and the server instead (Chromium opens the site at the proxy's address; the proxy forwards every
connection to the server), so whichever thread asks, the bytes cross the same link.

What it models, per direction (server -> browser and browser -> server, each with its own link):

- **Bandwidth.** One FIFO serializer per direction, shared by every connection, as an access link is: a chunk of
  n bytes occupies the link for n / rate seconds, after whatever any connection queued before it. Chunks are read
  at most CHUNK bytes at a time and a connection reads its next chunk only once its previous one has left, so
  concurrent connections take turns chunk by chunk. There is no burst allowance (an idle link banks no credit).
- **Latency.** A constant one-way delay of RTT/2 after a chunk has left (propagation): a request and its response
  cost one round trip on an open connection. A new connection first costs one round trip (TCP's SYN / SYN-ACK)
  before the browser's first bytes go out, so its first response starts 2 RTT after the connect, as on a real link.
- Order and half-closes are kept: the end of one direction is forwarded (after its delay) as a half-close, and the
  connection is closed when both directions have ended or either side fails (the other side is then aborted).

DevTools' preset ("10 Mbit/s, 40 ms": download and upload 1.25 MB/s, latency 40 ms) throttles per request: each
request waits the latency once, and the bodies share the throughput. This proxy gives the same 40 ms per request on
an open connection and the same shared 10 Mbit/s, counts headers as well as bodies (a few hundred bytes a request),
and adds the handshake round trip DevTools leaves out (Chromium opens at most six connections to the origin, mostly
at once, so at most a few x 40 ms in all). Neither models TCP slow start or loss. So the proxy is a fair, slightly
stricter stand-in for the preset, and it shapes the worker and the service worker too.

Used by bench/run.py (`measure_throttled`), tested by tests/unit/test_bench_throttle.py.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from urllib.parse import urlsplit

#: The most a connection reads at once: 16 KiB take 13 ms of a 10 Mbit/s link.
CHUNK = 16 * 1024
#: Chunks that have left the link but not yet reached the other side (the delay line), per direction.
IN_FLIGHT_CHUNKS = 64


@dataclass(frozen=True)
class Shape:
    """The access link: bit rates of each direction and the round-trip time."""

    down_bits_per_s: float
    up_bits_per_s: float
    rtt_s: float

    def as_devtools(self) -> dict[str, float | bool]:
        """The same figures in the shape of DevTools' Network.emulateNetworkConditions (for the bench's JSON)."""
        return {
            "offline": False,
            "latency": self.rtt_s * 1000,
            "downloadThroughput": self.down_bits_per_s / 8,
            "uploadThroughput": self.up_bits_per_s / 8,
        }


#: DevTools' "10 Mbit/s, 40 ms" (the figure issue 15 names).
TEN_MBIT_40_MS = Shape(down_bits_per_s=10_000_000, up_bits_per_s=10_000_000, rtt_s=0.040)


@dataclass
class Link:
    """One direction of the link: a FIFO serializer at ``bytes_per_s``, shared by every connection."""

    bytes_per_s: float
    free_at: float = float("-inf")

    def reserve(self, nbytes: int, now: float) -> float:
        """Queue ``nbytes`` at ``now``: the time their last byte has left the link."""
        start = max(now, self.free_at)
        self.free_at = start + nbytes / self.bytes_per_s
        return self.free_at


@dataclass
class Counters:
    """What crossed the proxy, for the bench's sanity check (seconds >= bytes x 8 / rate)."""

    connections: int = 0
    down_bytes: int = 0  # server -> browser, delivered to the browser
    up_bytes: int = 0  # browser -> server, delivered to the server
    failed_connects: int = 0
    last_down_at: float | None = None  # when the last chunk reached the browser (time.monotonic())


@dataclass
class _Direction:
    """One direction of one connection: where it reads, where it writes, over which link."""

    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter
    link: Link
    delivered: Callable[[int], None]
    line: asyncio.Queue[tuple[float, bytes]] = field(default_factory=lambda: asyncio.Queue(IN_FLIGHT_CHUNKS))


class ShapingProxy:
    """Listen on 127.0.0.1 and forward every connection to ``upstream`` (host, port) through the shaped link."""

    def __init__(self, upstream: tuple[str, int], shape: Shape = TEN_MBIT_40_MS) -> None:
        self.upstream = upstream
        self.shape = shape
        self.down = Link(shape.down_bits_per_s / 8)
        self.up = Link(shape.up_bits_per_s / 8)
        self.counters = Counters()
        self._server: asyncio.Server | None = None
        self._handlers: set[asyncio.Task[None]] = set()

    @property
    def open_connections(self) -> int:
        """Connections accepted and not yet closed."""
        return len(self._handlers)

    async def start(self, port: int = 0) -> int:
        """Start listening; the port listened on."""
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", port)
        bound: int = self._server.sockets[0].getsockname()[1]
        return bound

    async def stop(self) -> None:
        """Stop listening and abort the connections still open."""
        if self._server is not None:
            self._server.close()
        for task in list(self._handlers):
            task.cancel()
        await asyncio.gather(*self._handlers, return_exceptions=True)
        if self._server is not None:
            await self._server.wait_closed()  # after the connections: from 3.12 on it waits for them

    async def _handle(self, client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None  # a stream handler always runs in a task
        self._handlers.add(task)
        self.counters.connections += 1
        try:
            await asyncio.sleep(self.shape.rtt_s)  # the handshake's round trip
            try:
                server_reader, server_writer = await asyncio.open_connection(*self.upstream)
            except OSError:
                self.counters.failed_connects += 1
                return  # the browser sees the connection fail (aborted below), as it would without the proxy
            await self._relay(
                _Direction(client_reader, server_writer, self.up, self._count_up),
                _Direction(server_reader, client_writer, self.down, self._count_down),
            )
        except asyncio.CancelledError:
            pass  # stop() ended it: a quiet end (asyncio's server reports a cancelled handler as an error)
        finally:
            if not client_writer.transport.is_closing():  # stopped during the handshake
                client_writer.transport.abort()
            self._handlers.discard(task)

    def _count_up(self, nbytes: int) -> None:
        self.counters.up_bytes += nbytes

    def _count_down(self, nbytes: int) -> None:
        self.counters.down_bytes += nbytes
        self.counters.last_down_at = asyncio.get_running_loop().time()  # the loop's clock is time.monotonic()

    async def _relay(self, *directions: _Direction) -> None:
        """Run both directions to their end; on any failure (or when stopped) abort both sides."""
        writers = [direction.writer for direction in directions]
        clean = False
        try:
            async with asyncio.TaskGroup() as group:
                for direction in directions:
                    group.create_task(self._send(direction))
                    group.create_task(self._deliver(direction))
            clean = True
        except* (OSError, EOFError):
            pass  # a side reset or vanished: the other side is aborted below
        finally:
            for writer in writers:
                if clean:
                    writer.close()
                else:
                    writer.transport.abort()
            if clean:
                for writer in writers:
                    with contextlib.suppress(OSError):
                        await writer.wait_closed()

    async def _send(self, direction: _Direction) -> None:
        """Read chunks as the link frees, put each on the delay line with its arrival time; the end last."""
        loop = asyncio.get_running_loop()
        one_way = self.shape.rtt_s / 2
        while data := await direction.reader.read(CHUNK):
            leaves = direction.link.reserve(len(data), loop.time())
            await asyncio.sleep(leaves - loop.time())  # the link carries this chunk until then
            await direction.line.put((leaves + one_way, data))
        await direction.line.put((loop.time() + one_way, b""))

    async def _deliver(self, direction: _Direction) -> None:
        """Write each chunk when it arrives; forward the end as a half-close."""
        loop = asyncio.get_running_loop()
        while True:
            arrives, data = await direction.line.get()
            await asyncio.sleep(arrives - loop.time())
            if not data:
                if direction.writer.can_write_eof():
                    direction.writer.write_eof()
                return
            direction.writer.write(data)
            await direction.writer.drain()
            direction.delivered(len(data))


@dataclass
class RunningProxy:
    """A proxy running in its own thread: its URL (the site's address through the link) and its counters."""

    url: str
    counters: Counters


@contextlib.contextmanager
def running(upstream_url: str, shape: Shape = TEN_MBIT_40_MS) -> Iterator[RunningProxy]:
    """Shape the way to ``upstream_url``'s server while the block runs.

    The proxy runs its own event loop in a thread: Playwright's sync API owns the calling thread.
    """
    parts = urlsplit(upstream_url)
    if parts.hostname is None or parts.port is None:
        raise ValueError(f"the server's URL needs a host and a port: {upstream_url!r}")
    proxy = ShapingProxy((parts.hostname, parts.port), shape)
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, name="throttle-proxy", daemon=True)
    thread.start()
    try:
        port = asyncio.run_coroutine_threadsafe(proxy.start(), loop).result(timeout=10)
        try:
            yield RunningProxy(url=f"http://127.0.0.1:{port}{parts.path or '/'}", counters=proxy.counters)
        finally:
            asyncio.run_coroutine_threadsafe(proxy.stop(), loop).result(timeout=10)
    finally:
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=10)
        loop.close()
