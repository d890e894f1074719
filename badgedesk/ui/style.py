"""The few style rules the widgets share, so that a problem looks the same everywhere."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel

ERROR_TEXT = "color: #b00020;"
"""A problem written next to the field it concerns, on a light palette (use ``error_style()``)."""
ERROR_TEXT_ON_DARK = "color: #ff8a80;"
"""The same on a dark palette, where #b00020 is hard to read (contrast about 2:1)."""


def error_style() -> str:
    """``ERROR_TEXT``, or ``ERROR_TEXT_ON_DARK`` when the application's palette is dark."""
    window = QApplication.palette().color(QPalette.ColorRole.Window)
    return ERROR_TEXT_ON_DARK if window.lightness() < 128 else ERROR_TEXT


def error_label(accessible_name: str) -> QLabel:
    """A hidden, wrapping label in ``error_style()``, shown when there is a problem to tell."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # server words are never markup
    label.setStyleSheet(error_style())
    label.setAccessibleName(accessible_name)
    label.hide()
    return label
