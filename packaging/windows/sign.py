"""Authenticode signing of the Windows build (badgedesk.exe, the MSI) on Linux, with osslsigncode.

Only when a certificate is supplied, by environment variables (nothing is signed in CI):

    BADGEDESK_SIGN_PFX            the certificate and its key, a PKCS#12 (.pfx/.p12) file
    BADGEDESK_SIGN_PASSWORD_FILE  a file holding the PFX's password, or
    BADGEDESK_SIGN_PASSWORD       the password itself
    BADGEDESK_SIGN_TIMESTAMP_URL  an RFC 3161 time-stamping service (optional; without it
                                  nothing reaches the network, but the signature ends with
                                  the certificate's validity)
    BADGEDESK_SIGN_URL            the "more information" address shown by Windows (optional)
    BADGEDESK_SIGN_CAFILE         the root to trust when verifying (optional; the system's
                                  roots otherwise; a self-signed test certificate needs it)

Each file is signed into a copy, the copy is verified (offline: CRLs are not fetched) and only
then replaces the file, so a failure leaves the unsigned file as it was and stops the build.
The password never appears on a command line (other users see those in ``ps``) nor in what
is printed: osslsigncode reads it from a file, a temporary one readable by the owner only
when it came from the environment.

    python packaging/windows/sign.py dist/BadgeDesk-windows/badgedesk.exe dist/BadgeDesk-….msi
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path

PFX = "BADGEDESK_SIGN_PFX"
PASSWORD = "BADGEDESK_SIGN_PASSWORD"  # noqa: S105 - names of variables, not secrets
PASSWORD_FILE = "BADGEDESK_SIGN_PASSWORD_FILE"  # noqa: S105
TIMESTAMP_URL = "BADGEDESK_SIGN_TIMESTAMP_URL"
INFO_URL = "BADGEDESK_SIGN_URL"
CAFILE = "BADGEDESK_SIGN_CAFILE"
PRODUCT = "BadgeDesk"
NOT_SIGNED = "not signed: no certificate supplied"


class SigningError(RuntimeError):
    """A file could not be signed, or its signature did not verify; the build must stop."""


def sign_files(paths: list[Path], environ: Mapping[str, str]) -> list[str]:
    """Sign each of ``paths`` in place and verify it; the report, one line a file. Nothing is
    done without a certificate in ``environ``. Raises SigningError on any failure."""
    pfx = environ.get(PFX, "")
    if not pfx:
        return [NOT_SIGNED]
    if not Path(pfx).is_file():
        raise SigningError(f"{PFX} names no file: {pfx}")
    tool = shutil.which("osslsigncode")
    if tool is None:
        raise SigningError("osslsigncode is not installed (Debian: apt-get install osslsigncode)")
    secret = environ.get(PASSWORD, "")
    report = []
    with password_file(environ) as readpass:
        for path in paths:
            signed = path.with_name(path.name + ".signing")
            try:
                run(sign_command(tool, path, signed, Path(pfx), readpass, environ), path, secret)
                run(verify_command(tool, signed, environ), path, secret)
                os.replace(signed, path)
            finally:
                signed.unlink(missing_ok=True)
            stamped = " and time-stamped" if environ.get(TIMESTAMP_URL) else ""
            report.append(f"signed{stamped} and verified: {path}")
    return report


@contextlib.contextmanager
def password_file(environ: Mapping[str, str]) -> Iterator[Path]:
    """A file that holds the PFX's password, for osslsigncode's ``-readpass``."""
    if environ.get(PASSWORD_FILE):
        given = Path(environ[PASSWORD_FILE])
        if not given.is_file():
            raise SigningError(f"{PASSWORD_FILE} names no file: {given}")
        yield given
        return
    if PASSWORD not in environ:
        raise SigningError(f"{PFX} is set but neither {PASSWORD_FILE} nor {PASSWORD}")
    descriptor, name = tempfile.mkstemp(prefix="badgedesk-sign-")  # created 0600
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as written:
            written.write(environ[PASSWORD])
        yield Path(name)
    finally:
        os.unlink(name)


def sign_command(
    tool: str, path: Path, out: Path, pfx: Path, readpass: Path, environ: Mapping[str, str]
) -> list[str]:
    """``osslsigncode sign``: SHA-256, the product's name, the password read from a file;
    a time stamp only when a time-stamping service is given."""
    argv = [tool, "sign", "-pkcs12", str(pfx), "-readpass", str(readpass), "-h", "sha256"]
    argv += ["-n", PRODUCT]
    if environ.get(INFO_URL):
        argv += ["-i", environ[INFO_URL]]
    if environ.get(TIMESTAMP_URL):
        argv += ["-ts", environ[TIMESTAMP_URL]]
    return [*argv, "-in", str(path), "-out", str(out)]


def verify_command(tool: str, path: Path, environ: Mapping[str, str]) -> list[str]:
    """``osslsigncode verify``, offline: CRLs named in the certificates are not fetched."""
    argv = [tool, "verify", "-ignore-crl", "-ignore-cdp"]
    if environ.get(CAFILE):
        argv += ["-CAfile", environ[CAFILE]]
    return [*argv, "-in", str(path)]


def run(argv: list[str], path: Path, secret: str) -> None:
    """Run one osslsigncode step; on failure, its own words, with ``secret`` masked."""
    done = subprocess.run(  # noqa: S603 - osslsigncode, found on PATH, with our arguments
        argv, capture_output=True, text=True, check=False, timeout=300
    )
    if done.returncode != 0:
        said = (done.stdout + done.stderr).strip()
        if secret:
            said = said.replace(secret, "***")
        raise SigningError(f"osslsigncode {argv[1]} failed for {path}:\n{said}")


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    try:
        for line in sign_files([Path(name) for name in argv], os.environ):
            print(line)
    except SigningError as error:
        print(f"signing FAILED: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
