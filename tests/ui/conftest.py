"""Fixtures for widget tests: a qasync loop on the test's QApplication, settings in tmp."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from badgedesk.auth.keychain import Keychain
from badgedesk.profiles import sandbox_profile
from badgedesk.sandbox import Flavor
from badgedesk.services.session import Session
from badgedesk.store import open_database
from badgedesk.store.thread import StoreThread
from badgedesk.ui.main_window import MainWindow
from badgedesk.ui.pyside_fixes import MainThreadGarbageCollector
from badgedesk.ui.shell import Shell


@pytest.fixture(scope="session", autouse=True)
def main_thread_gc(qapp: QApplication) -> MainThreadGarbageCollector:
    """As in the application: Qt objects must not be collected on the sandbox's thread."""
    return MainThreadGarbageCollector(qapp)


@pytest.fixture
def flavor() -> Flavor:
    """Widget tests run against the parchment flavour only, not once per flavour."""
    return "parchment"


@pytest.fixture
def loop(qapp: QApplication) -> Iterator[qasync.QEventLoop]:
    """Coroutines (httpx, @asyncSlot handlers) run on this loop inside the Qt event loop."""
    event_loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(event_loop)
    yield event_loop
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


@pytest.fixture
def shell(qtbot, settings, session, conn, drafts) -> Shell:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    return Shell(window, session, drafts)
