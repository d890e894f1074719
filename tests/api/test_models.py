"""The JSON codec: typed, tolerant of what the server adds, strict about what it breaks."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from badgedesk.api.errors import MalformedResponseError, normalise_field_errors, summarise_body
from badgedesk.api.models import (
    UNSET,
    Assertion,
    AssertionStatus,
    AssertionUpdate,
    AwardRequest,
    BackpackAssertion,
    BadgeClass,
    Collection,
    Envelope,
    Evidence,
    Issuer,
    Recipient,
    RevocationResult,
    User,
    json_name,
)
from badgedesk.core.dates import format_datetime, parse_datetime

API_DOCS = Path(__file__).resolve().parents[3] / "shared" / "api-docs"


def documented_assertion() -> dict[str, Any]:
    """The first example assertion of the hosted reference page."""
    text = (API_DOCS / "assertions-endpoints.txt").read_text(encoding="utf-8")
    start = text.index('{\n"status"')
    envelope, _ = json.JSONDecoder().raw_decode(text[start:])
    return envelope["result"][0]


@pytest.fixture
def doc_assertion() -> dict[str, Any]:
    if not API_DOCS.is_dir():
        pytest.skip("../shared/api-docs is not next to the repository")
    return documented_assertion()


def test_json_names_are_camel_case():
    assert json_name("badgeclass_open_badge_id") == "badgeclassOpenBadgeId"
    assert json_name("ob3_award_properties") == "ob3AwardProperties"
    assert json_name("id") == "id"


def test_documented_assertion_parses_with_every_field_typed(doc_assertion):
    assertion = Assertion.from_json(doc_assertion)
    assert assertion.key == "i9CirfwJTuSfiqg0FFUBdQ"
    assert assertion.id == "6116c84d1ff787222b6c4d15"
    assert assertion.recipient is not None
    assert assertion.recipient.hashed is True
    assert assertion.recipient.display == "[email protected]"
    assert assertion.issued_on == datetime(2025, 11, 4, 17, 46, 39, 703000, tzinfo=UTC)
    assert assertion.evidence[0].genre == "text"
    assert assertion.ob3_award_properties is not None
    assert assertion.ob3_award_properties.license_number == "text"
    assert assertion.assertion_ref is not None
    assert assertion.assertion_ref.assertion_url.endswith("lY1LJ6K4RqG7ThGLYvWNng")
    assert assertion.extra == {}, "every documented key has a typed field"
    assert assertion.status() is AssertionStatus.REVOKED


def test_round_trip_keeps_unknown_fields_and_values(doc_assertion):
    doc_assertion["futureField"] = {"nested": [1, 2, 3]}
    doc_assertion["recipient"]["newRecipientKey"] = "kept"
    again = Assertion.from_json(doc_assertion).to_json()
    assert again["futureField"] == {"nested": [1, 2, 3]}
    assert again["recipient"]["newRecipientKey"] == "kept"
    for key, value in doc_assertion.items():
        assert again[key] == value, key


def test_objects_accept_id_or_entity_id():
    assert Issuer.from_json({"id": "6116c84d1ff787222b6c4d15"}).key == "6116c84d1ff787222b6c4d15"
    assert Issuer.from_json({"entityId": "-eOaS7fRT0OS4kegIxqoog"}).key == "-eOaS7fRT0OS4kegIxqoog"
    with pytest.raises(MalformedResponseError) as caught:
        Issuer.from_json({"name": "No id"})
    assert "neither entityId nor id" in (caught.value.detail or "")


def test_dates_are_timezone_aware():
    naive = Assertion.from_json({"entityId": "x", "issuedOn": "2024-03-01T10:00:00"})
    assert naive.issued_on == datetime(2024, 3, 1, 10, tzinfo=UTC)
    offset = Assertion.from_json({"entityId": "x", "issuedOn": "2024-03-01T12:00:00+02:00"})
    assert offset.issued_on == naive.issued_on
    assert format_datetime(parse_datetime("2024-03-01T12:00:00.5+02:00")) == (
        "2024-03-01T10:00:00.500Z"
    )
    assert format_datetime(datetime(2024, 3, 1, 10, 0, 0, 123456, tzinfo=UTC)).endswith(".123456Z")


def test_wrong_types_raise_malformed_with_the_path():
    with pytest.raises(MalformedResponseError) as caught:
        Assertion.from_json({"entityId": "x", "recipient": {"identity": 5}})
    assert "Assertion.recipient.identity" in (caught.value.detail or "")
    with pytest.raises(MalformedResponseError):
        Assertion.from_json({"entityId": "x", "issuedOn": "yesterday"})
    with pytest.raises(MalformedResponseError):
        Assertion.from_json({"entityId": "x", "revoked": "no"})
    with pytest.raises(MalformedResponseError):
        Assertion.from_json(["not", "an", "object"])


def test_nulls_fall_back_to_defaults():
    assertion = Assertion.from_json({"entityId": "x", "evidence": None, "revoked": None})
    assert assertion.evidence == []
    assert assertion.revoked is False


def test_status_expired_and_active():
    past = datetime.now(UTC) - timedelta(days=1)
    assert Assertion(entity_id="x", expires=past).status() is AssertionStatus.EXPIRED
    assert Assertion(entity_id="x").status() is AssertionStatus.ACTIVE
    later = past + timedelta(days=2)
    assert Assertion(entity_id="x", expires=later).status() is AssertionStatus.ACTIVE


def test_update_sends_only_what_was_set_and_none_clears():
    assert AssertionUpdate().to_json() == {}
    update = AssertionUpdate(narrative="Well done", expires=None)
    assert update.to_json() == {"narrative": "Well done", "expires": None}
    assert AssertionUpdate(narrative=UNSET).to_json() == {}


def test_award_request_body_uses_server_names():
    body = AwardRequest(
        badgeclass="K829IK8RS6ercwkpeFOn-Q",
        recipient=Recipient(identity="ann@example.org", hashed=True),
        issued_on=datetime(2025, 1, 2, tzinfo=UTC),
        evidence=[Evidence(url="https://example.org/work")],
        allow_duplicate_awards=False,
    ).to_json()
    assert body == {
        "recipient": {"identity": "ann@example.org", "type": "email", "hashed": True},
        "badgeclass": "K829IK8RS6ercwkpeFOn-Q",
        "issuedOn": "2025-01-02T00:00:00.000Z",
        "evidence": [{"url": "https://example.org/work"}],
        "allowDuplicateAwards": False,
    }


def test_collection_members_as_ids_or_objects():
    collection = Collection.from_json(
        {"entityId": "c", "name": "Mine", "assertions": ["a1", {"entityId": "a2"}, {"id": "a3"}]}
    )
    assert collection.assertions == ["a1", "a2", "a3"]


def test_user_display_name():
    user = User.from_json({"entityId": "u", "emails": [{"email": "a@x.org", "primary": True}]})
    assert user.display_name == "a@x.org"
    assert User.from_json({"entityId": "u", "firstName": "Dana"}).display_name == "Dana"


def test_revocation_result_key():
    result = RevocationResult.from_json({"id": "6116c84d1ff787222b6c4d15", "revoked": False})
    assert result.key == "6116c84d1ff787222b6c4d15"


@pytest.mark.parametrize(
    ("raw", "fields", "loose"),
    [
        ({"name": ["Required."]}, {"name": ["Required."]}, []),
        (
            {"revocation_reason": "This field is required"},
            {"revocation_reason": ["This field is required"]},
            [],
        ),
        (
            {"recipient": {"non_field_errors": ["Enter a valid email address."]}},
            {"recipient": ["Enter a valid email address."]},
            [],
        ),
        ({"recipient": {"identity": ["Bad."]}}, {"recipient.identity": ["Bad."]}, []),
        ([{}, {"recipient": ["Bad."]}], {"1.recipient": ["Bad."]}, []),
        ('Method "PATCH" not allowed.', {}, ['Method "PATCH" not allowed.']),
        ({"non_field_errors": ["Nope."]}, {}, ["Nope."]),
        (None, {}, []),
    ],
)
def test_field_errors_are_normalised_whatever_the_shape(raw, fields, loose):
    assert normalise_field_errors(raw) == (fields, loose)


def test_html_bodies_are_summarised():
    html = "<html><head><style>p{}</style></head><body><h1>Server Error (500)</h1></body></html>"
    assert summarise_body(html) == "Server Error (500)"
    assert len(summarise_body("x" * 1000)) == 200


PARSERS = [
    Assertion,
    BackpackAssertion,
    BadgeClass,
    Issuer,
    Collection,
    User,
    RevocationResult,
    Envelope,
    Recipient,
]
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=5)
    ),
    max_leaves=25,
)
known_keys = st.sampled_from(
    [
        "entityId",
        "id",
        "recipient",
        "identity",
        "issuedOn",
        "evidence",
        "revoked",
        "status",
        "result",
        "success",
        "emails",
        "email",
        "assertions",
        "expires",
        "ob3AwardProperties",
        "activityStart",
        "extensions",
        "staff",
        "alignments",
        "tags",
    ]
)
shaped_objects = st.recursive(
    st.dictionaries(known_keys, json_values, max_size=6),
    lambda children: st.dictionaries(known_keys, children | json_values, max_size=6),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(data=json_values | shaped_objects, parser=st.sampled_from(PARSERS))
def test_parsers_never_crash_on_arbitrary_json(data, parser):
    try:
        parsed = parser.from_json(data)
    except MalformedResponseError:
        return
    assert isinstance(parsed, parser)
    json.dumps(parsed.to_json())  # whatever parsed can be sent back
