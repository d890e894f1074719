"""Keyboard and focus in the dialogs: where typing starts, what Return presses, and that
Escape (or Cancel, or closing) asks before changes are thrown away."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QMessageBox

from badgedesk.core.batches import BatchDefaults
from badgedesk.profiles import ProfileStore
from badgedesk.services.row_import import parse_pasted
from badgedesk.ui.assertions.award_dialog import AwardDialog
from badgedesk.ui.assertions.revoke_dialog import RevokeDialog
from badgedesk.ui.drafts.import_dialog import ImportRowsDialog
from badgedesk.ui.profiles_dialog import ProfilesDialog
from badgedesk.ui.revocations.import_dialog import RevocationImportDialog
from tests.ui.waiting import wait_for


def shown(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    return dialog


def test_the_award_dialog_starts_in_the_recipient_field(qtbot):
    dialog = shown(qtbot, AwardDialog("First Aid"))
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.identity_edit)
    QTest.keyClicks(dialog.focusWidget(), "ada@example.org")
    assert dialog.identity_edit.text() == "ada@example.org"


def test_a_new_evidence_row_opens_for_typing(qtbot):
    dialog = shown(qtbot, AwardDialog("First Aid"))
    dialog.tabs.setCurrentIndex(2)
    dialog.add_evidence_button.click()
    table = dialog.evidence_table
    assert table.state() == table.State.EditingState
    assert table.currentIndex().row() == table.rowCount() - 1
    assert table.currentIndex().column() == 0
    editor = table.viewport().findChild(QLineEdit)
    assert editor is not None
    assert editor.isVisible()
    QTest.keyClicks(editor, "https://example.org/e")
    QTest.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits it on the next turn
    qtbot.waitUntil(lambda: [item.url for item in dialog.evidence()] == ["https://example.org/e"])


MAPPING_STEPS = {
    "award rows": lambda: ImportRowsDialog(
        parse_pasted("ada@example.org\nbob@example.org"),
        "list.csv",
        defaults=BatchDefaults(),
        today=date.today(),
        existing=[],
    ),
    "revocations": lambda: RevocationImportDialog(
        parse_pasted("entityId\nZZZZZZZZZZZZZZZZZZZZZZ\nYYYYYYYYYYYYYYYYYYYYYY"), "list.csv", []
    ),
}


@pytest.mark.parametrize("step", MAPPING_STEPS)
def test_import_is_the_default_button_of_the_mapping_step(qtbot, loop, step):
    dialog = MAPPING_STEPS[step]()
    shown(qtbot, dialog)
    loop.run_until_complete(wait_for(lambda: dialog.import_button.isEnabled()))
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert dialog.import_button.isDefault()
    assert not cancel.isDefault()
    QTest.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted


def question(dialog) -> QMessageBox:
    box = dialog.discard_question
    assert box is not None, "asked before discarding"
    assert box.isVisible()
    return box


def answer(box: QMessageBox, discard: bool) -> None:
    wanted = (
        QMessageBox.ButtonRole.DestructiveRole if discard else QMessageBox.ButtonRole.RejectRole
    )
    (button,) = [b for b in box.buttons() if box.buttonRole(b) == wanted]
    button.click()


def test_an_unchanged_dialog_closes_at_once_on_escape(qtbot):
    dialog = shown(qtbot, AwardDialog("First Aid"))
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.discard_question is None
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


@pytest.mark.parametrize("close", ["escape", "cancel", "close"])
def test_a_changed_award_asks_before_discarding(qtbot, close):
    dialog = shown(qtbot, AwardDialog("First Aid"))
    dialog.narrative_edit.setPlainText("Ran the session.")
    if close == "escape":
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
    elif close == "cancel":
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    else:
        dialog.close()
    answer(question(dialog), discard=False)
    assert dialog.isVisible(), "Keep editing keeps it"
    assert dialog.narrative_edit.toPlainText() == "Ran the session."
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    answer(question(dialog), discard=True)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_a_written_revocation_reason_is_not_lost_without_asking(qtbot):
    dialog = shown(qtbot, RevokeDialog("ada@example.org"))
    dialog.reason_edit.setPlainText("Awarded in error.")
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    box = question(dialog)
    assert box.defaultButton() is box.escapeButton(), "Return and Escape keep editing"
    QTest.keyClick(box, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    dialog.reason_edit.clear()
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_unsaved_profile_edits_are_not_lost_without_asking(qtbot, tmp_path):
    dialog = shown(qtbot, ProfilesDialog(ProfileStore(tmp_path / "profiles.json"), "Sandbox"))
    dialog.close_button.click()  # nothing changed: a built-in profile is only shown
    assert not dialog.isVisible()
    dialog.show()
    dialog.new_button.click()
    dialog.edits["name"].setText("School")
    dialog.close_button.click()
    answer(question(dialog), discard=True)
    assert not dialog.isVisible()


def test_a_changed_mapping_asks_before_discarding(qtbot, loop):
    table = parse_pasted("ada@example.org\tRan it\nbob@example.org\tHelped")
    dialog = ImportRowsDialog(
        table, "list.csv", defaults=BatchDefaults(), today=date.today(), existing=[]
    )
    shown(qtbot, dialog)
    dialog.column_boxes[1].setCurrentIndex(dialog.column_boxes[1].count() - 1)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    answer(question(dialog), discard=True)
    assert dialog.result() == QDialog.DialogCode.Rejected
