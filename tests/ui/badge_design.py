"""Driving the Assertions tab's badge class actions from a test: finding a tree node by name,
acting and letting the work finish in one loop run, answering the question a delete asks.
Shared by the tests of designing badge classes online and drafting them offline."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from shiboken6 import isValid

from tests.ui.shells import quiet
from tests.ui.waiting import wait_for


def node(tab, name: str) -> str:
    """The entityId of the issuer or badge class called ``name`` in the tree."""
    for issuer in tab.issuers.values():
        if issuer.name == name:
            return str(issuer.key)
    return next(b.key for b in tab.badgeclasses.values() if b.name == name)


def act(loop, tab, action, until=None) -> None:
    """Do ``action`` (a trigger, a submit) and let the work it starts finish, in one loop run
    (a task started outside it would take its first step where httpx finds no loop)."""

    async def steps() -> None:
        action()
        if until is not None:
            await wait_for(until)
        await quiet(tab)

    loop.run_until_complete(steps())


def closed(dialog) -> bool:
    """Whether ``dialog`` is gone (accepted dialogs delete themselves)."""
    return not isValid(dialog) or not dialog.isVisible()


def tree_names(tab) -> set[str]:
    return {item.text(0) for item in tab._tree_items()}


def answer(loop, tab, yes: bool) -> QMessageBox:
    """Wait for the open question and answer it with its destructive button (or Cancel); the
    write waiting for the answer goes on at the next run of the loop."""
    loop.run_until_complete(wait_for(lambda: tab.design.question is not None))
    box = tab.design.question
    assert box is not None
    if yes:
        (button,) = [
            b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
        ]
    else:
        button = box.button(QMessageBox.StandardButton.Cancel)
    button.click()
    return box
