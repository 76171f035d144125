"""The window's case archives and case deletion: save and open a case archive (with a
passphrase), delete a case after a confirmation that names it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.gui.cases import delete_case
from desktop_app.gui.dialogs.archive import open_archive, save_archive
from desktop_app.gui.main_window import MainWindow
from desktop_app.services.archive import is_sealed
from desktop_app.services.board import UNFILED
from tests.gui.conftest import _settings_in_tmp, make_window, titles, window, with_a_document

__all__ = ["_settings_in_tmp", "make_window", "window"]  # the window fixtures


def _visible(name: str) -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == name and w.isVisible()]


def test_save_open_and_delete_a_case(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    w = window
    case_id = with_a_document(qtbot, w, tmp_path)
    out = tmp_path / "usb" / "maria.epcase"
    out.parent.mkdir()
    suggested: list[str] = []

    def save_as(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        suggested.append(start)
        return str(out), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    dialog = save_archive(w.context, case_id)
    assert dialog is not None and suggested[0].endswith(".epcase")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save is not None and save.isEnabled()  # no passphrase: fine
    dialog.protect.setChecked(True)
    assert "cannot be recovered" in dialog.warning.text()
    dialog.passphrase.setText("blue harbor lantern")
    dialog.again.setText("blue harbor lanter")
    assert not save.isEnabled() and "differ" in dialog.problem.text()
    dialog.again.setText("blue harbor lantern")
    assert save.isEnabled()
    save.click()
    qtbot.waitUntil(lambda: bool(_visible("archiveSaved")), timeout=30_000)
    assert out.is_file() and is_sealed(out)
    _visible("archiveSaved")[0].close()

    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *_a, **_k: (str(out), ""))
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda *_a, **_k: ("blue harbor lantern", True))
    with qtbot.waitSignal(w.caseOpened, timeout=30_000) as opened:
        open_archive(w.context)
    restored = opened.args[0]
    assert restored != case_id and w.cases.combo.count() == 2
    qtbot.waitUntil(lambda: titles(w, UNFILED) == ["Employer letter"], timeout=10_000)

    delete_case(w.context, restored)
    qtbot.waitUntil(lambda: bool(_visible("confirmDeleteCase")), timeout=10_000)
    box = _visible("confirmDeleteCase")[0]
    assert "Delete the case “New case” for good?" in box.text()
    assert "1 document(s) and 1 page(s)" in box.informativeText()
    assert "cannot be undone" in box.informativeText()
    delete = next(b for b in box.buttons() if b.text() == "Delete case")
    with qtbot.waitSignal(w.caseOpened, timeout=30_000) as reopened:
        delete.click()
    assert reopened.args == [case_id] and w.cases.combo.count() == 1
    assert "Deleted the case" in w.statusBar().currentMessage()


def test_a_wrong_passphrase_is_explained(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    w = window
    case_id = with_a_document(qtbot, w, tmp_path)
    out = tmp_path / "maria.epcase"
    from desktop_app.services import Services

    svc = Services.open(w.data_dir)
    try:
        svc.archive.save(case_id, out, "right passphrase")
    finally:
        svc.close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(out), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("wrong one", True))
    with qtbot.waitSignal(w.messageShown, timeout=30_000) as shown:
        open_archive(w.context)
    assert "does not open maria.epcase" in shown.args[0]
    assert "cannot be recovered" in shown.args[0]
    assert w.cases.combo.count() == 1
