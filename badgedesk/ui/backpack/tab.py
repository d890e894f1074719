"""The Backpack tab: the signed-in person's own badges, and the collections they share.

Badges can be filtered, read in full (the Assertions tab's detail pane), accepted, removed and
imported. Removing is also how a badge is declined (the server takes no "Rejected"): one
issued on this server only leaves the backpack, the award stays valid, and Undo brings it back
at once; an imported one is deleted, so that is asked first. Collections are listed beside
them; opening one makes the table's Badge column a checklist, and badges dragged onto a
collection join it. Membership is saved as it changes, one request at a time per collection,
the newest wish last.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QKeySequence,
    QPixmap,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from badgedesk.api import Acceptance, ApiError, Collection
from badgedesk.services.backpack import BackpackBadge, BackpackService
from badgedesk.services.public_files import PublicFileCache
from badgedesk.ui.actions import action_button, tab_action
from badgedesk.ui.assertions.detail import AssertionDetail
from badgedesk.ui.assertions.tab import error_text
from badgedesk.ui.backpack.collections import CollectionDialog, CollectionsList, SharePanel
from badgedesk.ui.empty_state import backpack_empty_state
from badgedesk.ui.futures import keep, resolve
from badgedesk.ui.models.backpack import (
    ACCEPTANCE,
    BADGE,
    ISSUED,
    ISSUER,
    BackpackFilter,
    BackpackModel,
)
from badgedesk.ui.style import error_label, error_style

ICON_SIZE = 32
ICONS_AT_ONCE = 6
BADGE_FILE_SUFFIXES = (".png", ".svg")


class BackpackTab(QWidget):
    """Badges on the left and in the middle, the chosen one in full on the right."""

    status_message = Signal(str)
    """A short outcome for the window's status bar."""
    sign_in_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service: BackpackService | None = None
        self.images: PublicFileCache | None = None
        self.tasks: set[asyncio.Future[Any]] = set()
        self.loading: asyncio.Future[None] | None = None
        """The listing under way (tests and the shell may await it)."""
        self._stale = False
        """Signed in but not listed yet: listed when the tab is first shown."""
        self.question: QMessageBox | None = None
        """The confirmation being asked, if any."""
        self.removed: list[BackpackBadge] = []
        """Badges issued on this server that this session removed, newest last: Undo accepts
        them again (the server lists them no more, so nothing else would show them)."""
        self._wanted_members: dict[str, list[str]] = {}
        self._saving_members: dict[str, asyncio.Future[None]] = {}
        self.model = BackpackModel(self)
        self.model.members_edited.connect(self._on_members_edited)
        self.proxy = BackpackFilter(self)
        self.proxy.setSourceModel(self.model)

        self.empty = backpack_empty_state()
        self.empty.action_button.clicked.connect(self.sign_in_requested)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self._build_content())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.setAccessibleName(self.tr("Backpack"))
        self.setAcceptDrops(True)
        self._update_actions()

    @property
    def action_button(self) -> QPushButton:
        """The empty state's Sign in button (the window shows it while signed out)."""
        return self.empty.action_button

    # ------------------------------------------------------------ building

    def _build_content(self) -> QWidget:
        action = partial(tab_action, self)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Filter by badge, issuer or recipient"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Filter badges"))
        self.search_edit.textChanged.connect(self._on_filter)
        self.acceptance_combo = QComboBox()
        self.acceptance_combo.setAccessibleName(self.tr("Show badges by acceptance"))
        for text, value in (
            (self.tr("All badges"), None),
            (self.tr("Accepted"), Acceptance.ACCEPTED),
            (self.tr("Not yet accepted"), Acceptance.UNACCEPTED),
            (self.tr("Removed in this session"), Acceptance.REJECTED),
        ):
            self.acceptance_combo.addItem(text, value)
        self.acceptance_combo.currentIndexChanged.connect(self._on_filter)
        show_label = QLabel(self.tr("S&how:"))
        show_label.setBuddy(self.acceptance_combo)
        self.expired_box = QCheckBox(self.tr("E&xpired and revoked too"))
        self.expired_box.setAccessibleName(self.tr("Include expired and revoked badges"))
        self.expired_box.toggled.connect(self.on_refresh)
        self.import_action = action(self.tr("&Import…"), "Ctrl+I", self.on_import)
        self.import_button = action_button(self.import_action, self.tr("Import a badge"))
        self.refresh_action = action(self.tr("Re&fresh"), "F5", self.on_refresh)
        self.refresh_button = action_button(self.refresh_action, self.tr("Reload the backpack"))
        self.find_action = action(
            self.tr("Filter"), QKeySequence.StandardKey.Find, self._focus_search
        )
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(show_label)
        top.addWidget(self.acceptance_combo)
        top.addWidget(self.expired_box)
        top.addStretch(0)
        top.addWidget(self.import_button)
        top.addWidget(self.refresh_button)

        # Collections
        collections_label = QLabel(self.tr("&Collections"))
        self.collections_list = CollectionsList()
        collections_label.setBuddy(self.collections_list)
        self.collections_list.currentItemChanged.connect(self._on_collection_chosen)
        self.collections_list.badges_dropped.connect(self._on_badges_dropped)
        self.new_collection_action = action(
            self.tr("&New…"), QKeySequence.StandardKey.New, self.on_new_collection
        )
        self.edit_collection_action = action(self.tr("&Edit…"), "F2", self.on_edit_collection)
        # Delete deletes the collection in this list, and removes badges in the table.
        self.delete_collection_action = tab_action(
            self.collections_list, self.tr("&Delete…"), "Del", self.on_delete_collection
        )
        self.new_collection_button = action_button(
            self.new_collection_action, self.tr("New collection")
        )
        self.edit_collection_button = action_button(
            self.edit_collection_action, self.tr("Edit the collection")
        )
        self.delete_collection_button = action_button(
            self.delete_collection_action, self.tr("Delete the collection")
        )
        collection_buttons = QHBoxLayout()
        for button in (
            self.new_collection_button,
            self.edit_collection_button,
            self.delete_collection_button,
        ):
            collection_buttons.addWidget(button)
        self.share_panel = SharePanel()
        self.collection_error = error_label(self.tr("Problem with the collection"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(collections_label)
        left_layout.addWidget(self.collections_list, 1)
        left_layout.addLayout(collection_buttons)
        left_layout.addWidget(self.share_panel)
        left_layout.addWidget(self.collection_error)

        # Badges
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Badges in your backpack"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setDragEnabled(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.table.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ISSUED, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(ICON_SIZE + 8)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(BADGE, QHeaderView.ResizeMode.Stretch)
        for column in (ISSUER, ISSUED, ACCEPTANCE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.doubleClicked.connect(self._on_double_click)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Backpack message"))
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.table, 1)
        middle_layout.addWidget(self.message_label)

        # The chosen badge
        self.detail = AssertionDetail()
        self.detail.clear(self.tr("Choose a badge to see it in full."))
        self.accept_action = action(self.tr("&Accept"), "Ctrl+Return", self.on_accept)
        self.accept_action.setToolTip(self.tr("Accept the selected badges"))
        # Removing is declining too: it keeps the keys of both (in the table, where Delete
        # does not mean deleting a collection).
        self.remove_action = tab_action(self.table, self.tr("Re&move"), "Del", self.on_remove)
        self.remove_action.setShortcuts([QKeySequence("Del"), QKeySequence("Ctrl+Backspace")])
        self.remove_action.setToolTip(
            self.tr(
                "Remove or decline the selected badges (Del, Ctrl+Backspace): one issued to "
                "you on this server leaves your backpack and can be brought back; an imported "
                "one is deleted"
            )
        )
        self.undo_action = action(
            self.tr("&Undo removal"), QKeySequence.StandardKey.Undo, self.on_undo
        )
        self.undo_action.setToolTip(
            self.tr("Bring back the badges you just removed (they come back accepted)")
        )
        self.accept_button = action_button(
            self.accept_action, self.tr("Accept the selected badges")
        )
        self.remove_button = action_button(
            self.remove_action, self.tr("Remove the selected badges from your backpack")
        )
        self.undo_button = action_button(
            self.undo_action, self.tr("Bring back the badges just removed")
        )
        self.undo_button.hide()
        badge_buttons = QHBoxLayout()
        for button in (self.accept_button, self.remove_button):
            badge_buttons.addWidget(button)
        badge_buttons.addStretch(1)
        badge_buttons.addWidget(self.undo_button)
        self.badge_error = error_label(self.tr("Problem with the badge"))
        self.removed_label = QLabel(
            self.tr(
                "You removed this badge from your backpack in this session. The award itself "
                "stays valid; Undo (Ctrl+Z) or Accept brings it back, accepted."
            )
        )
        self.removed_label.setWordWrap(True)
        self.removed_label.setAccessibleName(self.tr("Removed badge"))
        self.removed_label.hide()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(badge_buttons)
        right_layout.addWidget(self.badge_error)
        right_layout.addWidget(self.removed_label)
        right_layout.addWidget(self.detail, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(middle)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([220, 520, 360])
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        return content

    # ------------------------------------------------------------ wiring from the shell

    def attach(self, service: BackpackService | None, images: PublicFileCache | None) -> None:
        """Use a (new) session's services and list its backpack; None when signed out."""
        self.service, self.images = service, images
        if service is None:
            self.show_signed_out()
            return
        self.stack.setCurrentIndex(1)
        self._stale = True
        if self.isVisible():
            self._load()

    def showEvent(self, event: QShowEvent) -> None:
        """The backpack is listed when first looked at, not at every sign-in."""
        super().showEvent(event)
        if self._stale and self.service is not None:
            self._load()

    def _load(self) -> None:
        self._stale = False
        self.loading = keep(self.tasks, self.reload())

    def show_signed_out(self) -> None:
        self.service = None
        for task in list(self.tasks):
            task.cancel()
        self.model.set_badges([])
        self.collections_list.show_collections([], None)
        self.removed.clear()
        self.detail.clear(self.tr("Choose a badge to see it in full."))
        self.stack.setCurrentIndex(0)
        self._update_actions()

    async def shutdown(self) -> None:
        """Let writes under way end (their audit entries need the database), drop the rest."""
        pending = [task for task in self.tasks if not task.done()]
        for task in pending:
            if task is self.loading:
                task.cancel()
        with contextlib.suppress(Exception, asyncio.CancelledError):
            await asyncio.wait_for(asyncio.gather(*pending, return_exceptions=True), 10)

    # ------------------------------------------------------------ listing

    def on_refresh(self, _checked: bool = False) -> None:
        if self.service is not None and (self.loading is None or self.loading.done()):
            self._load()

    async def reload(self) -> None:
        """The badges and collections as the server has them now; the selection, the open
        collection and the filter stay."""
        service = self.service
        if service is None:
            return
        selected = [badge.key for badge in self.selected_badges()]
        self.message_label.setStyleSheet("")
        self.message_label.setText(self.tr("Loading your backpack…"))
        self.refresh_button.setEnabled(False)
        try:
            badges, collections = await asyncio.gather(
                service.badges(include_expired_and_revoked=self.expired_box.isChecked()),
                service.collections(),
            )
        except ApiError as error:
            self.message_label.setStyleSheet(error_style())
            self.message_label.setText(self.tr("Could not load your backpack: %s") % error)
            return
        finally:
            self.refresh_button.setEnabled(True)
        current = self.collections_list.current_collection()
        shown = {badge.key for badge in badges}
        self.model.set_badges(badges + [b for b in self.removed if b.key not in shown])
        self.collections_list.show_collections(collections, current.key if current else None)
        self._on_collection_chosen()
        self._select(selected)
        self._show_count()
        keep(self.tasks, self._load_icons(badges))

    def _show_count(self) -> None:
        """How many badges are shown; removed ones are not counted as in the backpack."""
        self.message_label.setStyleSheet("")
        shown = self.proxy.rowCount()
        if self.proxy.acceptance == Acceptance.REJECTED:
            self.message_label.setText(self._removed_text(shown))
            return
        total = sum(not badge.removed for badge in self.model.badges)
        if total == 0:
            self.message_label.setText(
                self.tr(
                    "Your backpack is empty. Badges awarded to your verified email addresses "
                    "appear here; import one from elsewhere with Import… (Ctrl+I), or drop a "
                    "badge image here."
                )
            )
        elif shown == 0:
            self.message_label.setText(self.tr("No badge matches the filter."))
        elif shown < total:
            self.message_label.setText(
                self.tr("{shown} of {total} badges").format(shown=shown, total=total)
            )
        else:
            self.message_label.setText(
                self.tr("1 badge") if total == 1 else self.tr("{total} badges").format(total=total)
            )

    def _removed_text(self, count: int) -> str:
        """What the "Removed in this session" view holds, and why no others can be shown."""
        if count == 0:
            return self.tr(
                "You have removed no badge in this session. The server does not list removed "
                "badges, so only those removed here can be shown."
            )
        if count == 1:
            return self.tr(
                "1 badge removed in this session. The award stays valid; Undo (Ctrl+Z) or "
                "Accept brings it back."
            )
        return self.tr(
            "{count} badges removed in this session. The awards stay valid; Undo (Ctrl+Z) or "
            "Accept brings them back."
        ).format(count=count)

    async def _load_icons(self, badges: list[BackpackBadge]) -> None:
        images = self.images
        if images is None:
            return
        limit = asyncio.Semaphore(ICONS_AT_ONCE)

        async def load(url: str) -> None:
            async with limit:
                data = await images.get(url)
            pixmap = QPixmap()
            if data and pixmap.loadFromData(data):
                self.model.set_icon(url, QIcon(pixmap))

        urls = {badge.image_url for badge in badges if badge.image_url}
        await asyncio.gather(*(load(url) for url in urls))

    def _on_filter(self) -> None:
        self.proxy.set_filter(self.search_edit.text(), self.acceptance_combo.currentData())
        self._show_count()

    def _focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    # ------------------------------------------------------------ the chosen badges

    def selected_badges(self) -> list[BackpackBadge]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.proxy.badge_at(row) for row in rows]

    def _select(self, keys: list[str]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in range(self.proxy.rowCount()):
            if self.proxy.badge_at(row).key in keys:
                index = self.proxy.index(row, 0)
                selection.select(index, flags)
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
                self.table.scrollTo(index)

    def _on_selection(self) -> None:
        """The user chose other badges: an earlier refusal no longer concerns them."""
        self.badge_error.hide()
        self._show_selection()

    def _show_selection(self) -> None:
        badges = self.selected_badges()
        if not badges:
            self.detail.clear(self.tr("Choose a badge to see it in full."))
        else:
            self._show_detail(badges[-1])
        self.removed_label.setVisible(bool(badges) and badges[-1].removed)
        self._update_actions()

    def _show_detail(self, badge: BackpackBadge) -> None:
        self.detail.show_assertion(
            badge.assertion, badgeclass_name=badge.name, issuer_name=badge.issuer or None
        )
        if badge.image_url and self.images is not None:
            keep(self.tasks, self._detail_image(badge.key, badge.image_url))

    async def _detail_image(self, key: str, url: str) -> None:
        assert self.images is not None
        data = await self.images.get(url)
        if self.detail.assertion is not None and self.detail.assertion.key == key:
            self.detail.set_image(data)

    def _on_double_click(self, index: QModelIndex) -> None:
        self.detail.browser.setFocus()

    def _update_actions(self) -> None:
        online = self.service is not None
        badges = self.selected_badges() if online else []
        self.accept_action.setEnabled(any(b.acceptance != Acceptance.ACCEPTED for b in badges))
        self.remove_action.setEnabled(any(not b.removed for b in badges))
        self.undo_action.setEnabled(online and bool(self.removed))
        self.undo_button.setVisible(bool(self.removed))
        for made in (self.import_action, self.refresh_action, self.new_collection_action):
            made.setEnabled(online)
        chosen = online and self.collections_list.current_collection() is not None
        self.edit_collection_action.setEnabled(chosen)
        self.delete_collection_action.setEnabled(chosen)

    # ------------------------------------------------------------ accept, remove, undo

    def on_accept(self, _checked: bool = False) -> None:
        keep(self.tasks, self._accept_selected())

    async def _accept_selected(self) -> None:
        await self._each(
            [b for b in self.selected_badges() if b.acceptance != Acceptance.ACCEPTED],
            self.tr("accept"),
            self._accept,
        )

    async def _accept(self, badge: BackpackBadge) -> None:
        """Accept, or bring back a badge this session removed."""
        assert self.service is not None
        accepted = await self.service.accept(badge)
        self.removed = [b for b in self.removed if b.key != badge.key]
        self.model.replace(accepted)

    async def _remove(self, badge: BackpackBadge) -> None:
        assert self.service is not None
        removed = await self.service.remove(badge)
        if removed is None:
            self.model.remove(badge.key)
        else:
            self.model.replace(removed)
            self.removed.append(removed)

    async def _each(self, badges: list[BackpackBadge], verb: str, act: Any) -> int:
        """Act on each badge in turn; the first refusal stops the rest and is shown beside
        the badge it concerns. Returns how many were done."""
        done = 0
        self.badge_error.hide()
        for badge in badges:
            try:
                await act(badge)
            except ApiError as error:
                self.table.selectionModel().blockSignals(True)
                self._select([badge.key])
                self.table.selectionModel().blockSignals(False)
                self.badge_error.setText(
                    self.tr("Could not {verb} “{name}”:\n{error}").format(
                        verb=verb, name=badge.name, error=error_text(error)
                    )
                )
                self.badge_error.show()
                break
            done += 1
        self._show_selection()
        self._show_count()
        return done

    def on_remove(self, _checked: bool = False) -> None:
        keep(self.tasks, self._remove_selected())

    async def _remove_selected(self) -> None:
        """Remove (decline) the selected badges. Only an imported badge is asked about first:
        it is deleted for good, while one issued on this server can be brought back by Undo."""
        badges = [b for b in self.selected_badges() if not b.removed]
        if not badges:
            return
        if any(b.imported for b in badges) and not await self._confirm_deletion(badges):
            return
        done = badges[: await self._each(badges, self.tr("remove"), self._remove)]
        if done:
            self.status_message.emit(self._removed_message(done))

    def _removed_message(self, done: list[BackpackBadge]) -> str:
        """The outcome for the status bar, with the way back where there is one."""
        kept = sum(not b.imported for b in done)
        if len(done) == 1:
            text = self.tr("Removed “{name}” from your backpack.").format(name=done[0].name)
        else:
            text = self.tr("Removed {count} badges from your backpack.").format(count=len(done))
        if kept == len(done) == 1:
            return text + " " + self.tr("Undo (Ctrl+Z) brings it back.")
        if kept == len(done):
            return text + " " + self.tr("Undo (Ctrl+Z) brings them back.")
        if kept:
            return text + " " + self.tr("Undo (Ctrl+Z) brings back those issued on this server.")
        return text

    async def _confirm_deletion(self, badges: list[BackpackBadge]) -> bool:
        """Ask before a removal that deletes imported badges (it cannot be undone here); say
        what happens to each kind of badge chosen."""
        local = [b for b in badges if not b.imported]
        imported = [b for b in badges if b.imported]
        if len(badges) == 1:
            title = self.tr("Delete “{name}” from your backpack?").format(name=badges[0].name)
        elif local:
            title = self.tr("Remove {count} badges from your backpack?").format(count=len(badges))
        else:
            title = self.tr("Delete {count} badges from your backpack?").format(count=len(badges))
        parts = [
            self.tr(
                "Imported from elsewhere ({sources}): deleted from your backpack on this "
                "server. This cannot be undone here; to have it back, import it again from "
                "its address."
            ).format(sources=", ".join(_source(b, named=len(badges) > 1) for b in imported))
        ]
        if local:
            parts.append(
                self.tr(
                    "Issued to you on this server ({names}): leaves your backpack. The award "
                    "itself stays valid, and Undo (Ctrl+Z) brings it back."
                ).format(names=", ".join(b.name for b in local))
            )
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Remove badges"),
            title,
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText("\n\n".join(parts))
        delete = box.addButton(
            self.tr("Delete") if not local else self.tr("Remove"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return await self._ask(box, delete)

    async def _ask(self, box: QMessageBox, yes: QPushButton) -> bool:
        """Open ``box`` (never exec) and wait for the answer; True if ``yes`` was clicked."""
        self.question = box
        answered: asyncio.Future[bool] = asyncio.get_running_loop().create_future()

        def on_finished(_code: int) -> None:
            resolve(answered, box.clickedButton() is yes)

        box.finished.connect(on_finished)
        box.finished.connect(box.deleteLater)
        box.open()
        try:
            return await answered
        finally:
            self.question = None

    def on_undo(self, _checked: bool = False) -> None:
        keep(self.tasks, self._undo_removal())

    async def _undo_removal(self) -> None:
        """Accept again every badge this session removed (the server's own way back); those
        not brought back stay for the next Undo."""
        removed, self.removed = self.removed, []
        self._update_actions()
        done = await self._each(removed, self.tr("bring back"), self._accept)
        self.removed = removed[done:] + self.removed
        if done and done == len(removed):  # else the refusal stays selected and shown
            self._select([badge.key for badge in removed])
        self._update_actions()
        if done == 1:
            self.status_message.emit(
                self.tr("Brought back “{name}”, accepted.").format(name=removed[0].name)
            )
        elif done:
            self.status_message.emit(
                self.tr("Brought back {count} badges, accepted.").format(count=done)
            )

    # ------------------------------------------------------------ import

    def on_import(self, _checked: bool = False, path: Path | None = None) -> None:
        from badgedesk.ui.backpack.import_dialog import ImportBadgeDialog

        if self.service is None:
            return
        dialog = ImportBadgeDialog(self.service, self)
        self.import_dialog = dialog
        dialog.imported.connect(self._on_imported)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        if path is not None:
            dialog.load_file(path)

    def _on_imported(self, badge: BackpackBadge) -> None:
        self.removed = [b for b in self.removed if b.key != badge.key]
        if self.model.find(badge.key) is None:
            self.model.set_badges([*self.model.badges, badge])
        else:
            self.model.replace(badge)
        keep(self.tasks, self._load_icons([badge]))
        self._select([badge.key])
        self._show_count()
        self.status_message.emit(self.tr("Imported “%s” into your backpack.") % badge.name)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.service is not None and _badge_file(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _badge_file(event.mimeData().urls())
        if path is None or self.service is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.on_import(path=path)

    # ------------------------------------------------------------ collections

    def _on_collection_chosen(self, *_args: object) -> None:
        collection = self.collections_list.current_collection()
        self.collection_error.hide()
        self.share_panel.show_collection(collection)
        if collection is None:
            self.model.set_members(None)
        else:
            wanted = self._wanted_members.get(collection.key, collection.assertions)
            self.model.set_members(set(wanted))
        self._update_actions()

    def _on_members_edited(self) -> None:
        collection = self.collections_list.current_collection()
        if collection is None or self.model.members is None:
            return
        ticked = self.model.members
        kept = [key for key in collection.assertions if key in ticked]
        self._save_members(collection, kept + sorted(ticked - set(kept)))

    def _on_badges_dropped(self, key: str, keys: list[str]) -> None:
        collection = self.collections_list.collections.get(key)
        if collection is None:
            return
        members = self._wanted_members.get(key, collection.assertions)
        added = [k for k in keys if k not in members]
        if not added:
            self.status_message.emit(self.tr("Already in “%s”.") % collection.name)
            return
        if self.collections_list.current_collection() is collection:
            self.model.set_members({*members, *added})
        self._save_members(collection, [*members, *added])
        self.status_message.emit(
            self.tr("Adding %d badge(s) to “%s”…") % (len(added), collection.name)
        )

    def _save_members(self, collection: Collection, members: list[str]) -> None:
        """Queue the newest membership of ``collection``; one request at a time goes."""
        self._wanted_members[collection.key] = members
        if collection.key not in self._saving_members:
            self._saving_members[collection.key] = keep(
                self.tasks, self._send_members(collection.key)
            )

    async def _send_members(self, key: str) -> None:
        try:
            while key in self._wanted_members and self.service is not None:
                members = self._wanted_members[key]
                collection = self.collections_list.collections[key]
                try:
                    saved = await self.service.set_members(collection, members)
                except ApiError as error:
                    del self._wanted_members[key]
                    self._members_failed(collection, error)
                    return
                if self._wanted_members.get(key) is members:
                    del self._wanted_members[key]
                self.collections_list.describe(saved)
                if (
                    self.collections_list.current_collection() is saved
                    and key not in self._wanted_members
                ):
                    self.model.set_members(set(saved.assertions))
                    self.share_panel.show_collection(saved)
        finally:
            del self._saving_members[key]

    def _members_failed(self, collection: Collection, error: ApiError) -> None:
        """Show the collection as the server still has it, and say why."""
        self.collections_list.select(collection.key)
        self.model.set_members(set(collection.assertions))
        self.collection_error.setText(
            self.tr("Could not change the badges of “%s”:\n%s")
            % (collection.name, error_text(error))
        )
        self.collection_error.show()

    def saving_members(self) -> list[Awaitable[None]]:
        """Membership saves under way (tests await them)."""
        return list(self._saving_members.values())

    def on_new_collection(self, _checked: bool = False) -> None:
        service = self.service
        if service is None:
            return
        members = [badge.key for badge in self.selected_badges()]

        async def save(name: str, description: str, published: bool) -> Collection:
            created = await service.create_collection(name, description, published)
            if members:  # sent once the collection is listed, so a refusal shows beside it
                self._wanted_members[created.key] = members
            return created

        self._open_collection_dialog(CollectionDialog(save, adding=len(members), parent=self))

    def on_edit_collection(self, _checked: bool = False) -> None:
        service = self.service
        collection = self.collections_list.current_collection()
        if service is None or collection is None:
            return

        def save(name: str, description: str, published: bool) -> Awaitable[Collection]:
            return service.update_collection(collection, name, description, published)

        self._open_collection_dialog(CollectionDialog(save, collection, parent=self))

    def _open_collection_dialog(self, dialog: CollectionDialog) -> None:
        self.collection_dialog = dialog
        dialog.saved.connect(self._on_collection_saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _on_collection_saved(self, saved: Collection) -> None:
        collections = list(self.collections_list.collections.values())
        known = any(c.key == saved.key for c in collections)
        collections = [saved if c.key == saved.key else c for c in collections]
        self.collections_list.show_collections(
            collections if known else [*collections, saved], saved.key
        )
        self._on_collection_chosen()
        members = self._wanted_members.get(saved.key)
        if members is not None and saved.key not in self._saving_members:
            self._save_members(saved, members)
        self.status_message.emit(self.tr("Saved the collection “%s”.") % saved.name)

    def on_delete_collection(self, _checked: bool = False) -> None:
        keep(self.tasks, self._delete_current_collection())

    async def _delete_current_collection(self) -> None:
        collection = self.collections_list.current_collection()
        if collection is None or self.service is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete collection"),
            self.tr("Delete the collection “%s”?") % collection.name,
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(
            self.tr("Its badges stay in your backpack.%s")
            % (
                self.tr(" Its share link stops working for everyone you gave it to.")
                if collection.published
                else ""
            )
        )
        delete = box.addButton(self.tr("Delete collection"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if not await self._ask(box, delete):
            return
        try:
            await self.service.delete_collection(collection)
        except ApiError as error:
            self.collection_error.setText(
                self.tr("Could not delete “%s”:\n%s") % (collection.name, error_text(error))
            )
            self.collection_error.show()
            return
        remaining = [
            c for c in self.collections_list.collections.values() if c.key != collection.key
        ]
        self.collections_list.show_collections(remaining, None)
        self._on_collection_chosen()
        self.status_message.emit(self.tr("Deleted the collection “%s”.") % collection.name)


def _source(badge: BackpackBadge, *, named: bool) -> str:
    """Where an imported badge came from (its host), after its name when several are listed."""
    host = urlsplit(badge.assertion.source_url or badge.assertion.open_badge_id or "").hostname
    return f"{badge.name} — {host}" if named else host or ""


def _badge_file(urls: list[Any]) -> Path | None:
    """The first local PNG or SVG among dropped URLs."""
    for url in urls:
        if url.isLocalFile() and url.toLocalFile().lower().endswith(BADGE_FILE_SUFFIXES):
            return Path(url.toLocalFile())
    return None
