"""The draft store and outbox (schema v3), on real SQLite files in tmp_path."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from badgedesk.core.batches import (
    AuditRecord,
    BadgeClassChoice,
    BatchCounts,
    BatchDefaults,
    DraftRow,
    RowFields,
)
from badgedesk.core.states import BatchState, RowState
from badgedesk.store import SCHEMA_VERSION, AuditLog, open_database
from badgedesk.store.database import MIGRATIONS
from badgedesk.store.drafts import DraftStore
from tests.clocks import TickingClock

START = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)


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


def _fields(*identities: str) -> list[RowFields]:
    return [RowFields(identity) for identity in identities]


def _identities(store: DraftStore, batch_id: int) -> list[str]:
    return [row.fields.identity for row in store.rows(batch_id)]


# ------------------------------------------------------------------ schema


def test_fresh_database_is_at_version_8_with_draft_tables(conn: sqlite3.Connection) -> None:
    assert SCHEMA_VERSION == 8
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 8
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"draft_batches", "draft_rows", "revocation_rows", "draft_badgeclasses"} <= tables
    assert "cache_first_pages" in tables
    (fk,) = conn.execute("PRAGMA foreign_key_list(draft_rows)").fetchall()
    assert (fk["table"], fk["from"], fk["on_delete"]) == ("draft_batches", "batch_id", "CASCADE")


def test_version_2_file_migrates_and_drafts_work(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    raw = sqlite3.connect(path)
    for script in MIGRATIONS[:2]:
        raw.executescript(script)
    raw.execute("PRAGMA user_version = 2")
    raw.execute(
        "INSERT INTO cache_badgeclasses (profile, entity_id, issuer_id, name, json)"
        " VALUES ('Old', 'bc1', 'iss1', 'First aid', '{}')"
    )
    raw.commit()
    raw.close()

    conn = open_database(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("SELECT name FROM cache_badgeclasses").fetchone()[0] == "First aid"
        store = DraftStore(conn)
        batch = store.create_batch("Old", "After the upgrade", BadgeClassChoice("bc1", "First aid"))
        store.add_rows(batch.id, _fields("a@example.org"))
        assert store.counts(batch.id) == BatchCounts(total=1, pending=1)
        store.delete_batch(batch.id)  # the cascade works on a migrated file too
        assert conn.execute("SELECT COUNT(*) FROM draft_rows").fetchone()[0] == 0
    finally:
        conn.close()


# ------------------------------------------------------------------ batches


def test_create_batch_and_read_it_back(store: DraftStore) -> None:
    choice = BadgeClassChoice("bc-1", "First aid", "Red Cross")
    batch = store.create_batch("Prod", "Spring", choice, uid="fixed-uid")
    assert batch.profile == "Prod"
    assert batch.name == "Spring"
    assert batch.uid == "fixed-uid"
    assert batch.badgeclass == choice
    assert batch.defaults == BatchDefaults()
    assert batch.created_at == batch.updated_at == START + timedelta(seconds=1)
    assert store.batch(batch.id) == batch
    other = store.create_batch("Prod", "Other")
    assert other.badgeclass is None
    assert len(other.uid) == 32
    assert other.uid != batch.uid


def test_unknown_batch_and_row_are_key_errors(store: DraftStore) -> None:
    with pytest.raises(KeyError):
        store.batch(404)
    with pytest.raises(KeyError):
        store.row(404)


def test_summaries_with_counts_and_states(store: DraftStore) -> None:
    empty = store.create_batch("Prod", "Empty")
    drafted = store.create_batch("Prod", "Drafted")
    store.add_rows(drafted.id, _fields("a", "b"))
    partly = store.create_batch("Prod", "Partly")
    rows = store.add_rows(partly.id, _fields("a", "b", "c", "d"))
    store.settle_row(rows[0].id, RowState.AWARDED, entity_id="e1")
    store.settle_row(rows[1].id, RowState.FAILED, error="nope")
    store.mark_sending(rows[2].id)
    done = store.create_batch("Prod", "Done")
    for row in store.add_rows(done.id, _fields("a", "b")):
        store.settle_row(row.id, RowState.AWARDED, entity_id=f"e-{row.id}")
    store.create_batch("Elsewhere", "Other profile")

    summaries = store.summaries("Prod")

    assert [s.batch.name for s in summaries] == ["Done", "Partly", "Drafted", "Empty"]
    by_name = {s.batch.name: s.counts for s in summaries}
    assert by_name["Empty"] == BatchCounts()
    assert by_name["Drafted"] == BatchCounts(total=2, pending=2)
    assert by_name["Partly"] == BatchCounts(total=4, pending=1, sending=1, awarded=1, failed=1)
    assert by_name["Done"] == BatchCounts(total=2, awarded=2)
    assert [by_name[n].state for n in ("Empty", "Drafted", "Partly", "Done")] == [
        BatchState.DRAFT,
        BatchState.DRAFT,
        BatchState.PARTLY_SUBMITTED,
        BatchState.DONE,
    ]
    assert store.counts(partly.id) == by_name["Partly"]
    assert store.counts(empty.id) == BatchCounts()
    assert [s.batch.name for s in store.summaries("Elsewhere")] == ["Other profile"]
    assert store.summaries("Nobody") == []


def test_summaries_of_chosen_batches_count_their_rows_alone(store: DraftStore) -> None:
    """What a running batch's progress reads: its own counts, as the whole list has them."""
    sending = store.create_batch("Prod", "Sending")
    rows = store.add_rows(sending.id, _fields("a", "b", "c"))
    store.settle_row(rows[0].id, RowState.AWARDED, entity_id="e1")
    store.mark_sending(rows[1].id)
    other = store.create_batch("Prod", "Other")
    store.add_rows(other.id, _fields("a"))
    store.create_batch("Elsewhere", "Other profile")

    [chosen] = store.summaries("Prod", batch_ids={sending.id})

    whole = {s.batch.id: s for s in store.summaries("Prod")}
    assert chosen == whole[sending.id]
    assert chosen.counts == BatchCounts(total=3, pending=1, sending=1, awarded=1)
    assert store.summaries("Elsewhere", batch_ids={sending.id}) == [], "another profile's"
    assert store.summaries("Prod", batch_ids=()) == []


@pytest.mark.parametrize(
    ("counts", "state"),
    [
        (BatchCounts(), BatchState.DRAFT),
        (BatchCounts(total=3, pending=3), BatchState.DRAFT),
        (BatchCounts(total=3, pending=2, sending=1), BatchState.PARTLY_SUBMITTED),
        (BatchCounts(total=3, pending=2, failed=1), BatchState.PARTLY_SUBMITTED),
        (BatchCounts(total=3, failed=3), BatchState.PARTLY_SUBMITTED),
        (BatchCounts(total=3, awarded=2, failed=1), BatchState.PARTLY_SUBMITTED),
        (BatchCounts(total=3, awarded=3), BatchState.DONE),
    ],
)
def test_batch_counts_state(counts: BatchCounts, state: str) -> None:
    assert counts.state == state


def test_summaries_put_the_last_edited_first(store: DraftStore) -> None:
    first = store.create_batch("Prod", "First")
    store.create_batch("Prod", "Second")
    store.add_rows(first.id, _fields("a"))
    assert [s.batch.name for s in store.summaries("Prod")] == ["First", "Second"]


def test_update_batch_round_trips_name_badgeclass_and_defaults(store: DraftStore) -> None:
    batch = store.create_batch("Prod", "Old name")
    choice = BadgeClassChoice("bc-2", "Advanced «first» aid", "")
    defaults = BatchDefaults(
        narrative="Well done",
        evidence_url="https://example.org/e",
        evidence_narrative="Sheet",
        issued_on=date(2026, 2, 28),
        expires=date(2030, 12, 31),
        allow_duplicate_awards=True,
        notify=True,
    )

    updated = store.update_batch(batch.id, name="New name", badgeclass=choice, defaults=defaults)

    assert (updated.name, updated.badgeclass, updated.defaults) == ("New name", choice, defaults)
    assert store.batch(batch.id) == updated
    # What is not given is kept.
    renamed = store.update_batch(batch.id, name="Third")
    assert (renamed.badgeclass, renamed.defaults) == (choice, defaults)
    cleared = store.update_batch(batch.id, defaults=BatchDefaults())
    assert cleared.defaults == BatchDefaults()
    assert cleared.name == "Third"


def test_defaults_json_ignores_unknown_keys() -> None:
    data = {**BatchDefaults(notify=True).to_json(), "future": 1}
    assert BatchDefaults.from_json(data) == BatchDefaults(notify=True)


def test_deleting_a_batch_deletes_its_rows(store: DraftStore, conn: sqlite3.Connection) -> None:
    doomed = store.create_batch("Prod", "Doomed")
    kept = store.create_batch("Prod", "Kept")
    store.add_rows(doomed.id, _fields("a", "b", "c"))
    store.add_rows(kept.id, _fields("x"))

    store.delete_batch(doomed.id)

    left = conn.execute("SELECT COUNT(*) FROM draft_rows WHERE batch_id = ?", (doomed.id,))
    assert left.fetchone()[0] == 0
    assert store.rows(doomed.id) == []
    assert _identities(store, kept.id) == ["x"]
    with pytest.raises(KeyError):
        store.batch(doomed.id)


# ------------------------------------------------------------------ rows


def test_add_rows_appends_in_order(store: DraftStore) -> None:
    batch = store.create_batch("Prod", "b")
    first = store.add_rows(batch.id, _fields("a", "b"))
    second = store.add_rows(batch.id, iter(_fields("c", "d")))  # any iterable
    assert [r.fields.identity for r in first] == ["a", "b"]
    assert [r.fields.identity for r in second] == ["c", "d"]
    assert [r.position for r in store.rows(batch.id)] == [1.0, 2.0, 3.0, 4.0]
    assert all(
        r.state == RowState.PENDING and r.attempts == 0 and r.sent_at is None for r in second
    )
    assert store.add_rows(batch.id, []) == []


def test_add_rows_keeps_every_field(store: DraftStore) -> None:
    batch = store.create_batch("Prod", "b")
    fields = RowFields(
        "https://example.org/ann",
        recipient_type="url",
        narrative="Narrative, with «quotes»",
        evidence_url="https://example.org/ev",
        issued_on=date(2026, 1, 31),
        expires=date(2027, 1, 31),
    )
    (row,) = store.add_rows(batch.id, [fields])
    assert row.fields == fields
    assert store.row(row.id) == row


def test_add_rows_after_inserts_between_in_order(store: DraftStore) -> None:
    batch = store.create_batch("Prod", "b")
    a, b, c = store.add_rows(batch.id, _fields("a", "b", "c"))

    inserted = store.add_rows(batch.id, _fields("a1", "a2", "a3"), after=a.position)

    assert [r.fields.identity for r in inserted] == ["a1", "a2", "a3"]
    assert all(a.position < r.position < b.position for r in inserted)
    assert _identities(store, batch.id) == ["a", "a1", "a2", "a3", "b", "c"]
    store.add_rows(batch.id, _fields("a0"), after=a.position)
    store.add_rows(batch.id, iter(_fields("c1", "c2")), after=c.position)
    store.add_rows(batch.id, _fields("top"), after=0.0)
    expected = ["top", "a", "a0", "a1", "a2", "a3", "b", "c", "c1", "c2"]
    assert _identities(store, batch.id) == expected


def test_add_rows_after_into_an_empty_batch(store: DraftStore) -> None:
    batch = store.create_batch("Prod", "b")
    store.add_rows(batch.id, _fields("x", "y"), after=0.0)
    assert _identities(store, batch.id) == ["x", "y"]


def test_many_insertions_at_the_same_place_keep_their_order(store: DraftStore) -> None:
    batch = store.create_batch("Prod", "b")
    first, _ = store.add_rows(batch.id, _fields("first", "last"))
    for index in range(60):
        store.add_rows(batch.id, _fields(f"n{index}"), after=first.position)
    expected = ["first", *(f"n{index}" for index in reversed(range(60))), "last"]
    assert _identities(store, batch.id) == expected


def test_rows_filtered_by_state(store: DraftStore) -> None:
    batch = store.create_batch("Prod", "b")
    a, b, c = store.add_rows(batch.id, _fields("a", "b", "c"))
    store.settle_row(b.id, RowState.AWARDED, entity_id="e")
    store.settle_row(c.id, RowState.FAILED, error="x")
    assert _identities(store, batch.id) == ["a", "b", "c"]
    assert [r.id for r in store.rows(batch.id, [RowState.PENDING, RowState.FAILED])] == [a.id, c.id]
    assert store.rows(batch.id, [RowState.SENDING]) == []


def test_update_row_changes_fields(store: DraftStore) -> None:
    batch = store.create_batch("Prod", "b")
    (row,) = store.add_rows(batch.id, _fields("typo@exmple.org"))
    new = RowFields("ann@example.org", narrative="n", issued_on=date(2026, 3, 1))
    updated = store.update_row(row.id, new)
    assert updated == DraftRow(id=row.id, position=row.position, fields=new)


def test_failed_row_edited_goes_back_to_pending(store: DraftStore) -> None:
    batch = store.create_batch("Prod", "b")
    (row,) = store.add_rows(batch.id, _fields("bad"))
    store.mark_sending(row.id)
    failed = store.settle_row(row.id, RowState.FAILED, error="Not an email", retriable=True)
    assert failed.editable
    updated = store.update_row(row.id, RowFields("good@example.org"))
    assert (updated.state, updated.error, updated.retriable) == (RowState.PENDING, "", False)
    assert updated.attempts == 1  # history of what was tried is kept


def test_a_row_marked_sending_that_never_left_goes_back_as_it_was(store: DraftStore) -> None:
    """A pending row back from a lost answer (its reason kept, one attempt made) is marked
    again, then withdrawn: state, attempts, sending time and reason are as before; a row
    marked since by someone else, or settled, is left alone."""
    batch = store.create_batch("Prod", "b")
    first, second = store.add_rows(batch.id, _fields("a@example.org", "b@example.org"))
    store.mark_sending(first.id)
    before = store.settle_row(first.id, RowState.PENDING, error="The answer was lost")
    assert (before.attempts, before.sent_at is not None) == (1, True)
    marked = store.mark_sending(first.id)
    assert (marked.state, marked.attempts, marked.error) == (RowState.SENDING, 2, "")
    assert store.withdraw_sending(before) == before
    store.mark_sending(second.id)
    store.settle_row(second.id, RowState.AWARDED, entity_id="e2")
    settled = store.row(second.id)
    assert store.withdraw_sending(second) == settled, "settled: not put back"
    store.mark_sending(first.id)
    again = store.mark_sending(first.id)  # not pending: unchanged, still the first mark
    assert store.withdraw_sending(store.row(first.id)) == again, "not the mark it follows"


@pytest.mark.parametrize("state", [RowState.AWARDED, RowState.SENDING])
def test_sent_rows_cannot_change(store: DraftStore, state: str) -> None:
    batch = store.create_batch("Prod", "b")
    (row,) = store.add_rows(batch.id, _fields("a@example.org"))
    store.mark_sending(row.id)
    if state == RowState.AWARDED:
        store.settle_row(row.id, RowState.AWARDED, entity_id="e1")
    before = store.row(row.id)
    assert not before.editable
    with pytest.raises(ValueError, match=f"is {state}"):
        store.update_row(row.id, RowFields("other@example.org"))
    with pytest.raises(ValueError, match="can no longer be deleted"):
        store.delete_rows([row.id])
    assert store.row(row.id) == before


def test_a_row_in_a_state_not_named_editable_cannot_change(store: DraftStore) -> None:
    """Editable means pending or failed, not "anything but sent": a state a newer engine
    writes (``held``, already holding the badge) is read-only too."""
    batch = store.create_batch("Prod", "b")
    (row,) = store.add_rows(batch.id, _fields("a@example.org"))
    store._conn.execute("UPDATE draft_rows SET state = 'held' WHERE id = ?", (row.id,))
    before = store.row(row.id)
    assert not before.editable
    with pytest.raises(ValueError, match="is held"):
        store.update_row(row.id, RowFields("other@example.org"))
    with pytest.raises(ValueError, match="can no longer be deleted"):
        store.delete_rows([row.id])
    assert store.row(row.id) == before


def test_delete_rows_and_restore_them_identically(store: DraftStore) -> None:
    batch = store.create_batch("Prod", "b")
    rows = store.add_rows(
        batch.id,
        [
            RowFields("a"),
            RowFields("b", narrative="n", issued_on=date(2026, 1, 1), expires=date(2027, 1, 1)),
            RowFields("c"),
            RowFields("d"),
        ],
    )
    store.mark_sending(rows[1].id)
    store.settle_row(rows[1].id, RowState.FAILED, error="Bad", retriable=True)
    before = store.rows(batch.id)

    deleted = store.delete_rows([rows[1].id, rows[3].id])

    assert deleted == [before[1], before[3]]
    assert deleted[0].sent_at is not None
    assert deleted[0].attempts == 1
    assert _identities(store, batch.id) == ["a", "c"]
    store.restore_rows(batch.id, deleted)
    assert store.rows(batch.id) == before


def test_delete_rows_of_nothing(store: DraftStore) -> None:
    assert store.delete_rows([]) == []


def test_rows_added_after_a_restore_get_new_ids(store: DraftStore) -> None:
    batch = store.create_batch("Prod", "b")
    rows = store.add_rows(batch.id, _fields("a", "b"))
    store.restore_rows(batch.id, store.delete_rows([rows[1].id]))
    (new,) = store.add_rows(batch.id, _fields("c"))
    assert new.id not in {row.id for row in rows}
    assert _identities(store, batch.id) == ["a", "b", "c"]


# ------------------------------------------------------------------ outbox


def test_mark_sending_counts_attempts_and_sets_sent_at(
    store: DraftStore, clock: TickingClock
) -> None:
    batch = store.create_batch("Prod", "b")
    (row,) = store.add_rows(batch.id, _fields("a@example.org"))

    sending = store.mark_sending(row.id)
    assert (sending.state, sending.attempts) == (RowState.SENDING, 1)
    assert sending.sent_at is not None
    assert START < sending.sent_at <= clock.now
    assert not sending.editable

    store.settle_row(row.id, RowState.FAILED, error="Server busy", retriable=True)
    again = store.mark_sending(row.id)
    assert (again.state, again.attempts, again.error) == (RowState.SENDING, 2, "")
    assert again.sent_at is not None
    assert again.sent_at > sending.sent_at


def test_mark_sending_leaves_awarded_rows_alone(store: DraftStore) -> None:
    batch = store.create_batch("Prod", "b")
    (row,) = store.add_rows(batch.id, _fields("a@example.org"))
    store.mark_sending(row.id)
    awarded = store.settle_row(row.id, RowState.AWARDED, entity_id="e1")
    assert store.mark_sending(row.id) == awarded


def test_settle_row_records_outcome(store: DraftStore) -> None:
    batch = store.create_batch("Prod", "b")
    a, b = store.add_rows(batch.id, _fields("a@example.org", "b@example.org"))
    store.mark_sending(a.id)
    store.mark_sending(b.id)

    awarded = store.settle_row(a.id, RowState.AWARDED, entity_id="ent-a")
    failed = store.settle_row(b.id, RowState.FAILED, error="Recipient refused", retriable=True)

    assert (awarded.state, awarded.entity_id, awarded.error) == (RowState.AWARDED, "ent-a", "")
    assert (failed.state, failed.entity_id, failed.error, failed.retriable) == (
        RowState.FAILED,
        None,
        "Recipient refused",
        True,
    )
    back = store.settle_row(b.id, RowState.PENDING)
    assert (back.state, back.error, back.retriable) == (RowState.PENDING, "", False)
    with pytest.raises(ValueError, match="unknown row state"):
        store.settle_row(a.id, "lost")
    assert store.row(a.id) == awarded


def test_settle_row_writes_its_audit_entry_in_the_same_transaction(
    store: DraftStore, conn: sqlite3.Connection
) -> None:
    batch = store.create_batch("Prod", "b")
    a, b = store.add_rows(batch.id, _fields("a@example.org", "b@example.org"))
    store.mark_sending(a.id)
    store.mark_sending(b.id)
    log = AuditLog(conn)

    store.settle_row(
        a.id,
        RowState.AWARDED,
        entity_id="ent-a",
        audit=AuditRecord("Prod", "ann", "award", "bc-1 → a@example.org", "ok", "ent-a"),
    )

    (entry,) = log.entries()
    assert (entry.profile, entry.user, entry.operation, entry.outcome, entry.detail) == (
        "Prod",
        "ann",
        "award",
        "ok",
        "ent-a",
    )
    assert entry.target == "bc-1 → a@example.org"
    assert entry.at > START  # the store's clock

    # An audit entry that cannot be written undoes the row's outcome too.
    leaked = AuditRecord("Prod", "ann", "award", "b", "failed", "Bearer abcdefghijklmnop")
    with pytest.raises(ValueError, match="token"):
        store.settle_row(b.id, RowState.FAILED, error="x", audit=leaked)
    assert store.row(b.id).state == RowState.SENDING
    assert len(log.entries()) == 1
    assert not conn.in_transaction


def test_audit_without_a_row(store: DraftStore, conn: sqlite3.Connection) -> None:
    store.audit(AuditRecord("Prod", None, "reconcile", "bc-1", "unknown"))
    (entry,) = AuditLog(conn).entries()
    assert (entry.user, entry.operation, entry.outcome, entry.detail) == (
        None,
        "reconcile",
        "unknown",
        "",
    )


def test_reset_failed_all_and_by_ids(store: DraftStore) -> None:
    batch = store.create_batch("Prod", "b")
    other = store.create_batch("Prod", "other")
    rows = store.add_rows(batch.id, _fields("a", "b", "c", "d"))
    (elsewhere,) = store.add_rows(other.id, _fields("x"))
    for row in (*rows[:3], elsewhere):
        store.mark_sending(row.id)
        store.settle_row(row.id, RowState.FAILED, error="busy", retriable=True)
    store.settle_row(rows[2].id, RowState.AWARDED, entity_id="e")  # not failed: left alone

    assert store.reset_failed(batch.id, [rows[1].id, rows[2].id, rows[3].id]) == 1
    assert [r.state for r in store.rows(batch.id)] == [
        RowState.FAILED,
        RowState.PENDING,
        RowState.AWARDED,
        RowState.PENDING,
    ]
    reset = store.row(rows[1].id)
    assert (reset.error, reset.retriable, reset.attempts) == ("", False, 1)

    assert store.reset_failed(batch.id) == 1
    assert [r.state for r in store.rows(batch.id)] == [
        RowState.PENDING,
        RowState.PENDING,
        RowState.AWARDED,
        RowState.PENDING,
    ]
    assert store.row(elsewhere.id).state == RowState.FAILED  # another batch's rows are untouched
    assert store.reset_failed(batch.id) == 0


def test_edits_change_updated_at(store: DraftStore) -> None:
    batch = store.create_batch("Prod", "b")
    created = batch.created_at
    seen = [batch.updated_at]

    def changed() -> None:
        current = store.batch(batch.id)
        assert current.created_at == created
        assert current.updated_at > seen[-1]
        seen.append(current.updated_at)

    store.update_batch(batch.id, name="renamed")
    changed()
    a, b = store.add_rows(batch.id, _fields("a", "b"))
    changed()
    store.update_row(a.id, RowFields("a2"))
    changed()
    deleted = store.delete_rows([b.id])
    changed()
    store.restore_rows(batch.id, deleted)
    changed()
    store.mark_sending(a.id)
    changed()
    store.settle_row(a.id, RowState.FAILED, error="x")
    changed()
    store.reset_failed(batch.id)
    changed()

    store.reset_failed(batch.id)  # nothing to reset: not an edit
    assert store.batch(batch.id).updated_at == seen[-1]


def test_refused_edit_changes_nothing(store: DraftStore) -> None:
    batch = store.create_batch("Prod", "b")
    (row,) = store.add_rows(batch.id, _fields("a"))
    store.mark_sending(row.id)
    before = store.batch(batch.id)
    with pytest.raises(ValueError, match="can no longer change"):
        store.update_row(row.id, RowFields("b"))
    assert store.batch(batch.id) == before
