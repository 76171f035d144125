"""The export dialog for a destination, and Print: the untranslated exhibit the window asks
about, the destination's size shown before and after, the paper packet printed through a
real QPrinter (to a PDF file, offscreen) without blocking the window."""

from __future__ import annotations

import time
from pathlib import Path

import pymupdf
import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from desktop_app.core.export.profiles import PROFILES
from desktop_app.gui.dialogs.export_dialog import ExportDialog
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.printing import Printing, sheet_plan
from desktop_app.services.board import UNFILED
from tests.gui.conftest import all_read, digital, drop, titles

SPANISH = ("Houston, Texas, 9 de agosto de 2023. A quien corresponda: la señora Rosa Díaz "
           "asiste a nuestra parroquia desde el año 2015. ")


def _filed_case(qtbot: QtBot, w: MainWindow, tmp_path: Path) -> None:
    letter = digital(tmp_path / "in" / "carta-pastor.pdf", [SPANISH * 3])
    lease = digital(tmp_path / "in" / "lease.pdf", ["Residential lease, 1418 Cedar Avenue. " * 5,
                                                    "Second page of the lease. " * 5])
    drop(w, [letter, lease])
    qtbot.waitUntil(lambda: all_read(w) and len(titles(w, UNFILED)) == 2, timeout=120_000)
    w.cases.form.reject()  # type: ignore[union-attr]
    model = w.board_model
    docs = {d.title: d.id for g in model.groups() for d in g.docs}
    w.edits.move_documents([docs["Lease"]], "residence", -1)
    w.edits.move_documents([docs["Carta pastor"]], "community", -1)
    qtbot.waitUntil(lambda: titles(w, "community") == ["Carta pastor"], timeout=10_000)
    case_id = w.case_id
    assert case_id is not None
    done: list[object] = []
    w.runner.run("db", lambda s, _c: s.assistant.set_language(case_id, docs["Carta pastor"],
                                                             "es"), on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    w.refresh_board()
    qtbot.waitUntil(w.is_settled, timeout=10_000)


def _open_dialog(qtbot: QtBot, w: MainWindow) -> ExportDialog:
    w.actions_.export.trigger()
    dialog = w.export_dialog
    assert isinstance(dialog, ExportDialog)
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=20_000)
    return dialog


def test_the_window_asks_before_exporting_an_untranslated_exhibit(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    w = window
    _filed_case(qtbot, w, tmp_path)
    dialog = _open_dialog(qtbot, w)
    dialog.destination.profile_combo.setCurrentIndex(
        dialog.destination.profile_combo.findData("uscis-online"))
    qtbot.waitUntil(lambda: "Expected size: about" in dialog.destination.expected.text()
                    and "in one file" in dialog.destination.expected.text(), timeout=20_000)
    qtbot.waitUntil(lambda: "B-1 “Carta pastor”" in dialog.problems.text(), timeout=20_000)
    assert "6 MB" in dialog.destination.rules.text()
    out = tmp_path / "out" / "packet.pdf"
    out.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a: (str(out), "PDF files (*.pdf)"))

    # The user says to add the translations first: nothing is written.
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.question is not None and dialog.question.isVisible(),
                    timeout=20_000)
    question = dialog.question
    assert question is not None and "B-1 “Carta pastor” (Spanish)" in question.text()
    stop = next(b for b in question.buttons() if "translations first" in b.text())
    stop.click()
    qtbot.waitUntil(lambda: "Not exported" in dialog.message.text(), timeout=10_000)
    assert not out.exists()

    # Asked again, the user goes on: the packet is written and its real size shown.
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.question is not None and dialog.question.isVisible(),
                    timeout=20_000)
    question = dialog.question
    assert question is not None
    go = next(b for b in question.buttons() if "anyway" in b.text())
    with qtbot.waitSignal(dialog.exported, timeout=60_000) as exported:
        go.click()
    result = exported.args[0]
    assert out.is_file() and result.path == out
    assert f"{out.stat().st_size / 1e6:.1f} MB" in dialog.message.text()
    with pymupdf.open(out) as pdf:
        assert "9 de agosto de 2023" in "".join(p.get_text() for p in pdf)


def test_divider_sheets_for_eoir_paper() -> None:
    # Two-sided, tab sheets: each divider (pages 4 and 7) starts a sheet, its back blank.
    assert sheet_plan(8, [4, 7], duplex=True, tab_sheets=True) == [
        1, 2, 3, None, 4, None, 5, 6, 7, None, 8]
    assert sheet_plan(5, [3], duplex=False, tab_sheets=True) == [1, 2, 3, 4, 5]
    assert sheet_plan(5, [3], duplex=True, tab_sheets=False) == [1, 2, 3, 4, 5]


def _cancel_at(qtbot: QtBot, w: MainWindow, printing: Printing, step: str) -> None:
    """Start printing, wait for ``step`` in the progress dialog, press its Cancel."""
    printed: list[int] = []
    printing.printed.connect(printed.append)
    with qtbot.waitSignal(printing.cancelled, timeout=120_000):
        printing.start(PROFILES["paper-eoir"])
        dialog = printing.progress
        assert dialog is not None and dialog.isVisible()
        qtbot.waitUntil(lambda: step in dialog.labelText() and dialog.maximum() > 0,
                        timeout=60_000)
        button = dialog.findChild(QPushButton)
        assert button is not None and button.text() == "Cancel"
        button.click()  # as the user does
    printing.printed.disconnect(printed.append)
    assert printed == [] and printing.progress is None
    assert "Printing cancelled" in w.statusBar().currentMessage()


def test_print_sends_every_page_to_the_printer_without_blocking(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    w = window
    _filed_case(qtbot, w, tmp_path)
    w.actions_.print_packet.trigger()  # Ctrl+P
    printing = w.findChild(Printing, "printing")
    assert printing is not None and printing.dialog is not None
    qtbot.waitUntil(printing.dialog.isVisible, timeout=10_000)
    printing.dialog.reject()  # the print dialog itself: the system's; we print to a file
    out = tmp_path / "printed.pdf"
    printing.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printing.printer.setOutputFileName(str(out))
    ticks: list[int] = []
    sent: list[int] = []
    problems: list[str] = []
    printing.printed.connect(sent.append)
    printing.failed.connect(problems.append)
    printing.cancelled.connect(lambda: problems.append("cancelled"))
    printing.start(PROFILES["paper-eoir"])
    deadline = time.monotonic() + 120
    # The window keeps answering meanwhile. A print that fails or never ends fails the test
    # with its reason (it used to loop here for ever).
    while not sent and not problems and time.monotonic() < deadline:
        QApplication.processEvents()
        ticks.append(1)
        qtbot.wait(20)
    assert sent and not problems, problems or "nothing was printed in 120 s"
    sides = sent[0]
    # Printing to a file is one-sided (Qt's PDF printer has no duplex): every page of the
    # paper packet once, in order: cover, index, divider A, the lease's two pages,
    # divider B, the letter. (Two-sided sheets: test_divider_sheets_for_eoir_paper.)
    assert sides == 7
    with pymupdf.open(out) as pdf:
        assert pdf.page_count == sides
        assert not any(p.get_text() for p in pdf)  # pictures of the pages, as paper is
        inked = [sum(v < 128 for v in pdf[n].get_pixmap(dpi=30, colorspace=pymupdf.csGRAY)
                     .samples) for n in range(sides)]
    assert all(ink > 10 for ink in inked), inked  # no page came out blank
    assert len(ticks) > 3  # the window answered events while the pages were printed


@pytest.mark.slow  # three paper packets written in worker processes: ~10 s on an idle machine
def test_print_cancel_stops_the_step_in_flight(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    """A progress dialog says what is being done; its Cancel stops the step in flight — the
    paper packet being written, then the pages not yet sent — and nothing is reported
    sent. Printing again afterwards goes to the end."""
    w = window
    _filed_case(qtbot, w, tmp_path)
    w.actions_.print_packet.trigger()  # Ctrl+P
    printing = w.findChild(Printing, "printing")
    assert printing is not None and printing.dialog is not None
    printing.dialog.reject()  # the system's print dialog; we print to a file
    out = tmp_path / "printed.pdf"
    printing.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printing.printer.setOutputFileName(str(out))
    _cancel_at(qtbot, w, printing, "Preparing the pages")
    _cancel_at(qtbot, w, printing, "Printing page")
    with qtbot.waitSignal(printing.printed, timeout=120_000) as printed:
        printing.start(PROFILES["paper-eoir"])
    with pymupdf.open(out) as pdf:
        assert printed.args[0] == pdf.page_count == 7
