"""The last look before revoking: how many awards, of which badge classes, to whom, and why.

Revoking cannot be undone, so above ``TYPED_CONFIRMATION_ABOVE`` rows the Revoke button stays
disabled until the number of awards is typed. Cancel is the default button.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from badgedesk.core.batches import RevocationRow
from badgedesk.core.states import RowState
from badgedesk.ui.fit import fit_to_screen

TYPED_CONFIRMATION_ABOVE = 20
RECIPIENTS_SHOWN = 200


@dataclass(frozen=True)
class ReviewSummary:
    """What the review shows, computed from the rows about to be sent."""

    count: int
    skipped: int
    badgeclasses: list[tuple[str, int]]
    recipients: list[str]
    reasons: list[tuple[str, int]]

    @classmethod
    def of(
        cls, to_send: Sequence[RevocationRow], all_rows: Sequence[RevocationRow], reason: str
    ) -> ReviewSummary:
        classes = Counter(
            row.target.badgeclass_name or row.target.badgeclass_id or "?" for row in to_send
        )
        reasons = Counter(row.reason_in(reason) for row in to_send)
        return cls(
            count=len(to_send),
            skipped=sum(row.state == RowState.SKIPPED for row in all_rows),
            badgeclasses=classes.most_common(),
            recipients=[row.target.identity or row.target.entity_id or "" for row in to_send],
            reasons=reasons.most_common(),
        )


class ReviewDialog(QDialog):
    def __init__(self, summary: ReviewSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = summary
        self.setWindowTitle(self.tr("Review the revocations"))
        self.setAccessibleName(self.windowTitle())
        fit_to_screen(self, 560, 520)
        headline = QLabel(self.tr("Revoke %n award(s)? This cannot be undone.", "", summary.count))
        headline.setAccessibleName(self.tr("What will be revoked"))
        font = headline.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        headline.setFont(font)
        details = QLabel(self._details_text())
        details.setTextFormat(Qt.TextFormat.PlainText)
        details.setWordWrap(True)
        details.setAccessibleName(self.tr("Badge classes and reasons"))
        recipients_label = QLabel(self.tr("Re&cipients:"))
        self.recipients = QPlainTextEdit()
        self.recipients.setReadOnly(True)
        self.recipients.setAccessibleName(self.tr("Recipients whose awards are revoked"))
        shown = summary.recipients[:RECIPIENTS_SHOWN]
        text = "\n".join(shown)
        if len(summary.recipients) > len(shown):
            text += "\n" + self.tr("… and %n more", "", len(summary.recipients) - len(shown))
        self.recipients.setPlainText(text)
        recipients_label.setBuddy(self.recipients)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.revoke_button = self.buttons.addButton(
            self.tr("Revoke %n award(s)", "", summary.count),
            QDialogButtonBox.ButtonRole.DestructiveRole,
        )
        self.revoke_button.setAccessibleName(self.tr("Revoke the awards now"))
        self.revoke_button.setAutoDefault(False)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        self.revoke_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(headline)
        layout.addWidget(details)
        layout.addWidget(recipients_label)
        layout.addWidget(self.recipients, 1)
        self.typed: QLineEdit | None = None
        if summary.count > TYPED_CONFIRMATION_ABOVE:
            prompt = QLabel(
                self.tr("To confirm, &type the number of awards to revoke (%n):", "", summary.count)
            )
            prompt.setWordWrap(True)
            self.typed = QLineEdit()
            self.typed.setAccessibleName(self.tr("Number of awards to revoke, typed to confirm"))
            self.typed.setPlaceholderText(str(summary.count))
            self.typed.textChanged.connect(self._on_typed)
            prompt.setBuddy(self.typed)
            layout.addWidget(prompt)
            layout.addWidget(self.typed)
            self.revoke_button.setEnabled(False)
        layout.addWidget(self.buttons)
        (self.typed or cancel).setFocus()

    def _details_text(self) -> str:
        summary = self.summary
        lines = [self.tr("Badge classes:")]
        lines += [f"  • {name}: {count}" for name, count in summary.badgeclasses]
        lines.append(self.tr("Reasons:"))
        lines += [f"  • “{reason}”: {count}" for reason, count in summary.reasons]
        if summary.skipped:
            lines.append(
                self.tr("Already revoked on the server, so skipped: %n.", "", summary.skipped)
            )
        return "\n".join(lines)

    def _on_typed(self, text: str) -> None:
        self.revoke_button.setEnabled(text.strip() == str(self.summary.count))
