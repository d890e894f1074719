"""What differs between the two flavours of the sandbox, decided in one place.

Where the flavours agree, one handler serves both; a handler that must answer differently
asks the ``FlavorPolicy`` below. "Entry N" is the N-th entry of ``results`` in
``shared/api-docs/badgr-oss-exchanges.json`` (0-based); "pages" are the hosted reference
pages (``assertions-endpoints.txt``, ``backpack-endpoints.md``, API-NOTES §10).

Differences (parchment | badgr-oss | source):

- object keys: ``id`` beside ``entityId`` on every object, and the hosted assertion keys
  (assertionRef, badgeRef, issuerRef, pending, source, sourceUrl, originalJson, imagePath,
  ob3AwardProperties); evidence name/description/genre/audience; collections' credentials,
  createdAt, createdBy | none of them; backpack badges have their own shape with
  ``pending``; user emails are {email, verified, primary, caseVariants}; an issuer's staff
  are {userProfile, user, role}; an unpublished collection's shareHash is ``""`` | pages |
  entries 5-9, 15, 43-45, 51, API-NOTES §5-6 for the keys past the 600 recorded characters.
- envelope: timestamp, validationErrors, nonFieldErrors, fieldErrors, errorCode, warnings,
  latestTermsVersion always | status and result; errors add fieldErrors and
  validationErrors; users/self adds latestTermsVersion | pages | entries 5, 16, 17.
- a badge class named in the body of a badge-class-scoped award: taken ("one of badgeclass
  or badgeclassOpenBadgeId must be provided") | 400 "Multiple badge class identifiers…" |
  pages (POST /v2/{scope}/{id}/assertions) | entries 55-56, probe 33.
- batch revoke: a bare list, items with id and code | the envelope, description "revoked
  badges", items {revoked, entityId, revocationReason[, reason]} | pages | entries 28, 63.
- unrouted paths, trailing slashes: a v2 JSON 404 | Django's HTML "Page not found" |
  (sandbox) | probe 34.
- PUT on a revoked award: 400 | 500 text/plain (the re-bake crashes) | (sandbox) | probe 31.
- a badge class without an expiry rule: ``expires: null`` | ``{"amount": null, "duration":
  null}`` | pages ("Optional default expiration period") | badgr-server
  ``apps/issuer/serializers_v2.py`` ``BadgeClassSerializerV2.expires``, a
  ``BadgeClassExpirationSerializerV2(source='*')`` that renders the badge class itself.
- sign-in: the page at /auth/oauth2/authorize on the API's origin | that page on a second
  origin (badgr-ui's); on the API, ``GET /o/authorize`` is the JSON consent API (a browser
  gets DRF's page, no form), ``POST /o/authorize`` consents for a Bearer token, and
  badgr-ui's client ``public`` may use the password grant | (sandbox) | entries 1-4.

Both flavours follow the recording where the pages are silent: ``acceptance: "Rejected"`` is
refused (entry 46); only ``/o/revoke_token/`` revokes, without the slash it is a 500 HTML page
(entries 40, 41); two badge-class names in an issuer-scoped award, the duplicate-award
refusal and the batch-revoke reasons use the server's words (entries 14, 28, 55, 63); the
public Open Badges documents are ``application/ld+json`` with the recorded keys (entries 50,
64). Only a live award (neither revoked nor expired) refuses a duplicate, as the notes say and
``BadgeInstanceSerializerV2.validate`` filters. Badge class and issuer writes follow
badgr-server's source in both flavours (no recording has them; the hosted pages document the
endpoints, not their rules): see the
"designing badges" handlers in ``api.py``. Not emulated: an image given by URL, which the
hosted pages accept ("An URL or a base64 encoded image") and the open-source server skips (its
``ValidImageField``): both skip it; the mail a first award sends (entry 11), imports that need
outbound network, and Django's 301 for a slash-less POST in production (the recording ran
with DEBUG).

OAuth, both flavours (the real server runs django-oauth-toolkit 1.3.2 on oauthlib 3.1.0 with
DOT's default ``PKCE_REQUIRED = False``: badgr-server ``requirements.txt``,
``apps/mainsite/settings.py`` ``OAUTH2_PROVIDER``; API-NOTES §7 "PKCE"):

- PKCE is optional. A challenge without a method is ``plain`` (RFC 7636 §4.3; oauthlib's
  ``validate_authorization_request`` does so) on the sign-in page; the JSON consent API reads
  it as S256, as badgr-server's ``AuthorizationApiView.post`` defaults it.
- A method other than ``plain``/``S256`` (``S512``, ``s256``) is refused with
  ``invalid_request`` "Transform algorithm not supported." (RFC 7636 §4.4.1; oauthlib's
  ``UnsupportedCodeChallengeMethodError``), by redirect as RFC 6749 §4.1.2.1 says; the consent
  API hands that redirect back as its ``success_url``, as the view returns whatever oauthlib
  answered.
- A verifier sent for a code issued without a challenge is ignored (oauthlib checks one only
  when the code has a challenge; API-NOTES: "harmless", not separately run).
- A code exchange without ``client_id`` is taken for the sandbox's client. The real server was
  not run so (badgr-server's ``BadgrRequestValidator.authenticate_client`` would put in the
  ``public`` client, whose code it is not: probably ``invalid_grant``), so this is unverified.
- A replayed code is ``invalid_grant`` and the tokens issued for it live on (DOT deletes the
  grant once used; it revokes nothing).

``strict_oauth`` (``--strict-oauth``) replaces that leniency by RFC 9700 (OAuth 2.0 Security
BCP): an authorization request needs an S256 challenge (§2.1.1; ``invalid_request`` "Code
challenge required." or "Code challenge method S256 required."), the code exchange needs
``client_id`` (RFC 6749 §4.1.3; ``invalid_request``; another client is ``invalid_client`` in both
modes, as every code belongs to the one client), and a replayed code revokes every pair issued
for it, refreshed ones included (RFC 6749 §4.1.2 "SHOULD revoke", §10.5).
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
    oss: bool
    """The open-source server's own quirks: Django's HTML 404s, 500s for its known crashes."""


POLICIES: dict[Flavor, FlavorPolicy] = {
    "parchment": FlavorPolicy("parchment", True, True, True, False, False),
    "badgr-oss": FlavorPolicy("badgr-oss", False, False, False, True, True),
}
