"""The window against a real store in a temp folder, real files and real Tesseract.

Settings go to a temp folder (never the user's); every window is closed, its lanes and
worker processes stopped, before the next test.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.gui.app import create_window
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.tasks import TaskRunner
from desktop_app.services.board import UNFILED
from tests.make import page_image, save_image, scanned_pdf, text_pdf

SMALL = (1275, 1650)  # Letter at 150 dpi: quick to read


@pytest.fixture(autouse=True)
def _settings_in_tmp(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "settings"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture
def make_window(qtbot: QtBot, data_dir: Path) -> Iterator[Callable[..., MainWindow]]:
    windows: list[MainWindow] = []

    def make(folder: Path | None = None, size: tuple[int, int] | None = (1280, 800)
             ) -> MainWindow:
        window = create_window(folder or data_dir)
        if size and not window.settings.value("window/geometry"):
            # A desktop's screen: the offscreen one is 800 x 800, where a window with no
            # saved size would open smaller (``size=None`` keeps that).
            window.resize(*size)
        window.show()
        windows.append(window)
        qtbot.waitUntil(window.is_settled, timeout=20_000)
        return window

    yield make
    for window in windows:
        window.close()
        window.deleteLater()
    for box in QApplication.topLevelWidgets():
        if isinstance(box, QMessageBox):
            box.close()


@pytest.fixture
def window(make_window: Callable[..., MainWindow]) -> MainWindow:
    return make_window()


def scan(path: Path, lines: list[str]) -> Path:
    """A small scanned page (PNG) with ``lines`` of text."""
    return save_image(page_image(lines, size=SMALL, font_px=26), path)


def scanned(path: Path, pages: list[list[str]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    return scanned_pdf(path, [page_image(lines, size=SMALL, font_px=26) for lines in pages])


def digital(path: Path, pages: list[str]) -> Path:
    """A PDF with its own text: nothing to read, ready at once."""
    path.parent.mkdir(parents=True, exist_ok=True)
    return text_pdf(path, pages)


def drop(window: QWidget, paths: list[Path]) -> None:
    """Drop files on ``window`` the way the desktop does: drag enter, then drop."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    centre = window.rect().center()
    enter = QDragEnterEvent(centre, Qt.DropAction.CopyAction, mime,  # QPoint in Qt 6
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted(), "the window refused the drag"
    event = QDropEvent(QPointF(QPoint(centre)), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, event)
    assert event.isAccepted(), "the window refused the drop"


def titles(window: MainWindow, key: str) -> list[str]:
    """What the board shows under tab ``key`` ("" = not yet filed), top to bottom."""
    for group in window.board_model.groups():
        if group.key == key:
            return [d.title for d in group.docs]
    raise AssertionError(f"no tab {key!r} on the board")


def statuses(window: MainWindow) -> dict[str, str]:
    """Each document's status as the board's Status column shows it."""
    model = window.board_model
    shown: dict[str, str] = {}
    for g in range(model.rowCount()):
        parent = model.index(g, 0)
        for r in range(model.rowCount(parent)):
            shown[str(model.index(r, 0, parent).data())] = str(model.index(r, 4, parent).data())
    return shown


def all_read(window: MainWindow) -> bool:
    snapshot = window.board_model.snapshot
    return (snapshot is not None and window.is_settled() and not window.work.reading()
            and all(d.status in ("ready", "failed") for d in snapshot.documents))


def message_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()]


def dispose(runner: TaskRunner, *widgets: QWidget) -> None:
    """End a test's own lanes and widgets now, in order, rather than leave them to the
    garbage collector in the middle of a later test: stop the lanes, close and delete the
    widgets and the runner, deliver the deletions, then collect."""
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    runner.shutdown()
    for widget in widgets:
        widget.close()
        widget.deleteLater()
    runner.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    gc.collect()


def with_a_document(qtbot: QtBot, w: MainWindow, tmp_path: Path) -> int:
    """A case with one born-digital employer letter, settled; returns its id."""
    drop(w, [digital(tmp_path / "in" / "employer-letter.pdf",
                     ["Gulf Coast Builders confirms that Maria has worked here. " * 4])])
    qtbot.waitUntil(lambda: titles(w, UNFILED) == ["Employer letter"], timeout=20_000)
    w.cases.form.reject()  # type: ignore[union-attr]
    qtbot.waitUntil(w.is_settled, timeout=10_000)
    assert w.case_id is not None
    return w.case_id
