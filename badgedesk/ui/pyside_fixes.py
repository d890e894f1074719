"""Work-arounds for defects of the Qt binding that BadgeDesk has measured, in one place."""

from __future__ import annotations

import ctypes
import sys

PINNED_REFERENCES = 1 << 40


def pin_bool_singletons() -> None:
    """Make ``True`` and ``False`` impossible to free.

    PySide6 6.12 drops a reference to the bool on several paths: every emission of a
    Python-defined ``Signal(bool)``, every QtWebEngine page load, every return from an
    ``acceptNavigationRequest`` override (measured: exactly one per event). On Python 3.11 the
    bools are ordinary objects, so a long session frees ``True`` and the interpreter aborts
    ("bool_dealloc"). Adding a vast number of references once makes them as good as the
    immortal bools of Python 3.12+, where this is unnecessary and skipped.
    """
    if sys.version_info >= (3, 12):
        return
    for singleton in (True, False):
        count = ctypes.c_ssize_t.from_address(id(singleton))
        if count.value < PINNED_REFERENCES:
            count.value += PINNED_REFERENCES
