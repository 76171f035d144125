"""The window's check of the data folder: all is well, then a damaged document named."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_app.gui.dialogs.check import check_data_folder
from desktop_app.gui.main_window import MainWindow
from tests.gui.conftest import _settings_in_tmp, make_window, window, with_a_document

__all__ = ["_settings_in_tmp", "make_window", "window"]  # the window fixtures


def test_check_says_all_is_well_then_names_the_damaged_document(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    w = window
    with_a_document(qtbot, w, tmp_path)
    dialog = check_data_folder(w.context)
    with qtbot.waitSignal(dialog.checked, timeout=30_000) as checked:
        pass
    assert checked.args == [0]
    assert "All is well" in dialog.status.text() and dialog.problems.isHidden()
    dialog.close()

    stored = next((w.data_dir / "originals").glob("??/*"))
    stored.chmod(0o600)
    stored.write_bytes(b"%PDF-1.7 not what was added")
    dialog = check_data_folder(w.context)
    with qtbot.waitSignal(dialog.checked, timeout=30_000) as checked:
        pass
    assert checked.args == [1]
    assert "1 problem(s) need your attention" in dialog.status.text()
    item = dialog.problems.topLevelItem(0)
    assert item is not None
    assert "“Employer letter” (document 1) is damaged" in item.text(0)
    assert "add the file again" in item.text(2)
