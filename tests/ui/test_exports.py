"""Exports: where they are suggested (the Documents folder, a name saying what and when) and
that what BadgeDesk exports, its own import takes back (telephone numbers included)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog

from badgedesk.core.batches import BatchDefaults
from badgedesk.core.files import export_file_name
from badgedesk.core.written_dates import DayOrder
from badgedesk.services.awards import AwardDetails
from badgedesk.services.row_import import default_mapping, map_records, read_table
from badgedesk.ui import files
from tests.ui.shells import quiet, select

pytestmark = pytest.mark.signed_in()

RECIPIENTS = (
    ("ada.export@example.org", "email"),
    ("https://example.org/people/ada", "url"),
    ("+447700900123", "telephone"),
)


def test_file_names_say_what_and_when_and_are_safe_everywhere():
    day = date(2026, 12, 5)
    assert export_file_name("Maths Star", day) == "Maths Star 2026-12-05.csv"
    assert export_file_name('Year 7/8: "Star"?', day) == "Year 7 8 Star 2026-12-05.csv"
    assert export_file_name(" .. ", day) == "2026-12-05.csv"
    assert len(export_file_name("é" * 500, day).encode()) < 255


def test_documents_folder_falls_back_to_home(monkeypatch, tmp_path):
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _where: str(tmp_path))
    assert files.documents_folder() == tmp_path
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _where: "")
    assert files.documents_folder() == Path.home()
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _where: str(tmp_path / "gone"))
    assert files.documents_folder() == Path.home()


def test_award_export_suggests_the_badge_class_and_today_in_documents(
    shell, loop, monkeypatch, tmp_path
):
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _where: str(tmp_path))
    tab = shell.assertions
    badgeclass = next(iter(tab.badgeclasses.values()))
    select(shell, loop, badgeclass.key)
    tab.on_export()
    dialog = tab.findChild(QFileDialog)
    assert dialog is not None
    assert dialog.isVisible()
    expected = tmp_path / f"{badgeclass.name} {date.today().isoformat()}.csv"
    assert [Path(p) for p in dialog.selectedFiles()] == [expected]
    dialog.reject()


@pytest.mark.signed_in(drafts=True)
def test_batch_results_are_suggested_under_the_batch_name(shell, loop, monkeypatch, tmp_path):
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _where: str(tmp_path))
    tab = shell.drafts
    batch = loop.run_until_complete(tab.new_batch("Year 7: Maths Star"))
    tab.on_export_results(batch.id)
    dialog = tab.findChild(QFileDialog)
    assert dialog is not None
    expected = tmp_path / f"Year 7 Maths Star {date.today().isoformat()}.csv"
    assert [Path(p) for p in dialog.selectedFiles()] == [expected]
    dialog.reject()


def test_exported_recipients_import_back(shell, loop, tmp_path):
    """Email, URL and telephone recipients survive export → import: a "+44…" number is guarded
    against spreadsheets as "'+44…" in the file and comes back as it was."""
    tab = shell.assertions
    badgeclass = next(iter(tab.badgeclasses.values()))
    select(shell, loop, badgeclass.key)

    async def award_each() -> None:
        for identity, kind in RECIPIENTS:
            details = AwardDetails(identity=identity, recipient_type=kind, hashed=False)
            await tab.service.award(badgeclass.key, details)
        # The tab reloads after each award: in the same run of the loop, so that no reload
        # is cancelled while the loop is stopped (httpx would leave its connection hung).
        await quiet(tab)

    loop.run_until_complete(award_each())
    path = tmp_path / "awards.csv"
    assert loop.run_until_complete(tab.export(path)) == tab.model.rowCount()
    assert "'+447700900123" in path.read_text(encoding="utf-8-sig")  # no formula in a sheet

    table = read_table(path.read_bytes())
    mapping, has_header = default_mapping(table)
    result = map_records(
        table,
        mapping,
        has_header=has_header,
        defaults=BatchDefaults(),
        today=date.today(),
        order=DayOrder.DAY_FIRST,  # the export writes ISO 8601: no order to guess
    )
    imported = {(row.identity, row.recipient_type) for row in result.rows}
    assert set(RECIPIENTS) <= imported
