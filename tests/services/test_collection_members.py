"""Membership saves, step by step with a server that answers when told: one request at a time
per collection, the others at once, a caller that gives up does not stop a save, and dropping
them sends nothing more."""

from __future__ import annotations

import asyncio

from badgedesk.api.models import Collection
from badgedesk.services.collection_members import MembershipSaves


class HeldServer:
    """Takes each membership and answers only when ``answer`` is called."""

    def __init__(self) -> None:
        self.received: list[tuple[str, list[str]]] = []
        self._answers: list[asyncio.Future[None]] = []

    async def send(self, collection: Collection, members: list[str]) -> Collection:
        self.received.append((collection.key, members))
        answered = asyncio.get_running_loop().create_future()
        self._answers.append(answered)
        await answered
        return Collection(entity_id=collection.key, name=collection.name, assertions=members)

    def answer(self) -> None:
        """Answer every request received so far."""
        for answered in self._answers:
            if not answered.done():
                answered.set_result(None)


async def _turns() -> None:
    """Let every task that can take a step take it."""
    for _ in range(5):
        await asyncio.sleep(0)


ONE = Collection(entity_id="One000000000000000000", name="One")
TWO = Collection(entity_id="Two000000000000000000", name="Two")


def test_each_collection_has_one_request_at_a_time_and_the_others_go_at_once(runner) -> None:
    server = HeldServer()
    saves = MembershipSaves(server.send)

    async def scenario() -> None:
        first = asyncio.ensure_future(saves.save(ONE, ["a"]))
        other = asyncio.ensure_future(saves.save(TWO, ["z"]))
        await _turns()
        merged = [asyncio.ensure_future(saves.save(ONE, m)) for m in (["a", "b"], ["c"])]
        await _turns()
        assert server.received == [(ONE.key, ["a"]), (TWO.key, ["z"])]
        assert saves.pending(ONE.key) == ["c"]
        server.answer()
        assert (await first).assertions == ["a"]
        assert (await other).assertions == ["z"]
        await _turns()
        assert server.received[2:] == [(ONE.key, ["c"])], "the two waiting merged into one"
        assert not any(m.done() for m in merged)
        server.answer()
        assert [(await m).assertions for m in merged] == [["c"], ["c"]]
        assert saves.pending(ONE.key) is None

    runner.run(scenario())


def test_a_caller_that_gives_up_does_not_stop_the_save(runner) -> None:
    server = HeldServer()
    saves = MembershipSaves(server.send)

    async def scenario() -> None:
        asking = asyncio.ensure_future(saves.save(ONE, ["a"]))
        await _turns()
        asking.cancel()
        await _turns()
        assert saves.pending(ONE.key) == ["a"]
        server.answer()
        await saves.flush()
        assert saves.pending(ONE.key) is None
        assert server.received == [(ONE.key, ["a"])]

    runner.run(scenario())


def test_dropped_saves_send_nothing_more_and_their_callers_are_cancelled(runner) -> None:
    server = HeldServer()
    saves = MembershipSaves(server.send)

    async def scenario() -> None:
        sending = asyncio.ensure_future(saves.save(ONE, ["a"]))
        await _turns()
        queued = asyncio.ensure_future(saves.save(ONE, ["b"]))
        await _turns()
        saves.drop()
        await _turns()
        assert sending.cancelled()
        assert queued.cancelled()
        assert saves.pending(ONE.key) is None
        assert server.received == [(ONE.key, ["a"])]
        later = asyncio.ensure_future(saves.save(ONE, ["c"]))
        await _turns()
        server.answer()
        assert (await later).assertions == ["c"], "a membership asked for afterwards goes"

    runner.run(scenario())
