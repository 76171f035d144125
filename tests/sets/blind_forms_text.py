"""Wording for ``tests.sets.blind_forms``: form specs, letters and notes in five languages.

Every name, organisation, number and address here is invented. Form specs are read by
``tests.sets.blind_hand.render_spec``.
"""

from __future__ import annotations

# --------------------------------------------------------------- invented names

EMPLOYERS = ["Gulf Coast Landscaping LLC", "Sunrise Commercial Cleaning",
             "Midway Poultry Processing",
             "Bright Star Restaurant Group", "Hillcrest Senior Living", "Apex Drywall & Paint Inc.",
             "Fresh Fields Produce Co.", "Metro Auto Detailing", "Harbor View Hotel",
             "Kowalski Home Builders", "Sweet Valley Bakery", "Northside Packaging Corp."]

JOBS = {"en": ["Cook", "Housekeeper", "Laborer", "Line worker", "Painter", "Dishwasher",
               "Caregiver", "Warehouse associate", "Landscaper", "Cashier"],
        "es": ["Cocinero", "Limpieza", "Obrero", "Operario", "Pintor", "Lavaplatos", "Cuidadora",
               "Almacén", "Jardinero", "Cajera"]}

CLINICS = ["Riverside Family Health Center", "Clínica Comunitaria La Esperanza",
           "Northgate Community Medical", "Bayview Pediatrics", "Unity Health Clinic",
           "St. Brendan Family Medicine", "Eastside Neighborhood Health"]

DOCTORS = ["Dr. Anita Ramesh, MD", "Dr. Paul Whitcomb", "Dra. Lucía Treviño", "Dr. K. Okafor, MD",
           "Dr. Helen Marsh, DO", "Dr. Samuel Ortega", "L. Brandt, FNP-C"]

INSURERS = ["BlueHarbor Health Plan", "CareBridge Community Health", "Evergreen Medicaid Plan",
            "Summit Family Health Plan", "Salud Plus Health Plan"]

SCHOOLS = ["Westbrook Unified School District", "Lincoln Park Public Schools",
           "Cedar Valley Independent School District", "Harbor City Public Schools"]

ORGS = ["St. Vincent Parish Food Pantry", "Iglesia Cristiana Nueva Vida",
        "Eastside Community Garden",
        "Hope Neighborhood Center", "Our Lady of Guadalupe Parish", "Main Street Soup Kitchen"]


# ------------------------------------------------------------------- form specs

RENTAL = {
    "en": """
#APPLICANT
Last name@last 3|First name@first 3|Date of birth@dob 2
SSN / ITIN (last 4 only)@ssn 2|Phone@phone 2|E-mail@email 3
Present address@addr 4|City, State, ZIP@csz 3
How long at present address?@years 2|Present landlord / manager@landlord 3|Landlord phone@lphone 2
Monthly rent paid@rent 2|Reason for leaving@reason 5
#EMPLOYMENT & INCOME
Current employer@employer 4|Position@job 3
Supervisor@super 3|Employed since@hire 2|Gross monthly income@income 2
#RESIDENCE APPLIED FOR
Unit no.@unit 2|Desired move-in date@movein 2|Number of occupants@occ 2|Vehicles@veh 1
?Pets?@pets|None|Dog|Cat|Other
?Have you ever been evicted?@evict|No|Yes
=I declare that the statements above are true and correct, and I authorize {org} to verify \
my rental history and employment. A non-refundable application fee of $45 is due with this form.
""",
    "es": """
#DATOS DEL SOLICITANTE
Apellido(s)@last 3|Nombre(s)@first 3|Fecha de nacimiento@dob 2
Núm. de Seguro Social / ITIN (últimos 4)@ssn 3|Teléfono@phone 2|Correo electrónico@email 3
Domicilio actual@addr 4|Ciudad, Estado, Código postal@csz 3
¿Cuánto tiempo en este domicilio?@years 3|Arrendador actual@landlord 3|Tel. del arrendador@lphone 2
Renta mensual@rent 2|Motivo de la mudanza@reason 5
#EMPLEO E INGRESOS
Empleador actual@employer 4|Puesto@job 3
Supervisor@super 3|Fecha de inicio@hire 2|Ingreso mensual bruto@income 2
#VIVIENDA SOLICITADA
Unidad@unit 2|Fecha deseada de mudanza@movein 3|Número de ocupantes@occ 2
?¿Mascotas?@pets|Ninguna|Perro|Gato|Otra
?¿Ha sido desalojado alguna vez?@evict|No|Sí
=Declaro que la información anterior es verdadera y autorizo a {org} a verificar mi historial \
de alquiler y de empleo. La cuota de solicitud de $45 no es reembolsable.
""",
}

LOAN = {
    "en": """
#1. BORROWER INFORMATION
Borrower name (first, middle, last)@name 5|Date of birth@dob 2|SSN (last 4)@ssn 2
?Marital status@marital|Married|Unmarried|Separated
Home phone@phone 3|E-mail@email 4|No. of dependents@deps 2
Current address (street, city, state, ZIP)@full 6|Years there@years 2
?Housing@own|Own|Rent ($ per month)|Living rent free
Former address (if less than 2 years at current)@former 6|From - to@fromto 3
#2. EMPLOYMENT AND INCOME
Employer name@employer 4|Position / title@job 3|Years on this job@yjob 2
Employer address@eaddr 6|Base monthly income@income 3
#3. LOAN REQUESTED
Amount requested@amount 2|Purpose of loan@purpose 4|Term (months)@term 2
=By signing, I certify that the information in this application is true and complete. I \
understand that {org} will rely on it, and I authorize it to obtain a consumer credit report.
""",
    "es": """
#1. INFORMACIÓN DEL SOLICITANTE
Nombre completo@name 5|Fecha de nacimiento@dob 3|SSN/ITIN (últimos 4)@ssn 2
?Estado civil@marital|Casado(a)|Soltero(a)|Separado(a)
Teléfono@phone 3|Correo electrónico@email 4|Dependientes@deps 2
Domicilio actual (calle, ciudad, estado, código postal)@full 6|Años ahí@years 2
?Vivienda@own|Propia|Renta|Sin pago
Domicilio anterior (si menos de 2 años en el actual)@former 6|Desde - hasta@fromto 3
#2. EMPLEO E INGRESOS
Empleador@employer 4|Puesto@job 3|Años en el empleo@yjob 2
Dirección del empleador@eaddr 6|Ingreso mensual@income 3
#3. PRÉSTAMO SOLICITADO
Monto solicitado@amount 2|Destino del préstamo@purpose 4|Plazo (meses)@term 2
=Con mi firma certifico que la información de esta solicitud es verdadera y completa, y \
autorizo a {org} a obtener un informe de crédito.
""",
}

ENERGY = {
    "en": """
#SECTION 1 - APPLICANT
Applicant name@name 5|Date of birth@dob 2|Phone@phone 3
Service address@addr 5|City@city 3|ZIP@zip 2
?Do you rent or own?@own|Rent|Own|Other
?Main heating source@heat|Natural gas|Electricity|Propane|Oil|Wood
Electric company@util 4|Account no.@acct 3|Gas company@gas 3
""",
    "es": """
#SECCIÓN 1 - SOLICITANTE
Nombre del solicitante@name 5|Fecha de nacimiento@dob 3|Teléfono@phone 3
Dirección del servicio@addr 5|Ciudad@city 3|Código postal@zip 2
?¿Renta o es dueño?@own|Renta|Dueño|Otro
?Fuente principal de calefacción@heat|Gas natural|Electricidad|Propano|Aceite|Leña
Compañía de luz@util 4|Núm. de cuenta@acct 3|Compañía de gas@gas 3
""",
}

UTILS = ["Lakeshore Gas & Electric", "Southern Plains Power", "Metro Edison Electric",
         "Pinewood Energy Co.", "Atlantic Water & Power", "City Public Utilities"]

SCHOOL = {
    "en": ("STUDENT ENROLLMENT FORM", """
#STUDENT INFORMATION
Student last name@last 3|First name@kid 3|Date of birth@kdob 2|Grade@grade 1
?Gender@sex|Male|Female|Prefer not to say
Home address@addr 4|City@city 3|ZIP@zip 2
Previous school@prev 4|Dates attended@pdates 3
?Language spoken at home@hl|English|Spanish|Haitian Creole|Portuguese|Other
#PARENT / GUARDIAN
Parent or guardian name@name 4|Relationship@rel 2|Phone@phone 2
E-mail@email 4|Employer@employer 4
Emergency contact@emerg 4|Phone@ephone 3
=I certify that the information on this form is true and that the student lives with me at \
the home address above. False residency information may result in withdrawal.
""", "Signature of parent or guardian", "Date",
           "FOR OFFICE USE ONLY - Entry date", "Student ID"),
    "es": ("FORMULARIO DE INSCRIPCIÓN ESCOLAR", """
#INFORMACIÓN DEL ESTUDIANTE
Apellido(s) del estudiante@last 3|Nombre(s)@kid 3|Fecha de nacimiento@kdob 2|Grado@grade 1
?Sexo@sex|Masculino|Femenino|Prefiere no decir
Domicilio@addr 4|Ciudad@city 3|Código postal@zip 2
Escuela anterior@prev 4|Fechas de asistencia@pdates 3
?Idioma que se habla en casa@hl|Inglés|Español|Criollo haitiano|Portugués|Otro
#PADRE, MADRE O TUTOR
Nombre del padre, madre o tutor@name 4|Parentesco@rel 2|Teléfono@phone 2
Correo electrónico@email 4|Empleador@employer 4
Contacto de emergencia@emerg 4|Teléfono@ephone 3
=Certifico que la información de este formulario es verdadera y que el estudiante vive conmigo \
en el domicilio indicado. Información falsa sobre el domicilio puede causar la baja del estudiante.
""", "Firma del padre, madre o tutor", "Fecha",
           "SOLO PARA USO DE LA OFICINA - Fecha de ingreso", "Núm. de estudiante"),
    "ht": ("FÒM ENSKRIPSYON LEKÒL", """
#ENFÒMASYON SOU ELÈV LA
Non fanmi elèv la@last 3|Prenon@kid 3|Dat nesans@kdob 2|Klas@grade 1
?Sèks@sex|Gason|Fi
Adrès lakay@addr 4|Vil@city 3|Kòd postal@zip 2
Lekòl anvan@prev 4|Ki lè li te la@pdates 3
?Ki lang nou pale lakay@hl|Angle|Panyòl|Kreyòl ayisyen|Pòtigè|Lòt
#PARAN OSWA GADYEN
Non paran oswa gadyen@name 4|Relasyon@rel 2|Telefòn@phone 2
Imèl@email 4|Travay@employer 4
Moun pou rele an ka ijans@emerg 4|Telefòn@ephone 3
=Mwen sètifye ke enfòmasyon ki sou fòm sa a vre e ke elèv la rete avè m nan adrès ki anwo a.
""", "Siyati paran oswa gadyen", "Dat", "POU BIWO A SÈLMAN - Dat antre", "Nimewo elèv"),
    "pt": ("FICHA DE MATRÍCULA ESCOLAR", """
#DADOS DO ALUNO
Sobrenome do aluno@last 3|Nome@kid 3|Data de nascimento@kdob 2|Série@grade 1
?Sexo@sex|Masculino|Feminino
Endereço residencial@addr 4|Cidade@city 3|CEP@zip 2
Escola anterior@prev 4|Período@pdates 3
?Idioma falado em casa@hl|Inglês|Espanhol|Crioulo haitiano|Português|Outro
#PAI, MÃE OU RESPONSÁVEL
Nome do responsável@name 4|Parentesco@rel 2|Telefone@phone 2
E-mail@email 4|Empregador@employer 4
Contato de emergência@emerg 4|Telefone@ephone 3
=Declaro que as informações acima são verdadeiras e que o aluno mora comigo no endereço indicado.
""", "Assinatura do responsável", "Data", "USO DA SECRETARIA - Data de entrada", "Nº do aluno"),
}

VERIF = {
    "en": ("REQUEST FOR VERIFICATION OF EMPLOYMENT", "PART I - REQUEST", "To (employer)",
           "From (requesting agency)", "Applicant name", "Employee ID / SSN (last 4)",
           "I authorize the release of the information requested below.", "Applicant signature",
           "Date", "PART II - TO BE COMPLETED BY EMPLOYER", """
Date of hire@hire 2|Present position@job 3|Department@dept 2
Current base pay@pay 2|Average hours per week@hours 2|Overtime rate@ot 2
?Pay is@per|Hourly|Weekly|Bi-weekly|Monthly
?Is employment likely to continue?@cont|Yes|No|Unknown
Remarks@remarks 6
Name of employer representative@rep 4|Title@title 3|Phone@rphone 2
""", "Employer signature"),
    "es": ("SOLICITUD DE VERIFICACIÓN DE EMPLEO", "PARTE I - SOLICITUD", "Para (empleador)",
           "De (agencia que solicita)", "Nombre del solicitante",
           "Núm. de empleado / SSN (últimos 4)",
           "Autorizo que se entregue la información solicitada abajo.", "Firma del solicitante",
           "Fecha", "PARTE II - PARA SER COMPLETADA POR EL EMPLEADOR", """
Fecha de contratación@hire 2|Puesto actual@job 3|Departamento@dept 2
Salario base actual@pay 2|Horas por semana (promedio)@hours 2|Pago de horas extra@ot 2
?El pago es@per|Por hora|Semanal|Quincenal|Mensual
?¿Es probable que el empleo continúe?@cont|Sí|No|No se sabe
Observaciones@remarks 6
Nombre del representante del empleador@rep 4|Cargo@title 3|Teléfono@rphone 2
""", "Firma del empleador"),
}

INTAKE = {
    "en": (["PATIENT REGISTRATION FORM", "New Patient Intake Form", "Patient Information Sheet"],
           """
Today's date@date 2|Account no. (office)@none 2|Primary care provider@doctor 3
#PATIENT INFORMATION
Last name@last 3|First name@first 3|Date of birth@dob 2
Address@addr 4|City / State / ZIP@csz 4
Cell phone@phone 3|E-mail@email 4
?Preferred language@pl|English|Spanish|Other
#INSURANCE
Insurance plan@ins 4|Member ID@mid 3|Group no.@grp 2
Policy holder@name 4|Holder date of birth@dob 2
#HEALTH HISTORY
?Do you have@hx|Diabetes|Asthma|High blood pressure|Heart disease|Depression|None
Current medications@meds 6
Allergies@allergy 3|Reason for today's visit@reason 4
Emergency contact@emerg 4|Phone@ephone 3
""", "Signature of patient or guardian", "Date"),
    "es": (["REGISTRO DEL PACIENTE", "Formulario de Admisión de Paciente Nuevo",
            "Hoja de Datos del Paciente"], """
Fecha de hoy@date 2|Núm. de cuenta (oficina)@none 2|Médico de cabecera@doctor 3
#DATOS DEL PACIENTE
Apellido(s)@last 3|Nombre(s)@first 3|Fecha de nacimiento@dob 2
Dirección@addr 4|Ciudad / Estado / Código postal@csz 4
Celular@phone 3|Correo electrónico@email 4
?Idioma preferido@pl|Inglés|Español|Otro
#SEGURO MÉDICO
Plan de seguro@ins 4|Núm. de miembro@mid 3|Grupo@grp 2
Titular de la póliza@name 4|Fecha de nac. del titular@dob 2
#HISTORIAL MÉDICO
?¿Padece de?@hx|Diabetes|Asma|Presión alta|Enfermedad del corazón|Depresión|Ninguna
Medicamentos actuales@meds 6
Alergias@allergy 3|Motivo de la consulta de hoy@reason 4
Contacto de emergencia@emerg 4|Teléfono@ephone 3
""", "Firma del paciente o tutor", "Fecha"),
    "pt": (["FICHA DE CADASTRO DO PACIENTE", "Formulário de Admissão"], """
Data de hoje@date 2|Prontuário nº (uso interno)@none 2|Médico responsável@doctor 3
#DADOS DO PACIENTE
Sobrenome@last 3|Nome@first 3|Data de nascimento@dob 2
Endereço@addr 4|Cidade / Estado / CEP@csz 4
Celular@phone 3|E-mail@email 4
?Idioma preferido@pl|Inglês|Espanhol|Português
#PLANO DE SAÚDE
Plano@ins 4|Nº da carteirinha@mid 3|Grupo@grp 2
#HISTÓRICO DE SAÚDE
?Você tem@hx|Diabetes|Asma|Pressão alta|Doença cardíaca|Depressão|Nenhuma
Medicamentos em uso@meds 6
Alergias@allergy 3|Motivo da consulta@reason 4
Contato de emergência@emerg 4|Telefone@ephone 3
""", "Assinatura do paciente ou responsável", "Data"),
    "fr": (["FICHE D'INSCRIPTION DU PATIENT", "Questionnaire du nouveau patient"], """
Date du jour@date 2|N° de dossier (bureau)@none 2|Médecin traitant@doctor 3
#RENSEIGNEMENTS SUR LE PATIENT
Nom@last 3|Prénom@first 3|Date de naissance@dob 2
Adresse@addr 4|Ville / État / Code postal@csz 4
Téléphone portable@phone 3|Courriel@email 4
?Langue préférée@pl|Anglais|Espagnol|Français|Créole
#ASSURANCE
Assurance@ins 4|N° de membre@mid 3|Groupe@grp 2
#ANTÉCÉDENTS MÉDICAUX
?Avez-vous@hx|Diabète|Asthme|Hypertension|Maladie cardiaque|Dépression|Aucun
Médicaments actuels@meds 6
Allergies@allergy 3|Motif de la consultation@reason 4
Personne à prévenir en cas d'urgence@emerg 4|Téléphone@ephone 3
""", "Signature du patient ou du tuteur", "Date"),
}

MEDS = ["metformin 500mg", "lisinopril 10 mg", "albuterol inhaler", "sertraline 50",
        "ibuprofen", "none", "atorvastatin 20mg", "insulin glargine"]

REASONS = {"en": ["follow up diabetes", "back pain", "cough, fever", "check up", "headaches",
                  "refill meds", "anxiety / can't sleep"],
           "es": ["dolor de espalda", "control de diabetes", "tos y fiebre", "chequeo general",
                  "dolor de cabeza", "ansiedad"],
           "pt": ["dor nas costas", "consulta de rotina", "tosse e febre", "pressão alta"],
           "fr": ["douleurs au dos", "contrôle", "toux et fièvre", "maux de tête"]}

VAX = {
    "en": ("VACCINE CONSENT FORM", """
Patient name@name 4|Date of birth@dob 2|Age@age 1
Parent / guardian (if under 18)@parent 4|Phone@phone 2
Address@full 7
?Vaccine(s) requested@vx|Influenza|COVID-19|Tdap|HPV|MMR|Hepatitis B
#SCREENING QUESTIONS
?Is the person to be vaccinated sick today?@q1|Yes|No
?Allergies to medicines, food, latex or any vaccine?@q2|Yes|No
?Ever had a serious reaction after a vaccine?@q3|Yes|No
=I have read, or had explained to me, the Vaccine Information Statement (edition {vis}). I had \
a chance to ask questions and I consent to receive the vaccine(s) checked above.
""", "Signature of patient, parent or guardian", "Date", "FOR CLINIC USE ONLY", """
Date given@date 2|Vaccine / lot no.@lot 3|Site@site 1|Given by@nurse 3
"""),
    "es": ("FORMULARIO DE CONSENTIMIENTO PARA VACUNACIÓN", """
Nombre del paciente@name 4|Fecha de nacimiento@dob 2|Edad@age 1
Padre, madre o tutor (si es menor de 18)@parent 4|Teléfono@phone 2
Dirección@full 7
?Vacuna(s) solicitada(s)@vx|Influenza|COVID-19|Tdap|VPH|Sarampión (MMR)|Hepatitis B
#PREGUNTAS DE EVALUACIÓN
?¿La persona que se va a vacunar está enferma hoy?@q1|Sí|No
?¿Tiene alergias a medicamentos, alimentos, látex o vacunas?@q2|Sí|No
?¿Ha tenido alguna reacción grave después de una vacuna?@q3|Sí|No
=He leído, o me han explicado, la Hoja de Información sobre Vacunas (edición {vis}). Pude hacer \
preguntas y doy mi consentimiento para recibir la(s) vacuna(s) marcada(s).
""", "Firma del paciente, padre, madre o tutor", "Fecha", "SOLO PARA USO DE LA CLÍNICA", """
Fecha de aplicación@date 2|Vacuna / lote@lot 3|Sitio@site 1|Aplicada por@nurse 3
"""),
    "ht": ("FÒM KONSANTMAN POU VAKSEN", """
Non pasyan an@name 4|Dat nesans@dob 2|Laj@age 1
Paran oswa gadyen (si li poko gen 18 an)@parent 4|Telefòn@phone 2
Adrès@full 7
?Vaksen ou mande@vx|Grip|COVID-19|Tdap|HPV|Lawoujòl (MMR)|Epatit B
#KESYON POU TCHEKE
?Èske moun k ap pran vaksen an malad jodi a?@q1|Wi|Non
?Èske li fè alèji ak medikaman, manje, latèks oswa vaksen?@q2|Wi|Non
?Èske li te janm fè yon move reyaksyon apre yon vaksen?@q3|Wi|Non
=Mwen li, oswa yo te eksplike m, fèy enfòmasyon sou vaksen an (edisyon {vis}). Mwen te ka poze \
kesyon e mwen dakò pou yo ban m vaksen ki make anwo yo.
""", "Siyati pasyan an, paran oswa gadyen", "Dat", "POU KLINIK LA SÈLMAN", """
Dat yo bay li@date 2|Vaksen / nimewo lo@lot 3|Kote@site 1|Moun ki bay li@nurse 3
"""),
}

SLIP = {"en": ("RECEIPT", "Date", "Received from", "Amount", "Dollars", "For",
               ["Cash", "Check", "Money order"], "By", ["rent {m}", "{m} rent - {a}", "rent"]),
        "es": ("RECIBO", "Fecha", "Recibí de", "La cantidad de", "Dólares", "Por concepto de",
               ["Efectivo", "Cheque", "Giro"], "Recibido por", ["renta de {m}", "renta {m} - {a}"]),
        "pt": ("RECIBO", "Data", "Recebi de", "A quantia de", "Dólares", "Referente a",
               ["Dinheiro", "Cheque", "Money order"], "Recebido por", ["aluguel de {m}"])}

WORDS = ["Five hundred", "Six hundred", "Seven hundred fifty", "Eight hundred", "Nine hundred",
         "One thousand", "Eleven hundred"]

AMOUNTS = [500, 600, 750, 800, 900, 1000, 1100]


# ------------------------------------------------ handwritten notes and letters

NOTE = {
    "en": (["To whom it may concern,", "Dear Sir or Madam,", "Hello,"],
           "I, {ll}, own the house at {addr}, {city}. {name} has rented {unit} from me since "
           "{since} and pays ${rent} every month, always on time. Thank you.",
           "{name} lives at {addr} and pays me rent since {since}.",
           ["a room", "the basement apartment", "the upstairs unit", "the back house"]),
    "es": (["A quien corresponda:", "Estimados señores:"],
           "Yo, {ll}, soy dueño de la casa en {addr}, {city}. {name} me renta {unit} desde "
           "{since} y paga ${rent} al mes, siempre a tiempo. Gracias.",
           "Hago constar que {name} vive en {addr} desde {since}.",
           ["un cuarto", "el departamento de atrás", "la casita del fondo"]),
    "fr": (["À qui de droit,", "Madame, Monsieur,"],
           "Je soussigné {ll}, propriétaire de la maison au {addr}, {city}, certifie que {name} "
           "loue {unit} chez moi depuis {since} et paie {rent} $ par mois. Merci.",
           "{name} habite au {addr} et me paie un loyer depuis {since}.",
           ["une chambre", "l'appartement du sous-sol"]),
    "pt": (["A quem possa interessar,", "Prezados,"],
           "Eu, {ll}, sou dono do imóvel na {addr}, {city}. {name} aluga {unit} comigo desde "
           "{since} e paga {rent} dólares por mês, sempre em dia. Obrigado.",
           "Declaro que {name} mora na {addr} desde {since}.",
           ["um quarto", "o apartamento dos fundos"]),
    "ht": (["Pou moun sa konsène,", "Bonjou,"],
           "Mwen menm {ll}, se mwen ki mèt kay ki nan {addr}, {city}. {name} ap lwe {unit} nan "
           "men m depi {since}. Li peye ${rent} chak mwa. Mèsi.",
           "{name} rete lakay mwen nan {addr} depi {since}.", ["yon chanm", "apatman anba a"]),
}

SUPPORT = {
    "en": (["To whom it may concern,", "Dear Immigration Officer,", "Dear Judge,"],
           ["I have known {name} for {n} years as my neighbor.",
            "{first} helps everyone on our street and shovels snow for the older neighbors.",
            "{first} is a very responsible and honest person and a loving parent.",
            "Every Sunday {first} helps at our church food pantry.",
            "Our community would lose a good person if {first} had to leave.",
            "Please give {first} the chance to stay with the family."],
           ["Sincerely,", "Respectfully,"]),
    "es": (["A quien corresponda:", "Estimado oficial:", "Señor juez:"],
           ["Conozco a {name} desde hace {n} años; somos vecinos.",
            "{first} siempre ayuda a los demás y es una persona muy trabajadora y honesta.",
            "Todos los domingos {first} ayuda en la despensa de alimentos de nuestra iglesia.",
            "Es un gran ejemplo para sus hijos y para nuestra comunidad.",
            "Les pido de todo corazón que le den la oportunidad de quedarse con su familia."],
           ["Atentamente,", "Con respeto,"]),
    "fr": (["Madame, Monsieur,", "À qui de droit,"],
           ["Je connais {name} depuis {n} ans, nous sommes voisins.",
            "{first} est une personne honnête, travailleuse et toujours prête à aider.",
            "Chaque dimanche, {first} aide à la banque alimentaire de notre église.",
            "C'est un exemple pour ses enfants et pour notre communauté.",
            "Je vous prie de lui donner la chance de rester auprès de sa famille."],
           ["Veuillez agréer mes salutations distinguées,", "Cordialement,"]),
    "pt": (["A quem possa interessar,", "Prezado oficial,"],
           ["Conheço {name} há {n} anos, somos vizinhos.",
            "{first} é uma pessoa honesta, trabalhadora e sempre disposta a ajudar.",
            "Todo domingo {first} ajuda no banco de alimentos da nossa igreja.",
            "É um exemplo para os filhos e para a nossa comunidade.",
            "Peço que lhe deem a oportunidade de ficar com a família."], ["Atenciosamente,"]),
    "ht": (["Pou moun sa konsène,", "Chè ofisye,"],
           ["Mwen konnen {name} depi {n} an, nou se vwazen.",
            "{first} se yon moun onèt, ki travay di e ki toujou pare pou ede lòt moun.",
            "Chak dimanch {first} ede nan bank manje legliz nou an.",
            "Li se yon bon egzanp pou pitit li yo ak pou kominote nou an.",
            "Tanpri, ba li chans pou l rete ak fanmi li."], ["Mèsi anpil,", "Respè,"]),
}
