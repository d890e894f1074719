"""Bridging Qt callbacks and signals to asyncio futures on the qasync loop."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any, ParamSpec, TypeVar, cast

import qasync
from PySide6.QtWidgets import QAbstractButton, QMessageBox

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


async def clicked_yes(box: QMessageBox, yes: QAbstractButton) -> bool:
    """Open ``box`` (never exec: the loop goes on) and wait for the answer; True if ``yes``
    was the button clicked. The box deletes itself once answered."""
    answered: asyncio.Future[bool] = asyncio.get_running_loop().create_future()

    def on_finished(_code: int) -> None:
        resolve(answered, box.clickedButton() is yes)

    box.finished.connect(on_finished)
    box.finished.connect(box.deleteLater)
    box.open()
    return await answered
