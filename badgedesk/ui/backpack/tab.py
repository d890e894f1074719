"""The Backpack tab: the signed-in person's own badges, and the collections they share.

Badges can be filtered, read in full (the Assertions tab's detail pane), accepted, removed and
imported. Removing is also how a badge is declined (the server takes no "Rejected"): one
issued on this server only leaves the backpack, the award stays valid, and Undo brings it back
at once; an imported one is deleted, so that is asked first. Collections are listed beside
them; opening one makes the table's Badge column a checklist, and badges dragged onto a
collection join it. Membership is saved as it changes, one request at a time per collection,
the newest wish last. The rules (the undo list, the merged membership saves, acting until the
first refusal) are the service's: this tab shows and asks.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Sequence
from functools import partial
from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSettings, QSize, Qt, QUrl, Signal
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

from badgedesk.api.errors import ApiError
from badgedesk.api.models import Acceptance, Collection
from badgedesk.services.backpack import BackpackBadge, BackpackService, BadgesOutcome
from badgedesk.services.public_files import PublicFileCache
from badgedesk.services.tasks import Tasks
from badgedesk.ui.actions import action_button, tab_action
from badgedesk.ui.assertions.detail import AssertionDetail
from badgedesk.ui.backpack.collections import CollectionDialog, CollectionsList, SharePanel
from badgedesk.ui.empty_state import backpack_empty_state
from badgedesk.ui.errors import error_words
from badgedesk.ui.fit import remember_splitter, stretch_column
from badgedesk.ui.futures import clicked_yes
from badgedesk.ui.models.backpack import (
    ACCEPTANCE,
    BADGE,
    ISSUED,
    ISSUER,
    BackpackFilter,
    BackpackModel,
)
from badgedesk.ui.style import error_label, set_error_style

ICON_SIZE = 32
ICONS_AT_ONCE = 6
BADGE_FILE_SUFFIXES = (".png", ".svg")
SHUTDOWN_WAIT_SECONDS = 10
"""How long a quit waits for the tab's writes still on their way."""
LOAD = "load"
"""The name of the listing task: a new listing replaces the one under way."""


class BackpackTab(QWidget):
    """Badges on the left and in the middle, the chosen one in full on the right."""

    status_message = Signal(str)
    """A short outcome for the window's status bar."""
    sign_in_requested = Signal()

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        """``settings`` keeps the panes' sizes between runs (None: not kept)."""
        super().__init__(parent)
        self.settings = settings
        self.service: BackpackService | None = None
        self.images: PublicFileCache | None = None
        self.tasks = Tasks("Backpack tab")
        self.loading: asyncio.Future[None] | None = None
        """The listing under way (tests and the shell may await it)."""
        self._stale = False
        """Signed in but not listed yet: listed when the tab is first shown."""
        self.question: QMessageBox | None = None
        """The confirmation being asked, if any."""
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
    def removed(self) -> list[BackpackBadge]:
        """The badges this session removed that Undo would bring back, newest last."""
        return list(self.service.removed) if self.service is not None else []

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
        show_label = QLabel(self.tr("&Show:"))
        show_label.setBuddy(self.acceptance_combo)
        self.expired_box = QCheckBox(self.tr("E&xpired and revoked too"))
        self.expired_box.setAccessibleName(self.tr("Include expired and revoked badges"))
        self.expired_box.toggled.connect(self.on_refresh)
        self.import_action = action(self.tr("&Import…"), "Ctrl+I", self.on_import)
        self.import_button = action_button(self.import_action, self.tr("Import a badge"))
        self.refresh_action = action(self.tr("&Refresh"), "F5", self.on_refresh)
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
        collections_label = QLabel(self.tr("Co&llections"))
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
        stretch_column(self.table, BADGE)
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
        remember_splitter(splitter, self.settings, "backpack/splitter")
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
        self.loading = self.tasks.spawn(self.reload(), name=LOAD)

    def show_signed_out(self) -> None:
        if self.service is not None:
            self.service.session_ended()
        self.service = None
        self.tasks.cancel()
        self.model.set_badges([])
        self.collections_list.show_collections([], None)
        self.detail.clear(self.tr("Choose a badge to see it in full."))
        self.stack.setCurrentIndex(0)
        self._update_actions()

    async def shutdown(self) -> None:
        """Before the HTTP client closes: the listing is dropped; writes under way and the
        membership saves asked for end (their audit entries need the database), for at most
        ``SHUTDOWN_WAIT_SECONDS``; the rest is then cancelled."""
        self.tasks.cancel(LOAD)
        service = self.service

        async def writes_end() -> None:
            await self.tasks.wait()  # a membership asked for reaches the service first
            if service is not None:
                await service.shutdown()

        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(writes_end(), SHUTDOWN_WAIT_SECONDS)
        self.tasks.cancel()

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
            backpack = await service.backpack(
                include_expired_and_revoked=self.expired_box.isChecked()
            )
        except ApiError as error:
            set_error_style(self.message_label)
            self.message_label.setText(
                self.tr("Could not load your backpack: {error}").format(error=error_words(error))
            )
            return
        finally:
            self.refresh_button.setEnabled(True)
        current = self.collections_list.current_collection()
        self.model.set_badges(backpack.badges)
        self.collections_list.show_collections(
            backpack.collections, current.key if current else None
        )
        self._on_collection_chosen()
        self._select(selected)
        self._show_count()
        self.tasks.spawn(self._load_icons(backpack.badges))

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
                self.tr("{shown} of %n badge(s)", "", total).format(shown=shown)
            )
        else:
            self.message_label.setText(self.tr("%n badge(s)", "", total))

    def _removed_text(self, count: int) -> str:
        """What the "Removed in this session" view holds, and why no others can be shown."""
        if count == 0:
            return self.tr(
                "You have removed no badge in this session. The server does not list removed "
                "badges, so only those removed here can be shown."
            )
        return self.tr(
            "%n badge(s) removed in this session. Undo (Ctrl+Z) or Accept brings it(them) back; "
            "removing never revokes an award.",
            "",
            count,
        )

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
            self.tasks.spawn(self._detail_image(badge.key, badge.image_url))

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
        self.tasks.spawn(self._accept_selected())

    async def _accept_selected(self) -> None:
        """Accept the selected badges (and bring back those removed among them)."""
        if self.service is None:
            return
        badges = [b for b in self.selected_badges() if b.acceptance != Acceptance.ACCEPTED]
        self.badge_error.hide()
        self._show_outcome(
            await self.service.accept(badges), self.tr("Could not accept “{name}”:\n{error}")
        )

    def _show_outcome(self, outcome: BadgesOutcome, could_not: str) -> None:
        """Show the badges done as the server now has them, and a refusal beside the badge it
        concerns, in ``could_not`` (a whole translated sentence with {name} and {error})."""
        for badge in outcome.done:
            self.model.replace(badge)
        if outcome.refusal is not None:
            refused = outcome.refusal.badge
            self.table.selectionModel().blockSignals(True)
            self._select([refused.key])
            self.table.selectionModel().blockSignals(False)
            self.badge_error.setText(
                could_not.format(name=refused.name, error=error_words(outcome.refusal.error))
            )
            self.badge_error.show()
        self._show_selection()
        self._show_count()

    def on_remove(self, _checked: bool = False) -> None:
        self.tasks.spawn(self._remove_selected())

    async def _remove_selected(self) -> None:
        """Remove (decline) the selected badges. Only an imported badge is asked about first:
        it is deleted for good, while one issued on this server can be brought back by Undo."""
        badges = [b for b in self.selected_badges() if not b.removed]
        if not badges:
            return
        if any(b.imported for b in badges) and not await self._confirm_deletion(badges):
            return
        if self.service is None:  # signed out while asking
            return
        self.badge_error.hide()
        outcome = await self.service.remove(badges)
        for deleted in outcome.deleted:
            self.model.remove(deleted.key)
        self._show_outcome(outcome, self.tr("Could not remove “{name}”:\n{error}"))
        if done := badges[: len(badges) - len(outcome.not_done)]:
            self.status_message.emit(self._removed_message(done))

    def _removed_message(self, done: list[BackpackBadge]) -> str:
        """The outcome for the status bar, with the way back where there is one."""
        kept = sum(not b.imported for b in done)
        if len(done) == 1:
            text = self.tr("Removed “{name}” from your backpack.").format(name=done[0].name)
        else:
            text = self.tr("Removed %n badge(s) from your backpack.", "", len(done))
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
            title = self.tr("Remove %n badge(s) from your backpack?", "", len(badges))
        else:
            title = self.tr("Delete %n badge(s) from your backpack?", "", len(badges))
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
        """``clicked_yes``, with the open box kept in ``question`` meanwhile."""
        self.question = box
        try:
            return await clicked_yes(box, yes)
        finally:
            self.question = None

    def on_undo(self, _checked: bool = False) -> None:
        self.tasks.spawn(self._undo_removal())

    async def _undo_removal(self) -> None:
        """Bring back every badge this session removed; those not brought back stay for the
        next Undo."""
        if self.service is None:
            return
        undoing = self.service.undo_remove()
        self.undo_action.setEnabled(False)
        self.badge_error.hide()
        outcome = await undoing
        self._show_outcome(outcome, self.tr("Could not bring back “{name}”:\n{error}"))
        if outcome.done and not outcome.not_done:  # else the refusal stays selected and shown
            self._select([badge.key for badge in outcome.done])
        self._update_actions()
        if len(outcome.done) == 1:
            self.status_message.emit(
                self.tr("Brought back “{name}”, accepted.").format(name=outcome.done[0].name)
            )
        elif outcome.done:
            self.status_message.emit(
                self.tr("Brought back %n badge(s), accepted.", "", len(outcome.done))
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
        if self.model.find(badge.key) is None:
            self.model.set_badges([*self.model.badges, badge])
        else:
            self.model.replace(badge)
        self.tasks.spawn(self._load_icons([badge]))
        self._select([badge.key])
        self._show_count()
        self.status_message.emit(
            self.tr("Imported “{name}” into your backpack.").format(name=badge.name)
        )

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
            self.model.set_members(set(self._members(collection)))
        self._update_actions()

    def _members(self, collection: Collection) -> list[str]:
        """The badges ``collection`` holds, or will once the membership asked for is saved."""
        pending = self.service.pending_members(collection) if self.service else None
        return collection.assertions if pending is None else pending

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
        members = self._members(collection)
        added = [k for k in keys if k not in members]
        if not added:
            self.status_message.emit(self.tr("Already in “{name}”.").format(name=collection.name))
            return
        self._save_members(collection, [*members, *added])
        self.status_message.emit(
            self.tr("Adding %n badge(s) to “{name}”…", "", len(added)).format(name=collection.name)
        )

    def _save_members(self, collection: Collection, members: list[str]) -> None:
        """Show ``members`` ticked at once and ask the service to save them."""
        if self.collections_list.current_collection() is collection:
            self.model.set_members(set(members))
        self.tasks.spawn(self._members_saved(collection, members))

    async def _members_saved(self, collection: Collection, members: list[str]) -> None:
        service = self.service
        if service is None:
            return
        try:
            saved = await service.set_members(collection, members)
        except ApiError as error:
            self._members_failed(collection.key, error)
            return
        self.collections_list.describe(saved)
        if (
            self.collections_list.current_collection() is saved
            and service.pending_members(saved) is None
        ):
            self.model.set_members(set(saved.assertions))
            self.share_panel.show_collection(saved)

    def _members_failed(self, key: str, error: ApiError) -> None:
        """Show the collection as the server still has it, and say why."""
        collection = self.collections_list.collections.get(key)
        if collection is None:
            return
        self.collections_list.select(key)
        self.model.set_members(set(collection.assertions))
        self.collection_error.setText(
            self.tr("Could not change the badges of “{name}”:\n{error}").format(
                name=collection.name, error=error_words(error)
            )
        )
        self.collection_error.show()

    def on_new_collection(self, _checked: bool = False) -> None:
        if self.service is None:
            return
        members = [badge.key for badge in self.selected_badges()]
        dialog = CollectionDialog(self.service.create_collection, adding=len(members), parent=self)
        self._open_collection_dialog(dialog, members)

    def on_edit_collection(self, _checked: bool = False) -> None:
        service = self.service
        collection = self.collections_list.current_collection()
        if service is None or collection is None:
            return

        def save(name: str, description: str, published: bool) -> Awaitable[Collection]:
            return service.update_collection(collection, name, description, published)

        self._open_collection_dialog(CollectionDialog(save, collection, parent=self))

    def _open_collection_dialog(
        self, dialog: CollectionDialog, members: Sequence[str] = ()
    ) -> None:
        """``members``: the badges a new collection is to hold once it is listed."""
        self.collection_dialog = dialog
        dialog.saved.connect(lambda saved: self._on_collection_saved(saved, members))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _on_collection_saved(self, saved: Collection, members: Sequence[str]) -> None:
        collections = list(self.collections_list.collections.values())
        known = any(c.key == saved.key for c in collections)
        collections = [saved if c.key == saved.key else c for c in collections]
        self.collections_list.show_collections(
            collections if known else [*collections, saved], saved.key
        )
        self._on_collection_chosen()
        if members:  # sent once the collection is listed, so a refusal shows beside it
            self._save_members(saved, list(members))
        self.status_message.emit(self.tr("Saved the collection “{name}”.").format(name=saved.name))

    def on_delete_collection(self, _checked: bool = False) -> None:
        self.tasks.spawn(self._delete_current_collection())

    async def _delete_current_collection(self) -> None:
        collection = self.collections_list.current_collection()
        if collection is None or self.service is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete collection"),
            self.tr("Delete the collection “{name}”?").format(name=collection.name),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(
            self.tr(
                "Its badges stay in your backpack. Its share link stops working for everyone "
                "you gave it to."
            )
            if collection.published
            else self.tr("Its badges stay in your backpack.")
        )
        delete = box.addButton(self.tr("Delete collection"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if not await self._ask(box, delete):
            return
        try:
            await self.service.delete_collection(collection)
        except ApiError as error:
            self.collection_error.setText(
                self.tr("Could not delete “{name}”:\n{error}").format(
                    name=collection.name, error=error_words(error)
                )
            )
            self.collection_error.show()
            return
        remaining = [
            c for c in self.collections_list.collections.values() if c.key != collection.key
        ]
        self.collections_list.show_collections(remaining, None)
        self._on_collection_chosen()
        self.status_message.emit(
            self.tr("Deleted the collection “{name}”.").format(name=collection.name)
        )


def _source(badge: BackpackBadge, *, named: bool) -> str:
    """Where an imported badge came from (its host), after its name when several are listed."""
    host = urlsplit(badge.assertion.source_url or badge.assertion.open_badge_id or "").hostname
    return f"{badge.name} — {host}" if named else host or ""


def _badge_file(urls: list[QUrl]) -> Path | None:
    """The first local PNG or SVG among dropped URLs."""
    for url in urls:
        if url.isLocalFile() and url.toLocalFile().lower().endswith(BADGE_FILE_SUFFIXES):
            return Path(url.toLocalFile())
    return None
