"""The written parts of the request in the window: Case ▸ Statement…, Cover letter…,
Signature and service…, and the line of the export dialog that says which of them the
packet will carry (with a button to change them)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QMenu, QToolButton, QWidget

from desktop_app.gui.context import WindowContext
from desktop_app.gui.dialogs.cover_letter import CoverLetterDialog
from desktop_app.gui.dialogs.signing import SigningDialog
from desktop_app.gui.dialogs.statement import StatementDialog
from desktop_app.gui.qtcompat import emit
from desktop_app.gui.tasks import JobContext, TaskRunner
from desktop_app.services import Services
from desktop_app.services.statements import CoverLetter, Service, Signing, Statement

DIALOGS: dict[str, Any] = {"statement": StatementDialog,
                                     "cover": CoverLetterDialog,
                                     "signing": SigningDialog}


def open_dialog(kind: str, runner: TaskRunner, case_id: int, case_name: str,
                parent: QWidget) -> Any:
    """Open one of the three dialogs window-modal over ``parent``; it deletes itself."""
    dialog: QDialog = DIALOGS[kind](runner, case_id, case_name, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class WrittenParts(QObject):
    """The Case menu's three entries, enabled while a case is open."""

    def __init__(self, context: WindowContext, case_name: Any) -> None:
        super().__init__(context)
        self.context = context
        self._case_name = case_name  # a function: the open case's name
        self.dialog: Any = None
        parent = context.dialog_parent
        self.statement_action = self._action(
            parent, self.tr("State&ment…"), "statement",
            self.tr("The applicant's statement, section by section, citing the exhibits"))
        self.cover_action = self._action(
            parent, self.tr("Co&ver letter…"), "cover",
            self.tr("A letter on top of the packet: what is asked, the factors for and "
                    "against"))
        self.signing_action = self._action(
            parent, self.tr("Si&gnature and service…"), "signing",
            self.tr("Who signs, and the certificate of service (ECAS, mail or hand)"))
        self.case_changed()

    def _action(self, parent: QWidget, text: str, kind: str, tip: str) -> QAction:
        action = QAction(text, parent)
        action.setObjectName(f"{kind}Action")
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _on=False: self.open(kind))
        return action

    def actions(self) -> list[QAction]:
        return [self.statement_action, self.cover_action, self.signing_action]

    def case_changed(self) -> None:
        for action in self.actions():
            action.setEnabled(self.context.case_id is not None)

    def open(self, kind: str) -> None:
        case_id = self.context.case_id
        if case_id is None:
            return
        self.dialog = open_dialog(kind, self.context.runner, case_id, self._case_name(),
                                  self.context.dialog_parent)


Summary = tuple[Statement, CoverLetter, Signing, Service]


def read_summary(services: Services, case_id: int) -> Summary:
    s = services.statements
    return s.get(case_id), s.cover_letter(case_id), s.signing(case_id), s.service(case_id)


class WrittenSummary(QWidget):
    """One line of the export dialog: what the packet will carry besides the exhibits,
    and a Change button (a menu of the three dialogs, opened over the export dialog)."""

    changed = Signal()  # something was saved in one of the dialogs
    shown = Signal(str)  # the line, once read

    def __init__(self, runner: TaskRunner, case_id: int, case_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("writtenSummary")
        self._runner = runner
        self._case_id = case_id
        self._case_name = case_name
        self.dialog: Any = None
        self.text = QLabel(self)
        self.text.setObjectName("writtenSummaryText")
        self.text.setWordWrap(True)
        self.change = QToolButton(self)
        self.change.setObjectName("writtenChange")
        self.change.setText(self.tr("Change…"))
        self.change.setAccessibleName(self.tr("Change the statement, cover letter or "
                                              "certificate of service"))
        self.change.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.change)
        for kind, label in (("statement", self.tr("State&ment…")),
                            ("cover", self.tr("Co&ver letter…")),
                            ("signing", self.tr("Si&gnature and service…"))):
            action = menu.addAction(label)
            action.setObjectName(f"{kind}Change")
            action.triggered.connect(lambda _on=False, k=kind: self.open(k))
        self.change.setMenu(menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.change, 0, Qt.AlignmentFlag.AlignTop)
        self.refresh()

    def open(self, kind: str) -> None:
        self.dialog = open_dialog(kind, self._runner, self._case_id, self._case_name, self)
        self.dialog.saved.connect(self._saved)

    def _saved(self) -> None:
        self.refresh()
        emit(self.changed)

    def refresh(self) -> None:
        case_id = self._case_id

        def work(services: Services, _ctx: JobContext) -> Summary:
            return read_summary(services, case_id)

        self._runner.run("db", work, label=self.tr("Reading the written parts"),
                         on_done=self._show, on_fail=lambda e: self.text.setText(str(e)))

    def _show(self, found: Summary) -> None:
        statement, letter, signing, service = found
        parts: list[str] = []
        if statement.filled():
            parts.append(self.tr("the statement (Spanish and English)")
                         if statement.language == "es" else self.tr("the statement"))
        if letter.enabled:
            parts.append(self.tr("a cover letter"))
        method = {"ecas": self.tr("a certificate of service (ECAS)"),
                  "mail": self.tr("a certificate of service (mail)"),
                  "hand": self.tr("a certificate of service (by hand)")}.get(service.method)
        if method:
            parts.append(method)
        if parts:
            line = self.tr("Also in the packet: {parts}.").format(parts=", ".join(parts))
        else:
            line = self.tr("No statement, cover letter or certificate of service.")
        if signing.name:
            line += " " + self.tr("Signed by {name}.").format(name=signing.name)
        self.text.setText(line)
        emit(self.shown, line)
