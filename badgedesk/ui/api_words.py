"""The API's own values shown in the reader's language: an award's acceptance and a recipient's
identity type. The server, the store and exported files keep the values as the API writes
them; only what a person reads is translated. A value this version does not know is shown as
the server gave it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from badgedesk.api.models import Acceptance


def recipient_type_text(value: str) -> str:
    """``email``, ``url``, ``telephone`` or ``id`` as a reader calls it."""
    words = {
        "email": QCoreApplication.translate("ApiWords", "email"),
        "url": QCoreApplication.translate("ApiWords", "URL"),
        "telephone": QCoreApplication.translate("ApiWords", "telephone"),
        "id": QCoreApplication.translate("ApiWords", "ID"),
    }
    return words.get(value, value)


def acceptance_text(value: str) -> str:
    """Whether the earner accepted the award (``Acceptance``), in the issuer's view and in the
    earner's own backpack alike."""
    words: dict[str, str] = {
        Acceptance.ACCEPTED: QCoreApplication.translate("ApiWords", "Accepted"),
        Acceptance.UNACCEPTED: QCoreApplication.translate("ApiWords", "Not yet accepted"),
        # The server's word for a badge its earner removed from their backpack.
        Acceptance.REJECTED: QCoreApplication.translate("ApiWords", "Removed"),
    }
    return words.get(value, value)
