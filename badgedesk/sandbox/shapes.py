"""JSON the sandbox sends: the v2 envelope and each object with the documented keys.

URLs inside objects are absolute and built from the request's base URL, so they resolve on
whatever port the sandbox runs. Each object is built once with the hosted service's keys;
``hosted=False`` (the badgr-oss flavour) keeps only the keys the open-source server answered
with in the recorded exchanges.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from badgedesk.sandbox.state import (
    AssertionRecord,
    BadgeClassRecord,
    CollectionRecord,
    IssuerRecord,
    SandboxState,
    UserRecord,
)
from badgedesk.sandbox.validation import EVIDENCE_KEYS, OB3_KEYS


def ts(value: datetime | None) -> str | None:
    """ISO 8601 in UTC with milliseconds and ``Z``, as the hosted API writes dates."""
    if value is None:
        return None
    return value.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


OSS_ASSERTION_KEYS = (
    "entityType",
    "entityId",
    "openBadgeId",
    "createdAt",
    "createdBy",
    "badgeclass",
    "badgeclassOpenBadgeId",
    "issuer",
    "issuerOpenBadgeId",
    "image",
    "recipient",
    "issuedOn",
    "narrative",
    "evidence",
    "revoked",
    "revocationReason",
    "acceptance",
    "expires",
    "extensions",
)
"""API-NOTES §5 (a run of the open-source server); the recorded prefixes agree."""
OSS_BACKPACK_KEYS = (
    "entityType",
    "entityId",
    "acceptance",
    "openBadgeId",
    "badgeclass",
    "badgeclassOpenBadgeId",
    "issuer",
    "issuerOpenBadgeId",
    "image",
    "recipient",
    "issuedOn",
    "narrative",
    "revoked",
    "revocationReason",
    "expires",
    "pending",
)
"""API-NOTES §6 "Backpack assertion keys [run]", in the recorded order."""
OSS_EVIDENCE_KEYS = ("url", "narrative")
OSS_EMAIL_KEYS = ("email", "verified", "primary", "caseVariants")
"""Entry "GET /v2/users/self"."""
HOSTED_ONLY = frozenset({"id", "credentials", "createdAt", "createdBy"})
"""Keys of users, issuers and collections that only the hosted pages document."""


def _only(value: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    return {key: value[key] for key in keys}


def _oss(value: dict[str, Any], drop: frozenset[str] = HOSTED_ONLY) -> dict[str, Any]:
    return {key: item for key, item in value.items() if key not in drop}


def envelope(
    result: list[Any],
    now: datetime,
    *,
    hosted: bool = True,
    success: bool = True,
    description: str = "ok",
    field_errors: Any = None,
    validation_errors: list[Any] | None = None,
    terms: bool = False,
) -> dict[str, Any]:
    """The hosted envelope; the open-source one has ``fieldErrors`` and ``validationErrors``
    only on errors and ``latestTermsVersion`` only where asked (``terms``: users/self)."""
    answer: dict[str, Any] = {
        "status": {"success": success, "description": description},
        "result": result,
    }
    errors = {
        "validationErrors": validation_errors or [],
        "fieldErrors": field_errors if field_errors is not None else {},
    }
    if not hosted:
        if not success:
            answer |= {
                "fieldErrors": errors["fieldErrors"],
                "validationErrors": errors["validationErrors"],
            }
        return answer | ({"latestTermsVersion": 1} if terms else {})
    return answer | {
        "timestamp": ts(now),
        "validationErrors": errors["validationErrors"],
        "nonFieldErrors": [],
        "fieldErrors": errors["fieldErrors"],
        "errorCode": None,
        "warnings": {},
        "latestTermsVersion": 1,
    }


def user_json(user: UserRecord, hosted: bool = True) -> dict[str, Any]:
    made: dict[str, Any] = {
        "entityType": "BadgeUser",
        "id": user.id,
        "entityId": user.entity_id,
        "firstName": user.first_name,
        "lastName": user.last_name,
        "emails": [
            {
                "entityType": "BadgeUserEmail",
                "entityId": user.entity_id[:11] + "email00000e",
                "email": user.email,
                "verified": True,
                "primary": True,
                "caseVariants": [],
            }
        ],
        "url": [],
        "telephone": [],
        "agreedTermsVersion": 1,
        "hasAgreedToLatestTermsVersion": True,
        "marketingOptIn": False,
        "badgrDomain": "sandbox.badgedesk.test",
        "hasPasswordSet": True,
        "recipient": {"identity": user.email, "type": "email"},
    }
    if hosted:
        return made
    return _oss(made) | {"emails": [_only(e, OSS_EMAIL_KEYS) for e in made["emails"]]}


def issuer_json(
    issuer: IssuerRecord, state: SandboxState, base: str, hosted: bool = True
) -> dict[str, Any]:
    by_email = {u.email: u for u in state.users.values()}
    made: dict[str, Any] = {
        "entityType": "Issuer",
        "id": issuer.id,
        "entityId": issuer.entity_id,
        "openBadgeId": f"{base}/public/issuers/{issuer.entity_id}",
        "createdAt": ts(issuer.created_at),
        "createdBy": issuer.created_by,
        "name": issuer.name,
        "image": None
        if issuer.image is None
        else f"{base}/public/issuers/{issuer.entity_id}/image",
        "email": issuer.email,
        "description": issuer.description,
        "url": issuer.url,
        "staff": [
            {
                "entityType": "IssuerStaff",
                "entityId": by_email[email].entity_id,
                "userProfile": {
                    "firstName": by_email[email].first_name,
                    "lastName": by_email[email].last_name,
                    "emails": [email],
                },
                "user": by_email[email].entity_id,
                "role": role,
            }
            for email, role in issuer.roles.items()
        ],
        "extensions": {},
        "badgrDomain": "sandbox.badgedesk.test",
    }
    if hosted:
        return made
    # Entry "GET /v2/issuers": a staff member is {userProfile, user, role}, the profile
    # being the user's own (StaffUserProfileSerializerV2 in badgr-server).
    profile_keys = ("entityType", "entityId", "firstName", "lastName", "emails", "url")
    staff = [
        {
            "userProfile": _only(user_json(by_email[email], False), profile_keys)
            | {"telephone": [], "badgrDomain": "sandbox.badgedesk.test"},
            "user": by_email[email].entity_id,
            "role": role,
        }
        for email, role in issuer.roles.items()
    ]
    return _oss(made, frozenset({"id"})) | {"staff": staff}


def badgeclass_json(badgeclass: BadgeClassRecord, base: str, hosted: bool = True) -> dict[str, Any]:
    made: dict[str, Any] = {
        "entityType": "BadgeClass",
        "id": badgeclass.id,
        "entityId": badgeclass.entity_id,
        "openBadgeId": f"{base}/public/badges/{badgeclass.entity_id}",
        "createdAt": ts(badgeclass.created_at),
        "createdBy": badgeclass.created_by,
        "issuer": badgeclass.issuer,
        "issuerOpenBadgeId": f"{base}/public/issuers/{badgeclass.issuer}",
        "name": badgeclass.name,
        "image": f"{base}/public/badges/{badgeclass.entity_id}/image",
        "description": badgeclass.description,
        "criteriaUrl": badgeclass.criteria_url,
        "criteriaNarrative": badgeclass.criteria_narrative,
        "alignments": badgeclass.alignments,
        "tags": badgeclass.tags,
        "expires": badgeclass.expires,
        "extensions": {},
    }
    if hosted:
        return made
    # badgr-server renders ``expires`` through a nested serializer over the badge class itself
    # (``BadgeClassExpirationSerializerV2(source='*')`` in apps/issuer/serializers_v2.py), so a
    # badge class without an expiry rule answers {"amount": null, "duration": null}, never null.
    return _oss(made, frozenset({"id"})) | {
        "expires": badgeclass.expires or {"amount": None, "duration": None}
    }


def assertion_json(
    record: AssertionRecord, base: str, hosted: bool = True, backpack: bool = False
) -> dict[str, Any]:
    """The hosted Assertion shape, also used for backpack badges; the open-source server's
    issuer-side and backpack shapes differ (``backpack``)."""
    if record.source_url is not None:
        own_url = record.source_url
        badge_url = record.external.get("badge_url")
        issuer_url = record.external.get("issuer_url")
    else:
        own_url = f"{base}/public/assertions/{record.entity_id}"
        badge_url = f"{base}/public/badges/{record.badgeclass}"
        issuer_url = f"{base}/public/issuers/{record.issuer}"
    recipient = {
        "identity": record.hashed_identity,
        "hashed": record.hashed,
        "type": record.recipient_type,
        "salt": record.salt,
        "plaintextIdentity": record.identity,
    }
    ob3 = None
    if record.ob3 is not None:
        ob3 = {
            key: ts(value) if isinstance(value, datetime) else value
            for key, value in ((k, record.ob3.get(k)) for k in OB3_KEYS)
        }
    image = None if record.revoked else f"{own_url}/image" if record.source_url is None else None
    made: dict[str, Any] = {
        "entityType": "Assertion",
        "id": record.id,
        "entityId": record.entity_id,
        "openBadgeId": own_url,
        "createdAt": ts(record.created_at),
        "createdBy": record.created_by,
        "badgeclass": record.badgeclass,
        "badgeclassOpenBadgeId": badge_url,
        "issuer": record.issuer,
        "issuerOpenBadgeId": issuer_url,
        "image": image,
        "recipient": recipient,
        "issuedOn": ts(record.issued_on),
        "narrative": record.narrative,
        "evidence": [{key: item.get(key) for key in EVIDENCE_KEYS} for item in record.evidence],
        "revoked": record.revoked,
        "revocationReason": record.revocation_reason,
        "acceptance": record.acceptance,
        "expires": ts(record.expires),
        "extensions": record.extensions,
        "assertionRef": {"assertionUrl": own_url},
        "badgeRef": {"badgeUrl": badge_url},
        "issuerRef": {"issuerUrl": issuer_url},
        "pending": False,
        "source": "local" if record.source_url is None else "imported",
        "sourceUrl": record.source_url,
        "originalJson": record.original_json,
        "imagePath": None if image is None else f"uploads/badges/assertion-{record.entity_id}.png",
        "ob3AwardProperties": ob3,
    }
    if hosted:
        return made
    if backpack:
        return _only(made, OSS_BACKPACK_KEYS)
    evidence = [_only(item, OSS_EVIDENCE_KEYS) for item in made["evidence"]]
    return _only(made, OSS_ASSERTION_KEYS) | {"evidence": evidence}


def collection_json(collection: CollectionRecord, base: str, hosted: bool = True) -> dict[str, Any]:
    share = f"{base}/public/collections/{collection.share_hash}" if collection.share_hash else None
    made: dict[str, Any] = {
        "entityType": "BackpackCollection",
        "id": collection.id,
        "entityId": collection.entity_id,
        "name": collection.name,
        "description": collection.description,
        "owner": collection.owner,
        "share_url": share,
        "shareHash": collection.share_hash,
        "published": collection.published,
        "assertions": list(collection.assertions),
        "credentials": [],
        "createdAt": ts(collection.created_at),
        "createdBy": collection.owner,
    }
    if hosted:
        return made
    return _oss(made) | {"shareHash": collection.share_hash or ""}  # entry 51: "" unpublished


def public_assertion(record: AssertionRecord, base: str) -> dict[str, Any]:
    """The Open Badges 2 hosted assertion at its ``openBadgeId``. The public documents have
    the recorded server's keys in both flavours (entries 50 and 64): the hosted pages do not
    show them."""
    url = f"{base}/public/assertions/{record.entity_id}"
    if record.revoked:
        return {
            "@context": "https://w3id.org/openbadges/v2",
            "id": url,
            "type": "Assertion",
            "revoked": True,
            "revocationReason": record.revocation_reason,
        }
    document: dict[str, Any] = {
        "@context": "https://w3id.org/openbadges/v2",
        "type": "Assertion",
        "id": url,
        "recipient": {
            "type": record.recipient_type,
            "hashed": record.hashed,
            "identity": record.hashed_identity,
        },
        "badge": f"{base}/public/badges/{record.badgeclass}",
        "issuedOn": ts(record.issued_on),
        "image": f"{url}/image",
        "verification": {"type": "HostedBadge"},
    }
    if record.salt:
        document["recipient"]["salt"] = record.salt
    if record.expires:
        document["expires"] = ts(record.expires)
    if record.narrative:
        document["narrative"] = record.narrative
    return document


def public_badge(badgeclass: BadgeClassRecord, base: str) -> dict[str, Any]:
    """The Open Badges 2 BadgeClass at a badge class's ``openBadgeId``."""
    return {
        "@context": "https://w3id.org/openbadges/v2",
        "type": "BadgeClass",
        "id": f"{base}/public/badges/{badgeclass.entity_id}",
        "name": badgeclass.name,
        "description": badgeclass.description,
        "image": f"{base}/public/badges/{badgeclass.entity_id}/image",
        "criteria": {"narrative": badgeclass.criteria_narrative},
        "issuer": f"{base}/public/issuers/{badgeclass.issuer}",
        "alignment": badgeclass.alignments,
        "tags": badgeclass.tags,
    }


def public_issuer(issuer: IssuerRecord, base: str) -> dict[str, Any]:
    """The Open Badges 2 Profile at an issuer's ``openBadgeId``."""
    return {
        "@context": "https://w3id.org/openbadges/v2",
        "type": "Issuer",
        "id": f"{base}/public/issuers/{issuer.entity_id}",
        "name": issuer.name,
        "url": issuer.url,
        "email": issuer.email,
        "description": issuer.description,
        "image": f"{base}/public/issuers/{issuer.entity_id}/image",
    }
