"""Issuers and badge classes of each server profile, kept so drafts can be made offline.

Each object is stored as the JSON its model writes (``to_json``) and read back as that JSON,
so fields this version of BadgeDesk does not know survive a refresh; the catalogue service
turns it back into models (the store knows no API types). A refresh replaces a
profile's whole cache in one transaction: readers see the old set or the new one, never a mix.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any, Protocol

from badgedesk.core.dates import format_datetime, parse_datetime
from badgedesk.store.database import transaction

_BY_NAME = "ORDER BY name COLLATE NOCASE, name, entity_id"


class Cacheable(Protocol):
    """An issuer as the cache needs it: its identifier, its name and its JSON."""

    @property
    def key(self) -> str: ...

    @property
    def name(self) -> str: ...

    def to_json(self) -> dict[str, Any]: ...


class CacheableBadgeClass(Cacheable, Protocol):
    """A badge class as the cache needs it: an issuer's fields and its issuer's identifier."""

    @property
    def issuer(self) -> str | None: ...


class Cache:
    """Per-profile cache over a connection from ``open_database``."""

    def __init__(
        self, conn: sqlite3.Connection, *, clock: Callable[[], datetime] | None = None
    ) -> None:
        self._conn = conn
        self._clock = clock or (lambda: datetime.now(UTC))

    def replace_issuers(
        self,
        profile: str,
        issuers: Sequence[Cacheable],
        badgeclasses: Sequence[CacheableBadgeClass],
        user: dict[str, Any] | None = None,
    ) -> None:
        """Make ``issuers`` and ``badgeclasses`` the whole cache of ``profile``, atomically,
        with the JSON of the signed-in ``user`` who saw them.

        An object without an identifier raises ``ValueError`` (nothing is changed); when the
        same identifier appears twice, the last one wins.
        """
        for item in (*issuers, *badgeclasses):
            _require_key(item)
        with transaction(self._conn) as conn:
            conn.execute("DELETE FROM cache_issuers WHERE profile = ?", (profile,))
            conn.execute("DELETE FROM cache_badgeclasses WHERE profile = ?", (profile,))
            conn.executemany(
                "INSERT OR REPLACE INTO cache_issuers (profile, entity_id, name, json)"
                " VALUES (?, ?, ?, ?)",
                [(profile, i.key, i.name, _dump(i.to_json())) for i in issuers],
            )
            conn.executemany(
                "INSERT OR REPLACE INTO cache_badgeclasses"
                " (profile, entity_id, issuer_id, name, json) VALUES (?, ?, ?, ?, ?)",
                [(profile, b.key, b.issuer, b.name, _dump(b.to_json())) for b in badgeclasses],
            )
            conn.execute(
                "INSERT OR REPLACE INTO cache_profiles (profile, refreshed_at, user)"
                " VALUES (?, ?, ?)",
                (
                    profile,
                    format_datetime(self._clock()),
                    _dump(user) if user is not None else None,
                ),
            )

    def put_issuer(self, profile: str, issuer: Cacheable) -> None:
        """Keep one issuer made or changed on the server, at once (the refresh time stays)."""
        _require_key(issuer)
        with transaction(self._conn) as conn:
            conn.execute(
                "INSERT OR REPLACE INTO cache_issuers (profile, entity_id, name, json)"
                " VALUES (?, ?, ?, ?)",
                (profile, issuer.key, issuer.name, _dump(issuer.to_json())),
            )

    def put_badgeclass(self, profile: str, badgeclass: CacheableBadgeClass) -> None:
        """Keep one badge class made or changed on the server, at once."""
        _require_key(badgeclass)
        with transaction(self._conn) as conn:
            conn.execute(
                "INSERT OR REPLACE INTO cache_badgeclasses"
                " (profile, entity_id, issuer_id, name, json) VALUES (?, ?, ?, ?, ?)",
                (
                    profile,
                    badgeclass.key,
                    badgeclass.issuer,
                    badgeclass.name,
                    _dump(badgeclass.to_json()),
                ),
            )

    def remove_badgeclass(self, profile: str, entity_id: str) -> None:
        """Forget one badge class deleted on the server."""
        with transaction(self._conn) as conn:
            conn.execute(
                "DELETE FROM cache_badgeclasses WHERE profile = ? AND entity_id = ?",
                (profile, entity_id),
            )

    def issuers(self, profile: str) -> list[dict[str, Any]]:
        """The JSON of the cached issuers of ``profile``, by name."""
        rows = self._conn.execute(
            f"SELECT json FROM cache_issuers WHERE profile = ? {_BY_NAME}",  # noqa: S608
            (profile,),
        )
        return [json.loads(row[0]) for row in rows]

    def badgeclasses(self, profile: str, issuer_id: str | None = None) -> list[dict[str, Any]]:
        """The JSON of the cached badge classes of ``profile`` (of one issuer if given), by
        name."""
        if issuer_id is None:
            rows = self._conn.execute(
                f"SELECT json FROM cache_badgeclasses WHERE profile = ? {_BY_NAME}",  # noqa: S608
                (profile,),
            )
        else:
            rows = self._conn.execute(
                "SELECT json FROM cache_badgeclasses"  # noqa: S608
                f" WHERE profile = ? AND issuer_id = ? {_BY_NAME}",
                (profile, issuer_id),
            )
        return [json.loads(row[0]) for row in rows]

    def refreshed_at(self, profile: str) -> datetime | None:
        """When ``profile``'s cache was last replaced (UTC), or None if it never was."""
        row = self._conn.execute(
            "SELECT refreshed_at FROM cache_profiles WHERE profile = ?", (profile,)
        ).fetchone()
        return None if row is None else parse_datetime(row[0])

    def user(self, profile: str) -> dict[str, Any] | None:
        """The JSON of the user signed in at ``profile``'s last refresh (None: not known)."""
        row = self._conn.execute(
            "SELECT user FROM cache_profiles WHERE profile = ?", (profile,)
        ).fetchone()
        return None if row is None or row[0] is None else json.loads(row[0])

    def keep_first_page(self, profile: str, query: str, rows: Sequence[dict[str, Any]]) -> None:
        """Keep the JSON of the first page of awards of ``query`` as ``profile``'s one saved
        page, in place of the one kept before."""
        with transaction(self._conn) as conn:
            conn.execute(
                "INSERT OR REPLACE INTO cache_first_pages (profile, query, saved_at, rows)"
                " VALUES (?, ?, ?, ?)",
                (profile, query, format_datetime(self._clock()), _dump(list(rows))),
            )

    def first_page(self, profile: str, query: str) -> list[dict[str, Any]] | None:
        """The JSON of the rows ``keep_first_page`` kept for ``query``, or None."""
        row = self._conn.execute(
            "SELECT rows FROM cache_first_pages WHERE profile = ? AND query = ?", (profile, query)
        ).fetchone()
        return None if row is None else list(json.loads(row[0]))


def _require_key(item: Cacheable) -> None:
    if not item.key:
        raise ValueError(f"cannot cache a {type(item).__name__} without entityId or id")


def _dump(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
