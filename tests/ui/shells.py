"""A shell signed in on a sandbox, and running its loop until a tab's work is done: shared by
the widget tests of the tabs (the ``shell`` fixture of conftest.py builds on it)."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from badgedesk.auth.keychain import Keychain
from badgedesk.auth.oauth import TokenSet
from badgedesk.profiles import sandbox_profile
from badgedesk.sandbox import ALL_SCOPES
from badgedesk.services.desk import Desk
from badgedesk.services.session import Session
from badgedesk.store.thread import StoreThread
from badgedesk.ui.main_window import MainWindow
from badgedesk.ui.shell import Shell
from tests.ui.waiting import wait_for


async def awaited(task):
    """Await a task from a test: a bare task given to run_until_complete can run a step while
    the qasync loop is not running, where httpx finds no event loop."""
    assert task is not None
    return await task


def signed_in_shell(
    server, qtbot, settings, memory_keyring, conn, tmp_path, loop, scope=ALL_SCOPES, drafts=None
):
    """A shell signed in from tokens saved in the keyring, its catalogue loaded."""
    profile = sandbox_profile(server.base_url, server.web_url)
    keychain = Keychain(profile.name, memory_keyring)
    pair = server.mint_token(scope=scope)
    keychain.save_tokens(
        TokenSet(
            pair.access_token, pair.refresh_token, datetime.now(UTC) + timedelta(hours=1), scope
        )
    )
    window = MainWindow(settings)
    store = drafts or StoreThread(tmp_path / "badgedesk.sqlite3")
    shell = Shell(
        window, Desk(Session(profile, keychain), store, tmp_path), batches=drafts is not None
    )

    def shut_down(_window: MainWindow) -> None:
        # As when the application quits: before the widgets go, so no tab's work outlives them
        # (pytest-qt closes the window before the fixtures' own teardown runs).
        loop.run_until_complete(shell.shutdown())
        if store is not drafts:
            store.close()

    qtbot.addWidget(window, before_close_func=shut_down)

    async def start() -> None:
        # In one run of the loop: the refresh task started by start() must not take a step
        # while the loop is stopped, where httpx finds no running loop.
        await shell.start(sign_in=False)
        await awaited(shell.catalogue_refresh)
        await quiet(shell.assertions)

    loop.run_until_complete(start())
    window.resize(1300, 800)
    window.show()
    return shell


async def quiet(tab) -> None:
    """Until the tab's background work (pages, counts, images, details) is done: a task left
    running would take its next step outside the loop, between two run_until_complete."""
    await wait_for(lambda: not (tab.model.loading or tab.tasks))


def settle(loop, tab, until=None) -> None:
    """Run the loop until ``until`` holds (if given) and the tab's work is done, in one go."""

    async def steps() -> None:
        if until is not None:
            await wait_for(until)
        await quiet(tab)

    loop.run_until_complete(steps())


def select(shell: Shell, loop, entity_id: str) -> None:
    """Choose a node (issuer or badge class) in the Assertions tab and wait for its rows."""
    tab = shell.assertions
    tab.select_node(entity_id)
    settle(loop, tab)


def counts(tab) -> dict[str, int]:
    """The Assertions tab's summary counts, by name (Active, Expired, Revoked)."""
    lines = tab.summary.counts_label.text().splitlines()
    assert len(lines) == 3, "counting is done"
    return {line.split()[0]: int(re.sub(r"\D", "", line)) for line in lines}
