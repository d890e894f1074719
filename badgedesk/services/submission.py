"""Submitting a draft batch: the outbox engine that never awards the same badge twice.

Each row is marked ``sending`` (committed) before its request leaves. When the answer is lost
— a dropped connection, a 5xx, a killed process — nobody knows whether the award landed, so
the row stays ``sending`` until the server is asked whether that recipient holds that badge
class (the ``recipient`` filter): found, it is ``awarded`` with the server's ``entityId``; not
found, it is sent again. Rows left ``sending`` by an earlier run are reconciled before
anything else is sent. A 429, or a request that never left, is simply tried again after a
back-off; what the server refuses (400, 404) is ``failed`` for good with its reason.

No widgets: the Drafts tab, a test process or a command line drive it the same way.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta

from badgedesk.api import (
    ApiError,
    Assertion,
    AuthenticationError,
    BadgesClient,
    NetworkError,
    NotFoundError,
    RateLimitedError,
    ServerError,
)
from badgedesk.services.awards import award_request
from badgedesk.services.batch_rows import (
    defaults_problems,
    duplicate_keys,
    identity_key,
    row_award,
    row_problems,
    sent_identity,
)
from badgedesk.services.drafts import DraftService
from badgedesk.services.outbox import (
    OutboxRun,
    RetryRules,
    Slot,
    Stop,
    SubmissionProgress,
    SubmissionRefused,
    Verdict,
    error_text,
    verdict_of,
)
from badgedesk.store.audit import FAILED as AUDIT_FAILED
from badgedesk.store.audit import OK, UNKNOWN
from badgedesk.store.drafts import (
    AWARDED,
    FAILED,
    PENDING,
    SENDING,
    AuditRecord,
    Batch,
    DraftRow,
)

__all__ = ["BatchSubmission", "Stop", "SubmissionProgress", "SubmissionRefused", "error_text"]

log = logging.getLogger(__name__)

DEFAULT_CONCURRENCY = 4
CLOCK_TOLERANCE = timedelta(minutes=5)
"""How far the server's clock may be behind ours when a found award is matched to a send."""


class BatchSubmission(OutboxRun):
    """One run of one batch. ``pause``/``resume``/``cancel`` take effect between requests:
    a request in flight is always allowed to finish, so its outcome is known."""

    def __init__(
        self,
        drafts: DraftService,
        client: Callable[[], BadgesClient | None],
        who: Callable[[], tuple[str, str | None]],
        batch_id: int,
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
        retry: RetryRules | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        super().__init__(drafts, client, who, batch_id, retry=retry, clock=clock)
        self.concurrency = concurrency
        self._on_row: Callable[[DraftRow], None] = lambda _: None

    # ------------------------------------------------------------ the run

    async def run(
        self,
        *,
        on_progress: Callable[[SubmissionProgress], None] | None = None,
        on_row: Callable[[DraftRow], None] | None = None,
        retry_rows: Sequence[int] = (),
        retry_failed: bool = False,
    ) -> SubmissionProgress:
        """Reconcile rows left ``sending``, then send the pending ones (and failed ones when
        asked) with at most ``concurrency`` requests in flight."""
        self._on_progress = on_progress or (lambda _: None)
        self._on_row = on_row or (lambda _: None)
        batch = await self._drafts.run(lambda s: s.batch(self.batch_id))
        if batch.badgeclass is None:
            raise SubmissionRefused("Choose the badge class to award first.")
        if self._client() is None:
            raise SubmissionRefused("Sign in to submit.")
        if retry_failed or retry_rows:
            await self._drafts.run(lambda s: s.reset_failed(self.batch_id, retry_rows))
        rows = await self._drafts.run(lambda s: s.rows(self.batch_id, (PENDING, SENDING)))
        self._refuse_problems(batch, rows)
        self._start_clock()
        self.progress.total = len(rows)
        left_sending = [row for row in rows if row.state == SENDING]
        to_send = [row for row in rows if row.state == PENDING]
        try:
            if left_sending:
                self.progress.reconciling = True
                self._report()
                to_send += await self._reconcile_all(batch, left_sending)
                self.progress.reconciling = False
            await self._send_all(batch, to_send)
        finally:
            self.progress.finished = True
            self._report()
        return self.progress

    def _refuse_problems(self, batch: Batch, rows: Sequence[DraftRow]) -> None:
        today = self._clock().astimezone().date()
        if defaults_problems(batch.defaults, today):
            raise SubmissionRefused("Fix the batch's defaults before it can be sent.")
        bad = [row for row in rows if row_problems(row.fields, batch.defaults, today)]
        if bad:
            raise SubmissionRefused(
                f"{len(bad)} row(s) need fixing before the batch can be sent "
                f"(the first is {bad[0].fields.identity or 'an empty row'})."
            )
        if duplicate_keys(row.fields for row in rows):
            raise SubmissionRefused("Some recipients appear more than once in the batch.")

    async def _reconcile_all(self, batch: Batch, rows: Sequence[DraftRow]) -> list[DraftRow]:
        """Settle rows a crash left ``sending``; return those found not awarded."""
        gate = asyncio.Semaphore(self.concurrency)
        again: list[DraftRow] = []

        async def one(row: DraftRow) -> None:
            async with gate:
                if self.stopping:
                    return
                try:
                    found = await self._find_award(batch, row)
                except ApiError as error:
                    log.info("reconciliation of row %d failed: %s", row.id, type(error).__name__)
                    self._stop_for(error)
                    return
                if found is not None:
                    await self._settle(
                        row, AWARDED, entity_id=found, outcome=OK, operation="award (reconciled)"
                    )
                    return
                again.append(await self._settle(row, PENDING, report=False))

        await asyncio.gather(*(one(row) for row in rows))
        return sorted(again, key=lambda row: row.position)

    async def _send_all(self, batch: Batch, rows: Sequence[DraftRow]) -> None:
        gate = asyncio.Semaphore(self.concurrency)
        tasks: list[asyncio.Task[None]] = []
        for row in rows:
            if not await self._wait_running():
                break
            await gate.acquire()
            if self.stopping:
                gate.release()
                break
            tasks.append(asyncio.ensure_future(self._send_row(batch, row, gate)))
        await asyncio.gather(*tasks)

    async def _send_row(self, batch: Batch, row: DraftRow, gate: asyncio.Semaphore) -> None:
        """``gate`` is held on entry (taken by ``_send_all``)."""
        slot = Slot(gate)
        try:
            for attempt in range(1, self._retry.attempts + 1):
                await slot.acquire()
                retry_after = await self._attempt(batch, row, slot)
                if retry_after is None:
                    return
                if attempt == self._retry.attempts:
                    break
                await self._pause_for(self._retry.delay(attempt, retry_after))
                if not await self._wait_running():
                    return
            current = await self._drafts.run(lambda s: s.row(row.id))
            await self._settle(current, FAILED, error=current.error, retriable=True, audit=False)
        finally:
            slot.release()

    async def _attempt(self, batch: Batch, row: DraftRow, slot: Slot) -> float | None:
        """Send one row once. ``None`` when it is settled (or left for reconciliation), else
        how long to wait before the next try (0 for "as the back-off says")."""
        assert batch.badgeclass is not None
        client = self._client()
        if client is None:
            self._stop(Stop.SIGNED_OUT)
            return None
        row = await self._drafts.run(lambda s: s.mark_sending(row.id))
        self._on_row(row)
        request = award_request(row_award(row.fields, batch.defaults, self._clock()))
        try:
            assertion = await client.award("badgeclasses", batch.badgeclass.entity_id, request)
        except ApiError as error:
            slot.release()
            return await self._after_error(batch, row, error, slot)
        # The slot bounds requests in flight: the next row may leave while this one is written.
        slot.release()
        await self._settle(row, AWARDED, entity_id=assertion.entity_id, outcome=OK)
        return None

    async def _after_error(
        self, batch: Batch, row: DraftRow, error: ApiError, slot: Slot
    ) -> float | None:
        verdict = verdict_of(error)
        text = error_text(error)
        if verdict is Verdict.FINAL:
            await self._settle(
                row, FAILED, error=text, retriable=_may_help(error), outcome=AUDIT_FAILED
            )
            return None
        if verdict is Verdict.AMBIGUOUS:
            await self._audit_only(row, UNKNOWN, text)
            await slot.acquire()
            try:
                found = await self._find_award(batch, row)
            except ApiError as lookup_error:
                # Nobody can tell whether it landed: it stays "sending" for the next run.
                self._stop_for(lookup_error)
                return None
            finally:
                slot.release()
            if found is not None:
                await self._settle(
                    row, AWARDED, entity_id=found, outcome=OK, operation="award (reconciled)"
                )
                return None
        if isinstance(error, AuthenticationError):
            await self._settle(row, PENDING, error=text, outcome=AUDIT_FAILED)
            self._stop(Stop.SIGNED_OUT)
            return None
        if isinstance(error, NetworkError) and not error.after_ambiguous_attempt:
            await self._settle(row, PENDING, error=text, outcome=AUDIT_FAILED)
            self._stop(Stop.OFFLINE)
            return None
        await self._settle(
            row,
            PENDING,
            error=text,
            outcome=AUDIT_FAILED if verdict is Verdict.NOT_PROCESSED else None,
            report=False,
        )
        return error.retry_after if isinstance(error, RateLimitedError) else 0.0

    async def _find_award(self, batch: Batch, row: DraftRow) -> str | None:
        """``_ask_server``, tried again with back-off while the network or server falters (a
        lost answer often comes with more): only a lasting failure stops the run."""
        for attempt in range(1, self._retry.attempts + 1):
            try:
                return await self._ask_server(batch, row)
            except (NetworkError, ServerError, RateLimitedError) as error:
                if attempt == self._retry.attempts or self.progress.stopped is Stop.CANCELLED:
                    raise
                retry_after = error.retry_after if isinstance(error, RateLimitedError) else None
                await self._pause_for(self._retry.delay(attempt, retry_after))
        raise AssertionError("unreachable")  # pragma: no cover

    async def _ask_server(self, batch: Batch, row: DraftRow) -> str | None:
        """The entityId of this row's award if the server holds it (see ``CLOCK_TOLERANCE``)."""
        assert batch.badgeclass is not None
        client = self._client()
        if client is None:
            raise AuthenticationError
        kind, identity = identity_key(row.fields)
        typed = sent_identity(row.fields)
        page = await client.assertions_page(
            "badgeclasses",
            batch.badgeclass.entity_id,
            recipients=sorted({identity, typed}),
            include_revoked=True,
            include_expired=True,
            page_size=100,
        )
        since = (row.sent_at or self._clock()) - CLOCK_TOLERANCE
        candidates = [
            assertion
            for assertion in page.items
            if not assertion.revoked
            and _same_recipient(assertion, kind, identity)
            and (
                not batch.defaults.allow_duplicate_awards
                or (assertion.created_at is not None and assertion.created_at >= since)
            )
        ]
        if not candidates:
            return None
        newest = max(candidates, key=lambda a: a.created_at or datetime.min.replace(tzinfo=UTC))
        return newest.entity_id

    # ------------------------------------------------------------ bookkeeping

    async def _settle(
        self,
        row: DraftRow,
        state: str,
        *,
        entity_id: str | None = None,
        error: str = "",
        retriable: bool = False,
        outcome: str | None = None,
        operation: str = "award",
        audit: bool = True,
        report: bool = True,
    ) -> DraftRow:
        record = self._audit_record(row, operation, outcome, error) if audit and outcome else None
        settled = await self._drafts.run(
            lambda s: s.settle_row(
                row.id,
                state,
                entity_id=entity_id,
                error=error,
                retriable=retriable,
                audit=record,
            )
        )
        if state == AWARDED:
            self.progress.succeeded += 1
        elif state == FAILED:
            self.progress.failed += 1
        self._on_row(settled)
        if report:
            self._report()
        return settled

    async def _audit_only(self, row: DraftRow, outcome: str, detail: str) -> None:
        record = self._audit_record(row, "award", outcome, detail)
        await self._drafts.run(lambda s: s.audit(record))

    def _audit_record(
        self, row: DraftRow, operation: str, outcome: str | None, detail: str
    ) -> AuditRecord:
        profile, user = self._who()
        return AuditRecord(
            profile=profile,
            user=user,
            operation=operation,
            target=f"batch {self.batch_id} row {row.id}: {row.fields.identity}",
            outcome=outcome or OK,
            detail=detail,
        )


def _may_help(error: ApiError) -> bool:
    """Whether trying the same row again later could succeed without editing it."""
    return not isinstance(error, NotFoundError) and error.status_code != 400


def _same_recipient(assertion: Assertion, kind: str, identity: str) -> bool:
    """A second check of the server's ``recipient`` filter; a hashed identity without its
    plaintext cannot be compared here, so the filter's word is taken for it."""
    recipient = assertion.recipient
    if recipient is None:
        return False
    if recipient.hashed and not recipient.plaintext_identity:
        return True
    found = recipient.plaintext_identity or recipient.identity
    if kind == "email":
        return found.strip().lower() == identity
    return found.strip() == identity
