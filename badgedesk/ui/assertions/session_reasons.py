"""Why the session allows no write of the Assertions tab, in words: one wording for the award
actions and the badge class actions, which share these reasons (``session_blocked``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from badgedesk.services.assertion_rules import ISSUER_SCOPE, Blocked


def session_reason(blocked: str) -> str | None:
    """The words for a reason the session gives (a ``Blocked`` or ``DesignBlocked`` of the
    same value); None for any other reason."""
    if blocked == Blocked.SIGNED_OUT:
        return QCoreApplication.translate("SessionReasons", "Sign in to do this.")
    if blocked == Blocked.MISSING_SCOPE:
        return QCoreApplication.translate(
            "SessionReasons",
            "Needs the “{scope}” permission, which this sign-in did not grant. "
            "Sign out and sign in again to allow it.",
        ).format(scope=ISSUER_SCOPE)
    return None
