"""Asking before a changed dialog is closed (Escape, Cancel, Close or closing the window).

A dialog routes all of these through ``reject()``; it overrides ``reject()`` to call
``close_or_ask``, which closes at once when nothing changed and otherwise asks first. The
question is opened with ``open()``, never ``exec()``: a dialog may be closed while a coroutine
runs on the qasync loop.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox


def close_or_ask(dialog: QDialog, changed: bool, close: Callable[[], None]) -> QMessageBox | None:
    """Call ``close`` now when nothing ``changed``; else ask whether to discard the changes
    and call it only on Discard. "Keep editing" is the default, and Escape answers it too.
    Returns the open question, if any."""
    if not changed:
        close()
        return None
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("DiscardQuestion", "Discard changes?"),
        QCoreApplication.translate(
            "DiscardQuestion", "You changed this window. Close it and lose what you changed?"
        ),
        QMessageBox.StandardButton.NoButton,
        dialog,
    )
    box.setAccessibleName(QCoreApplication.translate("DiscardQuestion", "Discard changes?"))
    discard = box.addButton(QMessageBox.StandardButton.Discard)
    discard.setText(QCoreApplication.translate("DiscardQuestion", "&Discard changes"))
    discard.setAccessibleName(QCoreApplication.translate("DiscardQuestion", "Discard changes"))
    keep = box.addButton(
        QCoreApplication.translate("DiscardQuestion", "&Keep editing"),
        QMessageBox.ButtonRole.RejectRole,
    )
    keep.setAccessibleName(QCoreApplication.translate("DiscardQuestion", "Keep editing"))
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)

    def answered() -> None:
        if box.clickedButton() is discard:
            close()

    box.finished.connect(answered)
    box.finished.connect(box.deleteLater)
    box.open()
    return box
