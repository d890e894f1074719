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
