"""Case ▸ Cover letter… and Case ▸ Signature and service… against a real data folder,
the export dialog's line of what the packet carries, and the statement in Spanish."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QTranslator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.core.statement import Citation, cite
from desktop_app.gui.dialogs.cover_letter import CoverLetterDialog
from desktop_app.gui.dialogs.export_dialog import ExportDialog
from desktop_app.gui.dialogs.signing import SigningDialog
from desktop_app.gui.dialogs.statement import StatementDialog
from desktop_app.gui.main_window import MainWindow
from desktop_app.i18n import set_language
from desktop_app.services import Services
from desktop_app.services.statements import CoverLetter, Service, Signing, Statement
from tests.gui.conftest import message_boxes
from tests.gui.test_statement import accelerators
from tests.support.record import Built, build_case


def _case(data_dir: Path, tmp_path: Path) -> Built:
    svc = Services.open(data_dir)
    try:
        built = build_case(svc, tmp_path / "in")
        svc.update_case(built.case_id, in_us_since="2014-06-01")
        return built
    finally:
        svc.close()


def _read(data_dir: Path, case_id: int) -> tuple[CoverLetter, Signing, Service]:
    svc = Services.open(data_dir)
    try:
        s = svc.statements
        return s.cover_letter(case_id), s.signing(case_id), s.service(case_id)
    finally:
        svc.close()


def _ready(qtbot: QtBot, window: MainWindow, case_id: int) -> None:
    qtbot.waitUntil(lambda: window.case_id == case_id
                    and window.written.cover_action.isEnabled(), timeout=10_000)


def _save(qtbot: QtBot, dialog: CoverLetterDialog | SigningDialog) -> None:
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)


def test_the_case_menu_offers_the_written_parts_only_with_a_case(
        qtbot: QtBot, make_window: Callable[..., MainWindow], data_dir: Path,
        tmp_path: Path) -> None:
    window = make_window()
    case_menu = window.menuBar().actions()[0].menu()
    written = window.written.actions()
    assert all(a in case_menu.actions() for a in written)
    assert [a.text() for a in written] == ["State&ment…", "Co&ver letter…",
                                           "Si&gnature and service…"]
    assert not any(a.isEnabled() for a in written)  # no case yet
    built = _case(data_dir, tmp_path)
    window.cases.load_cases(select=built.case_id)
    window.cases.open_case(built.case_id)
    _ready(qtbot, window, built.case_id)
    assert all(a.isEnabled() for a in written)


def test_the_cover_letter_is_drafted_from_the_case_edited_and_kept(
        qtbot: QtBot, make_window: Callable[..., MainWindow], data_dir: Path,
        tmp_path: Path) -> None:
    built = _case(data_dir, tmp_path)
    window = make_window()
    _ready(qtbot, window, built.case_id)
    window.written.cover_action.trigger()
    dialog = window.written.dialog
    assert isinstance(dialog, CoverLetterDialog)
    qtbot.waitUntil(lambda: dialog.letter is not None and dialog.isEnabled(), timeout=10_000)
    assert not dialog.enabled.isChecked() and not dialog.fields.isEnabled()
    keys = accelerators(dialog)
    assert len(keys) == len(set(keys)), keys  # Alt+letter reaches one thing each
    assert "since June 2014" in dialog.favourable.shown_text()
    assert "Exhibits A-1 to A-4" in dialog.favourable.shown_text()
    assert dialog.relief.text() == "deferred action"
    dialog.enabled.click()
    assert dialog.fields.isEnabled()
    dialog.recipient.setCurrentIndex(dialog.recipient.findData("court"))
    QTest.keyClicks(dialog.office, "Chicago Immigration Court")
    QTest.keyClicks(dialog.office_address, "525 W. Van Buren St.")
    assert dialog.hearing.value() == ""  # no hearing set: the date stays empty
    dialog.hearing.box.click()
    dialog.hearing.date.setDate(QDate(2027, 3, 15))
    QTest.keyClicks(dialog.unfavourable, "A 2016 arrest for driving without a license.")
    _save(qtbot, dialog)
    letter, _signing, _service = _read(data_dir, built.case_id)
    assert letter.enabled and letter.recipient == "court"
    assert letter.office == "Chicago Immigration Court"
    assert letter.office_address == "525 W. Van Buren St."
    assert letter.hearing_date == "2027-03-15"
    assert letter.unfavourable == "A 2016 arrest for driving without a license."
    assert "since June 2014" in letter.favourable

    # Draft again asks before it replaces what was written; Cancel keeps it.
    window.written.cover_action.trigger()
    again = window.written.dialog
    assert isinstance(again, CoverLetterDialog)
    qtbot.waitUntil(lambda: again.letter is not None and again.isEnabled(), timeout=10_000)
    assert again.hearing.value() == "2027-03-15"
    again.draft_button.click()
    qtbot.waitUntil(lambda: any(b.objectName() == "draftQuestion" for b in message_boxes()),
                    timeout=10_000)
    box = next(b for b in message_boxes() if b.objectName() == "draftQuestion")
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: not message_boxes(), timeout=5_000)
    assert again.unfavourable.stored_text() == "A 2016 arrest for driving without a license."
    again.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()  # nothing changed
    qtbot.waitUntil(lambda: not again.isVisible(), timeout=5_000)


def test_the_cover_letter_shows_the_statements_citations_as_exhibits(
        qtbot: QtBot, make_window: Callable[..., MainWindow], data_dir: Path,
        tmp_path: Path) -> None:
    built = _case(data_dir, tmp_path)
    svc = Services.open(data_dir)
    try:
        svc.statements.save(Statement(built.case_id, sections={
            "unfavourable": f"I missed one check-in in 2018 {cite(built.ids['lease'], 2)}."}))
    finally:
        svc.close()
    window = make_window()
    _ready(qtbot, window, built.case_id)
    window.written.cover_action.trigger()
    dialog = window.written.dialog
    assert isinstance(dialog, CoverLetterDialog)
    qtbot.waitUntil(lambda: dialog.letter is not None and dialog.isEnabled(), timeout=10_000)
    assert dialog.unfavourable.shown_text() == "I missed one check-in in 2018 Exhibit A-1, p. 2."
    assert "[[doc:" not in dialog.unfavourable.toPlainText()
    dialog.reject()


def test_signature_and_service_are_prefilled_and_remembered(
        qtbot: QtBot, make_window: Callable[..., MainWindow], data_dir: Path,
        tmp_path: Path) -> None:
    built = _case(data_dir, tmp_path)
    window = make_window()
    _ready(qtbot, window, built.case_id)
    window.written.signing_action.trigger()
    dialog = window.written.dialog
    assert isinstance(dialog, SigningDialog)
    qtbot.waitUntil(lambda: dialog.found is not None and dialog.isEnabled(), timeout=10_000)
    assert dialog.name.text() == "Rosa Díaz"
    keys = accelerators(dialog)
    assert len(keys) == len(set(keys)), keys
    assert dialog.self_role.isChecked() and not dialog.details.isEnabled()
    assert dialog.signed_on.value() == ""  # the export date
    assert dialog.method_buttons["none"].isChecked() and not dialog.served_on.isEnabled()

    dialog.method_buttons["mail"].click()
    assert dialog.served_on.isEnabled()
    _save_refused = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    _save_refused.click()  # mail without the office served: the service says what to do
    qtbot.waitUntil(lambda: any(b.objectName() == "friendlyMessage" for b in message_boxes()),
                    timeout=10_000)
    box = next(b for b in message_boxes() if b.objectName() == "friendlyMessage")
    assert "office" in box.text().lower()
    box.button(QMessageBox.StandardButton.Ok).click()
    assert dialog.isVisible()  # nothing typed is lost
    QTest.keyClicks(dialog.served_on, "ICE OPLA Chicago, 525 W. Van Buren St.")
    dialog.rep_role.click()
    assert dialog.details.isEnabled()
    QTest.keyClicks(dialog.details, "EOIR ID ZZ123456")
    dialog.signed_on.box.click()  # a date of its own
    dialog.signed_on.date.setDate(QDate(2027, 1, 10))
    _save(qtbot, dialog)
    _letter, signing, service = _read(data_dir, built.case_id)
    assert signing == Signing("Rosa Díaz", "representative", "2027-01-10", "EOIR ID ZZ123456")
    assert service == Service("mail", "ICE OPLA Chicago, 525 W. Van Buren St.", "")

    window.written.signing_action.trigger()
    again = window.written.dialog
    assert isinstance(again, SigningDialog)
    qtbot.waitUntil(lambda: again.found is not None and again.isEnabled(), timeout=10_000)
    assert again.rep_role.isChecked() and again.method_buttons["mail"].isChecked()
    assert again.signed_on.value() == "2027-01-10"
    assert not again.dirty()
    again.reject()
    qtbot.waitUntil(lambda: not again.isVisible(), timeout=5_000)


def test_the_export_dialog_says_what_the_packet_carries_and_changes_it(
        qtbot: QtBot, make_window: Callable[..., MainWindow], data_dir: Path,
        tmp_path: Path) -> None:
    built = _case(data_dir, tmp_path)
    svc = Services.open(data_dir)
    try:
        svc.statements.save(Statement(built.case_id, sections={"work": "I bake bread."}))
    finally:
        svc.close()
    window = make_window()
    _ready(qtbot, window, built.case_id)
    qtbot.waitUntil(lambda: window.board_model.snapshot is not None, timeout=10_000)
    window.actions_.export.trigger()  # Ctrl+E
    dialog = window.export_dialog
    assert isinstance(dialog, ExportDialog)
    line = dialog.written.text
    qtbot.waitUntil(lambda: bool(line.text()), timeout=10_000)
    assert line.text() == "Also in the packet: the statement. Signed by Rosa Díaz."
    menu = dialog.written.change.menu()
    signing = next(a for a in menu.actions() if a.objectName() == "signingChange")
    signing.trigger()
    opened = dialog.written.dialog
    assert isinstance(opened, SigningDialog)
    qtbot.waitUntil(lambda: opened.found is not None and opened.isEnabled(), timeout=10_000)
    opened.method_buttons["ecas"].click()
    with qtbot.waitSignal(dialog.written.shown, timeout=10_000) as shown:
        _save(qtbot, opened)
    assert shown.args is not None
    assert "a certificate of service (ECAS)" in shown.args[0]
    assert "(ECAS)" in line.text()
    dialog.close()


def test_the_spanish_window_shows_the_sections_and_prompts_in_spanish(
        qtbot: QtBot, make_window: Callable[..., MainWindow], data_dir: Path,
        tmp_path: Path) -> None:
    built = _case(data_dir, tmp_path)
    first = make_window()
    first.settings.setValue("view/language", "es")
    first.settings.sync()
    first.close()
    try:
        window = make_window()
        _ready(qtbot, window, built.case_id)
        assert window.written.statement_action.text() == "Dec&laración…"
        window.written.statement_action.trigger()
        dialog = window.written.dialog
        assert isinstance(dialog, StatementDialog)
        qtbot.waitUntil(lambda: dialog.statement is not None, timeout=10_000)
        page = dialog.section_pages["residence"]
        assert page.prompt.text().startswith("¿Desde cuándo vive en los Estados Unidos")
        assert dialog.sections.item(0).text().endswith("Residencia en los Estados Unidos")
        assert "Lazos familiares" in dialog.sections.item(1).text()
        assert dialog.cite_action.text() == "&Citar un documento…"
        # Citations read in the window's language (the packet's stay English).
        svc = Services.open(data_dir)
        try:
            label = svc.statements.labeler(built.case_id)
            assert label(Citation(built.ids["lease"], 2)) == "Anexo A-1, pág. 2"
        finally:
            svc.close()
        dialog.reject()
    finally:
        app = QApplication.instance()
        for name in ("_evidence_translator", "_qt_translator", "_evidence_language"):
            translator = getattr(app, name, None)
            if isinstance(translator, QTranslator):
                app.removeTranslator(translator)  # type: ignore[union-attr]
            if app is not None and hasattr(app, name):
                delattr(app, name)
        set_language("en")


def test_each_dialog_fits_a_laptop_at_200_percent_with_its_buttons_in_view(
        qtbot: QtBot, make_window: Callable[..., MainWindow], data_dir: Path,
        tmp_path: Path) -> None:
    built = _case(data_dir, tmp_path)
    window = make_window()
    window.resize(960, 540)  # 1920×1080 at 200 %, in logical pixels
    _ready(qtbot, window, built.case_id)
    for action in window.written.actions():
        action.trigger()
        dialog = window.written.dialog
        qtbot.waitUntil(dialog.isEnabled, timeout=10_000)
        assert dialog.height() <= window.height() and dialog.width() <= window.width()
        buttons = dialog.buttons
        assert isinstance(buttons, QDialogButtonBox)
        for button in buttons.buttons():
            top_left = button.mapTo(dialog, button.rect().topLeft())
            assert button.isVisible() and 0 <= top_left.y() <= dialog.height() - \
                button.height(), (dialog.objectName(), button.text())
        dialog.reject()
        qtbot.waitUntil(lambda d=dialog: not d.isVisible(), timeout=5_000)
