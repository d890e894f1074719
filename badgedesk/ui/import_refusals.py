"""The words for why nothing can be imported from a file or a paste (``ImportRefused``), or
a batch file cannot be opened (``BatchFileRefused``), in the reader's language: the service
says it as a kind with its values."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from badgedesk.services.batch_files import BatchFileProblem, BatchFileRefused
from badgedesk.services.row_import import ImportRefused, NotCsv, Refusal


def import_refusal_text(error: ImportRefused) -> str:
    """Why ``error`` refused the whole input, in words."""
    match error.refusal:
        case Refusal.EMPTY:
            return QCoreApplication.translate("ImportRefusals", "The file has no rows.")
        case Refusal.NO_IDENTITY:
            return QCoreApplication.translate(
                "ImportRefusals", "No column is chosen as the recipient (email, phone or URL)."
            )
        case Refusal.NO_KEY_COLUMN:
            return QCoreApplication.translate(
                "ImportRefusals",
                "This file needs a column of assertion entityIds (or assertion URLs) or a "
                "column of recipients (email, phone or URL); none was found or chosen.",
            )
        case Refusal.UNDECODABLE:
            return QCoreApplication.translate(
                "ImportRefusals", "This file is {encoding} text, but line {line} is not."
            ).format(encoding=error.encoding, line=error.line)
        case Refusal.BINARY:
            return _not_csv(error.not_csv)


def _not_csv(not_csv: NotCsv | None) -> str:
    match not_csv:
        case NotCsv.WORKBOOK:
            return QCoreApplication.translate(
                "ImportRefusals",
                "This file looks like a spreadsheet workbook (.xlsx or .ods), not CSV; "
                "save it as CSV first.",
            )
        case NotCsv.OLD_WORKBOOK:
            return QCoreApplication.translate(
                "ImportRefusals",
                "This file looks like a spreadsheet workbook (an old Excel .xls), not CSV; save "
                "it as CSV first.",
            )
        case NotCsv.PNG:
            return QCoreApplication.translate(
                "ImportRefusals", "This file is a PNG image, not CSV."
            )
        case NotCsv.JPEG:
            return QCoreApplication.translate(
                "ImportRefusals", "This file is a JPEG image, not CSV."
            )
        case NotCsv.GIF:
            return QCoreApplication.translate(
                "ImportRefusals", "This file is a GIF image, not CSV."
            )
        case NotCsv.PDF:
            return QCoreApplication.translate(
                "ImportRefusals", "This file is a PDF document, not CSV."
            )
        case NotCsv.LONG_LINE:
            return QCoreApplication.translate(
                "ImportRefusals", "This file has a line far too long for a CSV file of rows."
            )
    return QCoreApplication.translate(
        "ImportRefusals",
        "This file looks like a binary file (an Excel workbook?), not CSV; save it as CSV first.",
    )


def batch_file_refusal_text(error: BatchFileRefused) -> str:
    """Why ``error`` refused to open a batch file, in words naming the file."""
    name = error.name
    match error.problem:
        case BatchFileProblem.UNREADABLE:
            return QCoreApplication.translate(
                "ImportRefusals", "{name} cannot be read: {reason}."
            ).format(name=name, reason=error.reason)
        case BatchFileProblem.TOO_LARGE:
            return QCoreApplication.translate(
                "ImportRefusals",
                "{name} is too large for a BadgeDesk batch file (over {limit} bytes).",
            ).format(name=name, limit=QLocale().toString(error.limit))
        case BatchFileProblem.NOT_UTF8:
            return QCoreApplication.translate(
                "ImportRefusals", "{name} is not a BadgeDesk batch file: it is not UTF-8 text."
            ).format(name=name)
        case BatchFileProblem.EMPTY:
            return QCoreApplication.translate(
                "ImportRefusals", "{name} is not a BadgeDesk batch file: it is empty."
            ).format(name=name)
        case BatchFileProblem.NOT_JSON:
            return QCoreApplication.translate(
                "ImportRefusals",
                "{name} is not a BadgeDesk batch file: it is not JSON (line {line}, column "
                "{column}).",
            ).format(name=name, line=error.line, column=error.column)
        case BatchFileProblem.TOO_DEEP:
            return QCoreApplication.translate(
                "ImportRefusals",
                "{name} is not a BadgeDesk batch file: its JSON is nested far too deeply.",
            ).format(name=name)
        case BatchFileProblem.NUMBER_TOO_LONG:
            return QCoreApplication.translate(
                "ImportRefusals",
                "{name} is not a BadgeDesk batch file: its JSON holds a number far too long.",
            ).format(name=name)
        case BatchFileProblem.NOT_A_BATCH:
            return QCoreApplication.translate(
                "ImportRefusals", "{name} is not a BadgeDesk batch file."
            ).format(name=name)
        case BatchFileProblem.NEWER:
            return QCoreApplication.translate(
                "ImportRefusals",
                "{name} was made by a newer BadgeDesk (batch file version {version}). Update "
                "BadgeDesk to open it.",
            ).format(name=name, version=error.version)
        case BatchFileProblem.MISSING_VALUE:
            return QCoreApplication.translate(
                "ImportRefusals", "{name} cannot be opened: {where} is missing."
            ).format(name=name, where=error.where)
        case BatchFileProblem.WRONG_VALUE:
            return QCoreApplication.translate(
                "ImportRefusals",
                "{name} cannot be opened: {where} does not hold what a batch file holds there.",
            ).format(name=name, where=error.where)
