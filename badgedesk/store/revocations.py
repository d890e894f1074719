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
from dataclasses import asdict, dataclass, replace
from datetime import datetime
from enum import StrEnum

from badgedesk.api.models import format_datetime, parse_datetime
from badgedesk.store.audit import AuditLog
from badgedesk.store.database import transaction
from badgedesk.store.drafts import (
    FAILED,
    PENDING,
    REVOKED,
    SENDING,
    SKIPPED,
    AuditRecord,
    _RowTable,
)

REVOCATION_STATES = (PENDING, SENDING, REVOKED, FAILED, SKIPPED)


class Match(StrEnum):
    """How a row's assertion is known."""

    FOUND = "found"
    """Seen on the server (or in the Assertions tab): the row says what it revokes."""
    UNCHECKED = "unchecked"
    """An entityId from a file, not looked up yet."""
    TO_RESOLVE = "to resolve"
    """A recipient and a badge class, not looked up yet."""
    NOT_FOUND = "not found"
    AMBIGUOUS = "ambiguous"


@dataclass(frozen=True)
class RevocationTarget:
    """The award a row revokes, as last seen, and the row's own reason (empty: the batch's)."""

    entity_id: str | None
    identity: str = ""
    recipient_type: str = "email"
    badgeclass_id: str | None = None
    badgeclass_name: str = ""
    issued_on: datetime | None = None
    status: str = ""
    """``active``, ``expired`` or ``revoked`` when seen; empty when not seen yet."""
    match: Match = Match.FOUND
    note: str = ""
    """Why a row is not found or ambiguous, or the reason an award was already revoked."""
    reason: str = ""


@dataclass(frozen=True)
class RevocationRow:
    id: int
    position: float
    target: RevocationTarget
    state: str = PENDING
    error: str = ""
    code: str = ""
    retriable: bool = False
    attempts: int = 0
    sent_at: datetime | None = None
    seen_at: datetime | None = None

    @property
    def editable(self) -> bool:
        """What has not (possibly) reached the server may still change or go."""
        return self.state in (PENDING, FAILED, SKIPPED)

    def reason_in(self, batch_reason: str) -> str:
        """The reason this row is revoked with."""
        return self.target.reason.strip() or batch_reason.strip()


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
        state=record["state"],
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


@dataclass(frozen=True)
class Settlement:
    """Where one row ended up after an answer, with its audit entry (written together)."""

    row_id: int
    state: str
    error: str = ""
    code: str = ""
    retriable: bool = False
    audit: AuditRecord | None = None


class RevocationStore(_RowTable):
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
                state = SKIPPED if target.status == "revoked" else PENDING
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
                    (reason.strip(), FAILED, PENDING, FAILED, FAILED, FAILED, row_id)
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
            if current.state in (PENDING, SKIPPED, FAILED) and seen.match is Match.FOUND:
                if seen.status == "revoked":
                    state = SKIPPED
                elif current.state == SKIPPED:
                    state = PENDING
            elif current.state == SKIPPED:
                state = PENDING
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
                [(SENDING, self._now(), row_id, PENDING, FAILED) for row_id in row_ids],
            )
            self._touch_rows_batch(row_ids)
        return [self.row(row_id) for row_id in row_ids]

    def settle(self, settlements: Sequence[Settlement]) -> list[RevocationRow]:
        """Record where rows ended up and their audit entries in one transaction: the outbox
        and the audit log never disagree. A failed row always says why."""
        for settlement in settlements:
            if settlement.state not in REVOCATION_STATES:
                raise ValueError(f"unknown row state {settlement.state!r}")
            if settlement.state == FAILED and not settlement.error.strip():
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
                if settlement.state in (REVOKED, SKIPPED):
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
