"""Days as people write them in spreadsheets: ISO 8601, the local numeric forms (14/11/2026,
14.11.2026, 11/14/2026, 14 11 26) and the serial numbers Excel leaves in a CSV file.

A numeric day-month-year is ambiguous until something says which comes first: that is
``DayOrder``, a parameter of every reading here, and ``column_order`` tells whether a whole
column needs one (a day over 12 in any value settles it). No Qt here: the ui passes the
locale's short date pattern (``order_of_pattern``) as data.

Two-digit years are read only where the year comes last (14/11/26) and always as 20yy:
badges are a twenty-first-century thing, and a window that slides with today's date would
read the same file differently next year. A year written first must have four digits.

An Excel serial number is read only between 1 January 1990 and 31 December 2100, so that a
column of plain numbers is not taken for dates by accident.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from enum import StrEnum


class DayOrder(StrEnum):
    """Which of day and month is written first in a numeric date with the year last."""

    DAY_FIRST = "day-first"
    MONTH_FIRST = "month-first"


class ColumnOrder(StrEnum):
    """What the values of a column say about their ``DayOrder``."""

    NOT_NEEDED = "not-needed"
    """No value reads differently day-first and month-first."""
    DAY_FIRST = "day-first"
    """A value settles it: its first number is over 12 (14/11/2026)."""
    MONTH_FIRST = "month-first"
    """A value settles it: its second number is over 12 (11/14/2026)."""
    AMBIGUOUS = "ambiguous"
    """Values such as 03/04/2026 and none that settles it (or values that contradict)."""


ACCEPTED_FORMS = (
    "2026-11-14 (ISO 8601, also with a time), 14/11/2026 or 11/14/2026 (with / . - or a "
    "space between the numbers, a 2-digit year meaning 20yy), or an Excel date number"
)
"""The forms ``read_day`` accepts, for messages that refuse a value."""


class UnreadableDate(ValueError):
    """A value that is not a day in any accepted form; ``str()`` names the accepted forms."""

    def __init__(self, text: str) -> None:
        super().__init__(f"{text[:40]!r} is not a date: write it as {ACCEPTED_FORMS}.")
        self.text = text


_TIME = r"(?:[ T](?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:[.,]\d{1,6})?)?(?:\s*[AaPp][Mm])?)?"
_NUMERIC = re.compile(
    r"(?P<a>\d{1,4})\s*[./ -]\s*(?P<b>\d{1,2})\s*[./ -]\s*(?P<c>\d{1,4})\.?" + _TIME + r"\Z"
)
_SERIAL = re.compile(r"\d{5}(?:[.,]\d+)?\Z")
_EXCEL_EPOCH = date(1899, 12, 30)
"""Serial 0 as Excel counts after its phantom 29 February 1900 (serial 60)."""
EXCEL_FIRST = date(1990, 1, 1)
EXCEL_LAST = date(2100, 12, 31)


def excel_serial_day(serial: int) -> date:
    """The day an Excel serial number (1900 date system) stands for. Excel took 1900 for a
    leap year, as Lotus 1-2-3 did: serial 60 is a 29 February 1900 that never was, and only
    the serials before it count from 31 December 1899."""
    if serial == 60:
        raise UnreadableDate(str(serial))
    if serial < 60:
        return _EXCEL_EPOCH + timedelta(days=serial + 1)
    return _EXCEL_EPOCH + timedelta(days=serial)


def order_of_pattern(pattern: str) -> DayOrder:
    """The order of a locale's short date pattern (Qt's ``dd/MM/yyyy``, ``M/d/yy``): month
    first only when its ``M`` comes before its ``d``."""
    day, month = pattern.find("d"), pattern.find("M")
    return DayOrder.MONTH_FIRST if 0 <= month < day or day < 0 <= month else DayOrder.DAY_FIRST


def _numbers(text: str) -> tuple[str, str, str] | None:
    found = _NUMERIC.match(text)
    return (found["a"], found["b"], found["c"]) if found else None


def read_day(text: str, order: DayOrder) -> date | None:
    """The day ``text`` writes, ``None`` when it is empty; ``UnreadableDate`` otherwise.
    A date-time gives the day it is written with, whatever its zone."""
    text = text.strip()
    if not text:
        return None
    if _SERIAL.match(text):
        counted = excel_serial_day(int(text.replace(",", ".").partition(".")[0]))
        if not EXCEL_FIRST <= counted <= EXCEL_LAST:
            raise UnreadableDate(text)
        return counted
    try:
        return _read_iso(text)
    except ValueError:
        pass
    numbers = _numbers(text)
    if numbers is None:
        raise UnreadableDate(text)
    first, second, last = numbers
    if len(first) == 4:  # year first: always year, month, day
        year, month, day = first, second, last
    elif len(first) <= 2 and len(last) in (2, 4):
        day, month = (first, second) if order == DayOrder.DAY_FIRST else (second, first)
        year = last if len(last) == 4 else f"20{last}"
    else:
        raise UnreadableDate(text)
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        raise UnreadableDate(text) from None


def _read_iso(text: str) -> date:
    """An ISO 8601 day or date-time (``Z`` or an offset allowed); ``ValueError`` otherwise."""
    if len(text) > 10 and text[10] in "T ":
        return datetime.fromisoformat(text.replace(",", ".")).date()
    if len(text) not in (8, 10):
        raise ValueError(text)
    return date.fromisoformat(text)


def settled_order(found: ColumnOrder, default: DayOrder) -> DayOrder:
    """The order a column's values settle (``column_order``), else ``default``."""
    settled = found in (ColumnOrder.DAY_FIRST, ColumnOrder.MONTH_FIRST)
    return DayOrder(found.value) if settled else default


def column_order(values: Iterable[str]) -> ColumnOrder:
    """Whether a column's numeric dates need a ``DayOrder`` and whether a value settles it."""
    day_first = month_first = ambiguous = False
    for value in values:
        numbers = _numbers(value.strip())
        if numbers is None or len(numbers[0]) > 2:
            continue
        first, second = int(numbers[0]), int(numbers[1])
        day_first |= 12 < first <= 31 and second <= 12
        month_first |= 12 < second <= 31 and first <= 12
        ambiguous |= first <= 12 and second <= 12 and first != second
    if day_first != month_first:
        return ColumnOrder.DAY_FIRST if day_first else ColumnOrder.MONTH_FIRST
    if day_first or ambiguous:
        return ColumnOrder.AMBIGUOUS
    return ColumnOrder.NOT_NEEDED
