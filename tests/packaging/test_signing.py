"""Code signing of the Windows build (packaging/windows/sign.py), with a throwaway self-signed
certificate and a copy of a real PE file (pip's launcher), on Linux and offline."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
from pathlib import Path

import pip
import pytest

ROOT = Path(__file__).resolve().parents[2]
PE_FILE = Path(pip.__file__).parent / "_vendor" / "distlib" / "t64.exe"
PASSWORD = "correct-horse-7"
OSSLSIGNCODE = shutil.which("osslsigncode") or "osslsigncode"
OPENSSL = shutil.which("openssl") or "openssl"

pytestmark = [
    pytest.mark.packaging,
    pytest.mark.skipif(shutil.which("osslsigncode") is None, reason="osslsigncode is missing"),
    pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl is missing"),
]


def load_sign():
    """packaging/windows/sign.py, a script rather than a package module."""
    spec = importlib.util.spec_from_file_location(
        "badgedesk_sign", ROOT / "packaging/windows/sign.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


sign = load_sign()


@pytest.fixture
def certificate(tmp_path) -> tuple[Path, Path]:
    """A self-signed code-signing certificate: its PKCS#12 file (with PASSWORD) and its PEM."""
    key, cert, pfx = tmp_path / "key.pem", tmp_path / "cert.pem", tmp_path / "cert.pfx"
    request = "req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=BadgeDesk-test-signing"
    for argv in (
        [OPENSSL, *request.split(), "-addext", "extendedKeyUsage=codeSigning",
         "-keyout", str(key), "-out", str(cert)],
        [OPENSSL, "pkcs12", "-export", "-inkey", str(key), "-in", str(cert),
         "-out", str(pfx), "-passout", f"pass:{PASSWORD}"],
    ):  # fmt: skip
        subprocess.run(argv, check=True, capture_output=True, timeout=60)
    return pfx, cert


@pytest.fixture
def program(tmp_path) -> Path:
    copy = tmp_path / "badgedesk.exe"
    shutil.copyfile(PE_FILE, copy)
    return copy


def verified(path: Path, cert: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [OSSLSIGNCODE, "verify", "-ignore-crl", "-CAfile", str(cert), "-in", str(path)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


def test_a_supplied_certificate_signs_the_file_in_place_and_it_verifies(certificate, program):
    pfx, cert = certificate
    unsigned = program.read_bytes()
    assert verified(program, cert).returncode != 0, "the copy was signed already"
    environ = {sign.PFX: str(pfx), sign.PASSWORD: PASSWORD, sign.CAFILE: str(cert)}
    report = sign.sign_files([program], environ)
    assert report == [f"signed and verified: {program}"]
    assert program.read_bytes() != unsigned
    checked = verified(program, cert)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "Signature verification: ok" in checked.stdout
    assert "BadgeDesk-test-signing" in checked.stdout
    assert sorted(p.name for p in program.parent.iterdir()) == [
        "badgedesk.exe",
        "cert.pem",
        "cert.pfx",
        "key.pem",
    ], "no copy or password file is left behind"


def test_the_password_can_come_from_a_file(certificate, program, tmp_path):
    pfx, cert = certificate
    secret = tmp_path / "secret"
    secret.write_text(PASSWORD + "\n", encoding="utf-8")
    environ = {sign.PFX: str(pfx), sign.PASSWORD_FILE: str(secret), sign.CAFILE: str(cert)}
    sign.sign_files([program], environ)
    assert verified(program, cert).returncode == 0


def test_without_a_certificate_nothing_is_done(program, monkeypatch):
    before = program.read_bytes()
    ran = []
    monkeypatch.setattr(subprocess, "run", lambda *args, **kwargs: ran.append(args))
    assert sign.sign_files([program], {}) == ["not signed: no certificate supplied"]
    assert ran == []
    assert program.read_bytes() == before


def test_a_wrong_password_fails_clearly_without_showing_it(certificate, program):
    pfx, _cert = certificate
    before = program.read_bytes()
    wrong = "not-the-password-42"
    with pytest.raises(sign.SigningError) as failed:
        sign.sign_files([program], {sign.PFX: str(pfx), sign.PASSWORD: wrong})
    message = str(failed.value)
    assert "osslsigncode sign failed" in message
    assert "Wrong password" in message
    assert wrong not in message
    assert PASSWORD not in message
    assert program.read_bytes() == before, "a failed signing leaves the file as it was"


def test_a_signature_that_does_not_verify_stops_the_build(certificate, program):
    """Without the test root to trust, the self-signed signature must not pass."""
    pfx, _cert = certificate
    before = program.read_bytes()
    with pytest.raises(sign.SigningError, match="osslsigncode verify failed"):
        sign.sign_files([program], {sign.PFX: str(pfx), sign.PASSWORD: PASSWORD})
    assert program.read_bytes() == before


def test_the_password_is_never_on_a_command_line(certificate, program, monkeypatch):
    pfx, cert = certificate
    real_run = subprocess.run
    argvs: list[list[str]] = []

    def recording_run(argv, *args, **kwargs):
        argvs.append(list(argv))
        return real_run(argv, *args, **kwargs)

    monkeypatch.setattr(subprocess, "run", recording_run)
    environ = {sign.PFX: str(pfx), sign.PASSWORD: PASSWORD, sign.CAFILE: str(cert)}
    sign.sign_files([program], environ)
    assert [argv[1] for argv in argvs] == ["sign", "verify"]
    assert not any(PASSWORD in part for argv in argvs for part in argv)
    readpass = Path(argvs[0][argvs[0].index("-readpass") + 1])
    assert not readpass.exists(), "the temporary password file is removed"


def test_a_time_stamp_is_asked_for_only_when_a_service_is_given(tmp_path):
    def command(environ):
        paths = [tmp_path / name for name in ("in.exe", "out.exe", "cert.pfx", "secret")]
        return sign.sign_command("osslsigncode", *paths, environ)

    plain = command({})
    assert "-ts" not in plain
    assert plain[plain.index("-h") + 1] == "sha256"
    assert plain[plain.index("-n") + 1] == "BadgeDesk"
    stamped = command({sign.TIMESTAMP_URL: "http://timestamp.example.org"})
    assert stamped[stamped.index("-ts") + 1] == "http://timestamp.example.org"
