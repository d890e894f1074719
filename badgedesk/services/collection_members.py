"""Saving which badges a collection holds, as fast as a person ticks them.

A person ticks several badges in a row, or drags more onto a collection while the last change
is still on its way. Each collection's membership goes one request at a time, never two at once
(the server would keep whichever it finished last); memberships asked for while one is on its
way merge into the newest, sent next. Whoever asked hears once the server has what they asked
for, or a membership asked for after it. Nothing here knows Qt.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

from badgedesk.api.models import Collection
from badgedesk.services.tasks import Tasks

SendMembers = Callable[[Collection, list[str]], Awaitable[Collection]]
"""Sends one collection's whole membership and returns the collection as the server has it."""


@dataclass
class _Wish:
    """A membership asked for, and everyone waiting to hear how it (or a newer one) went."""

    collection: Collection
    members: list[str]
    waiters: list[asyncio.Future[Collection]]


class MembershipSaves:
    """The memberships asked for, per collection, and the one request under way for each."""

    def __init__(self, send: SendMembers) -> None:
        self._send = send
        self._queued: dict[str, _Wish] = {}
        """Per collection key, the newest membership not sent yet."""
        self._sending: dict[str, _Wish] = {}
        """Per collection key, the membership on its way to the server."""
        self._tasks = Tasks("collection membership saves")

    async def save(self, collection: Collection, members: Sequence[str]) -> Collection:
        """Ask for ``members`` as the membership of ``collection``; returns the collection as
        the server has it once this membership, or a newer one, is saved. A refusal raises
        here, for this membership and for those asked for behind it (made on top of the
        refused one, they are dropped). Cancelling the caller does not stop the save."""
        answer: asyncio.Future[Collection] = asyncio.get_running_loop().create_future()
        key = collection.key
        merged = self._queued.get(key)
        waiters = [*merged.waiters, answer] if merged is not None else [answer]
        self._queued[key] = _Wish(collection, list(members), waiters)
        sender = self._tasks.named(key)
        if sender is None or sender.done():
            self._tasks.spawn(self._send_in_turn(key), name=key)
        return await asyncio.shield(answer)

    def pending(self, key: str) -> list[str] | None:
        """The newest membership asked for the collection ``key`` and not saved yet."""
        wish = self._queued.get(key) or self._sending.get(key)
        return list(wish.members) if wish is not None else None

    async def flush(self) -> None:
        """Until every membership asked for so far was sent, however it went."""
        await self._tasks.wait()

    def drop(self) -> None:
        """Send nothing more and cancel the requests under way; whoever waits is cancelled."""
        for wish in [*self._queued.values(), *self._sending.values()]:
            _tell(wish.waiters, asyncio.CancelledError())
        self._queued.clear()
        self._tasks.cancel()

    async def _send_in_turn(self, key: str) -> None:
        """Send the newest membership of ``key`` until no newer one waits; stop at a refusal."""
        while (wish := self._queued.pop(key, None)) is not None:
            self._sending[key] = wish
            try:
                saved = await self._send(wish.collection, wish.members)
            except Exception as error:  # a refusal, or the server out of reach
                behind = self._queued.pop(key, None)
                _tell([*wish.waiters, *(behind.waiters if behind else [])], error)
                return
            finally:
                del self._sending[key]
            _tell(wish.waiters, saved)


def _tell(waiters: list[asyncio.Future[Collection]], outcome: Collection | BaseException) -> None:
    """Give each waiter still waiting the saved collection, the error, or its cancellation."""
    for waiter in waiters:
        if waiter.done():
            continue
        if isinstance(outcome, asyncio.CancelledError):
            waiter.cancel()
        elif isinstance(outcome, BaseException):
            waiter.set_exception(outcome)
        else:
            waiter.set_result(outcome)
