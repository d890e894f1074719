"""The Windows build, made on Linux and tested under Wine by packaging/windows/build.py: the
bundle and its zip within budget, ``badgedesk.exe --version`` and ``--self-test``, and the MSI
installed silently, self-tested, uninstalled and replaced by a newer one. Needs root on Linux,
debootstrap and the right to mount (a chroot with proc, sys and dev); skipped, saying which is
missing, otherwise. .ci/run runs it last."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import pytest

from badgedesk import __version__

ROOT = Path(__file__).resolve().parents[2]


def _why_not() -> str | None:
    if not sys.platform.startswith("linux"):
        return "the Windows build is made on Linux, under Wine"
    if os.geteuid() != 0:
        return "the Windows build needs root (debootstrap, chroot and mounts)"
    if shutil.which("debootstrap") is None:
        return "the Windows build needs debootstrap (apt-get install debootstrap)"
    if not _can_mount():
        return "the Windows build needs to mount proc, sys and dev, which this container forbids"
    return None


def _can_mount() -> bool:
    """Whether this root may mount (a container may not): a tmpfs mounted and unmounted."""
    with tempfile.TemporaryDirectory() as folder:
        mounted = subprocess.run(
            ["mount", "-t", "tmpfs", "none", folder],  # noqa: S607
            capture_output=True,
            check=False,
        )
        if mounted.returncode != 0:
            return False
        subprocess.run(["umount", folder], capture_output=True, check=False)  # noqa: S607
        return True


pytestmark = [
    pytest.mark.windows,
    pytest.mark.skipif(_why_not() is not None, reason=_why_not() or ""),
    pytest.mark.timeout(3600),
]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, str]:
    """What build.py made (in a dist folder of the test's own) and what it printed. The chroot
    and downloads are kept in /var/cache/badgedesk-windows, so a second run takes minutes."""
    dist = tmp_path_factory.mktemp("windows") / "dist"
    done = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "windows" / "build.py"), f"--dist={dist}"],
        capture_output=True,
        text=True,
        check=False,
    )
    print(done.stdout)
    print(done.stderr[-4000:], file=sys.stderr)
    assert done.returncode == 0, done.stdout[-4000:]
    return dist, done.stdout


def test_the_bundle_and_zip_are_made_within_budget(built):
    dist, report = built
    exe = dist / "BadgeDesk-windows" / "badgedesk.exe"
    assert exe.read_bytes()[:2] == b"MZ", "a Windows program"
    archive = dist / f"BadgeDesk-{__version__}-windows-x64.zip"
    with zipfile.ZipFile(archive) as packed:
        assert "BadgeDesk/badgedesk.exe" in packed.namelist()
    assert archive.stat().st_size < 170_000_000
    folder = sum(path.stat().st_size for path in exe.parent.rglob("*") if path.is_file())
    assert folder < 400_000_000
    assert "over its size budget" not in report


def test_only_windows_keyring_backends_are_bundled(built):
    dist, _report = built
    names = {path.name for path in (dist / "BadgeDesk-windows").rglob("*")}
    assert not {"secretstorage", "jeepney"} & names, "Linux's keyring libraries left out"


def test_the_program_runs_under_wine(built):
    _dist, report = built
    assert f"badgedesk.exe --version: BadgeDesk {__version__}" in report
    assert re.search(r"badgedesk.exe --self-test under Wine: exit 0", report)
    assert "self-test: signed in as" in report
    assert re.search(r"self-test: keyring backend \S*WinVaultKeyring \(persistent\)", report)
    assert "self-test: OK" in report


def test_the_msi_installs_silently_and_uninstalls_keeping_the_data(built):
    dist, report = built
    msi = dist / f"BadgeDesk-{__version__}-x64.msi"
    assert msi.read_bytes()[:8] == bytes.fromhex("d0cf11e0a1b11ae1"), "an MSI (OLE) file"
    assert msi.stat().st_size < 170_000_000
    assert "/qn: exit 0" in report
    assert re.search(r"installed .*badgedesk.exe; shortcut .*BadgeDesk.lnk", report)
    assert "uninstall entry" in report
    assert re.search(r"--self-test: exit 0 in \d+ s", report), "the installed program's"
    assert re.search(
        r"uninstalled: program folder, shortcut, uninstall entry gone; .* kept",
        report,
    )


def test_a_newer_msi_replaces_the_older_one(built):
    _dist, report = built
    assert re.search(
        r"upgrade check: BadgeDesk-[\d.]+-x64.msi \([\d.]+\), then [\d.]+ over it", report
    )
    assert re.search(r"downgrade to .* refused", report)
    assert "uninstalled the upgrade: nothing left in Program Files or the entries" in report
