"""The award dialog (Ctrl+N), which is also the editor of an existing award.

It checks what it can before anything is sent (formats, dates in order) and shows the server's
``fieldErrors`` under the fields they concern. It never talks to the server itself: it emits
``submitted`` with an ``AwardDetails`` or an ``AssertionUpdate`` and the tab answers with
``accept()`` or ``show_server_errors()``.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QDateTime, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
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
    UNSET,
    Assertion,
    AssertionUpdate,
    BadgeClassExpiration,
    Evidence,
    OB3AwardProperties,
    RecipientType,
)
from badgedesk.services.awards import AwardDetails, award_details_problems, inherited_expiry
from badgedesk.services.validation import Problems, update_problems
from badgedesk.ui.assertions.detail import markdown_html
from badgedesk.ui.dates import DateEditor
from badgedesk.ui.discard import close_or_ask
from badgedesk.ui.expiry_rule import expiry_from_rule, expiry_not_from_rule
from badgedesk.ui.field_errors import FieldErrors
from badgedesk.ui.fit import fit_to_screen
from badgedesk.ui.notify import remember_notify, remembered_notify
from badgedesk.ui.problems import problem_text
from badgedesk.ui.style import error_label

EVIDENCE_FIELDS = ("url", "narrative", "name", "description", "genre", "audience")
_PREVIEW_DELAY_MS = 200


def _to_qt(value: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(value.timestamp()))


def _from_qt(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC)


def _same_second(first: datetime | None, second: datetime | None) -> bool:
    if first is None or second is None:
        return first is second
    return int(first.timestamp()) == int(second.timestamp())


class OptionalDateTime(QWidget):
    """A date and time that may be left out: a check box switches the editor on."""

    def __init__(self, label: str, default: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(label, self)
        self.edit = DateEditor(with_time=True, parent=self)
        self.edit.setDateTime(_to_qt(default))
        self.edit.setEnabled(False)
        self.check.setAccessibleName(label)
        self.edit.setAccessibleName(label)
        self.check.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)

    def value(self) -> datetime | None:
        return _from_qt(self.edit.dateTime()) if self.check.isChecked() else None

    def set_value(self, value: datetime | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.edit.setDateTime(_to_qt(value))


class AwardDialog(QDialog):
    """Award a badge class, or edit ``existing`` (then the recipient is shown, not edited).

    A new award of a badge class with an expiry ``rule`` has its expiry filled in from the
    issue date, following it until the person changes or clears the expiry: the server keeps
    the rule but never applies it. An existing award's expiry is left as it is.
    """

    submitted = Signal(object)
    """An ``AwardDetails`` (new award) or an ``AssertionUpdate`` (edit) that passed the checks."""

    def __init__(
        self,
        badgeclass_name: str,
        parent: QWidget | None = None,
        *,
        existing: Assertion | None = None,
        settings: QSettings | None = None,
        rule: BadgeClassExpiration | None = None,
    ) -> None:
        """``settings`` keeps the notify choice between awards (on the first time); ``rule``
        is the badge class's expiry rule."""
        super().__init__(parent)
        self.existing = existing
        self.rule = rule if existing is None else None
        self.follows_rule = False
        """The expiry shown is the rule's, and moves with the issue date."""
        self._applying_rule = False
        self.settings = settings
        self.general_error = error_label(self.tr("Problem"))
        self.errors = FieldErrors(self.general_error)
        self.discard_question: QMessageBox | None = None
        now = datetime.now(UTC)
        editing = existing is not None
        self.setWindowTitle(self.tr("Edit award") if editing else self.tr("Award a badge"))
        self.setAccessibleName(self.windowTitle())
        fit_to_screen(self, 720, 560)

        heading = QLabel(self)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setText(
            (
                self.tr("Edit an award of {badge_class}")
                if editing
                else self.tr("Award {badge_class}")
            ).format(badge_class=badgeclass_name)
        )
        heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.revoked_label = QLabel(self)
        self.revoked_label.setWordWrap(True)
        self.revoked_label.setVisible(False)

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Award fields"))

        # --- recipient and dates
        award_page = QWidget(self.tabs)
        form = QFormLayout(award_page)
        self.identity_edit = QLineEdit(award_page)
        self.identity_edit.setPlaceholderText(self.tr("name@example.org"))
        self.identity_edit.setAccessibleName(self.tr("Recipient identity"))
        self.type_combo = QComboBox(award_page)
        self.type_combo.setAccessibleName(self.tr("Recipient type"))
        for text, kind in (
            (self.tr("Email"), RecipientType.EMAIL),
            (self.tr("URL"), RecipientType.URL),
            (self.tr("Telephone"), RecipientType.TELEPHONE),
            (self.tr("Open Badges ID"), RecipientType.ID),
        ):
            self.type_combo.addItem(text, str(kind))
        self.hashed_check = QCheckBox(self.tr("&Hash the identity in the public badge"), award_page)
        self.hashed_check.setChecked(True)
        self.hashed_check.setAccessibleName(self.tr("Hash the identity"))
        recipient_row = QHBoxLayout()
        recipient_row.addWidget(self.identity_edit, 1)
        recipient_row.addWidget(self.type_combo)
        identity_label = QLabel(self.tr("&Recipient:"), award_page)
        identity_label.setBuddy(self.identity_edit)
        form.addRow(identity_label, recipient_row)
        form.addRow("", self.hashed_check)
        form.addRow("", self._error_label("recipient"))
        self.issued_edit = OptionalDateTime(self.tr("&Issued on"), now, award_page)
        self.issued_edit.setToolTip(self.tr("Leave unticked to use the moment of the award."))
        form.addRow(self.issued_edit)
        form.addRow("", self._error_label("issuedOn"))
        self.expires_edit = OptionalDateTime(
            self.tr("E&xpires"), now + timedelta(days=365), award_page
        )
        form.addRow(self.expires_edit)
        self.expiry_origin = QLabel(award_page)
        self.expiry_origin.setWordWrap(True)
        self.expiry_origin.setVisible(False)
        form.addRow("", self.expiry_origin)
        form.addRow("", self._error_label("expires"))
        self.duplicates_check = QCheckBox(
            self.tr("Allow a &duplicate if this person already holds the badge"), award_page
        )
        self.duplicates_check.setAccessibleName(self.tr("Allow duplicate awards"))
        form.addRow("", self.duplicates_check)
        self.notify_check = QCheckBox(self.tr("&Notify the recipient by email"), award_page)
        self.notify_check.setAccessibleName(self.tr("Notify the recipient by email"))
        self.notify_check.setChecked(remembered_notify(settings))
        self.notify_check.setVisible(not editing)  # the server mails only when awarding
        form.addRow("", self.notify_check)
        self.tabs.addTab(award_page, self.tr("Recipient and dates"))

        # --- narrative with a live Markdown preview
        narrative_page = QWidget(self.tabs)
        narrative_layout = QVBoxLayout(narrative_page)
        splitter = QSplitter(narrative_page)
        self.narrative_edit = QPlainTextEdit(splitter)
        self.narrative_edit.setAccessibleName(self.tr("Narrative (Markdown)"))
        self.narrative_edit.setPlaceholderText(self.tr("What the recipient did, in Markdown."))
        self.narrative_edit.setTabChangesFocus(True)
        self.preview = QTextBrowser(splitter)
        self.preview.setAccessibleName(self.tr("Narrative preview"))
        self.preview.setOpenLinks(False)
        narrative_layout.addWidget(splitter, 1)
        narrative_layout.addWidget(self._error_label("narrative"))
        self.tabs.addTab(narrative_page, self.tr("Narrative"))
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(_PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.update_preview)
        self.narrative_edit.textChanged.connect(self._preview_timer.start)

        # --- evidence list
        evidence_page = QWidget(self.tabs)
        evidence_layout = QVBoxLayout(evidence_page)
        self.evidence_table = QTableWidget(0, len(EVIDENCE_FIELDS), evidence_page)
        self.evidence_table.setAccessibleName(self.tr("Evidence"))
        self.evidence_table.setHorizontalHeaderLabels(
            [
                self.tr("URL"),
                self.tr("Narrative"),
                self.tr("Name"),
                self.tr("Description"),
                self.tr("Genre"),
                self.tr("Audience"),
            ]
        )
        self.evidence_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        self.evidence_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.evidence_table.setTabKeyNavigation(False)
        self.errors.table(
            "evidence",
            self.evidence_table,
            EVIDENCE_FIELDS,
            lambda row, message: self.tr("Evidence {number}: {message}").format(
                number=row + 1, message=message
            ),
        )
        self.add_evidence_button = QPushButton(self.tr("Add e&vidence"), evidence_page)
        self.add_evidence_button.setAccessibleName(self.tr("Add evidence"))
        self.add_evidence_button.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.add_evidence_button.clicked.connect(self.on_add_evidence)
        self.remove_evidence_button = QPushButton(self.tr("Re&move evidence"), evidence_page)
        self.remove_evidence_button.setAccessibleName(self.tr("Remove the selected evidence"))
        self.remove_evidence_button.clicked.connect(self.remove_selected_evidence)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.add_evidence_button)
        buttons_row.addWidget(self.remove_evidence_button)
        buttons_row.addStretch(1)
        evidence_layout.addWidget(self.evidence_table, 1)
        evidence_layout.addLayout(buttons_row)
        evidence_layout.addWidget(self._error_label("evidence"))
        self.tabs.addTab(evidence_page, self.tr("Evidence"))

        # --- Open Badges 3 award properties
        ob3_page = QWidget(self.tabs)
        ob3_form = QFormLayout(ob3_page)
        self.activity_start_edit = OptionalDateTime(self.tr("Activity s&tart"), now, ob3_page)
        self.activity_end_edit = OptionalDateTime(self.tr("Activity &end"), now, ob3_page)
        self.licence_edit = QLineEdit(ob3_page)
        self.licence_edit.setAccessibleName(self.tr("Licence number"))
        self.role_edit = QLineEdit(ob3_page)
        self.role_edit.setAccessibleName(self.tr("Role"))
        ob3_form.addRow(self.activity_start_edit)
        ob3_form.addRow(self.activity_end_edit)
        licence_label = QLabel(self.tr("&Licence number:"), ob3_page)
        licence_label.setBuddy(self.licence_edit)
        ob3_form.addRow(licence_label, self.licence_edit)
        role_label = QLabel(self.tr("R&ole:"), ob3_page)
        role_label.setBuddy(self.role_edit)
        ob3_form.addRow(role_label, self.role_edit)
        ob3_form.addRow("", self._error_label("ob3AwardProperties"))
        self.tabs.addTab(ob3_page, self.tr("Open Badges 3"))

        # --- extensions as JSON
        extensions_page = QWidget(self.tabs)
        extensions_layout = QVBoxLayout(extensions_page)
        self.extensions_edit = QPlainTextEdit(extensions_page)
        self.extensions_edit.setAccessibleName(self.tr("Extensions (JSON)"))
        self.extensions_edit.setPlaceholderText('{"extensions:ExampleExtension": {…}}')
        self.extensions_edit.setTabChangesFocus(True)
        extensions_layout.addWidget(self.extensions_edit, 1)
        extensions_layout.addWidget(self._error_label("extensions"))
        self.tabs.addTab(extensions_page, self.tr("Extensions"))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_text = self.tr("&Save changes") if editing else self.tr("&Award")
        self.ok_button.setText(self.ok_text)
        self.ok_button.setAccessibleName(self.ok_text.replace("&", ""))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.revoked_label)
        layout.addWidget(self.general_error)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

        if existing is not None:
            self._fill(existing)
        else:
            self.identity_edit.setFocus()  # who receives the badge is what is typed first
            self._start_following_rule()
        self._initial = self._state()

    # ------------------------------------------------------------ building

    def _error_label(self, field: str) -> QLabel:
        return self.errors.label(field, self.tr("Problem"))

    def _fill(self, assertion: Assertion) -> None:
        recipient = assertion.recipient
        shown = ""
        if recipient is not None:
            shown = recipient.plaintext_identity or recipient.identity
            self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(recipient.type)))
            self.hashed_check.setChecked(bool(recipient.hashed))
        self.identity_edit.setText(shown)
        for widget in (self.identity_edit, self.type_combo, self.hashed_check):
            widget.setEnabled(False)
            widget.setToolTip(self.tr("The recipient of an award cannot be changed."))
        self.duplicates_check.setVisible(False)
        self.issued_edit.set_value(assertion.issued_on)
        self.expires_edit.set_value(assertion.expires)
        self.narrative_edit.setPlainText(assertion.narrative or "")
        self.update_preview()
        for item in assertion.evidence:
            self.add_evidence(item)
        ob3 = assertion.ob3_award_properties
        if ob3 is not None:
            self.activity_start_edit.set_value(ob3.activity_start)
            self.activity_end_edit.set_value(ob3.activity_end)
            self.licence_edit.setText(ob3.license_number or "")
            self.role_edit.setText(ob3.role or "")
        if assertion.extensions:
            self.extensions_edit.setPlainText(json.dumps(assertion.extensions, indent=2))
        if assertion.revoked:
            self.revoked_label.setText(
                self.tr(
                    "This award was revoked ({reason}). A revoked award cannot be edited."
                ).format(reason=assertion.revocation_reason or self.tr("no reason given"))
            )
            self.revoked_label.setVisible(True)
            self.tabs.setEnabled(False)
            self.ok_button.setEnabled(False)
            self.ok_button.setToolTip(self.tr("A revoked award cannot be edited."))

    def _start_following_rule(self) -> None:
        """Fill the expiry from the rule and keep it in step with the issue date."""
        if self.rule is None or self._rule_expiry() is None:
            return
        self.follows_rule = True
        self._apply_rule()
        self.expiry_origin.setText(expiry_from_rule(self.rule))
        self.expiry_origin.setAccessibleName(self.expiry_origin.text())
        self.expiry_origin.setVisible(True)
        self.issued_edit.check.toggled.connect(self._apply_rule)
        self.issued_edit.edit.dateTimeChanged.connect(self._apply_rule)
        self.expires_edit.check.toggled.connect(self._on_expiry_edited)
        self.expires_edit.edit.dateTimeChanged.connect(self._on_expiry_edited)

    def _rule_expiry(self) -> datetime | None:
        """The rule applied to the issue date shown, or to now when it is left to the server."""
        return inherited_expiry(self.issued_edit.value() or datetime.now(UTC), self.rule)

    def _apply_rule(self) -> None:
        expires = self._rule_expiry() if self.follows_rule else None
        if expires is None:
            return
        self._applying_rule = True
        try:
            self.expires_edit.set_value(expires)
        finally:
            self._applying_rule = False

    def _on_expiry_edited(self) -> None:
        """The person's own expiry (or none) stays, whatever the issue date becomes."""
        if self._applying_rule or not self.follows_rule or self.rule is None:
            return
        self.follows_rule = False
        self.expiry_origin.setText(expiry_not_from_rule(self.rule))
        self.expiry_origin.setAccessibleName(self.expiry_origin.text())

    def add_evidence(self, evidence: Evidence) -> None:
        row = self.evidence_table.rowCount()
        self.evidence_table.insertRow(row)
        for column, name in enumerate(EVIDENCE_FIELDS):
            self.evidence_table.setItem(
                row, column, QTableWidgetItem(getattr(evidence, name) or "")
            )
        self.evidence_table.setCurrentCell(row, 0)

    def on_add_evidence(self) -> None:
        """A new, empty evidence row, its first cell open for typing."""
        self.add_evidence(Evidence())
        self.evidence_table.edit(self.evidence_table.currentIndex())

    def remove_selected_evidence(self) -> None:
        rows = sorted(
            {index.row() for index in self.evidence_table.selectedIndexes()}, reverse=True
        )
        for row in rows:
            self.evidence_table.removeRow(row)

    def _state(self) -> tuple[object, ...]:
        """Everything the fields say, to tell whether anything was changed."""
        return (
            self.identity_edit.text(),
            self.type_combo.currentIndex(),
            self.hashed_check.isChecked(),
            self.issued_edit.value(),
            self.expires_edit.value(),
            self.duplicates_check.isChecked(),
            self.narrative_edit.toPlainText(),
            self.evidence(),
            self.ob3_properties(),
            self.extensions_edit.toPlainText(),
        )

    def reject(self) -> None:
        """Escape, Cancel, closing: closes at once when nothing changed, else asks first."""
        self.discard_question = close_or_ask(self, self._state() != self._initial, super().reject)

    def update_preview(self) -> None:
        self.preview.setHtml(markdown_html(self.narrative_edit.toPlainText()))

    # ------------------------------------------------------------ reading

    def evidence(self) -> list[Evidence]:
        items: list[Evidence] = []
        for row in range(self.evidence_table.rowCount()):
            values: dict[str, Any] = {}
            for column, name in enumerate(EVIDENCE_FIELDS):
                cell = self.evidence_table.item(row, column)
                text = cell.text().strip() if cell is not None else ""
                values[name] = text or None
            if any(values.values()):
                items.append(Evidence(**values))
        return items

    def ob3_properties(self) -> OB3AwardProperties | None:
        properties = OB3AwardProperties(
            activity_start=self.activity_start_edit.value(),
            activity_end=self.activity_end_edit.value(),
            license_number=self.licence_edit.text().strip() or None,
            role=self.role_edit.text().strip() or None,
        )
        return properties if properties != OB3AwardProperties() else None

    def extensions(self) -> dict[str, Any] | None:
        """The extensions object, ``{}`` when empty; ``None`` (and a message) when not JSON."""
        text = self.extensions_edit.toPlainText().strip()
        if not text:
            return {}
        try:
            value = json.loads(text)
        except ValueError as error:
            self.errors.show(
                "extensions", self.tr("This is not valid JSON: {error}").format(error=error)
            )
            return None
        if not isinstance(value, dict):
            self.errors.show("extensions", self.tr("Extensions must be a JSON object ({…})."))
            return None
        return value

    def award_details(self, extensions: dict[str, Any]) -> AwardDetails:
        """What the fields say; the service builds the request from it, as for batch rows."""
        return AwardDetails(
            identity=self.identity_edit.text(),
            recipient_type=self.type_combo.currentData(),
            hashed=self.hashed_check.isChecked(),
            issued_on=self.issued_edit.value(),
            expires=self.expires_edit.value(),
            narrative=self.narrative_edit.toPlainText(),
            evidence=self.evidence(),
            extensions=extensions,
            ob3_award_properties=self.ob3_properties(),
            notify=self.notify_check.isChecked(),
            allow_duplicate_awards=self.duplicates_check.isChecked(),
        )

    def assertion_update(self, existing: Assertion, extensions: dict[str, Any]) -> AssertionUpdate:
        """Only what changed is sent; a cleared value is sent as ``None``."""
        narrative = self.narrative_edit.toPlainText().strip() or None
        evidence = self.evidence()
        ob3 = self.ob3_properties()
        issued_on, expires = self.issued_edit.value(), self.expires_edit.value()
        return AssertionUpdate(
            narrative=narrative if narrative != (existing.narrative or None) else UNSET,
            evidence=evidence if evidence != existing.evidence else UNSET,
            extensions=extensions if extensions != existing.extensions else UNSET,
            issued_on=issued_on
            if issued_on is not None and not _same_second(issued_on, existing.issued_on)
            else UNSET,
            expires=expires if not _same_second(expires, existing.expires) else UNSET,
            ob3_award_properties=ob3 if ob3 != existing.ob3_award_properties else UNSET,
        )

    # ------------------------------------------------------------ sending and errors

    def submit(self) -> None:
        """Check locally; if all is well, hand the request to the tab and wait for its answer."""
        self.clear_errors()
        extensions = self.extensions()
        if extensions is None:
            self._reveal_first_error()
            return
        now = datetime.now(UTC)
        payload: AwardDetails | AssertionUpdate
        problems: Problems
        if self.existing is None:
            self._apply_rule()  # from the moment of the award when the server chooses it
            payload = self.award_details(extensions)
            problems = award_details_problems(payload, now)
            remember_notify(self.settings, payload.notify)
        else:
            payload = self.assertion_update(self.existing, extensions)
            if payload == AssertionUpdate():
                self.accept()
                return
            problems = update_problems(payload, now)
        if problems:
            for path, problem in problems.items():
                self.errors.show(path, problem_text(problem))
            self._reveal_first_error()
            return
        self.set_busy(True)
        self.submitted.emit(payload)

    def set_busy(self, busy: bool) -> None:
        self.ok_button.setEnabled(not busy)
        self.ok_button.setText(self.tr("Sending…") if busy else self.ok_text)

    def show_server_errors(self, error: ApiError) -> None:
        """Put each of the server's messages under its field; the rest go at the top."""
        self.set_busy(False)
        self.errors.show_server_errors(error)
        self._reveal_first_error()

    def clear_errors(self) -> None:
        self.errors.clear()

    def error_for(self, field: str) -> str:
        """The message shown for ``field`` (the first part of a server path), or ''."""
        return self.errors.text(field)

    def _reveal_first_error(self) -> None:
        """Bring the first tab with a problem to the front, so the message is seen."""
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if any(page is not None and page.isAncestorOf(label) for label in self.errors.shown()):
                self.tabs.setCurrentIndex(index)
                return
