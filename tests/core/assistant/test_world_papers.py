"""Papers the first cue lists did not know are filed under their tab: a pay slip, a bank's
statement of account, an increment or a transfer letter in the English of India or
Britain, and India's Form 16; a laboratory's report; a diploma, a degree's certificate, a
statement of marks, a Mexican university's title and a course's constancia; a French
dentist's prescription; a Chilean electricity bill; an employer's reference and an
intern's letter; a credit card's statement and a building's fee notice in Spanish; a
course's constancia of attendance; Medicare's card; a Peruvian boleta de pago; India's
leave-and-license agreement; an academic letter of reference; a workshop's constancia
with its folio number; a letter whose capital I was read "l"; a constancia two bodies
grant; a certificate whose title is a line of its own; an employer's verification of
status and salary; an account's activity printed from a bank's website; a teacher's
certificate for a workshop given; an online course's certificate in Spanish; a training
certificate in Portuguese; a certificate of thanks in Spanish; a professor's reference;
a medical school's certificate of a course; a Colombian pay slip; a certificate of
community service; a civil registry's copy of a birth (none); a radiologist's report; a
Colombian certificate of employment; a Spanish foundation's course certificate; and a Blue
Cross card as OCR reads it; a microbiology laboratory's culture and antibiogram, in
English and Spanish; a Brazilian water and sewer bill; a manager's
recommendation of a member of the team. A guide to a tab's papers is none.
(Written here in the words such papers use; the real ones the figures were measured on
are not kept in the repository.)"""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core.assistant import THRESHOLD, suggest_for_text
from desktop_app.core.models import Slots

TODAY = dt.date(2025, 6, 1)

CASES = [
    ("employment", "pay_stub",
     "NORTHWIND SOFTWARE SERVICES PRIVATE LIMITED\nPayslip for the month of August 2023\n"
     "Emp Code 40213   Emp Name Ravi Kumar   Designation Senior Analyst\n"
     "Date of Joining 12-03-2019   Bank A/c No 5010023\nEarnings Amount  Deductions Amount\n"
     "Basic 30,000.00  Provident Fund 3,600.00\nHouse Rent Allowance 15,000.00  "
     "Professional Tax 200.00\nNet Pay for the month 41,200.00"),
    ("employment", "employer_letter",
     "Date: 02-01-2024\nEmployee Code: FAB-118\nSubject: Salary Increment Letter\n"
     "Dear Ms. Priya,\nWe are pleased to inform you that your revised salary will be "
     "INR 6,00,000 CTC effective from 01-01-2024, in recognition of your work.\n"
     "Yours sincerely,\nHR Manager"),
    ("employment", "employer_letter",
     "Fabrikam Technologies Ltd\n14-Feb-2022\nTRANSFER LETTER\nDear Arjun,\nThis is to "
     "inform you that you have been transferred to our Chennai office with effect from "
     "1-Mar-2022. There will be a continuation in service.\nFor Fabrikam Technologies"),
    ("residence", "bank_statement",
     "Ravi Kumar\n12 MG Road, Pune 411001\nStatement of Account\nPeriod 01-Apr-23 to "
     "30-Jun-23   IFSC Code HDFC0000123   Branch Pune Camp\nDate  Narration  Chq/Ref No  "
     "Withdrawal (Dr)  Deposit (Cr)  Balance\n01-Apr-23 Opening balance 12,400.00\n"
     "03-Apr-23 UPI/Grocer 450.00 11,950.00"),
    ("medical", "medical_record",
     "City Diagnostics Laboratory\nName: Mr. Ravi Kumar   Age: 34 Years   Gender: Male\n"
     "Collected: 12/03/2024   Reported: 12/03/2024\nTest Report\nTest Name  Result  Units  "
     "Bio. Ref. Interval\nHEMOGRAM\nHemoglobin 14.2 g/dL 13.0 - 17.0\nPacked Cell Volume "
     "44.0 % 40 - 50"),
    ("medical", "medical_record",
     "Laboratorio Clínico Santa Fe\nPaciente: María López\nBiometría hemática\n"
     "Hemoglobina 13.1 g/dL   Valores de referencia 12.0 - 16.0\nGlucosa 92 mg/dL"),
    ("medical", "medical_record",
     "Docteur Claire Martin\nChirurgien-Dentiste\n12 rue des Lilas, 75011 Paris\n"
     "Le 14/02/2023\nMme Rose Charles\nPARACETAMOL 1 g : 1 comprimé en cas de douleur, "
     "3 fois par jour\nBain de bouche après les repas"),
    ("community", "school_record",
     "Lakeside Institute of Technology\nPROVISIONAL CERTIFICATE\nfor\nBACHELOR OF SCIENCE\n"
     "This is to certify that Ms. Anita Rao has passed the prescribed examinations for the "
     "award of the degree. She has obtained a CGPA of 8.1. Roll No. BS/2018/44"),
    ("community", "school_record",
     "Central Board of Secondary Education\nStatement of Marks\nSenior Secondary School "
     "Examination 2019\nRoll No 9120441\nEnglish 88  Mathematics 91  Physics 84"),
    ("community", "school_record",
     "This certificate is awarded to Ana Torres\nfor completing Food Safety Basics: "
     "Handling and Storage\non 3/14/2021"),
    ("community", "school_record",
     "Universidad del Valle de Puebla\nOtorga a\nMaría Fernanda Ruiz Soto\nEl Título de "
     "Licenciada en:\nEnfermería\nCon Reconocimiento de Validez Oficial de Estudios, por "
     "haber aprobado el Examen Reglamentario el día 12 de junio de 2019."),
    ("employment", "w2",
     "FORM NO. 16\nPART A\nCertificate under Section 203 of the Income-tax Act, 1961 for "
     "tax deducted at source on salary\nName and address of the Employer  Contoso India "
     "Private Limited\nName and address of the Employee  Ravi Kumar\n"
     "Amount of tax deducted  Rs. 48,200"),
    ("residence", "utility_bill",
     "BOLETA DEL SERVICIO ELÉCTRICO\nCliente N°: 2231\nFecha de emisión: 05/03/2025\n"
     "Dirección: Av. Matta 1450, Dpto. 22, Santiago\nLectura inicial [kWh]: 1140\n"
     "Lectura final [kWh]: 1322\nConsumo eléctrico [kWh]: 182\nTotal: $24.900"),
    ("employment", "employer_letter",
     "Harbor Print & Ship\n210 Lake Street, Tampa, FL\nTo whom it may concern:\nI am "
     "glad to recommend Luis Ortega for the position he is seeking. Luis was an employee "
     "of mine for four years and became a member of my team I could count on. He has a "
     "strong work ethic and would be an asset to any employer.\nMaria Chen, Owner"),
    ("employment", "employer_letter",
     "Brightline Analytics Pvt. Ltd.\nTo Whom It May Concern\nThis is to certify that "
     "Neha Joshi is currently working with us as a Data Analyst Intern. She receives a "
     "monthly stipend, and her main duties are reporting and testing.\nHR Manager"),
    ("residence", "bank_statement",
     "Banco del Caribe\nEstado de cuenta de: ANA PEREZ\nTarjeta de crédito VISA ORO\n"
     "Fecha de corte: 15-03-2023   Fecha límite de pago: 05-04-2023\nLímite de crédito "
     "50,000.00   Balance al corte 1,250.00   Pago mínimo 125.00"),
    ("residence", "utility_bill",
     "JUNTA DE CONDOMINIO RESIDENCIAS EL PARQUE\nAVISO DE COBRO\nApartamento 4-B   "
     "Mes: marzo 2019   Alícuota 1,25 %\nConserje 1.200,00\nMantenimiento de ascensores "
     "800,00\nFondo de reserva 10 % 200,00\nTOTAL A CANCELAR 2.200,00"),
    ("medical", "health_insurance",
     "MEDICARE HEALTH INSURANCE\n1-800-MEDICARE (1-800-633-4227)\nNAME OF BENEFICIARY\n"
     "JANE Q DOE\nMEDICARE CLAIM NUMBER   SEX\n000-00-0000-A   FEMALE\nIS ENTITLED TO   "
     "EFFECTIVE DATE\nHOSPITAL (PART A) 07-01-2016\nMEDICAL (PART B) 07-01-2016"),
    ("employment", "pay_stub",
     "MUNICIPALIDAD DISTRITAL DE SAN ISIDRO\nBOLETA DE PAGO - MES DE MARZO 2024\n"
     "Apellidos y Nombres: QUISPE HUAMAN, ROSA   DNI 41234567   Fecha de Ingreso 01/02/2020"
     "\nCONCEPTOS  INGRESOS  DESCUENTOS  APORTES DEL EMPLEADOR\nRemuneración básica "
     "3,200.00\nAporte obligatorio AFP 320.00\nEsSalud 288.00"),
    ("residence", "lease",
     "LEAVE AND LICENSE AGREEMENT\nThis agreement is made at Pune on 1st April 2023 between "
     "Mr. Sunil Patil, the Licensor, and Mr. Amit Rao, the Licensee, for the flat No. 12, "
     "Shanti Apartments, on leave and license basis for eleven months, at a monthly "
     "compensation of Rs. 15,000 and a deposit of Rs. 50,000."),
    ("community", "support_letter",
     "LETTER OF REFERENCE\n12 March 2024\nI have been asked to provide a reference for "
     "Lina Park, who is applying to your graduate program. I supervised her master's thesis "
     "and found her careful, generous with her classmates and dependable."),
    ("community", "support_letter",  # its capital I read "l", as OCR reads it in a photo
     "To Whom It May Concern\nl have known Samir Haidari for the last four years. He has "
     "been a bright student of ours, always ahead of his classmates.\nSincerely,\n"
     "Asst. Prof. Nadia Karimi"),
    ("employment", "employer_letter",
     "TO WHOM IT MAY CONCERN\nMarch 3, 2024\nThis is to confirm the referenced employee's "
     "status with Contoso Systems Inc.\nEmployee Name: Ms. Dana Ortiz\nPosition: Analyst\n"
     "Date of Hire: 05/02/2018\nAnnual Salary: $61,500.00\nEmployment Status: Permanent\n"
     "This letter is issued at her request as a proof of her employment.\nAuthorized "
     "Signatory"),
    ("residence", "bank_statement",
     "Account Information - Riverbank\nPrinted on: 2024-02-01\nEveryday Savings - 8812\n"
     "Available Balance $4,210.55\nInterest Paid Year to Date: $31.20\nTransaction "
     "History - Last 3 Months\nDate  Description  Debit  Credit  End-of-Day Balance\n"
     "Jan 24, 2024  ACH Electronic Credit  $1,500.00  $4,210.55"),
    ("community", "school_record",
     "UNIVERSIDAD DEL VALLE\nConfiere a:\nMarta Solís Rojas\nEl presente certificado de "
     "agradecimiento como tutora voluntaria, del 2 al 6 de mayo de 2022."),
    ("medical", "health_insurance",  # its fine print lists the identity papers it asks for
     "This card is only for identification and is not an authorization to proceed with "
     "the treatment.\nIn the case of photoless identity cards, acceptable proof of identity "
     "such as Passport / Driver License / Voters ID Card should be presented at hospitals.\n"
     "This identification card is valid at selected Network Hospitals and will enable the "
     "Card Holder to avail cashless hospitalization on the basis of preauthorization.\n"
     "Beneficiary name: Ravi Kumar   Member ID: 5512093   Relation: Self\n"
     "SUNRISE HEALTH INSURANCE TPA PRIVATE LIMITED"),
    ("employment", "pay_stub",  # a Colombian pay slip
     "COMPROBANTE DE PAGO\nANDES SOFTWARE S.A.S.\nNombre: Rosa Mesa   Cargo: Analista\n"
     "Periodo: 1/1/2024 - 1/31/2024   Salario Basico: $4,500,000.0\n"
     "Código  Descripcion  Cantidad  Devengo  Deducido  Neto\n"
     "001050  Salario Básico  30.00  4,500,000.00  4,500,000.00\n"
     "002205  Salud Empleado E.P.S  180,000.00  -180,000.00\n"
     "002210  Pensión Empleado A.F.P.  180,000.00  -180,000.00\n"
     "003300  Retención en la Fuente  0.00\nTOTALES: 4,500,000.00  360,000.00  4,140,000.00"),
    ("community", "volunteer_record",  # a Venezuelan university's community service
     "Coordinación de Cooperación Técnica y Desarrollo Social\n"
     "CERTIFICACION DE CUMPLIMIENTO DE SERVICIO COMUNITARIO\n"
     "NOMBRES Y APELLIDOS DEL ESTUDIANTE: Luis Pérez\nCARNET: 07-12345\n"
     "TITULO DEL PROYECTO: Lectura para niños del barrio\nNOMBRE DEL TUTOR: Ana Ruiz\n"
     "CEDULA: 12345678\nCERTIFICO QUE EL ESTUDIANTE CUMPLIÓ CON LOS OBJETIVOS DEL PROYECTO "
     "POR UN LAPSO DE 120 HORAS.\nFECHA: 11/09/2015"),
    ("none", "identity",  # a civil registry's copy of a birth record
     "República Bolivariana de Venezuela\nRegistro Civil Parroquia Norte\nCERTIFICA, que la "
     "copia que a continuación se transcribe es traslado fiel de su original, bajo el número "
     "09 del Libro de Registros de NACIMIENTOS. Hace constar que le ha sido presentado un "
     "niño por la ciudadana Ana Díaz, domiciliada en la Parroquia Norte, y expuso que el "
     "niño nació el día nueve de noviembre del año dos mil cuatro."),
    ("medical", "medical_record",  # a radiologist's report
     "LAKESIDE RADIOLOGY ASSOCIATES\nRE: Ruiz, Ana; 41 F   Acct #: 000812\nStudy: Brain MRI\n"
     "DOS: 04/29/2021\nClinical History:\nIntermittent headaches.\nTechnique:\nNoncontrast "
     "MRI of the brain in three planes.\nFindings:\nThe ventricles are normal in volume. "
     "There is no evidence of mass lesion.\nImpression:\nNo acute intracranial process."),
    ("employment", "employer_letter",  # a Colombian certificate of employment
     "C E R T I F I C A C I O N\nANDES CONTACT S.A.S., identificado con el NIT 900.087.315-3 "
     "certifica que el señor MIGUEL VARELA, identificado con Cédula de ciudadanía número "
     "80108753, está prestando a esta compañía sus servicios como Consultor, bajo un contrato "
     "de nómina a término indefinido desde el 14 de mayo del 2020, con una asignación mensual "
     "de $1,000,000.00.\nEsta certificación se expide a solicitud del interesado el 31 de "
     "marzo del 2021."),
    ("medical", "health_insurance",  # a Blue Cross card as OCR reads its photo
     "Preferred-Care Blue\nKansas City\nAn Independent Licensee of the\nBive Cross Bive "
     "Shield Association\nHOSPITAL ADMISSIONS REQUIRE PRIOR APPROVAL\nJOHN A DOE\n"
     "YBC999999999 99\nGROUP: 272550000001\n75.00 EMER ROOM\n20.00 OFFICE VISIT\n"
     "BCBSKC RX 1-800-228-1496\nCUST SERV: 816-232-8396"),
    ("medical", "medical_record",  # a microbiology laboratory's culture, printed from a portal
     "URINE CULTURE [550213] Order Status: Completed\nSource: Urine, clean catch\n"
     "Culture FINAL: greater than 100,000 CFU/mL Escherichia coli\nANTIBIOTICS MIC INTRP\n"
     "Ampicillin >=32 R\nCiprofloxacin <=0.25 S\nNitrofurantoin <=16 S\n"
     "S=SUSCEPTIBLE R=RESISTANT"),
    ("medical", "medical_record",  # and a Colombian one's antibiogram, photographed off a screen
     "Tipo de muestra: Orina\nResultado del cultivo: ver microorganismos aislados\n"
     "Microorganismo identificado: Klebsiella pneumoniae\nAntibiograma  Método: MIC\n"
     "Ampicilina >= 32 Resistente\nMeropenem <= 0,25 Sensible\nClínica del Norte - Cali"),
]


@pytest.mark.parametrize(("category", "kind", "text"), CASES)
def test_papers_printed_elsewhere_are_filed_under_their_tab(
        category: str, kind: str, text: str) -> None:
    found = suggest_for_text(text, today=TODAY)
    assert found.category == category and found.confidence >= THRESHOLD, found.reason
    assert found.document_type == kind


def test_a_title_line_names_the_paper_where_no_print_size_says_so() -> None:
    """A born-digital course certificate: its title is a line of its own, and that is
    enough to file it (with the title among other lines, it only leans)."""
    titled = suggest_for_text("Certificate no: UC-118\nCERTIFICATE OF COMPLETION\n"
                              "Cloud Computing Basics\nInstructors Ana Ruiz\nDate Jan. 13, "
                              "2023\nLength 3 total hours", today=TODAY)
    assert titled.category == "community" and titled.confidence >= THRESHOLD
    subject = suggest_for_text(
        "Paris, le 4 juillet 2022\nObjet : Lettre de recommandation\nMadame, Monsieur,\n"
        "J'ai eu l'occasion d'encadrer le travail de Mlle Wided Gmati lors de son stage. "
        "Elle a un excellent esprit d'analyse.\nSignature", today=TODAY)
    assert subject.category == "community" and subject.confidence >= THRESHOLD


def test_a_support_letter_that_names_an_anthem_is_still_a_letter_of_support() -> None:
    """Health insurers' names head their cards, but those that are words too ("an
    anthem") are not taken for an insurer in a letter."""
    letter = suggest_for_text(
        "To whom it may concern:\nIt is with pleasure that I write in support of Mr. Omar "
        "Diaz, a member of our choir for six years, who sings the national anthem at every "
        "community game.\nSincerely,\nAnn Lee", today=TODAY)
    assert letter.category == "community" and letter.confidence >= THRESHOLD, letter.reason


@pytest.mark.parametrize("text", [
    "GUIDE TO IMMUNIZATIONS\nREQUIRED FOR CHILD CARE OR PRESCHOOL\nVaccine  2-3 Months  "
    "4-5 Months\nPolio (OPV or IPV)  1 dose  2 doses\nHepatitis B  1 dose  2 doses\n"
    "INSTRUCTIONS: Parents must submit their child's immunization record as proof. Your "
    "physician or clinic can give the missing doses; a child may be admitted on condition.",
    "Understanding Your Bill\nStatement Issued 02/11/2022  Amount Due $154.25\n"
    "Service Address 123 MAIN ST\nYour meter reading and the kWh you used this period are "
    "shown here, with the gas service charge in therms.",
    "Guía para leer su recibo\nAquí encontrará su consumo en kWh, la lectura anterior y la "
    "lectura actual de su medidor, y el total a pagar.",
    "Brochure\nBrochure: Healthcare Research & Development Board (HRDB)\nIntroduction\n"
    "Through a wide array of medical services, including free healthcare, medicines, and "
    "specialized treatments, HRDB makes healthcare accessible to the needy: specialized "
    "doctor consultations, necessary medications, diagnostic tests and hospital care.",
    "Folleto\nClínica San Rafael\nConsulta médica general, pediatría, laboratorio clínico "
    "y farmacia. Atención a pacientes con o sin seguro médico. ¡Agende su cita hoy!",
    "GUÍA PARA DESCARGAR CURP, ACTA DE NACIMIENTO Y RECIBO DE LUZ (CFE)\n3) DESCARGAR "
    "RECIBO DE LUZ (CFE - Recibo digital)\nRequisitos: número de servicio o contrato "
    "(aparece en tu recibo físico).\nPasos:\n1. Entra al portal oficial de la CFE (busca "
    "“CFE en línea” o “Mi CFE”).\n2. Busca la sección “Recibos / Historial de consumo / Mis "
    "recibos”.\n3. Localiza el recibo que quieres (por mes o año) y selecciona “Descargar”."
    "\nEl número de servicio está en la esquina del recibo. Para obtener un recibo con "
    "formato fiscal (CFDI), contacta a CFE. El acta certificada cuesta $89.00.",
    # An HR department's guide for leaving interns (fresh set 56a), titled "... Guide"
    "Separation Guide\nU.S. Interns\nFrom: Human Resources Service Center\nSubject: "
    "Separation Information\nOn or prior to your last day of work please return to your "
    "manager all company property. If your home address changes prior to the end of the "
    "year, notify the Human Resources Service Center: it will be used for all year-end tax "
    "information (W2). Your final pay advice will show your termination date and the pay "
    "period of your last payroll. For an employment verification after your employment "
    "ends, contact Human Resources.",
    # A health institute's leaflet (fresh set 58b), titled with the question it answers
    "What is Diabetes?\nIn this section\nWhat are the different types of diabetes?\n"
    "Diabetes is a disease that occurs when your blood glucose, also called blood sugar, is "
    "too high. Over time, having too much glucose in your blood can cause health problems: "
    "heart disease, high blood pressure, kidney disease, dental disease. See your doctor "
    "for a diagnosis and treatment.",
    "¿Qué es la diabetes?\nLa diabetes es una enfermedad en la que la glucosa en la sangre "
    "es demasiado alta. Con el tiempo puede causar problemas de salud: presión arterial "
    "alta, enfermedad renal. Consulte a su médico para el diagnóstico y el tratamiento.",
], ids=["immunization-guide", "bill-explained", "recibo-explicado", "brochure", "folleto",
        "guia-larga", "separation-guide", "what-is", "que-es"])
def test_a_paper_that_explains_a_tab_s_papers_is_not_one_of_them(text: str) -> None:
    """A guide to the vaccines a school asks for speaks of doses and physicians, a page
    explaining a bill of meters and kWh: its title says it explains, and it proves nothing.
    Nor does a clinic's brochure, printed for everyone, whatever its words of health."""
    found = suggest_for_text(text, today=TODAY)
    assert found.category == "none", found.reason


@pytest.mark.parametrize("text", [
    "Volunteer Application\nFood Pantry  Mobile Food Pantry  Community Dining Center\n"
    "Name Rosa Diaz  Phone 555-0142\nAddress 12 Elm St, Houston TX\nBest Time to Call "
    "evenings\nWhich programs interest you? Food pantry, clothing closet\nSignature Rosa Diaz",
    "Rental Application\nApplicant: Rosa Diaz  Date of birth 04/12/1985\nPresent address: "
    "12 Elm St, Houston TX  Monthly rent $850  Landlord: Pine Street Apartments\n"
    "Employer: Bright Harbor Cleaning  Monthly income $2,400",
    # A student's application, its long title on its first line (fresh set 56a)
    "Application for Scholarship Bond Deferment or Transfer\nScholarship: NUS Science & "
    "Technology Undergraduate Scholarship\nName: Xiang Shang  Matric/Student No. "
    "A0133890A\nDear scholar,\nUpon graduation, you are required to serve your bond. To "
    "defer your bond for postgraduate studies at a university or school, fill in this "
    "application form.\nDegree: Bachelor of Engineering  Faculty: School of Computing",
], ids=["volunteer", "rental", "scholarship-bond"])
def test_an_application_proves_nothing_of_what_it_asks_for(text: str) -> None:
    """An application to volunteer or to rent, filled in, asks for something: it is none
    of the four tabs' evidence, whatever its words of a pantry, a rent or a landlord."""
    found = suggest_for_text(text, today=TODAY)
    assert found.category == "none", found.reason


def test_a_job_application_stays_with_employment() -> None:
    text = ("Employment Application\nApplicant: Rosa Diaz\nPosition applied for: cook\n"
            "Previous employer: Bright Harbor Cleaning, Houston TX  From 2019 to 2023\n"
            "Job title: cleaner  Supervisor: Ana Lee  Reason for leaving: moved")
    assert suggest_for_text(text, today=TODAY).category == "employment"


def test_the_end_of_a_wrapped_sentence_is_no_title() -> None:
    """A sentence of an employer's letter that wraps, leaving "CRUD-based application."
    alone on a line, does not make the letter an application form: the line above runs on
    into it. The same words as a heading of their own still name an application."""
    letter = ("03 October 2022\nRe: Letter of Recommendation for Mr. Akhil Arora\n"
              "To whomsoever, it may concern,\nIt is to certify that Mr. Akhil Arora has "
              "been working with WebGhat Inc as a Backend Developer Intern from\n01 August "
              "2022 to 01 October 2022. He managed the backend and the database of our "
              "product to design a functional\nCRUD-based application.\nHe has been a "
              "crucial part of our team and has worked on our company's platform.\nWe "
              "wish him the best in his future endeavors.\nRahul Mehta, Founder and CEO")
    found = suggest_for_text(letter, today=TODAY)
    assert (found.category, found.document_type) == ("employment", "employer_letter"), \
        found.reason
    heading = letter.replace("functional\nCRUD-based application.\n", "functional system.\n")
    form = "Volunteer Application\n" + heading.split("\n", 1)[1]
    assert suggest_for_text(form, today=TODAY).category != "employment"


def test_instructions_a_doctor_gives_a_patient_are_still_medical() -> None:
    text = ("Mercy Clinic\nDISCHARGE INSTRUCTIONS\nPatient: Ana Ruiz   Date of visit: "
            "03/02/2024\nDiagnosis: sprained ankle. Rest, ice, and take ibuprofen 400 mg "
            "every 8 hours. Follow up with your physician in one week.")
    assert suggest_for_text(text, today=TODAY).category == "medical"


def test_a_certificate_of_work_is_not_a_letter_of_support_for_its_praise() -> None:
    """An employer's certificate that someone works in its office, with words of praise
    ("hardworking", "good moral character"), is not a community tie."""
    text = ("This to certify that Mr. Adeel Khan holding NIC No. 13101-1970579-3.\n"
            "He is working in my Office Automation Group as a Technician electric works from "
            "02-10-2014 to 01-10-2016. He is a hardworking man. He is a honest man. He is good "
            "Moral Character.")
    assert suggest_for_text(text, today=TODAY).category != "community"


@pytest.mark.parametrize("text", [
    "SUNRISE PHARMACY\n100 Feet Road, Coimbatore\nDate: 29-10-2022\nInvoice To: Ravi Kumar\n"
    "Item  Pack  Qty  Rate  Amount\nAmoxicillin 500 caps  10  2  45.00  90.00\n"
    "Discount 5.00\nSub total 85.00",
    "CONSULTORIO DENTAL SONRISAS\nBoleta de venta electrónica\nFecha de emisión: 21/07/2025\n"
    "Descripción  Cantidad  Precio\nLimpieza dental  1  80.00\nSubtotal 80.00\nIGV 14.40\n"
    "Total a pagar 94.40\nGracias por su compra",
    # an Indian chemist's shop, named as such shops name themselves (fresh set 56a)
    "AJAY MEDICAL AGENCIES\nPatient Name : SUNIL TYAGI\nINVOICE\nSHOP NO.3, LALMARKET, "
    "NOIDA  Sale Type: CASH\nDoctor Name: ECHS\nS.No. QTY PACK Product Description Batch "
    "Exp. Amount\n1 10 1X10 MELATONIN TAB 13.12\n2 30 1X10 SERTRALINE-25 TAB 227.00\n"
    "Discount 125.30\nTotal Qty. : 90.00\nGRAND TOTAL 1708.00",
], ids=["pharmacy-invoice", "dental-office-boleta", "medical-agencies"])
def test_a_bill_a_pharmacy_or_a_clinic_heads_is_medical(text: str) -> None:
    """What the patient paid for care proves the care, though it prints what every
    invoice prints."""
    found = suggest_for_text(text, today=TODAY)
    assert found.category == "medical", found.reason
    assert found.document_type == "medical_claim"


def test_a_restaurant_s_receipt_is_still_none() -> None:
    text = ("CASA LUPITA RESTAURANTE\nBoleta de venta\nFecha: 02/03/2024\nDescripción  Cantidad\n"
            "Almuerzo del día  2  24.00\nSubtotal 24.00\nIGV 4.32\nTotal a pagar 28.32\n"
            "Gracias por su compra")
    assert suggest_for_text(text, today=TODAY).category == "none"


def test_an_invoice_between_companies_that_says_where_to_pay_it_is_none() -> None:
    """A company's tax invoice prints its bank, branch, account and IFSC code for the
    payment: a bank statement's words, which make it no one's proof of address."""
    text = ("TAX INVOICE\nGreenleaf Packaging Pvt Ltd\nGSTIN: 27AABCG1234F1Z5\n"
            "Invoice No: GP/2023/118  Invoice Date: 14-06-2023\nBill To: Orbit Foods Pvt Ltd\n"
            "Description  HSN  Qty  Rate  Amount\nCorrugated boxes  4819  500  12.00  6,000.00\n"
            "CGST 9% 540.00  SGST 9% 540.00\nTotal 7,080.00\nBank Details: State Bank of India"
            "\nBranch: Andheri East  A/c No: 3021 4455 667\nIFSC Code: SBIN0001234\n"
            "Authorised Signatory")
    found = suggest_for_text(text, today=TODAY)
    assert found.category == "none", found.reason


def test_a_brazilian_water_and_sewer_bill_is_a_utility_bill() -> None:
    """A "fatura" is an invoice; a fatura of water and sewer, with its meter and its
    readings, is the home's bill."""
    text = ("Companhia de Saneamento do Vale\nFatura de água, esgoto e serviços\n"
            "Número da conta: 4471203\nJOSÉ CARLOS PEREIRA\nRua das Palmeiras 18, Centro\n"
            "Data de emissão: 09/03/2021   Mês de referência: Mar/2021\n"
            "Vencimento: 24/03/2021\nHidrômetro  Leitura atual  Leitura anterior  Consumo\n"
            "B19X44021  1204  1187  17\nTarifa água - residencial  52,10\nEsgoto  41,68\n"
            "Valor a pagar (R$) 93,78")
    found = suggest_for_text(text, today=TODAY)
    assert found.category == "residence", found.reason
    assert found.document_type == "utility_bill"


def test_an_indian_electricity_bill_is_a_utility_bill() -> None:
    """An electricity bill as Indian distributors print it: it names itself, the consumer
    number, the connected load and the units used."""
    text = ("CITY POWER DISTRIBUTION LTD\nELECTRICITY BILL FOR 04 / 2024\nBill date: "
            "12/04/2024\nConsumer number: 4471209935\nConsumer name: R. Sharma\nTariff: LT-1 "
            "Domestic\nConnected load: 3 kW\nUnits consumed: 212\nAmount payable Rs. 1,482.00")
    found = suggest_for_text(text, today=TODAY)
    assert (found.category, found.document_type) == ("residence", "utility_bill"), found.reason


@pytest.mark.parametrize(("kind", "text"), [
    # A typed rent agreement, its parties, dates and sums filled, prints "[Name & Address]"
    # for its two witnesses: no template saved unfilled.
    ("lease",
     "RENTAL AGREEMENT\nThis rent agreement is made on 10/02/2022 between Mr Arunkumar, the "
     "Lessor, and Mrs Chitra, the Lessee, for the premises at 14 Gandhi Street, Chennai "
     "600041.\nThe monthly rent is Rs. 18,000, paid on or before the 5th of each month. "
     "Security deposit Rs. 1,00,000. Phone 9840012345.\nThe term of the lease is eleven "
     "months from 01/03/2022.\nLessor  Lessee\nWITNESS\n1. [Name & Address]\n"
     "2. [Name & Address]"),
    # A telephone company's bill names its billing month and its services of
    # telecommunication; its "estado de cuenta" and balances are a bill's, not a bank's,
    # and its tax folio does not make it a mere invoice.
    ("utility_bill",
     "TELEFONOS DE MEXICO S.A.B. de C.V.\nTotal a Pagar: $ 642.00\nPagar antes de: "
     "09-MAY-2016  Mes de Facturación: Abril\nTeléfono: (962) 118 3499\nFactura No.: "
     "080616040016936\nJUANA LÓPEZ PÉREZ\n2A AVE NORTE NO 87, COL CENTRO, TAPACHULA "
     "CHIAPAS\nResumen del Estado de Cuenta\nSaldo Anterior 641.00\nSu Pago Gracias "
     "11-Abr-16 - 641.00\nPlanes y Paquetes 389.00\nIVA 16% 62.24\nSaldo al Corte $ 642.00"
     "\nTotal por Servicios de Telecomunicaciones de Telmex $ 642.00\nFolio Fiscal: "
     "FAFD42F9-99A3-478E-BF15-26E8A394F9AB"),
], ids=["lease-with-witnesses-places", "mexican-telephone-bill"])
def test_a_filled_home_paper_is_filed_by_its_kind(kind: str, text: str) -> None:
    found = suggest_for_text(text, today=TODAY)
    assert (found.category, found.document_type) == ("residence", kind), found.reason


@pytest.mark.parametrize(("tab", "text"), [
    ("employment",
     "03/14/2023\nTo Whom It May Concern,\nI am glad to recommend Luis Ortega. He was an "
     "excellent worker and a valued member of our team at Bayside Printing for four years. "
     "During his time with us he ran the press room and trained new staff. I recommend him "
     "without reservation.\nSincerely,\nDana Whitfield\nOperations Manager, Bayside Printing"),
    ("community",
     "June 2, 2022\nTo Whom It May Concern,\nI have known Luis Ortega for ten years as my "
     "neighbor. He is honest and hardworking, helps everyone on our street and is a member "
     "of our church. I recommend him with all my heart.\nSincerely,\nMargaret Olsen"),
    ("employment",
     "Northgate Clinic\n10/02/2023\nTo whom it may concern,\nIt is my pleasure to recommend "
     "Rosa Delgado. She was under my management in the front office for three years and "
     "handled scheduling and billing with great care. Her conduct as an employee was always "
     "exemplary. I recommend her for any position.\nKind regards,\nPaul Meyer\n"
     "Office Manager"),
    ("employment",
     "Monterrey, a 3 de mayo de 2023\nA quien corresponda:\nMe complace recomendar a Jorge "
     "Salas, quien trabajó bajo mi supervisión durante dos años. Es un empleado responsable "
     "y puntual, dispuesto a aprender, y siempre colaboró con sus compañeros. Lo recomiendo "
     "ampliamente.\nAtentamente,\nMarta Ibarra\nJefa de almacén"),
    # A lead developer's recommendation of someone who worked on his game, and a French
    # engineer's of the intern he supervised (two blind papers of 2026-12, in other words).
    ("employment",
     "April 2, 2025\nTo Whom It May Concern,\nI am pleased to write this letter of "
     "recommendation for Omar Haddad, with whom I worked on our mobile app. He was a key "
     "part of our development team: reliable, respectful of deadlines and of his teammates. "
     "I would not hesitate to work with him again and recommend him for any role.\n"
     "Sincerely,\nClaire Dupont\nLead Developer, Brightside Apps"),
    ("employment",
     "Lyon, le 12 juin 2021\nA qui de droit,\nRecommandation\nJ'ai eu l'occasion de "
     "superviser Lucas Martin lors de son stage de fin d'études, pendant six mois. Il a "
     "rempli tous les objectifs fixés et son travail est repris au sein de l'entreprise. "
     "C'est un excellent collaborateur, que je recommande pour tout poste.\n"
     "Marc Leroy\nIngénieur de recherche"),
    # a company's reference for its intern, titled so, with no salutation and no closing
    # (a blind paper of 2026-12, in other words)
    ("employment",
     "Date: 14-05-2024\nNorthwind Analytics\n4th Floor, Tower B, Cyber Park, Pune - "
     "411014\nWeb: www.northwind-analytics.in\n\nLETTER OF RECOMMENDATION\n\nI take "
     "great pleasure in recommending Priya Nair to your esteemed organization. I had a "
     "fine opportunity to evaluate the candidate's abilities, strengths and insight during "
     "the candidate's tenure as an intern at Northwind Analytics from March 2024 to May "
     "2024.\n\nThe candidate has kept a highly consistent level of performance throughout "
     "and has keen insight into the learning process.\n\nI feel that the practical "
     "approach shown demonstrates commitment towards work. I wish the candidate all the "
     "best for the future endeavors.\n\nRahul Mehta\nProgram Director\nEmail: "
     "office@northwind-analytics.in"),
    # a chief executive's reference, called so, and one that tells the hiring and the
    # promotion (two blind papers of 2026-12, in other words)
    ("employment",
     "Letter of Recommendation\nDaniel Okafor\nMarch 4, 2025\nProfessional Reference "
     "Letter\nTo Whom It May Concern:\nI highly recommend Ms. Lucia Ferraro for the Data "
     "Engineering Lead position. As a Data Engineer at Tidewell for 2 years, Lucia showed "
     "exceptional technical skills and leadership, mentoring junior developers and "
     "improving our pipelines. I am confident she would be a valuable asset in any senior "
     "role.\nSincerely,\nDaniel Okafor\nChief Executive Officer\nTidewell"),
], ids=["manager", "neighbour", "office-manager", "jefa", "lead-developer", "stage-fr",
        "intern-titled", "professional-reference"])
def test_a_manager_s_recommendation_is_an_employer_letter_a_neighbour_s_is_support(
    tab: str, text: str
) -> None:
    """A manager's or a colleague's letter of recommendation speaks of the writer's own
    team and of the work: it proves the work, not a community tie. A neighbour's stays a
    letter of support."""
    found = suggest_for_text(text, today=TODAY)
    assert found.category == tab, found.reason


@pytest.mark.parametrize(("tab", "text"), [
    ("employment",
     "Brightwave Systems Pvt. Ltd.\n12 March 2024\nTO WHOM IT MAY CONCERN\nThis is to "
     "certify that Mr. Karthik R (Roll No: 20BME045), pursuing his final year Bachelor of "
     "Mechanical Engineering at Sri Ram College of Technology, successfully completed his "
     "internship in embedded systems with us from 2 January 2024 to 8 March 2024. His "
     "performance during the training was good.\nFor Brightwave Systems Pvt. Ltd.\n"
     "HR Manager"),
    ("employment",
     "Constructora del Valle S.A. de C.V.\nCONSTANCIA\nSe hace constar que la alumna Ana "
     "Torres, estudiante de la Licenciatura en Arquitectura de la Universidad del Norte, "
     "realizó sus prácticas profesionales en esta empresa del 1 de febrero al 31 de julio "
     "de 2023, con un total de 480 horas, en el área de proyectos.\nAtentamente\n"
     "Recursos Humanos"),
    ("community",
     "Department of Computer Science\nSri Ram College of Technology\n5 May 2024\nTo whom "
     "it may concern,\nI am pleased to recommend Karthik R, a student in my classes for "
     "three years. He earned top grades, led our robotics club and found two internships "
     "on his own. I recommend him without reservation for your graduate program.\n"
     "Prof. Meena Iyer"),
    ("employment",
     "Odin Solutions, S.L.\nCalle Palma de Mallorca, 2, 30009, Murcia, España\nFecha: "
     "24/06/2025\nA quien corresponda:\nPor la presente, tengo el gusto de recomendar a "
     "María José Sánchez, quien realizó sus prácticas formativas en nuestra empresa, en el "
     "marco de su formación en programación multiplataforma.\nDurante su estancia con "
     "nosotros demostró ser una persona proactiva, responsable y con una gran capacidad de "
     "trabajo en equipo.\nNo tengo ninguna duda en recomendarla.\nAtentamente,"),
], ids=["company-internship", "practicas-profesionales", "professor-mentions-internships",
        "practicas-formativas-reference"])
def test_a_company_s_certificate_of_an_internship_is_employment(tab: str, text: str) -> None:
    """An internship is work: a company's certificate of one describes the intern by his
    school, words that must not make it a school's paper. A professor's letter that
    mentions internships is still his."""
    found = suggest_for_text(text, today=TODAY)
    assert found.category == tab, found.reason


@pytest.mark.parametrize("text", [
    "Dr. Juan Francisco García Meléndez   Día 14 / 05 / 2025\nMédico veterinario zootecnista\n"
    "Especialista en medicina de perros y gatos\nNombre del paciente: Luna   Edad: 5 años   "
    "Especie: Canino   Peso: 23 kg\nTratamiento: Otiflex C, 2 pulsaciones en cada oído cada 12 "
    "horas por 10 días. Receta: baños cada 2 días con shampoo medicado.",
    "Lakeside Animal Hospital\nPatient: Max (Canine, Labrador)   Owner: Ana Ruiz\n"
    "Date of visit: 03/02/2024\nDiagnosis: otitis. Prescription: Amoxicillin 250 mg twice a "
    "day for 10 days. Rabies vaccine given.\nDr. Lee, DVM",
], ids=["spanish-dog-prescription", "english-animal-hospital"])
def test_a_pet_s_medical_paper_is_none(text: str) -> None:
    """A veterinarian's prescription or visit note is a pet's, not the applicant's: it
    proves no care the case can use, however medical its words."""
    found = suggest_for_text(text, today=TODAY)
    assert found.category == "none", found.reason
    assert found.document_type == "other"


_SHOP_LEASE = (
    "CONTRATO DE ARRENDAMIENTO DE LOCAL DE NEGOCIO\nEn Valencia, a 28 de mayo de 2025\n"
    "REUNIDOS\nLOCALES DEL MEDITERRÁNEO, S.L., con CIF B12345678, domiciliada en Av. de les "
    "Corts Valencianes 28, 46015 Valencia, en adelante LA ARRENDADORA.\nY\nVERDE Y SALUD, "
    "S.L., con CIF B87654321, domicilio social en C/ San Vicente Mártir 120, 46007 Valencia, "
    "en adelante EL ARRENDATARIO.\nMANIFIESTAN:\n1. Que LA ARRENDADORA es propietaria del "
    "local comercial situado en Calle Colón nº 45, planta Baja, 46004 Valencia.\n"
    "Por lo expuesto, las partes ACUERDAN formalizar el presente CONTRATO DE ARRENDAMIENTO "
    "DE USO DISTINTO DE VIVIENDA, con arreglo a las siguientes CLÁUSULAS:\nPRIMERA. La "
    "renta mensual será de 1.800 euros, que EL ARRENDATARIO pagará por meses anticipados. "
    "SEGUNDA. El arrendatario entrega una fianza de dos mensualidades.")


@pytest.mark.parametrize(("text", "tab"), [
    (_SHOP_LEASE, "none"),
    (_SHOP_LEASE.replace("LOCAL DE NEGOCIO", "VIVIENDA").replace("local comercial",
                                                                   "piso")
     .replace("USO DISTINTO DE VIVIENDA", "VIVIENDA HABITUAL")
     .replace("VERDE Y SALUD, S.L., con CIF B87654321, domicilio social en",
              "D. Miguel Álvarez Conejero, con DNI 11223344-F, con domicilio en"),
     "residence"),
], ids=["shop-lease", "home-lease"])
def test_a_lease_of_business_premises_proves_no_residence(text: str, tab: str) -> None:
    """A lease of a shop between two companies (fresh set 59b) is a lease, but of no
    home: it proves nobody's residence. The same lease of a flat does."""
    found = suggest_for_text(text, today=TODAY)
    assert found.category == tab, found.reason


def test_a_prescription_s_list_of_doses_is_medical_in_any_language() -> None:
    """A Vietnamese prescription ("don thuoc") read without its accents says nothing the
    cues know, but its doses say what it is: it is filed as medical."""
    text = ("DON THUOC\nHo ten: NGUYEN HOAI THUONG  NS: 6 tuoi 1 thang (Nam)\nDia chi:\n"
            "Chan doan: Cham Da\nDieu tri:\n1/ Amox Ngot 09 Vien\nSang 1; Trua 1; Chieu 1\n"
            "2/ PRED 5mg (uong sau an) 06 Vien\nSang 2\n3/ Calcikid 06 Ong\n"
            "6/ LysinKid 45 Chai\nSang 5ml; Trua 5ml; Chieu 5ml")
    found = suggest_for_text(text, today=TODAY)
    assert found.category == "medical", found.reason
    assert "doses" in found.evidence


@pytest.mark.parametrize("text", [
    "SREE NARAYANA MEDICAL MISSION\nEDATHALA, ERNAKULAM - 683104  Ph: 0484 2556677\nOP Card\n"
    "OPD No. 95   Visit Date: 14/03/2026\nName: Anitha K   Age: 34 Y  Female\n"
    "Address: Kozhikkal House, Edathala, Ernakulam, Kerala\nOP Unit: General",
    "Smile Studio\nDental Implants | General Dentistry | Teeth Whitening\n"
    "Ph: +91 81081 12511\nAmoxicillin 500, 1 capsule three times a day for 5 days",
    "Consultorio Dr. Pedro Ruiz\nPaciente: Ana Gómez  Fecha: 12/04/2025\n"
    "Omeprazol 20 mg, 1 cápsula en ayunas por 30 días\nIbuprofeno 400, 1 cápsula cada 8 horas",
], ids=["outpatient-card", "dental-clinic-pad", "consultorio-capsulas"])
def test_an_outpatient_card_or_a_clinic_s_prescription_is_medical(text: str) -> None:
    """An out-patient card ("OP Card", "OPD No."), a dental clinic's pad and a doctor's
    practice ("consultorio") prescribing capsules are papers of care, though the doctor's
    hand on them is mostly unread (an Indian hospital's OP card and a dental prescription
    of the blind sets were left for review)."""
    found = suggest_for_text(text, today=dt.date(2026, 6, 1))
    assert found.category == "medical", found.reason


SAT_CONSTANCIA = (
    "SERVICIO DE ADMINISTRACIÓN TRIBUTARIA\nCÉDULA DE IDENTIFICACIÓN FISCAL\n"
    "CONSTANCIA DE SITUACIÓN FISCAL\nRegistro Federal de Contribuyentes\n"
    "RFC: GOMA850312AB1\nCURP: GOMA850312MDFRRN07\nNombre (s): ANA\n"
    "Primer Apellido: GÓMEZ\nDatos del domicilio registrado\nCódigo Postal: 06700  "
    "Tipo de Vialidad: CALLE  Nombre de Vialidad: ORIZABA\nNúmero Exterior: 112  "
    "Nombre de la Colonia: ROMA NORTE  Nombre del Municipio o Demarcación Territorial: "
    "CUAUHTÉMOC\nLugar y Fecha de Emisión: CUAUHTÉMOC, CIUDAD DE MÉXICO A 27 DE FEBRERO "
    "DE 2023")
DIAN_RUT = (
    "FORMULARIO DEL REGISTRO ÚNICO TRIBUTARIO\nHOJA 1\nDIAN\n2. Concepto 01 Inscripción\n"
    "5. Número de Identificación Tributaria (NIT) 1124848674\nIDENTIFICACIÓN\n"
    "24. Tipo de contribuyente: Persona natural\n25. Tipo de documento: Cédula de "
    "ciudadanía\n31. Primer apellido: BURBANO  33. Primer nombre: JHOHAN\nUBICACIÓN\n"
    "38. País: COLOMBIA  39. Departamento: Putumayo  40. Ciudad/Municipio: Mocoa\n"
    "41. Dirección principal: CL 8 7 25 BRR CENTRO\n44. Teléfono 1: 3208139270")


def test_a_tax_office_s_certificate_of_registration_speaks_for_the_address() -> None:
    """Mexico's "constancia de situación fiscal" and Colombia's RUT state the address the
    taxpayer is registered at: two labellers of the blind sets filed them under
    residence (tax records showing the address). The identity number they print
    ("cédula", "CURP") does not make them identity cards: the constancia is filed under
    residence, and the RUT, a form, is left for review with residence as its hint."""
    found = suggest_for_text(SAT_CONSTANCIA, today=TODAY)
    assert found.category == "residence", found.reason
    found = suggest_for_text(DIAN_RUT, today=TODAY)
    assert found.category != "none" and found.best_guess == "residence", found.reason


@pytest.mark.parametrize("text", [
    "MEDICAL CENTRE\n824 14th Street, New York\nNAME Jane Stein  AGE 41\nDATE 09-11-12\n"
    "Betaloc 100m3 - 1 tab BID\nPorzolamicum 10 m3 - 1 tab BID\nCea SO mg - 2 tabs TID\n"
    "De. Steve Jalysen\nsignature\nREFILL 0 1 2 3 4 5 PRN",
    "Shanti Clinic\nName: Ramesh  Age: 52\nT. Metformin 500  1-0-1\nT. Amlodipine 5  0-0-1\n"
    "C. Omez 20  1-0-0 before food",
], ids=["us-rx-pad-misread", "india-1-0-1"])
def test_a_prescription_s_dose_lines_are_read_even_with_their_milligrams_misread(
        text: str) -> None:
    """The doses of a prescription are more than their milligrams, which OCR often
    misreads ("100m3"): tablets taken at once ("1 tab"), how often ("BID", "PRN") and the
    day's pattern ("1-0-1") say it too. A stock photo of a filled US prescription of a
    fresh blind set was left for review."""
    found = suggest_for_text(text, today=TODAY)
    assert found.category == "medical", found.reason
    assert "doses" in found.evidence


def test_a_stray_look_alike_of_a_dose_or_two_makes_no_prescription() -> None:
    """A word processor's "2 tabs" and a match's "1-0-1" look like dose lines; two such
    are no prescription's list (DOSES), and a page's "Tab 1" is none at all."""
    text = ("Club meeting notes\nSet the ruler to 2 tabs before each paragraph.\n"
            "Tab 1: budget, Tab 2: schedule.\nThe final score was 1-0-1 after extra time.")
    found = suggest_for_text(text, today=TODAY)
    assert "doses" not in found.evidence and found.best_guess != "medical", found.reason


COLOMBIAN_CERTIFICATE = (
    "TECCEL MOCOA\nNit. 1113633675-9\nCERTIFICA\nQue el señor JHOHAN BURBANO, identificado "
    "con la cédula de ciudadanía No. 1.124.848.674 expedida en Mocoa Putumayo y residente en "
    "Mocoa, trabajó para esta empresa como Ejecutivo de Ventas desde el día 10 de enero del "
    "2022 hasta el 20 de enero de 2023, caracterizándose por ser una persona honesta y "
    "responsable.\nCertificación que se expide por solicitud de la parte interesada en "
    "Mocoa.\nSIGIFREDO ROMERO BASTIDAS\nRepresentante legal")


def test_a_company_s_certificate_that_he_worked_for_it_is_an_employer_s_paper() -> None:
    """A Colombian company certifies that a man "trabajó para esta empresa" as a
    salesman, naming him by his cédula in its sentence (a fresh blind set's, filed as an
    identity card by that word): the card that names him makes no identity card of it,
    and working for the company makes it the employer's paper."""
    found = suggest_for_text(COLOMBIAN_CERTIFICATE, today=TODAY)
    assert found.category == "employment", found.reason
    assert "worked for this company" in found.evidence


@pytest.mark.parametrize("text", [
    "Mexicali, Baja California, México\na 8 de Enero de 2024\nA quien corresponda:\n"
    "Por medio de la presente hago de su conocimiento que Limbert Molina laboró en "
    "la empresa de octubre del 2023 a enero del 2024, como practicante en el área de "
    "Desarrollo, donde demostró mucho profesionalismo en sus actividades asignadas.\n"
    "Por lo anterior es que me permito recomendarlo para laborar en su empresa.\n"
    "Atentamente\nIng. Luis Gerardo Ibarra\nCEO Mexicali Systems",
    "Valencia\n17/05/2024\nA quien corresponda,\nPor medio de la presente, me permito "
    "recomendar al Sr. Jorge Gala, quien se ha desempeñado como becario en nuestra empresa "
    "desde 04/03/2024 hasta 17/05/2024. Jorge ha demostrado ser una persona responsable.\n"
    "Sus habilidades incluyen: desarrollo con Angular, trabajo efectivo en equipo.\n"
    "Atentamente,\nAntonio Fernández\nJefe de Equipo",
], ids=["laboro-en-la-empresa", "se-ha-desempenado-como-becario"])
def test_a_reference_that_he_worked_in_the_company_is_an_employer_s_paper(text: str) -> None:
    """"Laboró en la empresa" as an intern, or "se ha desempeñado como becario en nuestra
    empresa": a company's reference, whatever skills it lists, is the employer's paper."""
    found = suggest_for_text(text, today=TODAY)
    assert found.category == "employment", found.reason


def test_a_person_named_by_his_cedula_in_a_sentence_makes_no_identity_card() -> None:
    """"Identificado con la cédula No. …" names the person who signs a declaration; the
    paper is no identity card."""
    text = ("DECLARACIÓN JURADA\nYo, Carlos Ruiz, identificado con la cédula de ciudadanía "
            "No. 79.555.123, declaro bajo juramento que tengo conocimientos de programación "
            "en Python y Java y de administración de bases de datos.\nBogotá, 3 de marzo de "
            "2024")
    found = suggest_for_text(text, today=TODAY)
    assert found.document_type != "identity" and "cedula" not in found.evidence, found.reason


def test_a_laboratory_s_units_are_not_doses() -> None:
    """"92 mg/dL" is a result, not a dose: a laboratory's report stays a medical record."""
    text = ("Laboratorio Clínico Santa Fe\nPaciente: María López\nResultados\n"
            "Glucosa 92 mg/dL\nColesterol 180 mg/dL\nTriglicéridos 140 mg/dL\n"
            "Creatinina 0.9 mg/dL")
    found = suggest_for_text(text, today=TODAY)
    assert found.document_type != "treatment"



def test_a_drink_s_size_is_not_a_dose() -> None:
    """A bar's list of bottles in millilitres is a menu's, not a prescription's."""
    text = ("BEBIDAS\nCERVEZA BOTELLA\n- Corona 355ml 4.00€\n- Pacífico 355ml 4.50€\n"
            "- Modelo Especial 355ml 4.50€\n- Cerveza sin alcohol 333ml 3,50€\n"
            "REFRESCOS\n- Coca Cola 330ml 3,00€")
    found = suggest_for_text(text, today=TODAY)
    assert found.best_guess != "medical", found.reason


@pytest.mark.parametrize("text", [
    "CH37 SA DE CV DE RL\nRecibo de Nómina\nNombre  RFC  Fecha\nDepartamento  Salario\n"
    "Percepciones  Deducciones\nSueldo\nISR\nIMSS\nNeto a pagar\nFirma del empleado",
    "RENT RECEIPT\nReceived with thanks from ............................\nthe sum of Rs. "
    "..................... towards the rent for the month of ..............\n"
    "Advance Rs. ..........  Balance Rs. ..........\n(Signature of Property Owner)",
    # a company's pay slip left as its template: every sum nought
    "NORTHWIND SOLUTIONS PVT LTD\nPay Slip for the month of\nName  Department\nEmp ID  "
    "Designation\nEarnings  Deductions\nBasic Salary  Rs. 0  Provident Fund  Rs. 0\n"
    "HRA  Rs. 0  TDS  Rs. 0\nGross Earnings  Rs. 0  Gross Deductions  Rs. 0\n"
    "Net Payable Salary  $0.00",
], ids=["payslip-template", "rent-receipt-book-page", "sums-nought"])
def test_a_blank_form_of_a_sum_of_money_is_none(text: str) -> None:
    """A pay stub or a rent receipt with no amount and no date filled in is a blank form:
    it proves nothing, and it is not filed under a tab; the user is told why."""
    found = suggest_for_text(text, today=TODAY)
    assert found.category == "none", found.reason
    assert found.document_type == "blank_form"
    assert "blank form" in found.reason


@pytest.mark.parametrize("text", [
    # amounts as a spreadsheet leaves them ("2000.0", "304.1875")
    "PAYSLIP    March/2024\nEmployee Name  Kofi Mensah\nPosition  Accountant\n"
    "Basic Salary  2000.0\nAllowance  500\nGross Salary  2500.0\n"
    "Taxable Income  2362.5\nDEDUCTIONS\nP.A.Y.E  304.1875\n"
    "Net Amount Payable to Staff  1958.3125",
    # sums named, bare: "Net Salary 15000"; its month ("December - 2024") is no date read
    "210-211, Rudram Icon, Gota, Ahmedabad-382481\nPay Slip : December - 2024\n"
    "Name   Vaidik Patel\nID   001\nDesignation   Process Associate\n"
    "Net Salary   15000\nIncentive Pay   8000\nGross Salary   23000\n"
    "Amount in Words   Twenty Three Thousands\nEmployer Signature",
    # a sum written by hand, misread ("+0,000" for "70,000"), is still a sum
    "RENT RECEIPT\nReceived a sum of INR +0,000 per month (in words Seventy Thousand only) "
    "from Mr. S. Gangadharan towards rent of the premises for the period from April 2024 "
    "to May 2024\nSignature of the Land Lord",
], ids=["one-decimal", "named-bare-sums", "misread-hand-sum"])
def test_a_pay_slip_whose_amounts_have_no_currency_is_not_blank(text: str) -> None:
    """Amounts with no currency sign, on a pay slip with no date the assistant reads,
    are amounts filled in all the same: the pay slip is no blank form; so is a rent
    receipt's sum written by hand and misread."""
    found = suggest_for_text(text, today=TODAY)
    assert found.document_type != "blank_form", found.reason
    assert found.category in ("employment", "residence"), found.reason


PAY_SLIP_NO_SUMS = ("Salary Slip\nMonth: Jan-23\nEmployee Name: PRATIK OVHAL\n"
                    "Designation: Jr Quality Analyst\nTotal Working Days: 31\n"
                    "Particulars  Basic  HRA  Conveyance  PF  Professional Tax")


def test_a_pay_slip_filled_in_on_its_picture_is_not_blank() -> None:
    """Its words show no amount and no date read, as a blank pay slip's would; its
    picture shows its places filled in."""
    blank = suggest_for_text(PAY_SLIP_NO_SUMS, today=TODAY)
    assert blank.document_type == "blank_form"
    found = suggest_for_text(PAY_SLIP_NO_SUMS, today=TODAY, places=Slots(empty=0, filled=6))
    assert found.category == "employment", found.reason


@pytest.mark.parametrize(("places", "blank"), [
    (Slots(empty=5, filled=0), True), (Slots(empty=3, filled=2), True),
    (Slots(empty=4, filled=3), False), (Slots(empty=2, filled=0), False), (None, False)])
def test_a_paper_whose_places_to_fill_in_are_mostly_empty_is_a_blank_form(
    places: Slots | None, blank: bool,
) -> None:
    """A prescription pad's printed words are a doctor's; left blank, its places to fill
    in (``core.form_slots``) are empty, and it proves no treatment."""
    text = ("Sunrise Family Clinic\nDr. Maria Lopez, Internal Medicine\nPrescription\n"
            "Patient Name:\nDate of Birth:\nDiagnosis:\nMedication:\nDose:\nSignature:")
    found = suggest_for_text(text, today=TODAY, places=places)
    if blank:
        assert (found.category, found.document_type) == ("none", "blank_form")
        assert "blank form" in found.reason
    else:
        assert found.category == "medical", found.reason


def test_a_pad_printed_twice_on_a_sheet_is_blank_though_its_letterhead_numbers_repeat() -> None:
    """A Mexican doctor's pad of fresh set 56c, two to a sheet: each half prints the
    doctor's two licence numbers ("Ced. Prof."), four long numbers in all. They are the
    letterhead's, not values filled in: two different ones, so the pad left blank is no
    prescription."""
    half = ("RECETA\nDR. ANGEL ROBERTO ARAGON PAYAN\nMEDICO CIRUJANO CED. PROF. 4463108\n"
            "MEDICINA FAMILIAR CED. PROF. 7587744\nNOMBRE:\nFECHA Y HORA:\nEDAD:\n"
            "TRATAMIENTO\nAlergias:\nSU PROXIMA CITA:\n")
    found = suggest_for_text(half + half, today=TODAY, places=Slots(empty=14, filled=6))
    assert (found.category, found.document_type) == ("none", "blank_form"), found.reason
    filled = half + "Paciente: Rosa Medina\nFecha 12/03/2024\nrosa.medina@correo.mx\n"
    found = suggest_for_text(filled + half, today=TODAY, places=Slots(empty=14, filled=6))
    assert found.category == "medical", found.reason


def test_a_form_filled_in_a_table_is_not_blank_for_its_empty_places() -> None:
    """A provident fund declaration filled in a table whose labels have no colons: the
    places with colons (a previous employer's, the date and place) are empty, but the
    values a person fills in are there: a birth date, an e-mail address, an account."""
    text = ("EMPLOYEES' PROVIDENT FUND ORGANISATION\nDeclaration by a person taking up "
            "employment\nName of the member  AMRUTA CHAVAN\nDate of Birth (DD/MM/YYYY) "
            "11/10/1995\nEmail ID: chavan.a11@gmail.com\nMobile No: 7208827967\n"
            "Previous PF Account number:\nDate of exit from previous employment:\n"
            "Bank Account No. & IFS Code 154701524388 / ICIC0001547\nDate:\nPlace:")
    found = suggest_for_text(text, today=TODAY, places=Slots(empty=6, filled=4))
    assert found.document_type != "blank_form", found.reason


def test_a_car_s_rental_agreement_is_no_lease() -> None:
    text = ("Rental Agreement\nVehicle: Honda Civic\nPickup Place: Berlin\n"
            "Dropoff Place: Berlin\nPickup Date: 2023-02-12\nDropoff Date: 2023-02-14\n"
            "Renter Information\nName: Jan Kowalski\nPhone: 123456789\nAddress: Hauptstr. 4")
    found = suggest_for_text(text, today=TODAY)
    assert found.category == "none", found.reason


def test_a_filled_rent_receipt_is_still_residence() -> None:
    text = ("RENT RECEIPT\nReceived with thanks from Ravi Kumar the sum of Rs. 12,000.00 "
            "towards the rent for the month of May 2024\n(Signature of Property Owner)")
    found = suggest_for_text(text, today=TODAY)
    assert found.category == "residence", found.reason


# Papers of four blind sets of real papers (2026-12) that were filed wrong or left for
# review, written here in their own words: a Mexican public body's order sending its
# employee on a task ("oficio de comisión"), signed by the immediate superior, is
# employment though the body is a school; a village officer's character certificate
# (South Asia) tells the person's conduct where they live, as a letter of support does; a
# certificate of taking part in a community's event, as OCR read one (its title broken
# over two lines); a menu from Spain, by its starters ("entrantes") and its prices.
SEEN_BLIND = [
    ("employment",
     "INSTITUTO TECNOLÓGICO SUPERIOR DE LA SIERRA NEGRA\nOFICIO DE COMISIÓN\n"
     "No. De Oficio de Comisión 022/2021\nFecha de Expedición: 16 noviembre 2021\n"
     "COMISIONADOS: JOSÉ ARTURO BUSTAMANTE LAZCANO\nDE LA MANERA MÁS ATENTA, LE COMUNICO A "
     "USTED QUE DEBERÁ LLEVAR A CABO LA SIGUIENTE COMISIÓN\nOBJETO O TRABAJO A DESEMPEÑAR: "
     "PARTICIPAR COMO INSTRUCTOR EN EL TALLER DEL CONGRESO DE INFORMÁTICA 2021\n"
     "JEFE INMEDIATO\nJEFE DE DIVISIÓN DE INGENIERÍA EN SISTEMAS\nRecursos Humanos"),
    ("community",
     "CHARACTER CERTIFICATE\nGrama Niladhari Division: KN/63\nDate: 2025-03-23\n"
     "TO WHOM IT MAY CONCERN,\nThis is to certify that Nimal Perera, holder of National "
     "Identity Card No. 851234567V, residing at 14 Temple Road, has been a resident of this "
     "division for the past 5 years.\nDuring this period, his conduct and behavior have been "
     "exemplary, and there have been no known records of involvement in unlawful "
     "activities.\nGrama Niladhari"),
    ("community",
     "CERTIFICATE\n\nUT of participation\nWE ARE PROUDLY PRESENT THIS TO\nName: Asha Verma\n"
     "Email: asha.verma@example.com\nDate of Activity: 2024-03-06\nType of Activity: Coding\n"
     "Description: Hackathon Winner\nWE GIVE THIS CERTIFICATE BECAUSE THE ABOVE MENTIONED\n"
     "CANDIDATE HAS PARTICIPATED IN A SOCIAL EVENT THAT\nUDDESHYA ORGANIZES.\n"
     "Ravi Gupta Meera Shah\nPresident Vice President"),
    ("none",
     "Calle Melchor Fernández Almagro 50\n28029 Barrio del Pilar\nTel. +34 637 23 58 65\n"
     "www.elchilartaqueria.es\nwww.facebook.com/elchilartaqueria.brand\nENTRANTES\n"
     "GUACAMOLE con totopos 10,50€\nGUACAMOLE 7.20€\nNACHOS:\n- Ternera, frijoles, queso, "
     "pico de gallo y jalapeños 9.50€\n- Chorizo, frijoles, queso, pico de gallo y jalapeños "
     "9.50€\nCAZUELA DE QUESO FUNDIDO:\n- Champiñones 7,80€\n- Chorizo 7,80€\n"
     "- Flor de Calabaza 7,80€"),
    # A French bank's monthly statement (fresh set 59a), its fee line "TVA" an invoice's word
    ("residence",
     "CAISSE DE CREDIT MUTUEL HAZEBROUCK\n2 PLACE DU GENERAL DE GAULLE 59190 HAZEBROUCK\n"
     "M BENJAMIN PILLIEZ\n122 RUE DE L EGALITE\n59160 LILLE\nRELEVE ET INFORMATIONS "
     "BANCAIRES Caisse 02710\n30 juillet 2021\nC/C EUROCOMPTE CONFORT N° 00039224002 en "
     "euros TITULAIRE(S) : M BENJAMIN PILLIEZ\nDate Date valeur Opération Débit EUROS "
     "Crédit EUROS\nSOLDE CREDITEUR AU 30/06/2021 1.818,73\n01/07/2021 01/07/2021 VIR DE "
     "M BENJAMIN PILLIEZ 1.408,00\n02/07/2021 02/07/2021 PAIEMENT CB 0107 LYON 1.408,94\n"
     "PURE GESTION LOC CARTE 66481772\n06/07/2021 06/07/2021 PRLV SEPA PAYPAL (EUROPE) "
     "S.A.R 27,03\n07/07/2021 01/07/2021 F COTIS EUC.CONFORT 7,97\n10/07/2021 10/07/2021 "
     "ECH PRET CAP+IN 02710 392240 05 109,28\n12/07/2021 12/07/2021 PAIEMENT CB 1007 LA "
     "MOTTE SER 285,00\nCONFORAMA MP CARTE 66481772\nInformation sur la protection des "
     "comptes : www.garantiedesdepots.fr\nCAISSE DE CREDIT MUTUEL HAZEBROUCK, Société "
     "coopérative de crédit à capital variable\nCotisation carte 4,20 dont TVA 0,70"),
    # A home's landline and broadband bill (fresh set 60b), which calls itself a "Tax
    # Invoice", as every Indian bill does
    ("residence",
     "FIXEDLINE AND BROADBAND SERVICES\nOriginal Copy for Recipient provided by Bharti "
     "Airtel Limited- Tax Invoice\nBilling Details\nMr Abhishek Sharma\n1st Floor, Pawan "
     "Niwas, Oakwood Place Jaakhu, Shimla, Himachal Pradesh 171001  Bill NO "
     "HT2402I000079267\nBill Period 17 Jul 2023 - 16 Aug 2023\nBill Date 18 Aug 2023\n"
     "Email ID aspragmatic@gmail.com  Ship to State Code 02  Place of Supply Himachal "
     "Pradesh\nXstream Fibre ID 017747430386_dsl\nLandline No 01774019011\nOpening "
     "Balance (A)\nTotal Recharges (B)\nTotal Adjustments (C)\nAmount Payable Rs. 1,179.82"),
]


@pytest.mark.parametrize(("category", "text"), SEEN_BLIND,
                         ids=["oficio-de-comision", "character-certificate",
                              "certificate-of-participation", "menu-from-spain",
                              "releve-bancaire", "airtel-broadband"])
def test_papers_of_the_blind_sets_are_filed_under_their_tab(category: str, text: str) -> None:
    found = suggest_for_text(text, today=TODAY)
    assert found.category == category, found.reason


def test_a_car_s_lease_from_a_dealer_is_a_vehicle_paper_not_a_home_s() -> None:
    """A dealer's vehicle lease says "lease agreement" and "lessee" as a home's does, but
    it proves no residence (a blind paper of 2026-12, in other words)."""
    text = ("VEHICLE LEASE AGREEMENT AND DISCLOSURE STATEMENT\nNorthside Motors Inc.  Dealer "
            "Reg. No. 4471\nLESSEE: Carlos Mendes  2210 Oak Street, Apt 4\nTerms of this "
            "lease: 48 months\nVehicle MSRP $38,500.00\nEstimated residual value $17,200.00\n"
            "Maximum kilometres during the term: 80,000  Excess kilometre charge $0.12\n"
            "Periodic lease payment $412.60\nAmount due on delivery $1,500.00")
    found = suggest_for_text(text, today=TODAY)
    assert found.category == "none", found.reason
    assert found.document_type == "vehicle"


def test_a_company_s_letter_that_its_employee_works_there_is_not_a_letter_of_support(
) -> None:
    """Titled a letter of recommendation, it certifies that the person works there and
    how: the employer's, not a community's (a blind paper of 2026-12, in other words)."""
    text = ("BRIGHT HOME SUPPLIES LLC\nLetter of Recommendation\nThis letter is issued to "
            "Nino Beridze to certify that since 01.03.2021 she works as a sales assistant "
            "at Bright Home Supplies LLC.\nShe performs the work assigned to her carefully and "
            "never had an attendance issue. She will be a great asset to every company.\n"
            "Position of referral: Store Manager\nDate: 10.04.2023")
    found = suggest_for_text(text, today=TODAY)
    assert found.best_guess == "employment", found.reason
    assert found.category != "community"


@pytest.mark.parametrize(("tab", "text"), [
    ("medical", "Ng\nMedical Certificate\nTO WHOMSOEVER IT MAY CONCERN\nIS/WAS UNDER MY "
                "TREATNENT SINCE\nsak i Serene"),
    ("medical", "FAMILY PHYSICIAN & CONSULTANT\nDR. ANIL SHAH\nMob.: 9123456780  Timing: "
                "10:00 am to 3:00 pm"),
    ("employment", "CERTIFICATE OF APPRECIATION\nis proudly presented to\nAhmed Khan\non his "
                   "outstanding work performance for\nEMPLOYEE OF THE QUARTER\n"
                   "Q3 2021   Chief Executive Officer"),
    ("medical", "CITY MEDICAL COLLEGE HOSPITAL\n(Affiliated to the State University)\n"
                "PROGRESS REPORT\nPatient Name: ...... Age: ... Bed No: 14  UHID: 2231\n"
                "DATE & TIME  PROGRESS NOTES  TREATMENT/ADVICE\nc/o fever x2 days ~ Tab PCM"),
    # a university club thanks its project lead, whatever systems its projects were about
    # (a vehicle registration check) and a résumé's words of skills and experience
    ("community", "LETTER OF APPRECIATION\nKarthikeya Sachin\nIt is with immense pride and "
                  "appreciation that we, the Smart Systems Club of GITAM University, present "
                  "this Letter of Appreciation to Karthikeya Sachin for his outstanding "
                  "service as the Software Project Lead during the academic year 2024-2025.\n"
                  "His contributions span solutions such as a Recognition-based Attendance "
                  "System, Vehicle Registration Authentication and an Event Management "
                  "Portal, built with his skills in education technology and his experience "
                  "of leading a team.\nWe wish him the very best in his future endeavors."),
], ids=["medical-certificate", "family-physician-letterhead", "employee-of-the-quarter",
        "ward-progress-report", "club-letter-of-appreciation"])
def test_a_paper_whose_printed_part_names_its_kind_is_filed(tab: str, text: str) -> None:
    """A doctor's certificate or note written by hand under a printed heading, an
    employer's award, a ward's progress notes under a university hospital's heading (not a
    school's progress report) and a club's letter of appreciation: the printed words
    alone say which tab (blind papers of 2026-12, in other words)."""
    found = suggest_for_text(text, today=TODAY)
    assert found.category == tab, found.reason


def test_a_professor_s_letterhead_is_not_a_doctor_s_pad() -> None:
    """"Dr." heading a letter is a doctor's pad, unless the doctor is a professor (a blind
    paper of 2026-12, in other words): his recommendation of a student is filed as a
    community paper, not left for review as a medical record."""
    text = ("Department of Civil Engineering\n   National Institute of Technology\n"
            "Dr. Ramesh K. Iyer                      Email: riyer@example.edu\n"
            "Professor                               Tele: +91 44 2257 0000 (O)\n"
            "To                                               3rd Mar 2024\n"
            "Incharge, Internships\n"
            "Subject: Recommendation letter for Ms. Priya Nair\nDear Sir/Madam,\n"
            "It is my pleasure to write this letter of recommendation for Ms. Priya Nair who "
            "has applied for an internship at your place. I know Priya since about one year "
            "when she was a student in my course.\nI have a positive impression about Priya. "
            "Her regularity in attendance has yielded positive results, and she will be a "
            "genuine contributor as a team-member.\nDr. Ramesh K. Iyer")
    found = suggest_for_text(text, today=TODAY)
    assert found.category == "community", found.reason


# Certificates of courses adults took (a diplomado of 120 hours, a first-aid course, an
# online course, a teacher's workshop, continuing medical education), once filed under
# community as the people who labelled our first sets did; those of later sets each
# doubted such a paper (a community tie, a worker's training or nothing), and filed six of
# nine otherwise.
ADULT_COURSES = [
    "Universidad Autónoma del Sur\nOtorga el presente\nDIPLOMA\na Geovanny Hernández Juárez "
    "por haber acreditado el Diplomado en Educación Financiera, con una duración de 120 "
    "horas.\nCiudad de México, noviembre de 2023",
    "El Instituto de Formación Comunitaria otorga la presente constancia a\nJosé Pérez\n"
    "Por haber concluido el curso a distancia Primeros auxilios, con una duración de 20 "
    "horas.\nGuadalajara, 3 de mayo de 2021",
    "Instituto Tecnológico de Oaxaca\nOtorga la presente CONSTANCIA a\nRosa Martínez "
    "López\npor su asistencia al curso Introducción a la Programación, impartido del 4 al "
    "8 de julio de 2022, con una duración de 25 horas.\nOaxaca, 15 de julio de 2022",
    "CONSTANCIA\nOtorgada a: Julio César Ramos\nPor haber participado en el Taller de "
    "Primeros Auxilios, con una duración de ocho horas lectivas.\nNo. de folio: 2231\n"
    "Lima, 10 de mayo de 2024",
    "Instituto Tecnológico de la Costa\nJUAN PÉREZ LUNA\nPOR HABER IMPARTIDO EL CURSO "
    "TALLER\nREDES DE COMPUTADORAS\nA docentes del plantel, del 3 al 28 de junio, con "
    "una duración total de 40 horas",
    "Mar 2, 2023\nAna Ruiz\ncompletó con éxito\nIntroducción a la estadística\nun curso "
    "en línea sin crédito ofrecido por la Universidad Abierta",
    "Certificamos para os devidos fins que\nAna Paula Souza\nconcluiu com êxito a "
    "participação no treinamento sobre\nPrimeiros Socorros\nem 3 de março de 2023.\n"
    "Carga horária: 4 horas.",
    "La Secretaría de Educación Pública y la Fundación Aprende otorgan la presente\n"
    "Constancia\na ELENA TORRES RUIZ\npor haber aprobado el curso Lectura en voz alta\n"
    "con una duración de 40 horas.\n2021",
    # a course for professionals: its topic is medicine
    "Lakeview University School of Medicine certifies that\nRosa Delgado, BS\nhas "
    "participated for 3.00 hours in the course titled\nNutrition and Health in Pregnancy\n"
    "on 04/12/2023\nIn support of improving patient care, Lakeview Medicine is accredited "
    "to provide continuing education for the healthcare team.\nJohn Park, MD\n"
    "Associate Dean for Continuing Medical Education",
    # a certificate of taking part in a course, with no hours
    "La Dirección General del Bachillerato\nOtorgan la presente\nCONSTANCIA\na Laura "
    "Méndez Ortiz\nPor su participación en el curso \u201cPrimeros pasos en la docencia "
    "digital\u201d\nDirector / Responsable\nCiudad de México, 3 de marzo de 2025",
    # a Spanish foundation's course certificate
    "FUNDACION ADECCO\nFundación Adecco certifica que\nSILVIA SÁNCHEZ VARGAS\ncon DNI: "
    "Y9093411F\nha superado con éxito el curso de\nFundamentos de Programación\n"
    "Duración del curso  Fecha de finalización\n30 horas  20/11/2023\nCoordinadora",
    # an online school's university course, its modules listed as its study plan
    "Aula Sur E-Learning, considerando que\nD./Dña. MARTA LÓPEZ RUIZ\nha cursado y "
    "superado con aprovechamiento las asignaturas del Curso Universitario \"Primeros "
    "auxilios en la escuela\", con una asignación de 6 créditos ECTS (150 horas), expide "
    "el presente CERTIFICADO en convenio con la Universidad del Norte.\nGranada, a 25 de "
    "febrero de 2024\nPROGRAMA\nDESCRIPCIÓN DE LOS MÓDULOS DEL PLAN DE ESTUDIOS\n"
    "1. Qué debo saber\n2. Cómo actuar",
]


@pytest.mark.parametrize("text", ADULT_COURSES)
def test_an_adult_s_course_certificate_is_left_for_the_user_as_one(text: str) -> None:
    """A course an adult took is no child's school record: whether the applicant's
    education goes under community or stays out is the user's call (labellers split on
    it), so it is neither filed under a tab nor put aside as proving nothing."""
    found = suggest_for_text(text, today=TODAY)
    assert (found.category, found.document_type) == (None, "course"), found.reason
    assert found.best_guess == "community"
    assert found.reason == ("Needs your review. It is a course's certificate: file it under "
                            "Community to show the applicant's education, or leave it out.")


def test_a_paper_that_only_speaks_of_courses_taken_is_left_for_the_user() -> None:
    """A teacher's evaluation lists the diplomados and trainings taken; it certifies no
    course, and is no course certificate (a real one was filed under none as one)."""
    text = ("Instituto Tecnológico Superior de la Sierra\nEvaluación Departamental del "
            "Personal Docente\nSemestre Agosto - Diciembre 2020\nDocente: María Gómez "
            "Ruiz\nDepartamento de Ingeniería en Sistemas\nActividades de capacitación: "
            "Diplomado en Formación de Tutores; Diplomado en Recursos Educativos en "
            "Ambientes Virtuales\nNivel de desempeño docente: Excelente\nUniversidad "
            "Tecnológica, licenciatura en informática")
    found = suggest_for_text(text, today=TODAY)
    assert found.category is None and found.document_type != "course", found.reason


@pytest.mark.parametrize("text", [
    # a Brazilian technical school's report card, its subjects' hours listed
    "Instituto Federal de Educação\nBOLETIM DE NOTAS INDIVIDUAL\nAluno(a): Gustavo Souza\n"
    "Curso Técnico em Informática\nPeríodo letivo 2018/2\nDisciplina  C.H.  Nota  Faltas\n"
    "Algoritmos  45 horas  8,5  2\nMatemática  60 horas  7,0  4\nSituação: Aprovado",
    # a Venezuelan high school's certificate of grades
    "República Bolivariana de Venezuela\nCertificación de calificaciones\nPlan de estudio: "
    "Educación Media General\nUnidad Educativa Colegio Padre Victor Iriarte\nEstudiante: "
    "Luis Pérez\nCastellano 03 horas 18\nMatemática 03 horas 16\nPunto Fijo, 19 de julio "
    "de 2021",
])
def test_a_report_card_that_lists_its_subjects_hours_is_a_school_record(text: str) -> None:
    found = suggest_for_text(text, today=TODAY)
    assert (found.category, found.document_type) == ("community", "school_record"), \
        found.reason


def test_a_certificate_of_community_service_hours_is_still_community() -> None:
    """Hours of a course make it doubtful; hours of service to the community do not."""
    text = ("City Volunteer Center\nCertificate of Community Service\nThis certifies that Omar "
            "Haddad completed 40 hours of volunteer service at the Eastside Food Bank between "
            "March and June 2024.\nCoordinator: Lisa Grant")
    found = suggest_for_text(text, today=TODAY)
    assert found.category == "community", found.reason


BLANK_W2 = ("a Employee's social security number  OMB No. 1545-0008\n"
            "b Employer identification number (EIN)  1 Wages, tips, other compensation  "
            "2 Federal income tax withheld\n"
            "c Employer's name, address, and ZIP code  3 Social security wages  "
            "4 Social security tax withheld\nName\nStreet\nCity  State  ZIP Code\n"
            "5 Medicare wages and tips  6 Medicare tax withheld\nd Control number\n"
            "e Employee's first name and initial  Last name  Suff.\n"
            "f Employee's address and ZIP code\n15 State  Employer's state ID number  "
            "16 State wages, tips, etc.  17 State income tax\n"
            "Form W-2 Wage and Tax Statement 2013\n"
            "Copy B-To Be Filed With Employee's FEDERAL Tax Return.")


@pytest.mark.parametrize("places", [None, Slots(empty=4, filled=5)])
def test_a_w2_that_shows_no_amount_is_a_blank_form(places: Slots | None) -> None:
    """A W-2 as the tax office hands it out prints its tax year and its boxes' labels,
    and no sum: it proves no wages, however many of its labels read as filled."""
    found = suggest_for_text(BLANK_W2, today=TODAY, places=places)
    assert found.category == "none" and found.document_type == "blank_form", found.reason
    assert found.date is None


def test_a_w2_filled_in_is_employment() -> None:
    """The same form with its sums is evidence of the year's wages."""
    filled = BLANK_W2.replace("1 Wages, tips, other compensation",
                              "1 Wages, tips, other compensation 38,512.40").replace(
        "2 Federal income tax withheld", "2 Federal income tax withheld 3,204.10")
    found = suggest_for_text(filled, today=TODAY)
    assert found.category == "employment" and found.document_type == "w2", found.reason


def test_a_w2_whose_boxes_hold_plain_numbers_is_filled_in() -> None:
    """Payroll software prints a W-2's sums with no sign and no cents ("187000"): the
    wages are there all the same, and the form is the year's evidence of them."""
    filled = BLANK_W2.replace("1 Wages, tips, other compensation",
                              "1 Wages, tips, other compensation\n187000\n").replace(
        "2 Federal income tax withheld", "2 Federal income tax withheld\n44767\n")
    found = suggest_for_text(filled, today=TODAY)
    assert found.category == "employment" and found.document_type == "w2", found.reason
    assert found.date == "2013-12-31"


def test_a_mexican_constancia_de_trabajo_naming_the_post_is_employment() -> None:
    """An employer states that the worker holds a post ("desempeñando el puesto de"),
    dated as Mexican letters are ("16 de noviembre del año 2022"): employment, on that
    day. It was left for review, undated."""
    text = ("Reuan Software Solutions\nTula #240 Fracc. Pirámides, Aguascalientes\n"
            "Aguascalientes, Ags a 16 de Noviembre del año 2022\nPara quien corresponda;\n"
            "Por medio de la presente carta se hace constar que el trabajador Antonio de Jesús "
            "Rodríguez, es actualmente empleado de Reuan Software Solutions desempeñando el "
            "puesto de “Desarrollador de Software” de Lunes a Sábado desde el día 12 de "
            "Septiembre del año en curso.\nSaludos cordiales.\nJuan José Barajas\nCEO")
    found = suggest_for_text(text, today=TODAY)
    assert found.category == "employment", found.reason
    assert (found.date, found.date_sure) == ("2022-11-16", True)


def test_an_identity_card_s_machine_readable_lines_read_with_noise_are_found() -> None:
    """A photographed identity card's last lines, as OCR reads them: a stray mark before
    a line, a "<" read as a small letter. They still say identity card: none."""
    text = ("REPUBLICA DEL PERU\nat GIs ro meee DE IDENTIPICACIÓN Y ESTADO Cove\nAGUSTIN\n"
            "Prenombres\n- DAVID ESTEBAN\n= Sexo Hacionalidad Fechw de Macrmerer\n"
            "Estado Civil\nSOLTERO 26 08 2024\n"
            "I<PER42518063<1<<<<<<<<<<<<c<<\n| B4605195M3208265PER<<<<<<<<<<<2\n"
            "¿ AGUSTIN<<DAVID<ESTEBAN<<<<<<<<")
    found = suggest_for_text(text, today=TODAY)
    assert (found.category, found.document_type) == ("none", "identity"), found.reason
    assert "machine readable zone" in found.evidence


@pytest.mark.parametrize("text", [
    "#build a python program to calculate electricity bill based on the following criteria\n"
    "#read all the required data like previous and current meter reading\n"
    "def calculate_electricity_bill(previous_reading, current_reading, customer_type):\n"
    "  rates = {\n    'residential': 0.12, # per unit\n  }\n"
    "  units_consumed = current_reading - previous_reading\n"
    "  energy_charge = units_consumed * rates[customer_type]\n"
    "  print('Electricity bill amount due:', energy_charge)\n"
    "  return energy_charge\n",
    "Nomina — Bibliotecas 0.9 documentation\nNomina\nnomina.aguinaldo(salario, dias) "
    "[source]\nCalcula el aguinaldo anual completo.\nnomina.aguinaldoExento(importe, sm)\n"
    "Calcula el importe del aguinaldo exento de ISR.\nnomina.calcNominaSemanal(tiempos, "
    "pars)\nCalcula una nómina completa: salario base, días trabajados, IMSS, ISR.\n"
    "nomina.salarioDiario(salario_mensual)\nnomina.cuotasImss(salario_base, dias)\n",
], ids=["electricity-exercise", "payroll-library-manual"])
def test_a_program_s_text_is_not_the_paper_it_computes(text: str) -> None:
    """A programming exercise that computes an electricity bill, a payroll library's
    manual: their words are a bill's and a pay slip's, but they are program code, and
    prove nothing of anyone's home or work."""
    found = suggest_for_text(text, today=TODAY)
    assert found.category == "none", found.reason
    assert "program code" in found.evidence


def test_a_paper_in_another_script_is_not_filed_by_its_few_latin_words() -> None:
    """A Russian employer's reference names its programs in English ("Python, SQL,
    QlikView", "data-driven"): the word model reads those few words only, and they speak
    for nothing. It was filed under community by them; it is left for the user."""
    text = ("АО «Гранд-Трейд»\nАдрес: РФ, 119021, г. Москва, ул. Льва Толстого, д. 5\n"
            "Тел: +7 (495) 138-88-55, e-mail: info@grandtrade.world\n"
            "Исх № б/н от 3 июля 2025г. Кому: по месту требования.\n"
            "Рекомендательное письмо\n"
            "Егоров Андрей работал в нашей компании с 16 января 2023 года по 3 июля 2025 "
            "года.\nРазработал и внедрил аналитические системы на базе Python, SQL и "
            "QlikView.\nОптимизировал бизнес-процессы через data-driven решения.\n"
            "Андрей сочетает глубокие технические навыки (Python, SQL, QlikView) с "
            "экспертизой в финансовой и складской аналитике.\n"
            "Реализовывать end-to-end проекты: от сбора данных до внедрения решений.\n"
            "Исполнительный директор Байкалов Валерий Семенович")
    found = suggest_for_text(text, today=TODAY)
    assert found.category is None and not found.worded, found.reason
    assert found.language == "other"

