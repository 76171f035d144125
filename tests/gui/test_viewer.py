"""The page viewer: a sharp picture of each page, turning and leaving out pages, zoom."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.page_canvas import FIT_PAGE, FIT_WIDTH
from tests.gui.conftest import all_read, drop, scanned


def test_rotate_exclude_zoom_and_undo(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    pdf = scanned(tmp_path / "in" / "w2-forms.pdf",
                  [["Form W-2 Wage and Tax Statement 2022", "Employer Gulf Coast Builders"],
                   ["Form W-2 Wage and Tax Statement 2023", "Employer Gulf Coast Builders"]])
    drop(window, [pdf])
    qtbot.waitUntil(lambda: all_read(window) and window.board_model.snapshot is not None
                    and len(window.board_model.snapshot.documents) == 1, timeout=120_000)
    window.cases.form.reject()  # type: ignore[union-attr]
    doc = window.board_model.snapshot.documents[0]  # type: ignore[union-attr]
    assert window.board.select_document(doc.id)
    viewer = window.viewer
    qtbot.waitUntil(lambda: viewer.current_page() is not None and viewer.canvas.has_image(),
                    timeout=20_000)
    assert viewer.page_label.text() == "Page 1 of 2"
    assert viewer.strip_model.rowCount() == 2
    assert "Wage and Tax Statement 2022" in viewer.text.toPlainText()
    # Sharp: the picture has at least as many pixels as the page takes on screen.
    qtbot.waitUntil(lambda: viewer.canvas._image.width() >= int(
        viewer.canvas.page_width() * viewer.devicePixelRatioF()) - 2, timeout=20_000)
    image = viewer.canvas._image
    assert image.height() > image.width()  # upright Letter

    viewer.next_action.trigger()
    assert viewer.page_label.text() == "Page 2 of 2"
    assert "2023" in viewer.text.toPlainText()

    # Rotate right: the page turns, the picture turns with it; undo turns it back.
    viewer.rotate_right_action.trigger()
    qtbot.waitUntil(lambda: viewer.current_page().rotation == 90  # type: ignore[union-attr]
                    and viewer.canvas.has_image()
                    and viewer.canvas._image.width() > viewer.canvas._image.height(),
                    timeout=20_000)
    assert viewer.page_label.text() == "Page 2 of 2"  # stays on the page it turned
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: viewer.current_page().rotation == 0  # type: ignore[union-attr]
                    and viewer.canvas._image.height() > viewer.canvas._image.width(),
                    timeout=20_000)

    # Leave the page out: it is greyed and crossed, in the strip too; undo puts it back.
    viewer.exclude_action.trigger()
    qtbot.waitUntil(lambda: viewer.current_page().excluded, timeout=10_000)  # type: ignore
    assert viewer.canvas.excluded
    assert viewer.exclude_action.isChecked()
    assert viewer.strip_model.index(1).data() == "2 (left out)"
    assert "left out" in viewer.strip_model.index(1).data(Qt.ItemDataRole.AccessibleTextRole)
    grab = viewer.canvas.grab().toImage()
    centre = grab.pixelColor(grab.width() // 2, grab.height() // 3)
    assert centre.lightness() < 250  # no longer a plain white page
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: not viewer.current_page().excluded, timeout=10_000)  # type: ignore
    assert not viewer.canvas.excluded

    # Zoom: fit width, fit page, steps, Ctrl+wheel; a sharper picture is asked for.
    viewer.canvas.set_mode(FIT_WIDTH)
    wide = viewer.canvas.page_width()
    viewer.canvas.set_mode(FIT_PAGE)
    room = viewer.scroll_area.viewport().height()
    assert viewer.canvas.page_width() <= wide
    assert viewer.canvas.page_width() * 11 / 8.5 <= room  # the whole page is in view
    before = viewer.canvas.percent()
    viewer.zoom_in_action.trigger()
    assert viewer.canvas.percent() > before
    assert viewer.zoom_label.text() == f"{viewer.canvas.percent()} %"
    zoomed = viewer.canvas.percent()
    wheel = QWheelEvent(QPointF(10, 10), QPointF(10, 10), QPoint(0, 0), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(viewer.canvas, wheel)
    assert viewer.canvas.percent() > zoomed
    target = viewer.canvas.page_width() * viewer.devicePixelRatioF()
    qtbot.waitUntil(lambda: viewer.canvas._image.width() >= min(int(target) - 2, 2550),
                    timeout=20_000)


def test_page_pictures_are_drawn_off_the_gui_thread(qtbot: QtBot, window: MainWindow,
                                                    tmp_path: Path) -> None:
    """The viewer's pictures come from the renderer's worker processes, which start when
    the first picture is asked for and are gone once the window has closed."""
    assert not window.renderer.has_workers()  # nothing to show yet: none started
    photo = tmp_path / "in" / "photo.jpg"
    photo.parent.mkdir(parents=True)
    Image.new("RGB", (900, 1200), "white").save(photo)
    drop(window, [photo])
    qtbot.waitUntil(lambda: all_read(window), timeout=120_000)
    window.cases.form.reject()  # type: ignore[union-attr]
    doc = window.board_model.snapshot.documents[0]  # type: ignore[union-attr]
    window.board.select_document(doc.id)
    qtbot.waitUntil(window.viewer.canvas.has_image, timeout=20_000)
    workers = window.renderer.workers()
    assert workers
    window.close()
    qtbot.waitUntil(lambda: not any(w.is_alive() for w in workers), timeout=20_000)
