"""BadgeDesk's own connections under httpx (``badgedesk.api.wire``): each request in one
write, answers read as they come, connections the server closed not used again, timeouts,
large bodies, and TLS."""

from __future__ import annotations

import asyncio
import json
import os
import socket
import ssl
import time
from asyncio.selector_events import _SelectorSocketTransport

import httpx
import pytest
import trustme

from badgedesk.api.client import BadgesClient, RetryPolicy
from badgedesk.api.errors import ApiError, NetworkError
from badgedesk.api.models import AwardRequest, Recipient
from badgedesk.api.wire import READ_AHEAD, AsyncioBackend
from tests.loopback_http import (
    EMPTY_LIST,
    Answer,
    answer_lists,
    closed_port_url,
    http_answer,
    loopback_server,
    read_request,
    socket_server,
    tls_context,
)

ONCE = RetryPolicy(attempts=1)
"""No second try: a request that failed on its connection shows."""


@pytest.mark.parametrize("flavor", ["parchment"])
def test_an_award_is_written_in_one_go_on_a_reused_connection(client, run, sandbox, monkeypatch):
    """Every request on the wire is one write (httpcore alone makes two: head, then body)."""
    writes: list[bytes] = []
    write = _SelectorSocketTransport.write
    server_port = int(sandbox.base_url.rsplit(":", 1)[1])

    def counted(self: _SelectorSocketTransport, data: bytes) -> None:
        if self.get_extra_info("peername")[1] == server_port:  # the client's, not the server's
            writes.append(bytes(data))
        write(self, data)

    monkeypatch.setattr(_SelectorSocketTransport, "write", counted)
    badgeclass = run(client.list_badgeclasses())[0]
    for number in range(3):
        request = AwardRequest(recipient=Recipient(identity=f"one-write{number}@example.org"))
        run(client.award("badgeclasses", badgeclass.key, request))
    assert len(writes) == 4  # the list, then three awards: one write each
    for award in writes[1:]:
        head, body = award.split(b"\r\n\r\n", 1)
        assert head.startswith(b"POST ")
        assert body.startswith(b"{")


def test_an_answer_sent_before_the_request_was_read_is_still_read(run):
    """A server may refuse a body it will not take (413) as soon as it has read the head, and
    close: that answer is what the call reports, not a broken connection."""
    refusal = json.dumps({"status": {"success": False, "description": "too large"}}).encode()

    def refuse_early(connection: socket.socket) -> None:
        read_request(connection, with_body=False)
        connection.sendall(http_answer(413, refusal, close=True))
        connection.shutdown(socket.SHUT_WR)
        time.sleep(0.5)  # unread, the body is then reset: after the answer was read

    with socket_server(refuse_early) as server:
        client = BadgesClient(server.base_url, "token", retry=ONCE)
        big = AwardRequest(recipient=Recipient(identity="a@example.org"), narrative="x" * 3_000_000)
        with pytest.raises(ApiError) as caught:
            run(client.award("badgeclasses", "b1", big))
        run(client.aclose())
    assert caught.value.status_code == 413


def test_a_connection_the_server_closed_while_idle_is_not_used_again(run):
    """A server may close a kept-alive connection whenever it is idle; the next request goes
    on a new one instead of failing (an award would not be tried again)."""

    def answer_once_then_close(connection: socket.socket) -> None:
        read_request(connection)
        connection.sendall(http_answer(200, EMPTY_LIST))  # kept alive, as far as it says

    with socket_server(answer_once_then_close) as server:
        client = BadgesClient(server.base_url, "token", retry=ONCE)

        async def twice() -> None:
            await client.list_badgeclasses()
            await asyncio.sleep(0.3)  # the server has closed it by then
            await client.list_badgeclasses()

        run(twice())
        run(client.aclose())
    assert server.connections == 2


def test_a_server_that_never_answers_meets_the_read_timeout(run):
    def never_answer(connection: socket.socket) -> None:
        read_request(connection)
        time.sleep(1)

    with socket_server(never_answer) as server:
        client = BadgesClient(server.base_url, "token", retry=ONCE, timeout=httpx.Timeout(0.2))
        with pytest.raises(NetworkError) as caught:
            run(client.list_badgeclasses())
        run(client.aclose())
    assert "ReadTimeout" in (caught.value.detail or "")


def test_a_refused_connection_is_a_network_error_of_a_request_never_sent(run):
    client = BadgesClient(closed_port_url(), "token", retry=ONCE)
    with pytest.raises(NetworkError) as caught:
        run(client.list_badgeclasses())
    run(client.aclose())
    assert "ConnectError" in (caught.value.detail or "")
    assert caught.value.after_ambiguous_attempt is False


@pytest.mark.parametrize("secure", [False, True], ids=["plain", "tls"])
def test_a_reader_slower_than_the_network_holds_no_more_than_the_read_ahead(run, authority, secure):
    """The connection stops reading the socket while more than ``READ_AHEAD`` bytes wait to
    be read, and starts again as they are: a slow reader of a large answer holds a bounded
    part of it, and gets it all."""
    answer = os.urandom(32 * READ_AHEAD)

    def send_at_once(connection: socket.socket) -> None:
        connection.sendall(answer)

    async def read_slowly(port: int) -> tuple[int, bytes]:
        stream = await AsyncioBackend().connect_tcp("127.0.0.1", port, timeout=5)
        if secure:
            client_side = ssl.create_default_context()
            authority.configure_trust(client_side)
            stream = await stream.start_tls(client_side, server_hostname="127.0.0.1", timeout=5)
        await asyncio.sleep(0.3)  # the whole answer could have arrived by now
        waiting = len(stream._connection.received)  # type: ignore[attr-defined]
        read = bytearray()
        while len(read) < len(answer):
            read += await stream.read(65536, timeout=5)
        await stream.aclose()
        return waiting, bytes(read)

    with socket_server(send_at_once, tls=tls_context(authority) if secure else None) as server:
        waiting, read = run(read_slowly(server.port))
    assert read == answer
    assert READ_AHEAD < waiting <= 4 * READ_AHEAD


def test_a_download_larger_than_the_read_ahead_arrives_whole(run):
    """The connection stops reading the socket while more than ``READ_AHEAD`` bytes wait to
    be read, and starts again as they are."""
    image = os.urandom(8 * READ_AHEAD)
    with loopback_server(Answer(200, image, content_type="image/png")) as server:
        client = BadgesClient(server.base_url, "token")
        assert run(client.download(f"{server.base_url}/big.png")) == image
        run(client.aclose())


def test_closing_drops_what_was_never_sent(run):
    received: list[bytes] = []

    def listen(connection: socket.socket) -> None:
        received.append(connection.recv(1024))

    async def write_then_close(port: int) -> None:
        stream = await AsyncioBackend().connect_tcp("127.0.0.1", port)
        await stream.write(b"GET / HTTP/1.1\r\n\r\n")
        await stream.aclose()

    with socket_server(listen) as server:
        run(write_then_close(server.port))
        deadline = time.monotonic() + 5
        while not received and time.monotonic() < deadline:
            time.sleep(0.01)
    assert received == [b""]


def test_a_secure_server_is_reached_when_its_authority_is_trusted(run, authority):
    with socket_server(answer_lists, tls=tls_context(authority)) as server:
        client = BadgesClient(server.base_url, "token", retry=ONCE)
        assert run(client.list_badgeclasses()) == []
        assert run(client.list_badgeclasses()) == []
        run(client.aclose())
    assert server.connections == 1


def test_a_secure_server_with_a_certificate_from_elsewhere_is_refused(run, authority):
    with socket_server(answer_lists, tls=tls_context(trustme.CA())) as server:
        client = BadgesClient(server.base_url, "token", retry=ONCE)
        with pytest.raises(NetworkError) as caught:
            run(client.list_badgeclasses())
        run(client.aclose())
    assert "certificate verify failed" in (caught.value.detail or "")
