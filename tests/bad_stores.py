"""Stores that cannot be used, made on the spot: each function leaves its bad input at
``path`` (a store's file) and returns nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from badgedesk.core.health import Trouble
from badgedesk.store import SCHEMA_VERSION, open_database
from badgedesk.store.database import transaction

PAGE = 4096


def real_store(path: Path, rows: int = 300) -> None:
    """A healthy store of many pages (draft rows with long narratives), checkpointed."""
    conn = open_database(path)
    with transaction(conn):
        conn.execute(
            "INSERT INTO draft_batches (uid, profile, kind, name, defaults, created_at, "
            "updated_at) VALUES ('b', 'p', 'award', 'Kept', '{}', '', '')"
        )
        conn.executemany(
            "INSERT INTO draft_rows (batch_id, position, identity, recipient_type, narrative) "
            "VALUES (1, ?, ?, 'email', ?)",
            [(n, f"learner{n}@school.test", "n" * 900) for n in range(rows)],
        )
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def newer_schema(path: Path) -> None:
    real_store(path, rows=3)
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()


def text_file(path: Path) -> None:
    path.write_text("name,email\nAda,ada@school.test\n" * 50, encoding="utf-8")


def truncated(path: Path) -> None:
    real_store(path)
    size = path.stat().st_size
    with path.open("r+b") as file:
        file.truncate(size // 2)


def directory(path: Path) -> None:
    path.mkdir()


def damaged_page(path: Path) -> None:
    """Garbage over a page in the middle of the file: the header and size stay right."""
    real_store(path)
    pages = path.stat().st_size // PAGE
    assert pages > 20, "a multi-page store"
    with path.open("r+b") as file:
        file.seek((pages // 2) * PAGE)
        file.write(bytes(range(256)) * (PAGE // 256))


def empty_file(path: Path) -> None:
    path.touch()


BAD_STORES = {
    "newer schema": newer_schema,
    "text file": text_file,
    "truncated": truncated,
    "directory": directory,
    "damaged page": damaged_page,
    "empty file": empty_file,
}

EXPECTED = {
    "newer schema": Trouble.NEWER,
    "text file": Trouble.NOT_A_STORE,
    "truncated": Trouble.DAMAGED,
    "directory": Trouble.IN_THE_WAY,
    "damaged page": Trouble.DAMAGED,
    "empty file": Trouble.DAMAGED,
}
"""What the health check must find in each of ``BAD_STORES``."""
