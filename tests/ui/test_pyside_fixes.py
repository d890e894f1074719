"""The PySide6 defect that pin_bool_singletons guards against, measured so we notice a fix."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    flag = Signal(bool)


def test_pinning_is_idempotent():
    from badgedesk.ui.pyside_fixes import PINNED_REFERENCES, pin_bool_singletons

    before = sys.getrefcount(True)
    pin_bool_singletons()
    if sys.version_info < (3, 12):
        assert abs(sys.getrefcount(True) - before) < PINNED_REFERENCES // 2


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="bools are immortal from 3.12")
def test_python_bool_signal_still_leaks_in_this_pyside():
    """If this starts failing, PySide fixed the leak and the pinning may go (keep it harmless)."""
    emitter = Emitter()
    emitter.flag.connect(lambda value: None)
    before = sys.getrefcount(True)
    for _ in range(50):
        emitter.flag.emit(True)
    assert sys.getrefcount(True) - before <= -40
