"""What award batches and revocation batches share as use cases: listing and deleting a
profile's batches, and sending one through its outbox while a person watches, pauses,
cancels or quits.

A service per kind (``AwardBatches``, ``RevocationBatches``) builds on ``BatchService``: it
says how a batch of its kind is sent (``_new_run``) and what a finished run changed on the
server (``_changes``), which is published so every tab that shows those awards follows. The
runs under way live here, not in a widget: a quit drains them, a profile switch cancels them,
whichever tab asks.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import Generic, Protocol, TypeVar

from badgedesk.api.client import BadgesClient
from badgedesk.core.batches import Batch, BatchSummary
from badgedesk.core.states import BatchKind
from badgedesk.services.changes import BatchSettled, Change, Changes
from badgedesk.services.outbox import SubmissionProgress
from badgedesk.store.thread import StoreThread

RowT = TypeVar("RowT")
RowT_co = TypeVar("RowT_co", covariant=True)


class BatchRun(Protocol[RowT_co]):
    """One run of one batch's outbox, as ``OutboxRun`` subclasses offer it."""

    batch_id: int
    progress: SubmissionProgress

    @property
    def batch(self) -> Batch | None:
        """The batch as the run read it when it began (None before)."""

    async def run(
        self,
        *,
        on_progress: Callable[[SubmissionProgress], None] | None = None,
        on_row: Callable[[RowT_co], None] | None = None,
        retry_rows: Sequence[int] = (),
        retry_failed: bool = False,
    ) -> SubmissionProgress: ...

    def pause(self) -> None: ...

    def resume(self) -> None: ...

    def cancel(self) -> None: ...

    def drain(self) -> None: ...

    def retry_now(self) -> None: ...


class BatchBusyError(Exception):
    """The batch is being sent: it cannot be deleted or sent a second time."""


class BatchService(Generic[RowT]):
    """The batches of one kind for the profile in use, and the runs sending them."""

    kind: BatchKind

    def __init__(
        self,
        store: StoreThread,
        client: Callable[[], BadgesClient | None],
        who: Callable[[], tuple[str, str | None]],
        changes: Changes,
    ) -> None:
        self.store = store
        self.client = client
        self.who = who
        """(profile name, user name) of the session: the batches and audit entries of that
        profile."""
        self.changes = changes
        self.runs: dict[int, BatchRun[RowT]] = {}
        """Batch id → its run while it is sent."""

    @property
    def profile(self) -> str:
        return self.who()[0]

    # ------------------------------------------------------------ batches

    async def summaries(self, batch_ids: Collection[int] | None = None) -> list[BatchSummary]:
        """Every batch of this kind and profile with its counts, most recently changed first;
        only those of ``batch_ids`` when given."""
        profile, kind = self.profile, self.kind
        return await self.store.run(lambda s: s.drafts.summaries(profile, kind, batch_ids))

    async def batch(self, batch_id: int) -> Batch:
        return await self.store.run(lambda s: s.drafts.batch(batch_id))

    async def delete_batch(self, batch_id: int) -> None:
        """Delete a batch and its rows; refused while it is being sent."""
        if self.busy(batch_id):
            raise BatchBusyError(batch_id)
        await self.store.run(lambda s: s.drafts.delete_batch(batch_id))

    async def saved(self) -> None:
        """Once every write queued before this call is on disk (the store's thread works in
        order), e.g. edits typed just before Submit."""
        await self.store.run(lambda _stores: None)

    # ------------------------------------------------------------ sending

    def busy(self, batch_id: int) -> bool:
        """Whether the batch is being sent and so cannot change or go."""
        return batch_id in self.runs

    async def submit(
        self,
        batch_id: int,
        *,
        on_progress: Callable[[SubmissionProgress], None] | None = None,
        on_row: Callable[[RowT], None] | None = None,
        retry_rows: Sequence[int] = (),
        retry_failed: bool = False,
        **options: int,
    ) -> SubmissionProgress:
        """Send one batch through its outbox (``options`` tune the run: concurrency, chunk
        size). What the run changed on the server is published when it ends, however it ends,
        and so is the batch's settling."""
        await self.saved()
        if self.busy(batch_id):  # checked after the waits: a second submit may have begun
            raise BatchBusyError(batch_id)
        run = self._new_run(batch_id, **options)
        self.runs[batch_id] = run
        settled: list[RowT] = []

        def row_settled(row: RowT) -> None:
            settled.append(row)
            if on_row is not None:
                on_row(row)

        try:
            return await run.run(
                on_progress=on_progress,
                on_row=row_settled,
                retry_rows=retry_rows,
                retry_failed=retry_failed,
            )
        finally:
            del self.runs[batch_id]
            for change in self._changes(run.batch, settled):
                self.changes.publish(change)
            self.changes.publish(BatchSettled(batch_id, self.kind))

    def pause(self, batch_id: int) -> None:
        if run := self.runs.get(batch_id):
            run.pause()

    def resume(self, batch_id: int) -> None:
        if run := self.runs.get(batch_id):
            run.resume()

    def cancel(self, batch_id: int) -> None:
        """Stop sending: requests in flight are abandoned, their rows checked next time."""
        if run := self.runs.get(batch_id):
            run.cancel()

    def retry_now(self, batch_id: int) -> None:
        """End a hold now instead of waiting it out."""
        if run := self.runs.get(batch_id):
            run.retry_now()

    def progress(self, batch_id: int) -> SubmissionProgress | None:
        run = self.runs.get(batch_id)
        return run.progress if run is not None else None

    def drain(self) -> None:
        """Every run sends nothing more; requests in flight finish so their outcome is
        recorded (at a quit, unlike cancel)."""
        for run in list(self.runs.values()):
            run.drain()

    def cancel_all(self) -> None:
        """Every run stops at once (a profile switch must not wait on a silent server, nor
        let a run go on with another server's client)."""
        for run in list(self.runs.values()):
            run.cancel()

    # ------------------------------------------------------------ per kind

    def _new_run(self, batch_id: int, **options: int) -> BatchRun[RowT]:
        raise NotImplementedError

    def _changes(self, batch: Batch | None, settled: Sequence[RowT]) -> list[Change]:
        """What the rows a run of ``batch`` (as the run read it; None if it never began)
        settled changed on the server: awards made, revoked."""
        raise NotImplementedError
