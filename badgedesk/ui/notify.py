"""The person's last choice of "notify the recipient by email", kept per machine.

The award dialog and new award batches start from it; the first choice is on, as the web app's.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

NOTIFY_KEY = "awards/notify"


def remembered_notify(settings: QSettings | None) -> bool:
    """The last choice; on when none was made (or nowhere to keep one)."""
    if settings is None:
        return True
    value = settings.value(NOTIFY_KEY, True)
    return value if isinstance(value, bool) else str(value).lower() == "true"


def remember_notify(settings: QSettings | None, notify: bool) -> None:
    if settings is not None:
        settings.setValue(NOTIFY_KEY, notify)
