"""Fixtures for driving the async client from synchronous tests."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from typing import Any, TypeVar

import pytest

from badgedesk.api.client import BadgesClient, RetryPolicy
from badgedesk.sandbox import SandboxServer

T = TypeVar("T")


class SleepRecorder:
    """Stands in for asyncio.sleep in the retry policy: records each wait, waits nothing."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


@pytest.fixture
def run() -> Iterator[Callable[[Awaitable[T]], T]]:
    """Run a coroutine to completion on a private event loop."""
    with asyncio.Runner() as runner:
        yield runner.run  # type: ignore[misc]


@pytest.fixture
def sleeps() -> SleepRecorder:
    return SleepRecorder()


@pytest.fixture
def make_client(
    sandbox: SandboxServer, demo_token: str, sleeps: SleepRecorder, run: Any
) -> Iterator[Callable[..., BadgesClient]]:
    """Build clients on the sandbox (demo token unless told otherwise); all closed at the end."""
    made: list[BadgesClient] = []

    def factory(auth: Any = None, **kwargs: Any) -> BadgesClient:
        kwargs.setdefault("retry", RetryPolicy(sleep=sleeps))
        client = BadgesClient(sandbox.base_url, auth if auth is not None else demo_token, **kwargs)
        made.append(client)
        return client

    yield factory
    for client in made:
        run(client.aclose())


@pytest.fixture
def client(make_client: Callable[..., BadgesClient]) -> BadgesClient:
    return make_client()
