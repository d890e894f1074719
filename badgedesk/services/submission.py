"""Submitting a draft batch: the outbox engine that never awards the same badge twice, and
never claims an award it did not make.

Each row is marked ``sending`` (committed) before its request leaves. When the answer is lost
— a dropped connection, a deadline, a 5xx, a killed process, Cancel — nobody knows whether the
award landed, so the row stays ``sending`` until the server is asked whether that recipient
holds that badge class (the ``recipient`` filter). An award the server created after the row
was sent (judged on the server's clock, measured from its ``Date`` headers) is this row's:
``awarded``. One made before is not: with duplicates off the row is ``held`` (the recipient
already held the badge; that award's ``entityId`` and date are kept), with duplicates allowed
it is ignored and the row is sent again. Rows left ``sending`` by an earlier run or round are
reconciled before anything else is sent. What the server refuses (400, 404) is ``failed`` for
good with its reason.

The engine never retries a request (the client does, where safe); when the server cannot be
reached or fails, the run holds visibly and then starts a new round (see ``outbox``).

No widgets: the Drafts tab, a test process or a command line drive it the same way.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from badgedesk.api.client import BadgesClient
from badgedesk.api.errors import ApiError, AuthenticationError, NotFoundError, error_text
from badgedesk.api.models import Assertion, BadgeClass, BadgeClassExpiration
from badgedesk.core.badgeclass_drafts import draft_uid
from badgedesk.core.batches import AuditRecord, BadgeClassChoice, Batch, DraftRow
from badgedesk.core.states import Outcome, RowState
from badgedesk.core.submit_refusals import SubmitRefusal, SubmitRefusalKind
from badgedesk.core.wording import counted
from badgedesk.services.awards import award_request
from badgedesk.services.batch_rows import (
    defaults_problems,
    duplicate_keys,
    identity_key,
    row_award,
    row_problems,
    sent_identity,
)
from badgedesk.services.outbox import (
    Abandoned,
    OutagePolicy,
    OutboxRun,
    Slot,
    Stop,
    SubmissionRefused,
    Verdict,
    together,
    verdict_of,
)
from badgedesk.services.pace import Pace
from badgedesk.store.thread import StoreThread

log = logging.getLogger(__name__)

DEFAULT_CONCURRENCY = 4
CREATED_AT_RESOLUTION = timedelta(seconds=1)
"""Servers may keep ``createdAt`` to the second: an award is this row's if it was created no
earlier than this before the row was sent, on the server's clock."""
ABANDONED = "Cancelled before the server answered: checked with the server before any resend."


@dataclass(frozen=True)
class Found:
    """A live award of the batch's badge class to a row's recipient."""

    entity_id: str
    made: datetime | None
    ours: bool
    """Created after the row was sent: this row's award. Otherwise the recipient held it."""


class BatchSubmission(OutboxRun[DraftRow]):
    """One run of one batch. ``pause``/``resume`` take effect between requests; ``cancel``
    abandons the requests in flight, ``drain`` lets them finish."""

    def __init__(
        self,
        drafts: StoreThread,
        client: Callable[[], BadgesClient | None],
        who: Callable[[], tuple[str, str | None]],
        batch_id: int,
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
        outage: OutagePolicy | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        badgeclass_draft: Callable[[str], Awaitable[str]] | None = None,
    ) -> None:
        """``badgeclass_draft`` gives the ``entityId`` of a badge class drafted offline that
        the batch names (``draft:<uid>``), sending the draft first if need be."""
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        super().__init__(drafts, client, who, batch_id, outage=outage, clock=clock)
        self.concurrency = concurrency
        self.pace = Pace(concurrency)
        """Awards in flight at once: as many as the server keeps up with, never more than
        ``concurrency`` (the user's "Requests at once")."""
        self._badgeclass_draft = badgeclass_draft
        self._not_started: dict[int, DraftRow] = {}
        """Rows marked ``sending`` whose task has not begun, as they were before the mark."""
        self._row_failed = False
        """A row's sending raised: nothing more is sent, not even a row already waiting for a
        slot (``_take_slot``), and ``_send`` raises it."""

    def _busy(self) -> None:
        self.pace.busy()

    def _asked_to_wait(self, seconds: float) -> None:
        self.pace.asked_to_wait(seconds)

    # ------------------------------------------------------------ per kind

    def _refuse_batch(self, batch: Batch) -> None:
        if batch.badgeclass is None:
            raise SubmissionRefused.of(
                SubmitRefusalKind.NO_BADGECLASS, "Choose the badge class to award first."
            )

    async def _ready(self, batch: Batch) -> Batch:
        """A batch naming a badge class drafted offline waits for it to exist on the server
        (sent now if it was not yet), then names the badge class made."""
        choice = batch.badgeclass
        assert choice is not None
        if draft_uid(choice.entity_id) is None:
            return batch
        if self._badgeclass_draft is None:
            raise SubmissionRefused.of(
                SubmitRefusalKind.DRAFT_BADGECLASS_UNSENDABLE,
                "The batch's badge class is a draft that cannot be sent here.",
            )
        self.progress.awaiting_badgeclass = choice.name
        self._report()
        try:
            entity_id = await self._badgeclass_draft(choice.entity_id)
        except ApiError as error:
            words = error_text(error)
            raise SubmissionRefused(
                SubmitRefusal(
                    SubmitRefusalKind.DRAFT_BADGECLASS_NOT_MADE,
                    f"The draft badge class {choice.name} could not be made on the server yet:"
                    f" {words}",
                    name=choice.name,
                    detail=words,
                )
            ) from error
        finally:
            self.progress.awaiting_badgeclass = None
            self._report()
        made = BadgeClassChoice(entity_id, choice.name, choice.issuer_name)
        return await self._drafts.run(
            lambda s: s.drafts.update_batch(self.batch_id, badgeclass=made)
        )

    async def _reset_failed(self, row_ids: Sequence[int]) -> None:
        await self._drafts.run(lambda s: s.drafts.reset_failed(self.batch_id, row_ids))

    def _refuse_rows(self, batch: Batch, rows: Sequence[DraftRow]) -> None:
        today = self._clock().astimezone().date()
        if defaults_problems(batch.defaults, today):
            raise SubmissionRefused.of(
                SubmitRefusalKind.DEFAULTS, "Fix the batch's defaults before it can be sent."
            )
        bad = [row for row in rows if row_problems(row.fields, batch.defaults, today)]
        if bad:
            first = bad[0].fields.identity
            raise SubmissionRefused(
                SubmitRefusal(
                    SubmitRefusalKind.ROWS_TO_FIX,
                    counted("To fix before the batch can be sent: %n row(s)", len(bad))
                    + f" (the first is {first or 'an empty row'}).",
                    count=len(bad),
                    name=first,
                )
            )
        if duplicate_keys(row.fields for row in rows):
            raise SubmissionRefused.of(
                SubmitRefusalKind.DUPLICATES, "Some recipients appear more than once in the batch."
            )

    async def _unsettled_rows(self) -> list[DraftRow]:
        return await self._drafts.run(
            lambda s: s.drafts.rows(self.batch_id, (RowState.PENDING, RowState.SENDING))
        )

    async def _reconcile(self, batch: Batch, rows: Sequence[DraftRow]) -> list[DraftRow]:
        gate = asyncio.Semaphore(self.concurrency)
        again: list[DraftRow] = []

        async def one(row: DraftRow) -> None:
            async with gate:
                if not self.dispatching:
                    return
                try:
                    found = await self._find_award(batch, row)
                except Abandoned:
                    return
                except ApiError as error:
                    log.info("reconciliation of row %d failed: %s", row.id, type(error).__name__)
                    self._stop_for(error)
                    return
            if found is not None:
                await self._settle_found(row, found, "award (reconciled)")
            else:
                again.append(
                    await self._settle(row, RowState.PENDING, error=row.error, report=False)
                )

        await together(one(row) for row in rows)
        return sorted(again, key=lambda row: row.position)

    async def _send(self, batch: Batch, rows: Sequence[DraftRow]) -> None:
        """Send ``rows``, each marked ``sending`` (committed) before its request leaves. When
        every slot is taken, the next row is marked, then its task waits for a slot, so the
        mark costs no request in flight any time; a row marked that may not leave after all
        (a pause, a hold, a lost answer being asked about, the end of the run) goes back as
        it was. When slots are free, rows take them at once and are marked by their own
        tasks, several marks on their way together."""
        rule = await self._expiry_rule(batch)
        gate = self.pace
        tasks: list[asyncio.Task[None]] = []

        def note_failure(task: asyncio.Task[None]) -> None:
            if not task.cancelled() and task.exception() is not None:
                self._row_failed = True

        self._row_failed = False

        waiting = deque(rows)
        try:
            while waiting and not self._row_failed and await self._wait_running():
                if self._client() is None:
                    self._stop(Stop.SIGNED_OUT)
                    break
                row = waiting[0]
                slot_taken: asyncio.Future[bool] | None = None
                if gate.in_flight < gate.limit:  # a slot is free: taken here, at once
                    if not await self._take_slot(gate, None):
                        continue  # sent once the run goes on, if it does
                    marked = None
                else:  # marked while its own task waits for a slot
                    marked = await self._marked(row)
                    if marked.state != RowState.SENDING:  # settled or changed meanwhile
                        waiting.popleft()
                        continue
                    self._not_started[row.id] = row
                    slot_taken = asyncio.get_running_loop().create_future()
                task = asyncio.ensure_future(
                    self._send_row(batch, row, marked, gate, rule, slot_taken)
                )
                task.add_done_callback(note_failure)
                tasks.append(task)
                if slot_taken is not None and not await slot_taken:
                    continue  # put back: sent once the run goes on, if it does
                waiting.popleft()
            await asyncio.gather(*tasks)
        finally:
            # Nothing leaves after ``run()`` returns, whatever ended it.
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            for unmarked in self._not_started.values():  # cancelled before they began
                self._withdraw(unmarked)
            self._not_started.clear()

    async def _marked(self, row: DraftRow) -> DraftRow:
        """``row`` marked ``sending``; if the wait is cancelled, it is put back (the store
        runs the two in order: the mark is undone whether or not it was made)."""
        try:
            return await self._drafts.run(lambda s: s.drafts.mark_sending(row.id))
        except asyncio.CancelledError:
            self._withdraw(row)
            raise

    def _withdraw(self, unmarked: DraftRow) -> asyncio.Future[DraftRow]:
        """Put back a row marked ``sending`` whose request never left (queued at once)."""
        return self._drafts.submit(lambda s: s.drafts.withdraw_sending(unmarked))

    async def _take_slot(self, gate: Pace, marked: DraftRow | None) -> bool:
        """A share of ``gate`` for the next row, once one is free; False when it may not leave
        now (a row ``marked`` sending, given as it was before, is then put back)."""
        try:
            await gate.acquire()
        except asyncio.CancelledError:
            if marked is not None:
                self._withdraw(marked)
            raise
        if (
            self._running.is_set()
            and self.dispatching
            and not self._asking
            and not self._row_failed
        ):
            return True
        gate.release()
        if marked is not None:
            await self._withdraw(marked)
        return False

    async def _expiry_rule(self, batch: Batch) -> BadgeClassExpiration | None:
        """The expiry rule of the batch's badge class, as the offline catalogue keeps it (the
        server never applies it: rows without an expiry get it from here)."""
        assert batch.badgeclass is not None
        entity_id, profile = batch.badgeclass.entity_id, self._who()[0]
        kept = await self._drafts.run(lambda s: s.cache.badgeclasses(profile))
        return next(
            (b.expires for b in map(BadgeClass.from_json, kept) if b.key == entity_id), None
        )

    async def _send_row(
        self,
        batch: Batch,
        unmarked: DraftRow,
        marked: DraftRow | None,
        gate: Pace,
        rule: BadgeClassExpiration | None,
        slot_taken: asyncio.Future[bool] | None = None,
    ) -> None:
        """Send one row once (``unmarked``: as it was before it was marked ``sending``;
        ``marked``: after, or None to mark it here), with the badge class's expiry ``rule``
        for a row that gives no expiry. ``gate`` is held only while a request is in flight:
        on entry (taken by ``_send``), or, given ``slot_taken``, once this task takes it, and
        ``slot_taken`` then says whether it did. A row waiting for a slot thus leaves as soon
        as one frees, not a turn of the event loop later, once ``_send`` has woken."""
        self._not_started.pop(unmarked.id, None)
        if slot_taken is not None:
            taken = False
            try:
                taken = await self._take_slot(gate, unmarked)
            finally:
                if not slot_taken.done():
                    slot_taken.set_result(taken)
            if not taken:
                return
        assert batch.badgeclass is not None
        slot = Slot(gate)
        try:
            client = self._client()
            if client is None:
                self._stop(Stop.SIGNED_OUT)
                if marked is not None:
                    await self._withdraw(unmarked)
                return
            row = marked or await self._marked(unmarked)
            if row.state != RowState.SENDING:
                return
            self.progress.in_doubt += 1
            self._on_row(row)
            request = award_request(row_award(row.fields, batch.defaults, self._clock(), rule))
            left = time.monotonic()
            try:
                assertion = await self._network(
                    client.award("badgeclasses", batch.badgeclass.entity_id, request), slot
                )
                gate.answered(time.monotonic() - left)
            except Abandoned:
                await self._audit_only(row, Outcome.UNKNOWN, ABANDONED)
                return
            except ApiError as error:
                slot.release()
                await self._after_error(batch, row, error, slot)
                return
            # The slot bounds requests in flight: the next row may leave while this one is written.
            slot.release()
            await self._settle(
                row, RowState.AWARDED, entity_id=assertion.entity_id, outcome=Outcome.OK
            )
        finally:
            slot.release()

    async def _after_error(self, batch: Batch, row: DraftRow, error: ApiError, slot: Slot) -> None:
        verdict = verdict_of(error)
        text = error_text(error)
        if verdict is Verdict.FINAL:
            if error.status_code == 400 and not batch.defaults.allow_duplicate_awards:
                # "A previous award of this badge already exists": say which one.
                held = await self._look_up(batch, row, slot)
                if held is not None and not held.ours:
                    await self._settle_found(row, held, "award", refusal=text)
                    return
            await self._settle(
                row, RowState.FAILED, error=text, retriable=_may_help(error), outcome=Outcome.FAILED
            )
            return
        if isinstance(error, AuthenticationError):
            await self._settle(row, RowState.PENDING, error=text, outcome=Outcome.FAILED)
            self._stop(Stop.SIGNED_OUT)
            return
        if verdict is Verdict.NOT_PROCESSED:
            await self._settle(row, RowState.PENDING, error=text, outcome=Outcome.FAILED)
            self._stop_for(error)
            return
        # The request may have reached the server: ask it before anything else is sent
        # (unless the run is ending: the row stays "sending", to be asked about next time).
        if self.stopping:
            await self._audit_only(row, Outcome.UNKNOWN, text)
            return
        async with self._asking_about_a_lost_answer():
            await self._audit_only(row, Outcome.UNKNOWN, text)
            await slot.acquire()
            try:
                found = await self._find_award(batch, row)
            except Abandoned:
                return
            except ApiError as lookup_error:
                # Nobody can tell whether it landed: it stays "sending" until the next round.
                self._stop_for(lookup_error)
                return
            finally:
                slot.release()
        if found is not None:
            await self._settle_found(row, found, "award (reconciled)")
        elif self._strike(row.id):
            await self._settle(
                row, RowState.FAILED, error=text, retriable=True, outcome=Outcome.FAILED
            )
        else:
            await self._settle(row, RowState.PENDING, error=text, report=False)

    async def _look_up(self, batch: Batch, row: DraftRow, slot: Slot) -> Found | None:
        """The award that made the server refuse this row; ``None`` when that cannot be told."""
        await slot.acquire()
        try:
            return await self._find_award(batch, row, refused=True)
        except (Abandoned, ApiError):
            return None
        finally:
            slot.release()

    async def _find_award(
        self, batch: Batch, row: DraftRow, *, refused: bool = False
    ) -> Found | None:
        """The award of this badge class to this row's recipient that tells what became of
        the row: one created since the row was sent (expired or not: a row may be back-dated),
        else (duplicates off) a live one held before, neither revoked nor expired, as the
        server's duplicate check counts them. With duplicates allowed an earlier award never
        counts: the row is sent again. When the server ``refused`` the row, nothing can be this
        row's award."""
        assert batch.badgeclass is not None
        client = self._client()
        if client is None:
            raise AuthenticationError
        kind, identity = identity_key(row.fields)
        typed = sent_identity(row.fields)
        page = await self._network(
            client.assertions_page(
                "badgeclasses",
                batch.badgeclass.entity_id,
                recipients=sorted({identity, typed}),
                include_revoked=True,
                include_expired=True,
                page_size=100,
            )
        )
        held = [
            assertion
            for assertion in page.items
            if not assertion.revoked and _same_recipient(assertion, kind, identity)
        ]
        # The earliest moment this row's award could have been created.
        since = self._on_server_clock(client, row.sent_at) - CREATED_AT_RESOLUTION
        ours = [
            a for a in held if not refused and a.created_at is not None and a.created_at >= since
        ]
        if ours:
            newest = max(ours, key=_created)
            return Found(newest.key, newest.issued_on or newest.created_at, ours=True)
        server_now = self._on_server_clock(client)
        live = [a for a in held if a.expires is None or a.expires > server_now]
        if live and not batch.defaults.allow_duplicate_awards:
            first = min(live, key=_created)
            return Found(first.key, first.issued_on or first.created_at, ours=False)
        return None

    def _on_server_clock(self, client: BadgesClient, moment: datetime | None = None) -> datetime:
        """``moment`` (now when None) on the server's clock. Without a ``Date`` from the server
        its clock is taken to be ours."""
        offset = timedelta(seconds=client.server_clock_offset or 0.0)
        return (moment or self._clock()) + offset

    # ------------------------------------------------------------ bookkeeping

    async def _settle_found(
        self, row: DraftRow, found: Found, operation: str, *, refusal: str = ""
    ) -> None:
        if found.ours:
            await self._settle(
                row,
                RowState.AWARDED,
                entity_id=found.entity_id,
                outcome=Outcome.OK,
                operation=operation,
            )
            return
        made = f" on {found.made:%Y-%m-%d}" if found.made else ""
        detail = f"already held: {found.entity_id}{made}"
        await self._settle(
            row,
            RowState.HELD,
            entity_id=found.entity_id,
            held_since=found.made,
            outcome=Outcome.ALREADY_HELD,
            operation=operation,
            detail=f"{detail} ({refusal})" if refusal else detail,
        )

    async def _settle(
        self,
        row: DraftRow,
        state: RowState,
        *,
        entity_id: str | None = None,
        error: str = "",
        retriable: bool = False,
        held_since: datetime | None = None,
        outcome: Outcome | None = None,
        operation: str = "award",
        detail: str = "",
        report: bool = True,
    ) -> DraftRow:
        record = self._audit_record(row, operation, outcome, detail or error) if outcome else None
        was_sending = row.state == RowState.SENDING
        settled = await self._drafts.run(
            lambda s: s.drafts.settle_row(
                row.id,
                state,
                entity_id=entity_id,
                error=error,
                retriable=retriable,
                held_since=held_since,
                audit=record,
            )
        )
        if was_sending:
            self.progress.in_doubt -= 1
        if state == RowState.AWARDED:
            self.progress.succeeded += 1
        elif state == RowState.HELD:
            self.progress.skipped += 1
        elif state == RowState.FAILED:
            self.progress.failed += 1
        self._on_row(settled)
        if report:
            self._report()
        return settled

    async def _audit_only(self, row: DraftRow, outcome: Outcome, detail: str) -> None:
        record = self._audit_record(row, "award", outcome, detail)
        await self._drafts.run(lambda s: s.drafts.audit(record))

    def _audit_record(
        self, row: DraftRow, operation: str, outcome: Outcome | None, detail: str
    ) -> AuditRecord:
        profile, user = self._who()
        return AuditRecord(
            profile=profile,
            user=user,
            operation=operation,
            target=f"batch {self.batch_id} row {row.id}: {row.fields.identity}",
            outcome=outcome or Outcome.OK,
            detail=detail,
        )


def _created(assertion: Assertion) -> datetime:
    return assertion.created_at or datetime.min.replace(tzinfo=UTC)


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
