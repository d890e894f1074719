"""Badge classes drafted offline and sent later, through the audit trail like every write.

A draft is kept at once, with no network needed. Sending one marks it ``sending`` (committed)
before the request leaves; the answer ends it ``sent`` (the badge class is in the catalogue,
published) or ``failed`` with the server's reason. When the answer is lost nobody knows
whether the badge class was made, so the draft stays ``sending`` and, before it is ever sent
again, its issuer's badge classes are read: one of its name made after the request left (on
the server's clock) is the draft's, as the award outbox reconciles its rows. Sends are one at
a time (a lock), so a draft is never posted twice by two callers.

A draft award batch may name a draft badge class (``core.badgeclass_drafts.draft_reference``):
``resolve`` sends it if it must and gives the ``entityId`` to award.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from datetime import timedelta

from badgedesk.api.client import BadgesClient
from badgedesk.api.errors import ApiError, error_text
from badgedesk.api.models import BadgeClass, BadgeClassRequest, Issuer
from badgedesk.core.badgeclass_drafts import BadgeClassDraft, DraftState, draft_uid
from badgedesk.core.states import Outcome
from badgedesk.core.submit_refusals import SubmitRefusal, SubmitRefusalKind
from badgedesk.services.assertions import NotSignedInError
from badgedesk.services.audit import AuditTrail
from badgedesk.services.badge_classes import BadgeClassService, new_badgeclass_target
from badgedesk.services.catalogue import Catalogue
from badgedesk.services.changes import BadgeClassDraftsChanged, Changes
from badgedesk.services.outbox import SubmissionRefused, Verdict, verdict_of
from badgedesk.services.submission import CREATED_AT_RESOLUTION
from badgedesk.store.badgeclass_drafts import BadgeClassDraftStore
from badgedesk.store.thread import StoreThread

FOUND_AFTER_LOSS = "found on the server after its answer was lost"
ISSUER_GONE = "Its issuer is no longer among the server's issuers."


def preview(draft: BadgeClassDraft) -> BadgeClass:
    """The badge class a draft will make, to show and edit it before it exists: its id is the
    draft's reference, its image the ``data:`` URI kept."""
    return BadgeClass.from_json(
        draft.request | {"entityId": draft.reference, "issuer": draft.issuer_id}
    )


class BadgeClassDrafts:
    """The profile's draft badge classes: kept offline, sent through ``design`` (which audits,
    keeps and publishes the badge class made)."""

    def __init__(
        self,
        store: StoreThread,
        client: Callable[[], BadgesClient | None],
        profile: Callable[[], str],
        design: BadgeClassService,
        catalogue: Catalogue,
        audit: AuditTrail,
        changes: Changes,
    ) -> None:
        self._store = store
        self._client = client
        self._profile = profile
        self._design = design
        self._catalogue = catalogue
        self._audit = audit
        self.changes = changes
        self._sending = asyncio.Lock()

    async def save(self, issuer: Issuer, request: BadgeClassRequest) -> BadgeClassDraft:
        """Keep a new badge class of ``issuer`` to send later (no network needed)."""
        profile, body = self._profile(), request.to_json()
        draft = await self._store.run(
            lambda s: s.badgeclass_drafts.add(profile, issuer.key, issuer.name, body)
        )
        await self._publish()
        return draft

    async def revise(self, uid: str, request: BadgeClassRequest) -> BadgeClassDraft:
        """Change a draft not sent yet (pending or refused: it goes back in the queue); an
        image left out keeps the draft's."""
        body = request.to_json()

        def change(store: BadgeClassDraftStore) -> BadgeClassDraft:
            if body.get("image") is None:
                body["image"] = store.draft(uid).request.get("image")
            return store.revise(uid, body)

        draft = await self._mark(change)
        await self._publish()
        return draft

    async def drafts(self, states: Sequence[DraftState] = ()) -> list[BadgeClassDraft]:
        profile = self._profile()
        return await self._store.run(lambda s: s.badgeclass_drafts.drafts(profile, states))

    async def draft(self, uid: str) -> BadgeClassDraft:
        return await self._store.run(lambda s: s.badgeclass_drafts.draft(uid))

    async def delete(self, uid: str) -> None:
        """Forget a draft (``ValueError`` while it may have reached the server)."""
        await self._store.run(lambda s: s.badgeclass_drafts.delete(uid))
        await self._publish()

    async def send_all(self) -> list[BadgeClassDraft]:
        """Send every draft not sent yet (those left ``sending`` are looked for first), oldest
        first; a refusal fails only its draft, anything else (offline, signed out, a server
        that fails) stops here and is raised, the rest left for the next time."""
        waiting = await self.drafts((DraftState.PENDING, DraftState.SENDING))
        return [await self.send(draft.uid) for draft in waiting]

    async def send(self, uid: str) -> BadgeClassDraft:
        """Send one draft (a failed one is tried again); what it became. Raises what stops
        sending for now (the draft is then pending, or ``sending`` when the request may have
        reached the server)."""
        async with self._sending:
            try:
                return await self._send(await self.draft(uid))
            finally:
                await self._publish()

    async def resolve(self, reference: str) -> str:
        """The badge class id to award for a batch's ``reference``: itself when it names a
        server's badge class, else its draft's ``entityId``, the draft sent first if need be.
        ``SubmissionRefused`` when the draft was refused or deleted."""
        uid = draft_uid(reference)
        if uid is None:
            return reference
        try:
            draft = await self.draft(uid)
        except KeyError:
            raise SubmissionRefused.of(
                SubmitRefusalKind.DRAFT_BADGECLASS_DELETED,
                "The batch's draft badge class was deleted.",
            ) from None
        if draft.state != DraftState.SENT:
            draft = await self.send(uid)
        if draft.state != DraftState.SENT or draft.entity_id is None:
            raise SubmissionRefused(
                SubmitRefusal(
                    SubmitRefusalKind.DRAFT_BADGECLASS_REFUSED,
                    f"The draft badge class {draft.name} was refused by the server: {draft.error}",
                    name=draft.name,
                    detail=draft.error,
                )
            )
        return draft.entity_id

    async def _send(self, draft: BadgeClassDraft) -> BadgeClassDraft:
        if draft.state == DraftState.SENT:
            return draft
        client = self._client()
        if client is None:
            raise NotSignedInError
        if draft.state == DraftState.SENDING:
            found = await self._find(client, draft)
            if found is not None:
                target = new_badgeclass_target(draft.issuer_id, draft.issuer_name, draft.name)
                await self._audit.record("create badge class", target, Outcome.OK, FOUND_AFTER_LOSS)
                await self._design.adopt(found)
                return await self._mark(lambda s: s.mark_sent(draft.uid, found.key))
        issuer = next(
            (i for i in (await self._catalogue.cached())[0] if i.key == draft.issuer_id), None
        )
        if issuer is None:
            return await self._mark(lambda s: s.mark_failed(draft.uid, ISSUER_GONE))
        request = BadgeClassRequest.from_json(draft.request)
        await self._mark(lambda s: s.mark_sending(draft.uid))
        try:
            made = await self._design.create(issuer, request)
        except ApiError as error:
            verdict = verdict_of(error)
            if verdict is Verdict.FINAL:
                reason = error_text(error)
                return await self._mark(lambda s: s.mark_failed(draft.uid, reason))
            if verdict is Verdict.NOT_PROCESSED:
                await self._mark(lambda s: s.mark_pending(draft.uid))
            raise
        return await self._mark(lambda s: s.mark_sent(draft.uid, made.key))

    async def _find(self, client: BadgesClient, draft: BadgeClassDraft) -> BadgeClass | None:
        """The badge class this draft's lost request made: of its issuer, of its name, made
        after the request left (on the server's clock); None when the server has none."""
        sent = draft.sent_at or draft.updated_at
        offset = timedelta(seconds=client.server_clock_offset or 0.0)
        since = sent + offset - CREATED_AT_RESOLUTION
        made = [
            badgeclass
            for badgeclass in await client.list_badgeclasses(draft.issuer_id)
            if badgeclass.name == draft.name
            and badgeclass.created_at is not None
            and badgeclass.created_at >= since
        ]
        return min(made, key=lambda b: b.created_at or since) if made else None

    async def _mark(
        self, change: Callable[[BadgeClassDraftStore], BadgeClassDraft]
    ) -> BadgeClassDraft:
        return await self._store.run(lambda s: change(s.badgeclass_drafts))

    async def _publish(self) -> None:
        self.changes.publish(BadgeClassDraftsChanged(tuple(await self.drafts())))
