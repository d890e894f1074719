"""What the window says about signing in and the connection, as one value the session owns.

Neutral (no Qt, no I/O): the main window imports it before its first paint.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class SignIn(StrEnum):
    SIGNED_OUT = "signed out"
    SIGNED_IN = "signed in"
    REJECTED = "rejected"
    """The server refused the tokens and their refresh: only a new sign-in helps."""


class Connection(StrEnum):
    UNKNOWN = "unknown"
    """Nothing was asked of the server yet."""
    ONLINE = "online"
    OFFLINE = "offline"


@dataclass(frozen=True)
class SessionState:
    """Everything the window shows about the sign-in, from one place."""

    sign_in: SignIn = SignIn.SIGNED_OUT
    connection: Connection = Connection.UNKNOWN
    user: str | None = None
    """Who is signed in (their display name), while signed in."""
    has_tokens: bool = False
    """Tokens are kept for this profile (valid or not): signing out has something to do."""

    @property
    def can_sign_in(self) -> bool:
        return self.sign_in is not SignIn.SIGNED_IN

    @property
    def can_sign_out(self) -> bool:
        return self.has_tokens
