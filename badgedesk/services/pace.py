"""How many requests of a batch are in flight at once: as many as the server keeps up with.

A fixed number is wrong both ways: too few leaves a fast server idle, too many makes a
throttling server answer 429 (or 503, as nginx's ``limit_req`` does by default) to a good share
of the requests, each of which then waits out its ``Retry-After``. ``Pace`` adapts the bound
as TCP adapts its window (AIMD):

- it starts at ``START`` and, until the server first pushes back, grows by one per fast
  answer (doubling each round trip);
- it halves when the server says it is too busy, at most once every ``STEP`` seconds however
  many requests were refused meanwhile (they were sent at the old bound, and a refused one
  tries again only after its ``Retry-After``);
- until the server accepts a request again, one request at a time asks whether it will, the
  first a round trip (the quickest answer seen, else ``FIRST_ASK``) after the refusal and
  each next one twice as long after the last was refused, up to ``LONGEST_WAIT`` and never
  later than the server asked a refused request to wait: a throttle counting the last
  second's requests refuses every request until the oldest leave its window (a batch at the
  halved bound spent a refusal on each of them: 27 of its 75 429s were in the first such
  stretch), and one counting the last minute's for as long as a minute;
- it then grows back by one per round of fast answers up to just under the bound the server
  refused (as TCP CUBIC returns to its last window), or just over the requests at once it
  kept up with (those it accepted in the last ``STEP`` seconds, times the quickest answer's
  seconds) when that is less: a throttle of 100 requests a second at 50 ms a request keeps
  up with 5 at once, and 7, just under the 8 first refused, was refused again and again;
- from there it grows by one at most every ``STEP`` seconds: a throttle counts requests per
  second, and each refusal costs a request its ``Retry-After`` (a second or more), so
  probing once per round trip would be refused again and again. The first raise past a
  bound refused waits ``STEP`` after the refusal, twice as long each time the server refuses
  that bound again, up to ``LONGEST_WAIT``: a server whose throttle does not move is asked
  once in a while, not every second.

It never goes over the user's "Requests at once" (the ceiling) nor under one. A request
waiting to try again (its ``Retry-After``, or a back-off) is not at the server, and its share
is free meanwhile (``Slot.set_aside``).

An answer is fast when it takes no more than ``SLOW`` times the quickest seen: a server that
queues requests answers more slowly before it refuses them, and more requests in flight then
only lengthen its queue.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Callable

SLOW = 2.0
"""An answer taking longer than this many times the quickest seen does not raise the bound."""
START = 4
"""Requests in flight before the first answers (less when the ceiling is lower): as many as
"Requests at once" by default, so that a batch at the default goes as it always did until the
server pushes back."""
STEP = 1.0
"""Seconds between two halvings, and between two raises above the bound last refused."""
FIRST_ASK = 0.1
"""Seconds from a refusal to the first request asking again, before any answer was timed."""
LONGEST_WAIT = 8.0
"""Seconds, at most, between two tries of what the server refused again and again: a request
while it refuses every one, a bound past the one it refused."""


class Pace:
    """A concurrency bound that follows the server, used like a semaphore: ``acquire`` before
    a request leaves, ``release`` when its answer came. ``answered``/``busy`` tell it how the
    server answered."""

    def __init__(
        self, ceiling: int, *, start: int = START, clock: Callable[[], float] = time.monotonic
    ) -> None:
        if ceiling < 1:
            raise ValueError("the ceiling must be at least 1")
        self.ceiling = ceiling
        self._window = float(min(start, ceiling))
        self._slow_start = True
        self._in_flight = 0
        self._quickest: float | None = None
        self._accepted: deque[float] = deque()
        """When the requests accepted in the last ``STEP`` seconds were answered."""
        self._quiet_until = 0.0
        self._fast = 0
        """Fast answers since the bound last changed."""
        self._next_raise = 0.0
        self._refused = 0
        """The bound the server last said it was too busy at."""
        self._grow_fast_below = 0.0
        """The bound grows back a round at a time to just under this, then slowly: the bound
        refused, or what the server kept up with then, plus one, if less."""
        self._probe_wait = STEP
        """Seconds after a refusal before the bound may go past the one refused."""
        self._asking = False
        """The server refused a request and has accepted none since: one at a time."""
        self._ask_gap = 0.0
        """Seconds between two requests while ``_asking``."""
        self._ask_after = 0.0
        """While ``_asking``, no request leaves before this time."""
        self._clock = clock
        self._waiters: list[asyncio.Future[None]] = []
        self.decreases = 0
        """How many times the server made the bound halve."""

    @property
    def limit(self) -> int:
        """Requests allowed in flight now, within [1, ceiling]."""
        if self._asking:
            return 1
        return max(1, min(self.ceiling, int(self._window)))

    @property
    def in_flight(self) -> int:
        return self._in_flight

    async def acquire(self) -> None:
        while True:
            wait = self._ask_after - self._clock() if self._asking else 0.0
            if self._in_flight < self.limit and wait <= 0:
                break
            loop = asyncio.get_running_loop()
            waiter = loop.create_future()
            self._waiters.append(waiter)
            timer = loop.call_later(wait, self._wake) if wait > 0 else None
            try:
                await waiter
            finally:
                if timer is not None:
                    timer.cancel()
                if waiter in self._waiters:
                    self._waiters.remove(waiter)
        self._in_flight += 1

    def release(self) -> None:
        self._in_flight -= 1
        self._wake()

    def answered(self, seconds: float) -> None:
        """The server accepted a request ``seconds`` after it left: a fast answer may raise
        the bound."""
        if self._asking:
            self._asking = False
            self._wake()
        now = self._clock()
        self._forget_before(now - STEP)
        self._accepted.append(now)
        quickest = self._quickest = min(seconds, self._quickest or seconds)
        if seconds > SLOW * quickest or self._window >= self.ceiling:
            return
        self._fast += 1
        if not self._slow_start:
            if self._fast < self.limit:
                return
            if int(self._window) + 1 >= int(self._grow_fast_below):  # from here, slowly
                if now < self._next_raise:
                    return
                self._next_raise = now + STEP
        self._fast = 0
        self._window = min(float(self.ceiling), self._window + 1)
        self._wake()

    def busy(self) -> None:
        """The server said it is too busy (429, 503): halve the bound (unless it was halved
        less than ``STEP`` seconds ago)."""
        now = self._clock()
        if not self._asking:
            self._asking, self._ask_gap = True, self._quickest or FIRST_ASK
            self._ask_after = now + self._ask_gap
        elif now >= self._ask_after:  # an ask's refusal, not one of those sent before it
            self._ask_gap = min(LONGEST_WAIT, 2 * self._ask_gap)
            self._ask_after = now + self._ask_gap
        if now < self._quiet_until:
            return
        refused = int(self._window)
        again = refused <= self._refused  # no higher a bound than refused last time
        self._probe_wait = min(LONGEST_WAIT, 2 * self._probe_wait) if again else STEP
        self._refused = refused
        self._slow_start = False
        self._grow_fast_below = min(self._window, int(self._kept_up_with(now)) + 1)
        self._window = max(1.0, self._window / 2)
        self._fast = 0
        self._quiet_until = now + STEP
        self._next_raise = now + self._probe_wait
        self.decreases += 1

    def _kept_up_with(self, now: float) -> float:
        """Requests at once that the server answered in the last ``STEP`` seconds: their
        number a second times the quickest answer's seconds. A throttle counting the last
        second's requests refuses once that number reaches its limit, however soon after the
        first request. The bound itself before any answer was timed."""
        if self._quickest is None:
            return self._window
        self._forget_before(now - STEP)
        return len(self._accepted) / STEP * self._quickest

    def _forget_before(self, moment: float) -> None:
        while self._accepted and self._accepted[0] <= moment:
            self._accepted.popleft()

    def asked_to_wait(self, seconds: float) -> None:
        """The server asked a refused request to wait ``seconds`` (``Retry-After``): while
        it refuses every request, the next asks no later than that one."""
        if self._asking:
            self._ask_gap = min(self._ask_gap, seconds)
            self._ask_after = min(self._ask_after, self._clock() + seconds)
            self._wake()

    def _wake(self) -> None:
        """Let every waiting request look at the bound again."""
        waiters, self._waiters = self._waiters, []
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(None)
