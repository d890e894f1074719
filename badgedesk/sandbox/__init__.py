"""A local emulator of the Digital Badges API v2 and its OAuth server. No Qt here."""

from badgedesk.sandbox.config import FLAVORS, Flavor, SandboxConfig
from badgedesk.sandbox.server import SandboxServer, TokenPair
from badgedesk.sandbox.state import (
    ALL_SCOPES,
    CLIENT_ID,
    DEMO_EMAIL,
    DEMO_PASSWORD,
    REDIRECT_URIS,
    RecordedRequest,
)

__all__ = [
    "ALL_SCOPES",
    "CLIENT_ID",
    "DEMO_EMAIL",
    "DEMO_PASSWORD",
    "FLAVORS",
    "REDIRECT_URIS",
    "Flavor",
    "RecordedRequest",
    "SandboxConfig",
    "SandboxServer",
    "TokenPair",
]
