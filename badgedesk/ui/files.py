"""File choosers opened with ``open()``: never ``exec()`` or the static helpers, which would
re-enter the qasync loop from inside a coroutine."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from badgedesk.core.files import export_file_name


def documents_folder() -> Path:
    """Where exports go unless the person chooses otherwise: their Documents folder, or their
    home folder when the platform has none (or it is not there)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if location and Path(location).is_dir():
        return Path(location)
    return Path.home()


def export_path(subject: str, suffix: str = "csv") -> str:
    """The suggested path of an export of ``subject`` made today, in the Documents folder."""
    return str(documents_folder() / export_file_name(subject, date.today(), suffix))


def choose_file(
    parent: QWidget,
    title: str,
    name_filter: str,
    on_chosen: Callable[[Path], object],
    *,
    save_as: str | None = None,
) -> QFileDialog:
    """Ask for a file to open, or to save as when ``save_as`` (the suggested name) is given;
    ``on_chosen`` gets the path once the user accepts."""
    dialog = QFileDialog(parent, title)
    dialog.setNameFilter(name_filter)
    if save_as is not None:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        suffix = Path(save_as).suffix.lstrip(".")
        if suffix:
            dialog.setDefaultSuffix(suffix)
        dialog.selectFile(save_as)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.fileSelected.connect(lambda path: on_chosen(Path(path)))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
