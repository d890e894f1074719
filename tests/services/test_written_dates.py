"""Days as spreadsheets write them (badgedesk.core.written_dates)."""

from __future__ import annotations

from datetime import date

import pytest

from badgedesk.core.written_dates import (
    ColumnOrder,
    DayOrder,
    UnreadableDate,
    column_order,
    excel_serial_day,
    order_of_pattern,
    read_day,
)

DAY, MONTH = DayOrder.DAY_FIRST, DayOrder.MONTH_FIRST
NOV_14 = date(2026, 11, 14)


@pytest.mark.parametrize(
    "text",
    [
        "2026-11-14",
        "20261114",
        "2026-11-14T23:00:51",
        "2026-11-14T23:00:51Z",
        "2026-11-14T23:00:51.123+05:30",
        "2026-11-14 23:00",
        "2026/11/14",
        "2026.11.14",
        "2026. 11. 14.",
        "14/11/2026",
        "14.11.2026",
        "14-11-2026",
        "14 11 2026",
        "14/11/26",
        "14/11/2026 23:00",
        "  14/11/2026  ",
        "46340",
        "46340.958",
    ],
)
def test_every_form_reads_the_same_day(text: str) -> None:
    assert read_day(text, DAY) == NOV_14


@pytest.mark.parametrize("text", ["11/14/2026", "11.14.2026", "11-14-26", "11/14/2026 11:00 PM"])
def test_month_first_forms(text: str) -> None:
    assert read_day(text, MONTH) == NOV_14


def test_the_order_decides_an_ambiguous_day() -> None:
    assert read_day("3/4/2026", DAY) == date(2026, 4, 3)
    assert read_day("3/4/2026", MONTH) == date(2026, 3, 4)
    assert read_day("1.2.2026", DAY) == date(2026, 2, 1)
    # Year first is always year, month, day, whatever the order.
    assert read_day("2026/03/04", DAY) == read_day("2026/03/04", MONTH) == date(2026, 3, 4)


def test_two_digit_years_are_this_century_and_only_last() -> None:
    assert read_day("5/26/26", MONTH) == date(2026, 5, 26)
    assert read_day("1/1/99", DAY) == date(2099, 1, 1)
    with pytest.raises(UnreadableDate):
        read_day("26/11/14", MONTH)  # a day over 31 read month first is no day
    with pytest.raises(UnreadableDate):
        read_day("1/1/202", DAY)


def test_empty_is_no_day() -> None:
    assert read_day("", DAY) is None
    assert read_day("   ", MONTH) is None


@pytest.mark.parametrize(
    "text",
    [
        "tomorrow",
        "14/13/2026",
        "31/02/2026",
        "2026-02-30",
        "2026-13-01",
        "12345",  # a number before 1990, not a date
        "80000",  # after 2100
        "7",
        "2026",
        "14/11",
        "14//11/2026",
        "2026-11-14T25:00",
        "14/11/2026 noon",
    ],
)
def test_junk_is_refused_naming_the_accepted_forms(text: str) -> None:
    with pytest.raises(UnreadableDate) as refused:
        read_day(text, DAY)
    message = str(refused.value)
    assert repr(text) in message
    for form in ("2026-11-14", "14/11/2026", "11/14/2026", "Excel date number"):
        assert form in message


def test_excel_serials_and_the_1900_leap_year_bug() -> None:
    assert excel_serial_day(1) == date(1900, 1, 1)
    assert excel_serial_day(59) == date(1900, 2, 28)
    with pytest.raises(UnreadableDate):
        excel_serial_day(60)  # Excel's 29 February 1900, a day that never was
    assert excel_serial_day(61) == date(1900, 3, 1)
    assert excel_serial_day(45658) == date(2025, 1, 1)
    # Only 1990..2100 is read as a date from a cell.
    with pytest.raises(UnreadableDate):
        read_day("32873", DAY)  # 31 December 1989
    assert read_day("32874", DAY) == date(1990, 1, 1)
    assert read_day("73415", DAY) == date(2100, 12, 31)
    with pytest.raises(UnreadableDate):
        read_day("73416", DAY)


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (["2026-11-14", "46340", ""], ColumnOrder.NOT_NEEDED),
        (["05/05/2026", "2026-03-04"], ColumnOrder.NOT_NEEDED),
        (["03/04/2026", "01/02/2026"], ColumnOrder.AMBIGUOUS),
        (["03/04/2026", "14/02/2026"], ColumnOrder.DAY_FIRST),
        (["03/04/2026", "2/14/2026"], ColumnOrder.MONTH_FIRST),
        (["14/02/2026", "2/14/2026"], ColumnOrder.AMBIGUOUS),
        (["14.11.2026"], ColumnOrder.DAY_FIRST),
    ],
)
def test_a_column_decides_its_order_when_a_day_is_over_12(
    values: list[str], expected: ColumnOrder
) -> None:
    assert column_order(values) == expected


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("dd/MM/yyyy", DAY),
        ("d.M.yy", DAY),
        ("M/d/yy", MONTH),
        ("yyyy-MM-dd", MONTH),
        ("d. M. yyyy", DAY),
    ],
)
def test_the_locale_pattern_gives_the_default_order(pattern: str, expected: DayOrder) -> None:
    assert order_of_pattern(pattern) == expected
