"""The certificates BadgeDesk trusts for HTTPS.

Those bundled with it (certifi), unless ``SSL_CERT_FILE`` or ``SSL_CERT_DIR`` names others, as
a school whose proxy inspects TLS does for its own authority. A variable naming a file or folder
that is not there (left behind by another program, or a Linux path handed to a Windows program
under Wine) is logged and passed over: it would otherwise stop BadgeDesk from starting at all,
since httpx opens it the moment a client is made.
"""

from __future__ import annotations

import functools
import logging
import os
import ssl
from pathlib import Path

import certifi

log = logging.getLogger(__name__)


def trusted_certificates() -> ssl.SSLContext:
    """A client context trusting ``SSL_CERT_FILE``, else ``SSL_CERT_DIR``, else certifi: one
    for the process while the variables keep their values, shared by every client (the API's,
    the sign-in's). Loading certifi's bundle takes about 30 ms, on the way to the first rows of
    a signed-in start, and each client made its own."""
    return _context_trusting(
        os.environ.get("SSL_CERT_FILE", ""), os.environ.get("SSL_CERT_DIR", "")
    )


@functools.cache
def _context_trusting(cafile: str, capath: str) -> ssl.SSLContext:
    if cafile and Path(cafile).is_file():
        return ssl.create_default_context(cafile=cafile)
    if capath and Path(capath).is_dir():
        return ssl.create_default_context(capath=capath)
    for name, value in (("SSL_CERT_FILE", cafile), ("SSL_CERT_DIR", capath)):
        if value:
            log.warning(
                "%s names %s, which is not there: using the bundled certificates", name, value
            )
    return ssl.create_default_context(cafile=certifi.where())
