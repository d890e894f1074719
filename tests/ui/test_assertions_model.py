"""The assertions table model on its own: pages appended or merged in sort order, the filter,
rows added and replaced in place, awards revoked elsewhere marked or taken out, selection kept
across a sort and a removal."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView

from badgedesk.api.client import BadgesClient
from badgedesk.api.models import AssertionRow
from badgedesk.sandbox import SandboxConfig, SandboxServer
from badgedesk.sandbox.seed import BULK_BADGECLASS
from badgedesk.services.assertion_rules import AssertionQuery
from badgedesk.services.assertions import AssertionService
from badgedesk.services.audit import AuditTrail
from badgedesk.services.changes import Changes
from badgedesk.ui.models.assertions import (
    ISSUED_ON,
    RECIPIENT,
    STATUS,
    AssertionTableModel,
    _merge_in_pieces,
    _merged,
)
from badgedesk.ui.style import muted_brush
from tests.ui.waiting import wait_for


@pytest.fixture
def server() -> Iterator[SandboxServer]:
    with SandboxServer(SandboxConfig(bulk_assertions=1100)) as made:
        yield made


@pytest.fixture
def model(server, loop, drafts, qtbot) -> Iterator[AssertionTableModel]:
    client = BadgesClient(server.base_url, server.mint_token().access_token)
    made = AssertionTableModel()
    made.service = AssertionService(
        lambda: client, AuditTrail(drafts, lambda: ("Sandbox", None)), Changes()
    )
    badgeclass = next(b for b in server.state.badgeclasses.values() if b.name == BULK_BADGECLASS)
    made.set_badgeclass_names({badgeclass.entity_id: badgeclass.name})
    made.load(AssertionQuery("badgeclasses", badgeclass.entity_id))
    loop.run_until_complete(settle(made))
    yield made
    made.load(None)
    loop.run_until_complete(client.aclose())


async def settle(model: AssertionTableModel) -> None:
    await wait_for(lambda: not model.loading)


def fetch_rest(model, loop) -> None:
    while model.canFetchMore():
        model.fetchMore()
        loop.run_until_complete(settle(model))


def row(entity_id: str, recipient: str, days_ago: float, *, revoked: bool = False) -> AssertionRow:
    return AssertionRow(
        entity_id=entity_id,
        recipient=recipient,
        recipient_type="email",
        badgeclass="",
        issued_on=datetime.now(UTC) - timedelta(days=days_ago),
        expires=None,
        revoked=revoked,
        acceptance="Unaccepted",
        narrative="",
    )


def test_first_page_then_more_in_server_order(model, loop, server):
    assert model.rowCount() == 500
    assert model.columnCount() == 7
    assert model.headerData(RECIPIENT, Qt.Orientation.Horizontal) == "Recipient"
    fetch_rest(model, loop)
    assert model.complete
    issued = [r.issued_on for r in model.visible_rows()]
    assert issued == sorted(issued, reverse=True), "newest first, as the server sends them"


def server_order(server: SandboxServer, badgeclass: str) -> list[str]:
    """The badge class's live awards as the server sends them: newest first."""
    now = server.state.now()
    live = [
        a
        for a in server.state.assertions.values()
        if a.badgeclass == badgeclass and not a.revoked and (a.expires is None or a.expires > now)
    ]
    return [a.entity_id for a in sorted(live, key=lambda a: a.created_at, reverse=True)]


def test_the_next_page_is_read_ahead_without_reordering_or_repeating_rows(model, loop, server):
    """The second page is asked for while the first is shown, before the view wants it; the
    rows still come once each, in the server's order."""
    assert model.rowCount() == 500
    loop.run_until_complete(
        wait_for(lambda: any("cursor=" in r.query and r.status for r in server.requests))
    )
    fetch_rest(model, loop)
    assert model.query is not None
    expected = server_order(server, model.query.entity_id)
    assert [r.entity_id for r in model.visible_rows()] == expected
    pages = [r for r in server.requests if r.path.endswith("/assertions")]
    assert len(pages) == -(-len(expected) // 500) == 3, "each page asked for once"


@given(
    keys=st.lists(st.integers(0, 5), min_size=1, max_size=80),
    cut=st.integers(0, 80),
    size=st.integers(1, 25),
)
def test_two_runs_merged_in_pieces_are_one_stable_sort(keys: list[int], cut: int, size: int):
    """The pieces, put together, are the rows in key order, equal keys in row order; none is
    longer than asked (a merge of long runs holds the event loop for no longer than that)."""
    cut = min(cut, len(keys) - 1)
    first = sorted(range(cut), key=keys.__getitem__)
    second = sorted(range(cut, len(keys)), key=keys.__getitem__)
    pieces = list(_merge_in_pieces(first, second, keys, size))
    assert [row for piece in pieces for row in piece] == sorted(
        range(len(keys)), key=keys.__getitem__
    )
    assert all(1 <= len(piece) <= size for piece in pieces)


@given(
    keys=st.lists(st.integers(0, 9), min_size=1, max_size=300),
    more=st.integers(0, 40),
)
def test_rows_merged_into_sorted_rows_are_one_stable_sort(keys: list[int], more: int):
    """A few rows (bisection) or many (one sort): the rows in key order, equal keys in row
    order."""
    cut = max(0, len(keys) - more)
    ordered = sorted(range(cut), key=keys.__getitem__)
    fresh = sorted(range(cut, len(keys)), key=keys.__getitem__)
    assert _merged(ordered, fresh, keys) == sorted(range(len(keys)), key=keys.__getitem__)


def test_sorts_and_filters_made_in_steps_show_what_one_go_shows(model, loop, qtbot):
    """Over ``sort_step`` rows a sort is made in steps, the event loop turning between them;
    the rows it shows, and the selection, are those a sort in one go shows."""
    fetch_rest(model, loop)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    expected = {}
    for column in (RECIPIENT, ISSUED_ON, STATUS):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            model.sort(column, order)
            assert not model.reordering, "a small table is sorted at once"
            expected[column, order] = [r.entity_id for r in model.visible_rows()]
    model.sort(-1)
    server_rows = [r.entity_id for r in model.visible_rows()]
    model.sort_step = 100
    target = model.row_at(321).entity_id
    view.selectRow(321)
    for (column, order), rows in expected.items():
        model.sort(column, order)
        if order == Qt.SortOrder.AscendingOrder:
            assert model.reordering, "a new column: in steps"
            loop.run_until_complete(wait_for(lambda: not model.reordering))
        else:
            assert not model.reordering, "the other way round: from the order kept, at once"
        assert [r.entity_id for r in model.visible_rows()] == rows
        (selected,) = view.selectionModel().selectedRows()
        assert model.row_at(selected.row()).entity_id == target
    model.set_text_filter("student001")
    assert model.reordering, "a filter over sort_step rows: in steps"
    assert [r.entity_id for r in model.visible_rows()] == rows, "the rows stay until it is made"
    loop.run_until_complete(wait_for(lambda: not model.reordering))
    filtered = [r.entity_id for r in model.visible_rows()]
    assert all("student001" in r.recipient for r in model.visible_rows())
    assert filtered == [e for e in rows if e in set(filtered)], "in the sorted order"
    model.sort(RECIPIENT, Qt.SortOrder.AscendingOrder)
    model.sort(-1)  # asked again before the first was made: the last one asked wins
    loop.run_until_complete(wait_for(lambda: not model.reordering))
    model.set_text_filter("")
    assert [r.entity_id for r in model.visible_rows()] == server_rows


def test_a_filter_made_in_steps_gives_way_to_the_next_and_follows_new_pages(model, loop):
    """A filter asked for while another is being made replaces it; one asked back to the
    filter shown stops it; pages loaded meanwhile are looked through too."""
    model.sort_step = 100
    model.set_text_filter("student0002")
    model.set_text_filter("student0003")
    fetch_rest(model, loop)
    loop.run_until_complete(wait_for(lambda: not model.reordering))
    everything = [r.recipient for r in model._rows]
    assert [r.recipient for r in model.visible_rows()] == [
        recipient for recipient in everything if "student0003" in recipient
    ]
    assert model.rowCount() > 0
    model.set_text_filter("student0004")
    model.set_text_filter("student0003")  # back to the filter shown: nothing more to make
    assert not model.reordering
    loop.run_until_complete(wait_for(lambda: not model.reordering))
    assert all("student0003" in r.recipient for r in model.visible_rows())


def test_loading_every_row_for_an_export_waits_for_the_filter_asked_for(model, loop):
    """An export writes the rows shown: a filter still being made when every page is in
    is made first."""
    fetch_rest(model, loop)
    model.sort_step = 100
    model.set_text_filter("student0003")
    assert model.reordering
    loop.run_until_complete(model.load_all(lambda _count: None))
    assert model.complete
    assert not model.reordering
    shown = [r.recipient for r in model.visible_rows()]
    assert shown
    assert shown == [r.recipient for r in model._rows if "student0003" in r.recipient]


def test_the_selection_follows_a_row_whose_sort_key_changed_in_place(model, loop, qtbot):
    """A row revoked elsewhere stays where it is, out of its sort key's order: a new sort
    still finds it, and keeps it selected."""
    fetch_rest(model, loop)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    model.sort(STATUS, Qt.SortOrder.AscendingOrder)
    target = model.row_at(40).entity_id
    view.selectRow(40)
    model.mark_revoked([target])
    assert model.row_at(40).entity_id == target, "in place"
    for column, order in (
        (STATUS, Qt.SortOrder.DescendingOrder),  # from the order kept: out of key order
        (-1, Qt.SortOrder.AscendingOrder),
        (RECIPIENT, Qt.SortOrder.AscendingOrder),
    ):
        model.sort(column, order)
        (selected,) = view.selectionModel().selectedRows()
        assert model.row_at(selected.row()).entity_id == target


def test_pages_loaded_while_sorted_are_merged_in_order(model, loop):
    model.sort(RECIPIENT, Qt.SortOrder.AscendingOrder)
    fetch_rest(model, loop)
    recipients = [r.recipient.casefold() for r in model.visible_rows()]
    assert recipients == sorted(recipients)
    model.sort(ISSUED_ON, Qt.SortOrder.DescendingOrder)
    issued = [r.issued_on for r in model.visible_rows()]
    assert issued == sorted(issued, reverse=True)
    model.sort(-1)
    assert [r.issued_on for r in model.visible_rows()] == issued


def test_filter_keeps_matching_rows_and_new_pages_respect_it(model, loop):
    model.set_text_filter("STUDENT00100")
    assert 0 < model.rowCount() <= 10
    fetch_rest(model, loop)
    assert all("student00100" in r.recipient for r in model.visible_rows())
    model.set_text_filter("")
    assert model.rowCount() == model.loaded_count


def test_status_text_is_searchable(model):
    model.insert_row(row("gone", "gone@example.org", 1, revoked=True))
    model.set_text_filter("revoked")
    assert [r.entity_id for r in model.visible_rows()] == ["gone"]
    assert model.index(0, STATUS).data() == "Revoked"


def test_a_revoked_award_looks_revoked_in_every_cell(model):
    """Struck through and muted (from the palette), its reason in the tooltip; not only the
    Status word says it."""
    model.insert_row(row("live", "live@example.org", 1))
    model.insert_row(
        dataclasses.replace(
            row("gone", "gone@example.org", 1, revoked=True), revocation_reason="Left the course"
        )
    )
    gone = model.view_row_of("gone")
    live = model.view_row_of("live")
    for column in range(model.columnCount()):
        font = model.index(gone, column).data(Qt.ItemDataRole.FontRole)
        assert font is not None
        assert font.strikeOut()
        assert model.index(gone, column).data(Qt.ItemDataRole.ForegroundRole) == muted_brush()
        assert "Left the course" in model.index(gone, column).data(Qt.ItemDataRole.ToolTipRole)
        assert model.index(live, column).data(Qt.ItemDataRole.FontRole) is None
        assert model.index(live, column).data(Qt.ItemDataRole.ForegroundRole) is None
    tip = model.index(gone, RECIPIENT).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "gone@example.org (email)\nRevoked: Left the course", "who, then why"
    listed = {"entityId": "x", "revoked": True, "revocationReason": "Left the course"}
    assert AssertionRow.from_json(listed).revocation_reason == "Left the course"


def test_insert_and_replace_rows_in_place(model):
    model.insert_row(row("new", "aaa@example.org", 0))
    assert model.row_at(0).entity_id == "new"
    model.sort(RECIPIENT, Qt.SortOrder.AscendingOrder)
    model.insert_row(row("first", "0000@example.org", 3))
    assert model.row_at(0).entity_id == "first"
    changed = []
    model.dataChanged.connect(lambda top, bottom: changed.append((top.row(), bottom.row())))
    model.replace_row(row("first", "0000@example.org", 3, revoked=True))
    assert model.row_at(0).revoked
    assert changed == [(0, 0)]


def test_awards_revoked_elsewhere_are_marked_in_place(model):
    first, second, third = (model.row_at(i).entity_id for i in range(3))
    model.set_text_filter(model.row_at(1).recipient)
    assert [r.entity_id for r in model.visible_rows()] == [second]
    changed = []
    model.dataChanged.connect(lambda top, bottom: changed.append((top.column(), bottom.column())))
    model.mark_revoked([second, third, "not-loaded"])
    assert model.index(0, STATUS).data() == "Revoked"
    assert changed == [(STATUS, STATUS)], "one signal for them all"
    model.set_text_filter("")
    assert [r.entity_id for r in model.visible_rows()][:3] == [first, second, third], "in place"
    assert [model.index(i, STATUS).data() for i in range(3)] == ["Active", "Revoked", "Revoked"]
    model.set_text_filter("revoked")
    assert [r.entity_id for r in model.visible_rows()] == [second, third], "the filter sees it"


@pytest.mark.parametrize("order", [None, Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_awards_revoked_elsewhere_leave_the_table_and_the_selection_stays(model, qtbot, order):
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    if order is not None:
        model.sort(RECIPIENT, order)
    before = [r.entity_id for r in model.visible_rows()]
    kept = before[250]
    view.selectRow(250)
    gone = [before[0], before[100], before[249], before[499]]
    removed = []
    model.rowsRemoved.connect(lambda _parent, first, last: removed.append((first, last)))
    model.remove_rows([*gone, "not-loaded"])
    assert [r.entity_id for r in model.visible_rows()] == [e for e in before if e not in gone]
    assert model.rowCount() == model.loaded_count == 496
    assert removed == [(499, 499), (249, 249), (100, 100), (0, 0)]
    (selected,) = view.selectionModel().selectedRows()
    assert model.row_at(selected.row()).entity_id == kept
    assert model.view_row_of(gone[0]) is None
    model.insert_row(row("new", "0000@example.org", 0))
    assert model.view_row_of("new") is not None, "the rows left are numbered anew"


def test_selection_follows_its_row_through_a_sort(model, qtbot):
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    target = model.row_at(123).entity_id
    view.selectRow(123)
    model.sort(RECIPIENT, Qt.SortOrder.DescendingOrder)
    (selected,) = view.selectionModel().selectedRows()
    assert model.row_at(selected.row()).entity_id == target


def test_no_fetch_for_child_indexes_or_without_query(model):
    assert not model.canFetchMore(model.index(0, 0))
    assert model.rowCount(model.index(0, 0)) == 0
    model.load(None)
    assert model.rowCount() == 0
    assert not model.canFetchMore(QModelIndex())
