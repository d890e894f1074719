"""One family of errors for everything the API can answer, each with a message staff can read.

The server reports problems in several shapes (``fieldErrors`` as a dict, a nested dict, a
list of dicts for batch items, or a bare string); they are normalised here so that the UI can
put each message next to the field or row it concerns.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from badgedesk.api.untrusted import MAX_DEPTH, TEXT_PREFIX, clip

NON_FIELD = "__all__"
"""Key under which messages that belong to no particular field are collected."""

_NON_FIELD_KEYS = {"non_field_errors", "nonFieldErrors", NON_FIELD}

MESSAGE_LIMIT = 500
"""Characters kept of one message from the server (a field name gets less)."""
DETAIL_LIMIT = 300
MAX_MESSAGES = 1000
"""Messages kept of one error: more than anyone reads, few enough to show."""
_NAME_LIMIT = 200


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
        # Texts may come from the server: bounded and made safe here, whatever built them.
        self.message = clip(message or self.default_message, 4 * MESSAGE_LIMIT)
        self.status_code = status_code
        self.method = method
        self.path = path
        self.field_errors: dict[str, list[str]] = {
            clip(name, _NAME_LIMIT): _clip_all(messages)
            for name, messages in list((field_errors or {}).items())[:MAX_MESSAGES]
        }
        self.validation_errors = _clip_all(validation_errors or [])
        self.non_field_errors = _clip_all(non_field_errors or [])
        self.error_code = clip(error_code, 100) if error_code is not None else None
        self.detail = clip(detail, DETAIL_LIMIT) if detail is not None else None
        self.after_ambiguous_attempt = False
        """True when an earlier attempt of the same request may have reached the server."""
        super().__init__(self.message)

    @property
    def messages(self) -> list[str]:
        """Every message from the server, most specific first, for a summary line; each once
        (servers often send the same words as a non-field and a validation error)."""
        out = [f"{name}: {msg}" for name, msgs in self.field_errors.items() for msg in msgs]
        return list(dict.fromkeys(out + self.non_field_errors + self.validation_errors))

    def __repr__(self) -> str:
        where = f" {self.method} {self.path}" if self.method else ""
        return f"{type(self).__name__}({self.status_code}{where}: {self.message!r})"


def error_text(error: ApiError) -> str:
    """The server's own words for a refusal, on one line (a batch row's note, a dialog's
    message); the summary when the server gave none."""
    messages = error.messages
    if messages:
        return "; ".join(messages)
    return str(error)


def _clip_all(messages: list[str]) -> list[str]:
    return [clip(message, MESSAGE_LIMIT) for message in messages[:MAX_MESSAGES]]


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
    """No answer: offline, refused, timed out or the connection dropped; ``timeout`` is the
    seconds waited in vain for an answer, ``None`` when there was no wait to speak of."""

    default_message = "Cannot reach the server. Check the network connection."

    def __init__(
        self, message: str | None = None, *, timeout: float | None = None, **kwargs: Any
    ) -> None:
        super().__init__(message, **kwargs)
        self.timeout = timeout


class MalformedResponseError(ApiError):
    """The server answered something that is not the documented shape."""

    default_message = "The server sent a response BadgeDesk could not understand."


def messages_in(value: Any, depth: int = 0) -> list[str]:
    """Every message in ``value`` (text, numbers, and those in lists and objects); what lies
    deeper than ``MAX_DEPTH`` is not read."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if depth >= MAX_DEPTH:
        return []
    if isinstance(value, list):
        return [m for item in value for m in messages_in(item, depth + 1)]
    if isinstance(value, Mapping):
        return [m for item in value.values() for m in messages_in(item, depth + 1)]
    return [str(value)]


def normalise_field_errors(raw: Any) -> tuple[dict[str, list[str]], list[str]]:
    """Flatten any ``fieldErrors`` shape into ``{"dotted.path": [messages]}`` and loose messages.

    ``{"recipient": {"non_field_errors": [m]}}`` becomes ``{"recipient": [m]}``; a list of dicts
    (one per batch item) becomes ``{"0.recipient": [...]}``; a bare string is a loose message.
    The server's shape bounds nothing: the walk stops at ``MAX_DEPTH`` and after
    ``MAX_MESSAGES`` messages, and paths are cut, so that no answer can exhaust the stack or
    memory.
    """
    fields: dict[str, list[str]] = {}
    loose: list[str] = []
    budget = MAX_MESSAGES

    def walk(value: Any, path: str, depth: int) -> None:
        nonlocal budget
        if budget <= 0 or depth > MAX_DEPTH:
            return
        if isinstance(value, Mapping):
            for key, sub in value.items():
                key = str(key)[:_NAME_LIMIT]
                inner = path if key in _NON_FIELD_KEYS else f"{path}.{key}" if path else key
                walk(sub, inner[:_NAME_LIMIT], depth + 1)
        elif isinstance(value, list) and any(isinstance(v, Mapping | list) for v in value):
            for index, sub in enumerate(value):
                walk(sub, f"{path}.{index}"[:_NAME_LIMIT] if path else str(index), depth + 1)
        else:
            messages = messages_in(value, depth)[:budget]
            budget -= len(messages)
            if not messages:
                return
            if path:
                fields.setdefault(path, []).extend(messages)
            else:
                loose.extend(messages)

    walk(raw, "", 0)
    return fields, loose


_RAW_TEXT = re.compile(r"<(script|style)\b", re.IGNORECASE | re.ASCII)
_RAW_TEXT_END = {
    name: re.compile(f"</{name}>", re.IGNORECASE | re.ASCII) for name in ("script", "style")
}


def _visible_text(text: str) -> str:
    """``text`` with tags, and script and style elements, replaced by spaces.

    One pass from left to right: each search starts where the last one ended, and a closing
    tag once found missing is not searched for again, so the time is linear in ``text`` (the
    regular expression this replaces rescanned the rest of the page from every unclosed tag).
    A ``<`` that starts no tag (``a < b``, or no ``>`` after it) is kept as text.
    """
    parts: list[str] = []
    unclosed: set[str] = set()
    pos = 0
    while (start := text.find("<", pos)) >= 0:
        parts.append(text[pos:start])
        raw = _RAW_TEXT.match(text, start)
        if raw and (name := raw.group(1).lower()) not in unclosed:
            end = _RAW_TEXT_END[name].search(text, raw.end())
            if end:
                parts.append(" ")
                pos = end.end()
                continue
            unclosed.add(name)
        close = text.find(">", start + 1)
        if close < 0:  # no tag can start here or later
            pos = start
            break
        if close == start + 1:  # "<>" is no tag
            parts.append("<")
            pos = start + 1
            continue
        parts.append(" ")
        pos = close + 1
    parts.append(text[pos:])
    return "".join(parts)


def summarise_body(text: str, limit: int = 200) -> str:
    """A short plain-text summary of an error body, which may be a whole HTML page.

    Only the first ``TEXT_PREFIX`` characters are read: a summary needs no more, and an
    answer of any size then costs the same.
    """
    plain = " ".join(_visible_text(text[:TEXT_PREFIX]).split())
    return clip(plain, limit)
