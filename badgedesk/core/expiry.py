"""The expiry date an award inherits from its badge class's rule (``expires``: an amount of
days, weeks, months or years after the issue date).

badgr-server keeps the rule but never applies it (no view calls
``BadgeClass.generate_expires_at``), so the client that awards computes the date. It does so as
that method would: calendar arithmetic in the manner of dateutil's ``relativedelta``, where a
month or a year keeps the day of the month, clamped to the last day of a shorter month
(31 January + 1 month = 28 or 29 February; 29 February + 1 year = 28 February), and the time of
day and the timezone are kept.
"""

from __future__ import annotations

import calendar
from datetime import datetime, timedelta

UNITS = ("days", "weeks", "months", "years")


def expiry_after(issued_on: datetime, amount: int, unit: str) -> datetime:
    """``issued_on`` plus ``amount`` of ``unit`` (one of ``UNITS``); ``ValueError`` for any
    other unit, and ``OverflowError`` past the year 9999."""
    if unit == "days":
        return issued_on + timedelta(days=amount)
    if unit == "weeks":
        return issued_on + timedelta(weeks=amount)
    if unit not in ("months", "years"):
        raise ValueError(f"not a unit of an expiry rule: {unit!r}")
    months = amount * (12 if unit == "years" else 1)
    index = issued_on.year * 12 + issued_on.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    if not 1 <= year <= 9999:
        raise OverflowError("date value out of range")
    day = min(issued_on.day, calendar.monthrange(year, month)[1])
    return issued_on.replace(year=year, month=month, day=day)
