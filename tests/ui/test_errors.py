"""What a person sees when something goes wrong: readable words, details in the log."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from badgedesk.api.errors import NetworkError, RateLimitedError, ServerError, ValidationError
from badgedesk.auth.oauth import OAuthError
from badgedesk.ui.errors import describe_failure, install_excepthook


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
