"""Revocation batches against a real sandbox: rows found before anything is sent, chunks sent
once, every per-item answer shown on its row, and nothing revoked twice whatever the network
does."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Sequence
from pathlib import Path

import pytest

from badgedesk.api.client import BadgesClient
from badgedesk.api.models import AwardRequest, Recipient, RecipientType
from badgedesk.core.batches import RevocationTarget, Settlement
from badgedesk.core.states import BatchKind, Match, RowState
from badgedesk.sandbox import SandboxServer
from badgedesk.services.outbox import Stop, SubmissionRefused
from badgedesk.services.revocation_check import check_rows, seen_target
from badgedesk.services.revocation_submission import RevocationSubmission
from badgedesk.store.thread import StoreThread
from tests.services.award_batches import FAST_HOLDS, badgeclass_of
from tests.services.revocation_batches import REASON, award_people, make_batch


def submission(
    drafts: StoreThread, client: BadgesClient | None, batch_id: int, **kwargs: object
) -> RevocationSubmission:
    kwargs.setdefault("outage", FAST_HOLDS)
    return RevocationSubmission(
        drafts,
        lambda: client,
        lambda: ("sandbox", "Demo User"),
        batch_id,
        **kwargs,  # type: ignore[arg-type]
    )


def revoke_posts(sandbox: SandboxServer) -> list[list[dict[str, str]]]:
    """The items of each batch revocation the sandbox received, in order."""
    return [
        json.loads(r.body)
        for r in sandbox.requests
        if r.method == "POST" and r.path == "/v2/assertions/revoke"
    ]


def assert_revoked_once_with(
    sandbox: SandboxServer, entity_ids: Sequence[str], reason: str
) -> None:
    for entity_id in entity_ids:
        record = sandbox.state.assertions[entity_id]
        assert record.revoked, entity_id
        assert record.revocation_reason == reason


def test_250_rows_go_in_chunks_of_100_with_per_row_audit(drafts, sandbox, client, runner, db_path):
    ids = award_people(runner, client, sandbox, 250)
    batch_id = make_batch(drafts, ids)
    own = drafts.call(lambda s: s.revocations.rows(batch_id))[7]
    drafts.call(lambda s: s.revocations.set_reason([own.id], "Left before the course ended"))
    runner.run(check_rows(drafts, client, batch_id, badgeclass_names={}))
    sandbox.clear_requests()
    seen = []
    result = runner.run(submission(drafts, client, batch_id).run(on_progress=seen.append))

    posts = revoke_posts(sandbox)
    assert [len(p) for p in posts] == [100, 100, 50]
    assert (result.total, result.succeeded, result.failed, result.stopped) == (250, 250, 0, None)
    assert {row.state for row in drafts.call(lambda s: s.revocations.rows(batch_id))} == {
        RowState.REVOKED
    }
    assert_revoked_once_with(sandbox, ids[:7] + ids[8:], REASON)
    assert sandbox.state.assertions[ids[7]].revocation_reason == "Left before the course ended"
    assert seen[-1].finished
    assert seen[-1].succeeded == 250
    entries = drafts.call(lambda s: s.audit.entries())
    assert len(entries) == 250
    assert {(e.operation, e.outcome) for e in entries} == {("batch revoke", "ok")}
    assert any(ids[7] in e.target and "leaver0007" in e.target for e in entries)


def test_a_mixed_answer_is_shown_per_row_and_a_failed_row_is_retried_alone(
    drafts, sandbox, client, runner
):
    ids = award_people(runner, client, sandbox, 6)
    batch_id = make_batch(drafts, [*ids, "no-such-assertion"])
    # Someone revokes two of them on the web after the batch was drafted.
    for entity_id in ids[:2]:
        runner.run(client.revoke_assertion(entity_id, "Revoked on the web"))
    result = runner.run(submission(drafts, client, batch_id, chunk_size=100).run())

    rows = {
        row.target.entity_id: row for row in drafts.call(lambda s: s.revocations.rows(batch_id))
    }
    assert (result.succeeded, result.skipped, result.failed) == (4, 2, 1)
    for entity_id in ids[:2]:
        assert rows[entity_id].state == RowState.SKIPPED
        assert rows[entity_id].code == "already_revoked"
        assert "already revoked" in rows[entity_id].error.lower()
        assert sandbox.state.assertions[entity_id].revocation_reason == "Revoked on the web"
    assert {rows[e].state for e in ids[2:]} == {RowState.REVOKED}
    missing = rows["no-such-assertion"]
    assert (missing.state, missing.code, missing.retriable) == (RowState.FAILED, "not_found", False)
    assert missing.error == "permission denied or object not found"

    # Retried alone: only that row is sent.
    sandbox.clear_requests()
    again = runner.run(submission(drafts, client, batch_id).run(retry_rows=[missing.id]))
    (post,) = revoke_posts(sandbox)
    assert [item["entityId"] for item in post] == ["no-such-assertion"]  # type: ignore[attr-defined]
    assert (again.total, again.failed) == (1, 1)


def test_nothing_is_sent_without_a_reason_or_with_unmatched_rows(drafts, sandbox, client, runner):
    ids = award_people(runner, client, sandbox, 3)
    batch_id = make_batch(drafts, ids, reason="  ")
    sandbox.clear_requests()
    with pytest.raises(SubmissionRefused, match="reason is required"):
        runner.run(submission(drafts, client, batch_id).run())
    rows = drafts.call(lambda s: s.revocations.rows(batch_id))
    drafts.call(lambda s: s.revocations.set_reason([r.id for r in rows[:2]], "Own reason"))
    with pytest.raises(SubmissionRefused, match="reason is required"):
        runner.run(submission(drafts, client, batch_id).run())

    drafts.call(lambda s: s.drafts.update_batch(batch_id, reason=REASON))
    drafts.call(
        lambda s: s.revocations.add_rows(
            batch_id,
            [
                RevocationTarget(
                    None, "nobody@school.test", badgeclass_id="x", match=Match.NOT_FOUND
                )
            ],
        )
    )
    with pytest.raises(SubmissionRefused, match="not matched to one award"):
        runner.run(submission(drafts, client, batch_id).run())
    assert revoke_posts(sandbox) == []
    assert not any(sandbox.state.assertions[e].revoked for e in ids)


@pytest.mark.parametrize("fault", ["lost_answer", "drop", "error500", "error503", "rate_limit"])
def test_a_fault_on_a_chunk_revokes_each_row_once(fault, drafts, sandbox, client, runner):
    ids = award_people(runner, client, sandbox, 30)
    batch_id = make_batch(drafts, ids)
    sandbox.faults.enqueue(fault, count=1, path_prefix="/v2/assertions/revoke", retry_after=0.01)
    sandbox.clear_requests()
    result = runner.run(submission(drafts, client, batch_id, chunk_size=10).run())

    assert (result.succeeded, result.failed, result.skipped, result.stopped) == (30, 0, 0, None)
    assert {row.state for row in drafts.call(lambda s: s.revocations.rows(batch_id))} == {
        RowState.REVOKED
    }
    assert_revoked_once_with(sandbox, ids, REASON)
    sent = [item["entityId"] for p in revoke_posts(sandbox) for item in p]
    if fault == "lost_answer":
        # The first chunk was revoked and its answer lost: read back, never sent again.
        assert len(sent) == 30
        reads = [r for r in sandbox.requests if r.method == "GET" and r.path.startswith("/v2/as")]
        assert len(reads) == 10
        outcomes = [e.outcome for e in drafts.call(lambda s: s.audit.entries())]
        assert outcomes.count("unknown") == 10


def test_rows_left_sending_by_a_crash_are_read_back_before_anything_is_sent(
    drafts, sandbox, client, runner
):
    ids = award_people(runner, client, sandbox, 8)
    batch_id = make_batch(drafts, ids)
    rows = drafts.call(lambda s: s.revocations.rows(batch_id))
    drafts.call(lambda s: s.revocations.mark_sending([r.id for r in rows[:4]]))
    # The crashed run's request reached the server for two of them.
    for entity_id in ids[:2]:
        sandbox.state.assertions[entity_id].revoked = True
        sandbox.state.assertions[entity_id].revocation_reason = REASON
    # And someone else revoked a third, for another reason.
    sandbox.state.assertions[ids[2]].revoked = True
    sandbox.state.assertions[ids[2]].revocation_reason = "Duplicate award"
    sandbox.clear_requests()
    result = runner.run(submission(drafts, client, batch_id).run())

    first_post = next(i for i, r in enumerate(sandbox.requests) if r.method == "POST")
    reads = [r.path for r in sandbox.requests[:first_post] if r.method == "GET"]
    assert sorted(reads) == sorted(f"/v2/assertions/{e}" for e in ids[:4])
    (post,) = revoke_posts(sandbox)
    assert [item["entityId"] for item in post] == ids[3:]  # type: ignore[attr-defined]
    states = [row.state for row in drafts.call(lambda s: s.revocations.rows(batch_id))]
    assert states == [RowState.REVOKED, RowState.REVOKED, RowState.SKIPPED, *[RowState.REVOKED] * 5]
    assert (result.succeeded, result.skipped) == (7, 1)
    assert sandbox.state.assertions[ids[2]].revocation_reason == "Duplicate award"


def test_cancel_between_chunks_leaves_the_rest_pending(drafts, sandbox, client, runner):
    ids = award_people(runner, client, sandbox, 50)
    batch_id = make_batch(drafts, ids)
    sandbox.faults.latency_ms = 30

    async def scenario() -> None:
        run = submission(drafts, client, batch_id, chunk_size=10)

        def cancel_after_first(progress: object) -> None:
            if run.progress.succeeded >= 10:
                run.cancel()

        result = await run.run(on_progress=cancel_after_first)
        assert result.stopped is Stop.CANCELLED

    runner.run(scenario())
    states = [row.state for row in drafts.call(lambda s: s.revocations.rows(batch_id))]
    assert states.count(RowState.REVOKED) == 10
    assert states.count(RowState.PENDING) == 40
    assert sum(sandbox.state.assertions[e].revoked for e in ids) == 10


def test_pause_holds_the_next_chunk_until_resumed(drafts, sandbox, client, runner):
    ids = award_people(runner, client, sandbox, 30)
    batch_id = make_batch(drafts, ids)

    async def scenario() -> None:
        run = submission(drafts, client, batch_id, chunk_size=10)
        paused = asyncio.Event()

        def pause_after_first(progress: object) -> None:
            if run.progress.succeeded == 10 and not paused.is_set():
                run.pause()
                paused.set()

        task = asyncio.ensure_future(run.run(on_progress=pause_after_first))
        await paused.wait()
        await asyncio.sleep(0.3)
        assert run.progress.succeeded == 10
        assert run.progress.paused
        run.resume()
        result = await task
        assert (result.succeeded, result.stopped) == (30, None)

    runner.run(scenario())


def test_offline_stops_and_keeps_every_row_pending(drafts, sandbox, client, runner):
    ids = award_people(runner, client, sandbox, 5)
    batch_id = make_batch(drafts, ids)
    sandbox.faults.enqueue("drop", count=1000, path_prefix="/v2/assertions/")
    result = runner.run(submission(drafts, client, batch_id).run())
    assert result.stopped is Stop.OFFLINE
    states = {row.state for row in drafts.call(lambda s: s.revocations.rows(batch_id))}
    # The chunk may have reached the server: it stays "sending" until it can be read back.
    assert states == {RowState.SENDING}
    sandbox.faults.clear()
    again = runner.run(submission(drafts, client, batch_id).run())
    assert (again.succeeded, again.stopped) == (5, None)
    assert_revoked_once_with(sandbox, ids, REASON)


def test_check_rows_finds_each_award_and_flags_what_it_cannot_decide(
    drafts, sandbox, client, runner
):
    ids = award_people(runner, client, sandbox, 4, prefix="pupil")
    twice = award_people(runner, client, sandbox, 1, prefix="twice", badgeclass="First Aid at Work")
    runner.run(client.revoke_assertion(ids[1], "Awarded in error"))
    first_aid = badgeclass_of(sandbox, "First Aid at Work")
    peer = badgeclass_of(sandbox, "Peer Mentor")
    runner.run(
        client.award(
            "badgeclasses",
            first_aid.entity_id,
            AwardRequest(
                recipient=Recipient(identity="twice0000@school.test"),
                allow_duplicate_awards=True,
            ),
        )
    )
    batch = drafts.call(
        lambda s: s.drafts.create_batch("sandbox", "Mixed", kind=BatchKind.REVOKE, reason=REASON)
    )

    def by_recipient(identity: str, badgeclass: str) -> RevocationTarget:
        return RevocationTarget(
            None, identity, RecipientType.EMAIL.value, badgeclass, "", match=Match.TO_RESOLVE
        )

    drafts.call(
        lambda s: s.revocations.add_rows(
            batch.id,
            [
                RevocationTarget(ids[0], match=Match.UNCHECKED),
                RevocationTarget(ids[1], match=Match.UNCHECKED),
                RevocationTarget("missing-id", match=Match.UNCHECKED),
                by_recipient("PUPIL0002@School.test", peer.entity_id),
                by_recipient("nobody@school.test", peer.entity_id),
                by_recipient("twice0000@school.test", first_aid.entity_id),
                by_recipient("pupil0000@school.test", peer.entity_id),
            ],
        )
    )
    report = runner.run(
        check_rows(drafts, client, batch.id, badgeclass_names={peer.entity_id: "Peer Mentor"})
    )
    rows = drafts.call(lambda s: s.revocations.rows(batch.id))
    found, revoked, missing, by_mail, nobody, ambiguous, same = rows
    assert (found.target.match, found.target.identity) == (Match.FOUND, "pupil0000@school.test")
    assert found.target.badgeclass_name == "Peer Mentor"
    assert found.target.status == "active"
    assert found.target.issued_on is not None
    assert (revoked.state, revoked.target.note) == (RowState.SKIPPED, "Awarded in error")
    assert missing.target.match is Match.NOT_FOUND
    assert (by_mail.target.match, by_mail.target.entity_id) == (Match.FOUND, ids[2])
    assert nobody.target.match is Match.NOT_FOUND
    assert ambiguous.target.match is Match.AMBIGUOUS
    assert "2 live awards" in ambiguous.target.note
    assert twice[0] not in {r.target.entity_id for r in rows}
    assert same.target.match is Match.DUPLICATE  # one award named twice is not ambiguous
    assert "another row" in same.target.note
    assert (report.found, report.revoked, report.not_found) == (2, 1, 2)
    assert (report.ambiguous, report.duplicates) == (1, 1)
    assert sandbox.state.assertions[ids[0]].revoked is False  # looking never revokes


def test_seen_target_shows_the_plaintext_recipient(sandbox, client, runner):
    (entity_id,) = award_people(runner, client, sandbox, 1, prefix="shown")
    assertion = runner.run(client.get_assertion(entity_id))
    target = seen_target(assertion, {})
    assert target.identity == "shown0000@school.test"
    assert target.match is Match.FOUND


def test_a_revocation_batch_needs_a_signed_in_client(
    drafts, sandbox, client, runner, tmp_path: Path
):
    batch_id = make_batch(drafts, ["x"])
    with pytest.raises(SubmissionRefused, match="Sign in"):
        runner.run(submission(drafts, None, batch_id).run())


def test_a_late_landing_of_this_batchs_own_request_counts_as_revoked(
    drafts, sandbox, client, runner
):
    """A killed run's request may land after the next run read the row back as live: the
    resend is refused as "already revoked", and the reason shows it was this batch's."""
    ids = award_people(runner, client, sandbox, 2)
    batch_id = make_batch(drafts, ids)
    runner.run(client.revoke_assertion(ids[0], REASON))  # the late landing
    result = runner.run(submission(drafts, client, batch_id).run())

    rows = drafts.call(lambda s: s.revocations.rows(batch_id))
    assert [row.state for row in rows] == [RowState.REVOKED, RowState.REVOKED]
    assert (result.succeeded, result.skipped) == (2, 0)
    entries = [(e.operation, e.outcome) for e in drafts.call(lambda s: s.audit.entries())]
    assert ("batch revoke (reconciled)", "ok") in entries
    assert ("batch revoke", "failed") in entries, "the refused attempt is on record too"


def test_the_batch_reason_cannot_change_while_rows_may_have_been_sent(drafts, sandbox):
    batch_id = make_batch(drafts, ["a", "b"])
    rows = drafts.call(lambda s: s.revocations.rows(batch_id))
    drafts.call(lambda s: s.revocations.mark_sending([rows[0].id]))
    with pytest.raises(ValueError, match="may have been sent"):
        drafts.call(lambda s: s.drafts.update_batch(batch_id, reason="Another reason"))
    assert drafts.call(lambda s: s.drafts.batch(batch_id)).reason == REASON
    drafts.call(
        lambda s: s.drafts.update_batch(batch_id, reason=REASON, name="Renamed")
    )  # the same reason is fine
    drafts.call(lambda s: s.revocations.settle([Settlement(rows[0].id, RowState.REVOKED)]))
    assert (
        drafts.call(lambda s: s.drafts.update_batch(batch_id, reason="Another reason")).reason
        == "Another reason"
    )
