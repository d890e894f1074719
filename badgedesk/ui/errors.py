"""The last line of defence: an exception nobody caught is logged and shown readably."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

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
from badgedesk.core.health import is_disk_full
from badgedesk.services import revocation_submission, submission
from badgedesk.services.assertions import NotSignedInError

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


def error_words(error: ApiError) -> str:
    """What the server answered, in the reader's language: the server's own words as they
    came when it gave some, else BadgeDesk's sentence for the kind of failure (the English
    ``str(error)`` stays for the log). Where a failure is shown, this is what is shown."""
    if error.messages:
        return "; ".join(error.messages)
    if isinstance(error, OAuthError):
        return _sign_in_refusal(error)
    if isinstance(error, NetworkError) and error.timeout is not None:
        return QCoreApplication.translate(
            "ApiErrors",
            "The server gave no answer within {seconds} s. Check the network connection.",
        ).format(seconds=QLocale().toString(round(error.timeout)))
    if isinstance(error, RateLimitedError) and error.retry_after is not None:
        return QCoreApplication.translate(
            "ApiErrors",
            "The server is busy and asked BadgeDesk to slow down. Try again in {seconds} s.",
        ).format(seconds=QLocale().toString(round(error.retry_after)))
    if isinstance(error, ValidationError) and error.detail and error.detail != "bad request":
        return QCoreApplication.translate(
            "ApiErrors", "The server did not accept the request: {detail}"
        ).format(detail=error.detail)
    for kind, words in _own_words():
        if isinstance(error, kind):
            return words
    if error.status_code is not None:
        return QCoreApplication.translate(
            "ApiErrors", "The server refused the request (HTTP {status})."
        ).format(status=error.status_code)
    return str(error)


def stored_error_words(text: str) -> str:
    """A batch row's stored reason in the reader's language. The store keeps it as the
    services wrote it (English, like the log): BadgeDesk's own sentence for a failure is
    translated here, where it is shown; the server's words are shown as they came."""
    own = {kind.default_message: words for kind, words in _own_words()}
    own[submission.ABANDONED] = QCoreApplication.translate(
        "ApiErrors",
        "Cancelled before the server answered: checked with the server before any resend.",
    )
    own[revocation_submission.ABANDONED] = QCoreApplication.translate(
        "ApiErrors", "Cancelled before the server answered: read back before any resend."
    )
    own[revocation_submission.NO_ITEM_ANSWER] = QCoreApplication.translate(
        "ApiErrors", "The server's answer said nothing about this award."
    )
    return own.get(text, text)


def _own_words() -> tuple[tuple[type[ApiError], str], ...]:
    """BadgeDesk's sentence for each kind of failure the server gave no words for."""
    return (
        (
            NotSignedInError,
            QCoreApplication.translate("ApiErrors", "You are not signed in to the server."),
        ),
        (
            NetworkError,
            QCoreApplication.translate(
                "ApiErrors", "Cannot reach the server. Check the network connection."
            ),
        ),
        (
            AuthenticationError,
            QCoreApplication.translate(
                "ApiErrors", "Your sign-in has expired or was revoked. Please sign in again."
            ),
        ),
        (
            RateLimitedError,
            QCoreApplication.translate(
                "ApiErrors", "The server is busy and asked BadgeDesk to slow down."
            ),
        ),
        (
            ServerError,
            QCoreApplication.translate(
                "ApiErrors", "The server had a problem. Try again in a few minutes."
            ),
        ),
        (
            NotFoundError,
            QCoreApplication.translate(
                "ApiErrors", "Not found, or your account is not allowed to see it."
            ),
        ),
        (
            ValidationError,
            QCoreApplication.translate("ApiErrors", "The server did not accept the request."),
        ),
        (
            MalformedResponseError,
            QCoreApplication.translate(
                "ApiErrors", "The server sent a response BadgeDesk could not understand."
            ),
        ),
    )


def _sign_in_refusal(error: OAuthError) -> str:
    """The token endpoint's refusal by its OAuth code; BadgeDesk's English when it has none."""
    match error.error_code:
        case "invalid_grant":
            return QCoreApplication.translate(
                "ApiErrors",
                "The sign-in was not accepted: the code or refresh token has expired or was "
                "already used. Please sign in again.",
            )
        case "invalid_client":
            return QCoreApplication.translate(
                "ApiErrors",
                "This server does not know BadgeDesk's client id. Check the server profile.",
            )
        case "invalid_scope" | "invalid scope requested":
            return QCoreApplication.translate(
                "ApiErrors", "The server refused the requested permissions (scopes)."
            )
        case "access_denied":
            return QCoreApplication.translate(
                "ApiErrors", "Sign-in was cancelled or access was denied."
            )
        case "unsupported_grant_type":
            return QCoreApplication.translate(
                "ApiErrors", "The server does not support this way of signing in."
            )
        case "invalid_request":
            return QCoreApplication.translate("ApiErrors", "The sign-in request was malformed.")
        case str() as code if code:
            return QCoreApplication.translate("ApiErrors", "Signing in failed ({code}).").format(
                code=code
            )
    return str(error)


def friendly_message(error: BaseException) -> str:
    if isinstance(error, ApiError):
        return error_words(error)
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
        return error_words(error)
    if isinstance(error, NetworkError):
        return QCoreApplication.translate(
            "LoginDialog", "Cannot reach the server. Check the network connection and retry."
        )
    if isinstance(error, ServerError):
        return QCoreApplication.translate(
            "LoginDialog", "The server had a problem while signing you in. Try again shortly."
        )
    if isinstance(error, ApiError):
        return error_words(error)
    return QCoreApplication.translate("LoginDialog", "Signing in failed unexpectedly.")
