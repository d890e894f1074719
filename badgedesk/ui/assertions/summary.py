"""The strip over the assertions table: how many awards of a badge class are active, expired
and revoked, and a chart of awards per month — people would rather see than count.

QtCharts is imported the first time a chart is drawn: the strip exists from start-up, and the
import costs more than the rest of the tab.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QElapsedTimer, QLocale, QMargins, Qt
from PySide6.QtGui import QCursor, QPainter, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolTip, QVBoxLayout, QWidget

from badgedesk.services.assertions import AwardSummary

if TYPE_CHECKING:
    from PySide6.QtCharts import QChart, QChartView

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
        self.chart_view: QChartView | None = None
        self._chart: QChart | None = None
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
        self.setFixedHeight(130)
        self.setAccessibleName(self.tr("Summary of the badge class"))

    def clear(self) -> None:
        self._since_drawn.invalidate()
        self.hide()

    def show_unavailable(self, message: str) -> None:
        self.counts_label.setText(message)
        self.range_label.clear()
        if self.chart_view is not None:
            self.chart_view.hide()
        self.show()

    def show_summary(self, summary: AwardSummary) -> None:
        locale = QLocale()
        text = self.tr("Active %s\nExpired %s\nRevoked %s") % (
            locale.toString(summary.active),
            locale.toString(summary.expired),
            locale.toString(summary.revoked),
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
        from PySide6.QtCharts import (
            QBarCategoryAxis,
            QBarSeries,
            QBarSet,
            QChart,
            QChartView,
            QValueAxis,
        )

        months = _month_range(per_month)[-MONTHS_SHOWN:]
        self.months = months
        if self.chart_view is None:
            self.chart_view = QChartView()
            self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.chart_view.setAccessibleName(self.tr("Awards per month"))
            self.chart_view.setStyleSheet("background: transparent")
            self._layout.addWidget(self.chart_view, 1)
        # Every chart object gets a Qt parent as it is made, so Qt alone owns and deletes
        # them (with Python also owning some, PySide 6.12 double-freed them at exit).
        chart = QChart()
        self.chart_view.setChart(chart)
        series = QBarSeries(chart)
        bars = QBarSet(self.tr("Awards"), series)
        bars.append([float(per_month.get(month, 0)) for month in months])
        palette = self.palette()
        bars.setColor(palette.color(QPalette.ColorRole.Highlight))
        bars.setBorderColor(palette.color(QPalette.ColorRole.Highlight))
        series.append(bars)
        series.setBarWidth(0.8)
        chart.addSeries(series)
        chart.legend().hide()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundVisible(False)
        chart.setMargins(QMargins(0, 0, 0, 0))
        text = palette.color(QPalette.ColorRole.WindowText)
        locale = QLocale()
        names = [locale.toString(QDate(int(m[:4]), int(m[5:]), 1), "MMM yyyy") for m in months]
        self.range_label.setText(
            self.tr("Awards per month,\n%s to %s") % (names[0], names[-1]) if names else ""
        )
        # Two dozen month labels do not fit under the bars: the range is written beside the
        # chart, and each bar tells its month and count when pointed at.
        x_axis = QBarCategoryAxis(chart)
        x_axis.append(months)
        x_axis.setLabelsVisible(False)
        x_axis.setGridLineVisible(False)
        counts = [per_month.get(month, 0) for month in months]
        bars.hovered.connect(
            lambda inside, at: (
                QToolTip.showText(QCursor.pos(), self.tr("%s: %d awards") % (names[at], counts[at]))
                if inside and 0 <= at < len(names)
                else QToolTip.hideText()
            )
        )
        y_axis = QValueAxis(chart)
        y_axis.setLabelFormat("%d")
        y_axis.setRange(0, max([*per_month.values(), 1]))
        y_axis.setTickCount(3)
        y_axis.setLabelsColor(text)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        if self._chart is not None:
            self._chart.deleteLater()  # released by the view, ours to delete
        self._chart = chart
        self.chart_view.setAccessibleDescription(
            ", ".join(f"{m}: {per_month.get(m, 0)}" for m in months)
        )
        self.chart_view.show()


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
