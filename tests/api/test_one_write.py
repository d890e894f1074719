"""A request leaves in one write, its head and body together (``badgedesk.api.wire``)."""

# The fake stream keeps httpcore's interface, timeout parameters included.
# ruff: noqa: ASYNC109

from __future__ import annotations

import httpcore
import pytest
from httpcore._backends.anyio import AnyIOStream

from badgedesk.api.models import AwardRequest, Recipient
from badgedesk.api.wire import _OneWriteStream


class RecordingStream(httpcore.AsyncNetworkStream):
    """What a connection was asked to do, in order; its writes may fail."""

    def __init__(self, fail_writes: bool = False) -> None:
        self.calls: list[tuple[str, bytes | float | None]] = []
        self.fail_writes = fail_writes

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.calls.append(("write", buffer))
        self.calls.append(("write timeout", timeout))
        if self.fail_writes:
            raise httpcore.WriteError("the server closed the connection")

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        self.calls.append(("read", timeout))
        return b"HTTP/1.1 413 Content Too Large\r\n"

    async def aclose(self) -> None:
        self.calls.append(("close", None))


@pytest.mark.parametrize("flavor", ["parchment"])
def test_an_award_is_written_in_one_go_on_a_reused_connection(client, run, sandbox, monkeypatch):
    """Every request on the wire is one write (httpcore alone makes two: head, then body)."""
    writes: list[bytes] = []
    write = AnyIOStream.write

    async def counted(self: AnyIOStream, buffer: bytes, timeout: float | None = None) -> None:
        writes.append(buffer)
        await write(self, buffer, timeout)

    monkeypatch.setattr(AnyIOStream, "write", counted)
    badgeclass = run(client.list_badgeclasses())[0]
    for number in range(3):
        request = AwardRequest(recipient=Recipient(identity=f"one-write{number}@example.org"))
        run(client.award("badgeclasses", badgeclass.key, request))
    assert len(writes) == 4  # the list, then three awards: one write each
    for award in writes[1:]:
        head, body = award.split(b"\r\n\r\n", 1)
        assert head.startswith(b"POST ")
        assert body.startswith(b"{")


def test_what_is_written_waits_for_the_next_read_and_goes_at_once(run):
    inner = RecordingStream()
    stream = _OneWriteStream(inner)
    run(stream.write(b"POST / HTTP/1.1\r\n\r\n", timeout=5.0))
    run(stream.write(b'{"a": 1}', timeout=5.0))
    assert inner.calls == []
    run(stream.read(1024, timeout=9.0))
    assert inner.calls == [
        ("write", b'POST / HTTP/1.1\r\n\r\n{"a": 1}'),
        ("write timeout", 5.0),
        ("read", 9.0),
    ]
    run(stream.read(1024, timeout=9.0))  # nothing held: nothing written
    assert inner.calls[-2:] == [("read", 9.0), ("read", 9.0)]


def test_a_failed_write_still_reads_the_answer_sent_before_the_close(run):
    """As httpcore does: a server may answer (413, say) and close before reading a body."""
    inner = RecordingStream(fail_writes=True)
    stream = _OneWriteStream(inner)
    run(stream.write(b"PUT / HTTP/1.1\r\n\r\n" + b"x" * 100))
    assert run(stream.read(1024)).startswith(b"HTTP/1.1 413")


def test_closing_drops_what_was_never_sent(run):
    inner = RecordingStream()
    stream = _OneWriteStream(inner)
    run(stream.write(b"GET / HTTP/1.1\r\n\r\n"))
    run(stream.aclose())
    assert inner.calls == [("close", None)]
