"""The evidence assistant in the window: suggestions on the board, one key to accept (and
undo), learning from the user's filing, translations, language and the chronology."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog
from pytestqt.qtbot import QtBot

from desktop_app.core.assistant.models import DocumentSuggestion
from desktop_app.gui.assistant_ui import SuggestionBar
from desktop_app.gui.main_window import MainWindow
from desktop_app.services import Services
from desktop_app.services.board import UNFILED
from desktop_app.storage import assistant as assistant_store
from tests import make
from tests.gui.conftest import digital, drop, titles

LEASE = ("Residential Lease Agreement\nThis lease is made on March 3, 2019 between the "
         "landlord, Pine Street Apartments LLC, and the tenant, Maria Hernandez, for the "
         "apartment at 12 Pine Street, Apt 4, Fresno, CA. The tenant will pay a monthly rent "
         "of $950 and a security deposit of $950. The term of the lease is twelve months.")
PAY_STUB = ("Golden Gate Food Services\nEarnings Statement\nEmployee: Maria Hernandez\n"
            "Pay period: June 1, 2023 - June 14, 2023\nPay date: June 20, 2023\n"
            "Regular hours: 70\nGross pay: $1,201.86\nFederal withholding: $83.85\n"
            "Net pay: $854.53\nYTD gross: $39,289.21")
CARTA = ("Iglesia San José\nCarta de apoyo\n9 de agosto de 2023\nA quien corresponda: "
         "Conozco a María Hernández desde hace seis años. Es voluntaria en nuestra parroquia "
         "todos los domingos, ayuda en el banco de comida y cuida a los niños durante la misa. "
         "Es una persona honesta y trabajadora, muy querida por la comunidad.")
LETTER = ("St. Joseph Church\nLetter of support\nAugust 9, 2023\nTo whom it may concern: I "
          "have known Maria Hernandez for six years. She volunteers in our parish every "
          "Sunday, helps at the food bank and looks after the children during mass. She is "
          "an honest and hard-working person, much loved by the community.")


@pytest.fixture
def case(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> MainWindow:
    """A case with a lease, a pay stub and a Spanish letter with its English translation,
    all read and with the assistant's suggestions, none filed yet."""
    files = [digital(tmp_path / "in" / f"{name}.pdf", [text]) for name, text in
             (("scan0001", LEASE), ("scan0002", PAY_STUB), ("carta", CARTA),
              ("letter", LETTER))]
    drop(window, files)
    qtbot.waitUntil(lambda: window.cases.form is not None, timeout=20_000)
    assert window.cases.form is not None
    window.cases.form.reject()
    qtbot.waitUntil(lambda: window.board_model.snapshot is not None
                    and len(window.board_model.snapshot.suggestions) == 4, timeout=30_000)
    qtbot.waitUntil(window.is_settled, timeout=10_000)
    return window


def doc_id(window: MainWindow, title: str) -> int:
    snapshot = window.board_model.snapshot
    assert snapshot is not None
    return next(d.id for d in snapshot.documents if d.title == title)


def cell(window: MainWindow, document_id: int, column: str) -> str:
    model = window.board_model
    return str(model.index_of_document(document_id, model.COLUMNS.index(column)).data())


def focus_board(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    window.board.setFocus()
    qtbot.waitUntil(window.board.hasFocus, timeout=5_000)


def with_services(window: MainWindow) -> Services:
    return Services.open(window.data_dir)


def test_suggestions_show_on_the_board_and_in_the_bar(qtbot: QtBot, case: MainWindow) -> None:
    lease = doc_id(case, "Scan0001")
    assert cell(case, lease, "assistant").startswith("→ Residence (")
    assert cell(case, doc_id(case, "Scan0002"), "assistant").startswith("→ Employment (")
    case.board.select_document(lease)
    qtbot.waitUntil(case.assistant_ui.bar.isVisible, timeout=5_000)
    text = case.assistant_ui.bar.text.text()
    assert "Suggested: Residence" in text and "Lease" in text and "2019-03-03" in text
    assert "mentions: " in text and "monthly rent" in text  # the evidence behind it
    assert "100 %" not in text  # never claims certainty
    assert case.assistant_ui.bar.accept_button.isVisible()


def test_a_key_accepts_and_undo_takes_it_back(qtbot: QtBot, case: MainWindow) -> None:
    lease = doc_id(case, "Scan0001")
    case.board.select_document(lease)
    focus_board(qtbot, case)
    QTest.keyClick(case.board, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: "Lease" in " ".join(titles(case, "residence")), timeout=10_000)
    qtbot.waitUntil(case.is_settled, timeout=10_000)
    filed = case.board_model.snapshot.by_id[lease]  # type: ignore[union-attr]
    assert filed.category == "residence"
    assert filed.date == "2019-03-03"
    assert filed.title.startswith("Lease")
    assert cell(case, lease, "assistant") == ""  # nothing left to suggest
    svc = with_services(case)
    try:  # accepting teaches the assistant
        assert [e.category for e in assistant_store.examples(svc.db)] == ["residence"]
    finally:
        svc.close()

    case.undo_stack.undo()  # one step: tab, date and title together
    qtbot.waitUntil(lambda: "Scan0001" in titles(case, UNFILED), timeout=10_000)
    qtbot.waitUntil(case.is_settled, timeout=10_000)
    back = case.board_model.snapshot.by_id[lease]  # type: ignore[union-attr]
    assert (back.category, back.date, back.title) == (None, None, "Scan0001")
    svc = with_services(case)
    try:
        assert assistant_store.examples(svc.db) == []
    finally:
        svc.close()


def test_accept_all_sure_suggestions_leaves_the_unsure_ones(qtbot: QtBot,
                                                             case: MainWindow) -> None:
    snapshot = case.board_model.snapshot
    assert snapshot is not None
    sure = {d.id for d in snapshot.documents
            if (s := snapshot.suggestion(d.id)) and s.suggestion.category is not None}
    assert doc_id(case, "Scan0001") in sure and doc_id(case, "Scan0002") in sure
    case.assistant_ui.accept_all_action.trigger()
    qtbot.waitUntil(lambda: len(titles(case, UNFILED)) == 4 - len(sure), timeout=10_000)
    qtbot.waitUntil(lambda: any(t.startswith("Pay stub") for t in titles(case, "employment")),
                    timeout=10_000)
    assert not case.assistant_ui.accept_all_action.isEnabled()


def test_filing_by_drag_teaches_the_assistant(qtbot: QtBot, case: MainWindow) -> None:
    letter = doc_id(case, "Letter")
    case.board.select_document(letter)
    case.edits.file_selected_under("community")
    qtbot.waitUntil(lambda: "Letter" in titles(case, "community"), timeout=10_000)
    qtbot.waitUntil(case.is_settled, timeout=10_000)
    svc = with_services(case)
    try:
        assert [e.category for e in assistant_store.examples(svc.db)] == ["community"]
    finally:
        svc.close()


def test_pair_a_translation_through_the_menu(qtbot: QtBot, case: MainWindow) -> None:
    carta, letter = doc_id(case, "Carta"), doc_id(case, "Letter")
    case.board.select_document(carta)
    case.edits.file_selected_under("community")
    qtbot.waitUntil(lambda: "Carta" in titles(case, "community"), timeout=10_000)
    qtbot.waitUntil(case.is_settled, timeout=10_000)
    assert cell(case, carta, "assistant") == "Spanish: needs a translation"

    def choose_original() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue(next(i for i in dialog.comboBoxItems() if "Carta" in i))
        dialog.accept()

    case.board.select_document(letter)
    QTimer.singleShot(0, choose_original)
    case.assistant_ui.pair_action.trigger()
    qtbot.waitUntil(lambda: cell(case, letter, "exhibit") == "A-1 (translation)",
                    timeout=10_000)
    assert cell(case, carta, "exhibit") == "A-1"
    assert cell(case, carta, "assistant") == ""
    case.undo_stack.undo()
    qtbot.waitUntil(lambda: cell(case, carta, "assistant") == "Spanish: needs a translation",
                    timeout=10_000)


def test_set_the_language_by_hand(qtbot: QtBot, case: MainWindow) -> None:
    lease = doc_id(case, "Scan0001")
    case.board.select_document(lease)
    case.edits.file_selected_under("residence")
    qtbot.waitUntil(lambda: "Scan0001" in titles(case, "residence"), timeout=10_000)
    qtbot.waitUntil(case.is_settled, timeout=10_000)
    case.board.select_document(lease)
    case.assistant_ui.language_actions["fr"].trigger()
    qtbot.waitUntil(lambda: cell(case, lease, "assistant") == "French: needs a translation",
                    timeout=10_000)
    case.undo_stack.undo()
    qtbot.waitUntil(lambda: cell(case, lease, "assistant") == "", timeout=10_000)


def test_translator_details_are_saved(qtbot: QtBot, case: MainWindow) -> None:
    case.assistant_ui.translator_action.trigger()
    qtbot.waitUntil(lambda: getattr(case.assistant_ui, "translator_dialog", None) is not None
                    and case.assistant_ui.translator_dialog.isVisible(), timeout=5_000)
    dialog = case.assistant_ui.translator_dialog
    assert not dialog.save_button.isEnabled()  # a certificate needs a name
    dialog.name.setText("Ana Torres")
    dialog.address.setPlainText("5 Oak Road, Fresno, CA")
    with qtbot.waitSignal(case.messageShown, timeout=10_000):
        dialog.save_button.click()
    svc = with_services(case)
    try:

        found = svc.assistant.get_translator(case.case_id or 0)
        assert found is not None
        assert (found.name, found.address) == ("Ana Torres", "5 Oak Road, Fresno, CA")
        assert "Spanish into English" in found.statement
    finally:
        svc.close()


def test_chronology_lists_documents_in_date_order_and_goes_to_them(
        qtbot: QtBot, case: MainWindow) -> None:
    case.assistant_ui.accept_all_action.trigger()
    qtbot.waitUntil(lambda: not titles(case, UNFILED) or case.is_settled(), timeout=10_000)
    qtbot.waitUntil(case.is_settled, timeout=10_000)
    with qtbot.waitSignal(case.assistant_ui.chronologyShown, timeout=10_000):
        case.assistant_ui.chronology_action.trigger()
    view = case.assistant_ui.chronology
    dates = [view.topLevelItem(n).text(0) for n in range(view.topLevelItemCount())]
    dated = [d for d in dates if d[:1].isdigit()]
    assert dated == sorted(dated) and "2019-03-03" in dated and "2023-06-20" in dated
    row = dates.index("2023-06-20")
    item = view.topLevelItem(row)
    assert item.text(2).startswith("Pay stub")
    view.itemActivated.emit(item, 0)
    assert case.board.current_document_id() == doc_id(case, item.text(2))


ENERGY_FORM = (
    "DIVISION OF WELFARE AND SUPPORTIVE SERVICES\nENERGY ASSISTANCE PROGRAM\n"
    "APPLICATION FOR ASSISTANCE\nA. APPLICANT/HOUSEHOLD INFORMATION\n"
    "Name  Relationship to You  Sex  Date of Birth (mm/dd/yy)  Age\n"
    "Doe John  SELF  M  01/12/78  44\nDoe Jane  Spouse  F  08/02/84  38\n"
    "B. DWELLING INFORMATION\nRenters: provide a copy of the rent or lease agreement.\n"
    "Dwelling Type: Condo/Townhome  Dwelling Cost: Rent $2000\n"
    "Landlord: Big Corp Landlord")
LOAN_APPLICATION = (
    "Uniform Residential Loan Application\nSection 1: Borrower Information\n"
    "Name: Maria Hernandez\nCurrent Address: 12 Pine Street, Fresno, CA\n"
    "Loan amount: $250,000  Lender: Valley Bank\n"
    "Borrower signature date: 04/01/1900")  # OCR read the year of a date badly
NO_DATE = "\u2014"  # what the board's Date column shows for an undated document


def test_accept_all_never_dates_by_fine_print_and_titles_never_repeat_the_date(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    """Issue 14, item 7: Accept all filed an energy-assistance form as a lease dated by a
    spouse's date of birth, and the index printed the date twice. Dates before 1950, before
    the applicant's birth or of a form's fine print are shown to check, never filed; titles
    name the type and who the paper is from, not the date."""
    files = [digital(tmp_path / "in" / f"{name}.pdf", [text]) for name, text in
             (("scan0001", ENERGY_FORM), ("scan0002", LOAN_APPLICATION),
              ("scan0003", PAY_STUB))]
    drop(window, files)
    qtbot.waitUntil(lambda: window.cases.form is not None, timeout=20_000)
    assert window.cases.form is not None
    window.cases.form.reject()
    qtbot.waitUntil(lambda: window.board_model.snapshot is not None
                    and len(window.board_model.snapshot.suggestions) == 3, timeout=30_000)
    # The applicant's date of birth is given after the suggestions were made.
    window.actions_.edit_case.trigger()
    qtbot.waitUntil(lambda: window.cases.form is not None and window.cases.form.isVisible(),
                    timeout=10_000)
    form = window.cases.form
    assert form is not None
    QTest.keyClicks(form.date_of_birth, "1990-03-14")  # type: ignore[attr-defined]
    with qtbot.waitSignal(window.boardShown, timeout=10_000):
        form.buttons.button(QDialogButtonBox.StandardButton.Save).click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.case is not None
                    and window.case.date_of_birth == "1990-03-14", timeout=10_000)
    qtbot.waitUntil(window.is_settled, timeout=10_000)
    energy, loan, stub = (doc_id(window, t) for t in ("Scan0001", "Scan0002", "Scan0003"))
    window.board.select_document(energy)
    qtbot.waitUntil(window.assistant_ui.bar.isVisible, timeout=5_000)
    bar = window.assistant_ui.bar.text.text()
    assert "Housing or energy assistance" in bar and "check the date" in bar

    window.assistant_ui.accept_all_action.trigger()
    qtbot.waitUntil(lambda: not titles(window, UNFILED), timeout=10_000)
    qtbot.waitUntil(window.is_settled, timeout=10_000)
    shown = {d: (cell(window, d, "title"), cell(window, d, "date")) for d in (energy, loan, stub)}
    assert shown[energy] == ("Housing or energy assistance \u2014 Division of Welfare and "
                             "Supportive Services", NO_DATE)
    assert shown[loan][0].startswith("Mortgage or home ownership")
    assert shown[loan][1] == NO_DATE
    assert shown[stub] == ("Pay stub \u2014 Golden Gate Food Services", "2023-06-20")
    for title, date in shown.values():  # the index's title never repeats its date
        assert not re.search(r"\d{4}-\d{2}-\d{2}", title)
        assert date == NO_DATE or date not in title
    snapshot = window.board_model.snapshot
    assert snapshot is not None
    assert {snapshot.by_id[d].category for d in (energy, loan)} == {"residence"}
    assert snapshot.by_id[stub].category == "employment"


def _bar_for_paper(qtbot: QtBot, services: Services, tmp_path: Path, name: str,
                   text: str) -> tuple[SuggestionBar, DocumentSuggestion]:
    """The suggestion bar shown for one text PDF of its own case, and its suggestion."""
    case = services.create_case(name="Rosa Martínez López")
    (outcome,) = services.import_files(case.id, [make.text_pdf(tmp_path / name, [text])])
    assert outcome.document_id is not None
    services.assistant.suggest_ready_documents()
    (doc,) = services.list_documents(case.id)
    found = services.assistant.suggest(doc.id)
    bar = SuggestionBar()
    qtbot.addWidget(bar)
    bar.show_for(doc, found, True)
    return bar, found


def test_the_bar_ends_the_reason_before_saying_a_translation_is_needed(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    """The reason is a phrase without a full stop; the bar ran it into the next sentence
    ("…the four tabs need Not in English: …")."""
    bar, found = _bar_for_paper(
        qtbot, services, tmp_path, "recibo.pdf",
        "Recibo de renta\nRecibí de Rosa Martínez López la cantidad de $850.00 (ochocientos "
        "cincuenta dólares) por concepto de renta del mes de julio de 2022 del departamento "
        "4B, 1420 Calle Olmo, Oakland, CA.\nRecibido por: Jorge Ramírez, arrendador\n"
        "Oakland, 1 de julio de 2022")
    assert found.suggestion.category == "residence"
    assert found.suggestion.needs_translation
    assert found.suggestion.reason.endswith("arrendador")
    assert "arrendador. Not in English: it will need a certified translation." in \
        bar.text.text()


def test_the_bar_says_what_to_do_with_a_course_certificate_left_for_review(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    """The assistant knows the paper is a course certificate and leaves filing it to the
    user: the bar says so, not that it cannot tell which tab it belongs under."""
    bar, _found = _bar_for_paper(
        qtbot, services, tmp_path, "certificado.pdf",
        "FUNDACION ADECCO\nFundación Adecco certifica que\nSILVIA SÁNCHEZ VARGAS\nha "
        "superado con éxito el curso de\nFundamentos de Programación\nDuración del curso  "
        "Fecha de finalización\n30 horas  20/11/2023\nCoordinadora")
    text = bar.text.text()
    assert text.startswith("<b>Needs your review.</b> It is a course's certificate: file it "
                           "under Community to show the applicant's education, or leave it out.")
    assert "not sure which tab" not in text
    assert bar.choose_button.isVisible() and not bar.accept_button.isVisible()
