"""Check the data folder, in the window: ``verify`` runs in the background and the dialog
lists what it found, or says all is well. The Case menu (``gui/case_tools.py``) calls
``check_data_folder`` with the window's context. The dialog never blocks the event loop.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.gui.context import WindowContext
from desktop_app.gui.qtcompat import emit
from desktop_app.services.check import Problem, problems_to_fix


def tr(text: str) -> str:
    """For the functions at the bottom (no QObject of their own): the window's context."""
    return QCoreApplication.translate("MainWindow", text)



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



def check_data_folder(context: WindowContext) -> CheckDialog:
    dialog = CheckDialog(context.dialog_parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    context.runner.run("import", lambda s, _c: s.check.verify(),
                      label=tr("Checking the data folder"), tracked=True,
                      can_stop=False, on_done=dialog.show_problems,
                      on_fail=dialog.show_failure)
    return dialog


