"""The results of a revocation batch as a CSV file: each row with its outcome, for the
person's records."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from badgedesk.core.batches import RevocationRow
from badgedesk.store.csvfile import write_csv

RESULTS_HEADER = (
    "entityId",
    "recipient",
    "badge class",
    "reason",
    "status as last seen",
    "outcome",
    "server message",
    "code",
)


def write_results_csv(path: Path, rows: Sequence[RevocationRow], batch_reason: str) -> int:
    """Each row of a revocation batch with its outcome, for the person's records."""
    return write_csv(
        path,
        RESULTS_HEADER,
        (
            (
                row.target.entity_id or "",
                row.target.identity,
                row.target.badgeclass_name or row.target.badgeclass_id or "",
                row.reason_in(batch_reason),
                row.target.status or row.target.match.value,
                row.state,
                row.error or row.target.note,
                row.code,
            )
            for row in rows
        ),
    )
