"""Badge images in pure Python: a coloured disc per badge class, baking an assertion URL into
a PNG (``iTXt`` chunk ``openbadges``), and reading what a baked PNG or SVG carries.
"""

from __future__ import annotations

import re
import struct
import zlib
from functools import lru_cache
from html import unescape

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_SVG_ASSERTION = re.compile(
    r"<openbadges:assertion\b([^>]*)>(.*?)</openbadges:assertion>|<openbadges:assertion\b([^>]*)/>",
    re.DOTALL,
)
_VERIFY = re.compile(r"""verify\s*=\s*["']([^"']+)["']""")
_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.DOTALL)


class NotABadge(ValueError):
    """The image is readable but carries no Open Badges data, or is not a PNG/SVG at all."""


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


@lru_cache(maxsize=64)
def disc_png(colour: tuple[int, int, int], size: int = 96) -> bytes:
    """A coloured disc with a lighter ring on a transparent background."""
    red, green, blue = colour
    centre = (size - 1) / 2
    rows = bytearray()
    for y in range(size):
        rows.append(0)
        for x in range(size):
            distance = ((x - centre) ** 2 + (y - centre) ** 2) ** 0.5 / (size / 2)
            if distance > 1:
                rows += b"\x00\x00\x00\x00"
            elif distance > 0.82:
                rows += bytes((min(255, red + 70), min(255, green + 70), min(255, blue + 70), 255))
            else:
                rows += bytes((red, green, blue, 255))
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return (
        PNG_SIGNATURE
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(bytes(rows), 9))
        + _chunk(b"IEND", b"")
    )


def bake_png(image: bytes, payload: str) -> bytes:
    """Insert an ``openbadges`` iTXt chunk before IEND."""
    end = image.rindex(b"IEND") - 4
    itxt = b"openbadges\x00\x00\x00\x00\x00" + payload.encode("utf-8")
    return image[:end] + _chunk(b"iTXt", itxt) + image[end:]


def read_baked(image: bytes) -> str:
    """The assertion URL or JSON baked into a PNG or SVG; ``NotABadge`` if there is none."""
    if image.startswith(PNG_SIGNATURE):
        return _read_png(image)
    head = image[:1024].lstrip().lower()
    if head.startswith((b"<?xml", b"<svg")):
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
