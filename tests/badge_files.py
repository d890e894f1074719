"""Baked badge images made in the test itself (Open Badges 2 baking: PNG iTXt, SVG element)."""

from __future__ import annotations

import struct
import zlib


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def plain_png(size: int = 4) -> bytes:
    """A valid grey PNG with no badge in it."""
    header = struct.pack(">IIBBBBB", size, size, 8, 0, 0, 0, 0)
    rows = b"".join(b"\x00" + b"\x80" * size for _ in range(size))
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(rows))
        + _chunk(b"IEND", b"")
    )


TINY_GIF = (
    b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00"
    b",\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
)
"""A 1x1 GIF: an image, but neither PNG nor SVG."""


def baked_png(payload: str, *, compressed: bool = False) -> bytes:
    """A PNG carrying ``payload`` (an assertion URL or JSON) in an ``openbadges`` iTXt chunk,
    zlib-compressed (compression flag 1) when ``compressed``."""
    text = payload.encode("utf-8")
    if compressed:
        itxt = b"openbadges\x00\x01\x00\x00\x00" + zlib.compress(text)
    else:
        itxt = b"openbadges\x00\x00\x00\x00\x00" + text
    return _insert_chunk(plain_png(), b"iTXt", itxt)


def text_png(payload: str) -> bytes:
    """A PNG carrying ``payload`` in an old-style ``openbadges`` tEXt chunk (Latin-1)."""
    return _insert_chunk(plain_png(), b"tEXt", b"openbadges\x00" + payload.encode("latin-1"))


def _insert_chunk(image: bytes, kind: bytes, data: bytes) -> bytes:
    end = image.rindex(b"IEND") - 4
    return image[:end] + _chunk(kind, data) + image[end:]


def baked_svg(assertion_url: str) -> bytes:
    """An SVG with an ``openbadges:assertion`` element pointing at ``assertion_url``."""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<svg xmlns="http://www.w3.org/2000/svg" '
        'xmlns:openbadges="http://openbadges.org" width="10" height="10">'
        f'<openbadges:assertion verify="{assertion_url}"></openbadges:assertion>'
        '<circle cx="5" cy="5" r="4" fill="teal"/></svg>'
    ).encode()


def baked_svg_json(document: str, *, before_svg: str = "") -> bytes:
    """An SVG with Open Badges JSON in a CDATA section of its ``openbadges:assertion``;
    ``before_svg`` goes ahead of the ``<svg`` element (a comment, a doctype)."""
    return (
        f"{before_svg}"
        '<svg xmlns="http://www.w3.org/2000/svg" '
        'xmlns:openbadges="http://openbadges.org" width="10" height="10">'
        f"<openbadges:assertion><![CDATA[{document}]]></openbadges:assertion>"
        '<rect width="10" height="10" fill="navy"/></svg>'
    ).encode()
