"""Issuers and badge classes of each profile, kept so that work can be drafted offline.

Refreshed after sign-in; read back whenever a tab needs the badge classes to choose from. The
cache keeps the JSON each model writes, so it is decoded here, where the API's types live.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from badgedesk.api.client import BadgesClient
from badgedesk.api.models import BadgeClass, Issuer
from badgedesk.services.assertions import NotSignedInError
from badgedesk.store.thread import StoreThread


class Catalogue:
    """Issuers and badge classes of the profile in use, kept for offline work."""

    def __init__(
        self,
        store: StoreThread,
        client: Callable[[], BadgesClient | None],
        profile: Callable[[], str],
    ) -> None:
        self._store = store
        self._client = client
        self._profile = profile

    async def refresh(self) -> tuple[int, int]:
        """Keep the server's issuers and badge classes; how many of each."""
        client, profile = self._client(), self._profile()
        if client is None:
            raise NotSignedInError
        issuers = await client.list_issuers()
        badgeclasses = await client.list_badgeclasses()
        await self._store.run(lambda s: s.cache.replace_issuers(profile, issuers, badgeclasses))
        return len(issuers), len(badgeclasses)

    async def keep_issuer(self, issuer: Issuer) -> None:
        """Keep an issuer just made or changed on the server, without a whole refresh."""
        profile = self._profile()
        await self._store.run(lambda s: s.cache.put_issuer(profile, issuer))

    async def keep_badgeclass(self, badgeclass: BadgeClass) -> None:
        """Keep a badge class just made or changed on the server, without a whole refresh."""
        profile = self._profile()
        await self._store.run(lambda s: s.cache.put_badgeclass(profile, badgeclass))

    async def forget_badgeclass(self, entity_id: str) -> None:
        """Drop a badge class just deleted on the server."""
        profile = self._profile()
        await self._store.run(lambda s: s.cache.remove_badgeclass(profile, entity_id))

    async def cached(self) -> tuple[list[Issuer], list[BadgeClass]]:
        """What was kept at the last refresh: enough to browse and draft offline."""
        profile = self._profile()
        issuers, badgeclasses = await self._store.run(
            lambda s: (s.cache.issuers(profile), s.cache.badgeclasses(profile))
        )
        return (
            [Issuer.from_json(data) for data in issuers],
            [BadgeClass.from_json(data) for data in badgeclasses],
        )

    async def refreshed_at(self) -> datetime | None:
        """When the cache was last refreshed (UTC), or None if it never was."""
        profile = self._profile()
        return await self._store.run(lambda s: s.cache.refreshed_at(profile))
