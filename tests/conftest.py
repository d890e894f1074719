"""Shared fixtures: a real sandbox server on loopback for every test that asks for one."""

from __future__ import annotations

import os
from collections.abc import Iterator

import keyring
import keyring.backend
import keyring.errors
import pytest

os.environ.setdefault("QT_API", "pyside6")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if hasattr(os, "geteuid") and os.geteuid() == 0:  # Chromium refuses root without it
    os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")

from PySide6.QtCore import QCoreApplication, Qt

from badgedesk.ui.pyside_fixes import pin_singletons

# As badgedesk.app does; tests emit far more signals and page loads than a session.
pin_singletons()
# QtWebEngine needs this before the QApplication exists; pytest-qt creates it later.
QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)

from badgedesk.sandbox import ALL_SCOPES, FLAVORS, Flavor, SandboxConfig, SandboxServer  # noqa: E402


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring in memory: tests never touch the real OS store."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.secrets:
            raise keyring.errors.PasswordDeleteError(username)
        del self.secrets[(service, username)]


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Installed for every test, so the OS keyring is never read or written."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(params=FLAVORS)
def flavor(request: pytest.FixtureRequest) -> Flavor:
    """Every test that uses the sandbox runs against each flavour; a test or a directory pins
    one by overriding this fixture (or ``@pytest.mark.parametrize("flavor", [...])``)."""
    value: Flavor = request.param
    return value


@pytest.fixture
def strict_oauth() -> bool:
    """The sandbox's OAuth server is lenient like the real one; sign-in tests override this
    fixture to run under ``--strict-oauth`` (RFC 9700) as well."""
    return False


@pytest.fixture
def sandbox(flavor: Flavor, strict_oauth: bool) -> Iterator[SandboxServer]:
    """A fresh demo sandbox on 127.0.0.1 and a free port; stopped after the test."""
    config = SandboxConfig(flavor=flavor, token_backoff=False, strict_oauth=strict_oauth)
    with SandboxServer(config) as server:
        yield server


@pytest.fixture
def demo_token(sandbox: SandboxServer) -> str:
    """An access token for the demo user with every public scope."""
    return sandbox.mint_token(scope=ALL_SCOPES).access_token
