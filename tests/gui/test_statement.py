"""Case ▸ Statement… with a real data folder: citations are picked with Cite (Ctrl+K),
shown as the exhibits they are now, stored as ``[[doc:ID]]`` / ``[[doc:ID p.N]]``,
follow the exhibits when they are reordered, and behave as one unit in the text."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.core.statement import cite
from desktop_app.gui.citations import CitationEdit
from desktop_app.gui.dialogs.statement import StatementDialog
from desktop_app.gui.main_window import MainWindow
from desktop_app.services import Services
from desktop_app.services.statements import Statement
from tests.gui.conftest import message_boxes
from tests.support.record import Built, build_case

CTRL = Qt.KeyboardModifier.ControlModifier


def _case(data_dir: Path, tmp_path: Path, **statement: object) -> Built:
    """Rosa Díaz: a two-page lease and three receipts under Residence (A-1…A-4), an
    employer letter under Employment (B-1); real PDFs, read at once (digital text)."""
    svc = Services.open(data_dir)
    try:
        built = build_case(svc, tmp_path / "in")
        if statement:
            svc.statements.save(Statement(built.case_id, **statement))  # type: ignore[arg-type]
        return built
    finally:
        svc.close()


def _stored(data_dir: Path, case_id: int) -> Statement:
    svc = Services.open(data_dir)
    try:
        return svc.statements.get(case_id)
    finally:
        svc.close()


def _open(qtbot: QtBot, window: MainWindow, case_id: int) -> StatementDialog:
    qtbot.waitUntil(lambda: window.case_id is not None, timeout=10_000)
    if window.case_id != case_id:
        window.cases.open_case(case_id)
    qtbot.waitUntil(lambda: window.case_id == case_id
                    and window.written.statement_action.isEnabled(), timeout=10_000)
    window.written.statement_action.trigger()
    dialog = window.written.dialog
    assert isinstance(dialog, StatementDialog)
    qtbot.waitUntil(lambda: dialog.statement is not None and dialog.isEnabled(),
                    timeout=10_000)
    return dialog


def _editor(dialog: StatementDialog, key: str, english: bool = False) -> CitationEdit:
    row = list(dialog.section_pages).index(key)
    dialog.sections.setCurrentRow(row)
    page = dialog.section_pages[key]
    editor = page.english if english else page.text
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    return editor


def _cite(qtbot: QtBot, dialog: StatementDialog, editor: CitationEdit, find: str,
          page: int | None = None, reads: str = "") -> None:
    """Ctrl+K in the editor, type in the picker's filter, choose the page, press Cite."""
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5_000)
    editor.setFocus()
    QTest.keyClick(editor, Qt.Key.Key_K, CTRL)
    qtbot.waitUntil(lambda: dialog.picker is not None and dialog.picker.isVisible(),
                    timeout=5_000)
    picker = dialog.picker
    assert picker is not None
    QTest.keyClicks(picker.filter, find)
    if page is not None:
        picker.page.lineEdit().selectAll()
        QTest.keyClicks(picker.page, str(page))
        assert picker.one_page.isChecked()
    if reads:
        assert picker.preview.text() == f"It will read: {reads}"
    picker.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.picker is None, timeout=5_000)


def _save(qtbot: QtBot, dialog: StatementDialog) -> None:
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5_000)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_S, CTRL)


def _close(qtbot: QtBot, dialog: StatementDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Close).click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)


def test_a_statement_with_two_citations_is_written_saved_and_follows_the_exhibits(
        qtbot: QtBot, make_window: Callable[..., MainWindow], data_dir: Path,
        tmp_path: Path) -> None:
    built = _case(data_dir, tmp_path)
    ids = built.ids
    window = make_window()
    dialog = _open(qtbot, window, built.case_id)
    editor = _editor(dialog, "residence")
    QTest.keyClicks(editor, "I have rented the same apartment since 2019 ")
    _cite(qtbot, dialog, editor, "lease", page=2, reads="Exhibit A-1, p. 2")
    QTest.keyClicks(editor, " and paid the rent ")
    _cite(qtbot, dialog, editor, "2017")
    QTest.keyClicks(editor, ".")
    assert editor.shown_text() == ("I have rented the same apartment since 2019 "
                                   "Exhibit A-1, p. 2 and paid the rent Exhibit A-2.")
    assert "[[doc:" not in editor.toPlainText()
    assert dialog.windowTitle().endswith("*")
    _save(qtbot, dialog)
    assert not dialog.windowTitle().endswith("*")
    stored = _stored(data_dir, built.case_id).sections["residence"]
    assert stored == (f"I have rented the same apartment since 2019 {cite(ids['lease'], 2)} "
                      f"and paid the rent {cite(ids['receipt-2017'])}.")
    _close(qtbot, dialog)

    again = _open(qtbot, window, built.case_id)
    shown = again.section_pages["residence"].text.shown_text()
    assert shown.endswith("Exhibit A-1, p. 2 and paid the rent Exhibit A-2.")
    assert again.sections.item(0).text().startswith("✓")
    _close(qtbot, again)

    # The exhibits move: the lease goes last in Residence, the 2017 receipt to Employment.
    svc = Services.open(data_dir)
    try:
        svc.order_documents(built.case_id, "residence",
                            [ids["receipt-2019"], ids["bill-2021"], ids["receipt-2017"],
                             ids["lease"]])
        svc.tag(built.case_id, ids["receipt-2017"], "employment")
    finally:
        svc.close()
    moved = _open(qtbot, window, built.case_id)
    assert moved.section_pages["residence"].text.shown_text().endswith(
        "Exhibit A-3, p. 2 and paid the rent Exhibit B-2.")
    assert not moved.dirty()  # new labels are not a change to save
    _close(qtbot, moved)
    assert _stored(data_dir, built.case_id).sections["residence"] == stored


def test_a_citation_is_one_unit_typing_beside_it_keeps_it_and_backspace_removes_it(
        qtbot: QtBot, make_window: Callable[..., MainWindow], data_dir: Path,
        tmp_path: Path) -> None:
    built = _case(data_dir, tmp_path)
    lease = built.ids["lease"]
    built_text = f"See {cite(lease)} here."
    svc = Services.open(data_dir)
    try:
        svc.statements.save(Statement(built.case_id, sections={"residence": built_text}))
    finally:
        svc.close()
    window = make_window()
    dialog = _open(qtbot, window, built.case_id)
    editor = _editor(dialog, "residence")
    assert editor.shown_text() == "See Exhibit A-1 here."
    cursor = editor.textCursor()
    cursor.setPosition(len("See "))  # just before the citation: a screen reader hears it
    with qtbot.waitSignal(editor.announced, timeout=2_000) as said:
        editor.setTextCursor(cursor)
    assert said.args == ["Citation: Exhibit A-1"]
    QTest.keyClicks(editor, "the lease ")
    QTest.keyClick(editor, Qt.Key.Key_Right)  # steps over the whole citation
    QTest.keyClicks(editor, ",")
    assert editor.stored_text() == f"See the lease {cite(lease)}, here."
    assert editor.shown_text() == "See the lease Exhibit A-1, here."

    QTest.keyClick(editor, Qt.Key.Key_Backspace)  # the comma
    QTest.keyClick(editor, Qt.Key.Key_Backspace)  # the citation, whole
    assert editor.stored_text() == "See the lease  here."
    assert "Exhibit" not in editor.shown_text()
    QTest.keyClick(editor, Qt.Key.Key_Z, CTRL)  # undo brings it back, whole
    assert editor.stored_text() == f"See the lease {cite(lease)} here."

    # Copy and paste inside the statement keeps the citation; other programs get the label.
    editor.selectAll()
    editor.copy()
    assert QApplication.clipboard().text() == "See the lease Exhibit A-1 here."
    other = _editor(dialog, "work")
    other.paste()
    assert other.stored_text() == f"See the lease {cite(lease)} here."


def test_closing_with_unsaved_changes_asks_first(
        qtbot: QtBot, make_window: Callable[..., MainWindow], data_dir: Path,
        tmp_path: Path) -> None:
    built = _case(data_dir, tmp_path)
    window = make_window()
    dialog = _open(qtbot, window, built.case_id)
    editor = _editor(dialog, "family")
    QTest.keyClicks(editor, "My two daughters were born in Chicago.")
    QTest.keyClick(dialog, Qt.Key.Key_Escape)

    def question() -> QMessageBox:
        found = [b for b in message_boxes() if b.objectName() == "unsavedQuestion"]
        assert len(found) == 1
        return found[0]

    qtbot.waitUntil(lambda: bool(question()), timeout=5_000)
    question().button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: not message_boxes(), timeout=5_000)
    assert dialog.isVisible() and editor.toPlainText().endswith("born in Chicago.")

    dialog.buttons.button(QDialogButtonBox.StandardButton.Close).click()
    qtbot.waitUntil(lambda: bool(question()), timeout=5_000)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        question().button(QMessageBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    assert _stored(data_dir, built.case_id).sections["family"] == (
        "My two daughters were born in Chicago.")

    again = _open(qtbot, window, built.case_id)
    QTest.keyClicks(_editor(again, "family"), " Not this.")
    QTest.keyClick(again, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bool(question()), timeout=5_000)
    question().button(QMessageBox.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: not again.isVisible(), timeout=5_000)
    assert _stored(data_dir, built.case_id).sections["family"] == (
        "My two daughters were born in Chicago.")


def test_a_spanish_statement_has_its_english_translation_and_the_translator(
        qtbot: QtBot, make_window: Callable[..., MainWindow], data_dir: Path,
        tmp_path: Path) -> None:
    built = _case(data_dir, tmp_path)
    letter = built.ids["employer-letter"]
    window = make_window()
    dialog = _open(qtbot, window, built.case_id)
    page = dialog.section_pages["work"]
    assert not page.english.isVisibleTo(page)
    translation_item = dialog.sections.item(dialog.sections.count() - 1)
    assert translation_item.isHidden()
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    assert page.english.isVisibleTo(page) and not translation_item.isHidden()
    spanish = _editor(dialog, "work")
    QTest.keyClicks(spanish, "Trabajo en la ")
    spanish.insertPlainText("panadería")  # as a keyboard's dead key or an IME types it
    QTest.keyClicks(spanish, " desde 2016 ")
    _cite(qtbot, dialog, spanish, "employer")
    english = _editor(dialog, "work", english=True)
    QTest.keyClicks(english, "I have worked at the bakery since 2016 ")
    _cite(qtbot, dialog, english, "employer")
    assert dialog.sections.item(2).text().startswith("✓")
    dialog.sections.setCurrentItem(translation_item)
    assert dialog.reads_english.isVisibleTo(dialog)
    dialog.reads_english.setChecked(False)
    QTest.keyClicks(dialog.translator, "Ana Lopez")
    _save(qtbot, dialog)
    stored = _stored(data_dir, built.case_id)
    assert stored.language == "es" and not stored.reads_english
    assert stored.translator == "Ana Lopez"
    assert stored.sections["work"] == f"Trabajo en la panadería desde 2016 {cite(letter)}"
    assert stored.english["work"] == f"I have worked at the bakery since 2016 {cite(letter)}"


def test_a_document_left_out_of_the_packet_is_listed_and_marked_in_the_picker(
        qtbot: QtBot, make_window: Callable[..., MainWindow], data_dir: Path,
        tmp_path: Path) -> None:
    built = _case(data_dir, tmp_path)
    svc = Services.open(data_dir)
    try:
        svc.tag(built.case_id, built.ids["bill-2021"], None)  # out of every tab
    finally:
        svc.close()
    window = make_window()
    dialog = _open(qtbot, window, built.case_id)
    editor = _editor(dialog, "residence")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5_000)
    dialog.cite_action.trigger()
    qtbot.waitUntil(lambda: dialog.picker is not None and dialog.picker.isVisible(),
                    timeout=5_000)
    picker = dialog.picker
    assert picker is not None
    rows = [(picker.list.topLevelItem(r).text(0), picker.list.topLevelItem(r).text(1))
            for r in range(picker.list.topLevelItemCount())]
    assert rows[-1] == ("not in the packet", "Bill 2021")
    assert rows[0] == ("A-1", "Lease")
    QTest.keyClicks(picker.filter, "bill")
    assert picker.list.currentItem().text(1) == "Bill 2021"
    QTest.keyClick(picker.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.picker is None, timeout=5_000)
    assert editor.shown_text() == "“Bill 2021” (not in the packet)"


def test_the_keyboard_goes_from_a_section_to_its_text(
        qtbot: QtBot, make_window: Callable[..., MainWindow], data_dir: Path,
        tmp_path: Path) -> None:
    built = _case(data_dir, tmp_path)
    window = make_window()
    dialog = _open(qtbot, window, built.case_id)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5_000)
    dialog.sections.setFocus()
    dialog.sections.setCurrentRow(0)
    QTest.keyClick(dialog.sections, Qt.Key.Key_Down)  # Family ties
    assert dialog.pages.currentWidget() is dialog.section_pages["family"]
    QTest.keyClick(dialog.sections, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.section_pages["family"].text,
                    timeout=5_000)
    # Every accelerator of the dialog is its own (Alt+letter reaches one thing).
    keys = accelerators(dialog)
    assert len(keys) == len(set(keys)), keys


def accelerators(dialog: QWidget) -> list[str]:
    """The Alt+letter keys of a dialog's actions, buttons and labelled fields."""
    keys = [_accelerator(text) for text in _labelled(dialog)]
    return [k for k in keys if k]


def _labelled(dialog: QWidget) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    texts = [a.text() for a in dialog.findChildren(QAction) if a.text()]
    texts += [b.text() for b in dialog.findChildren(QAbstractButton) if b.text()]
    texts += [lb.text() for lb in dialog.findChildren(QLabel) if lb.buddy() is not None]
    return sorted(set(texts))


def _accelerator(text: str) -> str | None:
    import re

    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def test_a_citation_the_service_refuses_is_explained_and_nothing_typed_is_lost(
        qtbot: QtBot, make_window: Callable[..., MainWindow], data_dir: Path,
        tmp_path: Path) -> None:
    built = _case(data_dir, tmp_path)
    svc = Services.open(data_dir)
    try:  # a document of another applicant's case, cited by pasting its stored form
        other = svc.create_case(name="Luis Ramos")
        outcome = svc.import_files(other.id, [tmp_path / "in" / "lease.pdf"])[0]
        theirs = outcome.document_id
        assert theirs is not None
    finally:
        svc.close()
    window = make_window()
    dialog = _open(qtbot, window, built.case_id)
    editor = _editor(dialog, "work")
    QTest.keyClicks(editor, "My lease ")
    QApplication.clipboard().setText(cite(theirs))
    editor.paste()
    assert editor.stored_text() == f"My lease {cite(theirs)}"
    dialog.save()
    qtbot.waitUntil(lambda: any(b.objectName() == "friendlyMessage"
                                for b in message_boxes()), timeout=10_000)
    box = next(b for b in message_boxes() if b.objectName() == "friendlyMessage")
    assert "another case" in box.text()
    assert box.informativeText() == "Cite only this case's documents."
    box.button(QMessageBox.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.dirty()
    assert editor.stored_text() == f"My lease {cite(theirs)}"
    assert "another case" in dialog.message.text()
    assert _stored(data_dir, built.case_id).sections["work"] == ""
