"""Badge classes drafted offline and sent later, against a real sandbox in both flavours: kept
with no network, sent once online through the audit trail into the catalogue (published), a
lost answer looked for on the server before anything is resent, a refusal kept with the
server's words, and a batch's draft reference resolved to the badge class made."""

from __future__ import annotations

from pathlib import Path

import pytest

from badgedesk.api.client import BadgesClient, image_data_uri
from badgedesk.api.errors import NetworkError
from badgedesk.api.models import BadgeClassRequest, Issuer
from badgedesk.core.badgeclass_drafts import DraftState
from badgedesk.core.batches import BadgeClassChoice, RowFields
from badgedesk.core.states import RowState
from badgedesk.sandbox import SandboxServer
from badgedesk.services.assertions import AssertionService, NotSignedInError
from badgedesk.services.audit import AuditTrail
from badgedesk.services.award_batches import AwardBatches
from badgedesk.services.badge_classes import DESIGNERS, BadgeClassService, role_in
from badgedesk.services.badgeclass_drafts import BadgeClassDrafts, preview
from badgedesk.services.catalogue import Catalogue
from badgedesk.services.changes import BadgeClassDraftsChanged, Change, Changes
from badgedesk.services.outbox import SubmissionProgress, SubmissionRefused
from badgedesk.store import AuditLog, open_database
from badgedesk.store.thread import StoreThread
from tests.badge_files import plain_png


class Desk:
    """The drafts service over a connection that can be cut: ``online`` is the client while
    the network is up, None while it is out."""

    def __init__(self, client: BadgesClient, store: StoreThread, db_path: Path, runner) -> None:
        self.runner = runner
        self.db_path = db_path
        self.server_client = client
        self.online: BadgesClient | None = client
        reach = lambda: self.online  # noqa: E731 - looked up on every call
        catalogue = Catalogue(store, reach, lambda: "Sandbox")
        audit = AuditTrail(store, lambda: ("Sandbox", "Dana Demo"))
        self.heard: list[Change] = []
        changes = Changes()
        changes.subscribe(self.heard.append)
        user = runner.run(client.users_self())
        design = BadgeClassService(
            reach, audit, catalogue, AssertionService(reach, audit, changes), lambda: user, changes
        )
        self.drafts = BadgeClassDrafts(
            store, reach, lambda: "Sandbox", design, catalogue, audit, changes
        )
        self.catalogue = catalogue
        self.batches = AwardBatches(store, reach, lambda: ("Sandbox", "Dana Demo"), changes)
        self.batches.badgeclass_draft = self.drafts.resolve
        runner.run(catalogue.refresh())
        issuers = runner.run(catalogue.cached())[0]
        self.issuer: Issuer = next(i for i in issuers if role_in(i, user) in DESIGNERS)

    def on_server(self, name: str) -> list[str]:
        """The entityIds of the issuer's badge classes named ``name``, as the server has them."""
        found = self.runner.run(self.server_client.list_badgeclasses(self.issuer.key))
        return [b.key for b in found if b.name == name]

    def audited(self) -> list[tuple[str, str, str]]:
        conn = open_database(self.db_path)
        try:
            entries = reversed(AuditLog(conn).entries())
            return [(e.operation, e.outcome, e.detail) for e in entries]
        finally:
            conn.close()


@pytest.fixture
def desk(client, drafts, db_path, runner) -> Desk:
    return Desk(client, drafts, db_path, runner)


def request(name: str = "Harbour Safety", **changes) -> BadgeClassRequest:
    fields = {
        "name": name,
        "description": "Knows the harbour's safety rules.",
        "image": image_data_uri(plain_png(8)),
        "criteria_narrative": "Pass the **safety walk**.",
    } | changes
    return BadgeClassRequest(**fields)


def test_drafted_offline_then_sent_once_online(desk, runner):
    desk.online = None
    draft = runner.run(desk.drafts.save(desk.issuer, request()))
    assert draft.state == DraftState.PENDING
    with pytest.raises(NotSignedInError):
        runner.run(desk.drafts.send_all())
    assert runner.run(desk.drafts.draft(draft.uid)).state == DraftState.PENDING
    assert desk.on_server("Harbour Safety") == []

    desk.online = desk.server_client
    (sent,) = runner.run(desk.drafts.send_all())
    assert sent.state == DraftState.SENT
    assert desk.on_server("Harbour Safety") == [sent.entity_id]
    kept = runner.run(desk.catalogue.cached())[1]
    assert sent.entity_id in {b.key for b in kept}
    assert desk.audited()[-1][:2] == ("create badge class", "ok")
    last = [c for c in desk.heard if isinstance(c, BadgeClassDraftsChanged)][-1]
    assert [d.state for d in last.drafts] == [DraftState.SENT]

    assert runner.run(desk.drafts.send_all()) == []
    assert runner.run(desk.drafts.send(draft.uid)).entity_id == sent.entity_id
    assert desk.on_server("Harbour Safety") == [sent.entity_id]


def test_a_lost_answer_is_looked_for_before_any_resend(desk, sandbox: SandboxServer, runner):
    draft = runner.run(desk.drafts.save(desk.issuer, request("Lost Answer")))
    sandbox.faults.enqueue("lost_answer", path_prefix=f"/v2/issuers/{desk.issuer.key}/badge")
    with pytest.raises(NetworkError):
        runner.run(desk.drafts.send(draft.uid))
    assert runner.run(desk.drafts.draft(draft.uid)).state == DraftState.SENDING
    with pytest.raises(ValueError, match="may have reached the server"):
        runner.run(desk.drafts.delete(draft.uid))
    (made,) = desk.on_server("Lost Answer")

    sent = runner.run(desk.drafts.send(draft.uid))
    assert (sent.state, sent.entity_id) == (DraftState.SENT, made)
    assert desk.on_server("Lost Answer") == [made]
    assert [entry[:2] for entry in desk.audited()[-2:]] == [
        ("create badge class", "unknown"),
        ("create badge class", "ok"),
    ]
    assert "after its answer was lost" in desk.audited()[-1][2]


def test_a_refused_draft_keeps_the_servers_words_and_refuses_its_batch(desk, runner):
    draft = runner.run(desk.drafts.save(desk.issuer, request("Not an image", image="data:,x")))
    failed = runner.run(desk.drafts.send(draft.uid))
    assert failed.state == DraftState.FAILED
    assert failed.error
    with pytest.raises(SubmissionRefused, match="Not an image"):
        runner.run(desk.drafts.resolve(draft.reference))
    assert desk.on_server("Not an image") == []
    runner.run(desk.drafts.delete(draft.uid))
    assert runner.run(desk.drafts.drafts()) == []


def test_a_batch_reference_resolves_to_the_badge_class_made(desk, runner):
    assert runner.run(desk.drafts.resolve("plainId")) == "plainId"
    draft = runner.run(desk.drafts.save(desk.issuer, request("For a batch")))
    entity_id = runner.run(desk.drafts.resolve(draft.reference))
    assert desk.on_server("For a batch") == [entity_id]
    assert runner.run(desk.drafts.resolve(draft.reference)) == entity_id


def draft_batch(desk: Desk, runner, name: str) -> tuple[int, str]:
    """A batch of two learners drafted offline for a badge class drafted offline too: the
    batch's id and the draft's uid."""
    desk.online = None
    draft = runner.run(desk.drafts.save(desk.issuer, request(name)))
    choice = BadgeClassChoice(draft.reference, draft.name, draft.issuer_name)
    rows = [RowFields(identity=f"learner{n}@school.test") for n in range(2)]
    batch = runner.run(desk.batches.create_batch("Spring cohort", choice, rows=rows))
    return batch.id, draft.uid


def test_a_batch_for_a_draft_badge_class_waits_for_it_then_awards_it(desk, sandbox, runner):
    batch_id, uid = draft_batch(desk, runner, "Drafted Together")
    desk.online = desk.server_client
    seen: list[str | None] = []

    def progress(now: SubmissionProgress) -> None:
        seen.append(now.awaiting_badgeclass)

    done = runner.run(desk.batches.submit(batch_id, on_progress=progress))
    assert "Drafted Together" in seen, "the progress says it waits for the badge class"
    assert done.succeeded == 2
    made = runner.run(desk.drafts.draft(uid)).entity_id
    assert desk.on_server("Drafted Together") == [made]
    batch = runner.run(desk.batches.batch(batch_id))
    assert batch.badgeclass == BadgeClassChoice(made, "Drafted Together", desk.issuer.name)
    rows = runner.run(desk.batches.rows(batch_id))
    assert {row.state for row in rows} == {RowState.AWARDED}
    awarded = {
        a.badgeclass for a in sandbox.state.assertions.values() if a.identity.startswith("learner")
    }
    assert awarded == {made}


def test_a_batch_whose_draft_badge_class_cannot_be_made_yet_sends_nothing(desk, sandbox, runner):
    batch_id, uid = draft_batch(desk, runner, "Made Later")
    desk.online = desk.server_client
    sandbox.faults.enqueue("drop", count=10, path_prefix=f"/v2/issuers/{desk.issuer.key}/badge")
    with pytest.raises(SubmissionRefused, match="Made Later"):
        runner.run(desk.batches.submit(batch_id))
    assert runner.run(desk.drafts.draft(uid)).state == DraftState.SENDING  # the answer was lost
    assert "Made Later" not in {b.name for b in sandbox.state.badgeclasses.values()}
    rows = runner.run(desk.batches.rows(batch_id))
    assert {row.state for row in rows} == {RowState.PENDING}

    sandbox.faults.clear()
    assert runner.run(desk.batches.submit(batch_id)).succeeded == 2
    (made,) = desk.on_server("Made Later")
    assert runner.run(desk.drafts.draft(uid)).entity_id == made


def test_a_draft_is_changed_until_it_may_have_reached_the_server(desk, sandbox, runner):
    draft = runner.run(desk.drafts.save(desk.issuer, request("First Name")))
    revised = runner.run(desk.drafts.revise(draft.uid, request("Second Name", image=None)))
    assert (revised.name, revised.state) == ("Second Name", DraftState.PENDING)
    assert revised.request["image"] == draft.request["image"], "no new image keeps the old"
    assert preview(revised).name == "Second Name"
    assert preview(revised).key == draft.reference

    sandbox.faults.enqueue("drop", count=10, path_prefix=f"/v2/issuers/{desk.issuer.key}/badge")
    with pytest.raises(NetworkError):
        runner.run(desk.drafts.send(draft.uid))
    assert runner.run(desk.drafts.draft(draft.uid)).state == DraftState.SENDING
    with pytest.raises(ValueError, match="not sent yet"):
        runner.run(desk.drafts.revise(draft.uid, request("Third Name")))
    sandbox.faults.clear()


def test_the_catalogue_keeps_who_saw_it_for_an_offline_start(client, drafts, runner):
    user = runner.run(client.users_self())
    profile = ["Sandbox"]
    seen = Catalogue(drafts, lambda: client, lambda: profile[0], lambda: user)
    runner.run(seen.refresh())
    assert seen.last_user() == user

    started_offline = Catalogue(drafts, lambda: None, lambda: profile[0])
    assert started_offline.last_user() is None, "not read yet"
    runner.run(started_offline.cached())
    assert started_offline.last_user() == user
    profile[0] = "Another server"
    assert started_offline.last_user() is None, "another profile's user is not this one's"
