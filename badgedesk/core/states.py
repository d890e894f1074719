"""The states and kinds BadgeDesk records, as enums whose values are what the store keeps.

They are ``StrEnum``s: a value read back from SQLite compares equal to its member, and a
member is written as its text.
"""

from __future__ import annotations

from enum import StrEnum


class RowState(StrEnum):
    """Where one row of a batch is in the outbox.

    An award row goes ``pending`` → ``sending`` (committed before the request leaves) →
    ``awarded``, ``held`` (no award made: the recipient held the badge before) or ``failed``;
    a revocation row ends ``revoked``, ``failed`` or ``skipped`` (nothing to revoke).
    """

    PENDING = "pending"
    SENDING = "sending"
    AWARDED = "awarded"
    HELD = "held"
    FAILED = "failed"
    REVOKED = "revoked"
    SKIPPED = "skipped"


AWARD_STATES = (
    RowState.PENDING,
    RowState.SENDING,
    RowState.AWARDED,
    RowState.HELD,
    RowState.FAILED,
)
REVOCATION_STATES = (
    RowState.PENDING,
    RowState.SENDING,
    RowState.REVOKED,
    RowState.FAILED,
    RowState.SKIPPED,
)


class BatchKind(StrEnum):
    """Which table holds a batch's rows and which engine sends them."""

    AWARD = "award"
    REVOKE = "revoke"


class BatchState(StrEnum):
    """A batch's state, derived from its rows (``submitting`` is decided by whoever runs it)."""

    DRAFT = "draft"
    SUBMITTING = "submitting"
    PARTLY_SUBMITTED = "partly submitted"
    DONE = "done"


class Outcome(StrEnum):
    """How a write to the API ended, as the audit log says it.

    ``unknown`` is for a write whose answer never came (timeout, crash); ``already held`` for
    an award not made because the recipient held that badge before.
    """

    OK = "ok"
    FAILED = "failed"
    UNKNOWN = "unknown"
    ALREADY_HELD = "already held"


class Match(StrEnum):
    """How a revocation row's assertion is known."""

    FOUND = "found"
    """Seen on the server (or in the Assertions tab): the row says what it revokes."""
    UNCHECKED = "unchecked"
    """An entityId from a file, not looked up yet."""
    TO_RESOLVE = "to resolve"
    """A recipient and a badge class, not looked up yet."""
    NOT_FOUND = "not found"
    AMBIGUOUS = "ambiguous"
    """Several live awards of the badge class to the recipient: only the person can choose."""
    DUPLICATE = "duplicate"
    """The same award as another row of the batch: one row must go (nothing ambiguous)."""
