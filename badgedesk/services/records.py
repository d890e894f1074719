"""What the session leaves behind locally: the audit trail and the offline catalogue.

Every write to a server goes through ``AuditTrail.write`` (or ``record`` for account events),
so the log says who did what, when, and whether it worked. The catalogue of issuers and
badge classes is refreshed after sign-in so later work can be drafted offline. SQLite work
runs in a worker thread: the event loop never waits on the disk.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Awaitable, Callable
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from badgedesk.api import ApiError, BadgeClass, BadgesClient, Issuer, NetworkError
from badgedesk.store import AuditEntry, AuditLog, Cache
from badgedesk.store.audit import FAILED, OK, UNKNOWN

T = TypeVar("T")


class AuditTrail:
    """The audit log, seen from the signed-in session (profile and user filled in)."""

    def __init__(self, conn: sqlite3.Connection, who: Callable[[], tuple[str, str | None]]) -> None:
        self._log = AuditLog(conn)
        self._who = who

    async def record(self, operation: str, target: str, outcome: str, detail: str = "") -> None:
        profile, user = self._who()
        await asyncio.to_thread(
            self._log.record,
            profile=profile,
            user=user,
            operation=operation,
            target=target,
            outcome=outcome,
            detail=detail,
        )

    async def write(
        self, operation: str, target: str, call: Awaitable[T], *, detail: str = ""
    ) -> T:
        """Run one write to the API and log its outcome; ``unknown`` when the answer was lost
        after the request may have reached the server. ``detail`` is kept on success (a
        failure's detail is the error)."""
        try:
            result = await call
        except NetworkError as error:
            outcome = UNKNOWN if error.after_ambiguous_attempt else FAILED
            await self.record(operation, target, outcome, str(error))
            raise
        except ApiError as error:
            await self.record(operation, target, FAILED, str(error))
            raise
        await self.record(operation, target, OK, detail)
        return result

    async def entries(self, limit: int = 1000) -> list[AuditEntry]:
        return await asyncio.to_thread(self._log.entries, limit=limit)

    async def export_csv(self, path: Path) -> int:
        return await asyncio.to_thread(self._log.export_csv, path)


class Catalogue:
    """Issuers and badge classes of each profile, kept for offline work."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._cache = Cache(conn)

    async def refresh(self, profile: str, client: BadgesClient) -> tuple[int, int]:
        issuers = await client.list_issuers()
        badgeclasses = await client.list_badgeclasses()
        await asyncio.to_thread(self._cache.replace_issuers, profile, issuers, badgeclasses)
        return len(issuers), len(badgeclasses)

    async def cached(self, profile: str) -> tuple[list[Issuer], list[BadgeClass]]:
        """What was kept at the last refresh: enough to browse and draft offline."""

        def read() -> tuple[list[Issuer], list[BadgeClass]]:
            return self._cache.issuers(profile), self._cache.badgeclasses(profile)

        return await asyncio.to_thread(read)

    async def refreshed_at(self, profile: str) -> datetime | None:
        return await asyncio.to_thread(self._cache.refreshed_at, profile)
