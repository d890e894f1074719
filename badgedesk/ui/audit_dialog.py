"""Account → Audit log: every write BadgeDesk made, newest first, exportable as CSV."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from badgedesk.core.audit import AuditEntry
from badgedesk.services.audit import AuditTrail
from badgedesk.ui.futures import async_slot

Index = QModelIndex | QPersistentModelIndex


class AuditModel(QAbstractTableModel):
    """A read-only table over audit entries."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[AuditEntry] = []
        self.headers = [
            self.tr("When"),
            self.tr("Profile"),
            self.tr("User"),
            self.tr("Operation"),
            self.tr("Target"),
            self.tr("Outcome"),
            self.tr("Detail"),
        ]

    def set_entries(self, entries: list[AuditEntry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        entry = self.entries[index.row()]
        when = entry.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")  # local time in the UI
        values = [
            when,
            entry.profile,
            entry.user or "",
            entry.operation,
            entry.target,
            entry.outcome,
            entry.detail,
        ]
        return values[index.column()]


class AuditLogDialog(QDialog):
    def __init__(self, trail: AuditTrail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.trail = trail
        self.setWindowTitle(self.tr("Audit log"))
        self.setAccessibleName(self.tr("Audit log"))
        self.resize(900, 480)
        self.model = AuditModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Audit entries"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.empty = QLabel(self.tr("Nothing has been written to a server from this computer yet."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Export result"))
        self.export_button = QPushButton(self.tr("&Export CSV…"))
        self.export_button.setAccessibleName(self.tr("Export the audit log as CSV"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the audit log"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.export_button.clicked.connect(self.choose_export_path)
        self.close_button.clicked.connect(self.accept)

    async def load(self) -> None:
        self.model.set_entries(await self.trail.entries())
        has_rows = bool(self.model.entries)
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        self.export_button.setEnabled(has_rows)
        self.table.resizeColumnsToContents()

    def choose_export_path(self) -> None:
        dialog = QFileDialog(
            self, self.tr("Export audit log"), "badgedesk-audit.csv", self.tr("CSV files (*.csv)")
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.fileSelected.connect(self.export_to)
        dialog.open()

    @async_slot
    async def export_to(self, path: str) -> None:
        from pathlib import Path

        try:
            count = await self.trail.export_csv(Path(path))
        except OSError as error:
            self.status.setText(self.tr("Could not write the file: %s") % error.strerror)
            return
        self.status.setText(self.tr("%n record(s) written to {path}", "", count).format(path=path))
