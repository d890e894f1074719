"""Badge classes drafted offline, as staff meet them in the Assertions tab: written in the
editor with the network out (even when BadgeDesk started offline, so the role comes from the
catalogue kept at the last refresh), shown in the tree under the issuer, chosen by a draft
batch, sent when the user asks once the server is back, then awarded by the batch; a refused
draft says the server's words and is changed and sent again; a draft is deleted after asking."""

from __future__ import annotations

import dataclasses

import pytest

from badgedesk.api.client import image_data_uri
from badgedesk.api.models import BadgeClassRequest
from badgedesk.core.badgeclass_drafts import DraftState
from badgedesk.services.desk import Desk
from badgedesk.services.session import Session
from badgedesk.store.thread import StoreThread
from badgedesk.ui.main_window import MainWindow
from badgedesk.ui.shell import Shell
from tests.badge_files import plain_png
from tests.ui.badge_design import act, answer, closed, node, tree_names
from tests.ui.batches import learners, live_awards, new_batch_for, stored, tab_of
from tests.ui.shells import select, settle

pytestmark = pytest.mark.signed_in(drafts=True)


def fill(editor, name: str) -> None:
    editor.name_edit.setText(name)
    editor.description_edit.setPlainText("Knows the harbour's safety rules.")
    editor.image_picker.load_bytes(plain_png(8), "badge.png")
    editor.criteria_edit.setPlainText("Pass the **safety walk**.")


def restarted(shell: Shell, drafts: StoreThread, settings, qtbot, loop, tmp_path) -> Shell:
    """BadgeDesk started again over the same store and keyring: a new window and session."""
    loop.run_until_complete(shell.session.aclose())
    session = Session(shell.session.profile, shell.session.keychain)
    again = Shell(MainWindow(settings), Desk(session, drafts, tmp_path), batches=True)
    qtbot.addWidget(
        again.window, before_close_func=lambda _w: loop.run_until_complete(again.shutdown())
    )
    again.window.resize(1300, 800)
    again.window.show()
    return again


def test_drafted_offline_from_a_cold_start_then_sent_and_awarded(
    shell, sandbox, loop, tmp_path, drafts, settings, qtbot
):
    riverside = node(shell.assertions, "Riverside Training Institute")
    port = int(sandbox.base_url.rsplit(":", 1)[1])
    sandbox.stop()
    shell = restarted(shell, drafts, settings, qtbot, loop, tmp_path)
    tab = shell.assertions
    design = tab.design
    try:
        loop.run_until_complete(shell.start(sign_in=False))
        assert tab.offline
        assert shell.session.user is None, "the server never said who is signed in"
        select(shell, loop, riverside)
        assert design.new_action.isEnabled(), design.new_action.toolTip()
        assert not design.edit_action.isEnabled()
        design.new_action.trigger()
        editor = design.editor
        assert editor is not None
        assert editor.draft_button.isVisibleTo(editor)
        assert editor.draft_button.isDefault(), "offline, Save as draft is the default"
        fill(editor, "Harbour Safety")
        act(loop, tab, editor.submit_default, until=lambda: closed(editor))

        draft = tab.selected_draft()
        assert draft is not None
        assert (draft.name, draft.state) == ("Harbour Safety", DraftState.PENDING)
        assert "Harbour Safety (draft)" in tree_names(tab)
        assert tab.badgeclass_details.toggle.text() == "About Harbour Safety"
        assert "not on the server yet" in tab.summary.counts_label.text()
        assert "it becomes a badge class when it is sent" in tab.load_label.text()
        assert not tab.award_action.isEnabled()
        assert "awarded through a draft batch" in tab.award_action.toolTip()
        assert not design.send_drafts_action.isEnabled()
        assert "needs the server" in design.send_drafts_action.toolTip()
        database = tmp_path / "badgedesk.sqlite3"
        assert stored(database, "SELECT name, state FROM draft_badgeclasses") == [
            ("Harbour Safety", "pending")
        ]

        drafts_tab = tab_of(shell)
        box = drafts_tab.editor.badgeclass_box
        labels = [box.itemText(i) for i in range(box.count())]
        assert any("Harbour Safety (draft, made when the batch" in label for label in labels)
        batch_id = loop.run_until_complete(
            new_batch_for(drafts_tab, draft.reference, learners(2, "harbour"))
        )
    finally:
        sandbox.config = dataclasses.replace(sandbox.config, port=port)
        sandbox.start()

    async def back_online() -> None:
        await shell.start(sign_in=False)
        await shell.catalogue_refresh

    loop.run_until_complete(back_online())
    assert "can now be sent" in shell.window.statusBar().currentMessage()
    assert design.send_drafts_action.isEnabled(), design.send_drafts_action.toolTip()
    assert "Harbour Safety" not in {b.name for b in sandbox.state.badgeclasses.values()}
    tab.select_node(draft.uid)
    act(loop, tab, design.send_drafts_action.trigger, until=lambda: not tab.badgeclass_drafts)

    made = tab.selected_badgeclass()
    assert made is not None, "the badge class made is selected in place of its draft"
    assert made.name == "Harbour Safety"
    assert made.key in sandbox.state.badgeclasses
    assert "Harbour Safety (draft)" not in tree_names(tab)
    assert not design.send_drafts_action.isEnabled()
    assert "1 draft badge class made" in shell.window.statusBar().currentMessage()

    result = loop.run_until_complete(drafts_tab.submit(batch_id))
    assert result is not None
    assert (result.succeeded, result.failed) == (2, 0)
    assert len(live_awards(sandbox, "harbour")) == 2
    awarded = {
        a.badgeclass for a in sandbox.state.assertions.values() if a.identity.startswith("harbour")
    }
    assert awarded == {made.key}


def test_a_refused_draft_says_why_and_is_changed_then_sent(shell, loop, sandbox):
    tab = shell.assertions
    design = tab.design
    riverside = tab.issuers[node(tab, "Riverside Training Institute")]
    broken = BadgeClassRequest(
        name="Not an image", description="Sent with a broken picture.", image="data:,x"
    )
    drafts = shell.desk.badgeclass_drafts
    draft = loop.run_until_complete(drafts.save(riverside, broken))
    settle(loop, tab, until=lambda: draft.uid in tab.badgeclass_drafts)
    tab.select_node(draft.uid)
    act(loop, tab, design.send_drafts_action.trigger, until=lambda: refused(tab, draft.uid))

    assert "Not an image (draft, refused)" in tree_names(tab)
    words = tab.summary.counts_label.text()
    assert words.startswith("The server refused this draft:")
    assert "image" in words.lower()
    assert "refused by the server" in shell.window.statusBar().currentMessage()
    assert not design.send_drafts_action.isEnabled(), "a refused draft waits to be changed"

    assert design.edit_action.isEnabled(), design.edit_action.toolTip()
    design.edit_action.trigger()
    editor = design.editor
    assert editor is not None
    assert editor.windowTitle() == "Edit draft badge class"
    assert editor.save_button.text() == "&Save draft"
    assert editor.name_edit.text() == "Not an image"
    editor.name_edit.setText("Harbour Lights")
    editor.image_picker.load_bytes(plain_png(8), "badge.png")
    editor.criteria_edit.setPlainText("Light the **harbour**.")
    act(loop, tab, editor.submit, until=lambda: closed(editor))
    assert "Harbour Lights (draft)" in tree_names(tab)
    assert stored_state(loop, drafts, draft.uid) == DraftState.PENDING

    act(loop, tab, design.send_drafts_action.trigger, until=lambda: not tab.badgeclass_drafts)
    made = tab.selected_badgeclass()
    assert made is not None
    assert made.name == "Harbour Lights"
    assert sandbox.state.badgeclasses[made.key].name == "Harbour Lights"


def test_a_draft_is_deleted_after_asking(shell, loop):
    tab = shell.assertions
    design = tab.design
    riverside = tab.issuers[node(tab, "Riverside Training Institute")]
    drafts = shell.desk.badgeclass_drafts
    request = BadgeClassRequest(
        name="Never Sent", description="Drafted, then dropped.", image=image_data_uri(plain_png(8))
    )
    draft = loop.run_until_complete(drafts.save(riverside, request))
    settle(loop, tab, until=lambda: draft.uid in tab.badgeclass_drafts)
    tab.select_node(draft.uid)

    design.delete_action.trigger()
    box = answer(loop, tab, yes=False)
    assert "Never Sent" in box.text()
    settle(loop, tab)
    assert "Never Sent (draft)" in tree_names(tab)

    design.delete_action.trigger()
    answer(loop, tab, yes=True)
    settle(loop, tab, until=lambda: not tab.badgeclass_drafts)
    assert "Never Sent (draft)" not in tree_names(tab)
    assert tab.selected_node() == ("issuers", riverside.key)
    assert loop.run_until_complete(drafts.drafts()) == []


def refused(tab, uid: str) -> bool:
    draft = tab.badgeclass_drafts.get(uid)
    return draft is not None and draft.state == DraftState.FAILED


def stored_state(loop, drafts, uid: str) -> DraftState:
    return loop.run_until_complete(drafts.draft(uid)).state
