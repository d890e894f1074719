"""Waiting inside a coroutine for something the event loop will make true."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable


async def wait_for(predicate: Callable[[], object], seconds: float = 30.0) -> None:
    """Until ``predicate`` holds, by the clock (not by counting sleeps); at most ``seconds``."""
    deadline = time.monotonic() + seconds
    while True:
        if predicate():
            return
        if time.monotonic() > deadline:
            raise TimeoutError("condition not met")
        await asyncio.sleep(0.005)
