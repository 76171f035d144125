"""Which date a document speaks for, per kind of paper, and dates written in more ways:
dashes, French, Portuguese and Haitian Creole months, OCR slips in digits."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core.assistant import suggest_for_text
from desktop_app.core.assistant.dates import find_date
from desktop_app.core.assistant.layout import layout_text

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
        ("Date: 07.05.2019", None, "2019-05-07"),  # dots: written day first
        ("Date: 07/05/2019", None, "2019-07-05"),  # slashes in English: month first
        ("Date: 07.05.2019\nDue 02.23.2019", None, "2019-07-05"),  # its own order decides
    ],
)
def test_more_ways_of_writing_dates(text: str, language: str | None, expected: str) -> None:
    day_first = language not in (None, "en")
    assert find_date(text, today=TODAY, day_first=day_first,
                     language=language).date == expected


def test_a_discharge_summary_speaks_for_the_day_of_discharge() -> None:
    """Not for the day of admission, printed first ("DOA" and "DOD" as Indian hospitals
    print them, or written out), nor for the operation's day in the diagnosis."""
    short = ("CITY GENERAL HOSPITAL\nDISCHARGE SUMMARY\nName : Mrs. R. Devi   DOA : 14/03/2022\n"
             "Address : 12 Lake Road   DOD : 17/03/2022\nDIAGNOSIS : APPENDICECTOMY ON "
             "14.03.2022")
    written = ("Discharge Summary\nPatient: Ana Ruiz\nDate of admission: 03/14/2022\n"
               "Date of discharge: 03/17/2022\nCondition at discharge: stable")
    assert find_date(short, "medical_record", today=TODAY, day_first=True).date == "2022-03-17"
    assert find_date(written, "medical_record", today=TODAY).date == "2022-03-17"


def test_portuguese_labels_of_issue_admission_and_birth() -> None:
    """A Brazilian medical certificate's row of labels ("Nascimento:", "Emissão:") over
    its values, and a pay slip's date of admission ("Admissão:"), which is not its date."""
    certificate = ("Paciente:\nLAURA LIMA\nCPF do Paciente:   Nascimento:   Emissão:\n"
                   "061.169.798-07   08/09/2009   23/10/2024 - 11:42\nAtestado Médico\n"
                   "Atesto que a paciente esteve sob meus cuidados.")
    assert find_date(certificate, "medical_record", today=TODAY, day_first=True,
                     language="pt").date == "2024-10-23"
    slip = ("Demonstrativo de Pagamento de Salário   Julho de 2022\n"
            "ANALISTA DE SISTEMAS   Admissão:   24/05/2021\nSalário Base 5.000,00")
    found = find_date(slip, "pay_stub", today=TODAY, day_first=True, language="pt")
    assert found.date != "2021-05-24" or found.confidence < 0.6


def test_an_english_paper_from_india_writes_its_dates_day_first() -> None:
    """05/07/2019 on a certificate from India is 5 July; on an American one, May 7."""
    indian = ("PROVISIONAL CERTIFICATE\nThis is to certify that Ravi Kumar has passed the "
              "examination held in April 2019.\nFee paid: Rs. 500\nDate: 05/07/2019\n"
              "Controller of Examinations, Pune, India")
    american = ("CERTIFICATE OF COMPLETION\nThis is to certify that Ana Ruiz has completed the "
                "course held in April 2019.\nFee paid: $50\nDate: 05/07/2019\nAustin, Texas")
    assert suggest_for_text(indian, today=TODAY).date == "2019-07-05"
    assert suggest_for_text(american, today=TODAY).date == "2019-05-07"


@pytest.mark.parametrize("text", [
    # a laboratory in Pakistan names its city
    "CITI LABS & DIAGNOSTIC CENTRE\nPatient Report\nLocation: Johar Town - Lahore\n"
    "Collection Date/Time: 8/9/2017 10:45 AM\nComplete Blood Count\nHaemoglobin 13.9 g/dL",
    # a doctor's pad names a degree only South Asia's and Britain's doctors hold
    "Date: 8/9/2017\nDr. Bhanu Prasad\nM.B.B.S\nReg. No. 3456\nAge: 24 yrs\n"
    "Diagnosis: fever with headache\nParacetamol 500 mg twice a day",
    # a salary certificate from Qatar pays in riyals
    "SALARY CERTIFICATE\nDate: 8-9-2017\nThis is to certify that Ahmed Ali works as an "
    "engineer.\nBasic Salary: 25,000.00 QAR\nHR Manager",
    # a bank passbook names its branch's Indian code
    "KARUR BANK\nBranch: Namakkal West, Tamil Nadu - 637002\nIFSC CODE: KVBL0001177\n"
    "Customer name: A. Subramanian\nDate of opening: 8/9/2017\nSavings account",
    # a hospital's token sheet spells its state as one word and names a city of it
    "K.G. Hospital\nArts College Road, Coimbatore - 641 018, Tamilnadu\n8-9-2017 07:25 AM\n"
    "Age: 34 Y / Male\nPackage Name : MASTER HEALTH CHECK UP",
], ids=["lahore", "mbbs", "qatar", "tamil-nadu", "tamilnadu"])
def test_a_paper_that_names_a_day_first_place_reads_its_dates_day_first(text: str) -> None:
    """8/9/2017 is 8 September where the paper's city, currency, degree or bank code is
    of a country that writes the day first."""
    found = suggest_for_text(text, today=TODAY)
    assert found.date == "2017-09-08", found.date_evidence


def test_a_statement_s_own_date_beats_a_promotion_s_range_in_its_fine_print() -> None:
    """A card statement's closing date is printed as its "Statement Date" and as the end
    of its period; a promotion's range in the fine print ends later, and is not its date."""
    text = ("CHASE FREEDOM\nPayment Due Date 02/28/24\nNew Balance $5,084.29\n"
            "Opening/Closing Date 01/04/24 - 02/03/24\nCredit Access Line $31,000\n"
            "LARRY PAGE  Page 2 of 3  Statement Date: 02/03/24\n"
            "Earn 5% cash back on up to $1,500 in combined purchases in this quarter's "
            "bonus categories from 1/1/24-3/31/24.")
    found = find_date(text, "bank_statement", today=TODAY)
    assert (found.date, found.confidence >= 0.75) == ("2024-02-03", True)


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
    # A statement's period still speaks for its end.
    text = "Statement period: from 09/01/2022 to 09/30/2022"
    assert find_date(text, "bank_statement", today=TODAY).date == "2022-09-30"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("This lease is entered into on August 15, 2019.\nTerm: from 09/01/2019 "
         "through 08/31/2020.", None, "2019-09-01"),
        ("Date: November 10, 2016\nLandlord: Oak Properties\nThe term begins on December 1, "
         "2016 and ends on November 30, 2017.\nSigned on November 12, 2016", None,
         "2016-12-01"),
        ("Apartment Lease\nLease term: 12/01/2016 to 11/30/2017\nRent: $900\n"
         "Signed: 11/15/2016", None, "2016-12-01"),
        ("Lease term: 12/01/2016 - 11/30/2017\nDate signed: 11/15/2016", None, "2016-12-01"),
        ("Contrato de arrendamiento\nFecha: 10 de noviembre de 2016\nEl arrendamiento "
         "será por doce meses a partir del 1 de diciembre de 2016.", "es", "2016-12-01"),
        ("Contrato de arrendamiento\nFirmado el 15/11/2016\nFecha de inicio: 01/12/2016\n"
         "Fecha de terminación: 30/11/2017", "es", "2016-12-01"),
        # The term's end under the sentence that starts it (a lease of fresh set 53c): a
        # line of prose with a date is no row of labels over the next line.
        ("TERM The term shall commence on January 1, 2020 and cease on\n"
         "December 31, 2020.\nRENT The tenant shall pay $900 each month.", None,
         "2020-01-01"),
        # An Indian lease deed (fresh set 55b): signed in January, its term from April,
        # the ordinals stuck to the month as OCR read them
        ("This deed of lease executed on this day 03rd Jan, 2025 between ...\n"
         "The lease period shall be for a period of 11 months effective 1stApril, 2024 i.e."
         "\nfor the period 1* April, 2024 to 31st Mar, 2025.", None, "2024-04-01"),
        # A German lease: "1. Dezember 2025"
        ("Wohnraummietvertrag\nDas Mietverhältnis beginnt am 1. Dezember 2024 und läuft "
         "auf unbestimmte Zeit.", "de", "2024-12-01"),
        # No term printed: the date signed.
        ("This lease is entered into on August 15, 2019 between Oak LLC and Ana Ruiz.\n"
         "The lease term is twelve (12) months.", None, "2019-08-15"),
    ],
)
def test_lease_speaks_for_the_start_of_its_term(
        text: str, language: str | None, expected: str) -> None:
    assert find_date(text, "lease", today=TODAY, day_first=language is not None,
                     language=language).date == expected


def test_work_authorization_card_speaks_for_valid_from() -> None:
    text = ("EMPLOYMENT AUTHORIZATION\nCategory C08\nValid From: 03/15/2021\n"
            "Card Expires: 03/14/2023")
    assert find_date(text, "work_authorization", today=TODAY).date == "2021-03-15"
    text = "Card issued 01/10/2022    Card expires 01/09/2024"
    assert find_date(text, "work_authorization", today=TODAY).date == "2022-01-10"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bill date: 10/30/2023\nService period: 09/28/2023 to 10/27/2023\n"
         "Amount due: $84.10\nDue date: 11/20/2023", "2023-10-27"),
        ("City Water\nService period: 01/10/2021 - 02/09/2021\nBill date 02/12/2021\n"
         "Due 03/05/2021", "2021-02-09"),
        ("Statement date: February 12, 2019\nBilling period: January 8, 2019 to February 7, "
         "2019\nPayment due date March 4, 2019", "2019-02-07"),
        ("Print date 03/02/2021\nStatement period 01/01/2021 through 01/31/2021",
         "2021-01-31"),
        ("Factura\nFecha de factura: 15/02/2021\nPeriodo de servicio: 10/01/2021 al "
         "09/02/2021\nFecha de vencimiento: 05/03/2021", "2021-02-09"),
        # A Mexican electricity bill (CFE): day, month's letters, the year's two figures
        ("CORTE A PARTIR:\n13 ABR 23\nLIMITE DE PAGO: 12 ABR 23\n"
         "PERIODO FACTURADO: 25 ENE 23 - 27 MAR 23", "2023-03-27"),
        # No period printed: the bill date.
        ("Bill date: 10/30/2023\nAmount due: $84.10\nDue date: 11/20/2023", "2023-10-30"),
    ],
)
def test_utility_bill_speaks_for_the_end_of_its_period(text: str, expected: str) -> None:
    day_first = "Factura" in text
    assert find_date(text, "utility_bill", today=TODAY, day_first=day_first).date == expected
    assert find_date(text, "bank_statement", today=TODAY,
                     day_first=day_first).date == expected


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


@pytest.mark.parametrize(
    "text",
    [
        "EMPLOYMENT AUTHORIZATION CARD\nValid From 10/28/2023  Card Expires 10/26/2024",
        "Employment Authorization Card\nCategory C08\nValid From Card Expires\n"
        "10/28/2023 10/26/2024",
        "EMPLOYMENT AUTHORIZATION\nUSCIS# 123-456-789 Category Card Expires Valid From\n"
        "C08 10/26/2024 10/28/2023",
        "EAD\nCard Expires: 10/26/2024\nValid From:\n10/28/2023",
    ],
)
def test_work_authorization_card_never_speaks_for_its_expiry(text: str) -> None:
    assert find_date(text, "work_authorization", today=TODAY).date == "2023-10-28"


@pytest.mark.parametrize(
    ("text", "day_first", "expected"),
    [
        ("Visit Summary\nDate of Service Follow-up\n04/02/2022 07/02/2022", False,
         "2022-04-02"),
        ("Visit Summary\nNext Appointment Visit Date\n07/02/2022 04/02/2022", False,
         "2022-04-02"),
        ("Clinic Note\nDOS: 04/02/2022\nPlan: recheck in 3 months on 07/02/2022", False,
         "2022-04-02"),
        ("Encounter Date: March 3, 2021\nAssessment and plan...\nReturn visit: June 3, 2021",
         False, "2021-03-03"),
        ("Resumen de la visita\nFecha de la consulta: 12/03/2020\nIndicaciones...\n"
         "Próxima cita: 30/04/2020", True, "2020-03-12"),
        ("After Visit Summary\nFollow-up appointment 05/30/2023\nVisit Date 05/01/2023",
         False, "2023-05-01"),
        # A lab report: the day the sample was taken, not the day it was reported (five
        # lab reports of fresh sets 51-54 were labelled so).
        ("02/16/2019 6:09:27 PM\nPatient Report\nDate collected: 02/13/2019\n"
         "Date received: 02/13/2019\nDate reported: 02/16/2019", False, "2019-02-13"),
        ("Laudo\nData da Coleta: 18/06/2024 20:15\nData da Emissão: 22/06/2024 09:15", True,
         "2024-06-18"),
        ("LAB REPORT\nSample: 2024-01-20 08:30 AM\nResults: 2024-01-22 03:00 PM", False,
         "2024-01-20"),
    ],
)
def test_medical_visit_speaks_for_the_visit_not_the_follow_up(
        text: str, day_first: bool, expected: str) -> None:
    assert find_date(text, "medical_record", today=TODAY,
                     day_first=day_first).date == expected


def test_agency_notice_reads_its_boxed_row_of_labels() -> None:
    text = ("Form I-797C, Notice of Action\nReceipt Number Case Type\nIOE0912345678 I765\n"
            "Received Date Priority Date Notice Date Page\n"
            "07/01/2016 07/01/2016 08/03/2016 1 of 1")
    assert find_date(text, "agency_correspondence", today=TODAY).date == "2016-08-03"
    text = ("NOTICE OF ACTION\nNotice Date Received Date\nAugust 3, 2016 September 1, 2016")
    assert find_date(text, "agency_correspondence", today=TODAY).date == "2016-08-03"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Société Dupont\nParis, le 1er septembre 2022\nAttestation\nNous certifions que "
         "M. Jean Pierre est employé depuis le 7 septembre 2013.", "fr", "2022-09-01"),
        ("Paris, le ler septembre 2022\nM. Pierre, né le 3 mai 1985, travaille chez nous "
         "depuis le 7 septembre 2013.", "fr", "2022-09-01"),
        ("Montréal, le 24 avril 2017\nÀ qui de droit,\nMadame Joseph est à notre emploi "
         "depuis le 2 mai 2016.", "fr", "2017-04-24"),
        ("São Paulo, 3 de maio de 2021\nDeclaramos que Ana trabalha conosco desde 5 de "
         "junho de 2019.", "pt", "2021-05-03"),
        ("Pòtoprens, 12 out 2020\nMwen konnen Jak depi 4 janvye 2015.", "ht", "2020-08-12"),
    ],
)
def test_a_letter_speaks_for_its_dateline(text: str, language: str, expected: str) -> None:
    assert find_date(text, "employer_letter", today=TODAY, day_first=True,
                     language=language).date == expected
    assert find_date(text, "support_letter", today=TODAY, day_first=True,
                     language=language).date == expected


def _boxes(*rows: tuple[float, list[tuple[float, str]]]) -> list[list[object]]:
    """Word boxes as processing stores them, 10 px high, 8 px a character."""
    return [[x, y, x + 8 * len(word), y + 10, 95, word]
            for y, words in rows for x, word in words]


def _words(y: float, x: float, phrase: str) -> tuple[float, list[tuple[float, str]]]:
    out, at = [], x
    for word in phrase.split():
        out.append((at, word))
        at += 8 * len(word) + 5
    return y, out


def _row(y: float, *cells: tuple[float, str]) -> tuple[float, list[tuple[float, str]]]:
    return y, [w for x, phrase in cells for w in _words(y, x, phrase)[1]]


def test_layout_gives_each_value_the_label_over_it() -> None:
    # A card: "Card Expires" sits over the first date, "Valid From" over the second.
    words = _boxes(_row(10, (20, "EMPLOYMENT AUTHORIZATION CARD")),
                   _row(40, (20, "Card Expires"), (300, "Valid From")),
                   _row(60, (20, "10/26/2024"), (300, "10/28/2023")))
    rows = layout_text(words)
    assert "Card Expires: 10/26/2024" in rows and "Valid From: 10/28/2023" in rows
    assert suggest_for_text("EMPLOYMENT AUTHORIZATION CARD Card Expires Valid From "
                            "10/26/2024 10/28/2023", today=TODAY, layout=rows).date == (
        "2023-10-28")
    # An I-797: four boxes, the value under "Notice Date" is the notice date, even when a
    # box is empty and the order of values no longer matches the order of labels.
    words = _boxes(_row(10, (20, "Notice of Action")),
                   _row(40, (20, "Received Date"), (200, "Priority Date"),
                        (380, "Notice Date"), (560, "Page")),
                   _row(60, (20, "July 1, 2016"), (380, "August 3, 2016"), (560, "1 of 1")))
    rows = layout_text(words)
    assert "Notice Date: August 3, 2016" in rows
    assert find_date(rows, "agency_correspondence", today=TODAY).date == "2016-08-03"
    # A visit summary's table: date of service beside the follow-up.
    words = _boxes(_row(40, (20, "Date of Service"), (260, "Follow-up")),
                   _row(60, (20, "04/02/2022"), (260, "07/02/2022")))
    assert find_date(layout_text(words), "medical_record", today=TODAY).date == "2022-04-02"


def test_layout_leaves_prose_alone() -> None:
    words = _boxes(_row(10, (20, "We are pleased to confirm that")),
                   _row(25, (20, "she has worked here since 03/01/2019.")))
    assert layout_text(words) == ("We are pleased to confirm that\n"
                                  "she has worked here since 03/01/2019.")


def test_a_dateline_is_a_place_not_any_words_and_a_comma() -> None:
    text = ("Houston, Texas, March 3, 2022\nTo whom it may concern:\nAna has worked for us "
            "since January 5, 2024.")
    assert find_date(text, "employer_letter", today=TODAY).date == "2022-03-03"
    flyer = ("GRAND OPENING!\nSparkle Car Wash\nJoin us, May 3, 2024\n"
             "Free admission. Bring this coupon.")
    assert suggest_for_text(flyer, today=TODAY).date is None
    # A Spanish statement's period ends after "al".
    text = "Estado de Cuenta\nPeriodo: del 01/09/2022 al 30/09/2022\nSaldo final: $120.00"
    assert find_date(text, "bank_statement", today=TODAY, day_first=True).date == (
        "2022-09-30")


def test_a_shut_off_notice_speaks_for_its_notice_date_a_bill_for_its_period() -> None:
    aviso = ("Metro Edison Electric\nFecha del aviso: 13 de julio de 2016\n"
             "AVISO FINAL DE DESCONEXION\nSu cuenta tiene un saldo vencido de $300.81. Si no "
             "recibimos el pago, su servicio será desconectado el 29/07/2016.\n"
             "Saldo vencido (periodo 2016-05-09 a 2016-06-08) $300.81\n"
             "Fecha de corte 29 de julio de 2016")
    found = find_date(aviso, "utility_bill", today=TODAY, day_first=True, language="es")
    assert found.date == "2016-07-13"
    bill = ("Metro Edison Electric\nFecha de factura: 13 de junio de 2016\n"
            "Periodo de servicio: 2016-05-09 a 2016-06-08\nTotal a pagar $300.81")
    assert find_date(bill, "utility_bill", today=TODAY, day_first=True,
                     language="es").date == "2016-06-08"
    # No notice date read: the unpaid period's end is not taken for it as sure.
    unread = ("FINAL NOTICE - DISCONNECTION\nYour service will be disconnected on or after "
              "Sep 12, 2022.\nPast due (service 07/10/22 - 08/09/22) $308.95\n"
              "Disconnect date Sep 12, 2022")
    guess = find_date(unread, "utility_bill", today=TODAY)
    assert guess.date != "2022-08-09" or guess.confidence < 0.6


def test_a_pay_stub_read_well_speaks_for_its_pay_date_not_its_period_end() -> None:
    text = ("Pay Stub\nPay period Pay date Check no.\n"
            "06/13/2022 - Jun 19, 2022 Jun 22, 2022 S251\nEarnings Hours Rate Current YTD")
    found = find_date(text, "pay_stub", TODAY)
    assert found.date == "2022-06-22" and found.confidence >= 0.6


def test_a_pay_stub_speaks_for_its_pay_date_when_a_label_stands_over_the_period() -> None:
    """Rows of labels over values put "Fecha de pago" before the pay period when OCR
    reads a row as one line: a range's first date starts a period whatever its label, and
    a pay stub's period end is not its date."""
    text = ("Comprobante de Pago\nPeriodo Fecha de pago Cheque num.\n"
            "Fecha de pago: 2 de mayo de 2017 - 15 de mayo de 2017 | mayo 19, 2017   9/32\n"
            "Regular 40 18.07 $722.67")
    found = find_date(text, "pay_stub", TODAY, day_first=True, language="es")
    assert found.date == "2017-05-19"


@pytest.mark.parametrize(
    ("text", "document_type"),
    [
        # The notice date is unread: the shut-off day is the best left, not the notice's.
        ("FINAL NOTICE - DISCONNECTION\nNotice date: ii N\n"
         "Past due (service 07/10/22 - 08/09/22) $308.95\nDisconnect date Sep 12, 2022",
         "utility_bill"),
        # The statement date is unread: a date of birth decades before the paper's dates.
        ("Salud Plus Health Plan\n"
         "P.O. Box 84485, Dallas, TX\n"
         "Member services (821) 555-0162\n"
         "de Beneficios\n"
         "Explicacion\n"
         "ESTO NO ES UNA FACTURA cuent&0 de junio de 2025\n"
         "Fecha del estado de\n"
         "JOSE LUIS VASQUEZ AGUILAR Num. de miembro: W735661477\n"
         "500 BERGEN ST, UNIT 115 65298\n"
         "Grupo:\n"
         "PHOENIX, AZ 85096 nacimient@7 de septiembre de 1975\n"
         "Fecha de\n"
         "Facturado Pagado por el plan Usted debe\n"
         "Fecha de servicio Proveedor Servicio $261.85 $20.00\n"
         "Unity Health Clinic Radiografia $459.71 $35.00\n"
         "2025-05-26 $332.70 $128.65\n"
         "2025-05-15 Bayview Pediatrics Consulta $503.81 $74.90\n"
         "Riverside Family Healt Consulta $748.97 $0.00\n"
         "2025-05-21 $876.91 $272.77 [paces Ss pacts\n"
         "2025-05-25 Riverside Family Healt Consulta $462.27 $0.00\n"
         "Northgate Community Me Radiografia $724.72 $129.90\n"
         "2025-05-07 $3,143.01 $1,629.34\n"
         "Total\n"
         "la columna \"Usted debe \" Sj no est\u00e1 de acuerdo con esta\n"
         "Usted puede deberle al proveedor la cantidad en\n"
         "decisi\u00f3n, tiene 180 d\u00edas para apelar.\n"
         "EOB-7 Rev 2020-09",
         "medical_record"),
        # An edition is not the date; the date OCR garbled ("diciembre").
        ("He leido la Hoja de Informacion sobre Vacunas (edicion 2017-07-13).\n"
         "Fecha: 17 diaempre 2018", "intake_form"),
        # The pay date is garbled ("Jun 22, 2022" read with a 7 for its comma): the pay
        # period's end is the best date left, and it is not the pay stub's.
        ("Pay Stub\nPay period Pay date Check no.\n"
         "06/13/2022 - Jun 19, 2022 Jun 22 72022 S251\nEarnings Hours Rate Current YTD",
         "pay_stub"),
    ],
)
def test_a_date_the_paper_says_is_not_its_own_is_never_sure(
        text: str, document_type: str) -> None:
    found = find_date(text, document_type, TODAY, day_first=True, language="es")
    assert found.date is not None and found.confidence < 0.6


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tarjeta de seguro medico\nMiembro OSCAR ORTIZ\nFecha de vigencia 10/19/2017",
         "2017-10-19"),  # "vigencia" alone is a period; "fecha de vigencia" the start
    ],
)
def test_a_spanish_effective_date_is_the_card_s(text: str, expected: str) -> None:
    found = find_date(text, "", TODAY, day_first=True, language="es")
    assert found.date == expected and found.confidence >= 0.6


def test_a_french_bill_speaks_for_its_facture_du_not_a_period_it_bills_ahead() -> None:
    """An EDF bill bills the subscription ahead ("du 01/01/2021 au 28/02/2021") and the
    use behind, and announces the next reading: its date is its "Facture du"."""
    text = ("Votre interlocuteur EDF\nFacture du 29/01/2021\nn° 1234567890 Electricité\n"
            "Prochaine facture vers le 29/03/2021\nProchain relevé vers le 28/02/2021\n"
            "Montant total à payer (TTC) 1479,85 €\nLieu de consommation : 12 rue des Lilas\n"
            "Abonnement du 01/01/2021 au 28/02/2021 29,50 €/mois\n"
            "Electricité du 28/11/2020 au 27/01/2021 8 581 kWh\nCompteur n° 4471")
    found = suggest_for_text(text, today=TODAY)
    assert found.document_type == "utility_bill"
    assert found.sure_date == "2021-01-29"


def test_an_invoice_is_not_dated_by_its_ship_date() -> None:
    """A scanned invoice whose own date OCR misread ("11/12/72" for 11/12/92) is not
    given its ship date as sure."""
    text = ("Tobacco Institute\nINVOICE\nCustomer copy\nInvoice Date: 11/12/72\n"
            "Ship Date: 10/13/92\nQty Description Unit price Amount\nSub total 120.00")
    found = suggest_for_text(text, today=TODAY)
    assert found.category == "none"
    assert found.sure_date is None


@pytest.mark.parametrize(("text", "started"), [
    ("BULLETIN DE PAIE\nPaye du : 01/03/2023 au : 31/03/2023\nEmploi Directeur\n"
     "Entrée le 01/05/2022\nSalaire de base 6 666,67\nTotal brut 7 184,27\n"
     "NET A PAYER 4 899,31\nRèglement : virement 29/3/2023", "2022-05-01"),
    ("LIQUIDACIÓN DE SUELDO\nMes: Abril 2025\nNombre: Juan Pérez Soto\n"
     "RUT: 12.592.795-5    Inicio Contrato: 01 diciembre 2015\nSueldo base $ 850.000\n"
     "Total haberes $ 1.020.000\nAFP Capital $ 95.000\nFonasa $ 59.500\n"
     "Alcance líquido $ 865.500", "2015-12-01"),
], ids=["fr-entree-le", "cl-inicio-contrato"])
def test_a_pay_slip_is_not_dated_by_the_day_the_employee_started(text: str,
                                                                 started: str) -> None:
    found = suggest_for_text(text, today=TODAY)
    assert found.category == "employment"
    assert found.sure_date != started  # offered to check at most


def test_a_letter_dated_at_its_top_and_under_its_signature_speaks_for_its_top() -> None:
    """A date alone on its line among the first lines is the letter's dateline; a second
    date under the signature is when it was signed (a real letter like this was labelled
    with its top date)."""
    text = ("Vail High School\nSeptember 19, 2024\n\nTo Whom It May Concern,\n\nI am honored "
            "to write this letter of recommendation for Li Wei. I have known him for two "
            "years as his counselor and highly recommend him.\n"
            + "He led the robotics club, tutored younger students in mathematics and kept "
              "excellent grades while caring for his mother.\n" * 3
            + "\nSincerely,\nAnn Ruiz\nSeptember 30, 2024")
    found = suggest_for_text(text, today=TODAY)
    assert found.category == "community"
    assert found.sure_date == "2024-09-19"


@pytest.mark.parametrize(("text", "expected"), [
    ("OFFER CUM APPOINTMENT LETTER\n\n                    October 16, 2018\n"
     "Santosh Gupta\nFaridabad-121001\n\nDear Santosh Gupta,\n\nWe are pleased to inform "
     "you that you have been selected for employment in our organization as Senior "
     "Consultant. You are requested to join us on or before December 31, 2018.\n"
     "Your salary and the terms of your employment are in the annexure.\n"
     "Sincerely,\nHuman Resources", "2018-10-16"),
    ("Valley View Hospital\n9/27/2018\n\nTo whom it may concern,\n\nIt is my pleasure to "
     "recommend Gilbert Rivas. He has been under my management since 3/1/2017 and I highly "
     "recommend him for any technical support position.\nSincerely,\nBob Lockard",
     "2018-09-27"),
], ids=["offer-letter", "reference"])
def test_a_date_alone_at_the_top_is_the_letter_s_date_not_one_in_its_body(
        text: str, expected: str) -> None:
    """Not the day the employee is asked to join by, nor since when the writer knows them."""
    assert suggest_for_text(text, today=TODAY).sure_date == expected




def test_a_latin_american_certificate_is_dated_by_the_day_it_was_issued() -> None:
    """"Expedida a los 13 días del mes de febrero de 2024", not the day the employee
    started ("desde el jueves, 25 de septiembre de 2023")."""
    text = ("ANDES SOFTWARE S.A.S.\nCERTIFICA\nQue el señor Cristian Mesa, identificado con "
            "cédula de ciudadanía número 1121966148, labora para la compañía bajo un contrato "
            "a término indefinido desde el jueves, 25 de septiembre de 2023, desempeñando el "
            "cargo de ingeniero con un salario mensual de $9,500,000.\nLa presente "
            "certificación se expide a solicitud del interesado en Bogotá, a los 13 días del "
            "mes de febrero de 2024.\nCordialmente,\nLuis Núñez")
    found = suggest_for_text(text, today=TODAY)
    assert found.category == "employment"
    assert found.sure_date == "2024-02-13"


def test_a_bill_s_next_billing_date_is_not_its_date() -> None:
    """A bill names the day of the next one ("Next Billing Date"): that is no date of
    this bill, which has its own; alone, it is at most a date to check."""
    bill = ("Con Edison\nAccount: 1234\nNext Billing Date: Friday, September 27, 2024\n"
            "Total charges $84.10\nBill date: Aug 29, 2024")
    assert find_date(bill, "utility_bill", today=TODAY).date == "2024-08-29"
    alone = "Con Edison\nAccount: 1234\nNext Billing Date: Friday, September 27, 2024"
    assert find_date(alone, "utility_bill", today=TODAY).confidence < 0.6


def test_a_spanish_bill_s_date_of_issue_is_its_date_not_the_day_it_is_charged() -> None:
    bill = ("ENDESA\nFecha emisión factura: 31/10/2025\nFecha de cargo: 28 de noviembre de "
            "2025\nImporte total: 120,50 €")
    found = find_date(bill, "receipt_invoice", today=dt.date(2026, 6, 1), day_first=True,
                      language="es")
    assert found.date == "2025-10-31"


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("CAPGEMINI TECHNOLOGY SERVICES INDIA LIMITED\nPune, Maharashtra\nPAYSLIP FOR THE MONTH "
     "OF FEBRUARY 2021\nEmp Code 107721  DOS 05/09/2018\nDate of Birth 12-06-1995\n"
     "Net Pay : Rs. 58,480.00", None, "2021-02-28"),
    ("Cybage Software\nPay Slip for September 2022\nMonthly Gross 59,250.00\nNet Pay "
     "51,000.00", None, "2022-09-30"),
    ("LIQUIDACIÓN DE SUELDO\nMes: Abril 2025\nInicio Contrato: 01 diciembre 2015\n"
     "Sueldo base $ 650.000", "es", "2025-04-30"),
    ("Payslip\nBrightwave Inc\nDate of Joining : 2019-03-11   Employee Name : Ana Ruiz\n"
     "Pay Period : July 2022   Designation : Analyst\nTotal Earnings 11600\nNet Pay 9500",
     None, "2022-07-31"),
    # A pay date printed is still the pay slip's date.
    ("Payslip for the month of April 2025\nPay Date: 28 Apr 2025\nNet Pay 2,310.00", None,
     "2025-04-28"),
    # The month and the year joined by a dash; the tax projection's quarters are no date of it.
    ("PAY SLIP FOR : May-2023\nDOJ 08/06/2022\nIncome Tax Computation for the Financial "
     "Year 2023 - 2024\n01/04/2023  30/06/2023  66,000\n01/01/2024  30/03/2024  65,290",
     None, "2023-05-31"),
    # A Brazilian holerite (fresh sets 55a and 55c): the month after "Mensalista", not the
    # day of admission.
    ("Demonstrativo de Pagamento de Salário\nCÓDIGO NOME DO FUNCIONÁRIO  Mensalista  "
     "Julho de 2024\nANAL DESEV SIST III  Admissão: 24/05/2021\nCódigo Descrição "
     "Referência Vencimentos Descontos\n001 SALARIO 30,00 5.210,00", "pt", "2024-07-31"),
], ids=["capgemini", "cybage", "chile", "pay-period", "pay-date", "dash", "holerite"])
def test_a_pay_slip_for_a_month_speaks_for_the_month_s_end(
        text: str, language: str | None, expected: str) -> None:
    """Not for the day the employee started ("DOS", "Date of Joining"), nor for a birth."""
    found = find_date(text, "pay_stub", today=TODAY, day_first=language is not None,
                      language=language)
    assert (found.date, found.labelled) == (expected, True)
    assert found.confidence >= 0.6


def test_a_bill_is_not_dated_by_the_day_its_copy_was_printed() -> None:
    """A Mexican electricity bill downloaded again prints when the copy was made ("Fecha,
    hora y lugar de impresión"): that is no date of the bill."""
    text = ("CFE Suministrador de Servicios Básicos\nTOTAL A PAGAR: $214\nPERIODO FACTURADO: "
            "16 JUN 22 - 15 AGO 22\nFecha, hora y lugar de impresión: 02 OCT 2022 09:20:56 hrs. "
            "Saltillo Coahuila")
    found = suggest_for_text(text, today=TODAY)
    assert found.category == "residence"
    assert found.sure_date == "2022-08-15"


def test_a_page_printed_from_a_web_browser_is_not_dated_by_the_printing() -> None:
    """A browser prints the day and time at the top of the page and the page's address at
    its foot: that day is when it was printed, not the paper's. A receipt's own time of
    sale ("01/16/25 09:22PM", no address) is still its date."""
    printed = ("12/30/21, 2:49 PM   8c8c9374-e435-4e10-a61e-e1a9d01e1e8c (1609x2348)\n"
               "RENT RECEIPT\nReceived from Mr. Senthilkumar a sum of Rs 20000 per month "
               "towards rent for the property at F1 Thanya Enclave, Chennai.\n"
               "blob:https://portal0013.example.com/8c8c9374-e435   1/1")
    assert find_date(printed, "rent_receipt", today=TODAY).date != "2021-12-30"
    till = "SUPERMART\n01/16/25, 9:22 PM\nMILK 2.99\nTOTAL 2.99\nTHANK YOU"
    assert find_date(till, "receipt_invoice", today=dt.date(2025, 6, 1)).date == "2025-01-16"


def test_a_bill_is_not_dated_by_a_years_long_range_in_its_fine_print() -> None:
    """A Brazilian electricity bill prints the yearly discharge of debts the law asks
    for ("referente aos vencimentos de 01/01/2022 a 31/12/2023"): a range of two years is
    no bill's period, so its end is not the bill's date; the bill's own issue date is.
    A bill's real period still dates it by its end."""
    bill = ("CEMIG DISTRIBUICAO S.A.\nNOTA FISCAL / CONTA DE ENERGIA ELETRICA\n"
            "JOSE MESALY FONSECA DE CARVALHO   Referente a   Vencimento   Valor a pagar (R$)\n"
            "RUA RAUL CORREA 347   JAN/2024   12/02/2024   107,38\n"
            "Data de emissao: 30/01/2024\nEnergia Eletrica kWh 50 47,75\n"
            "RECIBO DE QUITACAO DE DEBITOS N 01/2024 A Cemig declara quitados os debitos do "
            "cliente relativos ao fornecimento de energia eletrica a esta unidade "
            "consumidora, referente aos vencimentos de 01/01/2022 a 31/12/2023, excetuando "
            "eventuais debitos.")
    found = find_date(bill, "utility_bill", TODAY, day_first=True, language="pt")
    assert found.date == "2024-01-30", found
    period = bill.replace("Data de emissao: 30/01/2024",
                          "Periodo de consumo: 12/12/2023 a 11/01/2024")
    found = find_date(period, "utility_bill", TODAY, day_first=True, language="pt")
    assert found.date == "2024-01-11", found


def test_a_date_misread_into_an_impossible_year_says_nothing_of_the_order() -> None:
    """A professor's letter of recommendation from India (fresh set 60c) is dated
    "07.12.2023", day first as dotted dates are; a second date OCR misread, "4-19-9083",
    would be month first, but a year 9083 makes it no date, and it does not turn the
    letter's own date into 12 July."""
    letter = ("LETTER OF RECOMMENDATION\nDate:07.12.2023\nTo whom it may concern,\nI am "
              "pleased to recommend Ms. Priya Nair for admission to your Master's program.\n"
              "Ref.No.AIT/CS/1092 Date: 4-19-9083\nSincerely,\nDr. R. Menon, Professor")
    assert find_date(letter, "support_letter", TODAY).date == "2023-12-07"
