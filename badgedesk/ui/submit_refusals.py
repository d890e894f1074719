"""The words for why a batch cannot be submitted (``SubmissionRefused``), in the reader's
language; the server's words and names are placed in them as they came."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from badgedesk.core.submit_refusals import SubmitRefusal, SubmitRefusalKind
from badgedesk.services.outbox import SubmissionRefused


def refusal_text(error: SubmissionRefused) -> str:
    """Every reason of ``error`` in words; its English message when it gives no reason."""
    return " ".join(map(_sentence, error.refusals)) or str(error)


def _sentence(refusal: SubmitRefusal) -> str:
    n, name, detail = refusal.count, refusal.name, refusal.detail
    match refusal.kind:
        case SubmitRefusalKind.SIGNED_OUT:
            return QCoreApplication.translate("SubmitRefusals", "Sign in to submit.")
        case SubmitRefusalKind.NO_BADGECLASS:
            return QCoreApplication.translate(
                "SubmitRefusals", "Choose the badge class to award first."
            )
        case SubmitRefusalKind.DRAFT_BADGECLASS_UNSENDABLE:
            return QCoreApplication.translate(
                "SubmitRefusals", "The batch's badge class is a draft that cannot be sent here."
            )
        case SubmitRefusalKind.DRAFT_BADGECLASS_NOT_MADE:
            return QCoreApplication.translate(
                "SubmitRefusals",
                "The draft badge class {name} could not be made on the server yet: {detail}",
            ).format(name=name, detail=detail)
        case SubmitRefusalKind.DRAFT_BADGECLASS_DELETED:
            return QCoreApplication.translate(
                "SubmitRefusals", "The batch's draft badge class was deleted."
            )
        case SubmitRefusalKind.DRAFT_BADGECLASS_REFUSED:
            return QCoreApplication.translate(
                "SubmitRefusals", "The draft badge class {name} was refused by the server: {detail}"
            ).format(name=name, detail=detail)
        case SubmitRefusalKind.DEFAULTS:
            return QCoreApplication.translate(
                "SubmitRefusals", "Fix the batch's defaults before it can be sent."
            )
        case SubmitRefusalKind.ROWS_TO_FIX if name:
            return QCoreApplication.translate(
                "SubmitRefusals",
                "To fix before the batch can be sent: %n row(s) (the first is {name}).",
                None,
                n,
            ).format(name=name)
        case SubmitRefusalKind.ROWS_TO_FIX:
            return QCoreApplication.translate(
                "SubmitRefusals",
                "To fix before the batch can be sent: %n row(s) (the first is an empty row).",
                None,
                n,
            )
        case SubmitRefusalKind.DUPLICATES:
            return QCoreApplication.translate(
                "SubmitRefusals", "Some recipients appear more than once in the batch."
            )
        case SubmitRefusalKind.UNMATCHED_ROWS:
            return QCoreApplication.translate(
                "SubmitRefusals",
                "%n row(s) not matched to one award (the first is {name}): check them with the "
                "server, or delete them.",
                None,
                n,
            ).format(name=name)
        case SubmitRefusalKind.NO_REASON:
            return QCoreApplication.translate(
                "SubmitRefusals", "A reason is required: give the batch one, or each row its own."
            )
