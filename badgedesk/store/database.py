"""The local SQLite file: opening it safely and bringing its schema up to date.

Connections are opened in autocommit mode (``isolation_level=None``) so that every transaction
is explicit (``transaction()``): Python's implicit BEGIN/COMMIT would otherwise split or merge
transactions behind our back. The schema version lives in ``PRAGMA user_version``; each
migration runs in its own ``BEGIN IMMEDIATE`` transaction that also bumps the version, so a
crash or a second BadgeDesk process never leaves a half-migrated file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

BUSY_TIMEOUT_MS = 5000
"""How long a writer waits for another process's lock before giving up."""

MIGRATIONS: list[str] = [
    # v1: the audit log of every write to the API.
    """
    CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        profile TEXT NOT NULL,
        user TEXT,
        operation TEXT NOT NULL,
        target TEXT NOT NULL,
        outcome TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX audit_log_profile ON audit_log (profile, id);
    """,
    # v2: issuers and badge classes cached per server profile, for offline drafting.
    """
    CREATE TABLE cache_profiles (
        profile TEXT PRIMARY KEY,
        refreshed_at TEXT NOT NULL
    );
    CREATE TABLE cache_issuers (
        profile TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        name TEXT NOT NULL,
        json TEXT NOT NULL,
        PRIMARY KEY (profile, entity_id)
    );
    CREATE TABLE cache_badgeclasses (
        profile TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        issuer_id TEXT,
        name TEXT NOT NULL,
        json TEXT NOT NULL,
        PRIMARY KEY (profile, entity_id)
    );
    CREATE INDEX cache_badgeclasses_issuer ON cache_badgeclasses (profile, issuer_id);
    """,
    # v3: draft batches and their rows, which are also the outbox of their submission.
    """
    CREATE TABLE draft_batches (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        uid TEXT NOT NULL UNIQUE,
        profile TEXT NOT NULL,
        kind TEXT NOT NULL,
        name TEXT NOT NULL,
        badgeclass_id TEXT,
        badgeclass_name TEXT,
        issuer_name TEXT,
        defaults TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX draft_batches_profile ON draft_batches (profile, updated_at);
    CREATE TABLE draft_rows (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        batch_id INTEGER NOT NULL REFERENCES draft_batches (id) ON DELETE CASCADE,
        position REAL NOT NULL,
        identity TEXT NOT NULL,
        recipient_type TEXT NOT NULL,
        narrative TEXT NOT NULL DEFAULT '',
        evidence_url TEXT NOT NULL DEFAULT '',
        issued_on TEXT,
        expires TEXT,
        state TEXT NOT NULL DEFAULT 'pending',
        entity_id TEXT,
        error TEXT NOT NULL DEFAULT '',
        retriable INTEGER NOT NULL DEFAULT 0,
        attempts INTEGER NOT NULL DEFAULT 0,
        sent_at TEXT
    );
    CREATE INDEX draft_rows_batch ON draft_rows (batch_id, position);
    CREATE INDEX draft_rows_state ON draft_rows (batch_id, state);
    """,
    # v4: revocation batches (``kind = 'revoke'``, with a batch-wide reason) and their rows,
    # the outbox of their submission.
    """
    ALTER TABLE draft_batches ADD COLUMN reason TEXT NOT NULL DEFAULT '';
    CREATE INDEX draft_batches_kind ON draft_batches (profile, kind, updated_at);
    CREATE TABLE revocation_rows (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        batch_id INTEGER NOT NULL REFERENCES draft_batches (id) ON DELETE CASCADE,
        position REAL NOT NULL,
        entity_id TEXT,
        identity TEXT NOT NULL DEFAULT '',
        recipient_type TEXT NOT NULL DEFAULT 'email',
        badgeclass_id TEXT,
        badgeclass_name TEXT NOT NULL DEFAULT '',
        issued_on TEXT,
        status TEXT NOT NULL DEFAULT '',
        seen_at TEXT,
        match TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        reason TEXT NOT NULL DEFAULT '',
        state TEXT NOT NULL DEFAULT 'pending',
        error TEXT NOT NULL DEFAULT '',
        code TEXT NOT NULL DEFAULT '',
        retriable INTEGER NOT NULL DEFAULT 0,
        attempts INTEGER NOT NULL DEFAULT 0,
        sent_at TEXT
    );
    CREATE INDEX revocation_rows_batch ON revocation_rows (batch_id, position);
    CREATE INDEX revocation_rows_state ON revocation_rows (batch_id, state);
    """,
    # v5: an award row that found the recipient already holding the badge (state ``held``)
    # keeps when that award was made.
    """
    ALTER TABLE draft_rows ADD COLUMN held_since TEXT;
    """,
    # v6: badge classes drafted offline, the outbox of their creation (``sent_at``: when the
    # request last left, so that a badge class found after a lost answer is known as its).
    """
    CREATE TABLE draft_badgeclasses (
        uid TEXT PRIMARY KEY,
        profile TEXT NOT NULL,
        issuer_id TEXT NOT NULL,
        issuer_name TEXT NOT NULL DEFAULT '',
        name TEXT NOT NULL,
        request TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending',
        entity_id TEXT,
        error TEXT NOT NULL DEFAULT '',
        sent_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX draft_badgeclasses_profile ON draft_badgeclasses (profile, created_at);
    """,
    # v7: the signed-in user as the last refresh saw them, so that their role in each cached
    # issuer (who may draft a badge class) is known when BadgeDesk starts offline.
    """
    ALTER TABLE cache_profiles ADD COLUMN user TEXT;
    """,
    # v8: the first page of awards last looked at, per profile, shown at the next start
    # while the server is asked for it again.
    """
    CREATE TABLE cache_first_pages (
        profile TEXT PRIMARY KEY,
        query TEXT NOT NULL,
        saved_at TEXT NOT NULL,
        rows TEXT NOT NULL
    );
    """,
]
"""SQL scripts; applying ``MIGRATIONS[:k]`` gives schema version ``k``. Append only."""

SCHEMA_VERSION = len(MIGRATIONS)


class StoreError(Exception):
    """The local database cannot be used (too new, corrupt, not a database...); the SQLite or
    system error behind it is its ``__cause__`` (see ``health.classify``)."""


class NewerStoreError(StoreError):
    """The database was written by a newer BadgeDesk: intact, but not for this version."""


def open_database(path: Path) -> sqlite3.Connection:
    """Open (creating if needed) the BadgeDesk database at ``path`` and migrate it.

    The connection is in autocommit mode: group writes with ``transaction()``. It belongs to
    the thread that opened it (SQLite's same-thread check is on): the program opens it on its
    ``StoreThread``.
    A file written by a newer BadgeDesk is refused with ``StoreError`` before anything is
    written to it.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, isolation_level=None)
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(f"cannot open the BadgeDesk database {path}: {exc}") from exc
    try:
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # Check the version before WAL: switching journal mode writes to the file.
        version = user_version(conn)
        if version > SCHEMA_VERSION:
            raise NewerStoreError(
                f"{path} was made by a newer BadgeDesk (schema version {version}; this version "
                f"knows up to {SCHEMA_VERSION}). Update BadgeDesk to open it."
            )
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise StoreError(f"{path}: could not switch to WAL mode (got {mode!r})")
        # WAL with NORMAL survives a killed process (only a power cut may lose the last
        # commits), and spares an fsync on each of the outbox's many small transactions.
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        migrate(conn)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"cannot open the BadgeDesk database {path}: {exc}") from exc
    except BaseException:
        conn.close()
        raise
    return conn


def migrate(conn: sqlite3.Connection) -> None:
    """Apply the migrations this file lacks, one transaction each.

    The version is re-read after taking the write lock, so two processes opening the same old
    file at once do not both apply the same migration.
    """
    while user_version(conn) < SCHEMA_VERSION:
        with transaction(conn):
            current = user_version(conn)
            if current >= SCHEMA_VERSION:
                break
            for statement in _statements(MIGRATIONS[current]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {current + 1}")
    if user_version(conn) > SCHEMA_VERSION:
        raise NewerStoreError("the database was just upgraded by a newer BadgeDesk")


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction: committed on success, rolled back on any exception.

    ``BEGIN IMMEDIATE`` takes the write lock up front, so a concurrent writer waits for the
    busy timeout here instead of failing halfway through. Nested use becomes a savepoint.
    """
    if conn.in_transaction:
        conn.execute("SAVEPOINT nested")
        try:
            yield conn
        except BaseException:
            if _still_open(conn):  # SQLite may have rolled it all back (see below)
                conn.execute("ROLLBACK TO nested")
                conn.execute("RELEASE nested")
            raise
        conn.execute("RELEASE nested")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        # After some errors (SQLITE_FULL, SQLITE_IOERR...) SQLite has already rolled back:
        # a second ROLLBACK would fail and hide the error that matters.
        if _still_open(conn):
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _still_open(conn: sqlite3.Connection) -> bool:
    """Whether a transaction is open; a call, so that mypy does not assume it unchanged
    since the last look."""
    return conn.in_transaction


def user_version(conn: sqlite3.Connection) -> int:
    """The schema version written in the file (0 for a new one)."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _statements(script: str) -> Iterator[str]:
    """Split a script into complete statements (``executescript`` would commit on its own)."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statement = buffer.strip()
            buffer = ""
            if statement:
                yield statement
    if buffer.strip():
        raise StoreError(f"incomplete SQL in migration: {buffer.strip()[:60]!r}")
