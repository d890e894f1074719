"""Asking how to read a CSV file that is not valid UTF-8 (``row_import.EncodingChoiceNeeded``).

Guessing the encoding silently changed recipients (``zoë`` read as ``zoÃ«``); this step shows the
lines that tell the encodings apart as each would read them, and the person chooses, or cancels
to fix the file. It only shows and asks: the service found the lines and read them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from badgedesk.services.row_import import EncodingChoiceNeeded
from badgedesk.ui.fit import fit_to_screen

LINES_NAMED = 10


def encoding_name(codec: str) -> str:
    """A codec as people know it, with a mnemonic for its choice."""
    names = {
        "utf-8": QCoreApplication.translate(
            "EncodingDialog", "&UTF-8 (the lines marked “not UTF-8” are left out)"
        ),
        "cp1252": QCoreApplication.translate(
            "EncodingDialog", "&Windows-1252 (Western European, older Excel on Windows)"
        ),
        "latin-1": QCoreApplication.translate("EncodingDialog", "&ISO-8859-1 (Latin-1)"),
    }
    return names.get(codec, codec)


def short_encoding_name(codec: str) -> str:
    names = {
        "utf-8": QCoreApplication.translate("EncodingDialog", "As UTF-8"),
        "cp1252": QCoreApplication.translate("EncodingDialog", "As Windows-1252"),
        "latin-1": QCoreApplication.translate("EncodingDialog", "As ISO-8859-1"),
    }
    return names.get(codec, codec)


class EncodingDialog(QDialog):
    """Which encoding to read ``source`` with; ``encoding()`` is the choice once accepted."""

    def __init__(
        self, source: str, question: EncodingChoiceNeeded, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        title = QCoreApplication.translate("EncodingDialog", "How is {file} encoded?").format(
            file=source
        )
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        fit_to_screen(self, 760, 420)
        broken = question.broken_lines
        named = ", ".join(f"{line:,}" for line in broken[:LINES_NAMED])
        if len(broken) > LINES_NAMED:
            named = QCoreApplication.translate(
                "EncodingDialog", "{lines} and %Ln more", None, len(broken) - LINES_NAMED
            ).format(lines=named)
        which = QCoreApplication.translate(
            "EncodingDialog",
            "%Ln line(s) cannot be read as UTF-8 (line(s) {lines})",
            None,
            len(broken),
        ).format(lines=named)
        self.explanation = QLabel(
            QCoreApplication.translate(
                "EncodingDialog",
                "{file} is not valid UTF-8 text: {which}. Below, those lines and a few "
                "others as each encoding reads them. Choose the one that shows the recipients "
                "as they are, or cancel and save the file again as CSV UTF-8.",
            ).format(file=source, which=which)
        )
        self.explanation.setWordWrap(True)

        readings = question.readings
        self.samples = QTableWidget(len(readings[0].lines) if readings else 0, len(readings))
        self.samples.setAccessibleName(
            QCoreApplication.translate(
                "EncodingDialog", "Lines of the file as each encoding reads them"
            )
        )
        self.samples.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.samples.setHorizontalHeaderLabels([short_encoding_name(r.encoding) for r in readings])
        labels = []
        for column, reading in enumerate(readings):
            for row, sample in enumerate(reading.lines):
                self.samples.setItem(row, column, QTableWidgetItem(sample.text))
                if column == 0:
                    line = f"{sample.line:,}"
                    labels.append(
                        line
                        if sample.valid_utf8
                        else QCoreApplication.translate(
                            "EncodingDialog", "{line} (not UTF-8)"
                        ).format(line=line)
                    )
        self.samples.setVerticalHeaderLabels(labels)
        self.samples.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        self.choices = QButtonGroup(self)
        self.choice_buttons: list[QRadioButton] = []
        for reading in readings:
            button = QRadioButton(encoding_name(reading.encoding))
            button.setAccessibleName(encoding_name(reading.encoding).replace("&", ""))
            button.setProperty("encoding", reading.encoding)
            self.choices.addButton(button)
            self.choice_buttons.append(button)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.read_button = self.buttons.addButton(
            QCoreApplication.translate("EncodingDialog", "&Read the file this way"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.read_button.setEnabled(False)
        self.choices.buttonToggled.connect(self._on_chosen)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.samples, 1)
        self.choice_group = QGroupBox(
            QCoreApplication.translate("EncodingDialog", "Read the file as")
        )
        choice_layout = QVBoxLayout(self.choice_group)
        for button in self.choice_buttons:
            choice_layout.addWidget(button)
        layout.addWidget(self.choice_group)
        layout.addWidget(self.buttons)
        if self.choice_buttons:
            self.choice_buttons[0].setFocus()

    def _on_chosen(self) -> None:
        """Enter reads the file once an encoding is chosen (a disabled default button lost
        Enter to Cancel)."""
        self.read_button.setEnabled(True)
        self.read_button.setDefault(True)

    def encoding(self) -> str | None:
        """The codec chosen (for ``read_table``), or ``None`` before a choice."""
        button = self.choices.checkedButton()
        return str(button.property("encoding")) if button is not None else None
