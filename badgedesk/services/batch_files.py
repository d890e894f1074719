"""Draft batches handed to a colleague as ``*.badgebatch.json`` files, and results exported.

One person often drafts a batch and another sends it, so a batch travels as a small JSON file:
its name, target badge class, defaults and the rows still to award. Awarded rows stay behind:
a colleague must not award them again. Reading trusts nothing: a file that is not ours, made
by a newer BadgeDesk or damaged by hand is refused with a sentence naming the problem and, for
one bad value, its JSON path. What rows *say* (a bad email, a date in the future) is not
refused here: the editor marks such rows like any other. No Qt here.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from badgedesk.core.batches import BadgeClassChoice, Batch, BatchDefaults, DraftRow, RowFields
from badgedesk.core.dates import format_datetime
from badgedesk.core.states import RowState
from badgedesk.services.batch_rows import RECIPIENT_TYPES, recipient_type_of
from badgedesk.store.csvfile import atomic_text_file, write_csv

FORMAT = "badgedesk.batch"
VERSION = 1
SUFFIX = ".badgebatch.json"

RESULTS_HEADER = ("recipient", "recipient type", "outcome", "entityId", "error", "held since")
"""``outcome`` is the row's state; ``already held`` rows name the award the recipient held
before (``entityId``) and when it was made (``held since``): this batch did not award it."""
OUTCOME_WORDS = {RowState.HELD: "already held"}

_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
_MISSING: Any = object()


class BatchFileProblem(StrEnum):
    """Why a file cannot be opened as a batch, for the UI to word with the refusal's values."""

    UNREADABLE = "unreadable"
    """The system could not read it (``reason``: the system's words)."""
    TOO_LARGE = "too-large"
    """Over ``limit`` bytes."""
    NOT_UTF8 = "not-utf8"
    EMPTY = "empty"
    NOT_JSON = "not-json"
    """Not JSON from ``line``, ``column``."""
    TOO_DEEP = "too-deep"
    NUMBER_TOO_LONG = "number-too-long"
    NOT_A_BATCH = "not-a-batch"
    """JSON, but not BadgeDesk's batch format."""
    NEWER = "newer"
    """Written by a newer BadgeDesk in format ``version``."""
    MISSING_VALUE = "missing-value"
    """The value at ``where`` is missing."""
    WRONG_VALUE = "wrong-value"
    """The value at ``where`` is not what a batch file holds there."""


class BatchFileRefused(Exception):
    """This file cannot be opened as a batch; ``str()`` is a short English sentence for the
    log, ``problem`` and the values are what the UI words: ``name`` the file's, ``where`` the
    JSON path of the one bad value (``rows[3].identity``), or "" for the file."""

    def __init__(
        self,
        message: str,
        where: str = "",
        *,
        problem: BatchFileProblem,
        name: str,
        reason: str = "",
        limit: int = 0,
        line: int = 0,
        column: int = 0,
        version: int = 0,
    ) -> None:
        super().__init__(message)
        self.where = where
        self.problem = problem
        self.name = name
        self.reason = reason
        self.limit = limit
        self.line = line
        self.column = column
        self.version = version


@dataclass(frozen=True)
class BatchFile:
    """What a batch file holds: enough to start a new draft batch from it."""

    name: str
    badgeclass: BadgeClassChoice | None
    defaults: BatchDefaults
    rows: list[RowFields]


# ------------------------------------------------------------------ writing


def _day_text(value: date | None) -> str | None:
    return value.isoformat() if value else None


def batch_file_json(
    batch: Batch, rows: Sequence[DraftRow], *, now: datetime | None = None
) -> dict[str, Any]:
    """The file's JSON document. Only rows that surely have not reached the server are carried
    (pending and failed, as drafted): an awarded row, or one whose answer was lost while
    ``sending``, must not be awarded again by a colleague."""
    choice = batch.badgeclass
    defaults = batch.defaults
    return {
        "format": FORMAT,
        "version": VERSION,
        "name": batch.name,
        "badgeclass": None
        if choice is None
        else {
            "entityId": choice.entity_id,
            "name": choice.name,
            "issuerName": choice.issuer_name,
        },
        "defaults": {
            "narrative": defaults.narrative,
            "evidenceUrl": defaults.evidence_url,
            "evidenceNarrative": defaults.evidence_narrative,
            "issuedOn": _day_text(defaults.issued_on),
            "expires": _day_text(defaults.expires),
            "allowDuplicateAwards": defaults.allow_duplicate_awards,
            "notify": defaults.notify,
        },
        "rows": [
            {
                "identity": row.fields.identity,
                "recipientType": row.fields.recipient_type,
                "narrative": row.fields.narrative,
                "evidenceUrl": row.fields.evidence_url,
                "issuedOn": _day_text(row.fields.issued_on),
                "expires": _day_text(row.fields.expires),
            }
            for row in rows
            if row.state in (RowState.PENDING, RowState.FAILED)
        ],
        "exportedAt": format_datetime(now or datetime.now(UTC)),
    }


def write_batch_file(
    path: Path, batch: Batch, rows: Sequence[DraftRow], *, now: datetime | None = None
) -> int:
    """Write the batch to ``path`` whole or not at all (a temporary file beside it is renamed
    over it, as ``csvfile.write_csv`` does); return the number of rows written."""
    document = batch_file_json(batch, rows, now=now)
    payload = json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
    with atomic_text_file(path, "utf-8") as handle:
        handle.write(payload)
    return len(document["rows"])


def write_results_csv(path: Path, rows: Sequence[DraftRow]) -> int:
    """Each row's outcome for whoever keeps the records (atomic, BOM, formula-safe: see
    ``csvfile.write_csv``); return the number of rows."""
    return write_csv(
        path,
        RESULTS_HEADER,
        (
            (
                row.fields.identity,
                row.fields.recipient_type,
                OUTCOME_WORDS.get(row.state, row.state),
                row.entity_id or "",
                row.error,
                format_datetime(row.held_since) if row.held_since else "",
            )
            for row in rows
        ),
    )


# ------------------------------------------------------------------ reading


class _Invalid(Exception):
    """One value of the document is of the wrong kind; worded by ``read_batch_file``."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where} {problem}")
        self.where = where
        self.problem = problem
        self.missing = problem == _IS_MISSING


_IS_MISSING = "is missing"


def _kind(value: Any) -> str:
    """What a JSON value is, in words."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    return "an object"


def _wrong(where: str, expected: str, value: Any) -> _Invalid:
    if value is _MISSING:
        return _Invalid(where, _IS_MISSING)
    return _Invalid(where, f"must be {expected}, not {_kind(value)}")


def _object(value: Any, where: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise _wrong(where, "an object", value)
    return value


def _text(data: Mapping[str, Any], key: str, where: str, *, required: bool = False) -> str:
    """Text at ``key``; an optional one may be missing or null, meaning empty."""
    value = data.get(key, _MISSING)
    if not required and (value is _MISSING or value is None):
        return ""
    if not isinstance(value, str):
        raise _wrong(f"{where}{key}", "text", value)
    if not _encodable(value):  # "\ud800" is valid JSON, but SQLite cannot store it
        raise _Invalid(f"{where}{key}", "holds a broken character (a lone surrogate)")
    return value


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _flag(data: Mapping[str, Any], key: str, where: str) -> bool:
    value = data.get(key, _MISSING)
    if value is _MISSING or value is None:
        return False
    if not isinstance(value, bool):
        raise _wrong(f"{where}{key}", "true or false", value)
    return value


def _day(data: Mapping[str, Any], key: str, where: str) -> date | None:
    """A day written YYYY-MM-DD exactly (the file is ours: no local forms, no times)."""
    value = data.get(key, _MISSING)
    if value is _MISSING or value is None:
        return None
    expected = "a date written YYYY-MM-DD"
    if not isinstance(value, str):
        raise _wrong(f"{where}{key}", expected, value)
    if _DAY.match(value):
        with contextlib.suppress(ValueError):
            return date.fromisoformat(value)
    raise _Invalid(f"{where}{key}", f"must be {expected}, not {json.dumps(value[:40])}")


def _badgeclass(value: Any) -> BadgeClassChoice | None:
    if value is None:
        return None
    data = _object(value, "badgeclass")
    entity_id = _text(data, "entityId", "badgeclass.", required=True)
    if not entity_id:
        raise _Invalid("badgeclass.entityId", "must not be empty")
    return BadgeClassChoice(
        entity_id=entity_id,
        name=_text(data, "name", "badgeclass."),
        issuer_name=_text(data, "issuerName", "badgeclass."),
    )


def _defaults(value: Any) -> BatchDefaults:
    if value is None:
        return BatchDefaults(notify=False)  # as when "notify" is left out: nobody asked
    data = _object(value, "defaults")
    return BatchDefaults(
        narrative=_text(data, "narrative", "defaults."),
        evidence_url=_text(data, "evidenceUrl", "defaults."),
        evidence_narrative=_text(data, "evidenceNarrative", "defaults."),
        issued_on=_day(data, "issuedOn", "defaults."),
        expires=_day(data, "expires", "defaults."),
        allow_duplicate_awards=_flag(data, "allowDuplicateAwards", "defaults."),
        notify=_flag(data, "notify", "defaults."),
    )


def _row(value: Any, where: str) -> RowFields:
    data = _object(value, where)
    prefix = f"{where}."
    identity = _text(data, "identity", prefix, required=True)
    kind = data.get("recipientType")
    if kind is None:
        recipient_type = recipient_type_of("", identity) or "email"
    elif isinstance(kind, str) and kind in RECIPIENT_TYPES:
        recipient_type = kind
    elif isinstance(kind, str):
        raise _Invalid(
            f"{prefix}recipientType",
            f"must be one of {', '.join(RECIPIENT_TYPES)}, not {json.dumps(kind[:40])}",
        )
    else:
        raise _wrong(f"{prefix}recipientType", "text", kind)
    return RowFields(
        identity=identity,
        recipient_type=recipient_type,
        narrative=_text(data, "narrative", prefix),
        evidence_url=_text(data, "evidenceUrl", prefix),
        issued_on=_day(data, "issuedOn", prefix),
        expires=_day(data, "expires", prefix),
    )


def _batch_file(document: Mapping[str, Any]) -> BatchFile:
    rows = document.get("rows", _MISSING)
    if not isinstance(rows, list):
        raise _wrong("rows", "a list", rows)
    return BatchFile(
        name=_text(document, "name", "", required=True),
        badgeclass=_badgeclass(document.get("badgeclass")),
        defaults=_defaults(document.get("defaults")),
        rows=[_row(row, f"rows[{index}]") for index, row in enumerate(rows)],
    )


def read_batch_file(path: Path, *, max_bytes: int = 50_000_000) -> BatchFile:
    """Read a batch file, or refuse it with ``BatchFileRefused``. Unknown keys are ignored
    (a later BadgeDesk may add some); optional values may be missing or null; a row without
    ``recipientType`` gets the one its identity suggests. Row indexes in paths count from 0."""
    name = path.name
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise BatchFileRefused(
            f"{name} cannot be read: {reason}.",
            problem=BatchFileProblem.UNREADABLE,
            name=name,
            reason=reason,
        ) from exc
    if len(data) > max_bytes:
        raise BatchFileRefused(
            f"{name} is too large for a BadgeDesk batch file (over {max_bytes:,} bytes).",
            problem=BatchFileProblem.TOO_LARGE,
            name=name,
            limit=max_bytes,
        )
    not_ours = f"{name} is not a BadgeDesk batch file"
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BatchFileRefused(
            f"{not_ours}: it is not UTF-8 text.", problem=BatchFileProblem.NOT_UTF8, name=name
        ) from exc
    if not text.strip():
        raise BatchFileRefused(
            f"{not_ours}: it is empty.", problem=BatchFileProblem.EMPTY, name=name
        )
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BatchFileRefused(
            f"{not_ours}: it is not JSON (line {exc.lineno}, column {exc.colno}).",
            problem=BatchFileProblem.NOT_JSON,
            name=name,
            line=exc.lineno,
            column=exc.colno,
        ) from exc
    except RecursionError as exc:
        raise BatchFileRefused(
            f"{not_ours}: its JSON is nested far too deeply.",
            problem=BatchFileProblem.TOO_DEEP,
            name=name,
        ) from exc
    except ValueError as exc:  # a number of thousands of digits
        raise BatchFileRefused(
            f"{not_ours}: its JSON holds a number far too long.",
            problem=BatchFileProblem.NUMBER_TOO_LONG,
            name=name,
        ) from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise BatchFileRefused(f"{not_ours}.", problem=BatchFileProblem.NOT_A_BATCH, name=name)
    version = document.get("version", _MISSING)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        problem = _wrong("version", "a whole number from 1", version).problem
        if isinstance(version, int) and not isinstance(version, bool):
            problem = f"must be a whole number from 1, not {version}"
        raise BatchFileRefused(
            f"{name} cannot be opened: version {problem}.",
            "version",
            problem=BatchFileProblem.MISSING_VALUE
            if version is _MISSING
            else BatchFileProblem.WRONG_VALUE,
            name=name,
        )
    if version > VERSION:
        raise BatchFileRefused(
            f"{name} was made by a newer BadgeDesk (batch file version {version}; this version"
            f" reads up to {VERSION}). Update BadgeDesk to open it.",
            problem=BatchFileProblem.NEWER,
            name=name,
            version=version,
        )
    try:
        return _batch_file(document)
    except _Invalid as exc:
        raise BatchFileRefused(
            f"{name} cannot be opened: {exc.where} {exc.problem}.",
            exc.where,
            problem=BatchFileProblem.MISSING_VALUE if exc.missing else BatchFileProblem.WRONG_VALUE,
            name=name,
        ) from None
