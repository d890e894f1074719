"""Collections of the backpack: the list badges are dropped on, the dialog that creates or edits
one, and the share panel of a published one."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QUrl, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from badgedesk.api.errors import ApiError
from badgedesk.api.models import Collection
from badgedesk.services.tasks import Tasks
from badgedesk.ui.assertions.detail import open_web_link
from badgedesk.ui.clipboard import copy_from
from badgedesk.ui.errors import error_words
from badgedesk.ui.fit import fit_to_screen
from badgedesk.ui.models.backpack import badge_keys
from badgedesk.ui.style import error_label

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class CollectionsList(QListWidget):
    """The collections, by name; the first row, "All badges", opens none. Badges dragged from
    the table onto a collection are added to it."""

    badges_dropped = Signal(str, list)
    """(collection entityId, badge entityIds)"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setAccessibleName(QCoreApplication.translate("BackpackCollections", "Collections"))
        self.collections: dict[str, Collection] = {}

    def show_collections(self, collections: list[Collection], current: str | None) -> None:
        self.blockSignals(True)
        self.clear()
        self.collections = {c.key: c for c in collections}
        everything = QListWidgetItem(
            QCoreApplication.translate("BackpackCollections", "All badges")
        )
        everything.setToolTip(
            QCoreApplication.translate(
                "BackpackCollections", "Every badge in your backpack, no collection open"
            )
        )
        self.addItem(everything)
        chosen = everything
        for collection in collections:
            item = QListWidgetItem()
            item.setData(KEY_ROLE, collection.key)
            self.addItem(item)
            self.describe(collection)
            if collection.key == current:
                chosen = item
        self.setCurrentItem(chosen)
        self.blockSignals(False)

    def describe(self, collection: Collection) -> None:
        """Update one row after the collection changed on the server."""
        self.collections[collection.key] = collection
        item = self._item(collection.key)
        if item is None:
            return
        count = len(collection.assertions)
        shared = (
            QCoreApplication.translate("BackpackCollections", " · shared")
            if collection.published
            else ""
        )
        item.setText(
            QCoreApplication.translate(
                "BackpackCollections", "{name} (%n badge(s))", None, count
            ).format(name=collection.name)
            + shared
        )
        item.setToolTip(collection.description or collection.name)

    def current_collection(self) -> Collection | None:
        item = self.currentItem()
        key = item.data(KEY_ROLE) if item is not None else None
        return self.collections.get(key) if key else None

    def select(self, key: str | None) -> None:
        item = self._item(key) if key else self.item(0)
        if item is not None:
            self.setCurrentItem(item)

    def _item(self, key: str) -> QListWidgetItem | None:
        for row in range(self.count()):
            item = self.item(row)
            if item.data(KEY_ROLE) == key:
                return item
        return None

    def _target(self, position: QPoint) -> str | None:
        item = self.itemAt(position)
        key = item.data(KEY_ROLE) if item is not None else None
        return str(key) if key else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if badge_keys(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if badge_keys(event.mimeData()) and self._target(event.position().toPoint()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        keys = badge_keys(event.mimeData())
        target = self._target(event.position().toPoint())
        if not keys or target is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.badges_dropped.emit(target, keys)


SaveCollection = Callable[[str, str, bool], Awaitable[Collection]]
"""(name, description, published) → the collection as the server saved it."""


class CollectionDialog(QDialog):
    """Name, description and whether it is shared. Saving happens here, so the server's
    complaints appear next to the field they concern and nothing typed is lost."""

    saved = Signal(object)
    """The ``Collection`` once the server has it."""

    def __init__(
        self,
        save: SaveCollection,
        collection: Collection | None = None,
        *,
        adding: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.saving: asyncio.Future[None] | None = None
        self._tasks = Tasks("Collection dialog")
        self.setWindowTitle(
            QCoreApplication.translate("BackpackCollections", "Edit collection")
            if collection
            else QCoreApplication.translate("BackpackCollections", "New collection")
        )
        self.name_edit = QLineEdit(collection.name if collection else "")
        self.name_edit.setAccessibleName(
            QCoreApplication.translate("BackpackCollections", "Collection name")
        )
        self.name_edit.setMaxLength(128)
        self.name_error = error_label(
            QCoreApplication.translate("BackpackCollections", "Problem with the name")
        )
        self.description_edit = QPlainTextEdit((collection.description or "") if collection else "")
        self.description_edit.setAccessibleName(
            QCoreApplication.translate("BackpackCollections", "Description")
        )
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 5)
        self.description_error = error_label(
            QCoreApplication.translate("BackpackCollections", "Problem with the description")
        )
        self.published_box = QCheckBox(
            QCoreApplication.translate(
                "BackpackCollections", "&Shared: anyone with the link can see it"
            )
        )
        self.published_box.setChecked(collection.published if collection else False)
        self.published_box.setAccessibleName(
            QCoreApplication.translate("BackpackCollections", "Shared with a link")
        )
        self.error_label = error_label(
            QCoreApplication.translate("BackpackCollections", "Problem saving")
        )
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("BackpackCollections", "&Name:"), self.name_edit)
        form.addRow("", self.name_error)
        form.addRow(
            QCoreApplication.translate("BackpackCollections", "&Description:"),
            self.description_edit,
        )
        form.addRow("", self.description_error)
        form.addRow("", self.published_box)
        self.adding_label = QLabel(
            QCoreApplication.translate(
                "BackpackCollections", "The %n selected badge(s) will be put in it.", None, adding
            )
        )
        self.adding_label.setVisible(adding > 0 and collection is None)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(
            QCoreApplication.translate("BackpackCollections", "Save the collection")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            QCoreApplication.translate("BackpackCollections", "Cancel")
        )
        self.buttons.accepted.connect(self.on_save)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.adding_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 460, self.sizeHint().height())
        self._update()

    def _update(self) -> None:
        self.save_button.setEnabled(bool(self.name_edit.text().strip()) and self.saving is None)

    def on_save(self) -> None:
        if self.saving is None and self.name_edit.text().strip():
            self.saving = self._tasks.spawn(self._save_now())

    async def _save_now(self) -> None:
        for label in (self.name_error, self.description_error, self.error_label):
            label.hide()
        self._set_busy(True)
        try:
            collection = await self._save(
                self.name_edit.text().strip(),
                self.description_edit.toPlainText().strip(),
                self.published_box.isChecked(),
            )
        except ApiError as error:
            self._show_error(error)
            return
        finally:
            self.saving = None
            self._set_busy(False)
        self.saved.emit(collection)
        self.accept()

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.name_edit, self.description_edit, self.published_box):
            widget.setEnabled(not busy)
        self._update()

    def _show_error(self, error: ApiError) -> None:
        """Field errors beside their field; the rest under the form."""
        fields = {"name": self.name_error, "description": self.description_error}
        rest: list[str] = [*error.non_field_errors, *error.validation_errors]
        for field, messages in error.field_errors.items():
            label = fields.get(field)
            if label is None:
                rest += [f"{field}: {message}" for message in messages]
            else:
                label.setText("\n".join(messages))
                label.show()
        if rest or not error.field_errors:
            self.error_label.setText("\n".join(rest) or error_words(error))
            self.error_label.show()


class SharePanel(QWidget):
    """A shared collection's link, to copy or open; what to do when it is not shared."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.url = ""
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.state_label.setAccessibleName(
            QCoreApplication.translate("BackpackCollections", "Sharing")
        )
        self.link_edit = QLineEdit()
        self.link_edit.setReadOnly(True)
        self.link_edit.setAccessibleName(
            QCoreApplication.translate("BackpackCollections", "Share link")
        )
        self.copy_button = QPushButton(
            QCoreApplication.translate("BackpackCollections", "&Copy link")
        )
        self.copy_button.setAccessibleName(
            QCoreApplication.translate("BackpackCollections", "Copy the share link")
        )
        self.copy_button.clicked.connect(self.copy_link)
        self.open_button = QPushButton(
            QCoreApplication.translate("BackpackCollections", "Open in &browser")
        )
        self.open_button.setAccessibleName(
            QCoreApplication.translate("BackpackCollections", "Open the share link in the browser")
        )
        self.open_button.clicked.connect(lambda: open_web_link(QUrl(self.url)))
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.state_label)
        layout.addWidget(self.link_edit)
        layout.addLayout(buttons)
        self.show_collection(None)

    def show_collection(self, collection: Collection | None) -> None:
        self.url = (collection.share_url or "") if collection else ""
        self.link_edit.setText(self.url)
        self.link_edit.setCursorPosition(0)
        for widget in (self.link_edit, self.copy_button, self.open_button):
            widget.setVisible(bool(self.url))
        if collection is None:
            self.state_label.setText(
                QCoreApplication.translate(
                    "BackpackCollections",
                    "Open a collection to tick the badges it holds, or drag badges onto one.",
                )
            )
        elif self.url:
            self.state_label.setText(
                QCoreApplication.translate(
                    "BackpackCollections", "Tick the badges it holds, or drag badges onto it."
                )
                + "\n"
                + QCoreApplication.translate(
                    "BackpackCollections", "Shared: anyone with this link can see it."
                )
            )
        else:
            self.state_label.setText(
                QCoreApplication.translate(
                    "BackpackCollections", "Tick the badges it holds, or drag badges onto it."
                )
                + "\n"
                + QCoreApplication.translate(
                    "BackpackCollections",
                    "Not shared. Edit the collection (F2) and tick Shared to get a link.",
                )
            )

    def copy_link(self) -> None:
        copy_from(self.copy_button, self.url)
