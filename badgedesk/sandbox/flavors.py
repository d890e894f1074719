"""What differs between the two flavours of the sandbox, decided in one place.

Where the flavours agree, one handler serves both; a handler that must answer differently
asks the ``FlavorPolicy`` below. Every difference and its source ("entry" = an entry of
``shared/api-docs/badgr-oss-exchanges.json``, "pages" = the hosted reference pages):

===============================  ===========================  ===============================
Behaviour                        parchment (pages)             badgr-oss (recording)
===============================  ===========================  ===============================
``id`` beside ``entityId``;      yes (assertions-endpoints     no (entries "GET /v2/users/self",
hosted-only assertion keys       .txt examples, API-NOTES §10) "GET /v2/issuers", "GET
(assertionRef, source, ob3...)                                 /v2/assertions/{id}", backpack
                                                               and collection entries)
envelope keys                    timestamp, nonFieldErrors,    status + result; errors add
                                 errorCode, warnings,          fieldErrors + validationErrors;
                                 latestTermsVersion (pages)    users/self adds latestTermsVersion
                                                               (entries 5, 16, 17)
badge class named in the body    accepted ("one of badgeclass  400 "Multiple badge class
of a badge-class-scoped award    or badgeclassOpenBadgeId",    identifiers..." (entry 55,
                                 pages, POST .../assertions)   probe 33)
batch revoke answer              bare list, items with id      envelope "revoked badges", items
                                 and code (pages)              {revoked, entityId,
                                                               revocationReason[, reason]}
                                                               (entries 28, 63)
unrouted path, trailing slash    v2 JSON 404 (sandbox)         Django HTML 404 page (probe 34)
PUT on a revoked award           400 (sandbox)                 500 text/plain (probe 31)
collections                      credentials, createdAt,       shareHash "" when unpublished
                                 createdBy (pages)             (entry 51)
sign-in page                     /auth/oauth2/authorize on     a second origin (badgr-ui's);
                                 the API origin                the API's GET /o/authorize is a
                                                               DRF page without a form (entry 4)
JSON consent API, client         no                            POST /o/authorize with a Bearer
``public`` password grant                                      token (entries 1-3)
===============================  ===========================  ===============================

Both flavours follow the recording where the pages are silent: ``acceptance: "Rejected"`` is
refused (entry 46), only ``/o/revoke_token/`` revokes (entries 40, 41), the duplicate-award
and batch-revoke reason strings are the server's (entries 14, 28, 63).
"""

from __future__ import annotations

from dataclasses import dataclass

from badgedesk.sandbox.config import Flavor


@dataclass(frozen=True)
class FlavorPolicy:
    name: Flavor
    hosted_shapes: bool
    """Objects and envelopes with the hosted service's extra keys."""
    body_badgeclass_in_scoped_award: bool
    """A badge-class-scoped award may also name its badge class in the body."""
    batch_revoke_list: bool
    """Batch revoke answers a bare list (hosted) rather than the v2 envelope."""
    web_app_origin: bool
    """Sign-in pages live on a second origin, and the API serves the JSON consent API."""

    @property
    def oss(self) -> bool:
        """The open-source server's own quirks: HTML 404s, 500s for its known crashes."""
        return not self.hosted_shapes


POLICIES: dict[Flavor, FlavorPolicy] = {
    "parchment": FlavorPolicy("parchment", True, True, True, False),
    "badgr-oss": FlavorPolicy("badgr-oss", False, False, False, True),
}
