"""One truthful sign-in state: the status bar, the Account menu, the offline marks and the
Assertions tab's error banner agree through every transition, against the real sandbox."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from badgedesk.auth.keychain import REFRESH
from badgedesk.selftest import fill_sandbox_form
from tests.ui.shells import quiet, select
from tests.ui.signing_in import stored
from tests.ui.waiting import wait_for

pytestmark = [pytest.mark.webengine, pytest.mark.signed_in()]

SIGNED_IN = ("Signed in as Dana Demo", "Online", False, True)


def indicators(window):
    """Who, connection, Sign in offered, Sign out offered."""
    return (
        window.user_label.text(),
        window.online_label.text(),
        window.sign_in_action.isEnabled(),
        window.sign_out_action.isEnabled(),
    )


def test_every_indicator_follows_the_server(shell, loop, sandbox, memory_keyring):
    window, tab = shell.window, shell.assertions
    assert indicators(window) == SIGNED_IN
    assert tab.offline_label.isHidden()

    # The server goes away: every request meets a dropped connection.
    sandbox.faults.enqueue("drop", count=1000)
    loop.run_until_complete(shell.refresh_catalogue())
    assert indicators(window) == ("Signed in as Dana Demo", "Offline", False, True)
    assert not tab.offline_label.isHidden()

    # It is back: the next call that is answered says so everywhere.
    sandbox.faults.clear()

    async def back() -> None:
        await shell.session.client.users_self()
        await asyncio.wait_for(asyncio.shield(shell.catalogue_refresh), 30)

    loop.run_until_complete(back())
    assert indicators(window) == SIGNED_IN
    assert tab.offline_label.isHidden(), "the saved catalogue was replaced by the server's"

    # The server rejects the sign-in (its refresh too): a call is refused with a 401.
    httpx.post(
        f"{sandbox.base_url}/o/revoke_token/", data={"token": stored(memory_keyring, REFRESH)}
    )
    sandbox.expire_access_tokens()
    select(shell, loop, next(iter(sandbox.state.badgeclasses)))
    assert indicators(window) == ("Sign-in rejected: sign in again", "Online", True, True)
    assert "rejected your sign-in" in window.statusBar().currentMessage()
    assert not tab.error_bar.isHidden()
    assert "sign in again" in tab.error_label.text().lower()

    # Signed in again: the banner goes, the awards load.
    async def sign_in_again() -> bool:
        window.sign_in_action.trigger()
        await fill_sandbox_form(shell)
        await wait_for(lambda: shell.login_dialog is None, seconds=30)
        await quiet(tab)
        return shell.session.signed_in

    assert loop.run_until_complete(asyncio.wait_for(sign_in_again(), 60))
    assert indicators(window) == SIGNED_IN
    assert tab.error_bar.isHidden()
    assert tab.model.rowCount() > 0
