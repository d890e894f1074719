"""Waiting inside a coroutine for something the event loop will make true."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable


async def wait_for(predicate: Callable[[], object], seconds: float = 30.0) -> None:
    """By the clock: a short ``asyncio.sleep`` on the qasync loop may return early."""
    deadline = time.monotonic() + seconds
    while True:
        if predicate():
            return
        if time.monotonic() > deadline:
            raise TimeoutError("condition not met")
        await asyncio.sleep(0.005)
