"""The detail pane keeps the badge image of the award it shows when that award is shown again
after an edit or a revocation, and drops it for another award."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage

from badgedesk.api.models import Assertion, Recipient
from badgedesk.ui.assertions.detail import AssertionDetail


def png() -> bytes:
    image = QImage(16, 16, QImage.Format.Format_ARGB32)
    image.fill(QColor("#1565c0"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def award(entity_id: str, **changes: object) -> Assertion:
    values: dict[str, object] = {
        "entity_id": entity_id,
        "recipient": Recipient(identity="ada@example.org", hashed=False),
        "issued_on": datetime(2026, 1, 5, 10, 0, tzinfo=UTC),
        "narrative": "Did well.",
    }
    return Assertion(**{**values, **changes})  # type: ignore[arg-type]


def test_the_image_stays_after_an_edit_and_a_revocation(qtbot):
    detail = AssertionDetail()
    qtbot.addWidget(detail)
    shown = award("A1")
    detail.show_assertion(shown, badgeclass_name="First Aid")
    assert detail.image_label.text() == "No image"
    detail.set_image(png())
    assert not detail.image_label.pixmap().isNull()

    detail.show_assertion(dataclasses.replace(shown, narrative="Did very well."))
    assert not detail.image_label.pixmap().isNull(), "kept after an edit"
    revoked = dataclasses.replace(shown, revoked=True, revocation_reason="Error")
    detail.show_assertion(revoked)
    assert not detail.image_label.pixmap().isNull(), "kept after a revocation"
    assert "Revoked" in detail.status_label.text()

    detail.show_assertion(award("B2"))
    assert detail.image_label.pixmap().isNull(), "another award: its own image, loaded next"
    assert detail.image_label.text() == "No image"
