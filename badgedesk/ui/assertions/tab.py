"""The Assertions tab: issuers and badge classes on the left, their awards in the middle, the
selected award's details on the right; award, edit, revoke and export from here.

The tab holds no business logic: loading, writing and counting are ``AssertionService``
coroutines, run as tasks on the qasync loop; what may be done and what is asked for are the
rules of ``assertion_rules``. ``tasks`` keeps the latest task of each kind so that a newer one
replaces it (and the shell can let a write end before quitting). Awards changed elsewhere
(a revocation batch, another window's service) reach the tab through the service's feed.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QPoint, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from badgedesk.api.errors import ApiError
from badgedesk.api.models import (
    Acceptance,
    Assertion,
    AssertionRow,
    AssertionUpdate,
    BadgeClass,
    Issuer,
)
from badgedesk.baking import data_uri_bytes
from badgedesk.core.badgeclass_drafts import BadgeClassDraft, DraftState
from badgedesk.services.assertion_rules import (
    AssertionQuery,
    Blocked,
    query_for,
    write_actions,
)
from badgedesk.services.assertions import AssertionService, AwardSummary
from badgedesk.services.awards import AwardDetails
from badgedesk.services.badge_classes import BadgeClassService
from badgedesk.services.badgeclass_drafts import BadgeClassDrafts, preview
from badgedesk.services.changes import (
    AwardsEdited,
    AwardsMade,
    AwardsRevoked,
    CatalogueChanged,
    Change,
)
from badgedesk.services.public_files import PublicFileCache
from badgedesk.services.saved_pages import SavedPages, keeps
from badgedesk.services.tasks import Tasks
from badgedesk.ui.actions import tab_action
from badgedesk.ui.api_words import acceptance_text
from badgedesk.ui.assertions.badge_class_details import BadgeClassDetails
from badgedesk.ui.assertions.designing import BadgeDesign, draft_label, draft_state_text
from badgedesk.ui.assertions.detail import AssertionDetail
from badgedesk.ui.assertions.session_reasons import session_reason
from badgedesk.ui.assertions.summary import SummaryStrip
from badgedesk.ui.empty_state import assertions_empty_state
from badgedesk.ui.errors import error_words
from badgedesk.ui.files import choose_file, export_path
from badgedesk.ui.fit import remember_splitter, save_splitter, size_columns, stretch_column
from badgedesk.ui.models.assertions import NARRATIVE, AssertionTableModel

if TYPE_CHECKING:
    from badgedesk.ui.assertions.award_dialog import AwardDialog
    from badgedesk.ui.assertions.revoke_dialog import RevokeDialog

log = logging.getLogger(__name__)

_KIND_ROLE = Qt.ItemDataRole.UserRole + 1
_ID_ROLE = Qt.ItemDataRole.UserRole + 2
BADGECLASS_COLUMN = 1
"""The table's Badge class column: hidden while one badge class is shown, where it would say
the same thing on every row."""
SPLITTER_KEY = "assertions/splitter"
"""Settings key: the widths of the tree, the table and the award's details (0 if folded)."""
DETAIL_WIDTH = 340
"""The details pane's width when first shown, or shown again after being folded at 0."""
LAST_BADGECLASS_KEY = "assertions/badgeclass"
"""Settings key: the badge class last chosen, chosen again when the tree next fills."""


class AssertionsTab(QWidget):
    """Browse, award, edit, revoke and export the awards of the signed-in user's issuers."""

    status_message = Signal(str)
    revoke_selected_requested = Signal(list, dict)
    """(the selected ``AssertionRow``s, badge class entityId → name): start a revocation
    batch with them (connected by the shell when the Revocations tab exists)."""
    """A short outcome for the window's status bar."""
    sign_in_requested = Signal()

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        """``settings`` keeps the panes' sizes and the award dialog's choices between runs
        (None: not kept)."""
        super().__init__(parent)
        self.settings = settings
        self.service: AssertionService | None = None
        self.images: PublicFileCache | None = None
        self.allows: Callable[[str], bool] = lambda _scope: False
        self.batch_revocation = False
        """Whether Revoke selected has a Revocations tab to go to."""
        self.tasks = Tasks("the Assertions tab")
        self.saved_pages: SavedPages | None = None
        """Where the first page last loaded is kept, to show at once at the next start."""
        self._unsubscribe: Callable[[], None] | None = None
        self.issuers: dict[str, Issuer] = {}
        self.badgeclasses: dict[str, BadgeClass] = {}
        self.badgeclass_drafts: dict[str, BadgeClassDraft] = {}
        """The badge classes drafted offline and not made yet, by uid: shown under their
        issuer."""
        self.model = AssertionTableModel(self)
        self._detail_id: str | None = None
        self.offline = False
        """Whether the tree shows the saved catalogue because the server cannot be reached."""
        self.award_summary: AwardSummary | None = None
        """The chosen badge class's counts, as far as counted."""

        self.empty = assertions_empty_state()
        self.empty.action_button.clicked.connect(self.sign_in_requested)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self._build_content())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.setAccessibleName(self.tr("Assertions"))
        self._update_actions()

    @property
    def action_button(self) -> QPushButton:
        """The empty state's Sign in button (the window shows it while signed out)."""
        return self.empty.action_button

    # ------------------------------------------------------------ building

    def _build_content(self) -> QWidget:
        self.offline_label = QLabel()
        self.offline_label.setWordWrap(True)
        self.offline_label.setAccessibleName(self.tr("Offline notice"))
        self.offline_label.hide()
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setIconSize(QSize(24, 24))
        self.tree.setAccessibleName(self.tr("Issuers and badge classes"))
        self.tree.currentItemChanged.connect(self._on_tree_item)
        self.design = BadgeDesign(self)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._tree_menu)
        self.design_button = self.design.menu_button()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.design_button, 0, Qt.AlignmentFlag.AlignLeft)
        left_layout.addWidget(self.offline_label)
        left_layout.addWidget(self.tree)

        self.summary = SummaryStrip()
        self.summary.clear()
        self.badgeclass_details = BadgeClassDetails(self.settings)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Awards"))
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        # Narrow enough that Status, Acceptance and the narrative (which stretches) show on a
        # 1366-pixel screen with the tree and the details pane open; the rest scroll. A header
        # longer in the reader's language ("Ausgestellt am") widens its column to fit.
        # Acceptance as wide as its longest word ("Not yet accepted", or longer translated).
        acceptance = max(
            self.fontMetrics().horizontalAdvance(acceptance_text(value)) for value in Acceptance
        )
        size_columns(self.table, (200, 140, 80, 80, 70, acceptance + 16))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(self.fontMetrics().averageCharWidth() * 6)
        stretch_column(self.table, NARRATIVE)  # the room left, never under its heading
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(lambda _index: self.edit_action.trigger())
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.model.loading_changed.connect(self._update_load_state)
        self.model.modelReset.connect(self._update_load_state)  # a filter changed what shows
        self.model.rows_loaded.connect(lambda _count: self._update_load_state())
        self.model.load_failed.connect(self._on_load_failed)
        self.model.first_page_loaded.connect(self._keep_first_page)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Loading error"))
        self.retry_button = QPushButton(self.tr("&Retry"))
        self.retry_button.setAccessibleName(self.tr("Retry loading"))
        self.retry_button.clicked.connect(self._retry)
        self.error_bar = QWidget()
        error_layout = QHBoxLayout(self.error_bar)
        error_layout.setContentsMargins(4, 2, 4, 2)
        error_layout.addWidget(self.error_label, 1)
        error_layout.addWidget(self.retry_button)
        self.error_bar.hide()

        self.load_label = QLabel()
        self.load_label.setAccessibleName(self.tr("Loading state"))
        self.load_bar = QProgressBar()
        self.load_bar.setRange(0, 0)
        self.load_bar.setMaximumWidth(120)
        self.load_bar.setAccessibleName(self.tr("Loading"))
        # Shown and hidden with every page: keeping its room, the table above keeps its size
        # (a taller footer each time made the whole table lay out and paint again, twice a page).
        policy = self.load_bar.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.load_bar.setSizePolicy(policy)
        self.load_bar.hide()
        self.cancel_export_button = QPushButton(self.tr("Cancel export"))
        self.cancel_export_button.setAccessibleName(self.tr("Cancel export"))
        self.cancel_export_button.clicked.connect(lambda: self.tasks.cancel("export"))
        self.cancel_export_button.hide()
        self.contains_button = QPushButton(self.tr("Look for it in the loaded rows"))
        self.contains_button.setAccessibleName(
            self.tr("Look for the text in the loaded rows instead")
        )
        self.contains_button.clicked.connect(self.find_in_loaded_rows)
        self.contains_button.hide()
        footer = QHBoxLayout()
        footer.addWidget(self.load_label, 1)
        footer.addWidget(self.contains_button)
        footer.addWidget(self.cancel_export_button)
        footer.addWidget(self.load_bar)

        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addLayout(self._build_toolbar())
        centre_layout.addLayout(self._build_search_bar())
        centre_layout.addWidget(self.badgeclass_details)
        centre_layout.addWidget(self.summary)
        centre_layout.addWidget(self.error_bar)
        centre_layout.addWidget(self.table, 1)
        centre_layout.addLayout(footer)

        self.detail = AssertionDetail()
        self.detail.clear(self.tr("Select an award to see its details."))

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(centre)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 700, DETAIL_WIDTH])
        splitter.setChildrenCollapsible(False)
        splitter.setCollapsible(2, True)
        self.splitter = splitter
        remember_splitter(splitter, self.settings, SPLITTER_KEY)
        splitter.splitterMoved.connect(lambda _pos, _index: self._sync_detail_action())
        self._sync_detail_action()
        return splitter

    # ------------------------------------------------------------ the details pane

    def detail_shown(self) -> bool:
        """Whether the award's details pane is open (not folded to nothing)."""
        return self.splitter.sizes()[2] > 0

    def set_detail_shown(self, shown: bool) -> None:
        """Open or fold the details pane, giving its width to the table or taking it back."""
        sizes = self.splitter.sizes()
        if shown == (sizes[2] > 0):
            return
        width = DETAIL_WIDTH if shown else -sizes[2]
        self.splitter.setSizes([sizes[0], max(sizes[1] - width, 0), sizes[2] + width])
        save_splitter(self.splitter, self.settings, SPLITTER_KEY)
        self._sync_detail_action()

    def _sync_detail_action(self) -> None:
        self.detail_action.setChecked(self.detail_shown())

    def _build_toolbar(self) -> QHBoxLayout:
        self.award_action = tab_action(self, self.tr("&Award…"), "Ctrl+N", self.on_award)
        self.edit_action = tab_action(self, self.tr("&Edit…"), "Ctrl+E", self.on_edit)
        self.revoke_action = tab_action(self, self.tr("Re&voke…"), "Delete", self.on_revoke)
        self.revoke_selected_action = tab_action(
            self, self.tr("Revoke &selected…"), "Shift+Delete", self.on_revoke_selected
        )
        self.export_action = tab_action(
            self, self.tr("E&xport CSV…"), "Ctrl+Shift+E", self.on_export
        )
        self.refresh_action = tab_action(self, self.tr("Re&load"), "F5", self.refresh)
        self.filter_action = tab_action(
            self, self.tr("Filter"), "Ctrl+F", lambda: self.filter_edit.setFocus()
        )
        self.detail_action = tab_action(self, self.tr("Details"), "Ctrl+D")
        self.detail_action.setCheckable(True)
        self.detail_action.setToolTip(self.tr("Show or hide the award's details (Ctrl+D)"))
        self.detail_action.triggered.connect(self.set_detail_shown)
        self.show_revoked = QCheckBox(self.tr("Show &revoked"))
        self.show_revoked.setAccessibleName(self.tr("Show revoked awards"))
        self.show_expired = QCheckBox(self.tr("Show e&xpired"))
        self.show_expired.setAccessibleName(self.tr("Show expired awards"))
        for box in (self.show_revoked, self.show_expired):
            box.toggled.connect(lambda _checked: self.reload())

        bar = QHBoxLayout()
        for action in (self.award_action, self.edit_action, self.revoke_action):
            bar.addWidget(self._tool_button(action))
        more = QToolButton()
        more.setText(self.tr("More"))
        more.setAccessibleName(self.tr("More actions"))
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(more)
        for action in (self.revoke_selected_action, self.export_action, self.refresh_action):
            menu.addAction(action)
        menu.setToolTipsVisible(True)
        more.setMenu(menu)
        bar.addWidget(more)
        bar.addStretch(1)
        bar.addWidget(self.show_revoked)
        bar.addWidget(self.show_expired)
        detail_button = self._tool_button(self.detail_action)
        detail_button.setAccessibleName(self.tr("Show the award's details"))
        bar.addWidget(detail_button)
        return bar

    def _build_search_bar(self) -> QHBoxLayout:
        """The two search boxes on a row of their own: beside the buttons they were squeezed
        to a few letters on a laptop's screen."""

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter loaded rows (Ctrl+F)"))
        self.filter_edit.setAccessibleName(self.tr("Filter the table"))
        self.filter_edit.setClearButtonEnabled(True)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(150)
        self._filter_timer.timeout.connect(
            lambda: self.model.set_text_filter(self.filter_edit.text())
        )
        self.filter_edit.textChanged.connect(lambda _text: self._filter_timer.start())

        self.recipient_edit = QLineEdit()
        self.recipient_edit.setPlaceholderText(self.tr("Find whole identities on the server…"))
        self.recipient_edit.setToolTip(
            self.tr(
                "One or more whole identities (email, URL, phone), separated by commas or "
                "spaces. The server finds only identities written in full: “dana@example.org” "
                "finds Dana, “dana” finds nobody. To look for part of a name or address, use "
                "the filter of the loaded rows (Ctrl+F)."
            )
        )
        self.recipient_edit.setAccessibleName(self.tr("Recipients to find on the server"))
        self.recipient_edit.setClearButtonEnabled(True)
        self.recipient_edit.returnPressed.connect(self.reload)
        self.recipient_edit.textChanged.connect(
            lambda text: self.reload() if not text and self.model.query else None
        )
        readable = self.fontMetrics().averageCharWidth() * 18
        bar = QHBoxLayout()
        for edit in (self.filter_edit, self.recipient_edit):
            edit.setMinimumWidth(readable)
            bar.addWidget(edit, 1)
        return bar

    @staticmethod
    def _tool_button(action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    # ------------------------------------------------------------ wiring from the shell

    def attach(
        self,
        service: AssertionService | None,
        images: PublicFileCache | None,
        allows: Callable[[str], bool],
        design: BadgeClassService | None = None,
        drafts: BadgeClassDrafts | None = None,
    ) -> None:
        """Use a (new) session's services and follow their changes; None when signed out.
        ``design`` makes, changes and deletes badge classes and issuers; ``drafts`` keeps new
        ones drafted offline."""
        self.tasks.cancel()
        if self._unsubscribe is not None:
            self._unsubscribe()
        self._unsubscribe = service.subscribe(self._on_change) if service is not None else None
        self.service, self.images, self.allows = service, images, allows
        self.design.service = design if service is not None else None
        self.design.drafts = drafts if service is not None else None
        self.model.service = service
        self._update_actions()

    def show_catalogue(
        self, issuers: list[Issuer], badgeclasses: list[BadgeClass], *, offline: bool
    ) -> None:
        """Fill the tree (keeping the selection); ``offline`` marks it as the saved copy."""
        self.issuers = {i.key: i for i in issuers}
        self.badgeclasses = {b.key: b for b in badgeclasses}
        self.model.set_badgeclass_names({b.key: b.name for b in badgeclasses})
        self._fill_tree()
        self.set_offline(offline)
        self.stack.setCurrentIndex(1 if issuers or self.service is not None else 0)

    def show_badgeclass_drafts(self, drafts: Sequence[BadgeClassDraft]) -> None:
        """Show the badge classes drafted offline that are not made yet, under their issuers
        (one that was just made is selected as the badge class it became)."""
        selected = self.selected_draft()
        self.badgeclass_drafts = {d.uid: d for d in drafts if d.state != DraftState.SENT}
        made = next((d.entity_id for d in drafts if selected and d.uid == selected.uid), None)
        self._fill_tree()
        if made is not None and made in self.badgeclasses:
            self.select_node(made)

    def _fill_tree(self) -> None:
        """The issuers, their badge classes and drafts, keeping the selection."""
        selected = self.selected_node()
        remembered = self._remembered_badgeclass() if selected is None else None
        self.tree.blockSignals(True)
        self.tree.clear()
        current: QTreeWidgetItem | None = None
        for issuer in self.issuers.values():
            parent = QTreeWidgetItem([issuer.name])
            parent.setData(0, _KIND_ROLE, "issuers")
            parent.setData(0, _ID_ROLE, issuer.key)
            font = parent.font(0)
            font.setBold(True)
            parent.setFont(0, font)
            self.tree.addTopLevelItem(parent)
            if selected == ("issuers", issuer.key):
                current = parent
            for badgeclass in (b for b in self.badgeclasses.values() if b.issuer == issuer.key):
                child = QTreeWidgetItem([badgeclass.name])
                child.setData(0, _KIND_ROLE, "badgeclasses")
                child.setData(0, _ID_ROLE, badgeclass.key)
                child.setToolTip(0, badgeclass.description or badgeclass.name)
                parent.addChild(child)
                if selected == ("badgeclasses", badgeclass.key) or remembered == badgeclass.key:
                    current = child
                if badgeclass.image:
                    self.tasks.spawn(
                        self._load_icon(child, badgeclass.image), name=f"icon:{badgeclass.key}"
                    )
            for draft in (d for d in self.badgeclass_drafts.values() if d.issuer_id == issuer.key):
                child = self._draft_item(draft)
                parent.addChild(child)
                if selected == ("drafts", draft.uid):
                    current = child
            parent.setExpanded(True)
        if current is not None:
            self.tree.setCurrentItem(current)
        self.tree.blockSignals(False)
        if current is None and selected is not None:
            self.refresh()  # what was shown has gone (a badge class deleted, a draft made)
        elif current is not None and selected is None:
            self._on_tree_item(current, None)  # the badge class chosen last time
        else:
            self._show_badgeclass_details()
            self._update_actions()

    def _draft_item(self, draft: BadgeClassDraft) -> QTreeWidgetItem:
        """A draft in the tree: in italics, saying it is a draft and how far it got."""
        item = QTreeWidgetItem([draft_label(draft)])
        item.setData(0, _KIND_ROLE, "drafts")
        item.setData(0, _ID_ROLE, draft.uid)
        font = item.font(0)
        font.setItalic(True)
        item.setFont(0, font)
        item.setToolTip(0, draft_state_text(draft))
        image = data_uri_bytes(str(draft.request.get("image") or ""))
        pixmap = QPixmap()
        if image and pixmap.loadFromData(image):
            item.setIcon(0, QIcon(pixmap))
        return item

    def set_offline(self, offline: bool) -> None:
        self.offline_label.setText(
            self.tr("⚠ Offline — showing the issuers and badge classes saved at your last sign-in.")
        )
        self.offline_label.setVisible(offline)
        self.offline = offline
        self._update_actions()
        self._update_load_state()

    def show_signed_out(self) -> None:
        self.attach(None, None, lambda _scope: False)
        self.model.load(None)
        self.tree.clear()
        self.summary.clear()
        self.badgeclass_details.show_badgeclass(None)
        self.detail.clear(self.tr("Select an award to see its details."))
        self.stack.setCurrentIndex(0)

    # ------------------------------------------------------------ images

    async def _load_icon(self, item: QTreeWidgetItem, url: str) -> None:
        if self.images is None:
            return
        data = await self.images.get(url)
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            item.setIcon(0, QIcon(pixmap))

    # ------------------------------------------------------------ browsing

    def selected_node(self) -> tuple[str, str] | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        return str(item.data(0, _KIND_ROLE)), str(item.data(0, _ID_ROLE))

    def selected_badgeclass(self) -> BadgeClass | None:
        node = self.selected_node()
        if node is None or node[0] != "badgeclasses":
            return None
        return self.badgeclasses.get(node[1])

    def selected_draft(self) -> BadgeClassDraft | None:
        """The draft badge class chosen in the tree, if one is."""
        node = self.selected_node()
        if node is None or node[0] != "drafts":
            return None
        return self.badgeclass_drafts.get(node[1])

    def select_node(self, entity_id: str) -> None:
        """Select an issuer, a badge class (by its entityId) or a draft (by its uid)."""
        for item in self._tree_items():
            if item.data(0, _ID_ROLE) == entity_id:
                self.tree.setCurrentItem(item)
                return
        raise KeyError(entity_id)

    def _tree_items(self) -> list[QTreeWidgetItem]:
        items: list[QTreeWidgetItem] = []
        for row in range(self.tree.topLevelItemCount()):
            parent = self.tree.topLevelItem(row)
            if parent is not None:
                items.append(parent)
                children = (parent.child(i) for i in range(parent.childCount()))
                items.extend(child for child in children if child is not None)
        return items

    def _on_tree_item(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        del _previous
        badgeclass = self.selected_badgeclass()
        if badgeclass is not None and self.settings is not None:
            self.settings.setValue(LAST_BADGECLASS_KEY, badgeclass.key)
        self._show_badgeclass_details()
        self.refresh()

    def _remembered_badgeclass(self) -> str | None:
        """The badge class chosen last time (in this run or an earlier one), if any."""
        if self.settings is None:
            return None
        return str(self.settings.value(LAST_BADGECLASS_KEY, "") or "") or None

    def _show_badgeclass_details(self) -> None:
        """What the selected badge class (or draft) is, from the catalogue (so offline too)."""
        badgeclass = self.selected_badgeclass()
        self.table.setColumnHidden(BADGECLASS_COLUMN, badgeclass is not None)
        draft = self.selected_draft()
        if draft is not None:
            shown = preview(draft)
            self.badgeclass_details.show_badgeclass(shown)
            self.badgeclass_details.set_image(data_uri_bytes(shown.image))
            self.summary.show_unavailable(draft_state_text(draft))  # in place of its counts
            return
        self.badgeclass_details.show_badgeclass(badgeclass)
        self.tasks.cancel("badgeclass image")
        if badgeclass is not None and badgeclass.image and self.images is not None:
            self.tasks.spawn(
                self._load_badgeclass_image(badgeclass.key, badgeclass.image),
                name="badgeclass image",
            )

    async def _load_badgeclass_image(self, badgeclass_id: str, url: str) -> None:
        assert self.images is not None
        data = await self.images.get(url)
        shown = self.badgeclass_details.badgeclass
        if shown is not None and shown.key == badgeclass_id:
            self.badgeclass_details.set_image(data)

    def current_query(self) -> AssertionQuery | None:
        node = self.selected_node()
        if node is None or node[0] == "drafts":
            return None
        return query_for(
            *node,
            recipients=self.recipient_edit.text(),
            include_revoked=self.show_revoked.isChecked(),
            include_expired=self.show_expired.isChecked(),
        )

    def refresh(self) -> None:
        """Everything shown read again from the server (F5): the awards and the counts."""
        self.reload()
        self._recount()
        self._update_actions()

    def _recount(self) -> None:
        """Count the chosen badge class's awards again (an issuer has no summary)."""
        badgeclass = self.selected_badgeclass()
        self.tasks.cancel("summary")
        self.award_summary = None
        if self.selected_draft() is not None:
            return  # a draft has no awards: its details say where it is instead
        if badgeclass is None:
            self.summary.clear()
        elif self.service is not None:
            self.tasks.spawn(self._count(badgeclass.key), name="summary")

    def reload(self) -> None:
        """Load the selected issuer or badge class again with the current toggles."""
        query = self.current_query()
        self.detail.clear(self.tr("Select an award to see its details."))
        self.error_bar.hide()
        saved = self.saved_pages is not None and query is not None and keeps(query)
        if query is not None and self.service is None and not saved:
            self._needs_sign_in()
            return
        self.model.load(query)  # fetched at once when signed in; the saved rows meanwhile
        self._update_load_state()
        if saved and query is not None and not self.model.saved:
            self.tasks.spawn(self._show_saved(query), name="saved page")

    async def _show_saved(self, query: AssertionQuery) -> None:
        """The rows kept at the last visit, unless the server's came first."""
        assert self.saved_pages is not None
        rows = await self.saved_pages.rows(query)
        if self.model.show_saved(query, rows):
            self._update_load_state()
        elif self.service is None and self.model.query == query and not self.model.loaded_count:
            self._needs_sign_in()  # nothing kept, and nobody signed in to ask the server

    def _needs_sign_in(self) -> None:
        """No rows for the badge class chosen until someone signs in."""
        self.model.load(None)
        self.load_label.setText(self.tr("Sign in to load the awards of this badge class."))

    def _keep_first_page(self, query: AssertionQuery, rows: list[AssertionRow]) -> None:
        """Keep the server's first page for the next start (when it is one that is kept)."""
        if self.saved_pages is not None and keeps(query):
            self.tasks.spawn(self.saved_pages.keep(query, rows), name="keep page")

    async def _count(self, badgeclass_id: str) -> None:
        assert self.service is not None

        def progress(summary: AwardSummary) -> None:
            self.award_summary = summary
            self.summary.show_summary(summary)

        try:
            await self.service.summary(badgeclass_id, progress)
        except ApiError as error:
            self.summary.show_unavailable(
                self.tr("Counts unavailable: {error}").format(error=error_words(error))
            )

    def _update_load_state(self) -> None:
        model = self.model
        self.load_bar.setVisible(model.loading)
        count = model.loaded_count
        shown = model.rowCount()
        if model.query is None and self.selected_draft() is not None:
            text = self.tr("A draft has no awards: it becomes a badge class when it is sent.")
        elif model.query is None:
            text = (
                self.tr("Choose an issuer or badge class on the left.")
                if self.service is not None
                else ""
            )
        elif model.saved and self.offline:
            text = self.tr(
                "%Ln award(s) as saved at your last visit: the server cannot be asked now.",
                "",
                count,
            )
        elif model.saved:
            text = self.tr(
                "%Ln award(s) as saved at your last visit, being brought up to date…", "", count
            )
        elif model.loading and count == 0:
            text = self.tr("Loading awards…")
        elif model.loading:
            text = self.tr("%Ln award(s) loaded, loading more…", "", count)
        elif model.complete and count == 0 and self.recipient_edit.text().strip():
            text = self.tr(
                "No award is for exactly these identities: the server matches whole "
                "identities only."
            )
        elif model.complete and count == 0:
            text = self.tr("No awards to show here.")
        elif model.complete:
            text = self.tr("%Ln award(s) loaded, no more to load.", "", count)
        else:
            text = self.tr("%Ln award(s) loaded; scroll down for more.", "", count)
        if model.query is not None and shown != count:
            text += " " + self.tr("%Ln shown by the filter.", "", shown)
        self.contains_button.setVisible(
            model.complete and count == 0 and bool(self.recipient_edit.text().strip())
        )
        self.load_label.setText(text)
        if model.error is None:
            self.error_bar.hide()

    def find_in_loaded_rows(self) -> None:
        """The server found no whole identity: look for the text as part of the loaded rows
        instead (the filter), over every award of the tree's selection."""
        text = self.recipient_edit.text().strip()
        self.recipient_edit.blockSignals(True)
        self.recipient_edit.clear()
        self.recipient_edit.blockSignals(False)
        self.filter_edit.setText(text)
        self._filter_timer.stop()
        self.model.set_text_filter(text)
        self.reload()
        self.filter_edit.setFocus()

    def _on_load_failed(self, message: str) -> None:
        self.error_label.setText(
            self.tr("Could not load more awards: {message} The rows above are kept.").format(
                message=message
            )
        )
        self.error_bar.show()
        self._update_load_state()

    def _retry(self) -> None:
        self.error_bar.hide()
        self.model.retry()

    # ------------------------------------------------------------ selection and detail

    def selected_rows(self) -> list[AssertionRow]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(row) for row in rows]

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.selected_rows()
        self._update_actions(rows)
        if len(rows) != 1:
            self.tasks.cancel("detail")
            self._detail_id = None
            self.detail.clear(
                self.tr("%Ln award(s) selected.", "", len(rows))
                if rows
                else self.tr("Select an award to see its details.")
            )
            return
        self.tasks.spawn(self._show_detail(rows[0].entity_id), name="detail")

    async def _show_detail(self, entity_id: str) -> None:
        if self.service is None:
            self.detail.show_error(self.tr("Sign in to see the details of this award."))
            return
        self._detail_id = entity_id
        try:
            assertion = await self.service.get(entity_id)
        except ApiError as error:
            self.detail.show_error(
                self.tr("Could not load this award: {error}").format(error=error_words(error))
            )
            return
        self._present(assertion)
        image = assertion.image or self._badgeclass_image(assertion.badgeclass)
        if image and self.images is not None:
            data = await self.images.get(image)
            if self._detail_id == entity_id:
                self.detail.set_image(data)

    def _present(self, assertion: Assertion) -> None:
        badgeclass = self.badgeclasses.get(assertion.badgeclass or "")
        issuer = self.issuers.get(assertion.issuer or "")
        self.detail.show_assertion(
            assertion,
            badgeclass_name=badgeclass.name if badgeclass else None,
            issuer_name=issuer.name if issuer else None,
        )

    def _badgeclass_image(self, badgeclass_id: str | None) -> str | None:
        badgeclass = self.badgeclasses.get(badgeclass_id or "")
        return badgeclass.image if badgeclass else None

    def _select_entity(self, entity_id: str) -> None:
        row = self.model.view_row_of(entity_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _tree_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        self.design.fill(menu)
        menu.popup(self.tree.viewport().mapToGlobal(position))

    def _context_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        for action in (self.edit_action, self.revoke_action, self.revoke_selected_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.export_action)
        menu.setToolTipsVisible(True)
        menu.popup(self.table.viewport().mapToGlobal(position))

    # ------------------------------------------------------------ permissions

    def _update_actions(self, rows: list[AssertionRow] | None = None) -> None:
        """Enable what the session, its scopes and the selection (``rows``, read from the view
        when not given) allow; a disabled action's tooltip says why."""
        if rows is None:
            rows = self.selected_rows()
        allowed = write_actions(
            signed_in=self.service is not None,
            allows=self.allows,
            badgeclass_chosen=self.selected_badgeclass() is not None,
            selected=rows,
        )
        for action, blocked, reasons in (
            (
                self.award_action,
                allowed.award,
                {Blocked.NO_BADGECLASS: self.tr("Choose a badge class on the left first.")},
            ),
            (
                self.edit_action,
                allowed.edit,
                {
                    Blocked.REVOKED: self.tr("A revoked award cannot be edited."),
                    Blocked.NOT_ONE_AWARD: self.tr("Select one award to edit."),
                },
            ),
            (
                self.revoke_action,
                allowed.revoke,
                {
                    Blocked.REVOKED: self.tr("This award is already revoked."),
                    Blocked.NOT_ONE_AWARD: self.tr(
                        "Select one award to revoke; for several, use Revoke selected."
                    ),
                },
            ),
        ):
            action.setEnabled(blocked is None)
            action.setToolTip(
                "" if blocked is None else session_reason(blocked) or reasons[blocked]
            )
        if self.selected_draft() is not None:
            self.award_action.setToolTip(
                self.tr(
                    "A draft is awarded through a draft batch (Drafts tab), or here once it is "
                    "sent to the server."
                )
            )
        self.export_action.setEnabled(self.model.query is not None)
        self.revoke_selected_action.setEnabled(bool(rows) and self.batch_revocation)
        self.revoke_selected_action.setToolTip(
            self.tr("Start a revocation batch with the selected awards (reviewed before sending)")
            if rows
            else self.tr("Select the awards to revoke (Ctrl+A for all shown).")
        )
        self.design.update()

    # ------------------------------------------------------------ award and edit

    def on_award(self) -> None:
        badgeclass = self.selected_badgeclass()
        if badgeclass is None or self.service is None or not self.award_action.isEnabled():
            return
        from badgedesk.ui.assertions.award_dialog import AwardDialog

        dialog = AwardDialog(badgeclass.name, self, settings=self.settings, rule=badgeclass.expires)
        dialog.submitted.connect(
            lambda details: self.tasks.spawn(
                self._award(dialog, badgeclass.key, details), name="write"
            )
        )
        dialog.finished.connect(dialog.deleteLater)
        self.award_dialog = dialog
        dialog.open()

    async def _award(self, dialog: AwardDialog, badgeclass_id: str, details: AwardDetails) -> None:
        assert self.service is not None
        try:
            assertion = await self.service.award(badgeclass_id, details)
        except ApiError as error:
            dialog.show_server_errors(error)
            self.status_message.emit(
                self.tr("The award was not made: {error}").format(error=error_words(error))
            )
            return
        dialog.accept()
        row = AssertionRow.from_assertion(assertion)
        self.model.insert_row(row)
        self._select_entity(assertion.key)
        self._refresh_summary(badgeclass_id)
        self.status_message.emit(self.tr("Awarded to {recipient}.").format(recipient=row.recipient))

    def on_edit(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1 or self.service is None or not self.edit_action.isEnabled():
            return
        self.tasks.spawn(self._open_editor(rows[0].entity_id), name="write")

    async def _open_editor(self, entity_id: str) -> None:
        from badgedesk.ui.assertions.award_dialog import AwardDialog

        assert self.service is not None
        try:
            assertion = await self.service.get(entity_id)
        except ApiError as error:
            self.status_message.emit(
                self.tr("Could not open the award: {error}").format(error=error_words(error))
            )
            return
        badgeclass = self.badgeclasses.get(assertion.badgeclass or "")
        dialog = AwardDialog(badgeclass.name if badgeclass else "", self, existing=assertion)
        dialog.submitted.connect(
            lambda update: self.tasks.spawn(
                self._save_edit(dialog, entity_id, update), name="write"
            )
        )
        dialog.finished.connect(dialog.deleteLater)
        self.award_dialog = dialog
        dialog.open()

    async def _save_edit(
        self, dialog: AwardDialog, entity_id: str, update: AssertionUpdate
    ) -> None:
        assert self.service is not None
        try:
            assertion = await self.service.update(entity_id, update)
        except ApiError as error:
            dialog.show_server_errors(error)
            self.status_message.emit(
                self.tr("The changes were not saved: {error}").format(error=error_words(error))
            )
            await self._reread(entity_id)
            return
        dialog.accept()
        self._show_server_copy(assertion)
        self.status_message.emit(self.tr("Changes saved."))

    # ------------------------------------------------------------ revoke

    def on_revoke_selected(self) -> None:
        rows = self.selected_rows()
        if rows and self.revoke_selected_action.isEnabled():
            self.revoke_selected_requested.emit(rows, dict(self.model.badgeclass_names))

    def on_revoke(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1 or self.service is None or not self.revoke_action.isEnabled():
            return
        from badgedesk.ui.assertions.revoke_dialog import RevokeDialog

        row = rows[0]
        name = self.model.badgeclass_names.get(row.badgeclass, row.badgeclass)
        dialog = RevokeDialog(f"{row.recipient} — {name}", self)
        dialog.submitted.connect(
            lambda reason: self.tasks.spawn(self._revoke(dialog, row, reason), name="write")
        )
        dialog.finished.connect(dialog.deleteLater)
        self.revoke_dialog = dialog
        dialog.open()

    async def _revoke(self, dialog: RevokeDialog, row: AssertionRow, reason: str) -> None:
        assert self.service is not None
        name = self.model.badgeclass_names.get(row.badgeclass, row.badgeclass)
        try:
            assertion = await self.service.revoke(
                row.entity_id, reason, recipient=row.recipient, badgeclass=name
            )
        except ApiError as error:
            dialog.show_error(error_words(error))
            self.status_message.emit(
                self.tr("The award was not revoked: {error}").format(error=error_words(error))
            )
            await self._reread(row.entity_id)
            return
        dialog.accept()
        self._show_server_copy(assertion)
        self._refresh_summary(row.badgeclass)
        self.status_message.emit(
            self.tr("Revoked the award of {recipient}.").format(recipient=row.recipient)
        )

    async def _reread(self, entity_id: str) -> None:
        """After a refused write, show what the server holds (someone else may have changed
        it); if it cannot be read now, the row stays as it was loaded."""
        assert self.service is not None
        try:
            assertion = await self.service.get(entity_id)
        except ApiError:
            return
        self._show_server_copy(assertion)

    def _show_server_copy(self, assertion: Assertion) -> None:
        """The row, the detail pane (if it shows this award) and the actions, as the server
        now holds the award."""
        self.model.replace_row(AssertionRow.from_assertion(assertion))
        if self._detail_id == assertion.key:
            self._present(assertion)
        self._update_actions()

    def _refresh_summary(self, badgeclass_id: str) -> None:
        selected = self.selected_badgeclass()
        if selected is not None and selected.key == badgeclass_id:
            self._recount()

    # ------------------------------------------------------------ changes made elsewhere

    def _on_change(self, change: Change) -> None:
        """Follow what another part of BadgeDesk (a revocation batch, say) changed on the
        server. The tab's own writes already show the server's copy of what they changed."""
        if isinstance(change, CatalogueChanged):
            self.show_catalogue(list(change.issuers), list(change.badgeclasses), offline=False)
            return
        query = self.model.query
        if query is None or self._made_here():
            return
        if isinstance(change, AwardsRevoked):
            self._show_revoked(query, change.entity_ids)
        elif isinstance(change, AwardsMade):
            badgeclass = self.badgeclasses.get(change.badgeclass)
            if query.covers(change.badgeclass, badgeclass.issuer if badgeclass else None):
                self.refresh()
        elif isinstance(change, AwardsEdited) and self.model.holds_any(change.entity_ids):
            self.refresh()

    def _made_here(self) -> bool:
        """Whether the change being published comes from this tab's own write."""
        try:
            current = asyncio.current_task()
        except RuntimeError:  # published outside the event loop: not from a task of ours
            return False
        return current is not None and current is self.tasks.named("write")

    def _show_revoked(self, query: AssertionQuery, entity_ids: tuple[str, ...]) -> None:
        """Revoked awards show as such, or leave the table while revoked awards are hidden;
        the counts follow."""
        if query.include_revoked:
            self.model.mark_revoked(entity_ids)
            if self._detail_id in entity_ids:
                self.tasks.spawn(self._show_detail(self._detail_id), name="detail")
        else:
            self.model.remove_rows(entity_ids)
        self._recount()
        self._update_actions()

    # ------------------------------------------------------------ export

    def on_export(self) -> None:
        if self.model.query is None:
            return
        item = self.tree.currentItem()  # the badge class or issuer whose awards are shown
        choose_file(
            self,
            self.tr("Export awards as CSV"),
            self.tr("CSV files (*.csv)"),
            lambda path: self.tasks.spawn(self.export(path), name="export"),
            save_as=export_path(item.text(0) if item is not None else ""),
        )

    async def export(self, path: Path) -> int:
        """Write what the table shows (filters applied), loading the remaining pages first."""
        model = self.model
        self.cancel_export_button.show()
        self.load_bar.show()
        try:
            if not model.complete:

                def progress(count: int) -> None:
                    self.load_label.setText(
                        self.tr("Loading every page before exporting: %Ln award(s)…", "", count)
                    )

                try:
                    await model.load_all(progress)
                except ApiError as error:
                    self.status_message.emit(
                        self.tr("Export stopped: {error}").format(error=error_words(error))
                    )
                    return 0
            shown = list(model.visible_rows())  # what the table shows now, formatted off-thread
            rows = (model.export_cells(row) for row in shown)
            try:
                count = await AssertionService.export(path, rows)
            except OSError as error:
                self.status_message.emit(
                    self.tr("Could not write {path}: {reason}").format(
                        path=path, reason=error.strerror or error
                    )
                )
                return 0
        finally:
            self.cancel_export_button.hide()
            self._update_load_state()
        self.status_message.emit(
            self.tr("Exported %Ln award(s) to {path}.", "", count).format(path=path)
        )
        return count
