"""Background tasks of a screen: held, replaced by name, cancelled together, failures told."""

from __future__ import annotations

import asyncio

import pytest

from badgedesk.services.tasks import Tasks


async def _forever() -> None:
    await asyncio.Event().wait()


def test_a_named_task_replaces_the_running_one_of_that_name(runner: asyncio.Runner) -> None:
    async def scenario() -> None:
        tasks = Tasks("test")
        first = tasks.spawn(_forever(), name="load")
        second = tasks.spawn(_forever(), name="load")
        await asyncio.wait({first})
        await asyncio.sleep(0)  # its done callbacks run
        assert first.cancelled()
        assert tasks.named("load") is second
        assert len(tasks) == 1
        tasks.cancel()
        await tasks.wait()
        assert second.cancelled()
        assert len(tasks) == 0
        assert tasks.named("load") is None

    runner.run(scenario())


def test_a_failure_is_handed_on_and_the_task_forgotten(runner: asyncio.Runner) -> None:
    failures: list[BaseException] = []

    async def fail() -> None:
        raise ValueError("boom")

    async def scenario() -> None:
        tasks = Tasks("test", failures.append)
        task = tasks.spawn(fail())
        await tasks.wait()
        assert task.done()
        assert len(tasks) == 0

    runner.run(scenario())
    assert [str(error) for error in failures] == ["boom"]


def test_cancelling_one_name_leaves_the_others(runner: asyncio.Runner) -> None:
    async def scenario() -> None:
        tasks = Tasks("test")
        counts = tasks.spawn(_forever(), name="counts")
        page = tasks.spawn(_forever(), name="page")
        plain = tasks.spawn(asyncio.sleep(0, "done"))
        tasks.cancel("counts")
        tasks.cancel("nothing by that name")
        await asyncio.sleep(0)
        assert counts.cancelled()
        assert not page.done()
        assert await plain == "done"
        tasks.cancel()
        await tasks.wait()

    runner.run(scenario())


@pytest.mark.parametrize("name", [None, "x"])
def test_waiting_with_nothing_running_returns_at_once(
    runner: asyncio.Runner, name: str | None
) -> None:
    async def scenario() -> None:
        tasks = Tasks("test")
        if name:
            tasks.cancel(name)
        await tasks.wait()

    runner.run(scenario())
