"""The colours of problems and of rows that went through follow the palette: the light
palette's dark red and dark green are about 2:1 on a dark window."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from badgedesk.ui.style import (
    DONE_COLOR,
    DONE_COLOR_ON_DARK,
    ERROR_COLOR,
    ERROR_COLOR_ON_DARK,
    WARNING_COLOR_ON_DARK,
    contrast,
    done_brush,
    error_brush,
    error_color,
    error_label,
    error_style,
    hint_banner_style,
    muted_brush,
    problem_banner_style,
    warning_banner_style,
    warning_brush,
    warning_color,
)


def test_contrast_is_wcags_ratio():
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21)
    assert contrast(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)
    assert contrast(QColor("#b00020"), QColor("#1e1e1e")) < 3, "why dark needs its own red"


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


def _palette(window: str, text: str) -> QPalette:
    palette = QPalette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        palette.setColor(role, QColor(window))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        palette.setColor(role, QColor(text))
    return palette


def _style_colour(sheet: str, prop: str) -> QColor:
    match = re.search(rf"(?:^|[;{{ ]){prop}:\s*(#[0-9a-fA-F]{{6}})", sheet)
    assert match, sheet
    return QColor(match.group(1))


@pytest.mark.parametrize(
    ("window", "text"),
    [
        ("#ffffff", "#000000"),
        ("#f0f0f0", "#1e1e1e"),
        ("#1e1e1e", "#ffffff"),
        ("#353535", "#e0e0e0"),
    ],
)
def test_error_warning_and_success_text_pass_wcag_aa_on_light_and_dark(qapp, window, text):
    """What the widgets really paint: field errors (style sheets), the red of invalid draft
    rows, the warning of an unaccepted badge, the green of a row that went through, the grey
    of revoked rows, and the warning banner on its own ground."""
    saved = qapp.palette()
    qapp.setPalette(_palette(window, text))
    try:
        ground = QColor(window)
        used = {
            "field error": _style_colour(error_label("Problem").styleSheet(), "color"),
            "error style": _style_colour(error_style(), "color"),
            "invalid row": error_brush().color(),
            "detail's revoked mark": error_color(),
            "unaccepted": warning_brush().color(),
            "went through": done_brush().color(),
            "revoked row": muted_brush().color(),
        }
        low = {name: round(contrast(c, ground), 2) for name, c in used.items()}
        assert all(ratio >= 4.5 for ratio in low.values()), low
        for banner in (warning_banner_style(), problem_banner_style(), hint_banner_style()):
            fg, bg = _style_colour(banner, "color"), _style_colour(banner, "background")
            assert contrast(fg, bg) >= 4.5, banner
            # a banner matches the palette: no pale box glaring on a dark window
            assert (bg.lightness() < 128) == (ground.lightness() < 128), banner
    finally:
        qapp.setPalette(saved)


def test_the_colour_is_chosen_against_the_palette_not_fixed(qapp):
    saved = qapp.palette()
    try:
        qapp.setPalette(_palette("#ffffff", "#000000"))
        light = error_color()
        qapp.setPalette(_palette("#1e1e1e", "#ffffff"))
        assert error_color() != light
        assert warning_color().name() == WARNING_COLOR_ON_DARK
    finally:
        qapp.setPalette(saved)


def test_error_text_follows_a_switch_to_a_dark_palette(qapp, qtbot):
    """A style sheet's colour is fixed once set: error text set on a light palette must be
    recoloured when the palette turns dark (and back)."""
    from badgedesk.ui.style import ERROR_TEXT, ERROR_TEXT_ON_DARK, set_error_style

    saved = qapp.palette()
    qapp.setPalette(_palette("#ffffff", "#000000"))
    window = QWidget()  # as in the dialogs: labels inside a window, shown
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    label, plain = error_label("Problem"), error_label("Problem")
    for shown in (label, plain):
        layout.addWidget(shown)
        shown.show()
    set_error_style(plain, False)
    window.show()
    assert label.styleSheet() == ERROR_TEXT
    try:
        qapp.setPalette(_palette("#1e1e1e", "#ffffff"))
        qtbot.waitUntil(lambda: label.styleSheet() == ERROR_TEXT_ON_DARK)
        assert plain.styleSheet() == "", "text not in error stays as it is"
        qapp.setPalette(_palette("#ffffff", "#000000"))
        qtbot.waitUntil(lambda: label.styleSheet() == ERROR_TEXT)
    finally:
        qapp.setPalette(saved)
