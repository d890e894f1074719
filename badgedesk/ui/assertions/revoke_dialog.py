"""Asks why an award is revoked; the reason is required and becomes public with the badge."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from badgedesk.ui.discard import close_or_ask
from badgedesk.ui.fit import fit_to_screen
from badgedesk.ui.style import error_label


class RevokeDialog(QDialog):
    """The confirmation of one revocation: nothing is sent before a reason is written and
    the destructive button is pressed; the tab answers with ``accept()`` or ``show_error()``."""

    submitted = Signal(str)
    """The reason, stripped, never empty."""

    def __init__(self, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.discard_question: QMessageBox | None = None
        self.setWindowTitle(self.tr("Revoke award"))
        self.setAccessibleName(self.windowTitle())
        what = QLabel(self)
        what.setTextFormat(Qt.TextFormat.PlainText)
        what.setWordWrap(True)
        what.setText(
            self.tr(
                "Revoke the award of {recipient}?\n\nThe badge stops being valid for its holder "
                "and for anyone who checks it. This cannot be undone."
            ).format(recipient=description)
        )
        reason_label = QLabel(self.tr("&Reason (required, shown with the revoked badge):"), self)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setAccessibleName(self.tr("Revocation reason"))
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setPlaceholderText(self.tr("For example: awarded in error."))
        reason_label.setBuddy(self.reason_edit)
        self.error_label = error_label(self.tr("Problem"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.revoke_button = self.buttons.addButton(
            self.tr("Re&voke award"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.revoke_button.setAccessibleName(self.tr("Revoke award"))
        self.revoke_button.setEnabled(False)
        self.revoke_button.setToolTip(self.tr("Write a reason first."))
        self.revoke_button.clicked.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.reason_edit.textChanged.connect(self._reason_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason_edit, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 460, 300)
        self.reason_edit.setFocus()

    def reject(self) -> None:
        """Escape, Cancel, closing: a reason written is not thrown away without asking."""
        self.discard_question = close_or_ask(self, bool(self.reason()), super().reject)

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def _reason_changed(self) -> None:
        ready = bool(self.reason())
        self.revoke_button.setEnabled(ready)
        self.revoke_button.setToolTip("" if ready else self.tr("Write a reason first."))

    def submit(self) -> None:
        if not self.reason():
            return
        self.error_label.setVisible(False)
        self.revoke_button.setEnabled(False)
        self.revoke_button.setText(self.tr("Revoking…"))
        self.submitted.emit(self.reason())

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(True)
        self.revoke_button.setText(self.tr("Re&voke award"))
        self._reason_changed()
