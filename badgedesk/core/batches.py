"""What a batch is made of, as every layer sees it: batches, their rows, their counts.

Award rows and revocation rows are the outbox of their batch (see ``store/drafts.py`` and
``store/revocations.py`` for how they are kept); these are the plain values read from it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from badgedesk.core.states import BatchKind, BatchState, Match, Outcome, RowState


@dataclass(frozen=True)
class RowFields:
    """What a person drafts for one award; empty text and ``None`` dates take the batch's
    defaults."""

    identity: str
    recipient_type: str = "email"
    narrative: str = ""
    evidence_url: str = ""
    issued_on: date | None = None
    expires: date | None = None


@dataclass(frozen=True)
class DraftRow:
    """A row of a batch with its place in the outbox."""

    id: int
    position: float
    fields: RowFields
    state: RowState = RowState.PENDING
    entity_id: str | None = None
    error: str = ""
    retriable: bool = False
    attempts: int = 0
    sent_at: datetime | None = None
    held_since: datetime | None = None
    """When the award a ``held`` row found was made (its ``issuedOn``)."""

    @property
    def editable(self) -> bool:
        """Only what has not (possibly) reached the server may still change."""
        return self.state in (RowState.PENDING, RowState.FAILED)


@dataclass(frozen=True)
class BatchDefaults:
    """What every row of a batch gets unless the row says otherwise."""

    narrative: str = ""
    evidence_url: str = ""
    evidence_narrative: str = ""
    issued_on: date | None = None
    expires: date | None = None
    allow_duplicate_awards: bool = False
    notify: bool = True
    """Ask the server to email each recipient: on, as in the web app."""

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("issued_on", "expires"):
            value = data[key]
            data[key] = value.isoformat() if value else None
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> BatchDefaults:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        known.setdefault("notify", False)  # kept before it was offered: it never notified
        for key in ("issued_on", "expires"):
            if known.get(key):
                known[key] = date.fromisoformat(known[key])
        return cls(**known)


@dataclass(frozen=True)
class BadgeClassChoice:
    """The target of a batch, as the offline catalogue names it."""

    entity_id: str
    name: str
    issuer_name: str = ""


@dataclass(frozen=True)
class Batch:
    id: int
    uid: str
    profile: str
    name: str
    badgeclass: BadgeClassChoice | None
    defaults: BatchDefaults
    created_at: datetime
    updated_at: datetime
    kind: BatchKind = BatchKind.AWARD
    reason: str = ""
    """A revocation batch's reason, for every row that does not give its own."""


@dataclass(frozen=True)
class BatchCounts:
    total: int = 0
    pending: int = 0
    sending: int = 0
    awarded: int = 0
    held: int = 0
    failed: int = 0
    revoked: int = 0
    skipped: int = 0

    @property
    def settled(self) -> int:
        """Rows with nothing left to do."""
        return self.awarded + self.held + self.revoked + self.skipped

    @property
    def state(self) -> BatchState:
        if self.total and self.settled == self.total:
            return BatchState.DONE
        if self.awarded or self.held or self.revoked or self.failed or self.sending:
            return BatchState.PARTLY_SUBMITTED
        return BatchState.DRAFT


@dataclass(frozen=True)
class BatchSummary:
    batch: Batch
    counts: BatchCounts = field(default_factory=BatchCounts)
    last_sent: datetime | None = None
    """When a row of the batch was last sent (``None`` for a batch never submitted)."""


@dataclass(frozen=True)
class AuditRecord:
    """An audit entry written in the same transaction as a row's outcome."""

    profile: str
    user: str | None
    operation: str
    target: str
    outcome: Outcome
    detail: str = ""


@dataclass(frozen=True)
class RevocationTarget:
    """The award a row revokes, as last seen, and the row's own reason (empty: the batch's)."""

    entity_id: str | None
    identity: str = ""
    recipient_type: str = "email"
    badgeclass_id: str | None = None
    badgeclass_name: str = ""
    issued_on: datetime | None = None
    status: str = ""
    """``active``, ``expired`` or ``revoked`` when seen; empty when not seen yet."""
    match: Match = Match.FOUND
    note: str = ""
    """Why a row is not found or ambiguous, or the reason an award was already revoked."""
    reason: str = ""


@dataclass(frozen=True)
class RevocationRow:
    id: int
    position: float
    target: RevocationTarget
    state: RowState = RowState.PENDING
    error: str = ""
    code: str = ""
    retriable: bool = False
    attempts: int = 0
    sent_at: datetime | None = None
    seen_at: datetime | None = None

    @property
    def editable(self) -> bool:
        """What has not (possibly) reached the server may still change or go."""
        return self.state in (RowState.PENDING, RowState.FAILED, RowState.SKIPPED)

    def reason_in(self, batch_reason: str) -> str:
        """The reason this row is revoked with."""
        return self.target.reason.strip() or batch_reason.strip()


@dataclass(frozen=True)
class Settlement:
    """Where one row ended up after an answer, with its audit entry (written together)."""

    row_id: int
    state: RowState
    error: str = ""
    code: str = ""
    retriable: bool = False
    audit: AuditRecord | None = None
