"""The API client against the sandbox over real loopback HTTP: every method, every error."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from badgedesk.api.client import USER_AGENT, BadgesClient, RetryPolicy, error_from_response
from badgedesk.api.errors import (
    ApiError,
    AuthenticationError,
    MalformedResponseError,
    NetworkError,
    NotFoundError,
    RateLimitedError,
    ServerError,
    ValidationError,
)
from badgedesk.api.models import (
    Acceptance,
    Assertion,
    AssertionUpdate,
    Evidence,
    OB3AwardProperties,
    RevocationRequest,
)
from badgedesk.sandbox import ALL_SCOPES, DEMO_EMAIL
from tests.api.sandbox_calls import api_requests, award_request
from tests.badge_files import baked_png, baked_svg
from tests.loopback_http import closed_port_url


async def first_badgeclass(client: BadgesClient):
    """The badge class with the most live assertions, so paging has pages to turn."""
    classes = await client.list_badgeclasses()
    counts = {}
    for badgeclass in classes:
        page = await client.assertions_page("badgeclasses", badgeclass.key, page_size=500)
        counts[badgeclass.key] = len(page.items)
    best = max(classes, key=lambda b: counts[b.key])
    return best, counts[best.key]


# ------------------------------------------------------------------ reads


def test_users_self(client, run):
    user = run(client.users_self())
    assert any(e.email == DEMO_EMAIL for e in user.emails)
    assert user.display_name


@pytest.mark.parametrize("flavor", ["parchment"])  # hex ids: hosted only
def test_issuers_by_entity_id_and_hex_id(client, run):
    issuers = run(client.list_issuers())
    assert len(issuers) == 2
    for issuer in issuers:
        assert issuer.name
        assert run(client.get_issuer(issuer.key)).key == issuer.key
        assert issuer.id is not None
        assert run(client.get_issuer(issuer.id)).key == issuer.key


def test_badgeclasses_all_and_per_issuer(client, run):
    everything = run(client.list_badgeclasses())
    assert len(everything) == 6
    per_issuer = [
        bc for i in run(client.list_issuers()) for bc in run(client.list_badgeclasses(i.key))
    ]
    assert sorted(b.key for b in per_issuer) == sorted(b.key for b in everything)
    assert run(client.get_badgeclass(everything[0].key)).name == everything[0].name


def test_pagination_follows_link_cursor_newest_first(client, run, sandbox):
    badgeclass, total = run(first_badgeclass(client))
    assert total > 14, "the seeded badge class should span several pages of 7"
    sandbox.clear_requests()

    async def collect():
        return [
            a async for a in client.iter_assertions("badgeclasses", badgeclass.key, page_size=7)
        ]

    items = run(collect())
    keys = [a.key for a in items]
    assert len(keys) == total
    assert len(set(keys)) == total, "no assertion twice"
    created = [a.created_at for a in items]
    assert created == sorted(created, reverse=True)
    pages = api_requests(sandbox)
    assert len(pages) == -(-total // 7)
    assert all(r.path.endswith("/assertions") for r in pages)
    assert all("cursor=" in r.query for r in pages[1:])


def test_one_page_at_a_time_for_lazy_models(client, run):
    badgeclass, _ = run(first_badgeclass(client))
    first = run(client.assertions_page("badgeclasses", badgeclass.key, page_size=5))
    assert len(first.items) == 5
    assert first.next_url is not None
    assert first.prev_url is None
    second = run(client.assertions_page("badgeclasses", badgeclass.key, page_url=first.next_url))
    assert second.prev_url is not None
    assert not {a.key for a in first.items} & {a.key for a in second.items}
    with pytest.raises(ValueError, match="between 1 and 500"):
        run(client.assertions_page("badgeclasses", badgeclass.key, page_size=501))
    with pytest.raises(ValueError, match="scope"):
        run(client.assertions_page("users", badgeclass.key))  # type: ignore[arg-type]


def test_link_to_another_host_is_never_followed(client, run):
    with pytest.raises(MalformedResponseError):
        run(client.assertions_page("issuers", "x", page_url="http://198.51.100.7/v2/steal"))


def test_recipient_filter_with_several_identities(client, run):
    issuer = run(client.list_issuers())[0]
    sample = run(client.assertions_page("issuers", issuer.key, page_size=50)).items
    wanted = sorted({a.recipient.plaintext_identity for a in sample if a.recipient})[:2]
    assert len(wanted) == 2

    async def collect():
        return [a async for a in client.iter_assertions("issuers", issuer.key, recipients=wanted)]

    found = run(collect())
    assert found
    assert {a.recipient.plaintext_identity for a in found} == set(wanted)


def test_revoked_and_expired_only_when_asked(client, run):
    issuer = run(client.list_issuers())[0]

    async def statuses(**flags):
        return [a.status() async for a in client.iter_assertions("issuers", issuer.key, **flags)]

    default = run(statuses())
    everything = run(statuses(include_revoked=True, include_expired=True))
    assert {s.value for s in default} == {"active"}
    assert {s.value for s in everything} == {"active", "revoked", "expired"}
    assert len(run(statuses(include_revoked=True))) > len(default)
    assert len(run(statuses(include_expired=True))) > len(default)


def test_get_assertion_is_fully_typed(client, run):
    issuer = run(client.list_issuers())[0]
    listed = run(client.assertions_page("issuers", issuer.key, page_size=1)).items[0]
    assertion = run(client.get_assertion(listed.key))
    assert assertion == listed
    assert assertion.issued_on is not None
    assert assertion.issued_on.tzinfo is not None
    assert assertion.recipient is not None
    assert assertion.recipient.identity


# ------------------------------------------------------------------ writes


@pytest.mark.parametrize("flavor", ["parchment"])  # ob3AwardProperties: hosted
def test_award_on_badgeclass_and_issuer_scope(client, run):
    badgeclass = run(client.list_badgeclasses())[0]
    issued_on = datetime.now(UTC) - timedelta(days=2)
    request = award_request(
        issued_on=issued_on,
        narrative="Completed the **workshop**.",
        evidence=[Evidence(url="https://example.org/portfolio/1", narrative="Portfolio")],
        extensions={"extensions:Example": {"level": 2}},
        ob3_award_properties=OB3AwardProperties(role="Lead", license_number="L-1"),
    )
    made = run(client.award("badgeclasses", badgeclass.key, request))
    assert made.badgeclass == badgeclass.key
    assert made.recipient is not None
    assert made.recipient.plaintext_identity == "new.learner@example.org"
    assert made.recipient.hashed is True
    assert made.recipient.identity.startswith("sha256$")
    assert made.issued_on == issued_on.replace(microsecond=issued_on.microsecond // 1000 * 1000)
    assert made.evidence[0].url == "https://example.org/portfolio/1"
    assert made.extensions == {"extensions:Example": {"level": 2}}
    assert made.ob3_award_properties is not None
    assert made.ob3_award_properties.role == "Lead"
    assert run(client.get_assertion(made.key)) == made

    issuer_scoped = award_request("other.learner@example.org", badgeclass=badgeclass.key)
    second = run(client.award("issuers", badgeclass.issuer, issuer_scoped))
    assert second.badgeclass == badgeclass.key
    with pytest.raises(ValueError, match="exactly once"):
        run(client.award("issuers", badgeclass.issuer, award_request()))


def test_an_award_to_a_badge_class_never_names_it_in_the_body(client, run, sandbox):
    """The real server refuses such a body ("Multiple badge class identifiers"), so the client
    sends none; the issuer scope, which needs the name, still takes exactly one."""
    badgeclass = run(client.list_badgeclasses())[0]
    named = [
        award_request("a1@example.org", badgeclass=badgeclass.key),
        award_request("a2@example.org", badgeclass_name=badgeclass.name),
        award_request("a3@example.org", badgeclass_open_badge_id=badgeclass.open_badge_id),
        award_request("a4@example.org", extra={"badgeclass": badgeclass.key}),
    ]
    sandbox.clear_requests()
    for request in named:
        with pytest.raises(ValueError, match="must not name it"):
            run(client.award("badgeclasses", badgeclass.key, request))
        with pytest.raises(ValueError, match="must not name it"):
            run(client.issue_batch(badgeclass.key, [award_request("b@example.org"), request]))
    assert api_requests(sandbox) == [], "nothing is sent"

    made = run(client.award("badgeclasses", badgeclass.key, award_request("a5@example.org")))
    run(client.issue_batch(badgeclass.key, [award_request("b1@example.org")]))
    run(client.award("issuers", badgeclass.issuer, named[0]))
    both = award_request("a6@example.org", badgeclass=badgeclass.key)
    both.badgeclass_name = badgeclass.name
    with pytest.raises(ValueError, match="exactly once"):
        run(client.award("issuers", badgeclass.issuer, both))
    assert made.badgeclass == badgeclass.key
    sent = [json.loads(r.body) for r in api_requests(sandbox)]
    award_body, issue_body, issuer_body = sent
    keys = {"badgeclass", "badgeclassName", "badgeclassOpenBadgeId"}
    assert not keys & award_body.keys()
    assert not keys & issue_body["assertions"][0].keys()
    assert keys & issuer_body.keys() == {"badgeclass"}


def test_award_validation_errors_name_the_field(client, run, sandbox):
    badgeclass = run(client.list_badgeclasses())[0]
    sandbox.clear_requests()
    with pytest.raises(ValidationError) as caught:
        run(client.award("badgeclasses", badgeclass.key, award_request("not-an-email")))
    error = caught.value
    assert error.status_code == 400
    assert "recipient" in error.field_errors
    assert "recipient" in str(error)
    assert len(api_requests(sandbox)) == 1, "a refused award is not retried"


def test_duplicate_award_refused_when_asked(client, run):
    badgeclass = run(client.list_badgeclasses())[0]
    run(client.award("badgeclasses", badgeclass.key, award_request("twice@example.org")))
    again = award_request("twice@example.org", allow_duplicate_awards=False)
    with pytest.raises(ValidationError) as caught:
        run(client.award("badgeclasses", badgeclass.key, again))
    assert caught.value.messages
    allowed = award_request("twice@example.org", allow_duplicate_awards=True)
    assert run(client.award("badgeclasses", badgeclass.key, allowed)).key


def test_update_is_partial_and_can_clear(client, run):
    badgeclass = run(client.list_badgeclasses())[0]
    expires = datetime.now(UTC) + timedelta(days=365)
    made = run(
        client.award(
            "badgeclasses", badgeclass.key, award_request(narrative="Old", expires=expires)
        )
    )
    updated = run(client.update_assertion(made.key, AssertionUpdate(narrative="New")))
    assert updated.narrative == "New"
    assert updated.expires is not None
    cleared = run(client.update_assertion(made.key, AssertionUpdate(expires=None)))
    assert cleared.expires is None
    assert cleared.narrative == "New"


@pytest.mark.parametrize("flavor", ["parchment"])  # badgr-oss: PUT after revoke is a 500
def test_revoke_once_then_refused(client, run, sandbox):
    badgeclass = run(client.list_badgeclasses())[0]
    made = run(client.award("badgeclasses", badgeclass.key, award_request("revoke.me@example.org")))
    sandbox.clear_requests()
    revoked = run(client.revoke_assertion(made.key, "Awarded by mistake"))
    assert revoked.revoked is True
    assert revoked.revocation_reason == "Awarded by mistake"
    delete = api_requests(sandbox)[0]
    assert delete.method == "DELETE"
    assert json.loads(delete.body) == {"revocation_reason": "Awarded by mistake"}
    with pytest.raises(ValidationError, match="already revoked"):
        run(client.revoke_assertion(made.key, "Again"))
    with pytest.raises(ValidationError):
        run(client.update_assertion(made.key, AssertionUpdate(narrative="Too late")))
    with pytest.raises(ValueError, match="reason"):
        run(client.revoke_assertion(made.key, "  "))


def test_server_missing_reason_error_is_normalised(sandbox, demo_token):
    """The server answers a bare string in fieldErrors; the client turns it into a list."""
    with httpx.Client(base_url=sandbox.base_url) as http:
        issuer = http.get("/v2/issuers", headers={"Authorization": f"Bearer {demo_token}"})
        issuer_id = issuer.json()["result"][0]["entityId"]
        listed = http.get(
            f"/v2/issuers/{issuer_id}/assertions?num=1",
            headers={"Authorization": f"Bearer {demo_token}"},
        ).json()["result"][0]["entityId"]
        response = http.request(
            "DELETE",
            f"/v2/assertions/{listed}",
            json={},
            headers={"Authorization": f"Bearer {demo_token}"},
        )
    error = error_from_response(response, "DELETE", f"/v2/assertions/{listed}")
    assert isinstance(error, ValidationError)
    assert error.field_errors == {"revocation_reason": ["This field is required"]}


class DropAfterDelivery(httpx.AsyncBaseTransport):
    """Delivers the first matching request to the real server, then loses the answer."""

    def __init__(self, method: str) -> None:
        self._inner = httpx.AsyncHTTPTransport()
        self._method = method
        self.dropped = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._inner.handle_async_request(request)
        if request.method == self._method and not self.dropped:
            await response.aread()
            self.dropped += 1
            raise httpx.RemoteProtocolError("connection lost", request=request)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


def test_revoke_whose_answer_was_lost_is_reported_as_revoked(make_client, client, run):
    badgeclass = run(client.list_badgeclasses())[0]
    made = run(client.award("badgeclasses", badgeclass.key, award_request("lost@example.org")))
    transport = DropAfterDelivery("DELETE")
    flaky = make_client(transport=transport)
    revoked = run(flaky.revoke_assertion(made.key, "Duplicate"))
    assert transport.dropped == 1
    assert revoked.revoked is True
    assert revoked.revocation_reason == "Duplicate"


def test_award_whose_answer_was_lost_is_not_sent_again(make_client, client, run, sandbox):
    badgeclass = run(client.list_badgeclasses())[0]
    flaky = make_client(transport=DropAfterDelivery("POST"))
    sandbox.clear_requests()
    with pytest.raises(NetworkError) as caught:
        run(flaky.award("badgeclasses", badgeclass.key, award_request("once@example.org")))
    assert caught.value.after_ambiguous_attempt is True
    assert [r.method for r in api_requests(sandbox)] == ["POST"]


def test_batch_revoke_answers_per_item(client, run):
    badgeclass = run(client.list_badgeclasses())[0]
    first = run(client.award("badgeclasses", badgeclass.key, award_request("b1@example.org")))
    second = run(client.award("badgeclasses", badgeclass.key, award_request("b2@example.org")))
    run(client.revoke_assertion(second.key, "Earlier"))
    results = run(
        client.revoke_assertions(
            [
                RevocationRequest(entity_id=first.key, revocation_reason="Course cancelled"),
                RevocationRequest(entity_id=second.key, revocation_reason="Course cancelled"),
                RevocationRequest(entity_id="AAAAAAAAAAAAAAAAAAAAAA", revocation_reason="x"),
            ]
        )
    )
    assert [r.key for r in results] == [first.key, second.key, "AAAAAAAAAAAAAAAAAAAAAA"]
    assert [r.revoked for r in results] == [True, False, False]
    assert results[1].reason
    assert "already revoked" in results[1].reason
    assert results[2].reason
    assert run(client.get_assertion(first.key)).revoked is True


def test_issue_batch_all_or_nothing(client, run):
    badgeclass = run(client.list_badgeclasses())[0]
    people = ["c1@example.org", "c2@example.org", "c3@example.org"]
    made = run(client.issue_batch(badgeclass.key, [award_request(p) for p in people]))
    assert sorted(a.recipient.plaintext_identity for a in made) == people

    bad = [award_request("d1@example.org"), award_request("not-an-email")]
    with pytest.raises(ValidationError) as caught:
        run(client.issue_batch(badgeclass.key, bad))
    assert any(key.startswith("1.") or key == "1" for key in caught.value.field_errors)
    assert not any(key.startswith("0.") for key in caught.value.field_errors)
    page = run(
        client.assertions_page("badgeclasses", badgeclass.key, recipients=["d1@example.org"])
    )
    assert page.items == [], "nothing of a refused batch was created"


# ------------------------------------------------------------------ backpack


def test_backpack_list_accept_remove_and_bring_back(client, run, sandbox):
    items = run(client.list_backpack_assertions())
    assert items
    assert all(i.acceptance != Acceptance.REJECTED for i in items)
    target = next(i for i in items if i.source_url is None)
    assert run(client.get_backpack_assertion(target.key)).key == target.key
    assert run(client.accept_backpack_assertion(target.key)).acceptance == "Accepted"
    run(client.remove_backpack_assertion(target.key))
    assert target.key not in {i.key for i in run(client.list_backpack_assertions())}
    assert run(client.get_backpack_assertion(target.key)).acceptance == "Rejected"
    assert run(client.accept_backpack_assertion(target.key)).acceptance == "Accepted"
    assert target.key in {i.key for i in run(client.list_backpack_assertions())}
    puts = [json.loads(r.body) for r in api_requests(sandbox) if r.method == "PUT"]
    assert puts == [{"acceptance": "Accepted"}] * 2, "the server takes no other value"


def test_backpack_import_by_url_image_and_json(client, run, sandbox):
    badgeclass = run(client.list_badgeclasses())[0]
    for_me = [
        run(client.award("badgeclasses", badgeclass.key, award_request(DEMO_EMAIL)))
        for _ in range(3)
    ]
    by_url = run(client.import_backpack_assertion(url=for_me[0].open_badge_id))
    assert by_url.acceptance == "Accepted"
    by_png = run(client.import_backpack_assertion(image=baked_png(for_me[1].open_badge_id)))
    assert by_png.key == for_me[1].key
    sandbox.clear_requests()
    svg = b"\xef\xbb\xbf<!-- exported -->\n" + baked_svg(for_me[2].open_badge_id)
    by_svg = run(client.import_backpack_assertion(image=svg))
    assert by_svg.key == for_me[2].key
    sent = json.loads(api_requests(sandbox, "/v2/backpack/import")[0].body)
    assert sent["image"].startswith("data:image/svg+xml;base64,"), "typed by content"
    with pytest.raises(ValidationError):
        run(client.import_backpack_assertion(assertion={"not": "a badge"}))
    with pytest.raises(ValueError, match="exactly one"):
        run(client.import_backpack_assertion(url="https://a.example", assertion={}))


def test_collections_created_then_filled_published_and_deleted(client, run, sandbox):
    members = [i.key for i in run(client.list_backpack_assertions())[:2]]
    sandbox.clear_requests()
    made = run(client.create_collection("Portfolio", description="For my CV", assertions=members))
    calls = api_requests(sandbox, "/v2/backpack/collections")
    assert [c.method for c in calls] == ["POST", "PUT"]
    assert "assertions" not in json.loads(calls[0].body), "the server fails on both at once"
    assert sorted(made.assertions) == sorted(members)
    assert made.share_url is None
    published = run(client.update_collection(made.key, name="Portfolio", published=True))
    assert published.share_url
    assert published.description == "For my CV"
    assert made.key in {c.key for c in run(client.list_collections())}
    assert run(client.get_collection(made.key)).published is True
    run(client.delete_collection(made.key))
    with pytest.raises(NotFoundError):
        run(client.get_collection(made.key))


# ------------------------------------------------------------------ errors and retries


def test_unknown_or_forbidden_is_not_found(client, make_client, run, sandbox):
    with pytest.raises(NotFoundError) as caught:
        run(client.get_assertion("AAAAAAAAAAAAAAAAAAAAAA"))
    assert caught.value.status_code == 404
    profile_only = make_client(sandbox.mint_token(scope="r:profile").access_token)
    assert run(profile_only.users_self())
    with pytest.raises(NotFoundError):
        run(profile_only.list_issuers())


def test_bad_static_token_is_an_authentication_error(make_client, run, sandbox):
    sandbox.clear_requests()
    with pytest.raises(AuthenticationError) as caught:
        run(make_client("not-a-real-token").users_self())
    assert caught.value.status_code == 401
    assert len(api_requests(sandbox)) == 1


def test_get_retried_after_500_and_dropped_connection(client, run, sandbox, sleeps):
    sandbox.faults.enqueue("error500", count=1)
    sandbox.faults.enqueue("drop", count=1)
    sandbox.clear_requests()
    assert run(client.list_issuers())
    assert len(api_requests(sandbox)) == 3
    assert len(sleeps.waits) == 2
    assert all(0 < wait <= 8 for wait in sleeps.waits)


def test_retries_are_bounded_and_server_error_is_readable(client, run, sandbox):
    sandbox.faults.enqueue("error500", count=10)
    sandbox.clear_requests()
    with pytest.raises(ServerError) as caught:
        run(client.list_issuers())
    assert len(api_requests(sandbox)) == 4
    assert caught.value.status_code == 500
    assert "<" not in (caught.value.detail or ""), "HTML is summarised to text"
    assert "server" in str(caught.value).lower()


def test_retry_after_is_honoured(client, run, sandbox, sleeps):
    sandbox.faults.enqueue("rate_limit", count=1, retry_after=3)
    sandbox.faults.enqueue("error503", count=1, retry_after=2)
    assert run(client.users_self())
    assert sleeps.waits == [3.0, 2.0]


def test_long_retry_after_is_reported_not_waited(client, run, sandbox, sleeps):
    sandbox.faults.enqueue("rate_limit", count=1, retry_after=600)
    with pytest.raises(RateLimitedError) as caught:
        run(client.users_self())
    assert caught.value.retry_after == 600
    assert "600" in str(caught.value)
    assert sleeps.waits == []


def test_award_is_not_retried_after_server_error(client, run, sandbox):
    badgeclass = run(client.list_badgeclasses())[0]
    sandbox.faults.enqueue("error500", count=1)
    sandbox.clear_requests()
    with pytest.raises(ServerError):
        run(client.award("badgeclasses", badgeclass.key, award_request("e1@example.org")))
    assert [r.method for r in api_requests(sandbox)] == ["POST"]


def test_award_is_retried_after_rate_limit(client, run, sandbox, sleeps):
    badgeclass = run(client.list_badgeclasses())[0]
    sandbox.faults.enqueue("rate_limit", count=1, retry_after=1)
    sandbox.clear_requests()
    made = run(client.award("badgeclasses", badgeclass.key, award_request("e2@example.org")))
    assert made.key
    assert [r.method for r in api_requests(sandbox)] == ["POST", "POST"]
    assert sleeps.waits == [1.0]


def test_offline_is_a_network_error(run, sleeps):
    client = BadgesClient(closed_port_url(), "t", retry=RetryPolicy(sleep=sleeps))
    with pytest.raises(NetworkError) as caught:
        run(client.users_self())
    run(client.aclose())
    assert caught.value.after_ambiguous_attempt is False
    assert len(sleeps.waits) == 3, "a request that never left is retried, within the bound"
    assert "reach" in str(caught.value)


@pytest.mark.parametrize(
    ("status", "body", "content_type"),
    [
        (200, b"<html>Not JSON</html>", "text/html"),
        (200, b'{"result": []}', "application/json"),
        (200, b'{"status": {"success": true}, "result": {"entityId": "x"}}', "application/json"),
        (200, b'{"status": {"success": true}, "result": [{"entityId": 7}]}', "application/ld+json"),
        (200, b'{"status": {"success": true}, "result": []}', "application/json"),
    ],
)
def test_malformed_answers_raise_malformed_response(run, status, body, content_type):
    """Shapes the sandbox never sends: served by a mock transport on purpose."""

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body, headers={"Content-Type": content_type})

    client = BadgesClient("http://127.0.0.1:9", "t", transport=httpx.MockTransport(handler))
    with pytest.raises(MalformedResponseError):
        run(client.get_assertion("x"))
    run(client.aclose())


def test_enveloped_batch_revoke_answer_is_accepted(run):
    """The open-source server wraps the per-item answer in the envelope; hosted sends a list."""
    body = {
        "status": {"success": True, "description": "revoked badges"},
        "result": [{"entityId": "a", "revoked": True, "revocationReason": "r"}],
    }

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=body)

    client = BadgesClient("http://127.0.0.1:9", "t", transport=httpx.MockTransport(handler))
    results = run(
        client.revoke_assertions([RevocationRequest(entity_id="a", revocation_reason="r")])
    )
    assert results[0].revoked is True
    run(client.aclose())


def test_every_request_is_well_formed(client, run, sandbox):
    badgeclass = run(client.list_badgeclasses())[0]
    made = run(client.award("badgeclasses", badgeclass.key, award_request("h1@example.org")))
    run(client.get_assertion(made.key))
    run(client.revoke_assertion(made.key, "Test"))
    run(client.list_backpack_assertions(include_expired=True))
    for recorded in api_requests(sandbox):
        assert not recorded.path.endswith("/"), recorded.path
        assert recorded.headers["accept"] == "application/json"
        assert recorded.headers["user-agent"] == USER_AGENT
        assert recorded.headers["user-agent"].startswith("BadgeDesk/")
        assert recorded.headers["authorization"].startswith("Bearer ")


def test_errors_are_one_family_with_readable_messages():
    for cls in (
        ValidationError,
        NotFoundError,
        AuthenticationError,
        RateLimitedError,
        ServerError,
        NetworkError,
        MalformedResponseError,
    ):
        error = cls()
        assert isinstance(error, ApiError)
        assert str(error).endswith(".")
        assert "Traceback" not in str(error)


def test_assertion_model_equality_is_by_value():
    assert Assertion(entity_id="a") == Assertion(entity_id="a", extra={"x": 1})


def test_concurrent_requests_share_one_client(client, run):
    async def many():
        return await asyncio.gather(*(client.users_self() for _ in range(20)))

    assert len(run(many())) == 20
    assert ALL_SCOPES


def test_body_is_parsed_whatever_the_content_type(run):
    """The real server answers application/ld+json unless it honours Accept."""
    body = b'{"status": {"success": true, "description": "ok"}, "result": [{"entityId": "x"}]}'

    def handler(request: httpx.Request) -> httpx.Response:
        assert request.headers["accept"] == "application/json"
        return httpx.Response(200, content=body, headers={"Content-Type": "application/ld+json"})

    client = BadgesClient("http://127.0.0.1:9", "t", transport=httpx.MockTransport(handler))
    assert run(client.get_assertion("x")).key == "x"
    run(client.aclose())


def test_the_server_is_asked_to_notify_single_and_batch_awards_only_when_told(client, run, sandbox):
    """``notify`` on one award, ``create_notification`` on a batch: the sandbox remembers which
    awards asked for the recipient's mail."""
    badgeclass = run(client.list_badgeclasses())[0]
    for notify in (True, False):
        run(
            client.award(
                "badgeclasses", badgeclass.key, award_request(f"one-{notify}@x.test", notify=notify)
            )
        )
        run(
            client.issue_batch(
                badgeclass.key, [award_request(f"many-{notify}@x.test")], notify=notify
            )
        )
    notified = {
        a.identity: a.notified for a in sandbox.state.assertions.values() if "@x.test" in a.identity
    }
    assert notified == {
        "one-true@x.test": True,
        "many-true@x.test": True,
        "one-false@x.test": False,
        "many-false@x.test": False,
    }
