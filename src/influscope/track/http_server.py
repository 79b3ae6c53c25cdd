"""The redirector's HTTP/1.1 server: httptools parses, uvloop moves bytes, and each request is
answered in place, in the parser's callback, by `Redirector.answer`.

Why not uvicorn: a redirect costs about 10 µs of our own work, and uvicorn spent three times
that around it (a scope, a task and two ASGI messages per request), which held the redirector
under a quarter of nginx's rate on two cores (bench/redirect). Our answer never waits for
anything, so it needs none of that: no task, no await, one `transport.write` per response.

What the server still does for the visitor's sake: keep-alive as HTTP/1.1 and 1.0 ask for it,
pipelined requests answered in order, a 400 for what does not parse, a 431 for a request head
larger than MAX_HEAD_BYTES, idle connections closed after IDLE_SECONDS, reading paused while a
client does not read its answers, a `date` header, and on SIGTERM or SIGINT a stop that closes
the click log cleanly.
"""

import asyncio
import logging
import signal
import socket
import time
from email.utils import formatdate
from http import HTTPStatus
from urllib.parse import unquote

import httptools
import uvloop

from influscope.track.redirector import Redirector

log = logging.getLogger(__name__)

IDLE_SECONDS = 5
MAX_HEAD_BYTES = 64 * 1024
_EMPTY = [(b"content-length", b"0")]


def _status_line(status: int) -> bytes:
    return f"HTTP/1.1 {status} {HTTPStatus(status).phrase}\r\n".encode()


_STATUS_LINES = {status: _status_line(status) for status in (200, 302, 400, 404, 405, 431, 500)}


class _Server:
    """What the connections of one serving process share: the application, the `date` line
    (rewritten once a second) and the open connections (swept for idle ones as often)."""

    def __init__(self, app: Redirector) -> None:
        self.app = app
        self.connections: set[_Connection] = set()
        self.date_line = b""
        self._tick()

    def _tick(self) -> None:
        self.date_line = f"date: {formatdate(usegmt=True)}\r\n".encode()
        for connection in list(self.connections):
            connection.idle_ticks += 1
            if connection.idle_ticks > IDLE_SECONDS:
                connection.transport.close()
        asyncio.get_running_loop().call_later(1 - time.time() % 1, self._tick)

    def close_all(self) -> None:
        for connection in list(self.connections):
            connection.transport.close()


class _Connection(asyncio.Protocol):
    __slots__ = (
        "address",
        "head_bytes",
        "headers",
        "idle_ticks",
        "in_head",
        "parser",
        "server",
        "transport",
        "url",
    )

    def __init__(self, server: _Server) -> None:
        self.server = server
        self.parser = httptools.HttpRequestParser(self)
        self.transport: asyncio.Transport | None = None
        self.address = ""
        self.url = b""
        self.headers: list[tuple[bytes, bytes]] = []
        self.in_head = False
        self.head_bytes = 0
        self.idle_ticks = 0

    # asyncio.Protocol

    def connection_made(self, transport: asyncio.Transport) -> None:
        self.transport = transport
        peer = transport.get_extra_info("peername")
        self.address = peer[0] if isinstance(peer, tuple) else ""
        self.server.connections.add(self)

    def connection_lost(self, exc: Exception | None) -> None:
        self.server.connections.discard(self)

    def data_received(self, data: bytes) -> None:
        self.idle_ticks = 0
        if self.in_head:
            self.head_bytes += len(data)
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserUpgrade:
            self.transport.close()  # the request was answered; we speak nothing else
            return
        except httptools.HttpParserError:
            self._refuse(400)
            return
        if self.in_head:  # a head still incomplete: the parser holds it in memory
            self.head_bytes = self.head_bytes or len(data)
            if self.head_bytes > MAX_HEAD_BYTES:
                self._refuse(431)

    def pause_writing(self) -> None:
        self.transport.pause_reading()

    def resume_writing(self) -> None:
        self.transport.resume_reading()

    # httptools callbacks

    def on_message_begin(self) -> None:
        self.url = b""
        self.headers = []
        self.in_head = True
        self.head_bytes = 0

    def on_url(self, url: bytes) -> None:
        self.url += url

    def on_header(self, name: bytes, value: bytes) -> None:
        self.headers.append((name.lower(), value))

    def on_headers_complete(self) -> None:
        self.in_head = False

    def on_message_complete(self) -> None:
        transport = self.transport
        if transport.is_closing():
            return
        try:
            url = httptools.parse_url(self.url)
        except httptools.HttpParserInvalidURLError:
            self._refuse(400)
            return
        path = url.path.decode("latin-1")
        if "%" in path:
            path = unquote(path, encoding="latin-1")
        try:
            status, headers, body = self.server.app.answer(
                self.parser.get_method().decode("latin-1"),
                path,
                url.query or b"",
                self.headers,
                self.address,
            )
        except Exception:  # the click was not logged: the visitor must not get its redirect
            log.exception("Could not answer %s", self.url)
            self._refuse(500)
            return
        self._write(status, headers, body, self.parser.should_keep_alive())

    def _refuse(self, status: int) -> None:
        if not self.transport.is_closing():
            self._write(status, _EMPTY, b"", keep_alive=False)

    def _write(self, status: int, headers, body: bytes, keep_alive: bool) -> None:
        parts = [_STATUS_LINES[status]]
        for name, value in headers:
            parts += (name, b": ", value, b"\r\n")
        parts.append(self.server.date_line)
        if not keep_alive:
            parts.append(b"connection: close\r\n")
        parts += (b"\r\n", body)
        self.transport.write(b"".join(parts))
        if not keep_alive:
            self.transport.close()


async def _serve(app: Redirector, sock: socket.socket) -> None:
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    app.start()
    try:
        server = _Server(app)
        listener = await loop.create_server(lambda: _Connection(server), sock=sock)
        await stop.wait()
        listener.close()
        server.close_all()
        await asyncio.sleep(0)  # let the transports flush and close
    finally:
        app.stop()


def serve_socket(app: Redirector, fd: int) -> None:
    """Serve on the listening socket `fd` until SIGTERM or SIGINT."""
    sock = socket.socket(fileno=fd)
    uvloop.run(_serve(app, sock))
