"""The image of a badge class or an issuer: chosen with a button or dropped, shown at the sizes
the app shows badges (the assertion detail's 96 px and the badge class details' 64 px), and
refused next to the previews, with the reason, when the server would not take it
(``core.images.check_image``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from badgedesk.baking import (
    MAX_IMAGE_BYTES,
    MAX_IMAGE_PIXELS,
    PNG,
    ImageCheck,
    ImageRefusal,
    check_image,
    data_uri,
)
from badgedesk.ui.assertions import badge_class_details, detail
from badgedesk.ui.assertions.detail import badge_pixmap
from badgedesk.ui.backpack.import_dialog import FileTooLargeError, dropped_file, read_image_file
from badgedesk.ui.files import choose_file
from badgedesk.ui.style import error_label

PREVIEW_SIZES = (detail.IMAGE_SIZE, badge_class_details.IMAGE_SIZE)
"""The sizes a badge image is shown at elsewhere in the app, largest first."""


class ImagePicker(QWidget):
    """One PNG or SVG image. ``chosen`` holds a new image the server would take; an image
    given by ``set_original`` (the one on the server) is shown but never sent again."""

    changed = Signal()
    """A new image was accepted or refused."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.chosen: bytes | None = None
        self.chosen_mime: str | None = None
        self.has_original = False
        self._refusal = ""
        self.previews: list[QLabel] = []
        previews_row = QHBoxLayout()
        for size in PREVIEW_SIZES:
            label = QLabel(self)
            label.setFixedSize(size, size)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)  # "No image" in a longer language still fits 64 pixels
            label.setFrameShape(QFrame.Shape.StyledPanel)
            label.setAccessibleName(
                self.tr("Preview of the image at {size} pixels").format(size=size)
            )
            self.previews.append(label)
            previews_row.addWidget(label, 0, Qt.AlignmentFlag.AlignTop)
        self.choose_button = QPushButton(self.tr("Choose &image…"), self)
        self.choose_button.setAccessibleName(self.tr("Choose an image file"))
        self.choose_button.clicked.connect(self.on_choose)
        self.hint = QLabel(self.tr("PNG or SVG; or drop the file here."), self)
        self.hint.setWordWrap(True)
        self.file_label = QLabel(self)
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.file_label.setAccessibleName(self.tr("Image file"))
        self.file_label.setWordWrap(True)
        self.error = error_label(self.tr("Problem with the image"))
        side = QVBoxLayout()
        side.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignLeft)
        side.addWidget(self.hint)
        side.addWidget(self.file_label)
        side.addStretch(1)
        previews_row.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(previews_row)
        layout.addWidget(self.error)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._show_previews(None)

    # ------------------------------------------------------------ reading

    def has_image(self) -> bool:
        """An image is there: the server's, or a new one it would take."""
        return self.chosen is not None or self.has_original

    def chosen_uri(self) -> str | None:
        """The new image as the request sends it; None when the image was not changed."""
        if self.chosen is None or self.chosen_mime is None:
            return None
        return data_uri(self.chosen, self.chosen_mime)

    def refusal(self) -> str:
        """Why the last file given was not taken, or '' (the image before it stays)."""
        return self._refusal

    # ------------------------------------------------------------ giving images

    def set_original(self, data: bytes | None) -> None:
        """Show the image the server has (its bytes, fetched by the caller)."""
        self.has_original = True
        self._show_previews(data)

    def on_choose(self) -> None:
        choose_file(
            self,
            self.tr("Choose an image"),
            self.tr("Images (*.png *.svg);;All files (*)"),
            self.load_file,
        )

    def load_file(self, path: Path) -> None:
        """Read ``path`` (at most ``MAX_IMAGE_BYTES``) and take it, or say why not."""
        try:
            data = read_image_file(path)
        except FileTooLargeError:
            self._refuse(path.name, ImageCheck(refusal=ImageRefusal.TOO_LARGE))
            return
        except OSError as error:
            self._refuse(
                path.name,
                None,
                self.tr("The file cannot be read: {reason}.").format(
                    reason=error.strerror or error
                ),
            )
            return
        self.load_bytes(data, path.name)

    def load_bytes(self, data: bytes, name: str) -> None:
        check = check_image(data)
        if check.mime is None:
            self._refuse(name, check)
            return
        if check.mime == PNG and badge_pixmap(data, 1, 1.0) is None:
            self._refuse(name, ImageCheck(refusal=ImageRefusal.DAMAGED_PNG))
            return
        self.chosen, self.chosen_mime = data, check.mime
        kind = "PNG" if check.mime == PNG else "SVG"
        if check.size is not None:
            facts = self.tr("{name} ({kind}, {width} x {height} px, {kilobytes} KB)").format(
                name=name,
                kind=kind,
                width=check.size[0],
                height=check.size[1],
                kilobytes=max(1, round(len(data) / 1024)),
            )
        else:
            facts = self.tr("{name} ({kind}, {kilobytes} KB)").format(
                name=name, kind=kind, kilobytes=max(1, round(len(data) / 1024))
            )
        self.file_label.setText(facts)
        self._refusal = ""
        self.error.clear()
        self.error.setVisible(False)
        self._show_previews(data)
        self.changed.emit()

    def show_problem(self, message: str) -> None:
        """A problem the server found with the image, next to it."""
        text = self.error.text()
        self.error.setText(f"{text}\n{message}" if text else message)
        self.error.setVisible(True)

    def _refuse(self, name: str, check: ImageCheck | None, message: str = "") -> None:
        """Keep the image shown before; say why this one is not taken."""
        self.file_label.setText(name)
        self._refusal = message or self.refusal_text(check)
        self.error.setText(self._refusal)
        self.error.setVisible(True)
        self.changed.emit()

    def refusal_text(self, check: ImageCheck | None) -> str:
        refusal = check.refusal if check is not None else None
        if refusal is ImageRefusal.EMPTY:
            return self.tr("The file is empty: choose a PNG or SVG image.")
        if refusal is ImageRefusal.TOO_LARGE:
            return self.tr(
                "The file is larger than {megabytes} MB, which no badge image is: choose a "
                "smaller PNG or SVG."
            ).format(megabytes=MAX_IMAGE_BYTES // (1024 * 1024))
        if refusal is ImageRefusal.OTHER_FORMAT and check is not None:
            return self.tr(
                "This is a {kind} image; the server takes PNG or SVG only. Save it as PNG "
                "and choose that file."
            ).format(kind=check.kind)
        if refusal is ImageRefusal.DAMAGED_PNG:
            return self.tr("This PNG file is damaged and cannot be opened.")
        if refusal is ImageRefusal.TOO_MANY_PIXELS and check is not None and check.size:
            return self.tr(
                "This PNG is {width} x {height} pixels, more than the server opens ({limit} "
                "million pixels). Make it smaller: the server keeps at most 400 x 400."
            ).format(
                width=check.size[0],
                height=check.size[1],
                limit=MAX_IMAGE_PIXELS // 1_000_000,
            )
        if refusal is ImageRefusal.SVG_WITHOUT_NAMESPACE:
            return self.tr(
                'This SVG does not declare xmlns="http://www.w3.org/2000/svg" on its svg '
                "element, so the server would refuse it as an invalid image."
            )
        return self.tr("This file is not an image: choose a PNG or SVG file.")

    def _show_previews(self, data: bytes | None) -> None:
        ratio = self.devicePixelRatioF()
        for label, size in zip(self.previews, PREVIEW_SIZES, strict=True):
            pixmap = badge_pixmap(data, size - 4, ratio)
            if pixmap is not None:
                label.setPixmap(pixmap)
            else:
                label.setPixmap(QPixmap())
                label.setText(self.tr("No image") if data is None else self.tr("No preview"))

    # ------------------------------------------------------------ drops

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.isEnabled() and dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = dropped_file(event.mimeData())
        if path is None or not self.isEnabled():
            event.ignore()
            return
        event.acceptProposedAction()
        self.load_file(path)
