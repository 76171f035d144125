"""The first minute: an empty window that says what to do, and the sample case."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.gui.main_window import MainWindow
from tests.gui.conftest import message_boxes, titles


def test_first_run_says_what_to_do(window: MainWindow) -> None:
    empty = window.empty
    assert window.stack.currentWidget() is empty and empty.isVisible()
    assert empty.heading.text() == "Drag your scans here"
    assert empty.add_files.isVisible() and empty.add_files.text() == "Add files…"
    assert empty.add_folder.isVisible()
    assert empty.sample.isVisible() and empty.sample.isEnabled()
    assert "nothing is uploaded" in empty.privacy.text()
    assert not window.viewer.isVisible()  # no empty page viewer to puzzle over
    assert not window.work_panel.isVisible()
    assert "No case open" in window.cases.label.text()
    assert window.acceptDrops()


@pytest.mark.slow
def test_the_sample_case_opens_with_its_packet(qtbot: QtBot, window: MainWindow,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    window.empty.sample.click()
    assert not window.empty.sample.isEnabled()
    assert window.empty.sample.text() == "Preparing the sample case…"
    rows = window.work_panel.job_rows()
    assert [r.job.label for r in rows] == ["Preparing the sample case"]
    assert not rows[0].stop.isVisible()  # run_demo cannot be stopped half-way
    with qtbot.waitSignal(window.sampleFinished, timeout=300_000) as finished:
        pass
    path = Path(finished.args[0])
    assert path.is_file()
    box = next(b for b in message_boxes() if b.objectName() == "packetReady")
    assert "sample case is ready" in box.text()
    assert str(path) in box.informativeText()
    qtbot.waitUntil(lambda: window.case is not None
                    and window.case.name == "María Elena Hernández López"
                    and window.board_model.snapshot is not None
                    and len(window.board_model.snapshot.documents) >= 10, timeout=20_000)
    assert window.stack.currentWidget() is window.board
    for key in ("residence", "employment", "medical", "community"):
        assert titles(window, key), f"no sample document under {key}"
    assert titles(window, "") == []
    open_button = next(b for b in box.buttons() if b.text() == "Open packet")
    open_button.click()
    assert [u.toLocalFile() for u in opened] == [str(path)]
    with pymupdf.open(path) as pdf:
        assert pdf.page_count > 10
        assert "Hernández" in pdf[0].get_text()
    assert isinstance(box, QMessageBox)
