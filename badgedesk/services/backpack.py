"""Use cases of the Backpack tab: the signed-in person's own badges and their collections.

A backpack assertion names its badge class and issuer only by URL. Names come from the badge's
original Open Badges JSON when the server kept it (imported badges), else from the public badge
class and issuer documents, fetched once and kept on disk like images. Every write goes through
``AuditTrail.write``. Nothing here knows Qt.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlsplit

from badgedesk.api import (
    Acceptance,
    BackpackAssertion,
    BadgesClient,
    Collection,
)
from badgedesk.baking import BakedAssertion
from badgedesk.services.assertions import ServerService
from badgedesk.services.audit import AuditTrail
from badgedesk.services.public_files import PublicFileCache

NAME_LOOKUPS_AT_ONCE = 6
"""Public documents fetched at once when naming badges (often from hosts other than the API)."""


@dataclass(frozen=True)
class BackpackBadge:
    """A backpack assertion with the names a person reads."""

    assertion: BackpackAssertion
    name: str
    issuer: str
    description: str = ""
    image_url: str | None = None
    """The assertion's image, else the badge class's (imported badges often have only that)."""
    imported: bool = False
    """Imported from elsewhere (removal deletes it) rather than issued on this server
    (removal only hides it, and accepting it again brings it back)."""

    @property
    def key(self) -> str:
        return self.assertion.key

    @property
    def acceptance(self) -> str:
        return self.assertion.acceptance or Acceptance.UNACCEPTED

    @property
    def removed(self) -> bool:
        """Removed (marked rejected): the server lists such a badge no more, so only one this
        session removed is ever seen so."""
        return self.acceptance == Acceptance.REJECTED

    def with_assertion(self, assertion: BackpackAssertion) -> BackpackBadge:
        """The same badge as the server now describes it; names are kept."""
        return replace(self, assertion=assertion)


class BackpackService(ServerService):
    """The Backpack tab's use cases."""

    def __init__(
        self,
        client: Callable[[], BadgesClient | None],
        audit: AuditTrail,
        documents: PublicFileCache | None,
    ) -> None:
        """``documents`` keeps public badge and issuer documents; without it, badges are
        named only from what the server sends."""
        super().__init__(client, audit)
        self._documents = documents
        self._read: dict[str, dict[str, Any]] = {}
        """Documents already read and parsed: a backpack names many badges from a few."""

    # ------------------------------------------------------------ badges

    async def badges(self, *, include_expired_and_revoked: bool = False) -> list[BackpackBadge]:
        """Every badge in the backpack (the server leaves out rejected ones), named."""
        assertions = await self.client.list_backpack_assertions(
            include_expired=include_expired_and_revoked,
            include_revoked=include_expired_and_revoked,
        )
        limit = asyncio.Semaphore(NAME_LOOKUPS_AT_ONCE)

        async def named(assertion: BackpackAssertion) -> BackpackBadge:
            async with limit:
                return await self.name(assertion)

        return list(await asyncio.gather(*(named(a) for a in assertions)))

    async def name(self, assertion: BackpackAssertion) -> BackpackBadge:
        """Name a badge from its original JSON, else its public documents; a badge whose
        documents cannot be had is named by its address, never a reason to fail."""
        badge = _embedded(_original(assertion), "badge")
        if badge is None and assertion.badgeclass_open_badge_id:
            badge = await self._document(assertion.badgeclass_open_badge_id)
        badge = badge or {}
        issuer = _embedded(badge, "issuer")
        issuer_url = badge.get("issuer") if isinstance(badge.get("issuer"), str) else None
        issuer_url = issuer_url or assertion.issuer_open_badge_id
        if issuer is None and issuer_url:
            issuer = await self._document(issuer_url)
        name = _text(badge.get("name")) or _host_name(assertion.badgeclass_open_badge_id)
        issuer_name = _text((issuer or {}).get("name")) or _host_name(issuer_url)
        return BackpackBadge(
            assertion=assertion,
            name=name or "(unnamed badge)",
            issuer=issuer_name,
            description=_text(badge.get("description")),
            image_url=assertion.image or _image_url(badge.get("image")),
            imported=self._imported(assertion),
        )

    def _imported(self, assertion: BackpackAssertion) -> bool:
        """The sandbox says so with ``sourceUrl``; the hosted server may not send it, but an
        imported badge's public address is on its issuer's host, never on this server's."""
        if assertion.source_url:
            return True
        address = urlsplit(assertion.open_badge_id or "")
        return bool(address.hostname) and address.netloc != urlsplit(self.client.base_url).netloc

    async def _document(self, url: str) -> dict[str, Any] | None:
        """The JSON object at ``url``. Parsed ones are kept for the service's life (the file
        cache already shares reads under way); one that could not be had is asked for again."""
        if url in self._read:
            return self._read[url]
        if self._documents is None:
            return None
        data = await self._documents.get(url)
        if data is None:
            return None
        try:
            document = json.loads(data)
        except ValueError:
            return None
        if not isinstance(document, dict):
            return None
        self._read[url] = document
        return document

    async def accept(self, badge: BackpackBadge) -> BackpackBadge:
        """Accept a badge; for one this session removed (issued on this server), this is the
        way back, and the audit log says so."""
        operation = "bring back badge" if badge.removed else "accept badge"
        answer = await self._audit.write(
            operation, _target(badge), self.client.accept_backpack_assertion(badge.key)
        )
        return badge.with_assertion(answer)

    async def remove(self, badge: BackpackBadge) -> BackpackBadge | None:
        """Take a badge out of the backpack (or decline it): DELETE is the only way the server
        lets an earner do either. One issued on this server is only marked rejected and hidden:
        the award stays valid, and it is returned as now removed, for ``accept`` to bring
        back. An imported one is deleted: ``None``."""
        detail = "deleted (imported)" if badge.imported else "hidden (issued on this server)"
        await self._audit.write(
            "remove badge",
            _target(badge),
            self.client.remove_backpack_assertion(badge.key),
            detail=detail,
        )
        if badge.imported:
            return None
        return badge.with_assertion(replace(badge.assertion, acceptance=Acceptance.REJECTED))

    async def import_url(self, url: str) -> BackpackBadge:
        return await self._import(f"url {url}", url=url)

    async def import_image(self, image: bytes, file_name: str) -> BackpackBadge:
        return await self._import(f"image {file_name}", image=image)

    async def import_json(self, document: dict[str, Any]) -> BackpackBadge:
        return await self._import(
            f"JSON {_text(document.get('id')) or '(no id)'}", assertion=document
        )

    async def _import(
        self,
        source: str,
        *,
        url: str | None = None,
        image: bytes | None = None,
        assertion: dict[str, Any] | None = None,
    ) -> BackpackBadge:
        answer = await self._audit.write(
            "import badge",
            source,
            self.client.import_backpack_assertion(url=url, image=image, assertion=assertion),
        )
        return await self.name(answer)

    # ------------------------------------------------------------ collections

    async def collections(self) -> list[Collection]:
        return await self.client.list_collections()

    async def create_collection(self, name: str, description: str, published: bool) -> Collection:
        """Created empty: members are set by a later update (``set_members``), as the server
        fails when both come at once, and each step is audited on its own."""
        return await self._audit.write(
            "create collection",
            f"collection {name}",
            self.client.create_collection(name, description=description, published=published),
        )

    async def update_collection(
        self, collection: Collection, name: str, description: str, published: bool
    ) -> Collection:
        return await self._audit.write(
            "edit collection",
            _collection_target(collection),
            self.client.update_collection(
                collection.key, name=name, description=description, published=published
            ),
            detail="published" if published else "not published",
        )

    async def set_members(self, collection: Collection, members: Sequence[str]) -> Collection:
        return await self._audit.write(
            "set collection badges",
            _collection_target(collection),
            self.client.update_collection(collection.key, name=collection.name, assertions=members),
            detail=f"{len(members)} badges",
        )

    async def delete_collection(self, collection: Collection) -> None:
        await self._audit.write(
            "delete collection",
            _collection_target(collection),
            self.client.delete_collection(collection.key),
        )


def describe_baked(baked: BakedAssertion) -> dict[str, str]:
    """What a person should see of a baked image before it is sent: the assertion's address,
    or the badge, issuer, recipient and date its JSON names (labels in English; the dialog
    translates them)."""
    if baked.document is None:
        return {"Assertion URL": baked.url or ""}
    document = baked.document
    badge = _embedded(document, "badge") or {}
    issuer = _embedded(badge, "issuer") or {}
    recipient = _embedded(document, "recipient") or {}
    facts = {
        "Assertion ID": _text(document.get("id")),
        "Badge": _text(badge.get("name")) or _text(document.get("badge")),
        "Issuer": _text(issuer.get("name")) or _text(badge.get("issuer")),
        "Recipient": _text(recipient.get("identity")),
        "Issued on": _text(document.get("issuedOn")),
    }
    return {label: value for label, value in facts.items() if value}


def _original(assertion: BackpackAssertion) -> dict[str, Any] | None:
    original = assertion.original_json
    if isinstance(original, str):
        try:
            original = json.loads(original)
        except ValueError:
            return None
    return original if isinstance(original, dict) else None


def _embedded(document: dict[str, Any] | None, key: str) -> dict[str, Any] | None:
    value = document.get(key) if document else None
    return value if isinstance(value, dict) else None


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _image_url(value: Any) -> str | None:
    """An Open Badges image: a URL, or an Image object with an ``id``."""
    if isinstance(value, dict):
        value = value.get("id")
    return value if isinstance(value, str) and value.startswith(("http://", "https://")) else None


def _host_name(url: str | None) -> str:
    return urlsplit(url).hostname or "" if url else ""


def _target(badge: BackpackBadge) -> str:
    return f"backpack badge {badge.key}: {badge.name}"


def _collection_target(collection: Collection) -> str:
    return f"collection {collection.key}: {collection.name}"
