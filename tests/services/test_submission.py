"""Submitting draft batches against a real sandbox: every row accounted for, none awarded twice,
whatever the network or the server does."""

from __future__ import annotations

import asyncio
import gc
import json
from collections import Counter
from datetime import UTC, date, datetime, timedelta

import pytest

from badgedesk.api.client import BadgesClient, RetryPolicy
from badgedesk.auth import OAuthClient, RefreshingTokenProvider, TokenSet
from badgedesk.core.batches import BatchDefaults, RowFields
from badgedesk.core.states import RowState
from badgedesk.sandbox import ALL_SCOPES, SandboxServer
from badgedesk.services.outbox import (
    Hold,
    OutagePolicy,
    Stop,
    SubmissionProgress,
    SubmissionRefused,
)
from badgedesk.services.submission import BatchSubmission
from badgedesk.store.thread import StoreThread
from tests.oauth_flow import oauth_config
from tests.services.award_batches import (
    FAST_HOLDS,
    assert_each_awarded_once,
    awards_on_server,
    badgeclass_of,
    make_batch,
)
from tests.ui.waiting import wait_for


def submission(
    drafts: StoreThread, client: BadgesClient | None, batch_id: int, **kwargs: object
) -> BatchSubmission:
    kwargs.setdefault("outage", FAST_HOLDS)
    return BatchSubmission(
        drafts,
        lambda: client,
        lambda: ("sandbox", "Demo User"),
        batch_id,
        **kwargs,  # type: ignore[arg-type]
    )


def test_a_batch_is_awarded_with_audit_entries(drafts, sandbox, client, runner, db_path):
    batch_id = make_batch(
        drafts,
        sandbox,
        30,
        defaults=BatchDefaults(
            narrative="Mentored a first-year group", evidence_url="https://e.x/1"
        ),
    )
    seen: list[SubmissionProgress] = []
    result = runner.run(
        submission(drafts, client, batch_id, concurrency=4).run(
            on_progress=lambda p: seen.append(
                SubmissionProgress(total=p.total, succeeded=p.succeeded, failed=p.failed)
            )
        )
    )
    assert (result.total, result.succeeded, result.failed, result.stopped) == (30, 30, 0, None)
    assert result.finished
    assert result.seconds_left == 0
    assert seen[-1].succeeded == 30
    assert len(seen) >= 30
    assert_each_awarded_once(drafts, sandbox, batch_id)
    record = next(
        a for a in sandbox.state.assertions.values() if a.identity == "learner0000@school.test"
    )
    assert record.narrative == "Mentored a first-year group"
    assert [e["url"] for e in record.evidence] == ["https://e.x/1"]
    audit = drafts.call(lambda s: s.audit.entries())
    assert Counter((e.operation, e.outcome) for e in audit) == {("award", "ok"): 30}
    assert all(e.user == "Demo User" and e.profile == "sandbox" for e in audit)


BADGECLASS_KEYS = {"badgeclass", "badgeclassName", "badgeclassOpenBadgeId"}


def test_a_batch_never_names_its_badge_class_in_the_body(drafts, sandbox, client, runner):
    """The real server refuses a badge-class-scoped award whose body names the badge class
    too ("Multiple badge class identifiers"): every row of every batch failed there."""
    defaults = BatchDefaults(narrative="Batch award", evidence_url="https://e.x/batch")
    batch_id = make_batch(drafts, sandbox, 5, defaults=defaults)
    sandbox.clear_requests()
    result = runner.run(submission(drafts, client, batch_id).run())
    assert (result.succeeded, result.failed) == (5, 0)
    path = f"/v2/badgeclasses/{badgeclass_of(sandbox).entity_id}/assertions"
    bodies = [json.loads(r.body) for r in sandbox.requests if r.method == "POST"]
    assert [r.path for r in sandbox.requests if r.method == "POST"] == [path] * 5
    for body in bodies:
        assert not BADGECLASS_KEYS & body.keys(), body
        assert body["narrative"] == "Batch award"
        assert body["allowDuplicateAwards"] is False
    assert_each_awarded_once(drafts, sandbox, batch_id)


class InFlight:
    """Counts the awards in flight through ``client``, and the most at once."""

    def __init__(self, client: BadgesClient) -> None:
        self.now = self.most = 0
        real_award = client.award

        async def counting_award(*args, **kwargs):
            self.now += 1
            self.most = max(self.most, self.now)
            try:
                return await real_award(*args, **kwargs)
            finally:
                self.now -= 1

        client.award = counting_award  # type: ignore[method-assign]


def test_concurrency_is_bounded(drafts, sandbox, client, runner):
    sandbox.faults.latency_ms = 30
    batch_id = make_batch(drafts, sandbox, 24)
    in_flight = InFlight(client)
    runner.run(submission(drafts, client, batch_id, concurrency=3).run())
    assert in_flight.most == 3
    assert_each_awarded_once(drafts, sandbox, batch_id)


@pytest.mark.parametrize("busy", [None, "rate_limit", "error503"])
def test_the_pace_rises_to_the_ceiling_and_halves_when_the_server_is_busy(
    drafts, sandbox, client, runner, busy
):
    """Fast answers take the awards in flight up to "Requests at once"; a 429 or 503 halves
    them, and they then grow by one a second at most (the batch is over before that).

    At 100 ms of latency, forty rows. Each row is marked sending in the store before it
    leaves: under coverage, on a slow machine, that took long enough that at 20 ms only 5 to 7
    awards were ever out together though the bound was 8 (three CI runs). And from 4 to 8
    takes four fast answers, an answer slower than twice the quickest not counting: with 20
    rows, they could run out first (1 run of 6 under coverage, before this stop's changes).
    """
    sandbox.faults.latency_ms = 100
    if busy:
        sandbox.faults.enqueue(busy, path_prefix="/v2/badgeclasses/", retry_after=0)
    batch_id = make_batch(drafts, sandbox, 40)
    in_flight = InFlight(client)
    run = submission(drafts, client, batch_id, concurrency=8)
    result = runner.run(run.run())
    assert result.succeeded == 40
    assert_each_awarded_once(drafts, sandbox, batch_id)
    if busy:
        assert run.pace.decreases == 1
        assert in_flight.most < 8
    else:
        assert run.pace.decreases == 0
        assert in_flight.most == run.pace.limit == 8


def test_a_row_waiting_out_a_retry_after_lets_the_next_row_go_meanwhile(
    drafts, sandbox, client, runner
):
    """A request waiting out the server's ``Retry-After`` is not at the server: at one request
    at once, the next row is awarded meanwhile, and the refused row after its wait. Holding
    its share through the wait, a refused request stalled every other row with it."""
    sandbox.faults.enqueue("rate_limit", path_prefix="/v2/badgeclasses/", method="POST")
    batch_id = make_batch(drafts, sandbox, 2)
    sandbox.clear_requests()
    run = submission(drafts, client, batch_id, concurrency=1)
    result = runner.run(run.run())
    assert result.succeeded == 2
    assert_each_awarded_once(drafts, sandbox, batch_id)
    posts = [
        (json.loads(r.body)["recipient"]["identity"], r.status)
        for r in sandbox.requests
        if r.method == "POST"
    ]
    assert posts == [
        ("learner0000@school.test", 429),
        ("learner0001@school.test", 201),
        ("learner0000@school.test", 201),
    ]


def test_on_a_throttling_server_every_row_is_awarded_once(drafts, sandbox, client, runner):
    """The sandbox lets 10 requests a second through and refuses the rest until the oldest
    leave the last second's window, saying ``Retry-After: 1``: requests wait out their
    refusals while others take their places, and one request at a time asks while the server
    refuses them all. Every row is awarded once."""
    sandbox.faults.latency_ms = 20
    sandbox.faults.throttle = 10
    batch_id = make_batch(drafts, sandbox, 30)
    sandbox.clear_requests()
    run = submission(drafts, client, batch_id, concurrency=8)
    result = runner.run(run.run())
    assert (result.succeeded, result.failed, result.stopped) == (30, 0, None)
    assert_each_awarded_once(drafts, sandbox, batch_id)
    statuses = Counter(r.status for r in sandbox.requests if r.method == "POST")
    assert statuses[201] == 30
    assert statuses[429] > 0, "the server did refuse some"
    assert run.pace.decreases >= 1


def test_rows_left_sending_are_reconciled_before_anything_is_sent(drafts, sandbox, client, runner):
    batch_id = make_batch(drafts, sandbox, 4)
    rows = drafts.call(lambda s: s.drafts.rows(batch_id))
    # Row 0 reached the server before the "crash"; row 1 never left.
    for row in rows[:2]:
        drafts.call(lambda s, row_id=row.id: s.drafts.mark_sending(row_id))
    request_body = {"recipient": {"identity": rows[0].fields.identity, "type": "email"}}
    with httpx_client(sandbox, client) as http:
        made = http.post(
            f"/v2/badgeclasses/{badgeclass_of(sandbox).entity_id}/assertions", json=request_body
        )
        assert made.status_code == 201
    sandbox.clear_requests()
    result = runner.run(submission(drafts, client, batch_id).run())
    assert result.succeeded == 4
    assert_each_awarded_once(drafts, sandbox, batch_id)
    methods = [(r.method, r.path.rsplit("/", 1)[-1]) for r in sandbox.requests]
    gets = [i for i, (m, _) in enumerate(methods) if m == "GET"]
    posts = [i for i, (m, _) in enumerate(methods) if m == "POST"]
    assert len(gets) == 2
    assert len(posts) == 3
    assert max(gets) < min(posts), "reconciliation comes before any award is sent"
    audit = drafts.call(lambda s: s.audit.entries())
    assert Counter(e.operation for e in audit) == {"award": 3, "award (reconciled)": 1}


def httpx_client(sandbox: SandboxServer, client: BadgesClient):
    import httpx

    token = sandbox.mint_token(scope=ALL_SCOPES).access_token
    return httpx.Client(base_url=sandbox.base_url, headers={"Authorization": f"Bearer {token}"})


@pytest.mark.parametrize("fault", ["lost_answer", "drop", "error500", "error503", "rate_limit"])
def test_each_fault_kind_leaves_every_row_awarded_once(drafts, sandbox, client, runner, fault):
    batch_id = make_batch(drafts, sandbox, 12)
    sandbox.faults.enqueue(fault, count=5, path_prefix="/v2/badgeclasses/", retry_after=0.01)
    result = runner.run(submission(drafts, client, batch_id, concurrency=4).run())
    assert (result.succeeded, result.failed, result.stopped) == (12, 0, None)
    assert_each_awarded_once(drafts, sandbox, batch_id)
    outcomes = Counter(e.outcome for e in drafts.call(lambda s: s.audit.entries()))
    assert outcomes["ok"] == 12
    if fault in ("lost_answer", "drop", "error500", "error503"):
        assert outcomes["unknown"] >= 1, "an answer that never came is logged as unknown"


def test_random_faults_at_a_high_rate(drafts, sandbox, client, runner):
    sandbox.faults.fault_rate = 0.3
    batch_id = make_batch(drafts, sandbox, 60)
    result = runner.run(
        submission(
            drafts, client, batch_id, concurrency=6, outage=OutagePolicy(wait=0.01, strikes=10)
        ).run()
    )
    assert (result.succeeded, result.failed, result.stopped) == (60, 0, None)
    assert_each_awarded_once(drafts, sandbox, batch_id)


def test_a_recipient_who_already_holds_the_badge_is_held_not_awarded(
    drafts, sandbox, client, runner
):
    """Duplicates off: the server refuses the second award; the row says which award the
    recipient already held, and when it was made, instead of failing or claiming it."""
    batch_id = make_batch(drafts, sandbox, 3)
    holder = drafts.call(lambda s: s.drafts.rows(batch_id))[1].fields.identity
    with httpx_client(sandbox, client) as http:
        earlier = http.post(
            f"/v2/badgeclasses/{badgeclass_of(sandbox).entity_id}/assertions",
            json={"recipient": {"identity": holder, "type": "email"}},
        )
        earlier.raise_for_status()
    earlier_id = earlier.json()["result"][0]["entityId"]
    result = runner.run(submission(drafts, client, batch_id).run())
    assert (result.succeeded, result.skipped, result.failed) == (2, 1, 0)
    [held] = drafts.call(lambda s: s.drafts.rows(batch_id, (RowState.HELD,)))
    assert (held.fields.identity, held.entity_id) == (holder, earlier_id)
    assert held.held_since is not None
    assert drafts.call(lambda s: s.drafts.counts(batch_id)).state == "done"
    audit = drafts.call(lambda s: s.audit.entries())
    assert Counter(e.outcome for e in audit) == {"ok": 2, "already held": 1}
    [entry] = [e for e in audit if e.outcome == "already held"]
    assert earlier_id in entry.detail
    assert "A previous award" in entry.detail


def test_an_expired_award_is_not_held_and_the_live_one_is_named(drafts, sandbox, client, runner):
    """Only a live award (neither revoked nor expired) stands in a row's way, as the server's
    duplicate check counts them: a recipient whose award has lapsed is awarded again, even
    when the row's answer was lost; a refused row names the live award, not a lapsed one."""
    batch_id = make_batch(drafts, sandbox, 2)
    lapsed_only, both = [
        row.fields.identity for row in drafts.call(lambda s: s.drafts.rows(batch_id))
    ]
    path = f"/v2/badgeclasses/{badgeclass_of(sandbox).entity_id}/assertions"
    lapsed = {"issuedOn": "2020-01-01T00:00:00Z", "expires": "2021-01-01T00:00:00Z"}
    with httpx_client(sandbox, client) as http:
        for identity in (lapsed_only, both):
            http.post(path, json={"recipient": {"identity": identity}, **lapsed}).raise_for_status()
        live = http.post(path, json={"recipient": {"identity": both}})
        live.raise_for_status()
    for record in sandbox.state.assertions.values():  # made long before this batch
        if record.identity in (lapsed_only, both):
            record.created_at -= timedelta(days=30)
    # The first row's answer was lost before it reached the server.
    first = drafts.call(lambda s: s.drafts.rows(batch_id))[0]
    drafts.call(lambda s: s.drafts.mark_sending(first.id))
    result = runner.run(submission(drafts, client, batch_id).run())
    assert (result.succeeded, result.skipped, result.failed) == (1, 1, 0)
    awarded, held = drafts.call(lambda s: s.drafts.rows(batch_id))
    assert awarded.state == RowState.AWARDED
    assert (
        awards_on_server(sandbox, badgeclass_of(sandbox).entity_id, lapsed_only)[lapsed_only] == 2
    )
    assert (held.state, held.entity_id) == (RowState.HELD, live.json()["result"][0]["entityId"])


def test_a_back_dated_row_whose_answer_was_lost_finds_its_own_expired_award(
    drafts, sandbox, client, runner
):
    """An award made already expired (a past course) is still this row's own."""
    batch_id = make_batch(drafts, sandbox, 1)
    [row] = drafts.call(lambda s: s.drafts.rows(batch_id))
    past = RowFields(row.fields.identity, issued_on=date(2020, 1, 1), expires=date(2021, 1, 1))
    drafts.call(lambda s: s.drafts.update_row(row.id, past))
    sandbox.faults.enqueue("lost_answer", count=1, path_prefix="/v2/badgeclasses/")
    result = runner.run(submission(drafts, client, batch_id).run())
    assert (result.succeeded, result.failed) == (1, 0)
    assert_each_awarded_once(drafts, sandbox, batch_id)
    [awarded] = [a for a in sandbox.state.assertions.values() if a.identity == past.identity]
    assert awarded.expires is not None
    assert awarded.expires.year == 2021


def test_refusals_fail_their_rows_with_the_servers_reason(drafts, sandbox, client, runner):
    batch_id = make_batch(drafts, sandbox, 3)
    badgeclass = badgeclass_of(sandbox).entity_id
    with sandbox.state.lock:
        del sandbox.state.badgeclasses[badgeclass]
    result = runner.run(submission(drafts, client, batch_id).run())
    assert (result.succeeded, result.failed) == (0, 3)
    failed = drafts.call(lambda s: s.drafts.rows(batch_id, (RowState.FAILED,)))
    assert len(failed) == 3
    assert all(row.error and not row.retriable for row in failed)
    audit = drafts.call(lambda s: s.audit.entries())
    assert Counter(e.outcome for e in audit) == {"failed": 3}


def test_a_server_that_keeps_asking_to_wait_holds_the_run_and_keeps_every_row(
    drafts, sandbox, client, runner
):
    batch_id = make_batch(drafts, sandbox, 2)
    target = drafts.call(lambda s: s.drafts.rows(batch_id))[0]
    sandbox.faults.enqueue("rate_limit", count=1000, path_prefix="/v2/badgeclasses/", retry_after=0)
    holds: list[Hold] = []

    def on_progress(progress: SubmissionProgress) -> None:
        if progress.waiting is not None:
            holds.append(progress.waiting.reason)

    result = runner.run(
        submission(
            drafts, client, batch_id, outage=OutagePolicy(wait=0.01, holds=2), concurrency=1
        ).run(on_progress=on_progress)
    )
    assert (result.succeeded, result.failed, result.stopped) == (0, 0, Stop.OFFLINE)
    assert set(holds) == {Hold.SERVER_ASKED}
    rows = drafts.call(lambda s: s.drafts.rows(batch_id))
    assert all(row.state == RowState.PENDING for row in rows)
    assert "slow down" in rows[0].error
    sandbox.faults.clear()
    again = runner.run(submission(drafts, client, batch_id).run(retry_rows=[target.id]))
    assert (again.total, again.succeeded) == (2, 2)
    assert_each_awarded_once(drafts, sandbox, batch_id)


def test_pause_resume_and_cancel(drafts, sandbox, client, runner):
    sandbox.faults.latency_ms = 20
    batch_id = make_batch(drafts, sandbox, 40)
    run = submission(drafts, client, batch_id, concurrency=2)

    async def drive() -> tuple[int, int, SubmissionProgress]:
        target = {"awarded": 6}
        reached = asyncio.Event()

        def on_progress(progress: SubmissionProgress) -> None:
            if progress.succeeded >= target["awarded"]:
                reached.set()

        task = asyncio.ensure_future(run.run(on_progress=on_progress))
        await reached.wait()
        run.pause()
        await asyncio.sleep(0.1)  # requests in flight finish
        paused_at = run.progress.succeeded
        await asyncio.sleep(0.3)
        still = run.progress.succeeded
        reached.clear()
        target["awarded"] = paused_at + 6
        run.resume()
        await reached.wait()
        run.cancel()
        return paused_at, still, await task

    paused_at, still, result = runner.run(drive())
    assert paused_at == still, "nothing is sent while paused"
    assert result.stopped is Stop.CANCELLED
    assert result.finished
    rows = drafts.call(lambda s: s.drafts.rows(batch_id))
    awarded = [row for row in rows if row.state == RowState.AWARDED]
    assert len(awarded) == result.succeeded < 40
    assert {row.state for row in rows} <= {RowState.AWARDED, RowState.PENDING, RowState.SENDING}
    assert len([row for row in rows if row.state == RowState.SENDING]) == result.in_doubt <= 2, (
        "a request abandoned in flight stays sending, to be checked first"
    )
    rest = runner.run(submission(drafts, client, batch_id).run())
    assert rest.total == 40 - len(awarded)
    assert_each_awarded_once(drafts, sandbox, batch_id)


def test_a_run_cancelled_as_its_request_fails_reads_the_failure(drafts, sandbox, client, runner):
    """The run's task cancelled in the very turn its request failed (as when the app closes the
    client under a run at quit): the failure is read and dropped with the run, not left for the
    garbage collector to report as "Task exception was never retrieved". A failed test of this
    file once left such a task, and its report, made from inside ``ast.parse`` of another test,
    broke that test (CPython 3.11's AST recursion counter)."""
    batch_id = make_batch(drafts, sandbox, 1)
    reports: list[dict[str, object]] = []
    runner.get_loop().set_exception_handler(lambda _loop, context: reports.append(context))

    class ClosedUnderTheRun:
        def __getattr__(self, name: str) -> object:
            return getattr(client, name)

        async def award(self, *_args: object) -> None:
            running.cancel()
            raise RuntimeError("Cannot send a request, as the client has been closed.")

    closed = ClosedUnderTheRun()
    run = BatchSubmission(
        drafts, lambda: closed, lambda: ("sandbox", "Demo User"), batch_id, outage=FAST_HOLDS
    )

    async def drive() -> None:
        nonlocal running
        running = asyncio.ensure_future(run.run())
        with pytest.raises(asyncio.CancelledError):
            await running

    running: asyncio.Future[SubmissionProgress]
    runner.run(drive())
    gc.collect()
    assert [c["message"] for c in reports] == []


@pytest.mark.parametrize("how", ["pause", "cancel"])
def test_a_row_marked_while_it_waits_for_a_slot_goes_back_when_it_may_not_leave(
    drafts, sandbox, client, runner, how
):
    """The next row is marked ``sending`` before the one request allowed is answered (so the
    mark costs the request no time). Paused or cancelled before a slot frees, it never left:
    it goes back to pending as it was, not in doubt, and is never looked for on the server.
    The second row's mark may be made in the store before the first request has left (the
    store makes the two marks one after the other): the pause or cancel waits for the first
    request to be in flight, with the second row still marked and the first not answered."""
    sandbox.faults.latency_ms = 500
    batch_id = make_batch(drafts, sandbox, 3)
    first, second, _third = drafts.call(lambda s: s.drafts.rows(batch_id))
    run = submission(drafts, client, batch_id, concurrency=1)

    def second_state() -> RowState:
        return drafts.call(lambda s: s.drafts.row(second.id)).state

    async def drive() -> tuple[RowState, SubmissionProgress]:
        task = asyncio.ensure_future(run.run())
        await wait_for(lambda: second_state() == RowState.SENDING)
        await wait_for(lambda: run.progress.in_flight == 1)
        assert run.progress.succeeded == 0, "marked before the first was answered"
        assert second_state() == RowState.SENDING, "still waiting for the slot"
        run.pause() if how == "pause" else run.cancel()
        if how == "pause":
            await wait_for(lambda: run.progress.succeeded >= 1)
            await asyncio.sleep(0.05)
            assert drafts.call(lambda s: s.drafts.row(second.id)) == second, "as it was"
            run.resume()
        return drafts.call(lambda s: s.drafts.row(first.id)).state, await task

    first_state, result = runner.run(drive())
    posts = [r for r in sandbox.requests if r.method == "POST" and r.path.endswith("/assertions")]
    lookups = [r for r in sandbox.requests if "recipient=" in r.query]
    if how == "pause":
        assert result.succeeded == 3
        assert len(posts) == 3
        assert not lookups
        assert_each_awarded_once(drafts, sandbox, batch_id)
        return
    assert result.stopped is Stop.CANCELLED
    assert first_state == RowState.SENDING, "abandoned in flight"
    assert result.in_doubt == 1
    assert drafts.call(lambda s: s.drafts.row(second.id)) == second, "never left: as it was"
    sandbox.clear_requests()
    rest = runner.run(submission(drafts, client, batch_id).run())
    assert rest.succeeded + rest.skipped == 3
    lookups = [r for r in sandbox.requests if "recipient=" in r.query]
    assert len(lookups) == 1, "only the row abandoned in flight is looked for"
    assert_each_awarded_once(drafts, sandbox, batch_id)


def test_offline_stops_and_keeps_every_row(drafts, sandbox, runner, db_path):
    batch_id = make_batch(drafts, sandbox, 5)
    sandbox_url = sandbox.base_url
    sandbox.stop()
    client = BadgesClient(sandbox_url, "token", retry=RetryPolicy(base_delay=0.01, max_delay=0.02))
    try:
        result = runner.run(submission(drafts, client, batch_id).run())
    finally:
        runner.run(client.aclose())
    assert result.stopped is Stop.OFFLINE
    assert result.succeeded == result.failed == 0
    assert {row.state for row in drafts.call(lambda s: s.drafts.rows(batch_id))} == {
        RowState.PENDING
    }


def test_a_lost_answer_while_going_offline_stays_sending_for_the_next_run(
    drafts, sandbox, client, runner
):
    batch_id = make_batch(drafts, sandbox, 1)
    sandbox.faults.enqueue("lost_answer", path_prefix="/v2/badgeclasses/")
    # The reconciliation GET (and all its retries) cannot reach the server either.
    sandbox.faults.enqueue("drop", count=1000, path_prefix="/v2/badgeclasses/")
    result = runner.run(submission(drafts, client, batch_id).run())
    assert result.stopped is Stop.OFFLINE
    [row] = drafts.call(lambda s: s.drafts.rows(batch_id))
    assert row.state == RowState.SENDING, "nobody knows whether it landed, so it is not resent yet"
    sandbox.faults.clear()
    again = runner.run(submission(drafts, client, batch_id).run())
    assert again.succeeded == 1
    assert_each_awarded_once(drafts, sandbox, batch_id)


def test_token_refresh_mid_batch_is_invisible(drafts, sandbox, runner):
    pair = sandbox.mint_token(scope=ALL_SCOPES)
    tokens = TokenSet(
        access_token=pair.access_token,
        refresh_token=pair.refresh_token,
        expires_at=datetime.now(UTC) + timedelta(hours=1),
        scope=pair.scope,
    )
    oauth = OAuthClient(oauth_config(sandbox.base_url))
    client = BadgesClient(sandbox.base_url, RefreshingTokenProvider(oauth, tokens))
    batch_id = make_batch(drafts, sandbox, 20)
    expired = False

    def on_row(row) -> None:
        nonlocal expired
        if row.state == RowState.AWARDED and not expired:
            expired = True
            sandbox.expire_access_tokens()

    try:
        result = runner.run(submission(drafts, client, batch_id).run(on_row=on_row))
    finally:
        runner.run(client.aclose())
        runner.run(oauth.aclose())
    assert (result.succeeded, result.stopped) == (20, None)
    assert len([r for r in sandbox.requests if r.path == "/o/token"]) == 1
    assert_each_awarded_once(drafts, sandbox, batch_id)


def test_nothing_is_sent_while_rows_need_fixing(drafts, sandbox, client, runner):
    batch_id = make_batch(drafts, sandbox, 2)
    drafts.call(lambda s: s.drafts.add_rows(batch_id, [RowFields(identity="not an email")]))
    sandbox.clear_requests()
    with pytest.raises(SubmissionRefused, match="1 row"):
        runner.run(submission(drafts, client, batch_id).run())
    assert sandbox.requests == []
    with pytest.raises(SubmissionRefused, match="Sign in"):
        runner.run(submission(drafts, None, batch_id).run())


def test_duplicate_awards_allowed_reconcile_only_matches_awards_made_since_sending(
    drafts, sandbox, client, runner
):
    identity = "learner0000@school.test"
    with httpx_client(sandbox, client) as http:
        http.post(
            f"/v2/badgeclasses/{badgeclass_of(sandbox).entity_id}/assertions",
            json={"recipient": {"identity": identity, "type": "email"}},
        ).raise_for_status()
    # An award made long ago must not be taken for this batch's.
    for record in sandbox.state.assertions.values():
        if record.identity == identity:
            record.created_at -= timedelta(days=30)
    batch_id = make_batch(drafts, sandbox, 1, defaults=BatchDefaults(allow_duplicate_awards=True))
    [row] = drafts.call(lambda s: s.drafts.rows(batch_id))
    drafts.call(lambda s: s.drafts.mark_sending(row.id))
    result = runner.run(submission(drafts, client, batch_id).run())
    assert result.succeeded == 1
    assert awards_on_server(sandbox, badgeclass_of(sandbox).entity_id, "learner")[identity] == 2


def test_bad_defaults_are_found_and_nothing_is_sent(drafts, sandbox, client, runner):
    from badgedesk.services.batch_rows import defaults_problems
    from badgedesk.services.validation import Problem

    today = datetime.now(UTC).date()
    wrong = BatchDefaults(
        evidence_url="ftp://files.example.org/x",
        issued_on=today + timedelta(days=2),
        expires=today - timedelta(days=1),
    )
    assert defaults_problems(wrong, today) == {
        "evidence_url": Problem.BAD_URL,
        "issued_on": Problem.ISSUED_IN_FUTURE,
        "expires": Problem.EXPIRES_BEFORE_ISSUE,
    }
    assert defaults_problems(BatchDefaults(evidence_url="https://e.x/1"), today) == {}
    batch_id = make_batch(drafts, sandbox, 2, defaults=BatchDefaults(evidence_url="not a url"))
    sandbox.clear_requests()
    with pytest.raises(SubmissionRefused, match="defaults"):
        runner.run(submission(drafts, client, batch_id).run())
    assert sandbox.requests == []


@pytest.mark.parametrize("notify", [True, False])
def test_a_batch_asks_the_server_to_notify_only_when_its_box_is_ticked(
    drafts, sandbox, client, runner, notify
):
    batch_id = make_batch(drafts, sandbox, 3, prefix="told", defaults=BatchDefaults(notify=notify))
    sandbox.clear_requests()
    result = runner.run(submission(drafts, client, batch_id).run())
    assert (result.succeeded, result.failed) == (3, 0)
    made = [a for a in sandbox.state.assertions.values() if a.identity.startswith("told")]
    assert [a.notified for a in made] == [notify] * 3
    bodies = [json.loads(r.body) for r in sandbox.requests if r.method == "POST"]
    assert [body.get("notify", False) for body in bodies] == [notify] * 3
