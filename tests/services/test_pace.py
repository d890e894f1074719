"""The pace of a batch: how many requests are in flight follows what the server says."""

from __future__ import annotations

import asyncio

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
    answered(pace, 20)
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
    clock = FakeMonotonic()
    pace = Pace(8, start=2, clock=clock)
    answered(pace, 2)  # 4 in flight
    refused(pace)
    assert pace.limit == 2
    answered(pace, 2)
    assert pace.limit == 3
    answered(pace, 20)
    assert pace.limit == 3, "not within a second of the server's refusal"
    clock.advance(STEP)
    answered(pace, 1)
    assert pace.limit == 4
    answered(pace, 20)
    clock.advance(STEP / 2)
    answered(pace, 20)
    assert pace.limit == 4, "not within a second of the last raise"
    clock.advance(STEP / 2)
    answered(pace, 1)
    assert pace.limit == 5


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


def test_past_a_bound_refused_again_and_again_the_bound_goes_less_often():
    """A throttle that does not move refuses the same bound each time the pace tries it: the
    wait before trying it doubles each time, up to ``LONGEST_WAIT``, and is one ``STEP``
    again once a higher bound was refused."""
    clock = FakeMonotonic()
    pace = Pace(8, start=6, clock=clock)
    refused(pace)  # at 6: 3
    waits = []
    for _ in range(6):
        answered(pace, 20)
        assert pace.limit == 5, "back to just under the bound refused, at once"
        waited = 0.0
        while pace.limit == 5:
            clock.advance(STEP / 4)
            waited += STEP / 4
            answered(pace, 1)
        assert pace.limit == 6
        waits.append(waited)
        refused(pace)  # at 6 again: 3
    assert waits == [STEP, 2 * STEP, 4 * STEP, LONGEST_WAIT, LONGEST_WAIT, LONGEST_WAIT]
    for _ in range(3):  # the server takes more now: 6, then 7, then 8
        clock.advance(LONGEST_WAIT)
        answered(pace, 20)
    assert pace.limit == 8
    refused(pace)  # at 8, higher than before: 4
    answered(pace, 20)
    assert pace.limit == 7
    clock.advance(STEP)
    answered(pace, 7)
    assert pace.limit == 8, "one step after a refusal at a new bound"


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
