"""The store's own thread: one connection, used only there, in the order work was queued."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from pathlib import Path

import pytest

from badgedesk.core.states import Outcome
from badgedesk.store.database import StoreError
from badgedesk.store.thread import Stores, StoreThread


@pytest.fixture
def store(tmp_path: Path):
    made = StoreThread(tmp_path / "badgedesk.sqlite3")
    yield made
    made.close()


def test_work_runs_on_one_thread_that_is_not_the_callers(store: StoreThread) -> None:
    async def scenario() -> set[int]:
        idents = await asyncio.gather(
            *(store.run(lambda _s: threading.get_ident()) for _ in range(20))
        )
        return set(idents)

    idents = asyncio.run(scenario())
    assert len(idents) == 1
    assert threading.get_ident() not in idents


def test_the_connection_refuses_any_other_thread(store: StoreThread) -> None:
    connection = store.call(lambda s: s.connection)
    with pytest.raises(sqlite3.ProgrammingError, match="thread"):
        connection.execute("SELECT 1")


def test_work_queued_without_waiting_lands_in_call_order(store: StoreThread) -> None:
    """Audit entries and a catalogue refresh queued together never interleave: each piece of
    work runs whole, in the order it was queued (the bug this thread fixes: an audit entry
    written inside a refresh's open transaction was rolled back with it)."""

    def record(n: int):
        return lambda s: s.audit.record(
            profile="p", user=None, operation=f"op {n}", target="t", outcome=Outcome.OK
        )

    def failing_refresh(s: Stores) -> None:
        with s.connection:  # a transaction that fails half-way
            s.connection.execute("DELETE FROM cache_issuers")
            raise RuntimeError("refresh failed")

    async def scenario() -> list[str]:
        queued = [store.submit(record(n)) for n in range(3)]
        queued.append(store.submit(failing_refresh))
        queued += [store.submit(record(n)) for n in range(3, 6)]
        await asyncio.gather(*queued, return_exceptions=True)
        entries = await store.run(lambda s: s.audit.entries())
        return [entry.operation for entry in reversed(entries)]

    assert asyncio.run(scenario()) == [f"op {n}" for n in range(6)]


def test_close_lets_queued_work_finish(tmp_path: Path) -> None:
    path = tmp_path / "badgedesk.sqlite3"
    store = StoreThread(path)

    async def queue() -> None:
        for n in range(50):
            store.submit(
                lambda s, n=n: s.audit.record(
                    profile="p", user=None, operation=f"op {n}", target="t", outcome=Outcome.OK
                )
            )

    asyncio.run(queue())
    store.close()
    with sqlite3.connect(path) as reader:
        assert reader.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0] == 50


def test_a_store_that_cannot_open_leaves_no_thread_behind(tmp_path: Path) -> None:
    before = threading.active_count()
    (tmp_path / "folder.sqlite3").mkdir()
    with pytest.raises(StoreError):
        StoreThread(tmp_path / "folder.sqlite3")
    assert threading.active_count() == before
