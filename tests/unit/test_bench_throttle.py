"""bench/throttle.py: the shaping proxy that stands for a 10 Mbit/s, 40 ms access link in the throttled bench.

Real sockets on 127.0.0.1, real servers behind the proxy. Times are only ever checked from below (the link may not
be faster than its rate and delay); how much slower a loaded machine makes it is not a test's business.
"""

from __future__ import annotations

import asyncio
import http.server
import os
import sys
import threading
import time
import urllib.request
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager

import pytest

from tests.support import ROOT

# bench/ holds scripts, not a package: its modules import each other by their own names (as `python bench/run.py`
# runs them), and mypy knows this one as `throttle`.
sys.path.insert(0, str(ROOT / "bench"))
from throttle import TEN_MBIT_40_MS, Link, Shape, ShapingProxy, running

MB = 1_000_000
Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


# ---------------------------------------------------------------------------------------------------------------
# The link's arithmetic
# ---------------------------------------------------------------------------------------------------------------


def test_a_chunk_occupies_the_link_for_its_size_over_the_rate() -> None:
    link = Link(bytes_per_s=1000)
    assert link.reserve(500, now=10.0) == 10.5


def test_chunks_queued_together_leave_one_after_the_other() -> None:
    link = Link(bytes_per_s=1000)
    assert link.reserve(1000, now=0.0) == 1.0
    assert link.reserve(1000, now=0.0) == 2.0  # another connection's chunk waits for the first
    assert link.reserve(500, now=1.5) == 2.5


def test_an_idle_link_banks_no_credit() -> None:
    link = Link(bytes_per_s=1000)
    link.reserve(1000, now=0.0)
    assert link.reserve(1000, now=100.0) == 101.0


def test_the_preset_is_devtools_ten_mbit_and_40_ms() -> None:
    assert TEN_MBIT_40_MS.as_devtools() == {
        "offline": False,
        "latency": 40.0,
        "downloadThroughput": 1_250_000.0,
        "uploadThroughput": 1_250_000.0,
    }


def test_a_server_url_without_a_port_is_refused() -> None:
    with pytest.raises(ValueError, match="needs a host and a port"), running("http://localhost/"):
        pass


# ---------------------------------------------------------------------------------------------------------------
# Through real sockets
# ---------------------------------------------------------------------------------------------------------------


@asynccontextmanager
async def served(handler: Handler) -> AsyncIterator[int]:
    """A TCP server on 127.0.0.1 running ``handler`` per connection; its port."""
    server = await asyncio.start_server(handler, "127.0.0.1", 0)
    try:
        yield server.sockets[0].getsockname()[1]
    finally:
        server.close()


@asynccontextmanager
async def proxied(handler: Handler, shape: Shape = TEN_MBIT_40_MS) -> AsyncIterator[tuple[ShapingProxy, int]]:
    """``handler``'s server behind a running proxy: the proxy and the port to connect to."""
    async with no_loop_errors(), served(handler) as port:
        proxy = ShapingProxy(("127.0.0.1", port), shape)
        listening = await proxy.start()
        try:
            yield proxy, listening
        finally:
            await proxy.stop()


@asynccontextmanager
async def no_loop_errors() -> AsyncIterator[None]:
    """Whatever the loop reports as an error (an exception no one retrieved, a handler that failed) fails the test."""
    errors: list[dict[str, object]] = []
    asyncio.get_running_loop().set_exception_handler(lambda _, context: errors.append(context))
    yield
    await asyncio.sleep(0.05)  # the done-callbacks of the proxy's handlers run
    assert errors == []


async def echo(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """Send back what arrives; at the end of the input, close."""
    while data := await reader.read(65536):
        writer.write(data)
        await writer.drain()
    writer.close()


def sender(nbytes: int) -> Handler:
    """A server that sends ``nbytes`` and closes."""

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(b"x" * nbytes)
        await writer.drain()
        writer.close()

    return handle


async def read_to_the_end(reader: asyncio.StreamReader) -> bytes:
    """What arrives until the connection ends, by a close or an abort (a reset ends it too)."""
    received = b""
    try:
        while data := await reader.read(65536):
            received += data
    except ConnectionResetError:
        pass
    return received


async def wait_for_no_connection(proxy: ShapingProxy) -> None:
    """The proxy has let go of every connection (its handlers end just after the sockets close)."""
    for _ in range(200):
        if proxy.open_connections == 0:
            return
        await asyncio.sleep(0.01)
    raise AssertionError(f"{proxy.open_connections} connections still open in the proxy")


def test_bytes_arrive_whole_and_in_order() -> None:
    payload = os.urandom(300_000)

    async def scenario() -> bytes:
        async with proxied(echo, Shape(100 * MB, 100 * MB, 0.002)) as (proxy, port):
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.write(payload)
            writer.write_eof()
            back = await reader.read()
            writer.close()
            await wait_for_no_connection(proxy)
            assert proxy.counters.up_bytes == proxy.counters.down_bytes == len(payload)
            return back

    assert asyncio.run(scenario()) == payload


@contextmanager
def http_server(body: bytes) -> Iterator[str]:
    """A threaded HTTP server answering every GET with ``body``; its URL."""

    class BodyHandler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), BodyHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def test_one_megabyte_over_http_takes_at_least_0_8_s_at_10_mbit() -> None:
    body = os.urandom(MB)
    with http_server(body) as url, running(url) as proxy:
        assert proxy.url != url
        started = time.monotonic()
        with urllib.request.urlopen(proxy.url + "file.bin", timeout=60) as response:
            received = response.read()
        elapsed = time.monotonic() - started
    assert received == body
    assert proxy.counters.connections == 1
    assert proxy.counters.down_bytes > MB  # the body and the response's headers
    # 8 Mbit at 10 Mbit/s, plus the handshake and the request's round trip.
    assert elapsed >= MB * 8 / 10_000_000 + 2 * 0.040
    # On the same clock (the loop's is time.monotonic()); set in the proxy's thread once the write is done, which
    # may be a moment after this thread has read the last byte, so only checked from below.
    last = proxy.counters.last_down_at
    assert last is not None
    assert last >= started + 0.8


def test_concurrent_connections_share_one_link() -> None:
    """Two downloads of 0.5 MB at once take as long as 1 MB alone, and neither has the link to itself."""

    async def timed_download(port: int, started: float) -> tuple[int, float]:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        data = await reader.read()
        writer.close()
        return len(data), asyncio.get_running_loop().time() - started

    both_connected = asyncio.Event()
    arrived: list[None] = []

    async def send_once_both_are_there(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """Both downloads start together, however the machine schedules the two connections."""
        arrived.append(None)
        if len(arrived) == 2:
            both_connected.set()
        await both_connected.wait()
        await sender(MB // 2)(reader, writer)

    async def scenario() -> list[tuple[int, float]]:
        async with proxied(send_once_both_are_there) as (proxy, port):
            started = asyncio.get_running_loop().time()
            results = await asyncio.gather(timed_download(port, started), timed_download(port, started))
            await wait_for_no_connection(proxy)
            return list(results)

    results = asyncio.run(scenario())
    assert [size for size, _ in results] == [MB // 2, MB // 2]
    assert max(elapsed for _, elapsed in results) >= 0.8
    # Alone on the link, the first would be done after 0.4 s; taking turns chunk by chunk, after about 0.79 s.
    assert min(elapsed for _, elapsed in results) >= 0.7


def test_the_upload_is_shaped_too() -> None:
    async def scenario() -> float:
        async with proxied(echo, Shape(100 * MB, 1_000_000, 0.0)) as (_, port):
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            started = asyncio.get_running_loop().time()
            writer.write(b"u" * 100_000)
            writer.write_eof()
            back = await reader.read()
            writer.close()
            assert len(back) == 100_000
            return asyncio.get_running_loop().time() - started

    assert asyncio.run(scenario()) >= 0.8  # 0.8 Mbit at 1 Mbit/s


def test_a_new_connection_costs_two_round_trips_and_each_turn_one() -> None:
    rtt = 0.2

    async def turn(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> float:
        started = asyncio.get_running_loop().time()
        writer.write(b"ping")
        assert await reader.readexactly(4) == b"ping"
        return asyncio.get_running_loop().time() - started

    async def scenario() -> tuple[float, float]:
        async with proxied(echo, Shape(100 * MB, 100 * MB, rtt)) as (_, port):
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            first = await turn(reader, writer)  # the handshake, then the request and its answer
            second = await turn(reader, writer)
            writer.close()
            return first, second

    first, second = asyncio.run(scenario())
    assert first >= 2 * rtt
    assert second >= rtt


def test_the_browser_closing_first_reaches_the_server_and_the_answer_still_comes_back() -> None:
    async def answer_at_the_end(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        question = await reader.read()  # until the browser's half-close arrives
        writer.write(b"heard " + question)
        writer.close()

    async def scenario() -> bytes:
        async with proxied(answer_at_the_end, Shape(100 * MB, 100 * MB, 0.01)) as (proxy, port):
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.write(b"question")
            writer.write_eof()
            answer = await reader.read()  # ends with the server's close
            writer.close()
            await wait_for_no_connection(proxy)
            return answer

    assert asyncio.run(scenario()) == b"heard question"


def test_the_server_closing_first_leaves_the_browser_side_open() -> None:
    heard: list[bytes] = []

    async def speak_first(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(b"hello")
        writer.write_eof()  # the server's half-close
        heard.append(await reader.read())
        writer.close()

    async def scenario() -> bytes:
        async with proxied(speak_first, Shape(100 * MB, 100 * MB, 0.01)) as (proxy, port):
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            greeting = await reader.read()  # the server's end arrives as the end of the stream
            writer.write(b"after")
            writer.write_eof()
            await wait_for_no_connection(proxy)
            writer.close()
            return greeting

    assert asyncio.run(scenario()) == b"hello"
    assert heard == [b"after"]


def test_a_server_reset_ends_the_browser_connection() -> None:
    async def reset(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read(1)
        writer.transport.abort()  # RST

    async def scenario() -> bytes:
        async with proxied(reset, Shape(100 * MB, 100 * MB, 0.01)) as (proxy, port):
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.write(b"?")
            received = await read_to_the_end(reader)
            writer.close()
            await wait_for_no_connection(proxy)
            return received

    assert asyncio.run(scenario()) == b""


def test_a_server_that_is_down_fails_the_browser_connection() -> None:
    async def scenario() -> None:
        async with served(echo) as port:
            pass  # now closed: nothing listens on ``port``
        proxy = ShapingProxy(("127.0.0.1", port), Shape(100 * MB, 100 * MB, 0.01))
        listening = await proxy.start()
        async with no_loop_errors():
            try:
                reader, writer = await asyncio.open_connection("127.0.0.1", listening)
                assert await read_to_the_end(reader) == b""
                writer.close()
                await wait_for_no_connection(proxy)
                assert proxy.counters.failed_connects == 1
            finally:
                await proxy.stop()

    asyncio.run(scenario())


def test_stopping_the_proxy_ends_open_connections() -> None:
    async def scenario() -> None:
        async with proxied(echo, Shape(100 * MB, 100 * MB, 0.2)) as (proxy, port):
            idle = await asyncio.open_connection("127.0.0.1", port)  # relaying, nothing sent
            await asyncio.sleep(0.3)
            handshaking = await asyncio.open_connection("127.0.0.1", port)  # still in its handshake
            for _ in range(100):  # the proxy accepts it on its next turns
                if proxy.open_connections == 2:
                    break
                await asyncio.sleep(0.001)
            assert proxy.open_connections == 2
            await proxy.stop()
            assert proxy.open_connections == 0
            for reader, writer in (idle, handshaking):
                assert await read_to_the_end(reader) == b""
                writer.close()

    asyncio.run(scenario())
