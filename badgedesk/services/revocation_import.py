"""Rows of a revocation batch imported from a CSV file or pasted from a spreadsheet.

A file names the awards to revoke in one of two ways: a column of assertion entityIds (or
assertion URLs, whose path holds the entityId), or a column of recipients together with a badge
class (a column of badge class entityIds or names, else the one the person picks), which the
server is asked about later. Either kind may carry a per-row reason. Reading the bytes is
``row_import.read_table``'s job; this module guesses which column is which and turns records into
``RevocationTarget``s, reporting every refused line by its number. No Qt here.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from urllib.parse import urlsplit

from badgedesk.core.batches import RevocationTarget, RowFields
from badgedesk.core.states import Match
from badgedesk.services.batch_rows import (
    identity_key,
    infer_recipient_type,
    recipient_type_of,
    sent_identity,
)
from badgedesk.services.row_import import (
    HEADER_NAMES,
    Column,
    ImportRefused,
    Record,
    Refusal,
    Table,
    looks_like_identity,
    name_key,
)
from badgedesk.services.validation import (
    EMAIL,
    Problem,
    hidden_character_problem,
    identity_problem,
    shown,
)


class RevocationColumn(StrEnum):
    """What a column of a revocation file holds."""

    ENTITY_ID = "entity_id"
    IDENTITY = "identity"
    RECIPIENT_TYPE = "recipient_type"
    BADGECLASS = "badgeclass"
    REASON = "reason"


class SourceKind(StrEnum):
    """How a file names the awards: by assertion, or by recipient and badge class."""

    ENTITY_IDS = "entity ids"
    RECIPIENTS = "recipients"


class RejectReason(StrEnum):
    """Why a line was not imported (the UI words it)."""

    BAD_ENTITY_ID = "bad-entity-id"
    BAD_IDENTITY = "bad-identity"
    BAD_RECIPIENT_TYPE = "bad-recipient-type"
    NO_BADGECLASS = "no-badgeclass"
    UNKNOWN_BADGECLASS = "unknown-badgeclass"
    AMBIGUOUS_BADGECLASS = "ambiguous-badgeclass"
    """Several badge classes of the catalogue have that name: the file must use its entityId."""
    DUPLICATE = "duplicate"
    """The same assertion, or the same recipient and badge class, is on an earlier line."""
    EMPTY = "empty"
    """Nothing in the key column (entityId or recipient)."""
    CONTROL_CHARACTER = Problem.CONTROL_CHARACTER.value
    """A control character in the line, or in the recipient (as ``validation.Problem``)."""
    INVISIBLE_CHARACTER = Problem.INVISIBLE_CHARACTER.value
    """An invisible character in the recipient."""
    UNREADABLE_CHARACTER = Problem.UNREADABLE_CHARACTER.value
    """A character the file's encoding could not read."""


@dataclass(frozen=True)
class CatalogueEntry:
    """A badge class the person can revoke awards of, as the file may name it."""

    entity_id: str
    name: str
    issuer_name: str = ""


@dataclass(frozen=True)
class RevocationRejection:
    """A line that was not imported; ``column`` is a ``RevocationColumn`` value ("" for the
    whole row) and ``value`` the cell as written."""

    line: int
    column: str
    reason: RejectReason
    value: str


@dataclass
class RevocationImport:
    """Accepted targets (``targets[i]`` came from physical line ``lines[i]``) and refused lines."""

    kind: SourceKind
    targets: list[RevocationTarget]
    lines: list[int]
    rejections: list[RevocationRejection]


# ------------------------------------------------------------------ entity ids

_ENTITY_ID = re.compile(r"[A-Za-z0-9_-]{1,254}\Z")
# What an id looks like when nothing says the column holds ids: a uuid in URL-safe base64
# (22 characters, may start with "-") or a hosted service's 24 hexadecimal digits.
_LIKELY_ID = re.compile(r"[A-Za-z0-9_-]{22}\Z|[0-9A-Fa-f]{24}\Z")
# The segment after /assertions/ (/public/assertions/<id>, /v2/assertions/<id>, v1 paths…),
# with a file suffix such as .json dropped.
_ASSERTION_PATH = re.compile(r"/assertions/([A-Za-z0-9_-]{1,254})(?:\.[A-Za-z0-9]{1,8})?(?:/|\Z)")
_BADGECLASS_PATH = re.compile(
    r"/(?:badges|badgeclasses)/([A-Za-z0-9_-]{1,254})(?:\.[A-Za-z0-9]{1,8})?(?:/|\Z)"
)


def _id_in_url(text: str, path: re.Pattern[str]) -> str | None:
    if not text[:8].lower().startswith(("http://", "https://")):
        return None
    parts = urlsplit(text)
    found = path.search(parts.path) if parts.netloc else None
    return found.group(1) if found else None


def assertion_id(text: str) -> str | None:
    """The assertion entityId a cell names, itself or in an assertion URL; ``None`` if not."""
    text = text.strip()
    if _ENTITY_ID.match(text):
        return text
    return _id_in_url(text, _ASSERTION_PATH)


def _is_assertion_url(cell: str) -> bool:
    return _id_in_url(cell, _ASSERTION_PATH) is not None


def _looks_like_data(cell: str) -> bool:
    return looks_like_identity(cell) or _LIKELY_ID.match(cell) is not None


# ------------------------------------------------------------------ columns

_REVOCATION_NAMES: dict[RevocationColumn, tuple[str, ...]] = {
    RevocationColumn.ENTITY_ID: (
        "entityId",
        "assertion",
        "assertion id",
        "assertion entity id",
        "assertion url",
        "assertion link",
        "badge id",
        "award id",
        "id",
        "openBadgeId",
    ),
    RevocationColumn.IDENTITY: (
        *HEADER_NAMES[Column.IDENTITY],
        "identifier",  # Badgr's own award CSV
        "recipient identifier",
        "recipient id",
        "earner",
        "earner email",
    ),
    RevocationColumn.RECIPIENT_TYPE: HEADER_NAMES[Column.RECIPIENT_TYPE],
    RevocationColumn.BADGECLASS: (
        "badgeclass",
        "badge class id",
        "badge class entity id",
        "badge class name",
        "badge class url",
        "badge",
        "badge name",
        "badge title",
        "achievement",
        "credential",
    ),
    RevocationColumn.REASON: (
        "reason",
        "revocation reason",
        "reason for revocation",
        "revoke reason",
        "revoked because",
        "why",
    ),
}
_KNOWN_NAMES = {
    name_key(name): column for column, names in _REVOCATION_NAMES.items() for name in names
}
_SAMPLE_RECORDS = 50
_KEYS = (RevocationColumn.ENTITY_ID, RevocationColumn.IDENTITY)


def kind_of(mapping: Mapping[int, RevocationColumn]) -> SourceKind | None:
    """What a mapping imports: entityIds win over recipients; ``None`` without either."""
    columns = set(mapping.values())
    if RevocationColumn.ENTITY_ID in columns:
        return SourceKind.ENTITY_IDS
    if RevocationColumn.IDENTITY in columns:
        return SourceKind.RECIPIENTS
    return None


def _header_mapping(first: Sequence[str]) -> dict[int, RevocationColumn]:
    """The known column names of a first record, or nothing when a cell looks like data (a
    headerless row may well say ``email`` in its type column). The first of a kind wins."""
    if any(_looks_like_data(cell) for cell in first):
        return {}
    mapping: dict[int, RevocationColumn] = {}
    for index, cell in enumerate(first):
        column = _KNOWN_NAMES.get(name_key(cell))
        if column is not None and column not in mapping.values():
            mapping[index] = column
    return mapping


@dataclass
class _Shape:
    """What the cells of one column look like over a sample of records."""

    assertion_urls: int = 0
    ids: int = 0
    emails: int = 0
    identities: int = 0
    types: int = 0
    id_values: set[str] = field(default_factory=set)

    def repeats(self) -> bool:
        """Its ids repeat, as a badge class's do in a list of awards (an assertion's don't)."""
        return len(self.id_values) * 2 <= self.ids


def _shapes(records: Sequence[Record]) -> dict[int, _Shape]:
    shapes: dict[int, _Shape] = {}
    for record in records:
        for index, cell in enumerate(record.cells):
            if not cell:
                continue
            shape = shapes.setdefault(index, _Shape())
            if _is_assertion_url(cell):
                shape.assertion_urls += 1
            elif _LIKELY_ID.match(cell):
                shape.ids += 1
                shape.id_values.add(cell)
            elif EMAIL.match(cell):
                shape.emails += 1
                shape.identities += 1
            elif looks_like_identity(cell):
                shape.identities += 1
            elif recipient_type_of(cell, "") is not None:
                shape.types += 1
    return shapes


def _guess_by_content(
    mapping: dict[int, RevocationColumn], records: Sequence[Record]
) -> dict[int, RevocationColumn]:
    """Fill the roles the header did not name from what the other columns hold: assertion
    URLs or unique ids are entityIds, recipients are identities, ids that repeat beside a
    recipient are badge classes, words like ``email`` or ``phone`` are types."""
    shapes = _shapes(records)
    enough = len(records) // 2 + 1
    mapping = dict(mapping)

    def most(hits_of: Callable[[_Shape], int]) -> int | None:
        """The free column with the most such cells, if they are most of the sample."""
        counts = Counter(
            {index: hits_of(shape) for index, shape in shapes.items() if index not in mapping}
        )
        if counts:
            index, hits = counts.most_common(1)[0]
            if hits >= enough:
                return index
        return None

    def assign(index: int | None, column: RevocationColumn) -> None:
        if index is not None and column not in mapping.values():
            mapping[index] = column

    # A column named as recipients that holds assertion URLs names assertions.
    for index, column in list(mapping.items()):
        if (
            column is RevocationColumn.IDENTITY
            and RevocationColumn.ENTITY_ID not in mapping.values()
        ):
            shape = shapes.get(index)
            if shape is not None and shape.assertion_urls >= enough:
                mapping[index] = RevocationColumn.ENTITY_ID
    assign(most(lambda shape: shape.assertion_urls), RevocationColumn.ENTITY_ID)
    assign(most(lambda shape: shape.emails), RevocationColumn.IDENTITY)
    assign(most(lambda shape: shape.identities), RevocationColumn.IDENTITY)
    id_columns = [
        index
        for index, shape in sorted(shapes.items())
        if index not in mapping and shape.ids >= enough
    ]
    unique = [index for index in id_columns if not shapes[index].repeats()]
    repeated = [index for index in id_columns if shapes[index].repeats()]
    if unique:
        assign(unique[0], RevocationColumn.ENTITY_ID)
    if repeated and kind_of(mapping) is None:
        assign(repeated.pop(0), RevocationColumn.ENTITY_ID)
    if repeated:
        assign(repeated[0], RevocationColumn.BADGECLASS)
    if RevocationColumn.IDENTITY in mapping.values():
        assign(most(lambda shape: shape.types), RevocationColumn.RECIPIENT_TYPE)
    return mapping


def _unnamed_header(first: Record, mapping: Mapping[int, RevocationColumn]) -> bool:
    """A first record whose key cell is a plain word where the rest has ids or recipients
    ("Student;Course"): a header without known names. A mistyped recipient or id (with an @,
    a dot, a slash, a colon or digits) stays a line of data, to be reported."""
    key = next(index for index, column in mapping.items() if column in _KEYS)
    cell = first.cells[key] if key < len(first.cells) else ""
    return bool(
        cell
        and not any(_looks_like_data(other) for other in first.cells)
        and not any(char.isdigit() or char in "@./:" for char in cell)
    )


def guess_columns(table: Table) -> tuple[dict[int, RevocationColumn], bool]:
    """(mapping, has_header) to preset the mapping step: a header's known names, then the
    roles they leave open guessed from the cells. Without a column of entityIds or of
    recipients the mapping has no key column (``kind_of`` is ``None``)."""
    if not table.records:
        return {}, False
    named = _header_mapping(table.records[0].cells)
    has_header = bool(named)
    body = table.records[1 : _SAMPLE_RECORDS + 1] if has_header else table.records[:_SAMPLE_RECORDS]
    mapping = _guess_by_content(named, body)
    if (
        not has_header
        and len(table.records) > 1
        and kind_of(mapping) is not None
        and _unnamed_header(table.records[0], mapping)
    ):
        has_header = True
    return mapping, has_header


# ------------------------------------------------------------------ rows

_NO_KEY = (
    "This file needs a column of assertion entityIds (or assertion URLs) or a column of"
    " recipients (email, phone or URL); none was found or chosen."
)


def _name_of(text: str) -> str:
    return " ".join(text.split()).casefold()


class _BadgeClasses:
    """Badge class cells resolved against the catalogue, each distinct cell once."""

    def __init__(self, catalogue: Sequence[CatalogueEntry]) -> None:
        self._by_id = {entry.entity_id: entry for entry in catalogue}
        self._by_name: dict[str, list[CatalogueEntry]] = {}
        for entry in self._by_id.values():
            self._by_name.setdefault(_name_of(entry.name), []).append(entry)
        self._known: dict[str, tuple[str, str] | RejectReason] = {}

    def resolve(self, cell: str) -> tuple[str, str] | RejectReason:
        """(entityId, name), or why the cell names no single badge class."""
        known = self._known.get(cell)
        if known is None:
            known = self._known[cell] = self._resolve(cell)
        return known

    def _resolve(self, cell: str) -> tuple[str, str] | RejectReason:
        entity_id = _id_in_url(cell, _BADGECLASS_PATH) or cell
        if (entry := self._by_id.get(entity_id)) is not None:
            return entry.entity_id, entry.name
        named = self._by_name.get(_name_of(cell), [])
        if len(named) == 1:
            return named[0].entity_id, named[0].name
        if named:
            return RejectReason.AMBIGUOUS_BADGECLASS
        if _LIKELY_ID.match(entity_id):
            # Not in the catalogue, which may be stale: the server will say.
            return entity_id, entity_id
        return RejectReason.UNKNOWN_BADGECLASS


def map_revocation_records(
    table: Table,
    mapping: Mapping[int, RevocationColumn],
    has_header: bool,
    *,
    catalogue: Sequence[CatalogueEntry],
    default_badgeclass: CatalogueEntry | None = None,
) -> RevocationImport:
    """Turn records into revocation targets; every refused line is reported once, with its
    first problem (or as a duplicate of an earlier line). Recipients whose badge class cell is
    empty, or when no column is mapped to badge classes, take ``default_badgeclass``."""
    kind = kind_of(mapping)
    if kind is None:
        raise ImportRefused(Refusal.NO_KEY_COLUMN, _NO_KEY)
    where = {column: index for index, column in sorted(mapping.items(), reverse=True)}
    # Unmapped columns read the last cell of a blank pad, mapped ones past a short record too.
    pad = ("",) * (max(mapping) + 2)
    at = {column: where.get(column, -1) for column in RevocationColumn}
    records = table.records[1:] if has_header else table.records
    result = RevocationImport(kind, [], [], [])
    refused = [
        RevocationRejection(
            r.line, "", RejectReason(r.problem), shown(table.delimiter.join(r.cells))
        )
        for r in records
        if r.problem is not None
    ]
    if refused:
        records = tuple(r for r in records if r.problem is None)
    badgeclasses = _BadgeClasses(catalogue)
    if kind is SourceKind.ENTITY_IDS:
        _map_entity_ids(records, pad, at, badgeclasses, result)
    else:
        default = (
            (default_badgeclass.entity_id, default_badgeclass.name) if default_badgeclass else None
        )
        _map_recipients(records, pad, at, badgeclasses, default, result)
    if refused:
        result.rejections = sorted(refused + result.rejections, key=lambda r: r.line)
    return result


def _map_entity_ids(
    records: Sequence[Record],
    pad: tuple[str, ...],
    at: Mapping[RevocationColumn, int],
    badgeclasses: _BadgeClasses,
    result: RevocationImport,
) -> None:
    """Rows naming an assertion; a recipient and badge class beside it are only shown."""
    id_at, identity_at = at[RevocationColumn.ENTITY_ID], at[RevocationColumn.IDENTITY]
    type_at, reason_at = at[RevocationColumn.RECIPIENT_TYPE], at[RevocationColumn.REASON]
    badgeclass_at = at[RevocationColumn.BADGECLASS]
    seen: set[str] = set()
    for record in records:
        cells = record.cells + pad
        cell = cells[id_at]
        if not cell:
            result.rejections.append(
                RevocationRejection(record.line, RevocationColumn.ENTITY_ID, RejectReason.EMPTY, "")
            )
            continue
        entity_id = assertion_id(cell)
        if entity_id is None or entity_id in seen:
            reason = RejectReason.BAD_ENTITY_ID if entity_id is None else RejectReason.DUPLICATE
            result.rejections.append(
                RevocationRejection(record.line, RevocationColumn.ENTITY_ID, reason, cell)
            )
            continue
        seen.add(entity_id)
        identity = cells[identity_at]
        badgeclass = badgeclasses.resolve(cells[badgeclass_at]) if cells[badgeclass_at] else None
        badgeclass_id, badgeclass_name = badgeclass if isinstance(badgeclass, tuple) else (None, "")
        result.targets.append(
            RevocationTarget(
                entity_id=entity_id,
                identity=identity,
                recipient_type=recipient_type_of(cells[type_at], identity)
                or infer_recipient_type(identity),
                badgeclass_id=badgeclass_id,
                badgeclass_name=badgeclass_name,
                match=Match.UNCHECKED,
                reason=cells[reason_at],
            )
        )
        result.lines.append(record.line)


def _map_recipients(
    records: Sequence[Record],
    pad: tuple[str, ...],
    at: Mapping[RevocationColumn, int],
    badgeclasses: _BadgeClasses,
    default: tuple[str, str] | None,
    result: RevocationImport,
) -> None:
    """Rows naming a recipient and a badge class, to be looked up on the server."""
    identity_at, type_at = at[RevocationColumn.IDENTITY], at[RevocationColumn.RECIPIENT_TYPE]
    badgeclass_at, reason_at = at[RevocationColumn.BADGECLASS], at[RevocationColumn.REASON]
    kinds: dict[str, str | None] = {}  # a file repeats a handful of types: each read once
    seen: set[tuple[str, str, str]] = set()

    def reject(line: int, column: RevocationColumn, reason: RejectReason, value: str) -> None:
        result.rejections.append(RevocationRejection(line, column, reason, value))

    for record in records:
        cells = record.cells + pad
        identity, type_text = cells[identity_at], cells[type_at]
        if not identity:
            reject(record.line, RevocationColumn.IDENTITY, RejectReason.EMPTY, "")
            continue
        if not type_text:
            kind = recipient_type_of("", identity)
        elif type_text in kinds:
            kind = kinds[type_text]
        else:
            kind = kinds[type_text] = recipient_type_of(type_text, identity)
        if kind is None:
            reject(
                record.line,
                RevocationColumn.RECIPIENT_TYPE,
                RejectReason.BAD_RECIPIENT_TYPE,
                type_text,
            )
            continue
        if identity_problem(kind, identity) is not None:
            hidden = hidden_character_problem(identity)
            reason = RejectReason(hidden) if hidden else RejectReason.BAD_IDENTITY
            reject(record.line, RevocationColumn.IDENTITY, reason, shown(identity))
            continue
        cell = cells[badgeclass_at]
        badgeclass = badgeclasses.resolve(cell) if cell else default
        if not isinstance(badgeclass, tuple):
            problem = RejectReason.NO_BADGECLASS if badgeclass is None else badgeclass
            reject(record.line, RevocationColumn.BADGECLASS, problem, cell)
            continue
        fields = RowFields(identity=identity, recipient_type=kind)
        key = (*identity_key(fields), badgeclass[0])
        if key in seen:
            reject(record.line, RevocationColumn.IDENTITY, RejectReason.DUPLICATE, identity)
            continue
        seen.add(key)
        result.targets.append(
            RevocationTarget(
                entity_id=None,
                identity=sent_identity(fields),
                recipient_type=kind,
                badgeclass_id=badgeclass[0],
                badgeclass_name=badgeclass[1],
                match=Match.TO_RESOLVE,
                reason=cells[reason_at],
            )
        )
        result.lines.append(record.line)
