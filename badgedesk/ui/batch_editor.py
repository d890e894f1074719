"""What the Drafts and Revocations editors share: actions with buttons that follow them, every
edit handed to the batches' service at once (and awaited before anything acts on it), the
undoable deletion of rows, and a table whose keys only ever type into the cell the person sees
chosen."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Sequence
from typing import Generic, Protocol, TypeVar, overload

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QPersistentModelIndex, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from badgedesk.core.batches import Batch
from badgedesk.services.tasks import Tasks

log = logging.getLogger(__name__)
T = TypeVar("T")
RowT = TypeVar("RowT")
RowT_contra = TypeVar("RowT_contra", contravariant=True)


class _RowsEditor(Protocol[RowT_contra]):
    def remove_rows(self, rows: Sequence[RowT_contra]) -> None: ...
    def restore_rows(self, rows: Sequence[RowT_contra]) -> None: ...


class DeleteRows(QUndoCommand, Generic[RowT]):
    def __init__(self, editor: _RowsEditor[RowT], rows: Sequence[RowT]) -> None:
        super().__init__(
            QCoreApplication.translate("BatchEditor", "delete %n row(s)", None, len(rows))
        )
        self._editor, self._rows = editor, list(rows)

    def redo(self) -> None:
        self._editor.remove_rows(self._rows)

    def undo(self) -> None:
        self._editor.restore_rows(self._rows)


class RowsTable(QTableView):
    """The rows of a batch. A key press edits a cell only when the person can see which one:
    the current cell is selected and on screen.

    Qt starts an edit on the current index at any key, and that index is often not one anyone
    chose: focus sets it silently to the first cell, and type-ahead search moves it (and the
    selection) to the first row whose text starts with the letter typed, so after a submit
    "Test" typed into the table overwrote the recipient of whichever row began with a T."""

    _KEY_TRIGGERS = (
        QAbstractItemView.EditTrigger.AnyKeyPressed,
        QAbstractItemView.EditTrigger.EditKeyPressed,
    )

    @overload
    def edit(self, index: QModelIndex | QPersistentModelIndex, /) -> None: ...

    @overload
    def edit(
        self,
        index: QModelIndex | QPersistentModelIndex,
        trigger: QAbstractItemView.EditTrigger,
        event: QEvent | None,
        /,
    ) -> bool: ...

    def edit(
        self,
        index: QModelIndex | QPersistentModelIndex,
        trigger: QAbstractItemView.EditTrigger | None = None,
        event: QEvent | None = None,
        /,
    ) -> bool | None:
        """A key edits only a cell ``shows_chosen``; a click, a double-click or the editor's
        own ``edit(index)`` (a row just added) open one as Qt does."""
        if trigger is None:
            super().edit(index)
            return None
        if trigger in self._KEY_TRIGGERS and not self.shows_chosen(index):
            return False
        # Qt passes no event when the edit comes from ``edit(index)``.
        return super().edit(index, trigger, event)  # type: ignore[arg-type]

    def shows_chosen(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        """Whether the cell is one the person chose and can see: selected, and on screen."""
        return (
            index.isValid()
            and self.selectionModel().isSelected(index)
            and self.viewport().rect().intersects(self.visualRect(index))
        )

    def keyboardSearch(self, search: str) -> None:
        """No type-ahead: a letter is typed into a cell, never a jump to another row."""


class OutboxEditor(QWidget):
    """Subclasses hold their batches' service, hand each of its writes to ``_write`` the
    moment the person makes the change, and implement ``reload`` (show the batch as
    stored)."""

    status_message = Signal(str)
    batch_changed = Signal(int)
    """A batch or its rows changed (the list shows its last change)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.batch: Batch | None = None
        self.running = False
        self.signed_in = False
        self._writes = Tasks(f"{type(self).__name__} writes")
        """Writes under way, until ``flush``; a failed one is logged there."""

    def reload(self) -> asyncio.Future[None]:
        raise NotImplementedError

    def set_signed_in(self, signed_in: bool) -> None:
        """Sending (and checking) need a session; drafting does not."""
        self.signed_in = signed_in
        self._update_actions()

    def _update_actions(self) -> None:
        """Enable what the batch, its rows and the session allow."""
        raise NotImplementedError

    def _write(self, write: Awaitable[T]) -> asyncio.Future[T]:
        """Follow a write the service has queued (a future) or will run (a coroutine): kept
        until ``flush``, a failure said and the batch reloaded so the screen shows the truth,
        a success told as ``batch_changed``."""
        future = self._writes.spawn(write)

        def done(finished: asyncio.Future[T]) -> None:
            if finished.cancelled():
                return
            error = finished.exception()
            if error is not None:
                self.status_message.emit(
                    QCoreApplication.translate(
                        "BatchEditor", "That change could not be saved: {error}"
                    ).format(error=error)
                )
                self.reload()
            elif self.batch is not None:
                self.batch_changed.emit(self.batch.id)

        future.add_done_callback(done)
        return future

    async def flush(self) -> None:
        """Wait until every queued write is on disk."""
        await self._writes.wait()
