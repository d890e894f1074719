"""The Windows installer: a WiX 3 source for the one-folder bundle, built into an .msi by
msitools' ``wixl`` (which runs on Linux, so the MSI is made next to the Wine test).

Per-machine, 64-bit, under Program Files\\BadgeDesk, with a Start-menu shortcut and an
uninstall entry; no UI, so it installs with ``msiexec /i BadgeDesk-x.y.z.msi /qn``. It only
writes Program Files, the Start menu and its own uninstall entry: the user's data folder
(under AppData) is never touched, so uninstalling keeps it.
"""

from __future__ import annotations

import hashlib
import re
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

MSI_BUDGET_MB = 170

# Never change it: Windows Installer recognises earlier BadgeDesk installs by this code, and
# MajorUpgrade replaces them. The ProductCode is new with every build ("*").
UPGRADE_CODE = "6B1E2C4D-8F3A-4E57-9C21-5A7D0B3E9F14"
# Component GUIDs are derived from this and the file's path, so they stay the same between
# builds for the same path (component rules) without a table kept by hand.
COMPONENT_NAMESPACE = uuid.UUID("0f4c8a52-3d71-4b9e-a6e2-1c9b7d5e4a30")

APP_NAME = "BadgeDesk"
PUBLISHER = "BadgeDesk developers"
EXE_NAME = "badgedesk.exe"
ICON_NAME = "badgedesk.ico"
ICON_ID = "badgedesk.ico"
EXE_FILE_ID = "BadgeDeskExe"
INSTALL_DIR_ID = "INSTALLDIR"
BUNDLE_VAR = "BundleDir"
WIX_NS = "http://schemas.microsoft.com/wix/2006/wi"
RUNTIME_FOLDERS = ("_internal/PySide6/resources/locales",)
"""Folders the program itself makes where it is installed: Chromium (in QtWebEngine) creates
its ``locales`` folder under QtWebEngine's resources at the first start, when it may (an
administrator's run; measured under Wine). The MSI knows them so that uninstalling removes
them when empty: an unknown folder left there kept every folder above it."""
# Windows Installer's limits on ProductVersion fields: major.minor.build.
VERSION_LIMITS = (255, 255, 65535)


def msi_version(version: str) -> str:
    """MSI wants numeric major.minor.build: "0.1.0" stays as is, "1.2" becomes "1.2.0", and
    anything after the leading numbers is dropped ("0.2.0rc1", "0.2.0.dev3", "0.2.0+abc" and
    "0.2.0.4" all give "0.2.0"; Windows Installer ignores a fourth field anyway). Two builds
    that then share a version still replace each other (AllowSameVersionUpgrades)."""
    match = re.match(r"\d+(?:\.\d+)*", version.strip())
    if match is None:
        raise ValueError(f"version {version!r} does not start with a number")
    numbers = [int(part) for part in match.group().split(".")][:3]
    numbers += [0] * (3 - len(numbers))
    for number, limit in zip(numbers, VERSION_LIMITS, strict=True):
        if number > limit:
            raise ValueError(f"version {version!r}: MSI allows at most {VERSION_LIMITS}")
    return ".".join(str(number) for number in numbers)


def next_msi_version(version: str) -> str:
    """The MSI version one build after ``version``'s: a newer release as Windows Installer
    sees it, for checking that it replaces this one."""
    major, minor, build = (int(part) for part in msi_version(version).split("."))
    if build + 1 > VERSION_LIMITS[2]:
        raise ValueError(f"version {version!r} has no next build within MSI's limits")
    return f"{major}.{minor}.{build + 1}"


def _digest(relative: str) -> str:
    """Ids from the path, lower-cased as Windows compares names: the same path always gets the
    same id, and the ids are valid whatever characters the names hold."""
    return hashlib.sha1(relative.lower().encode("utf-8"), usedforsecurity=False).hexdigest()[:20]


def _source(relative: str) -> str:
    return f"$(var.{BUNDLE_VAR})/{relative}"


def _find_icon(bundle: Path) -> str:
    """The icon the bundle carries (``resources/badgedesk.ico``), as a path inside it."""
    found = sorted(bundle.rglob(ICON_NAME), key=lambda path: len(path.parts))
    if not found:
        raise FileNotFoundError(f"no {ICON_NAME} in {bundle}")
    return found[0].relative_to(bundle).as_posix()


def _add_folder(
    parent: ET.Element, folder: Path, bundle: Path, components: list[str], seen: set[str]
) -> None:
    """One Directory per folder, one Component per file (its key path), recursively.

    A folder with no file anywhere below it gets nothing (RUNTIME_FOLDERS are added by
    write_wxs): Wine's Windows Installer counts a folder kept by a CreateFolder component as
    persistent and removes it only after it has tried the folders above it, which then stay."""
    entries = sorted(folder.iterdir(), key=lambda path: path.name)
    for entry in entries:
        if entry.is_dir() and not any(path.is_file() for path in entry.rglob("*")):
            continue
        relative = entry.relative_to(bundle).as_posix()
        if relative.lower() in seen:
            raise ValueError(f"{relative}: Windows does not tell it from another name in case")
        seen.add(relative.lower())
        if "$(" in relative:
            raise ValueError(f"{relative}: wixl would read $( as a variable")
        if entry.is_dir():
            directory = ET.SubElement(
                parent, "Directory", Id=f"d{_digest(relative)}", Name=entry.name
            )
            _add_folder(directory, entry, bundle, components, seen)
            continue
        component_id = f"c{_digest(relative)}"
        component = ET.SubElement(
            parent,
            "Component",
            Id=component_id,
            Guid=str(uuid.uuid5(COMPONENT_NAMESPACE, relative.lower())).upper(),
            Win64="yes",
        )
        is_exe = relative == EXE_NAME
        ET.SubElement(
            component,
            "File",
            Id=EXE_FILE_ID if is_exe else f"f{_digest(relative)}",
            Name=entry.name,
            Source=_source(relative),
            KeyPath="yes",
        )
        if is_exe:
            # Not advertised (a plain .lnk to the file): WiX's default for a Shortcut in a
            # Component. wixl only writes that with an explicit Target.
            ET.SubElement(
                component,
                "Shortcut",
                Id="StartMenuShortcut",
                Directory="ProgramMenuFolder",
                Name=APP_NAME,
                Description="Desktop admin console for Open Badges",
                Target=f"[#{EXE_FILE_ID}]",
                WorkingDirectory=INSTALL_DIR_ID,
                Icon=ICON_ID,
            )
        components.append(component_id)


def _add_directory(install_dir: ET.Element, relative: str) -> None:
    """The Directory of ``relative`` (a folder path inside the bundle), and of the folders
    above it, unless write_wxs already has them from the bundle."""
    parent, parts = install_dir, relative.split("/")
    for depth, name in enumerate(parts, start=1):
        folder_id = f"d{_digest('/'.join(parts[:depth]))}"
        found = next((d for d in parent.findall("Directory") if d.get("Id") == folder_id), None)
        parent = (
            found
            if found is not None
            else ET.SubElement(parent, "Directory", Id=folder_id, Name=name)
        )


def _remove_folders_on_uninstall(install_dir: ET.Element) -> str:
    """A component that removes every folder of the program when uninstalling, once its files
    are gone (RemoveFolder: only empty folders are removed); returns its id."""
    component_id = "RemoveProgramFolders"
    component = ET.SubElement(
        install_dir,
        "Component",
        Id=component_id,
        Guid=str(uuid.uuid5(COMPONENT_NAMESPACE, "remove program folders")).upper(),
        Win64="yes",
        KeyPath="yes",
    )
    for folder in install_dir.iter("Directory"):
        folder_id = folder.get("Id", "")
        ET.SubElement(
            component,
            "RemoveFolder",
            Id=f"r{_digest(folder_id)}",
            Directory=folder_id,
            On="uninstall",
        )
    return component_id


def write_wxs(bundle: Path, version: str, out: Path) -> Path:
    """Write the WiX source for every file of ``bundle`` (the folder holding badgedesk.exe).

    File sources are ``$(var.BundleDir)/…``, so the .wxs does not depend on where the bundle
    is mounted: build_msi defines BundleDir for wixl."""
    if not (bundle / EXE_NAME).is_file():
        raise FileNotFoundError(f"no {EXE_NAME} in {bundle}")
    number = msi_version(version)
    wix = ET.Element("Wix", xmlns=WIX_NS)
    product = ET.SubElement(
        wix,
        "Product",
        Id="*",
        Name=APP_NAME,
        Language="1033",
        Codepage="1252",
        Version=number,
        Manufacturer=PUBLISHER,
        UpgradeCode=UPGRADE_CODE,
    )
    # 64-bit comes from wixl's --arch x64 (summary Template "x64;1033", 64-bit components):
    # wixl has no Package/@Platform.
    ET.SubElement(
        product,
        "Package",
        Description=f"{APP_NAME} {version}",
        Manufacturer=PUBLISHER,
        InstallerVersion="500",
        Languages="1033",
        Compressed="yes",
        InstallScope="perMachine",
    )
    ET.SubElement(
        product,
        "MajorUpgrade",
        AllowSameVersionUpgrades="yes",
        DowngradeErrorMessage=f"A newer version of {APP_NAME} is already installed.",
    )
    ET.SubElement(product, "Media", Id="1", Cabinet="badgedesk.cab", EmbedCab="yes")
    ET.SubElement(product, "Icon", Id=ICON_ID, SourceFile=_source(_find_icon(bundle)))
    ET.SubElement(product, "Property", Id="ARPPRODUCTICON", Value=ICON_ID)
    # Nothing to change or choose at install time: no Modify button in Apps & features.
    ET.SubElement(product, "Property", Id="ARPNOMODIFY", Value="1")

    target = ET.SubElement(product, "Directory", Id="TARGETDIR", Name="SourceDir")
    program_files = ET.SubElement(target, "Directory", Id="ProgramFiles64Folder")
    install_dir = ET.SubElement(program_files, "Directory", Id=INSTALL_DIR_ID, Name=APP_NAME)
    ET.SubElement(target, "Directory", Id="ProgramMenuFolder")
    components: list[str] = []
    _add_folder(install_dir, bundle, bundle, components, set())
    for relative in RUNTIME_FOLDERS:
        _add_directory(install_dir, relative)
    components.append(_remove_folders_on_uninstall(install_dir))

    feature = ET.SubElement(product, "Feature", Id="Main", Title=APP_NAME, Level="1")
    for component_id in components:
        ET.SubElement(feature, "ComponentRef", Id=component_id)

    ET.indent(wix)
    out.parent.mkdir(parents=True, exist_ok=True)
    ET.ElementTree(wix).write(out, encoding="utf-8", xml_declaration=True)
    return out


def build_msi(wxs: Path, bundle: Path, out: Path, run: Callable[[list[str]], object]) -> Path:
    """Run wixl on ``wxs`` with the files of ``bundle``, writing ``out``; returns ``out``.

    ``run`` runs an argv where wixl is (the chroot), so the three paths are as seen there.
    It should raise if the command fails."""
    run(
        [
            "wixl",
            "--arch",
            "x64",
            "--define",
            f"{BUNDLE_VAR}={bundle.as_posix()}",
            "--output",
            out.as_posix(),
            wxs.as_posix(),
        ]
    )
    return out
