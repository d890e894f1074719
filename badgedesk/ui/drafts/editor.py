"""The editor of one draft batch: its target and defaults, its rows, and its submission.

Every change is handed to ``AwardBatches`` the moment it is made (its writes are queued for
the disk as they are called), so closing or killing BadgeDesk loses no edit. Row edits,
additions and deletions go through a ``QUndoStack``. While the batch is being submitted
nothing in it can change: the engine sends what the store held when it started.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from badgedesk.api.models import BadgeClassExpiration
from badgedesk.core.badgeclass_drafts import draft_uid
from badgedesk.core.batches import BadgeClassChoice, Batch, BatchDefaults, DraftRow, RowFields
from badgedesk.core.states import RowState
from badgedesk.services.award_batches import AwardBatches
from badgedesk.services.batch_rows import RECIPIENT_TYPES, defaults_problems
from badgedesk.services.outbox import SubmissionProgress
from badgedesk.ui.actions import action_button, tab_action
from badgedesk.ui.api_words import recipient_type_text
from badgedesk.ui.batch_editor import DeleteRows, OutboxEditor, RowsTable
from badgedesk.ui.dates import DateEditor
from badgedesk.ui.expiry_rule import default_replaces_rule, rows_follow_rule
from badgedesk.ui.fit import size_columns
from badgedesk.ui.models.drafts import DraftRowsModel
from badgedesk.ui.problems import problem_text
from badgedesk.ui.progress_row import ProgressRow, duration_text, stop_text
from badgedesk.ui.style import set_error_style


class EditRow(QUndoCommand):
    def __init__(
        self, editor: BatchEditor, row_id: int, before: RowFields, after: RowFields
    ) -> None:
        super().__init__(QCoreApplication.translate("BatchEditor", "edit row"))
        self._editor, self._row_id, self._before, self._after = editor, row_id, before, after

    def redo(self) -> None:
        self._editor.apply_fields(self._row_id, self._after)

    def undo(self) -> None:
        self._editor.apply_fields(self._row_id, self._before)


class AddRows(QUndoCommand):
    """Pushed after the rows were stored (their ids come from the store), so its first
    ``redo`` has nothing left to do."""

    def __init__(self, editor: BatchEditor, rows: Sequence[DraftRow]) -> None:
        super().__init__(
            QCoreApplication.translate("BatchEditor", "add %n row(s)", None, len(rows))
        )
        self._editor, self._rows, self._done = editor, list(rows), True

    def redo(self) -> None:
        if not self._done:
            self._editor.restore_rows(self._rows)
        self._done = True

    def undo(self) -> None:
        self._editor.remove_rows(self._rows)
        self._done = False


class TypeDelegate(QStyledItemDelegate):
    """A choice of recipient types instead of free text."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        box = QComboBox(parent)
        for value in RECIPIENT_TYPES:
            box.addItem(recipient_type_text(value), value)
        box.setAccessibleName(QCoreApplication.translate("BatchEditor", "Recipient type"))
        return box

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class OptionalDate(QWidget):
    """A date that may be left unset (the checkbox), for the batch's defaults."""

    changed = Signal()

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(label)
        self.check.setAccessibleName(label)
        self.edit = DateEditor(with_time=False)
        self.edit.setAccessibleName(label)
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(self.changed)
        self.edit.dateChanged.connect(self.changed)

    def value(self) -> date | None:
        if not self.check.isChecked():
            return None
        day = self.edit.date()
        return date(day.year(), day.month(), day.day())

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        self.edit.setDate(
            QDate(value.year, value.month, value.day) if value else QDate.currentDate()
        )


class BatchEditor(OutboxEditor):
    """Shows one batch at a time; the tab gives it the batch and runs its submissions."""

    submit_requested = Signal(int)
    retry_requested = Signal(int, list)
    """(batch id, row ids to retry; empty for every failed row)."""
    import_requested = Signal()
    paste_requested = Signal(str)
    export_results_requested = Signal(int)

    def __init__(self, service: AwardBatches, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.badgeclasses: list[BadgeClassChoice] = []
        self.expiry_rules: dict[str, BadgeClassExpiration] = {}
        """Badge class → its expiry rule, from the catalogue: the server never applies it."""
        self.undo_stack = QUndoStack(self)
        self.model = DraftRowsModel(self)
        self.model.edit_requested.connect(self._on_edit_requested)
        self.model.edit_refused.connect(self.status_message)
        self._loading = False
        self._build()
        self._update_actions()

    # ------------------------------------------------------------ layout

    def _build(self) -> None:
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(QCoreApplication.translate("BatchEditor", "Batch name"))
        self.name_edit.textEdited.connect(self._save_name)
        self.badgeclass_box = QComboBox()
        self.badgeclass_box.setAccessibleName(
            QCoreApplication.translate("BatchEditor", "Badge class to award")
        )
        self.badgeclass_box.activated.connect(self._save_badgeclass)
        self.badgeclass_note = QLabel()
        set_error_style(self.badgeclass_note)
        self.badgeclass_note.hide()

        self.narrative_edit = QPlainTextEdit()
        self.narrative_edit.setAccessibleName(
            QCoreApplication.translate("BatchEditor", "Default narrative")
        )
        self.narrative_edit.setPlaceholderText(
            QCoreApplication.translate("BatchEditor", "What every recipient did (Markdown)")
        )
        self.narrative_edit.setTabChangesFocus(True)
        self.narrative_edit.setFixedHeight(54)
        self.evidence_edit = QLineEdit()
        self.evidence_edit.setAccessibleName(
            QCoreApplication.translate("BatchEditor", "Default evidence URL")
        )
        self.evidence_edit.setPlaceholderText("https://")
        self.evidence_note_edit = QLineEdit()
        self.evidence_note_edit.setAccessibleName(
            QCoreApplication.translate("BatchEditor", "Default evidence narrative")
        )
        self.issued_on = OptionalDate(QCoreApplication.translate("BatchEditor", "Issued on"))
        self.expires = OptionalDate(QCoreApplication.translate("BatchEditor", "Expires"))
        self.duplicates_box = QCheckBox(
            QCoreApplication.translate("BatchEditor", "Allow &duplicate awards")
        )
        self.duplicates_box.setToolTip(
            QCoreApplication.translate(
                "BatchEditor",
                "Off: a recipient who already holds this badge is refused by the server.",
            )
        )
        self.notify_box = QCheckBox(
            QCoreApplication.translate("BatchEditor", "&Notify recipients by email")
        )
        self.rule_note = QLabel()
        self.rule_note.setWordWrap(True)
        self.rule_note.hide()
        self.defaults_error = QLabel()
        set_error_style(self.defaults_error)
        self.defaults_error.setWordWrap(True)
        self.defaults_error.hide()
        for signal in (
            self.narrative_edit.textChanged,
            self.evidence_edit.textEdited,
            self.evidence_note_edit.textEdited,
            self.issued_on.changed,
            self.expires.changed,
            self.duplicates_box.toggled,
            self.notify_box.toggled,
        ):
            signal.connect(self._save_defaults)

        top = QFormLayout()
        top.addRow(QCoreApplication.translate("BatchEditor", "Na&me:"), self.name_edit)
        top.addRow(QCoreApplication.translate("BatchEditor", "&Badge class:"), self.badgeclass_box)
        top.addRow("", self.badgeclass_note)
        defaults = QGroupBox(
            QCoreApplication.translate(
                "BatchEditor", "Defaults for every row (a row's own values win)"
            )
        )
        form = QFormLayout(defaults)
        form.addRow(QCoreApplication.translate("BatchEditor", "Na&rrative:"), self.narrative_edit)
        form.addRow(QCoreApplication.translate("BatchEditor", "Evidence &URL:"), self.evidence_edit)
        form.addRow(
            QCoreApplication.translate("BatchEditor", "Evidence narra&tive:"),
            self.evidence_note_edit,
        )
        dates = QHBoxLayout()
        dates.addWidget(self.issued_on)
        dates.addWidget(self.expires)
        form.addRow(QCoreApplication.translate("BatchEditor", "Dates:"), dates)
        form.addRow("", self.rule_note)
        checks = QHBoxLayout()
        checks.addWidget(self.duplicates_box)
        checks.addWidget(self.notify_box)
        checks.addStretch(1)
        form.addRow("", checks)
        form.addRow("", self.defaults_error)
        self.defaults_group = defaults

        self.add_action = tab_action(
            self,
            QCoreApplication.translate("BatchEditor", "&Add row"),
            "Ctrl+Shift+Insert",
            self.on_add_row,
        )
        self.delete_action = tab_action(
            self,
            QCoreApplication.translate("BatchEditor", "Delete rows"),
            QKeySequence.StandardKey.Delete,
            self.on_delete_rows,
        )
        self.import_action = tab_action(
            self,
            QCoreApplication.translate("BatchEditor", "&Import CSV…"),
            "Ctrl+I",
            self.import_requested,
        )
        self.paste_action = tab_action(
            self,
            QCoreApplication.translate("BatchEditor", "&Paste rows"),
            QKeySequence.StandardKey.Paste,
            self.on_paste,
        )
        self.undo_action = tab_action(
            self,
            QCoreApplication.translate("BatchEditor", "Undo"),
            QKeySequence.StandardKey.Undo,
            self.on_undo,
        )
        self.redo_action = tab_action(
            self,
            QCoreApplication.translate("BatchEditor", "Redo"),
            QKeySequence.StandardKey.Redo,
            self.on_redo,
        )
        self.submit_action = tab_action(
            self,
            QCoreApplication.translate("BatchEditor", "&Submit…"),
            "Ctrl+Return",
            self.on_submit,
        )
        self.retry_action = tab_action(
            self,
            QCoreApplication.translate("BatchEditor", "Retr&y failed"),
            "Ctrl+R",
            self.on_retry,
        )
        self.export_results_action = tab_action(
            self,
            QCoreApplication.translate("BatchEditor", "E&xport results…"),
            "Ctrl+Shift+E",
            self.on_export_results,
        )
        self.add_action.setToolTip(
            QCoreApplication.translate("BatchEditor", "Add an empty row to fill in")
        )
        self.delete_action.setToolTip(
            QCoreApplication.translate(
                "BatchEditor", "Delete the selected rows (undo brings them back)"
            )
        )
        self.import_action.setToolTip(
            QCoreApplication.translate("BatchEditor", "Add rows from a CSV file, with a preview")
        )
        self.paste_action.setToolTip(
            QCoreApplication.translate("BatchEditor", "Add rows copied from a spreadsheet")
        )
        self.undo_action.setToolTip(
            QCoreApplication.translate("BatchEditor", "Undo the last change to the rows")
        )
        self.redo_action.setToolTip(
            QCoreApplication.translate("BatchEditor", "Redo what was undone")
        )
        self.retry_action.setToolTip(
            QCoreApplication.translate(
                "BatchEditor", "Send the failed rows again (the selected ones, or all of them)"
            )
        )
        self.export_results_action.setToolTip(
            QCoreApplication.translate("BatchEditor", "Save each row's outcome as CSV")
        )
        # Bound methods, not lambdas: Qt drops them when the editor goes, before the stack
        # it owns emits its last signals while being destroyed.
        self.undo_stack.canUndoChanged.connect(self._on_undo_state)
        self.undo_stack.canRedoChanged.connect(self._on_undo_state)

        toolbar = QHBoxLayout()
        for action in (
            self.add_action,
            self.delete_action,
            self.import_action,
            self.paste_action,
            self.undo_action,
            self.redo_action,
        ):
            toolbar.addWidget(action_button(action))
        toolbar.addStretch(1)
        self.concurrency_box = QSpinBox()
        self.concurrency_box.setRange(1, 16)
        self.concurrency_box.setValue(4)
        self.concurrency_box.setAccessibleName(
            QCoreApplication.translate("BatchEditor", "Requests at once")
        )
        self.concurrency_box.setToolTip(
            QCoreApplication.translate(
                "BatchEditor",
                "The most awards sent at the same time (fewer while the server is busy)",
            )
        )
        concurrency_label = QLabel(QCoreApplication.translate("BatchEditor", "Re&quests at once:"))
        concurrency_label.setBuddy(self.concurrency_box)
        self.check_label = QLabel()
        self.check_label.setAccessibleName(QCoreApplication.translate("BatchEditor", "Row check"))
        self.check_label.setWordWrap(True)
        submit_bar = QHBoxLayout()
        submit_bar.addWidget(self.check_label, 1)
        submit_bar.addWidget(concurrency_label)
        submit_bar.addWidget(self.concurrency_box)
        for action in (self.retry_action, self.export_results_action, self.submit_action):
            submit_bar.addWidget(action_button(action))

        self.table = RowsTable()
        self.table.setAccessibleName(QCoreApplication.translate("BatchEditor", "Rows of the batch"))
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(1, TypeDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        size_columns(self.table, (200, 75, 110, 110, 80, 80))
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())

        self.progress_row = ProgressRow(QCoreApplication.translate("BatchEditor", "Submission"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(defaults)
        layout.addLayout(toolbar)
        layout.addWidget(self.table, 1)
        layout.addLayout(submit_bar)
        layout.addWidget(self.progress_row)

    # ------------------------------------------------------------ showing a batch

    def set_badgeclasses(
        self,
        choices: Sequence[BadgeClassChoice],
        rules: Mapping[str, BadgeClassExpiration] | None = None,
    ) -> None:
        """The badge classes to choose from, and the expiry ``rules`` of those that have one."""
        self.badgeclasses = list(choices)
        self.expiry_rules = dict(rules or {})
        self._fill_badgeclasses()
        self._show_rule()

    def _show_rule(self) -> None:
        """Say whether rows without an expiry take the chosen badge class's rule."""
        choice = self.batch.badgeclass if self.batch else None
        rule = self.expiry_rules.get(choice.entity_id) if choice else None
        self.model.set_expiry_rule(rule)
        text = ""
        if rule is not None and self.batch is not None:
            defaults = self.batch.defaults
            text = default_replaces_rule(rule) if defaults.expires else rows_follow_rule(rule)
        self.rule_note.setText(text)
        self.rule_note.setAccessibleName(text)
        self.rule_note.setVisible(bool(text))

    def _fill_badgeclasses(self) -> None:
        self.badgeclass_box.clear()
        self.badgeclass_box.addItem(
            QCoreApplication.translate("BatchEditor", "Choose the badge class…"), None
        )
        for choice in self.badgeclasses:
            label = f"{choice.issuer_name} — {choice.name}" if choice.issuer_name else choice.name
            if draft_uid(choice.entity_id) is not None:
                label = QCoreApplication.translate(
                    "BatchEditor", "{badge_class} (draft, made when the batch is submitted)"
                ).format(badge_class=label)
            self.badgeclass_box.addItem(label, choice.entity_id)
        current = self.batch.badgeclass if self.batch else None
        known = {c.entity_id for c in self.badgeclasses}
        if current is not None and current.entity_id not in known:
            self.badgeclass_box.addItem(current.name, current.entity_id)
        index = self.badgeclass_box.findData(current.entity_id) if current else 0
        self.badgeclass_box.setCurrentIndex(max(index, 0))
        unknown = current is not None and current.entity_id not in known
        self.badgeclass_note.setText(
            QCoreApplication.translate(
                "BatchEditor",
                "This badge class is not in your offline catalogue: sign in to check it exists.",
            )
        )
        self.badgeclass_note.setVisible(unknown and bool(self.badgeclasses))

    def show_batch(self, batch: Batch, rows: Sequence[DraftRow]) -> None:
        """Show a batch as stored; the undo history belongs to the batch shown before."""
        self._loading = True
        try:
            self.batch = batch
            self.undo_stack.clear()
            self.name_edit.setText(batch.name)
            self._fill_badgeclasses()
            defaults = batch.defaults
            self.narrative_edit.setPlainText(defaults.narrative)
            self.evidence_edit.setText(defaults.evidence_url)
            self.evidence_note_edit.setText(defaults.evidence_narrative)
            self.issued_on.set_value(defaults.issued_on)
            self.expires.set_value(defaults.expires)
            self.duplicates_box.setChecked(defaults.allow_duplicate_awards)
            self.notify_box.setChecked(defaults.notify)
            self.model.set_rows(rows, defaults, date.today())
        finally:
            self._loading = False
        self._show_rule()
        self._show_defaults_problems(defaults)
        self._update_actions()

    def row_updated(self, row: DraftRow) -> None:
        """A row changed in the outbox (sending, awarded, failed)."""
        self.model.replace_rows([row])

    # ------------------------------------------------------------ writing through

    def reload(self) -> asyncio.Future[None]:
        """Show the batch as stored; await it before acting on the rows shown."""
        if self.batch is None:
            done: asyncio.Future[None] = asyncio.get_event_loop().create_future()
            done.set_result(None)
            return done
        batch_id = self.batch.id

        async def read() -> None:
            try:
                batch = await self.service.batch(batch_id)
            except KeyError:
                return
            rows = await self.service.rows(batch_id)
            if self.batch is not None and self.batch.id == batch_id:
                self.show_batch(batch, rows)

        return self._writes.spawn(read())

    def _save_name(self, text: str) -> None:
        if self.batch is None or self._loading:
            return
        batch_id, name = (
            self.batch.id,
            text.strip() or QCoreApplication.translate("BatchEditor", "Untitled batch"),
        )
        self.batch = replace(self.batch, name=name)
        self._write(self.service.rename(batch_id, name))

    def _save_badgeclass(self, index: int) -> None:
        if self.batch is None or self._loading:
            return
        entity_id = self.badgeclass_box.itemData(index)
        choice = next((c for c in self.badgeclasses if c.entity_id == entity_id), None)
        if choice is None:
            return
        batch_id = self.batch.id
        self.batch = replace(self.batch, badgeclass=choice)
        self.badgeclass_note.hide()
        self._show_rule()
        self._write(self.service.set_badgeclass(batch_id, choice))
        self._update_actions()

    def current_defaults(self) -> BatchDefaults:
        return BatchDefaults(
            narrative=self.narrative_edit.toPlainText().strip(),
            evidence_url=self.evidence_edit.text().strip(),
            evidence_narrative=self.evidence_note_edit.text().strip(),
            issued_on=self.issued_on.value(),
            expires=self.expires.value(),
            allow_duplicate_awards=self.duplicates_box.isChecked(),
            notify=self.notify_box.isChecked(),
        )

    def _save_defaults(self) -> None:
        if self.batch is None or self._loading:
            return
        defaults = self.current_defaults()
        if defaults == self.batch.defaults:
            return
        batch_id = self.batch.id
        self.batch = replace(self.batch, defaults=defaults)
        self.model.set_defaults(defaults)
        self._show_rule()
        self._show_defaults_problems(defaults)
        self._write(self.service.set_defaults(batch_id, defaults))
        self._update_actions()

    def _show_defaults_problems(self, defaults: BatchDefaults) -> None:
        problems = defaults_problems(defaults, date.today())
        names = {
            "evidence_url": QCoreApplication.translate("BatchEditor", "Evidence URL"),
            "issued_on": QCoreApplication.translate("BatchEditor", "Issued on"),
            "expires": QCoreApplication.translate("BatchEditor", "Expires"),
        }
        text = " ".join(
            f"{names.get(field, field)}: {problem_text(problem)}"
            for field, problem in problems.items()
        )
        self.defaults_error.setText(text)
        self.defaults_error.setVisible(bool(text))

    # ------------------------------------------------------------ row commands

    def _on_edit_requested(self, row_id: int, fields: RowFields) -> None:
        at = self.model.position_of(row_id)
        if at < 0 or self.running:
            return
        before = self.model.row_at(at).fields
        self.undo_stack.push(EditRow(self, row_id, before, fields))

    def apply_fields(self, row_id: int, fields: RowFields) -> None:
        at = self.model.position_of(row_id)
        if at < 0:
            return
        current = self.model.row_at(at)
        self.model.replace_rows(
            [replace(current, fields=fields, state=RowState.PENDING, error="", retriable=False)]
        )
        self._write(self.service.edit_row(row_id, fields))
        self._update_actions()

    def remove_rows(self, rows: Sequence[DraftRow]) -> None:
        ids = [row.id for row in rows]
        self.model.remove_rows(ids)
        self._write(self.service.delete_rows(ids))
        self._update_actions()

    def restore_rows(self, rows: Sequence[DraftRow]) -> None:
        if self.batch is None:
            return
        batch_id = self.batch.id
        self.model.insert_rows(rows)
        self._write(self.service.restore_rows(batch_id, rows))
        self._update_actions()

    async def add_rows(self, fields: Sequence[RowFields]) -> list[DraftRow]:
        """Store new rows after the current one (or at the end), show them, make it undoable."""
        if self.batch is None or self.running or not fields:
            return []
        batch_id = self.batch.id
        current = self.table.currentIndex()
        after = (
            self.model.row_at(current.row()).position
            if current.isValid() and len(fields) < 1000
            else None
        )
        added = await self._write(self.service.add_rows(batch_id, fields, after=after))
        if self.batch is None or self.batch.id != batch_id:
            return added
        self.model.insert_rows(added)
        self.undo_stack.push(AddRows(self, added))
        first = self.model.position_of(added[0].id)
        self.table.selectRow(first)
        self.table.scrollTo(self.model.index(first, 0))
        self._update_actions()
        return added

    def on_add_row(self) -> None:
        self._writes.spawn(self._add_empty_row())

    async def _add_empty_row(self) -> None:
        added = await self.add_rows([RowFields(identity="")])
        if added:
            index = self.model.index(self.model.position_of(added[0].id), 0)
            self.table.setCurrentIndex(index)
            self.table.edit(index)

    def selected_rows(self) -> list[DraftRow]:
        return [
            self.model.row_at(index.row())
            for index in sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row())
        ]

    def on_delete_rows(self) -> None:
        rows = [row for row in self.selected_rows() if row.editable]
        if rows and not self.running:
            self.undo_stack.push(DeleteRows(self, rows))
            self.status_message.emit(
                QCoreApplication.translate(
                    "BatchEditor", "Deleted %n row(s) (Ctrl+Z brings them back).", None, len(rows)
                )
            )

    def on_paste(self) -> None:
        text = QApplication.clipboard().text()
        if text.strip() and not self.running:
            self.paste_requested.emit(text)

    def on_undo(self) -> None:
        if not self.running:
            self.undo_stack.undo()

    def on_redo(self) -> None:
        if not self.running:
            self.undo_stack.redo()

    # ------------------------------------------------------------ submission

    def on_submit(self) -> None:
        if self.batch is not None and self.submit_action.isEnabled():
            self.submit_requested.emit(self.batch.id)

    def on_retry(self) -> None:
        if self.batch is not None and self.retry_action.isEnabled():
            failed = [row.id for row in self.selected_rows() if row.state == "failed"]
            self.retry_requested.emit(self.batch.id, failed)

    def on_export_results(self) -> None:
        if self.batch is not None:
            self.export_results_requested.emit(self.batch.id)

    def set_running(self, running: bool) -> None:
        """While the batch is submitted, nothing in it can change."""
        self.running = running
        self.progress_row.set_running(running)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers
            if running
            else QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        for widget in (
            self.name_edit,
            self.badgeclass_box,
            self.defaults_group,
            self.concurrency_box,
        ):
            widget.setEnabled(not running)
        self._update_actions()

    def show_progress(self, progress: SubmissionProgress, *, force: bool = False) -> None:
        self.progress_row.show_progress(progress, self.progress_text, now=force)

    def progress_text(self, progress: SubmissionProgress) -> str:
        if progress.reconciling:
            return QCoreApplication.translate(
                "BatchEditor",
                "Checking with the server which rows an interrupted run already sent…",
            )
        if progress.finished:
            return self.finished_text(progress)
        if progress.paused:
            return QCoreApplication.translate(
                "BatchEditor", "Paused: requests in flight finish, nothing new is sent."
            )
        return QCoreApplication.translate(
            "BatchEditor", "{counts} · {rate:.1f} per second · {left}"
        ).format(
            counts=self.counts_text(progress),
            rate=progress.rate,
            left=duration_text(progress.seconds_left),
        )

    @staticmethod
    def counts_text(progress: SubmissionProgress) -> str:
        """Awarded and failed, and the recipients who already held the badge when there are."""
        if progress.skipped:
            return QCoreApplication.translate(
                "BatchEditor", "{awarded} awarded, {held} already held, {failed} failed"
            ).format(awarded=progress.succeeded, held=progress.skipped, failed=progress.failed)
        return QCoreApplication.translate(
            "BatchEditor", "{awarded} awarded, {failed} failed"
        ).format(awarded=progress.succeeded, failed=progress.failed)

    @classmethod
    def finished_text(cls, progress: SubmissionProgress) -> str:
        counts = cls.counts_text(progress)
        if progress.stopped is not None:
            return f"{counts}. {stop_text(progress)}"
        return QCoreApplication.translate("BatchEditor", "Finished: {counts}.").format(
            counts=counts
        )

    # ------------------------------------------------------------ state

    def _on_undo_state(self, _available: bool) -> None:
        self._update_actions()

    def _update_actions(self) -> None:
        has_batch = self.batch is not None
        editable = has_batch and not self.running
        rows = self.model.rows()
        problem_rows = self.model.problem_rows()
        to_send = [row for row in rows if row.state in ("pending", "sending")]
        failed = [row for row in rows if row.state == "failed"]
        selection = self.selected_rows() if has_batch else []
        self.add_action.setEnabled(editable)
        self.paste_action.setEnabled(editable)
        self.import_action.setEnabled(editable)
        self.delete_action.setEnabled(editable and any(row.editable for row in selection))
        self.undo_action.setEnabled(editable and self.undo_stack.canUndo())
        self.redo_action.setEnabled(editable and self.undo_stack.canRedo())
        self.export_results_action.setEnabled(has_batch and bool(rows))
        defaults_ok = self.defaults_error.isHidden()
        chosen = self.batch is not None and self.batch.badgeclass is not None
        can_send = editable and self.signed_in and chosen and defaults_ok and not problem_rows
        self.submit_action.setEnabled(can_send and bool(to_send))
        self.retry_action.setEnabled(can_send and bool(failed))
        reason = ""
        if not self.signed_in:
            reason = QCoreApplication.translate(
                "BatchEditor", "Sign in to submit: drafting works offline."
            )
        elif not chosen:
            reason = QCoreApplication.translate(
                "BatchEditor", "Choose the badge class to award first."
            )
        elif problem_rows:
            reason = QCoreApplication.translate("BatchEditor", "Fix the rows marked in red first.")
        elif not defaults_ok:
            reason = QCoreApplication.translate("BatchEditor", "Fix the batch's defaults first.")
        tip = QCoreApplication.translate("BatchEditor", "Award the badge to every pending row")
        self.submit_action.setToolTip(f"{tip}. {reason}" if reason else tip)
        self._show_check(rows, problem_rows, to_send, failed)

    def _show_check(
        self,
        rows: Sequence[DraftRow],
        problem_rows: Sequence[int],
        to_send: Sequence[DraftRow],
        failed: Sequence[DraftRow],
    ) -> None:
        if self.batch is None:
            self.check_label.clear()
            return
        if self.running:
            # Counted once as the run starts, a count here would go stale as rows are sent;
            # the progress line below counts them.
            self.check_label.setStyleSheet("")
            self.check_label.setText(
                QCoreApplication.translate(
                    "BatchEditor", "Sending: the batch cannot change until the run ends."
                )
            )
            return
        if problem_rows:
            text = QCoreApplication.translate(
                "BatchEditor",
                "To fix before sending: {count} of %n row(s) (first: row {first}).",
                None,
                len(rows),
            )
            text = text.format(count=len(problem_rows), first=problem_rows[0] + 1)
            set_error_style(self.check_label)
        else:
            text = QCoreApplication.translate(
                "BatchEditor",
                "%n row(s) ready to send, {failed} failed, {total} in all.",
                None,
                len(to_send),
            )
            text = text.format(failed=len(failed), total=len(rows))
            self.check_label.setStyleSheet("")
        if not self.signed_in and to_send:
            text += " " + QCoreApplication.translate(
                "BatchEditor", "Sign in to submit: drafting works offline."
            )
        self.check_label.setText(text)
