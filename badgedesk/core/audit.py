"""One entry of the audit log, as every layer reads it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from badgedesk.core.states import Outcome


@dataclass(frozen=True)
class AuditEntry:
    """One recorded write; ``at`` is timezone-aware UTC."""

    id: int
    at: datetime
    profile: str
    user: str | None
    operation: str
    target: str
    outcome: Outcome
    detail: str
