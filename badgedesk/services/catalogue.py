"""Issuers and badge classes of each profile, kept so that work can be drafted offline.

Refreshed after sign-in; read back whenever a tab needs the badge classes to choose from. The
cache keeps the JSON each model writes, so it is decoded here, where the API's types live.
"""

from __future__ import annotations

from datetime import datetime

from badgedesk.api.client import BadgesClient
from badgedesk.api.models import BadgeClass, Issuer
from badgedesk.store.thread import StoreThread


class Catalogue:
    """Issuers and badge classes of each profile, kept for offline work."""

    def __init__(self, store: StoreThread) -> None:
        self._store = store

    async def refresh(self, profile: str, client: BadgesClient) -> tuple[int, int]:
        issuers = await client.list_issuers()
        badgeclasses = await client.list_badgeclasses()
        await self._store.run(lambda s: s.cache.replace_issuers(profile, issuers, badgeclasses))
        return len(issuers), len(badgeclasses)

    async def cached(self, profile: str) -> tuple[list[Issuer], list[BadgeClass]]:
        """What was kept at the last refresh: enough to browse and draft offline."""

        issuers, badgeclasses = await self._store.run(
            lambda s: (s.cache.issuers(profile), s.cache.badgeclasses(profile))
        )
        return (
            [Issuer.from_json(data) for data in issuers],
            [BadgeClass.from_json(data) for data in badgeclasses],
        )

    async def refreshed_at(self, profile: str) -> datetime | None:
        return await self._store.run(lambda s: s.cache.refreshed_at(profile))
