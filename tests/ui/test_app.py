"""The ``badgedesk`` program as a user (or a packaged build) starts it."""

from __future__ import annotations

import os
import subprocess
import sys


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
