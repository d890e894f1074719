"""Every field of one assertion, readable, with its identifiers one click from the clipboard.

Server text is escaped before it becomes HTML; only the narrative is rendered, from Markdown,
as the API defines it. Links open in the system browser and only when they are http(s).
"""

from __future__ import annotations

import html
import json
import re
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QPalette,
    QPixmap,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from badgedesk.api.models import Assertion, AssertionStatus
from badgedesk.ui.api_words import acceptance_text, recipient_type_text
from badgedesk.ui.clipboard import copy_from
from badgedesk.ui.dates import display_datetime
from badgedesk.ui.style import error_color

IMAGE_SIZE = 96
_BODY = re.compile(r"<body[^>]*>(.*)</body>", re.DOTALL)


def open_web_link(url: QUrl) -> None:
    """Open ``url`` in the system browser if it is a web address; anything else is ignored."""
    if url.scheme() in ("http", "https"):
        QDesktopServices.openUrl(url)


def markdown_html(text: str) -> str:
    """The narrative as HTML, rendered by Qt's Markdown reader (raw HTML in it stays text)."""
    document = QTextDocument()
    document.setMarkdown(text, QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
    match = _BODY.search(document.toHtml())
    return match.group(1) if match else html.escape(text)


def badge_pixmap(data: bytes | None, size: int, ratio: float) -> QPixmap | None:
    """A badge image fitted in ``size``x``size`` logical pixels, sharp at the screen's
    ``ratio``; None when ``data`` is not an image."""
    pixmap = QPixmap()
    if not data or not pixmap.loadFromData(data):
        return None
    scaled = pixmap.scaled(
        int(size * ratio),
        int(size * ratio),
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    scaled.setDevicePixelRatio(ratio)
    return scaled


class AssertionDetail(QWidget):
    """The right-hand pane of the Assertions tab (and, later, of the Backpack tab)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.assertion: Assertion | None = None
        self.image_label = QLabel()
        self.image_label.setFixedSize(IMAGE_SIZE, IMAGE_SIZE)
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_label.setAccessibleName(self.tr("Badge image"))
        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setAccessibleName(self.tr("Badge class"))
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setAccessibleName(self.tr("Status"))

        self.copy_id_button = self._button(self.tr("Copy &ID"), self.tr("Copy the entity ID"))
        self.copy_recipient_button = self._button(
            self.tr("Copy reci&pient"), self.tr("Copy the recipient identity")
        )
        self.copy_open_badge_button = self._button(
            self.tr("Copy &Open Badge ID"), self.tr("Copy the Open Badge ID")
        )
        self.open_public_button = self._button(
            self.tr("Open p&ublic page"), self.tr("Open the public page in the browser")
        )
        self.copy_id_button.clicked.connect(
            lambda: copy_from(self.copy_id_button, self.assertion.key if self.assertion else "")
        )
        self.copy_recipient_button.clicked.connect(
            lambda: copy_from(self.copy_recipient_button, self._recipient_identity())
        )
        self.copy_open_badge_button.clicked.connect(
            lambda: copy_from(
                self.copy_open_badge_button,
                (self.assertion.open_badge_id or "") if self.assertion else "",
            )
        )
        self.open_public_button.clicked.connect(
            lambda: (
                open_web_link(QUrl(self.assertion.open_badge_id or "")) if self.assertion else None
            )
        )

        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(open_web_link)
        self.browser.setAccessibleName(self.tr("Award details"))

        header = QHBoxLayout()
        header.addWidget(self.image_label)
        titles = QVBoxLayout()
        titles.addWidget(self.title_label)
        titles.addWidget(self.status_label)
        titles.addStretch(1)
        header.addLayout(titles, 1)
        # One column: the pane is narrow, and a translated "Copy Open Badge ID" runs long.
        buttons = QVBoxLayout()
        for button in (
            self.copy_id_button,
            self.copy_recipient_button,
            self.copy_open_badge_button,
            self.open_public_button,
        ):
            buttons.addWidget(button)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(header)
        content_layout.addLayout(buttons)
        content_layout.addWidget(self.browser, 1)

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setAccessibleName(self.tr("Details"))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message_label)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.stack)
        self.setAccessibleName(self.tr("Award details"))
        self.setMinimumWidth(300)

    def _button(self, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(accessible)
        button.setAutoDefault(False)
        return button

    # ------------------------------------------------------------ states

    def clear(self, message: str) -> None:
        self.assertion = None
        self.message_label.setText(message)
        self.stack.setCurrentIndex(0)

    def show_error(self, message: str) -> None:
        self.assertion = None
        self.message_label.setText("⚠ " + message)
        self.stack.setCurrentIndex(0)

    def set_image(self, data: bytes | None) -> None:
        scaled = badge_pixmap(data, IMAGE_SIZE, self.devicePixelRatioF())
        if scaled is not None:
            self.image_label.setPixmap(scaled)
            self.image_label.setText("")
        else:
            self.image_label.setPixmap(QPixmap())
            self.image_label.setText(self.tr("No image"))

    def show_assertion(
        self,
        assertion: Assertion,
        *,
        badgeclass_name: str | None = None,
        issuer_name: str | None = None,
    ) -> None:
        """Show ``assertion``; the same award shown again (after an edit or a revocation)
        keeps its image, which only a new award's loading replaces."""
        same_award = self.assertion is not None and self.assertion.key == assertion.key
        self.assertion = assertion
        self.title_label.setText(badgeclass_name or assertion.badgeclass or self.tr("Award"))
        status = assertion.status()
        marks = {
            AssertionStatus.ACTIVE: self.tr("● Active"),
            AssertionStatus.EXPIRED: self.tr("◐ Expired"),
            AssertionStatus.REVOKED: self.tr("✕ Revoked"),
        }
        self.status_label.setText(marks[status])
        palette = self.status_label.palette()
        role = QPalette.ColorRole.WindowText
        colour = self.palette().color(role)
        if status == AssertionStatus.REVOKED:  # the ✕ says it too, for those who see no red
            colour = error_color()
        palette.setColor(role, colour)
        self.status_label.setPalette(palette)
        self.copy_open_badge_button.setEnabled(bool(assertion.open_badge_id))
        self.open_public_button.setEnabled(
            QUrl(assertion.open_badge_id or "").scheme() in ("http", "https")
        )
        self.browser.setHtml(self._html(assertion, issuer_name))
        if not same_award:
            self.set_image(None)
        self.stack.setCurrentIndex(1)

    # ------------------------------------------------------------ content

    def _recipient_identity(self) -> str:
        recipient = self.assertion.recipient if self.assertion else None
        if recipient is None:
            return ""
        return recipient.plaintext_identity or recipient.identity

    def _html(self, assertion: Assertion, issuer_name: str | None) -> str:
        rows: list[tuple[str, str]] = []
        recipient = assertion.recipient
        if recipient is not None:
            shown = recipient.plaintext_identity or recipient.identity
            rows.append((self.tr("Recipient"), _text(shown)))
            rows.append((self.tr("Type"), _text(recipient_type_text(recipient.type))))
            hashed = self.tr("yes") if recipient.hashed else self.tr("no")
            rows.append((self.tr("Hashed"), hashed))
            if recipient.hashed and recipient.plaintext_identity:
                rows.append((self.tr("Hash"), _code(recipient.identity)))
            if recipient.salt:
                rows.append((self.tr("Salt"), _code(recipient.salt)))
        if issuer_name:
            rows.append((self.tr("Issuer"), _text(issuer_name)))
        rows.append((self.tr("Issued on"), self._when(assertion.issued_on)))
        rows.append((self.tr("Expires"), self._when(assertion.expires) or self.tr("never")))
        rows.append((self.tr("Created"), self._when(assertion.created_at)))
        if assertion.acceptance:
            rows.append((self.tr("Acceptance"), _text(acceptance_text(assertion.acceptance))))
        if assertion.revoked:
            reason = assertion.revocation_reason or self.tr("(no reason given)")
            rows.append((self.tr("Revocation reason"), _text(reason)))
        rows.append((self.tr("Entity ID"), _code(assertion.key)))
        if assertion.open_badge_id:
            rows.append((self.tr("Public link"), _link(assertion.open_badge_id)))
        parts = ["<table cellspacing='2' cellpadding='2'>"]
        parts += [
            f"<tr><td valign='top'><b>{html.escape(label)}</b></td><td>{value}</td></tr>"
            for label, value in rows
        ]
        parts.append("</table>")
        parts.append("<h4>" + html.escape(self.tr("Narrative")) + "</h4>")
        parts.append(
            markdown_html(assertion.narrative)
            if assertion.narrative
            else "<p><i>" + html.escape(self.tr("No narrative.")) + "</i></p>"
        )
        parts.append("<h4>" + html.escape(self.tr("Evidence")) + "</h4>")
        parts.append(self._evidence_html(assertion))
        ob3 = assertion.ob3_award_properties
        if ob3 is not None:
            parts.append("<h4>" + html.escape(self.tr("Open Badges 3 award properties")) + "</h4>")
            parts.append("<table cellspacing='2' cellpadding='2'>")
            for label, value in (
                (self.tr("Activity start"), self._when(ob3.activity_start)),
                (self.tr("Activity end"), self._when(ob3.activity_end)),
                (self.tr("Licence number"), _text(ob3.license_number or "")),
                (self.tr("Role"), _text(ob3.role or "")),
            ):
                parts.append(f"<tr><td><b>{html.escape(label)}</b></td><td>{value}</td></tr>")
            parts.append("</table>")
        if assertion.extensions:
            parts.append("<h4>" + html.escape(self.tr("Extensions")) + "</h4>")
            formatted = json.dumps(assertion.extensions, indent=2, ensure_ascii=False)
            parts.append(f"<pre>{html.escape(formatted)}</pre>")
        return "\n".join(parts)

    def _evidence_html(self, assertion: Assertion) -> str:
        if not assertion.evidence:
            return "<p><i>" + html.escape(self.tr("No evidence.")) + "</i></p>"
        items = []
        for evidence in assertion.evidence:
            title = evidence.name or evidence.url or self.tr("Evidence")
            head = _link(evidence.url, title) if evidence.url else _text(title)
            details = [
                _text(value)
                for value in (
                    evidence.description,
                    evidence.narrative,
                    ", ".join(v for v in (evidence.genre, evidence.audience) if v),
                )
                if value
            ]
            items.append(f"<li>{head}" + "".join(f"<br>{d}" for d in details) + "</li>")
        return "<ul>" + "".join(items) + "</ul>"

    def _when(self, value: datetime | None) -> str:
        return html.escape(display_datetime(value))


def _text(value: Any) -> str:
    return html.escape(str(value))


def _code(value: str) -> str:
    return f"<code>{html.escape(value)}</code>"


def _link(url: str, text: str | None = None) -> str:
    return f"<a href='{html.escape(url, quote=True)}'>{html.escape(text or url)}</a>"
