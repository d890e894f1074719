"""The revocation history, from a real store: submitted revocation batches and single
revocations from the audit log, newest first, and their CSV export line by line."""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from badgedesk.core.batches import (
    AuditRecord,
    BadgeClassChoice,
    RevocationTarget,
    RowFields,
    Settlement,
)
from badgedesk.core.states import BatchKind, Match, RowState
from badgedesk.services.assertions import SINGLE_REVOCATION, single_revocation_target
from badgedesk.services.revocation_history import (
    HISTORY_HEADER,
    HistoryEntry,
    parse_single_target,
    revocation_history,
    write_history_csv,
)
from badgedesk.services.revocation_submission import OPERATION as BATCH_REVOKE
from badgedesk.store import AuditLog, open_database
from badgedesk.store.drafts import DraftStore
from tests.clocks import TickingClock

START = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
PROFILE = "Sandbox"
FIRST_AID = BadgeClassChoice("bc-first-aid", "First Aid at Work", "Northfield College")


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    connection = open_database(tmp_path / "store.sqlite3")
    yield connection
    connection.close()


@pytest.fixture
def clock() -> TickingClock:
    return TickingClock(START)


@pytest.fixture
def store(conn, clock) -> DraftStore:
    return DraftStore(conn, clock=clock)


@pytest.fixture
def log(conn, clock) -> AuditLog:
    return AuditLog(conn, clock=clock)


def target(entity_id: str, identity: str, **changes) -> RevocationTarget:
    return RevocationTarget(
        entity_id=entity_id,
        identity=identity,
        badgeclass_id=FIRST_AID.entity_id,
        badgeclass_name=FIRST_AID.name,
        status=changes.pop("status", "active"),
        match=Match.FOUND,
        **changes,
    )


def batch_audit(batch_id: int, row_id: int, entity_id: str, outcome: str, user: str, detail=""):
    return AuditRecord(
        profile=PROFILE,
        user=user,
        operation=BATCH_REVOKE,
        target=f"batch {batch_id} row {row_id}: assertion {entity_id}",
        outcome=outcome,
        detail=detail,
    )


def single(log: AuditLog, target_text: str, outcome: str, detail: str, profile=PROFILE) -> None:
    log.record(
        profile=profile,
        user="Dana Demo",
        operation=SINGLE_REVOCATION,
        target=target_text,
        outcome=outcome,
        detail=detail,
    )


@pytest.fixture
def history(store: DraftStore, log: AuditLog) -> dict[str, int]:
    """Two submitted revocation batches, one never submitted, an award batch, and singles of
    every outcome and both target formats, interleaved in time."""
    revocations = store.revocations

    # Drafted first, never submitted: not history.
    draft = store.create_batch(PROFILE, "Not sent yet", kind=BatchKind.REVOKE, reason="Duplicate")
    revocations.add_rows(draft.id, [target("a-draft", "zoe@example.edu")])

    # An award batch, sent: not a revocation.
    awards = store.create_batch(PROFILE, "Autumn mentors", FIRST_AID, kind=BatchKind.AWARD)
    (award_row,) = store.add_rows(awards.id, [RowFields("new@example.edu")])
    store.mark_sending(award_row.id)

    # 1. An old single (target without recipient or badge class).
    single(log, "assertion old123", "ok", "Awarded in error")

    # 2. Batch "Spring clean-up": revoked, failed, one left pending.
    spring = store.create_batch(
        PROFILE, "Spring clean-up", FIRST_AID, kind=BatchKind.REVOKE, reason="Course withdrawn"
    )
    rows = revocations.add_rows(
        spring.id,
        [
            target("a-1", "amira.adams@example.edu"),
            target("a-2", "=cmd|' /C calc'!A0", reason="Own reason"),
            target("a-3", "ben.brooks@example.edu"),
        ],
    )
    revocations.mark_sending([rows[0].id, rows[1].id])
    revocations.settle(
        [
            Settlement(
                rows[0].id,
                RowState.REVOKED,
                audit=batch_audit(spring.id, rows[0].id, "a-1", "ok", "Dana Demo"),
            ),
            Settlement(
                rows[1].id,
                RowState.FAILED,
                error="Permission denied",
                code="forbidden",
                audit=batch_audit(spring.id, rows[1].id, "a-2", "failed", "Sam Staff", "denied"),
            ),
        ]
    )

    # 3. A single with the current target.
    single(
        log,
        single_revocation_target("new456", "chloe.chen@example.edu", "Peer Mentor · Level 1"),
        "ok",
        "Assessment found to be incomplete",
    )

    # 4. Batch "Duplicates": one row already revoked (skipped without being sent), one revoked.
    duplicates = store.create_batch(
        PROFILE, "Duplicates", FIRST_AID, kind=BatchKind.REVOKE, reason="Dup"
    )
    skipped, sent = revocations.add_rows(
        duplicates.id,
        [
            target("d-1", "dev.diaz@example.edu", status="revoked", note="Revoked on 1 Feb"),
            target("d-2", "elena.evans@example.edu"),
        ],
    )
    assert skipped.state == RowState.SKIPPED
    revocations.mark_sending([sent.id])
    revocations.settle(
        [
            Settlement(
                sent.id,
                RowState.REVOKED,
                audit=batch_audit(duplicates.id, sent.id, "d-2", "ok", "Sam Staff"),
            )
        ]
    )

    # 5. A single that failed, and 6. one whose answer never came.
    single(
        log,
        single_revocation_target("fail789", "farid.fischer@example.edu", "Forklift Operator"),
        "failed",
        "This award is already revoked.",
    )
    single(
        log,
        single_revocation_target("lost000", "grace@example.edu", "Welding Level 2"),
        "unknown",
        "The connection was lost.",
    )

    # Not singles: another profile's, and other operations.
    single(log, "assertion elsewhere", "ok", "Other profile", profile="Production")
    log.record(
        profile=PROFILE,
        user="Dana Demo",
        operation="award",
        target="badge class x to y",
        outcome="ok",
    )
    return {"draft": draft.id, "spring": spring.id, "duplicates": duplicates.id}


def test_batches_and_singles_newest_first(store, history):
    entries = revocation_history(store, PROFILE)
    assert [(e.kind, e.title) for e in entries] == [
        ("single", "grace@example.edu · Welding Level 2"),
        ("single", "farid.fischer@example.edu · Forklift Operator"),
        ("batch", "Duplicates"),
        ("single", "chloe.chen@example.edu · Peer Mentor · Level 1"),
        ("batch", "Spring clean-up"),
        ("single", "assertion old123"),
    ]
    assert [e.when for e in entries] == sorted((e.when for e in entries), reverse=True)
    assert all(e.when.tzinfo is not None for e in entries)


def test_never_submitted_and_award_batches_are_not_history(store, history):
    entries = revocation_history(store, PROFILE)
    assert history["draft"] not in {e.batch_id for e in entries}
    assert "Autumn mentors" not in {e.title for e in entries}
    assert revocation_history(store, "Nobody") == []


def test_batch_counts_and_who_sent_it(store, history):
    by_id = {e.batch_id: e for e in revocation_history(store, PROFILE) if e.kind == "batch"}
    spring = by_id[history["spring"]]
    assert (spring.revoked, spring.failed, spring.skipped, spring.pending) == (1, 1, 0, 1)
    assert spring.user == "Sam Staff", "whoever sent the batch's last row"
    assert spring.detail == ""
    assert spring.entity_id is None
    assert spring.when == store.revocations.rows(history["spring"])[1].sent_at
    duplicates = by_id[history["duplicates"]]
    assert (duplicates.revoked, duplicates.failed, duplicates.skipped, duplicates.pending) == (
        1,
        0,
        1,
        0,
    )


def test_a_row_being_sent_is_not_settled(store, history):
    rows = store.revocations.rows(history["spring"], states=(RowState.PENDING,))
    store.revocations.mark_sending([rows[0].id])
    spring = next(e for e in revocation_history(store, PROFILE) if e.title == "Spring clean-up")
    assert spring.pending == 1, "sending counts as not settled"
    assert spring.revoked == 1


def test_singles_of_every_outcome_and_both_target_formats(store, history):
    singles = {e.entity_id: e for e in revocation_history(store, PROFILE) if e.kind == "single"}
    assert set(singles) == {"old123", "new456", "fail789", "lost000"}
    old, new = singles["old123"], singles["new456"]
    assert (old.revoked, old.failed, old.detail, old.outcome) == (1, 0, "Awarded in error", "ok")
    assert new.detail == "Assessment found to be incomplete"
    assert new.user == "Dana Demo"
    failed = singles["fail789"]
    assert (failed.revoked, failed.failed, failed.outcome) == (0, 1, "failed")
    assert failed.detail == "This award is already revoked."
    lost = singles["lost000"]
    assert (lost.revoked, lost.failed, lost.pending, lost.outcome) == (0, 0, 0, "unknown")


def test_parse_single_target():
    new = parse_single_target(single_revocation_target("abc", "a@b.c", "Peer · Mentor"))
    assert (new.entity_id, new.recipient, new.badgeclass) == ("abc", "a@b.c", "Peer · Mentor")
    old = parse_single_target("assertion abc")
    assert (old.entity_id, old.recipient, old.badgeclass, old.title) == (
        "abc",
        "",
        "",
        "assertion abc",
    )
    blank = parse_single_target(single_revocation_target("abc", "", ""))
    assert (blank.entity_id, blank.title) == ("abc", "assertion abc")
    odd = parse_single_target("something else")
    assert (odd.entity_id, odd.title) == (None, "something else")


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        assert tuple(header) == HISTORY_HEADER
        return [dict(zip(header, line, strict=True)) for line in reader]


def test_csv_has_a_line_per_batch_row_and_per_single(store, history, tmp_path):
    path = tmp_path / "history.csv"
    count = write_history_csv(store, PROFILE, path)
    lines = read_csv(path)
    assert count == len(lines) == 4 + 2 + 3, "4 singles, 2 + 3 batch rows (every state)"
    assert [line["source"] for line in lines] == [
        "single revocation",
        "single revocation",
        "Duplicates",
        "Duplicates",
        "single revocation",
        "Spring clean-up",
        "Spring clean-up",
        "Spring clean-up",
        "single revocation",
    ]
    by_assertion = {line["assertion"]: line for line in lines}

    revoked = by_assertion["a-1"]
    assert revoked == {
        "when": revoked["when"],
        "source": "Spring clean-up",
        "assertion": "a-1",
        "recipient": "amira.adams@example.edu",
        "badge class": "First Aid at Work",
        "reason": "Course withdrawn",
        "outcome": "revoked",
        "server message": "",
        "user": "Dana Demo",
    }
    assert revoked["when"].startswith("2026-03-01T09:")
    assert revoked["when"].endswith("Z")

    failed = by_assertion["a-2"]
    assert failed["recipient"].startswith("'="), "a formula is neutralised"
    assert (failed["reason"], failed["outcome"], failed["server message"], failed["user"]) == (
        "Own reason",
        "failed",
        "Permission denied",
        "Sam Staff",
    )
    pending = by_assertion["a-3"]
    assert (pending["outcome"], pending["when"], pending["user"]) == ("pending", "", "")
    skipped = by_assertion["d-1"]
    assert (skipped["outcome"], skipped["server message"]) == ("skipped", "Revoked on 1 Feb")

    new = by_assertion["new456"]
    assert (new["recipient"], new["badge class"], new["reason"], new["outcome"]) == (
        "chloe.chen@example.edu",
        "Peer Mentor · Level 1",
        "Assessment found to be incomplete",
        "ok",
    )
    assert new["user"] == "Dana Demo"
    old = by_assertion["old123"]
    assert (old["recipient"], old["badge class"], old["reason"]) == ("", "", "Awarded in error")
    refused = by_assertion["fail789"]
    assert (refused["reason"], refused["outcome"], refused["server message"]) == (
        "",
        "failed",
        "This award is already revoked.",
    )
    assert by_assertion["lost000"]["outcome"] == "unknown"
    assert "elsewhere" not in by_assertion


def test_an_empty_history_writes_the_header_only(store, tmp_path):
    path = tmp_path / "empty.csv"
    assert write_history_csv(store, PROFILE, path) == 0
    assert read_csv(path) == []


def test_entries_are_frozen(store, history):
    entry = revocation_history(store, PROFILE)[0]
    assert isinstance(entry, HistoryEntry)
    with pytest.raises(AttributeError):
        entry.title = "changed"  # type: ignore[misc]
