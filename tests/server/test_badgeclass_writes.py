"""Badge classes and issuers made, edited and deleted on the sandbox, over raw HTTP: the rules
and words of badgr-server's v2 serializers (apps/issuer/serializers_v2.py), its permissions
(apps/issuer/permissions.py) and its refusal to delete a badge class in use, in both flavours.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from badgedesk.sandbox import ALL_SCOPES, DEMO_EMAIL, Flavor, SandboxConfig, SandboxServer
from tests.badge_files import plain_png

SVG = b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><circle r="4"/></svg>'
IN_USE = "BadgeClass may only be deleted if all BadgeInstances have been revoked."


def uri(image: bytes, mime: str = "image/png") -> str:
    return f"data:{mime};base64,{base64.b64encode(image).decode()}"


def client_for(server: SandboxServer, email: str = DEMO_EMAIL) -> httpx.Client:
    token = server.mint_token(user=email, scope=ALL_SCOPES).access_token
    return httpx.Client(base_url=server.base_url, headers={"Authorization": f"Bearer {token}"})


def results(answer: httpx.Response) -> list[Any]:
    assert answer.is_success, answer.text[:400]
    return list(answer.json()["result"])


def design(**changes: Any) -> dict[str, Any]:
    """A badge class body the server takes, with ``changes`` (None removes a key)."""
    body: dict[str, Any] = {
        "name": "Harbour Safety",
        "description": "Knows the harbour's safety rules.",
        "image": uri(plain_png(8)),
        "criteriaNarrative": "Pass the **safety walk**.",
        "tags": ["safety"],
        "alignments": [{"targetName": "Harbour code", "targetUrl": "https://example.org/code"}],
        "expires": {"amount": 6, "duration": "months"},
    }
    body.update(changes)
    return {key: value for key, value in body.items() if value is not None}


@pytest.fixture
def api(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    with client_for(sandbox) as http:
        yield http


@pytest.fixture
def issuer(api: httpx.Client) -> str:
    return str(results(api.get("/v2/issuers"))[0]["entityId"])


@pytest.fixture
def shared(flavor: Flavor) -> Iterator[SandboxServer]:
    """The demo seed with the issuers where the demo user is only editor or only staff."""
    config = SandboxConfig(flavor=flavor, token_backoff=False, shared_issuers=True)
    with SandboxServer(config) as server:
        yield server


# ------------------------------------------------------------------ made


@pytest.mark.parametrize(("image", "mime"), [(plain_png(8), "image/png"), (SVG, "image/svg+xml")])
def test_a_badge_class_made_is_listed_at_once_and_serves_its_image(api, issuer, image, mime):
    made = api.post(
        f"/v2/issuers/{issuer}/badgeclasses",
        json=design(name="<b>Harbour</b> Safety", image=uri(image, mime)),
    )
    assert made.status_code == 201
    badge = made.json()["result"][0]
    assert badge["name"] == "Harbour Safety", "tags are stripped (StripTagsCharField)"
    assert badge["issuer"] == issuer
    assert badge["expires"] == {"amount": 6, "duration": "months"}
    assert badge["alignments"][0]["targetUrl"] == "https://example.org/code"
    for path in ("/v2/badgeclasses", f"/v2/issuers/{issuer}/badgeclasses"):
        assert badge["entityId"] in [b["entityId"] for b in results(api.get(path))]
    picture = httpx.get(badge["image"])
    assert picture.status_code == 200
    assert picture.headers["content-type"] == mime
    assert picture.content == image


def test_criteria_are_optional_in_v2(api, issuer):
    """BadgeClassSerializerV2 has no criteria rule (only the v1 serializer asks for one)."""
    made = api.post(
        f"/v2/issuers/{issuer}/badgeclasses", json=design(criteriaNarrative=None, expires=None)
    )
    assert made.status_code == 201
    assert made.json()["result"][0]["criteriaNarrative"] is None
    assert made.json()["result"][0]["criteriaUrl"] is None


def test_made_through_the_badge_class_list_names_its_issuer(api, issuer):
    missing = api.post("/v2/badgeclasses", json=design())
    assert missing.status_code == 400
    assert missing.json()["fieldErrors"] == {"issuer": "This field is required"}
    unknown = api.post("/v2/badgeclasses", json=design(issuer="AAAAAAAAAAAAAAAAAAAAAA"))
    assert unknown.json()["fieldErrors"] == {
        "issuer": ['Invalid entity_id "AAAAAAAAAAAAAAAAAAAAAA" - object does not exist.']
    }
    made = api.post("/v2/badgeclasses", json=design(issuer=issuer))
    assert made.status_code == 201
    assert made.json()["result"][0]["issuer"] == issuer


@pytest.mark.parametrize(
    ("changes", "field_errors"),
    [
        ({"name": None}, {"name": ["This field is required."]}),
        ({"name": "  "}, {"name": ["This field may not be blank."]}),
        ({"name": "x" * 1025}, {"name": ["Ensure this field has no more than 1024 characters."]}),
        ({"description": None}, {"description": ["This field is required."]}),
        ({"criteriaUrl": "not a url"}, {"criteriaUrl": ["Enter a valid URL."]}),
        (
            {"criteriaNarrative": "See ![map](https://x.org/m.png)"},
            {"criteriaNarrative": ["Images not supported in markdown"]},
        ),
        ({"tags": "safety"}, {"tags": ['Expected a list of items but got type "str".']}),
        (
            {"alignments": [{"targetName": "Code", "targetUrl": "code"}, {}]},
            {
                "alignments": [
                    {"targetUrl": ["Enter a valid URL."]},
                    {
                        "targetName": ["This field is required."],
                        "targetUrl": ["This field is required."],
                    },
                ]
            },
        ),
        (
            {"expires": {"amount": 0, "duration": "fortnights"}},
            {
                "expires": {
                    "amount": ["Must be a positive integer"],
                    "duration": ['"fortnights" is not a valid choice.'],
                }
            },
        ),
        (
            {"expires": {"amount": "two", "duration": "years"}},
            {"expires": {"amount": ["A valid integer is required."]}},
        ),
        ({"expires": {"amount": 2}}, {"expires": {"duration": ["This field is required."]}}),
    ],
)
def test_field_errors_are_the_servers(api, issuer, changes, field_errors):
    answer = api.post(f"/v2/issuers/{issuer}/badgeclasses", json=design(**changes))
    assert answer.status_code == 400
    assert answer.json()["status"]["description"] == "bad request"
    assert answer.json()["fieldErrors"] == field_errors


@pytest.mark.parametrize(
    ("image", "message"),
    [
        (uri(b"GIF89a\x01\x00\x01\x00", "image/gif"), ["Invalid PNG"]),
        (uri(b"<html><body>hi</body></html>", "image/svg+xml"), ["Invalid image."]),
        (uri(b"<svg viewBox='0 0 1 1'/>", "image/svg+xml"), ["Invalid image."]),
        (uri(plain_png(8)[:20]), ["Invalid image."]),
        (uri(b"x", "made/up"), ["Invalid MIME type"]),
        ("a picture", ["The submitted data was not a file. Check the encoding type on the form."]),
        (uri(b""), ["The submitted file is empty."]),
        # a URL is skipped (the image kept on an edit): on creation there is then none
        ("https://example.org/badge.png", "Valid image file or data URI required."),
        (None, "Valid image file or data URI required."),
    ],
)
def test_images_must_be_png_or_svg_data(api, issuer, image, message):
    answer = api.post(f"/v2/issuers/{issuer}/badgeclasses", json=design(image=image))
    assert answer.status_code == 400
    assert answer.json()["fieldErrors"] == {"image": message}


def test_a_body_that_is_no_object_is_a_validation_error(api, issuer):
    answer = api.post(f"/v2/issuers/{issuer}/badgeclasses", json=["a list"])
    assert answer.status_code == 400
    assert answer.json()["validationErrors"] == [
        "Invalid data. Expected a dictionary, but got list."
    ]


# ------------------------------------------------------------------ edited


def test_an_edit_replaces_the_fields_sent_and_keeps_the_image(api, issuer, flavor):
    made = results(api.post(f"/v2/issuers/{issuer}/badgeclasses", json=design()))[0]
    path = f"/v2/badgeclasses/{made['entityId']}"
    before = httpx.get(made["image"]).content
    edited = results(
        api.put(path, json={"name": "Harbour Safety II", "description": "New", "tags": []})
    )[0]
    assert (edited["name"], edited["description"], edited["tags"]) == (
        "Harbour Safety II",
        "New",
        [],
    )
    assert edited["alignments"] == made["alignments"], "not sent: kept"
    assert httpx.get(edited["image"]).content == before
    back = results(api.put(path, json={**design(), "image": made["image"]}))[0]
    assert httpx.get(back["image"]).content == before, "its own URL sent back: kept"
    assert api.put(path, json={"name": "Only a name"}).json()["fieldErrors"] == {
        "description": ["This field is required."]
    }
    # null does not remove the rule (the serializer drops a null expires); two nulls do
    kept = results(api.put(path, json=design(image=None) | {"expires": None}))[0]
    assert kept["expires"] == {"amount": 6, "duration": "months"}
    none = {"amount": None, "duration": None}
    cleared = results(api.put(path, json=design(image=None, expires=none)))[0]
    assert cleared["expires"] == (None if flavor == "parchment" else none)
    new_image = results(api.put(path, json=design(image=uri(SVG, "image/svg+xml"))))[0]
    assert httpx.get(new_image["image"]).content == SVG


# ------------------------------------------------------------------ deleted


def test_delete_is_refused_while_an_award_is_live(api, sandbox):
    badgeclass = results(api.get("/v2/badgeclasses"))[0]["entityId"]
    answer = api.delete(f"/v2/badgeclasses/{badgeclass}")
    assert answer.status_code == 400
    body = answer.json()
    assert body["status"] == {"success": False, "description": IN_USE}
    assert (body["fieldErrors"], body["validationErrors"]) == ({}, [])
    assert api.get(f"/v2/badgeclasses/{badgeclass}").status_code == 200


def test_delete_takes_the_revoked_and_expired_awards_with_it(api, issuer, sandbox):
    badge = results(api.post(f"/v2/issuers/{issuer}/badgeclasses", json=design()))[0]
    path = f"/v2/badgeclasses/{badge['entityId']}"

    def award(**extra: Any) -> str:
        body = {"recipient": {"identity": "learner@example.org"}, **extra}
        return str(results(api.post(f"{path}/assertions", json=body))[0]["entityId"])

    soon = (datetime.now(UTC) + timedelta(hours=1)).isoformat()
    revoked, expiring = award(), award(expires=soon)
    api.request("DELETE", f"/v2/assertions/{revoked}", json={"revocation_reason": "test"})
    assert api.delete(path).status_code == 400, "one award still live"
    sandbox.advance_clock(2 * 3600)
    gone = api.delete(path)
    assert gone.status_code == 204
    assert gone.content == b""
    assert api.get(path).status_code == 404
    for key in (revoked, expiring):
        assert api.get(f"/v2/assertions/{key}").status_code == 404
    assert badge["entityId"] not in [b["entityId"] for b in results(api.get("/v2/badgeclasses"))]


# ------------------------------------------------------------------ issuers


def test_issuer_made_with_a_verified_email_only(api):
    body = {"name": "Quay School", "email": "office@quay.example.org", "url": "https://quay.org"}
    refused = api.post("/v2/issuers", json=body)
    assert refused.status_code == 400
    assert refused.json()["validationErrors"] == [
        "Issuer email must be one of your verified addresses. Add this email to your profile "
        "and try again."
    ]
    assert api.post("/v2/issuers", json={"name": "Quay"}).json()["fieldErrors"] == {
        "email": ["This field is required."],
        "url": ["This field is required."],
    }
    made = api.post(
        "/v2/issuers", json=body | {"email": DEMO_EMAIL, "image": uri(SVG, "image/svg+xml")}
    )
    assert made.status_code == 201
    issuer = made.json()["result"][0]
    assert [s["role"] for s in issuer["staff"]] == ["owner"]
    assert issuer["entityId"] in [i["entityId"] for i in results(api.get("/v2/issuers"))]
    assert httpx.get(issuer["image"]).content == SVG


def test_issuer_edit(api, issuer, sandbox):
    path = f"/v2/issuers/{issuer}"
    before = results(api.get(path))[0]
    body = {"name": "Northfield", "email": "new@northfield.example.edu", "url": "https://nf.edu"}
    edited = results(api.put(path, json=body | {"description": "<i>Renamed</i>"}))[0]
    assert (edited["name"], edited["email"], edited["description"]) == (
        "Northfield",
        "new@northfield.example.edu",
        "Renamed",
    ), "on an edit the email need not be the user's"
    assert api.put(path, json=body | {"url": "nf"}).json()["fieldErrors"] == {
        "url": ["Enter a valid URL."]
    }
    # staff through PUT, as Issuer.staff_items takes it: a member's role is never changed,
    # members left out are removed, the only owner never
    staff = {s["role"]: s["user"] for s in before["staff"]}
    after = results(
        api.put(path, json=body | {"staff": [{"user": staff["staff"], "role": "editor"}]})
    )[0]
    assert [(s["user"], s["role"]) for s in after["staff"]] == [
        (staff["owner"], "owner"),
        (staff["staff"], "staff"),
    ]
    wrong = api.put(path, json=body | {"staff": [{"user": staff["owner"], "role": "Owner"}]})
    assert wrong.json()["fieldErrors"] == {
        "staff": [
            {"role": ["'Owner' is not supported. Only ['owner', 'editor', 'staff'] is available"]}
        ]
    }


# ------------------------------------------------------------------ roles


def test_shared_issuers_are_opt_in(sandbox, shared):
    with client_for(sandbox) as plain, client_for(shared) as more:
        assert len(results(plain.get("/v2/issuers"))) == 2
        roles = {
            i["name"]: next(s["role"] for s in i["staff"] if s["user"] != i["createdBy"])
            for i in results(more.get("/v2/issuers"))[2:]
        }
    assert roles == {"Harbour Arts Centre": "editor", "Moorland Volunteer Network": "staff"}


def test_an_editor_designs_badges_and_edits_the_issuer(shared):
    with client_for(shared) as api:
        issuer = results(api.get("/v2/issuers"))[2]
        key = issuer["entityId"]
        made = api.post(f"/v2/issuers/{key}/badgeclasses", json=design())
        assert made.status_code == 201
        badge = made.json()["result"][0]["entityId"]
        assert api.put(f"/v2/badgeclasses/{badge}", json=design(image=None)).status_code == 200
        assert api.delete(f"/v2/badgeclasses/{badge}").status_code == 204
        body = {"name": "Harbour Arts", "email": issuer["email"], "url": issuer["url"]}
        assert api.put(f"/v2/issuers/{key}", json=body).status_code == 200


def test_staff_may_read_and_award_but_not_design(shared):
    with client_for(shared) as api:
        issuer = results(api.get("/v2/issuers"))[3]
        key = issuer["entityId"]
        badge = results(api.get(f"/v2/issuers/{key}/badgeclasses"))[0]["entityId"]
        assert api.get(f"/v2/badgeclasses/{badge}").status_code == 200
        award = {"recipient": {"identity": "walker@example.org"}}
        assert api.post(f"/v2/badgeclasses/{badge}/assertions", json=award).status_code == 201
        body = {"name": "Moor", "email": issuer["email"], "url": issuer["url"]}
        for answer in (
            api.post(f"/v2/issuers/{key}/badgeclasses", json=design()),
            api.put(f"/v2/badgeclasses/{badge}", json=design()),
            api.delete(f"/v2/badgeclasses/{badge}"),
            api.put(f"/v2/issuers/{key}", json=body),
        ):
            assert answer.status_code == 404
            assert answer.json()["status"]["description"] == (
                "entity not found or insufficient privileges"
            )
        through_list = api.post("/v2/badgeclasses", json=design(issuer=key))
        assert through_list.status_code == 400
        assert through_list.json()["fieldErrors"] == {
            "issuer": "You do not have permission to edit badges on this issuer."
        }
        assert results(api.get(f"/v2/badgeclasses/{badge}"))[0]["name"] == "Trail Warden"
