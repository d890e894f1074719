"""Signing in through the shell's login dialog, and what it leaves in the (memory) keyring:
shared by the sign-in tests."""

from __future__ import annotations

import asyncio

from tests.ui.waiting import wait_for

SERVICE = "BadgeDesk/Sandbox"
"""The keyring service the sandbox profile's tokens are saved under."""


def stored(memory_keyring, name):
    """The secret saved as ``name`` for the sandbox profile, or None."""
    return memory_keyring.secrets.get((SERVICE, name))


async def settle(shell):
    """Let work started by a sign-in finish while the loop is running (see sign_in_fully in
    test_sign_in.py)."""
    if shell.catalogue_refresh is not None:
        await shell.catalogue_refresh


async def open_dialog(shell):
    """Start signing in; the sign-in task and the login dialog it opened."""
    signing_in = asyncio.ensure_future(shell.sign_in())
    await wait_for(lambda: shell.login_dialog is not None)
    return signing_in, shell.login_dialog
