"""Start the window: ``main()`` for people, ``create_window()`` for tests and scripts."""

from __future__ import annotations

import argparse
import gc
import logging
import logging.handlers
import multiprocessing
import sys
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTimer,
    QTranslator,
)
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import APP_NAME, __version__
from desktop_app.errors import AppError
from desktop_app.gui import appearance
from desktop_app.gui.dialogs.passphrase import unlock_if_needed
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.small_dialogs import LANGUAGE_KEY, apply_scheme
from desktop_app.i18n import set_language
from desktop_app.paths import default_data_dir, ensure_private_dir, keep_files_private
from desktop_app.services import protection

ORGANIZATION = "evidence-packet"
APPLICATION = "evidence-packet"


def configure_application(app: QCoreApplication) -> None:
    """Names (they key the settings), INI settings, the icon and the translations."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    if isinstance(app, QApplication):
        app.setApplicationDisplayName(APP_NAME)
        app.setWindowIcon(appearance.app_icon())
        app.setDesktopFileName("evidence-packet")
    _install_translations(app)




def chosen_language() -> str:
    """The language the user chose in View ▸ Language ("" when none was chosen)."""
    value = str(app_settings().value(LANGUAGE_KEY, "") or "")
    return value if value in ("en", "es") else ""


def _install_translations(app: QCoreApplication) -> None:
    """The window's strings from ``assets/translations/evidence_packet_<lang>.qm`` (built
    from ``resources/translations/*.ts``), the core's from gettext; in the language the
    user chose in the window, else the system's."""
    language = chosen_language()
    set_language(language or None)
    if getattr(app, "_evidence_language", None) == language and getattr(
            app, "_evidence_translator", None) is not None:
        return
    for name in ("_evidence_translator", "_qt_translator"):  # another language before
        old = getattr(app, name, None)
        if old is not None:
            app.removeTranslator(old)
            delattr(app, name)
    app._evidence_language = language  # type: ignore[attr-defined]
    locale = QLocale(language) if language else QLocale()
    folder = resources.files("desktop_app") / "assets" / "translations"
    translator = QTranslator(app)
    if folder.is_dir() and translator.load(locale, "evidence_packet", "_", str(folder)):
        app.installTranslator(translator)
        app._evidence_translator = translator  # type: ignore[attr-defined]
        # Qt's own words (Save, Cancel, the file dialog) in the same language.
        qt_words = QTranslator(app)
        if qt_words.load(locale, "qtbase", "_",
                         QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_words)
            app._qt_translator = qt_words  # type: ignore[attr-defined]


def app_settings() -> QSettings:
    """The user's window settings (a temp folder in tests: ``QSettings.setPath``)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION,
                     APPLICATION)


def create_window(data_dir: Path, settings: QSettings | None = None) -> MainWindow:
    """The main window bound to the store in ``data_dir``, ready to show. Needs a
    ``QApplication``; does not enter the event loop."""
    app = QApplication.instance()
    if app is None:
        raise RuntimeError("create a QApplication before the window")
    configure_application(app)
    settings = settings or app_settings()
    apply_scheme(str(settings.value("view/scheme", "system")))
    window = MainWindow(Path(data_dir), settings)
    # Objects made so far live as long as the app: moving them out of the collector's
    # reach keeps full garbage collections (which pause whichever thread triggers them,
    # the GUI thread included) short.
    gc.collect()
    gc.freeze()
    return window


def _log_to_file(data_dir: Path) -> None:
    folder = ensure_private_dir(data_dir / "logs")
    handler = logging.handlers.RotatingFileHandler(folder / "window.log", maxBytes=1_000_000,
                                                   backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("desktop_app")
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def _wake_python(app: QApplication) -> None:
    """Python runs a signal handler only when Python code runs, never while the Qt loop
    waits: a slow timer gives it the chance, so SIGTERM (a logout, ``kill``) still ends
    the window, after the storage layer removed the unsealed copies of a protected
    folder (``storage.protection.vault``)."""
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(500)


def main(argv: Sequence[str] | None = None) -> int:
    multiprocessing.freeze_support()
    keep_files_private()
    args_in = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(prog="evidence-packet-gui",
                                     description="Evidence Packet: the desktop window.")
    parser.add_argument("--data-dir", type=Path, help="where cases are kept")
    parser.add_argument("files", nargs="*", type=Path, help="files or folders to add")
    parser.add_argument("--screenshot", type=Path, metavar="FILE.png",
                        help="save a picture of the window once it is drawn, then close")
    args, qt_args = parser.parse_known_args(args_in)
    existing = QApplication.instance()  # a test's
    app = existing if isinstance(existing, QApplication) else QApplication(
        [sys.argv[0], *qt_args])
    configure_application(app)
    _wake_python(app)
    data_dir = args.data_dir or default_data_dir()
    try:
        ensure_private_dir(data_dir)
        protected = protection.is_protected(data_dir)
        if not protected:  # logs may name files: none in the clear in a protected folder
            _log_to_file(data_dir)
    except AppError as exc:
        QMessageBox.critical(None, APP_NAME, f"{exc.message}\n\n{exc.hint}".strip())
        return 1
    if protected and not unlock_if_needed(data_dir):
        return 0
    window = create_window(data_dir)
    window.show()
    if args.screenshot:
        from desktop_app.gui.snapshot import save_when_drawn

        # The picture shows the window as a user sees it: loaded, its thumbnails drawn.
        save_when_drawn(window,
                        lambda: window.is_settled() and not window.renderer.drawing_thumbnails(),
                        args.screenshot.resolve())
    if args.files:
        window.work.import_paths([p.resolve() for p in args.files])
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
