"""Use cases of the Backpack tab: the signed-in person's own badges and their collections.

A backpack assertion names its badge class and issuer only by URL. Names come from the badge's
original Open Badges JSON when the server kept it (imported badges), else from the public badge
class and issuer documents, fetched once and kept on disk like images. Every write goes through
``AuditTrail.write``, and every change the server confirmed is published as ``BackpackChanged``.

What a person does to several badges at once goes badge by badge and stops at the first refusal,
saying exactly which were done and which not. Badges issued on this server that this session
removed are kept for Undo (the server lists them no more). Collection memberships are saved one
request at a time per collection, the newest wish last (``MembershipSaves``). Nothing here
knows Qt.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlsplit

from badgedesk.api.client import BadgesClient
from badgedesk.api.errors import ApiError
from badgedesk.api.models import Acceptance, BackpackAssertion, Collection
from badgedesk.baking import BakedAssertion
from badgedesk.core.wording import counted
from badgedesk.services.assertions import ServerService
from badgedesk.services.audit import AuditTrail
from badgedesk.services.changes import BackpackChanged, Changes
from badgedesk.services.collection_members import MembershipSaves
from badgedesk.services.public_files import OPEN_BADGES_JSON, PublicFileCache

HOSTED_ASSERTION_LIMIT = 1_000_000
"""An Open Badges assertion is a few kilobytes; more is not one."""
NAME_LOOKUPS_AT_ONCE = 6
"""Public documents fetched at once when naming badges (often from hosts other than the API)."""
SAVES_WAIT_SECONDS = 10
"""How long a quit waits for membership saves still on their way."""


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


@dataclass(frozen=True)
class Refusal:
    """The badge the server refused to act on, and why."""

    badge: BackpackBadge
    error: ApiError


@dataclass(frozen=True)
class BadgesOutcome:
    """What an action on several badges did: badge by badge, until the first refusal."""

    done: tuple[BackpackBadge, ...] = ()
    """Changed on the server, in order, each as it now is."""
    deleted: tuple[BackpackBadge, ...] = ()
    """Deleted by the server (imported badges removed), as they were."""
    not_done: tuple[BackpackBadge, ...] = ()
    """Left as they were: the refused badge first, then those not tried after it."""
    refusal: Refusal | None = None


@dataclass(frozen=True)
class Backpack:
    """What the Backpack tab lists."""

    badges: list[BackpackBadge]
    """The server's, and those this session removed (the server lists them no more)."""
    collections: list[Collection]


class BackpackService(ServerService):
    """The Backpack tab's use cases."""

    def __init__(
        self,
        client: Callable[[], BadgesClient | None],
        audit: AuditTrail,
        documents: PublicFileCache | None,
        *,
        changes: Changes,
    ) -> None:
        """``documents`` keeps public badge and issuer documents; without it, badges are
        named only from what the server sends. Confirmed changes are published on
        ``changes``."""
        super().__init__(client, audit)
        self._documents = documents
        self._changes = changes
        self._read: dict[str, dict[str, Any]] = {}
        """Documents already read and parsed: a backpack names many badges from a few."""
        self._removed: list[BackpackBadge] = []
        self._members = MembershipSaves(self._send_members)

    @property
    def removed(self) -> tuple[BackpackBadge, ...]:
        """Badges issued on this server that this session removed, newest last: Undo accepts
        them again (the server lists them no more, so nothing else would show them)."""
        return tuple(self._removed)

    def session_ended(self) -> None:
        """Signed out, or another server: forget this session's removals and drop the
        membership saves still queued or on their way."""
        self._removed.clear()
        self._members.drop()

    async def shutdown(self) -> None:
        """Before the HTTP client closes: membership saves asked for end (their audit entries
        need the database) for at most ``SAVES_WAIT_SECONDS``; what is left then is dropped."""
        try:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._members.flush(), SAVES_WAIT_SECONDS)
        finally:
            self._members.drop()

    # ------------------------------------------------------------ badges

    async def backpack(self, *, include_expired_and_revoked: bool = False) -> Backpack:
        """The badges and the collections, asked for at once."""
        badges, collections = await asyncio.gather(
            self.badges(include_expired_and_revoked=include_expired_and_revoked),
            self.collections(),
        )
        listed = {badge.key for badge in badges}
        return Backpack(badges + [b for b in self._removed if b.key not in listed], collections)

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

    async def preview(self, baked: BakedAssertion) -> dict[str, str]:
        """What an image (or pasted JSON) is, before it is sent: ``describe_assertion`` of its
        assertion, fetched when the image holds only its address (hosted verification), with
        the badge class and issuer documents it names by address. Nothing is written; what
        cannot be fetched is left as the image says it."""
        document = baked.document
        if document is None and baked.url:
            document = await self._hosted_assertion(baked.url)
        if document is None:
            return describe_baked(baked)
        badge = _embedded(document, "badge")
        if badge is None and isinstance(document.get("badge"), str):
            badge = await self._document(document["badge"])
        issuer = _embedded(badge, "issuer")
        if issuer is None and badge is not None and isinstance(badge.get("issuer"), str):
            issuer = await self._document(badge["issuer"])
        return describe_assertion(document, badge, issuer, baked.url)

    async def _hosted_assertion(self, url: str) -> dict[str, Any] | None:
        """The assertion at its public address, fresh (it may have been revoked since)."""
        try:
            data = await self.client.download(
                url, accept=OPEN_BADGES_JSON, limit=HOSTED_ASSERTION_LIMIT
            )
            document = json.loads(data)
        except (ApiError, ValueError):
            return None
        return document if isinstance(document, dict) else None

    async def accept(self, badges: Sequence[BackpackBadge]) -> BadgesOutcome:
        """Accept the badges in turn until the server refuses one. For one this session
        removed this is the way back: it leaves the undo list, and the audit log says so."""
        return await self._each(badges, self._accept_one)

    async def remove(self, badges: Sequence[BackpackBadge]) -> BadgesOutcome:
        """Take the badges out of the backpack (or decline them) in turn until the server
        refuses one. DELETE is the only way the server lets an earner do either. One issued on
        this server is only marked rejected and hidden: the award stays valid, it is done as
        now removed, and ``undo_remove`` or ``accept`` brings it back. An imported one is
        deleted for good (``deleted``)."""
        return await self._each(badges, self._remove_one)

    async def undo_remove(self) -> BadgesOutcome:
        """Accept again, oldest first, every badge this session removed (the server's own way
        back). Those not brought back stay for the next undo; a second undo while one is under
        way finds nothing to do."""
        removed, self._removed = self._removed, []
        outcome = BadgesOutcome(not_done=tuple(removed))
        try:
            outcome = await self.accept(removed)
        finally:
            self._removed = [*outcome.not_done, *self._removed]
        return outcome

    async def _each(
        self,
        badges: Sequence[BackpackBadge],
        act: Callable[[BackpackBadge], Awaitable[BackpackBadge | None]],
    ) -> BadgesOutcome:
        """``act`` on each badge in turn (it returns the badge as it now is, or None once
        deleted); the first refusal stops the rest."""
        done: list[BackpackBadge] = []
        deleted: list[BackpackBadge] = []
        try:
            for index, badge in enumerate(badges):
                try:
                    now = await act(badge)
                except ApiError as error:
                    return BadgesOutcome(
                        tuple(done), tuple(deleted), tuple(badges[index:]), Refusal(badge, error)
                    )
                if now is None:
                    deleted.append(badge)
                else:
                    done.append(now)
            return BadgesOutcome(tuple(done), tuple(deleted))
        finally:  # what was done is published even when the rest was cancelled
            if done or deleted:
                self._changes.publish(BackpackChanged())

    async def _accept_one(self, badge: BackpackBadge) -> BackpackBadge:
        operation = "bring back badge" if badge.removed else "accept badge"
        answer = await self._audit.write(
            operation, _target(badge), self.client.accept_backpack_assertion(badge.key)
        )
        self._forget_removed(badge.key)
        return badge.with_assertion(answer)

    async def _remove_one(self, badge: BackpackBadge) -> BackpackBadge | None:
        detail = "deleted (imported)" if badge.imported else "hidden (issued on this server)"
        await self._audit.write(
            "remove badge",
            _target(badge),
            self.client.remove_backpack_assertion(badge.key),
            detail=detail,
        )
        if badge.imported:
            return None
        removed = badge.with_assertion(replace(badge.assertion, acceptance=Acceptance.REJECTED))
        self._removed.append(removed)
        return removed

    def _forget_removed(self, key: str) -> None:
        """A badge back in the backpack is no longer one to undo the removal of."""
        self._removed = [badge for badge in self._removed if badge.key != key]

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
        self._forget_removed(answer.key)
        self._changes.publish(BackpackChanged())
        return await self.name(answer)

    # ------------------------------------------------------------ collections

    async def collections(self) -> list[Collection]:
        return await self.client.list_collections()

    async def create_collection(self, name: str, description: str, published: bool) -> Collection:
        """Created empty: members are set by a later update (``set_members``), as the server
        fails when both come at once, and each step is audited on its own."""
        created = await self._audit.write(
            "create collection",
            f"collection {name}",
            self.client.create_collection(name, description=description, published=published),
        )
        self._changes.publish(BackpackChanged())
        return created

    async def update_collection(
        self, collection: Collection, name: str, description: str, published: bool
    ) -> Collection:
        updated = await self._audit.write(
            "edit collection",
            _collection_target(collection),
            self.client.update_collection(
                collection.key, name=name, description=description, published=published
            ),
            detail="published" if published else "not published",
        )
        self._changes.publish(BackpackChanged())
        return updated

    async def set_members(self, collection: Collection, members: Sequence[str]) -> Collection:
        """Make ``members`` the badges of ``collection``; returns the collection as the server
        has it once these members, or those asked for after them, are saved. One request at a
        time goes per collection: memberships asked for meanwhile merge into the newest. A
        refusal raises for this membership and those asked for behind it."""
        return await self._members.save(collection, members)

    def pending_members(self, collection: Collection) -> list[str] | None:
        """The newest membership asked for ``collection`` and not saved yet, if any."""
        return self._members.pending(collection.key)

    async def _send_members(self, collection: Collection, members: list[str]) -> Collection:
        saved = await self._audit.write(
            "set collection badges",
            _collection_target(collection),
            self.client.update_collection(collection.key, name=collection.name, assertions=members),
            detail=counted("%n badge(s)", len(members)),
        )
        self._changes.publish(BackpackChanged())
        return saved

    async def delete_collection(self, collection: Collection) -> None:
        await self._audit.write(
            "delete collection",
            _collection_target(collection),
            self.client.delete_collection(collection.key),
        )
        self._changes.publish(BackpackChanged())


def describe_baked(baked: BakedAssertion) -> dict[str, str]:
    """What a person should see of a baked image before it is sent, from the image alone: the
    assertion's address, or what its JSON names (see ``describe_assertion``)."""
    if baked.document is None:
        return {"Assertion URL": baked.url or ""}
    badge = _embedded(baked.document, "badge")
    return describe_assertion(baked.document, badge, _embedded(badge, "issuer"))


def describe_assertion(
    document: dict[str, Any],
    badge: dict[str, Any] | None,
    issuer: dict[str, Any] | None,
    url: str | None = None,
) -> dict[str, str]:
    """The badge, issuer, recipient and dates an assertion names, with the badge class and
    issuer documents when they were had (else their addresses). Labels in English, for the
    dialog to translate; dates as the document writes them. A hashed recipient is said by its
    type under "Hashed recipient" (the hash means nothing to a person)."""
    badge, issuer = badge or {}, issuer or {}
    recipient = _embedded(document, "recipient") or {}
    hashed = recipient.get("hashed") is True or _text(recipient.get("identity")).startswith(
        ("sha256$", "md5$")
    )
    facts = {
        "Assertion URL": url or "",
        "Assertion ID": "" if url else _text(document.get("id")),
        "Badge": _text(badge.get("name")) or _text(document.get("badge")),
        "Issuer": _text(issuer.get("name")) or _text(badge.get("issuer")),
        "Recipient": "" if hashed else _text(recipient.get("identity")),
        "Hashed recipient": (_text(recipient.get("type")) or "email") if hashed else "",
        "Issued on": _text(document.get("issuedOn")),
        "Expires": _text(document.get("expires")),
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
