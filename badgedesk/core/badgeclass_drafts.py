"""Badge classes written with the network out, waiting in the outbox to be sent.

A draft goes ``pending`` → ``sending`` (committed before the request leaves) → ``sent`` (with
the new badge class's ``entityId``) or ``failed`` (with the server's reason). A draft left
``sending`` may or may not have reached the server: it is looked for there before it is ever
sent again. A draft award batch may choose a draft badge class before it exists: the batch
keeps ``draft_reference(uid)`` as its badge class until the draft is sent. No Qt, no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

DRAFT_PREFIX = "draft:"
"""What a batch's ``badgeclass_id`` starts with while it names a draft badge class."""


class DraftState(StrEnum):
    """Where a draft badge class is in the outbox."""

    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"


def draft_reference(uid: str) -> str:
    """The badge class id a batch keeps while its badge class is a draft."""
    return DRAFT_PREFIX + uid


def draft_uid(badgeclass_id: str | None) -> str | None:
    """The draft a batch's badge class id names (None: a badge class of the server)."""
    if badgeclass_id and badgeclass_id.startswith(DRAFT_PREFIX):
        return badgeclass_id[len(DRAFT_PREFIX) :]
    return None


@dataclass(frozen=True)
class BadgeClassDraft:
    """One draft badge class: what will be sent (``request``, the JSON body, its image a
    ``data:`` URI), to which issuer, and how far it got."""

    uid: str
    profile: str
    issuer_id: str
    issuer_name: str
    name: str
    request: dict[str, Any]
    state: DraftState
    created_at: datetime
    updated_at: datetime
    entity_id: str | None = None
    error: str = ""
    sent_at: datetime | None = None
    """When it was last marked ``sending``: a badge class made earlier is not this draft's."""

    @property
    def reference(self) -> str:
        return draft_reference(self.uid)
