"""The window's trust dialogs: check the data folder, save and open a case archive (with a
passphrase), delete a case after a confirmation that names it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.gui.dialogs import trust as trust_dialogs
from desktop_app.gui.main_window import MainWindow
from desktop_app.services.board import UNFILED
from tests.gui.conftest import _settings_in_tmp, digital, drop, make_window, titles, window

__all__ = ["_settings_in_tmp", "make_window", "window"]  # the window fixtures


def _visible(name: str) -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == name and w.isVisible()]


def _with_a_document(qtbot: QtBot, w: MainWindow, tmp_path: Path) -> int:
    drop(w, [digital(tmp_path / "in" / "employer-letter.pdf",
                     ["Gulf Coast Builders confirms that Maria has worked here. " * 4])])
    qtbot.waitUntil(lambda: titles(w, UNFILED) == ["Employer letter"], timeout=20_000)
    w.cases.form.reject()  # type: ignore[union-attr]
    qtbot.waitUntil(w.is_settled, timeout=10_000)
    assert w.case_id is not None
    return w.case_id


def test_check_says_all_is_well_then_names_the_damaged_document(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    w = window
    _with_a_document(qtbot, w, tmp_path)
    dialog = trust_dialogs.check_data_folder(w.context)
    with qtbot.waitSignal(dialog.checked, timeout=30_000) as checked:
        pass
    assert checked.args == [0]
    assert "All is well" in dialog.status.text() and dialog.problems.isHidden()
    dialog.close()

    stored = next((w.data_dir / "originals").glob("??/*"))
    stored.chmod(0o600)
    stored.write_bytes(b"%PDF-1.7 not what was added")
    dialog = trust_dialogs.check_data_folder(w.context)
    with qtbot.waitSignal(dialog.checked, timeout=30_000) as checked:
        pass
    assert checked.args == [1]
    assert "1 problem(s) need your attention" in dialog.status.text()
    item = dialog.problems.topLevelItem(0)
    assert item is not None
    assert "“Employer letter” (document 1) is damaged" in item.text(0)
    assert "add the file again" in item.text(2)


def test_save_open_and_delete_a_case(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    w = window
    case_id = _with_a_document(qtbot, w, tmp_path)
    out = tmp_path / "usb" / "maria.epcase"
    out.parent.mkdir()
    suggested: list[str] = []

    def save_as(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        suggested.append(start)
        return str(out), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    dialog = trust_dialogs.save_archive(w.context, case_id)
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
    assert out.is_file() and trust_dialogs.archive.is_sealed(out)
    _visible("archiveSaved")[0].close()

    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *_a, **_k: (str(out), ""))
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda *_a, **_k: ("blue harbor lantern", True))
    with qtbot.waitSignal(w.caseOpened, timeout=30_000) as opened:
        trust_dialogs.open_archive(w.context)
    restored = opened.args[0]
    assert restored != case_id and w.cases.combo.count() == 2
    qtbot.waitUntil(lambda: titles(w, UNFILED) == ["Employer letter"], timeout=10_000)

    trust_dialogs.delete_case(w.context, restored)
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
    case_id = _with_a_document(qtbot, w, tmp_path)
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
        trust_dialogs.open_archive(w.context)
    assert "does not open maria.epcase" in shown.args[0]
    assert "cannot be recovered" in shown.args[0]
    assert w.cases.combo.count() == 1
