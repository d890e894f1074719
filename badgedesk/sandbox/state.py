"""The sandbox's world: users, OAuth codes and tokens, issuers, badge classes, assertions,
collections. In memory, guarded by one lock (tests change it from their own thread while
uvicorn serves from another), with a clock tests can move forward.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import random
import secrets
import threading
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from badgedesk.sandbox.validation import parse_date

FaultKind = Literal["error500", "error503", "rate_limit", "drop", "lost_answer", "hang", "trickle"]
FAULT_KINDS: tuple[FaultKind, ...] = (
    "error500",
    "error503",
    "rate_limit",
    "drop",
    "lost_answer",
    "hang",
    "trickle",
)
"""``hang``: the request is read and never answered (nor processed) until the client gives up
or the faults are cleared; ``trickle``: the request is processed, then its answer dribbles out
one byte every ``retry_after`` seconds and never ends."""
"""``drop`` cuts the connection before the request is handled; ``lost_answer`` handles it
(an award is made) and then cuts the connection, so the client never learns the outcome."""

ALL_SCOPES = "r:profile rw:profile r:backpack rw:backpack rw:issuer"
KNOWN_SCOPES = frozenset(ALL_SCOPES.split())
CLIENT_ID = "badgedesk"
REDIRECT_URIS = ("http://127.0.0.1:8400/callback", "http://localhost:8400/callback")
DEMO_EMAIL = "demo@badgedesk.test"
DEMO_PASSWORD = "demo"
STAFF_EMAIL = "staff@badgedesk.test"
OTHER_EMAIL = "other@badgedesk.test"


@dataclass
class UserRecord:
    entity_id: str
    id: str
    email: str
    password: str
    first_name: str
    last_name: str
    created_at: datetime


@dataclass
class IssuerRecord:
    entity_id: str
    id: str
    name: str
    email: str
    url: str
    description: str | None
    created_at: datetime
    created_by: str
    roles: dict[str, str]
    """user email -> "owner" | "editor" | "staff"."""
    image: bytes | None = None
    """An uploaded image (PNG or SVG, ``image_type``); None: the sandbox draws one."""
    image_type: str | None = None


@dataclass
class BadgeClassRecord:
    entity_id: str
    id: str
    issuer: str
    name: str
    description: str
    criteria_narrative: str | None
    criteria_url: str | None
    tags: list[str]
    alignments: list[dict[str, Any]]
    expires: dict[str, Any] | None
    colour: tuple[int, int, int]
    created_at: datetime
    created_by: str
    image: bytes | None = None
    """The uploaded image (PNG or SVG, ``image_type``); None: a disc of ``colour``."""
    image_type: str | None = None


@dataclass
class AssertionRecord:
    entity_id: str
    id: str
    badgeclass: str | None
    issuer: str | None
    identity: str
    recipient_type: str
    hashed: bool
    salt: str | None
    issued_on: datetime
    created_at: datetime
    created_by: str | None
    narrative: str | None = None
    evidence: list[dict[str, Any]] = field(default_factory=list)
    revoked: bool = False
    revocation_reason: str | None = None
    acceptance: str = "Unaccepted"
    expires: datetime | None = None
    extensions: dict[str, Any] = field(default_factory=dict)
    ob3: dict[str, Any] | None = None
    source_url: str | None = None
    """Set for badges imported from elsewhere: they belong to ``owner`` only."""
    owner: str | None = None
    original_json: str | None = None
    external: dict[str, Any] = field(default_factory=dict)
    """For imported badges: the badge and issuer URLs and names read from their JSON."""
    notified: bool = False
    """The award asked the server to email the recipient (``notify``, or a batch's
    ``create_notification``): the sandbox sends no mail, it only remembers the request."""

    @property
    def hashed_identity(self) -> str:
        if not self.hashed:
            return self.identity
        digest = hashlib.sha256((self.identity + (self.salt or "")).encode()).hexdigest()
        return f"sha256${digest}"


@dataclass
class CollectionRecord:
    entity_id: str
    id: str
    owner: str
    name: str
    description: str
    published: bool
    share_hash: str | None
    assertions: list[str]
    created_at: datetime


@dataclass
class TokenRecord:
    access_token: str
    refresh_token: str
    user: str
    scopes: frozenset[str]
    expires_at: datetime
    revoked: bool = False
    code: str | None = None
    """The authorization code this pair descends from (through refreshes), if any."""


@dataclass
class CodeRecord:
    user: str
    redirect_uri: str
    scopes: frozenset[str]
    challenge: str | None
    method: str | None
    expires_at: datetime
    used: bool = False


@dataclass
class RecordedRequest:
    """What a client sent, for tests to inspect."""

    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: bytes
    status: int = 0


@dataclass
class ScriptedFault:
    kind: FaultKind
    remaining: int
    path_prefix: str
    retry_after: float
    method: str | None = None
    """Only requests of this method meet it (None: any)."""


class Faults:
    """Injected trouble: live latency and random fault rate, plus a queue of scripted faults."""

    def __init__(self, lock: threading.Lock, latency_ms: int, fault_rate: float, seed: int) -> None:
        self._lock = lock
        self.latency_ms = latency_ms
        self.fault_rate = fault_rate
        self._queue: deque[ScriptedFault] = deque()
        self._random = random.Random(seed)
        self.cleared = 0
        """How many times the faults were cleared: a hanging request ends when this moves."""
        self.throttle = 0
        """API requests answered per second; more are refused with 429 (0: no limit)."""
        self._answered: deque[float] = deque()
        """When the API requests of the last second were let through (for ``throttle``)."""

    def enqueue(
        self,
        kind: FaultKind,
        count: int = 1,
        path_prefix: str = "/v2/",
        retry_after: float = 1,
        method: str | None = None,
    ) -> None:
        """The next ``count`` requests under ``path_prefix`` (of ``method``, when given) meet
        ``kind`` before anything else."""
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault {kind!r}; choose from {FAULT_KINDS}")
        with self._lock:
            self._queue.append(ScriptedFault(kind, count, path_prefix, retry_after, method))

    def clear(self) -> None:
        """Forget the scripted faults not met yet, and drop the requests left hanging."""
        with self._lock:
            self._queue.clear()
            self.cleared += 1

    def throttled(self, path: str, now: float) -> int | None:
        """The ``Retry-After`` for an API request over the ``throttle`` (``None``: let it
        through). As Django REST framework's ``SimpleRateThrottle`` with a rate of
        "``throttle``/second": a sliding window of the requests let through in the last second;
        a request over it waits until the oldest of them leaves the window, said in whole
        seconds rounded up (its ``Throttled`` exception and ``Retry-After`` header)."""
        if not self.throttle or not path.startswith("/v2/"):
            return None
        with self._lock:
            history = self._answered
            while history and history[0] <= now - 1.0:
                history.popleft()
            if len(history) < self.throttle:
                history.append(now)
                return None
            return max(1, math.ceil(1.0 - (now - history[0])))

    def take(self, path: str, method: str = "GET") -> tuple[FaultKind, float] | None:
        """The fault this request meets, if any."""
        with self._lock:
            for fault in self._queue:
                if path.startswith(fault.path_prefix) and fault.method in (None, method):
                    fault.remaining -= 1
                    if fault.remaining <= 0:
                        self._queue.remove(fault)
                    return fault.kind, fault.retry_after
            if path.startswith("/v2/") and self._random.random() < self.fault_rate:
                kind: FaultKind = self._random.choice(
                    ["error500", "rate_limit", "drop", "lost_answer"]
                )
                return kind, 1.0
        return None


class SandboxState:
    """Everything the sandbox knows, and the id and clock sources it uses."""

    def __init__(self, random_seed: int, latency_ms: int = 0, fault_rate: float = 0.0) -> None:
        self.lock = threading.Lock()
        self.random = random.Random(random_seed)
        self.faults = Faults(self.lock, latency_ms, fault_rate, random_seed)
        self.clock_offset = timedelta()
        self.users: dict[str, UserRecord] = {}
        self.issuers: dict[str, IssuerRecord] = {}
        self.badgeclasses: dict[str, BadgeClassRecord] = {}
        self.assertions: dict[str, AssertionRecord] = {}
        self._awards_to: dict[tuple[str | None, str], set[str]] = {}
        """``entityId``s by badge class and recipient identity, as a real server's indexed
        query finds them: an award's duplicate check would otherwise read every award held."""
        self.collections: dict[str, CollectionRecord] = {}
        self.tokens: dict[str, TokenRecord] = {}
        self.refresh_index: dict[str, str] = {}
        self.codes: dict[str, CodeRecord] = {}
        self.token_failures: dict[str, tuple[int, datetime]] = {}
        self.requests: list[RecordedRequest] = []

    def now(self) -> datetime:
        return datetime.now(UTC) + self.clock_offset

    def entity_id(self) -> str:
        """22 URL-safe characters, like the server's base64 of a uuid4."""
        return base64.urlsafe_b64encode(self.random.randbytes(16)).rstrip(b"=").decode()

    def hex_id(self) -> str:
        """24 hex digits, like the hosted service's ``id``."""
        return self.random.randbytes(12).hex()

    def secret(self) -> str:
        """Deterministic random text for data (salts, share hashes): same seed, same data."""
        return base64.urlsafe_b64encode(self.random.randbytes(30)).rstrip(b"=").decode()

    @staticmethod
    def credential() -> str:
        """Tokens and codes are truly random: a restarted sandbox must not reissue them."""
        return secrets.token_urlsafe(30)

    def find(self, table: dict[str, Any], key: str) -> Any:
        """Look a record up by ``entityId`` or by ``id``."""
        record = table.get(key)
        if record is None:
            record = next((r for r in table.values() if r.id == key), None)
        return record

    def user_by_email(self, email: str) -> UserRecord | None:
        return next((u for u in self.users.values() if u.email == email.lower()), None)

    def role(self, issuer: IssuerRecord, user: UserRecord) -> str | None:
        return issuer.roles.get(user.email)

    def bearer(self, authorization: str) -> TokenRecord | None:
        """The live token an ``Authorization: Bearer …`` header carries, if any."""
        scheme, _, token = authorization.partition(" ")
        record = self.tokens.get(token.strip()) if scheme.lower() == "bearer" else None
        if record is None or record.revoked or record.expires_at <= self.now():
            return None
        return record

    def issue_tokens(
        self, user: str, scopes: frozenset[str], ttl: float, code: str | None = None
    ) -> TokenRecord:
        record = TokenRecord(
            access_token=self.credential(),
            refresh_token=self.credential(),
            user=user,
            scopes=scopes,
            expires_at=self.now() + timedelta(seconds=ttl),
            code=code,
        )
        self.tokens[record.access_token] = record
        self.refresh_index[record.refresh_token] = record.access_token
        return record

    def revoke_code_tokens(self, code: str) -> None:
        """Revoke every pair issued for ``code`` or refreshed from one (RFC 6749 §4.1.2)."""
        for record in self.tokens.values():
            if record.code == code:
                record.revoked = True
                self.refresh_index.pop(record.refresh_token, None)

    def add_user(self, email: str, password: str, first: str, last: str) -> UserRecord:
        user = UserRecord(self.entity_id(), self.hex_id(), email, password, first, last, self.now())
        self.users[user.entity_id] = user
        return user

    def add_assertion(self, **values: Any) -> AssertionRecord:
        hashed = values.pop("hashed", None)
        kind = values.get("recipient_type", "email")
        if hashed is None:
            hashed = kind in ("email", "telephone")
        record = AssertionRecord(
            entity_id=self.entity_id(),
            id=self.hex_id(),
            hashed=hashed,
            salt=self.secret()[:12] if hashed else None,
            **values,
        )
        self.assertions[record.entity_id] = record
        self.recipient_changed(record)
        return record

    def recipient_changed(self, record: AssertionRecord) -> None:
        """Index ``record`` under its (new) recipient; ``awards_to`` drops what no longer
        matches."""
        self._awards_to.setdefault((record.badgeclass, record.identity), set()).add(
            record.entity_id
        )

    def awards_to(self, badgeclass: str, identity: str) -> list[AssertionRecord]:
        """The awards of ``badgeclass`` held for ``identity``, revoked and expired included."""
        held = (self.assertions.get(e) for e in self._awards_to.get((badgeclass, identity), ()))
        return [
            record
            for record in held
            if record is not None
            and record.badgeclass == badgeclass
            and record.identity == identity
        ]

    def add_imported(
        self, original: dict[str, Any], owner: str, acceptance: str
    ) -> AssertionRecord:
        """Keep an Open Badges 2 assertion from elsewhere as a backpack badge of ``owner``."""
        badge = original.get("badge")
        badge_obj = badge if isinstance(badge, dict) else {}
        issuer = badge_obj.get("issuer")
        issuer_obj = issuer if isinstance(issuer, dict) else {}
        narrative = original.get("narrative")
        record = AssertionRecord(
            entity_id=self.entity_id(),
            id=self.hex_id(),
            badgeclass=None,
            issuer=None,
            identity=owner,
            recipient_type="email",
            hashed=False,
            salt=None,
            issued_on=parse_date(str(original.get("issuedOn") or "")) or self.now(),
            created_at=self.now(),
            created_by=None,
            acceptance=acceptance,
            narrative=narrative if isinstance(narrative, str) else None,
            source_url=str(original.get("id")),
            owner=owner,
            original_json=json.dumps(original),
            external={
                "badge_url": badge_obj.get("id") if badge_obj else badge,
                "badge_name": badge_obj.get("name"),
                "issuer_url": issuer_obj.get("id") if issuer_obj else issuer,
                "issuer_name": issuer_obj.get("name"),
            },
        )
        self.assertions[record.entity_id] = record
        return record
