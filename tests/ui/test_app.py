"""The ``badgedesk`` program as a user (or a packaged build) starts it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest


def run_badgedesk(*args: str, data_dir) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "badgedesk", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )


def test_self_test_signs_in_and_loads_assertions(tmp_path):
    done = run_badgedesk("--self-test", data_dir=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "self-test: signed in as Dana Demo" in done.stdout
    assert "self-test: loaded 25 assertions" in done.stdout
    assert "keyring backend" in done.stdout
    assert "self-test: OK" in done.stdout
    assert (tmp_path / "logs" / "badgedesk.log").exists()


def test_unknown_profile_is_refused(tmp_path):
    done = run_badgedesk("--profile", "Nowhere", data_dir=tmp_path)
    assert done.returncode == 2
    assert "no server profile called 'Nowhere'" in done.stderr


def test_start_up_does_not_load_qtwebengine(tmp_path):
    """Only the login dialog needs QtWebEngine; the first window must not pay for it."""
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from PySide6.QtCore import QSettings\n"
        "app = QApplication([])\n"
        "import badgedesk.app, badgedesk.ui.shell, badgedesk.services.session\n"
        "settings = QSettings(sys.argv[1], QSettings.Format.IniFormat)\n"
        "badgedesk.app.show_main_window(settings, 'Sandbox')\n"
        "loaded = [m for m in sys.modules if 'WebEngine' in m]\n"
        "print('loaded', loaded)\n"
        "assert not loaded\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "s.ini")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=env,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "loaded []" in done.stdout


def wait_for_line(path: Path, text: str, program: subprocess.Popen[bytes], seconds: float) -> None:
    """Until ``text`` is in the file at ``path``; fails if the program ends first."""
    deadline = time.monotonic() + seconds
    while not (path.exists() and text in path.read_text(encoding="utf-8")):
        assert program.poll() is None, f"BadgeDesk ended with status {program.returncode}"
        assert time.monotonic() < deadline, f"no {text!r} in the log after {seconds} s"
        time.sleep(0.05)


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="counts threads in /proc")
@pytest.mark.parametrize("prepared", [False, True], ids=["bare Qt", "as the program starts"])
def test_the_program_paints_on_the_gui_thread_alone(prepared):
    """A tall scroll bar's paint starts Qt's pool of fill threads, unless the environment is
    prepared as the program prepares it (``prepare_environment``): its threads are counted
    before and after one paint."""
    code = (
        "import os, sys\n"
        "from badgedesk.app import prepare_environment\n"
        "if sys.argv[1] == 'prepared':\n"
        "    prepare_environment(self_test=True)\n"
        "from PySide6.QtWidgets import QApplication, QScrollBar\n"
        "app = QApplication([])\n"
        "before = len(os.listdir('/proc/self/task'))\n"
        "bar = QScrollBar()\n"
        "bar.resize(16, 800)\n"
        "bar.grab()\n"
        "print(before, len(os.listdir('/proc/self/task')))\n"
    )
    env = {key: value for key, value in os.environ.items() if key != "QT_NO_GUI_THREADPOOL"}
    done = subprocess.run(
        [sys.executable, "-c", code, "prepared" if prepared else "bare"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**env, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stdout + done.stderr
    before, after = map(int, done.stdout.split())
    assert (after == before) is prepared, f"threads {before} before the paint, {after} after"


@pytest.mark.skipif(os.name != "posix", reason="POSIX signals")
@pytest.mark.parametrize("quit_signal", [signal.SIGTERM, signal.SIGINT], ids=lambda s: s.name)
def test_a_signal_quits_cleanly_with_status_0(tmp_path, quit_signal):
    """A desktop session that ends sends SIGTERM, Ctrl+C in a terminal SIGINT: either quits
    as File → Quit does, every clean-up step included, here with the sign-in page open."""
    log_file = tmp_path / "logs" / "badgedesk.log"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with (tmp_path / "stderr.txt").open("wb") as stderr:
        program = subprocess.Popen(
            [sys.executable, "-m", "badgedesk", "--sandbox", "--data-dir", str(tmp_path)],
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            env=env,
        )
        try:
            wait_for_line(log_file, "sign-in page opened for Sandbox", program, 90)
            program.send_signal(quit_signal)
            sent = time.monotonic()
            status = program.wait(timeout=60)
            took = time.monotonic() - sent
        finally:
            if program.poll() is None:
                program.kill()
                program.wait()
    errors = (tmp_path / "stderr.txt").read_text(encoding="utf-8", errors="replace")
    assert status == 0, errors
    log = log_file.read_text(encoding="utf-8")
    assert f"quit requested by {quit_signal.name}" in log
    assert "shut down cleanly" in log
    for bad in (" ERROR ", "Traceback", "Event loop stopped"):
        assert bad not in log, log
    for bad in ("Traceback", "Event loop stopped"):
        assert bad not in errors, errors
    assert not (tmp_path / "badgedesk.sqlite3-wal").exists(), "the last connection checkpointed"
    assert took < 10, f"quitting took {took:.1f} s"
