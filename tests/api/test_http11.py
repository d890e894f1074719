"""The API client's HTTP/1.1 transport (``badgedesk.api.http11``) against tiny socket servers
that answer byte by byte: how each answer is framed, which connections are kept, and what a
server that breaks the protocol gets."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import ssl
import time
from collections.abc import AsyncIterator, Callable

import httpx
import pytest

from badgedesk.api import http11
from badgedesk.api.client import BadgesClient, RetryPolicy
from badgedesk.api.errors import NetworkError
from badgedesk.api.http11 import DirectTransport
from tests.loopback_http import EMPTY_LIST, http_answer, read_request, socket_server

Handler = Callable[[socket.socket], None]


def answering(*answers: bytes, then_close: bool = False) -> Handler:
    """Reads a request and sends the next of ``answers``, for each; with ``then_close``, closes
    the connection after the last (else waits for the client to)."""

    def handle(connection: socket.socket) -> None:
        for answer in answers:
            if not read_request(connection)[0]:
                return
            connection.sendall(answer)
        if not then_close:
            read_request(connection)

    return handle


def fetch(base_url: str, *paths: str, method: str = "GET") -> list[httpx.Response]:
    """Each path asked in turn on one client over a ``DirectTransport``, each answer read."""

    async def go() -> list[httpx.Response]:
        transport = DirectTransport(ssl.create_default_context())
        async with httpx.AsyncClient(transport=transport, timeout=2) as client:
            return [await client.request(method, base_url + path) for path in paths]

    return asyncio.run(go())


def fails_with(handler: Handler) -> httpx.TransportError:
    with socket_server(handler) as server, pytest.raises(httpx.TransportError) as caught:
        fetch(server.base_url, "/")
    return caught.value


def test_a_chunked_answer_is_read_whole_and_its_connection_kept():
    chunked = (
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
        b"5;name=value\r\nhello\r\n1\r\n \r\nA\r\n0123456789\r\n0\r\nX-Trailer: ignored\r\n\r\n"
    )
    with socket_server(answering(chunked, http_answer(200, b"[]"))) as server:
        first, second = fetch(server.base_url, "/a", "/b")
    assert first.content == b"hello 0123456789"
    assert second.content == b"[]"
    assert server.connections == 1


def test_an_answer_without_a_length_ends_with_its_connection():
    unframed = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil the end"
    with socket_server(answering(unframed, then_close=True)) as server:
        first, second = fetch(server.base_url, "/a", "/b")
    assert first.content == second.content == b"until the end"
    assert server.connections == 2


def test_informational_answers_are_passed_over():
    answer = b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n"
    with socket_server(answering(answer + http_answer(201, b"{}"))) as server:
        (response,) = fetch(server.base_url, "/")
    assert response.status_code == 201
    assert response.content == b"{}"
    assert response.reason_phrase == "X"
    assert response.http_version == "HTTP/1.1"


def test_answers_without_a_body_keep_their_connection():
    """A 204 and the answer to a HEAD have no body, whatever their Content-Length says."""
    no_content = b"HTTP/1.1 204 No Content\r\nContent-Length: 10\r\n\r\n"
    head = b"HTTP/1.1 200 OK\r\nContent-Length: 12\r\n\r\n"

    async def go(base_url: str) -> list[bytes]:
        async with httpx.AsyncClient(transport=DirectTransport(ssl.create_default_context())) as c:
            answers = [await c.get(base_url), await c.head(base_url), await c.get(base_url)]
            return [answer.content for answer in answers]

    with socket_server(answering(no_content, head, http_answer(200, b"{}"))) as server:
        assert asyncio.run(go(server.base_url)) == [b"", b"", b"{}"]
    assert server.connections == 1


def test_an_http_1_0_answer_or_one_saying_close_is_not_kept():
    old = b"HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\n[]"
    closing = http_answer(200, b"[]", close=True)
    with socket_server(answering(old, then_close=True)) as server:
        fetch(server.base_url, "/a", "/b")
    assert server.connections == 2
    with socket_server(answering(closing, then_close=True)) as server:
        fetch(server.base_url, "/a", "/b")
    assert server.connections == 2


@pytest.mark.parametrize(
    ("answer", "complaint"),
    [
        (b"HTTP/2 200 OK\r\n\r\n", "status line"),
        (b"ICY 200 OK\r\n\r\n", "status line"),
        (b"HTTP/1.1 200 OK\r\nX-Folded: a\r\n b\r\nContent-Length: 0\r\n\r\n", "header"),
        (b"HTTP/1.1 200 OK\r\nNo colon here\r\n\r\n", "header"),
        (b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n[]", "Length"),
        (b"HTTP/1.1 200 OK\r\nContent-Length: -2\r\n\r\n[]", "Length"),
        (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", "chunk size"),
        (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n-1\r\n", "chunk size"),
        (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n", "longer"),
        (b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\n", "switched"),
        (b"HTTP/1.1 200 OK\r\nX-Big: " + b"a" * (http11.HEAD_LIMIT + 10), "too long"),
        (
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
            + b"1" * (http11.LINE_LIMIT + 10),
            "too long",
        ),
    ],
)
def test_an_answer_that_breaks_the_protocol_is_refused(answer, complaint):
    error = fails_with(answering(answer))
    assert isinstance(error, httpx.RemoteProtocolError)
    assert complaint in str(error)


def test_an_answer_stopped_short_is_an_error_not_a_short_body():
    short = b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nten bytes!"
    error = fails_with(answering(short, then_close=True))
    assert isinstance(error, httpx.RemoteProtocolError)
    chunked = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel"
    error = fails_with(answering(chunked, then_close=True))
    assert isinstance(error, httpx.RemoteProtocolError)


def test_a_server_that_closes_without_answering_is_an_error():
    error = fails_with(answering(b"", then_close=True))
    assert isinstance(error, httpx.RemoteProtocolError)
    assert "without sending a response" in str(error)


def test_a_body_that_stalls_meets_the_read_timeout():
    def stall(connection: socket.socket) -> None:
        read_request(connection)
        connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nfive!")
        time.sleep(3)

    assert isinstance(fails_with(stall), httpx.ReadTimeout)


def test_a_header_that_would_break_the_request_is_never_sent():
    with socket_server(answering(http_answer(200, EMPTY_LIST))) as server:
        client = BadgesClient(server.base_url, "token\r\nX-Injected: yes", retry=RetryPolicy())
        with pytest.raises(NetworkError) as caught:
            asyncio.run(client.list_badgeclasses())
        asyncio.run(client.aclose())
    assert "LocalProtocolError" in (caught.value.detail or "")
    assert caught.value.after_ambiguous_attempt is False
    assert server.connections == 0


def test_a_streamed_body_is_sent_in_chunks():
    seen: list[bytes] = []

    def record(connection: socket.socket) -> None:
        data = b""
        while not data.endswith(b"0\r\n\r\n"):
            data += connection.recv(65536)
        seen.append(data)
        connection.sendall(http_answer(200, b"{}"))
        read_request(connection)

    async def parts() -> AsyncIterator[bytes]:
        yield b"ab"
        yield b"cde"

    async def go(base_url: str) -> int:
        async with httpx.AsyncClient(transport=DirectTransport(ssl.create_default_context())) as c:
            return (await c.post(base_url, content=parts())).status_code

    with socket_server(record) as server:
        assert asyncio.run(go(server.base_url)) == 200
    head, body = seen[0].split(b"\r\n\r\n", 1)
    assert b"transfer-encoding: chunked" in head.lower()
    assert body == b"5\r\nabcde\r\n0\r\n\r\n"


def test_an_idle_connection_is_kept_no_longer_than_keep_alive(monkeypatch):
    monkeypatch.setattr(http11, "KEEP_ALIVE", 0.2)

    async def go(base_url: str) -> None:
        async with httpx.AsyncClient(transport=DirectTransport(ssl.create_default_context())) as c:
            await c.get(base_url)
            await c.get(base_url)  # kept
            await asyncio.sleep(0.3)
            await c.get(base_url)  # expired: a new one

    with socket_server(answering(*[http_answer(200, b"{}")] * 3)) as server:
        asyncio.run(go(server.base_url))
    assert server.connections == 2


def test_a_body_closed_before_it_was_read_closes_its_connection():
    big = http_answer(200, b"x" * 300_000)

    async def go(base_url: str) -> bytes:
        async with httpx.AsyncClient(transport=DirectTransport(ssl.create_default_context())) as c:
            async with c.stream("GET", base_url) as response:
                async for _ in response.aiter_raw(1000):
                    break
            return (await c.get(base_url)).content

    def answer_big(connection: socket.socket) -> None:
        read_request(connection)
        connection.sendall(big)
        with contextlib.suppress(ConnectionResetError):  # the first: its answer unread
            read_request(connection)

    with socket_server(answer_big) as server:
        assert len(asyncio.run(go(server.base_url))) == 300_000
    assert server.connections == 2


def test_requests_beyond_the_connection_limit_wait_for_a_free_one(monkeypatch):
    monkeypatch.setattr(http11, "MAX_CONNECTIONS", 1)

    async def go(base_url: str) -> list[int]:
        async with httpx.AsyncClient(transport=DirectTransport(ssl.create_default_context())) as c:
            answers = await asyncio.gather(*(c.get(base_url) for _ in range(3)))
            return [answer.status_code for answer in answers]

    with socket_server(answering(*[http_answer(200, b"{}")] * 3)) as server:
        assert asyncio.run(go(server.base_url)) == [200, 200, 200]
    assert server.connections == 1

    async def timed_out(base_url: str) -> None:
        timeout = httpx.Timeout(2, pool=0.1)
        transport = DirectTransport(ssl.create_default_context())
        async with httpx.AsyncClient(transport=transport, timeout=timeout) as c:
            await asyncio.gather(c.get(base_url), c.get(base_url))

    def slow(connection: socket.socket) -> None:
        read_request(connection)
        time.sleep(0.5)
        connection.sendall(http_answer(200, b"{}"))
        read_request(connection)

    with socket_server(slow) as server, pytest.raises(httpx.PoolTimeout):
        asyncio.run(timed_out(server.base_url))


def test_a_proxy_from_the_environment_carries_the_requests(monkeypatch):
    """A school's proxy (``HTTP_PROXY``) still takes every request, on httpx's own transport
    (this one serves the servers reached directly)."""
    seen: list[bytes] = []

    def proxy(connection: socket.socket) -> None:
        while (head := read_request(connection)[0]) != b"":
            seen.append(head.split(b"\r\n", 1)[0])
            connection.sendall(http_answer(200, EMPTY_LIST))

    with socket_server(proxy) as server:
        monkeypatch.setenv("HTTP_PROXY", server.base_url)
        client = BadgesClient("http://badges.school.test", "token", retry=RetryPolicy(attempts=1))

        async def go() -> list[object]:
            async with client:
                return list(await client.list_badgeclasses())

        assert asyncio.run(go()) == []
    assert seen == [b"GET http://badges.school.test/v2/badgeclasses HTTP/1.1"]
