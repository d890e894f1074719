"""The keys the README gives each tab (Ctrl+I, Ctrl+Shift+Insert) do their action from anywhere
in the tab: the table, a field, the list of batches."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QWidget

from tests.ui.waiting import wait_for

pytestmark = pytest.mark.signed_in(drafts=True)

CTRL_I = (Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
CTRL_SHIFT_INSERT = (
    Qt.Key.Key_Insert,
    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
)


def triggered_by(qtbot, window: QWidget, action: QAction, focus: QWidget, key) -> bool:
    """Whether ``key`` pressed with the focus in ``focus`` triggers ``action``."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    focus.setFocus()
    qtbot.waitUntil(focus.hasFocus)
    fired: list[bool] = []
    action.triggered.connect(lambda *_: fired.append(True))
    QTest.keyClick(focus, *key)
    for dialog in window.findChildren(QDialog):  # the file chooser an import opens
        dialog.reject()
    return bool(fired)


def open_tab(shell, tab: QObject) -> None:
    shell.window.show()
    shell.window.tabs.setCurrentWidget(tab)


def test_drafts_tab_keys(shell, loop, qtbot):
    tab = shell.drafts
    open_tab(shell, tab)
    loop.run_until_complete(tab.new_batch())
    editor = tab.editor
    places = {"rows": editor.table, "name": editor.name_edit, "batches": tab.list_view}
    missed = [
        (name, text)
        for text, action, key in (
            ("Ctrl+I", editor.import_action, CTRL_I),
            ("Ctrl+Shift+Insert", editor.add_action, CTRL_SHIFT_INSERT),
        )
        for name, focus in places.items()
        if not triggered_by(qtbot, shell.window, action, focus, key)
    ]
    assert missed == []


def test_revocations_tab_ctrl_i(shell, loop, qtbot):
    tab = shell.revocations
    open_tab(shell, tab)
    loop.run_until_complete(tab.new_batch())
    editor = tab.editor
    places = {"rows": editor.table, "reason": editor.reason_edit, "batches": tab.list_view}
    missed = [
        name
        for name, focus in places.items()
        if not triggered_by(qtbot, shell.window, editor.import_action, focus, CTRL_I)
    ]
    assert missed == []


def test_backpack_tab_ctrl_i(shell, loop, qtbot):
    tab = shell.backpack
    open_tab(shell, tab)
    loop.run_until_complete(wait_for(lambda: tab.import_action.isEnabled() and not tab.tasks))
    places = {"badges": tab.table, "search": tab.search_edit}
    missed = [
        name
        for name, focus in places.items()
        if not triggered_by(qtbot, shell.window, tab.import_action, focus, CTRL_I)
    ]
    assert missed == []
