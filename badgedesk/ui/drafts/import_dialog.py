"""The header-mapping step of a CSV import (or a paste): which column is which, a preview, and
every line that will not be imported with its number and reason, before anything is added."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path

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
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from badgedesk.services.row_import import (
    Column,
    ImportResult,
    Table,
    default_mapping,
    map_records,
)
from badgedesk.store.csvfile import write_csv
from badgedesk.store.drafts import BatchDefaults, RowFields
from badgedesk.ui.files import choose_file
from badgedesk.ui.futures import keep
from badgedesk.ui.problems import problem_text
from badgedesk.ui.style import ERROR_TEXT

PREVIEW_LINES = 20
REPORT_LINES_SHOWN = 2000


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportRowsDialog", text)


def column_names() -> dict[Column | None, str]:
    return {
        None: _tr("(not imported)"),
        Column.IDENTITY: _tr("Recipient"),
        Column.RECIPIENT_TYPE: _tr("Recipient type"),
        Column.NARRATIVE: _tr("Narrative"),
        Column.EVIDENCE_URL: _tr("Evidence URL"),
        Column.ISSUED_ON: _tr("Issued on"),
        Column.EXPIRES: _tr("Expires"),
    }


def field_name(field: str) -> str:
    try:
        return column_names()[Column(field)]
    except ValueError:
        return field


def delimiter_name(delimiter: str) -> str:
    names = {",": _tr("commas"), ";": _tr("semicolons"), "\t": _tr("tabs"), "|": _tr("bars")}
    return names.get(delimiter, repr(delimiter))


class ImportRowsDialog(QDialog):
    """Shows how a table will be read; ``result_rows`` holds what Import adds."""

    checked = Signal()
    """Emitted each time the mapping has been applied to every line (for tests and the UI)."""

    def __init__(
        self,
        table: Table,
        source: str,
        *,
        defaults: BatchDefaults,
        today: date,
        existing: Sequence[RowFields],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Import rows from %s") % source)
        self.setAccessibleName(_tr("Import rows"))
        self.resize(820, 640)
        self.table = table
        self._defaults = defaults
        self._today = today
        self._existing = list(existing)
        self.import_result: ImportResult | None = None
        self._generation = 0
        self._tasks: set[asyncio.Future[object]] = set()
        mapping, has_header = default_mapping(table)
        width = max((len(record.cells) for record in table.records[:PREVIEW_LINES]), default=1)

        self.about = about = QLabel(
            _tr("%(source)s: %(lines)s lines, %(encoding)s, columns separated by %(delimiter)s.")
            % {
                "source": source,
                "lines": f"{len(table.records):,}",
                "encoding": table.encoding,
                "delimiter": delimiter_name(table.delimiter),
            }
        )
        about.setWordWrap(True)
        self.header_box = QCheckBox(_tr("The first line holds column &names"))
        self.header_box.setChecked(has_header)
        self.header_box.toggled.connect(self._remap)

        self.column_boxes: list[QComboBox] = []
        form = QFormLayout()
        first = table.records[0].cells if table.records else ()
        for column in range(width):
            box = QComboBox()
            for target, name in column_names().items():
                box.addItem(name, target)
            box.setCurrentIndex(box.findData(mapping.get(column)))
            heading = first[column] if has_header and column < len(first) else ""
            label = _tr("Column %d") % (column + 1) + (f" ({heading})" if heading else "")
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
        self.preview.setAccessibleName(_tr("Preview of the first lines"))
        self.preview_model = QStandardItemModel(self)
        self.preview.setModel(self.preview_model)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

        self.summary = QLabel()
        self.summary.setAccessibleName(_tr("What will be imported"))
        self.summary.setWordWrap(True)
        self.report = QTableView()
        self.report.setAccessibleName(_tr("Lines that will not be imported"))
        self.report_model = QStandardItemModel(self)
        self.report.setModel(self.report_model)
        self.report.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.report.verticalHeader().hide()
        self.report.setWordWrap(False)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            _tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setDefault(True)
        self.save_report_button = QPushButton(_tr("&Save report…"))
        self.save_report_button.setAccessibleName(_tr("Save the list of rejected lines"))
        self.buttons.addButton(self.save_report_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_report_button.clicked.connect(self.on_save_report)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.header_box)
        layout.addWidget(QLabel(_tr("What each column holds:")))
        layout.addWidget(scroll)
        layout.addWidget(QLabel(_tr("Preview:")))
        layout.addWidget(self.preview, 2)
        layout.addWidget(self.summary)
        layout.addWidget(self.report, 2)
        layout.addWidget(self.buttons)
        self._remap()

    def mapping(self) -> dict[int, Column]:
        return {
            index: box.currentData()
            for index, box in enumerate(self.column_boxes)
            if box.currentData() is not None
        }

    def _remap(self) -> None:
        self._show_preview()
        self.import_button.setEnabled(False)
        self._generation += 1
        keep(self._tasks, self._check(self._generation))

    async def _check(self, generation: int) -> None:
        """Apply the mapping to every line off the GUI thread (50,000 lines take a while)."""
        mapping, has_header = self.mapping(), self.header_box.isChecked()
        if Column.IDENTITY not in mapping.values():
            self.import_result = None
            self.summary.setText(_tr("Choose the column that holds the recipients."))
            self.summary.setStyleSheet(ERROR_TEXT)
            self.report_model.clear()
            self.checked.emit()
            return
        self.summary.setStyleSheet("")
        self.summary.setText(_tr("Checking every line…"))
        result = await asyncio.to_thread(
            map_records,
            self.table,
            mapping,
            has_header=has_header,
            defaults=self._defaults,
            today=self._today,
            existing=self._existing,
        )
        if generation != self._generation:
            return
        self.import_result = result
        self._show_result(result)
        self.checked.emit()

    def _show_preview(self) -> None:
        mapping = self.mapping()
        names = column_names()
        self.preview_model.clear()
        self.preview_model.setHorizontalHeaderLabels(
            [names[mapping.get(i)] for i in range(len(self.column_boxes))]
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

    def _show_result(self, result: ImportResult) -> None:
        count, rejected = len(result.rows), len(result.rejections)
        text = _tr("%s rows will be added.") % f"{count:,}"
        if rejected:
            text += " " + _tr("%s lines will not be imported:") % f"{rejected:,}"
        self.summary.setText(text)
        self.report_model.clear()
        self.report_model.setHorizontalHeaderLabels([_tr("Line"), _tr("Why"), _tr("Value")])
        for rejection in result.rejections[:REPORT_LINES_SHOWN]:
            line = QStandardItem(str(rejection.line))
            line.setData(rejection.line, Qt.ItemDataRole.UserRole)
            why = f"{field_name(rejection.field)}: {problem_text(rejection.problem)}"
            self.report_model.appendRow([line, QStandardItem(why), QStandardItem(rejection.value)])
        if rejected > REPORT_LINES_SHOWN:
            more = _tr("… and %s more (Save report lists them all)") % f"{rejected - 2000:,}"
            self.report_model.appendRow([QStandardItem(""), QStandardItem(more)])
        header = self.report.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.report.setVisible(bool(rejected))
        self.save_report_button.setEnabled(bool(rejected))
        self.import_button.setEnabled(count > 0)
        self.import_button.setText(_tr("Import %s rows") % f"{count:,}")

    def on_save_report(self) -> None:
        choose_file(
            self,
            _tr("Save the report"),
            _tr("CSV files (*.csv)"),
            lambda path: keep(self._tasks, self.save_report(path)),
            save_as="rejected-lines.csv",
        )

    async def save_report(self, path: Path) -> int:
        """Every rejected line as CSV (the table shows the first 2,000)."""
        assert self.import_result is not None
        rows = [
            (str(r.line), field_name(r.field), problem_text(r.problem), r.value)
            for r in self.import_result.rejections
        ]
        return await asyncio.to_thread(
            write_csv, path, (_tr("line"), _tr("field"), _tr("why"), _tr("value")), rows
        )


def mapping_is_clear(table: Table, mapping: Mapping[int, Column], has_header: bool) -> bool:
    """A paste can go straight in when its columns need no question: named by a header, or a
    single column of recipients."""
    width = max((len(record.cells) for record in table.records), default=0)
    return Column.IDENTITY in mapping.values() and (has_header or width == 1)
