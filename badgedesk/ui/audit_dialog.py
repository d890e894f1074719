"""Account → Audit log: every write BadgeDesk made, newest first, filterable by operation,
outcome and text, exportable as CSV."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from badgedesk.core.audit import AuditEntry
from badgedesk.services.audit import AuditTrail
from badgedesk.ui.dates import display_datetime
from badgedesk.ui.files import choose_file, export_path
from badgedesk.ui.fit import fit_to_screen
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
        shown = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        if not index.isValid() or role not in shown:
            return None
        entry = self.entries[index.row()]
        when = display_datetime(entry.at)  # local time, as every date is shown
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


OPERATION, OUTCOME = 3, 5
"""The columns the two lists filter on."""
_DETAIL_WIDTH = 360
"""The most the last column (the detail, often a long error) adds to the window's width; its
whole text is in the cell's tooltip and shows when the window is widened."""


class AuditFilter(QSortFilterProxyModel):
    """The entries of one operation and one outcome (``""`` for any) holding a text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operation = ""
        self.outcome = ""
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)  # the text may be in any column

    def set_choice(self, operation: str, outcome: str) -> None:
        self.beginFilterChange()
        self.operation, self.outcome = operation, outcome
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        source = self.sourceModel()
        for column, wanted in ((OPERATION, self.operation), (OUTCOME, self.outcome)):
            if wanted and source.index(source_row, column, source_parent).data() != wanted:
                return False
        return super().filterAcceptsRow(source_row, source_parent)


class AuditLogDialog(QDialog):
    def __init__(self, trail: AuditTrail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.trail = trail
        self.setWindowTitle(self.tr("Audit log"))
        self.setAccessibleName(self.tr("Audit log"))
        fit_to_screen(self, 900, 480)
        self.model = AuditModel(self)
        self.filter = AuditFilter(self)
        self.filter.setSourceModel(self.model)
        self.operation_box = QComboBox()
        self.operation_box.setAccessibleName(self.tr("Show the operation"))
        self.outcome_box = QComboBox()
        self.outcome_box.setAccessibleName(self.tr("Show the outcome"))
        self.text_edit = QLineEdit()
        self.text_edit.setAccessibleName(self.tr("Show entries containing"))
        self.text_edit.setPlaceholderText(self.tr("Recipient, badge, error…"))
        self.text_edit.setClearButtonEnabled(True)
        filters = QHBoxLayout()
        for text, widget in (
            (self.tr("O&peration:"), self.operation_box),
            (self.tr("O&utcome:"), self.outcome_box),
            (self.tr("&Containing:"), self.text_edit),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget, 1 if widget is self.text_edit else 0)
        self.operation_box.currentIndexChanged.connect(self._refilter)
        self.outcome_box.currentIndexChanged.connect(self._refilter)
        self.text_edit.textChanged.connect(self.filter.setFilterFixedString)
        self.table = QTableView()
        self.table.setModel(self.filter)
        self.table.setAccessibleName(self.tr("Audit entries"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)  # one line an entry; a long error is in its tooltip
        self.table.verticalHeader().hide()
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
        layout = self.main_layout = QVBoxLayout(self)
        layout.addLayout(filters)
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
        for box, column, everything in (
            (self.operation_box, OPERATION, self.tr("All operations")),
            (self.outcome_box, OUTCOME, self.tr("All outcomes")),
        ):
            box.blockSignals(True)
            box.clear()
            box.addItem(everything, "")
            values = sorted(
                {self.model.index(row, column).data() for row in range(len(self.model.entries))}
            )
            for value in values:
                box.addItem(value, value)
            box.blockSignals(False)
        self.table.resizeColumnsToContents()
        self._fit_to_columns()

    def _fit_to_columns(self) -> None:
        """As wide as the columns need (the detail column capped), never wider or taller than
        the screen."""
        header = self.table.horizontalHeader()
        last = self.model.columnCount() - 1
        header.resizeSection(last, min(header.sectionSize(last), _DETAIL_WIDTH))
        margins = self.main_layout.contentsMargins()
        frame = 2 * self.table.frameWidth()
        scroll_bar = self.table.verticalScrollBar().sizeHint().width()
        wanted = header.length() + frame + scroll_bar + margins.left() + margins.right()
        fit_to_screen(self, max(wanted, self.minimumSizeHint().width()), self.height())

    def _refilter(self) -> None:
        self.filter.set_choice(self.operation_box.currentData(), self.outcome_box.currentData())

    def choose_export_path(self) -> None:
        choose_file(
            self,
            self.tr("Export audit log"),
            self.tr("CSV files (*.csv)"),
            self.export_to,
            save_as=export_path(self.tr("BadgeDesk audit log")),
        )

    @async_slot
    async def export_to(self, path: Path) -> None:
        try:
            count = await self.trail.export_csv(path)
        except OSError as error:
            self.status.setText(
                self.tr("Could not write the file: {reason}").format(reason=error.strerror)
            )
            return
        self.status.setText(self.tr("%n record(s) written to {path}", "", count).format(path=path))
