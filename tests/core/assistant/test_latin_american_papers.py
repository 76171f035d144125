"""Papers from Latin America, Brazil and French-speaking countries that the first cue lists,
built from US papers, left for review or filed wrong: Chilean, Mexican and
Brazilian pay slips, Chilean and Mexican utility bills and their receipts, certificates of
participation, certificates of work and of an internship, and typed French letters of
recommendation."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core.assistant import THRESHOLD, suggest_for_text

TODAY = dt.date(2025, 6, 1)

PAPERS = [
    ("cl-liquidacion-de-sueldo", "employment", "pay_stub",
     "LIQUIDACIÓN DE SUELDO\nEmpresa: Constructora Los Andes Ltda. RUT: 76.123.456-7\n"
     "Trabajador: Juan Pérez Soto RUT: 12.345.678-9\nMes: Marzo 2023\n"
     "HABERES\nSueldo base 500.000\nGratificación 125.000\nTotal haberes 625.000\n"
     "DESCUENTOS\nAFP Habitat 10% 62.500\nFonasa 7% 43.750\nSeguro de cesantía 3.750\n"
     "Total descuentos 110.000\nLíquido a pagar 515.000"),
    ("cl-liquidacion-de-remuneraciones", "employment", "pay_stub",
     "Liquidación de remuneraciones\nNombre: María González  RUT 15.222.333-4\n"
     "Cargo: Vendedora  Días trabajados: 30\nSueldo base $ 460.000\nHoras extras $ 32.000\n"
     "Total imponible $ 492.000\nCotización AFP Modelo $ 51.660\n"
     "Isapre Banmédica $ 34.440\nAlcance líquido $ 405.900"),
    # a holerite photographed below its title
    ("br-holerite", "employment", "pay_stub",
     "Comercial Silva Ltda CNPJ 12.345.678/0001-90\nFuncionário: Carlos Alves  CTPS 123456"
     "\nCompetência: 03/2023\nProventos\nSalário base 2.500,00\nHoras extras 300,00\n"
     "INSS 245,00\nIRRF 35,00\nFGTS do mês 224,00\nLíquido a receber 2.520,00"),
    ("cl-enel-boleta", "residence", "utility_bill",
     "Enel Distribución Chile S.A.\nBoleta Electrónica N° 12345678\n"
     "Número de cliente: 1234567-8\nDirección: Av. Recoleta 1234, Santiago\n"
     "Lectura anterior 10.234  Lectura actual 10.456\nTotal a pagar $ 32.450"),
    ("cl-water-payment-receipt", "residence", "utility_bill",
     "Comprobante de pago\nEssbio\nServicio: agua potable\nNúmero de cliente: 4455667\n"
     "Monto pagado: $ 21.300\nFecha de pago: 10/04/2023\nMedio de pago: efectivo"),
    ("mx-cfe", "residence", "utility_bill",
     "CFE Comisión Federal de Electricidad\nSuministrador de Servicios Básicos\n"
     "JOSE HERNANDEZ  No. de servicio 123456789012\n"
     "Periodo facturado 15 ENE 23 - 15 MAR 23\nTotal $ 345.00\nTarifa 1"),
    ("es-certificado-de-participacion", "community", "school_record",
     "CERTIFICADO DE PARTICIPACIÓN\nSe otorga el presente a\nLuis Fernando Castro\n"
     "por su participación en el taller de primeros auxilios comunitarios\n"
     "Santiago, 12 de agosto de 2022\nCoordinadora"),
    ("en-internship-certificate", "employment", "employer_letter",
     "Acme Engineering Ltd.\nTo whom it may concern\nThis is to certify that Mr. Daniel "
     "Rojas interned with us from June 1, 2021 to August 31, 2021 in the accounting "
     "department. During his internship he showed dedication.\nHR Manager"),
    ("en-experience-certificate", "employment", "employer_letter",
     "To whom it may concern\nThis is to certify that Ms. Grace Mensah worked with us "
     "from January 2018 to December 2020 as a sales assistant. We wish her all the best "
     "in her future endeavors.\nManaging Director"),
    ("co-carta-laboral", "employment", "employer_letter",
     "CARTA LABORAL\nLa empresa Inversiones Bogotá S.A.S. certifica que el señor Andrés "
     "Gómez, identificado con cédula 80.123.456, labora en esta compañía desde el 1 de "
     "febrero de 2019 con un contrato a término indefinido en el cargo de auxiliar de "
     "bodega, con un salario mensual de $1.500.000.\nJefe de Gestión Humana"),
    ("es-certificado-laboral", "employment", "employer_letter",
     "CERTIFICADO LABORAL\nCertificamos que la señora Diana Ruiz prestó sus servicios en "
     "nuestra empresa desde el 3 de marzo de 2017 hasta el 30 de junio de 2021, "
     "desempeñando el cargo de cajera.\nSe expide a solicitud de la interesada."),
    ("fr-typed-recommendation", "community", "support_letter",
     "Madame, Monsieur,\nJe recommande sans aucune réserve M. Koffi Yao, que je connais "
     "depuis 2015 comme membre actif de notre association.\n"
     "Veuillez agréer mes salutations distinguées.\nJean Kouadio"),
]


@pytest.mark.parametrize(("category", "document_type", "text"),
                         [p[1:] for p in PAPERS], ids=[p[0] for p in PAPERS])
def test_papers_from_latin_america_brazil_and_france_are_filed(
    category: str, document_type: str, text: str
) -> None:
    found = suggest_for_text(text, today=TODAY)
    assert found.category == category, found.reason
    assert found.confidence >= THRESHOLD
    assert found.document_type == document_type


def test_a_quote_is_not_a_pay_slip() -> None:
    # "Cotización" is a quote, and on a Chilean pay slip the pension fund's deduction.
    found = suggest_for_text(
        "Taller Mecánico Hernández\nCotización N° 0231\nCliente: Rosa Díaz\n"
        "Cambio de aceite  precio unitario $ 450.00\nBalatas delanteras $ 900.00\n"
        "Subtotal $ 1,350.00  IVA $ 216.00  Total $ 1,566.00", today=TODAY)
    assert found.category in ("none", None)
    assert found.best_guess != "community"
