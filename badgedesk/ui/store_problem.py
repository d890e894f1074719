"""The question asked when the store cannot be used at start-up: what is wrong, in words a
staff member understands, and only the ways out that ``store.health`` says make sense. The
widgets here only show and ask; the app does what the answer says."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from badgedesk.core.health import Choice, StoreProblem, Trouble
from badgedesk.ui.futures import resolve


class StoreProblemBox(QMessageBox):
    """A window-modal warning with one button per choice; Escape quits."""

    def __init__(self, problem: StoreProblem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problem = problem
        title = self.tr("BadgeDesk cannot open its data")
        self.setWindowTitle(title)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setTextFormat(Qt.TextFormat.PlainText)
        headline, explanation = self._words(problem)
        self.setText(headline)
        self.setInformativeText(explanation)
        self.setAccessibleName(title)
        self.setAccessibleDescription(f"{headline} {explanation}")
        self.buttons_by_choice: dict[Choice, QPushButton] = {}
        labels = {
            Choice.RETRY: (self.tr("&Try again"), QMessageBox.ButtonRole.AcceptRole),
            Choice.KEEP_ASIDE: (
                self.tr("&Keep the old file aside and start afresh"),
                QMessageBox.ButtonRole.DestructiveRole,
            ),
            Choice.OTHER_FOLDER: (
                self.tr("&Open another data folder…"),
                QMessageBox.ButtonRole.ActionRole,
            ),
            Choice.QUIT: (self.tr("&Quit"), QMessageBox.ButtonRole.RejectRole),
        }
        for choice in problem.choices:
            label, role = labels[choice]
            button = self.addButton(label, role)
            button.setAccessibleName(label.replace("&", "").rstrip("…"))
            self.buttons_by_choice[choice] = button
        self.setDefaultButton(self.buttons_by_choice[problem.choices[0]])
        self.setEscapeButton(self.buttons_by_choice[Choice.QUIT])

    def choice(self) -> Choice:
        """The button the box was closed with; Quit if none (closed by the window manager)."""
        clicked = self.clickedButton()
        for choice, button in self.buttons_by_choice.items():
            if button is clicked:
                return choice
        return Choice.QUIT

    def _words(self, problem: StoreProblem) -> tuple[str, str]:
        file = str(problem.path)
        kept = self.tr(
            "Keeping it aside renames it with today's date, so nothing in it is lost, and "
            "starts an empty store: batches and the history of sent rows start afresh."
        )
        match problem.trouble:
            case Trouble.NEWER:
                return (
                    self.tr("This data was saved by a newer version of BadgeDesk."),
                    self.tr(
                        "{file} can only be opened by that newer version. Update BadgeDesk, "
                        "or work in another data folder. {kept}"
                    ).format(file=file, kept=kept),
                )
            case Trouble.NOT_A_STORE:
                return (
                    self.tr("BadgeDesk's data file has been replaced by another kind of file."),
                    self.tr(
                        "{file} is not a BadgeDesk data file, so BadgeDesk will not write to "
                        "it. {kept}"
                    ).format(file=file, kept=kept),
                )
            case Trouble.DAMAGED:
                return (
                    self.tr("BadgeDesk's data file is damaged."),
                    self.tr(
                        "{file} is incomplete or damaged (for example after a crash, a full "
                        "disk or an interrupted copy), so BadgeDesk will not write to it. "
                        "{kept} A backup of the data folder, if there is one, can be "
                        "opened instead."
                    ).format(file=file, kept=kept),
                )
            case Trouble.IN_THE_WAY:
                return (
                    self.tr("Something else is where BadgeDesk keeps its data."),
                    self.tr(
                        "{file} should be BadgeDesk's, but it is a folder or file of something "
                        "else. Move it away and try again, or work in another data folder."
                    ).format(file=file),
                )
            case Trouble.NO_ACCESS:
                return (
                    self.tr("BadgeDesk is not allowed to save its data."),
                    self.tr(
                        "{file} may not be written to (it is read-only, or belongs to another "
                        "account). Ask for write access and try again, or work in another "
                        "data folder."
                    ).format(file=file),
                )
            case Trouble.DISK_FULL:
                return (
                    self.tr("The disk is full."),
                    self.tr(
                        "BadgeDesk could not open {file} because the disk has no space left. "
                        "Free some space and try again; the data already saved is safe."
                    ).format(file=file),
                )
            case Trouble.DISK_ERROR:
                return (
                    self.tr("The disk could not read or write BadgeDesk's data."),
                    self.tr(
                        "Reading {file} failed. If it is on a network or removable drive, "
                        "check that it is connected, then try again."
                    ).format(file=file),
                )


async def ask_about_store(problem: StoreProblem, parent: QWidget | None) -> Choice:
    """Show the box (``open()``, so the event loop runs on) and wait for its answer."""
    box = StoreProblemBox(problem, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    answered: asyncio.Future[Choice] = asyncio.get_running_loop().create_future()
    box.finished.connect(lambda _code: resolve(answered, box.choice()))
    box.open()
    try:
        return await answered
    except asyncio.CancelledError:  # BadgeDesk is quitting without an answer
        box.close()
        raise


async def choose_data_folder(start: Path, parent: QWidget | None) -> Path | None:
    """A folder chooser, opened without blocking; None if cancelled."""
    title = QCoreApplication.translate("StoreProblemBox", "Choose a data folder for BadgeDesk")
    dialog = QFileDialog(parent, title)
    dialog.setAccessibleName(dialog.windowTitle())
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    dialog.setDirectory(str(start))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    chosen: asyncio.Future[Path | None] = asyncio.get_running_loop().create_future()

    def finished(code: int) -> None:
        files = dialog.selectedFiles()
        accepted = code == QFileDialog.DialogCode.Accepted.value and files
        resolve(chosen, Path(files[0]) if accepted else None)

    dialog.finished.connect(finished)
    dialog.open()
    try:
        return await chosen
    except asyncio.CancelledError:
        dialog.close()
        raise
