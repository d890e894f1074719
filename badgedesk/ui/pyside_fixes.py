"""Work-arounds for defects of the Qt binding that BadgeDesk has measured, in one place."""

from __future__ import annotations

import gc
import sys
import time
from types import ModuleType

from PySide6.QtCore import QObject, QTimer

PINNED_REFERENCES = 1 << 40


def pin_singletons() -> None:
    """Make ``True``, ``False`` and ``None`` impossible to free.

    PySide6 6.12 drops a reference to them on several paths: every emission of a
    Python-defined ``Signal(bool)``, every QtWebEngine page load, every return from an
    ``acceptNavigationRequest`` override (measured: exactly one ``bool`` per event); and one
    ``None`` per call of a Qt method that returns nothing, whichever it is (measured:
    ``QObject.setObjectName``, ``QWidget.update`` and ``hide``, ``processEvents``, a model's
    ``beginResetModel``), which BadgeDesk makes thousands of times a minute. On Python 3.11
    these are ordinary objects, so a long session frees one and the interpreter aborts
    ("bool_dealloc", "none_dealloc"; a script without the pinning died after 200,000 calls of
    ``processEvents``), at the latest when it exits. Adding a vast number of references once
    makes them as good as the immortal singletons of Python 3.12+, where this is unnecessary
    and skipped.
    """
    if sys.version_info >= (3, 12):
        return
    import ctypes  # only here: the first paint does not wait for it

    for singleton in (True, False, None):
        count = ctypes.c_ssize_t.from_address(id(singleton))
        if count.value < PINNED_REFERENCES:
            count.value += PINNED_REFERENCES


def quicken_feature_checks() -> None:
    """Let PySide6 tell from a module's bytes whether it uses PySide6.

    PySide6 looks into every module imported after it for the word "PySide6" (a module that
    uses it may switch on its ``__feature__`` options), through ``inspect.getsource``, which
    reads the whole file and splits it into lines through ``linecache``: 56 to 69 ms over the
    448 modules a signed-in start imports after Qt, against 17 ms reading their bytes. The
    answer is the same for a source file; anything else (a compiled module, a frozen one in
    the standalone build) is left to PySide6's own check, as is everything if its internals
    changed.
    """
    feature = sys.modules.get("shibokensupport.feature")
    own_check = getattr(feature, "_mod_uses_pyside", None)
    if own_check is None or getattr(own_check, "reads_bytes", False):
        return

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return bool(own_check(module))

    uses_pyside.reads_bytes = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]


class MainThreadGarbageCollector(QObject):
    """Runs Python's cyclic garbage collection on the GUI thread only.

    Left automatic, a collection runs in whichever thread happens to allocate: the in-process
    sandbox's, an ``asyncio.to_thread`` worker's. A Qt object caught in a reference cycle (an
    old qasync loop's timer, a dialog and its lambdas) is then destroyed on that thread, where
    Qt cannot stop its timers ("Timers cannot be stopped from another thread"), and the next
    timer event is delivered to freed memory: a segmentation fault, measured in the widget
    tests. Automatic collection is switched off and done here instead, with Python's own
    thresholds, from a timer on the GUI thread. A full collection walks every object (over a
    hundred milliseconds with 100,000 rows loaded), so it runs at most once a minute; the
    young generations are looked at every 100 ms, which keeps each collection small (at
    500 ms, single collections of 12 to 60 ms stalled the table while it loaded).
    """

    INTERVAL_MS = 100
    FULL_INTERVAL_S = 60.0

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        gc.disable()
        self._last_full = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start()

    def collect_if_due(self) -> None:
        counts, thresholds = gc.get_count(), gc.get_threshold()
        now = time.monotonic()
        if counts[2] > thresholds[2] and now - self._last_full >= self.FULL_INTERVAL_S:
            self._last_full = now
            gc.collect(2)
        elif counts[1] > thresholds[1]:
            gc.collect(1)
        elif counts[0] > thresholds[0]:
            gc.collect(0)
