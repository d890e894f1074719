"""What the award and revocation row stores share: the batch's last change, and reading and
resetting the rows of their own table."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from badgedesk.core.dates import format_datetime
from badgedesk.core.states import RowState
from badgedesk.store.database import transaction


class RowTable:
    """What the award and revocation stores share: the batch's last change, and reading and
    resetting the rows of their own table."""

    _table = ""

    def __init__(
        self, conn: sqlite3.Connection, *, clock: Callable[[], datetime] | None = None
    ) -> None:
        self._conn = conn
        self._clock = clock or (lambda: datetime.now(UTC))

    def _now(self) -> str:
        return format_datetime(self._clock())

    def _touch(self, batch_id: int) -> None:
        self._conn.execute(
            "UPDATE draft_batches SET updated_at = ? WHERE id = ?", (self._now(), batch_id)
        )

    def _touch_row_batch(self, row_id: int) -> None:
        sql = "UPDATE draft_batches SET updated_at = ?"
        sql += f" WHERE id = (SELECT batch_id FROM {self._table} WHERE id = ?)"  # noqa: S608 - class constant
        self._conn.execute(sql, (self._now(), row_id))

    def _select_rows(self, batch_id: int, states: Sequence[str]) -> list[sqlite3.Row]:
        sql = f"SELECT * FROM {self._table} WHERE batch_id = ?"  # noqa: S608 - class constant
        params: list[object] = [batch_id]
        if states:
            sql += f" AND state IN ({', '.join('?' * len(states))})"
            params += list(states)
        sql += " ORDER BY position, id"
        return self._conn.execute(sql, params).fetchall()

    def _reset_failed(self, batch_id: int, row_ids: Sequence[int], cleared: str) -> int:
        """Failed rows (all, or those given) go back to pending, with ``cleared`` (SQL
        assignments) wiping what the failure left."""
        sql = f"UPDATE {self._table} SET state = ?, {cleared}"  # noqa: S608 - constants
        sql += " WHERE batch_id = ? AND state = ?"
        params: list[object] = [RowState.PENDING, batch_id, RowState.FAILED]
        if row_ids:
            sql += f" AND id IN ({', '.join('?' * len(row_ids))})"
            params += list(row_ids)
        with transaction(self._conn) as conn:
            changed = conn.execute(sql, params).rowcount
            if changed:
                self._touch(batch_id)
        return changed
