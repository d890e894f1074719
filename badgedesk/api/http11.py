"""HTTP/1.1 on BadgeDesk's own connections: the API client's transport to the servers it
reaches directly (through a proxy, httpx's own transport and httpcore still carry requests, on
the same connections: see ``wire``).

httpx's transport hands each request to httpcore's pool, whose bookkeeping, h11's parser and
anyio's locks and events took about half of the API client's processor time per award:
1.1-1.5 ms over loopback, where a raw HTTP client takes 0.15 ms. Measured against the sandbox
in its own process, each millisecond per request costs a batch at 8 at once about 7 % of its
wall time (the answers of a round wait on one another's handling). This transport writes each
request whole and reads its answer as RFC 9112 frames it, and nothing else.

What it takes from a server is bounded: a head of at most ``HEAD_LIMIT`` bytes, chunk lines of
at most ``LINE_LIMIT``, and whatever it does not understand (a folded header, an unknown
version, an unasked-for upgrade) is a ``RemoteProtocolError``. Every wait for bytes has the
request's read timeout, a connection its connect timeout, and a free connection its pool
timeout; the caller's deadline cancels any of them.
"""

from __future__ import annotations

import asyncio
import re
import ssl
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Final

import httpx

from badgedesk.api.wire import HAPPY_EYEBALLS_DELAY, AsyncioBackend, Connection

HEAD_LIMIT: Final = 64 * 1024
"""Bytes of an answer's status line and headers, at most (h11's own limit is 16 KiB)."""
LINE_LIMIT: Final = 4096
"""Bytes of a chunk's size line, or of a trailer line, at most."""
CHUNK: Final = 64 * 1024
"""Bytes of a body handed on at a time."""
MAX_CONNECTIONS: Final = 100
"""Connections open to one server at once (httpx's own limit, for all servers)."""
MAX_IDLE: Final = 20
"""Idle connections kept per server (httpx's own limit)."""
KEEP_ALIVE: Final = 5.0
"""Seconds an idle connection is kept for the next request (httpx's own)."""

_TOKEN = re.compile(rb"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_UNSAFE_VALUE = re.compile(rb"[\x00\r\n]")
_STATUS_LINE = re.compile(rb"HTTP/1\.([01]) ([1-9][0-9][0-9])(?: (.*))?")
_NO_BODY_STATUSES = frozenset({204, 304})

Origin = tuple[bytes, bytes, int]
"""Scheme, host, port."""


def use_own_connections(client: httpx.AsyncClient, ssl_context: ssl.SSLContext) -> None:
    """Carry ``client``'s requests on BadgeDesk's connections: a ``DirectTransport`` for the
    servers it reaches directly, and ``wire``'s streams under httpx's own transports for
    those through a proxy. httpx takes proxies from the environment only when it makes its
    own transport, and has no option for a network backend, so both are set here through its
    private attributes (httpx is pinned to a minor version, and tests cover both paths); a
    transport given to the client (a test's) is left alone."""
    if isinstance(client._transport, httpx.AsyncHTTPTransport):
        client._transport = DirectTransport(ssl_context)
    for transport in client._mounts.values():
        if isinstance(transport, httpx.AsyncHTTPTransport):
            transport._pool._network_backend = AsyncioBackend()


@dataclass
class _Server:
    """The connections to one origin: a slot per exchange under way, and the idle ones."""

    slots: asyncio.Semaphore = field(default_factory=lambda: asyncio.Semaphore(MAX_CONNECTIONS))
    idle: list[tuple[Connection, float]] = field(default_factory=list)
    """Each with the time it went idle, the latest last."""


class DirectTransport(httpx.AsyncBaseTransport):
    """HTTP/1.1 over asyncio connections kept alive per origin, TLS from ``ssl_context``."""

    def __init__(self, ssl_context: ssl.SSLContext) -> None:
        self._ssl_context = ssl_context
        self._servers: dict[Origin, _Server] = {}
        self._open: set[Connection] = set()
        self._closed = False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._closed:
            raise RuntimeError("the transport is closed")
        timeouts = request.extensions.get("timeout", {})
        url = request.url
        origin = (url.raw_scheme, url.raw_host, url.port or (443 if url.scheme == "https" else 80))
        server = self._servers.setdefault(origin, _Server())
        message = _request_bytes(request, await _body(request))
        try:
            async with asyncio.timeout(timeouts.get("pool")):
                await server.slots.acquire()
        except TimeoutError:
            raise httpx.PoolTimeout("no connection to the server was free in time") from None
        connection: Connection | None = None
        try:
            connection = self._kept(server) or await self._connect(url, timeouts.get("connect"))
            connection.send(message)
            head = await _read_head(connection, timeouts.get("read"))
        except BaseException:
            if connection is not None:
                self._drop(connection)
            server.slots.release()
            raise
        body = _Body(self, server, connection, head, request, timeouts.get("read"))
        return httpx.Response(
            head.status,
            headers=head.headers,
            stream=body,
            extensions={"http_version": head.version, "reason_phrase": head.reason},
        )

    async def _connect(self, url: httpx.URL, connect_timeout: float | None) -> Connection:
        loop = asyncio.get_running_loop()
        connection = Connection()
        secure = url.scheme == "https"
        try:
            async with asyncio.timeout(connect_timeout):
                await loop.create_connection(
                    lambda: connection,
                    url.host,
                    url.port or (443 if secure else 80),
                    ssl=self._ssl_context if secure else None,
                    server_hostname=url.host if secure else None,
                    happy_eyeballs_delay=HAPPY_EYEBALLS_DELAY,
                )
        except TimeoutError:
            connection.close()
            raise httpx.ConnectTimeout(f"no connection to {url.host} in time") from None
        except OSError as exc:  # ssl.SSLError among them
            connection.close()
            raise httpx.ConnectError(str(exc) or type(exc).__name__) from None
        self._open.add(connection)
        return connection

    def _kept(self, server: _Server) -> Connection | None:
        """The latest idle connection still open, unexpired and with nothing unread on it;
        the others are closed. Nothing is awaited between this and the request's write."""
        now = time.monotonic()
        while server.idle:
            connection, since = server.idle.pop()
            if now - since < KEEP_ALIVE and not connection.readable():
                return connection
            self._drop(connection)
        return None

    def _drop(self, connection: Connection) -> None:
        connection.close()
        self._open.discard(connection)

    def _done(self, server: _Server, connection: Connection, reusable: bool) -> None:
        """An exchange is over: its connection kept for the next, or closed."""
        if reusable and not self._closed and not connection.ended:
            server.idle.append((connection, time.monotonic()))
            while len(server.idle) > MAX_IDLE:
                self._drop(server.idle.pop(0)[0])
        else:
            self._drop(connection)
        server.slots.release()

    async def aclose(self) -> None:
        self._closed = True
        for connection in self._open:
            connection.close()
        self._open.clear()
        self._servers.clear()


@dataclass(frozen=True)
class _Head:
    version: bytes
    status: int
    reason: bytes
    headers: list[tuple[bytes, bytes]]


class _Body(httpx.AsyncByteStream):
    """An answer's body as it arrives. Read whole, its connection goes back to the pool (if
    both sides keep it alive); closed before that, the connection is closed."""

    def __init__(
        self,
        transport: DirectTransport,
        server: _Server,
        connection: Connection,
        head: _Head,
        request: httpx.Request,
        read_timeout: float | None,
    ) -> None:
        self._transport = transport
        self._server = server
        self._connection = connection
        self._read_timeout = read_timeout
        self._over = False
        self._length: int | None = None
        self._chunked = False
        keep_alive = head.version == b"HTTP/1.1" and b"close" not in _values(
            head.headers, b"connection"
        )
        keep_alive = keep_alive and b"close" not in _values(request.headers.raw, b"connection")
        codings = _values(head.headers, b"transfer-encoding")
        if request.method == "HEAD" or head.status in _NO_BODY_STATUSES:
            self._length = 0
        elif codings:  # it wins over any Content-Length (RFC 9112, 6.3)
            self._chunked = codings[-1] == b"chunked"
            keep_alive = keep_alive and self._chunked
        elif lengths := _values(head.headers, b"content-length"):
            if len(set(lengths)) != 1 or not lengths[0].isdigit():
                self._end(False)
                raise httpx.RemoteProtocolError("the answer's Content-Length is not one number")
            self._length = int(lengths[0])
        else:
            keep_alive = False  # the body ends when the server closes the connection
        self._keep_alive = keep_alive
        if self._length == 0:
            self._end(keep_alive)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        if self._over:
            return
        if self._chunked:
            async for part in self._chunks():
                yield part
        elif self._length is not None:
            async for part in self._counted(self._length):
                yield part
        else:
            connection = self._connection
            while connection.received or not connection.ended:
                if connection.received:
                    yield connection.take(CHUNK)
                else:
                    await _wait(connection, self._read_timeout)
            if connection.lost is not None:
                raise httpx.ReadError(_reason(connection.lost))
        self._end(self._keep_alive)

    async def _counted(self, length: int) -> AsyncIterator[bytes]:
        connection = self._connection
        while length:
            if not connection.received:
                await _wait(connection, self._read_timeout)
                continue
            part = connection.take(min(length, CHUNK))
            length -= len(part)
            yield part

    async def _chunks(self) -> AsyncIterator[bytes]:
        connection = self._connection
        while True:
            line = await _line(connection, self._read_timeout)
            size_text = line.split(b";", 1)[0].strip(b" \t")
            try:
                size = int(size_text, 16)
            except ValueError:
                size = -1
            if size < 0 or not size_text or size_text[:1] in b"+-":
                raise httpx.RemoteProtocolError("the answer's chunk size is not a number")
            if size == 0:
                while await _line(connection, self._read_timeout):
                    pass  # trailers: nothing BadgeDesk reads
                return
            async for part in self._counted(size):
                yield part
            if await _line(connection, self._read_timeout):
                raise httpx.RemoteProtocolError("a chunk of the answer is longer than it said")

    def _end(self, reusable: bool) -> None:
        """The exchange is over (once): its connection kept for the next one, or closed."""
        if not self._over:
            self._over = True
            self._transport._done(self._server, self._connection, reusable)

    async def aclose(self) -> None:
        self._end(False)  # read whole, this does nothing: the connection is already back


async def _body(request: httpx.Request) -> bytes:
    """The request's body, whole: as one chunk if its headers say it is chunked."""
    content = await request.aread()
    if b"chunked" not in _values(request.headers.raw, b"transfer-encoding"):
        return content
    return (b"%x\r\n%s\r\n" % (len(content), content) if content else b"") + b"0\r\n\r\n"


def _values(headers: list[tuple[bytes, bytes]], name: bytes) -> list[bytes]:
    """The comma-separated values of every ``name`` header, lower-cased and trimmed."""
    return [
        value.strip(b" \t").lower()
        for header, values in headers
        if header.lower() == name
        for value in values.split(b",")
    ]


def _request_bytes(request: httpx.Request, body: bytes) -> bytes:
    """The request line, headers and body, to be written at once. A header that would break
    the message (a line break in a value, say) is refused before anything is sent."""
    message = bytearray(
        b"%s %s HTTP/1.1\r\n" % (request.method.encode("ascii"), request.url.raw_path)
    )
    for name, value in request.headers.raw:
        if not _TOKEN.fullmatch(name) or _UNSAFE_VALUE.search(value):
            raise httpx.LocalProtocolError(f"the request's {name!r} header cannot be sent")
        message += b"%s: %s\r\n" % (name, value)
    message += b"\r\n"
    message += body
    return bytes(message)


async def _through(
    connection: Connection,
    end: bytes,
    limit: int,
    read_timeout: float | None,
    too_long: str,
    *,
    unanswered: str | None = None,
) -> bytes:
    """The bytes before the next ``end``, taken with it; at most ``limit`` of them, else
    ``too_long``. With ``unanswered``, the message of a connection that ends before a byte."""
    searched = 0
    while (found := connection.received.find(end, max(0, searched - len(end) + 1))) < 0:
        searched = len(connection.received)
        if searched > limit:
            raise httpx.RemoteProtocolError(too_long)
        await _wait(connection, read_timeout, ended=unanswered if not searched else None)
    if found > limit:
        raise httpx.RemoteProtocolError(too_long)
    return connection.take(found + len(end))[: -len(end)]


async def _line(connection: Connection, read_timeout: float | None) -> bytes:
    """The next line of a chunked body, without its CRLF."""
    return await _through(
        connection, b"\r\n", LINE_LIMIT, read_timeout, "a line of the answer is too long"
    )


async def _wait(
    connection: Connection, read_timeout: float | None, *, ended: str | None = None
) -> None:
    """Until more bytes than now are there; an ended connection is an answer stopped short
    (or, given ``ended``, that message)."""
    if connection.ended:
        if connection.lost is not None:
            raise httpx.ReadError(_reason(connection.lost))
        raise httpx.RemoteProtocolError(
            ended or "the server closed the connection before the answer ended"
        )
    try:
        async with asyncio.timeout(read_timeout):
            await connection.arrival()
    except TimeoutError:
        raise httpx.ReadTimeout("no answer in time") from None


async def _read_head(connection: Connection, read_timeout: float | None) -> _Head:
    """The answer's status line and headers, informational answers (1xx) skipped."""
    while True:
        head = _parse_head(
            await _through(
                connection,
                b"\r\n\r\n",
                HEAD_LIMIT,
                read_timeout,
                "the answer's headers are too long",
                unanswered="Server disconnected without sending a response.",
            )
        )
        if head.status >= 200:
            return head
        if head.status == 101:
            raise httpx.RemoteProtocolError("the server switched protocols, unasked")


def _parse_head(data: bytes) -> _Head:
    status_line, *lines = data.split(b"\r\n")
    matched = _STATUS_LINE.fullmatch(status_line)
    if matched is None:
        raise httpx.RemoteProtocolError("the answer does not start with an HTTP/1 status line")
    headers: list[tuple[bytes, bytes]] = []
    for line in lines:
        name, colon, value = line.partition(b":")
        if not colon or not _TOKEN.fullmatch(name):
            raise httpx.RemoteProtocolError("the answer has a header that is not one")
        headers.append((name, value.strip(b" \t")))
    return _Head(b"HTTP/1." + matched[1], int(matched[2]), matched[3] or b"", headers)


def _reason(error: Exception) -> str:
    return str(error) or type(error).__name__
