"""The real program, ``badgedesk.app.run()``, started on the test's qasync loop: for the tests
of quitting and of a store that cannot be used (the ``program`` fixture of conftest.py)."""

from __future__ import annotations

import asyncio
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from badgedesk import app as badgedesk_app
from badgedesk.ui.main_window import MainWindow
from badgedesk.ui.shell import Shell
from tests.ui.waiting import wait_for

PROFILE = "Campus server"
"""The custom profile the program is started with, on the test's sandbox."""


@dataclass
class Program:
    """``run()`` as ``main()`` starts it, and what a test needs to drive and inspect it."""

    app: QApplication
    data_dir: Path
    settings: QSettings

    def start(self) -> asyncio.Future[int]:
        args = badgedesk_app.parse_args(["--data-dir", str(self.data_dir), "--profile", PROFILE])
        log_file = self.data_dir / "logs" / "badgedesk.log"
        return asyncio.ensure_future(
            badgedesk_app.run(self.app, args, self.data_dir, self.settings, log_file)
        )

    def window(self) -> MainWindow | None:
        for widget in self.app.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.settings is self.settings:
                return widget
        return None

    async def signed_in(self) -> tuple[MainWindow, Shell]:
        """The window and its shell once signed in, with the catalogue for offline work."""
        await wait_for(lambda: (w := self.window()) is not None and w.findChild(Shell))
        window = self.window()
        assert window is not None
        shell = window.findChild(Shell)
        assert isinstance(shell, Shell)
        await wait_for(lambda: shell.session.signed_in and shell.catalogue_refresh is not None)
        assert shell.catalogue_refresh is not None
        await shell.catalogue_refresh
        return window, shell

    def stored(self, sql: str, *values: object) -> list[tuple]:
        """What a restarted BadgeDesk would find in its database."""
        with sqlite3.connect(self.data_dir / "badgedesk.sqlite3") as other:
            return other.execute(sql, values).fetchall()
