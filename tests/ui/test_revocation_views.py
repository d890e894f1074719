"""The Revocations tab's read-only views against a real sandbox on loopback: the revoked awards
of a badge class, page by page with Cancel and inline errors, and the history of revocation
batches and single revocations with its CSV export."""

from __future__ import annotations

import csv
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from badgedesk.api.client import BadgesClient, RetryPolicy
from badgedesk.api.errors import ApiError
from badgedesk.core.batches import AuditRecord, RevocationTarget, Settlement
from badgedesk.core.states import BatchKind, Match, RowState
from badgedesk.sandbox import ALL_SCOPES, SandboxConfig, SandboxServer
from badgedesk.sandbox.seed import BULK_BADGECLASS
from badgedesk.services.assertions import AssertionService
from badgedesk.services.audit import AuditTrail
from badgedesk.services.changes import Changes
from badgedesk.services.revocation_batches import RevocationBatches
from badgedesk.services.revocation_history import HISTORY_HEADER
from badgedesk.services.revocation_submission import OPERATION as BATCH_REVOKE
from badgedesk.store import AuditLog
from badgedesk.store.thread import Stores, StoreThread
from badgedesk.ui.models.revocations import FAILED_COLUMN, REASON, WHAT
from badgedesk.ui.models.revocations import REVOKED as REVOKED_COLUMN
from badgedesk.ui.revocations.history import HistoryView
from badgedesk.ui.revocations.revoked_view import RevokedView
from tests.ui.languages import marking
from tests.ui.waiting import wait_for

PROFILE = "Sandbox (test)"
USER = "Dana Demo"


def make_service(server: SandboxServer, store: StoreThread, retry: RetryPolicy | None = None):
    client = BadgesClient(
        server.base_url, server.mint_token(scope=ALL_SCOPES).access_token, retry=retry
    )
    return client, AssertionService(
        lambda: client, AuditTrail(store, lambda: (PROFILE, USER)), Changes()
    )


@pytest.fixture
def client_and_service(sandbox, drafts, loop) -> Iterator[tuple[BadgesClient, AssertionService]]:
    client, service = make_service(sandbox, drafts)
    yield client, service
    loop.run_until_complete(client.aclose())


@pytest.fixture
def service(client_and_service) -> AssertionService:
    return client_and_service[1]


def badgeclass_named(server: SandboxServer, name: str) -> str:
    return next(b.entity_id for b in server.state.badgeclasses.values() if b.name == name)


def choices(server: SandboxServer) -> list[tuple[str, str]]:
    issuers = {i.entity_id: i.name for i in server.state.issuers.values()}
    return [
        (b.entity_id, f"{b.name} — {issuers[b.issuer]}")
        for b in server.state.badgeclasses.values()
        if b.name != "Elsewhere Orientation"
    ]


@pytest.fixture
def revoked_view(qtbot, service) -> RevokedView:
    view = RevokedView(lambda: service)
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    return view


@pytest.fixture
def history_view(qtbot, drafts) -> HistoryView:
    view = HistoryView(RevocationBatches(drafts, lambda: None, lambda: (PROFILE, USER), Changes()))
    qtbot.addWidget(view)
    view.resize(900, 400)
    view.show()
    return view


# ---------------------------------------------------------------- revoked awards


def test_lists_exactly_the_revoked_awards_with_their_reasons(sandbox, service, revoked_view, loop):
    peer_mentor = badgeclass_named(sandbox, "Peer Mentor")
    with sandbox.state.lock:  # start from a badge class with nothing revoked
        mine = [a for a in sandbox.state.assertions.values() if a.badgeclass == peer_mentor]
        for record in mine:
            record.revoked, record.revocation_reason = False, None
    first, second = mine[0], mine[1]
    revoked_view.set_badgeclasses(choices(sandbox))
    requests_before = len(sandbox.requests)

    async def revoke_then_load() -> int:
        await service.revoke(
            first.entity_id, "Duplicate award", recipient=first.identity, badgeclass="Peer Mentor"
        )
        await service.revoke(second.entity_id, "Awarded in error")
        return await revoked_view.load(peer_mentor)

    assert loop.run_until_complete(revoke_then_load()) == 2
    model = revoked_view.model
    shown = {
        model.index(row, 3).data(): (model.index(row, 0).data(), model.index(row, REASON).data())
        for row in range(model.rowCount())
    }
    assert shown == {
        first.entity_id: (first.identity, "Duplicate award"),
        second.entity_id: (second.identity, "Awarded in error"),
    }
    assert revoked_view.badgeclass_box.currentData() == peer_mentor
    assert revoked_view.progress_label.text() == "2 revoked awards of “Peer Mentor”."
    assert not revoked_view.error_label.isVisible()
    assert not revoked_view.progress_bar.isVisible()
    assert not revoked_view.cancel_button.isVisible()
    lists = [r for r in sandbox.requests[requests_before:] if r.path.endswith("/assertions")]
    assert len(lists) == 1
    assert "include_revoked=true" in lists[0].query
    assert "include_expired=true" in lists[0].query
    assert "num=500" in lists[0].query


def test_a_badge_class_with_nothing_revoked_says_so(sandbox, revoked_view, loop):
    welding = badgeclass_named(sandbox, "Welding Level 2")
    with sandbox.state.lock:
        for record in sandbox.state.assertions.values():
            if record.badgeclass == welding:
                record.revoked = False
    revoked_view.set_badgeclasses(choices(sandbox))
    assert loop.run_until_complete(revoked_view.load(welding)) == 0
    assert revoked_view.progress_label.text() == "No award of “Welding Level 2” is revoked."
    assert revoked_view.error is None


def test_the_load_button_loads_the_chosen_badge_class(sandbox, revoked_view, loop):
    first_aid = badgeclass_named(sandbox, "First Aid at Work")
    expected = {
        a.entity_id
        for a in sandbox.state.assertions.values()
        if a.badgeclass == first_aid and a.revoked
    }
    revoked_view.set_badgeclasses(choices(sandbox))
    box = revoked_view.badgeclass_box
    box.setCurrentIndex(box.findData(first_aid))
    assert revoked_view.load_button.isEnabled()

    async def click_and_wait() -> None:
        revoked_view.load_button.click()
        await wait_for(lambda: revoked_view.loading)
        await wait_for(lambda: not revoked_view.tasks)

    loop.run_until_complete(click_and_wait())
    assert {a.key for a in revoked_view.model.rows()} == expected, "expired ones included"


@pytest.fixture
def bulk_sandbox() -> Iterator[SandboxServer]:
    config = SandboxConfig(token_backoff=False, bulk_assertions=1200, latency_ms=150)
    with SandboxServer(config) as server:
        yield server


def test_pages_are_followed_and_cancel_keeps_what_was_listed(bulk_sandbox, drafts, qtbot, loop):
    client, service = make_service(bulk_sandbox, drafts)
    view = RevokedView(lambda: service)
    qtbot.addWidget(view)
    view.show()
    bulk = badgeclass_named(bulk_sandbox, BULK_BADGECLASS)
    view.set_badgeclasses(choices(bulk_sandbox))
    revoked = sum(
        1 for a in bulk_sandbox.state.assertions.values() if a.badgeclass == bulk and a.revoked
    )

    async def load_all() -> int:
        return await view.load(bulk)

    assert loop.run_until_complete(load_all()) == revoked
    assert view.pages == 3, "1,200 awards are three pages of 500"
    assert {a.revoked for a in view.model.rows()} == {True}

    async def cancel_after_the_first_page() -> tuple[str, bool, bool]:
        view.load_button.click()
        await wait_for(lambda: view.pages >= 1 and view.loading)
        seen = (view.progress_label.text(), view.cancel_button.isVisible(), view.loading)
        view.cancel_button.click()
        await wait_for(lambda: not view.tasks)
        return seen

    progress, cancel_shown, loading = loop.run_until_complete(cancel_after_the_first_page())
    assert progress.startswith("Loaded ")
    assert progress.endswith("revoked awards…")
    assert cancel_shown
    assert loading
    assert view.pages == 1
    assert view.model.rowCount() < revoked
    assert view.progress_label.text().startswith("Cancelled after")
    assert not view.loading
    assert not view.cancel_button.isVisible()
    assert view.error is None
    loop.run_until_complete(client.aclose())


def test_an_unreachable_server_is_said_inline(sandbox, drafts, qtbot, loop):
    client, service = make_service(sandbox, drafts, RetryPolicy(attempts=1))
    view = RevokedView(lambda: service)
    qtbot.addWidget(view)
    view.show()
    peer_mentor = badgeclass_named(sandbox, "Peer Mentor")
    view.set_badgeclasses(choices(sandbox))
    sandbox.stop()
    assert loop.run_until_complete(view.load(peer_mentor)) == 0
    assert view.error_label.isVisible()
    assert "Cannot reach the server" in view.error_label.text()
    assert view.progress_label.text() == "Nothing listed. Load to try again."
    assert not view.loading
    assert view.load_button.isEnabled(), "Load tries again"
    loop.run_until_complete(client.aclose())


def test_an_unreachable_server_is_said_in_the_readers_language(sandbox, drafts, qtbot, qapp, loop):
    """The client raises its English; the view words the failure where it shows it."""
    client, service = make_service(sandbox, drafts, RetryPolicy(attempts=1))
    view = RevokedView(lambda: service)
    qtbot.addWidget(view)
    view.show()
    peer_mentor = badgeclass_named(sandbox, "Peer Mentor")
    view.set_badgeclasses(choices(sandbox))
    sandbox.stop()
    with marking("ApiErrors"):
        qapp.processEvents()  # the language change is taken before the load
        loop.run_until_complete(view.load(peer_mentor))
        assert "«Cannot reach the server. Check the network connection.»" in (
            view.error_label.text()
        )
    loop.run_until_complete(client.aclose())


def test_a_server_refusal_is_said_inline(sandbox, service, revoked_view, loop):
    revoked_view.set_badgeclasses(choices(sandbox))
    assert loop.run_until_complete(revoked_view.load("doesnotexist0000000000")) == 0
    assert revoked_view.error is not None
    assert revoked_view.error.startswith("Could not list the revoked awards: ")
    assert revoked_view.error_label.isVisible()


def test_signed_out_asks_to_sign_in(qtbot, loop):
    view = RevokedView(lambda: None)
    qtbot.addWidget(view)
    view.show()
    view.set_badgeclasses([("abc", "Peer Mentor — Northfield College")])
    assert loop.run_until_complete(view.load("abc")) == 0
    assert view.error_label.text() == "Sign in to list revoked awards."
    assert view.error_label.isVisible()
    assert view.model.rowCount() == 0


def test_badge_classes_keep_the_choice_and_controls_have_names(qtbot):
    view = RevokedView(lambda: None)
    qtbot.addWidget(view)
    assert not view.load_button.isEnabled(), "nothing to load yet"
    view.set_badgeclasses([("a", "Alpha — X"), ("b", "Beta — X")])
    view.badgeclass_box.setCurrentIndex(1)
    view.set_badgeclasses([("c", "Gamma — Y"), ("b", "Beta — X")])
    assert view.badgeclass_box.currentData() == "b"
    for widget in (
        view.badgeclass_box,
        view.load_button,
        view.cancel_button,
        view.table,
        view.progress_label,
        view.error_label,
        view.progress_bar,
    ):
        assert widget.accessibleName(), widget
    assert view.load_button.text() == "&Load"
    assert view.cancel_button.text() == "Ca&ncel"
    headers = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Recipient", "Issued", "Reason", "entityId"]


# ---------------------------------------------------------------- history


def test_nothing_revoked_yet_shows_the_empty_state(history_view, loop):
    assert loop.run_until_complete(history_view.reload()) == []
    assert history_view.stack.currentWidget() is history_view.empty
    assert "Nothing has been revoked" in history_view.status_label.text()
    assert not history_view.export_button.isEnabled()


def test_a_single_revocation_shows_and_exports(sandbox, service, history_view, loop, tmp_path):
    peer_mentor = badgeclass_named(sandbox, "Peer Mentor")
    record = next(
        a
        for a in sandbox.state.assertions.values()
        if a.badgeclass == peer_mentor and not a.revoked and a.recipient_type == "email"
    )
    path = tmp_path / "history.csv"

    async def revoke_twice_then_reload():
        await service.revoke(
            record.entity_id,
            "Awarded in error",
            recipient=record.identity,
            badgeclass="Peer Mentor",
        )
        with pytest.raises(ApiError):
            await service.revoke(
                record.entity_id, "Again", recipient=record.identity, badgeclass="Peer Mentor"
            )
        return await history_view.reload()

    entries = loop.run_until_complete(revoke_twice_then_reload())
    assert [(e.kind, e.outcome, e.entity_id) for e in entries] == [
        ("single", "failed", record.entity_id),
        ("single", "ok", record.entity_id),
    ]
    model = history_view.model
    assert history_view.stack.currentWidget() is history_view.table
    assert history_view.status_label.text() == ("Revocation batches: 0. Single revocations: 2.")
    assert model.index(1, WHAT).data() == f"Single: {record.identity} · Peer Mentor"
    assert model.index(1, REVOKED_COLUMN).data() == "1"
    assert model.index(0, FAILED_COLUMN).data() == "1"
    assert "Reason: Awarded in error" in model.index(1, WHAT).data(Qt.ItemDataRole.ToolTipRole)
    assert USER in model.index(1, WHAT).data(Qt.ItemDataRole.ToolTipRole)
    assert "already revoked" in model.index(0, WHAT).data(Qt.ItemDataRole.ToolTipRole)
    assert model.entry_at(0) == entries[0]
    assert model.entry_at(5) is None

    # Export through the button and the file dialog, as a person would.
    assert history_view.export_button.isEnabled()
    history_view.export_button.click()
    dialog = history_view.findChild(QFileDialog)
    assert dialog is not None
    assert dialog.isVisible()

    async def choose_and_wait() -> None:
        dialog.fileSelected.emit(str(path))
        dialog.close()
        await wait_for(lambda: path.exists() and not history_view.tasks)

    loop.run_until_complete(choose_and_wait())
    with path.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))
    assert tuple(lines[0]) == HISTORY_HEADER
    assert [line[1:8] for line in lines[1:]] == [
        [
            "single revocation",
            record.entity_id,
            record.identity,
            "Peer Mentor",
            "",
            "failed",
            lines[1][7],
        ],
        [
            "single revocation",
            record.entity_id,
            record.identity,
            "Peer Mentor",
            "Awarded in error",
            "ok",
            "",
        ],
    ]
    assert "already revoked" in lines[1][7]
    assert lines[2][8] == USER
    assert history_view.note_label.text() == f"Exported 2 lines to {path}."


def test_an_export_that_cannot_be_written_says_so(history_view, loop, tmp_path, conn):
    old_single(conn)
    loop.run_until_complete(history_view.reload())
    path = tmp_path / "missing-folder" / "history.csv"
    assert loop.run_until_complete(history_view.export_csv(path)) is None
    assert "Could not write" in history_view.note_label.text()
    assert history_view.export_button.isEnabled()


def old_single(conn) -> None:
    """An old-style single (target without recipient), written straight to the log."""
    AuditLog(conn).record(
        profile=PROFILE,
        user=USER,
        operation="revoke",
        target="assertion old0000000000000000",
        outcome="ok",
        detail="Awarded in error",
    )


def sent_batch(drafts: StoreThread, loop) -> int:
    """A revocation batch with one row revoked and one still pending."""

    def build(store: Stores) -> int:
        batch = store.drafts.create_batch(
            PROFILE, "Spring clean-up", kind=BatchKind.REVOKE, reason="Duplicate"
        )
        rows = store.revocations.add_rows(
            batch.id,
            [
                RevocationTarget("a" * 22, "amira.adams@example.edu", match=Match.FOUND),
                RevocationTarget("b" * 22, "ben.brooks@example.edu", match=Match.FOUND),
            ],
        )
        store.revocations.mark_sending([rows[0].id])
        audit = AuditRecord(
            PROFILE, USER, BATCH_REVOKE, f"batch {batch.id} row {rows[0].id}:", "ok"
        )
        store.revocations.settle([Settlement(rows[0].id, RowState.REVOKED, audit=audit)])
        store.drafts.create_batch(PROFILE, "Never sent", kind=BatchKind.REVOKE)
        return batch.id

    async def run() -> int:
        return await drafts.run(build)

    return loop.run_until_complete(run())


def test_a_batch_opens_with_enter_or_double_click(drafts, history_view, loop, qtbot, conn):
    batch_id = sent_batch(drafts, loop)
    old_single(conn)
    entries = loop.run_until_complete(history_view.reload())
    assert [e.title for e in entries] == ["assertion old0000000000000000", "Spring clean-up"]
    assert history_view.status_label.text() == ("Revocation batches: 1. Single revocations: 1.")
    model = history_view.model
    assert model.index(1, WHAT).data() == "Batch: Spring clean-up"
    assert [model.index(1, c).data() for c in range(2, 6)] == ["1", "0", "0", "1"]
    assert model.index(0, WHAT).data() == "Single: assertion old0000000000000000"

    opened: list[int] = []
    history_view.open_batch.connect(opened.append)
    table = history_view.table
    table.setFocus()
    table.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened == [], "a single is not a batch"
    table.setCurrentIndex(model.index(1, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened == [batch_id]
    rect = table.visualRect(model.index(1, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [batch_id, batch_id]

    # A reload keeps the selected entry selected.
    loop.run_until_complete(history_view.reload())
    assert table.currentIndex().row() == 1


def test_history_controls_have_names_and_keys(history_view):
    for widget in (
        history_view.table,
        history_view.export_button,
        history_view.refresh_button,
        history_view.status_label,
        history_view.note_label,
    ):
        assert widget.accessibleName(), widget
    assert history_view.export_button.text() == "&Export CSV…"
    assert history_view.export_action.shortcut().toString() == "Ctrl+Shift+E"
    headers = [
        history_view.model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(history_view.model.columnCount())
    ]
    assert headers == ["When", "What", "Revoked", "Failed", "Skipped", "Not sent"]


def test_keyboard_paths(sandbox, revoked_view, history_view, qtbot, loop, conn):
    old_single(conn)
    loop.run_until_complete(history_view.reload())
    history_view.activateWindow()
    qtbot.waitUntil(history_view.isActiveWindow)
    history_view.table.setFocus()
    qtbot.keyClick(
        history_view.table,
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = history_view.findChild(QFileDialog)
    assert dialog is not None, "Ctrl+Shift+E exports"
    dialog.close()

    revoked_view.set_badgeclasses(choices(sandbox))
    revoked_view.activateWindow()
    qtbot.waitUntil(revoked_view.isActiveWindow)
    revoked_view.table.setFocus()
    qtbot.keyClick(revoked_view.table, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    assert revoked_view.badgeclass_box.hasFocus(), "Alt+G reaches the badge class"

    async def load_with_f5() -> None:
        qtbot.keyClick(revoked_view.badgeclass_box, Qt.Key.Key_F5)
        await wait_for(lambda: revoked_view.loading)
        await wait_for(lambda: not revoked_view.tasks)

    loop.run_until_complete(load_with_f5())
    assert revoked_view.model.rowCount() > 0
