"""The checks made before an award or an edit is sent."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from badgedesk.api.models import (
    AssertionUpdate,
    AwardRequest,
    Evidence,
    OB3AwardProperties,
    Recipient,
)
from badgedesk.core.batches import BatchDefaults, RowFields
from badgedesk.services.batch_rows import row_problems
from badgedesk.services.validation import (
    Problem,
    award_problems,
    identity_problem,
    shown,
    update_problems,
)

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("kind", "identity", "problem"),
    [
        ("email", "ada@example.org", None),
        ("email", "ada@example", Problem.BAD_EMAIL),
        ("email", "  ", Problem.REQUIRED),
        ("url", "https://example.org/ada", None),
        ("url", "example.org/ada", Problem.BAD_URL),
        ("openBadgeId", "ftp://example.org/x", Problem.BAD_URL),
        ("telephone", "+44 20 7946 0000", None),
        ("telephone", "call me", Problem.BAD_TELEPHONE),
    ],
)
def test_identities_are_checked_for_their_type(kind, identity, problem):
    assert identity_problem(kind, identity) == problem


def test_an_award_is_checked_field_by_field():
    request = AwardRequest(
        recipient=Recipient(identity="nobody", type="email"),
        issued_on=NOW + timedelta(days=1),
        expires=NOW,
        evidence=[Evidence(url="https://example.org/ok"), Evidence(url="not a url"), Evidence()],
        ob3_award_properties=OB3AwardProperties(
            activity_start=NOW, activity_end=NOW - timedelta(1)
        ),
    )
    assert award_problems(request, NOW) == {
        "recipient": Problem.BAD_EMAIL,
        "issuedOn": Problem.ISSUED_IN_FUTURE,
        "expires": Problem.EXPIRES_BEFORE_ISSUE,
        "evidence.1.url": Problem.BAD_URL,
        "evidence.2.url": Problem.EMPTY_EVIDENCE,
        "ob3AwardProperties.activityEnd": Problem.ACTIVITY_ENDS_BEFORE_START,
    }
    fine = AwardRequest(recipient=Recipient(identity="ada@example.org"), expires=NOW + timedelta(1))
    assert award_problems(fine, NOW) == {}


def test_an_edit_checks_only_what_it_sends():
    assert update_problems(AssertionUpdate(), NOW) == {}
    assert update_problems(AssertionUpdate(expires=NOW - timedelta(days=1)), NOW) == {
        "expires": Problem.EXPIRES_BEFORE_ISSUE
    }
    assert update_problems(AssertionUpdate(expires=None), NOW) == {}, "clearing is allowed"


@pytest.mark.parametrize(
    ("identity", "problem"),
    [
        ("zo\u200be@example.org", Problem.INVISIBLE_CHARACTER),
        ("\u200b", Problem.INVISIBLE_CHARACTER),
        ("zoe@exam\u00adple.org", Problem.INVISIBLE_CHARACTER),
        ("zoe@example.org\u202e", Problem.INVISIBLE_CHARACTER),
        ("\ufeffzoe@example.org", Problem.INVISIBLE_CHARACTER),
        ("zoe@example.org\u2069", Problem.INVISIBLE_CHARACTER),
        ("zo\x00e@example.org", Problem.CONTROL_CHARACTER),
        ("zoe@example.org\x85", Problem.CONTROL_CHARACTER),
        ("zoe@example.org\t", Problem.CONTROL_CHARACTER),
        ("mu\ufffdoz@example.org", Problem.UNREADABLE_CHARACTER),
        ("zoë@example.org", None),
    ],
)
def test_hidden_characters_in_identities_are_refused_for_every_type(identity, problem):
    """One check shared by the award dialog, typing, pasting, CSV and batch files."""
    for kind in ("email", "url", "telephone", "openBadgeId"):
        found = identity_problem(kind, identity)
        assert found == problem if problem else found not in HIDDEN


HIDDEN = {Problem.INVISIBLE_CHARACTER, Problem.CONTROL_CHARACTER, Problem.UNREADABLE_CHARACTER}


def test_shown_writes_out_what_does_not_show():
    assert shown("a\x00b\u200bc\x85d") == "a␀b<U+200B>c<U+0085>d"


def test_a_typed_row_with_a_zero_width_space_is_marked():
    problems = row_problems(RowFields(identity="zo\u200be@x.test"), BatchDefaults(), NOW.date())
    assert problems == {"identity": Problem.INVISIBLE_CHARACTER}
