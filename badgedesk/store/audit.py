"""The audit log: one row for every write BadgeDesk makes (or tries to make) to the API.

It answers "who awarded/revoked what, when, and did it work?" for staff and auditors, so rows
are only ever added, never edited. Callers must pass no secrets: targets and details are plain
text that ends up in CSV exports. As a last line of defence, text that looks like an HTTP
``Authorization`` value ("Bearer ...") is refused.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from badgedesk.core.audit import AuditEntry
from badgedesk.core.dates import format_datetime, parse_datetime
from badgedesk.core.states import Outcome
from badgedesk.store.csvfile import write_csv

CSV_HEADER = ("when", "profile", "user", "operation", "target", "outcome", "detail")

_CSV_COLUMNS = ("at", "profile", "user", "operation", "target", "outcome", "detail")
_LEAKED_TOKEN = re.compile(r"Bearer\s+[A-Za-z0-9._~+/=-]{8,}")
"""What a leaked Authorization value looks like (not the word "Bearer" in a badge name)."""


class AuditLog:
    """Append-only access to the ``audit_log`` table of a connection from ``open_database``."""

    def __init__(
        self, conn: sqlite3.Connection, *, clock: Callable[[], datetime] | None = None
    ) -> None:
        self._conn = conn
        self._clock = clock or (lambda: datetime.now(UTC))

    def record(
        self,
        *,
        profile: str,
        user: str | None,
        operation: str,
        target: str,
        outcome: Outcome,
        detail: str = "",
    ) -> int:
        """Add one entry now and return its id.

        Raises ``ValueError`` if ``target`` or ``detail`` contains "Bearer ": a token must
        never be written to disk in clear, so a caller that leaks one fails loudly.
        """
        for name, value in (("target", target), ("detail", detail)):
            if _LEAKED_TOKEN.search(value):
                raise ValueError(f"audit {name} looks like it holds a token; pass no secrets")
        cursor = self._conn.execute(
            "INSERT INTO audit_log (at, profile, user, operation, target, outcome, detail)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (format_datetime(self._clock()), profile, user, operation, target, outcome, detail),
        )
        self._commit_if_implicit()
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def entries(self, *, limit: int | None = None, profile: str | None = None) -> list[AuditEntry]:
        """Entries newest first (by insertion order, which a clock change cannot reorder)."""
        sql = "SELECT * FROM audit_log"
        params: list[object] = []
        if profile is not None:
            sql += " WHERE profile = ?"
            params.append(profile)
        sql += " ORDER BY id DESC"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(max(limit, 0))
        return [_entry(row) for row in self._conn.execute(sql, params)]

    def export_csv(self, path: Path) -> int:
        """Write every entry, oldest first, to ``path`` as CSV (see ``csvfile.write_csv``) and
        return the number of rows."""
        rows = self._conn.execute("SELECT * FROM audit_log ORDER BY id")
        cells = ([row[key] or "" for key in _CSV_COLUMNS] for row in rows)
        return write_csv(path, CSV_HEADER, cells)

    def _commit_if_implicit(self) -> None:
        # Connections from open_database autocommit; one opened elsewhere may not.
        if self._conn.isolation_level is not None and self._conn.in_transaction:
            self._conn.commit()


def _entry(row: sqlite3.Row) -> AuditEntry:
    return AuditEntry(
        id=row["id"],
        at=parse_datetime(row["at"]),
        profile=row["profile"],
        user=row["user"],
        operation=row["operation"],
        target=row["target"],
        outcome=Outcome(row["outcome"]),
        detail=row["detail"],
    )
