"""Award batches as a service, without Qt, over a real sandbox: a batch and its rows made in
one transaction, edits queued in the order they were made, a batch that cannot change or go
while it is sent, files for a colleague, and what a run changed published when it ends."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import httpx
import pytest

from badgedesk.api.client import BadgesClient
from badgedesk.core.batches import BadgeClassChoice, BatchDefaults, RowFields
from badgedesk.core.states import BatchKind, RowState
from badgedesk.sandbox import SandboxServer
from badgedesk.services.award_batches import AwardBatches
from badgedesk.services.batch_files import SUFFIX, BatchFileRefused
from badgedesk.services.batches import BatchBusyError
from badgedesk.services.changes import AwardsMade, BatchSettled, Change, Changes
from badgedesk.store.drafts import DraftStore
from badgedesk.store.thread import StoreThread
from tests.ui.waiting import wait_for

PROFILE = "sandbox"


def badgeclass_of(sandbox: SandboxServer) -> BadgeClassChoice:
    record = next(b for b in sandbox.state.badgeclasses.values() if b.name == "Peer Mentor")
    return BadgeClassChoice(record.entity_id, record.name)


@pytest.fixture
def heard() -> list[Change]:
    return []


def award_batches(
    drafts: StoreThread, client: BadgesClient | None, heard: list[Change]
) -> AwardBatches:
    changes = Changes()
    changes.subscribe(heard.append)
    return AwardBatches(drafts, lambda: client, lambda: (PROFILE, "Demo User"), changes)


@pytest.fixture
def service(drafts: StoreThread, heard: list[Change]) -> AwardBatches:
    """Signed out: drafting needs no server."""
    return award_batches(drafts, None, heard)


@pytest.fixture
def online(drafts: StoreThread, client: BadgesClient, heard: list[Change]) -> AwardBatches:
    """Signed in to the sandbox."""
    return award_batches(drafts, client, heard)


def learners(count: int, prefix: str = "learner") -> list[RowFields]:
    return [RowFields(identity=f"{prefix}{n:03d}@school.test") for n in range(count)]


def stored_batches(drafts: StoreThread) -> list[tuple[int, str]]:
    return drafts.call(
        lambda s: s.connection.execute("SELECT id, name FROM draft_batches").fetchall()
    )


def stored_row_count(drafts: StoreThread) -> int:
    return int(
        drafts.call(lambda s: s.connection.execute("SELECT COUNT(*) FROM draft_rows").fetchone())[0]
    )


# ------------------------------------------------------------------ drafting


MENTOR = BadgeClassChoice("bc-mentor", "Peer Mentor", "Campus")
"""A badge class from the offline catalogue."""


def test_create_batch_stores_the_batch_with_its_rows(service, runner):
    choice = MENTOR
    defaults = BatchDefaults(narrative="Mentored a group")

    async def work() -> None:
        batch = await service.create_batch("Autumn", choice, defaults, learners(3))
        assert (batch.name, batch.profile, batch.kind) == ("Autumn", PROFILE, BatchKind.AWARD)
        assert batch.badgeclass == choice
        assert batch.defaults == defaults
        rows = await service.rows(batch.id)
        assert [row.fields.identity for row in rows] == [r.identity for r in learners(3)]
        assert [s.batch.id for s in await service.summaries()] == [batch.id]

    runner.run(work())


def test_create_batch_is_one_transaction(service, drafts, runner, monkeypatch):
    """A failure while the rows are written (a full disk, say) leaves no empty batch behind."""
    real_add_rows = DraftStore.add_rows

    def failing_add_rows(self, *args, **kwargs):
        real_add_rows(self, *args, **kwargs)
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(DraftStore, "add_rows", failing_add_rows)
    with pytest.raises(sqlite3.OperationalError):
        runner.run(service.create_batch("Autumn", rows=learners(5)))
    assert stored_batches(drafts) == []
    assert stored_row_count(drafts) == 0
    monkeypatch.undo()
    runner.run(service.create_batch("Autumn", rows=learners(5)))
    assert len(stored_batches(drafts)) == 1
    assert stored_row_count(drafts) == 5


def test_edits_reach_the_disk_in_the_order_they_were_made(service, runner):
    choice = MENTOR

    async def work() -> None:
        batch = await service.create_batch("Draft", rows=learners(3))
        rows = await service.rows(batch.id)
        # Queued as they are made, none awaited: the last one wins on disk.
        service.rename(batch.id, "First name")
        service.rename(batch.id, "Spring mentors")
        service.edit_row(rows[1].id, RowFields("typo@school.test"))
        service.edit_row(rows[1].id, RowFields("fixed@school.test"))
        service.set_badgeclass(batch.id, choice)
        service.set_defaults(batch.id, BatchDefaults(notify=True))
        added = await service.add_rows(batch.id, [RowFields("between@school.test")], after=1.0)
        await service.saved()
        stored = await service.batch(batch.id)
        assert (stored.name, stored.badgeclass, stored.defaults.notify) == (
            "Spring mentors",
            choice,
            True,
        )
        identities = [row.fields.identity for row in await service.rows(batch.id)]
        assert identities == [
            "learner000@school.test",
            "between@school.test",
            "fixed@school.test",
            "learner002@school.test",
        ]
        # Deleting returns what an undo puts back, as it was.
        deleted = await service.delete_rows([rows[0].id, added[0].id])
        assert [row.fields.identity for row in await service.rows(batch.id)] == [
            "fixed@school.test",
            "learner002@school.test",
        ]
        await service.restore_rows(batch.id, deleted)
        assert [row.fields.identity for row in await service.rows(batch.id)] == identities

    runner.run(work())


# ------------------------------------------------------------------ sending


def test_a_submit_publishes_exactly_the_awards_it_made_then_the_settling(
    online, sandbox, runner, heard
):
    """A recipient who already held the badge is no award of this batch: not published."""
    choice = badgeclass_of(sandbox)
    holder = "already@school.test"
    made = httpx.post(
        f"{sandbox.base_url}/v2/badgeclasses/{choice.entity_id}/assertions",
        json={"recipient": {"identity": holder, "type": "email"}},
        headers={"Authorization": f"Bearer {sandbox.mint_token().access_token}"},
    )
    assert made.status_code == 201

    async def work() -> None:
        batch = await online.create_batch("Autumn", choice, rows=[RowFields(holder), *learners(4)])
        result = await online.submit(batch.id, concurrency=2)
        assert (result.succeeded, result.skipped, result.failed) == (4, 1, 0)
        rows = await online.rows(batch.id)
        awarded = tuple(row.entity_id for row in rows if row.state == RowState.AWARDED)
        assert len(awarded) == 4
        with sandbox.state.lock:
            new_on_server = {
                a.entity_id for a in sandbox.state.assertions.values() if a.identity != holder
            }
        assert set(awarded) <= new_on_server
        assert len(heard) == 2
        made_change, settled = heard
        assert isinstance(made_change, AwardsMade)
        assert made_change.badgeclass == choice.entity_id
        assert sorted(made_change.entity_ids) == sorted(awarded)
        assert settled == BatchSettled(batch.id, BatchKind.AWARD)
        assert not online.busy(batch.id)

    runner.run(work())


def test_a_run_that_awards_nothing_publishes_only_its_settling(online, sandbox, runner, heard):
    async def work() -> None:
        batch = await online.create_batch("Nothing", badgeclass_of(sandbox))
        result = await online.submit(batch.id)
        assert result.succeeded == 0
        assert heard == [BatchSettled(batch.id, BatchKind.AWARD)]

    runner.run(work())


def test_a_batch_being_sent_can_neither_change_nor_go(online, drafts, sandbox, runner):
    sandbox.faults.latency_ms = 50

    async def work() -> None:
        batch = await online.create_batch("Busy", badgeclass_of(sandbox), rows=learners(6))
        sending = asyncio.ensure_future(online.submit(batch.id, concurrency=1))
        await wait_for(lambda: online.busy(batch.id), seconds=10)
        assert online.progress(batch.id) is not None
        with pytest.raises(BatchBusyError):
            await online.delete_batch(batch.id)
        with pytest.raises(BatchBusyError):
            await online.add_rows(batch.id, learners(1, "late"))
        with pytest.raises(BatchBusyError):
            await online.rename(batch.id, "Renamed while sent")
        with pytest.raises(BatchBusyError):
            await online.submit(batch.id)
        result = await sending
        assert result.succeeded == 6
        assert (await online.batch(batch.id)).name == "Busy"
        assert len(await online.rows(batch.id)) == 6
        await online.delete_batch(batch.id)
        assert await online.summaries() == []

    runner.run(work())
    assert stored_row_count(drafts) == 0


# ------------------------------------------------------------------ files


def test_batch_file_and_results_round_trip(online, sandbox, runner, tmp_path: Path):
    choice = badgeclass_of(sandbox)

    async def work() -> None:
        batch = await online.create_batch(
            "Handover", choice, BatchDefaults(narrative="Mentored"), learners(3)
        )
        rows = await online.rows(batch.id)
        await online.submit(batch.id)  # all three awarded
        await online.add_rows(batch.id, learners(2, "later"))
        saved = await online.export_batch_file(batch.id, tmp_path / "handover.json")
        assert saved.path == tmp_path / f"handover{SUFFIX}"
        assert (saved.rows, saved.left_out) == (2, 3)
        opened, count = await online.import_batch_file(saved.path)
        assert count == 2
        assert opened.id != batch.id
        assert (opened.name, opened.badgeclass) == ("Handover", choice)
        assert opened.defaults.narrative == "Mentored"
        assert [r.fields.identity for r in await online.rows(opened.id)] == [
            r.identity for r in learners(2, "later")
        ]
        assert await online.export_results(batch.id, tmp_path / "results.csv") == 5
        lines = (tmp_path / "results.csv").read_text(encoding="utf-8-sig").splitlines()
        assert lines[1].startswith(f"{rows[0].fields.identity},email,awarded,")
        (tmp_path / f"foreign{SUFFIX}").write_text('{"@context": "x"}')
        with pytest.raises(BatchFileRefused):
            await online.import_batch_file(tmp_path / f"foreign{SUFFIX}")
        assert len(await online.summaries()) == 2

    runner.run(work())
