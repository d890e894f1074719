"""Award batches drafted straight in the store, and what the sandbox made of them: shared by
the tests of submission, bounded waits, crash safety and revocation."""

from __future__ import annotations

from collections import Counter

from badgedesk.core.batches import BadgeClassChoice, BatchDefaults, RowFields
from badgedesk.core.states import RowState
from badgedesk.sandbox import SandboxServer
from badgedesk.services.outbox import OutagePolicy
from badgedesk.store.thread import StoreThread

FAST_HOLDS = OutagePolicy(wait=0.01, holds=5)
"""Holds of a hundredth of a second, and the run stops (offline) after the fifth."""


def badgeclass_of(sandbox: SandboxServer, name: str = "Peer Mentor") -> BadgeClassChoice:
    """The sandbox's badge class called ``name``, as a batch refers to it."""
    record = next(b for b in sandbox.state.badgeclasses.values() if b.name == name)
    return BadgeClassChoice(record.entity_id, record.name)


def make_batch(
    drafts: StoreThread,
    sandbox: SandboxServer,
    count: int,
    *,
    prefix: str = "learner",
    defaults: BatchDefaults | None = None,
) -> int:
    """A draft award batch of ``count`` learners for Peer Mentor, in the store; its id."""
    batch = drafts.call(
        lambda s: s.drafts.create_batch(
            "sandbox", "Spring cohort", badgeclass_of(sandbox), defaults or BatchDefaults()
        )
    )
    drafts.call(
        lambda s: s.drafts.add_rows(
            batch.id,
            [RowFields(identity=f"{prefix}{n:04d}@school.test") for n in range(count)],
        )
    )
    return batch.id


def awards_on_server(sandbox: SandboxServer, batch_class: str, prefix: str) -> Counter[str]:
    """How many live awards of ``batch_class`` each recipient starting with ``prefix`` has."""
    return Counter(
        a.identity
        for a in sandbox.state.assertions.values()
        if a.badgeclass == batch_class and a.identity.startswith(prefix) and not a.revoked
    )


def assert_each_awarded_once(drafts: StoreThread, sandbox: SandboxServer, batch_id: int) -> None:
    """Every row of the batch awarded, once each on the server, with the server's entityId."""
    rows = drafts.call(lambda s: s.drafts.rows(batch_id))
    assert {row.state for row in rows} == {RowState.AWARDED}
    on_server = awards_on_server(sandbox, badgeclass_of(sandbox).entity_id, "learner")
    assert len(on_server) == len(rows)
    assert set(on_server.values()) == {1}, "someone was awarded twice"
    server_ids = {
        a.identity: a.entity_id
        for a in sandbox.state.assertions.values()
        if a.identity.startswith("learner")
    }
    for row in rows:
        assert row.entity_id == server_ids[row.fields.identity]
