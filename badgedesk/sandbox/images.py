"""Badge images for the sandbox in pure Python: a coloured disc per badge class."""

from __future__ import annotations

import struct
import zlib
from functools import lru_cache

from badgedesk.baking import PNG_SIGNATURE, chunk


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
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes(rows), 9))
        + chunk(b"IEND", b"")
    )
