"""The window stays responsive while a 50-page scan is imported and read."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from desktop_app.gui.main_window import MainWindow
from tests.gui.conftest import all_read, drop, scanned

PAGES = 50
MAX_STALL = 0.150  # seconds between two ticks of a 10 ms timer


class StallMeter:
    """A 10 ms timer on the GUI thread; the longest gap between its ticks is the longest
    time the window could not react."""

    def __init__(self) -> None:
        self.timer = QTimer(interval=10)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.worst = 0.0
        self.ticks = 0

    def _tick(self) -> None:
        now = time.perf_counter()
        if self.last:
            self.worst = max(self.worst, now - self.last)
        self.last = now
        self.ticks += 1

    def start(self) -> None:
        self.last = time.perf_counter()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()


@pytest.mark.slow
def test_no_stall_while_fifty_pages_are_imported_and_read(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    pdf = scanned(tmp_path / "in" / "fifty-pages.pdf",
                  [[f"Page {n} of the bank statements", "First Community Bank",
                    f"Balance on day {n}: {n * 13} dollars"] for n in range(1, PAGES + 1)])
    meter = StallMeter()
    meter.start()
    started = time.perf_counter()
    drop(window, [pdf])
    qtbot.waitUntil(lambda: window.board_model.snapshot is not None
                    and len(window.board_model.snapshot.documents) == 1, timeout=60_000)
    window.cases.form.reject()  # type: ignore[union-attr]
    doc = window.board_model.snapshot.documents[0]  # type: ignore[union-attr]
    window.board.select_document(doc.id)  # the viewer and its strip of 50 pages load too
    qtbot.waitUntil(lambda: all_read(window), timeout=600_000)
    elapsed = time.perf_counter() - started
    meter.stop()
    statuses = {d.status for d in window.board_model.snapshot.documents}  # type: ignore
    assert statuses == {"ready"}
    assert window.viewer.strip_model.rowCount() == PAGES
    print(f"\n50-page import + reading: {elapsed:.1f} s, {meter.ticks} ticks, "
          f"longest GUI stall {meter.worst * 1000:.0f} ms")
    assert meter.ticks > elapsed * 50  # the timer really ran throughout
    assert meter.worst < MAX_STALL, f"the window froze for {meter.worst * 1000:.0f} ms"
