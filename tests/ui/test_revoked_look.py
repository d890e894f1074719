"""A revoked award looks revoked in the revocation views too: the batch editor's rows already
revoked and the revoked-awards list are struck through and muted, their reason in the
tooltip (the Assertions table's look is tested with its model)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt

from badgedesk.api.models import Assertion, Recipient
from badgedesk.core.batches import RevocationRow, RevocationTarget
from badgedesk.core.states import RowState
from badgedesk.ui.models.revocation_rows import RevocationRowsModel
from badgedesk.ui.models.revocations import RECIPIENT, RevokedModel
from badgedesk.ui.style import muted_brush


def target(entity_id: str, status: str, note: str = "") -> RevocationTarget:
    return RevocationTarget(
        entity_id, identity=f"{entity_id}@school.test", status=status, note=note
    )


def test_a_batch_row_already_revoked_is_struck_through_with_its_reason(qapp):
    model = RevocationRowsModel()
    model.set_rows(
        [
            RevocationRow(1, 1.0, target("gone", "revoked", "Awarded in error"), RowState.SKIPPED),
            RevocationRow(2, 2.0, target("live", "active")),
        ],
        "Left the course",
    )
    for column in (model.RECIPIENT, model.BADGECLASS, model.ISSUED):
        gone, live = model.index(0, column), model.index(1, column)
        assert gone.data(Qt.ItemDataRole.FontRole).strikeOut()
        assert gone.data(Qt.ItemDataRole.ForegroundRole) == muted_brush()
        assert "Awarded in error" in gone.data(Qt.ItemDataRole.ToolTipRole)
        assert live.data(Qt.ItemDataRole.FontRole) is None
    assert model.index(0, model.STATUS).data() == "Revoked"


def test_the_revoked_awards_list_strikes_its_recipients_through(qapp):
    model = RevokedModel()
    model.append(
        [
            Assertion(
                entity_id="A1",
                recipient=Recipient(identity="ada@school.test", hashed=False),
                issued_on=datetime(2026, 1, 5, tzinfo=UTC),
                revoked=True,
                revocation_reason="Awarded in error",
            )
        ]
    )
    recipient = model.index(0, RECIPIENT)
    assert recipient.data(Qt.ItemDataRole.FontRole).strikeOut()
    assert recipient.data(Qt.ItemDataRole.ForegroundRole) == muted_brush()
    assert recipient.data(Qt.ItemDataRole.ToolTipRole) == "Revoked: Awarded in error"
