"""The Backpack tab's services against a real sandbox: badges are named from their original JSON
or from public documents kept on disk, acceptance and removal follow the server's rules, imports
and collection writes are audited with their outcome."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from badgedesk.api.client import BadgesClient
from badgedesk.api.errors import ApiError, NotFoundError, ServerError, ValidationError
from badgedesk.api.models import BackpackAssertion, Collection
from badgedesk.baking import BakedAssertion, unbake
from badgedesk.sandbox import DEMO_EMAIL
from badgedesk.services.assertions import NotSignedInError
from badgedesk.services.audit import AuditTrail
from badgedesk.services.backpack import (
    BackpackBadge,
    BackpackService,
    BadgesOutcome,
    describe_assertion,
    describe_baked,
)
from badgedesk.services.changes import BackpackChanged, Change, Changes
from badgedesk.services.public_files import OPEN_BADGES_JSON, PublicFileCache
from badgedesk.store import AuditLog, open_database
from tests.badge_files import baked_png
from tests.ui.waiting import wait_for

DUPLICATE = "You already have this badge in your backpack"


class RecordingCache(PublicFileCache):
    """A public file cache that remembers every URL it was asked for."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.asked: list[str] = []

    async def get(self, url: str) -> bytes | None:
        self.asked.append(url)
        return await super().get(url)


@pytest.fixture
def conn(db_path: Path):
    connection = open_database(db_path)
    yield connection
    connection.close()


@pytest.fixture
def audit(drafts) -> AuditTrail:
    return AuditTrail(drafts, lambda: ("sandbox", "Dana"))


@pytest.fixture
def docs(tmp_path: Path, client: BadgesClient) -> RecordingCache:
    return RecordingCache(tmp_path / "docs", lambda: client, OPEN_BADGES_JSON)


@pytest.fixture
def changes() -> Changes:
    return Changes()


@pytest.fixture
def heard(changes: Changes) -> list[Change]:
    """Every change the service published."""
    published: list[Change] = []
    changes.subscribe(published.append)
    return published


@pytest.fixture
def service(
    client: BadgesClient, audit: AuditTrail, docs: RecordingCache, changes: Changes
) -> BackpackService:
    return BackpackService(lambda: client, audit, docs, changes=changes)


def only(outcome: BadgesOutcome) -> BackpackBadge | None:
    """The badge an action on one badge left (None: deleted); a refusal raised as it came."""
    if outcome.refusal is not None:
        raise outcome.refusal.error
    assert len(outcome.done) + len(outcome.deleted) == 1
    return outcome.done[0] if outcome.done else None


def audited(conn) -> list[tuple[str, str]]:
    """(operation, outcome) of every audit entry, oldest first."""
    return [(e.operation, e.outcome) for e in reversed(AuditLog(conn).entries())]


def expected_names(sandbox, key: str) -> tuple[str, str]:
    """The badge class and issuer names the sandbox holds for a local assertion."""
    with sandbox.state.lock:
        return expected_names_unlocked(sandbox.state, sandbox.state.assertions[key])


def expected_names_unlocked(state, record) -> tuple[str, str]:
    return state.badgeclasses[record.badgeclass].name, state.issuers[record.issuer].name


def by_name(badges: list[BackpackBadge], name: str) -> BackpackBadge:
    return next(b for b in badges if b.name == name)


def local(badges: list[BackpackBadge], acceptance: str) -> list[BackpackBadge]:
    return [b for b in badges if not b.imported and b.acceptance == acceptance]


def public_requests(sandbox) -> list[str]:
    return [r.path for r in sandbox.requests if r.path.startswith("/public/")]


def foreign_assertion(suffix: str = "1") -> dict:
    """A valid Open Badges 2 assertion for the demo user from a host that is not the sandbox."""
    host = "https://badges.example.org"
    return {
        "@context": "https://w3id.org/openbadges/v2",
        "type": "Assertion",
        "id": f"{host}/public/assertions/rescue-{suffix}",
        "recipient": {"type": "email", "hashed": False, "identity": DEMO_EMAIL},
        "badge": {
            "type": "BadgeClass",
            "id": f"{host}/public/badges/rescue",
            "name": "Mountain Rescue Volunteer",
            "description": "Took part in twelve call-outs.",
            "image": f"{host}/images/rescue.png",
            "issuer": {
                "type": "Issuer",
                "id": f"{host}/public/issuers/alpine",
                "name": "Alpine Club",
            },
        },
        "issuedOn": "2024-05-01T09:00:00+00:00",
        "verify": {"type": "hosted", "url": f"{host}/public/assertions/rescue-{suffix}"},
    }


# ------------------------------------------------------------------ listing and naming


@pytest.mark.parametrize("flavor", ["parchment"])  # originalJson/sourceUrl: hosted
def test_badges_lists_everything_but_rejected_named_from_documents_or_json(
    service, sandbox, runner, docs
):
    badges = runner.run(service.badges())
    assert len(badges) == 9, "7 local minus 1 rejected, plus 3 imported"
    assert all(b.acceptance != "Rejected" for b in badges)
    assert sorted(b.acceptance for b in badges) == ["Accepted"] * 6 + ["Unaccepted"] * 3

    locals_ = [b for b in badges if not b.imported]
    imported = [b for b in badges if b.imported]
    assert len(locals_) == 6
    assert len(imported) == 3
    for badge in locals_:
        assert (badge.name, badge.issuer) == expected_names(sandbox, badge.key)
        assert badge.image_url == f"{sandbox.base_url}/public/assertions/{badge.key}/image"
        assert badge.assertion.source_url is None
    first_aid = by_name(badges, "First Aid at Work")
    assert first_aid.issuer == "Northfield College"
    assert first_aid.description == "Can give emergency first aid in the workplace."

    assert {(b.name, b.issuer, b.acceptance) for b in imported} == {
        ("Open Source Contributor", "Community Code Guild", "Accepted"),
        ("Conference Speaker", "EdTech Forum", "Accepted"),
        ("Safeguarding Awareness", "County Learning Partnership", "Unaccepted"),
    }
    assert all(b.assertion.source_url for b in imported)
    speaker = by_name(badges, "Conference Speaker")
    assert speaker.issuer == "EdTech Forum"
    assert speaker.image_url is None

    # Imported badges were named from their original JSON: no document looked up for them.
    assert not [url for url in docs.asked if "example.net" in url]
    fetched = public_requests(sandbox)
    assert fetched, "local badges are named from their public documents"
    assert all(p.startswith(("/public/badges/", "/public/issuers/")) for p in fetched)
    with sandbox.state.lock:
        classes = {sandbox.state.assertions[b.key].badgeclass for b in locals_}
        issuers = {sandbox.state.assertions[b.key].issuer for b in locals_}
    assert {p.rsplit("/", 1)[1] for p in fetched if p.startswith("/public/badges/")} == classes
    assert {p.rsplit("/", 1)[1] for p in fetched if p.startswith("/public/issuers/")} == issuers


def test_public_documents_are_kept_on_disk(service, client, audit, tmp_path, sandbox, runner):
    first = runner.run(service.badges())
    assert any(p.startswith("/public/badges/") for p in public_requests(sandbox))
    sandbox.clear_requests()

    again = BackpackService(
        lambda: client,
        audit,
        PublicFileCache(tmp_path / "docs", lambda: client, OPEN_BADGES_JSON),
        changes=Changes(),
    )
    second = runner.run(again.badges())
    assert public_requests(sandbox) == [], "names come from the documents on disk"
    assert [r.path for r in sandbox.requests] == ["/v2/backpack/assertions"]
    assert [(b.key, b.name, b.issuer) for b in second] == [(b.key, b.name, b.issuer) for b in first]


@pytest.mark.parametrize("flavor", ["parchment"])  # originalJson/sourceUrl: hosted
def test_badges_without_a_client_for_documents_are_named_by_host(
    client, audit, tmp_path, sandbox, runner
):
    offline_docs = PublicFileCache(tmp_path / "docs", lambda: None, OPEN_BADGES_JSON)
    service = BackpackService(lambda: client, audit, offline_docs, changes=Changes())
    badges = runner.run(service.badges())
    assert len(badges) == 9
    for badge in badges:
        if badge.imported:
            assert badge.name != "127.0.0.1", "imported badges still have their JSON"
        else:
            assert (badge.name, badge.issuer) == ("127.0.0.1", "127.0.0.1")
    assert public_requests(sandbox) == []
    assert {b.name for b in badges if b.imported} == {
        "Open Source Contributor",
        "Conference Speaker",
        "Safeguarding Awareness",
    }


@pytest.mark.parametrize("flavor", ["parchment"])  # originalJson/sourceUrl: hosted
def test_badges_without_a_document_cache_are_named_from_what_the_server_sends(
    client, audit, sandbox, runner
):
    service = BackpackService(lambda: client, audit, None, changes=Changes())
    badges = runner.run(service.badges())
    assert len(badges) == 9
    assert {(b.name, b.issuer) for b in badges if not b.imported} == {("127.0.0.1", "127.0.0.1")}
    assert by_name(badges, "Open Source Contributor").issuer == "Community Code Guild"
    assert public_requests(sandbox) == []


def test_badges_whose_documents_are_gone_are_named_by_host_and_named_again_later(
    service, sandbox, runner
):
    state = sandbox.state
    with state.lock:
        mine = [
            a
            for a in state.assertions.values()
            if a.source_url is None and a.identity == DEMO_EMAIL and a.acceptance != "Rejected"
        ]
        names = {a.entity_id: expected_names_unlocked(state, a) for a in mine}
        first_aid = next(c for c in state.badgeclasses.values() if c.name == "First Aid at Work")
        northfield = next(i for i in state.issuers.values() if i.name == "Northfield College")
        del state.badgeclasses[first_aid.entity_id]
        del state.issuers[northfield.entity_id]
    class_path = f"/public/badges/{first_aid.entity_id}"
    issuer_path = f"/public/issuers/{northfield.entity_id}"

    badges = runner.run(service.badges())
    assert len(badges) == 9
    statuses = {r.path: r.status for r in sandbox.requests}
    assert (statuses[class_path], statuses[issuer_path]) == (404, 404)
    for badge in (b for b in badges if not b.imported):
        record = state.assertions[badge.key]
        name, issuer = names[badge.key]
        if record.badgeclass == first_aid.entity_id:
            name = "127.0.0.1"
        if record.issuer == northfield.entity_id:
            issuer = "127.0.0.1"
        assert (badge.name, badge.issuer) == (name, issuer)
    assert sum(b.name == "127.0.0.1" for b in badges) == 1
    assert sum(b.issuer == "127.0.0.1" for b in badges) == 3

    # A 404 is not kept on disk: once the documents are back, the same URLs are asked again.
    with state.lock:
        state.badgeclasses[first_aid.entity_id] = first_aid
        state.issuers[northfield.entity_id] = northfield
    sandbox.clear_requests()
    again = runner.run(service.badges())
    assert {(b.name, b.issuer) for b in again if not b.imported} == set(names.values())
    assert ("First Aid at Work", "Northfield College") in set(names.values())
    asked = {r.path: r.status for r in sandbox.requests if r.path.startswith("/public/")}
    assert asked == {class_path: 200, issuer_path: 200}, "documents fetched before stay on disk"


def test_an_unwritable_document_cache_does_not_stop_the_listing(client, audit, tmp_path, runner):
    (tmp_path / "docs").write_text("a file where the cache directory should be")
    documents = PublicFileCache(tmp_path / "docs", lambda: client, OPEN_BADGES_JSON)
    service = BackpackService(lambda: client, audit, documents, changes=Changes())
    badges = runner.run(service.badges())
    assert len(badges) == 9
    assert ("First Aid at Work", "Northfield College") in {(b.name, b.issuer) for b in badges}


def test_revoked_badges_are_listed_only_when_asked(service, sandbox, runner):
    badge = local(runner.run(service.badges()), "Accepted")[0]
    with sandbox.state.lock:
        sandbox.state.assertions[badge.key].revoked = True
    assert badge.key not in {b.key for b in runner.run(service.badges())}
    everything = runner.run(service.badges(include_expired_and_revoked=True))
    assert badge.key in {b.key for b in everything}
    revoked = next(b for b in everything if b.key == badge.key)
    assert revoked.name == badge.name, "a revoked badge keeps its names"


def test_no_client_means_not_signed_in(audit, docs, runner):
    service = BackpackService(lambda: None, audit, docs, changes=Changes())
    with pytest.raises(NotSignedInError):
        runner.run(service.badges())
    with pytest.raises(NotSignedInError):
        runner.run(service.collections())


# ------------------------------------------------------------------ acceptance and removal


def test_accept_changes_the_server_and_is_audited(service, client, runner, conn):
    first = local(runner.run(service.badges()), "Unaccepted")[0]
    accepted = only(runner.run(service.accept([first])))
    assert accepted.acceptance == "Accepted"
    assert (accepted.name, accepted.issuer) == (first.name, first.issuer), "names are kept"
    assert runner.run(client.get_backpack_assertion(first.key)).acceptance == "Accepted"
    assert audited(conn) == [("accept badge", "ok")]
    (entry,) = AuditLog(conn).entries()
    assert first.key in entry.target
    assert first.name in entry.target


def test_declining_sends_delete_never_put_rejected_and_undo_accepts_again(
    service, client, sandbox, runner, conn
):
    """The real server refuses acceptance "Rejected"; an earner declines with DELETE, and a
    badge issued there comes back by being accepted again."""
    badge = local(runner.run(service.badges()), "Unaccepted")[0]
    sandbox.clear_requests()
    removed = only(runner.run(service.remove([badge])))
    assert removed is not None
    assert removed.removed
    assert (removed.key, removed.name) == (badge.key, badge.name)
    assert [(r.method, r.path) for r in sandbox.requests] == [
        ("DELETE", f"/v2/backpack/assertions/{badge.key}")
    ]
    listed = {b.key for b in runner.run(service.badges())}
    assert badge.key not in listed
    assert len(listed) == 8
    assert runner.run(client.get_backpack_assertion(badge.key)).acceptance == "Rejected"

    sandbox.clear_requests()
    back = only(runner.run(service.accept([removed])))
    assert back.acceptance == "Accepted"
    assert not back.removed
    assert [(r.method, json.loads(r.body)) for r in sandbox.requests] == [
        ("PUT", {"acceptance": "Accepted"})
    ]
    listed_again = {b.key: b for b in runner.run(service.badges())}
    assert listed_again[badge.key].acceptance == "Accepted"
    assert len(listed_again) == 9

    assert audited(conn) == [("remove badge", "ok"), ("bring back badge", "ok")]
    entries = list(reversed(AuditLog(conn).entries()))
    assert entries[0].detail == "hidden (issued on this server)"
    assert all(badge.key in e.target for e in entries)


def test_a_refused_removal_is_audited_as_failed(service, sandbox, runner, conn):
    badge = local(runner.run(service.badges()), "Accepted")[0]
    with sandbox.state.lock:
        del sandbox.state.assertions[badge.key]  # gone on the server meanwhile
    with pytest.raises(NotFoundError):
        only(runner.run(service.remove([badge])))
    assert audited(conn) == [("remove badge", "failed")]
    assert not [r for r in sandbox.requests if r.method == "PUT"]


def test_removing_a_local_badge_only_hides_it_until_accepted_again(service, client, runner, conn):
    badge = local(runner.run(service.badges()), "Accepted")[0]
    assert only(runner.run(service.remove([badge]))) is not None
    assert badge.key not in {b.key for b in runner.run(service.badges())}
    detail = runner.run(client.get_backpack_assertion(badge.key))
    assert detail.key == badge.key, "the badge is hidden, not deleted"

    restored = only(runner.run(service.accept([badge])))
    assert restored.acceptance == "Accepted"
    assert badge.key in {b.key for b in runner.run(service.badges())}

    entries = list(reversed(AuditLog(conn).entries()))
    assert [(e.operation, e.outcome) for e in entries] == [
        ("remove badge", "ok"),
        ("accept badge", "ok"),
    ]
    assert entries[0].detail == "hidden (issued on this server)"


def test_removing_an_imported_badge_deletes_it(service, client, runner, conn, flavor):
    """Told apart by its address on another host when the server sends no sourceUrl (the
    open-source server), so what the tab says of it holds on both servers."""
    badge = next(b for b in runner.run(service.badges()) if b.imported)
    assert badge.assertion.open_badge_id.startswith("https://"), "its issuer's address"
    assert (badge.assertion.source_url is None) == (flavor == "badgr-oss")
    assert only(runner.run(service.remove([badge]))) is None, "nothing to bring back"
    assert badge.key not in {b.key for b in runner.run(service.badges())}
    with pytest.raises(NotFoundError):
        runner.run(client.get_backpack_assertion(badge.key))

    with pytest.raises(NotFoundError):
        only(runner.run(service.accept([badge])))
    entries = list(reversed(AuditLog(conn).entries()))
    assert [(e.operation, e.outcome) for e in entries] == [
        ("remove badge", "ok"),
        ("accept badge", "failed"),
    ]
    assert entries[0].detail == "deleted (imported)"
    assert entries[1].detail, "the failure says why"


# ------------------------------------------------------------------ imports


def test_import_by_url_accepts_a_local_badge_and_names_it(service, client, sandbox, runner, conn):
    badge = local(runner.run(service.badges()), "Unaccepted")[0]
    url = f"{sandbox.base_url}/public/assertions/{badge.key}"
    imported = runner.run(service.import_url(url))
    assert imported.key == badge.key
    assert imported.acceptance == "Accepted"
    assert (imported.name, imported.issuer) == expected_names(sandbox, badge.key)
    assert not imported.imported
    assert runner.run(client.get_backpack_assertion(badge.key)).acceptance == "Accepted"
    entries = AuditLog(conn).entries()
    assert [(e.operation, e.outcome, e.target) for e in entries] == [
        ("import badge", "ok", f"url {url}")
    ]


def test_import_by_baked_image(service, client, sandbox, runner, conn):
    badge = local(runner.run(service.badges()), "Unaccepted")[-1]
    image = baked_png(f"{sandbox.base_url}/public/assertions/{badge.key}")
    imported = runner.run(service.import_image(image, "from-email.png"))
    assert imported.key == badge.key
    assert imported.acceptance == "Accepted"
    assert (imported.name, imported.issuer) == expected_names(sandbox, badge.key)
    assert runner.run(client.get_backpack_assertion(badge.key)).acceptance == "Accepted"
    posted = [r for r in sandbox.requests if r.path == "/v2/backpack/import"]
    assert json.loads(posted[-1].body)["image"].startswith("data:image/png;base64,")
    assert [(e.operation, e.outcome, e.target) for e in AuditLog(conn).entries()] == [
        ("import badge", "ok", "image from-email.png")
    ]


@pytest.mark.parametrize("flavor", ["parchment"])  # originalJson/sourceUrl: hosted
def test_import_by_json_adds_a_badge_named_from_its_json(service, docs, runner, conn):
    document = foreign_assertion()
    imported = runner.run(service.import_json(document))
    assert imported.imported
    assert imported.acceptance == "Accepted"
    assert imported.assertion.source_url == document["id"]
    assert imported.name == "Mountain Rescue Volunteer"
    assert imported.issuer == "Alpine Club"
    assert imported.description == "Took part in twelve call-outs."
    assert imported.image_url == "https://badges.example.org/images/rescue.png"
    assert docs.asked == [], "everything came from the JSON"

    listed = runner.run(service.badges())
    assert len(listed) == 10
    again = next(b for b in listed if b.key == imported.key)
    assert (again.name, again.issuer) == ("Mountain Rescue Volunteer", "Alpine Club")
    assert not [url for url in docs.asked if "example.org" in url]
    assert [(e.operation, e.outcome, e.target) for e in AuditLog(conn).entries()] == [
        ("import badge", "ok", f"JSON {document['id']}")
    ]


def test_importing_a_badge_already_accepted_fails_as_a_duplicate(service, sandbox, runner, conn):
    badge = local(runner.run(service.badges()), "Accepted")[0]
    with pytest.raises(ValidationError) as raised:
        runner.run(service.import_url(f"{sandbox.base_url}/public/assertions/{badge.key}"))
    assert DUPLICATE in raised.value.messages

    runner.run(service.import_json(foreign_assertion("dup")))
    with pytest.raises(ValidationError) as twice:
        runner.run(service.import_json(foreign_assertion("dup")))
    assert DUPLICATE in twice.value.messages

    entries = list(reversed(AuditLog(conn).entries()))
    assert [(e.operation, e.outcome) for e in entries] == [
        ("import badge", "failed"),
        ("import badge", "ok"),
        ("import badge", "failed"),
    ]
    assert DUPLICATE in entries[0].detail
    assert len(runner.run(service.badges())) == 10, "no second copy"


def test_an_invalid_json_import_is_refused_and_audited(service, runner, conn):
    document = foreign_assertion()
    document["recipient"]["identity"] = "someone.else@example.org"
    with pytest.raises(ValidationError) as raised:
        runner.run(service.import_json(document))
    assert "This badge was not awarded to your email address." in raised.value.messages
    assert audited(conn) == [("import badge", "failed")]


# ------------------------------------------------------------------ collections


def test_collections_are_listed_with_members_and_share_url(service, sandbox, runner):
    badges = {b.key for b in runner.run(service.badges())}
    collections = {c.name: c for c in runner.run(service.collections())}
    assert set(collections) == {"Teaching portfolio", "Workshops"}
    teaching, workshops = collections["Teaching portfolio"], collections["Workshops"]
    assert teaching.published
    assert teaching.share_url
    assert teaching.share_url.startswith(f"{sandbox.base_url}/public/collections/")
    assert len(teaching.assertions) == 3
    assert not workshops.published
    assert workshops.share_url is None
    assert len(workshops.assertions) == 2
    assert set(teaching.assertions) | set(workshops.assertions) <= badges


def test_a_collection_is_created_empty_then_given_its_members(service, sandbox, runner, conn):
    members = [b.key for b in runner.run(service.badges())[:2]]
    sandbox.clear_requests()
    created = runner.run(service.create_collection("Awards 2025", "This year's", False))
    filled = runner.run(service.set_members(created, members))

    writes = [r for r in sandbox.requests if r.method != "GET"]
    assert [(r.method, r.path) for r in writes] == [
        ("POST", "/v2/backpack/collections"),
        ("PUT", f"/v2/backpack/collections/{created.key}"),
    ]
    posted, put = (json.loads(r.body) for r in writes)
    assert "assertions" not in posted, "the server fails when members come with the creation"
    assert posted["name"] == "Awards 2025"
    assert put["assertions"] == members
    assert created.assertions == []
    assert filled.assertions == members
    assert filled.name == "Awards 2025"
    assert filled.description == "This year's"
    assert not filled.published
    assert filled.share_url is None

    listed = {c.key: c for c in runner.run(service.collections())}
    assert len(listed) == 3
    assert listed[created.key].assertions == members
    entries = AuditLog(conn).entries()
    assert [(e.operation, e.outcome, e.detail) for e in entries] == [
        ("set collection badges", "ok", "2 badges"),
        ("create collection", "ok", ""),
    ]
    assert "Awards 2025" in entries[1].target


def test_create_published_collection_gets_a_share_url(service, sandbox, runner, conn):
    sandbox.clear_requests()
    created = runner.run(service.create_collection("Public", "", True))
    assert created.published
    assert created.share_url
    assert created.share_url.startswith(f"{sandbox.base_url}/public/collections/")
    assert created.assertions == []
    assert [(r.method, r.path) for r in sandbox.requests] == [("POST", "/v2/backpack/collections")]
    assert audited(conn) == [("create collection", "ok")]


def test_update_collection_changes_fields_and_unpublishing_clears_share_url(
    service, client, runner, conn
):
    teaching = next(c for c in runner.run(service.collections()) if c.published)
    updated = runner.run(service.update_collection(teaching, "Teaching", "Renamed.", False))
    assert (updated.name, updated.description, updated.published) == (
        "Teaching",
        "Renamed.",
        False,
    )
    assert updated.share_url is None
    assert updated.assertions == teaching.assertions, "members stay"
    on_server = runner.run(client.get_collection(teaching.key))
    assert (on_server.name, on_server.share_url) == ("Teaching", None)

    republished = runner.run(service.update_collection(updated, "Teaching", "Renamed.", True))
    assert republished.share_url
    entries = list(reversed(AuditLog(conn).entries()))
    assert [(e.operation, e.outcome, e.detail) for e in entries] == [
        ("edit collection", "ok", "not published"),
        ("edit collection", "ok", "published"),
    ]
    assert teaching.key in entries[0].target


def test_set_members_replaces_members_and_keeps_the_rest(service, client, runner, conn):
    workshops = next(c for c in runner.run(service.collections()) if c.name == "Workshops")
    others = [b.key for b in runner.run(service.badges()) if b.key not in workshops.assertions]
    chosen = others[:3]
    changed = runner.run(service.set_members(workshops, chosen))
    assert changed.assertions == chosen
    assert (changed.name, changed.description) == (workshops.name, workshops.description)
    assert not changed.published
    assert runner.run(client.get_collection(workshops.key)).assertions == chosen

    emptied = runner.run(service.set_members(changed, []))
    assert emptied.assertions == []
    assert emptied.name == "Workshops"
    assert [(e.operation, e.outcome, e.detail) for e in reversed(AuditLog(conn).entries())] == [
        ("set collection badges", "ok", "3 badges"),
        ("set collection badges", "ok", "0 badges"),
    ]


def test_delete_collection(service, client, runner, conn):
    workshops = next(c for c in runner.run(service.collections()) if c.name == "Workshops")
    runner.run(service.delete_collection(workshops))
    assert [c.name for c in runner.run(service.collections())] == ["Teaching portfolio"]
    with pytest.raises(NotFoundError):
        runner.run(client.get_collection(workshops.key))
    assert audited(conn) == [("delete collection", "ok")]


def test_failing_collection_writes_are_audited_as_failed(service, client, sandbox, runner, conn):
    teaching = next(c for c in runner.run(service.collections()) if c.published)
    path = f"/v2/backpack/collections/{teaching.key}"
    sandbox.faults.enqueue("error500", 10, path_prefix=path)
    with pytest.raises(ServerError):
        runner.run(service.update_collection(teaching, "Broken", "", False))
    sandbox.faults.clear()
    assert runner.run(client.get_collection(teaching.key)).name == "Teaching portfolio"

    missing = Collection(entity_id="NoSuchCollection000000", name="Gone")
    with pytest.raises(ApiError):
        runner.run(service.delete_collection(missing))
    with pytest.raises(ApiError):
        runner.run(service.set_members(missing, []))
    with pytest.raises(ValidationError):
        runner.run(service.set_members(teaching, ["NotInMyBackpack000000"]))

    entries = list(reversed(AuditLog(conn).entries()))
    assert [(e.operation, e.outcome) for e in entries] == [
        ("edit collection", "failed"),
        ("delete collection", "failed"),
        ("set collection badges", "failed"),
        ("set collection badges", "failed"),
    ]
    assert all(e.detail for e in entries), "each failure says why"
    assert "NoSuchCollection000000" in entries[1].target


def test_create_collection_fails_when_the_server_fails(service, sandbox, runner, conn):
    sandbox.faults.enqueue("error500", 1, path_prefix="/v2/backpack/collections")
    with pytest.raises(ServerError):
        runner.run(service.create_collection("Never", "", False))
    sandbox.faults.clear()
    assert "Never" not in {c.name for c in runner.run(service.collections())}
    assert audited(conn) == [("create collection", "failed")]


# ------------------------------------------------------------------ actions on several badges


def test_accepting_several_stops_at_the_first_refusal_and_says_which_were_done(
    service, client, sandbox, runner, conn, heard
):
    unaccepted = [b for b in runner.run(service.badges()) if b.acceptance == "Unaccepted"]
    first, refused, untried = unaccepted
    with sandbox.state.lock:
        del sandbox.state.assertions[refused.key]  # gone on the server meanwhile
    sandbox.clear_requests()

    outcome = runner.run(service.accept([first, refused, untried]))

    assert [b.key for b in outcome.done] == [first.key]
    assert outcome.done[0].acceptance == "Accepted"
    assert outcome.deleted == ()
    assert outcome.not_done == (refused, untried), "the refused one first, then the untried"
    assert outcome.refusal is not None
    assert outcome.refusal.badge == refused
    assert isinstance(outcome.refusal.error, NotFoundError)
    sent = [r.path.rsplit("/", 1)[1] for r in sandbox.requests if r.method == "PUT"]
    assert sent == [first.key, refused.key], "nothing sent after the refusal"
    assert runner.run(client.get_backpack_assertion(untried.key)).acceptance == "Unaccepted"
    assert audited(conn) == [("accept badge", "ok"), ("accept badge", "failed")]
    assert heard == [BackpackChanged()], "one change, for the badge accepted"


def test_a_refusal_before_anything_was_done_publishes_nothing(service, sandbox, runner, heard):
    badge = local(runner.run(service.badges()), "Unaccepted")[0]
    with sandbox.state.lock:
        del sandbox.state.assertions[badge.key]
    outcome = runner.run(service.accept([badge]))
    assert (outcome.done, outcome.not_done) == ((), (badge,))
    assert heard == []


def test_removing_several_hides_local_deletes_imported_and_stops_at_a_refusal(
    service, client, sandbox, runner, conn, heard
):
    badges = runner.run(service.badges())
    first_local, refused, untried = local(badges, "Accepted")[:3]
    imported = next(b for b in badges if b.imported)
    with sandbox.state.lock:
        del sandbox.state.assertions[refused.key]

    outcome = runner.run(service.remove([first_local, imported, refused, untried]))

    assert [(b.key, b.removed) for b in outcome.done] == [(first_local.key, True)]
    assert outcome.deleted == (imported,)
    assert outcome.not_done == (refused, untried)
    assert outcome.refusal is not None
    assert outcome.refusal.badge == refused
    assert service.removed == outcome.done, "only the badge issued here can be brought back"
    with pytest.raises(NotFoundError):
        runner.run(client.get_backpack_assertion(imported.key))
    assert untried.key in {b.key for b in runner.run(service.badges())}
    assert audited(conn) == [("remove badge", "ok")] * 2 + [("remove badge", "failed")]
    assert heard == [BackpackChanged()]


def test_undo_brings_back_every_removal_until_a_refusal_and_keeps_the_rest(
    service, client, sandbox, runner, conn, heard
):
    badges = local(runner.run(service.badges()), "Accepted")[:3]
    removed = runner.run(service.remove(badges))
    assert [b.key for b in service.removed] == [b.key for b in badges]
    listing = runner.run(service.backpack())
    assert {b.key for b in badges} <= {b.key for b in listing.badges}, "removed ones are shown"
    assert all(b.removed for b in listing.badges if b.key in {x.key for x in badges})

    second = f"/v2/backpack/assertions/{badges[1].key}"
    sandbox.faults.enqueue("error500", 10, path_prefix=second)
    undone = runner.run(service.undo_remove())
    sandbox.faults.clear()
    assert [(b.key, b.acceptance) for b in undone.done] == [(badges[0].key, "Accepted")]
    assert undone.not_done == removed.done[1:]
    assert undone.refusal is not None
    assert undone.refusal.badge == removed.done[1]
    assert service.removed == removed.done[1:], "kept for the next undo"

    again = runner.run(service.undo_remove())
    assert [b.key for b in again.done] == [b.key for b in badges[1:]]
    assert again.refusal is None
    assert service.removed == ()
    assert runner.run(service.undo_remove()) == BadgesOutcome(), "nothing left to undo"
    for badge in badges:
        assert runner.run(client.get_backpack_assertion(badge.key)).acceptance == "Accepted"
    operations = audited(conn)
    assert operations.count(("bring back badge", "ok")) == 3
    assert operations.count(("bring back badge", "failed")) == 1
    assert heard == [BackpackChanged()] * 3


def test_accepting_or_importing_a_removed_badge_takes_it_off_the_undo_list(
    service, sandbox, runner
):
    one, two = local(runner.run(service.badges()), "Accepted")[:2]
    runner.run(service.remove([one, two]))
    runner.run(service.accept([service.removed[0]]))
    assert [b.key for b in service.removed] == [two.key]
    runner.run(service.import_url(f"{sandbox.base_url}/public/assertions/{two.key}"))
    assert service.removed == ()


def test_a_session_that_ends_forgets_its_removals(service, runner):
    badge = local(runner.run(service.badges()), "Accepted")[0]
    runner.run(service.remove([badge]))
    service.session_ended()
    assert service.removed == ()
    assert badge.key not in {b.key for b in runner.run(service.backpack()).badges}


def test_imports_and_collection_writes_publish_a_backpack_change(service, sandbox, runner, heard):
    badge = local(runner.run(service.badges()), "Unaccepted")[0]
    runner.run(service.import_url(f"{sandbox.base_url}/public/assertions/{badge.key}"))
    created = runner.run(service.create_collection("Mine", "", False))
    runner.run(service.update_collection(created, "Mine", "Renamed", True))
    runner.run(service.set_members(created, [badge.key]))
    runner.run(service.delete_collection(created))
    assert heard == [BackpackChanged()] * 5
    with pytest.raises(ApiError):
        runner.run(service.delete_collection(created))
    assert len(heard) == 5, "a refused write changes nothing"


# ------------------------------------------------------------------ membership saves


def test_memberships_asked_for_during_a_save_merge_into_the_newest(
    service, client, sandbox, runner, conn, heard, monkeypatch
):
    """Three memberships asked for in a row: the first goes at once, the next two wait for it
    and merge, so the server gets two requests, never at the same time, and keeps the last."""
    workshops = next(c for c in runner.run(service.collections()) if c.name == "Workshops")
    others = [b.key for b in runner.run(service.badges()) if b.key not in workshops.assertions]
    first = [*workshops.assertions, others[0]]
    second = [*first, others[1]]
    third = [others[2]]
    sending = most = 0
    update = client.update_collection

    async def counted(*args, **kwargs):
        nonlocal sending, most
        sending += 1
        most = max(most, sending)
        try:
            return await update(*args, **kwargs)
        finally:
            sending -= 1

    monkeypatch.setattr(client, "update_collection", counted)
    sandbox.faults.latency_ms = 100
    sandbox.clear_requests()

    async def ask_three() -> tuple[Collection, list[Collection]]:
        going = asyncio.ensure_future(service.set_members(workshops, first))
        await wait_for(lambda: sending == 1)
        later = [
            asyncio.ensure_future(service.set_members(workshops, members))
            for members in (second, third)
        ]
        await wait_for(lambda: service.pending_members(workshops) == third)
        return await going, await asyncio.gather(*later)

    saved_first, (saved_second, saved_third) = runner.run(ask_three())
    assert saved_first.assertions == first
    assert saved_third.assertions == third
    assert saved_second == saved_third, "the merged wish hears how the newest went"
    puts = [json.loads(r.body)["assertions"] for r in sandbox.requests if r.method == "PUT"]
    assert puts == [first, third]
    assert most == 1, "saves to one collection never overlap"
    assert service.pending_members(workshops) is None
    assert runner.run(client.get_collection(workshops.key)).assertions == third
    assert audited(conn) == [("set collection badges", "ok")] * 2
    assert heard == [BackpackChanged()] * 2


def test_a_refused_membership_drops_those_asked_for_behind_it(
    service, client, sandbox, runner, conn, heard
):
    workshops = next(c for c in runner.run(service.collections()) if c.name == "Workshops")
    sandbox.faults.latency_ms = 100
    sandbox.clear_requests()

    async def refused_then_queued() -> list[BaseException | Collection]:
        going = asyncio.ensure_future(service.set_members(workshops, ["NotInMyBackpack000000"]))
        await wait_for(lambda: any(r.method == "PUT" for r in sandbox.requests))
        behind = asyncio.ensure_future(service.set_members(workshops, []))
        return await asyncio.gather(going, behind, return_exceptions=True)

    answers = runner.run(refused_then_queued())
    assert all(isinstance(answer, ValidationError) for answer in answers)
    assert answers[0] is answers[1], "the one behind hears the same refusal"
    assert len([r for r in sandbox.requests if r.method == "PUT"]) == 1
    assert service.pending_members(workshops) is None
    assert runner.run(client.get_collection(workshops.key)).assertions == workshops.assertions
    assert audited(conn) == [("set collection badges", "failed")]
    assert heard == []

    emptied = runner.run(service.set_members(workshops, []))
    assert emptied.assertions == [], "a membership asked for afterwards goes as usual"


def test_shutdown_lets_the_memberships_asked_for_reach_the_server(
    service, client, sandbox, runner, conn
):
    workshops = next(c for c in runner.run(service.collections()) if c.name == "Workshops")
    sandbox.faults.latency_ms = 100

    async def ask_then_quit() -> None:
        asked = [
            asyncio.ensure_future(service.set_members(workshops, members))
            for members in ([], workshops.assertions[:1])
        ]
        await asyncio.sleep(0)  # both asked for
        await service.shutdown()
        assert all(answer.done() for answer in asked)

    runner.run(ask_then_quit())
    assert runner.run(client.get_collection(workshops.key)).assertions == workshops.assertions[:1]
    assert audited(conn) == [("set collection badges", "ok")]


def test_a_session_that_ends_drops_the_memberships_not_saved(service, sandbox, runner, conn):
    workshops = next(c for c in runner.run(service.collections()) if c.name == "Workshops")
    sandbox.faults.latency_ms = 100

    async def ask_then_sign_out() -> None:
        asking = asyncio.ensure_future(service.set_members(workshops, []))
        await asyncio.sleep(0)
        service.session_ended()
        with pytest.raises(asyncio.CancelledError):
            await asking

    runner.run(ask_then_sign_out())
    assert service.pending_members(workshops) is None


# ------------------------------------------------------------------ baked images


def test_describe_baked_url():
    url = "https://badges.example.org/public/assertions/abc"
    assert describe_baked(BakedAssertion(url=url)) == {"Assertion URL": url}


def test_describe_baked_json_with_embedded_badge_issuer_and_recipient():
    document = foreign_assertion()
    baked = unbake(baked_png(json.dumps(document)))
    assert describe_baked(baked) == {
        "Assertion ID": document["id"],
        "Badge": "Mountain Rescue Volunteer",
        "Issuer": "Alpine Club",
        "Recipient": DEMO_EMAIL,
        "Issued on": "2024-05-01T09:00:00+00:00",
    }


def test_describe_baked_json_naming_its_badge_by_url():
    document = {
        "type": "Assertion",
        "id": "https://badges.example.org/a/1",
        "badge": "https://badges.example.org/b/1",
        "issuedOn": "2024-01-02",
    }
    assert describe_baked(BakedAssertion(document=document)) == {
        "Assertion ID": "https://badges.example.org/a/1",
        "Badge": "https://badges.example.org/b/1",
        "Issued on": "2024-01-02",
    }


def test_describe_assertion_says_a_hashed_recipient_by_its_type_and_names_the_dates():
    document = {
        "id": "https://badges.example.org/a/2",
        "recipient": {"type": "telephone", "hashed": True, "identity": "sha256$abc"},
        "badge": "https://badges.example.org/b/1",
        "issuedOn": "2024-01-02",
        "expires": "2025-01-02",
    }
    badge = {"name": "Maths Star", "issuer": "https://badges.example.org/i/1"}
    issuer = {"name": "Northfield College"}
    url = "https://badges.example.org/a/2"
    assert describe_assertion(document, badge, issuer, url) == {
        "Assertion URL": url,
        "Badge": "Maths Star",
        "Issuer": "Northfield College",
        "Hashed recipient": "telephone",
        "Issued on": "2024-01-02",
        "Expires": "2025-01-02",
    }


def test_an_import_is_known_by_its_address_when_the_server_sends_no_source_url(
    service, sandbox, runner
):
    """The hosted server's backpack answers carry no ``sourceUrl``: an imported badge's
    public address is on its issuer's host, a badge issued here on this server's."""

    elsewhere = BackpackAssertion(
        entity_id="x" * 22, open_badge_id="https://badges.example.net/public/assertions/1"
    )
    here = BackpackAssertion(
        entity_id="y" * 22, open_badge_id=f"{sandbox.base_url}/public/assertions/{'y' * 22}"
    )
    assert runner.run(service.name(elsewhere)).imported
    assert not runner.run(service.name(here)).imported


@pytest.mark.parametrize("flavor", ["parchment"])  # originalJson/sourceUrl: hosted
def test_documents_once_read_are_not_read_again_for_more_badges(service, docs, runner):
    """A backpack names many badges from a few documents: after the first listing, naming
    them again asks the file cache (and so the disk) for nothing."""
    first = runner.run(service.badges())
    assert docs.asked
    asked = len(docs.asked)
    again = runner.run(service.badges())
    assert [(b.name, b.issuer) for b in again] == [(b.name, b.issuer) for b in first]
    assert len(docs.asked) == asked
