"""Case ▸ Signature and service…: who signs the packet (the applicant, self-represented,
or a representative), on what date, and the certificate of service — none, through ECAS,
by mail or by hand — with the office served. Both are remembered per case."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.models import Case
from desktop_app.gui.dialogs.written_common import (
    AskBeforeClosing,
    OptionalDate,
    fit,
    link_button,
    scrolling,
    show_error,
)
from desktop_app.gui.qtcompat import emit
from desktop_app.gui.tasks import TaskRunner
from desktop_app.services import Services
from desktop_app.services.statements import CoverLetter, Service, Signing

Found = tuple[Signing, Service, CoverLetter, Case]


def read_signing(services: Services, case_id: int) -> Found:
    statements = services.statements
    return (statements.signing(case_id), statements.service(case_id),
            statements.cover_letter(case_id), services.get_case(case_id))


def _text_box(parent: QWidget, lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setFixedHeight(parent.fontMetrics().lineSpacing() * lines + 12)
    return box


class SigningDialog(AskBeforeClosing):
    loaded = Signal()
    saved = Signal()

    def __init__(self, runner: TaskRunner, case_id: int, case_name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signingDialog")
        self.setWindowTitle(self.tr("Signature and service")
                            + (f" — {case_name}" if case_name else ""))
        self._runner = runner
        self._case_id = case_id
        self.found: Found | None = None
        self.question: QMessageBox | None = None
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._build_signature(content))
        column.addWidget(self._build_service(content))
        column.addStretch(1)
        self.buttons = self.save_buttons(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(content, self), 1)
        layout.addWidget(self.buttons)
        fit(self, content, self.buttons.sizeHint().height() + 40)
        self.setEnabled(False)
        runner.run("db", lambda s, _c: read_signing(s, case_id),
                   label=self.tr("Reading the signature"), on_done=self._loaded,
                   on_fail=self._failed)

    def _build_signature(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Signature on the cover"), parent)
        self.name = QLineEdit(box)
        self.name.setObjectName("signerName")
        self.self_role = QRadioButton(self.tr("The applicant, &self-represented"), box)
        self.rep_role = QRadioButton(self.tr("A &representative (attorney or accredited "
                                             "representative)"), box)
        self.roles = QButtonGroup(box)
        self.roles.addButton(self.self_role)
        self.roles.addButton(self.rep_role)
        self.details = _text_box(box, 3)
        self.details.setObjectName("representativeDetails")
        self.details.setPlaceholderText(self.tr("Bar number or EOIR ID, address, phone"))
        self.signed_on = OptionalDate(self.tr("The day the packet is e&xported"), box,
                                      inverted=True)
        self.signed_on.setObjectName("signedOn")
        self.rep_role.toggled.connect(self._role_changed)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Signed by (&name):"), self.name)
        form.addRow(self.tr("Signing as:"), self.self_role)
        form.addRow("", self.rep_role)
        form.addRow(self.tr("Representative's &details:"), self.details)
        form.addRow(self.tr("Date:"), self.signed_on)
        self.name.setAccessibleName(self.tr("Name of the person signing"))
        self.details.setAccessibleName(self.tr("Representative's details"))
        return box

    def _build_service(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Certificate of service"), parent)
        explain = QLabel(self.tr(
            "A filing with the immigration court must say how DHS (ICE OPLA) was given a "
            "copy. Through ECAS, DHS is served when you file; the certificate says so."), box)
        explain.setWordWrap(True)
        self.methods = QButtonGroup(box)
        self.method_buttons: dict[str, QRadioButton] = {}
        for key, label in (("none", self.tr("No certificate of service")),
                           ("ecas", self.tr("Served through &ECAS (electronic filing)")),
                           ("mail", self.tr("Served by &mail")),
                           ("hand", self.tr("Served by &hand"))):
            button = QRadioButton(label, box)
            button.setObjectName(f"service_{key}")
            self.methods.addButton(button)
            self.method_buttons[key] = button
            button.toggled.connect(lambda _on: self._method_changed())
        self.served_on = _text_box(box, 3)
        self.served_on.setObjectName("servedOn")
        self.served_on.setPlaceholderText(self.tr(
            "e.g. ICE OPLA Chicago, 525 W. Van Buren St., Chicago, IL 60607"))
        self.served_on.setAccessibleName(self.tr("Office served, with its address"))
        self.same_as_letter = link_button(self.tr("Same as the &cover letter's office"), box)
        self.same_as_letter.setObjectName("sameAsLetter")
        self.same_as_letter.clicked.connect(self._copy_office)
        self.service_date = OptionalDate(self.tr("The day the packet is ex&ported"), box,
                                         inverted=True)
        self.service_date.setObjectName("serviceDate")
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(explain)
        first = True
        for button in self.method_buttons.values():
            form.addRow(self.tr("How:") if first else "", button)
            first = False
        form.addRow(self.tr("Served &on:"), self.served_on)
        form.addRow("", self.same_as_letter)
        form.addRow(self.tr("Date of service:"), self.service_date)
        return box

    # --- values --------------------------------------------------------------------------------

    def _loaded(self, found: Found) -> None:
        self.found = found
        signing, service, letter, case = found
        self.name.setText(signing.name or case.representative or case.name)
        self.rep_role.setChecked(signing.role == "representative")
        self.self_role.setChecked(signing.role != "representative")
        self.details.setPlainText(signing.representative_details)
        self.signed_on.set_value(signing.signed_on)
        self.method_buttons.get(service.method, self.method_buttons["none"]).setChecked(True)
        self.served_on.setPlainText(service.served_on)
        self.service_date.set_value(service.date)
        self.same_as_letter.setEnabled(bool(letter.office or letter.office_address))
        self._role_changed()
        self._method_changed()
        self.setEnabled(True)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)
        emit(self.loaded)

    def _failed(self, error: BaseException) -> None:
        self.setEnabled(True)
        show_error(self, error)

    def _role_changed(self) -> None:
        self.details.setEnabled(self.rep_role.isChecked())

    def method(self) -> str:
        return next((k for k, b in self.method_buttons.items() if b.isChecked()), "none")

    def _method_changed(self) -> None:
        serving = self.method() != "none"
        for widget in (self.served_on, self.service_date):
            widget.setEnabled(serving)
        letter = self.found[2] if self.found else None
        self.same_as_letter.setEnabled(serving and letter is not None
                                       and bool(letter.office or letter.office_address))

    def _copy_office(self) -> None:
        if self.found is None:
            return
        letter = self.found[2]
        self.served_on.setPlainText("\n".join(p for p in (letter.office,
                                                          letter.office_address) if p))

    def signing(self) -> Signing:
        rep = self.rep_role.isChecked()
        return Signing(name=self.name.text().strip(),
                       role="representative" if rep else "self",
                       signed_on=self.signed_on.value(),
                       representative_details=self.details.toPlainText().strip()
                       if rep else "")

    def service(self) -> Service:
        method = self.method()
        return Service(method=method, served_on=self.served_on.toPlainText().strip()
                       if method != "none" else "",
                       date=self.service_date.value() if method != "none" else "")

    def dirty(self) -> bool:
        if self.found is None:
            return False
        signing, service, _letter, case = self.found
        before = (signing.name or case.representative or case.name, signing.role,
                  signing.signed_on, signing.representative_details if signing.role ==
                  "representative" else "")
        now = self.signing()
        return (now.name, now.role, now.signed_on, now.representative_details) != before \
            or self.service() != service

    # --- saving and closing --------------------------------------------------------------

    def save(self) -> None:
        if self.found is None:
            return
        case_id, signing, service = self._case_id, self.signing(), self.service()

        def work(services: Services, _ctx: object) -> None:
            services.statements.save_service(case_id, service)  # it checks the most
            services.statements.save_signing(case_id, signing)

        self.buttons.setEnabled(False)
        self._runner.run("db", work, label=self.tr("Saving the signature"),
                         on_done=lambda _r: self._saved(), on_fail=self._save_failed)

    def _saved(self) -> None:
        self.buttons.setEnabled(True)
        emit(self.saved)
        self.done(QDialog.DialogCode.Accepted)

    def _save_failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_error(self, error)

    def unsaved_text(self) -> str:
        return self.tr("Save the signature and the certificate of service?")
