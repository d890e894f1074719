"""Baked badges: Open Badges data carried inside an image file.

A PNG carries it in an ``iTXt`` (or old ``tEXt``) chunk with the keyword ``openbadges``; an SVG
in an ``openbadges:assertion`` element. The payload is the assertion's URL or its JSON. Reading
is pure Python so a file can be shown for what it is before anything is sent; the sandbox
server unbakes imports with the same reader. ``check_image`` says whether the server would take
an image as a badge class's or an issuer's, and why not (no Qt, no I/O: the widgets may use it).
"""

from __future__ import annotations

import base64
import json
import re
import struct
import zlib
from dataclasses import dataclass
from enum import StrEnum
from html import unescape
from typing import Any
from urllib.parse import urlsplit

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_SVG_ASSERTION = re.compile(
    r"<openbadges:assertion\b([^>]*)>(.*?)</openbadges:assertion>|<openbadges:assertion\b([^>]*)/>",
    re.DOTALL,
)
_VERIFY = re.compile(r"""verify\s*=\s*["']([^"']+)["']""")
_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.DOTALL)


class Unbaked(StrEnum):
    """Why an image gives no assertion, for the UI to word."""

    NOT_AN_ADDRESS = "not-an-address"
    """It carries ``payload``, which is not an assertion's web address."""
    BAD_JSON = "bad-json"
    NOT_AN_OBJECT = "not-an-object"
    NOT_AN_IMAGE = "not-an-image"
    DAMAGED_PNG = "damaged-png"
    DAMAGED_CHUNK = "damaged-chunk"
    NOTHING_IN_PNG = "nothing-in-png"
    NOTHING_IN_SVG = "nothing-in-svg"
    NO_VERIFY_URL = "no-verify-url"


class NotABadge(ValueError):
    """The image is readable but carries no Open Badges data, or is not a PNG/SVG at all;
    ``str()`` is English for the log, ``kind`` and ``payload`` what the UI words."""

    def __init__(self, message: str, kind: Unbaked, payload: str = "") -> None:
        super().__init__(message)
        self.kind = kind
        self.payload = payload


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
                "assertion.",
                Unbaked.NOT_AN_ADDRESS,
                payload[:200],
            )
        return BakedAssertion(url=payload)
    try:
        document = json.loads(payload)
    except ValueError as error:
        raise NotABadge(
            f"The baked assertion is not valid JSON ({error}).", Unbaked.BAD_JSON
        ) from None
    if not isinstance(document, dict):
        raise NotABadge("The baked assertion is not a JSON object.", Unbaked.NOT_AN_OBJECT)
    return BakedAssertion(document=document)


def chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def bake_png(image: bytes, payload: str) -> bytes:
    """Insert an ``openbadges`` iTXt chunk before IEND."""
    end = image.rindex(b"IEND") - 4
    itxt = b"openbadges\x00\x00\x00\x00\x00" + payload.encode("utf-8")
    return image[:end] + chunk(b"iTXt", itxt) + image[end:]


PNG = "image/png"
SVG = "image/svg+xml"


def media_type(image: bytes) -> str | None:
    """``PNG`` or ``SVG`` by the content (never a file name); None for anything else. An SVG
    may start with a byte-order mark, an XML declaration or a comment."""
    if image.startswith(PNG_SIGNATURE):
        return PNG
    head = image[:4096].removeprefix(b"\xef\xbb\xbf").lstrip().lower()
    return SVG if head.startswith(b"<") and b"<svg" in head else None


def read_baked(image: bytes) -> str:
    """The assertion URL or JSON baked into a PNG or SVG; ``NotABadge`` if there is none."""
    kind = media_type(image)
    if kind == PNG:
        return _read_png(image)
    if kind == SVG:
        return _read_svg(image.decode("utf-8", errors="replace"))
    raise NotABadge("The file is neither a PNG nor an SVG image.", Unbaked.NOT_AN_IMAGE)


def _read_png(image: bytes) -> str:
    offset = len(PNG_SIGNATURE)
    while offset + 8 <= len(image):
        (length,) = struct.unpack(">I", image[offset : offset + 4])
        kind = image[offset + 4 : offset + 8]
        data = image[offset + 8 : offset + 8 + length]
        if len(data) != length or offset + 12 + length > len(image):
            raise NotABadge("The PNG image is damaged (a chunk is cut short).", Unbaked.DAMAGED_PNG)
        if kind == b"iTXt" and data.startswith(b"openbadges\x00"):
            return _itxt_text(data)
        if kind == b"tEXt" and data.startswith(b"openbadges\x00"):
            return data[len(b"openbadges\x00") :].decode("latin-1")
        if kind == b"IEND":
            break
        offset += 12 + length
    else:  # no IEND: the file was cut short
        raise NotABadge("The PNG image is damaged (it ends too early).", Unbaked.DAMAGED_PNG)
    raise NotABadge("The PNG image carries no Open Badges assertion.", Unbaked.NOTHING_IN_PNG)


def _itxt_text(data: bytes) -> str:
    rest = data[len(b"openbadges\x00") :]
    if len(rest) < 2:
        raise NotABadge("The PNG's openbadges chunk is damaged.", Unbaked.DAMAGED_CHUNK)
    compressed, body = rest[0], rest[2:]
    _language, _, body = body.partition(b"\x00")
    _translated, _, text = body.partition(b"\x00")
    if compressed:
        try:
            text = zlib.decompress(text)
        except zlib.error:
            raise NotABadge(
                "The PNG's openbadges chunk is damaged.", Unbaked.DAMAGED_CHUNK
            ) from None
    return text.decode("utf-8", errors="replace")


def _read_svg(text: str) -> str:
    match = _SVG_ASSERTION.search(text)
    if match is None:
        raise NotABadge("The SVG image carries no Open Badges assertion.", Unbaked.NOTHING_IN_SVG)
    attributes = match.group(1) or match.group(3) or ""
    content = (match.group(2) or "").strip()
    cdata = _CDATA.search(content)
    if cdata:
        return cdata.group(1).strip()
    if content:
        return unescape(content)
    verify = _VERIFY.search(attributes)
    if verify is None:
        raise NotABadge(
            "The SVG's openbadges:assertion element has no verify URL.", Unbaked.NO_VERIFY_URL
        )
    return unescape(verify.group(1))


# ---------------------------------------------------------------- images the server takes
# The open-source server (``mainsite.validators.ValidImageValidator``) accepts a PNG that Pillow
# can open and verify, or an SVG whose first element is ``svg`` in the SVG namespace, and
# answers "Invalid image." otherwise; when it saves a PNG it refuses one of more pixels than
# Pillow's decompression-bomb limit (``mainsite.mixins._decompression_bomb_check``). It puts no
# limit on the file's bytes: BadgeDesk's own is ``MAX_IMAGE_BYTES``. The badge class and issuer
# editors make the same checks before anything is sent, to say why next to the image.

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


def data_uri_bytes(uri: str | None) -> bytes | None:
    """The bytes of a base64 ``data:`` URI (a drafted badge class's image); None for anything
    else, such as the server's image URL or a damaged URI."""
    if not uri or not uri.startswith("data:") or ";base64," not in uri:
        return None
    try:
        return base64.b64decode(uri.split(";base64,", 1)[1], validate=True)
    except ValueError:
        return None
