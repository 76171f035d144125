"""The translator's details: who signs the certificate after each translation."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.assistant.models import Translator


class TranslatorDialog(QDialog):
    """The translator's name, address and statement of competence, for the certificate the
    packet adds after each translation (8 CFR 103.2(b)(3))."""

    def __init__(self, found: Translator | None, statement: str,
                 parent: QWidget | None = None) -> None:
        """``statement``: the statement of competence a new translator starts from
        (``Assistant.default_statement``; printed in the packet, so in English)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Translator"))
        self.setObjectName("translatorDialog")
        intro = QLabel(self.tr("Each translation in the packet is followed by a certificate "
                               "signed by the translator, saying they are competent to translate "
                               "and that the translation is complete and accurate."), self)
        intro.setWordWrap(True)
        self.name = QLineEdit(found.name if found else "", self)
        self.name.setAccessibleName(self.tr("Translator's full name"))
        self.address = QPlainTextEdit(found.address if found else "", self)
        self.address.setAccessibleName(self.tr("Translator's address"))
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.phone = QLineEdit(found.phone if found else "", self)
        self.phone.setObjectName("translatorPhone")
        self.phone.setAccessibleName(self.tr("Translator's phone number"))
        self.statement = QPlainTextEdit(found.statement if found and found.statement else
                                        statement, self)
        self.statement.setAccessibleName(self.tr("Statement of competence"))
        self.statement.setTabChangesFocus(True)
        self.statement.setFixedHeight(self.fontMetrics().lineSpacing() * 5)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Address"), self.address)
        form.addRow(self.tr("&Phone"), self.phone)
        form.addRow(self.tr("&Statement"), self.statement)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.name.textChanged.connect(
            lambda text: self.save_button.setEnabled(bool(text.strip())))
        self.save_button.setEnabled(bool(self.name.text().strip()))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 70, self.sizeHint().height())

    def translator(self) -> Translator:
        return Translator(self.name.text().strip(), self.address.toPlainText().strip(),
                          self.statement.toPlainText().strip(), self.phone.text().strip())
