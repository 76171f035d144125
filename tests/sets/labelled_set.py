"""A labelled set of realistic documents for measuring the assistant, made on the fly.

Each document is drawn from one of many generators (leases, rent receipts, bills, bank
statements, pay stubs, employer letters, W-2s, tax returns, medical notes, psychological
evaluations, prescriptions, letters of support, volunteer certificates, school records,
and "none" documents: invoices, menus, flyers), in English or Spanish, then rendered as a
flatbed scan or a phone photo (tilt, blur, shadow, table top) with the helpers of
``desktop_app.core.samples`` and saved at 150 dpi, so OCR stays quick.

Two disjoint families share no wording: every phrase pool below lists alternatives, the
**dev** family draws only the even-numbered ones and the **held** family only the odd ones,
each with its own seeds. The assistant's rules were tuned against ``dev`` only; ``held`` is
what the reported figures are measured on.

Files are named ``<category>--<nn>-<type>-<lang>-<capture>.<ext>`` (what ``evaluate``
reads the truth from); ``TRUTH`` files beside them hold the date and language.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import multiprocessing
import os
import random
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Literal

from PIL import Image

from desktop_app.core.samples import SampleDocument, render_pages

Family = Literal["dev", "held"]
Lines = list[str]

MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")
MONTHS_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre")


@dataclass(frozen=True)
class Labelled:
    filename: str
    category: str
    document_type: str
    date: str | None  # ISO; None for a paper that speaks for no date (a flyer)
    language: str
    capture: str


class Pick:
    """Random choices restricted to one family's half of every pool."""

    def __init__(self, rng: random.Random, family: Family) -> None:
        self.rng = rng
        self.offset = 0 if family == "dev" else 1

    def __call__(self, *options: str) -> str:
        pool = list(options[self.offset::2]) or list(options)
        return self.rng.choice(pool)

    def any(self, options: Sequence[str]) -> str:
        return self.rng.choice(list(options))

    def money(self, low: float, high: float) -> str:
        return f"${self.rng.uniform(low, high):,.2f}"

    def day(self, start: int = 2015, end: int = 2024) -> dt.date:
        first = dt.date(start, 1, 1).toordinal()
        last = dt.date(end, 12, 28).toordinal()
        return dt.date.fromordinal(self.rng.randint(first, last))


PEOPLE = ("Rosa María Gutiérrez", "José Luis Ramírez", "Ana Patricia Morales",
          "Carlos Eduardo Vásquez", "Luz Elena Castillo", "Miguel Ángel Torres",
          "Daniela Flores Ortiz", "Jean-Baptiste Pierre", "Marisol Hernández Cruz",
          "Francisco Javier Ruiz", "Guadalupe Santos", "Wilmer Antonio Reyes")
STREETS = ("2207 Maple Street", "415 West 19th Street", "88 Elm Court, Apt 12",
           "1530 Bellaire Blvd, Unit 4", "77 Jackson Avenue", "903 Pine Ridge Road, Apt 2C",
           "3120 Navigation Blvd", "610 Sunset Drive")
CITIES = ("Houston, TX 77023", "Dallas, TX 75211", "Los Angeles, CA 90011",
          "Phoenix, AZ 85009", "Chicago, IL 60623", "Miami, FL 33135", "Denver, CO 80219")
COMPANIES = ("ANY COMPANY CORP.", "Lone Star Roofing LLC", "Sunrise Landscaping Inc.",
             "Golden Gate Food Services", "Del Valle Construction Co.",
             "Brightway Home Care", "Pacific Produce Packers", "Metro Janitorial Group")
LANDLORDS = ("Oakwood Property Management", "Sandoval Rentals", "Riverside Apartments LLC",
             "Green Acres Homes")
UTILITIES = ("Gulf Coast Electric", "City Water Department", "Southwest Gas Company",
             "Comcast Internet Services")
BANKS = ("First Community Credit Union", "Banco Popular", "Chase Bank", "Wells Fargo Bank")
CLINICS = ("Eastside Community Health Center", "Clínica Familiar San José",
           "Northwest Medical Group", "Hospital General del Valle")
CHURCHES = ("Iglesia Católica San Judas Tadeo", "Grace Community Church",
            "Parroquia Nuestra Señora de Guadalupe", "Primera Iglesia Bautista Hispana")


def en_date(day: dt.date, pick: Pick) -> str:
    style = pick("long", "numeric", "short", "iso")
    if style == "long":
        return f"{MONTHS_EN[day.month - 1]} {day.day}, {day.year}"
    if style == "short":
        return f"{MONTHS_EN[day.month - 1][:3]}. {day.day}, {day.year}"
    if style == "iso":
        return day.isoformat()
    return f"{day.month:02d}/{day.day:02d}/{day.year}"


def es_date(day: dt.date, pick: Pick) -> str:
    style = pick("long", "dmy", "long-comma", "long")
    if style == "dmy" and day.day > 12:  # unambiguous day-first
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    if style == "long-comma":
        return f"{day.day} de {MONTHS_ES[day.month - 1]}, {day.year}"
    return f"{day.day} de {MONTHS_ES[day.month - 1]} de {day.year}"


def fmt(day: dt.date, lang: str, pick: Pick) -> str:
    return en_date(day, pick) if lang == "en" else es_date(day, pick)


# --- generators: (pick, lang) -> (lines, date the document speaks for) ----------------------

Generator = Callable[[Pick, str], tuple[Lines, dt.date]]


def lease(p: Pick, lang: str) -> tuple[Lines, dt.date]:
    day, who, where = p.day(), p.any(PEOPLE), f"{p.any(STREETS)}, {p.any(CITIES)}"
    landlord, rent = p.any(LANDLORDS), p.money(650, 1900)
    if lang == "es":
        return [f"[bc] {landlord}", "[bcl] " + p("Contrato de Arrendamiento",
                                                  "Contrato de Alquiler de Vivienda"),
                f"Fecha:\t{fmt(day, lang, p)}",
                p(f"Este contrato se celebra entre {landlord} (el arrendador) y {who} "
                  f"(el arrendatario) para la vivienda ubicada en {where}.",
                  f"El propietario {landlord} renta a {who}, inquilina, la vivienda en {where}."),
                p(f"La renta mensual será de {rent}, pagadera el día primero de cada mes.",
                  f"El inquilino pagará {rent} de renta mensual y un depósito de seguridad."),
                "El plazo del contrato es de doce meses.", "@sign", who], day
    return [f"[bc] {landlord}", "[bcl] " + p("Residential Lease Agreement",
                                              "Apartment Rental Agreement"),
            p(f"This lease is entered into on {fmt(day, lang, p)} between {landlord} "
              f"(Landlord) and {who} (Tenant).",
              f"Date: {fmt(day, lang, p)}. Landlord {landlord} agrees to rent the premises "
              f"to Tenant {who}."),
            f"Premises:\t{where}",
            p(f"Monthly rent of {rent} is due on the first day of each month.",
              f"Tenant shall pay monthly rent of {rent} and a security deposit of "
              f"{p.money(300, 900)}."),
            p("The lease term is twelve (12) months.", "Lease term: one year, renewable."),
            "@sign", f"{who}, Tenant"], day


def rent_receipt(p: Pick, lang: str) -> tuple[Lines, dt.date]:
    day, who, rent = p.day(), p.any(PEOPLE), p.money(600, 1800)
    month_en, month_es = MONTHS_EN[day.month - 1], MONTHS_ES[day.month - 1]
    if lang == "es":
        return ["[bcl] " + p("Recibo de Renta", "Recibo de Alquiler"),
                f"Recibo No.\t{p.rng.randint(100, 999)}", f"Fecha:\t{fmt(day, lang, p)}",
                p(f"Recibí de {who} la cantidad de {rent}", f"Recibí de {who}: {rent}"),
                p(f"por concepto de renta del mes de {month_es} {day.year}.",
                  f"Pago de renta de {month_es}, {p.any(STREETS)}."),
                "@sign", p("Arrendador", "Propietario")], day
    return ["[bcl] " + p("Rent Receipt", "RENT RECEIPT"),
            f"Receipt No.\t{p.rng.randint(100, 999)}", f"Date:\t{fmt(day, lang, p)}",
            f"Received from:\t{who}", f"Amount:\t{rent}",
            p(f"For rent for the month of {month_en} {day.year}",
              f"Rent paid for {month_en}, {p.any(STREETS)}"),
            "@sign", p("Landlord", "Property Manager")], day


def utility_bill(p: Pick, lang: str) -> tuple[Lines, dt.date]:
    day, who, company = p.day(), p.any(PEOPLE), p.any(UTILITIES)
    due = day + dt.timedelta(days=21)
    if due > dt.date.today():
        day, due = day - dt.timedelta(days=60), due - dt.timedelta(days=60)
    if lang == "es":
        return [f"[bx] {company}", "[bl] " + p("Factura de Luz", "Su Factura de Servicios"),
                f"Fecha de factura:\t{fmt(day, lang, p)}", f"Titular:\t{who}",
                f"Dirección de servicio:\t{p.any(STREETS)}",
                f"Consumo:\t{p.rng.randint(300, 1400)} kWh",
                f"Lectura del medidor:\t{p.rng.randint(10000, 99999)}",
                f"Total a pagar:\t{p.money(40, 260)}",
                f"Fecha de vencimiento:\t{fmt(due, lang, p)}"], day
    return [f"[bx] {company}", "[bl] " + p("Your Monthly Statement", "Utility Bill"),
            f"{p('Bill date:', 'Statement date:')}\t{fmt(day, lang, p)}",
            f"Account holder:\t{who}", f"Service address:\t{p.any(STREETS)}",
            p(f"Electricity used:\t{p.rng.randint(300, 1400)} kWh",
              f"Water usage:\t{p.rng.randint(3, 20)},000 gallons"),
            f"Meter reading:\t{p.rng.randint(10000, 99999)}",
            f"Total amount due:\t{p.money(40, 260)}", f"Due date:\t{fmt(due, lang, p)}"], day


def bank_statement(p: Pick, lang: str) -> tuple[Lines, dt.date]:
    end, who, bank = p.day(), p.any(PEOPLE), p.any(BANKS)
    start = end.replace(day=1)
    if lang == "es":
        return [f"[bx] {bank}", "[bl] Estado de Cuenta",
                f"Titular:\t{who}", f"Dirección:\t{p.any(STREETS)}",
                f"Periodo:\tdel {fmt(start, lang, p)} al {fmt(end, lang, p)}",
                f"Saldo inicial:\t{p.money(100, 3000)}",
                f"Depósitos:\t{p.money(500, 4000)}", f"Retiros:\t{p.money(300, 3000)}",
                f"Saldo final:\t{p.money(100, 3000)}"], end
    return [f"[bx] {bank}", "[bl] " + p("Checking Account Statement", "Account Statement"),
            f"Account holder:\t{who}", f"Address:\t{p.any(STREETS)}",
            f"Statement period:\t{fmt(start, lang, p)} to {fmt(end, lang, p)}",
            f"{p('Beginning balance:', 'Opening balance:')}\t{p.money(100, 3000)}",
            f"Deposits:\t{p.money(500, 4000)}", f"Withdrawals:\t{p.money(300, 3000)}",
            f"{p('Ending balance:', 'Closing balance:')}\t{p.money(100, 3000)}"], end


def pay_stub(p: Pick, lang: str) -> tuple[Lines, dt.date]:
    pay, who, company = p.day(), p.any(PEOPLE), p.any(COMPANIES)
    start, end = pay - dt.timedelta(days=19), pay - dt.timedelta(days=6)
    hours = p.rng.randint(60, 88)
    if lang == "es":
        return [f"[bx] {company}", "[bl] " + p("Talón de Pago", "Recibo de Nómina"),
                f"Empleado:\t{who}",
                f"Periodo de pago:\t{fmt(start, lang, p)} - {fmt(end, lang, p)}",
                f"Fecha de pago:\t{fmt(pay, lang, p)}", f"Horas trabajadas:\t{hours}",
                f"Salario bruto:\t{p.money(900, 2600)}", f"Deducciones:\t{p.money(90, 300)}",
                f"Pago neto:\t{p.money(800, 2300)}"], pay
    return [f"[bx] {company}", "[bl] " + p("Earnings Statement", "Pay Stub"),
            f"Employee:\t{who}",
            f"Pay period:\t{fmt(start, lang, p)} - {fmt(end, lang, p)}",
            f"{p('Pay date:', 'Check date:')}\t{fmt(pay, lang, p)}",
            f"Regular hours:\t{hours}", f"Gross pay:\t{p.money(900, 2600)}",
            f"Federal withholding:\t{p.money(40, 200)}", f"Net pay:\t{p.money(800, 2300)}",
            f"YTD gross:\t{p.money(9000, 40000)}"], pay


def employer_letter(p: Pick, lang: str) -> tuple[Lines, dt.date]:
    day, who, company = p.day(), p.any(PEOPLE), p.any(COMPANIES)
    hired = p.day(2008, max(2009, day.year - 1))
    rate = p.money(12, 28)
    if lang == "es":
        return [f"[bx] {company}", fmt(day, lang, p), "A quien corresponda:",
                p(f"Por medio de la presente hago constar que {who} ha trabajado en nuestra "
                  f"empresa desde {fmt(hired, lang, p)} en el puesto de ayudante general.",
                  f"Confirmo que {who} trabaja para {company} como empleada de tiempo "
                  f"completo desde {hired.year}."),
                p(f"Gana {rate} por hora y trabaja cuarenta horas por semana.",
                  f"Su salario es de {rate} por hora, tiempo completo."),
                "Es una persona responsable y puntual.", "Atentamente,", "@sign",
                "Gerente de Recursos Humanos"], day
    return [f"[bx] {company}", p(f"Date: {fmt(day, lang, p)}", fmt(day, lang, p)),
            "[b] " + p("Employment Verification Letter", "RE: Verification of Employment"),
            "To Whom It May Concern:",
            p(f"This letter confirms that {who} has been employed by {company} since "
              f"{fmt(hired, lang, p)}.",
              f"{who} has worked for our company as a full-time crew member since "
              f"{hired.year}."),
            p(f"The employee currently earns {rate} per hour and works full time.",
              f"Hourly rate: {rate}. Position: warehouse associate, full time."),
            p("Please contact Human Resources with any questions.",
              "She is a reliable worker and we are glad to have her."),
            "Sincerely,", "@sign", "Human Resources Manager"], day


def w2(p: Pick, lang: str) -> tuple[Lines, dt.date]:
    year = p.rng.randint(2015, 2023)
    who, company = p.any(PEOPLE), p.any(COMPANIES)
    return ["[bl] " + p(f"Form W-2 Wage and Tax Statement {year}",
                        f"{year} W-2 Wage and Tax Statement"),
            f"a Employee's social security number\tXXX-XX-{p.rng.randint(1000, 9999)}",
            f"b Employer identification number (EIN)\t{p.rng.randint(10, 99)}-"
            f"{p.rng.randint(1000000, 9999999)}",
            f"c Employer's name, address and ZIP code\t{company}",
            f"e Employee's name\t{who}",
            f"1 Wages, tips, other compensation\t{p.money(18000, 52000)}",
            f"2 Federal income tax withheld\t{p.money(500, 5000)}",
            f"3 Social security wages\t{p.money(18000, 52000)}",
            f"5 Medicare wages and tips\t{p.money(18000, 52000)}",
            "[s] Copy B - To Be Filed With Employee's FEDERAL Tax Return"], dt.date(year, 12, 31)


def tax_return(p: Pick, lang: str) -> tuple[Lines, dt.date]:
    year = p.rng.randint(2015, 2023)
    who = p.any(PEOPLE)
    return ["[bl] " + p(f"Form 1040 U.S. Individual Income Tax Return {year}",
                        f"{year} Form 1040 - Individual Income Tax Return"),
            "Department of the Treasury - Internal Revenue Service",
            f"Your first name and last name:\t{who}",
            f"Home address:\t{p.any(STREETS)}",
            f"Filing status:\t{p('Single', 'Head of household')}",
            f"1 Wages, salaries, tips (W-2):\t{p.money(18000, 52000)}",
            f"11 Adjusted gross income:\t{p.money(18000, 52000)}",
            f"15 Taxable income:\t{p.money(5000, 40000)}",
            f"35 Refund:\t{p.money(100, 3000)}"], dt.date(year, 12, 31)


def medical_note(p: Pick, lang: str) -> tuple[Lines, dt.date]:
    day, who, clinic = p.day(), p.any(PEOPLE), p.any(CLINICS)
    birth = p.day(1960, 2005)
    if lang == "es":
        return [f"[bx] {clinic}", "[bl] " + p("Resumen de Consulta", "Constancia Médica"),
                f"Paciente:\t{who}", f"Fecha de nacimiento:\t{fmt(birth, lang, p)}",
                f"Fecha de consulta:\t{fmt(day, lang, p)}",
                p("Diagnóstico: diabetes tipo 2 y presión arterial alta.",
                  "Diagnóstico: asma crónica; requiere seguimiento con su médico."),
                p("La paciente continúa en tratamiento y debe regresar en tres meses.",
                  "Se recomienda continuar el tratamiento indicado por el doctor."),
                "@sign", "Dra. Laura Méndez, Médico Familiar"], day
    return [f"[bx] {clinic}", "[bl] " + p("Visit Summary", "Medical Record"),
            f"Patient:\t{who}", f"Date of birth:\t{fmt(birth, lang, p)}",
            f"{p('Date of service:', 'Visit date:')}\t{fmt(day, lang, p)}",
            p("Chief complaint: chest pain and shortness of breath.",
              "Diagnosis: type 2 diabetes with high blood pressure."),
            p("Assessment and plan: continue current treatment, follow up in 3 months.",
              "The patient remains under my care and requires ongoing treatment."),
            "@sign", p("Dr. Alan Brooks, MD", "Physician: Sarah Kim, MD")], day


def psych_eval(p: Pick, lang: str) -> tuple[Lines, dt.date]:
    day, who = p.day(), p.any(PEOPLE)
    if lang == "es":
        return ["[bl] Evaluación Psicológica", f"Fecha:\t{fmt(day, lang, p)}",
                f"Nombre:\t{who}",
                p("La evaluada presenta síntomas de ansiedad y depresión relacionados con la "
                  "posible separación de sus hijos.",
                  "Se observan síntomas de trastorno de estrés postraumático y ansiedad."),
                p("Recomiendo que continúe con terapia y atención de salud mental.",
                  "Se sugiere terapia semanal y seguimiento de su salud mental."), "@sign",
                "Lic. Marta Ruiz, Psicóloga"], day
    return ["[bl] " + p("Psychological Evaluation", "Confidential Psychological Assessment"),
            f"Date of report:\t{fmt(day, lang, p)}", f"Client:\t{who}",
            p("The client meets criteria for major depression and generalized anxiety.",
              "Results are consistent with post-traumatic stress disorder (PTSD)."),
            p("Continued therapy and mental health services are strongly recommended.",
              "Separation from her children would severely worsen her mental health."),
            "@sign", p("Dr. Helen Park, Licensed Psychologist", "Therapist, LCSW")], day


def prescription(p: Pick, lang: str) -> tuple[Lines, dt.date]:
    day, who = p.day(), p.any(PEOPLE)
    drug = p.any(("Metformin 500 mg", "Lisinopril 10 mg", "Sertraline 50 mg",
                  "Albuterol 90 mcg"))
    if lang == "es":
        return ["[bx] Farmacia San Rafael", "[bl] Receta Médica",
                f"Paciente:\t{who}", f"Fecha:\t{fmt(day, lang, p)}",
                f"Medicamento:\t{drug}",
                p("Dosis: tomar una tableta dos veces al día.",
                  "Tomar una tableta cada mañana con alimentos."),
                "Resurtidos: 3", "@sign", "Dr. Ramón Aguilar"], day
    return ["[bx] " + p("Walgreens Pharmacy", "CVS Pharmacy"),
            "[bl] " + p("Prescription", "Rx Label"),
            f"Patient:\t{who}", f"Date filled:\t{fmt(day, lang, p)}",
            f"Medication:\t{drug}",
            p("Take one tablet by mouth twice daily.", "Take one tablet every morning."),
            f"Refills:\t{p.rng.randint(1, 5)}", f"Prescriber:\t{p('Dr. Alan Brooks', 'Dr. Kim')}"
            ], day


def support_letter(p: Pick, lang: str) -> tuple[Lines, dt.date]:
    day, who, church = p.day(), p.any(PEOPLE), p.any(CHURCHES)
    years = p.rng.randint(3, 15)
    if lang == "es":
        return [f"[bx] {church}", p(f"Houston, Texas, {fmt(day, lang, p)}",
                                    f"Fecha: {fmt(day, lang, p)}"),
                "A quien corresponda:",
                p(f"Conozco a {who} desde hace {years} años como miembro de nuestra "
                  f"congregación.",
                  f"Por este medio escribo esta carta de apoyo para {who}, a quien conozco "
                  f"hace {years} años."),
                p("Es una persona honesta, trabajadora y de buen carácter moral.",
                  "Participa como voluntaria en la parroquia y ayuda a la comunidad."),
                "Atentamente,", "@sign", p("Pastor Manuel Ortega", "Padre Luis Romero")], day
    return [f"[bx] {church}", fmt(day, lang, p), "To Whom It May Concern:",
            p(f"I have known {who} for {years} years as a member of our congregation.",
              f"I am writing this letter of support on behalf of {who}, whom I have known "
              f"for {years} years."),
            p("She is honest, hardworking and a person of good moral character.",
              "He is a devoted father and a valued member of our community."),
            p("I respectfully ask that she be allowed to remain with her family.",
              "I recommend him without reservation."),
            "Sincerely,", "@sign", p("Rev. Thomas Hill, Pastor", "Sister Mary Collins")], day


def volunteer(p: Pick, lang: str) -> tuple[Lines, dt.date]:
    day, who = p.day(), p.any(PEOPLE)
    hours = p.rng.randint(40, 400)
    if lang == "es":
        return ["[bx] Banco de Alimentos del Este", "[bl] Certificado de Reconocimiento",
                p(f"Se otorga a {who} por {hours} horas de servicio comunitario como "
                  f"voluntaria.",
                  f"Agradecemos a {who} su trabajo voluntario: {hours} horas de servicio."),
                f"Fecha:\t{fmt(day, lang, p)}", "@sign", "Coordinadora de Voluntarios"], day
    return ["[bx] " + p("Eastside Food Bank", "Habitat for Humanity"),
            "[bl] " + p("Certificate of Appreciation", "Volunteer Service Record"),
            p(f"Presented to {who} in recognition of {hours} volunteer hours.",
              f"{who} volunteered {hours} hours of community service with us."),
            f"Date:\t{fmt(day, lang, p)}", "@sign", "Volunteer Coordinator"], day


def school_enrollment(p: Pick, lang: str) -> tuple[Lines, dt.date]:
    """An enrollment letter showing the child's home address: proof of residence."""
    day, child = p.day(), p.any(PEOPLE).split()[0] + " " + p.any(PEOPLE).split()[-1]
    home = f"{p.any(STREETS)}, {p.any(CITIES)}"
    if lang == "es":
        return ["[bx] Distrito Escolar Independiente", "[bl] " + p(
            "Constancia de Inscripción", "Comprobante de Inscripción"),
                f"Estudiante:\t{child}", "Escuela:\tEscuela Primaria Lincoln",
                f"Grado:\t{p.rng.randint(1, 6)}",
                p("El alumno está inscrito en el ciclo escolar actual con buena asistencia.",
                  "La alumna está inscrita en esta escuela durante el año en curso."),
                f"Domicilio:\t{home}",
                f"Fecha:\t{fmt(day, lang, p)}", "@sign", "Directora"], day
    return ["[bx] " + p("Houston Independent School District", "Chicago Public Schools"),
            "[bl] " + p("Enrollment Verification", "Verification of Enrollment"),
            f"Student:\t{child}",
            f"School:\t{p('Lincoln Elementary School', 'Roosevelt Middle School')}",
            f"Grade:\t{p.rng.randint(1, 8)}",
            p("This student is currently enrolled and attends school regularly.",
              "The student named above is enrolled for the current school year."),
            f"Home address:\t{home}",
            f"Date:\t{fmt(day, lang, p)}", "@sign", "Principal"], day


def school_record(p: Pick, lang: str) -> tuple[Lines, dt.date]:
    """How a child does at school (a report card, a progress report): a community tie."""
    day, child = p.day(), p.any(PEOPLE).split()[0] + " " + p.any(PEOPLE).split()[-1]
    if lang == "es":
        return ["[bx] Distrito Escolar Independiente", "[bl] " + p(
            "Boleta de Calificaciones", "Informe de Progreso"),
                f"Estudiante:\t{child}", "Escuela:\tEscuela Primaria Lincoln",
                f"Grado:\t{p.rng.randint(1, 6)}",
                p("Calificaciones: Matemáticas 92, Lectura 88, Ciencias 90.",
                  "Asistencia: 170 de 175 días. Avanza muy bien en lectura y matemáticas."),
                f"Fecha:\t{fmt(day, lang, p)}", "@sign", "Directora"], day
    return ["[bx] " + p("Houston Independent School District", "Chicago Public Schools"),
            "[bl] " + p("Progress Report", "Report Card"),
            f"Student:\t{child}",
            f"School:\t{p('Lincoln Elementary School', 'Roosevelt Middle School')}",
            f"Grade:\t{p.rng.randint(1, 8)}",
            p("Days absent: 2. Reading level: above grade. Teacher's comments: works hard.",
              "Attendance: 172 of 175 days. Reading A, Math B+, Science A-."),
            f"Date:\t{fmt(day, lang, p)}", "@sign", "Principal"], day


def invoice(p: Pick, lang: str) -> tuple[Lines, dt.date]:
    day = p.day()
    if lang == "es":
        return ["[bx] Ferretería El Martillo", "[bl] Factura", f"Cotización No.\t"
                f"{p.rng.randint(1000, 9999)}", f"Fecha:\t{fmt(day, lang, p)}",
                "Cant.\tDescripción\tPrecio unitario",
                f"3\tBrochas de pintura\t{p.money(3, 12)}",
                f"2\tCubetas de pintura blanca\t{p.money(20, 40)}",
                f"Subtotal:\t{p.money(50, 120)}", f"Impuesto:\t{p.money(3, 10)}",
                f"Total:\t{p.money(60, 130)}"], day
    return ["[bx] " + p("Ace Office Supply", "Bright Print Shop"),
            "[bl] " + p("INVOICE", "Invoice"), f"Invoice number:\t{p.rng.randint(1000, 9999)}",
            f"Invoice date:\t{fmt(day, lang, p)}", f"Bill to:\t{p.any(COMPANIES)}",
            "Qty\tItem\tUnit price", f"4\tToner cartridge\t{p.money(30, 80)}",
            f"10\tPaper, case\t{p.money(20, 40)}", f"Subtotal:\t{p.money(200, 500)}",
            f"Sales tax:\t{p.money(10, 40)}", f"Total:\t{p.money(220, 540)}"], day


def menu(p: Pick, lang: str) -> tuple[Lines, dt.date]:
    day = p.day()
    if lang == "es":
        return ["[bcx] " + p("Taquería La Esperanza", "Restaurante El Sabor"), "[bc] Menú",
                f"[s] Precios vigentes desde el {fmt(day, lang, p)}",
                "[b] Antojitos", f"Tacos al pastor (3)\t{p.money(6, 10)}",
                f"Quesadilla de flor de calabaza\t{p.money(5, 9)}", "[b] Bebidas",
                f"Horchata\t{p.money(2, 4)}", "[b] Postres", f"Flan napolitano\t"
                f"{p.money(3, 6)}"], day
    return ["[bcx] " + p("Blue Door Diner", "Mama Rosa's Kitchen"), "[bc] Menu",
            f"[s] Prices effective {fmt(day, lang, p)}", "[b] Appetizers",
            f"Mozzarella sticks\t{p.money(6, 10)}", "[b] Entrees",
            f"Grilled chicken plate\t{p.money(11, 18)}", f"Cheeseburger\t{p.money(9, 14)}",
            "[b] Desserts", f"Apple pie\t{p.money(4, 7)}", "Happy hour 4-6 pm"], day


def flyer(p: Pick, lang: str) -> tuple[Lines, dt.date]:
    day = p.day()
    if lang == "es":
        return ["[bcx] " + p("¡Gran Apertura!", "¡Gran Venta de Verano!"),
                "[bcl] " + p("Llantera Rodríguez", "Tienda de Muebles Sol"),
                p("Descuento de 30% en todos los productos.", "Oferta especial: 2 por 1."),
                f"Solo el {fmt(day, lang, p)}", "Presente este cupón en la caja.",
                p("Únete a nuestra lista y recibe promociones.",
                  "Síguenos para recibir más ofertas cada semana.")], day
    return ["[bcx] " + p("GRAND OPENING!", "Summer Sale"),
            "[bcl] " + p("Sparkle Car Wash", "Fresh Market Grocery"),
            p("Special offer: 30% off every service.", "Buy one, get one free - coupon inside."),
            f"Saturday, {fmt(day, lang, p)}", p("Free admission. Join us!", "Order now, RSVP"),
            "Bring this coupon for a discount."], day


GENERATORS: tuple[tuple[str, str, Generator, tuple[str, ...]], ...] = (
    ("residence", "lease", lease, ("en", "es")),
    ("residence", "rent_receipt", rent_receipt, ("en", "es")),
    ("residence", "utility_bill", utility_bill, ("en", "es")),
    ("residence", "bank_statement", bank_statement, ("en", "es")),
    ("residence", "school_enrollment", school_enrollment, ("en", "es")),
    ("employment", "pay_stub", pay_stub, ("en", "es")),
    ("employment", "employer_letter", employer_letter, ("en", "es")),
    ("employment", "w2", w2, ("en",)),
    ("employment", "tax_return", tax_return, ("en",)),
    ("medical", "medical_record", medical_note, ("en", "es")),
    ("medical", "psych_evaluation", psych_eval, ("en", "es")),
    ("medical", "treatment", prescription, ("en", "es")),
    ("community", "support_letter", support_letter, ("en", "es")),
    ("community", "volunteer_record", volunteer, ("en", "es")),
    ("community", "school_record", school_record, ("en", "es")),
    ("none", "other", invoice, ("en", "es")),
    ("none", "other", menu, ("en", "es")),
    ("none", "other", flyer, ("en", "es")),
)


def documents(family: Family, count: int) -> list[tuple[Labelled, SampleDocument]]:
    """``count`` labelled documents of ``family``, the same every time."""
    rng = random.Random(f"labelled-set-{family}")
    out: list[tuple[Labelled, SampleDocument]] = []
    for n in range(count):
        category, doc_type, make, languages = GENERATORS[n % len(GENERATORS)]
        lang = languages[(n // len(GENERATORS)) % len(languages)]
        pick = Pick(random.Random(f"{family}-{n}"), family)
        lines, day = make(pick, lang)
        capture = "photo" if rng.random() < 0.35 else "scan"
        suffix = ".jpg" if capture == "photo" else rng.choice((".png", ".pdf", ".jpg"))
        name = f"{category}--{n:02d}-{doc_type}-{lang}-{capture}{suffix}"
        spec = SampleDocument(
            filename=name, title=doc_type, category=category, document_type=doc_type,
            date=day, language=lang, capture=capture,  # type: ignore[arg-type]
            pages=(tuple(lines),), typeface=rng.choice(("sans", "serif", "mono")),
        )
        # A flyer's event day is not the date of a paper that proves anything: its truth is
        # no date, as the assistant's convention says (issue 4).
        truth_day = None if make is flyer else day.isoformat()
        out.append((Labelled(name, category, doc_type, truth_day, lang, capture), spec))
    return out


def _small(image: Image.Image) -> Image.Image:
    """The page at 150 dpi: a quarter of the pixels, still well readable for OCR."""
    return image.resize((image.width // 2, image.height // 2), Image.Resampling.LANCZOS)


def _write_one(folder: Path, label: Labelled, spec: SampleDocument) -> None:
    import pymupdf

    image = _small(render_pages(spec)[0])
    path = folder / label.filename
    if path.suffix == ".pdf":
        buf = io.BytesIO()
        image.convert("RGB").save(buf, "JPEG", quality=85, dpi=(150, 150))
        doc = pymupdf.open()
        page = doc.new_page(width=image.width * 72 / 150, height=image.height * 72 / 150)
        page.insert_image(page.rect, stream=buf.getvalue())
        doc.save(path)
        doc.close()
    elif path.suffix == ".png":
        image.convert("L").save(path, "PNG", dpi=(150, 150))
    else:
        extra = {"dpi": (150, 150)} if label.capture == "scan" else {}
        image.convert("RGB").save(path, "JPEG", quality=82, **extra)


def write(folder: Path, family: Family, count: int, workers: int | None = None) -> list[Labelled]:
    """Write the documents of ``family`` into ``folder`` (drawn in parallel processes),
    with a ``truth.json`` beside them."""
    folder.mkdir(parents=True, exist_ok=True)
    made = documents(family, count)
    with ProcessPoolExecutor(max_workers=workers or os.cpu_count() or 1,
                             mp_context=multiprocessing.get_context("spawn")) as pool:
        for future in [pool.submit(_write_one, folder, label, spec) for label, spec in made]:
            future.result()
    labels = [label for label, _spec in made]
    (folder / "truth.json").write_text(json.dumps([asdict(x) for x in labels], indent=1))
    return labels


if __name__ == "__main__":  # python -m tests.sets.labelled_set OUT_DIR [dev|held] [N]
    import sys

    target = Path(sys.argv[1])
    fam: Family = "held" if len(sys.argv) > 2 and sys.argv[2] == "held" else "dev"
    written = write(target, fam, int(sys.argv[3]) if len(sys.argv) > 3 else 51)
    print(f"{len(written)} documents in {target}")
