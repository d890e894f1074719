"""Revocation batches as a person works with them: start one (from a selection, or empty for a
CSV), edit its rows and reasons offline, check them with the server, send it in chunks through
the outbox, export what became of each row, and read the history of what was revoked.

Every store use goes through the store's thread, each use case in one transaction; what a run
revoked is published (``AwardsRevoked``) so the Assertions tab follows without F5. No Qt here.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from badgedesk.api.client import BadgesClient
from badgedesk.api.errors import AuthenticationError
from badgedesk.core.batches import Batch, RevocationRow, RevocationTarget
from badgedesk.core.states import BatchKind, RowState
from badgedesk.services.batches import BatchBusyError, BatchService
from badgedesk.services.changes import AwardsRevoked, Change, Changes
from badgedesk.services.outbox import OutagePolicy
from badgedesk.services.revocation_check import CheckReport, check_rows
from badgedesk.services.revocation_history import (
    HistoryEntry,
    revocation_history,
    write_history_csv,
)
from badgedesk.services.revocation_results import write_results_csv
from badgedesk.services.revocation_submission import DEFAULT_CHUNK_SIZE, RevocationSubmission
from badgedesk.store.database import transaction
from badgedesk.store.thread import Stores, StoreThread


class RevocationBatches(BatchService[RevocationRow]):
    """The revocation batches of the profile in use. A batch being checked with the server is
    as busy as one being sent: it can neither be sent, checked again nor deleted meanwhile."""

    kind = BatchKind.REVOKE

    def __init__(
        self,
        store: StoreThread,
        client: Callable[[], BadgesClient | None],
        who: Callable[[], tuple[str, str | None]],
        changes: Changes,
        *,
        outage: OutagePolicy | None = None,
    ) -> None:
        super().__init__(store, client, who, changes)
        self.outage = outage
        """How runs ride out an unreachable server (``None``: the outbox's default)."""
        self.checking: set[int] = set()
        """Batches being checked with the server."""

    # ------------------------------------------------------------ drafting

    async def create_batch(
        self, name: str, targets: Sequence[RevocationTarget] = (), *, reason: str = ""
    ) -> Batch:
        """A new batch with its rows, in one transaction: a failure leaves no batch behind."""
        profile = self.profile

        def create(stores: Stores) -> Batch:
            with transaction(stores.connection):
                batch = stores.drafts.create_batch(
                    profile, name, kind=BatchKind.REVOKE, reason=reason
                )
                stores.revocations.add_rows(batch.id, targets)
            return batch

        return await self.store.run(create)

    async def rows(self, batch_id: int) -> list[RevocationRow]:
        return await self.store.run(lambda s: s.revocations.rows(batch_id))

    async def batch_with_rows(self, batch_id: int) -> tuple[Batch, list[RevocationRow]]:
        """The batch and its rows as stored, read together."""
        return await self.store.run(
            lambda s: (s.drafts.batch(batch_id), s.revocations.rows(batch_id))
        )

    async def rename_batch(self, batch_id: int, name: str) -> Batch:
        return await self.store.run(lambda s: s.drafts.update_batch(batch_id, name=name))

    async def set_batch_reason(self, batch_id: int, reason: str) -> Batch:
        """The reason of every row without its own; refused while rows may have been sent
        with the one before."""
        return await self.store.run(lambda s: s.drafts.update_batch(batch_id, reason=reason))

    async def set_reason(self, row_ids: Sequence[int], reason: str) -> list[RevocationRow]:
        """Rows' own reason (empty: the batch's); the rows as they now are."""
        return await self.store.run(lambda s: s.revocations.set_reason(row_ids, reason))

    async def add_targets(
        self, batch_id: int, targets: Sequence[RevocationTarget]
    ) -> list[RevocationRow]:
        """Append rows; an award the batch already holds is not added twice. The rows added."""
        return await self.store.run(lambda s: s.revocations.add_rows(batch_id, targets))

    async def delete_rows(self, row_ids: Sequence[int]) -> list[RevocationRow]:
        return await self.store.run(lambda s: s.revocations.delete_rows(row_ids))

    async def restore_rows(self, batch_id: int, rows: Sequence[RevocationRow]) -> None:
        """Put deleted rows back where they were (undo)."""
        await self.store.run(lambda s: s.revocations.restore_rows(batch_id, rows))

    # ------------------------------------------------------------ the server

    def busy(self, batch_id: int) -> bool:
        return super().busy(batch_id) or batch_id in self.checking

    async def check(
        self,
        batch_id: int,
        *,
        badgeclass_names: Mapping[str, str],
        on_progress: Callable[[CheckReport], None] = lambda _: None,
        on_row: Callable[[RevocationRow], None] = lambda _: None,
    ) -> CheckReport:
        """Ask the server about every row not sent yet, recording each answer as it comes
        (``check_rows``). ``BatchBusyError`` while the batch is sent or checked,
        ``AuthenticationError`` when signed out, ``ApiError`` when the check ends early."""
        if self.busy(batch_id):
            raise BatchBusyError(batch_id)
        client = self.client()
        if client is None:
            raise AuthenticationError
        self.checking.add(batch_id)
        try:
            await self.saved()
            return await check_rows(
                self.store,
                client,
                batch_id,
                badgeclass_names=badgeclass_names,
                on_progress=on_progress,
                on_row=on_row,
            )
        finally:
            self.checking.discard(batch_id)

    async def export_results(self, batch_id: int, path: Path) -> int:
        """Each row with its outcome to a CSV file (off the event loop); the rows written.
        ``OSError`` when the file cannot be written."""
        batch, rows = await self.batch_with_rows(batch_id)
        return await asyncio.to_thread(write_results_csv, path, rows, batch.reason)

    # ------------------------------------------------------------ history

    async def history(self) -> list[HistoryEntry]:
        """Submitted revocation batches and single revocations of this profile, newest first."""
        profile = self.profile
        return await self.store.run(lambda s: revocation_history(s.drafts, profile))

    async def export_history(self, path: Path) -> int:
        """The history, row by row, to a CSV file; the lines written (``OSError`` when the
        file cannot be written)."""
        profile = self.profile
        return await self.store.run(lambda s: write_history_csv(s.drafts, profile, path))

    # ------------------------------------------------------------ per kind

    def _new_run(self, batch_id: int, **options: int) -> RevocationSubmission:
        """``chunk_size``: awards per request (``DEFAULT_CHUNK_SIZE`` when not given)."""
        chunk_size = options.pop("chunk_size", DEFAULT_CHUNK_SIZE)
        if options:
            raise TypeError(f"unknown options of a revocation run: {sorted(options)}")
        return RevocationSubmission(
            self.store,
            self.client,
            self.who,
            batch_id,
            chunk_size=chunk_size,
            outage=self.outage,
        )

    def _changes(self, batch: Batch | None, settled: Sequence[RevocationRow]) -> list[Change]:
        """The awards the run revoked, one change per reason they were revoked with."""
        batch_reason = batch.reason if batch is not None else ""
        by_reason: dict[str, dict[str, None]] = {}
        for row in settled:
            if row.state == RowState.REVOKED and row.target.entity_id:
                by_reason.setdefault(row.reason_in(batch_reason), {})[row.target.entity_id] = None
        return [AwardsRevoked(tuple(ids), reason) for reason, ids in by_reason.items()]
