"""``badgedesk --self-test`` never waits for a person: an uncaught exception ends it at once
with its traceback (no error dialog), and a deadline ends a run that hangs, naming the step.

The real program runs in a subprocess (the self-test ends its process), with the sign-in
replaced by the trouble under test, so QtWebEngine is never started."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

PATIENCE_SECONDS = 120
"""How long the test waits for the program: well past what either run needs, well short of
the self-test's own deadline (240 s), so a run that waits for a person fails here."""


def run_self_test(patch: str, data_dir, *extra: str) -> subprocess.CompletedProcess[str]:
    """``badgedesk --self-test`` with ``patch`` (Python source) run first."""
    script = (
        "import asyncio, sys, time\n"
        "from PySide6.QtCore import QTimer\n"
        "from badgedesk import app, selftest\n"
        "from badgedesk.ui.shell import Shell\n"
        f"{patch}\n"
        "sys.exit(app.main(sys.argv[1:]))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    try:
        return subprocess.run(
            [sys.executable, "-c", script, "--self-test", "--data-dir", str(data_dir), *extra],
            capture_output=True,
            text=True,
            timeout=PATIENCE_SECONDS,
            check=False,
            env=env,
        )
    except subprocess.TimeoutExpired as waited:
        printed = waited.stdout.decode() if isinstance(waited.stdout, bytes) else waited.stdout
        pytest.fail(f"the self-test waited for someone; it printed:\n{printed}")


RAISE_IN_A_SLOT = """
async def sign_in(self):
    def slot():
        raise ValueError("raised in a slot")
    QTimer.singleShot(0, slot)
    await asyncio.Event().wait()
    return False
Shell.sign_in = sign_in
"""


def test_an_exception_in_a_slot_ends_the_self_test_at_once_with_its_traceback(tmp_path):
    done = run_self_test(RAISE_IN_A_SLOT, tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback (most recent call last)" in done.stderr
    assert "ValueError: raised in a slot" in done.stderr
    assert "self-test: FAILED to open the sign-in page: uncaught exception" in done.stdout
    assert "self-test: OK" not in done.stdout
    log = (tmp_path / "logs" / "badgedesk.log").read_text(encoding="utf-8")
    assert "ValueError: raised in a slot" in log


BLOCK_THE_EVENT_LOOP = """
selftest.SELF_TEST_DEADLINE_SECONDS = 8.0
async def sign_in(self):
    time.sleep(3600)  # as QtWebEngine's load() hung the GUI thread under Wine
    return False
Shell.sign_in = sign_in
"""


def test_a_self_test_that_hangs_fails_at_its_deadline_naming_the_step(tmp_path):
    done = run_self_test(BLOCK_THE_EVENT_LOOP, tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr
    started = re.findall(r"^self-test: (starting Qt|\w+ing .*)$", done.stdout, re.MULTILINE)
    assert started[0] == "starting Qt", done.stdout
    failed = re.search(r"^self-test: FAILED to (.*): no result within 8 s$", done.stdout, re.M)
    assert failed is not None, done.stdout
    last_started = started[-1]
    assert failed.group(1).split()[1:] == last_started.split()[1:], done.stdout
    assert "self-test: OK" not in done.stdout
