"""Every date BadgeDesk shows, in one form: the locale's short date with a four-digit year
(14/11/2026, 11/14/2026, 14.11.2026), in local time, with HH:mm after it for a moment.

The locale's own short format is kept for the order and separators people read every day, but
its two-digit year ("5/26/26") is widened: a date in a list of awards must not be read as a
day of another century. Date editors use the same pattern, so what is typed is what is shown.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateTimeEdit, QWidget

from badgedesk.core.written_dates import DayOrder, order_of_pattern

_YEAR = re.compile("y+")
_DAY = re.compile("(?<!d)d(?!d)")
_MONTH = re.compile("(?<!M)M(?!M)")


def date_pattern(locale: QLocale | None = None) -> str:
    """The locale's short date pattern with a four-digit year and two-digit days and months
    (``dd/MM/yyyy``, ``MM/dd/yyyy``): a date editor reads every typed digit the same way."""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"  # no locale set (C/POSIX): ISO 8601, not C's "d M yyyy"
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return _MONTH.sub("MM", _DAY.sub("dd", _YEAR.sub("yyyy", short)))


def datetime_pattern(locale: QLocale | None = None) -> str:
    """``date_pattern`` followed by the 24-hour time, ``HH:mm``."""
    return date_pattern(locale) + " HH:mm"


def locale_day_order(locale: QLocale | None = None) -> DayOrder:
    """Whether the locale writes the day or the month first (the default for 03/04/2026)."""
    return order_of_pattern((locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat))


def display_date(value: date | datetime | None) -> str:
    """A day as the locale writes it; a ``datetime`` (aware, UTC in the model) is shown on the
    day it is in local time. ``""`` for none."""
    if value is None:
        return ""
    day = value.astimezone().date() if isinstance(value, datetime) else value
    return QLocale().toString(QDate(day.year, day.month, day.day), date_pattern())


def display_datetime(value: datetime | None) -> str:
    """A moment in local time: the locale's date and ``HH:mm``. ``""`` for none."""
    if value is None:
        return ""
    local = value.astimezone()
    moment = QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second)
    )
    return QLocale().toString(moment, datetime_pattern())


class DateEditor(QDateTimeEdit):
    """A date (or date and time) editor in the form every date is shown in, with a calendar
    popup, that takes what is typed as it is shown: "01/12/2026 09:05" gives exactly that.

    Qt moves to the next section by itself once a section is full, and then moves again on
    the separator typed after it, skipping a section ("1 12 2026" became "4 12 2027 20:26"):
    the separator typed right after such a move is taken as the one already passed."""

    def __init__(self, *, with_time: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(datetime_pattern() if with_time else date_pattern())
        self._moved_on = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if self._moved_on and text and not text.isalnum():
            event.accept()  # the separator (". " is two characters) of the section passed
            return
        before = self.currentSectionIndex()
        super().keyPressEvent(event)
        self._moved_on = text.isdigit() and self.currentSectionIndex() != before
