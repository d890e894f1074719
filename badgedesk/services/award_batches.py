"""Award batches as a person works on them: drafted offline, edited row by row, handed to a
colleague as a file, sent through the outbox, and their outcome exported.

Each coroutine here is one transaction on the store's thread. The edits a person types
(``rename``, ``edit_row``, ``delete_rows``…) return the store's future instead of being
coroutines: they are queued for the disk the moment they are called, in call order, so an edit
is never lost nor overtaken by a later one, even if nobody awaits it. While a batch is being
sent nothing in it may change: the engine sends what the store held when the run started, and
each round reads the rows again.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from badgedesk.core.batches import BadgeClassChoice, Batch, BatchDefaults, DraftRow, RowFields
from badgedesk.core.states import BatchKind, RowState
from badgedesk.services.batch_files import (
    SUFFIX,
    read_batch_file,
    write_batch_file,
    write_results_csv,
)
from badgedesk.services.batches import BatchBusyError, BatchService
from badgedesk.services.changes import AwardsMade, Change
from badgedesk.services.submission import DEFAULT_CONCURRENCY, BatchSubmission
from badgedesk.store.database import transaction
from badgedesk.store.thread import Stores

T = TypeVar("T")


@dataclass(frozen=True)
class BatchFileSaved:
    """A batch written as a file for a colleague."""

    path: Path
    """Where it went (``SUFFIX`` added when the name lacked it)."""
    rows: int
    """Rows written: those not yet (possibly) sent."""
    left_out: int
    """Rows already awarded, which a colleague must not award again."""


class AwardBatches(BatchService[DraftRow]):
    """The award batches of the profile in use."""

    kind = BatchKind.AWARD
    badgeclass_draft: Callable[[str], Awaitable[str]] | None = None
    """Gives the ``entityId`` of a badge class drafted offline that a batch names, sending it
    first if need be (``BadgeClassDrafts.resolve``)."""

    # ------------------------------------------------------------ batches

    async def create_batch(
        self,
        name: str,
        badgeclass: BadgeClassChoice | None = None,
        defaults: BatchDefaults | None = None,
        rows: Sequence[RowFields] = (),
    ) -> Batch:
        """A new batch with its rows, in one transaction: a failure leaves no empty batch."""
        profile = self.profile

        def create(s: Stores) -> Batch:
            with transaction(s.connection):
                batch = s.drafts.create_batch(profile, name, badgeclass, defaults)
                if rows:
                    s.drafts.add_rows(batch.id, rows)
            return s.drafts.batch(batch.id)

        return await self.store.run(create)

    async def rows(self, batch_id: int) -> list[DraftRow]:
        return await self.store.run(lambda s: s.drafts.rows(batch_id))

    def rename(self, batch_id: int, name: str) -> asyncio.Future[Batch]:
        return self._change(batch_id, lambda s: s.drafts.update_batch(batch_id, name=name))

    def set_badgeclass(self, batch_id: int, badgeclass: BadgeClassChoice) -> asyncio.Future[Batch]:
        return self._change(
            batch_id, lambda s: s.drafts.update_batch(batch_id, badgeclass=badgeclass)
        )

    def set_defaults(self, batch_id: int, defaults: BatchDefaults) -> asyncio.Future[Batch]:
        return self._change(batch_id, lambda s: s.drafts.update_batch(batch_id, defaults=defaults))

    # ------------------------------------------------------------ rows

    def add_rows(
        self, batch_id: int, fields: Sequence[RowFields], *, after: float | None = None
    ) -> asyncio.Future[list[DraftRow]]:
        """New rows at the end, or after the row at position ``after``; returns them stored."""
        return self._change(batch_id, lambda s: s.drafts.add_rows(batch_id, fields, after=after))

    def edit_row(self, row_id: int, fields: RowFields) -> asyncio.Future[DraftRow]:
        """Change what a row says (a failed row goes back to pending); refused by the store
        for a row that was (possibly) sent."""
        return self.store.submit(lambda s: s.drafts.update_row(row_id, fields))

    def delete_rows(self, row_ids: Sequence[int]) -> asyncio.Future[list[DraftRow]]:
        """Delete rows not (possibly) sent; returns them as they were, for ``restore_rows``."""
        ids = list(row_ids)
        return self.store.submit(lambda s: s.drafts.delete_rows(ids))

    def restore_rows(self, batch_id: int, rows: Sequence[DraftRow]) -> asyncio.Future[None]:
        """Put rows ``delete_rows`` returned back exactly as they were (an undo)."""
        kept = list(rows)
        return self._change(batch_id, lambda s: s.drafts.restore_rows(batch_id, kept))

    # ------------------------------------------------------------ files

    async def export_results(self, batch_id: int, path: Path) -> int:
        """Each row's outcome as CSV, for whoever keeps the records; returns the row count.
        Raises ``OSError`` when the file cannot be written."""
        rows = await self.rows(batch_id)
        return await asyncio.to_thread(write_results_csv, path, rows)

    async def export_batch_file(self, batch_id: int, path: Path) -> BatchFileSaved:
        """The batch as a file for a colleague, without the rows already sent. Raises
        ``OSError`` when the file cannot be written."""
        if not path.name.endswith(SUFFIX):
            path = path.with_name(path.name.removesuffix(".json") + SUFFIX)
        batch = await self.batch(batch_id)
        rows = await self.rows(batch_id)
        written = await asyncio.to_thread(write_batch_file, path, batch, rows)
        awarded = sum(row.state == RowState.AWARDED for row in rows)
        return BatchFileSaved(path, written, awarded)

    async def import_batch_file(self, path: Path) -> tuple[Batch, int]:
        """A colleague's batch file becomes a new batch here: (the batch, its row count).
        Raises ``BatchFileRefused`` for a file that is not a batch, ``OSError`` for one that
        cannot be read."""
        found = await asyncio.to_thread(read_batch_file, path)
        batch = await self.create_batch(found.name, found.badgeclass, found.defaults, found.rows)
        return batch, len(found.rows)

    # ------------------------------------------------------------ sending

    def _new_run(self, batch_id: int, **options: int) -> BatchSubmission:
        """``concurrency``: requests in flight at once (``DEFAULT_CONCURRENCY`` when not
        given)."""
        concurrency = options.pop("concurrency", DEFAULT_CONCURRENCY)
        if options:
            raise TypeError(f"unknown options of an award run: {sorted(options)}")
        return BatchSubmission(
            self.store,
            self.client,
            self.who,
            batch_id,
            concurrency=concurrency,
            badgeclass_draft=self.badgeclass_draft,
        )

    def _changes(self, batch: Batch | None, settled: Sequence[DraftRow]) -> list[Change]:
        badgeclass = batch.badgeclass.entity_id if batch and batch.badgeclass else None
        made = {
            row.id: row.entity_id
            for row in settled
            if row.state == RowState.AWARDED and row.entity_id is not None
        }
        if badgeclass is None or not made:
            return []
        return [AwardsMade(badgeclass, tuple(made.values()))]

    # ------------------------------------------------------------ plumbing

    def _change(self, batch_id: int, work: Callable[[Stores], T]) -> asyncio.Future[T]:
        """Queue a change to a batch now; refused (the future's error) while it is sent."""
        if self.busy(batch_id):
            refused: asyncio.Future[T] = asyncio.get_running_loop().create_future()
            refused.set_exception(BatchBusyError(batch_id))
            return refused
        return self.store.submit(work)
