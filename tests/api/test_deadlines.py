"""Every request has a deadline for the whole exchange and every call a bound on its attempts;
the client tells a watcher what it waits for; the server's clock is read from its ``Date``."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from badgedesk.api.client import BadgesClient, RetryPolicy, watching
from badgedesk.api.errors import MalformedResponseError, NetworkError, RateLimitedError
from tests.api.sandbox_calls import api_requests, award_request
from tests.loopback_http import Answer, loopback_server

SHORT = {"deadline": 0.4, "patience": 1.0}


@pytest.mark.parametrize("fault", ["hang", "trickle"])
def test_an_idempotent_call_gives_up_within_its_patience(make_client, run, sandbox, sleeps, fault):
    """A trickling answer never trips httpx's read timeout (a byte comes every 0.05 s): only
    a deadline for the whole exchange ends it."""
    client = make_client(retry=RetryPolicy(sleep=sleeps, **SHORT))
    sandbox.faults.enqueue(fault, count=100, path_prefix="/v2/users/self", retry_after=0.05)
    sandbox.clear_requests()

    async def call() -> None:
        async with asyncio.timeout(5):
            await client.users_self()

    with pytest.raises(NetworkError) as caught:
        run(call())
    assert caught.value.after_ambiguous_attempt is True
    assert "no complete answer within 0.4 s" in (caught.value.detail or "")
    assert 2 <= len(api_requests(sandbox)) <= 3, "retried, but only within the patience"
    sandbox.faults.clear()


def test_a_page_whose_body_stops_coming_is_asked_again_only_within_the_patience(
    make_client, run, sandbox, sleeps
):
    """A page is read as it streams (its next page asked for from the headers): a body that
    trickles is cut off by the deadline and asked for again, but not after the patience."""
    client = make_client(retry=RetryPolicy(sleep=sleeps, **SHORT))
    badgeclass = next(iter(sandbox.state.badgeclasses))
    prefix = f"/v2/badgeclasses/{badgeclass}/assertions"
    sandbox.faults.enqueue("trickle", count=100, path_prefix=prefix, retry_after=0.05)
    sandbox.clear_requests()

    async def call() -> None:
        async with asyncio.timeout(5):
            await client.assertions_page("badgeclasses", badgeclass)

    with pytest.raises(NetworkError) as caught:
        run(call())
    assert caught.value.after_ambiguous_attempt is True
    assert 2 <= len(api_requests(sandbox)) <= 3, "asked again, but only within the patience"
    sandbox.faults.clear()


@pytest.mark.parametrize("fault", ["hang", "trickle"])
def test_an_award_that_may_have_reached_the_server_is_tried_once(
    make_client, run, sandbox, sleeps, fault
):
    client = make_client(retry=RetryPolicy(sleep=sleeps, **SHORT))
    badgeclass = run(client.list_badgeclasses())[0]
    sandbox.faults.enqueue(fault, count=100, path_prefix="/v2/badgeclasses/", retry_after=0.05)
    sandbox.clear_requests()
    with pytest.raises(NetworkError) as caught:
        run(client.award("badgeclasses", badgeclass.key, award_request("slow@example.org")))
    assert caught.value.after_ambiguous_attempt is True
    assert [r.method for r in api_requests(sandbox)] == ["POST"]
    assert sleeps.waits == []
    sandbox.faults.clear()


def test_a_wait_longer_than_the_client_takes_is_left_to_the_caller(client, run, sandbox, sleeps):
    sandbox.faults.enqueue("rate_limit", count=1, retry_after=31)
    with pytest.raises(RateLimitedError) as caught:
        run(client.users_self())
    assert caught.value.retry_after == 31
    assert sleeps.waits == []


class Watcher:
    def __init__(self) -> None:
        self.answers = 0
        self.waits: list[tuple[float, bool]] = []
        self.retries = 0

    def answered(self, status: int) -> None:
        self.answers += 1

    def waiting(self, seconds: float, server_asked: bool) -> None:
        self.waits.append((seconds, server_asked))

    async def retrying(self) -> None:
        self.retries += 1


def test_a_watcher_hears_every_answer_and_wait_of_its_context_only(client, run, sandbox):
    sandbox.faults.enqueue("rate_limit", count=1, retry_after=2)
    sandbox.faults.enqueue("error503", count=1, retry_after=0)
    sandbox.faults.enqueue("error500", count=1)
    watcher = Watcher()

    async def calls() -> None:
        with watching(watcher):
            await asyncio.ensure_future(client.users_self())  # a task inherits the watcher
        await client.users_self()

    run(calls())
    assert watcher.answers == 4
    assert watcher.waits[:2] == [(2.0, True), (0.0, True)]
    assert watcher.waits[2][1] is False, "a back-off after a 500 is not the server's request"
    assert watcher.retries == 3, "told before each try again, once it waited"


@pytest.mark.parametrize("skew", [timedelta(minutes=10), -timedelta(minutes=10), timedelta(0)])
def test_the_servers_clock_is_read_from_its_date_header(client, run, sandbox, skew):
    assert client.server_clock_offset is None
    sandbox.state.clock_offset = skew
    run(client.users_self())
    offset = client.server_clock_offset
    assert offset is not None
    assert skew.total_seconds() - 1.5 < offset <= skew.total_seconds()


def test_a_date_further_off_than_a_day_is_not_believed(run):
    answer = Answer(
        200,
        b'{"status": {"success": true}, "result": []}',
        "application/json",
        {"Date": "Fri, 31 Dec 9999 23:59:59 GMT"},
    )
    with loopback_server(answer) as server:
        client = BadgesClient(server.base_url, "t")
        run(client.list_issuers())
        run(client.aclose())
    assert client.server_clock_offset is None


def test_a_page_whose_next_link_is_itself_is_refused(run):
    answer = Answer(
        200,
        b'{"status": {"success": true}, "result": []}',
        "application/json",
        {"Link": '<{base}/v2/badgeclasses/b1/assertions?num=100>; rel="next"'},
    )
    with loopback_server(answer) as server:
        client = BadgesClient(server.base_url, "t")
        with pytest.raises(MalformedResponseError) as caught:
            run(client.assertions_page("badgeclasses", "b1"))
        run(client.aclose())
        assert len(server.seen) == 1
    assert caught.value.detail == "the next page is this page"
