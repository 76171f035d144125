"""Hand a finished packet to the desktop: open it, or show the folder it is in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QProcess, QProcessEnvironment, QUrl
from PySide6.QtGui import QDesktopServices

from desktop_app.core import bundled


def open_file(path: Path) -> bool:
    return _open(path)


def show_in_folder(path: Path) -> bool:
    return _open(path.parent)


def _open(path: Path) -> bool:
    environment = bundled.system_environment()
    if environment is None:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    # From the Linux bundle: the viewer must not inherit the bundle's library path, which
    # Qt's own launch would pass on (core.bundled.system_environment).
    process = QProcess()
    process.setProgram("xdg-open")
    process.setArguments([str(path)])
    env = QProcessEnvironment()
    for name, value in environment.items():
        env.insert(name, value)
    process.setProcessEnvironment(env)
    return bool(process.startDetached())
