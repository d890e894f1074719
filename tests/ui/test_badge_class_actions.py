"""The Assertions tab's badge class and issuer actions, signed in to a sandbox where the demo
user owns two issuers, edits one and is only staff of another: a new badge class appears in
the tree (and in the drafts' choices) selected, an edit shows in the details, a delete is
refused with the server's words while awards are live and done without, and what the role or
the connection forbids is disabled with the reason."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QWidget

from badgedesk.api.client import image_data_uri
from badgedesk.api.models import BadgeClassRequest
from badgedesk.sandbox import Flavor, SandboxConfig, SandboxServer
from tests.badge_files import plain_png
from tests.ui.badge_design import act, answer, closed, node, tree_names
from tests.ui.shells import select, settle

pytestmark = pytest.mark.signed_in(server="shared_sandbox", drafts=True)

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
IN_USE = "BadgeClass may only be deleted if all BadgeInstances have been revoked."


@pytest.fixture
def shared_sandbox(flavor: Flavor) -> Iterator[SandboxServer]:
    """The demo sandbox with issuers where the demo user is only editor or only staff."""
    config = SandboxConfig(flavor=flavor, token_backoff=False, shared_issuers=True)
    with SandboxServer(config) as server:
        yield server


def test_a_new_badge_class_appears_selected_here_and_in_the_drafts(shell, loop):
    tab = shell.assertions
    select(shell, loop, node(tab, "Riverside Training Institute"))
    assert tab.design.new_action.isEnabled(), tab.design.new_action.toolTip()
    tab.design.new_action.trigger()
    editor = tab.design.editor
    assert editor is not None
    editor.name_edit.setText("Harbour Safety")
    editor.description_edit.setPlainText("Knows the harbour's safety rules.")
    editor.image_picker.load_bytes(plain_png(8), "badge.png")
    editor.criteria_edit.setPlainText("Pass the **safety walk**.")
    act(loop, tab, editor.submit, until=lambda: closed(editor))
    chosen = tab.selected_badgeclass()
    assert chosen is not None
    assert chosen.name == "Harbour Safety"
    assert "Harbour Safety" in tree_names(tab)
    assert tab.badgeclass_details.toggle.text() == "About Harbour Safety"
    assert chosen.key in {choice.entity_id for choice in shell.drafts.editor.badgeclasses}


def test_an_edit_shows_in_the_tree_and_the_details(shell, loop):
    tab = shell.assertions
    first = next(
        b for b in tab.badgeclasses.values() if b.issuer == node(tab, "Northfield College")
    )
    select(shell, loop, first.key)
    act(loop, tab, tab.design.edit_action.trigger, until=lambda: tab.design.editor is not None)
    editor = tab.design.editor
    assert editor.image_picker.has_image(), "the current image is shown to keep or replace"
    editor.name_edit.setText("Renamed Badge")
    editor.description_edit.setPlainText("A description written in BadgeDesk.")
    act(loop, tab, editor.submit, until=lambda: closed(editor))
    assert "Renamed Badge" in tree_names(tab)
    assert first.name not in tree_names(tab)
    assert tab.selected_badgeclass().key == first.key
    assert "written in BadgeDesk" in tab.badgeclass_details.browser.toPlainText()


def test_a_delete_is_refused_with_the_servers_words_while_awards_are_live(shell, loop):
    tab = shell.assertions
    first = next(
        b for b in tab.badgeclasses.values() if b.issuer == node(tab, "Northfield College")
    )
    select(shell, loop, first.key)
    live = tab.award_summary.active
    assert live > 0
    tab.design.delete_action.trigger()
    question = answer(loop, tab, yes=True)
    assert first.name in question.text()
    assert f"{tab.award_summary.total} awards" in question.informativeText()
    settle(loop, tab, until=lambda: tab.design.question is not None)
    refusal = tab.design.question
    assert IN_USE in refusal.text()
    assert f"{live} live awards" in refusal.informativeText()
    assert "Revoke" in refusal.informativeText()
    refusal.button(QMessageBox.StandardButton.Ok).click()
    assert first.name in tree_names(tab)


def test_a_badge_class_without_live_awards_is_deleted_after_asking(shell, loop):
    tab = shell.assertions
    riverside = tab.issuers[node(tab, "Riverside Training Institute")]
    request = BadgeClassRequest(
        name="Short Lived",
        description="Made to be deleted.",
        image=image_data_uri(plain_png(8)),
        criteria_narrative="None.",
    )
    made = loop.run_until_complete(shell.desk.badge_classes.create(riverside, request))
    select(shell, loop, made.key)
    tab.design.delete_action.trigger()
    answer(loop, tab, yes=False)
    settle(loop, tab)
    assert "Short Lived" in tree_names(tab)
    tab.design.delete_action.trigger()
    question = answer(loop, tab, yes=True)
    assert "0 awards" in question.informativeText()
    settle(loop, tab, until=lambda: "Short Lived" not in tree_names(tab))
    assert tab.selected_node() == ("issuers", riverside.key)


def test_what_the_role_or_the_connection_forbids_is_disabled_with_the_reason(shell, loop):
    tab = shell.assertions
    design = tab.design
    select(shell, loop, node(tab, "Moorland Volunteer Network"))
    assert not design.new_action.isEnabled()
    assert "staff of this issuer" in design.new_action.toolTip()
    select(shell, loop, node(tab, "Trail Warden"))
    for action in (design.edit_action, design.delete_action):
        assert not action.isEnabled()
        assert "only its owners and editors" in action.toolTip()
    assert tab.award_action.isEnabled(), "staff still award"
    act(loop, tab, design.issuer_action.trigger, until=lambda: design.issuer_dialog is not None)
    assert design.issuer_dialog.name_edit.isReadOnly()
    assert "staff" in design.issuer_dialog.role_line.text()
    design.issuer_dialog.reject()

    select(shell, loop, node(tab, "Stage Lighting Basics"))
    assert design.edit_action.isEnabled(), "an editor edits"
    tab.set_offline(True)
    for action in (design.edit_action, design.delete_action):
        assert not action.isEnabled()
        assert "needs the server" in action.toolTip()
    assert design.new_action.isEnabled(), "offline, a new badge class is drafted"
    tab.set_offline(False)
    assert design.delete_action.isEnabled()


def test_an_editor_changes_the_issuer(shell, loop):
    tab = shell.assertions
    design = tab.design
    select(shell, loop, node(tab, "Harbour Arts Centre"))
    act(loop, tab, design.issuer_action.trigger, until=lambda: design.issuer_dialog is not None)
    dialog = design.issuer_dialog
    assert not dialog.name_edit.isReadOnly()
    dialog.description_edit.setPlainText("Theatre and lighting courses.")
    act(loop, tab, dialog.submit, until=lambda: closed(dialog))
    harbour = tab.issuers[node(tab, "Harbour Arts Centre")]
    assert harbour.description == "Theatre and lighting courses."


def test_the_keys_work_from_the_tree_and_the_table_and_clash_with_nothing(shell, loop, qtbot):
    tab = shell.assertions
    design = tab.design
    window = shell.window
    select(shell, loop, node(tab, "Riverside Training Institute"))
    mine = {
        "Ctrl+Shift+N": design.new_action,
        "Ctrl+B": design.edit_action,
        "Ctrl+Shift+Delete": design.delete_action,
        "Ctrl+Shift+I": design.issuer_action,
    }
    everywhere = [  # what a key can reach in this tab: its own, its parents' and the window's
        (action.shortcut().toString(), action)
        for widget in [window, *window.findChildren(QWidget)]
        for action in widget.actions()
        if not action.shortcut().isEmpty()
        and (
            widget is tab
            or tab.isAncestorOf(widget)
            or widget.isAncestorOf(tab)
            or action.shortcutContext() != Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
    ]
    for key, action in mine.items():
        assert action.shortcut() == QKeySequence(key)
        assert {a for text, a in everywhere if text == QKeySequence(key).toString()} == {action}

    for focus in (tab.tree, tab.table):
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        focus.setFocus()
        qtbot.waitUntil(focus.hasFocus)
        design.editor = None
        act(loop, tab, lambda f=focus: QTest.keyClick(f, Qt.Key.Key_N, CTRL_SHIFT))
        assert design.editor is not None, focus.accessibleName()
        design.editor.reject()


def test_a_new_issuer_is_made_owned_and_selected(shell, loop):
    tab = shell.assertions
    design = tab.design
    assert design.new_issuer_action.isEnabled(), design.new_issuer_action.toolTip()
    design.new_issuer_action.trigger()
    dialog = design.issuer_dialog
    assert dialog is not None
    assert "You will be the new issuer's owner" in dialog.role_line.text()
    dialog.name_edit.setText("Harbour Sailing School")
    dialog.email_edit.setText("demo@badgedesk.test")
    dialog.url_edit.setText("https://sailing.example.org")
    act(loop, tab, dialog.submit, until=lambda: closed(dialog))
    made = node(tab, "Harbour Sailing School")
    assert tab.selected_node() == ("issuers", made)
    assert "you are its owner" in shell.window.statusBar().currentMessage()
    assert design.new_action.isEnabled(), "its owner designs its badge classes"

    tab.set_offline(True)
    assert not design.new_issuer_action.isEnabled()
    assert "needs the server" in design.new_issuer_action.toolTip()
    tab.set_offline(False)
