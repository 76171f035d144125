"""Case archives in the window: save the open case as an archive (with an optional
passphrase) and open one. The Case menu (``gui/case_tools.py``) calls ``save_archive`` and
``open_archive`` with the window's context; the work runs in a lane off the GUI thread and
``cases_changed`` tells the window a restored case is there. The dialogs never block the
event loop (``open()``, not ``exec()``), except the system's file chooser.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import AppError
from desktop_app.gui.context import WindowContext
from desktop_app.services import archive
from desktop_app.services.archive import ArchiveResult


def tr(text: str) -> str:
    """For the functions at the bottom (no QObject of their own): the window's context."""
    return QCoreApplication.translate("MainWindow", text)



ARCHIVE_FILTER = "Case archives (*.epcase);;All files (*)"
MIN_PASSPHRASE = 8


class PassphraseDialog(QDialog):
    """Save a case archive: optionally protect it with a passphrase, typed twice."""

    def __init__(self, case_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("archivePassphrase")
        self.setWindowTitle(self.tr("Save case archive"))
        intro = QLabel(self.tr(
            "The archive holds the whole case “%1”: its details, documents, pages and "
            "history. Keep it somewhere safe, such as a USB stick.").replace("%1", case_name),
            self)
        intro.setWordWrap(True)
        self.protect = QCheckBox(self.tr("Protect the archive with a passphrase"), self)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit(self)
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.warning = QLabel(self.tr(
            "<b>Write the passphrase down and keep it safe.</b> If it is lost, nobody can "
            "open the archive: it cannot be recovered."), self)
        self.warning.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow(self.tr("Again:"), self.again)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.protect)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        for signal in (self.protect.toggled, self.passphrase.textChanged,
                       self.again.textChanged):
            signal.connect(self._update)
        self._update()

    def value(self) -> str | None:
        return self.passphrase.text() if self.protect.isChecked() else None

    def _update(self) -> None:
        on = self.protect.isChecked()
        for widget in (self.passphrase, self.again, self.warning):
            widget.setEnabled(on)
        text, again = self.passphrase.text(), self.again.text()
        problem = ""
        if on and len(text) < MIN_PASSPHRASE:
            problem = self.tr("A passphrase needs at least %1 characters; a few unrelated "
                              "words make a strong one.").replace("%1", str(MIN_PASSPHRASE))
        elif on and text != again:
            problem = self.tr("The two passphrases differ.")
        self.problem.setText(problem)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setEnabled(not problem)


def _name_of(context: WindowContext, case_id: int) -> str:
    return context.case_name() if case_id == context.case_id else str(case_id)


def _safe_file_name(name: str) -> str:
    kept = "".join(c if c.isalnum() or c in " -_" else "_" for c in name).strip()
    return (kept or "case") + ".epcase"


# --- what the menu calls ---------------------------------------------------------------------


def save_archive(context: WindowContext, case_id: int) -> PassphraseDialog | None:
    name = _name_of(context, case_id)
    start = str(Path.home() / _safe_file_name(name))
    path, _filter = QFileDialog.getSaveFileName(
        context.dialog_parent, tr("Save case archive"), start, tr(ARCHIVE_FILTER))
    if not path:
        return None
    out = Path(path)
    dialog = PassphraseDialog(name, context.dialog_parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def accepted() -> None:
        passphrase = dialog.value()

        def work(services: Any, ctx: Any) -> ArchiveResult:
            return services.archive.save(case_id, out, passphrase,
                                      progress=ctx.progress)

        def done(result: ArchiveResult) -> None:
            _inform(context, tr("The case archive is saved."), str(result.path))

        context.runner.run("import", work, label=tr("Saving the case archive"),
                          tracked=True, can_stop=False, on_done=done,
                          on_fail=context.show_error)

    dialog.accepted.connect(accepted)
    dialog.open()
    return dialog



def open_archive(context: WindowContext) -> None:
    path, _filter = QFileDialog.getOpenFileName(
        context.dialog_parent, tr("Open case archive"), str(Path.home()), tr(ARCHIVE_FILTER))
    if not path:
        return
    source = Path(path)
    passphrase: str | None = None
    try:
        sealed = archive.is_sealed(source)
    except AppError as exc:
        context.show_error(exc)
        return
    if sealed:
        text, ok = QInputDialog.getText(
            context.dialog_parent, tr("Open case archive"),
            tr("This archive is protected. Its passphrase:"),
            QLineEdit.EchoMode.Password)
        if not ok:
            return
        passphrase = text

    def work(services: Any, ctx: Any) -> Any:
        return services.archive.restore(source, passphrase, progress=ctx.progress)

    def done(case: Any) -> None:
        context.cases_changed(case.id)
        context.show_status(tr("Restored the case “%1”.").replace("%1", case.name))

    context.runner.run("import", work, label=tr("Opening the case archive"),
                      tracked=True, can_stop=False, on_done=done,
                      on_fail=context.show_error)



def _inform(context: WindowContext, text: str, detail: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, tr("Case archive"), text,
                      QMessageBox.StandardButton.Ok, context.dialog_parent)
    box.setObjectName("archiveSaved")
    box.setInformativeText(detail)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    context.show_status(f"{text} {detail}")
