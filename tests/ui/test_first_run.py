"""The first-run page: shown while no server is set up (until hidden), it explains the sandbox
and the ways to a real server, and its buttons sign in or open the server profiles."""

from __future__ import annotations

import asyncio
import sys

import pytest
from PySide6.QtWidgets import QApplication

from badgedesk import app as badgedesk_app
from badgedesk.profiles import ProfileStore
from badgedesk.selftest import fill_sandbox_form
from badgedesk.services.desk import Desk
from badgedesk.ui.main_window import MainWindow
from badgedesk.ui.profiles_dialog import ProfilesDialog
from badgedesk.ui.shell import Shell
from tests.ui.shells import quiet
from tests.ui.signing_in import settle
from tests.ui.waiting import wait_for

pytestmark = pytest.mark.webengine


def running_window(settings) -> tuple[MainWindow, Shell] | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.settings is settings and widget.isVisible():
            shell = widget.findChild(Shell)
            if shell is not None:
                return widget, shell
    return None


async def started_without_a_profile(qapp, tmp_path, settings):
    """``run()`` as ``badgedesk --data-dir`` with no server profile; the task, window and shell
    once the start-up has got as far as the sign-in (or not)."""
    args = badgedesk_app.parse_args(["--data-dir", str(tmp_path)])
    running = asyncio.ensure_future(
        badgedesk_app.run(qapp, args, tmp_path, settings, tmp_path / "logs" / "badgedesk.log")
    )
    await wait_for(lambda: running_window(settings) is not None)
    found = running_window(settings)
    assert found is not None
    window, shell = found
    await wait_for(lambda: "Not signed in" in window.user_label.text())
    await wait_for(lambda: window.activity_label.text() == "")  # the start has run its course
    return running, window, shell


def test_the_first_run_page_explains_until_it_is_hidden(
    qapp, tmp_path, settings, monkeypatch, loop
):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs its own

    async def first_start() -> None:
        running, window, shell = await started_without_a_profile(qapp, tmp_path, settings)
        page = window.first_run
        assert page is not None
        assert window.pages.currentWidget() is page
        assert shell.login_dialog is None, "no sign-in page over the explanation"
        text = page.text()
        for said in (
            "practice server",
            "demo@badgedesk.test",
            "password demo",
            "Parchment",
            "Canvas Credentials",
            "self-hosted Badgr server",
            "File → Server profiles",
        ):
            assert said in text
        page.hide_button.click()
        assert window.pages.currentWidget() is window.tabs
        window.quit_action.trigger()
        assert await asyncio.wait_for(running, 30) == 0

    async def second_start() -> None:
        running, window, shell = await started_without_a_profile(qapp, tmp_path, settings)
        assert window.first_run is None, "hidden for good"
        await wait_for(lambda: shell.login_dialog is not None)
        assert "No server is set up yet" in window.statusBar().currentMessage()
        window.getting_started_action.trigger()
        assert window.pages.currentWidget() is window.first_run, "still in Help"
        window.quit_action.trigger()
        assert await asyncio.wait_for(running, 30) == 0
        # The sign-in window's web page goes before its profile, as QtWebEngine requires.
        destroyed = asyncio.Event()
        window.destroyed.connect(destroyed.set)
        window.deleteLater()
        await asyncio.wait_for(destroyed.wait(), 10)

    loop.run_until_complete(first_start())
    loop.run_until_complete(second_start())


def test_its_buttons_open_the_profiles_and_sign_in_to_the_sandbox(
    session, drafts, settings, qtbot, loop, tmp_path
):
    window = MainWindow(settings)
    qtbot.addWidget(window)

    async def resolve(_name: str):
        return session.profile

    shell = Shell(
        window,
        Desk(session, drafts),
        profiles=ProfileStore(tmp_path / "profiles.json"),
        resolve_profile=resolve,
    )
    window.show()
    window.show_first_run()
    page = window.first_run
    assert page is not None

    page.set_up_button.click()
    dialog = window.findChild(ProfilesDialog)
    assert dialog is not None
    assert dialog.isVisible()
    dialog.reject()
    assert window.pages.currentWidget() is page, "still there if no server was chosen"

    async def try_the_sandbox() -> None:
        page.try_button.click()
        await fill_sandbox_form(shell)
        await wait_for(lambda: shell.session.signed_in and shell.login_dialog is None)
        await settle(shell)
        await quiet(shell.assertions)

    loop.run_until_complete(try_the_sandbox())
    assert window.pages.currentWidget() is window.tabs
    assert window.user_label.text() == "Signed in as Dana Demo"
    loop.run_until_complete(shell.shutdown())
