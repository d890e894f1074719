"""The draft store seen from the event loop: every call runs on one worker thread, in order.

A single thread owns the drafts' SQLite connection, so edits are written in the order they
were made and the loop never waits on the disk. The connection is a second one on the same
file as the audit log and the catalogue: their work in other threads can never interleave
with a draft's transaction.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from badgedesk.store.drafts import DraftStore

T = TypeVar("T")


class DraftService:
    """Runs ``DraftStore`` work off the event loop, one call after another."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self.store = DraftStore(conn)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="drafts")

    def submit(self, work: Callable[[DraftStore], T]) -> asyncio.Future[T]:
        """Queue ``work`` now, in call order, even if the caller never awaits it: an edit is
        on its way to the disk the moment it is made."""
        return asyncio.get_running_loop().run_in_executor(self._executor, work, self.store)

    async def run(self, work: Callable[[DraftStore], T]) -> T:
        """``await drafts.run(lambda store: store.rows(batch_id))``: FIFO, never concurrent."""
        return await self.submit(work)

    def close(self) -> None:
        """Wait for queued writes (nothing typed is dropped), then close the connection."""
        self._executor.shutdown(wait=True)
        self._conn.close()
