"""The Assertions tab's rules, in plain Python: which assertions a choice in the tree asks the
server for, whether a change concerns what is shown, and what a sign-in's scopes and the
selection allow. The tab only shows the answers (and words the reasons)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from badgedesk.api.models import AssertionRow, Scope

ISSUER_SCOPE = "rw:issuer"
"""What the API asks of a token to award, edit or revoke (and to list assertions)."""


@dataclass(frozen=True)
class AssertionQuery:
    """Which assertions a table shows: those of an issuer or a badge class, filtered."""

    scope: Scope
    entity_id: str
    recipients: tuple[str, ...] = ()
    include_revoked: bool = False
    include_expired: bool = False

    def covers(self, badgeclass_id: str, issuer_id: str | None) -> bool:
        """Whether awards of that badge class (of that issuer, when known) belong here."""
        if self.scope == "badgeclasses":
            return self.entity_id == badgeclass_id
        return issuer_id is not None and self.entity_id == issuer_id


def query_for(
    kind: str,
    entity_id: str,
    *,
    recipients: str = "",
    include_revoked: bool = False,
    include_expired: bool = False,
) -> AssertionQuery:
    """What choosing a node asks for: an issuer's node lists the awards of all its badge
    classes, any other node a badge class's. ``recipients`` is what was typed to find people
    on the server: identities separated by commas or spaces."""
    scope: Scope = "issuers" if kind == "issuers" else "badgeclasses"
    return AssertionQuery(
        scope,
        entity_id,
        tuple(recipients.replace(",", " ").split()),
        include_revoked,
        include_expired,
    )


class Blocked(StrEnum):
    """Why a write is not available now."""

    SIGNED_OUT = "signed out"
    MISSING_SCOPE = "missing scope"
    """The sign-in did not grant ``ISSUER_SCOPE``."""
    NO_BADGECLASS = "no badge class"
    """Awarding needs a badge class chosen, not an issuer."""
    NOT_ONE_AWARD = "not one award"
    """Editing and revoking act on exactly one selected award."""
    REVOKED = "revoked"
    """A revoked award can be neither edited nor revoked again."""


@dataclass(frozen=True)
class WriteActions:
    """For each write, None when it may be done now, else why not."""

    award: Blocked | None
    edit: Blocked | None
    revoke: Blocked | None


def session_blocked(*, signed_in: bool, allows: Callable[[str], bool]) -> Blocked | None:
    """What the session forbids of every write: signed out, or signed in without
    ``ISSUER_SCOPE`` (None: nothing). Badge class writes give the same reasons."""
    if not signed_in:
        return Blocked.SIGNED_OUT
    if not allows(ISSUER_SCOPE):
        return Blocked.MISSING_SCOPE
    return None


def write_actions(
    *,
    signed_in: bool,
    allows: Callable[[str], bool],
    badgeclass_chosen: bool,
    selected: Sequence[AssertionRow],
) -> WriteActions:
    """What the session (signed in, ``allows`` a scope) and the choice in the tree and table
    allow; the session's reasons come first, as no choice can overcome them."""
    if session := session_blocked(signed_in=signed_in, allows=allows):
        return WriteActions(session, session, session)
    if len(selected) != 1:
        on_one: Blocked | None = Blocked.NOT_ONE_AWARD
    else:
        on_one = Blocked.REVOKED if selected[0].revoked else None
    return WriteActions(
        award=None if badgeclass_chosen else Blocked.NO_BADGECLASS, edit=on_one, revoke=on_one
    )
