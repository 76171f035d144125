"""Document types of forms and cards, and of the papers applicants bring that prove none of
the four categories (identity papers, receipts, résumés).

A form says what it is in its printed part: the title ("Uniform Residential Loan
Application", "Health Intake Form") and the labels of its boxes ("Borrower", "Member ID",
"Relationship to patient", "Position applied for"). Those are printed, so OCR reads them
well even when what was written into the boxes by hand is not readable; the cues below are
such titles and labels. They follow ``cues``: 4-5 names the paper outright, 3 is nearly as
telling, 2 is typical, 1 only leans.
"""

from __future__ import annotations

from desktop_app.core.assistant.cues import DocumentType, cues

FORM_TYPES: tuple[DocumentType, ...] = (
    DocumentType("home_ownership", "Mortgage or home ownership", "residence", cues(
        "uniform residential loan application:5, residential loan application:4,"
        " loan application:3, mortgage application:4, borrower:3, co borrower:3,"
        " borrower information:3, borrower s promise to pay:4, lender:2, loan amount:3,"
        " loan number:2, loan term:3, loan estimate:3, closing disclosure:5, closing costs:3,"
        " cash to close:3, escrow:3, principal and interest:3, mortgage:3,"
        " mortgage insurance:3, mortgage statement:4, mortgagor:3, mortgagee:3,"
        " adjustable rate note:5, fixed rate note:5, promissory note:3, note holder:3,"
        " property address:3, homeowner:2, homeowners:2, homeowner s insurance:3,"
        " homeowners insurance:4, insured property:3, dwelling coverage:3,"
        " property policy:3, named insured:2,"
        " homeowners association:4, hoa:3, community association:2, assessments:2,"
        " property tax:3, property taxes:3, deed of trust:4, deed:2, title insurance:3,"
        " mortgage interest statement:5, mortgage interest:3, form 1098:4,"
        " outstanding mortgage principal:4, fannie mae:3, freddie mac:3, purchase price:2,"
        " sale price:2, down payment:2",
        "hipoteca:3, prestamo hipotecario:4, solicitud de prestamo:3, prestatario:3,"
        " escritura:2, impuesto predial:3, seguro de vivienda:3, credito hipotecario:4,"
        " solicitud de credito:3, prestamo solicitado:3, monto solicitado:2,"
        " monto del prestamo:3, destino del prestamo:3, plazo del prestamo:3,"
        " informe de credito:2, domicilio actual:2, domicilio anterior:2, prestamista:3",
        "nmls:3, equal housing lender:3, equal housing opportunity:2")),
    DocumentType("housing_assistance", "Housing or energy assistance", "residence", cues(
        "energy assistance:5, energy assistance program:5, heating assistance:4, liheap:5,"
        " utility assistance:4, rental assistance:4, housing assistance:4, section 8:3,"
        " housing authority:3, public housing:3, subsidized housing:3, subsidized rent:3,"
        " dwelling information:3, dwelling type:3, dwelling cost:3, dwelling:2,"
        " household information:2, household members:2, living in the home:2,"
        " utility company:2, heating:1",
        "asistencia de energia:4, asistencia de vivienda:4, vivienda subsidiada:3,"
        " asistencia para la renta:4, ayuda para pagar:3, programa de asistencia:2,"
        " miembros del hogar:2, personas que viven con usted:2, compania de luz:2,"
        " compania de gas:2, fuente de calefaccion:2, calefaccion:1, renta o es dueno:3")),
    DocumentType("employment_form", "Employment application or verification", "employment",
                 cues(
        "employment application:4, application for employment:4, position applied for:4,"
        " desired salary:3, date available:3, reason for leaving:3, may we contact:2,"
        " previous employer:2, employment history:3, previous employment:2,"
        " request for verification of employment:5, verification of present employment:4,"
        " verification of previous employment:4, present position:3,"
        " date of employment:3, date hired:3, date terminated:3, base pay:2,"
        " probability of continued employment:4, salary wage:2, gross earnings:2,"
        " applicant information:2, are you authorized to work:3, work experience:1,"
        " employment eligibility verification:5, form i 9:5, i 9:4,"
        " employee information and attestation:4, first day of employment:3,"
        " employer or authorized representative:3, lists of acceptable documents:4,"
        " acceptable documents:2, establish identity and employment authorization:4,"
        " employee s withholding certificate:5,"
        " form w 4:5, w 4:4, withholding allowances:3, extra withholding:3,"
        " time card:4, timecard:4, time sheet:4, timesheet:4, clock in:3, clock out:3,"
        " time in:1, time out:1, total hours:2, week ending:3, supervisor signature:2,"
        " employee signature:2",
        " withholding election:4, exemption from withholding:3, claim exemption:3,"
        " employer use only:2, per paycheck:2, payroll department:3, new hire:3,"
        " new hire packet:4, eligibility record:3, employment eligibility:4,"
        " authorized to work until:4, work authorization expires:3, employer review:3,"
        " employer representative:3, signature of employer representative:4,"
        " personnel file:3, first date of employment:3, attest that i am:3,"
        " have you ever worked for this company:3, convicted of a felony:3,"
        " convicted of felony:3, professional references:3, did you graduate:3,"
        "solicitud de empleo:4, puesto solicitado:3, historial de empleo:3,"
        " salario deseado:3, motivo de salida:3, verificacion de elegibilidad de empleo:5,"
        " tarjeta de tiempo:4, hoja de horas:4, registro de horas:4, horas totales:2,"
        " hora de entrada:1, hora de salida:1, semana que termina:3, firma del empleado:2,"
        " firma del supervisor:2",
        " verificacion de empleo:5, solicitud de verificacion de empleo:5,"
        " fecha de contratacion:3, puesto actual:3, salario base:3, horas extra:2,"
        " es probable que el empleo continue:4, representante del empleador:3,"
        " nombre del empleador:2, nuevo empleado:3",
        "feuille de temps:4, feuille d heures:4, heures totales:2, folha de ponto:4,"
        " cartao de ponto:4, registro de ponto:4, comprovante de registro de ponto:5,"
        " fey le:3")),
    DocumentType("rental_application", "Rental application", "residence", cues(
        "rental application:4, application to rent:4, lease application:4,"
        " apartment application:4, current landlord:3, previous landlord:3,"
        " landlord s name:3, landlord phone:3, monthly rent:2, move in date:2,"
        " rental history:3, residence history:3, how long at this address:3,"
        " reason for moving:3",
        "solicitud de arrendamiento:4, solicitud de alquiler:4, solicitud de renta:4,"
        " arrendador actual:3, arrendador anterior:3, historial de vivienda:3,"
        " motivo de mudanza:3, demande de location:4, dossier de location:4,"
        " ficha cadastral:4")),
    DocumentType("health_insurance", "Health insurance card", "medical", cues(
        "member id:3, member name:2, member number:2, member:1, subscriber:2,"
        " subscriber id:3, group number:3, group no:2, rx bin:4, rxbin:4, rx pcn:4,"
        " rx grp:4, rx group:3, payer id:3, pcp:2, pcp name:3, pcp phone:3, primary care:2,"
        " copay:3, copays:3, co pay:3, deductible:1, coinsurance:3, out of pocket:2,"
        " oop max:3, health plan:3, medical plan:2, dental:1, vision:1, medicaid plan:3,"
        " medicare card:4, medicare advantage:3, health insurance:3, insurance card:3,"
        " in network:2, out of network:2,"
        " specialist:2, urgent care:2, emergency room:2, office visit:2, health savings:2,"
        " ppo:3, hmo:3, epo:3, plan:1,"
        # a health card as India's insurers and their administrators print it: cashless
        # treatment at the network's hospitals, after pre-authorisation
        " network hospital:3, network hospitals:3, cashless:3, cashless hospitalization:4,"
        " cashless hospitalisation:4, insurance tpa:3, tpa:2, preauthorization:3,"
        " pre authorization:3, preauthorisation:3, pre authorisation:3, health card:3,"
        " e card:2, ecard:2,"
        # Medicare's card, Medicaid's, and the health insurers' names a card is headed by
        # (not those that are words or surnames too: an anthem, Molina, "humana")
        " medicare health insurance:4, 1 800 medicare:4, medicare claim number:4,"
        " medicare number:3, name of beneficiary:4, is entitled to:2, hospital part a:3,"
        " medical part b:3, coverage starts:2, medi cal:3, benefits identification card:4,"
        " blue cross:2, blue shield:2, bcbs:2, aetna:2, cigna:2, unitedhealthcare:2,"
        " independent licensee of the:3,"
        " united healthcare:2, kaiser permanente:2, ambetter:2, wellcare:2, tricare:2,"
        " healthfirst:2, metroplus:2, premera:2, caresource:2, amerigroup:2,"
        " molina healthcare:2, anthem blue:2, humana inc:2",
        "seguro medico:3, seguro de salud:3, numero de miembro:3, plan de salud:3,"
        " tarjeta de seguro:3, copago:3, copagos:3, deducible:2, medico primario:3",
        # as OCR reads a card's small print, run together: "RxPCN", "MemberID"
        "rxpcn:4, rxgrp:4, rxgroup:3, rxid:3, memberid:3, groupno:2, pcpname:3",
        "carte vitale:4, carte d assurance maladie:4, assurance maladie:3, cpam:2,"
        " caisse primaire:2, mutuelle:2")),
    DocumentType("medical_claim", "Medical claim or bill", "medical", cues(
        "health insurance claim form:5, claim form:3, cms 1500:4, hcfa:3, ub 04:4,"
        " insured s name:3, insured s id number:3, insured s i d number:3,"
        " patient s name:3, patient s birth date:3, patient s address:3,"
        " patient relationship to insured:4, date s of service:3, dates of service:3,"
        " place of service:3, cpt:2, hcpcs:3, diagnosis or nature of illness:4,"
        " diagnosis code:3, icd:2, npi:3, referring provider:3, rendering provider:3,"
        " billing provider:3, physician or supplier:3, attending:2, admission:2,"
        " type of bill:3, rev cd:3, condition codes:2, occurrence span:3, total charges:2,"
        " explanation of benefits:4, statement covers period:3, patient account:2,"
        " medical invoice:4, medical bill:4, hospital bill:4, services rendered:2,"
        " treatment authorization:3, medical insurance invoice:5, patient balance:3,"
        " patient responsibility:3, guarantor:3, insurance adjustment:3, procedure code:3,"
        " cpt code:3, hospital charges:3",
        "reclamo medico:4, factura medica:4, factura del hospital:4")),
    DocumentType("intake_form", "Patient form", "medical", cues(
        "intake form:4, health intake:4, patient intake:4, patient information:3,"
        " patient registration:4, new patient:3, medical history:3, emergency contact:3,"
        " relationship to patient:4, referred by:2, current medications:3, medication:2,"
        " medications:2, allergies:2, medical concerns:3, primary care physician:3,"
        " insurance information:2, fever:2, cough:2, shortness of breath:3, covid 19:2,"
        " informed consent:3, consent for:2, immunization registry:4, immunizations:2,"
        " vaccination record:4, vaccination:3, vaccine:2, dose:2, 1st dose:3, 2nd dose:3,"
        " booster:2, lot number:2, healthcare professional:2, clinic site:3, screening:2,"
        " appointment card:4, your next appointment:3, next appointment:2, appointment:2,"
        " appointment reminder:4, please arrive:2, to cancel or reschedule:3,"
        " reschedule:2",
        "formulario de admision:4, historial medico:3, historia medica:3,"
        " contacto de emergencia:3, alergias:2, medicamentos:2, vacunacion:3,"
        " consentimiento informado:3, tarjeta de cita:4, su proxima cita:3, cita:2,"
        " recordatorio de cita:4",
        " vaccin:3, consentement:3, formulaire de consentement:4, fiche d admission:4,"
        " antécédents médicaux:3, médicaments:2, vacina:3, vacinação:3,"
        " termo de consentimento:4, histórico médico:3, formulário de admissão:4,"
        " ficha do paciente:3, vaksen:3, vaksinasyon:3, konsantman:3, fòm konsantman:4,"
        " fòm admisyon:4, alèji:2",
        "carte de rendez vous:4, rendez vous:2, fiche patient:3, cartao de consulta:4,"
        " consulta marcada:3, kat randevou:4, randevou:2")),
    DocumentType("receipt_invoice", "Receipt or invoice", "none", cues(
        "sales receipt:4, customer copy:3, thank you for shopping:4,"
        " thank you for your business:3, thank you for your purchase:3, change due:3,"
        " cash tendered:3, items sold:3, arts vendidos:3, articulos vendidos:3, cashier:2,"
        " register:1, approval code:2,"
        " merchant:2, sku:2, order number:2, ship to:3, shipping:2, payment terms:2,"
        " invoice date:3, invoice no:3, invoice number:3, invoice:4, sales tax:2, tip:1,"
        " gratuity:2, expense report:4, expenses:2, reimbursement:2, subtotal:2,"
        " gracias por su visita:4, gracias por su compra:4, gracias por hacer negocios:4,"
        " fecha de vencimiento:1, precio unitario:2, cantidad:1, iva:2, total a pagar:1,"
        " propina:2, mesa:1, cajero:2, efectivo:1, ticket:1, sub total:2, vat:2,"
        " subtotal tax total:3, visa:1, mastercard:1,"
        " vat registration:3, vat no:3, room type:3, room rate:3, guest folio:4,"
        " arrive:1, depart:1, nights:2,"
        # a hotel's folio; in Spanish a "folio" is the serial number every official paper
        # prints (a constancia, a certificate), so only a tax invoice's counts
        " folio:1, folio fiscal:4",
        " room charge:3, number of guests:3, guest:1,"
        # a till's slip: what it says at the bottom, and what a country's law calls it
        " please come again:3, boleta electronica:4, ticket de caja:4,"
        " factura simplificada:4, bon fiscal:4, casier:2,"
        # a bank's slip for one payment: a transfer, a deposit, a draft
        " comprobante de transferencia:4, transferencia inmediata:3,"
        " constancia de transferencia:4, comprobante de deposito:3, customer s receipt:3,"
        " transfer confirmation:3, versement especes:3,"
        "facture:2, tva:3, total ttc:3, total ht:3, montant ht:3, prix unitaire:2,"
        " quantite:2, merci de votre visite:4, remercie de votre visite:4, vous remercie:3",
        "fatura:4, nota fiscal:4, obrigado pela preferencia:3, cupom fiscal:4, nfc e:4,"
        " total de itens:3",
        # de, it: papers from elsewhere
        "rechnung:4, rechnungsnummer:4, mwst:3, fattura:4, totale:1, importo:2,"
        " kassenbon:4, bon nr:3, ruckgeld:3, summe eur:3")),
    DocumentType("advertisement", "Flyer, coupon or menu", "none", cues(
        "coupon:3, coupons:3, one per customer:3, limit one per customer:4,"
        " not valid with other offers:4, not valid with any other offer:4,"
        " buy one get one:3, buy 2 get 1:3, get 1 free:3, get one free:3, bogo:3,"
        " off your next:3, your next purchase:2, redeem:2, no cash value:4,"
        " while supplies last:3, flyer:3, concert:3, festival:3, health fair:4, job fair:3,"
        " raffle:3, bake sale:3, yard sale:3, garage sale:3, fundraiser:3, tickets:2,"
        " kids under:2, all ages:2, live music:3, food and games:3,"
        " bring the whole family:3, everyone welcome:2, all are welcome:2, free event:3,"
        " breakfast:2, lunch:2, dinner:2, drinks:2, specials:2, open 7 days:3,"
        " open daily:2, cheeseburger:2, omelet:2, pancakes:2, pancake:2, milkshake:2,"
        " product registration:5, registration card:3, register your product:4,"
        " activate your warranty:4, warranty card:3, warranty registration:4, warranty:2,"
        " serial number:2, serial no:2, model number:2, model no:2, date of purchase:2,"
        " purchased at:2, how did you hear about us:4, postage paid:2",
        "cupon:3, cupones:3, uno por cliente:3, no valido con otras ofertas:4,"
        " compre uno lleve otro:3, gratis:1, feria:2, feria de salud:4, kermes:3, kermesse:3,"
        " rifa:3, venta de garaje:3, recaudacion de fondos:3, boletos:2, entrada libre:3,"
        " musica en vivo:3, comida musica y juegos:3, traiga a toda la familia:3,"
        " todos son bienvenidos:2, restaurante:2, antojitos:3, platillos:2, desayunos:2,"
        " almuerzos:2, comidas corridas:3, abierto todos los dias:3,"
        " registro del producto:5, tarjeta de registro:3, tarjeta de garantia:3,"
        " active su garantia:4, activar su garantia:4, numero de serie:2, fecha de compra:2,"
        " lugar de compra:2, como se entero:4",
        "foire:2, tombola:3, billets:2, entrée gratuite:3, carte d enregistrement:3,"
        " numéro de série:2, date d achat:2, festa:2, feira:2, ingressos:2,"
        " entrada gratuita:3, número de série:2, data da compra:2, cadastro do produto:4,"
        " kipon:3, tikè:2")),
    # A scholar's paper or a page of one (an abstract, figures, references): evidence of
    # nothing the four tabs need, in English, French and Spanish.
    DocumentType("academic_paper", "Academic paper", "none", cues(
        "abstract:2, references:2, bibliography:2, works cited:3, et al:2, doi:2, arxiv:3,"
        " preprint:3, keywords:2, introduction:1, conclusion:1, conclusions:1,"
        " methodology:2, literature review:3, hypothesis:2, acknowledgments:2,"
        " acknowledgements:2, theorem:2, lemma:2, proceedings:2, journal of:2, figure:1,"
        " fig:1, equation:2, supplementary:2, corresponding author:3, related work:3,"
        " experimental results:2",
        "mots clés:2, bibliographie:2, références bibliographiques:3, remerciements:2,"
        " résultats:1, palabras clave:2, referencias:2, bibliografía:2,"
        " agradecimientos:2")),
    # A car's papers: its registration, title, insurance card (a "policy", a "VIN"), not
    # a health plan's card, or its lease from a dealer (a lease, but not of a home).
    DocumentType("vehicle", "Vehicle paper", "none", cues(
        "vehicle lease:4, leased vehicle:4, car lease:4, auto lease:4, residual value:3,"
        " msrp:3, excess kilometre:3, excess kilometer:3, excess mileage:3, odometer:3,"
        " dealer:2, dealership:2, arrendamiento de vehiculo:4,"
        "vehicle registration:4, registration renewal:3, certificate of title:4,"
        " auto insurance:4, automobile insurance:4, insurance identification card:4,"
        " vehicle identification number:3, vin:2, year make model:3, vehicle:2,"
        " license plate:3, plate number:2, motor vehicles:2, carte grise:4,"
        " certificat d immatriculation:4, tarjeta de circulacion:4, seguro de auto:4,"
        " registro de su vehiculo:3, vehiculo:2, placa:1")),
    # A pay stub, a receipt or a bill left blank (``suggest.SUMS``): told by what it lacks,
    # not by cues of its own.
    DocumentType("blank_form", "Blank form", "none", ()),
    # A course an adult took, certified (``suggest._COURSE``): told by its hours, not by
    # cues of its own.
    DocumentType("course", "Course certificate", "none", ()),
    DocumentType("resume", "Résumé", "none", cues(
        "resume:3, curriculum vitae:4, work experience:2, professional experience:3,"
        " experience:1, education:2, skills:2, references available:3, objective:2,"
        " summary of qualifications:3, awards and recognitions:3, awards:1,"
        " certifications:2, profile:1, hobbies:2, strengths:2, weaknesses:2,"
        " experiencia laboral:3, formacion academica:3, habilidades:2,"
        # a scholar's biographical sketch (a grant's biosketch)
        " biographical sketch:4, biosketch:4, positions and honors:3,"
        " selected publications:3, publications:2")),
)
