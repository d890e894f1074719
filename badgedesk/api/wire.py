"""BadgeDesk's connections: asyncio's own sockets, under the API client's HTTP/1.1 transport
(``http11``) and, through a proxy, under httpcore, each request in one write.

httpcore reaches the network through anyio, whose every read and write opens a cancel scope,
asks asyncio for the current task and switches the socket's reading on and off (a notifier
made and dropped each time under qasync), and which, for each idle connection the pool looks
at, builds a table of the socket's attributes. The connection here is an ``asyncio.Protocol``
that reads all the time into a buffer, so a read whose answer has arrived returns at once,
with no timer and no scope. Measured over loopback (1,000 awards, 8 at once), the API
client's processor time per award fell from 2.0-2.2 ms to 1.2-1.6 ms.

httpcore also writes a request's head, then its body, as two writes: two packets and, for the
server, two wake-ups before it can answer (and on a path where Nagle's algorithm meets delayed
ACKs, a wait of up to 40 ms for the second). BadgeDesk's bodies are JSON made whole before
sending, so what is written is held until the connection is next read, which is what HTTP/1.1
does right after writing a request.
"""

# The methods below are httpcore's interface, timeout parameters included.
# ruff: noqa: ASYNC109

from __future__ import annotations

import asyncio
import select
import ssl
from collections.abc import Iterable
from typing import Any

import httpcore

SocketOption = (
    tuple[int, int, int] | tuple[int, int, bytes | bytearray] | tuple[int, int, None, int]
)
"""httpcore's ``SOCKET_OPTION``: what ``socket.setsockopt`` takes."""

READ_AHEAD = 256 * 1024
"""Bytes received and not yet read beyond which the connection stops reading the socket (a
large download whose reader is slower than the network), until they are read."""

HAPPY_EYEBALLS_DELAY = 0.25
"""Seconds before the next address of a host is tried alongside a slow one (RFC 8305's
recommendation, as anyio does)."""


class Connection(asyncio.Protocol):
    """One connection: the bytes received and not yet read, and how it ended."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.received = bytearray()
        self.ended = False
        self.lost: Exception | None = None
        self._reading_paused = False
        self._waiter: asyncio.Future[None] | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.received += data
        if len(self.received) > READ_AHEAD and self.transport is not None:
            self.transport.pause_reading()
            self._reading_paused = True
        self._wake()

    def eof_received(self) -> bool:
        self.ended = True
        self._wake()
        return False  # close: HTTP/1.1 has nothing to send once the server has ended

    def connection_lost(self, exc: Exception | None) -> None:
        self.ended = True
        self.lost = exc
        self._wake()

    def _wake(self) -> None:
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_result(None)

    def readable(self) -> bool:
        """Bytes to read, or the end, here or still in the socket: on an idle connection, the
        sign that the server has closed it (or broken the protocol) and it is not to be used."""
        if self.ended or self.received or self.transport is None:
            return True
        sock = self.transport.get_extra_info("socket")
        if sock is None or sock.fileno() < 0:
            return True
        if hasattr(select, "poll"):  # select() cannot watch a descriptor above FD_SETSIZE
            poller = select.poll()
            poller.register(sock.fileno(), select.POLLIN)
            return bool(poller.poll(0))
        return bool(select.select([sock], [], [], 0)[0])

    def send(self, data: bytes) -> None:
        assert self.transport is not None
        self.transport.write(data)

    def close(self) -> None:
        if self.transport is not None:
            self.transport.close()

    def take(self, max_bytes: int) -> bytes:
        chunk = bytes(self.received[:max_bytes])
        del self.received[:max_bytes]
        if self._reading_paused and len(self.received) <= READ_AHEAD and self.transport:
            self._reading_paused = False
            self.transport.resume_reading()
        return chunk

    async def arrival(self) -> None:
        """Until bytes arrive or the connection ends."""
        self._waiter = asyncio.get_running_loop().create_future()
        try:
            await self._waiter
        finally:
            self._waiter = None


class AsyncioStream(httpcore.AsyncNetworkStream):
    """A connection as httpcore uses it. What is written is held until the next read, then
    handed to the transport, which sends it as the socket takes it while the answer is
    awaited: an answer sent before the whole request was read (413, say) is read at once, and
    a server that stops reading is met by the read's timeout (and the call's deadline)."""

    def __init__(self, connection: Connection) -> None:
        assert connection.transport is not None
        self._connection = connection
        self._held = bytearray()

    @property
    def _transport(self) -> asyncio.Transport:
        """The connection's transport: the socket's, or once TLS is set up, the secure one."""
        transport = self._connection.transport
        assert transport is not None
        return transport

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._held += buffer

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        if self._held:
            if not self._transport.is_closing():  # closed by the server: its answer is read
                self._transport.write(bytes(self._held))
            self._held.clear()
        connection = self._connection
        if not connection.received and not connection.ended:
            try:
                async with asyncio.timeout(timeout):
                    await connection.arrival()
            except TimeoutError:
                raise httpcore.ReadTimeout("no answer in time") from None
        if connection.received:
            return connection.take(max_bytes)
        if connection.lost is not None:
            raise httpcore.ReadError(str(connection.lost) or type(connection.lost).__name__)
        return b""

    async def aclose(self) -> None:
        self._held.clear()
        self._transport.close()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        # Only ever after a read (a proxy's answer to CONNECT) or before any write.
        loop = asyncio.get_running_loop()
        try:
            transport = await loop.start_tls(
                self._transport,
                self._connection,
                ssl_context,
                server_hostname=server_hostname,
                ssl_handshake_timeout=timeout,
            )
        except TimeoutError:
            self._transport.close()
            raise httpcore.ConnectTimeout("the secure connection was not set up in time") from None
        except (OSError, ssl.SSLError) as exc:
            self._transport.close()
            raise httpcore.ConnectError(str(exc)) from None
        assert isinstance(transport, asyncio.Transport)
        self._connection.transport = transport
        return AsyncioStream(self._connection)

    def get_extra_info(self, info: str) -> Any:
        if info == "ssl_object":
            return self._transport.get_extra_info("ssl_object")
        if info == "client_addr":
            return self._transport.get_extra_info("sockname")
        if info == "server_addr":
            return self._transport.get_extra_info("peername")
        if info == "socket":
            return self._transport.get_extra_info("socket")
        if info == "is_readable":
            return self._connection.readable()
        return None


class AsyncioBackend(httpcore.AsyncNetworkBackend):
    """Opens ``AsyncioStream`` connections."""

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[SocketOption] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        loop = asyncio.get_running_loop()
        connection = Connection()
        try:
            async with asyncio.timeout(timeout):
                await loop.create_connection(
                    lambda: connection,
                    host,
                    port,
                    local_addr=(local_address, 0) if local_address else None,
                    happy_eyeballs_delay=HAPPY_EYEBALLS_DELAY,
                )
        except TimeoutError:
            raise httpcore.ConnectTimeout(f"no connection to {host} in time") from None
        except OSError as exc:
            raise httpcore.ConnectError(str(exc)) from None
        stream = AsyncioStream(connection)
        sock = stream.get_extra_info("socket")
        for option in socket_options or ():
            sock.setsockopt(*option)
        return stream

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)
