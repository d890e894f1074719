"""An issuer: its name, description, email, web address and image, and its staff with roles.

What may be changed follows the server (badgr-server ``issuer.permissions``): the issuer's
PUT is allowed to its owners and editors (``IsEditorButOwnerForDelete``); plain staff may only
read it (and award its badges). Deleting an issuer and managing its staff are for owners, and
API v2 has no staff editing in the issuer's PUT: staff are managed in the web app. Disabled
fields say why, in a tooltip and in a line at the top. Like the badge class editor, the dialog
never talks to the server: ``submitted`` carries the ``IssuerRequest``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from badgedesk.api.errors import ApiError
from badgedesk.api.models import Issuer, IssuerRequest, IssuerStaff, RecipientType
from badgedesk.services.badge_classes import DESIGNERS, EDITOR, OWNER, STAFF, member_emails
from badgedesk.services.validation import Problem, identity_problem
from badgedesk.ui.actions import tab_action
from badgedesk.ui.discard import close_or_ask
from badgedesk.ui.field_errors import FieldErrors
from badgedesk.ui.fit import fit_to_screen
from badgedesk.ui.image_picker import ImagePicker
from badgedesk.ui.problems import problem_text
from badgedesk.ui.style import error_label, hint_banner_style

MAY_EDIT = DESIGNERS
"""The roles that may change an issuer."""


def staff_email(member: IssuerStaff) -> str:
    """The staff member's first email (either shape the servers send)."""
    return next(iter(member_emails(member)), "")


def staff_name(member: IssuerStaff) -> str:
    profile: Mapping[str, Any] = member.user_profile or {}
    parts = (profile.get("firstName"), profile.get("lastName"))
    return " ".join(part for part in parts if isinstance(part, str) and part).strip()


class IssuerDialog(QDialog):
    """Create an issuer (``existing`` None) or view and edit ``existing``; ``role`` is the
    signed-in person's role in it (None: not on its staff, as a server admin may be)."""

    submitted = Signal(object)
    """The ``IssuerRequest`` that passed the local checks."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        existing: Issuer | None = None,
        image: bytes | None = None,
        role: str | None = OWNER,
    ) -> None:
        super().__init__(parent)
        self.existing = existing
        self.role = role
        self.discard_question: QMessageBox | None = None
        editing = existing is not None
        self.may_edit = not editing or role in MAY_EDIT
        title = self.tr("Issuer") if editing else self.tr("New issuer")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        fit_to_screen(self, 680, 620)

        heading = QLabel(existing.name if existing is not None else title, self)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.role_line = QLabel(self)
        self.role_line.setWordWrap(True)
        self.role_line.setTextFormat(Qt.TextFormat.PlainText)
        self.role_line.setAccessibleName(self.tr("What you may change"))
        self.role_line.setStyleSheet(hint_banner_style())
        self.role_line.setText(self.role_text())
        self.general_error = error_label(self.tr("Problem"))
        self.errors = FieldErrors(self.general_error)

        form = QFormLayout()
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.name_edit.setMaxLength(1024)
        self._row(form, self.tr("&Name:"), self.name_edit, "name")
        self.email_edit = QLineEdit(self)
        self.email_edit.setAccessibleName(self.tr("Contact email"))
        self.email_edit.setPlaceholderText(self.tr("one of your verified addresses"))
        self._row(form, self.tr("&Email:"), self.email_edit, "email")
        self.url_edit = QLineEdit(self)
        self.url_edit.setAccessibleName(self.tr("Web site"))
        self.url_edit.setPlaceholderText("https://…")
        self._row(form, self.tr("&Web site:"), self.url_edit, "url")
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setAccessibleName(self.tr("Description"))
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMaximumHeight(80)
        self._row(form, self.tr("&Description:"), self.description_edit, "description")
        self.image_picker = ImagePicker(self)
        self.image_picker.setAccessibleName(self.tr("Image"))
        self.errors.labels["image"] = self.image_picker.error
        image_label = QLabel(self.tr("Image:"), self)
        image_label.setBuddy(self.image_picker.choose_button)
        form.addRow(image_label, self.image_picker)

        staff_caption = QLabel(self.tr("S&taff:"), self)
        self.staff_table = QTableWidget(0, 3, self)
        self.staff_table.setAccessibleName(self.tr("Staff and their roles"))
        self.staff_table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Email"), self.tr("Role")]
        )
        self.staff_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.staff_table.verticalHeader().setVisible(False)
        self.staff_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.staff_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.staff_table.setTabKeyNavigation(False)
        staff_caption.setBuddy(self.staff_table)
        self.staff_note = QLabel(
            self.tr(
                "Staff are added, removed and given roles in the web app, by the issuer's "
                "owners: API v2 does not change them."
            ),
            self,
        )
        self.staff_note.setWordWrap(True)

        self.buttons = QDialogButtonBox(self)
        if self.may_edit:
            self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)
            self.save_text = self.tr("&Save changes") if editing else self.tr("&Create")
            self.save_button = self.buttons.addButton(
                self.save_text, QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.save_button.setDefault(True)
            self.save_button.clicked.connect(self.submit)
            save_action = tab_action(self, self.save_text, "Ctrl+Return", self.submit)
            save_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        else:
            self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
            self.save_text = ""
            self.save_button = self.buttons.addButton(
                self.tr("&Save changes"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.save_button.setVisible(False)
        self.save_button.setAccessibleName(self.save_text.replace("&", ""))
        for button in self.buttons.buttons():
            if button is not self.save_button:
                button.setAccessibleName(button.text().replace("&", ""))
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.role_line)
        layout.addWidget(self.general_error)
        layout.addLayout(form)
        layout.addWidget(staff_caption)
        layout.addWidget(self.staff_table, 1)
        layout.addWidget(self.staff_note)
        layout.addWidget(self.buttons)

        if existing is not None:
            self._fill(existing, image)
        else:
            for widget in (staff_caption, self.staff_table, self.staff_note):
                widget.setVisible(False)  # the creator becomes its owner
            layout.insertStretch(layout.indexOf(self.buttons), 1)
        self._apply_role()
        self.name_edit.setFocus()
        self._initial = self._state()

    def _row(self, form: QFormLayout, caption: str, field: QWidget, key: str) -> None:
        label = QLabel(caption, self)
        label.setBuddy(field)
        form.addRow(label, field)
        form.addRow("", self.errors.label(key, self.tr("Problem")))

    def role_text(self) -> str:
        """What the signed-in person may do here, and why."""
        if self.existing is None:
            return self.tr(
                "You will be the new issuer's owner. Its email must be one of your verified "
                "addresses."
            )
        if self.role == OWNER:
            return self.tr("You are an owner of this issuer: you may change everything here.")
        if self.role == EDITOR:
            return self.tr(
                "You are an editor of this issuer: you may change its details and image; only "
                "its owners may delete it or change its staff."
            )
        if self.role == STAFF:
            return self.tr(
                "You are staff of this issuer: you may award its badges but not change it. "
                "Ask one of its owners or editors."
            )
        return self.tr("You are not on this issuer's staff, so you cannot change it.")

    def _fill(self, issuer: Issuer, image: bytes | None) -> None:
        self.name_edit.setText(issuer.name)
        self.email_edit.setText(issuer.email or "")
        self.url_edit.setText(issuer.url or "")
        self.description_edit.setPlainText(issuer.description or "")
        self.image_picker.set_original(image)
        roles = {OWNER: self.tr("Owner"), EDITOR: self.tr("Editor"), STAFF: self.tr("Staff")}
        for member in issuer.staff:
            row = self.staff_table.rowCount()
            self.staff_table.insertRow(row)
            role = member.role or ""
            name = staff_name(member) or member.user or ""
            for column, text in enumerate((name, staff_email(member), roles.get(role, role))):
                self.staff_table.setItem(row, column, QTableWidgetItem(text))

    def _apply_role(self) -> None:
        """Fields the role may not change are read-only, and say why."""
        why = "" if self.may_edit else self.role_text()
        for edit in (self.name_edit, self.email_edit, self.url_edit):
            edit.setReadOnly(not self.may_edit)
            edit.setToolTip(why)
        self.description_edit.setReadOnly(not self.may_edit)
        self.description_edit.setToolTip(why)
        self.image_picker.setEnabled(self.may_edit)
        self.image_picker.setToolTip(why)
        self.image_picker.choose_button.setToolTip(why)

    # ------------------------------------------------------------ reading

    def request(self) -> IssuerRequest:
        """The body to send: the image only when a new one was chosen."""
        return IssuerRequest(
            name=self.name_edit.text().strip(),
            email=self.email_edit.text().strip(),
            url=self.url_edit.text().strip(),
            description=self.description_edit.toPlainText().strip() or None,
            image=self.image_picker.chosen_uri(),
        )

    def problems(self) -> dict[str, str]:
        """What the server would refuse, by its key, found before sending."""
        request = self.request()
        problems: dict[str, str] = {}
        required = problem_text(Problem.REQUIRED)
        if not request.name:
            problems["name"] = required
        for key, kind, value in (
            ("email", RecipientType.EMAIL, request.email),
            ("url", RecipientType.URL, request.url),
        ):
            if problem := identity_problem(kind, value):
                problems[key] = problem_text(problem)
        return problems

    def _state(self) -> tuple[object, ...]:
        return (self.request().to_json(), self.image_picker.chosen)

    def changed(self) -> bool:
        return self._state() != self._initial

    def reject(self) -> None:
        """Escape, Cancel, closing: closes at once when nothing changed, else asks first."""
        self.discard_question = close_or_ask(self, self.changed(), super().reject)

    # ------------------------------------------------------------ sending and errors

    def submit(self) -> None:
        if not self.may_edit or not self.save_button.isEnabled():
            return
        self.errors.clear()
        problems = self.problems()
        if problems:
            for path, message in problems.items():
                self.errors.show(path, message)
            return
        self.set_busy(True)
        self.submitted.emit(self.request())

    def set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.save_button.setText(self.tr("Sending…") if busy else self.save_text)

    def show_server_errors(self, error: ApiError) -> None:
        """Each of the server's messages next to its field; the rest at the top."""
        self.set_busy(False)
        self.errors.show_server_errors(error)

    def error_for(self, field: str) -> str:
        return self.errors.text(field)
