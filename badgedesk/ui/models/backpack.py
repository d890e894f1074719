"""The backpack's badges as a table: image, name, issuer, date and acceptance.

While a collection is open the Badge column is checkable (ticked: in the collection), and rows
can be dragged onto a collection; the dragged data is the badges' entityIds.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication

from badgedesk.api.models import Acceptance
from badgedesk.services.backpack import BackpackBadge
from badgedesk.ui.api_words import acceptance_text
from badgedesk.ui.dates import display_date
from badgedesk.ui.style import muted_brush, warning_brush

BADGE_KEYS_MIME = "application/x-badgedesk-backpack-badges"
"""Dragged backpack badges: a JSON list of entityIds."""

BADGE, ISSUER, ISSUED, ACCEPTANCE = range(4)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1

AnyIndex = QModelIndex | QPersistentModelIndex


def badge_keys(mime: QMimeData) -> list[str]:
    """The entityIds a drag carries; empty when it carries something else."""
    if not mime.hasFormat(BADGE_KEYS_MIME):
        return []
    try:
        keys = json.loads(bytes(mime.data(BADGE_KEYS_MIME).data()).decode())
    except ValueError:
        return []
    return [str(key) for key in keys] if isinstance(keys, list) else []


class BackpackModel(QAbstractTableModel):
    members_edited = Signal()
    """The user ticked or unticked a badge: ``members`` holds the open collection's badges."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.badges: list[BackpackBadge] = []
        self.members: set[str] | None = None
        """The open collection's badges; None when no collection is open (no checkboxes)."""
        self._icons: dict[str, QIcon] = {}
        self._no_image = _placeholder_icon()

    def set_badges(self, badges: Sequence[BackpackBadge]) -> None:
        self.beginResetModel()
        self.badges = list(badges)
        self.endResetModel()

    def set_members(self, members: set[str] | None) -> None:
        self.members = None if members is None else set(members)
        self._changed(BADGE)

    def set_icon(self, url: str, icon: QIcon) -> None:
        self._icons[url] = icon
        self._changed(BADGE)

    def replace(self, badge: BackpackBadge) -> None:
        """Show what the server now says of one badge."""
        for row, shown in enumerate(self.badges):
            if shown.key == badge.key:
                self.badges[row] = badge
                self.dataChanged.emit(self.index(row, 0), self.index(row, ACCEPTANCE))
                return

    def remove(self, key: str) -> None:
        for row, shown in enumerate(self.badges):
            if shown.key == key:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.badges[row]
                self.endRemoveRows()
                return

    def find(self, key: str) -> BackpackBadge | None:
        return next((badge for badge in self.badges if badge.key == key), None)

    def _changed(self, column: int) -> None:
        if self.badges:
            self.dataChanged.emit(self.index(0, column), self.index(len(self.badges) - 1, column))

    # ------------------------------------------------------------ Qt model

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.badges)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("BackpackModel", "Badge"),
                QCoreApplication.translate("BackpackModel", "Issuer"),
                QCoreApplication.translate("BackpackModel", "Issued"),
                QCoreApplication.translate("BackpackModel", "Acceptance"),
            )[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index) | Qt.ItemFlag.ItemIsDragEnabled
        if self.members is not None and index.column() == BADGE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        badge = self.badges[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(badge, column)
        if role == SORT_ROLE:
            if column == ISSUED:
                return (badge.assertion.issued_on or datetime.min).isoformat()
            return self._text(badge, column).casefold()
        if role == Qt.ItemDataRole.DecorationRole and column == BADGE:
            return self._icons.get(badge.image_url or "", self._no_image)
        if role == Qt.ItemDataRole.CheckStateRole and column == BADGE and self.members is not None:
            ticked = badge.key in self.members
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and column == BADGE:
            return badge.description or badge.name
        if role == Qt.ItemDataRole.ForegroundRole and badge.acceptance == Acceptance.REJECTED:
            return muted_brush()
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == ACCEPTANCE
            and badge.acceptance == Acceptance.UNACCEPTED
        ):
            return warning_brush()
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._text(badge, column)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or self.members is None or not index.isValid():
            return False
        key = self.badges[index.row()].key
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.members.add(key)
        else:
            self.members.discard(key)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.members_edited.emit()
        return True

    def _text(self, badge: BackpackBadge, column: int) -> str:
        if column == BADGE:
            return badge.name
        if column == ISSUER:
            return badge.issuer
        if column == ISSUED:
            return display_date(badge.assertion.issued_on)
        return acceptance_text(badge.acceptance)

    def mimeTypes(self) -> list[str]:
        return [BADGE_KEYS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        keys = list(dict.fromkeys(self.badges[i.row()].key for i in indexes if i.isValid()))
        mime = QMimeData()
        mime.setData(BADGE_KEYS_MIME, json.dumps(keys).encode())
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction


def _placeholder_icon(size: int = 64) -> QIcon:
    """A faint ring where a badge has no image, so names stay in line."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    painter.setPen(QPen(colour, size / 16, Qt.PenStyle.DashLine))
    margin = size // 8
    painter.drawEllipse(margin, margin, size - 2 * margin, size - 2 * margin)
    painter.end()
    return QIcon(pixmap)


class BackpackFilter(QSortFilterProxyModel):
    """Rows whose name, issuer or recipient hold the text, with the chosen acceptance. Badges
    removed in this session are not in the backpack: only asking for them shows them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.acceptance: str | None = None
        self.setSortRole(SORT_ROLE)

    def set_filter(self, text: str, acceptance: str | None) -> None:
        self.beginFilterChange()
        self.text = text.strip().casefold()
        self.acceptance = acceptance
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, BackpackModel)
        badge = model.badges[source_row]
        if self.acceptance is None and badge.removed:
            return False
        if self.acceptance is not None and badge.acceptance != self.acceptance:
            return False
        if not self.text:
            return True
        recipient = badge.assertion.recipient
        haystack = " ".join(
            (badge.name, badge.issuer, recipient.display if recipient else "")
        ).casefold()
        return self.text in haystack

    def badge_at(self, row: int) -> BackpackBadge:
        model = self.sourceModel()
        assert isinstance(model, BackpackModel)
        return model.badges[self.mapToSource(self.index(row, 0)).row()]
