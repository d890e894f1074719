"""How the sandbox's API v2 behaves, checked with raw HTTP as the notes describe the server."""

from __future__ import annotations

import base64
import json
import re

import httpx
import pytest

from badgedesk.sandbox import DEMO_EMAIL, SandboxConfig, SandboxServer
from tests.badge_files import baked_png, baked_svg, plain_png

ENTITY_ID = re.compile(r"^[A-Za-z0-9_-]{22}$")
HEX_ID = re.compile(r"^[0-9a-f]{24}$")


@pytest.fixture
def api(sandbox, demo_token):
    with httpx.Client(
        base_url=sandbox.base_url, headers={"Authorization": f"Bearer {demo_token}"}
    ) as http:
        yield http


def as_user(sandbox, email):
    token = sandbox.mint_token(user=email).access_token
    return httpx.Client(base_url=sandbox.base_url, headers={"Authorization": f"Bearer {token}"})


def results(answer: httpx.Response):
    assert answer.is_success, answer.text[:300]
    return answer.json()["result"]


def all_assertions(api, badgeclass=None):
    issuers = [i["entityId"] for i in results(api.get("/v2/issuers"))]
    found = []
    for issuer in issuers:
        found += results(
            api.get(
                f"/v2/issuers/{issuer}/assertions",
                params={"include_revoked": "true", "include_expired": "1"},
            )
        )
    return [a for a in found if badgeclass is None or a["badgeclass"] == badgeclass]


def data_uri(image: bytes, mime: str = "image/png") -> str:
    return f"data:{mime};base64,{base64.b64encode(image).decode()}"


# ------------------------------------------------------------------ seed and identifiers


@pytest.mark.parametrize("flavor", ["parchment"])  # hosted keys (ob3AwardProperties)
def test_demo_seed(api, sandbox):
    issuers = results(api.get("/v2/issuers"))
    assert [i["name"] for i in issuers] == ["Northfield College", "Riverside Training Institute"]
    assert len(results(api.get("/v2/badgeclasses"))) == 6
    everything = all_assertions(api)
    assert 280 <= len(everything) <= 330
    assert sum(a["revoked"] for a in everything) >= 10
    assert sum(1 for a in everything if a["ob3AwardProperties"]) >= 20
    assert sum(1 for a in everything if a["evidence"]) >= 40
    assert {a["recipient"]["type"] for a in everything} == {"email", "url", "telephone"}
    per_person = {}
    for a in everything:
        per_person[a["recipient"]["plaintextIdentity"]] = (
            per_person.get(a["recipient"]["plaintextIdentity"], 0) + 1
        )
    assert max(per_person.values()) >= 3, "many recipients hold several badges"
    for item in everything + issuers:
        assert ENTITY_ID.match(item["entityId"])
        assert HEX_ID.match(item["id"])
    backpack = results(api.get("/v2/backpack/assertions"))
    assert len(backpack) == 9, "ten in the backpack, one of them rejected (hidden)"
    assert {b["acceptance"] for b in backpack} == {"Accepted", "Unaccepted"}
    assert sum(1 for b in backpack if b["sourceUrl"]) == 3
    collections = results(api.get("/v2/backpack/collections"))
    assert len(collections) == 2
    shared = [c for c in collections if c["published"]]
    assert len(shared) == 1
    page = httpx.get(shared[0]["share_url"])
    assert page.status_code == 200
    assert shared[0]["name"] in page.text


def test_seed_is_deterministic_and_empty_seed_is_empty():
    with SandboxServer(SandboxConfig()) as one, SandboxServer(SandboxConfig()) as two:
        first = [
            i["entityId"]
            for i in results(
                httpx.get(
                    f"{one.base_url}/v2/badgeclasses",
                    headers={"Authorization": f"Bearer {one.mint_token().access_token}"},
                )
            )
        ]
        second = [
            i["entityId"]
            for i in results(
                httpx.get(
                    f"{two.base_url}/v2/badgeclasses",
                    headers={"Authorization": f"Bearer {two.mint_token().access_token}"},
                )
            )
        ]
    assert first == second
    with SandboxServer(SandboxConfig(seed="empty")) as empty:
        headers = {"Authorization": f"Bearer {empty.mint_token().access_token}"}
        assert results(httpx.get(f"{empty.base_url}/v2/issuers", headers=headers)) == []
        assert results(httpx.get(f"{empty.base_url}/v2/users/self", headers=headers))


def test_public_urls_resolve(api):
    assertion = results(
        api.get(f"/v2/issuers/{results(api.get('/v2/issuers'))[0]['entityId']}/assertions?num=1")
    )[0]
    document = httpx.get(assertion["openBadgeId"]).json()
    assert document["type"] == "Assertion"
    assert document["id"] == assertion["openBadgeId"]
    assert document["verification"] == {"type": "HostedBadge"}
    image = httpx.get(assertion["image"])
    assert image.headers["content-type"] == "image/png"
    assert assertion["openBadgeId"].encode() in image.content, "the image is baked"
    assert httpx.get(assertion["badgeclassOpenBadgeId"]).json()["type"] == "BadgeClass"
    assert httpx.get(assertion["issuerOpenBadgeId"]).json()["type"] == "Issuer"


# ------------------------------------------------------------------ envelope and routing


@pytest.mark.parametrize("flavor", ["parchment"])  # a JSON 404 for the trailing slash
def test_envelope_content_type_slashes_and_methods(api):
    plain = api.get("/v2/issuers")
    assert plain.headers["content-type"].startswith("application/ld+json")
    assert plain.json()["status"] == {"success": True, "description": "ok"}
    assert isinstance(plain.json()["result"], list)
    asked = api.get("/v2/issuers", headers={"Accept": "application/json"})
    assert asked.headers["content-type"].startswith("application/json")
    slash = api.get("/v2/issuers/")
    assert slash.status_code == 404
    assert slash.json()["status"]["description"] == "entity not found or insufficient privileges"
    patch = api.patch("/v2/users/self", json={})
    assert patch.status_code == 405
    assert patch.json()["fieldErrors"] == 'Method "PATCH" not allowed.'
    assert api.get("/v2/nothing-here").status_code == 404


def test_missing_token_is_401(sandbox):
    answer = httpx.get(f"{sandbox.base_url}/v2/issuers")
    assert answer.status_code == 401
    assert answer.json()["status"]["success"] is False


# ------------------------------------------------------------------ pagination and filters


def test_pagination_num_cursor_and_clamping(api):
    issuer = results(api.get("/v2/issuers"))[0]["entityId"]
    path = f"/v2/issuers/{issuer}/assertions"
    everything = results(api.get(path))
    assert "link" not in api.get(path).headers, "no num: no pagination"
    created = [a["createdAt"] for a in everything]
    assert created == sorted(created), "unpaginated lists come oldest first"
    seen, url = [], f"{path}?num=7&recipient="
    url = f"{path}?num=7"
    while url:
        answer = api.get(url)
        seen += results(answer)
        url = answer.links.get("next", {}).get("url")
        if url:
            assert "num=7" in url
    assert sorted(a["entityId"] for a in seen) == sorted(a["entityId"] for a in everything)
    assert [a["createdAt"] for a in seen] == sorted(created, reverse=True)
    assert len(results(api.get(f"{path}?num=0"))) == 1
    assert len(results(api.get(f"{path}?num=100000"))) == min(500, len(everything))
    assert "link" not in api.get(f"{path}?num=abc").headers
    second = api.get(api.get(f"{path}?num=5").links["next"]["url"])
    assert "prev" in second.links


def test_cursor_reads_on_where_the_page_ended_even_after_a_new_award(api):
    """The next cursor remembers the position of its page: new awards (at the newest end)
    neither repeat nor skip a row, and a cursor whose place is gone is found by counting."""
    issuer = results(api.get("/v2/issuers"))[0]["entityId"]
    path = f"/v2/issuers/{issuer}/assertions"
    everything = [a["entityId"] for a in results(api.get(path))][::-1]
    first = api.get(f"{path}?num=10")
    badgeclass = results(first)[0]["badgeclass"]
    made = api.post(
        f"/v2/badgeclasses/{badgeclass}/assertions",
        json={"recipient": {"identity": "late@example.org"}},
    )
    assert made.status_code == 201
    seen, url = [a["entityId"] for a in results(first)], first.links["next"]["url"]
    while url:
        answer = api.get(url)
        seen += [a["entityId"] for a in results(answer)]
        url = answer.links.get("next", {}).get("url")
    assert seen == everything

    cursor = httpx.URL(first.links["next"]["url"]).params["cursor"]
    fields = base64.urlsafe_b64decode(cursor).decode()
    stale = base64.urlsafe_b64encode(re.sub(r"k=[^&]+", "k=gone", fields).encode()).decode()
    by_count = results(api.get(path, params={"num": 10, "cursor": stale}))
    assert [a["entityId"] for a in by_count] == (
        [results(api.get(path))[-1]["entityId"], *everything]
    )[10:20]
    assert api.get(f"{path}?num=10&cursor=bm9wZQ==").status_code == 400


def test_recipient_filter_is_repeatable_and_kept_in_links(api):
    issuer = results(api.get("/v2/issuers"))[0]["entityId"]
    path = f"/v2/issuers/{issuer}/assertions"
    people = sorted({a["recipient"]["plaintextIdentity"] for a in results(api.get(path))})[:2]
    answer = api.get(
        path, params=[("recipient", people[0]), ("recipient", people[1]), ("num", "1")]
    )
    assert results(answer)[0]["recipient"]["plaintextIdentity"] in people
    if "next" in answer.links:
        assert answer.links["next"]["url"].count("recipient=") == 2


def test_revoked_and_expired_hidden_by_default(api):
    issuer = results(api.get("/v2/issuers"))[0]["entityId"]
    path = f"/v2/issuers/{issuer}/assertions"
    default = results(api.get(path))
    assert not any(a["revoked"] for a in default)
    revoked = results(api.get(path, params={"include_revoked": "true"}))
    assert any(a["revoked"] for a in revoked)
    expired = results(api.get(path, params={"include_expired": "true"}))
    assert len(expired) > len(default)


# ------------------------------------------------------------------ writes


def test_award_validation_shapes(api):
    badgeclass = results(api.get("/v2/badgeclasses"))[0]
    path = f"/v2/badgeclasses/{badgeclass['entityId']}/assertions"
    bad_email = api.post(path, json={"recipient": {"identity": "nope", "type": "email"}})
    assert bad_email.status_code == 400
    assert bad_email.json()["fieldErrors"] == {
        "recipient": {"non_field_errors": ["Enter a valid email address."]}
    }
    future = api.post(
        path, json={"recipient": {"identity": "a@b.org"}, "issuedOn": "2999-01-01T00:00:00Z"}
    )
    assert "issuedOn" in future.json()["fieldErrors"]
    image = api.post(path, json={"recipient": {"identity": "a@b.org"}, "narrative": "![x](y)"})
    assert "narrative" in image.json()["fieldErrors"]
    order = api.post(
        path,
        json={
            "recipient": {"identity": "a@b.org"},
            "issuedOn": "2024-01-02T00:00:00Z",
            "expires": "2024-01-01T00:00:00Z",
        },
    )
    assert "expires" in order.json()["fieldErrors"]
    evidence = api.post(
        path, json={"recipient": {"identity": "a@b.org"}, "evidence": [{"url": "not a url"}]}
    )
    assert evidence.json()["fieldErrors"]["evidence"] == [{"url": ["Enter a valid URL."]}]
    phone = api.post(path, json={"recipient": {"identity": "+441234567890", "type": "telephone"}})
    assert phone.status_code == 201
    assert phone.json()["result"][0]["recipient"]["hashed"] is True
    url = api.post(path, json={"recipient": {"identity": "https://me.example", "type": "url"}})
    assert url.json()["result"][0]["recipient"]["hashed"] is False
    broken = api.post(path, content=b"{not json", headers={"Content-Type": "application/json"})
    assert broken.status_code == 400
    assert broken.json()["validationErrors"][0].startswith("JSON parse error")


def test_only_a_live_award_refuses_a_duplicate(api):
    """``allowDuplicateAwards: false`` is refused while an award of the badge class to the
    recipient is live: not revoked, not expired (the notes; ``BadgeInstanceSerializerV2``).
    An award whose recipient is changed counts for its new recipient only."""
    classes = results(api.get("/v2/badgeclasses"))
    badgeclass, other = classes[0]["entityId"], classes[1]["entityId"]

    def award(identity: str, to: str = badgeclass, **extra: str) -> httpx.Response:
        body = {"recipient": {"identity": identity}, "allowDuplicateAwards": False, **extra}
        return api.post(f"/v2/badgeclasses/{to}/assertions", json=body)

    lapsed = {"issuedOn": "2020-01-01T00:00:00Z", "expires": "2021-01-01T00:00:00Z"}
    assert award("lapsed@example.org", **lapsed).status_code == 201
    assert award("lapsed@example.org").status_code == 201, "an expired award does not count"
    assert award("lapsed@example.org").status_code == 400, "a live one does"
    assert award("lapsed@example.org", to=other).status_code == 201, "of its own class only"

    revoked = results(award("revoked@example.org"))[0]["entityId"]
    api.request("DELETE", f"/v2/assertions/{revoked}", json={"revocation_reason": "Error"})
    assert award("revoked@example.org").status_code == 201, "a revoked award does not count"

    moved = results(award("before@example.org"))[0]["entityId"]
    assert api.put(
        f"/v2/assertions/{moved}", json={"recipient": {"identity": "after@example.org"}}
    ).is_success
    assert award("before@example.org").status_code == 201
    assert award("after@example.org").status_code == 400


def test_an_award_is_held_once_for_its_recipient_however_often_it_is_indexed(sandbox):
    """An edit that names the same recipient again indexes the award again: still one award."""
    state = sandbox.state
    record = next(iter(state.assertions.values()))
    state.recipient_changed(record)
    state.recipient_changed(record)
    assert state.awards_to(record.badgeclass, record.identity).count(record) == 1


def test_issuer_scoped_award_names_the_badge_class_once(api):
    badgeclass = results(api.get("/v2/badgeclasses"))[0]
    path = f"/v2/issuers/{badgeclass['issuer']}/assertions"
    recipient = {"identity": "i@example.org"}
    assert api.post(path, json={"recipient": recipient}).status_code == 400
    both = {
        "recipient": recipient,
        "badgeclass": badgeclass["entityId"],
        "badgeclassName": badgeclass["name"],
    }
    assert api.post(path, json=both).status_code == 400
    for name in (
        {"badgeclass": badgeclass["entityId"]},
        {"badgeclassName": badgeclass["name"]},
        {"badgeclassOpenBadgeId": badgeclass["openBadgeId"]},
    ):
        answer = api.post(path, json={"recipient": recipient, **name})
        assert answer.status_code == 201, name
        assert answer.json()["result"][0]["badgeclass"] == badgeclass["entityId"]
    other = next(
        b for b in results(api.get("/v2/badgeclasses")) if b["issuer"] != badgeclass["issuer"]
    )
    assert (
        api.post(path, json={"recipient": recipient, "badgeclass": other["entityId"]}).status_code
        == 400
    )


@pytest.mark.parametrize("flavor", ["parchment"])  # PUT on a revoked award is a 400
def test_revoke_rules(api):
    badgeclass = results(api.get("/v2/badgeclasses"))[0]["entityId"]
    made = results(
        api.post(
            f"/v2/badgeclasses/{badgeclass}/assertions",
            json={"recipient": {"identity": "r@example.org"}},
        )
    )[0]["entityId"]
    missing = api.request("DELETE", f"/v2/assertions/{made}", json={})
    assert missing.json()["fieldErrors"] == {"revocation_reason": "This field is required"}
    done = api.request("DELETE", f"/v2/assertions/{made}", json={"revocation_reason": "Why"})
    assert done.status_code == 200
    assert done.json()["result"][0]["revoked"] is True
    assert done.json()["result"][0]["image"] is None
    twice = api.request("DELETE", f"/v2/assertions/{made}", json={"revocation_reason": "Why"})
    assert twice.json()["validationErrors"] == ["Assertion is already revoked"]
    edit = api.put(f"/v2/assertions/{made}", json={"narrative": "x"})
    assert edit.status_code == 400
    assert httpx.get(done.json()["result"][0]["openBadgeId"]).json()["revoked"] is True
    assert api.post("/v2/assertions/revoke", json={"entityId": made}).status_code == 500


def test_put_ignores_revocation_fields_and_checks_badgeclass(api):
    badgeclass = results(api.get("/v2/badgeclasses"))[0]["entityId"]
    made = results(
        api.post(
            f"/v2/badgeclasses/{badgeclass}/assertions",
            json={"recipient": {"identity": "p@example.org"}},
        )
    )[0]["entityId"]
    answer = api.put(f"/v2/assertions/{made}", json={"revoked": True, "narrative": "n"})
    assert results(answer)[0]["revoked"] is False
    assert results(answer)[0]["narrative"] == "n"
    assert api.put(f"/v2/assertions/{made}", json={"badgeclass": "nope"}).status_code == 400


def test_batch_issue_is_atomic(api):
    badgeclass = results(api.get("/v2/badgeclasses"))[0]["entityId"]
    path = f"/v2/badgeclasses/{badgeclass}/issue"
    bad = api.post(
        path,
        json={
            "create_notification": False,
            "assertions": [
                {"recipient": {"identity": "ok@example.org"}},
                {"recipient": {"identity": "bad"}},
            ],
        },
    )
    assert bad.status_code == 400
    assert bad.json()["fieldErrors"][0] == {}
    assert "recipient" in bad.json()["fieldErrors"][1]
    listing = api.get(
        f"/v2/badgeclasses/{badgeclass}/assertions", params={"recipient": "ok@example.org"}
    )
    assert results(listing) == []
    good = api.post(path, json={"assertions": [{"recipient": {"identity": "ok@example.org"}}]})
    assert good.status_code == 201


def test_permissions_answer_404(sandbox, api):
    northfield, riverside = results(api.get("/v2/issuers"))
    with as_user(sandbox, "staff@badgedesk.test") as staff:
        assert [i["entityId"] for i in results(staff.get("/v2/issuers"))] == [
            northfield["entityId"]
        ]
        badgeclass = results(staff.get(f"/v2/issuers/{northfield['entityId']}/badgeclasses"))[0]
        made = staff.post(
            f"/v2/badgeclasses/{badgeclass['entityId']}/assertions",
            json={"recipient": {"identity": "s@example.org"}},
        )
        assert made.status_code == 201, "staff may award"
        key = made.json()["result"][0]["entityId"]
        assert (
            staff.request(
                "DELETE", f"/v2/assertions/{key}", json={"revocation_reason": "x"}
            ).status_code
            == 404
        )
        assert staff.put(f"/v2/assertions/{key}", json={"narrative": "x"}).status_code == 404
        assert staff.get(f"/v2/issuers/{riverside['entityId']}").status_code == 404
    with as_user(sandbox, "other@badgedesk.test") as other:
        hidden = results(other.get("/v2/issuers"))[0]["entityId"]
    assert api.get(f"/v2/issuers/{hidden}").status_code == 404
    assert api.get(f"/v2/issuers/{hidden}/assertions").status_code == 404


# ------------------------------------------------------------------ backpack and collections


@pytest.mark.parametrize("flavor", ["parchment"])  # hosted keys (sourceUrl)
def test_backpack_acceptance_and_removal(api):
    items = results(api.get("/v2/backpack/assertions"))
    local = next(i for i in items if i["sourceUrl"] is None)
    imported = next(i for i in items if i["sourceUrl"])
    bad = api.put(f"/v2/backpack/assertions/{local['entityId']}", json={"acceptance": "Maybe"})
    assert bad.json()["fieldErrors"] == {"acceptance": ['"Maybe" is not a valid choice.']}
    assert api.delete(f"/v2/backpack/assertions/{local['entityId']}").status_code == 204
    assert (
        api.get(f"/v2/backpack/assertions/{local['entityId']}").json()["result"][0]["acceptance"]
        == "Rejected"
    )
    restored = api.put(
        f"/v2/backpack/assertions/{local['entityId']}", json={"acceptance": "Accepted"}
    )
    assert restored.json()["result"][0]["acceptance"] == "Accepted"
    assert api.delete(f"/v2/backpack/assertions/{imported['entityId']}").status_code == 204
    assert api.get(f"/v2/backpack/assertions/{imported['entityId']}").status_code == 404
    assert api.post("/v2/backpack/assertions", json={}).status_code == 500


def test_backpack_is_only_mine(sandbox, api):
    issuer = results(api.get("/v2/issuers"))[0]["entityId"]
    someone = results(api.get(f"/v2/issuers/{issuer}/assertions?num=1"))[0]["entityId"]
    assert api.get(f"/v2/backpack/assertions/{someone}").status_code == 404


@pytest.mark.parametrize("flavor", ["parchment"])  # hosted keys (sourceUrl)
def test_import_paths(api):
    badgeclass = results(api.get("/v2/badgeclasses"))[0]["entityId"]

    def award_to_me():
        return results(
            api.post(
                f"/v2/badgeclasses/{badgeclass}/assertions",
                json={"recipient": {"identity": DEMO_EMAIL}},
            )
        )[0]

    first = award_to_me()
    by_url = api.post("/v2/backpack/import", json={"url": first["openBadgeId"]})
    assert by_url.status_code == 201
    assert by_url.json()["result"][0]["acceptance"] == "Accepted"
    duplicate = api.post("/v2/backpack/import", json={"url": first["openBadgeId"]})
    assert duplicate.json()["validationErrors"][0]["name"] == "DUPLICATE_BADGE"
    png = api.post(
        "/v2/backpack/import", json={"image": data_uri(baked_png(award_to_me()["openBadgeId"]))}
    )
    assert png.status_code == 201
    svg = api.post(
        "/v2/backpack/import",
        json={"image": data_uri(baked_svg(award_to_me()["openBadgeId"]), "image/svg+xml")},
    )
    assert svg.status_code == 201
    served = httpx.get(award_to_me()["image"]).content
    assert api.post("/v2/backpack/import", json={"image": data_uri(served)}).status_code == 201
    foreign = {
        "@context": "https://w3id.org/openbadges/v2",
        "type": "Assertion",
        "id": "https://elsewhere.example/a/1",
        "issuedOn": "2025-01-01T00:00:00Z",
        "recipient": {"type": "email", "hashed": False, "identity": DEMO_EMAIL},
        "badge": {"name": "Elsewhere badge", "id": "https://elsewhere.example/b/1"},
        "verify": {"type": "hosted", "url": "https://elsewhere.example/a/1"},
    }
    imported = api.post("/v2/backpack/import", json={"assertion": foreign})
    assert imported.status_code == 201
    assert imported.json()["result"][0]["sourceUrl"] == "https://elsewhere.example/a/1"
    baked_json = api.post(
        "/v2/backpack/import",
        json={
            "image": data_uri(
                baked_png(json.dumps({**foreign, "id": "https://elsewhere.example/a/2"}))
            )
        },
    )
    assert baked_json.status_code == 201


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"url": "https://elsewhere.example/a/1"}, "no outbound network"),
        ({"image": data_uri(plain_png())}, "no Open Badges"),
        ({"image": data_uri(b"\x89PNG\r\n\x1a\n\x00\x00\x00\xffIHDRshort")}, "damaged"),
        ({"image": data_uri(b"GIF89a....")}, "neither a PNG nor an SVG"),
        (
            {"assertion": {"type": "Assertion", "recipient": {"identity": "x@y.org"}}},
            "not awarded to your email",
        ),
        ({"url": "https://a.example", "assertion": {}}, "only one of"),
    ],
)
def test_bad_imports_say_why(api, body, message):
    answer = api.post("/v2/backpack/import", json=body)
    assert answer.status_code == 400
    assert message in json.dumps(answer.json()["validationErrors"])


@pytest.mark.parametrize("flavor", ["parchment"])  # shareHash null when unpublished
def test_collections(api):
    mine = [b["entityId"] for b in results(api.get("/v2/backpack/assertions"))][:2]
    crash = api.post("/v2/backpack/collections", json={"name": "X", "assertions": mine})
    assert crash.status_code == 500, "the real server fails on members at creation"
    assert api.post("/v2/backpack/collections", json={"description": "d"}).status_code == 400
    made = results(api.post("/v2/backpack/collections", json={"name": "CV", "published": False}))[0]
    assert made["share_url"] is None
    key = made["entityId"]
    assert api.put(f"/v2/backpack/collections/{key}", json={"assertions": mine}).status_code == 400
    filled = results(
        api.put(
            f"/v2/backpack/collections/{key}",
            json={"name": "CV", "assertions": mine, "published": True},
        )
    )[0]
    assert filled["assertions"] == mine
    assert filled["share_url"].endswith(filled["shareHash"])
    hidden = results(
        api.put(f"/v2/backpack/collections/{key}", json={"name": "CV", "published": False})
    )[0]
    assert hidden["share_url"] is None
    assert hidden["shareHash"] is None
    assert hidden["assertions"] == mine, "fields left out are kept"
    issuer = results(api.get("/v2/issuers"))[0]["entityId"]
    stranger = results(api.get(f"/v2/issuers/{issuer}/assertions?num=1"))[0]["entityId"]
    assert (
        api.put(
            f"/v2/backpack/collections/{key}", json={"name": "CV", "assertions": [stranger]}
        ).status_code
        == 400
    )
    assert api.delete(f"/v2/backpack/collections/{key}").status_code == 204
    assert api.get(f"/v2/backpack/collections/{key}").status_code == 404


# ------------------------------------------------------------------ faults


def test_scripted_faults(sandbox, api):
    sandbox.faults.enqueue("error500")
    server_error = api.get("/v2/issuers")
    assert server_error.status_code == 500
    assert server_error.headers["content-type"].startswith("text/html")
    sandbox.faults.enqueue("error503", retry_after=7)
    assert api.get("/v2/issuers").headers["retry-after"] == "7"
    sandbox.faults.enqueue("rate_limit", retry_after=4)
    limited = api.get("/v2/issuers")
    assert limited.status_code == 429
    assert limited.headers["retry-after"] == "4"
    sandbox.faults.enqueue("drop")
    with pytest.raises(httpx.RemoteProtocolError):
        api.get("/v2/issuers")
    sandbox.faults.enqueue("error500", path_prefix="/v2/backpack")
    assert api.get("/v2/issuers").status_code == 200, "other paths are untouched"
    assert api.get("/v2/backpack/assertions").status_code == 500
    with pytest.raises(ValueError, match="unknown fault"):
        sandbox.faults.enqueue("meteor")  # type: ignore[arg-type]


def test_a_throttle_answers_429_beyond_its_requests_a_second(sandbox, api):
    """As a Django REST framework throttle of "N/second": a sliding window of one second over
    the API's requests, and ``Retry-After`` in whole seconds until the oldest leaves it."""
    faults = sandbox.faults
    faults.throttle = 2
    assert faults.throttled("/v2/issuers", 10.0) is None
    assert faults.throttled("/v2/issuers", 10.2) is None
    assert faults.throttled("/v2/issuers", 10.4) == 1
    assert faults.throttled("/o/token", 10.4) is None, "only the API is throttled"
    assert faults.throttled("/v2/issuers", 11.0) is None, "the first left the window"
    assert faults.throttled("/v2/issuers", 11.1) == 1
    faults.throttle = 1
    answers = [api.get("/v2/issuers") for _ in range(2)]
    assert [answer.status_code for answer in answers] == [200, 429]
    assert answers[1].headers["retry-after"] == "1"
    assert answers[1].json() == {"detail": "Request was throttled."}
    faults.throttle = 0
    assert api.get("/v2/issuers").status_code == 200


def test_latency_and_random_faults(sandbox, demo_token):
    sandbox.faults.latency_ms = 400
    with (
        httpx.Client(timeout=httpx.Timeout(5, read=0.05)) as http,
        pytest.raises(httpx.ReadTimeout),
    ):
        http.get(f"{sandbox.base_url}/v2/users/self")
    sandbox.faults.latency_ms = 0
    sandbox.faults.fault_rate = 1.0
    headers = {"Authorization": f"Bearer {demo_token}"}
    statuses = set()
    for _ in range(16):
        try:
            statuses.add(
                httpx.get(f"{sandbox.base_url}/v2/users/self", headers=headers).status_code
            )
        except httpx.RemoteProtocolError:
            statuses.add("dropped")
    assert statuses <= {500, 429, "dropped"}
    assert len(statuses) >= 2
    ok = httpx.get(f"{sandbox.base_url}/public/badges/x")
    assert ok.status_code == 404, "random faults only hit the API"


def test_only_loopback():
    with pytest.raises(ValueError, match="loopback"):
        SandboxServer(SandboxConfig(host="0.0.0.0"))


def test_listening_socket_is_tcp_so_answers_are_not_delayed():
    """asyncio sets TCP_NODELAY only on sockets whose proto is TCP; without it each answer
    waits for a delayed ACK (about 40 ms on Linux)."""
    import socket

    server = SandboxServer(SandboxConfig(seed="empty"))
    sock = server.bind()
    try:
        assert sock.proto == socket.IPPROTO_TCP
    finally:
        sock.close()
