"""Badge classes and issuers designed through the service against a real sandbox, in both
flavours: every write sent is audited with its outcome and kept in the offline catalogue at
once (and published), a role that may not design is refused before anything is sent, and a
badge class with live awards is not deleted, the server's words and the live count kept."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from badgedesk.api.client import BadgesClient, RetryPolicy, image_data_uri
from badgedesk.api.errors import ApiError
from badgedesk.api.models import (
    BadgeClass,
    BadgeClassExpiration,
    BadgeClassRequest,
    Issuer,
    IssuerRequest,
    IssuerStaff,
    User,
    UserEmail,
)
from badgedesk.sandbox import ALL_SCOPES, Flavor, SandboxConfig, SandboxServer
from badgedesk.services.assertions import AssertionService
from badgedesk.services.audit import AuditTrail
from badgedesk.services.badge_classes import (
    BadgeClassInUseError,
    BadgeClassService,
    DesignBlocked,
    DesignRefusedError,
    design_actions,
    role_in,
)
from badgedesk.services.catalogue import Catalogue
from badgedesk.services.changes import CatalogueChanged, Change, Changes
from badgedesk.services.public_files import PublicFileCache
from badgedesk.store import AuditLog, open_database
from badgedesk.store.thread import StoreThread
from tests.badge_files import plain_png

IN_USE = "BadgeClass may only be deleted if all BadgeInstances have been revoked."


@pytest.fixture
def shared_sandbox(flavor: Flavor) -> Iterator[SandboxServer]:
    """The demo sandbox with issuers where the demo user is only editor or only staff."""
    config = SandboxConfig(flavor=flavor, token_backoff=False, shared_issuers=True)
    with SandboxServer(config) as server:
        yield server


@pytest.fixture
def design_client(shared_sandbox: SandboxServer, runner) -> Iterator[BadgesClient]:
    token = shared_sandbox.mint_token(scope=ALL_SCOPES).access_token
    made = BadgesClient(
        shared_sandbox.base_url, token, retry=RetryPolicy(base_delay=0.01, max_delay=0.05)
    )
    yield made
    runner.run(made.aclose())


class Designing:
    """The service under test and what it writes to: the catalogue, the audit log, the feed."""

    def __init__(self, client: BadgesClient, store: StoreThread, db_path: Path, runner) -> None:
        self.runner = runner
        self.db_path = db_path
        self.catalogue = Catalogue(store, lambda: client, lambda: "Sandbox")
        audit = AuditTrail(store, lambda: ("Sandbox", "Dana Demo"))
        self.changes = Changes()
        self.heard: list[Change] = []
        self.changes.subscribe(self.heard.append)
        self.user = runner.run(client.users_self())
        self.images = PublicFileCache(db_path.parent / "images", lambda: client)
        self.service = BadgeClassService(
            lambda: client,
            audit,
            self.catalogue,
            AssertionService(lambda: client, audit, self.changes),
            lambda: self.user,
            self.changes,
            self.images,
        )
        runner.run(self.catalogue.refresh())

    def cached(self) -> tuple[list[Issuer], list[BadgeClass]]:
        return self.runner.run(self.catalogue.cached())

    def issuer(self, name: str) -> Issuer:
        return next(i for i in self.cached()[0] if i.name == name)

    def badgeclasses(self, issuer: Issuer) -> dict[str, BadgeClass]:
        return {b.name: b for b in self.cached()[1] if b.issuer == issuer.key}

    def audited(self) -> list[tuple[str, str]]:
        conn = open_database(self.db_path)
        try:
            return [(e.operation, e.outcome) for e in reversed(AuditLog(conn).entries())]
        finally:
            conn.close()


@pytest.fixture
def designing(design_client, drafts, db_path, runner) -> Designing:
    return Designing(design_client, drafts, db_path, runner)


def request(name: str = "Harbour Safety", **changes) -> BadgeClassRequest:
    fields = {
        "name": name,
        "description": "Knows the harbour's safety rules.",
        "image": image_data_uri(plain_png(8)),
        "criteria_narrative": "Pass the **safety walk**.",
        "tags": ["safety"],
        "expires": BadgeClassExpiration(amount=6, duration="months"),
    } | changes
    return BadgeClassRequest(**fields)


def test_create_edit_and_delete_are_audited_kept_and_published(designing, runner):
    service = designing.service
    riverside = designing.issuer("Riverside Training Institute")
    made = runner.run(service.create(riverside, request()))
    assert designing.badgeclasses(riverside)["Harbour Safety"].key == made.key
    assert made.expires == BadgeClassExpiration(amount=6, duration="months")

    changed = runner.run(
        service.edit(riverside, made, request("Harbour Safety II", image=None, tags=["sea"]))
    )
    kept = designing.badgeclasses(riverside)
    assert "Harbour Safety" not in kept
    assert kept["Harbour Safety II"].tags == ["sea"] == changed.tags
    assert kept["Harbour Safety II"].image, "the picture is kept when no new one is sent"

    runner.run(service.delete(riverside, changed))
    assert made.key not in {b.key for b in designing.cached()[1]}
    assert designing.audited() == [
        ("create badge class", "ok"),
        ("edit badge class", "ok"),
        ("delete badge class", "ok"),
    ]
    published = [c for c in designing.heard if isinstance(c, CatalogueChanged)]
    assert len(published) == 3
    assert made.key in {b.key for b in published[0].badgeclasses}
    assert "Harbour Safety II" in {b.name for b in published[1].badgeclasses}
    assert made.key not in {b.key for b in published[2].badgeclasses}


def test_a_refused_write_is_audited_and_changes_nothing(designing, runner):
    riverside = designing.issuer("Riverside Training Institute")
    before = designing.cached()
    with pytest.raises(ApiError) as refused:
        runner.run(designing.service.create(riverside, request(image=None)))
    assert "image" in refused.value.field_errors
    assert designing.cached() == before
    assert designing.audited() == [("create badge class", "failed")]
    assert designing.heard == []


def test_deleting_a_badge_class_with_live_awards_keeps_the_servers_words_and_counts_them(
    designing, shared_sandbox, runner
):
    northfield = designing.issuer("Northfield College")
    badgeclass = next(iter(designing.badgeclasses(northfield).values()))
    now = shared_sandbox.state.now()
    live = [
        a
        for a in shared_sandbox.state.assertions.values()
        if a.badgeclass == badgeclass.key
        and not a.revoked
        and (a.expires is None or a.expires > now)
    ]
    assert live, "the seeded badge class has live awards"
    with pytest.raises(BadgeClassInUseError) as refused:
        runner.run(designing.service.delete(northfield, badgeclass))
    assert IN_USE in str(refused.value)
    assert refused.value.live == len(live)
    assert badgeclass.key in {b.key for b in designing.cached()[1]}
    assert designing.audited() == [("delete badge class", "failed")]


def test_roles_decide_and_plain_staff_are_refused_before_sending(designing, shared_sandbox, runner):
    service = designing.service
    harbour = designing.issuer("Harbour Arts Centre")
    moorland = designing.issuer("Moorland Volunteer Network")
    northfield = designing.issuer("Northfield College")
    assert [service.role(i) for i in (northfield, harbour, moorland)] == [
        "owner",
        "editor",
        "staff",
    ]
    made = runner.run(service.create(harbour, request()))
    assert made.issuer == harbour.key

    trail_warden = designing.badgeclasses(moorland)["Trail Warden"]
    shared_sandbox.clear_requests()
    for write in (
        service.create(moorland, request()),
        service.edit(moorland, trail_warden, request(image=None)),
        service.delete(moorland, trail_warden),
        service.edit_issuer(
            moorland, IssuerRequest(name="Moor", email="a@b.org", url="https://moor.org")
        ),
    ):
        with pytest.raises(DesignRefusedError) as refused:
            runner.run(write)
        assert refused.value.blocked is DesignBlocked.STAFF_ROLE
    assert shared_sandbox.requests == []
    assert designing.audited() == [("create badge class", "ok")]


def test_editing_an_issuer_is_audited_and_kept(designing, runner):
    riverside = designing.issuer("Riverside Training Institute")
    changed = runner.run(
        designing.service.edit_issuer(
            riverside,
            IssuerRequest(
                name="Riverside Institute",
                email=riverside.email or "",
                url=riverside.url or "",
                description="Evening courses.",
            ),
        )
    )
    assert changed.name == "Riverside Institute"
    kept = designing.issuer("Riverside Institute")
    assert kept.description == "Evening courses."
    assert kept.staff, "the staff come back with the issuer, for the roles"
    assert designing.audited() == [("edit issuer", "ok")]
    assert isinstance(designing.heard[-1], CatalogueChanged)


def test_role_by_entity_id_or_by_either_shape_of_address():
    user = User(entity_id="u1", emails=[UserEmail(email="Dana@Example.org", verified=True)])

    def issuer(*staff: IssuerStaff) -> Issuer:
        return Issuer(entity_id="i1", name="I", staff=list(staff))

    assert role_in(issuer(IssuerStaff(user="u1", role="editor")), user) == "editor"
    hosted = IssuerStaff(role="owner", user_profile={"emails": ["dana@example.org"]})
    oss = IssuerStaff(role="staff", user_profile={"emails": [{"email": "dana@example.org"}]})
    assert role_in(issuer(hosted), user) == "owner"
    assert role_in(issuer(oss), user) == "staff"
    assert role_in(issuer(IssuerStaff(user="u2", role="owner")), user) is None
    assert role_in(issuer(hosted), None) is None


def test_design_actions_give_the_first_reason():
    def actions(**changes):
        given = {
            "signed_in": True,
            "allows": lambda _scope: True,
            "offline": False,
            "role": "owner",
            "user_known": True,
            "issuer_chosen": True,
            "badgeclass_chosen": True,
        } | changes
        return design_actions(**given)

    assert actions().edit_badgeclass is None
    assert actions(signed_in=False, role="staff").new_badgeclass is DesignBlocked.SIGNED_OUT
    assert actions(allows=lambda _s: False).edit_issuer is DesignBlocked.MISSING_SCOPE
    assert actions(offline=True).delete_badgeclass is DesignBlocked.OFFLINE
    assert actions(offline=True).edit_issuer is DesignBlocked.OFFLINE
    assert actions(offline=True).new_badgeclass is None  # drafted, sent later
    assert actions(offline=True, role="staff").new_badgeclass is DesignBlocked.STAFF_ROLE
    offline_stranger = actions(offline=True, role=None, user_known=False)
    assert offline_stranger.new_badgeclass is DesignBlocked.USER_UNKNOWN
    assert actions(badgeclass_chosen=False).edit_badgeclass is DesignBlocked.NO_BADGECLASS
    assert actions(badgeclass_chosen=False).new_badgeclass is None
    assert actions(issuer_chosen=False).new_badgeclass is DesignBlocked.NO_ISSUER
    assert actions(role="staff").new_badgeclass is DesignBlocked.STAFF_ROLE
    assert actions(role=None).edit_badgeclass is DesignBlocked.NOT_ON_STAFF
    assert actions(role="editor").delete_badgeclass is None
    assert actions(role=None, issuer_chosen=False).new_issuer is None
    assert actions(offline=True).new_issuer is DesignBlocked.OFFLINE
    assert actions(allows=lambda _s: False).new_issuer is DesignBlocked.MISSING_SCOPE


def test_a_new_image_replaces_the_one_kept_for_the_same_address(designing, runner):
    riverside = designing.issuer("Riverside Training Institute")
    made = runner.run(designing.service.create(riverside, request()))
    assert made.image
    assert runner.run(designing.images.get(made.image)) == plain_png(8)
    changed = runner.run(
        designing.service.edit(riverside, made, request(image=image_data_uri(plain_png(16))))
    )
    assert changed.image
    assert runner.run(designing.images.get(changed.image)) == plain_png(16)
