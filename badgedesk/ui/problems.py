"""The words for local problem codes, shared by the award dialog and the Drafts tab."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from badgedesk.services.validation import Problem


def problem_text(problem: Problem) -> str:
    """One sentence telling what to do about ``problem``."""
    texts = {
        Problem.REQUIRED: QCoreApplication.translate("Problems", "This is required."),
        Problem.BAD_EMAIL: QCoreApplication.translate(
            "Problems", "Enter an email address such as name@example.org."
        ),
        Problem.BAD_URL: QCoreApplication.translate(
            "Problems", "Enter a web address starting with https:// or http://."
        ),
        Problem.BAD_TELEPHONE: QCoreApplication.translate(
            "Problems", "Enter a phone number: digits, optionally after a +."
        ),
        Problem.ISSUED_IN_FUTURE: QCoreApplication.translate(
            "Problems", "The issue date cannot be in the future."
        ),
        Problem.EXPIRES_BEFORE_ISSUE: QCoreApplication.translate(
            "Problems", "The expiry must come after the issue date."
        ),
        Problem.ACTIVITY_ENDS_BEFORE_START: QCoreApplication.translate(
            "Problems", "The activity cannot end before it starts."
        ),
        Problem.EMPTY_EVIDENCE: QCoreApplication.translate(
            "Problems", "Give a URL or a narrative for each evidence item."
        ),
        Problem.BAD_RECIPIENT_TYPE: QCoreApplication.translate(
            "Problems", "The recipient type must be email, url, telephone or openBadgeId."
        ),
        Problem.BAD_DATE: QCoreApplication.translate(
            "Problems",
            "Write dates as YYYY-MM-DD, DD/MM/YYYY or MM/DD/YYYY (with / . - or a space "
            "between the numbers), or as an Excel date number.",
        ),
        Problem.DUPLICATE: QCoreApplication.translate(
            "Problems", "This recipient is already in the batch."
        ),
        Problem.CONTROL_CHARACTER: QCoreApplication.translate(
            "Problems",
            "This holds a control character (such as NUL), which no one types: the file or "
            "text it came from is damaged. Retype it.",
        ),
        Problem.INVISIBLE_CHARACTER: QCoreApplication.translate(
            "Problems",
            "This holds an invisible character (zero-width space, direction mark or soft "
            "hyphen), so it is not the address it looks like. Retype it.",
        ),
        Problem.UNREADABLE_CHARACTER: QCoreApplication.translate(
            "Problems",
            "This holds a character that could not be read (�): the file is in another "
            "encoding. Save it again as UTF-8.",
        ),
    }
    return texts[problem]
