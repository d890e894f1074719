"""Awards of a batch inherit their badge class's expiry rule, which the server keeps but never
applies (badgr-server calls ``BadgeClass.generate_expires_at`` nowhere outside its tests): the
rule comes from the offline catalogue and the date is sent with each row that gives none."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from badgedesk.api.models import BadgeClassExpiration
from badgedesk.core.batches import BatchDefaults, RowFields
from badgedesk.core.expiry import expiry_after
from badgedesk.core.states import RowState
from badgedesk.sandbox import SandboxServer
from badgedesk.services.batch_rows import row_expires
from badgedesk.services.catalogue import Catalogue
from badgedesk.services.submission import BatchSubmission
from badgedesk.store.thread import StoreThread
from tests.services.award_batches import FAST_HOLDS, badgeclass_of

RULED = "First Aid at Work"
"""The sandbox's badge class whose awards expire 2 years after their issue date."""
NOW = datetime.now(UTC).replace(microsecond=0)


def noon(day: date) -> datetime:
    return datetime.combine(day, time(12), tzinfo=UTC)


def send(
    drafts: StoreThread,
    sandbox: SandboxServer,
    client,
    runner,
    badgeclass: str,
    rows: list[RowFields],
    defaults: BatchDefaults | None = None,
) -> dict[str, datetime | None]:
    """Keep the catalogue as a sign-in does, send a batch of ``rows`` to ``badgeclass``; the
    expiry of each recipient's award on the server."""
    runner.run(Catalogue(drafts, lambda: client, lambda: "sandbox").refresh())
    choice = badgeclass_of(sandbox, badgeclass)
    batch = drafts.call(
        lambda s: s.drafts.create_batch("sandbox", "Refresher", choice, defaults or BatchDefaults())
    )
    drafts.call(lambda s: s.drafts.add_rows(batch.id, rows))
    run = BatchSubmission(
        drafts,
        lambda: client,
        lambda: ("sandbox", "Demo User"),
        batch.id,
        outage=FAST_HOLDS,
        clock=lambda: NOW,
    )
    result = runner.run(run.run())
    assert (result.succeeded, result.failed) == (len(rows), 0)
    assert {row.state for row in drafts.call(lambda s: s.drafts.rows(batch.id))} == {
        RowState.AWARDED
    }
    return {
        a.identity: a.expires
        for a in sandbox.state.assertions.values()
        if a.badgeclass == choice.entity_id and a.identity.endswith("@refresher.test")
    }


def test_rows_without_an_expiry_get_the_badge_class_rule(drafts, sandbox, client, runner):
    rows = [
        RowFields(identity="leap@refresher.test", issued_on=date(2024, 2, 29)),
        RowFields(identity="today@refresher.test"),
        RowFields(identity="own@refresher.test", expires=date(2031, 5, 1)),
    ]
    expires = send(drafts, sandbox, client, runner, RULED, rows)
    assert expires == {
        # 29 February 2024 + 2 years: 28 February, as relativedelta would
        "leap@refresher.test": datetime(2026, 2, 28, 12, tzinfo=UTC),
        # no issue date: the moment it was sent + 2 years
        "today@refresher.test": expiry_after(NOW, 2, "years"),
        # a row's own expiry is kept
        "own@refresher.test": noon(date(2031, 5, 1)),
    }


def test_the_batch_default_expiry_wins_over_the_rule(drafts, sandbox, client, runner):
    defaults = BatchDefaults(issued_on=date(2025, 1, 31), expires=date(2030, 12, 24))
    rows = [RowFields(identity="team@refresher.test")]
    expires = send(drafts, sandbox, client, runner, RULED, rows, defaults)
    assert expires == {"team@refresher.test": noon(date(2030, 12, 24))}


def test_a_badge_class_without_a_rule_sends_no_expiry(drafts, sandbox, client, runner):
    rows = [RowFields(identity="mentor@refresher.test", issued_on=date(2025, 3, 3))]
    assert send(drafts, sandbox, client, runner, "Peer Mentor", rows) == {
        "mentor@refresher.test": None
    }


def test_a_row_expiry_is_the_default_issue_date_plus_the_rule() -> None:
    """What the editor shows for a row is what is sent: months keep the day of the month,
    clamped to the end of a shorter month."""
    rule = BadgeClassExpiration(amount=1, duration="months")
    defaults = BatchDefaults(issued_on=date(2025, 1, 31))
    row = RowFields(identity="a@b.test")
    assert row_expires(row, defaults, NOW, rule) == noon(date(2025, 2, 28))
    assert row_expires(row, defaults, NOW, None) is None
    odd = BadgeClassExpiration(amount=1, duration="fortnights")
    assert row_expires(row, defaults, NOW, odd) is None
