"""Importing revocation rows (assertion entityIds, or recipients and a badge class) from CSV."""

from __future__ import annotations

import base64
import random
import time

import pytest

from badgedesk.core.batches import RevocationTarget
from badgedesk.core.states import Match
from badgedesk.services.revocation_import import (
    CatalogueEntry,
    RejectReason,
    RevocationColumn,
    RevocationImport,
    RevocationRejection,
    SourceKind,
    assertion_id,
    guess_columns,
    kind_of,
    map_revocation_records,
)
from badgedesk.services.row_import import (
    EncodingChoiceNeeded,
    ImportRefused,
    Record,
    Refusal,
    Table,
    parse_pasted,
    read_table,
)

ENTITY = RevocationColumn.ENTITY_ID
IDENTITY = RevocationColumn.IDENTITY
TYPE = RevocationColumn.RECIPIENT_TYPE
BADGECLASS = RevocationColumn.BADGECLASS
REASON = RevocationColumn.REASON

_random = random.Random(20260601)


def new_id() -> str:
    """An entityId as Badgr makes them: a uuid in URL-safe base64, 22 characters."""
    return base64.urlsafe_b64encode(_random.randbytes(16)).rstrip(b"=").decode()


IDS = [new_id() for _ in range(6)]
PYTHON = CatalogueEntry(new_id(), "Python Basics", "Code Club")
SQL = CatalogueEntry(new_id(), "SQL", "Code Club")
FIRST_AID = CatalogueEntry(new_id(), "First Aid", "Red Cross")
FIRST_AID_TOO = CatalogueEntry(new_id(), "first aid ", "St John")
CATALOGUE = (PYTHON, SQL, FIRST_AID, FIRST_AID_TOO)


def import_text(
    text: str,
    *,
    catalogue: tuple[CatalogueEntry, ...] = CATALOGUE,
    default: CatalogueEntry | None = None,
) -> RevocationImport:
    table = read_table(text.encode())
    mapping, has_header = guess_columns(table)
    return map_revocation_records(
        table, mapping, has_header, catalogue=catalogue, default_badgeclass=default
    )


def by_id(entity_id: str, reason: str = "") -> RevocationTarget:
    return RevocationTarget(entity_id=entity_id, match=Match.UNCHECKED, reason=reason)


def by_recipient(
    identity: str,
    badgeclass: CatalogueEntry,
    *,
    recipient_type: str = "email",
    reason: str = "",
) -> RevocationTarget:
    return RevocationTarget(
        entity_id=None,
        identity=identity,
        recipient_type=recipient_type,
        badgeclass_id=badgeclass.entity_id,
        badgeclass_name=badgeclass.name,
        match=Match.TO_RESOLVE,
        reason=reason,
    )


def table_of(*rows: tuple[str, ...]) -> Table:
    return Table("utf-8", ",", tuple(Record(i + 1, row) for i, row in enumerate(rows)))


# ------------------------------------------------------------------ guessing columns


@pytest.mark.parametrize(
    "name",
    [
        "entityId",
        "Entity ID",
        "entity_id",
        "Assertion",
        "Assertion ID",
        "assertionId",
        "Badge ID",
        "id",
        "openBadgeId",
        "Assertion URL",
        "Assertion ID (from Badgr)",
    ],
)
def test_header_names_an_entity_id_column(name: str) -> None:
    table = read_table(f"Note,{name}\nx,{IDS[0]}\n".encode())
    assert guess_columns(table) == ({1: ENTITY}, True)


def test_header_names_a_recipients_file() -> None:
    table = read_table(b"Learner email;Identity type;Badge class;Revocation reason\n")
    mapping, has_header = guess_columns(table)
    assert has_header
    assert mapping == {0: IDENTITY, 1: TYPE, 2: BADGECLASS, 3: REASON}
    assert kind_of(mapping) is SourceKind.RECIPIENTS


@pytest.mark.parametrize(
    ("header", "column"),
    [
        ("Identifier", IDENTITY),  # Badgr's own award CSV
        ("Phone", IDENTITY),
        ("Badge", BADGECLASS),
        ("Badge class name", BADGECLASS),
        ("BadgeClass entity ID", BADGECLASS),
        ("Why", REASON),
        ("Reason for revocation", REASON),
    ],
)
def test_more_header_names(header: str, column: RevocationColumn) -> None:
    table = read_table(f"Note,{header}\n".encode())
    assert guess_columns(table) == ({1: column}, True)


def test_the_first_column_of_a_kind_wins() -> None:
    table = read_table(b"Reason,Email,Why,E-mail\n")
    assert guess_columns(table) == ({0: REASON, 1: IDENTITY}, True)


def test_a_first_row_with_data_is_not_a_header() -> None:
    # "email" is a known header name, but the row beside it holds a recipient.
    table = read_table(b"zoe@example.org,email\nann@example.org,email\n")
    mapping, has_header = guess_columns(table)
    assert not has_header
    assert mapping == {0: IDENTITY, 1: TYPE}


def test_headerless_entity_id_column() -> None:
    text = "".join(f"{entity_id},\n" for entity_id in IDS[:3])
    table = read_table(text.encode())
    assert guess_columns(table) == ({0: ENTITY}, False)
    result = import_text(text)
    assert result.kind is SourceKind.ENTITY_IDS
    assert result.targets == [by_id(entity_id) for entity_id in IDS[:3]]
    assert result.lines == [1, 2, 3]
    assert result.rejections == []


def test_headerless_hosted_service_ids_of_24_hex_digits() -> None:
    hex_ids = [f"5f2b{n:020x}" for n in (1, 2, 3)]
    result = import_text("\n".join(hex_ids))
    assert result.targets == [by_id(entity_id) for entity_id in hex_ids]


def test_headerless_email_column_takes_the_default_badge_class() -> None:
    text = "Zoe,zoe@example.org\nAnn,ann@example.org\n"
    table = read_table(text.encode())
    assert guess_columns(table) == ({1: IDENTITY}, False)
    result = import_text(text, default=SQL)
    assert result.kind is SourceKind.RECIPIENTS
    assert result.targets == [
        by_recipient("zoe@example.org", SQL),
        by_recipient("ann@example.org", SQL),
    ]
    assert result.lines == [1, 2]


def test_headerless_ids_beside_recipients_are_badge_classes_when_they_repeat() -> None:
    text = "".join(f"{name}@example.org,{SQL.entity_id}\n" for name in ("zoe", "ann", "bo"))
    assert guess_columns(read_table(text.encode())) == ({0: IDENTITY, 1: BADGECLASS}, False)
    result = import_text(text)
    assert [t.badgeclass_id for t in result.targets] == [SQL.entity_id] * 3
    assert {t.match for t in result.targets} == {Match.TO_RESOLVE}


def test_headerless_unique_ids_beside_recipients_are_assertions() -> None:
    text = "".join(
        f"{name}@example.org,{entity_id}\n" for name, entity_id in zip("abc", IDS, strict=False)
    )
    assert guess_columns(read_table(text.encode())) == ({0: IDENTITY, 1: ENTITY}, False)


def test_a_header_without_known_names_is_told_by_its_plain_words() -> None:
    text = f"Student;Course\nzoe@example.org;{SQL.entity_id}\nann@example.org;{SQL.entity_id}\n"
    assert guess_columns(read_table(text.encode())) == ({0: IDENTITY, 1: BADGECLASS}, True)
    assert import_text(text).lines == [2, 3]


def test_a_mistyped_first_recipient_is_data_not_a_header() -> None:
    text = "zoe(at)example.org\nann@example.org\nbo@example.org\n"
    mapping, has_header = guess_columns(read_table(text.encode()))
    assert (mapping, has_header) == ({0: IDENTITY}, False)
    result = import_text(text, default=SQL)
    assert result.rejections == [
        RevocationRejection(1, "identity", RejectReason.BAD_IDENTITY, "zoe(at)example.org")
    ]


def test_a_url_column_of_assertion_urls_names_assertions() -> None:
    text = f"URL\nhttps://badgr.example/public/assertions/{IDS[0]}\n"
    assert guess_columns(read_table(text.encode())) == ({0: ENTITY}, True)
    assert import_text(text).targets == [by_id(IDS[0])]


def test_kind_of() -> None:
    assert kind_of({0: ENTITY, 1: IDENTITY}) is SourceKind.ENTITY_IDS
    assert kind_of({3: IDENTITY, 1: BADGECLASS}) is SourceKind.RECIPIENTS
    assert kind_of({0: BADGECLASS, 1: REASON}) is None
    assert kind_of({}) is None


# ------------------------------------------------------------------ entity ids


@pytest.mark.parametrize(
    "url",
    [
        "https://api.badgr.io/public/assertions/{id}",
        "https://api.badgr.io/public/assertions/{id}.json?v=2_0",
        "https://api.badgr.io/v2/assertions/{id}",
        "http://localhost:8000/public/assertions/{id}/image",
        "HTTPS://badges.example.org/public/assertions/{id}?identity__email=zoe%40example.org",
    ],
)
def test_assertion_urls_give_their_entity_id(url: str) -> None:
    entity_id = "-" + IDS[0][1:]  # URL-safe base64 may start with a dash
    assert assertion_id(url.format(id=entity_id)) == entity_id
    result = import_text("Assertion,Reason\n" + url.format(id=entity_id) + ",moved\n")
    assert result.targets == [by_id(entity_id, "moved")]


def test_assertion_id_refuses_what_names_no_assertion() -> None:
    assert assertion_id(f"  {IDS[1]} ") == IDS[1]
    assert assertion_id("https://badgr.example/public/badges/" + IDS[1]) is None
    assert assertion_id("https://badgr.example/public/assertions/") is None
    assert assertion_id("file:///public/assertions/" + IDS[1]) is None
    assert assertion_id("not an id") is None
    assert assertion_id("x" * 255) is None


def test_a_known_id_column_takes_ids_of_any_length_and_refuses_others() -> None:
    text = "entityId\nabc\nnot an id!\nhttps://example.org/profile/zoe\n" + "y" * 254 + "\n"
    result = import_text(text)
    assert result.targets == [by_id("abc"), by_id("y" * 254)]
    assert result.lines == [2, 5]
    assert result.rejections == [
        RevocationRejection(3, "entity_id", RejectReason.BAD_ENTITY_ID, "not an id!"),
        RevocationRejection(
            4, "entity_id", RejectReason.BAD_ENTITY_ID, "https://example.org/profile/zoe"
        ),
    ]


def test_reason_column_overrides_per_row() -> None:
    text = f'Reason,Assertion ID\nIssued in error,{IDS[0]}\n,{IDS[1]}\n"Cheated, twice",{IDS[2]}\n'
    result = import_text(text)
    assert [t.reason for t in result.targets] == ["Issued in error", "", "Cheated, twice"]
    assert [t.entity_id for t in result.targets] == IDS[:3]


def test_entity_ids_win_over_recipients_who_are_only_shown() -> None:
    text = (
        "Assertion;Email;Type;Badge\n"
        f"{IDS[0]};zoe@example.org;;sql\n"
        f"{IDS[1]};not an email;fax;No such badge\n"
        f"{IDS[2]};+44 20 7946 0000;phone;\n"
    )
    result = import_text(text)
    assert result.kind is SourceKind.ENTITY_IDS
    assert result.rejections == []  # the recipient columns refuse nothing here
    assert result.targets == [
        RevocationTarget(
            entity_id=IDS[0],
            identity="zoe@example.org",
            badgeclass_id=SQL.entity_id,
            badgeclass_name="SQL",
            match=Match.UNCHECKED,
        ),
        RevocationTarget(entity_id=IDS[1], identity="not an email", match=Match.UNCHECKED),
        RevocationTarget(
            entity_id=IDS[2],
            identity="+44 20 7946 0000",
            recipient_type="telephone",
            match=Match.UNCHECKED,
        ),
    ]


def test_duplicate_entity_ids_and_empty_rows() -> None:
    url = f"https://api.badgr.io/public/assertions/{IDS[0]}"
    text = f"id,reason\n{IDS[0]},a\n\n,no id here\n{url},again\n{IDS[1]},b\n{IDS[1]},b\n"
    result = import_text(text)
    assert result.targets == [by_id(IDS[0], "a"), by_id(IDS[1], "b")]
    assert result.lines == [2, 6]
    assert result.rejections == [
        RevocationRejection(4, "entity_id", RejectReason.EMPTY, ""),
        RevocationRejection(5, "entity_id", RejectReason.DUPLICATE, url),
        RevocationRejection(7, "entity_id", RejectReason.DUPLICATE, IDS[1]),
    ]


# ------------------------------------------------------------------ recipients and badge classes


def test_badge_class_by_name_id_or_url() -> None:
    text = (
        "email,badge class\n"
        "a@example.org,python basics\n"
        "b@example.org,  PYTHON   BASICS \n"
        f"c@example.org,{SQL.entity_id}\n"
        f"d@example.org,https://api.badgr.io/public/badges/{SQL.entity_id}\n"
        f"e@example.org,{FIRST_AID_TOO.entity_id}\n"
    )
    result = import_text(text)
    assert result.rejections == []
    assert result.targets == [
        by_recipient("a@example.org", PYTHON),
        by_recipient("b@example.org", PYTHON),
        by_recipient("c@example.org", SQL),
        by_recipient("d@example.org", SQL),
        by_recipient("e@example.org", FIRST_AID_TOO),
    ]


def test_unknown_and_ambiguous_badge_classes() -> None:
    stale = new_id()  # not in the catalogue, which may be stale: the server will say
    text = (
        "email,badge\n"
        "a@example.org,Knitting\n"
        "b@example.org,First Aid\n"
        f"c@example.org,{stale}\n"
        "d@example.org,FIRST AID\n"
    )
    result = import_text(text)
    assert result.targets == [
        RevocationTarget(
            entity_id=None,
            identity="c@example.org",
            badgeclass_id=stale,
            badgeclass_name=stale,
            match=Match.TO_RESOLVE,
        )
    ]
    assert result.lines == [4]
    assert result.rejections == [
        RevocationRejection(2, "badgeclass", RejectReason.UNKNOWN_BADGECLASS, "Knitting"),
        RevocationRejection(3, "badgeclass", RejectReason.AMBIGUOUS_BADGECLASS, "First Aid"),
        RevocationRejection(5, "badgeclass", RejectReason.AMBIGUOUS_BADGECLASS, "FIRST AID"),
    ]


def test_a_badge_class_listed_twice_in_the_catalogue_is_not_ambiguous() -> None:
    result = import_text("email,badge\na@example.org,sql\n", catalogue=(SQL, PYTHON, SQL))
    assert result.targets == [by_recipient("a@example.org", SQL)]


def test_an_empty_badge_class_cell_takes_the_default_or_is_refused() -> None:
    text = "email,badge\na@example.org,\nb@example.org,SQL\n"
    assert import_text(text, default=PYTHON).targets == [
        by_recipient("a@example.org", PYTHON),
        by_recipient("b@example.org", SQL),
    ]
    result = import_text(text)
    assert result.targets == [by_recipient("b@example.org", SQL)]
    assert result.rejections == [
        RevocationRejection(2, "badgeclass", RejectReason.NO_BADGECLASS, "")
    ]


def test_without_a_badge_class_column_or_default_every_row_is_refused() -> None:
    result = import_text("email\na@example.org\nb@example.org\n")
    assert result.targets == []
    assert [(r.line, r.reason) for r in result.rejections] == [
        (2, RejectReason.NO_BADGECLASS),
        (3, RejectReason.NO_BADGECLASS),
    ]


def test_type_column_and_a_bad_type() -> None:
    text = (
        "recipient,type,badge\n"
        "zoe@example.org,E-Mail,SQL\n"
        "+44 20 7946 0000,Phone,SQL\n"
        "https://zoe.example.org,url,SQL\n"
        "https://id.example.org/zoe,openBadgeId,SQL\n"
        "+44 20 7946 0001,fax,SQL\n"
        "+44 20 7946 0002,,SQL\n"
    )
    result = import_text(text)
    assert result.targets == [
        by_recipient("zoe@example.org", SQL),
        by_recipient("+442079460000", SQL, recipient_type="telephone"),
        by_recipient("https://zoe.example.org", SQL, recipient_type="url"),
        by_recipient("https://id.example.org/zoe", SQL, recipient_type="openBadgeId"),
        by_recipient("+442079460002", SQL, recipient_type="telephone"),  # guessed
    ]
    assert result.rejections == [
        RevocationRejection(6, "recipient_type", RejectReason.BAD_RECIPIENT_TYPE, "fax")
    ]


def test_bad_identities_are_refused() -> None:
    text = (
        "email,type,badge\n"
        "zoe@example,,SQL\n"
        "zoe@example.org,url,SQL\n"
        "12 34,telephone,SQL\n"
        "ann@example.org,,SQL\n"
    )
    result = import_text(text)
    assert result.targets == [by_recipient("ann@example.org", SQL)]
    assert result.rejections == [
        RevocationRejection(2, "identity", RejectReason.BAD_IDENTITY, "zoe@example"),
        RevocationRejection(3, "identity", RejectReason.BAD_IDENTITY, "zoe@example.org"),
        RevocationRejection(4, "identity", RejectReason.BAD_IDENTITY, "12 34"),
    ]


def test_duplicate_recipients_ignore_email_case_and_phone_spaces() -> None:
    text = (
        "email,badge,reason\n"
        "Zoe@Example.org,SQL,first\n"
        "zoe@example.ORG,sql,again\n"
        "zoe@example.org,Python Basics,another badge\n"
        "+44 20 7946 0000,SQL,\n"
        "+442079460000,SQL,\n"
        f"zoe@example.org,{SQL.entity_id},by id\n"
    )
    result = import_text(text)
    assert result.targets == [
        by_recipient("Zoe@Example.org", SQL, reason="first"),
        by_recipient("zoe@example.org", PYTHON, reason="another badge"),
        by_recipient("+442079460000", SQL, recipient_type="telephone"),
    ]
    assert result.lines == [2, 4, 5]
    assert result.rejections == [
        RevocationRejection(3, "identity", RejectReason.DUPLICATE, "zoe@example.ORG"),
        RevocationRejection(6, "identity", RejectReason.DUPLICATE, "+442079460000"),
        RevocationRejection(7, "identity", RejectReason.DUPLICATE, "zoe@example.org"),
    ]


def test_empty_recipient_rows_keep_their_physical_line() -> None:
    text = 'email,badge,reason\n\n"",SQL,why\n"a@example.org",SQL,"two\nlines"\n,,late\n'
    result = import_text(text)
    assert result.targets == [by_recipient("a@example.org", SQL, reason="two\nlines")]
    assert result.lines == [4]
    assert result.rejections == [
        RevocationRejection(3, "identity", RejectReason.EMPTY, ""),
        RevocationRejection(6, "identity", RejectReason.EMPTY, ""),
    ]


def test_short_records_read_missing_cells_as_empty() -> None:
    table = table_of(("Email", "Badge", "Reason"), ("a@example.org",), ("b@example.org", "SQL"))
    result = map_revocation_records(
        table,
        {0: IDENTITY, 1: BADGECLASS, 2: REASON},
        True,
        catalogue=CATALOGUE,
        default_badgeclass=PYTHON,
    )
    assert result.targets == [
        by_recipient("a@example.org", PYTHON),
        by_recipient("b@example.org", SQL),
    ]


# ------------------------------------------------------------------ refusals and files


def test_a_file_without_a_key_column_is_refused() -> None:
    table = read_table(b"Name,Badge,Reason\nZoe Smith,SQL,cheated\nAnn Lee,SQL,left\n")
    mapping, has_header = guess_columns(table)
    assert mapping == {1: BADGECLASS, 2: REASON}
    assert kind_of(mapping) is None
    with pytest.raises(ImportRefused) as refused:
        map_revocation_records(table, mapping, has_header, catalogue=CATALOGUE)
    assert refused.value.refusal is Refusal.NO_KEY_COLUMN
    assert "assertion entityIds" in str(refused.value)
    assert "recipients" in str(refused.value)


def test_semicolon_file_from_excel() -> None:
    text = f"sep=;\r\nAssertion ID;Reason\r\n{IDS[0]};Fehler, leider\r\n{IDS[1]};\r\n"
    table = read_table(text.encode("cp1252"))
    assert table.delimiter == ";"
    result = import_text(text)
    assert result.targets == [by_id(IDS[0], "Fehler, leider"), by_id(IDS[1])]
    assert result.lines == [3, 4]


def test_utf16_file_with_accents() -> None:
    text = "E-mail\tBadge\tReason\r\nzoë@example.org\tSQL\tÉchec à l'examen\r\n"
    table = read_table(b"\xff\xfe" + text.encode("utf-16-le"))
    assert table.encoding == "utf-16-le"
    mapping, has_header = guess_columns(table)
    result = map_revocation_records(table, mapping, has_header, catalogue=CATALOGUE)
    assert result.targets == [by_recipient("zoë@example.org", SQL, reason="Échec à l'examen")]


def test_pasted_cells() -> None:
    table = parse_pasted(f"{IDS[0]}\tIssued in error\n{IDS[1]}\tDuplicate award\n")
    mapping, has_header = guess_columns(table)
    assert (mapping, has_header) == ({0: ENTITY}, False)
    mapping[1] = REASON  # as chosen in the mapping step
    result = map_revocation_records(table, mapping, has_header, catalogue=())
    assert result.targets == [by_id(IDS[0], "Issued in error"), by_id(IDS[1], "Duplicate award")]


# ------------------------------------------------------------------ size


@pytest.mark.parametrize("kind", list(SourceKind))
def test_fifty_thousand_rows(kind: SourceKind) -> None:
    rows = 50_000
    if kind is SourceKind.ENTITY_IDS:
        lines = [f"{new_id()},reason {i % 7}" for i in range(rows)]
        header = "Assertion ID,Reason"
    else:
        names = [entry.name.upper() for entry in (PYTHON, SQL)] + [FIRST_AID.entity_id]
        lines = [f"learner{i}@example.org,{names[i % 3]},reason {i % 7}" for i in range(rows)]
        header = "Email,Badge,Reason"
    data = "\n".join([header, *lines, lines[-1]]).encode()  # the last line twice
    table = read_table(data)
    started = time.perf_counter()
    mapping, has_header = guess_columns(table)
    result = map_revocation_records(table, mapping, has_header, catalogue=CATALOGUE)
    print(f"\n50,000 {kind} rows mapped in {time.perf_counter() - started:.3f} s")
    assert result.kind is kind
    assert len(result.targets) == rows
    assert result.lines[-1] == rows + 1
    assert [(r.line, r.reason) for r in result.rejections] == [(rows + 2, RejectReason.DUPLICATE)]


# ------------------------------------------------------------------ issue 19: hidden characters


def test_a_recipient_with_a_zero_width_space_is_refused_with_its_reason() -> None:
    result = import_text("Email,Badge\nzoe@example.org,SQL\nann\u200b@example.org,SQL\n")
    assert result.targets == [by_recipient("zoe@example.org", SQL)]
    assert result.rejections == [
        RevocationRejection(
            3, IDENTITY, RejectReason.INVISIBLE_CHARACTER, "ann<U+200B>@example.org"
        )
    ]


def test_a_line_with_a_nul_is_refused_by_number_in_line_order() -> None:
    text = f"Assertion ID\n{IDS[0]}\nnot an id\n{IDS[1]}\x00\n{IDS[2]}\n"
    result = import_text(text)
    assert result.targets == [by_id(IDS[0]), by_id(IDS[2])]
    assert [(r.line, r.column, r.reason) for r in result.rejections] == [
        (3, ENTITY, RejectReason.BAD_ENTITY_ID),
        (4, "", RejectReason.CONTROL_CHARACTER),
    ]


def test_a_windows_1252_revocation_file_is_read_only_as_chosen() -> None:
    data = "Email;Badge\r\nmuñoz@example.org;SQL\r\n".encode("cp1252")
    with pytest.raises(EncodingChoiceNeeded):
        read_table(data)
    table = read_table(data, "cp1252")
    mapping, has_header = guess_columns(table)
    result = map_revocation_records(table, mapping, has_header, catalogue=CATALOGUE)
    assert result.targets == [by_recipient("muñoz@example.org", SQL)]
