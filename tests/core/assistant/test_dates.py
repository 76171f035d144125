"""The date a document speaks for."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core.assistant.dates import find_date

TODAY = dt.date(2025, 6, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Date: 05/12/2023", "2023-05-12"),  # US month first
        ("Date: 2023-05-12", "2023-05-12"),
        ("Houston, Texas, 9 de agosto de 2023", "2023-08-09"),
        ("March 3, 2021\nTo Whom It May Concern:", "2021-03-03"),
        ("Sept. 14, 2019", "2019-09-14"),
        ("Fecha: 16 de junio, 2022", "2022-06-16"),
        ("Date: 13/05/2023", "2023-05-13"),  # only possible day first
        # German, Dutch, Italian and Indonesian letters' datelines
        ("Berlin, den 15. Oktober 2024\nSehr geehrte Damen und Herren,", "2024-10-15"),
        ("Amsterdam, 12 mei 2024\nGeachte heer,", "2024-05-12"),
        ("Milano, 3 giugno 2023\nGentile cliente,", "2023-06-03"),
        ("Jakarta, 6 Januari 2025\nKepada Yth.", "2025-01-06"),
        # a raised ordinal as OCR reads it ("11th" as 11", "8th" as 8%), "11th day of"
        ("This Rental Agreement is made and executed on this 11\" day of August, 2022",
         "2022-08-11"),
        ("June 8%, 2019\nTo whom it may concern,", "2019-06-08"),
        # a Spanish paper's closing formula, the day (and the year) in words
        ("CONSTANCIA\nQuien realizó su Servicio Social durante el periodo comprendido del 13 "
         "de Julio del año 2015 al 13 de Julio del año 2016.\nSe extiende la presente en "
         "Comayagüela a los diecisiete días del mes de Agosto del 2016.", "2016-08-17"),
        ("Lugar\nA LOS CATORCE DÍAS DEL MES DE JULIO DE DOS MIL VEINTITRÉS\nFecha",
         "2023-07-14"),
        # a Mexican constancia's dateline, the month between slashes
        ("Celaya, Guanajuato, 23 / octubre / 2018\nASUNTO: Constancia", "2018-10-23"),
    ],
)
def test_date_forms(text: str, expected: str) -> None:
    assert find_date(text, today=TODAY).date == expected


def test_never_a_future_or_impossible_date() -> None:
    assert find_date("Date: 02/30/2023", today=TODAY).date is None
    assert find_date("Date: 07/04/2026", today=TODAY).date is None
    found = find_date("Date: 07/04/2026\nSigned: 03/02/2024", today=TODAY)
    assert found.date == "2024-03-02"


def test_date_of_birth_and_expiry_are_not_the_document_date() -> None:
    text = ("Patient: Ana Morales\nDate of birth: 04/14/1995\nVisit date: 08/01/2021\n"
            "Card expires: 01/01/2024")
    assert find_date(text, today=TODAY).date == "2021-08-01"


def test_pay_date_beats_the_pay_period() -> None:
    text = "Pay period: 04/24/2023 - 05/07/2023\nPay date: 05/12/2023"
    assert find_date(text, "pay_stub", today=TODAY).date == "2023-05-12"


def test_statement_speaks_for_the_end_of_its_period() -> None:
    text = "Statement period: 09/01/2022 to 09/30/2022\nDue date: 10/21/2022"
    assert find_date(text, "bank_statement", today=TODAY).date == "2022-09-30"


def test_tax_forms_speak_for_their_tax_year() -> None:
    assert find_date("Form W-2 Wage and Tax Statement 2021", "w2", today=TODAY).date == (
        "2021-12-31")
    assert find_date("2019 Form 1040 Individual Income Tax Return", "tax_return",
                     today=TODAY).date == "2019-12-31"


def test_spanish_papers_read_numbers_day_first() -> None:
    assert find_date("Fecha: 05/12/2023", today=TODAY, day_first=True).date == "2023-12-05"
    assert find_date("Fecha: 05/12/2023", today=TODAY).date == "2023-05-12"


def test_no_date_means_no_guess() -> None:
    found = find_date("No dates in this text at all.", today=TODAY)
    assert (found.date, found.confidence) == (None, 0.0)


def test_a_date_read_out_of_a_longer_number_is_not_a_date() -> None:
    """Seed 303: a handwritten "29/09/20" read "2.9/09 /20" gave 2020-09-09 as sure; the
    tail of a number ("2.9", "1,5") is no date's day."""
    assert find_date("Date du jour: _2.9/09 /20", today=TODAY, day_first=True,
                     language="fr").date != "2020-09-09"
    assert find_date("Date du jour: 29/09/20", today=TODAY, day_first=True,
                     language="fr").date == "2020-09-29"


def test_a_pay_slip_s_joining_date_is_not_its_date() -> None:
    """"Joining Date 18 Mar 2025" on an Indian pay slip for April is when the employee
    started: at most a date to check, never the slip's own date."""
    from desktop_app.core.assistant import suggest_for_text

    text = ("ANDRO BUDDY TECHNOLOGIES PVT LTD\nPayslip for the Month of April 2025\n"
            "Employee Name Yadnyesh V   Payable Days 31\nDesignation Intern   "
            "Joining Date 18 Mar 2025\nStipend 6,000.00\nNet Pay 6,000.00")
    found = suggest_for_text(text, today=dt.date(2025, 6, 1))
    assert found.sure_date != "2025-03-18"


def test_the_day_someone_began_is_not_a_letter_s_date() -> None:
    """"He commenced his internship on 18th March 2025" says when the work began: at
    most a date to check (the letter's own date, at its foot, was read "18% June")."""
    from desktop_app.core.assistant import suggest_for_text

    text = ("To Whom It May Concern\nThis is to certify that Yadnyesh V is currently working "
            "with Andro Buddy Technologies as a Python Developer Intern under our Internship "
            "Program.\nHe commenced his internship on 18th March 2025, and it is currently "
            "ongoing.\nWarm regards,\nCo-founder & HR Head\nDate: 18% June 2025")
    found = suggest_for_text(text, today=dt.date(2025, 9, 1))
    assert found.sure_date != "2025-03-18"


def test_a_label_over_its_date_in_a_column_of_a_paper_s_own_text_names_it() -> None:
    """A born-digital paper's text keeps its table's columns: the label over a date (its
    row's other cells a reference and a name) says what the date is, here the day the
    notice was issued, not the later day to pay by."""
    text = ("COLEGIO SAN MARTÍN\nAVISO DE PAGO\n"
            "  Fecha de emisión            Referencia             Alumno\n"
            " 28/05/2025                   10442                  Ana Ruiz Pérez\n\n"
            "Colegiatura del mes de junio: $1,850.00\n"
            "Puede pagar en ventanilla o por transferencia.\n"
            "Vencimiento 06/06/2025")
    found = find_date(text, "school_record", TODAY, day_first=True, language="es")
    assert found.date == "2025-05-28"
    assert found.labelled


@pytest.mark.parametrize(("text", "expected"), [
    ("HISTORIA CLÍNICA\nPaciente: Luis Gómez      Fecha Consulta: 2025-10-20 09:00\n"
     "Motivo: dolor en muela inferior.\nGenerado el: 2025-12-02 01:12:01", "2025-10-20"),
    ("HEALTH INSURANCE CLAIM FORM\nPatient: Ann Miller   BIRTH DATE: 7-20-1975\n"
     "SYMPTOM DATE 06-03-2019\nSignature of patient  Ann Miller 07-25-2019", "2019-07-25"),
], ids=["record-printed-later", "claim-signed-after-symptoms"])
def test_the_day_a_record_was_printed_or_an_illness_began_is_not_its_date(
    text: str, expected: str
) -> None:
    """A record printed out of a clinic's system later ("Generado el") speaks for its
    visit ("Fecha Consulta"); a claim's symptom date is when the illness began."""
    found = find_date(text, "medical_record", dt.date(2026, 1, 1))
    assert found.date == expected


def test_an_account_summary_speaks_for_its_period_not_for_the_day_it_was_printed() -> None:
    """An account's activity printed from online banking: "Printed Date/Time" is when it
    was printed; its keys and values stand in two columns, the colon by the value, and its
    period ends on the "To Date"."""
    text = ("Printed Date/Time: 27/12/2023 02:27 PM\nAccount Summary - Savings Account\n"
            "Account Number                              : 8012345678\n"
            "From Date                                   : 01/10/2023\n"
            "To Date                                     : 31/10/2023\n"
            "Transaction Date  Description        Debit    Credit   Balance\n"
            "01/10/2023        OPENING BALANCE                      2,272.11\n"
            "02/10/2023        TRANSFER CR                 369.00   2,641.11")
    found = find_date(text, "bank_statement", today=TODAY, day_first=True)
    assert (found.date, found.labelled) == ("2023-10-31", True)
    assert found.confidence >= 0.8


def test_a_due_date_under_another_label_s_column_is_not_the_paper_s_date() -> None:
    """A paper's own text keeps its columns only roughly: in a row of two dates under a
    row of labels (a bill's "Notice Date" and "Due Date", its period beside them), the
    due date may stand partly under "Notice Date"; the column rule is only for a date
    alone in its row, so the due date is not taken as the notice's date."""
    text = ("CITY WATER DEPARTMENT\n"
            "     NOTICE DATE          DUE DATE    Service JUN 05 2019 to JUL 03 2019\n"
            " JUL 23 2019 AUG 14 2019        189.9900  gallons\n"
            "Amount due $48.20")
    assert find_date(text, "", dt.date(2026, 1, 1)).date != "2019-08-14"


@pytest.mark.parametrize(("head", "expected"), [
    # the letter's date is the paper's very first line
    ("November 07, 2024\n\n", "2024-11-07"),
    # ...or follows the letter's reference on its line
    ("ACME INDIA PVT. LTD.\nPlot 28, Sector 62, Noida\n\nACME-N/HRD/ 20        31-Aug-2024\n\n",
     "2024-08-31"),
    ("Northwind Ltd\nRef: HR/2024/114        12 March 2024\n\n", "2024-03-12"),
    # ...or is the e-mail's "Sent:" (an employer's e-mail of fresh set 53a, printed)
    ("From: Human Resources\nSent: Friday, November 8, 2024 7:41 PM\nTo: Ana Rivera\n"
     "Subject: RE: Leave request: November 18-20, 2024\n\n", "2024-11-08"),
])
def test_a_letter_speaks_for_its_own_date_not_for_dates_it_cites(head: str,
                                                                  expected: str) -> None:
    """An employer's letter cites the request it answers ("your request dated ...") and
    the last day of work; the reviewer cites the letter by the date it bears."""
    body = ("Dear Ms. Rivera,\nThis is with reference to your resignation request dated "
            "August 20, 2023. We confirm that you worked with us from 18-Jun-2018 to "
            "24-Apr-2023, and your last date of employment was April 24, 2023.\n"
            "Sincerely,\nHuman Resources")
    found = find_date(head + body, "employer_letter", TODAY, language="en")
    assert found.date == expected, found
    assert found.confidence >= 0.8


@pytest.mark.parametrize("document_type", ["support_letter", "employer_letter"])
def test_a_letter_is_not_dated_by_the_end_of_a_period_it_cites(document_type: str) -> None:
    """A professor's recommendation (fresh set 51b) cites a conference "(30.11 –
    2.12.2022)" and is dated under its signature."""
    text = ("To whom it may concern,\nMr. Petrov took part in the workshop at Roskilde "
            "University in Sofia (30.11 – 2.12.2022) and spoke at our seminar.\n"
            "I recommend him without reservation.\n"
            "February 1st 2024                 Assoc. Prof. Eduard Marinov, Ph.D.")
    assert find_date(text, document_type, TODAY).date == "2024-02-01"
