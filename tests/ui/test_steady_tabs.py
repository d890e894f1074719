"""SteadyTabs: a label changing its text on a page repaints the label, not the whole page, and
the tab widget still follows what does change its layout."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from badgedesk.ui.steady_tabs import SteadyTabs


class PaintCount(QObject):
    """How many times ``widget`` was painted."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.paints = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def shown_with_a_status_line(qtbot, tabs: QTabWidget) -> tuple[QLabel, QWidget]:
    """A page with a large area above a status line that wraps, as a batch's progress does.
    The caller keeps ``tabs``: qtbot holds it weakly."""
    page = QWidget()
    layout = QVBoxLayout(page)
    table = QWidget()
    table.setMinimumSize(400, 300)
    status = QLabel("0 of 1,000 sent")
    status.setWordWrap(True)
    layout.addWidget(table)
    layout.addWidget(status)
    tabs.addTab(page, "Batch")
    qtbot.addWidget(tabs)
    tabs.resize(600, 500)
    tabs.show()
    qtbot.waitExposed(tabs)
    qtbot.wait(50)
    return status, table


@pytest.mark.parametrize(("kind", "repainted"), [(QTabWidget, True), (SteadyTabs, False)])
def test_a_changing_status_line_repaints_only_itself(qtbot, kind, repainted):
    """Qt's own tab widget repaints the whole page (the control: the test can see it)."""
    tabs = kind()
    status, table = shown_with_a_status_line(qtbot, tabs)
    table_paints, status_paints = PaintCount(table), PaintCount(status)
    for sent in range(1, 6):
        status.setText(f"{sent} of 1,000 sent")
        qtbot.wait(20)
    assert status_paints.paints >= 5
    assert (table_paints.paints > 0) is repainted
    status.setText("999 of 1,000 sent · 8 in flight · the server asked BadgeDesk to wait a while")
    qtbot.wait(50)
    on_screen = tabs.screen().grabWindow(tabs.winId()).toImage()
    drawn_afresh = tabs.grab().toImage()
    assert on_screen.convertToFormat(drawn_afresh.format()) == drawn_afresh, "nothing left stale"


@pytest.mark.parametrize("kind", [QTabWidget, SteadyTabs])
def test_the_window_and_the_tab_bar_still_follow_real_changes(qtbot, kind):
    """What Qt's own tab widget does when a page or the tab bar needs more room, it does too."""
    window = QWidget()
    tabs = kind()
    QVBoxLayout(window).addWidget(tabs)
    page = QWidget()
    QVBoxLayout(page).addWidget(QLabel("A page"))
    tabs.addTab(page, "A")
    tabs.addTab(QWidget(), "B")
    qtbot.addWidget(window)
    window.resize(800, 400)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)

    page.setMinimumHeight(700)
    qtbot.waitUntil(lambda: window.height() >= 700, timeout=2000)
    assert page.height() >= 700

    bar = tabs.tabBar()
    font = bar.font()
    font.setPointSize(font.pointSize() * 3)
    bar.setFont(font)
    qtbot.waitUntil(lambda: bar.height() == bar.sizeHint().height(), timeout=2000)
