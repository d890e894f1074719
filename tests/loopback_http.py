"""A tiny HTTP server on 127.0.0.1 for answers the sandbox does not give: fixed status codes,
redirects, pages that are not sign-in pages. Every request it gets is recorded."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


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
