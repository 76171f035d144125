"""The window's small dialogs: messages, questions, file choosers, the language and the
colour scheme. Each is handed the window's context (its settings, runner and requests)
and, where it needs one, the part it works with; none holds the window.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, QProcess, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabBar,
    QWidget,
)

from desktop_app import APP_NAME, __version__
from desktop_app.gui import appearance
from desktop_app.gui.context import WindowContext
from desktop_app.gui.reading import ReadingController
from desktop_app.gui.work_panel import WorkPanel
from desktop_app.services.board import BoardSnapshot

FILE_FILTER = "*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.heic *.heif *.webp *.bmp *.gif"
LANGUAGE_KEY = "view/language"  # "" like the system, else "en", "es"
LANGUAGES = (("", "Like the system"), ("en", "English"), ("es", "Español"))
MESSAGE_MS = 15_000  # a message stays this long in the status bar


def tr(text: str, n: int = -1) -> str:
    """These are functions, not QObjects: their strings keep the window's context."""
    return QCoreApplication.translate("MainWindow", text, None, n)


def dropped_paths(mime: QMimeData) -> list[Path]:
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def skip_dock_tabs(main: QWidget) -> None:
    """The tab bars Qt makes for docks stacked together (Review, Assistant) have no
    name a screen reader could say: Tab skips them; the View menu switches the docks."""
    for bar in main.findChildren(QTabBar):
        if bar.parent() is main:
            bar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            bar.setAccessibleName(tr("Panels"))


# --- adding files -------------------------------------------------------------------------


def ask_files(context: WindowContext, work: ReadingController,
              correspondence: bool = False) -> None:
    title = tr("Add a notice or letter received") if correspondence else tr("Add files")
    settings = context.settings
    files, _ = QFileDialog.getOpenFileNames(
        context.dialog_parent, title, str(settings.value("import/folder", str(Path.home()))),
        tr("Scans, photos and PDFs ({patterns});;All files (*)").format(patterns=FILE_FILTER))
    if files:
        settings.setValue("import/folder", str(Path(files[0]).parent))
        work.import_paths([Path(f) for f in files], correspondence=correspondence)


def ask_folder(context: WindowContext, work: ReadingController) -> None:
    settings = context.settings
    folder = QFileDialog.getExistingDirectory(
        context.dialog_parent, tr("Add a folder"),
        str(settings.value("import/folder", str(Path.home()))))
    if folder:
        settings.setValue("import/folder", folder)
        work.import_paths([Path(folder)])


def ask_password(context: WindowContext, work: ReadingController, panel: WorkPanel,
                 path: str) -> None:
    password, ok = QInputDialog.getText(
        context.dialog_parent, tr("Password"),
        tr("Password of {name}:").format(name=Path(path).name), QLineEdit.EchoMode.Password)
    if ok and password:
        panel.forget_file(path)
        work.import_paths([Path(path)], password=password)


# --- the board ---------------------------------------------------------------------------


def ask_tab(context: WindowContext) -> None:
    case_id = context.case_id
    if case_id is None:
        return
    title, ok = QInputDialog.getText(context.dialog_parent, tr("Add a tab"), tr(
        "Name of the new tab (for example Identity, Family ties, Prior filings):"))
    if ok and title.strip():
        context.runner.run("db", lambda s, _c: s.add_tab(case_id, title),
                           on_done=lambda _t: context.refresh_board())


def confirm_remove(parent: QWidget, ids: list[int],
                   confirmed: Callable[[list[int]], object]) -> None:
    box = QMessageBox(QMessageBox.Icon.Question, tr("Remove documents"),
                      tr("Remove %n document(s) from this case?", len(ids)),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("confirmRemove")
    box.setInformativeText(tr("Their pages leave the case and this cannot be undone. The "
                              "files on your computer are not touched."))
    remove = box.addButton(tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)

    def clicked(button: QPushButton) -> None:
        if button is remove:
            confirmed(ids)

    box.buttonClicked.connect(clicked)
    box.open()


# --- messages ------------------------------------------------------------------------------


def message(context: WindowContext, icon: QMessageBox.Icon, text: str,
            hint: str = "") -> QMessageBox:
    """A window-modal message that does not block the event loop; its text stays a while
    in the status bar."""
    box = QMessageBox(icon, APP_NAME, text, QMessageBox.StandardButton.Ok,
                      context.dialog_parent)
    box.setObjectName("friendlyMessage")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if hint:
        box.setInformativeText(hint)
    box.open()
    line = f"{text} {hint}".strip()
    context.show_status(line)
    context.show_note(line, MESSAGE_MS)  # longer than a status line
    return box


def about(context: WindowContext) -> None:
    message(context, QMessageBox.Icon.Information, f"{APP_NAME} {__version__}", tr(
        "Turns scans, phone photos and PDFs into one indexed evidence packet. Works "
        "offline; nothing is uploaded."))


# --- the packet ------------------------------------------------------------------------------


def open_export(context: WindowContext, snapshot: BoardSnapshot | None) -> QWidget | None:
    """The export dialog for the board on screen (None, with a word, when there is none)."""
    from desktop_app.gui.dialogs.export_dialog import ExportDialog

    if snapshot is None:
        context.show_status(tr("Open or start a case first."))
        return None
    dialog = ExportDialog(context.runner, snapshot, context.settings, context.dialog_parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def open_print(context: WindowContext) -> None:
    """Ctrl+P: Qt's print dialog, then the packet printed for a paper filing."""
    from desktop_app.gui.printing import Printing

    printing = context.dialog_parent.findChild(Printing, "printing")
    if printing is None:
        printing = Printing(context)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(printing.close)
    printing.ask()


def open_guide(context: WindowContext) -> None:
    """Help ▸ Getting started (F1)."""
    from desktop_app.gui.dialogs.guide import GuideDialog

    dialog = GuideDialog(context.data_dir, context.dialog_parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


# --- the language and the colours ----------------------------------------------------------


def set_language_choice(context: WindowContext, key: str,
                        close_window: Callable[[], object]) -> None:
    settings = context.settings
    if str(settings.value(LANGUAGE_KEY, "") or "") == key:
        return
    settings.setValue(LANGUAGE_KEY, key)
    settings.sync()
    box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, tr(
        "The new language is used from the next start of Evidence Packet."),
        QMessageBox.StandardButton.NoButton, context.dialog_parent)
    box.setObjectName("languageRestart")
    box.setInformativeText(tr("Restart now? Your work is saved; reading resumes by itself."))
    restart = box.addButton(tr("Restart now"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Later"), QMessageBox.ButtonRole.RejectRole)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def clicked(button: QPushButton) -> None:
        if button is restart:
            restart_app(context, close_window)

    box.buttonClicked.connect(clicked)
    box.open()


def restart_app(context: WindowContext, close_window: Callable[[], object]) -> None:
    """Start the app again the way it was started, then close this window."""
    program, *args = sys.orig_argv
    if QProcess.startDetached(program, args):
        close_window()
    else:
        context.show_status(tr("Could not restart: please close and open Evidence Packet."))


def set_scheme(context: WindowContext, key: str) -> None:
    context.settings.setValue("view/scheme", key)
    apply_scheme(key)


def apply_scheme(key: str) -> None:
    """Light, dark, or like the system. Where the platform cannot switch (a bare X
    server, some desktops), the Fusion style's own palette does it."""
    schemes = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}
    QGuiApplication.styleHints().setColorScheme(schemes.get(key, Qt.ColorScheme.Unknown))
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if key == "dark" and not appearance.is_dark(app.palette()):
        app.setStyle("Fusion")
        app.setPalette(appearance.dark_palette())
    elif key == "light" and appearance.is_dark(app.palette()):
        app.setStyle("Fusion")
        app.setPalette(app.style().standardPalette())
