"""Built-in knowledge: document types, the category each proves, and the words that show
them, in English and Spanish, and for the main types in French, Portuguese and Haitian
Creole (letters of support, employer letters, rent receipts, leases, medical notes...).
Forms, cards and the papers that prove nothing are in ``forms``; how cues are written is in
``cues``.
"""

from __future__ import annotations

from desktop_app.core.assistant.cues import CATEGORIES, DocumentType
from desktop_app.core.assistant.cues import cues as _cues
from desktop_app.core.assistant.forms import FORM_TYPES
from desktop_app.i18n import _

__all__ = ["CATEGORIES", "DOCUMENT_TYPES", "DocumentType", "TYPES_BY_KEY", "type_label"]


# What every school paper prints (en, es, fr, pt, ht): a school record's words; an
# enrollment paper's too, one point less each (``_LESSER_SCHOOL``), so that a school paper
# that does not say it is about enrollment is a school record.
_SCHOOL = (
    "school district:3, student:2, grade:1, elementary school:3, middle school:3,"
    " high school:3, school principal:2, teacher:1, school:1, school year:1, escuela:2,"
    " estudiante:2, alumno:2, alumna:2, grado:1, maestra:1, maestro:1, ciclo escolar:2,"
    " distrito escolar:3, escuela primaria:3, escuela secundaria:3",
    "école:2, élève:2, étudiant:2, étudiante:2, année scolaire:2",
    "escola:2, aluno:2, aluna:2, ano letivo:2, série:1",
    "lekòl:2, elèv:2, etidyan:2, pwofesè:1",
)


_LESSER_SCHOOL = tuple((cue, max(1, weight - 1)) for cue, weight in _cues(*_SCHOOL))


DOCUMENT_TYPES: tuple[DocumentType, ...] = (
    DocumentType("lease", "Lease", "residence", _cues(
        "lease agreement:4, residential lease:4, rental agreement:4, landlord:2, tenant:2,"
        " lessee:2, lessor:2, monthly rent:2, security deposit:2, lease term:2, term of:1,"
        " premises:2, contrato de arrendamiento:4, contrato de alquiler:4, arrendador:2,"
        " arrendatario:2, inquilino:2, inquilina:2, renta mensual:2, deposito de seguridad:2,"
        " propietario:1, vivienda:1,"
        # a home let in India: a "rent agreement" or a "leave and license agreement"
        " leave and license agreement:5, leave and licence agreement:5, leave and license:4,"
        " leave and licence:4, rent agreement:4, rental deed:3, rent deed:3",
        # fr
        "contrat de location:4, contrat de bail:4, bail d habitation:4, bail de location:4,"
        " bail:1, locataire:2, bailleur:2, propriétaire:1, loyer mensuel:3, loyer:2,"
        " dépôt de garantie:2, durée du bail:3, logement:1",
        # pt
        "contrato de locação:4, contrato de aluguel:4, locatário:2, locatária:2, locador:2,"
        " locadora:2, aluguel mensal:3, valor do aluguel:3, aluguel:2, caução:2, fiador:2,"
        " imóvel:1, prazo de locação:3",
        # ht
        "kontra lwaye:4, kontra lokasyon:4, lwaye:2, lokatè:2, pwopriyetè:1, mèt kay:2,"
        " chak mwa:1",
        # de: a lease for a home in Germany, its parties and its rent
        "mietvertrag:4, wohnraummietvertrag:4, mietvertrag für wohnraum:4, vermieter:2,"
        " mieter:2, mietobjekt:3, mietbeginn:3, mietdauer:3, kaltmiete:3, nettokaltmiete:3,"
        " mietsicherheit:3, kaution:2, nebenkosten:2")),
    DocumentType("rent_receipt", "Rent receipt", "residence", _cues(
        "rent receipt:4, received from:2, rent for:3, for the month of:2, recibo de renta:4,"
        " received by:2, money order:1, dollars:1, recibido por:2, dolares:1, recibo:1,"
        " recibo de alquiler:4, recibi de:2, pago de renta:3, renta del mes:3,"
        " rent paid:3, receipt no:1, recibo no:1, landlord:1, apartment:1, apt:1,"
        " the sum of:1, received the sum of:3, for rent:2, rent:1, rent payment:3,"
        " payment of rent:3, receipt:1, la suma de:1, la cantidad de:1,"
        " por concepto de renta:4",
        "quittance de loyer:4, reçu de loyer:4, quittance:3, reçu de:2, reçu:1,"
        " la somme de:1, pour le loyer:3, loyer du mois:3, paiement du loyer:3",
        "recibo de aluguel:4, recebi de:2, recebemos de:2, a quantia de:2,"
        " a importância de:2, referente ao aluguel:3, aluguel do mês:3,"
        " pagamento do aluguel:3",
        " recebido por:2, dinheiro:1, referente a:1",
        "resi lwaye:4, resi:2, mwen resevwa:2, resevwa:1, lajan lwaye:3, peye lwaye:3,"
        " pou lwaye:3, pou mwa:1")),
    DocumentType("utility_bill", "Utility bill", "residence", _cues(
        "electric:1, electricity:2, kwh:3, water service:3, water bill:3, sewer:2,"
        " gas service:3, natural gas:2, meter:2, meter reading:3, service address:3,"
        " amount due:2, total amount due:2, energy:1, usage:1, utility:2, utilities:2,"
        " internet service:2, factura de luz:4, consumo:2, medidor:3, direccion de servicio:3,"
        " servicio de agua:3, kilowatt:3, billing period:2, account number:1,"
        " current charges:2, total current charges:3, previous balance:2, new charges:2,"
        " service period:2, electric service:3, water and sewer:3, kwh used:3, therms:3,"
        " ccf:2, gallons:2, bill summary:2, pay your bill:2, electric bill:4, gas bill:4,"
        " phone bill:3, internet bill:3, total a pagar:2, monto a pagar:2,"
        " disconnection notice:4, shut off notice:4, shutoff notice:4, shut off:2,"
        " disconnection:3, past due:2, service will be disconnected:4,"
        " aviso de desconexion:4, aviso de corte:4, corte de servicio:3, desconexion:3,"
        " saldo vencido:2,"
        " periodo de facturacion:2, recibo de luz:4, recibo de agua:4, servicio de luz:3,"
        # what a bill calls itself, and an Indian electricity bill's connection and units
        " electricity bill:4, energy bill:3, utility bill:3, telephone bill:3,"
        " bill of supply:3, bill period:2, billing cycle:2, energy used:2, units consumed:3,"
        " consumer number:2, connected load:3, sanctioned load:3,"
        # a home's internet plan's monthly statement: its speed, its bill's own sums
        " mbps:3, broadband:3, internet plan:3, wifi plan:3, last bill amount:3,"
        " this month s charges:3, postpaid:2",
        " electricidad:2, energía eléctrica:3, suministro:2, punto de suministro:3,"
        " potencia contratada:3, lectura del contador:3, contador:2,"
        " factura de electricidad:4, factura de luz y gas:4, factura del agua:4,"
        " factura de gas:4, recibo de gas:4, recibo de teléfono:4, factura de teléfono:4,"
        " servicio de internet:3, historial de consumo:3, cargo fijo:2, lecturas:2,"
        # a home's internet plan as an Andean provider's e-invoice names it
        " acceso a internet:3, servicio de acceso a internet:4, plan residencial:3,"
        # a Chilean or Mexican bill or its receipt: the customer's number, the meter's
        # readings, the water, and the company that sends it
        " numero de cliente:2, lectura anterior:3, lectura actual:3, agua potable:2,"
        " servicio electrico:3, consumo electrico:3, lectura inicial:3, lectura final:3,"
        " servicio de agua potable:4, alcantarillado:2, periodo facturado:3,"
        " suministrador de servicios basicos:4, comision federal de electricidad:4, cfe:3,"
        " enel:2, essbio:4, aguas andinas:4, esval:3, metrogas:3, chilquinta:3,"
        # a telephone company's bill: its month billed and its telecommunication services
        " mes de facturacion:3, servicios de telecomunicaciones:3, telefonos de mexico:4,"
        " servicio telefonico:3, linea telefonica:2,"
        # a home's landline and broadband as Airtel bills them ("Fixedline and Broadband
        # Services", "Landline No")
        " fixedline:3, fixed line:3, landline:2,"
        # a building's or an association's monthly dues: the home's share of its costs
        " junta de condominio:4, recibo de condominio:4, cuota de condominio:4,"
        " administracion del condominio:4, condominio:3, gastos comunes:4,"
        " cuota de mantenimiento:3, alicuota:3, expensas:3, hoa dues:4,"
        " association dues:3, condo fee:3, condo fees:3, monthly assessment:3",
        "facture d électricité:4, facture d eau:4, facture de gaz:4, consommation:2,"
        " compteur:3, relevé de compteur:3, montant à payer:2, adresse de service:3,"
        " électricité:2, gaz naturel:2, eau potable:2, assainissement:2,"
        " lieu de consommation:3, point de livraison:3, point de comptage:3,"
        " puissance souscrite:3, kva:2, chèque énergie:3, fournisseur d énergie:3,"
        " facture d énergie:4, prochaine facture:2, échéancier:2, abonnement:1,"
        " facture de téléphone:4, facture internet:4, accès internet:2, ligne fixe:2,"
        # a home's internet and phone line: the box, the line, where it is installed
        " freebox:3, livebox:3, bbox:3, box internet:3, abonnement internet:3, offre fibre:3,"
        " fibre optique:2, numéro de ligne:3, adresse de l installation:3,"
        " adresse d installation:3, téléphonie fixe:3",
        "conta de luz:4, conta de água:4, conta de energia:4, conta de gás:4,"
        " valor a pagar:2, leitura:2, unidade consumidora:3, endereço de instalação:3,"
        " energia elétrica:3, fornecimento de energia:3, conta de telefone:4,"
        " conta de internet:4,"
        # a Brazilian water and sewer bill: its meter, its readings, its service
        " fatura de água:4, fatura de energia:4, fatura de luz:4, água e esgoto:3,"
        " esgoto:2, hidrômetro:3, saneamento:2, abastecimento de água:3, tarifa de água:3,"
        " mês de referência:2",
        "bòdwo kouran:4, bòdwo dlo:4, bòdwo:2, konsomasyon:2, kontè:1, elektrisite:2")),
    DocumentType("bank_statement", "Bank statement", "residence", _cues(
        "statement period:3, beginning balance:3, ending balance:3, opening balance:2,"
        " closing balance:2, withdrawals:2, deposits:1, checking account:3,"
        " savings account:2, account summary:2, estado de cuenta:3, saldo inicial:3,"
        " saldo final:3, retiros:2, depositos:1, bank:1, banco:1, credit union:2,"
        " routing number:2, debit card:1, member fdic:3, statement cycle:3, new balance:2,"
        " digital banking:2, online banking:2, deposits and other credits:3,"
        " withdrawals and other debits:3, checks paid:3, average balance:2,"
        " average posted balance:3, total deposits:2, total withdrawals:2, interest earned:2,"
        " annual percentage yield:3, overdraft:2, account statement:3,"
        # an account's activity printed from the bank's website
        " transaction history:2, end of day balance:3, interest paid:2,"
        " ach electronic credit:3, ach electronic debit:3, available balance:2,"
        " your account balance:3, account value:2,"
        # as banks in India and the United Kingdom print it: a statement of account, each
        # line's narration, its withdrawal or deposit, and the branch's codes
        " statement of account:4, statement of accounts:4, statement of banking account:4,"
        " bank statement:4, withdrawal:2, withdrawal dr:3, deposit cr:3, narration:3,"
        " chq ref no:3, ifsc:3, ifsc code:3, micr:2, branch:1, balance brought forward:3,"
        " balance carried forward:3, sort code:3, transaction details:2, value date:2,"
        # a credit card's statement
        " credit card statement:4, minimum payment due:3, minimum payment:2,"
        " payment due date:2, credit limit:2, available credit:2, statement closing date:3,"
        " estado de cuenta de:3, fecha de corte:3, fecha limite de pago:3, pago minimo:3,"
        " limite de credito:3, balance al corte:3, saldo al corte:3, resumen de cuenta:2,"
        " tarjeta de credito:2,"
        # a Mexican savings bank's or credit union's monthly statement
        " estado de cuenta mensual:4, resumen de saldos:3, cuenta de ahorro:2,"
        " saldo disponible:2",
        "relevé de compte:4, relevé bancaire:4, solde initial:3, solde final:3,"
        " ancien solde:3, nouveau solde:3, solde:1, virement:1, banque:1, compte courant:2,"
        # as Crédit Mutuel prints it: "Relevé et informations bancaires", each line's
        # "Date valeur", the balance "Solde créditeur au 30/06/2021"
        " relevé et informations bancaires:4, solde créditeur:3, solde débiteur:3,"
        " date valeur:3, extrait de compte:4",
        "extrato bancário:4, extrato de conta:4, extrato:2, saldo anterior:3,"
        " conta corrente:3, conta poupança:2, saques:2,"
        # a Brazilian credit card's monthly bill ("fatura do cartão")
        " fatura do cartão:4, resumo da fatura:4, total desta fatura:3,"
        " total da fatura anterior:3, lançamentos atuais:3")),
    DocumentType("proof_of_address", "Proof of address", "residence", _cues(
        "proof of address:4, proof of residence:4, resides at:3, has lived at:3,"
        " has resided:3, constancia de domicilio:4, comprobante de domicilio:4,"
        " reside en:2, change of address:4, change of address confirmation:4,"
        " mover s guide:4, movers guide:4, moversguide:4, move validation letter:4,"
        " mail forwarding:3, forwarding address:2, new address:2, old address:2, usps:2,"
        " postal service:2, change of address request:4, move effective date:3,"
        " cambio de domicilio:3, cambio de direccion:3, my tenant:3, our tenant:3,"
        " has rented:3, rents from me:4, rented from me:4, has been renting:3,"
        " lives in my:3, mi inquilino:3, mi inquilina:3, me renta:3, renta conmigo:3,"
        " vive en mi:3,"
        " own the house:3, i own the:2, owner of the house:3, rents a room:3,"
        " rents the basement:3, rented the basement:3, has rented the:3, every month:1,"
        " soy dueno de:3, soy duena de:3, dueno de la casa:3, duena de la casa:3,"
        " le rento:3, me renta un cuarto:4, renta un cuarto:3,"
        " nueva direccion:2, verification of address:4, address verification:4,"
        " verification of residence:4, verificacion de domicilio:4, receives mail:2,"
        " at this address since:3,"
        # a certificate that the person lives where it says, as a neighbourhood council,
        # a town hall or a police station gives it
        " certificado de residencia:4, constancia de residencia:4,"
        " certificado de domicilio:4, certificado de vecindad:4, constancia de vecindad:4,"
        " certificado de empadronamiento:4, volante de empadronamiento:4,"
        " certificate of residence:4, residence certificate:4, certificate of residency:4,"
        " residency certificate:4, domicile certificate:4,"
        # a tax office's certificate of the taxpayer's registration, which states the
        # address he is registered at (Mexico's SAT, Colombia's DIAN)
        " constancia de situacion fiscal:4, cedula de identificacion fiscal:4,"
        " registro unico tributario:4,"
        "justificatif de domicile:4, attestation de domicile:4,"
        " attestation d hébergement:4, certificat de résidence:4, réside à:2,"
        " domicilié à:2, demeurant à:2, changement d adresse:3",
        " propriétaire de la maison:3, loue une chambre:3, me loue:3, m a loué:3",
        "comprovante de residência:4, comprovante de endereço:4,"
        " declaração de residência:4, atestado de residência:4, reside na:2, reside no:2,"
        " residente em:2, mudança de endereço:3",
        " proprietário da casa:3, proprietária da casa:3, aluga um quarto:3",
        "prèv adrès:4, sètifika rezidans:4, abite nan:2, rete nan:1, ap lwe:3, lwe yon:2,"
        " mèt kay la:3")),
    DocumentType("tax_return", "Tax return", "employment", _cues(
        "form 1040:4, 1040:2, individual income tax return:4, income tax return:3,"
        " adjusted gross income:3, taxable income:2, internal revenue service:2,"
        " tax year:2, declaracion de impuestos:4, filing status:3, refund:1,"
        " itin:1, tax transcript:4, declaracion de impuestos sobre la renta:2,"
        " schedule c:4, profit or loss from business:5, schedule e:3,"
        " supplemental income and loss:4, schedule se:3, self employment tax:3,"
        " nonemployee compensation:4, 1099 nec:4, 1099 misc:4,"
        " u s individual income tax return:5, 1040 sr:3")),
    DocumentType("w2", "W-2", "employment", _cues(
        "w 2:4, w2:3, wage and tax statement:5, wages tips:3, employer identification number:3,"
        " federal income tax withheld:3, social security wages:3, medicare wages:3,"
        " employer s name:1, earnings summary:3, w 2 and earnings summary:6,"
        " employee reference copy:3, omb no 1545 0008:4, allocated tips:2,"
        " dependent care benefits:2, nonqualified plans:2, social security tips:2,"
        " statutory employee:2, third party sick pay:2, control number:2, state wages:2,"
        " local wages:2,"
        # India's certificate of the tax an employer kept back from a salary
        " form no 16:5, form 16:4, tax deducted at source:3,"
        " certificate under section 203:4")),
    DocumentType("pay_stub", "Pay stub", "employment", _cues(
        "pay stub:4, paystub:4, earnings statement:4, pay period:3, pay date:3, gross pay:3,"
        " net pay:3, ytd:2, year to date:2, deductions:1, hours worked:2, regular hours:2,"
        " overtime:1, federal withholding:2, payroll check:4, payroll:2, advice date:3,"
        " pay begin date:3, pay end date:3, earnings and hours:3, net pay distribution:3,"
        " talon de pago:4, talon de cheque:4,"
        " recibo de nomina:4, periodo de pago:3, pago neto:3, salario neto:3, pago bruto:3,"
        " salario bruto:3, fecha de pago:2, horas trabajadas:2, deducciones:1, nomina:2,"
        # a Chilean pay slip (its pay, its deductions, the pension fund and health plan
        # they go to) and a Mexican one (what was paid, what was kept, the social security)
        " liquidacion de sueldo:4, liquidacion de sueldos:4, liquidacion de remuneraciones:4,"
        " haberes:3, total haberes:3, total descuentos:3, sueldo base:3, liquido a pagar:3,"
        " alcance liquido:4, total imponible:3, imponible:2, seguro de cesantia:3, afp:2,"
        " fonasa:2, isapre:2, dias trabajados:2, percepciones:3, total percepciones:3,"
        " total deducciones:3, neto a pagar:3, imss:2, isr:1,"
        # what a pay slip is called elsewhere in Latin America (Peru, Colombia, Argentina,
        # Central America) and the lines it prints
        " boleta de pago:4, boleta de remuneraciones:4, boleta de sueldo:4,"
        " recibo de sueldo:4, recibo de haberes:4, recibo de pago de salario:4,"
        " colilla de pago:4, desprendible de pago:4, comprobante de nomina:4,"
        " aportes del empleador:3, aporte del empleador:3, remuneracion:2,"
        " remuneraciones:2, total ingresos:2, essalud:2,"
        " fecha de ingreso:2, net payment:3,"
        # a Colombian pay slip: what was earned and deducted, the employee's health and
        # pension contributions, the severance fund's interest
        " salario basico:3, devengado:3, total devengado:3, devengo:2, deducido:2,"
        " total deducido:3, salud empleado:3, pension empleado:3, cesantias:2,"
        " auxilio de transporte:3, retencion en la fuente:2,"
        # a pay slip in the English of India, the United Kingdom and elsewhere: its
        # earnings and deductions, the provident fund, the employee's code and grade
        " payslip:4, pay slip:4, salary slip:4, payslip for the month:5, pay advice:3,"
        " earnings:1, basic salary:3, basic pay:3, house rent allowance:3, hra:2,"
        " provident fund:3, professional tax:3, gross salary:3, net salary:3,"
        " gross earnings:3, total earnings:3, net pay for the month:4, take home pay:3,"
        " national insurance:2, paye:2, tax code:1, emp code:2, employee code:2,"
        " date of joining:2, designation:1",
        "bulletin de paie:4, fiche de paie:4, bulletin de salaire:4, salaire brut:3,"
        " salaire net:3, net à payer:3, période de paie:3, cotisations:1,"
        " heures travaillées:2, salaire de base:2, cotisations salariales:3, net imposable:3,"
        " net payé:2",
        "contracheque:4, holerite:4, demonstrativo de pagamento:4, recibo de pagamento:3,"
        " salário líquido:3, total de vencimentos:3, total de descontos:3, descontos:1,"
        " proventos:3, total de proventos:3, salário base:3, líquido a receber:4, inss:2,"
        " fgts:2, irrf:2, base de cálculo fgts:3, folha de pagamento:3, ctps:1",
        "fich pewòl:4, pewòl:3, salè brit:3, salè nèt:3",
        # de: a German pay slip, what it is called and its gross and net pay
        "gehaltsabrechnung:4, lohnabrechnung:4, entgeltabrechnung:4, verdienstabrechnung:4,"
        " abrechnung der brutto netto bezüge:5, brutto bezüge:3, netto bezüge:3,"
        " gesamtbrutto:3, nettoverdienst:3, auszahlungsbetrag:3, lohnsteuer:2,"
        " solidaritätszuschlag:2, krankenkasse:1",
        # ms, id: a Malaysian or Indonesian pay slip ("slip gaji"): its basic pay, what it
        # earned and what was deducted, the provident fund (KWSP)
        "slip gaji:4, penyata gaji:4, gaji pokok:4, gaji bersih:3, no gaji:3,"
        " pendapatan:1, potongan:1, jumlah pendapatan:3, jumlah potongan:3, kwsp:2,"
        " tunjangan:1")),
    DocumentType("employer_letter", "Employer letter", "employment", _cues(
        "employment verification:4, verification of employment:4, has been employed:4,"
        " has worked:3, employed by:2, employed with:2, employed as:3, our company:2,"
        " human resources:2, per hour:2, hourly rate:2, full time:2, employee:1,"
        " carta de empleo:4, constancia de trabajo:4, constancia laboral:4,"
        " ha trabajado:3, trabaja para:2, trabaja en:1, empleado:2, empleada:2, por hora:1,"
        " tiempo completo:2, supervisor:1, reliable worker:2, puesto de:2, position of:2,"
        " nuestra empresa:2, trabajo para mi:4, trabajo conmigo:4, fue empleado:3,"
        " fue empleada:3, futuro empleador:3, employment history:3, previous employment:2,"
        " position held:2, employment application:2,"
        # an employer's letter or certificate of service as written in South Asia and the
        # Middle East, and an employer's award for years of service
        " experience letter:4, experience certificate:4, relieving letter:4,"
        " service certificate:3, worked as:2, working period:2, years of service:4,"
        " year of service:4, service award:4, employee of the month:4,"
        " employee of the quarter:4, work performance:2,"
        " employee of the year:4, dedicated service:3, loyal service:3,"
        # a certificate of work or of an internship ("this is to certify that ... worked
        # with us from ... to ...") and a Latin American "carta laboral"
        " worked with us:4, worked for us:4, interned with us:4, internship certificate:4,"
        " certificate of employment:4, employment certificate:4, work experience:2,"
        " internship:2, intern:1, was employed:3, carta laboral:4, certificado laboral:4,"
        " certificacion laboral:4, certificado de trabajo:4, labora en:3, laboro en:3,"
        " presto sus servicios:4, presta sus servicios:4, desempenando el cargo:3,"
        " desempena el cargo:3, desempenando el puesto:3, desempena el puesto:3,"
        " contrato a termino indefinido:3, salario mensual:2,"
        " sus servicios como:3, termino indefinido:3, asignacion mensual:3,"
        " gestion humana:2, talento humano:2, pasantia:3, practica profesional:3,"
        " practicas profesionales:3, practicas formativas:3,"
        " future endeavors:3, future endeavours:3,"
        # an employer's letter of a raise, a transfer or an appointment
        " salary increment:4, increment letter:4, revised salary:3, salary revision:3,"
        " your salary:2, transfer letter:4, you have been transferred:4,"
        " appointment letter:4, letter of appointment:4, offer letter:3,"
        " offer of employment:4, your employment:2, your appointment:2, ctc:2,"
        " date of joining:2, continuation in service:3, hr:1,"
        # a contract of employment, and the end of one
        " employment agreement:4, employment contract:4, contract of employment:4,"
        " contrato de trabajo:4, contrato individual de trabajo:4, contrato laboral:4,"
        # a person hired by the day or for a service ("pago por jornal diario", "12 días
        # de trabajo")
        " contrato de servicios:3, contrato de prestacion de servicios:3, jornal diario:3,"
        " dias de trabajo:2,"
        " letter of resignation:3, resignation letter:3, acceptance of resignation:4,"
        " resignation accepted:4, your resignation:3, submit resignation:3,"
        " termination date:2, last working day:3,"
        # a colleague's or a manager's recommendation: the writer's own team and work
        " member of our team:4, part of our team:3, joined our team:3, time with us:3,"
        " excellent worker:2, internship program:3,"
        # an employer's reference ("was an employee", "for the position she is seeking",
        # "a great asset to any employer") and an intern still at work
        " was an employee:3, an employee of:2, worked for me:4, worked under me:4,"
        " worked under my supervision:4, my employee:3, our employee:3, as my manager:3,"
        " member of my team:3, part of our team:2, my team:2, team player:2,"
        " work ethic:2, for the position:2, for a position:2, position he is seeking:3,"
        " position she is seeking:3, any employer:3, future employer:3,"
        " prospective employer:3, asset to any:2, currently working with:3,"
        " currently working as:3, working with us:3, stipend:2, his tenure:2,"
        " is working in my:3, is working in our:3, is working as:3, has been working as:3,"
        " working in my office:3,"
        # a reference the employer calls so, and one that tells the person's time there:
        # hired, promoted, the last day
        " professional reference:4, referencia laboral:4, was hired:3, we hired:3,"
        " was promoted:3, his last day:3, her last day:3,"
        # a manager's reference says the person worked under them
        " under my management:4, under my supervision:3, under my direct supervision:4,"
        " reported to me:4, reported directly to me:4, as his supervisor:4,"
        " as her supervisor:4, as his manager:4, as her manager:4, as their manager:4,"
        " during his employment:4, during her employment:4, as an employee:2,"
        " bajo mi supervision:4, bajo mi direccion:3, bajo mi cargo:3, un empleado:2,"
        " una empleada:2,"
        # a colleague's reference speaks of the work done together and of the team
        " as his colleague:4, as her colleague:4, as their colleague:4, colleague from:3,"
        " work with him again:3, work with her again:3, hire him again:4, hire her again:4,"
        " our development team:3, development team:2, teammates:2, work assigned:3,"
        " tasks assigned:3, any role:2, he works as:3, she works as:3, asset to every:2,"
        # a French supervisor's reference: "j'ai eu l'occasion de superviser ... lors de
        # son stage", "un excellent collaborateur", "pour tout poste"
        " superviser:3, supervise:2, son stage:3, stage de fin d etudes:4, stagiaire:3,"
        " excellent collaborateur:3, excellente collaboratrice:3, pour tout poste:3,"
        " au sein de l entreprise:3,"
        " her tenure:2, was an intern:3, an intern at:3, his internship:2,"
        " her internship:2, main duties:2, his duties:2, her duties:2, job duties:2,"
        " duties included:3, duties consisted of:3, responsibilities included:2,"
        # the lines of an employer's verification ("Date of Hire: ... Annual Salary: ...
        # Employment Status: Permanent ... issued as a proof of his employment")
        " date of hire:3, annual salary:3, employment status:2, proof of employment:4,"
        " proof of his employment:4, proof of her employment:4, employee s status:3,"
        " salario anual:3, fecha de ingreso:2,"
        # a Mexican constancia laboral: where and since when the person works, the post,
        # the hours and the pay, the employer's registration, the office that signs
        " laborando:2, horario laboral:3, registro patronal:3, salario bruto:2,"
        " ultimo puesto:2, capital humano:2, desempenando funciones:3, centro de trabajo:2,"
        " adscrita:2, adscrito:2, gran trabajador:2, excelente trabajador:2,"
        " buen trabajador:2,"
        # a Mexican public body's "oficio de comision": the task it sends its employee on,
        # signed by the employee's immediate superior
        " oficio de comision:4, jefe inmediato:3, trabajo a desempenar:3",
        "attestation de travail:4, attestation d emploi:4, attestation employeur:4,"
        " certificat de travail:4, contrat de travail:4, attestation de salaire:3,"
        " est employé:3, est employée:3,"
        " travaille pour:2, travaille chez:2, travaille dans notre:3, notre entreprise:2,"
        " notre société:2, en qualité de:2, à temps plein:2, temps plein:2, salarié:2,"
        " salariée:2, ressources humaines:2, employé:1, employée:1, taux horaire:2,"
        " heures par semaine:2, attestation de stage:4, stagiaire:2,"
        " travaille avec nous:3, ancien employé:3, ancienne employée:3",
        "declaração de trabalho:4, declaração de emprego:4, carta do empregador:4,"
        " trabalha para:2, trabalha na nossa:3, trabalha em nossa:3, é funcionário:3,"
        " é funcionária:3, funcionário:2, funcionária:2, nossa empresa:2, tempo integral:2,"
        " cargo de:2, recursos humanos:2, empregado:2, carteira de trabalho:3,"
        " horas por semana:2, declaração de estágio:4, estagiário:2,"
        " estagiária:2, sob minha supervisão:4, sob minha gestão:4",
        "lèt travay:4, lèt anplwayè:4, travay pou:2, travay nan konpayi:3, konpayi nou:3,"
        " anplwaye:3, anplwayè:3, patwon:2, pa èdtan:2, tan plen:2, lè pa semèn:2")),
    DocumentType("work_authorization", "Work authorization", "employment", _cues(
        "employment authorization:5, employment authorization document:5, i 765:4,"
        " i 766:4, work permit:3, permiso de trabajo:4, autorizacion de empleo:4,"
        " card expires:2, valid from:1,"
        # printed on the card itself (I-766); a permanent resident card does not say it
        " not valid for reentry:4",
        "permis de travail:4, autorisation de travail:4, autorização de trabalho:4,"
        " permissão de trabalho:4, pèmi travay:4, otorizasyon travay:4")),
    DocumentType("medical_record", "Medical record", "medical", _cues(
        "patient:2, diagnosis:3, physician:2, clinic:2, medical record:4, medical records:4,"
        # a doctor's certificate that someone is (was) under treatment, as South Asia's
        # doctors write it, and a family doctor's letterhead
        " medical certificate:4, under my treatment:4, certificado medico:4,"
        " family physician:3,"
        " blood pressure:3, chief complaint:3, assessment and plan:3, hospital:2,"
        " discharge:2, follow up:1, symptoms:2, treatment:1, paciente:2, diagnostico:3,"
        " clinica:2, expediente medico:4, historia clinica:4, consulta:2,"
        " presion arterial:3, alta medica:3, sintomas:2, medico:2, doctor:1, dr:1,"
        " immunization:2, vaccine:2, vacuna:2, medical:1, health center:2,"
        " centro de salud:2, chronic:2, cronica:2, hospitalized:2, hospitalizado:2,"
        " hospitalizada:2, asthma:2, asma:2, pediatrician:2, pediatric:2, pediatra:2, md:1,"
        " nurse:1, enfermera:1, health:1, salud:1, surgery:2, cirugia:2, visit summary:3,"
        " date of service:2, after visit summary:4, discharge summary:4, discharged:2,"
        # a ward's form: the patient's name, bed and hospital numbers, the daily notes
        " patient name:2, progress notes:3, progress note:3, bed no:2, ipd no:2, uhid:2,"
        " admitted:2, attending provider:3, provider notes:3, visit notes:3,"
        " patient visit:3, history of present illness:3, hpi:2, review of systems:3,"
        " physical exam:3, vitals:2, pmhx:2, nkda:2, meds:1, doctor s note:4,"
        " medical excuse:4, work excuse:3, excused from work:3, excused from school:3,"
        " return to work:3, was seen in our office:3, was seen today:3, under my care:3,"
        " nota medica:4, constancia medica:4, justificante medico:4, incapacidad:2,"
        " fue atendido:3, fue atendida:3, reposo:2,"
        # a laboratory's report of a patient's tests
        " lab report:4, laboratory report:4, lab results:4, laboratory results:4,"
        " test results:3, test report:3, reference range:3, reference interval:3,"
        " ref range:3, bio ref interval:3, specimen:2, sample collected:3, pathology:3,"
        " hemoglobin:3, haemoglobin:3, hemogram:3, complete blood count:4, cbc:2,"
        " blood count:3, glucose:2, cholesterol:2, triglycerides:2, creatinine:2,"
        " resultados de laboratorio:4, laboratorio clinico:3, hemoglobina:3,"
        " biometria hematica:4, quimica sanguinea:4, examen de sangre:3,"
        " examenes de laboratorio:4, valores de referencia:3,"
        # a microbiology laboratory's culture and the antibiotics that act on what grew
        " gram stain:3, tincion de gram:3, antibiogram:4, antibiograma:4,"
        " culture and sensitivity:4, urine culture:4, blood culture:4, urocultivo:4,"
        " hemocultivo:4, coprocultivo:4, resultado del cultivo:3, microorganism:2,"
        " microorganisms:2, microorganismo:2, microorganismos:2, pseudomonas:2,"
        " escherichia coli:2, staphylococcus:2, streptococcus:2, enterococcus:2,"
        " klebsiella:2,"
        # a radiologist's report of a scan: the study, the patient's history, what was seen
        " radiology:3, radiologist:3, radiology report:4, mri:3, magnetic resonance:3,"
        " ct scan:3, computed tomography:3, ultrasound:3, sonography:3, x ray:2,"
        " mammogram:3, clinical history:3, findings:2, impression:2,"
        " radiologia:3, resonancia magnetica:3, tomografia:3, ecografia:3, ultrasonido:3,"
        " radiografia:3",
        " pediatrics:3, excuse from school:3, excuse from work:3, school excuse:3,"
        " seen in clinic:3, seen in our clinic:3, excusa medica:4, pediatria:3,"
        " family medicine:3, internal medicine:3, medicine:1, medicina familiar:3,"
        " consultation fee:3, consultation charges:3, doctor consultation:3,"
        " specialty hospital:3, speciality hospital:3, multispeciality:3,"
        " medicina interna:3, medicina general:3, medicina:1",
        "patiente:2, diagnostic:3, médecin:2, docteur:1, clinique:2, hôpital:2,"
        " certificat médical:4, dossier médical:4, consultation médicale:3,"
        " consultation:1, médecine générale:3, symptômes:2, tension artérielle:3,"
        " maladie:2, soins:1, santé:1, chirurgien dentiste:4, dentiste:3, rpps:2,"
        " analyses médicales:4, laboratoire d analyses:4, hémoglobine:3,"
        " centre de santé:2",
        "atestado médico:4, atestado:2, prontuário:4, pressão arterial:3, doença:2,"
        " saúde:1, posto de saúde:2, unidade de saúde:2, internado:2, internada:2",
        "pasyan:2, dyagnostik:3, doktè:2, klinik:2, lopital:2, maladi:2, sante:1,"
        " sentòm:2, tansyon:2, konsiltasyon:2, enfimyè:1, sètifika medikal:4")),
    DocumentType("psych_evaluation", "Psychological evaluation", "medical", _cues(
        "psychological evaluation:5, psychological assessment:5, psychologist:3, ptsd:3,"
        " post traumatic:3, depression:2, anxiety:2, mental health:3, therapy:2, therapist:2,"
        " evaluacion psicologica:5, psicologo:3, psicologa:3, salud mental:3, ansiedad:2,"
        " depresion:2, trastorno:2, terapia:2, counseling:2, psychiatric:3",
        "évaluation psychologique:5, psychologue:3, santé mentale:3, anxiété:2,"
        " traumatisme:2, stress post traumatique:3, thérapie:2",
        "avaliação psicológica:5, saúde mental:3, ansiedade:2, depressão:2, transtorno:2",
        "evalyasyon sikolojik:5, sikològ:3, sante mantal:3, depresyon:2, twoma:2,"
        " terapi:2")),
    DocumentType("treatment", "Prescription or treatment", "medical", _cues(
        "prescription:4, refills:3, pharmacy:3, dentist:3, dental:2, dosage:2, mg:2,"
        " take one tablet:3,"
        " tablet:2, tablets:2, treatment plan:3, ongoing treatment:3, receta:4, farmacia:3,"
        " tableta:2, dosis:2, tratamiento:2, medicamento:2, rx:2, dialysis:3, dialisis:3,"
        " chemotherapy:3, quimioterapia:3, physical therapy:3, medication:2, inhaler:2,"
        " inhalador:2,"
        # capsules prescribed, a dental clinic's or a practice's pad and a hospital's
        # out-patient card, whose doctor's hand OCR seldom reads
        " capsule:2, capsules:2, capsula:2, capsulas:2, dentistry:3,"
        " dental clinic:3, clinica dental:3, opd:2, op card:3, outpatient:2,"
        " out patient:2, consultorio:2",
        "ordonnance:4, pharmacie:3, traitement:2, médicament:2, comprimés:2, comprimé:2,"
        " posologie:2",
        "receita médica:4, tratamento:2, comprimidos:2, comprimido:2",
        "preskripsyon:4, famasi:3, tretman:2, medikaman:2")),
    DocumentType("support_letter", "Letter of support", "community", _cues(
        "letter of support:4, letter of recommendation:4, character reference:4,"
        " letter of appreciation:4, carta de agradecimiento:4,"
        " letter of reference:4, reference letter:4, provide a reference:3,"
        " i have known:4, good moral character:4, member of our:3, congregation:3,"
        " church:2, parish:3, pastor:2, reverend:2, community:1, honest:1, hardworking:2,"
        # the applicant's other houses of worship
        " mosque:2, masjid:3, imam:2, islamic center:3, synagogue:2, rabbi:2, gurdwara:3,"
        " hard working:2, i recommend:2, i support:2, carta de apoyo:4,"
        " carta de recomendacion:4, lo conozco:3, la conozco:3, conozco a:3,"
        " buen caracter moral:4, iglesia:2, parroquia:3, congregacion:3, comunidad:1,"
        " honesta:1, honesto:1, trabajadora:1, sacerdote:2, miembro de:2, neighbor:2,"
        " vecina:2, vecino:2, respetuosa:1, respetuoso:1, deserves:2, merece:2,"
        " my friend:2, friend:1, known her:3, known him:3, good person:2, amiga:1, amigo:1,"
        " buena persona:2,"
        # a character certificate as South Asia's village officers and schools write it
        " character certificate:4, certificate of character:4, conduct and behavior:3,"
        " conduct and behaviour:3, his conduct:2, her conduct:2",
        " as my neighbor:3, como mi vecino:3, como mi vecina:3,"
        " have known:3, good neighbor:3, great neighbor:3, loving parent:3, loving mother:3,"
        " loving father:3, very responsible:2, responsible:1, trustworthy:2, caring:1,"
        " generous:1, helps everyone:2, always helps:2, our community:2, would lose:2,"
        " chance to stay:3, stay with his family:3, stay with her family:3,"
        " la conozco desde hace:4, lo conozco desde hace:4, buena vecina:3, buen vecino:3,"
        " buena madre:3, buen padre:3, muy responsable:2, responsable:1, ayuda a todos:2,"
        " siempre ayuda:2, nuestra comunidad:2, quedarse con su familia:3",
        "lettre de soutien:4, lettre d appui:4, lettre de recommandation:4,"
        " bonne moralité:4, je connais:3, je le connais:3, je la connais:3, église:2,"
        " paroisse:3, pasteur:2, membre de notre:3, communauté:1, honnête:1,"
        " travailleur:1, travailleuse:1, je recommande:2, je soutiens:2, voisin:2,"
        " voisine:2, mérite:2",
        " je le connais depuis:4, je la connais depuis:4,"
        " très responsable:2, serviable:2, bonne personne:2, bon voisin:3, bonne voisine:3,"
        " rester avec sa famille:3, notre communauté:2",
        "carta de apoio:4, carta de recomendação:3, declaração de idoneidade:4,"
        " conheço:3, igreja:2, paróquia:3, membro da nossa:3, membro de nossa:3,"
        " comunidade:1, trabalhador:1, vizinho:2, vizinha:2, bom caráter:4, boa conduta:3,"
        " recomendo:2",
        " conheço há:3,"
        " pessoa responsável:2, boa pessoa:2, ajuda a todos:2, nossa comunidade:2,"
        " ficar com a família:3, bom vizinho:3, boa vizinha:3",
        "lèt sipò:4, lèt rekòmandasyon:3, mwen konnen:3, legliz:2, manm legliz:3, manm:1,"
        " kominote:1, onèt:1, travayè:1, vwazen:2, vwazin:2, merite:2, bon karaktè:3,"
        " bon moun:2, moun serye:2, sipòte:2, rekòmande:2, ede tout moun:2, bon vwazen:3,"
        " rete ak fanmi li:3")),
    DocumentType("volunteer_record", "Volunteer record", "community", _cues(
        "volunteer:3, volunteers:3, volunteered:3, volunteer hours:4, community service:4,"
        " food bank:3, certificate of appreciation:3, voluntario:3, voluntaria:3,"
        " horas de servicio:3, banco de alimentos:3, servicio comunitario:4,"
        " certificado de reconocimiento:3, hours of service:3, trabajo voluntario:3,"
        " volunteer service:4, volunteer coordinator:3, volunteering:3, volunteer work:3,"
        " service hours:3, in recognition of:2, voluntariado:3, volunteer log:4,"
        " sign up sheet:3, sign in sheet:3, volunteer sign up:4, volunteer sign in:4,"
        " hoja de inscripcion:3, hoja de registro:3, voluntarios:3,"
        " volunteer record:4, volunteer verification:4, verification of volunteer:4,"
        " hours served:3, volunteer name:3, volunteer program:3, presented to:1,"
        " registro de voluntariado:4, horas de voluntariado:4, horas voluntarias:4,"
        " certificado de voluntariado:4, certificate of volunteer service:4,"
        " horas de servicio comunitario:4, cumplimiento de servicio comunitario:4,"
        " constancia de servicio comunitario:4, certificado de servicio comunitario:4,"
        " certificate of community service:4, community service hours:4",
        " sign in and out:3, please sign in:2, thank you for serving:3,"
        " serving our neighbors:3, soup kitchen:2, food pantry:2, community garden:1,"
        " coordinator:1, coordinador:1, coordinadora:1, gracias por servir:3,"
        " despensa de alimentos:2, comedor comunitario:2, registro de voluntarios:4,"
        " hoja de firmas:3,"
        # a certificate of taking part in a community's event ("has participated in a
        # social event that ... organizes")
        " certificate of participation:3, participated in a social:3, social event:2",
        "bénévole:3, bénévoles:3, bénévolat:3, heures de bénévolat:4, banque alimentaire:3,"
        " merci de servir:3, feuille de présence des bénévoles:4,"
        " service communautaire:3, certificat de reconnaissance:3",
        "trabalho voluntário:4, horas de voluntariado:4, serviço comunitário:4",
        " obrigado por servir:3, banco de alimentos:3, voluntários:3, voluntárias:3",
        "volontè:3, travay volontè:4, sèvis kominotè:3")),
    # A school paper that shows where the child lives (an enrollment letter, an enrollment
    # form with the home address) is proof of residence; one about how the child does at
    # school (a report card, attendance, a teacher's letter) is a community tie.
    DocumentType("school_enrollment", "School enrollment", "residence", _cues(
        "verification of enrollment:5, enrollment verification:5, proof of enrollment:5,"
        " certificate of enrollment:5, enrollment certificate:5, letter of enrollment:4,"
        " enrollment letter:4, enrollment form:4, school enrollment:4, student enrollment:4,"
        " enrollment application:4, student registration:4, registration form:2,"
        " new student:2, currently enrolled:3, is enrolled:3, enrolled:2, enrollment:2,"
        " enrollment date:3, date of enrollment:3, home address:1, student address:3,"
        " student s address:3, lives with:2, resides with:2, proof of residency:3,"
        " constancia de inscripcion:5, constancia de estudios:4, comprobante de inscripcion:5,"
        " formulario de inscripcion:4, solicitud de inscripcion:4, inscripcion escolar:4,"
        " esta inscrito:3, esta inscrita:3, inscrito:2, inscrita:2, inscripcion:2,"
        " domicilio:1, direccion del hogar:3, direccion de domicilio:3",
        "certificat de scolarité:5, attestation de scolarité:5, attestation d inscription:5,"
        " certificat d inscription:5, fiche d inscription:4, est inscrit:3, est inscrite:3,"
        " inscrit:2, inscrite:2, inscription:2, adresse du domicile:3, domicile:2",
        "declaração de matrícula:5, comprovante de matrícula:5, atestado de matrícula:5,"
        " certidão de matrícula:5, ficha de matrícula:4, declaração escolar:3,"
        " está matriculado:3, está matriculada:3, matriculado:2, matriculada:2,"
        " matrícula:2, endereço residencial:3",
        "sètifika enskripsyon:5, fòm enskripsyon:4, enskripsyon:3, enskri:2,"
        " adrès lakay:3") + _LESSER_SCHOOL),
    DocumentType("school_record", "School record", "community", _cues(
        _SCHOOL[0],
        "report card:4, progress report:4, attendance:2, attendance record:4,"
        " attendance report:4, days absent:3, days present:3, absences:2, tardies:2,"
        " transcript:3, grades:2, gpa:3, honor roll:3, parent teacher conference:3,"
        " academic progress:3, academic performance:3, student progress:3,"
        " varsity letter:4, letter award:3, athletic director:2, reading level:2,"
        " teacher s comments:3,"
        " boleta de calificaciones:4, calificaciones:3, asistencia escolar:3,"
        " dias de asistencia:3, informe de progreso:4,"
        " reporte de asistencia:4, ausencias:2, certificate of completion:4,"
        " has successfully completed:3, successfully completed:2,"
        " english as a second language:4, esl:3, english classes:3, english class:3,"
        " adult education:3, adult school:3, citizenship class:3, literacy:2,"
        " certificate of achievement:3, instructor:2, certificado de terminacion:4,"
        " certificado de finalizacion:4, clases de ingles:3, curso de ingles:3,"
        " ingles como segundo idioma:4, educacion para adultos:3, perfect attendance:3,"
        " awarded to:1,"
        # a workshop's or a course's certificate of participation
        " certificate of participation:4, certificado de participacion:4,"
        " constancia de participacion:4, diploma de participacion:4, por su participacion:3,"
        " ha completado satisfactoriamente:3, capacitacion:2, has participated in:3,"
        " has participated for:3, for participating in:3, for your participation:3,"
        " continuing education:3,"
        # an online course's certificate
        " course certificate:4, statement of accomplishment:4, certificate of accomplishment:4,"
        " of accomplishment:3, for successfully completing:3, successfully completing:3,"
        " verified certificate:3, completed the course:3, online course:2, nanodegree:3,"
        " coursera:3, datacamp:3, udemy:3, edx:2,"
        # a certificate's own words ("This certificate is awarded to ... for completing"),
        # a diploma or a degree, and a school's or a board's statement of marks
        " certificate is awarded to:3,"
        " for completing:2, for the successful completion:3, diploma:3, degree:2,"
        " bachelor of:3, master of:2, university:2, college:1, provisional certificate:3,"
        " degree certificate:4, statement of marks:4, marks statement:4, mark sheet:4,"
        " marksheet:4, marks obtained:3, board of secondary education:4,"
        " senior secondary:3, examination:2, roll no:2, semester:2, cgpa:3,"
        " diplomado:3, otorga el presente:3, otorga la presente:3, por haber acreditado:3,"
        " por haber concluido:3, curso a distancia:3, titulo de licenciado:4,"
        " ha superado con exito:3, supero con exito:3, duracion del curso:3,"
        " titulo de licenciada:4, licenciado en:3, licenciada en:3, licenciatura:3,"
        " validez oficial de estudios:4, examen reglamentario:3, facultad de:2,"
        " carrera de:2, aprobo:2,"
        " titulo de:2, universidad:2, constancia de estudios:4, certificado de estudios:4,"
        " kardex:3, promedio:2, por haber participado:3, otorgado a:2, otorgada a:2,"
        " horas lectivas:3, horas cronologicas:3, master s thesis:3, thesis:2,"
        " otorgan la presente:3, otorgan el presente:3, por haber aprobado:3,"
        " aprobado el curso:3,"
        # a course, a workshop or a research stay, as Spanish-speaking schools certify it
        " asistencia al curso:4, por su asistencia:3, participado en el curso:4,"
        " participo en el curso:4, curso de:2, del curso:1, el curso:1, taller de:2,"
        " con una duracion de:2, horas academicas:3, horas de capacitacion:3,"
        " impartido por:2, impartido en:2, programa de formacion:3, aprendiz:2,"
        " servicio nacional de aprendizaje:4, estudiante de la universidad:3,"
        " estancia de investigacion:4, verano de la investigacion:4, seminario:2,"
        " egresado:2, egresada:2, attended the course:3, training program:2,"
        " hours of training:3, training hours:3, workshop:2, seminar:2,"
        " certificado de agradecimiento:3, certificado de reconocimiento:3, confiere a:2,"
        " confiere el presente:3,"
        # a teacher's certificate for a course or a workshop given, an academic stay, and
        # an online course's certificate in Spanish ("completó con éxito ... un curso en
        # línea")
        " por haber impartido:3, impartio el curso:3, curso taller:3, del taller:2,"
        " estancia academica:3, dirigido a los alumnos:3, duracion total de:2,"
        " completo con exito:3, curso en linea:2, completed successfully:2",
        _SCHOOL[1],
        "bulletin scolaire:4, bulletin de notes:4, absences:2, cours d anglais:3, diplôme:2,"
        " certificat de réussite:3, certificat de participation:4, année universitaire:2,"
        " a suivi la formation:4, a suivi des cours:3,"
        " attestation de participation:4, attestation de formation:4",
        _SCHOOL[2],
        "boletim escolar:4, frequência escolar:3, faltas:2, curso de inglês:3,"
        " certificado de conclusão:4,"
        " certificado de participação:4,"
        # a Brazilian school's or a course's certificate ("Certificamos para os devidos fins
        # que ... concluiu com êxito ... Carga horária: 2 horas"; "colou grau")
        " certificamos que:3, certificamos para os devidos fins:3, concluiu com êxito:3,"
        " concluiu o curso:3, carga horária:3, treinamento:2, colou grau:4,"
        " certidão de conclusão:4, conclusão de curso:4, bacharel em:3, curso superior:2",
        _SCHOOL[3],
        "kanè:3, bilten:2, kou angle:3, diplòm:2")),
    DocumentType("identity", "Identity document", "none", _cues(
        "passport:4, pasaporte:4, birth certificate:4, acta de nacimiento:4,"
        # a civil registry's copy of a birth record, as Latin America writes it
        " partida de nacimiento:4, certificado de nacimiento:4, registro civil:3,"
        " registros de nacimientos:4,"
        " matricula consular:4, consular identification:4, driver license:3,"
        " drivers license:3, licencia de conducir:3, licencia para conducir:3,"
        " licencia de conduccion:3, nationality:2, nacionalidad:2,"
        " identification card:3, driver s license:4, permanent resident card:5,"
        " permanent resident:3, resident since:4, country of birth:2, lawful permanent:3,"
        " social security card:4, this number has been established for:5,"
        " social security administration:3, donor:2, endorsements:2, restrictions:2,"
        " hgt:3, wgt:3, eyes:2, real id:3, state id:2, id card:2,"
        " certificate of live birth:5, certificate of birth:4, place of birth:2,"
        " registrar:3, vital records:3, vital statistics:3, marriage license:5,"
        " certificate of marriage:5, marriage certificate:5, bride:3, groom:3,"
        " solemnized:3, surname:1, given name:1, given names:1, date of expiry:2,"
        " place of issue:2, cedula:3, curp:3, 4a iss:4, 4b exp:4, 4d number:3, 4d dln:3,"
        " dln:2, 9a end:3, 12 rest:3, 15 sex:3, 16 hgt:3, 18 eyes:3, iss:2, dob:1, sex:1,"
        " 9a endorsements:4, 12 restrictions:4, license:1, date of expiration:2,"
        " department of state:3, carta di identita:4, cognome:2,"
        " mother s maiden name:3, mother s name:2, father s name:2, certified copy:2,"
        " date received by registrar:4,"
        # a W-9 asks for a taxpayer identification number; it proves no work
        " request for taxpayer identification number:5, form w 9:4, w 9:3",
        "passeport:4, acte de naissance:4, carte d identité:3, passaporte:4,"
        " certidão de nascimento:4, carteira de identidade:3, paspò:4, batistè:3,"
        " ak nesans:4, kat idantite:3")),
    DocumentType("agency_correspondence", "Correspondence from the agency", "none", _cues(
        "department of homeland security:3, citizenship and immigration services:4, uscis:3,"
        " immigration and customs enforcement:4, receipt notice:4, notice of action:4,"
        " i 797:4, request for evidence:3, alien number:2, notice to appear:4,"
        " executive office for immigration review:4, notice date:2, receipt number:2,"
        " priority date:1, i 797c:4, ar 11:4")),
    DocumentType("other", "Other", "none", _cues(
        "license agreement:3, distribution agreement:4, licensor:3, licensee:3,"
        " invoice:3, invoice number:3, bill to:3, menu:3, appetizers:3, entrees:3,"
        " desserts:3, postres:3, bebidas:2, beverages:2, special offer:3, sale:1, off:1,"
        # a menu from Spain: its starters, its sharing plates, its courses
        " entrantes:3, raciones:2, primeros platos:3, segundos platos:3, platos principales:3,"
        " discount:2, grand opening:3, coupon:3, cupon:3, tickets:2, oferta:2, descuento:2,"
        " quote:2, estimate:2, purchase order:3, sales tax:2, unit price:2, qty:2,"
        " precio unitario:2, cotizacion:3, gran apertura:3, free admission:2, rsvp:2,"
        " join us:2, unete:2, promocion:2, order now:2, happy hour:3, catalog:2, factura:2,"
        " subtotal:1, impuesto:1, descripcion:1, recipe:3, ingredients:3, preheat:3,"
        " tablespoon:2, tablespoons:2, teaspoon:2, servings:2, prep time:3, cook time:3,"
        " ingredientes:3, modo de preparacion:4, cucharada:2, cucharadas:2, porciones:2,"
        # a recipe's pantry and steps, in Spanish (a "receta" that is no prescription)
        " sal y pimienta:3, a gusto:2, al gusto:2, aceite de oliva:2, caldo:2, cacerola:3,"
        " sarten:3, saltear:3, dorar:2, hornear:3, precalentar:3, picar:2, cebolla:1,"
        " cebollas:1, ajo:1, tomates:1, zanahoria:1, fideos:2, harina:1, taza de:2,"
        " tazas:2, a fuego lento:3, fuego:1, pasos:1, condimentos:2,"
        " nutrition facts:4, serving size:3, calories:3, amount per serving:4,"
        " daily value:3, credit card:3, cardholder:3,"
        # a car hired for a few days: its rental agreement is no home's
        " car rental:4, vehicle rental:4, rental car:4, rent a car:4, pickup date:3,"
        " pick up date:3, dropoff date:3, drop off date:3, pickup place:2, dropoff place:2,"
        " pickup location:2, odometer:2, fuel level:2, alquiler de vehiculo:4,"
        " alquiler de auto:4, renta de auto:4, location de voiture:4, aluguel de carro:4",
        "plats:2, boissons:2, promotion:2, soldes:2, offre spéciale:3, réduction:2,"
        " bon de réduction:3, grande ouverture:3, recette:2, ingrédients:3,"
        " cardápio:3, sobremesas:3, promoção:2, desconto:2, cupom:3,"
        " grande inauguração:3, modo de preparo:4, meni:3, bwason:2, pwomosyon:2,"
        " rabè:2")),
    *FORM_TYPES,
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
