"""Baked badges: Open Badges data carried inside an image file.

A PNG carries it in an ``iTXt`` (or old ``tEXt``) chunk with the keyword ``openbadges``; an SVG
in an ``openbadges:assertion`` element. The payload is the assertion's URL or its JSON. Reading
is pure Python so a file can be shown for what it is before anything is sent; the sandbox
server unbakes imports with the same reader.
"""

from __future__ import annotations

import json
import re
import struct
import zlib
from dataclasses import dataclass
from html import unescape
from typing import Any
from urllib.parse import urlsplit

from badgedesk.core.images import PNG as PNG
from badgedesk.core.images import PNG_SIGNATURE as PNG_SIGNATURE
from badgedesk.core.images import SVG as SVG
from badgedesk.core.images import media_type as media_type

_SVG_ASSERTION = re.compile(
    r"<openbadges:assertion\b([^>]*)>(.*?)</openbadges:assertion>|<openbadges:assertion\b([^>]*)/>",
    re.DOTALL,
)
_VERIFY = re.compile(r"""verify\s*=\s*["']([^"']+)["']""")
_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.DOTALL)


class NotABadge(ValueError):
    """The image is readable but carries no Open Badges data, or is not a PNG/SVG at all."""


@dataclass(frozen=True)
class BakedAssertion:
    """What a baked image carries: the assertion's URL, or its Open Badges JSON."""

    url: str | None = None
    document: dict[str, Any] | None = None


def unbake(image: bytes) -> BakedAssertion:
    """The assertion baked into ``image``; ``NotABadge`` (with a sentence a person can read)
    when the file is not a PNG or SVG, is damaged, carries nothing, or carries broken JSON."""
    payload = read_baked(image).strip()
    if not payload.startswith(("{", "[")):
        if urlsplit(payload).scheme not in ("http", "https") or " " in payload:
            raise NotABadge(
                f"The image carries “{payload[:200]}”, which is not the web address of an "
                "assertion."
            )
        return BakedAssertion(url=payload)
    try:
        document = json.loads(payload)
    except ValueError as error:
        raise NotABadge(f"The baked assertion is not valid JSON ({error}).") from None
    if not isinstance(document, dict):
        raise NotABadge("The baked assertion is not a JSON object.")
    return BakedAssertion(document=document)


def chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def bake_png(image: bytes, payload: str) -> bytes:
    """Insert an ``openbadges`` iTXt chunk before IEND."""
    end = image.rindex(b"IEND") - 4
    itxt = b"openbadges\x00\x00\x00\x00\x00" + payload.encode("utf-8")
    return image[:end] + chunk(b"iTXt", itxt) + image[end:]


def read_baked(image: bytes) -> str:
    """The assertion URL or JSON baked into a PNG or SVG; ``NotABadge`` if there is none."""
    kind = media_type(image)
    if kind == PNG:
        return _read_png(image)
    if kind == SVG:
        return _read_svg(image.decode("utf-8", errors="replace"))
    raise NotABadge("The file is neither a PNG nor an SVG image.")


def _read_png(image: bytes) -> str:
    offset = len(PNG_SIGNATURE)
    while offset + 8 <= len(image):
        (length,) = struct.unpack(">I", image[offset : offset + 4])
        kind = image[offset + 4 : offset + 8]
        data = image[offset + 8 : offset + 8 + length]
        if len(data) != length or offset + 12 + length > len(image):
            raise NotABadge("The PNG image is damaged (a chunk is cut short).")
        if kind == b"iTXt" and data.startswith(b"openbadges\x00"):
            return _itxt_text(data)
        if kind == b"tEXt" and data.startswith(b"openbadges\x00"):
            return data[len(b"openbadges\x00") :].decode("latin-1")
        if kind == b"IEND":
            break
        offset += 12 + length
    else:  # no IEND: the file was cut short
        raise NotABadge("The PNG image is damaged (it ends too early).")
    raise NotABadge("The PNG image carries no Open Badges assertion.")


def _itxt_text(data: bytes) -> str:
    rest = data[len(b"openbadges\x00") :]
    if len(rest) < 2:
        raise NotABadge("The PNG's openbadges chunk is damaged.")
    compressed, body = rest[0], rest[2:]
    _language, _, body = body.partition(b"\x00")
    _translated, _, text = body.partition(b"\x00")
    if compressed:
        try:
            text = zlib.decompress(text)
        except zlib.error:
            raise NotABadge("The PNG's openbadges chunk is damaged.") from None
    return text.decode("utf-8", errors="replace")


def _read_svg(text: str) -> str:
    match = _SVG_ASSERTION.search(text)
    if match is None:
        raise NotABadge("The SVG image carries no Open Badges assertion.")
    attributes = match.group(1) or match.group(3) or ""
    content = (match.group(2) or "").strip()
    cdata = _CDATA.search(content)
    if cdata:
        return cdata.group(1).strip()
    if content:
        return unescape(content)
    verify = _VERIFY.search(attributes)
    if verify is None:
        raise NotABadge("The SVG's openbadges:assertion element has no verify URL.")
    return unescape(verify.group(1))
