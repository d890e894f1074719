"""Problems shown next to the fields they concern, in every dialog that edits server data.

A dialog gives each field a label (``FieldErrors.label``) and each table of items a row
message (``FieldErrors.table``); a problem's path, local or from the server's ``fieldErrors``
(``"alignments.0.targetUrl"``, as ``api.errors.normalise_field_errors`` flattens them), goes to
the field named first, marks the table cell it names, and anything else goes to the general
line at the top, so that no message from the server is lost.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableWidget

from badgedesk.api.errors import ApiError
from badgedesk.ui.errors import error_words
from badgedesk.ui.style import error_brush, error_label


@dataclass(frozen=True)
class _Table:
    widget: QTableWidget
    columns: Sequence[str]
    """The server's name of each column's key, in column order."""
    row_message: Callable[[int, str], str]
    """The message as shown under the table, told which row (0-based) it concerns."""


class FieldErrors:
    """The error labels of one dialog, and where each problem goes."""

    def __init__(self, general: QLabel) -> None:
        self.general = general
        self.labels: dict[str, QLabel] = {}
        self._tables: dict[str, _Table] = {}

    def label(self, field: str, accessible_name: str) -> QLabel:
        """A new hidden error label for ``field`` (the server's key), to place under it."""
        label = error_label(accessible_name)
        self.labels[field] = label
        return label

    def table(
        self,
        field: str,
        widget: QTableWidget,
        columns: Sequence[str],
        row_message: Callable[[int, str], str],
    ) -> None:
        """Problems of ``field.N.key`` mark row N's ``key`` cell of ``widget`` (the first
        column when no key is named) and are told through ``row_message``."""
        self._tables[field] = _Table(widget, columns, row_message)

    def text(self, field: str) -> str:
        """The message shown for ``field`` (the first part of a path), or ''."""
        label = self.labels.get(field)
        return label.text() if label is not None else ""

    def show(self, path: str, message: str) -> None:
        """Show ``message`` for ``path``: under its field, else in the general line (with the
        path, so that the server's words keep their subject)."""
        field, _, rest = path.partition(".")
        label = self.labels.get(field)
        if label is None:
            label = self.general
            if path:
                message = f"{path}: {message}"
        else:
            table = self._tables.get(field)
            row, _, key = rest.partition(".")
            if table is not None and row.isdigit():
                self._mark_cell(table, int(row), key.partition(".")[0], message)
                message = table.row_message(int(row), message)
        text = label.text()
        label.setText(f"{text}\n{message}" if text else message)
        label.setVisible(True)

    def show_server_errors(self, error: ApiError) -> None:
        """Each of the server's messages under its field; the rest, or the error itself when
        the server named no field, at the top."""
        self.clear()
        for path, messages in error.field_errors.items():
            self.show(path, " ".join(messages))
        loose = error.non_field_errors + error.validation_errors
        if loose or not error.field_errors:
            self.show("", "\n".join(loose or [error_words(error)]))

    def clear(self) -> None:
        for label in (self.general, *self.labels.values()):
            label.clear()
            label.setVisible(False)
        for table in self._tables.values():
            widget = table.widget
            for row in range(widget.rowCount()):
                for column in range(widget.columnCount()):
                    cell = widget.item(row, column)
                    if cell is not None:
                        cell.setData(Qt.ItemDataRole.ForegroundRole, None)
                        cell.setData(Qt.ItemDataRole.FontRole, None)
                        cell.setToolTip("")

    def shown(self) -> list[QLabel]:
        """The field labels showing a problem now."""
        return [label for label in self.labels.values() if not label.isHidden()]

    @staticmethod
    def _mark_cell(table: _Table, row: int, key: str, message: str) -> None:
        column = list(table.columns).index(key) if key in table.columns else 0
        cell = table.widget.item(row, column)
        if cell is not None:
            cell.setForeground(error_brush())
            font = cell.font()
            font.setBold(True)  # not the colour alone
            cell.setFont(font)
            cell.setToolTip(message)
