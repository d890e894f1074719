"""Why a batch cannot be submitted, as a kind and its values, so that the window words it in
the reader's language; the English ``message`` is for the log and for a service's callers."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class SubmitRefusalKind(StrEnum):
    SIGNED_OUT = "signed-out"
    NO_BADGECLASS = "no-badgeclass"
    """An award batch with no badge class chosen."""
    DRAFT_BADGECLASS_UNSENDABLE = "draft-badgeclass-unsendable"
    """The batch names a badge class drafted offline, and this run cannot send drafts."""
    DRAFT_BADGECLASS_NOT_MADE = "draft-badgeclass-not-made"
    """The draft badge class ``name`` could not be made yet (``detail``: why)."""
    DRAFT_BADGECLASS_DELETED = "draft-badgeclass-deleted"
    DRAFT_BADGECLASS_REFUSED = "draft-badgeclass-refused"
    """The server refused the draft badge class ``name`` (``detail``: its words)."""
    DEFAULTS = "defaults"
    """The batch's defaults have a problem."""
    ROWS_TO_FIX = "rows-to-fix"
    """``count`` rows have problems; ``name``: the first one's recipient, empty if blank."""
    DUPLICATES = "duplicates"
    UNMATCHED_ROWS = "unmatched-rows"
    """``count`` revocation rows do not name one award; ``name``: the first one's."""
    NO_REASON = "no-reason"
    """A revocation row with neither its own reason nor the batch's."""


@dataclass(frozen=True)
class SubmitRefusal:
    kind: SubmitRefusalKind
    message: str
    """In English, for the log."""
    count: int = 0
    name: str = ""
    detail: str = ""
    """The server's or another layer's words, shown as they came."""
