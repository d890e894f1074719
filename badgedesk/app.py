"""Start-up of the ``badgedesk`` command (and ``python -m badgedesk``).

Builds the QApplication, picks the server profile (the in-process sandbox with
``--sandbox`` or while none is configured) and paints the main window; only then loads the
event loop integration (asyncio and qasync), wires the window to the session and closes tasks
and HTTP clients cleanly on quit. Nothing the first paint does not need is imported before it
(``benchmarks/startup.py``): asyncio is imported inside the functions that run on the loop.
Every quit (File → Quit, closing the window, SIGTERM or SIGINT) ends ``run()`` normally,
after its clean-up and within a deadline: Qt is never left to stop the event loop under it.
QtWebEngine is not imported here: only the login dialog needs it, and only when a sign-in is
needed.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from badgedesk import __version__

if TYPE_CHECKING:  # Qt is imported inside the functions, after the environment is prepared
    import asyncio

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from badgedesk.profiles import ProfileStore
    from badgedesk.sandbox import SandboxServer
    from badgedesk.store.thread import StoreThread
    from badgedesk.ui.main_window import MainWindow
    from badgedesk.ui.shell import Shell

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
    from logging.handlers import RotatingFileHandler

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
    """Before Qt loads: the Qt binding for qasync, offscreen for the self-test, every fill
    painted on the GUI thread, and Chromium's sandbox, which refuses to start as root.

    Qt's raster engine hands each fill taller than about 96 lines to a pool of threads and
    waits for them. On a school laptop's two cores the hand-off costs more than the fill: the
    assertions table's scroll bar took 2.1 ms a paint with the pool and 0.2 ms without, while
    100,000 awards loaded (``benchmarks/assertions_table.py``). ``QT_NO_GUI_THREADPOOL`` is
    Qt's own switch; a value already set is kept."""
    os.environ.setdefault("QT_API", "pyside6")
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
    if self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
        if "--no-sandbox" not in flags:
            os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = f"{flags} --no-sandbox".strip()


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    prepare_environment(args.self_test)
    if args.self_test:  # from here on, nothing may wait for a person
        from badgedesk import selftest

        selftest.exit_on_uncaught_exception()
        selftest.progress.start_deadline(selftest.SELF_TEST_DEADLINE_SECONDS)
        selftest.progress.begin(selftest.START_QT)

    from PySide6.QtCore import QCoreApplication, QSettings, Qt
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from badgedesk.ui.pyside_fixes import (
        MainThreadGarbageCollector,
        pin_singletons,
        quicken_feature_checks,
    )

    quicken_feature_checks()  # before the imports that follow
    from badgedesk.ui.language import chosen_language, install_language

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

    data_dir = data_directory(args)
    settings = (
        QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
        if args.data_dir is not None
        else QSettings()
    )
    install_language(app, chosen_language(settings))
    shown = open_window(args, data_dir, settings)
    if shown is None:
        return 2
    wait_for_first_paint(shown.window)
    if args.first_paint:
        print("painted", flush=True)
        return 0
    # After the first paint (ctypes is not needed for it): the few references PySide drops
    # before then are nothing against the thousands these singletons hold.
    pin_singletons()

    # After the first paint: the log file, and the event loop everything else runs on.
    import asyncio

    from badgedesk.ui.event_loop import EventLoop

    log_file: Path | None = None
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        log_file = configure_logging(data_dir)
    except OSError as error:  # run() checks the folder again and asks what to do
        print(f"badgedesk: no log file in {data_dir}: {error}", file=sys.stderr)
    loop = EventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        return int(loop.run_until_complete(run(app, args, data_dir, settings, log_file, shown)))
    finally:
        loop.close()
        if args.self_test:
            selftest.progress.stop_deadline()


@dataclass
class Opening:
    """What start-up chose and showed before the event loop: the server profiles, the one
    asked for (None: none is set up yet, and the sandbox is used) and the window."""

    profiles: ProfileStore
    chosen: str | None
    window: MainWindow

    @property
    def name(self) -> str:
        from badgedesk.profiles import SANDBOX

        return self.chosen or SANDBOX


def open_window(args: argparse.Namespace, data_dir: Path, settings: QSettings) -> Opening | None:
    """The profile to use and the main window shown for it; None (said on stderr) when the
    profile asked for does not exist."""
    from badgedesk.profiles import SANDBOX, ProfileStore

    profiles = ProfileStore(data_dir / "profiles.json")
    chosen = SANDBOX if args.sandbox or args.self_test else args.profile or profiles.current
    name = chosen or SANDBOX
    if name != SANDBOX and profiles.get(name) is None:
        print(f"badgedesk: no server profile called {name!r}", file=sys.stderr)
        return None
    return Opening(profiles, chosen, show_main_window(settings, name))


def show_main_window(settings: QSettings, profile_name: str) -> MainWindow:
    """Everything before the first paint, kept light: no asyncio, httpx, keyring or sandbox
    yet."""
    from badgedesk.ui.main_window import MainWindow

    window = MainWindow(settings)
    window.set_profile(profile_name)
    window.show()
    return window


FIRST_PAINT_WAIT_MS = 2000
"""The longest start-up waits for the window's first paint (a platform that never paints a
window, minimised at start, must not stop the program)."""


def wait_for_first_paint(window: MainWindow) -> None:
    """Run Qt's own event loop until ``window`` has been painted once: the person sees the
    window while asyncio and qasync load."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

    waiting = QEventLoop()

    class PaintWatch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                waiting.quit()
            return False

    watch = PaintWatch(window)
    window.installEventFilter(watch)
    deadline = QTimer(watch)
    deadline.setSingleShot(True)
    deadline.timeout.connect(waiting.quit)
    deadline.start(FIRST_PAINT_WAIT_MS)
    waiting.exec()
    window.removeEventFilter(watch)
    watch.deleteLater()  # its deadline with it


async def run(
    app: QApplication,
    args: argparse.Namespace,
    data_dir: Path,
    settings: QSettings,
    log_file: Path | None,
    shown: Opening | None = None,
) -> int:
    """The program's life on the qasync loop, from the first window (unless ``shown``
    already) to the last cleanup."""
    import asyncio

    shown = shown or open_window(args, data_dir, settings)
    if shown is None:
        return 2
    profiles, chosen, name, window = shown.profiles, shown.chosen, shown.name, shown.window
    # Closing the window asks this coroutine to quit; Qt must not stop the loop under it.
    app.setQuitOnLastWindowClosed(False)
    spared = asyncio.all_tasks()  # not the program's to cancel (run() itself, a test's)
    quitting = asyncio.Event()
    shell: Shell | None = None

    def quit_requested() -> None:
        log.info("quit requested")
        if shell is None:
            quitting.set()
        else:
            shell.request_quit(quitting.set)

    def quit_signalled(signal_name: str) -> None:
        """Without asking: nobody may be there to answer (a session that ends)."""
        log.info("quit requested by %s", signal_name)
        quitting.set()

    window.quit_requested.connect(quit_requested)
    with quit_on_signals(quit_signalled):
        await asyncio.sleep(0)  # let the window paint before the heavier start-up work

        def self_test_step(step: str) -> None:
            """Under ``--self-test``, say which step starts (the name of one of
            badgedesk.selftest's steps; that module, which loads the sandbox, only then)."""
            if args.self_test:
                from badgedesk import selftest

                selftest.progress.begin(getattr(selftest, step))

        self_test_step("CHECK_DATA")
        opening = asyncio.ensure_future(open_store(window, data_dir))
        await asyncio.sleep(0)  # the store is checked on its thread while the rest loads

        from badgedesk.auth.keychain import Keychain
        from badgedesk.profiles import SANDBOX, ServerProfile, sandbox_profile
        from badgedesk.services.desk import Desk
        from badgedesk.services.session import Session
        from badgedesk.ui.errors import install_excepthook
        from badgedesk.ui.shell import Shell

        if not args.self_test:  # the self-test's own hook, installed by main(), stays
            install_excepthook(lambda: window, log_file)
        asked_to_quit = asyncio.ensure_future(quitting.wait())
        await asyncio.wait({opening, asked_to_quit}, return_when=asyncio.FIRST_COMPLETED)
        asked_to_quit.cancel()
        if not opening.done():  # a quit (a session ending) while the store is in question
            opening.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await opening
        opened = None if opening.cancelled() else opening.result()
        if opened is None:
            window.close_for_good()
            return 2
        data_dir, store = opened
        sandboxes: list[SandboxServer] = []

        async def resolve_profile(wanted: str) -> ServerProfile:
            """A profile by name; the sandbox is started the first time it is wanted."""
            if wanted != SANDBOX:
                found = profiles.get(wanted)
                if found is None:
                    raise KeyError(wanted)
                return found
            if not sandboxes:
                from badgedesk.sandbox import SandboxConfig, SandboxServer

                self_test_step("START_SANDBOX")
                with window.activity(window.tr("Starting the local sandbox…")):
                    sandboxes.append(
                        await asyncio.to_thread(lambda: SandboxServer(SandboxConfig()).start())
                    )
            return sandbox_profile(sandboxes[0].base_url, sandboxes[0].web_url)

        profile = await resolve_profile(name)
        session = Session(profile, Keychain(profile.name))
        shell = Shell(
            window,
            Desk(session, store, data_dir),
            profiles=profiles,
            resolve_profile=resolve_profile,
        )
        # With no server chosen, the first-run page explains (until hidden for good); the
        # sign-in waits for its "Try the sandbox".
        first_run = chosen is None and not window.first_run_hidden()
        if first_run:
            window.show_first_run()
        elif chosen is None:
            window.statusBar().showMessage(
                window.tr(
                    "No server is set up yet, so BadgeDesk uses its local sandbox. "
                    "Choose your server in File → Server profiles."
                ),
                30000,
            )
        try:
            if args.self_test:
                from badgedesk.selftest import run_self_test

                return await run_self_test(shell)
            start = asyncio.ensure_future(shell.start(sign_in=not first_run))
            log.info("BadgeDesk %s running with the server profile %s", __version__, name)
            await quitting.wait()
            start.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await start
            return 0
        finally:
            self_test_step("SHUT_DOWN")
            await shut_down(shell, store, sandboxes, spared)


DATABASE_NAME = "badgedesk.sqlite3"


async def open_store(window: MainWindow, data_dir: Path) -> tuple[Path, StoreThread] | None:
    """The data folder in use, and its store opened on its own thread: after its check
    passes, and never before, so nothing is written into a file that failed it. The check
    runs on a worker thread while the window paints. While the store cannot be used, the user
    is asked what to do; None if they quit."""
    import asyncio
    from datetime import datetime

    from badgedesk.core.health import Choice
    from badgedesk.store import StoreError
    from badgedesk.store.health import check_store, classify, keep_aside
    from badgedesk.store.thread import StoreThread
    from badgedesk.ui.store_problem import ask_about_store, choose_data_folder

    while True:
        path = data_dir / DATABASE_NAME
        # Seconds for a large store read cold from the disk (benchmarks/store_check.py).
        with window.activity(window.tr("Checking BadgeDesk's data…")):
            problem = await asyncio.to_thread(check_store, path)
        if problem is None:
            try:
                return data_dir, await asyncio.to_thread(StoreThread, path)
            except StoreError as error:
                problem = classify(error, path)
        log.error("cannot use the store: %s, %s: %s", problem.trouble, problem.path, problem.detail)
        choice = await ask_about_store(problem, window)
        log.info("store problem: the user chose %s", choice)
        if choice is Choice.QUIT:
            print(f"badgedesk: cannot use {problem.path}: {problem.detail}", file=sys.stderr)
            return None
        if choice is Choice.KEEP_ASIDE:
            try:
                kept = keep_aside(path, datetime.now())
            except OSError:
                log.exception("could not keep %s aside", path)
            else:
                log.info("kept %s aside as %s; starting a fresh store", path, kept.name)
        elif choice is Choice.OTHER_FOLDER:
            folder = await choose_data_folder(data_dir, window)
            if folder is not None:
                data_dir = folder


SHUTDOWN_DEADLINE_SECONDS = 30.0
"""The longest a quit waits for the work under way to end (requests in flight, a catalogue
refresh); what is still going then is abandoned, and the log says what."""
GRACE_SECONDS = 2.0
"""What closing the connections still gets once that deadline has passed, and what abandoned
work gets, once cancelled, to record what it knows."""


async def shut_down(
    shell: Shell,
    store: StoreThread,
    sandboxes: list[SandboxServer],
    spared: set[asyncio.Task[Any]],
) -> None:
    """Every clean-up step, in order, whatever happens to the others: the window's state, the
    tabs' work, the HTTP clients, the databases (their last writes, WAL checkpointed), the
    window, the sandbox. Each wait has a deadline, so a quit never hangs."""
    import asyncio

    loop = asyncio.get_running_loop()
    began = loop.time()
    shell.window.save_state()
    tabs_done = await finish("the work under way", shell.shutdown(), SHUTDOWN_DEADLINE_SECONDS)
    if not tabs_done:
        await cut_short(spared)
    left = max(began + SHUTDOWN_DEADLINE_SECONDS - loop.time(), GRACE_SECONDS)
    closed = await finish("closing the connections", shell.session.aclose(), left)
    store.close()
    shell.window.close_for_good()
    for sandbox in sandboxes:
        sandbox.stop()
    took = loop.time() - began
    if tabs_done and closed:
        log.info("shut down cleanly in %.2f s", took)
    else:
        log.warning("shut down in %.2f s, leaving work unfinished (see above)", took)


async def finish(what: str, work: Awaitable[None], seconds: float) -> bool:
    """Await ``work`` for at most ``seconds``, then cancel it and log that it was abandoned;
    a failure is logged too. False in either case: the shutdown goes on regardless."""
    import asyncio

    task = asyncio.ensure_future(work)
    done, _ = await asyncio.wait({task}, timeout=seconds)
    if not done:
        log.warning("quit: abandoned %s after %.1f s", what, seconds)
        task.cancel()
        await asyncio.wait({task}, timeout=GRACE_SECONDS)
        return False
    if not task.cancelled() and (error := task.exception()) is not None:
        log.error("quit: %s failed", what, exc_info=error)
        return False
    return True


async def cut_short(spared: set[asyncio.Task[Any]]) -> None:
    """Past the deadline, cancel every task the program started that is still running (a
    request in flight that an abandoned batch run left behind), so that nothing uses the
    connections and databases about to close."""
    import asyncio

    left = asyncio.all_tasks() - spared - {asyncio.current_task()}
    if left:
        names = sorted({getattr(task.get_coro(), "__qualname__", "?") for task in left})
        log.warning("quit: cancelled %d tasks still running (%s)", len(left), ", ".join(names))
        for task in left:
            task.cancel()
        await asyncio.wait(left, timeout=GRACE_SECONDS)


@contextlib.contextmanager
def quit_on_signals(request: Callable[[str], None]) -> Iterator[None]:
    """SIGTERM (a desktop session ending) and SIGINT (Ctrl+C) quit as File → Quit does, with
    the same clean-up. asyncio's handlers wake the loop through its self-pipe, which qasync
    watches with a socket notifier, so ``request`` runs on the GUI thread. None on Windows."""
    import asyncio
    import signal

    loop = asyncio.get_running_loop()
    installed: list[signal.Signals] = []
    for wanted in (signal.SIGTERM, signal.SIGINT):
        try:
            loop.add_signal_handler(wanted, request, wanted.name)
        except (NotImplementedError, RuntimeError):  # Windows; a loop off the main thread
            continue
        installed.append(wanted)
    try:
        yield
    finally:
        for handled in installed:
            loop.remove_signal_handler(handled)
