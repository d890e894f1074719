"""``badgedesk --self-test``: prove a build works end to end, offscreen, in under a minute.

Starts the sandbox, signs in through the embedded browser with the demo account (filling the
sandbox's form as a person would), loads the first page of assertions and reports which
keyring backend it found. Exit 0 on success; otherwise prints the step that failed.

It never waits for a person: nobody may be there (a build machine, Wine). Each step is
printed as it starts, so a run killed from outside shows how far it got; an uncaught
exception ends it at once with its traceback instead of opening the error dialog; and a
watchdog thread ends it when the whole run has not finished within a deadline, even while a
hung Qt call blocks the event loop.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import sys
import threading
import traceback
from dataclasses import dataclass
from types import TracebackType

from badgedesk.sandbox import DEMO_EMAIL, DEMO_PASSWORD
from badgedesk.ui.futures import resolve
from badgedesk.ui.shell import Shell

log = logging.getLogger("badgedesk")

SELF_TEST_DEADLINE_SECONDS = 240.0
"""The longest a whole self-test may take, start-up and shutdown included (about 10 s here,
under a minute under Wine): past it, it fails, naming the step it was in."""


@dataclass(frozen=True)
class Step:
    """A step of the self-test, as printed when it starts and when it fails."""

    doing: str
    to_do: str


START_QT = Step("starting Qt", "start Qt")
CHECK_DATA = Step("checking the data folder", "check the data folder")
START_SANDBOX = Step("starting the sandbox", "start the sandbox")
OPEN_SIGN_IN = Step("opening the sign-in page", "open the sign-in page")
SIGN_IN = Step("signing in through the embedded browser", "sign in through the embedded browser")
LOAD_ASSERTIONS = Step("loading the first page of assertions", "load the first page of assertions")
FIND_KEYRING = Step("looking for the keyring backends", "find the keyring backends")
SHUT_DOWN = Step("shutting down", "shut down")


class Progress:
    """The step under way, printed as it starts, and the deadline of the whole run."""

    def __init__(self) -> None:
        self.step = START_QT
        self._watchdog: threading.Timer | None = None

    def begin(self, step: Step) -> None:
        self.step = step
        print(f"self-test: {step.doing}", flush=True)

    def start_deadline(self, seconds: float) -> None:
        """A daemon thread, not the event loop, keeps the time: a hung Qt call (QtWebEngine
        under Wine) blocks the loop, never this thread."""
        self._watchdog = threading.Timer(seconds, self._expire, [seconds])
        self._watchdog.daemon = True
        self._watchdog.start()

    def stop_deadline(self) -> None:
        if self._watchdog is not None:
            self._watchdog.cancel()

    def _expire(self, seconds: float) -> None:
        """Nothing is logged here: the hung thread may hold the log handler's lock."""
        print(f"self-test: FAILED to {self.step.to_do}: no result within {seconds:g} s", flush=True)
        exit_now()


progress = Progress()
"""The one self-test of this process (like ``sys.excepthook``, there is one per process)."""


def exit_now() -> None:
    """Exit 1 at once, with no clean-up that could itself hang; what was printed is written
    out (the log's records already are: its handler flushes each one)."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(1)


def exit_on_uncaught_exception() -> None:
    """Instead of the error dialog, which would wait for a person: an exception nobody caught
    (a slot's, an ``@asyncSlot``'s) is logged and printed to stderr, and the process exits 1."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        text = "".join(traceback.format_exception(kind, error, tb))
        log.error("self-test: uncaught exception:\n%s", text)
        print(f"self-test: FAILED to {progress.step.to_do}: uncaught exception", flush=True)
        print(text, file=sys.stderr, end="", flush=True)
        exit_now()

    sys.excepthook = hook


async def fill_sandbox_form(
    shell: Shell, *, email: str = DEMO_EMAIL, password: str = DEMO_PASSWORD, action: str = "allow"
) -> None:
    """Wait for the sandbox's sign-in form in the login dialog, fill it in and submit it."""
    for _ in range(600):
        dialog = shell.login_dialog
        if dialog is not None and dialog.page_ready:
            found = await run_js(dialog, "document.getElementById('login-form') !== null")
            if found:
                script = (
                    f"document.getElementById('email').value = {json.dumps(email)};"
                    f"document.getElementById('password').value = {json.dumps(password)};"
                    f"document.getElementById({json.dumps(action)}).click(); true"
                )
                await run_js(dialog, script)
                return
        await asyncio.sleep(0.05)
    raise TimeoutError("the sign-in form did not appear within 30 s")


async def run_js(dialog: object, script: str) -> object:
    from badgedesk.ui.login_dialog import LoginDialog

    assert isinstance(dialog, LoginDialog)
    answer: asyncio.Future[object] = asyncio.get_running_loop().create_future()
    dialog.page.runJavaScript(script, 0, lambda value: resolve(answer, value))
    return await asyncio.wait_for(answer, 10)


def bundled_keyring_backends() -> list[str]:
    """The keyring backends this build can load (a frozen build must carry keyring's entry
    points and each OS's backend modules, or it silently falls back to no keyring)."""
    from importlib import import_module
    from importlib.metadata import entry_points

    found = []
    for point in entry_points(group="keyring.backends"):
        try:
            import_module(point.value.split(":")[0])
        except Exception:  # noqa: S112 - a backend for another OS may not import here
            continue
        found.append(point.name)
    return sorted(found)


async def run_self_test(shell: Shell) -> int:
    try:
        progress.begin(OPEN_SIGN_IN)
        signing_in = asyncio.ensure_future(shell.sign_in())
        await fill_sandbox_form(shell)
        progress.begin(SIGN_IN)
        if not await asyncio.wait_for(signing_in, 60):
            raise RuntimeError("the login dialog closed without signing in")
        client = shell.session.client
        assert client is not None
        progress.begin(LOAD_ASSERTIONS)
        issuers = await client.list_issuers()
        page = await client.assertions_page("issuers", issuers[0].key, page_size=25)
        user = shell.session.user
        print(f"self-test: signed in as {user.display_name if user else '?'}")
        print(f"self-test: loaded {len(page.items)} assertions of {issuers[0].name}")
        progress.begin(FIND_KEYRING)
        keychain = shell.session.keychain
        kind = "persistent" if keychain.persistent else "session only"
        print(f"self-test: keyring backend {keychain.backend_name} ({kind})")
        print(f"self-test: keyring backends bundled: {', '.join(bundled_keyring_backends())}")
        print("self-test: OK", flush=True)
        return 0
    except Exception as error:
        print(f"self-test: FAILED to {progress.step.to_do}: {type(error).__name__}: {error}")
        return 1
