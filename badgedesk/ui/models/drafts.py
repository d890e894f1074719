"""Table models of the Drafts tab: the list of batches, and the rows of the batch open.

The rows model marks every cell with a local problem (red text, a tooltip saying what to do)
and shows each row's place in the outbox. An edit typed into a cell is not applied here: it is
handed to the editor as ``edit_requested`` so it goes through the undo stack and the store.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from badgedesk.api.models import BadgeClassExpiration
from badgedesk.core.batches import BatchDefaults, BatchSummary, DraftRow, RowFields
from badgedesk.core.states import BatchKind, RowState
from badgedesk.core.written_dates import UnreadableDate, column_order, read_day, settled_order
from badgedesk.services.batch_rows import (
    RowProblems,
    duplicate_keys,
    identity_key,
    row_expires,
    row_problems,
)
from badgedesk.services.validation import Problem
from badgedesk.ui.api_words import recipient_type_text
from badgedesk.ui.dates import display_date, locale_day_order
from badgedesk.ui.errors import stored_error_words
from badgedesk.ui.expiry_rule import expiry_from_rule
from badgedesk.ui.problems import problem_text
from badgedesk.ui.style import done_brush, error_brush, muted_brush

Index = QModelIndex | QPersistentModelIndex


def local_time(value: datetime) -> str:
    """The time alone for today, the date alone before: short enough for a list column."""
    local = value.astimezone()
    if local.date() == date.today():
        return local.strftime("%H:%M")
    return display_date(local)


def state_text(state: str) -> str:
    texts = {
        "draft": QCoreApplication.translate("DraftModels", "Draft"),
        "submitting": QCoreApplication.translate("DraftModels", "Submitting"),
        "partly submitted": QCoreApplication.translate("DraftModels", "Partly submitted"),
        "done": QCoreApplication.translate("DraftModels", "Done"),
    }
    return texts.get(state, state)


class BatchListModel(QAbstractTableModel):
    """One line per batch: name, badge class (a revocation batch: its reason), state, row
    counts and last change."""

    STATE = 2
    """The column of the batch's state."""
    ROWS = 3
    """The column of the batch's row counts ("92/300" while it is sent)."""

    def __init__(self, parent: QObject | None = None, *, kind: BatchKind = BatchKind.AWARD) -> None:
        super().__init__(parent)
        self.kind = kind
        self._headers = (
            QCoreApplication.translate("DraftModels", "Name"),
            QCoreApplication.translate("DraftModels", "Badge class"),
            QCoreApplication.translate("DraftModels", "State"),
            QCoreApplication.translate("DraftModels", "Rows"),
            QCoreApplication.translate("DraftModels", "Last change"),
        )
        if kind != BatchKind.AWARD:
            self._headers = (
                QCoreApplication.translate("DraftModels", "Name"),
                QCoreApplication.translate("DraftModels", "Reason"),
                QCoreApplication.translate("DraftModels", "State"),
                QCoreApplication.translate("DraftModels", "Rows"),
                QCoreApplication.translate("DraftModels", "Last change"),
            )
        self._summaries: list[BatchSummary] = []
        self._submitting: set[int] = set()

    def set_summaries(self, summaries: Sequence[BatchSummary], submitting: set[int]) -> None:
        self.beginResetModel()
        self._summaries = list(summaries)
        self._submitting = set(submitting)
        self.endResetModel()

    def update_summaries(self, summaries: Sequence[BatchSummary]) -> None:
        """New counts for batches listed, each in its place (a running batch does not move
        while it runs); a batch not listed waits for the next ``set_summaries``."""
        for summary in summaries:
            if (row := self.row_of(summary.batch.id)) >= 0:
                self._summaries[row] = summary
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._headers) - 1))

    def set_submitting(self, submitting: set[int]) -> None:
        """Which batches are being sent, shown at once (their counts follow with the next
        ``set_summaries``)."""
        self._submitting = set(submitting)
        if self._summaries:
            last = len(self._summaries) - 1
            self.dataChanged.emit(self.index(0, self.STATE), self.index(last, self.STATE))

    def widest_rows_text(self) -> str:
        """The most the Rows column can say of the batches listed ("1000/1000" for a batch of
        1,000, all sent); "" when none is listed."""
        most = max((summary.counts.total for summary in self._summaries), default=None)
        return "" if most is None else f"{most}/{most}"

    def summary_at(self, row: int) -> BatchSummary | None:
        return self._summaries[row] if 0 <= row < len(self._summaries) else None

    def row_of(self, batch_id: int) -> int:
        return next((i for i, s in enumerate(self._summaries) if s.batch.id == batch_id), -1)

    def state_of(self, summary: BatchSummary) -> str:
        if summary.batch.id in self._submitting:
            return "submitting"
        return summary.counts.state

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._summaries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if self.kind == BatchKind.REVOKE:
            return self._revocation_data(index, role)
        summary = self._summaries[index.row()]
        batch, counts = summary.batch, summary.counts
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            state = state_text(self.state_of(summary))
            if counts.failed:
                state = QCoreApplication.translate(
                    "DraftModels", "{state} · {failed} failed"
                ).format(state=state, failed=counts.failed)
            settled = counts.awarded + counts.held
            rows = f"{settled}/{counts.total}" if settled else str(counts.total)
            values = (
                batch.name,
                batch.badgeclass.name
                if batch.badgeclass
                else QCoreApplication.translate("DraftModels", "(choose a badge class)"),
                state,
                rows,
                local_time(batch.updated_at),
            )
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "DraftModels",
                "%n row(s): {awarded} awarded, {held} already held, {failed} failed, "
                "{left} to send",
                None,
                counts.total,
            ).format(
                awarded=counts.awarded,
                held=counts.held,
                failed=counts.failed,
                left=counts.pending + counts.sending,
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ROWS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == 2 and counts.failed:
            return error_brush()
        return None

    def _revocation_data(self, index: Index, role: int) -> Any:
        summary = self._summaries[index.row()]
        batch, counts = summary.batch, summary.counts
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            state = state_text(self.state_of(summary))
            if counts.failed:
                state = QCoreApplication.translate(
                    "DraftModels", "{state} · {failed} failed"
                ).format(state=state, failed=counts.failed)
            rows = f"{counts.settled}/{counts.total}" if counts.settled else str(counts.total)
            reason = batch.reason.strip().splitlines()[0] if batch.reason.strip() else ""
            values = (
                batch.name,
                reason or QCoreApplication.translate("DraftModels", "(reason required)"),
                state,
                rows,
                local_time(batch.updated_at),
            )
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "DraftModels",
                "%n row(s): {revoked} revoked, {skipped} already revoked, {failed} failed, "
                "{left} to send",
                None,
                counts.total,
            ).format(
                revoked=counts.revoked,
                skipped=counts.skipped,
                failed=counts.failed,
                left=counts.pending + counts.sending,
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ROWS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and (
            (column == 2 and counts.failed) or (column == 1 and not batch.reason.strip())
        ):
            return error_brush()
        return None


class DraftRowsModel(QAbstractTableModel):
    """The rows of one batch, with validation marks and outbox state."""

    COLUMNS = ("identity", "recipient_type", "narrative", "evidence_url", "issued_on", "expires")
    OUTCOME = len(COLUMNS)

    edit_requested = Signal(int, object)
    """(row id, the new ``RowFields``) when a cell is edited."""
    edit_refused = Signal(str)
    """Why a typed value was not taken (an unreadable date)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = (
            QCoreApplication.translate("DraftModels", "Recipient"),
            QCoreApplication.translate("DraftModels", "Type"),
            QCoreApplication.translate("DraftModels", "Narrative"),
            QCoreApplication.translate("DraftModels", "Evidence URL"),
            QCoreApplication.translate("DraftModels", "Issued on"),
            QCoreApplication.translate("DraftModels", "Expires"),
            QCoreApplication.translate("DraftModels", "Outcome"),
        )
        self._rows: list[DraftRow] = []
        self._at: dict[int, int] = {}
        """Row id → position in ``_rows``: outcomes arrive by id, 100+ a second."""
        self._defaults = BatchDefaults()
        self._rule: BadgeClassExpiration | None = None
        """The badge class's expiry rule, shown for rows that give no expiry."""
        self._today = date.today()
        self._problems: dict[int, RowProblems] = {}
        self._duplicates: set[tuple[str, str]] = set()

    # ------------------------------------------------------------ content

    def set_rows(self, rows: Sequence[DraftRow], defaults: BatchDefaults, today: date) -> None:
        self.beginResetModel()
        self._set_rows(rows)
        self._defaults = defaults
        self._today = today
        self._recheck()
        self.endResetModel()

    def set_defaults(self, defaults: BatchDefaults) -> None:
        self._defaults = defaults
        self._recheck()
        self._all_changed()

    def set_expiry_rule(self, rule: BadgeClassExpiration | None) -> None:
        self._rule = rule
        self._all_changed()

    def inherited_expiry(self, row: DraftRow) -> datetime | None:
        """The expiry the badge class's rule gives a row that has none, and whose batch has
        none, as it would be sent now (the server refuses the future)."""
        if row.fields.expires or self._defaults.expires or self._rule is None:
            return None
        return row_expires(row.fields, self._defaults, datetime.now(UTC), self._rule)

    def rows(self) -> list[DraftRow]:
        return list(self._rows)

    def row_at(self, row: int) -> DraftRow:
        return self._rows[row]

    def position_of(self, row_id: int) -> int:
        return self._at.get(row_id, -1)

    def _set_rows(self, rows: Iterable[DraftRow]) -> None:
        self._rows = sorted(rows, key=lambda row: row.position)
        self._at = {row.id: at for at, row in enumerate(self._rows)}

    def replace_rows(self, rows: Iterable[DraftRow]) -> None:
        """New versions of rows already shown (an edit, an outcome)."""
        changed_fields = False
        for new in rows:
            at = self.position_of(new.id)
            if at < 0:
                continue
            changed_fields = changed_fields or self._rows[at].fields != new.fields
            self._rows[at] = new
            if not changed_fields:
                self.dataChanged.emit(self.index(at, 0), self.index(at, self.OUTCOME))
        if changed_fields:
            self._recheck()
            self._all_changed()

    def insert_rows(self, rows: Sequence[DraftRow]) -> None:
        if not rows:
            return
        self.beginResetModel()
        self._set_rows([*self._rows, *rows])
        self._recheck()
        self.endResetModel()

    def remove_rows(self, row_ids: Iterable[int]) -> None:
        gone = set(row_ids)
        if not gone:
            return
        self.beginResetModel()
        self._set_rows(row for row in self._rows if row.id not in gone)
        self._recheck()
        self.endResetModel()

    def _recheck(self) -> None:
        self._duplicates = duplicate_keys(
            row.fields for row in self._rows if row.state != RowState.FAILED
        )
        self._problems = {}
        seen: set[tuple[str, str]] = set()
        for row in self._rows:
            if not row.editable:
                continue
            problems = row_problems(row.fields, self._defaults, self._today)
            key = identity_key(row.fields)
            if key in self._duplicates and key in seen and "identity" not in problems:
                problems["identity"] = Problem.DUPLICATE
            seen.add(key)
            if problems:
                self._problems[row.id] = problems

    def _all_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.OUTCOME))

    def problem_rows(self) -> list[int]:
        """Positions of rows that cannot be sent as they are."""
        return [i for i, row in enumerate(self._rows) if row.id in self._problems]

    def problems_of(self, row_id: int) -> RowProblems:
        return self._problems.get(row_id, {})

    # ------------------------------------------------------------ Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return section + 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Only a row that has not (possibly) reached the server is editable: ``editable``
        names the states that are, so any other, present or future, is read-only."""
        base = super().flags(index)
        if index.isValid() and index.column() < self.OUTCOME and self._rows[index.row()].editable:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if column == self.OUTCOME:
            return self._outcome_data(row, role)
        name = self.COLUMNS[column]
        problem = self._problems.get(row.id, {}).get(name)
        if name == "expires" and (inherited := self._inherited_data(row, role)) is not None:
            return inherited
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            value = getattr(row.fields, name)
            if isinstance(value, date):
                # Edited as text, as shown: a date can then also be cleared to take the
                # batch's default, or typed in any form an import reads.
                return display_date(value)
            if name == "recipient_type" and role == Qt.ItemDataRole.DisplayRole:
                return recipient_type_text(value)
            return value if value is not None else ""
        if role == Qt.ItemDataRole.ForegroundRole and problem is not None:
            return error_brush()
        if role == Qt.ItemDataRole.ToolTipRole and problem is not None:
            return problem_text(problem)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and problem is not None:
            return problem_text(problem)
        if not row.editable:
            return self._read_only_data(role)
        return None

    def _inherited_data(self, row: DraftRow, role: int) -> Any:
        """An expiry from the badge class's rule is shown muted and says so; it is not the
        row's own (editing the cell starts empty)."""
        if not row.editable or self._rule is None:
            return None
        expires = self.inherited_expiry(row)
        if expires is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return display_date(expires)
        if role == Qt.ItemDataRole.ForegroundRole:
            return muted_brush()
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return expiry_from_rule(self._rule)
        return None

    @staticmethod
    def _read_only_data(role: int) -> Any:
        """A row past editing (sent, settled) is muted and says why it takes no key."""
        if role == Qt.ItemDataRole.ForegroundRole:
            return muted_brush()
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return QCoreApplication.translate(
                "DraftModels", "This row can no longer change: see its outcome."
            )
        return None

    def _outcome_data(self, row: DraftRow, role: int) -> Any:
        problems = self._problems.get(row.id)
        if role == Qt.ItemDataRole.DisplayRole and row.state == RowState.AWARDED:
            return QCoreApplication.translate("DraftModels", "Awarded")
        if role == Qt.ItemDataRole.DisplayRole and row.state == RowState.HELD:
            return QCoreApplication.translate("DraftModels", "Already held")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.outcome_text(row, problems)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and row.state in (
            RowState.AWARDED,
            RowState.HELD,
        ):
            return self.outcome_text(row, problems)
        if role == Qt.ItemDataRole.ForegroundRole:
            if problems or row.state == RowState.FAILED:
                return error_brush()
            if row.state == RowState.AWARDED:
                return done_brush()
            if row.state == RowState.HELD:
                # Not this batch's doing: told apart from "Awarded" by colour and by slant.
                return QApplication.palette().brush(QPalette.ColorRole.Link)
        if role == Qt.ItemDataRole.FontRole and row.state == RowState.HELD:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    @staticmethod
    def outcome_text(row: DraftRow, problems: RowProblems | None) -> str:
        if row.state == RowState.AWARDED:
            return QCoreApplication.translate("DraftModels", "Awarded ({entity_id})").format(
                entity_id=row.entity_id or ""
            )
        if row.state == RowState.HELD:
            entity_id = row.entity_id or ""
            if row.held_since is None:
                return QCoreApplication.translate(
                    "DraftModels",
                    "Already held: awarded on an earlier date ({entity_id}), not by this batch",
                ).format(entity_id=entity_id)
            return QCoreApplication.translate(
                "DraftModels",
                "Already held: awarded on {date} ({entity_id}), not by this batch",
            ).format(date=display_date(row.held_since), entity_id=entity_id)
        if row.state == RowState.SENDING:
            return QCoreApplication.translate("DraftModels", "Sent: awaiting the answer…")
        if problems:
            return problem_text(next(iter(problems.values())))
        if row.state == RowState.FAILED:
            if row.retriable:
                return QCoreApplication.translate(
                    "DraftModels", "Failed: {error} (retry can help)"
                ).format(error=stored_error_words(row.error))
            return QCoreApplication.translate("DraftModels", "Failed: {error}").format(
                error=stored_error_words(row.error)
            )
        if row.error:
            return QCoreApplication.translate("DraftModels", "Will retry: {error}").format(
                error=stored_error_words(row.error)
            )
        return QCoreApplication.translate("DraftModels", "Ready")

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Hand an edit to the editor; a cell ``flags`` does not offer for editing (a row sent
        or settled, the outcome) refuses it, however it was asked."""
        if role != Qt.ItemDataRole.EditRole or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        row = self._rows[index.row()]
        name = self.COLUMNS[index.column()]
        if isinstance(value, str):
            value = value.strip()
        if name in ("issued_on", "expires"):
            try:
                text = str(value or "")
                value = read_day(text, settled_order(column_order([text]), locale_day_order()))
            except UnreadableDate:
                self.edit_refused.emit(problem_text(Problem.BAD_DATE))
                return False
        if getattr(row.fields, name) == value:
            return False
        changed = RowFields(**{**row.fields.__dict__, name: value})
        self.edit_requested.emit(row.id, changed)
        return True
