"""Draft badge classes (schema v6): written at once, each change in its own transaction, so a
badge class designed offline survives a crash; the state column is their outbox (see
``core.badgeclass_drafts``). No Qt here."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from badgedesk.core.badgeclass_drafts import BadgeClassDraft, DraftState
from badgedesk.core.dates import format_datetime, parse_datetime
from badgedesk.store.database import transaction


def _draft(record: sqlite3.Row) -> BadgeClassDraft:
    return BadgeClassDraft(
        uid=record["uid"],
        profile=record["profile"],
        issuer_id=record["issuer_id"],
        issuer_name=record["issuer_name"],
        name=record["name"],
        request=json.loads(record["request"]),
        state=DraftState(record["state"]),
        created_at=parse_datetime(record["created_at"]),
        updated_at=parse_datetime(record["updated_at"]),
        entity_id=record["entity_id"],
        error=record["error"],
        sent_at=parse_datetime(record["sent_at"]) if record["sent_at"] else None,
    )


class BadgeClassDraftStore:
    """Draft badge classes over a connection from ``open_database``; one thread at a time."""

    def __init__(
        self, conn: sqlite3.Connection, *, clock: Callable[[], datetime] | None = None
    ) -> None:
        self._conn = conn
        self._clock = clock or (lambda: datetime.now(UTC))

    def _now(self) -> str:
        return format_datetime(self._clock())

    def add(
        self,
        profile: str,
        issuer_id: str,
        issuer_name: str,
        request: dict[str, Any],
        *,
        uid: str | None = None,
    ) -> BadgeClassDraft:
        """Keep a new draft, pending; ``request`` is the body to send (its ``name`` is the
        draft's)."""
        made = uid or uuid.uuid4().hex
        now = self._now()
        with transaction(self._conn) as conn:
            conn.execute(
                "INSERT INTO draft_badgeclasses (uid, profile, issuer_id, issuer_name, name,"
                " request, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    made,
                    profile,
                    issuer_id,
                    issuer_name,
                    str(request.get("name") or ""),
                    json.dumps(request),
                    now,
                    now,
                ),
            )
        return self.draft(made)

    def draft(self, uid: str) -> BadgeClassDraft:
        record = self._conn.execute(
            "SELECT * FROM draft_badgeclasses WHERE uid = ?", (uid,)
        ).fetchone()
        if record is None:
            raise KeyError(uid)
        return _draft(record)

    def drafts(self, profile: str, states: Sequence[DraftState] = ()) -> list[BadgeClassDraft]:
        """The profile's drafts (in those states, when given), oldest first: the order they
        are sent in."""
        sql = "SELECT * FROM draft_badgeclasses WHERE profile = ?"
        params: list[object] = [profile]
        if states:
            sql += f" AND state IN ({', '.join('?' * len(states))})"
            params += list(states)
        sql += " ORDER BY created_at, rowid"
        return [_draft(record) for record in self._conn.execute(sql, params)]

    def delete(self, uid: str) -> None:
        """Forget a draft. One that may have reached the server (``sending``) is kept: it must
        be looked for there first, or a badge class could be made and never known."""
        with transaction(self._conn) as conn:
            if self.draft(uid).state == DraftState.SENDING:
                raise ValueError("this draft may have reached the server: send it again first")
            conn.execute("DELETE FROM draft_badgeclasses WHERE uid = ?", (uid,))

    def revise(self, uid: str, request: dict[str, Any]) -> BadgeClassDraft:
        """Replace what a draft will send (its name follows), back in the queue. Only a draft
        that never reached the server may change: pending or refused."""
        with transaction(self._conn):
            if self.draft(uid).state not in (DraftState.PENDING, DraftState.FAILED):
                raise ValueError("only a draft not sent yet can be changed")
            self._set(
                uid,
                "state = ?, error = '', name = ?, request = ?",
                DraftState.PENDING,
                str(request.get("name") or ""),
                json.dumps(request),
            )
        return self.draft(uid)

    def mark_sending(self, uid: str) -> BadgeClassDraft:
        """Committed before the request leaves, with the moment it left."""
        now = self._now()
        return self._set(uid, "state = ?, error = '', sent_at = ?", DraftState.SENDING, now)

    def mark_sent(self, uid: str, entity_id: str) -> BadgeClassDraft:
        return self._set(uid, "state = ?, entity_id = ?, error = ''", DraftState.SENT, entity_id)

    def mark_failed(self, uid: str, error: str) -> BadgeClassDraft:
        """The server refused it: kept with the reason (never empty) until changed or
        deleted."""
        return self._set(uid, "state = ?, error = ?", DraftState.FAILED, error or "refused")

    def mark_pending(self, uid: str) -> BadgeClassDraft:
        """Not sent after all (or sent again on request): back in the queue."""
        return self._set(uid, "state = ?, error = ''", DraftState.PENDING)

    def _set(self, uid: str, assignments: str, *values: object) -> BadgeClassDraft:
        with transaction(self._conn) as conn:
            changed = conn.execute(
                f"UPDATE draft_badgeclasses SET {assignments}, updated_at = ? WHERE uid = ?",  # noqa: S608 - constants of this class
                (*values, self._now(), uid),
            ).rowcount
        if not changed:
            raise KeyError(uid)
        return self.draft(uid)
