"""The revoked awards of a badge class, as the server lists them now: who, when issued, and
the reason given. Loaded page by page (500 awards a request, the revoked kept) without
blocking the window; Cancel stops between requests or abandons the one in flight."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from badgedesk.api.errors import ApiError
from badgedesk.services.assertions import AssertionService
from badgedesk.services.tasks import Tasks
from badgedesk.ui.actions import action_button, tab_action
from badgedesk.ui.errors import error_words
from badgedesk.ui.models.revocations import ENTITY_ID, ISSUED, REASON, RECIPIENT, RevokedModel
from badgedesk.ui.style import error_label


class RevokedView(QWidget):
    """Choose a badge class, Load, and read its revoked awards."""

    def __init__(
        self,
        service: Callable[[], AssertionService | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Revoked awards"))
        self.service = service
        self.tasks = Tasks("the revoked awards view", self._on_task_failed)
        self.loading = False
        self.error: str | None = None
        """The last load's error, as shown; ``None`` when it went well."""
        self.pages = 0
        self._task: asyncio.Future[None] | None = None
        self._generation = 0
        self.shown: str | None = None
        """The badge class whose revoked awards are listed (or being listed)."""

        self.badgeclass_box = QComboBox()
        self.badgeclass_box.setAccessibleName(self.tr("Badge class"))
        self.badgeclass_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.badgeclass_box.setMinimumContentsLength(28)
        self.badgeclass_box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.badgeclass_box.setPlaceholderText(self.tr("No badge class known yet"))
        self.badgeclass_box.currentIndexChanged.connect(lambda _i: self._update_actions())
        label = QLabel(self.tr("Bad&ge class:"))
        label.setBuddy(self.badgeclass_box)

        self.load_action = tab_action(self, self.tr("&Load"), "F5", self.on_load)
        self.load_action.setToolTip(self.tr("List the badge class's revoked awards (F5)"))
        self.cancel_action = tab_action(self, self.tr("Ca&ncel"), Qt.Key.Key_Escape, self.cancel)
        self.cancel_action.setToolTip(self.tr("Stop loading (Esc); what is listed stays"))
        self.load_button = action_button(self.load_action, self.tr("Load the revoked awards"))
        self.cancel_button = action_button(self.cancel_action, self.tr("Cancel loading"))
        self.cancel_button.hide()

        self.progress_bar = QProgressBar()
        self.progress_bar.setAccessibleName(self.tr("Loading"))
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumWidth(self.fontMetrics().averageCharWidth() * 16)
        self.progress_bar.hide()
        self.progress_label = QLabel(
            self.tr("Choose a badge class and Load to list its revoked awards.")
        )
        self.progress_label.setAccessibleName(self.tr("Load progress"))
        self.progress_label.setTextFormat(Qt.TextFormat.PlainText)
        self.progress_label.setWordWrap(True)
        self.error_label = error_label(self.tr("Load error"))
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.model = RevokedModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Revoked awards"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self._size_columns()

        chooser = QHBoxLayout()
        chooser.addWidget(label)
        chooser.addWidget(self.badgeclass_box, 1)
        chooser.addWidget(self.load_button)
        chooser.addWidget(self.cancel_button)
        progress = QHBoxLayout()
        progress.addWidget(self.progress_bar)
        progress.addWidget(self.progress_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(chooser)
        layout.addWidget(self.error_label)
        layout.addLayout(progress)
        layout.addWidget(self.table, 1)
        self._update_actions()

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        metrics = self.table.fontMetrics()
        padding = metrics.averageCharWidth() * 3
        self.table.setColumnWidth(
            RECIPIENT, metrics.horizontalAdvance("firstname.lastname@example.edu") + padding
        )
        self.table.setColumnWidth(ISSUED, metrics.horizontalAdvance("2026-12-31") + padding)
        # An entityId is 22 URL-safe characters, shown in a fixed-width font.
        fixed = QFontMetrics(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.table.setColumnWidth(ENTITY_ID, fixed.horizontalAdvance("M" * 22) + padding)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)

    def _on_task_failed(self, error: BaseException) -> None:
        self._show_error(self.tr("Something went wrong: {error}").format(error=error))

    def _update_actions(self) -> None:
        self.load_action.setEnabled(self.badgeclass_box.currentIndex() >= 0)
        self.cancel_action.setEnabled(self.loading)
        self.cancel_button.setVisible(self.loading)

    # ------------------------------------------------------------ badge classes

    def set_badgeclasses(self, choices: Sequence[tuple[str, str]]) -> None:
        """(entity id, "name — issuer") of every badge class; the chosen one stays chosen."""
        current = self.badgeclass_box.currentData()
        self.badgeclass_box.blockSignals(True)
        self.badgeclass_box.clear()
        for entity_id, text in choices:
            self.badgeclass_box.addItem(text, entity_id)
        found = self.badgeclass_box.findData(current) if current is not None else -1
        self.badgeclass_box.setCurrentIndex(found if found >= 0 else (0 if choices else -1))
        self.badgeclass_box.blockSignals(False)
        self._update_actions()

    def _name_of(self, badgeclass_id: str) -> str:
        found = self.badgeclass_box.findData(badgeclass_id)
        text = self.badgeclass_box.itemText(found) if found >= 0 else badgeclass_id
        return text.split(" — ", 1)[0]

    # ------------------------------------------------------------ loading

    def on_load(self) -> None:
        badgeclass_id = self.badgeclass_box.currentData()
        if isinstance(badgeclass_id, str):
            self.tasks.spawn(self.load(badgeclass_id))

    def cancel(self) -> None:
        """Stop the load under way; the awards listed so far stay."""
        if self._task is not None:
            self._task.cancel()

    async def load(self, badgeclass_id: str) -> int:
        """List the revoked awards of a badge class, page after page; returns how many were
        listed. A load under way gives way to this one."""
        self.cancel()
        self._generation += 1
        generation = self._generation
        self.shown = badgeclass_id
        self.model.clear()
        self.pages = 0
        self._clear_error()
        found = self.badgeclass_box.findData(badgeclass_id)
        if found >= 0 and found != self.badgeclass_box.currentIndex():
            self.badgeclass_box.setCurrentIndex(found)
        service = self.service()
        if service is None:
            self._set_progress("")
            self._show_error(self.tr("Sign in to list revoked awards."))
            return 0
        task = asyncio.ensure_future(self._pages(service, badgeclass_id, generation))
        self._task = task
        self._set_loading(True)
        self._show_progress()
        try:
            await task
        except asyncio.CancelledError:
            current = asyncio.current_task()
            if current is not None and current.cancelling():
                raise  # this load itself is being cancelled (closing), not just its pages
            if generation == self._generation:
                self._set_progress(
                    self.tr(
                        "Cancelled after %Ln revoked award(s): the list may be incomplete.",
                        "",
                        self.model.rowCount(),
                    )
                )
        except ApiError as error:
            if generation == self._generation:
                count = self.model.rowCount()
                self._set_progress(
                    self.tr(
                        "%Ln revoked award(s) listed before the error. Load to try again.",
                        "",
                        count,
                    )
                    if count
                    else self.tr("Nothing listed. Load to try again.")
                )
                self._show_error(
                    self.tr("Could not list the revoked awards: {error}").format(
                        error=error_words(error)
                    )
                )
        else:
            if generation == self._generation:
                self._show_done(badgeclass_id)
        finally:
            if self._task is task:
                self._task = None
                self._set_loading(False)
        return self.model.rowCount() if generation == self._generation else 0

    async def _pages(self, service: AssertionService, badgeclass_id: str, generation: int) -> None:
        url: str | None = None
        while True:
            page = await service.revoked_page(badgeclass_id, url)
            if generation != self._generation:
                return
            self.pages += 1
            self.model.append(page.items)
            if page.next_url is None:
                return
            url = page.next_url
            self._show_progress()

    def _set_loading(self, loading: bool) -> None:
        self.loading = loading
        self.progress_bar.setVisible(loading)
        self._update_actions()
        if not loading and self.cancel_button.hasFocus():
            self.load_button.setFocus()

    def _set_progress(self, text: str) -> None:
        self.progress_label.setText(text)
        self.progress_label.setVisible(bool(text))

    def _show_progress(self) -> None:
        self._set_progress(self.tr("Loaded %Ln revoked award(s)…", "", self.model.rowCount()))

    def _show_done(self, badgeclass_id: str) -> None:
        count = self.model.rowCount()
        name = self._name_of(badgeclass_id)
        if count == 0:
            text = self.tr("No award of “{name}” is revoked.").format(name=name)
        else:
            text = self.tr("%Ln revoked award(s) of “{name}”.", "", count).format(name=name)
        self._set_progress(text)

    def _show_error(self, text: str) -> None:
        self.error = text
        self.error_label.setText(text)
        self.error_label.show()

    def _clear_error(self) -> None:
        self.error = None
        self.error_label.clear()
        self.error_label.hide()

    async def shutdown(self) -> None:
        """Stop loading and wait for the tasks to end."""
        self.cancel()
        await self.tasks.wait()
