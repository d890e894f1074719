"""Typed shapes of the API v2, with one codec for all of them.

Every model is a keyword-only dataclass whose field names are the snake_case form of the
server's camelCase keys. ``from_json`` checks types as it goes and raises
``MalformedResponseError`` for anything that is not the documented shape; keys the model does
not know are kept in ``extra`` and written back by ``to_json``, so an edit never drops data a
newer server added. Dates are timezone-aware (UTC when the server gives none).

What a model holds can always be stored and sent (UTF-8, JSON): a string UTF-8 cannot carry
(a lone surrogate, which JSON can send as ``"\\ud800"``) is refused where the program acts on it
(identifiers, addresses, codes: everything not marked ``PROSE``), and repaired (U+FFFD) in
text only people read (``PROSE`` fields) and in JSON kept as received (``extra``, ``Any``).
Kept JSON is also refused when nested deeper than ``MAX_DEPTH``, and a whole-number field
beyond what JSON carries exactly (2**53) is refused.
"""

from __future__ import annotations

import dataclasses
import functools
import math
import sys
import types
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import (
    Any,
    ClassVar,
    Generic,
    Literal,
    Self,
    TypeVar,
    Union,
    get_args,
    get_origin,
    get_type_hints,
)

from badgedesk.api.errors import MalformedResponseError
from badgedesk.api.untrusted import MAX_DEPTH, is_utf8, safe_text
from badgedesk.core.dates import format_datetime, parse_datetime

PROSE: Mapping[str, Any] = {"kind": "prose"}
"""Field metadata: text only people read, repaired rather than refused when damaged."""
_RAW: Mapping[str, Any] = {"kind": "raw"}
"""Field metadata: JSON passed on untouched, because a model parses it next."""
_Kind = Literal["value", "prose", "raw"]

MAX_WHOLE = 2**53
"""The largest whole number JSON carries exactly (RFC 8259, section 6)."""


class _Unset:
    """Marks an update field the caller did not set (``None`` means "clear it")."""

    _instance: ClassVar[_Unset | None] = None

    def __new__(cls) -> _Unset:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "UNSET"

    def __bool__(self) -> bool:
        return False


UNSET: Any = _Unset()


def json_name(attr: str) -> str:
    """``badgeclass_open_badge_id`` -> ``badgeclassOpenBadgeId``."""
    head, *rest = attr.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


@dataclass(frozen=True)
class _FieldSpec:
    attr: str
    key: str
    hint: Any
    has_default: bool
    nullable: bool
    decode: Decoder


_SPECS: dict[type, tuple[_FieldSpec, ...]] = {}


def _specs(cls: type) -> tuple[_FieldSpec, ...]:
    cached = _SPECS.get(cls)
    if cached is None:
        hints = get_type_hints(cls)
        cached = tuple(
            _FieldSpec(
                attr=f.name,
                key=f.metadata.get("json", json_name(f.name)),
                hint=hints[f.name],
                has_default=f.default is not dataclasses.MISSING
                or f.default_factory is not dataclasses.MISSING,
                nullable=_Unset in get_args(hints[f.name]),
                decode=_decoder(hints[f.name], f.metadata.get("kind", "value")),
            )
            for f in dataclasses.fields(cls)
            if f.name != "extra"
        )
        _SPECS[cls] = cached
    return cached


def _malformed(path: str, expected: str, value: Any) -> MalformedResponseError:
    return MalformedResponseError(detail=f"{path}: expected {expected}, got {type(value).__name__}")


def _key(key: Any, path: str) -> str:
    if not isinstance(key, str):
        raise _malformed(path, "text keys", key)
    return safe_text(key)


def _opaque(value: Any, path: str, depth: int = 0) -> Any:
    """JSON kept as received, copied with every string made safe; refused when it is nested
    deeper than ``MAX_DEPTH`` (its walkers, and ``json.dumps``, recurse) or holds what JSON
    cannot (NaN, infinities, other types)."""
    if isinstance(value, str):
        return safe_text(value)
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _malformed(path, "a finite number", value)
        return value
    if depth >= MAX_DEPTH:
        raise MalformedResponseError(detail=f"{path}: nested deeper than {MAX_DEPTH}")
    if isinstance(value, list):
        return [_opaque(item, path, depth + 1) for item in value]
    if isinstance(value, dict):
        return {_key(k, path): _opaque(v, path, depth + 1) for k, v in value.items()}
    raise _malformed(path, "JSON", value)


Decoder = Callable[[Any, str], Any]
"""Checks and converts one decoded JSON value (``path`` names it in errors)."""


@functools.cache
def _decoder(hint: Any, kind: _Kind) -> Decoder:
    """The decoder for a field's type ``hint``, worked out once: a page of 500 awards decodes
    some 30,000 values, and reading the hint each time was half of the decoding."""
    if hint is Any:
        return _keep if kind == "raw" else _opaque
    origin = get_origin(hint)
    if origin in (Union, types.UnionType):
        options = [a for a in get_args(hint) if a not in (type(None), _Unset)]
        present = _decoder(options[0], kind)

        def optional(value: Any, path: str) -> Any:
            return None if value is None else present(value, path)

        return optional
    if origin is list:
        (item_hint,) = get_args(hint)
        item = _decoder(item_hint, kind)

        def items(value: Any, path: str) -> Any:
            if not isinstance(value, list):
                raise _malformed(path, "a list", value)
            return [item(v, f"{path}[{i}]") for i, v in enumerate(value)]

        return items
    if origin is dict:
        member = _decoder(get_args(hint)[1], kind)

        def members(value: Any, path: str) -> Any:
            if not isinstance(value, Mapping):
                raise _malformed(path, "an object", value)
            return {_key(k, path): member(v, f"{path}.{k}") for k, v in value.items()}

        return members
    if hint is str:
        return _prose if kind == "prose" else _text
    if isinstance(hint, type) and issubclass(hint, ApiModel):
        return hint._decode_at
    simple = {datetime: _timestamp, bool: _truth, int: _whole}.get(hint)
    if simple is None:
        raise TypeError(f"no codec for {hint!r}")  # a programming error, not a server one
    return simple


def _keep(value: Any, path: str) -> Any:
    return value


def _timestamp(value: Any, path: str) -> datetime:
    if not isinstance(value, str):
        raise _malformed(path, "a timestamp", value)
    try:
        return parse_datetime(value)
    except ValueError:  # a lone surrogate raises UnicodeEncodeError, a ValueError
        raise MalformedResponseError(detail=f"{path}: {value[:40]!r} is not a timestamp") from None


def _truth(value: Any, path: str) -> bool:
    if not isinstance(value, bool):
        raise _malformed(path, "true or false", value)
    return value


def _whole(value: Any, path: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _malformed(path, "a whole number", value)
    if abs(value) > MAX_WHOLE:
        raise MalformedResponseError(detail=f"{path}: a whole number out of range")
    return value


def _prose(value: Any, path: str) -> str:
    if not isinstance(value, str):
        raise _malformed(path, "text", value)
    return safe_text(value)


def _text(value: Any, path: str) -> str:
    if not isinstance(value, str):
        raise _malformed(path, "text", value)
    if not is_utf8(value):
        raise MalformedResponseError(detail=f"{path}: text with a lone surrogate")
    return value


def _encode(value: Any) -> Any:
    if isinstance(value, ApiModel):
        return value.to_json()
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, list):
        return [_encode(v) for v in value]
    if isinstance(value, Mapping):
        return {k: _encode(v) for k, v in value.items()}
    return value


@dataclass(kw_only=True)
class ApiModel:
    """Base of every shape: decoding, encoding and the keys it does not know."""

    extra: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """Build from decoded JSON; anything off-shape raises ``MalformedResponseError``."""
        return cls._decode_at(data, cls.__name__)

    @classmethod
    def _prepare(cls, data: dict[str, Any]) -> dict[str, Any]:
        """Hook for shapes the server sends in more than one form."""
        return data

    @classmethod
    def _decode_at(cls, data: Any, path: str) -> Self:
        if not isinstance(data, Mapping):
            raise _malformed(path, "an object", data)
        data = cls._prepare(dict(data))
        values: dict[str, Any] = {}
        specs = _specs(cls)
        for spec in specs:
            raw = data.get(spec.key)
            if raw is None:
                if not spec.has_default:
                    raise MalformedResponseError(detail=f"{path}.{spec.key} is missing")
                continue
            values[spec.attr] = spec.decode(raw, f"{path}.{spec.key}")
        known = {spec.key for spec in specs}
        values["extra"] = _opaque({k: v for k, v in data.items() if k not in known}, path)
        instance = cls(**values)
        instance._check(path)
        return instance

    def _check(self, path: str) -> None:
        """Cross-field checks after decoding; raise ``MalformedResponseError``."""

    def to_json(self) -> dict[str, Any]:
        """The JSON object to send: unknown keys first, as received, then the known ones."""
        out = dict(self.extra)
        for spec in _specs(type(self)):
            value = getattr(self, spec.attr)
            if value is UNSET or (value is None and not spec.nullable):
                continue
            out[spec.key] = _encode(value)
        return out


Scope = Literal["issuers", "badgeclasses"]
"""Whose assertions a listing or an award goes through: an issuer's or a badge class's."""


class RecipientType(StrEnum):
    EMAIL = "email"
    URL = "url"
    TELEPHONE = "telephone"
    ID = "openBadgeId"


class Acceptance(StrEnum):
    UNACCEPTED = "Unaccepted"
    ACCEPTED = "Accepted"
    REJECTED = "Rejected"


class AssertionStatus(StrEnum):
    ACTIVE = "active"
    EXPIRED = "expired"
    REVOKED = "revoked"


@dataclass(kw_only=True)
class Entity(ApiModel):
    """Anything the server identifies: by ``entityId`` (22 URL-safe chars) and/or ``id``."""

    entity_type: str | None = None
    id: str | None = None
    entity_id: str | None = None

    @property
    def key(self) -> str:
        """The identifier to use in URLs and the store: ``entityId``, else ``id``."""
        return self.entity_id or self.id or ""

    def _check(self, path: str) -> None:
        if not self.key:
            raise MalformedResponseError(detail=f"{path} has neither entityId nor id")


@dataclass(kw_only=True)
class Recipient(ApiModel):
    identity: str
    type: str = RecipientType.EMAIL
    hashed: bool | None = None
    salt: str | None = None
    plaintext_identity: str | None = None

    @property
    def display(self) -> str:
        """What a person should read: the plaintext identity when the server gives it."""
        return self.plaintext_identity or self.identity


@dataclass(kw_only=True)
class Evidence(ApiModel):
    url: str | None = None
    narrative: str | None = field(default=None, metadata=PROSE)
    name: str | None = field(default=None, metadata=PROSE)
    description: str | None = field(default=None, metadata=PROSE)
    genre: str | None = field(default=None, metadata=PROSE)
    audience: str | None = field(default=None, metadata=PROSE)


@dataclass(kw_only=True)
class OB3AwardProperties(ApiModel):
    """Open Badges 3 award details of the hosted API."""

    activity_start: datetime | None = None
    activity_end: datetime | None = None
    license_number: str | None = None
    role: str | None = field(default=None, metadata=PROSE)


@dataclass(kw_only=True)
class AssertionRef(ApiModel):
    assertion_url: str | None = None


@dataclass(kw_only=True)
class BadgeRef(ApiModel):
    badge_url: str | None = None


@dataclass(kw_only=True)
class IssuerRef(ApiModel):
    issuer_url: str | None = None


@dataclass(kw_only=True)
class Assertion(Entity):
    open_badge_id: str | None = None
    created_at: datetime | None = None
    created_by: str | None = None
    badgeclass: str | None = None
    badgeclass_open_badge_id: str | None = None
    issuer: str | None = None
    issuer_open_badge_id: str | None = None
    image: str | None = None
    recipient: Recipient | None = None
    issued_on: datetime | None = None
    narrative: str | None = field(default=None, metadata=PROSE)
    evidence: list[Evidence] = field(default_factory=list)
    revoked: bool = False
    revocation_reason: str | None = field(default=None, metadata=PROSE)
    acceptance: str | None = None
    expires: datetime | None = None
    extensions: dict[str, Any] = field(default_factory=dict)
    assertion_ref: AssertionRef | None = None
    badge_ref: BadgeRef | None = None
    issuer_ref: IssuerRef | None = None
    pending: bool | None = None
    source: str | None = None
    source_url: str | None = None
    original_json: Any = None
    image_path: str | None = None
    ob3_award_properties: OB3AwardProperties | None = None

    def status(self, now: datetime | None = None) -> AssertionStatus:
        return status_of(self.revoked, self.expires, now or datetime.now(UTC))


def status_of(revoked: bool, expires: datetime | None, now: datetime) -> AssertionStatus:
    """Revoked wins over expired; an award with no expiry never expires."""
    if revoked:
        return AssertionStatus.REVOKED
    if expires is not None and expires <= now:
        return AssertionStatus.EXPIRED
    return AssertionStatus.ACTIVE


def _optional_datetime(value: Any) -> datetime | None:
    return parse_datetime(value) if isinstance(value, str) and value else None


def _one_line(text: Any, limit: int) -> str:
    if not isinstance(text, str):
        return ""
    flat = " ".join(safe_text(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _row_text(value: Any, what: str) -> str:
    """A value a row keeps and acts on: anything but text reads as absent (rows are lenient),
    text UTF-8 cannot carry is refused, as in the full models."""
    if not isinstance(value, str):
        return ""
    if not is_utf8(value):
        raise MalformedResponseError(detail=f"an assertion's {what} has a lone surrogate")
    return value


@dataclass(frozen=True, slots=True)
class AssertionRow:
    """What a table row shows of an assertion: parsed fast and kept small, because the
    Assertions tab holds a hundred thousand of them (the full ``Assertion`` is fetched for the
    one selected)."""

    entity_id: str
    recipient: str
    """The plaintext identity when the server gives it, else the (hashed) identity."""
    recipient_type: str
    badgeclass: str
    issued_on: datetime | None
    expires: datetime | None
    revoked: bool
    acceptance: str
    narrative: str
    """The narrative on one line, cut to an excerpt."""
    revocation_reason: str = ""
    """Why a revoked award was revoked, on one line (the row's tooltip says it)."""

    EXCERPT: ClassVar[int] = 120

    @classmethod
    def from_json(cls, data: Any) -> AssertionRow:
        entity_id = _row_text(data.get("entityId"), "entityId") if isinstance(data, Mapping) else ""
        if not entity_id:
            raise MalformedResponseError(detail="an assertion without entityId")
        recipient = data.get("recipient")
        recipient = recipient if isinstance(recipient, Mapping) else {}
        try:
            issued_on = _optional_datetime(data.get("issuedOn"))
            expires = _optional_datetime(data.get("expires"))
        except ValueError:
            raise MalformedResponseError(detail="an assertion with a malformed date") from None
        identity = recipient.get("plaintextIdentity") or recipient.get("identity")
        return cls(
            entity_id=entity_id,
            recipient=_row_text(identity, "recipient"),
            # Values every row of a table repeats, held once (interned) rather than per row.
            recipient_type=sys.intern(_row_text(recipient.get("type"), "recipient type")),
            badgeclass=sys.intern(_row_text(data.get("badgeclass"), "badgeclass")),
            issued_on=issued_on,
            expires=expires,
            revoked=data.get("revoked") is True,
            acceptance=sys.intern(_row_text(data.get("acceptance"), "acceptance")),
            narrative=_one_line(data.get("narrative"), cls.EXCERPT),
            revocation_reason=_one_line(data.get("revocationReason"), cls.EXCERPT),
        )

    @classmethod
    def from_assertion(cls, assertion: Assertion) -> AssertionRow:
        recipient = assertion.recipient
        return cls(
            entity_id=assertion.key,
            recipient=(recipient.plaintext_identity or recipient.identity) if recipient else "",
            recipient_type=recipient.type if recipient else "",
            badgeclass=assertion.badgeclass or "",
            issued_on=assertion.issued_on,
            expires=assertion.expires,
            revoked=assertion.revoked,
            acceptance=assertion.acceptance or "",
            narrative=_one_line(assertion.narrative, cls.EXCERPT),
            revocation_reason=_one_line(assertion.revocation_reason, cls.EXCERPT),
        )

    def status(self, now: datetime) -> AssertionStatus:
        return status_of(self.revoked, self.expires, now)

    def to_json(self) -> dict[str, Any]:
        """The row in the API's words, as ``from_json`` reads it back (to keep it on disk)."""
        return {
            "entityId": self.entity_id,
            "recipient": {"identity": self.recipient, "type": self.recipient_type},
            "badgeclass": self.badgeclass,
            "issuedOn": format_datetime(self.issued_on) if self.issued_on else None,
            "expires": format_datetime(self.expires) if self.expires else None,
            "revoked": self.revoked,
            "acceptance": self.acceptance,
            "narrative": self.narrative,
            "revocationReason": self.revocation_reason,
        }


@dataclass(kw_only=True)
class BackpackAssertion(Assertion):
    """An assertion as its earner sees it in the backpack."""


@dataclass(kw_only=True)
class Alignment(ApiModel):
    target_name: str | None = field(default=None, metadata=PROSE)
    target_url: str | None = None
    target_description: str | None = field(default=None, metadata=PROSE)
    target_framework: str | None = field(default=None, metadata=PROSE)
    target_code: str | None = None


@dataclass(kw_only=True)
class BadgeClassExpiration(ApiModel):
    amount: int | None = None
    duration: str | None = None


@dataclass(kw_only=True)
class BadgeClass(Entity):
    open_badge_id: str | None = None
    created_at: datetime | None = None
    created_by: str | None = None
    issuer: str | None = None
    issuer_open_badge_id: str | None = None
    name: str = field(default="", metadata=PROSE)
    image: str | None = None
    description: str | None = field(default=None, metadata=PROSE)
    criteria_url: str | None = None
    criteria_narrative: str | None = field(default=None, metadata=PROSE)
    alignments: list[Alignment] = field(default_factory=list)
    tags: list[str] = field(default_factory=list, metadata=PROSE)
    expires: BadgeClassExpiration | None = None
    extensions: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def _prepare(cls, data: dict[str, Any]) -> dict[str, Any]:
        """The open-source server answers ``{"amount": null, "duration": null}`` for a badge
        class without an expiry rule (a nested serializer over the badge class itself): no
        rule, as ``null`` is on the hosted service."""
        expires = data.get("expires")
        if isinstance(expires, Mapping) and expires.get("amount") is None:
            data["expires"] = None
        return data


@dataclass(kw_only=True)
class IssuerStaff(ApiModel):
    entity_type: str | None = None
    entity_id: str | None = None
    user: str | None = None
    role: str | None = None
    user_profile: dict[str, Any] | None = None


@dataclass(kw_only=True)
class Issuer(Entity):
    open_badge_id: str | None = None
    created_at: datetime | None = None
    created_by: str | None = None
    name: str = field(default="", metadata=PROSE)
    image: str | None = None
    email: str | None = None
    description: str | None = field(default=None, metadata=PROSE)
    url: str | None = None
    staff: list[IssuerStaff] = field(default_factory=list)
    extensions: dict[str, Any] = field(default_factory=dict)
    badgr_domain: str | None = None


@dataclass(kw_only=True)
class Collection(Entity):
    name: str = field(default="", metadata=PROSE)
    description: str | None = field(default=None, metadata=PROSE)
    owner: str | None = None
    share_url: str | None = field(default=None, metadata={"json": "share_url"})
    share_hash: str | None = None
    published: bool = False
    assertions: list[str] = field(default_factory=list)
    credentials: list[str] = field(default_factory=list)
    created_at: datetime | None = None
    created_by: str | None = None

    @classmethod
    def _prepare(cls, data: dict[str, Any]) -> dict[str, Any]:
        # The Swagger file lists member assertions as objects, the server sends ids: take both.
        members = data.get("assertions")
        if isinstance(members, list):
            data["assertions"] = [
                m.get("entityId") or m.get("id") if isinstance(m, Mapping) else m for m in members
            ]
        return data


@dataclass(kw_only=True)
class UserEmail(ApiModel):
    entity_type: str | None = None
    entity_id: str | None = None
    email: str
    verified: bool = False
    primary: bool = False
    case_variants: list[str] = field(default_factory=list)


@dataclass(kw_only=True)
class User(Entity):
    first_name: str = field(default="", metadata=PROSE)
    last_name: str = field(default="", metadata=PROSE)
    emails: list[UserEmail] = field(default_factory=list)
    url: list[str] = field(default_factory=list)
    telephone: list[str] = field(default_factory=list)
    agreed_terms_version: int | None = None
    has_agreed_to_latest_terms_version: bool | None = None
    marketing_opt_in: bool | None = None
    badgr_domain: str | None = None
    has_password_set: bool | None = None
    recipient: Any = None

    @property
    def display_name(self) -> str:
        """Full name, else the primary email, for the status bar."""
        name = f"{self.first_name} {self.last_name}".strip()
        if name:
            return name
        primary = next((e for e in self.emails if e.primary), None) or next(iter(self.emails), None)
        return primary.email if primary else self.key


@dataclass(kw_only=True)
class AwardRequest(ApiModel):
    """Body of an award. On an issuer scope, name the badge class by exactly one field."""

    recipient: Recipient
    badgeclass: str | None = None
    badgeclass_open_badge_id: str | None = None
    badgeclass_name: str | None = None
    issued_on: datetime | None = None
    expires: datetime | None = None
    narrative: str | None = field(default=None, metadata=PROSE)
    evidence: list[Evidence] = field(default_factory=list)
    extensions: dict[str, Any] | None = None
    ob3_award_properties: OB3AwardProperties | None = None
    notify: bool | None = None
    allow_duplicate_awards: bool | None = None


@dataclass(kw_only=True)
class AssertionUpdate(ApiModel):
    """A partial edit (PUT): fields left UNSET are not sent; ``None`` clears a value."""

    narrative: str | _Unset | None = field(default=UNSET, metadata=PROSE)
    evidence: list[Evidence] | _Unset | None = UNSET
    extensions: dict[str, Any] | _Unset | None = UNSET
    expires: datetime | _Unset | None = UNSET
    issued_on: datetime | _Unset | None = UNSET
    ob3_award_properties: OB3AwardProperties | _Unset | None = UNSET


class ExpiryUnit(StrEnum):
    """The units of a badge class's expiry rule (``expires.duration``) the server accepts."""

    DAYS = "days"
    WEEKS = "weeks"
    MONTHS = "months"
    YEARS = "years"


@dataclass(kw_only=True)
class BadgeClassRequest(ApiModel):
    """Body of a badge class made (POST to an issuer) or replaced (PUT): the server requires
    a name, a description and (on creation) an image. Criteria, a Markdown narrative or a URL
    or both, are optional in the API v2 (BadgeClassSerializerV2 has no rule; only v1 asked for
    one): an editor that wants them must ask itself. ``image`` is a ``data:`` URI
    (client.image_data_uri) or the URL the server gave; left ``None`` on an edit it is not
    sent and the picture is kept. Criteria left ``None`` are sent null, which removes them.
    ``expires`` is the rule awards inherit; ``None`` removes it: sent as an amount and a
    duration both null, as badgr-server ignores a null ``expires`` (to_internal_value of
    BadgeClassSerializerV2 drops it) and would keep the old rule."""

    name: str = field(metadata=PROSE)
    description: str = field(metadata=PROSE)
    image: str | None = None
    criteria_url: str | None = None
    criteria_narrative: str | None = field(default=None, metadata=PROSE)
    tags: list[str] = field(default_factory=list, metadata=PROSE)
    alignments: list[Alignment] = field(default_factory=list)
    expires: BadgeClassExpiration | _Unset | None = UNSET

    def to_json(self) -> dict[str, Any]:
        out = super().to_json()
        out.setdefault("criteriaUrl", None)
        out.setdefault("criteriaNarrative", None)
        if "expires" in out and out["expires"] is None:
            out["expires"] = {"amount": None, "duration": None}
        return out


@dataclass(kw_only=True)
class IssuerRequest(ApiModel):
    """Body of an issuer made (POST) or edited (PUT). The server requires a name, an email
    (one of the signed-in user's verified addresses, on creation) and a URL. ``image`` as in
    BadgeClassRequest: ``None`` keeps it. Staff are not sent: see Issuer.staff."""

    name: str = field(metadata=PROSE)
    email: str
    url: str
    description: str | None = field(default=None, metadata=PROSE)
    image: str | None = None


@dataclass(kw_only=True)
class RevocationRequest(ApiModel):
    """One item of a batch revocation: the assertion (by entityId or id) and why."""

    revocation_reason: str = field(metadata=PROSE)
    entity_id: str | None = None
    id: str | None = None


@dataclass(kw_only=True)
class RevocationResult(ApiModel):
    """The server's per-item answer to a batch revocation."""

    id: str | None = None
    entity_id: str | None = None
    revocation_reason: str | None = field(default=None, metadata=PROSE)
    revoked: bool = False
    reason: str | None = field(default=None, metadata=PROSE)
    code: str | None = None

    @property
    def key(self) -> str:
        return self.entity_id or self.id or ""


@dataclass(kw_only=True)
class EnvelopeStatus(ApiModel):
    success: bool
    description: str | None = field(default=None, metadata=PROSE)


@dataclass(kw_only=True)
class Envelope(ApiModel):
    """The wrapper of every v2 answer; ``result`` is always a list."""

    status: EnvelopeStatus
    result: list[Any] = field(default_factory=list, metadata=_RAW)
    timestamp: datetime | None = None
    validation_errors: list[Any] = field(default_factory=list)
    non_field_errors: list[Any] = field(default_factory=list)
    field_errors: Any = None
    error_code: str | None = None
    warnings: Any = None
    latest_terms_version: Any = None


T = TypeVar("T")


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a cursor-paginated list; pass ``next_url`` back to get the next one."""

    items: list[T]
    next_url: str | None = None
    prev_url: str | None = None
