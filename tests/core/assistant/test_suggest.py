"""The assistant's reading of text: category with evidence, abstaining, type, title."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core.assistant import THRESHOLD, suggest_for_text
from desktop_app.core.samples import SAMPLE_DOCUMENTS, document_text

TODAY = dt.date(2025, 6, 1)
# Samples whose catalogue date is the bill date, though they print a billing period: the
# paper speaks for the period's end (issue 4).
PERIOD_ENDS = {"electric-bill-2019-02.jpg": "2019-02-07"}


@pytest.mark.parametrize("spec", SAMPLE_DOCUMENTS, ids=lambda s: s.filename)
def test_sample_documents_get_their_category_language_and_date(spec: object) -> None:
    from desktop_app.core.samples import SampleDocument

    assert isinstance(spec, SampleDocument)
    found = suggest_for_text(document_text(spec), today=TODAY)
    assert found.category == spec.category
    assert found.confidence >= THRESHOLD
    assert found.language == spec.language
    assert found.needs_translation == (spec.language != "en")
    if spec.document_type == "W-2":  # a W-2 speaks for its tax year, not its mailing date
        assert found.date == f"{spec.date.year - 1}-12-31"
    elif spec.filename in PERIOD_ENDS:  # a bill speaks for the end of its billing period
        assert found.date == PERIOD_ENDS[spec.filename]
    else:
        assert found.date == spec.date.isoformat()


def test_evidence_names_the_words_that_decided() -> None:
    found = suggest_for_text(
        "Oakwood Property Management\nResidential Lease Agreement\nThe landlord and the "
        "tenant agree that the monthly rent is $900, due on the first of each month.\n"
        "Date: March 3, 2021", today=TODAY)
    assert found.category == "residence"
    assert found.document_type == "lease"
    assert {"residential lease", "landlord", "monthly rent"} <= set(found.evidence)
    assert found.reason.startswith("mentions: lease agreement, residential lease")


def test_a_paper_that_says_little_is_left_for_review() -> None:
    found = suggest_for_text("Thank you for your visit. Please come again.", today=TODAY)
    assert found.category is None
    assert found.reason.startswith("Needs your review")


def test_a_paper_that_points_two_ways_is_left_for_review() -> None:
    # One weak word for each of two categories: not enough to be sure of either.
    found = suggest_for_text("Meeting notes. The patient and the church met on Sunday to "
                             "talk about the bank and other matters of the week.", today=TODAY)
    assert found.category is None
    assert found.best_guess is not None
    assert found.confidence < THRESHOLD


def test_spanish_pay_stub_on_poor_ocr() -> None:
    ocr = ("BRIGHT HARB0R CLEANING\nTalon de Pag0\nEmpleado: Rosa Gutierrez\nPeriodo de pago: "
           "01/06/2023 - 14/06/2023\nFecha de pago: 16 de junio de 2023\nSalario bruto: $1,2l0.00"
           "\nDeducciones: $98.00\nPago neto $1,112.00")
    found = suggest_for_text(ocr, today=TODAY)
    assert found.category == "employment"
    assert found.document_type == "pay_stub"
    assert found.date == "2023-06-16"
    assert found.language == "es"


def test_none_documents_are_recognised_as_none() -> None:
    found = suggest_for_text("Blue Door Diner\nMenu\nAppetizers\nMozzarella sticks $7.50\n"
                             "Entrees\nCheeseburger $11.00\nDesserts\nApple pie $5.00",
                             today=TODAY)
    assert found.category == "none"


def test_title_names_type_and_issuer_but_not_the_date() -> None:
    """The index prints the date in its own column: the title does not repeat it. A name in
    capitals is written as a person writes it."""
    found = suggest_for_text(
        "ANY COMPANY CORP.\nEarnings Statement\nEmployee: Rosa Gutierrez\nPay period: "
        "04/24/2023 - 05/07/2023\nPay date: 05/12/2023\nGross pay: $1,500.00\nNet pay: "
        "$1,300.00", today=TODAY)
    assert found.title == "Pay stub \u2014 Any Company Corp."
    assert found.date == "2023-05-12" and found.date_sure
    found = suggest_for_text(
        "DIVISION OF WELFARE AND SUPPORTIVE SERVICES\nENERGY ASSISTANCE PROGRAM\n"
        "APPLICATION FOR ASSISTANCE\nDwelling information: rent, landlord, utility company",
        today=TODAY)
    assert found.title == ("Housing or energy assistance \u2014 Division of Welfare and "
                           "Supportive Services")
