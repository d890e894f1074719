"""The PySide6 defects that ui.pyside_fixes guards against, measured so we notice a fix."""

from __future__ import annotations

import importlib
import inspect
import sys

import pytest
from PySide6.QtCore import QObject, Signal

from badgedesk.ui.pyside_fixes import quicken_feature_checks


class Emitter(QObject):
    flag = Signal(bool)


def test_pinning_is_idempotent():
    from badgedesk.ui.pyside_fixes import PINNED_REFERENCES, pin_singletons

    before = sys.getrefcount(True)
    pin_singletons()
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


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from 3.12")
def test_model_reset_still_drops_a_none_reference_in_this_pyside():
    """If this starts failing, PySide fixed it; pinning None stays harmless."""
    from PySide6.QtCore import QStringListModel

    model = QStringListModel(["a"])
    before = sys.getrefcount(None)
    for _ in range(50):
        model.beginResetModel()
        model.endResetModel()
    assert sys.getrefcount(None) - before <= -40


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from 3.12")
def test_any_qt_method_returning_nothing_still_drops_a_none_reference_in_this_pyside():
    """Not only a model's: every call of a ``void`` method (here ``setObjectName``)."""
    thing = QObject()
    before = sys.getrefcount(None)
    for _ in range(50):
        thing.setObjectName("thing")
    assert sys.getrefcount(None) - before <= -40


def test_qt_objects_in_cycles_are_collected_on_the_gui_thread(main_thread_gc, qtbot):
    """A collection started by another thread's allocations would destroy the object there,
    leaving its timer registered (a crash at the next timer event)."""
    import gc
    import threading
    import weakref

    assert not gc.isenabled()
    holder = QObject()
    holder.startTimer(1000)
    holder.cycle = holder  # type: ignore[attr-defined]
    alive = weakref.ref(holder)
    del holder

    def allocate_cycles() -> None:
        for _ in range(50_000):
            cell: list[object] = []
            cell.append(cell)

    worker = threading.Thread(target=allocate_cycles)
    worker.start()
    worker.join()
    assert alive() is not None, "collected on the worker thread"
    qtbot.waitUntil(lambda: alive() is None, timeout=5000)


@pytest.mark.parametrize(
    "name",
    [
        "badgedesk.ui.pyside_fixes",  # uses PySide6
        "json",  # does not
        "sys",  # built in: no source
        "_ssl",  # compiled: no source
        "PySide6.QtCore",  # compiled, and PySide6 itself
    ],
)
def test_the_quicker_feature_check_answers_as_pysides_own(name):
    """PySide6's check is ``"PySide6" in inspect.getsource(module)``, False without a source;
    the quicker one is in place (as the program and these tests put it) and agrees."""
    quicken_feature_checks()
    check = sys.modules["shibokensupport.feature"]._mod_uses_pyside
    assert check.reads_bytes
    module = importlib.import_module(name)
    try:
        expected = "PySide6" in inspect.getsource(module)
    except (OSError, TypeError):
        expected = False
    assert check(module) is expected
