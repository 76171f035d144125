"""The whole window flow — create the window, open a case, import (a scan read by real
Tesseract and a digital PDF), file, export — then check that no Qt network module was
ever loaded. Run on its own, in a fresh process, by ``test_no_network.py`` (so other
tests' imports cannot interfere); not collected by a normal run (no ``test_`` prefix)."""

from __future__ import annotations

import sys
from pathlib import Path

import pymupdf
import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop_app.gui.dialogs.export_dialog import ExportDialog
from desktop_app.gui.main_window import MainWindow
from desktop_app.services.board import UNFILED
from tests.gui.conftest import (
    _settings_in_tmp,
    all_read,
    digital,
    drop,
    make_window,
    scanned,
    titles,
    window,
)

__all__ = ["_settings_in_tmp", "make_window", "window"]


def test_the_whole_flow_loads_no_qt_network_module(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert "PySide6.QtNetwork" not in sys.modules  # nothing before the flow either
    w = window
    drop(w, [scanned(tmp_path / "in" / "lease.pdf",
                     [["Residential Lease Agreement", "1418 Cedar Avenue Houston"]]),
             digital(tmp_path / "in" / "employer-letter.pdf",
                     ["Gulf Coast Builders confirms that Maria has worked here. " * 3])])
    qtbot.waitUntil(lambda: all_read(w) and len(titles(w, UNFILED)) == 2, timeout=120_000)
    w.cases.form.reject()  # type: ignore[union-attr]
    for title, key in (("Lease", "residence"), ("Employer letter", "employment")):
        doc = next(d for g in w.board_model.groups() for d in g.docs if d.title == title)
        w.edits.move_documents([doc.id], key, -1)
        qtbot.waitUntil(lambda t=title, k=key: t in titles(w, k), timeout=10_000)
    qtbot.waitUntil(w.is_settled, timeout=10_000)
    w.actions_.export.trigger()
    dialog = w.export_dialog
    assert isinstance(dialog, ExportDialog)
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=20_000)
    out = tmp_path / "packet.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(out), ""))
    with qtbot.waitSignal(dialog.exported, timeout=120_000):
        dialog.export_button.click()
    with pymupdf.open(out) as pdf:
        assert "Residential Lease Agreement" in "".join(page.get_text() for page in pdf)
    loaded = sorted(m for m in sys.modules if m.startswith("PySide6."))
    assert "PySide6.QtNetwork" not in loaded, loaded
    assert not [m for m in loaded if "Web" in m or "Network" in m], loaded
    print("Qt modules loaded:", ", ".join(loaded))
