"""Fixtures for widget tests: the application's event loop on the test's QApplication,
settings in tmp, the shell (signed out, or signed in for a module marked ``signed_in``) and
the real program."""

from __future__ import annotations

import asyncio
import gc
import sqlite3
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from badgedesk.auth.keychain import Keychain
from badgedesk.auth.oauth import TokenSet
from badgedesk.profiles import ProfileStore, ServerProfile, sandbox_profile
from badgedesk.sandbox import ALL_SCOPES, Flavor, SandboxServer
from badgedesk.services.desk import Desk
from badgedesk.services.session import Session
from badgedesk.store import open_database
from badgedesk.store.thread import StoreThread
from badgedesk.ui.event_loop import EventLoop
from badgedesk.ui.main_window import MainWindow
from badgedesk.ui.plurals import install_english_plurals
from badgedesk.ui.pyside_fixes import MainThreadGarbageCollector
from badgedesk.ui.shell import Shell
from tests.ui.programs import PROFILE, Program
from tests.ui.shells import settle, signed_in_shell


@pytest.fixture(scope="session", autouse=True)
def main_thread_gc(qapp: QApplication) -> MainThreadGarbageCollector:
    """As in the application: Qt objects must not be collected on the sandbox's thread."""
    return MainThreadGarbageCollector(qapp)


@pytest.fixture(scope="session", autouse=True)
def no_window_left_at_exit(qapp: QApplication) -> Iterator[None]:
    """Deletes the windows the tests leave, while the run still controls the order.

    At exit PySide deletes every Qt object Python still owns, in no particular order, one at a
    time. After the whole widget run, with a hundred windows left (a main window per shell),
    that ended in a segmentation fault inside ``QObject::~QObject`` for one run in three,
    after "QObject: shared QObject was deleted directly", once every test had passed (core
    dump: ``PySide::destroyQCoreApplication``, deleting a ``QPushButton``).
    """
    yield
    for window in qapp.topLevelWidgets():
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.fixture(autouse=True)
def no_key_left_held(qapp: QApplication) -> Iterator[None]:
    """Each widget test leaves no modifier key held for the next.

    After ``QTest.keyClick(widget, key, Ctrl|Shift)`` QApplication still reports Shift held
    (measured offscreen), until the next key event. A test that ended on such a click left it
    so, and the next test's ``selectRow`` extended the selection instead of choosing the row.
    A key release with no modifiers, sent to a widget of its own, sets the state back."""
    yield
    if qapp.keyboardModifiers() != Qt.KeyboardModifier.NoModifier:
        QTest.keyRelease(QWidget(), Qt.Key.Key_Shift)


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp: QApplication) -> None:
    """As in the application: counted texts read "1 award", "2 awards" in English."""
    install_english_plurals(qapp)


@pytest.fixture
def flavor() -> Flavor:
    """Widget tests run against the parchment flavour only, not once per flavour."""
    return "parchment"


class TestEventLoop(EventLoop):
    """The application's loop as tests run it: ``run_until_complete`` again and again, with Qt
    events also processed between the runs (by pytest-qt, qtbot, and qasync's own last pass after
    each run) where qasync sets no running loop. A task that work left going (a page read
    ahead still arriving, ``PageReader``) may step there, and its read fails where it asks for
    the running loop ("no running event loop"). The application runs the loop
    for its whole life; here it is the running loop for the whole test, as there."""

    def run_forever(self) -> int:
        try:
            return int(super().run_forever())
        finally:
            asyncio.events._set_running_loop(self)


@pytest.fixture
def loop(qapp: QApplication) -> Iterator[EventLoop]:
    """Coroutines (httpx, @asyncSlot handlers) run on this loop inside the Qt event loop."""
    event_loop = TestEventLoop(qapp)
    asyncio.set_event_loop(event_loop)
    asyncio.events._set_running_loop(event_loop)
    yield event_loop
    asyncio.events._set_running_loop(None)
    event_loop.close()
    asyncio.set_event_loop(None)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def session(sandbox, memory_keyring, loop) -> Iterator[Session]:
    profile = sandbox_profile(sandbox.base_url, sandbox.web_url)
    made = Session(profile, Keychain(profile.name, memory_keyring))
    yield made
    loop.run_until_complete(made.aclose())


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    connection = open_database(tmp_path / "badgedesk.sqlite3")
    yield connection
    connection.close()


@pytest.fixture
def drafts(tmp_path: Path) -> Iterator[StoreThread]:
    """The store on its own thread, as in the application (``conn`` reads the same file)."""
    service = StoreThread(tmp_path / "badgedesk.sqlite3")
    yield service
    service.close()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "signed_in(server='sandbox', drafts=False): the `shell` fixture starts signed in on "
        "the sandbox served by the fixture named `server`, with the Drafts and Revocations "
        "tabs if `drafts`",
    )


@pytest.fixture
def shell(
    request: pytest.FixtureRequest, sandbox, qtbot, settings, memory_keyring, conn, tmp_path, loop
) -> Iterator[Shell]:
    """The window and its shell on the sandbox. Signed out, on the ``session`` fixture, for the
    sign-in tests; in a module or test marked ``signed_in``, signed in from tokens in the
    keyring with its catalogue loaded and no tab's work left running, as the tabs' tests need
    (``sandbox`` is asked for even then, so that a module's choice of flavours reaches it)."""
    marker = request.node.get_closest_marker("signed_in")
    if marker is None:
        window = MainWindow(settings)
        qtbot.addWidget(window)
        yield Shell(
            window, Desk(request.getfixturevalue("session"), request.getfixturevalue("drafts"))
        )
        return
    server_fixture = marker.kwargs.get("server", "sandbox")
    server = sandbox if server_fixture == "sandbox" else request.getfixturevalue(server_fixture)
    drafts = request.getfixturevalue("drafts") if marker.kwargs.get("drafts") else None
    made = signed_in_shell(
        server, qtbot, settings, memory_keyring, conn, tmp_path, loop, drafts=drafts
    )
    settle(loop, made.assertions)
    yield made
    # pytest-qt has deleted the window by now: only wait for the work left and close.
    settle(loop, made.assertions)
    loop.run_until_complete(made.session.aclose())


@pytest.fixture
def program(
    sandbox: SandboxServer, qapp: QApplication, tmp_path: Path, settings: QSettings, monkeypatch
) -> Iterator[Program]:
    """A custom profile for the test's sandbox, its tokens in the keyring (the browser sign-in
    has tests of its own)."""
    store = ProfileStore(tmp_path / "profiles.json")
    store.put(ServerProfile.for_server(PROFILE, sandbox.base_url, sandbox.web_url))
    store.save()
    pair = sandbox.mint_token(scope=ALL_SCOPES)
    expires = datetime.now(UTC) + timedelta(hours=1)
    Keychain(PROFILE).save_tokens(
        TokenSet(pair.access_token, pair.refresh_token, expires, ALL_SCOPES)
    )
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs its own
    quit_on_last_window = qapp.quitOnLastWindowClosed()
    yield Program(qapp, tmp_path, settings)
    qapp.setQuitOnLastWindowClosed(quit_on_last_window)
