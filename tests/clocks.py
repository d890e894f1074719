"""A deterministic clock for the stores and services that take one: what happened later is
later, by exactly one second a call."""

from __future__ import annotations

from datetime import datetime, timedelta


class TickingClock:
    """Each call one second after the previous one, the first one second after ``start``."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now
