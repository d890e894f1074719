"""Sending a revocation batch through its outbox: in chunks, each award revoked once.

``RevocationSubmission`` sends the rows through ``POST /v2/assertions/revoke`` in chunks. A
chunk's rows are marked ``sending`` (committed) before the request leaves; each row is settled
from the server's per-item answer (``revoked``, ``reason``, ``code``). When the answer is
lost, each row of the chunk is read back with a GET before anything is resent: revoked means
done, live means send again. Rows a crash left ``sending`` are checked the same way first.
The rows are checked with the server beforehand (``revocation_check``); what blocks a batch
is in ``revocation_rules``. No widgets.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime

from badgedesk.api.client import BadgesClient
from badgedesk.api.errors import ApiError, AuthenticationError, NotFoundError, error_text
from badgedesk.api.models import Assertion, RevocationRequest, RevocationResult
from badgedesk.core.batches import AuditRecord, Batch, RevocationRow, Settlement
from badgedesk.core.states import BatchKind, Outcome, RowState
from badgedesk.services.outbox import (
    Abandoned,
    OutagePolicy,
    OutboxRun,
    SubmissionRefused,
    Verdict,
    together,
    verdict_of,
)
from badgedesk.services.revocation_check import LOOKUP_CONCURRENCY
from badgedesk.services.revocation_rules import batch_problems
from badgedesk.store.thread import Stores, StoreThread

log = logging.getLogger(__name__)

DEFAULT_CHUNK_SIZE = 100
MAX_CHUNK_SIZE = 1000

OPERATION = "batch revoke"
RECONCILED = "batch revoke (reconciled)"
_FINAL_CODES = frozenset({"not_found", "missing_reason", "missing_entity_id"})
"""Per-item refusals that the same row sent again cannot overcome."""
_REASON_CODES = {
    "permission denied or object not found": "not_found",
    "entityid is required": "missing_entity_id",
    "revocationreason is required": "missing_reason",
}
"""The code of each reason the open-source server gives, which sends no ``code`` (its
recorded batch answers); the hosted service sends both."""
_ALREADY_REVOKED = "already_revoked"
NO_ITEM_ANSWER = "The server's answer said nothing about this award."
ABANDONED = "Cancelled before the server answered: read back before any resend."


class RevocationSubmission(OutboxRun[RevocationRow]):
    """One run of one revocation batch, a chunk at a time; ``pause`` takes effect between
    chunks, ``cancel`` abandons the request in flight, ``drain`` lets it finish."""

    def __init__(
        self,
        drafts: StoreThread,
        client: Callable[[], BadgesClient | None],
        who: Callable[[], tuple[str, str | None]],
        batch_id: int,
        *,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        outage: OutagePolicy | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        if not 1 <= chunk_size <= MAX_CHUNK_SIZE:
            raise ValueError(f"chunk_size must be between 1 and {MAX_CHUNK_SIZE}")
        super().__init__(drafts, client, who, batch_id, outage=outage, clock=clock)
        self.chunk_size = chunk_size

    # ------------------------------------------------------------ per kind

    def _refuse_batch(self, batch: Batch) -> None:
        if batch.kind != BatchKind.REVOKE:
            raise ValueError(f"batch {self.batch_id} is not a revocation batch")

    async def _reset_failed(self, row_ids: Sequence[int]) -> None:
        await self._drafts.run(lambda s: s.revocations.reset_failed(self.batch_id, row_ids))

    def _refuse_rows(self, batch: Batch, rows: Sequence[RevocationRow]) -> None:
        """Rows left ``sending`` were sent already: only the pending ones are judged."""
        problems = batch_problems(batch, [row for row in rows if row.state == RowState.PENDING])
        if problems:
            raise SubmissionRefused(*problems)

    async def _unsettled_rows(self) -> list[RevocationRow]:
        return await self._drafts.run(
            lambda s: s.revocations.rows(self.batch_id, (RowState.PENDING, RowState.SENDING))
        )

    async def _reconcile(self, batch: Batch, rows: Sequence[RevocationRow]) -> list[RevocationRow]:
        return await self._read_back_all(batch, rows)

    async def _send(self, batch: Batch, to_send: Sequence[RevocationRow]) -> None:
        """Chunk by chunk."""
        for start in range(0, len(to_send), self.chunk_size):
            if not await self._wait_running():
                break
            await self._send_chunk(batch, to_send[start : start + self.chunk_size])

    async def _send_chunk(self, batch: Batch, rows: Sequence[RevocationRow]) -> None:
        """Send one chunk once; its rows are settled, back to pending, or left ``sending``
        when nobody can tell."""
        client = self._client()
        if client is None:
            self._stop_for(AuthenticationError())
            return
        ids = [row.id for row in rows]
        marked = await self._drafts.run(lambda s: s.revocations.mark_sending(ids))
        # Only what is committed as "sending" may leave (another write may have won a row).
        rows = [row for row in marked if row.state == RowState.SENDING]
        if not rows:
            return
        self.progress.in_doubt += len(rows)
        for row in rows:
            self._on_row(row)
        requests = [
            RevocationRequest(
                revocation_reason=row.reason_in(batch.reason), entity_id=row.target.entity_id
            )
            for row in rows
        ]
        try:
            results = await self._network(client.revoke_assertions(requests))
        except Abandoned:
            await self._audit_only(rows, Outcome.UNKNOWN, ABANDONED)
            return
        except ApiError as error:
            await self._after_error(batch, rows, error)
            return
        answered, unanswered = _pair(rows, results)
        await self._settle(
            [
                self._from_answer(batch, row, result)
                for row, result in answered
                if not _already_revoked(result)
            ]
        )
        for row, result in answered:
            if _already_revoked(result):
                await self._settle([await self._already_revoked(batch, row, result)])
        if unanswered:
            # The server left these out: nobody knows whether they were revoked.
            await self._audit_only(unanswered, Outcome.UNKNOWN, NO_ITEM_ANSWER)
            await self._read_back_all(batch, unanswered, lost=NO_ITEM_ANSWER)

    def _from_answer(
        self, batch: Batch, row: RevocationRow, result: RevocationResult
    ) -> Settlement:
        reason = row.reason_in(batch.reason)
        if result.revoked:
            return Settlement(
                row.id, RowState.REVOKED, audit=self._audit(row, OPERATION, Outcome.OK, reason)
            )
        text = result.reason or "The server did not revoke this award."
        code = result.code or _REASON_CODES.get(text.strip().lower(), "")
        return self._refused(
            row, RowState.FAILED, text, code=code, retriable=code not in _FINAL_CODES
        )

    async def _already_revoked(
        self, batch: Batch, row: RevocationRow, result: RevocationResult
    ) -> Settlement:
        """The server says the award was revoked already: perhaps by this row's earlier send
        (a killed run's request that landed late), perhaps by someone else. Its reason says
        which; when it cannot be read, the row is skipped with the server's words."""
        text = result.reason or "Assertion is already revoked"
        code = result.code or _ALREADY_REVOKED
        await self._audit_only([row], Outcome.FAILED, text)
        try:
            assertion = await self._read_back(row)
        except (Abandoned, ApiError):
            return Settlement(row.id, RowState.SKIPPED, error=text, code=code)
        settled = self._from_read_back(batch, row, assertion)
        if settled.state == RowState.SKIPPED:
            return replace(settled, code=code, audit=None)
        return settled

    async def _after_error(
        self, batch: Batch, rows: Sequence[RevocationRow], error: ApiError
    ) -> None:
        verdict = verdict_of(error)
        text = error_text(error)
        if verdict is Verdict.FINAL:
            retriable = not isinstance(error, NotFoundError) and error.status_code != 400
            await self._settle(
                [self._refused(row, RowState.FAILED, text, retriable=retriable) for row in rows]
            )
            return
        if verdict is Verdict.AMBIGUOUS:
            await self._audit_only(rows, Outcome.UNKNOWN, text)
            await self._read_back_all(batch, rows, lost=text)
            return
        await self._settle([self._refused(row, RowState.PENDING, text) for row in rows])
        self._stop_for(error)

    async def _read_back_all(
        self, batch: Batch, rows: Sequence[RevocationRow], *, lost: str = ""
    ) -> list[RevocationRow]:
        """Read back rows that may have been sent; return those still live (now pending, with
        ``lost`` — why their answer was lost — as their error). A row that met that
        ``OutagePolicy.strikes`` times fails with it; a row nobody can tell about stays
        ``sending`` and the run holds."""
        gate = asyncio.Semaphore(LOOKUP_CONCURRENCY)
        again: list[RevocationRow] = []

        async def one(row: RevocationRow) -> None:
            async with gate:
                if not self.dispatching:
                    return
                try:
                    assertion = await self._read_back(row)
                except Abandoned:
                    return
                except NotFoundError as error:
                    failed = self._refused(
                        row, RowState.FAILED, error_text(error), operation=RECONCILED
                    )
                    await self._settle([failed])
                    return
                except ApiError as error:
                    log.info("read-back of row %d failed: %s", row.id, type(error).__name__)
                    self._stop_for(error)
                    return
            if assertion.revoked:
                await self._settle([self._from_read_back(batch, row, assertion)])
            elif lost and self._strike(row.id):
                await self._settle(
                    [
                        self._refused(
                            row, RowState.FAILED, lost, operation=RECONCILED, retriable=True
                        )
                    ]
                )
            else:
                (pending,) = await self._settle(
                    [Settlement(row.id, RowState.PENDING, error=lost)], report=False
                )
                again.append(pending)

        await together(one(row) for row in rows)
        return sorted(again, key=lambda row: row.position)

    def _from_read_back(self, batch: Batch, row: RevocationRow, assertion: Assertion) -> Settlement:
        """A revoked award with our reason was (most likely) revoked by this row; with another
        reason, someone else revoked it first."""
        reason = row.reason_in(batch.reason)
        if (assertion.revocation_reason or "").strip() == reason:
            return Settlement(
                row.id, RowState.REVOKED, audit=self._audit(row, RECONCILED, Outcome.OK, reason)
            )
        text = f"Already revoked: {assertion.revocation_reason or 'no reason given'}"
        return self._refused(row, RowState.SKIPPED, text, operation=RECONCILED)

    async def _read_back(self, row: RevocationRow) -> Assertion:
        """GET the row's assertion (the client tries again while that is safe and useful)."""
        assert row.target.entity_id is not None
        client = self._client()
        if client is None:
            raise AuthenticationError
        return await self._network(client.get_assertion(row.target.entity_id))

    # ------------------------------------------------------------ bookkeeping

    async def _settle(
        self, settlements: Sequence[Settlement], *, report: bool = True
    ) -> list[RevocationRow]:
        """Record where rows ended up. Every row a run settles is one it marked ``sending``
        (or found so), so each leaves the rows in doubt."""
        if not settlements:
            return []
        settled = await self._drafts.run(lambda s: s.revocations.settle(settlements))
        self.progress.in_doubt -= len(settled)
        for row in settled:
            if row.state == RowState.REVOKED:
                self.progress.succeeded += 1
            elif row.state == RowState.FAILED:
                self.progress.failed += 1
            elif row.state == RowState.SKIPPED:
                self.progress.skipped += 1
            self._on_row(row)
        if report:
            self._report()
        return settled

    async def _audit_only(
        self, rows: Sequence[RevocationRow], outcome: Outcome, detail: str
    ) -> None:
        records = [self._audit(row, OPERATION, outcome, detail) for row in rows]

        def write(stores: Stores) -> None:
            for record in records:
                stores.drafts.audit(record)

        await self._drafts.run(write)

    def _refused(
        self,
        row: RevocationRow,
        state: RowState,
        text: str,
        *,
        operation: str = OPERATION,
        retriable: bool = False,
        code: str = "",
    ) -> Settlement:
        """A row that was not revoked (failed, back to pending, skipped), with ``text`` as its
        error and in its audit entry."""
        return Settlement(
            row.id,
            state,
            error=text,
            code=code,
            retriable=retriable,
            audit=self._audit(row, operation, Outcome.FAILED, text),
        )

    def _audit(
        self, row: RevocationRow, operation: str, outcome: Outcome, detail: str
    ) -> AuditRecord:
        profile, user = self._who()
        recipient = f" ({row.target.identity})" if row.target.identity else ""
        return AuditRecord(
            profile=profile,
            user=user,
            operation=operation,
            target=(
                f"batch {self.batch_id} row {row.id}: assertion {row.target.entity_id}{recipient}"
            ),
            outcome=outcome,
            detail=detail,
        )


def _already_revoked(result: RevocationResult) -> bool:
    text = (result.reason or "").lower()
    return not result.revoked and (result.code == _ALREADY_REVOKED or "already revoked" in text)


def _pair(
    rows: Sequence[RevocationRow], results: Sequence[RevocationResult]
) -> tuple[list[tuple[RevocationRow, RevocationResult]], list[RevocationRow]]:
    """Each row with its per-item answer: by entityId, or by place when the answer names
    none. Rows without an answer come back second."""
    by_key = {result.key: result for result in results if result.key}
    answered: list[tuple[RevocationRow, RevocationResult]] = []
    unanswered: list[RevocationRow] = []
    for index, row in enumerate(rows):
        result = by_key.get(row.target.entity_id or "")
        if result is None and index < len(results) and not results[index].key:
            result = results[index]
        if result is None:
            unanswered.append(row)
        else:
            answered.append((row, result))
    return answered, unanswered
