"""Issuers and badge classes of each profile, kept so that work can be drafted offline.

Refreshed after sign-in; read back whenever a tab needs the badge classes to choose from. The
cache keeps the JSON each model writes, so it is decoded here, where the API's types live.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from badgedesk.api.client import BadgesClient
from badgedesk.api.models import BadgeClass, Issuer, User
from badgedesk.services.assertions import NotSignedInError
from badgedesk.store.thread import StoreThread


class Catalogue:
    """Issuers and badge classes of the profile in use, kept for offline work."""

    def __init__(
        self,
        store: StoreThread,
        client: Callable[[], BadgesClient | None],
        profile: Callable[[], str],
        user: Callable[[], User | None] = lambda: None,
    ) -> None:
        """``user`` is the signed-in user (None while not known), kept with each refresh."""
        self._store = store
        self._client = client
        self._profile = profile
        self._user = user
        self._last_user: tuple[str, User] | None = None

    async def refresh(self) -> tuple[int, int]:
        """Keep the server's issuers and badge classes, and who saw them; how many of each."""
        client, profile, user = self._client(), self._profile(), self._user()
        if client is None:
            raise NotSignedInError
        issuers = await client.list_issuers()
        badgeclasses = await client.list_badgeclasses()
        await self._store.run(
            lambda s: s.cache.replace_issuers(
                profile, issuers, badgeclasses, user.to_json() if user else None
            )
        )
        self._last_user = (profile, user) if user is not None else None
        return len(issuers), len(badgeclasses)

    def last_user(self) -> User | None:
        """The user signed in at the last refresh of the profile in use, as last read (by
        ``refresh`` or ``cached``): whose role offline drafting checks before the server can."""
        if self._last_user is None or self._last_user[0] != self._profile():
            return None
        return self._last_user[1]

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
        issuers, badgeclasses, user = await self._store.run(
            lambda s: (
                s.cache.issuers(profile),
                s.cache.badgeclasses(profile),
                s.cache.user(profile),
            )
        )
        self._last_user = (profile, User.from_json(user)) if user is not None else None
        return (
            [Issuer.from_json(data) for data in issuers],
            [BadgeClass.from_json(data) for data in badgeclasses],
        )

    async def refreshed_at(self) -> datetime | None:
        """When the cache was last refreshed (UTC), or None if it never was."""
        profile = self._profile()
        return await self._store.run(lambda s: s.cache.refreshed_at(profile))
