"""What a person sees when something goes wrong: readable words, details in the log."""

from __future__ import annotations

import logging
import sys
from datetime import date

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from badgedesk.api.errors import (
    ApiError,
    AuthenticationError,
    MalformedResponseError,
    NetworkError,
    NotFoundError,
    RateLimitedError,
    ServerError,
    ValidationError,
)
from badgedesk.auth.oauth import OAuthError
from badgedesk.core.batches import (
    BatchDefaults,
    DraftRow,
    RevocationRow,
    RevocationTarget,
    RowFields,
)
from badgedesk.core.states import RowState
from badgedesk.services import submission
from badgedesk.services.assertions import NotSignedInError
from badgedesk.ui.errors import (
    describe_failure,
    error_words,
    install_excepthook,
    stored_error_words,
)
from badgedesk.ui.models.drafts import DraftRowsModel
from badgedesk.ui.models.revocation_rows import RevocationRowsModel
from tests.ui.languages import marking


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (OAuthError(error_code="invalid_grant"), "expired"),
        (NetworkError(), "Cannot reach the server"),
        (ServerError(status_code=502), "server had a problem"),
        (RateLimitedError(retry_after=30), "Try again in 30 s"),
        (ValidationError("The server did not accept the request."), "did not accept"),
        (RuntimeError("boom"), "unexpectedly"),
    ],
)
def test_sign_in_failures_read_well(error, words):
    text = describe_failure(error)
    assert words in text
    assert "Traceback" not in text


def test_uncaught_exception_is_logged_and_shown(qtbot, tmp_path, caplog):
    log_file = tmp_path / "badgedesk.log"
    previous = sys.excepthook
    install_excepthook(lambda: None, log_file)
    try:
        with caplog.at_level(logging.ERROR):
            try:
                raise ValueError("internal detail")
            except ValueError:
                sys.excepthook(*sys.exc_info())
        boxes = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()
        ]
        assert boxes
        box = boxes[-1]
        assert "unexpected problem" in box.text()
        assert "internal detail" not in box.text(), "no raw exception text for the user"
        assert str(log_file) in box.informativeText()
        assert "ValueError: internal detail" in caplog.text
        box.close()
    finally:
        sys.excepthook = previous


def test_problems_are_written_in_a_red_readable_on_the_palette(qapp):
    """#b00020 on a dark window is about 2:1: every problem label takes its colour from
    ``error_style()``, which follows the palette."""
    from PySide6.QtGui import QColor, QPalette

    from badgedesk.ui.style import ERROR_TEXT, ERROR_TEXT_ON_DARK, error_label, error_style

    light = qapp.palette()
    assert error_style() == ERROR_TEXT
    dark = QPalette(light)
    dark.setColor(QPalette.ColorRole.Window, QColor(45, 45, 48))
    qapp.setPalette(dark)
    try:
        assert error_style() == ERROR_TEXT_ON_DARK
        assert error_label("Problem").styleSheet() == ERROR_TEXT_ON_DARK
    finally:
        qapp.setPalette(light)


@pytest.mark.parametrize(
    "error",
    [
        NetworkError(),
        NetworkError(timeout=30.0),
        NotSignedInError(),
        AuthenticationError(),
        ServerError(status_code=502, detail="Bad Gateway"),
        RateLimitedError(),
        RateLimitedError(retry_after=30),
        NotFoundError(status_code=404),
        ValidationError(status_code=400),
        ValidationError(status_code=400, detail="BadgeClass may only be deleted if ..."),
        MalformedResponseError(detail="empty result"),
        ApiError(status_code=418),
        OAuthError(error_code="invalid_grant"),
        OAuthError(error_code="temporarily_unavailable"),
    ],
    ids=repr,
)
def test_badgedesks_own_words_for_a_failure_are_translated(qapp, error):
    """A failure the server gave no words for is said in BadgeDesk's sentence for its kind,
    through ``tr()`` where it is shown, never as the English the client raised."""
    with marking("ApiErrors"):
        translated = error_words(error)
    assert translated.startswith("«"), translated
    assert "{" not in translated
    if error.detail and isinstance(error, ValidationError):
        assert error.detail in translated, "the server's description is kept"


def test_the_english_words_are_those_the_client_raised(qapp):
    for error in (NetworkError(), ServerError(), RateLimitedError(retry_after=30)):
        assert error_words(error) == str(error)
    assert error_words(NetworkError(timeout=29.6)) == (
        "The server gave no answer within 30 s. Check the network connection."
    )


def test_the_servers_own_words_are_shown_as_they_came(qapp):
    error = ValidationError(
        status_code=400,
        field_errors={"recipient": ["Enter a valid email address."]},
        non_field_errors=["This badge was already awarded."],
    )
    with marking("ApiErrors"):
        words = error_words(error)
    assert words == "recipient: Enter a valid email address.; This badge was already awarded."


def test_a_rows_stored_reason_is_worded_where_it_is_shown(qapp):
    """A batch row keeps BadgeDesk's own reason in English (as the log does); the Outcome
    column says it in the reader's language, and the server's words as they came."""
    network = NetworkError().message
    drafts = DraftRowsModel()
    drafts.set_rows(
        [
            DraftRow(1, 1.0, RowFields("a@x.test"), RowState.FAILED, error=network),
            DraftRow(2, 2.0, RowFields("b@x.test"), RowState.FAILED, error="Already awarded."),
            DraftRow(3, 3.0, RowFields("c@x.test"), error=submission.ABANDONED),
        ],
        BatchDefaults(),
        date(2026, 12, 1),
    )
    outcome = DraftRowsModel.OUTCOME
    with marking("ApiErrors"):
        failed, refused, waiting = (drafts.index(row, outcome).data() for row in range(3))
        revoked = revocation_row_outcome(network)
    assert "«Cannot reach the server" in failed, failed
    assert refused.endswith("Already awarded."), "the server's words as they came"
    assert "«Cancelled before the server answered" in waiting, waiting
    assert "«Cannot reach the server" in revoked, revoked
    assert stored_error_words(network) == network, "English without a translation"


def revocation_row_outcome(error: str) -> str:
    model = RevocationRowsModel()
    row = RevocationRow(1, 1.0, RevocationTarget("entity1"), RowState.FAILED, error=error)
    model.set_rows([row], "Issued in error")
    return str(model.index(0, RevocationRowsModel.OUTCOME).data())
