"""Revocation batches and the outbox of their rows (schema v4), on real SQLite files in
tmp_path."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from badgedesk.core.batches import (
    AuditRecord,
    BatchCounts,
    RevocationRow,
    RevocationTarget,
    RowFields,
    Settlement,
)
from badgedesk.core.states import BatchKind, BatchState, Match, RowState
from badgedesk.store import SCHEMA_VERSION, AuditLog, open_database
from badgedesk.store.database import MIGRATIONS
from badgedesk.store.drafts import DraftStore
from badgedesk.store.revocations import RevocationStore
from tests.clocks import TickingClock

START = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
ISSUED = datetime(2025, 9, 1, 8, 30, tzinfo=UTC)


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    connection = open_database(tmp_path / "x.sqlite3")
    yield connection
    connection.close()


@pytest.fixture
def clock() -> TickingClock:
    return TickingClock(START)


@pytest.fixture
def store(conn: sqlite3.Connection, clock: TickingClock) -> DraftStore:
    return DraftStore(conn, clock=clock)


@pytest.fixture
def revs(store: DraftStore) -> RevocationStore:
    return store.revocations


def found(entity_id: str, status: str = "active", **fields: object) -> RevocationTarget:
    return RevocationTarget(entity_id, status=status, match=Match.FOUND, **fields)


def by_recipient(identity: str, badgeclass_id: str = "bc-1", **fields: object) -> RevocationTarget:
    return RevocationTarget(
        None,
        identity=identity,
        badgeclass_id=badgeclass_id,
        match=Match.TO_RESOLVE,
        **fields,
    )


def new_batch(store: DraftStore, name: str = "b", reason: str = "Course cancelled") -> int:
    return store.create_batch("Prod", name, kind=BatchKind.REVOKE, reason=reason).id


def ids_of(revs: RevocationStore, batch_id: int) -> list[str | None]:
    return [row.target.entity_id or row.target.identity for row in revs.rows(batch_id)]


def fail(revs: RevocationStore, row_id: int, error: str = "busy", code: str = "") -> None:
    revs.mark_sending([row_id])
    revs.settle([Settlement(row_id, RowState.FAILED, error=error, code=code, retriable=True)])


# ------------------------------------------------------------------ schema


def test_fresh_database_has_revocation_rows_cascading_from_batches(
    conn: sqlite3.Connection,
) -> None:
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    (fk,) = conn.execute("PRAGMA foreign_key_list(revocation_rows)").fetchall()
    assert (fk["table"], fk["from"], fk["on_delete"]) == ("draft_batches", "batch_id", "CASCADE")
    columns = {r["name"] for r in conn.execute("PRAGMA table_info(draft_batches)")}
    assert "reason" in columns


def test_version_3_file_migrates_keeping_its_award_batch(tmp_path: Path) -> None:
    path = tmp_path / "v3.sqlite3"
    raw = sqlite3.connect(path)
    for script in MIGRATIONS[:3]:
        raw.executescript(script)
    raw.execute("PRAGMA user_version = 3")
    raw.execute(
        "INSERT INTO draft_batches (uid, profile, kind, name, badgeclass_id, badgeclass_name,"
        " issuer_name, defaults, created_at, updated_at) VALUES ('u-old', 'Old', 'award',"
        " 'Spring', 'bc1', 'First aid', 'Red Cross', '{\"narrative\": \"Well done\"}',"
        " '2025-03-01T10:00:00.000Z', '2025-03-02T10:00:00.000Z')"
    )
    raw.execute(
        "INSERT INTO draft_rows (batch_id, position, identity, recipient_type, state, error,"
        " attempts) VALUES (1, 1.0, 'ann@example.org', 'email', 'failed', 'busy', 2)"
    )
    raw.commit()
    raw.close()

    conn = open_database(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        store = DraftStore(conn)
        old = store.batch(1)
        assert (old.uid, old.profile, old.name, old.kind, old.reason) == (
            "u-old",
            "Old",
            "Spring",
            BatchKind.AWARD,
            "",
        )
        assert old.badgeclass is not None
        assert old.badgeclass.name == "First aid"
        assert old.defaults.narrative == "Well done"
        assert old.updated_at == datetime(2025, 3, 2, 10, tzinfo=UTC)
        (row,) = store.rows(1)
        assert (row.fields.identity, row.state, row.error, row.attempts) == (
            "ann@example.org",
            RowState.FAILED,
            "busy",
            2,
        )
        assert [s.batch.id for s in store.summaries("Old")] == [1]
        assert store.summaries("Old", BatchKind.REVOKE) == []

        # Revocation batches work on the migrated file, and their rows go with them.
        batch = store.create_batch("Old", "Leavers", kind=BatchKind.REVOKE, reason="Left")
        store.revocations.add_rows(batch.id, [found("e1"), found("e2")])
        (summary,) = store.summaries("Old", BatchKind.REVOKE)
        assert (summary.batch.reason, summary.counts) == ("Left", BatchCounts(total=2, pending=2))
        store.delete_batch(batch.id)
        assert conn.execute("SELECT COUNT(*) FROM revocation_rows").fetchone()[0] == 0
        assert len(store.rows(1)) == 1  # the award batch is untouched
    finally:
        conn.close()


# ------------------------------------------------------------------ batches


def test_create_revocation_batch_with_a_reason_and_change_it(store: DraftStore) -> None:
    batch = store.create_batch("Prod", "Leavers", kind=BatchKind.REVOKE, reason="Left the school")
    assert (batch.kind, batch.reason, batch.badgeclass) == (
        BatchKind.REVOKE,
        "Left the school",
        None,
    )
    assert store.batch(batch.id) == batch

    updated = store.update_batch(batch.id, reason="Course cancelled")
    assert updated.reason == "Course cancelled"
    assert updated.updated_at > batch.updated_at
    renamed = store.update_batch(batch.id, name="Leavers 2026")
    assert (renamed.name, renamed.reason) == ("Leavers 2026", "Course cancelled")
    assert store.update_batch(batch.id, reason="").reason == ""
    award = store.create_batch("Prod", "Awards")
    assert (award.kind, award.reason) == (BatchKind.AWARD, "")


def test_an_unknown_batch_kind_is_refused(store: DraftStore, conn: sqlite3.Connection) -> None:
    with pytest.raises(ValueError, match="unknown batch kind"):
        store.create_batch("Prod", "x", kind="grant")
    assert conn.execute("SELECT COUNT(*) FROM draft_batches").fetchone()[0] == 0
    with pytest.raises((KeyError, ValueError)):
        store.summaries("Prod", "grant")


def test_summaries_keep_award_and_revocation_batches_apart(store: DraftStore) -> None:
    award = store.create_batch("Prod", "Awards")
    store.add_rows(award.id, [RowFields("a@example.org"), RowFields("b@example.org")])
    revoke = new_batch(store, "Revocations")
    store.revocations.add_rows(revoke, [found("e1")])
    store.create_batch("Elsewhere", "Other profile", kind=BatchKind.REVOKE)

    (awards,) = store.summaries("Prod")
    assert (awards.batch.name, awards.counts) == ("Awards", BatchCounts(total=2, pending=2))
    (revocations,) = store.summaries("Prod", BatchKind.REVOKE)
    assert (revocations.batch.name, revocations.batch.kind) == ("Revocations", BatchKind.REVOKE)
    assert revocations.counts == BatchCounts(total=1, pending=1)
    assert [s.batch.name for s in store.summaries("Elsewhere", BatchKind.REVOKE)] == [
        "Other profile"
    ]
    assert store.summaries("Elsewhere") == []


def test_revocation_summaries_count_rows_and_know_when_last_sent(store: DraftStore) -> None:
    revs = store.revocations
    empty = new_batch(store, "Empty")
    drafted = new_batch(store, "Drafted")
    revs.add_rows(drafted, [found("d1"), found("d2", status="revoked")])
    partly = new_batch(store, "Partly")
    p = revs.add_rows(
        partly, [found("p1"), found("p2"), found("p3"), found("p4"), found("p5", "revoked")]
    )
    revs.mark_sending([p[0].id])
    first_sent = revs.mark_sending([p[1].id])[0].sent_at
    last_sent = revs.mark_sending([p[2].id])[0].sent_at
    revs.settle(
        [Settlement(p[0].id, RowState.REVOKED), Settlement(p[1].id, RowState.FAILED, error="busy")]
    )
    done = new_batch(store, "Done")
    d = revs.add_rows(done, [found("x1"), found("x2", "revoked")])
    revs.mark_sending([d[0].id])
    revs.settle([Settlement(d[0].id, RowState.REVOKED)])
    all_skipped = new_batch(store, "All skipped")
    revs.add_rows(all_skipped, [found("s1", "revoked")])
    # An award batch sent later does not count.
    award = store.create_batch("Prod", "Awards")
    (award_row,) = store.add_rows(award.id, [RowFields("a@example.org")])
    store.mark_sending(award_row.id)

    summaries = {s.batch.name: s for s in store.summaries("Prod", BatchKind.REVOKE)}

    assert set(summaries) == {"Empty", "Drafted", "Partly", "Done", "All skipped"}
    counts = {name: s.counts for name, s in summaries.items()}
    assert counts["Empty"] == BatchCounts()
    assert counts["Drafted"] == BatchCounts(total=2, pending=1, skipped=1)
    assert counts["Partly"] == BatchCounts(
        total=5, pending=1, sending=1, revoked=1, failed=1, skipped=1
    )
    assert counts["Done"] == BatchCounts(total=2, revoked=1, skipped=1)
    assert counts["All skipped"] == BatchCounts(total=1, skipped=1)
    assert [counts[n].settled for n in ("Empty", "Drafted", "Partly", "Done")] == [0, 1, 2, 2]
    states = {name: c.state for name, c in counts.items()}
    assert states == {
        "Empty": BatchState.DRAFT,
        "Drafted": BatchState.DRAFT,
        "Partly": BatchState.PARTLY_SUBMITTED,
        "Done": BatchState.DONE,
        "All skipped": BatchState.DONE,
    }
    # last_sent: None until a row was marked sending, then the latest sent_at of any state.
    assert summaries["Empty"].last_sent is None
    assert summaries["Drafted"].last_sent is None
    assert summaries["All skipped"].last_sent is None
    assert first_sent is not None
    assert last_sent is not None
    assert last_sent > first_sent
    assert summaries["Partly"].last_sent == last_sent
    assert summaries["Done"].last_sent == revs.row(d[0].id).sent_at
    assert summaries["Empty"].batch.id == empty


@pytest.mark.parametrize(
    ("counts", "settled", "state"),
    [
        (BatchCounts(total=2, pending=1, skipped=1), 1, BatchState.DRAFT),
        (BatchCounts(total=2, pending=1, sending=1), 0, BatchState.PARTLY_SUBMITTED),
        (BatchCounts(total=2, pending=1, revoked=1), 1, BatchState.PARTLY_SUBMITTED),
        (BatchCounts(total=2, failed=1, skipped=1), 1, BatchState.PARTLY_SUBMITTED),
        (BatchCounts(total=3, revoked=2, skipped=1), 3, BatchState.DONE),
        (BatchCounts(total=2, skipped=2), 2, BatchState.DONE),
    ],
)
def test_batch_counts_of_revocations(counts: BatchCounts, settled: int, state: str) -> None:
    assert counts.settled == settled
    assert counts.state == state


# ------------------------------------------------------------------ adding rows


def test_add_rows_appends_in_order_and_returns_what_was_added(
    store: DraftStore, revs: RevocationStore
) -> None:
    batch = new_batch(store)
    first = revs.add_rows(batch, [found("e1"), found("e2")])
    second = revs.add_rows(batch, iter([found("e3"), by_recipient("ann@example.org")]))
    assert [r.target.entity_id for r in first] == ["e1", "e2"]
    assert [r.target.entity_id or r.target.identity for r in second] == ["e3", "ann@example.org"]
    assert [r.position for r in revs.rows(batch)] == [1.0, 2.0, 3.0, 4.0]
    assert ids_of(revs, batch) == ["e1", "e2", "e3", "ann@example.org"]
    assert all(
        r.state == RowState.PENDING and r.attempts == 0 and r.sent_at is None for r in second
    )
    assert revs.add_rows(batch, []) == []
    assert revs.rows(batch) == [*first, *second]


def test_add_rows_keeps_every_field(store: DraftStore, revs: RevocationStore) -> None:
    batch = new_batch(store)
    target = RevocationTarget(
        "e1",
        identity="ann@example.org",
        recipient_type="email",
        badgeclass_id="bc-1",
        badgeclass_name="First «aid»",
        issued_on=ISSUED,
        status="expired",
        match=Match.FOUND,
        note="seen in the Assertions tab",
        reason="Her own reason",
    )
    (row,) = revs.add_rows(batch, [target])
    assert row.target == target
    assert revs.row(row.id) == row


def test_a_target_already_in_the_batch_is_not_added_twice(
    store: DraftStore, revs: RevocationStore
) -> None:
    batch = new_batch(store)
    other = new_batch(store, "other")
    added = revs.add_rows(
        batch,
        [
            found("e1"),
            found("e1", reason="again"),  # the same assertion in one call
            by_recipient("Ann@Example.org", "bc-1"),
            by_recipient(" ann@example.org ", "bc-1"),  # same recipient and class
            by_recipient("ann@example.org", "bc-2"),  # another badge class: another award
            by_recipient("bob@example.org", "bc-1"),
        ],
    )
    assert [r.target.entity_id or r.target.identity for r in added] == [
        "e1",
        "Ann@Example.org",
        "ann@example.org",
        "bob@example.org",
    ]
    assert added[0].target.reason == ""  # the first one is kept

    # Across calls too; only what is new is added and returned.
    again = revs.add_rows(
        batch,
        [found("e1"), by_recipient("ANN@EXAMPLE.ORG", "bc-1"), found("e2"), found("e2")],
    )
    assert [r.target.entity_id for r in again] == ["e2"]
    assert len(revs.rows(batch)) == 5
    assert again[0].position == 5.0
    # Another batch may hold the same awards.
    assert len(revs.add_rows(other, [found("e1"), by_recipient("ann@example.org")])) == 2


def test_an_award_already_revoked_comes_in_skipped(
    store: DraftStore, revs: RevocationStore
) -> None:
    batch = new_batch(store)
    live, revoked, expired = revs.add_rows(
        batch,
        [found("e1"), found("e2", "revoked", note="Revoked last week"), found("e3", "expired")],
    )
    assert (live.state, revoked.state, expired.state) == (
        RowState.PENDING,
        RowState.SKIPPED,
        RowState.PENDING,
    )
    assert revoked.target.note == "Revoked last week"
    assert revoked.editable


def test_seen_at_is_set_only_for_found_targets(
    store: DraftStore, revs: RevocationStore, clock: TickingClock
) -> None:
    batch = new_batch(store)
    seen, unchecked, to_resolve = revs.add_rows(
        batch,
        [
            found("e1"),
            RevocationTarget("e2", match=Match.UNCHECKED),
            by_recipient("ann@example.org"),
        ],
    )
    assert seen.seen_at is not None
    assert START < seen.seen_at <= clock.now
    assert unchecked.seen_at is None
    assert to_resolve.seen_at is None
    assert (unchecked.state, to_resolve.state) == (RowState.PENDING, RowState.PENDING)


# ------------------------------------------------------------------ deleting and restoring


def test_delete_rows_and_restore_them_identically(store: DraftStore, revs: RevocationStore) -> None:
    batch = new_batch(store)
    rows = revs.add_rows(
        batch,
        [
            found("e1"),
            found(
                "e2",
                identity="bob@example.org",
                badgeclass_id="bc-1",
                badgeclass_name="First aid",
                issued_on=ISSUED,
                note="n",
            ),
            found("e3", "revoked", note="Revoked before"),
            RevocationTarget("e4", match=Match.UNCHECKED),
        ],
    )
    revs.set_reason([rows[1].id], "His own reason")
    fail(revs, rows[1].id, error="Server busy", code="busy")
    before = revs.rows(batch)
    failed = before[1]
    assert (failed.state, failed.error, failed.code, failed.retriable, failed.attempts) == (
        RowState.FAILED,
        "Server busy",
        "busy",
        True,
        1,
    )
    assert failed.sent_at is not None
    assert failed.seen_at is not None

    deleted = revs.delete_rows([rows[1].id, rows[2].id, rows[3].id])

    assert deleted == [before[1], before[2], before[3]]
    assert ids_of(revs, batch) == ["e1"]
    revs.restore_rows(batch, deleted)
    assert revs.rows(batch) == before
    assert revs.delete_rows([]) == []


@pytest.mark.parametrize("state", [RowState.SENDING, RowState.REVOKED])
def test_rows_sent_cannot_be_deleted(store: DraftStore, revs: RevocationStore, state: str) -> None:
    batch = new_batch(store)
    sent, other = revs.add_rows(batch, [found("e1"), found("e2")])
    revs.mark_sending([sent.id])
    if state == RowState.REVOKED:
        revs.settle([Settlement(sent.id, RowState.REVOKED)])
    before = revs.rows(batch)
    assert not before[0].editable
    with pytest.raises(ValueError, match="can no longer be deleted"):
        revs.delete_rows([other.id, sent.id])
    assert revs.rows(batch) == before  # the editable row was not deleted either


# ------------------------------------------------------------------ reasons


def test_set_reason_gives_rows_their_own_reason(store: DraftStore, revs: RevocationStore) -> None:
    batch = new_batch(store, reason="Course cancelled")
    a, b, c = revs.add_rows(batch, [found("e1"), found("e2"), found("e3", "revoked")])

    changed = revs.set_reason([a.id, c.id], "  Left the school \n")

    assert [r.target.reason for r in changed] == ["Left the school", "Left the school"]
    assert [r.state for r in changed] == [RowState.PENDING, RowState.SKIPPED]
    assert revs.row(b.id).target.reason == ""
    assert revs.row(a.id).reason_in("Course cancelled") == "Left the school"
    assert revs.row(b.id).reason_in("Course cancelled") == "Course cancelled"
    (back,) = revs.set_reason([a.id], "   ")
    assert back.target.reason == ""
    assert back.reason_in(" Course cancelled ") == "Course cancelled"


def test_a_failed_row_given_a_reason_goes_back_to_pending(
    store: DraftStore, revs: RevocationStore
) -> None:
    batch = new_batch(store, reason="")
    (row,) = revs.add_rows(batch, [found("e1")])
    fail(revs, row.id, error="revocationReason is required", code="missing_reason")

    (edited,) = revs.set_reason([row.id], "Plagiarism")

    assert edited.target.reason == "Plagiarism"
    assert (edited.state, edited.error) == (RowState.PENDING, "")
    # What the server said about the last try is cleared with it, as reset_failed does.
    assert (edited.code, edited.retriable) == ("", False)
    assert edited.attempts == 1  # the history of what was tried is kept


@pytest.mark.parametrize("state", [RowState.SENDING, RowState.REVOKED])
def test_set_reason_refuses_rows_sent(store: DraftStore, revs: RevocationStore, state: str) -> None:
    batch = new_batch(store)
    editable, sent = revs.add_rows(batch, [found("e1"), found("e2")])
    revs.mark_sending([sent.id])
    if state == RowState.REVOKED:
        revs.settle([Settlement(sent.id, RowState.REVOKED)])
    before = revs.rows(batch)
    updated_at = store.batch(batch).updated_at
    with pytest.raises(ValueError, match="can no longer change"):
        revs.set_reason([editable.id, sent.id], "Too late")
    assert revs.rows(batch) == before
    assert store.batch(batch).updated_at == updated_at


@pytest.mark.parametrize(
    ("row_reason", "batch_reason", "expected"),
    [
        ("", "Course cancelled", "Course cancelled"),
        ("  Left  ", "Course cancelled", "Left"),
        ("   ", " Course cancelled ", "Course cancelled"),
        ("Own", "", "Own"),
        ("", "  ", ""),
    ],
)
def test_reason_in_prefers_the_rows_own_reason(
    row_reason: str, batch_reason: str, expected: str
) -> None:
    row = RevocationRow(1, 1.0, found("e1", reason=row_reason))
    assert row.reason_in(batch_reason) == expected


# ------------------------------------------------------------------ what the server said


def test_record_seen_updates_the_target_and_keeps_the_rows_reason(
    store: DraftStore, revs: RevocationStore, clock: TickingClock
) -> None:
    batch = new_batch(store)
    (row,) = revs.add_rows(batch, [RevocationTarget("e1", match=Match.UNCHECKED, reason="Own")])
    assert row.seen_at is None
    server = found(
        "e1",
        identity="ann@example.org",
        badgeclass_id="bc-1",
        badgeclass_name="First aid",
        issued_on=ISSUED,
        reason="",  # the server knows nothing of the row's reason
    )

    seen = revs.record_seen(row.id, server)

    assert seen.target == RevocationTarget(
        "e1",
        identity="ann@example.org",
        badgeclass_id="bc-1",
        badgeclass_name="First aid",
        issued_on=ISSUED,
        status="active",
        match=Match.FOUND,
        reason="Own",
    )
    assert seen.state == RowState.PENDING
    assert seen.seen_at is not None
    assert START < seen.seen_at <= clock.now
    first_seen = seen.seen_at
    again = revs.record_seen(row.id, server)
    assert again.seen_at is not None
    assert again.seen_at > first_seen
    assert revs.row(row.id) == again


def test_a_pending_row_seen_revoked_is_skipped(store: DraftStore, revs: RevocationStore) -> None:
    batch = new_batch(store)
    (row,) = revs.add_rows(batch, [RevocationTarget("e1", match=Match.UNCHECKED)])
    seen = revs.record_seen(row.id, found("e1", "revoked", note="Revoked last week"))
    assert (seen.state, seen.target.status, seen.target.note) == (
        RowState.SKIPPED,
        "revoked",
        "Revoked last week",
    )


def test_a_skipped_row_seen_live_is_pending_again(store: DraftStore, revs: RevocationStore) -> None:
    batch = new_batch(store)
    (row,) = revs.add_rows(batch, [found("e1", "revoked")])
    assert row.state == RowState.SKIPPED
    assert revs.record_seen(row.id, found("e1", "active")).state == RowState.PENDING


def test_a_skipped_row_not_found_is_pending_again(store: DraftStore, revs: RevocationStore) -> None:
    batch = new_batch(store)
    (row,) = revs.add_rows(batch, [found("e1", "revoked")])
    missing = RevocationTarget("e1", match=Match.NOT_FOUND, note="No award with this entityId.")
    seen = revs.record_seen(row.id, missing)
    assert seen.state == RowState.PENDING
    assert (seen.target.match, seen.target.status) == (Match.NOT_FOUND, "")


def test_a_pending_row_not_found_stays_pending(store: DraftStore, revs: RevocationStore) -> None:
    batch = new_batch(store)
    (row,) = revs.add_rows(batch, [found("e1")])
    seen = revs.record_seen(row.id, RevocationTarget("e1", match=Match.NOT_FOUND))
    assert (seen.state, seen.target.match) == (RowState.PENDING, Match.NOT_FOUND)


@pytest.mark.parametrize("state", [RowState.SENDING, RowState.REVOKED])
@pytest.mark.parametrize("status", ["active", "revoked"])
def test_rows_sent_keep_their_state_when_seen(
    store: DraftStore, revs: RevocationStore, state: str, status: str
) -> None:
    batch = new_batch(store)
    (row,) = revs.add_rows(batch, [found("e1", reason="Own")])
    revs.mark_sending([row.id])
    if state == RowState.REVOKED:
        revs.settle([Settlement(row.id, RowState.REVOKED)])
    before = revs.row(row.id)
    assert before.seen_at is not None

    seen = revs.record_seen(row.id, found("e1", status, badgeclass_name="First aid"))

    assert seen.state == state
    assert (seen.attempts, seen.sent_at) == (before.attempts, before.sent_at)
    assert seen.target.status == status
    assert seen.target.reason == "Own"
    assert seen.seen_at is not None
    assert seen.seen_at > before.seen_at


# ------------------------------------------------------------------ outbox


def test_mark_sending_moves_only_pending_and_failed_rows(
    store: DraftStore, revs: RevocationStore, clock: TickingClock
) -> None:
    batch = new_batch(store)
    pending, failed, skipped, sending, revoked = revs.add_rows(
        batch, [found("p"), found("f"), found("s", "revoked"), found("x"), found("r")]
    )
    fail(revs, failed.id, error="Server busy", code="busy")
    revs.mark_sending([sending.id, revoked.id])
    revs.settle([Settlement(revoked.id, RowState.REVOKED)])
    untouched = {
        row.id: row
        for row in revs.rows(batch, [RowState.SKIPPED, RowState.SENDING, RowState.REVOKED])
    }

    moved = revs.mark_sending([pending.id, failed.id, skipped.id, sending.id, revoked.id])

    assert [r.id for r in moved] == [pending.id, failed.id, skipped.id, sending.id, revoked.id]
    p, f = moved[0], moved[1]
    assert (p.state, p.attempts, p.error, p.code) == (RowState.SENDING, 1, "", "")
    assert (f.state, f.attempts, f.error, f.code) == (RowState.SENDING, 2, "", "")
    assert p.sent_at is not None
    assert START < p.sent_at <= clock.now
    assert f.sent_at is not None
    assert START < f.sent_at <= clock.now
    assert not p.editable
    for row in moved[2:]:
        assert row == untouched[row.id]
    assert revs.mark_sending([]) == []


def test_settle_writes_outcomes_and_audit_entries(
    store: DraftStore, revs: RevocationStore, conn: sqlite3.Connection
) -> None:
    batch = new_batch(store)
    a, b, c, d = revs.add_rows(batch, [found("a"), found("b"), found("c"), found("d")])
    revs.mark_sending([a.id, b.id, c.id, d.id])

    settled = revs.settle(
        [
            Settlement(
                a.id, RowState.REVOKED, audit=AuditRecord("Prod", "ann", "batch revoke", "a", "ok")
            ),
            Settlement(
                b.id,
                RowState.FAILED,
                error="Server busy",
                code="busy",
                retriable=True,
                audit=AuditRecord("Prod", "ann", "batch revoke", "b", "failed", "Server busy"),
            ),
            Settlement(c.id, RowState.SKIPPED, error="", code="already_revoked"),
            Settlement(
                d.id,
                RowState.FAILED,
                error="permission denied or object not found",
                code="not_found",
                audit=AuditRecord("Prod", "ann", "batch revoke", "d", "failed", "not_found"),
            ),
        ]
    )

    assert [r.id for r in settled] == [a.id, b.id, c.id, d.id]
    assert [(r.state, r.error, r.code, r.retriable) for r in settled] == [
        (RowState.REVOKED, "", "", False),
        (RowState.FAILED, "Server busy", "busy", True),
        (RowState.SKIPPED, "", "already_revoked", False),
        (RowState.FAILED, "permission denied or object not found", "not_found", False),
    ]
    assert [r.target.status for r in settled] == ["revoked", "active", "revoked", "active"]
    assert settled == [revs.row(r.id) for r in settled]
    entries = AuditLog(conn).entries()
    assert [(e.target, e.outcome, e.detail) for e in reversed(entries)] == [
        ("a", "ok", ""),
        ("b", "failed", "Server busy"),
        ("d", "failed", "not_found"),
    ]
    assert all((e.profile, e.user, e.operation) == ("Prod", "ann", "batch revoke") for e in entries)
    assert all(e.at > START for e in entries)  # the store's clock


def test_settle_is_one_transaction_with_its_audit_entries(
    store: DraftStore, revs: RevocationStore, conn: sqlite3.Connection
) -> None:
    batch = new_batch(store)
    a, b = revs.add_rows(batch, [found("a"), found("b")])
    revs.mark_sending([a.id, b.id])
    before = revs.rows(batch)
    updated_at = store.batch(batch).updated_at
    leaked = AuditRecord("Prod", "ann", "batch revoke", "b Bearer abcdefgh12345", "ok")

    with pytest.raises(ValueError, match="token"):
        revs.settle(
            [
                Settlement(
                    a.id, RowState.REVOKED, audit=AuditRecord("Prod", "ann", "x", "a", "ok")
                ),
                Settlement(b.id, RowState.REVOKED, audit=leaked),
            ]
        )

    assert revs.rows(batch) == before  # a's outcome was rolled back too
    assert [r.state for r in revs.rows(batch)] == [RowState.SENDING, RowState.SENDING]
    assert AuditLog(conn).entries() == []
    assert store.batch(batch).updated_at == updated_at
    assert not conn.in_transaction


def test_settle_refuses_an_unknown_state(
    store: DraftStore, revs: RevocationStore, conn: sqlite3.Connection
) -> None:
    batch = new_batch(store)
    a, b = revs.add_rows(batch, [found("a"), found("b")])
    revs.mark_sending([a.id, b.id])
    before = revs.rows(batch)
    for state in ("lost", RowState.AWARDED):
        with pytest.raises(ValueError, match="unknown row state"):
            revs.settle(
                [
                    Settlement(
                        a.id, RowState.REVOKED, audit=AuditRecord("Prod", "ann", "x", "a", "ok")
                    ),
                    Settlement(b.id, state),
                ]
            )
    assert revs.rows(batch) == before
    assert AuditLog(conn).entries() == []


def test_reset_failed_all_and_by_ids(store: DraftStore, revs: RevocationStore) -> None:
    batch = new_batch(store)
    other = new_batch(store, "other")
    rows = revs.add_rows(batch, [found("a"), found("b"), found("c"), found("d")])
    (elsewhere,) = revs.add_rows(other, [found("x")])
    for row in (*rows[:3], elsewhere):
        fail(revs, row.id, error="busy", code="rate_limited")
    revs.mark_sending([rows[2].id])
    revs.settle([Settlement(rows[2].id, RowState.REVOKED)])  # not failed: left alone

    assert revs.reset_failed(batch, [rows[1].id, rows[2].id, rows[3].id]) == 1
    assert [r.state for r in revs.rows(batch)] == [
        RowState.FAILED,
        RowState.PENDING,
        RowState.REVOKED,
        RowState.PENDING,
    ]
    reset = revs.row(rows[1].id)
    assert (reset.error, reset.code, reset.retriable, reset.attempts) == ("", "", False, 1)

    assert revs.reset_failed(batch) == 1
    assert [r.state for r in revs.rows(batch)] == [
        RowState.PENDING,
        RowState.PENDING,
        RowState.REVOKED,
        RowState.PENDING,
    ]
    assert revs.row(elsewhere.id).state == RowState.FAILED  # another batch's rows are untouched
    assert revs.reset_failed(batch) == 0


def test_rows_filtered_by_state_and_unknown_row(store: DraftStore, revs: RevocationStore) -> None:
    batch = new_batch(store)
    a, b, c = revs.add_rows(batch, [found("a"), found("b", "revoked"), found("c")])
    fail(revs, c.id)
    assert [r.id for r in revs.rows(batch, [RowState.PENDING, RowState.FAILED])] == [a.id, c.id]
    assert [r.id for r in revs.rows(batch, [RowState.SKIPPED])] == [b.id]
    assert revs.rows(batch, [RowState.SENDING]) == []
    with pytest.raises(KeyError):
        revs.row(404)


def test_revocation_edits_change_updated_at(store: DraftStore, revs: RevocationStore) -> None:
    batch = new_batch(store)
    seen = [store.batch(batch).updated_at]

    def changed() -> None:
        current = store.batch(batch).updated_at
        assert current > seen[-1]
        seen.append(current)

    a, b = revs.add_rows(batch, [found("a"), found("b")])
    changed()
    revs.set_reason([a.id], "own")
    changed()
    revs.record_seen(a.id, found("a"))
    changed()
    revs.restore_rows(batch, revs.delete_rows([b.id]))
    changed()
    revs.mark_sending([a.id])
    changed()
    revs.settle([Settlement(a.id, RowState.FAILED, error="x")])
    changed()
    revs.reset_failed(batch)
    changed()
    revs.reset_failed(batch)  # nothing to reset: not an edit
    revs.add_rows(batch, [found("a")])  # nothing new: not an edit
    assert store.batch(batch).updated_at == seen[-1]


def test_a_phone_number_typed_with_spaces_is_the_same_recipient(store: DraftStore) -> None:
    batch = store.create_batch("Prod", "Phones", kind=BatchKind.REVOKE)
    first = RevocationTarget(None, "+44 20 7946 0000", "telephone", "bc1", match=Match.TO_RESOLVE)
    again = RevocationTarget(None, "+442079460000", "telephone", "bc1", match=Match.TO_RESOLVE)
    assert len(store.revocations.add_rows(batch.id, [first, again])) == 1
