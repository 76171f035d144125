"""The record and the deadlines as the window offers them: a reminder when the app opens
near a deadline, the deadlines and the packets-filed dialogs from the Case menu."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.gui.deadlines import DeadlinesDialog
from desktop_app.gui.dialogs.filings import FilingsDialog
from desktop_app.gui.main_window import MainWindow
from desktop_app.services import Services
from desktop_app.services.packets import FilingOptions
from tests.make import text_pdf


def _case_with(data_dir: Path, tmp_path: Path, *, due_in_days: int | None,
               filed: bool = False) -> int:
    svc = Services.open(data_dir)
    try:
        case = svc.create_case(name="Rosa Díaz")
        if due_in_days is not None:
            due = dt.date.today() + dt.timedelta(days=due_in_days)
            svc.record.add_deadline(case.id, due.isoformat(), "Reply to the RFE")
        if filed:
            pdf = text_pdf(tmp_path / "lease.pdf", ["Lease agreement " * 20])
            svc.import_files(case.id, [pdf])
            doc = svc.list_documents(case.id)[0]
            svc.tag(case.id, doc.id, "residence")
            svc.record.export(case.id, tmp_path / "packet.pdf", FilingOptions())
        return case.id
    finally:
        svc.close()


def test_a_near_deadline_is_shown_when_the_app_opens(
        qtbot: QtBot, make_window: Callable[..., MainWindow], data_dir: Path,
        tmp_path: Path) -> None:
    _case_with(data_dir, tmp_path, due_in_days=3)
    window = make_window()
    banner = window.case_tools.banner
    qtbot.waitUntil(banner.isVisible, timeout=10_000)
    assert "Reply to the RFE" in banner.text.text() and "3 days" in banner.text.text()
    banner.show_button.click()
    dialog = window.case_tools.dialog
    assert isinstance(dialog, DeadlinesDialog)
    qtbot.waitUntil(lambda: dialog.table.topLevelItemCount() == 1, timeout=10_000)
    dialog.close()


def test_no_reminder_when_deadlines_are_far(
        qtbot: QtBot, make_window: Callable[..., MainWindow], data_dir: Path,
        tmp_path: Path) -> None:
    _case_with(data_dir, tmp_path, due_in_days=90)
    window = make_window()
    with qtbot.waitSignal(window.case_tools.remindersShown, timeout=10_000):
        window.case_tools.check_deadlines()
    assert not window.case_tools.banner.isVisible()


def test_packets_filed_from_the_case_menu(
        qtbot: QtBot, make_window: Callable[..., MainWindow], data_dir: Path,
        tmp_path: Path) -> None:
    _case_with(data_dir, tmp_path, due_in_days=None, filed=True)
    window = make_window()
    qtbot.waitUntil(lambda: window.case_id is not None
                    and window.case_tools.filings_action.isEnabled(), timeout=10_000)
    case_menu = window.menuBar().actions()[0].menu()
    assert window.case_tools.filings_action in case_menu.actions()
    window.case_tools.filings_action.trigger()
    dialog = window.case_tools.dialog
    assert isinstance(dialog, FilingsDialog)
    qtbot.waitUntil(lambda: dialog.table.topLevelItemCount() == 1, timeout=10_000)
    assert "Initial request" in dialog.table.topLevelItem(0).text(2)
    dialog.close()
    QApplication.processEvents()


CARTA = ("Iglesia San José\nCarta de apoyo\n9 de agosto de 2023\nA quien corresponda: "
         "Conozco a Rosa Díaz desde hace seis años. Es voluntaria en nuestra parroquia "
         "todos los domingos y ayuda en el banco de comida. Es una persona honesta.")


def test_the_review_dock_lists_findings_and_goes_to_the_document(
        qtbot: QtBot, make_window: Callable[..., MainWindow], data_dir: Path,
        tmp_path: Path) -> None:
    svc = Services.open(data_dir)
    try:
        case = svc.create_case(name="Rosa Díaz")
        svc.import_files(case.id, [text_pdf(tmp_path / "carta.pdf", [CARTA])])
        carta = svc.list_documents(case.id)[0]
        svc.tag(case.id, carta.id, "community")
    finally:
        svc.close()
    window = make_window()
    qtbot.waitUntil(lambda: window.case_id == case.id, timeout=10_000)
    tools = window.case_tools
    assert tools.review_action in window.actions_.toolbar.actions()
    with qtbot.waitSignal(tools.review.reviewUpdated, timeout=20_000):
        tools.review_action.trigger()
    codes = [f.code for f in tools.review.visible_findings()]
    assert "needs-translation" in codes and "missing-category" in codes
    row = codes.index("needs-translation")
    view = tools.review.view
    index = tools.review.model.index(row, 0)
    view.setCurrentIndex(index)
    view.activated.emit(index)
    qtbot.waitUntil(lambda: window.board.current_document_id() == carta.id, timeout=10_000)
    qtbot.waitUntil(lambda: window.viewer.document is not None
                    and window.viewer.document.id == carta.id, timeout=10_000)


def test_the_case_form_keeps_the_date_of_arrival(
        qtbot: QtBot, make_window: Callable[..., MainWindow], data_dir: Path,
        tmp_path: Path) -> None:
    case_id = _case_with(data_dir, tmp_path, due_in_days=None)
    window = make_window()
    qtbot.waitUntil(lambda: window.case is not None, timeout=10_000)
    window.cases.edit_case()
    form = window.cases.form
    assert form is not None
    form.in_us_since.setText("2014-06-01")  # type: ignore[attr-defined]
    with qtbot.waitSignal(window.boardShown, timeout=10_000):
        form.accept()
    svc = Services.open(data_dir)
    try:
        assert svc.get_case(case_id).in_us_since == "2014-06-01"
    finally:
        svc.close()


def test_the_case_menu_offers_archive_check_and_delete(
        qtbot: QtBot, make_window: Callable[..., MainWindow], data_dir: Path,
        tmp_path: Path) -> None:
    _case_with(data_dir, tmp_path, due_in_days=None)
    window = make_window()
    qtbot.waitUntil(lambda: window.case_id is not None
                    and window.case_tools.delete_action.isEnabled(), timeout=10_000)
    tools = window.case_tools
    case_menu = window.menuBar().actions()[0].menu()
    for action in (tools.save_archive_action, tools.open_archive_action, tools.check_action,
                   tools.delete_action):
        assert action in case_menu.actions()
    tools.delete_action.trigger()
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible()
                                and "Rosa Díaz" in w.text()
                                for w in QApplication.topLevelWidgets()), timeout=10_000)
    box = next(w for w in QApplication.topLevelWidgets()
               if isinstance(w, QMessageBox) and w.isVisible())
    box.reject()  # asked first; nothing deleted
    svc = Services.open(data_dir)
    try:
        assert [c.name for c in svc.list_cases()] == ["Rosa Díaz"]
    finally:
        svc.close()
