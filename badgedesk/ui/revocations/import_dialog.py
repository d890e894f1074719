"""The mapping step of a revocation CSV (see ``ColumnMappingDialog``): a column of assertion
entityIds, or of recipients with a badge class (a column, or one chosen here)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from badgedesk.services.revocation_import import (
    CatalogueEntry,
    RejectReason,
    RevocationColumn,
    RevocationImport,
    SourceKind,
    guess_columns,
    kind_of,
    map_revocation_records,
)
from badgedesk.services.row_import import Table
from badgedesk.ui.import_mapping import ColumnMappingDialog


def column_names() -> dict[RevocationColumn | None, str]:
    return {
        None: QCoreApplication.translate("RevocationImportDialog", "(not imported)"),
        RevocationColumn.ENTITY_ID: QCoreApplication.translate(
            "RevocationImportDialog", "Assertion entityId or URL"
        ),
        RevocationColumn.IDENTITY: QCoreApplication.translate(
            "RevocationImportDialog", "Recipient"
        ),
        RevocationColumn.RECIPIENT_TYPE: QCoreApplication.translate(
            "RevocationImportDialog", "Recipient type"
        ),
        RevocationColumn.BADGECLASS: QCoreApplication.translate(
            "RevocationImportDialog", "Badge class (name or entityId)"
        ),
        RevocationColumn.REASON: QCoreApplication.translate("RevocationImportDialog", "Reason"),
    }


def reject_text(reason: RejectReason) -> str:
    texts = {
        RejectReason.BAD_ENTITY_ID: QCoreApplication.translate(
            "RevocationImportDialog", "not an assertion entityId or URL"
        ),
        RejectReason.BAD_IDENTITY: QCoreApplication.translate(
            "RevocationImportDialog", "not a valid recipient for its type"
        ),
        RejectReason.BAD_RECIPIENT_TYPE: QCoreApplication.translate(
            "RevocationImportDialog", "unknown recipient type"
        ),
        RejectReason.NO_BADGECLASS: QCoreApplication.translate(
            "RevocationImportDialog", "no badge class: add a column, or choose one below"
        ),
        RejectReason.UNKNOWN_BADGECLASS: QCoreApplication.translate(
            "RevocationImportDialog", "no badge class of that name"
        ),
        RejectReason.AMBIGUOUS_BADGECLASS: QCoreApplication.translate(
            "RevocationImportDialog", "several badge classes have that name: use its entityId"
        ),
        RejectReason.DUPLICATE: QCoreApplication.translate(
            "RevocationImportDialog", "the same award is on an earlier line"
        ),
        RejectReason.EMPTY: QCoreApplication.translate("RevocationImportDialog", "empty"),
        RejectReason.CONTROL_CHARACTER: QCoreApplication.translate(
            "RevocationImportDialog", "holds a control character (such as NUL): the file is damaged"
        ),
        RejectReason.INVISIBLE_CHARACTER: QCoreApplication.translate(
            "RevocationImportDialog",
            "holds an invisible character (zero-width space, direction mark or soft hyphen)",
        ),
        RejectReason.UNREADABLE_CHARACTER: QCoreApplication.translate(
            "RevocationImportDialog",
            "holds a character that could not be read in the file's encoding (�)",
        ),
    }
    return texts.get(reason, str(reason))


class RevocationImportDialog(ColumnMappingDialog[RevocationImport]):
    """Rows of a revocation batch from a table."""

    def __init__(
        self,
        table: Table,
        source: str,
        catalogue: Sequence[CatalogueEntry],
        parent: QWidget | None = None,
    ) -> None:
        mapping, has_header = guess_columns(table)
        super().__init__(
            table,
            source,
            title=QCoreApplication.translate(
                "RevocationImportDialog", "Add awards to revoke from {source}"
            ).format(source=source),
            choices=column_names(),
            mapping=mapping,
            has_header=has_header,
            parent=parent,
        )
        self.catalogue = list(catalogue)
        self.badgeclass_box = QComboBox()
        self.badgeclass_box.setAccessibleName(
            QCoreApplication.translate(
                "RevocationImportDialog", "Badge class of recipients without one"
            )
        )
        self.badgeclass_box.addItem(
            QCoreApplication.translate("RevocationImportDialog", "(none: the file names them)"),
            None,
        )
        for entry in self.catalogue:
            label = f"{entry.name} — {entry.issuer_name}" if entry.issuer_name else entry.name
            self.badgeclass_box.addItem(label, entry)
        self.badgeclass_box.currentIndexChanged.connect(self._remap)
        chooser_label = QLabel(
            QCoreApplication.translate("RevocationImportDialog", "&Badge class for recipients:")
        )
        chooser_label.setBuddy(self.badgeclass_box)
        form = QFormLayout()
        form.addRow(chooser_label, self.badgeclass_box)
        self.extra.addLayout(form)
        self._remap()

    def _remap(self) -> None:
        if hasattr(self, "badgeclass_box"):
            self.badgeclass_box.setEnabled(kind_of(self.mapping()) is SourceKind.RECIPIENTS)
            # Read here: ``apply`` runs on a worker thread, away from the widgets.
            self._default: CatalogueEntry | None = self.badgeclass_box.currentData()
            super()._remap()

    def key_missing(self, mapping: Mapping[int, Any]) -> str | None:
        if kind_of(mapping) is None:
            return QCoreApplication.translate(
                "RevocationImportDialog",
                "Choose the column that holds assertion entityIds (or URLs), or the one that "
                "holds recipients.",
            )
        return None

    def apply(self, mapping: Mapping[int, Any], has_header: bool) -> RevocationImport:
        return map_revocation_records(
            self.table,
            mapping,
            has_header,
            catalogue=self.catalogue,
            default_badgeclass=self._default,
        )

    def accepted_count(self, result: RevocationImport) -> int:
        return len(result.targets)

    def rejection_rows(self, result: RevocationImport) -> list[tuple[int, str, str, str]]:
        names = column_names()
        return [
            (
                r.line,
                (names.get(RevocationColumn(r.column)) or "") if r.column else "",
                reject_text(r.reason),
                r.value,
            )
            for r in result.rejections
        ]
