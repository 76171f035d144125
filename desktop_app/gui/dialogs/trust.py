"""Trust in the window: check the data folder, save and open case archives, delete a case.

The Case menu (``gui/case_tools.py``) calls the four functions at the bottom with the
window's context (``context.runner`` runs the work; ``cases_changed`` and ``case_deleted``
tell the window the case list changed).
Every piece of work runs in a lane off the GUI thread; the dialogs never block the
event loop (``open()``, not ``exec()``), except the system's file chooser.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
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
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import AppError
from desktop_app.gui.context import WindowContext
from desktop_app.gui.qtcompat import emit
from desktop_app.services import archive
from desktop_app.services.archive import ArchiveResult
from desktop_app.services.check import Problem, problems_to_fix
from desktop_app.services.library import CaseContents


def tr(text: str) -> str:
    """For the functions at the bottom (no QObject of their own): the window's context."""
    return QCoreApplication.translate("MainWindow", text)


ARCHIVE_FILTER = "Case archives (*.epcase);;All files (*)"
MIN_PASSPHRASE = 8


class CheckDialog(QDialog):
    """Runs ``verify`` in the background and lists what it found, or says all is well."""

    checked = Signal(int)  # problems that need the user

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkDataFolder")
        self.setWindowTitle(self.tr("Check the data folder"))
        self.resize(640, 360)
        self.status = QLabel(self.tr(
            "Checking every stored file against its checksum, and the database…"), self)
        self.status.setWordWrap(True)
        self.problems = QTreeWidget(self)
        self.problems.setHeaderLabels([self.tr("What was found"), self.tr("Case"),
                                       self.tr("What to do")])
        self.problems.setRootIsDecorated(False)
        self.problems.setWordWrap(True)
        self.problems.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.problems, 1)
        layout.addWidget(buttons)

    def show_problems(self, found: list[Problem]) -> None:
        to_fix = problems_to_fix(found)
        fixed = len(found) - len(to_fix)
        for problem in found:
            hint = self.tr("Repaired; nothing to do.") if problem.fixed else problem.hint
            item = QTreeWidgetItem([problem.message, problem.case_name or "", hint])
            item.setToolTip(0, problem.message)
            item.setToolTip(2, hint)
            self.problems.addTopLevelItem(item)
        self.problems.setVisible(bool(found))
        if to_fix:
            self.status.setText(self.tr("%n problem(s) need your attention.", "",
                                        len(to_fix)))
        elif fixed:
            self.status.setText(self.tr(
                "All is well. %n leftover(s) of an interrupted task were tidied up.", "",
                fixed))
        else:
            self.status.setText(self.tr(
                "All is well: every stored file matches its checksum and the database "
                "is sound."))
        emit(self.checked, len(to_fix))

    def show_failure(self, error: BaseException) -> None:
        self.status.setText(str(error))
        emit(self.checked, -1)


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


def check_data_folder(context: WindowContext) -> CheckDialog:
    dialog = CheckDialog(context.dialog_parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    context.runner.run("import", lambda s, _c: s.check.verify(),
                      label=tr("Checking the data folder"), tracked=True,
                      can_stop=False, on_done=dialog.show_problems,
                      on_fail=dialog.show_failure)
    return dialog


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


def delete_case(context: WindowContext, case_id: int) -> None:
    """Ask first (naming the case and what goes), then delete it for good."""

    def ask(contents: CaseContents) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Delete case"),
                          tr("Delete the case “%1” for good?").replace(
                              "%1", contents.name),
                          QMessageBox.StandardButton.NoButton, context.dialog_parent)
        box.setObjectName("confirmDeleteCase")
        box.setInformativeText(tr(
            "This removes its %1 document(s) and %2 page(s), the %3 stored file(s) only "
            "this case uses, their readings and pictures, and its kept filings. It cannot "
            "be undone. Save a case archive first if you may need it again. Files "
            "elsewhere on your computer are not touched.")
            .replace("%1", str(contents.documents)).replace("%2", str(contents.pages))
            .replace("%3", str(contents.files)))
        remove = box.addButton(tr("Delete case"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def clicked(button: QPushButton) -> None:
            if button is remove:
                context.runner.run("db", lambda s, _c: s.delete_case(case_id),
                                  label=tr("Deleting the case"), on_done=deleted,
                                  on_fail=context.show_error)

        box.buttonClicked.connect(clicked)
        box.open()

    def deleted(contents: CaseContents) -> None:
        context.case_deleted(case_id)
        context.show_status(tr("Deleted the case “%1”.").replace("%1", contents.name))

    context.runner.run("db", lambda s, _c: s.case_contents(case_id), on_done=ask,
                      on_fail=context.show_error)


def _inform(context: WindowContext, text: str, detail: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, tr("Case archive"), text,
                      QMessageBox.StandardButton.Ok, context.dialog_parent)
    box.setObjectName("archiveSaved")
    box.setInformativeText(detail)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    context.show_status(f"{text} {detail}")
