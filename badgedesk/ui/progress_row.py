"""The progress row under a batch being sent: a bar, what is happening, Pause/Resume and Cancel.

Shared by the Drafts and Revocations editors, so both say the same thing in the same place.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from badgedesk.services.outbox import SubmissionProgress


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProgressRow", text)


def duration_text(seconds: float | None) -> str:
    if seconds is None:
        return _tr("estimating time left")
    if seconds < 90:
        return _tr("%d s left") % max(1, round(seconds))
    return _tr("%d min left") % round(seconds / 60)


def stop_text(progress: SubmissionProgress) -> str:
    """Why a run stopped before the end, and what to do next ("" when it did not)."""
    reasons = {
        "cancelled": _tr("Cancelled: the rows not sent stay pending."),
        "offline": _tr(
            "Stopped: the server cannot be reached. Submit again later; rows whose answer "
            "was lost are checked with the server first."
        ),
        "signed-out": _tr("Stopped: sign in again, then submit to continue."),
    }
    return reasons[progress.stopped] if progress.stopped is not None else ""


class ProgressRow(QWidget):
    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        """``what`` names the work for screen readers ("Submission", "Revocation")."""
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(_tr("%s progress") % what)
        self.label = QLabel()
        self.label.setAccessibleName(_tr("%s rate and time left") % what)
        self.label.setWordWrap(True)
        self.pause_button = QPushButton(_tr("&Pause"))
        self.pause_button.setAccessibleName(_tr("Pause or resume"))
        self.cancel_button = QPushButton(_tr("&Cancel"))
        self.cancel_button.setAccessibleName(_tr("Cancel: rows not sent stay pending"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 2)
        layout.addWidget(self.label, 2)
        layout.addWidget(self.pause_button)
        layout.addWidget(self.cancel_button)
        self.hide()

    def show_count(self, done: int, total: int, text: str, *, paused: bool = False) -> None:
        self.show()
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.bar.setFormat(_tr("%(done)d of %(total)d") % {"done": done, "total": total})
        self.label.setText(text)
        self.pause_button.setText(_tr("&Resume") if paused else _tr("&Pause"))

    def set_running(self, running: bool) -> None:
        self.setVisible(running or self.isVisible())
        self.pause_button.setEnabled(running)
        self.cancel_button.setEnabled(running)
