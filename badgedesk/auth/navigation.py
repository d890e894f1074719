"""Where the embedded sign-in browser may go: the decision, without Qt, so it can be tested alone.

A sign-in page may send the browser anywhere, so each main-frame navigation is judged before it
starts. Only the exact redirect URI is BadgeDesk's own (intercepted, never loaded); addresses
that resemble it are refused, since a page there could pose as BadgeDesk. Plain http is refused
except on loopback (nothing leaves the machine there). Other https hosts are allowed, because
schools sign in through Microsoft or Google, but the dialog says plainly that the page is not
on the profile's server.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from urllib.parse import urlsplit, urlunsplit

DEFAULT_PORTS = {"http": 80, "https": 443}


class Verdict(Enum):
    """What the browser does with a main-frame navigation."""

    REDIRECT = "redirect"
    """The exact redirect URI: take the answer, never load it."""
    LOOKALIKE = "lookalike"
    """Resembles the redirect URI without being it: refused."""
    INSECURE = "insecure"
    """Plain http to a host that is not loopback: refused."""
    UNSUPPORTED = "unsupported"
    """Not a web address (file:, ftp:, …): refused."""
    HOME = "home"
    """On one of the profile's own origins: allowed."""
    FOREIGN = "foreign"
    """On another https (or loopback) origin: allowed, with a warning shown."""


REFUSED = frozenset({Verdict.LOOKALIKE, Verdict.INSECURE, Verdict.UNSUPPORTED})


@dataclass(frozen=True)
class Origin:
    """Scheme, host (lower case, no trailing dot) and effective port: what the banner compares."""

    scheme: str
    host: str
    port: int | None

    @property
    def display(self) -> str:
        """The host, with the port only when it is not the scheme's default."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        if self.port is None or self.port == DEFAULT_PORTS.get(self.scheme):
            return host
        return f"{host}:{self.port}"


def origin_of(url: str) -> Origin:
    """The origin of ``url``; an unparsable port counts as no port."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    try:
        port = parts.port
    except ValueError:
        port = None
    return Origin(
        scheme, (parts.hostname or "").rstrip("."), port or DEFAULT_PORTS.get(scheme, port)
    )


def is_loopback_host(host: str) -> bool:
    """127.0.0.0/8, ::1 (also IPv4-mapped), ``localhost`` and ``*.localhost`` (Chromium
    resolves those to loopback itself)."""
    host = host.lower().rstrip(".").strip("[]")
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped.is_loopback
    return address.is_loopback


def _same_host(a: str, b: str) -> bool:
    """The same machine as far as a look-alike goes: equal, or both loopback."""
    return a == b or (is_loopback_host(a) and is_loopback_host(b))


def _path_resembles(path: str, redirect_path: str) -> bool:
    stem = redirect_path.rstrip("/").casefold()
    return bool(stem) and path.casefold().startswith(stem)


def judge(url: str, redirect_uri: str, home: Iterable[str]) -> Verdict:
    """The verdict on a main-frame navigation to ``url``.

    ``home`` are the profile's own addresses (API, web app, sign-in page); only their origins
    count. The exact redirect URI matches by scheme, host, port and path (query ignored).
    """
    target, redirect = origin_of(url), origin_of(redirect_uri)
    path = urlsplit(url.strip()).path or "/"
    redirect_path = urlsplit(redirect_uri.strip()).path or "/"
    if target == redirect and path == redirect_path:
        return Verdict.REDIRECT
    near_host = _same_host(target.host, redirect.host)
    same_port = target.port == redirect.port
    # On loopback, the redirect's host and port are BadgeDesk's own listener: nothing else there.
    own_listener = near_host and same_port and is_loopback_host(redirect.host)
    if own_listener or (_path_resembles(path, redirect_path) and (near_host or same_port)):
        return Verdict.LOOKALIKE
    if target.scheme not in DEFAULT_PORTS or not target.host:
        return Verdict.UNSUPPORTED
    if target.scheme == "http" and not is_loopback_host(target.host):
        return Verdict.INSECURE
    if target in {origin_of(address) for address in home}:
        return Verdict.HOME
    return Verdict.FOREIGN


def shown_address(url: str) -> str:
    """``url`` without user info, query and fragment: fit for messages and logs, since the
    query of an answer (or of a look-alike of one) may carry a code or the state."""
    parts = urlsplit(url.strip())
    host = parts.hostname or ""
    host = f"[{host}]" if ":" in host else host
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = f"{host}:{port}" if port is not None else host
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))
