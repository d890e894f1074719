"""The pace of a batch: how many requests are in flight follows what the server says."""

from __future__ import annotations

import asyncio
import itertools
from collections import deque

import pytest

from badgedesk.services.pace import LONGEST_WAIT, START, STEP, Pace

FAST = 0.05


class FakeMonotonic:
    """A ``time.monotonic`` that moves only when told."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def answered(pace: Pace, times: int, seconds: float = FAST) -> None:
    for _ in range(times):
        pace.answered(seconds)


def test_fast_answers_raise_the_bound_to_the_ceiling_and_no_further():
    pace = Pace(8)
    assert pace.limit == START
    answered(pace, 1)
    assert pace.limit == START + 1
    answered(pace, 20)
    assert pace.limit == 8


def test_a_ceiling_under_the_start_is_the_bound():
    assert Pace(1).limit == 1
    pace = Pace(1)
    answered(pace, 5)
    assert pace.limit == 1
    with pytest.raises(ValueError, match="at least 1"):
        Pace(0)


def test_slow_answers_do_not_raise_the_bound():
    pace = Pace(8)
    answered(pace, 1)
    answered(pace, 10, seconds=FAST * 3)
    assert pace.limit == START + 1


def refused(pace: Pace) -> None:
    """The server refused a request, then accepted the next one asked: the bound as the
    refusal left it."""
    pace.busy()
    assert pace.limit == 1, "one at a time until the server accepts one again"
    pace.answered(FAST * 3)  # slow: it raises nothing


@pytest.mark.parametrize("times", [1, 5])
def test_the_bound_halves_at_most_once_a_second_when_the_server_is_busy(times):
    clock = FakeMonotonic()
    pace = Pace(8, clock=clock)
    answered(pace, 20)
    for _ in range(times):  # every request of the round refused together
        pace.busy()
    pace.answered(FAST * 3)
    assert pace.limit == 4
    assert pace.decreases == 1
    clock.advance(STEP / 2)
    refused(pace)
    assert pace.limit == 4
    clock.advance(STEP / 2)
    refused(pace)
    assert pace.limit == 2


def test_after_a_refusal_one_request_at_a_time_asks_until_one_is_accepted(runner):
    """A throttle counting the last second's (or minute's) requests refuses every request
    until the oldest leave its window: one request asks a round trip after the refusal, the
    next twice as long after that one was refused, and so on; once one is accepted, the
    halved bound holds again."""
    clock = FakeMonotonic()

    async def scenario() -> list[tuple[float, int]]:
        pace = Pace(8, clock=clock)
        answered(pace, 20)  # the quickest answer: FAST
        for _ in range(8):  # the whole round refused, as it arrives
            pace.busy()
            clock.advance(0.001)
        left: list[tuple[float, int]] = []

        async def request() -> None:
            await pace.acquire()
            left.append((round(clock.now - 100, 3), pace.in_flight))

        async def until_one_leaves(seen: int) -> None:
            while len(left) == seen:
                clock.advance(0.001)
                await asyncio.sleep(0.001)

        waiting = [asyncio.ensure_future(request()) for _ in range(4)]
        await until_one_leaves(0)
        for seen in (1, 2):
            clock.advance(FAST)  # its answer: refused too
            pace.release()
            pace.busy()
            await asyncio.sleep(0.01)
            assert len(left) == seen, "the next one waits"
            await until_one_leaves(seen)
        pace.answered(FAST)  # accepted: the halved bound again
        await asyncio.gather(*waiting)
        return left

    left = runner.run(scenario())
    asked_at = [at for at, _ in left[:3]]
    assert asked_at[0] == pytest.approx(FAST, abs=0.0015), "a round trip after the first refusal"
    assert asked_at[1] - asked_at[0] == pytest.approx(FAST + 2 * FAST, abs=0.0015)
    assert asked_at[2] - asked_at[1] == pytest.approx(FAST + 4 * FAST, abs=0.0015)
    assert [in_flight for _, in_flight in left] == [1, 1, 1, 2]


def test_the_bound_never_goes_under_one():
    clock = FakeMonotonic()
    pace = Pace(8, clock=clock)
    for _ in range(6):
        refused(pace)
        clock.advance(1)
    assert pace.limit == 1
    assert pace.decreases == 6


def test_after_the_server_pushed_back_the_bound_grows_back_a_round_at_a_time_then_slowly():
    """Back to just under the bound the server refused by one per round of answers, then by
    one a round at most once a second."""
    clock = FakeMonotonic()
    pace = Pace(8, clock=clock)
    Throttle(pace, clock, capacity=99).serve(STEP)  # a second at 8
    refused(pace)
    assert pace.limit == 4
    answered(pace, 3)
    assert pace.limit == 4, "not before a round (four) of answers"
    answered(pace, 1)
    assert pace.limit == 5
    answered(pace, 5 + 6)
    assert pace.limit == 7
    answered(pace, 20)
    assert pace.limit == 7, "not within a second of the server's refusal"
    clock.advance(STEP)
    answered(pace, 1)
    assert pace.limit == 8


def test_above_where_it_was_refused_the_bound_grows_at_most_once_a_second():
    """Refused where the server kept up with 4 at once, then taking more: the bound is back at
    4 at once, and from there grows by one a second."""
    clock = FakeMonotonic()
    pace = Pace(8, clock=clock)
    server = Throttle(pace, clock, capacity=4)
    while not server.serve(0.01):
        pass
    refused_at = clock.now
    server.capacity = 99
    raised: list[tuple[int, float]] = []
    while pace.limit < 8:
        limit = pace.limit
        server.serve(0.01)
        if pace.limit > max(limit, 4):
            raised.append((pace.limit, clock.now - refused_at))
    assert [limit for limit, _ in raised] == [5, 6, 7, 8]
    moments = [refused_at] + [refused_at + after for _, after in raised]
    assert gaps(moments) == pytest.approx([STEP] * 4, abs=0.05)


def test_requests_wait_for_room_under_the_bound(runner):
    async def scenario() -> list[int]:
        pace = Pace(8, start=2)
        seen: list[int] = []

        async def request() -> None:
            await pace.acquire()
            seen.append(pace.in_flight)

        waiting = [asyncio.ensure_future(request()) for _ in range(4)]
        await asyncio.sleep(0)
        assert pace.in_flight == 2, "two leave, two wait"
        pace.answered(FAST)  # room for a third
        await asyncio.sleep(0)
        assert pace.in_flight == 3
        pace.release()  # and the fourth
        await asyncio.gather(*waiting)
        return seen

    assert runner.run(scenario()) == [1, 2, 3, 3]


def gaps(moments: list[float]) -> list[float]:
    return [later - earlier for earlier, later in itertools.pairwise(moments)]


class Throttle:
    """A server answering ``pace.limit`` requests at once in ``FAST`` seconds each, throttled
    as Django REST framework throttles: the requests of ``capacity`` at once and no more are
    accepted in any second (``(capacity + 0.5) / FAST``), the others refused."""

    def __init__(self, pace: Pace, clock: FakeMonotonic, capacity: int) -> None:
        self.pace, self.clock, self.capacity = pace, clock, capacity
        self.accepted: deque[float] = deque()

    def serve(self, seconds: float) -> list[float]:
        """``seconds`` of answers; when the server refused (the first of each run)."""
        end, refusals, refusing = self.clock.now + seconds, [], False
        while self.clock.now < end:
            self.clock.advance(FAST / self.pace.limit)
            while self.accepted and self.accepted[0] <= self.clock.now - 1:
                self.accepted.popleft()
            if len(self.accepted) >= (self.capacity + 0.5) / FAST:
                if not refusing:
                    refusals.append(self.clock.now)
                refusing = True
                self.pace.busy()
            else:
                refusing = False
                self.accepted.append(self.clock.now)
                self.pace.answered(FAST)
        return refusals


def test_the_bound_grows_back_to_what_the_server_kept_up_with():
    """A throttle of 5 at once lets the slow start reach 8 before its second is full, then
    refuses: the bound goes back to 5 at once (the requests it accepted in the last second,
    times their time each), not to 7, which it would refuse again."""
    clock = FakeMonotonic()
    pace = Pace(8, clock=clock)
    server = Throttle(pace, clock, capacity=5)
    assert len(server.serve(1.5 * STEP)) == 1
    assert pace.limit == 5
    assert server.serve(0.45 * STEP) == [], "5 at once until a second after the refusal"


def test_past_a_bound_refused_again_and_again_the_bound_goes_less_often():
    """A throttle that does not move refuses the same bound each time the pace tries it: the
    wait before trying it doubles each time, up to ``LONGEST_WAIT``, and is one ``STEP``
    again once a higher bound was refused."""
    clock = FakeMonotonic()
    pace = Pace(8, start=5, clock=clock)
    server = Throttle(pace, clock, capacity=5)
    refusals = server.serve(40 * STEP)
    waits = gaps(refusals)
    # Each refusal comes the pace's wait after the last, and then the time 6 at once take to
    # fill the throttle's second, the same each time.
    fill = waits[-1] - LONGEST_WAIT
    assert 0 < fill < STEP
    expected = [STEP, 2 * STEP, 4 * STEP, LONGEST_WAIT, LONGEST_WAIT, LONGEST_WAIT]
    assert waits == pytest.approx([wait + fill for wait in expected], abs=0.05)
    server.capacity = 8  # the server takes more now
    server.serve(3 * LONGEST_WAIT)
    assert pace.limit == 8
    server.capacity = 7  # and less: refused at 8, higher than before
    refusals = server.serve(4 * STEP)
    assert refusals[1] - refusals[0] < 2 * STEP, "a step after it (and the throttle filling)"


def test_while_the_server_refuses_every_request_the_next_asks_no_later_than_it_asked(runner):
    """A refused request asked to wait 0 s (``Retry-After: 0``): the next one asks at once,
    not a round trip later; asked to wait longer than the pace would, the pace's own wait."""
    clock = FakeMonotonic()

    async def scenario() -> None:
        pace = Pace(8, clock=clock)
        answered(pace, 20)
        pace.busy()
        pace.asked_to_wait(FAST * 10)
        request = asyncio.ensure_future(pace.acquire())
        await asyncio.sleep(0.01)
        assert not request.done(), "a round trip after the refusal, as the pace would"
        pace.asked_to_wait(0)
        await asyncio.wait_for(request, 1)

    runner.run(scenario())
