"""What every outbox run shares, awards and revocations alike: why a run stops or waits, what
a progress bar shows, and pause/resume/cancel.

Retries belong to the API client (``RetryPolicy``): it alone tries a request again, and only
where that is safe. An outbox run never loops over a request. It works in rounds: each round
first asks the server about rows whose answer was lost (still ``sending``), then sends the
pending ones. When the client gives up because the server cannot be reached, does not answer,
fails, or asks for a long wait, the round stops dispatching and the run *holds* visibly
(``progress.waiting``) before the next round; Retry now ends the hold, Cancel ends the run.

Cancel abandons the requests in flight (within a second): a row whose request may have reached
the server stays ``sending`` and is reconciled before it is ever sent again. Drain (quitting)
sends nothing more but lets the requests in flight finish, so their outcome is known.

No widgets here.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, Generic, Protocol, TypeVar

from badgedesk.api.client import BadgesClient, watching
from badgedesk.api.errors import (
    ApiError,
    AuthenticationError,
    MalformedResponseError,
    NetworkError,
    RateLimitedError,
    ServerError,
)
from badgedesk.core.batches import Batch
from badgedesk.core.states import RowState
from badgedesk.core.submit_refusals import SubmitRefusal, SubmitRefusalKind
from badgedesk.services.pace import Pace
from badgedesk.store.thread import StoreThread

T = TypeVar("T")
BUSY_STATUSES = frozenset({429, 503})
"""What a server (or its nginx ``limit_req``, 503 unless told otherwise) answers when it is
asked too much at once."""


class OutboxRow(Protocol):
    """What a run reads of any row, award or revocation: which it is, where it stands in its
    batch, and how far it got."""

    @property
    def id(self) -> int: ...

    @property
    def position(self) -> float: ...

    @property
    def state(self) -> RowState: ...


RowT = TypeVar("RowT", bound=OutboxRow)


class Stop(StrEnum):
    """Why a run ended before every row was settled."""

    CANCELLED = "cancelled"
    OFFLINE = "offline"
    SIGNED_OUT = "signed-out"


class Hold(StrEnum):
    """Why a run waits before its next round."""

    UNREACHABLE = "unreachable"
    """No connection could be made (offline, server down)."""
    SILENT = "silent"
    """Connected, but no complete answer came before the deadline, or the connection broke."""
    FAILING = "failing"
    """The server answers, with errors (5xx, or answers BadgeDesk cannot read)."""
    SERVER_ASKED = "server-asked"
    """The server asked for a wait (429 with ``Retry-After``)."""


class SubmissionRefused(Exception):
    """The batch cannot be submitted as it is (nothing was sent). ``refusals`` say why, for
    the window to word; the message is their English, for the log."""

    def __init__(self, *refusals: SubmitRefusal | str) -> None:
        self.refusals = tuple(r for r in refusals if isinstance(r, SubmitRefusal))
        super().__init__(" ".join(r if isinstance(r, str) else r.message for r in refusals))

    @classmethod
    def of(cls, kind: SubmitRefusalKind, message: str) -> SubmissionRefused:
        """A refusal that needs no values."""
        return cls(SubmitRefusal(kind, message))


class Abandoned(Exception):
    """Cancel abandoned a request before its answer came: it may have reached the server."""


@dataclass(frozen=True)
class OutagePolicy:
    """How a run rides out a server that cannot be reached, fails or asks for time."""

    wait: float = 30.0
    """Seconds between rounds while the server cannot be reached, is silent or fails."""
    max_server_wait: float = 600.0
    """The longest ``Retry-After`` honoured; a longer one is cut to this."""
    holds: int | None = None
    """Holds before the run gives up (``Stop.OFFLINE``); ``None``: until cancelled."""
    strikes: int = 3
    """Times a row may be sent, its answer lost and the server found not to have it, before
    the row fails (so a server that breaks on one row cannot keep the run going forever)."""


@dataclass(frozen=True)
class Waiting:
    """A hold: why, how long in all, and until when (``time.monotonic()``)."""

    reason: Hold
    seconds: float
    until: float

    def left(self, now: float | None = None) -> float:
        return max(0.0, self.until - (time.monotonic() if now is None else now))


@dataclass
class SubmissionProgress:
    """What a progress bar shows. ``rate`` is rows per second of unpaused time; moments are
    ``time.monotonic()`` values."""

    total: int = 0
    succeeded: int = 0
    """Awarded, or revoked."""
    skipped: int = 0
    """Nothing was done because nothing needed doing: the recipient already held the badge,
    or the award was revoked already."""
    failed: int = 0
    in_doubt: int = 0
    """Rows sent whose answer was lost: the server is asked about them before they are sent
    again."""
    reconciling: bool = False
    paused: bool = False
    stopped: Stop | None = None
    finished: bool = False
    elapsed: float = 0.0
    waiting: Waiting | None = None
    """The run holds before its next round."""
    in_flight: int = 0
    """Requests sent and not answered yet."""
    last_answer: float | None = None
    """When the server last answered anything (the run's start, until it first does)."""
    server_asked_until: float | None = None
    """A short wait the server asked for, taken by the client before it tries again."""
    awaiting_badgeclass: str | None = None
    """The batch's badge class, drafted offline, is being made on the server first (its
    name); nothing of the batch leaves before it exists."""

    @property
    def done(self) -> int:
        return self.succeeded + self.failed + self.skipped

    @property
    def rate(self) -> float:
        return self.done / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def seconds_left(self) -> float | None:
        rate = self.rate
        return (self.total - self.done) / rate if rate > 0 else None


class Verdict(StrEnum):
    FINAL = "final"
    AMBIGUOUS = "ambiguous"
    NOT_PROCESSED = "not-processed"


def verdict_of(error: ApiError) -> Verdict:
    if isinstance(error, RateLimitedError | AuthenticationError):
        return Verdict.NOT_PROCESSED
    if isinstance(error, ServerError | MalformedResponseError):
        return Verdict.AMBIGUOUS
    if isinstance(error, NetworkError):
        return Verdict.AMBIGUOUS if error.after_ambiguous_attempt else Verdict.NOT_PROCESSED
    return Verdict.FINAL


def hold_for(error: ApiError) -> Hold | None:
    """The hold an error calls for; ``None`` when waiting cannot help (a refusal, sign-in)."""
    if isinstance(error, RateLimitedError):
        return Hold.SERVER_ASKED
    if isinstance(error, NetworkError):
        return Hold.SILENT if error.after_ambiguous_attempt else Hold.UNREACHABLE
    if isinstance(error, ServerError | MalformedResponseError):
        return Hold.FAILING
    return None


class OutboxRun(Generic[RowT]):
    """One run of one batch. ``run`` is the same for every kind; a kind says what refuses a
    batch or its rows, how failed rows are reset, and how rows are read, reconciled and
    sent (the hooks at the end of the class)."""

    def __init__(
        self,
        drafts: StoreThread,
        client: Callable[[], BadgesClient | None],
        who: Callable[[], tuple[str, str | None]],
        batch_id: int,
        *,
        outage: OutagePolicy | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.batch_id = batch_id
        self.batch: Batch | None = None
        """The batch as this run read it when it began (``None`` until then)."""
        self._drafts = drafts
        self._client = client
        self._who = who
        self._outage_policy = outage or OutagePolicy()
        self._clock = clock
        self._running = asyncio.Event()
        self._running.set()
        self._wake = asyncio.Event()
        self._abandon = asyncio.Event()
        self.progress = SubmissionProgress()
        self._on_progress: Callable[[SubmissionProgress], None] = lambda _: None
        self._on_row: Callable[[RowT], None] = lambda _: None
        self._started = 0.0
        self._paused_at: float | None = None
        self._paused_total = 0.0
        self._asking = 0
        self._nothing_to_ask = asyncio.Event()
        self._nothing_to_ask.set()
        self._hold: tuple[Hold, float] | None = None
        """What this round met that calls for a hold: the reason and the wait."""
        self._strikes: dict[int, int] = {}

    # ------------------------------------------------------------ the run

    async def run(
        self,
        *,
        on_progress: Callable[[SubmissionProgress], None] | None = None,
        on_row: Callable[[RowT], None] | None = None,
        retry_rows: Sequence[int] = (),
        retry_failed: bool = False,
    ) -> SubmissionProgress:
        """Reconcile rows left ``sending``, then send the pending ones (and the failed ones
        when asked: ``retry_rows``, or all with ``retry_failed``), round after round, until
        every row is settled, the run stops, or its holds run out. ``SubmissionRefused`` when
        the batch cannot go as it is (nothing was sent)."""
        self._on_progress = on_progress or (lambda _: None)
        self._on_row = on_row or (lambda _: None)
        self.batch = batch = await self._drafts.run(lambda s: s.drafts.batch(self.batch_id))
        self._refuse_batch(batch)
        if self._client() is None:
            raise SubmissionRefused.of(SubmitRefusalKind.SIGNED_OUT, "Sign in to submit.")
        self.batch = batch = await self._ready(batch)
        if retry_failed or retry_rows:
            await self._reset_failed(retry_rows)
        rows = await self._unsettled_rows()
        self._refuse_rows(batch, rows)
        self._start_clock()
        self.progress.total = len(rows)
        self.progress.in_doubt = sum(row.state == RowState.SENDING for row in rows)
        try:
            with watching(self):
                await self._rounds(lambda: self._round(batch))
        finally:
            self.progress.finished = True
            self._report()
        return self.progress

    # ------------------------------------------------------------ control

    def pause(self) -> None:
        if self._running.is_set() and not self.progress.finished:
            self._running.clear()
            self._paused_at = time.monotonic()
            self.progress.paused = True
            self._report()

    def resume(self) -> None:
        if not self._running.is_set():
            if self._paused_at is not None:
                self._paused_total += time.monotonic() - self._paused_at
                self._paused_at = None
            self.progress.paused = False
            self._running.set()
            self._report()

    def cancel(self) -> None:
        """Stop now: requests in flight are abandoned (their rows stay ``sending``, to be
        checked with the server first next time); rows not sent stay pending."""
        self._abandon.set()
        self._stop(Stop.CANCELLED)

    def drain(self) -> None:
        """Send nothing more; requests in flight finish, so their outcome is known."""
        self._stop(Stop.CANCELLED)

    def retry_now(self) -> None:
        """End a hold early."""
        self._wake.set()

    def _stop(self, reason: Stop) -> None:
        if self.progress.stopped is None:
            self.progress.stopped = reason
        self._wake.set()
        self.resume()

    def _stop_for(self, error: ApiError) -> None:
        """Stop because the session is gone, else hold: the server could not tell what became
        of a request (unreachable, silent, failing, or refusing to say)."""
        if isinstance(error, AuthenticationError):
            self._stop(Stop.SIGNED_OUT)
        else:
            self._note_hold(error)

    @property
    def stopping(self) -> bool:
        return self.progress.stopped is not None

    @property
    def dispatching(self) -> bool:
        """Whether this round may still send something new."""
        return not self.stopping and self._hold is None

    async def _wait_running(self) -> bool:
        """Wait while paused, and while the server is asked what became of a lost answer (a
        server that just lost one may be going silent: nothing new leaves until it says)."""
        await self._running.wait()
        await self._nothing_to_ask.wait()
        return self.dispatching

    @contextlib.asynccontextmanager
    async def _asking_about_a_lost_answer(self) -> AsyncIterator[None]:
        self._asking += 1
        self._nothing_to_ask.clear()
        try:
            yield
        finally:
            self._asking -= 1
            if not self._asking:
                self._nothing_to_ask.set()

    # ------------------------------------------------------------ exchanges

    async def _network(self, call: Coroutine[Any, Any, T], slot: Slot | None = None) -> T:
        """Await a client call that Cancel may abandon (``Abandoned`` is raised then). Given
        the ``slot`` of the pace it holds, the call gives it back while it waits to try again
        (``waiting``) and takes it again before it does (``retrying``)."""
        context = contextvars.copy_context()
        context.run(_request_slot.set, slot)
        task = asyncio.get_running_loop().create_task(call, context=context)
        abandon = asyncio.ensure_future(self._abandon.wait())
        self.progress.in_flight += 1
        try:
            await asyncio.wait({task, abandon}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            self.progress.in_flight -= 1
            abandon.cancel()
            if not task.done():
                task.cancel()
                with contextlib.suppress(BaseException):
                    await task
            elif not task.cancelled():
                task.exception()  # read: one that ends with this wait's cancellation is dropped
        if task.cancelled():
            raise Abandoned
        return task.result()

    def answered(self, status: int) -> None:
        """An answer came (``ExchangeWatcher``): the progress row says how long ago, and a
        run that keeps pace with the server hears when it said it is too busy."""
        self.progress.last_answer = time.monotonic()
        self.progress.server_asked_until = None
        if status in BUSY_STATUSES:
            self._busy()

    def _busy(self) -> None:
        """The server answered 429 or 503: a run whose pace adapts slows down."""

    def _asked_to_wait(self, seconds: float) -> None:
        """The server asked a request to wait ``seconds`` before it tries again: a run whose
        pace adapts asks again no later."""

    def waiting(self, seconds: float, server_asked: bool) -> None:
        """The client waits before trying again (``ExchangeWatcher``). A request waiting out
        a ``Retry-After`` or a back-off is not at the server: its share of the pace goes to
        the next row meanwhile. Held through the wait, a server's refusals stalled the batch:
        every request in flight met the same 429 as the pace halved, and for a second all of
        them held more than the halved pace, so that nothing else left."""
        slot = _request_slot.get()
        if slot is not None:
            slot.set_aside()
        if server_asked:
            self._asked_to_wait(seconds)
            self.progress.server_asked_until = time.monotonic() + seconds
            self._report()

    async def retrying(self) -> None:
        """The client tries again (``ExchangeWatcher``) once the request's share of the pace is
        its again."""
        slot = _request_slot.get()
        if slot is not None:
            await slot.acquire()

    def _note_hold(self, error: ApiError) -> None:
        """Remember that this round met ``error``: no new request leaves, and the run holds
        before the next round (the longest wait any request of the round asked for)."""
        reason = hold_for(error) or Hold.FAILING
        policy = self._outage_policy
        seconds = policy.wait
        if isinstance(error, RateLimitedError) and error.retry_after is not None:
            seconds = min(error.retry_after, policy.max_server_wait)
        if self._hold is None or seconds > self._hold[1]:
            self._hold = (reason, seconds)

    def _clear_hold(self) -> None:
        self._hold = None

    def _strike(self, row_id: int) -> bool:
        """Count a send whose answer was lost and which the server does not have; whether the
        row has now had its last chance."""
        self._strikes[row_id] = self._strikes.get(row_id, 0) + 1
        return self._strikes[row_id] >= self._outage_policy.strikes

    async def _round(self, batch: Batch) -> bool:
        """Ask about the rows whose answer was lost, then send the pending ones (with those the
        server turned out not to have); whether rows were left for another round."""
        rows = await self._unsettled_rows()
        if not rows:
            return False
        left_sending = [row for row in rows if row.state == RowState.SENDING]
        to_send = [row for row in rows if row.state == RowState.PENDING]
        if left_sending:
            self.progress.reconciling = True
            self._report()
            again = await self._reconcile(batch, left_sending)
            self.progress.reconciling = False
            self._report()
            if not self.dispatching:
                return True
            to_send = sorted([*to_send, *again], key=lambda row: row.position)
        await self._send(batch, to_send)
        return True

    # ------------------------------------------------------------ per kind

    def _refuse_batch(self, batch: Batch) -> None:
        """Raise when the batch itself cannot be sent (before sign-in is even asked about)."""
        raise NotImplementedError

    async def _ready(self, batch: Batch) -> Batch:
        """What the batch needs before any row is sent, done; the batch as it now stands."""
        return batch

    async def _reset_failed(self, row_ids: Sequence[int]) -> None:
        """Make failed rows pending again: those of ``row_ids``, or every one when empty."""
        raise NotImplementedError

    def _refuse_rows(self, batch: Batch, rows: Sequence[RowT]) -> None:
        """Raise ``SubmissionRefused`` when these rows (pending or sending) cannot go."""
        raise NotImplementedError

    async def _unsettled_rows(self) -> Sequence[RowT]:
        """The batch's rows that are pending or sending."""
        raise NotImplementedError

    async def _reconcile(self, batch: Batch, rows: Sequence[RowT]) -> Sequence[RowT]:
        """Settle rows whose answer was lost; return those the server does not have."""
        raise NotImplementedError

    async def _send(self, batch: Batch, rows: Sequence[RowT]) -> None:
        """Send pending rows, until done or the run must hold or stop."""
        raise NotImplementedError

    async def _rounds(self, round_once: Callable[[], Awaitable[bool]]) -> None:
        """Run rounds until one has nothing left to do (``round_once`` returns False), the run
        stops, or the holds allowed run out."""
        holds = 0
        self._report()
        while not self.stopping:
            self._clear_hold()
            more = await round_once()
            hold = self._hold
            if self.stopping or (hold is None and not more):
                return
            if hold is None:
                continue
            reason, seconds = hold
            limit = self._outage_policy.holds
            if limit is not None and holds >= limit:
                self._stop(Stop.OFFLINE)
                return
            holds += 1
            await self._wait_out(reason, seconds)

    async def _wait_out(self, reason: Hold, seconds: float) -> None:
        """Hold, visibly, until the time is up, Retry now or Cancel."""
        now = time.monotonic()
        self.progress.waiting = Waiting(reason, seconds, now + seconds)
        self._report()
        self._wake.clear()
        if not self.stopping:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=seconds)
        self.progress.waiting = None
        self._report()

    # ------------------------------------------------------------ reporting

    def _start_clock(self) -> None:
        self._started = time.monotonic()
        self.progress.last_answer = self._started

    def _report(self) -> None:
        paused = self._paused_total + (
            time.monotonic() - self._paused_at if self._paused_at is not None else 0.0
        )
        if self._started:
            self.progress.elapsed = max(0.0, time.monotonic() - self._started - paused)
        self._on_progress(self.progress)


class Slot:
    """One row's share of the concurrency bound, held only while a request is in flight."""

    def __init__(self, gate: Pace) -> None:
        self._gate = gate
        self._held = True

    async def acquire(self) -> None:
        if not self._held:
            await self._gate.acquire()
            self._held = True

    def release(self) -> None:
        if self._held:
            self._gate.release()
            self._held = False

    def set_aside(self) -> None:
        """The request waits before it tries again: the share is free until ``acquire``."""
        self.release()


_request_slot: contextvars.ContextVar[Slot | None] = contextvars.ContextVar(
    "badgedesk_request_slot", default=None
)
"""The ``Slot`` of the request a client call is making, in the call's own task (``_network``)."""


async def together(coroutines: Iterable[Coroutine[Any, Any, None]]) -> None:
    """Run coroutines together. The first failure is raised; whatever ends the wait (that, or
    the caller being cancelled), the others are cancelled and awaited, so nothing runs on."""
    tasks = [asyncio.ensure_future(coroutine) for coroutine in coroutines]
    try:
        await asyncio.gather(*tasks)
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
