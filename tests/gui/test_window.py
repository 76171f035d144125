"""The window as a user meets it: drop files, watch them being read, search, fix mistakes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QMessageBox,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from desktop_app.gui.dialogs.case_form import CaseForm
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.models import DOC_ID_ROLE
from desktop_app.services import Services
from tests.gui.conftest import (
    all_read,
    digital,
    drop,
    message_boxes,
    scan,
    scanned,
    statuses,
    titles,
)


def test_dropped_files_appear_at_once_and_are_read(qtbot: QtBot, window: MainWindow,
                                                   tmp_path: Path) -> None:
    lease = scan(tmp_path / "in" / "lease-2019.png",
                 ["Harbor View Apartments", "Residential Lease Agreement",
                  "Tenant Maria Hernandez, 1418 Cedar Avenue"])
    bank = scanned(tmp_path / "in" / "bank-statements.pdf",
                   [["First Community Bank", "Statement for January 2022"],
                    ["First Community Bank", "Statement for February 2022"]])
    assert window.stack.currentWidget() is window.empty  # first run: nothing yet

    drop(window, [lease, bank])

    # No case was open: one is started, and the files land in "Not yet filed" at once.
    qtbot.waitUntil(lambda: sorted(titles(window, "")) == ["Bank statements", "Lease 2019"],
                    timeout=20_000)
    assert window.stack.currentWidget() is window.board
    assert window.case_id is not None
    form = window.cases.form
    assert form is not None and form.isVisible()  # asks for the applicant's name
    form.reject()
    # Reading happens in the background and shows in the Status column.
    qtbot.waitUntil(lambda: all_read(window), timeout=120_000)
    assert statuses(window) == {"Bank statements": "Ready", "Lease 2019": "Ready"}
    assert window.work_panel.problem_texts() == []
    assert not window.work_panel.isVisible()
    assert window.status_label.text() == "All pages are read."
    # Thumbnails come from the worker processes.
    docs = window.board_model.snapshot.documents  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: all(window.board_model.has_thumbnail(d.id) for d in docs),
                    timeout=20_000)

    # Search (Ctrl+F) finds the words read from the pages; a result opens its page.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    QTest.keySequence(window, QKeySequence.StandardKey.Find)
    box = window.actions_.search_box
    assert box.hasFocus()
    QTest.keyClicks(box, "February")
    results = window.search_panel.results
    qtbot.waitUntil(lambda: window.search_panel.isVisible() and results.model().rowCount() == 1,
                    timeout=5_000)
    assert "Bank statements, page 2" in results.model().index(0, 0).data()
    results.activated.emit(results.model().index(0, 0))
    qtbot.waitUntil(lambda: getattr(window.viewer.current_page(), "source_index", -1) == 1,
                    timeout=5_000)
    assert window.board.current_document_id() == next(
        d.id for d in docs if d.title == "Bank statements")
    assert "February" in window.viewer.text.toPlainText()


def test_bad_files_get_a_friendly_reason_and_nothing_breaks(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    good = digital(folder / "employer-letter.pdf", ["To whom it may concern: " * 5])
    empty = folder / "empty.pdf"
    empty.write_bytes(b"")
    notes = folder / "notes.docx"
    notes.write_bytes(b"PK\x03\x04 not really a document")
    cut = folder / "cut-short.pdf"
    whole = digital(folder / "whole.pdf", ["page one " * 20, "page two " * 20])
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    whole.unlink()

    drop(window, [good, empty, notes, cut])

    qtbot.waitUntil(lambda: len(window.work_panel.problem_texts()) == 3, timeout=20_000)
    problems = "\n".join(window.work_panel.problem_texts())
    assert "empty.pdf: the file is empty" in problems
    assert "notes.docx: this kind of file cannot be added" in problems
    assert "cut-short.pdf" in problems
    assert "Traceback" not in problems
    assert window.work_panel.isVisible()
    qtbot.waitUntil(lambda: titles(window, "") == ["Employer letter"], timeout=10_000)
    # A problem can be dismissed.
    window.work_panel.problems.setCurrentRow(0)
    assert window.work_panel.dismiss.isVisible()
    window.work_panel.dismiss.click()
    assert len(window.work_panel.problem_texts()) == 2
    assert message_boxes() == []  # a status line and the list, not a pile of dialogs


def test_an_unexpected_failure_in_a_worker_is_a_friendly_dialog(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("disk controller on fire")

    monkeypatch.setattr(Services, "import_files", broken)
    drop(window, [digital(tmp_path / "letter.pdf", ["hello " * 20])])

    qtbot.waitUntil(lambda: any("Something went wrong" in b.text() for b in message_boxes()),
                    timeout=20_000)
    box = next(b for b in message_boxes() if "Something went wrong" in b.text())
    assert "Adding files" in box.text()
    assert "safe" in box.informativeText()
    assert "Traceback" not in box.text() + box.informativeText() + box.detailedText()
    assert "disk controller on fire" in caplog.text  # the details go to the log
    box.close()
    # The window goes on working.
    monkeypatch.undo()
    drop(window, [digital(tmp_path / "other.pdf", ["hello again " * 20])])
    qtbot.waitUntil(lambda: window.board_model.snapshot is not None
                    and titles(window, "") == ["Other"], timeout=20_000)


def test_delete_removes_a_document_after_confirmation(qtbot: QtBot, window: MainWindow,
                                                      tmp_path: Path) -> None:
    drop(window, [digital(tmp_path / "a.pdf", ["first " * 20]),
                  digital(tmp_path / "b.pdf", ["second " * 20])])
    qtbot.waitUntil(lambda: window.board_model.snapshot is not None
                    and len(titles(window, "")) == 2, timeout=20_000)
    window.cases.form.reject()  # type: ignore[union-attr]
    first = window.board_model.index_of_document(
        window.board_model.groups()[0].docs[0].id)
    window.board.setCurrentIndex(first)
    window.board.setFocus()
    QTest.keyClick(window.board, Qt.Key.Key_Delete)
    box = next(b for b in message_boxes() if b.objectName() == "confirmRemove")
    assert "cannot be undone" in box.informativeText()
    cancel = box.button(QMessageBox.StandardButton.Cancel)
    cancel.click()
    assert len(titles(window, "")) == 2
    QTest.keyClick(window.board, Qt.Key.Key_Delete)
    box = next(b for b in message_boxes() if b.objectName() == "confirmRemove")
    remove = next(b for b in box.buttons() if b.text() == "Remove")
    remove.click()
    qtbot.waitUntil(lambda: titles(window, "") == ["B"], timeout=10_000)


def test_case_form_creates_and_edits_the_cover_sheet_fields(qtbot: QtBot, window: MainWindow
                                                             ) -> None:
    window.actions_.new_case.trigger()
    form = window.cases.form
    assert isinstance(form, CaseForm) and form.isVisible()
    save = next(b for b in form.findChildren(QPushButton) if b.text() == "Save")
    assert not save.isEnabled()  # a case needs the applicant's name
    QTest.keyClicks(form.name, "Ana Torres")
    form.a_number.setText("A-111-222-333")
    form.relief.setCurrentIndex(1)
    form.key_factors.setPlainText("Ten years in Dallas.")
    save.click()
    qtbot.waitUntil(lambda: window.case is not None and window.case.name == "Ana Torres",
                    timeout=10_000)
    assert window.case is not None and window.case.relief == "deferred action"
    assert "Ana Torres" in window.cases.label.text()
    assert "Deferred action" in window.cases.label.text()
    qtbot.waitUntil(lambda: window.cases.combo.currentText() == "Ana Torres", timeout=10_000)

    window.cases.details_button.click()
    form = window.cases.form
    assert isinstance(form, CaseForm) and form.name.text() == "Ana Torres"
    form.relief.setEditText("cancellation of removal")
    form.accept()
    qtbot.waitUntil(lambda: getattr(window.case, "relief", "") == "cancellation of removal",
                    timeout=10_000)
    assert window.case is not None and window.case.key_factors == "Ten years in Dallas."


def test_last_case_geometry_and_splitters_are_remembered(
        qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path,
        _settings_in_tmp: Path) -> None:
    first = make_window()
    drop(first, [digital(tmp_path / "letter.pdf", ["hello " * 20])])
    qtbot.waitUntil(lambda: first.board_model.snapshot is not None
                    and titles(first, "") == ["Letter"], timeout=20_000)
    first.cases.form.reject()  # type: ignore[union-attr]
    case_id = first.case_id
    assert first.viewer.isVisible()
    first.resize(740, 560)  # inside the offscreen screen (800 x 600)
    first.main_split.setSizes([250, 490])
    sizes = first.main_split.sizes()
    first.close()
    assert list(_settings_in_tmp.rglob("*.ini")), "settings were not written in the temp dir"

    second = make_window()
    qtbot.waitUntil(lambda: second.case_id == case_id, timeout=10_000)
    assert abs(second.width() - 740) <= 10 and abs(second.height() - 560) <= 10
    qtbot.waitUntil(lambda: second.board_model.snapshot is not None
                    and titles(second, "") == ["Letter"], timeout=10_000)
    qtbot.waitUntil(lambda: all(abs(a - b) <= 8 for a, b in zip(
        second.main_split.sizes(), sizes, strict=True)), timeout=10_000)


def test_every_action_has_a_keyboard_path_and_controls_have_names(window: MainWindow) -> None:
    a = window.actions_
    expected = {
        a.add_files: QKeySequence(QKeySequence.StandardKey.Open),
        a.export: QKeySequence("Ctrl+E"),
        a.find: QKeySequence(QKeySequence.StandardKey.Find),
        a.undo: QKeySequence(QKeySequence.StandardKey.Undo),
        a.rename: QKeySequence("F2"),
        a.new_case: QKeySequence(QKeySequence.StandardKey.New),
    }
    for action, sequence in expected.items():
        assert action.shortcut() == sequence, action.text()
    assert QKeySequence("Ctrl+Shift+Z") in a.redo.shortcuts()
    assert window.viewer.exclude_action.shortcut() == QKeySequence(
        QKeySequence.StandardKey.Delete)
    # Every menu entry is reachable: each top-level menu has an accelerator.
    for menu_action in window.menuBar().actions():
        assert "&" in menu_action.text(), menu_action.text()
    # Screen readers get a name for every control that has no text of its own.
    window.viewer.show()
    unnamed = [
        w.objectName() or type(w).__name__
        for w in window.findChildren(QAbstractItemView) + window.findChildren(QLineEdit)
        if not w.accessibleName() and w.isVisibleTo(window)
        and not isinstance(w.parent(), QAbstractItemView)
    ]
    assert unnamed == []
    nameless_buttons = [b for b in window.findChildren(QAbstractButton)
                        if b.isVisibleTo(window) and not (b.text() or b.accessibleName()
                                                          or b.toolTip())]
    assert nameless_buttons == []


def test_window_strings_go_through_translation(window: MainWindow) -> None:
    """A translator installed at run time changes what the window says."""
    from PySide6.QtCore import QTranslator

    class Spanish(QTranslator):
        def translate(self, context: str, source: str, disambiguation: str | None = None,
                      n: int = -1) -> str:
            return {"Drag your scans here": "Arrastre aquí sus documentos"}.get(source, "")

    translator = Spanish()
    QApplication.installTranslator(translator)
    try:
        from desktop_app.gui.empty_state import EmptyState

        assert EmptyState().heading.text() == "Arrastre aquí sus documentos"
    finally:
        QApplication.removeTranslator(translator)


def test_context_menu_offers_filing(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    drop(window, [digital(tmp_path / "lease.pdf", ["lease " * 20])])
    qtbot.waitUntil(lambda: window.board_model.snapshot is not None
                    and titles(window, "") == ["Lease"], timeout=20_000)
    window.cases.form.reject()  # type: ignore[union-attr]
    index = window.board_model.index_of_document(window.board_model.groups()[0].docs[0].id)
    window.board.setCurrentIndex(index)
    assert index.data(DOC_ID_ROLE)
    assert window.menus is not None
    menu = window.menus.board_menu()
    assert menu.actions()[0].menu() is window.actions_.file_under
    residence = next(a for a in window.actions_.file_under.actions() if a.text() == "Residence")
    assert residence.shortcut() == QKeySequence("Ctrl+1")
    residence.trigger()
    qtbot.waitUntil(lambda: titles(window, "residence") == ["Lease"], timeout=10_000)


def test_files_dropped_on_the_board_itself_are_added(qtbot: QtBot, window: MainWindow,
                                                     tmp_path: Path) -> None:
    """Child views take file drops too: the board (which has drag and drop of its own)."""
    drop(window, [digital(tmp_path / "first.pdf", ["first " * 20])])
    qtbot.waitUntil(lambda: titles(window, "") == ["First"], timeout=20_000)
    window.cases.form.reject()  # type: ignore[union-attr]
    qtbot.waitUntil(window.is_settled, timeout=10_000)
    drop(window.board.viewport(), [digital(tmp_path / "second.pdf", ["second " * 20])])
    qtbot.waitUntil(lambda: titles(window, "") == ["First", "Second"], timeout=20_000)
    strip = window.viewer.strip
    assert not strip.acceptDrops() and not strip.viewport().acceptDrops()
