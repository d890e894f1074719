"""The awards-per-month bars over the Assertions table, painted without QtCharts."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from badgedesk.services.assertions import AwardSummary
from badgedesk.ui.assertions.summary import SummaryStrip


def test_bars_show_each_month_with_gaps_and_tell_what_they_are(qtbot):
    strip = SummaryStrip()
    qtbot.addWidget(strip)
    strip.resize(600, 130)
    summary = AwardSummary(active=7, per_month={"2026-01": 4, "2026-03": 2}, complete=True)
    strip.show_summary(summary)
    chart = strip.chart
    assert strip.months == ["2026-01", "2026-02", "2026-03"], "the empty month is a gap"
    assert chart.counts == [4, 0, 2]
    assert chart.accessibleDescription() == "2026-01: 4, 2026-02: 0, 2026-03: 2"
    assert "Jan 2026 to Mar 2026" in strip.range_label.text()
    area = chart._plot_area()
    third = area.width() / 3
    assert [chart.bar_at(area.left() + third * i + third / 2) for i in range(3)] == [0, 1, 2]
    assert chart.bar_at(area.left() - 1) is None
    assert chart._bar(0).height() == area.height(), "the largest month fills the height"
    assert chart._bar(1).height() == 0

    image = chart.grab().toImage()
    highlight = strip.palette().color(QPalette.ColorRole.Highlight)
    middle_of_first = chart._bar(0).center().toPoint()
    assert QColor(image.pixel(middle_of_first)) == highlight

    strip.show_unavailable("Offline")
    assert chart.isHidden()
