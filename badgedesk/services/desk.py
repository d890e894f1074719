"""Every service of one window, over one store and the session in use.

``app.py`` builds it and hands it to the window's shell, which asks its services and never
holds the store or the HTTP client itself. A profile switch replaces the session; the
services follow, since they reach the client and the signed-in user through it.
"""

from __future__ import annotations

from pathlib import Path

from badgedesk.api.client import BadgesClient
from badgedesk.services.assertions import AssertionService
from badgedesk.services.audit import AuditTrail
from badgedesk.services.award_batches import AwardBatches
from badgedesk.services.backpack import BackpackService
from badgedesk.services.badge_classes import BadgeClassService
from badgedesk.services.badgeclass_drafts import BadgeClassDrafts
from badgedesk.services.catalogue import Catalogue
from badgedesk.services.changes import Changes
from badgedesk.services.public_files import OPEN_BADGES_JSON, PublicFileCache
from badgedesk.services.revocation_batches import RevocationBatches
from badgedesk.services.saved_pages import SavedPages
from badgedesk.services.session import Session
from badgedesk.store.thread import StoreThread


class Desk:
    """The services of a window; ``data_dir`` (when given) keeps downloaded images and
    public badge documents between runs."""

    def __init__(self, session: Session, store: StoreThread, data_dir: Path | None = None) -> None:
        self.session = session
        self.changes = Changes()
        """What this window's services changed on the server, for every tab that shows it."""
        self.audit = AuditTrail(store, self.who)
        self.catalogue = Catalogue(
            store, self.client, lambda: self.session.profile.name, lambda: self.session.user
        )
        self.images = PublicFileCache(data_dir / "images", self.client) if data_dir else None
        documents = (
            PublicFileCache(data_dir / "documents", self.client, OPEN_BADGES_JSON)
            if data_dir
            else None
        )
        self.assertions = AssertionService(self.client, self.audit, self.changes)
        self.saved_pages = SavedPages(store, lambda: self.session.profile.name)
        """The first page of awards last looked at, shown at the next start."""
        self.badge_classes = BadgeClassService(
            self.client,
            self.audit,
            self.catalogue,
            self.assertions,
            lambda: self.session.user or self.catalogue.last_user(),
            self.changes,
            self.images,
        )
        self.badgeclass_drafts = BadgeClassDrafts(
            store,
            self.client,
            lambda: self.session.profile.name,
            self.badge_classes,
            self.catalogue,
            self.audit,
            self.changes,
        )
        self.backpack = BackpackService(self.client, self.audit, documents, changes=self.changes)
        self.award_batches = AwardBatches(store, self.client, self.who, self.changes)
        self.award_batches.badgeclass_draft = self.badgeclass_drafts.resolve
        self.revocation_batches = RevocationBatches(store, self.client, self.who, self.changes)

    def client(self) -> BadgesClient | None:
        """The session's client while signed in."""
        return self.session.client

    def who(self) -> tuple[str, str | None]:
        """The profile in use and the signed-in user's name, for the audit log."""
        user = self.session.user
        return self.session.profile.name, user.display_name if user else None
