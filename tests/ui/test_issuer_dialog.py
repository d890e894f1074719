"""The issuer dialog on its own: what each role may change (and is told why not), the body it
builds, its checks and where the server's problems go."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from badgedesk.api.errors import ValidationError
from badgedesk.api.models import Issuer, IssuerStaff
from badgedesk.ui.assertions.issuer_dialog import IssuerDialog
from tests.badge_files import plain_png


def shown(qtbot, dialog: IssuerDialog) -> IssuerDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.windowHandle().requestActivate()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def academy() -> Issuer:
    return Issuer(
        entity_id="I1",
        name="Peer Check Academy",
        email="staff@badgr.test",
        url="https://academy.badgr.test",
        description="Issuer for the check",
        staff=[
            IssuerStaff(
                role="owner",
                user="U1",
                user_profile={
                    "firstName": "Olga",
                    "lastName": "Owner",
                    "emails": [{"email": "olga@badgr.test", "verified": True}],
                },
            ),
            IssuerStaff(
                role="staff",
                user="U2",
                user_profile={"firstName": "Sam", "lastName": "", "emails": ["sam@badgr.test"]},
            ),
        ],
    )


def editable(dialog: IssuerDialog) -> list[bool]:
    return [
        not dialog.name_edit.isReadOnly(),
        not dialog.email_edit.isReadOnly(),
        not dialog.url_edit.isReadOnly(),
        not dialog.description_edit.isReadOnly(),
        dialog.image_picker.isEnabled(),
        dialog.save_button.isVisible(),
    ]


@pytest.mark.parametrize("role", ["owner", "editor"])
def test_owners_and_editors_may_change_the_issuer(qtbot, role):
    dialog = shown(qtbot, IssuerDialog(existing=academy(), image=plain_png(8), role=role))
    assert editable(dialog) == [True] * 6
    assert dialog.name_edit.toolTip() == ""
    assert f"You are an {role}" in dialog.role_line.text()


def test_an_editor_is_told_what_only_owners_may_do(qtbot):
    dialog = shown(qtbot, IssuerDialog(existing=academy(), role="editor"))
    assert "only its owners may delete it or change its staff" in dialog.role_line.text()


@pytest.mark.parametrize("role", ["staff", None])
def test_staff_may_change_nothing_and_are_told_why(qtbot, role):
    dialog = shown(qtbot, IssuerDialog(existing=academy(), role=role))
    assert editable(dialog) == [False] * 6
    why = dialog.role_line.text()
    assert "cannot change it" in why or "not change it" in why
    assert dialog.role_line.isVisible()
    for widget in (dialog.name_edit, dialog.description_edit, dialog.image_picker.choose_button):
        assert widget.toolTip() == why
    sent: list[object] = []
    dialog.submitted.connect(sent.append)
    QTest.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    dialog.submit()
    assert sent == []
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible(), "nothing could change, so Escape closes at once"


def test_the_staff_are_listed_read_only_with_roles(qtbot):
    dialog = shown(qtbot, IssuerDialog(existing=academy(), role="owner"))
    table = dialog.staff_table
    rows = [
        [table.item(row, column).text() for column in range(3)] for row in range(table.rowCount())
    ]
    assert rows == [
        ["Olga Owner", "olga@badgr.test", "Owner"],
        ["Sam", "sam@badgr.test", "Staff"],
    ]
    assert table.editTriggers() == table.EditTrigger.NoEditTriggers
    assert "web app" in dialog.staff_note.text()


def test_the_fields_make_the_request_body_and_keep_the_image(qtbot):
    dialog = shown(qtbot, IssuerDialog(existing=academy(), image=plain_png(8), role="editor"))
    sent: list[object] = []
    dialog.submitted.connect(sent.append)
    dialog.name_edit.setText(" Peer Academy ")
    dialog.description_edit.setPlainText("")
    QTest.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    (request,) = sent
    assert request.to_json() == {
        "name": "Peer Academy",
        "email": "staff@badgr.test",
        "url": "https://academy.badgr.test",
    }


def test_a_new_issuer_is_checked_before_it_is_sent(qtbot):
    dialog = shown(qtbot, IssuerDialog())
    sent: list[object] = []
    dialog.submitted.connect(sent.append)
    dialog.email_edit.setText("not an address")
    dialog.url_edit.setText("academy.test")
    dialog.submit()
    assert sent == []
    assert dialog.error_for("name") == "This is required."
    assert "email address" in dialog.error_for("email")
    assert "https://" in dialog.error_for("url")
    assert not dialog.staff_table.isVisible()
    dialog.name_edit.setText("Academy")
    dialog.email_edit.setText("me@academy.test")
    dialog.url_edit.setText("https://academy.test")
    dialog.image_picker.load_bytes(plain_png(8), "logo.png")
    dialog.submit()
    (request,) = sent
    assert request.image.startswith("data:image/png;base64,")


def test_server_errors_land_next_to_their_fields(qtbot):
    dialog = shown(qtbot, IssuerDialog())
    dialog.set_busy(True)
    dialog.show_server_errors(
        ValidationError(
            field_errors={"email": ["Enter a valid email address."], "image": ["Invalid image."]},
            validation_errors=["Issuer email must be one of your verified addresses."],
        )
    )
    assert dialog.save_button.isEnabled()
    assert dialog.error_for("email") == "Enter a valid email address."
    assert dialog.error_for("image") == "Invalid image."
    assert dialog.general_error.text() == "Issuer email must be one of your verified addresses."


def test_escape_asks_when_changed(qtbot):
    dialog = shown(qtbot, IssuerDialog(existing=academy(), role="owner"))
    dialog.url_edit.setText("https://elsewhere.test")
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.discard_question is not None
    assert dialog.isVisible()
