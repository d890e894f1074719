"""The Alt+letter mnemonics a window offers, to find two that clash: shared by the mnemonic
tests."""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenuBar, QTabBar, QWidget

_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    """The letter after the first lone ``&`` (``&&`` is a literal ampersand), in lower case."""
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _texts(widget: QWidget) -> list[str]:
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QLabel):
        return [widget.text()] if widget.buddy() is not None else []
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QTabBar):
        return [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
    if isinstance(widget, QMenuBar):
        return [action.text() for action in widget.actions() if action.isVisible()]
    return []


def clashes(window: QWidget) -> dict[str, list[str]]:
    """Each letter that two or more visible controls of ``window`` use, with their texts."""
    used: dict[str, list[str]] = defaultdict(list)
    for widget in [window, *window.findChildren(QWidget)]:
        if widget.window() is not window or not widget.isVisibleTo(window):
            continue
        for text in _texts(widget):
            if (letter := mnemonic(text)) is not None:
                used[letter].append(text)
    return {letter: texts for letter, texts in used.items() if len(texts) > 1}


def menu_clashes(bar: QMenuBar) -> dict[str, dict[str, list[str]]]:
    """Clashes among the items of each menu (a separate scope per menu)."""
    found: dict[str, dict[str, list[str]]] = {}
    for action in bar.actions():
        menu = action.menu()
        used: dict[str, list[str]] = defaultdict(list)
        for item in menu.actions() if menu is not None else []:
            if item.isVisible() and (letter := mnemonic(item.text())) is not None:
                used[letter].append(item.text())
        clashing = {letter: texts for letter, texts in used.items() if len(texts) > 1}
        if clashing:
            found[action.text()] = clashing
    return found
