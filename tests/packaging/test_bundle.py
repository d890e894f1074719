"""The standalone build: it is built by packaging/build.py, fits its size budget, links every
library it carries, and passes ``--self-test`` with no Python or venv around it."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from badgedesk.core.languages import PSEUDO, TRANSLATED, catalogue_name

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "org.badgedesk.BadgeDesk"
LDD = shutil.which("ldd") or "/usr/bin/ldd"

pytestmark = [
    pytest.mark.packaging,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="built and run on Linux"),
    pytest.mark.timeout(900),
]


@pytest.fixture(scope="module")
def build(tmp_path_factory) -> tuple[Path, str]:
    """The one-folder build and what the build script printed."""
    where = tmp_path_factory.mktemp("standalone")
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build.py"),
            f"--dist={where / 'dist'}",
            f"--work={where / 'work'}",
        ],
        capture_output=True,
        text=True,
        timeout=840,
        check=False,
    )
    print(done.stdout)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return where / "dist" / "BadgeDesk", done.stdout


def test_the_build_fits_its_size_budget(build):
    _bundle, printed = build
    folder = re.search(r"one-folder build: ([\d.]+) MB", printed)
    archive = re.search(r"\.tar\.gz: ([\d.]+) MB", printed)
    assert folder is not None
    assert archive is not None
    assert float(folder.group(1)) < 400
    assert float(archive.group(1)) < 180


def test_every_library_it_links_is_there(build):
    """Leaving out what BadgeDesk does not use must not leave a library wanting another."""
    bundle, _printed = build
    internal = bundle / "_internal"
    qt_lib = internal / "PySide6" / "Qt" / "lib"
    env = {**os.environ, "LD_LIBRARY_PATH": f"{qt_lib}:{internal}"}
    binaries = [p for p in internal.rglob("*.so*") if p.is_file() and not p.is_symlink()]
    binaries.append(internal / "PySide6" / "Qt" / "libexec" / "QtWebEngineProcess")
    missing = {}
    for binary in binaries:
        listed = subprocess.run(
            [LDD, str(binary)], capture_output=True, text=True, env=env, check=False
        ).stdout
        wanted = [line.split()[0] for line in listed.splitlines() if "not found" in line]
        if wanted:
            missing[str(binary.relative_to(bundle))] = wanted
    assert missing == {}
    assert not [p for p in bundle.rglob("*") if p.is_symlink() and not p.exists()]


def test_the_built_program_passes_its_self_test_without_python_around(build, tmp_path):
    bundle, _printed = build
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }
    if os.geteuid() == 0:
        env["QTWEBENGINE_CHROMIUM_FLAGS"] = "--no-sandbox"
    done = subprocess.run(
        [str(bundle / "badgedesk"), "--self-test", f"--data-dir={tmp_path / 'data'}"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=tmp_path,
        check=False,
    )
    print(done.stdout)
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    assert "self-test: signed in as Dana Demo" in done.stdout
    assert "self-test: OK" in done.stdout
    backends = re.search(r"keyring backends bundled: (.*)", done.stdout)
    assert backends is not None
    assert {"SecretService", "KWallet", "Windows", "macOS"} <= set(backends.group(1).split(", "))


def test_linux_desktop_entry_metainfo_and_icon_are_in_the_build(build):
    bundle, _printed = build
    share = bundle / "share"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(share / "applications" / f"{APP_ID}.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"] == "badgedesk"
    assert desktop["Icon"] == APP_ID
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png").is_file()
    metainfo = share / "metainfo" / f"{APP_ID}.metainfo.xml"
    component = ElementTree.parse(metainfo).getroot()  # noqa: S314 - our own file
    assert component.findtext("id") == APP_ID
    assert component.find("launchable").text == f"{APP_ID}.desktop"
    release = component.find("releases/release")
    assert release is not None
    assert "@" not in release.get("version", "@") + release.get("date", "@")


def test_translations_are_in_the_build(build):
    """BadgeDesk's .qm files, and Qt's own for the same languages, where ui.language looks."""
    bundle, _printed = build
    internal = bundle / "_internal"
    own = {p.name for p in (internal / "badgedesk" / "translations").glob("*.qm")}
    assert own == {f"{catalogue_name(code)}.qm" for code in (*TRANSLATED, PSEUDO)}
    qt = {p.name for p in (internal / "PySide6" / "Qt" / "translations").glob("*.qm")}
    assert qt == {f"qtbase_{code}.qm" for code in TRANSLATED}
