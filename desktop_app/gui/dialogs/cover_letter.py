"""Case ▸ Cover letter…: a letter on top of the packet to the office that decides — who
the applicant is, what is asked, and the factors for and against (ICE OPLA asks for
both). Drafted from the case; "Draft again" asks before it replaces what was written."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME
from desktop_app.gui.citations import CitationEdit, LabelBook, read_labels
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
from desktop_app.services.statements import Citable, CoverLetter


def read_letter(services: Services, case_id: int) -> tuple[CoverLetter, list[Citable],
                                                              LabelBook]:
    """On the ``db`` lane: the letter, and the labels of the citations it may hold."""
    letter = services.statements.cover_letter(case_id)
    draft = services.statements.draft_cover_letter(case_id)
    citable, book = read_labels(services, case_id, [
        letter.favourable, letter.unfavourable, draft.favourable, draft.unfavourable])
    return letter, citable, book


def _text_box(parent: QWidget, lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setFixedHeight(parent.fontMetrics().lineSpacing() * lines + 12)
    return box


def _citation_box(parent: QWidget, lines: int) -> CitationEdit:
    box = CitationEdit(parent)
    box.setMinimumHeight(parent.fontMetrics().lineSpacing() * lines + 12)
    return box


class CoverLetterDialog(AskBeforeClosing):
    loaded = Signal()
    saved = Signal()

    def __init__(self, runner: TaskRunner, case_id: int, case_name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coverLetterDialog")
        self.setWindowTitle(self.tr("Cover letter") + (f" — {case_name}" if case_name else ""))
        self._runner = runner
        self._case_id = case_id
        self.letter: CoverLetter | None = None
        self.citable: list[Citable] = []
        self.question: QMessageBox | None = None
        self._build()
        self.setEnabled(False)
        runner.run("db", lambda s, _c: read_letter(s, case_id),
                   label=self.tr("Reading the cover letter"), on_done=self._loaded,
                   on_fail=self._failed)

    def _build(self) -> None:
        intro = QLabel(self.tr(
            "A letter on top of the packet, to the office that decides: who the applicant "
            "is, what is asked, and the reasons for and against. Stating the unfavorable "
            "facts with their explanation is stronger than leaving them for the reviewer "
            "to find. It is signed as set in Case ▸ Signature and service."), self)
        intro.setWordWrap(True)
        self.enabled = QCheckBox(self.tr("&Add a cover letter to the packet"), self)
        self.enabled.setObjectName("coverLetterEnabled")
        fields = QWidget(self)
        self.recipient = QComboBox(fields)
        self.recipient.setObjectName("coverRecipient")
        for key, label in (("opla", self.tr("ICE Office of the Principal Legal Advisor "
                                            "(OPLA)")),
                           ("field_office", self.tr("ICE or USCIS field office")),
                           ("court", self.tr("Immigration court"))):
            self.recipient.addItem(label, key)
        self.office = QLineEdit(fields)
        self.office.setObjectName("coverOffice")
        self.office.setPlaceholderText(self.tr("e.g. ICE OPLA Chicago"))
        self.office_address = _text_box(fields, 3)
        self.hearing = OptionalDate(self.tr("&Next hearing on"), fields)
        self.hearing.setObjectName("coverHearing")
        self.relief = QLineEdit(fields)
        self.relief.setObjectName("coverRelief")
        self.favourable = _citation_box(fields, 6)
        self.favourable.setObjectName("coverFavourable")
        self.unfavourable = _citation_box(fields, 4)
        self.unfavourable.setObjectName("coverUnfavourable")
        self.unfavourable.setPlaceholderText(self.tr(
            "e.g. A 2016 arrest for driving without a license: the case was closed."))
        self.draft_button = link_button(self.tr("&Draft again from the case…"), fields)
        self.draft_button.setObjectName("draftAgain")
        self.draft_button.setToolTip(self.tr("A new draft from the case details, the "
                                             "statement and the exhibits"))
        self.draft_button.clicked.connect(self.draft_again)
        form = QFormLayout(fields)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        rows: tuple[tuple[str, QWidget], ...] = (
            (self.tr("Addressed &to:"), self.recipient),
            (self.tr("&Office:"), self.office),
            (self.tr("Office's add&ress:"), self.office_address),
            (self.tr("Hearing:"), self.hearing),
            (self.tr("Relief &sought:"), self.relief),
        )
        for label, widget in rows:
            form.addRow(label, widget)
            if widget is not self.hearing:
                widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        # The long texts take the whole width, their labels above them.
        for label, widget in ((self.tr("&Favorable factors:"), self.favourable),
                              (self.tr("&Unfavorable factors and their explanation:"),
                               self.unfavourable)):
            heading = QLabel(label, fields)
            heading.setBuddy(widget)
            form.addRow(heading)
            form.addRow(widget)
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        draft_row = QHBoxLayout()
        draft_row.addWidget(self.draft_button)
        draft_row.addStretch(1)
        form.addRow(draft_row)
        self.fields = fields
        self.buttons = self.save_buttons(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.enabled)
        layout.addWidget(scrolling(fields, self), 1)
        layout.addWidget(self.buttons)
        self.enabled.toggled.connect(fields.setEnabled)
        fit(self, fields, intro.sizeHint().height() * 2 + self.enabled.sizeHint().height()
            + self.buttons.sizeHint().height() + 48)

    # --- values ------------------------------------------------------------------------------

    def _show(self, letter: CoverLetter) -> None:
        self.enabled.setChecked(letter.enabled)
        self.fields.setEnabled(letter.enabled)
        self.recipient.setCurrentIndex(max(0, self.recipient.findData(letter.recipient)))
        self.office.setText(letter.office)
        self.office_address.setPlainText(letter.office_address)
        self.hearing.set_value(letter.hearing_date)
        self.relief.setText(letter.relief)
        self.favourable.set_stored_text(letter.favourable)
        self.unfavourable.set_stored_text(letter.unfavourable)

    def current(self) -> CoverLetter:
        assert self.letter is not None
        return dataclasses.replace(
            self.letter, enabled=self.enabled.isChecked(),
            recipient=str(self.recipient.currentData()),
            office=self.office.text().strip(),
            office_address=self.office_address.toPlainText().strip(),
            hearing_date=self.hearing.value(), favourable=self.favourable.stored_text().strip(),
            unfavourable=self.unfavourable.stored_text().strip(),
            relief=self.relief.text().strip())

    def dirty(self) -> bool:
        return self.letter is not None and self.current() != self.letter

    def _loaded(self, found: tuple[CoverLetter, list[Citable], LabelBook]) -> None:
        letter, self.citable, book = found
        self.letter = letter
        for editor in (self.favourable, self.unfavourable):
            editor.relabel(book)
        self._show(letter)
        self.setEnabled(True)
        self.enabled.setFocus(Qt.FocusReason.OtherFocusReason)
        emit(self.loaded)

    def _failed(self, error: BaseException) -> None:
        self.setEnabled(True)
        show_error(self, error)

    # --- drafting again ----------------------------------------------------------------------

    def draft_again(self) -> None:
        case_id = self._case_id
        self._runner.run("db", lambda s, _c: s.statements.draft_cover_letter(case_id),
                         label=self.tr("Drafting the cover letter"),
                         on_done=self._drafted, on_fail=self._failed)

    def _drafted(self, draft: CoverLetter) -> None:
        now = self.current() if self.letter is not None else None
        wanted = now is not None and (now.favourable, now.unfavourable, now.relief) != (
            draft.favourable, draft.unfavourable, draft.relief) and any(
            (now.favourable, now.unfavourable))
        if not wanted:
            self._take_draft(draft)
            return
        box = QMessageBox(QMessageBox.Icon.Question, APP_NAME, self.tr(
            "Replace the letter's factors and relief with a new draft from the case?"),
            QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("draftQuestion")
        box.setInformativeText(self.tr("What you wrote in them is replaced. The office and "
                                       "the hearing date are kept."))
        replace = box.addButton(self.tr("Replace"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(_result: int) -> None:
            self.question = None
            if box.clickedButton() is replace:
                self._take_draft(draft)

        box.finished.connect(answered)
        self.question = box
        box.open()

    def _take_draft(self, draft: CoverLetter) -> None:
        self.question = None
        self.relief.setText(draft.relief)
        self.favourable.set_stored_text(draft.favourable)
        self.unfavourable.set_stored_text(draft.unfavourable)
        if not self.office.text().strip():
            self.office.setText(draft.office)
            self.office_address.setPlainText(draft.office_address)

    # --- saving and closing ------------------------------------------------------------------

    def save(self) -> None:
        if self.letter is None:
            return
        letter, case_id = self.current(), self._case_id
        self.buttons.setEnabled(False)
        self._runner.run("db", lambda s, _c: s.statements.save_cover_letter(case_id, letter),
                         label=self.tr("Saving the cover letter"),
                         on_done=lambda _r: self._saved(letter),
                         on_fail=self._save_failed)

    def _saved(self, letter: CoverLetter) -> None:
        self.letter = letter
        self.buttons.setEnabled(True)
        emit(self.saved)
        self.done(QDialog.DialogCode.Accepted)

    def _save_failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_error(self, error)

    def unsaved_text(self) -> str:
        return self.tr("Save the changes to the cover letter?")
