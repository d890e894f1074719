"""What every outbox run shares, awards and revocations alike: why a run stops, how a request
that was not processed is tried again, what a progress bar shows, and pause/resume/cancel
between requests (a request in flight always finishes, so its outcome is known).

No widgets here.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from badgedesk.api import (
    ApiError,
    AuthenticationError,
    BadgesClient,
    MalformedResponseError,
    NetworkError,
    RateLimitedError,
    ServerError,
)
from badgedesk.services.drafts import DraftService


class Stop(StrEnum):
    """Why a run ended before every row was settled."""

    CANCELLED = "cancelled"
    OFFLINE = "offline"
    SIGNED_OUT = "signed-out"


class SubmissionRefused(Exception):
    """The batch cannot be submitted as it is (nothing was sent)."""


@dataclass(frozen=True)
class RetryRules:
    """How a row that was not processed (429, never sent) is tried again within one run."""

    attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 30.0

    def delay(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:
            return min(retry_after, self.max_delay)
        ceiling = min(self.max_delay, self.base_delay * 2 ** (attempt - 1))
        return random.uniform(ceiling / 2, ceiling)  # noqa: S311 - jitter, not security


@dataclass
class SubmissionProgress:
    """What a progress bar shows. ``rate`` is rows per second of unpaused time."""

    total: int = 0
    succeeded: int = 0
    """Awarded, or revoked."""
    skipped: int = 0
    """Not sent: there was nothing to do (an award already revoked)."""
    failed: int = 0
    reconciling: bool = False
    paused: bool = False
    stopped: Stop | None = None
    finished: bool = False
    elapsed: float = 0.0

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


def error_text(error: ApiError) -> str:
    """The server's own words for a refusal, on one line."""
    messages = error.messages
    if messages:
        return "; ".join(messages)
    return str(error)


class OutboxRun:
    """One run of one batch; subclasses send the rows."""

    def __init__(
        self,
        drafts: DraftService,
        client: Callable[[], BadgesClient | None],
        who: Callable[[], tuple[str, str | None]],
        batch_id: int,
        *,
        retry: RetryRules | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.batch_id = batch_id
        self._drafts = drafts
        self._client = client
        self._who = who
        self._retry = retry or RetryRules()
        self._clock = clock
        self._running = asyncio.Event()
        self._running.set()
        self._wake = asyncio.Event()
        self.progress = SubmissionProgress()
        self._on_progress: Callable[[SubmissionProgress], None] = lambda _: None
        self._started = 0.0
        self._paused_at: float | None = None
        self._paused_total = 0.0

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
        """Rows not yet sent stay pending; rows in flight finish."""
        self._stop(Stop.CANCELLED)

    def drain(self) -> None:
        """Send nothing more; requests in flight finish, so their outcome is known."""
        self._stop(Stop.CANCELLED)

    def _stop(self, reason: Stop) -> None:
        if self.progress.stopped is None:
            self.progress.stopped = reason
        self._wake.set()
        self.resume()

    def _stop_for(self, error: ApiError) -> None:
        """Stop because the server cannot be reached, or the session is gone."""
        self._stop(Stop.SIGNED_OUT if signed_out(error) else Stop.OFFLINE)

    @property
    def stopping(self) -> bool:
        return self.progress.stopped is not None

    async def _wait_running(self) -> bool:
        await self._running.wait()
        return not self.stopping

    async def _pause_for(self, seconds: float) -> None:
        """Sleep, but wake at once on cancel."""
        self._wake.clear()
        if self.stopping:
            return
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._wake.wait(), timeout=seconds)

    def _start_clock(self) -> None:
        self._started = time.monotonic()

    def _report(self) -> None:
        paused = self._paused_total + (
            time.monotonic() - self._paused_at if self._paused_at is not None else 0.0
        )
        if self._started:
            self.progress.elapsed = max(0.0, time.monotonic() - self._started - paused)
        self._on_progress(self.progress)


class Slot:
    """One row's share of the concurrency bound, held only while a request is in flight."""

    def __init__(self, gate: asyncio.Semaphore) -> None:
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


def signed_out(error: ApiError) -> bool:
    return isinstance(error, AuthenticationError)
