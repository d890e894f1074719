"""Draft batches and the outbox of their award rows: every row a person typed, and how far it
got.

A batch is precious work made offline, so every edit is written at once, in its own short
transaction, and a row's submission state is the outbox: ``pending`` → ``sending`` (committed
before the request leaves) → ``awarded`` (with the new ``entityId``), ``held`` (no award
made: the recipient held the badge before, with that award's ``entityId`` and date) or
``failed`` (with the server's reason, never empty, and whether a retry can help). A row left
in ``sending`` by a crash may or may not have reached the server; the submission service
reconciles it before anything is resent.
Revocation batches share the batch table (``kind = 'revoke'``); their rows live in
``store/revocations.py``. No Qt here.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import asdict
from datetime import date, datetime

from badgedesk.core.audit import AuditEntry
from badgedesk.core.batches import (
    AuditRecord,
    BadgeClassChoice,
    Batch,
    BatchCounts,
    BatchDefaults,
    BatchSummary,
    DraftRow,
    RowFields,
)
from badgedesk.core.dates import format_datetime, parse_datetime
from badgedesk.core.states import AWARD_STATES, BatchKind, RowState
from badgedesk.core.wording import counted
from badgedesk.store.audit import AuditLog
from badgedesk.store.database import transaction
from badgedesk.store.rows import RowTable

_ROW_TABLES = {BatchKind.AWARD: "draft_rows", BatchKind.REVOKE: "revocation_rows"}
"""Which table holds the rows of each kind of batch."""


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _row(record: sqlite3.Row) -> DraftRow:
    return DraftRow(
        id=record["id"],
        position=record["position"],
        fields=RowFields(
            identity=record["identity"],
            recipient_type=record["recipient_type"],
            narrative=record["narrative"],
            evidence_url=record["evidence_url"],
            issued_on=_date(record["issued_on"]),
            expires=_date(record["expires"]),
        ),
        state=RowState(record["state"]),
        entity_id=record["entity_id"],
        error=record["error"],
        retriable=bool(record["retriable"]),
        attempts=record["attempts"],
        sent_at=parse_datetime(record["sent_at"]) if record["sent_at"] else None,
        held_since=parse_datetime(record["held_since"]) if record["held_since"] else None,
    )


def _batch(record: sqlite3.Row) -> Batch:
    choice = (
        BadgeClassChoice(
            record["badgeclass_id"], record["badgeclass_name"], record["issuer_name"] or ""
        )
        if record["badgeclass_id"]
        else None
    )
    return Batch(
        id=record["id"],
        uid=record["uid"],
        profile=record["profile"],
        name=record["name"],
        badgeclass=choice,
        defaults=BatchDefaults.from_json(json.loads(record["defaults"])),
        created_at=parse_datetime(record["created_at"]),
        updated_at=parse_datetime(record["updated_at"]),
        kind=BatchKind(record["kind"]),
        reason=record["reason"],
    )


def _field_values(fields: RowFields) -> tuple[object, ...]:
    return (
        fields.identity,
        fields.recipient_type,
        fields.narrative,
        fields.evidence_url,
        fields.issued_on.isoformat() if fields.issued_on else None,
        fields.expires.isoformat() if fields.expires else None,
    )


class DraftStore(RowTable):
    """Batches and award rows over a connection from ``open_database``, and revocation rows
    as ``.revocations``; one thread at a time."""

    _table = "draft_rows"

    def __init__(
        self, conn: sqlite3.Connection, *, clock: Callable[[], datetime] | None = None
    ) -> None:
        from badgedesk.store.revocations import RevocationStore  # it builds on this module

        super().__init__(conn, clock=clock)
        self.revocations = RevocationStore(conn, clock=self._clock)

    # ------------------------------------------------------------ batches

    def create_batch(
        self,
        profile: str,
        name: str,
        badgeclass: BadgeClassChoice | None = None,
        defaults: BatchDefaults | None = None,
        *,
        uid: str | None = None,
        kind: BatchKind = BatchKind.AWARD,
        reason: str = "",
    ) -> Batch:
        if kind not in _ROW_TABLES:
            raise ValueError(f"unknown batch kind {kind!r}")
        now = self._now()
        with transaction(self._conn) as conn:
            cursor = conn.execute(
                "INSERT INTO draft_batches (uid, profile, kind, name, badgeclass_id,"
                " badgeclass_name, issuer_name, defaults, created_at, updated_at, reason)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    uid or uuid.uuid4().hex,
                    profile,
                    kind,
                    name,
                    badgeclass.entity_id if badgeclass else None,
                    badgeclass.name if badgeclass else None,
                    badgeclass.issuer_name if badgeclass else None,
                    json.dumps((defaults or BatchDefaults()).to_json()),
                    now,
                    now,
                    reason,
                ),
            )
        assert cursor.lastrowid is not None
        return self.batch(cursor.lastrowid)

    def batch(self, batch_id: int) -> Batch:
        record = self._conn.execute(
            "SELECT * FROM draft_batches WHERE id = ?", (batch_id,)
        ).fetchone()
        if record is None:
            raise KeyError(batch_id)
        return _batch(record)

    def summaries(
        self,
        profile: str,
        kind: BatchKind = BatchKind.AWARD,
        batch_ids: Collection[int] | None = None,
    ) -> list[BatchSummary]:
        """Every batch of a kind and profile with its row counts, most recently changed
        first; only those of ``batch_ids`` when given (their rows alone are counted: reading
        every batch's takes 0.4 ms a thousand rows, which a running batch's progress must not
        pay several times a second)."""
        table = _ROW_TABLES[kind]
        only = ""
        chosen: tuple[int, ...] = ()
        if batch_ids is not None:
            chosen = tuple(batch_ids)
            only = f" AND b.id IN ({', '.join('?' * len(chosen))})"
        counts: dict[int, dict[str, int]] = {}
        last_sent: dict[int, str] = {}
        for record in self._conn.execute(
            f"SELECT r.batch_id, r.state, COUNT(*) AS n, MAX(r.sent_at) AS sent FROM {table} r"  # noqa: S608 - table from _ROW_TABLES, placeholders only
            f" JOIN draft_batches b ON b.id = r.batch_id WHERE b.profile = ? AND b.kind = ?{only}"
            " GROUP BY r.batch_id, r.state",
            (profile, kind, *chosen),
        ):
            counts.setdefault(record["batch_id"], {})[record["state"]] = record["n"]
            if record["sent"]:
                last_sent[record["batch_id"]] = max(
                    record["sent"], last_sent.get(record["batch_id"], "")
                )
        summaries = []
        for record in self._conn.execute(
            f"SELECT * FROM draft_batches b WHERE profile = ? AND kind = ?{only}"  # noqa: S608 - placeholders only
            " ORDER BY updated_at DESC, id DESC",
            (profile, kind, *chosen),
        ):
            by_state = counts.get(record["id"], {})
            sent = last_sent.get(record["id"])
            summaries.append(
                BatchSummary(
                    _batch(record),
                    BatchCounts(total=sum(by_state.values()), **by_state),
                    parse_datetime(sent) if sent else None,
                )
            )
        return summaries

    def counts(self, batch_id: int) -> BatchCounts:
        by_state = {
            record["state"]: record["n"]
            for record in self._conn.execute(
                "SELECT state, COUNT(*) AS n FROM draft_rows WHERE batch_id = ? GROUP BY state",
                (batch_id,),
            )
        }
        return BatchCounts(total=sum(by_state.values()), **by_state)

    def update_batch(
        self,
        batch_id: int,
        *,
        name: str | None = None,
        badgeclass: BadgeClassChoice | None = None,
        defaults: BatchDefaults | None = None,
        reason: str | None = None,
    ) -> Batch:
        with transaction(self._conn) as conn:
            if name is not None:
                conn.execute("UPDATE draft_batches SET name = ? WHERE id = ?", (name, batch_id))
            if reason is not None:
                sending = conn.execute(
                    "SELECT COUNT(*) FROM revocation_rows WHERE batch_id = ? AND state = ?",
                    (batch_id, RowState.SENDING),
                ).fetchone()[0]
                if sending and reason != self.batch(batch_id).reason:
                    # Their read-back recognises them as this batch's by the reason they went
                    # with: it cannot change until they are settled.
                    raise ValueError(
                        counted("%n row(s) may have been sent with the batch's reason", sending)
                        + "; send the batch again to settle them before changing it"
                    )
                conn.execute("UPDATE draft_batches SET reason = ? WHERE id = ?", (reason, batch_id))
            if badgeclass is not None:
                conn.execute(
                    "UPDATE draft_batches SET badgeclass_id = ?, badgeclass_name = ?,"
                    " issuer_name = ? WHERE id = ?",
                    (badgeclass.entity_id, badgeclass.name, badgeclass.issuer_name, batch_id),
                )
            if defaults is not None:
                conn.execute(
                    "UPDATE draft_batches SET defaults = ? WHERE id = ?",
                    (json.dumps(defaults.to_json()), batch_id),
                )
            self._touch(batch_id)
        return self.batch(batch_id)

    def delete_batch(self, batch_id: int) -> None:
        with transaction(self._conn) as conn:
            conn.execute("DELETE FROM draft_batches WHERE id = ?", (batch_id,))

    # ------------------------------------------------------------ rows (drafting)

    def rows(self, batch_id: int, states: Sequence[str] = ()) -> list[DraftRow]:
        return [_row(record) for record in self._select_rows(batch_id, states)]

    def row(self, row_id: int) -> DraftRow:
        record = self._conn.execute("SELECT * FROM draft_rows WHERE id = ?", (row_id,)).fetchone()
        if record is None:
            raise KeyError(row_id)
        return _row(record)

    def add_rows(
        self, batch_id: int, rows: Iterable[RowFields], *, after: float | None = None
    ) -> list[DraftRow]:
        """Append rows (or place them after position ``after``) in one transaction."""
        with transaction(self._conn) as conn:
            if after is None:
                top = conn.execute(
                    "SELECT COALESCE(MAX(position), 0) FROM draft_rows WHERE batch_id = ?",
                    (batch_id,),
                ).fetchone()[0]
                start, step = float(top) + 1, 1.0
            else:
                rows = list(rows)
                following = self._following(batch_id, after)
                if following is not None and (following - after) / (len(rows) + 1) < 1e-6:
                    # Repeated inserts at one place have used up the gap: space rows out again.
                    after = self._renumber(batch_id, after)
                    following = self._following(batch_id, after)
                step = 1.0 if following is None else (following - after) / (len(rows) + 1)
                start = after + step
            values = [
                (batch_id, start + index * step, *_field_values(fields))
                for index, fields in enumerate(rows)
            ]
            first = conn.execute("SELECT COALESCE(MAX(id), 0) FROM draft_rows").fetchone()[0]
            conn.executemany(
                "INSERT INTO draft_rows (batch_id, position, identity, recipient_type, narrative,"
                " evidence_url, issued_on, expires)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                values,
            )
            self._touch(batch_id)
        return [_row(r) for r in self._new_rows(batch_id, first)]

    def _following(self, batch_id: int, position: float) -> float | None:
        found = self._conn.execute(
            "SELECT MIN(position) FROM draft_rows WHERE batch_id = ? AND position > ?",
            (batch_id, position),
        ).fetchone()[0]
        return None if found is None else float(found)

    def _renumber(self, batch_id: int, anchor: float) -> float:
        """Give a batch's rows the positions 1, 2, 3… in their order; return where the row
        at ``anchor`` (or the last one before it) now is."""
        ordered = self._conn.execute(
            "SELECT id, position FROM draft_rows WHERE batch_id = ? ORDER BY position, id",
            (batch_id,),
        ).fetchall()
        self._conn.executemany(
            "UPDATE draft_rows SET position = ? WHERE id = ?",
            [(float(index), record["id"]) for index, record in enumerate(ordered, 1)],
        )
        before = [index for index, r in enumerate(ordered, 1) if r["position"] <= anchor]
        return float(before[-1]) if before else 0.0

    def _new_rows(self, batch_id: int, after_id: int) -> list[sqlite3.Row]:
        return self._conn.execute(
            "SELECT * FROM draft_rows WHERE batch_id = ? AND id > ? ORDER BY position, id",
            (batch_id, after_id),
        ).fetchall()

    def restore_rows(self, batch_id: int, rows: Sequence[DraftRow]) -> None:
        """Put deleted rows back exactly as they were (undo of a delete)."""
        with transaction(self._conn) as conn:
            conn.executemany(
                "INSERT INTO draft_rows (id, batch_id, position, identity, recipient_type,"
                " narrative, evidence_url, issued_on, expires, state, entity_id, error,"
                " retriable, attempts, sent_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        row.id,
                        batch_id,
                        row.position,
                        *_field_values(row.fields),
                        row.state,
                        row.entity_id,
                        row.error,
                        int(row.retriable),
                        row.attempts,
                        format_datetime(row.sent_at) if row.sent_at else None,
                    )
                    for row in rows
                ],
            )
            self._touch(batch_id)

    def update_row(self, row_id: int, fields: RowFields) -> DraftRow:
        """Change what a row says; a failed row edited goes back to pending."""
        with transaction(self._conn) as conn:
            current = self.row(row_id)
            if not current.editable:
                raise ValueError(f"row {row_id} is {current.state} and can no longer change")
            conn.execute(
                "UPDATE draft_rows SET identity = ?, recipient_type = ?, narrative = ?,"
                " evidence_url = ?, issued_on = ?, expires = ?, state = ?, error = '',"
                " retriable = 0 WHERE id = ?",
                (*_field_values(fields), RowState.PENDING, row_id),
            )
            self._touch_row_batch(row_id)
        return self.row(row_id)

    def delete_rows(self, row_ids: Sequence[int]) -> list[DraftRow]:
        """Delete editable rows and return them as they were (for undo)."""
        with transaction(self._conn) as conn:
            rows = [self.row(row_id) for row_id in row_ids]
            fixed = [row.id for row in rows if not row.editable]
            if fixed:
                raise ValueError(f"rows {fixed} were sent and can no longer be deleted")
            if rows:
                self._touch_row_batch(rows[0].id)
            conn.executemany("DELETE FROM draft_rows WHERE id = ?", [(r,) for r in row_ids])
        return rows

    # ------------------------------------------------------------ outbox

    def mark_sending(self, row_id: int) -> DraftRow:
        """Committed before the request leaves: after a crash, this row must be reconciled."""
        with transaction(self._conn) as conn:
            conn.execute(
                "UPDATE draft_rows SET state = ?, attempts = attempts + 1, sent_at = ?,"
                " error = '' WHERE id = ? AND state IN (?, ?)",
                (RowState.SENDING, self._now(), row_id, RowState.PENDING, RowState.FAILED),
            )
            self._touch_row_batch(row_id)
        return self.row(row_id)

    def withdraw_sending(self, before: DraftRow) -> DraftRow:
        """A row marked ``sending`` whose request never left goes back to ``before`` (the row as
        it was when marked): the run that marked it stopped, paused or held first."""
        with transaction(self._conn) as conn:
            conn.execute(
                "UPDATE draft_rows SET state = ?, attempts = ?, sent_at = ?, error = ?"
                " WHERE id = ? AND state = ? AND attempts = ?",
                (
                    before.state,
                    before.attempts,
                    format_datetime(before.sent_at) if before.sent_at else None,
                    before.error,
                    before.id,
                    RowState.SENDING,
                    before.attempts + 1,
                ),
            )
            self._touch_row_batch(before.id)
        return self.row(before.id)

    def settle_row(
        self,
        row_id: int,
        state: RowState,
        *,
        entity_id: str | None = None,
        error: str = "",
        retriable: bool = False,
        held_since: datetime | None = None,
        audit: AuditRecord | None = None,
    ) -> DraftRow:
        """Record where a row ended up (or that it goes back to pending), and its audit entry,
        in one transaction: the outbox and the audit log never disagree. A failed row always
        says why."""
        if state not in AWARD_STATES:
            raise ValueError(f"unknown row state {state!r}")
        if state == RowState.FAILED and not error.strip():
            raise ValueError(f"row {row_id} cannot fail without a reason")
        with transaction(self._conn) as conn:
            conn.execute(
                "UPDATE draft_rows SET state = ?, entity_id = ?, error = ?, retriable = ?,"
                " held_since = ? WHERE id = ?",
                (
                    state,
                    entity_id,
                    error,
                    int(retriable),
                    format_datetime(held_since) if held_since else None,
                    row_id,
                ),
            )
            self._touch_row_batch(row_id)
            if audit is not None:
                AuditLog(conn, clock=self._clock).record(**asdict(audit))
        return self.row(row_id)

    def audit(self, record: AuditRecord) -> None:
        AuditLog(self._conn, clock=self._clock).record(**asdict(record))

    def audit_entries(self, profile: str) -> list[AuditEntry]:
        """The audit log of a profile, newest first (read only: the revocation history reads
        single revocations and who sent a batch's rows from it)."""
        return AuditLog(self._conn, clock=self._clock).entries(profile=profile)

    def reset_failed(self, batch_id: int, row_ids: Sequence[int] = ()) -> int:
        """Failed rows (all, or those given) go back to pending for another try."""
        return self._reset_failed(batch_id, row_ids, "error = '', retriable = 0")
