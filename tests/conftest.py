"""Shared fixtures: a real sandbox server on loopback for every test that asks for one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
import pytest
import trustme
from PySide6.QtCore import QCoreApplication, Qt

from badgedesk.app import prepare_environment
from badgedesk.ui.pyside_fixes import pin_singletons, quicken_feature_checks

# As badgedesk.app does, before anything starts Qt (offscreen, as for its self-test); tests
# emit far more signals and page loads than a session.
prepare_environment(self_test=True)
pin_singletons()
quicken_feature_checks()
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


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "flavors(*names): the sandbox of the marked test or module runs as each of these "
        "flavours, whatever its directory's conftest.py pins",
    )
    config.addinivalue_line(
        "markers",
        "strict_and_lenient_oauth: the sandbox of the marked test or module runs once lenient "
        "and once under --strict-oauth (RFC 9700)",
    )


@pytest.hookimpl(tryfirst=True)
def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """The ``flavors`` and ``strict_and_lenient_oauth`` markers: a module chooses its sandbox's
    flavours and OAuth strictness without a fixture of its own that would hide the one here.
    Each becomes a ``parametrize`` mark before pytest reads those, and only on the tests that
    use the fixture (a module-wide ``parametrize`` would fail the others)."""
    test = metafunc.definition

    def chosen_by_the_test(argname: str) -> bool:
        """A test's own ``parametrize`` of the fixture wins over its module's marker."""
        return any(
            argname in str(mark.args[0]).replace(" ", "").split(",")
            for mark in test.iter_markers("parametrize")
        )

    flavors = test.get_closest_marker("flavors")
    if flavors and "flavor" in metafunc.fixturenames and not chosen_by_the_test("flavor"):
        test.add_marker(pytest.mark.parametrize("flavor", flavors.args))
    both = test.get_closest_marker("strict_and_lenient_oauth")
    if both and "strict_oauth" in metafunc.fixturenames and not chosen_by_the_test("strict_oauth"):
        test.add_marker(
            pytest.mark.parametrize("strict_oauth", [False, True], ids=["lenient", "strict"])
        )


@pytest.fixture(params=FLAVORS)
def flavor(request: pytest.FixtureRequest) -> Flavor:
    """Every test that uses the sandbox runs against each flavour; a directory pins one in its
    conftest.py, a module or test chooses with ``@pytest.mark.flavors(...)``."""
    value: Flavor = request.param
    return value


@pytest.fixture
def strict_oauth() -> bool:
    """The sandbox's OAuth server is lenient like the real one; sign-in tests run under
    ``--strict-oauth`` (RFC 9700) as well, marked ``strict_and_lenient_oauth``."""
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


@pytest.fixture
def authority(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> trustme.CA:
    """A certificate authority of the test's own, the one clients made in the test trust."""
    authority = trustme.CA()
    path = tmp_path / "authority.pem"
    authority.cert_pem.write_to_path(str(path))
    monkeypatch.setenv("SSL_CERT_FILE", str(path))
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    return authority
