"""RevocationBatches without Qt: a batch and its rows made in one transaction, checked and sent
against a real sandbox, and what a run revoked published to every tab that shows it."""

from __future__ import annotations

import asyncio
import csv
from pathlib import Path

import pytest

from badgedesk.api.client import BadgesClient
from badgedesk.api.errors import AuthenticationError
from badgedesk.api.models import AwardRequest, Recipient
from badgedesk.core.batches import RevocationTarget
from badgedesk.core.states import BatchKind, Match, RowState
from badgedesk.sandbox import SandboxServer
from badgedesk.services.batches import BatchBusyError
from badgedesk.services.changes import AwardsRevoked, BatchSettled, Change, Changes
from badgedesk.services.outbox import OutagePolicy, SubmissionRefused
from badgedesk.services.revocation_batches import RevocationBatches
from badgedesk.services.revocation_check import CheckReport
from badgedesk.services.revocation_results import RESULTS_HEADER
from badgedesk.store.revocations import RevocationStore
from badgedesk.store.thread import StoreThread

PROFILE = "sandbox"
REASON = "Course was cancelled"
UNKNOWN = "ZZZZZZZZZZZZZZZZZZZZZZ"


def service_of(
    drafts: StoreThread, client: BadgesClient | None
) -> tuple[RevocationBatches, list[Change]]:
    """The service over ``drafts`` and ``client``, and the list every change it publishes
    lands in."""
    changes = Changes()
    published: list[Change] = []
    changes.subscribe(published.append)
    batches = RevocationBatches(
        drafts,
        lambda: client,
        lambda: (PROFILE, "Demo User"),
        changes,
        outage=OutagePolicy(wait=0.01, holds=5),
    )
    return batches, published


def award(
    runner: asyncio.Runner, client: BadgesClient, sandbox: SandboxServer, count: int
) -> list[str]:
    """Peer Mentor awarded to ``count`` people in one request; their entityIds."""
    badgeclass = next(b for b in sandbox.state.badgeclasses.values() if b.name == "Peer Mentor")
    requests = [
        AwardRequest(recipient=Recipient(identity=f"quitter{n:03d}@school.test"))
        for n in range(count)
    ]
    made = runner.run(client.issue_batch(badgeclass.entity_id, requests))
    return [assertion.entity_id for assertion in made]


def unchecked(entity_ids: list[str]) -> list[RevocationTarget]:
    return [RevocationTarget(entity_id, match=Match.UNCHECKED) for entity_id in entity_ids]


# ------------------------------------------------------------------ drafting


def test_create_batch_makes_the_batch_and_its_rows_together(drafts, runner):
    batches, _published = service_of(drafts, None)
    batch = runner.run(batches.create_batch("Leavers", unchecked(["a" * 22, "b" * 22])))
    assert batch.kind == BatchKind.REVOKE
    summaries = runner.run(batches.summaries())
    assert [(s.batch.id, s.batch.name) for s in summaries] == [(batch.id, "Leavers")]
    rows = runner.run(batches.rows(batch.id))
    assert [row.target.entity_id for row in rows] == ["a" * 22, "b" * 22]


def test_a_failure_adding_the_rows_leaves_no_batch(drafts, runner, monkeypatch):
    def refuse(self: RevocationStore, batch_id: int, targets: object) -> None:
        raise OSError("disk on fire")

    monkeypatch.setattr(RevocationStore, "add_rows", refuse)
    batches, _published = service_of(drafts, None)
    with pytest.raises(OSError, match="disk on fire"):
        runner.run(batches.create_batch("Leavers", unchecked(["a" * 22])))
    assert runner.run(batches.summaries()) == []
    assert (
        drafts.call(
            lambda s: s.connection.execute("SELECT COUNT(*) FROM draft_batches").fetchone()[0]
        )
        == 0
    )


def test_edits_reach_the_rows(drafts, runner):
    batches, _published = service_of(drafts, None)
    batch = runner.run(batches.create_batch("Leavers", unchecked(["a" * 22, "b" * 22])))
    first, second = runner.run(batches.rows(batch.id))
    runner.run(batches.set_batch_reason(batch.id, REASON))
    runner.run(batches.rename_batch(batch.id, "Summer leavers"))
    (own,) = runner.run(batches.set_reason([second.id], "Left early"))
    assert own.reason_in(REASON) == "Left early"
    added = runner.run(batches.add_targets(batch.id, unchecked(["b" * 22, "c" * 22])))
    assert [row.target.entity_id for row in added] == ["c" * 22], "b is in the batch already"
    deleted = runner.run(batches.delete_rows([first.id]))
    runner.run(batches.restore_rows(batch.id, deleted))
    stored, rows = runner.run(batches.batch_with_rows(batch.id))
    assert (stored.name, stored.reason) == ("Summer leavers", REASON)
    assert [row.target.entity_id for row in rows] == ["a" * 22, "b" * 22, "c" * 22]


# ------------------------------------------------------------------ the server


def test_a_run_publishes_exactly_the_awards_it_revoked(drafts, sandbox, client, runner, tmp_path):
    ids = award(runner, client, sandbox, 4)
    runner.run(client.revoke_assertion(ids[0], "By a colleague"))
    batches, published = service_of(drafts, client)
    batch = runner.run(batches.create_batch("Mixed", unchecked([*ids, UNKNOWN]), reason=REASON))

    progress = runner.run(batches.submit(batch.id, chunk_size=2))

    assert (progress.succeeded, progress.skipped, progress.failed) == (3, 1, 1)
    assert not batches.busy(batch.id)
    revoked, settled = published
    assert isinstance(revoked, AwardsRevoked)
    assert sorted(revoked.entity_ids) == sorted(ids[1:])
    assert revoked.reason == REASON
    assert settled == BatchSettled(batch.id, BatchKind.REVOKE)

    path = tmp_path / "results.csv"
    assert runner.run(batches.export_results(batch.id, path)) == 5
    with path.open(newline="", encoding="utf-8-sig") as handle:
        lines = list(csv.reader(handle))
    assert tuple(lines[0]) == RESULTS_HEADER
    assert [line[5] for line in lines[1:]] == ["skipped", "revoked", "revoked", "revoked", "failed"]


def test_rows_with_their_own_reason_are_published_with_it(drafts, sandbox, client, runner):
    ids = award(runner, client, sandbox, 3)
    batches, published = service_of(drafts, client)
    batch = runner.run(batches.create_batch("Two reasons", unchecked(ids), reason=REASON))
    own = runner.run(batches.rows(batch.id))[2]
    runner.run(batches.set_reason([own.id], "Left early"))

    runner.run(batches.submit(batch.id))

    assert published == [
        AwardsRevoked((ids[0], ids[1]), REASON),
        AwardsRevoked((ids[2],), "Left early"),
        BatchSettled(batch.id, BatchKind.REVOKE),
    ]


def test_a_refused_run_revokes_nothing_and_still_settles(drafts, sandbox, client, runner):
    ids = award(runner, client, sandbox, 1)
    batches, published = service_of(drafts, client)
    batch = runner.run(batches.create_batch("No reason", unchecked(ids)))
    with pytest.raises(SubmissionRefused, match="reason is required"):
        runner.run(batches.submit(batch.id))
    assert published == [BatchSettled(batch.id, BatchKind.REVOKE)]
    assert not sandbox.state.assertions[ids[0]].revoked


def test_a_check_records_what_the_server_says_and_keeps_the_batch_busy(
    drafts, sandbox, client, runner
):
    ids = award(runner, client, sandbox, 2)
    runner.run(client.revoke_assertion(ids[1], "Earlier"))
    batches, published = service_of(drafts, client)
    batch = runner.run(batches.create_batch("Check", unchecked([*ids, UNKNOWN]), reason=REASON))
    busy_meanwhile: list[bool] = []

    def on_progress(_report: CheckReport) -> None:
        busy_meanwhile.append(batches.busy(batch.id))

    async def check_twice() -> CheckReport:
        first = asyncio.ensure_future(
            batches.check(batch.id, badgeclass_names={}, on_progress=on_progress)
        )
        await asyncio.sleep(0)
        with pytest.raises(BatchBusyError):
            await batches.check(batch.id, badgeclass_names={})
        with pytest.raises(BatchBusyError):
            await batches.delete_batch(batch.id)
        return await first

    report = runner.run(check_twice())

    assert (report.found, report.revoked, report.not_found) == (1, 1, 1)
    assert busy_meanwhile
    assert all(busy_meanwhile)
    assert not batches.busy(batch.id)
    rows = runner.run(batches.rows(batch.id))
    assert [row.target.status for row in rows[:2]] == ["active", "revoked"]
    assert rows[2].target.match is Match.NOT_FOUND
    assert {row.state for row in rows} <= {RowState.PENDING, RowState.SKIPPED}
    assert published == [], "a check changes nothing on the server"


def test_a_check_needs_a_signed_in_client(drafts, runner):
    batches, _published = service_of(drafts, None)
    batch = runner.run(batches.create_batch("Offline", unchecked(["a" * 22])))
    with pytest.raises(AuthenticationError):
        runner.run(batches.check(batch.id, badgeclass_names={}))
    assert not batches.busy(batch.id)


# ------------------------------------------------------------------ history


def test_the_history_lists_sent_batches_and_exports_their_rows(
    drafts, sandbox, client, runner, tmp_path: Path
):
    ids = award(runner, client, sandbox, 2)
    batches, _published = service_of(drafts, client)
    batch = runner.run(batches.create_batch("Sent", unchecked(ids), reason=REASON))
    runner.run(batches.create_batch("Never sent", unchecked(["a" * 22]), reason=REASON))
    assert runner.run(batches.history()) == []
    runner.run(batches.submit(batch.id))
    (entry,) = runner.run(batches.history())
    assert (entry.kind, entry.batch_id, entry.revoked) == ("batch", batch.id, 2)
    assert runner.run(batches.export_history(tmp_path / "history.csv")) == 2
