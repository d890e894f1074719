"""The Assertions tab's rules without Qt: which assertions a node asks for, whether a change
concerns a query, what a sign-in's scopes and the selection allow; and the one wording of a
server's refusal."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from badgedesk.api.errors import ApiError, ValidationError, error_text
from badgedesk.api.models import AssertionRow
from badgedesk.services.assertion_rules import (
    ISSUER_SCOPE,
    AssertionQuery,
    Blocked,
    WriteActions,
    query_for,
    write_actions,
)


def award(entity_id: str = "a1", *, revoked: bool = False) -> AssertionRow:
    return AssertionRow(
        entity_id=entity_id,
        recipient="someone@example.org",
        recipient_type="email",
        badgeclass="bc1",
        issued_on=datetime(2026, 1, 5, tzinfo=UTC),
        expires=None,
        revoked=revoked,
        acceptance="Accepted",
        narrative="",
    )


def granted(*scopes: str):
    return lambda scope: scope in scopes


def test_an_issuer_node_asks_for_the_issuers_awards_and_anything_else_a_badge_class():
    assert query_for("issuers", "iss1") == AssertionQuery("issuers", "iss1")
    assert query_for("badgeclasses", "bc1") == AssertionQuery("badgeclasses", "bc1")


def test_recipients_are_split_on_commas_and_spaces_and_toggles_carried():
    query = query_for(
        "badgeclasses",
        "bc1",
        recipients=" a@example.org,b@example.org  https://example.org/c ,, ",
        include_revoked=True,
        include_expired=True,
    )
    assert query.recipients == ("a@example.org", "b@example.org", "https://example.org/c")
    assert (query.include_revoked, query.include_expired) == (True, True)
    assert query_for("badgeclasses", "bc1", recipients=" , ").recipients == ()


@pytest.mark.parametrize(
    ("query", "badgeclass", "issuer", "expected"),
    [
        (AssertionQuery("badgeclasses", "bc1"), "bc1", "iss1", True),
        (AssertionQuery("badgeclasses", "bc1"), "bc2", "iss1", False),
        (AssertionQuery("issuers", "iss1"), "bc2", "iss1", True),
        (AssertionQuery("issuers", "iss1"), "bc2", "iss2", False),
        (AssertionQuery("issuers", "iss1"), "bc9", None, False),
    ],
)
def test_a_query_covers_its_badge_class_or_issuer(query, badgeclass, issuer, expected):
    assert query.covers(badgeclass, issuer) is expected


def test_signed_out_blocks_every_write_first():
    allowed = write_actions(
        signed_in=False, allows=granted(ISSUER_SCOPE), badgeclass_chosen=True, selected=[award()]
    )
    assert allowed == WriteActions(Blocked.SIGNED_OUT, Blocked.SIGNED_OUT, Blocked.SIGNED_OUT)


def test_without_the_issuer_scope_nothing_is_written():
    allowed = write_actions(
        signed_in=True, allows=granted("r:profile"), badgeclass_chosen=True, selected=[award()]
    )
    assert allowed == WriteActions(
        Blocked.MISSING_SCOPE, Blocked.MISSING_SCOPE, Blocked.MISSING_SCOPE
    )
    assert ISSUER_SCOPE == "rw:issuer"


def test_one_live_award_can_be_edited_and_revoked_and_a_badge_class_awarded():
    allowed = write_actions(
        signed_in=True, allows=granted(ISSUER_SCOPE), badgeclass_chosen=True, selected=[award()]
    )
    assert allowed == WriteActions(None, None, None)


def test_awarding_needs_a_badge_class_and_editing_one_award():
    for selected in ([], [award("a1"), award("a2")]):
        allowed = write_actions(
            signed_in=True, allows=granted(ISSUER_SCOPE), badgeclass_chosen=False, selected=selected
        )
        assert allowed == WriteActions(
            Blocked.NO_BADGECLASS, Blocked.NOT_ONE_AWARD, Blocked.NOT_ONE_AWARD
        )


def test_a_revoked_award_is_neither_edited_nor_revoked_again():
    allowed = write_actions(
        signed_in=True,
        allows=granted(ISSUER_SCOPE),
        badgeclass_chosen=True,
        selected=[award(revoked=True)],
    )
    assert allowed == WriteActions(None, Blocked.REVOKED, Blocked.REVOKED)


def test_error_text_gives_the_servers_words_on_one_line_else_the_summary():
    refused = ValidationError(
        field_errors={"recipient": ["Enter a valid email address."]},
        non_field_errors=["Assertion is already revoked."],
    )
    assert error_text(refused) == (
        "recipient: Enter a valid email address.; Assertion is already revoked."
    )
    assert error_text(ApiError("Something went wrong.")) == "Something went wrong."
