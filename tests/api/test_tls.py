"""Which certificates HTTPS trusts: a CA variable naming nothing does not stop BadgeDesk."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import certifi
import pytest

from badgedesk.api.client import BadgesClient
from badgedesk.api.tls import trusted_certificates
from badgedesk.auth.oauth import OAuthClient
from tests.oauth_flow import oauth_config


def one_authority(folder: Path) -> Path:
    """A CA file holding the first authority of certifi's bundle."""
    bundle = Path(certifi.where()).read_text(encoding="ascii")
    end = "-----END CERTIFICATE-----"
    first = bundle[bundle.index("-----BEGIN CERTIFICATE-----") : bundle.index(end) + len(end)]
    path = folder / "school-ca.pem"
    path.write_text(first + "\n", encoding="ascii")
    return path


def test_without_variables_the_bundled_authorities_are_trusted(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    assert trusted_certificates().cert_store_stats()["x509_ca"] > 50


def test_a_school_authority_named_by_ssl_cert_file_is_the_one_trusted(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(one_authority(tmp_path)))
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    assert trusted_certificates().cert_store_stats()["x509_ca"] == 1


@pytest.mark.parametrize("variable", ["SSL_CERT_FILE", "SSL_CERT_DIR"])
def test_a_variable_naming_nothing_is_logged_and_passed_over(
    variable: str,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """As on a Windows desktop where another program left a stale path, or under Wine with a
    Linux one: the clients are still made, trusting the bundled authorities."""
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    missing = tmp_path / "gone" / "ca-certificates.crt"
    monkeypatch.setenv(variable, str(missing))
    with caplog.at_level(logging.WARNING, logger="badgedesk.api.tls"):
        assert trusted_certificates().cert_store_stats()["x509_ca"] > 50
        clients = (
            BadgesClient("https://api.example.test", "token"),
            OAuthClient(oauth_config("https://api.example.test")),
        )
    for client in clients:
        asyncio.run(client.aclose())
    assert f"{variable} names {missing}" in caplog.text


def test_clients_share_one_context_while_the_variables_keep_their_values(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The bundle is loaded once for the process, not once for each client; a variable that
    names other authorities gets a context of its own."""
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    bundled = trusted_certificates()
    assert trusted_certificates() is bundled
    monkeypatch.setenv("SSL_CERT_FILE", str(one_authority(tmp_path)))
    school = trusted_certificates()
    assert school is not bundled
    assert school.cert_store_stats()["x509_ca"] == 1
    monkeypatch.delenv("SSL_CERT_FILE")
    assert trusted_certificates() is bundled
