"""Renders the README's screenshots from the bundled sandbox (its demo data only, never a real
account): the first-run page, the Assertions tab, the badge class editor and the Drafts tab,
offscreen at 1366x768.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots.py [--dark] [--locale en_GB]
        [--language fr]

Run it after a change to what these screens show, and look at the PNGs before committing them.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import keyring.backend
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from badgedesk.auth.keychain import Keychain
from badgedesk.auth.oauth import TokenSet
from badgedesk.core.batches import BadgeClassChoice, BatchDefaults, RowFields
from badgedesk.core.languages import PSEUDO, SOURCE_LANGUAGE
from badgedesk.profiles import sandbox_profile
from badgedesk.sandbox import ALL_SCOPES, SandboxConfig, SandboxServer
from badgedesk.services.desk import Desk
from badgedesk.services.session import Session
from badgedesk.store.thread import StoreThread
from badgedesk.ui.event_loop import EventLoop
from badgedesk.ui.language import install_language
from badgedesk.ui.main_window import MainWindow
from badgedesk.ui.shell import Shell

BADGE_CLASS = "First Aid at Work"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """Tokens for this run only: the person's own keyring is never touched."""

    priority = 1.0

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#e6e6e6"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.AlternateBase, "#262626"),
        (QPalette.ColorRole.Text, "#e6e6e6"),
        (QPalette.ColorRole.Button, "#353535"),
        (QPalette.ColorRole.ButtonText, "#e6e6e6"),
        (QPalette.ColorRole.Highlight, "#2f65ca"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
        (QPalette.ColorRole.ToolTipBase, "#353535"),
        (QPalette.ColorRole.ToolTipText, "#e6e6e6"),
        (QPalette.ColorRole.PlaceholderText, "#9a9a9a"),
        (QPalette.ColorRole.Link, "#8ab4f8"),
    ):
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette


async def until(condition: Callable[[], object], seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not get ready")
        await asyncio.sleep(0.02)


async def settled(app: QApplication) -> None:
    """Long enough for layouts and images to land after the data did."""
    for _ in range(10):
        app.processEvents()
        await asyncio.sleep(0.03)


def save(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(path)


async def render(
    app: QApplication, out: Path, data_dir: Path, suffix: str, size: tuple[int, int]
) -> None:
    settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    with SandboxServer(SandboxConfig()) as server:
        profile = sandbox_profile(server.base_url, server.web_url)
        keychain = Keychain(profile.name, MemoryKeyring())
        pair = server.mint_token(scope=ALL_SCOPES)
        expiry = datetime.now(UTC) + timedelta(hours=1)
        keychain.save_tokens(TokenSet(pair.access_token, pair.refresh_token, expiry, ALL_SCOPES))
        window = MainWindow(settings)
        window.resize(*size)
        store = StoreThread(data_dir / "badgedesk.sqlite3")
        shell = Shell(window, Desk(Session(profile, keychain), store, data_dir))
        window.show()
        try:
            window.show_first_run()
            await settled(app)
            save(window, out / f"first-run{suffix}.png")

            await shell.start(sign_in=False)
            await until(lambda: shell.assertions.badgeclasses)
            badgeclass = next(
                b for b in shell.assertions.badgeclasses.values() if b.name == BADGE_CLASS
            )
            window.hide_first_run()
            shell.assertions.badgeclass_details.toggle.setChecked(True)
            shell.assertions.select_node(badgeclass.key)
            await until(lambda: shell.assertions.model.rowCount() and not shell.assertions.tasks)
            shell.assertions.table.selectRow(0)
            await until(lambda: not shell.assertions.tasks)
            await settled(app)
            save(window, out / f"assertions{suffix}.png")

            design = shell.assertions.design
            design.edit_action.trigger()
            await until(lambda: design.editor is not None and not shell.assertions.tasks)
            editor = design.editor
            assert editor is not None
            await settled(app)
            save(editor, out / f"badge-class-editor{suffix}.png")
            editor.reject()

            drafts = shell.drafts
            assert drafts is not None
            choice = BadgeClassChoice(badgeclass.key, badgeclass.name)
            today = date.today()
            batch = await drafts.service.create_batch(
                "Year 10 first aiders",
                choice,
                BatchDefaults(narrative="Completed the one-day course.", issued_on=today),
                [
                    RowFields("amira.haddad@school.example"),
                    RowFields("ben.okafor@school.example", expires=today + timedelta(days=3 * 365)),
                    RowFields("chloe.martin@school.example"),
                    RowFields("dan.wu@school"),  # marked: no domain
                    RowFields("+447700900123", recipient_type="telephone"),
                ],
            )
            window.tabs.setCurrentWidget(drafts)
            await drafts.refresh()
            await drafts.open_batch(batch.id)
            await settled(app)
            save(window, out / f"drafts{suffix}.png")
        finally:
            await shell.shutdown()
            store.close()
            window.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).parent)
    parser.add_argument("--dark", action="store_true", help="a dark palette (-dark.png)")
    parser.add_argument(
        "--language", default="en", help="BadgeDesk's language: fr, es, de or pseudo (-fr.png)"
    )
    parser.add_argument(
        "--locale", help="dates as this locale writes them (default: en_US, or the language's)"
    )
    parser.add_argument(
        "--size", default="1366x768", help="the window in logical pixels (with QT_SCALE_FACTOR)"
    )
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    language = install_language(app, args.language)
    QLocale.setDefault(
        QLocale(args.locale or ("en_US" if language in (SOURCE_LANGUAGE, PSEUDO) else language))
    )
    app.setApplicationName("BadgeDesk")
    if args.dark:
        app.setPalette(dark_palette())
    width, height = (int(part) for part in args.size.split("x"))
    size = (width, height)
    suffix = ([] if language == SOURCE_LANGUAGE else [f"-{language}"]) + (
        ["-dark"] if args.dark else []
    )
    loop = EventLoop(app)
    asyncio.set_event_loop(loop)
    with tempfile.TemporaryDirectory() as data_dir:
        loop.run_until_complete(render(app, args.out, Path(data_dir), "".join(suffix), size))
    return 0


if __name__ == "__main__":
    sys.exit(main())
