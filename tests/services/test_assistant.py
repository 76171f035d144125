"""The assistant's services on a real data folder: suggest after reading, accept, learn,
auto-accept, translations, translator and chronology."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from desktop_app.errors import InvalidInputError, NotFoundError
from desktop_app.services import Services
from tests import make

LEASE = ["Oakwood Property Management", "Residential Lease Agreement",
         "Date: March 3, 2021", "The landlord rents the apartment to the tenant.",
         "The monthly rent is $900 and the security deposit is $900."]
CARTA = ["Iglesia San Judas Tadeo", "Houston, Texas, 9 de agosto de 2023",
         "A quien corresponda:", "Conozco a Rosa Gutierrez desde hace diez años",
         "como miembro de nuestra congregación. Es una persona", "honesta y trabajadora."]


def _scan(lines: list[str], path: Path) -> Path:
    """A small 150-dpi scan: quick to read."""
    image: Image.Image = make.page_image(lines, size=(1275, 1650), font_px=28)
    image.save(path, dpi=(150, 150))
    return path


@pytest.fixture
def case_id(services: Services) -> int:
    return services.create_case(name="Rosa Gutiérrez").id


def _import(services: Services, case_id: int, *paths: Path) -> list[int]:
    ids = [o.document_id for o in services.import_files(case_id, list(paths))]
    assert all(i is not None for i in ids)
    return [int(i) for i in ids if i is not None]


def test_suggestions_come_after_reading_and_file_nothing(
    services: Services, case_id: int, tmp_path: Path
) -> None:
    lease, carta = _import(services, case_id, _scan(LEASE, tmp_path / "scan1.png"),
                           _scan(CARTA, tmp_path / "scan2.png"))
    assert services.assistant.suggest_ready_documents(case_id) == []  # nothing read yet
    services.process(case_id)
    made = {s.document_id: s.suggestion for s in
            services.assistant.suggest_ready_documents(case_id)}
    assert made[lease].category == "residence"
    assert made[lease].date == "2021-03-03"
    assert made[lease].title.startswith("Lease \u2014 Oakwood Property Management")
    assert made[carta].category == "community"
    assert made[carta].date == "2023-08-09"
    assert made[carta].language == "es" and made[carta].needs_translation
    # A suggestion is only a suggestion: nothing is filed or dated without the user.
    docs = {d.id: d for d in services.list_documents(case_id)}
    assert docs[lease].category is None and docs[lease].date is None
    assert docs[carta].language == "es"  # the language is a fact it found, kept
    assert services.assistant.suggest_ready_documents(case_id) == []  # done once


def test_accept_files_dates_titles_and_learns(services: Services, case_id: int,
                                              tmp_path: Path) -> None:
    (doc,) = _import(services, case_id, make.text_pdf(tmp_path / "lease.pdf",
                                                       ["\n".join(LEASE)]))
    services.assistant.suggest_ready_documents(case_id)
    accepted = services.assistant.accept(case_id, doc)
    assert accepted.category == "residence"
    assert accepted.date == "2021-03-03"
    assert accepted.title == "Lease \u2014 Oakwood Property Management"  # the date is beside it
    assert services.assistant.get_suggestion(case_id, doc).accepted
    assert services.assistant.learned_model().examples == 1


def test_accept_keeps_what_the_user_set_unless_all_fields(services: Services, case_id: int,
                                                          tmp_path: Path) -> None:
    (doc,) = _import(services, case_id, make.text_pdf(tmp_path / "lease.pdf",
                                                       ["\n".join(LEASE)]))
    services.rename(case_id, doc, "Our lease")
    services.set_date(case_id, doc, "2021-03-01")
    kept = services.assistant.accept(case_id, doc)
    assert (kept.title, kept.date) == ("Our lease", "2021-03-01")
    replaced = services.assistant.accept(case_id, doc, all_fields=True)
    assert replaced.date == "2021-03-03" and replaced.title.startswith("Lease")


def test_an_unsure_suggestion_needs_the_users_category(services: Services, case_id: int,
                                                       tmp_path: Path) -> None:
    (doc,) = _import(services, case_id, make.text_pdf(
        tmp_path / "note.pdf", ["Thank you for coming. See you next week."]))
    found = services.assistant.get_suggestion(case_id, doc).suggestion
    assert found.category is None
    with pytest.raises(InvalidInputError, match="not sure"):
        services.assistant.accept(case_id, doc)
    assert services.assistant.accept(case_id, doc, category="community").category == (
        "community")


def test_corrections_teach_later_suggestions(services: Services, case_id: int,
                                             tmp_path: Path) -> None:
    def gym(n: int) -> Path:
        return make.text_pdf(tmp_path / f"gym{n}.pdf", [
            f"Westside Boxing Club\nMembership card number {n}\nMember: Rosa Gutierrez\n"
            "Boxing classes with coach Luis, membership renewed for the season."])

    first = _import(services, case_id, *(gym(n) for n in range(5)))
    # Read clearly, naming nothing of the tabs: "perhaps none of the four" until the user
    # files one under community; from then on not "none" any more, and sure once taught
    # enough.
    said = []
    for doc in first:
        said.append(services.assistant.get_suggestion(case_id, doc).suggestion.best_guess)
        services.assistant.accept(case_id, doc, category="community")
    assert said[0] == "none" and "none" not in said[1:]
    (later,) = _import(services, case_id, gym(9))
    services.assistant.suggest_ready_documents(case_id)
    found = services.assistant.get_suggestion(case_id, later).suggestion
    assert found.category == "community"
    assert "like documents you filed" in found.reason
    # ... and only in this data folder: a new folder has learned nothing.
    other = Services.open(tmp_path / "other-data")
    try:
        assert other.assistant.learned_model().examples == 0
    finally:
        other.close()


def test_auto_accept_files_only_sure_suggestions(services: Services, case_id: int,
                                                 tmp_path: Path) -> None:
    assert not services.assistant.auto_accept_enabled()
    services.assistant.set_auto_accept(True)
    sure, unsure = _import(
        services, case_id, make.text_pdf(tmp_path / "lease.pdf", ["\n".join(LEASE)]),
        make.text_pdf(tmp_path / "note.pdf", ["Thank you for coming. See you next week."]))
    services.assistant.suggest_ready_documents(case_id)
    docs = {d.id: d for d in services.list_documents(case_id)}
    assert docs[sure].category == "residence" and docs[sure].date == "2021-03-03"
    assert docs[unsure].category is None
    assert services.assistant.learned_model().examples == 0  # not the user's confirmation


def test_pairing_rules(services: Services, case_id: int, tmp_path: Path) -> None:
    a, b, c = _import(services, case_id, *(make.text_pdf(tmp_path / f"{n}.pdf", [f"Page {n}"])
                                           for n in "abc"))
    with pytest.raises(InvalidInputError):
        services.assistant.pair_translation(case_id, a, a)
    services.assistant.pair_translation(case_id, b, a)
    with pytest.raises(InvalidInputError, match="itself a translation"):
        services.assistant.pair_translation(case_id, c, b)
    with pytest.raises(InvalidInputError, match="translation of its own"):
        services.assistant.pair_translation(case_id, a, c)
    with pytest.raises(NotFoundError):
        services.assistant.pair_translation(case_id, 999, a)
    services.assistant.clear_translation(case_id, b)
    assert services.assistant.translations(case_id) == {}


def test_chronology_lists_documents_in_date_order_with_exhibit_ids(
    services: Services, case_id: int, tmp_path: Path
) -> None:
    ids = _import(services, case_id, *(make.text_pdf(tmp_path / f"{n}.pdf", [f"Page {n}"])
                                       for n in range(4)))
    services.tag(case_id, ids[0], "residence")
    services.set_date(case_id, ids[0], "2022-05-01")
    services.tag(case_id, ids[1], "community")
    services.set_date(case_id, ids[1], "2019-01-10")
    services.set_date(case_id, ids[2], "2020-02-02")  # not filed
    services.assistant.pair_translation(case_id, ids[3], ids[1])
    rows = services.assistant.chronology(case_id)
    assert [(r.document_id, r.date, r.exhibit_id) for r in rows] == [
        (ids[1], "2019-01-10", "B-1"),
        (ids[2], "2020-02-02", None),
        (ids[0], "2022-05-01", "A-1"),
        (ids[3], None, "B-1 (translation)"),
    ]
    assert rows[0].tab_title == "Community" and rows[1].tab_title == "not filed"
    assert rows[3].translation_of == ids[1]


LOAN = ["Uniform Residential Loan Application", "Borrower Information",
        "Borrower: Rosa Gutierrez  Loan amount: $250,000  Lender: Valley Bank",
        "Borrower signature date: 04/01/1900"]
LETTER = ["Bright Harbor Cleaning", "Employment verification", "Date: March 3, 1984",
          "Rosa Gutierrez has been employed by our company as a cleaner, full time."]


def test_accept_never_files_a_date_to_check(services: Services, case_id: int,
                                            tmp_path: Path) -> None:
    """A date before 1950 is suggested only to check; a date before the applicant's birth,
    given after the suggestion was made, is not filed either."""
    loan, letter = _import(services, case_id,
                           make.text_pdf(tmp_path / "loan.pdf", ["\n".join(LOAN)]),
                           make.text_pdf(tmp_path / "letter.pdf", ["\n".join(LETTER)]))
    made = {s.document_id: s.suggestion for s in
            services.assistant.suggest_ready_documents(case_id)}
    assert made[loan].date == "1900-04-01" and not made[loan].date_sure
    assert made[letter].date == "1984-03-03" and made[letter].date_sure  # no birth date yet
    services.update_case(case_id, date_of_birth="1990-03-14")
    assert services.assistant.accept(case_id, loan).date is None
    filed = services.assistant.accept(case_id, letter)
    assert filed.category == "employment" and filed.date is None
    assert "1984" not in filed.title and "1900" not in services.get_document(loan).title


def test_a_short_paper_takes_the_case_language_as_a_guess(
        services: Services, case_id: int, tmp_path: Path) -> None:
    first, _second = _import(services, case_id,
                             make.text_pdf(tmp_path / "carta.pdf", ["\n".join(CARTA)]),
                             make.text_pdf(tmp_path / "other.pdf", [
                                 "Parroquia San José\nA quien corresponda: conozco a Rosa "
                                 "desde hace años; es honesta y trabajadora."]))
    card = _import(services, case_id, make.text_pdf(tmp_path / "card.pdf",
                                                     ["ANGEL BROWN 123456789 Rx BCAAXYZ"]))[0]
    services.process(case_id)  # so little text is read from the page's picture
    made = {s.document_id: s.suggestion for s in
            services.assistant.suggest_ready_documents(case_id)}
    assert made[first].language == "es" and made[first].language_sure
    assert made[card].language == "es" and not made[card].language_sure
    docs = {d.id: d for d in services.list_documents(case_id)}
    assert docs[card].language is None  # a guess is shown, not recorded as a fact
    assert docs[first].language == "es"


LEAFLET = ["Riverside Garden Supplies", "How to plant tomatoes in spring",
           "Choose a sunny spot and water the plants every morning.",
           "Tomatoes grow best when the soil is warm and rich.",
           "Tie each stem to a stake as soon as it starts to lean."]


def test_a_clear_page_that_proves_nothing_is_hinted_as_none_a_scrawl_is_not(
        services: Services, case_id: int, tmp_path: Path) -> None:
    """A leaflet Tesseract reads clearly, with nothing a tab needs, is left for review with
    "none of the four" as the hint and why (never filed by auto-accept); a page of
    handwriting OCR cannot read says nothing because it was not read: it stays for the
    user with no hint."""
    import random

    from tests import papers

    services.assistant.set_auto_accept(True)
    scrawl_path = tmp_path / "scrawl.png"
    papers.handwriting(random.Random(3)).save(scrawl_path, dpi=(100, 100))
    leaflet, scrawl = _import(services, case_id, _scan(LEAFLET, tmp_path / "leaflet.png"),
                              scrawl_path)
    services.process(case_id)
    made = {s.document_id: s.suggestion for s in
            services.assistant.suggest_ready_documents(case_id)}
    assert (made[leaflet].category, made[leaflet].best_guess) == (None, "none")
    assert "mentions nothing the four tabs need" in made[leaflet].reason
    assert made[scrawl].category is None
    assert all(d.category is None for d in services.list_documents(case_id))  # not filed


SHUTOFF = ["Lakeside Power and Light", "Mailed: 03/14/2024    Account: 4471-2290",
           "FINAL NOTICE - DISCONNECTION", "Rosa Gutierrez, 1200 Elm St, Apt 3, Houston TX",
           "Your account is past due in the amount of $412.50.",
           "Unless payment is received, your electric service",
           "will be disconnected on or after 03/28/2024.",
           "Past due (service 01/05/2024 - 02/04/2024) $412.50",
           "Disconnect date 03/28/2024   Total amount due $498.10"]


def test_a_shut_off_notice_is_dated_by_the_day_it_was_sent(
        services: Services, case_id: int, tmp_path: Path) -> None:
    """Not by the end of the period left unpaid (a bill's date) nor by the shut-off day."""
    (notice,) = _import(services, case_id, _scan(SHUTOFF, tmp_path / "notice.png"))
    services.process(case_id)
    (made,) = services.assistant.suggest_ready_documents(case_id)
    assert made.document_id == notice
    assert made.suggestion.category == "residence"
    assert made.suggestion.sure_date == "2024-03-14"


HOSPITAL_INVOICE = ["Mercy General Hospital", "Patient Billing Office, 410 Elm Street",
                    "INVOICE", "Invoice number: 88213      Invoice date: 02/10/2023",
                    "Bill to: Rosa Gutierrez",
                    "Patient account: 55120   Insurance: Blue Shield PPO",
                    "Description                Qty    Unit price    Amount",
                    "Emergency room visit        1      $850.00     $850.00",
                    "Laboratory tests            3       $60.00     $180.00",
                    "Subtotal $1,030.00   Insurance payment -$700.00",
                    "Balance due $330.00"]
SHOP_INVOICE = ["Bayside Office Furniture", "INVOICE",
                "Invoice number: 4410      Invoice date: 02/10/2023",
                "Bill to: Rosa Gutierrez",
                "Description                Qty    Unit price    Amount",
                "Desk chair                  1      $150.00     $150.00",
                "Subtotal $150.00   Sales tax $12.38", "Thank you for your business."]


def test_a_hospital_invoice_is_never_put_aside_as_none(
        services: Services, case_id: int, tmp_path: Path) -> None:
    """A shop's invoice proves nothing: "none of the four". A hospital's invoice naming the
    patient and the insurance is proof of treatment: a medical bill."""
    hospital, shop = _import(services, case_id,
                             _scan(HOSPITAL_INVOICE, tmp_path / "hospital.png"),
                             _scan(SHOP_INVOICE, tmp_path / "shop.png"))
    services.process(case_id)
    made = {s.document_id: s.suggestion for s in
            services.assistant.suggest_ready_documents(case_id)}
    assert made[shop].category == "none"
    assert made[hospital].category == "medical"
    assert made[hospital].document_type == "medical_claim"
    assert made[hospital].sure_date == "2023-02-10"


def _note_dated_by_hand(seed: int, date: str, path: Path, by_hand: bool = True) -> Path:
    """A printed doctor's note whose date is written by hand (as the blind set writes it)
    or printed."""
    import random

    from tests.sets.blind_hand import make_hand, new_canvas, write

    rng = random.Random(seed)
    c = new_canvas(rng, 200, (255, 255, 255))
    c.text(72, 60, "Riverside Family Clinic", 16, True)
    c.text(72, 84, "2100 Oak Avenue, Houston, TX 77002", 10)
    c.text(72, 130, "Doctor's note / Work excuse", 13, True)
    if by_hand:
        c.text(72, 180, "Date:", 11)
        write(c, 110, 191, date, make_hand(rng), 14)
    else:
        c.text(72, 180, f"Date: {date}", 11)
    c.text(72, 230, "This patient was seen in our office today and may return to work", 11)
    c.text(72, 248, "on the next working day.", 11)
    c.text(72, 300, "Physician signature:", 11)
    c.img.save(path, dpi=(200, 200))
    return path


def test_a_date_written_by_hand_is_left_to_check_a_printed_one_is_sure(
        services: Services, case_id: int, tmp_path: Path) -> None:
    """OCR reads handwritten digits unsurely and often wrong ("12/23/20" as 12/3/20): such
    a date is offered for the user to check, never as sure; the same note with its date
    printed is dated."""
    first, second, printed = _import(
        services, case_id, _note_dated_by_hand(7, "12/23/20", tmp_path / "a.png"),
        _note_dated_by_hand(2, "12/23/20", tmp_path / "b.png"),
        _note_dated_by_hand(7, "12/23/2020", tmp_path / "c.png", by_hand=False))
    services.process(case_id)
    made = {s.document_id: s.suggestion for s in
            services.assistant.suggest_ready_documents(case_id)}
    assert made[first].category == made[second].category == "medical"
    assert made[first].date is not None and made[first].sure_date is None
    assert made[second].date is not None and made[second].sure_date is None
    assert made[printed].sure_date == "2020-12-23"


def _letter_by_hand(seed: int, lines: list[str], path: Path) -> Path:
    """A letter written by hand from top to bottom (in the blind set's hand): a first
    line, a paragraph, and its closing lines."""
    import random

    from tests.sets.blind_hand import make_hand, new_canvas, write, write_para

    rng = random.Random(seed)
    c = new_canvas(rng, 200, (255, 255, 255))
    hand = make_hand(rng)
    write(c, 72, 90, lines[0], hand, 14)
    y = write_para(c, 72, 130, lines[1], hand, 460, 14) + 20
    for line in lines[2:]:
        write(c, 72, y, line, hand, 14)
        y += 30
    c.img.save(path, dpi=(200, 200))
    return path


@pytest.mark.slow  # three handwritten pages read by Tesseract; test_letters.py holds the rules
def test_a_letter_written_by_hand_is_filed_by_its_shape(
        services: Services, case_id: int, tmp_path: Path) -> None:
    """OCR reads a handwritten letter a letter or two off ("KVOWN"): its salutation, its
    closing and its telling words read nearly right still say a support letter, or a
    landlord's note; a handwritten shopping list is still left for the user."""
    support, landlord, shopping = _import(
        services, case_id,
        _letter_by_hand(2, ["Dear Immigration Judge,",
                            "I have known Maria Lopez for eight years as my neighbor. She is "
                            "honest and responsible, and she helps at our church every "
                            "Sunday. Please let her stay with her family.",
                            "Sincerely,", "Ana Torres"], tmp_path / "support.png"),
        _letter_by_hand(1, ["To whom it may concern,",
                            "Maria Lopez lives at 412 Elm St, Unit 3 and pays me her rent "
                            "since March 2016. She is my tenant.", "Sincerely,", "Paul Brown"],
                        tmp_path / "landlord.png"),
        _letter_by_hand(0, ["Tuesday", "Pick up milk, bread and eggs. Call the school about "
                            "the bus. Car to the shop at four.", "Maria"],
                        tmp_path / "list.png"))
    services.process(case_id)
    made = {s.document_id: s.suggestion for s in
            services.assistant.suggest_ready_documents(case_id)}
    assert made[support].category == "community"
    assert made[support].document_type == "support_letter"
    assert made[landlord].category == "residence"
    assert made[shopping].category is None


LIQUIDACION = ["Constructora Los Andes Ltda.", "LIQUIDACIÓN DE SUELDO",
               "Trabajador: Juan Pérez Soto  RUT 12.345.678-9", "Mes: Marzo 2023",
               "HABERES", "Sueldo base  500.000", "Total haberes  625.000", "DESCUENTOS",
               "AFP Habitat  62.500", "Fonasa  43.750", "Total descuentos  110.000",
               "Líquido a pagar  515.000"]


def test_a_chilean_pay_slip_read_from_a_scan_is_employment(
    services: Services, case_id: int, tmp_path: Path
) -> None:
    # Read by Tesseract with its accents ("LIQUIDACIÓN", "Líquido"), it says what it is.
    (slip,) = _import(services, case_id, _scan(LIQUIDACION, tmp_path / "liquidacion.png"))
    services.process(case_id)
    made = {s.document_id: s.suggestion for s in
            services.assistant.suggest_ready_documents(case_id)}
    assert made[slip].category == "employment", made[slip].reason
    assert made[slip].document_type == "pay_stub"
    assert made[slip].language == "es"


REPORT = ["Riverside Dance School", "Spring term progress.",
          "Ballet technique: shows good posture and works hard at turns.",
          "Jazz: learns the routines quickly and helps the younger dancers in class.",
          "Tap: needs more practice at home with the rhythm exercises.",
          "Attendance was excellent this term and she took part in the winter show",
          "with her group, which the parents enjoyed very much."]


def test_a_paper_filed_by_its_wording_says_so_when_read_back(
        services: Services, case_id: int, tmp_path: Path) -> None:
    """A dance school's term report, which its cues only lean to community, is suggested
    there because it is worded like community papers, and says so (in the user's
    language) when the suggestion is read back from the data folder."""
    from desktop_app.i18n import set_language

    (doc,) = _import(services, case_id, make.text_pdf(tmp_path / "report.pdf",
                                                             ["\n".join(REPORT)]))
    services.assistant.suggest_ready_documents(case_id)
    found = services.assistant.get_suggestion(case_id, doc).suggestion
    assert found.category == "community" and found.worded
    assert "worded like papers of its kind (“" in found.reason
    set_language("es")
    try:
        assert "redactado como los documentos de su clase («" in found.reason
    finally:
        set_language("en")
