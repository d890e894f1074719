"""Table models of the Revocations tab's views: the history of what was revoked from this
computer, and the revoked awards of a badge class as the server lists them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QFontDatabase

from badgedesk.api.models import Assertion
from badgedesk.core.states import Outcome
from badgedesk.services.revocation_history import HistoryEntry
from badgedesk.ui.dates import display_date, display_datetime
from badgedesk.ui.models.assertions import revoked_tooltip
from badgedesk.ui.style import error_brush, muted_brush

Index = QModelIndex | QPersistentModelIndex

WHEN, WHAT, REVOKED, FAILED_COLUMN, SKIPPED, NOT_SENT = range(6)
"""The history's columns."""
RECIPIENT, ISSUED, REASON, ENTITY_ID = range(4)
"""The revoked awards' columns."""


class HistoryModel(QAbstractTableModel):
    """One line per submitted revocation batch or single revocation, newest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[HistoryEntry] = []
        self._headers = (
            QCoreApplication.translate("RevocationModels", "When"),
            QCoreApplication.translate("RevocationModels", "What"),
            QCoreApplication.translate("RevocationModels", "Revoked"),
            QCoreApplication.translate("RevocationModels", "Failed"),
            QCoreApplication.translate("RevocationModels", "Skipped"),
            QCoreApplication.translate("RevocationModels", "Not sent"),
        )

    def set_entries(self, entries: Sequence[HistoryEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entries(self) -> list[HistoryEntry]:
        return list(self._entries)

    def entry_at(self, row: int) -> HistoryEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            if section == SKIPPED:
                return QCoreApplication.translate(
                    "RevocationModels", "Not sent: the award was already revoked"
                )
            if section == NOT_SENT:
                return QCoreApplication.translate(
                    "RevocationModels", "Rows never sent, or sent without an answer yet"
                )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= REVOKED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and (
            (column == FAILED_COLUMN and entry.failed)
            or (column == WHAT and entry.kind == "single" and entry.outcome != Outcome.OK)
        ):
            return error_brush()
        if role == Qt.ItemDataRole.AccessibleTextRole and column >= REVOKED:
            return f"{self._headers[column]} {self._display(entry, column) or 0}"
        return None

    def _display(self, entry: HistoryEntry, column: int) -> str:
        if column == WHEN:
            return display_datetime(entry.when)
        if column == WHAT:
            if entry.kind == "batch":
                return QCoreApplication.translate("RevocationModels", "Batch: {title}").format(
                    title=entry.title
                )
            if entry.outcome == Outcome.UNKNOWN:
                return QCoreApplication.translate(
                    "RevocationModels", "Single (outcome unknown): {title}"
                ).format(title=entry.title)
            return QCoreApplication.translate("RevocationModels", "Single: {title}").format(
                title=entry.title
            )
        counts = {
            REVOKED: entry.revoked,
            FAILED_COLUMN: entry.failed,
            SKIPPED: entry.skipped,
            NOT_SENT: entry.pending,
        }
        count = counts[column]
        if entry.kind == "single":
            if column == REVOKED and entry.outcome == Outcome.UNKNOWN:
                return "?"
            return str(count) if count else ""
        return str(count)

    def _tooltip(self, entry: HistoryEntry) -> str:
        by = (
            QCoreApplication.translate("RevocationModels", "By {user}.").format(user=entry.user)
            if entry.user
            else ""
        )
        if entry.kind == "batch":
            text = QCoreApplication.translate(
                "RevocationModels",
                "{revoked} revoked, {failed} failed, {skipped} skipped (already revoked), "
                "{left} not sent.",
            ).format(
                revoked=entry.revoked,
                failed=entry.failed,
                skipped=entry.skipped,
                left=entry.pending,
            )
            lines = [
                entry.title,
                text,
                by,
                QCoreApplication.translate(
                    "RevocationModels", "Double-click or press Enter to open the batch."
                ),
            ]
        else:
            if entry.outcome == Outcome.OK:
                what = QCoreApplication.translate("RevocationModels", "Reason: {detail}").format(
                    detail=entry.detail
                )
            elif entry.outcome == Outcome.FAILED:
                what = QCoreApplication.translate(
                    "RevocationModels", "Not revoked: {detail}"
                ).format(detail=entry.detail)
            else:
                what = QCoreApplication.translate(
                    "RevocationModels",
                    "The server's answer never came: check the award in the Assertions tab. "
                    "{detail}",
                ).format(detail=entry.detail)
            lines = [
                entry.title,
                what,
                QCoreApplication.translate("RevocationModels", "Assertion {entity_id}").format(
                    entity_id=entry.entity_id or "?"
                ),
                by,
            ]
        return "\n".join(line.strip() for line in lines if line.strip())


class RevokedModel(QAbstractTableModel):
    """The revoked awards of one badge class, in the order the server lists them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Assertion] = []
        self._headers = (
            QCoreApplication.translate("RevocationModels", "Recipient"),
            QCoreApplication.translate("RevocationModels", "Issued"),
            QCoreApplication.translate("RevocationModels", "Reason"),
            QCoreApplication.translate("RevocationModels", "entityId"),
        )

    def append(self, assertions: Sequence[Assertion]) -> None:
        if not assertions:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(assertions) - 1)
        self._rows.extend(assertions)
        self.endInsertRows()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    def rows(self) -> list[Assertion]:
        return list(self._rows)

    def assertion_at(self, row: int) -> Assertion | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        assertion = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            recipient = assertion.recipient.display if assertion.recipient else ""
            values = (
                recipient,
                display_date(assertion.issued_on),
                assertion.revocation_reason or "",
                assertion.key,
            )
            if role == Qt.ItemDataRole.ToolTipRole and column == REASON:
                return values[REASON] or QCoreApplication.translate(
                    "RevocationModels", "The server gives no reason"
                )
            if role == Qt.ItemDataRole.ToolTipRole and column == RECIPIENT:
                return revoked_tooltip(assertion.revocation_reason or "")
            return values[column]
        if role == Qt.ItemDataRole.FontRole and column == ENTITY_ID:
            return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        if role == Qt.ItemDataRole.FontRole and column == RECIPIENT:
            font = QFont()
            font.setStrikeOut(True)  # as the Assertions tab shows a revoked award
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == RECIPIENT:
            return muted_brush()
        return None
