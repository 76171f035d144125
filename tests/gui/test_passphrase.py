"""A data folder protected with a passphrase, as the window shows it: the passphrase asked
for at start, the folder protected from the Case menu, the passphrase changed.

Real key files (scrypt with a small cost, n=1<<12, so a test does not wait half a second
per guess), a real store, a real window. Only the restart is replaced: a test must not
start a second app.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.errors import LockedError, WrongPassphraseError
from desktop_app.gui import app as gui_app
from desktop_app.gui import protection_ui
from desktop_app.gui.dialogs.passphrase import (
    ChangePassphraseDialog,
    ProtectDialog,
    UnlockDialog,
    unlock_if_needed,
)
from desktop_app.gui.main_window import MainWindow
from desktop_app.services import Services, protection
from desktop_app.storage.protection import keys
from tests.gui.conftest import message_boxes
from tests.make import text_pdf

PASS = "river lamp orange seventy"
FAST = 1 << 12  # scrypt cost for tests


def protected_folder(root: Path, phrase: str = PASS, case: str | None = None) -> Path:
    """A new data folder protected with ``phrase``; with a case named ``case``."""
    root.mkdir(parents=True)
    keys.write_key_file(root, os.urandom(32), phrase, n=FAST)
    if case is not None:
        protection.unlock(root, phrase)
        svc = Services.open(root)
        try:
            svc.create_case(name=case)
        finally:
            svc.close()
        keys.forget(root)
    return root


def answer_when_shown(kind: type[QDialog], answer: Callable[[QDialog], None]) -> None:
    """Once a modal ``kind`` dialog is on screen (its own event loop running), ``answer``
    it."""

    def look() -> None:
        shown = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, kind) and w.isVisible()]
        if shown:
            answer(shown[0])
        else:
            QTimer.singleShot(10, look)

    QTimer.singleShot(0, look)


# --- unlocking at start ------------------------------------------------------------------------


def test_a_wrong_passphrase_is_refused_in_place_then_the_right_one_opens(
        qtbot: QtBot, tmp_path: Path) -> None:
    root = protected_folder(tmp_path / "data", case="Rosa Díaz")
    dialog = UnlockDialog(root)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "protected with a passphrase" in " ".join(
        label.text() for label in dialog.findChildren(type(dialog.problem)))
    assert dialog.field.echoMode() == dialog.field.EchoMode.Password
    dialog.show_box.setChecked(True)
    assert dialog.field.echoMode() == dialog.field.EchoMode.Normal
    assert dialog.problem.text() == ""

    qtbot.keyClicks(dialog.field, "river lamp orange sixty")
    with qtbot.waitSignal(dialog.refused, timeout=10_000) as refused:
        dialog.open_button.click()
        assert not dialog.open_button.isEnabled()  # busy while scrypt runs
    assert "does not open this data folder" in refused.args[0]
    assert dialog.isVisible() and dialog.problem.text() == refused.args[0]
    assert dialog.field.text() == "" and dialog.field.isEnabled()
    assert dialog.open_button.isEnabled()
    with pytest.raises(LockedError):
        Services.open(root).close()

    qtbot.keyClicks(dialog.field, PASS)
    with qtbot.waitSignal(dialog.unlocked, timeout=10_000):
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)  # Enter opens
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    svc = Services.open(root)
    try:
        assert [c.name for c in svc.list_cases()] == ["Rosa Díaz"]
    finally:
        svc.close()


def test_an_empty_passphrase_is_not_tried(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = UnlockDialog(protected_folder(tmp_path / "data"))
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.refused) as refused:
        dialog.open_button.click()
    assert refused.args[0] == "Type the passphrase first."
    assert dialog.isVisible()


def test_quit_at_the_passphrase_returns_false(qtbot: QtBot, tmp_path: Path) -> None:
    root = protected_folder(tmp_path / "data")
    answer_when_shown(UnlockDialog, lambda d: d.quit_button.click())  # type: ignore[attr-defined]
    assert unlock_if_needed(root) is False
    with pytest.raises(LockedError):
        Services.open(root).close()


def test_the_right_passphrase_returns_true(qtbot: QtBot, tmp_path: Path) -> None:
    root = protected_folder(tmp_path / "data")

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, UnlockDialog)
        dialog.field.setText(PASS)
        dialog.open_button.click()

    answer_when_shown(UnlockDialog, answer)
    assert unlock_if_needed(root) is True
    Services.open(root).close()


def test_an_unprotected_folder_asks_nothing(tmp_path: Path) -> None:
    assert unlock_if_needed(tmp_path / "data") is True
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, UnlockDialog) and w.isVisible()]


def test_the_app_quits_at_the_passphrase_without_a_window_or_a_log(
        qtbot: QtBot, tmp_path: Path) -> None:
    root = protected_folder(tmp_path / "data")
    answer_when_shown(UnlockDialog, lambda d: d.quit_button.click())  # type: ignore[attr-defined]
    assert gui_app.main(["--data-dir", str(root)]) == 0
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, MainWindow) and w.isVisible()]
    assert not (root / "logs").exists()  # logs may name files: none in the clear


# --- protecting the folder ---------------------------------------------------------------------


@pytest.mark.plain_folder  # protects a plain folder
def test_protect_is_possible_only_with_a_matching_long_passphrase_written_down(
        qtbot: QtBot) -> None:
    dialog = ProtectDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    text = " ".join(label.text() for label in dialog.findChildren(type(dialog.problem)))
    for said in ("the original files", "page images", "kept copies of packets",
                 "<b>not</b> encrypted", "nobody can open these cases again",
                 "There is no reset", "Write it down"):
        assert said in text, said
    new = dialog.new
    assert not dialog.ok.isEnabled()
    new.first.setText("short")
    assert "at least 8 characters" in new.strength.text()
    new.again.setText("short")
    new.warning.written.setChecked(True)
    assert not dialog.ok.isEnabled()  # too short
    new.first.setText(PASS)
    new.again.setText("river lamp orange sixty-one")
    assert dialog.problem.text() == "The two passphrases differ."
    assert not dialog.ok.isEnabled()
    new.again.setText(PASS)
    assert dialog.problem.text() == "" and new.strength.text() == "Strong."
    assert dialog.ok.isEnabled()
    new.warning.written.setChecked(False)
    assert not dialog.ok.isEnabled()  # not without "I have written it down"
    new.warning.written.setChecked(True)
    with qtbot.waitSignal(dialog.accepted):
        dialog.ok.click()
    assert dialog.passphrase() == PASS


@pytest.mark.plain_folder  # protects a plain folder
def test_protecting_a_case_from_the_menu_then_the_passphrase_opens_it(
        qtbot: QtBot, make_window: Callable[..., MainWindow], data_dir: Path,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    svc = Services.open(data_dir)
    try:
        case = svc.create_case(name="Rosa Díaz")
        svc.import_files(case.id, [text_pdf(tmp_path / "lease.pdf",
                                            ["Residential lease, 2016. " * 20])])
    finally:
        svc.close()
    restarts: list[Path] = []
    monkeypatch.setattr(protection_ui, "restart_app", restarts.append)
    window = make_window()
    qtbot.waitUntil(lambda: window.case is not None, timeout=10_000)
    action = window.case_tools.protect_action
    assert action.text() == "Protect &with a passphrase…"
    case_menu = window.menuBar().actions()[0].menu()
    assert isinstance(case_menu, QMenu)
    items = case_menu.actions()
    assert items.index(action) == items.index(window.case_tools.check_action) + 1

    action.trigger()
    flow = window.case_tools.dialog
    assert isinstance(flow, protection_ui.ProtectFlow) and isinstance(flow.dialog, ProtectDialog)
    dialog = flow.dialog
    for field in (dialog.new.first, dialog.new.again):
        field.setText(PASS)
    dialog.new.warning.written.setChecked(True)
    with qtbot.waitSignal(flow.ended, timeout=60_000) as ended:
        dialog.ok.click()
        assert flow.progress is not None and flow.progress.isVisible()
        window.close()  # refused while the folder is being sealed
        assert window.isVisible()
    assert isinstance(ended.args[0], protection.ProtectSummary), ended.args[0]
    assert protection.is_protected(data_dir)
    box = next(b for b in message_boxes() if b.objectName() == "protectMessage")
    assert box.text() == ("The data folder is now protected. Evidence Packet will restart "
                          "and ask for your passphrase.")
    assert restarts == []  # the user reads the message first
    box.button(QMessageBox.StandardButton.Ok).click()
    assert restarts == [data_dir]

    keys.forget(data_dir)  # as a new start of the app
    with pytest.raises(LockedError):
        Services.open(data_dir).close()
    with pytest.raises(WrongPassphraseError):
        protection.unlock(data_dir, "river lamp orange sixty")
    protection.unlock(data_dir, PASS)
    svc = Services.open(data_dir)
    try:
        (shown,) = svc.list_cases()
        assert shown.name == "Rosa Díaz"
        assert len(svc.list_documents(shown.id)) == 1
    finally:
        svc.close()


@pytest.mark.plain_folder  # protects a plain folder
def test_protecting_waits_for_the_app_open_elsewhere(
        qtbot: QtBot, make_window: Callable[..., MainWindow], data_dir: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    restarts: list[Path] = []
    monkeypatch.setattr(protection_ui, "restart_app", restarts.append)
    window = make_window()
    with subprocess.Popen(  # another Evidence Packet on the same folder
            [sys.executable, "-c", "import sys; from pathlib import Path; "
             "from desktop_app.services import Services; s = Services.open(Path(sys.argv[1])); "
             "print('open', flush=True); sys.stdin.read()", str(data_dir)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as other:
        assert other.stdin is not None and other.stdout is not None
        assert other.stdout.readline() == "open\n"
        window.case_tools.protect_action.trigger()
        flow = window.case_tools.dialog
        assert isinstance(flow, protection_ui.ProtectFlow) and flow.dialog is not None
        for field in (flow.dialog.new.first, flow.dialog.new.again):
            field.setText(PASS)
        flow.dialog.new.warning.written.setChecked(True)
        flow.dialog.ok.click()
        box = next(b for b in message_boxes() if b.objectName() == "protectMessage")
        assert box.text() == "Close Evidence Packet in its other windows first."
        assert "still using the data folder: 1." in box.informativeText()
        other.stdin.close()
        other.wait(timeout=30)
    assert not protection.is_protected(data_dir) and restarts == []
    listed: list[object] = []  # the window works on: its lanes were left running
    window.runner.run("db", lambda s, _c: s.list_cases(), on_done=listed.append)
    qtbot.waitUntil(lambda: bool(listed), timeout=10_000)


# --- changing the passphrase -------------------------------------------------------------------


def test_changing_the_passphrase_old_one_stops_working_new_one_works(
        qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path) -> None:
    root = protected_folder(tmp_path / "protected", case="Rosa Díaz")
    protection.unlock(root, PASS)
    window = make_window(root)
    qtbot.waitUntil(lambda: window.case is not None, timeout=10_000)
    assert window.case is not None and window.case.name == "Rosa Díaz"
    action = window.case_tools.protect_action
    assert action.text() == "Chan&ge the passphrase…"
    action.trigger()
    dialog = window.case_tools.dialog
    assert isinstance(dialog, ChangePassphraseDialog)
    new = "copper kettle winter seven"
    dialog.current.setText("not the passphrase")
    dialog.new.first.setText(new)
    dialog.new.again.setText(new)
    assert not dialog.ok.isEnabled()  # not before "I have written it down"
    dialog.new.warning.written.setChecked(True)
    assert dialog.ok.isEnabled()
    with qtbot.waitSignal(dialog.refused, timeout=10_000) as refused:
        dialog.ok.click()
    assert "does not open this data folder" in refused.args[0]
    assert dialog.isVisible() and dialog.problem.text() == refused.args[0]
    assert dialog.current.text() == ""

    dialog.current.setText(PASS)
    with qtbot.waitSignal(dialog.changed, timeout=10_000):
        dialog.ok.click()
    qtbot.waitUntil(lambda: "passphrase is changed" in window.statusBar().currentMessage())
    keys.forget(root)
    with pytest.raises(WrongPassphraseError):
        protection.unlock(root, PASS)
    protection.unlock(root, new)
    svc = Services.open(root)
    try:
        assert [c.name for c in svc.list_cases()] == ["Rosa Díaz"]
    finally:
        svc.close()


@pytest.mark.plain_folder  # offers to protect a folder that is not protected yet
def test_the_first_screen_offers_the_passphrase_and_then_says_it_is_on(
        qtbot: QtBot, make_window: Callable[..., MainWindow], data_dir: Path) -> None:
    """A new data folder: the first screen says the cases stay here and offers to lock
    them with a passphrase; the link opens the same dialog as the menu."""
    window = make_window()
    privacy = window.empty.privacy
    assert "Lock your cases with a passphrase" in privacy.text()
    privacy.linkActivated.emit("protect")
    flow = window.case_tools.dialog
    assert isinstance(flow, protection_ui.ProtectFlow) and isinstance(flow.dialog, ProtectDialog)
    qtbot.waitUntil(flow.dialog.isVisible, timeout=5_000)
    flow.dialog.reject()
    window.empty.set_protected(True)
    assert "encrypted with your passphrase" in privacy.text() and "<a" not in privacy.text()
