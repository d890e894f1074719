"""Tiny servers on 127.0.0.1 for answers the sandbox does not give: an HTTP server with fixed
status codes, redirects, pages that are not sign-in pages (every request it gets is recorded),
and a socket server whose connections a test handles byte by byte (over TLS if asked)."""

from __future__ import annotations

import json
import socket
import ssl
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import trustme


@dataclass(frozen=True)
class Answer:
    status: int
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Seen:
    method: str
    path: str
    body: bytes


class LoopbackServer:
    """Answers every request with ``answer``; ``seen`` lists what was asked."""

    def __init__(self, answer: Answer) -> None:
        self.answer = answer
        self.seen: list[Seen] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def _reply(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                server.seen.append(Seen(self.command, self.path, self.rfile.read(length)))
                answer = server.answer
                if "Date" in answer.headers:  # the answer's own, not the handler's
                    self.send_response_only(answer.status)
                else:
                    self.send_response(answer.status)
                self.send_header("Content-Type", answer.content_type)
                self.send_header("Content-Length", str(len(answer.body)))
                for name, value in answer.headers.items():
                    self.send_header(name, value.replace("{base}", server.base_url))
                self.end_headers()
                self.wfile.write(answer.body)

            do_GET = do_POST = _reply

            def log_message(self, *args: object) -> None:
                pass

        self._http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base_url = f"http://127.0.0.1:{self._http.server_address[1]}"
        self._thread = threading.Thread(target=self._http.serve_forever, daemon=True)

    def start(self) -> LoopbackServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._http.shutdown()
        self._http.server_close()


@contextmanager
def loopback_server(answer: Answer) -> Iterator[LoopbackServer]:
    server = LoopbackServer(answer).start()
    try:
        yield server
    finally:
        server.stop()


class SocketServer:
    """Hands each connection to ``handle`` on a thread of its own, then closes it."""

    def __init__(self, handle: Callable[[socket.socket], None], tls: ssl.SSLContext | None):
        self._handle = handle
        self._tls = tls
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.1)
        self.port: int = self._listener.getsockname()[1]
        self.base_url = f"{'https' if tls else 'http'}://127.0.0.1:{self.port}"
        self.connections = 0
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while not self._stopped.is_set():
            try:
                connection, _ = self._listener.accept()
            except TimeoutError:
                continue
            self.connections += 1
            threading.Thread(target=self._serve, args=(connection,), daemon=True).start()

    def _serve(self, connection: socket.socket) -> None:
        connection.settimeout(5)
        with connection:
            if self._tls is not None:
                try:
                    connection = self._tls.wrap_socket(connection, server_side=True)
                except (ssl.SSLError, OSError):
                    return  # the client refused the certificate
            self._handle(connection)

    def stop(self) -> None:
        self._stopped.set()
        self._thread.join()
        self._listener.close()


@contextmanager
def socket_server(
    handle: Callable[[socket.socket], None], tls: ssl.SSLContext | None = None
) -> Iterator[SocketServer]:
    server = SocketServer(handle, tls)
    try:
        yield server
    finally:
        server.stop()


def read_request(connection: socket.socket, *, with_body: bool = True) -> tuple[bytes, bytes]:
    """A request's head and (``with_body``) its body, as read off ``connection``; two empty
    strings once the client has closed it."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = connection.recv(65536)
        if not chunk:
            return b"", b""
        data += chunk
    head, body = data.split(b"\r\n\r\n", 1)
    length = next(
        (
            int(line.split(b":")[1])
            for line in head.split(b"\r\n")
            if line.lower().startswith(b"content-length:")
        ),
        0,
    )
    while with_body and len(body) < length:
        body += connection.recv(65536)
    return head, body


def http_answer(status: int, body: bytes, *, close: bool = False) -> bytes:
    """An HTTP/1.1 answer with a JSON body."""
    connection = b"Connection: close\r\n" if close else b""
    return (
        f"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n".encode()
        + connection
        + b"\r\n"
        + body
    )


EMPTY_LIST = json.dumps({"status": {"success": True}, "result": []}).encode()
"""A v2 answer listing nothing."""


def answer_lists(connection: socket.socket) -> None:
    """Answers every request on the connection with ``EMPTY_LIST``."""
    while read_request(connection)[0]:
        connection.sendall(http_answer(200, EMPTY_LIST))


def tls_context(authority: trustme.CA) -> ssl.SSLContext:
    """A server's TLS settings, with a certificate for 127.0.0.1 from ``authority``."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(context)
    return context


def closed_port_url() -> str:
    """An address on 127.0.0.1 where nothing listens (connections are refused)."""
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{closed.getsockname()[1]}"


DRF_PAGE = (
    b"<!DOCTYPE html><html><head><title>Badgr REST API</title></head><body>"
    b"<div class='page-header'><h1>Authorization Api</h1></div>"
    b"<div class='response-info'><pre class='prettyprint'><b>HTTP 200 OK</b>\n"
    b"{&quot;client_id&quot;: &quot;badgedesk&quot;, &quot;scopes&quot;: []}</pre></div>"
    b"<form class='button-form' action='' data-method='OPTIONS'>"
    b"<button class='btn btn-primary'>OPTIONS</button></form></body></html>"
)
"""Like the API host's ``/o/authorize`` in a browser: DRF's page of the JSON consent API
(recorded in api-docs/badgr-oss-exchanges.json), which has a form but no way to sign in."""
