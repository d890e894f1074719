"""The Backpack tab against the sandbox: listing, filters, acceptance, removal with Undo, and
collections (create, edit, share, delete, membership by checkbox and by drag-and-drop)."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from badgedesk.sandbox import DEMO_EMAIL
from badgedesk.store import AuditLog
from badgedesk.ui.models.backpack import ACCEPTANCE, BADGE
from badgedesk.ui.shell import Shell
from tests.badge_files import baked_png
from tests.ui.dragging import send_drag
from tests.ui.waiting import wait_for

pytestmark = pytest.mark.signed_in


@pytest.fixture(autouse=True)
def backpack_open(shell: Shell, loop) -> Iterator[None]:
    """Every test here starts on the Backpack tab, listed, and leaves no work running."""

    async def open_tab() -> None:
        shell.window.tabs.setCurrentWidget(shell.backpack)
        await wait_for(lambda: shell.backpack.loading is not None)
        await quiet(shell)

    loop.run_until_complete(open_tab())
    yield
    loop.run_until_complete(quiet(shell))


async def quiet(shell: Shell) -> None:
    """Until the tab's background work (listing, images, saves) is done."""
    await wait_for(lambda: not shell.backpack.tasks)


def act(loop, shell: Shell, step) -> None:
    """Do ``step`` and let the work it starts finish, in one run of the loop: a task left
    over would take its next step outside the loop."""

    async def run() -> None:
        step()
        await quiet(shell)

    loop.run_until_complete(run())


def names(shell: Shell) -> list[str]:
    proxy = shell.backpack.proxy
    return [proxy.badge_at(row).name for row in range(proxy.rowCount())]


def select(shell: Shell, name: str) -> None:
    tab = shell.backpack
    row = names(shell).index(name)
    tab.table.clearSelection()
    tab.table.selectRow(row)


def record(sandbox, name: str):
    """The sandbox's record of the demo user's backpack badge called ``name``."""
    for assertion in sandbox.state.assertions.values():
        if assertion.identity != DEMO_EMAIL and assertion.owner != DEMO_EMAIL:
            continue
        badgeclass = sandbox.state.badgeclasses.get(assertion.badgeclass or "")
        known = badgeclass.name if badgeclass else assertion.external.get("badge_name")
        if known == name:
            return assertion
    raise LookupError(name)


def current_name(shell: Shell) -> str | None:
    collection = shell.backpack.collections_list.current_collection()
    return collection.name if collection else None


def audited(conn) -> list[tuple[str, str]]:
    return [(e.operation, e.outcome) for e in AuditLog(conn).entries()]


async def answer(shell: Shell, button_text: str) -> None:
    """Click ``button_text`` in the confirmation the tab is asking."""
    await wait_for(lambda: shell.backpack.question is not None)
    box = shell.backpack.question
    assert isinstance(box, QMessageBox)
    next(b for b in box.buttons() if b.text() == button_text).click()


def test_lists_badges_named_with_images_and_filters(shell, loop, sandbox):
    tab = shell.backpack
    assert tab.stack.currentIndex() == 1
    assert len(names(shell)) == 9, "the rejected one is left out"
    assert {"First Aid at Work", "Conference Speaker", "Safeguarding Awareness"} <= set(
        names(shell)
    )
    badges = {b.name: b for b in tab.model.badges}
    assert badges["First Aid at Work"].issuer == "Northfield College"
    assert badges["Conference Speaker"].issuer == "EdTech Forum"
    local_images = {b.image_url for b in tab.model.badges if b.image_url}
    assert len(local_images) == 6
    assert local_images <= set(tab.model._icons), "every image fetched and shown"
    assert tab.message_label.text() == "9 badges"

    tab.search_edit.setText("riverside")
    assert sorted(names(shell)) == [
        "Customer Service Excellence",
        "Forklift Operator",
        "Welding Level 2",
    ]
    assert tab.message_label.text() == "3 of 9 badges"
    tab.search_edit.setText("")
    tab.acceptance_combo.setCurrentIndex(tab.acceptance_combo.findText("Not yet accepted"))
    assert sorted(names(shell)) == [
        "Customer Service Excellence",
        "Safeguarding Awareness",
        "Welding Level 2",
    ]
    tab.search_edit.setText("zzz")
    assert names(shell) == []
    assert tab.message_label.text() == "No badge matches the filter."
    tab.search_edit.setText("")
    tab.acceptance_combo.setCurrentIndex(0)

    act(loop, shell, lambda: select(shell, "Peer Mentor"))
    assert tab.detail.title_label.text() == "Peer Mentor"
    assert "Northfield College" in tab.detail.browser.toPlainText()
    assert "Dana completed Peer Mentor." in tab.detail.browser.toPlainText()
    assert tab.accept_button.isEnabled() is False, "already accepted"
    assert tab.remove_button.isEnabled()

    record(sandbox, "Peer Mentor").revoked = True

    async def with_revoked() -> None:
        tab.expired_box.setChecked(True)
        await wait_for(lambda: "Peer Mentor" in names(shell))
        await quiet(shell)

    loop.run_until_complete(with_revoked())
    act(loop, shell, lambda: select(shell, "Peer Mentor"))
    assert "Revoked" in tab.detail.status_label.text()


def acceptance_writes(sandbox) -> list[tuple[str, str, dict | None]]:
    """The backpack writes the tab sent: (method, entityId, JSON body)."""
    return [
        (r.method, r.path.rsplit("/", 1)[1], json.loads(r.body) if r.body else None)
        for r in sandbox.requests
        if r.path.startswith("/v2/backpack/assertions/") and r.method in ("PUT", "DELETE")
    ]


def show_removed(shell: Shell) -> None:
    tab = shell.backpack
    tab.acceptance_combo.setCurrentIndex(tab.acceptance_combo.findText("Removed in this session"))


def press(shell: Shell, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed with the focus in the badge table of the active window."""
    window = shell.window
    window.activateWindow()
    window.windowHandle().requestActivate()
    shell.backpack.table.setFocus()
    QTest.keyClick(shell.backpack.table, key, modifiers)
    # The application keeps the modifiers of the last key event: let go of them, or a later
    # test's selectRow() would act as a Ctrl-click.
    QTest.keyRelease(shell.backpack.table, Qt.Key.Key_Control)


def test_one_action_removes_or_declines_with_both_keys_tooltip_and_name(shell):
    tab = shell.backpack
    assert not hasattr(tab, "reject_action"), 'no Reject: the server takes no "Rejected"'
    keys = [k.toString() for k in tab.remove_action.shortcuts()]
    assert keys == ["Del", "Ctrl+Backspace"]
    tip = tab.remove_button.toolTip()
    assert "Del, Ctrl+Backspace" in tip
    assert "brought back" in tip
    assert "imported one is deleted" in tip
    assert tab.remove_button.accessibleName() == "Remove the selected badges from your backpack"
    assert tab.undo_button.accessibleName() == "Bring back the badges just removed"
    shows = [tab.acceptance_combo.itemText(i) for i in range(tab.acceptance_combo.count())]
    assert shows == ["All badges", "Accepted", "Not yet accepted", "Removed in this session"]


def test_accept_then_remove_a_badge_issued_here_and_undo(shell, loop, sandbox, conn):
    tab = shell.backpack
    welding = record(sandbox, "Welding Level 2")
    assert welding.acceptance == "Unaccepted"
    sandbox.clear_requests()

    async def accept_remove_undo() -> None:
        select(shell, "Welding Level 2")
        tab.accept_button.click()
        await wait_for(lambda: welding.acceptance == "Accepted")
        await quiet(shell)
        assert not tab.accept_button.isEnabled()
        tab.remove_button.click()
        await wait_for(lambda: welding.acceptance == "Rejected")
        await quiet(shell)
        assert tab.question is None, "nothing to confirm: Undo brings it back"
        assert "Welding Level 2" not in names(shell), "it left the backpack"
        assert tab.message_label.text() == "8 badges"
        message = shell.window.statusBar().currentMessage()
        assert message == (
            "Removed “Welding Level 2” from your backpack. Undo (Ctrl+Z) brings it back."
        )
        assert tab.undo_button.isVisible()
        assert tab.undo_action.isEnabled()
        listed = await shell.session.client.list_backpack_assertions()
        assert welding.entity_id not in {a.entity_id for a in listed}

        show_removed(shell)
        assert names(shell) == ["Welding Level 2"]
        assert tab.message_label.text().startswith("1 badge removed in this session.")
        assert tab.proxy.index(0, ACCEPTANCE).data() == "Removed"
        select(shell, "Welding Level 2")
        assert tab.removed_label.isVisible()
        assert "award itself stays valid" in tab.removed_label.text()
        assert not tab.remove_button.isEnabled(), "already removed"

        tab.undo_button.click()
        await wait_for(lambda: welding.acceptance == "Accepted")
        await quiet(shell)

    loop.run_until_complete(accept_remove_undo())
    assert acceptance_writes(sandbox) == [
        ("PUT", welding.entity_id, {"acceptance": "Accepted"}),
        ("DELETE", welding.entity_id, None),
        ("PUT", welding.entity_id, {"acceptance": "Accepted"}),
    ], "declined with DELETE, never with PUT Rejected"
    assert names(shell) == [], "nothing left removed"
    assert "no badge in this session" in tab.message_label.text()
    tab.acceptance_combo.setCurrentIndex(0)
    assert "Welding Level 2" in names(shell)
    assert tab.model.find(welding.entity_id).acceptance == "Accepted"
    assert not tab.undo_button.isVisible()
    assert shell.window.statusBar().currentMessage() == "Brought back “Welding Level 2”, accepted."
    assert audited(conn)[:3] == [
        ("bring back badge", "ok"),
        ("remove badge", "ok"),
        ("accept badge", "ok"),
    ]


def test_declining_by_keyboard_and_bringing_back_with_accept(shell, loop, sandbox, conn):
    tab = shell.backpack
    service = record(sandbox, "Customer Service Excellence")
    forklift = record(sandbox, "Forklift Operator")
    assert service.acceptance == "Unaccepted"
    sandbox.clear_requests()

    async def decline_two() -> None:
        select(shell, "Customer Service Excellence")
        selection = tab.table.selectionModel()
        selection.select(
            tab.proxy.index(names(shell).index("Forklift Operator"), 0),
            selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
        )
        press(shell, Qt.Key.Key_Backspace, Qt.KeyboardModifier.ControlModifier)
        await wait_for(lambda: forklift.acceptance == "Rejected")
        await quiet(shell)

    loop.run_until_complete(decline_two())
    assert service.acceptance == "Rejected"
    assert shell.window.statusBar().currentMessage() == (
        "Removed 2 badges from your backpack. Undo (Ctrl+Z) brings them back."
    )
    show_removed(shell)
    assert sorted(names(shell)) == ["Customer Service Excellence", "Forklift Operator"]
    assert tab.message_label.text().startswith("2 badges removed in this session.")

    async def accept_one_back() -> None:
        select(shell, "Customer Service Excellence")
        press(shell, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        await wait_for(lambda: service.acceptance == "Accepted")
        await quiet(shell)

    loop.run_until_complete(accept_one_back())
    assert names(shell) == ["Forklift Operator"], "one is still removed"
    assert tab.undo_button.isVisible()

    async def undo_by_key() -> None:
        press(shell, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        await wait_for(lambda: forklift.acceptance == "Accepted")
        await quiet(shell)

    loop.run_until_complete(undo_by_key())
    assert not tab.undo_button.isVisible()
    writes = acceptance_writes(sandbox)
    assert [w[0] for w in writes] == ["DELETE", "DELETE", "PUT", "PUT"]
    assert all(body == {"acceptance": "Accepted"} for method, _, body in writes if method == "PUT")
    assert audited(conn)[:2] == [("bring back badge", "ok"), ("bring back badge", "ok")]


def test_a_refused_undo_is_shown_and_kept_for_the_next_undo(shell, loop, sandbox, conn):
    tab = shell.backpack
    first_aid = record(sandbox, "First Aid at Work")

    async def remove_then_undo() -> None:
        select(shell, "First Aid at Work")
        tab.remove_button.click()
        await wait_for(lambda: first_aid.acceptance == "Rejected")
        await quiet(shell)
        with sandbox.state.lock:
            del sandbox.state.assertions[first_aid.entity_id]  # gone on the server meanwhile
        tab.undo_action.trigger()
        await wait_for(lambda: tab.badge_error.isVisible())
        await quiet(shell)

    loop.run_until_complete(remove_then_undo())
    assert "Could not bring back “First Aid at Work”" in tab.badge_error.text()
    assert [b.key for b in tab.removed] == [first_aid.entity_id]
    assert tab.undo_button.isVisible()
    assert audited(conn)[0] == ("bring back badge", "failed")


def test_removing_an_imported_badge_asks_first_and_deletes_it(shell, loop, sandbox, conn):
    tab = shell.backpack
    speaker = record(sandbox, "Conference Speaker")

    async def remove_imported() -> None:
        select(shell, "Conference Speaker")
        tab.remove_action.trigger()
        await wait_for(lambda: tab.question is not None)
        box = tab.question
        assert box.text() == "Delete “Conference Speaker” from your backpack?"
        info = box.informativeText()
        assert "badges.example.net" in info
        assert "deleted from your backpack" in info
        assert "cannot be undone" in info
        assert "import it again" in info
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        await answer(shell, "Delete")
        await wait_for(lambda: speaker.entity_id not in sandbox.state.assertions)
        await quiet(shell)

    loop.run_until_complete(remove_imported())
    assert "Conference Speaker" not in names(shell)
    assert not tab.undo_button.isVisible(), "an imported badge cannot be brought back"
    assert shell.window.statusBar().currentMessage() == (
        "Removed “Conference Speaker” from your backpack."
    )
    assert audited(conn)[0] == ("remove badge", "ok")


def test_removing_imported_and_local_badges_together_says_what_happens_to_each(
    shell, loop, sandbox
):
    tab = shell.backpack
    peer = record(sandbox, "Peer Mentor")

    async def remove_both() -> None:
        select(shell, "Peer Mentor")
        selection = tab.table.selectionModel()
        selection.select(
            tab.proxy.index(names(shell).index("Open Source Contributor"), 0),
            selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
        )
        tab.remove_button.click()
        await wait_for(lambda: tab.question is not None)
        box = tab.question
        assert box.text() == "Remove 2 badges from your backpack?"
        info = box.informativeText()
        assert "Open Source Contributor — " in info
        assert "cannot be undone" in info
        assert "Issued to you on this server (Peer Mentor): leaves your backpack" in info
        assert "Undo (Ctrl+Z) brings it back" in info
        await answer(shell, "Remove")
        await wait_for(lambda: peer.acceptance == "Rejected")
        await quiet(shell)

    loop.run_until_complete(remove_both())
    assert shell.window.statusBar().currentMessage() == (
        "Removed 2 badges from your backpack. "
        "Undo (Ctrl+Z) brings back those issued on this server."
    )
    assert [b.name for b in tab.removed] == ["Peer Mentor"]


def test_cancelled_deletion_sends_nothing(shell, loop, sandbox):
    tab = shell.backpack
    sandbox.clear_requests()

    async def cancel() -> None:
        select(shell, "Conference Speaker")
        tab.remove_button.click()
        await answer(shell, "Cancel")
        await quiet(shell)

    loop.run_until_complete(cancel())
    assert not [r for r in sandbox.requests if r.method == "DELETE"]
    assert "Conference Speaker" in names(shell)


def test_refused_acceptance_is_shown_beside_the_badge(shell, loop, sandbox):
    tab = shell.backpack
    welding = record(sandbox, "Welding Level 2")
    del sandbox.state.assertions[welding.entity_id]  # gone on the server meanwhile

    async def refused() -> None:
        select(shell, "Welding Level 2")
        tab.accept_button.click()
        await wait_for(lambda: tab.badge_error.isVisible())
        await quiet(shell)

    loop.run_until_complete(refused())
    assert "Could not accept “Welding Level 2”" in tab.badge_error.text()
    assert tab.proxy.badge_at(names(shell).index("Welding Level 2")).acceptance == "Unaccepted"


def test_create_share_edit_and_delete_a_collection(shell, loop, sandbox, conn):
    tab = shell.backpack
    sandbox.clear_requests()

    async def create() -> None:
        select(shell, "Peer Mentor")
        tab.table.selectRow(names(shell).index("Forklift Operator"))
        tab.table.selectionModel().select(
            tab.proxy.index(names(shell).index("Peer Mentor"), 0),
            tab.table.selectionModel().SelectionFlag.Select
            | tab.table.selectionModel().SelectionFlag.Rows,
        )
        assert len(tab.selected_badges()) == 2
        tab.new_collection_action.trigger()
        dialog = tab.collection_dialog
        assert not dialog.save_button.isEnabled(), "a name is required"
        assert dialog.adding_label.text() == "The 2 selected badges will be put in it."
        dialog.name_edit.setText("Safety at work")
        dialog.description_edit.setPlainText("For the site induction.")
        dialog.published_box.setChecked(True)
        dialog.save_button.click()
        await wait_for(lambda: current_name(shell) == "Safety at work")
        await quiet(shell)

    loop.run_until_complete(create())
    made = next(c for c in sandbox.state.collections.values() if c.name == "Safety at work")
    members = {
        record(sandbox, "Peer Mentor").entity_id,
        record(sandbox, "Forklift Operator").entity_id,
    }
    assert set(made.assertions) == members
    writes = [
        (r.method, json.loads(r.body))
        for r in sandbox.requests
        if "collections" in r.path and r.method in ("POST", "PUT")
    ]
    assert [method for method, _ in writes] == ["POST", "PUT"]
    assert "assertions" not in writes[0][1], "members are never sent with the creation"
    assert tab.collections_list.current_collection().key == made.entity_id
    assert tab.share_panel.link_edit.isVisible()
    share_url = tab.share_panel.url
    assert share_url.endswith(f"/public/collections/{made.share_hash}")
    tab.share_panel.copy_button.click()
    assert QGuiApplication.clipboard().text() == share_url

    async def unshare_and_rename() -> None:
        tab.edit_collection_action.trigger()
        dialog = tab.collection_dialog
        assert dialog.name_edit.text() == "Safety at work"
        assert dialog.published_box.isChecked()
        dialog.name_edit.setText("Site safety")
        dialog.published_box.setChecked(False)
        dialog.save_button.click()
        await wait_for(lambda: current_name(shell) == "Site safety")
        await quiet(shell)

    loop.run_until_complete(unshare_and_rename())
    assert made.name == "Site safety"
    assert made.share_hash is None
    assert set(made.assertions) == members, "editing keeps the members"
    assert not tab.share_panel.link_edit.isVisible()
    assert "Not shared" in tab.share_panel.state_label.text()
    assert "Site safety (2 badges)" in tab.collections_list.currentItem().text()

    async def delete() -> None:
        tab.delete_collection_button.click()
        await answer(shell, "Delete collection")
        await wait_for(lambda: made.entity_id not in sandbox.state.collections)
        await quiet(shell)

    loop.run_until_complete(delete())
    assert tab.collections_list.current_collection() is None
    assert made.entity_id not in tab.collections_list.collections
    operations = audited(conn)
    for operation in ("create collection", "edit collection", "delete collection"):
        assert (operation, "ok") in operations


def test_a_failed_save_keeps_the_dialog_and_what_was_typed(shell, loop, sandbox):
    tab = shell.backpack

    async def refused() -> None:
        tab.new_collection_action.trigger()
        dialog = tab.collection_dialog
        dialog.name_edit.setText(" ")
        assert not dialog.save_button.isEnabled(), "a blank name is not sent"
        dialog.name_edit.setText("Portfolio")
        sandbox.faults.enqueue("error500", 10, "/v2/backpack/collections")
        dialog.save_button.click()
        await wait_for(lambda: dialog.error_label.isVisible(), 30)
        await quiet(shell)
        assert dialog.isVisible(), "nothing typed is lost"
        assert dialog.name_edit.text() == "Portfolio"
        assert dialog.save_button.isEnabled()
        sandbox.faults.clear()
        dialog.reject()

    loop.run_until_complete(refused())
    assert not [c for c in sandbox.state.collections.values() if c.name == "Portfolio"]


def test_membership_by_checkbox_is_saved_and_a_refusal_undone(shell, loop, sandbox, conn):
    tab = shell.backpack
    workshops = next(c for c in sandbox.state.collections.values() if c.name == "Workshops")
    tab.collections_list.select(workshops.entity_id)
    before = list(workshops.assertions)
    assert tab.model.members == set(before)
    peer = record(sandbox, "Peer Mentor").entity_id

    def tick(name: str, on: bool) -> None:
        index = tab.proxy.index(names(shell).index(name), BADGE)
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        assert tab.proxy.setData(index, state.value, Qt.ItemDataRole.CheckStateRole)

    async def tick_and_untick() -> None:
        tick("Peer Mentor", True)
        await wait_for(lambda: peer in workshops.assertions)
        await quiet(shell)
        tick("Peer Mentor", False)
        tick("Forklift Operator", False)
        await wait_for(lambda: peer not in workshops.assertions and len(workshops.assertions) == 1)
        await quiet(shell)

    loop.run_until_complete(tick_and_untick())
    assert workshops.assertions == [
        a for a in before if a != record(sandbox, "Forklift Operator").entity_id
    ]
    assert "Workshops (1 badge)" in tab.collections_list.currentItem().text()

    sandbox.faults.enqueue("error500", 10, "/v2/backpack/collections/")

    async def refused() -> None:
        tick("Peer Mentor", True)
        await wait_for(lambda: tab.collection_error.isVisible(), 30)
        await quiet(shell)

    loop.run_until_complete(refused())
    sandbox.faults.clear()
    assert peer not in workshops.assertions
    assert peer not in tab.model.members, "the tick is undone when the server refuses"
    assert "Could not change the badges of “Workshops”" in tab.collection_error.text()
    assert ("set collection badges", "failed") in audited(conn)


def test_a_quit_lets_the_membership_just_ticked_reach_the_server(shell, loop, sandbox, conn):
    tab = shell.backpack
    workshops = next(c for c in sandbox.state.collections.values() if c.name == "Workshops")
    tab.collections_list.select(workshops.entity_id)
    peer = record(sandbox, "Peer Mentor").entity_id
    sandbox.faults.latency_ms = 100

    async def tick_and_quit() -> None:
        index = tab.proxy.index(names(shell).index("Peer Mentor"), BADGE)
        assert tab.proxy.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
        await shell.shutdown()

    loop.run_until_complete(tick_and_quit())
    assert peer in workshops.assertions
    assert ("set collection badges", "ok") in audited(conn)
    assert not tab.tasks


def test_badges_dragged_onto_a_collection_join_it(shell, loop, sandbox):
    tab = shell.backpack
    portfolio = next(
        c for c in sandbox.state.collections.values() if c.name == "Teaching portfolio"
    )
    assert len(portfolio.assertions) == 3
    act(loop, shell, lambda: select(shell, "Welding Level 2"))
    selection = tab.table.selectionModel()
    selection.select(
        tab.proxy.index(names(shell).index("Conference Speaker"), 0),
        selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
    )
    dragged = tab.proxy.mimeData(selection.selectedIndexes())
    target = tab.collections_list
    row = next(r for r in range(target.count()) if "Teaching portfolio" in target.item(r).text())
    point = target.visualItemRect(target.item(row)).center()
    viewport = target.viewport()

    def send(kind, position: QPoint):
        return send_drag(viewport, kind, dragged, position)

    assert send(QDragEnterEvent, point).isAccepted()
    assert send(QDragMoveEvent, point).isAccepted()
    first_row = target.visualItemRect(target.item(0)).center()
    assert not send(QDragMoveEvent, first_row).isAccepted(), "All badges is no collection"

    async def drop() -> None:
        send(QDropEvent, point)
        await wait_for(lambda: len(portfolio.assertions) == 5)
        await quiet(shell)

    loop.run_until_complete(drop())
    added = {
        record(sandbox, "Welding Level 2").entity_id,
        record(sandbox, "Conference Speaker").entity_id,
    }
    assert added <= set(portfolio.assertions)
    assert "Teaching portfolio (5 badges)" in target.item(row).text()


def test_signing_out_leaves_the_sign_in_page(shell, loop):
    shell.window.sign_out_action.trigger()

    async def signed_out() -> None:
        await wait_for(lambda: shell.window.sign_in_action.isEnabled())

    loop.run_until_complete(signed_out())
    assert shell.backpack.stack.currentIndex() == 0
    assert shell.backpack.model.badges == []


def test_a_badge_file_dropped_on_the_tab_is_imported_into_the_list(shell, loop, sandbox, tmp_path):
    tab = shell.backpack
    unaccepted = next(
        a
        for a in sandbox.state.assertions.values()
        if a.identity == DEMO_EMAIL and a.source_url is None and a.acceptance == "Rejected"
    )
    assert unaccepted.entity_id not in {b.key for b in tab.model.badges}, "rejected: not listed"
    path = tmp_path / "my badge.png"
    path.write_bytes(baked_png(f"{sandbox.base_url}/public/assertions/{unaccepted.entity_id}"))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    where = QPointF(tab.rect().center())

    async def drop_and_import() -> None:
        enter = send_drag(tab, QDragEnterEvent, mime, where)
        assert enter.isAccepted()
        send_drag(tab, QDropEvent, mime, where)
        dialog = tab.import_dialog
        await wait_for(lambda: dialog.loading is not None)
        await dialog.loading
        assert unaccepted.entity_id in dialog.facts_view.toPlainText(), "shown before sending"
        assert not [r for r in sandbox.requests if r.path == "/v2/backpack/import"]
        dialog.import_button.click()
        await wait_for(lambda: unaccepted.acceptance == "Accepted")
        await wait_for(lambda: tab.model.find(unaccepted.entity_id) is not None)
        await quiet(shell)

    loop.run_until_complete(drop_and_import())
    assert [b.key for b in tab.selected_badges()] == [unaccepted.entity_id]
    assert tab.model.find(unaccepted.entity_id).acceptance == "Accepted"
