"""Badge and issuer images as the server takes them: PNG or SVG, judged by content.

The open-source server (``mainsite.validators.ValidImageValidator``) accepts a PNG that
Pillow can open and verify, or an SVG whose first element is ``svg`` in the SVG namespace,
and answers "Invalid image." otherwise; when it saves a PNG it refuses one of more pixels than
Pillow's decompression-bomb limit (``mainsite.mixins._decompression_bomb_check``). It puts no
limit on the file's bytes: BadgeDesk's own is ``MAX_IMAGE_BYTES`` (a badge image is a few
hundred kilobytes). The same checks are made here before anything is sent, so that the editor
can say why next to the image. Pure functions: no Qt, no I/O.
"""

from __future__ import annotations

import base64
import re
import struct
from dataclasses import dataclass
from enum import StrEnum

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
PNG = "image/png"
SVG = "image/svg+xml"

MAX_IMAGE_BYTES = 5 * 1024 * 1024
"""Badge images are a few hundred kilobytes; anything larger is not worth sending."""
MAX_IMAGE_PIXELS = 89_478_485
"""Pillow's ``Image.MAX_IMAGE_PIXELS``, beyond which the server refuses a PNG."""

_SVG_NAMESPACE = "http://www.w3.org/2000/svg"
_SVG_ROOT = re.compile(rb"<svg\b([^>]*)>", re.IGNORECASE)
_SVG_XMLNS = re.compile(rb"""\bxmlns\s*=\s*["']([^"']*)["']""")
_OTHER_KINDS = (
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"BM", "BMP"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
    (b"\x00\x00\x01\x00", "ICO"),
)


def media_type(image: bytes) -> str | None:
    """``PNG`` or ``SVG`` by the content (never a file name); None for anything else. An SVG
    may start with a byte-order mark, an XML declaration or a comment."""
    if image.startswith(PNG_SIGNATURE):
        return PNG
    head = image[:4096].removeprefix(b"\xef\xbb\xbf").lstrip().lower()
    return SVG if head.startswith(b"<") and b"<svg" in head else None


def other_image_kind(image: bytes) -> str | None:
    """The name of an image format the server does not take (``"GIF"``, ``"JPEG"``…), to
    say so rather than "not an image"; None when it is none of those."""
    if image.startswith(b"RIFF") and image[8:12] == b"WEBP":
        return "WebP"
    return next((name for magic, name in _OTHER_KINDS if image.startswith(magic)), None)


def png_size(image: bytes) -> tuple[int, int] | None:
    """Width and height from a PNG's header chunk; None when the header is cut or damaged."""
    header = image[len(PNG_SIGNATURE) : len(PNG_SIGNATURE) + 24]
    if len(header) < 16 or header[4:8] != b"IHDR":
        return None
    width, height = struct.unpack(">II", header[8:16])
    return (width, height) if width and height else None


def _svg_in_namespace(image: bytes) -> bool:
    root = _SVG_ROOT.search(image[:65536])
    if root is None:
        return False
    xmlns = _SVG_XMLNS.search(root.group(1))
    return xmlns is not None and xmlns.group(1).decode("ascii", "replace") == _SVG_NAMESPACE


class ImageRefusal(StrEnum):
    """Why an image would not be accepted (``image_refusal``)."""

    EMPTY = "empty"
    TOO_LARGE = "too-large"
    OTHER_FORMAT = "other-format"
    """An image, but not PNG or SVG (see ``ImageCheck.kind``)."""
    NOT_AN_IMAGE = "not-an-image"
    DAMAGED_PNG = "damaged-png"
    TOO_MANY_PIXELS = "too-many-pixels"
    SVG_WITHOUT_NAMESPACE = "svg-without-namespace"


@dataclass(frozen=True)
class ImageCheck:
    """What the bytes are: ``mime`` when accepted, else ``refusal`` (and ``kind``, the other
    format's name, for ``OTHER_FORMAT``); ``size`` of a PNG in pixels."""

    mime: str | None = None
    refusal: ImageRefusal | None = None
    kind: str | None = None
    size: tuple[int, int] | None = None


def check_image(image: bytes) -> ImageCheck:
    """Whether the server would take ``image`` as a badge or issuer image, and why not."""
    if not image:
        return ImageCheck(refusal=ImageRefusal.EMPTY)
    if len(image) > MAX_IMAGE_BYTES:
        return ImageCheck(refusal=ImageRefusal.TOO_LARGE)
    mime = media_type(image)
    if mime == PNG:
        size = png_size(image)
        if size is None:
            return ImageCheck(refusal=ImageRefusal.DAMAGED_PNG)
        if size[0] * size[1] > MAX_IMAGE_PIXELS:
            return ImageCheck(refusal=ImageRefusal.TOO_MANY_PIXELS, size=size)
        return ImageCheck(mime=PNG, size=size)
    if mime == SVG:
        if not _svg_in_namespace(image):
            return ImageCheck(refusal=ImageRefusal.SVG_WITHOUT_NAMESPACE)
        return ImageCheck(mime=SVG)
    kind = other_image_kind(image)
    if kind is not None:
        return ImageCheck(refusal=ImageRefusal.OTHER_FORMAT, kind=kind)
    return ImageCheck(refusal=ImageRefusal.NOT_AN_IMAGE)


def data_uri(data: bytes, mime: str) -> str:
    """``data`` as a ``data:`` URI of type ``mime``, the way the server takes an image in a
    JSON body."""
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"
