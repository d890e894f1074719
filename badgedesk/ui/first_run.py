"""The first-run page: what the sandbox is, and how to reach a real server.

Shown in the main window in place of the tabs while no server profile is configured (until the
person hides it), and from Help → Getting started. It only shows and asks: the window turns
its buttons into requests that the shell answers.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from badgedesk.profiles import DEFAULT_REDIRECT as REDIRECT_URI

DEMO_ACCOUNT = "demo@badgedesk.test"
DEMO_PASSWORD = "demo"  # noqa: S105 - the public demo account of the local sandbox
"""The sandbox's demo account (the sandbox shares no code with the client)."""


def _section(title: str, text: str) -> QWidget:
    """A heading and its paragraph (plain text: nothing in it is markup)."""
    box = QWidget()
    heading = QLabel(title)
    font = heading.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    heading.setFont(font)
    body = QLabel(text)
    body.setWordWrap(True)
    body.setTextFormat(Qt.TextFormat.PlainText)
    body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    body.setAccessibleName(title)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 6, 0, 6)
    layout.addWidget(heading)
    layout.addWidget(body)
    return box


class FirstRunPage(QWidget):
    """Welcome, the sandbox, and the ways to connect to Parchment, Canvas Credentials or a
    self-hosted Badgr server; "Try the sandbox", "Set up a server…" and "Hide this page"."""

    try_sandbox = Signal()
    set_up_server = Signal()
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(QCoreApplication.translate("FirstRunPage", "Getting started"))
        title = QLabel(QCoreApplication.translate("FirstRunPage", "Welcome to BadgeDesk"))
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.6)
        title.setFont(font)
        intro = QLabel(
            QCoreApplication.translate(
                "FirstRunPage",
                "No server is set up yet. Practise on the sandbox, or connect BadgeDesk to "
                "your school's badge server.",
            )
        )
        intro.setWordWrap(True)
        self.sections = [
            _section(
                QCoreApplication.translate(
                    "FirstRunPage", "The sandbox: a practice server on this computer"
                ),
                QCoreApplication.translate(
                    "FirstRunPage",
                    "The sandbox runs inside BadgeDesk, with demo issuers, badge classes and "
                    "awards. Nothing you do there reaches a real server or mails anyone. Sign "
                    "in with {account} and the password {password}.",
                ).format(account=DEMO_ACCOUNT, password=DEMO_PASSWORD),
            ),
            _section(
                QCoreApplication.translate(
                    "FirstRunPage", "Parchment Digital Badges or Canvas Credentials"
                ),
                QCoreApplication.translate(
                    "FirstRunPage",
                    "Ask Parchment for a client id and secret for your region, with the "
                    "redirect address {redirect}. Then, in File → Server profiles, duplicate "
                    "your region's profile, enter the client id and secret, save, and choose "
                    "Use this profile.",
                ).format(redirect=REDIRECT_URI),
            ),
            _section(
                QCoreApplication.translate("FirstRunPage", "A self-hosted Badgr server"),
                QCoreApplication.translate(
                    "FirstRunPage",
                    "The server's administrator adds BadgeDesk as an OAuth application (public, "
                    "authorization code, redirect address {redirect}). Then, in File → Server "
                    "profiles → New, enter the API address, the web app address where people "
                    "sign in, and the client id. The README's sections \u201cConnecting to a "
                    "hosted region\u201d and \u201cConnecting to a self-hosted Badgr server\u201d "
                    "give every step.",
                ).format(redirect=REDIRECT_URI),
            ),
        ]
        self.try_button = QPushButton(
            QCoreApplication.translate("FirstRunPage", "&Try the sandbox")
        )
        self.try_button.setAccessibleName(
            QCoreApplication.translate("FirstRunPage", "Try the sandbox")
        )
        self.try_button.setDefault(True)
        self.try_button.clicked.connect(self.try_sandbox)
        self.set_up_button = QPushButton(
            QCoreApplication.translate("FirstRunPage", "Set &up a server…")
        )
        self.set_up_button.setAccessibleName(
            QCoreApplication.translate("FirstRunPage", "Set up a server")
        )
        self.set_up_button.clicked.connect(self.set_up_server)
        self.hide_button = QPushButton(
            QCoreApplication.translate("FirstRunPage", "Hide this &page")
        )
        self.hide_button.setAccessibleName(
            QCoreApplication.translate("FirstRunPage", "Hide this page")
        )
        self.hide_button.setToolTip(
            QCoreApplication.translate("FirstRunPage", "It stays in Help → Getting started.")
        )
        self.hide_button.clicked.connect(self.dismissed)

        content = QWidget()
        content.setMaximumWidth(760)
        column = QVBoxLayout(content)
        column.addWidget(title)
        column.addWidget(intro)
        for section in self.sections:
            column.addWidget(section)
        buttons = QHBoxLayout()
        buttons.addWidget(self.try_button)
        buttons.addWidget(self.set_up_button)
        buttons.addStretch(1)
        buttons.addWidget(self.hide_button)
        column.addLayout(buttons)
        column.addStretch(1)
        centred = QWidget()
        row = QHBoxLayout(centred)
        row.addStretch(1)
        row.addWidget(content, 4)
        row.addStretch(1)
        scroll = QScrollArea()  # a small screen scrolls, nothing is clipped
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(centred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def text(self) -> str:
        """Everything the page says, for searching (and for tests)."""
        return "\n".join(label.text() for label in self.findChildren(QLabel))
