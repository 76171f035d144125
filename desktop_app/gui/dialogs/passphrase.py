"""The passphrase dialogs of a protected data folder: unlocking it at start, protecting
it, changing the passphrase. What the Case menu does with them is ``gui/protection_ui.py``.

- ``unlock_if_needed`` runs before the main window exists (``gui/app.py main``): a modal
  ``UnlockDialog`` is fine there, nothing else is open. scrypt takes about half a second
  (it lets go of the GIL), so the check runs on a plain thread and the dialog waits for it
  with a busy cursor, its button disabled.
- ``ProtectDialog`` explains what protection covers and what a lost passphrase means, and
  takes the new passphrase twice; it does no work itself.
- ``ChangePassphraseDialog`` runs ``protection.change_passphrase`` on the ``db`` lane; no
  file is encrypted again, only the key file is sealed under the new passphrase.
"""
from __future__ import annotations

import contextlib
import logging
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME
from desktop_app.errors import AppError
from desktop_app.gui import appearance
from desktop_app.gui.qtcompat import emit
from desktop_app.services import protection

if TYPE_CHECKING:
    from desktop_app.gui.tasks import TaskRunner

log = logging.getLogger(__name__)

MIN_PASSPHRASE = 8  # storage.protection.keys.MIN_PASSPHRASE; the service checks it again


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("Passphrase", text, disambiguation, n)


# --- pieces the three dialogs share ------------------------------------------------------------


class BackgroundCall(QObject):
    """Run one function on a plain thread; ``ended(result, error)`` on the GUI thread
    (connect it queued)."""

    ended = Signal(object, object)

    def start(self, work: Callable[[], object]) -> None:
        def run() -> None:
            result: object = None
            error: BaseException | None = None
            try:
                result = work()
            except BaseException as exc:  # noqa: BLE001 - the dialog decides what to show
                error = exc
                if not isinstance(exc, AppError):
                    log.error("unexpected error:\n%s", traceback.format_exc())
            with contextlib.suppress(RuntimeError):  # the dialog is gone
                emit(self.ended, result, error)

        threading.Thread(target=run, name="passphrase", daemon=True).start()


def _password_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    field.setMinimumWidth(field.fontMetrics().averageCharWidth() * 34)
    return field


def _show_toggle(parent: QWidget, fields: list[QLineEdit]) -> QCheckBox:
    box = QCheckBox(tr("Show what I type"), parent)

    def toggled(on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        for field in fields:
            field.setEchoMode(mode)

    box.toggled.connect(toggled)
    return box


def _coloured(label: QLabel, status: str) -> None:
    """``status`` is a document status whose colour fits: "failed" red, "ready" green,
    "" the normal text colour."""
    if not status:
        label.setStyleSheet("")
        return
    label.setStyleSheet(f"color: {appearance.status_colour(status, label.palette()).name()};")


def _problem_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("passphraseProblem")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    _coloured(label, "failed")
    return label


def _feedback_label(parent: QWidget) -> QLabel:
    """A line under a field; its height is kept when empty, so nothing jumps as one
    types."""
    label = _problem_label(parent)
    label.setMinimumHeight(label.fontMetrics().lineSpacing())
    return label


def _fit(dialog: QDialog, chars: int) -> None:
    """``chars`` average characters wide, and as tall as its wrapped text needs at that
    width (a dialog's own size hint measures wrapped labels at a narrower width)."""
    width = dialog.fontMetrics().averageCharWidth() * chars
    dialog.setMinimumWidth(width)
    height = dialog.heightForWidth(width)
    dialog.resize(width, height if height > 0 else dialog.sizeHint().height())


def _grow(dialog: QDialog) -> None:
    """Taller when a message needs more lines than there is room for."""
    height = dialog.heightForWidth(dialog.width())
    if height > dialog.height():
        dialog.resize(dialog.width(), height)


def strength(text: str) -> tuple[str, str]:
    """What to say about a new passphrase, and its colour (a document status)."""
    if len(text) < MIN_PASSPHRASE:
        return (tr("Too short: a passphrase needs at least %1 characters.")
                .replace("%1", str(MIN_PASSPHRASE)), "failed")
    words = len(text.split())
    if len(set(text.replace(" ", "").lower())) <= 3:
        return tr("Weak: too many repeated characters."), "failed"
    if len(text) >= 20 or (words >= 4 and len(text) >= 16):
        return tr("Strong."), "ready"
    if len(text) >= 12 or words >= 3:
        return tr("Good. Another word or two would make it stronger."), ""
    return tr("Fair. Four unrelated words would be much stronger."), ""


class _Warning(QFrame):
    """The loss warning, set apart so nobody reads past it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseWarning")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        icon = QLabel(self)
        size = self.style().pixelMetric(self.style().PixelMetric.PM_MessageBoxIconSize)
        warning = self.style().StandardPixmap.SP_MessageBoxWarning
        icon.setPixmap(appearance.standard_icon(self, warning, "dialog-warning")
                       .pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel(self.tr(
            "<b>If you lose this passphrase, nobody can open these cases again — not you, "
            "not us, not a clinic. There is no reset.</b> Write it down and keep it "
            "somewhere safe."), self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.written = QCheckBox(self.tr("I have &written it down"), self)
        column = QVBoxLayout()
        column.addWidget(self.text)
        column.addWidget(self.written)
        row = QHBoxLayout(self)
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(column, 1)


class _NewPassphrase(QObject):
    """The new passphrase twice, each with a line of feedback under it (its strength; a
    mismatch), and the loss warning with its checkbox. Widgets of ``parent``; the fields
    go in ``form``, the tip and the warning where the dialog puts them."""

    changed = Signal()

    def __init__(self, parent: QWidget, form: QFormLayout) -> None:
        super().__init__(parent)
        self.first = _password_field(parent, self.tr("New passphrase"))
        self.again = _password_field(parent, self.tr("New passphrase again"))
        self.strength = _feedback_label(parent)
        self.problem = _feedback_label(parent)
        form.setVerticalSpacing(4)
        form.addRow(self.tr("&New passphrase:"), self.first)
        form.addRow("", self.strength)
        form.addRow(self.tr("&Again:"), self.again)
        form.addRow("", self.problem)
        self.tip = QLabel(self.tr(
            "Tip: four or five unrelated words, such as “river lamp orange seventy”, are easy "
            "to remember and hard to guess."), parent)
        self.tip.setWordWrap(True)
        self.warning = _Warning(parent)
        for signal in (self.first.textChanged, self.again.textChanged,
                       self.warning.written.toggled):
            signal.connect(lambda *_a: self._update())
        self._update()

    def value(self) -> str:
        return self.first.text()

    def _update(self) -> None:
        text, again = self.first.text(), self.again.text()
        said, colour = strength(text) if text else (
            self.tr("At least %1 characters.").replace("%1", str(MIN_PASSPHRASE)), "pending")
        self.strength.setText(said)
        _coloured(self.strength, colour)
        differ = again and text != again and (len(again) >= len(text)
                                              or not text.startswith(again))
        self.problem.setText(self.tr("The two passphrases differ.") if differ else "")
        emit(self.changed)

    def complete(self) -> bool:
        text = self.first.text()
        return (len(text) >= MIN_PASSPHRASE and text == self.again.text()
                and self.warning.written.isChecked())


# --- unlocking at start --------------------------------------------------------------------------


class UnlockDialog(QDialog):
    """Asks for the passphrase of a protected data folder before the window opens."""

    unlocked = Signal()
    refused = Signal(str)  # the message shown for a passphrase that did not open it

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(appearance.app_icon())
        self.data_dir = Path(data_dir)
        icon = QLabel(self)
        icon.setPixmap(appearance.app_icon().pixmap(48, 48))
        heading = QLabel(APP_NAME, self)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        heading.setFont(font)
        said = QLabel(self.tr("This data folder is protected with a passphrase."), self)
        said.setWordWrap(True)
        folder = QLabel(str(self.data_dir), self)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder.setToolTip(self.tr("The data folder"))
        _coloured(folder, "pending")
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.addWidget(heading)
        text.addWidget(said)
        text.addWidget(folder)
        top.addLayout(text, 1)
        self.field = _password_field(self, self.tr("Passphrase"))
        self.show_box = _show_toggle(self, [self.field])
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.field)
        form.addRow("", self.show_box)
        self.problem = _problem_label(self)  # two lines kept for it: nothing jumps
        self.problem.setMinimumHeight(self.problem.fontMetrics().lineSpacing() * 2)
        self.buttons = QDialogButtonBox(self)
        self.open_button = self.buttons.addButton(self.tr("&Open"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = self.buttons.addButton(self.tr("&Quit"),
                                                  QDialogButtonBox.ButtonRole.RejectRole)
        self.open_button.setDefault(True)
        self.buttons.accepted.connect(self.try_open)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._work = BackgroundCall(self)
        self._work.ended.connect(self._checked, Qt.ConnectionType.QueuedConnection)
        self._busy = False
        _fit(self, 72)
        self.field.setFocus()

    def try_open(self) -> None:
        passphrase = self.field.text()
        if self._busy:
            return
        if not passphrase:
            self._refuse(self.tr("Type the passphrase first."))
            return
        self._set_busy(True)
        root = self.data_dir
        self._work.start(lambda: protection.unlock(root, passphrase))

    def _set_busy(self, busy: bool) -> None:
        if busy and not self._busy:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        elif self._busy and not busy:
            QApplication.restoreOverrideCursor()
        self._busy = busy
        self.field.setEnabled(not busy)
        self.open_button.setEnabled(not busy)
        if busy:
            self.problem.setText(self.tr("Opening…"))
            _coloured(self.problem, "")

    def _checked(self, _result: object, error: BaseException | None) -> None:
        if not self._busy:
            return  # Quit was pressed meanwhile
        self._set_busy(False)
        if error is None:
            self.problem.setText("")
            self.field.clear()  # not kept in the widget any longer than needed
            emit(self.unlocked)
            self.accept()
        elif isinstance(error, AppError):
            self._refuse(str(error))
        else:
            self._refuse(self.tr("The data folder could not be opened: %1").replace(
                "%1", str(error)))

    def _refuse(self, message: str) -> None:
        self.problem.setText(message)
        _coloured(self.problem, "failed")
        _grow(self)
        self.field.clear()
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)
        emit(self.refused, message)

    def done(self, result: int) -> None:
        self._set_busy(False)
        super().done(result)


def unlock_if_needed(data_dir: Path, parent: QWidget | None = None) -> bool:
    """True when ``data_dir`` can be opened: not protected, or its passphrase was given.
    False when the user chose Quit."""
    if not protection.is_protected(data_dir):
        return True
    dialog = UnlockDialog(data_dir, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


# --- protecting the folder ------------------------------------------------------------------------


class ProtectDialog(QDialog):
    """Explains what protection does and what a lost passphrase means; takes it twice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("protectDialog")
        self.setWindowTitle(self.tr("Protect with a passphrase"))
        intro = QLabel(self.tr(
            "<p><b>Lock your cases with a passphrase.</b></p>"
            "<p>Everything Evidence Packet keeps on this computer is then encrypted: the "
            "database, the original files, the page images and their text, and the kept "
            "copies of packets. Without the passphrase none of it can be read, not even by "
            "someone who takes the computer or its disk.</p>"
            "<p>You type the passphrase each time you open Evidence Packet. Packets you "
            "export and save somewhere else are <b>not</b> encrypted: keep those safe "
            "yourself.</p>"), self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        form = QFormLayout()
        self.new = _NewPassphrase(self, form)
        self.show_box = _show_toggle(self, [self.new.first, self.new.again])
        form.addRow("", self.show_box)
        self.problem = self.new.problem
        self.buttons, self.ok = _lay_out(self, intro, form, self.new, self.tr("&Protect"))
        self.buttons.accepted.connect(self.accept)
        self.new.changed.connect(self._update)
        self._update()
        _fit(self, 80)

    def passphrase(self) -> str:
        return self.new.value()

    def _update(self) -> None:
        self.ok.setEnabled(self.new.complete())
        _grow(self)

    def accept(self) -> None:
        if self.new.complete():
            super().accept()


def _lay_out(dialog: QDialog, intro: QLabel, form: QFormLayout, new: _NewPassphrase,
             ok_text: str) -> tuple[QDialogButtonBox, QPushButton]:
    """The protect and change dialogs' shared layout: the explanation, the fields, the
    tip, the warning and the buttons (Cancel, and ``ok_text``)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, dialog)
    ok = buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    for widget in (intro, form, new.tip, new.warning, buttons):
        if isinstance(widget, QFormLayout):
            layout.addLayout(widget)
        else:
            layout.addWidget(widget)
    return buttons, ok


# --- changing the passphrase --------------------------------------------------------------------


class ChangePassphraseDialog(QDialog):
    """The current passphrase and the new one twice; only the key file changes."""

    changed = Signal()
    refused = Signal(str)

    def __init__(self, runner: TaskRunner, data_dir: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changePassphraseDialog")
        self.setWindowTitle(self.tr("Change the passphrase"))
        self._runner = runner
        self.data_dir = Path(data_dir)
        intro = QLabel(self.tr(
            "The cases stay as they are; from now on, the new passphrase opens them and "
            "the current one no longer does."), self)
        intro.setWordWrap(True)
        form = QFormLayout()
        self.current = _password_field(self, self.tr("Current passphrase"))
        self.problem = _feedback_label(self)  # a current passphrase that does not open it
        form.addRow(self.tr("&Current passphrase:"), self.current)
        form.addRow("", self.problem)
        self.new = _NewPassphrase(self, form)
        self.show_box = _show_toggle(self, [self.current, self.new.first, self.new.again])
        form.addRow("", self.show_box)
        self.buttons, self.ok = _lay_out(self, intro, form, self.new, self.tr("C&hange"))
        self.buttons.accepted.connect(self.try_change)
        self._busy = False
        self.new.changed.connect(self._update)
        self.current.textChanged.connect(self._update)
        self._update()
        _fit(self, 80)

    def _update(self) -> None:
        if not self._busy:
            self.ok.setEnabled(bool(self.current.text()) and self.new.complete())
        _grow(self)

    def try_change(self) -> None:
        if self._busy or not self.ok.isEnabled():
            return
        old, new, root = self.current.text(), self.new.value(), self.data_dir
        self._busy = True
        for widget in (self.current, self.new.first, self.new.again, self.ok):
            widget.setEnabled(False)
        self.problem.setText(self.tr("Changing the passphrase…"))
        _coloured(self.problem, "")
        self._runner.run("db", lambda _s, _c: protection.change_passphrase(root, old, new),
                         label=self.tr("Changing the passphrase"), on_done=self._changed,
                         on_fail=self._failed)

    def _changed(self, _result: object) -> None:
        self._busy = False
        emit(self.changed)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        for widget in (self.current, self.new.first, self.new.again):
            widget.setEnabled(True)
        self.current.clear()
        self.current.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update()
        message = str(error)
        self.problem.setText(message)
        _coloured(self.problem, "failed")
        _grow(self)
        emit(self.refused, message)
