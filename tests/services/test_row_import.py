"""Importing batch rows from CSV files of Excel, LibreOffice and Google Sheets, and from pastes."""

from __future__ import annotations

import io
import random
import time
import zipfile
from datetime import date

import pytest

from badgedesk.core.batches import BatchDefaults, RowFields
from badgedesk.core.written_dates import ColumnOrder, DayOrder
from badgedesk.services.row_import import (
    Column,
    EncodingChoiceNeeded,
    ImportRefused,
    Record,
    Refusal,
    Rejection,
    Table,
    date_order,
    default_mapping,
    guess_mapping,
    map_records,
    parse_pasted,
    read_table,
)
from badgedesk.services.validation import Problem

TODAY = date(2026, 6, 1)
HEADER = ["Email", "Type", "Narrative", "Evidence", "Issued on", "Expires"]


def import_all(data: bytes, existing: tuple[RowFields, ...] = (), encoding: str | None = None):
    table = read_table(data, encoding)
    mapping, has_header = default_mapping(table)
    result = map_records(
        table,
        mapping,
        has_header=has_header,
        defaults=BatchDefaults(),
        today=TODAY,
        order=DayOrder.DAY_FIRST,
        existing=existing,
    )
    return table, result


def cells(table: Table) -> list[tuple[str, ...]]:
    return [record.cells for record in table.records]


# ------------------------------------------------------------------ encodings


def test_utf8_with_and_without_bom() -> None:
    text = "Email,Narrative\r\nzoe@example.org,Zoë did well 👍\r\n"
    plain, with_bom = read_table(text.encode()), read_table(b"\xef\xbb\xbf" + text.encode())
    assert plain.encoding == "utf-8"
    assert with_bom.encoding == "utf-8-sig"
    assert (
        cells(plain)
        == cells(with_bom)
        == [
            ("Email", "Narrative"),
            ("zoe@example.org", "Zoë did well 👍"),
        ]
    )


def test_cp1252_narratives_keep_their_accents_once_chosen() -> None:
    data = "Email;Narrative\r\nzoe@example.org;Zoë ran the café, très bien\r\n".encode("cp1252")
    with pytest.raises(EncodingChoiceNeeded) as asked:
        read_table(data)
    assert asked.value.broken_lines == (2,)
    assert [reading.encoding for reading in asked.value.readings] == ["utf-8", "cp1252"]
    table, result = import_all(data, encoding="cp1252")
    assert table.encoding == "cp1252"
    assert result.rows == [
        RowFields(identity="zoe@example.org", narrative="Zoë ran the café, très bien")
    ]


def test_bytes_cp1252_cannot_decode_offer_latin1_whose_c1_controls_refuse_the_line() -> None:
    data = b"email,note\nx@example.org,caf\xe9 \x81\n"
    with pytest.raises(EncodingChoiceNeeded) as asked:
        read_table(data)
    assert [reading.encoding for reading in asked.value.readings] == ["utf-8", "latin-1"]
    table, result = import_all(data, encoding="latin-1")
    assert table.encoding == "latin-1"
    assert table.records[1].cells == ("x@example.org", "café \x81")
    assert result.rows == []
    assert result.rejections == [
        Rejection(2, "", Problem.CONTROL_CHARACTER, "x@example.org,café <U+0081>")
    ]


def test_utf16_le_with_bom_tab_delimited() -> None:
    text = "E-mail\tNotes\r\nzoë@example.org\tCafé\r\nada@example.org\tFine\r\n"
    table, result = import_all(b"\xff\xfe" + text.encode("utf-16-le"))
    assert (table.encoding, table.delimiter) == ("utf-16-le", "\t")
    assert [row.identity for row in result.rows] == ["zoë@example.org", "ada@example.org"]
    assert result.rows[0].narrative == "Café"
    assert result.lines == [2, 3]


def test_utf16_be_with_bom() -> None:
    table = read_table(b"\xfe\xff" + "email\tnote\nx@example.org\tb\n".encode("utf-16-be"))
    assert (table.encoding, table.delimiter) == ("utf-16-be", "\t")
    assert cells(table)[1] == ("x@example.org", "b")


# ------------------------------------------------------------------ delimiters and quoting


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_delimiters_are_sniffed(delimiter: str) -> None:
    rows = [HEADER] + [
        [f"p{i}@example.org", "email", f"Note {i}", "", "2026-01-0" + str(i), ""]
        for i in range(1, 6)
    ]
    data = "\n".join(delimiter.join(row) for row in rows).encode()
    table, result = import_all(data)
    assert table.delimiter == delimiter
    assert len(result.rows) == 5
    assert result.rows[0] == RowFields(
        identity="p1@example.org", narrative="Note 1", issued_on=date(2026, 1, 1)
    )


def test_semicolon_file_with_commas_in_narratives() -> None:
    data = b"Email;Narrative\nx@example.org;Great work, really\ny@example.org;Yes, and more, too\n"
    table = read_table(data)
    assert table.delimiter == ";"
    assert table.records[2].cells == ("y@example.org", "Yes, and more, too")


def test_excel_sep_line_names_the_delimiter_and_counts_as_a_line() -> None:
    table = read_table(b"sep=;\nEmail;Note\nx@example.org;a,b\n")
    assert table.delimiter == ";"
    assert table.records == (Record(2, ("Email", "Note")), Record(3, ("x@example.org", "a,b")))


def test_quoted_newlines_keep_physical_line_numbers() -> None:
    data = (
        b"Email,Narrative,Evidence\r\n"
        b'a@example.org,"Line one\r\nline two\r\nline three",\r\n'
        b'b@example.org,"She said ""wow""",\r\n'
        b"c@example.org,Fine,not a url\r\n"
    )
    table, result = import_all(data)
    assert [record.line for record in table.records] == [1, 2, 5, 6]
    assert result.rows[0].narrative == "Line one\r\nline two\r\nline three"
    assert result.rows[1].narrative == 'She said "wow"'
    assert result.lines == [2, 5]
    assert result.rejections == [Rejection(6, "evidence_url", Problem.BAD_URL, "not a url")]


def test_empty_lines_are_skipped_but_counted() -> None:
    data = b"email\n\na@example.org\n ,  \n\nbad-email\n\n\n"
    table, result = import_all(data)
    assert [record.line for record in table.records] == [1, 3, 6]
    assert result.lines == [3]
    assert result.rejections == [Rejection(6, "identity", Problem.BAD_EMAIL, "bad-email")]


def test_old_mac_line_endings() -> None:
    table = read_table(b"email\rnone@example.org\r\rx@example.org\r")
    assert [record.line for record in table.records] == [1, 2, 4]


def test_cells_are_stripped_and_short_records_padded() -> None:
    _, result = import_all(b"Email,Type,Narrative\n  a@example.org  , Email ,\nb@example.org\n")
    assert result.rows == [RowFields("a@example.org"), RowFields("b@example.org")]


def test_unbalanced_quote_still_reports_by_line() -> None:
    lines = ["email,note", 'a@example.org,"oops', "b@example.org,ok"]
    lines += [f"p{i}@example.org,{'x' * 40}" for i in range(4000)]  # past the csv field limit
    table, result = import_all("\n".join(lines).encode())
    assert [record.line for record in table.records][:3] == [1, 2, 3]
    assert table.records[1].cells == ("a@example.org", '"oops')
    assert len(result.rows) == 4002


def test_a_giant_line_is_refused() -> None:
    with pytest.raises(ImportRefused) as refused:
        read_table(b"email\n" + b"z" * 200_000 + b"\n")
    assert refused.value.refusal == Refusal.BINARY


# ------------------------------------------------------------------ mapping


def test_headerless_single_column_of_emails() -> None:
    table, result = import_all(b"ada@example.org\ngrace@example.org\nbad\n")
    assert default_mapping(table) == ({0: Column.IDENTITY}, False)
    assert table.delimiter == ","
    assert [row.identity for row in result.rows] == ["ada@example.org", "grace@example.org"]
    assert result.lines == [1, 2]
    assert result.rejections == [Rejection(3, "identity", Problem.BAD_EMAIL, "bad")]


def test_headerless_identity_column_found_by_its_cells() -> None:
    table = read_table(
        b"Ada Lovelace,ada@example.org,email\nGrace Hopper,grace@example.org,email\n"
    )
    assert default_mapping(table) == ({1: Column.IDENTITY}, False)


def test_headerless_unsure_takes_column_zero() -> None:
    table = read_table(b"Ada,x\nGrace,y\n")
    assert default_mapping(table) == ({0: Column.IDENTITY}, False)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (
            ["E-mail Address", "Recipient Type", "Notes", "Evidence Link", "Issue Date", "Expiry"],
            list(Column),
        ),
        (
            ["Student email", "Identity type", "Comment", "Portfolio", "Awarded on", "Expires on"],
            list(Column),
        ),
        (
            ["LEARNER_EMAIL", "type", "narrative", "evidence url", "Date", "Expiration"],
            list(Column),
        ),
        (
            ["Name", "Recipient email (required)", "Expiry date"],
            [None, Column.IDENTITY, Column.EXPIRES],
        ),
        (["Telephone", "issued"], [Column.IDENTITY, Column.ISSUED_ON]),
        (["Name", "Email", "Phone"], [None, Column.IDENTITY, None]),
    ],
)
def test_header_name_variants(header: list[str], expected: list[Column | None]) -> None:
    want = {index: column for index, column in enumerate(expected) if column is not None}
    assert guess_mapping(header) == want


def test_a_data_row_is_not_a_header_even_if_it_says_email() -> None:
    assert guess_mapping(["ada@example.org", "email"]) is None
    assert guess_mapping(["+44 20 7946 0000", "telephone"]) is None
    assert guess_mapping(["Ada", "Lovelace"]) is None


# ------------------------------------------------------------------ rejections


def test_rejection_report() -> None:
    rows = [
        HEADER,
        ["ada@example.org", "", "", "", "", ""],  # 2 ok
        ["ada@example", "", "", "", "", ""],  # 3 bad email
        ["bob@example.org", "", "", "example.org/work", "", ""],  # 4 bad evidence URL
        ["call me", "telephone", "", "", "", ""],  # 5 bad phone
        ["cy@example.org", "fax", "", "", "", ""],  # 6 unknown type
        ["  ADA@Example.org ", "e-mail", "", "", "", ""],  # 7 duplicate of line 2
        ["old@example.org", "", "", "", "", ""],  # 8 duplicate of existing
        ["dee@example.org", "", "", "", "2026-03-01", "2026-02-01"],  # 9 expires before issue
        ["eve@example.org", "", "", "", "2026-07-01", ""],  # 10 issued in the future
        ["fay@example.org", "", "", "", "31/13/2026", ""],  # 11 unreadable date
        ["gus@example.org", "", "", "", "", "next year"],  # 12 unreadable expiry
        ["+44 20 7946 0000", "", "", "", "2026-03-01T10:00:00", "2027-03-01 10:00:00"],  # 13
        ["https://example.org/hal", "URL", "", "https://example.org/e", "", ""],  # 14 ok
    ]
    data = "\n".join(",".join(row) for row in rows).encode()
    _, result = import_all(data, existing=(RowFields("Old@Example.org"),))
    assert result.rejections == [
        Rejection(3, "identity", Problem.BAD_EMAIL, "ada@example"),
        Rejection(4, "evidence_url", Problem.BAD_URL, "example.org/work"),
        Rejection(5, "identity", Problem.BAD_TELEPHONE, "call me"),
        Rejection(6, "recipient_type", Problem.BAD_RECIPIENT_TYPE, "fax"),
        Rejection(7, "identity", Problem.DUPLICATE, "ADA@Example.org"),
        Rejection(8, "identity", Problem.DUPLICATE, "old@example.org"),
        Rejection(9, "expires", Problem.EXPIRES_BEFORE_ISSUE, "2026-02-01"),
        Rejection(10, "issued_on", Problem.ISSUED_IN_FUTURE, "2026-07-01"),
        Rejection(11, "issued_on", Problem.BAD_DATE, "31/13/2026"),
        Rejection(12, "expires", Problem.BAD_DATE, "next year"),
    ]
    assert result.lines == [2, 13, 14]
    assert result.rows[1] == RowFields(
        identity="+44 20 7946 0000",
        recipient_type="telephone",
        issued_on=date(2026, 3, 1),
        expires=date(2027, 3, 1),
    )
    assert result.rows[2].recipient_type == "url"


def test_local_dates_and_excel_serials_are_read_in_the_order_given() -> None:
    """dd/mm/yyyy (UK, EU, Australia), d.m.yyyy, mm/dd/yyyy and Excel's serial numbers."""
    data = (
        b"Email,Issued on,Expires\n"
        b"ada@x.test,03/04/2026,14.11.2027\n"
        b"bob@x.test,1.2.2026,46340\n"
        b"cy@x.test,2026-05-01T10:00:00Z,\n"
    )
    table = read_table(data)
    mapping, has_header = default_mapping(table)
    assert date_order(table, mapping, has_header=has_header) == ColumnOrder.DAY_FIRST

    def days(order: DayOrder) -> list[tuple[date | None, date | None]]:
        result = map_records(
            table, mapping, has_header=True, defaults=BatchDefaults(), today=TODAY, order=order
        )
        return [(row.issued_on, row.expires) for row in result.rows]

    assert days(DayOrder.DAY_FIRST) == [
        (date(2026, 4, 3), date(2027, 11, 14)),
        (date(2026, 2, 1), date(2026, 11, 14)),
        (date(2026, 5, 1), None),
    ]
    # Read month first, 14.11.2027 is no date: that line alone is refused.
    assert days(DayOrder.MONTH_FIRST) == [
        (date(2026, 1, 2), date(2026, 11, 14)),
        (date(2026, 5, 1), None),
    ]


@pytest.mark.parametrize(
    ("issued", "expires", "order"),
    [
        ("03/04/2026", "05/06/2027", ColumnOrder.AMBIGUOUS),
        ("03/04/2026", "05/16/2027", ColumnOrder.MONTH_FIRST),
        ("2026-04-03", "46340", ColumnOrder.NOT_NEEDED),
    ],
)
def test_the_order_of_all_date_columns_is_decided_together(
    issued: str, expires: str, order: ColumnOrder
) -> None:
    table = read_table(
        f"Email,Issued on,Expires,Notes\na@x.test,{issued},{expires},14/11/2026\n".encode()
    )
    mapping, has_header = default_mapping(table)
    # The notes column is not a date column: its 14/11/2026 settles nothing.
    assert date_order(table, mapping, has_header=has_header) == order


def test_only_the_first_problem_of_a_row_is_reported() -> None:
    data = b"email,type,evidence,issued\nnope,,bad url,2099-01-01\nx@example.org,,bad,soon\n"
    _, result = import_all(data)
    assert result.rejections == [
        Rejection(2, "identity", Problem.BAD_EMAIL, "nope"),
        Rejection(3, "evidence_url", Problem.BAD_URL, "bad"),
    ]


def test_rows_with_problems_do_not_count_as_seen() -> None:
    data = b"email,issued\na@example.org,2099-01-01\na@example.org,2026-01-01\n"
    _, result = import_all(data)
    assert result.lines == [3]
    assert [r.problem for r in result.rejections] == [Problem.ISSUED_IN_FUTURE]


def test_no_identity_column_is_refused() -> None:
    table = read_table(b"Name,Notes\nAda,x\n")
    with pytest.raises(ImportRefused) as refused:
        map_records(
            table,
            {1: Column.NARRATIVE},
            has_header=True,
            defaults=BatchDefaults(),
            today=TODAY,
            order=DayOrder.DAY_FIRST,
        )
    assert refused.value.refusal == Refusal.NO_IDENTITY
    assert str(refused.value)


def test_user_mapping_beyond_the_record_width() -> None:
    table = read_table(b"a@example.org\n")
    result = map_records(
        table,
        {0: Column.IDENTITY, 7: Column.NARRATIVE},
        has_header=False,
        defaults=BatchDefaults(narrative="default"),
        today=TODAY,
        order=DayOrder.DAY_FIRST,
    )
    assert result.rows == [RowFields("a@example.org")]


# ------------------------------------------------------------------ refusals


def xlsx_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as workbook:
        workbook.writestr("[Content_Types].xml", "<Types/>")
        workbook.writestr("xl/workbook.xml", "<workbook/>")
    return buffer.getvalue()


def test_binary_files_are_refused() -> None:
    randomness = random.Random(7)
    noise = bytes(randomness.randrange(256) for _ in range(4096)) + b"\x00\x00"
    samples = {
        "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64),
        "xlsx": xlsx_bytes(),
        "xls": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512),
        "pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
        "noise": b"email\n" + noise,
    }
    for name, data in samples.items():
        with pytest.raises(ImportRefused) as refused:
            read_table(data)
        assert refused.value.refusal == Refusal.BINARY, name
        assert "not CSV" in str(refused.value), name
    with pytest.raises(ImportRefused, match="xlsx"):
        read_table(samples["xlsx"])
    with pytest.raises(ImportRefused, match="xls"):
        read_table(samples["xls"])


@pytest.mark.parametrize("data", [b"", b"  \r\n\t\n", b"\xef\xbb\xbf\r\n", b",,\n , \n"])
def test_empty_files_are_refused(data: bytes) -> None:
    with pytest.raises(ImportRefused) as refused:
        read_table(data)
    assert refused.value.refusal == Refusal.EMPTY


# ------------------------------------------------------------------ pasting


def test_parse_pasted_tab_text() -> None:
    table = parse_pasted(
        'Email\tNotes\nada@example.org\t"Two\nlines"\ngrace@example.org\tok, yes\n'
    )
    assert (table.encoding, table.delimiter) == ("clipboard", "\t")
    assert table.records == (
        Record(1, ("Email", "Notes")),
        Record(2, ("ada@example.org", "Two\nlines")),
        Record(4, ("grace@example.org", "ok, yes")),
    )
    mapping, has_header = default_mapping(table)
    assert (mapping, has_header) == ({0: Column.IDENTITY, 1: Column.NARRATIVE}, True)


def test_parse_pasted_single_column() -> None:
    table = parse_pasted("ada@example.org\r\ngrace@example.org\r\n")
    assert cells(table) == [("ada@example.org",), ("grace@example.org",)]


# ------------------------------------------------------------------ size


def test_fifty_thousand_rows() -> None:
    lines = [",".join(HEADER)]
    lines += [
        f'learner{i}@example.org,email,"Great work, {i}",https://example.org/p/{i},2026-03-01,'
        for i in range(50_000)
    ]
    data = ("\r\n".join(lines) + "\r\n").encode()
    started = time.perf_counter()
    _, result = import_all(data)
    print(f"\n50,000 rows imported in {time.perf_counter() - started:.3f} s")
    assert len(result.rows) == 50_000
    assert not result.rejections
    assert result.lines[-1] == 50_001


# ------------------------------------------------------------------ issue 19: decoding never
# changes a recipient. Each reported file is built here from its bytes.


def recipients(result) -> list[str]:
    return [row.identity for row in result.rows]


def test_one_windows_1252_line_does_not_turn_the_utf8_file_into_windows_1252() -> None:
    data = (
        "Email,Name\r\nzoë@x.test,Zoë\r\n".encode()
        + "muñoz@x.test,Muñoz\r\n".encode("cp1252")
        + b"ann@x.test,Ann\r\n"
    )
    with pytest.raises(EncodingChoiceNeeded) as asked:
        read_table(data)
    question = asked.value
    assert question.broken_lines == (3,)
    utf8, legacy = question.readings
    # The person sees what each choice does, to the broken line and to a UTF-8 one.
    assert [(s.line, s.text, s.valid_utf8) for s in utf8.lines] == [
        (2, "zoë@x.test,Zoë", True),
        (3, "mu\ufffdoz@x.test,Mu\ufffdoz", False),
    ]
    assert (legacy.encoding, [s.text for s in legacy.lines]) == (
        "cp1252",
        ["zoÃ«@x.test,ZoÃ«", "muñoz@x.test,Muñoz"],
    )
    # Read as UTF-8 on request: zoë stays zoë and the broken line is left out, by number.
    _, result = import_all(data, encoding="utf-8")
    assert recipients(result) == ["zoë@x.test", "ann@x.test"]
    assert [(r.line, r.problem) for r in result.rejections] == [(3, Problem.UNREADABLE_CHARACTER)]


def test_a_bom_and_one_stray_windows_1252_byte_ask_rather_than_read_mu_fffd_oz() -> None:
    data = b"\xef\xbb\xbfEmail\r\nada@x.test\r\nmu\xf1oz@x.test\r\n"
    with pytest.raises(EncodingChoiceNeeded) as asked:
        read_table(data)
    assert asked.value.broken_lines == (3,)
    _, result = import_all(data, encoding="cp1252")
    assert recipients(result) == ["ada@x.test", "muñoz@x.test"]  # and no BOM in "Email"
    _, result = import_all(data, encoding="utf-8")
    assert recipients(result) == ["ada@x.test"]
    assert result.rejections[0].line == 3
    assert "\ufffd" not in "".join(recipients(result))


def test_a_nul_after_the_first_8_kb_refuses_its_line_by_number() -> None:
    lines = ["Email"] + [f"learner{n:04d}@x.test" for n in range(600)]
    head = "\n".join(lines).encode() + b"\n"
    assert len(head) > 8192
    data = head + b"ev\x00e@x.test\nlast@x.test\n"
    table, result = import_all(data)
    assert table.encoding == "utf-8"
    assert len(result.rows) == 601
    assert all("\x00" not in identity for identity in recipients(result))
    assert result.rejections == [Rejection(602, "", Problem.CONTROL_CHARACTER, "ev␀e@x.test")]


@pytest.mark.parametrize("codec", ["utf-32-le", "utf-32-be"])
def test_utf32_with_bom_is_read_as_utf32_not_utf16(codec: str) -> None:
    text = "Email\n" + "".join(f"zoë{n}@x.test\n" for n in range(300))
    data = "\ufeff".encode(codec) + text.encode(codec)
    table, result = import_all(data)
    assert table.encoding == codec
    assert len(result.rows) == 300
    assert result.rows[0].identity == "zoë0@x.test"
    assert not result.rejections
    assert all("\x00" not in identity for identity in recipients(result))


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(codec: str) -> None:
    data = "\ufeff".encode(codec) + "Email;Note\r\nzoë@x.test;Café\r\n".encode(codec)
    table, result = import_all(data)
    assert (table.encoding, recipients(result)) == (codec, ["zoë@x.test"])


def test_a_file_that_breaks_its_own_bom_is_refused_with_the_line() -> None:
    text = "Email\r\nada@x.test\r\n".encode("utf-16-le")
    data = b"\xff\xfe" + text + b"z\x00\x00\xdc\r\x00\n\x00"  # a lone low surrogate, line 3
    with pytest.raises(ImportRefused) as refused:
        read_table(data)
    assert refused.value.refusal is Refusal.UNDECODABLE
    assert "line 3" in str(refused.value)


@pytest.mark.parametrize(
    "bad", ["\x00", "\x01", "\x0b", "\x0c", "\x1b", "\x1f", "\x7f", "\x85", "\x9b"]
)
def test_control_characters_refuse_their_line(bad: str) -> None:
    data = f"Email,Note\nada@x.test,fine\nbo@x.test,a{bad}\nbad{bad}@x.test,x\n".encode()
    _, result = import_all(data)
    assert recipients(result) == ["ada@x.test"]
    assert [(r.line, r.field, r.problem) for r in result.rejections] == [
        (3, "", Problem.CONTROL_CHARACTER),
        (4, "", Problem.CONTROL_CHARACTER),
    ]


def test_a_control_character_at_the_end_of_a_cell_is_not_stripped_away() -> None:
    _, result = import_all(b"Email\nada@x.test\x1f\nbo@x.test\ncy@x.test\n")
    assert recipients(result) == ["bo@x.test", "cy@x.test"]
    assert [(r.line, r.problem) for r in result.rejections] == [(2, Problem.CONTROL_CHARACTER)]


INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u202e", "\u2066"]


@pytest.mark.parametrize("char", INVISIBLE)
def test_an_invisible_character_in_an_imported_identity_is_refused(char: str) -> None:
    _, result = import_all(f"Email\nada@x.test\nzo{char}e@x.test\n".encode())
    assert recipients(result) == ["ada@x.test"]
    assert result.rejections == [
        Rejection(3, "identity", Problem.INVISIBLE_CHARACTER, f"zo<U+{ord(char):04X}>e@x.test")
    ]


def test_an_invisible_character_in_a_pasted_identity_is_refused() -> None:
    table = parse_pasted("ada@x.test\nzo\u200be@x.test\n")
    result = map_records(
        table,
        {0: Column.IDENTITY},
        has_header=False,
        defaults=BatchDefaults(),
        today=TODAY,
        order=DayOrder.DAY_FIRST,
    )
    assert recipients(result) == ["ada@x.test"]
    assert [(r.line, r.problem) for r in result.rejections] == [(2, Problem.INVISIBLE_CHARACTER)]


def test_invisible_characters_in_narratives_are_kept() -> None:
    """Only identities must be exactly what they look like; a narrative may hold a ZWJ emoji."""
    _, result = import_all("Email,Narrative\nada@x.test,👩\u200d💻 coder\n".encode())
    assert result.rows[0].narrative == "👩\u200d💻 coder"
