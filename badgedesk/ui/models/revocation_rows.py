"""The rows of the revocation batch open: which award each revokes, as last seen, and how far it
got. The Reason column is the only editable one; an edit is handed to the editor
(``reason_edit_requested``) so it goes through the undo stack and the store."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont

from badgedesk.core.batches import RevocationRow
from badgedesk.core.states import Match, RowState
from badgedesk.ui.dates import display_date
from badgedesk.ui.errors import stored_error_words
from badgedesk.ui.models.assertions import revoked_tooltip
from badgedesk.ui.models.drafts import Index, local_time
from badgedesk.ui.style import done_brush, error_brush, muted_brush


def status_text(row: RevocationRow) -> str:
    """The award's status as last seen, or why the row does not name one award."""
    target = row.target
    match target.match:
        case Match.NOT_FOUND:
            return QCoreApplication.translate("RevocationRowsModel", "Not found")
        case Match.AMBIGUOUS:
            return QCoreApplication.translate("RevocationRowsModel", "Ambiguous")
        case Match.DUPLICATE:
            return QCoreApplication.translate("RevocationRowsModel", "Duplicate")
        case Match.UNCHECKED | Match.TO_RESOLVE:
            return QCoreApplication.translate("RevocationRowsModel", "Not checked yet")
    texts = {
        "active": QCoreApplication.translate("RevocationRowsModel", "Active"),
        "expired": QCoreApplication.translate("RevocationRowsModel", "Expired"),
        "revoked": QCoreApplication.translate("RevocationRowsModel", "Revoked"),
    }
    return texts.get(target.status, target.status)


def outcome_text(row: RevocationRow) -> str:
    if row.state == RowState.SENDING:
        return QCoreApplication.translate("RevocationRowsModel", "Sent: awaiting the answer…")
    if row.state == RowState.REVOKED:
        return QCoreApplication.translate("RevocationRowsModel", "Revoked")
    if row.state == RowState.SKIPPED:
        return QCoreApplication.translate("RevocationRowsModel", "Skipped: already revoked")
    if row.state == RowState.FAILED:
        return (
            QCoreApplication.translate("RevocationRowsModel", "Failed: {error}").format(
                error=stored_error_words(row.error)
            )
            if row.error
            else QCoreApplication.translate("RevocationRowsModel", "Failed")
        )
    return ""


class RevocationRowsModel(QAbstractTableModel):
    """Recipient, badge class, issued, status, reason and outcome of each row."""

    RECIPIENT, BADGECLASS, ISSUED, STATUS, REASON, OUTCOME = range(6)

    reason_edit_requested = Signal(int, str)
    """(row id, the reason typed; empty for the batch's)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = (
            QCoreApplication.translate("RevocationRowsModel", "Recipient"),
            QCoreApplication.translate("RevocationRowsModel", "Badge class"),
            QCoreApplication.translate("RevocationRowsModel", "Issued"),
            QCoreApplication.translate("RevocationRowsModel", "Status"),
            QCoreApplication.translate("RevocationRowsModel", "Reason"),
            QCoreApplication.translate("RevocationRowsModel", "Outcome"),
        )
        self._rows: list[RevocationRow] = []
        self._at: dict[int, int] = {}
        self.batch_reason = ""
        self.editable = True

    # ------------------------------------------------------------ content

    def set_rows(self, rows: Sequence[RevocationRow], batch_reason: str) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._at = {row.id: index for index, row in enumerate(self._rows)}
        self.batch_reason = batch_reason
        self.endResetModel()

    def set_batch_reason(self, reason: str) -> None:
        self.batch_reason = reason
        if self._rows:
            self.dataChanged.emit(
                self.index(0, self.REASON), self.index(len(self._rows) - 1, self.REASON)
            )

    def rows(self) -> list[RevocationRow]:
        return list(self._rows)

    def row_at(self, position: int) -> RevocationRow | None:
        return self._rows[position] if 0 <= position < len(self._rows) else None

    def position_of(self, row_id: int) -> int:
        return self._at.get(row_id, -1)

    def update_row(self, row: RevocationRow) -> None:
        position = self._at.get(row.id)
        if position is None:
            return
        self._rows[position] = row
        self.dataChanged.emit(self.index(position, 0), self.index(position, self.OUTCOME))

    # ------------------------------------------------------------ Qt

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        row = self.row_at(index.row())
        if index.column() == self.REASON and row is not None and row.editable and self.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        target = row.target
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.RECIPIENT:
                return target.identity or target.entity_id or ""
            if column == self.BADGECLASS:
                return target.badgeclass_name or target.badgeclass_id or ""
            if column == self.ISSUED:
                return display_date(target.issued_on)
            if column == self.STATUS:
                return status_text(row)
            if column == self.REASON:
                return (
                    target.reason
                    or self.batch_reason
                    or QCoreApplication.translate("RevocationRowsModel", "(reason required)")
                )
            return outcome_text(row)
        if role == Qt.ItemDataRole.EditRole and column == self.REASON:
            return target.reason
        revoked = target.status == "revoked" and column < self.STATUS
        if role == Qt.ItemDataRole.ToolTipRole and revoked:
            return revoked_tooltip(target.note)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and revoked:
            return muted_brush()
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(row, column)
        if role == Qt.ItemDataRole.FontRole and revoked:
            font = QFont()
            font.setStrikeOut(True)  # already revoked: the row will be skipped
            return font
        if role == Qt.ItemDataRole.FontRole and column == self.REASON and not target.reason:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.REASON:
            if target.reason:
                return QCoreApplication.translate(
                    "RevocationRowsModel", "Own reason: {reason}"
                ).format(reason=target.reason)
            return QCoreApplication.translate(
                "RevocationRowsModel", "Batch reason: {reason}"
            ).format(
                reason=self.batch_reason
                or QCoreApplication.translate("RevocationRowsModel", "none yet")
            )
        return None

    def _tooltip(self, row: RevocationRow, column: int) -> str | None:
        target = row.target
        if column == self.STATUS:
            lines = [target.note] if target.note else []
            if target.entity_id:
                lines.append(
                    QCoreApplication.translate(
                        "RevocationRowsModel", "entityId: {entity_id}"
                    ).format(entity_id=target.entity_id)
                )
            if row.seen_at is not None:
                lines.append(
                    QCoreApplication.translate("RevocationRowsModel", "Last seen {time}").format(
                        time=local_time(row.seen_at)
                    )
                )
            return "\n".join(lines) or None
        if column == self.REASON:
            if target.reason:
                return QCoreApplication.translate(
                    "RevocationRowsModel", "This row's own reason (clear it to use the batch's)."
                )
            return QCoreApplication.translate(
                "RevocationRowsModel", "The batch's reason; type here to give this row its own."
            )
        if column == self.OUTCOME and (row.error or row.code):
            words = stored_error_words(row.error)
            return f"{words} ({row.code})" if row.code else words
        if column == self.RECIPIENT and target.entity_id:
            return QCoreApplication.translate(
                "RevocationRowsModel", "entityId: {entity_id}"
            ).format(entity_id=target.entity_id)
        return None

    def _colour(self, row: RevocationRow, column: int) -> QBrush | None:
        if column == self.STATUS and row.target.match in (
            Match.NOT_FOUND,
            Match.AMBIGUOUS,
            Match.DUPLICATE,
        ):
            return error_brush()
        if column == self.STATUS and row.target.status == "revoked":
            return muted_brush()
        if column == self.REASON and not (row.target.reason or self.batch_reason.strip()):
            return error_brush()
        if column == self.REASON and not row.target.reason:
            return muted_brush()
        if column == self.OUTCOME:
            if row.state == RowState.FAILED:
                return error_brush()
            if row.state == RowState.REVOKED:
                return done_brush()
            if row.state == RowState.SKIPPED:
                return muted_brush()
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Hand a reason to the editor; a cell ``flags`` does not offer for editing refuses
        it, however it was asked."""
        row = self.row_at(index.row())
        editable = bool(self.flags(index) & Qt.ItemFlag.ItemIsEditable)
        if role != Qt.ItemDataRole.EditRole or row is None or not editable:
            return False
        text = str(value or "").strip()
        if text == row.target.reason:
            return False
        self.reason_edit_requested.emit(row.id, text)
        return False
