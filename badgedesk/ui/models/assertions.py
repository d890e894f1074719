"""The assertions table: a hundred thousand rows, loaded page by page while the user scrolls.

Rows are kept in the order the server sent them; what the view shows is a list of indices into
them (filtered and sorted here rather than by a ``QSortFilterProxyModel``, whose per-cell
``data()`` calls would make sorting 100,000 rows take seconds). The next page is on its way
while one is appended (``AssertionService.pages``).

Nothing here holds the event loop for more than a frame, however many rows: a column's sort
keys are computed once and kept beside the rows; the order of every loaded row by the sorted
column is kept too, so a filter only picks from it and a new page is merged into it (Python's
sort merges two sorted runs in one pass); whether each row holds the filter's text is kept
beside it, so a sort picks the shown rows without searching them again; a sort or a filter of
more than ``sort_step`` rows is made in steps of that many, the event loop turning between
them, shown when it is done; and the view's selection is found again in a new order by
bisection, not by numbering every row.
"""

from __future__ import annotations

import asyncio
import bisect
import logging
from collections.abc import Callable, Collection, Coroutine, Iterator, Sequence
from dataclasses import replace
from datetime import UTC, datetime
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
from PySide6.QtGui import QBrush, QFont

from badgedesk.api.errors import ApiError
from badgedesk.api.models import AssertionRow, Page
from badgedesk.services.assertion_rules import AssertionQuery
from badgedesk.services.assertions import AssertionService, NotSignedInError, RowPages
from badgedesk.ui.api_words import acceptance_text, recipient_type_text
from badgedesk.ui.dates import display_date
from badgedesk.ui.errors import error_words
from badgedesk.ui.style import muted_brush

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
SortKey = Any

RECIPIENT, BADGECLASS, ISSUED_ON, EXPIRES, STATUS, ACCEPTANCE, NARRATIVE = range(7)
ENTITY_ID_ROLE = Qt.ItemDataRole.UserRole + 1


_ROLES_ANSWERED = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.ToolTipRole,
        ENTITY_ID_ROLE,
    }
)


def revoked_tooltip(reason: str) -> str:
    """What pointing at a revoked award's row says (the revocations views say it too)."""
    if reason:
        return QCoreApplication.translate("AssertionTableModel", "Revoked: {reason}").format(
            reason=reason
        )
    return QCoreApplication.translate("AssertionTableModel", "Revoked")


MERGE_BY_BISECTION = 32
"""``_merged`` puts new rows in place one by one, by bisection, when the rows already in order
are at least this many times as many; up to about a twentieth, that is the faster way."""


def _time_key(value: datetime | None) -> float:
    return value.timestamp() if value is not None else float("-inf")


def _merged(ordered: list[int], more: Sequence[int], keys: list[SortKey]) -> list[int]:
    """``ordered`` and ``more`` (rows after all of those in ``ordered``, sorted), merged by
    ``keys``; ties stay in row order. A few rows (a page among many) are each put in place by
    bisection, the rows between copied in slices: a page of 500 into 98,000 rows took 2 ms,
    where Python's sort, which otherwise finds the two runs and merges them in one pass, took
    12-15 ms whatever the page."""
    if len(more) * MERGE_BY_BISECTION > len(ordered):
        merged = [*ordered, *more]
        merged.sort(key=keys.__getitem__)
        return merged
    merged = []
    done = 0
    for index in more:
        at = bisect.bisect_right(ordered, keys[index], lo=done, key=keys.__getitem__)
        merged += ordered[done:at]
        merged.append(index)
        done = at
    merged += ordered[done:]
    return merged


def _split(first: list[int], second: list[int], keys: list[SortKey], taken: int) -> int:
    """How many of the ``taken`` rows a stable merge of the sorted runs ``first`` and
    ``second`` puts first come from ``first`` (``first``'s rows go first on equal keys)."""
    low, high = max(0, taken - len(second)), min(taken, len(first))
    while low < high:  # the fewest from first such that second's last one taken is smaller
        middle = (low + high) // 2
        if keys[second[taken - middle - 1]] < keys[first[middle]]:
            high = middle
        else:
            low = middle + 1
    return low


def _merge_in_pieces(
    first: list[int], second: list[int], keys: list[SortKey], size: int
) -> Iterator[list[int]]:
    """The stable merge of the sorted runs ``first`` and ``second``, in pieces of ``size``
    rows: each piece is the next two slices, one of each run, found by binary search and
    merged by Python's sort in one pass. Merging two runs of 49,000 rows at once held the
    event loop for 15-22 ms on a busy machine; a piece of 16,384 rows, for under 2 ms."""
    total = len(first) + len(second)
    done = done_first = 0
    while done < total:
        end = min(done + size, total)
        end_first = _split(first, second, keys, end)
        piece = [*first[done_first:end_first], *second[done - done_first : end - end_first]]
        piece.sort(key=keys.__getitem__)
        yield piece
        done, done_first = end, end_first


class AssertionTableModel(QAbstractTableModel):
    """Rows of ``AssertionRow``; ``load()`` starts a query, the view's scrolling does the rest."""

    loading_changed = Signal()
    """``loading`` changed (a page request started or ended)."""
    load_failed = Signal(str)
    """A page could not be loaded; the rows already loaded stay. ``retry()`` tries again."""
    rows_loaded = Signal(int)
    """How many rows are loaded in all, after each page."""
    first_page_loaded = Signal(object, list)
    """(the ``AssertionQuery``, its rows): the server's first page of a query, to keep."""

    sort_step = 16_384
    """Rows sorted in one go: a larger sort is made in steps of this many (each a few
    milliseconds), the event loop turning between them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service: AssertionService | None = None
        self.query: AssertionQuery | None = None
        self.badgeclass_names: dict[str, str] = {}
        self.error: str | None = None
        self._rows: list[AssertionRow] = []
        self._haystacks: list[str] = []
        self._order: list[int] = []
        """The shown rows (indices into ``_rows``), in the view's order (reversed when
        descending)."""
        self._keys: dict[int, list[SortKey]] = {}
        """Per column sorted by so far, every row's sort key (aligned with ``_rows``)."""
        self._sorted: list[int] = []
        """While sorted: every row, shown or not, in the order of the sorted column."""
        self._needle = ""
        self._passes = bytearray()
        """While filtered: whether each row (aligned with ``_rows``) holds ``_needle``."""
        self._filtering: asyncio.Task[None] | None = None
        self._pending_needle = ""
        self._sort_column = -1
        self._descending = False
        self._sorting: asyncio.Task[None] | None = None
        self._pending_sort = (-1, Qt.SortOrder.AscendingOrder)
        self._next_url: str | None = None
        self._first_page_pending = False
        self.saved = False
        """The rows shown are the copy kept at the last visit (``show_saved``), until the
        server's first page takes their place."""
        self._task: asyncio.Task[None] | None = None
        self._pages: RowPages | None = None
        self._now = datetime.now(UTC)
        self._headers = (
            QCoreApplication.translate("AssertionTableModel", "Recipient"),
            QCoreApplication.translate("AssertionTableModel", "Badge class"),
            QCoreApplication.translate("AssertionTableModel", "Issued on"),
            QCoreApplication.translate("AssertionTableModel", "Expires"),
            QCoreApplication.translate("AssertionTableModel", "Status"),
            QCoreApplication.translate("AssertionTableModel", "Acceptance"),
            QCoreApplication.translate("AssertionTableModel", "Narrative"),
        )
        self._status_text = {
            "active": QCoreApplication.translate("AssertionTableModel", "Active"),
            "expired": QCoreApplication.translate("AssertionTableModel", "Expired"),
            "revoked": QCoreApplication.translate("AssertionTableModel", "Revoked"),
        }

    # ------------------------------------------------------------ loading

    @property
    def loading(self) -> bool:
        return self._task is not None and not self._task.done()

    @property
    def loaded_count(self) -> int:
        return len(self._rows)

    @property
    def complete(self) -> bool:
        """Every page of the query is loaded."""
        return self.query is not None and not self._first_page_pending and self._next_url is None

    def load(self, query: AssertionQuery | None) -> None:
        """Forget the rows and start loading ``query`` (None: show nothing) once a service is
        attached. The saved rows of the same query stay until the server's take their place."""
        saved = self._rows if self.saved and query == self.query else []
        needle = self._wanted_needle()
        self._cancel()
        self.beginResetModel()
        self.query = query
        self._forget_rows()
        self._needle = needle
        self._next_url = None
        self.error = None
        self._first_page_pending = query is not None
        self.saved = False
        self._now = datetime.now(UTC)
        self.endResetModel()
        if saved:
            self.show_saved(query, saved)
        if query is not None and self.service is not None:
            self._start(self._fetch())

    def show_saved(self, query: AssertionQuery | None, rows: list[AssertionRow]) -> bool:
        """Show ``rows``, kept at the last visit, while ``query``'s first page is on its way
        (or cannot come); False if the server's rows are here already, or another query."""
        if not rows or query != self.query or not self._first_page_pending or self._rows:
            return False
        self.saved = True
        self._show_rows(rows)
        self.rows_loaded.emit(len(self._rows))
        return True

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return (
            not parent.isValid()
            and self._next_url is not None
            and self.error is None
            and not self.loading
        )

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._start(self._fetch())

    def retry(self) -> None:
        """Try the page that failed again, keeping what is loaded."""
        if self.error is not None and not self.loading:
            self.error = None
            self._start(self._fetch())

    async def load_all(self, progress: Callable[[int], None]) -> None:
        """Load every remaining page, then make the sort and filter asked for (for an export:
        the rows shown are then those asked for); raises the ``ApiError`` that stops it."""
        while True:
            if self.service is None or self.query is None:
                raise NotSignedInError
            if self._task is not None and not self._task.done():
                await asyncio.shield(self._task)
            if self.error is not None:
                raise ApiError(self.error)
            progress(len(self._rows))
            if self.complete:
                await self._reordered()
                return
            self._start(self._fetch())

    def _start(self, coroutine: Coroutine[object, object, None]) -> None:
        self._task = asyncio.ensure_future(coroutine)
        self.loading_changed.emit()

    def _cancel(self) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()
        self._task = None
        if self._pages is not None:
            self._pages.close()
            self._pages = None
        self._cancel_sorting()
        self._cancel_filtering()

    async def _fetch(self) -> None:
        query, service = self.query, self.service
        if query is None or service is None:
            return
        try:
            if self._pages is None or self._pages.done:
                start = None if self._first_page_pending else self._next_url
                self._pages = service.pages(query, start)
            page = await self._pages.next()
            # Its rows are added in a callback of their own (1 to 2 ms for 500), not in the
            # page's last parse step's: the turn can give way to a paint in between.
            await asyncio.sleep(0)
        except ApiError as error:
            if self.query is query:
                self._pages = None  # it failed: Retry reads on from the last page's next_url
                self.error = error_words(error)
                log.info("loading assertions failed: %s", type(error).__name__)
                self.load_failed.emit(self.error)
            return
        finally:
            if self.query is query:
                self._task = None
                self.loading_changed.emit()
        if self.query is query:
            if self._first_page_pending:
                self._first_page_pending = False
                self._forget_saved()
                self.first_page_loaded.emit(query, page.items)
            self._append(page)

    def _forget_saved(self) -> None:
        """The server's first page replaces the saved rows."""
        if self.saved:
            self.beginResetModel()
            self._forget_rows()
            self.saved = False
            self.endResetModel()
            self._filter_again()

    def _forget_rows(self) -> None:
        """Every row gone, and all that is kept beside them (within a model reset)."""
        self._rows, self._haystacks, self._order, self._sorted = [], [], [], []
        self._passes = bytearray()
        self._keys = {}

    def _append(self, page: Page[AssertionRow]) -> None:
        self._next_url = page.next_url
        self._show_rows(page.items)
        self.rows_loaded.emit(len(self._rows))

    def _show_rows(self, rows: list[AssertionRow]) -> None:
        start = len(self._rows)
        self._add_rows(rows)
        self._merge(range(start, len(self._rows)))

    def _add_rows(self, rows: Sequence[AssertionRow]) -> None:
        """Keep rows with their haystacks and the sort keys computed so far (not shown yet)."""
        start = len(self._rows)
        self._rows.extend(rows)
        self._haystacks.extend(self._haystack(row) for row in rows)
        self._passes += self._passing(self._needle, start, len(self._rows))
        for column, keys in self._keys.items():
            keys.extend(map(self._key_function(column), rows))

    # ------------------------------------------------------------ edits from the tab

    def insert_row(self, row: AssertionRow) -> None:
        """A new award, shown at once (at the top while unsorted, newest first)."""
        self._add_rows([row])
        index = len(self._rows) - 1
        if self._sort_column >= 0:
            self._merge([index])
        elif self._matches(index):
            self.beginInsertRows(QModelIndex(), 0, 0)
            self._order.insert(0, index)
            self.endInsertRows()

    def replace_row(self, row: AssertionRow) -> None:
        """An edited or revoked award: its cells change where it is (no jump on screen)."""
        for index, old in enumerate(self._rows):
            if old.entity_id == row.entity_id:
                self._set_row(index, row)
                view_row = self.view_row_of(row.entity_id)
                if view_row is not None:
                    self.dataChanged.emit(
                        self.index(view_row, 0), self.index(view_row, len(self._headers) - 1)
                    )
                return

    def mark_revoked(self, entity_ids: Collection[str]) -> None:
        """Awards revoked elsewhere, shown as revoked where they are (one pass, however many)."""
        wanted = set(entity_ids)
        changed = [
            index
            for index, row in enumerate(self._rows)
            if row.entity_id in wanted and not row.revoked
        ]
        for index in changed:
            self._set_row(index, replace(self._rows[index], revoked=True))
        if changed and self._order:
            self.dataChanged.emit(self.index(0, STATUS), self.index(len(self._order) - 1, STATUS))

    def _set_row(self, index: int, row: AssertionRow) -> None:
        """A row changed where it is: its haystack and sort keys follow, its place stays."""
        self._rows[index] = row
        self._haystacks[index] = self._haystack(row)
        if self._needle:
            self._passes[index] = self._needle in self._haystacks[index]
        for column, keys in self._keys.items():
            keys[index] = self._key_function(column)(row)

    def remove_rows(self, entity_ids: Collection[str]) -> None:
        """Awards that no longer belong in the table (revoked elsewhere while revoked awards are
        hidden): they leave it, the other rows and the selection stay where they are."""
        wanted = set(entity_ids)
        gone = {index for index, row in enumerate(self._rows) if row.entity_id in wanted}
        if not gone:
            return
        shown = [view_row for view_row in range(len(self._order)) if self._source(view_row) in gone]
        reverse = self._descending and self._sort_column >= 0
        for view_row in reversed(shown):  # bottom up: the rows above keep their numbers
            at = len(self._order) - 1 - view_row if reverse else view_row
            self.beginRemoveRows(QModelIndex(), view_row, view_row)
            del self._order[at]
            self.endRemoveRows()
        kept = [index for index in range(len(self._rows)) if index not in gone]
        renumbered = {old: new for new, old in enumerate(kept)}
        self._rows = [self._rows[index] for index in kept]
        self._haystacks = [self._haystacks[index] for index in kept]
        if self._needle:
            self._passes = bytearray(self._passes[index] for index in kept)
        self._keys = {column: [keys[i] for i in kept] for column, keys in self._keys.items()}
        self._order = [renumbered[index] for index in self._order]
        self._sorted = [renumbered[index] for index in self._sorted if index not in gone]
        if self._sorting is not None:  # its order numbers the rows as they were
            self._cancel_sorting()
            self.sort(*self._pending_sort)
        self._filter_again()
        self.rows_loaded.emit(len(self._rows))

    def holds_any(self, entity_ids: Collection[str]) -> bool:
        """Whether any of these awards is loaded (shown, or hidden by the filter)."""
        wanted = set(entity_ids)
        return any(row.entity_id in wanted for row in self._rows)

    def view_row_of(self, entity_id: str) -> int | None:
        for view_row in range(len(self._order)):
            if self._rows[self._source(view_row)].entity_id == entity_id:
                return view_row
        return None

    def row_at(self, view_row: int) -> AssertionRow:
        return self._rows[self._source(view_row)]

    def visible_rows(self) -> Iterator[AssertionRow]:
        for view_row in range(len(self._order)):
            yield self._rows[self._source(view_row)]

    def set_badgeclass_names(self, names: dict[str, str]) -> None:
        self.badgeclass_names = names
        self._haystacks = [self._haystack(row) for row in self._rows]
        self._passes = self._passing(self._needle, 0, len(self._rows))
        self._filter_again()
        if BADGECLASS in self._keys:
            self._keys[BADGECLASS] = list(map(self._key_function(BADGECLASS), self._rows))
        if self._rows:
            self.dataChanged.emit(
                self.index(0, BADGECLASS), self.index(len(self._order) - 1, BADGECLASS)
            )

    # ------------------------------------------------------------ filter and sort

    def set_text_filter(self, text: str) -> None:
        """Show rows whose recipient, badge class, status, acceptance or narrative contain
        ``text`` (any case): at once, or over ``sort_step`` rows in steps, the rows shown
        changing when every row is looked through."""
        needle = text.strip().casefold()
        if needle == self._wanted_needle():
            return
        self._cancel_filtering()
        if needle == self._needle:  # back to the filter shown before the one being made
            return
        if needle and len(self._rows) > self.sort_step:
            self._pending_needle = needle
            self._filtering = asyncio.ensure_future(self._filter_in_steps(needle))
        else:
            self._show_filtered(needle, self._passing(needle, 0, len(self._rows)))

    def _wanted_needle(self) -> str:
        """The filter's text last asked for, made or still being made."""
        return self._pending_needle if self._filtering is not None else self._needle

    def _passing(self, needle: str, first: int, last: int) -> bytearray:
        """Whether each of the rows ``first`` to ``last`` holds ``needle`` (empty without one)."""
        if not needle:
            return bytearray()
        return bytearray([needle in haystack for haystack in self._haystacks[first:last]])

    async def _filter_in_steps(self, needle: str) -> None:
        passes = bytearray()
        while len(passes) < len(self._rows):  # pages may come meanwhile: until caught up
            passes += self._passing(needle, len(passes), len(passes) + self.sort_step)
            await asyncio.sleep(0)
        self._filtering = None
        self._show_filtered(needle, passes)

    def _show_filtered(self, needle: str, passes: bytearray) -> None:
        self.beginResetModel()
        self._needle, self._passes = needle, passes
        self._order = self._shown(
            self._sorted if self._sort_column >= 0 else range(len(self._rows))
        )
        self.endResetModel()

    def _cancel_filtering(self) -> None:
        if self._filtering is not None:
            self._filtering.cancel()
            self._filtering = None

    def _filter_again(self) -> None:
        """Rows were taken out or replaced under a filter being made: it starts again."""
        if self._filtering is not None:
            needle = self._pending_needle
            self._cancel_filtering()
            self.set_text_filter(needle)

    @property
    def reordering(self) -> bool:
        """A sort or filter asked for is still being made (in steps); the rows show the
        previous one."""
        return self._sorting is not None or self._filtering is not None

    async def _reordered(self) -> None:
        """Once every sort and filter asked for is made."""
        while self.reordering:
            await asyncio.wait([task for task in (self._sorting, self._filtering) if task])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._cancel_sorting()
        descending = order == Qt.SortOrder.DescendingOrder
        if column < 0:
            self._show_sorted(column, descending, [])
        elif column == self._sort_column:
            self._show_sorted(column, descending, self._sorted)
        elif len(self._rows) <= self.sort_step:
            keys = self._column_keys(column)
            self._show_sorted(column, descending, sorted(range(len(keys)), key=keys.__getitem__))
        else:
            self._pending_sort = (column, order)
            self._sorting = asyncio.ensure_future(self._sort_in_steps(column, descending))

    def _cancel_sorting(self) -> None:
        if self._sorting is not None:
            self._sorting.cancel()
            self._sorting = None

    async def _sort_in_steps(self, column: int, descending: bool) -> None:
        """Sort keys for the rows that have none, then runs of ``sort_step`` rows sorted one
        by one, then merged two by two: every step a few milliseconds. Rows appended
        meanwhile are merged in at the end."""
        step = self.sort_step
        keys = self._keys.get(column)
        if keys is None:
            keys, key = [], self._key_function(column)
            while len(keys) < len(self._rows):  # pages may come meanwhile: until caught up
                keys.extend(map(key, self._rows[len(keys) : len(keys) + step]))
                await asyncio.sleep(0)
            self._keys[column] = keys  # kept up to date from now on (_add_rows)
        count = len(keys)
        runs = []
        for first in range(0, count, step):
            runs.append(sorted(range(first, min(first + step, count)), key=keys.__getitem__))
            await asyncio.sleep(0)
        while len(runs) > 1:
            merged = []
            for at in range(0, len(runs) - 1, 2):
                pair: list[int] = []
                for piece in _merge_in_pieces(runs[at], runs[at + 1], keys, step):
                    pair += piece
                    await asyncio.sleep(0)
                merged.append(pair)
            if len(runs) % 2:
                merged.append(runs[-1])
            runs = merged
        self._sorting = None
        later = sorted(range(count, len(keys)), key=keys.__getitem__)  # pages come meanwhile
        self._show_sorted(column, descending, _merged(runs[0], later, keys))

    def _show_sorted(self, column: int, descending: bool, rows_in_order: list[int]) -> None:
        """Show the rows sorted by ``column`` (every loaded row in ``rows_in_order``), or in
        server order (-1), keeping the view's selection on its rows."""
        self.layoutAboutToBeChanged.emit()
        moved = self._remember_persistent()
        self._sort_column = column
        self._descending = descending
        self._sorted = rows_in_order
        self._order = self._shown(rows_in_order if column >= 0 else range(len(self._rows)))
        self._restore_persistent(moved)
        self.layoutChanged.emit()

    def _shown(self, rows: Sequence[int]) -> list[int]:
        """Those of ``rows`` the filter lets through, in the same order."""
        if not self._needle:
            return list(rows)
        passes = self._passes
        return [i for i in rows if passes[i]]

    def _column_keys(self, column: int) -> list[SortKey]:
        keys = self._keys.get(column)
        if keys is None:
            keys = self._keys[column] = list(map(self._key_function(column), self._rows))
        return keys

    def _matches(self, index: int) -> bool:
        return not self._needle or bool(self._passes[index])

    def _haystack(self, row: AssertionRow) -> str:
        name = self.badgeclass_names.get(row.badgeclass, "")
        status = self._status_text[row.status(self._now)]
        acceptance = acceptance_text(row.acceptance)
        return f"{row.recipient}\n{name}\n{status}\n{acceptance}\n{row.narrative}".casefold()

    def _key_function(self, column: int) -> Callable[[AssertionRow], SortKey]:
        names = self.badgeclass_names
        now = self._now
        keys: dict[int, Callable[[AssertionRow], SortKey]] = {
            RECIPIENT: lambda r: r.recipient.casefold(),
            BADGECLASS: lambda r: names.get(r.badgeclass, r.badgeclass).casefold(),
            ISSUED_ON: lambda r: _time_key(r.issued_on),
            EXPIRES: lambda r: _time_key(r.expires),
            STATUS: lambda r: r.status(now).value,
            ACCEPTANCE: lambda r: r.acceptance,
            NARRATIVE: lambda r: r.narrative.casefold(),
        }
        return keys[column]

    def _source(self, view_row: int) -> int:
        if self._descending and self._sort_column >= 0:
            return self._order[len(self._order) - 1 - view_row]
        return self._order[view_row]

    def _merge(self, fresh: Sequence[int]) -> None:
        """Show new rows: appended when unsorted (cheap), else merged into the sorted order."""
        if self._sort_column < 0:
            shown = self._shown(fresh)
            if shown:
                first = len(self._order)
                self.beginInsertRows(QModelIndex(), first, first + len(shown) - 1)
                self._order.extend(shown)
                self.endInsertRows()
            return
        keys = self._column_keys(self._sort_column)
        in_order = sorted(fresh, key=keys.__getitem__)
        self._sorted = _merged(self._sorted, in_order, keys)
        shown = self._shown(in_order)
        if not shown:
            return
        self.layoutAboutToBeChanged.emit()
        moved = self._remember_persistent()
        self._order = _merged(self._order, shown, keys)
        self._restore_persistent(moved)
        self.layoutChanged.emit()

    def _position(self, source: int) -> int | None:
        """Where row ``source`` is in ``_order``, None if the filter hides it. The order is
        by sort key, ties by row (or by row alone, unsorted), so it is found by bisection;
        a row edited in place keeps its place and not its key's, so it is checked, and looked
        for along the order when not there."""
        order = self._order
        if self._sort_column >= 0:
            keys = self._keys[self._sort_column]
            at = bisect.bisect_left(
                order, (keys[source], source), key=lambda index: (keys[index], index)
            )
        else:
            at = bisect.bisect_left(order, source)
        if at < len(order) and order[at] == source:
            return at
        if not self._matches(source):
            return None
        try:
            return order.index(source)
        except ValueError:
            return None

    def _remember_persistent(self) -> list[tuple[QModelIndex, int, int]]:
        """The view's persistent indexes (selection, current row) by source row, which a
        sort or merge does not change."""
        kept = []
        for index in self.persistentIndexList():
            if index.isValid() and index.row() < len(self._order):
                kept.append((index, self._source(index.row()), index.column()))
        return kept

    def _restore_persistent(self, kept: list[tuple[QModelIndex, int, int]]) -> None:
        if not kept:
            return
        sources = {source for _index, source, _column in kept}
        position = {source: self._position(source) for source in sources}
        last = len(self._order) - 1
        reverse = self._descending and self._sort_column >= 0
        old, new = [], []
        for index, source, column in kept:
            old.append(index)
            at = position.get(source)
            if at is None:
                new.append(QModelIndex())
            else:
                new.append(self.index(last - at if reverse else at, column))
        self.changePersistentIndexList(old, new)

    # ------------------------------------------------------------ Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES_ANSWERED or not index.isValid():
            return None  # most of a paint's calls: at once (a paint makes thousands)
        row = self.row_at(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if row.revoked and role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole):
            return self._revoked_look(role)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = (
                [f"{row.recipient} ({recipient_type_text(row.recipient_type)})"]
                if column == RECIPIENT
                else []
            )
            if row.revoked:
                lines.append(revoked_tooltip(row.revocation_reason))
            return "\n".join(lines) or None
        if role == ENTITY_ID_ROLE:
            return row.entity_id
        return None

    @staticmethod
    def _revoked_look(role: int) -> QFont | QBrush:
        """A revoked award is struck through and muted, not only said so in its Status."""
        if role == Qt.ItemDataRole.ForegroundRole:
            return muted_brush()
        font = QFont()
        font.setStrikeOut(True)
        return font

    def _display(self, row: AssertionRow, column: int) -> str:
        if column == RECIPIENT:
            return row.recipient
        if column == BADGECLASS:
            return self.badgeclass_names.get(row.badgeclass, row.badgeclass)
        if column == ISSUED_ON:
            return self.format_date(row.issued_on)
        if column == EXPIRES:
            return self.format_date(row.expires)
        if column == STATUS:
            return self._status_text[row.status(self._now)]
        if column == ACCEPTANCE:
            return acceptance_text(row.acceptance)
        return row.narrative

    def format_date(self, value: datetime | None) -> str:
        """Local date, in the user's locale (the model holds UTC)."""
        return display_date(value)

    def export_cells(self, row: AssertionRow) -> list[str]:
        """One row as the CSV export writes it (dates in ISO, UTC)."""
        return [
            row.entity_id,
            row.recipient,
            row.recipient_type,
            self.badgeclass_names.get(row.badgeclass, row.badgeclass),
            row.issued_on.isoformat() if row.issued_on else "",
            row.expires.isoformat() if row.expires else "",
            row.status(self._now).value,
            row.acceptance,
            row.narrative,
        ]
