"""Table rows (the fast parse of assertions) and public downloads (badge images)."""

from __future__ import annotations

import pytest

from badgedesk.api.errors import ApiError, MalformedResponseError
from badgedesk.api.models import AssertionRow, AssertionStatus
from tests.loopback_http import closed_port_url


def northfield_class(client, run):
    return run(client.list_badgeclasses())[0].key


def test_rows_page_matches_the_full_page(client, run):
    badgeclass = northfield_class(client, run)
    full = run(client.assertions_page("badgeclasses", badgeclass, page_size=50))

    async def first_two_pages():
        reader = client.assertion_row_pages("badgeclasses", badgeclass, page_size=50)
        return await reader.next(), await reader.next()

    rows, follow = run(first_two_pages())
    assert [r.entity_id for r in rows.items] == [a.key for a in full.items]
    assert rows.items == [AssertionRow.from_assertion(a) for a in full.items]
    assert rows.next_url == full.next_url
    assert not {r.entity_id for r in follow.items} & {r.entity_id for r in rows.items}


def test_a_background_read_gives_way_to_the_rows_someone_waits_for(client, run, sandbox):
    """A background reader (the count) asks for nothing while a foreground reader (the table)
    has a page on its way, even when the count was asked first; it reads on after."""
    badgeclass = northfield_class(client, run)
    sandbox.faults.latency_ms = 20

    async def read() -> tuple[int, int]:
        count = client.assertion_row_pages(
            "badgeclasses", badgeclass, page_size=5, include_expired=True, background=True
        )
        table = client.assertion_row_pages("badgeclasses", badgeclass, page_size=5)
        table_pages = 0
        while not table.done:
            await table.next()
            table_pages += 1
        counted = 0
        while not count.done:
            counted += len((await count.next()).items)
        return table_pages, counted

    table_pages, counted = run(read())
    asked = [
        "include_expired" in request.query
        for request in sandbox.requests
        if request.path.endswith("/assertions")
    ]
    assert table_pages >= 3
    assert asked[:table_pages] == [False] * table_pages  # the table's pages, all of them first
    assert asked[table_pages:] == [True] * (len(asked) - table_pages)
    every = run(
        client.assertions_page("badgeclasses", badgeclass, page_size=500, include_expired=True)
    )
    assert counted == len(every.items)


def test_row_prefers_plaintext_identity_and_cuts_the_narrative():
    row = AssertionRow.from_json(
        {
            "entityId": "abc",
            "recipient": {"identity": "sha256$00", "plaintextIdentity": "jo@example.org"},
            "narrative": "line one\n\n" + "x" * 300,
            "issuedOn": "2026-01-02T03:04:05Z",
            "revoked": False,
        }
    )
    assert row.recipient == "jo@example.org"
    assert row.narrative.startswith("line one x")
    assert len(row.narrative) == AssertionRow.EXCERPT
    assert row.issued_on is not None
    assert row.issued_on.tzinfo is not None
    hashed = AssertionRow.from_json({"entityId": "b", "recipient": {"identity": "sha256$00"}})
    assert hashed.recipient == "sha256$00"


def test_row_status():
    from datetime import UTC, datetime, timedelta

    now = datetime.now(UTC)
    base = {"entityId": "x", "recipient": {"identity": "a@b.c"}}
    past = (now - timedelta(days=1)).isoformat()
    assert AssertionRow.from_json(base).status(now) is AssertionStatus.ACTIVE
    assert AssertionRow.from_json({**base, "expires": past}).status(now) == "expired"
    revoked = {**base, "expires": past, "revoked": True}
    assert AssertionRow.from_json(revoked).status(now) == "revoked"


@pytest.mark.parametrize(
    "document", [[], {"recipient": {}}, {"entityId": "x", "issuedOn": "yesterday"}]
)
def test_malformed_rows_are_refused(document):
    with pytest.raises(MalformedResponseError):
        AssertionRow.from_json(document)


def test_download_fetches_a_badge_image_without_the_token(client, run, sandbox):
    badgeclass = run(client.list_badgeclasses())[0]
    assert badgeclass.image
    data = run(client.download(badgeclass.image))
    assert data.startswith(b"\x89PNG")
    (request,) = [r for r in sandbox.requests if r.path.endswith("/image")]
    assert "authorization" not in {name.lower() for name in request.headers}


def test_download_refuses_other_schemes_large_files_and_errors(client, run, sandbox):
    with pytest.raises(MalformedResponseError):
        run(client.download("file:///etc/passwd"))
    badgeclass = run(client.list_badgeclasses())[0]
    assert badgeclass.image
    with pytest.raises(MalformedResponseError):
        run(client.download(badgeclass.image, limit=10))
    with pytest.raises(ApiError):
        run(client.download(f"{sandbox.base_url}/public/badges/nothing/image"))


def test_download_offline_is_a_network_error(client, run):
    url = f"{closed_port_url()}/image.png"
    with pytest.raises(ApiError) as raised:
        run(client.download(url))
    assert type(raised.value).__name__ == "NetworkError"
