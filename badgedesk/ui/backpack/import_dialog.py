"""Backpack → Import a badge: by its assertion URL, from a baked image file, or from pasted
Open Badges JSON.

What a file or a paste holds is shown before anything is sent, so a person sees which badge
(and which recipient) they are about to add. Whether the import is allowed only the server
knows (a duplicate, a badge awarded to another address), so a refusal is shown with every
message the server gave, and the dialog stays open to try again.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDropEvent, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from badgedesk.api.errors import ApiError, NetworkError
from badgedesk.baking import (
    MAX_IMAGE_BYTES,
    PNG,
    SVG,
    BakedAssertion,
    NotABadge,
    Unbaked,
    media_type,
    unbake,
)
from badgedesk.core.dates import parse_datetime
from badgedesk.services.backpack import BackpackBadge, BackpackService, describe_baked
from badgedesk.services.tasks import Tasks
from badgedesk.services.validation import Problem, is_web_url
from badgedesk.ui.dates import display_date
from badgedesk.ui.errors import error_words, headed
from badgedesk.ui.files import choose_file
from badgedesk.ui.fit import fit_to_screen
from badgedesk.ui.problems import problem_text
from badgedesk.ui.style import error_label

URL_PAGE, IMAGE_PAGE, JSON_PAGE = range(3)
PREVIEW_SIZE = 96
CHECK_DELAY_MS = 400
"""How long typing pauses before a local problem is shown (not at every keystroke)."""

_DROP_STYLE = "QLabel { border: 2px dashed palette(mid); border-radius: 6px; padding: 12px; }"
_DROP_HOVER_STYLE = (
    "QLabel { border: 2px dashed palette(highlight); border-radius: 6px; padding: 12px; }"
)


def _shown_day(text: str) -> str:
    """An assertion's date as the person writes dates (a date-time on its local day); the
    text as written when it is no ISO 8601 date."""
    try:
        moment = parse_datetime(text)
    except ValueError:
        return text
    return display_date(moment.date() if len(text.strip()) <= 10 else moment)


class FileTooLargeError(OSError):
    """The file is larger than ``MAX_IMAGE_BYTES``."""


def read_image_file(path: Path) -> bytes:
    """The file's bytes, refusing one larger than ``MAX_IMAGE_BYTES`` before reading it all
    (runs on a worker thread: the file may be on a slow network drive)."""
    if path.stat().st_size > MAX_IMAGE_BYTES:
        raise FileTooLargeError
    with path.open("rb") as file:
        data = file.read(MAX_IMAGE_BYTES + 1)
    if len(data) > MAX_IMAGE_BYTES:  # it grew since stat()
        raise FileTooLargeError
    return data


def unbake_or_problem(data: bytes) -> BakedAssertion | NotABadge:
    """What the image carries, or why it carries nothing usable."""
    try:
        return unbake(data)
    except NotABadge as error:
        return error


def unbaked_text(error: NotABadge) -> str:
    """Why the image gives no assertion, in words (the image's own text as it came)."""
    match error.kind:
        case Unbaked.NOT_AN_ADDRESS:
            return QCoreApplication.translate(
                "ImportBadgeDialog",
                "The image carries “{payload}”, which is not the web address of an assertion.",
            ).format(payload=error.payload)
        case Unbaked.BAD_JSON:
            return QCoreApplication.translate(
                "ImportBadgeDialog", "The baked assertion is not valid JSON."
            )
        case Unbaked.NOT_AN_OBJECT:
            return QCoreApplication.translate(
                "ImportBadgeDialog", "The baked assertion is not a JSON object."
            )
        case Unbaked.NOT_AN_IMAGE:
            return QCoreApplication.translate(
                "ImportBadgeDialog", "The file is neither a PNG nor an SVG image."
            )
        case Unbaked.DAMAGED_PNG:
            return QCoreApplication.translate("ImportBadgeDialog", "The PNG image is damaged.")
        case Unbaked.DAMAGED_CHUNK:
            return QCoreApplication.translate(
                "ImportBadgeDialog", "The PNG's openbadges chunk is damaged."
            )
        case Unbaked.NOTHING_IN_PNG:
            return QCoreApplication.translate(
                "ImportBadgeDialog", "The PNG image carries no Open Badges assertion."
            )
        case Unbaked.NOTHING_IN_SVG:
            return QCoreApplication.translate(
                "ImportBadgeDialog", "The SVG image carries no Open Badges assertion."
            )
        case Unbaked.NO_VERIFY_URL:
            return QCoreApplication.translate(
                "ImportBadgeDialog",
                "The SVG's openbadges:assertion element has no verify URL.",
            )


def dropped_file(mime: QMimeData) -> Path | None:
    """The one local file being dragged, else ``None`` (several files, a web link, text)."""
    if not mime.hasUrls():
        return None
    urls = mime.urls()
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    return Path(urls[0].toLocalFile())


def _size_text(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


class DropArea(QLabel):
    """Where a badge image file is dropped; says so, and lights up while a file hovers."""

    file_dropped = Signal(object)
    """The ``Path`` of the dropped file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumHeight(72)
        self.setStyleSheet(_DROP_STYLE)
        self.setText(self.tr("Drop a baked badge image (PNG or SVG) here"))
        self.setAccessibleName(self.tr("Drop area for a badge image"))
        self.setAccessibleDescription(
            self.tr("Drop a PNG or SVG badge image file here, or use Choose file.")
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_file(event.mimeData()) is not None:
            self.setStyleSheet(_DROP_HOVER_STYLE)
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.setStyleSheet(_DROP_STYLE)
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        self.setStyleSheet(_DROP_STYLE)
        path = dropped_file(event.mimeData())
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.file_dropped.emit(path)


class ImportBadgeDialog(QDialog):
    """Import a badge into the signed-in person's backpack (URL, baked image or JSON)."""

    imported = Signal(object)
    """The ``BackpackBadge`` the server added; the dialog then closes with ``accept()``."""

    def __init__(self, service: BackpackService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.sending: asyncio.Future[None] | None = None
        """The running import, for a caller (or a test) to await."""
        self.loading: asyncio.Future[None] | None = None
        """The file being read for the image page."""
        self._tasks = Tasks("Import a badge")
        self._load_generation = 0
        self._busy = False
        self._image: bytes | None = None
        self._image_name = ""
        self._document: dict[str, Any] | None = None
        self._json_generation = 0
        self.json_preview: asyncio.Future[None] | None = None
        """The pasted JSON's badge class and issuer being fetched, for a test to await."""
        self.setWindowTitle(self.tr("Import a badge"))
        self.setAccessibleName(self.tr("Import a badge"))
        self.setAcceptDrops(True)
        fit_to_screen(self, 640, 500)

        intro = QLabel(
            self.tr(
                "Add a badge you earned elsewhere to your backpack. Nothing is sent until you "
                "press Import."
            )
        )
        intro.setWordWrap(True)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Ways to import a badge"))
        self.tabs.addTab(self._url_page(), self.tr("From a &URL"))
        self.tabs.addTab(self._image_page(), self.tr("From an &image"))
        self.tabs.addTab(self._json_page(), self.tr("From &JSON"))
        self.tabs.currentChanged.connect(self._on_page_changed)

        self.server_error = error_label(self.tr("Why the server did not import the badge"))
        self.server_error.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Import status"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel the import"))
        self.import_button = self.buttons.addButton(
            self.tr("I&mport"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setAccessibleName(self.tr("Import the badge"))
        self.buttons.accepted.connect(self.on_import)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.server_error)
        layout.addLayout(bottom)
        self.import_button.setDefault(True)  # once in the dialog, or the dialog never knows

        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self._show_local_problems)

        for first, second in (
            (self.url_edit, self.choose_button),
            (self.choose_button, self.facts_view),
            (self.facts_view, self.json_edit),
            (self.json_edit, self.import_button),
            (self.import_button, self.cancel_button),
        ):
            QWidget.setTabOrder(first, second)
        self.url_edit.setFocus()
        self._update_import_button()

    # ------------------------------------------------------------ pages

    def _url_page(self) -> QWidget:
        page = QWidget()
        caption = QLabel(self.tr("Assertion &address:"))
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText(self.tr("https://badges.example.org/public/assertions/…"))
        self.url_edit.setAccessibleName(self.tr("Assertion address"))
        self.url_edit.setClearButtonEnabled(True)
        caption.setBuddy(self.url_edit)
        self.url_error = error_label(self.tr("Problem with the assertion address"))
        hint = QLabel(
            self.tr(
                "The web address of the badge's assertion, as given by the organisation that "
                "awarded it (often on the badge's public page)."
            )
        )
        hint.setWordWrap(True)
        self.url_edit.textChanged.connect(self._on_url_changed)
        self.url_edit.editingFinished.connect(self._show_local_problems)
        layout = QVBoxLayout(page)
        layout.addWidget(caption)
        layout.addWidget(self.url_edit)
        layout.addWidget(self.url_error)
        layout.addWidget(hint)
        layout.addStretch(1)
        return page

    def _image_page(self) -> QWidget:
        page = QWidget()
        self.drop_area = DropArea()
        self.drop_area.file_dropped.connect(self.load_file)
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.choose_button.setAccessibleName(self.tr("Choose a badge image file"))
        self.choose_button.clicked.connect(self.on_choose_file)
        drop_row = QHBoxLayout()
        drop_row.addWidget(self.drop_area, 1)
        drop_row.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignVCenter)

        self.preview = QLabel()
        self.preview.setFixedSize(PREVIEW_SIZE, PREVIEW_SIZE)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.setAccessibleName(self.tr("Preview of the badge image"))
        self.facts_view = QPlainTextEdit()
        self.facts_view.setReadOnly(True)
        self.facts_view.setTabChangesFocus(True)
        self.facts_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.facts_view.setAccessibleName(self.tr("What the image file holds"))
        self.facts_view.setPlaceholderText(
            self.tr("What the file holds is shown here before anything is sent.")
        )
        self.facts_view.setSizePolicy(
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.MinimumExpanding
        )
        facts_row = QHBoxLayout()
        facts_row.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignTop)
        facts_row.addWidget(self.facts_view, 1)
        self.image_error = error_label(self.tr("Problem with the image file"))

        layout = QVBoxLayout(page)
        layout.addLayout(drop_row)
        layout.addLayout(facts_row, 1)
        layout.addWidget(self.image_error)
        return page

    def _json_page(self) -> QWidget:
        page = QWidget()
        caption = QLabel(self.tr("&Paste the badge's Open Badges assertion (JSON):"))
        self.json_edit = QPlainTextEdit()
        self.json_edit.setTabChangesFocus(True)
        self.json_edit.setAccessibleName(self.tr("Open Badges assertion JSON"))
        self.json_edit.setPlaceholderText('{"type": "Assertion", "id": "https://…", …}')
        caption.setBuddy(self.json_edit)
        self.json_error = error_label(self.tr("Problem with the JSON"))
        self.json_facts = QLabel()
        self.json_facts.setWordWrap(True)
        self.json_facts.setTextFormat(Qt.TextFormat.PlainText)
        self.json_facts.setAccessibleName(self.tr("What the JSON holds"))
        self.json_facts.setVisible(False)
        self.json_edit.textChanged.connect(self._on_json_changed)
        layout = QVBoxLayout(page)
        layout.addWidget(caption)
        layout.addWidget(self.json_edit, 1)
        layout.addWidget(self.json_error)
        layout.addWidget(self.json_facts)
        return page

    # ------------------------------------------------------------ local checks

    def url_problem(self) -> str:
        """Why the URL cannot be sent (empty when it can, or when nothing is typed)."""
        url = self.url_edit.text().strip()
        return "" if not url or is_web_url(url) else problem_text(Problem.BAD_URL)

    def json_problem(self) -> str:
        """Why the pasted text cannot be sent; reads it into ``_document`` when it can."""
        self._document = None
        text = self.json_edit.toPlainText()
        if not text.strip():
            return ""
        try:
            value = json.loads(text)  # not stripped: line and column must match the editor
        except json.JSONDecodeError as error:
            return self.tr(
                "This is not valid JSON: {message} (line {line}, column {column})."
            ).format(message=error.msg, line=error.lineno, column=error.colno)
        if not isinstance(value, dict):
            return self.tr(
                "The JSON must be one object ({ … }): the badge's Open Badges assertion."
            )
        self._document = value
        return ""

    def _on_url_changed(self) -> None:
        """Import follows the input at once; a problem shows once typing pauses (or the field
        is left), but goes as soon as it is fixed."""
        self._clear_server_error()
        if not self.url_problem():
            self.url_error.setVisible(False)
        self._check_timer.start()
        self._update_import_button()

    def _on_json_changed(self) -> None:
        self._clear_server_error()
        if not self.json_problem():
            self.json_error.setVisible(False)
        self._show_json_facts()
        self._check_timer.start()
        self._update_import_button()

    def _show_local_problems(self) -> None:
        for label, problem in (
            (self.url_error, self.url_problem()),
            (self.json_error, self.json_problem()),
        ):
            label.setText(problem)
            label.setVisible(bool(problem))
        self._update_import_button()

    def _show_json_facts(self) -> None:
        self._json_generation += 1  # what an earlier text names is not shown any more
        if self._document is None:
            self.json_facts.setVisible(False)
            return
        baked = BakedAssertion(document=self._document)
        self._set_json_facts(describe_baked(baked))
        self.json_preview = self._tasks.spawn(self._complete_json(baked, self._json_generation))

    async def _complete_json(self, baked: BakedAssertion, generation: int) -> None:
        """The badge class and issuer the JSON names by address, once fetched."""
        facts = await self.service.preview(baked)
        if generation == self._json_generation:
            self._set_json_facts(facts)

    def _set_json_facts(self, facts: dict[str, str]) -> None:
        lines = self._fact_lines(facts)
        self.json_facts.setText(
            "\n".join(lines) or self.tr("The JSON names no badge, issuer or recipient.")
        )
        self.json_facts.setVisible(True)

    def _fact_lines(self, facts: dict[str, str]) -> list[str]:
        """One translated line a fact (``describe_assertion``'s labels), dates in the
        person's format."""
        labels = {
            "Assertion URL": self.tr("Assertion URL"),
            "Assertion ID": self.tr("Assertion ID"),
            "Badge": self.tr("Badge"),
            "Issuer": self.tr("Issuer"),
            "Recipient": self.tr("Recipient"),
            "Hashed recipient": self.tr("Recipient"),
            "Issued on": self.tr("Issued on"),
            "Expires": self.tr("Expires"),
        }
        hashed = {
            "email": self.tr("an email address, hashed in the badge"),
            "url": self.tr("a web address, hashed in the badge"),
            "telephone": self.tr("a telephone number, hashed in the badge"),
        }
        lines = []
        for label, value in facts.items():
            if label == "Hashed recipient":
                value = hashed.get(value, self.tr("hashed in the badge"))
            elif label in ("Issued on", "Expires"):
                value = _shown_day(value)
            lines.append(
                self.tr("{label}: {value}").format(label=labels.get(label, label), value=value)
            )
        return lines

    # ------------------------------------------------------------ image files

    def on_choose_file(self) -> None:
        choose_file(
            self,
            self.tr("Choose a badge image"),
            self.tr("Badge images (*.png *.svg);;All files (*)"),
            self.load_file,
        )

    def load_file(self, path: Path) -> asyncio.Future[None]:
        """Read ``path`` off the GUI thread and show what it holds; the returned future (also
        ``loading``) ends once it is shown. A later file replaces an earlier one still read."""
        self.tabs.setCurrentIndex(IMAGE_PAGE)
        self._load_generation += 1
        self.loading = self._tasks.spawn(self._load(path, self._load_generation))
        return self.loading

    async def _load(self, path: Path, generation: int) -> None:
        self._image, self._image_name = None, path.name
        self._clear_server_error()
        self.preview.clear()
        self.image_error.setVisible(False)
        self.facts_view.setPlainText(self.tr("Reading {name}…").format(name=path.name))
        self._update_import_button()
        data: bytes | None = None
        outcome: BakedAssertion | str
        try:
            data = await asyncio.to_thread(read_image_file, path)
            found = await asyncio.to_thread(unbake_or_problem, data)
            outcome = unbaked_text(found) if isinstance(found, NotABadge) else found
        except FileTooLargeError:
            outcome = self.tr(
                "The file is larger than 5 MB, which no badge image is: choose the badge's "
                "image file."
            )
        except OSError as error:
            outcome = self.tr("The file cannot be read: {reason}.").format(
                reason=error.strerror or error
            )
        if generation != self._load_generation:
            return
        self._show_file(path, data, outcome)
        if isinstance(outcome, BakedAssertion):
            facts = await self.service.preview(outcome)  # what the image's address holds
            if generation == self._load_generation:
                file_line = self.facts_view.toPlainText().splitlines()[0]
                self.facts_view.setPlainText("\n".join([file_line, *self._fact_lines(facts)]))

    def _show_file(self, path: Path, data: bytes | None, outcome: BakedAssertion | str) -> None:
        lines = [self.tr("File: {name}").format(name=path.name)]
        if data is not None:
            kind = {PNG: "PNG", SVG: "SVG"}.get(media_type(data) or "")
            size = _size_text(len(data))
            lines[0] += f" ({kind}, {size})" if kind else f" ({size})"
            pixmap = QPixmap()
            if kind and pixmap.loadFromData(data):
                box = PREVIEW_SIZE - 8
                if pixmap.width() > box or pixmap.height() > box:  # never blown up
                    pixmap = pixmap.scaled(
                        box,
                        box,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                self.preview.setPixmap(pixmap)
            else:
                self.preview.setText(self.tr("No preview"))
        problem = outcome if isinstance(outcome, str) else ""
        if isinstance(outcome, BakedAssertion):
            lines += self._fact_lines(describe_baked(outcome))
        self.facts_view.setPlainText("\n".join(lines))
        self.image_error.setText(problem)
        self.image_error.setVisible(bool(problem))
        self._image = data if not problem else None
        self._update_import_button()

    # ------------------------------------------------------------ drops on the whole dialog

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self.is_sending() and dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = dropped_file(event.mimeData())
        if self.is_sending() or path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.load_file(path)

    # ------------------------------------------------------------ sending

    def is_sending(self) -> bool:
        """From Import until the answer is shown (``sending`` is still running meanwhile)."""
        return self._busy

    def _ready(self) -> bool:
        page = self.tabs.currentIndex()
        if page == URL_PAGE:
            return bool(self.url_edit.text().strip()) and not self.url_problem()
        if page == IMAGE_PAGE:
            return self._image is not None
        return self._document is not None

    def _update_import_button(self) -> None:
        self.import_button.setEnabled(not self.is_sending() and self._ready())

    def _on_page_changed(self, _index: int) -> None:
        self._clear_server_error()
        self._update_import_button()

    def on_import(self) -> None:
        """Send what the current page holds; the dialog closes only once the server took it."""
        if self.is_sending() or not self._ready():
            return
        page = self.tabs.currentIndex()
        work: Awaitable[BackpackBadge]
        if page == URL_PAGE:
            work = self.service.import_url(self.url_edit.text().strip())
        elif page == IMAGE_PAGE and self._image is not None:
            work = self.service.import_image(self._image, self._image_name)
        elif self._document is not None:
            work = self.service.import_json(self._document)
        else:
            return
        focus = self.focusWidget()
        self._set_busy(True)
        self.sending = self._tasks.spawn(self._send(work, focus))

    async def _send(self, work: Awaitable[BackpackBadge], focus: QWidget | None) -> None:
        try:
            badge = await work
        except NetworkError as error:  # NotSignedInError too
            self._show_server_error(
                headed(self.tr("Cannot reach the server: {message}"), error_words(error)), []
            )
            return
        except ApiError as error:
            heading = self.tr("The server did not import the badge:")
            self._show_server_error(heading, error.messages or [error_words(error)])
            return
        finally:
            self._set_busy(False)
            if focus is not None and self.isVisible():
                focus.setFocus()
        self.imported.emit(badge)
        self.accept()

    def _set_busy(self, busy: bool) -> None:
        """While the server answers nothing can change what is being sent, and the dialog
        stays open: closing it would leave the outcome unknown to the person."""
        self._busy = busy
        self.tabs.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
        self.status.setText(self.tr("Importing…") if busy else "")
        if busy:
            self._clear_server_error()
        self._update_import_button()

    def _show_server_error(self, heading: str, messages: list[str]) -> None:
        """Every message, one a line: a refusal often has several reasons to fix at once."""
        lines = [heading, *(f"• {message}" for message in messages)]
        self.server_error.setText("\n".join(lines))
        self.server_error.setVisible(True)

    def _clear_server_error(self) -> None:
        self.server_error.clear()
        self.server_error.setVisible(False)

    def reject(self) -> None:
        """Cancel, Esc and the window's close button wait while an import is under way."""
        if not self.is_sending():
            super().reject()
