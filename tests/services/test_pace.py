"""The pace of a batch: how many requests are in flight follows what the server says."""

from __future__ import annotations

import asyncio

import pytest

from badgedesk.services.pace import START, STEP, Pace

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


@pytest.mark.parametrize("times", [1, 5])
def test_the_bound_halves_at_most_once_a_second_when_the_server_is_busy(times):
    clock = FakeMonotonic()
    pace = Pace(8, clock=clock)
    answered(pace, 20)
    for _ in range(times):  # every request of the round refused together
        pace.busy()
    assert pace.limit == 4
    assert pace.decreases == 1
    clock.advance(STEP / 2)
    pace.busy()
    assert pace.limit == 4
    clock.advance(STEP / 2)
    pace.busy()
    assert pace.limit == 2


def test_the_bound_never_goes_under_one():
    clock = FakeMonotonic()
    pace = Pace(8, clock=clock)
    for _ in range(6):
        pace.busy()
        clock.advance(1)
    assert pace.limit == 1
    assert pace.decreases == 6


def test_after_the_server_pushed_back_the_bound_grows_back_a_round_at_a_time_then_slowly():
    """Back to just under the bound the server refused by one per round of answers, then by
    one a round at most once a second."""
    clock = FakeMonotonic()
    pace = Pace(8, clock=clock)
    answered(pace, 20)
    pace.busy()
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
    pace.busy()
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
