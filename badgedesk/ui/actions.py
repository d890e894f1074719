"""Actions of a tab or pane: their keys work while the focus is inside it, so each tab can give
the same keys (F5, Delete, Ctrl+I) to its own things."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton, QWidget

Shortcut = QKeySequence | QKeySequence.StandardKey | Qt.Key | str | None


def tab_action(
    owner: QWidget,
    text: str,
    shortcut: Shortcut = None,
    slot: Callable[[], Any] | SignalInstance | None = None,
) -> QAction:
    """An action of ``owner`` whose shortcut (if any) works within ``owner`` only."""
    action = QAction(text, owner)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        owner.addAction(action)
    if isinstance(slot, SignalInstance):
        action.triggered.connect(slot)
    elif slot is not None:
        action.triggered.connect(lambda _checked=False: slot())
    return action


def action_button(action: QAction, accessible_name: str | None = None) -> QPushButton:
    """A push button for ``action``: its text, its tooltip with the key (unless the tooltip
    already names it), triggering it, and enabled exactly while it is."""
    button = QPushButton(action.text())
    button.setAccessibleName(accessible_name or action.text().replace("&", "").rstrip("…"))
    tip = action.toolTip()
    shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    button.setToolTip(f"{tip} ({shortcut})" if shortcut and shortcut not in tip else tip)
    button.clicked.connect(action.trigger)
    action.enabledChanged.connect(button.setEnabled)
    button.setEnabled(action.isEnabled())
    return button
