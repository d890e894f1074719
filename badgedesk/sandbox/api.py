"""The API v2 endpoints of the sandbox, following ``shared/api-docs`` to the letter.

Each handler runs with the state lock held (see ``endpoint``) and answers in the v2 envelope.
Permission failures are 404s, as on the real server.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from badgedesk.baking import NotABadge, unbake
from badgedesk.sandbox.flavors import FlavorPolicy
from badgedesk.sandbox.shapes import (
    assertion_json,
    badgeclass_json,
    collection_json,
    envelope,
    issuer_json,
    user_json,
)
from badgedesk.sandbox.state import (
    AssertionRecord,
    BadgeClassRecord,
    CollectionRecord,
    IssuerRecord,
    SandboxState,
    UserRecord,
)
from badgedesk.sandbox.validation import (
    REQUIRED,
    FieldChecks,
    badgeclass_checks,
    is_url,
    issuer_checks,
    not_a_list,
    validate_award,
)

PROFILE_READ = ("r:profile", "rw:profile")
ISSUER = ("rw:issuer",)
BACKPACK_READ = ("r:backpack", "rw:backpack")
BACKPACK_WRITE = ("rw:backpack",)
ISSUING_ROLES = ("owner", "editor", "staff")
EDITING_ROLES = ("owner", "editor")
NOT_FOUND = "entity not found or insufficient privileges"
MULTIPLE_BADGECLASSES = (
    "Multiple badge class identifiers. Exactly one of the following badge class identifiers "
    "are allowed: badgeclass, badgeclassName, or badgeclassOpenBadgeId"
)
"""Entry "BatchSubmission: 50 rows" and probe 33 of the recording, word for word."""
ALREADY_REVOKED = "Assertion is already revoked"
BADGECLASS_IN_USE = "BadgeClass may only be deleted if all BadgeInstances have been revoked."
"""badgr-server ``BadgeClass.delete`` (apps/issuer/models.py) raises a ProtectedError with these
words while an award is neither revoked nor expired; ``entity.views.exception_handler`` makes
them the v2 error's ``status.description`` (400, fieldErrors and validationErrors empty)."""
NOT_AN_EDITOR = "You do not have permission to edit badges on this issuer."
IMAGE_REQUIRED = "Valid image file or data URI required."
ISSUER_REQUIRED = "This field is required"
"""``BadgeClassSerializerV2.create``'s own words, without DRF's full stop."""
UNVERIFIED_ISSUER_EMAIL = (
    "Issuer email must be one of your verified addresses. Add this email to your profile and "
    "try again."
)
STAFF_ROLES = ["owner", "editor", "staff"]
"""``IssuerStaff.ROLE_CHOICES``, in the order its refusal lists them."""


class Problem(Exception):
    """An error answer in the v2 envelope."""

    def __init__(
        self,
        status: int,
        description: str,
        *,
        field_errors: Any = None,
        validation_errors: list[Any] | None = None,
    ) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.field_errors = field_errors
        self.validation_errors = validation_errors


def bad_request(*, field_errors: Any = None, validation_errors: list[Any] | None = None) -> Problem:
    return Problem(
        400, "bad request", field_errors=field_errors, validation_errors=validation_errors
    )


def not_found() -> Problem:
    return Problem(404, NOT_FOUND)


def refused(errors: dict[str, Any]) -> Problem:
    """A serializer's refusal: its ``non_field_errors`` go to ``validationErrors``, as
    badgr-server's V2ErrorSerializer moves them."""
    fields = dict(errors)
    return bad_request(field_errors=fields, validation_errors=fields.pop("non_field_errors", []))


def media_type(request: Request) -> str:
    """``application/ld+json`` unless the client asks for plain JSON."""
    return (
        "application/json"
        if "application/json" in request.headers.get("accept", "")
        else ("application/ld+json")
    )


def json_response(
    request: Request, payload: Any, status: int = 200, headers: dict[str, str] | None = None
) -> Response:
    return Response(json.dumps(payload), status, headers, media_type=media_type(request))


@dataclass
class Call:
    """One authenticated API request, as a handler sees it."""

    request: Request
    user: UserRecord
    base: str
    body: Any

    def param(self, name: str) -> str:
        return str(self.request.path_params[name])

    def flag(self, name: str) -> bool:
        return self.request.query_params.get(name, "").lower() in ("true", "1")


Handler = Callable[[Call], Response]


class ApiServer:
    """The /v2 handlers over one ``SandboxState``."""

    def __init__(self, state: SandboxState, policy: FlavorPolicy) -> None:
        self.state = state
        self.policy = policy
        self.hosted = policy.hosted_shapes
        self._newest: list[AssertionRecord] = []
        self._newest_key: tuple[int, str | None] | None = None

    # ------------------------------------------------------------ plumbing

    def endpoint(
        self, handler: Handler, scopes: tuple[str, ...]
    ) -> Callable[[Request], Awaitable[Response]]:
        """Authenticate, check the scope, parse the JSON body and run under the lock."""

        async def run(request: Request) -> Response:
            raw = await request.body()
            with self.state.lock:
                try:
                    user, granted = self._authenticate(request)
                    if not granted & set(scopes):
                        raise not_found()
                    body = self._parse(raw)
                    call = Call(request, user, str(request.base_url).rstrip("/"), body)
                    return handler(call)
                except Problem as problem:
                    return self.problem_response(request, problem)

        return run

    def problem_response(self, request: Request, problem: Problem) -> Response:
        payload = envelope(
            [],
            self.state.now(),
            hosted=self.hosted,
            success=False,
            description=problem.description,
            field_errors=problem.field_errors,
            validation_errors=problem.validation_errors,
        )
        return json_response(request, payload, problem.status)

    def _authenticate(self, request: Request) -> tuple[UserRecord, frozenset[str]]:
        record = self.state.bearer(request.headers.get("authorization", ""))
        if record is None:
            raise Problem(401, "no valid auth token found")
        return self.state.users[record.user], record.scopes

    @staticmethod
    def _parse(raw: bytes) -> Any:
        if not raw.strip():
            return None
        try:
            return json.loads(raw)
        except ValueError as error:
            raise bad_request(validation_errors=[f"JSON parse error - {error}"]) from None

    def ok(
        self,
        call: Call,
        result: list[Any],
        status: int = 200,
        headers: dict[str, str] | None = None,
        *,
        description: str = "ok",
        terms: bool = False,
    ) -> Response:
        payload = envelope(
            result, self.state.now(), hosted=self.hosted, description=description, terms=terms
        )
        return json_response(call.request, payload, status, headers)

    def paginate(self, call: Call, items: list[Any]) -> tuple[list[Any], dict[str, str]]:
        """Opt-in cursor pagination: ``num`` 1..500, newest first, links in ``Link``."""
        if self._page_size(call) is None:
            return items, {}
        return self.paginate_newest(call, items[::-1])

    def paginate_newest(
        self, call: Call, newest_first: Sequence[Any], keep: Callable[[Any], bool] | None = None
    ) -> tuple[list[Any], dict[str, str]]:
        """``paginate`` over the items of ``newest_first`` that ``keep`` accepts.

        The ``next`` cursor also remembers where in ``newest_first`` its page ended and the
        last item's id, so the next page reads on from there: a page costs its own length,
        not everything before it (over a hundred thousand awards, the difference between 1
        and 60 ms), and awards made meanwhile neither repeat nor skip a row. A cursor whose
        last item is gone is served by counting.
        """
        size = self._page_size(call)
        accepted = keep or (lambda _item: True)
        if size is None:
            return [item for item in reversed(newest_first) if accepted(item)], {}
        offset, resume_at, last_id = _decode_cursor(call.request.query_params.get("cursor"))
        start, skip = 0, offset
        found = _find_near(newest_first, resume_at - 1, last_id) if resume_at else None
        if found is not None:
            start, skip = found + 1, 0
        window: list[tuple[int, Any]] = []
        for position in range(start, len(newest_first)):
            item = newest_first[position]
            if not accepted(item):
                continue
            if skip:
                skip -= 1
                continue
            window.append((position, item))
            if len(window) > size:
                break
        links = []
        if len(window) > size:
            position, last = window[size - 1]
            next_link = self._link(call, offset + size, position + 1, _item_id(last))
            links.append(f'<{next_link}>; rel="next"')
        if offset > 0:
            links.append(f'<{self._link(call, max(0, offset - size))}>; rel="prev"')
        return [item for _, item in window[:size]], {"Link": ", ".join(links)} if links else {}

    @staticmethod
    def _page_size(call: Call) -> int | None:
        raw = call.request.query_params.get("num")
        try:
            return min(500, max(1, int(raw))) if raw is not None else None
        except ValueError:
            return None

    @staticmethod
    def _link(
        call: Call, offset: int, resume_at: int | None = None, last_id: str | None = None
    ) -> str:
        url = call.request.url
        query = [(k, v) for k, v in parse_qsl(url.query, keep_blank_values=True) if k != "cursor"]
        fields = [("o", str(offset))]
        if resume_at is not None and last_id is not None:
            fields += [("p", str(resume_at)), ("k", last_id)]
        cursor = base64.urlsafe_b64encode(urlencode(fields).encode()).decode()
        return f"{call.base}{url.path}?{urlencode([*query, ('cursor', cursor)])}"

    # ------------------------------------------------------------ lookups

    def _issuer(self, call: Call, key: str, roles: tuple[str, ...] = ISSUING_ROLES) -> IssuerRecord:
        issuer: IssuerRecord | None = self.state.find(self.state.issuers, key)
        if issuer is None or self.state.role(issuer, call.user) not in roles:
            raise not_found()
        return issuer

    def _badgeclass(
        self, call: Call, key: str, roles: tuple[str, ...] = ISSUING_ROLES
    ) -> BadgeClassRecord:
        badgeclass: BadgeClassRecord | None = self.state.find(self.state.badgeclasses, key)
        if badgeclass is None:
            raise not_found()
        self._issuer(call, badgeclass.issuer, roles)
        return badgeclass

    def _assertion(
        self, call: Call, key: str, roles: tuple[str, ...] = ISSUING_ROLES
    ) -> AssertionRecord:
        record: AssertionRecord | None = self.state.find(self.state.assertions, key)
        if record is None or record.issuer is None:
            raise not_found()
        self._issuer(call, record.issuer, roles)
        return record

    def _visible_issuers(self, user: UserRecord) -> list[IssuerRecord]:
        return [i for i in self.state.issuers.values() if self.state.role(i, user)]

    def _expired(self, record: AssertionRecord) -> bool:
        return record.expires is not None and record.expires <= self.state.now()

    # ------------------------------------------------------------ profile, issuers, classes

    def users_self(self, call: Call) -> Response:
        return self.ok(call, [user_json(call.user, self.hosted)], terms=True)

    def issuers(self, call: Call) -> Response:
        issuers = sorted(self._visible_issuers(call.user), key=lambda i: i.created_at)
        return self.ok(call, [issuer_json(i, self.state, call.base, self.hosted) for i in issuers])

    def issuer(self, call: Call) -> Response:
        return self.ok(
            call,
            [issuer_json(self._issuer(call, call.param("id")), self.state, call.base, self.hosted)],
        )

    def badgeclasses(self, call: Call) -> Response:
        if "id" in call.request.path_params:
            owners = {self._issuer(call, call.param("id")).entity_id}
        else:
            owners = {i.entity_id for i in self._visible_issuers(call.user)}
        classes = sorted(
            (b for b in self.state.badgeclasses.values() if b.issuer in owners),
            key=lambda b: b.created_at,
        )
        page, headers = self.paginate(call, classes)
        return self.ok(
            call, [badgeclass_json(b, call.base, self.hosted) for b in page], headers=headers
        )

    def badgeclass(self, call: Call) -> Response:
        badgeclass = self._badgeclass(call, call.param("id"))
        return self.ok(call, [badgeclass_json(badgeclass, call.base, self.hosted)])

    # ------------------------------------------------------------ designing badges, issuers
    #
    # badgr-server apps/issuer/api.py: IssuerList.post, IssuerDetail (IsEditorButOwnerForDelete),
    # IssuerBadgeClassList.post and AllBadgeClassesList.post (IsEditor), BadgeClassDetail
    # (MayEditBadgeClass): owners and editors write, staff only read, and a refused permission
    # is the v2 404. Both flavours answer alike here: the hosted pages document these
    # endpoints without rules of their own (their shapes differ as everywhere, in shapes.py).

    def _issuer_known(self, key: str) -> bool:
        return self.state.find(self.state.issuers, key) is not None

    def create_badgeclass(self, call: Call) -> Response:
        """``POST /v2/issuers/{id}/badgeclasses`` (an editor of that issuer, else 404) or
        ``POST /v2/badgeclasses`` naming ``issuer`` in the body. The body's ``issuer`` wins
        over the path's, as in ``BadgeClassSerializerV2.create``; there the image, then the
        issuer, then the right to edit it are checked, each a bare-string field error. The
        expiry rule is only kept: no view of badgr-server applies it to awards
        (``BadgeClass.generate_expires_at`` is called by its tests alone), clients do."""
        scoped = None
        if "id" in call.request.path_params:
            scoped = self._issuer(call, call.param("id"), EDITING_ROLES)
        checks = badgeclass_checks(call.body, self._issuer_known)
        if checks.errors:
            raise refused(checks.errors)
        clean = checks.clean
        if clean.get("image") is None:
            raise bad_request(field_errors={"image": IMAGE_REQUIRED})
        owner = (
            self.state.find(self.state.issuers, clean["issuer"]) if "issuer" in clean else scoped
        )
        if owner is None:
            raise bad_request(field_errors={"issuer": ISSUER_REQUIRED})
        if self.state.role(owner, call.user) not in EDITING_ROLES:
            raise bad_request(field_errors={"issuer": NOT_AN_EDITOR})
        rng = self.state.random
        record = BadgeClassRecord(
            entity_id=self.state.entity_id(),
            id=self.state.hex_id(),
            issuer=owner.entity_id,
            name="",
            description="",
            criteria_narrative=None,
            criteria_url=None,
            tags=[],
            alignments=[],
            expires=None,
            colour=(rng.randrange(40, 220), rng.randrange(40, 220), rng.randrange(40, 220)),
            created_at=self.state.now(),
            created_by=call.user.entity_id,
        )
        _design(record, clean)
        self.state.badgeclasses[record.entity_id] = record
        return self.ok(call, [badgeclass_json(record, call.base, self.hosted)], 201)

    def update_badgeclass(self, call: Call) -> Response:
        """A full replacement (name and description required); fields not sent are kept, an
        image not sent or sent as a URL is kept, and ``issuer`` is ignored."""
        record = self._badgeclass(call, call.param("id"), EDITING_ROLES)
        checks = badgeclass_checks(call.body, self._issuer_known)
        if checks.errors:
            raise refused(checks.errors)
        _design(record, checks.clean)
        return self.ok(call, [badgeclass_json(record, call.base, self.hosted)])

    def delete_badgeclass(self, call: Call) -> Response:
        """Refused while an award is live; otherwise the badge class goes, and its revoked and
        expired awards with it (``BadgeInstance.badgeclass`` is ``on_delete=CASCADE``)."""
        record = self._badgeclass(call, call.param("id"), EDITING_ROLES)
        awards = [a for a in self.state.assertions.values() if a.badgeclass == record.entity_id]
        if any(not a.revoked and not self._expired(a) for a in awards):
            raise Problem(400, BADGECLASS_IN_USE)
        for award in awards:
            del self.state.assertions[award.entity_id]
        gone = {award.entity_id for award in awards}
        for collection in self.state.collections.values():  # their links cascade too
            collection.assertions = [a for a in collection.assertions if a not in gone]
        del self.state.badgeclasses[record.entity_id]
        return Response(status_code=204)

    def create_issuer(self, call: Call) -> Response:
        """The email must be one of the user's verified addresses (``IssuerSerializerV2.create``,
        a non-field error); the user becomes its owner."""
        checks = issuer_checks(call.body)
        staff = self._staff(checks)
        if checks.errors:
            raise refused(checks.errors)
        clean = checks.clean
        if clean["email"] != call.user.email:
            raise bad_request(validation_errors=[UNVERIFIED_ISSUER_EMAIL])
        record = IssuerRecord(
            entity_id=self.state.entity_id(),
            id=self.state.hex_id(),
            name="",
            email="",
            url="",
            description=None,
            created_at=self.state.now(),
            created_by=call.user.entity_id,
            roles={call.user.email: "owner"},
        )
        _describe(record, clean)
        if staff is not None:
            _restaff(record, staff)
        self.state.issuers[record.entity_id] = record
        return self.ok(call, [issuer_json(record, self.state, call.base, self.hosted)], 201)

    def update_issuer(self, call: Call) -> Response:
        """Owners and editors; name, email and URL required again (the email is not checked
        against the user's addresses here). ``staff``, when sent, is applied as
        ``Issuer.staff_items`` does: new members added with their role, members left out
        removed (never the only owner), and the role of a member already there NOT changed."""
        record = self._issuer(call, call.param("id"), EDITING_ROLES)
        checks = issuer_checks(call.body)
        staff = self._staff(checks)
        if checks.errors:
            raise refused(checks.errors)
        _describe(record, checks.clean)
        if staff is not None:
            _restaff(record, staff)
        return self.ok(call, [issuer_json(record, self.state, call.base, self.hosted)])

    def _staff(self, checks: FieldChecks) -> list[tuple[str, str]] | None:
        """The body's ``staff`` as (email, role) pairs, its errors added to ``checks``; None
        when not sent (``IssuerStaffSerializerV2``: a user's entityId and a known role)."""
        if "staff" not in checks.body:
            return None
        value = checks.body["staff"]
        if not isinstance(value, list):
            checks.errors["staff"] = [not_a_list(value)]
            return None
        users = {u.entity_id: u.email for u in self.state.users.values()}
        pairs, problems = [], []
        for item in value:
            member = FieldChecks(item)
            key, role = member.body.get("user"), member.body.get("role")
            if "user" not in member.body:
                member.errors["user"] = [REQUIRED]
            elif str(key) not in users:
                member.errors["user"] = [f'Invalid entity_id "{key}" - object does not exist.']
            if "role" not in member.body:
                member.errors["role"] = [REQUIRED]
            elif role not in STAFF_ROLES:  # case-sensitive: the validator lowers only its list
                member.errors["role"] = [
                    f"'{role}' is not supported. Only {STAFF_ROLES} is available"
                ]
            problems.append(member.errors)
            if not member.errors:
                pairs.append((users[str(key)], str(role)))
        if any(problems):
            checks.errors["staff"] = problems
        return pairs

    # ------------------------------------------------------------ assertions

    def list_assertions(self, call: Call) -> Response:
        scope = call.request.url.path.split("/")[2]
        if scope == "issuers":
            key = self._issuer(call, call.param("id")).entity_id
            matches: Callable[[AssertionRecord], bool] = lambda a: a.issuer == key  # noqa: E731
        else:
            key = self._badgeclass(call, call.param("id")).entity_id
            matches = lambda a: a.badgeclass == key  # noqa: E731
        recipients = set(call.request.query_params.getlist("recipient"))
        include_revoked, include_expired = (
            call.flag("include_revoked"),
            call.flag("include_expired"),
        )
        page, headers = self.paginate_newest(
            call,
            self._newest_first(),
            lambda a: (
                a.source_url is None
                and matches(a)
                and (not recipients or a.identity in recipients)
                and (include_revoked or not a.revoked)
                and (include_expired or not self._expired(a))
            ),
        )
        return self.ok(
            call, [assertion_json(a, call.base, self.hosted) for a in page], headers=headers
        )

    def _newest_first(self) -> list[AssertionRecord]:
        """Every assertion, newest first, sorted again only when one was added or removed
        (100,000 of them take tens of milliseconds to sort, on every page otherwise)."""
        table = self.state.assertions
        key = (len(table), next(reversed(table), None))
        if self._newest_key != key:
            self._newest = list(reversed(sorted(table.values(), key=lambda a: a.created_at)))
            self._newest_key = key
        return self._newest

    def award(self, call: Call) -> Response:
        body = call.body if isinstance(call.body, dict) else {}
        if call.request.url.path.startswith("/v2/issuers/"):
            issuer = self._issuer(call, call.param("id"))
            badgeclass = self._named_badgeclass(issuer, body)
        else:
            badgeclass = self._badgeclass(call, call.param("id"))
            if not self.policy.body_badgeclass_in_scoped_award and _badgeclass_names(body):
                raise bad_request(validation_errors=[MULTIPLE_BADGECLASSES])
        record = self._create_award(call, badgeclass, call.body)
        return self.ok(call, [assertion_json(record, call.base, self.hosted)], 201)

    def _named_badgeclass(self, issuer: IssuerRecord, body: dict[str, Any]) -> BadgeClassRecord:
        names = _badgeclass_names(body)
        if len(names) > 1:
            raise bad_request(validation_errors=[MULTIPLE_BADGECLASSES])
        if not names:
            raise bad_request(
                field_errors={
                    "badgeclass": [
                        "Exactly one of badgeclass, badgeclassOpenBadgeId or badgeclassName "
                        "is required."
                    ]
                }
            )
        value = str(body[names[0]])
        own = [b for b in self.state.badgeclasses.values() if b.issuer == issuer.entity_id]
        found = next(
            (
                b
                for b in own
                if value in (b.entity_id, b.id)
                or (names[0] == "badgeclassOpenBadgeId" and value.endswith(f"/{b.entity_id}"))
                or (names[0] == "badgeclassName" and value == b.name)
            ),
            None,
        )
        if found is None:
            raise bad_request(field_errors={names[0]: ["No such badge class for this issuer."]})
        return found

    def _create_award(self, call: Call, badgeclass: BadgeClassRecord, body: Any) -> AssertionRecord:
        clean, errors = validate_award(body, self.state.now())
        if errors:
            raise bad_request(field_errors=errors)
        self._refuse_duplicate(badgeclass, clean, body)
        return self._store_award(call, badgeclass, clean, notify=body.get("notify") is True)

    def _refuse_duplicate(
        self, badgeclass: BadgeClassRecord, clean: dict[str, Any], body: dict[str, Any]
    ) -> None:
        if body.get("allowDuplicateAwards", True) is not False:
            return
        # Only a live award counts: not revoked, not expired (``BadgeInstanceSerializerV2``).
        for record in self.state.awards_to(badgeclass.entity_id, clean["identity"]):
            if not record.revoked and not self._expired(record):
                raise bad_request(
                    validation_errors=[
                        "A previous award of this badge already exists for this recipient."
                    ]
                )

    def _store_award(
        self, call: Call, badgeclass: BadgeClassRecord, clean: dict[str, Any], *, notify: bool
    ) -> AssertionRecord:
        now = self.state.now()
        return self.state.add_assertion(
            badgeclass=badgeclass.entity_id,
            issuer=badgeclass.issuer,
            identity=clean["identity"],
            recipient_type=clean["recipient_type"],
            hashed=clean["hashed"],
            issued_on=clean.get("issuedOn") or now,
            created_at=now,
            created_by=call.user.entity_id,
            narrative=clean.get("narrative"),
            evidence=clean["evidence"],
            expires=clean.get("expires"),
            extensions=clean["extensions"],
            ob3=clean.get("ob3"),
            notified=notify,
        )

    def issue_batch(self, call: Call) -> Response:
        badgeclass = self._badgeclass(call, call.param("id"))
        body = call.body if isinstance(call.body, dict) else {}
        items = body.get("assertions")
        if not isinstance(items, list) or not items:
            raise bad_request(field_errors={"assertions": ["A non-empty list is required."]})
        checked = [validate_award(item, self.state.now()) for item in items]
        if any(errors for _, errors in checked):
            raise bad_request(field_errors=[errors for _, errors in checked])
        notify = body.get("create_notification") is True
        made = [self._store_award(call, badgeclass, clean, notify=notify) for clean, _ in checked]
        return self.ok(call, [assertion_json(a, call.base, self.hosted) for a in made], 201)

    def get_assertion(self, call: Call) -> Response:
        return self.ok(
            call, [assertion_json(self._assertion(call, call.param("id")), call.base, self.hosted)]
        )

    def update_assertion(self, call: Call) -> Response:
        record = self._assertion(call, call.param("id"), EDITING_ROLES)
        if record.revoked:
            if self.policy.oss:  # probe 31: the re-bake of the deleted image crashes
                return PlainTextResponse(
                    f"AttributeError at {call.request.url.path}\n"
                    "'NoneType' object has no attribute 'split'",
                    status_code=500,
                )
            raise bad_request(validation_errors=["Cannot edit a revoked assertion"])
        body = call.body if isinstance(call.body, dict) else {}
        if (
            "badgeclass" in body
            and self.state.find(self.state.badgeclasses, str(body["badgeclass"])) is None
        ):
            raise bad_request(field_errors={"badgeclass": ["No such badge class."]})
        merged = {
            "recipient": {"identity": record.identity, "type": record.recipient_type},
            "issuedOn": record.issued_on.isoformat(),
            **body,
        }
        clean, errors = validate_award(merged, self.state.now())
        if errors:
            raise bad_request(field_errors=errors)
        if "recipient" in body:
            record.identity, record.recipient_type = clean["identity"], clean["recipient_type"]
            self.state.recipient_changed(record)
        updatable = {
            "narrative": ("narrative", "narrative"),
            "evidence": ("evidence", "evidence"),
            "extensions": ("extensions", "extensions"),
            "issuedOn": ("issued_on", "issuedOn"),
            "expires": ("expires", "expires"),
            "ob3AwardProperties": ("ob3", "ob3"),
        }
        for key, (attr, clean_key) in updatable.items():
            if key not in body or (key == "issuedOn" and body[key] is None):
                continue
            setattr(record, attr, None if body[key] is None else clean.get(clean_key))
        return self.ok(call, [assertion_json(record, call.base, self.hosted)])

    def revoke(self, call: Call) -> Response:
        record = self._assertion(call, call.param("id"), EDITING_ROLES)
        reason = call.body.get("revocation_reason") if isinstance(call.body, dict) else None
        if not isinstance(reason, str) or not reason.strip():
            raise bad_request(field_errors={"revocation_reason": "This field is required"})
        if record.revoked:
            raise bad_request(validation_errors=[ALREADY_REVOKED])
        record.revoked, record.revocation_reason = True, reason.strip()
        return self.ok(call, [assertion_json(record, call.base, self.hosted)])

    def revoke_batch(self, call: Call) -> Response:
        if not isinstance(call.body, list):
            # The real server crashes on an object here; so does the sandbox, to be faithful.
            return PlainTextResponse("Server Error (500)", status_code=500)
        items = [self._revoke_item(call, i) for i in call.body]
        if self.policy.batch_revoke_list:
            return json_response(call.request, items)
        return self.ok(call, items, description="revoked badges")

    def _revoke_item(self, call: Call, item: Any) -> dict[str, Any]:
        """One item's outcome. The reason strings are the open-source server's (entries 28
        and 63; the already-revoked one is the str() of a list); ``id`` and ``code`` are the
        hosted pages' additions."""
        item = item if isinstance(item, dict) else {}
        key = item.get("entityId") or item.get("id")
        reason = item.get("revocationReason")
        if self.hosted:
            answer = {
                "id": item.get("id"),
                "entityId": item.get("entityId"),
                "revocationReason": reason,
                "revoked": False,
                "reason": None,
                "code": None,
            }
        else:
            answer = {
                "revoked": False,
                "entityId": item.get("entityId"),
                "revocationReason": reason,
            }

        def fail(text: str, code: str) -> dict[str, Any]:
            return answer | {"reason": text} | ({"code": code} if self.hosted else {})

        if not key:
            return fail("entityId is required", "missing_entity_id")
        if not isinstance(reason, str) or not reason.strip():
            return fail("revocationReason is required", "missing_reason")
        try:
            record = self._assertion(call, str(key), EDITING_ROLES)
        except Problem:
            return fail("permission denied or object not found", "not_found")
        if record.revoked:
            return fail(str([ALREADY_REVOKED]), "already_revoked")
        record.revoked, record.revocation_reason = True, reason.strip()
        ids = {"id": record.id} if self.hosted else {}
        return answer | ids | {"entityId": record.entity_id, "revoked": True}

    # ------------------------------------------------------------ backpack

    def _mine(self, user: UserRecord) -> list[AssertionRecord]:
        return [
            a
            for a in self.state.assertions.values()
            if a.owner == user.email
            or (a.source_url is None and a.recipient_type == "email" and a.identity == user.email)
        ]

    def _my_assertion(self, call: Call) -> AssertionRecord:
        key = call.param("id")
        found = next((a for a in self._mine(call.user) if key in (a.entity_id, a.id)), None)
        if found is None:
            raise not_found()
        return found

    def _backpack_json(self, call: Call, record: AssertionRecord) -> dict[str, Any]:
        return assertion_json(record, call.base, self.hosted, backpack=True)

    def backpack(self, call: Call) -> Response:
        items = [
            a
            for a in sorted(self._mine(call.user), key=lambda a: a.created_at)
            if a.acceptance != "Rejected"
            and (call.flag("include_revoked") or not a.revoked)
            and (call.flag("include_expired") or not self._expired(a))
        ]
        return self.ok(call, [self._backpack_json(call, a) for a in items])

    def backpack_assertion(self, call: Call) -> Response:
        return self.ok(call, [self._backpack_json(call, self._my_assertion(call))])

    def set_acceptance(self, call: Call) -> Response:
        record = self._my_assertion(call)
        value = call.body.get("acceptance") if isinstance(call.body, dict) else None
        # Only "Accepted" (entry 46: "Rejected" is refused; the hosted pages name no other
        # value). An earner declines a badge with DELETE.
        if value != "Accepted":
            raise bad_request(field_errors={"acceptance": [f'"{value}" is not a valid choice.']})
        record.acceptance = value
        return self.ok(call, [self._backpack_json(call, record)])

    def remove_from_backpack(self, call: Call) -> Response:
        record = self._my_assertion(call)
        if record.source_url is None:
            record.acceptance = "Rejected"  # issued here: only hidden, as on the real server
        else:
            del self.state.assertions[record.entity_id]
        return Response(status_code=204)

    @staticmethod
    def backpack_post(call: Call) -> Response:
        return PlainTextResponse(
            "NotImplementedError: use BackpackImportBadge.post instead", status_code=500
        )

    def import_badge(self, call: Call) -> Response:
        body = call.body if isinstance(call.body, dict) else {}
        given = [k for k in ("url", "image", "assertion") if body.get(k) is not None]
        if len(given) != 1:
            raise bad_request(
                validation_errors=["Must provide only one of 'url', 'image' or 'assertion'."]
            )
        kind, value = given[0], body[given[0]]
        if kind == "image":
            kind, value = self._unbake(value)
        if kind == "url":
            record = self._local_assertion(call, str(value))
            if record is None:
                raise bad_request(
                    validation_errors=[
                        f"Could not fetch the badge at {value}: the sandbox has no outbound "
                        "network, so only its own assertion URLs can be imported."
                    ]
                )
        else:
            record = self._import_json(call, value)
        return self.ok(call, [self._backpack_json(call, record)], 201)

    @staticmethod
    def _unbake(value: Any) -> tuple[str, Any]:
        if not isinstance(value, str) or not value.startswith("data:") or ";base64," not in value:
            raise bad_request(field_errors={"image": ["Expected a base64 data URI."]})
        try:
            data = base64.b64decode(value.split(";base64,", 1)[1], validate=True)
        except (binascii.Error, ValueError):
            raise bad_request(
                field_errors={"image": ["The image data is not valid base64."]}
            ) from None
        try:
            baked = unbake(data)
        except NotABadge as error:
            raise bad_request(validation_errors=[str(error)]) from None
        if baked.document is not None:
            return "assertion", baked.document
        return "url", baked.url

    def _local_assertion(self, call: Call, url: str) -> AssertionRecord | None:
        """Resolve this sandbox's own public assertion URL and accept it into the backpack."""
        parts = urlsplit(url)
        own = urlsplit(call.base)
        segments = parts.path.strip("/").split("/")
        if parts.port != own.port or segments[:2] != ["public", "assertions"] or len(segments) < 3:
            return None
        record: AssertionRecord | None = self.state.find(self.state.assertions, segments[2])
        if record is None or record.source_url is not None:
            raise bad_request(validation_errors=["No badge was found at that URL."])
        if record.recipient_type != "email" or record.identity != call.user.email:
            raise bad_request(validation_errors=["This badge was not awarded to you."])
        self._accept(record)
        return record

    @staticmethod
    def _accept(record: AssertionRecord) -> None:
        if record.acceptance == "Accepted":
            raise bad_request(
                validation_errors=[
                    {
                        "name": "DUPLICATE_BADGE",
                        "description": "You already have this badge in your backpack",
                    }
                ]
            )
        record.acceptance = "Accepted"

    def _import_json(self, call: Call, document: Any) -> AssertionRecord:
        if not isinstance(document, dict):
            raise bad_request(validation_errors=["The assertion must be a JSON object."])
        own = self._local_assertion(call, str(document.get("id", "")))
        if own is not None:
            return own
        problems = _ob2_problems(document, call.user.email)
        if problems:
            raise bad_request(validation_errors=problems)
        for record in self._mine(call.user):
            if record.source_url == document["id"]:
                self._accept(record)
                return record
        return self.state.add_imported(document, call.user.email, "Accepted")

    # ------------------------------------------------------------ collections

    def _collection(self, call: Call) -> CollectionRecord:
        record: CollectionRecord | None = self.state.find(self.state.collections, call.param("id"))
        if record is None or record.owner != call.user.entity_id:
            raise not_found()
        return record

    def collections(self, call: Call) -> Response:
        mine = [c for c in self.state.collections.values() if c.owner == call.user.entity_id]
        mine.sort(key=lambda c: c.created_at)
        return self.ok(call, [collection_json(c, call.base, self.hosted) for c in mine])

    def create_collection(self, call: Call) -> Response:
        body = call.body if isinstance(call.body, dict) else {}
        if body.get("assertions"):
            # The real server fails like this when members come with the creation (an M2M set
            # before save): clients must create first, then PUT the members.
            return PlainTextResponse("Server Error (500)", status_code=500)
        name = body.get("name")
        if not isinstance(name, str) or not name.strip():
            raise bad_request(field_errors={"name": ["This field is required."]})
        record = CollectionRecord(
            entity_id=self.state.entity_id(),
            id=self.state.hex_id(),
            owner=call.user.entity_id,
            name=name.strip(),
            description=str(body.get("description") or ""),
            published=False,
            share_hash=None,
            assertions=[],
            created_at=self.state.now(),
        )
        self._publish(record, bool(body.get("published")))
        self.state.collections[record.entity_id] = record
        return self.ok(call, [collection_json(record, call.base, self.hosted)], 201)

    def get_collection(self, call: Call) -> Response:
        return self.ok(call, [collection_json(self._collection(call), call.base, self.hosted)])

    def update_collection(self, call: Call) -> Response:
        record = self._collection(call)
        body = call.body if isinstance(call.body, dict) else {}
        name = body.get("name")
        if not isinstance(name, str) or not name.strip():
            raise bad_request(field_errors={"name": ["This field is required."]})
        members = body.get("assertions")
        if members is not None:
            mine = {key: a.entity_id for a in self._mine(call.user) for key in (a.entity_id, a.id)}
            if not isinstance(members, list) or any(str(m) not in mine for m in members):
                raise bad_request(
                    field_errors={"assertions": ["Only badges in your backpack can be added."]}
                )
            record.assertions = list(dict.fromkeys(mine[str(m)] for m in members))
        record.name = name.strip()
        if "description" in body:
            record.description = str(body.get("description") or "")
        if "published" in body:
            self._publish(record, bool(body["published"]))
        return self.ok(call, [collection_json(record, call.base, self.hosted)])

    def _publish(self, record: CollectionRecord, published: bool) -> None:
        record.published = published
        if published and record.share_hash is None:
            record.share_hash = self.state.secret()[:24]
        elif not published:
            record.share_hash = None

    def delete_collection(self, call: Call) -> Response:
        del self.state.collections[self._collection(call).entity_id]
        return Response(status_code=204)


def _design(record: BadgeClassRecord, clean: dict[str, Any]) -> None:
    """Set what a badge class's checked body sent (``issuer`` is not changed by an edit)."""
    for key, attr in (
        ("name", "name"),
        ("description", "description"),
        ("criteriaUrl", "criteria_url"),
        ("criteriaNarrative", "criteria_narrative"),
        ("tags", "tags"),
        ("alignments", "alignments"),
        ("expires", "expires"),
    ):
        if key in clean:
            setattr(record, attr, clean[key])
    if clean.get("image") is not None:
        record.image, record.image_type = clean["image"]


def _describe(record: IssuerRecord, clean: dict[str, Any]) -> None:
    """Set what an issuer's checked body sent."""
    for key in ("name", "email", "url", "description"):
        if key in clean:
            setattr(record, key, clean[key])
    if clean.get("image") is not None:
        record.image, record.image_type = clean["image"]


def _restaff(record: IssuerRecord, staff: list[tuple[str, str]]) -> None:
    wanted = dict(staff)
    for email, role in staff:
        record.roles.setdefault(email, role)
    owners = [e for e, r in record.roles.items() if r == "owner"]
    for email, role in list(record.roles.items()):
        if email not in wanted and (role != "owner" or len(owners) > 1):
            del record.roles[email]
            if role == "owner":
                owners.remove(email)


def _badgeclass_names(body: dict[str, Any]) -> list[str]:
    return [k for k in ("badgeclass", "badgeclassOpenBadgeId", "badgeclassName") if body.get(k)]


def _decode_cursor(cursor: str | None) -> tuple[int, int | None, str | None]:
    """The offset among the accepted items, and where the previous page ended, if known."""
    if not cursor:
        return 0, None, None
    try:
        fields = dict(parse_qsl(base64.urlsafe_b64decode(cursor.encode()).decode()))
        resume_at = int(fields["p"]) if "p" in fields else None
        return max(0, int(fields["o"])), resume_at, fields.get("k")
    except (ValueError, KeyError, binascii.Error):
        raise bad_request(validation_errors=["Invalid cursor"]) from None


def _item_id(item: Any) -> str | None:
    return getattr(item, "entity_id", None)


RESUME_SEARCH = 256
"""How far from its old place a cursor's last item is looked for (awards made or deleted
since the page was read shift it)."""


def _find_near(items: Sequence[Any], position: int, wanted: str | None) -> int | None:
    if wanted is None:
        return None
    for distance in range(RESUME_SEARCH):
        for at in (position + distance, position - distance):
            if 0 <= at < len(items) and _item_id(items[at]) == wanted:
                return at
    return None


def _ob2_problems(document: dict[str, Any], email: str) -> list[str]:
    """What keeps a foreign JSON document from being an Open Badges 2 assertion for ``email``."""
    problems = []
    if document.get("type") not in ("Assertion", ["Assertion"]):
        problems.append("The JSON is not an Open Badges assertion (type must be Assertion).")
    if not is_url(document.get("id")):
        problems.append("The assertion has no id URL.")
    badge = document.get("badge")
    if not (is_url(badge) or (isinstance(badge, dict) and badge.get("name"))):
        problems.append("The assertion names no badge.")
    if not isinstance(document.get("issuedOn"), str):
        problems.append("The assertion has no issuedOn date.")
    recipient = document.get("recipient")
    if not isinstance(recipient, dict) or not _recipient_is(recipient, email):
        problems.append("This badge was not awarded to your email address.")
    return problems


def _recipient_is(recipient: dict[str, Any], email: str) -> bool:
    identity = str(recipient.get("identity", ""))
    if not recipient.get("hashed"):
        return identity.lower() == email
    algorithm, _, digest = identity.partition("$")
    if algorithm != "sha256":
        return False
    salt = str(recipient.get("salt") or "")
    return hashlib.sha256((email + salt).encode()).hexdigest() == digest
