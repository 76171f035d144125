"""Filing and ordering on the board: drags, keys, renaming, and undo/redo of all of it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from desktop_app.gui.main_window import MainWindow
from desktop_app.services.board import CORRESPONDENCE, UNFILED
from tests.gui.conftest import digital, drop, titles


@pytest.fixture
def board(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> MainWindow:
    """A case with three documents that need no reading, all not yet filed."""
    names = ["lease-2016", "rent-receipt-2021", "pay-stub-2023"]
    files = [digital(tmp_path / "in" / f"{n}.pdf", [f"{n} " * 30]) for n in names]
    drop(window, files)
    qtbot.waitUntil(lambda: window.board_model.snapshot is not None
                    and len(titles(window, UNFILED)) == 3, timeout=20_000)
    assert window.cases.form is not None
    window.cases.form.reject()
    qtbot.waitUntil(window.is_settled, timeout=10_000)
    return window


def doc_index(window: MainWindow, title: str) -> QModelIndex:
    for group in window.board_model.groups():
        for doc in group.docs:
            if doc.title == title:
                return window.board_model.index_of_document(doc.id)
    raise AssertionError(f"{title!r} is not on the board")


def drag(window: MainWindow, what: list[QModelIndex], onto: QModelIndex, row: int = -1) -> bool:
    """What a view's drag does: ask the model for the dragged rows' data, drop it."""
    model = window.board_model
    mime = model.mimeData(what)
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, row, 0, onto)
    return model.dropMimeData(mime, Qt.DropAction.MoveAction, row, 0, onto)


def focus(qtbot: QtBot, window: MainWindow) -> None:
    """Keys go to the board, as when the user clicks into it."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    window.board.setFocus()
    qtbot.waitUntil(window.board.hasFocus, timeout=5_000)


def settle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(window.is_settled, timeout=10_000)


def test_drag_a_document_onto_a_tab_files_it_and_undo_redo(qtbot: QtBot,
                                                           board: MainWindow) -> None:
    w = board
    residence = w.board_model.index_of_group("residence")
    assert drag(w, [doc_index(w, "Lease 2016")], residence)
    qtbot.waitUntil(lambda: titles(w, "residence") == ["Lease 2016"], timeout=10_000)
    assert titles(w, UNFILED) == ["Rent receipt 2021", "Pay stub 2023"]
    # The board shows the packet's numbering at once.
    qtbot.waitUntil(lambda: doc_index(w, "Lease 2016").siblingAtColumn(1).data() == "A-1",
                    timeout=10_000)
    assert w.board_model.index_of_group("residence").data().startswith("A. Residence (1)")
    assert w.undo_stack.undoText() == "File “Lease 2016” under Residence"

    # Drop a second one *before* the first: a drop position counts.
    drag(w, [doc_index(w, "Rent receipt 2021")], w.board_model.index_of_group("residence"), 0)
    qtbot.waitUntil(lambda: titles(w, "residence") == ["Rent receipt 2021", "Lease 2016"],
                    timeout=10_000)

    w.actions_.undo.trigger()
    qtbot.waitUntil(lambda: titles(w, "residence") == ["Lease 2016"], timeout=10_000)
    assert titles(w, UNFILED) == ["Rent receipt 2021", "Pay stub 2023"]
    w.actions_.undo.trigger()
    qtbot.waitUntil(lambda: titles(w, "residence") == [], timeout=10_000)
    assert titles(w, UNFILED) == ["Lease 2016", "Rent receipt 2021", "Pay stub 2023"]
    w.actions_.redo.trigger()
    w.actions_.redo.trigger()
    qtbot.waitUntil(lambda: titles(w, "residence") == ["Rent receipt 2021", "Lease 2016"],
                    timeout=10_000)


def test_reorder_documents_in_a_tab_by_drag_and_by_keyboard(qtbot: QtBot,
                                                            board: MainWindow) -> None:
    w = board
    unfiled = w.board_model.index_of_group(UNFILED)
    # Drag the last document to the top of its tab.
    drag(w, [doc_index(w, "Pay stub 2023")], unfiled, 0)
    qtbot.waitUntil(lambda: titles(w, UNFILED) == ["Pay stub 2023", "Lease 2016",
                                                   "Rent receipt 2021"], timeout=10_000)
    settle(qtbot, w)
    # Ctrl+Down moves the selected document one place down.
    w.board.setCurrentIndex(doc_index(w, "Pay stub 2023"))
    focus(qtbot, w)
    QTest.keyClick(w.board, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: titles(w, UNFILED) == ["Lease 2016", "Pay stub 2023",
                                                   "Rent receipt 2021"], timeout=10_000)
    w.actions_.undo.trigger()
    qtbot.waitUntil(lambda: titles(w, UNFILED)[0] == "Pay stub 2023", timeout=10_000)


def test_drag_tabs_to_reorder_them_and_undo(qtbot: QtBot, board: MainWindow) -> None:
    w = board

    def tab_order() -> list[str]:
        return [g.key for g in w.board_model.groups() if g.key != CORRESPONDENCE]

    assert tab_order() == [UNFILED, "residence", "employment", "medical", "community"]
    medical = w.board_model.index_of_group("medical")
    # Drop "Medical" between "Not yet filed" and "Residence" (row 1 of the top level).
    assert drag(w, [medical], QModelIndex(), 1)
    qtbot.waitUntil(lambda: tab_order() == [UNFILED, "medical", "residence", "employment",
                                            "community"], timeout=10_000)
    # "Not yet filed" and the correspondence (always last) cannot be dragged.
    assert w.board_model.groups()[-1].key == CORRESPONDENCE
    for key in (UNFILED, CORRESPONDENCE):
        group = w.board_model.index_of_group(key)
        assert not (w.board_model.flags(group) & Qt.ItemFlag.ItemIsDragEnabled)
    w.undo_stack.undo()
    qtbot.waitUntil(lambda: tab_order() == [UNFILED, "residence", "employment", "medical",
                                            "community"], timeout=10_000)


def test_rename_inline_with_f2_and_undo(qtbot: QtBot, board: MainWindow) -> None:
    w = board
    index = doc_index(w, "Lease 2016")
    focus(qtbot, w)
    w.board.setCurrentIndex(index)
    QTest.keyClick(w.board, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    assert editor.text() == "Lease 2016"
    editor.selectAll()
    QTest.keyClicks(editor, "Lease, Harbor View Apartments")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Lease, Harbor View Apartments" in titles(w, UNFILED),
                    timeout=10_000)
    settle(qtbot, w)
    assert w.undo_stack.undoText() == "Rename “Lease 2016”"
    w.undo_stack.undo()
    qtbot.waitUntil(lambda: "Lease 2016" in titles(w, UNFILED), timeout=10_000)
    w.undo_stack.redo()
    qtbot.waitUntil(lambda: "Lease, Harbor View Apartments" in titles(w, UNFILED),
                    timeout=10_000)


def test_dates_set_inline_and_sort_tab_by_date(qtbot: QtBot, board: MainWindow) -> None:
    w = board
    for title in ("Lease 2016", "Rent receipt 2021", "Pay stub 2023"):
        drag(w, [doc_index(w, title)], w.board_model.index_of_group("residence"))
    qtbot.waitUntil(lambda: len(titles(w, "residence")) == 3, timeout=10_000)
    for title, date in (("Lease 2016", "2016-05-01"), ("Rent receipt 2021", "2021-09-03"),
                        ("Pay stub 2023", "2013-01-31")):
        assert w.board_model.setData(doc_index(w, title).siblingAtColumn(2), date)
    qtbot.waitUntil(lambda: doc_index(w, "Pay stub 2023").siblingAtColumn(2).data()
                    == "2013-01-31", timeout=10_000)
    settle(qtbot, w)
    w.board.setCurrentIndex(w.board_model.index_of_group("residence"))
    w.actions_.sort_by_date.trigger()
    qtbot.waitUntil(lambda: titles(w, "residence") == ["Pay stub 2023", "Lease 2016",
                                                       "Rent receipt 2021"], timeout=10_000)
    w.undo_stack.undo()
    qtbot.waitUntil(lambda: titles(w, "residence") == ["Lease 2016", "Rent receipt 2021",
                                                       "Pay stub 2023"], timeout=10_000)
    # A date that cannot be read is explained, not stored.
    w.board_model.setData(doc_index(w, "Lease 2016").siblingAtColumn(2), "the day after")
    qtbot.waitUntil(lambda: "date" in w.statusBar().currentMessage().lower(), timeout=10_000)
    assert doc_index(w, "Lease 2016").siblingAtColumn(2).data() == "2016-05-01"
