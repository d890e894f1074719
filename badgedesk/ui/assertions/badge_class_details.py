"""What the selected badge class is: its image, description, criteria, tags and alignments.

Shown over the awards table in a section that folds away, so that the table keeps its rows on
a 768-pixel-high screen. The text comes from the catalogue, so it shows offline too. Server
text is escaped before it becomes HTML; only the criteria narrative is rendered, from Markdown,
as the API defines it.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from badgedesk.api.models import Alignment, BadgeClass
from badgedesk.ui.assertions.detail import badge_pixmap, markdown_html, open_web_link

IMAGE_SIZE = 64
EXPANDED_KEY = "assertions/badgeclass_details"
"""Settings key: whether the section was left open."""
BODY_LINES = 9
"""How many lines of text the open section shows before it scrolls."""


def _link(url: str | None, text: str | None = None) -> str:
    """An escaped link to a web address; anything else is written as text."""
    if not url:
        return html.escape(text or "")
    label = html.escape(text or url)
    if url.startswith(("http://", "https://")):
        return f'<a href="{html.escape(url, quote=True)}">{label}</a>'
    return label


def _alignment_html(alignment: Alignment) -> str:
    name = _link(alignment.target_url, alignment.target_name or alignment.target_url)
    where = [
        html.escape(part) for part in (alignment.target_framework, alignment.target_code) if part
    ]
    text = f"<b>{name}</b>" + (f" ({' · '.join(where)})" if where else "")
    if alignment.target_description:
        text += f"<br>{html.escape(alignment.target_description)}"
    return f"<li>{text}</li>"


def badgeclass_html(badgeclass: BadgeClass) -> str:
    """The badge class's description, criteria, tags and alignments as HTML."""
    parts = []
    if badgeclass.description:
        parts.append(f"<p>{html.escape(badgeclass.description)}</p>")
    if badgeclass.criteria_narrative or badgeclass.criteria_url:
        heading = html.escape(QCoreApplication.translate("BadgeClassDetails", "Criteria"))
        parts.append(f"<h4>{heading}</h4>")
        if badgeclass.criteria_narrative:
            parts.append(markdown_html(badgeclass.criteria_narrative))
        if badgeclass.criteria_url:
            parts.append(f"<p>{_link(badgeclass.criteria_url)}</p>")
    if badgeclass.tags:
        tags = ", ".join(html.escape(tag) for tag in badgeclass.tags)
        label = html.escape(QCoreApplication.translate("BadgeClassDetails", "Tags:"))
        parts.append(f"<p><b>{label}</b> {tags}</p>")
    if badgeclass.alignments:
        heading = html.escape(QCoreApplication.translate("BadgeClassDetails", "Alignments"))
        parts.append(f"<h4>{heading}</h4>")
        parts.append("<ul>" + "".join(_alignment_html(a) for a in badgeclass.alignments) + "</ul>")
    if not parts:
        none = QCoreApplication.translate("BadgeClassDetails", "The server gives no description.")
        parts.append(f"<p><i>{html.escape(none)}</i></p>")
    return "".join(parts)


class BadgeClassDetails(QWidget):
    """A foldable "About this badge class" section; open or closed as last left."""

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.badgeclass: BadgeClass | None = None
        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAutoRaise(True)
        self.toggle.setAccessibleName(
            QCoreApplication.translate("BadgeClassDetails", "About this badge class")
        )
        self.toggle.setToolTip(
            QCoreApplication.translate(
                "BadgeClassDetails", "Show or hide what this badge class is (Ctrl+Shift+B)"
            )
        )
        self.toggle.setShortcut("Ctrl+Shift+B")
        self.image_label = QLabel()
        self.image_label.setFixedSize(IMAGE_SIZE, IMAGE_SIZE)
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_label.setAccessibleName(
            QCoreApplication.translate("BadgeClassDetails", "Badge class image")
        )
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(open_web_link)
        self.browser.setAccessibleName(
            QCoreApplication.translate("BadgeClassDetails", "Badge class description")
        )
        self.browser.setMaximumHeight(self.fontMetrics().lineSpacing() * BODY_LINES)
        self.body = QWidget()
        body_layout = QHBoxLayout(self.body)
        body_layout.setContentsMargins(4, 0, 4, 2)
        body_layout.addWidget(self.image_label, 0, Qt.AlignmentFlag.AlignTop)
        body_layout.addWidget(self.browser, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.body)
        expanded = settings.value(EXPANDED_KEY, "false") if settings is not None else "false"
        self.toggle.setChecked(str(expanded).lower() == "true")
        self._show_expanded(self.toggle.isChecked())
        self.toggle.toggled.connect(self._on_toggled)
        self.setAccessibleName(
            QCoreApplication.translate("BadgeClassDetails", "About this badge class")
        )
        self.hide()

    def _on_toggled(self, expanded: bool) -> None:
        self._show_expanded(expanded)
        if self.settings is not None:
            self.settings.setValue(EXPANDED_KEY, expanded)

    def _show_expanded(self, expanded: bool) -> None:
        self.body.setVisible(expanded)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)

    def show_badgeclass(self, badgeclass: BadgeClass | None) -> None:
        """Show ``badgeclass`` (its image follows through ``set_image``); None hides the
        section, as for an issuer."""
        self.badgeclass = badgeclass
        if badgeclass is None:
            self.hide()
            return
        self.toggle.setText(
            QCoreApplication.translate("BadgeClassDetails", "About {name}").format(
                name=badgeclass.name
            )
        )
        self.browser.setHtml(badgeclass_html(badgeclass))
        self.set_image(None)
        self.show()

    def set_image(self, data: bytes | None) -> None:
        """Show the badge class's image (None or not an image: no picture)."""
        scaled = badge_pixmap(data, IMAGE_SIZE, self.devicePixelRatioF())
        self.image_label.setPixmap(scaled if scaled is not None else QPixmap())
