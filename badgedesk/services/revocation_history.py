"""What has been revoked from this computer: submitted revocation batches and single
revocations made in the Assertions tab, newest first, and the same as a CSV file line by line.

Batches come from the draft store (only those with a row sent); singles come from the audit
log, where ``AssertionService.revoke`` writes each one with its outcome. A batch's rows log
their own operations (``batch revoke``…): they are the batch's, not singles. Both functions
take the store and run on the drafts worker thread (``await drafts.run(...)``). No Qt here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal

from badgedesk.core.audit import AuditEntry
from badgedesk.core.batches import BatchSummary
from badgedesk.core.dates import format_datetime
from badgedesk.core.states import BatchKind, Outcome, RowState
from badgedesk.services.assertions import SINGLE_REVOCATION
from badgedesk.store.csvfile import write_csv
from badgedesk.store.drafts import DraftStore

HISTORY_HEADER = (
    "when",
    "source",
    "assertion",
    "recipient",
    "badge class",
    "reason",
    "outcome",
    "server message",
    "user",
)
SINGLE_SOURCE = "single revocation"

_SINGLE_TARGET = re.compile(r"assertion (?P<id>[^\s:]+)(?:: (?P<rest>.*))?", re.DOTALL)
"""``assertion <id>: <recipient> · <badge class>``, or ``assertion <id>`` (older entries)."""
_BATCH_ROW_TARGET = re.compile(r"batch (?P<batch>\d+) row (?P<row>\d+):")
"""How a batch's rows name themselves in the audit log (``services/revocation_submission.py``)."""


@dataclass(frozen=True)
class HistoryEntry:
    """One line of the history: a submitted batch, or one single revocation."""

    when: datetime
    """A batch's last sent row, or when a single was written to the audit log (aware, UTC)."""
    kind: Literal["batch", "single"]
    title: str
    """The batch's name, or "recipient · badge class" for a single."""
    batch_id: int | None
    revoked: int
    failed: int
    skipped: int
    pending: int
    """Rows not settled: never sent, or sent without a known answer yet."""
    user: str | None
    detail: str
    """A single's reason (done) or error (failed); empty for a batch."""
    entity_id: str | None
    """The assertion a single revoked."""
    outcome: str = ""
    """A single's audit outcome (``ok``, ``failed``, ``unknown``: the answer never came);
    empty for a batch."""


@dataclass(frozen=True)
class SingleTarget:
    """What a single revocation's audit target says."""

    entity_id: str | None
    recipient: str = ""
    badgeclass: str = ""

    @property
    def title(self) -> str:
        named = " · ".join(part for part in (self.recipient, self.badgeclass) if part)
        return named or f"assertion {self.entity_id or '?'}"


def parse_single_target(target: str) -> SingleTarget:
    """The parts of ``single_revocation_target(...)``; an older entry has only the id, and a
    target in no known shape is kept whole as the recipient."""
    found = _SINGLE_TARGET.fullmatch(target)
    if found is None:
        return SingleTarget(None, target.strip())
    # A recipient (email, URL, phone) has no "·"; a badge class name may.
    recipient, _, badgeclass = (found["rest"] or "").partition("·")
    return SingleTarget(found["id"], recipient.strip(), badgeclass.strip())


@dataclass(frozen=True)
class _Sources:
    batches: list[BatchSummary]
    singles: list[AuditEntry]
    row_users: dict[tuple[int, int], str | None]
    """(batch id, row id) → who last sent that row, from the audit log."""
    batch_users: dict[int, str | None]
    """Batch id → who last sent a row of it."""


def _sources(store: DraftStore, profile: str) -> _Sources:
    entries = store.audit_entries(profile)  # newest first
    singles = [entry for entry in entries if entry.operation == SINGLE_REVOCATION]
    row_users: dict[tuple[int, int], str | None] = {}
    batch_users: dict[int, str | None] = {}
    for entry in entries:
        if entry.operation == SINGLE_REVOCATION:
            continue
        found = _BATCH_ROW_TARGET.match(entry.target)
        if found is None or not entry.operation.startswith("batch revoke"):
            continue
        batch_id, row_id = int(found["batch"]), int(found["row"])
        row_users.setdefault((batch_id, row_id), entry.user)
        batch_users.setdefault(batch_id, entry.user)
    batches = [
        s for s in store.summaries(profile, kind=BatchKind.REVOKE) if s.last_sent is not None
    ]
    return _Sources(batches, singles, row_users, batch_users)


def _batch_entry(summary: BatchSummary, user: str | None) -> HistoryEntry:
    counts = summary.counts
    assert summary.last_sent is not None
    return HistoryEntry(
        when=summary.last_sent,
        kind="batch",
        title=summary.batch.name,
        batch_id=summary.batch.id,
        revoked=counts.revoked,
        failed=counts.failed,
        skipped=counts.skipped,
        pending=counts.pending + counts.sending,
        user=user,
        detail="",
        entity_id=None,
    )


def _single_entry(entry: AuditEntry) -> tuple[HistoryEntry, SingleTarget]:
    target = parse_single_target(entry.target)
    made = HistoryEntry(
        when=entry.at,
        kind="single",
        title=target.title,
        batch_id=None,
        revoked=int(entry.outcome == Outcome.OK),
        failed=int(entry.outcome == Outcome.FAILED),
        skipped=0,
        pending=0,
        user=entry.user,
        detail=entry.detail,
        entity_id=target.entity_id,
        outcome=entry.outcome,
    )
    return made, target


def _entries(sources: _Sources) -> list[tuple[HistoryEntry, SingleTarget | None]]:
    entries: list[tuple[HistoryEntry, SingleTarget | None]] = [
        (_batch_entry(s, sources.batch_users.get(s.batch.id)), None) for s in sources.batches
    ]
    entries += [_single_entry(entry) for entry in sources.singles]
    # Stable: singles written in the same millisecond keep the audit log's order.
    return sorted(entries, key=lambda pair: pair[0].when, reverse=True)


def revocation_history(store: DraftStore, profile: str) -> list[HistoryEntry]:
    """Submitted revocation batches (a row sent at least once) and single revocations of any
    outcome, newest first. Runs where the store lives: ``drafts.run(lambda s: ...)``."""
    return [entry for entry, _target in _entries(_sources(store, profile))]


def _when(value: datetime | None) -> str:
    return format_datetime(value) if value is not None else ""


def _history_lines(store: DraftStore, sources: _Sources) -> Iterator[Sequence[str]]:
    batches = {summary.batch.id: summary.batch for summary in sources.batches}
    for entry, target in _entries(sources):
        if target is not None:
            ok = entry.outcome == Outcome.OK
            yield (
                _when(entry.when),
                SINGLE_SOURCE,
                entry.entity_id or "",
                target.recipient,
                target.badgeclass,
                entry.detail if ok else "",
                entry.outcome,
                "" if ok else entry.detail,
                entry.user or "",
            )
            continue
        assert entry.batch_id is not None
        batch = batches[entry.batch_id]
        fallback = batch.badgeclass.name if batch.badgeclass else ""
        for row in store.revocations.rows(batch.id):
            message = row.error or (row.target.note if row.state == RowState.SKIPPED else "")
            yield (
                _when(row.sent_at),
                batch.name,
                row.target.entity_id or "",
                row.target.identity,
                row.target.badgeclass_name or fallback,
                row.reason_in(batch.reason),
                row.state,
                message,
                sources.row_users.get((batch.id, row.id)) or "",
            )


def write_history_csv(store: DraftStore, profile: str, path: Path) -> int:
    """Every row of every submitted revocation batch (whatever its state) and every single
    revocation, newest entry first, as CSV (``csvfile.write_csv``); returns the lines
    written. Runs where the store lives."""
    sources = _sources(store, profile)
    return write_csv(path, HISTORY_HEADER, _history_lines(store, sources))
