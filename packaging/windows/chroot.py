"""A Debian 13 (trixie) chroot with Wine 10, where the Windows build is made and tested.

Debian 12's Wine 8.0 builds the bundle, but QtWebEngine's browser thread overflows its stack
under it; Wine 10.0 runs it. Nothing on the host is upgraded: the chroot is made once with
``debootstrap --variant=minbase`` (about 20 s, then apt about a minute) and kept (build.py's
work folder) for the next run. The work folder is bind-mounted at ``/share``.
Mounts are always undone on the way out, and the chroot's parent is never mounted into it
(removing the chroot must not reach the host's files through a bind mount).
"""

from __future__ import annotations

import contextlib
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

MIRROR = "http://deb.debian.org/debian"
SUITE = "trixie"
# Wine (64-bit) and its own fonts, a virtual X server for QtWebEngine, MinGW-w64 for the
# icuuc.dll stand-in, wixl for the MSI, osslsigncode for Authenticode checks, unzip for the
# Windows CPython. Without fonts-wine (only a Recommends of wine) the prefix has no Tahoma, and
# QtWebEngine's browser thread used up its stack while looking for it: the self-test hung with
# "stack overflow" in ntdll, in the middle of comparing font family names with "Tahoma".
PACKAGES = (
    "wine",
    "wine64",
    "fonts-wine",
    "xvfb",
    "xauth",
    "gcc-mingw-w64-x86-64",
    "wixl",
    "osslsigncode",
    "unzip",
    "ca-certificates",
)
READY = "etc/badgedesk-chroot-ready"
"""Written once every package is installed, naming them: a chroot without it is made again,
and one made with other packages gets the missing ones."""
SHARE = "share"


MOUNTS = Path("/proc/self/mounts")


def _mount_count(path: Path) -> int:
    """How many mounts lie on ``path`` (a folder mounted twice counts 2), from the kernel's
    table: ``os.path.ismount`` misses a bind mount from the same disk (same device on both
    sides), which left the work folder mounted inside the chroot after every build."""
    wanted = str(path.resolve())
    count = 0
    for line in MOUNTS.read_text(encoding="utf-8").splitlines():
        fields = line.split()
        if len(fields) > 1 and _unescape(fields[1]) == wanted:
            count += 1
    return count


def _unescape(mount_point: str) -> str:
    """The kernel writes a space, tab, newline and backslash in a mount point as octal."""
    return re.sub(r"\\([0-7]{3})", lambda match: chr(int(match.group(1), 8)), mount_point)


def _mounted(path: Path) -> bool:
    return _mount_count(path) > 0


class Chroot:
    """The chroot at ``root`` with ``share`` (a host folder outside it) mounted at /share."""

    def __init__(self, root: Path, share: Path) -> None:
        if root.resolve() in share.resolve().parents or share.resolve() == root.resolve():
            raise ValueError("the shared folder must not contain or be the chroot")
        if share.resolve() in root.resolve().parents:
            raise ValueError("the shared folder must not contain the chroot")
        self.root = root
        self.share = share

    def create(self, log: list[str]) -> None:
        """Make the chroot and install PACKAGES, unless an earlier run finished doing so."""
        ready = self.root / READY
        wanted = " ".join(PACKAGES) + "\n"
        if ready.exists() and ready.read_text(encoding="utf-8") == wanted:
            log.append(f"chroot: {self.root} (kept from an earlier run)")
            return
        if not ready.exists():
            self.remove()
            self.root.parent.mkdir(parents=True, exist_ok=True)
            _run(["debootstrap", "--variant=minbase", SUITE, str(self.root), MIRROR])
        shutil.copy("/etc/resolv.conf", self.root / "etc" / "resolv.conf")
        with self.mounted():
            self.run_checked(["apt-get", "update", "-qq"])
            self.run_checked(
                ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *PACKAGES],
                env={"DEBIAN_FRONTEND": "noninteractive"},
            )
        ready.write_text(wanted, encoding="utf-8")
        log.append(f"chroot: {self.root} made (Debian {SUITE}, {' '.join(PACKAGES)})")

    def remove(self) -> None:
        """Delete the chroot, after making sure nothing is mounted inside it."""
        if not self.root.exists():
            return
        self.unmount()
        for inside in ("proc", "sys", "dev", SHARE):
            if _mounted(self.root / inside):
                raise RuntimeError(f"{self.root / inside} is still mounted: not removing")
        shutil.rmtree(self.root)

    @contextlib.contextmanager
    def mounted(self) -> Iterator[Chroot]:
        """proc, sys, dev and the shared folder mounted while inside; unmounted after."""
        self.share.mkdir(parents=True, exist_ok=True)
        try:
            for source, inside, options in (
                ("proc", "proc", ["-t", "proc"]),
                ("/sys", "sys", ["--bind"]),
                ("/dev", "dev", ["--bind"]),
                (str(self.share), SHARE, ["--bind"]),
            ):
                target = self.root / inside
                target.mkdir(exist_ok=True)
                if not _mounted(target):
                    _run(["mount", *options, source, str(target)])
            yield self
        finally:
            self.unmount()

    def unmount(self) -> None:
        # wineserver and Xvfb outlive the programs they served and keep files open.
        for server in ("wineserver", "Xvfb :77"):
            subprocess.run(  # noqa: S603
                ["pkill", "-f", server],  # noqa: S607
                check=False,
                capture_output=True,
            )
        for inside in (SHARE, "dev", "sys", "proc"):
            target = self.root / inside
            # Every mount on it: one left by an interrupted run, or stacked by older builds.
            for _attempt in range(_mount_count(target)):
                done = subprocess.run(  # noqa: S603
                    ["umount", str(target)],  # noqa: S607
                    check=False,
                    capture_output=True,
                )
                if done.returncode != 0:  # still in use by a process on its way out
                    subprocess.run(["umount", "-l", str(target)], check=False)  # noqa: S603,S607

    def run_checked(self, argv: list[str], env: dict[str, str] | None = None) -> None:
        environment = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "HOME": "/root", "LANG": "C.UTF-8"}
        environment.update(env or {})
        _run(["chroot", str(self.root), *argv], env=environment)


def _run(argv: list[str], env: dict[str, str] | None = None) -> None:
    done = subprocess.run(argv, env=env, check=False)  # noqa: S603
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)}: exit status {done.returncode}")
