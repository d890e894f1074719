"""The audit trail: every write to a server, who made it, when, and whether it worked.

Every write goes through ``AuditTrail.write`` (or ``record`` for account events). Entries are
written on the store's own thread (``StoreThread``), in order with every other use of the
store: an entry can never land inside another user's open transaction.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TypeVar

from badgedesk.api.errors import ApiError, NetworkError
from badgedesk.core.audit import AuditEntry
from badgedesk.core.states import Outcome
from badgedesk.store.thread import StoreThread

T = TypeVar("T")


class AuditTrail:
    """The audit log, seen from the signed-in session (profile and user filled in)."""

    def __init__(self, store: StoreThread, who: Callable[[], tuple[str, str | None]]) -> None:
        self._store = store
        self._who = who

    async def record(self, operation: str, target: str, outcome: Outcome, detail: str = "") -> None:
        profile, user = self._who()
        await self._store.run(
            lambda s: s.audit.record(
                profile=profile,
                user=user,
                operation=operation,
                target=target,
                outcome=outcome,
                detail=detail,
            )
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
            outcome = Outcome.UNKNOWN if error.after_ambiguous_attempt else Outcome.FAILED
            await self.record(operation, target, outcome, str(error))
            raise
        except ApiError as error:
            await self.record(operation, target, Outcome.FAILED, str(error))
            raise
        await self.record(operation, target, Outcome.OK, detail)
        return result

    async def entries(self, limit: int = 1000) -> list[AuditEntry]:
        return await self._store.run(lambda s: s.audit.entries(limit=limit))

    async def export_csv(self, path: Path) -> int:
        return await self._store.run(lambda s: s.audit.export_csv(path))
