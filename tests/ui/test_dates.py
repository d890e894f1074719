"""Dates the way the user writes and reads them (issue 21): one shown form in every view,
editors that take what is typed, imports and pastes of dd/mm/yyyy, exports in ISO 8601."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from badgedesk.api.models import Assertion, AssertionRow, BackpackAssertion
from badgedesk.core.batches import BatchDefaults, DraftRow, RowFields
from badgedesk.services.backpack import BackpackBadge
from badgedesk.ui.assertions.award_dialog import OptionalDateTime
from badgedesk.ui.assertions.detail import AssertionDetail
from badgedesk.ui.dates import display_date, display_datetime
from badgedesk.ui.drafts.editor import OptionalDate
from badgedesk.ui.drafts.import_dialog import ImportRowsDialog
from badgedesk.ui.models.assertions import AssertionTableModel
from badgedesk.ui.models.backpack import ISSUED, BackpackModel
from badgedesk.ui.models.drafts import DraftRowsModel
from tests.ui.batches import new_batch_for, peer_mentor, tab_of
from tests.ui.waiting import wait_for

MOMENT = datetime(2026, 11, 14, 12, 0, tzinfo=UTC)


@pytest.fixture
def locale_named() -> Iterator[object]:
    """Sets the default locale by name for one test, then puts the previous one back."""
    previous = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(previous)


@pytest.mark.parametrize(
    ("name", "day", "moment"),
    [
        ("en_GB", "14/11/2026", "14/11/2026 12:00"),
        ("en_US", "11/14/2026", "11/14/2026 12:00"),
        ("de_DE", "14.11.2026", "14.11.2026 12:00"),
        ("ja_JP", "2026/11/14", "2026/11/14 12:00"),
        ("C", "2026-11-14", "2026-11-14 12:00"),  # no locale set: ISO, not "14 11 2026"
    ],
)
def test_dates_follow_the_locale_with_a_four_digit_year(
    qapp, locale_named, monkeypatch, name, day, moment
) -> None:
    monkeypatch.setenv("TZ", "UTC")
    locale_named(name)
    assert display_date(MOMENT) == display_date(date(2026, 11, 14)) == day
    assert display_datetime(MOMENT) == moment
    assert display_date(date(2026, 5, 6)).count("0") >= 2, "two-digit days and months"
    assert display_date(None) == display_datetime(None) == ""


def test_every_view_shows_the_same_date_the_same_way(qapp, locale_named) -> None:
    """The Assertions table, the detail pane, the Drafts rows and the Backpack agree."""
    locale_named("en_GB")
    shown = display_date(MOMENT)
    assert shown == display_date(MOMENT.astimezone().date())

    assertions = AssertionTableModel()
    row = AssertionRow.from_json(
        {"entityId": "a1", "badgeclass": "b1", "issuedOn": "2026-11-14T12:00:00Z"}
    )
    assert assertions.format_date(row.issued_on) == shown

    detail = AssertionDetail()
    detail.show_assertion(Assertion.from_json({"entityId": "a1", "issuedOn": MOMENT.isoformat()}))
    assert display_datetime(MOMENT) in detail.browser.toPlainText()
    assert display_datetime(MOMENT).startswith(shown)

    drafts = DraftRowsModel()
    drafts.set_rows(
        [DraftRow(1, 1.0, RowFields("a@x.test", issued_on=MOMENT.astimezone().date()))],
        BatchDefaults(),
        date(2026, 12, 1),
    )
    issued_column = DraftRowsModel.COLUMNS.index("issued_on")
    assert drafts.index(0, issued_column).data() == shown

    backpack = BackpackModel()
    badge = BackpackBadge(
        BackpackAssertion.from_json({"entityId": "k1", "issuedOn": MOMENT.isoformat()}),
        "Peer Mentor",
        "School",
    )
    backpack.set_badges([badge])
    assert backpack.index(0, ISSUED).data() == shown


def test_a_drafts_cell_takes_a_date_as_it_is_shown_or_written(qapp, locale_named) -> None:
    locale_named("en_US")
    drafts = DraftRowsModel()
    drafts.set_rows([DraftRow(1, 1.0, RowFields("a@x.test"))], BatchDefaults(), date(2026, 12, 1))
    asked: list[RowFields] = []
    drafts.edit_requested.connect(lambda _id, fields: asked.append(fields))
    cell = drafts.index(0, DraftRowsModel.COLUMNS.index("issued_on"))
    for typed, expected in [
        ("03/04/2026", date(2026, 3, 4)),  # the locale's order: month first
        ("14/11/2026", date(2026, 11, 14)),  # a day over 12 settles it
        ("2026-05-06", date(2026, 5, 6)),
    ]:
        assert drafts.setData(cell, typed)
        assert asked.pop().issued_on == expected


@pytest.mark.parametrize("name", ["C", "en_US", "en_GB", "de_DE", "hu_HU"])
@pytest.mark.parametrize("with_time", [True, False])
def test_typing_a_date_into_an_editor_gives_exactly_that_date(
    qtbot, locale_named, name, with_time
) -> None:
    """Typed as shown, key by key, after tabbing in: "1 12 2026" once became 4 12 2027."""
    locale_named(name)
    window = QWidget()
    qtbot.addWidget(window)
    before = QLineEdit()
    if with_time:
        optional: QWidget = OptionalDateTime("Issued", datetime(2026, 6, 1, 10, 0, tzinfo=UTC))
        optional.check.setChecked(True)
    else:
        optional = OptionalDate("Issued")
        optional.set_value(date(2026, 6, 1))
    editor = optional.edit
    assert editor.calendarPopup()
    assert "yyyy" in editor.displayFormat()
    layout = QVBoxLayout(window)
    layout.addWidget(before)
    layout.addWidget(optional)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # past the check box
    assert QApplication.focusWidget() is editor
    wanted = QDateTime(QDate(2026, 12, 1), QTime(9, 5))
    typed = QLocale().toString(wanted, editor.displayFormat())
    assert editor.text() == QLocale().toString(editor.dateTime(), editor.displayFormat())
    qtbot.keyClicks(editor, typed)
    assert editor.text() == typed
    if with_time:
        assert editor.dateTime() == wanted
    else:
        assert optional.value() == date(2026, 12, 1)


# ------------------------------------------------------------------ import and paste

AMBIGUOUS_CSV = "Email,Issued on,Expires\nann@school.test,03/04/2026,01/02/2030\n"
SETTLED_CSV = "Email,Issued on\nann@school.test,03/04/2026\nbo@school.test,14/02/2026\n"


async def mapping_step(tab, tmp_path, text: str) -> ImportRowsDialog:
    path = tmp_path / "cohort.csv"
    path.write_text(text, encoding="utf-8")
    dialog = await tab.import_csv(path)
    assert isinstance(dialog, ImportRowsDialog)
    await wait_for(lambda: dialog.import_result is not None)
    return dialog


@pytest.mark.signed_in(drafts=True)
def test_an_ambiguous_dd_mm_yyyy_csv_asks_and_is_read_day_first(
    shell, loop, sandbox, tmp_path, qtbot, locale_named
):
    locale_named("en_US")  # the default is month first: the answer must change it
    tab = tab_of(shell)
    shell.window.show()

    async def work() -> None:
        await new_batch_for(tab, peer_mentor(sandbox), [])
        dialog = await mapping_step(tab, tmp_path, AMBIGUOUS_CSV)
        choice = dialog.day_order
        assert choice.isVisible()
        assert choice.box.isEnabled()
        assert choice.box.currentText().startswith("Month first"), "the locale's order"
        assert "choose" in choice.note.text()
        assert choice.box.accessibleName()
        # Answered from the keyboard: the lines are checked again in that order.
        choice.box.setFocus()
        checked = len(dialog.import_result.rows)
        qtbot.keyClick(choice.box, Qt.Key.Key_Up)
        assert choice.box.currentText().startswith("Day first")
        await wait_for(lambda: dialog.import_result.rows[0].issued_on == date(2026, 4, 3))
        assert len(dialog.import_result.rows) == checked == 1
        dialog.import_button.click()
        await wait_for(lambda: tab.editor.model.rowCount() == 1)
        fields = tab.editor.model.row_at(0).fields
        assert (fields.issued_on, fields.expires) == (date(2026, 4, 3), date(2030, 2, 1))

    loop.run_until_complete(work())


@pytest.mark.signed_in(drafts=True)
def test_a_day_over_12_decides_the_order_and_says_so(shell, loop, sandbox, tmp_path, locale_named):
    locale_named("en_US")
    tab = tab_of(shell)
    shell.window.show()

    async def work() -> None:
        await new_batch_for(tab, peer_mentor(sandbox), [])
        dialog = await mapping_step(tab, tmp_path, SETTLED_CSV)
        choice = dialog.day_order
        assert choice.isVisible()
        assert not choice.box.isEnabled()
        assert choice.box.currentText().startswith("Day first")
        assert "Decided for you" in choice.note.text()
        days = [row.issued_on for row in dialog.import_result.rows]
        assert days == [date(2026, 4, 3), date(2026, 2, 14)]
        # ISO dates need no question at all.
        dialog.reject()
        iso = await mapping_step(tab, tmp_path, "Email,Issued on\nann@school.test,2026-04-03\n")
        assert iso.day_order.isHidden()
        iso.reject()

    loop.run_until_complete(work())


@pytest.mark.signed_in(drafts=True)
def test_a_paste_reads_ambiguous_dates_in_the_locale_order_and_says_so(
    shell, loop, sandbox, locale_named
):
    locale_named("en_GB")
    tab = tab_of(shell)
    said: list[str] = []
    tab.status_message.connect(said.append)

    async def work() -> None:
        await new_batch_for(tab, peer_mentor(sandbox), [])
        QApplication.clipboard().setText(
            "Email\tIssued on\nann@school.test\t03/04/2026\nbo@school.test\t5.6.2026\n"
        )
        tab.editor.table.setFocus()
        tab.editor.paste_action.trigger()
        await wait_for(lambda: tab.editor.model.rowCount() == 2)
        days = [row.fields.issued_on for row in tab.editor.model.rows()]
        assert days == [date(2026, 4, 3), date(2026, 6, 5)]
        await wait_for(lambda: any("read day first" in text for text in said))
        # A paste whose dates settle the order says nothing about it.
        said.clear()
        QApplication.clipboard().setText("Email\tIssued on\ncy@school.test\t11/14/2025\n")
        tab.editor.paste_action.trigger()
        await wait_for(lambda: tab.editor.model.rowCount() == 3)
        pasted = {row.fields.identity: row.fields.issued_on for row in tab.editor.model.rows()}
        assert pasted["cy@school.test"] == date(2025, 11, 14)
        await wait_for(lambda: bool(said))
        assert not any("first" in text for text in said)

    loop.run_until_complete(work())


# ------------------------------------------------------------------ exports


def test_the_assertions_export_stays_iso_whatever_the_locale(qapp, locale_named) -> None:
    locale_named("en_US")
    model = AssertionTableModel()
    row = AssertionRow.from_json(
        {
            "entityId": "a1",
            "badgeclass": "b1",
            "issuedOn": "2026-11-14T12:00:00Z",
            "expires": "2030-01-02T00:00:00Z",
        }
    )
    cells = model.export_cells(row)
    assert "2026-11-14T12:00:00+00:00" in cells
    assert "2030-01-02T00:00:00+00:00" in cells
    assert model.format_date(row.issued_on) == "11/14/2026"
