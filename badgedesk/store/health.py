"""Whether the store can be used at start-up, and if not, what kind of trouble it is and
which ways out make sense. No Qt here: the dialog in ``ui/store_problem.py`` only shows the
problem and asks which of its choices to take.

The check only reads: a file that fails it is never opened for writing (SQLite would write
its WAL switch, a migration or a new schema into it). A zero-length file counts as damaged,
not as a new store: a crash while creating the store or a failed copy leaves one, and
nothing tells those apart from a store that once held data, so the user decides.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from datetime import datetime
from pathlib import Path

from badgedesk.core.health import StoreProblem, Trouble, is_disk_full
from badgedesk.store.database import (
    SCHEMA_VERSION,
    NewerStoreError,
    StoreError,
    user_version,
)

SQLITE_HEADER = b"SQLite format 3\x00"


def check_store(path: Path) -> StoreProblem | None:
    """None if the store at ``path`` may be opened (or created); otherwise what is wrong.

    Reads only, through a read-only connection. ``PRAGMA quick_check`` reads every page
    (see benchmarks/store_check.py for its cost), so call this off the GUI thread.
    """
    folder = path.parent
    if folder.exists() and not folder.is_dir():
        return StoreProblem(Trouble.IN_THE_WAY, folder, "a file where the data folder should be")
    if path.exists() and not path.is_file():
        return StoreProblem(Trouble.IN_THE_WAY, path, "not a regular file")
    if folder.exists() and not os.access(folder, os.W_OK | os.X_OK):
        return StoreProblem(Trouble.NO_ACCESS, folder, "the data folder is not writable")
    if not path.exists():
        return None
    if not os.access(path, os.R_OK | os.W_OK):
        return StoreProblem(Trouble.NO_ACCESS, path, "the file is not readable and writable")
    try:
        with path.open("rb") as file:
            header = file.read(len(SQLITE_HEADER))
    except OSError as error:
        return classify(error, path)
    if not header:
        return StoreProblem(Trouble.DAMAGED, path, "the file is empty")
    if header != SQLITE_HEADER:
        return StoreProblem(Trouble.NOT_A_STORE, path, "no SQLite header")
    # Without a -wal file nobody has the store open and its content is all in the file:
    # "immutable" then keeps SQLite from creating -wal and -shm files beside it.
    wal = Path(f"{path}-wal").exists()
    uri = f"{path.resolve().as_uri()}?mode=ro{'' if wal else '&immutable=1'}"
    try:
        conn = sqlite3.connect(uri, uri=True)
        try:
            version = user_version(conn)
            if version > SCHEMA_VERSION:
                return StoreProblem(Trouble.NEWER, path, f"schema version {version}")
            found = [str(row[0]) for row in conn.execute("PRAGMA quick_check")]
        finally:
            conn.close()
    except sqlite3.Error as error:
        return classify(error, path)
    if found != ["ok"]:
        return StoreProblem(Trouble.DAMAGED, path, "; ".join(found[:5]))
    return None


def classify(error: BaseException, path: Path) -> StoreProblem:
    """The trouble behind an error met while checking or opening the store at ``path``."""
    detail = str(error)
    if isinstance(error, NewerStoreError):
        return StoreProblem(Trouble.NEWER, path, detail)
    if is_disk_full(error):
        return StoreProblem(Trouble.DISK_FULL, path, detail)
    cause = error.__cause__ if isinstance(error, StoreError) else error
    if isinstance(cause, sqlite3.Error):
        code = getattr(cause, "sqlite_errorcode", 0) & 0xFF
        trouble = {
            sqlite3.SQLITE_NOTADB: Trouble.NOT_A_STORE,
            sqlite3.SQLITE_CORRUPT: Trouble.DAMAGED,
            sqlite3.SQLITE_READONLY: Trouble.NO_ACCESS,
            sqlite3.SQLITE_PERM: Trouble.NO_ACCESS,
            sqlite3.SQLITE_CANTOPEN: Trouble.NO_ACCESS,
        }.get(code, Trouble.DISK_ERROR)
        if trouble is Trouble.NO_ACCESS and path.exists() and not path.is_file():
            trouble = Trouble.IN_THE_WAY
        return StoreProblem(trouble, path, detail)
    if isinstance(cause, OSError):
        if isinstance(cause, (FileExistsError, IsADirectoryError, NotADirectoryError)):
            return StoreProblem(Trouble.IN_THE_WAY, path, detail)
        if cause.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return StoreProblem(Trouble.NO_ACCESS, path, detail)
    return StoreProblem(Trouble.DISK_ERROR, path, detail)


SIDE_FILES = ("-wal", "-shm", "-journal")
"""SQLite's companions of a database file; they belong to it, so they move with it."""


def keep_aside(path: Path, now: datetime) -> Path:
    """Rename the store at ``path`` out of the way, with the date, and return its new name;
    its companions follow (``….damaged-2026-12-05T0412-wal``), so SQLite still opens them
    together and a fresh store never picks up the old WAL. Nothing is deleted."""
    stamp = now.strftime("%Y-%m-%dT%H%M")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while any(Path(f"{target}{side}").exists() for side in ("", *SIDE_FILES)):
        n += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
    # The companions first: a fresh store beside an old WAL would replay it.
    for side in SIDE_FILES:
        companion = Path(f"{path}{side}")
        if companion.exists():
            companion.rename(f"{target}{side}")
    path.rename(target)
    return target
