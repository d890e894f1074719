"""Waiting on a sandbox and reopening a store between the kills of a worker process: shared by
the crash-safety tests of submission and revocation."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from badgedesk.sandbox import SandboxServer
from badgedesk.store import open_database
from badgedesk.store.drafts import DraftStore

SEED = int(os.environ.get("BADGEDESK_CRASH_SEED", "20240917"))
"""Fixed so a failure can be replayed (timing still varies): set BADGEDESK_CRASH_SEED."""


def wait_until(condition: Callable[[], bool], timeout: float, what: str) -> None:
    """Poll ``condition`` until it holds; fail the test (naming the seed) after ``timeout``."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what} (seed {SEED})")
        time.sleep(0.005)


def wait_for_quiet_server(sandbox: SandboxServer) -> None:
    """Requests a killed worker left in flight are still handled by the server (the award
    lands, the answer goes nowhere): check only once every one has been answered."""
    time.sleep(0.1)
    wait_until(
        lambda: all(r.status for r in sandbox.requests), 5, "the sandbox to finish its requests"
    )


@contextmanager
def store_at(db_path: Path) -> Iterator[DraftStore]:
    """The drafts store at ``db_path`` on a connection of its own, as a restart would open it."""
    conn = open_database(db_path)
    try:
        yield DraftStore(conn)
    finally:
        conn.close()
