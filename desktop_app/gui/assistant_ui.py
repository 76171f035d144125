"""The evidence assistant in the window: the suggestion bar under the board, accepting
(one key, undoable), translations and their translator, a document's language, and the
chronology view.

The assistant itself runs on the lanes (``services.assistant``); this module only shows its
suggestions and turns the user's answers into undo commands.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from desktop_app.core.assistant.knowledge import LANGUAGE_NAMES
from desktop_app.core.assistant.models import ChronologyRow, DocumentSuggestion, Translator
from desktop_app.core.dates import doubt
from desktop_app.core.importer import title_from_name
from desktop_app.core.models import Document
from desktop_app.gui.board import BoardView
from desktop_app.gui.board_edits import BoardEdits
from desktop_app.gui.context import WindowContext
from desktop_app.gui.dialogs.translator import TranslatorDialog
from desktop_app.gui.models import BoardModel, language_label, tab_label
from desktop_app.gui.qtcompat import emit
from desktop_app.gui.tasks import JobContext
from desktop_app.gui.type_names import type_label
from desktop_app.gui.undo_commands import Editor, LanguageCommand, TranslationCommand
from desktop_app.services import Services
from desktop_app.services.board import BoardSnapshot

# --- the suggestion bar -----------------------------------------------------------------------


class SuggestionBar(QFrame):
    """Under the board: what the assistant makes of the selected document, and why."""

    acceptRequested = Signal()
    chooseRequested = Signal()  # "file it elsewhere": open the File under menu

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestionBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("The assistant's suggestion"))
        self.text = QLabel(self)
        self.text.setObjectName("suggestionText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                          | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.accept_button = QPushButton(self.tr("Accept (A)"), self)
        self.accept_button.setObjectName("acceptSuggestion")
        self.accept_button.setDefault(False)
        self.accept_button.setAutoDefault(False)
        self.accept_button.setToolTip(self.tr("File it under the suggested tab and use the "
                                              "suggested date and title. You can undo it."))
        self.choose_button = QPushButton(self.tr("File under…"), self)
        self.choose_button.setAutoDefault(False)
        self.choose_button.setToolTip(self.tr("Choose the tab yourself"))
        self.accept_button.clicked.connect(lambda: emit(self.acceptRequested))
        self.choose_button.clicked.connect(lambda: emit(self.chooseRequested))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.accept_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def show_for(self, doc: Document | None, found: DocumentSuggestion | None,
                 needs_translation: bool) -> None:
        if doc is None or (found is None and not needs_translation):
            self.hide()
            return
        if found is None:
            self.text.setText(self.tr("<b>{title}</b> is in {language}. The packet needs a "
                                      "certified English translation: add it, then use "
                                      "Document ▸ Is a translation of…").format(
                                     title=_html(doc.title),
                                     language=language_label(doc.language)))
            self.accept_button.hide()
            self.choose_button.hide()
            self.show()
            return
        s = found.suggestion
        facts = [type_label(s.document_type)]
        if s.date:
            facts.append(s.date if s.date_sure else self.tr("{date}? check the date").format(
                date=s.date))
        if s.language and s.language != "en":
            facts.append(language_label(s.language) if s.language_sure
                         else self.tr("perhaps {language}").format(
                             language=language_label(s.language)))
        if s.category is None and s.advice:
            head = self.tr("<b>Needs your review.</b> {advice}").format(advice=_html(s.advice))
        elif s.category is None:
            head = self.tr("<b>Needs your review.</b> The assistant is not sure which tab this "
                           "belongs under")
            if s.best_guess:
                head += self.tr(" (perhaps {tab})").format(tab=tab_label(s.best_guess))
            head += "."
        else:
            head = self.tr("<b>Suggested: {tab}</b> — {facts} ({percent} % sure)").format(
                tab=tab_label(s.category), facts=_html(", ".join(facts)),
                percent=percent(s.confidence))
        why = _html(s.reason) if s.category is not None else ""
        if s.needs_translation:
            if why and not why.endswith((".", "!", "?")):
                why += "."  # the reason is a phrase; the next sentence is one of its own
            why += (" " if why else "") + self.tr("Not in English: it will need a certified "
                                                  "translation.")
        self.text.setText(head + (f"<br><small>{why}</small>" if why else ""))
        self.accept_button.setVisible(s.category is not None)
        self.choose_button.show()
        self.show()


# --- the chronology view ----------------------------------------------------------------------


class ChronologyView(QTreeWidget):
    documentActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chronology")
        self.setAccessibleName(self.tr("The documents in date order"))
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setHeaderLabels([self.tr("Date"), self.tr("Exhibit"), self.tr("Document"),
                              self.tr("Tab")])
        header = self.header()
        header.setStretchLastSection(False)
        for column in (0, 1, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.itemActivated.connect(self._activated)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        emit(self.documentActivated, int(item.data(0, Qt.ItemDataRole.UserRole)))

    def show_rows(self, rows: list[ChronologyRow]) -> None:
        self.clear()
        for row in rows:
            item = QTreeWidgetItem([row.date or self.tr("no date"), row.exhibit_id or "—",
                                    row.title, row.tab_title])
            item.setData(0, Qt.ItemDataRole.UserRole, row.document_id)
            if row.date is None:
                item.setToolTip(0, self.tr("Give it a date with Edit ▸ Change date (Ctrl+D)"))
            self.addTopLevelItem(item)


# --- the controller ---------------------------------------------------------------------------


class AssistantUi(QObject):
    """Owns the assistant's actions, the suggestion bar and the chronology dock of one
    window."""

    chronologyShown = Signal()
    tabMenuRequested = Signal(QPoint)  # the "File under" menu, at this point on screen

    def __init__(self, context: WindowContext, board: BoardView, model: BoardModel,
                 edits: BoardEdits, editor: Editor, undo: QUndoStack) -> None:
        super().__init__(context)
        self.context = context
        self.board, self.model, self.edits, self.editor, self.undo = (
            board, model, edits, editor, undo)
        host = context.dialog_parent
        self.snapshot: BoardSnapshot | None = None
        self.bar = SuggestionBar(host)
        # The Assistant column gives way to the titles: its full text is in its tooltip.
        column = model.COLUMNS.index("assistant")
        board.header().setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        board.setColumnWidth(column, host.fontMetrics().averageCharWidth() * 22)
        self.chronology = ChronologyView(host)
        self.dock = QDockWidget(self.tr("Chronology"), host)
        self.dock.setObjectName("chronologyDock")
        self.dock.setWidget(self.chronology)
        self.dock.setAllowedAreas(Qt.DockWidgetArea.BottomDockWidgetArea
                                  | Qt.DockWidgetArea.RightDockWidgetArea
                                  | Qt.DockWidgetArea.LeftDockWidgetArea)
        self.chronology.documentActivated.connect(self.go_to)
        self.bar.acceptRequested.connect(self.accept_selected)
        self.bar.chooseRequested.connect(self._choose_tab)
        self.accept_action = self._action(self.tr("&Accept suggestion"), self.accept_selected, "A",
                                          self.tr("File the selected documents where the "
                                                  "assistant suggests"))
        self.accept_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        board.addAction(self.accept_action)
        self.accept_all_action = self._action(
            self.tr("Accept all &sure suggestions"), self.accept_all, "Ctrl+Shift+A",
            self.tr("File every document the assistant is sure about; you can undo it"))
        self.pair_action = self._action(self.tr("Is a &translation of…"), self.ask_original)
        self.unpair_action = self._action(self.tr("&Not a translation"), self.unpair)
        self.translator_action = self._action(self.tr("&Translator…"), self.edit_translator, None,
                                              self.tr("Who certifies the translations"))
        self.auto_action = self._action(
            self.tr("File very sure suggestions &automatically"), self._set_auto_accept, None,
            self.tr("Documents the assistant is at least 95 % sure about are filed for you; "
                    "you can still move them"))
        self.auto_action.setCheckable(True)
        self.language_menu = QMenu(self.tr("&Language"), host)
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code in LANGUAGE_NAMES:
            action = self.language_menu.addAction(language_label(code).capitalize())
            action.setCheckable(True)
            action.triggered.connect(lambda _on, c=code: self.set_language(c))
            group.addAction(action)
            self.language_actions[code] = action
        self.language_menu.addSeparator()
        self.language_menu.addAction(self.tr("Let the assistant tell"),
                                     lambda: self.set_language(None))
        self.chronology_action = self.dock.toggleViewAction()
        self.chronology_action.setText(self.tr("&Chronology"))
        self.chronology_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        host.addAction(self.chronology_action)
        context.runner.run("db", lambda s, _c: _auto_accept(s),
                           on_done=self.auto_action.setChecked)

    def dock_into(self, main: QMainWindow) -> None:
        """Put the chronology dock at the bottom of ``main`` (hidden until asked for)."""
        main.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.dock.hide()
        self.dock.visibilityChanged.connect(self._dock_shown)

    def _action(self, text: str, slot: Any, shortcut: str | None = None,
                tip: str = "") -> QAction:
        action = QAction(text, self.context.dialog_parent)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(lambda _on=False: slot())
        self.context.dialog_parent.addAction(action)
        return action

    # --- following the board ------------------------------------------------------------------

    def board_loaded(self, snapshot: BoardSnapshot) -> None:
        self.snapshot = snapshot
        # The Assistant column only when it has something to say.
        self.board.want_column("assistant", any(
            snapshot.suggestion(d.id) is not None or d.id in snapshot.translations
            or (d.category and snapshot.needs_translation(d)) for d in snapshot.documents))
        self.selection_changed()
        if self.dock.isVisible():
            self.load_chronology()

    def _selected(self) -> list[Document]:
        snapshot = self.snapshot
        if snapshot is None:
            return []
        ids = self.board.selected_document_ids() or [
            i for i in [self.board.current_document_id()] if i]
        return [snapshot.by_id[i] for i in ids if i in snapshot.by_id]

    def selection_changed(self) -> None:
        snapshot = self.snapshot
        docs = self._selected()
        doc = docs[0] if len(docs) == 1 else None
        found = snapshot.suggestion(doc.id) if snapshot and doc else None
        needs = bool(snapshot and doc and doc.category and snapshot.needs_translation(doc))
        self.bar.show_for(doc, found, needs)
        sure = [d for d in docs if snapshot and (s := snapshot.suggestion(d.id))
                and s.suggestion.category is not None]
        self.accept_action.setEnabled(bool(sure))
        self.accept_all_action.setEnabled(bool(snapshot and any(
            (s := snapshot.suggestion(d.id)) and s.suggestion.category is not None
            for d in snapshot.documents)))
        self.pair_action.setEnabled(doc is not None)
        self.unpair_action.setEnabled(bool(doc and snapshot and doc.id in snapshot.translations))
        self.language_menu.setEnabled(doc is not None)
        for code, action in self.language_actions.items():
            action.setChecked(doc is not None and doc.language == code)
        self.translator_action.setEnabled(self.context.case_id is not None)

    # --- accepting ----------------------------------------------------------------------------

    def accept_selected(self) -> None:
        self._accept([d.id for d in self._selected()])

    def accept_all(self) -> None:
        if self.snapshot is not None:
            self._accept([d.id for d in self.snapshot.documents])

    def _accept(self, ids: list[int]) -> None:
        """File each document under its suggested tab, and give it the suggested date (when
        the assistant is sure of it) and title where the user has not set them: one
        undoable step. Titles never carry the date: the index prints it beside them."""
        snapshot, edits = self.snapshot, self.edits
        if snapshot is None:
            return
        chosen = [(snapshot.by_id[i], found.suggestion) for i in ids
                  if (found := snapshot.suggestion(i)) is not None
                  and found.suggestion.category is not None]
        if not chosen:
            return
        text = (self.tr("Accept the suggestion for “{title}”").format(title=chosen[0][0].title)
                if len(chosen) == 1 else
                self.tr("Accept {n} suggestions").format(n=len(chosen)))
        self.undo.beginMacro(text)
        try:
            for key in dict.fromkeys(s.category or "" for _d, s in chosen):
                edits.move_documents([d.id for d, s in chosen if s.category == key], key, -1)
            for doc, s in chosen:
                # A date the assistant is not sure of is left for the user to check.
                if s.sure_date and not doc.date and self._plausible(s.sure_date):
                    edits.set_date(doc.id, "", s.sure_date)
                if s.title and doc.title == title_from_name(Path(doc.source_name)):
                    edits.rename(doc.id, doc.title, s.title)
        finally:
            self.undo.endMacro()
        self.context.show_status(self.tr("Filed {n} document(s) as the assistant suggested. "
                         "Undo (Ctrl+Z) takes it back.").format(n=len(chosen)))

    def _plausible(self, date: str) -> bool:
        """Whether ``date`` can be a document's date for the case as it is now (its date of
        birth may have been entered after the suggestion was made)."""
        case = self.context.case
        try:
            birth = (dt.date.fromisoformat(case.date_of_birth)
                     if case is not None and case.date_of_birth else None)
            return doubt(dt.date.fromisoformat(date), dt.date.today(), birth) is None
        except ValueError:
            return False

    def _choose_tab(self) -> None:
        button = self.bar.choose_button
        emit(self.tabMenuRequested, button.mapToGlobal(button.rect().bottomLeft()))

    def _set_auto_accept(self) -> None:
        enabled = self.auto_action.isChecked()

        def work(services: Services, _ctx: JobContext) -> None:

            services.assistant.set_auto_accept(enabled)

        self.context.runner.run("db", work)

    # --- translations and language ------------------------------------------------------------

    def ask_original(self) -> None:
        snapshot, docs = self.snapshot, self._selected()
        if snapshot is None or len(docs) != 1 or self.context.case_id is None:
            return
        doc = docs[0]
        exhibits = {d: e for g in self.model.groups() for d, e in g.exhibits.items()}
        choices = [d for d in snapshot.documents
                   if d.id != doc.id and d.id not in snapshot.translations]
        if not choices:
            self.context.show_status(self.tr("Add the original document first."))
            return
        labels = [(f"{exhibits[d.id]} — " if d.id in exhibits else "") + d.title
                  for d in choices]
        current = snapshot.translations.get(doc.id)
        at = next((n for n, d in enumerate(choices) if d.id == current), 0)
        label, ok = QInputDialog.getItem(
            self.context.dialog_parent, self.tr("Translation"),
            self.tr("“{title}” is the English translation of:").format(title=doc.title),
            labels, at, False)
        if not ok:
            return
        self.pair(doc.id, choices[labels.index(label)].id)

    def pair(self, translation_id: int, original_id: int) -> None:
        """Mark ``translation_id`` as the translation of ``original_id`` (undoable)."""
        snapshot, case_id = self.snapshot, self.context.case_id
        if snapshot is None or case_id is None or translation_id not in snapshot.by_id:
            return
        title = snapshot.by_id[translation_id].title
        self.undo.push(TranslationCommand(
            self.editor, case_id, translation_id, original_id,
            snapshot.translations.get(translation_id),
            self.tr("Pair “{title}” with its original").format(title=title)))

    def unpair(self) -> None:
        snapshot, docs = self.snapshot, self._selected()
        if snapshot is None or len(docs) != 1 or self.context.case_id is None:
            return
        doc = docs[0]
        before = snapshot.translations.get(doc.id)
        if before is not None:
            self.undo.push(TranslationCommand(
                self.editor, self.context.case_id, doc.id, None, before,
                self.tr("Unpair the translation “{title}”").format(title=doc.title)))

    def set_language(self, code: str | None) -> None:
        docs = self._selected()
        if len(docs) != 1 or self.context.case_id is None:
            return
        doc = docs[0]
        self.undo.push(LanguageCommand(
            self.editor, self.context.case_id, doc.id, code, doc.language,
            self.tr("Set the language of “{title}”").format(title=doc.title)))

    def edit_translator(self) -> None:
        case_id = self.context.case_id
        if case_id is None:
            return

        def work(services: Services, _ctx: JobContext) -> tuple[Translator | None, str]:
            return (services.assistant.get_translator(case_id),
                    services.assistant.default_statement(case_id))

        self.context.runner.run("db", work, on_done=lambda found: self._show_translator(case_id,
                                                                                  *found))

    def _show_translator(self, case_id: int, found: Translator | None,
                         statement: str) -> None:
        dialog = TranslatorDialog(found, statement, self.context.dialog_parent)
        self.translator_dialog = dialog

        def accepted() -> None:
            chosen = dialog.translator()

            def work(services: Services, _ctx: JobContext) -> None:

                services.assistant.set_translator(case_id, name=chosen.name,
                                         address=chosen.address, statement=chosen.statement,
                                         phone=chosen.phone)

            self.context.runner.run("db", work, on_done=lambda _r: self.context.show_status(
                self.tr("Translator saved.")), on_fail=self.context.show_error)

        dialog.accepted.connect(accepted)
        dialog.open()

    # --- the chronology -----------------------------------------------------------------------

    def _dock_shown(self, shown: bool) -> None:
        if shown:
            self.load_chronology()

    def load_chronology(self) -> None:
        case_id = self.context.case_id
        if case_id is None:
            self.chronology.clear()
            return

        def work(services: Services, _ctx: JobContext) -> list[ChronologyRow]:

            return services.assistant.chronology(case_id)

        self.context.runner.run("db", work, on_done=self._chronology_loaded)

    def _chronology_loaded(self, rows: list[ChronologyRow]) -> None:
        self.chronology.show_rows(rows)
        emit(self.chronologyShown)

    def go_to(self, document_id: int) -> None:
        if self.board.select_document(document_id):
            self.board.setFocus()


def percent(confidence: float) -> int:
    """How sure, as a person reads it: never "100 %" (nothing read from a scan is certain)."""
    return min(99, round(confidence * 100))


def _auto_accept(services: Services) -> bool:

    return services.assistant.auto_accept_enabled()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

