"""``evidence-packet-gui --screenshot FILE.png``: open the window, save a picture of it
once it is drawn and has finished loading, and close.

A check that the app works on a computer (the bundle's tests run it with no screen,
``QT_QPA_PLATFORM=offscreen``), and a way for a helper to see what someone else's
window shows. It is an ordinary documented option, not a hidden mode: besides the
picture it does what opening and closing the window does (the window's settings and log),
nothing more.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

SETTLE_SECONDS = 60.0  # then the picture is taken anyway: it shows what is still loading


class _Snapshot(QObject):
    def __init__(self, window: QWidget, is_settled: Callable[[], bool], path: Path) -> None:
        super().__init__(window)
        self.window = window
        self.is_settled = is_settled
        self.path = path
        self.deadline = 0.0
        self.timer = QTimer(self)
        self.timer.setInterval(50)
        self.timer.timeout.connect(self._take_when_settled)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Paint:
            self.window.removeEventFilter(self)
            self.deadline = time.monotonic() + SETTLE_SECONDS
            self.timer.start()
        return False

    def _take_when_settled(self) -> None:
        if not self.is_settled() and time.monotonic() < self.deadline:
            return
        self.timer.stop()
        saved = self.window.grab().save(str(self.path), "PNG")
        self.window.close()
        QApplication.exit(0 if saved else 1)


def save_when_drawn(window: QWidget, is_settled: Callable[[], bool], path: Path) -> None:
    """Save a PNG of ``window`` at ``path`` after its first paint, once ``is_settled()``
    (nothing is loading any more); then close it and end the event loop (exit code 1
    when the file could not be written)."""
    _Snapshot(window, is_settled, path)
