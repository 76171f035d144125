"""``evidence-packet-gui --screenshot FILE.png``: the window opens, is drawn, finishes
loading, is saved as a picture and closes, and the start returns 0 (the bundle's test
runs the same option from the bundle)."""

from __future__ import annotations

from pathlib import Path

import pytesseract
from PIL import Image
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.gui import app as gui_app
from desktop_app.gui.main_window import MainWindow
from desktop_app.services import Services


def test_the_window_saves_a_picture_of_itself_once_loaded_and_closes(
        qtbot: QtBot, tmp_path: Path) -> None:
    data = tmp_path / "data"  # plain: a protected one would ask for its passphrase first
    svc = Services.open(data)
    svc.create_case(name="Ana Torres Ruiz")
    svc.close()
    shot = tmp_path / "window.png"
    assert gui_app.main(["--data-dir", str(data), "--screenshot", str(shot)]) == 0
    with Image.open(shot) as image:
        assert image.width >= 600 and image.height >= 400
        assert "Ana Torres Ruiz" in pytesseract.image_to_string(image)  # the case, drawn
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, MainWindow) and w.isVisible()]


def test_a_picture_that_cannot_be_written_ends_with_1(qtbot: QtBot, tmp_path: Path) -> None:
    shot = tmp_path / "no such folder" / "window.png"
    assert gui_app.main(["--data-dir", str(tmp_path / "data"), "--screenshot", str(shot)]) == 1
    assert not shot.exists()
