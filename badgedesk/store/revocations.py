"""The rows of revocation batches: which award each row revokes, as last seen, and how far it got.

A row names an assertion by its entityId, or (from a CSV of recipients) by a recipient and a
badge class until the server is asked which award that is. ``match`` says how sure we are:
a row is only ever sent once it is ``found``; ``not found`` and ``ambiguous`` rows are shown
to the person and never guessed. The outbox states are those of award rows, ending in
``revoked`` (by us), ``failed`` (with the server's reason and code) or ``skipped`` (already
revoked, so there was nothing to send). No Qt here.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import asdict, replace
from datetime import datetime

from badgedesk.core.batches import RevocationRow, RevocationTarget, Settlement
from badgedesk.core.dates import format_datetime, parse_datetime
from badgedesk.core.states import REVOCATION_STATES, Match, RowState
from badgedesk.store.audit import AuditLog
from badgedesk.store.database import transaction
from badgedesk.store.rows import RowTable


def _when(value: str | None) -> datetime | None:
    return parse_datetime(value) if value else None


def _row(record: sqlite3.Row) -> RevocationRow:
    return RevocationRow(
        id=record["id"],
        position=record["position"],
        target=RevocationTarget(
            entity_id=record["entity_id"],
            identity=record["identity"],
            recipient_type=record["recipient_type"],
            badgeclass_id=record["badgeclass_id"],
            badgeclass_name=record["badgeclass_name"],
            issued_on=_when(record["issued_on"]),
            status=record["status"],
            match=Match(record["match"]),
            note=record["note"],
            reason=record["reason"],
        ),
        state=RowState(record["state"]),
        error=record["error"],
        code=record["code"],
        retriable=bool(record["retriable"]),
        attempts=record["attempts"],
        sent_at=_when(record["sent_at"]),
        seen_at=_when(record["seen_at"]),
    )


_TARGET_COLUMNS = (
    "entity_id, identity, recipient_type, badgeclass_id, badgeclass_name, issued_on, status,"
    " match, note, reason"
)


def _target_values(target: RevocationTarget) -> tuple[object, ...]:
    return (
        target.entity_id,
        target.identity,
        target.recipient_type,
        target.badgeclass_id,
        target.badgeclass_name,
        format_datetime(target.issued_on) if target.issued_on else None,
        target.status,
        target.match.value,
        target.note,
        target.reason,
    )


class RevocationStore(RowTable):
    """Revocation rows over a connection from ``open_database``; one thread at a time. The
    batches themselves are ``DraftStore`` batches of kind ``revoke``."""

    _table = "revocation_rows"

    def _touch_rows_batch(self, row_ids: Sequence[int]) -> None:
        if row_ids:
            self._touch_row_batch(row_ids[0])

    # ------------------------------------------------------------ reading

    def rows(self, batch_id: int, states: Sequence[str] = ()) -> list[RevocationRow]:
        return [_row(record) for record in self._select_rows(batch_id, states)]

    def row(self, row_id: int) -> RevocationRow:
        record = self._conn.execute(
            "SELECT * FROM revocation_rows WHERE id = ?", (row_id,)
        ).fetchone()
        if record is None:
            raise KeyError(row_id)
        return _row(record)

    # ------------------------------------------------------------ drafting

    def add_rows(self, batch_id: int, targets: Iterable[RevocationTarget]) -> list[RevocationRow]:
        """Append rows in one transaction. An assertion (or recipient and badge class) the
        batch already holds is not added twice: revoking it once is all there is."""
        with transaction(self._conn) as conn:
            held = {_identity_of(row.target) for row in self.rows(batch_id)}
            top = conn.execute(
                "SELECT COALESCE(MAX(position), 0) FROM revocation_rows WHERE batch_id = ?",
                (batch_id,),
            ).fetchone()[0]
            values: list[tuple[object, ...]] = []
            for target in targets:
                key = _identity_of(target)
                if key in held:
                    continue
                held.add(key)
                state = RowState.SKIPPED if target.status == "revoked" else RowState.PENDING
                seen = self._now() if target.match is Match.FOUND else None
                values.append(
                    (batch_id, float(top) + len(values) + 1, *_target_values(target), state, seen)
                )
            first = conn.execute("SELECT COALESCE(MAX(id), 0) FROM revocation_rows").fetchone()[0]
            conn.executemany(
                f"INSERT INTO revocation_rows (batch_id, position, {_TARGET_COLUMNS}, state,"  # noqa: S608 - constant columns
                " seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                values,
            )
            if values:
                self._touch(batch_id)
            added = conn.execute(
                "SELECT * FROM revocation_rows WHERE batch_id = ? AND id > ? ORDER BY position, id",
                (batch_id, first),
            ).fetchall()
        return [_row(record) for record in added]

    def delete_rows(self, row_ids: Sequence[int]) -> list[RevocationRow]:
        """Delete rows not (possibly) sent, and return them as they were (for undo)."""
        with transaction(self._conn) as conn:
            rows = [self.row(row_id) for row_id in row_ids]
            fixed = [row.id for row in rows if not row.editable]
            if fixed:
                raise ValueError(f"rows {fixed} were sent and can no longer be deleted")
            self._touch_rows_batch(row_ids)
            conn.executemany("DELETE FROM revocation_rows WHERE id = ?", [(r,) for r in row_ids])
        return rows

    def restore_rows(self, batch_id: int, rows: Sequence[RevocationRow]) -> None:
        """Put deleted rows back exactly as they were (undo of a delete)."""
        with transaction(self._conn) as conn:
            conn.executemany(
                f"INSERT INTO revocation_rows (id, batch_id, position, {_TARGET_COLUMNS}, state,"  # noqa: S608 - constant columns
                " error, code, retriable, attempts, sent_at, seen_at)"
                f" VALUES ({', '.join('?' * 20)})",
                [
                    (
                        row.id,
                        batch_id,
                        row.position,
                        *_target_values(row.target),
                        row.state,
                        row.error,
                        row.code,
                        int(row.retriable),
                        row.attempts,
                        format_datetime(row.sent_at) if row.sent_at else None,
                        format_datetime(row.seen_at) if row.seen_at else None,
                    )
                    for row in rows
                ],
            )
            self._touch(batch_id)

    def set_reason(self, row_ids: Sequence[int], reason: str) -> list[RevocationRow]:
        """Give rows their own reason (empty: the batch's again); a failed row edited goes
        back to pending."""
        with transaction(self._conn) as conn:
            rows = [self.row(row_id) for row_id in row_ids]
            fixed = [row.id for row in rows if not row.editable]
            if fixed:
                raise ValueError(f"rows {fixed} were sent and can no longer change")
            conn.executemany(
                "UPDATE revocation_rows SET reason = ?,"
                " state = CASE state WHEN ? THEN ? ELSE state END,"
                " error = CASE state WHEN ? THEN '' ELSE error END,"
                " code = CASE state WHEN ? THEN '' ELSE code END,"
                " retriable = CASE state WHEN ? THEN 0 ELSE retriable END"
                " WHERE id = ?",
                [
                    (
                        reason.strip(),
                        RowState.FAILED,
                        RowState.PENDING,
                        RowState.FAILED,
                        RowState.FAILED,
                        RowState.FAILED,
                        row_id,
                    )
                    for row_id in row_ids
                ],
            )
            self._touch_rows_batch(row_ids)
        return [self.row(row_id) for row_id in row_ids]

    def record_seen(self, row_id: int, target: RevocationTarget) -> RevocationRow:
        """What the server said about a row's assertion (its reason is kept). A row seen
        revoked is skipped; a skipped row seen live is pending again. Rows that were sent
        keep their state: their outcome is the server's answer, not this look."""
        with transaction(self._conn) as conn:
            current = self.row(row_id)
            seen = replace(target, reason=current.target.reason)
            state = current.state
            if (
                current.state in (RowState.PENDING, RowState.SKIPPED, RowState.FAILED)
                and seen.match is Match.FOUND
            ):
                if seen.status == "revoked":
                    state = RowState.SKIPPED
                elif current.state == RowState.SKIPPED:
                    state = RowState.PENDING
            elif current.state == RowState.SKIPPED:
                state = RowState.PENDING
            conn.execute(
                f"UPDATE revocation_rows SET ({_TARGET_COLUMNS}, state, seen_at)"  # noqa: S608 - constant columns
                " = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) WHERE id = ?",
                (*_target_values(seen), state, self._now(), row_id),
            )
            self._touch_rows_batch([row_id])
        return self.row(row_id)

    # ------------------------------------------------------------ outbox

    def mark_sending(self, row_ids: Sequence[int]) -> list[RevocationRow]:
        """Committed before a chunk's request leaves: after a crash, these rows must be
        checked before anything is resent."""
        with transaction(self._conn) as conn:
            conn.executemany(
                "UPDATE revocation_rows SET state = ?, attempts = attempts + 1, sent_at = ?,"
                " error = '', code = '' WHERE id = ? AND state IN (?, ?)",
                [
                    (RowState.SENDING, self._now(), row_id, RowState.PENDING, RowState.FAILED)
                    for row_id in row_ids
                ],
            )
            self._touch_rows_batch(row_ids)
        return [self.row(row_id) for row_id in row_ids]

    def settle(self, settlements: Sequence[Settlement]) -> list[RevocationRow]:
        """Record where rows ended up and their audit entries in one transaction: the outbox
        and the audit log never disagree. A failed row always says why."""
        for settlement in settlements:
            if settlement.state not in REVOCATION_STATES:
                raise ValueError(f"unknown row state {settlement.state!r}")
            if settlement.state == RowState.FAILED and not settlement.error.strip():
                raise ValueError(f"row {settlement.row_id} cannot fail without a reason")
        with transaction(self._conn) as conn:
            log = AuditLog(conn, clock=self._clock)
            for settlement in settlements:
                conn.execute(
                    "UPDATE revocation_rows SET state = ?, error = ?, code = ?, retriable = ?"
                    " WHERE id = ?",
                    (
                        settlement.state,
                        settlement.error,
                        settlement.code,
                        int(settlement.retriable),
                        settlement.row_id,
                    ),
                )
                if settlement.state in (RowState.REVOKED, RowState.SKIPPED):
                    conn.execute(
                        "UPDATE revocation_rows SET status = 'revoked', seen_at = ? WHERE id = ?",
                        (self._now(), settlement.row_id),
                    )
                if settlement.audit is not None:
                    log.record(**asdict(settlement.audit))
            self._touch_rows_batch([s.row_id for s in settlements])
        return [self.row(s.row_id) for s in settlements]

    def reset_failed(self, batch_id: int, row_ids: Sequence[int] = ()) -> int:
        """Failed rows (all, or those given) go back to pending for another try."""
        return self._reset_failed(batch_id, row_ids, "error = '', code = '', retriable = 0")


def _identity_of(target: RevocationTarget) -> tuple[str, ...]:
    """What makes two rows the same revocation."""
    if target.entity_id:
        return ("assertion", target.entity_id)
    identity = target.identity.strip()
    if target.recipient_type == "email":
        identity = identity.lower()
    elif target.recipient_type == "telephone":
        identity = identity.replace(" ", "")
    return ("recipient", target.recipient_type, identity, target.badgeclass_id or "")
