"""Walking the window and its dialogs as a person would see them: every tab in turn with
content shown, each dialog of the main flows built as its flow builds it, and what is cut off
among the visible widgets. Shared by the fit and pseudo-locale tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QDialog,
    QHeaderView,
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
from badgedesk.ui.assertions.award_dialog import AwardDialog
from badgedesk.ui.assertions.badge_class_editor import BadgeClassEditor
from badgedesk.ui.assertions.issuer_dialog import IssuerDialog
from badgedesk.ui.assertions.revoke_dialog import RevokeDialog
from badgedesk.ui.audit_dialog import AuditLogDialog
from badgedesk.ui.backpack.collections import CollectionDialog
from badgedesk.ui.backpack.import_dialog import ImportBadgeDialog
from badgedesk.ui.drafts.import_dialog import ImportRowsDialog
from badgedesk.ui.import_mapping import ColumnMappingDialog
from badgedesk.ui.preferences import PreferencesDialog
from badgedesk.ui.profiles_dialog import ProfilesDialog
from badgedesk.ui.revocations.review_dialog import ReviewDialog, ReviewSummary
from tests.ui.shells import select, settle
from tests.ui.waiting import wait_for

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


def open_dialog(loop, dialog: QDialog) -> None:
    """Show ``dialog`` as its user first sees it settle: a column mapping checks every line in
    the background, then names its button after the count."""
    dialog.show()
    if isinstance(dialog, ColumnMappingDialog):
        loop.run_until_complete(wait_for(lambda: dialog.import_result is not None))
    lay_out()


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
    elif isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
        cut = [
            str(widget.model().headerData(section, Qt.Orientation.Horizontal))
            for section in range(widget.count())
            if not widget.isSectionHidden(section)
            and widget.sectionSize(section) < widget.sectionSizeHint(section)
        ]
        if cut:
            return f"cuts the headers {cut}"
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


def every_tab(shell, loop, size: QSize) -> Iterator[str]:
    """Each tab in turn, with a badge class, its details and an award shown: the tab's
    title, once it is shown and laid out."""
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
        yield window.tabs.tabText(index)


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
