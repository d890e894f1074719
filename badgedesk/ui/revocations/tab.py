"""The Revocations tab: revocation batches drafted offline, checked against the server,
reviewed, and sent through the outbox; the history of what was revoked; and the revoked
awards of a badge class as the server lists them.

Revoking cannot be undone, so the way to the server is deliberate: Review (Ctrl+Return)
first asks the server about every row, then shows what will be revoked and, above 20 rows,
asks for the number to be typed; only then is anything sent.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QDialog,
    QVBoxLayout,
    QWidget,
)

from badgedesk.api.errors import ApiError
from badgedesk.api.models import AssertionRow, BadgeClass, Issuer, status_of
from badgedesk.core.batches import Batch, RevocationRow, RevocationTarget
from badgedesk.core.states import BatchKind, Match, RowState
from badgedesk.services.assertions import AssertionService
from badgedesk.services.batches import BatchBusyError
from badgedesk.services.changes import AwardsRevoked, BatchSettled, Change
from badgedesk.services.revocation_batches import RevocationBatches
from badgedesk.services.revocation_check import CheckReport
from badgedesk.services.revocation_import import CatalogueEntry
from badgedesk.services.revocation_submission import DEFAULT_CHUNK_SIZE
from badgedesk.ui.actions import tab_action
from badgedesk.ui.batch_tab import BatchTab
from badgedesk.ui.errors import error_words
from badgedesk.ui.files import choose_file, export_path
from badgedesk.ui.revocations.editor import RevocationEditor, automatic_name
from badgedesk.ui.revocations.history import HistoryView
from badgedesk.ui.revocations.import_dialog import RevocationImportDialog
from badgedesk.ui.revocations.review_dialog import ReviewDialog, ReviewSummary
from badgedesk.ui.revocations.revoked_view import RevokedView
from badgedesk.ui.steady_tabs import SteadyTabs

log = logging.getLogger(__name__)

CHUNK_KEY = "revocations/chunk_size"


class RevocationsTab(BatchTab[RevocationRow]):
    """Shows revocation batches and asks ``RevocationBatches`` to act on them."""

    def __init__(
        self, batches: RevocationBatches, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            batches,
            settings,
            kind=BatchKind.REVOKE,
            list_name=QCoreApplication.translate("RevocationsTab", "Revocation batches"),
            widths=(130, 95, 80, 45),
            parent=parent,
        )
        self.setAccessibleName(QCoreApplication.translate("RevocationsTab", "Revocations"))
        self.batches = batches
        self.assertions: Callable[[], AssertionService | None] = lambda: None
        """The assertions of the session, while signed in (the revoked awards page)."""
        self.badgeclass_names: dict[str, str] = {}
        self.catalogue: list[CatalogueEntry] = []

        self.new_action = tab_action(
            self,
            QCoreApplication.translate("RevocationsTab", "Ne&w batch"),
            "Ctrl+Shift+N",
            self.on_new_batch,
        )
        self.new_action.setToolTip(
            QCoreApplication.translate(
                "RevocationsTab", "Start a batch of revocations (works offline)"
            )
        )
        self.delete_action = tab_action(
            self,
            QCoreApplication.translate("RevocationsTab", "De&lete batch…"),
            None,
            self.on_delete_batch,
        )
        self.delete_action.setToolTip(
            QCoreApplication.translate(
                "RevocationsTab",
                "Delete the batch from this computer (what was revoked stays revoked)",
            )
        )
        self.editor: RevocationEditor = RevocationEditor(batches)
        self.editor.status_message.connect(self.status_message)
        self.editor.batch_changed.connect(self._on_batch_changed)
        self.editor.review_requested.connect(self.on_review)
        self.editor.check_requested.connect(self.on_check)
        self.editor.retry_requested.connect(self.on_retry)
        self.editor.import_requested.connect(self.on_import_csv)
        self.editor.export_results_requested.connect(self.on_export_results)
        self.editor.progress_row.pause_button.clicked.connect(self.on_pause)
        self.editor.progress_row.cancel_button.clicked.connect(self.on_cancel)
        self.editor.progress_row.retry_button.clicked.connect(self.on_retry_now)
        try:
            chunk = int(settings.value(CHUNK_KEY, DEFAULT_CHUNK_SIZE))  # type: ignore[call-overload]
        except (TypeError, ValueError):
            chunk = DEFAULT_CHUNK_SIZE
        self.editor.chunk_box.setValue(chunk)
        self.editor.chunk_box.valueChanged.connect(self._on_chunk_size)

        splitter = self._batches_page(
            (self.new_action, self.delete_action),
            QCoreApplication.translate("RevocationsTab", "No revocation batch open"),
            QCoreApplication.translate(
                "RevocationsTab",
                "A revocation batch revokes many awards at once, with a reason. Select awards "
                "in the Assertions tab and use Revoke selected, or start a New batch "
                "(Ctrl+Shift+N) and add a CSV of assertion entityIds or of recipients (Ctrl+I). "
                "Batches are kept on this computer and can be drafted offline; nothing is "
                "revoked before you review the batch (Ctrl+Return) and confirm.",
            ),
            QCoreApplication.translate("RevocationsTab", "New revocation batch"),
            (440, 860),
        )
        splitter.addAction(self.editor.import_action)  # Ctrl+I from the list of batches too
        batches_page = QWidget()
        QVBoxLayout(batches_page).addWidget(splitter)

        self.history = HistoryView(batches)
        self.history.open_batch.connect(self._on_history_batch)
        self.history.status_message.connect(self.status_message)
        self.revoked = RevokedView(lambda: self.assertions())
        batches.changes.subscribe(self._on_change)
        self.pages = SteadyTabs()
        self.pages.setAccessibleName(
            QCoreApplication.translate("RevocationsTab", "Revocations pages")
        )
        self.pages.addTab(batches_page, QCoreApplication.translate("RevocationsTab", "Batche&s"))
        self.pages.addTab(self.history, QCoreApplication.translate("RevocationsTab", "Histor&y"))
        self.pages.addTab(
            self.revoked, QCoreApplication.translate("RevocationsTab", "Revo&ked awards")
        )
        self.pages.currentChanged.connect(self._on_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        self._update_actions()

    def _on_chunk_size(self, value: int) -> None:
        self.settings.setValue(CHUNK_KEY, value)

    def _on_batch_changed(self, _batch_id: int) -> None:
        self.refresh_soon()

    def _on_page(self, index: int) -> None:
        if self.pages.widget(index) is self.history:
            self.tasks.spawn(self.history.reload())

    def _on_history_batch(self, batch_id: int) -> None:
        self.pages.setCurrentIndex(0)
        self.tasks.spawn(self.open_batch(batch_id))

    # ------------------------------------------------------------ wiring from the shell

    def attach(self, *, assertions: Callable[[], AssertionService | None]) -> None:
        self.assertions = assertions

    def set_signed_in(self, signed_in: bool) -> None:
        self.editor.set_signed_in(signed_in)

    def show_catalogue(self, issuers: Sequence[Issuer], badgeclasses: Sequence[BadgeClass]) -> None:
        issuer_names = {issuer.key: issuer.name for issuer in issuers}
        ordered = sorted(badgeclasses, key=lambda b: (issuer_names.get(b.issuer or "", ""), b.name))
        self.badgeclass_names = {b.key: b.name for b in ordered}
        self.catalogue = [
            CatalogueEntry(b.key, b.name, issuer_names.get(b.issuer or "", "")) for b in ordered
        ]
        self.revoked.set_badgeclasses(
            [
                (
                    entry.entity_id,
                    f"{entry.name} — {entry.issuer_name}" if entry.issuer_name else entry.name,
                )
                for entry in self.catalogue
            ]
        )

    # ------------------------------------------------------------ the list

    async def open_batch(self, batch_id: int) -> None:
        await self.editor.flush()
        batch, rows = await self.batches.batch_with_rows(batch_id)
        self.editor.show_batch(batch, rows)
        self.editor.set_running(self.busy(batch_id))
        if (progress := self.batches.progress(batch_id)) is not None:
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
        batch = self.editor.batch
        self.delete_action.setEnabled(batch is not None and not self.busy(batch.id))

    # ------------------------------------------------------------ batches

    def on_new_batch(self) -> None:
        self.tasks.spawn(self.new_batch())

    async def new_batch(
        self, name: str | None = None, targets: Sequence[RevocationTarget] = ()
    ) -> Batch:
        title = name or QCoreApplication.translate(
            "RevocationsTab", "Revocations of {date}"
        ).format(date=date.today().isoformat())
        batch = await self.batches.create_batch(title, targets)
        self.pages.setCurrentIndex(0)
        await self.refresh()
        await self.open_batch(batch.id)
        self.editor.reason_edit.setFocus()
        return batch

    async def revoke_selection(
        self, rows: Sequence[AssertionRow], badgeclass_names: Mapping[str, str]
    ) -> Batch:
        """Awards chosen in the Assertions tab become a new batch, as the table showed them;
        those already revoked are marked and will be skipped."""
        now = date.today()
        targets = [
            RevocationTarget(
                entity_id=row.entity_id,
                identity=row.recipient,
                recipient_type=row.recipient_type or "email",
                badgeclass_id=row.badgeclass or None,
                badgeclass_name=badgeclass_names.get(row.badgeclass, row.badgeclass),
                issued_on=row.issued_on,
                status=status_of(row.revoked, row.expires, datetime.now(UTC)).value,
                match=Match.FOUND,
            )
            for row in rows
        ]
        batch = await self.new_batch(
            automatic_name(len(rows), now.isoformat()),
            targets,
        )
        self.status_message.emit(
            QCoreApplication.translate(
                "RevocationsTab",
                "Started a revocation batch with %n award(s): write the reason, then review.",
                None,
                len(rows),
            )
        )
        return batch

    def on_delete_batch(self) -> None:
        batch = self.editor.batch
        if batch is not None:
            self._confirm_delete(
                batch,
                QCoreApplication.translate(
                    "RevocationsTab",
                    "Delete “{name}” from this computer? Awards it already revoked stay revoked, "
                    "and the audit log keeps every revocation.",
                ).format(name=batch.name),
            )

    # ------------------------------------------------------------ CSV

    def on_import_csv(self) -> None:
        choose_file(
            self,
            QCoreApplication.translate("RevocationsTab", "Add awards to revoke from CSV"),
            QCoreApplication.translate(
                "RevocationsTab", "CSV and text files (*.csv *.txt *.tsv);;All files (*)"
            ),
            self._import_chosen,
        )

    def _import_chosen(self, path: Path) -> None:
        self.tasks.spawn(self.import_csv(path))

    async def import_csv(self, path: Path) -> RevocationImportDialog | None:
        table = await self.read_csv_file(path)
        if table is None:
            return None
        if self.editor.batch is None:
            return None
        dialog = RevocationImportDialog(table, path.name, self.catalogue, self)

        def finished(code: int) -> None:
            result = dialog.import_result
            if code == QDialog.DialogCode.Accepted and result is not None:
                self.tasks.spawn(self._add_imported(result.targets, len(result.rejections)))
            dialog.deleteLater()

        dialog.finished.connect(finished)
        self._keep_dialog(dialog)
        dialog.open()
        return dialog

    async def _add_imported(self, targets: Sequence[RevocationTarget], rejected: int) -> None:
        added = await self.editor.add_targets(targets)
        text = QCoreApplication.translate("RevocationsTab", "Added %n row(s).", None, len(added))
        if len(added) < len(targets):
            text += " " + QCoreApplication.translate(
                "RevocationsTab",
                "%n was(were) already in the batch.",
                None,
                len(targets) - len(added),
            )
        if rejected:
            text += " " + QCoreApplication.translate(
                "RevocationsTab", "%n line(s) not imported (see the report).", None, rejected
            )
        if self.editor.signed_in:
            text += " " + QCoreApplication.translate(
                "RevocationsTab", "Check with server (F5) to see each award's status."
            )
        self.status_message.emit(text)

    def on_export_results(self, batch_id: int) -> None:
        batch = self.editor.batch
        choose_file(
            self,
            QCoreApplication.translate("RevocationsTab", "Export the results"),
            QCoreApplication.translate("RevocationsTab", "CSV files (*.csv)"),
            lambda path: self.tasks.spawn(self.export_results(batch_id, path)),
            save_as=export_path(batch.name if batch is not None else ""),
        )

    async def export_results(self, batch_id: int, path: Path) -> int:
        await self.editor.flush()
        try:
            count = await self.batches.export_results(batch_id, path)
        except OSError as error:
            self.status_message.emit(
                QCoreApplication.translate(
                    "RevocationsTab", "Could not write {path}: {reason}"
                ).format(path=path, reason=error.strerror)
            )
            return 0
        self.status_message.emit(
            QCoreApplication.translate(
                "RevocationsTab", "Exported the outcome of %n row(s) to {path}.", None, count
            ).format(path=path)
        )
        return count

    # ------------------------------------------------------------ checking and review

    def on_check(self, batch_id: int) -> None:
        self.tasks.spawn(self.check(batch_id))

    async def check(self, batch_id: int) -> CheckReport | None:
        """Ask the server about every row not sent yet; the table fills in as answers come."""
        if self.busy(batch_id):
            return None
        await self.editor.flush()

        def showing() -> bool:
            return self.editor.batch is not None and self.editor.batch.id == batch_id

        def on_progress(report: CheckReport) -> None:
            self._update_actions()  # the batch is busy from the check's start
            if showing():
                self.editor.show_check(report)

        def on_row(row: RevocationRow) -> None:
            if showing():
                self.editor.row_updated(row)

        if showing():
            self.editor.set_running(True)
        try:
            report = await self.batches.check(
                batch_id,
                badgeclass_names=self.badgeclass_names,
                on_progress=on_progress,
                on_row=on_row,
            )
        except BatchBusyError:
            return None
        except ApiError as error:
            self.status_message.emit(
                QCoreApplication.translate(
                    "RevocationsTab", "Could not check the rows with the server: {error}"
                ).format(error=error_words(error))
            )
            return None
        finally:
            if showing():
                self.editor.set_running(False)
                self.editor.progress_row.hide()
                await self.editor.reload()
            self._update_actions()
            self.refresh_soon()
        self.status_message.emit(
            QCoreApplication.translate(
                "RevocationsTab",
                "Checked %n row(s): {found} to revoke, {revoked} already revoked, {missing} not "
                "found, {ambiguous} ambiguous, {duplicates} duplicate.",
                None,
                report.total,
            ).format(
                found=report.found,
                revoked=report.revoked,
                missing=report.not_found,
                ambiguous=report.ambiguous,
                duplicates=report.duplicates,
            )
        )
        return report

    def on_review(self, batch_id: int) -> None:
        self.tasks.spawn(self.review(batch_id))

    async def review(self, batch_id: int) -> ReviewDialog | None:
        """Check every row with the server, then show what will be revoked."""
        if await self.check(batch_id) is None:
            return None
        batch, rows = await self.batches.batch_with_rows(batch_id)
        if self.editor.batch is None or self.editor.batch.id != batch_id:
            return None
        self.editor.show_batch(batch, rows)
        problems = self.editor.problems()
        to_send = [row for row in rows if row.state in (RowState.PENDING, RowState.SENDING)]
        if problems or not to_send:
            self.status_message.emit(
                " ".join(problems)
                or QCoreApplication.translate(
                    "RevocationsTab", "Nothing left to revoke: every row is settled."
                )
            )
            return None
        dialog = ReviewDialog(ReviewSummary.of(to_send, rows, batch.reason), self)

        def finished(code: int) -> None:
            if code == QDialog.DialogCode.Accepted:
                self.tasks.spawn(self.submit(batch_id))
            dialog.deleteLater()

        dialog.finished.connect(finished)
        self._keep_dialog(dialog)
        dialog.open()
        return dialog

    # ------------------------------------------------------------ submission

    def run_options(self) -> dict[str, int]:
        return {"chunk_size": self.editor.chunk_box.value()}

    def _on_change(self, change: Change) -> None:
        """Revocations made in this window (a batch, the Assertions tab's Revoke) show in the
        history and in the revoked awards listed, without Refresh; a revocation batch's run
        shows in the history when it ends, even if it revoked nothing. Each read replaces the
        one it makes stale."""
        if self.closing:
            return
        revoked = isinstance(change, AwardsRevoked)
        settled = isinstance(change, BatchSettled) and change.kind is BatchKind.REVOKE
        if (revoked or settled) and self.history.loaded:
            self.tasks.spawn(self.history.reload(), name="history")
        if revoked and self.revoked.shown is not None:
            self.tasks.spawn(self.revoked.load(self.revoked.shown), name="revoked")

    async def shutdown(self) -> None:
        self.editor.stop_updates()
        await super().shutdown()
        await self.history.shutdown()
        await self.revoked.shutdown()
