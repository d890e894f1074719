"""The local store: migrations, audit log and offline cache, on real files in tmp_path."""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from badgedesk.api.models import AssertionRow, BadgeClass, Issuer
from badgedesk.core.audit import AuditEntry
from badgedesk.store import SCHEMA_VERSION, AuditLog, Cache, StoreError, open_database
from badgedesk.store.database import MIGRATIONS, transaction
from tests.clocks import TickingClock


def cached_issuers(cache: Cache, profile: str) -> list[Issuer]:
    """What the catalogue service reads back: the cache keeps JSON, decoded by the model."""
    return [Issuer.from_json(data) for data in cache.issuers(profile)]


def cached_badgeclasses(
    cache: Cache, profile: str, issuer_id: str | None = None
) -> list[BadgeClass]:
    return [BadgeClass.from_json(data) for data in cache.badgeclasses(profile, issuer_id)]


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    connection = open_database(tmp_path / "badgedesk.sqlite3")
    yield connection
    connection.close()


def _version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _tables(conn: sqlite3.Connection) -> set[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {row[0] for row in rows}


def _build_at_version(path: Path, k: int) -> None:
    """A file as BadgeDesk left it at schema version ``k``, with a row where a table exists."""
    conn = sqlite3.connect(path)
    for script in MIGRATIONS[:k]:
        conn.executescript(script)
    conn.execute(f"PRAGMA user_version = {k}")
    if k >= 1:
        conn.execute(
            "INSERT INTO audit_log (at, profile, user, operation, target, outcome, detail)"
            " VALUES ('2024-01-02T03:04:05.000Z', 'Old', 'ann', 'award', 'bc1', 'ok', 'v1 row')"
        )
    if k >= 2:
        conn.execute(
            "INSERT INTO cache_issuers (profile, entity_id, name, json) VALUES (?, ?, ?, ?)",
            ("Old", "iss1", "Old issuer", '{"entityId": "iss1", "name": "Old issuer"}'),
        )
    conn.commit()
    conn.close()


# --- database -------------------------------------------------------------------------------


def test_fresh_file_is_current_and_wal(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "dir" / "badgedesk.sqlite3"
    conn = open_database(path)
    try:
        assert path.exists()
        assert SCHEMA_VERSION == len(MIGRATIONS) >= 2
        assert _version(conn) == SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] > 0
        assert {"audit_log", "cache_issuers", "cache_badgeclasses"} <= _tables(conn)
        assert isinstance(conn.execute("SELECT 1 AS one").fetchone(), sqlite3.Row)
    finally:
        conn.close()


def test_reopening_keeps_version(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    open_database(path).close()
    conn = open_database(path)
    assert _version(conn) == SCHEMA_VERSION
    conn.close()


def test_migrates_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    path.write_bytes(b"")
    conn = open_database(path)
    assert _version(conn) == SCHEMA_VERSION
    assert {"audit_log", "cache_issuers", "cache_badgeclasses"} <= _tables(conn)
    conn.close()


@pytest.mark.parametrize("k", range(SCHEMA_VERSION))
def test_migrates_from_each_earlier_version(tmp_path: Path, k: int) -> None:
    path = tmp_path / "db.sqlite3"
    _build_at_version(path, k)
    conn = open_database(path)
    try:
        assert _version(conn) == SCHEMA_VERSION
        assert {"audit_log", "cache_issuers", "cache_badgeclasses"} <= _tables(conn)
        details = [r["detail"] for r in conn.execute("SELECT detail FROM audit_log")]
        assert details == (["v1 row"] if k >= 1 else [])
        cached = [i.name for i in cached_issuers(Cache(conn), "Old")]
        assert cached == (["Old issuer"] if k >= 2 else [])
    finally:
        conn.close()


def test_newer_file_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE future (x)")
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.commit()
    raw.close()
    before = path.read_bytes()

    with pytest.raises(StoreError, match="newer BadgeDesk"):
        open_database(path)

    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["db.sqlite3"]


def test_not_a_database_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError):
        open_database(path)


def test_failed_migration_rolls_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "db.sqlite3"
    _build_at_version(path, 1)
    broken = [*MIGRATIONS[:1], "CREATE TABLE half_done (x);\nTHIS IS NOT SQL;\n"]
    monkeypatch.setattr("badgedesk.store.database.MIGRATIONS", broken)
    with pytest.raises(StoreError):
        open_database(path)
    raw = sqlite3.connect(path)
    assert _version(raw) == 1
    assert "half_done" not in _tables(raw)
    raw.close()


def test_transaction_commits_and_rolls_back(tmp_path: Path) -> None:
    conn = open_database(tmp_path / "db.sqlite3")
    conn.execute("CREATE TABLE t (x)")
    with transaction(conn):
        conn.execute("INSERT INTO t VALUES (1)")

    def insert_then_fail(x: int) -> None:
        with transaction(conn):
            conn.execute("INSERT INTO t VALUES (?)", (x,))
            raise RuntimeError

    with pytest.raises(RuntimeError):
        insert_then_fail(2)
    with transaction(conn):
        conn.execute("INSERT INTO t VALUES (3)")
        with pytest.raises(RuntimeError):
            insert_then_fail(4)  # nested: rolls back to the savepoint only
    assert [r[0] for r in conn.execute("SELECT x FROM t ORDER BY x")] == [1, 3]
    assert not conn.in_transaction
    conn.close()


# --- audit log ------------------------------------------------------------------------------


def test_audit_record_and_entries(conn: sqlite3.Connection) -> None:
    log = AuditLog(conn, clock=TickingClock(datetime(2025, 3, 4, 5, 6, 7, tzinfo=UTC)))
    first = log.record(
        profile="EU", user="ann@example.org", operation="award", target="bc1", outcome="ok"
    )
    second = log.record(
        profile="US",
        user=None,
        operation="revoke",
        target="as1",
        outcome="failed",
        detail="HTTP 400: reason required",
    )
    third = log.record(profile="EU", user="bob", operation="edit", target="as2", outcome="unknown")
    assert first < second < third

    entries = log.entries()
    assert [e.id for e in entries] == [third, second, first]
    assert entries[1] == AuditEntry(
        id=second,
        at=datetime(2025, 3, 4, 5, 6, 9, tzinfo=UTC),
        profile="US",
        user=None,
        operation="revoke",
        target="as1",
        outcome="failed",
        detail="HTTP 400: reason required",
    )
    assert all(e.at.tzinfo is not None for e in entries)
    assert [e.id for e in log.entries(limit=2)] == [third, second]
    assert [e.id for e in log.entries(profile="EU")] == [third, first]
    assert [e.id for e in log.entries(profile="EU", limit=1)] == [third]
    assert log.entries(profile="nobody") == []
    raw = conn.execute("SELECT at FROM audit_log WHERE id = ?", (first,)).fetchone()[0]
    assert raw == "2025-03-04T05:06:08.000Z"


def test_audit_default_clock_is_utc_now(conn: sqlite3.Connection) -> None:
    log = AuditLog(conn)
    before = datetime.now(UTC) - timedelta(seconds=1)
    log.record(profile="EU", user="ann", operation="award", target="bc1", outcome="ok")
    (entry,) = log.entries()
    assert before <= entry.at <= datetime.now(UTC) + timedelta(seconds=1)
    assert entry.at.utcoffset() == timedelta(0)


@pytest.mark.parametrize("field", ["target", "detail"])
def test_audit_refuses_tokens(conn: sqlite3.Connection, field: str) -> None:
    log = AuditLog(conn)
    values = {"target": "bc1", "detail": ""}
    values[field] = "Authorization: Bearer abc.def.ghi-jkl"
    with pytest.raises(ValueError, match="secret"):
        log.record(profile="EU", user="ann", operation="award", outcome="ok", **values)
    assert log.entries() == []


def test_audit_accepts_the_word_bearer_in_names(conn: sqlite3.Connection) -> None:
    log = AuditLog(conn)
    log.record(
        profile="EU", user="ann", operation="award", target="Flag Bearer Award", outcome="ok"
    )
    assert log.entries()[0].target == "Flag Bearer Award"


def test_audit_export_csv(conn: sqlite3.Connection, tmp_path: Path) -> None:
    log = AuditLog(conn, clock=TickingClock(datetime(2025, 3, 4, 5, 6, 7, tzinfo=UTC)))
    log.record(profile="EU", user="ann", operation="award", target="bc1", outcome="ok")
    log.record(
        profile="US",
        user=None,
        operation="revoke",
        target='=HYPERLINK("x")',
        outcome="failed",
        detail='Zoë said "no",\nthen left',
    )
    out = tmp_path / "export" / "audit.csv"
    out.parent.mkdir()
    out.write_text("old export")

    assert log.export_csv(out) == 2

    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows == [
        ["when", "profile", "user", "operation", "target", "outcome", "detail"],
        ["2025-03-04T05:06:08.000Z", "EU", "ann", "award", "bc1", "ok", ""],
        [
            "2025-03-04T05:06:09.000Z",
            "US",
            "",
            "revoke",
            '\'=HYPERLINK("x")',
            "failed",
            'Zoë said "no",\nthen left',
        ],
    ]
    assert [p.name for p in out.parent.iterdir()] == ["audit.csv"]


def test_audit_export_empty_log(conn: sqlite3.Connection, tmp_path: Path) -> None:
    out = tmp_path / "audit.csv"
    assert AuditLog(conn).export_csv(out) == 0
    with out.open(encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle)) == [
            ["when", "profile", "user", "operation", "target", "outcome", "detail"]
        ]


def test_audit_export_failure_leaves_no_temp_file(conn: sqlite3.Connection, tmp_path: Path) -> None:
    target = tmp_path / "is_a_dir.csv"
    target.mkdir()
    AuditLog(conn).record(profile="EU", user="a", operation="award", target="t", outcome="ok")
    with pytest.raises(IsADirectoryError):
        AuditLog(conn).export_csv(target)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


# --- cache ----------------------------------------------------------------------------------


def _issuer(entity_id: str, name: str, **extra: object) -> Issuer:
    return Issuer.from_json({"entityId": entity_id, "entityType": "Issuer", "name": name, **extra})


def _badgeclass(entity_id: str, name: str, issuer: str, **extra: object) -> BadgeClass:
    return BadgeClass.from_json(
        {"entityId": entity_id, "entityType": "BadgeClass", "name": name, "issuer": issuer, **extra}
    )


def test_cache_round_trip_keeps_unknown_fields(conn: sqlite3.Connection) -> None:
    cache = Cache(conn, clock=TickingClock(datetime(2025, 3, 4, 5, 6, 7, tzinfo=UTC)))
    issuers = [
        _issuer("iss2", "zeta college", futureField={"nested": [1, 2]}),
        _issuer("iss1", "Alpha Academy"),
    ]
    classes = [
        _badgeclass("bc3", "Welding", "iss2"),
        _badgeclass("bc1", "Chemistry ünit", "iss1", createdAt="2024-05-06T07:08:09Z"),
        _badgeclass("bc2", "astronomy", "iss1", newThing=True, tags=["a", "b"]),
    ]
    assert cache.refreshed_at("EU") is None

    cache.replace_issuers("EU", issuers, classes)

    got = cached_issuers(cache, "EU")
    assert [i.name for i in got] == ["Alpha Academy", "zeta college"]
    assert got[1].extra == {"futureField": {"nested": [1, 2]}}
    assert got[1].to_json() == issuers[0].to_json()
    assert [b.key for b in cached_badgeclasses(cache, "EU")] == ["bc2", "bc1", "bc3"]
    iss1 = cached_badgeclasses(cache, "EU", issuer_id="iss1")
    assert [b.name for b in iss1] == ["astronomy", "Chemistry ünit"]
    assert iss1[0].extra == {"newThing": True}
    assert iss1[0].tags == ["a", "b"]
    assert iss1[1].created_at == datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)
    assert [b.to_json() for b in iss1] == [classes[2].to_json(), classes[1].to_json()]
    assert cached_badgeclasses(cache, "EU", issuer_id="nope") == []
    assert cache.refreshed_at("EU") == datetime(2025, 3, 4, 5, 6, 8, tzinfo=UTC)


def test_cache_replace_is_per_profile(conn: sqlite3.Connection) -> None:
    cache = Cache(conn, clock=TickingClock(datetime(2025, 3, 4, 5, 6, 7, tzinfo=UTC)))
    cache.replace_issuers("EU", [_issuer("iss1", "EU one")], [_badgeclass("bc1", "B", "iss1")])
    cache.replace_issuers("US", [_issuer("iss1", "US one")], [_badgeclass("bc9", "C", "iss1")])
    cache.replace_issuers("EU", [_issuer("iss5", "EU five")], [])

    assert [i.name for i in cached_issuers(cache, "EU")] == ["EU five"]
    assert cached_badgeclasses(cache, "EU") == []
    assert [i.name for i in cached_issuers(cache, "US")] == ["US one"]
    assert [b.key for b in cached_badgeclasses(cache, "US", "iss1")] == ["bc9"]
    assert cached_issuers(cache, "Other") == []
    eu, us = cache.refreshed_at("EU"), cache.refreshed_at("US")
    assert eu is not None
    assert us is not None
    assert eu > us


def test_cache_replace_failure_keeps_old_data(conn: sqlite3.Connection) -> None:
    cache = Cache(conn)
    cache.replace_issuers("EU", [_issuer("iss1", "Kept")], [])
    before = cache.refreshed_at("EU")
    with pytest.raises(ValueError, match="without entityId"):
        cache.replace_issuers("EU", [_issuer("iss2", "New"), Issuer(name="no id")], [])
    assert [i.name for i in cached_issuers(cache, "EU")] == ["Kept"]
    assert cache.refreshed_at("EU") == before


def test_cache_duplicate_ids_last_wins(conn: sqlite3.Connection) -> None:
    cache = Cache(conn)
    cache.replace_issuers("EU", [_issuer("iss1", "First"), _issuer("iss1", "Second")], [])
    assert [i.name for i in cached_issuers(cache, "EU")] == ["Second"]


# --- two connections (WAL) ------------------------------------------------------------------


def test_second_connection_sees_committed_data(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    writer = open_database(path)
    reader = open_database(path)
    try:
        AuditLog(writer).record(
            profile="EU", user="ann", operation="award", target="bc1", outcome="ok"
        )
        Cache(writer).replace_issuers("EU", [_issuer("iss1", "Shared")], [])
        assert [e.target for e in AuditLog(reader).entries()] == ["bc1"]
        assert [i.name for i in cached_issuers(Cache(reader), "EU")] == ["Shared"]

        # While the writer holds an open transaction, the reader still sees the last commit.
        with transaction(writer):
            Cache(writer).replace_issuers("EU", [_issuer("iss2", "Pending")], [])
            assert [i.name for i in cached_issuers(Cache(reader), "EU")] == ["Shared"]
        assert [i.name for i in cached_issuers(Cache(reader), "EU")] == ["Pending"]
        assert (tmp_path / "db.sqlite3-wal").exists()
    finally:
        writer.close()
        reader.close()


def test_one_first_page_is_kept_per_profile_and_read_back_as_rows(
    conn: sqlite3.Connection,
) -> None:
    """The first page last loaded (issue 25): rows written as the API's JSON come back equal;
    a later page of the same profile takes the place of the one before."""
    cache = Cache(conn)
    row = AssertionRow(
        entity_id="a1",
        recipient="ada@example.org",
        recipient_type="email",
        badgeclass="bc1",
        issued_on=datetime(2025, 3, 1, 9, 30, tzinfo=UTC),
        expires=None,
        revoked=True,
        acceptance="Accepted",
        narrative="Ran the first aid course",
        revocation_reason="Issued in error",
    )
    cache.keep_first_page("Campus", "bc1", [row.to_json()])
    cache.keep_first_page("Other", "bc9", [])
    kept = cache.first_page("Campus", "bc1")
    assert kept is not None
    assert [AssertionRow.from_json(data) for data in kept] == [row]
    assert cache.first_page("Campus", "bc2") is None, "only the query it was kept for"

    cache.keep_first_page("Campus", "bc2", [])
    assert cache.first_page("Campus", "bc1") is None, "replaced by the later page"
    assert cache.first_page("Campus", "bc2") == []
    assert cache.first_page("Other", "bc9") == []
