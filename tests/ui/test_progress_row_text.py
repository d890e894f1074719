"""What a run's progress row says while its batch waits for a badge class drafted offline, and
how often it paints."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from badgedesk.services.outbox import SubmissionProgress
from badgedesk.ui.progress_row import ProgressRow, live_text


def test_a_batch_waiting_for_its_draft_badge_class_says_so() -> None:
    progress = SubmissionProgress(total=2, awaiting_badgeclass="Harbour Safety")
    said = live_text(progress, "0 of 2 rows done", now=0.0)
    assert "Harbour Safety" in said
    assert "first" in said
    progress.awaiting_badgeclass = None
    assert live_text(progress, "0 of 2 rows done", now=0.0) == "0 of 2 rows done"


class _Paints(QObject):
    """Counts the paint events of the widget it filters."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_a_step_of_progress_paints_the_bar_once(qtbot) -> None:
    """QProgressBar repaints at once when its value moves a step: its format is set first, so
    the new count is drawn in that one paint (a batch of 1,000 redraws it some 70 times)."""
    row = ProgressRow("Submission")
    qtbot.addWidget(row)
    row.show()
    row.show_count(0, 1000, "starting")
    qtbot.waitExposed(row)
    QApplication.processEvents()
    paints = _Paints()
    row.bar.installEventFilter(paints)
    row.show_count(400, 1000, "under way")
    QApplication.processEvents()
    assert paints.count == 1
    assert row.bar.text() == "400 of 1000"
