"""Render the PNG sizes of the app icon from its SVG master into desktop_app/assets/icons.

Run after changing ``evidence-packet.svg``:
``QT_QPA_PLATFORM=offscreen python resources/icons/make_icons.py``
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
OUT = HERE.parents[1] / "desktop_app" / "assets" / "icons"


def main() -> int:
    app = QGuiApplication(sys.argv)
    master = HERE / "evidence-packet.svg"
    renderer = QSvgRenderer(str(master))
    OUT.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(master, OUT / master.name)
    for size in (32, 64, 128, 256):
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        image.save(str(OUT / f"evidence-packet-{size}.png"))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
