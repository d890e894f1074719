"""Why a file or a paste cannot be imported, or a batch file opened, reaches the window in
the reader's language: the service says it as a kind with its values, the window words it."""

from __future__ import annotations

import pytest

from badgedesk.services.batch_files import BatchFileProblem, BatchFileRefused
from badgedesk.services.row_import import ImportRefused, NotCsv, Refusal
from badgedesk.ui.import_refusals import batch_file_refusal_text, import_refusal_text
from tests.ui.languages import marking

REFUSALS = [
    ImportRefused(refusal, "English for the log", encoding="UTF-16-LE", line=3)
    for refusal in Refusal
    if refusal is not Refusal.BINARY
] + [
    ImportRefused(Refusal.BINARY, "English for the log", not_csv=not_csv)
    for not_csv in [*NotCsv, None]
]


@pytest.mark.parametrize("error", REFUSALS, ids=lambda e: f"{e.refusal}-{e.not_csv}")
def test_every_import_refusal_is_worded_where_shown(qapp, error):
    with marking("ImportRefusals"):
        text = import_refusal_text(error)
    assert text.startswith("«")
    assert "English for the log" not in text
    assert "{" not in text
    if error.refusal is Refusal.UNDECODABLE:
        assert "UTF-16-LE" in text
        assert "line 3" in text


@pytest.mark.parametrize("problem", list(BatchFileProblem))
def test_every_batch_file_refusal_is_worded_with_its_values(qapp, problem):
    error = BatchFileRefused(
        "English for the log",
        "rows[3].identity",
        problem=problem,
        name="spring.badgebatch.json",
        reason="Permission denied",
        limit=50_000_000,
        line=2,
        column=7,
        version=9,
    )
    with marking("ImportRefusals"):
        text = batch_file_refusal_text(error)
    assert text.startswith("«")
    assert "spring.badgebatch.json" in text
    assert "English for the log" not in text
    assert "{" not in text
    expected = {
        BatchFileProblem.UNREADABLE: "Permission denied",
        BatchFileProblem.NOT_JSON: "line 2, column 7",
        BatchFileProblem.NEWER: "version 9",
        BatchFileProblem.MISSING_VALUE: "rows[3].identity",
        BatchFileProblem.WRONG_VALUE: "rows[3].identity",
    }.get(problem, "")
    assert expected in text
