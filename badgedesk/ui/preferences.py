"""Preferences (File → Preferences…, Ctrl+,): the language BadgeDesk speaks.

The language is chosen once, at start (see ``ui.language``): every window would have to be
built again to change it while running, so the dialog says that the choice applies from the
next start, and nothing else.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from badgedesk.core.languages import NATIVE_NAMES
from badgedesk.ui.language import (
    offered_languages,
    save_language,
    saved_language,
    system_language,
)

MINIMUM_WIDTH = 440
"""Room for a language's name and the note on one or two lines, in the longer languages."""


class PreferencesDialog(QDialog):
    """The language to use from the next start: the system's, English or a shipped one."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.setAccessibleName(self.tr("Preferences"))
        self.setMinimumWidth(MINIMUM_WIDTH)

        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        system = NATIVE_NAMES[system_language()]
        self.language.addItem(self.tr("System default ({language})").format(language=system), "")
        for code in offered_languages():
            self.language.addItem(NATIVE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(saved_language(settings))))
        label = QLabel(self.tr("&Language:"))
        label.setBuddy(self.language)
        self.note = QLabel(self.tr("BadgeDesk will use this language from its next start."))
        self.note.setAccessibleName(self.note.text())
        self.note.setWordWrap(True)

        form = QFormLayout()
        form.addRow(label, self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch()
        layout.addWidget(buttons)
        self.language.setFocus()

    def accept(self) -> None:
        save_language(self.settings, str(self.language.currentData()))
        super().accept()
