"""The progress row under a batch being sent: a bar, what is happening, Pause/Resume, Retry now
and Cancel.

Shared by the Drafts and Revocations editors, so both say the same thing in the same place.
It never freezes silently: while a run is live the line is redrawn every second, saying how
long the server has been silent, what wait the server asked for, or, while the run holds, why
and for how long, with every row accounted for.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from badgedesk.services.outbox import Hold, SubmissionProgress

SILENCE_WORTH_SAYING = 5.0
"""Seconds without an answer, with requests in flight, after which the row says so."""
REDRAW_INTERVAL = 0.1
"""Seconds between redraws while rows settle by the hundred (the last change always shows)."""


def duration_text(seconds: float | None) -> str:
    if seconds is None:
        return QCoreApplication.translate("ProgressRow", "estimating time left")
    return QCoreApplication.translate("ProgressRow", "{time} left").format(time=span_text(seconds))


def span_text(seconds: float) -> str:
    """A short span of time: seconds up to 90, then minutes."""
    if seconds < 90:
        whole = max(1, round(seconds))
        return QCoreApplication.translate("ProgressRow", "%n s", None, whole)
    return QCoreApplication.translate("ProgressRow", "%n min", None, round(seconds / 60))


def stop_text(progress: SubmissionProgress) -> str:
    """Why a run stopped before the end, and what to do next ("" when it did not)."""
    reasons = {
        "cancelled": QCoreApplication.translate(
            "ProgressRow", "Cancelled: the rows not sent stay pending."
        ),
        "offline": QCoreApplication.translate(
            "ProgressRow",
            "Stopped: the server could not be reached. Submit again later; rows whose answer "
            "was lost are checked with the server first.",
        ),
        "signed-out": QCoreApplication.translate(
            "ProgressRow", "Stopped: sign in again, then submit to continue."
        ),
    }
    if progress.stopped is None:
        return ""
    text = reasons[progress.stopped]
    if progress.in_doubt:
        text += " " + QCoreApplication.translate(
            "ProgressRow",
            "%n row(s) sent without an answer will be checked with the server before "
            "anything is sent again.",
            None,
            progress.in_doubt,
        )
    return text


def hold_text(progress: SubmissionProgress, now: float) -> str:
    """A run holding before its next round: why, where every row is, and until when."""
    assert progress.waiting is not None
    heads = {
        Hold.UNREACHABLE: QCoreApplication.translate("ProgressRow", "Cannot reach the server."),
        Hold.SILENT: QCoreApplication.translate("ProgressRow", "The server is not answering."),
        Hold.FAILING: QCoreApplication.translate("ProgressRow", "The server is failing."),
        Hold.SERVER_ASKED: QCoreApplication.translate(
            "ProgressRow", "The server asked BadgeDesk to wait."
        ),
    }
    sentences = [
        heads[progress.waiting.reason],
        QCoreApplication.translate(
            "ProgressRow", "{done} of %n row(s) done, {waiting} waiting.", None, progress.total
        ).format(done=progress.done, waiting=progress.total - progress.done),
    ]
    if progress.in_doubt:
        sentences.append(
            QCoreApplication.translate(
                "ProgressRow",
                "Sent without an answer: %n row(s), checked with the server before anything is "
                "sent again.",
                None,
                progress.in_doubt,
            )
        )
    sentences.append(
        QCoreApplication.translate("ProgressRow", "Retrying in {time}.").format(
            time=span_text(progress.waiting.left(now))
        )
    )
    return " ".join(sentences)  # whole sentences, each translated as one


def live_text(progress: SubmissionProgress, text: str, now: float) -> str:
    """``text`` (what the editor says of the counts) with what the server is doing now."""
    if progress.finished:
        return text
    if progress.awaiting_badgeclass is not None:
        return QCoreApplication.translate(
            "ProgressRow",
            "Making the badge class {name} on the server first: no award leaves before it exists.",
        ).format(name=progress.awaiting_badgeclass)
    if progress.waiting is not None:
        return hold_text(progress, now)
    asked = progress.server_asked_until
    if asked is not None and asked > now:
        wait = QCoreApplication.translate(
            "ProgressRow", "the server asked BadgeDesk to wait {time}"
        ).format(time=span_text(asked - now))
        return f"{text} · {wait}"
    since = progress.last_answer
    if progress.in_flight and since is not None and now - since >= SILENCE_WORTH_SAYING:
        return f"{text} · " + QCoreApplication.translate(
            "ProgressRow", "waiting for the server: no answer for {time}"
        ).format(time=span_text(now - since))
    return text


class ProgressRow(QWidget):
    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        """``what`` names the work for screen readers ("Submission", "Revocation")."""
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(
            QCoreApplication.translate("ProgressRow", "{what} progress").format(what=what)
        )
        self.label = QLabel()
        self.label.setAccessibleName(
            QCoreApplication.translate("ProgressRow", "{what} status").format(what=what)
        )
        self.label.setWordWrap(True)
        self.pause_button = QPushButton(QCoreApplication.translate("ProgressRow", "&Pause"))
        self.pause_button.setAccessibleName(
            QCoreApplication.translate("ProgressRow", "Pause or resume")
        )
        self.retry_button = QPushButton(QCoreApplication.translate("ProgressRow", "Retry &now"))
        self.retry_button.setAccessibleName(
            QCoreApplication.translate("ProgressRow", "Retry now instead of waiting")
        )
        self.retry_button.hide()
        self.cancel_button = QPushButton(QCoreApplication.translate("ProgressRow", "&Cancel"))
        self.cancel_button.setAccessibleName(
            QCoreApplication.translate(
                "ProgressRow",
                "Cancel: rows not sent stay pending, requests in flight are abandoned",
            )
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 2)
        layout.addWidget(self.label, 3)
        layout.addWidget(self.pause_button)
        layout.addWidget(self.retry_button)
        layout.addWidget(self.cancel_button)
        self._progress: SubmissionProgress | None = None
        self._describe: Callable[[SubmissionProgress], str] = lambda _: ""
        self._drawn_at = 0.0
        self._stale = False
        self._ticker = QTimer(self)
        self._ticker.setInterval(int(REDRAW_INTERVAL * 1000))
        self._ticker.timeout.connect(self._tick)
        self.hide()

    def show_count(self, done: int, total: int, text: str, *, paused: bool = False) -> None:
        """Counts and a line that do not change on their own (a check of rows)."""
        self._progress = None
        self._ticker.stop()
        self.retry_button.hide()
        self._show(done, total, text, paused)

    def show_progress(
        self,
        progress: SubmissionProgress,
        describe: Callable[[SubmissionProgress], str],
        *,
        now: bool = False,
    ) -> None:
        """Follow a run of the outbox: ``describe`` says what the editor makes of the counts,
        and the row adds what the server is doing. Redrawn at most ten times a second (at
        once with ``now`` or when the run ends), and every second while the run lives."""
        self._progress = progress
        self._describe = describe
        self._stale = True
        if now or progress.finished or time.monotonic() - self._drawn_at >= REDRAW_INTERVAL:
            self._redraw()
        if not progress.finished and not self._ticker.isActive():
            self._ticker.start()

    def _tick(self) -> None:
        if self._stale or time.monotonic() - self._drawn_at >= 1.0:
            self._redraw()

    def _redraw(self) -> None:
        progress = self._progress
        if progress is None:
            return
        self._stale = False
        self._drawn_at = time.monotonic()
        holding = progress.waiting is not None and not progress.finished
        self.retry_button.setVisible(holding)
        self._show(
            progress.done,
            progress.total,
            live_text(progress, self._describe(progress), self._drawn_at),
            progress.paused,
        )
        if progress.finished:
            self._ticker.stop()

    def _show(self, done: int, total: int, text: str, paused: bool) -> None:
        self.show()
        # The format first: QProgressBar repaints at once when its value moves a step, and a
        # format changed after that would paint it a second time (twice as many paints).
        self.bar.setFormat(
            QCoreApplication.translate("ProgressRow", "{done} of {total}").format(
                done=done, total=total
            )
        )
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.label.setText(text)
        self.pause_button.setText(
            QCoreApplication.translate("ProgressRow", "&Resume")
            if paused
            else QCoreApplication.translate("ProgressRow", "&Pause")
        )

    def set_running(self, running: bool) -> None:
        self.setVisible(running or self.isVisible())
        self.pause_button.setEnabled(running)
        self.cancel_button.setEnabled(running)
        self.retry_button.setEnabled(running)
        if not running:
            self._ticker.stop()
            self.retry_button.hide()
