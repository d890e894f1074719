"""Use cases of the Assertions tab: load pages, award, edit, revoke, count and export.

Every write goes through ``AuditTrail.write``, so the audit log says what was tried and how it
ended. Nothing here knows Qt: the tab calls these coroutines and shows what they return.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from badgedesk.api.client import BadgesClient, PageReader
from badgedesk.api.errors import NetworkError
from badgedesk.api.models import Assertion, AssertionRow, AssertionUpdate, Page
from badgedesk.services.assertion_rules import AssertionQuery
from badgedesk.services.audit import AuditTrail
from badgedesk.services.awards import AwardDetails, award_request
from badgedesk.services.changes import (
    AwardsEdited,
    AwardsMade,
    AwardsRevoked,
    Change,
    Changes,
)
from badgedesk.store.csvfile import write_csv

PAGE_SIZE = 500
"""The most the API gives in one page: fewer round trips matter more than smaller answers."""

EXPORT_HEADER = (
    "entityId",
    "recipient",
    "recipient type",
    "badge class",
    "issued on",
    "expires",
    "status",
    "acceptance",
    "narrative",
)

RowPages = PageReader[AssertionRow]
"""What ``AssertionService.pages`` gives: a query's table rows, the next page read ahead."""

SINGLE_REVOCATION = "revoke"
"""The audit operation of a revocation from the Assertions tab (batches log their own)."""


def single_revocation_target(entity_id: str, recipient: str, badgeclass: str) -> str:
    """``assertion <entityId>: <recipient> · <badge class>`` (older entries have only the
    first part)."""
    return f"assertion {entity_id}: {recipient} · {badgeclass}"


@dataclass
class AwardSummary:
    """Counts of one badge class's awards, and awards per calendar month ("YYYY-MM")."""

    active: int = 0
    expired: int = 0
    revoked: int = 0
    per_month: dict[str, int] = field(default_factory=dict)
    complete: bool = False
    """False while counting is still going through pages."""

    @property
    def total(self) -> int:
        return self.active + self.expired + self.revoked

    def add(self, rows: Sequence[AssertionRow], now: datetime) -> None:
        for row in rows:
            status = row.status(now)
            if status == "revoked":
                self.revoked += 1
            elif status == "expired":
                self.expired += 1
            else:
                self.active += 1
            issued = row.issued_on
            if issued is not None:
                # Padded, so that the keys sort as the months do (``strftime`` wrote year 999
                # as "999"), and not ``strftime``, which imports ``time`` on each call: through
                # PySide's import hook (Python) that took 4 µs a row, the f-string 0.5 µs.
                month = f"{issued.year:04d}-{issued.month:02d}"
                self.per_month[month] = self.per_month.get(month, 0) + 1


class NotSignedInError(NetworkError):
    """There is no signed-in session to send the request with (offline start, signed out)."""

    default_message = "You are not signed in to the server."


class ServerService:
    """A tab's way to the server; ``client`` is looked up on each call because a sign-in or
    a profile switch replaces it, and every write goes through ``audit``."""

    def __init__(self, client: Callable[[], BadgesClient | None], audit: AuditTrail) -> None:
        self._client = client
        self._audit = audit

    @property
    def client(self) -> BadgesClient:
        client = self._client()
        if client is None:
            raise NotSignedInError
        return client


class AssertionService(ServerService):
    """The Assertions tab's use cases. Each write the server confirmed is published on
    ``changes``, so every tab that shows those awards follows."""

    def __init__(
        self,
        client: Callable[[], BadgesClient | None],
        audit: AuditTrail,
        changes: Changes,
    ) -> None:
        super().__init__(client, audit)
        self.changes = changes

    def subscribe(self, listener: Callable[[Change], None]) -> Callable[[], None]:
        """Hear every change published on this service's feed; returns the unsubscribe call."""
        return self.changes.subscribe(listener)

    def pages(
        self, query: AssertionQuery, page_url: str | None = None, *, background: bool = False
    ) -> RowPages:
        """The query's rows page by page, from its first page or from ``page_url`` (a page's
        ``next_url``), each next page asked for while the one before is used; a ``background``
        reader's pages give way to everyone else's. Call in a running event loop; ``close()``
        the reader when done with it before the end."""
        if page_url is not None:
            return self.client.assertion_row_pages(
                query.scope, query.entity_id, page_url=page_url, background=background
            )
        return self.client.assertion_row_pages(
            query.scope,
            query.entity_id,
            recipients=query.recipients,
            include_revoked=query.include_revoked,
            include_expired=query.include_expired,
            page_size=PAGE_SIZE,
            background=background,
        )

    async def revoked_page(
        self, badgeclass_id: str, page_url: str | None = None
    ) -> Page[Assertion]:
        """One page (up to ``PAGE_SIZE`` awards, expired ones included) of a badge class's
        awards, keeping only the revoked: a page may hold none while ``next_url`` says there is
        more. Pass ``next_url`` back as ``page_url`` for the next page."""
        page = await self.client.assertions_page(
            "badgeclasses",
            badgeclass_id,
            include_revoked=True,
            include_expired=True,
            page_size=PAGE_SIZE,
            page_url=page_url,
        )
        return replace(page, items=[item for item in page.items if item.revoked])

    async def get(self, entity_id: str) -> Assertion:
        return await self.client.get_assertion(entity_id)

    async def award(self, badgeclass_id: str, details: AwardDetails) -> Assertion:
        """Award one badge as the dialog describes it, built as every batch row is."""
        request = award_request(details)
        target = f"badge class {badgeclass_id} to {request.recipient.identity}"
        assertion = await self._audit.write(
            "award", target, self.client.award("badgeclasses", badgeclass_id, request)
        )
        self.changes.publish(AwardsMade(badgeclass_id, (assertion.key,)))
        return assertion

    async def update(self, entity_id: str, update: AssertionUpdate) -> Assertion:
        assertion = await self._audit.write(
            "edit award", f"assertion {entity_id}", self.client.update_assertion(entity_id, update)
        )
        self.changes.publish(AwardsEdited((entity_id,)))
        return assertion

    async def revoke(
        self, entity_id: str, reason: str, *, recipient: str = "", badgeclass: str = ""
    ) -> Assertion:
        """Revoke one award; the audit entry (``single_revocation_target``, the reason as
        detail) is what the Revocations tab's history shows."""
        assertion = await self._audit.write(
            SINGLE_REVOCATION,
            single_revocation_target(entity_id, recipient, badgeclass),
            self.client.revoke_assertion(entity_id, reason),
            detail=reason,
        )
        self.changes.publish(AwardsRevoked((entity_id,), reason))
        return assertion

    async def summary(
        self, badgeclass_id: str, progress: Callable[[AwardSummary], None]
    ) -> AwardSummary:
        """Count every award of a badge class, revoked and expired included, page by page;
        ``progress`` sees the running totals after each page. Its pages are read in the
        background: the rows someone scrolls to are not kept waiting by a count."""
        query = AssertionQuery("badgeclasses", badgeclass_id, (), True, True)
        now = datetime.now(UTC)
        summary = AwardSummary()
        pages = self.pages(query, background=True)
        try:
            while not pages.done:
                summary.add((await pages.next()).items, now)
                summary.complete = pages.done
                progress(summary)
        finally:
            pages.close()
        return summary

    @staticmethod
    async def export(path: Path, rows: Iterable[Sequence[str]]) -> int:
        """Write table rows (as text, in ``EXPORT_HEADER`` order) to a CSV file. ``rows`` is
        consumed on a worker thread, so a generator keeps the formatting off the GUI thread."""
        return await asyncio.to_thread(write_csv, path, EXPORT_HEADER, rows)
