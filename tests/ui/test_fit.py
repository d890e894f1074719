"""Every tab and every dialog of the main flows fits the screens staff have: 1366x768 and
1280x720 at 100 %, and 1920x1080 at 150 %, which is 1280x720 logical pixels and is checked as
such (Qt lays out in logical pixels, so the same widths and heights result).

The checks walk the tree of visible widgets, so a new dialog or control is checked too: nothing
outside its parent, no line edit narrower than a dozen characters, no button or label whose text
is cut. Rendered offscreen against the sandbox.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QDialog,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSplitter,
    QStyle,
    QToolButton,
    QWidget,
)

from badgedesk.api.models import Issuer, IssuerStaff
from badgedesk.core.batches import BatchDefaults
from badgedesk.profiles import ProfileStore
from badgedesk.services.row_import import read_table
from badgedesk.ui import fit
from badgedesk.ui.assertions.award_dialog import AwardDialog
from badgedesk.ui.assertions.badge_class_editor import BadgeClassEditor
from badgedesk.ui.assertions.issuer_dialog import IssuerDialog
from badgedesk.ui.assertions.revoke_dialog import RevokeDialog
from badgedesk.ui.audit_dialog import AuditLogDialog
from badgedesk.ui.backpack.collections import CollectionDialog
from badgedesk.ui.backpack.import_dialog import ImportBadgeDialog
from badgedesk.ui.drafts.import_dialog import ImportRowsDialog
from badgedesk.ui.preferences import PreferencesDialog
from badgedesk.ui.profiles_dialog import ProfilesDialog
from badgedesk.ui.revocations.review_dialog import ReviewDialog, ReviewSummary
from tests.ui.shells import select, settle
from tests.ui.waiting import wait_for

pytestmark = pytest.mark.signed_in(drafts=True)

TASK_BAR = 40
"""Height a desktop's task bar or panel takes from the screen."""
SCREENS = {"1366x768": QSize(1366, 768), "1280x720": QSize(1280, 720)}
READABLE_CHARACTERS = 12
"""A line edit narrower than this many average characters shows "Fi…" of its placeholder."""


def available(screen: QSize) -> QSize:
    return QSize(screen.width(), screen.height() - TASK_BAR)


def open_tab(shell, loop, index: int) -> None:
    """Show a tab of the window, and wait for the Backpack to be listed when it is that one."""
    window, backpack = shell.window, shell.backpack

    async def listed() -> None:
        window.tabs.setCurrentIndex(index)
        if window.tabs.currentWidget() is backpack:
            await wait_for(lambda: backpack.loading is not None and backpack.loading.done())

    loop.run_until_complete(listed())
    lay_out()


def lay_out() -> None:
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def _describe(widget: QWidget) -> str:
    name = widget.accessibleName() or widget.objectName()
    text = widget.text() if isinstance(widget, (QAbstractButton, QLabel, QLineEdit)) else ""
    return f"{type(widget).__name__}({name!r}, {text[:40]!r})"


def _out_of_sight(widget: QWidget, window: QWidget) -> bool:
    """Inside a scroll area's viewport (scrolled to when needed) or in a pane folded away."""
    child, parent = widget, widget.parentWidget()
    while parent is not None and child is not window:
        if isinstance(parent, QSplitter) and parent.sizes()[parent.indexOf(child)] == 0:
            return True
        scroll = parent.parentWidget()
        if isinstance(scroll, QAbstractScrollArea) and parent is scroll.viewport():
            return True
        child, parent = parent, parent.parentWidget()
    return False


def _text_width(widget: QWidget, text: str) -> int:
    return widget.fontMetrics().horizontalAdvance(text.replace("&&", "\0").replace("&", ""))


def _elided(widget: QWidget) -> str | None:
    """Why the widget's text cannot be read whole at its size, if it cannot."""
    if isinstance(widget, QLineEdit):
        readable = widget.fontMetrics().averageCharWidth() * READABLE_CHARACTERS
        if widget.width() < readable:
            return f"is {widget.width()} px wide, under {readable} px"
    elif isinstance(widget, QAbstractButton) and widget.text():
        need = _text_width(widget, widget.text())
        if isinstance(widget, (QCheckBox, QRadioButton)):
            need += widget.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
        if isinstance(widget, QToolButton) and widget.menu() is not None:
            need += widget.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator)
        if not widget.icon().isNull():
            need += widget.iconSize().width()
        if widget.width() < need:
            return f"is {widget.width()} px wide, its text needs {need} px"
    elif isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
        width = widget.contentsRect().width()
        if widget.wordWrap():
            if widget.heightForWidth(widget.width()) > widget.height() + 1:
                return f"shows {widget.height()} px of {widget.heightForWidth(widget.width())}"
        elif widget.sizeHint().width() > widget.width() + 1:
            return f"is {width} px wide, its text needs {widget.sizeHint().width()} px"
    return None


def misfits(window: QWidget) -> list[str]:
    """What is cut off or elided among the window's visible widgets."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.isWindow() or _out_of_sight(widget, window):
            continue
        parent = widget.parentWidget()
        if parent is not None and not parent.rect().contains(widget.geometry()):
            found.append(f"{_describe(widget)} is cut off by {_describe(parent)}")
        reason = _elided(widget)
        if reason is not None:
            found.append(f"{_describe(widget)} {reason}")
    return found


@pytest.fixture(params=list(SCREENS))
def screen(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> QSize:
    """A laptop's screen: dialogs are fitted to it as to the screen they open on."""
    size = SCREENS[request.param]
    fitted = fit.fitted_size
    monkeypatch.setattr(fit, "fitted_size", lambda w, h, _free: fitted(w, h, available(size)))
    return size


def show_every_tab(shell, loop, size: QSize) -> None:
    """Each tab in turn, with a badge class, its details and an award shown; checked."""
    window = shell.window
    window.resize(size)
    tab = shell.assertions
    first_aid = next(b for b in tab.badgeclasses.values() if b.name == "First Aid at Work")
    select(shell, loop, first_aid.key)
    tab.badgeclass_details.toggle.setChecked(True)
    tab.table.selectRow(0)
    settle(loop, tab)
    for index in range(window.tabs.count()):
        open_tab(shell, loop, index)
        assert misfits(window) == [], window.tabs.tabText(index)


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


def dialogs(shell, loop, tmp_path) -> Iterator[tuple[str, Callable[[], QDialog]]]:
    """Each dialog of the main flows, built as its flow builds it."""
    window = shell.window
    yield "award", lambda: AwardDialog("First Aid at Work", window)
    award = shell.assertions.detail.assertion
    yield "edit", lambda: AwardDialog("First Aid at Work", window, existing=award)
    yield "revoke", lambda: RevokeDialog("ada.adams@example.org — First Aid at Work", window)
    summary = ReviewSummary(
        count=120,
        skipped=3,
        badgeclasses=[("First Aid at Work", 80), ("Customer Service Excellence", 40)],
        recipients=[f"learner{n}@example.org" for n in range(12)],
        reasons=[("Awarded in error", 120)],
    )
    yield "revoke review", lambda: ReviewDialog(summary, window)
    table = read_table(
        b"email,name,issued,narrative\n"
        + b"".join(b"ada%d@example.org,Ada,2026-01-05,Did well\n" % n for n in range(30))
    )
    yield (
        "batch import mapping",
        lambda: ImportRowsDialog(
            table,
            "cohort.csv",
            defaults=BatchDefaults(),
            today=date(2026, 1, 5),
            existing=[],
            parent=window,
        ),
    )
    profiles = ProfileStore(tmp_path / "profiles.json")
    yield "profiles", lambda: ProfilesDialog(profiles, "Sandbox", window)
    yield "audit log", lambda: AuditLogDialog(shell.desk.audit, window)
    yield "backpack import", lambda: ImportBadgeDialog(shell.desk.backpack, window)
    yield "new collection", lambda: CollectionDialog(lambda *_args: None, adding=2, parent=window)
    yield "badge class", lambda: BadgeClassEditor(window, issuer_name="Academy", offline=True)
    staff = [IssuerStaff(role="owner", user_profile={"firstName": "Ada", "emails": ["a@x.test"]})]
    issuer = Issuer(entity_id="I1", name="Academy", email="a@x.test", staff=staff)
    yield "issuer", lambda: IssuerDialog(window, existing=issuer, role="editor")
    yield "preferences", lambda: PreferencesDialog(window.settings, window)


def test_every_dialog_fits(shell, loop, tmp_path, screen):
    tab = shell.assertions
    select(shell, loop, next(iter(tab.badgeclasses)))
    tab.table.selectRow(0)
    settle(loop, tab, until=lambda: tab.detail.assertion is not None)
    free = available(screen)
    for name, build in dialogs(shell, loop, tmp_path):
        dialog = build()
        dialog.show()
        lay_out()
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
