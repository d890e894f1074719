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


WARNING_BANNER = (
    "background: #fff3cd; color: #4d3800; border: 2px solid #d9a400; border-radius: 4px;"
    " padding: 8px; font-weight: bold;"
)
"""A warning that must not be missed, on a light palette (use ``warning_banner_style()``)."""
WARNING_BANNER_ON_DARK = (
    "background: #4a3b00; color: #ffe8a3; border: 2px solid #e0b000; border-radius: 4px;"
    " padding: 8px; font-weight: bold;"
)
"""The same on a dark palette: a pale banner there would glare and its text be hard to read."""


def warning_banner_style() -> str:
    """``WARNING_BANNER``, or ``WARNING_BANNER_ON_DARK`` when the application's palette is dark."""
    window = QApplication.palette().color(QPalette.ColorRole.Window)
    return WARNING_BANNER_ON_DARK if window.lightness() < 128 else WARNING_BANNER
