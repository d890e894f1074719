"""Build the standalone BadgeDesk: the one-folder PyInstaller build of packaging/badgedesk.spec,
and on Linux its desktop entry, AppStream metainfo and icon under share/, and a .tar.gz of it.
Prints the sizes; on Linux exits 1 when a size is over its budget.

    .venv/bin/python packaging/build.py [--dist dist] [--work build]

Needs the packaging extra (``pip install -e .[packaging]``); on Linux also ``strip`` (binutils).
"""

from __future__ import annotations

import argparse
import datetime
import os
import shutil
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "org.badgedesk.BadgeDesk"
FOLDER_BUDGET_MB = 400
ARCHIVE_BUDGET_MB = 180


def megabytes(size: int) -> float:
    return size / 1_000_000


def folder_size(folder: Path) -> int:
    """Bytes on disk, a symbolic link counting as itself (as in the archive), not its target."""
    return sum(path.lstat().st_size for path in folder.rglob("*") if not path.is_dir())


def add_linux_share(bundle: Path) -> None:
    """The desktop entry, metainfo and icon, laid out as under /usr/share, inside the bundle."""
    sys.path.insert(0, str(ROOT))
    from badgedesk import __version__

    share = bundle / "share"
    applications = share / "applications"
    metainfo = share / "metainfo"
    icons = share / "icons" / "hicolor" / "256x256" / "apps"
    for folder in (applications, metainfo, icons):
        folder.mkdir(parents=True, exist_ok=True)
    linux = ROOT / "packaging" / "linux"
    shutil.copy(linux / f"{APP_ID}.desktop", applications)
    text = (linux / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    today = datetime.date.today().isoformat()
    text = text.replace("@VERSION@", __version__).replace("@DATE@", today)
    (metainfo / f"{APP_ID}.metainfo.xml").write_text(text, encoding="utf-8")
    shutil.copy(ROOT / "resources" / "badgedesk.png", icons / f"{APP_ID}.png")


def pack(bundle: Path) -> Path:
    archive = bundle.parent / f"{bundle.name}-linux-x86_64.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=bundle.name)
    return archive


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build")
    args = parser.parse_args()

    import PyInstaller.__main__

    started = time.perf_counter()
    PyInstaller.__main__.run(
        [
            str(ROOT / "packaging" / "badgedesk.spec"),
            "--noconfirm",
            "--clean",
            "--log-level=WARN",
            f"--distpath={args.dist}",
            f"--workpath={args.work}",
        ]
    )
    built = time.perf_counter() - started
    bundle = args.dist / "BadgeDesk"
    print(f"built {bundle} in {built:.0f} s")
    if not sys.platform.startswith("linux"):
        print(f"one-folder build: {megabytes(folder_size(bundle)):.1f} MB")
        return 0
    add_linux_share(bundle)
    folder = megabytes(folder_size(bundle))
    started = time.perf_counter()
    archive = pack(bundle)
    packed = time.perf_counter() - started
    compressed = megabytes(archive.stat().st_size)
    print(f"one-folder build: {folder:.1f} MB (budget {FOLDER_BUDGET_MB} MB)")
    print(f"{archive.name}: {compressed:.1f} MB (budget {ARCHIVE_BUDGET_MB} MB, {packed:.0f} s)")
    over = folder > FOLDER_BUDGET_MB or compressed > ARCHIVE_BUDGET_MB
    if over:
        print("over the size budget", file=sys.stderr)
    return 1 if over else 0


if __name__ == "__main__":
    os.chdir(ROOT)
    sys.exit(main())
