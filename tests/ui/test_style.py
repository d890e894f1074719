"""The colours of problems and of rows that went through follow the palette: the light
palette's dark red and dark green are about 2:1 on a dark window."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from badgedesk.ui.style import (
    DONE_COLOR,
    DONE_COLOR_ON_DARK,
    ERROR_COLOR,
    ERROR_COLOR_ON_DARK,
    done_brush,
    error_brush,
)


def contrast(one: QColor, other: QColor) -> float:
    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

        r, g, b = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_row_colours_follow_the_palette_and_stay_readable(qapp: QApplication) -> None:
    saved = qapp.palette()
    try:
        for window, done, error in (
            (QColor("#ffffff"), DONE_COLOR, ERROR_COLOR),
            (QColor("#1e1e1e"), DONE_COLOR_ON_DARK, ERROR_COLOR_ON_DARK),
        ):
            palette = QPalette()
            palette.setColor(QPalette.ColorRole.Window, window)
            palette.setColor(QPalette.ColorRole.Base, window)
            qapp.setPalette(palette)
            assert done_brush().color().name() == done
            assert error_brush().color().name() == error
            assert contrast(done_brush().color(), window) >= 4.5
            assert contrast(error_brush().color(), window) >= 4.5
    finally:
        qapp.setPalette(saved)
