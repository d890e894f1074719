"""Run in the pseudo-locale, every tab and the main dialogs show only translated text, and none
of it cut short at 1366x768: a text without the ⟦ ⟧ markers bypassed translation, and one cut
short here will be cut in a longer language (German runs about 30 % longer than English).

Data is not translated, so it is allowed: what the server names (issuers, badge classes,
people), numbers, dates, and Qt's own standard buttons (translated by Qt's qtbase_<lang>.qm).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)

from badgedesk.core.languages import PSEUDO
from badgedesk.i18n import PSEUDO_OPEN
from badgedesk.ui import fit
from tests.ui.languages import speaking
from tests.ui.shells import select, settle
from tests.ui.walking import SCREENS, available, dialogs, every_tab, misfits, open_dialog

pytestmark = pytest.mark.signed_in(drafts=True)

SCREEN = SCREENS["1366x768"]

DATA = re.compile(r"[\W\d_]*|https?://\S*")
"""No letter at all (a number, a date, a count, a symbol: "—", "✓", "…"), or a web address,
the same in every language (the example addresses of a profile's placeholders)."""
ALLOWED = {
    "BadgeDesk": "the program's name, which no language translates",
    "Sandbox": "the name of the built-in server profile, shown as the profile's name",
    "Academy": "the name of the issuer the issuer dialog is shown with (tests/ui/walking.py)",
}
"""Texts with letters that are not the program's words."""


@pytest.fixture(autouse=True)
def pseudo_locale(qapp) -> Iterator[None]:
    """The pseudo-locale, installed before the window is built, as at start."""
    with speaking(qapp, PSEUDO) as used:
        assert used == PSEUDO
        yield


def server_data(shell) -> set[str]:
    """The names the server gave that the window shows: issuers, badge classes, people."""
    tab = shell.assertions
    names = {badgeclass.name for badgeclass in tab.badgeclasses.values()}
    names |= {issuer.name for issuer in getattr(tab, "issuers", {}).values()}
    return names


def shown_texts(window: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for each text a person sees in ``window``: labels, buttons, group box
    titles, tab titles, placeholders, table headers, and the menus' titles and actions."""
    widgets = [window, *window.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        kind = type(widget).__name__
        if isinstance(widget, QAbstractButton):
            box = widget.parentWidget()
            standard = isinstance(box, QDialogButtonBox) and box.standardButton(widget)
            if not standard:
                yield kind, widget.text()
        elif isinstance(widget, QLabel) and widget.pixmap().isNull():
            yield kind, widget.text()
        elif isinstance(widget, QGroupBox):
            yield kind, widget.title()
        elif isinstance(widget, QTabBar):
            yield from ((kind, widget.tabText(i)) for i in range(widget.count()))
        elif isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
            yield f"{kind} placeholder", widget.placeholderText()
        elif isinstance(widget, QTableView | QTreeView):
            table = isinstance(widget, QTableView)
            header = widget.horizontalHeader() if table else widget.header()
            if header.isVisibleTo(window) and widget.model() is not None:
                for section in range(header.count()):
                    if not header.isSectionHidden(section):
                        text = widget.model().headerData(section, Qt.Orientation.Horizontal)
                        yield f"{kind} header", str(text or "")
    menu_bar = getattr(window, "menuBar", None)
    if menu_bar is not None:
        for action in menu_bar().actions():
            yield "menu", action.text()
            menu = action.menu()
            if isinstance(menu, QMenu):
                for item in menu.actions():
                    if not item.isSeparator():
                        yield f"menu {action.text()}", item.text()


def untranslated(window: QWidget, data: set[str]) -> list[str]:
    found = []
    for where, text in shown_texts(window):
        plain = text.strip()
        if not plain or PSEUDO_OPEN in plain or DATA.fullmatch(plain):
            continue
        if plain in ALLOWED or plain in data:
            continue
        found.append(f"{where}: {plain[:70]!r}")
    return sorted(set(found))


def report(found: dict[str, list[str]]) -> str:
    """Every problem, grouped by tab or dialog, one a line."""
    return "\n".join(f"{where}:\n  " + "\n  ".join(problems) for where, problems in found.items())


def test_every_tab_shows_translated_text_that_fits(shell, loop):
    size = fit.fitted_size(SCREEN.width(), SCREEN.height(), available(SCREEN))
    data = server_data(shell)
    found: dict[str, list[str]] = {}
    for title in every_tab(shell, loop, size):
        problems = untranslated(shell.window, data) + misfits(shell.window)
        if problems:
            found[title] = problems
    assert not found, report(found)


def test_every_dialog_shows_translated_text_that_fits(shell, loop, tmp_path, monkeypatch):
    fitted = fit.fitted_size
    monkeypatch.setattr(fit, "fitted_size", lambda w, h, _free: fitted(w, h, available(SCREEN)))
    data = server_data(shell)
    tab = shell.assertions
    select(shell, loop, next(iter(tab.badgeclasses)))
    tab.table.selectRow(0)
    settle(loop, tab, until=lambda: tab.detail.assertion is not None)
    found: dict[str, list[str]] = {}
    for name, build in dialogs(shell, loop, tmp_path):
        dialog = build()
        open_dialog(loop, dialog)
        try:
            problems = untranslated(dialog, data) + misfits(dialog)
            if PSEUDO_OPEN not in dialog.windowTitle():
                problems.append(f"window title: {dialog.windowTitle()!r}")
            if problems:
                found[name] = problems
        finally:
            dialog.reject()
            dialog.deleteLater()
    assert not found, report(found)


def test_the_walk_sees_what_is_not_translated(qtbot):
    """The check itself: a label set without a translation is found, a translated one is not."""
    window = QWidget()
    qtbot.addWidget(window)
    QLabel("Plain English", window)
    QLabel(window.tr("⟦already⟧"), window)
    QLabel("12/03/2026", window)
    assert untranslated(window, set()) == ["QLabel: 'Plain English'"]
