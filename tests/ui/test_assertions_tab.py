"""The Assertions tab against a real sandbox: browsing, lazy loading, search, filters, writes,
changes made elsewhere, F5, errors and offline start. Signed in from tokens in the keyring (the
browser sign-in has tests of its own)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from badgedesk.api.models import AwardRequest, Recipient, RevocationRequest
from badgedesk.auth.keychain import Keychain
from badgedesk.profiles import sandbox_profile
from badgedesk.sandbox import SandboxConfig, SandboxServer
from badgedesk.sandbox.seed import BULK_BADGECLASS
from badgedesk.sandbox.state import FaultKind
from badgedesk.services.changes import AwardsMade, AwardsRevoked
from badgedesk.services.desk import Desk
from badgedesk.services.session import Session
from badgedesk.ui.main_window import MainWindow
from badgedesk.ui.models.assertions import STATUS
from badgedesk.ui.shell import Shell
from tests.loopback_http import closed_port_url
from tests.ui.shells import counts, quiet, select, settle, signed_in_shell
from tests.ui.waiting import wait_for

BULK = 1200
"""Three pages of 500."""

pytestmark = pytest.mark.signed_in(server="bulk_sandbox")


@pytest.fixture
def bulk_sandbox() -> Iterator[SandboxServer]:
    with SandboxServer(SandboxConfig(token_backoff=False, bulk_assertions=BULK)) as server:
        yield server


def bulk_id(server: SandboxServer) -> str:
    return next(
        b.entity_id for b in server.state.badgeclasses.values() if b.name == BULK_BADGECLASS
    )


def live_count(server: SandboxServer, badgeclass: str, *, revoked=False, expired=False) -> int:
    now = server.state.now()
    return sum(
        1
        for a in server.state.assertions.values()
        if a.badgeclass == badgeclass
        and (revoked or not a.revoked)
        and (expired or a.expires is None or a.expires > now)
    )


def list_requests(server: SandboxServer) -> list:
    return [r for r in server.requests if r.method == "GET" and r.path.endswith("/assertions")]


def test_tree_lists_issuers_and_badge_classes_with_images(shell, loop, bulk_sandbox):
    tab = shell.assertions
    assert tab.stack.currentIndex() == 1
    issuers = [tab.tree.topLevelItem(i).text(0) for i in range(tab.tree.topLevelItemCount())]
    assert issuers == ["Northfield College", "Riverside Training Institute"]
    northfield = tab.tree.topLevelItem(0)
    names = [northfield.child(i).text(0) for i in range(northfield.childCount())]
    assert BULK_BADGECLASS in names
    assert not tab.offline_label.isVisible()
    settle(loop, tab)
    assert not northfield.child(0).icon(0).isNull()


def test_lazy_loading_across_pages(shell, loop, bulk_sandbox):
    tab = shell.assertions
    select(shell, loop, bulk_id(bulk_sandbox))
    assert tab.model.rowCount() == 500
    assert tab.model.canFetchMore()
    assert "scroll down for more" in tab.load_label.text()
    while not tab.model.complete:
        tab.table.scrollToBottom()
        settle(loop, tab)
    expected = live_count(bulk_sandbox, bulk_id(bulk_sandbox))
    assert tab.model.rowCount() == expected
    pages = [r for r in list_requests(bulk_sandbox) if "num=500" in r.query or "cursor" in r.query]
    assert len(pages) >= 3
    ids = {tab.model.row_at(r).entity_id for r in range(tab.model.rowCount())}
    assert len(ids) == expected, "no row twice"
    assert "no more to load" in tab.load_label.text()


def test_recipient_search_asks_the_server_for_several_identities(shell, loop, bulk_sandbox):
    tab = shell.assertions
    select(shell, loop, bulk_id(bulk_sandbox))
    wanted = ["student000010@example.edu", "student000020@example.edu"]
    bulk_sandbox.clear_requests()
    tab.recipient_edit.setText(", ".join(wanted))
    tab.recipient_edit.returnPressed.emit()
    settle(loop, tab)
    shown = sorted(tab.model.row_at(r).recipient for r in range(tab.model.rowCount()))
    assert shown == [w for w in wanted if not _revoked(bulk_sandbox, w)]
    (request,) = list_requests(bulk_sandbox)
    assert request.query.count("recipient=") == 2


def test_a_partial_identity_finds_nobody_and_offers_contains_over_loaded_rows(
    shell, loop, bulk_sandbox
):
    """The server matches whole identities only: the box says so, and finding nothing offers
    the text filter (contains) instead of "0 awards loaded"."""
    tab = shell.assertions
    select(shell, loop, bulk_id(bulk_sandbox))
    assert "whole identities" in tab.recipient_edit.placeholderText()
    assert "written in full" in tab.recipient_edit.toolTip()
    assert tab.contains_button.isHidden()
    part = tab.model.row_at(0).recipient.split("@")[0]  # on the first page, whatever its order
    tab.recipient_edit.setText(part)
    tab.recipient_edit.returnPressed.emit()
    settle(loop, tab)
    assert tab.model.rowCount() == 0
    text = tab.load_label.text()
    assert "whole identities only" in text
    assert "0 awards" not in text
    assert tab.contains_button.isVisible()
    assert tab.contains_button.accessibleName()
    tab.contains_button.click()
    settle(loop, tab)
    assert tab.recipient_edit.text() == ""
    assert tab.filter_edit.text() == part
    shown = [tab.model.row_at(r).recipient for r in range(tab.model.rowCount())]
    assert shown
    assert all(part in r for r in shown)
    assert tab.contains_button.isHidden()


def _revoked(server, identity):
    return any(a.revoked for a in server.state.assertions.values() if a.identity == identity)


def test_quick_filter_sort_and_toggles(shell, loop, bulk_sandbox, qtbot):
    tab = shell.assertions
    badgeclass = bulk_id(bulk_sandbox)
    select(shell, loop, badgeclass)

    async def filter_then_clear() -> None:
        # One run of the loop: the view fetches pages while the filtered table is short.
        tab.filter_edit.setText("student00012")
        await wait_for(lambda: tab.model.rowCount() < 500)
        assert "shown by the filter" in tab.load_label.text()
        await quiet(tab)
        assert all("student00012" in r.recipient for r in tab.model.visible_rows())
        tab.filter_edit.clear()
        await wait_for(lambda: tab.model.rowCount() >= 500)
        await quiet(tab)

    loop.run_until_complete(filter_then_clear())
    assert tab.model.rowCount() == tab.model.loaded_count

    tab.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    recipients = [r.recipient for r in tab.model.visible_rows()]
    assert recipients == sorted(recipients, reverse=True)

    assert not any(r.revoked for r in tab.model.visible_rows())

    async def include_revoked_and_load_all() -> None:
        tab.show_revoked.setChecked(True)
        await quiet(tab)
        while not tab.model.complete:
            tab.model.fetchMore()
            await quiet(tab)

    loop.run_until_complete(include_revoked_and_load_all())
    assert tab.model.rowCount() == live_count(bulk_sandbox, badgeclass, revoked=True)
    statuses = {tab.model.index(r, STATUS).data() for r in range(tab.model.rowCount())}
    assert "Revoked" in statuses
    recipients = [r.recipient for r in tab.model.visible_rows()]
    assert recipients == sorted(recipients, reverse=True), "a new page is merged in order"


def test_show_expired_toggle(shell, loop, bulk_sandbox):
    tab = shell.assertions
    first_aid = next(
        b for b in bulk_sandbox.state.badgeclasses.values() if b.expires is not None
    ).entity_id
    select(shell, loop, first_aid)
    assert tab.model.rowCount() == live_count(bulk_sandbox, first_aid)
    tab.show_expired.setChecked(True)
    settle(loop, tab)
    assert tab.model.rowCount() == live_count(bulk_sandbox, first_aid, expired=True)


def test_detail_pane_and_summary(shell, loop, bulk_sandbox):
    tab = shell.assertions
    badgeclass = bulk_id(bulk_sandbox)
    select(shell, loop, badgeclass)
    tab.table.selectRow(0)
    settle(loop, tab)
    row = tab.model.row_at(0)
    assert row.recipient in tab.detail.browser.toPlainText()
    assert str(
        BULK
        - sum(
            1
            for a in bulk_sandbox.state.assertions.values()
            if a.badgeclass == badgeclass and a.revoked
        )
    ) in tab.summary.counts_label.text().replace(",", "")


def second_page_answered(server: SandboxServer) -> bool:
    """The table's second page was answered: asked for while the first was shown (the
    summary's pages, which the table's query is not, include the expired awards)."""
    return any(
        "cursor=" in r.query and "include_expired" not in r.query and r.status
        for r in server.requests
    )


def failing_third_page(shell, loop, server: SandboxServer, fault: FaultKind) -> None:
    """Show the first page, then the second, which was read ahead before ``fault`` (four
    times: every attempt) meets the third, asked for while the second was shown."""
    tab = shell.assertions
    select(shell, loop, bulk_id(server))
    settle(loop, tab, until=lambda: second_page_answered(server))
    server.faults.enqueue(fault, count=4, path_prefix="/v2/badgeclasses/")
    tab.model.fetchMore()
    settle(loop, tab)
    assert tab.model.rowCount() == 1000, "the page read ahead is shown"
    assert tab.model.error is None
    tab.model.fetchMore()
    settle(loop, tab, until=lambda: tab.model.error is not None)


def test_load_error_keeps_rows_and_retry_continues(shell, loop, bulk_sandbox):
    """A page read ahead that failed says so when it is wanted, as any page does."""
    tab = shell.assertions
    failing_third_page(shell, loop, bulk_sandbox, "error500")
    assert tab.model.rowCount() == 1000, "loaded rows are kept"
    assert tab.error_bar.isVisible()
    assert not tab.model.canFetchMore(), "no silent retry loop"
    tab.retry_button.click()
    settle(loop, tab)
    assert tab.model.complete
    assert tab.model.rowCount() == live_count(bulk_sandbox, bulk_id(bulk_sandbox))
    assert not tab.error_bar.isVisible()


def test_dropped_connection_during_load(shell, loop, bulk_sandbox):
    tab = shell.assertions
    failing_third_page(shell, loop, bulk_sandbox, "drop")
    assert "reach the server" in tab.error_label.text()
    assert tab.model.rowCount() == 1000
    tab.model.retry()
    settle(loop, tab)
    assert tab.model.complete
    ids = [row.entity_id for row in tab.model.visible_rows()]
    assert len(ids) == len(set(ids)) == live_count(bulk_sandbox, bulk_id(bulk_sandbox))


def test_export_loads_every_page_and_writes_what_is_shown(shell, loop, bulk_sandbox, tmp_path):
    tab = shell.assertions
    select(shell, loop, bulk_id(bulk_sandbox))
    tab.filter_edit.setText("lecture 1")
    tab.model.set_text_filter("lecture 1")
    path = tmp_path / "awards.csv"
    count = loop.run_until_complete(tab.export(path))
    assert tab.model.complete
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:2] == ["entityId", "recipient"]
    assert len(rows) - 1 == count == tab.model.rowCount()
    assert all("lecture 1" in row[8].lower() for row in rows[1:])


def test_an_export_that_cannot_be_written_says_so(shell, loop, bulk_sandbox, tmp_path):
    tab = shell.assertions
    select(shell, loop, bulk_id(bulk_sandbox))
    tab.model.set_text_filter("student00001")
    path = tmp_path / "no such folder" / "awards.csv"
    assert loop.run_until_complete(tab.export(path)) == 0
    assert "Could not write" in shell.window.statusBar().currentMessage()
    assert not path.parent.exists()


def test_missing_scope_disables_writes_with_a_reason(
    bulk_sandbox, qtbot, settings, memory_keyring, conn, tmp_path, loop
):
    first = signed_in_shell(bulk_sandbox, qtbot, settings, memory_keyring, conn, tmp_path, loop)
    settle(loop, first.assertions)
    first.assertions.attach(None, None, lambda _scope: False)
    loop.run_until_complete(first.session.aclose())
    shell = signed_in_shell(
        bulk_sandbox, qtbot, settings, memory_keyring, conn, tmp_path, loop, scope="r:profile"
    )
    tab = shell.assertions
    assert tab.tree.topLevelItemCount() == 2, "the saved catalogue"
    tab.select_node(bulk_id(bulk_sandbox))
    settle(loop, tab)
    assert not tab.award_action.isEnabled()
    assert "rw:issuer" in tab.award_action.toolTip()
    tab.attach(None, None, lambda _scope: False)
    loop.run_until_complete(shell.session.aclose())


def test_offline_start_shows_the_cached_tree(
    bulk_sandbox, qtbot, settings, memory_keyring, conn, drafts, tmp_path, loop
):
    first = signed_in_shell(bulk_sandbox, qtbot, settings, memory_keyring, conn, tmp_path, loop)
    settle(loop, first.assertions)
    first.assertions.attach(None, None, lambda _scope: False)
    loop.run_until_complete(first.session.aclose())

    gone = closed_port_url()
    profile = sandbox_profile(gone)  # same profile name, so the same cache
    keychain = Keychain(profile.name, memory_keyring)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    shell = Shell(window, Desk(Session(profile, keychain), drafts, tmp_path), batches=False)
    window.show()
    loop.run_until_complete(shell.start())
    tab = shell.assertions
    assert tab.stack.currentIndex() == 1
    assert tab.tree.topLevelItemCount() == 2
    assert tab.offline_label.isVisible()
    tab.select_node(bulk_id(bulk_sandbox))
    settle(loop, tab, until=lambda: tab.model.error is not None)
    assert tab.error_bar.isVisible()
    tab.attach(None, None, lambda _scope: False)
    loop.run_until_complete(shell.session.aclose())


# ---------------------------------------------------------------- writes


def audit_rows(conn, operation: str) -> list[tuple[str, str]]:
    rows = conn.execute(
        "SELECT target, outcome FROM audit_log WHERE operation = ? ORDER BY id", (operation,)
    )
    return [(target, outcome) for target, outcome in rows]


def act_and_settle(loop, tab, act) -> None:
    """Do ``act`` (a click, a submit) and let the writes it starts finish, in one loop run."""

    async def steps() -> None:
        act()
        await quiet(tab)

    loop.run_until_complete(steps())


def revoke_dialog_for(shell, loop, server, view_row: int):
    """Select a row of the bulk badge class and press Delete's action: (entity id, dialog)."""
    tab = shell.assertions
    select(shell, loop, bulk_id(server))
    tab.table.selectRow(view_row)
    settle(loop, tab)
    entity_id = tab.selected_rows()[0].entity_id
    tab.revoke_action.trigger()
    return entity_id, tab.revoke_dialog


def test_award_with_evidence_and_ob3_round_trips(shell, loop, bulk_sandbox, conn):
    tab = shell.assertions
    badgeclass = bulk_id(bulk_sandbox)
    select(shell, loop, badgeclass)
    before = tab.model.rowCount()
    bulk_sandbox.clear_requests()
    tab.award_action.trigger()
    dialog = tab.award_dialog
    dialog.identity_edit.setText("New.Person@Example.org")
    dialog.hashed_check.setChecked(False)
    dialog.narrative_edit.setPlainText("Ran the **first aid** session.")
    dialog.add_evidence_button.click()
    dialog.evidence_table.item(0, 0).setText("https://example.org/evidence/1")
    dialog.evidence_table.item(0, 2).setText("Photo of the session")
    start = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    dialog.activity_start_edit.set_value(start)
    dialog.activity_end_edit.set_value(start + timedelta(hours=3))
    dialog.licence_edit.setText("L-42")
    dialog.role_edit.setText("Trainer")
    act_and_settle(loop, tab, dialog.submit)

    (record,) = [
        a for a in bulk_sandbox.state.assertions.values() if a.identity == "new.person@example.org"
    ]
    assert record.badgeclass == badgeclass
    assert not record.hashed
    assert record.narrative == "Ran the **first aid** session."
    assert record.evidence[0]["url"] == "https://example.org/evidence/1"
    assert record.evidence[0]["name"] == "Photo of the session"
    assert record.ob3["role"] == "Trainer"
    assert record.ob3["licenseNumber"] == "L-42"
    assert record.ob3["activityStart"].startswith("2026-03-01T09:00")
    (posted,) = [r for r in bulk_sandbox.requests if r.method == "POST"]
    body = json.loads(posted.body)
    assert not {"badgeclass", "badgeclassName", "badgeclassOpenBadgeId"} & body.keys()
    assert tab.model.rowCount() == before + 1, "the new row is shown"
    reloads = [r for r in list_requests(bulk_sandbox) if "include_revoked=true" not in r.query]
    assert not reloads, "without reloading the table (only the summary is counted again)"
    assert tab.selected_rows()[0].entity_id == record.entity_id
    assert "Awarded to new.person@example.org" in shell.window.statusBar().currentMessage()
    assert audit_rows(conn, "award")[-1][1] == "ok"


def test_the_recipient_is_notified_as_last_chosen(shell, loop, bulk_sandbox):
    """Ticked the first time, as in the web app; the next award starts from the last choice."""
    tab = shell.assertions
    select(shell, loop, bulk_id(bulk_sandbox))
    for identity, notify in (("told@example.org", True), ("quiet@example.org", False)):
        tab.award_action.trigger()
        dialog = tab.award_dialog
        assert dialog.notify_check.isChecked(), "on at first, and still as last chosen"
        dialog.identity_edit.setText(identity)
        dialog.notify_check.setChecked(notify)
        act_and_settle(loop, tab, dialog.submit)
        (record,) = [a for a in bulk_sandbox.state.assertions.values() if a.identity == identity]
        assert record.notified is notify
    tab.award_action.trigger()
    assert not tab.award_dialog.notify_check.isChecked(), "the last choice was off"
    tab.award_dialog.reject()


def test_problems_are_shown_next_to_their_fields(shell, loop, bulk_sandbox, conn):
    tab = shell.assertions
    select(shell, loop, bulk_id(bulk_sandbox))
    tab.award_action.trigger()
    dialog = tab.award_dialog
    bulk_sandbox.clear_requests()
    dialog.identity_edit.setText("not an email")
    dialog.expires_edit.set_value(datetime(2020, 1, 1, tzinfo=UTC))
    dialog.submit()
    assert "email address" in dialog.error_for("recipient")
    assert "after the issue date" in dialog.error_for("expires")
    assert not bulk_sandbox.requests, "nothing is sent before the local checks pass"

    dialog.identity_edit.setText("someone@example.org")
    dialog.expires_edit.set_value(None)
    dialog.narrative_edit.setPlainText("Look: ![photo](https://example.org/p.png)")
    act_and_settle(loop, tab, dialog.submit)
    assert "images are not allowed" in dialog.error_for("narrative")
    assert dialog.error_for("recipient") == ""
    assert dialog.tabs.currentIndex() == 1, "the narrative tab is brought forward"
    assert dialog.isVisible()
    assert dialog.ok_button.isEnabled()
    assert not any(
        a.identity == "someone@example.org" for a in bulk_sandbox.state.assertions.values()
    )
    assert audit_rows(conn, "award")[-1][1] == "failed"
    dialog.reject()


def test_edit_saves_only_what_changed(shell, loop, bulk_sandbox, conn):
    tab = shell.assertions
    select(shell, loop, bulk_id(bulk_sandbox))
    tab.table.selectRow(0)
    settle(loop, tab)
    entity_id = tab.selected_rows()[0].entity_id
    assert not tab.detail.image_label.pixmap().isNull(), "the badge image is shown"
    tab.edit_action.trigger()
    settle(loop, tab)
    dialog = tab.award_dialog
    assert dialog.existing.key == entity_id
    assert not dialog.identity_edit.isEnabled()
    dialog.narrative_edit.setPlainText("Attended and *presented*.")
    bulk_sandbox.clear_requests()
    act_and_settle(loop, tab, dialog.submit)
    (put,) = [r for r in bulk_sandbox.requests if r.method == "PUT"]
    assert json.loads(put.body) == {"narrative": "Attended and *presented*."}
    assert bulk_sandbox.state.assertions[entity_id].narrative == "Attended and *presented*."
    view_row = tab.model.view_row_of(entity_id)
    assert tab.model.row_at(view_row).narrative == "Attended and *presented*."
    assert audit_rows(conn, "edit award")[-1] == (f"assertion {entity_id}", "ok")
    assert "presented" in tab.detail.browser.toPlainText()
    assert not tab.detail.image_label.pixmap().isNull(), "the edit keeps the badge image"


def test_revoke_needs_a_reason_and_marks_the_row(shell, loop, bulk_sandbox, conn):
    tab = shell.assertions
    entity_id, dialog = revoke_dialog_for(shell, loop, bulk_sandbox, 0)
    assert not dialog.revoke_button.isEnabled(), "a reason is required"
    dialog.reason_edit.setPlainText("Awarded in error.")
    assert dialog.revoke_button.isEnabled()
    act_and_settle(loop, tab, dialog.revoke_button.click)
    record = bulk_sandbox.state.assertions[entity_id]
    assert record.revoked
    assert record.revocation_reason == "Awarded in error."
    assert tab.model.row_at(tab.model.view_row_of(entity_id)).revoked
    assert "Revoked" in tab.detail.status_label.text()
    assert not tab.detail.image_label.pixmap().isNull(), "the revocation keeps the image"
    assert not tab.revoke_action.isEnabled()
    assert not tab.edit_action.isEnabled()
    assert "revoked" in tab.edit_action.toolTip()
    recipient = tab.model.row_at(tab.model.view_row_of(entity_id)).recipient
    target, outcome = audit_rows(conn, "revoke")[-1]
    assert target.startswith(f"assertion {entity_id}: {recipient} · ")
    assert outcome == "ok"
    detail = conn.execute("SELECT detail FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()[0]
    assert detail == "Awarded in error.", "the history shows the reason"


def test_revoking_twice_shows_the_servers_message_and_the_truth(shell, loop, bulk_sandbox, conn):
    tab = shell.assertions
    entity_id, dialog = revoke_dialog_for(shell, loop, bulk_sandbox, 1)
    bulk_sandbox.state.assertions[entity_id].revoked = True  # by a colleague, meanwhile
    bulk_sandbox.state.assertions[entity_id].revocation_reason = "Duplicate."
    dialog.reason_edit.setPlainText("Left the course.")
    act_and_settle(loop, tab, dialog.revoke_button.click)
    assert "already revoked" in dialog.error_label.text()
    assert tab.model.row_at(tab.model.view_row_of(entity_id)).revoked, "re-read from the server"
    assert audit_rows(conn, "revoke")[-1][1] == "failed"
    dialog.reject()


# ---------------------------------------------------------------- changes made elsewhere


def live_rows(tab, count: int) -> list[str]:
    return [row.entity_id for row in tab.model.visible_rows() if not row.revoked][:count]


def revoke_on_server(shell: Shell, entity_ids: list[str], reason: str):
    """As a revocation batch sends them: one ``POST /v2/assertions/revoke`` for them all."""
    assert shell.session.client is not None
    return shell.session.client.revoke_assertions(
        [RevocationRequest(entity_id=e, revocation_reason=reason) for e in entity_ids]
    )


def table_requests(server: SandboxServer) -> list:
    """Listings of the table (the summary counts with expired awards included)."""
    return [r for r in list_requests(server) if "include_expired=true" not in r.query]


def test_a_batch_revocation_shows_in_the_rows_and_counts_without_f5(shell, loop, bulk_sandbox):
    tab = shell.assertions
    tab.show_revoked.setChecked(True)
    select(shell, loop, bulk_id(bulk_sandbox))
    before = counts(tab)
    revoked = live_rows(tab, 3)
    tab.table.selectRow(tab.model.view_row_of(revoked[0]))
    settle(loop, tab)
    assert tab.revoke_action.isEnabled()
    bulk_sandbox.clear_requests()

    async def batch() -> None:
        results = await revoke_on_server(shell, revoked, "Course cancelled")
        assert all(result.revoked for result in results)
        shell.desk.changes.publish(AwardsRevoked(tuple(revoked), "Course cancelled"))
        await quiet(tab)

    loop.run_until_complete(batch())
    for entity_id in revoked:
        assert tab.model.index(tab.model.view_row_of(entity_id), STATUS).data() == "Revoked"
    assert counts(tab) == {
        "Active": before["Active"] - 3,
        "Expired": before["Expired"],
        "Revoked": before["Revoked"] + 3,
    }
    assert not table_requests(bulk_sandbox), "the rows change where they are, no reload"
    assert not tab.revoke_action.isEnabled(), "the selected award is revoked now"
    assert "Revoked" in tab.detail.status_label.text(), "the detail pane is read again"
    assert "Course cancelled" in tab.detail.browser.toPlainText()


def test_awards_revoked_elsewhere_leave_the_table_while_revoked_are_hidden(
    shell, loop, bulk_sandbox
):
    tab = shell.assertions
    select(shell, loop, bulk_id(bulk_sandbox))
    before = counts(tab)
    shown = tab.model.rowCount()
    revoked = live_rows(tab, 4)
    kept = tab.model.row_at(10).entity_id
    tab.table.selectRow(10)
    settle(loop, tab)

    async def batch() -> None:
        await revoke_on_server(shell, revoked, "Course cancelled")
        shell.desk.changes.publish(AwardsRevoked(tuple(revoked), "Course cancelled"))
        await quiet(tab)

    loop.run_until_complete(batch())
    assert all(tab.model.view_row_of(entity_id) is None for entity_id in revoked)
    assert tab.model.rowCount() == shown - 4
    assert tab.selected_rows()[0].entity_id == kept, "the selection stays on its award"
    assert counts(tab)["Active"] == before["Active"] - 4
    assert counts(tab)["Revoked"] == before["Revoked"] + 4
    assert "500 awards" not in tab.load_label.text()


def test_f5_reads_the_rows_and_the_counts_again(shell, loop, bulk_sandbox):
    """Revoked on the server with nobody telling the tab (the web, another computer): F5
    shows the truth, counts included."""
    tab = shell.assertions
    select(shell, loop, bulk_id(bulk_sandbox))
    before = counts(tab)
    revoked = live_rows(tab, 2)
    loop.run_until_complete(revoke_on_server(shell, revoked, "Revoked on the web"))
    assert tab.model.view_row_of(revoked[0]) is not None, "not told: still shown"
    tab.refresh_action.trigger()
    settle(loop, tab)
    assert all(tab.model.view_row_of(entity_id) is None for entity_id in revoked)
    assert counts(tab)["Active"] == before["Active"] - 2
    assert counts(tab)["Revoked"] == before["Revoked"] + 2
    tab.show_revoked.setChecked(True)
    settle(loop, tab)
    for entity_id in revoked:
        assert tab.model.index(tab.model.view_row_of(entity_id), STATUS).data() == "Revoked"


def test_awards_made_elsewhere_refresh_the_badge_class_that_shows_them(shell, loop, bulk_sandbox):
    tab = shell.assertions
    badgeclass = bulk_id(bulk_sandbox)
    other = next(b.entity_id for b in bulk_sandbox.state.badgeclasses.values() if b != badgeclass)
    select(shell, loop, badgeclass)
    before = counts(tab)
    client = shell.session.client
    assert client is not None
    request = AwardRequest(recipient=Recipient(identity="made.elsewhere@example.org"))

    async def award_elsewhere(badgeclass_id: str) -> str:
        assertion = await client.award("badgeclasses", badgeclass_id, request)
        shell.desk.changes.publish(AwardsMade(badgeclass_id, (assertion.key,)))
        await quiet(tab)
        return assertion.key

    bulk_sandbox.clear_requests()
    loop.run_until_complete(award_elsewhere(other))
    assert not list_requests(bulk_sandbox), "another badge class's award changes nothing here"

    made = loop.run_until_complete(award_elsewhere(badgeclass))
    assert tab.model.view_row_of(made) == 0, "newest first"
    assert counts(tab)["Active"] == before["Active"] + 1
