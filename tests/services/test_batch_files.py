"""Batch files handed between colleagues, and the results CSV, on real files in tmp_path."""

from __future__ import annotations

import csv
import json
import os
import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from badgedesk.core.batches import BadgeClassChoice, BatchDefaults, RowFields
from badgedesk.core.states import RowState
from badgedesk.services.batch_files import (
    FORMAT,
    RESULTS_HEADER,
    SUFFIX,
    VERSION,
    BatchFile,
    BatchFileRefused,
    batch_file_json,
    read_batch_file,
    write_batch_file,
    write_results_csv,
)
from badgedesk.services.batch_rows import row_problems
from badgedesk.services.validation import Problem
from badgedesk.store import open_database
from badgedesk.store.drafts import DraftStore

NOW = datetime(2026, 5, 4, 3, 2, 1, tzinfo=UTC)
CHOICE = BadgeClassChoice("bc-1", "Première aide «Level 1»", "Ünïversity")
DEFAULTS = BatchDefaults(
    narrative="Completed the course",
    evidence_url="https://example.org/evidence",
    evidence_narrative="Attendance sheet",
    issued_on=date(2026, 4, 1),
    expires=date(2028, 4, 1),
    allow_duplicate_awards=True,
    notify=True,
)
FIELDS = [
    RowFields("ann@example.org"),
    RowFields(
        "https://example.org/bob",
        recipient_type="url",
        narrative="Bob's narrative",
        evidence_url="https://example.org/bob/evidence",
        issued_on=date(2026, 3, 2),
        expires=date(2027, 3, 2),
    ),
    RowFields("+44 20 7946 0000", recipient_type="telephone"),
    RowFields("not an email", narrative="kept: the editor marks it"),
]


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    connection = open_database(tmp_path / "x.sqlite3")
    yield connection
    connection.close()


@pytest.fixture
def store(conn: sqlite3.Connection) -> DraftStore:
    return DraftStore(conn)


ROW = {"identity": "ann@example.org", "recipientType": "email"}


def _document(**overrides: Any) -> dict[str, Any]:
    document: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "name": "Spring cohort",
        "badgeclass": None,
        "defaults": {},
        "rows": [{"identity": "ann@example.org", "recipientType": "email"}],
    }
    document.update(overrides)
    return document


def _write(path: Path, document: Any) -> Path:
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def _refusal(path: Path) -> BatchFileRefused:
    with pytest.raises(BatchFileRefused) as info:
        read_batch_file(path)
    return info.value


# ------------------------------------------------------------------ round trip


def test_round_trip_keeps_everything_but_awarded_rows(store: DraftStore, tmp_path: Path) -> None:
    batch = store.create_batch("Prod", "Spring cohort", CHOICE, DEFAULTS)
    rows = store.add_rows(batch.id, FIELDS)
    awarded = store.settle_row(rows[1].id, RowState.AWARDED, entity_id="abc")
    store.settle_row(rows[2].id, RowState.FAILED, error="Bad phone", retriable=False)
    path = tmp_path / f"spring{SUFFIX}"

    written = write_batch_file(path, store.batch(batch.id), store.rows(batch.id), now=NOW)

    assert written == 3
    loaded = read_batch_file(path)
    assert loaded == BatchFile(
        name="Spring cohort",
        badgeclass=CHOICE,
        defaults=DEFAULTS,
        rows=[FIELDS[0], FIELDS[2], FIELDS[3]],
    )
    assert awarded.fields not in loaded.rows


def test_round_trip_without_badgeclass_or_defaults(store: DraftStore, tmp_path: Path) -> None:
    batch = store.create_batch("Prod", "")
    path = tmp_path / f"empty{SUFFIX}"
    assert write_batch_file(path, batch, []) == 0
    assert read_batch_file(path) == BatchFile("", None, BatchDefaults(), [])


def test_file_json_shape(store: DraftStore, tmp_path: Path) -> None:
    batch = store.create_batch("Prod", "Spring", CHOICE, DEFAULTS)
    rows = store.add_rows(batch.id, FIELDS[:2])
    path = tmp_path / f"b{SUFFIX}"
    write_batch_file(path, batch, rows, now=NOW)
    text = path.read_text(encoding="utf-8")
    assert "Première aide «Level 1»" in text  # readable, not \u-escaped
    assert '\n  "version": 1,' in text  # indent=2
    document = json.loads(text)
    assert document == batch_file_json(batch, rows, now=NOW)
    assert document == {
        "format": "badgedesk.batch",
        "version": 1,
        "name": "Spring",
        "badgeclass": {"entityId": "bc-1", "name": CHOICE.name, "issuerName": "Ünïversity"},
        "defaults": {
            "narrative": "Completed the course",
            "evidenceUrl": "https://example.org/evidence",
            "evidenceNarrative": "Attendance sheet",
            "issuedOn": "2026-04-01",
            "expires": "2028-04-01",
            "allowDuplicateAwards": True,
            "notify": True,
        },
        "rows": [
            {
                "identity": "ann@example.org",
                "recipientType": "email",
                "narrative": "",
                "evidenceUrl": "",
                "issuedOn": None,
                "expires": None,
            },
            {
                "identity": "https://example.org/bob",
                "recipientType": "url",
                "narrative": "Bob's narrative",
                "evidenceUrl": "https://example.org/bob/evidence",
                "issuedOn": "2026-03-02",
                "expires": "2027-03-02",
            },
        ],
        "exportedAt": "2026-05-04T03:02:01.000Z",
    }


def test_exported_at_defaults_to_now(store: DraftStore) -> None:
    batch = store.create_batch("Prod", "b")
    before = datetime.now(UTC)
    stamp = datetime.fromisoformat(batch_file_json(batch, [])["exportedAt"])
    assert before.replace(microsecond=0) <= stamp <= datetime.now(UTC)


# ------------------------------------------------------------------ atomic writing


def test_write_replaces_existing_file_and_leaves_no_temp(store: DraftStore, tmp_path: Path) -> None:
    batch = store.create_batch("Prod", "b")
    rows = store.add_rows(batch.id, FIELDS[:1])
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / f"b{SUFFIX}"
    path.write_text("old content, longer than the new one " * 1000, encoding="utf-8")

    assert write_batch_file(path, batch, rows) == 1

    assert [p.name for p in folder.iterdir()] == [path.name]
    assert read_batch_file(path).rows == FIELDS[:1]


def test_failed_write_keeps_old_file_and_leaves_no_temp(
    store: DraftStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    batch = store.create_batch("Prod", "b")
    rows = store.add_rows(batch.id, FIELDS[:1])
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / f"b{SUFFIX}"
    path.write_text("old", encoding="utf-8")

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="No space"):
        write_batch_file(path, batch, rows)

    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in folder.iterdir()] == [path.name]


# ------------------------------------------------------------------ refusals


def test_unreadable_file_is_refused(tmp_path: Path) -> None:
    missing = _refusal(tmp_path / f"gone{SUFFIX}")
    assert str(missing).startswith(f"gone{SUFFIX} cannot be read: ")
    assert "No such file" in str(missing)
    assert "cannot be read" in str(_refusal(tmp_path))  # a folder


def test_too_large_file_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path / f"big{SUFFIX}", _document())
    size = path.stat().st_size
    with pytest.raises(BatchFileRefused, match="too large"):
        read_batch_file(path, max_bytes=size - 1)
    assert read_batch_file(path, max_bytes=size).name == "Spring cohort"


def test_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / f"image{SUFFIX}"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe")
    assert str(_refusal(path)) == (
        f"image{SUFFIX} is not a BadgeDesk batch file: it is not UTF-8 text."
    )


def test_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / f"e{SUFFIX}"
    path.write_bytes(b" \n")
    assert str(_refusal(path)) == f"e{SUFFIX} is not a BadgeDesk batch file: it is empty."


def test_truncated_json_is_refused_with_its_place(tmp_path: Path) -> None:
    path = tmp_path / f"cut{SUFFIX}"
    text = json.dumps(_document(), indent=2)
    path.write_text(text[: len(text) // 2], encoding="utf-8")
    refusal = _refusal(path)
    assert str(refusal).startswith(
        f"cut{SUFFIX} is not a BadgeDesk batch file: it is not JSON (line "
    )
    assert str(refusal).endswith(")."), str(refusal)
    assert ", column " in str(refusal)
    assert refusal.where == ""


def test_json_error_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / f"bad{SUFFIX}"
    path.write_text('{\n  "format": "badgedesk.batch",\n  oops\n}', encoding="utf-8")
    assert "it is not JSON (line 3, column 3)." in str(_refusal(path))


def test_absurdly_nested_json_is_refused(tmp_path: Path) -> None:
    path = tmp_path / f"deep{SUFFIX}"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert str(_refusal(path)) == (
        f"deep{SUFFIX} is not a BadgeDesk batch file: its JSON is nested far too deeply."
    )


def test_absurdly_long_number_is_refused(tmp_path: Path) -> None:
    path = tmp_path / f"long{SUFFIX}"
    path.write_text('{"format": "badgedesk.batch", "version": 1' + "0" * 5000 + "}", "utf-8")
    assert str(_refusal(path)) == (
        f"long{SUFFIX} is not a BadgeDesk batch file: its JSON holds a number far too long."
    )


def test_lone_surrogate_is_refused(tmp_path: Path) -> None:
    path = tmp_path / f"s{SUFFIX}"
    path.write_text(json.dumps(_document(rows=[{**ROW, "narrative": "\ud800"}])), "utf-8")
    refusal = _refusal(path)
    assert refusal.where == "rows[0].narrative"
    assert "broken character" in str(refusal)


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / f"bom{SUFFIX}"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(_document()).encode())
    assert read_batch_file(path).name == "Spring cohort"


@pytest.mark.parametrize(
    "document",
    [
        [1, 2, 3],
        "badgedesk.batch",
        None,
        {},
        {"format": "other"},
        {"format": None, "version": 1, "rows": []},
        {
            "@context": "https://w3id.org/openbadges/v2",
            "type": "Assertion",
            "id": "https://example.org/assertions/1",
            "recipient": {"type": "email", "identity": "ann@example.org", "hashed": False},
            "badge": "https://example.org/badges/1",
        },
    ],
    ids=["list", "string", "null", "empty-object", "other-format", "null-format", "assertion"],
)
def test_json_that_is_not_a_batch_is_refused(tmp_path: Path, document: Any) -> None:
    path = _write(tmp_path / f"x{SUFFIX}", document)
    assert str(_refusal(path)) == f"x{SUFFIX} is not a BadgeDesk batch file."


def test_newer_version_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path / f"n{SUFFIX}", _document(version=99, rows="future shape"))
    message = str(_refusal(path))
    assert "made by a newer BadgeDesk" in message
    assert "99" in message
    assert "Update BadgeDesk" in message


@pytest.mark.parametrize(
    ("version", "problem"),
    [
        (0, "must be a whole number from 1, not 0"),
        ("1", "must be a whole number from 1, not text"),
        (1.5, "must be a whole number from 1, not a number"),
        (True, "must be a whole number from 1, not true"),
        (None, "must be a whole number from 1, not null"),
    ],
)
def test_bad_version_is_refused(tmp_path: Path, version: Any, problem: str) -> None:
    refusal = _refusal(_write(tmp_path / f"v{SUFFIX}", _document(version=version)))
    assert str(refusal) == f"v{SUFFIX} cannot be opened: version {problem}."
    assert refusal.where == "version"


def test_missing_version_is_refused(tmp_path: Path) -> None:
    document = _document()
    del document["version"]
    refusal = _refusal(_write(tmp_path / f"v{SUFFIX}", document))
    assert str(refusal) == f"v{SUFFIX} cannot be opened: version is missing."


@pytest.mark.parametrize(
    ("overrides", "where", "problem"),
    [
        ({"name": 5}, "name", "must be text, not a number"),
        ({"name": None}, "name", "must be text, not null"),
        ({"rows": {"0": ROW}}, "rows", "must be a list, not an object"),
        ({"rows": None}, "rows", "must be a list, not null"),
        ({"rows": [ROW, ROW, ROW, "ann@example.org"]}, "rows[3]", "must be an object, not text"),
        (
            {"rows": [ROW, ROW, ROW, {"identity": 5}]},
            "rows[3].identity",
            "must be text, not a number",
        ),
        ({"rows": [{"recipientType": "email"}]}, "rows[0].identity", "is missing"),
        (
            {"rows": [ROW, {**ROW, "issuedOn": "03/01/2026"}]},
            "rows[1].issuedOn",
            'must be a date written YYYY-MM-DD, not "03/01/2026"',
        ),
        (
            {"rows": [{**ROW, "expires": "2026-02-30"}]},
            "rows[0].expires",
            'must be a date written YYYY-MM-DD, not "2026-02-30"',
        ),
        (
            {"rows": [{**ROW, "expires": "2026-02-03T10:00:00Z"}]},
            "rows[0].expires",
            'must be a date written YYYY-MM-DD, not "2026-02-03T10:00:00Z"',
        ),
        (
            {"rows": [{**ROW, "expires": "20260203"}]},
            "rows[0].expires",
            'must be a date written YYYY-MM-DD, not "20260203"',
        ),
        (
            {"rows": [{**ROW, "issuedOn": 20260203}]},
            "rows[0].issuedOn",
            "must be a date written YYYY-MM-DD, not a number",
        ),
        (
            {"rows": [{**ROW, "recipientType": "fax"}]},
            "rows[0].recipientType",
            'must be one of email, url, telephone, openBadgeId, not "fax"',
        ),
        (
            {"rows": [{**ROW, "recipientType": "Email"}]},
            "rows[0].recipientType",
            'must be one of email, url, telephone, openBadgeId, not "Email"',
        ),
        (
            {"rows": [{**ROW, "recipientType": ["email"]}]},
            "rows[0].recipientType",
            "must be text, not a list",
        ),
        ({"rows": [{**ROW, "narrative": 1}]}, "rows[0].narrative", "must be text, not a number"),
        (
            {"rows": [{**ROW, "evidenceUrl": {}}]},
            "rows[0].evidenceUrl",
            "must be text, not an object",
        ),
        ({"defaults": []}, "defaults", "must be an object, not a list"),
        ({"defaults": {"notify": "yes"}}, "defaults.notify", "must be true or false, not text"),
        (
            {"defaults": {"allowDuplicateAwards": 1}},
            "defaults.allowDuplicateAwards",
            "must be true or false, not a number",
        ),
        (
            {"defaults": {"issuedOn": "tomorrow"}},
            "defaults.issuedOn",
            'must be a date written YYYY-MM-DD, not "tomorrow"',
        ),
        (
            {"defaults": {"evidenceNarrative": False}},
            "defaults.evidenceNarrative",
            "must be text, not false",
        ),
        ({"badgeclass": "bc-1"}, "badgeclass", "must be an object, not text"),
        ({"badgeclass": {"name": "First aid"}}, "badgeclass.entityId", "is missing"),
        ({"badgeclass": {"entityId": ""}}, "badgeclass.entityId", "must not be empty"),
        (
            {"badgeclass": {"entityId": "bc", "issuerName": 3}},
            "badgeclass.issuerName",
            "must be text, not a number",
        ),
    ],
)
def test_wrong_values_are_refused_by_path(
    tmp_path: Path, overrides: dict[str, Any], where: str, problem: str
) -> None:
    refusal = _refusal(_write(tmp_path / f"w{SUFFIX}", _document(**overrides)))
    assert str(refusal) == f"w{SUFFIX} cannot be opened: {where} {problem}."
    assert refusal.where == where


def test_long_bad_values_are_shortened(tmp_path: Path) -> None:
    path = _write(tmp_path / f"w{SUFFIX}", _document(rows=[{**ROW, "issuedOn": "x" * 10_000}]))
    assert len(str(_refusal(path))) < 200


def test_missing_name_is_refused(tmp_path: Path) -> None:
    document = _document()
    del document["name"]
    refusal = _refusal(_write(tmp_path / f"w{SUFFIX}", document))
    assert str(refusal) == f"w{SUFFIX} cannot be opened: name is missing."


# ------------------------------------------------------------------ leniency


def test_unknown_keys_are_ignored(tmp_path: Path) -> None:
    document = _document(
        futureTopLevel={"anything": [1, 2]},
        badgeclass={"entityId": "bc-1", "name": "First aid", "issuerName": "", "colour": "red"},
        defaults={"narrative": "n", "futureDefault": 3},
        rows=[{**ROW, "tags": ["a"], "state": "awarded", "entityId": "zzz"}],
        exportedAt="not even a date",
    )
    loaded = read_batch_file(_write(tmp_path / f"f{SUFFIX}", document))
    assert loaded == BatchFile(
        name="Spring cohort",
        badgeclass=BadgeClassChoice("bc-1", "First aid", ""),
        defaults=BatchDefaults(narrative="n", notify=False),
        rows=[RowFields("ann@example.org", "email")],
    )


def test_optional_values_may_be_missing_or_null(tmp_path: Path) -> None:
    document = _document(
        badgeclass={"entityId": "bc-1", "name": None},
        defaults={"narrative": None, "issuedOn": None, "notify": None},
        rows=[
            {"identity": "ann@example.org", "narrative": None, "issuedOn": None},
            {"identity": "https://example.org/bob", "recipientType": None},
            {"identity": "+44 20 7946 0000"},
        ],
    )
    del document["defaults"]
    loaded = read_batch_file(_write(tmp_path / f"o{SUFFIX}", document))
    assert loaded.badgeclass == BadgeClassChoice("bc-1", "", "")
    assert loaded.defaults == BatchDefaults(notify=False)  # a file that does not ask
    assert loaded.rows == [
        RowFields("ann@example.org", "email"),
        RowFields("https://example.org/bob", "url"),
        RowFields("+44 20 7946 0000", "telephone"),
    ]


def test_row_content_is_not_judged_here(tmp_path: Path) -> None:
    rows = [
        {"identity": "", "recipientType": "email"},
        {"identity": "not an email", "recipientType": "email", "evidenceUrl": "ftp://x"},
        {**ROW, "issuedOn": "2999-01-01", "expires": "2000-01-01"},
    ]
    loaded = read_batch_file(_write(tmp_path / f"c{SUFFIX}", _document(rows=rows)))
    assert [row.identity for row in loaded.rows] == ["", "not an email", "ann@example.org"]
    assert loaded.rows[2].issued_on == date(2999, 1, 1)


# ------------------------------------------------------------------ results CSV


def test_results_csv(store: DraftStore, tmp_path: Path) -> None:
    batch = store.create_batch("Prod", "b")
    rows = store.add_rows(
        batch.id,
        [
            RowFields("ann@example.org"),
            RowFields("=cmd|' /C calc'!A0"),
            RowFields("https://example.org/c", recipient_type="url"),
            RowFields("dave@example.org"),
            RowFields("eve@example.org"),
        ],
    )
    store.settle_row(rows[0].id, RowState.AWARDED, entity_id="ent-1")
    store.settle_row(
        rows[4].id,
        RowState.HELD,
        entity_id="ent-0",
        held_since=datetime(2026, 9, 1, 8, 30, tzinfo=UTC),
    )
    store.settle_row(rows[1].id, RowState.FAILED, error="-not an email", retriable=False)
    store.mark_sending(rows[2].id)
    path = tmp_path / "results.csv"

    assert write_results_csv(path, store.rows(batch.id)) == 5

    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))
    assert tuple(lines[0]) == RESULTS_HEADER
    assert lines[1:] == [
        ["ann@example.org", "email", "awarded", "ent-1", "", ""],
        ["'=cmd|' /C calc'!A0", "email", "failed", "", "'-not an email", ""],
        ["https://example.org/c", "url", "sending", "", "", ""],
        ["dave@example.org", "email", "pending", "", "", ""],
        ["eve@example.org", "email", "already held", "ent-0", "", "2026-09-01T08:30:00.000Z"],
    ]
    assert [p.name for p in tmp_path.iterdir() if p.suffix in (".csv", ".tmp")] == ["results.csv"]


def test_results_csv_of_no_rows(tmp_path: Path) -> None:
    path = tmp_path / "results.csv"
    path.write_text("old", encoding="utf-8")
    assert write_results_csv(path, []) == 0
    with path.open(encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle)) == [list(RESULTS_HEADER)]


def test_a_zero_width_space_in_a_batch_file_identity_is_marked_and_never_sent(
    tmp_path: Path,
) -> None:
    """Rows are not refused on reading (the editor marks them), but the same identity check
    the editor, import and submission use finds it."""
    rows = [{"identity": "ann\u200b@example.org", "recipientType": "email"}]
    loaded = read_batch_file(_write(tmp_path / f"z{SUFFIX}", _document(rows=rows)))
    assert loaded.rows[0].identity == "ann\u200b@example.org"
    problems = row_problems(loaded.rows[0], loaded.defaults, date(2026, 6, 1))
    assert problems == {"identity": Problem.INVISIBLE_CHARACTER}
