"""Export through the dialog: options, the index preview, the save dialog, progress, open."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop_app.gui.dialogs.export_dialog import ExportDialog
from desktop_app.gui.main_window import MainWindow
from desktop_app.services.board import UNFILED
from tests.gui.conftest import all_read, digital, drop, scanned, titles


def _file(qtbot: QtBot, w: MainWindow, title: str, key: str) -> None:
    model = w.board_model
    doc = next(d for g in model.groups() for d in g.docs if d.title == title)
    w.edits.move_documents([doc.id], key, -1)
    qtbot.waitUntil(lambda: title in titles(w, key), timeout=10_000)


def test_export_dialog_writes_the_packet(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    w = window
    lease = scanned(tmp_path / "in" / "lease.pdf",
                    [["Residential Lease Agreement", "1418 Cedar Avenue Houston"]])
    letter = digital(tmp_path / "in" / "employer-letter.pdf",
                     ["Gulf Coast Builders confirms that Maria has worked here since 2018. " * 3])
    stray = digital(tmp_path / "in" / "stray.pdf", ["not for the packet " * 10])
    drop(w, [lease, letter, stray])
    qtbot.waitUntil(lambda: all_read(w) and len(titles(w, UNFILED)) == 3, timeout=120_000)
    w.cases.form.reject()  # type: ignore[union-attr]
    _file(qtbot, w, "Lease", "residence")
    _file(qtbot, w, "Employer letter", "employment")
    qtbot.waitUntil(w.is_settled, timeout=10_000)

    w.actions_.export.trigger()  # Ctrl+E
    dialog = w.export_dialog
    assert isinstance(dialog, ExportDialog) and dialog.isVisible()
    # Tabs with documents are offered and ticked; empty ones are greyed out.
    assert dialog.tab_boxes["residence"].isChecked()
    assert not dialog.tab_boxes["medical"].isEnabled()
    assert dialog.chronology.isEnabled()
    # The index of exhibits, as it will be printed.
    qtbot.waitUntil(lambda: dialog.preview.topLevelItemCount() == 2, timeout=10_000)
    items = [dialog.preview.topLevelItem(r) for r in range(2)]
    rows = [[item.text(c) for c in range(5)] for item in items if item is not None]
    assert rows == [["A. Residence", "A-1", "Lease", "—", "1"],
                    ["B. Employment", "B-1", "Employer letter", "—", "1"]]
    assert "1 document(s) not yet filed" in "".join(
        lbl.text() for lbl in dialog.findChildren(type(dialog.message)))
    dialog.bates.setChecked(True)
    dialog.prefix.setText("HL-")
    assert dialog.example.text() == "e.g. HL-000001"
    # Leaving a tab out changes the preview.
    dialog.tab_boxes["employment"].setChecked(False)
    qtbot.waitUntil(lambda: dialog.preview.topLevelItemCount() == 1, timeout=10_000)
    dialog.tab_boxes["employment"].setChecked(True)
    qtbot.waitUntil(lambda: dialog.preview.topLevelItemCount() == 2
                    and dialog.export_button.isEnabled(), timeout=10_000)

    out = tmp_path / "out" / "packet"
    out.parent.mkdir()
    asked: list[str] = []

    def save_as(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(out), "PDF files (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    with qtbot.waitSignal(dialog.exported, timeout=60_000) as exported:
        dialog.export_button.click()
    result = exported.args[0]
    assert asked and asked[0].endswith(".pdf") and "New case - evidence packet" in asked[0]
    assert result.path == out.with_suffix(".pdf")
    assert "The packet is ready" in dialog.message.text()
    assert dialog.open_button.isVisible() and dialog.folder_button.isVisible()

    with pymupdf.open(result.path) as pdf:
        assert pdf.page_count == result.page_count
        toc = [entry[1] for entry in pdf.get_toc()]
        text = "\n".join(page.get_text() for page in pdf)
    assert any("Lease" in t for t in toc) and any("Employer letter" in t for t in toc)
    assert "stray" not in text.lower()
    assert "A-1" in text and "B-1" in text
    assert "HL-000001" in text
    assert "Residential Lease Agreement" in text  # the scan's text layer

    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    dialog.open_button.click()
    dialog.folder_button.click()
    assert [u.toLocalFile() for u in opened] == [str(result.path), str(result.path.parent)]


def test_export_explains_what_is_missing(qtbot: QtBot, window: MainWindow,
                                         tmp_path: Path) -> None:
    drop(window, [digital(tmp_path / "note.pdf", ["a note " * 20])])
    qtbot.waitUntil(lambda: titles(window, UNFILED) == ["Note"], timeout=20_000)
    window.cases.form.reject()  # type: ignore[union-attr]
    window.actions_.export.trigger()
    dialog = window.export_dialog
    assert isinstance(dialog, ExportDialog)
    qtbot.waitUntil(lambda: "Choose at least one tab" in dialog.message.text(), timeout=10_000)
    assert not dialog.export_button.isEnabled()
