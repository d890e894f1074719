"""A tab's content before it has any: what will appear there, and what to do next."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    """What will appear in a tab, and what to do next, until it has content."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(title)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        body = QLabel(text)
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # A centred layout item uses the size hint, not height-for-width, and a wrapped label
        # is then clipped to about one line: fix its width and give it the height it needs.
        width = body.fontMetrics().averageCharWidth() * 64
        body.setFixedWidth(width)
        body.setMinimumHeight(body.heightForWidth(width))
        self.action_button = QPushButton()
        self.action_button.hide()
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(heading)
        layout.addWidget(body, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.action_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        self.setAccessibleName(title)
        self.heading, self.body = heading, body
