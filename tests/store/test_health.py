"""The start-up check of the store (store/health.py): each kind of bad input, made here,
is named for what it is, offered only the ways out that make sense, and left untouched."""

from __future__ import annotations

import errno
import hashlib
import os
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from badgedesk.core.health import Choice, Trouble, is_disk_full
from badgedesk.store import StoreError, open_database
from badgedesk.store.database import transaction
from badgedesk.store.health import check_store, classify, keep_aside
from tests.bad_stores import BAD_STORES, EXPECTED, damaged_page, real_store


def fingerprint(path: Path) -> tuple[str, ...]:
    """Every file next to the store and its content: what a check must not change."""
    return tuple(
        sorted(
            f"{p.name}:{hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else 'dir'}"
            for p in path.parent.iterdir()
        )
    )


@pytest.mark.parametrize("bad", list(BAD_STORES))
def test_each_bad_store_is_named_and_left_untouched(tmp_path, bad):
    path = tmp_path / "badgedesk.sqlite3"
    BAD_STORES[bad](path)
    before = fingerprint(path)

    problem = check_store(path)

    assert problem is not None
    assert problem.trouble is EXPECTED[bad]
    assert problem.path == path
    assert problem.detail
    assert Choice.QUIT in problem.choices
    assert fingerprint(path) == before, "nothing written, no -wal or -shm created"


def test_a_damaged_page_is_what_quick_check_catches(tmp_path):
    """The header and the size are right: only reading the pages finds it, and opening it as
    before would have gone on writing into it."""
    path = tmp_path / "badgedesk.sqlite3"
    damaged_page(path)
    open_database(path).close()  # what start-up did: no complaint
    problem = check_store(path)
    assert problem is not None
    assert problem.trouble is Trouble.DAMAGED
    assert "ok" not in problem.detail.split("; ")


def test_the_choices_fit_the_trouble(tmp_path):
    for bad, trouble in EXPECTED.items():
        path = tmp_path / bad / "badgedesk.sqlite3"
        path.parent.mkdir()
        BAD_STORES[bad](path)
        problem = check_store(path)
        assert problem is not None
        if trouble is Trouble.IN_THE_WAY:
            assert Choice.KEEP_ASIDE not in problem.choices, "not BadgeDesk's to move"
            assert Choice.RETRY in problem.choices
        else:
            assert Choice.KEEP_ASIDE in problem.choices
            assert Choice.RETRY not in problem.choices, "trying again changes nothing"
        assert Choice.OTHER_FOLDER in problem.choices


def test_a_healthy_store_and_a_missing_one_pass(tmp_path):
    path = tmp_path / "badgedesk.sqlite3"
    assert check_store(path) is None
    assert not path.exists(), "the check creates nothing"
    real_store(path)
    assert check_store(path) is None


def test_a_store_with_its_wal_passes_and_keeps_it(tmp_path):
    """A store another BadgeDesk has open (or one left by a crash) has a -wal with commits."""
    path = tmp_path / "badgedesk.sqlite3"
    real_store(path, rows=3)
    conn = open_database(path)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    with transaction(conn):
        conn.execute("UPDATE draft_rows SET narrative = 'changed'")
    assert (tmp_path / "badgedesk.sqlite3-wal").stat().st_size > 0
    assert check_store(path) is None
    conn.close()


def test_a_read_only_data_folder_is_no_access(tmp_path):
    path = tmp_path / "data" / "badgedesk.sqlite3"
    path.parent.mkdir()
    real_store(path, rows=3)
    path.parent.chmod(0o555)
    try:
        if os.access(path.parent, os.W_OK):
            print("running as root: a read-only folder is still writable, nothing to test")
            pytest.skip("a read-only folder is writable for root")
        problem = check_store(path)
        assert problem is not None
        assert problem.trouble is Trouble.NO_ACCESS
        assert problem.choices == (Choice.RETRY, Choice.OTHER_FOLDER, Choice.QUIT)
    finally:
        path.parent.chmod(0o755)


def test_a_file_in_place_of_the_data_folder_is_in_the_way(tmp_path):
    """What a read-only folder is for root too: a place the store cannot be made in."""
    folder = tmp_path / "data"
    folder.write_text("not a folder", encoding="utf-8")
    problem = check_store(folder / "badgedesk.sqlite3")
    assert problem is not None
    assert problem.trouble is Trouble.IN_THE_WAY
    assert problem.path == folder
    with pytest.raises(StoreError) as raised:
        open_database(folder / "badgedesk.sqlite3")
    assert classify(raised.value, folder).trouble is Trouble.IN_THE_WAY


def test_opening_errors_are_classified(tmp_path):
    path = tmp_path / "badgedesk.sqlite3"
    path.mkdir()
    with pytest.raises(StoreError) as raised:
        open_database(path)
    assert classify(raised.value, path).trouble is Trouble.IN_THE_WAY

    no_space = OSError(errno.ENOSPC, "No space left on device")
    assert classify(no_space, path).trouble is Trouble.DISK_FULL
    denied = PermissionError(errno.EACCES, "Permission denied")
    assert classify(denied, tmp_path / "x").trouble is Trouble.NO_ACCESS


def full_store(path: Path) -> sqlite3.Connection:
    """A store whose connection may not grow it: SQLite answers SQLITE_FULL, as on a full
    disk."""
    real_store(path, rows=3)
    conn = open_database(path)
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    return conn


def test_a_full_disk_is_recognised(tmp_path):
    conn = full_store(tmp_path / "badgedesk.sqlite3")
    with pytest.raises(sqlite3.OperationalError) as raised, transaction(conn):
        conn.executemany(
            "INSERT INTO draft_rows (batch_id, position, identity, recipient_type, "
            "narrative) VALUES (1, ?, 'x@school.test', 'email', ?)",
            [(n, "n" * 900) for n in range(100)],
        )
    conn.close()
    assert raised.value.sqlite_errorname == "SQLITE_FULL", "not hidden by a failed ROLLBACK"
    assert is_disk_full(raised.value)
    assert classify(raised.value, tmp_path).trouble is Trouble.DISK_FULL
    wrapped = RuntimeError("the run failed")
    wrapped.__cause__ = OSError(errno.ENOSPC, "No space left on device")
    assert is_disk_full(wrapped)
    assert not is_disk_full(sqlite3.OperationalError("database is locked"))
    assert not is_disk_full(OSError(errno.EACCES, "Permission denied"))


def test_keep_aside_renames_with_the_date_and_keeps_the_companions(tmp_path):
    path = tmp_path / "badgedesk.sqlite3"
    damaged_page(path)
    (tmp_path / "badgedesk.sqlite3-wal").write_bytes(b"wal")
    (tmp_path / "badgedesk.sqlite3-shm").write_bytes(b"shm")
    content = path.read_bytes()
    now = datetime(2026, 12, 5, 4, 12)

    kept = keep_aside(path, now)

    assert kept.name == "badgedesk.sqlite3.damaged-2026-12-05T0412"
    assert kept.read_bytes() == content
    assert (tmp_path / "badgedesk.sqlite3.damaged-2026-12-05T0412-wal").read_bytes() == b"wal"
    assert (tmp_path / "badgedesk.sqlite3.damaged-2026-12-05T0412-shm").read_bytes() == b"shm"
    assert not path.exists()
    assert not (tmp_path / "badgedesk.sqlite3-wal").exists()

    path.touch()
    again = keep_aside(path, now)  # the same minute: a second name, nothing overwritten
    assert again.name == "badgedesk.sqlite3.damaged-2026-12-05T0412-2"
    assert kept.read_bytes() == content
