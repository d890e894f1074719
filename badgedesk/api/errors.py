"""One family of errors for everything the API can answer, each with a message staff can read.

The server reports problems in several shapes (``fieldErrors`` as a dict, a nested dict, a
list of dicts for batch items, or a bare string); they are normalised here so that the UI can
put each message next to the field or row it concerns.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

NON_FIELD = "__all__"
"""Key under which messages that belong to no particular field are collected."""

_NON_FIELD_KEYS = {"non_field_errors", "nonFieldErrors", NON_FIELD}


class ApiError(Exception):
    """Base of every error the API client raises.

    ``str(error)`` is the readable message. Requests are described by method and path only:
    headers (and so tokens) never reach an error.
    """

    default_message = "The request to the server failed."

    def __init__(
        self,
        message: str | None = None,
        *,
        status_code: int | None = None,
        method: str | None = None,
        path: str | None = None,
        field_errors: Mapping[str, list[str]] | None = None,
        validation_errors: list[str] | None = None,
        non_field_errors: list[str] | None = None,
        error_code: str | None = None,
        detail: str | None = None,
    ) -> None:
        self.message = message or self.default_message
        self.status_code = status_code
        self.method = method
        self.path = path
        self.field_errors: dict[str, list[str]] = dict(field_errors or {})
        self.validation_errors: list[str] = list(validation_errors or [])
        self.non_field_errors: list[str] = list(non_field_errors or [])
        self.error_code = error_code
        self.detail = detail
        self.after_ambiguous_attempt = False
        """True when an earlier attempt of the same request may have reached the server."""
        super().__init__(self.message)

    @property
    def messages(self) -> list[str]:
        """Every message from the server, most specific first, for a summary line."""
        out = [f"{name}: {msg}" for name, msgs in self.field_errors.items() for msg in msgs]
        return out + self.non_field_errors + self.validation_errors

    def __repr__(self) -> str:
        where = f" {self.method} {self.path}" if self.method else ""
        return f"{type(self).__name__}({self.status_code}{where}: {self.message!r})"


class ValidationError(ApiError):
    """400: the server refused the data; see ``field_errors`` and ``validation_errors``."""

    default_message = "The server did not accept the request."


class NotFoundError(ApiError):
    """404: unknown, or not visible to this account (the API answers 404 for both)."""

    default_message = "Not found, or your account is not allowed to see it."


class AuthenticationError(ApiError):
    """401: the access token is missing, expired or revoked, and could not be refreshed."""

    default_message = "Your sign-in has expired or was revoked. Please sign in again."


class RateLimitedError(ApiError):
    """429: too many requests; ``retry_after`` says how many seconds to wait, when known."""

    default_message = "The server is busy and asked BadgeDesk to slow down."

    def __init__(
        self, message: str | None = None, *, retry_after: float | None = None, **kwargs: Any
    ) -> None:
        if message is None and retry_after is not None:
            message = f"{self.default_message} Try again in {retry_after:.0f} s."
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class ServerError(ApiError):
    """5xx: the server failed; the body is often an HTML page, summarised in ``detail``."""

    default_message = "The server had a problem. Try again in a few minutes."


class NetworkError(ApiError):
    """No answer: offline, refused, timed out or the connection dropped."""

    default_message = "Cannot reach the server. Check the network connection."


class MalformedResponseError(ApiError):
    """The server answered something that is not the documented shape."""

    default_message = "The server sent a response BadgeDesk could not understand."


def _as_messages(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [m for item in value for m in _as_messages(item)]
    if isinstance(value, Mapping):
        return [m for item in value.values() for m in _as_messages(item)]
    return [str(value)]


def normalise_field_errors(raw: Any) -> tuple[dict[str, list[str]], list[str]]:
    """Flatten any ``fieldErrors`` shape into ``{"dotted.path": [messages]}`` and loose messages.

    ``{"recipient": {"non_field_errors": [m]}}`` becomes ``{"recipient": [m]}``; a list of dicts
    (one per batch item) becomes ``{"0.recipient": [...]}``; a bare string is a loose message.
    """
    fields: dict[str, list[str]] = {}
    loose: list[str] = []

    def walk(value: Any, path: str) -> None:
        if isinstance(value, Mapping):
            for key, sub in value.items():
                key = str(key)
                walk(sub, path if key in _NON_FIELD_KEYS else f"{path}.{key}" if path else key)
        elif isinstance(value, list) and any(isinstance(v, Mapping | list) for v in value):
            for index, sub in enumerate(value):
                walk(sub, f"{path}.{index}" if path else str(index))
        else:
            messages = _as_messages(value)
            if not messages:
                return
            if path:
                fields.setdefault(path, []).extend(messages)
            else:
                loose.extend(messages)

    walk(raw, "")
    return fields, loose


_TAG = re.compile(r"<(script|style)\b.*?</\1>|<[^>]+>", re.IGNORECASE | re.DOTALL)


def summarise_body(text: str, limit: int = 200) -> str:
    """A short plain-text summary of an error body, which may be a whole HTML page."""
    plain = " ".join(_TAG.sub(" ", text).split())
    return plain if len(plain) <= limit else plain[: limit - 1] + "…"
