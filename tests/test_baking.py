"""Reading baked badges (``badgedesk.baking``): every way a PNG or SVG carries an assertion,
and a readable ``NotABadge`` for every file that carries none or carries it broken."""

from __future__ import annotations

import json

import pytest

from badgedesk.baking import (
    PNG,
    SVG,
    BakedAssertion,
    NotABadge,
    bake_png,
    chunk,
    media_type,
    read_baked,
    unbake,
)
from tests.badge_files import (
    baked_png,
    baked_svg,
    baked_svg_json,
    plain_png,
    text_png,
)

URL = "https://badges.example.org/public/assertions/abc123"
DOCUMENT = {
    "@context": "https://w3id.org/openbadges/v2",
    "type": "Assertion",
    "id": URL,
    "recipient": {"type": "email", "hashed": False, "identity": "dana@example.org"},
    "badge": {"type": "BadgeClass", "name": "Café Barista — Level 2"},
    "issuedOn": "2024-05-01T10:00:00Z",
}


def test_png_itxt_uncompressed_carries_a_url() -> None:
    assert read_baked(baked_png(URL)) == URL
    assert unbake(baked_png(URL)) == BakedAssertion(url=URL)


def test_png_itxt_compressed_is_inflated() -> None:
    payload = json.dumps(DOCUMENT, ensure_ascii=False)
    image = baked_png(payload, compressed=True)
    assert payload.encode() not in image  # really compressed
    assert read_baked(image) == payload
    assert unbake(image) == BakedAssertion(document=DOCUMENT)


def test_png_itxt_with_language_and_translated_keyword() -> None:
    itxt = b"openbadges\x00\x00\x00en\x00Open Badges\x00" + URL.encode()
    image = plain_png()
    end = image.rindex(b"IEND") - 4
    assert unbake(image[:end] + chunk(b"iTXt", itxt) + image[end:]).url == URL


def test_png_text_chunk() -> None:
    assert unbake(text_png(URL)) == BakedAssertion(url=URL)


def test_bake_png_round_trips() -> None:
    assert unbake(bake_png(plain_png(), URL)).url == URL


def test_payload_whitespace_is_ignored() -> None:
    assert unbake(baked_png(f"  {URL}\n")).url == URL
    assert unbake(baked_png("\n " + json.dumps(DOCUMENT))).document == DOCUMENT


def test_svg_verify_attribute() -> None:
    assert unbake(baked_svg(URL)) == BakedAssertion(url=URL)


def test_svg_verify_attribute_on_an_empty_element() -> None:
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="http://openbadges.org">'
        f'<openbadges:assertion verify="{URL}?a=1&amp;b=2"/></svg>'
    ).encode()
    assert unbake(svg).url == f"{URL}?a=1&b=2"


def test_svg_with_json_in_cdata() -> None:
    svg = baked_svg_json(json.dumps(DOCUMENT, ensure_ascii=False))
    assert unbake(svg) == BakedAssertion(document=DOCUMENT)


def test_svg_with_a_bom_and_a_comment_before_the_svg_element() -> None:
    svg = b"\xef\xbb\xbf" + baked_svg_json(
        json.dumps(DOCUMENT), before_svg='<?xml version="1.0"?>\n<!-- made by a badge tool -->\n'
    )
    assert unbake(svg).document == DOCUMENT
    with_url = b"\xef\xbb\xbf<!-- exported -->\n" + baked_svg(URL).split(b"?>\n", 1)[1]
    assert unbake(with_url).url == URL


@pytest.mark.parametrize(
    ("image", "message"),
    [
        pytest.param(baked_png(URL)[:60], "damaged", id="truncated-png"),
        pytest.param(plain_png()[:-6], "damaged", id="png-cut-in-iend"),
        pytest.param(b"GIF89a\x01\x00\x01\x00" + bytes(40), "neither a PNG nor an SVG", id="gif"),
        pytest.param(bytes(range(256)) * 3, "neither a PNG nor an SVG", id="random-bytes"),
        pytest.param(b"", "neither a PNG nor an SVG", id="empty"),
        pytest.param(b"<html><body>hi</body></html>", "neither a PNG nor an SVG", id="html"),
        pytest.param(plain_png(), "carries no Open Badges assertion", id="plain-png"),
        pytest.param(
            b'<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>',
            "carries no Open Badges assertion",
            id="plain-svg",
        ),
        pytest.param(
            b"<svg><openbadges:assertion></openbadges:assertion></svg>",
            "no verify URL",
            id="svg-empty-assertion",
        ),
    ],
)
def test_files_without_a_usable_badge_say_why(image: bytes, message: str) -> None:
    with pytest.raises(NotABadge, match=message):
        unbake(image)


def test_damaged_compressed_chunk() -> None:
    image = plain_png()
    end = image.rindex(b"IEND") - 4
    broken = chunk(b"iTXt", b"openbadges\x00\x01\x00\x00\x00not zlib at all")
    with pytest.raises(NotABadge, match="damaged"):
        unbake(image[:end] + broken + image[end:])


def test_invalid_json_payload_is_refused_with_the_parser_message() -> None:
    with pytest.raises(NotABadge, match=r"not valid JSON \(.*line 1 column"):
        unbake(baked_png('{"type": "Assertion", "id": }'))


def test_json_array_payload_is_refused() -> None:
    with pytest.raises(NotABadge, match="not a JSON object"):
        unbake(baked_png(json.dumps([DOCUMENT])))
    with pytest.raises(NotABadge, match="not a JSON object"):
        unbake(baked_svg_json("[1, 2]"))


@pytest.mark.parametrize("payload", ["hello there", "ftp://badges.example/a/1", "urn:uuid:1"])
def test_text_that_is_no_web_address_is_refused(payload: str) -> None:
    with pytest.raises(NotABadge, match="not the web address of an assertion"):
        unbake(baked_png(payload))


def test_media_type_reads_the_content_not_the_name() -> None:
    assert media_type(plain_png()) == PNG
    assert media_type(b"\xef\xbb\xbf  <!-- made by hand -->\n<svg xmlns='x'/>") == SVG
    assert media_type(b"GIF89a") is None
