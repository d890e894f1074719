"""Checks of draft rows, and the award a row describes (sent as ``awards.award_request``).

The same rules mark rows in the editor, reject lines of an imported CSV and stop a submission
from sending what the server would refuse. Problems are codes keyed by row field name
(``identity``, ``recipient_type``, ``evidence_url``, ``issued_on``, ``expires``); the UI words
them. No Qt here.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time

from badgedesk.api.models import BadgeClassExpiration, Evidence, RecipientType
from badgedesk.core.batches import BatchDefaults, RowFields
from badgedesk.services import awards
from badgedesk.services.awards import AwardDetails, inherited_expiry
from badgedesk.services.validation import Problem, date_problems, identity_problem, is_web_url

RECIPIENT_TYPES = tuple(str(kind) for kind in RecipientType)
_TYPE_ALIASES = {
    "e-mail": RecipientType.EMAIL,
    "mail": RecipientType.EMAIL,
    "phone": RecipientType.TELEPHONE,
    "tel": RecipientType.TELEPHONE,
    "web": RecipientType.URL,
    "website": RecipientType.URL,
    "openbadgeid": RecipientType.ID,
    "id": RecipientType.ID,
}

RowProblems = dict[str, Problem]


def recipient_type_of(value: str, identity: str) -> str | None:
    """A recipient type from what a person wrote (any case, a few aliases), guessed from the
    identity when nothing was written; ``None`` when it is not a type."""
    text = value.strip().lower()
    if not text:
        return infer_recipient_type(identity)
    for kind in RecipientType:
        if text == kind.value.lower():
            return str(kind)
    alias = _TYPE_ALIASES.get(text)
    return str(alias) if alias else None


def infer_recipient_type(identity: str) -> str:
    identity = identity.strip()
    if "@" in identity:
        return str(RecipientType.EMAIL)
    if identity.lower().startswith(("http://", "https://")):
        return str(RecipientType.URL)
    digits = identity.replace(" ", "").removeprefix("+")
    if digits.isdigit():
        return str(RecipientType.TELEPHONE)
    return str(RecipientType.EMAIL)


def identity_key(fields: RowFields) -> tuple[str, str]:
    """What makes two rows the same recipient (emails ignore case, phones spaces)."""
    identity = sent_identity(fields)
    if fields.recipient_type == RecipientType.EMAIL:
        identity = identity.lower()
    return fields.recipient_type, identity


def sent_identity(fields: RowFields) -> str:
    """The row's identity as it is sent (``awards.sent_identity``)."""
    return awards.sent_identity(fields.recipient_type, fields.identity)


def row_problems(fields: RowFields, defaults: BatchDefaults, today: date) -> RowProblems:
    """Every local problem of one row, with the batch's defaults filled in."""
    problems: RowProblems = {}
    if fields.recipient_type not in RECIPIENT_TYPES:
        problems["recipient_type"] = Problem.BAD_RECIPIENT_TYPE
    elif problem := identity_problem(fields.recipient_type, fields.identity):
        problems["identity"] = problem
    if fields.evidence_url and not is_web_url(fields.evidence_url):
        problems["evidence_url"] = Problem.BAD_URL
    dates = date_problems(
        fields.issued_on or defaults.issued_on, fields.expires or defaults.expires, today
    )
    for key, problem in dates.items():
        problems["issued_on" if key == "issuedOn" else key] = problem
    return problems


def defaults_problems(defaults: BatchDefaults, today: date) -> RowProblems:
    """Problems of the batch's own defaults, keyed like their row counterparts."""
    problems: RowProblems = {}
    if defaults.evidence_url and not is_web_url(defaults.evidence_url):
        problems["evidence_url"] = Problem.BAD_URL
    for key, problem in date_problems(defaults.issued_on, defaults.expires, today).items():
        problems["issued_on" if key == "issuedOn" else key] = problem
    return problems


def duplicate_keys(rows: Iterable[RowFields]) -> set[tuple[str, str]]:
    """The recipients that appear more than once."""
    seen: set[tuple[str, str]] = set()
    twice: set[tuple[str, str]] = set()
    for fields in rows:
        key = identity_key(fields)
        if key in seen:
            twice.add(key)
        seen.add(key)
    return twice


def _moment(day: date) -> datetime:
    """A drafted day as the moment sent: noon UTC, the same calendar day almost everywhere."""
    return datetime.combine(day, time(12), tzinfo=UTC)


def row_issued_on(fields: RowFields, defaults: BatchDefaults, now: datetime) -> datetime | None:
    """The issue date sent for a row: its own or the batch's day, no later than ``now`` (the
    server refuses the future); ``None`` lets the server use the moment of the award."""
    issued_on = fields.issued_on or defaults.issued_on
    return min(_moment(issued_on), now) if issued_on else None


def row_expires(
    fields: RowFields,
    defaults: BatchDefaults,
    now: datetime,
    rule: BadgeClassExpiration | None = None,
) -> datetime | None:
    """The expiry sent for a row: its own day, else the batch's, else what the badge class's
    ``rule`` gives from the row's issue date (``now`` when the server chooses it)."""
    expires = fields.expires or defaults.expires
    if expires:
        return _moment(expires)
    return inherited_expiry(row_issued_on(fields, defaults, now) or now, rule)


def row_award(
    fields: RowFields,
    defaults: BatchDefaults,
    now: datetime,
    rule: BadgeClassExpiration | None = None,
) -> AwardDetails:
    """The award one row describes, with the batch's defaults where the row says nothing and
    the expiry the badge class's ``rule`` gives where neither does (``awards.award_request``
    makes it the request sent)."""
    evidence_url = fields.evidence_url or defaults.evidence_url
    evidence = []
    if evidence_url or defaults.evidence_narrative:
        evidence.append(
            Evidence(url=evidence_url or None, narrative=defaults.evidence_narrative or None)
        )
    return AwardDetails(
        identity=fields.identity,
        recipient_type=fields.recipient_type,
        issued_on=row_issued_on(fields, defaults, now),
        expires=row_expires(fields, defaults, now, rule),
        narrative=fields.narrative or defaults.narrative,
        evidence=evidence,
        notify=defaults.notify,
        allow_duplicate_awards=defaults.allow_duplicate_awards,
    )
