"""The window on a real laptop (issue 14): the main path never crashes, every tool has its
own key, nothing the user was told is forgotten, and it holds at 200 % and in Spanish."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QToolButton
from pytestqt.qtbot import QtBot

from desktop_app.gui.dialogs.case_form import CaseForm
from desktop_app.gui.main_window import MainWindow
from tests.gui.conftest import message_boxes

CTRL = Qt.KeyboardModifier.ControlModifier


def _save_new_case(qtbot: QtBot, window: MainWindow, name: str) -> None:
    form = window.case_form
    assert isinstance(form, CaseForm) and form.isVisible()
    QTest.keyClicks(form.name, name)
    form.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: window.case is not None and window.case.name == name,
                    timeout=10_000)
    qtbot.waitUntil(window.is_settled, timeout=10_000)


def _activate(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)


def test_new_case_from_menu_shortcut_and_toolbar_saves_without_an_error(
        qtbot: QtBot, window: MainWindow) -> None:
    window.actions_.new_case.trigger()  # Case ▸ New case…
    _save_new_case(qtbot, window, "Ana Torres")
    _activate(qtbot, window)
    QTest.keyClick(window, Qt.Key.Key_N, CTRL)
    _save_new_case(qtbot, window, "Luis Ramos")
    button = window.actions_.toolbar.widgetForAction(window.actions_.new_case)
    assert isinstance(button, QToolButton)
    button.click()
    _save_new_case(qtbot, window, "Rosa Luna")
    assert [b.text() for b in message_boxes()] == []
    names = {window.case_combo.itemText(i) for i in range(window.case_combo.count())}
    assert {"Ana Torres", "Luis Ramos", "Rosa Luna"} <= names
