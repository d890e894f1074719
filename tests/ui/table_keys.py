"""A person's keys and clicks in a table view, whether or not a cell editor is open."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView, QWidget


def key_target(table: QTableView) -> QWidget:
    """Where a person's next key goes: the cell editor once one is open, else the table."""
    focus = QApplication.focusWidget()
    return focus if focus is not None and table.isAncestorOf(focus) else table


def type_into(qtbot, table: QTableView, text: str) -> None:
    """Type ``text`` key by key where the focus in ``table`` is."""
    for char in text:
        qtbot.keyClicks(key_target(table), char)


def press(qtbot, table: QTableView, key: Qt.Key) -> None:
    qtbot.keyClick(key_target(table), key)


def click(qtbot, table: QTableView, row: int, column: int, *, double: bool = False) -> None:
    centre = table.visualRect(table.model().index(row, column)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    if double:
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def editing(table: QTableView) -> bool:
    return table.state() == QAbstractItemView.State.EditingState
