"""The words for local problem codes, shared by the award dialog and the Drafts tab."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from badgedesk.services.validation import Problem


def _tr(text: str) -> str:
    return QCoreApplication.translate("Problems", text)


def problem_text(problem: Problem) -> str:
    """One sentence telling what to do about ``problem``."""
    texts = {
        Problem.REQUIRED: _tr("This is required."),
        Problem.BAD_EMAIL: _tr("Enter an email address such as name@example.org."),
        Problem.BAD_URL: _tr("Enter a web address starting with https:// or http://."),
        Problem.BAD_TELEPHONE: _tr("Enter a phone number: digits, optionally after a +."),
        Problem.ISSUED_IN_FUTURE: _tr("The issue date cannot be in the future."),
        Problem.EXPIRES_BEFORE_ISSUE: _tr("The expiry must come after the issue date."),
        Problem.ACTIVITY_ENDS_BEFORE_START: _tr("The activity cannot end before it starts."),
        Problem.EMPTY_EVIDENCE: _tr("Give a URL or a narrative for each evidence item."),
        Problem.BAD_RECIPIENT_TYPE: _tr(
            "The recipient type must be email, url, telephone or openBadgeId."
        ),
        Problem.BAD_DATE: _tr(
            "Write dates as YYYY-MM-DD, DD/MM/YYYY or MM/DD/YYYY (with / . - or a space "
            "between the numbers), or as an Excel date number."
        ),
        Problem.DUPLICATE: _tr("This recipient is already in the batch."),
        Problem.CONTROL_CHARACTER: _tr(
            "This holds a control character (such as NUL), which no one types: the file or "
            "text it came from is damaged. Retype it."
        ),
        Problem.INVISIBLE_CHARACTER: _tr(
            "This holds an invisible character (zero-width space, direction mark or soft "
            "hyphen), so it is not the address it looks like. Retype it."
        ),
        Problem.UNREADABLE_CHARACTER: _tr(
            "This holds a character that could not be read (�): the file is in another "
            "encoding. Save it again as UTF-8."
        ),
    }
    return texts[problem]
