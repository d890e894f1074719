"""The revocation history: submitted revocation batches and single revocations, newest first,
with what became of them, exportable as one CSV line per row.

Read by ``RevocationBatches`` from the local store (batches) and the audit log (singles): the
history is there offline, and the GUI never waits on the disk.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from badgedesk.services.revocation_batches import RevocationBatches
from badgedesk.services.revocation_history import HistoryEntry
from badgedesk.services.tasks import Tasks
from badgedesk.ui.actions import action_button, tab_action
from badgedesk.ui.empty_state import EmptyState
from badgedesk.ui.files import choose_file, export_path
from badgedesk.ui.models.revocations import (
    FAILED_COLUMN,
    NOT_SENT,
    REVOKED,
    SKIPPED,
    WHAT,
    WHEN,
    HistoryModel,
)
from badgedesk.ui.style import set_error_style


class HistoryView(QWidget):
    """What was revoked with this profile from this computer; ``reload()`` reads it again."""

    open_batch = Signal(int)
    """A batch entry was activated (double-click or Enter): show that batch."""
    status_message = Signal(str)
    """A line for the window's status bar (an export's outcome)."""

    def __init__(self, batches: RevocationBatches, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Revocation history"))
        self.batches = batches
        self.tasks = Tasks("the revocation history", self._on_task_failed)
        self.loaded = False

        self.model = HistoryModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Revocation history"))
        self.table.setAccessibleDescription(
            self.tr("Press Enter on a batch to open it; tooltips give reasons and errors.")
        )
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self._size_columns()
        # Enter and double-click both activate (a single click where the style says so).
        self.table.activated.connect(self._on_activated)

        self.empty = EmptyState(
            self.tr("Nothing revoked yet"),
            self.tr(
                "Revocation batches you submit, and awards you revoke one at a time in the "
                "Assertions tab, are listed here with what became of them, newest first."
            ),
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.table)

        self.status_label = QLabel(self.tr("Reading the history…"))
        self.status_label.setAccessibleName(self.tr("History summary"))
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        self.note_label = QLabel()
        self.note_label.setAccessibleName(self.tr("Export result"))
        self.note_label.setTextFormat(Qt.TextFormat.PlainText)
        self.note_label.setWordWrap(True)
        self.note_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note_label.hide()

        self.refresh_action = tab_action(self, self.tr("R&efresh"), "F5", self.on_refresh)
        self.refresh_action.setToolTip(self.tr("Read the history again (F5)"))
        self.export_action = tab_action(
            self, self.tr("&Export CSV…"), "Ctrl+Shift+E", self.on_export
        )
        self.export_action.setToolTip(
            self.tr(
                "Write every row of every submitted batch and every single revocation to a CSV "
                "file (Ctrl+Shift+E)"
            )
        )
        self.refresh_button = action_button(self.refresh_action, self.tr("Refresh the history"))
        self.export_button = action_button(
            self.export_action, self.tr("Export the revocation history as CSV")
        )
        self.export_action.setEnabled(False)

        top = QHBoxLayout()
        top.addWidget(self.status_label, 1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.note_label)
        self.setFocusProxy(self.table)

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        metrics = self.table.fontMetrics()
        padding = metrics.averageCharWidth() * 3
        self.table.setColumnWidth(WHEN, metrics.horizontalAdvance("2026-12-31 23:59") + padding)
        for column in (REVOKED, FAILED_COLUMN, SKIPPED, NOT_SENT):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(title), metrics.horizontalAdvance("00000"))
            self.table.setColumnWidth(column, width + padding)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)

    def _on_task_failed(self, error: BaseException) -> None:
        self._show_note(self.tr("Something went wrong: {error}").format(error=error), error=True)

    # ------------------------------------------------------------ content

    def on_refresh(self) -> None:
        self.tasks.spawn(self.reload())

    async def reload(self) -> list[HistoryEntry]:
        """Read the history again, keeping the selected entry selected."""
        entries = await self.batches.history()
        selected = self.model.entry_at(self.table.currentIndex().row())
        self.model.set_entries(entries)
        if selected is not None:
            key = _key(selected)
            row = next((i for i, e in enumerate(entries) if _key(e) == key), -1)
            if row >= 0:
                self.table.selectRow(row)
        self.loaded = True
        self._show_summary(entries)
        return entries

    def _show_summary(self, entries: list[HistoryEntry]) -> None:
        batches = sum(entry.kind == "batch" for entry in entries)
        singles = len(entries) - batches
        self.export_action.setEnabled(bool(entries))
        if not entries:
            self.stack.setCurrentWidget(self.empty)
            self.status_label.setText(
                self.tr("Nothing has been revoked with this profile from this computer yet.")
            )
            return
        self.stack.setCurrentWidget(self.table)
        self.status_label.setText(
            self.tr("Revocation batches: {batches}. Single revocations: {singles}.").format(
                batches=batches, singles=singles
            )
        )

    def _on_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        entry = self.model.entry_at(index.row())
        if entry is not None and entry.kind == "batch" and entry.batch_id is not None:
            self.open_batch.emit(entry.batch_id)

    # ------------------------------------------------------------ export

    def on_export(self) -> None:
        choose_file(
            self,
            self.tr("Export the revocation history"),
            self.tr("CSV files (*.csv)"),
            lambda path: self.tasks.spawn(self.export_csv(path)),
            save_as=export_path(self.tr("Revocation history")),
        )

    async def export_csv(self, path: Path) -> int | None:
        """Write the history to ``path`` off the GUI thread; the lines written, or ``None``
        when the file could not be written (said below the table)."""
        self.export_action.setEnabled(False)
        self._show_note(self.tr("Exporting to {path}…").format(path=path))
        try:
            count = await self.batches.export_history(path)
        except OSError as error:
            text = self.tr("Could not write {path}: {reason}").format(
                path=path, reason=error.strerror or error
            )
            self._show_note(text, error=True)
            self.status_message.emit(text)
            return None
        finally:
            self.export_action.setEnabled(self.model.rowCount() > 0)
        text = self.tr("Exported %n line(s) to {path}.", "", count).format(path=path)
        self._show_note(text)
        self.status_message.emit(text)
        return count

    def _show_note(self, text: str, *, error: bool = False) -> None:
        set_error_style(self.note_label, error)
        self.note_label.setText(text)
        self.note_label.show()

    async def shutdown(self) -> None:
        """Wait for the reads and exports under way (they cannot be half done)."""
        await self.tasks.wait()


def _key(entry: HistoryEntry) -> tuple[object, ...]:
    if entry.kind == "batch":
        return ("batch", entry.batch_id)
    return ("single", entry.entity_id, entry.when)
