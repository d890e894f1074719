"""Rows of a draft award batch imported from a CSV file or pasted from a spreadsheet.

Staff keep their recipient lists in Excel, LibreOffice or Google Sheets, whose CSV files differ
in encoding (UTF-8 with or without BOM, UTF-16 "Unicode text", the legacy Windows code page) and
delimiter (comma, semicolon where the comma is the decimal sign, tab, pipe). This module reads
any of them into records that remember their physical line, guesses which column is which, and
turns records into ``RowFields`` with the same checks as the editor, so that the UI can show a
mapping step and then report every rejected line by its number and reason. No Qt here.

The encoding is never guessed line by line, nor from a file that breaks it: a guess that is
wrong for some lines still yields addresses that look valid (``zoÃ«@x.test``), so a file that
is neither what its BOM says nor UTF-8 is refused or goes back to the person to choose.
"""

from __future__ import annotations

import asyncio
import csv
import io
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from itertools import islice
from pathlib import Path

from badgedesk.core.batches import BatchDefaults, RowFields
from badgedesk.core.written_dates import (
    ColumnOrder,
    DayOrder,
    UnreadableDate,
    column_order,
    read_day,
)
from badgedesk.services.batch_rows import identity_key, recipient_type_of, row_problems
from badgedesk.services.validation import EMAIL, Problem, shown
from badgedesk.store.csvfile import unguarded_cell, write_csv


class Column(StrEnum):
    """What a column of the file holds; the values are ``RowFields`` field names."""

    IDENTITY = "identity"
    RECIPIENT_TYPE = "recipient_type"
    NARRATIVE = "narrative"
    EVIDENCE_URL = "evidence_url"
    ISSUED_ON = "issued_on"
    EXPIRES = "expires"


class Refusal(StrEnum):
    """Why a whole file was refused (the UI words it; the exception carries an English one)."""

    EMPTY = "empty"
    BINARY = "binary"
    NO_IDENTITY = "no-identity"
    NO_KEY_COLUMN = "no-key-column"
    """A revocation file with neither assertion entityIds nor recipients."""
    UNDECODABLE = "undecodable"
    """A file whose BOM names an encoding it does not follow."""


class NotCsv(StrEnum):
    """What a ``Refusal.BINARY`` file is instead of CSV, for the UI to say."""

    WORKBOOK = "workbook"
    """An Excel .xlsx or LibreOffice .ods workbook (both are zip files)."""
    OLD_WORKBOOK = "old-workbook"
    """An old Excel .xls workbook."""
    PNG = "png"
    JPEG = "jpeg"
    GIF = "gif"
    PDF = "pdf"
    BINARY = "binary"
    """Some other binary file."""
    LONG_LINE = "long-line"
    """Text with a line far longer than any row of a CSV file."""


class ImportRefused(Exception):
    """Nothing can be imported from this input; ``str()`` is a short English sentence for the
    log, the values are what the UI words: ``not_csv`` for a binary file, ``encoding`` and
    ``line`` for an undecodable one."""

    def __init__(
        self,
        refusal: Refusal,
        message: str,
        *,
        not_csv: NotCsv | None = None,
        encoding: str = "",
        line: int = 0,
    ) -> None:
        super().__init__(message)
        self.refusal = refusal
        self.not_csv = not_csv
        self.encoding = encoding
        self.line = line


@dataclass(frozen=True)
class Record:
    """One CSV record; ``line`` is the 1-based physical line where it starts in the file.
    ``problem`` refuses the whole line whatever its columns hold: a control character (a
    NUL, say) or one its encoding could not read, neither ever in a row someone wrote."""

    line: int
    cells: tuple[str, ...]
    problem: Problem | None = None


@dataclass(frozen=True)
class Table:
    """The records of a file, with how it was read (shown in the mapping step)."""

    encoding: str
    delimiter: str
    records: tuple[Record, ...]


@dataclass(frozen=True)
class Rejection:
    """A line that was not imported; ``field`` is a ``RowFields`` name, or "" for the row."""

    line: int
    field: str
    problem: Problem
    value: str


@dataclass
class ImportResult:
    """Accepted rows (``rows[i]`` came from physical line ``lines[i]``) and rejected lines."""

    rows: list[RowFields]
    lines: list[int]
    rejections: list[Rejection]


# ------------------------------------------------------------------ reading bytes

DELIMITERS = (",", ";", "\t", "|")
_SAMPLE_BYTES = 8192
_SAMPLE_RECORDS = 50
_WORKBOOK = "This file looks like a spreadsheet workbook ({kind}), not CSV; save it as CSV first."
_SIGNATURES: tuple[tuple[bytes, NotCsv, str], ...] = (
    (b"PK\x03\x04", NotCsv.WORKBOOK, _WORKBOOK.format(kind=".xlsx or .ods")),
    (b"PK\x05\x06", NotCsv.WORKBOOK, _WORKBOOK.format(kind=".xlsx or .ods")),
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        NotCsv.OLD_WORKBOOK,
        _WORKBOOK.format(kind="an old Excel .xls"),
    ),
    (b"\x89PNG\r\n\x1a\n", NotCsv.PNG, "This file is a PNG image, not CSV."),
    (b"\xff\xd8\xff", NotCsv.JPEG, "This file is a JPEG image, not CSV."),
    (b"GIF8", NotCsv.GIF, "This file is a GIF image, not CSV."),
    (b"%PDF-", NotCsv.PDF, "This file is a PDF document, not CSV."),
)
_BINARY = "This file looks like a binary file (an Excel workbook?), not CSV; save it as CSV first."
# C0 controls that never appear in text files (tab, newlines, form feed and EOF are allowed).
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 26))
# C0 and C1 controls and DEL but tab, CR and LF (quoted cells span lines), and U+FFFD.
_BAD_IN_LINE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]")
_SEP_LINE = re.compile(r'"?sep=(.)"?\Z', re.IGNORECASE)


def read_table(data: bytes, encoding: str | None = None) -> Table:
    """Decode a CSV file as a spreadsheet program would have written it, and split it into
    records that keep their physical line numbers; refuse what is not a CSV file at all.

    Without ``encoding`` the file must be valid in the one its BOM names, or UTF-8: else
    ``EncodingChoiceNeeded`` says which lines break, and the person chooses the ``encoding``
    to read it with (lines still unreadable in it are then refused one by one)."""
    if not data.strip():
        raise ImportRefused(Refusal.EMPTY, "The file is empty.")
    encoding, text = _decode(data, encoding)
    return _table(text.removesuffix("\x1a"), encoding, None)  # \x1a: a DOS end of file


def parse_pasted(text: str) -> Table:
    """Cells pasted from a spreadsheet: tab-separated whenever a tab is present."""
    return _table(text, "clipboard", "\t" if "\t" in text else None)


@dataclass(frozen=True)
class SampleLine:
    """A line of the file as one encoding reads it (control characters written out)."""

    line: int
    text: str
    valid_utf8: bool


@dataclass(frozen=True)
class Reading:
    """How one candidate encoding reads the lines that tell the candidates apart."""

    encoding: str
    lines: tuple[SampleLine, ...]


class EncodingChoiceNeeded(Exception):
    """The file is not valid UTF-8 and has no BOM: guessing would silently change recipients
    (one Windows-1252 line in a UTF-8 file turns every ``ë`` into ``Ã«``), so the person
    chooses. ``broken_lines`` are the 1-based lines that are not UTF-8; each reading shows
    them, and some lines that are, as its encoding would read them."""

    def __init__(self, broken_lines: Sequence[int], readings: Sequence[Reading]) -> None:
        shown_lines = ", ".join(map(str, broken_lines[:10]))
        super().__init__(f"The file is not valid UTF-8 (line {shown_lines}).")
        self.broken_lines = tuple(broken_lines)
        self.readings = tuple(readings)


def _decode(data: bytes, chosen: str | None) -> tuple[str, str]:
    """(encoding, text): the BOM's encoding, or UTF-8, strictly; else the one chosen."""
    for signature, not_csv, message in _SIGNATURES:
        if data.startswith(signature):
            raise ImportRefused(Refusal.BINARY, message, not_csv=not_csv)
    bom, codec = next(((b, c) for b, c in _BOMS if data.startswith(b)), (b"", ""))
    body = data[len(bom) :]
    if chosen is not None:
        return chosen, body.decode(chosen, errors="replace")
    sample = body[:_SAMPLE_BYTES]
    if not bom and b"\x00" in sample:
        codec = _bomless_utf16(sample) or ""
    if codec.startswith(("utf-16", "utf-32")):
        try:
            return codec, body.decode(codec)
        except UnicodeDecodeError as error:
            line = len(_LINE_BREAK.findall(body[: error.start].decode(codec, "replace"))) + 1
            message = f"This file is {codec.upper()} text, but line {line} is not."
            raise ImportRefused(
                Refusal.UNDECODABLE, message, encoding=codec.upper(), line=line
            ) from error
    if len(sample) - len(sample.translate(None, _CONTROL)) > len(sample) // 20:
        raise ImportRefused(Refusal.BINARY, _BINARY, not_csv=NotCsv.BINARY)
    try:
        return codec or "utf-8", body.decode("utf-8")
    except UnicodeDecodeError:
        raise _encoding_question(body) from None


_BOMS = (  # UTF-32 first: its little-endian BOM starts with UTF-16's
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_SAMPLE_BROKEN = 8
_SAMPLE_WIDE = 4
_SAMPLE_CHARS = 160


def _encoding_question(body: bytes) -> EncodingChoiceNeeded:
    """The lines that are not UTF-8, and a few non-ASCII ones that are, as UTF-8 and as the
    Windows code page (ISO-8859-1 when a byte is undefined there) would read them."""
    broken: list[int] = []
    wide: list[int] = []
    lines = body.splitlines()  # bytes split only on CR, LF and CRLF, like the CSV reader
    for number, line in enumerate(lines, start=1):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            broken.append(number)
        else:
            if len(wide) < _SAMPLE_WIDE and not line.isascii():
                wide.append(number)
    legacy = "cp1252"
    try:
        body.decode(legacy)
    except UnicodeDecodeError:
        legacy = "latin-1"
    sampled = sorted(broken[:_SAMPLE_BROKEN] + wide)
    readings = [
        Reading(
            codec,
            tuple(
                SampleLine(
                    number,
                    shown(lines[number - 1].decode(codec, "replace")[:_SAMPLE_CHARS]),
                    number not in broken[:_SAMPLE_BROKEN],
                )
                for number in sampled
            ),
        )
        for codec in ("utf-8", legacy)
    ]
    return EncodingChoiceNeeded(broken, readings)


def _bomless_utf16(sample: bytes) -> str | None:
    """UTF-16 without a BOM, told by the NUL half of every mostly-ASCII character."""
    even, odd = sample[0::2], sample[1::2]
    if len(sample) % 2 == 0 and odd.count(0) == len(odd) and 0 not in even:
        return "utf-16-le"
    if len(sample) % 2 == 0 and even.count(0) == len(even) and 0 not in odd:
        return "utf-16-be"
    return None


def _table(text: str, encoding: str, delimiter: str | None) -> Table:
    first_line, _, rest = text.partition("\n")
    start = 1
    if delimiter is None and (sep := _SEP_LINE.match(first_line.strip())):
        # Excel's "sep=;" line names the delimiter; it is a line of the file, not a record.
        delimiter, text, start = sep.group(1), rest, 2
    if delimiter is None:
        delimiter = _sniff(text)
    try:
        records = tuple(_records(text, delimiter, start=start))
    except csv.Error:
        # An unbalanced quote swallowed the rest of the file: read quotes as plain text so
        # that every line is still a record and its problems are reported by line.
        try:
            records = tuple(_records(text, delimiter, quotes=False, start=start))
        except csv.Error as error:  # a line longer than the csv module's field limit
            message = "This file has a line far too long for a CSV file of rows."
            raise ImportRefused(Refusal.BINARY, message, not_csv=NotCsv.LONG_LINE) from error
    if not records:
        raise ImportRefused(Refusal.EMPTY, "The file has no rows.")
    return Table(encoding, delimiter, records)


def _records(text: str, delimiter: str, *, quotes: bool = True, start: int = 1) -> Iterator[Record]:
    """Non-empty records with stripped cells; lines split only on CR, LF and CRLF."""
    lines = io.StringIO(text, newline="")
    if quotes:
        reader = csv.reader(lines, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL)
    else:
        reader = csv.reader(lines, delimiter=delimiter, quoting=csv.QUOTE_NONE)
    consumed = 0
    for row in reader:
        line = start + consumed
        consumed = reader.line_num
        cells = tuple(unguarded_cell(cell.strip()) for cell in row)
        if any(cells):
            # Checked before stripping, which would quietly drop a \x1f or \x85 at an end.
            bad = next((found for cell in row if (found := _BAD_IN_LINE.search(cell))), None)
            if bad is None:
                yield Record(line, cells)
            else:
                unreadable = bad.group() == "\ufffd"
                problem = Problem.UNREADABLE_CHARACTER if unreadable else Problem.CONTROL_CHARACTER
                yield Record(line, cells, problem)


def _sniff(text: str) -> str:
    """The delimiter that splits the first records into the same number (>1) of columns most
    consistently; ``csv.Sniffer`` only breaks ties, as it is easily fooled on its own."""
    sample = "".join(io.StringIO(text[: 64 * 1024], newline="").readlines()[:_SAMPLE_RECORDS])
    scores: dict[str, float] = {}
    for delimiter in DELIMITERS:
        try:
            counts = Counter(
                len(record.cells) for record in islice(_records(sample, delimiter), _SAMPLE_RECORDS)
            )
        except csv.Error:
            continue
        if counts:
            width, often = counts.most_common(1)[0]
            if width > 1:
                scores[delimiter] = often / counts.total()
    if not scores:
        return ","
    best = max(scores.values())
    tied = [d for d in DELIMITERS if scores.get(d) == best]
    if len(tied) > 1:
        try:
            sniffed = csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
        except csv.Error:
            sniffed = ""
        if sniffed in tied:
            return sniffed
    return tied[0]


# ------------------------------------------------------------------ columns

HEADER_NAMES: dict[Column, tuple[str, ...]] = {
    Column.IDENTITY: (
        "email",
        "e-mail",
        "email address",
        "e-mail address",
        "mail",
        "recipient",
        "recipient email",
        "identity",
        "recipient identity",
        "learner email",
        "student email",
        "phone",
        "telephone",
        "url",
    ),
    Column.RECIPIENT_TYPE: ("type", "recipient type", "identity type"),
    Column.NARRATIVE: ("narrative", "note", "notes", "comment", "comments"),
    Column.EVIDENCE_URL: ("evidence", "evidence url", "evidence link", "portfolio"),
    Column.ISSUED_ON: ("issued", "issued on", "issue date", "date", "awarded on"),
    Column.EXPIRES: ("expires", "expiry", "expiry date", "expiration", "expires on"),
}
_BRACKETED = re.compile(r"\([^)]*\)")
_NOT_NAME = re.compile(r"[\W_]+")


def name_key(cell: str) -> str:
    """A header cell without case, spaces, punctuation or a note in brackets."""
    return _NOT_NAME.sub("", _BRACKETED.sub("", cell.lower()))


_KNOWN_NAMES = {name_key(name): column for column, names in HEADER_NAMES.items() for name in names}
_PHONE = re.compile(r"\+?[0-9 ()-]{6,20}\Z")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def looks_like_identity(cell: str) -> bool:
    return bool(
        EMAIL.match(cell)
        or cell.lower().startswith(("http://", "https://"))
        or (
            _PHONE.match(cell) is not None
            and not _ISO_DAY.match(cell)
            and 6 <= sum(c.isdigit() for c in cell) <= 15
        )
    )


def guess_mapping(first: Sequence[str]) -> dict[int, Column] | None:
    """Column index → Column when the first record is a header row, else ``None``.

    A header is a row with at least one known column name and no cell that looks like data
    (an identity or a date): a headerless row may well say ``email`` or ``url`` in its type
    column. The first column of a kind wins when several are named alike."""
    if any(looks_like_identity(cell) or _ISO_DAY.match(cell) for cell in first):
        return None
    mapping: dict[int, Column] = {}
    for index, cell in enumerate(first):
        column = _KNOWN_NAMES.get(name_key(cell))
        if column is not None and column not in mapping.values():
            mapping[index] = column
    return mapping or None


def default_mapping(table: Table) -> tuple[dict[int, Column], bool]:
    """(mapping, has_header) to preset the mapping step: the header's names if there is one,
    else only the identity column, found by what its cells look like (column 0 if unsure)."""
    if not table.records:
        return {0: Column.IDENTITY}, False
    guessed = guess_mapping(table.records[0].cells)
    if guessed is not None:
        return guessed, True
    sample = table.records[:_SAMPLE_RECORDS]
    emails: Counter[int] = Counter()
    identities: Counter[int] = Counter()
    for record in sample:
        for index, cell in enumerate(record.cells):
            if EMAIL.match(cell):
                emails[index] += 1
            if looks_like_identity(cell):
                identities[index] += 1
    for counter in (emails, identities):
        if counter:
            index, hits = counter.most_common(1)[0]
            if hits * 2 > len(sample):
                return {index: Column.IDENTITY}, False
    return {0: Column.IDENTITY}, False


# ------------------------------------------------------------------ rows

_PROBLEM_ORDER = ("recipient_type", "identity", "evidence_url", "issued_on", "expires")
_DATE_COLUMNS = (Column.ISSUED_ON, Column.EXPIRES)


def date_order(table: Table, mapping: Mapping[int, Column], *, has_header: bool) -> ColumnOrder:
    """Whether the dates of the mapped date columns need a day-first or month-first answer,
    or settle it themselves (a day over 12 in any of them)."""
    columns = [index for index, column in mapping.items() if column in _DATE_COLUMNS]
    records = table.records[1:] if has_header else table.records
    return column_order(
        record.cells[index] for record in records for index in columns if index < len(record.cells)
    )


def map_records(
    table: Table,
    mapping: Mapping[int, Column],
    *,
    has_header: bool,
    defaults: BatchDefaults,
    today: date,
    order: DayOrder,
    existing: Iterable[RowFields] = (),
) -> ImportResult:
    """Turn records into rows with the editor's checks; every refused line is reported once,
    with its first problem (or as a duplicate of an earlier or existing recipient). ``order``
    reads numeric dates such as 03/04/2026 (see ``date_order``)."""
    where = {column: index for index, column in sorted(mapping.items(), reverse=True)}
    if Column.IDENTITY not in where:
        raise ImportRefused(
            Refusal.NO_IDENTITY, "No column is chosen as the recipient (email, phone or URL)."
        )
    # Unmapped fields read the last cell of a blank pad, mapped ones past a short record too.
    pad = ("",) * (max(mapping) + 2)
    identity_at = where[Column.IDENTITY]
    type_at = where.get(Column.RECIPIENT_TYPE, -1)
    narrative_at = where.get(Column.NARRATIVE, -1)
    evidence_at = where.get(Column.EVIDENCE_URL, -1)
    issued_at = where.get(Column.ISSUED_ON, -1)
    expires_at = where.get(Column.EXPIRES, -1)
    # A batch repeats a handful of types and dates: each is parsed once.
    kinds: dict[str, str | None] = {}
    days: dict[str, tuple[date | None, bool]] = {}

    def day(text: str) -> tuple[date | None, bool]:
        if (known := days.get(text)) is None:
            try:
                known = days[text] = (read_day(text, order), True)
            except UnreadableDate:
                known = days[text] = (None, False)
        return known

    seen = {identity_key(fields) for fields in existing}
    result = ImportResult(rows=[], lines=[], rejections=[])
    for record in table.records[1:] if has_header else table.records:
        if record.problem is not None:
            value = shown(table.delimiter.join(record.cells))
            result.rejections.append(Rejection(record.line, "", record.problem, value))
            continue
        cells = record.cells + pad
        identity, type_text = cells[identity_at], cells[type_at]
        if not type_text:
            kind = recipient_type_of("", identity)
        elif type_text in kinds:
            kind = kinds[type_text]
        else:
            kind = kinds[type_text] = recipient_type_of(type_text, identity)
        (issued_on, issued_ok), (expires, expires_ok) = (
            day(cells[issued_at]),
            day(cells[expires_at]),
        )
        fields = RowFields(
            identity=identity,
            recipient_type=kind or type_text,
            narrative=cells[narrative_at],
            evidence_url=cells[evidence_at],
            issued_on=issued_on,
            expires=expires,
        )
        problems = row_problems(fields, defaults, today)
        if kind is None or not (issued_ok and expires_ok) or problems:
            if kind is None:
                problems["recipient_type"] = Problem.BAD_RECIPIENT_TYPE
            if not issued_ok:
                problems["issued_on"] = Problem.BAD_DATE
            if not expires_ok:
                problems["expires"] = Problem.BAD_DATE
            name = next(name for name in _PROBLEM_ORDER if name in problems)
            raw = {
                "identity": identity,
                "recipient_type": type_text,
                "evidence_url": cells[evidence_at],
                "issued_on": cells[issued_at],
                "expires": cells[expires_at],
            }
            result.rejections.append(Rejection(record.line, name, problems[name], shown(raw[name])))
            continue
        key = identity_key(fields)
        if key in seen:
            result.rejections.append(
                Rejection(record.line, "identity", Problem.DUPLICATE, identity)
            )
            continue
        seen.add(key)
        result.rows.append(fields)
        result.lines.append(record.line)
    return result


async def save_rejections(
    path: Path, header: Sequence[str], rows: Iterable[tuple[str, str, str, str]]
) -> int:
    """Write the rejected lines of an import (line, field, why, value) as CSV, off the event
    loop; returns how many rows were written."""
    lines = list(rows)
    return await asyncio.to_thread(write_csv, path, header, lines)
