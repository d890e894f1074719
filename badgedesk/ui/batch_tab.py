"""What the Drafts and Revocations tabs share: a list of batches of one kind beside the editor
of the one open, background tasks kept until they end, dialogs opened without blocking, CSV
files read off the GUI thread, and the runs of the outbox (pause, cancel, stop on a profile
switch or at exit), which the batches' service holds and this tab only shows and asks for."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from pathlib import Path
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from badgedesk.core.batches import Batch, BatchSummary
from badgedesk.core.health import is_disk_full
from badgedesk.core.states import BatchKind
from badgedesk.services.batches import BatchBusyError, BatchRun, BatchService
from badgedesk.services.outbox import SubmissionProgress, SubmissionRefused
from badgedesk.services.row_import import (
    EncodingChoiceNeeded,
    ImportRefused,
    Table,
    read_table,
)
from badgedesk.services.tasks import Tasks
from badgedesk.ui.empty_state import EmptyState
from badgedesk.ui.encoding_dialog import EncodingDialog
from badgedesk.ui.fit import remember_splitter, size_columns, stretch_column, widen_column_for
from badgedesk.ui.futures import resolve
from badgedesk.ui.import_refusals import import_refusal_text
from badgedesk.ui.models.drafts import BatchListModel
from badgedesk.ui.progress_row import ProgressRow
from badgedesk.ui.submit_refusals import refusal_text

log = logging.getLogger(__name__)
RowT = TypeVar("RowT")
RowT_contra = TypeVar("RowT_contra", contravariant=True)

MAX_IMPORT_BYTES = 50_000_000


class BatchEditorView(Protocol[RowT_contra]):
    """What ``BatchTab`` asks of the editor of the batch open (a ``QWidget``, see
    ``batch_editor.OutboxEditor``)."""

    batch: Batch | None
    progress_row: ProgressRow

    async def flush(self) -> None: ...

    def reload(self) -> Awaitable[None]: ...

    def set_running(self, running: bool) -> None: ...

    def show_progress(self, progress: SubmissionProgress, *, force: bool = False) -> None: ...

    def row_updated(self, row: RowT_contra) -> None: ...

    def finished_text(self, progress: SubmissionProgress) -> str: ...


class BatchTab(QWidget, Generic[RowT]):
    """Subclasses set ``editor`` (before ``_batches_page``), put the page it returns in their
    layout, and implement ``open_batch``, ``close_editor``, ``_update_actions``,
    ``on_new_batch`` and ``run_options``."""

    status_message = Signal(str)
    editor: BatchEditorView[RowT]

    def __init__(
        self,
        service: BatchService[RowT],
        settings: QSettings,
        *,
        kind: BatchKind,
        list_name: str,
        widths: tuple[int, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.settings = settings
        self.kind = kind
        self.closing = False
        self.tasks = Tasks(type(self).__name__, on_failure=self._task_failed)
        """The tab's background work (a failure is said in words, see ``_task_failed``)."""
        self.dialogs: list[QWidget] = []
        """Dialogs opened with ``open()``, kept referenced until they close."""

        self.list_model = BatchListModel(self, kind=kind)
        self.list_view = QTableView()
        self.list_view.setAccessibleName(list_name)
        self.list_view.setModel(self.list_model)
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.verticalHeader().hide()
        header = self.list_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The name takes the room left; every other column is as wide as it says or as its
        # heading needs ("Letzte Änderung"), the list scrolling sideways when narrow.
        size_columns(self.list_view, (*widths, 0))
        stretch_column(self.list_view, 0)
        self.list_view.selectionModel().currentRowChanged.connect(self._on_current_batch)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(250)
        self._refresh_timer.timeout.connect(self._on_refresh_timer)
        self._whole_list_due = False
        """Whether the next refresh reads every batch, not just those being sent."""

    def _batches_page(
        self,
        actions: Sequence[QAction],
        empty_title: str,
        empty_text: str,
        new_batch_name: str,
        sizes: tuple[int, int],
    ) -> QSplitter:
        """The list with its buttons on the left, and the editor (or, with no batch open, what
        a batch is) on the right; ``self.editor`` must exist."""
        editor = self.editor
        assert isinstance(editor, QWidget), "the editor is shown in the tab"
        buttons = QHBoxLayout()
        for action in actions:
            button = QPushButton(action.text())
            button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
            button.setToolTip(action.toolTip())
            button.clicked.connect(action.trigger)
            action.enabledChanged.connect(button.setEnabled)
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.list_view)
        self.empty = EmptyState(empty_title, empty_text)
        self.empty.action_button.setText(QCoreApplication.translate("BatchTab", "New batch"))
        self.empty.action_button.setAccessibleName(new_batch_name)
        self.empty.action_button.clicked.connect(self.on_new_batch)
        self.empty.action_button.show()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(editor)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes(list(sizes))
        remember_splitter(splitter, self.settings, f"{self.kind}/splitter")
        return splitter

    # ------------------------------------------------------------ for subclasses

    def on_new_batch(self) -> None:
        raise NotImplementedError

    async def open_batch(self, batch_id: int) -> None:
        raise NotImplementedError

    def close_editor(self) -> None:
        raise NotImplementedError

    def _update_actions(self) -> None:
        raise NotImplementedError

    def run_options(self) -> dict[str, int]:
        """How the next run is tuned, as chosen in the editor (``concurrency``,
        ``chunk_size``): handed to ``service.submit``."""
        raise NotImplementedError

    def busy(self, batch_id: int) -> bool:
        """Whether the batch is being sent (or checked) and so cannot go."""
        return self.service.busy(batch_id)

    @property
    def runs(self) -> Mapping[int, BatchRun[RowT]]:
        """Batch id → its run of the outbox while it is sent (the service's)."""
        return self.service.runs

    # ------------------------------------------------------------ plumbing

    def _task_failed(self, error: BaseException) -> None:
        """A background task failed (``Tasks`` logged it): say so, in words for a full disk."""
        if is_disk_full(error):
            text = QCoreApplication.translate(
                "BatchTab",
                "The disk is full: BadgeDesk could not save the last change. Free some "
                "space and do it again; what was saved before is safe.",
            )
            self._refuse(QCoreApplication.translate("BatchTab", "The disk is full"), text)
        else:
            self.status_message.emit(
                QCoreApplication.translate("BatchTab", "Something went wrong: {error}").format(
                    error=error
                )
            )

    def _open_question(
        self, box: QMessageBox, yes: QAbstractButton, work: Callable[[], Awaitable[object]]
    ) -> None:
        """Open ``box`` and run ``work`` if it is closed with ``yes``. The slot returns None:
        a Python bool handed back to PySide from a callback has crashed it at exit."""

        def finished(_code: int) -> None:
            if box.clickedButton() is yes:
                self.tasks.spawn(work())

        box.finished.connect(finished)
        box.finished.connect(box.deleteLater)
        self._keep_dialog(box)
        box.open()

    def _keep_dialog(self, dialog: QWidget) -> None:
        self.dialogs.append(dialog)
        dialog.destroyed.connect(lambda *_: self.dialogs.remove(dialog))

    def _refuse(self, title: str, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self
        )
        box.setAccessibleName(title)
        box.finished.connect(box.deleteLater)
        self._keep_dialog(box)
        box.open()

    def _confirm_delete(self, batch: Batch, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("BatchTab", "Delete batch"),
            text,
            QMessageBox.StandardButton.Cancel,
            self,
        )
        delete = box.addButton(
            QCoreApplication.translate("BatchTab", "Delete batch"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self._open_question(box, delete, lambda: self.delete_batch(batch.id))

    async def read_csv_file(self, path: Path) -> Table | None:
        """A CSV file's records, read and decoded off the GUI thread; ``None`` (and a message
        saying why) when it cannot be imported. A file that is not UTF-8 is read in the
        encoding the person chooses, or not at all."""
        try:
            size = (await asyncio.to_thread(path.stat)).st_size
            if size > MAX_IMPORT_BYTES:
                self._refuse(
                    QCoreApplication.translate("BatchTab", "Cannot import this file"),
                    QCoreApplication.translate(
                        "BatchTab", "{name} is larger than 50 MB; split it into smaller files."
                    ).format(name=path.name),
                )
                return None
            data = await asyncio.to_thread(path.read_bytes)
            try:
                return await asyncio.to_thread(read_table, data)
            except EncodingChoiceNeeded as question:
                encoding = await self.ask_encoding(path.name, question)
                if encoding is None:
                    return None
                return await asyncio.to_thread(read_table, data, encoding)
        except OSError as error:
            self._refuse(
                QCoreApplication.translate("BatchTab", "Cannot import this file"),
                f"{path.name}: {error.strerror}",
            )
        except ImportRefused as error:
            self._refuse(
                QCoreApplication.translate("BatchTab", "Cannot import this file"),
                QCoreApplication.translate("BatchTab", "{file}: {reason}").format(
                    file=path.name, reason=import_refusal_text(error)
                ),
            )
        return None

    async def ask_encoding(self, source: str, question: EncodingChoiceNeeded) -> str | None:
        """The encoding chosen in ``EncodingDialog``, or ``None`` when it is cancelled."""
        dialog = EncodingDialog(source, question, self)
        chosen: asyncio.Future[str | None] = asyncio.get_running_loop().create_future()

        def finished(code: int) -> None:
            accepted = code == EncodingDialog.DialogCode.Accepted
            resolve(chosen, dialog.encoding() if accepted else None)
            dialog.deleteLater()

        dialog.finished.connect(finished)
        self._keep_dialog(dialog)
        dialog.open()
        return await chosen

    # ------------------------------------------------------------ the list

    def _on_refresh_timer(self) -> None:
        if self._whole_list_due:
            self._whole_list_due = False
            self.tasks.spawn(self.refresh())
        else:
            self.tasks.spawn(self._refresh_runs())

    def refresh_soon(self, *, whole_list: bool = True) -> None:
        """Read the list again shortly: at most four times a second, however fast rows change.
        Unless ``whole_list``, only the counts of the batches being sent are read: only
        theirs change as their rows are sent, and reading every batch's rows takes 0.4 ms a
        thousand rows on the store's thread, where the marks of rows about to leave wait."""
        self._whole_list_due |= whole_list
        if not self._refresh_timer.isActive() and not self.closing:
            self._refresh_timer.start()

    async def _refresh_runs(self) -> None:
        if self.runs:
            self.list_model.update_summaries(await self.service.summaries(set(self.runs)))
            self._update_actions()

    async def refresh(self) -> list[BatchSummary]:
        """Read the batches again, keeping the one open selected."""
        summaries = await self.service.summaries()
        current = self.editor.batch.id if self.editor.batch else None
        self.list_view.selectionModel().blockSignals(True)
        self.list_model.set_summaries(summaries, set(self.runs))
        # As wide as the largest batch's count can get while it is sent, so a rising count
        # is never cut ("92/…"), and the column keeps its width through a run.
        widen_column_for(self.list_view, BatchListModel.ROWS, self.list_model.widest_rows_text())
        if current is not None and (row := self.list_model.row_of(current)) >= 0:
            self.list_view.selectRow(row)
        self.list_view.selectionModel().blockSignals(False)
        if current is not None and self.list_model.row_of(current) < 0:
            self.close_editor()
        self._update_actions()
        return summaries

    def _on_current_batch(self, current: QModelIndex, _previous: QModelIndex) -> None:
        summary = self.list_model.summary_at(current.row())
        if summary is not None:
            self.tasks.spawn(self.open_batch(summary.batch.id))

    def _select_in_list(self, batch_id: int) -> None:
        if (row := self.list_model.row_of(batch_id)) >= 0 and (
            self.list_view.currentIndex().row() != row
        ):
            self.list_view.selectionModel().blockSignals(True)
            self.list_view.selectRow(row)
            self.list_view.selectionModel().blockSignals(False)
            # The view repaints on the signals just blocked: without this, the batch open
            # before (after Open file, say) stays highlighted on screen.
            self.list_view.viewport().update()

    async def delete_batch(self, batch_id: int) -> None:
        if self.busy(batch_id):
            return
        await self.editor.flush()
        try:
            await self.service.delete_batch(batch_id)
        except BatchBusyError:
            return
        if self.editor.batch is not None and self.editor.batch.id == batch_id:
            self.close_editor()
        await self.refresh()

    # ------------------------------------------------------------ runs

    def _open_batch_id(self) -> int | None:
        batch = self.editor.batch
        return batch.id if batch is not None else None

    def on_pause(self) -> None:
        batch_id = self._open_batch_id()
        progress = self.service.progress(batch_id) if batch_id is not None else None
        if batch_id is None or progress is None:
            return
        if progress.paused:
            self.service.resume(batch_id)
        else:
            self.service.pause(batch_id)

    def on_cancel(self) -> None:
        batch_id = self._open_batch_id()
        if batch_id is not None and self.service.busy(batch_id):
            self.service.cancel(batch_id)
            self.editor.progress_row.cancel_button.setEnabled(False)

    def on_retry_now(self) -> None:
        batch_id = self._open_batch_id()
        if batch_id is not None:
            self.service.retry_now(batch_id)

    def on_retry(self, batch_id: int, row_ids: list[int]) -> None:
        self.tasks.spawn(self.submit(batch_id, retry_rows=row_ids, retry_failed=not row_ids))

    async def submit(
        self, batch_id: int, *, retry_rows: Sequence[int] = (), retry_failed: bool = False
    ) -> SubmissionProgress | None:
        """Send one batch through the service; the editor follows it while it shows that
        batch."""
        if self.busy(batch_id):
            return None
        await self.editor.flush()

        def showing() -> bool:
            return self.editor.batch is not None and self.editor.batch.id == batch_id

        started = False

        def on_progress(progress: SubmissionProgress) -> None:
            nonlocal started
            first = not started
            if first:  # the run is under way: the list says so at once
                started = True
                self.list_model.set_submitting(set(self.runs))
                self._update_actions()
            self.refresh_soon(whole_list=first)  # then only the counts of the batches sent
            if showing():
                self.editor.show_progress(progress)

        def on_row(row: RowT) -> None:
            if showing():
                self.editor.row_updated(row)

        if showing():
            self.editor.set_running(True)
        try:
            result = await self.service.submit(
                batch_id,
                on_progress=on_progress,
                on_row=on_row,
                retry_rows=retry_rows,
                retry_failed=retry_failed,
                **self.run_options(),
            )
        except BatchBusyError:
            return None  # sent by a submit that began a moment before: that one shows it
        except SubmissionRefused as error:
            self.status_message.emit(refusal_text(error))
            return None
        except Exception as error:
            if not is_disk_full(error):
                raise
            # The run has stopped (its other rows were cancelled); what was recorded stays.
            log.error("a run stopped: the disk is full", exc_info=error)
            text = QCoreApplication.translate(
                "BatchTab",
                "The disk is full: BadgeDesk could not record the outcome of the rows being "
                "sent, so it stopped sending this batch. Free some space; the rows already "
                "recorded are safe and the batch can be sent again.",
            )
            self.status_message.emit(text)
            self._refuse(QCoreApplication.translate("BatchTab", "The disk is full"), text)
            return None
        finally:
            if showing():
                self.editor.set_running(self.busy(batch_id))
            await self.refresh()
        if showing():
            self.editor.show_progress(result, force=True)
            await self.editor.reload()
        self.status_message.emit(self.editor.finished_text(result))
        return result

    async def stop_runs(self) -> None:
        """Cancel every run (requests in flight are abandoned: their rows stay "sending" and
        are checked with the server first next time) and wait for every task: at a profile
        switch, which must not wait on a silent server, nor let a run go on with another
        server's client."""
        self.service.cancel_all()
        await self._settle_tasks()

    async def shutdown(self) -> None:
        """BadgeDesk is closing: runs send nothing more and their requests in flight finish,
        so their outcome is recorded (unlike Cancel); then every task ends."""
        self.closing = True
        self._refresh_timer.stop()
        self.service.drain()
        await self._settle_tasks()

    async def _settle_tasks(self) -> None:
        await self.tasks.wait()
        await self.editor.flush()
