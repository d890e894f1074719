"""The badge class editor: a new badge class, or an existing one changed.

Like the award dialog it checks what it can before anything is sent (the server's required
fields, web addresses, the image) and shows the server's ``fieldErrors`` next to their fields;
it never talks to the server itself. ``submitted`` carries the ``BadgeClassRequest`` and the
button used (Save, or Save as draft when the caller says the network is out); the caller answers
with ``accept()`` or ``show_server_errors()``.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from badgedesk.api.errors import ApiError
from badgedesk.api.models import (
    Alignment,
    BadgeClass,
    BadgeClassExpiration,
    BadgeClassRequest,
    ExpiryUnit,
)
from badgedesk.services.validation import Problem, is_web_url
from badgedesk.ui.actions import tab_action
from badgedesk.ui.assertions.detail import markdown_html
from badgedesk.ui.discard import close_or_ask
from badgedesk.ui.field_errors import FieldErrors
from badgedesk.ui.fit import fit_to_screen
from badgedesk.ui.image_picker import ImagePicker
from badgedesk.ui.problems import problem_text
from badgedesk.ui.style import error_label

ALIGNMENT_FIELDS = ("targetName", "targetUrl", "targetDescription", "targetFramework", "targetCode")
"""The server's keys of an alignment, in the table's column order."""
_PREVIEW_DELAY_MS = 200
MAX_EXPIRY_AMOUNT = 9999


class SaveChoice(StrEnum):
    """Which button sent the badge class: to the server now, or to the outbox as a draft."""

    SAVE = "save"
    DRAFT = "draft"


class BadgeClassEditor(QDialog):
    """Create a badge class (``existing`` None) or edit ``existing``, whose image the caller
    passes as ``image`` (bytes): an edit that keeps the image sends none. ``draft``: what is
    edited is a badge class drafted offline, which Save keeps here."""

    submitted = Signal(object, str)
    """The ``BadgeClassRequest`` that passed the local checks, and the ``SaveChoice``."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        issuer_name: str = "",
        existing: BadgeClass | None = None,
        image: bytes | None = None,
        offline: bool = False,
        draft: bool = False,
    ) -> None:
        super().__init__(parent)
        self.existing = existing
        self.discard_question: QMessageBox | None = None
        self.draft = draft
        editing = existing is not None
        if draft:
            title = self.tr("Edit draft badge class")
        elif editing:
            title = self.tr("Edit badge class")
        else:
            title = self.tr("New badge class")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        fit_to_screen(self, 760, 600)

        heading = QLabel(self)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        if editing and existing is not None:
            heading.setText(self.tr("Edit {name}").format(name=existing.name))
        elif issuer_name:
            heading.setText(self.tr("New badge class of {issuer}").format(issuer=issuer_name))
        else:
            heading.setText(title)
        heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.general_error = error_label(self.tr("Problem"))
        self.errors = FieldErrors(self.general_error)

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Badge class fields"))
        self.tabs.addTab(self._badge_page(), self.tr("&Badge"))
        self.tabs.addTab(self._criteria_page(), self.tr("C&riteria"))
        self.tabs.addTab(self._alignments_page(), self.tr("A&lignments"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        if draft:
            self.save_text = self.tr("&Save draft")
        else:
            self.save_text = self.tr("&Save changes") if editing else self.tr("&Save")
        self.save_button = self.buttons.addButton(
            self.save_text, QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setAccessibleName(self.save_text.replace("&", ""))
        self.save_button.setToolTip(
            self.tr("Keep it on this computer, to send later (Ctrl+Return)")
            if draft
            else self.tr("Send to the server (Ctrl+Return)")
        )
        self.save_button.clicked.connect(self.submit)
        self.draft_button = self.buttons.addButton(
            self.tr("Save as &draft"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.draft_button.setAccessibleName(self.tr("Save as a draft, sent later"))
        self.draft_button.setToolTip(
            self.tr("The server cannot be reached: keep the badge class to send it later.")
        )
        self.draft_button.clicked.connect(self.submit_draft)
        self.set_offline(offline)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.rejected.connect(self.reject)
        save_action = tab_action(self, self.save_text, "Ctrl+Return", self.submit_default)
        save_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.general_error)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

        if existing is not None:
            self._fill(existing, image)
        self.name_edit.setFocus()
        self._initial = self._state()

    # ------------------------------------------------------------ building

    def _badge_page(self) -> QWidget:
        page = QWidget(self)
        outer = QVBoxLayout(page)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        self.name_edit = QLineEdit(page)
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.name_edit.setMaxLength(1024)  # the server's limit
        self._row(form, self.tr("&Name:"), self.name_edit, "name")
        self.description_edit = QPlainTextEdit(page)
        self.description_edit.setAccessibleName(self.tr("Description"))
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setPlaceholderText(self.tr("What the badge stands for."))
        self.description_edit.setMaximumHeight(96)
        self._row(form, self.tr("&Description:"), self.description_edit, "description")
        self.image_picker = ImagePicker(page)
        self.image_picker.setAccessibleName(self.tr("Image"))
        self.errors.labels["image"] = self.image_picker.error
        image_label = QLabel(self.tr("Image:"), page)
        image_label.setBuddy(self.image_picker.choose_button)
        form.addRow(image_label, self.image_picker)
        self.tags_edit = QLineEdit(page)
        self.tags_edit.setAccessibleName(self.tr("Tags, separated by commas"))
        self.tags_edit.setPlaceholderText(self.tr("leadership, first aid"))
        self._row(form, self.tr("&Tags:"), self.tags_edit, "tags")

        self.expiry_combo = QComboBox(page)
        self.expiry_combo.setAccessibleName(self.tr("Awards expire"))
        self.expiry_combo.addItem(self.tr("Never"), "")
        for text, unit in (
            (self.tr("days after the award"), ExpiryUnit.DAYS),
            (self.tr("weeks after the award"), ExpiryUnit.WEEKS),
            (self.tr("months after the award"), ExpiryUnit.MONTHS),
            (self.tr("years after the award"), ExpiryUnit.YEARS),
        ):
            self.expiry_combo.addItem(text, str(unit))
        self.expiry_amount = QSpinBox(page)
        self.expiry_amount.setRange(1, MAX_EXPIRY_AMOUNT)  # the server takes 1 and more
        self.expiry_amount.setValue(1)
        self.expiry_amount.setAccessibleName(self.tr("Expiry amount"))
        # as wide as every line edit of the app (ui/fit's rule), the arrows beside
        self.expiry_amount.setMinimumWidth(self.expiry_amount.fontMetrics().averageCharWidth() * 16)
        self.expiry_combo.currentIndexChanged.connect(self._update_expiry)
        expiry_row = QHBoxLayout()
        expiry_row.addWidget(self.expiry_amount)
        expiry_row.addWidget(self.expiry_combo, 1)
        expiry_label = QLabel(self.tr("Awards e&xpire:"), page)
        expiry_label.setBuddy(self.expiry_combo)
        form.addRow(expiry_label, expiry_row)
        form.addRow("", self.errors.label("expires", self.tr("Problem with the expiry")))
        self._update_expiry()
        return page

    def _row(self, form: QFormLayout, caption: str, field: QWidget, key: str) -> None:
        label = QLabel(caption)
        label.setBuddy(field)
        form.addRow(label, field)
        form.addRow("", self.errors.label(key, self.tr("Problem")))

    def _criteria_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        caption = QLabel(self.tr("What an earner must do, in &Markdown:"), page)
        splitter = QSplitter(page)
        self.criteria_edit = QPlainTextEdit(splitter)
        self.criteria_edit.setAccessibleName(self.tr("Criteria (Markdown)"))
        self.criteria_edit.setTabChangesFocus(True)
        self.criteria_preview = QTextBrowser(splitter)
        self.criteria_preview.setAccessibleName(self.tr("Criteria preview"))
        self.criteria_preview.setOpenLinks(False)  # a link in a preview is not followed here
        caption.setBuddy(self.criteria_edit)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(_PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.update_preview)
        self.criteria_edit.textChanged.connect(self._preview_timer.start)
        self.criteria_url_edit = QLineEdit(page)
        self.criteria_url_edit.setAccessibleName(self.tr("Criteria web address"))
        self.criteria_url_edit.setPlaceholderText("https://…")
        url_label = QLabel(self.tr("…and/or a web page of the criteria (&URL):"), page)
        url_label.setBuddy(self.criteria_url_edit)
        layout.addWidget(caption)
        layout.addWidget(splitter, 1)
        layout.addWidget(
            self.errors.label("criteriaNarrative", self.tr("Problem with the criteria"))
        )
        layout.addWidget(url_label)
        layout.addWidget(self.criteria_url_edit)
        layout.addWidget(
            self.errors.label("criteriaUrl", self.tr("Problem with the criteria address"))
        )
        return page

    def _alignments_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        hint = QLabel(
            self.tr(
                "Standards or frameworks the badge aligns to. Each needs a name and a web "
                "address. Insert adds a row, Delete removes the selected rows."
            ),
            page,
        )
        hint.setWordWrap(True)
        self.alignments_table = QTableWidget(0, len(ALIGNMENT_FIELDS), page)
        self.alignments_table.setAccessibleName(self.tr("Alignments"))
        self.alignments_table.setHorizontalHeaderLabels(
            [
                self.tr("Target name"),
                self.tr("URL"),
                self.tr("Description"),
                self.tr("Framework"),
                self.tr("Code"),
            ]
        )
        header = self.alignments_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.alignments_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.alignments_table.setTabKeyNavigation(False)
        self.errors.table(
            "alignments",
            self.alignments_table,
            ALIGNMENT_FIELDS,
            lambda row, message: self.tr("Alignment {number}: {message}").format(
                number=row + 1, message=message
            ),
        )
        self.add_alignment_button = QPushButton(self.tr("&Add alignment"), page)
        self.add_alignment_button.setAccessibleName(self.tr("Add an alignment"))
        self.add_alignment_button.clicked.connect(self.on_add_alignment)
        self.remove_alignment_button = QPushButton(self.tr("Re&move alignment"), page)
        self.remove_alignment_button.setAccessibleName(self.tr("Remove the selected alignments"))
        self.remove_alignment_button.clicked.connect(self.remove_selected_alignments)
        tab_action(
            self.alignments_table,
            "",
            QKeySequence.StandardKey.Delete,
            self.remove_selected_alignments,
        )
        tab_action(self.alignments_table, "", Qt.Key.Key_Insert, self.on_add_alignment)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.add_alignment_button)
        buttons_row.addWidget(self.remove_alignment_button)
        buttons_row.addStretch(1)
        layout.addWidget(hint)
        layout.addWidget(self.alignments_table, 1)
        layout.addLayout(buttons_row)
        layout.addWidget(self.errors.label("alignments", self.tr("Problem with the alignments")))
        return page

    def _fill(self, badge: BadgeClass, image: bytes | None) -> None:
        self.name_edit.setText(badge.name)
        self.description_edit.setPlainText(badge.description or "")
        self.image_picker.set_original(image)
        self.tags_edit.setText(", ".join(badge.tags))
        expires = badge.expires
        if expires is not None and expires.amount and expires.duration:
            self.expiry_combo.setCurrentIndex(max(0, self.expiry_combo.findData(expires.duration)))
            self.expiry_amount.setValue(expires.amount)
        self.criteria_edit.setPlainText(badge.criteria_narrative or "")
        self.update_preview()
        self.criteria_url_edit.setText(badge.criteria_url or "")
        for alignment in badge.alignments:
            self.add_alignment(alignment)

    def _update_expiry(self) -> None:
        self.expiry_amount.setEnabled(bool(self.expiry_combo.currentData()))

    def update_preview(self) -> None:
        self.criteria_preview.setHtml(markdown_html(self.criteria_edit.toPlainText()))

    # ------------------------------------------------------------ alignments

    def add_alignment(self, alignment: Alignment) -> None:
        row = self.alignments_table.rowCount()
        self.alignments_table.insertRow(row)
        values = (
            alignment.target_name,
            alignment.target_url,
            alignment.target_description,
            alignment.target_framework,
            alignment.target_code,
        )
        for column, value in enumerate(values):
            self.alignments_table.setItem(row, column, QTableWidgetItem(value or ""))
        self.alignments_table.setCurrentCell(row, 0)

    def on_add_alignment(self) -> None:
        """A new, empty row, its first cell open for typing."""
        self.add_alignment(Alignment())
        self.alignments_table.setFocus()
        self.alignments_table.edit(self.alignments_table.currentIndex())

    def remove_selected_alignments(self) -> None:
        rows = {index.row() for index in self.alignments_table.selectedIndexes()}
        for row in sorted(rows, reverse=True):
            self.alignments_table.removeRow(row)

    def alignments(self) -> list[Alignment]:
        """The rows with anything typed in them, in order."""
        items: list[Alignment] = []
        for row in range(self.alignments_table.rowCount()):
            texts = []
            for column in range(len(ALIGNMENT_FIELDS)):
                cell = self.alignments_table.item(row, column)
                texts.append(cell.text().strip() if cell is not None else "")
            if any(texts):
                name, url, description, framework, code = (text or None for text in texts)
                items.append(
                    Alignment(
                        target_name=name,
                        target_url=url,
                        target_description=description,
                        target_framework=framework,
                        target_code=code,
                    )
                )
        return items

    # ------------------------------------------------------------ reading

    def tags(self) -> list[str]:
        """The tags, each once, in the order typed."""
        tags = (tag.strip() for tag in self.tags_edit.text().split(","))
        return list(dict.fromkeys(tag for tag in tags if tag))

    def expiration(self) -> BadgeClassExpiration | None:
        unit = self.expiry_combo.currentData()
        if not unit:
            return None
        return BadgeClassExpiration(amount=self.expiry_amount.value(), duration=unit)

    def request(self) -> BadgeClassRequest:
        """The body to send: the image only when a new one was chosen."""
        return BadgeClassRequest(
            name=self.name_edit.text().strip(),
            description=self.description_edit.toPlainText().strip(),
            image=self.image_picker.chosen_uri(),
            criteria_url=self.criteria_url_edit.text().strip() or None,
            criteria_narrative=self.criteria_edit.toPlainText().strip() or None,
            tags=self.tags(),
            alignments=self.alignments(),
            expires=self.expiration(),
        )

    def problems(self) -> dict[str, str]:
        """What the server would refuse, by its key, found before sending."""
        request = self.request()
        problems: dict[str, str] = {}
        required = problem_text(Problem.REQUIRED)
        if not request.name:
            problems["name"] = required
        if not request.description:
            problems["description"] = required
        if not self.image_picker.has_image():
            problems["image"] = self.image_picker.refusal() or self.tr(
                "Choose the badge's image: a PNG or SVG file."
            )
        if request.criteria_url and not is_web_url(request.criteria_url):
            problems["criteriaUrl"] = problem_text(Problem.BAD_URL)
        elif not request.criteria_url and not request.criteria_narrative:
            problems["criteriaNarrative"] = self.tr(
                "Write the criteria here, or give the web address of a page that states them."
            )
        for row, alignment in enumerate(request.alignments):
            if not alignment.target_name:
                problems[f"alignments.{row}.targetName"] = required
            if not alignment.target_url:
                problems[f"alignments.{row}.targetUrl"] = required
            elif not is_web_url(alignment.target_url):
                problems[f"alignments.{row}.targetUrl"] = problem_text(Problem.BAD_URL)
        return problems

    def _state(self) -> tuple[object, ...]:
        """Everything the fields say, to tell whether anything was changed."""
        return (self.request().to_json(), self.image_picker.chosen)

    def changed(self) -> bool:
        return self._state() != self._initial

    def reject(self) -> None:
        """Escape, Cancel, closing: closes at once when nothing changed, else asks first."""
        self.discard_question = close_or_ask(self, self.changed(), super().reject)

    # ------------------------------------------------------------ sending and errors

    def submit(self) -> None:
        self._submit(SaveChoice.SAVE)

    def submit_default(self) -> None:
        """Ctrl+Return: the default button's choice (Save as draft while offline)."""
        self._submit(SaveChoice.DRAFT if self.draft_offered else SaveChoice.SAVE)

    def submit_draft(self) -> None:
        self._submit(SaveChoice.DRAFT)

    def _submit(self, choice: SaveChoice) -> None:
        """Check locally; if all is well, hand the request to the caller."""
        if not self.save_button.isEnabled():
            return  # already sent, the answer is awaited
        self.errors.clear()
        problems = self.problems()
        if problems:
            for path, message in problems.items():
                self.errors.show(path, message)
            self._reveal_first_error()
            return
        self.set_busy(True)
        self.submitted.emit(self.request(), str(choice))

    def set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.draft_button.setEnabled(not busy)
        self.save_button.setText(self.tr("Sending…") if busy else self.save_text)

    def set_offline(self, offline: bool) -> None:
        """Offer Save as draft, as the default button, while the server cannot be reached
        (a draft being edited is saved here in any case)."""
        offered = offline and not self.draft
        self.draft_offered = offered
        self.draft_button.setVisible(offered)
        self.draft_button.setDefault(offered)
        self.save_button.setDefault(not offered)

    def show_server_errors(self, error: ApiError) -> None:
        """Each of the server's messages next to its field; the rest at the top."""
        self.set_busy(False)
        self.errors.show_server_errors(error)
        self._reveal_first_error()

    def error_for(self, field: str) -> str:
        return self.errors.text(field)

    def _reveal_first_error(self) -> None:
        """Bring the first tab with a problem to the front, so the message is seen."""
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if any(page is not None and page.isAncestorOf(label) for label in self.errors.shown()):
                self.tabs.setCurrentIndex(index)
                return
