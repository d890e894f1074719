"""Which of keyring's backends a build carries, by the OS it is built for (badgedesk.spec).

keyring finds its backends through the entry points of its dist-info and imports each one at
start; ``keyring.core`` itself imports ``fail`` (its last resort) and uses ``chainer`` to pick
the best viable backend. A Windows build needs only Windows' own backend (Credential Manager,
through pywin32-ctypes) besides those: the others and the libraries only they use
(SecretStorage, jeepney and with it cryptography, D-Bus, GObject) are left out. So that keyring
does not log an error with a traceback at every start for each backend it cannot import, the
Windows build's copy of keyring's entry points lists only the backends it carries. Linux and
macOS builds carry every backend, as before.

Plain functions, so that tests/packaging can check the choice without a build.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from pathlib import Path

GROUP = "keyring.backends"
WINDOWS_BACKENDS = frozenset(f"{GROUP}.{name}" for name in ("Windows", "chainer", "fail", "null"))
"""Credential Manager's backend, the chainer keyring.core picks one with, the fail backend it
falls back to, and null (what KEYRING_BACKEND may name to turn the keyring off)."""
OTHER_OS_LIBRARIES = ("secretstorage", "jeepney", "dbus", "gi")
"""Libraries only other OSes' backends import (Secret Service, KWallet, libsecret)."""


def bundled_backends(modules: Iterable[str], platform: str) -> list[str]:
    """Of keyring's backend ``modules`` (collect_submodules("keyring.backends")), those a
    build for ``platform`` (a ``sys.platform`` value) carries."""
    if platform != "win32":
        return list(modules)
    return [module for module in modules if module == GROUP or module in WINDOWS_BACKENDS]


def excluded_modules(modules: Iterable[str], platform: str) -> list[str]:
    """What a build for ``platform`` must not take in even when something imports it: the
    backends it does not carry and the libraries only they use."""
    if platform != "win32":
        return []
    modules = list(modules)
    kept = set(bundled_backends(modules, platform))
    return [module for module in modules if module not in kept] + list(OTHER_OS_LIBRARIES)


def entry_points_for(text: str, kept: Iterable[str]) -> str:
    """keyring's ``entry_points.txt`` with, in its backends group, only the entry points
    whose module is in ``kept``; every other line as it was."""
    wanted = set(kept)
    lines, section = [], ""
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            section = stripped[1:-1].strip()
        elif section == GROUP and "=" in stripped:
            module = stripped.split("=", 1)[1].split(":")[0].strip()
            if module not in wanted:
                continue
        lines.append(line)
    return "".join(lines)


def metadata_with_backends(dist_info: Path, kept: Iterable[str], into: Path) -> Path:
    """A copy of keyring's dist-info folder under ``into`` whose entry points name only the
    backends ``kept``; what the build bundles instead of the installed one."""
    copy = into / dist_info.name
    if copy.exists():
        shutil.rmtree(copy)
    shutil.copytree(dist_info, copy)
    points = copy / "entry_points.txt"
    points.write_text(entry_points_for(points.read_text(encoding="utf-8"), kept), "utf-8")
    return copy
