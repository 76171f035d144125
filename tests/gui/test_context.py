"""The window context: what the window's parts are handed instead of the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop_app.errors import InvalidInputError
from desktop_app.gui.cases import CasesController
from desktop_app.gui.context import WindowContext
from desktop_app.gui.empty_state import EmptyState
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.printing import Printing
from desktop_app.gui.tasks import TaskRunner
from desktop_app.services import Services
from tests.gui.conftest import digital, dispose, drop, message_boxes


def test_the_context_follows_the_open_case_and_speaks_through_the_window(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    context = window.context
    assert context.case_id is None and context.runner is window.runner
    lease = digital(tmp_path / "in" / "lease.pdf", ["Residential lease agreement"])

    with qtbot.waitSignal(context.caseOpened, timeout=20_000) as opened, \
            qtbot.waitSignal(context.boardChanged, timeout=20_000):
        drop(window, [lease])  # no case yet: one is started for the files
    assert opened.args == [window.case_id] and context.case_id == window.case_id
    assert window.cases.form is not None
    window.cases.form.reject()

    context.show_status("Saved the case.")
    assert window.statusBar().currentMessage() == "Saved the case."
    context.show_error(InvalidInputError("That date is not a date.", "Use MM/DD/YYYY."))
    qtbot.waitUntil(lambda: any("That date is not a date." in box.text()
                                for box in message_boxes()), timeout=5_000)


def test_a_part_works_with_a_context_and_no_window(qtbot: QtBot, data_dir: Path,
                                                   tmp_path: Path) -> None:
    """Printing, handed a context over a plain widget, says what is missing itself."""
    host = QWidget()
    qtbot.addWidget(host)
    runner = TaskRunner(data_dir)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    context = WindowContext(data_dir, settings, runner, host)
    printing = Printing(context)
    try:
        with qtbot.waitSignal(context.statusRequested) as said:
            printing.ask()  # Ctrl+P with no case open
        assert said.args == ["Open or start a case first."]
        assert printing.dialog is None
    finally:
        dispose(runner)


def test_the_window_answers_what_a_part_asks_through_the_context(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    """A part holds only the context: asking it to show a document selects it on the board
    and opens it in the viewer; a case restored elsewhere is listed and opened."""
    context = window.context
    first = digital(tmp_path / "in" / "lease.pdf", ["Residential lease agreement"])
    second = digital(tmp_path / "in" / "letter.pdf", ["Letter of support"])
    with qtbot.waitSignal(context.boardChanged, timeout=20_000):
        drop(window, [first, second])
    assert window.cases.form is not None
    window.cases.form.reject()
    qtbot.waitUntil(lambda: window.board_model.snapshot is not None
                    and len(window.board_model.snapshot.documents) == 2, timeout=20_000)
    snapshot = window.board_model.snapshot
    assert snapshot is not None
    letter = next(d for d in snapshot.documents if d.title == "Letter")

    context.show_document(letter.id)
    assert window.board.current_document_id() == letter.id
    qtbot.waitUntil(lambda: window.viewer.document is not None
                    and window.viewer.document.id == letter.id, timeout=10_000)

    services = Services.open(window.data_dir)
    try:
        other = services.create_case(name="Second applicant")
    finally:
        services.close()
    with qtbot.waitSignal(context.caseOpened, timeout=20_000) as opened:
        context.cases_changed(other.id)
    assert opened.args == [other.id] and context.case_id == other.id
    assert window.cases.combo.count() == 2
    assert window.cases.combo.currentText() == "Second applicant"


def test_the_case_part_lists_opens_and_remembers_cases_without_the_window(
        qtbot: QtBot, data_dir: Path, tmp_path: Path) -> None:
    """CasesController, handed a context over a plain widget: no case → the first screen;
    the last case opened in this data folder opens again; a deleted case gives way."""
    host = QWidget()
    qtbot.addWidget(host)
    runner = TaskRunner(data_dir)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    context = WindowContext(data_dir, settings, runner, host)
    cases = CasesController(context, EmptyState(host))
    try:
        with qtbot.waitSignal(cases.noCase, timeout=10_000):
            cases.load_cases(open_last=True)
        assert cases.combo.itemText(0) == "No case yet"
        assert "No case open" in cases.label.text() and cases.details_button.text() == "New case…"

        services = Services.open(data_dir)
        try:
            ana = services.create_case(name="Ana <Torres>")
            luis = services.create_case(name="Luis Pérez")
        finally:
            services.close()
        with qtbot.waitSignal(cases.caseOpened, timeout=10_000) as opened:
            cases.load_cases(open_last=True)
        assert opened.args[0] in (ana.id, luis.id) and context.case_id == opened.args[0]
        with qtbot.waitSignal(cases.leaving), qtbot.waitSignal(context.refreshRequested):
            cases.open_case(ana.id)
        cases.show_case(ana)
        assert "<b>Ana &lt;Torres&gt;</b>" in cases.label.text()
        assert host.windowTitle() == "Ana <Torres> — Evidence Packet"
        assert cases.details_button.text() == "Case details…"

        again = CasesController(context, EmptyState(host))  # the app opened again
        context.case_id = None
        with qtbot.waitSignal(again.caseOpened, timeout=10_000) as reopened:
            again.load_cases(open_last=True)
        assert reopened.args == [ana.id] and again.combo.currentText() == "Ana <Torres>"

        services = Services.open(data_dir)
        try:
            services.delete_case(ana.id)
        finally:
            services.close()
        with qtbot.waitSignal(again.caseOpened, timeout=10_000) as moved:
            again.case_deleted(ana.id)
        assert moved.args == [luis.id] and again.combo.count() == 1
    finally:
        dispose(runner)
