"""Checks made before an award or an edit is sent, so that a typo is caught offline and next to
its field. The server keeps the last word: what it refuses comes back as ``fieldErrors``.

Problems are keyed by the same dotted paths as the server's normalised ``fieldErrors``
(``recipient``, ``issuedOn``, ``evidence.0.url`` …) so that one piece of the UI shows both. They
are codes, not sentences: the UI words them through ``tr()``.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from enum import StrEnum
from typing import TypeVar
from urllib.parse import urlsplit

from badgedesk.api.models import (
    UNSET,
    AssertionUpdate,
    AwardRequest,
    Evidence,
    OB3AwardProperties,
    RecipientType,
)

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
TELEPHONE = re.compile(r"^\+?[0-9]{6,15}$")


class Problem(StrEnum):
    REQUIRED = "required"
    BAD_EMAIL = "bad-email"
    BAD_URL = "bad-url"
    BAD_TELEPHONE = "bad-telephone"
    ISSUED_IN_FUTURE = "issued-in-future"
    EXPIRES_BEFORE_ISSUE = "expires-before-issue"
    ACTIVITY_ENDS_BEFORE_START = "activity-ends-before-start"
    EMPTY_EVIDENCE = "empty-evidence"
    BAD_RECIPIENT_TYPE = "bad-recipient-type"
    BAD_DATE = "bad-date"
    DUPLICATE = "duplicate"
    CONTROL_CHARACTER = "control-character"
    """A NUL or other control character: never typed, it comes from a damaged file."""
    INVISIBLE_CHARACTER = "invisible-character"
    """A zero-width, bidi-control or soft-hyphen character: the text looks right but is not."""
    UNREADABLE_CHARACTER = "unreadable-character"
    """U+FFFD: a byte that the file's encoding could not read."""


Problems = dict[str, Problem]
When = TypeVar("When", bound=date)


def is_web_url(value: str) -> bool:
    parts = urlsplit(value.strip())
    return parts.scheme in ("http", "https") and bool(parts.netloc) and " " not in value.strip()


# Characters that do not show: Cf (zero-width spaces and joiners U+200B-U+200D, word joiner
# U+2060, BOM U+FEFF, bidi embeddings, overrides and isolates U+202A-U+202E and U+2066-U+2069,
# soft hyphen U+00AD, ...) and the line and paragraph separators.
_INVISIBLE_CATEGORIES = frozenset({"Cf", "Zl", "Zp"})


def hidden_character_problem(text: str) -> Problem | None:
    """A control or invisible character in ``text``: ``zoe\u200b@x.test`` looks like and
    passes for an address, yet is not the one the learner reads or the server matches."""
    for char in text:
        category = unicodedata.category(char)
        if category == "Cc":
            return Problem.CONTROL_CHARACTER
        if category in _INVISIBLE_CATEGORIES:
            return Problem.INVISIBLE_CHARACTER
        if char == "\ufffd":
            return Problem.UNREADABLE_CHARACTER
    return None


def shown(text: str) -> str:
    """``text`` with its control and invisible characters written out (``<U+200B>``, ``␀``)
    so that a report shows why a line that looks fine was refused."""
    out = []
    for char in text:
        code = ord(char)
        category = unicodedata.category(char)
        if code < 0x20:
            out.append(chr(0x2400 + code))  # the Control Pictures block: ␀ ␁ … ␟
        elif category == "Cc" or category in _INVISIBLE_CATEGORIES:
            out.append(f"<U+{code:04X}>")
        else:
            out.append(char)
    return "".join(out)


def identity_problem(kind: str, identity: str) -> Problem | None:
    """What is wrong with a recipient identity for its type, or ``None``."""
    if hidden := hidden_character_problem(identity):
        return hidden
    identity = identity.strip()
    if not identity:
        return Problem.REQUIRED
    if kind == RecipientType.EMAIL and not EMAIL.match(identity):
        return Problem.BAD_EMAIL
    if kind in (RecipientType.URL, RecipientType.ID) and not is_web_url(identity):
        return Problem.BAD_URL
    if kind == RecipientType.TELEPHONE and not TELEPHONE.match(identity.replace(" ", "")):
        return Problem.BAD_TELEPHONE
    return None


def date_problems(issued_on: When | None, expires: When | None, now: When) -> Problems:
    """An issue date in the future, or an expiry not after the issue date (``now`` if unset);
    moments for an award, calendar days for a draft row."""
    problems: Problems = {}
    if issued_on is not None and issued_on > now:
        problems["issuedOn"] = Problem.ISSUED_IN_FUTURE
    if expires is not None and expires <= (issued_on or now):
        problems["expires"] = Problem.EXPIRES_BEFORE_ISSUE
    return problems


def evidence_problems(evidence: list[Evidence]) -> Problems:
    problems: Problems = {}
    for index, item in enumerate(evidence):
        if item.url and not is_web_url(item.url):
            problems[f"evidence.{index}.url"] = Problem.BAD_URL
        elif not (item.url or item.narrative):
            problems[f"evidence.{index}.url"] = Problem.EMPTY_EVIDENCE
    return problems


def ob3_problems(properties: OB3AwardProperties | None) -> Problems:
    if properties is None:
        return {}
    start, end = properties.activity_start, properties.activity_end
    if start is not None and end is not None and end < start:
        return {"ob3AwardProperties.activityEnd": Problem.ACTIVITY_ENDS_BEFORE_START}
    return {}


def award_problems(request: AwardRequest, now: datetime) -> Problems:
    """Every local problem of an award, empty when it may be sent."""
    problems: Problems = {}
    if problem := identity_problem(request.recipient.type, request.recipient.identity):
        problems["recipient"] = problem
    problems |= date_problems(request.issued_on, request.expires, now)
    problems |= evidence_problems(request.evidence)
    problems |= ob3_problems(request.ob3_award_properties)
    return problems


def update_problems(update: AssertionUpdate, now: datetime) -> Problems:
    """Every local problem of an edit; fields left UNSET are not checked."""

    def given(value: object) -> object:
        return None if value is UNSET else value

    issued_on, expires = given(update.issued_on), given(update.expires)
    evidence, ob3 = given(update.evidence), given(update.ob3_award_properties)
    problems = date_problems(
        issued_on if isinstance(issued_on, datetime) else None,
        expires if isinstance(expires, datetime) else None,
        now,
    )
    if isinstance(evidence, list):
        problems |= evidence_problems(evidence)
    if isinstance(ob3, OB3AwardProperties):
        problems |= ob3_problems(ob3)
    return problems
