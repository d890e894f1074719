"""The few style rules the widgets share, so that a problem looks the same everywhere."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

ERROR_TEXT = "color: #b00020;"  # ERROR_COLOR
"""A problem written next to the field it concerns, on a light palette (use ``error_style()``)."""
ERROR_TEXT_ON_DARK = "color: #ff8a80;"
"""The same on a dark palette, where #b00020 is hard to read (contrast about 2:1)."""


DONE_COLOR, DONE_COLOR_ON_DARK = "#1b5e20", "#81c784"
"""Text of a row that went through (awarded, revoked), on light and dark palettes."""
ERROR_COLOR, ERROR_COLOR_ON_DARK = "#b00020", "#ff8a80"
"""Text of a row or cell with a problem, on light and dark palettes."""


def dark_palette() -> bool:
    return QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def error_style() -> str:
    """``ERROR_TEXT``, or ``ERROR_TEXT_ON_DARK`` when the application's palette is dark."""
    return ERROR_TEXT_ON_DARK if dark_palette() else ERROR_TEXT


def error_brush() -> QBrush:
    """A table cell's text with a problem, readable on the palette in use."""
    return QBrush(QColor(ERROR_COLOR_ON_DARK if dark_palette() else ERROR_COLOR))


def done_brush() -> QBrush:
    """A table row's outcome that went through, readable on the palette in use."""
    return QBrush(QColor(DONE_COLOR_ON_DARK if dark_palette() else DONE_COLOR))


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
    return WARNING_BANNER_ON_DARK if dark_palette() else WARNING_BANNER
