"""The main window: four tabs, menus, and a status bar that says where and who you are.

It holds no business logic: actions are signals that the shell turns into service calls.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QMetaMethod, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QProgressBar,
    QStackedWidget,
    QWidget,
)

from badgedesk import __version__
from badgedesk.core.session_state import Connection, SessionState, SignIn
from badgedesk.ui.empty_state import EmptyState, assertions_empty_state, backpack_empty_state
from badgedesk.ui.fit import fit_to_screen
from badgedesk.ui.steady_tabs import SteadyTabs

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from badgedesk.ui.assertions.tab import AssertionsTab
    from badgedesk.ui.backpack.tab import BackpackTab
    from badgedesk.ui.drafts.tab import DraftsTab
    from badgedesk.ui.first_run import FirstRunPage
    from badgedesk.ui.preferences import PreferencesDialog
    from badgedesk.ui.revocations.tab import RevocationsTab


WARNING_MS = 60_000
"""How long the status bar repeats a warning shown in a box."""
FIRST_RUN_HIDDEN_KEY = "first_run/hidden"


class Activity:
    """Something under way, said in the status bar (``MainWindow.begin_activity``)."""

    def __init__(self, text: str, said: Callable[[], None]) -> None:
        self.text = text
        self._said = said

    def say(self, text: str) -> None:
        """Say what it does now instead."""
        self.text = text
        self._said()


class MainWindow(QMainWindow):
    """Tabs Assertions, Revocations, Backpack, Drafts; File, Account and Help menus."""

    sign_in_requested = Signal()
    sign_out_requested = Signal()
    profiles_requested = Signal()
    sandbox_requested = Signal()
    """The first-run page's "Try the sandbox"."""
    audit_requested = Signal()
    quit_requested = Signal()
    """File → Quit, Ctrl+Q or closing the window: the window stays until ``close_for_good``."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle("BadgeDesk")
        self.setAccessibleName(self.tr("BadgeDesk main window"))
        # The smallest size at which no tab cuts off its text or controls (tests/ui/test_fit.py).
        self.setMinimumSize(960, 560)
        self._closable = False

        self.tabs = SteadyTabs()
        self.tabs.setAccessibleName(self.tr("Sections"))
        self.tabs.setDocumentMode(True)
        self.assertions_tab: EmptyState | AssertionsTab = assertions_empty_state()
        self.revocations_tab: QWidget = EmptyState(
            self.tr("Revocations"),
            self.tr(
                "Batches of revocations, drafted offline and submitted with a review step, "
                "appear here with their history."
            ),
        )
        self.backpack_tab: EmptyState | BackpackTab = backpack_empty_state()
        self.drafts_tab: EmptyState | DraftsTab = EmptyState(
            self.tr("Drafts"),
            self.tr("Award batches you prepare offline will be kept here until you submit them. ")
            + self.tr("Offline drafting arrives in a later version of BadgeDesk."),
        )
        for widget, label in (
            (self.assertions_tab, self.tr("Assertions")),
            (self.revocations_tab, self.tr("Revocations")),
            (self.backpack_tab, self.tr("Backpack")),
            (self.drafts_tab, self.tr("Drafts")),
        ):
            self.tabs.addTab(widget, label)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.tabs)
        self.setCentralWidget(self.pages)
        self.first_run: FirstRunPage | None = None
        """The first-run page, once shown."""
        for tab in (self.assertions_tab, self.backpack_tab):
            tab.action_button.clicked.connect(self.sign_in_requested)

        self._build_menus()
        self._build_status_bar()
        self.show_session(SessionState())
        self.restore_state()

    # ------------------------------------------------------------ menus

    def _action(self, text: str, shortcut: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            self.addAction(action)  # shortcuts work even with the menu bar hidden or native
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.profiles_action = self._action(self.tr("Server &profiles…"), "Ctrl+Shift+P")
        self.profiles_action.triggered.connect(self.profiles_requested)
        self.preferences_action = self._action(self.tr("P&references…"), "Ctrl+,")
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.triggered.connect(self.show_preferences)
        self.quit_action = self._action(self.tr("&Quit"), "Ctrl+Q")
        self.quit_action.triggered.connect(self.quit_requested)
        file_menu.addAction(self.profiles_action)
        file_menu.addAction(self.preferences_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        account_menu = bar.addMenu(self.tr("A&ccount"))
        self.sign_in_action = self._action(self.tr("&Sign in…"), "Ctrl+L")
        self.sign_in_action.triggered.connect(self.sign_in_requested)
        self.sign_out_action = self._action(self.tr("Sign &out"))
        self.sign_out_action.triggered.connect(self.sign_out_requested)
        self.audit_action = self._action(self.tr("Audit &log…"), "Ctrl+Shift+A")
        self.audit_action.triggered.connect(self.audit_requested)
        account_menu.addAction(self.sign_in_action)
        account_menu.addAction(self.sign_out_action)
        account_menu.addSeparator()
        account_menu.addAction(self.audit_action)

        view_menu = bar.addMenu(self.tr("&View"))
        for index in range(self.tabs.count()):
            action = self._action(self.tabs.tabText(index).replace("&", ""), f"Ctrl+{index + 1}")
            action.triggered.connect(lambda _=False, i=index: self.tabs.setCurrentIndex(i))
            view_menu.addAction(action)

        help_menu = bar.addMenu(self.tr("&Help"))
        self.getting_started_action = self._action(self.tr("&Getting started"))
        self.getting_started_action.triggered.connect(self.show_first_run)
        help_menu.addAction(self.getting_started_action)
        self.about_action = self._action(self.tr("&About BadgeDesk"))
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    # ------------------------------------------------------------ first run

    def first_run_hidden(self) -> bool:
        """The person hid the first-run page once: it is no longer shown at start."""
        return str(self.settings.value(FIRST_RUN_HIDDEN_KEY, False)).lower() == "true"

    def show_first_run(self) -> None:
        """The first-run page in place of the tabs, until a button is used."""
        if self.first_run is None:
            from badgedesk.ui.first_run import FirstRunPage

            self.first_run = FirstRunPage()
            self.first_run.try_sandbox.connect(self.sandbox_requested)
            self.first_run.set_up_server.connect(self.profiles_requested)
            self.first_run.dismissed.connect(self._hide_first_run_for_good)
            self.pages.addWidget(self.first_run)
        self.first_run.set_up_button.setEnabled(self.profiles_action.isEnabled())
        self.pages.setCurrentWidget(self.first_run)
        self.first_run.try_button.setFocus()

    def hide_first_run(self) -> None:
        self.pages.setCurrentWidget(self.tabs)

    def _hide_first_run_for_good(self) -> None:
        self.settings.setValue(FIRST_RUN_HIDDEN_KEY, True)
        self.hide_first_run()

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About BadgeDesk"))
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.setText(
            self.tr(
                "<b>BadgeDesk {version}</b><br>A desktop console for the Digital Badges API v2."
            ).format(version=__version__)
        )
        box.open()  # never exec(): this may run while coroutines are awaiting

    def show_preferences(self) -> PreferencesDialog:
        from badgedesk.ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # never exec(): this may run while coroutines are awaiting
        return dialog

    def warn(self, title: str, text: str, details: str = "") -> None:
        """A warning too long or too important for the status bar, in a box that does not
        block (it is also said in the status bar, which may cut it short)."""
        from PySide6.QtWidgets import QMessageBox

        self.statusBar().showMessage(text, WARNING_MS)
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(details)
        box.setAccessibleName(title)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # ------------------------------------------------------------ status bar

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.profile_label = QLabel()
        self.profile_label.setAccessibleName(self.tr("Server profile"))
        self.user_label = QLabel()
        self.user_label.setAccessibleName(self.tr("Signed-in user"))
        self.online_label = QLabel()
        self.online_label.setAccessibleName(self.tr("Connection state"))
        self.keyring_label = QLabel()
        self.keyring_label.setAccessibleName(self.tr("Where sign-in is kept"))
        self.activity_label = QLabel()
        self.activity_label.setAccessibleName(self.tr("Background activity"))
        self.activity_bar = QProgressBar()
        self.activity_bar.setRange(0, 0)
        self.activity_bar.setMaximumWidth(90)
        self.activity_bar.setAccessibleName(self.tr("Working"))
        self.activity_bar.hide()
        self._activities: list[Activity] = []
        bar.addWidget(self.activity_bar)
        bar.addWidget(self.activity_label, 1)
        for label in (self.keyring_label, self.online_label, self.user_label, self.profile_label):
            label.setContentsMargins(10, 0, 10, 0)
            bar.addPermanentWidget(label)

    def set_profile(self, name: str) -> None:
        self.profile_label.setText(self.tr("Server: {name}").format(name=name))

    def show_session(self, state: SessionState) -> None:
        """Who is signed in, whether the server answers, and what the Account menu offers: all
        from the session's one state, so that they never disagree."""
        if state.sign_in is SignIn.REJECTED:
            who = self.tr("Sign-in rejected: sign in again")
        elif state.user is not None:
            who = self.tr("Signed in as {name}").format(name=state.user)
        else:
            who = self.tr("Not signed in")
        self.user_label.setText(who)
        self.online_label.setText(
            {
                Connection.ONLINE: self.tr("Online"),
                Connection.OFFLINE: self.tr("Offline"),
                Connection.UNKNOWN: "",
            }[state.connection]
        )
        self.sign_in_action.setEnabled(state.can_sign_in)
        self.sign_out_action.setEnabled(state.can_sign_out)
        for tab in (self.assertions_tab, self.backpack_tab):
            tab.action_button.setVisible(state.can_sign_in)

    def set_assertions_tab(self, tab: AssertionsTab) -> None:
        """Put the real Assertions tab in place of the start-up placeholder (it is built after
        the window is first painted, so start-up does not wait for its imports)."""
        self._replace_tab(self.assertions_tab, tab)
        self.assertions_tab = tab
        tab.action_button.setVisible(self.sign_in_action.isEnabled())
        tab.sign_in_requested.connect(self.sign_in_requested)
        tab.status_message.connect(lambda text: self.statusBar().showMessage(text, 10000))

    def set_drafts_tab(self, tab: DraftsTab) -> None:
        """As ``set_assertions_tab``, for the Drafts tab."""
        self._replace_tab(self.drafts_tab, tab)
        self.drafts_tab = tab
        tab.sign_in_requested.connect(self.sign_in_requested)
        tab.status_message.connect(lambda text: self.statusBar().showMessage(text, 10000))

    def set_revocations_tab(self, tab: RevocationsTab) -> None:
        """As ``set_assertions_tab``, for the Revocations tab."""
        self._replace_tab(self.revocations_tab, tab)
        self.revocations_tab = tab
        tab.status_message.connect(lambda text: self.statusBar().showMessage(text, 10000))

    def set_backpack_tab(self, tab: BackpackTab) -> None:
        """As ``set_assertions_tab``, for the Backpack tab."""
        self._replace_tab(self.backpack_tab, tab)
        self.backpack_tab = tab
        tab.action_button.setVisible(self.sign_in_action.isEnabled())
        tab.sign_in_requested.connect(self.sign_in_requested)
        tab.status_message.connect(lambda text: self.statusBar().showMessage(text, 10000))

    def show_revocations(self) -> None:
        self.tabs.setCurrentWidget(self.revocations_tab)

    def _replace_tab(self, old: QWidget, new: QWidget) -> None:
        index = self.tabs.indexOf(old)
        current = self.tabs.currentIndex()
        label = self.tabs.tabText(index)
        self.tabs.removeTab(index)
        old.deleteLater()
        self.tabs.insertTab(index, new, label)
        self.tabs.setCurrentIndex(current)

    def set_keyring_notice(self, persistent: bool) -> None:
        """Say so when sign-in cannot be remembered (no secure keyring on this machine)."""
        self.keyring_label.setText(
            "" if persistent else self.tr("Sign-in kept for this session only (no keyring)")
        )
        self.keyring_label.setVisible(not persistent)

    def begin_activity(self, text: str) -> Activity:
        """Say ``text`` in the status bar until ``end_activity``. Of the activities under way
        together, the one begun last is said; each that ends takes only its own words away
        (a catalogue refresh that ends during a sign-out left the revocation unsaid)."""
        begun = Activity(text, self._say_activity)
        self._activities.append(begun)
        self._say_activity()
        return begun

    def end_activity(self, activity: Activity) -> None:
        if activity in self._activities:
            self._activities.remove(activity)
            self._say_activity()

    @contextmanager
    def activity(self, text: str) -> Iterator[Activity]:
        """``begin_activity`` for as long as the block runs."""
        begun = self.begin_activity(text)
        try:
            yield begun
        finally:
            self.end_activity(begun)

    def _say_activity(self) -> None:
        latest = self._activities[-1].text if self._activities else None
        self.activity_label.setText(latest or "")
        self.activity_bar.setVisible(latest is not None)

    # ------------------------------------------------------------ state between runs

    def restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            fit_to_screen(self, 1280, 800)
        tab = self.settings.value("window/tab", 0)
        try:
            index = int(tab)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            index = 0
        if 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/tab", self.tabs.currentIndex())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window is a request to quit: the window stays (and the event loop runs)
        until BadgeDesk has shut down, so Qt cannot end the program under its clean-up. With
        nobody to ask (a window on its own, as in tests), it just closes."""
        self.save_state()
        asked = self.isSignalConnected(QMetaMethod.fromSignal(self.quit_requested))
        if self._closable or not asked:
            super().closeEvent(event)
            return
        event.ignore()
        self.quit_requested.emit()

    def close_for_good(self) -> None:
        """Close the window: BadgeDesk has shut down."""
        self._closable = True
        self.close()

    # ------------------------------------------------------------ quitting

    def ask_to_quit(self, batches: int, answered: Callable[[bool], None]) -> QMessageBox:
        """Ask, without blocking the event loop, whether to quit while ``batches`` batches are
        being sent; ``answered(True)`` means quit. Keeping on working is the default button and
        Escape's answer, so a stray Enter never stops a run."""
        from PySide6.QtWidgets import QMessageBox

        title = self.tr("Quit BadgeDesk?")
        sending = self.tr("Quit while %n batch(es) is(are) being sent?", "", batches)
        box = QMessageBox(QMessageBox.Icon.Question, title, sending, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(
            self.tr(
                "If you quit now, no more rows are sent. The requests already on their way are "
                "given time to finish, so that their outcome is recorded; the other rows stay "
                "pending and can be sent later."
            )
        )
        box.setAccessibleName(title)
        box.setAccessibleDescription(sending)
        quit_button = box.addButton(
            self.tr("&Wait for the requests in flight, then quit"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        quit_button.setAccessibleName(self.tr("Wait for the requests in flight, then quit"))
        keep = box.addButton(self.tr("&Keep working"), QMessageBox.ButtonRole.RejectRole)
        keep.setAccessibleName(self.tr("Keep working"))
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finished(_code: int) -> None:
            answered(box.clickedButton() is quit_button)

        box.finished.connect(finished)
        box.open()
        return box

    def show_quitting(self, *, waiting: bool) -> None:
        """While BadgeDesk shuts down: say so, and take no more work (nothing new may start
        once the shutdown has begun waiting for what is under way)."""
        self.statusBar().clearMessage()  # a passing message would hide the activity
        self.begin_activity(  # until the window closes
            self.tr("Finishing the requests in flight, then quitting…")
            if waiting
            else self.tr("Quitting…")
        )
        self.tabs.setEnabled(False)
        self.menuBar().setEnabled(False)
        for action in self.actions():
            action.setEnabled(False)
