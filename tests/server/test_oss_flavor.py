"""The flavour differences, one by one: what the badgr-oss flavour answers as the recorded
open-source server did, what the parchment flavour keeps from the hosted pages, and what both
take from the recording where the pages are silent."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterator
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx
import pytest

from badgedesk.sandbox import (
    ALL_SCOPES,
    CLIENT_ID,
    DEMO_EMAIL,
    DEMO_PASSWORD,
    REDIRECT_URIS,
    SandboxConfig,
    SandboxServer,
)
from tests.oauth_flow import submit_login

MULTIPLE = (
    "Multiple badge class identifiers. Exactly one of the following badge class identifiers "
    "are allowed: badgeclass, badgeclassName, or badgeclassOpenBadgeId"
)
VERIFIER = "recorded-steps-" + "v" * 40
CHALLENGE = base64.urlsafe_b64encode(hashlib.sha256(VERIFIER.encode()).digest()).rstrip(b"=")


@pytest.fixture
def api(sandbox, demo_token) -> Iterator[httpx.Client]:
    with httpx.Client(
        base_url=sandbox.base_url,
        headers={"Authorization": f"Bearer {demo_token}", "Accept": "application/json"},
    ) as client:
        yield client


def first(answer: httpx.Response) -> dict:
    return answer.json()["result"][0]


def own_badgeclass(api: httpx.Client) -> dict:
    return api.get("/v2/badgeclasses").json()["result"][0]


def live_award(api: httpx.Client) -> str:
    badgeclass = own_badgeclass(api)["entityId"]
    made = api.post(
        f"/v2/badgeclasses/{badgeclass}/assertions",
        json={"recipient": {"identity": "flavour@example.org", "type": "email"}},
    )
    assert made.status_code == 201
    return first(made)["entityId"]


def local_backpack_badge(api: httpx.Client) -> str:
    for item in api.get("/v2/backpack/assertions").json()["result"]:
        if item["badgeclass"]:
            return str(item["entityId"])
    raise AssertionError("the demo user has a badge issued on the sandbox")


# ------------------------------------------------------------------ both flavours, as recorded


def test_acceptance_rejected_is_refused(api):
    """Entry 46: the hosted pages name no other value, so both flavours refuse it."""
    key = local_backpack_badge(api)
    answer = api.put(f"/v2/backpack/assertions/{key}", json={"acceptance": "Rejected"})
    assert answer.status_code == 400
    assert answer.json()["status"] == {"success": False, "description": "bad request"}
    assert answer.json()["fieldErrors"] == {"acceptance": ['"Rejected" is not a valid choice.']}
    assert answer.json()["validationErrors"] == []
    assert first(api.get(f"/v2/backpack/assertions/{key}"))["acceptance"] != "Rejected"


def test_duplicate_award_refusal_has_the_servers_words(api):
    """Entry 14."""
    badgeclass = own_badgeclass(api)["entityId"]
    body = {"recipient": {"identity": "twice@example.org"}, "allowDuplicateAwards": False}
    assert api.post(f"/v2/badgeclasses/{badgeclass}/assertions", json=body).status_code == 201
    again = api.post(f"/v2/badgeclasses/{badgeclass}/assertions", json=body)
    assert again.json()["validationErrors"] == [
        "A previous award of this badge already exists for this recipient."
    ]


def test_batch_revoke_reasons_are_the_servers(api):
    """Entries 28 and 63: the already-revoked reason is the str() of a list."""
    key = live_award(api)
    api.request("DELETE", f"/v2/assertions/{key}", json={"revocation_reason": "first"})
    answer = api.post(
        "/v2/assertions/revoke",
        json=[
            {"entityId": key, "revocationReason": "again"},
            {"entityId": "noSuchAssertion00000000", "revocationReason": "nobody"},
        ],
    )
    body = answer.json()
    items = body if isinstance(body, list) else body["result"]
    assert [i["reason"] for i in items] == [
        "['Assertion is already revoked']",
        "permission denied or object not found",
    ]


def test_public_documents_are_json_ld(api):
    """Entries 50 and 64."""
    badgeclass = own_badgeclass(api)
    for url in (badgeclass["openBadgeId"], badgeclass["issuerOpenBadgeId"]):
        answer = httpx.get(url)
        assert answer.headers["content-type"].startswith("application/ld+json")
    issuer = httpx.get(badgeclass["issuerOpenBadgeId"]).json()
    assert httpx.get(issuer["image"]).headers["content-type"] == "image/png"


# ------------------------------------------------------------------ badgr-oss only


@pytest.mark.parametrize("flavor", ["badgr-oss"])
def test_oss_refuses_a_badge_class_named_in_a_scoped_awards_body(api):
    badgeclass = own_badgeclass(api)
    path = f"/v2/badgeclasses/{badgeclass['entityId']}/assertions"
    for named in (
        {"badgeclass": badgeclass["entityId"]},
        {"badgeclassName": badgeclass["name"]},
        {"badgeclassOpenBadgeId": badgeclass["openBadgeId"]},
    ):
        answer = api.post(path, json={"recipient": {"identity": "x@example.org"}, **named})
        assert answer.status_code == 400, named
        assert answer.json() == {
            "status": {"success": False, "description": "bad request"},
            "result": [],
            "fieldErrors": {},
            "validationErrors": [MULTIPLE],
        }


@pytest.mark.parametrize("flavor", ["parchment"])
def test_parchment_takes_the_badge_class_in_a_scoped_awards_body(api):
    """The hosted pages: "one of badgeclass or badgeclassOpenBadgeId" in the body."""
    badgeclass = own_badgeclass(api)
    answer = api.post(
        f"/v2/badgeclasses/{badgeclass['entityId']}/assertions",
        json={"recipient": {"identity": "x@example.org"}, "badgeclass": badgeclass["entityId"]},
    )
    assert answer.status_code == 201


def test_both_flavours_refuse_two_badge_classes_in_an_issuer_scoped_award(api):
    badgeclass = own_badgeclass(api)
    answer = api.post(
        f"/v2/issuers/{badgeclass['issuer']}/assertions",
        json={
            "recipient": {"identity": "x@example.org"},
            "badgeclass": badgeclass["entityId"],
            "badgeclassName": badgeclass["name"],
        },
    )
    assert answer.status_code == 400
    assert answer.json()["validationErrors"] == [MULTIPLE]


@pytest.mark.parametrize("flavor", ["badgr-oss"])
def test_oss_batch_revoke_answers_in_the_envelope_without_ids_or_codes(api):
    live = live_award(api)
    answer = api.post(
        "/v2/assertions/revoke",
        json=[
            {"entityId": live, "revocationReason": "batch"},
            {"entityId": "noSuchAssertion00000000", "revocationReason": "nobody"},
        ],
    )
    assert answer.status_code == 200
    assert answer.json() == {
        "status": {"success": True, "description": "revoked badges"},
        "result": [
            {"revoked": True, "entityId": live, "revocationReason": "batch"},
            {
                "revoked": False,
                "entityId": "noSuchAssertion00000000",
                "revocationReason": "nobody",
                "reason": "permission denied or object not found",
            },
        ],
    }


@pytest.mark.parametrize("flavor", ["parchment"])
def test_parchment_batch_revoke_answers_a_list_with_codes(api):
    answer = api.post(
        "/v2/assertions/revoke",
        json=[{"entityId": "noSuchAssertion00000000", "revocationReason": "nobody"}],
    )
    assert answer.json() == [
        {
            "id": None,
            "entityId": "noSuchAssertion00000000",
            "revocationReason": "nobody",
            "revoked": False,
            "reason": "permission denied or object not found",
            "code": "not_found",
        }
    ]


@pytest.mark.parametrize("flavor", ["badgr-oss"])
@pytest.mark.parametrize(
    "path", ["/v2/issuers/", "/v2/nothing-here", "/auth/oauth2/authorize", "/nowhere"]
)
def test_oss_unrouted_paths_are_djangos_html_404(api, path):
    answer = api.get(path)
    assert answer.status_code == 404
    assert answer.headers["content-type"].startswith("text/html")
    assert f"Page not found at {path}" in answer.text


@pytest.mark.parametrize("flavor", ["badgr-oss"])
def test_oss_put_on_a_revoked_award_is_a_plain_500(api):
    key = live_award(api)
    api.request("DELETE", f"/v2/assertions/{key}", json={"revocation_reason": "gone"})
    answer = api.put(f"/v2/assertions/{key}", json={"narrative": "x"})
    assert answer.status_code == 500
    assert answer.headers["content-type"].startswith("text/plain")


@pytest.mark.parametrize("flavor", ["badgr-oss"])
def test_oss_envelope_and_object_keys(api, sandbox):
    """Entries 5, 16, 17: no hosted keys anywhere."""
    me = api.get("/v2/users/self").json()
    assert set(me) == {"status", "result", "latestTermsVersion"}
    assert "id" not in me["result"][0]
    assert set(me["result"][0]["emails"][0]) == {"email", "verified", "primary", "caseVariants"}
    assert set(api.get("/v2/issuers").json()) == {"status", "result"}
    missing = api.get("/v2/assertions/noSuchAssertion00000000").json()
    assert set(missing) == {"status", "result", "fieldErrors", "validationErrors"}
    staff = api.get("/v2/issuers").json()["result"][0]["staff"][0]
    assert set(staff) == {"userProfile", "user", "role"}
    award = first(api.get(f"/v2/assertions/{live_award(api)}"))
    assert "assertionRef" not in award
    assert "ob3AwardProperties" not in award
    badge = first(api.get(f"/v2/backpack/assertions/{local_backpack_badge(api)}"))
    assert "pending" in badge
    assert "createdAt" not in badge
    unauthorised = httpx.get(f"{sandbox.base_url}/v2/users/self")
    assert unauthorised.headers["content-type"].startswith("application/ld+json")
    assert set(unauthorised.json()) == {"status", "result", "fieldErrors", "validationErrors"}


@pytest.mark.parametrize("flavor", ["parchment"])
def test_parchment_keeps_the_hosted_keys(api):
    me = api.get("/v2/users/self").json()
    assert {"timestamp", "errorCode", "warnings", "nonFieldErrors"} <= set(me)
    assert "id" in me["result"][0]


# ------------------------------------------------------------------ the web app's origin


@pytest.mark.parametrize("flavor", ["parchment"])
def test_parchment_signs_in_on_the_api_origin(sandbox):
    assert sandbox.web_url == sandbox.base_url


@pytest.mark.parametrize("flavor", ["badgr-oss"])
def test_oss_signs_in_on_the_web_apps_origin_sharing_the_apis_state(sandbox):
    assert sandbox.web_url != sandbox.base_url
    assert urlsplit(sandbox.web_url).hostname == "127.0.0.1"
    query = {
        "client_id": CLIENT_ID,
        "redirect_uri": REDIRECT_URIS[0],
        "response_type": "code",
        "scope": ALL_SCOPES,
        "state": "s1",
        "code_challenge": CHALLENGE.decode(),
        "code_challenge_method": "S256",
    }
    on_api = httpx.get(f"{sandbox.base_url}/auth/oauth2/authorize?{urlencode(query)}")
    assert on_api.status_code == 404
    assert on_api.headers["content-type"].startswith("text/html")
    answer = submit_login(f"{sandbox.web_url}/auth/oauth2/authorize?{urlencode(query)}")
    assert answer["state"] == "s1"
    token = httpx.post(
        f"{sandbox.base_url}/o/token",
        data={
            "grant_type": "authorization_code",
            "code": answer["code"],
            "redirect_uri": REDIRECT_URIS[0],
            "client_id": CLIENT_ID,
            "code_verifier": VERIFIER,
        },
    )
    assert token.status_code == 200
    assert httpx.get(f"{sandbox.web_url}/v2/users/self").status_code == 404, "not the API"


@pytest.mark.parametrize("flavor", ["badgr-oss"])
def test_oss_api_origin_shows_a_browser_no_sign_in_form(sandbox):
    """Entry 4: ``GET /o/authorize`` is the JSON consent API, shown in DRF's page."""
    query = urlencode(
        {
            "client_id": CLIENT_ID,
            "redirect_uri": REDIRECT_URIS[0],
            "response_type": "code",
            "scope": ALL_SCOPES,
            "state": "s2",
        }
    )
    page = httpx.get(f"{sandbox.base_url}/o/authorize?{query}", headers={"Accept": "text/html"})
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert "<form" not in page.text
    assert "Badgr REST API" in page.text
    data = httpx.get(f"{sandbox.base_url}/o/authorize?{query}").json()
    assert data["client_id"] == CLIENT_ID
    assert data["scopes"] == ALL_SCOPES.split()


@pytest.mark.parametrize("flavor", ["badgr-oss"])
def test_oss_signs_in_through_badgr_uis_steps(sandbox):
    """Entry 1: a password grant for badgr-ui's client ``public``, the JSON consent with
    BadgeDesk's challenge, then BadgeDesk's own code exchange with its verifier."""
    ui = httpx.post(
        f"{sandbox.base_url}/o/token",
        data={
            "grant_type": "password",
            "client_id": "public",
            "username": DEMO_EMAIL,
            "password": DEMO_PASSWORD,
            "scope": "rw:profile rw:issuer rw:backpack",
        },
    )
    assert ui.status_code == 200
    consent = {
        "client_id": CLIENT_ID,
        "redirect_uri": REDIRECT_URIS[0],
        "response_type": "code",
        "state": "s3",
        "scopes": ALL_SCOPES.split(),
        "allow": True,
        "code_challenge": CHALLENGE.decode(),
        "code_challenge_method": "S256",
    }
    anonymous = httpx.post(f"{sandbox.base_url}/o/authorize", json=consent)
    assert anonymous.status_code == 401
    bearer = {"Authorization": f"Bearer {ui.json()['access_token']}"}
    refused = httpx.post(
        f"{sandbox.base_url}/o/authorize", json={**consent, "allow": False}, headers=bearer
    )
    assert (refused.status_code, refused.json()) == (400, {"error": ""})
    allowed = httpx.post(f"{sandbox.base_url}/o/authorize", json=consent, headers=bearer)
    assert allowed.status_code == 200
    assert allowed.headers["content-type"].startswith("application/ld+json")
    success = urlsplit(allowed.json()["success_url"])
    assert f"{success.scheme}://{success.netloc}{success.path}" == REDIRECT_URIS[0]
    query = {k: v[0] for k, v in parse_qs(success.query).items()}
    assert query["state"] == "s3"
    assert query["scope"] == ALL_SCOPES
    token = httpx.post(
        f"{sandbox.base_url}/o/token",
        data={
            "grant_type": "authorization_code",
            "code": query["code"],
            "redirect_uri": REDIRECT_URIS[0],
            "client_id": CLIENT_ID,
            "code_verifier": VERIFIER,
        },
    )
    assert token.status_code == 200
    assert set(token.json()["scope"].split()) == set(ALL_SCOPES.split())


def consent_with_method(sandbox: SandboxServer, method: str) -> dict[str, str]:
    """Consent through the JSON API with BadgeDesk's challenge and ``method``; the query of
    the ``success_url`` answered."""
    bearer = {"Authorization": f"Bearer {sandbox.mint_token().access_token}"}
    consent = {
        "client_id": CLIENT_ID,
        "redirect_uri": REDIRECT_URIS[0],
        "response_type": "code",
        "state": "s4",
        "scopes": ["r:profile"],
        "allow": True,
        "code_challenge": CHALLENGE.decode(),
        "code_challenge_method": method,
    }
    allowed = httpx.post(f"{sandbox.base_url}/o/authorize", json=consent, headers=bearer)
    assert allowed.status_code == 200
    query = parse_qs(urlsplit(allowed.json()["success_url"]).query)
    assert query["state"] == ["s4"]
    return {k: v[0] for k, v in query.items()}


@pytest.mark.parametrize("flavor", ["badgr-oss"])
def test_oss_consent_api_reads_a_missing_challenge_method_as_s256(sandbox):
    """badgr-server's ``AuthorizationApiView.post`` defaults the method to S256
    (``apps/mainsite/oauth2_api.py``), unlike RFC 7636's plain."""
    code = consent_with_method(sandbox, "")["code"]
    token = httpx.post(
        f"{sandbox.base_url}/o/token",
        data={
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": REDIRECT_URIS[0],
            "client_id": CLIENT_ID,
            "code_verifier": VERIFIER,
        },
    )
    assert token.status_code == 200


@pytest.mark.parametrize("flavor", ["badgr-oss"])
def test_oss_consent_api_hands_back_the_refusal_of_an_unknown_method(sandbox):
    """oauthlib refuses the method with an error redirect; the view returns it as is."""
    query = consent_with_method(sandbox, "S512")
    assert query["error"] == "invalid_request"
    assert query["error_description"] == "Transform algorithm not supported."
    assert "code" not in query


@pytest.mark.parametrize("flavor", ["parchment"])
def test_parchment_has_no_consent_api_nor_public_client(sandbox):
    assert httpx.post(f"{sandbox.base_url}/o/authorize", json={}).status_code == 404
    answer = httpx.post(
        f"{sandbox.base_url}/o/token",
        data={"client_id": "public", "username": DEMO_EMAIL, "password": DEMO_PASSWORD},
    )
    assert answer.status_code == 401


def test_web_port_follows_a_fixed_api_port():
    """``badgedesk-sandbox --port N --flavor badgr-oss`` serves the sign-in page on N+1."""
    with SandboxServer(SandboxConfig(flavor="badgr-oss", seed="empty")) as probe:
        port = urlsplit(probe.base_url).port
    assert port is not None
    try:
        server = SandboxServer(SandboxConfig(flavor="badgr-oss", seed="empty", port=port))
        server.start()
    except OSError:
        pytest.skip("the freed port was taken meanwhile")
    try:
        assert urlsplit(server.web_url).port == port + 1
    finally:
        server.stop()
