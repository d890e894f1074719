"""Batches against servers that hang, trickle, ask for long waits or keep clocks of their own:
every wait bounded and visible, Cancel prompt, and every row's outcome exactly what happened."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import timedelta

import pytest

from badgedesk.api.client import BadgesClient, RetryPolicy
from badgedesk.api.models import AwardRequest, Recipient
from badgedesk.core.batches import BatchDefaults, RevocationTarget
from badgedesk.core.states import BatchKind, Match, RowState
from badgedesk.sandbox import SandboxServer
from badgedesk.services.outbox import Hold, OutagePolicy, Stop, SubmissionProgress
from badgedesk.services.revocation_submission import RevocationSubmission
from badgedesk.services.submission import BatchSubmission
from badgedesk.store.thread import StoreThread
from tests.services.award_batches import (
    assert_each_awarded_once,
    awards_on_server,
    badgeclass_of,
    make_batch,
)
from tests.ui.waiting import wait_for

QUICK = RetryPolicy(base_delay=0.01, max_delay=0.02, deadline=0.5, patience=1.0)
"""Deadlines of half a second: a silent server is given up on quickly."""


@pytest.fixture
def quick_client(sandbox, demo_token, runner):
    made = BadgesClient(sandbox.base_url, demo_token, retry=QUICK)
    yield made
    runner.run(made.aclose())


def run_of(drafts: StoreThread, client: BadgesClient, batch_id: int, **kwargs) -> BatchSubmission:
    return BatchSubmission(
        drafts, lambda: client, lambda: ("sandbox", "Demo User"), batch_id, **kwargs
    )


def accounted(drafts: StoreThread, batch_id: int, progress: SubmissionProgress) -> Counter[str]:
    """The rows by state, checked against the progress counts: none lost, none counted twice."""
    states = Counter(row.state for row in drafts.call(lambda s: s.drafts.rows(batch_id)))
    assert sum(states.values()) == progress.total
    assert states[RowState.AWARDED] == progress.succeeded
    assert states[RowState.SENDING] == progress.in_doubt
    return states


# ------------------------------------------------------------------ silent servers


@pytest.mark.parametrize("fault", ["hang", "trickle"])
def test_a_silent_server_holds_the_run_with_every_row_accounted_then_it_finishes(
    drafts, sandbox, quick_client, runner, fault
):
    sandbox.faults.latency_ms = 20
    batch_id = make_batch(drafts, sandbox, 30)
    run = run_of(drafts, quick_client, batch_id, concurrency=3, outage=OutagePolicy(wait=600))

    async def drive() -> tuple[SubmissionProgress, Counter[str], SubmissionProgress]:
        task = asyncio.ensure_future(run.run())
        await wait_for(lambda: run.progress.succeeded >= 3)
        sandbox.faults.enqueue(fault, count=10_000, path_prefix="/v2/", retry_after=0.1)
        await wait_for(lambda: run.progress.waiting is not None)
        held = run.progress
        assert held.waiting is not None
        assert held.waiting.reason is Hold.SILENT
        assert held.waiting.seconds == 600
        assert held.in_flight == 0
        assert held.in_doubt <= 3, "nothing new left while the server was asked about a loss"
        states = accounted(drafts, batch_id, held)
        sandbox.faults.clear()
        run.retry_now()
        return held, states, await task

    _, states, result = runner.run(drive())
    assert states[RowState.PENDING] + states[RowState.SENDING] + states[RowState.AWARDED] == 30
    assert states[RowState.PENDING] > 0, "nothing more was sent while the server was silent"
    assert (result.succeeded, result.failed, result.stopped) == (30, 0, None)
    assert result.waiting is None
    assert_each_awarded_once(drafts, sandbox, batch_id)


@pytest.mark.parametrize("fault", ["hang", "trickle"])
def test_cancel_abandons_requests_in_flight_at_once_and_they_are_checked_first_next_time(
    drafts, sandbox, client, runner, fault
):
    """The client's deadline is the default 30 s here: only abandoning the requests can end
    the run within the few seconds allowed."""
    batch_id = make_batch(drafts, sandbox, 6)
    sandbox.faults.enqueue(fault, count=10_000, path_prefix="/v2/badgeclasses/", retry_after=0.1)
    run = run_of(drafts, client, batch_id, concurrency=2)

    async def drive() -> SubmissionProgress:
        task = asyncio.ensure_future(run.run())
        await wait_for(lambda: run.progress.in_flight == 2)
        await asyncio.sleep(0.3)
        run.cancel()
        async with asyncio.timeout(2):
            return await task

    result = runner.run(drive())
    assert result.stopped is Stop.CANCELLED
    states = accounted(drafts, batch_id, result)
    assert states == {RowState.SENDING: 2, RowState.PENDING: 4}
    audit = drafts.call(lambda s: s.audit.entries())
    assert Counter(e.outcome for e in audit) == {"unknown": 2}
    sandbox.faults.clear()
    again = runner.run(run_of(drafts, client, batch_id).run())
    assert (again.total, again.succeeded) == (6, 6)
    assert_each_awarded_once(drafts, sandbox, batch_id)


def test_nothing_leaves_after_run_returns_whatever_ended_it(drafts, sandbox, client, runner):
    sandbox.faults.latency_ms = 50
    batch_id = make_batch(drafts, sandbox, 20)
    started: list[float] = []
    real_award = client.award

    async def counting_award(*args, **kwargs):
        started.append(asyncio.get_running_loop().time())
        return await real_award(*args, **kwargs)

    client.award = counting_award  # type: ignore[method-assign]

    def on_row(row) -> None:
        if row.state == RowState.AWARDED:
            raise RuntimeError("the window went away")

    async def drive() -> int:
        with pytest.raises(RuntimeError):
            await run_of(drafts, client, batch_id, concurrency=4).run(on_row=on_row)
        sent = len(started)
        await asyncio.sleep(0.5)
        assert len(started) == sent, "an award left after run() returned"
        return sent

    assert runner.run(drive()) <= 8, "sending stopped at the first failure"


# ------------------------------------------------------------------ waits the server asks for


@pytest.mark.parametrize(("asked", "honoured"), [(300, 300), (3600, 600)])
def test_a_long_retry_after_is_honoured_up_to_ten_minutes_visibly(
    drafts, sandbox, client, runner, asked, honoured
):
    batch_id = make_batch(drafts, sandbox, 3)
    sandbox.faults.enqueue("rate_limit", count=10_000, path_prefix="/v2/", retry_after=asked)
    run = run_of(drafts, client, batch_id, concurrency=1)

    async def drive() -> SubmissionProgress:
        task = asyncio.ensure_future(run.run())
        await wait_for(lambda: run.progress.waiting is not None)
        waiting = run.progress.waiting
        assert waiting is not None
        assert (waiting.reason, waiting.seconds) == (Hold.SERVER_ASKED, honoured)
        assert waiting.left() > honoured - 5
        run.cancel()
        async with asyncio.timeout(2):
            return await task

    result = runner.run(drive())
    assert result.stopped is Stop.CANCELLED
    rows = drafts.call(lambda s: s.drafts.rows(batch_id))
    assert {row.state for row in rows} == {RowState.PENDING}
    assert "slow down" in rows[0].error


def test_short_waits_the_server_asks_for_are_shown_and_taken_by_the_client(
    drafts, sandbox, client, runner
):
    batch_id = make_batch(drafts, sandbox, 2)
    sandbox.faults.enqueue("rate_limit", count=1, path_prefix="/v2/", retry_after=0.2)
    asked: list[float] = []

    def on_progress(progress: SubmissionProgress) -> None:
        if progress.server_asked_until is not None:
            asked.append(progress.server_asked_until)

    result = runner.run(
        run_of(drafts, client, batch_id, concurrency=1).run(on_progress=on_progress)
    )
    assert (result.succeeded, result.waiting) == (2, None)
    assert asked, "the progress row was told the server asked for a wait"
    assert result.server_asked_until is None
    assert result.last_answer is not None


# ------------------------------------------------------------------ what a found award means


def award_directly(sandbox: SandboxServer, client: BadgesClient, runner, identities: list[str]):

    async def award_all() -> list[str]:
        made = []
        for identity in identities:
            request = AwardRequest(recipient=Recipient(identity=identity))
            made.append(
                (await client.award("badgeclasses", badgeclass_of(sandbox).entity_id, request)).key
            )
        return made

    ids = runner.run(award_all())
    for record in sandbox.state.assertions.values():
        if record.identity in identities:
            record.created_at -= timedelta(minutes=1)  # batch A ran a while before batch B
    return ids


@pytest.mark.parametrize(
    "server_clock", [timedelta(0), timedelta(minutes=10), -timedelta(minutes=10)]
)
def test_an_award_made_before_the_row_was_sent_is_already_held_never_awarded(
    drafts, sandbox, client, runner, server_clock
):
    """Batch A awarded these recipients; batch B (duplicates off) loses its answers: the
    server refused B's awards, and the reconciliation finds A's. They are A's."""
    batch_id = make_batch(drafts, sandbox, 4)
    identities = [row.fields.identity for row in drafts.call(lambda s: s.drafts.rows(batch_id))]
    sandbox.state.clock_offset = server_clock
    earlier = award_directly(sandbox, client, runner, identities)
    # The four awards lose their answers; the look-ups that follow do not (whatever the order
    # the concurrent requests reach the server in).
    sandbox.faults.enqueue(
        "lost_answer", count=4, path_prefix="/v2/badgeclasses/", retry_after=0, method="POST"
    )
    result = runner.run(run_of(drafts, client, batch_id, outage=OutagePolicy(wait=0.01)).run())
    assert (result.succeeded, result.skipped, result.failed) == (0, 4, 0)
    rows = drafts.call(lambda s: s.drafts.rows(batch_id))
    assert {row.state for row in rows} == {RowState.HELD}
    assert sorted(row.entity_id for row in rows) == sorted(earlier)
    assert all(row.held_since is not None for row in rows)
    audit = drafts.call(lambda s: s.audit.entries())
    assert Counter(e.outcome for e in audit) == {"unknown": 4, "already held": 4}


@pytest.mark.parametrize("server_clock", [timedelta(minutes=10), -timedelta(minutes=10)])
def test_duplicates_allowed_with_a_skewed_server_clock_nobody_is_awarded_twice_by_a_batch(
    drafts, sandbox, client, runner, server_clock
):
    """A row whose answer was lost is this batch's award only if the server made it after the
    row was sent, on the server's clock: with a fixed tolerance a clock ten minutes off made
    the engine send lost rows again (behind), or take batch A's awards (ahead)."""
    defaults = BatchDefaults(allow_duplicate_awards=True)
    batch_id = make_batch(drafts, sandbox, 10, defaults=defaults)
    identities = [row.fields.identity for row in drafts.call(lambda s: s.drafts.rows(batch_id))]
    sandbox.state.clock_offset = server_clock
    earlier = award_directly(sandbox, client, runner, identities)
    sandbox.faults.enqueue("lost_answer", count=8, path_prefix="/v2/badgeclasses/", retry_after=0)
    result = runner.run(run_of(drafts, client, batch_id, outage=OutagePolicy(wait=0.01)).run())
    assert (result.succeeded, result.failed) == (10, 0)
    on_server = awards_on_server(sandbox, badgeclass_of(sandbox).entity_id, "learner")
    assert set(on_server.values()) == {2}, "each recipient holds batch A's award and this one"
    rows = drafts.call(lambda s: s.drafts.rows(batch_id))
    assert not {row.entity_id for row in rows} & set(earlier)


# ------------------------------------------------------------------ revocations


def revocation_batch(drafts: StoreThread, sandbox: SandboxServer, count: int) -> int:
    batch = drafts.call(
        lambda s: s.drafts.create_batch(
            "sandbox", "Withdrawn", kind=BatchKind.REVOKE, reason="Issued in error"
        )
    )
    live = [a for a in sandbox.state.assertions.values() if not a.revoked][:count]
    drafts.call(
        lambda s: s.revocations.add_rows(
            batch.id,
            [
                RevocationTarget(entity_id=a.entity_id, identity=a.identity, match=Match.UNCHECKED)
                for a in live
            ],
        )
    )
    return batch.id


def test_a_revocation_that_keeps_losing_its_answer_fails_with_a_reason(
    drafts, sandbox, client, runner
):
    batch_id = revocation_batch(drafts, sandbox, 3)
    sandbox.faults.enqueue("drop", count=10_000, path_prefix="/v2/assertions/revoke")
    run = RevocationSubmission(
        drafts,
        lambda: client,
        lambda: ("sandbox", "Demo User"),
        batch_id,
        outage=OutagePolicy(wait=0.01),
    )
    result = runner.run(run.run())
    assert (result.succeeded, result.failed) == (0, 3)
    rows = drafts.call(lambda s: s.revocations.rows(batch_id))
    assert {row.state for row in rows} == {RowState.FAILED}
    assert all(row.error.strip() and row.retriable for row in rows)


def test_a_revocation_batch_holds_on_a_silent_server_and_cancel_is_prompt(
    drafts, sandbox, quick_client, runner
):
    batch_id = revocation_batch(drafts, sandbox, 4)
    sandbox.faults.enqueue("hang", count=10_000, path_prefix="/v2/")
    run = RevocationSubmission(
        drafts, lambda: quick_client, lambda: ("sandbox", "Demo User"), batch_id, chunk_size=2
    )

    async def drive() -> SubmissionProgress:
        task = asyncio.ensure_future(run.run())
        await wait_for(lambda: run.progress.waiting is not None)
        assert run.progress.waiting is not None
        assert run.progress.waiting.reason is Hold.SILENT
        run.cancel()
        async with asyncio.timeout(2):
            return await task

    result = runner.run(drive())
    assert result.stopped is Stop.CANCELLED
    states = Counter(row.state for row in drafts.call(lambda s: s.revocations.rows(batch_id)))
    assert states == {RowState.SENDING: 2, RowState.PENDING: 2}
    assert result.in_doubt == 2
