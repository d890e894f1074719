"""Copying to the clipboard from a button, which says so for a moment."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton

FEEDBACK_MS = 1500
_IDLE_TEXT = "idleText"


def copy_from(button: QPushButton, text: str) -> None:
    """Put ``text`` on the clipboard; ``button`` reads "Copied ✓", then its own text again
    (the timer dies with the button, so a closed window is no problem)."""
    if not text:
        return
    QGuiApplication.clipboard().setText(text)
    idle = button.property(_IDLE_TEXT) or button.text()
    button.setProperty(_IDLE_TEXT, idle)
    button.setText(QCoreApplication.translate("Clipboard", "Copied ✓"))
    QTimer.singleShot(FEEDBACK_MS, button, lambda: button.setText(idle))
