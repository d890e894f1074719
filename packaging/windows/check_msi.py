"""Install the MSI under Wine and check what a user would rely on: the program, its Start-menu
shortcut and uninstall entry, that the installed program runs its self-test, that uninstalling
removes it all but keeps the user's data, and that a newer MSI replaces an older one.

Everything runs through ``run``: an argv run in the Wine chroot (see chroot_runner), answering
(exit status, stdout and stderr). Each check raises CheckFailed on the first thing wrong and
otherwise returns report lines (sizes, times, outputs).
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path

from msi import MSI_BUDGET_MB, PUBLISHER, msi_version

Run = Callable[[list[str]], tuple[int, str]]

APP_NAME = "BadgeDesk"
# Windows Python (and so badgedesk.exe) fails in init_sys_streams without a real stdin and a
# piped stdout; the runner gives it /dev/null and a pipe.
CHROOT_SCRIPT = '. /share/env.sh; export XDG_RUNTIME_DIR=/tmp; cd /share; exec "$@"'
UNINSTALL_KEY = r"HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall"
# Where Windows Installer registers per-machine products (per-user ones go under HKCU).
PRODUCTS_KEY = r"HKLM\Software\Classes\Installer\Products"
# Unbuffered, so a self-test killed by its timeout still shows how far it got.
SELF_TEST_ENV = [
    "env",
    "PYTHONUNBUFFERED=1",
    "QT_QPA_PLATFORM=offscreen",
    "QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu --no-sandbox",
]
# The chroot gets a clean environment: Wine passes variables on to Windows programs, and a
# Linux SSL_CERT_FILE or SSL_CERT_DIR makes httpx's ssl.create_default_context fail in the
# program (FileNotFoundError: a Unix path), so the self-test never signs in.
CHROOT_ENV = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "HOME": "/root", "LANG": "C.UTF-8"}
MARKER_NAME = "msi-check-keep.txt"
# Wine hands on only the low byte of a Windows exit code: msiexec's 1603 (fatal error, also a
# refused downgrade) arrives as 67.
MSIEXEC_CODES = {67: "1603, fatal error", 105: "1641, reboot started", 242: "3010, reboot needed"}
VALUE_LINE = re.compile(r"^\s+(\S.*?)\s+(REG_[A-Z_]+)\s*(.*)$")


class CheckFailed(RuntimeError):
    """A check of the installed MSI failed; the message says which and shows the output."""


def chroot_runner(root: Path, timeout: float = 900) -> Run:
    """A Run for the Wine chroot at ``root``, in /share, with only CHROOT_ENV and
    /share/env.sh's variables.

    The answer comes when the command exits, not when its output pipe closes: Wine starts
    helpers (services, the desktop's explorer.exe under X) that inherit the pipe and outlive
    the program. After ``timeout`` seconds the command's whole process group is killed (a
    Windows program can linger as a zombie with live threads under Wine) and 124 returned."""

    def run(argv: list[str]) -> tuple[int, str]:
        process = subprocess.Popen(  # noqa: S603 - argv is ours, no shell in between
            ["chroot", str(root), "bash", "-c", CHROOT_SCRIPT, "bash", *argv],  # noqa: S607
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            env=CHROOT_ENV,
            start_new_session=True,
        )
        assert process.stdout is not None
        chunks: list[bytes] = []
        reader = threading.Thread(
            target=lambda: chunks.extend(iter(lambda: process.stdout.read1(65536), b"")),
            daemon=True,
        )
        reader.start()
        try:
            status = process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            status = 124
        reader.join(timeout=5)  # what was written before the exit; helpers keep the pipe
        output = b"".join(chunks).decode("utf-8", errors="replace").replace("\r\n", "\n")
        if status == 124:
            output = f"timed out after {timeout:.0f} s: {argv}\n{output}"
        return status, output

    return run


def checked(run: Run) -> Callable[[list[str]], str]:
    """``run`` raising CheckFailed on a non-zero exit, for msi.build_msi."""

    def run_checked(argv: list[str]) -> str:
        return _must(run, argv, " ".join(argv))

    return run_checked


def _must(run: Run, argv: list[str], what: str) -> str:
    status, output = run(argv)
    if status != 0:
        raise CheckFailed(f"{what}: exit status {status}\n{output.strip()}")
    return output


def _last_line(output: str) -> str:
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    return lines[-1] if lines else ""


def _unix_path(run: Run, windows_path: str) -> str:
    return _last_line(_must(run, ["wine", "winepath", "-u", windows_path], "winepath"))


def _windows_env(run: Run, name: str) -> str:
    value = _last_line(_must(run, ["wine", "cmd", "/c", "echo", f"%{name}%"], f"echo {name}"))
    if not value or "%" in value:
        raise CheckFailed(f"Wine has no %{name}%: {value!r}")
    return value


def _exists(run: Run, unix_path: str, test: str = "-e") -> bool:
    return run(["test", test, unix_path])[0] == 0


class Places:
    """Where the install lands in this Wine prefix, as Windows and as chroot paths."""

    def __init__(self, run: Run) -> None:
        program_files = _windows_env(run, "ProgramW6432")
        local_app_data = _windows_env(run, "LOCALAPPDATA")
        self.exe = rf"{program_files}\{APP_NAME}\badgedesk.exe"
        self.folder_unix = _unix_path(run, rf"{program_files}\{APP_NAME}")
        self.exe_unix = _unix_path(run, self.exe)
        # Windows puts a per-machine ProgramMenuFolder under ProgramData; Wine's msi (10.0)
        # sets it to the user's Start menu even with ALLUSERS=1 (a FIXME in its package.c),
        # so either counts and the report says which.
        link = rf"Microsoft\Windows\Start Menu\Programs\{APP_NAME}.lnk"
        self.shortcuts: dict[str, str] = {}
        for folder in ("ProgramData", "APPDATA"):
            shortcut = rf"{_windows_env(run, folder)}\{link}"
            self.shortcuts[shortcut] = _unix_path(run, shortcut)
        # platformdirs.user_data_dir("BadgeDesk", "BadgeDesk") (badgedesk/app.py), not roaming.
        self.data = rf"{local_app_data}\{APP_NAME}\{APP_NAME}"
        self.data_unix = _unix_path(run, self.data)


def uninstall_entries(run: Run) -> list[dict[str, str]]:
    """The uninstall (Apps & features) entries named BadgeDesk, each as its values."""
    output = _must(run, ["wine", "reg", "query", UNINSTALL_KEY, "/s"], "reg query")
    return [entry for entry in _reg_entries(output) if entry.get("DisplayName") == APP_NAME]


def _reg_entries(output: str) -> list[dict[str, str]]:
    """``reg query /s`` output as one dict of values per key (its name under "key")."""
    entries: list[dict[str, str]] = []
    current: dict[str, str] = {}
    for line in output.splitlines():
        if line.startswith("HKEY_"):
            current = {"key": line.strip()}
            entries.append(current)
            continue
        match = VALUE_LINE.match(line)
        if match:
            current[match.group(1)] = match.group(3).strip()
    return entries


def product_registrations(run: Run) -> list[dict[str, str]]:
    """Windows Installer's per-machine registrations of BadgeDesk (with ProductIcon)."""
    output = _must(run, ["wine", "reg", "query", PRODUCTS_KEY, "/s"], "reg query")
    return [entry for entry in _reg_entries(output) if entry.get("ProductName") == APP_NAME]


def _msiexec(run: Run, action: str, msi_inside: str) -> tuple[int, str, float]:
    started = time.perf_counter()
    status, output = run(["wine", "msiexec", action, msi_inside, "/qn"])
    return status, output, time.perf_counter() - started


def _status(status: int) -> str:
    meaning = MSIEXEC_CODES.get(status)
    return f"exit status {status}" + (f" (Windows code {meaning})" if meaning else "")


def _install(run: Run, msi_inside: str, lines: list[str]) -> None:
    status, output, took = _msiexec(run, "/i", msi_inside)
    if status != 0:
        raise CheckFailed(f"msiexec /i {msi_inside} /qn: {_status(status)}\n{output.strip()}")
    lines.append(f"msiexec /i {msi_inside} /qn: exit 0 in {took:.0f} s")


def _uninstall(run: Run, msi_inside: str, lines: list[str]) -> None:
    status, output, took = _msiexec(run, "/x", msi_inside)
    if status != 0:
        raise CheckFailed(f"msiexec /x {msi_inside} /qn: {_status(status)}\n{output.strip()}")
    lines.append(f"msiexec /x {msi_inside} /qn: exit 0 in {took:.0f} s")


def _one_entry(run: Run, version: str, lines: list[str]) -> None:
    entries = uninstall_entries(run)
    if len(entries) != 1:
        raise CheckFailed(f"expected one uninstall entry for {APP_NAME}, found {entries}")
    entry = entries[0]
    expected = {"DisplayVersion": msi_version(version), "Publisher": PUBLISHER}
    for name, value in expected.items():
        if entry.get(name) != value:
            raise CheckFailed(f"uninstall entry {name} is {entry.get(name)!r}, not {value!r}")
    shown = ", ".join(
        f"{name}={entry.get(name)}"
        for name in ("DisplayName", "DisplayVersion", "Publisher", "UninstallString")
    )
    lines.append(f"uninstall entry {entry['key']}: {shown}")
    # The uninstall entry's icon (ARPPRODUCTICON) is the registered product's ProductIcon.
    products = product_registrations(run)
    if len(products) != 1:
        raise CheckFailed(f"expected one per-machine product registration, found {products}")
    icon = products[0].get("ProductIcon", "")
    if not icon.lower().endswith(".ico") or not _exists(run, _unix_path(run, icon), "-f"):
        raise CheckFailed(f"no product icon (ARPPRODUCTICON) file: {products[0]}")
    lines.append(f"per-machine registration {products[0]['key']}: ProductIcon={icon}")


def check_msi(
    msi_inside: str,
    run: Run,
    *,
    version: str,
    msi_size: int | None = None,
    self_test: bool = True,
    self_test_timeout: int = 600,
) -> list[str]:
    """Install ``msi_inside`` (a Windows path, e.g. ``Z:\\share\\out\\BadgeDesk-0.1.0.msi``)
    with /qn, check the program, shortcut and uninstall entry, run the installed program's
    --version and --self-test, uninstall, check all is gone but the user's data folder.

    ``version`` is the package version the program reports; ``msi_size`` (bytes), if given,
    is checked against MSI_BUDGET_MB. The self-test is killed after ``self_test_timeout``
    seconds (exit status 124 or 137, a failure)."""
    lines: list[str] = []
    if msi_size is not None:
        megabytes = msi_size / 1_000_000
        lines.append(f"{msi_inside}: {megabytes:.1f} MB (budget {MSI_BUDGET_MB} MB)")
        if megabytes > MSI_BUDGET_MB:
            raise CheckFailed(lines[-1] + ": over the budget")
    places = Places(run)
    # A stand-in for the user's data (settings, database, logs) that uninstalling must keep.
    marker = f"{places.data_unix}/{MARKER_NAME}"
    _must(run, ["mkdir", "-p", places.data_unix], "mkdir data folder")
    _must(run, ["sh", "-c", 'echo kept > "$1"', "sh", marker], "write data marker")

    _install(run, msi_inside, lines)
    if not _exists(run, places.exe_unix, "-f"):
        raise CheckFailed(f"after install, no program at {places.exe_unix}")
    found = [name for name, path in places.shortcuts.items() if _exists(run, path, "-f")]
    if len(found) != 1:
        raise CheckFailed(
            f"after install, not one Start-menu shortcut: {found or places.shortcuts}"
        )
    target = ["grep", "-a", "-F", "-q", places.exe, places.shortcuts[found[0]]]
    if run(target)[0] != 0:
        raise CheckFailed(f"the shortcut {found[0]} does not point at {places.exe}")
    lines.append(f"installed {places.exe}; shortcut {found[0]} -> {places.exe}")
    _one_entry(run, version, lines)

    printed = _must(run, ["wine", places.exe, "--version"], f"{places.exe} --version")
    if f"{APP_NAME} {version}" not in printed:
        raise CheckFailed(f"--version printed {printed.strip()!r}, not {APP_NAME} {version}")
    lines.append(f"--version: {_last_line(printed)}")
    if self_test:
        started = time.perf_counter()
        limit = ["timeout", "--kill-after=15", str(self_test_timeout)]
        argv = [*limit, *SELF_TEST_ENV, "wine", places.exe, "--self-test"]
        output = _must(run, argv, f"{places.exe} --self-test")
        took = time.perf_counter() - started
        lines.append(f"--self-test: exit 0 in {took:.0f} s")
        lines.extend(f"  {line}" for line in output.splitlines() if "self-test" in line)

    _uninstall(run, msi_inside, lines)
    for path in (places.folder_unix, *places.shortcuts.values()):
        if _exists(run, path):
            raise CheckFailed(f"after uninstall, still there: {path}")
    if uninstall_entries(run) or product_registrations(run):
        raise CheckFailed(f"after uninstall, still registered: {uninstall_entries(run)}")
    if not _exists(run, marker, "-f"):
        raise CheckFailed(f"uninstalling removed the user's data: {marker} is gone")
    lines.append(f"uninstalled: program folder, shortcut, uninstall entry gone; {places.data} kept")
    run(["rm", "-f", marker])
    return lines


def check_upgrade(
    old_msi: str, old_version: str, new_msi: str, new_version: str, run: Run
) -> list[str]:
    """Install ``old_msi``, then ``new_msi`` over it: one uninstall entry, the new version.
    Then installing the old one again is refused (no downgrade), and the new one uninstalls
    to nothing. Versions are as given to msi.write_wxs."""
    lines: list[str] = []
    places = Places(run)
    _install(run, old_msi, lines)
    _one_entry(run, old_version, lines)
    _install(run, new_msi, lines)
    _one_entry(run, new_version, lines)
    if not _exists(run, places.exe_unix, "-f"):
        raise CheckFailed(f"after the upgrade, no program at {places.exe_unix}")
    status, output, _ = _msiexec(run, "/i", old_msi)
    if status == 0:
        raise CheckFailed(f"installing {old_msi} over {new_msi} was not refused\n{output}")
    _one_entry(run, new_version, lines)
    lines.append(f"downgrade to {old_msi} refused ({_status(status)}), new version kept")
    _uninstall(run, new_msi, lines)
    if uninstall_entries(run) or product_registrations(run) or _exists(run, places.folder_unix):
        raise CheckFailed("after uninstalling the upgrade, BadgeDesk is still installed")
    lines.append("uninstalled the upgrade: nothing left in Program Files or the entries")
    return lines
