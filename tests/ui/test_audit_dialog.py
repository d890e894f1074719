"""Account → Audit log: the window fits its columns and the screen, and filters by operation,
outcome and text from the keyboard."""

from __future__ import annotations

from PySide6.QtTest import QTest

from badgedesk.core.states import Outcome
from badgedesk.services.audit import AuditTrail
from badgedesk.ui.audit_dialog import OPERATION, OUTCOME, AuditLogDialog

ENTRIES = (
    ("award", "badge class Maths Star to ada@example.org", Outcome.OK, ""),
    (
        "award",
        "badge class Maths Star to bob@example.org",
        Outcome.FAILED,
        "Cannot reach the " * 20,
    ),
    ("revoke", "assertion A1: ada@example.org · Maths Star", Outcome.OK, ""),
    ("sign in", "http://127.0.0.1:8000", Outcome.OK, ""),
)


def audit_dialog(qtbot, loop, drafts) -> AuditLogDialog:
    trail = AuditTrail(drafts, lambda: ("Sandbox", "Dana Demo"))

    async def record() -> None:
        for operation, target, outcome, detail in ENTRIES:
            await trail.record(operation, target, outcome, detail)

    loop.run_until_complete(record())
    dialog = AuditLogDialog(trail)
    qtbot.addWidget(dialog)
    loop.run_until_complete(dialog.load())
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def shown_rows(dialog: AuditLogDialog, column: int) -> list[str]:
    proxy = dialog.table.model()
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def test_the_window_fits_its_columns_and_the_screen(qtbot, loop, drafts):
    dialog = audit_dialog(qtbot, loop, drafts)
    table = dialog.table
    header = table.horizontalHeader()
    screen = dialog.screen().availableGeometry()
    assert dialog.width() <= screen.width()
    assert dialog.height() <= screen.height()
    last = header.count() - 1
    for column in range(last):  # every column but the detail shows whole
        assert header.sectionSize(column) >= table.sizeHintForColumn(column)
    assert header.sectionViewportPosition(last) < table.viewport().width(), "no column cut off"
    empty = table.viewport().width() - header.length()
    assert empty <= header.sectionSize(0), "no wide empty space after the columns"


def test_filters_by_operation_outcome_and_text(qtbot, loop, drafts):
    dialog = audit_dialog(qtbot, loop, drafts)
    assert len(shown_rows(dialog, OPERATION)) == 4
    operations = [dialog.operation_box.itemText(i) for i in range(dialog.operation_box.count())]
    assert operations[1:] == ["award", "revoke", "sign in"]

    dialog.operation_box.setCurrentIndex(operations.index("award"))
    assert shown_rows(dialog, OPERATION) == ["award", "award"]
    dialog.outcome_box.setCurrentIndex(dialog.outcome_box.findData("failed"))
    assert shown_rows(dialog, OUTCOME) == ["failed"]

    dialog.operation_box.setCurrentIndex(0)
    dialog.outcome_box.setCurrentIndex(0)
    dialog.text_edit.setFocus()
    QTest.keyClicks(dialog.text_edit, "ADA@")
    assert shown_rows(dialog, OPERATION) == ["revoke", "award"]  # newest first


def test_every_filter_is_reached_by_its_label(qtbot, loop, drafts):
    from PySide6.QtWidgets import QLabel

    dialog = audit_dialog(qtbot, loop, drafts)
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
    assert {dialog.operation_box, dialog.outcome_box, dialog.text_edit} <= buddies
