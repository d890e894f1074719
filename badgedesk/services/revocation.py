"""Revocation batches: finding the awards a batch names, and revoking them in chunks, once.

Revoking cannot be undone on the server, so nothing is guessed. ``check_rows`` asks the server
about every row before the review step: an entityId is read back (``GET``); a recipient and a
badge class are looked up with the ``recipient`` filter and become a row only when exactly
one live award (or only revoked ones) answers. Rows already revoked are skipped.

``RevocationSubmission`` sends the rows through ``POST /v2/assertions/revoke`` in chunks. A
chunk's rows are marked ``sending`` (committed) before the request leaves; each row is settled
from the server's per-item answer (``revoked``, ``reason``, ``code``). When the answer is
lost, each row of the chunk is read back with a GET before anything is resent: revoked means
done, live means send again. Rows a crash left ``sending`` are checked the same way first.
No widgets.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from badgedesk.api import (
    ApiError,
    Assertion,
    AuthenticationError,
    BadgesClient,
    NotFoundError,
    RecipientType,
    RevocationRequest,
    RevocationResult,
    watching,
)
from badgedesk.core.batches import AuditRecord, Batch, RevocationRow, RevocationTarget, Settlement
from badgedesk.core.states import BatchKind, Match, Outcome, RowState
from badgedesk.services.outbox import (
    Abandoned,
    OutagePolicy,
    OutboxRun,
    SubmissionProgress,
    SubmissionRefused,
    Verdict,
    error_text,
    together,
    verdict_of,
)
from badgedesk.store.csvfile import write_csv
from badgedesk.store.thread import Stores, StoreThread

log = logging.getLogger(__name__)

DEFAULT_CHUNK_SIZE = 100
MAX_CHUNK_SIZE = 1000
LOOKUP_CONCURRENCY = 8
"""GETs in flight while checking rows (one per assertion)."""
RECIPIENTS_PER_QUERY = 25
"""Recipients per ``recipient``-filtered list request (the URL stays short)."""

OPERATION = "batch revoke"
RECONCILED = "batch revoke (reconciled)"
_FINAL_CODES = frozenset({"not_found", "missing_reason", "missing_entity_id"})
"""Per-item refusals that the same row sent again cannot overcome."""
_REASON_CODES = {
    "permission denied or object not found": "not_found",
    "entityid is required": "missing_entity_id",
    "revocationreason is required": "missing_reason",
}
"""The code of each reason the open-source server gives, which sends no ``code`` (its
recorded batch answers); the hosted service sends both."""
_ALREADY_REVOKED = "already_revoked"
NO_ITEM_ANSWER = "The server's answer said nothing about this award."
ABANDONED = "Cancelled before the server answered: read back before any resend."


# ------------------------------------------------------------------ checking rows


@dataclass
class CheckReport:
    """How a check went: rows found live, already revoked, not found and ambiguous."""

    total: int = 0
    done: int = 0
    found: int = 0
    revoked: int = 0
    not_found: int = 0
    ambiguous: int = 0


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
                target = RevocationTarget(
                    entity_id=None,
                    identity=row.target.identity,
                    recipient_type=row.target.recipient_type,
                    badgeclass_id=row.target.badgeclass_id,
                    badgeclass_name=row.target.badgeclass_name,
                    match=Match.AMBIGUOUS,
                    note="The same award as another row of this batch: delete one of them.",
                )
        saved = await drafts.run(lambda s: s.revocations.record_seen(row.id, target))
        report.done += 1
        if saved.target.match is Match.NOT_FOUND:
            report.not_found += 1
        elif saved.target.match is Match.AMBIGUOUS:
            report.ambiguous += 1
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
                await record(row, _not_found(row, "No award with this entityId on the server."))
                return
        await record(row, seen_target(assertion, badgeclass_names))

    await together(read_back(row) for row in by_id)
    groups: dict[str, list[RevocationRow]] = {}
    for row in by_recipient:
        if row.target.badgeclass_id:
            groups.setdefault(row.target.badgeclass_id, []).append(row)
        else:
            await record(row, _not_found(row, "No badge class given for this recipient."))
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
        return RevocationTarget(
            entity_id=None,
            identity=row.target.identity,
            recipient_type=row.target.recipient_type,
            badgeclass_id=row.target.badgeclass_id,
            badgeclass_name=row.target.badgeclass_name,
            match=Match.AMBIGUOUS,
            note=(
                f"{len(live)} live awards of this badge class to this recipient: choose them "
                "in the Assertions tab and use Revoke selected."
            ),
        )
    if awards:
        newest = max(awards, key=lambda a: a.created_at or datetime.min.replace(tzinfo=UTC))
        return seen_target(newest, badgeclass_names)
    return _not_found(row, "This recipient holds no award of this badge class.")


def _not_found(row: RevocationRow, note: str) -> RevocationTarget:
    return RevocationTarget(
        entity_id=row.target.entity_id,
        identity=row.target.identity,
        recipient_type=row.target.recipient_type,
        badgeclass_id=row.target.badgeclass_id,
        badgeclass_name=row.target.badgeclass_name,
        match=Match.NOT_FOUND,
        note=note,
    )


# ------------------------------------------------------------------ results

RESULTS_HEADER = (
    "entityId",
    "recipient",
    "badge class",
    "reason",
    "status as last seen",
    "outcome",
    "server message",
    "code",
)


def write_results_csv(path: Path, rows: Sequence[RevocationRow], batch_reason: str) -> int:
    """Each row of a revocation batch with its outcome, for the person's records."""
    return write_csv(
        path,
        RESULTS_HEADER,
        (
            (
                row.target.entity_id or "",
                row.target.identity,
                row.target.badgeclass_name or row.target.badgeclass_id or "",
                row.reason_in(batch_reason),
                row.target.status or row.target.match.value,
                row.state,
                row.error or row.target.note,
                row.code,
            )
            for row in rows
        ),
    )


# ------------------------------------------------------------------ what blocks a batch


def batch_problems(batch: Batch, rows: Sequence[RevocationRow]) -> list[str]:
    """Why the rows to send cannot go as they are (English; the UI words its own)."""
    problems = []
    unmatched = [row for row in rows if not sendable_match(row)]
    if unmatched:
        problems.append(
            f"{len(unmatched)} row(s) are not matched to one award (the first is "
            f"{unmatched[0].target.identity or unmatched[0].target.entity_id}): check them with "
            "the server, or delete them."
        )
    if any(not row.reason_in(batch.reason) for row in rows):
        problems.append("A reason is required: give the batch one, or each row its own.")
    return problems


def sendable_match(row: RevocationRow) -> bool:
    """A row names exactly one assertion (seen, or an entityId the server will judge)."""
    return bool(row.target.entity_id) and row.target.match in (Match.FOUND, Match.UNCHECKED)


# ------------------------------------------------------------------ submitting


class RevocationSubmission(OutboxRun):
    """One run of one revocation batch, a chunk at a time; ``pause`` takes effect between
    chunks, ``cancel`` abandons the request in flight, ``drain`` lets it finish."""

    def __init__(
        self,
        drafts: StoreThread,
        client: Callable[[], BadgesClient | None],
        who: Callable[[], tuple[str, str | None]],
        batch_id: int,
        *,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        outage: OutagePolicy | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        if not 1 <= chunk_size <= MAX_CHUNK_SIZE:
            raise ValueError(f"chunk_size must be between 1 and {MAX_CHUNK_SIZE}")
        super().__init__(drafts, client, who, batch_id, outage=outage, clock=clock)
        self.chunk_size = chunk_size
        self._on_row: Callable[[RevocationRow], None] = lambda _: None

    async def run(
        self,
        *,
        on_progress: Callable[[SubmissionProgress], None] | None = None,
        on_row: Callable[[RevocationRow], None] | None = None,
        retry_rows: Sequence[int] = (),
        retry_failed: bool = False,
    ) -> SubmissionProgress:
        """Check rows left ``sending``, then send the pending ones (and failed ones when
        asked) chunk by chunk, round after round."""
        self._on_progress = on_progress or (lambda _: None)
        self._on_row = on_row or (lambda _: None)
        batch = await self._drafts.run(lambda s: s.drafts.batch(self.batch_id))
        if batch.kind != BatchKind.REVOKE:
            raise ValueError(f"batch {self.batch_id} is not a revocation batch")
        if self._client() is None:
            raise SubmissionRefused("Sign in to submit.")
        if retry_failed or retry_rows:
            await self._drafts.run(lambda s: s.revocations.reset_failed(self.batch_id, retry_rows))
        rows = await self._drafts.run(
            lambda s: s.revocations.rows(self.batch_id, (RowState.PENDING, RowState.SENDING))
        )
        problems = batch_problems(batch, [row for row in rows if row.state == RowState.PENDING])
        if problems:
            raise SubmissionRefused(" ".join(problems))
        self._start_clock()
        self.progress.total = len(rows)
        self.progress.in_doubt = sum(row.state == RowState.SENDING for row in rows)
        try:
            with watching(self):
                await self._rounds(lambda: self._round(batch))
        finally:
            self.progress.finished = True
            self._report()
        return self.progress

    async def _unsettled_rows(self) -> list[RevocationRow]:
        return await self._drafts.run(
            lambda s: s.revocations.rows(self.batch_id, (RowState.PENDING, RowState.SENDING))
        )

    async def _reconcile(self, batch: Batch, rows: Sequence[RevocationRow]) -> list[RevocationRow]:
        return await self._read_back_all(batch, rows)

    async def _send(self, batch: Batch, to_send: Sequence[RevocationRow]) -> None:
        """Chunk by chunk."""
        for start in range(0, len(to_send), self.chunk_size):
            if not await self._wait_running():
                break
            await self._send_chunk(batch, to_send[start : start + self.chunk_size])

    async def _send_chunk(self, batch: Batch, rows: Sequence[RevocationRow]) -> None:
        """Send one chunk once; its rows are settled, back to pending, or left ``sending``
        when nobody can tell."""
        client = self._client()
        if client is None:
            self._stop_for(AuthenticationError())
            return
        ids = [row.id for row in rows]
        marked = await self._drafts.run(lambda s: s.revocations.mark_sending(ids))
        # Only what is committed as "sending" may leave (another write may have won a row).
        rows = [row for row in marked if row.state == RowState.SENDING]
        if not rows:
            return
        self.progress.in_doubt += len(rows)
        for row in rows:
            self._on_row(row)
        requests = [
            RevocationRequest(
                revocation_reason=row.reason_in(batch.reason), entity_id=row.target.entity_id
            )
            for row in rows
        ]
        try:
            results = await self._network(client.revoke_assertions(requests))
        except Abandoned:
            await self._audit_only(rows, Outcome.UNKNOWN, ABANDONED)
            return
        except ApiError as error:
            await self._after_error(batch, rows, error)
            return
        answered, unanswered = _pair(rows, results)
        await self._settle(
            [
                self._from_answer(batch, row, result)
                for row, result in answered
                if not _already_revoked(result)
            ]
        )
        for row, result in answered:
            if _already_revoked(result):
                await self._settle([await self._already_revoked(batch, row, result)])
        if unanswered:
            # The server left these out: nobody knows whether they were revoked.
            await self._audit_only(unanswered, Outcome.UNKNOWN, NO_ITEM_ANSWER)
            await self._read_back_all(batch, unanswered, lost=NO_ITEM_ANSWER)

    def _from_answer(
        self, batch: Batch, row: RevocationRow, result: RevocationResult
    ) -> Settlement:
        reason = row.reason_in(batch.reason)
        if result.revoked:
            return Settlement(
                row.id, RowState.REVOKED, audit=self._audit(row, OPERATION, Outcome.OK, reason)
            )
        text = result.reason or "The server did not revoke this award."
        code = result.code or _REASON_CODES.get(text.strip().lower(), "")
        return self._refused(
            row, RowState.FAILED, text, code=code, retriable=code not in _FINAL_CODES
        )

    async def _already_revoked(
        self, batch: Batch, row: RevocationRow, result: RevocationResult
    ) -> Settlement:
        """The server says the award was revoked already: perhaps by this row's earlier send
        (a killed run's request that landed late), perhaps by someone else. Its reason says
        which; when it cannot be read, the row is skipped with the server's words."""
        text = result.reason or "Assertion is already revoked"
        code = result.code or _ALREADY_REVOKED
        await self._audit_only([row], Outcome.FAILED, text)
        try:
            assertion = await self._read_back(row)
        except (Abandoned, ApiError):
            return Settlement(row.id, RowState.SKIPPED, error=text, code=code)
        settled = self._from_read_back(batch, row, assertion)
        if settled.state == RowState.SKIPPED:
            return replace(settled, code=code, audit=None)
        return settled

    async def _after_error(
        self, batch: Batch, rows: Sequence[RevocationRow], error: ApiError
    ) -> None:
        verdict = verdict_of(error)
        text = error_text(error)
        if verdict is Verdict.FINAL:
            retriable = not isinstance(error, NotFoundError) and error.status_code != 400
            await self._settle(
                [self._refused(row, RowState.FAILED, text, retriable=retriable) for row in rows]
            )
            return
        if verdict is Verdict.AMBIGUOUS:
            await self._audit_only(rows, Outcome.UNKNOWN, text)
            await self._read_back_all(batch, rows, lost=text)
            return
        await self._settle([self._refused(row, RowState.PENDING, text) for row in rows])
        self._stop_for(error)

    async def _read_back_all(
        self, batch: Batch, rows: Sequence[RevocationRow], *, lost: str = ""
    ) -> list[RevocationRow]:
        """Read back rows that may have been sent; return those still live (now pending, with
        ``lost`` — why their answer was lost — as their error). A row that met that
        ``OutagePolicy.strikes`` times fails with it; a row nobody can tell about stays
        ``sending`` and the run holds."""
        gate = asyncio.Semaphore(LOOKUP_CONCURRENCY)
        again: list[RevocationRow] = []

        async def one(row: RevocationRow) -> None:
            async with gate:
                if not self.dispatching:
                    return
                try:
                    assertion = await self._read_back(row)
                except Abandoned:
                    return
                except NotFoundError as error:
                    failed = self._refused(
                        row, RowState.FAILED, error_text(error), operation=RECONCILED
                    )
                    await self._settle([failed])
                    return
                except ApiError as error:
                    log.info("read-back of row %d failed: %s", row.id, type(error).__name__)
                    self._stop_for(error)
                    return
            if assertion.revoked:
                await self._settle([self._from_read_back(batch, row, assertion)])
            elif lost and self._strike(row.id):
                await self._settle(
                    [
                        self._refused(
                            row, RowState.FAILED, lost, operation=RECONCILED, retriable=True
                        )
                    ]
                )
            else:
                (pending,) = await self._settle(
                    [Settlement(row.id, RowState.PENDING, error=lost)], report=False
                )
                again.append(pending)

        await together(one(row) for row in rows)
        return sorted(again, key=lambda row: row.position)

    def _from_read_back(self, batch: Batch, row: RevocationRow, assertion: Assertion) -> Settlement:
        """A revoked award with our reason was (most likely) revoked by this row; with another
        reason, someone else revoked it first."""
        reason = row.reason_in(batch.reason)
        if (assertion.revocation_reason or "").strip() == reason:
            return Settlement(
                row.id, RowState.REVOKED, audit=self._audit(row, RECONCILED, Outcome.OK, reason)
            )
        text = f"Already revoked: {assertion.revocation_reason or 'no reason given'}"
        return self._refused(row, RowState.SKIPPED, text, operation=RECONCILED)

    async def _read_back(self, row: RevocationRow) -> Assertion:
        """GET the row's assertion (the client tries again while that is safe and useful)."""
        assert row.target.entity_id is not None
        client = self._client()
        if client is None:
            raise AuthenticationError
        return await self._network(client.get_assertion(row.target.entity_id))

    # ------------------------------------------------------------ bookkeeping

    async def _settle(
        self, settlements: Sequence[Settlement], *, report: bool = True
    ) -> list[RevocationRow]:
        """Record where rows ended up. Every row a run settles is one it marked ``sending``
        (or found so), so each leaves the rows in doubt."""
        if not settlements:
            return []
        settled = await self._drafts.run(lambda s: s.revocations.settle(settlements))
        self.progress.in_doubt -= len(settled)
        for row in settled:
            if row.state == RowState.REVOKED:
                self.progress.succeeded += 1
            elif row.state == RowState.FAILED:
                self.progress.failed += 1
            elif row.state == RowState.SKIPPED:
                self.progress.skipped += 1
            self._on_row(row)
        if report:
            self._report()
        return settled

    async def _audit_only(
        self, rows: Sequence[RevocationRow], outcome: Outcome, detail: str
    ) -> None:
        records = [self._audit(row, OPERATION, outcome, detail) for row in rows]

        def write(stores: Stores) -> None:
            for record in records:
                stores.drafts.audit(record)

        await self._drafts.run(write)

    def _refused(
        self,
        row: RevocationRow,
        state: RowState,
        text: str,
        *,
        operation: str = OPERATION,
        retriable: bool = False,
        code: str = "",
    ) -> Settlement:
        """A row that was not revoked (failed, back to pending, skipped), with ``text`` as its
        error and in its audit entry."""
        return Settlement(
            row.id,
            state,
            error=text,
            code=code,
            retriable=retriable,
            audit=self._audit(row, operation, Outcome.FAILED, text),
        )

    def _audit(
        self, row: RevocationRow, operation: str, outcome: Outcome, detail: str
    ) -> AuditRecord:
        profile, user = self._who()
        recipient = f" ({row.target.identity})" if row.target.identity else ""
        return AuditRecord(
            profile=profile,
            user=user,
            operation=operation,
            target=(
                f"batch {self.batch_id} row {row.id}: assertion {row.target.entity_id}{recipient}"
            ),
            outcome=outcome,
            detail=detail,
        )


def _already_revoked(result: RevocationResult) -> bool:
    text = (result.reason or "").lower()
    return not result.revoked and (result.code == _ALREADY_REVOKED or "already revoked" in text)


def _pair(
    rows: Sequence[RevocationRow], results: Sequence[RevocationResult]
) -> tuple[list[tuple[RevocationRow, RevocationResult]], list[RevocationRow]]:
    """Each row with its per-item answer: by entityId, or by place when the answer names
    none. Rows without an answer come back second."""
    by_key = {result.key: result for result in results if result.key}
    answered: list[tuple[RevocationRow, RevocationResult]] = []
    unanswered: list[RevocationRow] = []
    for index, row in enumerate(rows):
        result = by_key.get(row.target.entity_id or "")
        if result is None and index < len(results) and not results[index].key:
            result = results[index]
        if result is None:
            unanswered.append(row)
        else:
            answered.append((row, result))
    return answered, unanswered
