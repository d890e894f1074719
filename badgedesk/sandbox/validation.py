"""Input rules the server applies: awards (single and batch issues), badge classes, issuers."""

from __future__ import annotations

import base64
import binascii
import mimetypes
import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from badgedesk.baking import PNG, PNG_SIGNATURE, SVG

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


# ------------------------------------------------------------ badge classes and issuers
#
# The rules and words of badgr-server's Django REST framework 3.9 serializers
# (apps/issuer/serializers_v2.py BadgeClassSerializerV2, AlignmentItemSerializerV2,
# BadgeClassExpirationSerializerV2, IssuerSerializerV2; apps/mainsite/serializers.py
# StripTagsCharField and MarkdownCharField; apps/mainsite/drf_fields.py ValidImageField;
# apps/mainsite/validators.py ValidImageValidator and PositiveIntegerValidator), read, not
# copied. Field errors are lists of messages, as DRF gives them.

REQUIRED = "This field is required."
NOT_NULL = "This field may not be null."
BLANK = "This field may not be blank."
INVALID_URL = "Enter a valid URL."
NOT_A_FILE = "The submitted data was not a file. Check the encoding type on the form."
EXPIRY_UNITS = ("days", "weeks", "months", "years")
"""``BadgeClass.EXPIRES_DURATION_CHOICES``."""
RASTER_SIGNATURES = (b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"BM", b"II*\x00", b"MM\x00*")
"""Images Pillow opens that are not PNG: ValidImageValidator answers "Invalid PNG"."""
_TAG = re.compile(r"<[^>]*>")
_COMMENT = re.compile(rb"<!--.*?-->", re.DOTALL)
_FIRST_ELEMENT = re.compile(rb"<(?![?!])([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)([^>]*)>")

Errors = dict[str, Any]
ImageUpload = tuple[bytes, str]
"""An accepted image: its bytes and its type by content (``image/png``, ``image/svg+xml``)."""


def not_a_dict(value: Any) -> str:
    return f"Invalid data. Expected a dictionary, but got {type(value).__name__}."


def not_a_list(value: Any) -> str:
    return f'Expected a list of items but got type "{type(value).__name__}".'


def text(
    value: Any,
    *,
    max_length: int | None = None,
    allow_null: bool = False,
    allow_blank: bool = False,
) -> tuple[str | None, list[str]]:
    """A ``StripTagsCharField``: trimmed, tags removed; or why not."""
    if value is None:
        return None, [] if allow_null else [NOT_NULL]
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None, ["Not a valid string."]
    clean = str(value).strip()
    if not clean:
        return "", [] if allow_blank else [BLANK]
    clean = _TAG.sub("", clean)
    if max_length is not None and len(clean) > max_length:
        return None, [f"Ensure this field has no more than {max_length} characters."]
    return clean, []


def url_text(value: Any, *, max_length: int | None = None, allow_null: bool = False) -> Any:
    """A URL field: ``text`` and then the URL check."""
    clean, problems = text(value, max_length=max_length, allow_null=allow_null)
    if clean and not problems and not is_url(clean):
        problems = [INVALID_URL]
    return clean, problems


def image_upload(value: Any) -> tuple[ImageUpload | None, list[str]]:
    """A ``ValidImageField``: a base64 ``data:`` URI of a PNG or SVG. ``(None, [])`` when the
    field is skipped: null, or an http(s) URL (the server keeps the image it has, so a client
    may send back the URL it was given)."""
    if value is None or (isinstance(value, str) and urlsplit(value).scheme in ("http", "https")):
        return None, []
    if not isinstance(value, str):
        return None, [NOT_A_FILE]
    try:
        declared, encoded = value.replace("data:", "", 1).split(";base64,")
        data = base64.b64decode(encoded)
    except (ValueError, binascii.Error):
        return None, [NOT_A_FILE]
    if declared != "image/svg+xml" and mimetypes.guess_extension(declared) is None:
        return None, ["Invalid MIME type"]
    if not data:
        return None, ["The submitted file is empty."]
    if data.startswith(PNG_SIGNATURE):
        # Pillow's verify() refuses a PNG cut short; then it is no SVG either
        return ((data, PNG), []) if b"IEND" in data[-12:] else (None, ["Invalid image."])
    if data.startswith(RASTER_SIGNATURES) or (data[:4] == b"RIFF" and data[8:12] == b"WEBP"):
        return None, ["Invalid PNG"]
    if _svg_root(data):
        return (data, SVG), []
    return None, ["Invalid image."]


def _svg_root(data: bytes) -> bool:
    """The server's ``verify_svg``: the first element is ``svg`` in the SVG namespace. Read
    with a pattern, not an XML parser: the bytes are anyone's (entity bombs)."""
    found = _FIRST_ELEMENT.search(_COMMENT.sub(b"", data[:65536]))
    if found is None or found.group(2) != b"svg":
        return False
    prefix = found.group(1) or b""
    declaration = b"xmlns" + (b":" + prefix[:-1] if prefix else b"")
    return (
        re.search(declaration + rb"""\s*=\s*["']http://www\.w3\.org/2000/svg["']""", found.group(3))
        is not None
    )


class FieldChecks:
    """DRF's way through a body: every field checked, every error kept under its name."""

    def __init__(self, body: Any) -> None:
        self.body: dict[str, Any] = body if isinstance(body, dict) else {}
        self.clean: dict[str, Any] = {}
        self.errors: Errors = {}
        if body is not None and not isinstance(body, dict):
            self.errors["non_field_errors"] = [not_a_dict(body)]

    def field(self, name: str, check: Callable[[Any], Any], *, required: bool = False) -> None:
        """Run ``check`` on the field when sent; ``check`` returns (value, messages)."""
        if name not in self.body:
            if required:
                self.errors[name] = [REQUIRED]
            return
        value, problems = check(self.body[name])
        if problems:
            self.errors[name] = problems
        else:
            self.clean[name] = value


def badgeclass_checks(body: Any, issuer_known: Callable[[str], bool]) -> FieldChecks:
    """A badge class made or replaced (the server checks both alike: PUT is no partial
    update). A null or empty ``expires`` counts as not sent, as the serializer drops it."""
    checks = FieldChecks(body)
    if not checks.body.get("expires", True):
        del checks.body["expires"]
    checks.field("name", lambda v: text(v, max_length=1024), required=True)
    checks.field("description", lambda v: text(v, max_length=16384), required=True)
    checks.field("image", image_upload)
    checks.field("criteriaUrl", lambda v: url_text(v, allow_null=True))
    checks.field("criteriaNarrative", _markdown)
    checks.field("tags", _tags)
    checks.field("alignments", _alignments)
    checks.field("expires", _expiry)
    checks.field("extensions", _extensions)
    checks.field("issuer", lambda v: _issuer_id(v, issuer_known))
    return checks


def issuer_checks(body: Any) -> FieldChecks:
    """An issuer made or edited; ``staff`` is left to the caller, who knows the users."""
    checks = FieldChecks(body)
    checks.field("name", lambda v: text(v, max_length=1024), required=True)
    checks.field("email", _email, required=True)
    checks.field("url", lambda v: url_text(v, max_length=1024), required=True)
    checks.field("description", lambda v: text(v, max_length=16384))
    checks.field("image", image_upload)
    checks.field("extensions", _extensions)
    return checks


def _markdown(value: Any) -> tuple[str | None, list[str]]:
    clean, problems = text(value, allow_null=True)
    if clean and "![" in clean:
        problems = ["Images not supported in markdown"]
    return clean, problems


def _email(value: Any) -> tuple[str | None, list[str]]:
    clean, problems = text(value, max_length=255)
    if clean and not problems and not EMAIL.match(clean):
        problems = ["Enter a valid email address."]
    return clean, problems


def _tags(value: Any) -> tuple[list[str] | None, Any]:
    if value is None:
        return None, [NOT_NULL]
    if not isinstance(value, list):
        return None, [not_a_list(value)]
    tags: list[str] = []
    problems: dict[str, list[str]] = {}
    for index, item in enumerate(value):
        clean, item_problems = text(item, max_length=1024)
        if item_problems:
            problems[str(index)] = item_problems
        tags.append(clean or "")
    return tags, problems or None


ALIGNMENT_FIELDS: dict[str, Callable[[Any], Any]] = {
    "targetName": text,
    "targetUrl": url_text,
    "targetDescription": lambda v: text(v, allow_null=True, allow_blank=True),
    "targetFramework": lambda v: text(v, allow_null=True, allow_blank=True),
    "targetCode": lambda v: text(v, allow_null=True, allow_blank=True),
}
"""``AlignmentItemSerializerV2``: a name and a URL required, the rest optional."""


def _alignments(value: Any) -> tuple[list[dict[str, Any]] | None, Any]:
    if value is None:
        return None, [NOT_NULL]
    if not isinstance(value, list):
        return None, [not_a_list(value)]
    alignments, problems = [], []
    for item in value:
        if not isinstance(item, dict):
            problems.append({"non_field_errors": [not_a_dict(item)]})
            continue
        checks = FieldChecks(item)
        for name, check in ALIGNMENT_FIELDS.items():
            checks.field(name, check, required=name in ("targetName", "targetUrl"))
        alignments.append({name: checks.clean.get(name) for name in ALIGNMENT_FIELDS})
        problems.append(checks.errors)
    return alignments, problems if any(problems) else None


def _expiry(value: Any) -> tuple[dict[str, Any] | None, Any]:
    if not isinstance(value, dict):
        return None, {"non_field_errors": [not_a_dict(value)]}
    checks = FieldChecks(value)
    checks.field("amount", _positive, required=True)
    checks.field("duration", _unit, required=True)
    if checks.errors:
        return None, checks.errors
    if checks.clean["amount"] is None and checks.clean["duration"] is None:
        return None, None  # both null: the rule is removed
    return checks.clean, None


def _positive(value: Any) -> tuple[int | None, list[str]]:
    if value is None:
        return None, []
    try:
        amount = int(re.sub(r"\.0*\s*$", "", str(value)))
    except ValueError:
        return None, ["A valid integer is required."]
    return (amount, []) if amount >= 1 else (None, ["Must be a positive integer"])


def _unit(value: Any) -> tuple[str | None, list[str]]:
    if value is None or str(value) in EXPIRY_UNITS:
        return value, []
    return None, [f'"{value}" is not a valid choice.']


def _extensions(value: Any) -> tuple[dict[str, Any] | None, list[str]]:
    if value is None:
        return None, [NOT_NULL]
    if not isinstance(value, dict):
        return None, [f'Expected a dictionary of items but got type "{type(value).__name__}".']
    return value, []


def _issuer_id(value: Any, known: Callable[[str], bool]) -> tuple[str | None, list[str]]:
    if value is None:
        return None, [NOT_NULL]
    if isinstance(value, dict | list):
        return None, [f"Incorrect type. Expected entity_id value, got {type(value).__name__}."]
    if not known(str(value)):
        return None, [f'Invalid entity_id "{value}" - object does not exist.']
    return str(value), []
