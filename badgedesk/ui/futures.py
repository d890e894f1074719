"""Bridging Qt callbacks and signals to asyncio futures on the qasync loop."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any, ParamSpec, TypeVar, cast

import qasync

T = TypeVar("T")
P = ParamSpec("P")


def resolve(future: asyncio.Future[T], value: T) -> None:
    """Set ``future`` once from a Qt callback. Returns None on purpose: a Python bool
    returned to PySide from a callback has crashed the interpreter at exit here."""
    if not future.done():
        future.set_result(value)


def async_slot(method: Callable[P, Coroutine[Any, Any, None]]) -> Callable[P, None]:
    """``qasync.asyncSlot`` with types: the slot runs the coroutine as a task on the loop."""
    return cast(Callable[P, None], qasync.asyncSlot()(method))
