"""The keyring backends a build carries (packaging/keyring_backends.py, used by the spec):
on Windows only Windows' own, and its entry points list no other; elsewhere all, as before.
No build: the choice is made from lists, as the spec makes it."""

from __future__ import annotations

import importlib.util
from importlib.metadata import PathDistribution, distribution
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.packaging


def load_keyring_backends():
    """packaging/keyring_backends.py, which the spec imports from its own folder."""
    path = ROOT / "packaging" / "keyring_backends.py"
    spec = importlib.util.spec_from_file_location("keyring_backends", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


backends = load_keyring_backends()

COLLECTED = [  # collect_submodules("keyring.backends") with keyring 25
    "keyring.backends",
    "keyring.backends.SecretService",
    "keyring.backends.Windows",
    "keyring.backends.chainer",
    "keyring.backends.fail",
    "keyring.backends.kwallet",
    "keyring.backends.libsecret",
    "keyring.backends.macOS",
    "keyring.backends.macOS.api",
    "keyring.backends.null",
]
WINDOWS_ONLY = [
    "keyring.backends",
    "keyring.backends.Windows",
    "keyring.backends.chainer",
    "keyring.backends.fail",
    "keyring.backends.null",
]


def test_a_windows_build_carries_only_windows_backends():
    assert backends.bundled_backends(COLLECTED, "win32") == WINDOWS_ONLY


@pytest.mark.parametrize("platform", ["linux", "darwin"])
def test_linux_and_macos_builds_carry_every_backend(platform):
    assert backends.bundled_backends(COLLECTED, platform) == COLLECTED
    assert backends.excluded_modules(COLLECTED, platform) == []


def test_a_windows_build_leaves_out_the_other_backends_and_their_libraries():
    excluded = backends.excluded_modules(COLLECTED, "win32")
    assert set(excluded) == set(COLLECTED) - set(WINDOWS_ONLY) | {
        "secretstorage",
        "jeepney",
        "dbus",
        "gi",
    }


def test_a_backend_keyring_adds_later_stays_out_of_a_windows_build():
    collected = [*COLLECTED, "keyring.backends.Haiku"]
    assert "keyring.backends.Haiku" not in backends.bundled_backends(collected, "win32")
    assert "keyring.backends.Haiku" in backends.excluded_modules(collected, "win32")


def test_the_entry_points_of_a_windows_build_name_only_its_backends(tmp_path):
    """keyring imports every backend its entry points list and logs an error for each that is
    missing: the Windows build's copy lists only those it carries, other groups untouched."""
    files = distribution("keyring").files or []
    installed = Path(next(f for f in files if f.name == "METADATA").locate()).parent
    copy = backends.metadata_with_backends(installed, WINDOWS_ONLY, tmp_path)
    copied = PathDistribution(copy)
    names = sorted(point.name for point in copied.entry_points.select(group="keyring.backends"))
    assert names == ["Windows", "chainer"]
    assert [point.value for point in copied.entry_points.select(group="console_scripts")] == [
        "keyring.cli:main"
    ]
    assert copied.version == distribution("keyring").version
    original = sorted(
        point.name
        for point in distribution("keyring").entry_points.select(group="keyring.backends")
    )
    assert "SecretService" in original, "the installed keyring is left as it was"


def test_entry_points_are_filtered_by_module_in_the_backends_group_only():
    text = (
        "[keyring.backends]\n"
        "Windows = keyring.backends.Windows\n"
        "macOS = keyring.backends.macOS\n"
        "other = some.plugin:init\n"
        "\n"
        "[console_scripts]\n"
        "keyring = keyring.cli:main\n"
    )
    kept = backends.entry_points_for(text, ["keyring.backends.Windows", "some.plugin"])
    assert kept == (
        "[keyring.backends]\n"
        "Windows = keyring.backends.Windows\n"
        "other = some.plugin:init\n"
        "\n"
        "[console_scripts]\n"
        "keyring = keyring.cli:main\n"
    )
