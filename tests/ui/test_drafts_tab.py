"""The Drafts tab as staff use it: drafting offline, editing with undo, importing, pasting,
handing a batch over as a file, and submitting with progress, pause and cancel — against a
real sandbox over loopback."""

from __future__ import annotations

import asyncio
import csv
import dataclasses
import json
from collections import Counter

import httpx
import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QMessageBox,
    QStyle,
)

from badgedesk.core.batches import RowFields
from badgedesk.core.states import RowState
from badgedesk.sandbox import SandboxServer
from badgedesk.services.outbox import Stop
from badgedesk.services.validation import Problem
from badgedesk.store import AuditLog
from badgedesk.ui.drafts.import_dialog import ImportRowsDialog
from badgedesk.ui.drafts.tab import DraftsTab
from badgedesk.ui.models.drafts import BatchListModel
from badgedesk.ui.problems import problem_text
from badgedesk.ui.style import contrast
from tests.ui.batches import (
    encoding_question,
    learners,
    live_awards,
    new_batch_for,
    peer_mentor,
    stored,
    tab_of,
)
from tests.ui.languages import marking
from tests.ui.shells import counts, quiet, select, signed_in_shell
from tests.ui.table_keys import click, editing, key_target, press, type_into
from tests.ui.waiting import wait_for

pytestmark = pytest.mark.signed_in(drafts=True)


# ------------------------------------------------------------------ drafting


def test_offline_drafting_then_submission_once_the_server_is_back(
    sandbox, qtbot, settings, memory_keyring, conn, tmp_path, loop, drafts
):
    shell = signed_in_shell(
        sandbox, qtbot, settings, memory_keyring, conn, tmp_path, loop, drafts=drafts
    )
    loop.run_until_complete(shell.session.aclose())
    port = int(sandbox.base_url.rsplit(":", 1)[1])
    sandbox.stop()
    try:
        loop.run_until_complete(shell.start(sign_in=False))
        tab = tab_of(shell)
        assert not tab.editor.signed_in
        labels = [tab.editor.badgeclass_box.itemText(i) for i in range(1, 7)]
        assert any("Peer Mentor" in label for label in labels), "catalogue from the cache"
        batch_id = loop.run_until_complete(new_batch_for(tab, peer_mentor(sandbox), learners(6)))
        assert not tab.editor.submit_action.isEnabled()
        assert "Sign in to submit" in tab.editor.submit_action.toolTip()
        assert "Sign in to submit" in tab.editor.check_label.text()
        assert stored(tmp_path / "badgedesk.sqlite3", "SELECT COUNT(*) FROM draft_rows") == [(6,)]
    finally:
        sandbox.config = dataclasses.replace(sandbox.config, port=port)
        sandbox.start()

    async def back_online():
        # In one run of the loop, with the catalogue refresh that sign-in starts.
        await shell.start(sign_in=False)
        await shell.catalogue_refresh
        assert tab.editor.submit_action.isEnabled()
        return await tab.submit(batch_id)

    result = loop.run_until_complete(back_online())
    assert result is not None
    assert (result.succeeded, result.failed) == (6, 0)
    assert set(live_awards(sandbox, "learner").values()) == {1}
    assert len(live_awards(sandbox, "learner")) == 6
    assert tab.editor.progress_row.label.text().startswith("Finished: 6 awarded")
    loop.run_until_complete(shell.drafts.shutdown())
    loop.run_until_complete(shell.session.aclose())


def test_edits_undo_redo_and_every_edit_is_on_disk_without_closing(shell, loop, tmp_path, sandbox):
    tab = tab_of(shell)
    database = tmp_path / "badgedesk.sqlite3"

    async def work() -> None:
        await new_batch_for(tab, peer_mentor_id, learners(3))
        model = tab.editor.model
        # Type into a cell, as the delegate does.
        assert model.setData(model.index(1, 0), "Changed@School.test")
        await wait_for(
            lambda: ("Changed@School.test",) in stored(database, "SELECT identity FROM draft_rows")
        )
        tab.editor.undo_action.trigger()
        assert model.row_at(1).fields.identity == "learner001@school.test"
        await wait_for(
            lambda: (
                ("learner001@school.test",) in stored(database, "SELECT identity FROM draft_rows")
            )
        )
        tab.editor.redo_action.trigger()
        assert model.row_at(1).fields.identity == "Changed@School.test"
        # Delete two rows, then bring them back with undo.
        tab.editor.table.selectRow(0)
        tab.editor.table.selectionModel().select(
            model.index(2, 0),
            tab.editor.table.selectionModel().SelectionFlag.Select
            | tab.editor.table.selectionModel().SelectionFlag.Rows,
        )
        tab.editor.delete_action.trigger()
        assert model.rowCount() == 1
        await wait_for(lambda: stored(database, "SELECT COUNT(*) FROM draft_rows") == [(1,)])
        tab.editor.undo_action.trigger()
        assert [r.fields.identity for r in model.rows()] == [
            "learner000@school.test",
            "Changed@School.test",
            "learner002@school.test",
        ]
        await wait_for(lambda: stored(database, "SELECT COUNT(*) FROM draft_rows") == [(3,)])
        # A bad date typed into a cell is refused and said why; a duplicate is marked.
        refused = []
        model.edit_refused.connect(refused.append)
        assert not model.setData(model.index(0, 4), "31/13/2025")
        assert refused == [
            "Write dates as YYYY-MM-DD, DD/MM/YYYY or MM/DD/YYYY (with / . - or a space between "
            "the numbers), or as an Excel date number."
        ]
        model.setData(model.index(2, 0), "learner000@school.test")
        assert model.problem_rows() == [2]
        assert (
            model.data(model.index(2, model.OUTCOME)) == "This recipient is already in the batch."
        )
        assert model.data(model.index(2, 0), Qt.ItemDataRole.ForegroundRole) is not None
        assert not tab.editor.submit_action.isEnabled()
        assert "To fix before sending: 1 of 3 rows (first: row 3)." in tab.editor.check_label.text()
        # The defaults are saved as they are typed, too.
        tab.editor.narrative_edit.setPlainText("Mentored a group")
        await wait_for(
            lambda: any(
                "Mentored a group" in text
                for (text,) in stored(database, "SELECT defaults FROM draft_batches")
            )
        )

    peer_mentor_id = peer_mentor(sandbox)
    loop.run_until_complete(work())


def test_new_batches_notify_recipients_as_last_chosen(shell, loop, sandbox, settings):
    """On the first time, as the web app; then as the person last chose, on this machine."""
    tab = tab_of(shell)

    async def work() -> None:
        first = await new_batch_for(tab, peer_mentor(sandbox), [])
        assert tab.editor.notify_box.isChecked()
        tab.editor.notify_box.click()  # off, for this batch and the next ones
        await tab.editor.flush()
        second = await tab.new_batch("Winter mentors")
        assert not second.defaults.notify
        assert not tab.editor.notify_box.isChecked()
        await tab.open_batch(first)
        assert not tab.editor.notify_box.isChecked(), "the first batch keeps its choice"
        tab.editor.notify_box.click()
        await tab.editor.flush()
        assert (await tab.service.batch(first)).defaults.notify
        await tab.open_batch(second.id)
        assert not tab.editor.notify_box.isChecked(), "showing a batch is no choice"

    loop.run_until_complete(work())
    assert settings.value("awards/notify") in (True, "true")


def test_paste_from_a_spreadsheet(shell, loop, sandbox):
    tab = tab_of(shell)

    async def work() -> None:
        await new_batch_for(tab, peer_mentor(sandbox), [])
        QApplication.clipboard().setText(
            "Email\tNarrative\nann@school.test\tLed a group\nbo@school.test\t\n"
        )
        tab.editor.table.setFocus()
        tab.editor.paste_action.trigger()
        await wait_for(lambda: tab.editor.model.rowCount() == 2)
        first = tab.editor.model.row_at(0).fields
        assert (first.identity, first.narrative) == ("ann@school.test", "Led a group")
        # A paste with a bad line goes through the mapping step, which says what is wrong.
        QApplication.clipboard().setText("cy@school.test\nnot-an-email\n")
        tab.editor.paste_action.trigger()
        await wait_for(lambda: any(isinstance(d, ImportRowsDialog) for d in tab.dialogs))
        dialog = next(d for d in tab.dialogs if isinstance(d, ImportRowsDialog))
        await wait_for(lambda: dialog.import_result is not None)
        assert dialog.report_model.item(0, 0).text() == "2"
        dialog.import_button.click()
        await wait_for(lambda: tab.editor.model.rowCount() == 3)

    loop.run_until_complete(work())


# ------------------------------------------------------------------ files


def test_csv_import_with_mapping_preview_and_report(shell, loop, sandbox, tmp_path, qtbot):
    tab = tab_of(shell)
    path = tmp_path / "cohort.csv"
    lines = [
        "Learner email;Notes;Expiry date",
        "zoe@school.test;Café volunteer;2030-01-01",
        "bad-address;;",
        "",
        'amir@school.test;"Two\nlines";',
        "ZOE@school.test;duplicate;",
        "kim@school.test;;2001-01-01",
    ]
    path.write_bytes("\r\n".join(lines).encode("cp1252"))
    shell.window.show()

    async def work() -> None:
        await new_batch_for(tab, peer_mentor(sandbox), [])
        reading = asyncio.ensure_future(tab.import_csv(path))
        question = await encoding_question(tab)
        qtbot.keyClick(question, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
        await wait_for(lambda: question.encoding() == "cp1252")
        qtbot.keyClick(question, Qt.Key.Key_Return)
        dialog = await reading
        assert dialog is not None
        await wait_for(lambda: dialog.import_result is not None)
        assert "cp1252" in dialog.about.text()
        assert dialog.header_box.isChecked()
        assert [box.currentText() for box in dialog.column_boxes] == [
            "Recipient",
            "Narrative",
            "Expires",
        ]
        assert dialog.preview_model.rowCount() == 5
        report = [
            (dialog.report_model.item(r, 0).text(), dialog.report_model.item(r, 1).text())
            for r in range(dialog.report_model.rowCount())
        ]
        assert report == [
            ("3", "Recipient: Enter an email address such as name@example.org."),
            ("7", "Recipient: This recipient is already in the batch."),
            ("8", "Expires: The expiry must come after the issue date."),
        ]
        assert dialog.import_button.text() == "Import 2 rows"
        saved = tmp_path / "report.csv"
        assert await dialog.save_report(saved) == 3
        dialog.import_button.click()
        await wait_for(lambda: tab.editor.model.rowCount() == 2)
        rows = tab.editor.model.rows()
        assert rows[0].fields.narrative == "Café volunteer"
        assert rows[1].fields.narrative == "Two\nlines"

    loop.run_until_complete(work())


MIXED = (
    "Email,Name\r\nzoë@school.test,Zoë\r\n".encode()
    + "muñoz@school.test,Muñoz\r\n".encode("cp1252")
    + b"ann@school.test,Ann\r\n"
)
"""Issue 19: a UTF-8 file with one Windows-1252 line."""


def test_a_file_not_in_utf8_asks_for_its_encoding_from_the_keyboard(
    shell, loop, sandbox, tmp_path, qtbot
):
    tab = tab_of(shell)
    path = tmp_path / "mixed.csv"
    path.write_bytes(MIXED)
    shell.window.show()

    async def work() -> None:
        await new_batch_for(tab, peer_mentor(sandbox), [])
        reading = asyncio.ensure_future(tab.import_csv(path))
        question = await encoding_question(tab)
        assert "mixed.csv" in question.windowTitle()
        assert "1 line cannot be read as UTF-8 (line 3)" in question.explanation.text()
        samples = question.samples
        shown = [
            [samples.item(row, column).text() for column in range(samples.columnCount())]
            for row in range(samples.rowCount())
        ]
        assert shown == [
            ["zoë@school.test,Zoë", "zoÃ«@school.test,ZoÃ«"],
            ["mu\ufffdoz@school.test,Mu\ufffdoz", "muñoz@school.test,Muñoz"],
        ]
        assert samples.verticalHeaderItem(1).text() == "3 (not UTF-8)"
        names = [button.accessibleName() for button in question.choice_buttons]
        assert names[0].startswith("UTF-8")
        assert names[1].startswith("Windows-1252")
        assert not question.read_button.isEnabled(), "no encoding is chosen for the person"
        qtbot.keyClick(question, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
        await wait_for(lambda: question.encoding() == "utf-8")  # Qt animates the click
        assert question.read_button.isEnabled()
        qtbot.keyClick(question, Qt.Key.Key_Return)
        dialog = await reading
        assert dialog is not None
        await wait_for(lambda: dialog.import_result is not None)
        report = [
            (dialog.report_model.item(r, 0).text(), dialog.report_model.item(r, 1).text())
            for r in range(dialog.report_model.rowCount())
        ]
        assert report == [("3", problem_text(Problem.UNREADABLE_CHARACTER))]
        dialog.import_button.click()
        await wait_for(lambda: tab.editor.model.rowCount() == 2)
        identities = [row.fields.identity for row in tab.editor.model.rows()]
        assert identities == ["zoë@school.test", "ann@school.test"]

    loop.run_until_complete(work())


def test_escape_at_the_encoding_step_imports_nothing(shell, loop, sandbox, tmp_path, qtbot):
    tab = tab_of(shell)
    path = tmp_path / "mixed.csv"
    path.write_bytes(MIXED)
    shell.window.show()

    async def work() -> None:
        await new_batch_for(tab, peer_mentor(sandbox), [])
        reading = asyncio.ensure_future(tab.import_csv(path))
        question = await encoding_question(tab)
        qtbot.keyClick(question, Qt.Key.Key_Escape)
        assert await reading is None
        assert not any(isinstance(d, ImportRowsDialog) for d in tab.dialogs)

    loop.run_until_complete(work())
    assert tab.editor.model.rowCount() == 0


def test_a_binary_file_is_refused_with_a_clear_message(shell, loop, sandbox, tmp_path):
    tab = tab_of(shell)
    path = tmp_path / "cohort.xlsx"
    path.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 10)

    async def work() -> None:
        await new_batch_for(tab, peer_mentor(sandbox), [])
        assert await tab.import_csv(path) is None

    loop.run_until_complete(work())
    box = next(d for d in tab.dialogs if isinstance(d, QMessageBox))
    assert "cohort.xlsx" in box.text()
    assert "Excel" in box.text() or "xlsx" in box.text()
    assert tab.editor.model.rowCount() == 0


def test_a_refused_file_is_said_in_the_readers_language(shell, loop, sandbox, tmp_path, qapp):
    """The reader service refuses in kinds; the tab words them where it shows them, for a CSV
    import and for a batch file alike."""
    tab = tab_of(shell)
    workbook = tmp_path / "cohort.xlsx"
    workbook.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 10)
    foreign = tmp_path / "foreign.badgebatch.json"
    foreign.write_text('{"@context": "https://w3id.org/openbadges/v2"}')

    async def work() -> None:
        await new_batch_for(tab, peer_mentor(sandbox), [])
        assert await tab.import_csv(workbook) is None
        assert await tab.import_batch_file(foreign) is None

    with marking("ImportRefusals"):
        qapp.processEvents()  # the language change is taken before the work
        loop.run_until_complete(work())
    shown = [d.text() for d in tab.dialogs if isinstance(d, QMessageBox)]
    assert shown == [
        "cohort.xlsx: «This file looks like a spreadsheet workbook (.xlsx or .ods), "
        "not CSV; save it as CSV first.»",
        "«foreign.badgebatch.json is not a BadgeDesk batch file.»",
    ]


def test_batch_file_round_trip_and_refusal(shell, loop, sandbox, tmp_path):
    tab = tab_of(shell)
    path = tmp_path / "handover.badgebatch.json"

    async def work() -> None:
        batch_id = await new_batch_for(tab, peer_mentor(sandbox), learners(4))
        tab.editor.narrative_edit.setPlainText("Mentored first years")
        assert await tab.export_batch_file(batch_id, path) == 4
        opened = await tab.import_batch_file(path)
        assert opened is not None
        assert opened.id != batch_id
        assert opened.badgeclass is not None
        assert opened.badgeclass.entity_id == peer_mentor(sandbox)
        assert opened.defaults.narrative == "Mentored first years"
        assert [r.fields.identity for r in tab.editor.model.rows()] == [
            r.identity for r in learners(4)
        ]
        assert tab.list_model.rowCount() == 2
        (tmp_path / "foreign.badgebatch.json").write_text(
            '{"@context": "https://w3id.org/openbadges/v2"}'
        )
        assert await tab.import_batch_file(tmp_path / "foreign.badgebatch.json") is None

    loop.run_until_complete(work())
    box = next(d for d in tab.dialogs if isinstance(d, QMessageBox))
    assert "is not a BadgeDesk batch file" in box.text()
    assert tab.list_model.rowCount() == 2


def test_an_invalid_rows_red_reads_well_on_light_and_dark_palettes(shell, loop, sandbox, qapp):
    """The red the table and the check line really use, against the palette's ground
    (WCAG AA), also after a switch from light to dark while the batch is open."""
    tab = tab_of(shell)
    model = tab.editor.model

    async def work() -> None:
        await new_batch_for(tab, peer_mentor(sandbox), [RowFields(identity="not-an-email")])
        await wait_for(lambda: model.problem_rows() == [0])

    loop.run_until_complete(work())
    saved = qapp.palette()
    try:
        for ground, text in (("#ffffff", "#000000"), ("#1e1e1e", "#e8e8e8")):
            palette = QPalette()
            for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
                palette.setColor(role, QColor(ground))
            for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
                palette.setColor(role, QColor(text))
            qapp.setPalette(palette)
            for column in (0, model.OUTCOME):
                brush = model.data(model.index(0, column), Qt.ItemDataRole.ForegroundRole)
                assert contrast(brush.color(), QColor(ground)) >= 4.5
            sheet = tab.editor.check_label.styleSheet()
            assert (
                contrast(QColor(sheet.removeprefix("color: ").rstrip(";")), QColor(ground)) >= 4.5
            )
    finally:
        qapp.setPalette(saved)


def test_open_file_highlights_the_new_batch_on_screen(shell, loop, sandbox, tmp_path):
    """The list's selection moves with its signals blocked: what is painted (the offscreen
    backing store, not a fresh render) must show the opened batch, not the one before."""
    tab = tab_of(shell)
    shell.window.tabs.setCurrentWidget(tab)
    shell.window.show()
    path = tmp_path / "handover.badgebatch.json"

    def painted_highlight() -> list[int]:
        view, window = tab.list_view, tab.list_view.window()
        shot = window.screen().grabWindow(window.winId()).toImage()
        highlights = {
            view.palette().color(group, QPalette.ColorRole.Highlight).name()
            for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)
        }
        rows = []
        for row in range(tab.list_model.rowCount()):
            corner = view.visualRect(tab.list_model.index(row, 3)).topLeft()
            point = view.viewport().mapTo(window, corner)
            if shot.pixelColor(point.x() + 3, point.y() + 3).name() in highlights:
                rows.append(row)
        return rows

    async def work() -> int:
        first = await new_batch_for(tab, peer_mentor(sandbox), learners(2))
        second = await new_batch_for(tab, peer_mentor(sandbox), learners(3, "other"))
        await tab.export_batch_file(first, path)
        await tab.open_batch(second)
        await wait_for(lambda: painted_highlight() == [tab.list_model.row_of(second)])
        opened = await tab.import_batch_file(path)
        assert opened is not None
        return opened.id

    opened = loop.run_until_complete(work())
    row = tab.list_model.row_of(opened)
    assert [i.row() for i in tab.list_view.selectionModel().selectedRows()] == [row]
    loop.run_until_complete(wait_for(lambda: painted_highlight() == [row]))


# ------------------------------------------------------------------ submitting


def test_while_a_batch_is_sent_the_list_reads_its_counts_alone(shell, loop, sandbox, monkeypatch):
    """Reading every batch's rows takes 0.4 ms a thousand rows on the store's thread, where
    the marks of rows about to leave wait. While a batch is sent, the list reads the whole list
    once, then that batch's counts alone (shown in its place), and the whole list at the end."""
    tab = tab_of(shell)
    sandbox.faults.latency_ms = 60
    reads: list[frozenset[int] | None] = []
    read_summaries = tab.service.summaries

    async def summaries(batch_ids=None):
        reads.append(None if batch_ids is None else frozenset(batch_ids))
        return await read_summaries(batch_ids)

    monkeypatch.setattr(tab.service, "summaries", summaries)

    async def work() -> None:
        other = await new_batch_for(tab, peer_mentor(sandbox), learners(2, "other"))
        batch_id = await new_batch_for(tab, peer_mentor(sandbox), learners(80))
        reads.clear()
        run = asyncio.ensure_future(tab.submit(batch_id))
        alone = frozenset({batch_id})
        await wait_for(lambda: reads.count(alone) >= 2, seconds=10)
        summary = tab.list_model.summary_at(tab.list_model.row_of(batch_id))
        assert summary is not None
        assert 0 < summary.counts.awarded < 80, "its counts, read alone, shown while it is sent"
        result = await run
        assert result is not None
        assert result.succeeded == 80
        await wait_for(lambda: tab.list_model.data(tab.list_model.index(0, 2)) == "Done")
        other_row = tab.list_model.summary_at(tab.list_model.row_of(other))
        assert other_row is not None
        assert other_row.counts.pending == 2, "another batch, as it was"

    loop.run_until_complete(work())
    assert reads[0] is None, "the whole list once the run is under way"
    assert reads[-1] is None, "and again when it ends"
    assert None not in reads[1:-1], "not the whole list while it is sent"
    alone = [read for read in reads if read is not None]
    assert alone, "its counts alone in between"
    assert len(set(alone)) == 1, "the batch sent, no other"
    assert len(alone[0]) == 1


def test_the_rows_column_shows_the_largest_count_whole(shell, loop, sandbox):
    """A batch of 300 reads "92/300" while it is sent and "300/300" when it is done: the Rows
    column is wide enough for that, not cut as a fixed 45 px cut it ("92/…")."""
    tab = tab_of(shell)

    async def work() -> None:
        await new_batch_for(tab, peer_mentor(sandbox), learners(2, "small"))
        await new_batch_for(tab, peer_mentor(sandbox), learners(300))
        await tab.refresh()

    loop.run_until_complete(work())
    view, column = tab.list_view, BatchListModel.ROWS
    style = view.style()
    # As Qt draws a cell's text: the grid line takes a pixel of the column, the text has a
    # margin each side, and is elided if it does not fit in what is left.
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    room = view.columnWidth(column) - (1 if view.showGrid() else 0) - 2 * margin
    for shown in ("300/300", "92/300"):
        assert view.fontMetrics().elidedText(shown, Qt.TextElideMode.ElideRight, room) == shown


def test_submit_confirm_progress_results_and_audit(shell, loop, sandbox, tmp_path, conn):
    tab = tab_of(shell)
    sandbox.faults.enqueue("lost_answer", count=2, path_prefix="/v2/badgeclasses/")
    sandbox.faults.latency_ms = 30

    async def work() -> None:
        batch_id = await new_batch_for(tab, peer_mentor(sandbox), learners(12))
        tab.editor.submit_action.trigger()
        await wait_for(lambda: any(isinstance(d, QMessageBox) for d in tab.dialogs))
        box = next(d for d in tab.dialogs if isinstance(d, QMessageBox))
        assert "Award “Peer Mentor” to 12 recipients" in box.text()
        next(b for b in box.buttons() if b.text() == "Award 12").click()
        await wait_for(lambda: batch_id in tab.runs)
        assert not tab.editor.add_action.isEnabled(), "nothing changes while it is sent"
        await wait_for(lambda: tab.list_model.data(tab.list_model.index(0, 2)) == "Submitting")
        await wait_for(lambda: batch_id not in tab.runs, seconds=20)
        assert tab.editor.progress_row.label.text() == "Finished: 12 awarded, 0 failed."
        assert tab.editor.model.data(tab.editor.model.index(0, 6)) == "Awarded"
        await wait_for(lambda: tab.list_model.data(tab.list_model.index(0, 2)) == "Done")
        results = tmp_path / "results.csv"
        assert await tab.export_results(batch_id, results) == 12
        with results.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle))
        assert rows[0] == [
            "recipient",
            "recipient type",
            "outcome",
            "entityId",
            "error",
            "held since",
        ]
        assert {row[2] for row in rows[1:]} == {RowState.AWARDED}

    loop.run_until_complete(work())
    assert set(live_awards(sandbox, "learner").values()) == {1}
    outcomes = Counter((e.operation, e.outcome) for e in AuditLog(conn).entries())
    assert outcomes[("award", "ok")] + outcomes[("award (reconciled)", "ok")] == 12
    assert outcomes[("award", "unknown")] == 2


def test_the_assertions_tab_shows_what_a_batch_awarded_without_f5(shell, loop, sandbox):
    """The award batch service publishes the awards it made: the Assertions tab showing that
    badge class lists them and counts them without F5."""
    assertions = shell.assertions
    select(shell, loop, peer_mentor(sandbox))
    before = counts(assertions)
    tab = tab_of(shell)

    async def work() -> None:
        batch_id = await new_batch_for(tab, peer_mentor(sandbox), learners(4))
        result = await tab.submit(batch_id)
        assert result is not None
        assert result.done == 4
        await wait_for(lambda: counts(assertions)["Active"] == before["Active"] + 4)
        await quiet(assertions)

    loop.run_until_complete(work())
    shown = {row.recipient for row in assertions.model.visible_rows()}
    assert {f"learner{n:03d}@school.test" for n in range(4)} <= shown


def test_pause_resume_and_cancel_from_the_editor(shell, loop, sandbox):
    tab = tab_of(shell)
    sandbox.faults.latency_ms = 40

    async def work() -> None:
        batch_id = await new_batch_for(tab, peer_mentor(sandbox), learners(60))
        tab.editor.concurrency_box.setValue(2)
        running = asyncio.ensure_future(tab.submit(batch_id))
        await wait_for(lambda: batch_id in tab.runs and tab.runs[batch_id].progress.succeeded >= 4)
        # The row check counted the rows to send as the run began: it must not keep saying so.
        assert tab.editor.check_label.text() == (
            "Sending: the batch cannot change until the run ends."
        )
        tab.editor.progress_row.pause_button.click()
        await wait_for(lambda: "Paused" in tab.editor.progress_row.label.text())
        assert tab.editor.progress_row.pause_button.text() == "&Resume"
        await asyncio.sleep(0.2)
        held = tab.runs[batch_id].progress.succeeded
        await asyncio.sleep(0.3)
        assert tab.runs[batch_id].progress.succeeded == held
        tab.editor.progress_row.pause_button.click()
        await wait_for(lambda: tab.runs[batch_id].progress.succeeded >= held + 4)
        tab.editor.progress_row.cancel_button.click()
        result = await running
        assert result is not None
        assert result.stopped is Stop.CANCELLED
        assert "Cancelled" in tab.editor.progress_row.label.text()
        states = Counter(row.state for row in tab.editor.model.rows())
        assert states[RowState.AWARDED] == result.succeeded
        assert states[RowState.SENDING] == result.in_doubt, (
            "abandoned in flight: checked first next time"
        )
        assert states[RowState.PENDING] == 60 - result.succeeded - result.in_doubt
        left = states[RowState.PENDING] + states[RowState.SENDING]
        assert tab.editor.check_label.text() == f"{left} rows ready to send, 0 failed, 60 in all."
        if result.in_doubt:
            assert "checked with the server" in tab.editor.progress_row.label.text()
        assert tab.editor.submit_action.isEnabled(), "the rest can be sent later"

    loop.run_until_complete(work())
    assert settings_concurrency(tab) == 2


def settings_concurrency(tab: DraftsTab) -> int:
    return int(tab.settings.value("drafts/concurrency"))


# ------------------------------------------------------------------ typing into the rows

IMAGE_NARRATIVE = "![me](https://example.org/me.png)"
"""The server refuses a narrative with an image: the row fails and can be fixed."""


async def sent_with_two_failed_rows(tab: DraftsTab, server: SandboxServer) -> int:
    """12 rows submitted: rows 0 and 9 (tariq@, the only recipient starting with a T) fail,
    the others are awarded."""
    rows = learners(12)
    rows[0] = RowFields(rows[0].identity, narrative=IMAGE_NARRATIVE)
    rows[9] = RowFields("tariq@school.test", narrative=IMAGE_NARRATIVE)
    batch_id = await new_batch_for(tab, peer_mentor(server), rows)
    result = await tab.submit(batch_id)
    assert result is not None
    assert (result.succeeded, result.failed) == (10, 2)
    assert [i for i, row in enumerate(tab.editor.model.rows()) if row.state == RowState.FAILED] == [
        0,
        9,
    ]
    return batch_id


def test_typing_after_a_submit_with_no_cell_chosen_changes_no_row(
    shell, loop, sandbox, tmp_path, qtbot
):
    """Issue 18: "Test" typed after a submit, nothing clicked, replaced row 9's recipient. Qt's
    type-ahead took the T to the first row starting with one and the next key edited it; focus
    alone makes the first cell current too, unselected."""
    tab = tab_of(shell)
    shell.window.show()
    database = tmp_path / "badgedesk.sqlite3"

    async def work() -> None:
        await sent_with_two_failed_rows(tab, sandbox)
        table, model = tab.editor.table, tab.editor.model
        before = model.rows()
        on_disk = stored(database, "SELECT * FROM draft_rows ORDER BY id")
        assert not table.currentIndex().isValid()
        type_into(qtbot, table, "Test")
        press(qtbot, table, Qt.Key.Key_Return)
        assert not editing(table)
        table.setFocus()
        await wait_for(lambda: table.currentIndex().isValid())
        assert table.currentIndex().row() == 0, "focus made the first cell current"
        type_into(qtbot, table, "Test")
        press(qtbot, table, Qt.Key.Key_F2)
        assert not editing(table)
        press(qtbot, table, Qt.Key.Key_Return)
        await tab.editor.flush()
        assert model.rows() == before
        assert stored(database, "SELECT * FROM draft_rows ORDER BY id") == on_disk
        assert not tab.editor.undo_stack.canUndo()
        assert not table.selectionModel().hasSelection()

    loop.run_until_complete(work())


def test_a_row_sent_or_settled_does_not_change_by_typing_or_otherwise(
    shell, loop, sandbox, tmp_path, qtbot
):
    tab = tab_of(shell)
    shell.window.show()
    database = tmp_path / "badgedesk.sqlite3"

    async def work() -> None:
        await sent_with_two_failed_rows(tab, sandbox)
        table, model = tab.editor.table, tab.editor.model
        before = model.rows()
        on_disk = stored(database, "SELECT * FROM draft_rows ORDER BY id")
        assert model.row_at(3).state == RowState.AWARDED
        click(qtbot, table, 3, 0)
        assert [index.row() for index in table.selectionModel().selectedRows()] == [3]
        type_into(qtbot, table, "Test")  # no jump to tariq@, no edit of row 3
        press(qtbot, table, Qt.Key.Key_F2)
        assert not editing(table)
        click(qtbot, table, 3, 2, double=True)
        assert not editing(table)
        assert not any(
            model.flags(model.index(3, column)) & Qt.ItemFlag.ItemIsEditable
            for column in range(model.columnCount())
        )
        # It does not look like a row waiting for input either: muted, and says why.
        assert model.index(3, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
        assert model.index(9, 0).data(Qt.ItemDataRole.ForegroundRole) is None
        assert "can no longer change" in model.index(3, 0).data(Qt.ItemDataRole.ToolTipRole)
        requested = []
        model.edit_requested.connect(lambda *args: requested.append(args))
        assert not model.setData(model.index(3, 0), "someone.else@school.test")
        assert not model.setData(model.index(9, model.OUTCOME), "Awarded")
        assert requested == []
        await tab.editor.flush()
        assert model.rows() == before
        assert stored(database, "SELECT * FROM draft_rows ORDER BY id") == on_disk
        assert [index.row() for index in table.selectionModel().selectedRows()] == [3]

    loop.run_until_complete(work())


def test_keyboard_editing_of_a_failed_row_after_a_submit(shell, loop, sandbox, tmp_path, qtbot):
    """Arrows and Tab choose a cell, typing replaces it, F2 edits it; double-click and Add
    row open an editor too."""
    tab = tab_of(shell)
    shell.window.show()
    database = tmp_path / "badgedesk.sqlite3"

    async def work() -> None:
        await sent_with_two_failed_rows(tab, sandbox)
        table, model = tab.editor.table, tab.editor.model
        click(qtbot, table, 8, 0)
        press(qtbot, table, Qt.Key.Key_Down)
        type_into(qtbot, table, "tara@school.test")
        assert editing(table)
        press(qtbot, table, Qt.Key.Key_Return)
        await wait_for(lambda: not editing(table))  # Qt commits on its next turn
        press(qtbot, table, Qt.Key.Key_Tab)
        press(qtbot, table, Qt.Key.Key_Tab)
        assert (table.currentIndex().row(), table.currentIndex().column()) == (9, 2)
        type_into(qtbot, table, "Mentored a group")
        press(qtbot, table, Qt.Key.Key_Return)
        await wait_for(lambda: not editing(table))
        press(qtbot, table, Qt.Key.Key_F2)
        assert editing(table)
        press(qtbot, table, Qt.Key.Key_End)
        type_into(qtbot, table, "!")
        press(qtbot, table, Qt.Key.Key_Return)
        await wait_for(lambda: not editing(table))
        row = model.row_at(9)
        assert (row.fields.identity, row.fields.narrative) == (
            "tara@school.test",
            "Mentored a group!",
        )
        assert row.state == RowState.PENDING
        click(qtbot, table, 0, 0, double=True)
        assert editing(table), "a failed row opens for editing on a double-click"
        press(qtbot, table, Qt.Key.Key_Escape)
        tab.editor.add_action.trigger()
        await wait_for(lambda: editing(table))  # the new row opens for its recipient
        type_into(qtbot, table, "new@school.test")
        press(qtbot, table, Qt.Key.Key_Return)
        await wait_for(lambda: not editing(table))
        assert model.row_at(1).fields.identity == "new@school.test"
        await tab.editor.flush()
        assert ("tara@school.test", "Mentored a group!", RowState.PENDING) in stored(
            database, "SELECT identity, narrative, state FROM draft_rows"
        )
        assert model.row_at(0).fields.identity == "learner000@school.test"

    loop.run_until_complete(work())


# ------------------------------------------------------------------ waits and what a row says


def test_a_hold_is_shown_with_every_row_and_retry_now_ends_it(shell, loop, sandbox):
    tab = tab_of(shell)

    async def work() -> None:
        batch_id = await new_batch_for(tab, peer_mentor(sandbox), learners(5, "waiting"))
        sandbox.faults.enqueue("rate_limit", count=10_000, path_prefix="/v2/", retry_after=300)
        running = asyncio.ensure_future(tab.submit(batch_id))
        row = tab.editor.progress_row
        await wait_for(lambda: row.retry_button.isVisible())
        text = row.label.text()
        assert text.startswith("The server asked BadgeDesk to wait. 0 of 5 rows done, 5 waiting")
        assert "Retrying in 5 min" in text
        assert row.retry_button.accessibleName() == "Retry now instead of waiting"
        sandbox.faults.clear()
        row.retry_button.click()
        result = await running
        assert result is not None
        assert (result.succeeded, result.stopped) == (5, None)
        assert not row.retry_button.isVisible()
        assert row.label.text() == "Finished: 5 awarded, 0 failed."

    loop.run_until_complete(work())


def test_a_silent_server_is_said_to_be_silent_and_cancel_ends_the_wait(shell, loop, sandbox):
    tab = tab_of(shell)

    async def work() -> None:
        batch_id = await new_batch_for(tab, peer_mentor(sandbox), learners(3, "silent"))
        tab.editor.concurrency_box.setValue(1)
        sandbox.faults.enqueue("hang", count=10_000, path_prefix="/v2/badgeclasses/")
        running = asyncio.ensure_future(tab.submit(batch_id))
        row = tab.editor.progress_row
        await wait_for(
            lambda: "waiting for the server: no answer for" in row.label.text(), seconds=15
        )
        assert row.label.text().endswith(("for 5 s", "for 6 s"))
        row.cancel_button.click()
        result = await asyncio.wait_for(running, 2)
        assert result is not None
        assert result.stopped is Stop.CANCELLED
        assert "1 row sent without an answer will be checked" in row.label.text()
        states = Counter(r.state for r in tab.editor.model.rows())
        assert states == {RowState.SENDING: 1, RowState.PENDING: 2}
        sandbox.faults.clear()

    loop.run_until_complete(work())


def test_a_recipient_who_already_held_the_badge_is_shown_apart_from_an_award(
    shell, loop, sandbox, conn
):
    tab = tab_of(shell)
    holder = "already@school.test"
    token = sandbox.mint_token().access_token
    earlier = httpx.post(
        f"{sandbox.base_url}/v2/badgeclasses/{peer_mentor(sandbox)}/assertions",
        json={"recipient": {"identity": holder, "type": "email"}},
        headers={"Authorization": f"Bearer {token}"},
    )
    earlier.raise_for_status()
    earlier_id = earlier.json()["result"][0]["entityId"]

    async def work() -> None:
        batch_id = await new_batch_for(
            tab, peer_mentor(sandbox), [RowFields(identity=holder), *learners(2, "fresh")]
        )
        result = await tab.submit(batch_id)
        assert result is not None
        assert (result.succeeded, result.skipped, result.failed) == (2, 1, 0)
        assert tab.editor.progress_row.label.text() == (
            "Finished: 2 awarded, 1 already held, 0 failed."
        )
        model = tab.editor.model
        outcome = model.index(0, model.OUTCOME)
        assert model.data(outcome) == "Already held"
        tip = model.data(outcome, Qt.ItemDataRole.ToolTipRole)
        assert earlier_id in tip
        assert "not by this batch" in tip
        assert model.data(outcome, Qt.ItemDataRole.FontRole).italic()
        awarded = model.index(1, model.OUTCOME)
        assert model.data(awarded) == "Awarded"
        assert model.data(outcome, Qt.ItemDataRole.ForegroundRole) != model.data(
            awarded, Qt.ItemDataRole.ForegroundRole
        )
        await wait_for(lambda: tab.list_model.data(tab.list_model.index(0, 2)) == "Done")
        assert tab.list_model.data(tab.list_model.index(0, 3)) == "3/3"

    loop.run_until_complete(work())
    audit = Counter(e.outcome for e in AuditLog(conn).entries())
    assert audit["already held"] == 1


def test_a_typed_recipient_with_a_zero_width_space_is_marked_and_says_why(
    shell, loop, sandbox, qtbot
):
    """Issue 19: the identity looks right on screen; the cell says what is hidden in it."""
    tab = tab_of(shell)
    shell.window.show()

    async def work() -> None:
        await new_batch_for(tab, peer_mentor(sandbox), learners(1))
        table, model = tab.editor.table, tab.editor.model
        click(qtbot, table, 0, 0)
        press(qtbot, table, Qt.Key.Key_F2)
        assert editing(table)
        qtbot.keyClick(key_target(table), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_into(qtbot, table, "zo")
        # QTest types only Latin-1: the zero-width space comes as a keyboard layout sends it.
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, "\u200b")
            QApplication.sendEvent(key_target(table), event)
        type_into(qtbot, table, "e@school.test")
        press(qtbot, table, Qt.Key.Key_Return)
        await wait_for(lambda: model.row_at(0).fields.identity == "zo\u200be@school.test")
        row = model.row_at(0)
        assert model.problems_of(row.id) == {"identity": Problem.INVISIBLE_CHARACTER}
        tip = model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
        assert tip == problem_text(Problem.INVISIBLE_CHARACTER)
        assert "invisible character" in tip

    loop.run_until_complete(work())


def test_a_pasted_recipient_with_a_zero_width_space_goes_to_the_report(shell, loop, sandbox):
    tab = tab_of(shell)

    async def work() -> None:
        await new_batch_for(tab, peer_mentor(sandbox), [])
        QApplication.clipboard().setText("ann@school.test\nbo\u200b@school.test\n")
        tab.editor.paste_action.trigger()
        await wait_for(lambda: any(isinstance(d, ImportRowsDialog) for d in tab.dialogs))
        dialog = next(d for d in tab.dialogs if isinstance(d, ImportRowsDialog))
        await wait_for(lambda: dialog.import_result is not None)
        row = [dialog.report_model.item(0, column).text() for column in range(3)]
        why = problem_text(Problem.INVISIBLE_CHARACTER)
        assert row == ["2", f"Recipient: {why}", "bo<U+200B>@school.test"]
        assert dialog.import_button.text() == "Import 1 row"

    loop.run_until_complete(work())


def test_a_batch_file_recipient_with_a_zero_width_space_is_marked(shell, loop, tmp_path):
    tab = tab_of(shell)
    path = tmp_path / "handover.badgebatch.json"
    document = {
        "format": "badgedesk.batch",
        "version": 1,
        "name": "Handover",
        "rows": [{"identity": "ann@school.test"}, {"identity": "bo\u200b@school.test"}],
    }
    path.write_text(json.dumps(document), encoding="utf-8")

    async def work() -> None:
        assert await tab.import_batch_file(path) is not None
        model = tab.editor.model
        await wait_for(lambda: model.rowCount() == 2)
        assert model.problem_rows() == [1]
        assert model.problems_of(model.row_at(1).id) == {"identity": Problem.INVISIBLE_CHARACTER}

    loop.run_until_complete(work())


def test_the_encoding_question_counts_the_broken_lines_in_words(qtbot):
    from badgedesk.services.row_import import EncodingChoiceNeeded, read_table
    from badgedesk.ui.encoding_dialog import EncodingDialog

    def question(data: bytes) -> str:
        with pytest.raises(EncodingChoiceNeeded) as asked:
            read_table(data)
        dialog = EncodingDialog("cohort.csv", asked.value)
        qtbot.addWidget(dialog)
        return dialog.explanation.text()

    head = "Email;Name\nzoë@x.test;Zoë\n".encode()
    one = head + "ana@x.test;Añá\n".encode("cp1252")
    two = one + "bo@x.test;Bö\n".encode("cp1252")
    assert "1 line cannot be read as UTF-8 (line 3)." in question(one)
    assert "2 lines cannot be read as UTF-8 (lines 3, 4)." in question(two)
