"""What blocks a revocation batch from being sent: rows that do not name exactly one award,
and rows without a reason."""

from __future__ import annotations

from collections.abc import Sequence

from badgedesk.core.batches import Batch, RevocationRow
from badgedesk.core.states import Match
from badgedesk.core.submit_refusals import SubmitRefusal, SubmitRefusalKind
from badgedesk.core.wording import counted


def batch_problems(batch: Batch, rows: Sequence[RevocationRow]) -> list[SubmitRefusal]:
    """Why the rows to send cannot go as they are (the UI words them)."""
    problems = []
    unmatched = [row for row in rows if not sendable_match(row)]
    if unmatched:
        first = unmatched[0].target.identity or unmatched[0].target.entity_id or ""
        problems.append(
            SubmitRefusal(
                SubmitRefusalKind.UNMATCHED_ROWS,
                counted("%n row(s) not matched to one award", len(unmatched))
                + f" (the first is {first}): check them with the server, or delete them.",
                count=len(unmatched),
                name=first,
            )
        )
    if any(not row.reason_in(batch.reason) for row in rows):
        problems.append(
            SubmitRefusal(
                SubmitRefusalKind.NO_REASON,
                "A reason is required: give the batch one, or each row its own.",
            )
        )
    return problems


def sendable_match(row: RevocationRow) -> bool:
    """A row names exactly one assertion (seen, or an entityId the server will judge)."""
    return bool(row.target.entity_id) and row.target.match in (Match.FOUND, Match.UNCHECKED)
