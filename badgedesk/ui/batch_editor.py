"""What the Drafts and Revocations editors share: actions with buttons that follow them, every
edit queued for the disk at once (and awaited before anything acts on it), and the undoable
deletion of rows."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from badgedesk.services.drafts import DraftService
from badgedesk.store.drafts import Batch, DraftStore

log = logging.getLogger(__name__)
T = TypeVar("T")


def _tr(text: str) -> str:
    return QCoreApplication.translate("BatchEditor", text)


class _RowsEditor(Protocol):
    def remove_rows(self, rows: Sequence[Any]) -> None: ...
    def restore_rows(self, rows: Sequence[Any]) -> None: ...


class DeleteRows(QUndoCommand):
    def __init__(self, editor: _RowsEditor, rows: Sequence[Any]) -> None:
        super().__init__(_tr("delete %d rows") % len(rows))
        self._editor, self._rows = editor, list(rows)

    def redo(self) -> None:
        self._editor.remove_rows(self._rows)

    def undo(self) -> None:
        self._editor.restore_rows(self._rows)


class OutboxEditor(QWidget):
    """Subclasses implement ``reload`` (show the batch as stored)."""

    status_message = Signal(str)
    batch_changed = Signal(int)
    """A batch or its rows changed (the list shows its last change)."""

    def __init__(self, drafts: DraftService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.drafts = drafts
        self.batch: Batch | None = None
        self.running = False
        self.signed_in = False
        self._writes: set[asyncio.Future[Any]] = set()

    def reload(self) -> asyncio.Future[None]:
        raise NotImplementedError

    def _write(self, work: Callable[[DraftStore], T]) -> asyncio.Future[T]:
        """Queue a store write now; a failure reloads the batch so the screen shows the truth."""
        future = self.drafts.submit(work)
        self._writes.add(future)

        def done(finished: asyncio.Future[T]) -> None:
            self._writes.discard(finished)
            if finished.cancelled():
                return
            error = finished.exception()
            if error is not None:
                log.warning("a draft write failed: %s", error)
                self.status_message.emit(_tr("That change could not be saved: %s") % error)
                self.reload()
            elif self.batch is not None:
                self.batch_changed.emit(self.batch.id)

        future.add_done_callback(done)
        return future

    async def flush(self) -> None:
        """Wait until every queued write is on disk."""
        if self._writes:
            await asyncio.gather(*list(self._writes), return_exceptions=True)
