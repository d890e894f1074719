"""The Windows build, made on Linux and tested under Wine by packaging/windows/build.py: the
bundle and its zip within budget, ``badgedesk.exe --version`` and ``--self-test``, and the MSI
installed silently, self-tested, uninstalled and replaced by a newer one. Needs root on Linux,
debootstrap and the right to mount (a chroot with proc, sys and dev); skipped, saying which is
missing, otherwise. .ci/run runs it last."""

from __future__ import annotations

import importlib.util
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
WORK = Path("/var/cache/badgedesk-windows")
"""build.py's work folder (its default): the chroot, the Wine prefix and the downloads."""
NEEDED_COLD_BYTES = 7_000_000_000
"""Measured from nothing: the chroot 2.5 GB, the work folder 2.4 GB, this test's copy of the
results 0.5 GB, and room to spare."""
NEEDED_WARM_BYTES = 1_500_000_000


def _why_not() -> str | None:
    if not sys.platform.startswith("linux"):
        return "the Windows build is made on Linux, under Wine"
    if os.geteuid() != 0:
        return "the Windows build needs root (debootstrap, chroot and mounts)"
    if shutil.which("debootstrap") is None:
        return "the Windows build needs debootstrap (apt-get install debootstrap)"
    if not _can_mount():
        return "the Windows build needs to mount proc, sys and dev, which this container forbids"
    needed = NEEDED_WARM_BYTES if WORK.exists() else NEEDED_COLD_BYTES
    free = shutil.disk_usage(WORK if WORK.exists() else WORK.parent).free
    if free < needed:
        return (
            f"the Windows build needs {needed / 1e9:.1f} GB free under {WORK.parent}"
            f" ({free / 1e9:.1f} GB free)"
        )
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


def load_chroot():
    """packaging/windows/chroot.py, a script's module rather than a package module."""
    spec = importlib.util.spec_from_file_location(
        "badgedesk_chroot", ROOT / "packaging/windows/chroot.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_work_folder_mounted_twice_inside_is_seen_and_unmounted(tmp_path):
    """The work folder is bind-mounted from the same disk, which os.path.ismount does not see:
    older builds left it mounted, stacked, inside the chroot. Both mounts are undone."""
    chroot = load_chroot()
    root, share = tmp_path / "root", tmp_path / "share"
    (root / "share").mkdir(parents=True)
    share.mkdir()
    (share / "file").write_text("kept", encoding="utf-8")
    for _time in range(2):
        subprocess.run(["mount", "--bind", str(share), str(root / "share")], check=True)  # noqa: S607
    try:
        assert chroot._mount_count(root / "share") == 2
        chroot.Chroot(root, share).unmount()
        assert chroot._mount_count(root / "share") == 0
        assert not (root / "share" / "file").exists()
        assert (share / "file").read_text(encoding="utf-8") == "kept"
    finally:
        while chroot._mount_count(root / "share"):
            subprocess.run(["umount", "-l", str(root / "share")], check=False)  # noqa: S607
