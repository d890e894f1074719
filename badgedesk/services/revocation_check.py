"""Checking a revocation batch's rows with the server before anything is revoked.

Revoking cannot be undone on the server, so nothing is guessed: an entityId is read back
(``GET``); a recipient and a badge class are looked up with the ``recipient`` filter and become
a row only when exactly one live award (or only revoked ones) answers. What the server says is
recorded on each row as it comes, so an interrupted check keeps what it learnt. No widgets.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from badgedesk.api.client import BadgesClient
from badgedesk.api.errors import NotFoundError
from badgedesk.api.models import Assertion, RecipientType
from badgedesk.core.batches import RevocationRow, RevocationTarget
from badgedesk.core.states import Match, RowState
from badgedesk.core.wording import counted
from badgedesk.services.outbox import together
from badgedesk.store.thread import StoreThread

LOOKUP_CONCURRENCY = 8
"""GETs in flight while checking rows or reading awards back (one per assertion)."""
RECIPIENTS_PER_QUERY = 25
"""Recipients per ``recipient``-filtered list request (the URL stays short)."""


@dataclass
class CheckReport:
    """How a check went: rows found live, already revoked, not found, ambiguous (several
    live awards) and duplicates (the award of another row)."""

    total: int = 0
    done: int = 0
    found: int = 0
    revoked: int = 0
    not_found: int = 0
    ambiguous: int = 0
    duplicates: int = 0


def seen_target(assertion: Assertion, badgeclass_names: Mapping[str, str]) -> RevocationTarget:
    """A row as the server shows its award."""
    recipient = assertion.recipient
    identity = ""
    recipient_type = RecipientType.EMAIL.value
    if recipient is not None:
        identity = recipient.plaintext_identity or recipient.identity
        recipient_type = recipient.type
    badgeclass = assertion.badgeclass or ""
    return RevocationTarget(
        entity_id=assertion.entity_id,
        identity=identity,
        recipient_type=recipient_type,
        badgeclass_id=badgeclass or None,
        badgeclass_name=badgeclass_names.get(badgeclass, badgeclass),
        issued_on=assertion.issued_on,
        status=assertion.status().value,
        match=Match.FOUND,
        note=(assertion.revocation_reason or "") if assertion.revoked else "",
    )


def recipient_key(recipient_type: str, identity: str) -> tuple[str, str]:
    """What makes two identities the same recipient (emails ignore case, phones spaces)."""
    identity = identity.strip()
    if recipient_type == RecipientType.EMAIL:
        identity = identity.lower()
    elif recipient_type == RecipientType.TELEPHONE:
        identity = identity.replace(" ", "")
    return recipient_type, identity


async def check_rows(
    drafts: StoreThread,
    client: BadgesClient,
    batch_id: int,
    *,
    badgeclass_names: Mapping[str, str],
    on_progress: Callable[[CheckReport], None] = lambda _: None,
    on_row: Callable[[RevocationRow], None] = lambda _: None,
) -> CheckReport:
    """Ask the server about every row not sent yet, and record what it says as each answer
    comes (an interrupted check keeps what it learnt). ``ApiError`` ends the check early."""
    rows = await drafts.run(
        lambda s: s.revocations.rows(
            batch_id, (RowState.PENDING, RowState.FAILED, RowState.SKIPPED)
        )
    )
    report = CheckReport(total=len(rows))
    on_progress(report)
    by_id = [row for row in rows if row.target.entity_id]
    by_recipient = [row for row in rows if not row.target.entity_id]
    claimed: dict[str, int] = {}
    """entityId → the row that revokes it; a second row naming it is flagged."""

    async def record(row: RevocationRow, target: RevocationTarget) -> None:
        if target.match is Match.FOUND and target.entity_id:
            owner = claimed.setdefault(target.entity_id, row.id)
            if owner != row.id:
                target = _unresolved(
                    row,
                    Match.DUPLICATE,
                    "The same award as another row of this batch: delete one of them.",
                )
        saved = await drafts.run(lambda s: s.revocations.record_seen(row.id, target))
        report.done += 1
        if saved.target.match is Match.NOT_FOUND:
            report.not_found += 1
        elif saved.target.match is Match.AMBIGUOUS:
            report.ambiguous += 1
        elif saved.target.match is Match.DUPLICATE:
            report.duplicates += 1
        elif saved.target.status == "revoked":
            report.revoked += 1
        else:
            report.found += 1
        on_row(saved)
        on_progress(report)

    for row in by_id:
        assert row.target.entity_id is not None
        claimed.setdefault(row.target.entity_id, row.id)
    gate = asyncio.Semaphore(LOOKUP_CONCURRENCY)

    async def read_back(row: RevocationRow) -> None:
        assert row.target.entity_id is not None
        async with gate:
            try:
                assertion = await client.get_assertion(row.target.entity_id)
            except NotFoundError:
                await record(
                    row,
                    _unresolved(row, Match.NOT_FOUND, "No award with this entityId on the server."),
                )
                return
        await record(row, seen_target(assertion, badgeclass_names))

    await together(read_back(row) for row in by_id)
    groups: dict[str, list[RevocationRow]] = {}
    for row in by_recipient:
        if row.target.badgeclass_id:
            groups.setdefault(row.target.badgeclass_id, []).append(row)
        else:
            await record(
                row, _unresolved(row, Match.NOT_FOUND, "No badge class given for this recipient.")
            )
    for badgeclass_id, members in groups.items():
        for start in range(0, len(members), RECIPIENTS_PER_QUERY):
            chunk = members[start : start + RECIPIENTS_PER_QUERY]
            awards = await _awards_of(client, badgeclass_id, chunk)
            for row in chunk:
                key = recipient_key(row.target.recipient_type, row.target.identity)
                await record(row, _resolved(row, awards.get(key, []), badgeclass_names))
    return report


async def _awards_of(
    client: BadgesClient, badgeclass_id: str, rows: Sequence[RevocationRow]
) -> dict[tuple[str, str], list[Assertion]]:
    """Every award (revoked and expired too) of a badge class to these rows' recipients."""
    wanted: set[str] = set()
    for row in rows:
        typed = row.target.identity.strip()
        wanted |= {typed, recipient_key(row.target.recipient_type, typed)[1]}
    found: dict[tuple[str, str], list[Assertion]] = {}
    page = await client.assertions_page(
        "badgeclasses",
        badgeclass_id,
        recipients=sorted(wanted),
        include_revoked=True,
        include_expired=True,
        page_size=500,
    )
    while True:
        for assertion in page.items:
            recipient = assertion.recipient
            if recipient is None:
                continue
            identity = recipient.plaintext_identity or recipient.identity
            found.setdefault(recipient_key(recipient.type, identity), []).append(assertion)
        if page.next_url is None:
            return found
        page = await client.assertions_page("badgeclasses", badgeclass_id, page_url=page.next_url)


def _resolved(
    row: RevocationRow, awards: Sequence[Assertion], badgeclass_names: Mapping[str, str]
) -> RevocationTarget:
    """One live award: that one. Only revoked ones: the newest (the row will be skipped).
    None, or several live ones: flagged for the person to decide."""
    live = [award for award in awards if not award.revoked]
    if len(live) == 1:
        return seen_target(live[0], badgeclass_names)
    if len(live) > 1:
        return _unresolved(
            row,
            Match.AMBIGUOUS,
            counted(
                "%n live award(s) of this badge class to this recipient: choose them in the "
                "Assertions tab and use Revoke selected.",
                len(live),
            ),
        )
    if awards:
        newest = max(awards, key=lambda a: a.created_at or datetime.min.replace(tzinfo=UTC))
        return seen_target(newest, badgeclass_names)
    return _unresolved(row, Match.NOT_FOUND, "This recipient holds no award of this badge class.")


def _unresolved(row: RevocationRow, match: Match, note: str) -> RevocationTarget:
    """What a row asks for when the server names no single award for it, with ``note`` on
    why; never sent. A row found ambiguous keeps no entityId (it stands for several awards),
    nor does a duplicate (the other row revokes that award)."""
    return RevocationTarget(
        entity_id=row.target.entity_id if match is Match.NOT_FOUND else None,
        identity=row.target.identity,
        recipient_type=row.target.recipient_type,
        badgeclass_id=row.target.badgeclass_id,
        badgeclass_name=row.target.badgeclass_name,
        match=match,
        note=note,
    )
