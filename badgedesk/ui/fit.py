"""Windows that fit the screens people have: a 1366x768 laptop, 1280x720, 1920x1080 at 150 %.

Dialogs ask for a comfortable size but never get more than the screen can show, and side panes
keep the width (or the collapsed state) a person gave them from one run to the next.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QSize
from PySide6.QtGui import QGuiApplication

if TYPE_CHECKING:  # the main window uses this module before its first paint: PySide6 builds
    # a class (and its enums, milliseconds each) the first time it is looked up
    from PySide6.QtWidgets import QSplitter, QTableView, QWidget

FRAME_ALLOWANCE = 40
"""Room left for the window manager's title bar and borders, which a dialog's size excludes."""


def fitted_size(width: int, height: int, available: QSize) -> QSize:
    """``width``x``height``, made smaller where a screen whose free area is ``available``
    could not show the window with its frame."""
    return QSize(
        min(width, available.width() - FRAME_ALLOWANCE // 2),
        min(height, available.height() - FRAME_ALLOWANCE),
    )


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize ``window`` to ``width``x``height``, or less where its screen is smaller: a dialog
    taller than a laptop's screen hides its buttons below the task bar."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    window.resize(fitted_size(width, height, screen.availableGeometry().size()))


def remember_splitter(splitter: QSplitter, settings: QSettings | None, key: str) -> None:
    """Restore the pane sizes saved under ``key`` (a collapsed pane stays collapsed) and save
    them whenever the person moves a handle or a pane is shown or hidden."""
    if settings is None:
        return
    state = settings.value(key)
    if isinstance(state, QByteArray) and not state.isEmpty():
        splitter.restoreState(state)
    splitter.splitterMoved.connect(lambda _pos, _index: save_splitter(splitter, settings, key))


def save_splitter(splitter: QSplitter, settings: QSettings | None, key: str) -> None:
    """Keep the splitter's pane sizes under ``key``."""
    if settings is not None:
        settings.setValue(key, splitter.saveState())


def size_columns(view: QTableView, widths: Sequence[int]) -> None:
    """Give each column its width from ``widths``, or more when its header needs it: a
    header's words run longer in some languages ("Ausgestellt am" for "Issued on")."""
    header = view.horizontalHeader()
    for column, width in enumerate(widths):
        view.setColumnWidth(column, max(width, header.sectionSizeHint(column)))


def widen_column_for(view: QTableView, column: int, text: str) -> None:
    """Make ``column`` wide enough to show ``text`` whole in a cell, by the style's own measure
    of a cell holding it; never narrower than it is (a person may have dragged it wider)."""
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.text = text
    option.features = QStyleOptionViewItem.ViewItemFeature.HasDisplay
    option.font = view.font()
    cell = view.style().sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, option, QSize(), view)
    needed = cell.width() + (1 if view.showGrid() else 0)  # the grid line takes a pixel of it
    if view.columnWidth(column) < needed:
        view.setColumnWidth(column, needed)


def stretch_column(view: QTableView, column: int) -> None:
    """Let ``column`` take the room the others leave, never narrower than its header's words:
    the table scrolls sideways instead of cutting them."""
    from PySide6.QtWidgets import QHeaderView

    header = view.horizontalHeader()
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(max(header.minimumSectionSize(), header.sectionSizeHint(column)))
