"""What can be wrong with the local store, as the store finds it and the window explains it."""

from __future__ import annotations

import errno
import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path


class Trouble(StrEnum):
    """What is wrong with the store, as far as the user needs to know."""

    NEWER = "newer"  # made by a newer BadgeDesk
    NOT_A_STORE = "not-a-store"  # some other file in its place
    DAMAGED = "damaged"  # truncated, damaged pages, or empty
    IN_THE_WAY = "in-the-way"  # a folder (or a file for the data folder) in its place
    NO_ACCESS = "no-access"  # the folder or the file may not be written
    DISK_FULL = "disk-full"
    DISK_ERROR = "disk-error"  # the system could not read or write it


class Choice(StrEnum):
    RETRY = "retry"
    KEEP_ASIDE = "keep-aside"
    OTHER_FOLDER = "other-folder"
    QUIT = "quit"


CHOICES: dict[Trouble, tuple[Choice, ...]] = {
    # The file is fine for a newer BadgeDesk: keep it for that, or work elsewhere.
    Trouble.NEWER: (Choice.OTHER_FOLDER, Choice.KEEP_ASIDE, Choice.QUIT),
    Trouble.NOT_A_STORE: (Choice.KEEP_ASIDE, Choice.OTHER_FOLDER, Choice.QUIT),
    Trouble.DAMAGED: (Choice.KEEP_ASIDE, Choice.OTHER_FOLDER, Choice.QUIT),
    # Not BadgeDesk's file to move: the user moves it, then retries.
    Trouble.IN_THE_WAY: (Choice.RETRY, Choice.OTHER_FOLDER, Choice.QUIT),
    # Nothing wrong with the file: fix the permissions or free space, then retry.
    Trouble.NO_ACCESS: (Choice.RETRY, Choice.OTHER_FOLDER, Choice.QUIT),
    Trouble.DISK_FULL: (Choice.RETRY, Choice.OTHER_FOLDER, Choice.QUIT),
    Trouble.DISK_ERROR: (Choice.RETRY, Choice.OTHER_FOLDER, Choice.QUIT),
}
"""The ways out offered for each trouble, the first being the suggested one."""


@dataclass(frozen=True)
class StoreProblem:
    trouble: Trouble
    path: Path
    detail: str
    """What SQLite or the system said, for the log."""

    @property
    def choices(self) -> tuple[Choice, ...]:
        return CHOICES[self.trouble]


def is_disk_full(error: BaseException) -> bool:
    """Whether ``error`` (or what caused it) says the disk is full: SQLite's SQLITE_FULL
    or the system's ENOSPC / EDQUOT when writing a file."""
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, sqlite3.Error):
            if getattr(seen, "sqlite_errorcode", 0) & 0xFF == sqlite3.SQLITE_FULL:
                return True
        elif isinstance(seen, OSError) and seen.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        seen = seen.__cause__ or seen.__context__
    return False
