"""The mapping step of an award CSV import or paste (see ``ColumnMappingDialog``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from badgedesk.core.batches import BatchDefaults, RowFields
from badgedesk.services.row_import import (
    Column,
    ImportResult,
    Table,
    date_order,
    default_mapping,
    map_records,
)
from badgedesk.ui.dates import locale_day_order
from badgedesk.ui.import_mapping import ColumnMappingDialog, DayOrderChoice
from badgedesk.ui.problems import problem_text


def column_names() -> dict[Column | None, str]:
    return {
        None: QCoreApplication.translate("ImportRowsDialog", "(not imported)"),
        Column.IDENTITY: QCoreApplication.translate("ImportRowsDialog", "Recipient"),
        Column.RECIPIENT_TYPE: QCoreApplication.translate("ImportRowsDialog", "Recipient type"),
        Column.NARRATIVE: QCoreApplication.translate("ImportRowsDialog", "Narrative"),
        Column.EVIDENCE_URL: QCoreApplication.translate("ImportRowsDialog", "Evidence URL"),
        Column.ISSUED_ON: QCoreApplication.translate("ImportRowsDialog", "Issued on"),
        Column.EXPIRES: QCoreApplication.translate("ImportRowsDialog", "Expires"),
    }


def field_name(field: str) -> str:
    try:
        return column_names()[Column(field)]
    except ValueError:
        return field


class ImportRowsDialog(ColumnMappingDialog[ImportResult]):
    """Rows of an award batch from a table."""

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
        mapping, has_header = default_mapping(table)
        super().__init__(
            table,
            source,
            title=QCoreApplication.translate(
                "ImportRowsDialog", "Import rows from {source}"
            ).format(source=source),
            choices=column_names(),
            mapping=mapping,
            has_header=has_header,
            parent=parent,
        )
        self.setAccessibleName(QCoreApplication.translate("ImportRowsDialog", "Import rows"))
        self._defaults = defaults
        self._today = today
        self._existing = list(existing)
        self.day_order = DayOrderChoice(locale_day_order(), self)
        self.day_order.changed.connect(self._remap)
        self.extra.addWidget(self.day_order)
        self._order = self.day_order.order()
        self._remap()

    def prepare(self, mapping: Mapping[int, Any], has_header: bool) -> None:
        """Ask the order of day and month only when the mapped date columns need it."""
        self.day_order.show_for(date_order(self.table, mapping, has_header=has_header))
        self._order = self.day_order.order()

    def key_missing(self, mapping: Mapping[int, Any]) -> str | None:
        if Column.IDENTITY not in mapping.values():
            return QCoreApplication.translate(
                "ImportRowsDialog", "Choose the column that holds the recipients."
            )
        return None

    def apply(self, mapping: Mapping[int, Any], has_header: bool) -> ImportResult:
        return map_records(
            self.table,
            mapping,
            has_header=has_header,
            defaults=self._defaults,
            today=self._today,
            order=self._order,
            existing=self._existing,
        )

    def accepted_count(self, result: ImportResult) -> int:
        return len(result.rows)

    def rejection_rows(self, result: ImportResult) -> list[tuple[int, str, str, str]]:
        return [
            (r.line, field_name(r.field), problem_text(r.problem), r.value)
            for r in result.rejections
        ]


def mapping_is_clear(table: Table, mapping: Mapping[int, Column], has_header: bool) -> bool:
    """A paste can go straight in when its columns need no question: named by a header, or a
    single column of recipients."""
    width = max((len(record.cells) for record in table.records), default=0)
    return Column.IDENTITY in mapping.values() and (has_header or width == 1)
