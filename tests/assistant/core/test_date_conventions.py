"""Which date a document speaks for, per kind of paper, and dates written in more ways:
dashes, French, Portuguese and Haitian Creole months, OCR slips in digits."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core.assistant import suggest_for_text
from desktop_app.core.assistant.dates import find_date

TODAY = dt.date(2025, 6, 1)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Statement Date 03-14-2019\nAccount 5521", None, "2019-03-14"),  # month first
        ("Date: 02-23-2016", None, "2016-02-23"),
        ("Date: 02 - 23 - 2016", None, "2016-02-23"),  # OCR spaced the dashes
        ("Date: 02\u201323\u20132016", None, "2016-02-23"),  # en dashes
        ("Date: O2/l4/2O19", None, "2019-02-14"),  # O and l read for 0 and 1
        ("Fait à Lyon, le 13 août 2024", "fr", "2024-08-13"),
        ("Fait a Lyon, le 13 acút 2024", "fr", "2024-08-13"),  # "août" through OCR
        ("Paris, le 1er février 2022", "fr", "2022-02-01"),
        ("São Paulo, 3 de março de 2022", "pt", "2022-03-03"),
        ("Sao Paulo, 3 de margo de 2022", "pt", "2022-03-03"),  # "ç" through OCR
        ("Lisboa, 12 de dezembro de 2021", "pt", "2021-12-12"),
        ("Pòtoprens, 5 desanm 2023", "ht", "2023-12-05"),
        ("Okap, 14 out 2020", "ht", "2020-08-14"),  # Creole "out" is August
        ("Rio, 14 out 2020", "pt", "2020-10-14"),  # Portuguese "out" is October
        ("Jakmèl, 2 jiyè 2019", "ht", "2019-07-02"),
        ("Statement Date: 05-Nov-2018", None, "2018-11-05"),
        ("DATE 05/NOV/18", None, "2018-11-05"),
        ("Pay date Nov-05-2018", None, "2018-11-05"),
    ],
)
def test_more_ways_of_writing_dates(text: str, language: str | None, expected: str) -> None:
    day_first = language not in (None, "en")
    assert find_date(text, today=TODAY, day_first=day_first,
                     language=language).date == expected


def test_pay_stub_speaks_for_its_pay_date_written_with_dashes() -> None:
    text = ("SUNBELT STAFFING LLC\nEarnings Statement\nPeriod Beginning 10-21-2018\n"
            "Period Ending 11-03-2018\nPay Date 11-05-2018\nGross Pay 1,204.50")
    assert find_date(text, "pay_stub", today=TODAY).date == "2018-11-05"
    # The same when the row holds both labels.
    text = "Period Ending 11-03-2018    Pay Date 11-05-2018\nNet Pay 998.10"
    assert find_date(text, "pay_stub", today=TODAY).date == "2018-11-05"


def test_w2_speaks_for_its_tax_year_not_the_printing_date() -> None:
    text = ("Printed 01/19/2017\n2016 W-2 and EARNINGS SUMMARY\nEmployee Reference Copy\n"
            "Gross Pay 31,220.00  Federal Income Tax 2,100.00  Net Pay 26,880.10\n"
            "Social Security Tax 1,935.64  Medicare Tax 452.69")
    found = suggest_for_text(text, today=TODAY)
    assert found.document_type == "w2"
    assert found.date == "2016-12-31"
    text = ("Printed 01/05/2017\nForm W-2 Wage and Tax Statement 2016\n"
            "1 Wages, tips, other compensation 28,004.00\n2 Federal income tax withheld 1,880")
    assert suggest_for_text(text, today=TODAY).date == "2016-12-31"


def test_visit_summary_speaks_for_the_visit_not_the_follow_up() -> None:
    text = ("Riverside Family Clinic\nAfter Visit Summary\nPatient: Ana Ruiz\n"
            "Date of Service: 04/02/2022\nDiagnosis: hypertension\n"
            "Follow-up: 05/02/2022 with Dr. Lee")
    assert find_date(text, "medical_record", today=TODAY).date == "2022-04-02"
    text = ("Visit date: March 9, 2021\nNext appointment: April 20, 2021\n"
            "Return visit 06/01/2021")
    assert find_date(text, "medical_record", today=TODAY).date == "2021-03-09"
    text = "Fecha de consulta: 12/03/2020\nPróxima cita: 30/04/2020"
    assert find_date(text, "medical_record", today=TODAY, day_first=True).date == (
        "2020-03-12")


def test_agency_notice_speaks_for_its_notice_date() -> None:
    text = ("Form I-797C, Notice of Action\nReceived Date: 07/01/2016\n"
            "Priority Date: 07/01/2016\nNotice Date: 08/03/2016\nPage 1 of 1")
    assert find_date(text, "agency_correspondence", today=TODAY).date == "2016-08-03"
    # Labels over their boxes' values: the label on the line above counts.
    text = "Received Date\nJuly 1, 2016\nNotice Date\nJuly 12, 2016"
    assert find_date(text, "agency_correspondence", today=TODAY).date == "2016-07-12"
    text = "Notice Date\nJune 2, 2016\nReceived Date\nJuly 12, 2016"
    assert find_date(text, "agency_correspondence", today=TODAY).date == "2016-06-02"


def test_lease_speaks_for_its_start_not_its_end() -> None:
    text = ("Residential Lease Agreement\nThe term of this lease begins on\n"
            "Term: commencing on June 1, 2020 and ending on May 31, 2021.\n"
            "Monthly rent: $950")
    assert find_date(text, "lease", today=TODAY).date == "2020-06-01"
    text = ("Lease term: from 09/01/2019 to 08/31/2020.\nLandlord and Tenant agree...")
    assert find_date(text, "lease", today=TODAY).date == "2019-09-01"
    text = ("This lease is entered into on August 15, 2019.\nTerm: from 09/01/2019 "
            "through 08/31/2020.")
    assert find_date(text, "lease", today=TODAY).date == "2019-08-15"
    # A statement's period still speaks for its end.
    text = "Statement period: from 09/01/2022 to 09/30/2022"
    assert find_date(text, "bank_statement", today=TODAY).date == "2022-09-30"


def test_work_authorization_card_speaks_for_valid_from() -> None:
    text = ("EMPLOYMENT AUTHORIZATION\nCategory C08\nValid From: 03/15/2021\n"
            "Card Expires: 03/14/2023")
    assert find_date(text, "work_authorization", today=TODAY).date == "2021-03-15"
    text = "Card issued 01/10/2022    Card expires 01/09/2024"
    assert find_date(text, "work_authorization", today=TODAY).date == "2022-01-10"


def test_utility_bill_speaks_for_its_bill_date() -> None:
    text = ("Bill date: 10/30/2023\nService period: 09/28/2023 to 10/27/2023\n"
            "Amount due: $84.10\nDue date: 11/20/2023")
    assert find_date(text, "utility_bill", today=TODAY).date == "2023-10-30"


def test_flyers_get_no_event_date() -> None:
    flyer = ("GRAND OPENING!\nSparkle Car Wash\nSpecial offer: 30% off every service.\n"
             "Saturday, May 3, 2024\nJoin us! Free admission. Bring this coupon.")
    found = suggest_for_text(flyer, today=TODAY)
    assert found.category == "none"
    assert found.date is None
    flyer_es = ("¡Gran Venta de Verano!\nTienda de Muebles Sol\nDescuento de 30% en todo.\n"
                "Solo el 14 de junio de 2024\nPresente este cupón. Oferta especial.")
    assert suggest_for_text(flyer_es, today=TODAY).date is None


def test_none_papers_keep_a_labelled_date() -> None:
    invoice = ("Bright Print Shop\nInvoice\nInvoice number: 4471\nInvoice date: 03/02/2021\n"
               "Bill to: Metro Janitorial Group\nSubtotal: $210.00\nSales tax: $17.33")
    assert suggest_for_text(invoice, today=TODAY).date == "2021-03-02"
    menu = ("Blue Door Diner\nMenu\nPrices effective March 4, 2020\nAppetizers\n"
            "Entrees\nDesserts\nHappy hour 4-6 pm")
    assert suggest_for_text(menu, today=TODAY).date == "2020-03-04"


def test_date_of_birth_in_other_languages_is_never_the_date() -> None:
    text = "Date de naissance : 04/05/1990\nFait à Montréal, le 2 mars 2023"
    assert find_date(text, today=TODAY, day_first=True, language="fr").date == "2023-03-02"
    text = "Data de nascimento: 04/05/1990\nData: 12/01/2022"
    assert find_date(text, today=TODAY, day_first=True, language="pt").date == "2022-01-12"


def test_words_between_a_negative_label_and_its_date() -> None:
    text = ("Visit Summary\nSeen on 03/04/2022 for cough.\n"
            "Your next appointment is on 04/15/2022 at 9:30 am.")
    assert find_date(text, "medical_record", today=TODAY).date == "2022-03-04"
    text = "EMPLOYMENT AUTHORIZATION\nIssued 02/01/2021\nCard expires on 01/31/2023"
    assert find_date(text, "work_authorization", today=TODAY).date == "2021-02-01"
    # A sentence that ends before the label does not reach it.
    text = "Rent is due monthly. Date: 03/01/2022"
    assert find_date(text, "rent_receipt", today=TODAY).date == "2022-03-01"


def test_a_label_over_its_box_is_read_from_the_ocr_blocks() -> None:
    # Printed rows lose which label is over which value; OCR's own block reading keeps it.
    rows = ("Lakeside Medical Group\nVisit Summary\nPatient: Ana Ruiz\n"
            "Date of Service Next Appointment\n04/02/2022 05/10/2022\nDiagnosis: asthma")
    blocks = ("Lakeside Medical Group\nVisit Summary\nPatient: Ana Ruiz\n\nDate of Service\n"
              "04/02/2022\n\nNext Appointment\n05/10/2022\n\nDiagnosis: asthma")
    assert suggest_for_text(blocks, today=TODAY, layout=rows).date == "2022-04-02"


def test_a_papers_unambiguous_dates_tell_how_it_writes_the_others() -> None:
    # A US pay stub in Spanish writes month first: 10-22-2018 says so.
    text = ("Periodo de pago: 10-22-2018 - 11-04-2018\nFecha de pago: 11-05-2018\n"
            "Salario bruto: $1,204.50")
    assert find_date(text, "pay_stub", today=TODAY, day_first=True).date == "2018-11-05"
    # A paper from Mexico in English writes day first: 23/02/2016 says so.
    text = "Date: 03/04/2016\nReceived: 23/02/2016"
    assert find_date(text, today=TODAY).date == "2016-04-03"


def test_a_letter_speaks_for_its_date_not_the_start_of_the_job() -> None:
    text = ("Declaração de trabalho\nDeclaramos que Carlos Alves trabalha conosco a partir de "
            "3 de março de 2018.\nSão Paulo, 3 de março de 2022")
    assert find_date(text, "employer_letter", today=TODAY, day_first=True,
                     language="pt").date == "2022-03-03"


def test_an_identity_paper_keeps_its_date_of_issue() -> None:
    text = ("PASSPORT\nNationality: Honduran\nDate of birth: 14 MAR 1990\n"
            "Date of issue: 02 JUN 2019\nDate of expiry: 01 JUN 2029")
    found = suggest_for_text(text, today=TODAY)
    assert found.category == "none"
    assert found.date == "2019-06-02"
