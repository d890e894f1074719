"""The store's own thread: every use of one SQLite connection goes through it, in order.

A connection used from two threads at once interleaves their statements: an audit entry
written by one thread inside another's open transaction is rolled back with it. So each
connection is opened, used and closed by one worker thread, and everyone who reads or writes
the store (drafts, revocations, audit log, catalogue cache) queues work there. The connection
keeps SQLite's same-thread check on: a use from any other thread raises instead of
interleaving. Work runs first-in first-out, so edits reach the disk in the order they were
made, and the event loop never waits on the disk. No Qt here.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from badgedesk.store.audit import AuditLog
from badgedesk.store.badgeclass_drafts import BadgeClassDraftStore
from badgedesk.store.cache import Cache
from badgedesk.store.database import open_database
from badgedesk.store.drafts import DraftStore
from badgedesk.store.revocations import RevocationStore

T = TypeVar("T")


class Stores:
    """Every table of one connection: what work on the store's thread is handed."""

    def __init__(
        self, conn: sqlite3.Connection, *, clock: Callable[[], datetime] | None = None
    ) -> None:
        self.connection = conn
        self.drafts = DraftStore(conn, clock=clock)
        self.revocations = RevocationStore(conn, clock=clock)
        self.audit = AuditLog(conn, clock=clock)
        self.cache = Cache(conn, clock=clock)
        self.badgeclass_drafts = BadgeClassDraftStore(conn, clock=clock)


class StoreThread:
    """One connection to the store file, owned by one worker thread."""

    def __init__(self, path: Path, *, clock: Callable[[], datetime] | None = None) -> None:
        """Open the store at ``path`` (migrating it) on the new thread; raises what
        ``open_database`` raises, with nothing left running."""
        self.path = path
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="store")
        try:
            self._stores = self._executor.submit(
                lambda: Stores(open_database(path), clock=clock)
            ).result()
        except BaseException:
            self._executor.shutdown(wait=True)
            raise

    def submit(self, work: Callable[[Stores], T]) -> asyncio.Future[T]:
        """Queue ``work`` now, in call order, even if the caller never awaits it: an edit is
        on its way to the disk the moment it is made."""
        return asyncio.wrap_future(self._queue(work))

    async def run(self, work: Callable[[Stores], T]) -> T:
        """``await store.run(lambda s: s.drafts.rows(batch_id))``: in order, never at once."""
        return await self.submit(work)

    def call(self, work: Callable[[Stores], T]) -> T:
        """Run ``work`` on the store's thread and wait for it, from code that is not on the
        event loop (start-up, shutdown, scripts)."""
        return self._queue(work).result()

    def close(self) -> None:
        """Let queued work finish (nothing typed is dropped), then close the connection on
        its own thread."""
        self._queue(lambda stores: stores.connection.close())
        self._executor.shutdown(wait=True)

    def _queue(self, work: Callable[[Stores], T]) -> Future[T]:
        return self._executor.submit(work, self._stores)
