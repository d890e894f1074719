"""Server profiles: where the API and its sign-in pages are, and as which OAuth client.

Built-in profiles cover the hosted regions listed in ``shared/api-docs/API-NOTES.md`` §10 and
the local Sandbox; custom ones (self-hosted Badgr servers) are kept in ``profiles.json``.
Client secrets never go in that file: they live in the keyring (``Keychain``).
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass, field, replace
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from badgedesk.auth.oauth import OAuthConfig

SANDBOX = "Sandbox"
DEFAULT_SCOPES = "r:profile rw:profile r:backpack rw:backpack rw:issuer"
DEFAULT_REDIRECT = "http://127.0.0.1:8400/callback"
DEFAULT_CLIENT_ID = "badgedesk"


AUTHORIZE_PATH = "/auth/oauth2/authorize"
"""The sign-in and consent page, on the web app (badgr-ui), not on the API host."""
TOKEN_PATH = "/o/token"  # noqa: S105 - a path, not a secret
REVOKE_PATH = "/o/revoke_token/"
"""With the slash: the server routes only this one (without it: 500, or a 301 in production)."""


@dataclass(frozen=True)
class ServerProfile:
    """One server. ``web_base`` is where people sign in (the web app); ``api_base`` is the API.

    A blank ``revoke_url`` is derived from the API address, and a missing ``web_base`` from an
    ``authorize_url`` on the usual path: profiles saved by older versions load that way.
    """

    name: str
    api_base: str
    authorize_url: str
    token_url: str
    client_id: str = DEFAULT_CLIENT_ID
    redirect_uri: str = DEFAULT_REDIRECT
    scopes: str = DEFAULT_SCOPES
    revoke_url: str = ""
    web_base: str = ""
    builtin: bool = field(default=False, compare=False)

    def __post_init__(self) -> None:
        api = self.api_base.rstrip("/")
        if not self.revoke_url or self.revoke_url == f"{api}/o/revoke_token":
            object.__setattr__(self, "revoke_url", f"{api}{REVOKE_PATH}")
        if not self.web_base and self.authorize_url.endswith(AUTHORIZE_PATH):
            object.__setattr__(self, "web_base", self.authorize_url[: -len(AUTHORIZE_PATH)])

    @classmethod
    def for_server(cls, name: str, api_base: str, web_base: str, **options: Any) -> ServerProfile:
        """A profile whose endpoints follow from its two addresses, as on every Badgr server."""
        api, web = api_base.strip().rstrip("/"), web_base.strip().rstrip("/")
        return cls(
            name=name,
            api_base=api,
            web_base=web,
            authorize_url=f"{web}{AUTHORIZE_PATH}",
            token_url=f"{api}{TOKEN_PATH}",
            revoke_url=f"{api}{REVOKE_PATH}",
            **options,
        )

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
    return ServerProfile.for_server(name, f"https://{api_host}", f"https://{ui_host}", builtin=True)


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


def sandbox_profile(api_base: str, web_base: str | None = None) -> ServerProfile:
    """The bundled sandbox, wherever it runs this time (its sign-in page may be elsewhere)."""
    return ServerProfile.for_server(SANDBOX, api_base, web_base or api_base, builtin=True)


class ProfileProblem(Enum):
    """Why a profile cannot be saved; the UI words each one (``str()`` gives plain English)."""

    NO_NAME = "A profile needs a name."
    BUILTIN_NAME = "“{name}” is the name of a built-in profile."
    TAKEN_NAME = "A profile called “{name}” already exists."
    BAD_ADDRESS = "{label} must be a web address starting with https:// or http://."
    PLAIN_HTTP = "{label} must start with https://: plain http:// is only for this computer."
    NO_CLIENT_ID = "A client id is required."
    NOT_CUSTOM = "Only custom profiles can be removed."


FIELD_LABELS = {
    "api_base": "API address",
    "web_base": "Web app address",
    "authorize_url": "Sign-in page",
    "token_url": "Token URL",
    "revoke_url": "Token revocation URL",
    "redirect_uri": "Redirect URI",
}
"""The English names of the address fields, as used in ``ProfileProblem.BAD_ADDRESS``."""


class ProfileError(ValueError):
    """A profile that cannot be saved as given: which ``problem``, in which ``field``."""

    def __init__(self, problem: ProfileProblem, field: str, **values: str) -> None:
        super().__init__(problem.value.format(**values))
        self.problem = problem
        self.field = field
        self.values = values


def is_web_address(url: str) -> bool:
    """An http(s) URL with a host name."""
    parts = urlsplit(url)
    return parts.scheme in ("https", "http") and bool(parts.hostname)


def is_private_to_the_wire(url: str) -> bool:
    """https, or plain http to this computer: tokens and recipients' addresses must never
    cross a network in clear (and the sign-in window refuses plain http elsewhere)."""
    from badgedesk.auth.navigation import is_loopback_host  # auth/ loads httpx: not at start

    parts = urlsplit(url)
    return parts.scheme == "https" or is_loopback_host(parts.hostname or "")


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
        except OSError:
            # Missing, or a data folder that cannot be read: start clean; the store's check
            # at start-up then says what is wrong with the folder.
            return
        except ValueError:
            # A damaged file must not stop the program: keep it aside and start clean.
            with contextlib.suppress(OSError):
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
            raise ProfileError(ProfileProblem.NO_NAME, "name")
        if name == SANDBOX or any(p.name == name for p in BUILTIN_PROFILES):
            raise ProfileError(ProfileProblem.BUILTIN_NAME, "name", name=name)
        if name != replacing and name in self._custom:
            raise ProfileError(ProfileProblem.TAKEN_NAME, "name", name=name)
        for key, label in FIELD_LABELS.items():
            address = getattr(profile, key)
            if not is_web_address(address):
                raise ProfileError(ProfileProblem.BAD_ADDRESS, key, label=label)
            if not is_private_to_the_wire(address):
                raise ProfileError(ProfileProblem.PLAIN_HTTP, key, label=label)
        if not profile.client_id.strip():
            raise ProfileError(ProfileProblem.NO_CLIENT_ID, "client_id")
        if replacing is not None:
            self._custom.pop(replacing, None)
            if self.current == replacing:
                self.current = name
        self._custom[name] = replace(profile, name=name, api_base=profile.api_base.rstrip("/"))

    def remove(self, name: str) -> None:
        if name not in self._custom:
            raise ProfileError(ProfileProblem.NOT_CUSTOM, "name")
        del self._custom[name]
        if self.current == name:
            self.current = None
