"""Reading what a server sends, which may be broken or hostile. No Qt, no error types here.

Every helper is bounded (in depth, length or time) and fails, if at all, with ``ValueError``,
so that the client can turn any answer into a value or an ``ApiError``. The same rules are
applied everywhere: JSON is RFC 8259 JSON, text is text that UTF-8 can carry (SQLite, logs, Qt
and keyrings all need UTF-8, which cannot hold a lone surrogate), and a number of seconds is a
finite one.
"""

from __future__ import annotations

import asyncio
import codecs
import json
import math
import re
from typing import Any

import httpx

MAX_DEPTH = 64
"""How deeply nested JSON may be where BadgeDesk walks or keeps it; the API nests about 6."""

TEXT_PREFIX = 65_536
"""At most this much of a body (bytes, then characters) is read to describe it."""

MAX_WAIT = 86_400.0
"""No answer makes BadgeDesk wait longer than a day, whatever number it gives."""

_SURROGATE = re.compile("[\ud800-\udfff]")
_HOST_NAME_CODECS = frozenset({"idna", "punycode"})
"""Python codecs that are not charsets, and slow (pure Python) on long input."""


def _not_json(constant: str) -> Any:
    raise ValueError(f"{constant} is not JSON")


def _finite(text: str) -> float:
    value = float(text)
    if math.isinf(value):
        raise ValueError("a number too large for a float")
    return value


def load_json(content: bytes) -> Any:
    """Decode a JSON body (UTF-8, -16 or -32, detected from the bytes as RFC 8259 allows).

    Anything that is not JSON raises ``ValueError``: NaN and Infinity, numbers past a float's
    range, invalid bytes, and nesting too deep for the C parser (its ``RecursionError``).
    """
    try:
        return json.loads(content, parse_constant=_not_json, parse_float=_finite)
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None


STEPWISE_FROM = 65_536
"""Bytes from which a body is decoded in steps; a shorter one takes well under a millisecond
in one go, where walking it by hand would only add to each award's time."""


async def load_json_in_steps(
    content: bytes, items_per_step: int, *, stepwise_from: int = STEPWISE_FROM
) -> Any:
    """``load_json``, with the items of a long list (a bare list, or an object's ``result``)
    decoded ``items_per_step`` at a time and the event loop turning between steps, for a body
    of ``stepwise_from`` bytes or more: a page of 500 awards (700 KB) took 5 to 8 ms in one go
    on the GUI thread, a stall in the table. Same value and same errors as ``load_json``, which
    decodes whatever the walk here does not expect (and so gives its error)."""
    if len(content) < stepwise_from:
        return load_json(content)
    try:
        text = content.decode(json.detect_encoding(content), "surrogatepass")
        return await _StepwiseDocument(text, items_per_step).value()
    except (ValueError, RecursionError):
        return load_json(content)


_WHITESPACE = re.compile(r"[ \t\n\r]*")
"""JSON's whitespace, as ``json.decoder`` skips it."""


class _StepwiseDocument:
    """A JSON text walked by hand down to the items of its long lists, each item (an award)
    decoded whole by ``json``'s C decoder. Raises ``ValueError`` on anything unexpected."""

    def __init__(self, text: str, items_per_step: int) -> None:
        self._text = text
        self._items_per_step = items_per_step
        self._decoder = json.JSONDecoder(parse_constant=_not_json, parse_float=_finite)

    def _skip(self, at: int) -> int:
        whitespace = _WHITESPACE.match(self._text, at)  # matches, if only nothing
        return whitespace.end() if whitespace else at

    def _expect(self, at: int, token: str) -> bool:
        return self._text.startswith(token, at)

    async def value(self) -> Any:
        value: Any
        at = self._skip(0)
        if self._expect(at, "["):
            value, at = await self._list(at)
        elif self._expect(at, "{"):
            value, at = await self._object(at)
        else:
            value, at = self._decoder.raw_decode(self._text, at)
        if self._skip(at) != len(self._text):
            raise ValueError("extra data after the JSON value")
        return value

    async def _object(self, at: int) -> tuple[dict[str, Any], int]:
        members: dict[str, Any] = {}
        at = self._skip(at + 1)
        if self._expect(at, "}"):
            return members, at + 1
        while True:
            if not self._expect(at, '"'):
                raise ValueError("a member name must be a string")
            name, at = self._decoder.raw_decode(self._text, at)
            at = self._skip(at)
            if not self._expect(at, ":"):
                raise ValueError("expecting ':'")
            at = self._skip(at + 1)
            if name == "result" and self._expect(at, "["):
                members[name], at = await self._list(at)
            else:
                members[name], at = self._decoder.raw_decode(self._text, at)
            at = self._skip(at)
            if self._expect(at, "}"):
                return members, at + 1
            if not self._expect(at, ","):
                raise ValueError("expecting ',' or '}'")
            at = self._skip(at + 1)

    async def _list(self, at: int) -> tuple[list[Any], int]:
        items: list[Any] = []
        at = self._skip(at + 1)
        if self._expect(at, "]"):
            return items, at + 1
        while True:
            item, at = self._decoder.raw_decode(self._text, at)
            items.append(item)
            if len(items) % self._items_per_step == 0:
                await asyncio.sleep(0)
            at = self._skip(at)
            if self._expect(at, "]"):
                return items, at + 1
            if not self._expect(at, ","):
                raise ValueError("expecting ',' or ']'")
            at = self._skip(at + 1)


def is_utf8(text: str) -> bool:
    """Whether UTF-8 can carry ``text``: it has no lone surrogate (JSON can send ``"\\ud800"``)."""
    return text.isascii() or _SURROGATE.search(text) is None


def safe_text(text: str) -> str:
    """``text`` with every lone surrogate replaced by U+FFFD, for text people only read."""
    return text if is_utf8(text) else _SURROGATE.sub("\ufffd", text)


def clip(text: str, limit: int) -> str:
    """``safe_text`` cut to ``limit`` characters, with an ellipsis when cut."""
    text = safe_text(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def bounded_seconds(value: Any, ceiling: float = MAX_WAIT) -> float | None:
    """A number of seconds from the server as a float in ``[0, ceiling]``; ``None`` unless it
    is a real number (not a bool, not NaN). Huge integers do not overflow: they cap."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        seconds = float(value)
    except OverflowError:
        seconds = math.inf if value > 0 else 0.0
    if math.isnan(seconds):
        return None
    return min(max(seconds, 0.0), ceiling)


def body_text(response: httpx.Response) -> str:
    """The first ``TEXT_PREFIX`` bytes of a body as text, to describe it.

    The declared charset is used when Python knows it as a text encoding; otherwise, and when
    it fails outright (Python's UTF-16 and UTF-32 decoders refuse a body without a BOM as a
    stream), the bytes are read as UTF-8. What cannot be read becomes U+FFFD.
    """
    head = response.content[:TEXT_PREFIX]
    try:
        codec = codecs.lookup(response.charset_encoding or "utf-8").name
        if codec in _HOST_NAME_CODECS:
            codec = "utf-8"
        text = head.decode(codec, "replace")
    except (LookupError, ValueError):  # UnicodeError is a ValueError
        text = head.decode("utf-8", "replace")
    return safe_text(text)
