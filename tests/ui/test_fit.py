"""Every tab and every dialog of the main flows fits the screens staff have: 1366x768 and
1280x720 at 100 %, and 1920x1080 at 150 %, which is 1280x720 logical pixels and is checked as
such (Qt lays out in logical pixels, so the same widths and heights result).

The checks walk the tree of visible widgets, so a new dialog or control is checked too: nothing
outside its parent, no line edit narrower than a dozen characters, no button or label whose text
is cut. Rendered offscreen against the sandbox.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QSplitter

from badgedesk.ui import fit
from tests.ui.shells import select, settle
from tests.ui.walking import (
    READABLE_CHARACTERS,
    SCREENS,
    available,
    dialogs,
    every_tab,
    lay_out,
    misfits,
    open_dialog,
    open_tab,
)

pytestmark = pytest.mark.signed_in(drafts=True)


@pytest.fixture(params=list(SCREENS))
def screen(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> QSize:
    """A laptop's screen: dialogs are fitted to it as to the screen they open on."""
    size = SCREENS[request.param]
    fitted = fit.fitted_size
    monkeypatch.setattr(fit, "fitted_size", lambda w, h, _free: fitted(w, h, available(size)))
    return size


def show_every_tab(shell, loop, size: QSize) -> None:
    """Each tab in turn, with a badge class, its details and an award shown; checked."""
    for title in every_tab(shell, loop, size):
        assert misfits(shell.window) == [], title


def test_the_smallest_window_fits(shell, loop):
    show_every_tab(shell, loop, shell.window.minimumSize())
    assert shell.window.size() == shell.window.minimumSize()


def test_every_tab_fits(shell, loop, screen):
    show_every_tab(shell, loop, fit.fitted_size(screen.width(), screen.height(), available(screen)))
    window, tab = shell.window, shell.assertions

    window.tabs.setCurrentWidget(tab)
    lay_out()
    header, viewport = tab.table.horizontalHeader(), tab.table.viewport()
    names = [tab.model.headerData(c, Qt.Orientation.Horizontal) for c in range(header.count())]
    for name in ("Status", "Acceptance"):
        column = names.index(name)
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert 0 <= header.sectionViewportPosition(column) < right <= viewport.width(), name
    readable = tab.fontMetrics().averageCharWidth() * READABLE_CHARACTERS
    narrative = header.sectionViewportPosition(names.index("Narrative"))
    assert 0 <= narrative <= viewport.width() - readable, "the narrative shows"


def test_the_details_pane_folds_and_keeps_its_size(shell, loop, settings, screen):
    window = shell.window
    window.resize(fit.fitted_size(screen.width(), screen.height(), available(screen)))
    tab = shell.assertions
    lay_out()
    assert tab.detail_shown()
    assert tab.detail_action.isChecked()
    table_width = tab.table.width()
    tab.detail_action.trigger()
    lay_out()
    assert not tab.detail_shown()
    assert not tab.detail_action.isChecked()
    assert tab.table.width() > table_width, "the table takes the pane's room"
    tab.detail_action.trigger()
    lay_out()
    assert tab.detail_shown()
    sizes = tab.splitter.sizes()
    tab.splitter.moveSplitter(sizes[0] + sizes[1] - 60, 2)
    lay_out()
    widened = tab.splitter.sizes()[2]
    assert widened > sizes[2]
    tab.detail_action.trigger()  # left folded: the next run starts folded

    later = type(tab)(settings)
    later.resize(window.size())
    assert not later.detail_shown()
    later.set_detail_shown(True)
    assert later.detail_shown()


def test_every_dialog_fits(shell, loop, tmp_path, screen):
    tab = shell.assertions
    select(shell, loop, next(iter(tab.badgeclasses)))
    tab.table.selectRow(0)
    settle(loop, tab, until=lambda: tab.detail.assertion is not None)
    free = available(screen)
    for name, build in dialogs(shell, loop, tmp_path):
        dialog = build()
        open_dialog(loop, dialog)
        try:
            assert dialog.width() <= free.width(), name
            assert dialog.height() <= free.height(), name
            assert misfits(dialog) == [], name
        finally:
            dialog.reject()
            dialog.deleteLater()


def test_side_panes_keep_their_sizes(shell, loop, settings):
    """The Backpack and Drafts tabs' panes are saved as they were left, for the next run."""
    window = shell.window
    window.resize(1280, 640)
    for tab, key in ((shell.backpack, "backpack/splitter"), (shell.drafts, "award/splitter")):
        open_tab(shell, loop, window.tabs.indexOf(tab))
        splitter = tab.findChild(QSplitter)
        splitter.moveSplitter(splitter.sizes()[0] + 50, 1)
        assert settings.value(key) == splitter.saveState(), key


@pytest.mark.webengine
def test_the_sign_in_dialog_fits(session, qtbot, screen):
    """Built without loading a page: its size and its own controls are what is checked."""
    from badgedesk.ui.login_dialog import LoginDialog

    dialog = LoginDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    lay_out()
    free = available(screen)
    assert dialog.height() <= free.height(), "the buttons stay above the task bar"
    assert dialog.width() <= free.width()
    assert misfits(dialog) == []
