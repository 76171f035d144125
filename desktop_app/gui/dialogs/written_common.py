"""What the statement, cover letter and signing dialogs share: the window's way of showing
a service's error, the unsaved-changes question, and a date that may be left open."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QWidget,
)

from desktop_app import APP_NAME
from desktop_app.errors import AppError
from desktop_app.gui.qtcompat import emit


def tr(text: str) -> str:
    return QCoreApplication.translate("WrittenParts", text)


def show_error(parent: QWidget, error: BaseException) -> QMessageBox:
    """What happened and what to do, in a window-modal box over ``parent`` (as the main
    window shows a service's error); the dialog stays open with everything typed."""
    if isinstance(error, AppError):
        text, hint = error.message, error.hint
    else:
        text, hint = str(error), ""
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("friendlyMessage")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if hint:
        box.setInformativeText(hint)
    box.open()
    return box


class AskBeforeClosing(QDialog):
    """A dialog whose changes are never lost silently: closing it with unsaved changes
    (Close, Esc, the title bar's button) asks Save, Discard or Cancel."""

    question: QMessageBox | None = None

    def dirty(self) -> bool:
        raise NotImplementedError

    def unsaved_text(self) -> str:
        """The question, in the dialog's words."""
        raise NotImplementedError

    def save_and_close(self) -> None:
        """Save, then close once saved (``save`` closes when it is done, by default)."""
        self.save()

    def save(self) -> None:
        raise NotImplementedError

    def save_buttons(self, other: QDialogButtonBox.StandardButton) -> QDialogButtonBox:
        """Save (also Ctrl+S) and ``other`` (Cancel or Close, which ask first)."""
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | other, self)
        save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        save_button.clicked.connect(lambda _on=False: self.save())
        buttons.rejected.connect(self.reject)
        save = QAction(self)
        save.setShortcut(QKeySequence.StandardKey.Save)
        save.triggered.connect(lambda _on=False: self.save())
        self.addAction(save)
        return buttons

    def reject(self) -> None:
        if not self.dirty():
            super().reject()
            return
        if self.question is not None:
            return

        def answered(choice: str) -> None:
            self.question = None
            if choice == "save":
                self.save_and_close()
            elif choice == "discard":
                QDialog.reject(self)

        self.question = unsaved_question(self, self.unsaved_text(), answered)


def unsaved_question(parent: QWidget, text: str,
                     answered: Callable[[str], Any]) -> QMessageBox:
    """Save, Discard or Cancel; ``answered`` gets "save", "discard" or "cancel"."""
    box = QMessageBox(QMessageBox.Icon.Question, APP_NAME, text,
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("unsavedQuestion")
    box.setInformativeText(tr("Your changes are lost if you do not save them."))
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def finished(_result: int) -> None:
        button = box.standardButton(box.clickedButton())
        answered({QMessageBox.StandardButton.Save: "save",
                  QMessageBox.StandardButton.Discard: "discard"}.get(button, "cancel"))

    box.finished.connect(finished)
    box.open()
    return box


class OptionalDate(QWidget):
    """A date that may be left open: a check box saying what the date is for, and the
    date itself (enabled while the box is ticked). ``value()`` is "" or an ISO date.
    With ``inverted``, the box means "use the default" and ticking it disables the date
    (e.g. "The day the packet is exported")."""

    changed = Signal()

    def __init__(self, label: str, parent: QWidget | None = None,
                 inverted: bool = False) -> None:
        super().__init__(parent)
        self.inverted = inverted
        self.box = QCheckBox(label, self)
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDate(QDate.currentDate())
        self.date.setAccessibleName(label.replace("&", ""))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addWidget(self.date)
        layout.addStretch(1)
        self.box.toggled.connect(self._toggled)
        self.date.dateChanged.connect(lambda _d: emit(self.changed))
        self.set_value("")

    def _toggled(self, on: bool) -> None:
        self.date.setEnabled(on != self.inverted)
        emit(self.changed)

    def value(self) -> str:
        if self.box.isChecked() == self.inverted:
            return ""
        return self.date.date().toString("yyyy-MM-dd")

    def set_value(self, iso: str) -> None:
        date = QDate.fromString(iso, "yyyy-MM-dd") if iso else QDate()
        if date.isValid():
            self.date.setDate(date)
        self.box.blockSignals(True)
        self.box.setChecked(date.isValid() != self.inverted)
        self.box.blockSignals(False)
        self.date.setEnabled(date.isValid())


def scrolling(widget: QWidget, parent: QWidget) -> QScrollArea:
    """``widget`` in a frameless scroll area: the fields scroll and the buttons stay in
    view on a short screen (a laptop at 200 % has 540 logical pixels of height)."""
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(widget)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return scroll


def fit(dialog: QWidget, content: QWidget, extra_height: int) -> None:
    """As large as ``content`` wants (and at least 110 characters wide), no larger than
    the screen, nor much larger than the window it opens over (a laptop at 200 % has
    960×540 logical pixels): the fields scroll up and down and the buttons stay in view."""
    parent = dialog.parentWidget()
    screen = (parent.screen() if parent is not None else dialog.screen()).availableGeometry()
    room = parent.window().size() if parent is not None else screen.size()
    lines = dialog.fontMetrics().lineSpacing()
    hint = content.sizeHint()
    width = max(hint.width() + 48, dialog.fontMetrics().averageCharWidth() * 110)
    height = min(hint.height() + extra_height, max(room.height(), lines * 28))
    dialog.resize(min(width, screen.width() - 24), min(height, screen.height() - 48))


def link_button(text: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setAutoDefault(False)
    return button
