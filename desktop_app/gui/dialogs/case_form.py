"""The case form: who the packet is for and what it asks — the cover sheet's fields."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.models import Case

# What the cover sheet says (in English: the packet goes to the agency), and its label.
RELIEFS = ("prosecutorial discretion", "deferred action")


class CaseForm(QDialog):
    def __init__(self, case: Case | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseForm")
        self.case = case
        self.setWindowTitle(self.tr("Case details") if case else self.tr("New case"))
        intro = QLabel(self.tr(
            "These details go on the packet's cover sheet. Only the applicant's name is "
            "needed now; you can fill in the rest later."), self)
        intro.setWordWrap(True)
        self.name = QLineEdit(self)
        self.a_number = QLineEdit(self)
        self.a_number.setPlaceholderText(self.tr("e.g. A-123-456-789 (if there is one)"))
        self.date_of_birth = QLineEdit(self)
        self.date_of_birth.setPlaceholderText(self.tr("e.g. 1986-03-14"))
        self.in_us_since = QLineEdit(self)
        self.in_us_since.setPlaceholderText(self.tr("e.g. 2014-06-01 (the review looks for "
                                                    "proof of each year since)"))
        self.address = QPlainTextEdit(self)
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.phone = QLineEdit(self)
        self.email = QLineEdit(self)
        self.representative = QLineEdit(self)
        self.representative.setPlaceholderText(self.tr("Attorney or accredited representative "
                                                       "(optional)"))
        self.relief = QComboBox(self)
        self.relief.setEditable(True)
        self.relief.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.relief.addItem(self.tr("Prosecutorial discretion"), RELIEFS[0])
        self.relief.addItem(self.tr("Deferred action"), RELIEFS[1])
        self.relief.setToolTip(self.tr("Choose one, or type what is asked for."))
        self.key_factors = QPlainTextEdit(self)
        self.key_factors.setTabChangesFocus(True)
        self.key_factors.setPlaceholderText(self.tr(
            "In a few sentences: years in the U.S., family here, work, health, community "
            "ties — why discretion is deserved."))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        rows = (
            (self.tr("Applicant's full &name:"), self.name),
            (self.tr("&A-number:"), self.a_number),
            (self.tr("Date of &birth:"), self.date_of_birth),
            (self.tr("In the U.S. &since:"), self.in_us_since),
            (self.tr("A&ddress:"), self.address),
            (self.tr("&Phone:"), self.phone),
            (self.tr("&E-mail:"), self.email),
            (self.tr("&Representative:"), self.representative),
            (self.tr("Relief &sought:"), self.relief),
            (self.tr("&Key factors:"), self.key_factors),
        )
        for label, widget in rows:
            form.addRow(label, widget)
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # The fields scroll and Save/Cancel stay in view on a short screen (a laptop at
        # 200 % has 540 logical pixels of height).
        fields = QWidget(self)
        fields.setLayout(form)
        self.fields_scroll = QScrollArea(self)
        self.fields_scroll.setObjectName("caseFormFields")
        self.fields_scroll.setWidgetResizable(True)
        self.fields_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.fields_scroll.setWidget(fields)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.fields_scroll, 1)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._check)
        if case is not None:
            self._fill(case)
        self._check()
        full = fields.sizeHint().height() + intro.sizeHint().height() + \
            self.buttons.sizeHint().height() + 48
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(self.sizeHint().width() * 3 // 2, screen.width() - 24),
                    min(full, screen.height() - 48))
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)
        self.name.selectAll()

    def _fill(self, case: Case) -> None:
        self.name.setText(case.name)
        self.a_number.setText(case.a_number)
        self.date_of_birth.setText(case.date_of_birth)
        self.in_us_since.setText(case.in_us_since)
        self.address.setPlainText(case.address)
        self.phone.setText(case.phone)
        self.email.setText(case.email)
        self.representative.setText(case.representative)
        found = self.relief.findData(case.relief.strip().lower())
        if found >= 0:
            self.relief.setCurrentIndex(found)
        else:
            self.relief.setEditText(case.relief)
        self.key_factors.setPlainText(case.key_factors)

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        ok.setEnabled(bool(self.name.text().strip()))

    def relief_value(self) -> str:
        text = self.relief.currentText().strip()
        index = self.relief.findText(text, Qt.MatchFlag.MatchFixedString)
        return str(self.relief.itemData(index)) if index >= 0 else text

    def values(self) -> dict[str, str]:
        return {
            "name": self.name.text().strip(),
            "a_number": self.a_number.text().strip(),
            "date_of_birth": self.date_of_birth.text().strip(),
            "in_us_since": self.in_us_since.text().strip(),
            "address": self.address.toPlainText().strip(),
            "phone": self.phone.text().strip(),
            "email": self.email.text().strip(),
            "representative": self.representative.text().strip(),
            "relief": self.relief_value(),
            "key_factors": self.key_factors.toPlainText().strip(),
        }
