"""The asyncio event loop BadgeDesk runs on: qasync's, scheduling as asyncio's own loop does.

qasync gives every callback a Qt timer of its own: each ``call_soon`` starts a zero timer, and
each ``call_later`` a coarse one (Qt's default, within 5 % of its interval, early or late) that
stays registered until it fires, even when cancelled. When this loop was written, one award
asked for 11 callbacks and 3 deadlines (the request's, httpcore's read and write; since the
API client's own transport, ``api/http11.py``, only through a proxy); each deadline is
cancelled within milliseconds but stayed a Qt timer for its whole length: about 3,000 of them
in Qt's sorted list by the end of a batch of 1,000 awards.

Here, as in ``asyncio.BaseEventLoop``, callbacks ready to run wait in one queue and timers in
one heap; one Qt timer fires a turn at once when callbacks are ready, and one, precise, at
the earliest deadline (never before it). A turn runs the callbacks ready when it
began, for at most ``TURN_BUDGET``, so Qt's own events (input, painting, sockets) are handled
between turns. Measured over a bare client's awards (4 and 8 at once), the main thread's work
fell from 1.56 to 1.47 ms an award, and from 1.46 to 1.37 ms.
"""

from __future__ import annotations

import asyncio
import collections
import contextvars
import heapq
import math
from collections.abc import Callable
from typing import Any

import qasync
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

TURN_BUDGET = 0.002
"""Seconds of callbacks after which a turn stops and lets Qt handle its own events (input,
painting, other sockets); the callbacks left run first in the next turn. qasync let Qt in
between any two callbacks; a turn that ran every callback ready, several pages of awards
arriving together, could hold Qt off for longer than a frame. A turn and the paint after it
share a 16 ms frame, and a paint of the Assertions table takes 6 to 10 ms: at 4 ms, the
turns of a page being decoded and added (7 to 9 ms with the callback that ran past the
budget) made 2 of 8 loads of 100,000 awards keep their longest stall within 16 ms; at 2 ms,
5 of 8. Batches are as fast either way (three runs of each)."""
_MIN_TIMERS_TO_PURGE = 100
"""As asyncio: below this many timers, cancelled ones are only dropped when they come due."""


def _set_scheduled(handle: asyncio.TimerHandle, scheduled: bool) -> None:
    """``TimerHandle._scheduled``: a cancelled timer is counted (``_timer_cancelled_count``)
    only while it is set, that is, while the timer is in the heap."""
    handle._scheduled = scheduled  # type: ignore[attr-defined]


class _FromOtherThreads(QObject):
    """Carries the callbacks other threads ask for to the loop's thread (a queued signal)."""

    asked = Signal(object)


class EventLoop(qasync.QEventLoop):  # type: ignore[misc]
    """qasync's event loop with two Qt timers for all of asyncio's callbacks and deadlines.

    The queue and the heap are ``BaseEventLoop``'s own (``_ready``, ``_scheduled``), so
    cancelling a timer and closing the loop keep their asyncio meaning."""

    _ready: collections.deque[asyncio.Handle]
    _scheduled: list[asyncio.TimerHandle]
    _timer_cancelled_count: int
    _clock_resolution: float

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._soon = self._turn_timer()
        """Fires at once for callbacks ready to run."""
        self._soon_armed = False
        self._next_deadline = self._turn_timer()
        """Fires when the earliest timer in the heap comes due."""
        self._deadline_armed_for: float | None = None
        self._from_threads = _FromOtherThreads()
        self._from_threads.asked.connect(self._asked_by_a_thread)

    def _turn_timer(self) -> QTimer:
        timer = QTimer()
        timer.setSingleShot(True)
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.timeout.connect(self._run_turn)
        return timer

    def call_soon(
        self,
        callback: Callable[..., object],
        *args: Any,
        context: contextvars.Context | None = None,
    ) -> asyncio.Handle:
        self._check_closed()
        return self._queue(asyncio.Handle(callback, args, self, context))

    def _queue(self, handle: asyncio.Handle) -> asyncio.Handle:
        self._ready.append(handle)
        if not self._soon_armed:
            self._soon_armed = True
            self._soon.start(0)
        return handle

    def call_soon_threadsafe(
        self,
        callback: Callable[..., object],
        *args: Any,
        context: contextvars.Context | None = None,
    ) -> asyncio.Handle:
        """As asyncio's: refused once the loop is closed, and what was asked before the close
        but arrives after it is dropped with the rest of the queue. qasync's raised then, in
        the Qt event loop (a worker of ``asyncio.to_thread`` ending as a dialog's loop
        closed), and dropped ``context``."""
        self._check_closed()
        handle = asyncio.Handle(callback, args, self, context)
        self._from_threads.asked.emit(handle)
        return handle

    def _asked_by_a_thread(self, handle: asyncio.Handle) -> None:
        if not self.is_closed():
            self._queue(handle)

    def call_later(
        self,
        delay: float,
        callback: Callable[..., object],
        *args: Any,
        context: contextvars.Context | None = None,
    ) -> asyncio.TimerHandle:
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(
        self,
        when: float,
        callback: Callable[..., object],
        *args: Any,
        context: contextvars.Context | None = None,
    ) -> asyncio.TimerHandle:
        self._check_closed()
        handle = asyncio.TimerHandle(when, callback, args, self, context)
        heapq.heappush(self._scheduled, handle)
        _set_scheduled(handle, True)
        self._arm_deadline(when)
        return handle

    def close(self) -> None:
        self._soon.stop()
        self._next_deadline.stop()
        super().close()

    def _arm_deadline(self, when: float) -> None:
        """Have a turn come at ``when`` (loop time), unless one is set for sooner already."""
        if self._deadline_armed_for is not None and self._deadline_armed_for <= when:
            return
        self._deadline_armed_for = when
        self._next_deadline.start(max(0, math.ceil((when - self.time()) * 1000)))

    def _run_turn(self) -> None:
        """One turn, as ``BaseEventLoop._run_once``: the timers now due join the callbacks
        ready, and those run; then the next turns are set."""
        self._soon_armed = False
        if not self._next_deadline.isActive():
            self._deadline_armed_for = None
        scheduled = self._scheduled
        cancelled = self._timer_cancelled_count
        if len(scheduled) > _MIN_TIMERS_TO_PURGE and cancelled * 2 > len(scheduled):
            kept = []
            for timer in scheduled:
                if timer._cancelled:
                    _set_scheduled(timer, False)
                else:
                    kept.append(timer)
            heapq.heapify(kept)
            self._scheduled = scheduled = kept
            self._timer_cancelled_count = 0
        due_by = self.time() + self._clock_resolution
        while scheduled and (scheduled[0]._cancelled or scheduled[0].when() < due_by):
            timer = heapq.heappop(scheduled)
            if timer._cancelled:
                self._timer_cancelled_count -= 1
            else:
                self._ready.append(timer)
            _set_scheduled(timer, False)
        ready = self._ready
        give_way_at = self.time() + TURN_BUDGET
        # A callback may run a nested Qt event loop (a modal dialog), where later turns
        # take from the same queue: count down, and stop if it is empty.
        for _ in range(len(ready)):
            if not ready:
                break
            handle = ready.popleft()
            if not handle._cancelled:
                handle._run()
            if self.time() > give_way_at:
                break  # the rest, first in the queue, run in the next turn
        if ready and not self._soon_armed:
            self._soon_armed = True
            self._soon.start(0)
        if scheduled:
            self._arm_deadline(scheduled[0].when())
