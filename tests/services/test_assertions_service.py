"""The Assertions tab's services against a real sandbox: writes are audited and published once
the server confirmed them, counts are right, badge images are fetched once."""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

from badgedesk.api.errors import ApiError
from badgedesk.api.models import AssertionRow, AssertionUpdate, Page
from badgedesk.sandbox.seed import seed_bulk
from badgedesk.services.assertion_rules import AssertionQuery
from badgedesk.services.assertions import (
    PAGE_SIZE,
    AssertionService,
    AwardSummary,
    NotSignedInError,
)
from badgedesk.services.audit import AuditTrail
from badgedesk.services.awards import AwardDetails
from badgedesk.services.changes import AwardsEdited, AwardsMade, AwardsRevoked, Change, Changes
from badgedesk.services.public_files import PublicFileCache
from badgedesk.store import AuditLog, open_database


@pytest.fixture
def conn(db_path: Path):
    connection = open_database(db_path)
    yield connection
    connection.close()


@pytest.fixture
def changes() -> Changes:
    return Changes()


@pytest.fixture
def service(client, drafts, changes) -> AssertionService:
    return AssertionService(
        lambda: client, AuditTrail(drafts, lambda: ("Sandbox", "Dana Demo")), changes
    )


def first_badgeclass(sandbox) -> str:
    return next(iter(sandbox.state.badgeclasses.values())).entity_id


def test_award_and_revoke_are_audited_with_their_outcome(service, sandbox, runner, conn):
    badgeclass = first_badgeclass(sandbox)
    sandbox.clear_requests()
    awarded = runner.run(service.award(badgeclass, AwardDetails(identity="new.person@example.org")))
    (posted,) = [r for r in sandbox.requests if r.method == "POST"]
    assert posted.path == f"/v2/badgeclasses/{badgeclass}/assertions"
    assert (
        not {"badgeclass", "badgeclassName", "badgeclassOpenBadgeId"}
        & json.loads(posted.body).keys()
    )
    runner.run(service.revoke(awarded.key, "Awarded by mistake"))
    with pytest.raises(ApiError):
        runner.run(service.revoke(awarded.key, "Twice"))
    entries = AuditLog(conn).entries()
    assert [(e.operation, e.outcome) for e in entries] == [
        ("revoke", "failed"),
        ("revoke", "ok"),
        ("award", "ok"),
    ]
    assert "new.person@example.org" in entries[2].target
    assert entries[0].detail, "the failure says why"


def test_writes_are_published_after_the_server_confirmed_them(service, changes, sandbox, runner):
    badgeclass = first_badgeclass(sandbox)
    heard: list[Change] = []
    unsubscribe = service.subscribe(heard.append)
    awarded = runner.run(service.award(badgeclass, AwardDetails(identity="new.person@example.org")))
    runner.run(service.update(awarded.key, AssertionUpdate(narrative="Presented the session.")))
    runner.run(service.revoke(awarded.key, "Awarded by mistake"))
    with pytest.raises(ApiError):
        runner.run(service.revoke(awarded.key, "Twice"))
    with pytest.raises(ApiError):
        runner.run(service.award(badgeclass, AwardDetails(identity="not an email")))
    assert heard == [
        AwardsMade(badgeclass, (awarded.key,)),
        AwardsEdited((awarded.key,)),
        AwardsRevoked((awarded.key,), "Awarded by mistake"),
    ], "a refused write publishes nothing"
    unsubscribe()
    on_the_feed: list[Change] = []
    changes.subscribe(on_the_feed.append)
    second = runner.run(service.award(badgeclass, AwardDetails(identity="second@example.org")))
    assert len(heard) == 3, "an unsubscribed listener hears nothing more"
    assert on_the_feed == [AwardsMade(badgeclass, (second.key,))], "on the window's feed"


def test_summary_counts_every_award_page_by_page(service, sandbox, runner):
    badgeclass = first_badgeclass(sandbox)
    seen = []
    summary = runner.run(service.summary(badgeclass, lambda s: seen.append(s.total)))
    now = sandbox.state.now()
    mine = [a for a in sandbox.state.assertions.values() if a.badgeclass == badgeclass]
    assert summary.complete
    assert summary.total == len(mine)
    assert summary.revoked == sum(a.revoked for a in mine)
    assert summary.expired == sum(
        1 for a in mine if not a.revoked and a.expires is not None and a.expires <= now
    )
    assert summary.per_month == Counter(f"{a.issued_on:%Y-%m}" for a in mine)
    assert seen[-1] == len(mine)


def test_summary_months_are_keyed_so_that_they_sort_as_dates():
    """The chart takes the first and last month by sorting the keys: "YYYY-MM", padded."""
    summary = AwardSummary()
    issued = [datetime(2026, 3, 9, tzinfo=UTC), datetime(999, 12, 1, tzinfo=UTC), None]
    rows = [
        AssertionRow(f"a{n}", f"p{n}@example.org", "email", "bc", day, None, False, "", "")
        for n, day in enumerate(issued)
    ]
    summary.add(rows, datetime(2026, 12, 6, tzinfo=UTC))
    assert summary.per_month == {"0999-12": 1, "2026-03": 1}
    assert summary.total == 3


def test_the_count_asks_for_nothing_while_the_table_reads_its_rows(service, sandbox, runner):
    """The summary's pages are read in the background: once the table's reader has a page on
    its way, the count's next pages wait until the table has read its last."""
    with sandbox.state.lock:
        badgeclass = seed_bulk(sandbox.state, 3 * PAGE_SIZE).entity_id
    sandbox.faults.latency_ms = 20
    query = AssertionQuery("badgeclasses", badgeclass)

    async def count_and_read() -> int:
        counting = asyncio.ensure_future(service.summary(badgeclass, lambda _summary: None))
        await asyncio.sleep(0.005)  # the count's first page is on its way
        pages = service.pages(query)
        while not pages.done:
            await pages.next()
        return (await counting).total

    assert runner.run(count_and_read()) == 3 * PAGE_SIZE
    asked = [
        "include_revoked" in request.query
        for request in sandbox.requests
        if request.path.endswith("/assertions")
    ]
    # The count's first page went before the table asked; its other two, after the table's.
    assert asked == [True, False, False, False, True, True]


def test_pages_follow_the_query(service, sandbox, runner):
    badgeclass = first_badgeclass(sandbox)
    query = AssertionQuery("badgeclasses", badgeclass, include_revoked=True)

    async def first_page() -> Page[AssertionRow]:
        pages = service.pages(query)
        try:
            return await pages.next()
        finally:
            pages.close()

    assert any(row.revoked for row in runner.run(first_page()).items)


def test_no_session_is_a_clear_error(drafts, runner):
    service = AssertionService(
        lambda: None, AuditTrail(drafts, lambda: ("Sandbox", None)), Changes()
    )
    with pytest.raises(NotSignedInError, match="not signed in"):
        runner.run(service.get("anything"))


def test_images_are_fetched_once_and_kept_on_disk(client, sandbox, runner, tmp_path):
    url = next(iter(runner.run(client.list_badgeclasses()))).image
    assert url
    cache = PublicFileCache(tmp_path / "images", lambda: client)

    async def twice_at_once():
        return await asyncio.gather(cache.get(url), cache.get(url))

    first, second = runner.run(twice_at_once())
    assert first == second
    assert first is not None
    assert first.startswith(b"\x89PNG")
    again = runner.run(cache.get(url))
    offline = PublicFileCache(tmp_path / "images", lambda: None)
    assert runner.run(offline.get(url)) == first, "read from disk with no connection"
    fetched = [r for r in sandbox.requests if r.path.endswith("/image")]
    assert len(fetched) == 1
    assert again == first
    assert runner.run(offline.get(url + "?other")) is None
