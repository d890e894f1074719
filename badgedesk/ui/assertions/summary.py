"""The strip over the assertions table: how many awards of a badge class are active, expired
and revoked, and a chart of awards per month — people would rather see than count.

The chart is painted here: a row of bars needs no charting library, and QtCharts (with the
OpenGL bindings it pulls in) would add 12 MB to the standalone build and its import time to
the first chart.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QElapsedTimer, QEvent, QLocale, QRectF, Qt
from PySide6.QtGui import QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolTip, QVBoxLayout, QWidget

from badgedesk.services.assertions import AwardSummary

MONTHS_SHOWN = 24
REDRAW_INTERVAL_MS = 1000
"""While counting goes on page by page, the chart is drawn again at most this often."""


class SummaryStrip(QWidget):
    """Counts on the left, awards per month on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts_label = QLabel()
        self.counts_label.setAccessibleName(self.tr("Award counts"))
        self.counts_label.setTextFormat(Qt.TextFormat.PlainText)
        self.counts_label.setMinimumWidth(self.fontMetrics().averageCharWidth() * 28)
        self.counts_label.setWordWrap(True)
        self.chart = MonthBars()
        self.chart.hide()
        self._since_drawn = QElapsedTimer()
        self.months: list[str] = []
        """The months drawn, oldest first ("YYYY-MM"), for tests and accessibility."""
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(4, 2, 4, 2)
        column = QVBoxLayout()
        column.addWidget(self.counts_label)
        self.range_label = QLabel()
        self.range_label.setAccessibleName(self.tr("Months in the chart"))
        self.range_label.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.range_label)
        column.addStretch(1)
        self._layout.addLayout(column)
        self._layout.addWidget(self.chart, 1)
        self.setFixedHeight(130)
        self.setAccessibleName(self.tr("Summary of the badge class"))

    def clear(self) -> None:
        self._since_drawn.invalidate()
        self.hide()

    def show_unavailable(self, message: str) -> None:
        self.counts_label.setText(message)
        self.range_label.clear()
        self.chart.hide()
        self.show()

    def show_summary(self, summary: AwardSummary) -> None:
        locale = QLocale()
        text = self.tr("Active {active}\nExpired {expired}\nRevoked {revoked}").format(
            active=locale.toString(summary.active),
            expired=locale.toString(summary.expired),
            revoked=locale.toString(summary.revoked),
        )
        if not summary.complete:
            text += "\n" + self.tr("counting…")
        self.counts_label.setText(text)
        if (
            summary.complete
            or not self._since_drawn.isValid()
            or self._since_drawn.hasExpired(REDRAW_INTERVAL_MS)
        ):
            self._draw(summary.per_month)
            self._since_drawn.start()
        self.show()

    def _draw(self, per_month: dict[str, int]) -> None:
        months = _month_range(per_month)[-MONTHS_SHOWN:]
        self.months = months
        locale = QLocale()
        names = [locale.toString(QDate(int(m[:4]), int(m[5:]), 1), "MMM yyyy") for m in months]
        # Two dozen month labels do not fit under the bars: the range is written beside the
        # chart, and each bar tells its month and count when pointed at.
        self.range_label.setText(
            self.tr("Awards per month,\n{first} to {last}").format(first=names[0], last=names[-1])
            if names
            else ""
        )
        self.chart.set_bars(names, [per_month.get(month, 0) for month in months])
        self.chart.setAccessibleDescription(
            ", ".join(f"{m}: {per_month.get(m, 0)}" for m in months)
        )
        self.chart.show()


class MonthBars(QWidget):
    """Bars of awards per month, the largest count written at the top left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names: list[str] = []
        self.counts: list[int] = []
        self.setAccessibleName(self.tr("Awards per month"))
        self.setMinimumWidth(160)

    def set_bars(self, names: list[str], counts: list[int]) -> None:
        self.names, self.counts = names, counts
        self.update()

    def _plot_area(self) -> QRectF:
        label_width = self.fontMetrics().horizontalAdvance(str(max([*self.counts, 1]))) + 6
        return QRectF(self.rect()).adjusted(label_width, 6, -2, -2)

    def _bar(self, index: int) -> QRectF:
        area = self._plot_area()
        slot = area.width() / max(len(self.counts), 1)
        height = area.height() * self.counts[index] / max([*self.counts, 1])
        return QRectF(
            area.left() + slot * index + slot * 0.1, area.bottom() - height, slot * 0.8, height
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        area = self._plot_area()
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        top = max([*self.counts, 1])
        painter.drawText(
            QRectF(0, 0, area.left() - 4, self.fontMetrics().height() + 6),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
            str(top),
        )
        painter.drawText(
            QRectF(0, area.bottom() - self.fontMetrics().height(), area.left() - 4, 20),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
            "0",
        )
        highlight = palette.color(QPalette.ColorRole.Highlight)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(highlight)
        for index in range(len(self.counts)):
            painter.drawRect(self._bar(index))
        painter.end()

    def event(self, event: QEvent) -> bool:
        """Pointing at a bar tells its month and count."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.bar_at(event.pos().x())
            if index is None:
                QToolTip.hideText()
            else:
                text = self.tr("{month}: %n award(s)", "", self.counts[index]).format(
                    month=self.names[index]
                )
                QToolTip.showText(event.globalPos(), text, self)
            return True
        return super().event(event)

    def bar_at(self, x: float) -> int | None:
        area = self._plot_area()
        if not self.counts or not area.left() <= x < area.right():
            return None
        return min(int((x - area.left()) / (area.width() / len(self.counts))), len(self.counts) - 1)


def _month_range(per_month: dict[str, int]) -> list[str]:
    """Every month from the first with an award to the last, gaps included."""
    if not per_month:
        return []
    first, last = min(per_month), max(per_month)
    year, month = int(first[:4]), int(first[5:])
    months = []
    while f"{year:04d}-{month:02d}" <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months
