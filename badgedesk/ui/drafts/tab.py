"""The Drafts tab: award batches prepared offline, listed with their state, edited, handed to a
colleague as a file, and submitted through the outbox with progress, pause and cancel. What
is done to a batch is ``AwardBatches``' work; the tab shows it and asks."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtWidgets import (
    QDialog,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from badgedesk.api.models import BadgeClass, Issuer
from badgedesk.core.badgeclass_drafts import BadgeClassDraft, DraftState
from badgedesk.core.batches import BadgeClassChoice, Batch, BatchDefaults, DraftRow, RowFields
from badgedesk.core.states import BatchKind, RowState
from badgedesk.core.written_dates import ColumnOrder, DayOrder, settled_order
from badgedesk.services.award_batches import AwardBatches
from badgedesk.services.badgeclass_drafts import preview
from badgedesk.services.batch_files import SUFFIX, BatchFileRefused
from badgedesk.services.row_import import (
    ImportRefused,
    ImportResult,
    Table,
    date_order,
    default_mapping,
    map_records,
    parse_pasted,
)
from badgedesk.services.submission import DEFAULT_CONCURRENCY
from badgedesk.ui.actions import tab_action
from badgedesk.ui.batch_tab import BatchTab
from badgedesk.ui.dates import locale_day_order
from badgedesk.ui.drafts.editor import BatchEditor
from badgedesk.ui.drafts.import_dialog import ImportRowsDialog, mapping_is_clear
from badgedesk.ui.files import choose_file, export_path
from badgedesk.ui.import_refusals import batch_file_refusal_text, import_refusal_text
from badgedesk.ui.notify import remember_notify, remembered_notify

log = logging.getLogger(__name__)

CONCURRENCY_KEY = "drafts/concurrency"


def badgeclass_choices(
    issuers: Sequence[Issuer], badgeclasses: Sequence[BadgeClass]
) -> list[BadgeClassChoice]:
    names = {issuer.key: issuer.name for issuer in issuers}
    return [
        BadgeClassChoice(b.key, b.name, names.get(b.issuer or "", ""))
        for b in sorted(badgeclasses, key=lambda b: (names.get(b.issuer or "", ""), b.name))
    ]


class DraftsTab(BatchTab[DraftRow]):
    sign_in_requested = Signal()

    def __init__(
        self, service: AwardBatches, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            service,
            settings,
            kind=BatchKind.AWARD,
            list_name=QCoreApplication.translate("DraftsTab", "Draft batches"),
            widths=(150, 100, 105, 45),
            parent=parent,
        )
        self.setAccessibleName(QCoreApplication.translate("DraftsTab", "Drafts"))

        self.new_action = tab_action(
            self,
            QCoreApplication.translate("DraftsTab", "Ne&w batch"),
            "Ctrl+Shift+N",
            self.on_new_batch,
        )
        self.open_action = tab_action(
            self,
            QCoreApplication.translate("DraftsTab", "&Open file…"),
            "Ctrl+O",
            self.on_open_file,
        )
        self.save_action = tab_action(
            self,
            QCoreApplication.translate("DraftsTab", "Sav&e as file…"),
            "Ctrl+Shift+S",
            self.on_save_file,
        )
        self.delete_action = tab_action(
            self,
            QCoreApplication.translate("DraftsTab", "De&lete batch…"),
            None,
            self.on_delete_batch,
        )
        self.new_action.setToolTip(
            QCoreApplication.translate("DraftsTab", "Start a batch of awards (works offline)")
        )
        self.open_action.setToolTip(
            QCoreApplication.translate(
                "DraftsTab", "Import a batch a colleague saved (*{suffix})"
            ).format(suffix=SUFFIX)
        )
        self.save_action.setToolTip(
            QCoreApplication.translate(
                "DraftsTab",
                "Save the batch's rows not yet awarded as a file to hand to a colleague",
            )
        )
        self.delete_action.setToolTip(
            QCoreApplication.translate("DraftsTab", "Delete the batch from this computer")
        )
        self.service: AwardBatches = service
        self._catalogue: tuple[tuple[Issuer, ...], tuple[BadgeClass, ...]] = ((), ())
        self._badgeclass_drafts: tuple[BadgeClassDraft, ...] = ()
        """Badge classes drafted offline and not made yet: choices too."""
        self.editor: BatchEditor = BatchEditor(service)
        self.editor.status_message.connect(self.status_message)
        self.editor.batch_changed.connect(lambda _id: self.refresh_soon())
        self.editor.submit_requested.connect(self.confirm_submit)
        self.editor.retry_requested.connect(self.on_retry)
        self.editor.import_requested.connect(self.on_import_csv)
        self.editor.paste_requested.connect(lambda text: self.tasks.spawn(self.paste(text)))
        self.editor.export_results_requested.connect(self.on_export_results)
        self.editor.progress_row.pause_button.clicked.connect(self.on_pause)
        self.editor.progress_row.cancel_button.clicked.connect(self.on_cancel)
        self.editor.progress_row.retry_button.clicked.connect(self.on_retry_now)
        concurrency = settings.value(CONCURRENCY_KEY, DEFAULT_CONCURRENCY)
        try:
            self.editor.concurrency_box.setValue(int(concurrency))  # type: ignore[call-overload]
        except (TypeError, ValueError):
            self.editor.concurrency_box.setValue(DEFAULT_CONCURRENCY)
        self.editor.concurrency_box.valueChanged.connect(
            lambda value: self.settings.setValue(CONCURRENCY_KEY, value)
        )
        # clicked, not toggled: showing a stored batch is no choice of the person's
        self.editor.notify_box.clicked.connect(
            lambda notify: remember_notify(self.settings, notify)
        )
        splitter = self._batches_page(
            (self.new_action, self.open_action, self.save_action, self.delete_action),
            QCoreApplication.translate("DraftsTab", "No batch open"),
            QCoreApplication.translate(
                "DraftsTab",
                "A batch awards one badge class to many recipients. Create one with New batch "
                "(Ctrl+Shift+N), then add rows by typing, pasting from a spreadsheet (Ctrl+V) "
                "or importing a CSV file (Ctrl+I). Everything is kept on this computer as you "
                "type, with or without a network; submit when you are signed in.",
            ),
            QCoreApplication.translate("DraftsTab", "New batch"),
            (420, 880),
        )
        # The README's keys for adding rows work from the list of batches too, not only the editor.
        splitter.addActions([self.editor.import_action, self.editor.add_action])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._update_actions()

    # ------------------------------------------------------------ wiring from the shell

    def set_signed_in(self, signed_in: bool) -> None:
        self.editor.set_signed_in(signed_in)

    def show_catalogue(self, issuers: Sequence[Issuer], badgeclasses: Sequence[BadgeClass]) -> None:
        self._catalogue = (tuple(issuers), tuple(badgeclasses))
        self._show_choices()

    def show_badgeclass_drafts(self, drafts: Sequence[BadgeClassDraft]) -> None:
        """Badge classes drafted offline may be chosen too: a batch that awards one waits for
        it to be made on the server."""
        self._badgeclass_drafts = tuple(d for d in drafts if d.state != DraftState.SENT)
        self._show_choices()

    def _show_choices(self) -> None:
        issuers, badgeclasses = self._catalogue
        drafted = [preview(draft) for draft in self._badgeclass_drafts]
        rules = {b.key: b.expires for b in (*badgeclasses, *drafted) if b.expires is not None}
        self.editor.set_badgeclasses(badgeclass_choices(issuers, (*badgeclasses, *drafted)), rules)

    # ------------------------------------------------------------ the list

    async def open_batch(self, batch_id: int) -> None:
        await self.editor.flush()
        batch = await self.service.batch(batch_id)
        rows = await self.service.rows(batch_id)
        self.editor.show_batch(batch, rows)
        progress = self.service.progress(batch_id)
        self.editor.set_running(progress is not None)
        if progress is not None:
            self.editor.show_progress(progress, force=True)
        else:
            self.editor.progress_row.hide()
        self.stack.setCurrentWidget(self.editor)
        self._select_in_list(batch_id)
        self._update_actions()

    def close_editor(self) -> None:
        self.editor.batch = None
        self.stack.setCurrentWidget(self.empty)
        self._update_actions()

    def _update_actions(self) -> None:
        open_batch = self.editor.batch
        self.save_action.setEnabled(open_batch is not None)
        self.delete_action.setEnabled(open_batch is not None and not self.busy(open_batch.id))

    # ------------------------------------------------------------ batches

    def on_new_batch(self) -> None:
        self.tasks.spawn(self.new_batch())

    async def new_batch(self, name: str | None = None) -> Batch:
        title = name or QCoreApplication.translate("DraftsTab", "Batch of {date}").format(
            date=date.today().isoformat()
        )
        chosen = self.editor.batch.badgeclass if self.editor.batch else None
        defaults = BatchDefaults(notify=remembered_notify(self.settings))
        batch = await self.service.create_batch(title, chosen, defaults)
        await self.refresh()
        await self.open_batch(batch.id)
        self.editor.name_edit.setFocus()
        self.editor.name_edit.selectAll()
        return batch

    def on_delete_batch(self) -> None:
        batch = self.editor.batch
        if batch is not None:
            self._confirm_delete(
                batch,
                QCoreApplication.translate(
                    "DraftsTab",
                    "Delete “{name}” from this computer? Awards already made stay on the server.",
                ).format(name=batch.name),
            )

    # ------------------------------------------------------------ files

    def on_open_file(self) -> None:
        choose_file(
            self,
            QCoreApplication.translate("DraftsTab", "Open a batch file"),
            QCoreApplication.translate(
                "DraftsTab", "BadgeDesk batches (*{suffix});;All files (*)"
            ).format(suffix=SUFFIX),
            lambda path: self.tasks.spawn(self.import_batch_file(path)),
        )

    async def import_batch_file(self, path: Path) -> Batch | None:
        """A colleague's batch becomes a new draft here (its rows are checked in the editor)."""
        try:
            batch, count = await self.service.import_batch_file(path)
        except BatchFileRefused as error:
            self._refuse(
                QCoreApplication.translate("DraftsTab", "Cannot open this batch file"),
                batch_file_refusal_text(error),
            )
            return None
        await self.refresh()
        await self.open_batch(batch.id)
        self.status_message.emit(
            QCoreApplication.translate(
                "DraftsTab", "Opened “{name}” with %n row(s) from {file}.", None, count
            ).format(name=batch.name, file=path.name)
        )
        return batch

    def on_save_file(self) -> None:
        batch = self.editor.batch
        if batch is None:
            return
        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in batch.name).strip()
        choose_file(
            self,
            QCoreApplication.translate("DraftsTab", "Save the batch as a file"),
            QCoreApplication.translate("DraftsTab", "BadgeDesk batches (*{suffix})").format(
                suffix=SUFFIX
            ),
            lambda path: self.tasks.spawn(self.export_batch_file(batch.id, path)),
            save_as=(safe or "batch") + SUFFIX,
        )

    async def export_batch_file(self, batch_id: int, path: Path) -> int:
        await self.editor.flush()
        try:
            saved = await self.service.export_batch_file(batch_id, path)
        except OSError as error:
            self.status_message.emit(
                QCoreApplication.translate("DraftsTab", "Could not write {path}: {reason}").format(
                    path=path, reason=error.strerror
                )
            )
            return 0
        left_out = saved.left_out
        text = QCoreApplication.translate(
            "DraftsTab", "Saved %n row(s) to {path}.", None, saved.rows
        ).format(path=saved.path)
        if left_out:
            text += " " + QCoreApplication.translate(
                "DraftsTab", "%n already awarded is(are) left out.", None, left_out
            )
        self.status_message.emit(text)
        return saved.rows

    def on_export_results(self, batch_id: int) -> None:
        batch = self.editor.batch
        choose_file(
            self,
            QCoreApplication.translate("DraftsTab", "Export the results"),
            QCoreApplication.translate("DraftsTab", "CSV files (*.csv)"),
            lambda path: self.tasks.spawn(self.export_results(batch_id, path)),
            save_as=export_path(batch.name if batch is not None else ""),
        )

    async def export_results(self, batch_id: int, path: Path) -> int:
        await self.editor.flush()
        try:
            count = await self.service.export_results(batch_id, path)
        except OSError as error:
            self.status_message.emit(
                QCoreApplication.translate("DraftsTab", "Could not write {path}: {reason}").format(
                    path=path, reason=error.strerror
                )
            )
            return 0
        self.status_message.emit(
            QCoreApplication.translate(
                "DraftsTab", "Exported the outcome of %n row(s) to {path}.", None, count
            ).format(path=path)
        )
        return count

    # ------------------------------------------------------------ rows from outside

    def on_import_csv(self) -> None:
        choose_file(
            self,
            QCoreApplication.translate("DraftsTab", "Import rows from CSV"),
            QCoreApplication.translate(
                "DraftsTab", "CSV and text files (*.csv *.txt *.tsv);;All files (*)"
            ),
            lambda path: self.tasks.spawn(self.import_csv(path)),
        )

    async def import_csv(self, path: Path) -> ImportRowsDialog | None:
        """Read a file and open the mapping step; its Import adds the accepted rows."""
        table = await self.read_csv_file(path)
        if table is None:
            return None
        return self.open_import_dialog(table, path.name)

    def open_import_dialog(self, table: Table, source: str) -> ImportRowsDialog | None:
        if self.editor.batch is None:
            return None
        dialog = ImportRowsDialog(
            table,
            source,
            defaults=self.editor.batch.defaults,
            today=date.today(),
            existing=[row.fields for row in self.editor.model.rows()],
            parent=self,
        )

        def finished(code: int) -> None:
            result = dialog.import_result
            if code == QDialog.DialogCode.Accepted and result is not None:
                self.tasks.spawn(self._add_imported(result.rows, len(result.rejections)))
            dialog.deleteLater()

        dialog.finished.connect(finished)
        self._keep_dialog(dialog)
        dialog.open()
        return dialog

    async def _add_imported(self, rows: Sequence[RowFields], rejected: int) -> None:
        added = await self.editor.add_rows(rows)
        text = QCoreApplication.translate("DraftsTab", "Added %n row(s).", None, len(added))
        if rejected:
            text += " " + QCoreApplication.translate(
                "DraftsTab", "%n line(s) not imported (see the report).", None, rejected
            )
        self.status_message.emit(text)

    async def paste(self, text: str) -> list[DraftRow]:
        """Rows copied from a spreadsheet: straight in when the columns are clear and every line
        is fine; otherwise through the mapping step, which shows what is wrong."""
        batch = self.editor.batch
        if batch is None:
            return []
        existing = [row.fields for row in self.editor.model.rows()]
        local_order = locale_day_order()

        def read() -> tuple[Table, ImportResult | None, ColumnOrder]:
            """Off the GUI thread: a paste can be tens of thousands of lines. Dates such as
            03/04/2026 are read in the locale's order unless one of them settles it."""
            table = parse_pasted(text)
            mapping, has_header = default_mapping(table)
            if not mapping_is_clear(table, mapping, has_header):
                return table, None, ColumnOrder.NOT_NEEDED
            found = date_order(table, mapping, has_header=has_header)
            result = map_records(
                table,
                mapping,
                has_header=has_header,
                defaults=batch.defaults,
                today=date.today(),
                order=settled_order(found, local_order),
                existing=existing,
            )
            return table, result, found

        try:
            table, result, found = await asyncio.to_thread(read)
        except ImportRefused as error:
            self.status_message.emit(
                QCoreApplication.translate("DraftsTab", "Nothing to paste: {error}").format(
                    error=import_refusal_text(error)
                )
            )
            return []
        if result is not None and not result.rejections:
            added = await self.editor.add_rows(result.rows)
            text = QCoreApplication.translate("DraftsTab", "Pasted %n row(s).", None, len(added))
            if found == ColumnOrder.AMBIGUOUS:
                text += " " + (
                    QCoreApplication.translate(
                        "DraftsTab",
                        "Dates such as 03/04/2026 were read day first, as your locale writes them.",
                    )
                    if local_order == DayOrder.DAY_FIRST
                    else QCoreApplication.translate(
                        "DraftsTab",
                        "Dates such as 03/04/2026 were read month first, as your locale writes "
                        "them.",
                    )
                )
            self.status_message.emit(text)
            return added
        self.open_import_dialog(table, QCoreApplication.translate("DraftsTab", "the clipboard"))
        return []

    # ------------------------------------------------------------ submission

    def confirm_submit(self, batch_id: int) -> None:
        batch = self.editor.batch
        if batch is None or batch.id != batch_id or batch.badgeclass is None:
            return
        rows = self.editor.model.rows()
        count = sum(row.state in (RowState.PENDING, RowState.SENDING) for row in rows)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("DraftsTab", "Submit the batch"),
            QCoreApplication.translate(
                "DraftsTab", "Award “{badge}” to %n recipient(s) now?", None, count
            ).format(badge=batch.badgeclass.name),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "DraftsTab",
                "Awards are sent %n at a time. You can pause or cancel; rows not yet sent stay "
                "in the batch.",
                None,
                self.editor.concurrency_box.value(),
            )
        )
        send = box.addButton(
            QCoreApplication.translate("DraftsTab", "Award %n", None, count),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.setDefaultButton(send)
        self._open_question(box, send, lambda: self.submit(batch_id))

    def run_options(self) -> dict[str, int]:
        return {"concurrency": self.editor.concurrency_box.value()}
