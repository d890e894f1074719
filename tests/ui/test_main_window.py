"""The main window: tabs with empty states, menus and shortcuts, status bar, saved state."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QLabel, QProgressBar, QTabWidget

from badgedesk.core.session_state import Connection, SessionState, SignIn
from badgedesk.ui.main_window import MainWindow

DANA = SessionState(SignIn.SIGNED_IN, Connection.ONLINE, "Dana Demo", has_tokens=True)


def make(qtbot, settings):
    window = MainWindow(settings)
    qtbot.addWidget(window)
    return window


def test_tabs_and_empty_states(qtbot, settings):
    window = make(qtbot, settings)
    names = [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]
    assert names == ["Assertions", "Revocations", "Backpack", "Drafts"]
    assert "Sign in" in window.assertions_tab.body.text()
    assert "later version" in window.drafts_tab.body.text()
    assert not window.assertions_tab.action_button.isHidden()
    window.show_session(DANA)
    assert window.assertions_tab.action_button.isHidden()
    assert window.user_label.text() == "Signed in as Dana Demo"
    assert window.sign_out_action.isEnabled()
    assert not window.sign_in_action.isEnabled()


def test_status_bar(qtbot, settings):
    window = make(qtbot, settings)
    window.set_profile("Sandbox")
    window.show_session(SessionState(connection=Connection.OFFLINE))
    window.set_keyring_notice(False)
    loading = window.begin_activity("Loading…")
    assert window.profile_label.text() == "Server: Sandbox"
    assert window.online_label.text() == "Offline"
    assert "session only" in window.keyring_label.text()
    assert not window.activity_bar.isHidden()
    window.end_activity(loading)
    window.set_keyring_notice(True)
    assert window.activity_bar.isHidden()
    assert window.keyring_label.isHidden()


def test_an_activity_that_ends_takes_away_only_its_own_words(qtbot, settings):
    """A catalogue refresh that ends during a sign-out: the revocation is still said."""
    window = make(qtbot, settings)
    refreshing = window.begin_activity("Refreshing issuers and badge classes…")
    with window.activity("Signing out…") as signing_out:
        signing_out.say("Revoking the sign-in at the server…")
        window.end_activity(refreshing)
        assert window.activity_label.text() == "Revoking the sign-in at the server…"
        assert not window.activity_bar.isHidden()
        with window.activity("Switching to Sandbox…"):
            assert window.activity_label.text() == "Switching to Sandbox…"
        assert window.activity_label.text() == "Revoking the sign-in at the server…"
    assert window.activity_label.text() == ""
    assert window.activity_bar.isHidden()


def test_shortcuts_switch_tabs_and_sign_in(qtbot, settings):
    window = make(qtbot, settings)
    window.show()
    window.activateWindow()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is window.windowHandle())
    window.tabs.setFocus()
    qtbot.keyClick(window.tabs, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 2
    with qtbot.waitSignal(window.sign_in_requested, timeout=2000):
        qtbot.keyClick(window.tabs, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.quit_action.shortcut().toString()


def test_geometry_and_tab_restored(qtbot, tmp_path):
    path = str(tmp_path / "state.ini")
    first = MainWindow(QSettings(path, QSettings.Format.IniFormat))
    qtbot.addWidget(first)
    first.show()
    first.setGeometry(10, 20, 960, 610)
    first.tabs.setCurrentIndex(2)
    first.close()
    second = MainWindow(QSettings(path, QSettings.Format.IniFormat))
    qtbot.addWidget(second)
    assert second.tabs.currentIndex() == 2
    assert (second.width(), second.height()) == (960, 610)


def test_every_control_has_an_accessible_name(qtbot, settings):
    window = make(qtbot, settings)
    controls = window.findChildren(QAbstractButton) + window.findChildren(QProgressBar)
    controls += window.findChildren(QTabWidget)
    controls += [label for label in window.statusBar().findChildren(QLabel)]
    unnamed = [c for c in controls if not c.accessibleName() and c.isVisibleTo(window)]
    assert unnamed == [], [type(c).__name__ for c in unnamed]
    for action in window.menuBar().actions():
        assert "&" in action.text(), "every menu has a keyboard mnemonic"


def test_empty_state_text_is_not_clipped(qtbot, settings):
    window = make(qtbot, settings)
    window.show()
    qtbot.waitExposed(window)
    for tab in (
        window.assertions_tab,
        window.revocations_tab,
        window.backpack_tab,
        window.drafts_tab,
    ):
        body = tab.body
        assert body.height() >= body.heightForWidth(body.width()), tab.accessibleName()


def test_the_real_tabs_offer_sign_in_until_signed_in(qtbot, settings):
    """The tabs built after the window replace its placeholders, Sign in button included."""
    from badgedesk.ui.assertions.tab import AssertionsTab
    from badgedesk.ui.backpack.tab import BackpackTab

    window = make(qtbot, settings)
    assertions, backpack = AssertionsTab(), BackpackTab()
    window.set_assertions_tab(assertions)
    window.set_backpack_tab(backpack)
    assert not assertions.action_button.isHidden()
    assert not backpack.action_button.isHidden()
    window.show_session(DANA)
    assert backpack.action_button.isHidden()
    window.show_session(SessionState())
    with qtbot.waitSignal(window.sign_in_requested):
        backpack.action_button.click()
