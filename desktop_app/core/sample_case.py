"""The fictional sample case: what each sample document says and what is true about it.

María Elena Hernández López of 1418 Cedar Avenue, Apt 3B, Houston, TX 77023, with papers
for every evidence category, dated 2016 to 2024, in English and Spanish. ``samples.py``
draws these documents as scans and phone photos.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Capture = Literal["scan", "photo", "photo-sideways", "photo-upside-down"]
Typeface = Literal["sans", "serif", "mono", "hand"]  # hand: pen on lined notebook paper

LETTER = (2550, 3300)
RECEIPT = (2100, 1200)
PHOTO = (2268, 3024)


@dataclass(frozen=True)
class SampleDocument:
    """One sample file and what is true about it.

    ``pages`` holds each page's lines in a small markup: ``[flags] text`` where the flags are
    b (bold), c (centred), r (right), s (small), l (large), x (extra large), a (accent
    colour); a tab separates table cells; ``---`` draws a rule and ``@sign`` a signature.
    Any other line is a paragraph, wrapped to the page width.
    """

    filename: str
    title: str
    category: str  # residence, employment, medical or community
    document_type: str
    date: dt.date
    language: Literal["en", "es"]
    capture: Capture
    pages: tuple[tuple[str, ...], ...]
    typeface: Typeface = "serif"
    accent: tuple[int, int, int] | None = None  # a colour scan when set, grey otherwise
    size: tuple[int, int] = LETTER

    @property
    def suffix(self) -> str:
        return Path(self.filename).suffix.lower()



# -- The sample case ---------------------------------------------------------------------

_NAME = "María Elena Hernández López"
_ADDRESS = "1418 Cedar Avenue, Apt 3B, Houston, TX 77023"
_EMPLOYER = (
    "[xb] Bright Harbor Cleaning Services, Inc.",
    "[s] 8800 Lawndale Street, Houston, TX 77012 · (713) 555-0131",
    "---",
)


def _money(value: float) -> str:
    return f"-${-value:,.2f}" if value < 0 else f"${value:,.2f}"


def _receipt(
    number: str, date: str, amount: str, words: str, period: str, how: str, by: str
) -> tuple[str, ...]:
    return (
        f"[lb] RENT RECEIPT\tNo. {number}",
        "---",
        f"Date:\t{date}",
        f"Received from:\t{_NAME}",
        f"The sum of:\t{words} dollars ({amount})",
        f"For rent of:\t{_ADDRESS}",
        f"Rent period:\t{period}",
        f"Paid by:\t{how}",
        "@sign",
        f"Received by: {by}, Gulfgate Property Management, LLC",
    )


def _statement() -> tuple[tuple[str, ...], ...]:
    """Two pages of a credit union statement whose figures add up."""
    opening = 1284.56
    moves = [
        ("10/03", "Rent payment 1418 Cedar Ave", -925.00),
        ("10/07", "Payroll deposit Bright Harbor Cleaning", 1115.30),
        ("10/11", "Bayou City Power & Light", -88.41),
        ("10/12", "Eastside Grocery", -142.63),
        ("10/15", "ATM withdrawal Navigation Blvd", -60.00),
        ("10/17", "Metro fare card", -40.00),
        ("10/18", "Eastwood Family Pediatric Clinic copay", -25.00),
        ("10/21", "Payroll deposit Bright Harbor Cleaning", 1115.30),
        ("10/24", "SkyTalk Wireless phone bill", -55.00),
        ("10/26", "Eastside Grocery", -118.27),
        ("10/28", "Lockwood Pharmacy", -18.50),
        ("10/31", "Dividend", 0.42),
    ]
    balance, rows = opening, []
    for day, what, amount in moves:
        balance += amount
        rows.append(f"{day}  {what}\t{_money(amount)}\t{_money(balance)}")
    credits = sum(a for _, _, a in moves if a > 0)
    debits = -sum(a for _, _, a in moves if a < 0)
    head = "[b] Date  Description\tAmount\tBalance"
    first = (
        "[xb] Magnolia Street Credit Union",
        "[s] 6100 Navigation Boulevard, Houston, TX 77011 · (713) 555-0190",
        "---",
        "MARÍA ELENA HERNÁNDEZ LÓPEZ",
        "1418 CEDAR AVE APT 3B",
        "HOUSTON TX 77023",
        "",
        "[lb] Account Statement",
        "Statement period:\tOctober 1, 2022 to October 31, 2022",
        "Member number:\t****7312",
        "Account:\tShare Draft Checking",
        "",
        "[b] Summary",
        f"Beginning balance\t{_money(opening)}",
        f"Deposits and credits\t{_money(credits)}",
        f"Withdrawals and debits\t{_money(-debits)}",
        f"Ending balance\t{_money(balance)}",
        "",
        head,
        f"10/01  Beginning balance\t\t{_money(opening)}",
        *rows[:6],
        "",
        "[sr] Continued on next page. Page 1 of 2",
    )
    second = (
        "[b] Magnolia Street Credit Union\tOctober 2022",
        "Member: María Elena Hernández López\tPage 2 of 2",
        "---",
        head,
        *rows[6:],
        f"[b] 10/31  Ending balance\t\t{_money(balance)}",
        "",
        "[b] Important information",
        "Please examine this statement carefully and report any error within sixty days. "
        "Your savings are federally insured to at least $250,000 by the National Credit "
        "Union Administration.",
        "Thank you for being a member of Magnolia Street Credit Union since 2017.",
    )
    return first, second


SAMPLE_DOCUMENTS: tuple[SampleDocument, ...] = (
    SampleDocument(
        filename="lease-2016.pdf",
        title="Residential lease, 1418 Cedar Avenue",
        category="residence",
        document_type="lease",
        date=dt.date(2016, 8, 1),  # a lease speaks for the start of its term
        language="en",
        capture="scan",
        pages=(
            (
                "[xbc] RESIDENTIAL LEASE AGREEMENT",
                "[c] Gulfgate Property Management, LLC",
                "[sc] 2750 Telephone Road, Suite 210, Houston, TX 77023 · (713) 555-0164",
                "---",
                f"This Residential Lease Agreement is made on July 15, 2016, between Gulfgate "
                f"Property Management, LLC (the Landlord) and {_NAME} (the Tenant).",
                "[b] 1. Premises",
                f"Landlord leases to Tenant the apartment located at {_ADDRESS}, together "
                "with one assigned parking space.",
                "[b] 2. Term",
                "The term of this Lease begins on August 1, 2016 and ends on July 31, 2017. "
                "After that date the Lease continues from month to month until either party "
                "gives thirty days written notice.",
                "[b] 3. Rent",
                "Tenant agrees to pay rent of $850.00 per month, due on the first day of each "
                "month, in person at the management office or by money order. A late fee of "
                "$50.00 applies to rent received after the fifth day of the month.",
                "[b] 4. Security Deposit",
                "Tenant has paid a security deposit of $850.00. The deposit will be returned "
                "within thirty days after Tenant moves out, less any lawful deductions for "
                "damage beyond normal wear and tear.",
                "[b] 5. Occupants",
                "The premises will be occupied only by Tenant and her daughter, Sofía Hernández.",
                "[b] 6. Utilities",
                "Tenant is responsible for electricity and internet service. Landlord pays "
                "for water, sewer and trash collection.",
                "",
                "[sr] Page 1 of 2",
            ),
            (
                "[b] 7. Maintenance and Repairs",
                "Tenant will keep the premises clean and will promptly report any needed "
                "repairs to Landlord. Landlord will repair plumbing, heating, air "
                "conditioning and appliances within a reasonable time.",
                "[b] 8. Entry by Landlord",
                "Landlord may enter the premises at reasonable times after giving Tenant at "
                "least twenty-four hours notice, except in an emergency.",
                "[b] 9. Pets and Smoking",
                "No pets are allowed without written permission of Landlord. Smoking is not "
                "permitted inside the apartment.",
                "[b] 10. Entire Agreement",
                "This Lease is the entire agreement between the parties. Any change must be "
                "in writing and signed by both parties.",
                "",
                "The parties have signed this Lease on the date written above.",
                "@sign",
                "[b] Landlord: Robert J. Kowalski, Property Manager",
                "Gulfgate Property Management, LLC",
                "@sign",
                f"[b] Tenant: {_NAME}",
                "Date: July 15, 2016",
                "",
                "[sr] Page 2 of 2",
            ),
        ),
    ),
    SampleDocument(
        filename="rent-receipt-2017-05.png",
        title="Rent receipt, May 2017",
        category="residence",
        document_type="rent receipt",
        date=dt.date(2017, 5, 1),
        language="en",
        capture="scan",
        typeface="sans",
        size=RECEIPT,
        pages=(
            _receipt(
                "0457",
                "May 1, 2017",
                "$850.00",
                "Eight hundred fifty and 00/100",
                "May 1, 2017 to May 31, 2017",
                "Money order",
                "Robert J. Kowalski",
            ),
        ),
    ),
    SampleDocument(
        filename="electric-bill-2019-02.jpg",
        title="Electricity bill, February 2019",
        category="residence",
        document_type="utility bill",
        date=dt.date(2019, 2, 7),  # the end of the billing period it speaks for
        language="en",
        capture="scan",
        typeface="sans",
        accent=(22, 78, 150),
        pages=(
            (
                "[xba] Bayou City Power & Light",
                "[s] P.O. Box 4410, Houston, TX 77210 · Customer service (713) 555-0188",
                "---",
                "[lb] Electricity Bill",
                "Statement date:\tFebruary 12, 2019",
                "Account number:\t3021 8847 0519",
                f"Customer name:\t{_NAME}",
                f"Service address:\t{_ADDRESS}",
                "Billing period:\tJanuary 8, 2019 to February 7, 2019",
                "",
                "[ba] Account Summary",
                "Previous balance\t$74.18",
                "Payment received January 22, 2019. Thank you!\t-$74.18",
                "Energy charge, 612 kWh at $0.1045 per kWh\t$63.95",
                "Delivery charge\t$17.42",
                "Taxes and fees\t$2.61",
                "[b] Total amount due\t$83.98",
                "[b] Payment due date\tMarch 4, 2019",
                "",
                "[ba] Your Usage",
                "This month you used 612 kWh, an average of 20 kWh per day. In the same month "
                "last year you used 587 kWh.",
                "Please keep this part for your records. To pay by mail, return the lower "
                "portion with your check or money order made payable to Bayou City Power & "
                "Light.",
                "---",
                "[b] Payment Coupon",
                "Account number\t3021 8847 0519",
                "Amount due\t$83.98",
                "Due date\tMarch 4, 2019",
                "",
                "MARÍA ELENA HERNÁNDEZ LÓPEZ",
                "1418 CEDAR AVE APT 3B",
                "HOUSTON TX 77023",
            ),
        ),
    ),
    SampleDocument(
        filename="IMG_20201120_101233.jpg",
        title="Letter from the East End Community Food Pantry",
        category="community",
        document_type="volunteer letter",
        date=dt.date(2020, 11, 20),
        language="en",
        capture="photo-sideways",
        pages=(
            (
                "[xbc] East End Community Food Pantry",
                "[sc] 5230 Harrisburg Boulevard, Houston, TX 77011 · (713) 555-0127",
                "---",
                "",
                "November 20, 2020",
                "",
                "To Whom It May Concern:",
                "",
                f"I am writing to confirm that {_NAME} has volunteered with the East End "
                "Community Food Pantry since March 2018. She helps every Saturday morning to "
                "sort donations and pack grocery boxes for families in our neighborhood.",
                "During the pandemic María also delivered food to elderly neighbors who could "
                "not leave their homes. She is reliable, kind and respected by the other "
                "volunteers.",
                "We are grateful for her service and recommend her without reservation.",
                "",
                "Sincerely,",
                "@sign",
                "Patricia Nguyen",
                "Volunteer Coordinator",
            ),
        ),
    ),
    SampleDocument(
        filename="rent-receipt-2021-09.jpg",
        title="Rent receipt, September 2021",
        category="residence",
        document_type="rent receipt",
        date=dt.date(2021, 9, 1),
        language="en",
        capture="scan",
        typeface="sans",
        size=RECEIPT,
        pages=(
            _receipt(
                "1382",
                "September 1, 2021",
                "$925.00",
                "Nine hundred twenty-five and 00/100",
                "September 1, 2021 to September 30, 2021",
                "Cash",
                "Angela Torres",
            ),
        ),
    ),
    SampleDocument(
        filename="bank-statement-2022-10.tif",
        title="Credit union statement, October 2022",
        category="residence",
        document_type="bank statement",
        date=dt.date(2022, 10, 31),
        language="en",
        capture="scan",
        typeface="sans",
        pages=_statement(),
    ),
    SampleDocument(
        filename="w2-2022.jpg",
        title="Form W-2 for 2022",
        category="employment",
        document_type="W-2",
        date=dt.date(2023, 1, 27),
        language="en",
        capture="scan",
        typeface="sans",
        pages=(
            (
                "[xb] Form W-2 Wage and Tax Statement\t2022",
                "[s] Copy C, for the employee's records. Issued January 27, 2023.",
                "---",
                "a  Employee's social security number:\tXXX-XX-4821",
                "b  Employer identification number:\t74-3318620",
                "c  Employer's name, address and ZIP code:",
                "[b] Bright Harbor Cleaning Services, Inc.",
                "8800 Lawndale Street, Houston, TX 77012",
                "e  Employee's name:\tMaría Elena Hernández López",
                f"f  Employee's address:\t{_ADDRESS}",
                "---",
                "1  Wages, tips, other compensation\t$33,280.00",
                "2  Federal income tax withheld\t$1,640.00",
                "3  Social security wages\t$33,280.00",
                "4  Social security tax withheld\t$2,063.36",
                "5  Medicare wages and tips\t$33,280.00",
                "6  Medicare tax withheld\t$482.56",
                "---",
                "This information is being furnished to the Internal Revenue Service. Keep "
                "this copy with your tax records.",
                "[s] Department of the Treasury, Internal Revenue Service",
            ),
        ),
    ),
    SampleDocument(
        filename="clinic-letter-2023.jpg",
        title="Letter from Sofía's pediatrician",
        category="medical",
        document_type="medical letter",
        date=dt.date(2023, 3, 8),
        language="en",
        capture="scan",
        accent=(0, 112, 110),
        pages=(
            (
                "[xbca] Eastwood Family Pediatric Clinic",
                "[sc] 4417 Lockwood Drive, Houston, TX 77026 · Tel. (713) 555-0153 · Fax "
                "(713) 555-0154",
                "---",
                "",
                "March 8, 2023",
                "",
                "[b] Re: Sofía Hernández, date of birth September 3, 2014",
                f"[b] Parent: {_NAME}",
                "",
                "To Whom It May Concern:",
                "",
                "Sofía Hernández has been a patient at our clinic since October 2016. She has "
                "moderate persistent asthma and was hospitalized twice in 2022 for severe "
                "asthma attacks.",
                "Sofía needs a daily controller inhaler, a rescue inhaler and follow-up "
                "visits every three months with our pediatric pulmonary nurse. Her mother "
                "brings her to every appointment, gives her medication each day and keeps an "
                "asthma action plan with her school.",
                "Interrupting this treatment or separating Sofía from her primary caregiver "
                "would put her health at serious risk. Please contact me if you need further "
                "information.",
                "",
                "Sincerely,",
                "@sign",
                "Karen Whitfield, MD",
                "Pediatrician",
            ),
        ),
    ),
    SampleDocument(
        filename="IMG_20230616_184512.jpg",
        title="Pay stub, June 2023",
        category="employment",
        document_type="pay stub",
        date=dt.date(2023, 6, 16),
        language="en",
        capture="photo",
        typeface="sans",
        pages=(
            (
                *_EMPLOYER,
                "[lb] Earnings Statement",
                f"Employee:\t{_NAME}",
                "Employee ID:\t10482",
                "Hire date:\tApril 3, 2017",
                "Pay period:\t05/29/2023 to 06/11/2023",
                "Pay date:\tJune 16, 2023",
                "",
                "[b] Earnings\tHours\tRate\tAmount",
                "Regular pay\t80.00\t$17.00\t$1,360.00",
                "Overtime pay\t4.50\t$25.50\t$114.75",
                "[b] Gross pay\t\t\t$1,474.75",
                "",
                "[b] Deductions\t\t\tAmount",
                "Federal income tax\t\t\t$68.00",
                "Social security tax\t\t\t$91.43",
                "Medicare tax\t\t\t$21.38",
                "[b] Net pay\t\t\t$1,293.94",
                "",
                "Year-to-date gross pay\t$17,518.50",
                "Direct deposit to Magnolia Street Credit Union, account ending 7312.",
            ),
        ),
    ),
    SampleDocument(
        filename="carta-pastor-2023.jpg",
        title="Carta de apoyo del pastor Rubén Castillo Morales",
        category="community",
        document_type="letter of support",
        date=dt.date(2023, 8, 9),
        language="es",
        capture="scan",
        pages=(
            (
                "[xbc] Iglesia Bautista Nueva Esperanza",
                "[sc] 7102 Canal Street, Houston, TX 77011 · Teléfono (713) 555-0175",
                "---",
                "[r] Houston, Texas, 9 de agosto de 2023",
                "",
                "[lbc] Carta de apoyo",
                "",
                "A quien corresponda:",
                "",
                "Por medio de la presente, yo, Rubén Castillo Morales, pastor de la Iglesia "
                "Bautista Nueva Esperanza, hago constar que conozco a la señora María Elena "
                "Hernández López desde el año 2016, cuando comenzó a asistir a nuestra "
                "congregación junto con su hija Sofía.",
                "La señora Hernández es una persona honesta, trabajadora y muy dedicada a su "
                "familia. Cada domingo ayuda en la escuela dominical y participa como "
                "voluntaria en la despensa de alimentos de nuestra iglesia.",
                "Durante todos estos años ha demostrado ser un miembro responsable y querido "
                "de nuestra comunidad. Su hija depende de ella para su cuidado y sus "
                "tratamientos médicos. ¿Cómo no apoyar a una madre que da tanto a los demás?",
                "Por estas razones, respetuosamente solicito que se tome en cuenta su buen "
                "carácter y sus fuertes lazos con esta comunidad. Quedo a sus órdenes para "
                "cualquier información adicional.",
                "¡Que Dios les bendiga!",
                "",
                "Atentamente,",
                "@sign",
                "Pastor Rubén Castillo Morales",
                "Iglesia Bautista Nueva Esperanza",
            ),
        ),
    ),
    SampleDocument(
        filename="employer-letter-2024.jpg",
        title="Employment verification letter",
        category="employment",
        document_type="employer letter",
        date=dt.date(2024, 1, 15),
        language="en",
        capture="scan",
        typeface="sans",
        pages=(
            (
                *_EMPLOYER,
                "",
                "January 15, 2024",
                "",
                "To Whom It May Concern:",
                "",
                f"[b] Re: Employment verification for {_NAME}",
                "",
                f"This letter confirms that {_NAME} has worked for Bright Harbor Cleaning "
                "Services, Inc. since April 3, 2017. She is employed full time as a "
                "commercial cleaning team leader and works forty hours per week, Monday "
                "through Friday.",
                "Her current rate of pay is $18.00 per hour. She supervises a team of four "
                "cleaners at office buildings in east Houston and trains new employees.",
                "María is one of our most dependable employees. She has a perfect safety "
                "record, and our clients often ask for her team by name. We would be glad to "
                "continue employing her.",
                "If you have any questions, please call me at (713) 555-0131.",
                "",
                "Sincerely,",
                "@sign",
                "Daniel Okafor",
                "Operations Manager",
            ),
        ),
    ),
    SampleDocument(
        filename="school-enrollment-2024.jpg",
        title="School enrollment letter for Sofía",
        category="residence",  # it shows the home address: proof of residence
        document_type="school enrollment",
        date=dt.date(2024, 8, 26),
        language="en",
        capture="scan",
        accent=(128, 24, 40),
        pages=(
            (
                "[xbca] Eastside Independent School District",
                "[lbc] Cedar Grove Elementary School",
                "[sc] 2215 Broadway Street, Houston, TX 77012 · (713) 555-0112",
                "---",
                "",
                "August 26, 2024",
                "",
                "[lb] Verification of Enrollment",
                "",
                "This letter verifies that the student named below is enrolled at Cedar Grove "
                "Elementary School for the 2024-2025 school year.",
                "",
                "Student name:\tSofía Hernández",
                "Date of birth:\tSeptember 3, 2014",
                "Grade:\tFourth grade",
                "Student ID:\t2014-58736",
                f"Parent or guardian:\t{_NAME}",
                f"Home address:\t{_ADDRESS}",
                "In district since:\tAugust 24, 2020",
                "",
                "Sofía attends school regularly and is a student in good standing. Please "
                "call the school office if you need more information.",
                "",
                "Sincerely,",
                "@sign",
                "Linda Martínez-Ruiz",
                "Principal",
            ),
        ),
    ),
    SampleDocument(
        filename="IMG_20220303_194051.jpg",
        title="Handwritten letter of support from neighbor Dorothy Williams",
        category="community",
        document_type="letter of support",
        date=dt.date(2022, 3, 3),
        language="en",
        capture="photo-upside-down",
        typeface="hand",
        pages=(
            (
                "[r] March 3, 2022",
                "To the immigration officer,",
                "I am writing this letter of support for my neighbor",
                f"{_NAME}. I have known her",
                "since 2016, when she moved into Apt 3B next to mine.",
                "She is honest and hardworking, and she helps",
                "everyone in our building. When I was sick last winter",
                "she brought me soup and my medicine every day.",
                "She is a person of good moral character and I",
                "support her request to stay here with her daughter.",
                "Sincerely,",
                "@sign",
                "Dorothy Williams",
                "1418 Cedar Avenue, Apt 3C, Houston, TX 77023",
                "(713) 555-0162",
            ),
        ),
    ),
)
