"""Images judged as the server judges them (baking), before anything is sent."""

from __future__ import annotations

import base64
import struct
import zlib

import pytest

from badgedesk.baking import (
    MAX_IMAGE_BYTES,
    MAX_IMAGE_PIXELS,
    PNG,
    SVG,
    ImageRefusal,
    check_image,
    data_uri,
    png_size,
)
from tests.badge_files import baked_svg, plain_png


def png_header(width: int, height: int) -> bytes:
    """A PNG signature and header chunk only: enough to read the size."""
    data = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    chunk = struct.pack(">I", len(data)) + b"IHDR" + data
    return b"\x89PNG\r\n\x1a\n" + chunk + struct.pack(">I", zlib.crc32(b"IHDR" + data))


def test_a_png_is_taken_with_its_size():
    check = check_image(plain_png(12))
    assert (check.mime, check.refusal, check.size) == (PNG, None, (12, 12))
    assert png_size(png_header(400, 300)) == (400, 300)


def test_an_svg_in_the_svg_namespace_is_taken():
    assert check_image(baked_svg("https://example.org/a/1")).mime == SVG
    with_declaration = b"<?xml version='1.0'?>\n<svg xmlns='http://www.w3.org/2000/svg'/>"
    assert check_image(with_declaration).mime == SVG


@pytest.mark.parametrize(
    ("image", "refusal", "kind"),
    [
        (b"", ImageRefusal.EMPTY, None),
        (b"hello, world", ImageRefusal.NOT_AN_IMAGE, None),
        (b"GIF89a\x01\x00\x01\x00", ImageRefusal.OTHER_FORMAT, "GIF"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", ImageRefusal.OTHER_FORMAT, "JPEG"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", ImageRefusal.OTHER_FORMAT, "WebP"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", ImageRefusal.DAMAGED_PNG, None),
        (b"<svg width='4' height='4'></svg>", ImageRefusal.SVG_WITHOUT_NAMESPACE, None),
    ],
)
def test_what_the_server_refuses_is_refused_with_why(image, refusal, kind):
    check = check_image(image)
    assert (check.mime, check.refusal, check.kind) == (None, refusal, kind)


def test_pixels_beyond_pillows_limit_are_refused_but_the_limit_itself_is_not():
    side = 9459  # 9459 x 9459 = 89,472,681, just under the limit
    assert side * side <= MAX_IMAGE_PIXELS
    assert check_image(png_header(side, side)).mime == PNG
    big = check_image(png_header(side + 1, side + 1))
    assert big.refusal == ImageRefusal.TOO_MANY_PIXELS
    assert big.size == (side + 1, side + 1)


def test_a_file_over_the_byte_limit_is_refused():
    image = plain_png(4)
    assert check_image(image + b"\0" * (MAX_IMAGE_BYTES - len(image))).mime == PNG
    too_big = image + b"\0" * (MAX_IMAGE_BYTES + 1 - len(image))
    assert check_image(too_big).refusal == ImageRefusal.TOO_LARGE


def test_the_data_uri_carries_the_bytes_and_type():
    uri = data_uri(b"\x89PNG", PNG)
    assert uri == "data:image/png;base64," + base64.b64encode(b"\x89PNG").decode()
