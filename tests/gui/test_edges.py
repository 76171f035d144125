"""Adjust page edges: the outline found in a phone photo, four corners to drag with the
mouse or move with the keyboard, Reset and undo; blank pages left out with one click."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.core import samples
from desktop_app.core.capture import geometry
from desktop_app.gui.edges import EdgeDialog
from desktop_app.gui.main_window import MainWindow
from tests import make
from tests.gui.conftest import all_read, drop

PAY_STUB = samples.document_by_name("IMG_20230616_184512.jpg")


def _open_photo(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    (photo,) = samples.write_sample_documents(tmp_path / "in", [PAY_STUB])
    drop(window, [photo])
    qtbot.waitUntil(lambda: all_read(window) and window.board_model.snapshot is not None
                    and len(window.board_model.snapshot.documents) == 1, timeout=120_000)
    if window.cases.form is not None:
        window.cases.form.reject()
    doc = window.board_model.snapshot.documents[0]  # type: ignore[union-attr]
    assert window.board.select_document(doc.id)
    qtbot.waitUntil(lambda: window.viewer.current_page() is not None
                    and window.viewer.canvas.has_image(), timeout=20_000)


def _dialog(qtbot: QtBot, window: MainWindow) -> EdgeDialog:
    window.viewer.edges_action.trigger()
    qtbot.waitUntil(lambda: window.page_edges.dialog is not None
                    and not window.page_edges.dialog.canvas._image.isNull(), timeout=20_000)
    dialog = window.page_edges.dialog
    assert dialog is not None
    return dialog


def test_edges_are_adjusted_by_mouse_and_keyboard_then_reset_and_undone(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    _open_photo(qtbot, window, tmp_path)
    viewer = window.viewer
    page = viewer.current_page()
    assert page is not None and page.crop is not None and not page.crop_by_user
    found = page.crop
    assert viewer.edges_action.isEnabled()
    dialog = _dialog(qtbot, window)
    canvas = dialog.canvas
    dialog.resize(700, 820)
    qtbot.waitExposed(dialog)
    assert geometry.iou(canvas.quad(), found) > 0.999  # the outline found, on the photo

    # The mouse: drag the bottom-right corner up and in.
    start = canvas.to_screen(canvas.corners[2])
    target = QPointF(start.x() - 60, start.y() - 120)
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start.toPoint())
    qtbot.mouseMove(canvas, target.toPoint())
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=target.toPoint())
    dragged = canvas.corners[2]
    assert abs(canvas.to_screen(dragged).y() - target.y()) < 2
    # The keyboard: Tab to the bottom-left corner, Shift+Up moves it up ten pixels.
    canvas.setFocus()
    canvas.current = 0
    for _ in range(3):
        qtbot.keyClick(canvas, Qt.Key.Key_Tab)
    assert canvas.current == 3 and canvas.hasFocus()
    before = canvas.to_screen(canvas.corners[3])
    qtbot.keyClick(canvas, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
    assert canvas.to_screen(canvas.corners[3]).y() == before.y() - 10
    assert "bottom-left" in canvas.accessibleName()
    wanted = canvas.quad()
    dialog.apply_button.click()

    qtbot.waitUntil(lambda: (p := viewer.current_page()) is not None and p.crop_by_user
                    and p.status == "done", timeout=120_000)
    edited = viewer.current_page()
    assert edited is not None and geometry.iou(edited.crop, wanted) > 0.99
    assert window.undo_stack.undoText() == "Adjust page edges"
    # The picture follows: the page is shorter now (a part of it was cut off).
    qtbot.waitUntil(lambda: viewer.canvas.has_image(), timeout=20_000)

    # Undo: the app's own outline again, and the page read again.
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: (p := viewer.current_page()) is not None and not p.crop_by_user
                    and p.status == "done", timeout=120_000)
    assert geometry.iou(viewer.current_page().crop, found) > 0.99  # type: ignore[union-attr]

    # "Edges the app found" after moving a corner: Reset, nothing to undo.
    dialog = _dialog(qtbot, window)
    dialog.canvas.corners[0] = QPointF(0, 0)
    dialog.found_button.click()
    assert geometry.iou(dialog.canvas.quad(), found) > 0.999
    count = window.undo_stack.count()
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: window.page_edges.dialog is None, timeout=5_000)
    assert window.undo_stack.count() == count  # nothing changed

    # "Whole photo": nothing cut away.
    dialog = _dialog(qtbot, window)
    dialog.whole_button.click()
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: (p := viewer.current_page()) is not None and p.crop_by_user
                    and p.crop is None and p.status == "done", timeout=120_000)


def test_blank_pages_are_shown_and_left_out_with_one_click(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    front = make.page_image(["Lease agreement, page one", "The tenant agrees to pay rent"],
                            size=(1275, 1650), font_px=26)
    back = Image.new("L", (1275, 1650), 250)
    batch = make.scanned_pdf(tmp_path / "batch.pdf", [front, back, front, back])
    drop(window, [batch])
    qtbot.waitUntil(lambda: all_read(window) and window.board_model.snapshot is not None
                    and len(window.board_model.snapshot.documents) == 1, timeout=120_000)
    if window.cases.form is not None:
        window.cases.form.reject()
    doc = window.board_model.snapshot.documents[0]  # type: ignore[union-attr]
    assert window.board.select_document(doc.id)
    viewer = window.viewer
    qtbot.waitUntil(lambda: viewer.current_page() is not None
                    and viewer.blank_bar.isVisibleTo(viewer), timeout=20_000)
    assert "look blank: 2, 4." in viewer.blank_label.text()
    assert viewer.strip_model.index(1).data() == "2 (blank?)"
    assert "looks blank" in viewer.strip_model.index(1).data(Qt.ItemDataRole.AccessibleTextRole)
    viewer.blank_button.click()
    qtbot.waitUntil(lambda: not viewer.blank_bar.isVisibleTo(viewer), timeout=10_000)
    assert [p.excluded for p in viewer._pages] == [False, True, False, True]
    window.undo_stack.undo()  # one click, one undo
    qtbot.waitUntil(lambda: not any(p.excluded for p in viewer._pages), timeout=10_000)
    assert viewer.blank_bar.isVisibleTo(viewer)
    QApplication.processEvents()
