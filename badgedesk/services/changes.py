"""What changed on the server because of BadgeDesk, told to everyone who shows it.

A service that makes a change publishes it once, after the server confirmed it; every tab that
shows the changed things subscribes and updates itself, so a person never has to press F5 to
see what BadgeDesk itself just did (awards revoked by a batch disappear from the Assertions
tab's active list, its counts follow). Listeners are plain callables called in the order they
subscribed; one that fails is logged and does not stop the others or the publisher.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from badgedesk.api.models import BadgeClass, Issuer
from badgedesk.core.badgeclass_drafts import BadgeClassDraft
from badgedesk.core.states import BatchKind

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AwardsMade:
    """New assertions of ``badgeclass`` (entityIds) now exist on the server."""

    badgeclass: str
    entity_ids: tuple[str, ...]


@dataclass(frozen=True)
class AwardsRevoked:
    """These assertions (entityIds) are revoked on the server, with ``reason``."""

    entity_ids: tuple[str, ...]
    reason: str = ""


@dataclass(frozen=True)
class AwardsEdited:
    """These assertions (entityIds) were changed on the server (narrative, evidence, dates)."""

    entity_ids: tuple[str, ...]


@dataclass(frozen=True)
class BatchSettled:
    """A batch run ended (every row settled, or the run stopped): its counts are final for
    now."""

    batch_id: int
    kind: BatchKind


@dataclass(frozen=True)
class BackpackChanged:
    """The signed-in user's backpack changed (a badge accepted, removed or imported, or a
    collection changed)."""


@dataclass(frozen=True)
class CatalogueChanged:
    """A badge class or issuer was made, changed or deleted: the catalogue kept for offline
    work, as it now stands, for every tab that chooses badge classes."""

    issuers: tuple[Issuer, ...]
    badgeclasses: tuple[BadgeClass, ...]


@dataclass(frozen=True)
class BadgeClassDraftsChanged:
    """A badge class drafted offline was kept, sent, refused or deleted: the profile's drafts
    as they now stand."""

    drafts: tuple[BadgeClassDraft, ...]


Change = (
    AwardsMade
    | AwardsRevoked
    | AwardsEdited
    | BatchSettled
    | BackpackChanged
    | CatalogueChanged
    | BadgeClassDraftsChanged
)
Listener = Callable[[Change], None]


class Changes:
    """The one place changes are published; a session has one."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` with every change from now on; returns the unsubscribe call."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def publish(self, change: Change) -> None:
        """Tell every listener; a listener that raises is logged, the rest still hear it."""
        for listener in list(self._listeners):
            try:
                listener(change)
            except Exception:
                log.exception("a listener failed on %s", type(change).__name__)
