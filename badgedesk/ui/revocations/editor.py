"""The editor of one revocation batch: its name and reason, the awards it revokes (each with its
status as last seen and an optional reason of its own), and the way to review and send it.

Every edit goes to the disk through ``RevocationBatches`` the moment it is made, and row
deletions and reason edits can be undone. Nothing here speaks HTTP: the tab checks, reviews
and submits.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from badgedesk.core.batches import Batch, RevocationRow, RevocationTarget
from badgedesk.core.states import Match, RowState
from badgedesk.services.outbox import SubmissionProgress
from badgedesk.services.revocation_batches import RevocationBatches
from badgedesk.services.revocation_check import CheckReport
from badgedesk.services.revocation_rules import sendable_match
from badgedesk.services.revocation_submission import MAX_CHUNK_SIZE
from badgedesk.ui.actions import action_button, tab_action
from badgedesk.ui.batch_editor import DeleteRows, OutboxEditor, RowsTable
from badgedesk.ui.fit import size_columns
from badgedesk.ui.models.revocation_rows import RevocationRowsModel
from badgedesk.ui.progress_row import ProgressRow, duration_text, stop_text
from badgedesk.ui.style import set_error_style

log = logging.getLogger(__name__)
T = TypeVar("T")

ACTIONS_INTERVAL = 0.1
"""Seconds between updates of the actions while rows settle by the hundred."""


def automatic_name(count: int, day: str) -> str:
    """The name a batch gets when made from the Assertions tab's selection."""
    return QCoreApplication.translate(
        "RevocationEditor", "Revoke %n award(s) ({day})", None, count
    ).format(day=day)


def name_for_count(name: str, before: int, after: int) -> str | None:
    """The automatic name for ``after`` rows when ``name`` is still the automatic name for
    ``before`` (the person never changed it), so that it stays true; else None."""
    prefix, _, suffix = automatic_name(before, "\0").partition("\0")
    if before == after or len(name) <= len(prefix) + len(suffix):
        return None
    day = name[len(prefix) : len(name) - len(suffix)]
    if not (name.startswith(prefix) and name.endswith(suffix)) or "(" in day or ")" in day:
        return None
    return automatic_name(after, day)


class SetReason(QUndoCommand):
    def __init__(
        self, editor: RevocationEditor, row_ids: Sequence[int], before: Sequence[str], after: str
    ) -> None:
        super().__init__(QCoreApplication.translate("RevocationEditor", "change a reason"))
        self._editor, self._ids, self._before, self._after = editor, list(row_ids), before, after

    def redo(self) -> None:
        self._editor.apply_reasons(self._ids, [self._after] * len(self._ids))

    def undo(self) -> None:
        self._editor.apply_reasons(self._ids, list(self._before))


class RevocationEditor(OutboxEditor):
    review_requested = Signal(int)
    check_requested = Signal(int)
    retry_requested = Signal(int, list)
    """(batch id, failed row ids chosen; empty for all failed rows)."""
    import_requested = Signal()
    export_results_requested = Signal(int)

    def __init__(self, batches: RevocationBatches, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.batches = batches
        self.setAccessibleName(QCoreApplication.translate("RevocationEditor", "Revocation batch"))
        self._actions_timer = QTimer(self)
        self._actions_timer.setSingleShot(True)
        self._actions_timer.setInterval(int(ACTIONS_INTERVAL * 1000))
        self._actions_timer.timeout.connect(self._update_actions)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.canUndoChanged.connect(self._on_undo_state)

        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(
            QCoreApplication.translate("RevocationEditor", "Batch name")
        )
        self.name_edit.textEdited.connect(self._on_name_edited)
        self.reason_edit = QLineEdit()
        self.reason_edit.setAccessibleName(
            QCoreApplication.translate("RevocationEditor", "Reason for every row")
        )
        self.reason_edit.setPlaceholderText(
            QCoreApplication.translate(
                "RevocationEditor",
                "Required: shown with each revoked badge, e.g. “Course was cancelled”",
            )
        )
        self.reason_edit.setMaxLength(1000)
        self.reason_edit.textEdited.connect(self._on_reason_edited)
        self.chunk_box = QSpinBox()
        self.chunk_box.setRange(1, MAX_CHUNK_SIZE)
        self.chunk_box.setAccessibleName(
            QCoreApplication.translate("RevocationEditor", "Awards revoked per request")
        )
        self.chunk_box.setToolTip(
            QCoreApplication.translate(
                "RevocationEditor",
                "How many awards go in one request to the server (the server answers per award)",
            )
        )
        form = QFormLayout()
        name_label = QLabel(QCoreApplication.translate("RevocationEditor", "Na&me:"))
        name_label.setBuddy(self.name_edit)
        reason_label = QLabel(QCoreApplication.translate("RevocationEditor", "&Reason:"))
        reason_label.setBuddy(self.reason_edit)
        chunk_label = QLabel(QCoreApplication.translate("RevocationEditor", "Per re&quest:"))
        chunk_label.setBuddy(self.chunk_box)
        form.addRow(name_label, self.name_edit)
        form.addRow(reason_label, self.reason_edit)

        self.model = RevocationRowsModel(self)
        self.model.reason_edit_requested.connect(self._on_reason_cell)
        self.table = RowsTable()
        self.table.setAccessibleName(
            QCoreApplication.translate("RevocationEditor", "Awards to revoke")
        )
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        size_columns(self.table, (200, 130, 80, 90, 170))
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())

        self.import_action = tab_action(
            self,
            QCoreApplication.translate("RevocationEditor", "&Add from CSV…"),
            "Ctrl+I",
            self.import_requested,
        )
        self.import_action.setToolTip(
            QCoreApplication.translate(
                "RevocationEditor",
                "Add rows from a CSV of assertion entityIds, or of recipients and a badge class",
            )
        )
        self.delete_action = tab_action(
            self,
            QCoreApplication.translate("RevocationEditor", "Delete rows"),
            "Delete",
            self.on_delete,
        )
        self.undo_action = tab_action(
            self,
            QCoreApplication.translate("RevocationEditor", "Undo"),
            "Ctrl+Z",
            self.undo_stack.undo,
        )
        self.redo_action = tab_action(
            self,
            QCoreApplication.translate("RevocationEditor", "Redo"),
            "Ctrl+Shift+Z",
            self.undo_stack.redo,
        )
        self.check_action = tab_action(
            self,
            QCoreApplication.translate("RevocationEditor", "Ch&eck with server"),
            "F5",
            self.on_check,
        )
        self.check_action.setToolTip(
            QCoreApplication.translate(
                "RevocationEditor", "Find each row's award on the server and see its status now"
            )
        )
        self.review_action = tab_action(
            self,
            QCoreApplication.translate("RevocationEditor", "Rev&iew and revoke…"),
            "Ctrl+Return",
            self.on_review,
        )
        self.retry_action = tab_action(
            self,
            QCoreApplication.translate("RevocationEditor", "Re&try failed"),
            "Ctrl+R",
            self.on_retry,
        )
        self.export_action = tab_action(
            self,
            QCoreApplication.translate("RevocationEditor", "E&xport results…"),
            "Ctrl+Shift+E",
            self.on_export_results,
        )
        toolbar = QHBoxLayout()
        for action in (
            self.import_action,
            self.delete_action,
            self.undo_action,
            self.redo_action,
            self.check_action,
        ):
            toolbar.addWidget(action_button(action))
        toolbar.addStretch(1)
        toolbar.addWidget(chunk_label)
        toolbar.addWidget(self.chunk_box)

        self.check_label = QLabel()
        self.check_label.setAccessibleName(
            QCoreApplication.translate("RevocationEditor", "What the batch still needs")
        )
        self.check_label.setWordWrap(True)
        set_error_style(self.check_label)
        submit_bar = QHBoxLayout()
        submit_bar.addWidget(self.check_label, 1)
        for action in (self.export_action, self.retry_action, self.review_action):
            submit_bar.addWidget(action_button(action))
        self.progress_row = ProgressRow(
            QCoreApplication.translate("RevocationEditor", "Revocation")
        )

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(toolbar)
        layout.addWidget(self.table, 1)
        layout.addLayout(submit_bar)
        layout.addWidget(self.progress_row)
        self._update_actions()

    # ------------------------------------------------------------ showing a batch

    def show_batch(self, batch: Batch, rows: Sequence[RevocationRow]) -> None:
        if self.batch is None or self.batch.id != batch.id:
            self.undo_stack.clear()
        self.batch = batch
        self.name_edit.setText(batch.name)
        self.reason_edit.setText(batch.reason)
        self.model.set_rows(rows, batch.reason)
        self._update_actions()

    def reload(self) -> asyncio.Future[None]:
        """Show the batch as stored; await it before acting on the rows shown (an edit made
        meanwhile would otherwise be painted over)."""
        loop = asyncio.get_event_loop()
        if self.batch is None:
            done: asyncio.Future[None] = loop.create_future()
            done.set_result(None)
            return done
        read = self.batches.batch_with_rows(self.batch.id)

        async def show() -> None:
            batch, rows = await read
            if self.batch is not None and self.batch.id == batch.id:
                self.show_batch(batch, rows)

        return self._writes.spawn(show())

    def row_updated(self, row: RevocationRow) -> None:
        self.model.update_row(row)
        self._update_actions_soon()

    def stop_updates(self) -> None:
        """No more deferred updates of the actions (the window is closing)."""
        self._actions_timer.stop()

    def _update_actions_soon(self) -> None:
        """Rows settle by the hundred: look at them all at most ten times a second (and once
        more after the last)."""
        if not self._actions_timer.isActive():
            self._actions_timer.start()

    def selected_rows(self) -> list[RevocationRow]:
        found = []
        for index in self.table.selectionModel().selectedRows():
            row = self.model.row_at(index.row())
            if row is not None:
                found.append(row)
        return found

    # ------------------------------------------------------------ writing through

    def _on_name_edited(self, text: str) -> None:
        if self.batch is not None:
            self._write(self.batches.rename_batch(self.batch.id, text.strip()))

    def _follow_row_count(self, before: int) -> None:
        """An automatic name says how many awards the batch revokes: keep it true."""
        name = name_for_count(self.name_edit.text().strip(), before, len(self.model.rows()))
        if name is not None:
            self.name_edit.setText(name)
            self._on_name_edited(name)

    def _on_reason_edited(self, text: str) -> None:
        if self.batch is None:
            return
        reason = text.strip()
        self._write(self.batches.set_batch_reason(self.batch.id, reason))
        self.model.set_batch_reason(reason)
        self._update_actions()

    async def add_targets(self, targets: Sequence[RevocationTarget]) -> list[RevocationRow]:
        """Append rows (an award the batch already holds is not added twice)."""
        if self.batch is None:
            return []
        added = await self._write(self.batches.add_targets(self.batch.id, targets))
        before = len(self.model.rows())
        self.model.set_rows(self.model.rows() + added, self.model.batch_reason)
        self._follow_row_count(before)
        self._update_actions()
        return added

    def on_delete(self) -> None:
        rows = [row for row in self.selected_rows() if row.editable]
        if rows and not self.running:
            self.undo_stack.push(DeleteRows(self, rows))

    def remove_rows(self, rows: Sequence[RevocationRow]) -> None:
        ids = [row.id for row in rows]
        self._write(self.batches.delete_rows(ids))
        gone = set(ids)
        before = len(self.model.rows())
        self.model.set_rows(
            [row for row in self.model.rows() if row.id not in gone], self.model.batch_reason
        )
        self._follow_row_count(before)
        self._update_actions()

    def restore_rows(self, rows: Sequence[RevocationRow]) -> None:
        if self.batch is None:
            return
        self._write(self.batches.restore_rows(self.batch.id, rows))
        merged = sorted([*self.model.rows(), *rows], key=lambda row: (row.position, row.id))
        before = len(self.model.rows())
        self.model.set_rows(merged, self.model.batch_reason)
        self._follow_row_count(before)
        self._select(rows)
        self._update_actions()

    def _select(self, rows: Sequence[RevocationRow]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in rows:
            position = self.model.position_of(row.id)
            if position >= 0:
                selection.select(self.model.index(position, 0), flags)

    def _on_reason_cell(self, row_id: int, reason: str) -> None:
        """A reason typed in a cell: for every selected row when that row is among them."""
        chosen = [row for row in self.selected_rows() if row.editable]
        if row_id not in {row.id for row in chosen}:
            row = self.model.row_at(self.model.position_of(row_id))
            chosen = [row] if row is not None else []
        if not chosen or self.running:
            return
        self.undo_stack.push(
            SetReason(self, [r.id for r in chosen], [r.target.reason for r in chosen], reason)
        )

    def apply_reasons(self, row_ids: Sequence[int], reasons: Sequence[str]) -> None:
        by_reason: dict[str, list[int]] = {}
        for row_id, reason in zip(row_ids, reasons, strict=True):
            by_reason.setdefault(reason, []).append(row_id)
        for reason, ids in by_reason.items():
            self._write(self.batches.set_reason(ids, reason)).add_done_callback(
                self._show_rows_written
            )
        self._update_actions()

    def _show_rows_written(self, finished: asyncio.Future[list[RevocationRow]]) -> None:
        if not finished.cancelled() and finished.exception() is None:
            for row in finished.result():
                self.model.update_row(row)
            self._update_actions()

    def _on_undo_state(self, _available: bool) -> None:
        self._update_actions()

    # ------------------------------------------------------------ sending

    def on_check(self) -> None:
        if self.batch is not None and not self.running:
            self.check_requested.emit(self.batch.id)

    def on_review(self) -> None:
        if self.batch is not None and self.review_action.isEnabled():
            self.review_requested.emit(self.batch.id)

    def on_retry(self) -> None:
        if self.batch is None:
            return
        failed = [row.id for row in self.selected_rows() if row.state == RowState.FAILED]
        self.retry_requested.emit(self.batch.id, failed)

    def on_export_results(self) -> None:
        if self.batch is not None:
            self.export_results_requested.emit(self.batch.id)

    def set_running(self, running: bool) -> None:
        """While the batch is checked or sent, nothing in it can change."""
        self.running = running
        self.progress_row.set_running(running)
        self.model.editable = not running
        for widget in (self.name_edit, self.reason_edit, self.chunk_box):
            widget.setEnabled(not running)
        self._update_actions()

    def show_check(self, report: CheckReport) -> None:
        self.progress_row.show_count(
            report.done,
            report.total,
            QCoreApplication.translate(
                "RevocationEditor",
                "Checking with the server: {found} found, {revoked} already revoked, "
                "{missing} not found, {ambiguous} ambiguous, {duplicates} duplicate",
            ).format(
                found=report.found,
                revoked=report.revoked,
                missing=report.not_found,
                ambiguous=report.ambiguous,
                duplicates=report.duplicates,
            ),
        )
        self.progress_row.pause_button.setEnabled(False)

    def show_progress(self, progress: SubmissionProgress, *, force: bool = False) -> None:
        self.progress_row.show_progress(progress, self.progress_text, now=force)

    def progress_text(self, progress: SubmissionProgress) -> str:
        if progress.reconciling:
            return QCoreApplication.translate(
                "RevocationEditor", "Reading back the awards an interrupted run may have revoked…"
            )
        if progress.finished:
            return self.finished_text(progress)
        if progress.paused:
            return QCoreApplication.translate(
                "RevocationEditor", "Paused: the request in flight finishes, nothing new is sent."
            )
        return QCoreApplication.translate(
            "RevocationEditor",
            "{revoked} revoked, {skipped} already revoked, {failed} failed · {left}",
        ).format(
            revoked=progress.succeeded,
            skipped=progress.skipped,
            failed=progress.failed,
            left=duration_text(progress.seconds_left),
        )

    @staticmethod
    def finished_text(progress: SubmissionProgress) -> str:
        counts = QCoreApplication.translate(
            "RevocationEditor",
            "{revoked} revoked, {skipped} already revoked, {failed} failed",
        ).format(revoked=progress.succeeded, skipped=progress.skipped, failed=progress.failed)
        if progress.stopped is not None:
            return f"{counts}. {stop_text(progress)}"
        return QCoreApplication.translate("RevocationEditor", "Finished: {counts}.").format(
            counts=counts
        )

    # ------------------------------------------------------------ state

    def rows_to_send(self) -> list[RevocationRow]:
        return [
            row
            for row in self.model.rows()
            if row.state in (RowState.PENDING, RowState.FAILED, RowState.SENDING)
        ]

    def problems(self) -> list[str]:
        """What stops the batch from being reviewed, in the user's words. Rows not looked up
        yet are fine: the review looks them up first."""
        if self.batch is None:
            return []
        if not self.model.rows():
            return [
                QCoreApplication.translate(
                    "RevocationEditor",
                    "Add the awards to revoke: Add from CSV, or Revoke selected in the "
                    "Assertions tab.",
                )
            ]
        rows = self.rows_to_send()
        problems = []
        unmatched = [
            row for row in rows if not sendable_match(row) and row.target.match != Match.TO_RESOLVE
        ]
        if unmatched:
            first = self.model.position_of(unmatched[0].id) + 1
            problems.append(
                QCoreApplication.translate(
                    "RevocationEditor",
                    "Rows that do not name one award: %n (first: row {row}). See their Status, "
                    "then delete them or check again.",
                    None,
                    len(unmatched),
                ).format(row=first)
            )
        if any(not row.reason_in(self.reason_edit.text()) for row in rows):
            problems.append(
                QCoreApplication.translate(
                    "RevocationEditor", "A reason is required: write one for the batch."
                )
            )
        return problems

    def _update_actions(self) -> None:
        has_batch = self.batch is not None
        editable = has_batch and not self.running
        rows = self.model.rows()
        selection = self.selected_rows() if has_batch else []
        in_doubt = any(row.state == RowState.SENDING for row in rows)
        self.reason_edit.setReadOnly(in_doubt)
        self.reason_edit.setToolTip(
            QCoreApplication.translate(
                "RevocationEditor",
                "Rows may have been sent with this reason: review and revoke again to settle "
                "them before changing it.",
            )
            if in_doubt
            else ""
        )
        self.import_action.setEnabled(editable)
        self.delete_action.setEnabled(editable and any(row.editable for row in selection))
        self.undo_action.setEnabled(editable and self.undo_stack.canUndo())
        self.redo_action.setEnabled(editable and self.undo_stack.canRedo())
        self.check_action.setEnabled(editable and self.signed_in and bool(rows))
        problems = self.problems()
        self.review_action.setEnabled(
            editable and self.signed_in and not problems and bool(self.rows_to_send())
        )
        self.retry_action.setEnabled(
            editable and self.signed_in and any(row.state == RowState.FAILED for row in rows)
        )
        self.export_action.setEnabled(has_batch and any(row.sent_at for row in rows))
        if not self.signed_in and has_batch:
            problems.append(
                QCoreApplication.translate(
                    "RevocationEditor", "Sign in to check and revoke: drafting works offline."
                )
            )
        self.check_label.setText(" ".join(problems))
        self.review_action.setToolTip(
            " ".join(problems)
            or QCoreApplication.translate("RevocationEditor", "Review the batch, then revoke")
        )
