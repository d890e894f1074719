"""Tokens through a real OS keyring once: gnome-keyring's Secret Service on a private D-Bus
session, in a child process with its own HOME (the test's in-memory keyring is not used)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(
    not (shutil.which("gnome-keyring-daemon") and shutil.which("dbus-run-session")),
    reason="gnome-keyring and dbus are not installed (.ci/run installs them)",
)

CHILD = """
from datetime import UTC, datetime
import keyring
from badgedesk.auth.keychain import Keychain
from badgedesk.auth.oauth import TokenSet

keychain = Keychain("RealKeyringTest")
print("backend", keychain.backend_name, "persistent", keychain.persistent)
tokens = TokenSet("a" * 1500, "r" * 60, datetime(2030, 1, 1, tzinfo=UTC), "rw:issuer")
keychain.save_tokens(tokens)
assert Keychain("RealKeyringTest").load_tokens() == tokens, "round trip"
keychain.clear_tokens()
assert Keychain("RealKeyringTest").load_tokens() is None, "cleared"
print("round trip ok")
keychain.add_pending_revocation(["p" * 40, "q" * 40])
assert Keychain("RealKeyringTest").pending_revocation() == ["p" * 40, "q" * 40]
keychain.settle_pending_revocation(["p" * 40])
assert Keychain("RealKeyringTest").pending_revocation() == ["q" * 40]
keychain.settle_pending_revocation(["q" * 40])
assert Keychain("RealKeyringTest").pending_revocation() == [], "the entry is gone"
print("pending revocation ok")
"""


def test_tokens_round_trip_through_secret_service(tmp_path):
    script = (
        "export $(echo -n test-password | gnome-keyring-daemon --unlock --components=secrets); "
        f'exec "{sys.executable}" -c "$CHILD"'
    )
    env = {
        **os.environ,
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_RUNTIME_DIR": str(tmp_path / "run"),
        "CHILD": CHILD,
    }
    (tmp_path / "run").mkdir(mode=0o700)
    runner = shutil.which("dbus-run-session")
    assert runner is not None
    done = subprocess.run(
        [runner, "--", "sh", "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "SecretService" in done.stdout
    assert "persistent True" in done.stdout
    assert "round trip ok" in done.stdout
    assert "pending revocation ok" in done.stdout
