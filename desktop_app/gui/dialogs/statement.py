"""Case ▸ Statement…: the applicant's statement, section by section, with live citations.

The sections are listed on the left (a check mark on those written); the chosen one
shows its plain-language prompt above its editor. A statement written in Spanish shows
each section's English translation beside it, and a last page for the translator and
whether the applicant reads English (the packet's certificates). Citations are units in
the text (``gui/citations.py``) labelled with the exhibits as they are when the dialog
opens; Cite (Ctrl+K) picks a document or one of its pages.

Nothing is lost silently: closing with unsaved changes asks first.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.statement import SECTIONS
from desktop_app.gui.citations import CitationEdit, LabelBook, read_labels
from desktop_app.gui.dialogs.cite_picker import CitePicker
from desktop_app.gui.dialogs.written_common import AskBeforeClosing, show_error
from desktop_app.gui.qtcompat import emit
from desktop_app.gui.tasks import TaskRunner
from desktop_app.i18n import _
from desktop_app.services import Services
from desktop_app.services.statements import Citable, Statement

TRANSLATION_PAGE = "translation"


def read_statement(services: Services, case_id: int) -> tuple[Statement, list[Citable],
                                                                LabelBook]:
    """On the ``db`` lane: the statement, what it may cite, and the labels."""
    statement = services.statements.get(case_id)
    citable, book = read_labels(services, case_id, [*statement.sections.values(),
                                                    *statement.english.values()])
    return statement, citable, book


class SectionPage(QWidget):
    """One section: its title and prompt, the text, and (Spanish) its English translation."""

    def __init__(self, title: str, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(f"<b>{title}</b>", self)
        heading.setTextFormat(Qt.TextFormat.RichText)
        self.prompt = QLabel(prompt, self)
        self.prompt.setObjectName("sectionPrompt")
        self.prompt.setWordWrap(True)
        self.text = CitationEdit(self)
        self.text.setAccessibleName(title)
        self.text.setAccessibleDescription(prompt)
        self.english = CitationEdit(self)
        self.english.setAccessibleName(self.tr("{section}, English translation").format(
            section=title))
        self.text_label = QLabel(self.tr("As written (Spanish):"), self)
        self.text_label.setBuddy(self.text)
        self.english_label = QLabel(self.tr("English translation:"), self)
        self.english_label.setBuddy(self.english)
        left, right = QWidget(self), QWidget(self)
        for box, label, editor in ((left, self.text_label, self.text),
                                   (right, self.english_label, self.english)):
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(label)
            column.addWidget(editor, 1)
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(left)
        self.split.addWidget(right)
        self._right = right
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.prompt)
        layout.addWidget(self.split, 1)

    def set_spanish(self, spanish: bool) -> None:
        self.text_label.setVisible(spanish)
        self._right.setVisible(spanish)

    def filled(self) -> bool:
        return bool(self.text.toPlainText().strip())

    def translated(self) -> bool:
        return bool(self.english.toPlainText().strip())


class StatementDialog(AskBeforeClosing):
    loaded = Signal()
    saved = Signal()

    def __init__(self, runner: TaskRunner, case_id: int, case_name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statementDialog")
        self._title = self.tr("Statement") + (f" — {case_name}" if case_name else "")
        self.setWindowTitle(self._title)
        self._runner = runner
        self._case_id = case_id
        self.statement: Statement | None = None
        self.citable: list[Citable] = []
        self.book = LabelBook()
        self.picker: CitePicker | None = None
        self.question: QMessageBox | None = None
        self._fields_changed = False
        self._close_after_save = False
        self._editor: CitationEdit | None = None
        self._build()
        self.setEnabled(False)  # until the statement is read
        runner.run("db", lambda s, _c: read_statement(s, case_id),
                   label=self.tr("Reading the statement"), on_done=self._loaded,
                   on_fail=self._load_failed)

    # --- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.language = QComboBox(self)
        self.language.setObjectName("statementLanguage")
        self.language.addItem(self.tr("English"), "en")
        self.language.addItem(self.tr("Spanish (with an English translation)"), "es")
        language_label = QLabel(self.tr("&Written in:"), self)
        language_label.setBuddy(self.language)
        self.language.setAccessibleName(self.tr("Language of the statement"))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.cite_action = QAction(self.tr("&Cite a document…"), self)
        self.cite_action.setObjectName("citeAction")
        self.cite_action.setShortcut(QKeySequence("Ctrl+K"))
        self.cite_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.cite_action.setToolTip(self.tr("Insert a citation of a document or one of its "
                                            "pages (Ctrl+K)"))
        self.cite_action.triggered.connect(lambda _on=False: self.open_picker())
        self.addAction(self.cite_action)
        self.undo_action = QAction(self.tr("&Undo"), self)
        self.undo_action.triggered.connect(lambda _on=False: self._undo(redo=False))
        self.redo_action = QAction(self.tr("&Redo"), self)
        self.redo_action.triggered.connect(lambda _on=False: self._undo(redo=True))
        toolbar = QToolBar(self.tr("Statement"), self)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.cite_action)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        top = QHBoxLayout()
        top.addWidget(toolbar)
        top.addStretch(1)
        top.addWidget(language_label)
        top.addWidget(self.language)
        self.sections = QListWidget(self)
        self.sections.setObjectName("statementSections")
        self.sections.setAccessibleName(self.tr("Sections of the statement"))
        self.pages = QStackedWidget(self)
        self.section_pages: dict[str, SectionPage] = {}
        self._titles = {s.key: _(s.title) for s in SECTIONS}
        for section in SECTIONS:
            page = SectionPage(_(section.title), _(section.prompt), self.pages)
            for editor in (page.text, page.english):
                editor.cite_action = self.cite_action
                editor.focused = self._editor_focused
                editor.document().modificationChanged.connect(lambda _m: self._changed())
                editor.textChanged.connect(self._update_marks)
            self.section_pages[section.key] = page
            self.pages.addWidget(page)
            item = QListWidgetItem(_(section.title), self.sections)
            item.setData(Qt.ItemDataRole.UserRole, section.key)
        self.pages.addWidget(self._build_translation())
        item = QListWidgetItem("✎  " + self.tr("Translation and certificate"), self.sections)
        item.setData(Qt.ItemDataRole.UserRole, TRANSLATION_PAGE)
        self.sections.currentRowChanged.connect(self._show_section)
        self.sections.setSpacing(2)
        list_width = self.sections.sizeHintForColumn(0) + self.fontMetrics().horizontalAdvance(
            "✓  ") + 24
        body = QSplitter(Qt.Orientation.Horizontal, self)
        body.setChildrenCollapsible(False)
        body.addWidget(self.sections)
        body.addWidget(self.pages)
        body.setStretchFactor(1, 1)
        body.setSizes([list_width, list_width * 3])
        self.body = body
        self.note = QLabel(self.tr("Citations show the exhibits as they are now, and follow "
                                   "the documents when you reorder them or move them to "
                                   "another tab."), self)
        self.note.setObjectName("citationNote")
        self.note.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("statementMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = self.save_buttons(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(body, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.language, self.sections)
        self._fit()

    def _build_translation(self) -> QWidget:
        form_widget = QWidget(self)
        self.reads_english = QCheckBox(self.tr("The applicant reads &English"), form_widget)
        self.reads_english.setObjectName("readsEnglish")
        explain = QLabel(self.tr(
            "The packet carries the English translation with the translator's certificate. "
            "If the applicant does not read English, it also carries a certificate that the "
            "statement was read to the applicant in Spanish."), form_widget)
        explain.setWordWrap(True)
        self.translator = QLineEdit(form_widget)
        self.translator.setObjectName("translatorName")
        self.translator_address = QPlainTextEdit(form_widget)
        self.translator_address.setTabChangesFocus(True)
        self.translator_address.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.translator_phone = QLineEdit(form_widget)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for label, widget in ((self.tr("Translator's &name:"), self.translator),
                              (self.tr("Translator's a&ddress:"), self.translator_address),
                              (self.tr("Translator's &phone:"), self.translator_phone)):
            form.addRow(label, widget)
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        column = QVBoxLayout(form_widget)
        column.addWidget(QLabel(f"<b>{self.tr('Translation and certificate')}</b>",
                                form_widget))
        column.addWidget(explain)
        column.addWidget(self.reads_english)
        column.addLayout(form)
        column.addStretch(1)
        self.reads_english.toggled.connect(self._field_changed)
        self.translator.textChanged.connect(self._field_changed)
        self.translator_address.textChanged.connect(self._field_changed)
        self.translator_phone.textChanged.connect(self._field_changed)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(form_widget)
        return scroll

    def _fit(self) -> None:
        """Roomy for writing: most of the window (or screen), up to about 150 characters
        by 40 lines."""
        metrics = self.fontMetrics()
        parent = self.parentWidget()
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        room = parent.window().size() if parent is not None else screen.size()
        width = min(metrics.averageCharWidth() * 170, max(room.width() * 9 // 10,
                                                          metrics.averageCharWidth() * 100))
        height = min(metrics.lineSpacing() * 46, max(room.height() * 9 // 10,
                                                     metrics.lineSpacing() * 26))
        self.resize(min(width, screen.width() - 24), min(height, screen.height() - 48))

    # --- loading -----------------------------------------------------------------------------

    def _loaded(self, found: tuple[Statement, list[Citable], LabelBook]) -> None:
        statement, self.citable, self.book = found
        self.statement = statement
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(statement.language)))
        self.language.blockSignals(False)
        for key, page in self.section_pages.items():
            for editor, text in ((page.text, statement.sections.get(key, "")),
                                 (page.english, statement.english.get(key, ""))):
                editor.relabel(self.book)
                editor.set_stored_text(text)
        for widget in (self.reads_english, self.translator, self.translator_address,
                       self.translator_phone):
            widget.blockSignals(True)
        self.reads_english.setChecked(statement.reads_english)
        self.translator.setText(statement.translator)
        self.translator_address.setPlainText(statement.translator_address)
        self.translator_phone.setText(statement.translator_phone)
        for widget in (self.reads_english, self.translator, self.translator_address,
                       self.translator_phone):
            widget.blockSignals(False)
        self._fields_changed = False
        self._language_changed(reset=True)
        self.setEnabled(True)
        first_empty = next((row for row, key in enumerate(self.section_pages)
                            if not self.section_pages[key].filled()), 0)
        self.sections.setCurrentRow(first_empty)
        self._update_marks()
        self._changed()
        emit(self.loaded)

    def _load_failed(self, error: BaseException) -> None:
        self.setEnabled(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self.pages.setEnabled(False)
        self._say(str(error))
        show_error(self, error)

    # --- sections -----------------------------------------------------------------------------

    def spanish(self) -> bool:
        return self.language.currentData() == "es"

    def _language_changed(self, *_args: Any, reset: bool = False) -> None:
        spanish = self.spanish()
        for page in self.section_pages.values():
            page.set_spanish(spanish)
        translation = self.sections.item(self.sections.count() - 1)
        translation.setHidden(not spanish)
        if not spanish and self.pages.currentIndex() == self.pages.count() - 1:
            self.sections.setCurrentRow(0)
        if not reset:
            self._field_changed()

    def _show_section(self, row: int) -> None:
        if row < 0:
            return
        self.pages.setCurrentIndex(row)
        key = self.sections.item(row).data(Qt.ItemDataRole.UserRole)
        page = self.section_pages.get(str(key))
        if page is not None:
            self._editor = page.text

    def _editor_focused(self, editor: CitationEdit) -> None:
        self._editor = editor
        self._update_undo()

    def _update_marks(self) -> None:
        spanish = self.spanish()
        for row, (key, page) in enumerate(self.section_pages.items()):
            item = self.sections.item(row)
            title = self._titles[key]
            if page.filled() and spanish and not page.translated():
                mark, state = "◐", self.tr("written, not yet translated")
            elif page.filled():
                mark, state = "✓", self.tr("written")
            else:
                mark, state = "○", self.tr("empty")
            item.setText(f"{mark}  {title}")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{title}, {state}")
            item.setToolTip(state[:1].upper() + state[1:])
        self._update_undo()

    def _undo(self, redo: bool) -> None:
        if self._editor is not None:
            self._editor.redo() if redo else self._editor.undo()
            self._editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_undo(self) -> None:
        doc = self._editor.document() if self._editor is not None else None
        self.undo_action.setEnabled(doc is not None and doc.isUndoAvailable())
        self.redo_action.setEnabled(doc is not None and doc.isRedoAvailable())

    # --- citing -------------------------------------------------------------------------------

    def open_picker(self) -> None:
        if self.statement is None:
            return
        editor = self._editor or self.section_pages[SECTIONS[0].key].text
        self.picker = CitePicker(self.citable, self, self.book)
        self.picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker = self.picker

        def done(result: int) -> None:
            citation = picker.citation()
            self.picker = None
            if result == QDialog.DialogCode.Accepted and citation is not None:
                editor.insert_citation(citation)
            editor.setFocus(Qt.FocusReason.OtherFocusReason)

        picker.finished.connect(done)
        picker.open()

    # --- saving -------------------------------------------------------------------------------

    def dirty(self) -> bool:
        return self._fields_changed or any(
            e.document().isModified() for p in self.section_pages.values()
            for e in (p.text, p.english))

    def _field_changed(self, *_args: Any) -> None:
        self._fields_changed = True
        self._update_marks()
        self._changed()

    def _changed(self) -> None:
        dirty = self.dirty()
        self.setWindowTitle(self._title + (" *" if dirty else ""))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            dirty and self.statement is not None)

    def current(self) -> Statement:
        assert self.statement is not None
        return dataclasses.replace(
            self.statement, language=str(self.language.currentData()),
            sections={k: p.text.stored_text() for k, p in self.section_pages.items()},
            english={k: p.english.stored_text() for k, p in self.section_pages.items()},
            reads_english=self.reads_english.isChecked(),
            translator=self.translator.text().strip(),
            translator_address=self.translator_address.toPlainText().strip(),
            translator_phone=self.translator_phone.text().strip())

    def save(self) -> None:
        if self.statement is None or not self.dirty():
            if self._close_after_save:
                self.done(QDialog.DialogCode.Accepted)
            return
        statement = self.current()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self._runner.run("db", lambda s, _c: s.statements.save(statement),
                         label=self.tr("Saving the statement"),
                         on_done=lambda _r: self._saved(statement), on_fail=self._save_failed)

    def _saved(self, statement: Statement) -> None:
        self.statement = statement
        self._fields_changed = False
        for page in self.section_pages.values():
            page.text.document().setModified(False)
            page.english.document().setModified(False)
        self._say("")
        self._changed()
        emit(self.saved)
        if self._close_after_save:
            self.done(QDialog.DialogCode.Accepted)

    def _save_failed(self, error: BaseException) -> None:
        self._close_after_save = False
        self._say(str(error))
        self._changed()
        show_error(self, error)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # --- closing ------------------------------------------------------------------------------

    def unsaved_text(self) -> str:
        return self.tr("Save the changes to the statement?")

    def save_and_close(self) -> None:
        self._close_after_save = True
        self.save()
