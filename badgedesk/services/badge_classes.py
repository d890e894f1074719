"""Designing badges: badge classes made, changed and deleted, issuers made and changed.

Who may do what follows badgr-server (``apps/issuer/permissions.py``): an issuer's owners and
editors create, change and delete its badge classes (``IsEditor``, ``MayEditBadgeClass``) and
change the issuer (``IsEditorButOwnerForDelete``); its plain staff only award. What the role
forbids is refused here, before anything is sent, with the reason (``DesignBlocked``). Every
write that is sent goes through ``AuditTrail.write``, then into the catalogue kept for offline
work at once, and the catalogue as it now stands is published (``CatalogueChanged``) so that
every tab that chooses badge classes shows the change without a refresh.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from badgedesk.api.client import BadgesClient
from badgedesk.api.errors import ApiError, NetworkError
from badgedesk.api.models import (
    BadgeClass,
    BadgeClassRequest,
    Issuer,
    IssuerRequest,
    IssuerStaff,
    User,
)
from badgedesk.services.assertion_rules import Blocked, session_blocked
from badgedesk.services.assertions import AssertionService, ServerService
from badgedesk.services.audit import AuditTrail
from badgedesk.services.catalogue import Catalogue
from badgedesk.services.changes import CatalogueChanged, Changes
from badgedesk.services.public_files import PublicFileCache

OWNER, EDITOR, STAFF = "owner", "editor", "staff"
"""The roles of an issuer's staff (``IssuerStaff.role``)."""
DESIGNERS = frozenset({OWNER, EDITOR})
"""The roles that may change an issuer and create, change and delete its badge classes."""


def member_emails(member: IssuerStaff) -> list[str]:
    """A staff member's addresses: hosted servers list them as strings, the open-source one as
    ``{email, …}`` objects."""
    profile: Mapping[str, Any] = member.user_profile or {}
    found: list[str] = []
    for item in profile.get("emails") or []:
        if isinstance(item, str):
            found.append(item)
        elif isinstance(item, Mapping) and isinstance(item.get("email"), str):
            found.append(str(item["email"]))
    return found


def role_in(issuer: Issuer, user: User | None) -> str | None:
    """``user``'s role in ``issuer``: the staff entry naming the user's entityId, else one
    listing one of the user's addresses; None when not on its staff (or signed out)."""
    if user is None:
        return None
    addresses = {email.email.casefold() for email in user.emails}
    for member in issuer.staff:
        if member.user and member.user == user.key:
            return member.role
    for member in issuer.staff:
        if addresses & {email.casefold() for email in member_emails(member)}:
            return member.role
    return None


class DesignBlocked(StrEnum):
    """Why a badge class or issuer cannot be changed now."""

    SIGNED_OUT = Blocked.SIGNED_OUT.value
    MISSING_SCOPE = Blocked.MISSING_SCOPE.value
    """The sign-in did not grant ``ISSUER_SCOPE``. These two are the session's reasons, the
    award actions' own (``session_blocked``), with the same values."""
    OFFLINE = "offline"
    """The server cannot be reached: changing or deleting needs it (a new badge class can be
    drafted instead)."""
    USER_UNKNOWN = "user unknown"
    """Offline, and who is signed in (so their role in each issuer) was never learnt here."""
    NO_ISSUER = "no issuer"
    """Nothing is chosen in the tree."""
    NO_BADGECLASS = "no badge class"
    """An issuer is chosen, not a badge class."""
    STAFF_ROLE = "staff role"
    """The user is plain staff of the issuer: may award, not design."""
    NOT_ON_STAFF = "not on staff"


@dataclass(frozen=True)
class DesignActions:
    """For each design action, None when it may be done now, else why not."""

    new_badgeclass: DesignBlocked | None
    """Offline this is a draft, sent later: the connection does not block it."""
    edit_badgeclass: DesignBlocked | None
    delete_badgeclass: DesignBlocked | None
    edit_issuer: DesignBlocked | None
    new_issuer: DesignBlocked | None
    """Anyone signed in may make an issuer (and owns it): only the session and the connection
    matter."""


def role_blocked(role: str | None) -> DesignBlocked | None:
    """What the role forbids of designing (None: nothing)."""
    if role in DESIGNERS:
        return None
    return DesignBlocked.STAFF_ROLE if role == STAFF else DesignBlocked.NOT_ON_STAFF


def design_actions(
    *,
    signed_in: bool,
    allows: Callable[[str], bool],
    offline: bool,
    role: str | None,
    user_known: bool,
    issuer_chosen: bool,
    badgeclass_chosen: bool,
) -> DesignActions:
    """What the session, the connection, the choice in the tree and the user's role in the
    chosen issuer allow; the first reason that applies is given, the session's first. A new
    badge class is allowed offline (as a draft) when the role is known from the catalogue."""
    session: DesignBlocked | None = None
    if blocked := session_blocked(signed_in=signed_in, allows=allows):
        session = DesignBlocked(blocked.value)
    role_reason = role_blocked(role) if user_known else DesignBlocked.USER_UNKNOWN
    on_issuer = session or (None if issuer_chosen else DesignBlocked.NO_ISSUER) or role_reason
    if session is None and offline:
        session = DesignBlocked.OFFLINE
    on_existing = session or (None if issuer_chosen else DesignBlocked.NO_ISSUER)
    on_badgeclass = session or (None if badgeclass_chosen else DesignBlocked.NO_BADGECLASS)
    return DesignActions(
        new_badgeclass=on_issuer,
        edit_badgeclass=on_badgeclass or role_reason,
        delete_badgeclass=on_badgeclass or role_reason,
        edit_issuer=on_existing or role_reason,
        new_issuer=session,
    )


class DesignRefusedError(ApiError):
    """Refused here, before sending, for what the server would refuse: ``blocked`` says why."""

    default_message = "Only the issuer's owners and editors may change it or its badge classes."

    def __init__(self, blocked: DesignBlocked) -> None:
        super().__init__(f"{self.default_message} ({blocked})")
        self.blocked = blocked


class BadgeClassInUseError(ApiError):
    """The server refused to delete a badge class (its words kept); ``live`` is how many of its
    awards are neither revoked nor expired, as counted after the refusal (None: not known)."""

    def __init__(self, refusal: ApiError, live: int | None) -> None:
        # A ProtectedError's words come only as the envelope's status description; the client
        # makes them the error's message.
        super().__init__(
            refusal.message,
            status_code=refusal.status_code,
            method=refusal.method,
            path=refusal.path,
            field_errors=refusal.field_errors,
            validation_errors=refusal.validation_errors,
            non_field_errors=refusal.non_field_errors,
            error_code=refusal.error_code,
            detail=refusal.detail,
        )
        self.live = live


def badgeclass_target(entity_id: str, name: str) -> str:
    """An audit entry's target: ``badge class <entityId>: <name>``."""
    return f"badge class {entity_id}: {name}"


def issuer_target(entity_id: str, name: str) -> str:
    return f"issuer {entity_id}: {name}"


def new_badgeclass_target(issuer_id: str, issuer_name: str, name: str) -> str:
    """An audit entry's target for a badge class being made: its issuer, then its name."""
    return f"{issuer_target(issuer_id, issuer_name)} · {name}"


class BadgeClassService(ServerService):
    """Create, edit and delete badge classes, make and edit issuers, as the signed-in user's
    role allows; each confirmed write is kept in ``catalogue`` and published on ``changes``."""

    def __init__(
        self,
        client: Callable[[], BadgesClient | None],
        audit: AuditTrail,
        catalogue: Catalogue,
        assertions: AssertionService,
        user: Callable[[], User | None],
        changes: Changes,
        images: PublicFileCache | None = None,
    ) -> None:
        """``images`` (when kept) forgets an image replaced on the server."""
        super().__init__(client, audit)
        self._catalogue = catalogue
        self._images = images
        self._assertions = assertions
        self._user = user
        self.changes = changes

    def role(self, issuer: Issuer) -> str | None:
        """The signed-in user's role in ``issuer`` (None: not on its staff)."""
        return role_in(issuer, self._user())

    def knows_user(self) -> bool:
        """Whether the signed-in user is known (offline: from the catalogue's last refresh),
        so ``role`` can be trusted."""
        return self._user() is not None

    def _check(self, issuer: Issuer) -> BadgesClient:
        client = self.client
        if (blocked := role_blocked(self.role(issuer))) is not None:
            raise DesignRefusedError(blocked)
        return client

    async def create(self, issuer: Issuer, request: BadgeClassRequest) -> BadgeClass:
        """Make a badge class of ``issuer``."""
        client = self._check(issuer)
        made = await self._audit.write(
            "create badge class",
            new_badgeclass_target(issuer.key, issuer.name, request.name),
            client.create_badgeclass(issuer.key, request),
        )
        await self._catalogue.keep_badgeclass(made)
        await self._publish()
        return made

    async def edit(
        self, issuer: Issuer, badgeclass: BadgeClass, request: BadgeClassRequest
    ) -> BadgeClass:
        """Replace ``badgeclass``'s fields; awards already made keep what they had."""
        client = self._check(issuer)
        changed = await self._audit.write(
            "edit badge class",
            badgeclass_target(badgeclass.key, badgeclass.name),
            client.update_badgeclass(badgeclass.key, request),
        )
        if request.image is not None:
            await self._forget_images(badgeclass.image, changed.image)
        await self._catalogue.keep_badgeclass(changed)
        await self._publish()
        return changed

    async def delete(self, issuer: Issuer, badgeclass: BadgeClass) -> None:
        """Delete ``badgeclass``. The server refuses while an award of it is live: that raises
        ``BadgeClassInUseError`` with the server's words and how many awards are live."""
        client = self._check(issuer)
        try:
            await self._audit.write(
                "delete badge class",
                badgeclass_target(badgeclass.key, badgeclass.name),
                client.delete_badgeclass(badgeclass.key),
            )
        except NetworkError:
            raise
        except ApiError as refusal:
            if refusal.status_code != 400:
                raise
            raise BadgeClassInUseError(refusal, await self.live_awards(badgeclass.key)) from None
        await self._catalogue.forget_badgeclass(badgeclass.key)
        await self._publish()

    async def live_awards(self, badgeclass_id: str) -> int | None:
        """How many awards of the badge class are neither revoked nor expired (None: could not
        be counted now)."""
        try:
            summary = await self._assertions.summary(badgeclass_id, lambda _summary: None)
        except ApiError:
            return None
        return summary.active

    async def edit_issuer(self, issuer: Issuer, request: IssuerRequest) -> Issuer:
        """Change an issuer's name, email, web site, description or image (not its staff)."""
        client = self._check(issuer)
        changed = await self._audit.write(
            "edit issuer",
            issuer_target(issuer.key, issuer.name),
            client.update_issuer(issuer.key, request),
        )
        if request.image is not None:
            await self._forget_images(issuer.image, changed.image)
        await self._catalogue.keep_issuer(changed)
        await self._publish()
        return changed

    async def create_issuer(self, request: IssuerRequest) -> Issuer:
        """Make an issuer; the signed-in user becomes its owner."""
        made = await self._audit.write(
            "create issuer", f"issuer: {request.name}", self.client.create_issuer(request)
        )
        await self._catalogue.keep_issuer(made)
        await self._publish()
        return made

    async def adopt(self, badgeclass: BadgeClass) -> None:
        """Keep and publish a badge class made by an earlier request whose answer was lost
        (found on the server afterwards)."""
        await self._catalogue.keep_badgeclass(badgeclass)
        await self._publish()

    async def _forget_images(self, *urls: str | None) -> None:
        """A new image was sent: what was kept under the old and new addresses is stale."""
        if self._images is not None:
            for url in {url for url in urls if url}:
                await self._images.forget(url)

    async def _publish(self) -> None:
        issuers, badgeclasses = await self._catalogue.cached()
        self.changes.publish(CatalogueChanged(tuple(issuers), tuple(badgeclasses)))
