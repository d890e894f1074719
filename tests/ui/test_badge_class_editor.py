"""The badge class editor on its own: the body it builds, its checks, where the server's
problems go, the image it takes or refuses, and its keys."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from badgedesk.api.errors import ValidationError, normalise_field_errors
from badgedesk.api.models import Alignment, BadgeClass, BadgeClassExpiration
from badgedesk.baking import MAX_IMAGE_BYTES
from badgedesk.ui.assertions.badge_class_editor import BadgeClassEditor, SaveChoice
from tests.badge_files import plain_png
from tests.ui.dragging import send_drag
from tests.ui.table_keys import press, type_into

SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8"/></svg>'


def shown(qtbot, dialog: BadgeClassEditor) -> BadgeClassEditor:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.windowHandle().requestActivate()
    qtbot.waitUntil(dialog.isActiveWindow)  # keys reach shortcuts of the active window only
    return dialog


def existing() -> BadgeClass:
    return BadgeClass(
        entity_id="B1",
        name="First Aid",
        description="Knows first aid.",
        criteria_narrative="Pass the test.",
        tags=["health"],
        alignments=[Alignment(target_name="ESCO", target_url="https://esco.example/s1")],
        expires=BadgeClassExpiration(amount=2, duration="years"),
    )


def sent_by(dialog: BadgeClassEditor) -> list[tuple[object, str]]:
    sent: list[tuple[object, str]] = []
    dialog.submitted.connect(lambda request, choice: sent.append((request, choice)))
    return sent


def fill_new(dialog: BadgeClassEditor) -> None:
    dialog.name_edit.setText("  Lifeguard ")
    dialog.description_edit.setPlainText("Guards lives.")
    dialog.image_picker.load_bytes(plain_png(8), "badge.png")
    dialog.criteria_edit.setPlainText("Swim 400 m.")


def test_the_fields_make_the_request_body(qtbot):
    dialog = shown(qtbot, BadgeClassEditor())
    sent = sent_by(dialog)
    fill_new(dialog)
    dialog.criteria_url_edit.setText("https://example.org/criteria")
    dialog.tags_edit.setText("water, safety , , water")
    dialog.add_alignment(
        Alignment(target_name="Swim", target_url="https://example.org/swim", target_code="S1")
    )
    dialog.expiry_combo.setCurrentIndex(dialog.expiry_combo.findData("months"))
    dialog.expiry_amount.setValue(18)
    dialog.submit()
    ((request, choice),) = sent
    assert choice == SaveChoice.SAVE
    image = "data:image/png;base64," + base64.b64encode(plain_png(8)).decode("ascii")
    assert request.to_json() == {
        "name": "Lifeguard",
        "description": "Guards lives.",
        "image": image,
        "criteriaUrl": "https://example.org/criteria",
        "criteriaNarrative": "Swim 400 m.",
        "tags": ["water", "safety"],
        "alignments": [
            {"targetName": "Swim", "targetUrl": "https://example.org/swim", "targetCode": "S1"}
        ],
        "expires": {"amount": 18, "duration": "months"},
    }
    assert not dialog.save_button.isEnabled(), "busy until the caller answers"


def test_an_edit_keeps_the_image_and_can_remove_the_expiry(qtbot):
    dialog = shown(qtbot, BadgeClassEditor(existing=existing(), image=plain_png(8)))
    sent = sent_by(dialog)
    assert dialog.expiry_combo.currentData() == "years"
    assert dialog.expiry_amount.value() == 2
    assert dialog.image_picker.previews[0].pixmap().isNull() is False
    dialog.expiry_combo.setCurrentIndex(0)
    dialog.submit()
    ((request, _),) = sent
    body = request.to_json()
    assert "image" not in body, "an unchanged image is not sent again"
    assert body["expires"] == {"amount": None, "duration": None}, (
        "badgr-server drops a plain null and keeps the rule; both halves null remove it"
    )
    assert body["tags"] == ["health"]
    assert body["alignments"] == [{"targetName": "ESCO", "targetUrl": "https://esco.example/s1"}]


def test_local_checks_stop_the_request_and_show_next_to_the_fields(qtbot):
    dialog = shown(qtbot, BadgeClassEditor())
    sent = sent_by(dialog)
    dialog.criteria_url_edit.setText("ftp://example.org/c")
    dialog.add_alignment(Alignment(target_name="Swim", target_url="example.org"))
    dialog.submit()
    assert sent == []
    assert dialog.error_for("name") == "This is required."
    assert dialog.error_for("description") == "This is required."
    assert "PNG or SVG" in dialog.error_for("image")
    assert "https://" in dialog.error_for("criteriaUrl")
    assert dialog.error_for("alignments") == (
        "Alignment 1: Enter a web address starting with https:// or http://."
    )
    cell = dialog.alignments_table.item(0, 1)
    assert cell.font().bold()
    assert "https://" in cell.toolTip()
    assert dialog.tabs.currentIndex() == 0, "the first tab with a problem is shown"


def test_criteria_are_required_as_text_or_address(qtbot):
    dialog = shown(qtbot, BadgeClassEditor())
    sent = sent_by(dialog)
    fill_new(dialog)
    dialog.criteria_edit.setPlainText("   ")
    dialog.submit()
    assert sent == []
    assert "web address of a page" in dialog.error_for("criteriaNarrative")
    assert dialog.tabs.currentIndex() == 1
    dialog.criteria_url_edit.setText("https://example.org/c")
    dialog.submit()
    assert len(sent) == 1


def test_server_errors_land_next_to_their_fields(qtbot):
    dialog = shown(qtbot, BadgeClassEditor(existing=existing()))
    dialog.set_busy(True)
    fields, _ = normalise_field_errors(
        {
            "name": ["This field may not be blank."],
            "alignments": [{}, {"targetUrl": ["Enter a valid URL."]}],
            "image": ["Invalid image."],
            "expires": {"amount": ["Must be a positive integer"]},
            "color": ["Unknown field."],
        }
    )
    dialog.add_alignment(Alignment(target_name="Second", target_url="https://x.example"))
    dialog.show_server_errors(
        ValidationError(field_errors=fields, non_field_errors=["Badge class not saved."])
    )
    assert dialog.save_button.isEnabled()
    assert dialog.error_for("name") == "This field may not be blank."
    assert dialog.error_for("alignments") == "Alignment 2: Enter a valid URL."
    assert dialog.alignments_table.item(1, 1).font().bold()
    assert dialog.error_for("image") == "Invalid image."
    assert dialog.error_for("expires") == "Must be a positive integer"
    assert dialog.general_error.text() == "color: Unknown field.\nBadge class not saved."


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"just some text", "not an image"),
        (b"GIF89a" + b"\0" * 20, "This is a GIF image; the server takes PNG or SVG only"),
        (b"<svg width='8'></svg>", 'does not declare xmlns="http://www.w3.org/2000/svg"'),
    ],
)
def test_images_the_server_would_refuse_are_refused_with_the_reason(qtbot, data, reason):
    dialog = shown(qtbot, BadgeClassEditor())
    dialog.image_picker.load_bytes(data, "file")
    assert reason in dialog.image_picker.error.text()
    assert dialog.image_picker.error.isVisible()
    assert not dialog.image_picker.has_image()
    assert dialog.request().image is None


def test_a_file_too_large_is_refused_before_it_is_read(qtbot, tmp_path):
    path = tmp_path / "huge.png"
    with path.open("wb") as file:
        file.write(plain_png(8))
        file.truncate(MAX_IMAGE_BYTES + 1)
    dialog = shown(qtbot, BadgeClassEditor())
    dialog.image_picker.load_file(path)
    assert "larger than 5 MB" in dialog.image_picker.error.text()
    assert not dialog.image_picker.has_image()


def test_a_refused_file_keeps_the_image_before_it(qtbot):
    dialog = shown(qtbot, BadgeClassEditor())
    dialog.image_picker.load_bytes(SVG, "good.svg")
    dialog.image_picker.load_bytes(b"GIF87a....", "bad.gif")
    assert dialog.request().image is not None
    assert dialog.request().image.startswith("data:image/svg+xml;base64,")


def test_a_png_dropped_on_the_image_is_taken(qtbot, tmp_path: Path):
    path = tmp_path / "dropped.png"
    path.write_bytes(plain_png(16))
    dialog = shown(qtbot, BadgeClassEditor())
    picker = dialog.image_picker
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    assert send_drag(picker, QDragEnterEvent, mime, QPointF(5, 5)).isAccepted()
    assert send_drag(picker, QDropEvent, mime, QPointF(5, 5)).isAccepted()
    assert picker.chosen == plain_png(16)
    assert "dropped.png (PNG, 16 x 16 px" in picker.file_label.text()
    assert all(not label.pixmap().isNull() for label in picker.previews)
    text = QMimeData()
    text.setText("not a file")
    assert not send_drag(picker, QDragEnterEvent, text, QPointF(5, 5)).isAccepted()


def test_the_markdown_preview_renders_and_does_not_open_links(qtbot):
    dialog = shown(qtbot, BadgeClassEditor())
    dialog.criteria_edit.setPlainText("**Swim** [far](https://example.org)")
    qtbot.waitUntil(lambda: "Swim" in dialog.criteria_preview.toPlainText())
    html = dialog.criteria_preview.toHtml()
    assert "font-weight:700" in html or "font-weight:600" in html
    assert "https://example.org" in html
    assert not dialog.criteria_preview.openLinks()
    assert "**" not in dialog.criteria_preview.toPlainText()


def test_escape_asks_before_losing_changes(qtbot):
    dialog = shown(qtbot, BadgeClassEditor())
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible(), "unchanged: closed at once"
    dialog = shown(qtbot, BadgeClassEditor())
    dialog.name_edit.setText("Lifeguard")
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    box = dialog.discard_question
    assert box is not None
    assert box.isVisible()
    assert dialog.isVisible()
    (keep,) = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole]
    keep.click()
    assert dialog.isVisible()


def test_ctrl_return_saves_and_the_draft_button_is_offered_offline(qtbot):
    dialog = shown(qtbot, BadgeClassEditor())
    assert not dialog.draft_button.isVisible()
    sent = sent_by(dialog)
    fill_new(dialog)
    dialog.tabs.setCurrentIndex(1)
    dialog.criteria_edit.setFocus()
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.criteria_edit)
    QTest.keyClick(dialog.criteria_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [choice for _, choice in sent] == [SaveChoice.SAVE]
    assert dialog.criteria_edit.toPlainText() == "Swim 400 m.", "no new line typed"

    offline = shown(qtbot, BadgeClassEditor(offline=True))
    assert offline.draft_button.isVisible()
    sent = sent_by(offline)
    fill_new(offline)
    offline.draft_button.click()
    assert [choice for _, choice in sent] == [SaveChoice.DRAFT]


def test_alignment_rows_are_added_and_removed_by_keyboard(qtbot):
    dialog = shown(qtbot, BadgeClassEditor())
    dialog.tabs.setCurrentIndex(2)
    table = dialog.alignments_table
    table.setFocus()
    qtbot.waitUntil(lambda: dialog.focusWidget() is table)
    QTest.keyClick(table, Qt.Key.Key_Insert)
    assert table.rowCount() == 1
    type_into(qtbot, table, "Swim")
    press(qtbot, table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.item(0, 0).text() == "Swim")  # committed when idle
    table.selectRow(0)
    qtbot.waitUntil(lambda: dialog.focusWidget() is table)
    QTest.keyClick(table, Qt.Key.Key_Delete)
    assert table.rowCount() == 0


def test_every_control_has_an_accessible_name(qtbot):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit

    dialog = shown(qtbot, BadgeClassEditor(offline=True))
    unnamed = [
        widget
        for kind in (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox)
        for widget in dialog.findChildren(kind)
        if widget.isVisibleTo(dialog)
        and not widget.accessibleName()
        and type(widget).__name__ != "QToolButton"
        and widget.objectName() != "qt_spinbox_lineedit"
    ]
    assert unnamed == []
