"""The few style rules the widgets share, so that a problem looks the same everywhere.

Error, warning and success text each have a colour for light and one for dark palettes;
which is used is chosen against the palette in use (its Base, where tables and fields draw,
and its Window, where labels do), so that both stay readable (WCAG AA, 4.5:1).
"""

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QLabel, QWidget

DONE_COLOR, DONE_COLOR_ON_DARK = "#1b5e20", "#81c784"
"""Text of a row that went through (awarded, revoked), on light and dark palettes."""
ERROR_COLOR, ERROR_COLOR_ON_DARK = "#b00020", "#ff8a80"
"""Text of a row, cell or field with a problem, on light and dark palettes."""
WARNING_COLOR, WARNING_COLOR_ON_DARK = "#7a4f00", "#ffcc80"
"""Text that asks for attention without being an error (an award not accepted yet)."""
ERROR_TEXT, ERROR_TEXT_ON_DARK = f"color: {ERROR_COLOR};", f"color: {ERROR_COLOR_ON_DARK};"
"""``error_style()`` on light and dark palettes."""


def contrast(one: QColor, other: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

        r, g, b = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable(on_light: str, on_dark: str, palette: QPalette | None = None) -> QColor:
    """Of a colour for light palettes and one for dark, the one that reads better on
    ``palette`` (by default the application's): the lower of its contrasts with Base and
    with Window."""
    if palette is None:
        palette = QGuiApplication.palette()
    backgrounds = (palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Window))
    return max(
        (QColor(on_light), QColor(on_dark)),
        key=lambda colour: min(contrast(colour, ground) for ground in backgrounds),
    )


def dark_palette() -> bool:
    """The window is dark (banners, which paint their own ground, follow it)."""
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def error_color(palette: QPalette | None = None) -> QColor:
    return readable(ERROR_COLOR, ERROR_COLOR_ON_DARK, palette)


def warning_color() -> QColor:
    return readable(WARNING_COLOR, WARNING_COLOR_ON_DARK)


def done_color() -> QColor:
    return readable(DONE_COLOR, DONE_COLOR_ON_DARK)


def error_style(palette: QPalette | None = None) -> str:
    """A style sheet for a label or field error, readable on the palette in use."""
    return f"color: {error_color(palette).name()};"


def error_brush() -> QBrush:
    """A table cell's text with a problem, readable on the palette in use."""
    return QBrush(error_color())


def warning_brush() -> QBrush:
    return QBrush(warning_color())


def done_brush() -> QBrush:
    """A table row's outcome that went through, readable on the palette in use."""
    return QBrush(done_color())


def muted_brush() -> QBrush:
    """Text of something past (a revoked award, a sent row): two thirds of the way from the
    background to the text, muted yet still easy to read on light and dark palettes (the
    palette's own disabled grey is about 2:1)."""
    palette = QGuiApplication.palette()
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    return QBrush(
        QColor(
            (2 * text.red() + base.red()) // 3,
            (2 * text.green() + base.green()) // 3,
            (2 * text.blue() + base.blue()) // 3,
        )
    )


class _ErrorStyleFollower(QObject):
    """Recolours its widget's error text when the application's palette switches between
    light and dark (a style sheet's colour is fixed once set, and a widget with a style
    sheet hears of no palette change)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.widget = widget
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.paletteChanged.connect(self.recolour)

    @Slot(QPalette)
    def recolour(self, palette: QPalette) -> None:
        if self.widget.styleSheet() in (ERROR_TEXT, ERROR_TEXT_ON_DARK):
            self.widget.setStyleSheet(error_style(palette))


def set_error_style(widget: QWidget, on: bool = True) -> None:
    """``widget``'s text in ``error_style()`` (or back to normal), readable on the palette in
    use now and after a switch between light and dark."""
    if widget.findChild(_ErrorStyleFollower, "", Qt.FindChildOption.FindDirectChildrenOnly) is None:
        _ErrorStyleFollower(widget)
    widget.setStyleSheet(error_style() if on else "")


def error_label(accessible_name: str) -> QLabel:
    """A hidden, wrapping label in ``error_style()``, shown when there is a problem to tell."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # server words are never markup
    set_error_style(label)
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


PROBLEM_BANNER, PROBLEM_BANNER_ON_DARK = (
    "QLabel { background: #fdecec; color: #8a1c1c; border: 1px solid #e7a1a1;"
    " border-radius: 4px; padding: 8px; }",
    "QLabel { background: #4a1c1c; color: #ffcdd2; border: 1px solid #c76b6b;"
    " border-radius: 4px; padding: 8px; }",
)
"""A problem told in a box of its own (sign-in), on light and dark palettes."""
HINT_BANNER, HINT_BANNER_ON_DARK = (
    "QLabel { background: #fff6dc; color: #5c4400; border: 1px solid #e6c86e;"
    " border-radius: 4px; padding: 8px; }",
    "QLabel { background: #3d3200; color: #ffe8a3; border: 1px solid #a88a2a;"
    " border-radius: 4px; padding: 8px; }",
)
"""Advice told in a box of its own (what to do on the sign-in page), on light and dark."""


def problem_banner_style() -> str:
    return PROBLEM_BANNER_ON_DARK if dark_palette() else PROBLEM_BANNER


def hint_banner_style() -> str:
    return HINT_BANNER_ON_DARK if dark_palette() else HINT_BANNER
