"""Local SQLite storage: schema migrations, the audit log and the offline cache. No Qt here."""

from badgedesk.core.audit import AuditEntry
from badgedesk.store.audit import AuditLog
from badgedesk.store.cache import Cache
from badgedesk.store.database import SCHEMA_VERSION, StoreError, open_database

__all__ = ["SCHEMA_VERSION", "AuditEntry", "AuditLog", "Cache", "StoreError", "open_database"]
