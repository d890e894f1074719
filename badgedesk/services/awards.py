"""How an award a person described becomes the request that is sent: one builder for the award
dialog and for every row of a batch, so the two can never send different shapes.

Awards are sent to their badge class (``POST /v2/badgeclasses/{id}/assertions``), whose address
names it: the body never names it again (the real server refuses a body that does). No Qt here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from badgedesk.api.models import (
    AwardRequest,
    BadgeClassExpiration,
    Evidence,
    ExpiryUnit,
    OB3AwardProperties,
    Recipient,
    RecipientType,
)
from badgedesk.core.expiry import expiry_after
from badgedesk.services.validation import Problems, award_problems


@dataclass(frozen=True)
class AwardDetails:
    """One award as a person described it (text as typed): in the award dialog, or a draft row
    with its batch's defaults filled in. No badge class: it is where the award is sent."""

    identity: str
    recipient_type: str = RecipientType.EMAIL
    hashed: bool | None = None
    """``None`` leaves it to the server (hashed for emails and telephones)."""
    issued_on: datetime | None = None
    expires: datetime | None = None
    narrative: str = ""
    evidence: Sequence[Evidence] = ()
    extensions: Mapping[str, Any] | None = None
    ob3_award_properties: OB3AwardProperties | None = None
    notify: bool = False
    allow_duplicate_awards: bool = False


def sent_identity(recipient_type: str, identity: str) -> str:
    """The identity as the server wants it: trimmed, and phone numbers without the spaces
    people type."""
    identity = identity.strip()
    if recipient_type == RecipientType.TELEPHONE:
        return identity.replace(" ", "")
    return identity


def award_request(details: AwardDetails) -> AwardRequest:
    """The body of one award to a badge class: blank text is left out, and the badge class is
    never named (its address does that)."""
    return AwardRequest(
        recipient=Recipient(
            identity=sent_identity(details.recipient_type, details.identity),
            type=details.recipient_type,
            hashed=details.hashed,
        ),
        issued_on=details.issued_on,
        expires=details.expires,
        narrative=details.narrative.strip() or None,
        evidence=list(details.evidence),
        extensions=dict(details.extensions) if details.extensions else None,
        ob3_award_properties=details.ob3_award_properties,
        notify=details.notify or None,
        allow_duplicate_awards=details.allow_duplicate_awards,
    )


def inherited_expiry(issued_on: datetime, rule: BadgeClassExpiration | None) -> datetime | None:
    """The expiry an award issued on ``issued_on`` inherits from its badge class's ``rule``;
    ``None`` without a whole rule (as ``generate_expires_at``), with a unit the server does not
    take, or past the last year a date can hold. The server never applies the rule itself."""
    if rule is None or not rule.amount or rule.duration not in tuple(ExpiryUnit):
        return None
    try:
        return expiry_after(issued_on, rule.amount, str(rule.duration))
    except OverflowError:
        return None


def award_details_problems(details: AwardDetails, now: datetime) -> Problems:
    """Every local problem of the award ``details`` describe, checked on what would be sent."""
    return award_problems(award_request(details), now)
