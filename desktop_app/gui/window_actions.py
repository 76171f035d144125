"""The main window's actions, menus and toolbar, and its small dialogs.

Every action has a keyboard path: a standard shortcut where one exists, else its menu.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QMimeData, Qt
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStyle,
    QTabBar,
    QToolBar,
    QWidget,
)

from desktop_app import APP_NAME, __version__
from desktop_app.gui import desktop, look
from desktop_app.gui.qtcompat import emit
from desktop_app.services.board import CORRESPONDENCE, UNFILED, is_tab

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow

SP = QStyle.StandardPixmap
FILE_FILTER = "*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.heic *.heif *.webp *.bmp *.gif"


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("MainWindow", text, None, n)


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


def _action(window: MainWindow, text: str, slot: Any, shortcut: Any = None,
            icon: QIcon | None = None, tip: str = "") -> QAction:
    action = QAction(text, window)
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
    # The slot is called with no arguments: ``triggered`` carries a ``checked`` bool that a
    # slot with an optional parameter (``new_case(then=None)``) would take for a callback.
    action.triggered.connect(lambda _checked=False: slot())
    window.addAction(action)
    return action


def build(window: MainWindow) -> Actions:
    icon = look.standard_icon
    w = window
    undo = w.undo_stack.createUndoAction(w, tr("&Undo"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    undo.setIcon(QIcon.fromTheme("edit-undo", look.arrow_icon(w.palette(), False, False)))
    redo = w.undo_stack.createRedoAction(w, tr("&Redo"))
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    redo.setIcon(QIcon.fromTheme("edit-redo", look.arrow_icon(w.palette(), True, False)))
    for action in (undo, redo):
        action.setPriority(QAction.Priority.LowPriority)
        w.addAction(action)
    search = QLineEdit(w)
    search.setObjectName("searchBox")
    search.setPlaceholderText(tr("Search all pages (Ctrl+F)"))
    search.setAccessibleName(tr("Search the text of every page"))
    search.setClearButtonEnabled(True)
    search.setMinimumWidth(w.fontMetrics().averageCharWidth() * 24)
    search.textChanged.connect(w.search_changed)
    search.returnPressed.connect(w.run_search)
    actions = Actions(
        new_case=_action(w, tr("&New case…"), w.new_case, QKeySequence.StandardKey.New,
                         icon(w, SP.SP_FileIcon, "document-new"),
                         tr("Start a case for another applicant")),
        edit_case=_action(w, tr("Case &details…"), w.edit_case, None,
                          icon(w, SP.SP_FileDialogDetailedView, "document-properties"),
                          tr("The cover sheet: applicant, relief sought, key factors")),
        add_files=_action(w, tr("&Add files…"), w.ask_files, QKeySequence.StandardKey.Open,
                          icon(w, SP.SP_DialogOpenButton, "document-open"),
                          tr("Add scans, photos or PDFs (or drag them onto the window)")),
        add_folder=_action(w, tr("Add &folder…"), w.ask_folder, "Ctrl+Shift+O",
                           icon(w, SP.SP_DirOpenIcon, "folder-open"),
                           tr("Add every scan, photo and PDF in a folder")),
        add_correspondence=_action(
            w, tr("Add a notice or letter &received…"), lambda: ask_files(w, correspondence=True),
            None, None, tr("Keep a notice or letter you received with the case: read and "
                           "searchable, but not in the packet")),
        export=_action(w, tr("&Export packet…"), lambda: open_export(w), "Ctrl+E",
                       icon(w, SP.SP_DialogSaveButton, "document-save-as"),
                       tr("Write the indexed packet PDF")),
        print_packet=_action(w, tr("&Print packet…"), lambda: open_print(w),
                             QKeySequence.StandardKey.Print, None,
                             tr("Print the packet for a paper filing")),
        sample=_action(w, tr("Open the &sample case"), w.work.open_sample, None, None,
                       tr("A finished example case, to see how it all works")),
        quit=_action(w, tr("&Quit"), w.close, QKeySequence.StandardKey.Quit),
        undo=undo,
        redo=redo,
        rename=_action(w, tr("&Rename"), lambda: _edit_current(w, 0), "F2"),
        set_date=_action(w, tr("Change &date"), lambda: _edit_current(w, 2), "Ctrl+D"),
        remove=_action(w, tr("Re&move document…"), w.remove_selected, None,
                       icon(w, SP.SP_TrashIcon, "edit-delete"),
                       tr("Take the selected documents out of the case (Delete)")),
        find=_action(w, tr("&Find…"), lambda: _focus_search(search),
                     QKeySequence.StandardKey.Find),
        move_up=_action(w, tr("Move &up"), lambda: w.edits.nudge_selection(-1), "Ctrl+Up"),
        move_down=_action(w, tr("Move do&wn"), lambda: w.edits.nudge_selection(1),
                          "Ctrl+Down"),
        sort_by_date=_action(w, tr("&Sort tab by date"), lambda: _sort(w)),
        add_tab=_action(w, tr("Add a &tab…"), lambda: ask_tab(w)),
        file_under=QMenu(tr("&File under"), w),
        search_box=search,
        toolbar=QToolBar(tr("Main"), w),
    )
    for action in (actions.rename, actions.set_date, actions.move_up, actions.move_down):
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        w.board.addAction(action)
    _menus(w, actions)
    _toolbar(w, actions)
    fit_toolbars(w)
    return actions


def _focus_search(search: QLineEdit) -> None:
    search.setFocus(Qt.FocusReason.ShortcutFocusReason)
    search.selectAll()


def _menus(w: MainWindow, a: Actions) -> None:
    bar = w.menuBar()
    helper = w.assistant_ui
    case = bar.addMenu(tr("&Case"))
    tools = w.case_tools
    for item in (a.new_case, a.edit_case, helper.translator_action, None,
                 *w.written.actions(), None, a.add_files,
                 a.add_folder, a.add_correspondence, None, a.export, a.print_packet,
                 tools.filings_action,
                 tools.deadlines_action, None, tools.save_archive_action,
                 tools.open_archive_action, tools.check_action, tools.protect_action, None,
                 tools.delete_action,
                 None, a.sample, None, a.quit):
        case.addSeparator() if item is None else case.addAction(item)
    edit = bar.addMenu(tr("&Edit"))
    for item in (a.undo, a.redo, None, a.rename, a.set_date, a.remove, None, a.find):
        edit.addSeparator() if item is None else edit.addAction(item)
    document = bar.addMenu(tr("&Document"))
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
    page = bar.addMenu(tr("&Page"))
    v = w.viewer
    for item in (v.previous_action, v.next_action, None, v.rotate_left_action,
                 v.rotate_right_action, v.exclude_action, None, v.redact_action, None,
                 v.fit_width_action, v.fit_page_action, v.zoom_in_action, v.zoom_out_action):
        page.addSeparator() if item is None else page.addAction(item)
    page.insertMenu(v.fit_width_action, v.patterns_menu)
    page.insertSeparator(v.fit_width_action)
    view = bar.addMenu(tr("&View"))
    appearance = view.addMenu(tr("&Appearance"))
    group = QActionGroup(w)
    current = str(w.settings.value("view/scheme", "system"))
    for key, label in (("system", tr("Like the &system")), ("light", tr("&Light")),
                       ("dark", tr("&Dark"))):
        action = appearance.addAction(label)
        action.setCheckable(True)
        action.setChecked(key == current)
        action.triggered.connect(lambda _on, k=key: set_scheme(w, k))
        group.addAction(action)
    _language_menu(w, view.addMenu(tr("&Interface language")))
    view.addAction(w.case_tools.review_action)
    view.addAction(helper.chronology_action)
    text = view.addAction(tr("Show the page's &text"))
    text.setCheckable(True)
    text.setChecked(True)
    text.toggled.connect(w.viewer.text.setVisible)
    help_menu = bar.addMenu(tr("&Help"))
    guide = help_menu.addAction(tr("&Getting started"), lambda: open_guide(w))
    guide.setShortcut(QKeySequence.StandardKey.HelpContents)
    w.addAction(guide)
    help_menu.addAction(tr("&About Evidence Packet"), lambda: about(w))


LANGUAGE_KEY = "view/language"  # "" like the system, else "en", "es"
LANGUAGES = (("", "Like the system"), ("en", "English"), ("es", "Español"))


def _language_menu(w: MainWindow, menu: QMenu) -> None:
    """English or Español whatever the computer's language (a clinic's shared laptop is
    often set up in English); kept in the user's settings, used from the next start."""
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    current = str(w.settings.value(LANGUAGE_KEY, "") or "")
    for key, name in LANGUAGES:
        # Each language by its own name, so it can be found in any interface.
        action = menu.addAction(tr("Like the system") if not key else name)
        action.setCheckable(True)
        action.setChecked(key == current)
        action.setData(key)
        action.triggered.connect(lambda _on, k=key: set_language_choice(w, k))
        group.addAction(action)


def set_language_choice(w: MainWindow, key: str) -> None:
    if str(w.settings.value(LANGUAGE_KEY, "") or "") == key:
        return
    w.settings.setValue(LANGUAGE_KEY, key)
    w.settings.sync()
    box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, tr(
        "The new language is used from the next start of Evidence Packet."),
        QMessageBox.StandardButton.NoButton, w)
    box.setObjectName("languageRestart")
    box.setInformativeText(tr("Restart now? Your work is saved; reading resumes by itself."))
    restart = box.addButton(tr("Restart now"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Later"), QMessageBox.ButtonRole.RejectRole)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def clicked(button: QPushButton) -> None:
        if button is restart:
            restart_app(w)

    box.buttonClicked.connect(clicked)
    box.open()


def restart_app(w: MainWindow) -> None:
    """Start the app again the way it was started, then close this window."""
    import sys

    from PySide6.QtCore import QProcess

    program, *args = sys.orig_argv
    if QProcess.startDetached(program, args):
        w.close()
    else:
        w.show_status(tr("Could not restart: please close and open Evidence Packet."))


def _toolbar(w: MainWindow, a: Actions) -> None:
    tb = a.toolbar
    tb.setObjectName("mainToolbar")
    tb.setMovable(False)
    tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    tb.addWidget(w.case_combo)
    tb.addAction(a.new_case)
    tb.addSeparator()
    tb.addAction(a.add_files)
    tb.addAction(a.add_folder)
    tb.addSeparator()
    tb.addAction(a.undo)
    tb.addAction(a.redo)
    tb.addSeparator()
    tb.addAction(w.case_tools.review_action)
    tb.addAction(a.export)
    spacer = QWidget(tb)
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    tb.addWidget(spacer)
    tb.addWidget(a.search_box)
    w.addToolBar(tb)


def fit_toolbars(w: MainWindow) -> None:
    """On a narrow window (a laptop at 200 %: 960 logical pixels) the toolbars show icons
    only, with their names as tooltips, so the search box and the page tools stay in
    view rather than behind the toolbar's » menu."""
    a = getattr(w, "actions_", None)
    if a is None:
        return
    chars = w.fontMetrics().averageCharWidth()
    style = Qt.ToolButtonStyle
    a.toolbar.setToolButtonStyle(style.ToolButtonIconOnly if w.width() < chars * 180
                                 else style.ToolButtonTextBesideIcon)
    w.viewer.set_tool_style(style.ToolButtonIconOnly if w.width() < chars * 240
                            else style.ToolButtonTextBesideIcon)


# --- keeping actions in step with the window ---------------------------------------------------


def update_enabled(w: MainWindow) -> None:
    a = getattr(w, "actions_", None)
    if a is None:
        return
    has_case = w.case_id is not None
    has_doc = bool(w.board.current_document_id() or w.board.selected_document_ids())
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
    snapshot = w.board_model.snapshot
    has_docs = has_case and snapshot is not None and bool(snapshot.documents)
    review = w.case_tools.review_action
    review.setEnabled(has_docs or w.case_tools.review_dock.isVisible())
    w.case_tools.case_changed()
    w.written.case_changed()
    skip_dock_tabs(w)


def skip_dock_tabs(w: QWidget) -> None:
    """The tab bars Qt makes for docks stacked together (Review, Assistant) have no
    name a screen reader could say: Tab skips them; the View menu switches the docks."""
    for bar in w.findChildren(QTabBar):
        if bar.parent() is w:
            bar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            bar.setAccessibleName(tr("Panels"))


def update_file_under(w: MainWindow) -> None:
    """One action per tab, Ctrl+1 for the first tab and so on."""
    menu = w.actions_.file_under
    for action in menu.actions():
        w.removeAction(action)
    menu.clear()
    for number, group in enumerate(w.board_model.groups()):
        title = (tr("Not yet filed") if group.key == UNFILED else
                 tr("Correspondence (not in the packet)") if group.key == CORRESPONDENCE
                 else group.title)
        action = menu.addAction(title)
        action.triggered.connect(lambda _on, k=group.key: w.edits.file_selected_under(k))
        if 1 <= number <= 9:
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            w.addAction(action)


def board_menu(w: MainWindow) -> QMenu:
    a = w.actions_
    menu = QMenu(w)
    if w.board.selected_document_ids():
        helper = w.assistant_ui
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


def _edit_current(w: MainWindow, column: int) -> None:
    index = w.board.currentIndex()
    if w.board.current_document_id():
        w.board.setFocus()
        w.board.edit(index.siblingAtColumn(column))


def _sort(w: MainWindow) -> None:
    key = w.board.current_tab_key()
    if key is not None and is_tab(key):
        w.edits.sort_by_date(key)
    else:
        w.show_status(tr("Select a tab (or a document in it) to sort it by date."))


# --- small dialogs ------------------------------------------------------------------------


def dropped_paths(mime: QMimeData) -> list[Path]:
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def ask_files(w: MainWindow, correspondence: bool = False) -> None:
    title = tr("Add a notice or letter received") if correspondence else tr("Add files")
    files, _ = QFileDialog.getOpenFileNames(
        w, title, str(w.settings.value("import/folder", str(Path.home()))),
        tr("Scans, photos and PDFs ({patterns});;All files (*)").format(patterns=FILE_FILTER))
    if files:
        w.settings.setValue("import/folder", str(Path(files[0]).parent))
        w.work.import_paths([Path(f) for f in files], correspondence=correspondence)


def ask_folder(w: MainWindow) -> None:
    folder = QFileDialog.getExistingDirectory(
        w, tr("Add a folder"), str(w.settings.value("import/folder", str(Path.home()))))
    if folder:
        w.settings.setValue("import/folder", folder)
        w.work.import_paths([Path(folder)])


def ask_password(w: MainWindow, path: str) -> None:
    password, ok = QInputDialog.getText(
        w, tr("Password"), tr("Password of {name}:").format(name=Path(path).name),
        QLineEdit.EchoMode.Password)
    if ok and password:
        w.work_panel.forget_file(path)
        w.work.import_paths([Path(path)], password=password)


def ask_tab(w: MainWindow) -> None:
    case_id = w.case_id
    if case_id is None:
        return
    title, ok = QInputDialog.getText(w, tr("Add a tab"), tr(
        "Name of the new tab (for example Identity, Family ties, Prior filings):"))
    if ok and title.strip():
        w.runner.run("db", lambda s, _c: s.add_tab(case_id, title),
                     on_done=lambda _t: w.refresh_board())


def confirm_remove(w: MainWindow, ids: list[int]) -> None:
    box = QMessageBox(QMessageBox.Icon.Question, tr("Remove documents"),
                      tr("Remove %n document(s) from this case?", len(ids)),
                      QMessageBox.StandardButton.NoButton, w)
    box.setObjectName("confirmRemove")
    box.setInformativeText(tr("Their pages leave the case and this cannot be undone. The "
                              "files on your computer are not touched."))
    remove = box.addButton(tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    def clicked(button: QPushButton) -> None:
        if button is remove:
            w.removal_confirmed(ids)

    box.buttonClicked.connect(clicked)
    box.open()


def message(w: MainWindow, icon: QMessageBox.Icon, text: str, hint: str = "") -> QMessageBox:
    """A window-modal message that does not block the event loop."""
    box = QMessageBox(icon, APP_NAME, text, QMessageBox.StandardButton.Ok, w)
    box.setObjectName("friendlyMessage")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if hint:
        box.setInformativeText(hint)
    box.open()
    w.statusBar().showMessage(f"{text} {hint}".strip(), 15000)
    emit(w.messageShown, f"{text} {hint}".strip())
    return box


def packet_ready(parent: QWidget, path: Path, text: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Information, tr("The packet is ready"), text,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("packetReady")
    box.setInformativeText(str(path))
    open_button = box.addButton(tr("Open packet"), QMessageBox.ButtonRole.AcceptRole)
    folder_button = box.addButton(tr("Show in folder"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(open_button)

    def clicked(button: QPushButton) -> None:
        if button is open_button:
            desktop.open_file(path)
        elif button is folder_button:
            desktop.show_in_folder(path)

    box.buttonClicked.connect(clicked)
    box.open()
    return box


def open_export(w: MainWindow) -> None:
    from desktop_app.gui.dialogs.export_dialog import ExportDialog

    snapshot = w.board_model.snapshot
    if snapshot is None:
        w.show_status(tr("Open or start a case first."))
        return
    dialog = ExportDialog(w.runner, snapshot, w.settings, w)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    w.export_dialog = dialog


def open_print(w: MainWindow) -> None:
    """Ctrl+P: Qt's print dialog, then the packet printed for a paper filing."""
    from desktop_app.gui.printing import Printing

    printing = w.findChild(Printing, "printing")
    if printing is None:
        printing = Printing(w.context)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(printing.close)
    printing.ask()


def set_scheme(w: MainWindow, key: str) -> None:
    w.settings.setValue("view/scheme", key)
    apply_scheme(key)


def apply_scheme(key: str) -> None:
    """Light, dark, or like the system. Where the platform cannot switch (a bare X
    server, some desktops), the Fusion style's own palette does it."""
    schemes = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}
    QGuiApplication.styleHints().setColorScheme(schemes.get(key, Qt.ColorScheme.Unknown))
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if key == "dark" and not look.is_dark(app.palette()):
        app.setStyle("Fusion")
        app.setPalette(look.dark_palette())
    elif key == "light" and look.is_dark(app.palette()):
        app.setStyle("Fusion")
        app.setPalette(app.style().standardPalette())


def open_guide(w: MainWindow) -> None:
    """Help ▸ Getting started (F1)."""
    from desktop_app.gui.dialogs.guide import GuideDialog

    dialog = GuideDialog(w.data_dir, w)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def about(w: MainWindow) -> None:
    message(w, QMessageBox.Icon.Information, f"{APP_NAME} {__version__}", tr(
        "Turns scans, phone photos and PDFs into one indexed evidence packet. Works "
        "offline; nothing is uploaded."))
