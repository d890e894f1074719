"""Drag-and-drop in tests: the events a real drag sends, built and delivered to one widget
(QDrag.exec would block the event loop)."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QWidget


def drag_event(kind: type[QDropEvent], mime: QMimeData, at: QPoint | QPointF) -> QDropEvent:
    """A drag-enter, drag-move or drop event of ``mime`` at ``at``, copying, left button."""
    return kind(
        QPointF(at),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )


def send_drag(
    widget: QWidget, kind: type[QDropEvent], mime: QMimeData, at: QPoint | QPointF
) -> QDropEvent:
    """Deliver a ``drag_event`` to ``widget``; the event says whether it was accepted."""
    event = drag_event(kind, mime, at)
    QApplication.sendEvent(widget, event)
    return event
