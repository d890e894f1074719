"""Draft badge classes (schema v6) on real SQLite files: kept at once, listed per profile in
the order they are sent, moved through the outbox states, and never forgotten while they may
have reached the server."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from badgedesk.core.badgeclass_drafts import DraftState, draft_reference, draft_uid
from badgedesk.store import SCHEMA_VERSION, open_database
from badgedesk.store.badgeclass_drafts import BadgeClassDraftStore
from badgedesk.store.database import MIGRATIONS
from tests.clocks import TickingClock

START = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
BODY = {
    "name": "Harbour Safety",
    "description": "Knows the rules.",
    "image": "data:image/png;base64,AA",
}


@pytest.fixture
def store(tmp_path: Path) -> Iterator[BadgeClassDraftStore]:
    conn = open_database(tmp_path / "x.sqlite3")
    yield BadgeClassDraftStore(conn, clock=TickingClock(START))
    conn.close()


def test_a_draft_is_kept_with_its_body_and_survives_reopening(tmp_path: Path) -> None:
    path = tmp_path / "kept.sqlite3"
    conn = open_database(path)
    made = BadgeClassDraftStore(conn).add("Sandbox", "iss1", "Riverside", BODY)
    conn.close()

    conn = open_database(path)
    try:
        (kept,) = BadgeClassDraftStore(conn).drafts("Sandbox")
    finally:
        conn.close()
    assert kept == made
    assert (kept.name, kept.issuer_id, kept.issuer_name) == ("Harbour Safety", "iss1", "Riverside")
    assert kept.request == BODY
    assert kept.state == DraftState.PENDING
    assert kept.entity_id is None
    assert kept.sent_at is None


def test_drafts_are_per_profile_oldest_first_and_filtered_by_state(
    store: BadgeClassDraftStore,
) -> None:
    first = store.add("Sandbox", "iss1", "Riverside", BODY | {"name": "One"})
    second = store.add("Sandbox", "iss1", "Riverside", BODY | {"name": "Two"})
    store.add("Other", "iss1", "Riverside", BODY | {"name": "Elsewhere"})
    assert [d.name for d in store.drafts("Sandbox")] == ["One", "Two"]
    store.mark_sending(first.uid)
    assert [d.uid for d in store.drafts("Sandbox", [DraftState.PENDING])] == [second.uid]


def test_outbox_states_keep_when_sent_the_entity_and_the_reason(
    store: BadgeClassDraftStore,
) -> None:
    draft = store.add("Sandbox", "iss1", "Riverside", BODY)
    sending = store.mark_sending(draft.uid)
    assert sending.state == DraftState.SENDING
    assert sending.sent_at is not None
    assert sending.sent_at > draft.created_at
    failed = store.mark_failed(draft.uid, "")
    assert (failed.state, failed.error) == (DraftState.FAILED, "refused")
    assert store.mark_pending(draft.uid).error == ""
    sent = store.mark_sent(draft.uid, "bc42")
    assert (sent.state, sent.entity_id) == (DraftState.SENT, "bc42")
    assert sent.updated_at > draft.updated_at
    with pytest.raises(KeyError):
        store.mark_sent("nobody", "bc1")


def test_a_draft_that_may_have_reached_the_server_is_not_deleted(
    store: BadgeClassDraftStore,
) -> None:
    draft = store.add("Sandbox", "iss1", "Riverside", BODY)
    store.mark_sending(draft.uid)
    with pytest.raises(ValueError, match="may have reached the server"):
        store.delete(draft.uid)
    assert store.draft(draft.uid).state == DraftState.SENDING
    store.mark_pending(draft.uid)
    store.delete(draft.uid)
    assert store.drafts("Sandbox") == []


def test_version_5_file_migrates_to_hold_drafts(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    raw = sqlite3.connect(path)
    for script in MIGRATIONS[:5]:
        raw.executescript(script)
    raw.execute("PRAGMA user_version = 5")
    raw.commit()
    raw.close()
    conn = open_database(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert BadgeClassDraftStore(conn).add("Old", "iss1", "", BODY).name == "Harbour Safety"
    finally:
        conn.close()


def test_a_batch_names_a_draft_by_reference() -> None:
    assert draft_uid(draft_reference("abc")) == "abc"
    assert draft_uid("bc1") is None
    assert draft_uid(None) is None
