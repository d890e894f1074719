"""Server profiles: where the API and its sign-in pages are, and as which OAuth client.

Built-in profiles cover the hosted regions listed in ``shared/api-docs/API-NOTES.md`` §10 and
the local Sandbox; custom ones (self-hosted Badgr servers) are kept in ``profiles.json``.
Client secrets never go in that file: they live in the keyring (``Keychain``).
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from badgedesk.auth.oauth import OAuthConfig

SANDBOX = "Sandbox"
DEFAULT_SCOPES = "r:profile rw:profile r:backpack rw:backpack rw:issuer"
DEFAULT_REDIRECT = "http://127.0.0.1:8400/callback"
DEFAULT_CLIENT_ID = "badgedesk"


@dataclass(frozen=True)
class ServerProfile:
    name: str
    api_base: str
    authorize_url: str
    token_url: str
    client_id: str = DEFAULT_CLIENT_ID
    redirect_uri: str = DEFAULT_REDIRECT
    scopes: str = DEFAULT_SCOPES
    revoke_url: str | None = None
    builtin: bool = field(default=False, compare=False)

    def oauth_config(self, client_secret: str | None = None) -> OAuthConfig:
        from badgedesk.auth.oauth import OAuthConfig  # httpx is not needed before first paint

        return OAuthConfig(
            authorize_url=self.authorize_url,
            token_url=self.token_url,
            client_id=self.client_id,
            redirect_uri=self.redirect_uri,
            scopes=self.scopes,
            revoke_url=self.revoke_url,
            client_secret=client_secret,
        )


def hosted(name: str, api_host: str, ui_host: str) -> ServerProfile:
    """A hosted region. The consent page lives on the UI host (unverified for Parchment)."""
    return ServerProfile(
        name=name,
        api_base=f"https://{api_host}",
        authorize_url=f"https://{ui_host}/auth/oauth2/authorize",
        token_url=f"https://{api_host}/o/token",
        revoke_url=f"https://{api_host}/o/revoke_token",
        builtin=True,
    )


BUILTIN_PROFILES: tuple[ServerProfile, ...] = (
    hosted("Parchment US", "api.badges.parchment.com", "badges.parchment.com"),
    hosted("Parchment EU", "api.badges.parchment.eu", "badges.parchment.eu"),
    hosted("Parchment AU", "api.badges.parchment.au", "badges.parchment.au"),
    hosted("Parchment CA", "api.badges.parchment.ca", "badges.parchment.ca"),
    hosted("Parchment SG", "api.badges.parchment.sg", "badges.parchment.sg"),
    hosted("Parchment Demo", "api.demo.badges.parchment.com", "demo.badges.parchment.com"),
    hosted("Parchment Test", "api.test.badges.parchment.com", "test.badges.parchment.com"),
    hosted("Canvas Credentials US", "api.badgr.io", "badgr.com"),
    hosted("Canvas Credentials EU", "api.eu.badgr.io", "eu.badgr.com"),
    hosted("Canvas Credentials AU", "api.au.badgr.io", "au.badgr.com"),
    hosted("Canvas Credentials CA", "api.ca.badgr.io", "ca.badgr.com"),
    hosted("Canvas Credentials SG", "api.sg.badgr.io", "sg.badgr.com"),
    hosted("Canvas Credentials Demo", "api.demo.badgr.com", "demo.badgr.com"),
    hosted("Canvas Credentials Test", "api.test.badgr.com", "test.badgr.com"),
)


def sandbox_profile(base_url: str) -> ServerProfile:
    """The bundled sandbox, wherever it runs this time."""
    return ServerProfile(
        name=SANDBOX,
        api_base=base_url,
        authorize_url=f"{base_url}/auth/oauth2/authorize",
        token_url=f"{base_url}/o/token",
        revoke_url=f"{base_url}/o/revoke_token",
        builtin=True,
    )


class ProfileError(ValueError):
    """A profile that cannot be saved as given; the message says why."""


class ProfileStore:
    """Built-in and custom profiles, and which one is current, in ``profiles.json``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._custom: dict[str, ServerProfile] = {}
        self.current: str | None = None
        self._load()

    def _load(self) -> None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError):
            # A damaged file must not stop the program: keep it aside and start clean.
            self.path.replace(self.path.with_suffix(".damaged.json"))
            return
        for item in data.get("custom", []) if isinstance(data, dict) else []:
            try:
                profile = ServerProfile(**{k: v for k, v in item.items() if k != "builtin"})
            except TypeError:
                continue
            self._custom[profile.name] = profile
        current = data.get("current") if isinstance(data, dict) else None
        self.current = current if isinstance(current, str) else None

    def save(self) -> None:
        """Write atomically: a crash mid-write leaves the old file whole."""
        data: dict[str, Any] = {
            "current": self.current,
            "custom": [
                {k: v for k, v in asdict(p).items() if k != "builtin"}
                for p in self._custom.values()
            ],
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=self.path.parent, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(data, out, indent=2)
        Path(temp).replace(self.path)

    def all(self) -> list[ServerProfile]:
        return [*BUILTIN_PROFILES, *sorted(self._custom.values(), key=lambda p: p.name.lower())]

    def get(self, name: str) -> ServerProfile | None:
        return next((p for p in self.all() if p.name == name), None)

    def put(self, profile: ServerProfile, *, replacing: str | None = None) -> None:
        """Add or edit a custom profile (``replacing`` is its old name when renamed)."""
        name = profile.name.strip()
        if not name:
            raise ProfileError("A profile needs a name.")
        if name == SANDBOX or any(p.name == name for p in BUILTIN_PROFILES):
            raise ProfileError(f"“{name}” is the name of a built-in profile.")
        if name != replacing and name in self._custom:
            raise ProfileError(f"A profile called “{name}” already exists.")
        for label, url in (
            ("API base URL", profile.api_base),
            ("Authorize page URL", profile.authorize_url),
            ("Token URL", profile.token_url),
            ("Redirect URI", profile.redirect_uri),
        ):
            if not url.startswith(("https://", "http://")):
                raise ProfileError(f"{label} must start with https:// or http://.")
        if not profile.client_id.strip():
            raise ProfileError("A client id is required.")
        if replacing is not None:
            self._custom.pop(replacing, None)
            if self.current == replacing:
                self.current = name
        self._custom[name] = replace(profile, name=name, api_base=profile.api_base.rstrip("/"))

    def remove(self, name: str) -> None:
        if name not in self._custom:
            raise ProfileError("Only custom profiles can be removed.")
        del self._custom[name]
        if self.current == name:
            self.current = None
