"""The first page of awards last looked at, kept so that the next start shows it at once.

A person who starts BadgeDesk to look at the badge class they looked at last sees its first
rows from the local store while the server is asked for them again; the server's page then
takes their place, and is kept in turn. One page per server profile: the last one loaded.
Only a badge class's page is kept, and only unfiltered by recipients, which is what the tab
shows when a badge class is chosen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from badgedesk.api.errors import MalformedResponseError
from badgedesk.api.models import AssertionRow
from badgedesk.services.assertion_rules import AssertionQuery
from badgedesk.store.thread import StoreThread


def keeps(query: AssertionQuery) -> bool:
    """Whether ``query``'s first page is one that is kept: a badge class's, unfiltered."""
    return query.scope == "badgeclasses" and not query.recipients


def _key(query: AssertionQuery) -> str:
    revoked, expired = int(query.include_revoked), int(query.include_expired)
    return f"{query.scope}/{query.entity_id}/revoked={revoked}/expired={expired}"


class SavedPages:
    """The saved first page of the profile in use (``profile`` names it at each call)."""

    def __init__(self, store: StoreThread, profile: Callable[[], str]) -> None:
        self._store = store
        self._profile = profile

    async def rows(self, query: AssertionQuery) -> list[AssertionRow]:
        """The rows kept for ``query`` (none if it is not the page kept, or is unreadable)."""
        if not keeps(query):
            return []
        profile, key = self._profile(), _key(query)
        kept = await self._store.run(lambda s: s.cache.first_page(profile, key))
        try:
            return [AssertionRow.from_json(data) for data in kept or ()]
        except MalformedResponseError:  # written by a version that wrote it otherwise
            return []

    async def keep(self, query: AssertionQuery, rows: Sequence[AssertionRow]) -> None:
        """Keep ``rows``, the server's first page of ``query``, for the next start."""
        if not keeps(query):
            return
        profile, key = self._profile(), _key(query)
        data = [row.to_json() for row in rows]
        await self._store.run(lambda s: s.cache.keep_first_page(profile, key, data))
