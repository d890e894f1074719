"""The few style rules the widgets share, so that a problem looks the same everywhere."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

ERROR_TEXT = "color: #b00020;"
"""A problem written next to the field it concerns: red on the light and the dark palettes."""


def error_label(accessible_name: str) -> QLabel:
    """A hidden, wrapping label in ``ERROR_TEXT``, shown when there is a problem to tell."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # server words are never markup
    label.setStyleSheet(ERROR_TEXT)
    label.setAccessibleName(accessible_name)
    label.hide()
    return label
