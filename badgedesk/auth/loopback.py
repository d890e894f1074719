"""RFC 8252 sign-in through the system browser: a one-shot HTTP listener on the redirect URI.

Some identity providers refuse embedded browsers; the system browser then brings the user
back to ``http://127.0.0.1:PORT/callback?code=…&state=…``, which this listener answers.
"""

from __future__ import annotations

import asyncio
import contextlib
from urllib.parse import parse_qsl, urlsplit

_DONE_PAGE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>BadgeDesk</title></head>"
    "<body style='font-family:sans-serif;margin:3em'><h2>Signed in to BadgeDesk</h2>"
    "<p>You can close this tab and return to BadgeDesk.</p></body></html>"
)


class LoopbackListener:
    """Waits for the one request the browser makes to the redirect URI."""

    def __init__(self, redirect_uri: str) -> None:
        parts = urlsplit(redirect_uri)
        if parts.hostname not in ("127.0.0.1", "localhost", "::1") or parts.port is None:
            raise ValueError("the redirect URI must be a loopback address with a port")
        self.host = parts.hostname
        self.port = parts.port
        self.path = parts.path or "/"
        self._answer: asyncio.Future[dict[str, str]] | None = None
        self._server: asyncio.Server | None = None

    async def start(self) -> None:
        self._answer = asyncio.get_running_loop().create_future()
        self._server = await asyncio.start_server(self._handle, self.host, self.port)

    async def wait(self) -> dict[str, str]:
        """The redirect's query parameters (``code`` and ``state``, or ``error``)."""
        assert self._answer is not None, "start() first"
        try:
            return await self._answer
        finally:
            await self.close()

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            request_line = (await asyncio.wait_for(reader.readline(), 10)).decode("latin-1")
            while (await asyncio.wait_for(reader.readline(), 10)) not in (b"\r\n", b"\n", b""):
                pass
            _method, target, *_ = [*request_line.split(), "", ""]
            parts = urlsplit(target)
            if parts.path != self.path:
                writer.write(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")
                return
            body = _DONE_PAGE.encode()
            writer.write(
                b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                + f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode()
                + body
            )
            if self._answer is not None and not self._answer.done():
                self._answer.set_result(dict(parse_qsl(parts.query)))
        except (TimeoutError, ConnectionError):
            pass
        finally:
            with contextlib.suppress(ConnectionError):
                await writer.drain()
            writer.close()
