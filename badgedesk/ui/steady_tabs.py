"""A tab widget that does not repaint its pages each time something on them changes size.

Qt's ``QTabWidget`` answers every layout request with ``setUpLayout()``, which ends in
``update()``: the tab bar and the whole current page are painted again. A layout request reaches
it whenever any widget on a page asks for a new size, and a label asks on every change of its
text. So each new line of a batch's progress, each count, repainted the whole window, its
tables included (a table's repaint takes 5 to 15 ms offscreen). Measured, 1,000 rows at 8 at
once in the Drafts tab as the main window holds it: 146 repaints of the whole window, the
longest stall of the event loop 14 and 19 ms; with this widget none, and 9 and 10 ms. A check
and a revocation of 1,000 rows in the Revocations tab (a tab widget in a tab widget) painted
its buttons 12,000 times, now 38.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QTabWidget, QWidget


class SteadyTabs(QTabWidget):
    """A ``QTabWidget`` that passes a layout request on to Qt only when what Qt lays out from
    it changed: the tab bar's size, its own size and size hints. Anything else on a page is
    laid out by the page's own layouts, which repaint only what moved."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._laid_out_for: tuple[QSize | int, ...] | None = None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            shape = self._shape()
            if shape == self._laid_out_for:
                return True
            self._laid_out_for = shape
        return super().event(event)

    def _shape(self) -> tuple[QSize | int, ...]:
        width = self.width()
        height_for_width = self.heightForWidth(width) if self.hasHeightForWidth() else -1
        return (
            self.tabBar().sizeHint(),
            self.minimumSizeHint(),
            self.sizeHint(),
            self.size(),
            height_for_width,
        )
