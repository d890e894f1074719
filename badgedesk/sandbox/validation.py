"""Input rules the server applies, shared by single awards and batch issues."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
TELEPHONE = re.compile(r"^\+?[0-9]{6,15}$")
RECIPIENT_TYPES = ("email", "openBadgeId", "telephone", "url")
EVIDENCE_KEYS = ("url", "narrative", "name", "description", "genre", "audience")
OB3_KEYS = ("activityStart", "activityEnd", "licenseNumber", "role")


def parse_date(value: str) -> datetime | None:
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def is_url(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def check_identity(kind: str, identity: str) -> str | None:
    """The message for an identity that does not fit its type, else ``None``."""
    if kind == "email" and not EMAIL.match(identity):
        return "Enter a valid email address."
    if kind in ("url", "openBadgeId") and not is_url(identity):
        return "Enter a valid URL."
    if kind == "telephone" and not TELEPHONE.match(identity):
        return "Enter a valid phone number."
    return None


def validate_award(body: Any, now: datetime) -> tuple[dict[str, Any], dict[str, Any]]:
    """Check an award body; return the clean values and the fieldErrors (empty when valid)."""
    errors: dict[str, Any] = {}
    clean: dict[str, Any] = {}
    if not isinstance(body, dict):
        return clean, {"non_field_errors": ["Invalid data. Expected a dictionary."]}
    recipient = body.get("recipient")
    if not isinstance(recipient, dict) or not isinstance(recipient.get("identity"), str):
        errors["recipient"] = {"identity": ["This field is required."]}
    else:
        kind = recipient.get("type") or "email"
        identity = recipient["identity"].strip()
        if kind not in RECIPIENT_TYPES:
            errors["recipient"] = {"type": [f'"{kind}" is not a valid choice.']}
        elif message := check_identity(kind, identity):
            errors["recipient"] = {"non_field_errors": [message]}
        hashed = recipient.get("hashed")
        if hashed is not None and not isinstance(hashed, bool):
            errors["recipient"] = {"hashed": ["Must be a valid boolean."]}
        clean.update(
            identity=identity.lower() if kind == "email" else identity,
            recipient_type=kind,
            hashed=hashed,
        )
    for name in ("issuedOn", "expires"):
        raw = body.get(name)
        if raw is None:
            continue
        parsed = parse_date(raw) if isinstance(raw, str) else None
        if parsed is None:
            errors[name] = ["Datetime has wrong format. Use ISO 8601."]
        clean[name] = parsed
    issued = clean.get("issuedOn")
    if issued is not None and issued > now:
        errors["issuedOn"] = ["Issue date cannot be in the future."]
    expires = clean.get("expires")
    if expires is not None and expires <= (issued or now) and "expires" not in errors:
        errors["expires"] = ["Expiration date must be after the issue date."]
    narrative = body.get("narrative")
    if narrative is not None:
        if not isinstance(narrative, str):
            errors["narrative"] = ["Not a valid string."]
        elif "![" in narrative:
            errors["narrative"] = ["Markdown images are not allowed in the narrative."]
        clean["narrative"] = narrative
    evidence, evidence_errors = _evidence(body.get("evidence"))
    if evidence_errors:
        errors["evidence"] = evidence_errors
    clean["evidence"] = evidence
    extensions = body.get("extensions")
    if extensions is not None and not isinstance(extensions, dict):
        errors["extensions"] = ["Expected a dictionary of extensions."]
    clean["extensions"] = extensions if isinstance(extensions, dict) else {}
    ob3 = body.get("ob3AwardProperties")
    if ob3 is not None:
        if not isinstance(ob3, dict):
            errors["ob3AwardProperties"] = ["Expected an object."]
        else:
            clean["ob3"] = {key: ob3.get(key) for key in OB3_KEYS}
    return clean, errors


def _evidence(value: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]] | None]:
    if value is None:
        return [], None
    if not isinstance(value, list):
        return [], [{"non_field_errors": ["Expected a list of items."]}]
    items: list[dict[str, Any]] = []
    problems: list[dict[str, Any]] = []
    for item in value:
        problem: dict[str, Any] = {}
        if not isinstance(item, dict):
            problems.append({"non_field_errors": ["Expected an object."]})
            continue
        if item.get("url") is not None and not is_url(item.get("url")):
            problem["url"] = ["Enter a valid URL."]
        items.append({key: item.get(key) for key in EVIDENCE_KEYS})
        problems.append(problem)
    return items, problems if any(problems) else None
