"""Start-up of the ``badgedesk`` command (and ``python -m badgedesk``).

Builds the QApplication and the qasync loop, picks the server profile (the in-process
sandbox with ``--sandbox`` or while none is configured), wires the window to the session and
closes tasks and HTTP clients cleanly on quit. QtWebEngine is not imported here: only the
login dialog needs it, and only when a sign-in is needed.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import sys
from collections.abc import Sequence
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import TYPE_CHECKING

from badgedesk import __version__

if TYPE_CHECKING:  # Qt is imported inside the functions, after the environment is prepared
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from badgedesk.ui.main_window import MainWindow

log = logging.getLogger("badgedesk")
RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="badgedesk", description="Desktop admin console for the Digital Badges API v2."
    )
    parser.add_argument("--version", action="version", version=f"BadgeDesk {__version__}")
    parser.add_argument(
        "--sandbox", action="store_true", help="use the bundled local sandbox server"
    )
    parser.add_argument("--profile", metavar="NAME", help="server profile to use")
    parser.add_argument(
        "--data-dir", metavar="PATH", type=Path, help="keep settings, data and logs here"
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="offscreen check: sandbox, embedded sign-in, first page of assertions; exit 0",
    )
    # For benchmarks/startup.py: print "painted" at the main window's first paint, then quit.
    parser.add_argument("--first-paint", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def data_directory(args: argparse.Namespace) -> Path:
    if args.data_dir is not None:
        return Path(args.data_dir).expanduser().resolve()
    import platformdirs

    return Path(platformdirs.user_data_dir("BadgeDesk", "BadgeDesk"))


def configure_logging(data_dir: Path) -> Path:
    """A rotating log file in the data directory. Nothing logs tokens (see api/ and auth/)."""
    log_file = data_dir / "logs" / "badgedesk.log"
    log_file.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    return log_file


def prepare_environment(self_test: bool) -> None:
    """Before Qt loads: the Qt binding for qasync, offscreen for the self-test, and
    Chromium's sandbox, which refuses to start as root."""
    os.environ.setdefault("QT_API", "pyside6")
    if self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
        if "--no-sandbox" not in flags:
            os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = f"{flags} --no-sandbox".strip()


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    prepare_environment(args.self_test)

    from PySide6.QtCore import QCoreApplication, QSettings, Qt
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from badgedesk.ui.pyside_fixes import MainThreadGarbageCollector, pin_singletons

    pin_singletons()
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    MainThreadGarbageCollector(app)
    app.setApplicationName("BadgeDesk")
    app.setOrganizationName("BadgeDesk")
    app.setApplicationVersion(__version__)
    icon = RESOURCES / "badgedesk.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))

    import qasync

    data_dir = data_directory(args)
    data_dir.mkdir(parents=True, exist_ok=True)
    log_file = configure_logging(data_dir)
    settings = (
        QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
        if args.data_dir is not None
        else QSettings()
    )
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        return int(loop.run_until_complete(run(app, args, data_dir, settings, log_file)))
    finally:
        loop.close()


def show_main_window(settings: QSettings, profile_name: str) -> MainWindow:
    """Everything before the first paint, kept light: no httpx, keyring or sandbox yet."""
    from badgedesk.ui.main_window import MainWindow

    window = MainWindow(settings)
    window.set_profile(profile_name)
    window.show()
    return window


async def first_paint(window: MainWindow) -> None:
    """Until ``window`` has been painted once."""
    from PySide6.QtCore import QEvent, QObject

    from badgedesk.ui.futures import resolve

    painted: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    class PaintWatch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                resolve(painted, None)
            return False

    watch = PaintWatch(window)
    window.installEventFilter(watch)
    try:
        await painted
    finally:
        window.removeEventFilter(watch)


async def run(
    app: QApplication, args: argparse.Namespace, data_dir: Path, settings: QSettings, log_file: Path
) -> int:
    """The program's life on the qasync loop, from the first window to the last cleanup."""
    from badgedesk.profiles import SANDBOX, ProfileStore

    profiles = ProfileStore(data_dir / "profiles.json")
    chosen = SANDBOX if args.sandbox or args.self_test else args.profile or profiles.current
    name = chosen or SANDBOX
    if name != SANDBOX and profiles.get(name) is None:
        print(f"badgedesk: no server profile called {name!r}", file=sys.stderr)
        return 2
    window = show_main_window(settings, name)
    if args.first_paint:
        await first_paint(window)
        print("painted", flush=True)
        return 0
    await asyncio.sleep(0)  # let the window paint before the heavier start-up work

    from badgedesk.auth.keychain import Keychain
    from badgedesk.profiles import ServerProfile, sandbox_profile
    from badgedesk.sandbox import SandboxConfig, SandboxServer
    from badgedesk.services.drafts import DraftService
    from badgedesk.services.session import Session
    from badgedesk.store import StoreError, open_database
    from badgedesk.ui.errors import install_excepthook
    from badgedesk.ui.shell import Shell

    install_excepthook(lambda: window, log_file)
    try:
        conn = open_database(data_dir / "badgedesk.sqlite3")
        drafts = DraftService(open_database(data_dir / "badgedesk.sqlite3"))
    except StoreError as error:
        print(f"badgedesk: {error}", file=sys.stderr)
        return 2
    sandboxes: list[SandboxServer] = []

    async def resolve_profile(wanted: str) -> ServerProfile:
        """A profile by name; the sandbox is started the first time it is wanted."""
        if wanted != SANDBOX:
            found = profiles.get(wanted)
            if found is None:
                raise KeyError(wanted)
            return found
        if not sandboxes:
            window.set_activity(window.tr("Starting the local sandbox…"))
            try:
                sandboxes.append(
                    await asyncio.to_thread(lambda: SandboxServer(SandboxConfig()).start())
                )
            finally:
                window.set_activity(None)
        return sandbox_profile(sandboxes[0].base_url, sandboxes[0].web_url)

    profile = await resolve_profile(name)
    session = Session(profile, Keychain(profile.name))
    shell = Shell(
        window,
        session,
        conn,
        profiles=profiles,
        resolve_profile=resolve_profile,
        data_dir=data_dir,
        drafts=drafts,
    )
    if chosen is None:
        window.statusBar().showMessage(
            window.tr(
                "No server is set up yet, so BadgeDesk uses its local sandbox. "
                "Choose your server in File → Server profiles."
            ),
            30000,
        )
    quitting = asyncio.Event()
    app.aboutToQuit.connect(quitting.set)
    app.lastWindowClosed.connect(quitting.set)
    try:
        if args.self_test:
            from badgedesk.selftest import run_self_test

            return await run_self_test(shell)
        start = asyncio.ensure_future(shell.start())
        await quitting.wait()
        start.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await start
        return 0
    finally:
        window.save_state()
        await shell.shutdown()
        await shell.session.aclose()
        drafts.close()
        conn.close()
        window.close()
        for sandbox in sandboxes:
            sandbox.stop()
