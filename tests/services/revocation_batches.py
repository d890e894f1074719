"""Awards made on the sandbox to be revoked, and revocation batches drafted straight in the
store: shared by the revocation tests and their crash-safety test."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from badgedesk.api.client import BadgesClient
from badgedesk.api.models import AwardRequest, Recipient
from badgedesk.core.batches import RevocationTarget
from badgedesk.core.states import BatchKind, Match
from badgedesk.sandbox import SandboxServer
from badgedesk.store.thread import StoreThread
from tests.services.award_batches import badgeclass_of

REASON = "Course was cancelled"


def award_people(
    runner: asyncio.Runner, client: BadgesClient, sandbox: SandboxServer, count: int, **kw: str
) -> list[str]:
    """Award the Peer Mentor badge to ``count`` people in one request; their entityIds."""
    prefix = kw.get("prefix", "leaver")
    badgeclass = badgeclass_of(sandbox, kw.get("badgeclass", "Peer Mentor"))
    requests = [
        AwardRequest(recipient=Recipient(identity=f"{prefix}{n:04d}@school.test"))
        for n in range(count)
    ]
    made = runner.run(client.issue_batch(badgeclass.entity_id, requests))
    return [assertion.entity_id for assertion in made]


def make_batch(drafts: StoreThread, entity_ids: Sequence[str], *, reason: str = REASON) -> int:
    """A draft revocation batch of ``entity_ids``, not yet checked with the server; its id."""
    batch = drafts.call(
        lambda s: s.drafts.create_batch("sandbox", "Leavers", kind=BatchKind.REVOKE, reason=reason)
    )
    drafts.call(
        lambda s: s.revocations.add_rows(
            batch.id, [RevocationTarget(entity_id=e, match=Match.UNCHECKED) for e in entity_ids]
        )
    )
    return batch.id
