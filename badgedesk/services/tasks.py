"""Background work of one screen or service, held until it ends and cancellable as a whole.

asyncio keeps only weak references to tasks, so whoever starts one must hold it; a screen that
goes away (sign-out, quit) must be able to cancel what it started and wait for it. A *named*
task replaces the running task of the same name: reloading a table cancels the load it
replaces. A task that fails is logged and handed to ``on_failure``, so no error is lost in a
callback nobody reads.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterator
from typing import Any, TypeVar

T = TypeVar("T")
log = logging.getLogger(__name__)


class Tasks:
    """A set of running tasks, some of them named."""

    def __init__(
        self, owner: str, on_failure: Callable[[BaseException], None] | None = None
    ) -> None:
        self._owner = owner
        self._on_failure = on_failure
        self._running: set[asyncio.Future[Any]] = set()
        self._named: dict[str, asyncio.Future[Any]] = {}

    def spawn(self, work: Awaitable[T], *, name: str | None = None) -> asyncio.Future[T]:
        """Run ``work`` now; a ``name`` cancels the running task of that name first."""
        if name is not None:
            self.cancel(name)
        task = asyncio.ensure_future(work)
        self._running.add(task)
        if name is not None:
            self._named[name] = task
        task.add_done_callback(lambda done: self._ended(done, name))
        return task

    def named(self, name: str) -> asyncio.Future[Any] | None:
        """The running task of that name, if any."""
        return self._named.get(name)

    def cancel(self, name: str | None = None) -> None:
        """Cancel the task of that name, or every task when no name is given."""
        if name is not None:
            task = self._named.pop(name, None)
            if task is not None and not task.done():
                task.cancel()
            return
        for running in list(self._running):
            running.cancel()

    async def wait(self) -> None:
        """Until every task started so far has ended (however it ended)."""
        if self._running:
            await asyncio.wait(set(self._running))

    def __len__(self) -> int:
        return len(self._running)

    def __iter__(self) -> Iterator[asyncio.Future[Any]]:
        return iter(list(self._running))

    def _ended(self, task: asyncio.Future[Any], name: str | None) -> None:
        self._running.discard(task)
        if name is not None and self._named.get(name) is task:
            del self._named[name]
        if task.cancelled() or (error := task.exception()) is None:
            return
        log.error("a task of %s failed", self._owner, exc_info=error)
        if self._on_failure is not None:
            self._on_failure(error)
