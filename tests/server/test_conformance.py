"""Sandbox answers have the keys of the documented examples, at every level.

The examples are read from ``../shared/api-docs``: the hosted reference page for assertions
(envelope, assertion, recipient, evidence, refs, OB3 properties, batch revocation) and the
Swagger definitions for issuers, badge classes, collections and the user.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.badge_files import plain_png

API_DOCS = Path(__file__).resolve().parents[3] / "shared" / "api-docs"
FREE_FORM = {"extensions", "fieldErrors", "warnings"}
"""Documented as maps of anything: their own keys are not compared."""

pytestmark = pytest.mark.skipif(
    not API_DOCS.is_dir(), reason="../shared/api-docs is not next to the repository"
)


# These are the hosted reference pages' shapes: the parchment flavour's (the badgr-oss flavour
# is checked against its recording in ``test_oss_replay``).
pytestmark = pytest.mark.parametrize("flavor", ["parchment"])


def documented_examples() -> list[Any]:
    """Every JSON value on the reference page, in order."""
    text = (API_DOCS / "assertions-endpoints.txt").read_text(encoding="utf-8")
    decoder, found, index = json.JSONDecoder(), [], 0
    while index < len(text):
        if text[index] in "{[" and (index == 0 or text[index - 1] in "\n}]"):
            try:
                value, end = decoder.raw_decode(text, index)
            except ValueError:
                index += 1
                continue
            found.append(value)
            index = end
        else:
            index += 1
    return found


def swagger_keys(definition: str) -> set[str]:
    spec = json.loads((API_DOCS / "badgr-v2-openapi.json").read_text(encoding="utf-8"))
    return set(spec["definitions"][definition]["properties"])


def assert_same_keys(documented: Any, actual: Any, path: str = "$") -> None:
    if isinstance(documented, dict):
        if actual is None:
            return  # a documented object may be null when unset (ob3AwardProperties, expires)
        assert isinstance(actual, dict), f"{path} should be an object"
        assert set(actual) == set(documented), (
            f"{path}: extra {sorted(set(actual) - set(documented))}, "
            f"missing {sorted(set(documented) - set(actual))}"
        )
        for key, value in documented.items():
            if key not in FREE_FORM:
                assert_same_keys(value, actual[key], f"{path}.{key}")
    elif isinstance(documented, list) and documented and isinstance(documented[0], dict):
        assert isinstance(actual, list), f"{path} should be a list"
        for index, item in enumerate(actual):
            assert_same_keys(documented[0], item, f"{path}[{index}]")


@pytest.fixture
def docs() -> dict[str, Any]:
    examples = documented_examples()
    envelopes = [e for e in examples if isinstance(e, dict) and "status" in e]
    batch = [e for e in examples if isinstance(e, list) and e and "revoked" in e[0]]
    assert len(envelopes) == 5, "GET, PUT, DELETE, list and POST answers are documented"
    assert batch, "the batch revocation answer is documented"
    return {"envelope": envelopes[0], "batch": batch[0]}


@pytest.fixture
def api(sandbox, demo_token):
    with httpx.Client(
        base_url=sandbox.base_url,
        headers={"Authorization": f"Bearer {demo_token}", "Accept": "application/json"},
    ) as http:
        yield http


def rich_assertion(api: httpx.Client) -> dict[str, Any]:
    """Award one with evidence and OB3 properties, so every nested object is present."""
    badgeclass = api.get("/v2/badgeclasses").json()["result"][0]["entityId"]
    answer = api.post(
        f"/v2/badgeclasses/{badgeclass}/assertions",
        json={
            "recipient": {"identity": "conform@example.org", "type": "email"},
            "evidence": [{"url": "https://example.org/e", "narrative": "n"}],
            "ob3AwardProperties": {"role": "Lead", "activityStart": "2025-01-01T00:00:00Z"},
            "expires": "2099-01-01T00:00:00Z",
        },
    )
    assert answer.status_code == 201
    return answer.json()


def test_award_get_put_delete_and_list_have_the_documented_keys(docs, api):
    created = rich_assertion(api)
    assert_same_keys(docs["envelope"], created)
    key = created["result"][0]["entityId"]
    assert_same_keys(docs["envelope"], api.get(f"/v2/assertions/{key}").json())
    assert_same_keys(
        docs["envelope"], api.put(f"/v2/assertions/{key}", json={"narrative": "x"}).json()
    )
    listed = api.get(f"/v2/badgeclasses/{created['result'][0]['badgeclass']}/assertions?num=50")
    assert_same_keys(docs["envelope"], listed.json())
    revoked = api.request("DELETE", f"/v2/assertions/{key}", json={"revocation_reason": "r"})
    assert_same_keys(docs["envelope"], revoked.json())


def test_error_envelope_has_the_documented_keys(docs, api):
    answer = api.get("/v2/assertions/AAAAAAAAAAAAAAAAAAAAAA")
    assert answer.status_code == 404
    assert set(answer.json()) == set(docs["envelope"])
    assert answer.json()["result"] == []


def test_batch_revoke_items_have_the_documented_keys(docs, api):
    key = rich_assertion(api)["result"][0]["entityId"]
    answer = api.post(
        "/v2/assertions/revoke",
        json=[
            {"entityId": key, "revocationReason": "r"},
            {"entityId": key, "revocationReason": "r"},
        ],
    )
    assert answer.status_code == 200
    assert_same_keys(docs["batch"], answer.json())


def test_backpack_assertions_use_the_assertion_shape(docs, api):
    document = docs["envelope"]["result"][0]
    for item in api.get("/v2/backpack/assertions").json()["result"]:
        assert_same_keys(document, item)


@pytest.mark.parametrize(
    ("definition", "path", "added"),
    [
        ("Issuer", "/v2/issuers", {"id"}),
        ("BadgeClass", "/v2/badgeclasses", {"id"}),
        ("Collection", "/v2/backpack/collections", {"id", "credentials"}),
        ("BadgeUser", "/v2/users/self", {"id"}),
    ],
)
def test_other_objects_have_the_swagger_keys(api, definition, path, added):
    """``id`` and collection ``credentials`` are the hosted API's documented additions."""
    expected = swagger_keys(definition) | added
    results = api.get(path).json()["result"]
    assert results
    for item in results:
        assert set(item) == expected


def test_user_emails_have_the_swagger_keys(api):
    for email in api.get("/v2/users/self").json()["result"][0]["emails"]:
        assert set(email) == swagger_keys("BadgeUserEmail")


PNG_URI = "data:image/png;base64," + base64.b64encode(plain_png(8)).decode()


def test_written_badge_classes_and_issuers_have_the_swagger_keys(docs, api):
    """The answers of the writes: the documented envelope, the Swagger object keys."""
    issuer = api.get("/v2/issuers").json()["result"][0]
    body = {"name": "Conformance", "description": "d", "image": PNG_URI}
    made = api.post(f"/v2/issuers/{issuer['entityId']}/badgeclasses", json=body)
    assert made.status_code == 201
    key = made.json()["result"][0]["entityId"]
    edited = api.put(f"/v2/badgeclasses/{key}", json=body)
    listed = api.post("/v2/badgeclasses", json=body | {"issuer": issuer["entityId"]})
    for answer in (made, edited, listed):
        assert set(answer.json()) == set(docs["envelope"])
        assert set(answer.json()["result"][0]) == swagger_keys("BadgeClass") | {"id"}
    fields = {k: issuer[k] for k in ("name", "email", "url")}
    new_issuer = api.post("/v2/issuers", json=fields | {"email": "demo@badgedesk.test"})
    edited_issuer = api.put(f"/v2/issuers/{issuer['entityId']}", json=fields)
    for answer in (new_issuer, edited_issuer):
        assert answer.is_success
        assert set(answer.json()) == set(docs["envelope"])
        assert set(answer.json()["result"][0]) == swagger_keys("Issuer") | {"id"}
    refused = api.delete(
        f"/v2/badgeclasses/{api.get('/v2/badgeclasses').json()['result'][0]['entityId']}"
    )
    assert refused.status_code == 400
    assert set(refused.json()) == set(docs["envelope"])
    assert api.delete(f"/v2/badgeclasses/{key}").status_code == 204
