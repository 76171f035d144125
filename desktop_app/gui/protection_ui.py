"""The data folder's passphrase from the Case menu: "Protect with a passphrase…" (the
dialog, the checks, the window's lanes shut down, ``protection.protect`` on a thread with
progress, the outcome, a restart) and "Change the passphrase…".

Nothing may have the folder open while ``protect`` seals every file, so the window's lanes
and worker processes are shut down first. They are not rebuilt in place: the lanes'
``TaskRunner`` is handed to a dozen widgets and controllers when the window is built, so
the app restarts instead (``restart_app``; tests replace it) and asks for the new
passphrase, exactly as every later start will.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QProcess, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from desktop_app import APP_NAME
from desktop_app.errors import AppError
from desktop_app.gui.context import WindowContext
from desktop_app.gui.dialogs.passphrase import (
    BackgroundCall,
    ChangePassphraseDialog,
    ProtectDialog,
)
from desktop_app.gui.qtcompat import emit
from desktop_app.services import protection

log = logging.getLogger(__name__)


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("Passphrase", text, disambiguation, n)


class _Progress(QProgressDialog):
    """Progress without a way to stop: the sealing must finish (or fail) on its own."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("protectProgress")
        self.setWindowTitle(self.tr("Protecting the data folder"))
        self.setCancelButton(None)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(0)
        self.setRange(0, 0)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setLabelText(self.tr("Encrypting the data folder… Please keep the app open."))
        self.running = True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() != Qt.Key.Key_Escape:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            event.ignore()
        else:
            super().closeEvent(event)


def restart_command(data_dir: Path) -> tuple[str, list[str]]:
    """The program and arguments that start the window again on ``data_dir``."""
    args = ["--data-dir", str(Path(data_dir).resolve())]
    if getattr(sys, "frozen", False):
        return sys.executable, args
    return sys.executable, ["-m", "desktop_app", *args]  # desktop_app/__main__.py


def restart_app(data_dir: Path) -> None:
    """Start a new window on ``data_dir`` and end this one. Tests replace this function."""
    program, args = restart_command(data_dir)
    if not QProcess.startDetached(program, args)[0]:
        log.error("could not restart: %s %s", program, args)
    QApplication.quit()


def _stop_logging_into(root: Path) -> None:
    """Close the window's log file when it is inside ``root``: nothing is written into a
    protected folder in the clear."""
    logger = logging.getLogger("desktop_app")
    inside = Path(root).resolve()
    for handler in list(logger.handlers):
        if isinstance(handler, logging.FileHandler) and Path(
                handler.baseFilename).resolve().is_relative_to(inside):
            logger.removeHandler(handler)
            handler.close()


class ProtectFlow(QObject):
    """From the menu to a protected folder: the dialog, the checks, the window's lanes
    shut down, ``protect`` on a thread with progress, the outcome, the restart."""

    progressed = Signal(int, int, str)
    ended = Signal(object)  # the ProtectSummary, or the error

    def __init__(self, context: WindowContext) -> None:
        super().__init__(context)
        self.context = context
        self.dialog: ProtectDialog | None = None
        self.progress: _Progress | None = None
        self.box: QMessageBox | None = None
        self.protecting = False
        self._work = BackgroundCall(self)
        self._work.ended.connect(self._protected, Qt.ConnectionType.QueuedConnection)
        self.progressed.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        if self._refuse_while_busy():
            return
        dialog = ProtectDialog(self.context.dialog_parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.confirmed(dialog.passphrase()))
        self.dialog = dialog
        dialog.open()

    def _busy_jobs(self) -> list[str]:
        """Work that would be lost if stopped now. Reading pages is not: it resumes by
        itself after the restart."""
        return [job.label for job in self.context.runner.tracked_jobs()
                if job.lane != "process" or not job.can_stop]

    def _refuse_while_busy(self) -> bool:
        busy = self._busy_jobs()
        if busy:
            self._message(QMessageBox.Icon.Information,
                          self.tr("Let the work in progress finish first: %1.").replace(
                              "%1", ", ".join(busy)),
                          self.tr("Then choose Protect with a passphrase again."))
        return bool(busy)

    def confirmed(self, passphrase: str) -> None:
        root = self.context.data_dir
        try:
            others = protection.others_using(root)
        except AppError as exc:
            self.context.show_error(exc)
            return
        if others:
            self._message(QMessageBox.Icon.Information,
                          self.tr("Close Evidence Packet in its other windows first."),
                          self.tr("Windows or commands still using the data folder: %1. Close "
                                  "them, then choose Protect with a passphrase again.").replace(
                                 "%1", str(len(others))))
            return
        if self._refuse_while_busy():
            return
        self.context.shut_down()  # every lane's Services closed, the worker processes ended
        _stop_logging_into(root)
        self.protecting = True
        self.context.dialog_parent.installEventFilter(self)
        self.progress = _Progress(self.context.dialog_parent)
        self.progress.show()

        def work() -> protection.ProtectSummary:
            return protection.protect(
                root, passphrase, progress=lambda d, t, label: self._progressed(d, t, label))

        self._work.start(work)

    def _progressed(self, done: int, total: int, label: str) -> None:
        with contextlib.suppress(RuntimeError):  # the window is gone
            emit(self.progressed, done, total, label)

    def _show_progress(self, done: int, total: int, _label: str) -> None:
        if self.progress is not None and total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _protected(self, summary: object, error: BaseException | None) -> None:
        self.protecting = False
        if self.progress is not None:
            self.progress.running = False
            self.progress.close()
        if error is None:
            box = self._message(
                QMessageBox.Icon.Information,
                self.tr("The data folder is now protected. Evidence Packet will restart and ask "
                        "for your passphrase."),
                self.tr("Keep the passphrase safe: without it, nobody can open these cases."))
        else:
            what = str(error) if isinstance(error, AppError) else self.tr(
                "Protecting the data folder failed; it is left as it was.")
            box = self._message(QMessageBox.Icon.Warning, what,
                                self.tr("Evidence Packet will restart."))
        root = self.context.data_dir
        box.finished.connect(lambda _r: restart_app(root))
        emit(self.ended, summary if error is None else error)

    def _message(self, icon: QMessageBox.Icon, text: str, hint: str) -> QMessageBox:
        box = QMessageBox(icon, APP_NAME, text, QMessageBox.StandardButton.Ok,
                          self.context.dialog_parent)
        box.setObjectName("protectMessage")
        box.setInformativeText(hint)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.box = box
        self.context.show_status(f"{text} {hint}")
        return box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The window stays open while the folder is being sealed."""
        if (self.protecting and watched is self.context.dialog_parent
                and event.type() == QEvent.Type.Close):
            event.ignore()
            return True
        return super().eventFilter(watched, event)


# --- what the Case menu calls -------------------------------------------------------------------


def update_action(action: QAction, data_dir: Path) -> None:
    """"Protect with a passphrase…" or, once protected, "Change the passphrase…"."""
    if protection.is_protected(data_dir):
        action.setText(tr("Chan&ge the passphrase…"))
        tip = tr("Choose a new passphrase for this data folder")
    else:
        action.setText(tr("Protect &with a passphrase…"))
        tip = tr("Encrypt the cases on this computer, so that only the passphrase opens them")
    action.setToolTip(tip)
    action.setStatusTip(tip)


def protect_or_change(context: WindowContext,
                      after: Callable[[], object] | None = None) -> Any:
    """What the menu action does; returns the flow or dialog it opened."""
    if not protection.is_protected(context.data_dir):
        flow = ProtectFlow(context)
        flow.start()
        return flow
    dialog = ChangePassphraseDialog(context.runner, context.data_dir, context.dialog_parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def changed() -> None:
        context.show_status(tr("The passphrase is changed. Use the new one from now on."))
        if after is not None:
            after()

    dialog.changed.connect(changed)
    dialog.open()
    return dialog
