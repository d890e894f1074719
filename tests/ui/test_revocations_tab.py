"""The Revocations tab as staff use it: a batch from the Assertions tab's selection or from a
CSV, checked with the server, reviewed (typing the number above 20 rows), sent in chunks,
each row's answer shown, failed rows retried alone, and drafting offline — against a real
sandbox over loopback."""

from __future__ import annotations

import asyncio
import dataclasses
import json

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QTest

from badgedesk.api.models import AwardRequest, Recipient
from badgedesk.core.batches import RevocationTarget
from badgedesk.core.states import Match, RowState
from badgedesk.sandbox import SandboxServer
from badgedesk.store import AuditLog
from badgedesk.ui.models.assertions import STATUS
from badgedesk.ui.revocations.import_dialog import RevocationImportDialog
from badgedesk.ui.revocations.review_dialog import ReviewDialog
from badgedesk.ui.revocations.tab import RevocationsTab
from badgedesk.ui.shell import Shell
from tests.ui.batches import encoding_question, peer_mentor, stored
from tests.ui.shells import counts, quiet, select, settle, signed_in_shell
from tests.ui.table_keys import click, editing, press, type_into
from tests.ui.waiting import wait_for

REASON = "Course was cancelled"

pytestmark = pytest.mark.signed_in(drafts=True)


def tab_of(shell: Shell) -> RevocationsTab:
    assert shell.revocations is not None
    shell.window.tabs.setCurrentWidget(shell.revocations)
    return shell.revocations


async def award(shell: Shell, server: SandboxServer, count: int, prefix: str) -> list[str]:
    """Awards of Peer Mentor made through the session's client; their entityIds."""
    client = shell.session.client
    assert client is not None
    made = await client.issue_batch(
        peer_mentor(server),
        [
            AwardRequest(recipient=Recipient(identity=f"{prefix}{n:03d}@school.test"))
            for n in range(count)
        ],
    )
    return [assertion.entity_id for assertion in made]


def type_reason(tab: RevocationsTab, text: str) -> None:
    tab.editor.reason_edit.clear()
    QTest.keyClicks(tab.editor.reason_edit, text)


def revoke_posts(server: SandboxServer) -> list[list[dict[str, str]]]:
    return [
        json.loads(r.body)
        for r in server.requests
        if r.method == "POST" and r.path == "/v2/assertions/revoke"
    ]


def column(tab: RevocationsTab, col: int) -> list[str]:
    model = tab.editor.model
    return [model.index(row, col).data() for row in range(model.rowCount())]


async def review_and_confirm(tab: RevocationsTab, batch_id: int, typed: str | None = None):
    dialog = await tab.review(batch_id)
    assert isinstance(dialog, ReviewDialog)
    if typed is not None:
        assert dialog.typed is not None
        QTest.keyClicks(dialog.typed, typed)
    dialog.revoke_button.click()
    await wait_for(lambda: batch_id in tab.runs)
    await wait_for(lambda: batch_id not in tab.runs)
    return dialog


# ------------------------------------------------------------------ from the Assertions tab


def test_a_batch_that_revoked_nothing_still_shows_in_the_history_when_it_ends(shell, loop, sandbox):
    """Its run ends without revoking anything (the award was revoked already): the history
    shows the batch and its skipped row without Refresh."""
    tab = tab_of(shell)
    (gone,) = loop.run_until_complete(award(shell, sandbox, 1, "gone"))

    async def work() -> None:
        client = shell.session.client
        assert client is not None
        await client.revoke_assertion(gone, "Left earlier")
        await tab.history.reload()
        titles = [entry.title for entry in await tab.batches.history()]
        batch = await tab.batches.create_batch(
            "Already gone", [RevocationTarget(entity_id=gone, match=Match.UNCHECKED)], reason=REASON
        )
        await tab.submit(batch.id)
        await wait_for(lambda: tab.history.model.rowCount() == len(titles) + 1)
        await tab.tasks.wait()

    loop.run_until_complete(work())


def test_a_revocation_from_the_assertions_tab_shows_in_history_and_revoked_list(
    shell, loop, sandbox
):
    """The history and the revoked awards listed follow revocations made elsewhere in the
    window, without Refresh or Load."""
    tab = tab_of(shell)
    made = loop.run_until_complete(award(shell, sandbox, 2, "single"))

    async def work() -> None:
        await tab.history.reload()
        in_history = tab.history.model.rowCount()
        await tab.revoked.load(peer_mentor(sandbox))
        listed = tab.revoked.model.rowCount()
        await shell.desk.assertions.revoke(
            made[0], "Left the course", recipient="single000@school.test", badgeclass="Peer Mentor"
        )
        await wait_for(lambda: tab.history.model.rowCount() == in_history + 1)
        await wait_for(lambda: tab.revoked.model.rowCount() == listed + 1)
        await tab.tasks.wait()

    loop.run_until_complete(work())


def test_the_assertions_tab_follows_a_batch_revocation_without_f5(shell, loop, sandbox):
    """The batch service publishes what it revoked: the Assertions tab's rows and counts
    follow without F5 or a reload of the table."""
    assertions = shell.assertions
    assertions.show_revoked.setChecked(True)
    leavers = loop.run_until_complete(award(shell, sandbox, 3, "leaver"))
    select(shell, loop, peer_mentor(sandbox))
    before = counts(assertions)
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for entity_id in leavers:
        row = assertions.model.view_row_of(entity_id)
        assertions.table.selectionModel().select(assertions.model.index(row, 0), flags)
    settle(loop, assertions)
    tab = tab_of(shell)

    async def work() -> None:
        assertions.revoke_selected_action.trigger()
        await wait_for(lambda: tab.editor.batch is not None and tab.editor.model.rowCount() == 3)
        type_reason(tab, REASON)
        await review_and_confirm(tab, tab.editor.batch.id)
        await tab.editor.flush()
        await quiet(assertions)

    sandbox.clear_requests()
    loop.run_until_complete(work())
    for entity_id in leavers:
        row = assertions.model.view_row_of(entity_id)
        assert assertions.model.index(row, STATUS).data() == "Revoked"
    assert counts(assertions) == {
        "Active": before["Active"] - 3,
        "Expired": before["Expired"],
        "Revoked": before["Revoked"] + 3,
    }
    listings = [r for r in sandbox.requests if r.method == "GET" and r.path.endswith("/assertions")]
    assert not [r for r in listings if "include_expired=true" not in r.query], "no reload"


def test_selected_awards_become_a_batch_reviewed_and_revoked(shell, loop, sandbox, conn):
    badgeclass = peer_mentor(sandbox)
    loop.run_until_complete(award(shell, sandbox, 5, "leaver"))
    select(shell, loop, badgeclass)
    assertions = shell.assertions
    leavers = [
        row
        for row in range(assertions.model.rowCount())
        if assertions.model.row_at(row).recipient.startswith("leaver")
    ]
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in leavers:
        assertions.table.selectionModel().select(assertions.model.index(row, 0), flags)
    settle(loop, assertions)
    assert assertions.revoke_selected_action.isEnabled()
    tab = shell.revocations
    assert tab is not None

    async def work() -> None:
        assertions.revoke_selected_action.trigger()
        await wait_for(lambda: tab.editor.batch is not None and tab.editor.model.rowCount() == 5)
        assert shell.window.tabs.currentWidget() is tab
        names = column(tab, tab.editor.model.RECIPIENT)
        assert sorted(names) == [f"leaver{n:03d}@school.test" for n in range(5)]
        assert set(column(tab, tab.editor.model.BADGECLASS)) == {"Peer Mentor"}
        assert set(column(tab, tab.editor.model.STATUS)) == {"Active"}
        assert all(column(tab, tab.editor.model.ISSUED))
        # No reason yet: Review is disabled, and the editor says why.
        assert not tab.editor.review_action.isEnabled()
        assert "reason is required" in tab.editor.check_label.text()
        type_reason(tab, REASON)
        assert tab.editor.review_action.isEnabled()
        batch_id = tab.editor.batch.id
        dialog = await review_and_confirm(tab, batch_id)
        assert dialog.typed is None, "5 rows need no typed number"
        assert dialog.summary.badgeclasses == [("Peer Mentor", 5)]
        assert dialog.summary.reasons == [(REASON, 5)]
        await tab.editor.flush()

    loop.run_until_complete(work())
    revoked = [a for a in sandbox.state.assertions.values() if a.identity.startswith("leaver")]
    assert all(a.revoked and a.revocation_reason == REASON for a in revoked)
    assert set(column(tab, tab.editor.model.OUTCOME)) == {"Revoked"}
    assert tab.editor.progress_row.label.text().startswith("Finished: 5 revoked")
    outcomes = [(e.operation, e.outcome) for e in AuditLog(conn).entries()]
    assert outcomes.count(("batch revoke", "ok")) == 5


def test_the_automatic_name_follows_the_rows_until_the_person_renames_it(shell, loop, sandbox):
    loop.run_until_complete(award(shell, sandbox, 3, "mover"))
    select(shell, loop, peer_mentor(sandbox))
    assertions = shell.assertions
    rows = [r for r in assertions.model.visible_rows() if r.recipient.startswith("mover")]
    tab = tab_of(shell)
    editor = tab.editor

    def delete_first_row() -> None:
        editor.table.selectRow(0)
        editor.on_delete()

    async def stored_name() -> str:
        await editor.flush()
        assert editor.batch is not None
        return (await tab.batches.batch(editor.batch.id)).name

    async def work() -> None:
        batch = await tab.revoke_selection(rows, {peer_mentor(sandbox): "Peer Mentor"})
        assert batch.name.startswith("Revoke 3 awards (")
        delete_first_row()
        assert editor.name_edit.text().startswith("Revoke 2 awards (")
        delete_first_row()
        assert editor.name_edit.text().startswith("Revoke 1 award (")
        assert (await stored_name()) == editor.name_edit.text()
        editor.undo_stack.undo()
        assert editor.name_edit.text().startswith("Revoke 2 awards (")
        editor.name_edit.clear()
        QTest.keyClicks(editor.name_edit, "Movers")
        delete_first_row()
        assert editor.name_edit.text() == "Movers", "a name the person gave stays"
        assert (await stored_name()) == "Movers"

    loop.run_until_complete(work())


def test_more_than_20_rows_need_the_number_typed_and_go_in_chunks(shell, loop, sandbox):
    tab = tab_of(shell)

    async def work() -> None:
        ids = await award(shell, sandbox, 25, "cohort")
        batch = await tab.new_batch(
            "Cohort", [RevocationTarget(e, match=Match.UNCHECKED) for e in ids]
        )
        type_reason(tab, REASON)
        tab.editor.chunk_box.setValue(10)
        sandbox.clear_requests()
        dialog = await tab.review(batch.id)
        assert isinstance(dialog, ReviewDialog)
        assert dialog.typed is not None
        assert not dialog.revoke_button.isEnabled()
        QTest.keyClicks(dialog.typed, "24")
        assert not dialog.revoke_button.isEnabled(), "the wrong number does not confirm"
        dialog.typed.clear()
        QTest.keyClicks(dialog.typed, "25")
        assert dialog.revoke_button.isEnabled()
        # The check filled in what the entityIds alone did not say.
        assert set(column(tab, tab.editor.model.BADGECLASS)) == {"Peer Mentor"}
        assert column(tab, tab.editor.model.RECIPIENT)[0].startswith("cohort")
        dialog.revoke_button.click()
        await wait_for(lambda: batch.id in tab.runs)
        await wait_for(lambda: batch.id not in tab.runs)

    loop.run_until_complete(work())
    assert [len(items) for items in revoke_posts(sandbox)] == [10, 10, 5]
    assert tab.settings.value("revocations/chunk_size") in (10, "10")


# ------------------------------------------------------------------ CSV


def test_csv_of_entity_ids_with_unknown_and_already_revoked_rows(shell, loop, sandbox, tmp_path):
    tab = tab_of(shell)
    path = tmp_path / "to-revoke.csv"

    async def work() -> list[str]:
        ids = await award(shell, sandbox, 3, "csv")
        client = shell.session.client
        await client.revoke_assertion(ids[2], "Revoked last week")
        path.write_text(
            "Assertion ID;Reason\n"
            f"{ids[0]};\n"
            f"https://badges.example.org/public/assertions/{ids[1]};Left the school\n"
            f"{ids[2]};\n"
            "AAAAAAAAAAAAAAAAAAAAAA;\n"
            "not an id!;\n",
            encoding="utf-8",
        )
        await tab.new_batch("From a file")
        await tab.import_csv(path)
        await wait_for(lambda: any(isinstance(d, RevocationImportDialog) for d in tab.dialogs))
        dialog = next(d for d in tab.dialogs if isinstance(d, RevocationImportDialog))
        await wait_for(lambda: dialog.import_result is not None)
        assert dialog.report_model.item(0, 0).text() == "6", "the bad line, by number"
        assert not dialog.badgeclass_box.isEnabled(), "entityIds need no badge class"
        dialog.import_button.click()
        await wait_for(lambda: tab.editor.model.rowCount() == 4)
        assert set(column(tab, tab.editor.model.STATUS)) == {"Not checked yet"}
        assert column(tab, tab.editor.model.REASON)[1] == "Left the school"

        type_reason(tab, REASON)
        report = await tab.check(tab.editor.batch.id)
        assert report is not None
        assert (report.found, report.revoked, report.not_found) == (2, 1, 1)
        await wait_for(lambda: column(tab, tab.editor.model.STATUS)[3] == "Not found")
        assert column(tab, tab.editor.model.STATUS)[:3] == ["Active", "Active", "Revoked"]
        assert column(tab, tab.editor.model.OUTCOME)[2] == "Skipped: already revoked"
        assert not tab.editor.review_action.isEnabled()
        assert "do not name one award" in tab.editor.check_label.text()

        # Deleting the unknown row unblocks the batch; undo brings it back.
        tab.editor.table.selectRow(3)
        tab.editor.delete_action.trigger()
        await tab.editor.flush()
        assert tab.editor.model.rowCount() == 3
        assert tab.editor.review_action.isEnabled()
        tab.editor.undo_action.trigger()
        await tab.editor.flush()
        assert tab.editor.model.rowCount() == 4
        assert not tab.editor.review_action.isEnabled()
        tab.editor.redo_action.trigger()
        await tab.editor.flush()
        await review_and_confirm(tab, tab.editor.batch.id)
        await tab.editor.flush()
        assert [sandbox.state.assertions[e].revocation_reason for e in ids] == [
            REASON,
            "Left the school",
            "Revoked last week",
        ]
        return ids

    ids = loop.run_until_complete(work())
    posted = [item["entityId"] for items in revoke_posts(sandbox) for item in items]
    assert sorted(posted) == sorted(ids[:2]), "the already revoked award is skipped, not sent"


def test_a_windows_1252_file_is_read_as_chosen_and_a_nul_line_reported(
    shell, loop, sandbox, tmp_path, qtbot
):
    """Issue 19: the encoding is asked for, not guessed; a line with a NUL is left out."""
    tab = tab_of(shell)
    path = tmp_path / "leavers.csv"
    path.write_bytes(
        "Email;Badge\r\nmuñoz@school.test;Peer Mentor\r\nbo\x00@school.test;Peer Mentor\r\n".encode(
            "cp1252"
        )
    )
    shell.window.show()

    async def work() -> None:
        await tab.new_batch("Leavers")
        reading = asyncio.ensure_future(tab.import_csv(path))
        question = await encoding_question(tab)
        qtbot.keyClick(question, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
        await wait_for(lambda: question.encoding() == "cp1252")
        qtbot.keyClick(question, Qt.Key.Key_Return)
        dialog = await reading
        assert isinstance(dialog, RevocationImportDialog)
        await wait_for(lambda: dialog.import_result is not None)
        assert dialog.import_result.targets[0].identity == "muñoz@school.test"
        report = [dialog.report_model.item(0, column).text() for column in range(3)]
        assert report[0] == "3"
        assert "control character" in report[1]
        assert report[2] == "bo␀@school.test;Peer Mentor"

    loop.run_until_complete(work())


def test_csv_of_recipients_resolved_and_flagged(shell, loop, sandbox, tmp_path):
    tab = tab_of(shell)
    path = tmp_path / "recipients.csv"

    async def work() -> None:
        ids = await award(shell, sandbox, 2, "who")
        client = shell.session.client
        await client.award(
            "badgeclasses",
            peer_mentor(sandbox),
            AwardRequest(
                recipient=Recipient(identity="who001@school.test"), allow_duplicate_awards=True
            ),
        )
        path.write_text(
            "Email\nWHO000@school.test\nwho001@school.test\nnobody@school.test\n",
            encoding="utf-8",
        )
        await tab.new_batch("By recipient")
        await tab.import_csv(path)
        await wait_for(lambda: any(isinstance(d, RevocationImportDialog) for d in tab.dialogs))
        dialog = next(d for d in tab.dialogs if isinstance(d, RevocationImportDialog))
        await wait_for(lambda: dialog.import_result is not None)
        assert dialog.import_button.isEnabled() is False, "no badge class yet"
        assert dialog.badgeclass_box.isEnabled()
        dialog.badgeclass_box.setCurrentIndex(
            dialog.badgeclass_box.findText("Peer Mentor", flags=Qt.MatchFlag.MatchContains)
        )
        await wait_for(lambda: dialog.import_button.isEnabled())
        dialog.import_button.click()
        await wait_for(lambda: tab.editor.model.rowCount() == 3)
        type_reason(tab, REASON)
        await tab.check(tab.editor.batch.id)
        await wait_for(lambda: "Not checked yet" not in column(tab, tab.editor.model.STATUS))
        assert column(tab, tab.editor.model.STATUS) == ["Active", "Ambiguous", "Not found"]
        rows = tab.editor.model.rows()
        assert rows[0].target.entity_id == ids[0], "case does not matter for emails"
        assert rows[1].target.entity_id is None, "never guessed"
        assert "2 live awards" in rows[1].target.note
        assert not tab.editor.review_action.isEnabled()

    loop.run_until_complete(work())
    assert revoke_posts(sandbox) == []


# ------------------------------------------------------------------ answers per row


def test_a_failed_row_shows_the_servers_reason_and_is_retried_alone(shell, loop, sandbox):
    tab = tab_of(shell)

    async def work() -> None:
        ids = await award(shell, sandbox, 3, "mix")
        batch = await tab.new_batch(
            "Mixed",
            [RevocationTarget(e, match=Match.UNCHECKED) for e in [*ids, "ZZZZZZZZZZZZZZZZZZZZZZ"]],
        )
        type_reason(tab, REASON)
        await shell.session.client.revoke_assertion(ids[0], "By a colleague")
        await tab.editor.flush()
        result = await tab.submit(batch.id)  # straight to the outbox: the answers decide
        assert result is not None
        assert (result.succeeded, result.skipped, result.failed) == (2, 1, 1)
        await wait_for(lambda: column(tab, tab.editor.model.OUTCOME)[3].startswith("Failed"))
        outcomes = column(tab, tab.editor.model.OUTCOME)
        assert outcomes[0] == "Skipped: already revoked"
        assert outcomes[1:3] == ["Revoked", "Revoked"]
        assert outcomes[3] == "Failed: permission denied or object not found"
        assert tab.editor.retry_action.isEnabled()
        sandbox.clear_requests()
        tab.editor.table.selectRow(3)
        tab.editor.retry_action.trigger()
        await wait_for(lambda: batch.id in tab.runs)
        await wait_for(lambda: batch.id not in tab.runs)

    loop.run_until_complete(work())
    (items,) = revoke_posts(sandbox)
    assert [item["entityId"] for item in items] == ["ZZZZZZZZZZZZZZZZZZZZZZ"]
    states = [row.state for row in tab.editor.model.rows()]
    assert states == [RowState.SKIPPED, RowState.REVOKED, RowState.REVOKED, RowState.FAILED]


def test_a_reason_is_edited_only_in_a_row_chosen_and_not_yet_settled(shell, loop, sandbox, qtbot):
    """F2 edits the reason of the row the person selected, if it was not sent or settled."""
    tab = tab_of(shell)
    shell.window.show()

    async def work() -> None:
        ids = await award(shell, sandbox, 3, "mix")
        batch = await tab.new_batch(
            "Mixed",
            [RevocationTarget(e, match=Match.UNCHECKED) for e in [*ids, "ZZZZZZZZZZZZZZZZZZZZZZ"]],
        )
        type_reason(tab, REASON)
        await shell.session.client.revoke_assertion(ids[0], "By a colleague")
        await tab.editor.flush()
        await tab.submit(batch.id)
        table, model = tab.editor.table, tab.editor.model
        assert [row.state for row in model.rows()] == [
            RowState.SKIPPED,
            RowState.REVOKED,
            RowState.REVOKED,
            RowState.FAILED,
        ]
        # Focus coming in makes the first cell current without selecting it; Ctrl+arrows move
        # it on without selecting either: F2 there would edit a row nobody chose.
        tab.editor.name_edit.setFocus()
        table.setFocus()
        await wait_for(lambda: table.currentIndex().isValid())
        for _ in range(model.REASON):
            qtbot.keyClick(table, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
        assert (table.currentIndex().row(), table.currentIndex().column()) == (0, model.REASON)
        assert model.flags(table.currentIndex()) & Qt.ItemFlag.ItemIsEditable
        press(qtbot, table, Qt.Key.Key_F2)
        assert not editing(table)
        # A revoked row's reason does not open, and is refused when set all the same.
        click(qtbot, table, 1, model.REASON)
        press(qtbot, table, Qt.Key.Key_F2)
        assert not editing(table)
        click(qtbot, table, 1, model.REASON, double=True)
        assert not editing(table)
        requested = []
        model.reason_edit_requested.connect(lambda *args: requested.append(args))
        assert not model.setData(model.index(1, model.REASON), "Another reason")
        assert requested == []
        # The failed row, chosen with the keyboard, takes a reason of its own.
        press(qtbot, table, Qt.Key.Key_Down)
        press(qtbot, table, Qt.Key.Key_Down)
        press(qtbot, table, Qt.Key.Key_F2)
        assert editing(table)
        type_into(qtbot, table, "Left the course")
        press(qtbot, table, Qt.Key.Key_Return)
        await wait_for(lambda: model.rows()[3].target.reason == "Left the course")
        await tab.editor.flush()
        assert [row.target.reason for row in model.rows()] == ["", "", "", "Left the course"]
        assert model.rows()[3].state == RowState.PENDING

    loop.run_until_complete(work())


# ------------------------------------------------------------------ offline


def test_offline_drafting_then_review_once_the_server_is_back(
    sandbox, qtbot, settings, memory_keyring, conn, tmp_path, loop, drafts
):
    shell = signed_in_shell(
        sandbox, qtbot, settings, memory_keyring, conn, tmp_path, loop, drafts=drafts
    )
    ids = loop.run_until_complete(award(shell, sandbox, 3, "offline"))
    loop.run_until_complete(shell.session.aclose())
    port = int(sandbox.base_url.rsplit(":", 1)[1])
    path = tmp_path / "ids.csv"
    path.write_text("\n".join(ids) + "\n", encoding="utf-8")
    sandbox.stop()
    tab = tab_of(shell)
    try:
        loop.run_until_complete(shell.start(sign_in=False))

        async def draft() -> int:
            batch = await tab.new_batch("On the train")
            await tab.import_csv(path)
            await wait_for(lambda: any(isinstance(d, RevocationImportDialog) for d in tab.dialogs))
            dialog = next(d for d in tab.dialogs if isinstance(d, RevocationImportDialog))
            await wait_for(lambda: dialog.import_button.isEnabled())
            dialog.import_button.click()
            await wait_for(lambda: tab.editor.model.rowCount() == 3)
            type_reason(tab, REASON)
            await tab.editor.flush()
            return batch.id

        batch_id = loop.run_until_complete(draft())
        assert not tab.editor.signed_in
        assert not tab.editor.review_action.isEnabled()
        assert not tab.editor.check_action.isEnabled()
        assert "Sign in to check and revoke" in tab.editor.check_label.text()
        database = tmp_path / "badgedesk.sqlite3"
        assert stored(database, "SELECT COUNT(*) FROM revocation_rows") == [(3,)]
        assert stored(database, "SELECT reason FROM draft_batches WHERE kind = 'revoke'") == [
            (REASON,)
        ]
    finally:
        sandbox.config = dataclasses.replace(sandbox.config, port=port)
        sandbox.start()

    async def back_online() -> None:
        await shell.start(sign_in=False)
        await shell.catalogue_refresh
        assert tab.editor.review_action.isEnabled()
        await review_and_confirm(tab, batch_id)
        await tab.editor.flush()

    loop.run_until_complete(back_online())
    assert all(sandbox.state.assertions[e].revoked for e in ids)
    assert {row.state for row in tab.editor.model.rows()} == {RowState.REVOKED}
    loop.run_until_complete(tab.shutdown())
    loop.run_until_complete(shell.session.aclose())


def test_new_batch_is_empty_and_says_what_to_do(shell, loop):
    tab = tab_of(shell)
    loop.run_until_complete(tab.new_batch("Empty"))
    assert "Add the awards to revoke" in tab.editor.check_label.text()
    assert not tab.editor.review_action.isEnabled()
    assert {row.state for row in tab.editor.model.rows()} <= {RowState.PENDING}
