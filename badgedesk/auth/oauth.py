"""OAuth2 authorization code with PKCE (RFC 7636) and rotating refresh tokens. No Qt here.

The server's ``/o/token`` answers are not enveloped (``{"error": …}``) and any failure starts
a back-off (429 with ``expires``), so token calls are never retried in a loop: a failure is
reported to the caller with how long to wait. Answers are read as untrusted (see
``badgedesk.api.untrusted``): whatever comes back, the result is a ``TokenSet`` or an
``ApiError``.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import logging
import re
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

import httpx

from badgedesk.api.client import DEFAULT_TIMEOUT, USER_AGENT
from badgedesk.api.errors import (
    AuthenticationError,
    MalformedResponseError,
    NetworkError,
    RateLimitedError,
    ServerError,
)
from badgedesk.api.tls import trusted_certificates
from badgedesk.api.untrusted import bounded_seconds, clip, is_utf8, load_json

log = logging.getLogger(__name__)

REVOKE_DEADLINE_SECONDS = 10.0
"""The most one revocation may take, connection and answer included."""

_TOKEN = re.compile(r"[\x21-\x7e]{1,16384}")
"""A token BadgeDesk can send back: visible ASCII (RFC 6749 appendix A), in one header line."""
_MAX_LIFETIME = 365 * 86400.0
_DEFAULT_LIFETIME = 86400.0

_READABLE_ERRORS = {
    "invalid_grant": "The sign-in was not accepted: the code or refresh token has expired or "
    "was already used. Please sign in again.",
    "invalid_client": "This server does not know BadgeDesk's client id. Check the server profile.",
    "invalid_scope": "The server refused the requested permissions (scopes).",
    "invalid scope requested": "The server refused the requested permissions (scopes).",
    "access_denied": "Sign-in was cancelled or access was denied.",
    "unsupported_grant_type": "The server does not support this way of signing in.",
    "invalid_request": "The sign-in request was malformed.",
}


class OAuthError(AuthenticationError):
    """The token endpoint refused; ``error_code`` is the OAuth ``error`` value."""

    default_message = "Signing in failed."


@dataclass(frozen=True)
class OAuthConfig:
    """Where and as whom to sign in. The client secret, if any, comes from the keyring."""

    authorize_url: str
    token_url: str
    client_id: str
    redirect_uri: str
    scopes: str
    revoke_url: str | None = None
    client_secret: str | None = field(default=None, repr=False)


@dataclass(frozen=True)
class TokenSet:
    """An access/refresh pair. Its repr hides both tokens so it can never leak into a log."""

    access_token: str = field(repr=False)
    refresh_token: str | None = field(repr=False)
    expires_at: datetime
    scope: str = ""
    token_type: str = "Bearer"  # noqa: S105 - the scheme name, not a secret

    @property
    def scopes(self) -> frozenset[str]:
        return frozenset(self.scope.split())


@dataclass(frozen=True)
class Pkce:
    verifier: str = field(repr=False)
    challenge: str
    method: str = "S256"


def make_pkce() -> Pkce:
    """A fresh 64-character verifier and its S256 challenge."""
    verifier = secrets.token_urlsafe(48)
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    challenge = base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")
    return Pkce(verifier=verifier, challenge=challenge)


def make_state() -> str:
    return secrets.token_urlsafe(24)


def authorization_url(config: OAuthConfig, *, state: str, pkce: Pkce) -> str:
    """The browser page where the user signs in and consents."""
    query = {
        "client_id": config.client_id,
        "redirect_uri": config.redirect_uri,
        "response_type": "code",
        "scope": config.scopes,
        "state": state,
        "code_challenge": pkce.challenge,
        "code_challenge_method": pkce.method,
    }
    separator = "&" if "?" in config.authorize_url else "?"
    return f"{config.authorize_url}{separator}{urlencode(query)}"


class OAuthClient:
    """Talks to the token endpoint: code exchange, refresh and revocation."""

    def __init__(
        self, config: OAuthConfig, *, transport: httpx.AsyncBaseTransport | None = None
    ) -> None:
        self.config = config
        self._http = httpx.AsyncClient(
            verify=trusted_certificates(),
            timeout=DEFAULT_TIMEOUT,
            transport=transport,
            headers={"Accept": "application/json", "User-Agent": USER_AGENT},
        )

    async def aclose(self) -> None:
        await self._http.aclose()

    async def exchange_code(self, code: str, pkce: Pkce) -> TokenSet:
        """Codes live about 60 s on the server: call this as soon as the redirect arrives."""
        return await self._token_request(
            {
                "grant_type": "authorization_code",
                "code": code,
                "redirect_uri": self.config.redirect_uri,
                "code_verifier": pkce.verifier,
            }
        )

    async def refresh(self, refresh_token: str) -> TokenSet:
        """Refresh tokens rotate: the old pair stops working once this succeeds."""
        return await self._token_request(
            {"grant_type": "refresh_token", "refresh_token": refresh_token}
        )

    async def revoke(self, token: str) -> bool:
        """Ask the server to revoke ``token``; True only when it confirms (RFC 7009: 200).

        A redirect is never followed (it would carry the token elsewhere) and counts, like an
        error, a timeout or any other answer, as not confirmed. The whole exchange has a
        deadline, so a hanging server cannot hold up a sign-out.
        """
        if not self.config.revoke_url:
            return False
        try:
            async with asyncio.timeout(REVOKE_DEADLINE_SECONDS):
                response = await self._http.post(
                    self.config.revoke_url,
                    data=self._with_client({"token": token}),
                    follow_redirects=False,
                )
        except (httpx.HTTPError, TimeoutError) as exc:
            log.info("token revocation not confirmed: %s", type(exc).__name__)
            return False
        except Exception as exc:  # whatever failed, nothing was confirmed
            # httpx's connection layer (anyio) can fail in its own ways, e.g. an exception
            # group when a cancelled connection is torn down; none may break a sign-out.
            log.warning("token revocation failed unexpectedly: %s", type(exc).__name__)
            return False
        if response.status_code != 200:
            log.info("token revocation not confirmed: HTTP %d", response.status_code)
            return False
        return True

    def _with_client(self, form: dict[str, str]) -> dict[str, str]:
        form = {**form, "client_id": self.config.client_id}
        if self.config.client_secret:
            form["client_secret"] = self.config.client_secret
        return form

    async def _token_request(self, form: dict[str, str]) -> TokenSet:
        path = httpx.URL(self.config.token_url).path
        try:
            response = await self._http.post(self.config.token_url, data=self._with_client(form))
        except httpx.TransportError as exc:
            raise NetworkError(method="POST", path=path, detail=type(exc).__name__) from None
        except httpx.DecodingError:  # a Content-Encoding the body does not match
            raise MalformedResponseError(
                method="POST", path=path, detail="the answer could not be decompressed"
            ) from None
        try:
            body: Any = load_json(response.content) if response.content else {}
        except ValueError:
            body = {}
        if response.status_code == 200 and isinstance(body, Mapping):
            return _token_set(body, path)
        if response.status_code == 429:
            wait = bounded_seconds(body.get("expires")) if isinstance(body, Mapping) else None
            raise RateLimitedError(
                "Too many sign-in attempts."
                + (f" Wait {wait:.0f} s before trying again." if wait is not None else ""),
                retry_after=wait,
                status_code=429,
                method="POST",
                path=path,
            )
        if response.status_code >= 500:
            raise ServerError(status_code=response.status_code, method="POST", path=path)
        error = body.get("error") if isinstance(body, Mapping) else None
        code = clip(error, 100) if isinstance(error, str) else ""
        raise OAuthError(
            _READABLE_ERRORS.get(code, f"Signing in failed ({code or response.status_code})."),
            status_code=response.status_code,
            method="POST",
            path=path,
            error_code=code or None,
        )


def _token_set(body: Mapping[str, Any], path: str) -> TokenSet:
    """The tokens of a 200 answer. Tokens go into headers, forms and the keyring, and scopes
    decide what the app offers: values that cannot be sent back as they came are refused,
    not repaired."""
    access = body.get("access_token")
    if not isinstance(access, str) or not access:
        raise OAuthError("The server's sign-in answer had no access token.", path=path)
    refresh = body.get("refresh_token")
    refresh = refresh if isinstance(refresh, str) and refresh else None
    scope = body.get("scope")
    scope = scope if isinstance(scope, str) else ""
    token_type = body.get("token_type")
    token_type = token_type if isinstance(token_type, str) and token_type else "Bearer"
    tokens = [access] if refresh is None else [access, refresh]
    usable = all(_TOKEN.fullmatch(token) for token in tokens)
    if not (usable and is_utf8(scope) and is_utf8(token_type)):
        raise OAuthError("The server's sign-in answer had tokens BadgeDesk cannot use.", path=path)
    lifetime = bounded_seconds(body.get("expires_in"), _MAX_LIFETIME)
    if lifetime is None:
        lifetime = _DEFAULT_LIFETIME
    return TokenSet(
        access_token=access,
        refresh_token=refresh,
        expires_at=datetime.now(UTC) + timedelta(seconds=lifetime),
        scope=scope,
        token_type=token_type,
    )


class RefreshingTokenProvider:
    """A ``TokenProvider`` that refreshes once for any number of concurrent 401s.

    ``on_change`` is told of every new pair so it can be saved (to the keyring) at once: the
    old refresh token is dead by then.
    """

    def __init__(
        self,
        oauth: OAuthClient,
        tokens: TokenSet,
        on_change: Callable[[TokenSet], None] | None = None,
    ) -> None:
        self._oauth = oauth
        self._tokens = tokens
        self._on_change = on_change
        self._lock = asyncio.Lock()

    def __repr__(self) -> str:
        return f"RefreshingTokenProvider(scope={self._tokens.scope!r})"

    @property
    def tokens(self) -> TokenSet:
        return self._tokens

    async def access_token(self) -> str:
        return self._tokens.access_token

    async def refresh(self, rejected: str) -> str:
        async with self._lock:
            if self._tokens.access_token != rejected:
                return self._tokens.access_token  # someone else refreshed meanwhile
            if not self._tokens.refresh_token:
                raise AuthenticationError()
            self._tokens = await self._oauth.refresh(self._tokens.refresh_token)
            log.info("access token refreshed")
            if self._on_change is not None:
                self._on_change(self._tokens)
            return self._tokens.access_token
