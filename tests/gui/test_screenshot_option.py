"""``evidence-packet-gui --screenshot FILE.png``: the window opens, is drawn, finishes
loading, is saved as a picture and closes, and the program ends with 0 (the bundle's test
runs the same option from the bundle). Run as its own process, as a user runs it: the
option ends the Qt event loop, which a test's shared QApplication must keep."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytesseract
from PIL import Image

from desktop_app.services import Services


def _run(data: Path, shot: Path) -> subprocess.CompletedProcess[str]:
    # The window's settings (its size, the last case) go to a temp folder, not the
    # user's own: the app keeps them under $XDG_CONFIG_HOME.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(data.parent / "config")}
    return subprocess.run([sys.executable, "-m", "desktop_app", "--data-dir", str(data),
                           "--screenshot", str(shot)], env=env, capture_output=True,
                          text=True, timeout=180, check=False)


def test_the_window_saves_a_picture_of_itself_once_loaded_and_closes(tmp_path: Path) -> None:
    data = tmp_path / "data"  # plain: a protected one would ask for its passphrase first
    svc = Services.open(data)
    svc.create_case(name="Ana Torres Ruiz")
    svc.close()
    shot = tmp_path / "window.png"
    done = _run(data, shot)
    assert done.returncode == 0, done.stderr
    with Image.open(shot) as image:
        assert image.width >= 600 and image.height >= 400
        assert "Ana Torres Ruiz" in pytesseract.image_to_string(image)  # the case, drawn


def test_a_picture_that_cannot_be_written_ends_with_1(tmp_path: Path) -> None:
    shot = tmp_path / "no such folder" / "window.png"
    assert _run(tmp_path / "data", shot).returncode == 1
    assert not shot.exists()
