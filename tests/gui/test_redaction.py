"""Redact mode in the viewer: drag a rectangle → a black area is stored and drawn; undo,
redo; select it and press Delete; the patterns menu previews what it will cover."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from desktop_app.gui.main_window import MainWindow
from desktop_app.services import Services, redaction
from tests.gui.conftest import _settings_in_tmp, digital, drop, make_window, window

__all__ = ["_settings_in_tmp", "make_window", "window"]  # fixtures used here

SHOTS = os.environ.get("REDACT_SCREENSHOT_DIR")


def _stored(data_dir: Path, case_id: int) -> list[redaction.Area]:
    svc = Services.open(data_dir)
    try:
        return svc.redaction.list_areas(case_id)
    finally:
        svc.close()


def _all_ready(window: MainWindow) -> bool:
    snapshot = window.board_model.snapshot
    return (snapshot is not None and window.is_settled() and len(snapshot.documents) == 1
            and all(d.status == "ready" for d in snapshot.documents))


def _point(canvas: object, fx: float, fy: float) -> QPoint:
    rect = canvas._page_rect()  # type: ignore[attr-defined]
    return QPoint(round(rect.x() + fx * rect.width()), round(rect.y() + fy * rect.height()))


def test_draw_an_area_in_the_viewer(qtbot: QtBot, window: MainWindow, data_dir: Path,
                                    tmp_path: Path) -> None:
    controller = window.case_tools.redaction  # the window's own redact mode
    changed: list[int] = []
    controller.redactionsChanged.connect(changed.append)
    pdf = digital(tmp_path / "in" / "bank letter.pdf", [
        "Harbor Bank letter for Rosa Diaz\nHer SSN is 123-45-6789 per records\n"
        "Account number 000123456789 is open\nSigned by the branch manager"])
    drop(window, [pdf])
    qtbot.waitUntil(lambda: _all_ready(window), timeout=60_000)
    if window.cases.form is not None:
        window.cases.form.reject()
    snapshot = window.board_model.snapshot
    assert snapshot is not None
    doc = snapshot.documents[0]
    case_id = doc.case_id
    assert window.board.select_document(doc.id)
    viewer = window.viewer
    qtbot.waitUntil(lambda: viewer.current_page() is not None and viewer.canvas.has_image(),
                    timeout=20_000)
    page = viewer.current_page()
    assert page is not None

    # Redact mode: drag from (10 %, 40 %) to (60 %, 50 %) of the page.
    viewer.redact_action.trigger()
    assert viewer.canvas.redact_mode
    canvas = viewer.canvas
    start, end = _point(canvas, 0.1, 0.4), _point(canvas, 0.6, 0.5)
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(canvas, end)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=end)
    qtbot.waitUntil(lambda: len(canvas.areas) == 1, timeout=10_000)
    stored = _stored(data_dir, case_id)
    assert len(stored) == 1 and stored[0].page_id == page.id
    assert stored[0].box == pytest.approx((0.1, 0.4, 0.6, 0.5), abs=0.01)
    # Drawn solid black on the page.
    grab = canvas.grab().toImage()
    centre = _point(canvas, 0.35, 0.45)
    assert grab.pixelColor(centre).lightness() < 20

    # Undo takes it away, redo puts it back (same number).
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: not canvas.areas, timeout=10_000)
    assert _stored(data_dir, case_id) == []
    window.undo_stack.redo()
    qtbot.waitUntil(lambda: len(canvas.areas) == 1, timeout=10_000)
    assert [a.id for a in _stored(data_dir, case_id)] == [stored[0].id]

    # Patterns: Social Security numbers on; the preview shows what they cover.
    viewer.patterns_menu.builtin["ssn"].trigger()
    qtbot.waitUntil(lambda: len(canvas.hits) == 1, timeout=10_000)
    svc = Services.open(data_dir)
    try:
        assert [p.kind for p in svc.redaction.list_patterns(case_id)] == ["ssn"]
    finally:
        svc.close()
    if SHOTS:
        viewer.resize(1100, 800)
        qtbot.waitUntil(lambda: canvas.has_image(), timeout=10_000)
        viewer.grab().save(str(Path(SHOTS) / "viewer-redact-mode.png"))

    # Select the area and press Delete: it goes (the page stays in the packet).
    centre = _point(canvas, 0.35, 0.45)  # the page may have been laid out again
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=centre)
    assert canvas.selected_area == stored[0].id
    qtbot.keyClick(canvas, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: not canvas.areas, timeout=10_000)
    assert _stored(data_dir, case_id) == []
    current = viewer.current_page()
    assert current is not None and not current.excluded
    assert changed  # the window can refresh what depends on redactions


def test_redact_everywhere_from_the_patterns_menu(qtbot: QtBot, window: MainWindow,
                                                  data_dir: Path, tmp_path: Path) -> None:
    """Issue 13, finding 8: the patterns menu offers to take what is blacked out out of
    what the app keeps; it asks first, says what it will do, then says what it did."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    pdf = digital(tmp_path / "in" / "bank letter.pdf", [
        "Harbor Bank letter for Rosa Diaz\nHer SSN is 123-45-6789 per records\n"
        "Signed by the branch manager"])
    drop(window, [pdf])
    qtbot.waitUntil(lambda: _all_ready(window), timeout=60_000)
    if window.cases.form is not None:
        window.cases.form.reject()
    snapshot = window.board_model.snapshot
    assert snapshot is not None
    doc = snapshot.documents[0]
    assert window.board.select_document(doc.id)
    viewer = window.viewer
    qtbot.waitUntil(lambda: viewer.current_page() is not None and viewer.canvas.has_image(),
                    timeout=20_000)
    viewer.redact_action.trigger()
    viewer.patterns_menu.builtin["ssn"].trigger()
    qtbot.waitUntil(lambda: len(viewer.canvas.hits) == 1, timeout=10_000)
    if SHOTS:
        menu = viewer.patterns_menu
        menu.popup(viewer.mapToGlobal(viewer.rect().center()))
        qtbot.waitUntil(menu.isVisible, timeout=5_000)
        menu.grab().save(str(Path(SHOTS) / "redact-everywhere-menu.png"))
        menu.hide()
    asked: list[str] = []

    def answer() -> None:
        box = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)
                    and w.objectName() == "redactEverywhereBox" and w.isVisible()), None)
        if box is None:
            QTimer.singleShot(20, answer)
            return
        asked.append(f"{box.text()} {box.informativeText()}")
        if SHOTS:
            box.grab().save(str(Path(SHOTS) / "redact-everywhere-ask.png"))
        button = next(b for b in box.buttons() if b.text() == "Remove for good")
        button.click()

    QTimer.singleShot(0, answer)
    viewer.patterns_menu.everywhere_action.trigger()
    assert asked and "cannot be undone" in asked[0] and "filed stay" in asked[0]
    qtbot.waitUntil(lambda: any(w.objectName() == "redactEverywhereDone" and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=60_000)
    told = next(w for w in QApplication.topLevelWidgets()
                if w.objectName() == "redactEverywhereDone")
    assert isinstance(told, QMessageBox) and "Removed from 1 document" in told.text()
    if SHOTS:
        told.grab().save(str(Path(SHOTS) / "redact-everywhere-done.png"))
    told.accept()
    svc = Services.open(data_dir)
    try:
        assert svc.search(doc.case_id, "6789") == []
        assert svc.search(doc.case_id, "Harbor")
    finally:
        svc.close()
