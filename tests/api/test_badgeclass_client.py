"""The client's badge class and issuer writes against the sandbox over loopback HTTP, in both
flavours: what it sends is taken, and every refusal reaches the caller in the server's words.
"""

from __future__ import annotations

import pytest

from badgedesk.api.client import image_data_uri
from badgedesk.api.errors import NotFoundError, ValidationError, error_text
from badgedesk.api.models import (
    Alignment,
    BadgeClassExpiration,
    BadgeClassRequest,
    ExpiryUnit,
    IssuerRequest,
)
from badgedesk.sandbox import DEMO_EMAIL
from tests.api.sandbox_calls import api_requests, award_request
from tests.badge_files import TINY_GIF, plain_png

SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><rect width="8" height="8"/></svg>'
)
IN_USE = "BadgeClass may only be deleted if all BadgeInstances have been revoked."


def design(picture: bytes = plain_png(8), **changes) -> BadgeClassRequest:
    """A badge class request the server takes, with ``changes`` (``image=None``: none sent)."""
    values = {
        "name": "Harbour Safety",
        "description": "Knows the harbour's safety rules.",
        "image": image_data_uri(picture),
        "criteria_narrative": "Pass the **safety walk**.",
        "criteria_url": "https://example.org/harbour/criteria",
        "tags": ["safety", "harbour"],
        "alignments": [
            Alignment(target_name="Harbour code", target_url="https://example.org/code")
        ],
        "expires": BadgeClassExpiration(amount=18, duration=ExpiryUnit.MONTHS),
    }
    values.update(changes)
    return BadgeClassRequest(**values)


async def first_issuer(client):
    return (await client.list_issuers())[0]


@pytest.mark.parametrize("image", [plain_png(8), SVG], ids=["png", "svg"])
def test_create_with_png_or_svg(client, run, image):
    issuer = run(first_issuer(client))
    made = run(client.create_badgeclass(issuer.key, design(image)))
    assert (made.name, made.issuer, made.tags) == (
        "Harbour Safety",
        issuer.key,
        ["safety", "harbour"],
    )
    assert made.expires == BadgeClassExpiration(amount=18, duration="months")
    assert made.alignments[0].target_url == "https://example.org/code"
    assert made.criteria_url == "https://example.org/harbour/criteria"
    assert made.key in [b.key for b in run(client.list_badgeclasses(issuer.key))]
    assert made.key in [b.key for b in run(client.list_badgeclasses())]
    assert made.image is not None
    assert run(client.download(made.image)) == image


def test_edit_keeps_the_image_when_none_is_sent_and_removes_what_is_left_out(client, run, sandbox):
    issuer = run(first_issuer(client))
    made = run(client.create_badgeclass(issuer.key, design()))
    assert made.image is not None
    before = run(client.download(made.image))
    sandbox.clear_requests()
    edited = run(
        client.update_badgeclass(
            made.key,
            design(
                name="Harbour Safety II",
                image=None,
                criteria_url=None,
                expires=None,
                tags=[],
                alignments=[],
            ),
        )
    )
    (sent,) = api_requests(sandbox)
    assert sent.method == "PUT"
    assert b'"image"' not in sent.body
    assert (edited.name, edited.tags, edited.alignments) == ("Harbour Safety II", [], [])
    assert edited.criteria_url is None, "a criterion left None is removed"
    assert edited.criteria_narrative == "Pass the **safety walk**."
    assert edited.expires is None, "the rule is removed, in both flavours"
    assert edited.image is not None
    assert run(client.download(edited.image)) == before
    again = run(client.get_badgeclass(made.key))
    assert (again.expires, again.criteria_url) == (None, None)


def test_a_badge_class_without_an_expiry_rule_reads_as_none(client, run):
    """The open-source server answers {"amount": null, "duration": null} for no rule."""
    issuer = run(first_issuer(client))
    made = run(client.create_badgeclass(issuer.key, design(expires=None)))
    assert made.expires is None
    assert run(client.get_badgeclass(made.key)).expires is None


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"name": ""}, "name", "This field may not be blank."),
        ({"description": " "}, "description", "This field may not be blank."),
        ({"image": "data:image/png;base64,aGVsbG8="}, "image", "Invalid image."),
        ({"image": image_data_uri(TINY_GIF)}, "image", "Invalid PNG"),
        ({"image": None}, "image", "Valid image file or data URI required."),
        ({"criteria_url": "criteria"}, "criteriaUrl", "Enter a valid URL."),
        (
            {"expires": BadgeClassExpiration(amount=0, duration="years")},
            "expires.amount",
            "Must be a positive integer",
        ),
        (
            {"expires": BadgeClassExpiration(amount=2, duration="fortnights")},
            "expires.duration",
            '"fortnights" is not a valid choice.',
        ),
        (
            {"alignments": [Alignment(target_name="Code", target_url="example.org/code")]},
            "alignments.0.targetUrl",
            "Enter a valid URL.",
        ),
    ],
)
def test_field_errors_reach_their_field(client, run, changes, field, words):
    issuer = run(first_issuer(client))
    with pytest.raises(ValidationError) as refused:
        run(client.create_badgeclass(issuer.key, design(**changes)))
    assert refused.value.field_errors == {field: [words]}
    assert words in error_text(refused.value)


def test_without_criteria_a_badge_class_is_taken(client, run):
    """API v2 has no criteria rule: an editor that wants one asks for it itself."""
    issuer = run(first_issuer(client))
    made = run(
        client.create_badgeclass(issuer.key, design(criteria_narrative=None, criteria_url=None))
    )
    assert (made.criteria_narrative, made.criteria_url) == (None, None)


def test_delete_refused_with_awards_then_allowed_without(client, run):
    issuer = run(first_issuer(client))
    awarded = run(client.list_badgeclasses(issuer.key))[0]
    with pytest.raises(ValidationError) as refused:
        run(client.delete_badgeclass(awarded.key))
    assert refused.value.status_code == 400
    assert refused.value.detail == IN_USE
    assert IN_USE in str(refused.value)
    assert IN_USE in error_text(refused.value)
    made = run(client.create_badgeclass(issuer.key, design()))
    award = run(client.award("badgeclasses", made.key, award_request()))
    with pytest.raises(ValidationError):
        run(client.delete_badgeclass(made.key))
    run(client.revoke_assertion(award.key, "Made for a test"))
    assert run(client.delete_badgeclass(made.key)) is None
    with pytest.raises(NotFoundError):
        run(client.get_badgeclass(made.key))
    with pytest.raises(NotFoundError):
        run(client.get_assertion(award.key))
    assert made.key not in [b.key for b in run(client.list_badgeclasses())]


def test_issuer_edit(client, run):
    issuer = run(first_issuer(client))
    edited = run(
        client.update_issuer(
            issuer.key,
            IssuerRequest(
                name="Northfield College of Art",
                email="art@northfield.example.edu",
                url="https://art.northfield.example.edu",
                description="Renamed.",
                image=image_data_uri(SVG),
            ),
        )
    )
    assert (edited.name, edited.email, edited.description) == (
        "Northfield College of Art",
        "art@northfield.example.edu",
        "Renamed.",
    )
    assert edited.image is not None
    assert run(client.download(edited.image)) == SVG
    assert [s.role for s in edited.staff] == [s.role for s in issuer.staff]
    kept = run(
        client.update_issuer(
            issuer.key, IssuerRequest(name=edited.name, email=edited.email, url=edited.url)
        )
    )
    assert kept.image == edited.image, "no image sent: kept"
    with pytest.raises(ValidationError) as refused:
        run(client.update_issuer(issuer.key, IssuerRequest(name="", email="x", url="y")))
    assert refused.value.field_errors == {
        "name": ["This field may not be blank."],
        "email": ["Enter a valid email address."],
        "url": ["Enter a valid URL."],
    }


def test_issuer_create_needs_one_of_the_users_verified_emails(client, run):
    request = IssuerRequest(
        name="Quay School", email="office@quay.example.org", url="https://quay.example.org"
    )
    with pytest.raises(ValidationError) as refused:
        run(client.create_issuer(request))
    assert refused.value.validation_errors == [
        "Issuer email must be one of your verified addresses. Add this email to your profile "
        "and try again."
    ]
    request.email = DEMO_EMAIL
    made = run(client.create_issuer(request))
    assert [s.role for s in made.staff] == ["owner"]
    assert made.key in [i.key for i in run(client.list_issuers())]
    badge = run(client.create_badgeclass(made.key, design()))
    assert badge.issuer == made.key


def test_staff_only_user_is_refused(make_client, sandbox, run, client):
    issuer = run(first_issuer(client))  # Northfield: staff@ is on its staff
    badgeclass = run(client.list_badgeclasses(issuer.key))[0]
    staff = make_client(sandbox.mint_token(user="staff@badgedesk.test").access_token)
    assert run(staff.get_badgeclass(badgeclass.key)).name == badgeclass.name
    for attempt in (
        staff.create_badgeclass(issuer.key, design()),
        staff.update_badgeclass(badgeclass.key, design(image=None)),
        staff.delete_badgeclass(badgeclass.key),
        staff.update_issuer(
            issuer.key,
            IssuerRequest(name="Mine now", email=issuer.email or "", url=issuer.url or ""),
        ),
    ):
        with pytest.raises(NotFoundError):
            run(attempt)
    assert run(client.get_badgeclass(badgeclass.key)).name == badgeclass.name
    assert run(client.get_issuer(issuer.key)).name == issuer.name
