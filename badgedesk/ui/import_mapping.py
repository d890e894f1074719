"""The column-mapping step of a CSV import (or a paste): which column is which, a preview, and
every line that will not be imported with its number and reason, before anything is added.

``ColumnMappingDialog`` is the step itself; the Drafts and Revocations tabs each say what the
columns can hold and how lines become rows (``apply``), which runs off the GUI thread.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from badgedesk.core.written_dates import ColumnOrder, DayOrder
from badgedesk.services.row_import import Table, save_rejections
from badgedesk.services.tasks import Tasks
from badgedesk.ui.discard import close_or_ask
from badgedesk.ui.files import choose_file
from badgedesk.ui.fit import fit_to_screen, size_columns
from badgedesk.ui.style import set_error_style

PREVIEW_LINES = 20
REPORT_LINES_SHOWN = 2000
R = TypeVar("R")


def delimiter_name(delimiter: str) -> str:
    names = {
        ",": QCoreApplication.translate("ColumnMappingDialog", "commas"),
        ";": QCoreApplication.translate("ColumnMappingDialog", "semicolons"),
        "\t": QCoreApplication.translate("ColumnMappingDialog", "tabs"),
        "|": QCoreApplication.translate("ColumnMappingDialog", "bars"),
    }
    return names.get(delimiter, repr(delimiter))


class DayOrderChoice(QWidget):
    """Day first or month first, for dates such as 03/04/2026: asked when a table's dates
    need it, decided (and said so) when one of them settles it, hidden when none need it."""

    changed = Signal()

    def __init__(self, default: DayOrder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.default = default
        self.box = QComboBox()
        self.box.addItem(
            QCoreApplication.translate("ColumnMappingDialog", "Day first (31/12/2026)"),
            DayOrder.DAY_FIRST,
        )
        self.box.addItem(
            QCoreApplication.translate("ColumnMappingDialog", "Month first (12/31/2026)"),
            DayOrder.MONTH_FIRST,
        )
        self.box.setCurrentIndex(self.box.findData(default))
        self.box.setAccessibleName(
            QCoreApplication.translate("ColumnMappingDialog", "Order of day and month in the dates")
        )
        self.box.currentIndexChanged.connect(self.changed)
        self.note = QLabel()
        self.note.setWordWrap(True)
        label = QLabel(
            QCoreApplication.translate(
                "ColumnMappingDialog", "&Dates such as 03/04/2026 are written:"
            )
        )
        label.setBuddy(self.box)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(label, self.box)
        layout.addRow(self.note)
        self.hide()

    def order(self) -> DayOrder:
        return DayOrder(self.box.currentData())

    def show_for(self, column: ColumnOrder) -> None:
        """Ask, tell or hide, as the dates of the mapped columns need (``column_order``)."""
        self.setVisible(column != ColumnOrder.NOT_NEEDED)
        settled = column in (ColumnOrder.DAY_FIRST, ColumnOrder.MONTH_FIRST)
        self.box.setEnabled(not settled)
        if settled:
            self.box.blockSignals(True)
            self.box.setCurrentIndex(self.box.findData(DayOrder(column.value)))
            self.box.blockSignals(False)
            self.note.setText(
                QCoreApplication.translate(
                    "ColumnMappingDialog",
                    "Decided for you: a date in the file has a day over 12, such as 14/11/2026.",
                )
                if column == ColumnOrder.DAY_FIRST
                else QCoreApplication.translate(
                    "ColumnMappingDialog",
                    "Decided for you: a date in the file has a day over 12, such as 11/14/2026.",
                )
            )
        else:
            self.note.setText(
                QCoreApplication.translate(
                    "ColumnMappingDialog",
                    "No date in the file tells whether the day or the month comes first: "
                    "choose how they were written.",
                )
            )


class ColumnMappingDialog(QDialog, Generic[R]):
    """Shows how a table will be read; ``import_result`` holds what Import adds.

    Subclasses give ``choices`` (column role → its name; ``None`` is "not imported") and
    implement ``key_missing``, ``apply``, ``accepted_count`` and ``rejection_rows``."""

    checked = Signal()
    """Emitted each time the mapping has been applied to every line (for tests and the UI)."""

    def __init__(
        self,
        table: Table,
        source: str,
        *,
        title: str,
        choices: Mapping[Any, str],
        mapping: Mapping[int, Any],
        has_header: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        fit_to_screen(self, 820, 640)
        self.table = table
        self.choices = dict(choices)
        self.import_result: R | None = None
        self._generation = 0
        self._tasks = Tasks("import mapping")
        width = max((len(record.cells) for record in table.records[:PREVIEW_LINES]), default=1)

        self.about = about = QLabel(
            QCoreApplication.translate(
                "ColumnMappingDialog",
                "{source}: %Ln line(s), {encoding}, columns separated by {delimiter}.",
                None,
                len(table.records),
            ).format(
                source=source,
                encoding=table.encoding,
                delimiter=delimiter_name(table.delimiter),
            )
        )
        about.setWordWrap(True)
        self.header_box = QCheckBox(
            QCoreApplication.translate("ColumnMappingDialog", "The first line holds column &names")
        )
        self.header_box.setChecked(has_header)
        self.header_box.toggled.connect(self._remap)

        self.column_boxes: list[QComboBox] = []
        form = QFormLayout()
        first = table.records[0].cells if table.records else ()
        for column in range(width):
            box = QComboBox()
            for target, name in self.choices.items():
                box.addItem(name, target)
            box.setCurrentIndex(box.findData(mapping.get(column)))
            heading = first[column] if has_header and column < len(first) else ""
            label = (
                QCoreApplication.translate(
                    "ColumnMappingDialog", "Column {number} ({heading})"
                ).format(number=column + 1, heading=heading)
                if heading
                else QCoreApplication.translate("ColumnMappingDialog", "Column {number}").format(
                    number=column + 1
                )
            )
            box.setAccessibleName(label)
            box.currentIndexChanged.connect(self._remap)
            form.addRow(label, box)
            self.column_boxes.append(box)
        mapping_widget = QWidget()
        mapping_widget.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidget(mapping_widget)
        scroll.setWidgetResizable(True)
        scroll.setMaximumHeight(170)

        self.preview = QTableView()
        self.preview.setAccessibleName(
            QCoreApplication.translate("ColumnMappingDialog", "Preview of the first lines")
        )
        self.preview_model = QStandardItemModel(self)
        self.preview.setModel(self.preview_model)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

        self.summary = QLabel()
        self.summary.setAccessibleName(
            QCoreApplication.translate("ColumnMappingDialog", "What will be imported")
        )
        self.summary.setWordWrap(True)
        self.report = QTableView()
        self.report.setAccessibleName(
            QCoreApplication.translate("ColumnMappingDialog", "Lines that will not be imported")
        )
        self.report_model = QStandardItemModel(self)
        self.report.setModel(self.report_model)
        self.report.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.report.verticalHeader().hide()
        self.report.setWordWrap(False)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            QCoreApplication.translate("ColumnMappingDialog", "Import"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.save_report_button = QPushButton(
            QCoreApplication.translate("ColumnMappingDialog", "&Save report…")
        )
        self.save_report_button.setAccessibleName(
            QCoreApplication.translate("ColumnMappingDialog", "Save the list of rejected lines")
        )
        self.buttons.addButton(self.save_report_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_report_button.clicked.connect(self.on_save_report)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.header_box)
        layout.addWidget(
            QLabel(QCoreApplication.translate("ColumnMappingDialog", "What each column holds:"))
        )
        layout.addWidget(scroll)
        self.extra = QVBoxLayout()
        """Where a subclass adds its own choices (shown under the columns)."""
        layout.addLayout(self.extra)
        layout.addWidget(QLabel(QCoreApplication.translate("ColumnMappingDialog", "Preview:")))
        layout.addWidget(self.preview, 2)
        layout.addWidget(self.summary)
        layout.addWidget(self.report, 2)
        layout.addWidget(self.buttons)
        self.import_button.setDefault(True)  # once in the dialog, or Cancel becomes the default
        self.discard_question: QMessageBox | None = None
        self._initial_choice = self._choice()

    # ------------------------------------------------------------ for subclasses

    def prepare(self, mapping: Mapping[int, Any], has_header: bool) -> None:
        """Adjust the subclass's own choices to a new mapping, before every line is checked
        (on the GUI thread)."""

    def key_missing(self, mapping: Mapping[int, Any]) -> str | None:
        """Why nothing can be imported with this mapping (no key column), or ``None``."""
        raise NotImplementedError

    def apply(self, mapping: Mapping[int, Any], has_header: bool) -> R:
        """Every line turned into rows or rejections; runs on a worker thread."""
        raise NotImplementedError

    def accepted_count(self, result: R) -> int:
        raise NotImplementedError

    def rejection_rows(self, result: R) -> Sequence[tuple[int, str, str, str]]:
        """(line, column, why, value) for each line not imported."""
        raise NotImplementedError

    # ------------------------------------------------------------ the step

    def mapping(self) -> dict[int, Any]:
        return {
            index: box.currentData()
            for index, box in enumerate(self.column_boxes)
            if box.currentData() is not None
        }

    def _choice(self) -> tuple[dict[int, Any], bool]:
        return self.mapping(), self.header_box.isChecked()

    def reject(self) -> None:
        """Escape, Cancel, closing: a changed mapping is not lost without asking."""
        changed = self._choice() != self._initial_choice
        self.discard_question = close_or_ask(self, changed, super().reject)

    def _remap(self) -> None:
        self._show_preview()
        self.prepare(self.mapping(), self.header_box.isChecked())
        self.import_button.setEnabled(False)
        self._generation += 1
        self._tasks.spawn(self._check(self._generation))

    async def _check(self, generation: int) -> None:
        """Apply the mapping to every line off the GUI thread (50,000 lines take a while)."""
        mapping, has_header = self.mapping(), self.header_box.isChecked()
        missing = self.key_missing(mapping)
        if missing is not None:
            self.import_result = None
            self.summary.setText(missing)
            set_error_style(self.summary)
            self.report_model.clear()
            self.checked.emit()
            return
        self.summary.setStyleSheet("")
        self.summary.setText(
            QCoreApplication.translate("ColumnMappingDialog", "Checking every line…")
        )
        result = await asyncio.to_thread(self.apply, mapping, has_header)
        if generation != self._generation:
            return
        self.import_result = result
        self._show_result(result)
        self.checked.emit()

    def _show_preview(self) -> None:
        mapping = self.mapping()
        self.preview_model.clear()
        self.preview_model.setHorizontalHeaderLabels(
            [self.choices[mapping.get(i)] for i in range(len(self.column_boxes))]
        )
        skip = 1 if self.header_box.isChecked() else 0
        labels = []
        for record in self.table.records[skip : skip + PREVIEW_LINES]:
            items = [QStandardItem(cell) for cell in record.cells]
            for column, item in enumerate(items):
                if column not in mapping:
                    item.setEnabled(False)
            self.preview_model.appendRow(items)
            labels.append(str(record.line))
        self.preview_model.setVerticalHeaderLabels(labels)
        # Every heading readable ("(not imported)" runs long in some languages); the table
        # scrolls sideways when they need more room than it has.
        size_columns(self.preview, [0] * self.preview_model.columnCount())

    def _show_result(self, result: R) -> None:
        count = self.accepted_count(result)
        rejections = self.rejection_rows(result)
        rejected = len(rejections)
        text = QCoreApplication.translate(
            "ColumnMappingDialog", "%Ln row(s) will be added.", None, count
        )
        if rejected:
            text += " " + QCoreApplication.translate(
                "ColumnMappingDialog", "%Ln line(s) will not be imported:", None, rejected
            )
        self.summary.setText(text)
        self.report_model.clear()
        self.report_model.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ColumnMappingDialog", "Line"),
                QCoreApplication.translate("ColumnMappingDialog", "Why"),
                QCoreApplication.translate("ColumnMappingDialog", "Value"),
            ]
        )
        for line_number, column, why, value in rejections[:REPORT_LINES_SHOWN]:
            line = QStandardItem(str(line_number))
            line.setData(line_number, Qt.ItemDataRole.UserRole)
            text = f"{column}: {why}" if column else why
            self.report_model.appendRow([line, QStandardItem(text), QStandardItem(value)])
        if rejected > REPORT_LINES_SHOWN:
            more = QCoreApplication.translate(
                "ColumnMappingDialog",
                "… and %Ln more (Save report lists them all)",
                None,
                rejected - REPORT_LINES_SHOWN,
            )
            self.report_model.appendRow([QStandardItem(""), QStandardItem(more)])
        header = self.report.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.report.setVisible(bool(rejected))
        self.save_report_button.setEnabled(bool(rejected))
        self.import_button.setEnabled(count > 0)
        self.import_button.setText(
            QCoreApplication.translate("ColumnMappingDialog", "Import %Ln row(s)", None, count)
        )

    def on_save_report(self) -> None:
        choose_file(
            self,
            QCoreApplication.translate("ColumnMappingDialog", "Save the report"),
            QCoreApplication.translate("ColumnMappingDialog", "CSV files (*.csv)"),
            lambda path: self._tasks.spawn(self.save_report(path)),
            save_as="rejected-lines.csv",
        )

    async def save_report(self, path: Path) -> int:
        """Every rejected line as CSV (the table shows the first 2,000)."""
        assert self.import_result is not None
        rows = [
            (str(line), column, why, value)
            for line, column, why, value in self.rejection_rows(self.import_result)
        ]
        return await save_rejections(
            path,
            (
                QCoreApplication.translate("ColumnMappingDialog", "line"),
                QCoreApplication.translate("ColumnMappingDialog", "field"),
                QCoreApplication.translate("ColumnMappingDialog", "why"),
                QCoreApplication.translate("ColumnMappingDialog", "value"),
            ),
            rows,
        )
