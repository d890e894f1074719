"""The expiry an award inherits from its badge class's rule, computed as badgr-server's
``BadgeClass.generate_expires_at`` would (``issued_on + relativedelta(**{unit: amount})``)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from badgedesk.core.expiry import expiry_after

PARIS = timezone(timedelta(hours=1))


@pytest.mark.parametrize(
    ("issued_on", "amount", "unit", "expected"),
    [
        # a month keeps the day of the month, clamped to the end of a shorter month
        (datetime(2025, 1, 31, 9, 30), 1, "months", datetime(2025, 2, 28, 9, 30)),
        (datetime(2024, 1, 31, 9, 30), 1, "months", datetime(2024, 2, 29, 9, 30)),
        (datetime(2025, 3, 31), 1, "months", datetime(2025, 4, 30)),
        (datetime(2025, 1, 15), 1, "months", datetime(2025, 2, 15)),
        (datetime(2025, 11, 30), 3, "months", datetime(2026, 2, 28)),
        (datetime(2025, 12, 31), 1, "months", datetime(2026, 1, 31)),
        (datetime(2025, 5, 31), 24, "months", datetime(2027, 5, 31)),
        # a year keeps the day, 29 February becoming 28 February in a common year
        (datetime(2024, 2, 29, 12), 1, "years", datetime(2025, 2, 28, 12)),
        (datetime(2024, 2, 29, 12), 4, "years", datetime(2028, 2, 29, 12)),
        (datetime(2025, 6, 1), 2, "years", datetime(2027, 6, 1)),
        # days and weeks are counted as they are, across month ends and leap days
        (datetime(2024, 2, 28), 1, "days", datetime(2024, 2, 29)),
        (datetime(2025, 2, 28), 1, "days", datetime(2025, 3, 1)),
        (datetime(2024, 12, 30), 365, "days", datetime(2025, 12, 30)),
        (datetime(2025, 1, 29), 2, "weeks", datetime(2025, 2, 12)),
        (datetime(2024, 2, 22), 1, "weeks", datetime(2024, 2, 29)),
    ],
)
def test_the_rule_is_added_as_a_calendar_would(
    issued_on: datetime, amount: int, unit: str, expected: datetime
) -> None:
    assert expiry_after(issued_on.replace(tzinfo=UTC), amount, unit) == expected.replace(tzinfo=UTC)


def test_the_timezone_and_time_of_day_are_kept() -> None:
    issued_on = datetime(2025, 1, 31, 23, 45, 12, 345000, tzinfo=PARIS)
    expires = expiry_after(issued_on, 1, "months")
    assert expires == datetime(2025, 2, 28, 23, 45, 12, 345000, tzinfo=PARIS)
    assert expires.utcoffset() == timedelta(hours=1)
    weeks = expiry_after(issued_on, 1, "weeks")
    assert (weeks.tzinfo, weeks.time()) == (PARIS, issued_on.time())


def test_a_unit_the_server_does_not_take_is_refused() -> None:
    with pytest.raises(ValueError, match="fortnights"):
        expiry_after(datetime(2025, 1, 1, tzinfo=UTC), 1, "fortnights")


def test_past_the_last_year_is_an_overflow() -> None:
    with pytest.raises(OverflowError):
        expiry_after(datetime(9999, 6, 1, tzinfo=UTC), 1, "years")
