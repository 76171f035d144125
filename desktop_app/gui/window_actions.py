"""The main window's actions, menus and toolbar, kept in step with the open case.

Built from ``WindowParts``: the window's widgets and controllers, each named with its own
type, and the few window operations the menus call; never the window itself. Every
action has a keyboard path: a standard shortcut where one exists, else its menu.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QStyle,
    QToolBar,
    QWidget,
)

from desktop_app.gui import appearance, small_dialogs
from desktop_app.gui.assistant_ui import AssistantUi
from desktop_app.gui.board import BoardView
from desktop_app.gui.board_edits import BoardEdits
from desktop_app.gui.case_tools import CaseTools
from desktop_app.gui.context import WindowContext
from desktop_app.gui.models import BoardModel
from desktop_app.gui.reading import ReadingController
from desktop_app.gui.small_dialogs import LANGUAGE_KEY, LANGUAGES
from desktop_app.gui.viewer import PageViewer
from desktop_app.gui.written import WrittenParts
from desktop_app.services.board import CORRESPONDENCE, UNFILED, is_tab

SP = QStyle.StandardPixmap



@dataclass
class Actions:
    new_case: QAction
    edit_case: QAction
    add_files: QAction
    add_folder: QAction
    add_correspondence: QAction
    export: QAction
    print_packet: QAction
    sample: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    rename: QAction
    set_date: QAction
    remove: QAction
    find: QAction
    move_up: QAction
    move_down: QAction
    sort_by_date: QAction
    add_tab: QAction
    file_under: QMenu
    search_box: QLineEdit
    toolbar: QToolBar


@dataclass
class WindowParts:
    """What the menus and the toolbar are made of and act on."""

    main: QMainWindow  # the menu bar, the toolbar area, the window-wide shortcuts
    context: WindowContext
    board: BoardView
    model: BoardModel
    viewer: PageViewer
    undo: QUndoStack
    edits: BoardEdits
    work: ReadingController
    assistant: AssistantUi
    case_tools: CaseTools
    written: WrittenParts
    case_combo: QComboBox
    # What the window does itself:
    new_case: Callable[[], object]
    remove_selected: Callable[[], object]
    search_changed: Callable[[str], object]
    run_search: Callable[[], object]


class WindowActions(QObject):
    """The window's actions, its menus and toolbar, and keeping them in step."""

    def __init__(self, parts: WindowParts) -> None:
        super().__init__(parts.main)
        self.parts = parts
        self.export_dialog: QWidget | None = None
        self.actions = self._build()

    def _action(self, text: str, slot: Any, shortcut: Any = None, icon: QIcon | None = None,
                tip: str = "") -> QAction:
        main = self.parts.main
        action = QAction(text, main)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts([QKeySequence(s) for s in shortcut])
            else:
                action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(icon)
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        # The slot is called with no arguments: ``triggered`` carries a ``checked`` bool
        # that a slot with an optional parameter would take for something else.
        action.triggered.connect(lambda _checked=False: slot())
        main.addAction(action)
        return action

    def _build(self) -> Actions:
        p, w = self.parts, self.parts.main
        ctx = p.context
        icon = appearance.standard_icon
        act = self._action
        undo = p.undo.createUndoAction(w, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.setIcon(QIcon.fromTheme("edit-undo", appearance.arrow_icon(w.palette(), False, False)))
        redo = p.undo.createRedoAction(w, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        redo.setIcon(QIcon.fromTheme("edit-redo", appearance.arrow_icon(w.palette(), True, False)))
        for action in (undo, redo):
            action.setPriority(QAction.Priority.LowPriority)
            w.addAction(action)
        search = QLineEdit(w)
        search.setObjectName("searchBox")
        search.setPlaceholderText(self.tr("Search all pages (Ctrl+F)"))
        search.setAccessibleName(self.tr("Search the text of every page"))
        search.setClearButtonEnabled(True)
        search.setMinimumWidth(w.fontMetrics().averageCharWidth() * 24)
        search.textChanged.connect(p.search_changed)
        search.returnPressed.connect(p.run_search)
        actions = Actions(
            new_case=act(self.tr("&New case…"), p.new_case, QKeySequence.StandardKey.New,
                         icon(w, SP.SP_FileIcon, "document-new"),
                         self.tr("Start a case for another applicant")),
            edit_case=act(self.tr("Case &details…"), ctx.edit_case, None,
                          icon(w, SP.SP_FileDialogDetailedView, "document-properties"),
                          self.tr("The cover sheet: applicant, relief sought, key factors")),
            add_files=act(self.tr("&Add files…"), lambda: small_dialogs.ask_files(ctx, p.work),
                          QKeySequence.StandardKey.Open,
                          icon(w, SP.SP_DialogOpenButton, "document-open"),
                          self.tr("Add scans, photos or PDFs (or drag them onto the window)")),
            add_folder=act(self.tr("Add &folder…"), lambda: small_dialogs.ask_folder(ctx, p.work),
                           "Ctrl+Shift+O", icon(w, SP.SP_DirOpenIcon, "folder-open"),
                           self.tr("Add every scan, photo and PDF in a folder")),
            add_correspondence=act(
                self.tr("Add a notice or letter &received…"),
                lambda: small_dialogs.ask_files(ctx, p.work, correspondence=True),
                None, None, self.tr("Keep a notice or letter you received with the case: read "
                                    "and searchable, but not in the packet")),
            export=act(self.tr("&Export packet…"), self.open_export, "Ctrl+E",
                       icon(w, SP.SP_DialogSaveButton, "document-save-as"),
                       self.tr("Write the indexed packet PDF")),
            print_packet=act(self.tr("&Print packet…"), lambda: small_dialogs.open_print(ctx),
                             QKeySequence.StandardKey.Print, None,
                             self.tr("Print the packet for a paper filing")),
            sample=act(self.tr("Open the &sample case"), p.work.open_sample, None, None,
                       self.tr("A finished example case, to see how it all works")),
            quit=act(self.tr("&Quit"), w.close, QKeySequence.StandardKey.Quit),
            undo=undo,
            redo=redo,
            rename=act(self.tr("&Rename"), lambda: self._edit_current(0), "F2"),
            set_date=act(self.tr("Change &date"), lambda: self._edit_current(2), "Ctrl+D"),
            remove=act(self.tr("Re&move document…"), p.remove_selected, None,
                       icon(w, SP.SP_TrashIcon, "edit-delete"),
                       self.tr("Take the selected documents out of the case (Delete)")),
            find=act(self.tr("&Find…"), lambda: _focus_search(search),
                     QKeySequence.StandardKey.Find),
            move_up=act(self.tr("Move &up"), lambda: p.edits.nudge_selection(-1), "Ctrl+Up"),
            move_down=act(self.tr("Move do&wn"), lambda: p.edits.nudge_selection(1), "Ctrl+Down"),
            sort_by_date=act(self.tr("&Sort tab by date"), self._sort),
            add_tab=act(self.tr("Add a &tab…"), lambda: small_dialogs.ask_tab(ctx)),
            file_under=QMenu(self.tr("&File under"), w),
            search_box=search,
            toolbar=QToolBar(self.tr("Main"), w),
        )
        for action in (actions.rename, actions.set_date, actions.move_up, actions.move_down):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            p.board.addAction(action)
        self.actions = actions
        self._menus(actions)
        self._toolbar(actions)
        self.fit_toolbars()
        return actions

    def _menus(self, a: Actions) -> None:
        p = self.parts
        bar = p.main.menuBar()
        helper, tools = p.assistant, p.case_tools
        case = bar.addMenu(self.tr("&Case"))
        for item in (a.new_case, a.edit_case, helper.translator_action, None,
                     *p.written.actions(), None, a.add_files,
                     a.add_folder, a.add_correspondence, None, a.export, a.print_packet,
                     tools.filings_action,
                     tools.deadlines_action, None, tools.save_archive_action,
                     tools.open_archive_action, tools.check_action, tools.protect_action, None,
                     tools.delete_action,
                     None, a.sample, None, a.quit):
            case.addSeparator() if item is None else case.addAction(item)
        edit = bar.addMenu(self.tr("&Edit"))
        for item in (a.undo, a.redo, None, a.rename, a.set_date, a.remove, None, a.find):
            edit.addSeparator() if item is None else edit.addAction(item)
        document = bar.addMenu(self.tr("&Document"))
        document.addAction(helper.accept_action)
        document.addAction(helper.accept_all_action)
        document.addSeparator()
        document.addMenu(a.file_under)
        for item in (a.move_up, a.move_down, a.sort_by_date, None, a.add_tab, None,
                     helper.pair_action, helper.unpair_action):
            document.addSeparator() if item is None else document.addAction(item)
        document.addMenu(helper.language_menu)
        document.addSeparator()
        document.addAction(helper.auto_action)
        page = bar.addMenu(self.tr("&Page"))
        v = p.viewer
        for item in (v.previous_action, v.next_action, None, v.rotate_left_action,
                     v.rotate_right_action, v.exclude_action, None, v.redact_action, None,
                     v.fit_width_action, v.fit_page_action, v.zoom_in_action,
                     v.zoom_out_action):
            page.addSeparator() if item is None else page.addAction(item)
        page.insertMenu(v.fit_width_action, v.patterns_menu)
        page.insertSeparator(v.fit_width_action)
        self._view_menu(bar.addMenu(self.tr("&View")))
        ctx = p.context
        help_menu = bar.addMenu(self.tr("&Help"))
        guide = help_menu.addAction(self.tr("&Getting started"),
                                    lambda: small_dialogs.open_guide(ctx))
        guide.setShortcut(QKeySequence.StandardKey.HelpContents)
        p.main.addAction(guide)
        help_menu.addAction(self.tr("&About Evidence Packet"), lambda: small_dialogs.about(ctx))

    def _view_menu(self, view: QMenu) -> None:
        p = self.parts
        ctx = p.context
        appearance = view.addMenu(self.tr("&Appearance"))
        group = QActionGroup(p.main)
        current = str(ctx.settings.value("view/scheme", "system"))
        for key, label in (("system", self.tr("Like the &system")), ("light", self.tr("&Light")),
                           ("dark", self.tr("&Dark"))):
            action = appearance.addAction(label)
            action.setCheckable(True)
            action.setChecked(key == current)
            action.triggered.connect(lambda _on, k=key: small_dialogs.set_scheme(ctx, k))
            group.addAction(action)
        self._language_menu(view.addMenu(self.tr("&Interface language")))
        view.addAction(p.case_tools.review_action)
        view.addAction(p.assistant.chronology_action)
        text = view.addAction(self.tr("Show the page's &text"))
        text.setCheckable(True)
        text.setChecked(True)
        text.toggled.connect(p.viewer.text.setVisible)

    def _language_menu(self, menu: QMenu) -> None:
        """English or Español whatever the computer's language (a clinic's shared laptop
        is often set up in English); kept in the user's settings, used from the next
        start."""
        ctx, main = self.parts.context, self.parts.main
        menu.setObjectName("languageMenu")
        group = QActionGroup(menu)
        current = str(ctx.settings.value(LANGUAGE_KEY, "") or "")
        for key, name in LANGUAGES:
            # Each language by its own name, so it can be found in any interface.
            action = menu.addAction(self.tr("Like the system") if not key else name)
            action.setCheckable(True)
            action.setChecked(key == current)
            action.setData(key)
            action.triggered.connect(
                lambda _on, k=key: small_dialogs.set_language_choice(ctx, k, main.close))
            group.addAction(action)

    def _toolbar(self, a: Actions) -> None:
        tb = a.toolbar
        tb.setObjectName("mainToolbar")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        tb.addWidget(self.parts.case_combo)
        tb.addAction(a.new_case)
        tb.addSeparator()
        tb.addAction(a.add_files)
        tb.addAction(a.add_folder)
        tb.addSeparator()
        tb.addAction(a.undo)
        tb.addAction(a.redo)
        tb.addSeparator()
        tb.addAction(self.parts.case_tools.review_action)
        tb.addAction(a.export)
        spacer = QWidget(tb)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        tb.addWidget(spacer)
        tb.addWidget(a.search_box)
        self.parts.main.addToolBar(tb)

    def fit_toolbars(self) -> None:
        """On a narrow window (a laptop at 200 %: 960 logical pixels) the toolbars show
        icons only, with their names as tooltips, so the search box and the page tools
        stay in view rather than behind the toolbar's » menu."""
        main = self.parts.main
        chars = main.fontMetrics().averageCharWidth()
        style = Qt.ToolButtonStyle
        self.actions.toolbar.setToolButtonStyle(
            style.ToolButtonIconOnly if main.width() < chars * 180
            else style.ToolButtonTextBesideIcon)
        self.parts.viewer.set_tool_style(style.ToolButtonIconOnly if main.width() < chars * 240
                                         else style.ToolButtonTextBesideIcon)

    # --- keeping actions in step with the window -----------------------------------------------

    def update_enabled(self) -> None:
        a, p = self.actions, self.parts
        has_case = p.context.case_id is not None
        has_doc = bool(p.board.current_document_id() or p.board.selected_document_ids())
        a.edit_case.setEnabled(True)
        a.export.setEnabled(has_case)
        a.print_packet.setEnabled(has_case)
        for action in (a.rename, a.set_date, a.remove, a.move_up, a.move_down):
            action.setEnabled(has_doc)
        a.move_up.setEnabled(has_case)
        a.move_down.setEnabled(has_case)
        a.sort_by_date.setEnabled(has_case)
        a.add_tab.setEnabled(has_case)
        a.file_under.setEnabled(has_doc)
        # Nothing to review on the first, empty screen (a dock already open can still close).
        snapshot = p.model.snapshot
        has_docs = has_case and snapshot is not None and bool(snapshot.documents)
        review = p.case_tools.review_action
        review.setEnabled(has_docs or p.case_tools.review_dock.isVisible())
        p.case_tools.case_changed()
        p.written.case_changed()
        small_dialogs.skip_dock_tabs(p.main)

    def update_file_under(self) -> None:
        """One action per tab, Ctrl+1 for the first tab and so on."""
        main, menu = self.parts.main, self.actions.file_under
        for action in menu.actions():
            main.removeAction(action)
        menu.clear()
        for number, group in enumerate(self.parts.model.groups()):
            title = (self.tr("Not yet filed") if group.key == UNFILED else
                     self.tr("Correspondence (not in the packet)") if group.key == CORRESPONDENCE
                     else group.title)
            action = menu.addAction(title)
            action.triggered.connect(
                lambda _on, k=group.key: self.parts.edits.file_selected_under(k))
            if 1 <= number <= 9:
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
                main.addAction(action)

    def board_menu(self) -> QMenu:
        a, p = self.actions, self.parts
        menu = QMenu(p.main)
        if p.board.selected_document_ids():
            helper = p.assistant
            if helper.accept_action.isEnabled():
                menu.addAction(helper.accept_action)
            menu.addMenu(a.file_under)
            for action in (a.rename, a.set_date, a.move_up, a.move_down):
                menu.addAction(action)
            menu.addSeparator()
            menu.addAction(helper.pair_action)
            menu.addMenu(helper.language_menu)
            menu.addSeparator()
            menu.addAction(a.remove)
        else:
            for action in (a.move_up, a.move_down, a.sort_by_date, a.add_tab):
                menu.addAction(action)
        return menu

    def open_export(self) -> None:
        dialog = small_dialogs.open_export(self.parts.context, self.parts.model.snapshot)
        if dialog is not None:
            self.export_dialog = dialog

    def _edit_current(self, column: int) -> None:
        board = self.parts.board
        index = board.currentIndex()
        if board.current_document_id():
            board.setFocus()
            board.edit(index.siblingAtColumn(column))

    def _sort(self) -> None:
        key = self.parts.board.current_tab_key()
        if key is not None and is_tab(key):
            self.parts.edits.sort_by_date(key)
        else:
            self.parts.context.show_status(
                self.tr("Select a tab (or a document in it) to sort it by date."))


def _focus_search(search: QLineEdit) -> None:
    search.setFocus(Qt.FocusReason.ShortcutFocusReason)
    search.selectAll()
