"""A tab's content before it has any: what will appear there, and what to do next."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
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


def needs_sign_in(title: str, text: str) -> EmptyState:
    """An empty tab whose content comes from a server: it says to sign in and has the Sign in
    button, which the window shows while signed out."""
    state = EmptyState(
        title,
        text
        + QCoreApplication.translate(
            "EmptyState", "Sign in to a server to begin (Account → Sign in, Ctrl+L)."
        ),
    )
    state.action_button.setText(QCoreApplication.translate("EmptyState", "Sign in…"))
    state.action_button.setAccessibleName(QCoreApplication.translate("EmptyState", "Sign in"))
    return state


def assertions_empty_state() -> EmptyState:
    """The Assertions tab while signed out: the window's placeholder until the tab is built,
    then the tab's own first page."""
    return needs_sign_in(
        QCoreApplication.translate("EmptyState", "Assertions"),
        QCoreApplication.translate(
            "EmptyState",
            "The badges your issuers have awarded will be listed here, by issuer and badge "
            "class, to browse, award, edit and revoke. ",
        ),
    )


def backpack_empty_state() -> EmptyState:
    """The Backpack tab while signed out (the window's placeholder, then the tab's own)."""
    return needs_sign_in(
        QCoreApplication.translate("EmptyState", "Backpack"),
        QCoreApplication.translate(
            "EmptyState",
            "Your own badges, from any issuer, will appear here to accept, import and gather "
            "into collections you can share. ",
        ),
    )
