"""Cells guarded against spreadsheet formulas read back as they were written."""

from __future__ import annotations

import pytest

from badgedesk.store.csvfile import safe_cell, unguarded_cell


@pytest.mark.parametrize(
    "value",
    ["+447700900123", "=SUM(A1:A2)", "-5", "@home", "ada@example.org", "https://x.org", "it's", ""],
)
def test_a_guarded_cell_reads_back_as_written(value):
    assert unguarded_cell(safe_cell(value)) == value


def test_only_the_guard_is_taken_off():
    assert safe_cell("+447700900123") == "'+447700900123"
    assert unguarded_cell("'quoted'") == "'quoted'"
