"""A second blind set for the assistant: forms, handwriting, short papers and rescans.

Run as ``python -m tests.sets.blind_forms OUT_DIR N --seed S``. It writes N files named
``<category>--<NN>-<short-kind>-<lang>-<look>.<ext>`` and ``truth.json``, a list of
``{"file", "category", "document_type", "date", "language", "look"}`` exactly as
``tests.sets.blind_set`` does, written without reading the assistant's rules. A rescan
(the same page photographed again or re-exported: about 90 % size, JPEG quality about 55, a
slight crop and shift) carries one more field, ``"duplicate_of": "<file of the original>"``,
and repeats the original's other fields.

What the first set lacked: printed FORMS whose values are filled in by hand (labels printed,
values handwritten: a jittered, slanted, wobbly DejaVu since no script font is installed, so
the values OCR badly and the printed labels are the cue), whole short HANDWRITTEN notes and
letters, SHORT papers (cards, receipt slips, one-line notes), and RESCANS.

Categories and kinds (short kind in the file name):

* ``residence``: rental application (``rental-app``), mortgage / loan application
  (``loan-app``), school enrollment form (``school-enroll``; PRODUCT lists school enrollment
  showing the home address under residence), energy-assistance application (``energy-app``),
  utility shut-off notice (``shutoff``), bank statement (``bank``), handwritten landlord note
  (``landlord-note``), receipt-book rent receipt (``rent-slip``);
* ``employment``: employment verification form (``emp-verif``), fictional withholding
  certificate (``withholding``), fictional employment eligibility record (``eligibility``),
  pay stub (``paystub``), weekly time card (``timecard``);
* ``medical``: patient intake / registration form (``intake``), health insurance card front
  (``ins-card``), explanation of benefits / claim summary (``eob``), vaccine consent form
  (``vax-consent``), doctor's note on a small pad (``dr-note``), appointment card
  (``appt-card``);
* ``community``: volunteer sign-up sheet (``signup``), handwritten letter or short note of
  support (``hw-letter``);
* ``none``: flyer, menu, coupon, store receipt, product registration card (a handwritten form
  that is evidence of nothing), and received agency notices (an appointment notice, a vehicle
  registration renewal notice), which, as in the first set, are correspondence received rather
  than evidence for one of the four tabs.

The date rule ("the date the document speaks for"), always ISO ``YYYY-MM-DD``:

* application forms (rental, loan, energy assistance, school enrollment) and the withholding
  certificate: the date the applicant / parent / employee signed, written next to the
  signature (a "received" stamp, when there is one, carries the same day); desired move-in
  dates, first days of attendance, previous-address dates, dates of birth are distractors;
* employment verification form and eligibility record: the date the employer signed (the
  form's completion); hire dates, first day of work, document expiry dates are distractors;
* patient intake form: the visit date ("today's date"); vaccine consent: the vaccination day
  (the consent is signed and the dose given that day);
* insurance card: the coverage effective date; EOB / claim summary: the statement date (dates
  of service are distractors);
* doctor's note: the date written; appointment card: the date of the appointment written on it;
* shut-off notice: the date of the notice (not the shut-off date, due date or bill period);
* bank statement: the END date of the statement period; pay stub: the pay date; time card:
  the week-ending date; rent receipt slip: the date on the slip (payment received);
* handwritten letters and notes: the date written on them; volunteer sign-up sheet: the event
  date at its head;
* ``none``: ``null``.

Every form carries fine print that is not the truth: revision dates ("Rev. 04/2019"),
approval-number expiry dates, print dates; and dates of birth. As in the first set, Spanish
(and French, Portuguese, Haitian Creole) documents never use an all-numeric date whose day
and month could be swapped (day <= 12) unless the month is also written in words; handwriting
may use two-digit years (``3/14/24``, ``13/08/25``).

Looks: ``scan`` and ``photo`` as in ``tests.sets.blind_set``; cards and slips are either
scanned on a Letter page, scanned cropped, or photographed close up. A rescan keeps its
original's ``look``. Files are PNG, JPEG or scanned PDFs, at 200 to 300 dpi (cards and slips at
300 to 400). Everything is deterministic from the seed.

The handwriting and the form layout live in ``tests.sets.blind_hand``, the wording (form
specs, notes and letters in five languages, invented names) in
``tests.sets.blind_forms_text``; this module holds the document kinds, the plan, the looks
and the writing of the set.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pymupdf
from PIL import Image, ImageDraw

from tests.sets.blind_forms_text import (
    AMOUNTS,
    CLINICS,
    DOCTORS,
    EMPLOYERS,
    ENERGY,
    INSURERS,
    INTAKE,
    JOBS,
    LOAN,
    MEDS,
    NOTE,
    ORGS,
    REASONS,
    RENTAL,
    SCHOOL,
    SCHOOLS,
    SLIP,
    SUPPORT,
    UTILS,
    VAX,
    VERIF,
    WORDS,
)
from tests.sets.blind_hand import (
    COLORS,
    Form,
    Hand,
    Rgb,
    addr_block,
    approval,
    base_vals,
    center,
    d2,
    form_head,
    hand_table,
    hand_width,
    hdate,
    make_hand,
    new_canvas,
    phone,
    render_spec,
    rev_date,
    ruled,
    scribble,
    split_name,
    tick,
    write,
    write_para,
)
from tests.sets.blind_set import (
    MONTHS,
    Canvas,
    fmt_date,
    look_photo,
    look_scan,
    make_person,
    money,
    month_end,
    other_name,
    rand_date,
)

# -------------------------------------------------------------------- documents


@dataclass
class Doc:
    category: str
    doc_type: str
    kind: str  # short kind for the file name
    lang: str
    date: dt.date | None
    c: Canvas
    small: bool = False  # a card or a slip: scanned on a page or photographed close up


def L(lang: str, **texts: str) -> str:  # noqa: N802 - reads like a table of translations
    return texts[lang]


def letter_page(rng: random.Random, dpi: int, paper: Rgb) -> tuple[Canvas, Hand]:
    return new_canvas(rng, dpi, paper), make_hand(rng)


def signed_on(rng: random.Random, lo: int = 2016) -> dt.date:
    return rand_date(rng, lo, 2025)


def stamp_received(c: Canvas, d: dt.date, lang: str, y: float | None = None) -> None:
    word = {"en": "RECEIVED", "es": "RECIBIDO", "pt": "RECEBIDO", "fr": "REÇU", "ht": "RESEVWA"}
    mon = MONTHS["en" if lang == "en" else lang][d.month - 1][:3].upper()
    c.stamp(c.right - 170, y if y is not None else 70, f"{word[lang]}  {mon} {d.day:02d} {d.year}",
            angle=c.rng.uniform(-8, 8))


# ------------------------------------------------------------ application forms


def k_rental_app(rng: random.Random, lang: str, dpi: int, paper: Rgb) -> Doc:
    c, hand = letter_page(rng, dpi, paper)
    p, d = make_person(rng, lang), signed_on(rng)
    org = rng.choice(["Keystone Property Management", "Riverbend Apartments LLC",
                      "Sunrise Realty Group", "Oak Hollow Residences", "Delaney & Park Rentals"])
    v = base_vals(rng, lang, p, d) | {
        "org": org, "landlord": other_name(rng, rng.choice(["en", lang])), "lphone": phone(rng),
        "rent": f"${rng.randint(6, 19) * 100 + rng.choice([0, 25, 50, 75])}",
        "reason": rng.choice(L(lang, en=["need more space", "closer to work", "rent increase",
                                         "new baby", "landlord selling"],
                               es=["necesito más espacio", "más cerca del trabajo",
                                   "subieron la renta", "familia más grande"])),
        "employer": rng.choice(EMPLOYERS), "job": rng.choice(JOBS[lang]),
        "super": other_name(rng), "hire": hdate(rand_date(rng, 2012, d.year - 1), lang, rng),
        "income": f"${rng.randint(18, 46) * 100}",
        "unit": f"{rng.randint(1, 4)}{rng.randint(1, 24):02d}",
        "movein": hdate(d + dt.timedelta(days=rng.randint(10, 45)), lang, rng),
        "occ": str(rng.randint(2, 6)), "veh": rng.choice(["1", "0", "1"]),
        "pets": rng.choice(["0", "0", "1"]), "evict": "0"}
    color = rng.choice(COLORS)
    street = rng.choice(["Main St", "Commerce Dr", "Oak Blvd"])
    form_head(c, org, [f"{rng.randint(100, 9000)} {street}, {p.city}, {p.state}",
                       f"Leasing office {phone(rng)}"],
              rng.choice(L(lang, en=["RENTAL APPLICATION", "Application to Rent",
                                     "Residential Lease Application"],
                           es=["SOLICITUD DE ARRENDAMIENTO", "Solicitud para Rentar",
                               "SOLICITUD DE VIVIENDA"])),
              f"Form RA-{d.day % 9 + 1}", color)
    f = Form(c, hand, typed=rng.random() < 0.1)
    render_spec(f, RENTAL[lang], v)
    f.sign(L(lang, en="Applicant signature", es="Firma del solicitante"),
           L(lang, en="Date", es="Fecha"), v["date"])
    if rng.random() < 0.35:
        stamp_received(c, d, lang)
    f.fine(f"RA-{d.day % 9 + 1} {rev_date(d, rng)}", L(lang, en="Page 1 of 1", es="Página 1 de 1"))
    return Doc("residence", "rental_application", "rental-app", lang, d, c)


def k_loan_app(rng: random.Random, lang: str, dpi: int, paper: Rgb) -> Doc:
    c, hand = letter_page(rng, dpi, paper)
    p, d = make_person(rng, lang), signed_on(rng)
    org = rng.choice(["Pioneer Federal Credit Union", "Lone Star Community Bank",
                      "Cooperativa de Crédito Unidos", "Greenway Home Lending",
                      "First Harbor Savings Bank"])
    prev = rand_date(rng, d.year - 5, d.year - 2)
    v = base_vals(rng, lang, p, d) | {
        "org": org, "full": f"{p.line1}, {p.line2}", "marital": rng.choice("012"),
        "deps": str(rng.randint(0, 4)), "own": rng.choice("111102"),
        "former": rng.choice(["", "", f"{rng.randint(10, 999)} "
                              + rng.choice(["Pine St", "Elm Ave"])]),
        "fromto": f"{prev.year} - {prev.year + 2}", "employer": rng.choice(EMPLOYERS),
        "job": rng.choice(JOBS[lang]), "yjob": str(rng.randint(1, 12)),
        "eaddr": f"{rng.randint(100, 9999)} Industrial Pkwy, {p.city}",
        "income": f"${rng.randint(22, 60) * 100:,}", "term": rng.choice(["360", "60", "36", "240"]),
        "amount": rng.choice([f"${rng.randint(5, 40) * 1000:,}", f"${rng.randint(150, 380)},000"]),
        "purpose": rng.choice(L(lang, en=["home purchase", "refinance", "car", "home repairs"],
                                es=["compra de casa", "refinanciamiento", "auto",
                                    "reparaciones"]))}
    form_head(c, org, [f"NMLS #{rng.randint(100000, 999999)}  Equal Housing Lender",
                       f"{p.city}, {p.state}"],
              L(lang, en=rng.choice(["Loan Application", "Residential Loan Application",
                                     "Application for Credit"]),
                es=rng.choice(["Solicitud de Préstamo", "Solicitud de Crédito Hipotecario"])),
              f"LA-{rng.randint(10, 99)}", rng.choice(COLORS))
    f = Form(c, hand, typed=rng.random() < 0.2)
    render_spec(f, LOAN[lang], v)
    f.sign(L(lang, en="Borrower's signature", es="Firma del solicitante"),
           L(lang, en="Date", es="Fecha"), v["date"])
    f.fine(f"{rev_date(d, rng)}  Page 1 of {rng.randint(2, 4)}", approval(d, rng))
    return Doc("residence", "loan_application", "loan-app", lang, d, c)


def k_energy_app(rng: random.Random, lang: str, dpi: int, paper: Rgb) -> Doc:
    c, hand = letter_page(rng, dpi, paper)
    p, d = make_person(rng, lang), signed_on(rng)
    en = lang == "en"
    agency = rng.choice(["Harris Valley Community Action Agency", "Bergen Community Services",
                         "Tri-County Energy Assistance Program", "Neighbors United Energy Fund"])
    v = base_vals(rng, lang, p, d) | {
        "own": rng.choice("001"), "heat": rng.choice("00112"), "util": rng.choice(UTILS),
        "gas": rng.choice(UTILS + [""]),
        "acct": f"{rng.randint(1000, 9999)}-{rng.randint(100, 999)}-xx"}
    form_head(c, agency, ["Low-Income Home Energy Assistance" if en else
                          "Programa de Asistencia de Energía", f"{p.city}, {p.state}"],
              rng.choice(["Energy Assistance Application", "HOME ENERGY ASSISTANCE - APPLICATION",
                          "Heating & Cooling Assistance Application"]) if en else
              rng.choice(["Solicitud de Asistencia de Energía", "SOLICITUD DE AYUDA PARA "
                          "PAGAR LA LUZ Y EL GAS"]), f"EA-{rng.randint(1, 30)}", rng.choice(COLORS))
    f = Form(c, hand)
    if rng.random() < 0.6:
        f.row([("Program year" if en else "Año del programa", "", 1),
               ("Case no." if en else "Núm. de caso", "", 1)])
    render_spec(f, ENERGY[lang], v)
    f.section("SECTION 2 - HOUSEHOLD MEMBERS (list everyone who lives with you)" if en else
              "SECCIÓN 2 - MIEMBROS DEL HOGAR (todas las personas que viven con usted)")
    rows = [[p.name, hdate(p.dob, lang, rng), "self" if en else "yo",
             f"${rng.randint(9, 35) * 100}"]]
    for _ in range(rng.randint(1, 4)):
        kid = rand_date(rng, d.year - 17, d.year - 1)
        rows.append([f"{other_name(rng, 'es').split()[0]} {split_name(p.name)[1]}",
                     hdate(kid, lang, rng),
                     rng.choice(["son", "daughter"] if en else ["hijo", "hija"]), "0"])
    rows += [["", "", "", ""]] * rng.randint(1, 3)
    heads = (["Name", "Date of birth", "Relationship", "Monthly income"] if en else
             ["Nombre", "Fecha de nac.", "Parentesco", "Ingreso mensual"])
    hand_table(c, heads, rows, [4, 2, 2, 2], [hand])
    f.note("I certify under penalty of perjury that the information on this application is true. "
           "I understand that the agency may contact my utility company to verify my account."
           if en else "Certifico bajo pena de perjurio que la información de esta solicitud es "
           "verdadera. Entiendo que la agencia puede comunicarse con mi compañía de servicios.")
    f.sign("Applicant signature" if en else "Firma del solicitante", "Date" if en else "Fecha",
           v["date"])
    if rng.random() < 0.5:
        stamp_received(c, d, lang, c.y + 4)
    f.fine(f"EA-1 {rev_date(d, rng)}", approval(d, rng))
    return Doc("residence", "energy_assistance_application", "energy-app", lang, d, c)


def k_school_enroll(rng: random.Random, lang: str, dpi: int, paper: Rgb) -> Doc:
    c, hand = letter_page(rng, dpi, paper)
    p, d = make_person(rng, lang), signed_on(rng)
    title, spec, sig, dl, office, sid = SCHOOL[lang]
    rel = {"en": ["Mother", "Father", "Aunt"], "es": ["Madre", "Padre", "Tía"],
           "ht": ["Manman", "Papa", "Matant"], "pt": ["Mãe", "Pai", "Tia"]}[lang]
    prev = rand_date(rng, d.year - 4, d.year - 1)
    v = base_vals(rng, lang, p, d) | {
        "last": split_name(p.name)[1], "kid": other_name(rng, lang).split()[0],
        "kdob": hdate(rand_date(rng, d.year - 15, d.year - 5), lang, rng),
        "grade": rng.choice(["K", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]),
        "sex": rng.choice("01"), "hl": {"en": "1", "es": "1", "ht": "2", "pt": "3"}[lang],
        "prev": rng.choice(["", "Escuela Benito Juárez", "Roosevelt Elementary", "Lekòl Nasyonal",
                            "Jefferson Middle School"]),
        "pdates": f"{prev.year} - {prev.year + 1}", "rel": rng.choice(rel),
        "employer": rng.choice(EMPLOYERS + [""]), "emerg": other_name(rng, lang),
        "ephone": phone(rng)}
    district = rng.choice(SCHOOLS)
    form_head(c, district, ["Office of Student Registration / Welcome Center",
                            f"{rng.randint(100, 999)} School St, {p.city}, {p.state} {p.zip}"],
              title, f"SR-{rng.randint(1, 20)}", rng.choice(COLORS))
    f = Form(c, hand, typed=rng.random() < 0.1)
    render_spec(f, spec, v)
    f.sign(sig, dl, v["date"])
    c.y += 6
    c.rect(c.left, c.y, c.right - c.left, 30, outline=(90, 90, 90), fill=(238, 238, 238))
    c.text(c.left + 4, c.y + 3, office, 7)
    c.text(c.left + 330, c.y + 3, sid, 7)
    if rng.random() < 0.7:  # the first day of attendance, written by the clerk
        write(c, c.left + 8, c.y + 24, hdate(d + dt.timedelta(days=rng.randint(1, 9)), lang, rng),
              make_hand(rng), 11)
        write(c, c.left + 335, c.y + 24, str(rng.randint(100000, 999999)), make_hand(rng), 11)
    c.y += 34
    if rng.random() < 0.4:
        stamp_received(c, d, lang, c.y + 8)
    f.fine(f"SR-1 {rev_date(d, rng)}", district)
    return Doc("residence", "school_enrollment", "school-enroll", lang, d, c)


def k_emp_verif(rng: random.Random, lang: str, dpi: int, paper: Rgb) -> Doc:
    c, hand = letter_page(rng, dpi, paper)
    p, d = make_person(rng, lang), signed_on(rng)
    t = VERIF[lang]
    agency = rng.choice(["Westside Housing Authority", "Pioneer Federal Credit Union",
                         "County Department of Social Services", "Lone Star Community Bank"])
    employer = rng.choice(EMPLOYERS)
    form_head(c, agency, [f"{p.city}, {p.state}"], t[0], f"VOE-{rng.randint(1, 9)}",
              rng.choice(COLORS))
    f = Form(c, hand)
    f.section(t[1])
    typed = Form(c, hand, typed=True)
    typed.style = f.style
    typed.row([(t[2], employer, 3), (t[3], agency, 3)])
    typed.row([(t[4], p.name, 3), (t[5], f"{rng.randint(1000, 9999)}", 3)])
    f.note(t[6])
    f.sign(t[7], t[8], hdate(d - dt.timedelta(days=rng.randint(3, 25)), lang, rng))
    f.section(t[9])
    boss = make_hand(rng)
    f2 = Form(c, boss)
    f2.style = f.style
    pay = rng.uniform(11, 26)
    v = {"hire": hdate(rand_date(rng, d.year - 9, d.year - 1), lang, rng),
         "job": rng.choice(JOBS[lang]),
         "dept": rng.choice(["Kitchen", "Prod.", "Housekeeping", ""]),
         "pay": f"${pay:.2f}", "hours": str(rng.choice([32, 38, 40, 40, 45])),
         "ot": rng.choice([f"${pay * 1.5:.2f}", "N/A"]), "per": "0", "cont": rng.choice("002"),
         "remarks": rng.choice(["", "", "Good employee" if lang == "en" else "Buen trabajador"]),
         "rep": other_name(rng), "title": rng.choice(["HR Manager", "Owner", "Supervisor",
                                                       "Payroll"]), "rphone": phone(rng)}
    render_spec(f2, t[10], v)
    f2.sign(t[11], t[8], hdate(d, lang, rng))
    f.fine(f"VOE {rev_date(d, rng)}", approval(d, rng))
    return Doc("employment", "employment_verification", "emp-verif", lang, d, c)


def k_withholding(rng: random.Random, lang: str, dpi: int, paper: Rgb) -> Doc:
    c, hand = letter_page(rng, dpi, paper)
    p, d = make_person(rng, "en"), signed_on(rng)
    year = d.year + (d.month == 12)
    employer = rng.choice(EMPLOYERS)
    form_head(c, rng.choice(["PayWell Payroll Services", employer, "Summit HR Partners"]),
              ["Payroll Department"], f"Employee Withholding Election - {year}",
              f"Form PW-4 ({year})", rng.choice(COLORS))
    f = Form(c, hand)
    v = base_vals(rng, "en", p, d) | {
        "fs": rng.choice("0012"), "kids": str(rng.randint(0, 3)), "other": rng.choice(["0", ""]),
        "extra": rng.choice(["", "0", "$10", "$25"]), "ex": "1", "bank": rng.choice(
            ["Pioneer FCU", "Lone Star Community Bank", "First Harbor Savings", ""]),
        "acct": f"xxxx{rng.randint(1000, 9999)}", "empid": str(rng.randint(1000, 99999)),
        "first": hdate(d + dt.timedelta(days=rng.randint(0, 6)), "en", rng)}
    render_spec(f, """
#STEP 1 - YOUR INFORMATION
Full name@name 4|SSN or ITIN (last 4)@ssn 2|Employee ID@empid 2
Home address@addr 4|City, state, ZIP@csz 4
?Filing status@fs|Single|Married, filing jointly|Head of household
#STEP 2 - ADJUSTMENTS
Number of qualifying children under 17@kids 3|Other dependents@other 2|Extra $ per paycheck@extra 2
?I claim exemption from withholding this year@ex|Yes|No
#STEP 3 - DIRECT DEPOSIT (optional)
Bank name@bank 4|Account no.@acct 3
=Under penalties of perjury, I declare that this certificate, to the best of my knowledge and \
belief, is true, correct, and complete. This form stays in effect until I file a new one.
""", v)
    f.sign("Employee's signature", "Date", v["date"])
    f.section("EMPLOYER USE ONLY")
    f2 = Form(c, make_hand(rng), typed=rng.random() < 0.5)
    f2.row([("Employer name", employer, 4), ("First date of employment", v["first"], 2),
            ("Employer ID no.", f"{rng.randint(10, 99)}-{rng.randint(1000000, 9999999)}", 2)])
    f.fine(f"Form PW-4 ({year}) {rev_date(d, rng)}", "Keep for your records")
    return Doc("employment", "withholding_form", "withholding", "en", d, c)


def k_eligibility(rng: random.Random, lang: str, dpi: int, paper: Rgb) -> Doc:
    c, hand = letter_page(rng, dpi, paper)
    p, d = make_person(rng, "en"), signed_on(rng)
    employer = rng.choice(EMPLOYERS)
    until = d + dt.timedelta(days=rng.randint(200, 700))
    form_head(c, employer, ["Human Resources - New Hire Packet"],
              rng.choice(["Employment Eligibility Record", "NEW HIRE ELIGIBILITY RECORD"]),
              f"HR-{rng.randint(3, 19)}", rng.choice(COLORS))
    f = Form(c, hand)
    st = rng.choice("0122")
    v = base_vals(rng, "en", p, d) | {
        "other": rng.choice(["", "N/A", split_name(p.name)[1].split()[0]]), "st": st,
        "until": hdate(until, "en", rng) if st == "2" else "", "full": f"{p.line1}, {p.line2}"}
    render_spec(f, """
#SECTION A - EMPLOYEE (complete on or before your first day of work)
Last name@last 3|First name@first 3|Other last names used@other 2
Address@full 6|Date of birth@dob 2
SSN (last 4)@ssn 2|E-mail@email 4|Phone@phone 2
?I attest that I am@st|A U.S. citizen|A lawful permanent resident|Authorized to work until:
Work authorization expires (if any)@until 3|Alien / USCIS no. (if any)@none 3
""", v)
    f.sign("Employee signature", "Today's date",
           hdate(d - dt.timedelta(days=rng.randint(0, 3)), "en", rng))
    f.section("SECTION B - EMPLOYER REVIEW")
    hr = Form(c, make_hand(rng), typed=rng.random() < 0.3)
    hr.style = f.style
    doc = rng.choice([("Employment Authorization Card", until), ("State ID + SS card",
                                                                  d + dt.timedelta(days=1500))])
    render_spec(hr, """
Document title@dt 4|Document number@dn 3|Expiration date@exp 2
First day of employment@fd 3|Employer representative@rep 3|Title@title 2
""", {"dt": doc[0], "dn": f"xxx-xxx-{rng.randint(100, 999)}", "exp": hdate(doc[1], "en", rng),
      "fd": hdate(d - dt.timedelta(days=rng.randint(0, 3)), "en", rng), "rep": other_name(rng),
      "title": rng.choice(["HR Generalist", "Office Manager", "Owner"])})
    hr.sign("Signature of employer representative", "Date", hdate(d, "en", rng))
    f.fine(f"HR-9 {rev_date(d, rng)}  Retain with personnel file", approval(d, rng))
    return Doc("employment", "employment_eligibility_form", "eligibility", "en", d, c)


def k_intake(rng: random.Random, lang: str, dpi: int, paper: Rgb) -> Doc:
    c, hand = letter_page(rng, dpi, paper)
    p, d = make_person(rng, lang), signed_on(rng)
    titles, spec, sig, dl = INTAKE[lang]
    clinic = rng.choice(CLINICS)
    hx = rng.sample(range(6), rng.randint(1, 2))
    v = base_vals(rng, lang, p, d) | {
        "doctor": rng.choice(DOCTORS + [""]), "ins": rng.choice(INSURERS + ["Medicaid", "none"]),
        "mid": f"{rng.choice('MXZH')}{rng.randint(10000000, 99999999)}",
        "grp": str(rng.randint(100, 9999)),
        "pl": "1" if lang == "es" else rng.choice("012"), "hx": ",".join(map(str, hx)),
        "meds": ", ".join(rng.sample(MEDS, rng.randint(1, 3))),
        "allergy": rng.choice(["NKDA", "penicillin", "none", "sulfa", "ninguna"]),
        "reason": rng.choice(REASONS[lang]), "emerg": other_name(rng, lang), "ephone": phone(rng)}
    form_head(c, clinic, [f"{rng.randint(100, 9999)} {rng.choice(['Health Way', 'Main St'])}, "
                          f"{p.city}, {p.state}", f"Tel. {phone(rng)}"], rng.choice(titles),
              f"REG-{rng.randint(1, 40)}", rng.choice(COLORS))
    f = Form(c, hand)
    render_spec(f, spec, v)
    f.sign(sig, dl, v["date"])
    f.fine(f"{rev_date(d, rng)}", clinic)
    return Doc("medical", "patient_intake_form", "intake", lang, d, c)


def k_vax_consent(rng: random.Random, lang: str, dpi: int, paper: Rgb) -> Doc:
    c, hand = letter_page(rng, dpi, paper)
    p, d = make_person(rng, lang), signed_on(rng, 2017)
    title, spec, sig, dl, clin, cspec = VAX[lang]
    kid = rng.random() < 0.5
    dob = rand_date(rng, d.year - 16, d.year - 2) if kid else p.dob
    vis = rand_date(rng, d.year - 4, d.year - 1)
    name = f"{other_name(rng, lang).split()[0]} {split_name(p.name)[1]}" if kid else p.name
    v = base_vals(rng, lang, p, d) | {
        "name": name, "dob": hdate(dob, lang, rng), "age": str(d.year - dob.year - 1),
        "parent": p.name if kid else "", "full": f"{p.line1}, {p.line2}",
        "vx": ",".join(map(str, rng.sample(range(6), rng.randint(1, 2)))), "q1": "1", "q2":
        rng.choice("11110"), "q3": "1",
        "vis": f"{vis.month:02d}/{vis.day:02d}/{vis.year}" if lang == "en" else vis.isoformat()}
    org = rng.choice(CLINICS + ["County Health Department Immunization Program",
                                "School-Located Vaccination Clinic"])
    form_head(c, org, [f"{p.city}, {p.state}"], title, f"IMM-{rng.randint(2, 12)}",
              rng.choice(COLORS))
    f = Form(c, hand)
    render_spec(f, spec, v)
    f.sign(sig, dl, v["date"])
    f.section(clin)
    nurse = Form(c, make_hand(rng))
    nurse.style = "box"
    lot = f"{rng.choice(['Flu', 'Tdap', 'MMR'])} {rng.choice('ABEFKU')}{rng.randint(1000, 9999)}"
    render_spec(nurse, cspec, {"date": hdate(d, lang, rng), "lot": lot, "nurse": other_name(rng),
                               "site": rng.choice(["L delt", "R delt", "LD", "RD"])})
    f.fine(f"IMM {rev_date(d, rng)}", org)
    return Doc("medical", "vaccine_consent", "vax-consent", lang, d, c)


def k_reg_card(rng: random.Random, lang: str, dpi: int, paper: Rgb) -> Doc:
    c = new_canvas(rng, 300, paper, 5.5, 3.5)
    hand = make_hand(rng)
    p, d = make_person(rng, lang), signed_on(rng)
    brand = rng.choice(["KOOLAIRE", "Brightline Appliances", "TechHome", "Vortex Blenders"])
    en = lang == "en"
    c.rect(0, 0, 396, 30, outline=None, fill=rng.choice(COLORS))
    c.text(14, 6, (f"{brand} Product Registration Card" if en else
                   f"{brand} - Tarjeta de Registro del Producto"), 11, True, fill=(255, 255, 255))
    c.text(14, 34, ("Register today to activate your warranty and receive special offers."
                    if en else "Regístrese hoy para activar su garantía y recibir ofertas."), 7)
    c.y = 44
    f = Form(c, hand)
    f.style, f.ls, f.vs = rng.choice(["box", "line"]), 6.5, 12.0
    v = base_vals(rng, lang, p, d) | {
        "model": f"{rng.choice('ABKXZ')}{rng.randint(100, 999)}-{rng.randint(10, 99)}",
        "serial": f"{rng.randint(10**9, 10**10 - 1)}", "where": rng.choice(["Walmart", "Home Depot",
                                                                          "Costco", "Target"]),
        "how": rng.choice("0123")}
    render_spec(f, """
Name@name 4|Phone@phone 2
Address@addr 3|City, State, ZIP@csz 3
Model no.@model 2|Serial no.@serial 2|Date of purchase@date 2
Purchased at@where 3|E-mail@email 3
?How did you hear about us?@how|TV|Store|Internet|Friend
""" if en else """
Nombre@name 4|Teléfono@phone 2
Dirección@addr 3|Ciudad, Estado, C.P.@csz 3
Modelo@model 2|Núm. de serie@serial 2|Fecha de compra@date 2
Lugar de compra@where 3|Correo electrónico@email 3
?¿Cómo se enteró de nosotros?@how|TV|Tienda|Internet|Amigo
""", v)
    c.text(14, 242, f"{brand} Inc. {rev_date(d, rng)}  Postage paid", 6)
    return Doc("none", "product_registration", "reg-card", lang, None, c, small=True)


# -------------------------------------------------------------- cards and slips


def k_ins_card(rng: random.Random, lang: str, dpi: int, paper: Rgb) -> Doc:
    c = new_canvas(rng, rng.choice([300, 360, 400]), rng.choice([(255, 255, 255), (236, 242, 250)]),
                   3.375, 2.125)
    p = make_person(rng, lang)
    d = dt.date(rng.randint(2016, 2025), rng.randint(1, 10), 1)
    if rng.random() < 0.3:
        d = d.replace(day=rng.randint(2, 28))
    ins, color = rng.choice(INSURERS), rng.choice(COLORS)
    es = lang == "es"
    c.rect(0, 0, 243, 34, outline=None, fill=color)
    c.logo(8, 5, "".join(w[0] for w in ins.split()[:2]), rng.choice([(230, 160, 20), (40, 40, 40),
           (200, 40, 40)]), rng.choice(["circle", "diamond"]), 24)
    c.text(38, 7, ins, 8.5, True, fill=(255, 255, 255))
    c.text(38, 20, rng.choice(["PPO", "HMO", "Medicaid", "CHIP", "Essential Plan"]), 7,
           fill=(255, 255, 255))
    lab = (["Miembro", "Núm. de identificación", "Grupo", "Fecha de vigencia", "Médico primario",
            "Copagos: Consulta $0  Especialista $0  Urgencias $0"] if es else
           ["Member", "Member ID", "Group", rng.choice(["Effective Date", "Eff. Date",
                                                        "Coverage Effective"]), "PCP",
            f"Copays: PCP ${rng.choice([0, 10, 20])}  Spec ${rng.choice([0, 35, 50])}  "
            f"ER ${rng.choice([0, 100, 150])}"])
    eff = f"{d.month:02d}/{d.day:02d}/{d.year}" if not es or d.day > 12 else d.isoformat()
    rows = [(lab[0], p.name.upper()),
            (lab[1], f"{rng.choice('HMXW')}{rng.randint(10**9, 10**10 - 1)}"),
            (lab[2], str(rng.randint(10000, 99999))), (lab[3], eff), (lab[4], rng.choice(DOCTORS))]
    if rng.random() < 0.4:
        rows.insert(1, ("DOB" if not es else "Fecha de nac.", p.dob.isoformat() if es else
                        f"{p.dob.month:02d}/{p.dob.day:02d}/{p.dob.year}"))
    y = 40
    for k, v in rows:
        c.text(10, y, k, 6, fill=(80, 80, 80))
        c.text(92, y - 1, v, min(7.5, 7.5 * 140 / c.width(v, 7.5, True)), True)
        y += 12.5
    c.text(10, y + 2, lab[5], 6)
    pcn = rng.choice(["ADV", "MCAID", "RX1"])
    c.text(10, 141, f"RxBIN {rng.randint(100000, 999999)}  RxPCN {pcn}  RxGRP "
           f"{rng.choice('ABRX')}{rng.randint(1000, 9999)}", 5.5, fill=(60, 60, 60))
    return Doc("medical", "insurance_card", "ins-card", lang, d, c, small=True)


def k_appt_card(rng: random.Random, lang: str, dpi: int, paper: Rgb) -> Doc:
    c = new_canvas(rng, rng.choice([300, 400]), paper, 3.5, 2.0)
    hand, d = make_hand(rng), signed_on(rng)
    clinic, color = rng.choice(CLINICS), rng.choice(COLORS)
    es = lang == "es"
    c.text(12, 10, clinic, 9, True, fill=color)
    street = rng.choice(["Health Way", "Main St"])
    c.text(12, 23, f"{rng.randint(100, 9999)} {street} • {phone(rng)}", 6)
    c.text(12, 38, "SU PRÓXIMA CITA" if es else rng.choice(["APPOINTMENT REMINDER",
                                                             "YOUR NEXT APPOINTMENT"]), 8, True)
    labels = (["Paciente", "Fecha", "Hora", "Con"] if es else ["For", "Date", "Time", "With"])
    vals = [make_person(rng, lang).name, hdate(d, lang, rng),
            f"{rng.randint(8, 4 + 12) % 12 or 12}:{rng.choice(['00', '15', '30', '45'])}"
            f" {rng.choice(['am', 'pm', ''])}", rng.choice(DOCTORS).split(",")[0]]
    y = 62
    for i, (k, v) in enumerate(zip(labels, vals, strict=True)):
        if i == 2:
            continue
        x0 = 12
        c.text(x0, y - 8, k + ":", 7)
        c.draw.line([(c.p(x0 + 34), c.p(y)), (c.p(240), c.p(y))], fill=(60, 60, 60), width=1)
        write(c, x0 + 38, y - 2, v if i != 1 else f"{v}   {vals[2]}", hand, 10)
        y += 20
    c.text(12, 128, ("Si no puede asistir, llame 24 horas antes." if es else
                     "Please call 24 hours in advance to cancel."), 5.5)
    return Doc("medical", "appointment_card", "appt-card", lang, d, c, small=True)


def k_dr_note(rng: random.Random, lang: str, dpi: int, paper: Rgb) -> Doc:
    c = new_canvas(rng, 300, paper, 4.25, 5.5)
    hand, d = make_hand(rng, caps=False), signed_on(rng)
    p = make_person(rng, lang)
    es = lang == "es"
    clinic, doc = rng.choice(CLINICS), rng.choice(DOCTORS)
    center(c, 14, clinic, 10, True, "serif")
    center(c, 28, f"{doc} • {phone(rng)}", 6.5)
    c.hr(0.6)
    c.y = 52
    c.text(16, c.y, "Nombre" if es else "Name", 7)
    c.text(200, c.y, "Fecha" if es else "Date", 7)
    for x0, x1 in ((46, 192), (222, 290)):
        c.draw.line([(c.p(x0), c.p(c.y + 8)), (c.p(x1), c.p(c.y + 8))], fill=(80, 80, 80))
    write(c, 50, c.y + 6, p.name, hand, 10)
    write(c, 224, c.y + 6, hdate(d, lang, rng), hand, 10)
    back = d + dt.timedelta(days=rng.randint(2, 7))
    txt = (rng.choice([f"Favor de excusar a {p.name.split()[0]} del trabajo hasta el "
                       f"{hdate(back, lang, rng)}. Fue atendido hoy en la clínica.",
                       f"Paciente visto hoy. Reposo {rng.randint(2, 5)} días. Puede regresar "
                       f"el {hdate(back, lang, rng)}."]) if es else
           rng.choice([f"Please excuse {p.name.split()[0]} from work through "
                       f"{hdate(back, lang, rng)}. Seen in clinic today.",
                       f"Patient was seen today. No lifting over 10 lb. May return to work on "
                       f"{hdate(back, lang, rng)}.", f"Excuse from school, ill. Return "
                       f"{hdate(back, lang, rng)}."]))
    if rng.random() < 0.4:
        c.text(16, 78, "℞", 22, True, "serif")
    write_para(c, 24, 118, txt, hand, 250, 12, 2.0)
    scribble(c, 150, 330, hand, 100)
    c.text(150, 340, doc, 6.5)
    c.text(16, 376, f"Form MD-7 {rev_date(d, rng)}", 5.5, fill=(90, 90, 90))
    return Doc("medical", "doctor_note", "dr-note", lang, d, c, small=True)


def k_rent_slip(rng: random.Random, lang: str, dpi: int, paper: Rgb) -> Doc:
    c = new_canvas(rng, 300, rng.choice([paper, (250, 246, 228), (240, 246, 252)]), 7.0, 2.75)
    hand, d = make_hand(rng), signed_on(rng)
    p = make_person(rng, lang)
    t = SLIP[lang]
    k = rng.randrange(len(AMOUNTS))
    c.text(14, 10, t[0], 15, True, "serif", fill=(150, 20, 20))
    c.text(440, 12, f"No. {rng.randint(100, 9999):04d}", 10, True, fill=(150, 20, 20))
    lines = [(t[1], hdate(d, lang, rng), 330), (t[2], p.name, 14), (t[3], WORDS[k] if lang == "en"
                                                                    else f"{AMOUNTS[k]}.00", 14),
             (t[5], rng.choice(t[8]).format(m=MONTHS[lang][d.month - 1], a=p.line1), 14)]
    y = 38
    for label, val, x0 in lines:
        c.text(x0, y, label, 8)
        lx = x0 + c.width(label, 8) + 4
        c.draw.line([(c.p(lx), c.p(y + 10)), (c.p(490), c.p(y + 10))], fill=(120, 60, 60))
        write(c, lx + 4, y + 8, val, hand, 12)
        if label == t[1]:
            y -= 22
        y += 22 if label != t[3] else 10
        if label == t[3]:
            c.text(420, y - 10, t[4], 8)
            y += 12
    c.rect(14, 150, 110, 20, outline=(120, 60, 60))
    c.text(18, 155, "$", 10, True)
    write(c, 32, 166, f"{AMOUNTS[k]}.00", hand, 12)
    x = 140
    for i, o in enumerate(t[6]):
        c.rect(x, 154, 8, 8, outline=(60, 60, 60))
        if i == rng.choice([0, 0, 2]):
            tick(c, x, 154, 8, hand)
        c.text(x + 11, 154, o, 7)
        x += c.width(o, 7) + 24
    c.text(330, 172, t[7], 7)
    c.draw.line([(c.p(330), c.p(168)), (c.p(490), c.p(168))], fill=(60, 60, 60))
    scribble(c, 345, 164, make_hand(rng), 90)
    return Doc("residence", "rent_receipt", "rent-slip", lang, d, c, small=True)


def k_timecard(rng: random.Random, lang: str, dpi: int, paper: Rgb) -> Doc:
    c = new_canvas(rng, 300, rng.choice([paper, (245, 238, 215), (235, 240, 230)]), 3.5, 7.5)
    hand = make_hand(rng)
    d0 = signed_on(rng)
    d = d0 + dt.timedelta(days=(5 - d0.weekday()) % 7)  # a Saturday
    es = lang == "es"
    center(c, 10, "TARJETA DE TIEMPO" if es else "TIME CARD", 13, True)
    labs = ["Nombre", "Núm.", "Semana que termina"] if es else ["Name", "No.", "Week ending"]
    c.y = 34
    f = Form(c, hand)
    f.style, f.ls, f.vs = "line", 6.5, 11.0
    f.row([(labs[0], make_person(rng, lang).name, 1)])
    f.row([(labs[1], str(rng.randint(10, 480)), 1), (labs[2], hdate(d, lang, rng), 2)])
    days = (["Dom", "Lun", "Mar", "Mié", "Jue", "Vie", "Sáb"] if es else
            ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"])
    rows, total = [], 0.0
    for i, dn in enumerate(days):
        if i == 0 or (i == 6 and rng.random() < 0.5):
            rows.append([dn, "", "", ""])
            continue
        a, b = rng.choice([6, 7, 8]), rng.choice([14, 15, 16, 17])
        rows.append([dn, f"{a}:{rng.choice(['00', '30'])}", f"{b - 12}:{rng.choice(['00', '30'])}",
                     str(b - a)])
        total += b - a
    hand_table(c, ["", "Entrada" if es else "In", "Salida" if es else "Out", "Total"],
               [[r[0] and "", *r[1:]] for r in rows], [1, 2, 2, 1.4], [hand], 7, 26, 11)
    y = c.y - 8 - 26 * 7
    for i, dn in enumerate(days):
        c.text(c.left + 3, y + 8 + 26 * i, dn, 7.5, True)
    f.row([("Total de horas" if es else "Total hours", f"{total:g}", 1)])
    f.row([("Supervisor", "", 1)])
    scribble(c, c.left + 60, c.y - 10, make_hand(rng), 80)
    c.text(c.left, 520, f"Form TC-{rng.randint(2, 9)} {rev_date(d, rng)}", 5.5)
    return Doc("employment", "time_card", "timecard", lang, d, c, small=True)


# ----------------------------------------------------------- printed statements


def k_eob(rng: random.Random, lang: str, dpi: int, paper: Rgb) -> Doc:
    c = new_canvas(rng, dpi, paper)
    p, d = make_person(rng, lang), signed_on(rng)
    es = lang == "es"
    ins, color = rng.choice(INSURERS), rng.choice(COLORS)
    box = f"P.O. Box {rng.randint(1000, 99999)}, " + rng.choice(["Dallas, TX", "Tampa, FL"])
    c.letterhead(ins, [box, f"Member services {phone(rng)}"], color)
    c.line("Explicación de Beneficios" if es else rng.choice(["Explanation of Benefits",
                                                               "Your Claim Summary"]), 16, True)
    c.line("ESTO NO ES UNA FACTURA" if es else "THIS IS NOT A BILL", 10, True, fill=(160, 20, 20))
    c.space(6)
    top = c.y
    addr_block(c, p)
    kv = [("Fecha del estado de cuenta" if es else rng.choice(["Statement date", "Date issued"]),
           d2(d, lang, rng)), ("Núm. de miembro" if es else "Member ID",
                               f"{rng.choice('HMW')}{rng.randint(10**8, 10**9 - 1)}"),
          ("Grupo" if es else "Group no.", str(rng.randint(10000, 99999))),
          ("Fecha de nacimiento" if es else "Patient DOB", d2(p.dob, lang, rng))]
    for i, (k, v) in enumerate(kv):
        c.text(340, top + i * 14, k + ":", 8.5)
        c.text(c.right, top + i * 14, v, 8.5, True, anchor="ra")
    c.y = max(c.y, top + 64)
    rows, tot = [], [0.0, 0.0, 0.0]
    for _ in range(rng.randint(2, 5)):
        sd = d - dt.timedelta(days=rng.randint(12, 70))
        billed = rng.uniform(80, 900)
        paid = billed * rng.uniform(0.3, 0.7)
        owe = rng.choice([0.0, 20.0, 35.0, billed * 0.1])
        tot = [tot[0] + billed, tot[1] + paid, tot[2] + owe]
        rows.append([d2(sd, lang, rng) if not es else sd.isoformat(), rng.choice(CLINICS)[:22],
                     rng.choice(["Office visit", "Lab work", "X-ray", "Therapy"] if not es else
                                ["Consulta", "Laboratorio", "Radiografía", "Terapia"]),
                     money(billed), money(paid), money(owe)])
    rows.append(["", "", "Total", money(tot[0]), money(tot[1]), money(tot[2])])
    c.table(["Fecha de servicio", "Proveedor", "Servicio", "Facturado", "Pagado por el plan",
             "Usted debe"] if es else ["Date of service", "Provider", "Service", "Billed",
                                       "Plan paid", "You owe"], rows, [2, 3, 2, 1.6, 2.2, 1.6],
            7.5, aligns="lllrrr")
    c.para("Usted puede deberle al proveedor la cantidad en la columna \"Usted debe\". Si no está "
           "de acuerdo con esta decisión, tiene 180 días para apelar." if es else
           "You may owe the provider the amount shown under \"You owe\". If you disagree with "
           "how a claim was processed, you have 180 days from the date of this notice to appeal.",
           8.5)
    c.text(c.left, 760, f"EOB-{rng.randint(1, 9)} {rev_date(d, rng)}", 6.5, fill=(80, 80, 80))
    return Doc("medical", "insurance_eob", "eob", lang, d, c)


def k_shutoff(rng: random.Random, lang: str, dpi: int, paper: Rgb) -> Doc:
    c = new_canvas(rng, dpi, paper)
    p, d = make_person(rng, lang), signed_on(rng)
    es = lang == "es"
    util, color = rng.choice(UTILS), rng.choice(COLORS)
    c.letterhead(util, [f"Customer service {phone(rng)}", "www.example-utility.com"], color)
    date_lab = rng.choice(["Fecha del aviso", "Fecha"] if es else ["Notice date", "Date", "Mailed"])
    c.text(c.right, c.y, f"{date_lab}: {d2(d, lang, rng)}", 9.5, True, anchor="ra")
    acct = f"{rng.randint(100, 999)}-{rng.randint(1000, 9999)}-xx{rng.randint(10, 99)}"
    c.text(c.right, c.y + 14, f"{'Cuenta' if es else 'Account'}: {acct}", 9, anchor="ra")
    c.y += 8
    addr_block(c, p)
    c.rect(c.left, c.y, c.right - c.left, 26, outline=None, fill=(170, 20, 20))
    c.text(c.left + 8, c.y + 6, rng.choice(["AVISO FINAL DE DESCONEXIÓN", "AVISO DE CORTE DE "
                                            "SERVICIO"] if es else ["FINAL NOTICE - DISCONNECTION",
                                                                    "SHUT-OFF NOTICE",
                                                                    "NOTICE OF TERMINATION"]),
           13, True, fill=(255, 255, 255))
    c.y += 36
    shut = d + dt.timedelta(days=rng.randint(10, 16))
    p1 = d - dt.timedelta(days=rng.randint(20, 40))
    p0 = p1 - dt.timedelta(days=rng.randint(28, 31))
    due, cur = rng.uniform(180, 900), rng.uniform(60, 200)
    if es:
        c.para(f"Su cuenta tiene un saldo vencido de {money(due)}. Si no recibimos el pago, su "
               f"servicio en {p.line1}, {p.city} será desconectado el {d2(shut, lang, rng)} o "
               f"después de esa fecha.", 10.5)
        c.para("Si alguien en su hogar tiene una condición médica grave o necesita ayuda para "
               "pagar, llámenos de inmediato. Puede ser elegible para un plan de pagos o para "
               "asistencia de energía.", 10)
        rows = [[f"Saldo vencido (periodo {p0.isoformat()} a {p1.isoformat()})", money(due)],
                ["Cargos actuales", money(cur)], ["Total a pagar", money(due + cur)]]
    else:
        c.para(f"Your account is past due in the amount of {money(due)}. Unless payment is "
               f"received, your service at {p.line1}, {p.city} will be disconnected on or after "
               f"{d2(shut, lang, rng)}.", 10.5)
        c.para("If anyone in your household has a serious medical condition, or if you need help "
               "paying, call us right away. You may qualify for a payment arrangement or energy "
               "assistance.", 10)
        rows = [[f"Past due (service {p0.strftime('%m/%d/%y')} - {p1.strftime('%m/%d/%y')})",
                 money(due)], ["Current charges", money(cur)],
                ["Total amount due", money(due + cur)]]
    c.table(["Concepto" if es else "Description", "Importe" if es else "Amount"], rows, [4, 1.5],
            9.5, aligns="lr")
    c.y = 600
    c.draw.line([(0, c.p(c.y)), (c.img.width, c.p(c.y))], fill=(120, 120, 120), width=2)
    c.text(306, c.y + 3, "✂ - - - - - - - - - - - - - - - - - - - - - -", 8, anchor="ma")
    c.y += 24
    c.text(c.left, c.y, util, 10, True, fill=color)
    for i, (k, v) in enumerate([("Cuenta" if es else "Account", acct),
                                ("Fecha de corte" if es else "Disconnect date",
                                 d2(shut, lang, rng)),
                                ("Pague" if es else "Amount due", money(due + cur))]):
        c.text(330, c.y + i * 15, k, 9)
        c.text(c.right, c.y + i * 15, v, 9, True, anchor="ra")
    return Doc("residence", "utility_shutoff_notice", "shutoff", lang, d, c)


def k_bank(rng: random.Random, lang: str, dpi: int, paper: Rgb) -> Doc:
    c = new_canvas(rng, dpi, paper)
    p = make_person(rng, lang)
    es = lang == "es"
    end = signed_on(rng)
    if rng.random() < 0.5:
        end = month_end(end)
    start = (end.replace(day=1) if end == month_end(end) else
             end - dt.timedelta(days=rng.choice([27, 29, 30])))
    bank = rng.choice(["Pioneer Federal Credit Union", "Lone Star Community Bank",
                       "First Harbor Savings Bank", "Banco Popular Comunitario", "Unity Bank"])
    c.letterhead(bank, [f"Member FDIC • {phone(rng)}"], rng.choice(COLORS))
    top = c.y
    addr_block(c, p)
    per = (f"{d2(start, lang, rng)} - {d2(end, lang, rng)}" if not es else
           f"del {fmt_date(start, 'es', rng, 'es_long')} al {fmt_date(end, 'es', rng, 'es_long')}")
    for i, (k, v) in enumerate([("Estado de cuenta" if es else "Statement period", per),
                                ("Cuenta" if es else "Account", f"****{rng.randint(1000, 9999)}"),
                                ("Página 1 de 2" if es else "Page 1 of 2", "")]):
        c.text(c.right, top + i * 14, f"{k}: {v}" if v else k, 8.5, i == 0, anchor="ra")
    c.y = max(c.y, top + 56)
    bal = rng.uniform(120, 3000)
    rows, dep, wd = [], 0.0, 0.0
    day = start
    for _ in range(rng.randint(6, 12)):
        day = min(end, day + dt.timedelta(days=rng.randint(1, 4)))
        amt = rng.choice([-1, -1, 1]) * rng.uniform(8, 900)
        dep, wd = dep + max(amt, 0), wd - min(amt, 0)
        bal += amt
        desc = rng.choice(["DEPÓSITO DE NÓMINA", "COMPRA POS FRESHMART", "RETIRO CAJERO",
                           "PAGO RENTA ZELLE", "PAGO AUTOMÁTICO LUZ", "DEPÓSITO MÓVIL"] if es else
                          ["PAYROLL DEP " + rng.choice(EMPLOYERS).split()[0].upper(),
                           "POS PURCHASE FRESHMART", "ATM WITHDRAWAL", "RENT ZELLE PMT",
                           "ELECTRIC CO AUTOPAY", "MOBILE DEPOSIT", "DEBIT CARD SHELL"])
        when = day.strftime("%m/%d") if not es else f"{day.day} {MONTHS['es'][day.month - 1][:3]}"
        rows.append([when, desc, money(abs(amt)) if amt < 0 else "", money(amt) if amt > 0 else "",
                     money(bal)])
    c.table(["Fecha" if es else "Date", "Descripción" if es else "Description",
             "Retiros" if es else "Withdrawals", "Depósitos" if es else "Deposits",
             "Saldo" if es else "Balance"], rows, [1.2, 4, 1.5, 1.5, 1.5], 8.5, aligns="llrrr",
            grid=rng.random() < 0.5)
    c.line(f"{'Saldo final' if es else 'Ending balance'}: {money(bal)}", 10, True, align="right")
    c.line(f"{'Depósitos' if es else 'Total deposits'}: {money(dep)}   "
           f"{'Retiros' if es else 'Total withdrawals'}: {money(wd)}", 9, align="right")
    return Doc("residence", "bank_statement", "bank", lang, end, c)


def k_paystub(rng: random.Random, lang: str, dpi: int, paper: Rgb) -> Doc:
    c = new_canvas(rng, dpi, paper)
    p = make_person(rng, lang)
    es = lang == "es"
    e = signed_on(rng)
    s = e - dt.timedelta(days=rng.choice([6, 13]))
    pay = e + dt.timedelta(days=rng.randint(3, 6))
    employer = rng.choice(EMPLOYERS)
    c.letterhead(employer, [f"{rng.randint(100, 9999)} Industrial Pkwy, {p.city}, {p.state}"],
                 rng.choice(COLORS))
    c.line("Comprobante de Pago" if es else rng.choice(["EARNINGS STATEMENT", "Pay Stub",
                                                         "Statement of Earnings and Deductions"]),
           14, True)
    f = Form(c, make_hand(rng), typed=True)
    f.style = "box"
    f.row([("Empleado" if es else "Employee", p.name, 3),
           ("Núm. de empleado" if es else "Employee ID", str(rng.randint(1000, 99999)), 1.5),
           ("SSN", f"xxx-xx-{rng.randint(1000, 9999)}", 1.5)])
    f.row([("Periodo" if es else "Pay period", f"{d2(s, lang, rng)} - {d2(e, lang, rng)}", 3),
           ("Fecha de pago" if es else "Pay date", d2(pay, lang, rng), 1.5),
           ("Cheque núm." if es else "Check no.", str(rng.randint(10000, 99999)), 1.5)])
    rate = rng.uniform(11, 24)
    hrs = rng.choice([40, 72, 80, 76.5, 38])
    ot = rng.choice([0, 0, 4, 6.5])
    gross = rate * hrs + ot * rate * 1.5
    n = (pay.timetuple().tm_yday // (7 if s == e - dt.timedelta(days=6) else 14)) + 1
    c.table(["Concepto", "Horas", "Tarifa", "Periodo", "Acumulado"] if es else
            ["Earnings", "Hours", "Rate", "Current", "YTD"],
            [["Regular", f"{hrs:g}", f"{rate:.2f}", money(rate * hrs), money(rate * hrs * n)],
             ["Tiempo extra" if es else "Overtime", f"{ot:g}", f"{rate * 1.5:.2f}",
              money(ot * rate * 1.5), money(ot * rate * 1.5 * n)]],
            [3, 1, 1, 1.5, 1.5], 8.5, aligns="lrrrr")
    ded = [("Federal income tax" if not es else "Impuesto federal", 0.07),
           ("Social Security", 0.062), ("Medicare", 0.0145),
           ("State tax" if not es else "Impuesto estatal", 0.03)]
    c.table(["Deducciones" if es else "Deductions", "Periodo" if es else "Current",
             "Acumulado" if es else "YTD"],
            [[k, money(gross * r), money(gross * r * n)] for k, r in ded], [3, 1.5, 1.5], 8.5,
            aligns="lrr")
    net = gross * (1 - sum(r for _, r in ded))
    c.line(f"{'Pago neto' if es else 'Net pay'}: {money(net)}", 12, True, align="right")
    return Doc("employment", "pay_stub", "paystub", lang, pay, c)


# ----------------------------------------------------------- handwritten papers


def _handwritten(rng: random.Random, lang: str, dpi: int, paper: Rgb, body: str, opening: str,
                 closing: str, d: dt.date, signer: str, small: bool) -> Canvas:
    c = new_canvas(rng, dpi, paper) if not small else new_canvas(rng, 300, paper, 5.5, 4.25)
    hand = make_hand(rng, caps=rng.random() < 0.2)
    sp = ruled(c, rng) if not small else 0.0
    size = rng.uniform(12, 15) if not small else rng.uniform(11, 13)
    lead = (sp / size / hand.size) if sp else rng.uniform(1.7, 2.1)
    while lead * hand.size * size < size * 1.45:
        lead *= 2
    x = 74 if sp else rng.uniform(30, 70) * (0.4 if small else 1)
    width = c.img.width / c.k - x - (30 if not small else 16)
    top = (72 + (sp or 22) * rng.choice([1, 2])) - 4 if not small else 36
    place = rng.choice(["", "", make_person(rng, lang).city + ", "])
    ds = place + hdate(d, lang, rng)
    dx = min(width * rng.uniform(0.4, 0.55), width - hand_width(ds, hand, size) - 10)
    write(c, x + dx, top, ds, hand, size)
    y = top + 2 * lead * hand.size * size
    if opening:
        write(c, x, y, opening, hand, size)
        y += lead * hand.size * size
    y = write_para(c, x + rng.uniform(0, 20), y, body, hand, width - 20, size, lead)
    write(c, x + width * 0.35, y + lead * hand.size * size * 0.3, closing, hand, size)
    scribble(c, x + width * 0.37, y + lead * hand.size * size * 1.6, hand, min(130, width * 0.4))
    write(c, x + width * 0.35, y + lead * hand.size * size * 2.3, signer, hand, size * 0.9)
    return c


def k_landlord_note(rng: random.Random, lang: str, dpi: int, paper: Rgb) -> Doc:
    openings, long, short, units = NOTE[lang]
    p, d = make_person(rng, lang), signed_on(rng)
    since = rand_date(rng, d.year - 8, d.year - 1)
    since_s = (f"{MONTHS[lang][since.month - 1]} {since.year}" if rng.random() < 0.7 else
               str(since.year))
    if lang == "en":
        since_s = since_s.capitalize()
    is_short = rng.random() < 0.35
    v = {"ll": other_name(rng, lang), "addr": p.line1, "city": p.city, "name": p.name,
         "unit": rng.choice(units), "since": since_s, "rent": str(rng.randint(4, 14) * 50)}
    c = _handwritten(rng, lang, dpi, paper, (short if is_short else long).format(**v),
                     "" if is_short else rng.choice(openings), "", d,
                     f"{v['ll']}  {phone(rng)}", is_short)
    return Doc("residence", "landlord_note", "landlord-note", lang, d, c, small=is_short)


def k_hw_letter(rng: random.Random, lang: str, dpi: int, paper: Rgb) -> Doc:
    openings, sentences, closings = SUPPORT[lang]
    p, d = make_person(rng, lang), signed_on(rng)
    is_short = rng.random() < 0.3
    k = rng.randint(1, 2) if is_short else rng.randint(3, len(sentences))
    chosen = [sentences[0]] + rng.sample(sentences[1:], k - 1)
    body = " ".join(chosen).format(name=p.name, first=p.name.split()[0], n=rng.randint(3, 15))
    c = _handwritten(rng, lang, dpi, paper, body, rng.choice(openings), rng.choice(closings), d,
                     other_name(rng, lang), is_short)
    return Doc("community", "support_letter", "hw-letter", lang, d, c, small=is_short)


def k_signup(rng: random.Random, lang: str, dpi: int, paper: Rgb) -> Doc:
    c, hand = letter_page(rng, dpi, paper)
    d = signed_on(rng)
    es = lang == "es"
    org = rng.choice(ORGS)
    form_head(c, org, [f"{rng.randint(100, 9999)} {rng.choice(['Main St', 'Church St'])}"],
              rng.choice(["HOJA DE REGISTRO DE VOLUNTARIOS", "Voluntarios - Registro de Horas"]
                         if es else ["VOLUNTEER SIGN-IN SHEET", "Volunteer Sign-Up",
                                     "Volunteer Hours Log"]),
              "", rng.choice(COLORS))
    f = Form(c, hand)
    f.style = rng.choice(["line", "box"])
    event = rng.choice(["Distribución de alimentos", "Limpieza del parque", "Posada navideña"]
                       if es else ["Food distribution", "Park clean-up", "Coat drive",
                                   "Thanksgiving meals"])
    f.row([("Evento" if es else "Event", event, 3),
           ("Fecha" if es else "Date", hdate(d, lang, rng), 2),
           ("Coordinador(a)" if es else "Coordinator", other_name(rng, lang), 3)])
    rows = []
    hands = [make_hand(rng) for _ in range(rng.randint(6, 12))]
    for _ in hands:
        a = rng.choice([7, 8, 9, 10])
        b = a + rng.randint(2, 5)
        nm = other_name(rng, rng.choice([lang, "en", "es"]))
        t_in = f"{a}:{rng.choice(['00', '30'])}"
        t_out = f"{b if b <= 12 else b - 12}:{rng.choice(['00', '15', '30'])}"
        rows.append([nm, phone(rng), t_in, t_out, str(b - a), "".join(w[0] for w in nm.split())])
    rows += [[""] * 6] * (16 - len(rows))
    heads = (["Nombre", "Teléfono", "Entrada", "Salida", "Horas", "Firma"] if es else
             ["Name", "Phone", "Time in", "Time out", "Hours", "Signature"])
    hand_table(c, heads, rows, [4, 3, 1.5, 1.5, 1.2, 2], hands, 7.5, 24, 11)
    c.para("Gracias por servir a nuestra comunidad." if es else
           "Thank you for serving our neighbors! Please sign in and out each time.", 8)
    return Doc("community", "volunteer_signup", "signup", lang, d, c)


# --------------------------------------------------------- distractors ("none")


def k_flyer(rng: random.Random, lang: str, dpi: int, paper: Rgb) -> Doc:
    c = new_canvas(rng, dpi, paper)
    d = signed_on(rng)
    color = rng.choice(COLORS)
    title, lines = {
        "en": rng.choice([("COMMUNITY HEALTH FAIR", ["Free blood pressure checks", "Flu shots",
                                                     "Dental screenings for kids",
                                                     "Healthy cooking demo"]),
                          ("FREE TAX PREPARATION", ["For families earning under $64,000",
                                                    "Bring your W-2s and ID", "Se habla español"]),
                          ("SPRING CONCERT", ["Eastside Youth Orchestra", "Tickets $5",
                                              "Kids under 12 free"])]),
        "es": rng.choice([("FERIA DE SALUD", ["Presión arterial gratis", "Vacunas contra la gripe",
                                              "Revisión dental para niños"]),
                          ("¡GRAN KERMÉS!", ["Comida, música y juegos", "Rifa a beneficio de la "
                                             "escuela", "¡Traiga a toda la familia!"])]),
        "ht": ("FÈT KOMINOTE AYISYEN", ["Mizik, manje ak dans", "Aktivite pou timoun",
                                        "Tout moun envite!"]),
    }[lang]
    c.rect(0, 0, 612, 140, outline=None, fill=color)
    center(c, 46, title, min(34, 34 * 520 / c.width(title, 34, True)), True, fill=(255, 255, 255))
    when = {"en": ("Saturday, " + fmt_date(d, "en", rng, "long")), "es": "Sábado " +
            fmt_date(d, "es", rng, "es_long"), "ht": "Samdi " + fmt_date(d, "ht", rng, "ht_long")}
    center(c, 170, when[lang], 20, True)
    center(c, 198, f"{rng.randint(9, 11)}:00 AM - {rng.randint(1, 4)}:00 PM", 16)
    for i, ln in enumerate(lines):
        center(c, 250 + i * 30, "• " + ln, 17)
    street = rng.choice(["Main St", "Church St"])
    center(c, 620, f"{rng.choice(ORGS)} • {rng.randint(100, 999)} {street}", 12, True, fill=color)
    return Doc("none", "flyer", "flyer", lang, None, c)


def k_menu(rng: random.Random, lang: str, dpi: int, paper: Rgb) -> Doc:
    c = new_canvas(rng, dpi, rng.choice([paper, (250, 244, 230)]))
    es = lang == "es"
    name = rng.choice(["Taquería El Güero", "Pupusería La Bendición", "Restaurante Doña Mary"] if es
                      else ["Sunny Side Diner", "Golden Wok", "Mama Rosa's Pizzeria"])
    center(c, 50, name, 28, True, "serif")
    center(c, 88, rng.choice(["Desayunos • Comidas • Cenas", "Abierto todos los días"] if es else
                             ["Breakfast served all day", "Open 7 days"]), 11)
    c.y = 120
    secs = ({"Antojitos": ["Tacos al pastor (3)", "Pupusas revueltas", "Quesadilla de flor",
                           "Tamal de pollo"],
             "Platillos": ["Carne asada con arroz y frijoles", "Enchiladas verdes",
                           "Pollo en mole"],
             "Bebidas": ["Horchata", "Jamaica", "Café de olla"]} if es else
            {"Breakfast": ["Two eggs any style", "Pancake stack", "Denver omelet",
                           "Biscuits & gravy"],
             "Lunch": ["Club sandwich", "Cheeseburger & fries", "Chicken noodle soup"],
             "Drinks": ["Coffee", "Fresh orange juice", "Milkshake"]})
    for sec, items in secs.items():
        c.line(sec.upper(), 15, True, "serif")
        for it in items:
            c.text(c.left + 10, c.y, it, 11.5)
            c.text(c.right, c.y, f"{rng.uniform(2.5, 16.99):.2f}", 11.5, anchor="ra")
            c.y += 19
        c.y += 14
    c.line(f"{rng.randint(100, 9999)} {rng.choice(['Main St', 'Bergen St'])} • {phone(rng)}", 10,
           align="center")
    return Doc("none", "menu", "menu", lang, None, c)


def k_coupon(rng: random.Random, lang: str, dpi: int, paper: Rgb) -> Doc:
    c = new_canvas(rng, dpi, paper)
    exp = signed_on(rng)
    store = rng.choice(["FreshMart Supermarket", "Bargain Depot", "Family Value Pharmacy"])
    c.y = 60
    for _ in range(rng.randint(2, 4)):
        top = c.y
        c.rect(c.left, top, c.right - c.left, 140, outline=(0, 0, 0), width=1.2)
        c.text(c.left + 14, top + 12, store, 12, True, fill=rng.choice(COLORS))
        c.text(c.left + 14, top + 34, rng.choice(["$1.00 OFF", "BUY 2 GET 1 FREE", "25% OFF",
                                                  "$10 OFF $50"]), 26, True)
        c.text(c.left + 14, top + 76, rng.choice(["any shampoo 12 oz or larger", "fresh chicken",
                                                  "your next prescription transfer*",
                                                  "school supplies"]), 11)
        c.text(c.left + 14, top + 100, f"Valid through {exp.month}/{exp.day}/{exp.year}. One per "
               "customer. Not valid with other offers.", 8)
        c.text(c.right - 140, top + 104, "|| ||| | |||| || |||", 14, True, "mono")
        c.y = top + 160
    return Doc("none", "coupon", "coupon", "en", None, c)


def k_store_receipt(rng: random.Random, lang: str, dpi: int, paper: Rgb) -> Doc:
    items = rng.randint(4, 11)
    c = new_canvas(rng, 300, (250, 250, 247), 3.15, 3.2 + items * 0.2)
    d = signed_on(rng)
    es = lang == "es"
    store = rng.choice(["FRESHMART #0412", "EL SUPER MERCADO", "BARGAIN DEPOT 118",
                        "LA MICHOACANA"])
    center(c, 12, store, 11, True, "mono")
    center(c, 26, f"{rng.randint(100, 9999)} " + rng.choice(["MAIN ST", "BERGEN ST"]), 7, False,
           "mono")
    center(c, 36, phone(rng), 7, False, "mono")
    c.y = 56
    tot = 0.0
    for _ in range(items):
        it = rng.choice(["LECHE ENTERA", "TORTILLAS", "HUEVO 18", "ARROZ 2LB", "JABON", "PAN",
                         "AGUACATE"] if es else ["MILK 1GAL", "BREAD WHT", "EGGS LG 12", "RICE 5LB",
                                                 "BANANAS", "DETERGENT", "CHICKEN THG"])
        pr = rng.uniform(0.99, 12.99)
        tot += pr
        c.text(12, c.y, it, 7.5, family="mono")
        c.text(214, c.y, f"{pr:.2f}", 7.5, family="mono", anchor="ra")
        c.y += 11
    c.y += 6
    for k, v in ((("SUBTOTAL", tot), ("IMPUESTO" if es else "TAX", tot * 0.0625),
                  ("TOTAL", tot * 1.0625))):
        c.text(12, c.y, k, 8, True, "mono")
        c.text(214, c.y, f"{v:.2f}", 8, True, "mono", anchor="ra")
        c.y += 12
    c.text(12, c.y + 4, f"VISA ****{rng.randint(1000, 9999)}", 7, family="mono")
    when = d.isoformat() if es else f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d}"
    c.text(12, c.y + 16, f"{when} {rng.randint(7, 21)}:{rng.randint(10, 59)}  "
           f"#{rng.randint(100, 999)}", 7, family="mono")
    center(c, c.y + 32, "¡GRACIAS POR SU COMPRA!" if es else "THANK YOU FOR SHOPPING!", 7.5, True,
           "mono")
    return Doc("none", "store_receipt", "receipt", lang, None, c, small=True)


def k_agency_notice(rng: random.Random, lang: str, dpi: int, paper: Rgb) -> Doc:
    c = new_canvas(rng, dpi, paper)
    p, d = make_person(rng, lang), signed_on(rng)
    es = lang == "es"
    appt = d + dt.timedelta(days=rng.randint(10, 30))
    kind = rng.choice(["dmv", "snap"])
    org = (rng.choice(["State Department of Motor Vehicles", "Bureau of Motor Vehicles"])
           if kind == "dmv" else rng.choice(["County Department of Social Services",
                                             "Department of Human Services - Field Office 12"]))
    c.letterhead(org, [f"P.O. Box {rng.randint(100, 9999)}, {p.city}, {p.state}"],
                 rng.choice(COLORS))
    c.text(c.right, c.y, f"{'Fecha' if es else 'Date'}: {d2(d, lang, rng)}", 9.5, anchor="ra")
    c.y += 18
    addr_block(c, p)
    if kind == "dmv":
        c.line("AVISO DE RENOVACIÓN DE REGISTRO" if es else "VEHICLE REGISTRATION RENEWAL NOTICE",
               14, True)
        plate = f"{rng.choice('ABCDKLMT')}{rng.choice('ABCXYZ')}{rng.randint(1000, 9999)}"
        c.para((f"El registro de su vehículo con placa {plate} vence el {d2(appt, lang, rng)}. "
                "Puede renovarlo en línea, por correo o en cualquier oficina. Traiga este aviso.")
               if es else
               (f"The registration for your vehicle, plate {plate}, expires on "
                f"{d2(appt, lang, rng)}. Renew online, by mail, or at any office. Please bring "
                "this notice and proof of insurance."), 10.5)
        c.table(["Concepto" if es else "Fee", "Importe" if es else "Amount"],
                [["Registration fee", money(rng.uniform(40, 90))], ["County fee", money(
                    rng.uniform(5, 20))]], [4, 1.5], 9.5, aligns="lr")
    else:
        c.line("AVISO DE CITA" if es else "NOTICE OF INTERVIEW APPOINTMENT", 14, True)
        c.para((f"Usted tiene una entrevista por teléfono para su caso de beneficios de alimentos "
                f"el {d2(appt, lang, rng)} a las {rng.randint(8, 11)}:00 a.m. Si no puede "
                "participar, llame para cambiar la cita.") if es else
               (f"You have a telephone interview for your food benefits case on "
                f"{d2(appt, lang, rng)} at {rng.randint(8, 11)}:00 AM. If you cannot take part, "
                "call us to reschedule. If you miss the interview, your application may be "
                "denied."),
               10.5)
        c.para(f"{'Núm. de caso' if es else 'Case number'}: {rng.randint(10**7, 10**8 - 1)}", 10)
    form = f"Form {rng.choice(['MV', 'DSS'])}-{rng.randint(10, 99)} {rev_date(d, rng)}"
    c.text(c.left, 760, form, 6.5, fill=(80, 80, 80))
    return Doc("none", "agency_notice", "notice", lang, None, c)


# --------------------------------------------------------------------- the plan

Maker = Callable[[random.Random, str, int, Rgb], Doc]

KINDS: list[tuple[Maker, float, dict[str, float]]] = [
    (k_rental_app, 1.0, {"en": 0.7, "es": 0.3}),
    (k_loan_app, 0.7, {"en": 0.8, "es": 0.2}),
    (k_school_enroll, 0.9, {"en": 0.5, "es": 0.3, "ht": 0.1, "pt": 0.1}),
    (k_energy_app, 0.8, {"en": 0.6, "es": 0.4}),
    (k_shutoff, 0.9, {"en": 0.7, "es": 0.3}),
    (k_bank, 0.8, {"en": 0.8, "es": 0.2}),
    (k_landlord_note, 1.0, {"en": 0.4, "es": 0.35, "fr": 0.08, "pt": 0.07, "ht": 0.1}),
    (k_rent_slip, 0.9, {"en": 0.5, "es": 0.35, "pt": 0.15}),
    (k_emp_verif, 1.0, {"en": 0.7, "es": 0.3}),
    (k_withholding, 0.8, {"en": 1.0}),
    (k_eligibility, 0.8, {"en": 1.0}),
    (k_paystub, 1.1, {"en": 0.75, "es": 0.25}),
    (k_timecard, 0.8, {"en": 0.6, "es": 0.4}),
    (k_intake, 1.3, {"en": 0.55, "es": 0.3, "pt": 0.08, "fr": 0.07}),
    (k_ins_card, 1.0, {"en": 0.75, "es": 0.25}),
    (k_eob, 0.9, {"en": 0.75, "es": 0.25}),
    (k_vax_consent, 0.9, {"en": 0.6, "es": 0.3, "ht": 0.1}),
    (k_dr_note, 0.8, {"en": 0.65, "es": 0.35}),
    (k_appt_card, 0.7, {"en": 0.6, "es": 0.4}),
    (k_signup, 1.2, {"en": 0.65, "es": 0.35}),
    (k_hw_letter, 2.0, {"en": 0.4, "es": 0.3, "fr": 0.1, "pt": 0.1, "ht": 0.1}),
]

NONE_KINDS: list[tuple[Maker, dict[str, float]]] = [
    (k_flyer, {"en": 0.4, "es": 0.4, "ht": 0.2}),
    (k_agency_notice, {"en": 0.6, "es": 0.4}),
    (k_reg_card, {"en": 0.6, "es": 0.4}),
    (k_store_receipt, {"en": 0.5, "es": 0.5}),
    (k_menu, {"en": 0.5, "es": 0.5}),
    (k_coupon, {"en": 1.0}),
]


def plan(rng: random.Random, n: int) -> list[tuple[Maker, str]]:
    """Which originals to draw, and in which language.

    About 12 % distractors; the rest spread over the kinds in proportion to their weights
    (largest remainder). Languages by quota: about 25 % Spanish and about 3.5 % each of
    Haitian Creole, French and Portuguese, each given only to kinds that exist in that
    language; everything else English.
    """
    n_none = max(1, round(n * 0.12))
    kinds = [NONE_KINDS[i % len(NONE_KINDS)] for i in range(n_none)]
    rest = n - n_none
    total = sum(w for _, w, _ in KINDS)
    exact = [rest * w / total for _, w, _ in KINDS]
    counts = [int(e) for e in exact]
    order = sorted(range(len(KINDS)), key=lambda i: (-(exact[i] - counts[i]), rng.random()))
    for i in order[: rest - sum(counts)]:
        counts[i] += 1
    for (mk, _, langs), k in zip(KINDS, counts, strict=True):
        kinds += [(mk, langs)] * k
    rng.shuffle(kinds)
    out = ["en" if "en" in allowed else next(iter(allowed)) for _, allowed in kinds]
    small = max(1, round(n * 0.035))
    for lang, quota in (("ht", small), ("fr", small), ("pt", small), ("es", round(n * 0.25))):
        idx = [i for i, (_, allowed) in enumerate(kinds) if lang in allowed and out[i] == "en"]
        rng.shuffle(idx)
        for i in idx[:quota]:
            out[i] = lang
    return [(mk, lang) for (mk, _), lang in zip(kinds, out, strict=True)]


# --------------------------------------------------------------- looks, rescans


def edged(img: Image.Image) -> Image.Image:
    """The item's cut edge, as the scanner lid's shadow shows it."""
    out = img.copy()
    ImageDraw.Draw(out).rectangle([0, 0, out.width - 1, out.height - 1], outline=(170, 170, 170),
                                  width=max(1, out.width // 600))
    return out


def small_scan(img: Image.Image, rng: random.Random, dpi: int) -> Image.Image:
    """A card or slip on the scanner glass: on a whole Letter page, or cropped close."""
    if rng.random() < 0.5:
        page = Image.new("RGB", (int(8.5 * dpi), int(11 * dpi)), (252, 252, 252))
        item = edged(img).convert("RGBA").rotate(rng.uniform(-3, 3), resample=Image.BICUBIC,
                                                 expand=True)
        page.paste(item, (int(dpi * rng.uniform(0.2, 1.0)), int(dpi * rng.uniform(0.2, 1.0))), item)
        return page
    m = int(dpi * rng.uniform(0.08, 0.25))
    page = Image.new("RGB", (img.width + 2 * m, img.height + 2 * m), (248, 248, 248))
    page.paste(edged(img), (m + rng.randint(-m // 2, m // 2), m + rng.randint(-m // 2, m // 2)))
    return page


def rescan(img: Image.Image, rng: random.Random) -> Image.Image:
    """The same page again as a user makes it: 90 % size, a slight crop, shift and new light."""
    img = img.resize((round(img.width * 0.9), round(img.height * 0.9)), Image.LANCZOS)
    w, h = img.size
    cut = [int(rng.uniform(0.004, 0.03) * s) for s in (w, h, w, h)]
    img = img.crop((cut[0], cut[1], w - cut[2], h - cut[3]))
    edge = tuple(int(v) for v in np.asarray(img)[:4].reshape(-1, 3).mean(axis=0))
    if rng.random() < 0.5:
        img = img.rotate(rng.uniform(-1.5, 1.5), resample=Image.BICUBIC, fillcolor=edge)
    shifted = Image.new("RGB", img.size, edge)
    shifted.paste(img, (rng.randint(-12, 12), rng.randint(-12, 12)))
    arr = np.asarray(shifted).astype(np.float32) * rng.uniform(0.9, 1.06) + rng.uniform(-10, 8)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def write_image(img: Image.Image, path: Path, ext: str, dpi: int, quality: int) -> None:
    if ext == "png":
        img.save(path, "PNG", dpi=(dpi, dpi))
    elif ext == "jpg":
        img.save(path, "JPEG", quality=quality, dpi=(dpi, dpi))
    else:  # scanned PDF: the image on a page of the image's own size at its dpi
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=quality)
        pdf = pymupdf.open()
        page = pdf.new_page(width=img.width * 72 / dpi, height=img.height * 72 / dpi)
        page.insert_image(page.rect, stream=buf.getvalue())
        pdf.set_metadata({"producer": "tests.sets.blind_forms", "creationDate": "",
                          "modDate": ""})
        pdf.save(str(path), deflate=True, no_new_id=True)
        pdf.close()


# ---------------------------------------------------------------------- writing


def generate(out_dir: Path, n: int, seed: int) -> list[dict[str, object]]:
    """Write the set: about 10 % of the N files are rescans of others, placed after them.

    Of the originals, 40 % are photographed and the rest scanned (by quota, so every seed has
    both); a rescan repeats its original's truth and names it in ``duplicate_of``.
    """
    rng = random.Random(seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    n_dup = round(n * 0.1) if n >= 5 else 0
    originals = plan(rng, n - n_dup)
    n_photo = round(len(originals) * 0.4)
    looks = ["photo"] * n_photo + ["scan"] * (len(originals) - n_photo)
    rng.shuffle(looks)
    order: list[tuple[str, int]] = [("o", i) for i in range(len(originals))]
    dup_of = rng.sample(range(len(originals)), n_dup)
    for j in dup_of:
        pos = order.index(("o", j))
        order.insert(rng.randint(pos + 1, len(order)), ("d", j))
    kept: dict[int, tuple[Image.Image, dict[str, object], int]] = {}
    truth: list[dict[str, object]] = []
    for idx, (what, j) in enumerate(order, 1):
        drng = random.Random(rng.randint(0, 2**62))
        if what == "d":
            img, t, dpi = kept.pop(j)
            ext = drng.choice(["jpg", "jpg", "jpg", "pdf"])
            name = f"{t['category']}--{idx:02d}-{t['kind']}-{t['language']}-{t['look']}.{ext}"
            write_image(rescan(img, drng), out_dir / name, ext, int(dpi * 0.9),
                        drng.randint(50, 60))
            truth.append({k: v for k, v in t.items() if k != "kind"} | {
                "file": name, "duplicate_of": t["file"]})
            continue
        maker, lang = originals[j]
        dpi = drng.choice([200, 250, 300])
        paper = drng.choice([(255, 255, 255), (253, 252, 248), (250, 250, 245)])
        doc = maker(drng, lang, dpi, paper)
        dpi = doc.c.dpi
        look = looks[j]
        if look == "photo":
            img = look_photo(doc.c.img, drng)
            ext, quality = drng.choice(["jpg", "jpg", "jpg", "pdf"]), drng.randint(65, 75)
        else:
            img = look_scan(small_scan(doc.c.img, drng, dpi) if doc.small else doc.c.img, drng)
            # no PNG at 300 dpi: a noisy colour page would weigh 10 MB and more
            ext = drng.choice(["png", "pdf", "pdf", "jpg"] if dpi < 300 else ["pdf", "pdf", "jpg"])
            quality = drng.randint(80, 92)
        name = f"{doc.category}--{idx:02d}-{doc.kind}-{doc.lang}-{look}.{ext}"
        write_image(img, out_dir / name, ext, dpi, quality)
        t = {"file": name, "category": doc.category, "document_type": doc.doc_type,
             "date": doc.date.isoformat() if doc.date else None, "language": doc.lang,
             "look": look}
        truth.append(t)
        if j in dup_of:
            kept[j] = (img, t | {"kind": doc.kind}, dpi)
    (out_dir / "truth.json").write_text(
        json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return truth


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("n", type=int)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    truth = generate(args.out_dir, args.n, args.seed)
    print(f"wrote {len(truth)} files to {args.out_dir}")
    for field in ("category", "language", "look"):
        counts: dict[str, int] = {}
        for t in truth:
            counts[str(t[field])] = counts.get(str(t[field]), 0) + 1
        print(f"  {field}: {dict(sorted(counts.items()))}")
    kinds: dict[str, int] = {}
    for t in truth:
        k = str(t["file"]).split("-", 3)[-1].rsplit("-", 2)[0]
        kinds[k] = kinds.get(k, 0) + 1
    print(f"  kinds: {dict(sorted(kinds.items()))}")
    print(f"  rescans: {sum('duplicate_of' in t for t in truth)}")
    return 0

if __name__ == "__main__":
    raise SystemExit(main())
