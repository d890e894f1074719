"""What the start-up integrity check costs on a large store.

Builds a store of about ``--megabytes`` MB (draft rows with long narratives, through
``open_database`` so the schema and its indexes are the real ones), then times
``PRAGMA quick_check`` and ``PRAGMA quick_check(1)`` on a fresh read-only connection, as
``badgedesk.store.health.check_store`` opens it, and the whole ``check_store`` call: warm
(the file in the OS page cache, as after a recent run) and cold (the file's pages dropped
from that cache with ``posix_fadvise`` before each run, as after a reboot; where the system
honours it). Prints the medians; asserts nothing.

    .venv/bin/python benchmarks/store_check.py [--megabytes 100] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from figures import Figure, add_options, print_figures

from badgedesk.store.database import open_database, transaction
from badgedesk.store.health import check_store


def build(path: Path, megabytes: int) -> None:
    conn = open_database(path)
    narrative = "x" * 900
    with transaction(conn):
        conn.execute(
            "INSERT INTO draft_batches (uid, profile, kind, name, defaults, created_at, "
            "updated_at) VALUES ('b', 'p', 'award', 'Big', '{}', '', '')"
        )
        for start in range(0, megabytes * 1000, 1000):
            conn.executemany(
                "INSERT INTO draft_rows (batch_id, position, identity, recipient_type, "
                "narrative) VALUES (1, ?, ?, 'email', ?)",
                [(n, f"learner{n}@example.edu", narrative) for n in range(start, start + 1000)],
            )
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def evict(path: Path) -> None:
    """Drop the file's pages from the OS page cache (Linux honours this for clean pages)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    finally:
        os.close(fd)


def timed(path: Path, sql: str, cold: bool) -> float:
    if cold:
        evict(path)
    began = time.perf_counter()
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    conn.execute(sql).fetchall()
    conn.close()
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=int, default=100)
    parser.add_argument("--runs", type=int, default=5)
    add_options(parser)
    args = parser.parse_args()
    if args.quick:
        args.megabytes, args.runs = min(args.megabytes, 20), min(args.runs, 3)
    figures = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "badgedesk.sqlite3"
        build(path, args.megabytes)
        print(f"store: {path.stat().st_size / 1e6:.1f} MB")
        for cold in (False, True):
            label = "cold" if cold else "warm"
            for sql in ("PRAGMA quick_check", "PRAGMA quick_check(1)", "PRAGMA integrity_check"):
                times = [timed(path, sql, cold) for _ in range(args.runs)]
                print(f"{label} {sql:26} median {statistics.median(times) * 1000:7.1f} ms")
            times = []
            for _ in range(args.runs):
                if cold:
                    evict(path)
                began = time.perf_counter()
                assert check_store(path) is None
                times.append(time.perf_counter() - began)
            median = statistics.median(times) * 1000
            print(f"{label} {'check_store':26} median {median:7.1f} ms")
            name = f"check of a {args.megabytes} MB store, {label}"
            figures.append(Figure(name, round(median, 1), "ms"))
    if args.json:
        print_figures(figures)


if __name__ == "__main__":
    main()
