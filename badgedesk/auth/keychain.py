"""Secrets in the OS keyring, one service per server profile; memory only when there is none.

Access and refresh tokens are separate entries (Windows caps one secret near 1,280
characters). When no secure backend exists (a headless Linux box reports ``fail.Keyring``),
secrets live in memory for the session and ``persistent`` is False so the UI can say so.
Tokens whose revocation a sign-out could not get confirmed wait in a ``pending_revocation``
entry until the server confirms: the keyring is the only place they are kept.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from badgedesk.auth.oauth import TokenSet

log = logging.getLogger(__name__)

ACCESS = "access_token"
REFRESH = "refresh_token"
META = "token_meta"
CLIENT_SECRET = "client_secret"  # noqa: S105 - an entry name, not a secret
PENDING_REVOCATION = "pending_revocation"
"""Tokens of a sign-out the server did not confirm, kept to be revoked later (a JSON list)."""


class Keychain:
    """Get, set and delete named secrets of one server profile."""

    def __init__(self, profile: str, backend: KeyringBackend | None = None) -> None:
        self.service = f"BadgeDesk/{profile}"
        self._backend = backend or keyring.get_keyring()
        self._memory: dict[str, str] = {}

    @property
    def persistent(self) -> bool:
        """False when secrets cannot outlive this session (no secure backend)."""
        return float(getattr(self._backend, "priority", 0)) > 0

    @property
    def backend_name(self) -> str:
        backend = type(self._backend)
        return f"{backend.__module__}.{backend.__name__}"

    def get(self, name: str) -> str | None:
        if not self.persistent:
            return self._memory.get(name)
        try:
            return self._backend.get_password(self.service, name)
        except keyring.errors.KeyringError as error:
            log.warning("keyring read failed: %s", type(error).__name__)
            return None

    def set(self, name: str, secret: str) -> None:
        if not self.persistent:
            self._memory[name] = secret
            return
        try:
            self._backend.set_password(self.service, name, secret)
        except keyring.errors.KeyringError as error:
            log.warning(
                "keyring write failed, keeping the secret for this session only: %s",
                type(error).__name__,
            )
            self._memory[name] = secret

    def delete(self, name: str) -> None:
        self._memory.pop(name, None)
        if not self.persistent:
            return
        try:
            self._backend.delete_password(self.service, name)
        except keyring.errors.PasswordDeleteError:
            pass  # nothing stored: already as wanted
        except keyring.errors.KeyringError as error:
            log.warning("keyring delete failed: %s", type(error).__name__)

    # ------------------------------------------------------------ tokens

    def save_tokens(self, tokens: TokenSet) -> None:
        self.set(ACCESS, tokens.access_token)
        if tokens.refresh_token:
            self.set(REFRESH, tokens.refresh_token)
        else:
            self.delete(REFRESH)
        meta = {
            "expires_at": tokens.expires_at.isoformat(),
            "scope": tokens.scope,
            "token_type": tokens.token_type,
        }
        self.set(META, json.dumps(meta))

    def load_tokens(self) -> TokenSet | None:
        access, meta_text = self.get(ACCESS), self.get(META)
        if not access or not meta_text:
            return None
        try:
            meta = json.loads(meta_text)
            expires_at = datetime.fromisoformat(meta["expires_at"])
        except (ValueError, KeyError, TypeError):
            return None
        return TokenSet(
            access_token=access,
            refresh_token=self.get(REFRESH),
            expires_at=expires_at,
            scope=str(meta.get("scope", "")),
            token_type=str(meta.get("token_type", "Bearer")),
        )

    def clear_tokens(self) -> None:
        for name in (ACCESS, REFRESH, META):
            self.delete(name)

    # ------------------------------------------------------------ revocation still to do

    def pending_revocation(self) -> list[str]:
        """Tokens signed out of here that the server has not confirmed as revoked."""
        text = self.get(PENDING_REVOCATION)
        try:
            tokens = json.loads(text) if text else []
        except ValueError:
            return []
        return [t for t in tokens if isinstance(t, str)] if isinstance(tokens, list) else []

    def add_pending_revocation(self, tokens: list[str]) -> None:
        pending = self.pending_revocation()
        self.set(PENDING_REVOCATION, json.dumps(pending + [t for t in tokens if t not in pending]))

    def settle_pending_revocation(self, revoked: list[str]) -> None:
        """Forget the tokens the server confirmed; the entry goes once none is left."""
        left = [t for t in self.pending_revocation() if t not in revoked]
        if left:
            self.set(PENDING_REVOCATION, json.dumps(left))
        else:
            self.delete(PENDING_REVOCATION)
