"""Built-in knowledge: document types, the category each proves, and the words that show
them, in English and Spanish.

Each cue is a phrase (matched on whole words of the folded text, see ``text.normalise``)
with a weight: 4 names the document outright ("wage and tax statement"), 3 is nearly as
telling ("gross pay"), 2 is typical ("landlord"), 1 only leans ("bank").
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.i18n import _

CATEGORIES = ("residence", "employment", "medical", "community", "none")


@dataclass(frozen=True)
class DocumentType:
    key: str
    label: str  # English; shown through ``_``
    category: str  # one of CATEGORIES
    cues: tuple[tuple[str, int], ...]


def _cues(text: str) -> tuple[tuple[str, int], ...]:
    """``"lease agreement:4, landlord:2"`` as ((phrase, weight), ...)."""
    found = []
    for item in text.split(","):
        phrase, _sep, weight = item.strip().rpartition(":")
        found.append((phrase.strip(), int(weight)))
    return tuple(found)


DOCUMENT_TYPES: tuple[DocumentType, ...] = (
    DocumentType("lease", "Lease", "residence", _cues(
        "lease agreement:4, residential lease:4, rental agreement:4, landlord:2, tenant:2,"
        " lessee:2, lessor:2, monthly rent:2, security deposit:2, lease term:2, term of:1,"
        " premises:2, contrato de arrendamiento:4, contrato de alquiler:4, arrendador:2,"
        " arrendatario:2, inquilino:2, inquilina:2, renta mensual:2, deposito de seguridad:2,"
        " propietario:1, vivienda:1")),
    DocumentType("rent_receipt", "Rent receipt", "residence", _cues(
        "rent receipt:4, received from:2, rent for:3, for the month of:2, recibo de renta:4,"
        " recibo de alquiler:4, recibi de:2, pago de renta:3, renta del mes:3,"
        " rent paid:3, receipt no:1, recibo no:1, landlord:1, apartment:1, apt:1")),
    DocumentType("utility_bill", "Utility bill", "residence", _cues(
        "electric:1, electricity:2, kwh:3, water service:3, water bill:3, sewer:2,"
        " gas service:3, natural gas:2, meter:2, meter reading:3, service address:3,"
        " amount due:1, total amount due:2, energy:1, usage:1, utility:2, utilities:2,"
        " internet service:2, factura de luz:4, consumo:2, medidor:3, direccion de servicio:3,"
        " servicio de agua:3, kilowatt:3, billing period:2, account number:1")),
    DocumentType("bank_statement", "Bank statement", "residence", _cues(
        "statement period:3, beginning balance:3, ending balance:3, opening balance:2,"
        " closing balance:2, withdrawals:2, deposits:1, checking account:3,"
        " savings account:2, account summary:2, estado de cuenta:3, saldo inicial:3,"
        " saldo final:3, retiros:2, depositos:1, bank:1, banco:1, credit union:2,"
        " routing number:2, debit card:1")),
    DocumentType("proof_of_address", "Proof of address", "residence", _cues(
        "proof of address:4, proof of residence:4, resides at:3, has lived at:3,"
        " has resided:3, constancia de domicilio:4, comprobante de domicilio:4,"
        " reside en:2, change of address:3")),
    DocumentType("tax_return", "Tax return", "employment", _cues(
        "form 1040:4, 1040:2, individual income tax return:4, income tax return:3,"
        " adjusted gross income:3, taxable income:2, internal revenue service:2,"
        " tax year:2, declaracion de impuestos:4, filing status:3, refund:1,"
        " itin:1, tax transcript:4, declaracion de impuestos sobre la renta:2")),
    DocumentType("w2", "W-2", "employment", _cues(
        "w 2:4, wage and tax statement:5, wages tips:3, employer identification number:3,"
        " federal income tax withheld:3, social security wages:3, medicare wages:3,"
        " employer s name:1")),
    DocumentType("pay_stub", "Pay stub", "employment", _cues(
        "pay stub:4, paystub:4, earnings statement:4, pay period:3, pay date:3, gross pay:3,"
        " net pay:3, ytd:2, year to date:2, deductions:1, hours worked:2, regular hours:2,"
        " overtime:1, federal withholding:2, talon de pago:4, talon de cheque:4,"
        " recibo de nomina:4, periodo de pago:3, pago neto:3, salario neto:3, pago bruto:3,"
        " salario bruto:3, fecha de pago:2, horas trabajadas:2, deducciones:1, nomina:2")),
    DocumentType("employer_letter", "Employer letter", "employment", _cues(
        "employment verification:4, verification of employment:4, has been employed:4,"
        " has worked:3, employed by:2, employed with:2, employed as:3, our company:2,"
        " human resources:2, per hour:2, hourly rate:2, full time:2, employee:1,"
        " carta de empleo:4, constancia de trabajo:4, constancia laboral:4,"
        " ha trabajado:3, trabaja para:2, trabaja en:1, empleado:2, empleada:2, por hora:1,"
        " tiempo completo:2, supervisor:1, reliable worker:2, puesto de:2, position of:2,"
        " nuestra empresa:2, employment history:3, previous employment:2, position held:2,"
        " employment application:3")),
    DocumentType("work_authorization", "Work authorization", "employment", _cues(
        "employment authorization:5, employment authorization document:5, i 765:4,"
        " i 766:4, work permit:3, permiso de trabajo:4, autorizacion de empleo:4,"
        " card expires:2")),
    DocumentType("medical_record", "Medical record", "medical", _cues(
        "patient:2, diagnosis:3, physician:2, clinic:2, medical record:4, medical records:4,"
        " blood pressure:3, chief complaint:3, assessment and plan:3, hospital:2,"
        " discharge:2, follow up:1, symptoms:2, treatment:1, paciente:2, diagnostico:3,"
        " clinica:2, expediente medico:4, historia clinica:4, consulta:2,"
        " presion arterial:3, alta medica:3, sintomas:2, medico:2, doctor:1, dr:1,"
        " immunization:2, vaccine:2, vacuna:2, medical:1, health center:2,"
        " centro de salud:2, chronic:2, cronica:2, hospitalized:2, hospitalizado:2,"
        " hospitalizada:2, asthma:2, asma:2, pediatrician:2, pediatric:2, pediatra:2, md:1,"
        " nurse:1, enfermera:1, health:1, salud:1, surgery:2, cirugia:2")),
    DocumentType("psych_evaluation", "Psychological evaluation", "medical", _cues(
        "psychological evaluation:5, psychological assessment:5, psychologist:3, ptsd:3,"
        " post traumatic:3, depression:2, anxiety:2, mental health:3, therapy:2, therapist:2,"
        " evaluacion psicologica:5, psicologo:3, psicologa:3, salud mental:3, ansiedad:2,"
        " depresion:2, trastorno:2, terapia:2, counseling:2, psychiatric:3")),
    DocumentType("treatment", "Prescription or treatment", "medical", _cues(
        "prescription:4, refills:3, pharmacy:3, dosage:2, mg:2, take one tablet:3,"
        " tablet:2, tablets:2, treatment plan:3, ongoing treatment:3, receta:4, farmacia:3,"
        " tableta:2, dosis:2, tratamiento:2, medicamento:2, rx:2, dialysis:3, dialisis:3,"
        " chemotherapy:3, quimioterapia:3, physical therapy:3, medication:2, inhaler:2,"
        " inhalador:2")),
    DocumentType("support_letter", "Letter of support", "community", _cues(
        "letter of support:4, letter of recommendation:3, character reference:4,"
        " i have known:4, good moral character:4, member of our:3, congregation:3,"
        " church:2, parish:3, pastor:2, reverend:2, community:1, honest:1, hardworking:2,"
        " hard working:2, i recommend:2, i support:2, carta de apoyo:4,"
        " carta de recomendacion:3, lo conozco:3, la conozco:3, conozco a:3,"
        " buen caracter moral:4, iglesia:2, parroquia:3, congregacion:3, comunidad:1,"
        " honesta:1, honesto:1, trabajadora:1, sacerdote:2, miembro de:2, neighbor:2,"
        " vecina:2, vecino:2, respetuosa:1, respetuoso:1, deserves:2, merece:2")),
    DocumentType("volunteer_record", "Volunteer record", "community", _cues(
        "volunteer:3, volunteers:3, volunteered:3, volunteer hours:4, community service:3,"
        " food bank:3, certificate of appreciation:3, voluntario:3, voluntaria:3,"
        " horas de servicio:3, banco de alimentos:3, servicio comunitario:3,"
        " certificado de reconocimiento:3, hours of service:3, trabajo voluntario:3")),
    DocumentType("school_record", "School record", "community", _cues(
        "report card:4, school district:3, student:2, grade:1, enrollment:3, enrolled:3,"
        " attendance:2, elementary school:3, middle school:3, high school:3, principal:1,"
        " teacher:1, transcript:3, boleta de calificaciones:4, escuela:2, estudiante:2,"
        " alumno:2, alumna:2, inscripcion:3, asistencia:2, calificaciones:3, school:1,"
        " grado:1, maestra:1, maestro:1")),
    DocumentType("identity", "Identity document", "none", _cues(
        "passport:4, pasaporte:4, birth certificate:4, acta de nacimiento:4,"
        " matricula consular:4, consular identification:4, driver license:3,"
        " drivers license:3, licencia de conducir:3, nationality:2, nacionalidad:2,"
        " identification card:3")),
    DocumentType("agency_correspondence", "Correspondence from the agency", "none", _cues(
        "department of homeland security:3, citizenship and immigration services:4, uscis:3,"
        " immigration and customs enforcement:4, receipt notice:4, notice of action:4,"
        " i 797:4, request for evidence:3, alien number:2, notice to appear:4,"
        " executive office for immigration review:4")),
    DocumentType("other", "Other", "none", _cues(
        "invoice:3, invoice number:3, bill to:3, menu:3, appetizers:3, entrees:3,"
        " desserts:3, postres:3, bebidas:2, beverages:2, special offer:3, sale:1, off:1,"
        " discount:2, grand opening:3, coupon:3, cupon:3, tickets:2, oferta:2, descuento:2,"
        " quote:2, estimate:2, purchase order:3, sales tax:2, unit price:2, qty:2,"
        " precio unitario:2, cotizacion:3, gran apertura:3, free admission:2, rsvp:2,"
        " join us:2, unete:2, promocion:2, order now:2, happy hour:3, catalog:2, factura:2,"
        " subtotal:1, impuesto:1, descripcion:1")),
)

TYPES_BY_KEY = {t.key: t for t in DOCUMENT_TYPES}


def type_label(key: str) -> str:
    """The document type's name in the user's language."""
    found = TYPES_BY_KEY.get(key)
    return _(found.label) if found else _("Other")


def category_label(category: str | None) -> str:
    labels = {
        "residence": _("Residence"),
        "employment": _("Employment"),
        "medical": _("Medical"),
        "community": _("Community"),
        "none": _("None of the four"),
    }
    return labels.get(category or "", _("Needs your review"))


LANGUAGE_NAMES = {
    "en": "English",
    "es": "Spanish",
    "fr": "French",
    "pt": "Portuguese",
    "ht": "Haitian Creole",
    "other": "another language",
}


def language_label(code: str | None) -> str:
    return _(LANGUAGE_NAMES.get(code or "", "unknown"))
