"""A full disk while a batch is sent: the run stops cleanly and says so, in words; the rows
already recorded are kept and the batch can be sent again, each award made once.

SQLite's SQLITE_FULL comes from ``PRAGMA max_page_count`` on the drafts' connection: the
store may not grow, as on a full disk."""

from __future__ import annotations

import asyncio
import logging

import pytest
from PySide6.QtWidgets import QMessageBox

from badgedesk.core.states import RowState
from badgedesk.ui.errors import friendly_message
from tests.ui.batches import learners, live_awards, new_batch_for, peer_mentor, tab_of
from tests.ui.waiting import wait_for

pytestmark = pytest.mark.signed_in(drafts=True)

DISK_FULL = (
    "The disk is full: BadgeDesk could not record the outcome of the rows being sent, so it "
    "stopped sending this batch. Free some space; the rows already recorded are safe and the "
    "batch can be sent again."
)


def limit_growth(conn, pages: int | None) -> None:
    """No page beyond the current ones (None: a limit far away again)."""
    if pages is None:
        pages = 1_000_000
    conn.execute(f"PRAGMA max_page_count = {pages}")


def test_a_full_disk_stops_the_run_and_says_the_rows_are_safe(
    shell,
    loop,
    sandbox,
    drafts,
    caplog,
):
    tab = tab_of(shell)
    messages: list[str] = []
    tab.status_message.connect(messages.append)
    sandbox.faults.latency_ms = 20
    rows = 80

    async def work() -> tuple[object, dict[str, str], dict[str, str]]:
        batch_id = await new_batch_for(tab, peer_mentor(sandbox), learners(rows))
        tab.editor.concurrency_box.setValue(2)
        running = asyncio.ensure_future(tab.submit(batch_id))
        await wait_for(lambda: batch_id in tab.runs and tab.runs[batch_id].progress.succeeded >= 3)
        pages = await drafts.run(lambda s: s.connection.execute("PRAGMA page_count").fetchone()[0])
        await drafts.run(lambda s: limit_growth(s.connection, pages))
        result = await asyncio.wait_for(running, 30)
        assert batch_id not in tab.runs, "the run ended"
        states = dict(
            await drafts.run(
                lambda s: s.connection.execute(
                    "SELECT identity, state FROM draft_rows WHERE batch_id = ?", (batch_id,)
                ).fetchall()
            )
        )
        await drafts.run(lambda s: limit_growth(s.connection, None))  # space freed
        again = await tab.submit(batch_id)
        assert again is not None
        final = dict(
            await drafts.run(
                lambda s: s.connection.execute(
                    "SELECT identity, state FROM draft_rows WHERE batch_id = ?", (batch_id,)
                ).fetchall()
            )
        )
        return result, states, final

    caplog.set_level(logging.ERROR)
    result, stopped, final = loop.run_until_complete(work())
    assert result is None
    assert DISK_FULL in messages
    box = next(d for d in tab.dialogs if isinstance(d, QMessageBox))
    assert box.windowTitle() == "The disk is full"
    assert box.text() == DISK_FULL
    assert "Something went wrong" not in " ".join(messages)
    assert any("the disk is full" in r.getMessage() for r in caplog.records)
    assert set(stopped.values()) <= {RowState.AWARDED, RowState.PENDING, RowState.SENDING}
    assert RowState.AWARDED in stopped.values(), "stopped midway"
    assert RowState.PENDING in stopped.values(), "stopped midway"
    assert set(final.values()) == {RowState.AWARDED}, "sent again, every row awarded"
    awards = live_awards(sandbox, "learner")
    assert len(awards) == rows
    assert set(awards.values()) == {1}, "no award made twice"


def test_an_uncaught_full_disk_error_says_so():
    import errno
    import sqlite3

    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode = sqlite3.SQLITE_FULL
    assert friendly_message(full).startswith("The disk is full")
    assert friendly_message(OSError(errno.ENOSPC, "No space left")).startswith("The disk is full")
    assert friendly_message(RuntimeError("x")).startswith("BadgeDesk hit an unexpected problem")


def test_a_file_write_on_a_full_disk_says_so(shell, loop):
    """Writing a file (an export, say) fails with ENOSPC: the same words, not "Something
    went wrong"."""
    import errno

    tab = tab_of(shell)
    messages: list[str] = []
    tab.status_message.connect(messages.append)

    async def export() -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    async def work() -> None:
        task = tab.tasks.spawn(export())
        await asyncio.gather(task, return_exceptions=True)
        await wait_for(lambda: any(isinstance(d, QMessageBox) for d in tab.dialogs))

    loop.run_until_complete(work())
    box = next(d for d in tab.dialogs if isinstance(d, QMessageBox))
    assert box.windowTitle() == "The disk is full"
    assert box.text().startswith("The disk is full: BadgeDesk could not save the last change.")
    assert messages == []
