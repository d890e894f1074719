"""Timestamps as BadgeDesk keeps them: timezone-aware, written in UTC with a ``Z``."""

from __future__ import annotations

from datetime import UTC, datetime


def parse_datetime(value: str) -> datetime:
    """Parse an ISO 8601 timestamp; naive ones are taken as UTC. One with no UTC equivalent
    (an offset carrying it past year 1 or 9999) raises ``ValueError`` now, not in
    ``format_datetime`` when it is stored."""
    parsed = datetime.fromisoformat(value.strip())
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    try:
        parsed.astimezone(UTC)
    except OverflowError:
        raise ValueError(f"{value[:40]!r} is out of range in UTC") from None
    return parsed


def format_datetime(value: datetime) -> str:
    """ISO 8601 in UTC with a ``Z``, milliseconds unless finer precision is present."""
    utc = (value.replace(tzinfo=UTC) if value.tzinfo is None else value).astimezone(UTC)
    spec = "milliseconds" if utc.microsecond % 1000 == 0 else "microseconds"
    return utc.isoformat(timespec=spec).replace("+00:00", "Z")
