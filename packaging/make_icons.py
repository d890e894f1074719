"""Render resources/badgedesk.svg into the icons each OS wants, next to it in resources/:
badgedesk.png (256 px, Linux desktop files and AppStream), badgedesk.ico (Windows, 16-256 px)
and badgedesk.icns (macOS, 16-1024 px). Both containers hold PNG images, which every current
version of either OS reads. Run again when the SVG changes; the results are committed.

    .venv/bin/python packaging/make_icons.py
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_TYPES = {
    16: b"icp4",
    32: b"icp5",
    64: b"icp6",
    128: b"ic07",
    256: b"ic08",
    512: b"ic09",
    1024: b"ic10",
}


def render(svg: Path, size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def icns(images: dict[int, bytes]) -> bytes:
    body = b"".join(
        ICNS_TYPES[size] + struct.pack(">I", len(png) + 8) + png
        for size, png in sorted(images.items())
    )
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - QImage and QSvgRenderer need one
    svg = RESOURCES / "badgedesk.svg"
    sizes = sorted(set(ICO_SIZES) | set(ICNS_TYPES))
    rendered = {size: render(svg, size) for size in sizes}
    (RESOURCES / "badgedesk.png").write_bytes(rendered[256])
    (RESOURCES / "badgedesk.ico").write_bytes(ico({s: rendered[s] for s in ICO_SIZES}))
    (RESOURCES / "badgedesk.icns").write_bytes(icns({s: rendered[s] for s in ICNS_TYPES}))
    print("wrote badgedesk.png, badgedesk.ico and badgedesk.icns in", RESOURCES)
    return 0


if __name__ == "__main__":
    sys.exit(main())
