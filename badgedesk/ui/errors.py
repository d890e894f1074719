"""The last line of defence: an exception nobody caught is logged and shown readably."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from badgedesk.api.errors import ApiError, NetworkError, RateLimitedError, ServerError
from badgedesk.auth.oauth import OAuthError
from badgedesk.core.health import is_disk_full

log = logging.getLogger("badgedesk")

_open_boxes: list[QMessageBox] = []
"""Boxes on screen; without a parent, nothing else would keep them from being collected."""


def headed(template: str, message: str) -> str:
    """``template`` (translated, with ``{message}``) around ``message``, without its heading
    when ``message`` already begins with the same words: never "Cannot reach the server:
    Cannot reach the server."."""
    head, _, tail = template.partition("{message}")
    words = head.rstrip(" :").casefold()
    if words and message.casefold().startswith(words):
        return message + tail
    return head + message + tail


def friendly_message(error: BaseException) -> str:
    if isinstance(error, ApiError):
        return str(error)
    if is_disk_full(error):
        return QCoreApplication.translate(
            "ErrorDialog",
            "The disk is full: BadgeDesk could not save what it was doing. Free some space "
            "and try again; what was saved before is safe.",
        )
    return QCoreApplication.translate(
        "ErrorDialog", "BadgeDesk hit an unexpected problem and could not finish that action."
    )


def install_excepthook(parent: Callable[[], QWidget | None], log_file: Path | None) -> None:
    """Uncaught exceptions (``@asyncSlot`` ones included) are logged, then shown in a dialog
    opened with ``open()`` so that it is safe while coroutines run."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        log.error("uncaught exception:\n%s", "".join(traceback.format_exception(kind, error, tb)))
        box = QMessageBox(parent())
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("ErrorDialog", "BadgeDesk"))
        box.setText(friendly_message(error))
        if log_file is not None:
            box.setInformativeText(
                QCoreApplication.translate(
                    "ErrorDialog", "The details were written to the log:\n{log_file}"
                ).format(log_file=log_file)
            )
        _open_boxes.append(box)
        box.finished.connect(lambda _code: _open_boxes.remove(box))
        box.open()

    sys.excepthook = hook


def describe_failure(error: BaseException) -> str:
    """What went wrong, in words for the person signing in (kept apart from the sign-in
    window, so that asking does not load QtWebEngine)."""
    if isinstance(error, OAuthError) and error.error_code == "invalid_grant":
        return QCoreApplication.translate(
            "LoginDialog",
            "The sign-in code was not accepted: it expired, was already used, or did not match "
            "this sign-in. Please try again.",
        )
    if isinstance(error, RateLimitedError):
        return str(error)
    if isinstance(error, NetworkError):
        return QCoreApplication.translate(
            "LoginDialog", "Cannot reach the server. Check the network connection and retry."
        )
    if isinstance(error, ServerError):
        return QCoreApplication.translate(
            "LoginDialog", "The server had a problem while signing you in. Try again shortly."
        )
    if isinstance(error, ApiError):
        return str(error)
    return QCoreApplication.translate("LoginDialog", "Signing in failed unexpectedly.")
