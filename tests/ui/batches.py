"""Drafting award batches in the Drafts tab, and reading what they left on the sandbox and in
the store: shared by the tests of the Drafts and Revocations tabs, quitting and a full disk."""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path

from badgedesk.core.batches import RowFields
from badgedesk.sandbox import SandboxServer
from badgedesk.ui.batch_tab import BatchTab
from badgedesk.ui.drafts.tab import DraftsTab
from badgedesk.ui.encoding_dialog import EncodingDialog
from badgedesk.ui.shell import Shell
from tests.ui.waiting import wait_for


def tab_of(shell: Shell) -> DraftsTab:
    """The Drafts tab, brought to the front."""
    assert shell.drafts is not None
    shell.window.tabs.setCurrentWidget(shell.drafts)
    return shell.drafts


def peer_mentor(server: SandboxServer) -> str:
    """The entityId of the sandbox's Peer Mentor badge class."""
    return next(b.entity_id for b in server.state.badgeclasses.values() if b.name == "Peer Mentor")


async def new_batch_for(tab: DraftsTab, badgeclass_id: str, rows: list[RowFields]) -> int:
    """A new batch drafted in the tab for ``badgeclass_id`` with ``rows``, saved; its id."""
    batch = await tab.new_batch("Autumn mentors")
    box = tab.editor.badgeclass_box
    box.setCurrentIndex(box.findData(badgeclass_id))
    box.activated.emit(box.currentIndex())
    await tab.editor.add_rows(rows)
    await tab.editor.flush()
    return batch.id


def stored(path: Path, sql: str) -> list[tuple]:
    """Read the file with a connection of its own: what a restarted BadgeDesk would find."""
    with sqlite3.connect(path) as other:
        return other.execute(sql).fetchall()


def learners(count: int, prefix: str = "learner") -> list[RowFields]:
    return [RowFields(identity=f"{prefix}{n:03d}@school.test") for n in range(count)]


def live_awards(server: SandboxServer, prefix: str) -> Counter[str]:
    """How many unrevoked awards each recipient starting with ``prefix`` has on the server."""
    with server.state.lock:
        return Counter(
            a.identity
            for a in server.state.assertions.values()
            if a.identity.startswith(prefix) and not a.revoked
        )


async def encoding_question(tab: BatchTab) -> EncodingDialog:
    """The encoding step, once ``import_csv`` has opened it."""
    await wait_for(lambda: any(isinstance(d, EncodingDialog) for d in tab.dialogs))
    dialog = next(d for d in tab.dialogs if isinstance(d, EncodingDialog))
    await wait_for(dialog.isActiveWindow)
    return dialog
