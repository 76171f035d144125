"""The window on a real laptop (issue 14): the main path never crashes, every tool has its
own key, nothing the user was told is forgotten, and it holds at 200 % and in Spanish."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTranslator, QUrl
from PySide6.QtGui import QAction, QImage, QKeySequence, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QMenu,
    QProgressBar,
    QPushButton,
    QTabBar,
    QTextBrowser,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop_app.gui.dialogs.case_form import CaseForm
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.models import BoardModel
from desktop_app.gui.viewer import PageViewer
from desktop_app.i18n import set_language
from tests.gui.conftest import digital, drop, message_boxes
from tests.make import text_pdf

CTRL = Qt.KeyboardModifier.ControlModifier


def _save_new_case(qtbot: QtBot, window: MainWindow, name: str) -> None:
    form = window.cases.form
    assert isinstance(form, CaseForm) and form.isVisible()
    QTest.keyClicks(form.name, name)
    form.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: window.case is not None and window.case.name == name,
                    timeout=10_000)
    qtbot.waitUntil(window.is_settled, timeout=10_000)


def _activate(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)


def test_new_case_from_menu_shortcut_and_toolbar_saves_without_an_error(
        qtbot: QtBot, window: MainWindow) -> None:
    window.actions_.new_case.trigger()  # Case ▸ New case…
    _save_new_case(qtbot, window, "Ana Torres")
    _activate(qtbot, window)
    QTest.keyClick(window, Qt.Key.Key_N, CTRL)
    _save_new_case(qtbot, window, "Luis Ramos")
    button = window.actions_.toolbar.widgetForAction(window.actions_.new_case)
    assert isinstance(button, QToolButton)
    button.click()
    _save_new_case(qtbot, window, "Rosa Luna")
    assert [b.text() for b in message_boxes()] == []
    names = {window.cases.combo.itemText(i) for i in range(window.cases.combo.count())}
    assert {"Ana Torres", "Luis Ramos", "Rosa Luna"} <= names


def _open_document(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                   pages: list[str] | None = None) -> None:
    drop(window, [digital(tmp_path / "in" / "lease.pdf", pages or ["Residential lease " * 20])])
    qtbot.waitUntil(lambda: window.board_model.snapshot is not None
                    and len(window.board_model.snapshot.documents) == 1, timeout=20_000)
    window.cases.form.reject()  # type: ignore[union-attr]
    doc = window.board_model.snapshot.documents[0]  # type: ignore[union-attr]
    assert window.board.select_document(doc.id)
    qtbot.waitUntil(lambda: window.viewer.current_page() is not None
                    and window.viewer.canvas.has_image(), timeout=20_000)


def _shortcuts(window: MainWindow) -> dict[str, list[str]]:
    """Each key of the window's actions, and the actions that answer to it."""
    found: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            if not key.isEmpty() and action.text():
                found.setdefault(key.toString(), []).append(action.text())
    return found


def test_rotate_and_review_have_their_own_keys_and_both_work_in_the_viewer(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    _open_document(qtbot, window, tmp_path)
    clashes = {k: v for k, v in _shortcuts(window).items() if len(set(v)) > 1}
    assert clashes == {}
    _activate(qtbot, window)
    window.viewer.canvas.setFocus()
    QTest.keyClick(window.viewer.canvas, Qt.Key.Key_R, CTRL)  # rotate right
    qtbot.waitUntil(lambda: getattr(window.viewer.current_page(), "rotation", 0) == 90,
                    timeout=10_000)
    QTest.keyClick(window.viewer.canvas, Qt.Key.Key_F7)  # review the case
    qtbot.waitUntil(window.case_tools.review_dock.isVisible, timeout=5_000)
    assert window.case_tools.review_action.shortcut() == QKeySequence("F7")
    assert [b.text() for b in message_boxes()] == []


def test_files_not_added_are_still_listed_after_a_restart(
        qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path) -> None:
    first = make_window()
    letter = digital(tmp_path / "in" / "letter.pdf", ["To whom " * 20])
    locked = text_pdf(tmp_path / "in" / "bank-locked.pdf", ["Statement " * 20],
                      password="s3cret")
    empty = tmp_path / "in" / "empty.pdf"
    empty.write_bytes(b"")
    drop(first, [letter, locked, empty])
    qtbot.waitUntil(lambda: len(first.work_panel.problem_texts()) == 2, timeout=20_000)
    first.cases.form.reject()  # type: ignore[union-attr]
    qtbot.waitUntil(first.is_settled, timeout=10_000)
    first.close()

    second = make_window()
    qtbot.waitUntil(lambda: len(second.work_panel.problem_texts()) == 2, timeout=10_000)
    panel = second.work_panel
    assert panel.isVisible()
    texts = "\n".join(panel.problem_texts())
    assert "bank-locked.pdf" in texts and "empty.pdf" in texts
    # The empty file is dismissed for good; the locked one still offers its password.
    row = next(i for i in range(panel.problems.count())
               if "empty.pdf" in panel.problems.item(i).text())
    panel.problems.setCurrentRow(row)
    panel.dismiss.click()
    qtbot.waitUntil(second.is_settled, timeout=10_000)
    second.close()

    third = make_window()
    qtbot.waitUntil(lambda: len(third.work_panel.problem_texts()) == 1, timeout=10_000)
    assert "bank-locked.pdf" in third.work_panel.problem_texts()[0]
    third.work_panel.problems.setCurrentRow(0)
    assert third.work_panel.password.isVisible()


def _menu(window: MainWindow, title: str) -> QMenu:
    for action in window.menuBar().actions():
        if action.text().replace("&", "") == title and action.menu() is not None:
            menu = action.menu()
            assert isinstance(menu, QMenu)
            return menu
    raise AssertionError(f"no {title} menu")


def test_redact_is_in_the_page_menu_shows_its_mode_and_hides_words_in_the_text(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    _open_document(qtbot, window, tmp_path, [
        "Tenant Maria Hernandez\nLease of apartment 4B\nRent due monthly\n"])
    viewer = window.viewer
    qtbot.waitUntil(lambda: "Hernandez" in viewer.text.toPlainText(), timeout=10_000)
    page_menu = _menu(window, "Page")
    redact = next(a for a in page_menu.actions() if a.text() == "Redact")
    assert any(a.menu() is viewer.patterns_menu for a in page_menu.actions())
    assert viewer.redact_bar is not None and not viewer.redact_bar.isVisible()
    redact.trigger()
    assert viewer.redact_bar.isVisible()  # the mode shows
    assert "Redact mode" in viewer.redact_bar.label.text()
    # Drag a rectangle over the first line (the page's top tenth).
    canvas = viewer.canvas
    rect = canvas._page_rect()
    start = QPoint(int(rect.x() + rect.width() * 0.05), int(rect.y() + rect.height() * 0.07))
    end = QPoint(int(rect.x() + rect.width() * 0.95), int(rect.y() + rect.height() * 0.112))
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    qtbot.waitUntil(lambda: "Hernandez" not in viewer.text.toPlainText(), timeout=10_000)
    shown = viewer.text.toPlainText()
    assert "█" in shown and "Lease of apartment 4B" in shown
    # Done: the mode ends; the words stay hidden.
    viewer.redact_bar.findChild(QPushButton, "redactDone").click()
    assert not redact.isChecked() and not viewer.redact_bar.isVisible()
    assert "Hernandez" not in viewer.text.toPlainText()
    # Undo brings the words back.
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: "Hernandez" in viewer.text.toPlainText(), timeout=10_000)


def _in_view(widget: QWidget) -> bool:
    """Shown, and inside its window (not pushed off by a toolbar's » or a tall dialog)."""
    window = widget.window()
    top_left = widget.mapTo(window, QPoint(0, 0))
    return (widget.isVisible() and top_left.x() >= 0 and top_left.y() >= 0
            and top_left.x() + widget.width() <= window.width()
            and top_left.y() + widget.height() <= window.height())


def test_a_laptop_at_200_percent_keeps_titles_search_and_the_case_form_usable(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    window.resize(960, 540)  # 1920×1080 at 200 %, in logical pixels
    folder = tmp_path / "in"
    names = ["bank-statements-first-community-2022", "lease-harbor-view-apartments",
             "pay-stubs-gulf-coast-builders"]
    drop(window, [digital(folder / f"{n}.pdf", [f"{n} " * 20]) for n in names])
    qtbot.waitUntil(lambda: window.board_model.snapshot is not None
                    and len(window.board_model.snapshot.documents) == 3, timeout=20_000)
    form = window.cases.form
    assert isinstance(form, CaseForm)
    screen = form.screen().availableGeometry()
    assert form.height() <= screen.height()
    save = form.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert _in_view(save)  # Save is on screen; the fields scroll
    form.reject()
    qtbot.waitUntil(window.is_settled, timeout=10_000)
    # The title column keeps room for a title; the search box stays in the toolbar.
    board = window.board
    chars = board.fontMetrics().averageCharWidth()
    assert board.header().sectionSize(0) >= chars * board.TITLE_CHARS
    assert _in_view(window.actions_.search_box)
    # Every page tool is in the Page menu, whatever the viewer's toolbar can show.
    page_menu = _menu(window, "Page")
    viewer = window.viewer
    for action in (viewer.rotate_left_action, viewer.rotate_right_action,
                   viewer.exclude_action, viewer.redact_action, viewer.zoom_in_action):
        assert action in page_menu.actions()
    # ... and on the viewer's two tool bars (one above the other here), none behind a »
    # menu, at 200 % as at 1280×800.
    board.select_document(window.board_model.snapshot.documents[0].id)
    qtbot.waitUntil(lambda: viewer.pages.currentIndex() == 1, timeout=10_000)
    _all_tools_in_view(qtbot, viewer)
    # At 1280×800 the whole of a long title shows, with the Assistant column.
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: not board.header().isSectionHidden(5), timeout=5_000)
    title = "Bank statements first community 2022"
    needed = board.fontMetrics().horizontalAdvance(title) + board.iconSize().width()
    assert board.header().sectionSize(0) >= needed
    _all_tools_in_view(qtbot, viewer)


def test_a_small_screen_keeps_the_titles_and_gives_up_lesser_columns_first(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    """A 1024 x 768 laptop at 125 % (about 800 logical pixels wide) with the viewer open:
    the board is about 400 pixels. Titles keep their room; the Assistant, Pages and
    Status columns give way, in that order, and come back when there is room; the
    exhibit and the date stay."""
    window.resize(760, 700)
    folder = tmp_path / "in"
    texts = {"lease-harbor-view-apartments": "Residential Lease Agreement. Landlord Harbor "
             "View Apartments. Tenant Maria Lopez. Monthly rent 900 dollars. Security "
             "deposit. Dated March 3, 2022.",
             "pay-stub-gulf-coast-builders": "Earnings Statement. Employer Gulf Coast "
             "Builders. Employee Maria Lopez. Pay date June 16, 2023. Gross pay 1,200.00. "
             "Net pay 1,010.00. Federal income tax. Social Security. Medicare."}
    drop(window, [digital(folder / f"{name}.pdf", [text]) for name, text in texts.items()])
    qtbot.waitUntil(lambda: window.board_model.snapshot is not None
                    and len(window.board_model.snapshot.documents) == 2, timeout=20_000)
    form = window.cases.form
    assert isinstance(form, CaseForm)
    form.reject()

    def suggested() -> bool:
        snapshot = window.board_model.snapshot
        return snapshot is not None and all(snapshot.suggestion(d.id) is not None
                                            for d in snapshot.documents)

    qtbot.waitUntil(suggested, timeout=20_000)
    qtbot.waitUntil(window.is_settled, timeout=10_000)
    board, header = window.board, window.board.header()
    columns = BoardModel.COLUMNS
    chars = board.fontMetrics().averageCharWidth()
    qtbot.waitUntil(lambda: header.sectionSize(0) >= chars * board.TITLE_CHARS, timeout=5_000)
    for name in ("exhibit", "date"):
        assert not header.isSectionHidden(columns.index(name))
    hidden = [name for name in ("assistant", "pages", "status")
              if header.isSectionHidden(columns.index(name))]
    assert hidden and hidden == ["assistant", "pages", "status"][:len(hidden)]
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: not any(header.isSectionHidden(columns.index(n))
                                    for n in ("pages", "status")), timeout=5_000)


def test_the_first_window_fits_a_small_screen(
        make_window: Callable[..., MainWindow]) -> None:
    """No saved size: 1280 x 800 where it fits, else the screen's free room."""
    window = make_window(size=None)
    free = window.screen().availableGeometry()
    assert window.width() <= min(free.width(), 1280)
    assert window.height() <= min(free.height(), 800)


def _all_tools_in_view(qtbot: QtBot, viewer: PageViewer) -> None:
    def shown() -> bool:
        for bar in (viewer.toolbar, viewer.view_bar):
            overflow = bar.findChild(QToolButton, "qt_toolbar_ext_button")
            if overflow is not None and overflow.isVisible():
                return False
            for action in bar.actions():
                widget = bar.widgetForAction(action)
                if action.isVisible() and not action.isSeparator() and (
                        widget is None or not _in_view(widget)):
                    return False
        return True

    qtbot.waitUntil(shown, timeout=5_000)


def _english_again() -> None:
    """Take the Spanish translators out of the app, for the tests that follow."""
    app = QApplication.instance()
    for name in ("_evidence_translator", "_qt_translator", "_evidence_language"):
        translator = getattr(app, name, None)
        if isinstance(translator, QTranslator):
            app.removeTranslator(translator)  # type: ignore[union-attr]
        if app is not None and hasattr(app, name):
            delattr(app, name)
    set_language("en")


def test_spanish_chosen_in_the_window_is_remembered_and_used_at_the_next_start(
        qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    first = make_window()
    view = _menu(first, "View")
    language = next(a.menu() for a in view.actions()
                    if a.text().replace("&", "") == "Interface language")
    assert isinstance(language, QMenu)
    espanol = next(a for a in language.actions() if a.text() == "Español")
    try:
        espanol.trigger()
        box = next(b for b in message_boxes() if b.objectName() == "languageRestart")
        later = next(b for b in box.buttons() if b.text() == "Later")
        later.click()
        assert first.settings.value("view/language") == "es"
        first.close()
        second = make_window()  # the next start
        titles = [a.text() for a in second.menuBar().actions()]
        assert "&Caso" in titles and "&Case" not in titles
        assert second.actions_.search_box.placeholderText().startswith("Buscar")
        view = _menu(second, "Ver")
        language = next(a.menu() for a in view.actions() if a.menu() is not None
                        and a.menu().objectName() == "languageMenu")
        assert isinstance(language, QMenu)
        checked = [a.text() for a in language.actions() if a.isChecked()]
        assert checked == ["Español"]
        # The built-in tabs, stored in English for the packet, read in Spanish.
        second.actions_.new_case.trigger()
        _save_new_case(qtbot, second, "Ana Torres")
        qtbot.waitUntil(lambda: len(second.board_model.groups()) > 2, timeout=10_000)
        shown = [g.title for g in second.board_model.groups() if g.title]
        assert shown[:4] == ["Residencia", "Empleo", "Médico", "Comunidad"]
        # A document's language too ("está en español", not "está en Spanish").
        document_languages = [a.text() for a in second.assistant_ui.language_menu.actions()]
        assert "Español" in document_languages and "Spanish" not in document_languages
        second.close()
    finally:
        _english_again()


def test_first_screen_progress_tab_order_and_the_guide(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    # The empty first screen: nothing to review yet.
    review = window.case_tools.review_action
    assert not review.isEnabled()
    # Progress shows once: in the work panel, not again in the status bar.
    pages = [f"Statement page {n} " * 10 for n in range(1, 30)]
    drop(window, [digital(tmp_path / "in" / "statements.pdf", pages)])
    qtbot.waitUntil(lambda: window.board_model.snapshot is not None
                    and len(window.board_model.snapshot.documents) == 1, timeout=20_000)
    window.cases.form.reject()  # type: ignore[union-attr]
    bars = [b for b in window.findChildren(QProgressBar) if b.isVisible()]
    assert all(window.work_panel.isAncestorOf(b) for b in bars)
    qtbot.waitUntil(window.is_settled, timeout=20_000)
    assert review.isEnabled()
    # Tab never lands on the docks' unnamed tab bar.
    review.trigger()
    window.assistant_ui.chronology_action.trigger()
    qtbot.waitUntil(window.case_tools.review_dock.isVisible, timeout=5_000)
    _activate(qtbot, window)
    window.board.setFocus()
    seen = []
    for _ in range(60):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert not [w for w in seen if isinstance(w, QTabBar) and not w.accessibleName()]
    assert not [w for w in seen if isinstance(w, QTabBar) and w.parent() is window]
    # Help ▸ Getting started (F1): the job in five steps, and where the data lives.
    help_menu = _menu(window, "Help")
    guide = next(a for a in help_menu.actions() if a.text() == "&Getting started")
    guide.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if w.objectName() == "guide" and w.isVisible())
    text = dialog.findChild(QTextBrowser, "guideText").toPlainText()
    assert "The job in five steps" in text and str(window.data_dir) in text
    # ... each step with its picture, drawn (not an empty frame) and laid out in the text.
    browser = dialog.findChild(QTextBrowser, "guideText")
    html = browser.toHtml()
    for n in range(1, 6):
        assert f'src="guide-picture:{n}"' in html
        image = browser.document().resource(QTextDocument.ResourceType.ImageResource,
                                            QUrl(f"guide-picture:{n}"))
        assert isinstance(image, QImage) and not image.isNull()
        assert len({image.pixel(x, y) for x in range(0, image.width(), 4)
                    for y in range(0, image.height(), 4)}) > 3
    assert browser.document().size().height() > 5 * 120  # the pictures take their room
    dialog.close()


def _english_sources() -> set[str]:
    """Every window string whose Spanish differs from its English, without accelerators."""
    import xml.etree.ElementTree as ET

    root = ET.parse(Path(__file__).resolve().parents[2] / "resources" / "translations"
                    / "evidence_packet_es.ts").getroot()
    found = set()
    for message in root.iter("message"):
        source = (message.findtext("source") or "").replace("&", "")
        spanish = (message.findtext("translation") or "").replace("&", "")
        if source and spanish and spanish != source and len(source) > 3:
            found.add(source)
    return found


def _visible_texts(widget: QWidget) -> list[str]:
    texts = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisible():
            continue
        for getter in ("text", "placeholderText", "windowTitle", "toolTip"):
            value = getattr(child, getter, None)
            if callable(value):
                text = value()
                if isinstance(text, str) and text:
                    texts.append(text.replace("&", ""))
    for menu in widget.findChildren(QMenu):
        if menu.objectName() == "languageMenu":
            continue  # each language by its own name, on purpose
        texts += [a.text().replace("&", "") for a in menu.actions() if a.text()]
        if menu.title():
            texts.append(menu.title().replace("&", ""))
    return texts


def test_no_english_left_in_the_spanish_window_its_menus_and_the_case_form(
        qtbot: QtBot, make_window: Callable[..., MainWindow], _settings_in_tmp: Path) -> None:
    from desktop_app.gui.app import app_settings

    settings = app_settings()
    settings.setValue("view/language", "es")
    settings.sync()
    english = _english_sources()
    try:
        window = make_window()
        left = [t for t in _visible_texts(window) if t in english]
        assert left == []
        window.actions_.new_case.trigger()
        form = window.cases.form
        assert isinstance(form, CaseForm)
        left = [t for t in _visible_texts(form) if t in english]
        assert left == []
        form.reject()
        window.close()
    finally:
        _english_again()
