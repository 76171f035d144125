"""The window's cases: the case list in the toolbar, the open case's header (its name,
A-number and relief, with the "Case details…" button), making a case, editing its
details, opening one. Handed the window's context and the first screen (which shows the
case's name); it says by its own signals when a case opens (``caseOpened``), when the
open case is about to change (``leaving``: clear what shows it) and when there is no case
(``noCase``: show the first screen). The window places ``header`` and ``combo``.
``delete_case`` (the Case menu's "Delete case…") asks first, then deletes for good.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
)

from desktop_app.core.models import Case
from desktop_app.gui.context import WindowContext
from desktop_app.gui.empty_state import EmptyState
from desktop_app.gui.qtcompat import emit
from desktop_app.services.library import CaseContents


class CasesController(QObject):
    caseOpened = Signal(int)
    leaving = Signal()  # another case opens: clear what shows the one before
    noCase = Signal()  # no case to open: show the first screen

    def __init__(self, context: WindowContext, empty: EmptyState) -> None:
        super().__init__(context)
        self.context = context
        self.empty = empty
        host = context.dialog_parent
        self.form: QDialog | None = None  # the case form last opened (for tests and scripts)
        self.label = QLabel(host)
        self.label.setObjectName("caseLabel")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.details_button = QPushButton(self.tr("Case details…"), host)
        self.details_button.setAccessibleName(self.tr("Edit the case details"))
        self.details_button.clicked.connect(self.edit_case)
        self.header = QHBoxLayout()
        self.header.setContentsMargins(6, 6, 6, 0)
        self.header.addWidget(self.label, 1)
        self.header.addWidget(self.details_button)
        self.combo = QComboBox(host)
        self.combo.setObjectName("caseCombo")
        self.combo.setAccessibleName(self.tr("Open case"))
        self.combo.setToolTip(self.tr("The case you are working on"))
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.setMinimumContentsLength(14)
        self.combo.activated.connect(lambda row: self.open_case(int(self.combo.itemData(row))))

    def load_cases(self, open_last: bool = False, select: int | None = None) -> None:
        """Read the case list again; open ``select``, or (``open_last``) the last case
        opened in this data folder, else the latest."""
        def done(found: list[Case]) -> None:
            self.combo.clear()
            for case in found:
                self.combo.addItem(case.name, case.id)
            if self.context.case_id is None and not found:
                self.combo.addItem(self.tr("No case yet"), 0)
            wanted = select or self.context.case_id
            if open_last and wanted is None:
                last = self.context.settings.value(self._last_case_key(), 0, type=int)
                ids = [c.id for c in found]
                wanted = last if last in ids else (ids[0] if ids else None)  # latest
            if wanted:
                self.combo.setCurrentIndex(max(0, self.combo.findData(wanted)))
                if wanted != self.context.case_id:
                    self.open_case(wanted)
            elif open_last:
                self._show_no_case()

        self.context.runner.run("db", lambda s, _c: s.list_cases(), on_done=done)

    def _last_case_key(self) -> str:
        return "cases/last/" + str(self.context.data_dir.resolve()).replace("/", "|")

    def _show_no_case(self) -> None:
        self.label.setText(self.tr("<b>No case open.</b> Drop files to start one."))
        self.details_button.setText(self.tr("New case…"))
        self.empty.set_case_name(None)
        emit(self.noCase)

    def open_case(self, case_id: int) -> None:
        if case_id != self.context.case_id:
            emit(self.leaving)
        self.context.case_id = case_id
        self.context.settings.setValue(self._last_case_key(), case_id)
        index = self.combo.findData(case_id)
        if index >= 0:
            self.combo.setCurrentIndex(index)
        self.context.refresh_board()
        emit(self.caseOpened, case_id)

    def open_new_case(self, case_id: int) -> None:
        """A case was made (or restored): open it, and list it."""
        self.context.case_id = None
        self.open_case(case_id)
        self.load_cases(select=case_id)

    def case_deleted(self, case_id: int) -> None:
        if self.context.case_id == case_id:
            self.context.case_id = None
        self.load_cases(open_last=True)

    def new_case(self, then: Callable[[Case], object] | None = None) -> None:
        """The case form for a new case; ``then`` gets the case once it is made."""
        from desktop_app.gui.dialogs.case_form import CaseForm

        form = CaseForm(None, self.context.dialog_parent)

        def accepted() -> None:
            fields = form.values()
            self.context.runner.run("db", lambda s, _c: s.create_case(**fields),
                                    on_done=lambda case: self._case_created(case, then))

        form.accepted.connect(accepted)
        form.open()
        self.form = form

    def _case_created(self, case: Case, then: Callable[[Case], object] | None) -> None:
        self.open_new_case(case.id)
        if then is not None:
            then(case)

    def edit_case(self) -> None:
        """The open case's details form (the new case form while there is none)."""
        from desktop_app.gui.dialogs.case_form import CaseForm

        case = self.context.case
        if case is None:
            self.new_case()
            return
        form = CaseForm(case, self.context.dialog_parent)
        case_id = case.id

        def accepted() -> None:
            fields = form.values()
            self.context.runner.run("db", lambda s, _c: s.update_case(case_id, **fields),
                                    on_done=lambda _case: self._case_updated(case_id))

        form.accepted.connect(accepted)
        form.open()
        self.form = form

    def _case_updated(self, case_id: int) -> None:
        self.context.refresh_board()
        self.load_cases(select=case_id)

    def show_case(self, case: Case) -> None:
        """The open case's details, as the board read them: header, first screen, title."""
        self.context.case = case
        parts = [f"<b>{_html(case.name)}</b>"]
        if case.a_number:
            parts.append(_html(case.a_number))
        if case.relief:
            parts.append(_html(case.relief[:1].upper() + case.relief[1:]))
        self.label.setText(" · ".join(parts))
        self.details_button.setText(self.tr("Case details…"))
        self.empty.set_case_name(case.name)
        self.context.dialog_parent.window().setWindowTitle(
            self.tr("{name} — Evidence Packet").format(name=case.name))


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def tr(text: str) -> str:
    """For ``delete_case`` (no QObject of its own): the window's context."""
    return QCoreApplication.translate("MainWindow", text)



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


